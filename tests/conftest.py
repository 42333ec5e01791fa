"""Shared fixtures: Datadog-shaped events, JSONL files, and an isolated Prefect."""

from __future__ import annotations

import json
import os
import socket
import uuid
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import strategies as st

from dogcatcher.exceptions import SourceError

BASE_TIME = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)

JAVA_STACK = (
    'java.lang.NullPointerException: Cannot invoke "Cart.total()" because "cart" is null\n'
    "\tat com.acme.checkout.CartService.total(CartService.java:{line})\n"
    "\tat com.acme.checkout.CheckoutController.submit(CheckoutController.java:88)\n"
    "\tat org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:897)\n"
)


def datadog_event(
    n: int,
    *,
    message: str = "order {n} failed",
    service: str = "checkout",
    kind: str | None = "java.lang.IllegalStateException",
    stack: str | None = None,
    at: datetime | None = None,
    host: str = "ip-10-0-0-1.ec2.internal",
    env: str = "production",
) -> dict[str, Any]:
    """One event in the shape of ``data[]`` of Datadog's logs search (v2)."""
    error: dict[str, Any] = {"message": message.format(n=n)}
    if kind:
        error["kind"] = kind
    if stack:
        error["stack"] = stack
    return {
        "id": f"AQAAAZ{n:012d}",
        "type": "log",
        "attributes": {
            "timestamp": (at or BASE_TIME + timedelta(seconds=n))
            .isoformat()
            .replace("+00:00", "Z"),
            "message": message.format(n=n),
            "service": service,
            "host": host,
            "status": "error",
            "tags": [f"env:{env}", "version:1.2.3"],
            "attributes": {
                "error": error,
                "logger": {"name": f"com.acme.{service}"},
                "dd": {"trace_id": str(10**18 + n)},
            },
        },
    }


def write_jsonl(path: Path, records: Iterable[dict[str, Any] | str]) -> Path:
    """Write records (dicts as JSON, strings as they are) one per line."""
    with path.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(record if isinstance(record, str) else json.dumps(record))
            handle.write("\n")
    return path


_TEXTS = st.one_of(
    st.sampled_from(["x", "checkout", "env:prod", "0", "", "2026-11-01T00:00:00Z", "a\udc00"]),
    st.none(),
)
# Built afresh for each draw: a shared object would be filled in by later draws.
_ODD = st.one_of(
    st.integers(-2, 10**20),
    st.booleans(),
    st.builds(list),
    st.builds(lambda: ["a", 1]),
    st.builds(dict),
)
# As Datadog writes them, and as other tools do (numbers are epoch milliseconds).
_TIMESTAMPS = st.sampled_from(
    [
        "2026-11-01T00:00:00.5Z",
        "2026-11-01T00:00:00Z",
        "2026-11-01T00:00:00.123456789Z",
        "2026-11-01T01:00:00+01:00",
        "2026-11-01 00:00:00Z",
        "2026-11-01T00:00:00",
        1_793_491_200_000,
        1_793_491_200.5,
    ]
)
# Where a value sits in a raw event; the last name is the field.
_PLACES = [
    ("id",),
    *(("attributes", key) for key in ("timestamp", "message", "service", "host", "status")),
    ("attributes", "tags"),
    ("attributes", "attributes"),
    ("attributes", "attributes", "error"),
    *(("attributes", "attributes", "error", key) for key in ("kind", "message", "stack")),
    ("attributes", "attributes", "logger"),
    ("attributes", "attributes", "logger", "name"),
    ("attributes", "attributes", "dd"),
    ("attributes", "attributes", "dd", "trace_id"),
    ("attributes", "attributes", "trace_id"),
]


@st.composite
def raw_datadog_events(draw: st.DrawFn) -> Any:
    """Mostly well-formed events (texts, null and empty strings, some fields absent), a
    few with one odd value anywhere (a number, a list, an object where text belongs, or
    text where an object belongs)."""
    raw: dict[str, Any] = {"attributes": {"attributes": {"error": {}, "logger": {}, "dd": {}}}}
    for place in _PLACES:
        parent = raw
        for key in place[:-1]:
            parent = parent[key]
        if isinstance(parent.get(place[-1]), dict):
            continue  # an object of the shape; odd values come below
        if place[-1] == "tags":
            parent["tags"] = draw(st.lists(_TEXTS.filter(lambda t: t is not None), max_size=3))
        elif place[-1] == "timestamp":
            parent["timestamp"] = draw(_TIMESTAMPS)
        elif draw(st.integers(0, 4)):
            parent[place[-1]] = draw(_TEXTS)
    for place in draw(st.lists(st.sampled_from(_PLACES), max_size=2)):
        parent = raw
        for key in place[:-1]:
            if not isinstance(parent.get(key), dict):
                break
            parent = parent[key]
        else:
            parent[place[-1]] = draw(st.one_of(_ODD, _TEXTS))
    return raw


def parse_outcome(parse: Callable[[Any], Any], raw: Any) -> Any:
    """What ``parse(raw)`` gives: the event, or the message of the ``SourceError`` it raises."""
    try:
        return parse(raw)
    except SourceError as exc:
        return str(exc)


@pytest.fixture
def event_factory() -> Callable[..., dict[str, Any]]:
    return datadog_event


@pytest.fixture(scope="session")
def prefect_harness() -> Iterator[None]:
    """A throwaway Prefect API and database for the whole session (starts in ~13 s)."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=90):
        yield


REDIS_HOST, REDIS_PORT = "127.0.0.1", 6379
REDIS_URL = f"redis://{REDIS_HOST}:{REDIS_PORT}"
# Databases 0-2 are left to people; tests claim others one at a time.
TEST_DATABASES = range(3, 16)
_CLAIM = "dogcatcher-test-claim"


def services_required() -> bool:
    """In CI a missing Redis or PostgreSQL is a failure, not a skip."""
    return os.environ.get("CI") == "true" or os.environ.get("DOGCATCHER_REQUIRE_SERVICES") == "1"


def require_service(host: str, port: int, name: str) -> None:
    """Skip the test (fail it in CI) when ``name`` does not answer on ``host:port``."""
    try:
        socket.create_connection((host, port), timeout=2).close()
    except OSError as exc:
        reason = f"{name} is not reachable at {host}:{port} ({exc})"
        if services_required():
            pytest.fail(f"{reason}; CI needs it (CI=true or DOGCATCHER_REQUIRE_SERVICES=1)")
        pytest.skip(reason)


@pytest.fixture
def redis_dbs() -> Iterator[Callable[[], int]]:
    """Claims empty Redis databases for this test, one per call; each is flushed after.

    A claim key makes a database non-empty, so concurrent test runs never share one.
    """
    require_service(REDIS_HOST, REDIS_PORT, "Redis")
    import redis

    claimed: list[redis.Redis] = []
    token = uuid.uuid4().hex

    def claim() -> int:
        for db in TEST_DATABASES:
            client = redis.Redis(host=REDIS_HOST, port=REDIS_PORT, db=db)
            if client.dbsize() == 0 and client.set(_CLAIM, token, nx=True, ex=3600):
                claimed.append(client)
                return db
            client.close()
        pytest.fail(f"no empty Redis database left among {list(TEST_DATABASES)}")

    yield claim
    for client in claimed:
        if client.get(_CLAIM) == token.encode():
            client.flushdb()
        client.close()
