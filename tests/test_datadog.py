"""DatadogSource over real HTTP against the fake Logs API: paging, query, faults."""

from __future__ import annotations

import itertools
import json
import time
from collections.abc import Iterator
from contextlib import nullcontext
from datetime import UTC, datetime, timedelta
from itertools import pairwise
from typing import Any

import pytest
from pydantic import SecretStr

from dogcatcher import datadog
from dogcatcher.datadog import CLIENT_MAX_PAGE, DatadogSource, build_query
from dogcatcher.exceptions import ConfigError, SourceError
from dogcatcher.models import TimeWindow
from dogcatcher.settings import SourceSettings
from dogcatcher.sources import SAMPLE_EVENTS, Page, read_pages
from tests.conftest import datadog_event
from tests.fakes.base import Fault
from tests.fakes.datadog import DatadogLogsFake, rate_limit_fault, server_error_fault

API_KEY, APP_KEY = "dd-api-key", "dd-app-key"
SAMPLE = [json.loads(line) for line in SAMPLE_EVENTS.read_text().splitlines()]
DAY = TimeWindow(start=datetime(2026, 11, 1, tzinfo=UTC), end=datetime(2026, 11, 2, tzinfo=UTC))


@pytest.fixture(scope="module")
def fake() -> Iterator[DatadogLogsFake]:
    service = DatadogLogsFake(SAMPLE, api_key=API_KEY, app_key=APP_KEY)
    with service.running():
        yield service


@pytest.fixture(autouse=True)
def fresh(fake: DatadogLogsFake) -> None:
    fake.reset_counters()
    fake.clear_faults()
    fake.requests.clear()
    fake.latency = 0.0


def source(fake: DatadogLogsFake, **changes: Any) -> DatadogSource:
    values: dict[str, Any] = {
        "kind": "datadog",
        "base_url": fake.base_url,
        "api_key": SecretStr(API_KEY),
        "app_key": SecretStr(APP_KEY),
        "page_size": 500,
        "max_retries": 0,
        "timeout_seconds": 2.0,
        **changes,
    }
    return DatadogSource(SourceSettings(**values))


def read_all(src: DatadogSource, window: TimeWindow = DAY) -> list[Page]:
    pages, cursor = [], None
    while True:
        page = src.fetch_page(window, cursor, len(pages) + 1)
        pages.append(page)
        cursor = page.next_cursor
        if cursor is None:
            return pages


def test_all_pages_cover_the_window_in_timestamp_order(fake: DatadogLogsFake) -> None:
    pages = read_all(source(fake))

    ids = [event.id for page in pages for event in page.events]
    expected = [
        e["id"] for e in sorted(SAMPLE, key=lambda e: (e["attributes"]["timestamp"], e["id"]))
    ]
    assert ids == expected
    assert [len(p.events) for p in pages] == [500, 500, 500, 500, 400]
    assert fake.search_calls == 5
    body = json.loads(fake.requests[0].body)
    assert body["sort"] == "timestamp"
    assert body["filter"]["from"] == "2026-11-01T00:00:00.000Z"
    assert body["filter"]["to"] == "2026-11-02T00:00:00.000Z"
    assert fake.requests[0].headers["dd-api-key"] == API_KEY


def test_page_size_is_capped_at_what_the_client_accepts(fake: DatadogLogsFake) -> None:
    page = source(fake, page_size=5000).fetch_page(DAY, None, 1)
    assert len(page.events) == CLIENT_MAX_PAGE
    assert json.loads(fake.requests[-1].body)["page"]["limit"] == CLIENT_MAX_PAGE


def test_services_and_env_narrow_the_query(fake: DatadogLogsFake) -> None:
    settings = SourceSettings(
        services=("checkout", "payments"), env="production", query="-@http.status_code:404"
    )
    assert build_query(settings) == (
        'status:("error" OR "critical") service:("checkout" OR "payments") env:"production" '
        "(-@http.status_code:404)"
    )
    events = [e for p in read_all(source(fake, services=("checkout",))) for e in p.events]
    assert events and {e.service for e in events} == {"checkout"}
    assert len(events) == sum(1 for e in SAMPLE if e["attributes"]["service"] == "checkout")


def test_window_bounds_are_half_open(fake: DatadogLogsFake) -> None:
    first = datetime.fromisoformat(SAMPLE[0]["attributes"]["timestamp"].replace("Z", "+00:00"))
    window = TimeWindow(start=first, end=first + timedelta(minutes=30))
    events = [e for p in read_all(source(fake), window) for e in p.events]
    assert events and all(window.contains(e.timestamp) for e in events)


def test_an_event_at_the_window_end_is_left_to_the_next_window(fake: DatadogLogsFake) -> None:
    """Even when the search includes its ``to``: each event is read by one window only."""
    last = datetime.fromisoformat(SAMPLE[-1]["attributes"]["timestamp"].replace("Z", "+00:00"))
    before, after = TimeWindow(start=DAY.start, end=last), TimeWindow(start=last, end=DAY.end)
    fake.inclusive_to = True
    try:
        pages = read_all(source(fake), before) + read_all(source(fake), after)
    finally:
        fake.inclusive_to = False

    ids = [event.id for page in pages for event in page.events]
    assert sorted(ids) == sorted(e["id"] for e in SAMPLE)
    assert sum(page.outside_window for page in pages) >= 1  # the search did return it twice


def test_windows_meeting_inside_a_millisecond_read_each_event_once(fake: DatadogLogsFake) -> None:
    # Datadog takes whole milliseconds: a search's end cut down to one left out the events
    # of its last part of a millisecond, and the next window starts after them.
    last = datetime.fromisoformat(SAMPLE[-1]["attributes"]["timestamp"].replace("Z", "+00:00"))
    edge = last + timedelta(microseconds=900)
    before, after = TimeWindow(start=DAY.start, end=edge), TimeWindow(start=edge, end=DAY.end)

    first = [e.id for p in read_all(source(fake), before) for e in p.events]
    second = [e.id for p in read_all(source(fake), after) for e in p.events]

    assert first[-1] == SAMPLE[-1]["id"] and second == []
    assert len(first) == len(SAMPLE)


def test_a_long_window_is_cut_into_slices_that_hold_each_event_once(
    fake: DatadogLogsFake,
) -> None:
    src = source(fake)
    slices = src.slices(DAY, 4)

    assert [(s.start, s.end) for s in slices] == [
        (DAY.start + timedelta(hours=6 * n), DAY.start + timedelta(hours=6 * (n + 1)))
        for n in range(4)
    ]
    ids = [e.id for part in slices for page in read_all(src, part) for e in page.events]
    assert sorted(ids) == sorted(e["id"] for e in SAMPLE)
    odd = TimeWindow(start=DAY.start, end=DAY.start + timedelta(seconds=7_777, microseconds=5))
    cuts = src.slices(odd, 3)
    assert [s.start.microsecond % 1000 for s in cuts] == [0, 0, 0]  # cut on whole ms
    assert cuts[0].start == odd.start and cuts[-1].end == odd.end
    assert all(a.end == b.start for a, b in pairwise(cuts))


def test_short_windows_are_not_sliced(fake: DatadogLogsFake) -> None:
    """An incremental run's quarter hour is one search, not several nearly empty ones."""
    src = source(fake, lookback=timedelta(minutes=20))
    quarter = TimeWindow(start=DAY.start, end=DAY.start + timedelta(minutes=20))

    assert src.slices(quarter, 4) == [quarter]
    assert len(src.slices(TimeWindow(end=DAY.end), 4)) == 1  # the lookback fills the start


def test_429_waits_for_the_reset_header_then_succeeds(fake: DatadogLogsFake) -> None:
    fake.add_fault(rate_limit_fault(reset=1))
    started = time.monotonic()

    page = source(fake, max_retries=2).fetch_page(DAY, None, 1)

    assert len(page.events) == 500
    assert len(fake.requests) == 2  # the 429, then the retry after X-RateLimit-Reset
    assert time.monotonic() - started >= 0.9


def test_5xx_is_retried_by_the_client(fake: DatadogLogsFake) -> None:
    fake.add_fault(server_error_fault(503))
    page = source(fake, max_retries=2).fetch_page(DAY, None, 1)
    assert len(page.events) == 500 and len(fake.requests) == 2


@pytest.mark.parametrize(
    ("fault", "message"),
    [
        pytest.param(server_error_fault(503, times=5), "answered 503", id="5xx"),
        pytest.param(rate_limit_fault(reset=0, times=5), r"rate limited \(429\)", id="429"),
        pytest.param(Fault(kind="malformed"), "not valid JSON", id="malformed"),
        pytest.param(
            Fault(status=200, body=b"[" * 50_000 + b"]" * 50_000),
            "not valid JSON",
            id="nested too deeply",
        ),
        pytest.param(Fault(kind="hang", seconds=3), None, id="timeout"),
    ],
)
def test_what_still_fails_is_a_transient_source_error(
    fake: DatadogLogsFake, fault: Fault, message: str | None
) -> None:
    fake.add_fault(fault)
    with pytest.raises(SourceError, match=message) as caught:
        source(fake, max_retries=1).fetch_page(DAY, None, 3)
    assert caught.value.transient
    assert "page 3" in str(caught.value)


def test_wrong_keys_are_a_config_error_naming_the_variables(fake: DatadogLogsFake) -> None:
    with pytest.raises(ConfigError, match=r"refused the keys \(403\).*DOGCATCHER_SOURCE__API_KEY"):
        source(fake, api_key=SecretStr("wrong")).fetch_page(DAY, None, 1)


def test_missing_keys_fail_before_any_request() -> None:
    with pytest.raises(ConfigError, match="DOGCATCHER_SOURCE__API_KEY"):
        DatadogSource(SourceSettings(kind="datadog"))


def test_a_bad_event_is_reported_and_skipped() -> None:
    good = datadog_event(1)
    bad = datadog_event(2)
    bad["id"] = "AQAAbroken"
    bad["attributes"]["attributes"] = {"error": "not an object"}
    with DatadogLogsFake([good, bad], api_key=API_KEY, app_key=APP_KEY).running() as fake:
        assert isinstance(fake, DatadogLogsFake)
        window = TimeWindow(
            start=datetime(2026, 1, 1, tzinfo=UTC), end=datetime(2027, 1, 1, tzinfo=UTC)
        )
        (page,) = read_all(source(fake), window)
    assert [e.id for e in page.events] == [good["id"]]
    assert [s.where for s in page.skipped] == ["Datadog page 1, event AQAAbroken"]
    assert "must be objects" in page.skipped[0].reason


def test_an_odd_answer_is_read_the_checked_way_without_failing_the_page(
    fake: DatadogLogsFake,
) -> None:
    # Half a UTF-16 pair escaped alone, a time without a zone, and "meta" that is no object:
    # the short path refuses the answer; the checked one reads every event of it.
    lone = datadog_event(1, message="card \udc00 declined")
    naive = datadog_event(2)
    naive["attributes"]["timestamp"] = "2026-11-01T10:00:00"
    body = json.dumps({"data": [lone, naive], "meta": ["odd"]}).encode()
    assert b"\\udc00" in body  # as JSON writes it: an escape
    fake.add_fault(Fault(status=200, body=body))

    page = source(fake).fetch_page(DAY, None, 1)

    assert [e.id for e in page.events] == [lone["id"], naive["id"]]
    assert page.events[0].message == "card \ufffd declined"
    assert page.events[1].timestamp == datetime(2026, 11, 1, 10, tzinfo=UTC)
    assert page.skipped == [] and page.next_cursor is None


def test_a_cursor_given_again_ends_the_pages_instead_of_reading_them_forever(
    fake: DatadogLogsFake,
) -> None:
    # Followed, a repeated cursor read the same events again until the run's timeout,
    # counting each every time.
    events = [datadog_event(n) for n in range(5)]
    loop = {"data": events, "meta": {"page": {"after": "SAME"}}}
    fake.add_fault(Fault(status=200, body=json.dumps(loop).encode(), times=50))

    page = read_pages(source(fake), DAY, None, itertools.count(1), 10_000, nullcontext)

    assert (page.pages, len(page.events), page.next_cursor) == (2, 10, None)


@pytest.mark.timeout(30)
def test_a_reset_hours_away_is_waited_for_at_most_a_bound(
    fake: DatadogLogsFake, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A proxy's X-RateLimit-Reset of 100,000 s (or an epoch time) kept the fetch's thread
    # asleep for six hours a retry, past the run's timeout.
    monkeypatch.setattr(datadog, "MAX_RATE_LIMIT_WAIT", 1)
    fake.add_fault(rate_limit_fault(reset=100_000))
    started = time.monotonic()

    page = source(fake, max_retries=1).fetch_page(DAY, None, 1)

    assert len(page.events) == 500 and len(fake.requests) == 2
    assert 0.9 <= time.monotonic() - started < 10


def test_an_error_page_that_is_not_utf8_is_a_transient_source_error(
    fake: DatadogLogsFake,
) -> None:
    fake.add_fault(Fault(status=502, body="<html>Ungültige Anfrage</html>".encode("latin-1")))
    with pytest.raises(SourceError, match="not UTF-8") as caught:
        source(fake).fetch_page(DAY, None, 1)
    assert caught.value.transient
