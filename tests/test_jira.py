"""JiraTracker over real HTTP against the fake Jira, for Cloud (v3, ADF) and Server (v2)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from pydantic import SecretStr

from dogcatcher.analysis import RuleAnalyzer
from dogcatcher.exceptions import ConfigError, TrackerError
from dogcatcher.jira import JiraTracker, jql_quote, status_marker
from dogcatcher.jira_markup import (
    CUT_NOTICE,
    Block,
    fit,
    from_wiki,
    parse_blocks,
    to_adf,
    to_wiki,
)
from dogcatcher.matching import best_match, site_note, states
from dogcatcher.models import Analysis, Category, ErrorGroup, Severity, StackFrame
from dogcatcher.settings import DedupeSettings, Settings, TrackerSettings
from dogcatcher.ticketing import (
    apply_current,
    apply_decision,
    decide,
    draft_ticket,
    render_match_note,
)
from dogcatcher.trackers import Ticket
from tests.conftest import BASE_TIME
from tests.fakes.base import Fault
from tests.fakes.jira import (
    COMMENTS_SHOWN,
    MAX_TEXT,
    JiraFake,
    adf,
    adf_to_text,
    rate_limit_fault,
    rich_text_size,
    server_error_fault,
)

USER, TOKEN = "bot@example.com", "test-token"


@pytest.fixture(scope="module")
def fake() -> Iterator[JiraFake]:
    service = JiraFake(username=USER, token=TOKEN, projects={"OPS": "Operations"})
    with service.running():
        yield service


@pytest.fixture(autouse=True)
def fresh(fake: JiraFake) -> None:
    fake.reset()
    fake.clear_faults()


def tracker_settings(fake: JiraFake, deployment: str, **changes: Any) -> TrackerSettings:
    values: dict[str, Any] = {
        "kind": "jira",
        "url": fake.base_url,
        "deployment": deployment,
        "username": USER,
        "token": SecretStr(TOKEN),
        "project": "OPS",
        "max_retries": 0,
        **changes,
    }
    return TrackerSettings(**values)


def group(fp: str = "0123456789abcdef", **changes: Any) -> ErrorGroup:
    values: dict[str, Any] = {
        "fingerprint": fp,
        "error_kind": "java.lang.NullPointerException",
        "template": "order <num> failed [click|http://x] {color:red}",
        "count": 12,
        "first_seen": BASE_TIME,
        "last_seen": BASE_TIME + timedelta(hours=1),
        "services": ("checkout",),
        "samples": ("order 7 failed {noformat} *bold* [~accountid:1]",),
        "stack": "java.lang.NullPointerException\n\tat com.acme.Cart.total(Cart.java:42)",
        **changes,
    }
    return ErrorGroup(**values)


ANALYSIS = Analysis(
    title="NullPointerException in Cart.total",
    summary="Checkout fails.",
    category=Category.CODE,
    severity=Severity.HIGH,
    suspected_cause="A null cart.",
    suggested_actions=("Guard the cart",),
    confidence=0.6,
    analyzer="rule",
)


def jira_for(fake: JiraFake, deployment: str) -> tuple[Settings, JiraTracker]:
    """Settings for ``fake`` as ``deployment``, and the tracker they make."""
    settings = Settings(tracker=tracker_settings(fake, deployment))
    return settings, JiraTracker(settings.tracker)


def file_ticket(
    tracker: JiraTracker,
    settings: Settings,
    g: ErrorGroup,
    occurrences: int = 1,
    analysis: Analysis = ANALYSIS,
) -> Ticket:
    """The ticket Dogcatcher files for ``g``, as a run's create does."""
    return tracker.create(
        draft_ticket(g, analysis, settings),
        fingerprint=g.fingerprint,
        occurrences=occurrences,
        last_seen=g.last_seen,
    )


@pytest.mark.parametrize("deployment", ["cloud", "server"])
def test_create_find_comment_and_reopen(fake: JiraFake, deployment: str) -> None:
    team = {"customfield_10010": {"value": "Checkout team"}}
    settings = Settings(tracker=tracker_settings(fake, deployment, fields=team))
    tracker = JiraTracker(settings.tracker)
    g = group()
    draft = draft_ticket(g, ANALYSIS, settings)

    created = tracker.create(
        draft, fingerprint=g.fingerprint, occurrences=12, last_seen=g.last_seen
    )
    found = tracker.find_by_fingerprint(g.fingerprint)

    assert found is not None and found.key == created.key == "OPS-1"
    assert (found.occurrences, found.last_seen, found.status) == (12, g.last_seen, "open")
    assert "dc-0123456789abcdef" in found.labels and found.priority == "High"
    stored = fake.issues["OPS-1"]
    assert stored.custom == team
    assert tracker.find_by_fingerprint("ffffffffffffffff") is None

    later = g.last_seen + timedelta(hours=2)
    commented = tracker.comment("OPS-1", "New occurrences.", occurrences=5, last_seen=later)
    assert (commented.occurrences, commented.last_seen) == (17, later)

    fake.close_issue("OPS-1")
    assert tracker.find_by_fingerprint(g.fingerprint).status == "closed"  # type: ignore[union-attr]
    reopened = tracker.reopen("OPS-1", "Seen again.", occurrences=1, last_seen=later)
    assert reopened.status == "open" and reopened.occurrences == 18


@pytest.mark.parametrize("deployment", ["cloud", "server"])
def test_log_text_in_the_body_stays_text(fake: JiraFake, deployment: str) -> None:
    settings = Settings(tracker=tracker_settings(fake, deployment))
    g = group()
    analysis = ANALYSIS.model_copy(update={"summary": "see [click|http://x] {color:red}r{color}"})
    JiraTracker(settings.tracker).create(
        draft_ticket(g, analysis, settings),
        fingerprint=g.fingerprint,
        occurrences=1,
        last_seen=g.last_seen,
    )
    description = fake.issues["OPS-1"].description
    if deployment == "cloud":
        assert description["type"] == "doc"
        text = adf_to_text(description)
        assert "see [click|http://x] {color:red}r{color}" in text  # plain text nodes
        assert "order 7 failed {noformat} *bold* [~accountid:1]" in text
    else:
        assert "[click|http://x]" not in description
        assert "see \\[click\\|http://x\\] \\{color:red\\}r\\{color\\}" in description
        assert "{noformat}\norder 7 failed { noformat} *bold* [~accountid:1]\n{noformat}" in (
            description
        )


@pytest.mark.parametrize("deployment", ["cloud", "server"])
def test_a_ticket_reads_back_as_it_was_written(fake: JiraFake, deployment: str) -> None:
    # Matching reads an own ticket's lines ("- message template: …", "error kind `…`"):
    # ADF read as bare text ran them together, wiki markup kept "* " and "h2.", and Jira's
    # copy of Dogcatcher's ticket was matched like a stranger's.
    settings = Settings(tracker=tracker_settings(fake, deployment))
    g = group()
    draft = draft_ticket(g, ANALYSIS, settings)
    tracker = JiraTracker(settings.tracker)
    tracker.create(draft, fingerprint=g.fingerprint, occurrences=1, last_seen=g.last_seen)

    back = tracker.get("OPS-1")

    told = {g.fingerprint: g.last_seen + timedelta(microseconds=1)}
    written = f"{draft.description}\n\n{status_marker(1, g.last_seen, told)}"
    assert parse_blocks(back.description) == parse_blocks(written)
    assert back.told == told
    assert f"- message template: {g.template}" in back.description.splitlines()
    assert f"error kind `{g.error_kind}`" in back.description


def test_decide_and_apply_against_jira_make_one_ticket_then_comment(fake: JiraFake) -> None:
    settings, tracker = jira_for(fake, "cloud")
    g = group()
    first = decide(g, ANALYSIS, tracker.find_by_fingerprint(g.fingerprint), settings)
    assert first.action == "create"
    assert apply_decision(tracker, first, g) == "OPS-1"
    again = decide(g, ANALYSIS, tracker.find_by_fingerprint(g.fingerprint), settings)
    assert (again.action, again.ticket_key) == ("skip", "OPS-1")
    newer = group(last_seen=g.last_seen + timedelta(days=1))
    update = decide(newer, ANALYSIS, tracker.find_by_fingerprint(g.fingerprint), settings)
    assert update.action == "comment"
    apply_decision(tracker, update, newer)
    assert len(fake.issues) == 1


def test_jql_values_are_quoted_and_escaped(fake: JiraFake) -> None:
    assert jql_quote('a"b\\c') == '"a\\"b\\\\c"'
    tracker = JiraTracker(tracker_settings(fake, "cloud"))
    assert tracker.find_by_fingerprint('x" OR project != "OPS') is None
    searches = [r for r in fake.requests if r.path.endswith("search/jql")]
    assert 'labels = "dc-x\\" OR project != \\"OPS"' in searches[-1].query["jql"][0]


def test_wrong_token_is_a_config_error(fake: JiraFake) -> None:
    tracker = JiraTracker(tracker_settings(fake, "cloud", token=SecretStr("nope")))
    with pytest.raises(ConfigError, match=r"refused \(401\).*DOGCATCHER_TRACKER__TOKEN"):
        tracker.find_by_fingerprint("abc")


def test_missing_settings_fail_before_any_request() -> None:
    with pytest.raises(ConfigError, match=r"tracker\.url, tracker\.username"):
        JiraTracker(TrackerSettings(kind="jira"))


@pytest.mark.parametrize(
    ("fault", "transient"),
    [
        # The client itself waits Retry-After once; a 429 that persists surfaces.
        pytest.param(rate_limit_fault(retry_after=0, times=5), True, id="429"),
        pytest.param(server_error_fault(503, times=5), True, id="503"),
    ],
)
def test_service_errors_are_tracker_errors(fake: JiraFake, fault: Any, transient: bool) -> None:
    fake.add_fault(fault)
    with pytest.raises(TrackerError) as caught:
        JiraTracker(tracker_settings(fake, "cloud")).find_by_fingerprint("abc")
    assert caught.value.transient is transient


def test_a_create_rejected_by_jira_names_the_field(fake: JiraFake) -> None:
    settings = Settings(tracker=tracker_settings(fake, "server", issue_type="NoSuchType"))
    g = group()
    with pytest.raises(TrackerError, match=r"issue ?type") as caught:
        file_ticket(JiraTracker(settings.tracker), settings, g)
    assert not caught.value.transient


@pytest.mark.parametrize("deployment", ["cloud", "server"])
def test_a_service_with_a_space_gets_a_label_jira_takes_and_its_ticket_is_found_again(
    fake: JiraFake, deployment: str
) -> None:
    # Jira refuses a label with a space; "service-web shop" failed the create every run.
    settings, tracker = jira_for(fake, deployment)
    g = group(services=("web shop",))
    created = file_ticket(tracker, settings, g)
    assert "service-web_shop" in fake.issues[created.key].labels

    # The same error under a new fingerprint (a new release of Dogcatcher) finds it by
    # similarity: the label's service is the group's, not another one.
    moved = g.model_copy(update={"fingerprint": "fedcba9876543210"})
    match = best_match(moved, [tracker.get(created.key)])
    assert match is not None and match.ticket.key == created.key


def test_status_marker_round_trips() -> None:
    assert status_marker(3, BASE_TIME) == (
        "Dogcatcher: 3 occurrence(s) reported, last seen 2026-11-01T12:00:00.000000Z"
    )


@pytest.mark.parametrize(
    "text",
    [
        "## Heading with [brackets] and {braces}\n\nA paragraph\nof two lines, `x|y*z` in it",
        "- one - two\n- **three** ~four~ ^five^\n\n---\n\nlast `code`",
        "```text\nat x(Y.java:1)\n{noformat} \\\\server\\share\n```\n\nafter a code block",
        "#hashtag and a trailing backslash \\",
    ],
)
def test_markup_reads_back_as_written(text: str) -> None:
    from dogcatcher.jira_markup import from_adf, from_wiki

    assert parse_blocks(from_adf(to_adf(text))) == parse_blocks(text)
    assert parse_blocks(from_wiki(to_wiki(text))) == parse_blocks(text)


def test_markup_renderers_cover_every_block() -> None:
    text = "## Title\n\npara `code` one\nline two\n\n- a\n- b\n\n```text\nx\n\ny\n```\n\n---"
    doc = to_adf(text)
    assert [node["type"] for node in doc["content"]] == [
        "heading",
        "paragraph",
        "bulletList",
        "codeBlock",
        "rule",
    ]
    assert doc["content"][1]["content"][1] == {
        "type": "text",
        "text": "code",
        "marks": [{"type": "code"}],
    }
    assert doc["content"][3]["content"][0]["text"] == "x\n\ny"
    assert to_wiki(text) == (
        "h2. Title\n\npara {{code}} one\\\\\nline two\n\n* a\n* b\n\n"
        "{noformat}\nx\n\ny\n{noformat}\n\n----"
    )


@pytest.mark.parametrize("deployment", ["cloud", "server"])
def test_candidates_are_recent_open_dogcatcher_tickets_of_the_project(
    fake: JiraFake, deployment: str
) -> None:
    fake.add_project("OTHER", "Other")
    now = datetime.now(UTC)
    for n in range(130):
        fake.seed_issue(
            f"open {n}",
            project="OPS",
            labels=["dogcatcher", f"dc-{n:016x}"],
            updated=now - timedelta(hours=n),
        )
    fake.seed_issue("done", project="OPS", labels=["dogcatcher"], status="Done")
    fake.seed_issue("old", project="OPS", labels=["dogcatcher"], updated=now - timedelta(days=90))
    fake.seed_issue("not ours", project="OPS", labels=["other"])
    fake.seed_issue("elsewhere", project="OTHER", labels=["dogcatcher"])

    tracker = JiraTracker(tracker_settings(fake, deployment))
    found = tracker.candidates(days=30, limit=120)

    assert [t.summary for t in found] == [f"open {n}" for n in range(120)]
    assert found[0].fingerprint == f"{0:016x}" and found[0].status == "open"
    assert len(tracker.candidates(days=30, limit=500)) == 130
    # Closed ones too when asked for: those resolved in the last closed_days.
    for summary, resolved in (("fixed last week", 6), ("fixed long ago", 60)):
        fake.seed_issue(
            summary,
            project="OPS",
            labels=["dogcatcher"],
            status="Done",
            updated=now - timedelta(days=40),
            resolutiondate=now - timedelta(days=resolved),
        )
    both = tracker.candidates(days=30, limit=500, closed_days=7)
    assert [t.summary for t in both[130:]] == ["done", "fixed last week"]
    assert {t.status for t in both[130:]} == {"closed"}
    # Each their own limit: closed tickets never crowd open ones out.
    few = tracker.candidates(days=30, limit=3, closed_days=7)
    assert [t.summary for t in few] == ["open 0", "open 1", "open 2", "done", "fixed last week"]


@pytest.mark.parametrize("deployment", ["cloud", "server"])
def test_resolution_reported_time_labels_and_links(fake: JiraFake, deployment: str) -> None:
    settings, tracker = jira_for(fake, deployment)
    g = group()
    first = file_ticket(tracker, settings, g, occurrences=12)
    assert first.reported_at == first.created_at  # the description's marker
    person = fake.seed_issue("unrelated", project="OPS")
    # A person's comment carries no marker: it is not Dogcatcher reporting.
    tracker.jira.issue_add_comment(first.key, to_adf("I looked") if tracker.cloud else "I looked")
    stored = tracker.get(first.key)
    assert stored.reported_at == stored.created_at
    told = tracker.comment(first.key, "More.", occurrences=1, last_seen=g.last_seen)
    assert told.reported_at is not None and told.reported_at > stored.created_at

    fake.close_issue(first.key, resolution="Won't Do")
    shut = tracker.get(first.key)
    assert (shut.status, shut.resolution) == ("closed", "Won't Do")
    assert shut.resolved_at is not None

    labeled = tracker.add_label(first.key, "dc-fedcba9876543210")
    assert "dc-fedcba9876543210" in labeled.labels and "dogcatcher" in labeled.labels
    found = tracker.find_by_fingerprint("fedcba9876543210")
    assert found is not None and found.key == first.key

    tracker.relate(person.key, first.key, "Relates")
    assert tracker.get(first.key).links == (person.key,)
    assert tracker.get(person.key).links == (first.key,)
    with pytest.raises(TrackerError, match="No issue link type"):
        tracker.relate(person.key, first.key, "Causes")


@pytest.mark.parametrize("deployment", ["cloud", "server"])
def test_a_note_reports_no_occurrences_and_reads_back_as_a_site(
    fake: JiraFake, deployment: str
) -> None:
    _, tracker = jira_for(fake, deployment)
    person = fake.seed_issue("Checkout fails for some orders", project="OPS")
    g = group(top_frames=(StackFrame(function="com.acme.Cart.total", file="Cart.java"),))
    tracker.comment(person.key, "New occurrences.", occurrences=3, last_seen=g.last_seen)
    told = tracker.get(person.key)

    noted = tracker.note(person.key, render_match_note(g, 0.9))

    again = tracker.get(person.key)
    assert noted.comments[-1].body == again.comments[-1].body
    assert (again.occurrences, again.last_seen, again.reported_at) == (
        told.occurrences,
        told.last_seen,
        told.reported_at,
    )
    assert f"{site_note(g)}" in again.comments[-1].body
    assert states(again) >= {"site"} and "site" not in states(told)


@pytest.mark.parametrize("deployment", ["cloud", "server"])
def test_fingerprints_are_looked_up_in_batches(fake: JiraFake, deployment: str) -> None:
    fake.add_project("OTHER", "Other")
    now = datetime.now(UTC)
    fps = [f"{n:016x}" for n in range(120)]
    for n, fp in enumerate(fps[:100]):
        fake.seed_issue(f"ticket {n}", project="OPS", labels=["dogcatcher", f"dc-{fp}"])
    # A regression filed anew: the newer ticket is the fingerprint's.
    fake.seed_issue(
        "newer", project="OPS", labels=["dc-" + fps[3]], created=now + timedelta(minutes=1)
    )
    fake.seed_issue("elsewhere", project="OTHER", labels=["dc-" + fps[111]])
    tracker = JiraTracker(tracker_settings(fake, deployment))
    tracker.add_label("OPS-6", "dc-" + fps[110])  # a similarity match: two fingerprints
    fake.calls.clear()

    found = tracker.find_by_fingerprints(fps)

    assert fake.calls["search"] == 3  # 120 fingerprints, 50 labels per search
    assert set(found) == {*fps[:100], fps[110]}
    assert found[fps[3]].summary == "newer"
    assert found[fps[110]].key == found[fps[5]].key == "OPS-6"
    assert found[fps[110]].fingerprint == fps[110] and found[fps[5]].fingerprint == fps[5]
    for fp in (fps[0], fps[99], fps[5]):
        assert found[fp].key == tracker.find_by_fingerprint(fp).key  # type: ignore[union-attr]


def test_a_create_is_one_request(fake: JiraFake) -> None:
    settings, tracker = jira_for(fake, "cloud")
    g = group()
    fake.calls.clear()

    created = file_ticket(tracker, settings, g, occurrences=3)

    assert dict(fake.calls) == {"create": 1}  # no read-back
    stored = tracker.get(created.key)
    assert (created.summary, created.labels, created.occurrences, created.last_seen) == (
        stored.summary,
        stored.labels,
        stored.occurrences,
        stored.last_seen,
    )


# --- Jira's limit on a text field ------------------------------------------------------------


@pytest.mark.parametrize("deployment", ["cloud", "server"])
def test_a_body_past_jiras_limit_is_cut_to_fit_and_keeps_its_status_line(
    fake: JiraFake, deployment: str
) -> None:
    # Jira refuses a description or comment past 32,767 characters; refused, the group's
    # ticket would fail again every run. A sample can be a whole logged response body.
    settings, tracker = jira_for(fake, deployment)
    g = group()
    draft = draft_ticket(g, ANALYSIS, settings)
    pasted = "\n".join(f"line {n}: " + "{noformat} [x|y] *z* " * 20 for n in range(400))
    huge = draft.model_copy(update={"description": f"{draft.description}\n\n```\n{pasted}\n```"})

    created = tracker.create(huge, fingerprint=g.fingerprint, occurrences=7, last_seen=g.last_seen)
    commented = tracker.comment(created.key, pasted, occurrences=2, last_seen=g.last_seen)

    issue = fake.issues[created.key]
    assert rich_text_size(issue.description) <= MAX_TEXT
    assert all(rich_text_size(c["body"]) <= MAX_TEXT for c in issue.comments)
    back = tracker.get(created.key)
    assert (
        (back.occurrences, back.last_seen)
        == (9, g.last_seen)
        == (
            commented.occurrences,
            commented.last_seen,
        )
    )
    assert parse_blocks(back.description) == parse_blocks(created.description)
    blocks = parse_blocks(back.description)
    # The evidence is cut inside its code block, which is closed; the cut is said in words.
    assert Block("paragraph", (CUT_NOTICE,)) in blocks
    assert blocks[blocks.index(Block("paragraph", (CUT_NOTICE,))) - 1].kind == "code"
    written = parse_blocks(draft.description)
    assert blocks[: len(written)] == written  # all but the pasted evidence, as written
    assert CUT_NOTICE in back.comments[-1].body
    assert back.comments[-1].body.startswith("line 0: ")


@pytest.mark.timeout(30)
def test_markup_is_read_in_linear_time() -> None:
    # A person's ticket is read on every run: a line of many "{{" made each one scan the
    # rest of the line for "}}", and a fence line padded with spaces backtracked; both
    # quadratic (two seconds for 16,000 characters).
    braces = "{{" * 100_000
    assert from_wiki(braces) == braces
    padded = "```" + " " * 100_000 + "!"
    assert parse_blocks(padded) == [Block("paragraph", (padded,))]
    assert from_wiki("{{a}} and " + braces + "{{b}}") == "`a` and " + "`" + braces[2:] + "{{b`"


def test_fit_leaves_what_fits_and_cuts_the_rest_at_a_line() -> None:
    def measure(text: str) -> int:
        return len(text)

    short = fit("a\nb", "\n\nTAIL", str, measure, 100)
    assert short == ("a\nb\n\nTAIL", "a\nb\n\nTAIL")

    lines = "\n".join(f"line {n:03}" for n in range(100))  # 9 characters a line
    text, body = fit(lines, "\n\nTAIL", str, measure, 300)
    assert text == body and len(text) <= 300
    kept, notice, tail = text.split("\n\n")
    assert (notice, tail) == (CUT_NOTICE, "TAIL")
    assert kept.splitlines() == [f"line {n:03}" for n in range(len(kept.splitlines()))]
    assert len(kept) > 300 - len(CUT_NOTICE) - 20  # nearly all the room is used

    lines, _ = fit("y\n" * 500_000, "", str, measure, 1000)  # a megabyte
    assert 990 <= len(lines) <= 1000 and lines.endswith(CUT_NOTICE)

    one_line = "x" * 5000  # no line end to cut at
    text, _ = fit(one_line, "", str, measure, 1000)
    assert text.startswith("x" * 800) and text.endswith(CUT_NOTICE) and len(text) <= 1000


def test_a_title_that_breaks_a_line_is_filed_on_one_line(fake: JiraFake) -> None:
    # Jira refuses a summary with a line break; a service's name may hold one, and the
    # rule-based title names the service.
    settings = Settings(tracker=tracker_settings(fake, "cloud"))
    g = group(services=("checkout\r\napi",))
    analysis = RuleAnalyzer().analyze(g)
    assert "\n" in analysis.title

    created = file_ticket(JiraTracker(settings.tracker), settings, g, analysis=analysis)

    assert fake.issues[created.key].summary == analysis.title.replace("\r\n", " ")


# --- answers that are not Jira's ------------------------------------------------------------
# A login page (an expired SSO session, a proxy), nothing, or an error inside a 200: each is
# a TrackerError a retry or the next run gets past, never an AttributeError that fails the
# group for good, and never "no ticket" (a duplicate) or "comment written" (counts lost).

LOGIN_PAGE = b"<html><body><form action='/login'>Sign in</form></body></html>"


def answer(body: bytes, status: int = 200, path: str = "", kind: str = "text/html") -> Fault:
    return Fault(status=status, body=body, headers={"Content-Type": kind}, path_prefix=path)


@pytest.mark.parametrize("deployment", ["cloud", "server"])
@pytest.mark.parametrize(
    "body",
    [
        pytest.param(LOGIN_PAGE, id="login page"),
        pytest.param(b"", id="empty"),
        pytest.param(b'{"errorMessages": ["Internal error"]}', id="error in a 200"),
        pytest.param(b'"maintenance"', id="a string"),
    ],
)
def test_an_answer_that_is_not_jiras_is_a_transient_tracker_error(
    fake: JiraFake, deployment: str, body: bytes
) -> None:
    settings, tracker = jira_for(fake, deployment)
    g = group()
    key = file_ticket(tracker, settings, g).key
    api = f"/rest/api/{3 if deployment == 'cloud' else 2}"
    kind = "text/html" if body.startswith(b"<") else "application/json"
    calls: list[tuple[str, Callable[[], object]]] = [
        (api, lambda: tracker.find_by_fingerprint(g.fingerprint)),
        (api, lambda: tracker.find_by_fingerprints([g.fingerprint])),
        (api, lambda: tracker.candidates()),
        (api, lambda: tracker.get(key)),
        # The ticket is read as it is; the comment's write is what the page answers.
        (
            f"{api}/issue/{key}/comment",
            lambda: tracker.comment(key, "again", occurrences=1, last_seen=g.last_seen),
        ),
        (f"{api}/issue", lambda: file_ticket(tracker, settings, group("fedcba9876543210"))),
    ]
    for path, call in calls:
        fake.clear_faults()
        fake.add_fault(answer(body, path=path, kind=kind))
        with pytest.raises(TrackerError) as caught:
            call()
        assert caught.value.transient, caught.value
        assert "expected" in str(caught.value) or "not as Jira's API" in str(caught.value)
    assert fake.issues[key].comments == []  # nothing was written, so nothing was counted


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(b'{"errors": ["upstream unavailable"]}', id="errors as a list"),
        pytest.param(b'{"errorMessages": null, "errors": "upstream unavailable"}', id="string"),
        pytest.param(b'["upstream unavailable"]', id="a list"),
    ],
)
def test_an_error_answer_in_a_gateways_shape_keeps_its_status(fake: JiraFake, body: bytes) -> None:
    fake.add_fault(Fault(status=503, body=body, times=5))
    with pytest.raises(TrackerError) as caught:
        JiraTracker(tracker_settings(fake, "cloud")).find_by_fingerprint("abc")
    assert caught.value.transient and "503" in str(caught.value)
    if body.startswith(b"{"):
        assert "upstream unavailable" in str(caught.value)


def test_a_workflow_answer_without_targets_is_a_tracker_error(fake: JiraFake) -> None:
    settings, tracker = jira_for(fake, "server")
    g = group()
    key = file_ticket(tracker, settings, g).key
    fake.close_issue(key)
    odd = b'{"transitions": [{"id": "11", "name": "Reopen"}]}'  # no "to"
    fake.add_fault(Fault(status=200, body=odd, path_prefix=f"/rest/api/2/issue/{key}/transitions"))
    with pytest.raises(TrackerError, match=f"transitions of {key}"):
        tracker.reopen(key, "back", occurrences=1, last_seen=g.last_seen)


@pytest.mark.parametrize("deployment", ["cloud", "server"])
def test_the_status_line_of_the_newest_comment_counts_past_the_first_hundred(
    fake: JiraFake, deployment: str
) -> None:
    # Cloud shows an issue's first 100 comments only; the status line is in the newest.
    settings, tracker = jira_for(fake, deployment)
    g = group()
    key = file_ticket(tracker, settings, g, occurrences=5).key
    for n in range(COMMENTS_SHOWN + 20):
        last = g.last_seen + timedelta(minutes=n)
        tracker.comment(key, f"seen again {n}", occurrences=1, last_seen=last)

    found = tracker.find_by_fingerprint(g.fingerprint)
    batch = tracker.find_by_fingerprints([g.fingerprint])

    assert found is not None and len(fake.issues[key].comments) == 120
    assert (found.occurrences, found.last_seen) == (125, last)
    assert batch[g.fingerprint].occurrences == 125
    assert [c.body.splitlines()[0] for c in found.comments[-2:]] == [
        "seen again 118",
        "seen again 119",
    ]


@pytest.mark.parametrize("deployment", ["cloud", "server"])
def test_a_status_line_a_person_broke_is_passed_over(fake: JiraFake, deployment: str) -> None:
    settings, tracker = jira_for(fake, deployment)
    g = group()
    key = file_ticket(tracker, settings, g, occurrences=7).key
    for line in (
        "Dogcatcher: 9 occurrence(s) reported, last seen 2026-13-45T99:00:00Z",  # no date
        "Dogcatcher: 1 occurrence(s) reported, last seen 2026-11-01T09:00:00Z",  # no fraction
    ):
        fake.add_comment(key, line if deployment == "server" else adf(line))

    found = tracker.get(key)

    assert (found.occurrences, found.last_seen) == (1, datetime(2026, 11, 1, 9, tzinfo=UTC))


def test_a_comment_of_odd_or_deeply_nested_document_does_not_stop_reading(
    fake: JiraFake,
) -> None:
    settings, tracker = jira_for(fake, "cloud")
    g = group()
    key = file_ticket(tracker, settings, g, occurrences=3).key
    deep: dict[str, Any] = {"type": "paragraph", "content": [{"type": "text", "text": "x"}]}
    for _ in range(180):  # lists in list items: the schema sets no depth
        deep = {"type": "bulletList", "content": [{"type": "listItem", "content": [deep]}]}
    odd = [
        {"type": "heading", "attrs": {"level": "two"}, "content": [{"type": "text", "text": "h"}]},
        {"type": "bulletList", "content": [{"type": "listItem", "content": 3}]},
        {"type": "paragraph", "content": [{"type": "text", "text": None}]},
    ]
    fake.add_comment(key, {"type": "doc", "version": 1, "content": [deep]})
    fake.add_comment(key, {"type": "doc", "version": 1, "content": odd})

    found = tracker.get(key)

    assert found.occurrences == 3 and len(found.comments) == 2
    assert found.comments[1].body == "## h\n\n- "


@pytest.mark.parametrize("deployment", ["cloud", "server"])
def test_one_fingerprints_many_tickets_do_not_hide_anothers(
    fake: JiraFake, deployment: str
) -> None:
    # A closed ticket seen again may get a new linked ticket each time: newest first, one
    # fingerprint's 25 tickets once crowded an older one of another out of the batch.
    settings, tracker = jira_for(fake, deployment)
    older = file_ticket(tracker, settings, group("bbbbbbbbbbbbbbbb")).key
    for _ in range(25):
        newest = file_ticket(tracker, settings, group("aaaaaaaaaaaaaaaa")).key

    found = tracker.find_by_fingerprints(["aaaaaaaaaaaaaaaa", "bbbbbbbbbbbbbbbb"])

    assert {fp: t.key for fp, t in found.items()} == {
        "aaaaaaaaaaaaaaaa": newest,
        "bbbbbbbbbbbbbbbb": older,
    }


def test_an_error_message_with_half_a_utf16_pair_can_be_written(fake: JiraFake) -> None:
    # The message goes to the run's report, artifact and log, all UTF-8.
    fake.add_fault(Fault(status=400, body=b'{"errorMessages": ["bad \\ud800 label"]}'))
    with pytest.raises(TrackerError) as caught:
        JiraTracker(tracker_settings(fake, "cloud")).find_by_fingerprint("abc")
    assert str(caught.value).encode("utf-8") and "bad \ufffd label" in str(caught.value)


def test_a_regression_link_that_failed_is_made_when_the_write_is_tried_again(
    fake: JiraFake,
) -> None:
    # The new ticket was filed but its link failed: the retry found the new ticket by its
    # label, decided "already covers these occurrences", and never linked it.
    settings = Settings(
        tracker=tracker_settings(fake, "server"),
        dedupe=DedupeSettings(regression="link"),
    )
    tracker = JiraTracker(settings.tracker)
    g = group()
    closed = file_ticket(tracker, settings, g).key
    fake.close_issue(closed)
    later = g.model_copy(update={"last_seen": g.last_seen + timedelta(days=1)})
    decision = decide(later, ANALYSIS, tracker.find_by_fingerprint(g.fingerprint), settings)
    assert decision.action == "create" and decision.link_to == closed
    fake.add_fault(server_error_fault(503, path_prefix="/rest/api/2/issueLink"))

    with pytest.raises(TrackerError):
        apply_current(tracker, decision, later, ANALYSIS, settings)
    again = apply_current(tracker, decision, later, ANALYSIS, settings)

    new = tracker.find_by_fingerprint(g.fingerprint)
    assert new is not None and new.key != closed and new.links == (closed,)
    assert again.ticket_key == new.key and len(fake.issues) == 2


@pytest.mark.parametrize("deployment", ["cloud", "server"])
def test_each_group_s_mark_is_written_and_read_back(fake: JiraFake, deployment: str) -> None:
    # A ticket two groups share: each write records, for its group only, that the ticket
    # has been told of the events before its run's window end.
    settings, tracker = jira_for(fake, deployment)
    g = group()
    other = "fedcba9876543210"
    end = g.last_seen + timedelta(minutes=15)
    key = tracker.create(
        draft_ticket(g, ANALYSIS, settings),
        fingerprint=g.fingerprint,
        occurrences=3,
        last_seen=g.last_seen,
        through=end,
    ).key
    tracker.add_label(key, f"dc-{other}")
    later = end + timedelta(minutes=15)
    tracker.comment(
        key,
        "New occurrences.",
        occurrences=2,
        last_seen=g.last_seen,
        fingerprint=other,
        through=later,
    )
    # A retry of an earlier write never moves a mark back.
    tracker.comment(
        key,
        "New occurrences.",
        occurrences=1,
        last_seen=g.last_seen,
        fingerprint=g.fingerprint,
        through=g.last_seen,
    )

    found = tracker.find_by_fingerprints([other])[other]

    assert found.key == key and found.occurrences == 6
    assert found.told == {g.fingerprint: end, other: later}
    assert tracker.get(key).told == found.told
