"""What a run leaves for the next one: its watermark, and the groups it could not finish.

Two backends behind one small interface: files under ``state.directory`` (one machine), and
Redis (``state.backend: redis``), which every worker of a scaled-out installation shares.
Everything stored is sanitized (groups hold only redacted text).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Protocol

import redis
from pydantic import BaseModel, ConfigDict, TypeAdapter, ValidationError

from dogcatcher.exceptions import ConfigError, DogcatcherError
from dogcatcher.grouping import merge_groups
from dogcatcher.models import ErrorGroup, TimeWindow
from dogcatcher.settings import Settings

__all__ = [
    "FileRunState",
    "RedisRunState",
    "RunState",
    "Watermark",
    "build_run_state",
    "carry_over",
]


class Watermark(BaseModel):
    """The end of the last successful run, and the event ids it saw near that end."""

    model_config = ConfigDict(frozen=True)

    end: datetime
    seen_ids: frozenset[str] = frozenset()


_GROUPS = TypeAdapter(list[ErrorGroup])


class RunState(Protocol):
    """Per scope (a profile, or a profile's team): a watermark and the pending groups."""

    @property
    def description(self) -> str:
        """Where the state lives, for reports and errors."""
        ...

    def load_watermark(self, scope: str) -> Watermark | None:
        """The watermark of the last successful run, if any."""
        ...

    def save_watermark(self, scope: str, watermark: Watermark) -> None:
        """Record where the last successful run ended."""
        ...

    def load_pending(self, scope: str) -> list[ErrorGroup]:
        """Groups an earlier run failed to finish, to be tried again."""
        ...

    def save_pending(self, scope: str, groups: Sequence[ErrorGroup]) -> None:
        """Replace the pending groups (an empty list clears them)."""
        ...


def _invalid(where: str, what: str, exc: ValidationError) -> ConfigError:
    return ConfigError(
        f"{where} is not a valid {what} ({exc.error_count()} problem(s)); delete it to start "
        "again (a watermark: from source.lookback; pending groups: they are dropped)"
    )


class FileRunState:
    """JSON files under one directory, replaced atomically."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    @property
    def description(self) -> str:
        return f"files in {self.directory}"

    def _read(self, name: str) -> bytes | None:
        try:
            return (self.directory / name).read_bytes()
        except FileNotFoundError:
            return None

    def _write(self, name: str, data: str) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.directory, prefix=f".{name}.")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(data)
        os.replace(tmp, self.directory / name)

    def load_watermark(self, scope: str) -> Watermark | None:
        name = f"{scope}.watermark.json"
        raw = self._read(name)
        try:
            return Watermark.model_validate_json(raw) if raw is not None else None
        except ValidationError as exc:
            raise _invalid(str(self.directory / name), "watermark", exc) from None

    def save_watermark(self, scope: str, watermark: Watermark) -> None:
        self._write(f"{scope}.watermark.json", watermark.model_dump_json())

    def load_pending(self, scope: str) -> list[ErrorGroup]:
        name = f"{scope}.pending.json"
        raw = self._read(name)
        try:
            return _GROUPS.validate_json(raw) if raw is not None else []
        except ValidationError as exc:
            raise _invalid(str(self.directory / name), "list of pending groups", exc) from None

    def save_pending(self, scope: str, groups: Sequence[ErrorGroup]) -> None:
        if not groups and self._read(f"{scope}.pending.json") is None:
            return
        self._write(f"{scope}.pending.json", _GROUPS.dump_json(list(groups)).decode())


class RedisRunState:
    """Keys ``dogcatcher:<scope>:watermark`` and ``…:pending`` in one Redis database."""

    def __init__(self, client: redis.Redis, *, prefix: str = "dogcatcher") -> None:
        self.client = client
        self.prefix = prefix

    @property
    def description(self) -> str:
        kwargs = self.client.connection_pool.connection_kwargs
        return f"Redis {kwargs.get('host')}:{kwargs.get('port')} db {kwargs.get('db', 0)}"

    def _key(self, scope: str, what: str) -> str:
        return f"{self.prefix}:{scope}:{what}"

    def _get(self, key: str) -> bytes | None:
        try:
            value = self.client.get(key)
        except redis.RedisError as exc:
            raise DogcatcherError(
                f"cannot read {key} from {self.description}: {exc}", transient=True
            ) from None
        return value if isinstance(value, bytes) else None

    def _set(self, key: str, value: str | None) -> None:
        try:
            if value is None:
                self.client.delete(key)
            else:
                self.client.set(key, value)
        except redis.RedisError as exc:
            raise DogcatcherError(
                f"cannot write {key} to {self.description}: {exc}", transient=True
            ) from None

    def load_watermark(self, scope: str) -> Watermark | None:
        key = self._key(scope, "watermark")
        raw = self._get(key)
        try:
            return Watermark.model_validate_json(raw) if raw is not None else None
        except ValidationError as exc:
            raise _invalid(f"{key} in {self.description}", "watermark", exc) from None

    def save_watermark(self, scope: str, watermark: Watermark) -> None:
        self._set(self._key(scope, "watermark"), watermark.model_dump_json())

    def load_pending(self, scope: str) -> list[ErrorGroup]:
        key = self._key(scope, "pending")
        raw = self._get(key)
        try:
            return _GROUPS.validate_json(raw) if raw is not None else []
        except ValidationError as exc:
            raise _invalid(f"{key} in {self.description}", "list of pending groups", exc) from None

    def save_pending(self, scope: str, groups: Sequence[ErrorGroup]) -> None:
        value = _GROUPS.dump_json(list(groups)).decode() if groups else None
        self._set(self._key(scope, "pending"), value)


def redis_client(settings: Settings, db: int) -> redis.Redis:
    """A client for one database of the configured Redis."""
    password = settings.state.redis_password
    return redis.Redis.from_url(
        f"{settings.state.redis_url}/{db}",
        password=password.get_secret_value() if password else None,
        socket_timeout=10,
        socket_connect_timeout=5,
    )


def build_run_state(settings: Settings) -> RunState:
    """The run state the settings ask for."""
    if settings.state.backend == "redis":
        return RedisRunState(redis_client(settings, settings.state.results_db))
    return FileRunState(settings.state.directory)


def carry_over(
    groups: Sequence[ErrorGroup],
    pending: Sequence[ErrorGroup],
    window: TimeWindow,
    *,
    max_samples: int,
) -> list[ErrorGroup]:
    """This run's groups plus the pending ones an earlier run could not finish.

    A pending group was read again when its events lie inside this run's window and this
    run's group of the same fingerprint spans them; then this run's count already holds
    them. Any other pending group adds its events to the run.
    """
    current = {group.fingerprint: group for group in groups}

    def read_again(held: ErrorGroup) -> bool:
        now = current.get(held.fingerprint)
        return (
            now is not None
            and window.contains(held.first_seen)
            and window.contains(held.last_seen)
            and now.first_seen <= held.first_seen
            and now.last_seen >= held.last_seen
        )

    carried = [group for group in pending if not read_again(group)]
    if not carried:
        return list(groups)
    return merge_groups([groups, carried], max_samples=max_samples)
