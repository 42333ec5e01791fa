"""Prefect policy for the triage flow: where results live, how they are keyed, the locks
around ticket writes, and the global concurrency limits every service call occupies.

Nothing here calls a service; it decides how the tasks in ``flows/triage.py`` are cached,
locked and throttled from the run's settings.
"""

from __future__ import annotations

import atexit
import contextvars
import hashlib
import logging
import math
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, TypeVar, cast

import httpx
from prefect.cache_policies import CachePolicy
from prefect.client.orchestration import get_client
from prefect.concurrency.asyncio import ConcurrencySlotAcquisitionError
from prefect.concurrency.sync import concurrency, rate_limit
from prefect.context import TaskRunContext
from prefect.exceptions import ObjectNotFound
from prefect.filesystems import LocalFileSystem, WritableFileSystem
from prefect.locking.filesystem import FileSystemLockManager
from prefect.locking.protocol import LockManager
from prefect.results import ResultStore
from prefect.transactions import IsolationLevel, transaction

from dogcatcher.exceptions import ConfigError
from dogcatcher.llm import PROMPT_VERSION
from dogcatcher.settings import Settings

__all__ = [
    "ANALYSIS_CACHE",
    "RUN_SCOPED",
    "SERVICES",
    "LeasedLockManager",
    "SlotPool",
    "Throttles",
    "analysis_cache_key",
    "lock_manager",
    "release_idle_slots",
    "result_storage",
    "run_scoped_key",
    "slot_pool",
    "ticket_lock",
]

logger = logging.getLogger("dogcatcher.policy")

# The global concurrency limits `dogcatcher setup` creates, one per service.
SERVICES = ("datadog", "openai", "jira")
Service = Literal["datadog", "openai", "jira"]
T = TypeVar("T")


# Prefect's file lock manager creates a lock file empty and then writes its holder into it:
# a reader in between fails to parse it (ValueError), and a holder that died in between
# leaves it empty for good, so every later write to that key failed. A read is tried again
# a few times; an unreadable lock file older than the lease is removed.
_UNREADABLE_TRIES = 20
_UNREADABLE_WAIT = 0.05  # seconds


class LeasedLockManager:
    """A lock manager whose locks expire: Prefect's transactions never pass a hold
    timeout, so with the stock managers a crashed holder (a killed worker) keeps its lock
    forever and every later run waits on that key. Here each lock is a lease of
    ``lease_seconds``; a live holder finishes well within it. ``files`` is the folder of
    a file lock manager's lock files (see ``_UNREADABLE_TRIES``)."""

    def __init__(self, inner: LockManager, lease_seconds: float, files: Path | None = None) -> None:
        self.inner = inner
        self.lease_seconds = lease_seconds
        self.files = files

    def _readable(self, key: str, call: Callable[[], T]) -> T:
        """``call()``, past a lock file being written or left empty by a dead holder."""
        for _ in range(_UNREADABLE_TRIES):
            try:
                return call()
            except ValueError:
                if self.files is None:
                    raise
                if not self._removed_if_stale(key):
                    time.sleep(_UNREADABLE_WAIT)
        return call()

    def _removed_if_stale(self, key: str) -> bool:
        assert self.files is not None
        path = (self.files / key).with_suffix(".lock")  # as Prefect's manager names it
        try:
            age = time.time() - path.stat().st_mtime
        except FileNotFoundError:
            return True
        if age < self.lease_seconds:
            return False
        logger.warning("removed the lock file %s: unreadable for %.0f s", path, age)
        path.unlink(missing_ok=True)
        return True

    def acquire_lock(
        self,
        key: str,
        holder: str,
        acquire_timeout: float | None = None,
        hold_timeout: float | None = None,
    ) -> bool:
        return self._readable(
            key,
            lambda: self.inner.acquire_lock(
                key, holder, acquire_timeout, hold_timeout or self.lease_seconds
            ),
        )

    async def aacquire_lock(
        self,
        key: str,
        holder: str,
        acquire_timeout: float | None = None,
        hold_timeout: float | None = None,
    ) -> bool:
        return await self.inner.aacquire_lock(
            key, holder, acquire_timeout, hold_timeout or self.lease_seconds
        )

    def release_lock(self, key: str, holder: str) -> None:
        try:
            self.inner.release_lock(key, holder)
        except ValueError:
            # Our lease ran out and somebody else holds the key now: theirs to release.
            logger.warning("the lock on %s expired before it was released", key)

    def is_locked(self, key: str) -> bool:
        return self._readable(key, lambda: self.inner.is_locked(key))

    def is_lock_holder(self, key: str, holder: str) -> bool:
        return self._readable(key, lambda: self.inner.is_lock_holder(key, holder))

    def wait_for_lock(self, key: str, timeout: float | None = None) -> bool:
        return self._readable(key, lambda: self.inner.wait_for_lock(key, timeout))

    async def await_for_lock(self, key: str, timeout: float | None = None) -> bool:
        return await self.inner.await_for_lock(key, timeout)


def result_storage(settings: Settings) -> WritableFileSystem:
    """Where task results (analyses, ticket decisions) persist: ``state.directory/results``
    for the local backend, the RedisDatabase block ``dogcatcher setup`` saved for the Redis
    one. Prefect refuses an unsaved block, so the local one is saved on first use, named
    after its folder."""
    if settings.state.backend == "local":
        folder = str((settings.state.directory / "results").resolve())
        name = f"dogcatcher-results-{hashlib.sha1(folder.encode()).hexdigest()[:12]}"
        try:
            local = LocalFileSystem.load(name)
        except ValueError:
            local = LocalFileSystem(basepath=folder)
            local.save(name, overwrite=True)
        return cast(WritableFileSystem, local)
    from prefect_redis import RedisDatabase  # type: ignore[import-untyped]

    name = settings.state.results_block
    try:
        storage: WritableFileSystem = RedisDatabase.load(name)
    except ValueError:
        raise ConfigError(
            f"state.backend is redis but the RedisDatabase block '{name}' does not exist: "
            f"run `dogcatcher setup --profile {settings.profile}` against this Prefect API"
        ) from None
    return storage


def lock_manager(settings: Settings) -> LeasedLockManager:
    """Locks for ticket writes, on the state backend, with the profile's lease."""
    inner: LockManager
    files: Path | None = None
    if settings.state.backend == "local":
        files = settings.state.directory.resolve() / "locks"
        inner = FileSystemLockManager(files)
    else:
        from prefect_redis import RedisLockManager

        password = settings.state.redis_password
        inner = RedisLockManager(
            connection_url=f"{settings.state.redis_url}/{settings.state.locks_db}",
            password=password.get_secret_value() if password else None,
        )
    return LeasedLockManager(inner, settings.state.lock_lease.total_seconds(), files)


def analysis_cache_key(context: TaskRunContext, parameters: dict[str, Any]) -> str | None:
    """An LLM analysis is reused for (fingerprint, model, prompt version)."""
    settings: Settings = parameters["settings"]
    model = "".join(
        char if char.isalnum() or char in "-_." else "_" for char in settings.analyzer.model
    )
    return f"analysis-{parameters['group'].fingerprint}-{model}-{PROMPT_VERSION}"


def run_scoped_key(context: TaskRunContext, parameters: dict[str, Any]) -> str | None:
    """A per-group step of one flow run: a retried flow run (UI, ``prefect flow-run
    retry``) gets the first attempt's result back instead of doing the step again."""
    flow_run_id = context.task_run.flow_run_id
    if "fingerprints" in parameters:  # a batch: named by what it holds
        digest = hashlib.sha256("\x1f".join(parameters["fingerprints"]).encode()).hexdigest()
        return f"{context.task.name}-{flow_run_id}-{digest[:16]}"
    group = parameters.get("group") or parameters["decision"]
    return f"{context.task.name}-{flow_run_id}-{group.fingerprint}"


ANALYSIS_CACHE = CachePolicy.from_cache_key_fn(analysis_cache_key)
RUN_SCOPED = CachePolicy.from_cache_key_fn(run_scoped_key)


@contextmanager
def ticket_lock(settings: Settings, name: str) -> Iterator[None]:
    """Hold the lock ``name`` (a fingerprint, or ``issue-<key>``) in this project: every
    worker of every run that writes that fingerprint's or that issue's ticket waits here, so
    a check-then-create or a read-then-write of its counts cannot race."""
    key = f"ticket-lock-{settings.tracker.project}-{name}"
    # The transaction is used for its lock only: nothing is read or written, so the store
    # needs no result storage.
    with transaction(
        key=key,
        store=ResultStore(lock_manager=lock_manager(settings)),
        isolation_level=IsolationLevel.SERIALIZABLE,
        overwrite=True,
        write_on_commit=False,
    ):
        yield


class _Block:
    """Slots of a global concurrency limit taken from Prefect in one call and held by a
    thread of its own, inside Prefect's ``concurrency()`` (which keeps their lease renewed),
    until the pool lets them go."""

    def __init__(self, pool: SlotPool, slots: int, *, wait: bool = True) -> None:
        self.pool = pool
        self.slots = slots
        self.wait = wait  # False: one try, refused at once if the slots are not free
        self.in_use = 1  # the caller's, who asked for the block
        self.since = self.idle_since = time.monotonic()
        self._acquired = threading.Event()
        self._error: BaseException | None = None
        context = contextvars.copy_context()  # the caller's Prefect settings and client
        self._thread = threading.Thread(
            target=context.run, args=(self._hold,), name=f"slots-{pool.service}", daemon=True
        )
        self._thread.start()
        self._acquired.wait()
        if self._error is not None:
            self._thread.join()
            raise self._error

    def _hold(self) -> None:
        try:
            retries = None if self.wait else 0
            with concurrency(
                self.pool.service, occupy=self.slots, strict=True, max_retries=retries
            ):
                self._acquired.set()
                self.pool._keep(self)
        except BaseException as exc:  # handed to the thread that asked for the slots
            self._error = exc
            self._acquired.set()
        finally:
            self.pool._left(self)

    def expired(self, now: float) -> bool:
        return now - self.since >= self.pool.max_hold

    def join(self) -> None:
        self._thread.join()


class SlotPool:
    """The slots of one Prefect global concurrency limit that this process holds.

    Taking a slot through Prefect's API and giving it back are two API calls, made one at a
    time per limit; under a busy run's task traffic an SQLite API took seconds to answer
    one, and waiters poll with a back-off. Per call, that cost more than the calls it
    guarded. Here a caller who finds no slot free takes every slot the pool may still hold
    in one call if Prefect has that many free (else one, waiting its turn); a finished call
    hands its slot to the next caller in this process; and slots nobody here has used for
    ``linger`` seconds, or that were taken ``max_hold`` seconds ago (so other runs sharing
    the limit get their turn), go back to Prefect. An expired block takes no new calls and
    goes back once its calls finish; its successor must be taken from Prefect again, which on
    a busy SQLite API stalls the calls for seconds: hence minutes, not seconds, of hold.

    The limit stays Prefect's: every call in flight holds one of its slots, and the pool
    never holds more than ``size``. ``release_idle`` gives back what is idle at once (the
    flow calls it when it ends)."""

    def __init__(
        self, service: str, size: int, max_hold: float = 120.0, linger: float = 1.0
    ) -> None:
        self.service = service
        self.size = max(1, size)
        self.max_hold = max_hold
        self.linger = linger
        self.acquisitions = 0  # calls to Prefect that took slots
        self._cond = threading.Condition()
        self._blocks: list[_Block] = []
        self._leaving: set[_Block] = set()  # out of the pool, their slots being given back
        self._held = 0  # slots held or being acquired
        self._waiting = 0
        self._acquiring = False

    @contextmanager
    def slot(self) -> Iterator[None]:
        """Hold one slot of the limit for the duration of the block."""
        block = self._take()
        try:
            yield
        finally:
            with self._cond:
                block.in_use -= 1
                if not block.in_use:
                    block.idle_since = time.monotonic()
                self._cond.notify_all()

    def _take(self) -> _Block:
        with self._cond:
            self._waiting += 1
            try:
                while True:
                    now = time.monotonic()
                    for block in self._blocks:
                        if block.in_use < block.slots and not block.expired(now):
                            block.in_use += 1
                            return block
                    if not self._acquiring and self._held < self.size:
                        wanted = self.size - self._held
                        self._acquiring = True
                        self._held += wanted
                        break
                    self._cond.wait()
            finally:
                self._waiting -= 1
        try:
            block = self._acquire(wanted)
        except BaseException:
            with self._cond:
                self._held -= wanted
                self._acquiring = False
                self._cond.notify_all()
            raise
        with self._cond:
            self._held -= wanted - block.slots
            self._blocks.append(block)
            self._acquiring = False
            self._cond.notify_all()
        return block

    def _acquire(self, wanted: int) -> _Block:
        """All ``wanted`` slots in one call if they are free (demand comes in bursts: a
        run's pages show dozens of groups at once); else one, waiting behind other runs."""
        if wanted > 1:
            self.acquisitions += 1
            try:
                return _Block(self, wanted, wait=False)
            except ConcurrencySlotAcquisitionError as exc:
                refused = exc.__cause__
                if not (
                    isinstance(refused, httpx.HTTPStatusError)
                    and refused.response.status_code == 423  # locked: not enough free
                ):
                    raise
        self.acquisitions += 1
        return _Block(self, 1)

    def _keep(self, block: _Block) -> None:
        """In the block's thread: hold its slots until they are idle for ``linger`` or
        expired and unused; then leave the pool (``concurrency()`` gives them back)."""
        with self._cond:
            while True:
                now = time.monotonic()
                idle = not block.in_use and (
                    block.expired(now) or now - block.idle_since >= self.linger
                )
                if idle:
                    break
                self._cond.wait(timeout=self.linger / 4)
            self._blocks.remove(block)
            self._leaving.add(block)
            self._held -= block.slots
            self._cond.notify_all()

    def _left(self, block: _Block) -> None:
        """In the block's thread: its slots are back with Prefect (or were never taken)."""
        with self._cond:
            self._leaving.discard(block)

    def release_idle(self) -> None:
        """Give every slot no call is using back to Prefect now, and wait until it is."""
        with self._cond:
            idle = [block for block in self._blocks if not block.in_use]
            for block in idle:
                block.idle_since = block.since = -math.inf  # expired: _keep lets go
            leaving = [*idle, *self._leaving]
            self._cond.notify_all()
        for block in leaving:
            block.join()


# One pool per limit and size in this process: every run and task thread here shares it.
_pools: dict[tuple[str, int], SlotPool] = {}
_pools_lock = threading.Lock()


def slot_pool(service: str, size: int) -> SlotPool:
    """The process's pool of slots of the global concurrency limit ``service``."""
    with _pools_lock:
        pool = _pools.get((service, size))
        if pool is None:
            pool = _pools[(service, size)] = SlotPool(service, size)
        return pool


@atexit.register
def release_idle_slots() -> None:
    """Give back the slots this process holds and no call uses: the flow's end, and the
    process's (a slot left behind would stay taken until its lease ran out)."""
    with _pools_lock:
        pools = list(_pools.values())
    for pool in pools:
        pool.release_idle()


@dataclass(frozen=True)
class Throttles:
    """How each service's calls occupy their global concurrency limit: ``concurrency``
    (hold one of its slots for the call, through the process's ``SlotPool``), ``rate``
    (take a slot that decays: the service's rate limit), or absent (the limit does not
    exist: calls are not throttled). ``sizes`` are the concurrency limits' slots."""

    modes: dict[str, Literal["concurrency", "rate"]] = field(default_factory=dict)
    sizes: dict[str, int] = field(default_factory=dict)

    @classmethod
    def discover(cls, services: tuple[str, ...]) -> Throttles:
        """Read the limits of ``services`` from the Prefect API once per run."""
        modes: dict[str, Literal["concurrency", "rate"]] = {}
        sizes: dict[str, int] = {}
        with get_client(sync_client=True) as client:
            for name in services:
                try:
                    limit = client.read_global_concurrency_limit_by_name(name)
                except ObjectNotFound:
                    logger.warning(
                        "no global concurrency limit '%s': its calls are not throttled "
                        "(`dogcatcher setup` creates it)",
                        name,
                    )
                    continue
                if limit.active:
                    modes[name] = "rate" if limit.slot_decay_per_second > 0 else "concurrency"
                    sizes[name] = limit.limit
        return cls(modes, sizes)

    def occupy(self, service: Service) -> Any:
        """A context in which one call to ``service`` counts against its limit."""
        mode = self.modes.get(service)
        if mode == "concurrency":
            return slot_pool(service, self.sizes.get(service, 1)).slot()
        if mode == "rate":
            rate_limit(service, occupy=1, strict=True)
        return nullcontext()


def services_of(settings: Settings) -> tuple[str, ...]:
    """The throttled services a run with these settings calls."""
    used = {
        "datadog": settings.source.kind == "datadog",
        "openai": settings.analyzer.kind == "openai",
        "jira": settings.tracker.kind == "jira",
    }
    return tuple(name for name in SERVICES if used[name])
