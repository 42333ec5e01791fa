"""Prefect policy for the triage flow: where results live, how they are keyed, the locks
around ticket writes, and the global concurrency limits every service call occupies.

Nothing here calls a service; it decides how the tasks in ``flows/triage.py`` are cached,
locked and throttled from the run's settings.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from typing import Any, Literal, cast

from prefect.cache_policies import CachePolicy
from prefect.client.orchestration import get_client
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
    "Throttles",
    "analysis_cache_key",
    "lock_manager",
    "result_storage",
    "run_scoped_key",
    "ticket_lock",
]

logger = logging.getLogger("dogcatcher.policy")

# The global concurrency limits `dogcatcher setup` creates, one per service.
SERVICES = ("datadog", "openai", "jira")
Service = Literal["datadog", "openai", "jira"]


class LeasedLockManager:
    """A lock manager whose locks expire: Prefect's transactions never pass a hold
    timeout, so with the stock managers a crashed holder (a killed worker) keeps its lock
    forever and every later run waits on that key. Here each lock is a lease of
    ``lease_seconds``; a live holder finishes well within it."""

    def __init__(self, inner: LockManager, lease_seconds: float) -> None:
        self.inner = inner
        self.lease_seconds = lease_seconds

    def acquire_lock(
        self,
        key: str,
        holder: str,
        acquire_timeout: float | None = None,
        hold_timeout: float | None = None,
    ) -> bool:
        return self.inner.acquire_lock(
            key, holder, acquire_timeout, hold_timeout or self.lease_seconds
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
        return self.inner.is_locked(key)

    def is_lock_holder(self, key: str, holder: str) -> bool:
        return self.inner.is_lock_holder(key, holder)

    def wait_for_lock(self, key: str, timeout: float | None = None) -> bool:
        return self.inner.wait_for_lock(key, timeout)

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
    if settings.state.backend == "local":
        inner = FileSystemLockManager(settings.state.directory.resolve() / "locks")
    else:
        from prefect_redis import RedisLockManager

        password = settings.state.redis_password
        inner = RedisLockManager(
            connection_url=f"{settings.state.redis_url}/{settings.state.locks_db}",
            password=password.get_secret_value() if password else None,
        )
    return LeasedLockManager(inner, settings.state.lock_lease.total_seconds())


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


@dataclass(frozen=True)
class Throttles:
    """How each service's calls occupy their global concurrency limit: ``concurrency``
    (hold a slot for the call), ``rate`` (take a slot that decays: the service's rate
    limit), or absent (the limit does not exist: calls are not throttled)."""

    modes: dict[str, Literal["concurrency", "rate"]] = field(default_factory=dict)

    @classmethod
    def discover(cls, services: tuple[str, ...]) -> Throttles:
        """Read the limits of ``services`` from the Prefect API once per run."""
        modes: dict[str, Literal["concurrency", "rate"]] = {}
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
        return cls(modes)

    def occupy(self, service: Service) -> Any:
        """A context in which one call to ``service`` counts against its limit."""
        mode = self.modes.get(service)
        if mode == "concurrency":
            return concurrency(service, occupy=1, strict=True)
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
