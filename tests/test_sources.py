"""FileSource: pages with cursors, window filtering, bad lines reported and skipped; pages
read in a row as one (read_pages)."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

import pytest

from dogcatcher.exceptions import ConfigError, SourceError
from dogcatcher.models import TimeWindow
from dogcatcher.settings import Settings, SourceSettings
from dogcatcher.sources import SAMPLE_EVENTS, FileSource, Page, build_source, read_pages
from tests.conftest import BASE_TIME, datadog_event, write_jsonl

EVERYTHING = TimeWindow()


def read_all(source: FileSource, window: TimeWindow = EVERYTHING) -> list:  # type: ignore[type-arg]
    pages, cursor, number = [], None, 0
    while True:
        number += 1
        page = source.fetch_page(window, cursor, number)
        pages.append(page)
        cursor = page.next_cursor
        if cursor is None:
            return pages


def test_pages_follow_cursors_and_cover_every_event(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "e.jsonl", [datadog_event(n) for n in range(23)])

    pages = read_all(FileSource(path, page_size=10))

    assert [len(p.events) for p in pages] == [10, 10, 3]
    assert [p.number for p in pages] == [1, 2, 3]
    ids = [e.id for p in pages for e in p.events]
    assert ids == [f"AQAAAZ{n:012d}" for n in range(23)]


def test_exact_multiple_of_page_size_ends_without_an_empty_page(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "e.jsonl", [datadog_event(n) for n in range(20)])
    assert [len(p.events) for p in read_all(FileSource(path, page_size=10))] == [10, 10]


def test_bad_lines_are_reported_with_line_numbers_and_skipped(tmp_path: Path) -> None:
    lines: list[dict[str, object] | str] = [datadog_event(n) for n in range(5)]
    lines[1] = "{broken"
    lines.insert(3, "")  # blank lines are not errors
    lines[4] = '{"id": "z", "attributes": {"timestamp": "not a time"}}'
    path = write_jsonl(tmp_path / "e.jsonl", lines)

    (page,) = read_all(FileSource(path, page_size=100))

    assert len(page.events) == 3
    assert [s.where for s in page.skipped] == ["e.jsonl:2", "e.jsonl:5"]
    assert "not valid JSON" in page.skipped[0].reason
    assert "timestamp" in page.skipped[1].reason


def test_no_line_can_fail_the_page(tmp_path: Path) -> None:
    # JSON nested thousands of levels deep (json and msgspec recurse), half a UTF-16 pair
    # escaped alone (no UTF-8 text holds it), a time without a zone next to times with one.
    lone = datadog_event(1, message="x")
    lone["attributes"]["message"] = "token \udc00 refused"
    naive = datadog_event(2)
    naive["attributes"]["timestamp"] = "2026-11-01T10:00:00"
    path = write_jsonl(
        tmp_path / "e.jsonl",
        [
            datadog_event(0),
            "[" * 50_000 + "]" * 50_000,
            '{"attributes": ' * 50_000 + "{}" + "}" * 50_000,
            lone,
            naive,
        ],
    )
    window = TimeWindow(start=BASE_TIME - timedelta(days=1), end=BASE_TIME + timedelta(days=1))

    (page,) = read_all(FileSource(path, page_size=100), window)

    assert [s.where for s in page.skipped] == ["e.jsonl:2", "e.jsonl:3"]
    assert all(s.reason == "not valid JSON (nested too deeply)" for s in page.skipped)
    assert [e.id for e in page.events] == [datadog_event(n)["id"] for n in (0, 1, 2)]
    assert page.events[1].message == "token \ufffd refused"
    assert page.events[2].timestamp.tzinfo is not None
    page.model_dump_json()  # what Prefect stores of a page: it must be UTF-8


def test_events_outside_the_window_are_counted_not_returned(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "e.jsonl", [datadog_event(n) for n in range(10)])
    window = TimeWindow(
        start=BASE_TIME + timedelta(seconds=3), end=BASE_TIME + timedelta(seconds=7)
    )

    (page,) = read_all(FileSource(path), window)

    assert [e.id[-1] for e in page.events] == ["3", "4", "5", "6"]
    assert page.outside_window == 6


def test_unreadable_file_and_bad_cursor_are_source_errors(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="cannot read"):
        FileSource(tmp_path / "missing.jsonl").fetch_page(EVERYTHING, None, 1)
    path = write_jsonl(tmp_path / "e.jsonl", [datadog_event(1)])
    with pytest.raises(SourceError, match="malformed file cursor"):
        FileSource(path).fetch_page(EVERYTHING, "nonsense", 1)


def test_build_source_defaults_to_the_shipped_sample(tmp_path: Path) -> None:
    source = build_source(Settings())
    assert isinstance(source, FileSource) and source.path == SAMPLE_EVENTS
    assert SAMPLE_EVENTS.is_file()
    with pytest.raises(ConfigError, match=r"source\.path"):
        build_source(Settings(source=SourceSettings(path=tmp_path / "nope.jsonl")))


class Occupancy:
    """Counts the pages fetched inside the concurrency limit's block, and any outside."""

    def __init__(self) -> None:
        self.inside = False
        self.entered = 0

    @contextmanager
    def __call__(self) -> Iterator[None]:
        self.entered += 1
        self.inside = True
        try:
            yield
        finally:
            self.inside = False


def test_pages_are_read_in_a_row_until_they_hold_enough_events(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "e.jsonl", [datadog_event(n) for n in range(47)])
    source, numbers, occupy = FileSource(path, page_size=10), itertools.count(1), Occupancy()

    inside: list[bool] = []

    class Watched:
        def fetch_page(self, window: TimeWindow, cursor: str | None, number: int) -> Page:
            inside.append(occupy.inside)
            return source.fetch_page(window, cursor, number)

    first = read_pages(Watched(), EVERYTHING, None, numbers, 25, occupy)  # type: ignore[arg-type]
    rest = read_pages(Watched(), EVERYTHING, first.next_cursor, numbers, 25, occupy)  # type: ignore[arg-type]

    assert (first.pages, len(first.events), first.number) == (3, 30, 1)  # 10 + 10 + 10 >= 25
    assert (rest.pages, len(rest.events), rest.number) == (2, 17, 4)  # the file ends
    assert rest.next_cursor is None
    ids = [e.id for page in (first, rest) for e in page.events]
    assert ids == [f"AQAAAZ{n:012d}" for n in range(47)]  # each event once, in order
    assert occupy.entered == 5 and next(numbers) == 6  # one number and one slot a page
    assert inside == [True] * 5


def test_a_page_that_holds_enough_is_returned_as_it_is(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "e.jsonl", [datadog_event(n) for n in range(30)])
    source, numbers = FileSource(path, page_size=10), itertools.count(7)

    page = read_pages(source, EVERYTHING, None, numbers, 10, Occupancy())

    assert page == source.fetch_page(EVERYTHING, None, 7)
    assert page.pages == 1


def test_pages_read_as_one_keep_their_skipped_lines_and_count_what_the_window_left_out(
    tmp_path: Path,
) -> None:
    lines: list[dict[str, object] | str] = [datadog_event(n) for n in range(30)]
    lines[4] = "{broken"
    lines[17] = "{broken too"
    path = write_jsonl(tmp_path / "e.jsonl", lines)
    window = TimeWindow(start=BASE_TIME + timedelta(seconds=2))

    page = read_pages(
        FileSource(path, page_size=10), window, None, itertools.count(1), 100, Occupancy()
    )

    assert page.pages == 3
    assert [s.where for s in page.skipped] == ["e.jsonl:5", "e.jsonl:18"]
    assert page.outside_window == 2
    assert len(page.events) == 26


class Failing:
    """A source whose third page fails: the task's retry reads from its first cursor again."""

    def fetch_page(self, window: TimeWindow, cursor: str | None, number: int) -> Page:
        if number == 3:
            raise SourceError(f"page {number}: the service answered 503", transient=True)
        return Page(number=number, events=[], outside_window=10, next_cursor=f"after-{number}")


def test_a_page_that_fails_fails_the_read_naming_its_number() -> None:
    with pytest.raises(SourceError, match="page 3"):
        read_pages(Failing(), EVERYTHING, None, itertools.count(1), 50, Occupancy())  # type: ignore[arg-type]
