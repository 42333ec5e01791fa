"""Run state: watermarks and pending groups survive a restart, on files and on Redis, and
overlapping runs of one scope lose none of each other's pending groups."""

from __future__ import annotations

import json
import threading
from array import array
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from dogcatcher.exceptions import ConfigError
from dogcatcher.models import ErrorGroup, TimeWindow, epoch_micros, pack_times
from dogcatcher.settings import GroupingSettings, Settings, StateSettings
from dogcatcher.state import (
    FileRunState,
    Pending,
    RunState,
    Watermark,
    build_run_state,
    carry_over,
    updated_pending,
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


def timed(*minutes: int, fingerprint: str = "f1") -> ErrorGroup:
    """A group of events at these minutes after BASE_TIME, with their times."""
    moments = [BASE_TIME + timedelta(minutes=m) for m in minutes]
    return group(fingerprint, len(minutes)).model_copy(
        update={
            "first_seen": min(moments),
            "last_seen": max(moments),
            "times": pack_times(array("q", [epoch_micros(m) for m in moments])),
        }
    )


@pytest.fixture(params=["file", "redis"])
def make_state(request: pytest.FixtureRequest, tmp_path: Path) -> Callable[[], RunState]:
    """A factory, so a test can build a second store as a later run would."""
    if request.param == "file":
        settings = Settings(
            state=StateSettings(directory=tmp_path), grouping=GroupingSettings(max_samples=4)
        )
    else:
        claim = request.getfixturevalue("redis_dbs")
        settings = Settings(
            state=StateSettings(
                backend="redis", redis_url=REDIS_URL, results_db=claim(), locks_db=claim()
            ),
            grouping=GroupingSettings(max_samples=4),
        )
    return lambda: build_run_state(settings)


def kept(fingerprint: str, count: int, *, runs: int = 1, why: str = "failed") -> Pending:
    return Pending.model_validate(
        {
            "group": group(fingerprint, count),
            "why": why,
            "reason": f"{why}: {fingerprint}",
            "since": BASE_TIME + timedelta(hours=runs),
            "runs": runs,
            "id": f"{fingerprint}-{count}-{runs}-{why}",
        }
    )


def test_watermark_and_pending_groups_survive_a_restart(make_state: Callable[[], RunState]) -> None:
    mark = Watermark(end=BASE_TIME, seen_ids=frozenset({"a", "b"}))
    pending = [kept("f1", 3, runs=2), kept("f2", 1, why="held")]
    first = make_state()
    first.save_watermark("production", mark)
    assert first.update_pending("production", taken=[], kept=pending) == pending

    later = make_state()
    assert later.load_watermark("production") == mark
    assert later.load_pending("production") == pending
    assert later.load_watermark("production.payments") is None  # scopes are apart
    assert later.load_pending("staging") == []

    later.clear_watermark("production")
    assert later.update_pending("production", taken=pending, kept=[]) == []
    assert make_state().load_pending("production") == []
    assert make_state().load_watermark("production") is None


def test_a_run_that_finishes_its_pending_groups_leaves_what_an_overlapping_run_kept(
    make_state: Callable[[], RunState],
) -> None:
    # A scheduled run and a backfill of one profile load the same pending group.
    old = kept("f1", 3)
    make_state().update_pending("staging", taken=[], kept=[old])
    scheduled, backfill = make_state(), make_state()
    taken_by_scheduled = scheduled.load_pending("staging")
    taken_by_backfill = backfill.load_pending("staging")
    # The scheduled run fails f1 again, and a new group f2; then the backfill, which
    # finished f1, ends.
    again = old.kept_again(group("f1", 5), "failed", "tracker refused it", now=BASE_TIME)
    scheduled.update_pending("staging", taken=taken_by_scheduled, kept=[again, kept("f2", 1)])
    backfill.update_pending("staging", taken=taken_by_backfill, kept=[])

    left = {p.fingerprint: p for p in make_state().load_pending("staging")}
    assert left == {"f1": again, "f2": kept("f2", 1)}


def test_runs_in_a_row_count_the_runs_that_kept_a_group_for_one_reason() -> None:
    # Held by the cap, then failing once: that is one failed run, not a streak of two
    # (which logged an ERROR and alerted as "failed in 2 runs in a row").
    held = kept("f1", 3, why="held")
    later = BASE_TIME + timedelta(days=1)

    failed = held.kept_again(group("f1", 5), "failed", "tracker refused it", now=later)
    again = failed.kept_again(group("f1", 6), "failed", "tracker refused it", now=later)
    held_again = held.kept_again(group("f1", 4), "held", "the ticket cap", now=later)

    assert (failed.runs, failed.since) == (1, later)
    assert (again.runs, again.since) == (2, later)
    assert (held_again.runs, held_again.since) == (2, held.since)


def test_a_group_two_overlapping_runs_keep_holds_the_events_of_both(
    make_state: Callable[[], RunState],
) -> None:
    first, second = make_state(), make_state()
    one = kept("f1", 3, runs=1)
    other = kept("f1", 4, runs=2)
    other = other.model_copy(
        update={"group": other.group.model_copy(update={"samples": ("a", "b", "c", "d")})}
    )
    first.update_pending("staging", taken=[], kept=[one])
    second.update_pending("staging", taken=[], kept=[other])

    (both,) = make_state().load_pending("staging")
    assert (both.group.count, both.runs, both.since) == (7, 2, BASE_TIME + timedelta(hours=1))
    assert len(both.group.samples) == 4  # the profile's grouping.max_samples


def test_a_group_two_overlapping_runs_took_and_keep_again_counts_its_old_events_once(
    make_state: Callable[[], RunState],
) -> None:
    old = kept("f1", 3)
    make_state().update_pending("staging", taken=[], kept=[old])
    scheduled, backfill = make_state(), make_state()
    (took,) = scheduled.load_pending("staging")
    (also,) = backfill.load_pending("staging")
    # Each carried the old 3 events into its own group and failed it again.
    scheduled.update_pending(
        "staging",
        taken=[took],
        kept=[took.kept_again(group("f1", 3 + 2), "failed", "x", now=BASE_TIME)],
    )
    backfill.update_pending(
        "staging",
        taken=[also],
        kept=[also.kept_again(group("f1", 3 + 4), "failed", "y", now=BASE_TIME)],
    )

    (left,) = make_state().load_pending("staging")
    assert (left.group.count, left.runs, left.reason) == (3 + 2 + 4, 2, "y")


def test_concurrent_updates_lose_nothing(make_state: Callable[[], RunState]) -> None:
    def run(worker: int) -> None:
        state = make_state()
        for n in range(15):
            state.update_pending("staging", taken=[], kept=[kept(f"w{worker}-{n}", 1)])

    workers = [threading.Thread(target=run, args=(w,)) for w in range(6)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()

    assert len(make_state().load_pending("staging")) == 6 * 15


def test_pending_groups_stored_by_an_earlier_version_are_read_as_failed(tmp_path: Path) -> None:
    from pydantic import TypeAdapter

    bare = [group("f1", 3, minutes=5)]
    (tmp_path / "staging.pending.json").write_bytes(TypeAdapter(list[ErrorGroup]).dump_json(bare))

    (record,) = FileRunState(tmp_path).load_pending("staging")

    assert (record.group, record.why, record.runs) == (bare[0], "failed", 1)
    assert record.since == bare[0].last_seen and "earlier version" in record.reason


def test_updated_pending_takes_away_only_records_as_they_were_loaded() -> None:
    stored = [kept("f1", 3), kept("f2", 2), kept("f3", 1)]
    changed = kept("f2", 9, runs=2)  # another run replaced f2 after this one loaded it

    result = updated_pending(
        [stored[0], changed, stored[2]], taken=stored[:2], kept=[kept("f4", 4)]
    )

    assert [(p.fingerprint, p.group.count) for p in result] == [("f2", 9), ("f4", 4), ("f3", 1)]


def test_two_runs_that_kept_one_record_again_keep_each_event_once_with_its_time() -> None:
    parent = kept("f1", 2)  # events at 10:01 and 10:02; both runs took it
    first = parent.kept_again(timed(1, 2, 3), "held", "cap", now=BASE_TIME)
    second = parent.kept_again(timed(1, 2, 4), "held", "cap", now=BASE_TIME)

    (merged,) = updated_pending([first], taken=[parent], kept=[second])

    assert merged.group.count == 4 and merged.group.timed
    later = merged.group.since(BASE_TIME + timedelta(minutes=2, seconds=30))
    assert later is not None and later.count == 2  # 10:03 and 10:04


def test_clear_pending_forgets_every_pending_group(make_state: Callable[[], RunState]) -> None:
    state = make_state()
    state.clear_pending("staging")  # nothing there yet
    state.update_pending("staging", taken=[], kept=[kept("f1", 3)])

    state.clear_pending("staging")

    assert make_state().load_pending("staging") == []


def test_a_corrupt_state_file_is_named(tmp_path: Path) -> None:
    (tmp_path / "staging.watermark.json").write_text("{")
    (tmp_path / "staging.pending.json").write_text('{"fingerprint": 1}')
    state = FileRunState(tmp_path)
    with pytest.raises(ConfigError, match=r"staging\.watermark\.json is not a valid watermark"):
        state.load_watermark("staging")
    with pytest.raises(ConfigError, match=r"staging\.pending\.json is not a valid list"):
        state.load_pending("staging")


def test_a_watermark_edited_to_a_year_no_log_has_is_named(tmp_path: Path) -> None:
    # Year 1 overflowed the window's arithmetic: a traceback in every run and `state show`.
    (tmp_path / "staging.watermark.json").write_text('{"end": "0001-01-01T00:00:00Z"}')
    with pytest.raises(ConfigError, match=r"staging\.watermark\.json is not a valid watermark"):
        FileRunState(tmp_path).load_watermark("staging")


def test_a_watermark_written_without_a_zone_is_utc(tmp_path: Path) -> None:
    # One edited by hand: naive, it failed every run and `state show` comparing it to now.
    (tmp_path / "staging.watermark.json").write_text('{"end": "2026-11-30T14:35:40"}')
    watermark = FileRunState(tmp_path).load_watermark("staging")
    assert watermark is not None and watermark.end == datetime(2026, 11, 30, 14, 35, 40, tzinfo=UTC)


@pytest.mark.parametrize("what", ["watermark", "pending"])
def test_a_folder_where_a_state_file_belongs_is_named(tmp_path: Path, what: str) -> None:
    (tmp_path / f"staging.{what}.json").mkdir()
    state = FileRunState(tmp_path)
    load = state.load_watermark if what == "watermark" else state.load_pending
    with pytest.raises(ConfigError, match=rf"cannot read the run state .*staging\.{what}\.json"):
        load("staging")
    with pytest.raises(ConfigError, match=r"check state\.directory"):
        if what == "watermark":
            state.save_watermark("staging", Watermark(end=BASE_TIME))
        else:
            state.update_pending("staging", taken=[], kept=[kept("f1", 3)])


def test_a_state_folder_that_is_a_file_is_named(tmp_path: Path) -> None:
    (tmp_path / "state").write_text("")
    state = FileRunState(tmp_path / "state")
    with pytest.raises(ConfigError, match="cannot write the run state"):
        state.save_watermark("staging", Watermark(end=BASE_TIME))
    with pytest.raises(ConfigError, match="cannot update the run state"):
        state.update_pending("staging", taken=[], kept=[kept("f1", 3)])


def test_a_redis_key_of_another_type_is_named_and_cleared(
    redis_dbs: Callable[[], int],
) -> None:
    import redis

    db = redis_dbs()
    settings = Settings(
        state=StateSettings(backend="redis", redis_url=REDIS_URL, results_db=db, locks_db=db + 1)
    )
    client = redis.Redis.from_url(f"{REDIS_URL}/{db}")
    client.rpush("dogcatcher:staging:pending", "x")
    client.rpush("dogcatcher:staging:watermark", "x")
    state = build_run_state(settings)

    with pytest.raises(ConfigError, match="state drop --all") as caught:
        state.load_pending("staging")
    assert not caught.value.transient
    with pytest.raises(ConfigError, match="state watermark --clear"):
        state.load_watermark("staging")
    state.clear_pending("staging")
    state.clear_watermark("staging")

    assert state.load_pending("staging") == [] and state.load_watermark("staging") is None
    client.close()


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


def test_carry_over_from_a_watermark_adds_pending_groups_inside_the_window() -> None:
    # A held group's events lie in the late margin this run re-reads, but a run that
    # continues from a watermark drops them by id: this run's group of a late event that
    # spans them does not hold them.
    window = TimeWindow(start=BASE_TIME, end=BASE_TIME + timedelta(hours=2))
    now = [
        group("f1", 2, minutes=5).model_copy(
            update={"last_seen": BASE_TIME + timedelta(minutes=30)}
        )
    ]
    held = [group("f1", 3, minutes=10)]

    assert carry_over(now, held, window, max_samples=3) == now  # taken as read again
    merged = carry_over(now, [], window, max_samples=3, unread=held)
    assert [(g.fingerprint, g.count) for g in merged] == [("f1", 5)]


def test_carry_over_adds_what_an_unbounded_window_did_not_read_again() -> None:
    # A file source reads "all events" of a new file: the held group's events are older
    # than anything this run read, so they were not read again and must be added.
    now = [group("f1", 5, minutes=90)]
    held = [group("f1", 3, minutes=10)]

    merged = carry_over(now, held, TimeWindow(), max_samples=3)

    assert [(g.fingerprint, g.count) for g in merged] == [("f1", 8)]


def test_carry_over_adds_the_held_events_a_window_given_by_hand_did_not_read_again() -> None:
    # A run over 10:00-11:00 held events at 10:10, 10:20 and 10:50; the next run reads
    # 10:30-11:30: 10:50 again, and 11:10. Held 10:10 and 10:20 are added; 10:50 once.
    window = TimeWindow(
        start=BASE_TIME + timedelta(minutes=30), end=BASE_TIME + timedelta(minutes=90)
    )
    now = [timed(50, 70)]
    held = [timed(10, 20, 50), timed(15, fingerprint="f2")]

    merged = {g.fingerprint: g for g in carry_over(now, held, window, max_samples=3)}

    assert {fp: g.count for fp, g in merged.items()} == {"f1": 4, "f2": 1}
    f1 = merged["f1"]
    assert f1.timed and f1.first_seen == BASE_TIME + timedelta(minutes=10)
    later = f1.since(BASE_TIME + timedelta(minutes=30))
    assert later is not None and later.count == 2  # 10:50 once, and 11:10


def test_carry_over_takes_out_a_held_event_once_for_each_time_it_was_read_again() -> None:
    window = TimeWindow(start=BASE_TIME, end=BASE_TIME + timedelta(hours=1))
    # Two events held in the same microsecond, one of them read again: one is added.
    (merged,) = carry_over([timed(5, 9)], [timed(5, 5)], window, max_samples=3)
    assert merged.count == 3
    # All of them read again: nothing is added, and this run's group is what it was.
    assert carry_over([timed(5, 5, 9)], [timed(5, 5)], window, max_samples=3) == [timed(5, 5, 9)]


def test_one_pending_record_that_cannot_be_read_is_skipped_and_kept(
    make_state: Callable[[], RunState], caplog: pytest.LogCaptureFixture
) -> None:
    state = make_state()
    state.update_pending("staging", taken=[], kept=[kept("f1", 3), kept("f2", 2)])
    raw = _raw_pending(state)
    records = json.loads(raw)
    records[0]["group"]["count"] = "many"  # edited by hand
    _write_raw_pending(state, json.dumps(records).encode())

    loaded = state.load_pending("staging")
    later = state.update_pending("staging", taken=loaded, kept=[kept("f3", 1)])

    assert [p.fingerprint for p in loaded] == ["f2"]
    assert "pending record 1 (f1) cannot be read (group.count:" in caplog.text
    assert [p.fingerprint for p in later] == ["f3"]
    assert json.loads(_raw_pending(state))[-1]["group"]["count"] == "many"  # kept as it was


def _raw_pending(state: RunState) -> bytes:
    if isinstance(state, FileRunState):
        return (state.directory / "staging.pending.json").read_bytes()
    raw = state.client.get("dogcatcher:staging:pending")  # type: ignore[attr-defined]
    assert isinstance(raw, bytes)
    return raw


def _write_raw_pending(state: RunState, raw: bytes) -> None:
    if isinstance(state, FileRunState):
        (state.directory / "staging.pending.json").write_bytes(raw)
    else:
        state.client.set("dogcatcher:staging:pending", raw)  # type: ignore[attr-defined]


def test_clearing_pending_groups_of_a_state_folder_that_is_a_file_is_named(
    tmp_path: Path,
) -> None:
    # It said "dropped every pending group" and dropped nothing.
    (tmp_path / "state").write_text("")
    with pytest.raises(ConfigError, match=r"cannot remove the run state .*check state\.directory"):
        FileRunState(tmp_path / "state").clear_pending("staging")
    FileRunState(tmp_path / "nothing-yet").clear_pending("staging")  # nothing to clear
