"""The benchmark workload generator (bench/workload.py): reproducible, Zipf-sized, one
Dogcatcher group per true group, PII that sanitize removes, ordered in its window, lazy,
and Jira issues seeded the way a run files them."""

from __future__ import annotations

import hashlib
import itertools
import json
import re
import statistics
import sys
import tracemalloc
from collections import Counter
from collections.abc import Iterator
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from bench.workload import (
    TEMPLATES,
    Workload,
    check_grouping,
    main,
    seed_jira,
    service_names,
    zipf_sizes,
)
from dogcatcher.analysis import RuleAnalyzer
from dogcatcher.grouping import group_events
from dogcatcher.jira import JiraTracker, status_marker
from dogcatcher.models import ErrorGroup, LogEvent, TimeWindow
from dogcatcher.sanitize import _luhn_ok, sanitize_events
from dogcatcher.settings import Settings, load_settings
from dogcatcher.sources import FileSource
from dogcatcher.ticketing import decide
from dogcatcher.trackers import DOGCATCHER_LABEL, fingerprint_label
from tests.fakes.jira import JiraFake, adf_to_text

USER, TOKEN = "bot@example.com", "test-token"


@cache
def small() -> Workload:
    return Workload(5000, services=5, groups=50, seed=3)


@cache
def small_events() -> list[dict[str, Any]]:
    return list(small().events())


@cache
def small_groups() -> list[ErrorGroup]:
    clean, _ = sanitize_events(LogEvent.from_datadog(event) for event in small_events())
    return group_events(clean)


def digest(events: Iterator[dict[str, Any]], n: int) -> str:
    h = hashlib.sha256()
    for event in itertools.islice(events, n):
        h.update(json.dumps(event, sort_keys=True).encode())
    return h.hexdigest()


# --- plan ---------------------------------------------------------------------------------


def test_same_parameters_and_seed_give_the_same_events() -> None:
    first = digest(Workload(100_000, services=8, groups=120, seed=7).events(), 3000)
    again = digest(Workload(100_000, services=8, groups=120, seed=7).events(), 3000)
    other = digest(Workload(100_000, services=8, groups=120, seed=8).events(), 3000)
    assert first == again != other


@pytest.mark.parametrize(
    ("total", "groups", "s"),
    [(5000, 50, 1.1), (1_000_000, 300, 1.1), (777, 13, 2.0), (60, 60, 1.1)],
)
def test_zipf_sizes_sum_to_the_events_largest_first(total: int, groups: int, s: float) -> None:
    sizes = zipf_sizes(total, groups, s)
    assert len(sizes) == groups and sum(sizes) == total and min(sizes) >= 1
    assert sizes == sorted(sizes, reverse=True)


def test_zipf_head_is_much_bigger_than_the_median() -> None:
    sizes = [g.size for g in small().groups]
    assert sum(sizes) == 5000
    assert sizes[0] > 20 * statistics.median(sizes)
    # rank k holds about 1/k^s of the largest
    assert sizes[9] == pytest.approx(sizes[0] / 10**1.1, rel=0.1)


def test_impossible_plans_are_refused() -> None:
    with pytest.raises(ValueError, match="one event per group"):
        zipf_sizes(10, 11)
    with pytest.raises(ValueError, match="need more services"):
        Workload(10_000, services=1, groups=len(TEMPLATES) + 1)


def test_services_are_single_words_then_numbered() -> None:
    names = service_names(100)
    assert len(set(names)) == 100 and all(re.fullmatch(r"[a-z]+\d*", n) for n in names)
    assert {g.service for g in small().groups} == set(small().services)


# --- grouping -----------------------------------------------------------------------------


def test_each_true_group_is_one_dogcatcher_group_of_its_size() -> None:
    workload = small()
    groups = small_groups()
    sizes = {workload.fingerprint(g.index): g.size for g in workload.groups}
    assert len(groups) == 50
    assert {g.fingerprint: g.count for g in groups} == sizes


def test_check_grouping_streams_pages_and_finds_no_split_or_merge() -> None:
    check = check_grouping(Workload(6000, services=3, groups=90, seed=4), page_size=1000)
    assert (check.events, check.true_groups, check.dogcatcher_groups) == (6000, 90, 90)
    assert check.split == check.merged == () and check.fragments == {}


# --- PII ----------------------------------------------------------------------------------

EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[a-z]{2,}")
BEARER = re.compile(r"Bearer (?!<)\S+")
CARD = re.compile(r"(?:card |card_number=|\"card\": \")([\d -]{13,19}\d)")


def texts(event: dict[str, Any]) -> list[str]:
    attrs = event["attributes"]
    error = attrs["attributes"].get("error", {})
    return [attrs["message"], error.get("message", ""), error.get("stack", "")]


def test_pii_is_present_and_sanitize_redacts_it() -> None:
    pii: Counter[str] = Counter()
    raw = list(Workload(3000, services=4, groups=30, seed=5, pii_share=0.3).events(pii))
    assert set(pii) == {"email", "ip", "card", "bearer"} and min(pii.values()) > 30
    raw_text = "\n".join(text for event in raw for text in texts(event))
    cards = [re.sub(r"\D", "", m.group(1)) for m in CARD.finditer(raw_text)]
    assert len(cards) >= pii["card"] and all(_luhn_ok(card) for card in cards)
    assert EMAIL.search(raw_text) and BEARER.search(raw_text)

    clean, redactions = sanitize_events(LogEvent.from_datadog(event) for event in raw)
    clean_text = "\n".join(
        f"{e.message}\n{e.error_message or ''}\n{e.error_stack or ''}" for e in clean
    )
    assert not EMAIL.search(clean_text) and not BEARER.search(clean_text)
    assert not CARD.search(clean_text)
    for kind, found in (("card", "card"), ("email", "email"), ("ip", "ip"), ("bearer", "token")):
        assert redactions[found] >= pii[kind]


# --- time and streaming -------------------------------------------------------------------


def test_timestamps_ascend_inside_the_window_and_ids_follow() -> None:
    workload = small()
    window = workload.window
    moments = [
        datetime.fromisoformat(e["attributes"]["timestamp"].replace("Z", "+00:00"))
        for e in small_events()
    ]
    assert moments == sorted(moments) and all(window.contains(m) for m in moments)
    ids = [e["id"] for e in small_events()]
    assert ids == sorted(ids) and len(set(ids)) == len(ids)
    for index, event in workload.labeled_events():
        group = workload.groups[index]
        at = datetime.fromisoformat(event["attributes"]["timestamp"].replace("Z", "+00:00"))
        assert group.start_ms <= at.timestamp() * 1000 < group.end_ms
        assert event["attributes"]["service"] == group.service


def test_events_stream_without_holding_the_workload() -> None:
    workload = Workload(1_000_000, services=20, groups=300, seed=1)
    tracemalloc.start()
    try:
        taken = sum(1 for _ in itertools.islice(workload.events(), 2000))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert taken == 2000 and peak < 20_000_000


def test_batches_and_jsonl_carry_the_same_events(tmp_path: Path) -> None:
    workload = Workload(2500, services=3, groups=20, seed=9)
    batches = list(workload.batches(1000))
    assert [len(b) for b in batches] == [1000, 1000, 500]
    assert [e for b in batches for e in b] == list(workload.events())

    path = tmp_path / "events.jsonl"
    assert workload.write_jsonl(path) == 2500
    source = FileSource(path, page_size=2500)
    page = source.fetch_page(TimeWindow(), None, 1)
    assert len(page.events) == 2500 and not page.skipped
    first = json.loads(path.read_text(encoding="utf-8").split("\n", 1)[0])
    assert first == batches[0][0]


def test_cli_writes_jsonl_and_summarizes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "w.jsonl"
    args = "--events 3000 --services 4 --groups 40 --seed 2 --output".split()
    monkeypatch.setattr(sys, "argv", ["workload.py", *args, str(out)])
    assert main() == 0
    printed = capsys.readouterr().out
    assert len(out.read_text(encoding="utf-8").splitlines()) == 3000
    assert "40 groups of 40 true: 0 split, 0 merged" in printed
    assert re.search(r"head \[\d+, .*median .* tail \[", printed)
    assert re.search(r"pii injected +\d+ \(bearer \d+, card \d+, email \d+, ip \d+\)", printed)


# --- Jira ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def jira() -> Iterator[JiraFake]:
    fake = JiraFake(username=USER, token=TOKEN, projects={"OPS": "Operations"})
    with fake.running():
        yield fake


def jira_settings(fake: JiraFake, deployment: str) -> Settings:
    tracker = {"kind": "jira", "url": fake.base_url, "deployment": deployment}
    tracker |= {"username": USER, "token": TOKEN, "max_retries": 0}
    return load_settings("testing", {"tracker": tracker})


@pytest.mark.parametrize("deployment", ["cloud", "server"])
def test_seeded_issues_are_found_by_fingerprint_as_filed(jira: JiraFake, deployment: str) -> None:
    jira.reset()
    settings = jira_settings(jira, deployment)
    workload = small()
    seeded = seed_jira(jira, workload, settings=settings)
    # 30% of 50 groups; 30% of those, 4.5, rounds half to even
    assert len(seeded) == 15 and sum(t.resolved for t in seeded) == 4
    tracker = JiraTracker(settings.tracker)
    for ticket in seeded:
        fp = workload.fingerprint(ticket.group)
        assert ticket.fingerprint == fp
        found = tracker.find_by_fingerprint(fp)
        assert found is not None and found.key == ticket.key
        assert found.status == ("closed" if ticket.resolved else "open")
        assert (found.occurrences, found.last_seen) == (ticket.occurrences, ticket.last_seen)
        assert {DOGCATCHER_LABEL, fingerprint_label(fp)} <= set(found.labels)
        issue = jira.issues[ticket.key]
        assert issue.project == "TEST" and issue.issuetype == "Bug"
        assert issue.status == ("Done" if ticket.resolved else "To Do")
        text = adf_to_text(issue.description) if deployment == "cloud" else found.description
        assert text.rstrip().endswith(status_marker(ticket.occurrences, ticket.last_seen))


@pytest.mark.parametrize(("ticketed", "resolved"), [(0.5, 0.5), (1.0, 0.0), (0.0, 0.3)])
def test_ticketed_and_resolved_shares(jira: JiraFake, ticketed: float, resolved: float) -> None:
    jira.reset()
    seeded = seed_jira(
        jira,
        small(),
        ticketed_share=ticketed,
        resolved_share=resolved,
        settings=jira_settings(jira, "cloud"),
    )
    assert len(seeded) == round(50 * ticketed) == len(jira.issues)
    assert sum(t.resolved for t in seeded) == round(len(seeded) * resolved)
    assert len({t.group for t in seeded}) == len(seeded)


def test_a_run_over_the_window_comments_on_open_and_reopens_resolved(jira: JiraFake) -> None:
    jira.reset()
    settings = jira_settings(jira, "cloud")
    workload = small()
    seeded = seed_jira(jira, workload, settings=settings)
    tracker = JiraTracker(settings.tracker)
    groups = {g.fingerprint: g for g in small_groups()}
    analyzer = RuleAnalyzer()
    for ticket in seeded:
        group = groups[ticket.fingerprint]
        existing = tracker.find_by_fingerprint(ticket.fingerprint)
        decision = decide(group, analyzer.analyze(group), existing, settings, now=workload.end)
        assert decision.action == ("reopen" if ticket.resolved else "comment")
        assert decision.ticket_key == ticket.key
