"""RuleAnalyzer: realistic errors from Java, Python, Node and Go land in the right category,
with the right severity, and their analyses are valid, bounded and name the error."""

from __future__ import annotations

from typing import Any

import pytest

from dogcatcher.analysis import HIGH_VOLUME, RuleAnalyzer, build_analyzer, site
from dogcatcher.exceptions import ConfigError
from dogcatcher.grouping import group_events
from dogcatcher.models import Analysis, Category, ErrorGroup, LogEvent, Severity, StackFrame
from dogcatcher.settings import Settings
from tests.conftest import JAVA_STACK, datadog_event

PYTHON_CONFIG_TRACEBACK = (
    "Traceback (most recent call last):\n"
    '  File "/app/payments/client.py", line 14, in build_client\n'
    '    api_key = os.environ["STRIPE_API_KEY"]\n'
    '  File "<frozen os>", line 679, in __getitem__\n'
    "KeyError: 'STRIPE_API_KEY'\n"
)

GO_NIL_PANIC = (
    "panic: runtime error: invalid memory address or nil pointer dereference\n"
    "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x4a3f2b]\n"
    "\n"
    "goroutine 18 [running]:\n"
    "main.(*Handler).ServeOrder(0xc000010000)\n"
    "\t/app/handler.go:57 +0x2b\n"
)


NODE_AXIOS_503 = (
    "AxiosError: Request failed with status code 503\n"
    "    at settle (/app/node_modules/axios/lib/core/settle.js:19:12)\n"
    "    at IncomingMessage.handleStreamEnd (/app/node_modules/axios/lib/adapters/http.js:599:11)\n"
    "    at process.processTicksAndRejections (node:internal/process/task_queues:82:21)\n"
    "    at async getOrder (/app/src/upstreams/orders.js:31:20)\n"
)

NODE_TYPE_ERROR = (
    "TypeError: Cannot read properties of undefined (reading 'total')\n"
    "    at computeTotal (/app/src/cart.js:42:17)\n"
    "    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)\n"
    "    at async cartHandler (/app/src/routes/cart.js:12:3)\n"
)


def group_of(count: int = 1, **fields: Any) -> ErrorGroup:
    """The group of ``count`` events built with ``datadog_event(**fields)``."""
    events = [LogEvent.from_datadog(datadog_event(n, **fields)) for n in range(count)]
    (group,) = group_events(events)
    return group


def analyze(**fields: Any) -> Analysis:
    return RuleAnalyzer().analyze(group_of(**fields))


H, M, L, C = Severity.HIGH, Severity.MEDIUM, Severity.LOW, Severity.CRITICAL


CATEGORY_ROWS = [
    # database
    pytest.param(
        {
            "kind": "java.sql.SQLTransientConnectionException",
            "message": "HikariPool-1 - Connection is not available, request timed out after "
            "30000ms.",
        },
        Category.DATABASE,
        H,
        True,
        id="database-java-hikari-pool-over-timeout",
    ),
    pytest.param(
        {
            "kind": "psycopg2.errors.DeadlockDetected",
            "message": "deadlock detected",
        },
        Category.DATABASE,
        H,
        True,
        id="database-python-deadlock",
    ),
    pytest.param(
        {"kind": None, "message": "ORA-00060: deadlock detected while waiting for resource"},
        Category.DATABASE,
        H,
        True,
        id="database-oracle-code",
    ),
    # timeout
    pytest.param(
        {
            "kind": "requests.exceptions.ReadTimeout",
            "message": "HTTPSConnectionPool(host='api.stripe.com', port=443): Read timed out. "
            "(read timeout=10)",
        },
        Category.TIMEOUT,
        M,
        True,
        id="timeout-python-requests",
    ),
    pytest.param(
        {"kind": None, "message": "charge {n}: context deadline exceeded"},
        Category.TIMEOUT,
        M,
        True,
        id="timeout-go-context",
    ),
    pytest.param(
        {"kind": "java.net.SocketTimeoutException", "message": "Read timed out"},
        Category.TIMEOUT,
        M,
        True,
        id="timeout-java-socket",
    ),
    # network
    pytest.param(
        {"kind": "Error", "message": "connect ECONNREFUSED <ip>:6379"},
        Category.NETWORK,
        H,
        True,
        id="network-node-econnrefused",
    ),
    pytest.param(
        {
            "kind": "java.net.UnknownHostException",
            "message": "payments.internal: Name or service not known",
        },
        Category.NETWORK,
        H,
        True,
        id="network-java-dns",
    ),
    pytest.param(
        {
            "kind": "*net.OpError",
            "message": "dial tcp <ip>:8443: connect: connection refused",
        },
        Category.NETWORK,
        H,
        True,
        id="network-go-dial",
    ),
    pytest.param(
        {
            "kind": "*url.Error",
            "message": 'Post "http://fraud.risk.svc.cluster.local:8080/v2/score": dial tcp: '
            "lookup fraud.risk.svc.cluster.local on <ip>:53: no such host",
        },
        Category.NETWORK,
        H,
        True,
        id="network-go-dns",
    ),
    pytest.param(
        {
            "kind": None,
            "message": "rpc error: code = Unavailable desc = connection error: transport dialing",
        },
        Category.NETWORK,
        H,
        True,
        id="network-go-grpc-unavailable",
    ),
    # http_5xx
    pytest.param(
        {
            "kind": "requests.exceptions.HTTPError",
            "message": "500 Server Error: Internal Server Error for url: "
            "https://api.acme.io/v1/charges",
        },
        Category.HTTP_5XX,
        H,
        True,
        id="http_5xx-python-requests",
    ),
    pytest.param(
        {"kind": "AxiosError", "message": "Request failed with status code 502"},
        Category.HTTP_5XX,
        H,
        True,
        id="http_5xx-node-axios",
    ),
    pytest.param(
        {
            "kind": "org.springframework.web.client.HttpServerErrorException",
            "message": "503 Service Unavailable: upstream inventory",
        },
        Category.HTTP_5XX,
        H,
        True,
        id="http_5xx-java-service-unavailable",
    ),
    pytest.param(
        {
            "kind": "javax.ws.rs.ServiceUnavailableException",
            "message": "HTTP 503 Service Unavailable",
        },
        Category.HTTP_5XX,
        H,
        True,
        id="http_5xx-java-jaxrs-service-unavailable",
    ),
    pytest.param(
        {
            "kind": "AxiosError",
            "message": "Request failed with status code 503",
            "stack": NODE_AXIOS_503,
        },
        Category.HTTP_5XX,
        H,
        True,
        id="http_5xx-node-axios-stack-through-task_queues-is-not-queue",
    ),
    # http_4xx
    pytest.param(
        {"kind": "AxiosError", "message": "Request failed with status code 422"},
        Category.HTTP_4XX,
        L,
        False,
        id="http_4xx-node-axios",
    ),
    pytest.param(
        {
            "kind": "requests.exceptions.HTTPError",
            "message": "404 Client Error: Not Found for url: https://api.acme.io/v1/orders/7",
        },
        Category.HTTP_4XX,
        L,
        False,
        id="http_4xx-python-requests",
    ),
    # auth
    pytest.param(
        {"kind": "JsonWebTokenError", "message": "invalid signature"},
        Category.AUTH,
        M,
        True,
        id="auth-node-jwt",
    ),
    pytest.param(
        {
            "kind": "org.springframework.security.access.AccessDeniedException",
            "message": "Access is denied",
        },
        Category.AUTH,
        M,
        True,
        id="auth-java-spring-access-denied",
    ),
    pytest.param(
        {
            "kind": "requests.exceptions.HTTPError",
            "message": "401 Client Error: Unauthorized for url: https://api.acme.io/v1/me",
        },
        Category.AUTH,
        M,
        True,
        id="auth-python-401",
    ),
    # out_of_memory
    pytest.param(
        {"kind": "java.lang.OutOfMemoryError", "message": "Java heap space"},
        Category.OUT_OF_MEMORY,
        C,
        True,
        id="out_of_memory-java-heap",
    ),
    pytest.param(
        {"kind": "MemoryError", "message": "unable to allocate array for batch {n}"},
        Category.OUT_OF_MEMORY,
        C,
        True,
        id="out_of_memory-python",
    ),
    pytest.param(
        {"kind": None, "message": "fatal error: runtime: out of memory"},
        Category.OUT_OF_MEMORY,
        C,
        True,
        id="out_of_memory-go",
    ),
    # disk
    pytest.param(
        {
            "kind": "OSError",
            "message": "[Errno 28] No space left on device: '/var/lib/app/cache/x'",
        },
        Category.DISK,
        C,
        True,
        id="disk-python",
    ),
    pytest.param(
        {"kind": "Error", "message": "ENOSPC: no space left on device, write"},
        Category.DISK,
        C,
        True,
        id="disk-node",
    ),
    # configuration
    pytest.param(
        {"kind": "KeyError", "message": "'STRIPE_API_KEY'", "stack": PYTHON_CONFIG_TRACEBACK},
        Category.CONFIGURATION,
        H,
        True,
        id="configuration-python-missing-env",
    ),
    pytest.param(
        {"kind": "KeyError", "message": "'DATABASE_URL'"},
        Category.CONFIGURATION,
        H,
        True,
        id="configuration-python-missing-database-url",
    ),
    pytest.param(
        {"kind": "Error", "message": "Missing required environment variable STRIPE_KEY"},
        Category.CONFIGURATION,
        H,
        True,
        id="configuration-node",
    ),
    # queue
    pytest.param(
        {
            "kind": "org.apache.kafka.common.errors.RecordTooLargeException",
            "message": "The message is 2097152 bytes when serialized which is larger than "
            "the maximum request size",
        },
        Category.QUEUE,
        H,
        True,
        id="queue-java-kafka",
    ),
    pytest.param(
        {
            "kind": "botocore.errorfactory.QueueDoesNotExist",
            "message": "An error occurred (AWS.SimpleQueueService.NonExistentQueue) when "
            "calling the SendMessage operation",
        },
        Category.QUEUE,
        H,
        True,
        id="queue-python-sqs",
    ),
    # code
    pytest.param(
        {"kind": None, "stack": JAVA_STACK.format(line=42)},
        Category.CODE,
        M,
        True,
        id="code-java-npe",
    ),
    pytest.param(
        {
            "kind": "AttributeError",
            "message": "'NoneType' object has no attribute 'total'",
        },
        Category.CODE,
        M,
        True,
        id="code-python-attribute",
    ),
    pytest.param(
        {"kind": "KeyError", "message": "'user_id'"},
        Category.CODE,
        M,
        True,
        id="code-python-lowercase-key-is-not-configuration",
    ),
    pytest.param(
        {
            "kind": "TypeError",
            "message": "Cannot read properties of undefined (reading 'total')",
        },
        Category.CODE,
        M,
        True,
        id="code-node-type",
    ),
    pytest.param(
        {
            "kind": None,
            "message": "runtime error: invalid memory address or nil pointer dereference",
            "stack": GO_NIL_PANIC,
        },
        Category.CODE,
        M,
        True,
        id="code-go-nil-panic",
    ),
    pytest.param(
        {
            "kind": "KeyError",
            "message": "'user_id'",
            "stack": "Traceback (most recent call last):\n"
            '  File "/app/users.py", line 9, in profile\n'
            '    return row["user_id"]\n'
            "KeyError: 'user_id'\n",
        },
        Category.CODE,
        M,
        True,
        id="code-python-lowercase-key-in-traceback-is-not-configuration",
    ),
    pytest.param(
        {
            "kind": "TypeError",
            "message": "Cannot read properties of undefined (reading 'total')",
            "stack": NODE_TYPE_ERROR,
        },
        Category.CODE,
        M,
        True,
        id="code-node-stack-through-task_queues-is-not-queue",
    ),
    # numbers that only look like HTTP statuses
    pytest.param(
        {"kind": None, "stack": JAVA_STACK.format(line=403)},
        Category.CODE,
        M,
        True,
        id="code-java-npe-at-line-403-is-not-auth",
    ),
    pytest.param(
        {
            "kind": "TypeError",
            "message": "unsupported operand type(s) for +: 'int' and 'NoneType'",
            "stack": "Traceback (most recent call last):\n"
            '  File "/app/api.py", line 404, in build_response\n'
            "    total = a + b\n"
            "TypeError: unsupported operand type(s) for +: 'int' and 'NoneType'\n",
        },
        Category.CODE,
        M,
        True,
        id="code-python-line-404-in-build_response-is-not-4xx",
    ),
    pytest.param(
        {"kind": "java.lang.IllegalStateException", "message": "order 403 has no lines"},
        Category.CODE,
        M,
        True,
        id="code-order-id-403-is-not-auth",
    ),
    # unknown
    pytest.param(
        {"kind": "jinja2.exceptions.TemplateNotFound", "message": "order_shipped_v3.html"},
        Category.UNKNOWN,
        M,
        True,
        id="unknown-TemplateNotFound-is-not-ENOTFOUND",
    ),
    pytest.param(
        {"kind": None, "message": "order reconciliation produced an unexpected total"},
        Category.UNKNOWN,
        M,
        True,
        id="unknown",
    ),
]


@pytest.mark.parametrize(("fields", "category", "severity", "actionable"), CATEGORY_ROWS)
def test_rule_categories(
    fields: dict[str, Any], category: Category, severity: Severity, actionable: bool
) -> None:
    analysis = analyze(**fields)
    assert (analysis.category, analysis.severity, analysis.actionable) == (
        category,
        severity,
        actionable,
    )
    assert analysis.analyzer == "rule"
    assert analysis.suggested_actions
    assert analysis.confidence == (0.2 if category is Category.UNKNOWN else 0.6)


def test_every_category_has_a_row() -> None:
    # Keeps the table above honest when a category is added.
    assert {row.values[1] for row in CATEGORY_ROWS} == set(Category)


@pytest.mark.parametrize(
    ("fields", "count", "severity"),
    [
        pytest.param(
            {"kind": "java.lang.NullPointerException"}, HIGH_VOLUME - 1, M, id="code-499-medium"
        ),
        pytest.param(
            {"kind": "java.lang.NullPointerException"}, HIGH_VOLUME, H, id="code-500-high"
        ),
        pytest.param(
            {"kind": "AxiosError", "message": "Request failed with status code 422"},
            HIGH_VOLUME,
            M,
            id="http_4xx-500-low-to-medium",
        ),
        pytest.param(
            {"kind": "psycopg2.errors.DeadlockDetected", "message": "deadlock detected"},
            100_000,
            H,
            id="database-stays-high",
        ),
        pytest.param(
            {"kind": "java.lang.OutOfMemoryError", "message": "Java heap space"},
            100_000,
            C,
            id="out_of_memory-stays-critical",
        ),
        pytest.param(
            {"kind": None, "message": "reconciliation produced an unexpected total"},
            HIGH_VOLUME,
            H,
            id="unknown-500-high",
        ),
    ],
)
def test_high_volume_raises_severity(
    fields: dict[str, Any], count: int, severity: Severity
) -> None:
    group = group_of(**fields).model_copy(update={"count": count})
    assert RuleAnalyzer().analyze(group).severity is severity


@pytest.mark.parametrize(
    ("fields", "expected_start"),
    [
        pytest.param(
            {"kind": None, "stack": JAVA_STACK.format(line=42)},
            "NullPointerException in CartService.total (checkout): ",
            id="java-short-kind-class-and-method",
        ),
        pytest.param(
            {"kind": "AttributeError", "message": "'NoneType' object has no attribute 'total'"},
            "AttributeError (checkout): 'NoneType' object has no attribute",
            id="python-no-stack",
        ),
        pytest.param(
            {"kind": None, "message": "reconciliation produced an unexpected total"},
            "Error (checkout): reconciliation",
            id="no-kind",
        ),
        pytest.param(
            {"kind": None, "message": "x", "stack": GO_NIL_PANIC, "service": "orders"},
            "panic in ",
            id="go-panic",
        ),
    ],
)
def test_title_names_the_kind(fields: dict[str, Any], expected_start: str) -> None:
    assert analyze(**fields).title.startswith(expected_start)


@pytest.mark.parametrize(
    ("function", "file", "expected"),
    [
        ("com.acme.checkout.cart.CartService.total", "CartService.java", "CartService.total"),
        (
            "com.acme.checkout.cart.CartService.lambda$addItems",
            "CartService.java",
            "CartService.addItems",
        ),
        (
            "Acme.Orders.OrderService.<PlaceAsync>d__.MoveNext",
            "/src/OrderService.cs",
            "OrderService.PlaceAsync",
        ),
        ("Acme.Orders.OrderService.Place", None, "OrderService.Place"),
        ("send", "/app/notifications/channels/email.py", "email.send"),
        ("load", "/app/catalog/settings/__init__.py", "settings.load"),
        ("<module>", "/app/manage.py", "manage"),
        ("main", "/app/orders/cli.py", "cli.main"),
        ("main", "/app/src/index.js", "main"),
        (
            "github.com/acme/shipping/internal/label.(*Service).Create",
            "/app/internal/label/service.go",
            "Service.Create",
        ),
        ("main.runReconcile", "/app/cmd/payments/main.go", "main.runReconcile"),
        ("block (2 levels) in place", "/app/models/order.rb", "place"),
        ("Order#place", "/app/models/order.rb", "Order#place"),
        ("async getOrder", "/app/src/orders.js", "getOrder"),
        ("new OrderForm", "/app/src/form.js", "OrderForm"),
        ("Object.<anonymous>", "/app/src/index.js", None),
    ],
)
def test_a_site_names_the_code_a_frame_ran(
    function: str, file: str | None, expected: str | None
) -> None:
    assert site(StackFrame(function=function, file=file)) == expected


@pytest.mark.timeout(60)
def test_a_node_name_of_a_huge_whitespace_run_is_named_in_linear_time() -> None:
    # The "[as method]" wrapper's pattern is tried from each character of a whitespace run:
    # 400,000 of them took two minutes, once per group and run.
    name = "handler" + " " * 400_000 + "x"
    assert site(StackFrame(function=name, file="/app/src/a.js")) == name
    assert site(StackFrame(function="async fn [as x]", file="/app/src/a.js")) == "fn"


HIBERNATE_THROWN = """\
org.hibernate.exception.ConstraintViolationException: could not execute statement
\tat org.hibernate.exception.internal.SQLStateConversionDelegate.convert(SQLState.java:95)
\tat org.hibernate.engine.jdbc.spi.SqlExceptionHelper.convert(SqlExceptionHelper.java:56)
\tat com.acme.orders.webhook.PaymentWebhookController.receive(PaymentWebhookController.java:48)
\tat org.apache.catalina.core.ApplicationFilterChain.doFilter(ApplicationFilterChain.java:166)
"""
NODE_REFUSED = """\
Error: connect ECONNREFUSED 10.0.0.7:5432
    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1607:16)
"""


@pytest.mark.parametrize(
    ("stack", "expected_start"),
    [
        pytest.param(
            HIBERNATE_THROWN,
            "ConstraintViolationException in PaymentWebhookController.receive (checkout): ",
            id="thrown-in-a-library-names-the-service-code",
        ),
        pytest.param(NODE_REFUSED, "Error (checkout): ", id="only-runtime-frames-name-none"),
    ],
)
def test_a_title_names_the_services_own_code(stack: str, expected_start: str) -> None:
    kind = stack.split(":", 1)[0]
    assert analyze(kind=kind, message="x", stack=stack).title.startswith(expected_start)


def test_long_title_is_cut_to_120_characters() -> None:
    message = "order {n} failed because " + "the warehouse did not answer " * 10
    analysis = analyze(kind="com.acme.warehouse.WarehouseUnavailableException", message=message)
    assert len(analysis.title) == 120
    assert analysis.title.endswith("…")
    assert analysis.title.startswith("WarehouseUnavailableException (checkout): order <num>")


def test_analysis_is_valid_and_summarizes_the_group() -> None:
    group = group_of(5, kind="java.lang.IllegalStateException", message="order {n} failed")
    analysis = RuleAnalyzer().analyze(group)

    assert Analysis.model_validate(analysis.model_dump()) == analysis
    assert analysis.summary.startswith(
        "5 occurrence(s) of java.lang.IllegalStateException in checkout on 1 host(s) between "
        "2026-11-01 12:00 and 2026-11-01 12:00 UTC."
    )
    assert analysis.summary.endswith("Message template: order <num> failed")


def test_very_long_template_keeps_the_analysis_valid() -> None:
    group = group_of(kind="ValueError", message="bad input " + "x" * 490)
    group = group.model_copy(update={"template": "y" * 5000, "services": ("s" * 300,)})
    analysis = RuleAnalyzer().analyze(group)
    assert len(analysis.title) <= 120
    assert len(analysis.summary) <= 2000
    Analysis.model_validate(analysis.model_dump())


def test_build_analyzer_from_settings() -> None:
    assert isinstance(build_analyzer(Settings()), RuleAnalyzer)
    bogus = Settings().model_copy(
        update={"analyzer": Settings().analyzer.model_copy(update={"kind": "gpt"})}
    )
    with pytest.raises(ConfigError, match="unknown analyzer 'gpt'"):
        build_analyzer(bogus)
