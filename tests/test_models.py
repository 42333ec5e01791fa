"""LogEvent parses Datadog's v2 log event shape; bad records name the bad field."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from hypothesis import given, settings

from dogcatcher.exceptions import SourceError
from dogcatcher.models import LogEvent, Severity, TimeWindow
from tests.conftest import datadog_event, parse_outcome, raw_datadog_events


def test_full_datadog_event_is_parsed() -> None:
    raw = datadog_event(7, message="boom {n}", kind="ValueError", stack="Traceback …")

    event = LogEvent.from_datadog(raw)

    assert event.id == "AQAAAZ000000000007"
    assert event.timestamp == datetime(2026, 11, 1, 12, 0, 7, tzinfo=UTC)
    assert (event.message, event.service, event.host, event.status) == (
        "boom 7",
        "checkout",
        "ip-10-0-0-1.ec2.internal",
        "error",
    )
    assert event.tags == ("env:production", "version:1.2.3")
    assert event.env == "production"
    assert (event.error_kind, event.error_message, event.error_stack) == (
        "ValueError",
        "boom 7",
        "Traceback …",
    )
    assert event.logger_name == "com.acme.checkout"
    assert event.trace_id == str(10**18 + 7)


def test_minimal_event_gets_defaults() -> None:
    event = LogEvent.from_datadog(
        {"id": "a", "attributes": {"timestamp": "2026-11-01T00:00:00.123Z", "message": "x"}}
    )
    assert (event.service, event.status, event.tags, event.env, event.error_kind) == (
        "unknown",
        "error",
        (),
        None,
        None,
    )


def test_trace_id_falls_back_to_top_level_attribute() -> None:
    raw = {
        "id": "a",
        "attributes": {
            "timestamp": "2026-11-01T00:00:00Z",
            "message": "boom",
            "attributes": {"trace_id": 42},
        },
    }
    assert LogEvent.from_datadog(raw).trace_id == "42"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param([], "expected a JSON object", id="not-an-object"),
        pytest.param({"id": "a"}, "missing 'attributes'", id="no-attributes"),
        pytest.param(
            {"id": "a", "attributes": {"timestamp": "yesterday"}}, "timestamp", id="bad-timestamp"
        ),
        pytest.param({"attributes": {"timestamp": "2026-11-01T00:00:00Z"}}, "id", id="no-id"),
        pytest.param(
            {"id": "a", "attributes": {"timestamp": "2026-11-01T00:00:00Z", "tags": "env:x"}},
            "'attributes.tags' must be a list",
            id="tags-not-list",
        ),
        pytest.param(
            {
                "id": "a",
                "attributes": {"timestamp": "2026-11-01T00:00:00Z", "attributes": {"error": 3}},
            },
            "must be objects",
            id="error-not-object",
        ),
    ],
)
def test_malformed_events_name_the_problem(raw: Any, expected: str) -> None:
    with pytest.raises(SourceError, match=expected):
        LogEvent.from_datadog(raw)


@pytest.mark.parametrize(
    ("start", "end", "moment", "inside"),
    [
        (None, None, datetime(2000, 1, 1, tzinfo=UTC), True),
        (datetime(2026, 1, 1, tzinfo=UTC), None, datetime(2025, 12, 31, tzinfo=UTC), False),
        (datetime(2026, 1, 1, tzinfo=UTC), None, datetime(2026, 1, 1, tzinfo=UTC), True),
        (None, datetime(2026, 1, 1, tzinfo=UTC), datetime(2026, 1, 1, tzinfo=UTC), False),
    ],
)
def test_time_window_is_half_open(
    start: datetime | None, end: datetime | None, moment: datetime, inside: bool
) -> None:
    assert TimeWindow(start=start, end=end).contains(moment) is inside


def test_severity_rank_orders_most_severe_first() -> None:
    assert sorted(Severity, key=lambda s: s.rank) == [
        Severity.CRITICAL,
        Severity.HIGH,
        Severity.MEDIUM,
        Severity.LOW,
    ]


@settings(max_examples=1000, deadline=None, database=None)
@given(raw_datadog_events())
def test_fast_path_parses_exactly_like_the_checked_one(raw: Any) -> None:
    # from_datadog takes a short path for plain str values; whatever it is given, it must
    # give the event (or the error) the field-by-field checked parse gives.
    assert parse_outcome(LogEvent.from_datadog, raw) == parse_outcome(
        LogEvent._from_datadog_checked, raw
    )
