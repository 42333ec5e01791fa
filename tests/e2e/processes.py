"""Real processes for end-to-end tests: a Prefect server, its workers, one-shot commands.

Every process starts in a session of its own, so stopping it signals its whole process
group, and its output goes to a log file whose tail a failing test shows. Nothing here is a
fixture: ``tests/e2e/conftest.py`` wires these pieces into pytest.

Commands run with the virtualenv's own ``prefect`` and ``dogcatcher`` and an environment
stripped of the caller's ``PREFECT_*``/``DOGCATCHER_*`` variables, so a developer's profile
or a CI variable can never point a test at another API.
"""

from __future__ import annotations

import asyncio
import getpass
import os
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import asyncpg  # type: ignore[import-untyped]  # ships with prefect
import httpx
import pytest

__all__ = [
    "HOST",
    "POSTGRES_PORT",
    "PROJECT_ROOT",
    "BackgroundProcess",
    "PostgresDatabase",
    "PrefectServer",
    "PrefectWorker",
    "ServiceUnavailable",
    "Workers",
    "copy_project",
    "create_postgres_database",
    "executable",
    "free_port",
    "running_processes",
    "start_prefect_server",
    "wait_for",
]

HOST = "127.0.0.1"
POSTGRES_PORT = 5432
PROJECT_ROOT = Path(__file__).resolve().parents[2]
TAIL_LINES = 60
_BIN = Path(sys.executable).parent
# Settings every process gets, as the project's CLI sets them: the telemetry ping fails here
# (no DNS) and logs an ERROR, and dogcatcher's loggers reach the API only when named. A wide
# terminal keeps rich from wrapping or truncating the tables tests read (`work-pool ls`).
_CLIENT_SETTINGS = {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "PREFECT_LOGGING_EXTRA_LOGGERS": "dogcatcher",
    "COLUMNS": "250",
}
_T = TypeVar("_T")

# Started and not yet stopped, so a failing test can show their logs.
_running: list[BackgroundProcess] = []


class ServiceUnavailable(Exception):
    """A service the fixture needs (PostgreSQL) cannot be used; the message says why."""


def executable(name: str) -> str:
    """The virtualenv's own console script ``name`` (prefect, dogcatcher), else ``name``."""
    candidate = _BIN / name
    return str(candidate) if candidate.exists() else name


def running_processes() -> list[BackgroundProcess]:
    """Background processes started and not yet stopped, oldest first."""
    return list(_running)


def tail(text: str, lines: int = TAIL_LINES) -> str:
    """The last ``lines`` lines of ``text``."""
    return "\n".join(text.rstrip().splitlines()[-lines:])


def describe_output(stdout: str | None, stderr: str | None) -> str:
    """Both streams' tails, labelled, for a failure message."""
    return (
        f"--- stdout (last {TAIL_LINES} lines) ---\n{tail(stdout or '')}\n"
        f"--- stderr (last {TAIL_LINES} lines) ---\n{tail(stderr or '')}"
    )


def _clean_environ() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "DOGCATCHER_"))}


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    # Another process could take it before the server binds; the window is milliseconds.
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        port: int = probe.getsockname()[1]
        return port


def _signal_group(pgid: int, sig: signal.Signals) -> None:
    with suppress(ProcessLookupError, PermissionError):
        os.killpg(pgid, sig)


def _descendants(root: int) -> list[int]:
    """Every descendant of ``root`` (Linux /proc; empty elsewhere)."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            # The command name in parentheses may hold spaces; the fields after it do not.
            ppid = int(stat.read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(stat.parent.name))
    found: list[int] = []
    pending = [root]
    while pending:
        kids = children.get(pending.pop(), [])
        found += kids
        pending += kids
    return found


def wait_for(
    condition: Callable[[], _T | None],
    *,
    timeout: float,
    what: str,
    watch: Sequence[BackgroundProcess] = (),
    interval: float = 0.25,
) -> _T:
    """Poll ``condition`` until it returns something truthy, and return that.

    Fails the test after ``timeout`` seconds, or as soon as a process in ``watch`` exits,
    with the log tails of the watched processes.
    """
    __tracebackhide__ = True
    deadline = time.monotonic() + timeout
    while True:
        result = condition()
        if result:
            return result
        dead = [process for process in watch if not process.alive]
        if dead or time.monotonic() > deadline:
            cause = (
                f"{dead[0].name} exited with {dead[0].returncode}"
                if dead
                else f"still not true after {timeout:.0f} s"
            )
            logs = "\n".join(process.describe() for process in watch)
            pytest.fail(f"waiting for {what}: {cause}\n{logs}")
        time.sleep(interval)


class BackgroundProcess:
    """A long-running process in a session of its own, its output in ``log_path``."""

    def __init__(
        self,
        name: str,
        args: Sequence[str],
        *,
        env: Mapping[str, str],
        cwd: Path,
        log_path: Path,
    ) -> None:
        self.name = name
        self.args = list(args)
        self.log_path = log_path
        log_path.parent.mkdir(parents=True, exist_ok=True)
        # The child keeps its own copy of the descriptor; ours can close at once.
        with log_path.open("ab") as log:
            self._popen = subprocess.Popen(
                self.args,
                cwd=cwd,
                env=dict(env),
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        _running.append(self)

    @property
    def pid(self) -> int:
        return self._popen.pid

    @property
    def alive(self) -> bool:
        return self._popen.poll() is None

    @property
    def returncode(self) -> int | None:
        return self._popen.poll()

    def log_tail(self, lines: int = TAIL_LINES) -> str:
        """The last ``lines`` lines of the process's output so far."""
        return tail(self.log_path.read_text(encoding="utf-8", errors="replace"), lines)

    def describe(self) -> str:
        """The command, its state and its log tail, for a failure message."""
        state = "running" if self.alive else f"exited with {self.returncode}"
        return (
            f"--- {self.name} ({state}): {shlex.join(self.args)}\n"
            f"--- log {self.log_path}, last {TAIL_LINES} lines ---\n{self.log_tail()}"
        )

    def stop(self, sig: signal.Signals = signal.SIGTERM, grace: float = 15.0) -> int | None:
        """Send ``sig`` to the process group, wait up to ``grace`` seconds, then kill what is
        left; returns the exit code. Safe to call twice."""
        # Collected first: a process worker starts each flow run in a session of its own,
        # which the group signal misses and which outlives the worker if nothing kills it.
        family = _descendants(self.pid)
        if self.alive:
            _signal_group(self.pid, sig)
            with suppress(subprocess.TimeoutExpired):
                self._popen.wait(grace)
        _signal_group(self.pid, signal.SIGKILL)
        for pid in family:
            with suppress(ProcessLookupError, PermissionError):
                os.kill(pid, signal.SIGKILL)
        returncode = self._popen.wait(10)
        if self in _running:
            _running.remove(self)
        return returncode


def run_command(
    args: Sequence[str], *, env: Mapping[str, str], cwd: Path, timeout: float
) -> subprocess.CompletedProcess[str]:
    """Run ``args`` to completion in a session of its own and capture its text output.

    On timeout, kills the whole process group and fails the test with the output so far.
    """
    __tracebackhide__ = True
    with subprocess.Popen(
        list(args),
        cwd=cwd,
        env=dict(env),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    ) as popen:
        try:
            stdout, stderr = popen.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            _signal_group(popen.pid, signal.SIGKILL)
            stdout, stderr = popen.communicate(timeout=30)
            pytest.fail(
                f"timed out after {timeout:.0f} s: {shlex.join(args)} (in {cwd})\n"
                + describe_output(stdout, stderr)
            )
    return subprocess.CompletedProcess(list(args), popen.returncode, stdout, stderr)


@dataclass
class PrefectServer:
    """A running ``prefect server start`` and what clients need to talk to it.

    ``env`` is the environment for client commands: ``os.environ`` without ``PREFECT_*`` and
    ``DOGCATCHER_*``, plus ``PREFECT_API_URL``, ``PREFECT_HOME`` (the server's own temporary
    home), ``PREFECT_SERVER_ANALYTICS_ENABLED=false``, ``PREFECT_LOGGING_EXTRA_LOGGERS=
    dogcatcher`` and ``COLUMNS=250``.
    """

    api_url: str
    home: Path
    env: dict[str, str]
    process: BackgroundProcess
    database_url: str | None = None

    def run(
        self,
        args: Sequence[str],
        *,
        cwd: Path | str,
        timeout: float = 120.0,
        env_extra: Mapping[str, str] | None = None,
        check: bool = True,
    ) -> subprocess.CompletedProcess[str]:
        """Run a client command (``["prefect", "work-pool", "ls"]``) against this server.

        ``prefect``/``dogcatcher`` resolve to the virtualenv's scripts. ``PWD`` is set to
        ``cwd``, as a shell would, because ``prefect.yaml`` templates read ``{{ $PWD }}``.
        With ``check``, a non-zero exit fails the test with the command and its output.
        """
        __tracebackhide__ = True
        command = [executable(args[0]), *args[1:]]
        env = {**self.env, "PWD": str(cwd), **(env_extra or {})}
        result = run_command(command, env=env, cwd=Path(cwd), timeout=timeout)
        if check and result.returncode != 0:
            pytest.fail(
                f"exit code {result.returncode}: {shlex.join(args)} (in {cwd})\n"
                + describe_output(result.stdout, result.stderr)
            )
        return result

    def api(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        missing_ok: bool = False,
        timeout: float = 30.0,
    ) -> Any:
        """Call the REST API (``path`` after ``/api``, e.g. ``/work_pools/x``) and return the
        decoded JSON body (None when empty, or on 404 with ``missing_ok``); any other error
        status fails the test with the body."""
        __tracebackhide__ = True
        response = httpx.request(method, f"{self.api_url}{path}", json=json, timeout=timeout)
        if missing_ok and response.status_code == 404:
            return None
        if response.is_error:
            pytest.fail(f"{method} {path} answered {response.status_code}: {response.text}")
        return response.json() if response.content else None

    def healthy(self) -> bool:
        """Whether ``GET /api/health`` answers true right now."""
        try:
            response = httpx.get(f"{self.api_url}/health", timeout=5)
        except httpx.HTTPError:
            return False
        return response.status_code == 200 and response.json() is True

    def log_tail(self, lines: int = TAIL_LINES) -> str:
        """The last lines of the server's log."""
        return self.process.log_tail(lines)


@contextmanager
def start_prefect_server(
    directory: Path,
    *,
    database_url: str | None = None,
    env_extra: Mapping[str, str] | None = None,
    extra_args: Sequence[str] = (),
    startup_timeout: float = 90.0,
) -> Iterator[PrefectServer]:
    """Start ``prefect server start`` on a free port of 127.0.0.1, wait until healthy, and
    stop it (group SIGTERM, then SIGKILL) on exit.

    Its home is ``directory/home`` (SQLite lives there unless ``database_url``, a
    ``postgresql+asyncpg://`` URL, says otherwise) and its log ``directory/server.log``.
    ``env_extra`` is added to the server's environment only, not to clients'.
    """
    __tracebackhide__ = True
    home = directory / "home"
    home.mkdir(parents=True, exist_ok=True)
    port = free_port()
    api_url = f"http://{HOST}:{port}/api"
    client_env = {
        **_clean_environ(),
        **_CLIENT_SETTINGS,
        "PREFECT_HOME": str(home),
        "PREFECT_API_URL": api_url,
    }
    server_env = {**client_env, "PREFECT_SERVER_LOGGING_LEVEL": "WARNING"}
    if database_url:
        server_env["PREFECT_API_DATABASE_CONNECTION_URL"] = database_url
    server_env.update(env_extra or {})
    args = ["server", "start", "--host", HOST, "--port", str(port), *extra_args]
    process = BackgroundProcess(
        "prefect server",
        [executable("prefect"), *args],
        env=server_env,
        cwd=directory,
        log_path=directory / "server.log",
    )
    try:
        server = PrefectServer(api_url, home, client_env, process, database_url)
        wait_for(
            server.healthy,
            timeout=startup_timeout,
            what=f"GET {api_url}/health to answer true",
            watch=[process],
        )
        yield server
    finally:
        process.stop()


@dataclass
class PrefectWorker:
    """A running ``prefect worker start --pool POOL --type process --name NAME``."""

    pool: str
    name: str
    server: PrefectServer
    process: BackgroundProcess

    def registration(self) -> dict[str, Any] | None:
        """This worker as the server lists it among the pool's workers, if it is there."""
        # 404 until the worker has created its pool.
        path = f"/work_pools/{self.pool}/workers/filter"
        workers = self.server.api("POST", path, json={}, missing_ok=True) or []
        return next((worker for worker in workers if worker["name"] == self.name), None)

    def wait_until_online(self, timeout: float = 60.0) -> dict[str, Any]:
        """Wait until the server lists this worker as ONLINE in its pool; return that entry."""
        __tracebackhide__ = True

        def online() -> dict[str, Any] | None:
            worker = self.registration()
            return worker if worker and worker["status"] == "ONLINE" else None

        return wait_for(
            online,
            timeout=timeout,
            what=f"worker {self.name} to be ONLINE in pool {self.pool}",
            watch=[self.process, self.server.process],
        )

    def log_tail(self, lines: int = TAIL_LINES) -> str:
        """The last lines of the worker's log."""
        return self.process.log_tail(lines)

    def stop(self) -> int | None:
        """Stop as Ctrl+C would (SIGINT to the group), then kill what is left."""
        return self.process.stop(signal.SIGINT)


@dataclass
class Workers:
    """Starts workers into ``log_dir`` and stops every one of them in ``stop_all``."""

    log_dir: Path
    started: list[PrefectWorker] = field(default_factory=list)

    def start(
        self,
        server: PrefectServer,
        pool: str,
        *,
        cwd: Path | str | None = None,
        name: str | None = None,
        extra_args: Sequence[str] = (),
        env_extra: Mapping[str, str] | None = None,
    ) -> PrefectWorker:
        """Start a process worker polling ``pool`` on ``server`` (the pool is created if
        missing, as ``prefect worker start`` does). Its flow runs inherit its environment:
        ``server.env`` plus ``env_extra``. Returns at once; see ``wait_until_online``."""
        name = name or f"{pool}-worker-{uuid.uuid4().hex[:6]}"
        directory = Path(cwd) if cwd else self.log_dir
        args = ["worker", "start", "--pool", pool, "--type", "process", "--name", name]
        process = BackgroundProcess(
            f"worker {name}",
            [executable("prefect"), *args, *extra_args],
            env={**server.env, "PWD": str(directory), **(env_extra or {})},
            cwd=directory,
            log_path=self.log_dir / f"{name}.log",
        )
        worker = PrefectWorker(pool, name, server, process)
        self.started.append(worker)
        return worker

    def stop_all(self) -> None:
        """Stop every worker started here (idempotent)."""
        for worker in self.started:
            worker.stop()


@dataclass(frozen=True)
class PostgresDatabase:
    """A database of its own on the local PostgreSQL, reached with trust auth as ``user``."""

    name: str
    user: str
    host: str = HOST
    port: int = POSTGRES_PORT

    @property
    def url(self) -> str:
        """The SQLAlchemy URL Prefect's ``PREFECT_API_DATABASE_CONNECTION_URL`` wants."""
        return f"postgresql+asyncpg://{self.user}@{self.host}:{self.port}/{self.name}"

    def fetch(self, query: str, *args: Any) -> list[dict[str, Any]]:
        """Run ``query`` in this database (asyncpg ``$1`` placeholders); rows as dicts."""

        async def fetch() -> list[dict[str, Any]]:
            connection = await _connect(self.host, self.port, self.user, self.name)
            try:
                return [dict(row) for row in await connection.fetch(query, *args)]
            finally:
                await connection.close()

        return asyncio.run(fetch())

    def drop(self) -> None:
        """Drop the database, closing any connection still open to it."""
        # FORCE: a server killed mid-query can leave a backend holding the database open.
        statement = f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)'
        asyncio.run(_admin(self.host, self.port, [self.user], statement))


async def _connect(host: str, port: int, user: str, database: str) -> Any:
    return await asyncpg.connect(host=host, port=port, user=user, database=database, timeout=10)


async def _admin(host: str, port: int, users: Sequence[str], statement: str) -> str:
    """Run ``statement`` in the ``postgres`` database as the first user that can log in;
    return that user. Raises ServiceUnavailable when none can."""
    refusals = []
    for user in users:
        try:
            connection = await _connect(host, port, user, "postgres")
        except (asyncpg.PostgresError, OSError) as exc:
            refusals.append(f"{user}: {exc}")
            continue
        try:
            await connection.execute(statement)
        finally:
            await connection.close()
        return user
    raise ServiceUnavailable(
        f"PostgreSQL at {host}:{port} let no user in ({'; '.join(refusals)}); "
        "it needs trust auth for one of them"
    )


def create_postgres_database(host: str = HOST, port: int = POSTGRES_PORT) -> PostgresDatabase:
    """Create a database with a random name as the current OS user, else ``postgres``
    (trust auth); ``drop()`` it when done. Raises ServiceUnavailable when nobody can."""
    name = f"dogcatcher_e2e_{uuid.uuid4().hex[:12]}"
    users = list(dict.fromkeys([getpass.getuser(), "postgres"]))
    user = asyncio.run(_admin(host, port, users, f'CREATE DATABASE "{name}"'))
    return PostgresDatabase(name, user, host, port)


def copy_project(destination: Path) -> Path:
    """Copy the project's sources (no virtualenv, caches, state or git) to ``destination``
    and return it, for scenarios that deploy from a directory of their own."""
    shutil.copytree(
        PROJECT_ROOT,
        destination,
        ignore=shutil.ignore_patterns(
            ".venv", ".git", ".dogcatcher", ".*_cache", ".hypothesis", "__pycache__", "*.egg-info"
        ),
    )
    return destination
