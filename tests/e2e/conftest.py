"""Fixtures for end-to-end tests that run real processes.

Every test under ``tests/e2e/`` is marked ``e2e`` (deselect with ``-m "not e2e"``); the
normal ``pytest`` run, and so CI, runs them. When one fails, the report shows the log tails
of every server and worker still running.

Fixtures:

- ``prefect_server`` (module): ``prefect server start`` on SQLite, a ``PrefectServer``.
- ``postgres_database`` (module): a fresh PostgreSQL database, dropped afterwards.
- ``postgres_prefect_server`` (module): a ``PrefectServer`` on that database.
- ``workers`` (function): ``Workers``; ``workers.start(server, pool)`` starts a process
  worker, and every worker is stopped after the test.
- ``redis_dbs`` (function, from ``tests/conftest.py``): ``claim()`` returns the number of an
  empty Redis database of this test's own, flushed afterwards.

A missing Redis or PostgreSQL skips the test, or fails it when CI=true or
DOGCATCHER_REQUIRE_SERVICES=1 (``tests.conftest.services_required``).
"""

from __future__ import annotations

from collections.abc import Generator, Iterator
from pathlib import Path
from typing import NoReturn

import pytest

from tests.conftest import require_service, services_required
from tests.e2e.processes import (
    HOST,
    POSTGRES_PORT,
    PostgresDatabase,
    PrefectServer,
    ServiceUnavailable,
    Workers,
    create_postgres_database,
    running_processes,
    start_prefect_server,
)

HERE = Path(__file__).parent


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "e2e: end-to-end test with real prefect server and worker processes"
    )


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # This hook sees the whole session's items, not only this directory's.
    for item in items:
        if item.path.is_relative_to(HERE):
            item.add_marker(pytest.mark.e2e)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    report: pytest.TestReport = yield
    # A scenario's assertion rarely says why; the server's and workers' logs usually do.
    if report.failed and report.when in ("setup", "call"):
        for process in running_processes():
            report.sections.append((f"{process.name} log", process.describe()))
    return report


def unavailable(reason: str) -> NoReturn:
    """Skip for a missing service, or fail when CI requires every service."""
    __tracebackhide__ = True
    if services_required():
        pytest.fail(f"{reason}; CI needs it (CI=true or DOGCATCHER_REQUIRE_SERVICES=1)")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def prefect_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PrefectServer]:
    """A real Prefect server on SQLite for this module (healthy after ~15 s)."""
    with start_prefect_server(tmp_path_factory.mktemp("prefect-sqlite")) as server:
        yield server


@pytest.fixture(scope="module")
def postgres_database() -> Iterator[PostgresDatabase]:
    """A database with a random name on PostgreSQL at 127.0.0.1:5432, dropped afterwards."""
    require_service(HOST, POSTGRES_PORT, "PostgreSQL")
    try:
        database = create_postgres_database()
    except ServiceUnavailable as exc:
        unavailable(str(exc))
    yield database
    database.drop()


@pytest.fixture(scope="module")
def postgres_prefect_server(
    postgres_database: PostgresDatabase, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[PrefectServer]:
    """A real Prefect server whose database is ``postgres_database``."""
    directory = tmp_path_factory.mktemp("prefect-postgres")
    with start_prefect_server(directory, database_url=postgres_database.url) as server:
        yield server


@pytest.fixture
def workers(tmp_path: Path) -> Iterator[Workers]:
    """Starts process workers (``workers.start(server, pool)``); all stop after the test."""
    started = Workers(tmp_path / "workers")
    yield started
    started.stop_all()
