"""Whole runs of the triage flow under a throwaway Prefect API: what ends up in the tracker."""

from __future__ import annotations

import gc
import json
import time
import weakref
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from dogcatcher.collector import RUN_THRESHOLDS
from dogcatcher.exceptions import ConfigError, SourceError
from dogcatcher.models import LogEvent, Reading, TimeWindow
from dogcatcher.progress import listening
from dogcatcher.report import render_report_markdown
from dogcatcher.sources import SAMPLE_EVENTS
from dogcatcher.state import FileRunState, Watermark
from dogcatcher.trackers import LocalTracker, fingerprint_label
from flows.triage import RUN_TIMEOUT, TASK_WORKERS, Plan, reading_of, triage_errors
from tests.conftest import BASE_TIME, JAVA_STACK, datadog_event, write_jsonl
from tests.fakes.datadog import DatadogLogsFake
from tests.fakes.datadog import server_error_fault as datadog_server_error
from tests.fakes.jira import JiraFake
from tests.fakes.openai import OpenAIFake, server_error_fault

pytestmark = pytest.mark.usefixtures("prefect_harness")


def three_errors(start: int = 0) -> list[dict[str, object]]:
    """30 + 10 + 5 events of three distinct errors, with variable parts that must not split
    them (ids, line numbers after a deploy) and an email that must not reach a ticket."""
    events = [
        datadog_event(start + n, message=f"order {1000 + n} failed for bob{n}@example.com")
        for n in range(30)
    ]
    events += [
        datadog_event(
            start + 100 + n,
            message='Cannot invoke "Cart.total()" because "cart" is null',
            kind="java.lang.NullPointerException",
            stack=JAVA_STACK.format(line=42 if n < 5 else 47),
        )
        for n in range(10)
    ]
    events += [
        datadog_event(
            start + 200 + n,
            message=f"connection refused to 10.0.3.{n}:5432 after {n * 100}ms",
            kind="ConnectionRefusedError",
            service="inventory",
        )
        for n in range(5)
    ]
    return events


def use_datadog(monkeypatch: pytest.MonkeyPatch, fake: DatadogLogsFake, **source: str) -> None:
    """Point the testing profile's source at ``fake``, with more source settings."""
    settings = {"KIND": "datadog", "BASE_URL": fake.base_url, "API_KEY": "k", "APP_KEY": "a"}
    for name, value in {**settings, **source}.items():
        monkeypatch.setenv(f"DOGCATCHER_SOURCE__{name}", value)


SAMPLE_DAY = {
    "since": datetime(2026, 11, 1, tzinfo=UTC),
    "until": datetime(2026, 11, 2, tzinfo=UTC),
}


def sample_datadog() -> DatadogLogsFake:
    """A fake Datadog holding the shipped sample, a day of events (SAMPLE_DAY)."""
    sample = [json.loads(line) for line in SAMPLE_EVENTS.read_text().splitlines()]
    return DatadogLogsFake(sample, api_key="k", app_key="a")


def run(source: Path, **parameters: object):  # type: ignore[no-untyped-def]
    return triage_errors(profile="testing", source_path=str(source), **parameters)


def test_run_files_one_ticket_per_error_and_skips_malformed_lines(
    tmp_path: Path, tickets_dir: Path
) -> None:
    records: list[dict[str, object] | str] = list(three_errors())
    records.insert(6, "{this is not json")
    records.insert(9, json.dumps({"id": "x", "type": "log"}))
    source = write_jsonl(tmp_path / "events.jsonl", records)

    report = run(source)

    assert (report.events_read, report.events_skipped, report.groups) == (45, 2, 3)
    assert [s.where for s in report.skipped] == ["events.jsonl:7", "events.jsonl:10"]
    assert "not valid JSON" in report.skipped[0].reason
    assert "attributes" in report.skipped[1].reason
    assert report.count_actions()["create"] == 3
    tickets = LocalTracker(tickets_dir, "TEST").tickets()
    assert sorted(t.occurrences for t in tickets) == [5, 10, 30]
    for ticket in tickets:
        assert fingerprint_label(ticket.fingerprint) in ticket.labels
        assert "dogcatcher" in ticket.labels
        assert ticket.project == "TEST"
    text = "".join(p.read_text() for p in tickets_dir.rglob("*") if p.is_file())
    assert "@example.com" not in text and "10.0.3." not in text
    assert report.redactions["email"] == 60  # in message and error.message of 30 events


def test_second_run_over_the_same_events_creates_nothing(tmp_path: Path, tickets_dir: Path) -> None:
    source = write_jsonl(tmp_path / "events.jsonl", three_errors())
    run(source)
    before = {p: p.read_bytes() for p in tickets_dir.rglob("*") if p.is_file()}

    again = run(source)

    assert again.count_actions() == {"create": 0, "comment": 0, "reopen": 0, "skip": 3}
    assert all(o.ticket_key for o in again.outcomes)
    assert {p: p.read_bytes() for p in tickets_dir.rglob("*") if p.is_file()} == before


def test_new_occurrences_of_a_known_error_become_a_comment(
    tmp_path: Path, tickets_dir: Path
) -> None:
    run(write_jsonl(tmp_path / "day1.jsonl", three_errors()))
    later = [
        datadog_event(
            n, message=f"order {n} failed for x{n}@example.org", at=BASE_TIME + timedelta(days=1)
        )
        for n in range(4)
    ]

    report = run(write_jsonl(tmp_path / "day2.jsonl", later))

    assert report.count_actions() == {"create": 0, "comment": 1, "reopen": 0, "skip": 0}
    (ticket,) = [t for t in LocalTracker(tickets_dir, "TEST").tickets() if t.comments]
    assert ticket.occurrences == 34
    assert "4 event(s)" in ticket.comments[0].body


def test_closed_ticket_seen_again_is_reopened(tmp_path: Path, tickets_dir: Path) -> None:
    first = run(write_jsonl(tmp_path / "day1.jsonl", three_errors()))
    tracker = LocalTracker(tickets_dir, "TEST")
    key = next(o.ticket_key for o in first.outcomes if o.count == 30)
    assert key is not None
    tracker.close(key)
    later = [
        datadog_event(
            n, message=f"order {n} failed for y@example.org", at=BASE_TIME + timedelta(days=2)
        )
        for n in range(2)
    ]

    report = run(write_jsonl(tmp_path / "day3.jsonl", later))

    assert [(o.action, o.ticket_key) for o in report.outcomes] == [("reopen", key)]
    assert tracker.get(key).status == "open"


def test_dry_run_writes_nothing_and_shows_every_decision(tmp_path: Path, tickets_dir: Path) -> None:
    source = write_jsonl(tmp_path / "events.jsonl", three_errors())
    before = sorted(tmp_path.rglob("*"))

    report = run(source, dry_run=True)

    assert report.dry_run
    assert report.count_actions()["create"] == 3
    assert all(not o.applied and o.ticket_key is None for o in report.outcomes)
    assert sorted(tmp_path.rglob("*")) == before
    assert not tickets_dir.exists()


def test_cap_holds_across_the_whole_run_and_a_later_run_creates_the_rest(
    tmp_path: Path, tickets_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 12 distinct errors over pages of 5 events: the cap must hold across pages.
    monkeypatch.setenv("DOGCATCHER_SOURCE__PAGE_SIZE", "5")
    events = [
        datadog_event(n, message=f"failure number{chr(97 + n % 12)} happened", kind=f"E{n % 12}")
        for n in range(60)
    ]
    events += [datadog_event(100, message="java.lang.OutOfMemoryError: Java heap space", kind=None)]
    source = write_jsonl(tmp_path / "events.jsonl", events)

    report = run(source, max_tickets=4)

    assert report.pages == 13
    actions = report.count_actions()
    assert (actions["create"], actions["skip"]) == (4, 9)
    created = [o for o in report.outcomes if o.action == "create"]
    assert any(o.severity.value == "critical" for o in created)
    capped = [o for o in report.outcomes if "cap of 4" in o.reason]
    assert len(capped) == 9
    assert len(LocalTracker(tickets_dir, "TEST").tickets()) == 4

    rest = run(source, max_tickets=100)
    assert rest.count_actions()["create"] == 9
    assert len(LocalTracker(tickets_dir, "TEST").tickets()) == 13


def test_one_broken_group_does_not_sink_the_run(tmp_path: Path, tickets_dir: Path) -> None:
    first = run(write_jsonl(tmp_path / "day1.jsonl", three_errors()))
    broken = next(o for o in first.outcomes if o.count == 30)
    (tickets_dir / f"{broken.ticket_key}.json").write_text("{corrupt")
    later = three_errors(start=86_400)

    report = run(write_jsonl(tmp_path / "day2.jsonl", later))

    assert list(report.failures) == [broken.fingerprint]
    assert "not a valid ticket record" in report.failures[broken.fingerprint]
    assert report.count_actions()["comment"] == 2


WHEEL_STACK = """\
Traceback (most recent call last):
  File "/opt/venv/lib/python3.11/site-packages/orders_api/service.py", line 88, in place
    session.flush()
  File "/opt/venv/lib/python3.11/site-packages/sqlalchemy/orm/session.py", line 4312, in flush
    self._flush(objects)
sqlalchemy.exc.IntegrityError: duplicate key value violates unique constraint "orders_pkey"
"""


def test_a_team_s_frame_rules_reach_grouping_and_titles(
    tmp_path: Path, tickets_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The service is pip-installed as a wheel: without the team's word, no frame is its own
    # and the title names none.
    events = [
        datadog_event(
            n,
            message='duplicate key value violates unique constraint "orders_pkey"',
            kind="sqlalchemy.exc.IntegrityError",
            stack=WHEEL_STACK,
            service="orders",
        )
        for n in range(3)
    ]
    source = write_jsonl(tmp_path / "events.jsonl", events)
    monkeypatch.setenv("DOGCATCHER_GROUPING__APP_FRAMES", '["site-packages/orders_api/"]')
    run(source)
    (ticket,) = LocalTracker(tickets_dir, "TEST").tickets()
    assert ticket.summary.startswith("IntegrityError in service.place (orders): ")


def test_bad_profile_fails_with_a_clear_error() -> None:
    with pytest.raises(ConfigError, match=r"profile 'nope' not found: .*nope\.yaml"):
        triage_errors(profile="nope")


def test_embedded_default_sample_runs_end_to_end(tickets_dir: Path) -> None:
    report = triage_errors(profile="local", dry_run=True)

    assert report.events_read >= 2000 and report.events_skipped == 0
    assert report.groups >= 25
    assert report.count_actions()["create"] >= 20
    assert sum(report.redactions.values()) > 0
    assert not tickets_dir.exists()


def test_run_publishes_its_report_and_decisions_as_artifacts(
    tmp_path: Path, tickets_dir: Path
) -> None:
    from prefect.artifacts import Artifact

    report = run(write_jsonl(tmp_path / "events.jsonl", three_errors()))

    latest = Artifact.get("dogcatcher-testing")  # the newest version of that key
    assert latest is not None and latest.type == "markdown"
    markdown = latest.data
    assert isinstance(markdown, str)
    assert "| events read | 45 |" in markdown
    assert "| tickets created | 3 (cap 100) |" in markdown
    table = Artifact.get("dogcatcher-testing-decisions")
    assert table is not None and table.type == "table"
    rows = json.loads(str(table.data))
    for outcome in report.outcomes:
        link = (tickets_dir / f"{outcome.ticket_key}.md").resolve().as_uri()
        assert f"| create | [{outcome.ticket_key}]({link}) | {outcome.count} |" in markdown
        assert {
            "decision": "create",
            "ticket": outcome.ticket_key,
            "link": link,
            "events": outcome.count,
        }.items() <= next(r for r in rows if r["fingerprint"] == outcome.fingerprint).items()


def test_run_reports_progress_per_page_group_and_decision(
    tmp_path: Path, tickets_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DOGCATCHER_SOURCE__PAGE_SIZE", "10")
    monkeypatch.setenv("DOGCATCHER_SOURCE__EVENTS_PER_TASK", "20")  # two pages a fetch task
    seen: list[tuple[str, int, int | None]] = []

    class Recorder:
        def advance(self, stage: str, amount: int = 1, total: int | None = None) -> None:
            seen.append((stage, amount, total))

    with listening(Recorder()):
        report = run(write_jsonl(tmp_path / "events.jsonl", three_errors()))

    assert report.pages == 5  # 45 events: 10, 10 | 10, 10 | 5
    pages = [("pages", 2, None), ("pages", 2, None), ("pages", 1, None), ("pages", 0, 5)]
    assert [s for s in seen if s[0] == "pages"] == pages
    assert [s for s in seen if s[0] == "groups analyzed"] == [("groups analyzed", 1, 3)] * 3
    assert [s for s in seen if s[0] == "tickets decided"] == [("tickets decided", 1, 3)] * 3


def test_run_keeps_the_collector_off_older_objects_and_restores_it(
    tmp_path: Path, tickets_dir: Path
) -> None:
    # A full collection walks every object of the process; during a run, what existed
    # before it is frozen and young objects are collected less often (dogcatcher.collector).
    before = (gc.get_threshold(), gc.get_freeze_count())
    during: set[tuple[tuple[int, int, int], bool]] = set()

    class Recorder:
        def advance(self, stage: str, amount: int = 1, total: int | None = None) -> None:
            during.add((gc.get_threshold(), gc.get_freeze_count() > 0))

    with listening(Recorder()):
        run(write_jsonl(tmp_path / "events.jsonl", three_errors()))

    assert during == {(RUN_THRESHOLDS, True)}
    assert (gc.get_threshold(), gc.get_freeze_count()) == before


def test_a_page_s_events_are_freed_once_grouped_without_waiting_for_the_collector(
    tmp_path: Path, tickets_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Prefect's futures and states form reference cycles, which only the cyclic collector
    # frees; a finished page's events must not wait for it, or the pages held at once are
    # bounded by how rarely full collections run, not by FETCHES_AHEAD. With the collector
    # off, the events alive during a 60-page run stay those of the few pages in flight.
    # (Counted through weak references to the parsed events: gc.get_objects() from another
    # thread can catch a tuple being built and make CPython fail to resize it.)
    monkeypatch.setenv("DOGCATCHER_SOURCE__PAGE_SIZE", "10")
    monkeypatch.setenv("DOGCATCHER_SOURCE__EVENTS_PER_TASK", "10")  # a page a fetch task
    events = [datadog_event(n, message=f"order {n} failed") for n in range(600)]
    parsed: list[weakref.ref[LogEvent]] = []
    from_values = LogEvent.from_datadog_values  # where reading an event ends

    def tracked(*values: Any) -> LogEvent | None:
        event = from_values(*values)
        if event is not None:
            parsed.append(weakref.ref(event))
        return event

    monkeypatch.setattr(LogEvent, "from_datadog_values", tracked)
    alive: list[int] = []

    class Recorder:
        def advance(self, stage: str, amount: int = 1, total: int | None = None) -> None:
            if stage == "pages" and amount:
                alive.append(sum(ref() is not None for ref in list(parsed)))

    enabled = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        with listening(Recorder()):
            report = run(write_jsonl(tmp_path / "events.jsonl", events))
    finally:
        if enabled:
            gc.enable()
    assert report.pages == 60 and report.events_read == 600 and len(parsed) == 600
    # In flight: a page being fetched, up to FETCHES_AHEAD + 1 being sanitized and as many
    # grouped; 10 pages leave a margin. Kept alive without the release: all 600.
    assert max(alive) <= 100, alive


@pytest.fixture
def llm(monkeypatch: pytest.MonkeyPatch) -> Iterator[OpenAIFake]:
    fake = OpenAIFake(api_key="sk-test")
    with fake.running():
        monkeypatch.setenv("DOGCATCHER_ANALYZER__KIND", "openai")
        monkeypatch.setenv("DOGCATCHER_ANALYZER__BASE_URL", f"{fake.base_url}/v1")
        monkeypatch.setenv("DOGCATCHER_ANALYZER__API_KEY", "sk-test")
        monkeypatch.setenv("DOGCATCHER_ANALYZER__MAX_RETRIES", "0")
        monkeypatch.setenv("DOGCATCHER_ANALYZER__BREAKER_FAILURES", "2")
        yield fake


def test_a_lost_ticket_index_neither_duplicates_tickets_nor_recounts_their_events(
    tmp_path: Path, tickets_dir: Path
) -> None:
    import shutil

    source = write_jsonl(tmp_path / "events.jsonl", three_errors())
    first = run(source)
    before = LocalTracker(tickets_dir, "TEST").tickets()
    shutil.rmtree(tickets_dir / "index")

    again = run(source)

    assert first.count_actions()["create"] == 3
    assert again.count_actions() == {"create": 0, "comment": 0, "reopen": 0, "skip": 3}
    assert LocalTracker(tickets_dir, "TEST").tickets() == before
    assert len(list((tickets_dir / "index").iterdir())) == 3  # mended


def test_llm_analyzes_each_group_once_and_tokens_are_counted(
    tmp_path: Path, tickets_dir: Path, llm: OpenAIFake
) -> None:
    report = run(write_jsonl(tmp_path / "events.jsonl", three_errors()), dry_run=True)

    assert report.analyzers == {"openai:gpt-4o-mini": 3}
    assert len(llm.completions) == 3
    assert report.llm_tokens == llm.total_tokens > 0
    assert report.fallbacks == {}


def test_a_stored_analysis_this_version_cannot_read_is_made_again(
    tmp_path: Path, tickets_dir: Path, llm: OpenAIFake
) -> None:
    import base64
    import json
    import pickle

    import cloudpickle  # type: ignore[import-untyped]

    source = write_jsonl(tmp_path / "events.jsonl", three_errors())
    run(source, dry_run=True)  # stores the three analyses
    stored = sorted((tmp_path / "state" / "results").glob("analysis-*"))
    assert len(stored) == 3 and len(llm.completions) == 3
    # One as an earlier version pickled it (without a field added since), one of another shape.
    older, other = (json.loads(path.read_text()) for path in stored[:2])
    analysis = pickle.loads(base64.b64decode(older["result"]))
    del analysis.__dict__["fallback_reason"]
    older["result"] = base64.b64encode(cloudpickle.dumps(analysis)).decode()
    other["result"] = base64.b64encode(cloudpickle.dumps({"title": 7})).decode()
    for path, record in zip(stored, (older, other), strict=False):
        path.write_text(json.dumps(record))

    again = run(source, dry_run=True)
    third = run(source, dry_run=True)

    assert again.failures == {} and again.analyzers == {"openai:gpt-4o-mini": 3}
    assert len(llm.completions) == 3 + 1  # the older one is read as it is; the other made again
    assert third.failures == {} and len(llm.completions) == 4  # and stored over the bad one


def test_llm_analyses_start_while_datadog_is_still_paged_through(
    tickets_dir: Path, llm: OpenAIFake, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each group is analyzed once, from the page that first shows it, while later pages
    are still read; its ticket still carries the run's final counts."""
    with sample_datadog().running() as datadog:
        datadog.latency = 0.15
        # Two pages a fetch task: analyses start once the first task's pages are grouped.
        use_datadog(monkeypatch, datadog, PAGE_SIZE="200", FETCH_SLICES="1", EVENTS_PER_TASK="400")
        report = triage_errors(profile="testing", dry_run=True, **SAMPLE_DAY)
    pages = [r.received_at for r in datadog.requests if r.path.endswith("/logs/events/search")]

    assert report.pages == len(pages) == 12
    assert len(llm.completions) == report.groups
    assert min(r.received_at for r in llm.requests) < pages[-2]
    assert sum(o.count for o in report.outcomes) == report.events_read - report.events_skipped


def test_llm_outage_falls_back_to_rules_and_the_run_still_tickets(
    tmp_path: Path, tickets_dir: Path, llm: OpenAIFake
) -> None:
    llm.add_fault(server_error_fault(503, times=100))
    kinds = 40
    events = [
        datadog_event(n, message=f"failure number {n % kinds} happened", kind=f"E{n % kinds}X")
        for n in range(2 * kinds)
    ]

    report = run(write_jsonl(tmp_path / "events.jsonl", events), max_tickets=100)

    assert report.analyzers == {"rule (fallback)": kinds}
    # The breaker opens after two failures; only calls already in flight still go out.
    assert len(llm.requests) <= 2 + TASK_WORKERS < kinds
    assert any("circuit breaker open" in r for r in report.fallbacks.values())
    assert any("LLM API answered 503" in r for r in report.fallbacks.values())
    assert report.count_actions()["create"] == kinds


def test_datadog_source_feeds_the_same_flow(
    tickets_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The day is read as four 6-hour slices side by side; together they hold each event
    once, even from a search that includes its end, and group as the file does."""
    with sample_datadog().running() as fake:
        url = fake.base_url
        fake.latency = 0.2  # long enough for the slices' searches to overlap
        fake.inclusive_to = True
        use_datadog(monkeypatch, fake, PAGE_SIZE="1000", FETCH_SLICES="4")
        from_datadog = triage_errors(profile="testing", dry_run=True, **SAMPLE_DAY)
    monkeypatch.setenv("DOGCATCHER_SOURCE__KIND", "file")
    from_file = triage_errors(profile="testing", dry_run=True)

    assert (from_datadog.events_read, from_datadog.pages) == (2400, 4)
    assert fake.peak_in_flight >= 2
    assert from_datadog.source.startswith(f"Datadog {url}")
    assert sorted((o.fingerprint, o.count) for o in from_datadog.outcomes) == sorted(
        (o.fingerprint, o.count) for o in from_file.outcomes
    )


def test_jira_tracker_end_to_end_second_run_creates_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with JiraFake(username="bot", token="t", projects={"TEST": "Test"}).running() as fake:
        assert isinstance(fake, JiraFake)
        for name, value in {
            "KIND": "jira",
            "URL": fake.base_url,
            "USERNAME": "bot",
            "TOKEN": "t",
            "MAX_RETRIES": "0",
        }.items():
            monkeypatch.setenv(f"DOGCATCHER_TRACKER__{name}", value)
        source = write_jsonl(tmp_path / "events.jsonl", three_errors())

        first = run(source)
        second = run(source)
        issues = list(fake.issues.values())

    assert first.count_actions()["create"] == 3 and first.failures == {}
    assert first.tracker.startswith("Jira Cloud")
    assert second.count_actions() == {"create": 0, "comment": 0, "reopen": 0, "skip": 3}
    assert len(issues) == 3
    assert {key for o in first.outcomes if (key := o.ticket_key)} == {i.key for i in issues}
    assert all("dogcatcher" in i.labels for i in issues)


def test_incremental_runs_continue_from_the_watermark_and_count_overlap_once(
    tmp_path: Path, tickets_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    now = datetime.now(UTC)
    first_batch = [
        datadog_event(n, message="order {n} failed", at=now - timedelta(minutes=30 - n))
        for n in range(3)
    ] + [datadog_event(10, message="order {n} failed", at=now - timedelta(minutes=3))]
    with DatadogLogsFake(first_batch, api_key="k", app_key="a").running() as fake:
        use_datadog(monkeypatch, fake, MAX_RETRIES="0")
        mark = tmp_path / "state" / "testing.watermark.json"

        dry = triage_errors(profile="testing", dry_run=True)
        assert dry.incremental and dry.events_read == 4 and not mark.exists()

        first = triage_errors(profile="testing")
        assert (first.events_read, first.count_actions()["create"]) == (4, 1)
        assert first.watermark is not None and mark.exists()
        saved = mark.read_bytes()

        # A new occurrence, and the event at now-3m comes back in the overlap.
        fake.add_events([datadog_event(20, message="order {n} failed", at=datetime.now(UTC))])
        time.sleep(0.05)
        monkeypatch.setenv("DOGCATCHER_SOURCE__INGESTION_DELAY", "PT0S")
        fake.add_fault(datadog_server_error(503, times=3))  # the task tries three times
        with pytest.raises(SourceError):
            triage_errors(profile="testing")
        assert mark.read_bytes() == saved  # a failed run leaves the watermark alone

        second = triage_errors(profile="testing")

    assert second.duplicates == 1  # the now-3m event, already counted
    assert second.events_read == 1
    assert second.count_actions()["comment"] == 1
    assert second.watermark is not None and second.watermark > first.watermark


def order_event(n: int, now: datetime, seconds: float = 0) -> dict[str, Any]:
    """Event ``n`` of one error ("order {n} failed"), ``seconds`` before ``now``."""
    return datadog_event(n, message="order {n} failed", at=now - timedelta(seconds=seconds))


def read_to_now(monkeypatch: pytest.MonkeyPatch, *, hold_comments: bool = False) -> None:
    """Later runs read up to now (no ingestion delay); with ``hold_comments``, a ticket told
    in the last hour is not told again: its new occurrences are held."""
    monkeypatch.setenv("DOGCATCHER_SOURCE__INGESTION_DELAY", "PT0S")
    if hold_comments:
        monkeypatch.setenv("DOGCATCHER_DEDUPE__COMMENT_INTERVAL", "PT1H")


def ticket_then_hold(monkeypatch: pytest.MonkeyPatch, fake: DatadogLogsFake) -> None:
    """A first run on ``fake`` files the ticket; later runs read up to now and hold the new
    occurrences of a ticket told in the last hour."""
    use_datadog(monkeypatch, fake, MAX_RETRIES="0")
    triage_errors(profile="testing")
    read_to_now(monkeypatch, hold_comments=True)


def test_an_event_that_arrives_late_is_counted_on_its_ticket(
    tmp_path: Path, tickets_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    now = datetime.now(UTC)
    minutes = (30, 29, 3)
    events = [order_event(n, now, 60 * m) for n, m in enumerate(minutes)]
    with DatadogLogsFake(events, api_key="k", app_key="a").running() as fake:
        use_datadog(monkeypatch, fake, MAX_RETRIES="0")
        first = triage_errors(profile="testing")
        # Logged 4 minutes ago, it reached Datadog after the first run read that minute:
        # older than the newest occurrence the ticket was told of, inside the late margin.
        fake.add_events([order_event(9, now, 240)])
        read_to_now(monkeypatch)
        second = triage_errors(profile="testing")

    assert first.count_actions()["create"] == 1
    assert (second.events_read, second.duplicates) == (1, 1)  # the late one; 3 min ago, again
    assert second.count_actions()["comment"] == 1
    (ticket,) = LocalTracker(tickets_dir, "TEST").tickets()
    assert ticket.occurrences == 4 and ticket.last_seen == events_time(events[2])


def test_held_occurrences_are_kept_when_late_ones_of_their_error_arrive(
    tmp_path: Path, tickets_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    now = datetime.now(UTC)

    with DatadogLogsFake(
        [order_event(0, now, 1800), order_event(1, now, 1740)], api_key="k", app_key="a"
    ).running() as fake:
        ticket_then_hold(monkeypatch, fake)
        fake.add_events([order_event(2, now, 30)])
        held = triage_errors(profile="testing")  # told an hour ago at most: held
        # Two late events on either side of the held one, in the next run's late margin.
        fake.add_events([order_event(3, now, 180), order_event(4, now, 12)])
        again = triage_errors(profile="testing")

    assert held.pending == 1 and again.carried_over == 1
    (kept,) = FileRunState(tmp_path / "state").load_pending("testing")
    assert kept.group.count == 3  # the held one and the two late ones


def test_a_run_that_failed_after_its_writes_is_not_counted_twice_by_the_next(
    tmp_path: Path, tickets_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    now = datetime.now(UTC)

    first_events = [order_event(0, now, 1800), order_event(1, now, 1740)]
    with DatadogLogsFake(first_events, api_key="k", app_key="a").running() as fake:
        use_datadog(monkeypatch, fake, MAX_RETRIES="0")
        triage_errors(profile="testing")
        read_to_now(monkeypatch)
        fake.add_events([order_event(2, now, 20)])
        # The run state cannot be written once the run has commented: the run fails, and
        # its window (read again by the next run) is not done.
        with monkeypatch.context() as broken:
            broken.setattr(FileRunState, "update_pending", _state_down)
            with pytest.raises(ConfigError, match="state is down"):
                triage_errors(profile="testing")
        assert LocalTracker(tickets_dir, "TEST").get("TEST-1").occurrences == 3
        fake.add_events([order_event(3, datetime.now(UTC))])
        time.sleep(0.05)
        third = triage_errors(profile="testing")

    assert third.events_read == 2  # the failed run's event again, and the new one
    assert [o.count for o in third.outcomes] == [1]
    ticket = LocalTracker(tickets_dir, "TEST").get("TEST-1")
    assert ticket.occurrences == 4 and len(ticket.comments) == 2


def test_held_occurrences_of_a_run_that_stopped_before_its_watermark_count_once(
    tmp_path: Path, tickets_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    now = datetime.now(UTC)

    with DatadogLogsFake([order_event(0, now, 1800)], api_key="k", app_key="a").running() as fake:
        ticket_then_hold(monkeypatch, fake)
        fake.add_events([order_event(1, now, 30)])
        # The run holds the new event and saves it as pending, then stops before its
        # watermark: the next run reads its window, and that event, again.
        with monkeypatch.context() as broken:
            broken.setattr(FileRunState, "save_watermark", _state_down)
            with pytest.raises(ConfigError, match="state is down"):
                triage_errors(profile="testing")
        again = triage_errors(profile="testing")

    assert again.events_read == 1 and again.carried_over == 1
    (kept,) = FileRunState(tmp_path / "state").load_pending("testing")
    assert kept.group.count == 1


def _state_down(*args: Any, **kwargs: Any) -> None:
    raise ConfigError("state is down")


def test_a_window_that_ends_after_now_marks_tickets_told_only_until_now() -> None:
    # A person's `--until tomorrow`: marked at its end, every later event until then would
    # be taken as told, and scheduled runs would skip the ticket until tomorrow.
    now = datetime(2026, 11, 30, 10, 35, tzinfo=UTC)
    ahead = Plan(
        TimeWindow(start=now - timedelta(hours=1), end=now + timedelta(hours=14)), False, None
    )
    past = Plan(TimeWindow(end=now - timedelta(hours=1)), False, None)
    marked = Watermark(end=now - timedelta(minutes=5))
    scheduled = Plan(TimeWindow(end=now - timedelta(minutes=1)), True, marked)

    assert reading_of(ahead, now) == Reading(end=now)
    assert reading_of(past, now) == Reading(end=now - timedelta(hours=1))
    assert reading_of(Plan(TimeWindow(), False, None), now) == Reading()
    assert reading_of(scheduled, now) == Reading(
        end=now - timedelta(minutes=1), finished=marked.end
    )


def test_what_a_run_over_a_given_window_held_is_not_counted_twice_by_the_next_scheduled_run(
    tmp_path: Path, tickets_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    now = datetime.now(UTC)

    with DatadogLogsFake([order_event(0, now, 1800)], api_key="k", app_key="a").running() as fake:
        ticket_then_hold(monkeypatch, fake)
        fake.add_events([order_event(1, now, 20)])
        # A person's run over the last ten minutes: it holds the new event, and saves no
        # watermark, so the next scheduled run reads that event again.
        by_hand = triage_errors(
            profile="testing", since=now - timedelta(minutes=10), until=datetime.now(UTC)
        )
        scheduled = triage_errors(profile="testing")

    assert not by_hand.incremental and by_hand.pending == 1
    assert scheduled.events_read == 1 and scheduled.carried_over == 1
    (kept,) = FileRunState(tmp_path / "state").load_pending("testing")
    assert kept.group.count == 1 and kept.read_through == scheduled.window.end


def test_held_occurrences_that_a_later_window_given_by_hand_reads_in_part_count_once(
    tmp_path: Path, tickets_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with DatadogLogsFake(
        [order_event(0, datetime.now(UTC), 60)], api_key="k", app_key="a"
    ).running() as fake:
        use_datadog(monkeypatch, fake, MAX_RETRIES="0")
        read_to_now(monkeypatch, hold_comments=True)
        triage_errors(profile="testing")  # creates the ticket, marked up to now
        moments = []
        for _ in range(3):
            time.sleep(0.05)
            moments.append(datetime.now(UTC))
        early, late, end = moments
        fake.add_events([order_event(1, early), order_event(2, late)])
        # A person's run over both new events holds them (the ticket was told just now);
        # another, over the later one only, reads it again and holds it with the first.
        first = triage_errors(profile="testing", since=early, until=end)
        second = triage_errors(profile="testing", since=late, until=end)

    assert (first.pending, second.events_read, second.carried_over) == (1, 1, 1)
    (kept,) = FileRunState(tmp_path / "state").load_pending("testing")
    assert kept.group.count == 2 and kept.group.first_seen == events_time(order_event(1, early))


def test_a_group_whose_ticket_was_told_before_its_write_failed_is_not_told_again(
    tmp_path: Path, tickets_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A regression's new ticket is created, then linking it to the closed one fails (a
    # link type Jira does not have): the group failed, but its ticket was told of it.
    now = datetime.now(UTC)

    jira = JiraFake(username="bot", token="t", projects={"TEST": "Test"})
    with (
        jira.running(),
        DatadogLogsFake([order_event(0, now, 1800)], api_key="k", app_key="a").running() as datadog,
    ):
        use_datadog(monkeypatch, datadog, MAX_RETRIES="0")
        tracker = {"KIND": "jira", "URL": jira.base_url, "USERNAME": "bot", "TOKEN": "t"}
        for name, value in tracker.items():
            monkeypatch.setenv(f"DOGCATCHER_TRACKER__{name}", value)
        triage_errors(profile="testing")
        jira.close_issue("TEST-1")
        read_to_now(monkeypatch)
        monkeypatch.setenv("DOGCATCHER_DEDUPE__REGRESSION", "link")
        monkeypatch.setenv("DOGCATCHER_DEDUPE__LINK_TYPE", "Haunts")
        datadog.add_events([order_event(1, now, 30)])
        failed = triage_errors(profile="testing")
        datadog.add_events([order_event(2, now, 0)])
        time.sleep(0.05)
        third = triage_errors(profile="testing")

    assert list(failed.failures) == [failed.outcomes[0].fingerprint]
    assert "Haunts" in next(iter(failed.failures.values()))
    assert failed.pending == 0 and third.carried_over == 0
    assert [(o.action, o.count) for o in third.outcomes] == [("comment", 1)]
    status = jira.issues["TEST-2"].comments[-1]
    assert "Dogcatcher: 2 occurrence(s) reported" in str(status)


def events_time(event: dict[str, Any]) -> datetime:
    return LogEvent.from_datadog(event).timestamp


def test_a_run_past_its_timeout_ends_timed_out_and_the_next_run_reads_its_window(
    tmp_path: Path, tickets_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert triage_errors.timeout_seconds == RUN_TIMEOUT.total_seconds() == 3600
    now = datetime.now(UTC)
    events = [
        datadog_event(n, message="order {n} failed", at=now - timedelta(minutes=30 - n))
        for n in range(3)
    ]
    with DatadogLogsFake(events, api_key="k", app_key="a").running() as fake:
        use_datadog(monkeypatch, fake, MAX_RETRIES="0")
        mark = tmp_path / "state" / "testing.watermark.json"
        fake.latency = 3.0  # Datadog hangs on every search past the run's time

        state = triage_errors.with_options(timeout_seconds=1)(profile="testing", return_state=True)

        assert state.name == "TimedOut" and not mark.exists()
        assert LocalTracker(tickets_dir, "TEST").tickets() == []
        fake.latency = 0.0
        second = triage_errors(profile="testing")

    assert (second.events_read, second.count_actions()["create"]) == (3, 1)
    assert second.watermark is not None and mark.exists()


def test_a_run_far_behind_catches_up_over_several_runs(
    tmp_path: Path, tickets_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    now = datetime.now(UTC)
    events = [
        datadog_event(1, message="order {n} failed", at=now - timedelta(days=3, minutes=-60)),
        datadog_event(2, message="order {n} failed", at=now - timedelta(minutes=60)),
    ]
    # The last run ended three days ago (an outage); each run may read two days.
    FileRunState(tmp_path / "state").save_watermark(
        "testing", Watermark(end=now - timedelta(days=3))
    )
    monkeypatch.setenv("DOGCATCHER_SOURCE__MAX_WINDOW", "P2D")
    with DatadogLogsFake(events, api_key="k", app_key="a").running() as fake:
        use_datadog(monkeypatch, fake, MAX_RETRIES="0")
        first = triage_errors(profile="testing")
        second = triage_errors(profile="testing")

    assert first.window.start is not None and first.window.end is not None
    assert first.window.end - first.window.start == timedelta(days=2)
    assert first.events_read == 1 and first.watermark == first.window.end
    # Left: from the window's end (now - 1 day - 5 min) to now less the ingestion delay.
    assert type(first.behind) is timedelta
    assert timedelta(days=1, minutes=3) < first.behind < timedelta(days=1, minutes=5)
    assert "catching up" in render_report_markdown(first)
    assert second.window.start == first.window.end - timedelta(minutes=5)  # the late margin
    assert second.events_read == 1 and second.behind == timedelta(0)
    assert second.count_actions()["comment"] == 1  # the same error, told to its ticket


def test_a_profile_s_own_redaction_rules_keep_its_ids_out_of_tickets(
    tmp_path: Path, tickets_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    events = [
        datadog_event(n, message=f"refund for customer CUST-{20480000 + n} failed")
        for n in range(4)
    ]
    source = write_jsonl(tmp_path / "events.jsonl", events)
    monkeypatch.setenv(
        "DOGCATCHER_SANITIZE__EXTRA_RULES", '[{"name": "customer", "pattern": "CUST-\\\\d{8}"}]'
    )

    report = run(source)

    (ticket,) = LocalTracker(tickets_dir, "TEST").tickets()
    assert report.redactions == {"customer": 8}  # in each message and error message
    assert "<customer>" in ticket.description and "CUST-2048" not in ticket.description
