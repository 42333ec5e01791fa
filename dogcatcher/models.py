"""The data that flows through a run: events, groups, analyses, decisions, drafts, reports.

Every stage hands the next one of these pydantic models, so each boundary is validated and
each model can be persisted (Prefect results, tracker files) as JSON.
"""

from __future__ import annotations

import sys
from array import array
from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from dogcatcher.exceptions import SourceError
from dogcatcher.text import without_surrogates

__all__ = [
    "Analysis",
    "Category",
    "Decision",
    "DecisionAction",
    "ErrorGroup",
    "GroupOutcome",
    "LogEvent",
    "MatchBy",
    "Reading",
    "RunReport",
    "Severity",
    "SkippedEvent",
    "StackFrame",
    "TicketDraft",
    "TimeWindow",
    "epoch_micros",
    "pack_times",
]

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
MICROSECOND = timedelta(microseconds=1)


def epoch_micros(moment: datetime) -> int:
    """``moment`` in whole microseconds since the epoch (exact: a datetime holds no less)."""
    return (moment - _EPOCH) // MICROSECOND


def _from_micros(value: int) -> datetime:
    return _EPOCH + timedelta(microseconds=value)


def pack_times(values: array[int]) -> bytes:
    """Event times (``array("q")`` of epoch microseconds) as ``ErrorGroup.times`` holds
    them: little-endian int64s."""
    if sys.byteorder == "big":
        values = array("q", values)
        values.byteswap()
    return values.tobytes()


def _unpack_times(packed: bytes) -> array[int]:
    values = array("q")
    values.frombytes(packed)
    if sys.byteorder == "big":
        values.byteswap()
    return values


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class TimeWindow(_Model):
    """A half-open time window [start, end); ``None`` on a side means unbounded."""

    start: datetime | None = None
    end: datetime | None = None

    def contains(self, moment: datetime) -> bool:
        """Whether ``moment`` lies in the window."""
        if self.start is not None and moment < self.start:
            return False
        return self.end is None or moment < self.end

    def describe(self) -> str:
        """A short human form, e.g. ``2026-11-01T00:00Z → 2026-11-02T00:00Z``."""

        def fmt(moment: datetime | None) -> str:
            return moment.strftime("%Y-%m-%dT%H:%MZ") if moment else "…"

        if self.start is None and self.end is None:
            return "all events"
        return f"{fmt(self.start)} → {fmt(self.end)}"


class Reading(_Model):
    """How a run read its events, which tells what a ticket has been told of already.

    ``end``: the end of the run's window; a ticket the run writes to has been told of the
    group's events before it (without one, before its newest event). ``finished``: when the
    run continues from the scope's last finished run (a watermark), where that run's window
    ended. A finished run's events are not read again (those in the late margin are dropped
    by id), so a ticket told by runs that ended by then has been told of none of this run's.
    """

    end: datetime | None = None
    finished: datetime | None = None

    def mark(self, group: ErrorGroup) -> datetime:
        """What a ticket told of ``group``'s events records: told of those before it."""
        after_newest = group.last_seen + MICROSECOND
        return max(self.end, after_newest) if self.end is not None else after_newest


def _as_str(value: Any) -> str | None:
    if value is None or value == "":
        return None
    return value if isinstance(value, str) else str(value)


_EMPTY: dict[str, Any] = {}


class LogEvent(_Model):
    """One error log line, in the fields Dogcatcher uses from a Datadog v2 log event."""

    id: str = Field(min_length=1)
    timestamp: datetime
    message: str = ""
    service: str = "unknown"
    host: str | None = None
    status: str = "error"
    tags: tuple[str, ...] = ()
    error_kind: str | None = None
    error_message: str | None = None
    error_stack: str | None = None
    logger_name: str | None = None
    trace_id: str | None = None

    @property
    def env(self) -> str | None:
        """The ``env:`` tag, Datadog's unified service tag for the environment."""
        for tag in self.tags:
            if tag.startswith("env:"):
                return tag[4:]
        return None

    @classmethod
    def from_datadog(cls, raw: Mapping[str, Any]) -> LogEvent:
        """Parse one item of ``data[]`` from ``POST /api/v2/logs/events/search``.

        Raises ``SourceError`` naming the missing or malformed field.
        """
        # Plain dicts with str or null values and str tags take the short path (type
        # checks, no calls); anything else, and anything the model refuses, the checked
        # one, which gives the same event or names the problem.
        values = _plain_values(raw)
        event = cls.from_datadog_values(*values) if values is not None else None
        if event is None:
            return cls._from_datadog_checked(raw)
        return _surrogates_replaced(event)

    @classmethod
    def from_datadog_values(
        cls,
        id_: str | None,
        timestamp: Any,
        message: str | None,
        service: str | None,
        host: str | None,
        status: str | None,
        tags: tuple[str, ...],
        error_kind: str | None,
        error_message: str | None,
        error_stack: str | None,
        logger_name: str | None,
        trace_id: str | None,
    ) -> LogEvent | None:
        """The event from values read off a Datadog event, each a str or None: what the
        short paths of reading an event end in. None when the model refuses them; the
        checked path, ``from_datadog``, then names the problem."""
        if not (error_kind or error_message or error_stack) and (not message or message.isspace()):
            return None  # nothing to describe: the checked path names it
        # As the checked path has it: an empty string is no value.
        fields = {
            "id": id_ or "",
            "timestamp": timestamp,
            "message": message or "",
            "service": service or "unknown",
            "host": host or None,
            "status": status or "error",
            "tags": tags,
            "error_kind": error_kind or None,
            "error_message": error_message or None,
            "error_stack": error_stack or None,
            "logger_name": logger_name or None,
            "trace_id": trace_id or None,
        }
        try:
            event: LogEvent = _VALIDATE(fields)
        except ValidationError:
            return None
        return event if event.timestamp.tzinfo is not None else _in_utc(event)

    @classmethod
    def _from_datadog_checked(cls, raw: Mapping[str, Any]) -> LogEvent:
        if not isinstance(raw, Mapping):
            raise SourceError(f"expected a JSON object, got {type(raw).__name__}")
        attrs = raw.get("attributes")
        if not isinstance(attrs, Mapping):
            raise SourceError("missing 'attributes' object")
        custom = attrs.get("attributes") or {}
        if not isinstance(custom, Mapping):
            raise SourceError("'attributes.attributes' must be an object")
        error = custom.get("error") or {}
        logger = custom.get("logger") or {}
        dd = custom.get("dd") or {}
        if not isinstance(error, Mapping) or not isinstance(logger, Mapping):
            raise SourceError("'attributes.attributes.error' and '.logger' must be objects")
        trace_id = (dd.get("trace_id") if isinstance(dd, Mapping) else None) or custom.get(
            "trace_id"
        )
        tags = attrs.get("tags") or ()
        if not isinstance(tags, list | tuple):
            raise SourceError("'attributes.tags' must be a list")
        try:
            event = cls(
                id=raw.get("id") or "",
                timestamp=attrs.get("timestamp"),
                message=_as_str(attrs.get("message")) or "",
                service=_as_str(attrs.get("service")) or "unknown",
                host=_as_str(attrs.get("host")),
                status=_as_str(attrs.get("status")) or "error",
                tags=tuple(str(tag) for tag in tags),
                error_kind=_as_str(error.get("kind")),
                error_message=_as_str(error.get("message")),
                error_stack=_as_str(error.get("stack")),
                logger_name=_as_str(logger.get("name")),
                trace_id=_as_str(trace_id),
            )
        except ValidationError as exc:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in err['loc']) or 'event'}: {err['msg']}"
                for err in exc.errors()
            )
            raise SourceError(problems) from None
        if not (event.error_kind or event.error_message or event.error_stack) and (
            not event.message.strip()
        ):
            raise SourceError(
                "neither a message (attributes.message) nor an error "
                "(attributes.attributes.error): nothing to ticket"
            )
        event = event if event.timestamp.tzinfo is not None else _in_utc(event)
        return _surrogates_replaced(event)


def _in_utc(event: LogEvent) -> LogEvent:
    """An event stamped without a time zone, taken as UTC, as Datadog stamps: a naive time
    cannot be compared with a window's or another event's."""
    return event.model_copy(update={"timestamp": event.timestamp.replace(tzinfo=UTC)})


_TEXT_FIELDS = (
    *("id", "message", "service", "host", "status", "error_kind", "error_message"),
    *("error_stack", "logger_name", "trace_id"),
)


def _surrogates_replaced(event: LogEvent) -> LogEvent:
    """The event with its texts' lone surrogates replaced (see ``dogcatcher.text``)."""
    changed: dict[str, Any] = {}
    for name in _TEXT_FIELDS:
        value = getattr(event, name)
        if value and (clean := without_surrogates(value)) != value:
            changed[name] = clean
    tags = tuple(without_surrogates(tag) for tag in event.tags)
    if tags != event.tags:
        changed["tags"] = tags
    return event.model_copy(update=changed) if changed else event


_SEQUENCES = frozenset((list, tuple))
_STR = frozenset((str,))
_STR_OR_NONE = frozenset((str, type(None)))


def _plain_values(raw: Any) -> tuple[Any, ...] | None:
    """The values ``LogEvent.from_datadog_values`` takes, of a Datadog event whose objects
    are dicts, whose values are str or null and whose tags are str; None for any other
    event."""
    attrs = raw.get("attributes") if type(raw) is dict else None
    if type(attrs) is not dict:
        return None
    custom = attrs.get("attributes") or _EMPTY
    if type(custom) is not dict:
        return None
    error = custom.get("error") or _EMPTY
    logger = custom.get("logger") or _EMPTY
    dd = custom.get("dd") or _EMPTY
    tags = attrs.get("tags") or ()
    if not (type(error) is dict and type(logger) is dict and type(dd) is dict):
        return None
    texts = (
        raw.get("id"),
        attrs.get("message"),
        attrs.get("service"),
        attrs.get("host"),
        attrs.get("status"),
        error.get("kind"),
        error.get("message"),
        error.get("stack"),
        logger.get("name"),
        dd.get("trace_id"),
        custom.get("trace_id"),
    )
    if not (
        type(tags) in _SEQUENCES
        and _STR_OR_NONE.issuperset(map(type, texts))
        and _STR.issuperset(map(type, tags))
    ):
        return None
    id_, message, service, host, status, kind, text, stack, name, trace, trace_id = texts
    return (
        id_,
        attrs.get("timestamp"),
        message,
        service,
        host,
        status,
        tuple(tags),
        kind,
        text,
        stack,
        name,
        trace or trace_id,
    )


_VALIDATE = LogEvent.__pydantic_validator__.validate_python


class SkippedEvent(_Model):
    """An input record that could not be used, and why."""

    where: str  # e.g. "sample.jsonl:17" or "datadog page 3, event AQAA…"
    reason: str


class StackFrame(_Model):
    """One normalized stack frame: enough to tell throw sites apart across deploys."""

    function: str
    file: str | None = None
    line: int | None = None
    in_app: bool = True

    def signature(self) -> str:
        """Frame identity without the line number, which shifts on every deploy."""
        return f"{self.file or '?'}:{self.function}"


class ErrorGroup(_Model):
    """All events of one distinct error in a window. Everything in it is sanitized."""

    fingerprint: str
    error_kind: str | None
    template: str
    count: int = Field(ge=1)
    first_seen: datetime
    last_seen: datetime
    services: tuple[str, ...]
    hosts: tuple[str, ...] = ()
    envs: tuple[str, ...] = ()
    samples: tuple[str, ...] = ()
    stack: str | None = None
    top_frames: tuple[StackFrame, ...] = ()
    event_ids: tuple[str, ...] = ()  # a bounded sample, for links back to the source
    # When each event happened (``pack_times``; 8 bytes an event, in no order): what lets a
    # write tell a ticket only the events it has not been told of (``since``). Empty in a
    # group an earlier version kept, or one merged with such a group.
    times: bytes = Field(default=b"", repr=False)

    model_config = ConfigDict(ser_json_bytes="base64", val_json_bytes="base64")

    @property
    def service(self) -> str:
        """The service with the most events (services are kept most-frequent first)."""
        return self.services[0] if self.services else "unknown"

    @property
    def timed(self) -> bool:
        """Whether ``times`` holds each event's time."""
        return len(self.times) == 8 * self.count

    def since(self, moment: datetime | None) -> ErrorGroup | None:
        """This group with only its events at or after ``moment`` (all of them if None), or
        None if it has none. A group without its events' times (``timed``) is whole if its
        newest event is at or after ``moment``."""
        if moment is None or self.first_seen >= moment:
            return self
        if self.last_seen < moment:
            return None
        if not self.timed:
            return self
        cut = epoch_micros(moment)
        kept = array("q", [value for value in _unpack_times(self.times) if value >= cut])
        return self._with_times(kept)

    def without_events_of(self, other: ErrorGroup, count: int) -> ErrorGroup:
        """This group less ``count`` of its events, the ones it shares with ``other``
        (both hold them), their times taken out one for one where both are ``timed``."""
        update: dict[str, Any] = {"count": self.count - count}
        if self.timed and other.timed:
            left = self._times_without(other, count)
            update["times"] = pack_times(left)
            update["count"] = len(left)
        return self.model_copy(update=update)

    def _times_without(self, other: ErrorGroup, most: int) -> array[int]:
        """This group's event times less at most ``most`` of those ``other`` holds too, one
        for one."""
        shared = Counter(_unpack_times(other.times))
        left = array("q")
        for value in _unpack_times(self.times):
            if most and shared[value]:
                shared[value] -= 1
                most -= 1
            else:
                left.append(value)
        return left

    def less(self, other: ErrorGroup) -> ErrorGroup | None:
        """This group without the events ``other`` holds too, matched one for one by their
        times (both must be ``timed``), or None if none is left."""
        left = self._times_without(other, self.count)
        if not left:
            return None
        if len(left) == self.count:
            return self
        return self._with_times(left)

    def _with_times(self, times: array[int]) -> ErrorGroup:
        """This group made of the events at ``times`` (some of its own; not empty)."""
        return self.model_copy(
            update={
                "count": len(times),
                "first_seen": _from_micros(min(times)),
                "last_seen": _from_micros(max(times)),
                "times": pack_times(times),
            }
        )

    @staticmethod
    def joined_times(groups: Iterable[ErrorGroup]) -> bytes:
        """The ``times`` of one group made of ``groups``: empty unless each is ``timed``."""
        groups = list(groups)
        return b"".join(g.times for g in groups) if all(g.timed for g in groups) else b""


class Category(StrEnum):
    DATABASE = "database"
    TIMEOUT = "timeout"
    NETWORK = "network"
    HTTP_5XX = "http_5xx"
    HTTP_4XX = "http_4xx"
    AUTH = "auth"
    OUT_OF_MEMORY = "out_of_memory"
    DISK = "disk"
    CONFIGURATION = "configuration"
    QUEUE = "queue"
    CODE = "code"  # a programming error: null dereference, type error, bad index …
    UNKNOWN = "unknown"


class Severity(StrEnum):
    CRITICAL = "critical"
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"

    @property
    def rank(self) -> int:
        """0 for critical … 3 for low; sorts the most severe first."""
        return list(Severity).index(self)


class Analysis(_Model):
    """What an analyzer concluded about a group. Prose fields are bounded plain text."""

    title: str = Field(min_length=1, max_length=120)
    summary: str = Field(max_length=2000)
    category: Category
    severity: Severity
    suspected_cause: str = Field(default="", max_length=1000)
    suggested_actions: tuple[str, ...] = Field(default=(), max_length=5)
    actionable: bool = True
    confidence: float = Field(ge=0.0, le=1.0)
    analyzer: str
    tokens: int = Field(default=0, ge=0)  # LLM tokens this analysis cost
    fallback_reason: str | None = None  # why the preferred analyzer's answer was not used


class TicketDraft(_Model):
    """A ticket as our code composed it; the tracker renders it in its own markup."""

    project: str
    issue_type: str
    summary: str = Field(max_length=255)
    description: str
    labels: tuple[str, ...]
    priority: str
    components: tuple[str, ...] = ()
    fields: dict[str, Any] = Field(default_factory=dict)


DecisionAction = Literal["create", "comment", "reopen", "skip"]


# How a ticket was found for a group that does not carry its fingerprint label.
MatchBy = Literal["words", "meaning"]


class Decision(_Model):
    """What to do about one group in the tracker, and why."""

    fingerprint: str
    action: DecisionAction
    reason: str
    ticket_key: str | None = None
    draft: TicketDraft | None = None
    comment: str | None = None
    # The ticket was found by similarity, not by fingerprint label: it gets the label.
    match_score: float | None = None
    match_by: MatchBy = "words"  # how, when match_score is set
    link_to: str | None = None  # a created ticket is linked to this one (a regression)
    held: bool = False  # a skip whose occurrences are kept for the next run (cap, throttle)
    # Another group of this run is the same error: tell the ticket created for that one.
    follows: str | None = None
    # The ticket has been told of the group's events before this: the decision is about
    # those at or after it (``ErrorGroup.since``). None: about all of them.
    since: datetime | None = None


class GroupOutcome(_Model):
    """One row of the run report: a group, its analysis and what was done."""

    fingerprint: str
    title: str
    service: str
    count: int
    category: Category
    severity: Severity
    analyzer: str
    action: DecisionAction
    reason: str
    ticket_key: str | None = None
    ticket_url: str | None = None
    applied: bool = False  # False in dry-run, or when applying failed
    held: bool = False  # kept for the next run: the ticket cap, or comments throttled
    error: str | None = None


class FailureStreak(_Model):
    """A group that has failed in several runs in a row, each time kept for the next."""

    runs: int  # this run included
    since: datetime  # when a run first kept it


class RunReport(_Model):
    """The outcome of one run: counts per stage and a row per group."""

    profile: str
    team: str | None = None
    window: TimeWindow
    dry_run: bool
    source: str
    tracker: str
    started_at: datetime = Field(default_factory=lambda: datetime.now(UTC))
    finished_at: datetime | None = None
    pages: int = 0
    events_read: int = 0
    events_skipped: int = 0
    duplicates: int = 0  # events an earlier run of this profile already counted
    incremental: bool = False  # the window continued from the last successful run
    watermark: datetime | None = None  # the end this run recorded for the next one
    behind: timedelta = timedelta(0)  # what source.max_window left to the next runs
    skipped: tuple[SkippedEvent, ...] = ()  # the first few, for the report
    redactions: dict[str, int] = Field(default_factory=dict)
    groups: int = 0
    analyzers: dict[str, int] = Field(default_factory=dict)
    llm_tokens: int = 0  # spent by this run; cached analyses cost nothing again
    cached_analyses: int = 0  # analyses reused from an earlier run (by fingerprint)
    fallbacks: dict[str, str] = Field(default_factory=dict)  # fingerprint → reason
    outcomes: tuple[GroupOutcome, ...] = ()
    failed_groups: dict[str, str] = Field(default_factory=dict)  # fingerprint → error
    carried_over: int = 0  # pending groups of earlier runs tried again in this one
    pending: int = 0  # groups this run could not finish, kept for the next run
    # Failed groups that earlier runs kept after failing too: fingerprint → the streak.
    failing: dict[str, FailureStreak] = Field(default_factory=dict)
    max_tickets: int

    def count_actions(self) -> dict[str, int]:
        """How many groups got each action (create, comment, reopen, skip)."""
        counts = {"create": 0, "comment": 0, "reopen": 0, "skip": 0}
        for outcome in self.outcomes:
            counts[outcome.action] += 1
        return counts

    @property
    def failures(self) -> dict[str, str]:
        """Groups that failed (lookup or applying), fingerprint → error. They are kept as
        pending groups and tried again by the next run."""
        failed = {o.fingerprint: o.error for o in self.outcomes if o.error is not None}
        return {**self.failed_groups, **failed}
