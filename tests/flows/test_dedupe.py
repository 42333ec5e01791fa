"""Dedupe in a run: tickets found by similarity get the fingerprint label, what the cap or a
throttle holds back is carried to the next run, and nothing is told twice or lost."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from dogcatcher.models import RunReport, TicketDraft
from dogcatcher.trackers import LocalTracker, Ticket, fingerprint_label
from flows.triage import triage_errors
from tests.conftest import JAVA_STACK, datadog_event, write_jsonl
from tests.flows.test_triage import three_errors

pytestmark = pytest.mark.usefixtures("prefect_harness")

DAY = 86_400


def day(tmp_path: Path, n: int, events: list[dict[str, object]] | None = None) -> str:
    records = three_errors(start=n * DAY) if events is None else events
    return str(write_jsonl(tmp_path / f"day{n}.jsonl", records))


def acted(report: RunReport) -> dict[str, int]:
    return {action: n for action, n in report.count_actions().items() if n}


def filed_by_hand(tracker: LocalTracker, summary: str, description: str) -> Ticket:
    """A checkout ticket a person filed, without Dogcatcher's fingerprint label."""
    return tracker.create(
        TicketDraft(
            project="TEST",
            issue_type="Bug",
            summary=summary,
            description=description,
            labels=("dogcatcher", "service-checkout"),
            priority="High",
        ),
        fingerprint="written-by-a-person",
        occurrences=0,
        last_seen=datetime(2026, 10, 1, tzinfo=UTC),
    )


def test_a_ticket_filed_by_hand_is_found_by_similarity_and_labeled(
    tmp_path: Path, tickets_dir: Path
) -> None:
    tracker = LocalTracker(tickets_dir, "TEST")
    by_hand = filed_by_hand(
        tracker,
        "Checkout: NullPointerException in CartService.total, cart is null",
        'Customers cannot pay. The log says: Cannot invoke "Cart.total()" because '
        '"cart" is null, thrown from CheckoutController.submit.',
    )

    first = triage_errors(profile="testing", source_path=day(tmp_path, 0))
    second = triage_errors(profile="testing", source_path=day(tmp_path, 1))

    npe = next(o for o in first.outcomes if o.count == 10)
    assert (npe.action, npe.ticket_key) == ("comment", by_hand.key)
    assert "similar to" in npe.reason
    assert acted(first) == {"create": 2, "comment": 1}
    labeled = tracker.get(by_hand.key)
    assert fingerprint_label(npe.fingerprint) in labeled.labels
    assert "by similarity" in labeled.comments[0].body
    # The next run finds it by its label: no similarity needed, still no new ticket.
    again = next(o for o in second.outcomes if o.fingerprint == npe.fingerprint)
    assert (again.action, again.ticket_key) == ("comment", by_hand.key)
    assert again.reason.startswith(f"known issue {by_hand.key}")
    assert len(tracker.tickets()) == 3


def npe_from(caller: str, start: int, count: int = 10) -> list[dict[str, object]]:
    """The cart NPE of ``three_errors``, thrown in ``CartService.total`` as called by
    ``caller``: another caller is another error, a group of its own."""
    stack = JAVA_STACK.format(line=42).replace("CheckoutController.submit", caller)
    return [
        datadog_event(
            start + n,
            message='Cannot invoke "Cart.total()" because "cart" is null',
            kind="java.lang.NullPointerException",
            stack=stack.replace("CheckoutController.java", f"{caller.split('.')[0]}.java"),
        )
        for n in range(count)
    ]


def test_a_ticket_matched_once_takes_no_error_thrown_along_another_path(
    tmp_path: Path, tickets_dir: Path
) -> None:
    tracker = LocalTracker(tickets_dir, "TEST")
    # The person says what fails and the type, not where: the words fit both callers' NPE.
    by_hand = filed_by_hand(
        tracker,
        "Checkout: NullPointerException, cart is null",
        'Customers cannot pay: Cannot invoke "Cart.total()" because "cart" is null.',
    )

    first = triage_errors(
        profile="testing", source_path=day(tmp_path, 0, npe_from("CheckoutController.submit", 0))
    )
    later = npe_from("CheckoutController.submit", DAY) + npe_from(
        "ExpressCheckoutController.buyNow", DAY + 100
    )
    second = triage_errors(profile="testing", source_path=day(tmp_path, 1, later))

    (matched,) = first.outcomes
    assert (matched.action, matched.ticket_key) == ("comment", by_hand.key)
    note = tracker.get(by_hand.key).comments[0].body
    assert "`com.acme.checkout.CartService.total` ← " in note
    by_outcome = {o.fingerprint: o for o in second.outcomes}
    assert by_outcome.pop(matched.fingerprint).ticket_key == by_hand.key  # by its label
    ((_, express),) = by_outcome.items()
    # Without the note the person's words would take it too: a bug hidden in another's
    # ticket. Thrown along another path than the ticket's known error, it gets its own.
    assert express.action == "create" and express.ticket_key != by_hand.key
    assert [c.body.startswith("New occurrences.") for c in tracker.get(by_hand.key).comments] == [
        True,
        True,
    ]


def test_an_error_like_a_recently_closed_ticket_s_gets_a_new_ticket_linked_to_it(
    tmp_path: Path, tickets_dir: Path
) -> None:
    tracker = LocalTracker(tickets_dir, "TEST")
    # Fixed last week, by a person's ticket (a release has moved the fingerprint since,
    # say): no label finds it, only its words.
    fixed = filed_by_hand(
        tracker,
        "Checkout: NullPointerException in CartService.total, cart is null",
        'Customers cannot pay: Cannot invoke "Cart.total()" because "cart" is null.',
    )
    tracker.close(fixed.key, at=datetime.now(UTC) - timedelta(days=6))

    report = triage_errors(
        profile="testing", source_path=day(tmp_path, 0, npe_from("CheckoutController.submit", 0))
    )

    (outcome,) = report.outcomes
    assert outcome.action == "create" and outcome.ticket_key != fixed.key
    assert f"may be a regression of {fixed.key} (resolved as Done" in outcome.reason
    new = tracker.get(str(outcome.ticket_key))
    assert new.links == (fixed.key,)
    # The closed ticket is only linked: not reopened, not labeled, not commented on.
    after = tracker.get(fixed.key)
    assert (after.status, after.labels, after.comments) == ("closed", fixed.labels, ())
    assert after.links == (new.key,)


def test_groups_the_cap_holds_back_are_created_by_later_runs(
    tmp_path: Path, tickets_dir: Path
) -> None:
    runs = [
        triage_errors(profile="testing", source_path=day(tmp_path, n, events), max_tickets=1)
        for n, events in enumerate([None, [], []])
    ]

    assert [r.count_actions().get("create", 0) for r in runs] == [1, 1, 1]
    assert [r.pending for r in runs] == [2, 1, 0]
    tickets = LocalTracker(tickets_dir, "TEST").tickets()
    assert sorted(t.occurrences for t in tickets) == [5, 10, 30]


def test_throttled_comments_add_up_what_waited(
    tmp_path: Path, tickets_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DOGCATCHER_DEDUPE__COMMENT_INTERVAL", "P1D")
    created = triage_errors(profile="testing", source_path=day(tmp_path, 0))
    held = triage_errors(profile="testing", source_path=day(tmp_path, 1))
    monkeypatch.setenv("DOGCATCHER_DEDUPE__COMMENT_INTERVAL", "PT0S")  # the day has passed
    told = triage_errors(profile="testing", source_path=day(tmp_path, 2))

    assert acted(created) == {"create": 3}
    assert acted(held) == {"skip": 3} and held.pending == 3
    assert all(o.held and "held for a later comment" in o.reason for o in held.outcomes)
    assert acted(told) == {"comment": 3} and told.pending == 0
    tracker = LocalTracker(tickets_dir, "TEST")
    for ticket in tracker.tickets():
        first = next(o for o in created.outcomes if o.ticket_key == ticket.key)
        assert ticket.occurrences == 3 * first.count  # three days, none lost or doubled
        (comment,) = ticket.comments
        assert f"New occurrences. {2 * first.count} event(s)" in comment.body
        assert f"{3 * first.count} reported in all" in comment.body


CURRENCY_STACK = (
    "java.lang.IllegalArgumentException: Unsupported currency code: {code}\n"
    "\tat com.acme.billing.MoneyParser.parse(MoneyParser.java:31)\n"
    "\tat com.acme.billing.InvoiceImporter.row(InvoiceImporter.java:77)\n"
)


def currency_errors(codes: dict[str, int]) -> list[dict[str, object]]:
    """One error whose message names a value the grouping cannot tell from a word, so each
    value is a group of its own."""
    events: list[dict[str, object]] = []
    for code, count in codes.items():
        events += [
            datadog_event(
                len(events) + n,
                message=f"Unsupported currency code: {code}",
                kind="java.lang.IllegalArgumentException",
                service="billing",
                stack=CURRENCY_STACK.format(code=code),
            )
            for n in range(count)
        ]
    return events


def test_groups_of_one_error_in_one_run_make_one_ticket(tmp_path: Path, tickets_dir: Path) -> None:
    source = day(tmp_path, 0, currency_errors({"EURO": 9, "GBX": 5, "XBT": 3}))

    preview = triage_errors(profile="testing", source_path=source, dry_run=True)
    report = triage_errors(profile="testing", source_path=source)

    assert acted(preview) == {"create": 1, "comment": 2}
    assert acted(report) == {"create": 1, "comment": 2} and report.pending == 0
    (ticket,) = LocalTracker(tickets_dir, "TEST").tickets()
    assert {o.ticket_key for o in report.outcomes} == {ticket.key}
    assert ticket.occurrences == 17
    assert {fingerprint_label(o.fingerprint) for o in report.outcomes} <= set(ticket.labels)
    leader = next(o for o in report.outcomes if o.action == "create")
    assert leader.count == 9  # the most frequent one is filed


def test_followers_of_a_create_the_cap_holds_wait_with_it(
    tmp_path: Path, tickets_dir: Path
) -> None:
    events = three_errors() + currency_errors({"EURO": 4, "GBX": 2})
    first = triage_errors(profile="testing", source_path=day(tmp_path, 0, events), max_tickets=1)
    second = triage_errors(profile="testing", source_path=day(tmp_path, 1, []), max_tickets=5)

    assert acted(first) == {"create": 1, "skip": 4} and first.pending == 4
    assert acted(second) == {"create": 3, "comment": 1} and second.pending == 0
    assert len(LocalTracker(tickets_dir, "TEST").tickets()) == 4


def sibling_errors(counts: dict[str, int]) -> list[dict[str, object]]:
    """One message thrown in one helper, reached from several callers: an error per caller."""
    events: list[dict[str, object]] = []
    for caller, count in counts.items():
        stack = (
            "java.lang.IllegalStateException: payment provider timed out\n"
            "\tat com.acme.pay.PaymentClient.charge(PaymentClient.java:31)\n"
            f"\tat com.acme.checkout.{caller}(Checkout.java:77)\n"
        )
        events += [
            datadog_event(len(events) + n, message="payment provider timed out", stack=stack)
            for n in range(count)
        ]
    return events


def test_a_ticket_two_callers_of_one_helper_would_share_is_taken_by_neither(
    tmp_path: Path, tickets_dir: Path
) -> None:
    # The person's ticket names the helper both errors are thrown in: which caller it is
    # about is a guess, and a wrong one hides a bug in another's ticket.
    tracker = LocalTracker(tickets_dir, "TEST")
    by_hand = filed_by_hand(
        tracker,
        "Checkout: payment provider timed out in PaymentClient.charge",
        "IllegalStateException: payment provider timed out.",
    )
    source = day(tmp_path, 0, sibling_errors({"Cart.pay": 8, "Subscription.renew": 6}))

    report = triage_errors(profile="testing", source_path=source)

    assert acted(report) == {"create": 2}
    assert all(f"not {by_hand.key}" in o.reason for o in report.outcomes)
    assert tracker.get(by_hand.key).comments == ()
    assert len(tracker.tickets()) == 3
