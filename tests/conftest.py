"""Shared fixtures: Datadog-shaped events, JSONL files, and an isolated Prefect."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

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


@pytest.fixture
def event_factory() -> Callable[..., dict[str, Any]]:
    return datadog_event


@pytest.fixture(scope="session")
def prefect_harness() -> Iterator[None]:
    """A throwaway Prefect API and database for the whole session (starts in ~13 s)."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=90):
        yield
