"""Operating the flow: the analysis cache, pending groups, locks left by a crashed run, and
retried flow runs that resume instead of writing tickets twice."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from dogcatcher.exceptions import TrackerError
from dogcatcher.models import GroupOutcome
from dogcatcher.report import render_report_markdown
from dogcatcher.settings import Settings, load_settings
from dogcatcher.state import build_run_state
from dogcatcher.trackers import LocalTracker
from flows.policy import lock_manager
from flows.triage import retry_if_transient, triage_errors
from tests.conftest import REDIS_URL, write_jsonl
from tests.fakes.jira import JiraFake
from tests.fakes.openai import OpenAIFake, server_error_fault
from tests.flows.test_triage import three_errors

pytestmark = pytest.mark.usefixtures("prefect_harness")


@pytest.fixture
def llm(monkeypatch: pytest.MonkeyPatch) -> Iterator[OpenAIFake]:
    fake = OpenAIFake(api_key="sk-test")
    with fake.running():
        for name, value in {
            "KIND": "openai",
            "BASE_URL": f"{fake.base_url}/v1",
            "API_KEY": "sk-test",
            "MAX_RETRIES": "0",
        }.items():
            monkeypatch.setenv(f"DOGCATCHER_ANALYZER__{name}", value)
        yield fake


def completions(fake: OpenAIFake) -> int:
    return sum(request.path.endswith("/chat/completions") for request in fake.requests)


def test_a_second_run_over_the_same_window_makes_no_llm_calls_and_no_tickets(
    tmp_path: Path, tickets_dir: Path, llm: OpenAIFake
) -> None:
    source = str(write_jsonl(tmp_path / "events.jsonl", three_errors()))

    first = triage_errors(profile="testing", source_path=source)
    calls_first = completions(llm)
    second = triage_errors(profile="testing", source_path=source)

    assert calls_first == 3 and first.count_actions()["create"] == 3
    assert completions(llm) == calls_first  # every analysis came from the cache
    assert (first.cached_analyses, second.cached_analyses) == (0, 3)
    assert second.llm_tokens == 0 and second.count_actions()["create"] == 0
    assert {o.analyzer for o in second.outcomes} == {"openai:gpt-4o-mini"}


def test_a_fallback_analysis_is_not_cached_as_the_llms(
    tmp_path: Path, tickets_dir: Path, llm: OpenAIFake
) -> None:
    source = str(write_jsonl(tmp_path / "events.jsonl", three_errors()))
    llm.add_fault(server_error_fault(500, times=100))
    outage = triage_errors(profile="testing", source_path=source, dry_run=True)
    llm.clear_faults()

    later = triage_errors(profile="testing", source_path=source, dry_run=True)

    assert len(outage.fallbacks) == 3
    assert later.fallbacks == {} and later.analyzers == {"openai:gpt-4o-mini": 3}


def break_a_ticket(tmp_path: Path, tickets_dir: Path) -> tuple[GroupOutcome, Path, str]:
    """A first run files three tickets; the record of the 30-event group's is then corrupt,
    so the tracker fails on it. Returns that group's outcome, the record and its text."""
    first = triage_errors(
        profile="testing", source_path=str(write_jsonl(tmp_path / "a.jsonl", three_errors()))
    )
    broken = next(o for o in first.outcomes if o.count == 30)
    record = tickets_dir / f"{broken.ticket_key}.json"
    good = record.read_text()
    record.write_text("{corrupt")
    return broken, record, good


def test_a_group_that_failed_is_kept_and_finished_by_the_next_run(
    tmp_path: Path, tickets_dir: Path
) -> None:
    broken, record, good = break_a_ticket(tmp_path, tickets_dir)
    day2 = str(write_jsonl(tmp_path / "b.jsonl", three_errors(start=86_400)))
    failed = triage_errors(profile="testing", source_path=day2)
    record.write_text(good)  # the tracker is healthy again

    # A later window without that error: the kept group is still told to its ticket.
    day3 = str(write_jsonl(tmp_path / "c.jsonl", three_errors(start=2 * 86_400)[30:]))
    recovered = triage_errors(profile="testing", source_path=day3)

    assert failed.pending == 1 and list(failed.failures) == [broken.fingerprint]
    assert recovered.carried_over == 1 and recovered.pending == 0
    outcome = next(o for o in recovered.outcomes if o.fingerprint == broken.fingerprint)
    assert (outcome.action, outcome.count, outcome.error) == ("comment", 30, None)
    assert LocalTracker(tickets_dir, "TEST").get(broken.ticket_key or "").occurrences == 60


def test_a_group_that_keeps_failing_says_for_how_many_runs_and_since_when(
    tmp_path: Path, tickets_dir: Path
) -> None:
    broken, record, good = break_a_ticket(tmp_path, tickets_dir)
    state = build_run_state(load_settings("testing"))
    days = [
        triage_errors(
            profile="testing",
            source_path=str(write_jsonl(tmp_path / f"d{n}.jsonl", three_errors(start=n * 86_400))),
        )
        for n in (1, 2)
    ]
    (kept,) = state.load_pending("testing")
    record.write_text(good)
    recovered = triage_errors(
        profile="testing", source_path=str(write_jsonl(tmp_path / "e.jsonl", []))
    )

    assert [list(d.failures) for d in days] == [[broken.fingerprint]] * 2
    assert days[0].failing == {}  # a first failure is no streak
    streak = days[1].failing[broken.fingerprint]
    assert streak.runs == 2 and days[0].started_at <= streak.since <= days[1].started_at
    assert (kept.fingerprint, kept.why, kept.runs, kept.since) == (
        broken.fingerprint,
        "failed",
        2,
        streak.since,
    )
    assert kept.reason == days[1].failures[broken.fingerprint] and kept.group.count == 60
    assert "failed in 2 runs in a row" in render_report_markdown(days[1])
    assert recovered.pending == 0 and state.load_pending("testing") == []
    assert LocalTracker(tickets_dir, "TEST").get(broken.ticket_key or "").occurrences == 90


def test_groups_the_cap_holds_are_kept_as_held_with_the_reason(
    tmp_path: Path, tickets_dir: Path
) -> None:
    source = str(write_jsonl(tmp_path / "a.jsonl", three_errors()))

    report = triage_errors(profile="testing", source_path=source, max_tickets=1)

    pending = build_run_state(load_settings("testing")).load_pending("testing")
    assert report.pending == 2 and report.failing == {}
    assert {(p.why, p.runs) for p in pending} == {("held", 1)}
    assert all("ticket cap of 1 per run reached" in p.reason for p in pending)


@pytest.fixture(params=["local", "redis"])
def backend(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch, tickets_dir: Path
) -> str:
    if request.param == "redis":
        from prefect_redis import RedisDatabase

        claim: Callable[[], int] = request.getfixturevalue("redis_dbs")
        results, locks = claim(), claim()
        block = f"dc-test-results-{results}"
        RedisDatabase(host="127.0.0.1", port=6379, db=results).save(block, overwrite=True)
        for name, value in {
            "BACKEND": "redis",
            "REDIS_URL": REDIS_URL,
            "RESULTS_DB": str(results),
            "LOCKS_DB": str(locks),
            "RESULTS_BLOCK": block,
        }.items():
            monkeypatch.setenv(f"DOGCATCHER_STATE__{name}", value)
    return str(request.param)


def a_ticket_lock(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[str, Settings, str]:
    """A two-second lease; then a source of three errors, the testing settings, and the
    lock key of one of the source's tickets."""
    monkeypatch.setenv("DOGCATCHER_STATE__LOCK_LEASE", "PT2S")
    source = str(write_jsonl(tmp_path / "events.jsonl", three_errors()))
    preview = triage_errors(profile="testing", source_path=source, dry_run=True)
    settings = load_settings("testing")
    return (
        source,
        settings,
        f"ticket-lock-{settings.tracker.project}-{preview.outcomes[0].fingerprint}",
    )


def files_every_ticket(source: str, tickets_dir: Path) -> None:
    report = triage_errors(profile="testing", source_path=source)
    assert report.count_actions()["create"] == 3 and not report.failures
    assert len(LocalTracker(tickets_dir, "TEST").tickets()) == 3


def test_a_lock_left_by_a_crashed_run_does_not_wedge_later_runs(
    tmp_path: Path, tickets_dir: Path, backend: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    source, settings, key = a_ticket_lock(tmp_path, monkeypatch)
    # A worker took the lock of one fingerprint's ticket, then died without releasing it.
    assert lock_manager(settings).acquire_lock(key, holder="killed-worker")

    files_every_ticket(source, tickets_dir)


def test_a_lock_file_left_empty_by_a_crash_does_not_wedge_later_runs(
    tmp_path: Path, tickets_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Prefect's file lock manager creates a lock file, then writes its holder into it: a
    # holder that died in between left it empty, and every later write to that ticket
    # failed parsing it (ValueError), run after run.
    source, settings, key = a_ticket_lock(tmp_path, monkeypatch)
    locks = settings.state.directory.resolve() / "locks"
    locks.mkdir(parents=True, exist_ok=True)
    empty = locks / f"{key}.lock"
    empty.touch()
    stamp = time.time() - 60  # older than the lease
    os.utime(empty, (stamp, stamp))

    files_every_ticket(source, tickets_dir)


def test_a_lock_file_being_written_is_read_once_it_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DOGCATCHER_STATE__DIRECTORY", str(tmp_path))
    manager = lock_manager(load_settings("testing"))
    (tmp_path / "locks").mkdir()
    lock = tmp_path / "locks" / "k.lock"
    lock.touch()  # created, its holder not written yet
    writer = threading.Timer(
        0.2, lambda: lock.write_text('{"holder": "other", "expiration": null}')
    )
    writer.start()

    assert manager.is_locked("k") and not manager.is_lock_holder("k", "me")
    writer.join()


def test_a_retried_flow_run_resumes_and_never_writes_a_ticket_twice(
    tmp_path: Path, tickets_dir: Path, backend: str
) -> None:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId
    from prefect.flow_engine import run_flow
    from prefect.states import Scheduled

    parameters: dict[str, Any] = {
        "profile": "testing",
        "source_path": str(write_jsonl(tmp_path / "events.jsonl", three_errors())),
    }
    state = triage_errors(**parameters, return_state=True)
    flow_run_id = state.state_details.flow_run_id
    tickets = LocalTracker(tickets_dir, "TEST").tickets()
    # Retry the finished run as the UI or `prefect flow-run retry` does: the same flow run,
    # scheduled again, run by the engine once more.
    with get_client(sync_client=True) as client:
        client.set_flow_run_state(flow_run_id, Scheduled(), force=True)
        flow_run = client.read_flow_run(flow_run_id)
        retried = run_flow(triage_errors, flow_run=flow_run, parameters=parameters)
        # Task run states reach the API a moment after the run, as events.
        deadline = time.monotonic() + 30
        while True:
            task_runs = client.read_task_runs(
                flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[flow_run_id]))
            )
            writes = [run for run in task_runs if run.name.startswith("apply-decision")]
            if len(writes) == 6 and all(run.state and run.state.is_final() for run in writes):
                break
            assert time.monotonic() < deadline, [run.state_name for run in writes]
            time.sleep(0.5)

    assert LocalTracker(tickets_dir, "TEST").tickets() == tickets  # no new ticket, no comment
    assert retried.count_actions()["create"] == 3  # the first attempt's writes, resumed
    assert sorted(run.state_name for run in writes) == ["Cached"] * 3 + ["Completed"] * 3


@pytest.mark.parametrize("slots", [None, 1])
def test_every_jira_call_occupies_the_global_concurrency_limit(
    tmp_path: Path, tickets_dir: Path, monkeypatch: pytest.MonkeyPatch, slots: int | None
) -> None:
    from prefect.client.orchestration import get_client

    fake = JiraFake(username="bot", token="t", projects={"TEST": "Test"})
    fake.latency = 0.2  # long enough for the task threads to overlap without a limit
    source = str(write_jsonl(tmp_path / "events.jsonl", three_errors()))
    with fake.running(), get_client(sync_client=True) as client:
        for name, value in {
            "KIND": "jira",
            "URL": fake.base_url,
            "USERNAME": "bot",
            "TOKEN": "t",
        }.items():
            monkeypatch.setenv(f"DOGCATCHER_TRACKER__{name}", value)
        if slots:
            client.upsert_global_concurrency_limit_by_name("jira", slots)
        try:
            report = triage_errors(profile="testing", source_path=source)
        finally:
            if slots:
                client.delete_global_concurrency_limit_by_name("jira")

    assert report.count_actions()["create"] == 3
    if slots:
        assert fake.peak_in_flight == 1
    else:  # the same run unthrottled does overlap its calls: the check above can fail
        assert fake.peak_in_flight > 1


@pytest.mark.parametrize(
    ("error", "again"),
    [
        (NotADirectoryError(20, "Not a directory"), False),
        (PermissionError(13, "Permission denied"), False),
        (TrackerError("Jira search: 503", transient=True), True),
        (TrackerError("Jira create: 400 bad field"), False),
        (ConnectionResetError(104, "reset"), True),
    ],
)
def test_only_what_can_pass_is_retried(error: Exception, again: bool) -> None:
    class Ended:
        def result(self) -> None:
            raise error

    assert retry_if_transient(None, None, Ended()) is again
