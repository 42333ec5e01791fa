"""Watermarks: where the last successful run of a profile ended, so the next run continues
from there.

A run reads ``[end - late_margin, now - ingestion_delay)``: the margin catches events that
arrived late, and the ids of the events the previous run already saw inside that margin are
kept with the watermark so they count once. The watermark is written only after a run has
fetched its whole window and recorded what it could not finish (``dogcatcher.state``); a
run that stopped early leaves it, and the next run reads the same window again.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from dogcatcher.models import TimeWindow
from dogcatcher.settings import Settings
from dogcatcher.sources import Page
from dogcatcher.state import Watermark

__all__ = [
    "behind",
    "drop_seen",
    "incremental_window",
    "is_incremental",
]


def is_incremental(settings: Settings) -> bool:
    """Whether runs of this profile continue from a watermark (default: Datadog only)."""
    if settings.source.incremental is not None:
        return settings.source.incremental
    return settings.source.kind == "datadog"


DEFAULT_FIRST_LOOKBACK = timedelta(hours=1)


def incremental_window(
    settings: Settings, watermark: Watermark | None, now: datetime | None = None
) -> TimeWindow:
    """The window of the next run: from the watermark (less the late margin), or the
    look-back on a first run, to now less the ingestion delay, but at most
    ``source.max_window`` long: a run far behind reads the oldest part, and the next runs
    continue from its end (see :func:`behind`)."""
    now = now or datetime.now(UTC)
    end = now - settings.source.ingestion_delay
    if watermark is None:
        start = end - (settings.source.lookback or DEFAULT_FIRST_LOOKBACK)
    else:
        start = min(watermark.end - settings.source.late_margin, end)
    if settings.source.max_window:
        end = min(end, start + settings.source.max_window)
    return TimeWindow(start=start, end=end)


def behind(settings: Settings, window: TimeWindow, now: datetime | None = None) -> timedelta:
    """How much an incremental window left unread before now (less the ingestion delay):
    zero unless ``source.max_window`` cut it short."""
    now = now or datetime.now(UTC)
    if window.end is None:
        return timedelta(0)
    left = (now - settings.source.ingestion_delay - window.end).total_seconds()
    return timedelta(seconds=max(0.0, left))  # a plain timedelta, whatever the clock's type


def drop_seen(page: Page, seen: frozenset[str], tail_from: datetime | None) -> Page:
    """The page without events an earlier run saw, and with the ids of its events at or
    after ``tail_from`` (the next run's overlap) noted."""
    if not seen and tail_from is None:
        return page
    events = [e for e in page.events if e.id not in seen] if seen else page.events
    # The tail holds every event of it this run read, the ones an earlier run saw too: with
    # a late margin longer than the time between runs, the next run's overlap reaches back
    # over this run's, and an id left out would be counted again.
    tail = (
        frozenset(e.id for e in page.events if e.timestamp >= tail_from)
        if tail_from is not None
        else frozenset()
    )
    return page.model_copy(
        update={"events": events, "duplicates": len(page.events) - len(events), "tail_ids": tail}
    )
