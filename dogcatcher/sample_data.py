r"""Seeded generator of realistic Datadog error log events: the sample input shipped inside.

The events have the shape of the ``data[]`` items of ``POST /api/v2/logs/events/search``. They
come from a catalogue of distinct errors (:data:`ERROR_SPECS`) across eight services in four
languages, each rendered with its language's real stack-trace format. Frequencies are
Zipf-like, timestamps have a daily rhythm, bursts and shared incidents, every service deploys
about halfway through the window (new ``version`` tag, new pods, some line numbers move, one
error appears and another disappears), and about one event in eight carries PII or a secret
for the redaction stage to remove.

Each event comes with the id of the spec that produced it: the ground truth for grouping.

The shipped sample ``dogcatcher/data/sample_events.jsonl`` is regenerated, from the
repository root, with exactly::

    python -m dogcatcher.sample_data --events 2400 --seed 7 \
        --start 2026-11-01T00:00:00Z --hours 24 --output dogcatcher/data/sample_events.jsonl

Add ``--labels labels.jsonl`` to also write ``{"id": event_id, "group": spec_id}`` per event.
Only the standard library is used; output is identical for the same arguments on any machine.
"""

from __future__ import annotations

import argparse
import base64
import json
import math
import os
import random
import re
import string
import sys
import time
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from typing import Any, Final, Literal

__all__ = [
    "ERROR_SPECS",
    "SERVICES",
    "Cause",
    "ErrorSpec",
    "Frame",
    "Http",
    "Service",
    "generate_events",
    "main",
    "write_jsonl",
]

Language = Literal["java", "python", "node", "go"]
Pattern = Literal["steady", "bursty", "incident", "regression", "fixed", "deploy"]
GoStyle = Literal["errors", "panic", "fatal"]


# --------------------------------------------------------------------------- data model


@dataclass(frozen=True, slots=True)
class Frame:
    """One stack frame. ``code`` is the Python source line or the Go argument list."""

    func: str
    file: str
    line: int = 0
    col: int = 0
    code: str = ""
    in_app: bool = False


@dataclass(frozen=True, slots=True)
class Cause:
    """The exception an error wraps (Java ``Caused by:``, Python ``raise ... from``)."""

    kind: str
    message: str
    frames: tuple[Frame, ...] = ()


@dataclass(frozen=True, slots=True)
class Http:
    """The request an error happened in; ``path`` is a template like the messages."""

    method: str
    path: str
    status: int


@dataclass(frozen=True, slots=True)
class Service:
    """A deployed service: its language, Kubernetes namespace and the deploy it goes through."""

    name: str
    language: Language
    namespace: str
    team: str
    versions: tuple[str, str]  # before / after the deploy halfway through the window
    replicas: int
    base_url: str
    leaks: tuple[str, ...]  # kinds of PII its logs leak into attributes now and then


@dataclass(frozen=True, slots=True)
class ErrorSpec:
    """One distinct error: what a fingerprint should recognise as one group.

    Text fields are templates: ``{name}`` is replaced per event by a generated value (ids,
    durations, IPs, emails ...; see ``_GENERATORS``), the same value everywhere in one event.
    ``frames`` are innermost (throw site) first whatever the language.
    """

    id: str
    service: str
    rank: int  # 1 = most frequent; the frequency is Zipf-like in the rank
    message: str  # the log line; "" means the error header (``kind: message``)
    kind: str = ""  # error.kind; "" means a plain error log without an error object
    error_message: str = ""
    frames: tuple[Frame, ...] = ()
    cause: Cause | None = None
    logger: str = ""  # default: the service name
    thread: str = ""  # default: the language's usual worker thread
    http: Http | None = None
    pattern: Pattern = "steady"
    incident: str = ""  # specs naming the same incident burst together
    line_shift: int = 0  # the throw site's file moves by this many lines in the deploy
    go_style: GoStyle = "errors"


# --------------------------------------------------------------------------- frame parsers
# Frames are written as they appear in each language's traces (so the catalogue reads like
# real logs) and parsed once at import. The $-prefixed names of _PATHS abbreviate paths.

_PATHS: Final = {
    "$SP/": "/usr/local/lib/python3.11/site-packages/",
    "$PY/": "/usr/local/lib/python3.11/",
    "$NM/": "/app/node_modules/",
    "$GOROOT/": "/usr/local/go/src/",
    "$MOD/": "/go/pkg/mod/",
    "$PAYMENTS/": "github.com/acme/payments/internal/",
    "$SHIPPING/": "github.com/acme/shipping/internal/",
}
_PATH_RE: Final = re.compile("|".join(re.escape(k) for k in _PATHS))


def _lines(text: str) -> list[str]:
    text = _PATH_RE.sub(lambda m: _PATHS[m.group(0)], text)
    return [line.strip() for line in text.splitlines() if line.strip()]


_JAVA_RE: Final = re.compile(r"^(?:at )?(?P<func>[^\s(]+)\((?P<file>[^:)]*)(?::(?P<line>\d+))?\)$")


def _java(text: str) -> tuple[Frame, ...]:
    """``com.acme.Foo.bar(Foo.java:12)`` lines, innermost first as Java prints them."""
    frames = []
    for line in _lines(text):
        m = _JAVA_RE.match(line)
        if m is None:
            raise ValueError(f"not a Java frame: {line!r}")
        func = m["func"]
        frames.append(
            Frame(func, m["file"], int(m["line"] or 0), in_app=func.startswith("com.acme."))
        )
    return tuple(frames)


_PY_RE: Final = re.compile(r'^File "(?P<file>[^"]+)", line (?P<line>\d+), in (?P<func>\S+)$')


def _py(text: str) -> tuple[Frame, ...]:
    """A Python traceback body (``File ..., line N, in f`` + source line), outermost first."""
    frames: list[Frame] = []
    for line in _lines(text):
        m = _PY_RE.match(line)
        if m is not None:
            path = m["file"]
            frames.append(Frame(m["func"], path, int(m["line"]), in_app=path.startswith("/app/")))
        elif frames:
            frames[-1] = replace(frames[-1], code=line)
        else:
            raise ValueError(f"source line before any frame: {line!r}")
    return tuple(reversed(frames))


def _node(text: str) -> tuple[Frame, ...]:
    """``at fn (/app/x.js:1:2)`` lines, innermost first as V8 prints them."""
    frames = []
    for line in _lines(text):
        body = line.removeprefix("at ")
        func, loc = body[:-1].rsplit(" (", 1) if body.endswith(")") else ("", body)
        parts = loc.rsplit(":", 2)
        if len(parts) == 3 and parts[1].isdigit() and parts[2].isdigit():
            path, row, col = parts[0], int(parts[1]), int(parts[2])
        else:
            path, row, col = loc, 0, 0
        in_app = path.startswith("/app/") and "/node_modules/" not in path
        frames.append(Frame(func, path, row, col, in_app=in_app))
    return tuple(frames)


def _go(text: str) -> tuple[Frame, ...]:
    """Goroutine dump frames: ``pkg.Func(args)`` then ``/path/file.go:42``, innermost first."""
    frames: list[Frame] = []
    for line in _lines(text):
        if line.startswith("/"):
            path, _, row = line.rpartition(":")
            frames[-1] = replace(
                frames[-1], file=path, line=int(row), in_app=path.startswith("/app/")
            )
            continue
        func, args = line, ""
        if line.endswith(")") and not line.startswith("created by "):
            depth = 0
            for i in range(len(line) - 1, -1, -1):
                depth += {")": 1, "(": -1}.get(line[i], 0)
                if depth == 0:
                    func, args = line[:i], line[i + 1 : -1]
                    break
        frames.append(Frame(func, "", code=args))
    return tuple(frames)


# --------------------------------------------------------------------------- shared frames

_TOMCAT = _java("""
    org.apache.catalina.core.ApplicationFilterChain.internalDoFilter(ApplicationFilterChain.java:195)
    org.apache.catalina.core.ApplicationFilterChain.doFilter(ApplicationFilterChain.java:140)
    org.springframework.web.filter.OncePerRequestFilter.doFilter(OncePerRequestFilter.java:116)
    org.apache.catalina.core.StandardWrapperValve.invoke(StandardWrapperValve.java:167)
    org.apache.catalina.core.StandardContextValve.invoke(StandardContextValve.java:90)
    org.apache.catalina.connector.CoyoteAdapter.service(CoyoteAdapter.java:344)
    org.apache.coyote.http11.Http11Processor.service(Http11Processor.java:391)
    org.apache.tomcat.util.net.NioEndpoint$SocketProcessor.doRun(NioEndpoint.java:1736)
    org.apache.tomcat.util.threads.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:659)
    java.base/java.lang.Thread.run(Thread.java:1583)
""")


def _spring_mvc(verb: Literal["GET", "POST"]) -> tuple[Frame, ...]:
    """Reflection → Spring MVC → servlet → Tomcat, below a controller method."""
    servlet = (
        "doGet(FrameworkServlet.java:903)" if verb == "GET" else "doPost(FrameworkServlet.java:914)"
    )
    return (
        _java(f"""
    java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)
    java.base/java.lang.reflect.Method.invoke(Method.java:580)
    org.springframework.web.method.support.InvocableHandlerMethod.doInvoke(InvocableHandlerMethod.java:255)
    org.springframework.web.method.support.InvocableHandlerMethod.invokeForRequest(InvocableHandlerMethod.java:188)
    org.springframework.web.servlet.mvc.method.annotation.ServletInvocableHandlerMethod.invokeAndHandle(ServletInvocableHandlerMethod.java:118)
    org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter.invokeHandlerMethod(RequestMappingHandlerAdapter.java:926)
    org.springframework.web.servlet.DispatcherServlet.doDispatch(DispatcherServlet.java:1089)
    org.springframework.web.servlet.DispatcherServlet.doService(DispatcherServlet.java:979)
    org.springframework.web.servlet.FrameworkServlet.processRequest(FrameworkServlet.java:1014)
    org.springframework.web.servlet.FrameworkServlet.{servlet}
    jakarta.servlet.http.HttpServlet.service(HttpServlet.java:590)
    org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:885)
    jakarta.servlet.http.HttpServlet.service(HttpServlet.java:658)
""")
        + _TOMCAT
    )


def _spring_tx(cls: str, method: str) -> tuple[Frame, ...]:
    """The transactional CGLIB proxy Spring puts around ``cls.method``."""
    return _java(f"""
    java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)
    java.base/java.lang.reflect.Method.invoke(Method.java:580)
    org.springframework.aop.support.AopUtils.invokeJoinpointUsingReflection(AopUtils.java:355)
    org.springframework.aop.framework.ReflectiveMethodInvocation.proceed(ReflectiveMethodInvocation.java:163)
    org.springframework.transaction.interceptor.TransactionAspectSupport.invokeWithinTransaction(TransactionAspectSupport.java:392)
    org.springframework.transaction.interceptor.TransactionInterceptor.invoke(TransactionInterceptor.java:119)
    org.springframework.aop.framework.ReflectiveMethodInvocation.proceed(ReflectiveMethodInvocation.java:184)
    org.springframework.aop.framework.CglibAopProxy$DynamicAdvisedInterceptor.intercept(CglibAopProxy.java:765)
    {cls}$$SpringCGLIB$$0.{method}(<generated>)
""")


_PG_JDBC = _java("""
    org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2725)
    org.postgresql.core.v3.QueryExecutorImpl.processResults(QueryExecutorImpl.java:2412)
    org.postgresql.core.v3.QueryExecutorImpl.execute(QueryExecutorImpl.java:371)
    org.postgresql.jdbc.PgStatement.executeInternal(PgStatement.java:502)
    org.postgresql.jdbc.PgStatement.execute(PgStatement.java:419)
    org.postgresql.jdbc.PgPreparedStatement.executeWithFlags(PgPreparedStatement.java:194)
    org.postgresql.jdbc.PgPreparedStatement.executeUpdate(PgPreparedStatement.java:155)
    com.zaxxer.hikari.pool.ProxyPreparedStatement.executeUpdate(ProxyPreparedStatement.java:61)
    com.zaxxer.hikari.pool.HikariProxyPreparedStatement.executeUpdate(HikariProxyPreparedStatement.java)
    org.hibernate.engine.jdbc.internal.ResultSetReturnImpl.executeUpdate(ResultSetReturnImpl.java:194)
""")

_SPRING_DAO = _java("""
    org.springframework.orm.jpa.vendor.HibernateJpaDialect.convertHibernateAccessException(HibernateJpaDialect.java:277)
    org.springframework.orm.jpa.vendor.HibernateJpaDialect.translateExceptionIfPossible(HibernateJpaDialect.java:241)
    org.springframework.dao.support.DataAccessUtils.translateIfNecessary(DataAccessUtils.java:343)
    org.springframework.dao.support.PersistenceExceptionTranslationInterceptor.invoke(PersistenceExceptionTranslationInterceptor.java:160)
    org.springframework.aop.framework.ReflectiveMethodInvocation.proceed(ReflectiveMethodInvocation.java:184)
    org.springframework.aop.framework.JdkDynamicAopProxy.invoke(JdkDynamicAopProxy.java:223)
    jdk.proxy2.$Proxy171.saveAndFlush(Unknown Source)
""")

# Python tracebacks list the outermost frame first: these chains go *before* app frames.
_FASTAPI = """
  File "$SP/uvicorn/protocols/http/httptools_impl.py", line 409, in run_asgi
    result = await app(  # type: ignore[func-returns-value]
  File "$SP/uvicorn/middleware/proxy_headers.py", line 60, in __call__
    return await self.app(scope, receive, send)
  File "$SP/fastapi/applications.py", line 1054, in __call__
    await super().__call__(scope, receive, send)
  File "$SP/starlette/middleware/errors.py", line 165, in __call__
    await self.app(scope, receive, _send)
  File "$SP/starlette/routing.py", line 715, in __call__
    await self.middleware_stack(scope, receive, send)
  File "$SP/starlette/routing.py", line 288, in handle
    await self.app(scope, receive, send)
  File "$SP/starlette/routing.py", line 73, in app
    response = await f(request)
  File "$SP/fastapi/routing.py", line 301, in app
    raw_response = await run_endpoint_function(
  File "$SP/fastapi/routing.py", line 214, in run_endpoint_function
    return await run_in_threadpool(dependant.call, **values)
  File "$SP/starlette/concurrency.py", line 39, in run_in_threadpool
    return await anyio.to_thread.run_sync(func, *args)
  File "$SP/anyio/_backends/_asyncio.py", line 2405, in run_sync_in_worker_thread
    return await future
  File "$SP/anyio/_backends/_asyncio.py", line 914, in run
    result = context.run(func, *args)
"""

_CELERY = """
  File "$SP/celery/app/trace.py", line 453, in trace_task
    R = retval = fun(*args, **kwargs)
  File "$SP/celery/app/trace.py", line 736, in __protected_call__
    return self.run(*args, **kwargs)
"""

_EXPRESS = _node("""
    at Layer.handle [as handle_request] ($NM/express/lib/router/layer.js:95:5)
    at next ($NM/express/lib/router/route.js:149:13)
    at Route.dispatch ($NM/express/lib/router/route.js:119:3)
    at Layer.handle [as handle_request] ($NM/express/lib/router/layer.js:95:5)
    at $NM/express/lib/router/index.js:284:15
    at Function.process_params ($NM/express/lib/router/index.js:346:12)
    at next ($NM/express/lib/router/index.js:280:10)
""")

_EXPRESS_MIDDLEWARE = _node("""
    at Layer.handle [as handle_request] ($NM/express/lib/router/layer.js:95:5)
    at trim_prefix ($NM/express/lib/router/index.js:328:13)
    at $NM/express/lib/router/index.js:286:9
    at Function.process_params ($NM/express/lib/router/index.js:346:12)
    at next ($NM/express/lib/router/index.js:280:10)
    at requestId (/app/src/middleware/request-id.js:11:3)
""")

_AXIOS = _node("""
    at settle ($NM/axios/lib/core/settle.js:19:12)
    at IncomingMessage.handleStreamEnd ($NM/axios/lib/adapters/http.js:599:11)
    at IncomingMessage.emit (node:events:531:35)
    at endReadableNT (node:internal/streams/readable:1696:12)
    at process.processTicksAndRejections (node:internal/process/task_queues:82:21)
    at Axios.request ($NM/axios/lib/core/Axios.js:45:41)
""")

_REACT_SSR = _node("""
    at renderWithHooks ($NM/react-dom/cjs/react-dom-server.node.production.js:3841:18)
    at renderElement ($NM/react-dom/cjs/react-dom-server.node.production.js:4092:12)
    at renderNodeDestructive ($NM/react-dom/cjs/react-dom-server.node.production.js:4420:11)
    at retryRenderTask ($NM/react-dom/cjs/react-dom-server.node.production.js:5028:5)
    at performWork ($NM/react-dom/cjs/react-dom-server.node.production.js:5241:7)
    at async renderPage (/app/src/server/render.js:57:20)
""")

_GO_HTTP = """
    net/http.HandlerFunc.ServeHTTP({goptr4}?, {0x1d3f1a8?, {goptr2}?}, {goptr3}?)
        $GOROOT/net/http/server.go:2171
    github.com/go-chi/chi/v5.(*Mux).routeHTTP({goptr5}, {0x1d3f1a8, {goptr2}}, {goptr3})
        $MOD/github.com/go-chi/chi/v5@v5.0.12/mux.go:459
    net/http.HandlerFunc.ServeHTTP(...)
        $GOROOT/net/http/server.go:2171
    github.com/go-chi/chi/v5/middleware.RequestID.func1({0x1d3f1a8, {goptr2}}, {goptr6})
        $MOD/github.com/go-chi/chi/v5@v5.0.12/middleware/request_id.go:76
    net/http.HandlerFunc.ServeHTTP(...)
        $GOROOT/net/http/server.go:2171
    github.com/go-chi/chi/v5.(*Mux).ServeHTTP({goptr5}, {0x1d3f1a8, {goptr2}}, {goptr6})
        $MOD/github.com/go-chi/chi/v5@v5.0.12/mux.go:90
    net/http.serverHandler.ServeHTTP({{goptr7}?}, {0x1d3f1a8?, {goptr2}?}, {goptr6}?)
        $GOROOT/net/http/server.go:3142
    net/http.(*conn).serve({goptr8}, {0x1d41c30, {goptr9}})
        $GOROOT/net/http/server.go:2044
"""
# A goroutine dump ends with who started the goroutine; a pkg/errors stack with goexit.
_GO_PANIC_HTTP = _go(
    _GO_HTTP
    + """
    created by net/http.(*Server).Serve in goroutine 1
        $GOROOT/net/http/server.go:3290
"""
)
_GO_ERR_HTTP = _go(
    _GO_HTTP
    + """
    runtime.goexit({})
        $GOROOT/runtime/asm_amd64.s:1700
"""
)


# --------------------------------------------------------------------------- services

SERVICES: Final[Mapping[str, Service]] = {
    s.name: s
    for s in (
        Service("checkout", "java", "shop", "checkout", ("1.42.3", "1.43.0"), 4,
                "http://checkout.shop.svc.cluster.local:8080",
                ("user", "client_ip", "auth_header", "card", "phone")),
        Service("orders", "java", "shop", "orders", ("3.8.1", "3.9.0"), 3,
                "http://orders.shop.svc.cluster.local:8080", ("user", "auth_header")),
        Service("payments", "go", "payments", "payments", ("2.14.0", "2.14.1"), 3,
                "http://payments.payments.svc.cluster.local:8080", ("user", "card")),
        Service("shipping", "go", "logistics", "logistics", ("0.9.7", "0.10.0"), 2,
                "http://shipping.logistics.svc.cluster.local:8080", ("user", "phone")),
        Service("api-gateway", "node", "edge", "platform", ("5.2.0", "5.3.0"), 4,
                "https://api.acme-shop.com", ("client_ip", "auth_header", "user")),
        Service("web-frontend", "node", "web", "web", ("4.17.2", "4.18.0"), 4,
                "https://www.acme-shop.com", ("client_ip", "user")),
        Service("inventory", "python", "shop", "inventory", ("0.31.4", "0.32.0"), 3,
                "http://inventory.shop.svc.cluster.local:8000", ("aws_key", "user")),
        Service("notifications", "python", "messaging", "growth", ("1.6.2", "1.6.3"), 2,
                "http://notifications.messaging.svc.cluster.local:8000",
                ("user", "phone", "aws_key")),
    )
}  # fmt: skip

_DEFAULT_THREAD: Final[Mapping[Language, str]] = {
    "java": "http-nio-8080-exec-{thread_n}",
    "python": "MainThread",
    "node": "",
    "go": "",
}


# --------------------------------------------------------------------------- the catalogue

_NPE_CART = 'Cannot invoke "com.acme.checkout.cart.LineItem.getSku()" because "item" is null'
_NIL_DEREF = "runtime error: invalid memory address or nil pointer dereference"
_TYPE_ERROR_ID = "Cannot read properties of undefined (reading 'id')"
_PG_DEADLOCK_DETAIL = (
    "Process {pid} waits for ShareLock on transaction {txid}; blocked by process {pid2}.\n"
    "Process {pid2} waits for ShareLock on transaction {txid2}; blocked by process {pid}."
)

ERROR_SPECS: Final[tuple[ErrorSpec, ...]] = (
    # ---- checkout: Java / Spring Boot -------------------------------------------------------
    ErrorSpec(
        id="java-npe-checkout-cart",
        service="checkout",
        rank=6,
        message=(
            "Servlet.service() for servlet [dispatcherServlet] in context with path [] threw "
            f"exception [Request processing failed: java.lang.NullPointerException: {_NPE_CART}]"
            " with root cause"
        ),
        logger="org.apache.catalina.core.ContainerBase.[Tomcat].[localhost].[/].[dispatcherServlet]",
        kind="java.lang.NullPointerException",
        error_message=_NPE_CART,
        frames=_java("""
            com.acme.checkout.cart.CartService.lambda$addItems$0(CartService.java:87)
            java.base/java.util.ArrayList.forEach(ArrayList.java:1596)
            com.acme.checkout.cart.CartService.addItems(CartService.java:84)
        """)
        + _spring_tx("com.acme.checkout.cart.CartService", "addItems")
        + _java("com.acme.checkout.web.CartController.addItems(CartController.java:52)")
        + _spring_mvc("POST"),
        http=Http("POST", "/api/cart/{cart_id}/items", 500),
    ),
    ErrorSpec(
        id="java-npe-checkout-pricing",
        service="checkout",
        rank=11,
        message="Failed to price cart {cart_id}",
        logger="com.acme.checkout.pricing.PricingService",
        kind="java.lang.NullPointerException",
        error_message=(
            'Cannot invoke "java.math.BigDecimal.multiply(java.math.BigDecimal)" because the '
            'return value of "com.acme.checkout.pricing.Promotion.getRate()" is null'
        ),
        frames=_java("""
            com.acme.checkout.pricing.PricingService.applyPromotions(PricingService.java:131)
            com.acme.checkout.pricing.PricingService.price(PricingService.java:58)
        """)
        + _spring_tx("com.acme.checkout.pricing.PricingService", "price")
        + _java("com.acme.checkout.web.CheckoutController.quote(CheckoutController.java:71)")
        + _spring_mvc("POST"),
        http=Http("POST", "/api/checkout/{cart_id}/quote", 500),
        line_shift=4,
    ),
    ErrorSpec(
        id="java-timeout-checkout-inventory",
        service="checkout",
        rank=3,
        message="Inventory reservation failed after {timeout_ms}ms for order {order_id}",
        logger="com.acme.checkout.order.PlaceOrderService",
        kind="org.springframework.web.client.ResourceAccessException",
        error_message=(
            'I/O error on POST request for "http://inventory.shop.svc.cluster.local:8000'
            '/api/reservations": Read timed out'
        ),
        frames=_java("""
            org.springframework.web.client.RestTemplate.createResourceAccessException(RestTemplate.java:926)
            org.springframework.web.client.RestTemplate.doExecute(RestTemplate.java:906)
            org.springframework.web.client.RestTemplate.execute(RestTemplate.java:801)
            org.springframework.web.client.RestTemplate.postForObject(RestTemplate.java:507)
            com.acme.checkout.inventory.InventoryClient.reserve(InventoryClient.java:63)
            com.acme.checkout.order.PlaceOrderService.place(PlaceOrderService.java:118)
        """)
        + _spring_tx("com.acme.checkout.order.PlaceOrderService", "place")
        + _java("com.acme.checkout.web.CheckoutController.placeOrder(CheckoutController.java:94)")
        + _spring_mvc("POST"),
        cause=Cause(
            "java.net.SocketTimeoutException",
            "Read timed out",
            _java("""
                java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:278)
                java.base/sun.nio.ch.NioSocketImpl.implRead(NioSocketImpl.java:304)
                java.base/sun.nio.ch.NioSocketImpl.read(NioSocketImpl.java:346)
                java.base/java.net.Socket$SocketInputStream.read(Socket.java:1099)
                java.base/java.io.BufferedInputStream.fill(BufferedInputStream.java:291)
                java.base/sun.net.www.http.HttpClient.parseHTTPHeader(HttpClient.java:827)
                java.base/sun.net.www.protocol.http.HttpURLConnection.getInputStream0(HttpURLConnection.java:1705)
                java.base/java.net.HttpURLConnection.getResponseCode(HttpURLConnection.java:531)
                org.springframework.web.client.RestTemplate.doExecute(RestTemplate.java:900)
            """),
        ),
        http=Http("POST", "/api/checkout/orders", 504),
        pattern="bursty",
        incident="db-failover",
    ),
    ErrorSpec(
        id="java-oom-checkout-receipt",
        service="checkout",
        rank=39,
        message="Unexpected error rendering receipt for order {order_id}",
        logger="com.acme.checkout.receipt.ReceiptService",
        kind="java.lang.OutOfMemoryError",
        error_message="Java heap space",
        frames=_java("""
            java.base/java.util.Arrays.copyOf(Arrays.java:3541)
            java.base/java.io.ByteArrayOutputStream.ensureCapacity(ByteArrayOutputStream.java:100)
            java.base/java.io.ByteArrayOutputStream.write(ByteArrayOutputStream.java:132)
            org.apache.pdfbox.pdfwriter.COSWriter.doWriteObject(COSWriter.java:522)
            org.apache.pdfbox.pdmodel.PDDocument.save(PDDocument.java:1306)
            com.acme.checkout.receipt.ReceiptRenderer.render(ReceiptRenderer.java:77)
            com.acme.checkout.receipt.ReceiptService.generate(ReceiptService.java:45)
            com.acme.checkout.web.ReceiptController.download(ReceiptController.java:38)
        """)
        + _spring_mvc("GET"),
        http=Http("GET", "/api/orders/{order_id}/receipt", 500),
        pattern="incident",
    ),
    ErrorSpec(
        id="java-payment-declined-checkout",
        service="checkout",
        rank=18,
        message="Payment declined for order {order_id} ({amount} EUR), customer {email}",
        logger="com.acme.checkout.order.PlaceOrderService",
        kind="com.acme.checkout.payment.PaymentDeclinedException",
        error_message="Card declined: insufficient_funds (charge {charge_id})",
        frames=_java("""
            com.acme.checkout.payment.PaymentsClient.authorize(PaymentsClient.java:102)
            com.acme.checkout.order.PlaceOrderService.place(PlaceOrderService.java:131)
        """)
        + _spring_tx("com.acme.checkout.order.PlaceOrderService", "place")
        + _java("com.acme.checkout.web.CheckoutController.placeOrder(CheckoutController.java:94)")
        + _spring_mvc("POST"),
        http=Http("POST", "/api/checkout/orders", 402),
    ),
    ErrorSpec(
        id="java-config-checkout-stripe-key",
        service="checkout",
        rank=43,
        message="Application run failed",
        logger="org.springframework.boot.SpringApplication",
        thread="main",
        kind="java.lang.IllegalStateException",
        error_message="Required environment variable STRIPE_API_KEY is not set",
        frames=_java("""
            com.acme.checkout.config.PaymentsConfig.stripeClient(PaymentsConfig.java:41)
            com.acme.checkout.config.PaymentsConfig$$SpringCGLIB$$0.CGLIB$stripeClient$0(<generated>)
            org.springframework.cglib.proxy.MethodProxy.invokeSuper(MethodProxy.java:258)
            org.springframework.beans.factory.support.SimpleInstantiationStrategy.instantiate(SimpleInstantiationStrategy.java:140)
            org.springframework.beans.factory.support.ConstructorResolver.instantiate(ConstructorResolver.java:645)
            org.springframework.beans.factory.support.AbstractAutowireCapableBeanFactory.createBean(AbstractAutowireCapableBeanFactory.java:522)
            org.springframework.context.support.AbstractApplicationContext.refresh(AbstractApplicationContext.java:618)
            org.springframework.boot.SpringApplication.refreshContext(SpringApplication.java:456)
            org.springframework.boot.SpringApplication.run(SpringApplication.java:335)
            com.acme.checkout.CheckoutApplication.main(CheckoutApplication.java:12)
        """),
        pattern="deploy",
    ),
    # ---- orders: Java / Spring Boot ---------------------------------------------------------
    ErrorSpec(
        id="java-deadlock-orders-reserve",
        service="orders",
        rank=8,
        message="Failed to reserve stock for order {order_id}",
        logger="com.acme.orders.OrderService",
        kind="org.springframework.dao.CannotAcquireLockException",
        error_message=(
            "could not execute statement [ERROR: deadlock detected] [update stock_reservations "
            "set quantity=?,version=? where id=? and version=?]"
        ),
        frames=_SPRING_DAO
        + _java("""
            com.acme.orders.reservation.ReservationService.reserve(ReservationService.java:76)
            com.acme.orders.OrderService.place(OrderService.java:142)
        """)
        + _spring_tx("com.acme.orders.OrderService", "place")
        + _java("com.acme.orders.web.OrderController.place(OrderController.java:57)")
        + _spring_mvc("POST"),
        cause=Cause(
            "org.postgresql.util.PSQLException",
            f"ERROR: deadlock detected\n  Detail: {_PG_DEADLOCK_DETAIL}\n"
            "  Hint: See server log for query details.\n"
            '  Where: while updating tuple ({block},{slot}) in relation "stock_reservations"',
            _PG_JDBC,
        ),
        http=Http("POST", "/api/orders", 500),
        pattern="bursty",
    ),
    ErrorSpec(
        id="java-unique-orders-idempotency",
        service="orders",
        rank=21,
        message="Duplicate order submission rejected (idempotency key {uuid})",
        logger="com.acme.orders.OrderService",
        kind="org.springframework.dao.DataIntegrityViolationException",
        error_message=(
            "could not execute statement [ERROR: duplicate key value violates unique constraint "
            '"orders_idempotency_key_key"] [insert into orders (created_at,customer_id,'
            "idempotency_key,status,total,id) values (?,?,?,?,?,?)]; constraint "
            "[orders_idempotency_key_key]"
        ),
        frames=_SPRING_DAO
        + _java("com.acme.orders.OrderService.place(OrderService.java:129)")
        + _spring_tx("com.acme.orders.OrderService", "place")
        + _java("com.acme.orders.web.OrderController.place(OrderController.java:57)")
        + _spring_mvc("POST"),
        cause=Cause(
            "org.postgresql.util.PSQLException",
            'ERROR: duplicate key value violates unique constraint "orders_idempotency_key_key"'
            "\n  Detail: Key (idempotency_key)=({uuid}) already exists.",
            _PG_JDBC,
        ),
        http=Http("POST", "/api/orders", 409),
    ),
    ErrorSpec(
        id="java-pool-orders-history",
        service="orders",
        rank=14,
        message="Failed to load order history for customer {customer_id}",
        logger="com.acme.orders.web.OrderController",
        kind="org.springframework.transaction.CannotCreateTransactionException",
        error_message="Could not open JPA EntityManager for transaction",
        frames=_java("""
            org.springframework.orm.jpa.JpaTransactionManager.doBegin(JpaTransactionManager.java:466)
            org.springframework.transaction.support.AbstractPlatformTransactionManager.startTransaction(AbstractPlatformTransactionManager.java:531)
            org.springframework.transaction.support.AbstractPlatformTransactionManager.getTransaction(AbstractPlatformTransactionManager.java:405)
            org.springframework.transaction.interceptor.TransactionAspectSupport.createTransactionIfNecessary(TransactionAspectSupport.java:617)
            org.springframework.transaction.interceptor.TransactionAspectSupport.invokeWithinTransaction(TransactionAspectSupport.java:386)
            org.springframework.transaction.interceptor.TransactionInterceptor.invoke(TransactionInterceptor.java:119)
            org.springframework.aop.framework.CglibAopProxy$DynamicAdvisedInterceptor.intercept(CglibAopProxy.java:765)
            com.acme.orders.OrderQueryService$$SpringCGLIB$$0.history(<generated>)
            com.acme.orders.web.OrderController.history(OrderController.java:83)
        """)
        + _spring_mvc("GET"),
        cause=Cause(
            "java.sql.SQLTransientConnectionException",
            "HikariPool-1 - Connection is not available, request timed out after {timeout_ms}ms "
            "(total=20, active=20, idle=0, waiting={n})",
            _java("""
                com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:686)
                com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:179)
                com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:144)
                com.zaxxer.hikari.HikariDataSource.getConnection(HikariDataSource.java:127)
                org.hibernate.engine.jdbc.connections.internal.DatasourceConnectionProviderImpl.getConnection(DatasourceConnectionProviderImpl.java:122)
                org.hibernate.resource.jdbc.internal.LogicalConnectionManagedImpl.acquireConnectionIfNeeded(LogicalConnectionManagedImpl.java:113)
            """),
        ),
        http=Http("GET", "/api/customers/{customer_id}/orders", 500),
        pattern="incident",
        incident="db-failover",
    ),
    ErrorSpec(
        id="java-illegal-state-orders-cancel",
        service="orders",
        rank=30,
        message="Cannot cancel order {order_id}",
        logger="com.acme.orders.OrderService",
        kind="java.lang.IllegalStateException",
        error_message="Order {order_id} cannot transition from SHIPPED to CANCELLED",
        frames=_java("""
            com.acme.orders.domain.OrderStateMachine.transition(OrderStateMachine.java:58)
            com.acme.orders.domain.Order.cancel(Order.java:203)
            com.acme.orders.OrderService.cancel(OrderService.java:188)
        """)
        + _spring_tx("com.acme.orders.OrderService", "cancel")
        + _java("com.acme.orders.web.OrderController.cancel(OrderController.java:71)")
        + _spring_mvc("POST"),
        http=Http("POST", "/api/orders/{order_id}/cancel", 500),
        pattern="fixed",
    ),
    ErrorSpec(
        id="java-404-orders-not-found",
        service="orders",
        rank=4,
        message="Order {order_id} not found",
        logger="com.acme.orders.web.GlobalExceptionHandler",
        kind="com.acme.orders.web.OrderNotFoundException",
        error_message="Order {order_id} not found",
        frames=_java("""
            com.acme.orders.OrderQueryService.lambda$get$0(OrderQueryService.java:41)
            java.base/java.util.Optional.orElseThrow(Optional.java:403)
            com.acme.orders.OrderQueryService.get(OrderQueryService.java:41)
        """)
        + _spring_tx("com.acme.orders.OrderQueryService", "get")
        + _java("com.acme.orders.web.OrderController.get(OrderController.java:45)")
        + _spring_mvc("GET"),
        http=Http("GET", "/api/orders/{order_id}", 404),
    ),
    ErrorSpec(
        id="java-kafka-orders-publish",
        service="orders",
        rank=26,
        message="Failed to publish OrderPlaced event for order {order_id}",
        logger="com.acme.orders.events.OrderEventPublisher",
        kind="org.springframework.kafka.KafkaException",
        error_message="Send failed",
        frames=_java("""
            org.springframework.kafka.core.KafkaTemplate.doSend(KafkaTemplate.java:837)
            org.springframework.kafka.core.KafkaTemplate.observeSend(KafkaTemplate.java:787)
            org.springframework.kafka.core.KafkaTemplate.send(KafkaTemplate.java:583)
            com.acme.orders.events.OrderEventPublisher.publish(OrderEventPublisher.java:39)
            com.acme.orders.OrderService.place(OrderService.java:151)
        """)
        + _spring_tx("com.acme.orders.OrderService", "place")
        + _java("com.acme.orders.web.OrderController.place(OrderController.java:57)")
        + _spring_mvc("POST"),
        cause=Cause(
            "org.apache.kafka.common.errors.TimeoutException",
            "Expiration of {n} record(s) for order-events-{partition}:120000 ms has passed "
            "since batch creation",
        ),
        http=Http("POST", "/api/orders", 500),
        pattern="incident",
        incident="kafka-broker",
    ),
    ErrorSpec(
        id="java-serialization-orders-webhook",
        service="orders",
        rank=35,
        message=(
            'Failed to deserialize payment webhook payload={"id":"evt_{stripe_id}","type":'
            '"charge.succeeded","api_key":"{sk_live}","data":{"amount":"{amount_comma}",'
            '"currency":"eur","order_id":{order_id}}}'
        ),
        logger="com.acme.orders.webhook.PaymentWebhookController",
        kind="com.fasterxml.jackson.databind.exc.InvalidFormatException",
        error_message=(
            'Cannot deserialize value of type `java.math.BigDecimal` from String "{amount_comma}"'
            ": not a valid representation\n at [Source: REDACTED; line: 1, column: {col}] "
            '(through reference chain: com.acme.orders.webhook.PaymentWebhook["data"]->'
            'com.acme.orders.webhook.ChargeData["amount"])'
        ),
        frames=_java("""
            com.fasterxml.jackson.databind.exc.InvalidFormatException.from(InvalidFormatException.java:67)
            com.fasterxml.jackson.databind.DeserializationContext.weirdStringException(DeserializationContext.java:1959)
            com.fasterxml.jackson.databind.deser.std.NumberDeserializers$BigDecimalDeserializer.deserialize(NumberDeserializers.java:1085)
            com.fasterxml.jackson.databind.deser.impl.MethodProperty.deserializeAndSet(MethodProperty.java:129)
            com.fasterxml.jackson.databind.deser.BeanDeserializer.vanillaDeserialize(BeanDeserializer.java:310)
            com.fasterxml.jackson.databind.ObjectMapper._readMapAndClose(ObjectMapper.java:4899)
            com.fasterxml.jackson.databind.ObjectMapper.readValue(ObjectMapper.java:3846)
            com.acme.orders.webhook.PaymentWebhookController.receive(PaymentWebhookController.java:48)
        """)
        + _spring_mvc("POST"),
        http=Http("POST", "/webhooks/payments", 400),
    ),
    # ---- payments: Go -----------------------------------------------------------------------
    ErrorSpec(
        id="go-nil-payments-charge",
        service="payments",
        rank=12,
        message="http: panic serving {ip}:{port}: " + _NIL_DEREF,
        logger="payments.http",
        kind="runtime.Error",
        error_message=_NIL_DEREF,
        go_style="panic",
        frames=_go("""
            $PAYMENTS/charge.(*Handler).Charge({goptr}, {0x1d3f1a8, {goptr2}}, {goptr3})
                /app/internal/charge/handler.go:88
            $PAYMENTS/middleware.Auth.func1({0x1d3f1a8, {goptr2}}, {goptr3})
                /app/internal/middleware/auth.go:61
        """)
        + _GO_PANIC_HTTP,
        http=Http("POST", "/v1/charges", 500),
        pattern="regression",
    ),
    ErrorSpec(
        id="go-oom-payments-reconcile",
        service="payments",
        rank=42,
        message="fatal error: runtime: out of memory",
        logger="payments.reconcile",
        kind="runtime.throw",
        error_message="runtime: out of memory",
        go_style="fatal",
        frames=_go("""
            runtime.throw({0x1a2b3c?, 0x2000?})
                $GOROOT/runtime/panic.go:1023
            runtime.sysMapOS({goptr}, 0x40000000)
                $GOROOT/runtime/mem_linux.go:167
            runtime.(*mheap).grow({goptr2}, 0x20000)
                $GOROOT/runtime/mheap.go:1495
            runtime.mallocgc(0x40000000, 0x1b8e4a0, 0x1)
                $GOROOT/runtime/malloc.go:1177
            runtime.growslice({goptr3}?, 0x1?, 0x3?, 0x1?, 0x1b8e4a0?)
                $GOROOT/runtime/slice.go:270
            $PAYMENTS/reconcile.(*Job).loadSettlements({goptr4}, {0x1d3f1a8, {goptr5}})
                /app/internal/reconcile/job.go:77
            $PAYMENTS/reconcile.(*Job).Run({goptr4}, {0x1d3f1a8, {goptr5}})
                /app/internal/reconcile/job.go:41
            main.runReconcile({0x1d3f1a8, {goptr5}}, {goptr6})
                /app/cmd/payments/main.go:112
            created by main.main in goroutine 1
                /app/cmd/payments/main.go:64
        """),
        pattern="incident",
    ),
    ErrorSpec(
        id="go-grpc-payments-ledger-unavailable",
        service="payments",
        rank=2,
        message="capture failed for payment {payment_id}: ledger unavailable",
        logger="payments.charge",
        kind="*status.Error",
        error_message=(
            'rpc error: code = Unavailable desc = connection error: desc = "transport: Error '
            'while dialing: dial tcp {ip}:50051: connect: connection refused"'
        ),
        frames=_go("""
            $PAYMENTS/ledger.(*Client).Post
                /app/internal/ledger/client.go:57
            $PAYMENTS/charge.(*Service).Capture
                /app/internal/charge/service.go:143
            $PAYMENTS/charge.(*Handler).Capture
                /app/internal/charge/handler.go:121
        """)
        + _GO_ERR_HTTP,
        http=Http("POST", "/v1/payments/{payment_id}/capture", 503),
        pattern="incident",
        incident="ledger-outage",
    ),
    ErrorSpec(
        id="go-ratelimit-payments-stripe",
        service="payments",
        rank=10,
        message="create payment intent failed for order {order_id} after 3 attempts",
        logger="payments.psp",
        kind="*stripe.Error",
        error_message=(
            '{"code":"rate_limit","doc_url":"https://stripe.com/docs/error-codes/rate-limit",'
            '"message":"Request rate limit exceeded.","request_id":"req_{stripe_req}",'
            '"status":429,"type":"invalid_request_error"}'
        ),
        pattern="bursty",
    ),
    ErrorSpec(
        id="go-dns-payments-fraud",
        service="payments",
        rank=33,
        message="fraud score lookup failed for payment {payment_id}",
        logger="payments.charge",
        kind="*url.Error",
        error_message=(
            'Post "http://fraud-scoring.risk.svc.cluster.local:8080/v2/score": dial tcp: lookup '
            "fraud-scoring.risk.svc.cluster.local on 172.20.0.10:53: no such host"
        ),
        frames=_go("""
            $PAYMENTS/fraud.(*Client).Score
                /app/internal/fraud/client.go:72
            $PAYMENTS/charge.(*Service).Authorize
                /app/internal/charge/service.go:96
            $PAYMENTS/charge.(*Handler).Charge
                /app/internal/charge/handler.go:79
        """)
        + _GO_ERR_HTTP,
        http=Http("POST", "/v1/charges", 502),
        pattern="incident",
        incident="dns",
    ),
    ErrorSpec(
        id="go-card-payments-tokenize",
        service="payments",
        rank=36,
        message="tokenization rejected: card_number={card} brand=unknown",
        logger="payments.vault",
        kind="*vault.TokenizeError",
        error_message="bin lookup failed: unsupported card brand",
        frames=_go("""
            $PAYMENTS/vault.(*Client).Tokenize
                /app/internal/vault/client.go:134
            $PAYMENTS/charge.(*Service).Authorize
                /app/internal/charge/service.go:88
            $PAYMENTS/charge.(*Handler).Charge
                /app/internal/charge/handler.go:79
        """)
        + _GO_ERR_HTTP,
        http=Http("POST", "/v1/charges", 422),
    ),
    # ---- shipping: Go -----------------------------------------------------------------------
    ErrorSpec(
        id="go-nil-shipping-label",
        service="shipping",
        rank=22,
        message="http: panic serving {ip}:{port}: " + _NIL_DEREF,
        logger="shipping.http",
        kind="runtime.Error",
        error_message=_NIL_DEREF,
        go_style="panic",
        frames=_go("""
            $SHIPPING/label.(*Service).Create({goptr}, {0x1d3f1a8, {goptr2}}, {goptr3})
                /app/internal/label/service.go:203
            $SHIPPING/label.(*Handler).CreateLabel({goptr}, {0x1d3f1a8, {goptr2}}, {goptr3})
                /app/internal/label/handler.go:54
        """)
        + _GO_PANIC_HTTP,
        http=Http("POST", "/v1/shipments/{shipment_id}/label", 500),
    ),
    ErrorSpec(
        id="go-disk-shipping-label-pdf",
        service="shipping",
        rank=37,
        message="failed to render label for shipment {shipment_id}",
        logger="shipping.label",
        kind="*fs.PathError",
        error_message="write /tmp/labels-{hexid}/label-{shipment_id}.pdf: no space left on device",
        frames=_go("""
            $SHIPPING/label.(*Renderer).WritePDF
                /app/internal/label/renderer.go:91
            $SHIPPING/label.(*Service).Create
                /app/internal/label/service.go:188
            $SHIPPING/label.(*Handler).CreateLabel
                /app/internal/label/handler.go:54
        """)
        + _GO_ERR_HTTP,
        http=Http("POST", "/v1/shipments/{shipment_id}/label", 500),
        pattern="incident",
    ),
    ErrorSpec(
        id="go-timeout-shipping-carrier",
        service="shipping",
        rank=17,
        message="carrier quote request failed for shipment {shipment_id} after {secs}s",
        logger="shipping.carrier",
        kind="*url.Error",
        error_message=(
            'Post "https://express.api.dhl.com/mydhlapi/rates": context deadline exceeded'
        ),
        frames=_go("""
            $SHIPPING/carrier.(*DHL).Quote
                /app/internal/carrier/dhl.go:118
            $SHIPPING/quote.(*Service).Best
                /app/internal/quote/service.go:47
            $SHIPPING/quote.(*Handler).Quote
                /app/internal/quote/handler.go:33
        """)
        + _GO_ERR_HTTP,
        http=Http("POST", "/v1/quotes", 504),
        pattern="bursty",
    ),
    # ---- api-gateway: Node / Express --------------------------------------------------------
    ErrorSpec(
        id="node-jwt-gateway-invalid-signature",
        service="api-gateway",
        rank=16,
        message="Authentication failed: invalid signature (Authorization: Bearer {jwt})",
        logger="gateway.auth",
        kind="JsonWebTokenError",
        error_message="invalid signature",
        frames=_node("""
            at module.exports [as verify] ($NM/jsonwebtoken/verify.js:171:19)
            at authenticate (/app/src/middleware/auth.js:23:28)
        """)
        + _EXPRESS_MIDDLEWARE,
        http=Http("GET", "/api/v1/orders", 401),
    ),
    ErrorSpec(
        id="node-403-gateway-missing-scope",
        service="api-gateway",
        rank=25,
        message="Forbidden: user {email} lacks scope orders:write",
        logger="gateway.auth",
        kind="ForbiddenError",
        error_message="Missing required scope orders:write",
        frames=_node("at requireScope (/app/src/middleware/scopes.js:17:13)") + _EXPRESS,
        http=Http("POST", "/api/v1/orders", 403),
    ),
    ErrorSpec(
        id="node-503-gateway-orders",
        service="api-gateway",
        rank=7,
        message="Upstream orders responded 503 for GET /api/v1/orders/{order_id}",
        logger="gateway.proxy",
        kind="AxiosError",
        error_message="Request failed with status code 503",
        frames=_AXIOS
        + _node("""
            at async getOrder (/app/src/upstreams/orders.js:31:20)
            at async orderHandler (/app/src/routes/orders.js:22:19)
        """),
        http=Http("GET", "/api/v1/orders/{order_id}", 502),
        pattern="bursty",
        incident="db-failover",
    ),
    ErrorSpec(
        id="node-econnrefused-gateway-inventory",
        service="api-gateway",
        rank=24,
        message="Proxy error forwarding to inventory: connect ECONNREFUSED {ip}:8000",
        logger="gateway.proxy",
        kind="Error",
        error_message="connect ECONNREFUSED {ip}:8000",
        frames=_node("at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1607:16)"),
        http=Http("GET", "/api/v1/stock/{sku}", 502),
        pattern="incident",
        incident="db-failover",
    ),
    # ---- web-frontend: Node / React SSR -----------------------------------------------------
    ErrorSpec(
        id="node-typeerror-web-cart",
        service="web-frontend",
        rank=1,
        message="Error rendering page /cart: " + _TYPE_ERROR_ID,
        logger="web.ssr",
        kind="TypeError",
        error_message=_TYPE_ERROR_ID,
        frames=_node("""
            at renderCart (/app/src/cart.js:42:17)
            at CartPage (/app/src/pages/cart.js:18:10)
        """)
        + _REACT_SSR,
        http=Http("GET", "/cart", 500),
        line_shift=3,
    ),
    ErrorSpec(
        id="node-typeerror-web-checkout-summary",
        service="web-frontend",
        rank=19,
        message="Error rendering page /checkout/summary: " + _TYPE_ERROR_ID,
        logger="web.ssr",
        kind="TypeError",
        error_message=_TYPE_ERROR_ID,
        frames=_node("""
            at /app/src/checkout/summary.js:88:31
            at Array.map (<anonymous>)
            at buildOrderSummary (/app/src/checkout/summary.js:85:22)
            at SummaryPage (/app/src/pages/checkout/summary.js:25:22)
        """)
        + _REACT_SSR,
        http=Http("GET", "/checkout/summary", 500),
        pattern="regression",
    ),
    ErrorSpec(
        id="node-503-web-recommendations",
        service="web-frontend",
        rank=27,
        message="Failed to load recommendations: Request failed with status code 503",
        logger="web.api",
        kind="AxiosError",
        error_message="Request failed with status code 503",
        frames=_AXIOS
        + _node("""
            at async fetchRecommendations (/app/src/api/recommendations.js:14:20)
            at async getServerSideProps (/app/src/pages/index.js:41:23)
        """),
        pattern="bursty",
    ),
    ErrorSpec(
        id="node-json-web-cart-api",
        service="web-frontend",
        rank=29,
        message="Failed to parse response from /api/v1/cart/{cart_id}",
        logger="web.api",
        kind="SyntaxError",
        error_message="Unexpected token '<', \"<!DOCTYPE \"... is not valid JSON",
        frames=_node("""
            at JSON.parse (<anonymous>)
            at parseJSONFromBytes (node:internal/deps/undici/undici:5329:19)
            at successSteps (node:internal/deps/undici/undici:5300:27)
            at fullyReadBody (node:internal/deps/undici/undici:1447:9)
            at process.processTicksAndRejections (node:internal/process/task_queues:95:5)
            at async specConsumeBody (node:internal/deps/undici/undici:5309:7)
            at async fetchJson (/app/src/api/client.js:23:20)
            at async loadCart (/app/src/pages/cart.js:61:16)
        """),
        http=Http("GET", "/cart", 502),
        pattern="incident",
        incident="db-failover",
    ),
    # ---- inventory: Python / FastAPI + Celery -----------------------------------------------
    ErrorSpec(
        id="py-deadlock-inventory-reserve",
        service="inventory",
        rank=5,
        message="Reservation failed for {sku} (qty {qty})",
        logger="inventory.api.reservations",
        thread="AnyIO worker thread",
        kind="psycopg2.errors.DeadlockDetected",
        error_message=(
            f"deadlock detected\nDETAIL:  {_PG_DEADLOCK_DETAIL}\n"
            "HINT:  See server log for query details.\n"
            'CONTEXT:  while updating tuple ({block},{slot}) in relation "stock_levels"'
        ),
        frames=_py(
            _FASTAPI
            + """
  File "/app/inventory/api/reservations.py", line 57, in create_reservation
    reservation = service.reserve(payload.sku, payload.quantity)
  File "/app/inventory/service.py", line 112, in reserve
    self.repo.lock_and_decrement(sku, qty)
  File "/app/inventory/db.py", line 88, in lock_and_decrement
    cursor.execute(sql, params)
"""
        ),
        http=Http("POST", "/api/reservations", 500),
        pattern="bursty",
    ),
    ErrorSpec(
        id="py-pool-inventory-stock",
        service="inventory",
        rank=9,
        message="Exception in ASGI application",
        logger="uvicorn.error",
        thread="AnyIO worker thread",
        kind="sqlalchemy.exc.TimeoutError",
        error_message=(
            "QueuePool limit of size 10 overflow 20 reached, connection timed out, timeout 30.00 "
            "(Background on this error at: https://sqlalche.me/e/20/3o7r)"
        ),
        frames=_py(
            _FASTAPI
            + """
  File "/app/inventory/api/stock.py", line 29, in read_stock
    return repo.get_stock(sku)
  File "/app/inventory/repository.py", line 41, in get_stock
    row = session.execute(stmt).one_or_none()
  File "$SP/sqlalchemy/orm/session.py", line 2362, in execute
    return self._execute_internal(
  File "$SP/sqlalchemy/engine/base.py", line 3276, in connect
    return self._connection_cls(self)
  File "$SP/sqlalchemy/pool/base.py", line 447, in connect
    return _ConnectionFairy._checkout(self)
  File "$SP/sqlalchemy/pool/base.py", line 711, in checkout
    rec = pool._do_get()
  File "$SP/sqlalchemy/pool/impl.py", line 168, in _do_get
    raise exc.TimeoutError(
"""
        ),
        http=Http("GET", "/api/stock/{sku}", 500),
        pattern="incident",
        incident="db-failover",
    ),
    ErrorSpec(
        id="py-connrefused-inventory-db",
        service="inventory",
        rank=32,
        message=(
            "Could not connect to postgresql://inventory_app:S3cr3tPass@db-inventory-1"
            ".shop.internal:5432/inventory, retrying in 5s"
        ),
        logger="inventory.db",
        kind="psycopg2.OperationalError",
        error_message=(
            'connection to server at "{ip}", port 5432 failed: Connection refused\n'
            "\tIs the server running on that host and accepting TCP/IP connections?"
        ),
        frames=_py("""
  File "/app/inventory/workers/sync.py", line 22, in run_forever
    conn = db.connect()
  File "/app/inventory/db.py", line 31, in connect
    return psycopg2.connect(settings.database_url)
  File "$SP/psycopg2/__init__.py", line 122, in connect
    conn = _connect(dsn, connection_factory=connection_factory, **kwasync)
"""),
        pattern="incident",
        incident="db-failover",
    ),
    ErrorSpec(
        id="py-keyerror-inventory-sync-mapper",
        service="inventory",
        rank=15,
        message=(
            "Task inventory.sync.apply_batch[{uuid}] raised unexpected: KeyError('warehouse_id')"
        ),
        logger="celery.app.trace",
        kind="KeyError",
        error_message="'warehouse_id'",
        frames=_py(
            _CELERY
            + """
  File "/app/inventory/sync/job.py", line 64, in apply_batch
    records = map_batch(batch.rows)
  File "/app/inventory/sync/mapper.py", line 31, in map_batch
    return [map_row(r) for r in rows]
  File "/app/inventory/sync/mapper.py", line 31, in <listcomp>
    return [map_row(r) for r in rows]
  File "/app/inventory/sync/mapper.py", line 47, in map_row
    warehouse=row["warehouse_id"],
"""
        ),
        line_shift=5,
    ),
    ErrorSpec(
        id="py-indexerror-inventory-picking",
        service="inventory",
        rank=34,
        message="Exception in ASGI application",
        logger="uvicorn.error",
        thread="AnyIO worker thread",
        kind="IndexError",
        error_message="list index out of range",
        frames=_py(
            _FASTAPI
            + """
  File "/app/inventory/api/picking.py", line 35, in allocate
    bin_ = pick_bin(sku, quantity)
  File "/app/inventory/picking.py", line 73, in pick_bin
    return candidates[0]
"""
        ),
        http=Http("POST", "/api/picking/allocate", 500),
    ),
    ErrorSpec(
        id="py-validation-inventory-adjustment",
        service="inventory",
        rank=23,
        message="Rejected stock adjustment for {sku}",
        logger="inventory.adjustments",
        kind="pydantic_core._pydantic_core.ValidationError",
        error_message=(
            "1 validation error for StockAdjustment\nquantity\n  Input should be greater than or "
            "equal to 0 [type=greater_than_equal, input_value={neg_qty}, input_type=int]\n"
            "    For further information visit https://errors.pydantic.dev/2.9/v/greater_than_equal"
        ),
        frames=_py(
            _CELERY
            + """
  File "/app/inventory/consumers/adjustments.py", line 33, in handle
    apply_adjustment(message.body)
  File "/app/inventory/adjustments.py", line 58, in apply_adjustment
    adj = StockAdjustment(**payload)
  File "$SP/pydantic/main.py", line 212, in __init__
    validated_self = self.__pydantic_validator__.validate_python(data, self_instance=self)
"""
        ),
    ),
    ErrorSpec(
        id="py-disk-inventory-csv-import",
        service="inventory",
        rank=40,
        message="CSV import failed for upload {uuid}",
        logger="inventory.imports",
        thread="AnyIO worker thread",
        kind="OSError",
        error_message="[Errno 28] No space left on device: '{tmp}/stock.csv'",
        frames=_py(
            _FASTAPI
            + """
  File "/app/inventory/api/imports.py", line 22, in upload_stock_csv
    path = stage_upload(file)
  File "/app/inventory/imports.py", line 44, in stage_upload
    shutil.copyfileobj(upload.file, fh)
  File "$PY/shutil.py", line 200, in copyfileobj
    fdst_write(buf)
"""
        ),
        http=Http("POST", "/api/imports/stock", 500),
        pattern="incident",
    ),
    ErrorSpec(
        id="py-erp-inventory-push-502",
        service="inventory",
        rank=20,
        message="ERP stock sync failed for warehouse {warehouse}",
        logger="inventory.sync",
        kind="inventory.erp.ErpSyncError",
        error_message="ERP returned 502 for stock push (warehouse {warehouse})",
        frames=_py(
            _CELERY
            + """
  File "/app/inventory/sync/erp_push.py", line 29, in push_all
    client.push_stock(warehouse, levels)
  File "/app/inventory/erp/client.py", line 68, in push_stock
    raise ErpSyncError.from_response(resp) from exc
"""
        ),
        cause=Cause(
            "requests.exceptions.HTTPError",
            "502 Server Error: Bad Gateway for url: "
            "https://erp.acme-internal.net/api/v1/stock?user=svc-inventory&password=hunter2",
            _py("""
  File "/app/inventory/erp/client.py", line 66, in push_stock
    resp.raise_for_status()
  File "$SP/requests/models.py", line 1024, in raise_for_status
    raise HTTPError(http_error_msg, response=self)
"""),
        ),
        pattern="bursty",
    ),
    # ---- notifications: Python / Celery -----------------------------------------------------
    ErrorSpec(
        id="py-keyerror-notifications-sendgrid-key",
        service="notifications",
        rank=31,
        message=(
            "Task notifications.tasks.send_order_confirmation[{uuid}] raised unexpected: "
            "KeyError('SENDGRID_API_KEY')"
        ),
        logger="celery.app.trace",
        kind="KeyError",
        error_message="'SENDGRID_API_KEY'",
        frames=_py(
            _CELERY
            + """
  File "/app/notifications/tasks/email.py", line 41, in send_order_confirmation
    mailer = get_mailer()
  File "/app/notifications/mailer.py", line 19, in get_mailer
    api_key = os.environ["SENDGRID_API_KEY"]
  File "<frozen os>", line 679, in __getitem__
"""
        ),
        pattern="deploy",
    ),
    ErrorSpec(
        id="py-rejected-notifications-template",
        service="notifications",
        rank=13,
        message="Message {uuid} rejected after 5 delivery attempts, routing to notifications.dlq",
        logger="notifications.consumer",
        kind="notifications.consumer.PoisonMessageError",
        error_message="message {uuid} cannot be processed",
        frames=_py("""
  File "$SP/kombu/messaging.py", line 657, in _receive_callback
    return on_m(message) if on_m else self.receive(decoded, message)
  File "/app/notifications/consumer.py", line 91, in on_message
    raise PoisonMessageError(message.message_id) from exc
"""),
        cause=Cause(
            "jinja2.exceptions.TemplateNotFound",
            "order_shipped_v3.html",
            _py("""
  File "/app/notifications/consumer.py", line 86, in on_message
    body = render(message.payload)
  File "/app/notifications/render.py", line 27, in render
    template = env.get_template(name + ".html")
  File "$SP/jinja2/environment.py", line 1013, in get_template
    return self._load_template(name, globals)
  File "$SP/jinja2/loaders.py", line 209, in get_source
    raise TemplateNotFound(template)
"""),
        ),
        thread="pika-consumer",
        pattern="bursty",
    ),
    ErrorSpec(
        id="py-lag-notifications-consumer",
        service="notifications",
        rank=41,
        message=(
            "Consumer lag for group notifications-email on topic order-events partition "
            "{partition} is {lag} messages (threshold 10000)"
        ),
        logger="notifications.lag_monitor",
        pattern="incident",
        incident="kafka-broker",
    ),
    ErrorSpec(
        id="py-twilio-notifications-sms",
        service="notifications",
        rank=28,
        message="SMS delivery failed for order {order_id}",
        logger="notifications.channels.sms",
        kind="twilio.base.exceptions.TwilioRestException",
        error_message=(
            "HTTP 400 error: Unable to create record: The 'To' number {phone} is not a valid "
            "phone number."
        ),
        frames=_py(
            _CELERY
            + """
  File "/app/notifications/tasks/sms.py", line 22, in send_shipping_sms
    sms.send(customer.phone, text)
  File "/app/notifications/channels/sms.py", line 37, in send
    client.messages.create(to=phone, from_=settings.sms_from, body=body)
  File "$SP/twilio/rest/api/v2010/account/message/__init__.py", line 820, in create
    payload = self._version.create(
  File "$SP/twilio/base/version.py", line 169, in create
    raise self.exception(method, uri, response, "Unable to create record")
"""
        ),
    ),
    ErrorSpec(
        id="py-smtp-notifications-recipient",
        service="notifications",
        rank=38,
        message="Failed to send order confirmation to {email}",
        logger="notifications.channels.email",
        kind="smtplib.SMTPRecipientsRefused",
        error_message=(
            "{'{email}': (550, b'5.1.1 <{email}>: Recipient address rejected: User unknown')}"
        ),
        frames=_py(
            _CELERY
            + """
  File "/app/notifications/tasks/email.py", line 47, in send_order_confirmation
    email.send(order.customer_email, rendered)
  File "/app/notifications/channels/email.py", line 58, in send
    smtp.send_message(msg)
  File "$PY/smtplib.py", line 986, in send_message
    return self.sendmail(from_addr, to_addrs, flatmsg, mail_options,
  File "$PY/smtplib.py", line 901, in sendmail
    raise SMTPRecipientsRefused(senderrs)
"""
        ),
    ),
    ErrorSpec(
        id="py-ses-notifications-invalid-token",
        service="notifications",
        rank=44,
        message="SES SendEmail failed using access key {aws_key}",
        logger="notifications.channels.ses",
        kind="botocore.exceptions.ClientError",
        error_message=(
            "An error occurred (InvalidClientTokenId) when calling the SendEmail operation: "
            "The security token included in the request is invalid."
        ),
        frames=_py(
            _CELERY
            + """
  File "/app/notifications/tasks/digest.py", line 52, in send_weekly_digest
    ses.send(recipient, rendered)
  File "/app/notifications/channels/ses.py", line 41, in send
    self.client.send_email(**request)
  File "$SP/botocore/client.py", line 569, in _api_call
    return self._make_api_call(operation_name, kwargs)
  File "$SP/botocore/client.py", line 1021, in _make_api_call
    raise error_class(parsed_response, operation_name)
"""
        ),
        pattern="fixed",
    ),
)


# --------------------------------------------------------------------------- value generators

_ALNUM: Final = string.ascii_letters + string.digits
_K8S_ALPHABET: Final = "bcdfghjklmnpqrstvwxz2456789"
_FIRST: Final = (
    "maria", "james", "anna", "lukas", "sofia", "noah", "emma", "liam", "chloe", "mateo",
    "olga", "kenji", "fatima", "pierre", "ingrid", "diego", "aisha", "tom", "julia", "raj",
)  # fmt: skip
_LAST: Final = (
    "garcia", "smith", "muller", "rossi", "novak", "dubois", "jensen", "kowalski", "silva",
    "tanaka", "oconnor", "schmidt", "nguyen", "fischer", "moreau", "haddad", "berg", "costa",
)  # fmt: skip
_DOMAINS: Final = (
    "gmail.com", "yahoo.com", "outlook.com", "hotmail.de", "icloud.com", "proton.me",
    "web.de", "gmx.net", "orange.fr", "acme-corp.io",
)  # fmt: skip
_TEST_CARDS: Final = ("4111111111111111", "5555555555554444", "4242424242424242", "378282246310005")
_PUBLIC_FIRST_OCTETS: Final = (31, 37, 46, 62, 77, 81, 84, 89, 91, 95, 176, 178, 185, 188, 212)
_USER_AGENTS: Final = (
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/17.4 Safari/605.1.15",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/129.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
    "Gecko) Mobile/15E148 AcmeShop/6.3.1",
    "okhttp/4.12.0",
    "axios/1.7.7",
)


def _pick(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choices(alphabet, k=n))


def _hex(rng: random.Random, n: int) -> str:
    return f"{rng.getrandbits(4 * n):0{n}x}"


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _uuid4(rng: random.Random) -> str:
    h = _hex(rng, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) % 4]}{h[17:20]}-{h[20:]}"


def _email(rng: random.Random) -> str:
    first, last = rng.choice(_FIRST), rng.choice(_LAST)
    local = rng.choice((f"{first}.{last}", f"{first[0]}{last}{rng.randint(1, 99)}", first + last))
    return f"{local}@{rng.choice(_DOMAINS)}"


def _phone(rng: random.Random) -> str:
    return rng.choice(
        (
            f"+1 {rng.choice((212, 312, 415, 646))}-555-01{rng.randint(0, 99):02d}",
            f"+44 7700 900{rng.randint(0, 999):03d}",
            f"+49 151 {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}",
            f"+33 6 {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} "
            f"{rng.randint(10, 99)}",
        )
    )


def _luhn_digit(payload: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str((10 - total % 10) % 10)


def _card(rng: random.Random) -> str:
    """A Luhn-valid card number: a well-known test number or a generated one, often spaced."""
    if rng.random() < 0.4:
        number = rng.choice(_TEST_CARDS)
    else:
        prefix = rng.choice(("4", "51", "53", "55", "2221"))
        body = prefix + "".join(rng.choices(string.digits, k=15 - len(prefix)))
        number = body + _luhn_digit(body)
    sep = rng.choice(("", "", " ", "-"))
    if len(number) == 15:
        return sep.join((number[:4], number[4:10], number[10:]))
    return sep.join(number[i : i + 4] for i in range(0, 16, 4))


def _jwt(rng: random.Random) -> str:
    issued = 1_793_000_000 + rng.randint(0, 2_000_000)
    claims = {"sub": str(rng.randint(100_000, 9_999_999)), "email": _email(rng),
              "scope": "orders:read cart:write", "iat": issued, "exp": issued + 3600}  # fmt: skip
    header = _b64url(b'{"alg":"HS256","typ":"JWT"}')
    body = _b64url(json.dumps(claims, separators=(",", ":")).encode())
    return f"{header}.{body}.{_b64url(rng.randbytes(32))}"


def _public_ip(rng: random.Random) -> str:
    if rng.random() < 0.3:
        return f"2a02:{_hex(rng, 4)}:{_hex(rng, 4)}:{_hex(rng, 4)}::{_hex(rng, 3)}"
    first = rng.choice(_PUBLIC_FIRST_OCTETS)
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


# A leaked live key stays the same from one log line to the next.
_SK_LIVE: Final = "sk_live_51" + _pick(random.Random("dogcatcher-sample-key"), _ALNUM, 30)

_GENERATORS: Final[Mapping[str, Callable[[random.Random], str]]] = {
    "order_id": lambda r: str(r.randint(10_000_000, 99_999_999)),
    "customer_id": lambda r: str(r.randint(100_000, 9_999_999)),
    "shipment_id": lambda r: f"SHP{r.randint(10**9, 10**10 - 1)}",
    "payment_id": lambda r: "pay_" + _pick(r, _ALNUM, 24),
    "charge_id": lambda r: "ch_3" + _pick(r, _ALNUM, 23),
    "stripe_id": lambda r: _pick(r, _ALNUM, 24),
    "stripe_req": lambda r: _pick(r, _ALNUM, 14),
    "cart_id": _uuid4,
    "uuid": _uuid4,
    "hexid": lambda r: _hex(r, 6),
    "tmp": lambda r: f"/tmp/upload-{_hex(r, 6)}",
    "sku": lambda r: f"SKU-{r.randint(10_000, 99_999)}",
    "qty": lambda r: str(r.randint(1, 12)),
    "neg_qty": lambda r: str(-r.randint(1, 40)),
    "amount": lambda r: f"{r.uniform(4, 950):.2f}",
    "amount_comma": lambda r: f"{r.randint(1, 999)},{r.randint(0, 99):02d}",
    "warehouse": lambda r: r.choice(("FRA1", "AMS2", "DUB1", "WAW1", "MAD3")),
    "timeout_ms": lambda r: str(30_000 + r.randint(0, 400)),
    "secs": lambda r: f"{r.uniform(10.0, 30.0):.2f}",
    "n": lambda r: str(r.randint(1, 60)),
    "lag": lambda r: str(r.randint(10_001, 250_000)),
    "partition": lambda r: str(r.randint(0, 11)),
    "col": lambda r: str(r.randint(40, 400)),
    "pid": lambda r: str(r.randint(1_000, 65_000)),
    "txid": lambda r: str(r.randint(1_000_000, 99_999_999)),
    "block": lambda r: str(r.randint(1, 90_000)),
    "slot": lambda r: str(r.randint(1, 120)),
    "ip": lambda r: f"10.{r.randint(0, 3)}.{r.randint(0, 15)}.{r.randint(2, 254)}",
    "port": lambda r: str(r.randint(32_768, 60_999)),
    "goptr": lambda r: f"0xc000{_hex(r, 5)}{r.choice('08')}",
    "goroutine": lambda r: str(r.randint(18, 98_000)),
    "thread_n": lambda r: str(r.randint(1, 200)),
    "email": _email,
    "phone": _phone,
    "card": _card,
    "jwt": _jwt,
    "aws_key": lambda r: "AKIA" + _pick(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16),
    "sk_live": lambda r: _SK_LIVE,
}


class _Values(dict[str, str]):
    """Per-event placeholder values, generated on first use: ``{ip2}`` is a second ``ip``."""

    def __init__(self, rng: random.Random) -> None:
        super().__init__()
        self.rng = rng

    def __missing__(self, key: str) -> str:
        value = _GENERATORS[key.rstrip("0123456789")](self.rng)
        self[key] = value
        return value


_PLACEHOLDER: Final = re.compile(r"\{([a-z][a-z_]*[0-9]?)\}")


@lru_cache(maxsize=4096)
def _split(template: str) -> tuple[str, ...]:
    """Literal text at even indexes, placeholder names at odd ones."""
    return tuple(_PLACEHOLDER.split(template))


def _fill(template: str, values: _Values) -> str:
    parts = _split(template)
    if len(parts) == 1:
        return template
    out = list(parts)
    for i in range(1, len(parts), 2):
        out[i] = values[parts[i]]
    return "".join(out)


# --------------------------------------------------------------------------- stack renderers


# The Java services log through logstash-logback-encoder's ShortenedThrowableConverter, set up
# to fold runs of reflection / proxy / servlet-container frames into "... N frames excluded".
_JAVA_EXCLUDED: Final = re.compile(
    r"^(?:java\.base/)?(?:jdk\.internal\.reflect|java\.lang\.reflect|org\.springframework\.aop"
    r"|org\.springframework\.cglib|org\.springframework\.web\.(?:servlet|method|filter)"
    r"|org\.apache\.(?:catalina|coyote|tomcat)|jakarta\.servlet)\.|\$\$SpringCGLIB\$\$"
)


def _java_frames(frames: tuple[Frame, ...]) -> list[str]:
    lines: list[str] = []
    excluded = 0
    for f in frames:
        if _JAVA_EXCLUDED.search(f.func):
            excluded += 1
            continue
        if excluded:
            lines.append(f"\t... {excluded} frames excluded")
            excluded = 0
        where = f"{f.file}:{f.line}" if f.line > 0 else f.file
        lines.append(f"\tat {f.func}({where})")
    if excluded:
        lines.append(f"\t... {excluded} frames excluded")
    return lines


def _java_stack(spec: ErrorSpec, frames: tuple[Frame, ...], cause: Cause | None) -> str:
    lines = [f"{spec.kind}: {spec.error_message}", *_java_frames(frames)]
    if cause is not None:
        lines.append(f"Caused by: {cause.kind}: {cause.message}")
        lines += _java_frames(cause.frames)
        if cause.frames:
            lines.append(f"\t... {max(1, len(frames) - 3)} common frames omitted")
    return "\n".join(lines)


_PY_CAUSE_SEPARATOR: Final = "The above exception was the direct cause of the following exception:"


def _python_stack(spec: ErrorSpec, frames: tuple[Frame, ...], cause: Cause | None) -> str:
    def traceback(kind: str, message: str, frames: tuple[Frame, ...]) -> str:
        lines = ["Traceback (most recent call last):"]
        for f in reversed(frames):
            lines.append(f'  File "{f.file}", line {f.line}, in {f.func}')
            if f.code:
                lines.append(f"    {f.code}")
        lines.append(f"{kind}: {message}")
        return "\n".join(lines)

    outer = traceback(spec.kind, spec.error_message, frames)
    if cause is None:
        return outer
    inner = traceback(cause.kind, cause.message, cause.frames)
    return f"{inner}\n\n{_PY_CAUSE_SEPARATOR}\n\n{outer}"


def _node_stack(spec: ErrorSpec, frames: tuple[Frame, ...], cause: Cause | None) -> str:
    def at(f: Frame) -> str:
        where = f"{f.file}:{f.line}:{f.col}" if f.line > 0 else f.file
        return f"    at {f.func} ({where})" if f.func else f"    at {where}"

    return "\n".join([f"{spec.kind}: {spec.error_message}", *map(at, frames)])


def _go_stack(spec: ErrorSpec, frames: tuple[Frame, ...], cause: Cause | None) -> str:
    if spec.go_style == "errors":  # github.com/pkg/errors "%+v": message, then func / file:line
        lines = [spec.error_message]
        for f in frames:
            lines += [f.func, f"\t{f.file}:{f.line}"]
        return "\n".join(lines)
    if spec.go_style == "panic":
        lines = [f"panic: {spec.error_message}"]
        if "nil pointer" in spec.error_message:
            pc = 0x400000 + zlib.crc32(frames[0].func.encode()) % 0xA00000
            lines.append(f"[signal SIGSEGV: segmentation violation code=0x1 addr=0x28 pc={pc:#x}]")
    else:
        lines = [f"fatal error: {spec.error_message}"]
    lines += ["", "goroutine {goroutine} [running]:"]
    for f in frames:
        offset = 0x1D + zlib.crc32(f"{f.func}:{f.line}".encode()) % 0x5E0
        lines.append(f.func if f.func.startswith("created by ") else f"{f.func}({f.code or '...'})")
        lines.append(f"\t{f.file}:{f.line} +{offset:#x}")
    return "\n".join(lines)


_RENDERERS: Final[
    Mapping[Language, Callable[[ErrorSpec, tuple[Frame, ...], Cause | None], str]]
] = {
    "java": _java_stack,
    "python": _python_stack,
    "node": _node_stack,
    "go": _go_stack,
}


def _stack_template(spec: ErrorSpec, deployed: bool) -> str:
    """The spec's stack trace with placeholders left in; after the deploy the file of the
    throw site has moved by ``line_shift`` lines."""
    if not spec.frames:
        return ""
    frames, cause = spec.frames, spec.cause
    if deployed and spec.line_shift:
        edited = frames[0].file

        def shift(fs: tuple[Frame, ...]) -> tuple[Frame, ...]:
            return tuple(
                replace(f, line=f.line + spec.line_shift) if f.file == edited and f.line else f
                for f in fs
            )

        frames = shift(frames)
        if cause is not None:
            cause = replace(cause, frames=shift(cause.frames))
    return _RENDERERS[SERVICES[spec.service].language](spec, frames, cause)


# --------------------------------------------------------------------------- time model

_MINUTE: Final = 60_000
_DAY: Final = 86_400_000
_BURST_SHARE: Final[Mapping[Pattern, float]] = {
    "steady": 0.1,
    "bursty": 0.5,
    "incident": 0.85,
    "regression": 0.25,
    "fixed": 0.25,
    "deploy": 1.0,
}
_ZIPF_EXPONENT: Final = 1.7


def _allocate(n: int, weights: Sequence[float], floor: int = 3) -> list[int]:
    """Split ``n`` by ``weights`` (largest remainder) with at least ``floor`` each if n allows."""
    k = len(weights)
    floor = min(floor, n // k)
    rest = n - floor * k
    total = sum(weights)
    raw = [rest * w / total for w in weights]
    counts = [int(x) for x in raw]
    for i in sorted(range(k), key=lambda i: (counts[i] - raw[i], i))[: rest - sum(counts)]:
        counts[i] += 1
    return [floor + c for c in counts]


def _activity(abs_ms: int) -> float:
    """Relative traffic by time of day (UTC): lowest at 03:00, highest at 15:00."""
    hour = (abs_ms % _DAY) / 3_600_000
    return 0.3 + 0.35 * (1 - math.cos(2 * math.pi * (hour - 3) / 24))


def _background_time(rng: random.Random, start_ms: int, lo: int, hi: int) -> int:
    t = rng.randrange(lo, hi)
    for _ in range(12):
        if rng.random() < _activity(start_ms + t):
            break
        t = rng.randrange(lo, hi)
    return t


def _spec_times(
    spec: ErrorSpec, count: int, seed: int, start_ms: int, span: int, deploy_at: int
) -> list[int]:
    """Millisecond offsets in ``[0, span)`` for ``count`` events of one spec."""
    rng = random.Random(f"{seed}/times/{spec.id}")
    lo, hi = 0, span
    if spec.pattern in ("regression", "deploy"):
        lo = deploy_at
    elif spec.pattern == "fixed":
        hi = deploy_at
    if hi <= lo:
        lo, hi = 0, span
    if spec.pattern == "deploy":  # crash-looping new pods right after the rollout
        centers, scale = [float(lo)], max(1.0, min(20 * _MINUTE, span / 40))
    else:
        centers = _incident_centers(seed, spec.incident, span) if spec.incident else []
        centers = [c for c in centers if lo <= c < hi]
        if not centers:
            centers = [rng.uniform(lo, hi) for _ in range(rng.randint(1, 3))]
        scale = max(1.0, min(6 * _MINUTE, span / 60))
    share = _BURST_SHARE[spec.pattern]
    times = []
    for _ in range(count):
        if rng.random() < share:
            t = int(rng.choice(centers) + rng.expovariate(1 / scale))
            if lo <= t < hi:
                times.append(t)
                continue
        times.append(_background_time(rng, start_ms, lo, hi))
    return times


@lru_cache(maxsize=64)
def _incident_centers(seed: int, incident: str, span: int) -> list[float]:
    rng = random.Random(f"{seed}/incident/{incident}")
    return [rng.uniform(0.03, 0.9) * span for _ in range(rng.randint(1, 2))]


# --------------------------------------------------------------------------- infrastructure


@dataclass(frozen=True, slots=True)
class _Pod:
    name: str
    host: str
    zone: str
    replica_set: str


@dataclass(frozen=True, slots=True)
class _Fleet:
    """Where each service runs, before and after its deploy, and when the deploy happens."""

    deploy_at: Mapping[str, int]
    pods: Mapping[str, tuple[tuple[_Pod, ...], tuple[_Pod, ...]]]

    @classmethod
    def build(cls, seed: int, span: int) -> _Fleet:
        rng = random.Random(f"{seed}/fleet")
        nodes = [
            (f"ip-10-0-{subnet}-{rng.randint(4, 250)}.ec2.internal", "abc"[subnet % 3])
            for subnet in (0, 1, 2, 0, 1, 2, 3, 4, 5, 3, 4, 5)
        ]
        deploy_at: dict[str, int] = {}
        pods: dict[str, tuple[tuple[_Pod, ...], tuple[_Pod, ...]]] = {}
        for name, service in SERVICES.items():
            deploy_at[name] = int(span * rng.uniform(0.45, 0.6))
            generations = []
            for _ in range(2):
                rs = f"{name}-{_pick(rng, _K8S_ALPHABET, 10)}"
                generation = []
                for _ in range(service.replicas):
                    host, zone = rng.choice(nodes)
                    pod = f"{rs}-{_pick(rng, _K8S_ALPHABET, 5)}"
                    generation.append(_Pod(pod, host, f"eu-west-1{zone}", rs))
                generations.append(tuple(generation))
            pods[name] = (generations[0], generations[1])
        return cls(deploy_at, pods)


# --------------------------------------------------------------------------- events


def _add_leak(kind: str, attrs: dict[str, Any], values: _Values, rng: random.Random) -> None:
    """Put one piece of PII or a secret where real services tend to log it."""
    if kind == "auth_header" and "http" in attrs:
        attrs["http"]["request_headers"] = {"authorization": "Bearer " + values["jwt"]}
    elif kind == "client_ip":
        attrs["network"] = {"client": {"ip": _public_ip(rng)}}
    elif kind == "card":
        attrs["payment_method"] = {"type": "card", "card_number": values["card"]}
    elif kind == "aws_key":
        attrs["aws"] = {"access_key_id": values["aws_key"], "region": "eu-west-1"}
    else:
        usr = attrs.setdefault("usr", {})
        usr.update(id=values["customer_id"], email=values["email"])
        if kind == "phone":
            usr["phone"] = values["phone"]


_LEAK_RATE: Final = 0.08


def _render(
    spec: ErrorSpec,
    abs_ms: int,
    seq: int,
    deployed: bool,
    pod: _Pod,
    stack: str,
    rng: random.Random,
) -> dict[str, Any]:
    service = SERVICES[spec.service]
    version = service.versions[deployed]
    values = _Values(rng)
    attrs: dict[str, Any] = {}
    if spec.kind:
        error = {"kind": spec.kind, "message": _fill(spec.error_message, values)}
        if stack:
            error["stack"] = _fill(stack, values)
        attrs["error"] = error
    logger = {"name": spec.logger or service.name}
    thread = spec.thread or _DEFAULT_THREAD[service.language]
    if thread:
        logger["thread_name"] = _fill(thread, values)
    attrs["logger"] = logger
    attrs["dd"] = {
        "trace_id": str(rng.getrandbits(63)),
        "span_id": str(rng.getrandbits(63)),
        "service": service.name,
        "env": "production",
        "version": version,
    }
    if spec.http is not None:
        path = _fill(spec.http.path, values)
        scheme, _, host = service.base_url.partition("://")
        attrs["http"] = {
            "method": spec.http.method,
            "status_code": spec.http.status,
            "url": service.base_url + path,
            "url_details": {"scheme": scheme, "host": host, "path": path},
            "useragent": rng.choice(_USER_AGENTS),
            "request_id": _hex(rng, 32),
        }
    if rng.random() < _LEAK_RATE:
        _add_leak(rng.choice(service.leaks), attrs, values, rng)
    message = _fill(spec.message, values) if spec.message else attrs["error"]["message"]
    moment = _EPOCH + timedelta(milliseconds=abs_ms)
    raw_id = (
        b"\x01" + abs_ms.to_bytes(8, "big") + b"\0\0\0" + rng.randbytes(8) + seq.to_bytes(4, "big")
    )
    return {
        "id": _b64url(raw_id),
        "type": "log",
        "attributes": {
            "timestamp": f"{moment:%Y-%m-%dT%H:%M:%S}.{abs_ms % 1000:03d}Z",
            "message": message,
            "service": service.name,
            "host": pod.host,
            "status": "error",
            "tags": [
                "env:production",
                f"service:{service.name}",
                f"version:{version}",
                f"source:{service.language}",
                f"team:{service.team}",
                "kube_cluster_name:prod-eu-west-1",
                f"kube_namespace:{service.namespace}",
                f"kube_deployment:{service.name}",
                f"kube_replica_set:{pod.replica_set}",
                f"pod_name:{pod.name}",
                f"availability-zone:{pod.zone}",
            ],
            "attributes": attrs,
        },
    }


_EPOCH: Final = datetime(1970, 1, 1, tzinfo=UTC)


def _epoch_ms(moment: datetime) -> int:
    """Milliseconds since the epoch, rounded up; naive datetimes are taken as UTC."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    micros = (moment - _EPOCH) // timedelta(microseconds=1)
    return -(-micros // 1000)


def generate_events(
    n: int,
    *,
    seed: int = 7,
    start: datetime,
    end: datetime,
    services: Sequence[str] | None = None,
) -> Iterator[tuple[str, dict[str, Any]]]:
    """``n`` error log events in ``[start, end)``, in timestamp order, as ``(spec_id, event)``.

    The output depends only on the arguments. ``services`` restricts the catalogue to those
    services (``ValueError`` for an unknown one).
    """
    if n < 0:
        raise ValueError(f"n must be >= 0, not {n}")
    start_ms, end_ms = _epoch_ms(start), _epoch_ms(end)
    if end_ms <= start_ms:
        raise ValueError("end must be after start")
    wanted = [services] if isinstance(services, str) else services
    if wanted is not None:
        unknown = sorted(set(wanted) - set(SERVICES))
        if unknown or not wanted:
            raise ValueError(f"unknown services {unknown}; known: {sorted(SERVICES)}")
    specs = [s for s in ERROR_SPECS if wanted is None or s.service in wanted]
    return _events(n, seed, start_ms, end_ms - start_ms, specs)


def _events(
    n: int, seed: int, start_ms: int, span: int, specs: Sequence[ErrorSpec]
) -> Iterator[tuple[str, dict[str, Any]]]:
    fleet = _Fleet.build(seed, span)
    counts = _allocate(n, [(s.rank + 1) ** -_ZIPF_EXPONENT for s in specs])
    schedule: list[tuple[int, int]] = []
    for index, (spec, count) in enumerate(zip(specs, counts, strict=True)):
        deploy_at = fleet.deploy_at[spec.service]
        times = _spec_times(spec, count, seed, start_ms, span, deploy_at)
        schedule.extend((t, index) for t in times)
    schedule.sort()
    stacks: dict[tuple[int, bool], str] = {}
    rng = random.Random(seed)
    for seq, (t, index) in enumerate(schedule):
        spec = specs[index]
        deployed = t >= fleet.deploy_at[spec.service]
        stack = stacks.get((index, deployed))
        if stack is None:
            stack = stacks[index, deployed] = _stack_template(spec, deployed)
        pod = rng.choice(fleet.pods[spec.service][deployed])
        yield spec.id, _render(spec, start_ms + t, seq, deployed, pod, stack, rng)


def write_jsonl(path: str | os.PathLike[str], events: Iterable[Mapping[str, Any]]) -> int:
    """Write one compact JSON object per line (UTF-8, ``\\n``); return how many were written."""
    count = 0
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        for event in events:
            out.write(json.dumps(event, ensure_ascii=False, separators=(",", ":")))
            out.write("\n")
            count += 1
    return count


# --------------------------------------------------------------------------- CLI


def _parse_time(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO 8601 time: {text!r}") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m dogcatcher.sample_data``: write sample events (and labels) as JSONL."""
    parser = argparse.ArgumentParser(
        prog="python -m dogcatcher.sample_data",
        description="Generate realistic, seeded Datadog error log events as JSONL.",
    )
    parser.add_argument("--events", type=int, default=2400, help="how many (default 2400)")
    parser.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    parser.add_argument(
        "--start", type=_parse_time, default=_parse_time("2026-11-01T00:00:00Z"),
        help="window start, ISO 8601, UTC if no offset (default 2026-11-01T00:00:00Z)",
    )  # fmt: skip
    parser.add_argument("--hours", type=float, default=24.0, help="window length (default 24)")
    parser.add_argument("--services", help="comma-separated subset of " + ",".join(SERVICES))
    parser.add_argument("--output", required=True, help="events JSONL to write")
    parser.add_argument("--labels", help='also write {"id": event_id, "group": spec_id} lines')
    args = parser.parse_args(argv)
    if args.events < 0 or args.hours <= 0:
        parser.error("--events must be >= 0 and --hours > 0")
    services = args.services.split(",") if args.services else None
    began = time.perf_counter()
    try:
        pairs = list(
            generate_events(
                args.events,
                seed=args.seed,
                start=args.start,
                end=args.start + timedelta(hours=args.hours),
                services=services,
            )
        )
    except ValueError as exc:
        parser.error(str(exc))
    write_jsonl(args.output, (event for _, event in pairs))
    if args.labels:
        write_jsonl(args.labels, ({"id": e["id"], "group": g} for g, e in pairs))
    groups = len({g for g, _ in pairs})
    elapsed = time.perf_counter() - began
    print(
        f"wrote {len(pairs)} events of {groups} errors to {args.output} in {elapsed:.2f}s",
        file=sys.stderr,
    )
    return 0


def _check_catalogue() -> None:
    """Fail at import on a catalogue mistake rather than with a KeyError mid-generation."""
    ids = [s.id for s in ERROR_SPECS]
    if len(set(ids)) != len(ids):
        raise ValueError("duplicate ErrorSpec ids")
    if sorted(s.rank for s in ERROR_SPECS) != list(range(1, len(ERROR_SPECS) + 1)):
        raise ValueError("ErrorSpec ranks must be 1..N, each once")
    for spec in ERROR_SPECS:
        service = SERVICES[spec.service]
        if spec.cause is not None and service.language in ("node", "go"):
            raise ValueError(f"{spec.id}: causes are rendered for Java and Python only")
        if spec.frames and not spec.kind:
            raise ValueError(f"{spec.id}: a stack needs an error kind")
        texts = [spec.message, spec.error_message, spec.thread, _stack_template(spec, True)]
        texts += [spec.http.path] if spec.http else []
        for text in texts:
            for name in _split(text)[1::2]:
                if name.rstrip("0123456789") not in _GENERATORS:
                    raise ValueError(f"{spec.id}: unknown placeholder {{{name}}}")


_check_catalogue()

if __name__ == "__main__":
    raise SystemExit(main())
