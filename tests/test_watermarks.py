"""Incremental windows: the watermark, the overlap margin and ids seen twice."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from dogcatcher.models import LogEvent
from dogcatcher.settings import Settings, SourceSettings
from dogcatcher.sources import Page
from dogcatcher.state import Watermark
from dogcatcher.watermarks import behind, drop_seen, incremental_window, is_incremental
from tests.conftest import BASE_TIME, datadog_event

NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)
MIN = timedelta(minutes=1)
DAY = timedelta(days=1)


@pytest.mark.parametrize(
    ("source", "watermark_end", "start", "end"),
    [
        pytest.param({}, None, NOW - 61 * MIN, NOW - MIN, id="first-run-default-hour"),
        pytest.param(
            {"lookback": "PT6H"}, None, NOW - 6 * 60 * MIN - MIN, NOW - MIN, id="first-run"
        ),
        pytest.param({}, NOW - 20 * MIN, NOW - 25 * MIN, NOW - MIN, id="continues-less-margin"),
        pytest.param(
            {"late_margin": "PT0S", "ingestion_delay": "PT0S"},
            NOW - 20 * MIN,
            NOW - 20 * MIN,
            NOW,
            id="no-margin-no-delay",
        ),
        pytest.param({}, NOW + 10 * MIN, NOW - MIN, NOW - MIN, id="clock-went-back"),
        pytest.param(
            {}, NOW - 3 * DAY, NOW - 3 * DAY - 5 * MIN, NOW - 2 * DAY - 5 * MIN, id="behind"
        ),
        pytest.param(
            {"max_window": "PT0S"}, NOW - 3 * DAY, NOW - 3 * DAY - 5 * MIN, NOW - MIN, id="no-limit"
        ),
        pytest.param(
            {"lookback": "P7D", "max_window": "PT12H"},
            None,
            NOW - 7 * DAY - MIN,
            NOW - 7 * DAY + 12 * 60 * MIN - MIN,
            id="first-run-long-lookback",
        ),
    ],
)
def test_incremental_window(
    source: dict[str, str], watermark_end: datetime | None, start: datetime, end: datetime
) -> None:
    settings = Settings(source=SourceSettings(kind="datadog", **source))  # type: ignore[arg-type]
    watermark = Watermark(end=watermark_end) if watermark_end else None
    window = incremental_window(settings, watermark, now=NOW)
    assert (window.start, window.end) == (start, end)


def test_behind_is_what_the_window_left_before_now_less_the_ingestion_delay() -> None:
    settings = Settings(source=SourceSettings(kind="datadog"))
    far = incremental_window(settings, Watermark(end=NOW - 3 * DAY), now=NOW)
    near = incremental_window(settings, Watermark(end=NOW - 20 * MIN), now=NOW)

    assert behind(settings, far, now=NOW) == 2 * DAY + 4 * MIN
    assert behind(settings, near, now=NOW) == timedelta(0)


@pytest.mark.parametrize("max_window", ["PT10M", "PT5M"])
def test_a_max_window_within_twice_the_late_margin_is_refused(max_window: str) -> None:
    with pytest.raises(ValueError, match=r"max_window \(0:(10|05):00\) must be more than twice"):
        SourceSettings(kind="datadog", max_window=max_window)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("kind", "incremental", "expected"),
    [
        ("datadog", None, True),
        ("file", None, False),
        ("file", True, True),
        ("datadog", False, False),
    ],
)
def test_is_incremental(kind: str, incremental: bool | None, expected: bool) -> None:
    settings = Settings(source=SourceSettings(kind=kind, incremental=incremental))  # type: ignore[arg-type]
    assert is_incremental(settings) is expected


def test_drop_seen_removes_repeats_and_notes_the_tail() -> None:
    events = [LogEvent.from_datadog(datadog_event(n)) for n in range(6)]
    page = Page(number=1, events=events)
    seen = frozenset({events[0].id, events[1].id})

    result = drop_seen(page, seen, tail_from=BASE_TIME + timedelta(seconds=4))

    assert [e.id for e in result.events] == [e.id for e in events[2:]]
    assert result.duplicates == 2
    assert result.tail_ids == {events[4].id, events[5].id}
    assert drop_seen(page, frozenset(), None) is page


def test_the_tail_keeps_the_ids_it_dropped_as_seen() -> None:
    """Runs every 5 minutes with a 10-minute late margin: the third run's overlap reaches
    back over the second's, so the second run's tail must hold the events it dropped (the
    first run's) as well, or the third counts them again."""
    events = [LogEvent.from_datadog(datadog_event(n)) for n in range(6)]
    page = Page(number=1, events=events)

    second = drop_seen(page, frozenset({events[3].id}), tail_from=BASE_TIME)

    assert [e.id for e in second.events] == [e.id for e in events if e is not events[3]]
    assert second.tail_ids == {e.id for e in events}
    third = drop_seen(page, second.tail_ids, tail_from=BASE_TIME)
    assert third.events == [] and third.duplicates == 6
