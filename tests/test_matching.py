"""Similarity matching of a group with open tickets: what rules a ticket out, what scores,
and which of several candidates wins."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from dogcatcher.analysis import RuleAnalyzer
from dogcatcher.grouping import FrameRules, group_events
from dogcatcher.jira_markup import from_adf, from_wiki, to_adf, to_wiki
from dogcatcher.matching import _REASON, best_match, rarity, similarity, site_note, states
from dogcatcher.models import ErrorGroup, LogEvent, StackFrame
from dogcatcher.settings import DedupeSettings, Settings
from dogcatcher.ticketing import draft_ticket
from dogcatcher.trackers import Comment, Ticket, rejection_label
from tests.conftest import BASE_TIME, datadog_event

STACK = (
    "java.lang.IllegalStateException: payment provider answered 503 for order 77\n"
    "\tat com.acme.pay.PaymentClient.charge(PaymentClient.java:88)\n"
    "\tat com.acme.checkout.CheckoutService.submit(CheckoutService.java:40)\n"
)


def group(**update: Any) -> ErrorGroup:
    base = ErrorGroup(
        fingerprint="0123456789abcdef",
        error_kind="java.lang.IllegalStateException",
        template="payment provider answered 503 for order <num>",
        count=7,
        first_seen=BASE_TIME,
        last_seen=BASE_TIME + timedelta(hours=1),
        services=("checkout",),
        samples=("payment provider answered 503 for order 77",),
        stack=STACK,
        top_frames=(
            StackFrame(function="com.acme.pay.PaymentClient.charge", file="PaymentClient.java"),
            StackFrame(
                function="com.acme.checkout.CheckoutService.submit", file="CheckoutService.java"
            ),
        ),
    )
    return base.model_copy(update=update)


def ticket(key: str = "OPS-1", **update: Any) -> Ticket:
    base = Ticket(
        key=key,
        fingerprint="",
        project="OPS",
        issue_type="Bug",
        summary="Checkout: IllegalStateException from PaymentClient.charge",
        description=(
            "The payment provider answered 503 for some orders, so checkout fails.\n"
            "Seen in CheckoutService.submit."
        ),
        labels=("dogcatcher", "service-checkout"),
        priority="High",
        created_at=BASE_TIME,
        updated_at=BASE_TIME,
    )
    return base.model_copy(update=update)


def filed_in(service: str, *, summary: str, description: str) -> Ticket:
    """A person's ticket labeled with ``service``."""
    return ticket(
        summary=summary, description=description, labels=("dogcatcher", f"service-{service}")
    )


def own_ticket(of: ErrorGroup, key: str = "OPS-9") -> Ticket:
    """The ticket Dogcatcher itself filed for ``of`` (under another fingerprint)."""
    draft = draft_ticket(of, RuleAnalyzer().explain(of), Settings())
    return ticket(key, summary=draft.summary, description=draft.description, labels=draft.labels)


@pytest.mark.parametrize(
    ("changes", "why"),
    [
        pytest.param({"labels": ("dogcatcher", "service-billing")}, "other service", id="service"),
        pytest.param(
            {"summary": "Checkout: TimeoutException from PaymentClient.charge"},
            "names another exception type",
            id="kind",
        ),
        pytest.param(
            {
                "description": "payment provider answered 503 for order 5\n"
                "\tat com.acme.pay.RefundClient.refund(RefundClient.java:12)\n"
            },
            "its stack trace has another throw site",
            id="throw-site",
        ),
        pytest.param(
            {"description": "The payment provider answered 500 for some orders."},
            "another status code",
            id="status-code",
        ),
        pytest.param(
            {
                "summary": "Checkout: IllegalStateException, the payment provider says 409",
                "description": "Orders fail in PaymentClient.charge.",
            },
            "another HTTP status in a person's words",
            id="status-in-prose",
        ),
        pytest.param(
            {
                "summary": "Checkout: IllegalStateException, payment provider answered 503",
                "description": "Thrown at refund in RefundClient.java.",
            },
            "names another method, as a method in its class's file",
            id="method-in-file",
        ),
        pytest.param(
            {
                "summary": "Checkout: IllegalStateException from RefundClient::refund",
                "description": "The payment provider answered 503 for some orders.",
            },
            "names another method, as Class::method",
            id="site-in-prose",
        ),
    ],
)
def test_hard_evidence_rules_a_ticket_out(changes: dict[str, Any], why: str) -> None:
    assert similarity(group(), ticket()) >= 0.75  # the unchanged ticket is a match
    assert similarity(group(), ticket(**changes)) == 0.0, why


def test_a_paraphrased_ticket_matches() -> None:
    match = best_match(group(), [ticket()])

    assert match is not None and match.ticket.key == "OPS-1"


@pytest.mark.timeout(60)
def test_a_ticket_with_pasted_blobs_is_read_in_linear_time() -> None:
    # Long "words" (a minified line, a base64 body, a dotted chain) took quadratic time in
    # several patterns: half a minute for one 32,000-character ticket, read on every run.
    blobs = " ".join(unit * 16_000 for unit in ("E.", "hS", "a/", "v-", "1."))
    blobs += "\n" + "f \u203a " * 40_000 + "<"  # a "breadcrumb" of 40,000 levels
    pasted = ticket(description=f"{ticket().description}\n{blobs}")

    match = best_match(group(), [pasted])

    assert match is not None and match.ticket.key == "OPS-1"


def test_a_ticket_dogcatcher_filed_under_an_older_fingerprint_matches_best() -> None:
    mine = own_ticket(group(fingerprint="ffffffffffffffff"))
    assert similarity(group(), mine) == pytest.approx(1.0)

    others = [
        ticket("OPS-2", labels=("dogcatcher", "service-billing")),
        ticket("OPS-3", summary="Checkout: cart page slow", description="p99 above 2 s"),
    ]

    match = best_match(group(), [*others, mine])

    assert match is not None and match.ticket.key == mine.key


def test_a_sibling_error_at_the_same_site_does_not_match() -> None:
    # Same type, same frames, another message: the classic near-miss.
    sibling = group(
        template="payment provider rejected card brand <value> for order <num>",
        samples=("payment provider rejected card brand 'diners' for order 5",),
    )

    assert best_match(group(), [own_ticket(sibling)]) is None


def _thrown_along(*functions: str, fingerprint: str, **update: Any) -> ErrorGroup:
    frames = tuple(StackFrame(function=f"com.acme.{f}", file=None) for f in functions)
    return group(fingerprint=fingerprint, top_frames=frames, stack=None, **update)


SAID_NOTHING_OF_WHERE = ticket(
    summary="Checkout fails: the payment provider answered 503",
    description="Some orders cannot be paid since this morning; IllegalStateException.",
)
FIRST = _thrown_along(
    "pay.PaymentClient.charge", "checkout.CheckoutService.submit", fingerprint="a" * 16
)


def _noted(*groups: ErrorGroup, on: Ticket = SAID_NOTHING_OF_WHERE) -> Ticket:
    """``on`` as it reads once each of ``groups`` was matched to it."""
    notes = [Comment(created_at=BASE_TIME, body=f"Matched.\n\n{site_note(g)}") for g in groups]
    return on.model_copy(update={"comments": (*on.comments, *notes)})


@pytest.mark.parametrize(
    "sibling",
    [
        # Another caller of the same client, which the person's words cannot tell from the
        # first group's error.
        pytest.param(
            _thrown_along(
                "pay.PaymentClient.charge", "billing.RenewalJob.run", fingerprint="b" * 16
            ),
            id="another-path",
        ),
        pytest.param(
            FIRST.model_copy(update={"fingerprint": "b" * 16, "services": ("storefront",)}),
            id="another-service",
        ),
        pytest.param(
            FIRST.model_copy(
                update={"fingerprint": "b" * 16, "error_kind": "java.lang.IllegalArgumentException"}
            ),
            id="another-type",
        ),
    ],
)
def test_a_ticket_matched_before_takes_no_group_unlike_those_matched_to_it(
    sibling: ErrorGroup,
) -> None:
    # As the words go, it is the person's ticket (no other service label, no type it names
    # apart from its own); the note of the group matched to it says otherwise.
    plain = SAID_NOTHING_OF_WHERE.model_copy(update={"labels": ("dogcatcher",)})
    if sibling.error_kind != FIRST.error_kind:
        plain = plain.model_copy(update={"description": "Some orders cannot be paid."})
    assert best_match(sibling, [plain]) is not None

    assert best_match(sibling, [_noted(FIRST, on=plain)]) is None
    assert similarity(sibling, _noted(FIRST, on=plain)) == 0.0
    # A second note widens what the ticket takes: each group matched to it is its error.
    assert best_match(sibling, [_noted(FIRST, sibling, on=plain)]) is not None


def test_the_note_of_a_match_a_person_rejected_says_nothing() -> None:
    # The person replaced dc-<first> with dc-not-<first>: the first group is not the
    # ticket's error, so its note neither vouches for its path nor keeps others off.
    sibling = _thrown_along(
        "pay.PaymentClient.charge", "billing.RenewalJob.run", fingerprint="b" * 16
    )
    rejected = _noted(FIRST).model_copy(
        update={"labels": (*SAID_NOTHING_OF_WHERE.labels, rejection_label(FIRST.fingerprint))}
    )

    assert states(rejected) == {"kind"}
    found = best_match(sibling, [rejected])
    assert found is not None and found.ticket.key == rejected.key
    assert best_match(sibling, [_noted(FIRST)]) is None


def test_a_ticket_matched_before_still_takes_its_error_s_variants() -> None:
    helper = _thrown_along(
        "pay.PaymentClient.chargeOnce",
        "pay.PaymentClient.charge",
        "checkout.CheckoutService.submit",
        fingerprint="c" * 16,
    )
    unplaced = group(fingerprint="d" * 16, top_frames=(), stack=None, error_kind=None)
    # A refactor's new innermost helper, a group that says nothing of where or of its type,
    # and a fingerprint moved by a release all still match.
    for same in (FIRST.model_copy(update={"fingerprint": "e" * 16}), helper, unplaced):
        found = best_match(same, [_noted(FIRST)])
        assert found is not None and found.ticket.key == "OPS-1", same.fingerprint
    # A note of a group that said nothing of where or of its type rules out no path or type.
    found = best_match(helper, [_noted(unplaced)])
    assert found is not None and found.ticket.key == "OPS-1"


def test_a_site_note_says_service_type_and_in_app_frames_and_survives_jira_s_formats() -> None:
    thrown = group(
        top_frames=(
            StackFrame(function="org.postgresql.core.QueryExecutor.execute", in_app=False),
            StackFrame(function="com.acme.pay.PaymentClient.charge", file="PaymentClient.java"),
            StackFrame(function="<anonymous>"),
            StackFrame(function="com.acme.checkout.CheckoutService.submit"),
        )
    )
    note = site_note(thrown)

    assert note == (
        "Dogcatcher's group `0123456789abcdef`: service `checkout`, type "
        "`java.lang.IllegalStateException`, thrown at `com.acme.pay.PaymentClient.charge`"
        " ← `com.acme.checkout.CheckoutService.submit` (innermost first)."
    )
    assert site_note(group(top_frames=(), error_kind=None)) == (
        "Dogcatcher's group `0123456789abcdef`: service `checkout`."
    )
    sibling = _thrown_along(
        "pay.PaymentClient.charge", "billing.RenewalJob.run", fingerprint="b" * 16
    )
    for back in (
        from_adf(to_adf(f"Matched.\n\n{note}")),
        from_wiki(to_wiki(f"Matched.\n\n{note}")),
    ):
        read = SAID_NOTHING_OF_WHERE.model_copy(
            update={"comments": (Comment(created_at=BASE_TIME, body=back),)}
        )
        assert states(read) == {"site", "kind"}
        assert best_match(sibling, [read]) is None, back
    # A person quoting the line in prose is no note.
    quoted = SAID_NOTHING_OF_WHERE.model_copy(
        update={"comments": (Comment(created_at=BASE_TIME, body=f"Bot says: {note}"),)}
    )
    assert states(quoted) == {"kind"}
    assert best_match(sibling, [quoted]) is not None


def test_a_ticket_a_person_rejected_is_never_matched_again() -> None:
    labels = ("dogcatcher", "service-checkout", rejection_label("0123456789abcdef"))
    rejected = ticket(labels=labels)

    assert best_match(group(), [rejected]) is None
    assert best_match(group(fingerprint="1111111111111111"), [rejected]) is not None


def test_no_candidates_or_a_high_threshold_means_no_match() -> None:
    assert best_match(group(), []) is None
    assert best_match(group(), [ticket()], threshold=1.01) is None


def _log_only(template: str, **update: Any) -> ErrorGroup:
    fields: dict[str, Any] = {"error_kind": None, "top_frames": (), "stack": None}
    return group(template=template, samples=(template.replace("<num>", "3"),), **fields | update)


def test_a_ticket_with_other_forms_of_the_template_s_words_matches() -> None:
    # "lags" for "lagging", "JWTs" for "JWT": people and a reworded log line inflect the
    # same words; without stems and plurals both scored 0.5-0.6, under the threshold.
    reworded = own_ticket(_log_only("consumer lags on partition <num>", fingerprint="f" * 16))
    plural = ticket(
        summary="Checkout: NotBeforeError, expired JWTs rejected at login",
        description="Users are logged out.",
    )

    lagging = best_match(_log_only("consumer lagging on partition <num>"), [reworded])
    expired = best_match(_log_only("jwt expired", error_kind="NotBeforeError"), [plural])

    assert lagging is not None and lagging.ticket.key == reworded.key
    assert expired is not None and expired.ticket.key == plural.key


def _python_group(**update: Any) -> ErrorGroup:
    frames = (
        StackFrame(function="transcode", file="/app/media/video.py"),
        StackFrame(function="transcode_video", file="/app/media/tasks.py"),
    )
    fields: dict[str, Any] = {
        "error_kind": "OSError",
        "template": "[Errno 28] No space left on device: <path>",
        "samples": ("[Errno 28] No space left on device: '/tmp/x.webp'",),
        "services": ("media",),
        "stack": None,
        "top_frames": frames,
    }
    return group(**fields | update)


@pytest.mark.parametrize(
    ("ours", "another"),
    [
        pytest.param("video.py:transcode", "thumbnails.py:render", id="file:function"),
        pytest.param("transcode() in media/video.py", "render() in media/thumbs.py", id="in-file"),
        pytest.param("Video#transcode", "Thumbnails#render", id="ruby"),
        pytest.param("media/video.py::transcode", "media/thumbs.py::render", id="file::function"),
        pytest.param("media/video::transcode", "media/thumbs::render", id="module::function"),
        pytest.param("transcode in video.py", "render in thumbs.py", id="function-in-file"),
        pytest.param("transcode_video in tasks.py", "render_one in thumbs.py", id="code-in-file"),
    ],
)
def test_a_function_named_by_its_file_or_ruby_class_places_the_error(
    ours: str, another: str
) -> None:
    # A sibling thrown elsewhere with the same type and message: only the function the
    # ticket names tells them apart (the file may have moved, so the function decides).
    def named(site: str) -> Ticket:
        return filed_in(
            "media",
            summary=f"media: disk full (errno 28) writing tmp files [OSError at {site}]",
            description=f"No space left on the volume; OSError thrown at {site}.",
        )

    assert similarity(_python_group(), named(ours)) >= 0.65
    assert similarity(_python_group(), named(another)) == 0.0
    # Words before a file that are not written as code, nor after "at", name no function.
    assert similarity(_python_group(), named("disk full, fails in video.py")) >= 0.65


def test_a_ticket_naming_only_the_throw_site_matches() -> None:
    # People name where it was thrown, not every caller: the callers a ticket leaves out
    # say nothing against it (counted as a share of frames, this scored 0.57).
    callers = (
        StackFrame(function="com.acme.checkout.CartController.post", file="CartController.java"),
        StackFrame(function="com.acme.web.RequestRouter.route", file="RequestRouter.java"),
    )
    deep = group(top_frames=group().top_frames + callers)
    person = ticket(
        summary="IllegalStateException @ PaymentClient.charge: checkout broken for some shoppers",
        description="The payment provider 503s.",
    )

    match = best_match(deep, [person])

    assert match is not None and match.ticket.key == person.key


@pytest.mark.parametrize(
    ("template", "summary"),
    [
        pytest.param(
            "deadline exceeded awaiting headers",
            "timed out awaiting headers",
            id="deadline-timed-out",
        ),
        pytest.param(
            "row already exists in ledger_entries",
            "ledger_entries gets a duplicate row",
            id="already-exists-duplicate",
        ),
        pytest.param(
            "cannot identify image file <path>",
            "the thumbnailer can't recognise the image file",
            id="cannot-identify",
        ),
        pytest.param(
            "Service Unavailable from fx-rates",
            "HTTP 503 from fx-rates",
            id="status-says-reason",
        ),
        pytest.param(
            "[Errno 28] No space left on device: <path>",
            "thumbnails fail with Errno 28, the disk is full",
            id="errno-says-message",
        ),
    ],
)
def test_a_ticket_that_says_the_same_in_other_words_matches(template: str, summary: str) -> None:
    # A log line's "deadline exceeded" is a person's "timed out", its "Service Unavailable"
    # a 503, its "No space left on device" errno 28: without the same-meaning groups and
    # the codes' words these scored under the message bar (0.33-0.5).
    logged = _log_only(template, services=("ledger",))
    person = filed_in("ledger", summary=summary, description="Seen since the last deploy.")

    match = best_match(logged, [person])

    assert match is not None and match.ticket.key == person.key


def test_words_that_tell_errors_apart_are_not_the_same() -> None:
    # "refused" and "denied" are two errors of one client, whatever else they share.
    refused = _log_only("connection to <ip> refused", services=("ledger",))
    denied = filed_in("ledger", summary="connection denied", description="Since Monday.")
    same = filed_in("ledger", summary="connection rejected", description="Since Monday.")

    assert best_match(refused, [denied]) is None
    assert best_match(refused, [same]) is not None


def _price_cache_miss() -> ErrorGroup:
    return _thrown_at(
        "Acme.Pricing.PriceCache.Get",
        "/src/Pricing/PriceCache.cs",
        error_kind="System.Collections.Generic.KeyNotFoundException",
        template="The given key '<value>' was not present in the dictionary.",
        services=("pricing",),
    )


@pytest.mark.parametrize(
    "where",
    [
        pytest.param("TaxTable's RateFor method", id="possessive"),
        pytest.param("the TaxTable RateFor method (line 76)", id="class-then-method"),
        pytest.param("the rateFor function", id="the-function"),
        pytest.param("the rate_for method in the tax module", id="the-method-in"),
    ],
)
def test_a_site_named_in_plain_words_places_the_error(where: str) -> None:
    # A manager retelling what an engineer pointed to names the method in words; the
    # ticket is about a sibling thrown elsewhere, not about ours at PriceCache.Get.
    missing = _price_cache_miss()
    sibling = filed_in(
        "pricing",
        summary="Prices not shown: the given key was not present in the dictionary",
        description=f"It shows up as KeyNotFoundException; they pointed me to {where}.",
    )

    assert similarity(missing, sibling) == 0.0


@pytest.mark.parametrize(
    ("kind", "named", "ours"),
    [
        ("ZeroDivisionError", "ZeroDivisionError", True),
        ("ZeroDivisionError", "DivisionByZero", False),
        ("decimal.DivisionByZero", "DivisionByZero", True),
        ("elasticsearch.ApiError", "SoftTimeLimitExceeded", False),
        ("ActiveRecord::RecordInvalid", "RecordNotFound", False),
        ("ActiveRecord::RecordInvalid", "ActiveRecord::RecordInvalid", True),
    ],
)
def test_a_standard_type_without_the_usual_suffix_is_a_type(
    kind: str, named: str, ours: bool
) -> None:
    # decimal's DivisionByZero, Celery's SoftTimeLimitExceeded and Rails' RecordNotFound
    # are exception types though their names end in neither Error nor Exception.
    failing = _thrown_at(
        "aspect_ratio",
        "/app/media/thumbnails.py",
        error_kind=kind,
        template="division by zero",
        services=("media",),
    )
    person = filed_in(
        "media",
        summary=f"Media: {named} in aspect_ratio, division by zero for images of width 0",
        description="Seen since the last deploy.",
    )

    assert (similarity(failing, person) > 0.75) is ours


def test_a_summary_that_is_only_a_type_says_nothing_of_the_message() -> None:
    # An error tracker's issue, titled by its type and service, with links and fields but no
    # message: any of the type's errors explains its summary, so it matches none of them by
    # its summary alone. One word of the message is enough to weigh it again.
    push = _thrown_at(
        "push_stock",
        "/app/inventory/erp.py",
        error_kind="inventory.erp.ErpSyncError",
        template="ERP returned 503 for stock push (warehouse <id>)",
        services=("inventory",),
    )

    def titled(summary: str) -> Ticket:
        return filed_in(
            "inventory",
            summary=summary,
            description="*Service:* inventory | *Env:* production | *Version:* 4.9.6",
        )

    assert similarity(push, titled("inventory.erp.ErpSyncError in inventory")) == 0.0
    assert similarity(push, titled("inventory.erp.ErpSyncError in inventory: stock push")) > 0.5


def _key_not_found(description: str) -> Ticket:
    """A person's ticket about a KeyNotFoundException in pricing."""
    return filed_in(
        "pricing",
        summary="KeyNotFoundException: the given key was not present in the dictionary",
        description=description,
    )


@pytest.mark.parametrize(
    "where", ["PriceCache Get method", "The same method", "Our retry method", "HTTP GET method"]
)
def test_words_before_method_name_a_class_s_method_only_when_they_are_one(where: str) -> None:
    # "PriceCache Get method" is PriceCache.Get, as people who name code in their own words
    # write it; "The same method" and "HTTP GET method" name no class's method.
    person = _key_not_found(f"{where} is throwing it since morning.")

    score = similarity(_price_cache_miss(), person)
    if where.startswith("PriceCache"):
        assert score == 1.0  # names our site
    else:
        assert 0.5 < score < 1.0  # names none, and is not ruled out


@pytest.mark.parametrize(
    ("where", "ours"), [("`Get()` method in `PriceCache`", True), ("`Get()` in `TaxTable`", False)]
)
def test_a_class_written_as_code_is_no_function(where: str, ours: bool) -> None:
    # "in `PriceCache`" reads as a function named in code, but it is our class: the ticket
    # names our site. Another class written so is still another site.
    person = _key_not_found(f"Our logs show `KeyNotFoundException` originating from the {where}.")

    assert (similarity(_price_cache_miss(), person) > 0.75) is ours


@pytest.mark.parametrize(
    ("heading", "ours"),
    [
        ("**Suggested next steps**\n- ", True),
        ("## Recommended actions\n", True),
        ("h3. Proposed fix\n", True),
        ("Fix: ", True),
        ("**Observed behavior**\n", False),
        ("**Next steps**\n- Retry.\n### Observed behavior\n", False),
        ("", False),
    ],
)
def test_code_a_ticket_suggests_using_is_no_throw_site(heading: str, ours: bool) -> None:
    # What to do names the code a fix would use or touch; what happened names where the
    # error was thrown.
    person = _key_not_found(
        f"Seen since Monday.\n{heading}Use `Dictionary.TryGetValue()` in `TaxTable.RateFor`."
    )

    assert (similarity(_price_cache_miss(), person) > 0.5) is ours


@pytest.mark.parametrize(
    ("where", "ours"),
    [
        pytest.param("Acme.Pricing.TaxTable:RateFor", False, id="class-method"),
        pytest.param("pricing.tax_table:rate_for", False, id="module-function"),
        pytest.param("Acme.Pricing.PriceCache:Get.", True, id="ours-at-sentence-end"),
        pytest.param("git.commit.sha:ad1f169", True, id="a-tag-names-nothing"),
    ],
)
def test_a_symbol_named_as_module_colon_name_places_the_error(where: str, ours: bool) -> None:
    # How entry points, job configs and loggers name code: "catalog.importer:parse_row".
    person = _key_not_found(f"The nightly run's log ends with it, from {where}")

    assert (similarity(_price_cache_miss(), person) > 0.0) is ours


def test_the_same_method_names_no_method() -> None:
    missing = _price_cache_miss()
    ours = filed_in(
        "pricing",
        summary="KeyNotFoundException: the given key was not present in the dictionary",
        description="It comes back from the same method every time, PriceCache.Get.",
    )

    match = best_match(missing, [ours])

    assert match is not None and match.ticket.key == ours.key


def test_a_source_file_named_with_its_line_places_the_error() -> None:
    # "@authn.go:243", copied from a trace's top line, names a file as much as "authn.go".
    nil = _thrown_at(
        "router.(*Router).resolve",
        "/app/router/router.go",
        error_kind="panic",
        template="runtime error: invalid memory address or nil pointer dereference",
        services=("gateway",),
    )
    other = filed_in("gateway", summary="panic @authn.go:243, nil ptr deref", description="-")
    ours = filed_in("gateway", summary="panic @router.go:88, nil ptr deref", description="-")

    assert similarity(nil, other) == 0.0
    match = best_match(nil, [ours])
    assert match is not None and match.ticket.key == ours.key


def test_rarity_follows_an_edited_ticket_s_words() -> None:
    # Same key and updated time, new text (a tracker that edits without moving updated):
    # the weights are the new words'.
    before = ticket(summary="disk full on media workers", description="-")
    after = ticket(summary="queue lag on search consumers", description="-")

    rarity([before])

    assert "queue" in rarity([after]) and "disk" not in rarity([after])


def test_a_word_cut_short_counts_as_the_word() -> None:
    # "conn" for "connection": without it the message scores under the bar.
    refused = _log_only("connection refused by <ip>")
    person = ticket(summary="DB conn refused", description="Checkout can't reach it.")

    match = best_match(refused, [person])

    assert match is not None and match.ticket.key == person.key


def test_another_http_reason_phrase_rules_a_ticket_out() -> None:
    # The masking takes the status number; its reason phrase still tells them apart.
    def http(reason: str) -> ErrorGroup:
        message = f"Response status code does not indicate success: <num> ({reason})."
        return group(
            error_kind="System.Net.Http.HttpRequestException",
            template=message,
            samples=(message.replace("<num>", "403"),),
            stack=None,
            fingerprint="f" * 16,
        )

    forbidden, unavailable = http("Forbidden"), http("Service Unavailable")

    assert (
        similarity(forbidden.model_copy(update={"fingerprint": "0" * 16}), own_ticket(forbidden))
        > 0.9
    )
    assert similarity(forbidden, own_ticket(unavailable)) == 0.0


def test_reason_phrase_words_in_prose_are_no_http_status() -> None:
    # "not found" in Prisma's message and "gone" in a person's words are plain English;
    # read as HTTP 404 against HTTP 410 they ruled the ticket out.
    missing = _log_only(
        "Record to update not found.",
        error_kind="PrismaClientKnownRequestError",
        services=("accounts",),
    )
    person = filed_in(
        "accounts",
        summary="PrismaClientKnownRequestError: the record to update is gone",
        description="Updating a profile whose record is gone.",
    )

    match = best_match(missing, [person])

    assert match is not None and match.ticket.key == person.key


@pytest.mark.parametrize(
    ("text", "phrases"),
    [
        ("upstream answered Service Unavailable", {"service unavailable"}),
        ("upstream answered SERVICE UNAVAILABLE", {"service unavailable"}),
        ("HTTP 503 service unavailable", {"service unavailable"}),
        ("the record was not found, it is gone", set()),
        ("a conflict between two writers", set()),
    ],
)
def test_reason_phrases_are_read_as_http_writes_them(text: str, phrases: set[str]) -> None:
    assert {found.lower() for found in _REASON.findall(text)} == phrases


def _thrown_at(function: str, file: str, **update: Any) -> ErrorGroup:
    """A group without a stack trace, thrown at one frame; its sample is its template."""
    sample = update["template"].replace("<num>", "6379")
    frame = StackFrame(function=function, file=file)
    return group(samples=(sample,), stack=None, top_frames=(frame,), **update)


def test_a_service_named_only_in_a_file_path_is_not_named() -> None:
    # "catalog/cache.py" is a package's folder: the ticket names the search service only.
    cache = _thrown_at(
        "get_many",
        "/app/catalog/cache.py",
        error_kind="redis.exceptions.TimeoutError",
        template="Timeout reading from redis-cache:<num>",
        services=("catalog",),
    )
    searchs = ticket(
        summary="Search on-call: reads from redis-cache time out / TimeoutError",
        description="Stack points at catalog/cache.py::get_many.",
        labels=("dogcatcher",),
    )

    assert similarity(cache, searchs) > 0.55
    assert similarity(cache, searchs, other_services=frozenset({"search"})) == 0.0


STACK_THROUGH_SEARCH = """\
Traceback (most recent call last):
  File "/app/search/views.py", line 76, in search
    return get_many(keys)
  File "/app/search/cache.py", line 69, in get_many
    raise TimeoutError(message)
redis.exceptions.TimeoutError: Timeout reading from redis-cache:6379
"""


@pytest.mark.parametrize(
    ("where", "ours"),
    [
        ("Issue in catalog service: reads", False),
        ("Issue in the search svc: reads", True),
        ("Search times out calling the catalog service: reads", True),
    ],
)
def test_the_service_a_ticket_says_the_error_is_in_is_its_service(where: str, ours: bool) -> None:
    # The same helper in two services: "in catalog service" places the error there, though
    # the pasted stack names a function "search"; a service ours calls places nothing.
    cache = _thrown_at(
        "get_many",
        "/app/search/cache.py",
        error_kind="redis.exceptions.TimeoutError",
        template="Timeout reading from redis-cache:<num>",
        services=("search",),
    )
    person = ticket(
        summary=f"{where} from redis-cache time out / TimeoutError",
        description=STACK_THROUGH_SEARCH,
        labels=("dogcatcher",),
    )

    assert (similarity(cache, person, other_services=frozenset({"catalog"})) > 0.5) is ours


def test_a_ticket_whose_stack_has_another_caller_of_our_throw_site_is_another_error() -> None:
    # Grouping tells two callers of one helper apart; so does matching, when the ticket's
    # stack shows its callers. A helper extracted since (a new innermost frame) still
    # matches.
    charge, submit = group().top_frames
    refund = StackFrame(function="com.acme.refunds.RefundService.refund", file="RefundService.java")
    sibling = group(
        fingerprint="e" * 16,
        stack=STACK.replace(
            "com.acme.checkout.CheckoutService.submit(CheckoutService.java:40)",
            "com.acme.refunds.RefundService.refund(RefundService.java:12)",
        ),
        top_frames=(charge, refund),
    )
    helper = StackFrame(function="com.acme.pay.PaymentClient.chargeOnce", file="PaymentClient.java")

    assert similarity(group(), own_ticket(sibling)) == 0.0
    assert similarity(group(top_frames=(helper, charge, submit)), own_ticket(group())) > 0.9


def test_a_pasted_json_event_s_keys_are_no_quoted_names() -> None:
    # "service", "status" and "message" are the pasted event's structure, not names its
    # message quotes: they do not stand against the constraint our template quotes.
    slug = _log_only(
        'duplicate key value violates unique constraint "catalog_product_slug_key"',
        services=("catalog",),
    )
    pasted = filed_in(
        "catalog",
        summary="duplicate key value violates unique constraint catalog_product_slug_key",
        description='```json\n{"service": "catalog", "status": "error", "message": "dup"}\n```',
    )
    other = filed_in(
        "catalog",
        summary="duplicate key value violates unique constraint catalog_product_slug_key",
        description='The log says constraint "catalog_product_sku_key".',
    )

    assert similarity(slug, pasted) > 0.0
    assert similarity(slug, other) == 0.0


def test_a_constraint_named_in_brackets_is_a_quoted_name() -> None:
    # Spring and Hibernate write "constraint [name]": another constraint is another error.
    unique = _log_only(
        "could not execute statement; SQL [n/a]; constraint [invoices_number_key]",
        services=("billing",),
    )

    def said(constraint: str) -> Ticket:
        return filed_in(
            "billing",
            summary="billing: saving an invoice fails with DataIntegrityViolationException",
            description="The log says: could not execute statement; SQL [n/a]; "
            f"constraint [{constraint}]",
        )

    assert similarity(unique, said("invoice_lines_invoice_id_fkey")) == 0.0
    assert similarity(unique, said("invoices_number_key")) > 0.0
    # Other bracketed words (a thread, a level) are not names that tell errors apart.
    thread = filed_in(
        "billing",
        summary="billing: could not execute statement, constraint invoices_number_key",
        description="2026-10-22 [main] ERROR could not execute statement; SQL [n/a]",
    )
    assert similarity(unique, thread) > 0.0


def test_a_site_named_as_a_breadcrumb_places_the_error() -> None:
    # A support bundle names the site "media \u203a thumbnails \u203a render" (U+203A between
    # the parts), sometimes with the line after it.
    render = _log_only(
        "[Errno 28] No space left on device: '<path>'",
        services=("media",),
        error_kind="OSError",
        top_frames=(StackFrame(function="render", file="/app/media/thumbnails.py"),),
    )
    transcode = render.model_copy(
        update={
            "fingerprint": "d" * 16,
            "top_frames": (StackFrame(function="transcode", file="/app/media/video.py"),),
        }
    )

    def said(site: str) -> Ticket:
        return filed_in(
            "media",
            summary="media: the workers' disk is full, No space left on device (Errno 28)",
            description=f"Bundle entry: OSError from {site}.",
        )

    for site in (
        "media \u203a thumbnails \u203a render",
        "thumbnails \u203a render \u203a line 374",
    ):
        assert similarity(render, said(site)) > 0.0, site
        assert similarity(transcode, said(site)) == 0.0, site


def test_a_code_of_several_parts_counts_only_with_its_parts_together() -> None:
    # WMS-117's ticket lists a host ip-10-2-204-17: "wms" and "204" are both in it, but
    # not WMS-204, so it is another code's ticket.
    def rejected(code: str, **update: Any) -> ErrorGroup:
        return _log_only(f"WMS rejected pick list <uuid>: code={code}", **update)

    other = own_ticket(rejected("WMS-117", hosts=("ip-10-2-204-17.eu-west-1.compute.internal",)))

    assert similarity(rejected("WMS-204"), other) == 0.0
    assert similarity(rejected("WMS-117", fingerprint="f" * 16), other) > 0.9


def test_a_value_that_tells_errors_apart_counts_only_as_written() -> None:
    # 'warehouse_id' is a key; "warehouse" in a ticket is another word, not another form.
    key = _thrown_at(
        "map_row",
        "/app/inventory/mapper.py",
        error_kind="KeyError",
        template="'warehouse_id'",
        services=("inventory",),
    )
    bins = filed_in(
        "inventory",
        summary="Unit count of a warehouse bin differs from the expected count",
        description="Only a log line, no exception.",
    )
    ours = filed_in(
        "inventory",
        summary="Inventory: rows without 'warehouse_id' break the sync",
        description="The mapper expects every row to carry it.",
    )

    assert best_match(key, [bins]) is None
    match = best_match(key, [ours])
    assert match is not None and match.ticket.key == ours.key


def test_a_source_file_a_ticket_names_places_the_error() -> None:
    # "the trace points at video.py": the throw site's file is ours, another file is
    # another site; the files of a pasted stack's library frames name nothing.
    def pointing_at(file: str, pasted: str = "") -> Ticket:
        return filed_in(
            "media",
            summary="Media workers: the disk fills up, no space left (errno 28)",
            description=f"Support escalation. The trace points at {file}.{pasted}",
        )

    library = (
        "\n\n```\nTraceback (most recent call last):\n"
        '  File "/usr/lib/python3.11/shutil.py", line 260, in copyfile\n'
        "    fdst.write(buf)\n```"
    )

    assert similarity(_python_group(), pointing_at("media/video.py")) >= 0.65
    assert similarity(_python_group(), pointing_at("the copy", library)) > 0.0
    assert similarity(_python_group(), pointing_at("media/thumbnails.py")) == 0.0


def test_a_reworded_log_line_that_logs_the_same_values_matches_its_old_ticket() -> None:
    # The team rewrote the line; it still records two ids and two counts. Its words alone
    # overlap too little (4 of 9), the values it records make up the difference; values
    # that changed with the wording (Node's JSON.parse message) count neither way.
    count = own_ticket(
        _log_only(
            "Count mismatch in <id> bin <id>: <num> units vs <num> expected", fingerprint="f" * 16
        )
    )
    json_parse = own_ticket(
        _log_only("Unexpected token < in JSON at position <num>", fingerprint="e" * 16)
    )

    mismatch = _log_only("Bin <id> in warehouse <id> reports <num> units, expected <num>")
    parsed = _log_only("Unexpected token <value>, <value>... is not valid JSON")

    # Unweighted: in a pool of one ticket, every word it lacks weighs as the rarest.
    bar = DedupeSettings().similarity_threshold
    assert similarity(mismatch, count) >= bar
    assert similarity(parsed, json_parse) >= bar


def test_an_exception_type_before_a_file_is_not_a_function() -> None:
    # Go's unexported types look like functions: "deadlineExceededError in upstream.go"
    # names the type and the file, not a function none of our frames is.
    deadline = _thrown_at(
        "github.com/acme/gateway/pkg/upstream.(*Pool).RoundTrip",
        "/src/pkg/upstream/upstream.go",
        error_kind="context.deadlineExceededError",
        template="context deadline exceeded",
        services=("gateway",),
    )
    person = filed_in(
        "gateway",
        summary="Gateway: deadlineExceededError in upstream/upstream.go, context deadline hit",
        description="Proxied calls run over their context deadline.",
    )

    assert similarity(deadline, person) >= 0.65


def test_another_named_code_rules_a_ticket_out() -> None:
    # gRPC names its status: code = Unavailable is another error than code = NotFound.
    def grpc(code: str) -> ErrorGroup:
        return _thrown_at(
            "catalogrpc.(*Client).Product",
            "client.go",
            error_kind="*status.Error",
            template=f"rpc error: code = {code} desc = connection error",
            services=("gateway",),
        )

    person = filed_in(
        "gateway",
        summary="gateway: status.Error in Client.Product, catalog replies code = NotFound",
        description="rpc error from the catalog service.",
    )

    assert similarity(grpc("NotFound"), person) >= 0.65
    assert similarity(grpc("Unavailable"), person) == 0.0


def test_data_after_code_is_no_named_code() -> None:
    # "Unsupported currency code: GBX" and "…: EURO" are one error split by a value that
    # looks like a word; a run files it once (fold_similar_creates), so they must match.
    def currency(code: str, fingerprint: str) -> ErrorGroup:
        return _thrown_at(
            "com.acme.billing.Money.parse",
            "Money.java",
            error_kind="java.lang.IllegalArgumentException",
            template=f"Unsupported currency code: {code}",
            fingerprint=fingerprint,
        )

    assert similarity(currency("GBX", "1" * 16), own_ticket(currency("EURO", "2" * 16))) > 0.55


def test_a_function_written_as_code_places_the_error() -> None:
    # "IllegalStateException in `total` (from `submit`)": a function in backticks, and
    # its caller. Ours counts as naming the throw site (0.63 when it did not); another
    # rules the ticket out.
    frames = (
        StackFrame(function="com.acme.cart.Cart.total", file="Cart.java"),
        StackFrame(function="com.acme.checkout.CheckoutService.submit", file="Checkout.java"),
    )

    def naming(named: str) -> Ticket:
        return ticket(
            summary=f"fix(checkout): IllegalStateException {named}, provider 503s",
            description="Orders fail at payment.",
        )

    deep = group(top_frames=frames)
    assert similarity(deep, naming("in `total` (from `submit`)")) >= 0.8
    assert similarity(deep, naming("in `refund` (from `cancel`)")) == 0.0


@pytest.mark.parametrize(
    "field",
    [
        "exception.type: {kind}",  # OpenTelemetry's exception event, pasted as YAML
        '"error.kind": "{kind}"',  # a Datadog event's JSON
        "error_class={kind}",  # a Rails error reporter's key=value line
    ],
)
def test_an_exception_type_stated_in_a_field_is_a_named_type(field: str) -> None:
    # decimal.DivisionByZero has no Error suffix: stated in a field it is still a type,
    # and another type than ours.
    zero = _thrown_at(
        "aspect_ratio",
        "/app/media/thumbnails.py",
        error_kind="ZeroDivisionError",
        template="division by zero",
        services=("media",),
    )

    def stating(kind: str) -> Ticket:
        return filed_in(
            "media",
            summary="media: the aspect ratio step divides by zero for images of 0 width",
            description="Exception event on the span:\n" + field.format(kind=kind),
        )

    assert similarity(zero, stating("decimal.DivisionByZero")) == 0.0
    assert similarity(zero, stating("ZeroDivisionError")) > 0.0


@pytest.mark.parametrize(
    ("tags", "ours"),
    [
        ("/*action='apply_discount',controller='pricing',framework='django'*/", True),
        ("/*action='list_products',controller='views',framework='django'*/", False),
        ("/*application:Catalog,controller:pricing,action:apply_discount*/", True),
        ("/*application:Catalog,controller:views,action:list_products*/", False),
    ],
)
def test_a_site_named_by_a_statement_s_tags_places_the_error(tags: str, ours: bool) -> None:
    # sqlcommenter's and marginalia's tags name the code that sent a statement, as a
    # DBA names a site; their quoted values are code, not values the message quotes.
    discount = _thrown_at(
        "apply_discount",
        "/app/catalog/pricing.py",
        error_kind="TypeError",
        template="unsupported operand type(s) for *: 'NoneType' and 'Decimal'",
        services=("catalog",),
    )
    named = filed_in(
        "catalog",
        summary="catalog TypeError: unsupported operand type(s) for *: NoneType and Decimal",
        description=f"The price column is NULL for the product. The statement: {tags}",
    )

    assert (similarity(discount, named) > 0.0) is ours


def test_a_message_that_is_only_a_value_needs_its_type_or_site() -> None:
    # KeyError's message is the key alone: a ticket about SKUs that names neither the
    # KeyError nor where it is thrown, nor quotes the key, is about another error.
    key = _thrown_at(
        "parse_row",
        "/app/catalog/importer.py",
        error_kind="KeyError",
        template="'sku'",
        services=("catalog",),
    )

    def saying(words: str) -> Ticket:
        return filed_in("catalog", summary=f"catalog: {words}", description="Seen since Oct 17.")

    assert similarity(key, saying("product pages fail for some SKUs, the sku is not found")) == 0.0
    assert similarity(key, saying("KeyError for rows without a sku")) > 0.0
    assert similarity(key, saying("rows without a sku break parse_row")) > 0.0
    assert similarity(key, saying("rows without a 'sku' break the import")) > 0.0


def test_a_constant_named_with_its_namespace_is_no_function() -> None:
    # Chrome's net::ERR_EMPTY_RESPONSE reads like module::function; it names no site, so
    # it cannot place the error elsewhere than the frames the ticket names.
    panic = _thrown_at(
        "router.(*Router).ServeHTTP",
        "/src/router/router.go",
        error_kind="panic",
        template="runtime error: invalid memory address or nil pointer dereference",
        services=("gateway",),
    )
    ticket_ = filed_in(
        "gateway",
        summary="gateway panics: runtime error, invalid memory address or nil pointer "
        "dereference in (*Router).ServeHTTP",
        description="The web app's requests fail with net::ERR_EMPTY_RESPONSE.",
    )

    assert similarity(panic, ticket_) > 0.0


def _priced(**update: Any) -> ErrorGroup:
    """A .NET group thrown in TierResolver.Resolve, called by PriceEngine.ApplyPromotions."""
    frames = (
        StackFrame(function="Acme.Pricing.TierResolver.Resolve", file="TierResolver.cs"),
        StackFrame(function="Acme.Pricing.PriceEngine.ApplyPromotions", file="PriceEngine.cs"),
    )
    fields: dict[str, Any] = {
        "error_kind": "System.InvalidOperationException",
        "template": "Sequence contains no elements",
        "samples": ("Sequence contains no elements",),
        "services": ("pricing",),
        "stack": None,
        "top_frames": frames,
    }
    return group(**fields | update)


@pytest.mark.parametrize(
    "where",
    [
        "logger Acme.Pricing.TierResolver",  # a logger's category ends in our class
        "first app frame TierResolver.Resolve in TierResolver.cs:line 41",  # .NET's ":line N"
    ],
)
def test_a_class_named_with_its_namespace_or_a_file_s_line_is_no_other_site(where: str) -> None:
    def naming(site: str) -> Ticket:
        return filed_in(
            "pricing",
            summary="pricing: InvalidOperationException, sequence contains no elements",
            description=f"The pods log it ({site}) since Oct 17.",
        )

    assert similarity(_priced(), naming(where)) > 0.0
    # Another class's method still places the error elsewhere.
    assert similarity(_priced(), naming("thrown in Acme.Pricing.TaxTable.RateFor")) == 0.0


def test_a_quoted_log_level_is_no_quoted_name() -> None:
    # jq's .LogLevel=="Error" is the log's structure; another quoted name ('customer' for
    # our 'invoice') would be another error.
    npe = _thrown_at(
        "com.acme.billing.InvoiceCalculator.sumLines",
        "InvoiceCalculator.java",
        error_kind="java.lang.NullPointerException",
        template='Cannot invoke "Invoice.getTotal()" because "invoice" is null',
        services=("billing",),
    )

    def pasted(filter_: str) -> Ticket:
        return filed_in(
            "billing",
            summary="billing: NullPointerException, Cannot invoke getTotal() because invoice "
            "is null",
            description=f"$ kubectl logs billing-7d9c | jq 'select({filter_})'",
        )

    assert similarity(npe, pasted('.LogLevel=="Error"')) > 0.0
    assert similarity(npe, pasted('.field=="customer"')) == 0.0


def test_an_anonymous_throw_site_is_named_by_no_ticket() -> None:
    # V8's "at <anonymous> (summary.js:12)": an anonymous callback has no name to compare.
    # Its caller is the first site a ticket can name; before, a ticket in our service that
    # named any function raised IndexError, and every ticket "named" the anonymous site.
    anonymous = group(
        error_kind="TypeError",
        template="Cannot read properties of undefined (reading 'total')",
        services=("web",),
        stack=None,
        top_frames=(
            StackFrame(function="<anonymous>", file="/app/src/checkout/summary.js"),
            StackFrame(function="renderSummary", file="/app/src/checkout/summary.js"),
        ),
    )

    def saying(where: str) -> Ticket:
        return filed_in(
            "web",
            summary="TypeError: Cannot read properties of undefined (reading 'total')",
            description=f"The checkout summary page crashes{where}.",
        )

    assert similarity(anonymous, saying(" in the formatPrice function")) == 0.0
    assert similarity(anonymous, saying(" in the renderSummary function")) == 1.0
    # Naming no site leaves the frames' share unearned, as for any other group.
    assert 0.5 < similarity(anonymous, saying("")) < 1.0


# What a failing test run pastes into a ticket: the runner's report, with the service's
# log line the harness attached.
PYTEST_RUN = """\
Failing test: `tests/api/test_checkout.py::test_pays_order` (pytest-api #7780)
- run alone: `pytest tests/api/test_checkout.py -k test_pays_order`
____________________ test_pays_order ____________________
tests/api/test_checkout.py:130: in test_pays_order
    assert resp.status_code < 300, resp.text
E   AssertionError: {"error":"payment failed"}
------------------------------ Captured log call ------------------------------
ERROR    qa.server_log:server_log.py:58 checkout server log for this test:
payment provider answered 503 for order 41
"""
JUNIT_RUN = """\
Failing test: `CheckoutIT.paysOrder`, run alone with `mvn verify -Dit.test=CheckoutIT#paysOrder`
[ERROR] com.acme.qa.CheckoutIT.paysOrder -- Time elapsed: 29.2 s <<< FAILURE!
org.opentest4j.AssertionFailedError: expected: <200> but was: <500>
\tat com.acme.qa.CheckoutIT.paysOrder(CheckoutIT.java:44)
[INFO] checkout server log for this test:
payment provider answered 503 for order 41
"""
SDK_CALL = """\
SDK: acme-python 2.8.0 on Python 3.11
Our call `client.orders.pay(order_id)` raises acme.APIStatusError: Error code: 500 - \
{'error': {'code': 'internal_error'}}; the Ruby worker gets Acme::APIError (500) and the \
.NET one Acme.Sdk.Client.ApiException.
Your support said the payment provider answered 503 for order 41.
"""
AIRFLOW_RUN = """\
[2026-10-09, 01:44:54 UTC] {taskinstance.py:2170} INFO - Starting attempt 4 of 4
[2026-10-09, 01:45:28 UTC] {http.py:207} ERROR - HTTP error: Internal Server Error
requests.exceptions.HTTPError: 500 Server Error: Internal Server Error for url: http://checkout.internal/api/checkout/orders
airflow.exceptions.AirflowException: 500:Internal Server Error
[2026-10-09, 01:45:28 UTC] {taskinstance.py:1149} INFO - Marking task as FAILED.
From the checkout team's logs: payment provider answered 503 for order 41
"""
PLAYWRIGHT_RUN = """\
Failing test: `checkout.spec.ts \u203a checkout \u203a pays the order` (playwright #512)
    Error: expect(received).toBe(expected)
    Expected: 200
    Received: 500
        at payOrder (/repo/e2e/checkout.spec.ts:42:27)
        at /repo/e2e/checkout.spec.ts:18:5
checkout server log for this test:
payment provider answered 503 for order 41
"""


def test_an_api_client_s_error_is_the_service_s_own_when_it_threw_it() -> None:
    # A service that calls an API throws its client's error type (elasticsearch.ApiError);
    # naming it is naming the group's type, and another type of the service's still rules
    # the ticket out.
    search = _thrown_at(
        "query",
        "/app/search/client.py",
        error_kind="elasticsearch.ApiError",
        template="ApiError(<num>, 'search_phase_execution_exception')",
        services=("checkout",),
    )

    def saying(kind: str) -> Ticket:
        return ticket(
            summary=f"Search: {kind}, search_phase_execution_exception on every query",
            description="Seen since the index was rebuilt.",
        )

    assert similarity(search, saying("elasticsearch.ApiError")) > 0.75
    assert similarity(search, saying("ApiError")) > 0.75
    assert similarity(search, saying("ConnectionTimeout")) == 0.0


@pytest.mark.parametrize(
    "run",
    [PYTEST_RUN, JUNIT_RUN, PLAYWRIGHT_RUN, AIRFLOW_RUN, SDK_CALL],
    ids=["pytest", "junit", "playwright", "airflow", "sdk"],
)
def test_what_a_caller_s_run_names_is_not_where_the_service_threw(run: str) -> None:
    # A ticket filed from a failing test, a pipeline task or a partner's SDK call names the
    # caller's code (the test's function, class and file, a Jest or Playwright spec file's
    # frames, the scheduler's logging location) and the caller's exception types
    # (AssertionError, AirflowException, requests' HTTPError, an SDK's APIStatusError or
    # ApiException). None of it is another site or another type of the service's error: all
    # of it was ruled out.
    summary = "[E2E] checkout fails: the payment provider answers 503 (IllegalStateException)"
    caller = ticket(summary=summary, description=run)

    assert similarity(group(), caller) >= 0.75
    # Without our type, the caller's type is still no other one: the message matches.
    untyped = ticket(
        summary="[E2E] checkout fails: the payment provider answers 503", description=run
    )
    assert similarity(group(), untyped) > 0.5
    # The caller's names excuse nothing else: another site the service's own stack names
    # still rules the ticket out, and so does a type of the service's own named instead of
    # ours.
    refund = run + "\tat com.acme.pay.RefundClient.refund(RefundClient.java:12)\n"
    assert similarity(group(), ticket(summary=summary, description=refund)) == 0.0
    other_kind = summary.replace("IllegalStateException", "carrier.HTTPError")
    assert similarity(group(), ticket(summary=other_kind, description=run)) == 0.0


def test_a_file_a_log_line_was_logged_in_places_the_error_only_when_it_is_ours() -> None:
    # "[PaymentClient.java:88]" is where a pasted line was logged: ours places the error,
    # another (a scheduler's, a middleware's) says nothing against it.
    def logged_in(file: str) -> Ticket:
        return ticket(
            summary="Checkout: IllegalStateException, payment provider answered 503",
            description=f"2026-10-09 01:44:54 ERROR [{file}:88] payment provider answered 503",
        )

    assert similarity(group(), logged_in("PaymentClient.java")) == 1.0
    assert 0.75 <= similarity(group(), logged_in("RequestLogger.java")) < 1.0
    # Named in prose, another file is another site.
    assert similarity(group(), ticket(description="Thrown in RequestLogger.java.")) == 0.0


def test_our_log_line_pasted_with_another_word_is_another_error_s() -> None:
    # "carrier dhl responded 502" is a sibling's line where ours says "ups": grouping keeps
    # them apart, and so does matching.
    ups = _thrown_at(
        "github.com/acme/shipping/internal/carrier.(*UPS).Quote",
        "/src/internal/carrier/ups.go",
        error_kind="*carrier.HTTPError",
        template="carrier ups responded 502 for quote <id>",
        services=("checkout",),
    )

    def pasting(line: str) -> Ticket:
        return ticket(
            summary="Shipping quotes fail with carrier.HTTPError, the carrier answers 502",
            description=f"From the service log:\n{line}",
        )

    assert similarity(ups, pasting("carrier ups responded 502 for quote SHP3935736292")) > 0.8
    assert similarity(ups, pasting("carrier dhl responded 502 for quote SHP3935736292")) == 0.0
    # Retold without the carrier's name, the line is no other carrier's: not ruled out.
    assert similarity(ups, pasting("the carrier responded with a 502 for a quote")) > 0.5


def test_a_value_left_in_our_line_that_the_ticket_also_gives_is_no_other_line() -> None:
    # "Unsupported currency code: GBX" keeps its value; a ticket listing XBT, RMB and GBX
    # and pasting the line for USD is about all of them, ours among them.
    gbx = group(
        template="Unsupported currency code: GBX", samples=("Unsupported currency code: GBX",)
    )

    def listing(codes: str) -> Ticket:
        return ticket(
            summary=f"Checkout: IllegalStateException, currency codes {codes} are rejected",
            description="Seen in PaymentClient.charge:\nUnsupported currency code: usd",
        )

    assert similarity(gbx, listing("XBT, RMB, GBX")) > 0.75
    assert similarity(gbx, listing("XBT, RMB")) == 0.0


def test_a_playwright_test_title_is_no_breadcrumb() -> None:
    # Playwright writes a test's title path with the breadcrumb's angle quotation mark:
    # "checkout.spec.ts \u203a checkout \u203a pays the order" names the test, not a
    # "checkout" class's "pays" method. A breadcrumb to another site still rules out.
    def saying(where: str) -> Ticket:
        return ticket(
            summary="Checkout: IllegalStateException, payment provider answered 503",
            description=where,
        )

    title = "Failing test: `checkout.spec.ts \u203a checkout \u203a pays the order`"
    assert similarity(group(), saying(title)) >= 0.75
    assert similarity(group(), saying("checkout \u203a RefundClient \u203a refund")) == 0.0


def test_an_http_status_a_caller_got_is_no_other_code_of_the_service_s() -> None:
    # errno 111 tells our error apart; the 500 a test got back from the service, with its
    # reason phrase, and "2xx" are HTTP statuses, no other errno. Another errno still is.
    refused = _thrown_at(
        "query",
        "/app/search/client.py",
        error_kind="requests.exceptions.ConnectionError",
        template="Failed to establish a new connection: [Errno 111] Connection refused",
        services=("checkout",),
    )

    def saying(what: str) -> Ticket:
        return ticket(
            summary="Search: ConnectionError, the connection is refused",
            description=f"expected: 2xx\nactual: {what}",
        )

    assert similarity(refused, saying("500 Internal Server Error, connection refused")) >= 0.75
    assert similarity(refused, saying("[Errno 113] No route to host, connection refused")) == 0.0


def test_a_runtime_named_with_js_is_no_source_file() -> None:
    # "on Node.js 20" names the runtime a caller runs, not a file Node.js our error was
    # thrown in; a file of another name still places the error elsewhere.
    def running(where: str) -> Ticket:
        return ticket(description=f"The payment provider answered 503; {where}.")

    assert similarity(group(), running("our SDK 4.2.1 runs on Node.js 20")) >= 0.75
    assert similarity(group(), running("thrown in refund.js")) == 0.0


@pytest.mark.parametrize(
    ("description", "stated"),
    [
        ("Checkout fails when the payment provider answers 503.", set()),
        ("Checkout fails with an IllegalStateException.", {"kind"}),
        ("Checkout fails in CheckoutService.submit.", {"site"}),
        ("Thrown in checkout_service.py, checkout fails.", {"site"}),
        (
            "IllegalStateException: payment declined\n"
            "    at com.acme.checkout.CheckoutService.submit(CheckoutService.java:88)",
            {"site", "kind"},
        ),
    ],
)
def test_what_a_ticket_states_of_what_tells_siblings_apart(
    description: str, stated: set[str]
) -> None:
    # The benchmark counts the false matches on a sibling's ticket that states neither where
    # its error was thrown nor its type: nothing in its text tells the two errors apart.
    written = ticket(summary="Checkout fails for some orders", description=description)
    assert states(written) == stated


def test_a_method_that_ends_a_sentence_is_named() -> None:
    # The full stop after "RefundService.reverse." ends the sentence; it does not go on to a
    # namespace's next part (Acme.Pricing.TierResolver), so the method places the error.
    def seen_in(where: str) -> Ticket:
        return ticket(
            summary="Checkout: IllegalStateException, the payment provider answered 503",
            description=f"Checkout fails for some orders. {where}",
        )

    assert similarity(group(), seen_in("Seen in RefundService.reverse.")) == 0.0
    assert similarity(group(), seen_in("Seen in RefundService.reverse today")) == 0.0
    assert similarity(group(), seen_in("Seen in PaymentClient.charge.")) >= 0.75
    assert similarity(group(), seen_in("Seen in com.acme.pay.PaymentClient.charge.")) >= 0.75


# A service pip-installed as a wheel: its frames sit in site-packages next to SQLAlchemy's.
WHEEL_STACK = """\
Traceback (most recent call last):
  File "/opt/venv/lib/python3.11/site-packages/orders_api/views.py", line 40, in create
    return service.{site}(payload)
  File "/opt/venv/lib/python3.11/site-packages/orders_api/service.py", line 88, in {site}
    session.flush()
  File "/opt/venv/lib/python3.11/site-packages/sqlalchemy/orm/session.py", line 4312, in flush
    self._flush(objects)
sqlalchemy.exc.IntegrityError: duplicate key value violates unique constraint "orders_pkey"
"""


def test_a_pasted_stack_is_read_by_the_frame_rules_the_group_was_grouped_by() -> None:
    rules = FrameRules(app=("site-packages/orders_api/",))
    raw = datadog_event(
        1,
        kind="sqlalchemy.exc.IntegrityError",
        message='duplicate key value violates unique constraint "orders_pkey"',
        stack=WHEEL_STACK.format(site="place"),
        service="orders",
    )
    (placed,) = group_events([LogEvent.from_datadog(raw)], frame_rules=rules)

    def pasted(site: str) -> Ticket:
        return filed_in(
            "orders",
            summary="Orders: IntegrityError on orders_pkey",
            description="Creating orders fails:\n\n" + WHEEL_STACK.format(site=site),
        )

    # The team's rules make orders_api's frames the throw site, in the group and in a
    # person's paste alike: a paste thrown in service.cancel is another error's.
    assert similarity(placed, pasted("cancel"), frame_rules=rules) == 0.0
    assert similarity(placed, pasted("place"), frame_rules=rules) > 0.0
    match = best_match(placed, [pasted("cancel")], frame_rules=rules)
    assert match is None
