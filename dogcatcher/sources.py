"""Log sources: where events come from, one page at a time.

A source is asked for one page at a cursor and answers with the page's events and the next
cursor, so the flow can fetch page by page and never holds more than a few pages of events.
``read_pages`` reads pages in a row until they hold enough events for one task run.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager
from importlib.resources import files
from pathlib import Path
from typing import Any, Protocol

from pydantic import BaseModel, ConfigDict

from dogcatcher.exceptions import ConfigError, SourceError
from dogcatcher.models import LogEvent, SkippedEvent, TimeWindow
from dogcatcher.settings import Settings
from dogcatcher.wire import event_from_json

__all__ = [
    "SAMPLE_EVENTS",
    "FileSource",
    "LogSource",
    "Page",
    "build_source",
    "parse_events",
    "read_pages",
]

logger = logging.getLogger(__name__)

SAMPLE_EVENTS = Path(str(files("dogcatcher") / "data" / "sample_events.jsonl"))


class Page(BaseModel):
    """One page of events, what could not be read in it, and where the next page starts."""

    model_config = ConfigDict(frozen=True)

    number: int
    events: list[LogEvent]
    skipped: list[SkippedEvent] = []
    outside_window: int = 0
    next_cursor: str | None = None
    duplicates: int = 0  # events an earlier run already saw (overlapping windows)
    tail_ids: frozenset[str] = frozenset()  # ids near the window's end, for the next run
    pages: int = 1  # the source's pages it holds (``read_pages`` reads several in a row)


class LogSource(Protocol):
    """Yields the events of a time window, page by page."""

    @property
    def description(self) -> str:
        """Where the events come from, for reports."""
        ...

    def fetch_page(self, window: TimeWindow, cursor: str | None, number: int) -> Page:
        """The page starting at ``cursor`` (``None``: the first page)."""
        ...

    def slices(self, window: TimeWindow, parts: int) -> list[TimeWindow]:
        """``window`` cut into at most ``parts`` windows that can be paged through side by
        side, together holding each of its events once."""
        ...

    def check(self) -> str:
        """Verify the source can be read; a short description of what was verified.
        Raises ``DogcatcherError`` saying what is wrong."""
        ...


def read_pages(
    source: LogSource,
    window: TimeWindow,
    cursor: str | None,
    numbers: Iterator[int],
    enough: int,
    occupy: Callable[[], AbstractContextManager[object]],
) -> Page:
    """The pages from ``cursor`` on, read one after another until they hold ``enough``
    records (events, skipped and outside the window) or the window ends, as one page.

    A task run per page of the source (Datadog's hold 1,000 events) made Prefect's
    bookkeeping of fetching, sanitizing and grouping cost more than the work (about 150 ms
    of CPU a page, most of it in the API's server, against about 75 ms to parse, sanitize
    and group it); several pages per run keep it small, and the next page is asked for as
    soon as its cursor is known, in the same thread. Each page is numbered by ``numbers``
    (its number names it in errors) and fetched inside ``occupy()`` (the service's
    concurrency limit)."""
    read: list[Page] = []
    held = 0
    followed = {cursor}
    while True:
        with occupy():
            page = source.fetch_page(window, cursor, next(numbers))
        if page.next_cursor is not None and page.next_cursor in followed:
            # Followed, it would read the same events again and again (counting each every
            # time) until the run's timeout.
            logger.warning(
                "%s gave a cursor it gave before after page %d: its pages end there",
                source.description,
                page.number,
            )
            page = page.model_copy(update={"next_cursor": None})
        followed.add(page.next_cursor)
        read.append(page)
        held += len(page.events) + len(page.skipped) + page.outside_window
        cursor = page.next_cursor
        if cursor is None or held >= enough:
            break
    if len(read) == 1:
        return read[0]
    return Page(
        number=read[0].number,
        events=[event for page in read for event in page.events],
        skipped=[skip for page in read for skip in page.skipped],
        outside_window=sum(page.outside_window for page in read),
        next_cursor=cursor,
        pages=len(read),
    )


class FileSource:
    """JSONL of Datadog v2 log events, one per line (the shape of ``data[]`` items).

    The cursor is ``"<byte offset>:<line number>"``. A line that is not valid JSON or not a
    valid event is reported with its line number and skipped; the rest of the file is read.
    """

    def __init__(self, path: Path, page_size: int = 1000) -> None:
        self.path = path
        self.page_size = page_size

    @property
    def description(self) -> str:
        return f"file {self.path}"

    def check(self) -> str:
        try:
            with self.path.open("rb") as handle:
                first = handle.readline()
        except OSError as exc:
            raise SourceError(f"cannot read {self.path}: {exc.strerror or exc}") from None
        if first.strip():
            try:
                event_from_json(first)
            except (ValueError, SourceError) as exc:
                raise SourceError(f"{self.path}:1 is not a Datadog event: {exc}") from None
        return f"{self.path} is readable ({self.path.stat().st_size:,} bytes)"

    def slices(self, window: TimeWindow, parts: int) -> list[TimeWindow]:
        return [window]  # a file is read from its start, in one order

    def fetch_page(self, window: TimeWindow, cursor: str | None, number: int) -> Page:
        offset, line_no = _parse_cursor(cursor)
        events: list[LogEvent] = []
        skipped: list[SkippedEvent] = []
        outside = 0
        try:
            handle = self.path.open("rb")
        except OSError as exc:
            raise SourceError(f"cannot read {self.path}: {exc.strerror or exc}") from None
        with handle:
            handle.seek(offset)
            lines_read = 0
            while lines_read < self.page_size:
                raw = handle.readline()
                if not raw:
                    return Page(
                        number=number, events=events, skipped=skipped, outside_window=outside
                    )
                offset += len(raw)
                line_no += 1
                lines_read += 1
                if not raw.strip():
                    continue
                try:
                    event = event_from_json(raw)
                except (ValueError, SourceError) as exc:  # JSONDecodeError is a ValueError
                    where = f"{self.path.name}:{line_no}"
                    reason = _short_reason(exc)
                    logger.warning("skipped %s: %s", where, reason)
                    skipped.append(SkippedEvent(where=where, reason=reason))
                    continue
                if window.contains(event.timestamp):
                    events.append(event)
                else:
                    outside += 1
            more = bool(handle.read(1))
        return Page(
            number=number,
            events=events,
            skipped=skipped,
            outside_window=outside,
            next_cursor=f"{offset}:{line_no}" if more else None,
        )


def _short_reason(exc: Exception) -> str:
    if isinstance(exc, json.JSONDecodeError):
        return f"not valid JSON ({exc.msg} at column {exc.colno})"
    return f"not valid JSON ({exc})" if isinstance(exc, ValueError) else str(exc)


def _parse_cursor(cursor: str | None) -> tuple[int, int]:
    if cursor is None:
        return 0, 0
    try:
        offset, line_no = cursor.split(":")
        return int(offset), int(line_no)
    except ValueError:
        raise SourceError(f"malformed file cursor {cursor!r}") from None


def build_source(settings: Settings) -> LogSource:
    """The source the settings ask for."""
    if settings.source.kind == "file":
        path = settings.source.path or SAMPLE_EVENTS
        if not path.is_file():
            raise ConfigError(f"source.path: {path} is not a file")
        return FileSource(path, settings.source.page_size)
    if settings.source.kind == "datadog":
        from dogcatcher.datadog import DatadogSource

        return DatadogSource(settings.source)
    raise ConfigError(f"source.kind: unknown source {settings.source.kind!r}")


def parse_events(
    items: Iterable[Any], where: Callable[[int, Any], str]
) -> tuple[list[LogEvent], list[SkippedEvent]]:
    """Parse raw Datadog events; a bad one is reported (``where(index, item)``) and skipped."""
    events: list[LogEvent] = []
    skipped: list[SkippedEvent] = []
    for index, item in enumerate(items):
        try:
            events.append(LogEvent.from_datadog(item))
        except SourceError as exc:
            place = where(index, item)
            logger.warning("skipped %s: %s", place, exc)
            skipped.append(SkippedEvent(where=place, reason=str(exc)))
    return events, skipped
