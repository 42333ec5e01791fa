"""Dedupe and ticket: what each group needs in the tracker, the per-run cap, the ticket we
compose, and applying decisions against a real LocalTracker."""

from __future__ import annotations

import re
from array import array
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from dogcatcher.matching import site_note
from dogcatcher.models import (
    Analysis,
    Category,
    Decision,
    ErrorGroup,
    Reading,
    Severity,
    StackFrame,
    epoch_micros,
    pack_times,
)
from dogcatcher.settings import Settings, load_settings
from dogcatcher.ticketing import (
    Applied,
    apply_cap,
    apply_current,
    apply_decision,
    decide,
    decide_with_candidates,
    draft_ticket,
    fold_similar_creates,
    link_possible_regressions,
    render_description,
    render_occurrence_comment,
    split_shared_matches,
)
from dogcatcher.trackers import MAX_MARKS, LocalTracker, Ticket, fingerprint_label, told_with
from tests.conftest import BASE_TIME

LAST_SEEN = BASE_TIME + timedelta(hours=1)

PRIORITIES = {"critical": "P1", "high": "P2", "medium": "P3", "low": "P4"}


def settings(**sections: dict[str, Any]) -> Settings:
    return load_settings("testing", sections)


def group(fingerprint: str = "0123456789abcdef", **update: Any) -> ErrorGroup:
    base = ErrorGroup(
        fingerprint=fingerprint,
        error_kind="java.lang.NullPointerException",
        template="order <num> failed",
        count=12,
        first_seen=BASE_TIME,
        last_seen=LAST_SEEN,
        services=("checkout",),
        hosts=("ip-10-0-0-1.ec2.internal", "ip-10-0-0-2.ec2.internal"),
        envs=("production",),
        samples=("order 7 failed", "order 8 failed"),
        stack="java.lang.NullPointerException: x\n\tat com.acme.CartService.total(Cart.java:42)",
        top_frames=(StackFrame(function="com.acme.CartService.total", file="Cart.java", line=42),),
        event_ids=("AQAAAZ1",),
    )
    return base.model_copy(update=update)


def analysis(**update: Any) -> Analysis:
    base = Analysis(
        title="NullPointerException in CartService (checkout): order <num> failed",
        summary="12 occurrence(s) of java.lang.NullPointerException in checkout.",
        category=Category.CODE,
        severity=Severity.MEDIUM,
        suspected_cause="A programming error.",
        suggested_actions=("Reproduce with the sample", "Add handling for null carts"),
        actionable=True,
        confidence=0.6,
        analyzer="rule",
    )
    return base.model_copy(update=update)


def ticket(**update: Any) -> Ticket:
    base = Ticket(
        key="TEST-7",
        fingerprint="0123456789abcdef",
        status="open",
        project="TEST",
        issue_type="Bug",
        summary="NPE",
        description="…",
        labels=("dogcatcher",),
        priority="Medium",
        created_at=BASE_TIME,
        updated_at=BASE_TIME,
        occurrences=3,
        last_seen=BASE_TIME + timedelta(minutes=30),
    )
    return base.model_copy(update=update)


# --- decide -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("existing", "group_update", "analysis_update", "ticketing", "action", "reason"),
    [
        pytest.param(None, {}, {}, {}, "create", "new medium code error", id="new-actionable"),
        pytest.param(
            None,
            {},
            {"actionable": False, "category": Category.HTTP_4XX, "severity": Severity.LOW},
            {},
            "skip",
            "not actionable (http_4xx)",
            id="new-not-actionable",
        ),
        pytest.param(
            None,
            {},
            {"actionable": False, "category": Category.HTTP_4XX, "severity": Severity.LOW},
            {"include_non_actionable": True},
            "create",
            "new low http_4xx error",
            id="new-not-actionable-but-included",
        ),
        pytest.param(
            None,
            {"count": 4},
            {},
            {"min_occurrences": 5},
            "skip",
            "4 occurrence(s), below the minimum of 5",
            id="below-min-occurrences",
        ),
        pytest.param(
            None,
            {"count": 5},
            {},
            {"min_occurrences": 5},
            "create",
            "new medium code error",
            id="at-min-occurrences",
        ),
        pytest.param(
            None,
            {"count": 1},
            {"severity": Severity.CRITICAL, "category": Category.OUT_OF_MEMORY},
            {"min_occurrences": 5},
            "create",
            "new critical out_of_memory error",
            id="below-min-but-critical",
        ),
        pytest.param(
            None,
            {"count": 1},
            {"severity": Severity.HIGH},
            {"min_occurrences": 5},
            "skip",
            "below the minimum of 5",
            id="below-min-and-high",
        ),
        pytest.param(
            {},
            {},
            {},
            {},
            "comment",
            "known issue TEST-7: new occurrences",
            id="open-ticket-newer-occurrences",
        ),
        pytest.param(
            {"last_seen": None},
            {},
            {},
            {},
            "comment",
            "known issue TEST-7",
            id="open-ticket-never-told",
        ),
        pytest.param(
            {},
            {"count": 1},
            {"actionable": False, "category": Category.HTTP_4XX},
            {"min_occurrences": 5},
            "comment",
            "known issue TEST-7",
            id="open-ticket-ignores-creation-filters",
        ),
        pytest.param(
            {"last_seen": LAST_SEEN},
            {},
            {},
            {},
            "skip",
            "TEST-7 already covers these occurrences",
            id="open-ticket-same-last-seen",
        ),
        pytest.param(
            {"last_seen": LAST_SEEN + timedelta(days=1)},
            {},
            {},
            {},
            "skip",
            "TEST-7 already covers these occurrences",
            id="open-ticket-newer-last-seen",
        ),
        pytest.param(
            {"status": "closed"},
            {},
            {},
            {},
            "reopen",
            "regression: TEST-7 was closed",
            id="closed-ticket-newer-occurrences",
        ),
        pytest.param(
            {"status": "closed", "last_seen": LAST_SEEN},
            {},
            {},
            {},
            "skip",
            "TEST-7 already covers these occurrences",
            id="closed-ticket-nothing-new",
        ),
    ],
)
def test_decide(
    existing: dict[str, Any] | None,
    group_update: dict[str, Any],
    analysis_update: dict[str, Any],
    ticketing: dict[str, Any],
    action: str,
    reason: str,
) -> None:
    found = None if existing is None else ticket(**existing)
    decision = decide(
        group(**group_update),
        analysis(**analysis_update),
        found,
        settings(ticketing=ticketing),
        now=LAST_SEEN + timedelta(hours=1),
    )

    assert decision.action == action
    assert reason in decision.reason
    assert decision.fingerprint == "0123456789abcdef"
    assert decision.ticket_key == (None if found is None else "TEST-7")
    assert (decision.draft is not None) == (action == "create")
    assert (decision.comment is not None) == (action in ("comment", "reopen"))


def test_create_draft_fields_come_from_settings() -> None:
    configured = settings(
        tracker={
            "issue_type": "Incident",
            "labels": ["dogcatcher", "team-checkout"],
            "components": ["checkout-api"],
            "priorities": PRIORITIES,
        }
    )
    decision = decide(group(), analysis(severity=Severity.HIGH), None, configured)

    assert decision.draft is not None
    draft = decision.draft
    assert (draft.project, draft.issue_type, draft.priority, draft.components) == (
        "TEST",
        "Incident",
        "P2",
        ("checkout-api",),
    )
    assert draft.labels == (
        "dogcatcher",
        "team-checkout",
        fingerprint_label("0123456789abcdef"),
        "service-checkout",
    )
    assert draft.summary == analysis().title


@pytest.mark.parametrize(
    ("existing", "head"),
    [
        pytest.param({}, "New occurrences.", id="comment"),
        pytest.param({"status": "closed"}, "Seen again after the ticket was closed.", id="reopen"),
    ],
)
def test_update_comments_tell_count_window_and_service(existing: dict[str, Any], head: str) -> None:
    decision = decide(group(), analysis(), ticket(**existing), Settings(), now=LAST_SEEN)
    assert decision.comment == (
        f"{head} 12 event(s) between 2026-11-01 12:00 and 2026-11-01 13:00 UTC in checkout; "
        "last seen 2026-11-01 13:00:00 UTC. 15 reported in all."
    )
    assert decision.comment == render_occurrence_comment(
        group(), reopened=existing.get("status") == "closed", reported=3
    )


# --- apply_cap ----------------------------------------------------------------------------

# fingerprint → (severity, count)
CAP_GROUPS = {
    "low-many": (Severity.LOW, 1000),
    "critical-one": (Severity.CRITICAL, 1),
    "high-50": (Severity.HIGH, 50),
    "high-80": (Severity.HIGH, 80),
    "medium-5": (Severity.MEDIUM, 5),
}


def cap_inputs() -> tuple[list[Decision], dict[str, Analysis], dict[str, ErrorGroup]]:
    groups = {fp: group(fp, count=count) for fp, (_, count) in CAP_GROUPS.items()}
    analyses = {fp: analysis(severity=severity) for fp, (severity, _) in CAP_GROUPS.items()}
    creates = [decide(groups[fp], analyses[fp], None, Settings()) for fp in CAP_GROUPS]
    others = [
        Decision(fingerprint="known", action="comment", reason="known", ticket_key="T-1"),
        Decision(fingerprint="old", action="skip", reason="covered", ticket_key="T-2"),
        Decision(fingerprint="back", action="reopen", reason="regression", ticket_key="T-3"),
    ]
    # Non-creates are the most severe and frequent of all: they must not take a slot.
    for other in others:
        groups[other.fingerprint] = group(other.fingerprint, count=10_000)
        analyses[other.fingerprint] = analysis(severity=Severity.CRITICAL)
    decisions = [creates[0], others[0], creates[1], creates[2], others[1], *creates[3:], others[2]]
    return decisions, analyses, groups


@pytest.mark.parametrize(
    ("cap", "kept"),
    [
        pytest.param(0, set(), id="cap-0-no-creates"),
        pytest.param(1, {"critical-one"}, id="cap-1-most-severe"),
        pytest.param(2, {"critical-one", "high-80"}, id="cap-2-then-most-frequent"),
        pytest.param(3, {"critical-one", "high-80", "high-50"}, id="cap-3"),
        pytest.param(4, {"critical-one", "high-80", "high-50", "medium-5"}, id="cap-4"),
        pytest.param(5, set(CAP_GROUPS), id="cap-equals-creates"),
        pytest.param(50, set(CAP_GROUPS), id="cap-above-creates"),
    ],
)
def test_apply_cap(cap: int, kept: set[str]) -> None:
    decisions, analyses, groups = cap_inputs()

    capped = apply_cap(decisions, analyses, groups, cap)

    assert [d.fingerprint for d in capped] == [d.fingerprint for d in decisions]
    assert {d.fingerprint for d in capped if d.action == "create"} == kept
    for before, after in zip(decisions, capped, strict=True):
        if before.action != "create":
            assert after is before  # comments, reopens and skips pass through untouched
        elif before.fingerprint in kept:
            assert after == before
        else:
            assert after.action == "skip"
            assert f"ticket cap of {cap} per run" in after.reason
            assert after.draft == before.draft


# --- draft_ticket -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("severity", "default_priority", "custom_priority"),
    [
        pytest.param(Severity.CRITICAL, "Highest", "P1", id="critical"),
        pytest.param(Severity.HIGH, "High", "P2", id="high"),
        pytest.param(Severity.MEDIUM, "Medium", "P3", id="medium"),
        pytest.param(Severity.LOW, "Low", "P4", id="low"),
    ],
)
def test_draft_priority_follows_settings(
    severity: Severity, default_priority: str, custom_priority: str
) -> None:
    chosen = analysis(severity=severity)
    assert draft_ticket(group(), chosen, Settings()).priority == default_priority
    custom = settings(tracker={"priorities": PRIORITIES})
    assert draft_ticket(group(), chosen, custom).priority == custom_priority


@pytest.mark.parametrize(
    ("tracker", "labels"),
    [
        pytest.param(
            {},
            ("dogcatcher", "dc-0123456789abcdef", "service-checkout"),
            id="default-labels",
        ),
        pytest.param(
            {"labels": ["dogcatcher", "dc-0123456789abcdef"]},
            ("dogcatcher", "dc-0123456789abcdef", "service-checkout"),
            id="no-duplicates",
        ),
        pytest.param(
            {"labels": ["dogcatcher", "oncall"]},
            ("dogcatcher", "oncall", "dc-0123456789abcdef", "service-checkout"),
            id="profile-labels-first",
        ),
        pytest.param(
            {"labels": ["oncall"]},
            ("dogcatcher", "oncall", "dc-0123456789abcdef", "service-checkout"),
            id="dogcatcher-label-always-kept",
        ),
    ],
)
def test_draft_labels(tracker: dict[str, Any], labels: tuple[str, ...]) -> None:
    draft = draft_ticket(group(), analysis(), settings(tracker=tracker))
    assert draft.labels == labels
    assert draft.project == "TEST" and draft.issue_type == "Bug"
    assert draft.description == render_description(group(), analysis())


def test_draft_labels_name_the_main_service() -> None:
    busy = group(services=("payments", "checkout"))
    assert draft_ticket(busy, analysis(), Settings()).labels[-1] == "service-payments"


# --- render_description -------------------------------------------------------------------

SECTIONS = (
    "## Summary",
    "## Suspected cause",
    "## Suggested actions",
    "## Occurrences",
    "## Sample (sanitized)",
    "## Top frames",
    "## Stack (sanitized)",
)


def test_description_has_every_section_in_order() -> None:
    text = render_description(group(), analysis())

    positions = [text.index(section) for section in SECTIONS]
    assert positions == sorted(positions)
    for expected in (
        analysis().summary,
        "A programming error.",
        "- Reproduce with the sample\n- Add handling for null carts",
        "- count: 12\n- message template: order <num> failed\n"
        "- first seen: 2026-11-01 12:00:00 UTC\n"
        "- last seen: 2026-11-01 13:00:00 UTC\n- services: checkout\n"
        "- hosts: ip-10-0-0-1.ec2.internal, ip-10-0-0-2.ec2.internal\n"
        "- environments: production",  # one list, not six paragraphs
        "```text\norder 7 failed\n```",
        "- com.acme.CartService.total (Cart.java:42)",
        "Fingerprint `0123456789abcdef` · error kind `java.lang.NullPointerException` · "
        "category code · severity medium · analyzed by rule",
    ):
        assert expected in text


def test_description_without_frames_stack_or_samples() -> None:
    bare = group(top_frames=(), stack=None, samples=(), hosts=(), envs=())
    text = render_description(bare, analysis(suggested_actions=(), suspected_cause=""))

    assert "## Top frames" not in text
    assert "## Stack (sanitized)" not in text
    assert "```text\norder <num> failed\n```" in text  # the template stands in for a sample
    assert "- hosts: (none)" in text and "- environments: (none)" in text
    assert "## Suggested actions\n\n- (none)" in text
    assert "## Suspected cause\n\n(unknown)" in text


def _fenced_blocks(text: str) -> list[tuple[str, str]]:
    """(fence, body) of each fenced block, reading fences the CommonMark way: a block closes
    at the first line of at least as many backticks as opened it."""
    blocks = []
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        opening = re.match(r"^(`{3,})text$", lines[i])
        if opening is None:
            i += 1
            continue
        fence = opening.group(1)
        end = next(
            j for j in range(i + 1, len(lines)) if re.fullmatch(rf"`{{{len(fence)},}}\s*", lines[j])
        )
        blocks.append((fence, "\n".join(lines[i + 1 : end])))
        i = end + 1
    return blocks


@pytest.mark.parametrize(
    "sample",
    [
        pytest.param("plain sample", id="plain"),
        pytest.param("before\n```\nrm -rf /\n```\nafter", id="triple-backticks"),
        pytest.param("````\nfour\n````", id="four-backticks"),
        pytest.param("ends with ```", id="trailing-backticks"),
        pytest.param("```", id="only-backticks"),
    ],
)
def test_samples_and_stacks_are_fenced_safely(sample: str) -> None:
    text = render_description(group(samples=(sample,), stack=f"Trace\n{sample}"), analysis())

    blocks = _fenced_blocks(text)
    assert [body for _, body in blocks] == [sample, f"Trace\n{sample}"]
    for fence, body in blocks:
        longest_run = max((len(run) for run in re.findall(r"`+", body)), default=0)
        assert len(fence) > longest_run
    assert text.rstrip().endswith("filed by Dogcatcher")


# --- apply_decision against a LocalTracker ------------------------------------------------


def test_a_stale_create_becomes_what_the_ticket_needs_now(tmp_path: Path) -> None:
    tracker = LocalTracker(tmp_path, "TEST")
    decision = decide(group(), analysis(), None, Settings())

    first = apply_current(tracker, decision, group(), analysis(), Settings())
    second = apply_current(tracker, decision, group(), analysis(), Settings())

    assert first == (decision, "TEST-1")
    assert second.decision.action == "skip" and second.ticket_key == "TEST-1"
    (only,) = tracker.tickets()
    assert only.fingerprint == "0123456789abcdef"
    assert (only.occurrences, only.last_seen) == (12, LAST_SEEN)
    assert fingerprint_label("0123456789abcdef") in only.labels


def test_comment_appends_and_adds_occurrences(tmp_path: Path) -> None:
    tracker = LocalTracker(tmp_path, "TEST")
    earlier = group(count=12, last_seen=BASE_TIME + timedelta(minutes=30))
    apply_decision(tracker, decide(earlier, analysis(), None, Settings()), earlier)
    later = group(count=5, first_seen=LAST_SEEN, last_seen=LAST_SEEN + timedelta(hours=1))

    decision = decide(later, analysis(), tracker.find_by_fingerprint(later.fingerprint), Settings())
    key = apply_decision(tracker, decision, later)

    assert decision.action == "comment" and key == "TEST-1"
    updated = tracker.get("TEST-1")
    assert updated.occurrences == 17
    assert updated.last_seen == LAST_SEEN + timedelta(hours=1)
    assert [c.body for c in updated.comments] == [render_occurrence_comment(later, reported=12)]
    assert len(tracker.tickets()) == 1


def test_reopen_opens_a_closed_ticket(tmp_path: Path) -> None:
    tracker = LocalTracker(tmp_path, "TEST")
    earlier = group(last_seen=BASE_TIME + timedelta(minutes=30))
    key = apply_decision(tracker, decide(earlier, analysis(), None, Settings()), earlier)
    assert key is not None
    tracker.close(key)

    decision = decide(
        group(), analysis(), tracker.find_by_fingerprint("0123456789abcdef"), Settings()
    )
    assert apply_decision(tracker, decision, group()) == key

    reopened = tracker.get(key)
    assert decision.action == "reopen"
    assert reopened.status == "open"
    assert reopened.occurrences == 24
    assert [c.body for c in reopened.comments] == [
        render_occurrence_comment(group(), reopened=True, reported=12)
    ]


def test_a_second_run_over_the_same_window_skips(tmp_path: Path) -> None:
    tracker = LocalTracker(tmp_path, "TEST")
    apply_decision(tracker, decide(group(), analysis(), None, Settings()), group())

    again = decide(group(), analysis(), tracker.find_by_fingerprint("0123456789abcdef"), Settings())

    assert again.action == "skip" and again.ticket_key == "TEST-1"
    assert apply_decision(tracker, again, group()) == "TEST-1"
    (only,) = tracker.tickets()
    assert only.occurrences == 12 and only.comments == ()


def test_skip_writes_nothing(tmp_path: Path) -> None:
    tracker = LocalTracker(tmp_path / "tickets", "TEST")
    skip = decide(group(), analysis(actionable=False), None, Settings())

    assert apply_decision(tracker, skip, group()) is None
    assert not (tmp_path / "tickets").exists()


def test_datadog_link_opens_the_groups_events() -> None:
    from urllib.parse import parse_qs, urlsplit

    from dogcatcher.ticketing import datadog_logs_url

    g = group(error_kind='java.lang."Odd"Exception')
    url = urlsplit(datadog_logs_url("datadoghq.eu", g))
    params = parse_qs(url.query)
    assert (url.scheme, url.netloc, url.path) == ("https", "app.datadoghq.eu", "/logs")
    assert params["query"] == [
        'service:checkout status:(error OR critical) @error.kind:"java.lang.\\"Odd\\"Exception"'
    ]
    assert int(params["from_ts"][0]) == int(g.first_seen.timestamp() * 1000) - 60_000
    assert int(params["to_ts"][0]) == int(g.last_seen.timestamp() * 1000) + 60_000


def test_tickets_from_datadog_link_to_their_logs_and_file_tickets_do_not() -> None:
    from_datadog = settings(source={"kind": "datadog", "site": "datadoghq.com"})
    with_link = draft_ticket(group(), analysis(), from_datadog).description
    assert "## Logs\n\nDatadog log search for this error: https://app.datadoghq.com/logs?" in (
        with_link
    )
    assert "## Logs" not in draft_ticket(group(), analysis(), Settings()).description


def test_a_stale_comment_is_not_told_the_same_occurrences_twice(tmp_path: Path) -> None:
    tracker = LocalTracker(tmp_path, "TEST")
    earlier = group(count=12, last_seen=BASE_TIME + timedelta(minutes=30))
    apply_decision(tracker, decide(earlier, analysis(), None, Settings()), earlier)
    later = group(count=5, first_seen=LAST_SEEN, last_seen=LAST_SEEN + timedelta(hours=1))
    known = tracker.find_by_fingerprint(later.fingerprint)
    # Two overlapping runs both decided to comment from the same view of the ticket.
    stale = decide(later, analysis(), known, Settings())

    first = apply_current(tracker, stale, later, analysis(), Settings())
    second = apply_current(tracker, stale, later, analysis(), Settings())

    assert (first.decision.action, second.decision.action) == ("comment", "skip")
    ticket = tracker.get("TEST-1")
    assert ticket.occurrences == 17 and len(ticket.comments) == 1


# --- regressions, throttled comments, similarity matches ----------------------------------

NOW = LAST_SEEN + timedelta(hours=1)


def closed(resolution: str = "Done", days_ago: float = 3) -> Ticket:
    return ticket(status="closed", resolution=resolution, resolved_at=NOW - timedelta(days_ago))


@pytest.mark.parametrize(
    ("existing", "dedupe", "action", "reason", "link_to"),
    [
        pytest.param(closed(), {}, "reopen", "regression: TEST-7 was closed", None, id="reopen"),
        pytest.param(
            closed(),
            {"regression": "link"},
            "create",
            "a new ticket, linked to it",
            "TEST-7",
            id="link-per-profile",
        ),
        pytest.param(
            closed("Won't Do"), {}, "skip", "TEST-7 was resolved as Won't Do", None, id="wont-do"
        ),
        pytest.param(
            closed("won't fix"),
            {"regression": "link"},
            "skip",
            "resolved as won't fix",
            None,
            id="wont-fix-any-case",
        ),
        pytest.param(
            closed(days_ago=120),
            {},
            "create",
            "resolved 120 days ago, longer than 90",
            "TEST-7",
            id="too-old",
        ),
        pytest.param(
            closed(days_ago=10),
            {"regression_max_age": "P7D"},
            "create",
            "longer than 7",
            "TEST-7",
            id="age-per-profile",
        ),
    ],
)
def test_regressions(
    existing: Ticket, dedupe: dict[str, Any], action: str, reason: str, link_to: str | None
) -> None:
    decision = decide(group(), analysis(), existing, settings(dedupe=dedupe), now=NOW)

    assert (decision.action, decision.link_to) == (action, link_to)
    assert reason in decision.reason
    assert (decision.draft is not None) == (action == "create")


@pytest.mark.parametrize(
    ("reported_ago", "count", "dedupe", "action", "reason"),
    [
        pytest.param(None, 1, {}, "comment", "new occurrences", id="unthrottled"),
        pytest.param(
            timedelta(minutes=30),
            12,
            {"comment_interval": "PT1H"},
            "skip",
            "next after",
            id="within-interval",
        ),
        pytest.param(
            timedelta(minutes=90),
            12,
            {"comment_interval": "PT1H"},
            "comment",
            "new occurrences",
            id="interval-passed",
        ),
        pytest.param(
            timedelta(days=2),
            4,
            {"comment_min_occurrences": 5},
            "skip",
            "4 new occurrence(s), fewer than 5",
            id="too-few",
        ),
        pytest.param(
            timedelta(days=2),
            5,
            {"comment_min_occurrences": 5},
            "comment",
            "new occurrences",
            id="enough",
        ),
    ],
)
def test_comments_are_throttled(
    reported_ago: timedelta | None,
    count: int,
    dedupe: dict[str, Any],
    action: str,
    reason: str,
) -> None:
    reported = None if reported_ago is None else NOW - reported_ago
    decision = decide(
        group(count=count),
        analysis(),
        ticket(reported_at=reported),
        settings(dedupe=dedupe),
        now=NOW,
    )

    assert decision.action == action
    assert reason in decision.reason
    assert decision.held == (action == "skip")  # what waits is told later, not dropped
    assert decision.ticket_key == "TEST-7"


def test_a_similar_ticket_gets_a_comment_that_says_how_it_was_found() -> None:
    # The ticket's marker is another fingerprint's: "already covers" must not apply.
    similar = ticket(fingerprint="fedcba9876543210", last_seen=NOW)

    decision = decide(group(), analysis(), similar, Settings(), match_score=0.87, now=NOW)

    assert decision.action == "comment" and decision.match_score == 0.87
    assert "similar to TEST-7 (score 0.87)" in decision.reason
    assert decision.comment is not None
    assert "by similarity (score 0.87)" in decision.comment
    assert "dc-not-0123456789abcdef" in decision.comment
    # Where the group was thrown, which later runs read back (matching's site note).
    assert decision.comment.endswith(f"\n\n{site_note(group())}")


def _filed(tracker: LocalTracker, fingerprint: str) -> str:
    first = group(fingerprint=fingerprint, last_seen=BASE_TIME + timedelta(minutes=30))
    key = apply_decision(tracker, decide(first, analysis(), None, Settings()), first)
    assert key is not None
    return key


def _matched(tmp_path: Path) -> tuple[LocalTracker, str, ErrorGroup, Decision]:
    """A filed ticket, and the decision of ``group()``, a newcomer alike, to join it."""
    tracker = LocalTracker(tmp_path, "TEST")
    key = _filed(tracker, "aaaaaaaaaaaaaaaa")
    newcomer = group()
    decision = decide(newcomer, analysis(), tracker.get(key), Settings(), match_score=0.9)
    return tracker, key, newcomer, decision


def test_applying_a_similarity_match_labels_the_ticket_so_the_next_run_finds_it(
    tmp_path: Path,
) -> None:
    tracker, key, newcomer, decision = _matched(tmp_path)

    done = apply_current(tracker, decision, newcomer, analysis(), Settings())

    assert done.ticket_key == key and done.decision.action == "comment"
    labeled = tracker.get(key)
    assert fingerprint_label(newcomer.fingerprint) in labeled.labels
    assert len(labeled.comments) == 1 and len(tracker.tickets()) == 1
    found = tracker.find_by_fingerprint(newcomer.fingerprint)
    assert found is not None and found.key == key
    # The next run finds it by label: an ordinary comment, no second label, no new ticket.
    later = group(first_seen=NOW, last_seen=NOW + timedelta(hours=1), count=3)
    again = decide(later, analysis(), found, Settings(), now=NOW)
    assert again.action == "comment" and again.match_score is None


def test_a_similar_ticket_closed_since_the_match_is_not_reopened_but_linked(
    tmp_path: Path,
) -> None:
    tracker, key, newcomer, decision = _matched(tmp_path)
    assert decision.action == "comment"
    tracker.close(key)  # by a person, between this run's decision and its write

    done = apply_current(tracker, decision, newcomer, analysis(), Settings())

    assert done.decision.action == "create" and done.ticket_key not in (None, key)
    assert "matched " + key + " by similarity, which was closed since" in done.decision.reason
    old, new = tracker.get(key), tracker.get(str(done.ticket_key))
    assert old.status == "closed" and old.comments == ()  # neither reopened nor told
    assert fingerprint_label(newcomer.fingerprint) not in old.labels
    assert new.links == (key,) and old.links == (new.key,)


def test_a_throttled_similarity_match_is_still_labeled(tmp_path: Path) -> None:
    tracker = LocalTracker(tmp_path, "TEST")
    key = _filed(tracker, "aaaaaaaaaaaaaaaa")
    filed = tracker.get(key)
    throttled = settings(dedupe={"comment_interval": "P1D"})
    decision = decide(group(), analysis(), tracker.get(key), throttled, match_score=0.9)
    assert decision.action == "skip" and decision.held

    done = apply_current(tracker, decision, group(), analysis(), throttled)

    assert done.decision.held and done.ticket_key == key
    labeled = tracker.get(key)
    assert fingerprint_label(group().fingerprint) in labeled.labels
    # The ticket is told of the match and where the group was thrown, but its occurrences
    # wait for the next comment: nothing reported, the throttle's clock untouched.
    (note,) = labeled.comments
    assert "by similarity (score 0.90)" in note.body and site_note(group()) in note.body
    assert "held" in note.body
    assert (labeled.occurrences, labeled.last_seen, labeled.reported_at) == (
        filed.occurrences,
        filed.last_seen,
        filed.reported_at,
    )


def test_a_regression_filed_anew_is_linked_to_the_closed_ticket(tmp_path: Path) -> None:
    tracker = LocalTracker(tmp_path, "TEST")
    old = _filed(tracker, group().fingerprint)
    tracker.close(old)
    linking = settings(dedupe={"regression": "link"})
    found = tracker.find_by_fingerprint(group().fingerprint)
    decision = decide(group(), analysis(), found, linking)

    done = apply_current(tracker, decision, group(), analysis(), linking)

    assert done.decision.action == "create" and done.ticket_key not in (None, old)
    new = tracker.get(str(done.ticket_key))
    assert new.links == (old,) and tracker.get(old).links == (new.key,)
    assert tracker.get(old).status == "closed"
    found = tracker.find_by_fingerprint(group().fingerprint)
    assert found is not None and found.key == new.key  # later runs follow the new ticket


def _a_person_s(**update: Any) -> Ticket:
    """A checkout ticket a person wrote about ``group()``'s error, as a candidate."""
    return ticket(
        key="TEST-3",
        fingerprint="",
        summary="Checkout: NullPointerException in CartService.total, order failed",
        description="Orders fail with a NullPointerException thrown in CartService.total.",
        labels=("dogcatcher", "service-checkout"),
    ).model_copy(update=update)


RESOLVED = datetime(2026, 10, 28, tzinfo=UTC)


@pytest.mark.parametrize(
    ("resolution", "said"),
    [("Done", "resolved as Done on 2026-10-28"), ("Won't Fix", "resolved as Won't Fix")],
)
def test_a_new_error_like_a_closed_ticket_s_is_filed_linked_to_it(
    resolution: str, said: str
) -> None:
    closed = _a_person_s(status="closed", resolution=resolution, resolved_at=RESOLVED)
    known = group("1111111111111111")
    decisions = [
        # A closed ticket is never a similarity match: the group is a create.
        decide_with_candidates(group(), analysis(), None, [closed], settings()),
        decide(known, analysis(), ticket(fingerprint=known.fingerprint), settings()),
    ]
    assert [d.action for d in decisions] == ["create", "comment"]
    groups = {group().fingerprint: group(), known.fingerprint: known}

    linked = link_possible_regressions(decisions, groups, [closed], settings())

    # Filed either way (similarity is no proof), and linked to the ticket it may regress.
    assert (linked[0].action, linked[0].link_to) == ("create", "TEST-3")
    assert linked[0].draft == decisions[0].draft
    assert f"may be a regression of TEST-3 ({said}" in linked[0].reason
    assert linked[1] == decisions[1]  # only creates are linked
    # Nothing closed, or an error unlike it: nothing linked.
    assert link_possible_regressions(decisions, groups, [], settings()) == decisions
    other = group(template="payment declined by provider <num>", error_kind="ValueError")
    unlike = link_possible_regressions(
        [decide(other, analysis(), None, settings())],
        {other.fingerprint: other},
        [closed],
        settings(),
    )
    assert unlike[0].link_to is None


def test_an_open_ticket_is_still_the_match_when_a_closed_one_is_alike_too() -> None:
    closed = _a_person_s(key="TEST-2", status="closed", resolution="Done", resolved_at=RESOLVED)

    decision = decide_with_candidates(
        group(), analysis(), None, [closed, _a_person_s()], settings()
    )

    assert (decision.action, decision.ticket_key) == ("comment", "TEST-3")


def test_the_cap_holds_what_it_cuts() -> None:
    groups = {fp: group(fingerprint=fp) for fp in ("a" * 16, "b" * 16)}
    analyses = {fp: analysis() for fp in groups}
    creates = [decide(groups[fp], analyses[fp], None, Settings()) for fp in groups]

    capped = apply_cap(creates, analyses, groups, cap=1)

    assert [d.held for d in capped] == [False, True]
    assert "held for a later run" in capped[1].reason


def test_similar_creates_of_one_run_fold_into_the_most_frequent() -> None:
    def variant(fp: str, code: str, count: int) -> ErrorGroup:
        return group(
            fingerprint=fp,
            template=f"unsupported currency code {code}",
            samples=(f"unsupported currency code {code}",),
            count=count,
        )

    groups = {
        "a" * 16: variant("a" * 16, "GBX", 3),
        "b" * 16: variant("b" * 16, "EURO", 9),
        "c" * 16: group(fingerprint="c" * 16, error_kind="KeyError", template="'sku'"),
    }
    analyses = {fp: analysis() for fp in groups}
    decisions = [decide(g, analyses[fp], None, Settings()) for fp, g in groups.items()]

    folded = fold_similar_creates(decisions, analyses, groups, threshold=0.65)

    assert [(d.fingerprint, d.action, d.follows) for d in folded] == [
        ("a" * 16, "comment", "b" * 16),
        ("b" * 16, "create", None),
        ("c" * 16, "create", None),
    ]
    assert folded[0].match_score is not None and folded[0].ticket_key is None
    assert fold_similar_creates(decisions, analyses, groups, threshold=1.01) == decisions


def _thrown_along(fp: str, *functions: str, template: str = "order <num> failed") -> ErrorGroup:
    """A group thrown along ``functions`` (innermost first), under ``template``."""
    frames = tuple(StackFrame(function=f"com.acme.{f}", file="Cart.java") for f in functions)
    return group(fingerprint=fp, top_frames=frames, template=template, stack=None)


@pytest.mark.parametrize(
    ("paths", "kept"),
    [
        # Two callers of a shared helper are two errors: which one the ticket is about is a
        # guess, so neither takes it.
        pytest.param((("Client.request", "Cart.add"), ("Client.request", "Checkout.pay")), False),
        # A refactor's helper frame: one error before and after a deploy, one ticket.
        pytest.param((("Client.request", "Cart.add"), ("Client.once", "Client.request")), True),
        pytest.param((("Client.request", "Cart.add"), ("Client.request",)), True),
    ],
)
def test_groups_that_take_one_ticket_along_other_paths_give_it_up(
    paths: tuple[tuple[str, ...], ...], kept: bool
) -> None:
    groups = {
        fp: _thrown_along(fp, *path) for fp, path in zip(("a" * 16, "b" * 16), paths, strict=True)
    }
    analyses = {fp: analysis() for fp in groups}
    person = ticket(key="TEST-9", fingerprint="by-a-person")
    decisions = [
        decide(g, analyses[fp], person, settings(), match_score=0.9) for fp, g in groups.items()
    ]
    # A group alone with its ticket keeps it.
    other = ticket(key="TEST-10", fingerprint="by-another-person")
    alone = decide(group("c" * 16), analysis(), other, settings(), match_score=0.9)

    split = split_shared_matches(
        [*decisions, alone],
        analyses | {"c" * 16: analysis()},
        groups | {"c" * 16: group("c" * 16)},
        settings(),
    )

    if kept:
        assert split == [*decisions, alone]
    else:
        assert [(d.action, d.ticket_key, d.match_score) for d in split[:2]] == [
            ("create", None, None),
            ("create", None, None),
        ]
        assert "not TEST-9, which group bbbbbbbbbbbbbbbb took by similarity too" in split[0].reason
        assert split[2] == alone


@pytest.mark.parametrize(
    ("path", "kept"),
    [
        pytest.param(("Client.request", "Checkout.pay"), False, id="another-caller"),
        pytest.param(("Client.once", "Client.request", "Cart.add"), True, id="refactor-helper"),
    ],
)
def test_a_group_gives_up_a_ticket_whose_own_group_is_in_the_run(
    path: tuple[str, ...], kept: bool
) -> None:
    # The ticket's label names a group of this very run: that group is its error. A second
    # group the words take for it, thrown along another path, is another bug.
    owner = _thrown_along("a" * 16, "Client.request", "Cart.add")
    taker = _thrown_along("b" * 16, *path)
    groups = {g.fingerprint: g for g in (owner, taker)}
    analyses = {fp: analysis() for fp in groups}
    labeled = ticket(key="TEST-9", fingerprint=owner.fingerprint, last_seen=BASE_TIME)
    decisions = [
        decide(owner, analyses[owner.fingerprint], labeled, settings()),
        decide(taker, analyses[taker.fingerprint], labeled, settings(), match_score=0.9),
    ]
    assert [d.ticket_key for d in decisions] == ["TEST-9", "TEST-9"]

    split = split_shared_matches(decisions, analyses, groups, settings())

    assert split[0] == decisions[0]  # the label's group keeps its ticket either way
    if kept:
        assert split[1] == decisions[1]
    else:
        assert (split[1].action, split[1].ticket_key, split[1].match_score) == (
            "create",
            None,
            None,
        )
        assert split[1].reason.endswith(
            "not TEST-9, the ticket of group aaaaaaaaaaaaaaaa, thrown along another path"
        )


def test_creates_of_one_run_along_other_paths_do_not_fold() -> None:
    # One message from two callers of a shared helper: two errors, two tickets.
    groups = {
        "a" * 16: _thrown_along("a" * 16, "Client.request", "Cart.add"),
        "b" * 16: _thrown_along("b" * 16, "Client.request", "Checkout.pay"),
        "c" * 16: _thrown_along("c" * 16, "Client.once", "Client.request", "Cart.add"),
    }
    analyses = {fp: analysis() for fp in groups}
    decisions = [decide(g, analyses[fp], None, settings()) for fp, g in groups.items()]

    folded = fold_similar_creates(decisions, analyses, groups, threshold=0.65)

    assert [(d.action, d.follows) for d in folded] == [
        ("create", None),
        ("create", None),
        ("comment", "a" * 16),
    ]


# --- what a ticket has been told of -------------------------------------------------------
# Runs every 15 minutes from 10:00 with a 5-minute late margin: the first reads up to 10:15,
# the second reads 10:10-10:30 (dropping by id what the first saw), and so on.

A, B = "0123456789abcdef", "fedcba9876543210"


def at(minute: int) -> datetime:
    return BASE_TIME + timedelta(minutes=minute)


def timed(fingerprint: str, *minutes: int) -> ErrorGroup:
    """A group of one event at each of ``minutes``, with its events' times."""
    times = array("q", [epoch_micros(at(m)) for m in minutes])
    return group(
        fingerprint,
        count=len(minutes),
        first_seen=at(min(minutes)),
        last_seen=at(max(minutes)),
        times=pack_times(times),
    )


def write(
    tracker: LocalTracker, g: ErrorGroup, reading: Reading, known: Ticket | None = None
) -> Applied:
    """What a run's write does: decide from the ticket found by label, then apply."""
    found = known or tracker.find_by_fingerprint(g.fingerprint)
    decision = decide(g, analysis(), found, Settings(), reading=reading)
    return apply_current(tracker, decision, g, analysis(), Settings(), reading)


FIRST = Reading(end=at(15))
SECOND = Reading(end=at(30), finished=at(15))


def test_since_keeps_the_events_at_or_after_a_moment() -> None:
    g = timed(A, 0, 10, 20)

    later = g.since(at(10))

    assert later is not None and later.timed
    assert (later.count, later.first_seen, later.last_seen) == (2, at(10), at(20))
    assert g.since(at(20) + timedelta(microseconds=1)) is None
    assert g.since(None) is g and g.since(at(0)) is g
    untimed = g.model_copy(update={"times": b""})  # kept by an earlier version
    assert untimed.since(at(10)) is untimed and untimed.since(at(21)) is None


def test_event_times_survive_grouping_merging_and_json() -> None:
    from dogcatcher.grouping import group_events, merge_groups
    from dogcatcher.models import LogEvent
    from tests.conftest import datadog_event

    events = [LogEvent.from_datadog(datadog_event(n, message="order 7 failed")) for n in range(3)]
    (page,) = group_events(events)
    (merged,) = merge_groups([[page], [page]])

    assert page.since(events[1].timestamp) == page.model_copy(
        update={"count": 2, "first_seen": events[1].timestamp, "times": page.times[8:]}
    )
    assert merged.count == 6 and merged.timed
    assert ErrorGroup.model_validate_json(merged.model_dump_json()) == merged
    (mixed,) = merge_groups([[page], [page.model_copy(update={"times": b""})]])
    assert mixed.count == 6 and not mixed.timed


def test_an_event_that_arrives_late_is_told_to_a_ticket_told_of_newer_ones(
    tmp_path: Path,
) -> None:
    tracker = LocalTracker(tmp_path, "TEST")
    write(tracker, timed(A, 0, 12), FIRST)

    # Logged at 10:08, it reached Datadog after the first run read 10:00-10:15: the second
    # run reads it in its late margin.
    late = write(tracker, timed(A, 8), SECOND)

    assert late.decision.action == "comment"
    ticket = tracker.get("TEST-1")
    assert (ticket.occurrences, ticket.last_seen) == (3, at(12))
    assert ticket.told == {A: at(30)}


def test_groups_sharing_a_ticket_are_each_told_of_their_own_events(tmp_path: Path) -> None:
    tracker = LocalTracker(tmp_path, "TEST")
    write(tracker, timed(A, 0, 12), FIRST)
    # B took the ticket by similarity in the first run, which labeled it.
    tracker.add_label("TEST-1", fingerprint_label(B))
    write(tracker, timed(B, 5), FIRST, known=tracker.get("TEST-1"))

    write(tracker, timed(A, 18, 28), SECOND)  # A tells the ticket of 10:28 first
    sibling = write(tracker, timed(B, 20), SECOND)

    assert sibling.decision.action == "comment"
    ticket = tracker.get("TEST-1")
    assert ticket.occurrences == 2 + 1 + 2 + 1
    assert ticket.told == {A: at(30), B: at(30)}


def test_a_run_that_failed_after_writing_is_not_told_again_by_the_next(
    tmp_path: Path,
) -> None:
    tracker = LocalTracker(tmp_path, "TEST")
    write(tracker, timed(A, 0, 12), FIRST)
    write(tracker, timed(A, 18, 28), SECOND)
    # The second run failed after its writes: its watermark was not saved, so the third
    # reads from the first's end again, and further.
    third = Reading(end=at(45), finished=at(15))

    again = write(tracker, timed(A, 18, 28, 40), third)

    assert again.decision.action == "comment" and again.decision.since == at(30)
    assert again.decision.comment is not None and "1 event(s)" in again.decision.comment
    ticket = tracker.get("TEST-1")
    assert ticket.occurrences == 2 + 2 + 1 and ticket.told == {A: at(45)}
    assert write(tracker, timed(A, 18, 28, 40), third).decision.action == "skip"  # a retry


def test_occurrences_held_after_a_failed_run_are_the_ones_not_told() -> None:
    told = ticket(told={A: at(30)}, reported_at=at(29))
    throttled = settings(dedupe={"comment_interval": "PT1H"})

    held = decide(
        timed(A, 18, 28, 40),
        analysis(),
        told,
        throttled,
        now=at(46),
        reading=Reading(end=at(45), finished=at(15)),
    )

    assert held.held and held.since == at(30)
    assert "1 new occurrence" not in held.reason  # held by the interval, not the minimum
    kept = timed(A, 18, 28, 40).since(held.since)
    assert kept is not None and kept.count == 1


@pytest.mark.parametrize(
    ("finished", "count"),
    [(None, 1), (at(45), 3)],
    ids=["re-read", "after-a-finished-run"],
)
def test_a_ticket_written_before_marks_counts_as_told_up_to_its_newest(
    tmp_path: Path, finished: datetime | None, count: int
) -> None:
    # Its status line names no fingerprint: it was told of A's events up to 10:30.
    legacy = ticket(occurrences=5, last_seen=at(30), told={})

    decision = decide(
        timed(A, 20, 30, 40), analysis(), legacy, Settings(), reading=Reading(finished=finished)
    )

    assert decision.action == "comment"
    assert decision.comment is not None and f" {count} event(s)" in decision.comment


def test_a_ticket_keeps_the_newest_marks_and_never_moves_one_back() -> None:
    marks = {f"{n:016x}": at(n) for n in range(MAX_MARKS)}

    more = told_with(marks, f"{999:016x}", at(999))

    assert len(more) == MAX_MARKS and f"{0:016x}" not in more
    assert told_with(more, f"{999:016x}", at(5))[f"{999:016x}"] == at(999)
    assert told_with({}, None, at(1)) == {}
    # Every mark of one run is the same moment: the one written last is the one kept.
    same = {f"{n:016x}": at(30) for n in range(MAX_MARKS)}
    written = told_with(same, f"{999:016x}", at(30))
    assert len(written) == MAX_MARKS and f"{999:016x}" in written
