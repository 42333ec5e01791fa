"""What a run leaves for the next one: its watermark, and the groups it could not finish.

Two backends behind one small interface: files under ``state.directory`` (one machine), and
Redis (``state.backend: redis``), which every worker of a scaled-out installation shares.
Everything stored is sanitized (groups hold only redacted text).

Pending groups are updated group by group, never overwritten as a whole: two runs of one
scope can overlap (a scheduled run and a backfill of the same profile), and what one of
them kept must survive the other's end. A run takes the records it loaded away only if
they are still as it loaded them, and adds what it keeps to what is there.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal, NamedTuple, Protocol
from uuid import uuid4

import redis
from filelock import FileLock
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    TypeAdapter,
    ValidationError,
    field_validator,
)

from dogcatcher.exceptions import ConfigError, DogcatcherError
from dogcatcher.grouping import merge_groups
from dogcatcher.models import ErrorGroup, TimeWindow
from dogcatcher.settings import Settings

logger = logging.getLogger(__name__)

__all__ = [
    "FileRunState",
    "Pending",
    "RedisRunState",
    "RunState",
    "Watermark",
    "build_run_state",
    "carry_over",
    "updated_pending",
]


class Watermark(BaseModel):
    """The end of the last successful run, and the event ids it saw near that end."""

    model_config = ConfigDict(frozen=True)

    end: datetime
    seen_ids: frozenset[str] = frozenset()

    @field_validator("end")
    @classmethod
    def _in_utc(cls, end: datetime) -> datetime:
        # One written by hand without a zone: a naive time cannot be compared with now.
        end = end if end.tzinfo is not None else end.replace(tzinfo=UTC)
        if end.year < 1970:  # by hand too: no log is older, and year 1 overflows the window
            raise ValueError("is before 1970")
        return end


class Pending(BaseModel):
    """A group a run could not finish, kept with its events for the next run: it failed
    (the tracker refused it, say), or it was held (the ticket cap, a comment throttle)."""

    model_config = ConfigDict(frozen=True)

    group: ErrorGroup
    why: Literal["failed", "held"]
    reason: str  # the error, or what held it
    since: datetime  # when a run first kept it
    runs: int = Field(default=1, ge=1)  # runs in a row that kept it
    # Which record this is, and the one an earlier run kept that it continues (its events,
    # ``inherited`` of them, are in ``group``): two runs that took the same record and keep
    # its group again hold those events twice, and their merge counts them once.
    id: str = Field(default_factory=lambda: uuid4().hex)
    parent: str | None = None
    inherited: int = Field(default=0, ge=0)
    # Kept by a run that continued from a watermark, whose window ended here: a run that
    # continues from a watermark at or after it reads none of its events again
    # (``carry_over``'s unread). None: kept by a run over a window given by hand, which
    # saves no watermark, so the next scheduled run may read its events again; a run that
    # stopped after saving its pending groups but before its watermark is read again too.
    read_through: datetime | None = None

    @property
    def fingerprint(self) -> str:
        return self.group.fingerprint

    def kept_again(
        self,
        group: ErrorGroup,
        why: Literal["failed", "held"],
        reason: str,
        *,
        now: datetime,
        read_through: datetime | None = None,
    ) -> Pending:
        """This record after one more run kept its group (now ``group``, which holds this
        record's events), ``now``. Its runs and since count the runs in a row that kept it
        for ``why``: a group held by the cap that then fails once has failed in one run."""
        same = why == self.why
        return Pending(
            group=group,
            why=why,
            reason=reason,
            since=self.since if same else now,
            runs=self.runs + 1 if same else 1,
            parent=self.id,
            inherited=self.group.count,
            read_through=read_through,
        )


# Before 2026-11-30 the pending groups were stored as bare groups, without why.
_EARLIER = "kept by an earlier version of Dogcatcher, which did not record why"
_STORED = TypeAdapter(list[Pending | ErrorGroup])


def _pending(records: Iterable[Pending | ErrorGroup]) -> list[Pending]:
    return [
        r
        if isinstance(r, Pending)
        # The same id at every load, so a run that took it can tell it is unchanged.
        else Pending(
            group=r, why="failed", reason=_EARLIER, since=r.last_seen, id=f"earlier-{r.fingerprint}"
        )
        for r in records
    ]


_ONE_STORED = TypeAdapter(Pending | ErrorGroup)


class _Stored(NamedTuple):
    """A stored list of pending groups: the records, and those that cannot be read, as
    they are stored (a run skips them and keeps them, so nothing in them is lost)."""

    records: list[Pending]
    damaged: list[Any]

    def dump(self, records: Sequence[Pending]) -> bytes:
        """``records`` and this list's damaged ones, as they are stored."""
        parts = [_ONE_STORED.dump_json(r) for r in records]
        parts += [json.dumps(d).encode() for d in self.damaged]
        return b"[" + b",".join(parts) + b"]"


def _read_stored(raw: bytes | None, where: str) -> _Stored:
    """The pending groups stored as ``raw`` (None: none) at ``where``, for the messages. A
    record that cannot be read is named in a warning, skipped, and kept as it is."""
    if raw is None:
        return _Stored([], [])
    try:
        return _Stored(_pending(_STORED.validate_json(raw)), [])
    except ValidationError as exc:
        whole = exc
    try:
        items = json.loads(raw)
    except ValueError:
        items = None
    if not isinstance(items, list):
        raise _invalid(where, "list of pending groups", whole) from None
    records: list[Pending | ErrorGroup] = []
    damaged: list[Any] = []
    for number, item in enumerate(items, 1):
        try:
            records.append(_ONE_STORED.validate_json(json.dumps(item)))
        except ValidationError as exc:
            damaged.append(item)
            problem = exc.errors()[0]  # as a record of today's shape reads it
            where_in = problem["loc"][1:]  # the first part names the shape: "Pending"
            logger.warning(
                "%s: pending record %d%s cannot be read (%s: %s) and is left as it is; the "
                "others are used. Mend it, or `dogcatcher state drop --all` drops them all",
                where,
                number,
                f" ({fp})" if (fp := _fingerprint_of(item)) else "",
                ".".join(str(part) for part in where_in),
                problem["msg"],
            )
    return _Stored(_pending(records), damaged)


def _fingerprint_of(item: Any) -> str | None:
    group = item.get("group", item) if isinstance(item, dict) else None
    fingerprint = group.get("fingerprint") if isinstance(group, dict) else None
    return fingerprint if isinstance(fingerprint, str) else None


def _read_pending(raw: bytes | None, where: str) -> list[Pending]:
    """The readable pending groups stored as ``raw`` (see ``_read_stored``)."""
    return _read_stored(raw, where).records


def updated_pending(
    stored: Sequence[Pending],
    taken: Iterable[Pending],
    kept: Iterable[Pending],
    *,
    max_samples: int = 3,
) -> list[Pending]:
    """``stored`` without the records a run ``taken`` (those still as it loaded them: one
    another run replaced meanwhile stays), with what the run ``kept`` added. A kept group
    whose fingerprint is stored still (another run kept it meanwhile) is merged with it,
    so neither run's events are lost, and the events of a record both runs took are
    counted once."""
    by_fp = {record.fingerprint: record for record in stored}
    for record in taken:
        if by_fp.get(record.fingerprint) == record:
            del by_fp[record.fingerprint]
    for record in kept:
        there = by_fp.get(record.fingerprint)
        if there is not None:
            mine = record.group
            if record.parent is not None and record.parent == there.parent:
                # Both runs took the same record and kept its events with theirs.
                mine = mine.without_events_of(there.group, record.inherited)
            (group,) = merge_groups([[there.group], [mine]], max_samples=max_samples)
            record = record.model_copy(
                update={
                    "group": group,
                    "since": min(there.since, record.since),
                    "runs": max(there.runs, record.runs),
                }
            )
        by_fp[record.fingerprint] = record
    return sorted(by_fp.values(), key=lambda r: (-r.group.count, r.fingerprint))


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

    def clear_watermark(self, scope: str) -> None:
        """Forget the watermark: the next run starts from ``source.lookback``."""
        ...

    def load_pending(self, scope: str) -> list[Pending]:
        """Groups earlier runs could not finish, to be tried again."""
        ...

    def update_pending(
        self, scope: str, taken: Sequence[Pending], kept: Sequence[Pending]
    ) -> list[Pending]:
        """Apply :func:`updated_pending` atomically to what is stored; return the result."""
        ...

    def clear_pending(self, scope: str) -> None:
        """Forget every pending group, even an unreadable list of them."""
        ...


def _invalid(where: str, what: str, exc: ValidationError) -> ConfigError:
    return ConfigError(
        f"{where} is not a valid {what} ({exc.error_count()} problem(s)); {_mend(what)}"
    )


def _mend(what: str) -> str:
    how = (
        "`dogcatcher state watermark --clear` starts again from source.lookback"
        if what == "watermark"
        else "`dogcatcher state drop --all` drops them"
    )
    return f"{how} (with the run's --profile and --team)"


class FileRunState:
    """JSON files under one directory, replaced atomically."""

    def __init__(self, directory: Path, *, max_samples: int = 3) -> None:
        self.directory = directory
        self.max_samples = max_samples  # of a group two runs kept

    @property
    def description(self) -> str:
        return f"files in {self.directory}"

    def _read(self, name: str) -> bytes | None:
        with self._files(name, "read"):
            try:
                return (self.directory / name).read_bytes()
            except FileNotFoundError:
                return None

    def _write(self, name: str, data: str) -> None:
        with self._files(name, "write"):
            self.directory.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.directory, prefix=f".{name}.")
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(data)
            os.replace(tmp, self.directory / name)

    @contextmanager
    def _files(self, name: str, doing: str) -> Iterator[None]:
        """File system errors (a read-only volume, a folder where the file belongs) as one
        clear error naming the file."""
        try:
            yield
        except OSError as exc:
            raise ConfigError(
                f"cannot {doing} the run state {self.directory / name}: "
                f"{exc.strerror or exc}; check state.directory"
            ) from None

    def load_watermark(self, scope: str) -> Watermark | None:
        name = f"{scope}.watermark.json"
        raw = self._read(name)
        try:
            return Watermark.model_validate_json(raw) if raw is not None else None
        except ValidationError as exc:
            raise _invalid(str(self.directory / name), "watermark", exc) from None

    def save_watermark(self, scope: str, watermark: Watermark) -> None:
        self._write(f"{scope}.watermark.json", watermark.model_dump_json())

    def clear_watermark(self, scope: str) -> None:
        name = f"{scope}.watermark.json"
        with self._files(name, "remove"):
            (self.directory / name).unlink(missing_ok=True)

    def _pending_lock(self, scope: str) -> FileLock:
        # Another process's run of this scope updates the same file: one at a time.
        return FileLock(self.directory / f".{scope}.pending.lock")

    def clear_pending(self, scope: str) -> None:
        if not self.directory.exists():  # a file there is named below
            return
        name = f"{scope}.pending.json"
        with self._files(name, "remove"), self._pending_lock(scope):
            (self.directory / name).unlink(missing_ok=True)

    def load_pending(self, scope: str) -> list[Pending]:
        name = f"{scope}.pending.json"
        return _read_pending(self._read(name), str(self.directory / name))

    def update_pending(
        self, scope: str, taken: Sequence[Pending], kept: Sequence[Pending]
    ) -> list[Pending]:
        name = f"{scope}.pending.json"
        if not kept and self._read(name) is None:
            return []
        with self._files(name, "update"):
            self.directory.mkdir(parents=True, exist_ok=True)
            with self._pending_lock(scope):
                stored = _read_stored(self._read(name), str(self.directory / name))
                result = updated_pending(stored.records, taken, kept, max_samples=self.max_samples)
                self._write(name, stored.dump(result).decode())
        return result


class RedisRunState:
    """Keys ``dogcatcher:<scope>:watermark`` and ``…:pending`` in one Redis database."""

    def __init__(
        self, client: redis.Redis, *, prefix: str = "dogcatcher", max_samples: int = 3
    ) -> None:
        self.client = client
        self.prefix = prefix
        self.max_samples = max_samples  # of a group two runs kept

    @property
    def description(self) -> str:
        kwargs = self.client.connection_pool.connection_kwargs
        return f"Redis {kwargs.get('host')}:{kwargs.get('port')} db {kwargs.get('db', 0)}"

    def _key(self, scope: str, what: str) -> str:
        return f"{self.prefix}:{scope}:{what}"

    def _get(self, key: str) -> bytes | None:
        try:
            value = self.client.get(key)
        except redis.ResponseError as exc:  # WRONGTYPE: a key someone else wrote
            what = "watermark" if key.endswith(":watermark") else "pending groups"
            raise ConfigError(
                f"{key} in {self.description} is not the {what} Dogcatcher writes ({exc}); "
                f"{_mend(what)}"
            ) from None
        except redis.RedisError as exc:
            raise DogcatcherError(
                f"cannot read {key} from {self.description}: {exc}", transient=True
            ) from None
        return value if isinstance(value, bytes) else None

    @contextmanager
    def _writing(self, key: str) -> Iterator[None]:
        try:
            yield
        except redis.RedisError as exc:
            raise DogcatcherError(
                f"cannot write {key} to {self.description}: {exc}", transient=True
            ) from None

    def _set(self, key: str, value: str | None) -> None:
        with self._writing(key):
            if value is None:
                self.client.delete(key)
            else:
                self.client.set(key, value)

    def load_watermark(self, scope: str) -> Watermark | None:
        key = self._key(scope, "watermark")
        raw = self._get(key)
        try:
            return Watermark.model_validate_json(raw) if raw is not None else None
        except ValidationError as exc:
            raise _invalid(f"{key} in {self.description}", "watermark", exc) from None

    def save_watermark(self, scope: str, watermark: Watermark) -> None:
        self._set(self._key(scope, "watermark"), watermark.model_dump_json())

    def clear_watermark(self, scope: str) -> None:
        self._set(self._key(scope, "watermark"), None)

    def clear_pending(self, scope: str) -> None:
        self._set(self._key(scope, "pending"), None)

    def load_pending(self, scope: str) -> list[Pending]:
        key = self._key(scope, "pending")
        return _read_pending(self._get(key), f"{key} in {self.description}")

    def update_pending(
        self, scope: str, taken: Sequence[Pending], kept: Sequence[Pending]
    ) -> list[Pending]:
        key = self._key(scope, "pending")
        result: list[Pending] = []

        def update(pipe: redis.client.Pipeline) -> None:
            # Optimistic: if another run writes the key between this read and the write
            # below, redis-py runs this again on what that run wrote.
            nonlocal result
            raw = pipe.get(key)
            stored = _read_stored(
                raw if isinstance(raw, bytes) else None, f"{key} in {self.description}"
            )
            result = updated_pending(stored.records, taken, kept, max_samples=self.max_samples)
            pipe.multi()
            if result or stored.damaged:
                pipe.set(key, stored.dump(result))
            else:
                pipe.delete(key)

        with self._writing(key):
            self.client.transaction(update, key)
        return result


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
    samples = settings.grouping.max_samples
    if settings.state.backend == "redis":
        client = redis_client(settings, settings.state.results_db)
        return RedisRunState(client, max_samples=samples)
    return FileRunState(settings.state.directory, max_samples=samples)


def carry_over(
    groups: Sequence[ErrorGroup],
    pending: Sequence[ErrorGroup],
    window: TimeWindow,
    *,
    max_samples: int,
    unread: Sequence[ErrorGroup] = (),
) -> list[ErrorGroup]:
    """This run's groups plus the pending ones an earlier run could not finish.

    A pending group's events that this run read again are counted once: where both groups
    hold their events' times, the held events whose times this run's group of the same
    fingerprint holds too are taken out, one for one (a window given by hand that reads
    part of them again adds the rest). A held group without times was read again when its
    events lie inside this run's window and this run's group spans them. Each of
    ``unread`` is added whole: those a finished run that continued from a watermark kept,
    when this run continues from it (it reads none of their events again: the late
    margin's are dropped by id).
    """
    current = {group.fingerprint: group for group in groups}

    def not_read_again(held: ErrorGroup) -> ErrorGroup | None:
        now = current.get(held.fingerprint)
        if now is None:
            return held
        if held.timed and now.timed:
            return held.less(now)
        spanned = (
            window.contains(held.first_seen)
            and window.contains(held.last_seen)
            and now.first_seen <= held.first_seen
            and now.last_seen >= held.last_seen
        )
        return None if spanned else held

    carried = [left for held in pending if (left := not_read_again(held))] + list(unread)
    if not carried:
        return list(groups)
    return merge_groups([groups, carried], max_samples=max_samples)
