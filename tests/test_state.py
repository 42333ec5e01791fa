"""Run state: watermarks and pending groups survive a restart, on files and on Redis."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest

from dogcatcher.exceptions import ConfigError
from dogcatcher.models import ErrorGroup, TimeWindow
from dogcatcher.settings import Settings, StateSettings
from dogcatcher.state import (
    FileRunState,
    RunState,
    Watermark,
    build_run_state,
    carry_over,
)
from tests.conftest import BASE_TIME, REDIS_URL


def group(fingerprint: str, count: int, minutes: int = 0) -> ErrorGroup:
    at = BASE_TIME + timedelta(minutes=minutes)
    return ErrorGroup(
        fingerprint=fingerprint,
        error_kind="KeyError",
        template="missing <num>",
        count=count,
        first_seen=at,
        last_seen=at + timedelta(minutes=1),
        services=("orders",),
        samples=("missing 7",),
    )


@pytest.fixture(params=["file", "redis"])
def make_state(request: pytest.FixtureRequest, tmp_path: Path) -> Callable[[], RunState]:
    """A factory, so a test can build a second store as a later run would."""
    if request.param == "file":
        settings = Settings(state=StateSettings(directory=tmp_path))
    else:
        claim = request.getfixturevalue("redis_dbs")
        settings = Settings(
            state=StateSettings(
                backend="redis", redis_url=REDIS_URL, results_db=claim(), locks_db=claim()
            )
        )
    return lambda: build_run_state(settings)


def test_watermark_and_pending_groups_survive_a_restart(make_state: Callable[[], RunState]) -> None:
    mark = Watermark(end=BASE_TIME, seen_ids=frozenset({"a", "b"}))
    pending = [group("f1", 3), group("f2", 1)]
    first = make_state()
    first.save_watermark("production", mark)
    first.save_pending("production", pending)

    later = make_state()
    assert later.load_watermark("production") == mark
    assert later.load_pending("production") == pending
    assert later.load_watermark("production.payments") is None  # scopes are apart
    assert later.load_pending("staging") == []

    later.save_pending("production", [])
    assert make_state().load_pending("production") == []


def test_a_corrupt_state_file_is_named(tmp_path: Path) -> None:
    (tmp_path / "staging.watermark.json").write_text("{")
    (tmp_path / "staging.pending.json").write_text('[{"fingerprint": 1}]')
    state = FileRunState(tmp_path)
    with pytest.raises(ConfigError, match=r"staging\.watermark\.json is not a valid watermark"):
        state.load_watermark("staging")
    with pytest.raises(ConfigError, match=r"staging\.pending\.json is not a valid list"):
        state.load_pending("staging")


def test_carry_over_adds_pending_groups_from_outside_the_window() -> None:
    window = TimeWindow(start=BASE_TIME + timedelta(hours=1), end=BASE_TIME + timedelta(hours=2))
    now = [group("f1", 5, minutes=70)]
    pending = [group("f1", 3, minutes=10), group("f2", 2, minutes=20)]

    merged = {g.fingerprint: g.count for g in carry_over(now, pending, window, max_samples=3)}

    assert merged == {"f1": 8, "f2": 2}


def test_carry_over_does_not_count_twice_what_the_window_read_again() -> None:
    window = TimeWindow(start=BASE_TIME, end=BASE_TIME + timedelta(hours=2))
    now = [group("f1", 5, minutes=10)]
    pending = [group("f1", 5, minutes=10)]  # the same events, read again by this window

    assert carry_over(now, pending, window, max_samples=3) == now


def test_carry_over_adds_what_an_unbounded_window_did_not_read_again() -> None:
    # A file source reads "all events" of a new file: the held group's events are older
    # than anything this run read, so they were not read again and must be added.
    now = [group("f1", 5, minutes=90)]
    held = [group("f1", 3, minutes=10)]

    merged = carry_over(now, held, TimeWindow(), max_samples=3)

    assert [(g.fingerprint, g.count) for g in merged] == [("f1", 8)]
