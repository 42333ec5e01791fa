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


def labelled(fingerprint: str) -> TicketDraft:
    return draft(f"error {fingerprint}").model_copy(
        update={"labels": ("dogcatcher", fingerprint_label(fingerprint))}
    )


def test_a_deleted_ticket_s_key_is_never_given_again(tmp_path: Path) -> None:
    tracker = LocalTracker(tmp_path, "OPS")
    tracker.create(labelled("f1"), fingerprint="f1", occurrences=1, last_seen=BASE_TIME)
    tracker.create(labelled("f2"), fingerprint="f2", occurrences=1, last_seen=BASE_TIME)
    for suffix in (".json", ".md"):
        (tmp_path / f"OPS-2{suffix}").unlink()  # a person deletes the newest ticket

    third = tracker.create(labelled("f3"), fingerprint="f3", occurrences=1, last_seen=BASE_TIME)
    (tmp_path / "index").rename(tmp_path / "index.lost")  # and the index is gone too
    fourth = LocalTracker(tmp_path, "OPS").create(
        labelled("f4"), fingerprint="f4", occurrences=1, last_seen=BASE_TIME
    )

    assert (third.key, fourth.key) == ("OPS-3", "OPS-4")
    # f2's index entry named OPS-2: its error is new again, not another error's ticket.
    assert LocalTracker(tmp_path, "OPS").find_by_fingerprint("f2") is None


def test_a_ticket_whose_index_entry_is_lost_or_wrong_is_found_by_its_label(tmp_path: Path) -> None:
    tracker = LocalTracker(tmp_path, "OPS")
    first = tracker.create(labelled("f1"), fingerprint="f1", occurrences=1, last_seen=BASE_TIME)
    second = tracker.create(labelled("f2"), fingerprint="f2", occurrences=1, last_seen=BASE_TIME)
    (tmp_path / "index" / "f1").unlink()
    (tmp_path / "index" / "f2").write_text("OPS-1")  # names a ticket without f2's label

    again = LocalTracker(tmp_path, "OPS")
    assert again.find_by_fingerprints(["f1", "f2", "f3"]) == {"f1": first, "f2": second}
    # The index is mended: the next lookup reads it alone.
    assert (tmp_path / "index" / "f1").read_text() == "OPS-1"
    assert (tmp_path / "index" / "f2").read_text() == "OPS-2"


def test_one_damaged_ticket_leaves_the_others_to_matching(tmp_path: Path) -> None:
    tracker = LocalTracker(tmp_path, "OPS")
    for fingerprint in ("f1", "f2"):
        tracker.create(
            labelled(fingerprint), fingerprint=fingerprint, occurrences=1, last_seen=BASE_TIME
        )
    (tmp_path / "OPS-1.json").write_text('{"key": "OPS-1", "summ')

    assert [t.key for t in tracker.candidates()] == ["OPS-2"]
    with pytest.raises(TrackerError, match=r"OPS-1\.json is not a valid ticket record"):
        tracker.find_by_fingerprint("f1")  # its own group fails, named


def test_what_a_tracker_read_is_no_part_of_a_task_s_cache_key(tmp_path: Path) -> None:
    from prefect.utilities.hashing import hash_objects

    tracker = LocalTracker(tmp_path, "OPS")
    tracker.create(labelled("f1"), fingerprint="f1", occurrences=1, last_seen=BASE_TIME)
    before = hash_objects(tracker)

    assert tracker.find_by_fingerprint("unknown") is None  # reads every ticket

    assert hash_objects(tracker) == before
