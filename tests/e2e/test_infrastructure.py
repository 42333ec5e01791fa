"""The end-to-end fixtures themselves: real servers, workers, commands and databases."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import redis

from tests.conftest import REDIS_HOST, REDIS_PORT
from tests.e2e.conftest import unavailable
from tests.e2e.processes import (
    PostgresDatabase,
    PrefectServer,
    ServiceUnavailable,
    Workers,
    create_postgres_database,
    free_port,
)

POOL = "e2e-pool"


@pytest.fixture(scope="module")
def pool(prefect_server: PrefectServer, tmp_path_factory: pytest.TempPathFactory) -> str:
    """A process work pool created with the CLI, shared by this module's tests."""
    cwd = tmp_path_factory.mktemp("pool")
    prefect_server.run(["prefect", "work-pool", "create", POOL, "--type", "process"], cwd=cwd)
    return POOL


def test_sqlite_server_is_healthy_and_the_cli_talks_to_it(
    prefect_server: PrefectServer, pool: str, tmp_path: Path
) -> None:
    assert prefect_server.api("GET", "/health") is True
    assert (prefect_server.home / "prefect.db").is_file()

    listing = prefect_server.run(["prefect", "work-pool", "ls"], cwd=tmp_path)

    assert pool in listing.stdout
    assert prefect_server.api("GET", f"/work_pools/{pool}")["type"] == "process"


def test_worker_registers_in_its_pool_and_stops_cleanly(
    prefect_server: PrefectServer, pool: str, workers: Workers, tmp_path: Path
) -> None:
    worker = workers.start(prefect_server, pool)

    registration = worker.wait_until_online(timeout=60)
    inspected = prefect_server.run(["prefect", "work-pool", "inspect", pool], cwd=tmp_path)

    assert registration["name"] == worker.name
    # A pool turns READY only while one of its workers is online.
    assert "status=WorkPoolStatus.READY" in inspected.stdout
    assert worker.stop() == 0
    assert "stopped!" in worker.log_tail()
    assert not worker.process.alive


def _gone(pid: int) -> bool:
    # A killed orphan may linger as a zombie when PID 1 does not reap; that counts as gone.
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z"
    except FileNotFoundError:
        return True


def test_run_fails_with_the_output_and_kills_an_overrunning_command_group(
    prefect_server: PrefectServer, tmp_path: Path
) -> None:
    missing = prefect_server.run(
        ["prefect", "work-pool", "inspect", "no-such-pool"], cwd=tmp_path, check=False
    )
    assert missing.returncode != 0

    with pytest.raises(pytest.fail.Exception, match=r"(?s)exit code 3: .*to stderr"):
        prefect_server.run(
            [sys.executable, "-c", "import sys; sys.stderr.write('to stderr'); sys.exit(3)"],
            cwd=tmp_path,
        )

    pid_file = tmp_path / "grandchild.pid"
    with pytest.raises(pytest.fail.Exception, match=r"timed out after 2 s"):
        prefect_server.run(
            ["sh", "-c", f"sleep 60 & echo $! > {pid_file}; wait"], cwd=tmp_path, timeout=2
        )
    grandchild = int(pid_file.read_text())
    deadline = time.monotonic() + 5
    while not _gone(grandchild) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _gone(grandchild)


def test_postgres_server_keeps_its_tables_in_the_fresh_database(
    postgres_prefect_server: PrefectServer, postgres_database: PostgresDatabase
) -> None:
    assert postgres_prefect_server.api("GET", "/health") is True
    assert not (postgres_prefect_server.home / "prefect.db").exists()

    postgres_prefect_server.api("POST", "/work_pools/", json={"name": "pg-pool", "type": "process"})

    tables = postgres_database.fetch(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
    )
    assert {"flow_run", "work_pool", "deployment"} <= {row["table_name"] for row in tables}
    pools = postgres_database.fetch("SELECT name, type FROM work_pool WHERE name = $1", "pg-pool")
    assert pools == [{"name": "pg-pool", "type": "process"}]


@pytest.fixture
def empty_after_teardown() -> Iterator[list[int]]:
    """Redis databases listed here must be empty once the test's later fixtures are torn
    down; request it before ``redis_dbs`` so it is torn down after it."""
    databases: list[int] = []
    yield databases
    for db in databases:
        with redis.Redis(host=REDIS_HOST, port=REDIS_PORT, db=db) as client:
            assert client.dbsize() == 0, f"Redis db {db} was not flushed"


def test_redis_dbs_are_the_tests_own_empty_and_flushed_after(
    empty_after_teardown: list[int], redis_dbs: Callable[[], int]
) -> None:
    first, second = redis_dbs(), redis_dbs()
    empty_after_teardown += [first, second]

    assert first != second
    for db in (first, second):
        with redis.Redis(host=REDIS_HOST, port=REDIS_PORT, db=db) as client:
            # Only the claim marker that keeps concurrent test runs off this database.
            assert client.keys() == [b"dogcatcher-test-claim"]
            client.set("written-by-the-test", "1")


def test_a_postgres_nobody_can_reach_is_unavailable_not_an_error() -> None:
    port = free_port()
    refused = f"PostgreSQL at 127.0.0.1:{port} let no user in"
    with pytest.raises(ServiceUnavailable, match=refused):
        create_postgres_database(port=port)


@pytest.mark.parametrize(
    ("variables", "outcome"),
    [
        ({}, pytest.skip.Exception),
        ({"CI": "false"}, pytest.skip.Exception),
        ({"CI": "true"}, pytest.fail.Exception),
        ({"DOGCATCHER_REQUIRE_SERVICES": "1"}, pytest.fail.Exception),
    ],
    ids=["locally", "CI=false", "CI=true", "DOGCATCHER_REQUIRE_SERVICES=1"],
)
def test_a_missing_service_skips_but_fails_in_ci(
    variables: dict[str, str], outcome: type[BaseException], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.delenv("DOGCATCHER_REQUIRE_SERVICES", raising=False)
    for name, value in variables.items():
        monkeypatch.setenv(name, value)

    with pytest.raises(outcome, match="PostgreSQL is down"):
        unavailable("PostgreSQL is down")
