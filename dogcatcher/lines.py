"""Line tools behind ``dogcatcher fingerprint`` and ``dogcatcher redact``: see how your logs
would group, or what redaction leaves, without running the flow."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from itertools import islice

from dogcatcher.exceptions import SourceError
from dogcatcher.grouping import Fingerprinter, FrameRules
from dogcatcher.models import LogEvent
from dogcatcher.sanitize import ExtraRules, redact_with, sanitize_events
from dogcatcher.wire import event_from_json

__all__ = ["BAD_LINE", "fingerprint_lines", "redact_lines"]

BAD_LINE = "-"  # printed for a line that is not an event, so outputs stay aligned
_CHUNK = 5000
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def _event(line: str, number: int, *, jsonl: bool, service: str) -> LogEvent:
    if jsonl:
        try:
            return event_from_json(line.removeprefix("\ufeff"))  # a file's BOM, as a run reads it
        except ValueError as exc:  # JSONDecodeError
            raise SourceError(f"not valid JSON ({exc})") from None
    return LogEvent(id=str(number), timestamp=_EPOCH, message=line, service=service)


def fingerprint_lines(
    lines: Iterable[str],
    *,
    jsonl: bool = False,
    service: str = "unknown",
    stack_frames: int = 3,
    frame_rules: FrameRules | None = None,
    extra: ExtraRules | None = None,
    errors: list[str] | None = None,
) -> Iterator[str]:
    """One fingerprint per input line, in order, exactly as a run would compute it (after
    redaction). Plain lines are messages of ``service``; with ``jsonl``, Datadog events. A
    bad line gives ``BAD_LINE`` and its problem is appended to ``errors``."""
    keyer = Fingerprinter(stack_frames, frame_rules)
    numbered = enumerate((line.rstrip("\n") for line in lines), start=1)
    while chunk := list(islice(numbered, _CHUNK)):
        parsed: list[tuple[int, LogEvent | None]] = []
        for number, line in chunk:
            try:
                parsed.append((number, _event(line, number, jsonl=jsonl, service=service)))
            except SourceError as exc:
                parsed.append((number, None))
                if errors is not None:
                    errors.append(f"line {number}: {exc}")
        clean = iter(sanitize_events((e for _, e in parsed if e is not None), extra).events)
        for _, event in parsed:
            yield keyer.key(next(clean))[0] if event is not None else BAD_LINE


def redact_lines(lines: Iterable[str], extra: ExtraRules | None = None) -> Iterator[str]:
    """Each line with its PII and secrets replaced by typed placeholders (by the built-in
    rules, then ``extra``)."""
    for line in lines:
        yield redact_with(line.rstrip("\n"), extra)
