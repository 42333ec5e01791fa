"""FileSource: pages with cursors, window filtering, bad lines reported and skipped."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from dogcatcher.exceptions import ConfigError, SourceError
from dogcatcher.models import TimeWindow
from dogcatcher.settings import Settings, SourceSettings
from dogcatcher.sources import SAMPLE_EVENTS, FileSource, build_source
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
