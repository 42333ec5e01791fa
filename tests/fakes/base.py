"""A small threaded HTTP server for protocol-level fakes, with knobs for latency and faults.

Each fake (Datadog, Jira, OpenAI) subclasses ``FakeService`` and implements ``route``.
The base records every request, then answers it with the next queued fault whose path
matches (an error status with headers, a hang longer than the client's timeout, a malformed
body, a dropped connection) or else the route, no sooner than the configured latency after
the request arrived: the latency is the service's whole answer time.
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Literal
from urllib.parse import parse_qs, urlsplit

__all__ = ["FakeService", "Fault", "Request", "Response", "json_response"]


@dataclass(frozen=True)
class Request:
    """One request as the fake received it."""

    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes
    received_at: float = field(default_factory=time.monotonic)  # when it arrived

    def json(self) -> Any:
        """The body parsed as JSON."""
        return json.loads(self.body or b"null")


@dataclass
class Response:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)


def json_response(
    payload: Any, status: int = 200, headers: dict[str, str] | None = None
) -> Response:
    """A JSON response with the right content type."""
    return Response(
        status=status,
        body=json.dumps(payload).encode(),
        headers={"Content-Type": "application/json", **(headers or {})},
    )


@dataclass
class Fault:
    """What the next matching request(s) get instead of a normal answer.

    kind: ``status`` answers ``status`` with ``headers`` and ``body``; ``hang`` sleeps
    ``seconds`` before answering normally (use more than the client's timeout);
    ``malformed`` answers 200 with a body that is not valid JSON; ``disconnect`` closes the
    connection without an answer.
    """

    kind: Literal["status", "hang", "malformed", "disconnect"] = "status"
    status: int = 500
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b'{"errors": ["injected fault"]}'
    seconds: float = 0.0
    times: int = 1
    path_prefix: str = ""  # only requests whose path starts with this


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    # Benchmarks open many connections at once; the default backlog of 5 stalls them.
    request_queue_size = 256


class FakeService:
    """Base of the fakes: start it, point the real client at ``base_url``, inspect
    ``requests``, and turn the knobs (``latency``, ``add_fault``)."""

    def __init__(self) -> None:
        self.requests: list[Request] = []
        # Requests being answered right now, and the most ever at once (concurrency limits).
        self.in_flight = 0
        self.peak_in_flight = 0
        self.latency: float = 0.0  # seconds added to every request
        self.route_latency: dict[str, float] = {}  # path prefix → extra seconds
        # Extra seconds per request, by anything in it (a create and a comment share a path
        # prefix but not a method and path): for benchmarks' latency models.
        self.latency_fn: Callable[[Request], float] | None = None
        self._faults: deque[Fault] = deque()
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # --- knobs ---------------------------------------------------------------------

    def add_fault(self, fault: Fault) -> None:
        """Queue a fault; faults are used in the order they were added."""
        with self._lock:
            self._faults.append(fault)

    def clear_faults(self) -> None:
        """Drop every queued fault (for fakes shared by several tests)."""
        with self._lock:
            self._faults.clear()

    def _take_fault(self, path: str) -> Fault | None:
        with self._lock:
            for fault in self._faults:
                if path.startswith(fault.path_prefix):
                    fault.times -= 1
                    if fault.times <= 0:
                        self._faults.remove(fault)
                    return fault
        return None

    # --- life cycle ----------------------------------------------------------------

    @property
    def base_url(self) -> str:
        assert self._server is not None, "start() the fake first"
        port = self._server.server_address[1]
        return f"http://127.0.0.1:{port}"

    def start(self) -> str:
        """Serve on 127.0.0.1 at a random free port; returns the base URL."""
        service = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            # Head and body go out in two writes: without TCP_NODELAY, Nagle's algorithm and
            # the client's delayed ACK add ~40 ms to every request.
            disable_nagle_algorithm = True

            def log_message(self, format: str, *args: Any) -> None:  # quiet
                pass

            def _handle(self) -> None:
                service._serve(self)

            do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _handle

        self._server = _Server(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self.base_url

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    @contextmanager
    def running(self) -> Iterator[FakeService]:
        self.start()
        try:
            yield self
        finally:
            self.stop()

    # --- serving -------------------------------------------------------------------

    def route(self, request: Request) -> Response:
        """Answer one request; subclasses implement the API."""
        raise NotImplementedError

    def _serve(self, handler: BaseHTTPRequestHandler) -> None:
        length = int(handler.headers.get("Content-Length") or 0)
        body = handler.rfile.read(length) if length else b""
        parts = urlsplit(handler.path)
        request = Request(
            method=handler.command,
            path=parts.path,
            query=parse_qs(parts.query),
            headers={k.lower(): v for k, v in handler.headers.items()},
            body=body,
        )
        with self._lock:
            self.requests.append(request)
            self.in_flight += 1
            self.peak_in_flight = max(self.peak_in_flight, self.in_flight)
        try:
            self._answer(handler, request)
        finally:
            with self._lock:
                self.in_flight -= 1

    def _answer(self, handler: BaseHTTPRequestHandler, request: Request) -> None:
        started = time.monotonic()
        delay = self.latency + sum(
            seconds
            for prefix, seconds in self.route_latency.items()
            if request.path.startswith(prefix)
        )
        if self.latency_fn is not None:
            delay += self.latency_fn(request)
        fault = self._take_fault(request.path)
        if fault is None:
            response = self._route(request)
        elif fault.kind == "status":
            response = Response(
                fault.status, fault.body, {"Content-Type": "application/json", **fault.headers}
            )
        elif fault.kind == "malformed":
            response = Response(
                200, b'{"data": [ this is not json', {"Content-Type": "application/json"}
            )
        # The latency is how long the service takes to answer: the time the fake took to
        # build its answer (a page of 1,000 events is ~20 ms of JSON) counts in it.
        remaining = delay - (time.monotonic() - started)
        if remaining > 0:
            time.sleep(remaining)
        if fault is not None and fault.kind == "disconnect":
            handler.close_connection = True
            handler.connection.close()
            return
        if fault is not None and fault.kind == "hang":
            time.sleep(fault.seconds)
            response = self._route(request)  # answered, after the client gave up
        self._send(handler, response)

    def _route(self, request: Request) -> Response:
        try:
            return self.route(request)
        except Exception as exc:  # a bug in the fake must show, not hang the client
            return json_response({"errors": [f"fake crashed: {exc!r}"]}, status=500)

    @staticmethod
    def _send(handler: BaseHTTPRequestHandler, response: Response) -> None:
        try:
            handler.send_response(response.status)
            for name, value in response.headers.items():
                handler.send_header(name, value)
            handler.send_header("Content-Length", str(len(response.body)))
            handler.end_headers()
            handler.wfile.write(response.body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (e.g. its timeout fired): nothing to answer
