"""LocalTracker: tickets as files, found by fingerprint, surviving restarts."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from dogcatcher.exceptions import TrackerError
from dogcatcher.models import TicketDraft
from dogcatcher.trackers import LocalTracker, fingerprint_label
from tests.conftest import BASE_TIME


def draft(summary: str = "NPE in checkout") -> TicketDraft:
    return TicketDraft(
        project="OPS",
        issue_type="Bug",
        summary=summary,
        description="## Summary\n\nit broke",
        labels=("dogcatcher", fingerprint_label("abc")),
        priority="High",
    )


def test_created_ticket_is_found_by_fingerprint_after_a_restart(tmp_path: Path) -> None:
    created = LocalTracker(tmp_path, "OPS").create(
        draft(), fingerprint="abc", occurrences=3, last_seen=BASE_TIME
    )

    again = LocalTracker(tmp_path, "OPS")  # a new process would do exactly this

    found = again.find_by_fingerprint("abc")
    assert found == created
    assert created.key == "OPS-1"
    assert again.find_by_fingerprint("other") is None
    assert (tmp_path / "OPS-1.md").read_text().startswith("# OPS-1: NPE in checkout")


def test_keys_are_sequential_and_unique_under_concurrent_creates(tmp_path: Path) -> None:
    tracker = LocalTracker(tmp_path, "OPS")
    with ThreadPoolExecutor(8) as pool:
        tickets = list(
            pool.map(
                lambda n: tracker.create(
                    draft(f"t{n}"), fingerprint=f"fp{n}", occurrences=1, last_seen=BASE_TIME
                ),
                range(20),
            )
        )
    assert sorted(int(t.key.split("-")[1]) for t in tickets) == list(range(1, 21))
    assert [t.key for t in tracker.tickets()] == [f"OPS-{n}" for n in range(1, 21)]


def test_comment_and_reopen_update_the_record(tmp_path: Path) -> None:
    tracker = LocalTracker(tmp_path, "OPS")
    key = tracker.create(draft(), fingerprint="abc", occurrences=3, last_seen=BASE_TIME).key
    later = BASE_TIME + timedelta(hours=1)

    commented = tracker.comment(key, "seen 2 more", occurrences=2, last_seen=later)
    tracker.close(key)
    reopened = tracker.reopen(key, "back again", occurrences=1, last_seen=later)

    assert commented.occurrences == 5 and commented.last_seen == later
    assert [c.body for c in reopened.comments] == ["seen 2 more", "back again"]
    assert reopened.status == "open" and reopened.occurrences == 6
    assert "back again" in (tmp_path / f"{key}.md").read_text()


def test_reading_does_not_create_the_directory(tmp_path: Path) -> None:
    tracker = LocalTracker(tmp_path / "tickets", "OPS")
    assert tracker.find_by_fingerprint("abc") is None
    assert tracker.tickets() == []
    assert not (tmp_path / "tickets").exists()


def test_corrupt_record_and_unknown_key_are_tracker_errors(tmp_path: Path) -> None:
    tracker = LocalTracker(tmp_path, "OPS")
    key = tracker.create(draft(), fingerprint="abc", occurrences=1, last_seen=BASE_TIME).key
    (tmp_path / f"{key}.json").write_text("{")
    with pytest.raises(TrackerError, match="not a valid ticket record"):
        tracker.find_by_fingerprint("abc")
    with pytest.raises(TrackerError, match="OPS-99 not found"):
        tracker.comment("OPS-99", "x", occurrences=1, last_seen=BASE_TIME)


def test_local_candidates_are_recent_open_tickets_newest_first(tmp_path: Path) -> None:
    tracker = LocalTracker(tmp_path, "OPS")
    keys = [
        tracker.create(draft(f"t{n}"), fingerprint=f"fp{n}", occurrences=1, last_seen=BASE_TIME).key
        for n in range(3)
    ]
    tracker.close(keys[0])
    tracker.comment(keys[1], "again", occurrences=1, last_seen=BASE_TIME)  # updated last

    assert [t.key for t in tracker.candidates()] == [keys[1], keys[2]]
    assert [t.key for t in tracker.candidates(limit=1)] == [keys[1]]
    assert tracker.candidates(days=0) == []
    # Closed ones only when asked for, and only those resolved recently enough.
    assert [t.key for t in tracker.candidates(closed_days=7)] == [keys[1], keys[2], keys[0]]
    # Each their own limit: closed tickets never crowd open ones out.
    assert [t.key for t in tracker.candidates(limit=1, closed_days=7)] == [keys[1], keys[0]]
    tracker.close(keys[0], at=datetime.now(UTC) - timedelta(days=8))
    assert [t.key for t in tracker.candidates(closed_days=7)] == [keys[1], keys[2]]
    assert [t.key for t in tracker.candidates(days=0, closed_days=9)] == [keys[0]]
