"""Seeded generator of the labeled dedupe set: does this error group already have ticket X?

Thirty-five splits, built alike from thirty-five seeds: ``tests/data/dedupe/{dev,test,
holdout,fresh,blind,sixth,seventh,eighth,ninth,tenth,eleventh,twelfth,thirteenth,fourteenth,
fifteenth,sixteenth,seventeenth,eighteenth,nineteenth,twentieth,twentyfirst,twentysecond,
twentythird,twentyfourth,twentyfifth,twentysixth,twentyseventh,twentyeighth,twentyninth,
thirtieth,thirtyfirst,thirtysecond,thirtythird,thirtyfourth,thirtyfifth}.jsonl``.
Besides the seed, the splits differ in the phrasing bank people's tickets are written from
(summaries, descriptions, paraphrases of each message, how the code is named, how a log or trace
is pasted), each bank written as another person would, and in the helper names a refactor
introduces. Each bank after dev's was written without looking at the matcher, and its split
held out until its first run; the first eight, ``twelfth`` to ``sixteenth``, ``eighteenth``,
``twentieth``, ``twentyfirst``, ``twentysecond``, ``twentyfourth``, ``twentyfifth``,
``twentyseventh``, ``twentyeighth``, ``thirtieth``, ``thirtyfirst``, ``thirtysecond`` and
``thirtythird`` have been tuned on since, ``ninth``, ``tenth``, ``eleventh``, ``seventeenth``,
``nineteenth``, ``twentythird``, ``twentysixth``, ``twentyninth``, ``thirtyfourth`` and
``thirtyfifth`` have not.
A change to the matcher needs a new bank and split to be measured honestly.

Format (JSON Lines). The first line is the split's ticket pool, every later line a case::

    {"pool": "dev", "project": "TEST", "tickets": [<Ticket JSON>, ...]}
    {"id": "dev-001", "kind": "paraphrased", "error": "j-npe-invoice", "lang": "java",
     "how": "helper", "evidence": "thin", "group": <ErrorGroup JSON>, "match": "TEST-131"}
    {"id": "dev-002", "kind": "tempting-non-match", "error": "n-axios-404", "lang": "node",
     "how": "current", "siblings": {"TEST-207": ["kind", "message"]}, "group": ..., "match": null}

The candidates of every case are the whole pool: all open Dogcatcher tickets of the
project, as ``Tracker.candidates()`` returns them. ``match`` is the key of the ticket about
the case's error, or null when the pool holds none. ``kind`` is one of:

- ``own-refingerprinted``: the ticket was filed by Dogcatcher for the same error under
  another fingerprint, which its ``dc-`` label still carries. ``how`` says what changed
  since: ``moved`` (a refactor moved the code: Java/.NET namespace, Python src layout, Go
  package, Rails pack, Next.js app folder), ``helper`` (the throw site was extracted into a
  helper, a new innermost frame), ``reworded`` (a runtime or library upgrade, or the team,
  changed the message: Java's helpful NPE text, Node's TypeError wording, pydantic v2, a
  log line rewritten), ``fragment`` (the grouper split the error by a value: a currency
  code, a slug), ``regrouped`` (an earlier Dogcatcher fingerprinted fewer stack frames).
- ``paraphrased``: a person filed the ticket, or rewrote Dogcatcher's; it still carries
  the ``dogcatcher`` label. ``evidence`` says how much it holds: ``thin`` (exception name,
  method and a paraphrase of the message), ``log`` (plus a pasted sanitized log line),
  ``stack`` (plus a few stack lines), ``rewritten`` (Dogcatcher's description trimmed,
  with a person's summary and note, and the old ``dc-`` label). ``how`` is ``current``
  when the error did not change since, else what changed (as above).
- ``tempting-non-match``: no ticket, but a near-miss sibling has one. ``siblings`` maps
  their keys to what sets each apart: ``service``, ``kind`` (exception type), ``site``
  (throw site and callers), ``message`` (another status, code, key or column).
- ``unrelated``: no ticket, and nothing similar in the pool.

Labels come from construction, never from a matcher: each error (a template of
``bench/grouping_corpus.py``, or an error spec of ``dogcatcher.sample_data``; the two never
describe one error, as their errors differ in throw site, message or type even where a
service name recurs) gets at most one ticket in the pool, so the case's ticket is the one
about its error. Errors, events, groups and Dogcatcher's own tickets are made by
the run's own code: events are parsed, sanitized and grouped (``group_events``), and
Dogcatcher's tickets are drafted by ``RuleAnalyzer`` and ``draft_ticket`` under the
``testing`` profile. Two errors are siblings when they look alike (see ``siblings``: an
exception type and a similar message, or three of service, type, message and throw site,
or a service and a similar message or the innermost frame; plain log lines, a similar
message); a family is a set of errors linked by siblings. A family is either left
without tickets (its errors make ``unrelated`` cases) or has some of its errors ticketed
(those make positive cases, the others ``tempting-non-match`` cases). No case's group has
a fingerprint that a pool ticket's ``dc-`` label carries: such a group is found by its
label, never by similarity.

Regenerate all splits (``--split NAME`` for one), from the repository root, with exactly::

    .venv/bin/python bench/dedupe_corpus.py
"""

from __future__ import annotations

import argparse
import base64
import itertools
import json
import random
import re
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from grouping_corpus import TEMPLATES, Template, generate

from dogcatcher.analysis import RuleAnalyzer
from dogcatcher.grouping import group_events
from dogcatcher.models import ErrorGroup, LogEvent, StackFrame
from dogcatcher.sample_data import SERVICES, generate_events
from dogcatcher.sanitize import sanitize_events
from dogcatcher.settings import Settings, load_settings
from dogcatcher.ticketing import draft_ticket, render_occurrence_comment
from dogcatcher.trackers import DOGCATCHER_LABEL, Comment, Ticket, fingerprint_label

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "dedupe"
KINDS = ("own-refingerprinted", "paraphrased", "tempting-non-match", "unrelated")
POSITIVE_KINDS = frozenset(KINDS[:2])
SAMPLE_EVENTS = 3000  # of dogcatcher.sample_data: its 44 errors, more of the project's tickets
_PHONE_CUT = 120  # where the twelfth style's person's pasted lines end (an alert's preview)


@dataclass(frozen=True)
class SplitSpec:
    """What makes a split: its seed and which phrasing bank (0 to 34) its people use: one
    per split, each written by another person."""

    name: str
    seed: int
    style: int

    @property
    def path(self) -> Path:
        """Where the split is written."""
        return DATA / f"{self.name}.jsonl"


SPLITS: dict[str, SplitSpec] = {
    "dev": SplitSpec("dev", 101, 0),
    "test": SplitSpec("test", 202, 1),
    "holdout": SplitSpec("holdout", 303, 2),
    "fresh": SplitSpec("fresh", 404, 3),
    "blind": SplitSpec("blind", 505, 4),
    "sixth": SplitSpec("sixth", 606, 5),
    "seventh": SplitSpec("seventh", 707, 6),
    "eighth": SplitSpec("eighth", 808, 7),
    "ninth": SplitSpec("ninth", 909, 8),
    "tenth": SplitSpec("tenth", 1010, 9),
    "eleventh": SplitSpec("eleventh", 1111, 10),
    "twelfth": SplitSpec("twelfth", 1212, 11),
    "thirteenth": SplitSpec("thirteenth", 1313, 12),
    "fourteenth": SplitSpec("fourteenth", 1414, 13),
    "fifteenth": SplitSpec("fifteenth", 1515, 14),
    "sixteenth": SplitSpec("sixteenth", 1616, 15),
    "seventeenth": SplitSpec("seventeenth", 1717, 16),
    "eighteenth": SplitSpec("eighteenth", 1818, 17),
    "nineteenth": SplitSpec("nineteenth", 1919, 18),
    "twentieth": SplitSpec("twentieth", 2020, 19),
    "twentyfirst": SplitSpec("twentyfirst", 2121, 20),
    "twentysecond": SplitSpec("twentysecond", 2222, 21),
    "twentythird": SplitSpec("twentythird", 2323, 22),
    "twentyfourth": SplitSpec("twentyfourth", 2424, 23),
    "twentyfifth": SplitSpec("twentyfifth", 2525, 24),
    "twentysixth": SplitSpec("twentysixth", 2626, 25),
    "twentyseventh": SplitSpec("twentyseventh", 2727, 26),
    "twentyeighth": SplitSpec("twentyeighth", 2828, 27),
    "twentyninth": SplitSpec("twentyninth", 2929, 28),
    "thirtieth": SplitSpec("thirtieth", 3030, 29),
    "thirtyfirst": SplitSpec("thirtyfirst", 3131, 30),
    "thirtysecond": SplitSpec("thirtysecond", 3232, 31),
    "thirtythird": SplitSpec("thirtythird", 3333, 32),
    "thirtyfourth": SplitSpec("thirtyfourth", 3434, 33),
    "thirtyfifth": SplitSpec("thirtyfifth", 3535, 34),
}

# ---------------------------------------------------------------------------- paraphrases
# How a person would put each error's message in a ticket: (dev phrasing, test phrasing, holdout
# phrasing, fresh phrasing, blind phrasing, sixth phrasing, seventh phrasing, eighth phrasing, ninth
# phrasing, tenth phrasing, eleventh phrasing, twelfth phrasing, thirteenth phrasing, fourteenth
# phrasing, fifteenth phrasing, sixteenth phrasing, seventeenth phrasing, eighteenth phrasing,
# nineteenth phrasing, twentieth phrasing, twentyfirst phrasing, twentysecond phrasing, twentythird
# phrasing, twentyfourth phrasing, twentyfifth phrasing, twentysixth phrasing, twentyseventh
# phrasing, twentyeighth phrasing, twentyninth phrasing, thirtieth phrasing, thirtyfirst phrasing,
# thirtysecond phrasing, thirtythird phrasing, thirtyfourth phrasing, thirtyfifth phrasing),
# each written as another person would; the eleventh's is a QA engineer's "<what breaks> when
# <condition>", the twelfth's an on-call engineer's, typed on a phone mid-incident: terse,
# lowercase, abbreviated (svc, req, db, conn, w/, b/c, prob, tx); the thirteenth's an engineering
# manager's, written up after the weekly incident review: a full sentence, the business impact first
# ("Customers could not ...", "Finance reports were delayed ..."), then the cause as the engineers
# explained it ("because ..."); the fourteenth's a contractor's, new to the codebase, telling what
# they found reading the code and the logs: a plain clause ("the ... is null by the time ...", "...
# gets refused"), often hedged ("seems to", "maybe", "I think", "I guess"); the fifteenth's a data
# engineer's, who files what they see while checking batch job runs: matter-of-fact, in terms of
# runs, rows, batches, retries and what happens downstream ("... fail the import one record at a
# time", "... on every retry, conversions don't happen"); the sixteenth's a mobile app engineer's,
# who reports the backend errors the app runs into: what the user sees on which screen, the status
# the app got back, then what the backend's logs or trace showed, casual but precise, "BE" for the
# backend and "app" for their side ("... screen 500s, BE hits a null ...", "... in the app are old,
# the feed answers BE with 403 Forbidden"); the seventeenth's a senior backend engineer's, who owns
# the service and writes for their own team: the likely root cause, dense and technical, in the
# terms they think in (isolation level, pool size, keep-alive, backoff, idempotency), a hypothesis
# where the log cannot say ("... isn't atomic, concurrent creates collide on ...", "... outruns undo
# retention: ORA-01555 ..."), each with a one-line fix in _FIXES; the eighteenth's a security and
# compliance reviewer's, who goes through the production error logs for the audit's monitoring
# control and files each error as a finding: the class of weakness or control first ("unchecked
# null:", "input validation:", "dependency availability:", "resource exhaustion:", "access
# control:"), then what they observed, in neutral, formal terms, noting where it touches integrity,
# access or personal data; the nineteenth's a release manager's, who writes up the error a canary
# tripped on after rolling a service back: what is broken, in plain present-tense ops words ("...
# broken -", "... fails, ...", "... falls over on ..."), then the cause as the service's developer
# told them, short, the status or code they were shown kept; the twentieth's a technical account
# manager's, who escalates a customer's support case to engineering: what the customer's account
# runs into, in plain words about "their" invoices, shoppers or uploads, then, after a semicolon,
# what is going on "on our side" as the engineer they looped in read it ("... fail to save; on our
# end two creates pick the same ..."), the customer's own words quoted beside it from
# _CUSTOMER_WORDS; the twentyfirst's a database administrator's, on the platform team's error-triage
# rotation, who reads every error from the database side: what the row, session, transaction, lock,
# pool or query was doing (a NULL column, a row that isn't there, sessions idle in transaction, two
# sessions waiting on each other's locks, the SQLSTATE), and for the errors that never reach a
# database, says so ("no DB error here:", "not a DB call:", "nothing on the database side", "in
# memory only") and tells it in terms of the data the app had or lacked; the twentysecond's an
# observability engineer's, who works from distributed traces and files what they find in the
# tracing UI: which span goes red or ends in error and what exception event it records, client spans
# to another service and what status they come back with ("client span to fx-rates comes back HTTP
# 500 ...", "... span runs out its deadline"), and for what has no trace, what the error logs, pod
# events or lag metrics show; the twentythird's a developer's, who follows the error to the code on
# the code host and files it the way they would open an issue there: what the code does wrong, in
# the code's own terms, the identifiers, values and codes in markdown code spans ("`invoice` can be
# null there and `getTotal()` is called on it without a check ...", "... the
# `HttpServerErrorException` goes straight up to our caller", "... `save!` fails `Points must be
# greater than or equal to 0` ..."), often with what is missing (no null check, no retry, no schema
# check, not idempotent), each with a checklist item in _TODOS; the twentyfourth's a frontend web
# engineer's, who meets the backend's errors from the browser and files what the web app hit: the
# page, form, modal or list that breaks and how (a spinner that never stops, a generic error toast,
# an empty picker, a stale column), the request's status as the Network tab shows it, sometimes what
# the response body said, then, after a semicolon, what the backend's logs said when they or the
# backend team looked it up ("... the convert request hangs then 500s; BE's call to fx-rates
# /v1/rates hit a read timeout", "... come back 404; BE can't find a Member with that id"), casual
# but precise, "BE" for the backend, "our" for the web app's side; what the browser got back is in
# _RESPONSES; the twentyfifth's a Kubernetes platform engineer's, who notices errors while looking
# at workloads (restarts, a noisy pod, a rollout) and files what the container logs say, read
# through kubectl: the line's own words, plainly, and the cluster's side only where it fits the
# error (a Service without ready endpoints, a name the pods can't resolve, an expired certificate,
# OOMKilled containers, a node's full ephemeral storage, CPU throttling), never a guess at the code
# ("app container logs an NPE for getTotal() on a null invoice ...", "cms.internal doesn't resolve
# from inside the pods ..."); what the pods themselves show is in _POD_SIGNS; the twentysixth's a
# product manager's, who files bugs from user reports and dashboards: plain words first, which
# feature or user journey breaks for whom ("some members can't redeem points", "'Add to cart' spins
# and then fails"), then, after a semicolon, what the service's engineer told them in Slack,
# loosely, by first name ("Sam says ...", "Priya says ..."), or "eng says" where the error's
# templates span services, the status, code or key they were told kept; who that engineer is, and
# the product area and its users, are in _PRODUCT; the twentyseventh's a QA / test automation
# engineer's, who files from a failing end-to-end or integration test run: what the test's data or
# run did and what came back, in test terms (a fixture, a seeded customer, the suite running in
# parallel, "the test expects 404"), then what the server log the harness attached says ("... make
# the line sum call getTotal() on null (NPE in the server log)", "... fails SearchRequest validation
# (le 100) and comes back as a server error"); the suite, the test and the CI job are in _QA_SUITES
# and _CALLERS; the twentyeighth's a data engineer's, whose batch pipelines (Airflow DAGs feeding
# dbt models) call the services and who sees their errors second-hand: which of the records, rows or
# calls their task sends fail ("we", "our batch", "our extract"), then what the service's log or
# team says behind it ("records whose invoice isn't loaded error out; billing's log shows getTotal()
# called on a null invoice ...", "rows we resend with a tracking number that's already stored fail
# shipments_tracking_no_key (23505)"); the DAG, the task and the model are in _PIPELINES and
# _CALLERS; the twentyninth's a performance engineer's, who runs load tests against staging (k6,
# Gatling, Locust) and files what failed under load: which requests fail or what the service did
# while the load ran, in terms of requests, rates, users and the data the scenario sends ("close
# requests for customers seeded without an address 500 ...", "past ~150 concurrent users the
# due-today list requests time out waiting for a Hikari pool connection ..."), then what the
# service's log they pulled for the run window says; the scenario, the tool and the request it
# drives are in _LOAD_TESTS, and which errors only show under load in _UNDER_LOAD; the thirtieth's a
# partner's integration developer, at a customer company whose application calls the public API
# through our SDK, filing through the partner support portal: what their integration sees ("we",
# "our"), the status and error code the API answers, an outcome that never arrives, what the docs
# made them expect, then what "your support" told them of the cause ("closing invoices for our
# customers who have no address on file fails with 500; support says the tax country can't be found
# ..."); the partners, their SDKs and the SDK's calls are in _PARTNERS, _SDKS and _SDK_CALLS; the
# thirtyfirst's a backend engineer's on an offshore team that took over the service's maintenance,
# whose first language is not English, filing in the team's shared English Jira: clear but
# non-native, articles dropped, progressive and "getting" forms ("invoice object is coming null",
# "is giving 503", "getting Read timed out"), the circumstance first ("while creating invoice, ...",
# "during reconcile, ..."), "the same" as a pronoun, technical and keeping what identifies the error
# (the exception, status, code, key, constraint), in their own words rather than the log's ("... is
# throwing ConcurrentModificationException, map is modified during iteration only"); the
# thirtysecond's a mid-level engineer's, who drafts tickets with an AI writing assistant and pastes
# the result into Jira with light edits: polished and generic, as a language model writes, a tidy
# descriptive clause that serves as a title ("null invoice reference causes the line total
# calculation to fail when `getTotal()` is invoked"), hedged where the cause is a guess ("likely
# due to ...", "which suggests ...", "possibly ..."), vocabulary such as "intermittently",
# "unexpected", "gracefully", "indicating", keeping what identifies the error (the exception,
# status, code, key, constraint, method) in the assistant's own phrasing, code in markdown code
# spans; their tickets come in sections under bold labels (a summary, the observed behavior, the
# impact, the suggested next steps), the impact and the suggested fix of each error in
# _USER_IMPACT and _NEXT_STEPS; the thirtythird's a backend team lead's, whose team, before
# Dogcatcher, filed its errors into Jira through another error tracker's "Create Jira issue"
# integration (Sentry, Rollbar, Bugsnag, Datadog Error Tracking, New Relic's errors inbox), and
# who lightly edits what the tool wrote: a prefix on the title, or the title rewritten in a few
# plain ops words, what breaks, then a colon or a comma and why ("line totals NPE: invoice not
# loaded, getTotal() hits null", "DHL quotes down, DHL answers 502"), "->" for what follows,
# keeping what identifies the error (the exception, status, code, key, constraint); the ticket's
# body is the tool's own (its link back, its fields, the event's message or trace as the tool
# renders it, see _tracked), with at most one line of theirs added; the thirtyfourth's is what
# someone in a Slack incident thread says of the error, the ticket created from the thread with
# Jira Cloud's "Create issue" message action (and the Jira Slack app's thread export): chatty,
# lowercase, one line, abbreviated (w/, prob, afaict, tho, conn), "->" for what follows, with the
# exception, status, code, key or constraint in the words they type or as the log shows it
# ("line sum NPEs, the invoice comes back null so getTotal() just explodes", "DHL is 429ing our
# quote calls, we're over their rate limit"); the ticket's title is what its creator typed in the
# create dialog (the gist, "Investigate: ...", the service's incident), its body the thread as
# Jira renders it: who created it from Slack and the link to the message, then each message under
# its poster's name and time, said by different people: some of the time the alerting bot's
# monitor title (Datadog's, PagerDuty's), the opener's call for help (@here, the service's
# on-call group), acks and +1s, some of the time a wrong guess at another service or at the last
# deploy and its correction, the message naming the code casually (see _thread_name), some of the
# time with its link on the code host, the error line or a few stack lines pasted in a Slack code
# block, and the last word, see _incident; the thirtyfifth's an engineer's who dictates tickets
# into their phone on the move (speech-to-text, lightly corrected): run-on, spoken, little
# punctuation, "so", "basically", "um", "like", the code as it is said aloud ("get total", "product
# dot variants dot map", "invoices number key constraint"), the exception said as words ("a null
# pointer exception", "key error on sku"), some numbers as words ("five oh three", "WMS one one
# seven", "two three five oh five"), and the dictation app's slips on ordinary words ("cash" for
# cache, "sink" for sync, "their" for there), see _misheard; they name the code as they said it
# (see _dictated_name) and the exception too (see _said_kind), or, some of the time, as they fixed
# it up afterwards, end some tickets on their phone's sign-off, and paste a log line or the top of
# a trace only in a later edit, back at a laptop.
# Each keeps what tells the error from its siblings (the status, code, key, constraint).
# Templates derived from another (an id with "~" or "@") use their base's, so a base's
# phrasing never names a throw site its derived templates do not share: the ticket names
# the site itself (the method), and must not point at a sibling's.

GISTS: dict[str, tuple[str, ...]] = {  # one per style, in style order
    "j-npe-invoice": (
        "invoice is null when summing lines",
        "null invoice, getTotal() called on null",
        "line sum hits a null invoice ref, getTotal() on null",
        "line totals fail, invoice object is null by the time getTotal() runs",
        "invoice object is null at the moment Invoice.getTotal() is invoked",
        "summing up lines fails, there's no invoice object to call getTotal() on",
        'totalling the lines errors out: "invoice" is null and getTotal() gets called on it',
        "`invoice` ref is null when the line sum calls `getTotal()` on it",
        "invoice ref comes through null, so getTotal() falls over when the lines are totted up",
        "sumLines ends up calling getTotal() on a null invoice",
        "sum of invoice lines gives error when invoice is null (getTotal() called on null)",
        "invoice null -> npe on getTotal() in line sum",
        "Invoice totals could not be calculated: the invoice object was null when its line amounts"
        " were added up, so getTotal() failed",
        "the invoice reference seems to be null by the time getTotal() is called on it while the"
        " lines get added up",
        "getTotal() gets called on a null invoice while lines are summed, those rows come out with"
        " no total",
        "app gets a 500 back, BE adds up the lines and calls getTotal() on an invoice that is null",
        "invoice not loaded for the line (lazy fetch gives null), so the line sum calls getTotal()"
        " on a null invoice",
        "unchecked null: the line total step dereferences an invoice reference that is null"
        " (getTotal() on null)",
        "line totals broken - the invoice reference is null when getTotal() is called on it",
        "documents come out with no total for the account; on our end the invoice reference is"
        " empty (null) when the line amounts are added up, so getTotal() fails",
        "no DB error here: the invoice behind the line never gets loaded, and the line sum then"
        " calls getTotal() on a null invoice",
        "span errors while the lines get summed: the invoice it calls getTotal() on is null",
        "`invoice` can be null there and `getTotal()` is called on it without a check while the"
        " lines are summed",
        "invoice request 500s with only Spring's generic error JSON; BE says the line sum calls"
        " getTotal() on an invoice that's null",
        "app container logs an NPE for getTotal() on a null invoice, every time lines get totalled",
        "some billing documents show no total to customers; Sam says an invoice isn't"
        " loaded when the line amounts get added up (something about getTotal on a null)",
        "fixture invoices whose lines come back without their invoice make the line sum call"
        " getTotal() on null (NPE in the server log)",
        "records whose invoice isn't loaded error out; billing's log shows getTotal() called on a"
        " null invoice while the lines are summed",
        "a share of the invoice requests 500 once lines come back without their invoice; the"
        " pulled billing log has getTotal() called on a null invoice in the line sum",
        "some invoice calls fail with a 500 and no detail for invoices that have lines; support"
        " said the invoice is null on your side when the lines are totalled (getTotal() on null)",
        "while summing the lines, invoice object is coming null and getTotal() call on it is giving"
        " NPE",
        "null invoice reference causes the line total calculation to fail when `getTotal()` is"
        " invoked",
        "line totals NPE: invoice not loaded, getTotal() hits null",
        "line sum NPEs, the invoice comes back null so getTotal() just explodes",
        "the line sum hits a null invoice so get total blows up with a null pointer exception",
    ),
    "j-npe-address": (
        "customer has no address so the country lookup fails during finalize",
        "getAddress() returns null and getCountry() blows up",
        "customer w/o address -> getCountry() on null when resolving the tax country",
        "tax country can't be resolved: customer's getAddress() is null, so getCountry() NPEs",
        "Customer.getAddress() gives back null, so the country for the tax can not be determined",
        "no address on file for the customer, so getCountry() is called on null",
        "customer with no address on file breaks the tax country step (getAddress() null)",
        "customer has no address: `getAddress()` is null and we call `getCountry()` on it for tax",
        "customer's got no address on file, so getCountry() runs on a null for the tax country",
        "tax country resolution: getAddress() comes back null, getCountry() then throws",
        "tax country is not possible to resolve when customer have no address (getAddress() null)",
        "cust w/ no address, getAddress() null so getCountry() npes, tax country",
        "Invoices could not be finalized for customers with no address on file, because"
        " getAddress() returned null and getCountry() then failed while working out the tax"
        " country",
        "getAddress() can apparently return null for a customer, and getCountry() is then called"
        " on it to pick the tax country",
        "getAddress() returns null for some customers, getCountry() NPEs on it and their tax"
        " country stays empty in the run",
        "finalizing from the app 500s for customers with no address on file, BE calls"
        " getCountry() on a null getAddress() to pick the tax country",
        "customer has no address row: getAddress() yields null and getCountry() NPEs while"
        " resolving the tax country",
        "unchecked null: a customer record without an address reaches the tax country check,"
        " getCountry() is called on the null getAddress() result",
        "tax country lookup broken for customers with no address - getAddress() returns null,"
        " then getCountry() throws",
        "their buyers with no address on file can't be invoiced; on our side getAddress() comes"
        " back null and getCountry() is then called on it to pick the tax country",
        "the customer row has no address linked, getAddress() hands back null and getCountry()"
        " fails on it while the tax country is worked out; missing data, not a DB fault",
        "tax country span fails for customers without an address on file, getAddress() gives null"
        " and getCountry() throws on it",
        "`getAddress()` returns null for customers without an address and the result is chained"
        " straight into `getCountry()` for the tax country",
        "Close invoice 500s for customers with no address saved, BE log shows getCountry() chained"
        " onto a null getAddress() for the tax country",
        "pods log an NPE working out the tax country: getAddress() is null for the customer and"
        " getCountry() gets called on it",
        "customers without an address on file can't get their invoice finalized; Sam says the tax"
        " country step needs the address and gets nothing back (getAddress is null)",
        "test customer seeded without an address: getAddress() returns null and getCountry()"
        " NPEs while the tax country is worked out",
        "customers in the batch with no address fail; billing's log has getCountry() called on a"
        " null getAddress() for the tax country",
        "close requests for customers seeded without an address 500; the billing log shows"
        " getCountry() on the null getAddress() while the tax country is picked",
        "closing invoices for our customers who have no address on file fails with 500; support"
        " says the tax country can't be found because getAddress() is null and getCountry() is"
        " called on it",
        "customer is not having address, so getAddress() is returning null and getCountry() is"
        " throwing NPE at the time of finding tax country",
        "missing customer address breaks tax country resolution: `getAddress()` returns null"
        " before `getCountry()` is called",
        "tax country NPE: customer without an address, getAddress() null before getCountry()",
        "NPE while picking the tax country, customer has no address so getAddress() is null and"
        " getCountry() goes boom",
        "customers with no address on file so getAddress() comes back null and then get country"
        " throws a null pointer working out the tax country",
    ),
    "j-iae-currency": (
        "unsupported currency codes in the invoice import",
        "importer rejects a currency code it doesn't know",
        "money parsing chokes on unsupported ccy codes",
        "invoice import aborts on currency codes we don't support",
        "import of invoices stops at currency codes which we do not support (XBT, GBX, ...)",
        "invoice import refuses rows with a currency code we don't support (XBT, EURO..)",
        'currency on some imported invoices isn\'t one we support, e.g. "RMB" or a padded "usd "',
        "import rows carry currency codes outside our supported set (`EURO`, `GBX` and friends)",
        "invoice import won't take some currency codes (XBT, RMB, GBX, a 'usd ' with a space)",
        "imported invoice rows with currency codes the money parser rejects (XBT, EURO, GBX, RMB)",
        "invoice import gives error when currency code is not supported (XBT, RMB, EURO, GBX)",
        "invoice import dies on unsupported ccy code (XBT, RMB, GBX...)",
        "Finance could not import some invoices because they use currency codes we do not support,"
        " such as XBT, RMB or GBX",
        "the invoice importer throws on currency codes it doesn't recognise (the logs have XBT,"
        " RMB and GBX)",
        "invoice import rows with a currency code outside the supported list (XBT, RMB, GBX) get"
        " rejected, the rest of the batch loads",
        "imported invoices in a currency code BE doesn't support (XBT, RMB, GBX) never show up"
        " in the app, the import throws on them",
        "import feeds non-ISO-4217 currency codes (XBT, RMB, GBX, EURO, untrimmed 'usd ') to the"
        " money parser, which rejects them as unsupported",
        "input validation: imported invoices carry currency codes outside ISO 4217 (XBT, RMB, GBX)"
        " and the money parser refuses them as unsupported",
        "invoice import refuses rows whose currency code isn't one we support (XBT, RMB, GBX and"
        " the like)",
        "their invoice upload gets rows rejected; internally the money parser refuses currency"
        " codes outside our supported list (XBT, RMB, GBX, a padded 'usd ')",
        "imported invoice rows carry currency codes that aren't in our currency list (XBT, RMB,"
        " GBX, 'usd ' with a trailing blank) and the money parser throws them out as unsupported",
        "invoice import spans go red on currency codes outside what we support (XBT, RMB, GBX, 'usd"
        " ' with padding), the money parser throws",
        "currency lookup throws on codes that aren't in our list (`XBT`, `RMB`, `GBX`, an"
        " untrimmed `'usd '`); the import never normalizes the code first",
        "invoice CSV upload 500s on rows in a currency BE doesn't support (XBT, RMB, GBX, 'usd '"
        " with a trailing space); BE log: Unsupported currency code",
        "container logs 'Unsupported currency code' for invoice imports in XBT, RMB, GBX, EURO or a"
        " padded 'usd '",
        "invoice uploads drop rows in currencies we don't support (XBT, RMB, GBX, EURO, even 'usd"
        " ' with a trailing space) - Sam says the import just rejects those codes",
        "import fixture rows in currencies outside the supported set (XBT, RMB, GBX, EURO, 'usd '"
        " with a trailing space) come back as unsupported currency code",
        "rows we send in XBT, RMB, GBX, EURO or a padded 'usd ' are rejected one by one by"
        " billing: unsupported currency code",
        "import requests carrying XBT, RMB, GBX, EURO or a padded 'usd ' as the currency fail,"
        " billing turns the code down as unsupported while the other rows import",
        "our invoice imports get rows refused in XBT, RMB, GBX, EURO or 'usd ' with a trailing"
        " space, 'Unsupported currency code' per support, though the docs don't list those codes"
        " as excluded",
        "invoice import is not accepting currency codes like XBT, RMB, GBX, EURO and 'usd ' with"
        " space, throwing Unsupported currency code",
        "invoice import rejects unrecognized currency codes such as XBT, RMB, GBX, EURO and an"
        ' untrimmed "usd " as unsupported',
        "invoice import trips on currency codes we don't take (XBT, RMB, GBX, 'usd ')",
        "import keeps choking on currency codes we don't support, I see XBT, RMB, GBX and a 'usd '"
        " w/ a trailing space",
        "invoice import choking on currency codes we don't support like XBT RMB GBX and even usd"
        " with a space after it unsupported currency code",
    ),
    "j-ise-invoice-state": (
        "invoice is already finalized",
        "already-finalized invoice error",
        "invoice state check: can't touch it, it's finalized already",
        "invoice rejected b/c it's been finalised already",
        "invoice can not be changed any more, its state is already 'finalized'",
        "change rejected because the invoice status is finalized allready",
        "operation refused on invoices that were finalized already (INV-xxxx-xxxxx)",
        "write on an invoice that is already in finalized state gets refused by the state guard",
        "invoice already sits in finalised state, so the operation on it gets knocked back",
        "state guard throws on a write to an invoice whose status is finalized already",
        "change on invoice is refused when invoice status is already finalized",
        "invoice already finalized, op on it rejected",
        "The billing team could not make changes to invoices that had already been finalized; the"
        " invoice state check refused them",
        "the state check refuses to change an invoice once it is finalized, maybe something calls"
        " it a second time?",
        "a second pass over invoices whose status is already finalized gets refused by the state"
        " check",
        "app still lets people edit an invoice that's already finalized, BE refuses the change"
        " and we get an error back",
        "state guard refuses a transition on an invoice already in FINALIZED; callers don't check"
        " state first (double submit?)",
        "state integrity: a change is attempted on an invoice whose state is already finalized,"
        " the state guard refuses it",
        "actions on an invoice that's already finalized get refused by the state check",
        "changes to invoices that were already finalized are refused; the platform's invoice state"
        " check rejects the action instead of ignoring it",
        "the invoice row's status is already finalized and the app still tries to change it; the"
        " state check refuses before any UPDATE is sent",
        "exception event on the invoice span: the invoice is finalized already, so the state guard"
        " turns the change down",
        "the state guard throws when the invoice's `status` is already `FINALIZED`; the caller"
        " never checks the state first, so a repeated request blows up",
        "the invoice action 500s instead of a 409 when the invoice was finalized already; BE's"
        " state check throws and our button is still enabled",
        "a log line per refused change: the invoice's state reads finalized already and the app"
        " still tries to change it",
        "users get an error when they try to change an invoice that's already been finalized; Sam"
        " says the state check blocks it instead of telling them nicely",
        "a second request against an invoice the test already finalized is refused by the state"
        " check instead of being a no-op",
        "a rerun touches invoices the first try already finalized and billing refuses them, the"
        " invoice's state is finalized by then",
        "repeat requests on invoices the scenario already finalized are refused by billing's state"
        " check (already finalized) instead of being no-ops",
        "a retried call on an invoice that's already finalized comes back as a server error rather"
        " than an idempotent success; support said the state check refuses it as already finalized",
        "when same invoice request is coming second time, state check is throwing already finalized"
        " error instead of ignoring the same",
        "state transition on an invoice that has already been finalized is rejected instead of"
        " being handled idempotently",
        "invoice already finalized, state check refuses the change",
        "something keeps poking invoices that are already finalized and the state check throws on"
        " them",
        "we keep getting the already finalized error like something hits the same invoice twice"
        " and the state check throws illegal state",
    ),
    "j-hikari": (
        "Hikari pool exhausted, connection not available after timeout",
        "no DB connection available from HikariPool (request timed out)",
        "hikari: no free conns, timed out waiting for one",
        "waiting on a Hikari connection times out, pool has none free",
        "no DB connection could be obtained from the Hikari pool within the timeout",
        "DB calls give up waiting for a free connection from the Hikari pool",
        "DB pool (HikariPool) empty: no connection to hand out and the request times out",
        "connection pool (`HikariPool-N`) has nothing free, callers time out waiting for one",
        "every connection in the Hikari pool is in use and borrowing one times out",
        "JDBC pool saturated: HikariPool has no free connection before the acquire timeout",
        "DB request gives error when HikariPool have no free connection and waiting is timed out",
        "hikari pool out of conns, req timed out waiting for a db conn",
        "Requests were failing because every connection in the Hikari database pool was in use and"
        " waiting for one timed out",
        "every Hikari connection seems to be taken, so borrowing one from the pool times out",
        "Hikari pool has nothing free, queries wait out the connection timeout and the run fails"
        " on them",
        "requests from the app hang, then error out, BE can't get a connection out of HikariPool"
        " before its timeout",
        "HikariPool exhausted, all connections checked out and borrowers hit connectionTimeout;"
        " pool size too small for the load or a connection leak",
        "resource exhaustion: the Hikari connection pool has no free connection left and callers"
        " time out waiting for one",
        "DB calls time out waiting for a connection - the Hikari pool has none free",
        "requests stall and then fail; on our side the service waits for a free database"
        " connection from its Hikari pool and gives up after the timeout",
        "HikariPool has no connection to hand out before the timeout, every one is checked out; on"
        " the DB side most of those sessions sit idle in transaction",
        "spans sit waiting for a Hikari connection until the timeout, every pooled connection busy,"
        " then error out",
        "`getConnection()` waits out Hikari's `connectionTimeout` because every connection in the"
        " pool is checked out (a leak, or the pool is too small)",
        "due-today invoice list spins for ~30s, then 500; per BE nothing could get a DB connection"
        " out of HikariPool before the timeout",
        "app gives up waiting on its Hikari pool, the log says the connection is not available and"
        " the borrow timed out",
        "invoice pages hang and then fail at busy times; eng says the service runs out of database"
        " connections (the Hikari pool) and gives up waiting",
        "with the suite running in parallel nothing gets a DB connection out of the Hikari pool"
        " before the timeout (connection is not available)",
        "our parallel calls pile up and the service can't hand out a Hikari pool connection in"
        " time, the request times out waiting",
        "past ~150 concurrent users the due-today list requests time out waiting for a Hikari pool"
        " connection (connection is not available), the pool is drained",
        "listing today's due invoices fails with 500 at our busy hour; support said the service"
        " ran out of database connections (Hikari pool, connection is not available)",
        "in due today flow, no free connection is there in HikariPool and request is timing out"
        " waiting for connection (Connection is not available)",
        "database connection pool (HikariPool) is exhausted, so requests time out while waiting"
        " for an available connection",
        "Hikari pool dry: no free DB connection, requests time out waiting",
        "hikari pool is tapped out, calls sit waiting for a db connection till they time out",
        "Hikari pool has no free connections so the due today stuff sits waiting for a DB"
        " connection and then times out connection is not available",
    ),
    "j-pg-unique": (
        "duplicate invoice number violates invoices_number_key",
        "unique constraint invoices_number_key hit when creating invoices",
        "invoices_number_key dup - same invoice no. inserted twice",
        "creating invoices fails on invoices_number_key, invoice no. already exists",
        "invoice number is not unique, the insert violates constraint invoices_number_key",
        "saving an invoice whose number already exists trips invoices_number_key",
        'duplicate invoice numbers, new invoices bounce off unique key "invoices_number_key"',
        "invoice insert collides with an existing number, unique index `invoices_number_key`",
        "invoice number already exists, insert knocked back by invoices_number_key",
        "invoice create collides on an existing number, unique constraint invoices_number_key",
        "invoice create gives error when invoice number exist already (invoices_number_key)",
        "dup invoice no on create, invoices_number_key violated",
        "Some invoices could not be created because their invoice number was already taken (unique"
        " constraint invoices_number_key)",
        "saving an invoice with a number that is already used fails on the invoices_number_key"
        " constraint",
        "invoice rows whose number was loaded before fail on invoices_number_key, looks like a"
        " double load",
        "creating an invoice from the app 500s, BE insert clashes with an invoice number that"
        " exists (invoices_number_key)",
        "invoice number allocation isn't atomic, concurrent creates collide on unique constraint"
        " invoices_number_key",
        "data integrity: the same invoice number is issued twice and the insert violates unique"
        " constraint invoices_number_key",
        "creating invoices fails on a duplicate invoice number (invoices_number_key)",
        "new invoices occasionally fail to save; on our end two creates pick the same invoice"
        " number and the unique constraint invoices_number_key rejects one of them",
        "two inserts get the same invoice number and unique index invoices_number_key rejects the"
        " second one (23505, unique_violation)",
        "the invoice insert span fails on a unique violation, invoice number already taken"
        " (invoices_number_key)",
        "the invoice insert reuses a `number` that's already taken, unique constraint"
        " `invoices_number_key`; numbers aren't allocated atomically",
        "Create invoice 500s every so often; BE's insert hits invoices_number_key, that invoice"
        " number exists already",
        "invoice inserts bounce off invoices_number_key, that number is already in the table",
        "creating an invoice sometimes fails; Sam says two invoices end up with the same invoice"
        " number and the database refuses the second (invoices_number_key)",
        "two creates in one test get the same invoice number and the second trips"
        " invoices_number_key",
        "creates from our batch collide on the invoice number, duplicate key on"
        " invoices_number_key for the second one",
        "concurrent invoice creates draw the same number and the second one fails on"
        " invoices_number_key, more of them the higher the user count",
        "of two invoices we create in the same second the second fails with 500; support said it's"
        " a duplicate key on invoices_number_key",
        "while creating invoice, duplicate invoice number is getting generated and insert is"
        " failing on invoices_number_key",
        "concurrent invoice creation generates duplicate invoice numbers, violating the"
        " `invoices_number_key` unique constraint",
        "invoice create fails: invoice number taken (invoices_number_key)",
        "invoice create blows up on invoices_number_key, two invoices grab the same number",
        "creating an invoice fails on the invoices number key constraint because two invoices end"
        " up with the same number",
    ),
    "j-pg-fk": (
        "invoice line insert violates FK invoice_lines_invoice_id_fkey",
        "foreign key invoice_lines_invoice_id_fkey fails when adding a line",
        "FK invoice_lines_invoice_id_fkey violated, line points at a missing invoice",
        "adding invoice lines fails on invoice_lines_invoice_id_fkey, parent invoice isn't there",
        "invoice line can not be saved, the invoice is missing (invoice_lines_invoice_id_fkey)",
        "invoice line refers to an invoice that isn't there (invoice_lines_invoice_id_fkey)",
        'orphan invoice line: FK "invoice_lines_invoice_id_fkey" blocks it, its invoice is missing',
        "`invoice_lines_invoice_id_fkey` fails: line saved for an invoice id with no row (yet?)",
        "invoice_lines_invoice_id_fkey refuses a line whose invoice id doesn't exist",
        "invoice line written for an invoice id with no parent row, invoice_lines_invoice_id_fkey",
        "adding invoice line fails when parent invoice not exist (invoice_lines_invoice_id_fkey)",
        "invoice line w/ no parent invoice, fk invoice_lines_invoice_id_fkey",
        "Invoice lines could not be saved because the invoice they belong to did not exist"
        " (foreign key invoice_lines_invoice_id_fkey)",
        "an invoice line is saved for an invoice id that has no row yet, so"
        " invoice_lines_invoice_id_fkey fails",
        "invoice line rows come in before their parent invoice row exists,"
        " invoice_lines_invoice_id_fkey rejects them",
        "adding a line in the app fails, BE insert trips invoice_lines_invoice_id_fkey as the"
        " parent invoice row isn't there",
        "line row written before (or without) its parent invoice row commits, FK"
        " invoice_lines_invoice_id_fkey rejects it",
        "referential integrity: an invoice line is saved for an invoice that doesn't exist, foreign"
        " key invoice_lines_invoice_id_fkey rejects it",
        "saving invoice lines fails - parent invoice missing, FK invoice_lines_invoice_id_fkey",
        "adding lines to an invoice fails; on our side the line row is written without its parent"
        " invoice row in place and the foreign key invoice_lines_invoice_id_fkey refuses it",
        "invoice_lines insert points at an invoice id with no row in invoices (yet), FK"
        " invoice_lines_invoice_id_fkey rejects it (23503)",
        "invoice_lines insert span fails, FK invoice_lines_invoice_id_fkey has no parent invoice"
        " for the line",
        "the line insert references an `invoice_id` with no row behind it, FK"
        " `invoice_lines_invoice_id_fkey`; the parent isn't written (or committed) first",
        "adding a line right after creating the invoice 500s; BE's insert breaks FK"
        " invoice_lines_invoice_id_fkey, the invoice row isn't there (yet)",
        "invoice line writes fail on invoice_lines_invoice_id_fkey, the invoice the line points at"
        " isn't in the table",
        "adding a line to an invoice fails for some users; Sam says the line gets saved before its"
        " invoice exists, so the invoice_lines_invoice_id_fkey check blocks it",
        "a line added straight after the invoice is created trips invoice_lines_invoice_id_fkey,"
        " the parent invoice row isn't there yet",
        "line records we send for new invoices are refused by invoice_lines_invoice_id_fkey, their"
        " invoice row doesn't exist (yet)",
        "line POSTs fired right after the invoice create fail invoice_lines_invoice_id_fkey, the"
        " invoice row isn't committed yet at that rate",
        "adding a line straight after creating the invoice fails with 500; support said the insert"
        " breaks invoice_lines_invoice_id_fkey because the invoice row isn't there yet",
        "line insert is failing on invoice_lines_invoice_id_fkey as parent invoice id is not yet"
        " present in table",
        "invoice line insert violates foreign key `invoice_lines_invoice_id_fkey` because the"
        " parent invoice row does not exist yet",
        "invoice line save fails: parent invoice gone (invoice_lines_invoice_id_fkey)",
        "lines fail to insert on invoice_lines_invoice_id_fkey, the parent invoice isn't there"
        " (yet?)",
        "invoice lines won't insert foreign key violation on invoice lines invoice ID F key the"
        " parent invoice isn't their yet",
    ),
    "j-ora-deadlock": (
        "ORA-00060 deadlock while posting ledger entries",
        "Oracle deadlock (ORA-00060) in ledger posting",
        "ledger post deadlocks in oracle, ORA-00060",
        "ledger postings failing on Oracle deadlocks (ORA-00060 waiting for a resource)",
        "Oracle reports a deadlock (ORA-00060) when ledger entries are posted",
        "posting entries to the ledger runs into ORA-00060, Oracle deadlock on a resource",
        "ledger posting killed by ORA-00060, two sessions block each other on a resource",
        "`ORA-00060` on ledger writes: Oracle detected a deadlock and rolled back our statement",
        "Oracle throws ORA-00060 on ledger postings, two sessions deadlocked over a resource",
        "ledger posting transactions deadlock each other in Oracle, ORA-00060 plus rollback",
        "ledger posting fails when Oracle detect deadlock on resource (ORA-00060)",
        "ORA-00060 deadlock on ledger posting, tx rolled back",
        "Ledger postings failed because the Oracle database detected a deadlock between two"
        " transactions (ORA-00060)",
        "Oracle aborts the ledger posting with ORA-00060, I think two postings lock the same rows",
        "ledger posting batches deadlock on each other in Oracle (ORA-00060) and one of them is"
        " rolled back",
        "balances in the app lag behind, BE ledger postings die on an Oracle deadlock"
        " (ORA-00060) waiting for a resource",
        "concurrent ledger postings lock accounts in different order, Oracle breaks it with"
        " ORA-00060 (deadlock while waiting for resource)",
        "availability: ledger posting transactions deadlock in Oracle (ORA-00060) and one of them"
        " is rolled back",
        "ledger postings fail on an Oracle deadlock, ORA-00060",
        "postings to their ledger fail intermittently; internally two postings lock the same"
        " Oracle rows in opposite order and Oracle aborts one of them (ORA-00060, deadlock)",
        "two ledger posting sessions wait on each other's row locks; Oracle picks one and rolls"
        " back its statement with ORA-00060",
        "ledger posting spans error with ORA-00060, Oracle reports a deadlock between two posting"
        " sessions",
        "two postings' ledger `INSERT`s wait on each other and Oracle kills one with `ORA-00060`;"
        " the rows get locked in no fixed order",
        "saving a posting sometimes hangs a few seconds and 500s; BE log: ORA-00060 deadlock while"
        " the ledger rows get written",
        "Oracle throws ORA-00060 at one of two postings that wait on each other's locks",
        "some payment postings fail at random; Priya says two postings lock each other in Oracle"
        " and one gets killed (ORA-00060 deadlock)",
        "posting tests running in parallel hit ORA-00060, Oracle picks one of two postings as the"
        " deadlock victim",
        "when our tasks post in parallel Oracle kills one of them with ORA-00060 (deadlock"
        " detected while waiting for resource)",
        "postings at full rate hit ORA-00060 in ledger, Oracle kills one of two concurrent"
        " postings as the deadlock victim",
        "creating postings in parallel from our settlement run fails now and then with 500;"
        " support told us it's an Oracle deadlock on your side (ORA-00060)",
        "ledger posting is getting ORA-00060 deadlock detected, two sessions are waiting on each"
        " other for resource",
        "concurrent ledger postings deadlock in Oracle (ORA-00060), and one of the transactions"
        " is rolled back",
        "ledger posting rolled back: Oracle deadlock ORA-00060",
        "oracle throwing ORA-00060 deadlocks on ledger postings, one of the two sessions gets the"
        " axe",
        "Oracle deadlock on the ledger postings ORA 60 deadlock detected two sessions waiting on"
        " each other and one gets killed",
    ),
    "j-ora-snapshot": (
        "ORA-01555 snapshot too old during the reconciliation scan",
        "reconciliation job dies with ORA-01555, snapshot too old",
        "ORA-01555 on ledger scan (rollback segment too small)",
        "recon job aborts, ORA-01555 snapshot too old (rollback segment undersized)",
        "ORA-01555 in the ledger scan of the reconciliation, rollback segment is too small",
        "recon scan over the ledger fails with ORA-01555, rollback segment not big enough",
        "reconciliation's ledger scan gets ORA-01555, undo/rollback segment too small",
        "`ORA-01555` in the recon job's long ledger scan, undo segment (`_SYSSMU...`) too small",
        "recon's long ledger read trips ORA-01555, undo can't hold the snapshot that long",
        "recon ledger scan outlives Oracle undo, ORA-01555 snapshot too old",
        "recon scan of ledger fails when Oracle give ORA-01555 (rollback segment too small)",
        "ORA-01555 snapshot too old in recon ledger scan",
        "The ledger reconciliation did not complete because Oracle reported ORA-01555, snapshot"
        " too old, during its long scan",
        "the reconciliation reads the ledger for so long that Oracle fails it with ORA-01555"
        " (snapshot too old)",
        "reconciliation run's long ledger scan dies with ORA-01555, the rollback segment can't"
        " keep the snapshot that long",
        "reconciliation status in the app goes stale, BE recon job fails on its long ledger read"
        " with ORA-01555 snapshot too old",
        "reconciliation ledger scan outruns undo retention: ORA-01555, snapshot too old, rollback"
        " segment undersized",
        "batch integrity: the reconciliation's long ledger read fails with ORA-01555 (snapshot too"
        " old, rollback segment too small), reconciliation left incomplete",
        "reconciliation run dies part way through with ORA-01555, snapshot too old",
        "their reconciliation never completes; on our side the long ledger read in the"
        " reconciliation job fails with ORA-01555 (Oracle's snapshot is too old by then)",
        "the reconciliation's long read over the ledger needs undo that has already been"
        " overwritten, ORA-01555 snapshot too old; undo_retention is shorter than the scan",
        "the reconciliation scan span runs long and ends in ORA-01555 snapshot too old",
        "the reconciliation cursor over `LEDGER_ENTRIES` stays open so long that Oracle can't"
        " rebuild the read snapshot: `ORA-01555`, rollback segment too small",
        "reconciliation page shows last night's run as failed; BE's recon job died with ORA-01555"
        " (snapshot too old) on its long ledger read",
        "the reconciliation's long ledger read dies with ORA-01555 snapshot too old, rollback"
        " segment too small",
        "month-end reconciliation never finishes; Priya says the big ledger read runs too long and"
        " Oracle errors with ORA-01555 'snapshot too old'",
        "reconciliation never completes in the test environment, its ledger scan dies on"
        " ORA-01555 snapshot too old",
        "the day's reconciliation output never lands; their long ledger read fails with ORA-01555"
        " (snapshot too old, rollback segment too small)",
        "during the soak the nightly reconciliation's ledger scan dies on ORA-01555 snapshot too"
        " old, the rollback segment is too small for our write rate",
        "the reconciliation results we fetch each morning are missing; support said the"
        " reconciliation's long ledger read fails with ORA-01555 (snapshot too old)",
        "reconciliation job is failing in between with ORA-01555 snapshot too old, rollback segment"
        " is small for such long scan",
        "long-running reconciliation scan fails with ORA-01555 (snapshot too old) due to"
        " insufficient rollback segment capacity",
        "recon ledger scan dies: ORA-01555 snapshot too old",
        "recon's big ledger scan keeps dying with ORA-01555 snapshot too old, undo can't keep up"
        " with how long it runs",
        "the reconciliation job's big ledger scan dies with ORA 1555 snapshot too old the rollback"
        " segment can't keep up with how long it runs",
    ),
    "j-rest-timeout": (
        "read timeout calling fx-rates /v1/rates",
        "fx-rates POST /v1/rates times out (Read timed out)",
        "POST fx-rates /v1/rates -> read timed out",
        "conversion stalls, fx-rates POST /v1/rates doesn't answer before the read timeout",
        "POST to the fx-rates service (/v1/rates) gets no answer in time, read timeout",
        "POST to fx-rates /v1/rates gets no reply before the read timeout",
        "fx-rates /v1/rates POST hangs until our read timeout kicks in",
        "fx-rates `POST /v1/rates` never answers within our read timeout (I/O error)",
        "fx-rates takes too long on POST /v1/rates, our read timeout goes off before it replies",
        "fx-rates dependency slow: POST /v1/rates exceeds our client's read timeout",
        "rate conversion fails when fx-rates POST /v1/rates is not answering before read timeout",
        "fx-rates POST /v1/rates no resp, read timed out",
        "Currency conversions failed because the fx-rates service did not reply to POST /v1/rates"
        " before our read timeout",
        "the POST to fx-rates /v1/rates doesn't come back before our read timeout",
        "POST /v1/rates to fx-rates hangs past our read timeout on every retry, conversions don't"
        " happen",
        "amounts in other currencies never load in the app, BE's POST to fx-rates /v1/rates ends"
        " in Read timed out",
        "fx-rates POST /v1/rates slower than our client read timeout, the call has no timeout"
        " budget or backoff",
        "dependency availability: fx-rates doesn't answer POST /v1/rates within our read timeout,"
        " conversions fail with no fallback",
        "currency conversion broken - the fx-rates /v1/rates POST times out on read",
        "currency conversion on their postings fails; our ledger's POST to the fx-rates service"
        " (/v1/rates) doesn't answer in time and the read times out",
        "not a DB call: ledger's POST to fx-rates /v1/rates gets no answer before the read"
        " timeout, and the posting keeps its transaction open the whole time",
        "client span for the POST to fx-rates /v1/rates hits its read timeout, no response in time",
        "`RestTemplate` `POST` to fx-rates `/v1/rates` hits the socket read timeout and there's no"
        " retry around the call",
        "converted amount in the posting form never fills in, the convert request hangs then 500s;"
        " BE's call to fx-rates /v1/rates hit a read timeout",
        "POSTs to fx-rates.prod.svc.cluster.local /v1/rates hit the read timeout; the Service is"
        " reachable, just slow to answer",
        "multi-currency postings fail to convert; Priya says our call to the fx-rates service"
        " (/v1/rates) doesn't answer in time and times out",
        "conversion call hangs until ledger's read timeout on the fx-rates POST /v1/rates (Read"
        " timed out)",
        "conversion requests sit there until ledger gives up on fx-rates POST /v1/rates with a"
        " read timeout",
        "convert requests stall until ledger's read timeout on the fx-rates POST /v1/rates (Read"
        " timed out) and then fail, p95 goes through the roof",
        "converting a posting hangs for a long time and then fails with 500; support says ledger's"
        " call to fx-rates /v1/rates hits a read timeout",
        "POST call to fx-rates /v1/rates is not giving response in time and we are getting Read"
        " timed out",
        "outbound call to the fx-rates service (POST /v1/rates) exceeds the client read timeout"
        " and is not retried",
        "fx-rates /v1/rates too slow, POST read timeout",
        "fx-rates isn't answering our POST /v1/rates in time, we bail with Read timed out",
        "posting conversions time out calling FX rates the post to slash V1 slash rates just sits"
        " there until read timed out",
    ),
    "j-rest-500": (
        "fx-rates answers 500 Internal Server Error",
        "500 from the FX rates service on latest rates",
        "fx-rates upstream failure, HTTP 500",
        "currency conversion fails, fx-rates responds HTTP 500 (their upstream failed)",
        "fx-rates service gives back HTTP 500 with error 'upstream failure'",
        'fx-rates call comes back HTTP 500, body says "upstream failure"',
        'rates lookup gets HTTP 500 from fx-rates (their side reports "upstream failure")',
        'fx-rates is returning `500`, body `{"error":"upstream failure"}`',
        "fx-rates keeps handing back a 500 with 'upstream failure' in the body",
        "fx-rates dependency erroring, HTTP 500 with error=upstream failure in the payload",
        "rate conversion gives error when fx-rates return HTTP 500 with 'upstream failure'",
        "fx-rates 500, body says upstream failure",
        "Currency conversions failed because fx-rates returned HTTP 500 with an 'upstream failure'"
        " error",
        "fx-rates replies HTTP 500 and the body mentions an 'upstream failure'",
        "fx-rates answers HTTP 500 with 'upstream failure' in the body, retries get the same",
        "converted amounts are missing in the app, fx-rates answers BE with HTTP 500 and"
        " 'upstream failure' in the body",
        "fx-rates returns HTTP 500 with error 'upstream failure', i.e. their rate provider is"
        " failing, not us",
        "dependency availability: fx-rates responds HTTP 500 with error 'upstream failure',"
        " conversions fail",
        "currency conversion broken - fx-rates sends back a 500, 'upstream failure'",
        "currency conversion on their postings fails; fx-rates answers our ledger with a 500"
        " 'upstream failure', so it's their rate provider that is failing",
        "fx-rates answers the rate request with HTTP 500 ('upstream failure'); nothing on the"
        " database side, ledger only gets the error back",
        "client span to fx-rates comes back HTTP 500 'upstream failure', the rate lookup errors",
        "fx-rates answers `500` with `error: upstream failure` in the body and the"
        " `HttpServerErrorException` goes straight up to our caller",
        "convert request in the posting form 500s; per BE, fx-rates answered them with its own 500"
        " and 'upstream failure'",
        "fx-rates answers the rates POST with 500 'upstream failure', a request uuid in the body",
        "currency conversion on postings fails; per Priya the fx-rates service itself errors back"
        " with a 500 'upstream failure'",
        "conversion returns an error because fx-rates itself answers ledger with 500 'upstream"
        " failure'",
        "conversions come back as errors whenever fx-rates answers ledger with its own 500"
        " 'upstream failure'",
        "convert requests 500 whenever fx-rates answers ledger with its own 500 'upstream failure'"
        " mid-run",
        "currency conversion of postings fails with 500 whenever, per support, your fx-rates"
        " service answers ledger with a 500 'upstream failure'",
        "fx-rates is sending 500 Internal Server Error with 'upstream failure' in response body,"
        " issue is from their end",
        'fx-rates service responds with HTTP 500 ("upstream failure") and the error is passed'
        " on to callers without a fallback",
        "fx-rates answering 500 'upstream failure', conversions fail",
        "fx-rates is handing us 500s w/ 'upstream failure' in the body, not our bug afaict",
        "FX rates keeps giving us five hundreds internal server error with upstream failure in the"
        " body so that's on there end",
    ),
    "j-rest-503": (
        "fx-rates returns 503 Service Unavailable (maintenance)",
        "FX rates 503 during their maintenance window",
        "fx-rates down for maintenance -> 503",
        "currency conversion fails, fx-rates responds HTTP 503 while in maintenance",
        "fx-rates service gives back HTTP 503 with error 'maintenance'",
        'fx-rates call comes back HTTP 503, body says "maintenance"',
        'rates lookup gets HTTP 503 from fx-rates (their side reports "maintenance")',
        'fx-rates answers `503 Service Unavailable` with `"error":"maintenance"` in the body',
        "fx-rates hands back a 503 with 'maintenance' in the body",
        "fx-rates dependency returns 503 with error=maintenance in the payload",
        "rate conversion gives error when fx-rates return HTTP 503 with 'maintenance'",
        "fx-rates 503, body says maintenance",
        "Currency conversions failed because fx-rates returned HTTP 503 and reported 'maintenance'",
        "fx-rates replies HTTP 503 and the body only says 'maintenance'",
        "fx-rates answers HTTP 503 with 'maintenance' in the body, conversions sit waiting until"
        " their window ends",
        "converted amounts are missing in the app, fx-rates answers BE with HTTP 503 and"
        " 'maintenance' in the body",
        "fx-rates returns HTTP 503 with error 'maintenance' (planned window) and we call it"
        " without retry or backoff",
        "dependency availability: fx-rates responds HTTP 503 with error 'maintenance',"
        " conversions fail during their window",
        "currency conversion broken - fx-rates sends back a 503, 'maintenance'",
        "currency conversion on their postings fails while fx-rates is in maintenance; it answers"
        " with a 503 'maintenance' and we don't retry",
        "fx-rates is down for maintenance and answers the rate request with 503 Service"
        " Unavailable; no DB involvement",
        "client span to fx-rates comes back 503 Service Unavailable, fx-rates in maintenance",
        "fx-rates answers `503` with `error: maintenance` in the body and we treat it like any"
        " other failure instead of retrying after the window",
        "convert request in the posting form 500s; per BE, fx-rates answered them 503 with"
        " 'maintenance'",
        "fx-rates answers the rates POST with 503 'maintenance' and the call is not retried",
        "currency conversion fails during fx-rates maintenance windows; Priya says fx-rates"
        " answers 503 'maintenance' and we don't try again",
        "conversion fails while fx-rates is in maintenance: 503 with 'maintenance' in the body,"
        " and ledger doesn't retry",
        "conversions fail in fx-rates' maintenance window, fx-rates answers ledger 503"
        " 'maintenance' and nothing retries",
        "convert requests fail while fx-rates sits in maintenance, it answers ledger 503"
        " 'maintenance' and nothing backs off or retries",
        "conversions fail during what support called fx-rates' maintenance window, a 503"
        " 'maintenance' inside that nothing on your side retries",
        "fx-rates is giving 503 Service Unavailable with 'maintenance' in body and our side is not"
        " retrying after their window",
        "fx-rates service returns HTTP 503 during its maintenance window, and the client does"
        " not retry once the service is available again",
        "fx-rates in maintenance, 503 back, conversions fail",
        "fx-rates says 503 'maintenance' and we just drop the conversion, zero retries",
        "FX rates returns five oh three service unavailable because of maintenance and we don't"
        " retry we just drop the conversion",
    ),
    "j-kafka-commit": (
        "offset commit fails, consumer was kicked out of the group",
        "consumer no longer part of the active group, commit cannot be completed",
        "kafka offset commit rejected, consumer dropped from its group (rebalance)",
        "posting consumer can't commit its offsets, it got kicked from the consumer group",
        "Kafka consumer can not commit offsets, it is not member of an active group any more",
        "Kafka consumer got kicked out of its group, so committing offsets fails",
        "offsets can't be committed, Kafka says the consumer isn't in an active group anymore",
        "consumer got evicted from its group in a rebalance and the offset commit is refused",
        "rebalance boots the posting consumer from its Kafka group, offset commit then refused",
        "posting consumer dropped from its Kafka group, offset commit rejected (poll interval?)",
        "offset commit is not possible when posting consumer is removed from Kafka group",
        "posting consumer not in active kafka group, offset commit fails",
        "Ledger posting was delayed because the posting consumer had been dropped from its Kafka"
        " consumer group and its offset commits were refused",
        "the posting consumer seems to get removed from its Kafka group, and committing its"
        " offsets fails after that",
        "posting consumer drops out of its Kafka group mid-batch, the offset commit is refused and"
        " that batch gets consumed again",
        "postings show up late in the app, BE's posting consumer got kicked out of its Kafka"
        " group so the offset commit fails",
        "posting consumer evicted from its Kafka group (poll loop exceeds max.poll.interval.ms),"
        " so the offset commit is refused after the rebalance",
        "processing integrity: the posting consumer is dropped from its Kafka group and its offset"
        " commits are refused, so messages may be processed twice",
        "posting consumer gets kicked out of its Kafka group and can't commit its offsets",
        "their postings can be processed twice or late; on our end the ledger's posting consumer"
        " gets dropped from its Kafka group and its offset commits are refused",
        "the posting consumer drops out of its Kafka group, so its offset commit is refused after"
        " the rebalance; the postings behind those offsets get written a second time",
        "posting consumer's offset commit span fails, the consumer got rebalanced out of its Kafka"
        " group",
        "`commitSync()` throws because the consumer was already kicked out of its group (the poll"
        " loop is slower than `max.poll.interval.ms`)",
        "new postings show up in the ledger view late, sometimes twice; BE's Kafka consumer got"
        " dropped from its group so committing the offsets fails",
        "offset commit fails once the consumer has been kicked out of its Kafka group; poll loop"
        " too slow, maybe CPU throttling on the pod",
        "some payments get processed twice or late; Priya says the postings consumer gets kicked"
        " out of its Kafka group and can't commit where it got to",
        "the posting consumer gets kicked out of its Kafka group mid-test and its offset commit"
        " is refused, so postings are applied again",
        "postings land twice or late in our extract; the ledger consumer loses its Kafka group"
        " membership and can't commit offsets",
        "at the sustained posting rate the ledger consumer gets kicked out of its Kafka group and"
        " its offset commit fails, so postings get applied again",
        "postings we create show up twice or late in the postings list; support said ledger's"
        " Kafka consumer drops out of its group and can't commit its offsets",
        "posting consumer is getting thrown out of its group in rebalance and after that offset"
        " commit is failing (CommitFailedException)",
        "Kafka posting consumer is removed from its consumer group during a rebalance, so the"
        " subsequent offset commit is rejected",
        "posting consumer dropped from its Kafka group, offset commit fails",
        "postings consumer got booted from its kafka group in a rebalance, then the offset commit"
        " fails (CommitFailedException)",
        "the posting consumer gets kicked out of its Kafka group during a rebalance and then the"
        " offset commit fails commit failed exception",
    ),
    "j-jackson": (
        "can't deserialize the amount string into BigDecimal",
        "BigDecimal parse failure on posting amounts like '12,50 EUR'",
        "jackson can't map the amount str to BigDecimal (not a valid representation)",
        "posting messages with amounts like '12,50 EUR' don't deserialise to BigDecimal",
        'amount values like "12,50 EUR" can not be deserialized by Jackson as BigDecimal',
        'amounts like "12,50 EUR" sent for a BigDecimal field, deserializing fails',
        'posted amounts like "45,10 EUR" can\'t be turned into a BigDecimal by Jackson',
        "amount comes as a localized string (`199,00 EUR`), Jackson won't map it to `BigDecimal`",
        "Jackson can't turn amounts sent as '12,50 EUR'-style strings into a BigDecimal",
        "posting amounts sent as locale strings ('99,00 EUR'), not mappable to BigDecimal",
        "posting message is not parsed when amount come as text like '12,50 EUR' (not BigDecimal)",
        "jackson cant read amount like '12,50 EUR' as BigDecimal",
        "Some ledger postings were not processed because amounts arrived as text like '12,50 EUR',"
        " which Jackson could not read as a BigDecimal",
        "Jackson can't read amounts that arrive as text like '12,50 EUR' into the BigDecimal field",
        "posting messages carry the amount as text like '12,50 EUR', Jackson won't map that to"
        " BigDecimal so the message doesn't load",
        "payments entered in the app with an amount like '7,99 EUR' never post, BE's Jackson"
        " won't read that string as a BigDecimal",
        "posting amounts arrive as localized strings ('12,50 EUR'), Jackson can't bind them to"
        " BigDecimal",
        "input validation: posting amounts arrive as formatted text such as '12,50 EUR' and can't"
        " be read as a BigDecimal, the posting is dropped",
        "postings with amounts like '12,50 EUR' can't be deserialized into a BigDecimal",
        "postings with amounts written like '12,50 EUR' are dropped; our parser can't turn that"
        " text into a BigDecimal",
        "posting amounts come in as text that can't be turned into a BigDecimal (like '12,50"
        " EUR'), so those postings never reach the ledger tables",
        "deserialize step errors: amount strings like '12,50 EUR' won't map onto a BigDecimal",
        "Jackson can't bind the `amount` field to `BigDecimal` when it arrives as a formatted"
        " string like `12,50 EUR`",
        "postings typed with an amount like '12,50 EUR' never appear in the ledger view; BE can't"
        " read that string into a BigDecimal (Jackson)",
        "posting messages carry amounts like '12,50 EUR' and Jackson won't read them into a"
        " BigDecimal",
        "postings with amounts like '12,50 EUR' silently don't show up; Priya says that amount"
        " format can't be read as a number (BigDecimal)",
        "a posting message with an amount like '12,50 EUR' can't be deserialized into BigDecimal"
        " and the posting never shows up",
        "postings with amounts formatted like '12,50 EUR' never reach the ledger, Jackson can't"
        " turn that string into a BigDecimal",
        "postings sent with amounts like '12,50 EUR' never get applied, Jackson can't read that"
        " string as a BigDecimal in ledger's consumer",
        "postings where we send the amount as '12,50 EUR' are accepted but never appear; support"
        " said your side can't deserialize that string into a BigDecimal",
        "amount is coming as string like '12,50 EUR' and Jackson is unable to convert the same into"
        " BigDecimal",
        'posting amounts sent as formatted strings (e.g. "12,50 EUR") cannot be deserialized'
        " into `BigDecimal`",
        "posting amount like '12,50 EUR' won't map to BigDecimal",
        "amounts like '12,50 EUR' in postings, jackson can't make a BigDecimal out of that",
        "postings come in with the amount as a string like 12,50 EUR and Jackson can't turn that"
        " into a big decimal",
    ),
    "j-oom": (
        "Java heap space OOM during CSV export",
        "report export runs out of heap (Java heap space)",
        "CSV export OOMs, heap space exhausted",
        "CSV report export exhausts the JVM heap (Java heap space)",
        "JVM has no heap memory left (Java heap space) while the CSV export is written",
        "CSV export runs the JVM out of heap",
        'CSV exporter eats all the memory ("Java heap space")',
        "CSV export runs out of JVM heap (`Java heap space`), probably buffering the whole report",
        "JVM runs out of heap ('Java heap space') whilst building the CSV export",
        "CSV export job exhausts the JVM heap (OutOfMemoryError, heap space)",
        "CSV export crash when JVM heap is full (Java heap space)",
        "java heap space OOM in csv export",
        "Finance reports were delayed because the CSV export ran the JVM out of memory (Java heap"
        " space)",
        "the CSV export looks like it keeps the whole report in memory and the JVM runs out of"
        " heap (Java heap space)",
        "CSV export job runs out of Java heap space on the large reports and no file gets written",
        "CSV export button in the app spins forever, BE export runs out of Java heap space",
        "CSV export materializes the whole report in memory and exhausts the Java heap (heap space"
        " OOM)",
        "resource exhaustion: the CSV report export uses up the whole Java heap (heap space)",
        "CSV report export runs the JVM out of heap space",
        "large CSV report exports fail; the report job runs the JVM out of heap memory while it"
        " builds the file",
        "the CSV export holds the whole report in the JVM heap and runs out (Java heap space); the"
        " query returns fine, it's the app buffering every row",
        "the CSV export span dies with OutOfMemory, Java heap space used up while building the"
        " report",
        "the CSV export collects every row in a `List` before writing anything, so a big report"
        " exhausts the heap (`Java heap space`)",
        "Export CSV on a big report: spinner, then the export status flips to FAILED; BE's export"
        " job ran out of Java heap",
        "JVM runs out of heap ('Java heap space') in the CSV export; it's the heap, not the"
        " container limit, no OOMKilled on the pod",
        "big CSV report exports never arrive for our largest tenants; Dmitri says the export runs"
        " out of memory (Java heap space) while building the file",
        "CSV export of the large-tenant fixture runs the reports JVM out of heap (Java heap space)",
        "the big tenants' CSV exports never arrive; reports runs out of Java heap space while"
        " writing them",
        "with 40 large-tenant CSV exports running at once the reports JVM runs out of heap (Java"
        " heap space) and the exports fail",
        "CSV exports for our largest account never become ready; support said the reports service"
        " runs out of Java heap space while writing them",
        "for big reports CSV export is going out of memory, Java heap space error is coming",
        "large CSV report exports exhaust the JVM heap (Java heap space) because the entire"
        " report is held in memory before writing",
        "CSV export OOM: Java heap space",
        "csv export eats the whole heap on the big tenants, OutOfMemoryError: Java heap space",
        "so basically the CSV export runs out of heap on the big reports out of memory Java heap"
        " space",
    ),
    "j-s3-denied": (
        "S3 Access Denied (403) when uploading the report",
        "report upload to S3 gets 403 Access Denied",
        "403 AccessDenied putting the report object in S3",
        "reports not landing in S3, the PUT is refused with 403 Access Denied",
        "upload of the report to S3 is not allowed, status code 403 (Access Denied)",
        "S3 says 403 / Access Denied when we upload the report",
        "S3 won't let us write the report, HTTP 403 Access Denied on the put (permissions?)",
        "report `PutObject` to S3 refused, `403 Access Denied` (IAM role / bucket policy?)",
        "S3 refuses the report upload with a 403 Access Denied",
        "S3 write of the report denied with 403, smells like a permissions change",
        "report upload to S3 gives error when access is denied (status 403, Access Denied)",
        "s3 403 access denied on report put, iam?",
        "Finance reports were not delivered because S3 refused the report upload with 403 Access"
        " Denied",
        "S3 replies 403 Access Denied when the report is uploaded, maybe a permissions thing",
        "report file upload to S3 gets 403 Access Denied, nothing lands in the bucket for the"
        " downstream consumers",
        "report download link never arrives in the app, BE's upload of the report to S3 gets 403"
        " Access Denied",
        "report PutObject gets 403 Access Denied from S3; the job's IAM role or the bucket policy"
        " lost s3:PutObject",
        "access control: the report upload to S3 is denied with 403 Access Denied, the job's"
        " permissions no longer allow the write",
        "report upload to S3 gets a 403 Access Denied",
        "finished reports never reach them; the report job's upload to S3 is refused with a 403"
        " Access Denied",
        "the report upload to S3 is refused with 403 Access Denied; the report query finished"
        " fine, the file just can't be stored",
        "S3 PutObject span for the report upload returns 403 Access Denied",
        "`PutObject` for the report comes back `403 Access Denied`; the task role's policy"
        " probably no longer allows `s3:PutObject` on that bucket",
        "report export says done but the download link never shows up; BE's upload of the file to"
        " S3 gets 403 Access Denied",
        "report PutObject to S3 gets 403 Access Denied; the service account's IAM role may be"
        " missing s3:PutObject",
        "finished reports don't get delivered; Dmitri says the upload to S3 is refused with 403"
        " Access Denied",
        "the report export finishes but its S3 upload is refused with 403 Access Denied",
        "report files never show up in the bucket we read from, the reports upload (PutObject)"
        " gets 403 Access Denied",
        "exports run but every upload to the reports bucket is refused with 403 Access Denied, so"
        " no file ever appears",
        "the exports we request end up failed; support told us the upload to your S3 bucket gets"
        " 403 Access Denied",
        "report upload is failing because S3 is giving 403 Access Denied, looks like permission"
        " issue for bucket",
        "report upload to S3 is denied with 403 Access Denied, which suggests a missing"
        " `s3:PutObject` permission",
        "report upload to S3 denied, 403",
        "report put to s3 gets 403 Access Denied, smells like the bucket policy or the iam role",
        "uploading the report to S3 gets a four oh three access denied probably the bucket policy"
        " or the IAM role",
    ),
    "j-s3-slowdown": (
        "S3 503 slow down, reduce your request rate on report upload",
        "S3 throttling (503 please reduce request rate) for reports",
        "S3 SlowDown / 503 on report PUTs",
        "S3 is throttling report uploads: 503, asks us to reduce the request rate",
        "S3 answers report uploads with status code 503 and asks to reduce the request rate",
        "S3 pushes back on report uploads with 503, wants us to slow down the request rate",
        "S3 throttles our report writes, HTTP 503 telling us to lower the request rate",
        'S3 returns `503` "reduce your request rate" on report uploads, we hammer it too hard',
        "S3 telling us to back off the request rate (503) on report uploads",
        "S3 503s on report uploads asking for a lower request rate (throttled)",
        "report upload to S3 gives status 503 when S3 ask to reduce request rate",
        "s3 503 slow down on report put, req rate too high",
        "Finance reports were not delivered because S3 answered the report uploads with 503 and"
        " asked us to reduce our request rate",
        "S3 replies 503 to the report upload and asks us to reduce the request rate",
        "report uploads get 503 from S3 asking us to reduce the request rate, the upload step"
        " needs a backoff",
        "report download link never arrives in the app, S3 answers BE's report upload with 503"
        " and asks to reduce the request rate",
        "report uploads exceed S3's per-prefix request rate, S3 answers 503 'Please reduce your"
        " request rate' (SlowDown)",
        "availability: S3 throttles the report uploads with a 503 asking us to reduce our request"
        " rate",
        "report upload to S3 gets a 503, S3 says to reduce the request rate",
        "some of their reports are not delivered; S3 pushes back on our report uploads with a 503"
        " telling us to lower the request rate",
        "S3 answers the report uploads with 503 'Please reduce your request rate'; the DB part is"
        " done by then, the upload gets throttled",
        "S3 PutObject span for the report upload returns 503 SlowDown, asks us to lower the request"
        " rate",
        "report upload gets S3's `503` SlowDown (`Please reduce your request rate`), every"
        " `PutObject` goes out at once with no backoff",
        "download link missing for some exports after a batch of them; S3 answers BE's upload with"
        " 503 SlowDown (reduce your request rate)",
        "S3 answers the report uploads with 503 and asks us to reduce the request rate",
        "some scheduled reports go missing at peak; Dmitri says S3 is telling us to slow down"
        " (503, reduce your request rate) on the uploads",
        "when the suite starts many exports at once S3 answers the uploads with 503 'Please reduce"
        " your request rate'",
        "at our 02:00 peak S3 throttles the report uploads with 503 SlowDown (reduce your request"
        " rate) and some files never arrive",
        "at the peak export rate S3 throttles the report uploads with 503 'Please reduce your"
        " request rate' and part of the exports fail",
        "at month end some of our report exports fail; support said S3 answers your uploads with"
        " 503 'Please reduce your request rate'",
        "S3 is throwing 503 with 'Please reduce your request rate' during report upload, too many"
        " uploads are going in parallel",
        'S3 throttles report uploads with 503 "Please reduce your request rate" when too many'
        " uploads run concurrently",
        "report upload throttled by S3, 503 slow down",
        "s3 is telling us to chill on report uploads, 503 'Please reduce your request rate'",
        "S3 is throttling the report uploads five oh three please reduce your request rate we're"
        " uploading too many at once",
    ),
    "j-file-tmp": (
        "temp report CSV missing (NoSuchFile) when opening the export",
        "export can't find its temp report csv file",
        "exporter opens a tmp report-*.csv that isn't there anymore (NoSuchFile)",
        "export can't open its temp report-<id>.csv, the file is gone (NoSuchFileException)",
        "temporary file report-<number>.csv does not exist when the CSV exporter opens it",
        "temp report-<n>.csv is already gone when the exporter tries to open it",
        "exporter looks for its temp report-NNNN.csv in the tmp dir and it isn't there",
        "exporter's temp `report-NNNNNNNN.csv` doesn't exist anymore at open time (cleanup race?)",
        "temp report-*.csv has vanished by the time the exporter goes to open it",
        "tmp report-<n>.csv missing when the CSV exporter opens it, is something sweeping tmp?",
        "CSV export gives error when temporary file report-<n>.csv is not found (NoSuchFile)",
        "tmp report-<n>.csv gone when export opens it (NoSuchFile)",
        "Report exports failed because the temporary report-<n>.csv file was already gone when the"
        " exporter tried to open it",
        "the exporter tries to open its temp report-<n>.csv and the file isn't there any more"
        " (NoSuchFileException)",
        "export step can't find its temp report-<n>.csv when it goes to open it, the file went"
        " away mid-run",
        "CSV export from the app errors out, BE goes to open its temp report-<n>.csv and the"
        " file is gone (NoSuchFile)",
        "temp report-<n>.csv deleted (tmp reaper or another pod) before the exporter opens it,"
        " NoSuchFileException",
        "temp file handling: the temporary report-<n>.csv no longer exists when the export opens"
        " it (NoSuchFile)",
        "CSV export can't find its temp report-<n>.csv file when it goes to open it",
        "CSV exports fail part of the time; the export's temporary report-<n>.csv is already gone"
        " when the job goes to open it",
        "the temporary report-<n>.csv is already gone (NoSuchFileException) when the export opens"
        " it; no database part to this one",
        "export span fails opening its temp report-<n>.csv, the file isn't on disk anymore"
        " (NoSuchFile)",
        "`report-<n>.csv` under tmp is opened after it's already been deleted, nothing checks the"
        " file is still there",
        "Export CSV fails straight away; BE goes to open its temp report-<n>.csv and the file is"
        " already gone",
        "the export's temp report-<n>.csv is gone by the time it gets opened (NoSuchFileException);"
        " /tmp is per pod, not shared",
        "CSV exports fail every now and then; Dmitri says the temporary report file is already"
        " gone when the export goes to open it",
        "the export fails because its temp report-*.csv is already gone when the exporter opens"
        " it (NoSuchFileException)",
        "some report files we wait for never get written; the temp report-<n>.csv has vanished"
        " before the export opens it",
        "with exports running side by side the temp report-*.csv is already deleted when the"
        " exporter opens it",
        "now and then a report export fails; support said its temporary report-<n>.csv file is"
        " gone by the time it gets opened",
        "exporter is trying to open temp report-<n>.csv but file is already deleted, NoSuchFile is"
        " coming",
        "CSV export fails because the temporary report file (report-<n>.csv) no longer exists"
        " when the exporter attempts to open it",
        "CSV export: temp report-<n>.csv gone before it's opened (NoSuchFile)",
        "csv export goes to open its temp report-<n>.csv and it's already gone,"
        " NoSuchFileException",
        "the export goes to open its temp report CSV and the file's already gone no such file"
        " exception",
    ),
    "j-concurrent-mod": (
        "concurrent modification evicting expired report cache entries",
        "report cache eviction modifies the map while iterating",
        "map changed under the iterator while expiring cached reports",
        "report cache expiry iterates a map that's being modified at the same time",
        "report cache is modified concurrently during the eviction of expired entries",
        "report cache cleanup of expired entries fails, map gets modified mid-iteration",
        "report cache: map gets changed while the expiry loop is still walking it",
        "report cache: `evictExpired` removes entries from the map it is iterating over",
        "report cache's expiry sweep edits the map whilst it's iterating over it",
        "report cache expiry loop iterates the map while entries get removed, iterator throws",
        "report cache eviction fails when map is modified during iteration on expired entries",
        "report cache evict expired, map modified during iteration",
        "Scheduled reports were affected because the report cache was being changed while its"
        " expired entries were removed (concurrent modification)",
        "expired entries get removed from the report cache map while it is still being iterated",
        "report cache expiry pass removes entries from the map while it loops over it, so the pass"
        " aborts with a concurrent modification",
        "scheduled reports go missing in the app, BE's report cache map is modified while it"
        " loops over the expired entries",
        "report cache eviction removes entries from a plain HashMap while iterating it, no"
        " iterator.remove()",
        "thread safety: expired report cache entries are removed while the cache is being"
        " modified, concurrent modification",
        "report cache cleanup of expired entries runs into a concurrent modification",
        "scheduled reports get skipped; the report cache's cleanup of expired entries edits the"
        " map while it is still looping over it",
        "the report cache cleanup changes the map while it's still iterating over the expired"
        " entries (ConcurrentModificationException); in memory only, never reaches the DB",
        "report cache eviction throws ConcurrentModification, the cache map changes while expired"
        " entries are iterated",
        "the expiry loop removes entries from the cache map while iterating over it; needs"
        " `Iterator.remove()` or a `ConcurrentHashMap`",
        "scheduled reports stop showing up in the reports list, nothing failing on our side; BE's"
        " cache cleanup modifies the map while looping over it",
        "scheduled cache eviction throws ConcurrentModificationException, the map changes while"
        " it's being iterated",
        "scheduled reports get skipped now and then; Dmitri says the report cache cleanup trips"
        " over itself while removing expired entries (concurrent modification)",
        "the scheduled reports test flakes when the report cache eviction throws"
        " ConcurrentModificationException mid-iteration",
        "scheduled report runs get skipped; the cache eviction changes the map while it's"
        " iterating over it (ConcurrentModificationException)",
        "with scheduled reports firing during the run the report cache eviction throws"
        " ConcurrentModificationException and scheduler ticks get skipped",
        "scheduled reports we set up through the API sometimes don't run; support said the report"
        " cache eviction throws ConcurrentModificationException on your side",
        "expired entries removal in report cache is throwing ConcurrentModificationException, map"
        " is modified during iteration only",
        "report cache eviction modifies the underlying map while iterating over it, resulting"
        " in a concurrent modification failure",
        "report cache expiry sweep: ConcurrentModification while iterating",
        "report cache evicts expired entries while something else iterates it,"
        " ConcurrentModificationException",
        "evicting expired entries from the report cash throws a concurrent modification exception"
        " something changes the map while we loop over it",
    ),
    "j-number-format": (
        "limit filter parse fails: For input string",
        "bad number in the 'limit' filter param",
        "'limit' filter value isn't a number (For input string)",
        "report list breaks when the 'limit' filter isn't numeric",
        "value of the filter 'limit' can not be parsed as a number (e.g. 'N/A', '12a')",
        "non-numeric value in the 'limit' filter can't be parsed",
        'report list "limit" filter gets values like "1,5" or "--3", not parseable numbers',
        "`limit` filter value like `0x1F` or an empty string doesn't parse as a number",
        "'limit' filter on the report list isn't always a number (N/A, 12a, 0x1F) and won't parse",
        "report list 'limit' filter gets non-numeric input (empty, N/A, 0x1F), number parse fails",
        "report list gives error when value of 'limit' filter is not number (N/A, 12a, 0x1F)",
        "'limit' filter val not a number (For input string: N/A, 12a)",
        "Users could not load the report list when the 'limit' filter held something other than a"
        " number, such as N/A or 12a",
        "the 'limit' filter is parsed as a number without any check, so values like N/A or 12a"
        " blow up",
        "'limit' filter values that aren't numbers (N/A, 12a, 0x1F) fail the number parse",
        "report list in the app 500s when our 'limit' filter isn't a number (N/A, 12a), BE's"
        " number parsing fails on it",
        "report list 'limit' filter goes straight into Integer.parseInt, non-numeric input (N/A,"
        " 12a, 0x1F) throws",
        "input validation: the 'limit' filter of the report list is parsed as a number without any"
        " check, values like N/A or 12a throw",
        "report list breaks when 'limit' isn't a number (N/A, 12a)",
        "the report list errors when the 'limit' filter isn't a number (say N/A or 12a); our"
        " parsing of 'limit' only copes with a whole number",
        "the report list's 'limit' filter gets text that isn't a number (N/A, 12a) and parsing it"
        " fails before any query is built",
        "report list request errors when the limit param is not numeric (N/A, 12a), NumberFormat on"
        " parse",
        "`Integer.parseInt` runs on the raw `limit` filter (`N/A`, `12a`, `0x1F`), nothing"
        " validates it before parsing",
        "reports list request 500s when limit isn't a number (old bookmarks carry limit=N/A); BE"
        " parses it anyway and gets For input string",
        "report list calls with a limit that isn't a number (N/A, 12a, 0x1F) fail with 'For input"
        " string'",
        "the reports list errors if someone types a non-number in the limit filter (N/A, 12a);"
        " Dmitri says we only handle whole numbers there",
        "a limit of 'N/A', '12a' or '0x1F' in the reports list filter fails number parsing (For"
        " input string), 500 where a 400 is expected",
        "our list call with a non-numeric limit (N/A, 12a) gets a server error, the limit filter"
        " fails with 'For input string'",
        "list requests from the data file with a non-numeric limit ('N/A', '12a', '0x1F') fail"
        " number parsing (For input string) and answer 500",
        "listing reports with limit 'N/A' or '12a' returns a 500 instead of a 400 validation"
        " error; support mentioned 'For input string'",
        "limit filter is coming with non number value (N/A, 12a, 0x1F) and parsing is failing with"
        " For input string",
        'non-numeric values in the report list `limit` filter (e.g. "N/A", "12a", "0x1F") are'
        " not validated and cause a number parsing failure",
        "report list: non-numeric 'limit' (N/A, 12a) -> NumberFormatException",
        "reports list dies when the limit filter isn't a number (N/A, 12a), NumberFormatException",
        "reports list falls over when the limit filter isn't a number like N/A or 12a number"
        " format exception for input string",
    ),
    "j-class-cast": (
        "String cannot be cast to Long for rowLimit",
        "rowLimit param class cast String -> Long",
        "rowLimit comes in as a String, cast to Long fails",
        "report list breaks on rowLimit: a String where a Long is expected",
        "parameter rowLimit arrives as String, a cast into Long is not possible",
        "rowLimit param is a String but the code casts it to Long",
        '"rowLimit" parameter arrives as text, code expects a Long, cast fails',
        "`rowLimit` param reaches us as a `String`, the `(Long)` cast blows up",
        "rowLimit turns up as a String and gets cast straight to Long",
        "report list rowLimit param arrives as String, ClassCast when treated as Long",
        "report list gives error when rowLimit is sent as String and code cast it to Long",
        "rowLimit is a String, cast to Long fails",
        "The report list failed to load because the rowLimit parameter arrived as a String and the"
        " code treated it as a Long",
        "rowLimit arrives as a String but the code casts it straight to Long",
        "rowLimit param shows up typed as a String where the code wants a Long, and the cast fails",
        "report list 500s from the app, rowLimit reaches BE as a String and BE casts it to Long",
        "rowLimit param bound as a String and cast to Long unchecked (String -> Long"
        " ClassCastException)",
        "type confusion: the rowLimit parameter arrives as a String and gets cast to Long",
        "report list breaks - rowLimit comes in as a String and the code casts it to Long",
        "the report list errors for their API calls; rowLimit reaches our code as text and gets"
        " cast to a Long, which fails",
        "rowLimit arrives as a String and the app casts it to Long, which fails before the report"
        " query runs",
        "report list request errors: rowLimit shows up as a String and the cast to Long throws",
        "`rowLimit` comes out of the params map as a `String` and is cast to `Long` unchecked",
        "reports list 500s when rowLimit goes out as a string in the query; BE casts it to Long"
        " and blows up",
        "report list calls fail casting rowLimit from String to Long",
        "API users get an error on the reports list; Dmitri says rowLimit arrives as text and the"
        " code expects a number (String to Long cast)",
        "passing rowLimit as a string to the reports list ends in a String to Long"
        " ClassCastException",
        "the reports list call errors when rowLimit goes over as a string, reports casts it from"
        " String to Long and fails",
        "list requests that pass rowLimit as a string answer 500, reports casts String to Long and"
        " fails (ClassCastException)",
        "listing reports with rowLimit sent as a string (our JSON serializer quotes numbers)"
        " returns 500; support said a String can't be cast to Long on your side",
        "rowLimit parameter is coming as String and code is directly casting it to Long, so"
        " ClassCastException",
        "`rowLimit` request parameter is received as a String but cast directly to Long,"
        " triggering a type cast failure",
        "report list: rowLimit arrives as String, Long cast fails",
        "rowLimit shows up as a String and gets cast straight to Long, ClassCastException",
        "row limit comes in as a string and we cast it straight to a long so class cast exception"
        " string cannot be cast to long",
    ),
    "j-grpc-unavail": (
        "accounts gRPC UNAVAILABLE (io exception) on balance",
        "balance call to accounts fails with UNAVAILABLE",
        "balance rpc to accounts: UNAVAILABLE / io exception",
        "balance lookups to accounts failing, gRPC status UNAVAILABLE (io exception)",
        "gRPC call for the balance to accounts returns status UNAVAILABLE (io exception)",
        "accounts unreachable for balance lookups (gRPC UNAVAILABLE, io exception)",
        "getting the balance from accounts: gRPC says UNAVAILABLE, io exception underneath",
        "`UNAVAILABLE: io exception` from accounts on the balance RPC (channel down?)",
        "accounts gRPC balance call comes back UNAVAILABLE with an io exception",
        "accounts gRPC dependency UNAVAILABLE on balance calls, io exception on the channel",
        "balance request to accounts gives error when gRPC status is UNAVAILABLE (io exception)",
        "balance call to accounts grpc UNAVAILABLE, io exception",
        "Ledger postings could not get account balances because the accounts gRPC service was"
        " UNAVAILABLE (io exception)",
        "the balance call to the accounts gRPC service fails with UNAVAILABLE: io exception",
        "balance lookups to accounts over gRPC fail with UNAVAILABLE (io exception), postings pile"
        " up behind the retries",
        "balance screen in the app errors, BE's gRPC call to accounts for the balance gets"
        " UNAVAILABLE: io exception",
        "accounts balance RPC fails with UNAVAILABLE: io exception, the channel can't reach an"
        " accounts backend (pods restarting?)",
        "dependency availability: the accounts gRPC service is UNAVAILABLE (io exception) when a"
        " balance is requested",
        "balance calls to accounts over gRPC fail with UNAVAILABLE, io exception",
        "postings fail while the balance is checked; the ledger's gRPC balance call to accounts"
        " comes back UNAVAILABLE (io exception), accounts can't be reached",
        "the gRPC balance call from ledger to accounts gets UNAVAILABLE (io exception), nobody"
        " answering on the accounts side; not a database problem",
        "outbound gRPC span to accounts for the balance ends UNAVAILABLE (io exception), nobody"
        " answers",
        "the balance RPC to accounts fails with `UNAVAILABLE: io exception` and the stub has no"
        " retry policy configured",
        "saving a posting 500s right away; BE's balance lookup over gRPC to accounts gets"
        " UNAVAILABLE: io exception",
        "balance RPCs to accounts come back UNAVAILABLE: io exception, no accounts pod takes the"
        " connection",
        "payments fail during the balance check; Priya says the ledger can't reach the accounts"
        " service at all (gRPC UNAVAILABLE, io exception)",
        "creating a posting fails when ledger can't reach accounts for the balance (gRPC"
        " UNAVAILABLE: io exception)",
        "posting requests fail because ledger can't reach accounts for the balance check, gRPC"
        " UNAVAILABLE io exception",
        "posting requests fail in bursts when ledger can't reach accounts for the balance check"
        " (gRPC UNAVAILABLE: io exception)",
        "creating postings fails with 500 in bursts; support said ledger can't reach your accounts"
        " service for the balance (gRPC UNAVAILABLE)",
        "balance call to accounts service over gRPC is failing with UNAVAILABLE: io exception",
        "gRPC balance lookup against the accounts service fails with status UNAVAILABLE (io"
        " exception), indicating that the backend is unreachable",
        "accounts gRPC balance call UNAVAILABLE (io exception)",
        "ledger can't reach accounts over grpc for the balance, UNAVAILABLE io exception",
        "ledger can't get the balance from accounts over gRPC status unavailable IO exception",
    ),
    "j-grpc-deadline": (
        "accounts gRPC DEADLINE_EXCEEDED on balance",
        "balance lookup over gRPC hits DEADLINE_EXCEEDED",
        "balance rpc to accounts runs past its deadline (DEADLINE_EXCEEDED)",
        "balance lookups to accounts time out, gRPC status DEADLINE_EXCEEDED",
        "gRPC call for the balance to accounts returns status DEADLINE_EXCEEDED",
        "accounts too slow answering balance lookups (gRPC DEADLINE_EXCEEDED)",
        "getting the balance from accounts: gRPC DEADLINE_EXCEEDED, no answer inside the deadline",
        "balance RPC to accounts gets no reply before its deadline, `DEADLINE_EXCEEDED`",
        "accounts balance RPC blows through its gRPC deadline (DEADLINE_EXCEEDED)",
        "balance calls to accounts gRPC blow their deadline (DEADLINE_EXCEEDED)",
        "balance request to accounts fails when gRPC deadline is passed (DEADLINE_EXCEEDED)",
        "balance call to accounts grpc hits DEADLINE_EXCEEDED",
        "Ledger postings could not get account balances in time; the balance call to accounts hit"
        " the gRPC DEADLINE_EXCEEDED limit",
        "the balance call to the accounts gRPC service runs out of time (DEADLINE_EXCEEDED)",
        "balance lookups to accounts over gRPC run past the deadline, DEADLINE_EXCEEDED on each"
        " attempt",
        "balance screen in the app spins then errors, BE's gRPC balance call to accounts hits"
        " DEADLINE_EXCEEDED",
        "accounts balance RPC runs past its gRPC deadline (DEADLINE_EXCEEDED); accounts is slow,"
        " not down",
        "dependency latency: balance requests to accounts over gRPC run past their deadline"
        " (DEADLINE_EXCEEDED)",
        "balance calls to accounts over gRPC hit DEADLINE_EXCEEDED",
        "postings fail because the balance check is too slow; the ledger's gRPC call to accounts"
        " for the balance runs out of time (DEADLINE_EXCEEDED)",
        "the gRPC balance call to accounts runs past its deadline (DEADLINE_EXCEEDED); accounts is"
        " slow to answer, worth a look at its balance query plan",
        "outbound gRPC span to accounts for the balance runs out its deadline, DEADLINE_EXCEEDED",
        "the balance RPC to accounts runs past its deadline (`DEADLINE_EXCEEDED`), the deadline we"
        " set is below what accounts takes at p99",
        "saving a posting spins a few seconds then 500s; BE's gRPC balance lookup to accounts runs"
        " out its deadline (DEADLINE_EXCEEDED)",
        "balance RPCs to accounts.prod.svc run past their deadline (DEADLINE_EXCEEDED); accounts"
        " answers, just late",
        "payments fail because the balance check is too slow; Priya says the accounts service"
        " doesn't answer before the deadline (DEADLINE_EXCEEDED)",
        "the balance lookup from ledger to accounts runs past its gRPC deadline"
        " (DEADLINE_EXCEEDED) and the posting fails",
        "posting requests fail because the balance call from ledger to accounts runs past its"
        " deadline, DEADLINE_EXCEEDED",
        "at the peak rate the balance call from ledger to accounts exceeds its gRPC deadline"
        " (DEADLINE_EXCEEDED) and the postings answer 500",
        "creating postings fails with 500 during our settlement peaks; support said the balance"
        " lookup to accounts runs past its gRPC deadline (DEADLINE_EXCEEDED)",
        "accounts is taking too much time for balance and gRPC call is getting DEADLINE_EXCEEDED",
        "gRPC balance lookup against the accounts service runs past its configured deadline"
        " (DEADLINE_EXCEEDED)",
        "accounts gRPC balance call runs past its deadline, DEADLINE_EXCEEDED",
        "balance lookups to accounts blow the grpc deadline, DEADLINE_EXCEEDED",
        "balance calls from ledger to accounts over gRPC run past the deadline deadline exceeded",
    ),
    "j-log-quota": (
        "tenants hitting the monthly invoice usage quota",
        "usage quota exceeded for tenant invoices this month",
        "monthly invoice quota exceeded by some tenants",
        "tenants going over their monthly invoice quota",
        "tenant exceeds the usage quota of invoices for the month",
        "tenant used up its monthly invoice allowance (usage quota exceeded)",
        "usage quota blown, tenant issued more invoices this month than its limit allows",
        "tenants over their monthly invoice cap, quota check logs N of LIMIT used",
        "some tenants are over this month's invoice usage quota",
        "tenants above the monthly invoice usage quota (N of LIMIT used)",
        "tenant invoices are blocked when monthly invoice usage quota is exceeded",
        "tenant over monthly invoice usage quota",
        "Some tenants could not issue more invoices because they reached their monthly invoice"
        " usage quota",
        "some tenants go over their monthly invoice usage quota and that gets logged as an error",
        "tenants past their monthly invoice usage quota, further invoices for them get blocked",
        "users can't create more invoices in the app, BE logs their tenant as over the monthly"
        " invoice usage quota",
        "tenants exceed the monthly invoice quota of their plan; expected behaviour, but it's"
        " logged at ERROR",
        "usage control: tenants reach their monthly invoice quota and further invoices are"
        " refused; enforcement works, but it is logged as an error",
        "tenants over their monthly invoice quota, logged as errors",
        "their invoicing stops once they pass the monthly invoice quota of their plan; we log it"
        " as an error although it's the plan limit doing its job",
        "tenants go past their plan's monthly invoice quota and the app logs it as an error;"
        " that's the quota check doing its job, no DB issue",
        "error-level logs for tenants going past the monthly invoice quota of their plan",
        "`log.error` fires every time a tenant goes over its monthly invoice quota, which is the"
        " limit doing its job, not a bug",
        "tenants at their monthly invoice quota get a 429 on create, which is right, but BE logs"
        " every refusal as an error",
        "app logs at ERROR whenever a tenant goes over its monthly invoice quota; the request"
        " itself goes through fine",
        "tenants who go over their plan's monthly invoice quota show up as errors on the"
        " dashboard; Sam says it's expected, it's just logged as an error",
        "the quota test tenant going over its monthly invoice quota is logged at ERROR by billing,"
        " although the 429 is what the test expects",
        "our backfill pushes a tenant past its monthly invoice quota and billing logs every"
        " refused invoice as an error",
        "the scenario's tenant runs over its monthly invoice quota mid-run and billing logs each"
        " refused invoice at ERROR as usage quota exceeded",
        "creating invoices starts failing with 429 partway through the month; support said our"
        " tenant is over its monthly invoice quota (usage quota exceeded)",
        "tenant has crossed monthly invoice usage quota and for every invoice error log is coming,"
        " though this is expected",
        "tenants that exceed their monthly invoice usage quota are logged at ERROR level,"
        " although this is expected behavior",
        "tenants over the monthly invoice quota, logged at error",
        "tenants going over the monthly invoice quota get logged as errors, expected tho",
        "tenants going over there monthly invoice usage quota and we log an error for every single"
        " invoice which I guess is expected",
    ),
    "j-log-dunning": (
        "dunning emails bouncing for customers",
        "bounced dunning email for an invoice",
        "dunning mails to customers bounce",
        "dunning emails bouncing back from customer addresses",
        "dunning mail can not be delivered to the customer, a bounce is received",
        "dunning email to the customer comes back as bounced",
        "dunning reminder to a customer bounces, so they never get it",
        "dunning mails for overdue invoices bounce at the customer's address",
        "customer mailboxes are bouncing our dunning emails",
        "outbound dunning mail for overdue invoices bouncing at customer mailboxes",
        "dunning email is bounced when it is sent to customer mail address",
        "dunning email bounced for cust",
        "Customers with overdue invoices did not receive their dunning emails because the emails"
        " bounced",
        "dunning emails about overdue invoices bounce at the customer's address",
        "dunning emails for unpaid invoices come back as bounces from customer mailboxes",
        "customers tell us in app reviews they never got the payment reminder, BE logs show the"
        " dunning emails bouncing",
        "dunning emails for overdue invoices hard-bounce at the customer's mailbox, stale customer"
        " addresses",
        "customer communication: dunning emails for overdue invoices bounce, the customer email"
        " addresses on file look invalid",
        "dunning emails about overdue invoices bounce back",
        "their payment reminders (dunning emails) for overdue invoices bounce; the buyer email"
        " addresses on file are no longer valid",
        "dunning emails for overdue invoices bounce because the customer email addresses we hold"
        " are no longer valid; stale contact data",
        "error logs from dunning mail: reminders about overdue invoices come back bounced",
        "the dunning mail for an overdue invoice bounces at the customer's address and we only"
        " `log.error` it; nothing marks the address as bad",
        "nothing breaks in the web app; BE logs a bounced dunning email for a customer's overdue"
        " invoice",
        "a dunning email for an overdue invoice bounces at the customer's address and the app logs"
        " that as an error",
        "payment reminder emails for overdue invoices bounce for some customers; Sam says the"
        " email addresses we have on file are dead",
        "dunning emails to the seeded customers' fake addresses bounce and billing logs each"
        " bounce as an error",
        "billing logs an error for every dunning email that bounces at a customer's dead address,"
        " right next to our runs",
        "dunning emails to the synthetic customers' addresses bounce during the run and billing"
        " logs every bounce as an error",
        "dunning emails for our overdue invoices never reach some customers; support said they"
        " bounce at the customers' addresses and get logged as errors on your side",
        "dunning mails of overdue invoices are getting bounced from customer email ids",
        "dunning emails for overdue invoices bounce at the customer's address, and the bounce"
        " is only recorded as an error log entry",
        "dunning mails for overdue invoices bouncing",
        "dunning emails for overdue invoices bounce off dead customer addresses",
        "the dunning emails for overdue invoices are bouncing for a bunch of customer email"
        " addresses",
    ),
    "p-keyerror-sku": (
        "feed rows without 'sku' crash the import",
        "KeyError 'sku' in the feed import",
        "no 'sku' in the row dict",
        "feed import breaks on rows that lack the 'sku' field",
        "feed import: the key 'sku' is not present in the data",
        "import crashes when a supplier feed entry has no 'sku' key",
        'supplier feed import stops on a record with no "sku" key',
        "`'sku'` missing from a supplier feed record, the dict lookup raises",
        "supplier feed entries arriving without a 'sku' key, import falls over on the lookup",
        "supplier feed record without a 'sku' field, KeyError during the feed import",
        "supplier feed import crash when record have no 'sku' key",
        "supplier feed rec w/o 'sku' key, KeyError",
        "Supplier products were missing from the catalog because the import stopped on feed"
        " records with no 'sku' key",
        "some supplier feed records have no 'sku' key and the import reads it without a default",
        "supplier feed records with no 'sku' key fail the import one record at a time",
        "products missing from the app's catalog, BE feed import raises on supplier records that"
        " don't have a 'sku' key",
        "supplier records lacking the 'sku' field; the import indexes the record by 'sku' without"
        " schema validation",
        "input validation: supplier feed records without a 'sku' field aren't rejected up front,"
        " the import fails on the missing key",
        "catalog import falls over on feed records that have no 'sku'",
        "their product feed import fails on records that have no 'sku' field; our importer expects"
        " that key on every record",
        "supplier records come without a 'sku' field; the import reads record['sku'] and fails"
        " before anything is inserted",
        "import span errors on feed records missing the 'sku' field, KeyError on lookup",
        "`record['sku']` blows up on supplier records without that field; the feed is indexed"
        " without `.get()` or any schema check",
        "one supplier's products never show up on the catalog pages; BE's feed import raises"
        " KeyError 'sku' on records that don't have it",
        "supplier feed records without a 'sku' key make the import raise KeyError 'sku'",
        "the supplier product import fails on records with no 'sku'; Chloe says the import assumes"
        " every record has one",
        "a feed fixture record without a 'sku' field crashes the import with KeyError 'sku'"
        " instead of skipping the record",
        "supplier records we forward without a 'sku' field break catalog's import (KeyError 'sku')",
        "feed records without a 'sku' field in the load data crash catalog's import (KeyError"
        " 'sku') rather than being skipped",
        "records in the feed file we upload that have no 'sku' field stop the whole import;"
        " support said it's a KeyError 'sku' on your side",
        "few supplier feed records are not having 'sku' key and import is breaking with KeyError",
        "supplier feed records without an `sku` field abort the import with a KeyError, as the"
        " record schema is never validated",
        "feed import: records with no 'sku' key -> KeyError",
        "feed records without a 'sku' key make the import KeyError out",
        "some supplier feed rows don't have a sku at all and the import crashes key error on sku",
    ),
    "p-keyerror-price": (
        "feed rows without a 'price' key crash the import",
        "missing 'price' column in the supplier feed",
        "'price' key absent from feed row",
        "feed import breaks on rows that lack the 'price' field",
        "feed import: the key 'price' is not present in the data",
        "import crashes when a supplier feed entry has no 'price' key",
        'supplier feed has records without a "price" key and the import stops there',
        "supplier feed record has no `price`, import dies on the key lookup",
        "'price' isn't present on some supplier feed records and the import bails",
        "import hits supplier feed records that carry no 'price', KeyError on it",
        "supplier feed import crash when record have no 'price' key",
        "supplier feed rec w/o 'price' key, KeyError",
        "Supplier products were missing from the catalog because the import stopped on feed"
        " records with no 'price' key",
        "some supplier feed records have no 'price' key and the import reads it without a default",
        "supplier feed records with no 'price' key fail the import one record at a time",
        "products missing from the app's catalog, BE feed import raises on supplier records that"
        " don't have a 'price' key",
        "supplier records lacking the 'price' field; the import indexes the record by 'price'"
        " without schema validation",
        "input validation: supplier feed records without a 'price' field aren't rejected up front,"
        " the import fails on the missing key",
        "catalog import falls over on feed records that have no 'price'",
        "their product feed import fails on records without a 'price' field; our importer expects"
        " that key on every record",
        "supplier records come without a 'price' field; the import reads record['price'] and fails"
        " before anything is inserted",
        "import span errors on feed records missing the 'price' field, KeyError on lookup",
        "`record['price']` raises on supplier records that have no `price` field; no schema check"
        " before the lookup",
        "a supplier's new products are missing from the catalog pages; the import on the BE fails"
        " with KeyError 'price' where a record has no price field",
        "supplier feed records without a 'price' key make the import raise KeyError 'price'",
        "the supplier product import fails on records with no 'price' field; Chloe says it expects"
        " a price on every record",
        "a feed fixture record without a 'price' field crashes the import with KeyError 'price'",
        "supplier records we forward without a 'price' field break catalog's import (KeyError"
        " 'price')",
        "feed records without a 'price' field in the load data crash catalog's import (KeyError"
        " 'price')",
        "feed records of ours without a 'price' field make the import fail; support said KeyError"
        " 'price'",
        "'price' is missing in some supplier feed records, due to this KeyError is coming and"
        " import is stopping",
        "supplier feed records that lack a `price` field raise a KeyError and halt the catalog"
        " import",
        "feed import: records with no 'price' key -> KeyError",
        "feed records missing 'price' -> KeyError and the import stops right there",
        "feed rows without a price key kill the import key error price",
    ),
    "p-valueerror-int": (
        "stock value is not an int: invalid literal for int()",
        "non-numeric stock values ('invalid literal for int() with base 10')",
        "int() fails on stock qty (invalid literal, base 10)",
        "stock qty has non-numeric values, the int() conversion fails",
        "stock quantity from the feed is not a valid integer (int() with base 10)",
        "stock quantity in the feed isn't a whole number, int() conversion fails",
        'stock column holds junk like "12.5.1" so int() (base 10) fails on it',
        "stock qty from the feed isn't an integer (`'1,5'`, `'N/A'`), `int()` rejects it",
        "stock figures in the feed aren't whole numbers (N/A, 1,5), int() base 10 refuses them",
        "feed stock values like 12.5.1 or --3 aren't base-10 ints, int() conversion fails",
        "stock is not possible to parse when value is not integer (int() with base 10)",
        "feed stock val not an int, invalid literal for int() base 10",
        "Stock levels from the supplier feed were not updated because some stock values are not"
        " whole numbers (invalid literal for int() with base 10)",
        "the stock value from the feed goes into int() but isn't always a whole number (invalid"
        " literal for int() with base 10)",
        "stock column has values int() can't read (invalid literal for base 10), those rows never"
        " load",
        "stock badges in the app are stale, BE import can't turn some stock values into an int"
        " (invalid literal for int() with base 10)",
        "stock quantity is free text in the feed (N/A, 1,5, empty), int() with base 10 rejects it"
        " as an invalid literal",
        "input validation: stock quantities in the feed aren't whole numbers and int() with base 10"
        " refuses them as invalid literals",
        "stock numbers in the feed that aren't integers break the parse (invalid literal for"
        " int())",
        "their stock levels don't update; quantities in the feed that aren't whole numbers (N/A,"
        " 1,5, blanks) can't be converted by int()",
        "the stock quantity in the feed isn't a whole number (N/A, 1,5, empty) and int() refuses"
        " it before the stock column gets written",
        "feed parse span errors when stock isn't an integer, int() gets an invalid literal",
        "`int()` gets the raw stock string from the feed (`'N/A'`, `'1,5'`, `''`) without any"
        " cleanup first",
        "stock badges on product pages are stuck on old numbers; BE's import can't int() stock"
        " values like 'N/A' or '1,5'",
        "stock values such as 'N/A', '1,5' or '' fail int() with base 10 during the feed import",
        "stock levels stop updating for suppliers who send things like 'N/A' or '1,5' as quantity;"
        " Chloe says only whole numbers get through (int())",
        "stock column values like 'N/A', '1,5' or '' in the feed fixture fail int() with base 10",
        "feed stock values like 'N/A', '1,5' or an empty cell fail catalog's int() parse (invalid"
        " literal for base 10)",
        "feed rows with stock values 'N/A', '1,5' or empty fail catalog's integer parse (invalid"
        " literal for int() with base 10)",
        "feed rows where we leave the stock empty or write 'N/A' or '1,5' fail; support says the"
        " value can't be parsed as an integer (invalid literal for int() with base 10)",
        "stock value in feed is not proper integer (N/A, 1,5, blank), conversion is failing with"
        " invalid literal for int() with base 10",
        'non-integer stock quantities in the supplier feed ("N/A", "1,5", empty values) fail'
        " integer conversion (base 10 literal rejected)",
        "feed stock not a whole number, int() chokes (invalid literal)",
        "stock qty in the feed isn't a whole number (N/A, 1,5, blank) so int() blows up on it",
        "stock numbers in the feed like N/A or 1,5 or just blank can't be turned into an int"
        " invalid literal for int with base ten",
    ),
    "p-typeerror-none": (
        "discount applied to a None price (NoneType * Decimal)",
        "unsupported operand NoneType and Decimal when discounting",
        "None price * Decimal in discount calc -> unsupported operand",
        "discounting errors out b/c the price is None (NoneType times Decimal)",
        "discount can not be calculated, the price is None and gets multiplied with a Decimal",
        "discount math fails on products with no price (None times a Decimal)",
        "applying the discount breaks when the price is None (None * Decimal not supported)",
        "`price` is None for some products and `apply_discount` multiplies it by a Decimal",
        "discount maths gets a price of None and tries to times it by a Decimal",
        "discount step multiplies a None price by a Decimal, TypeError",
        "discount calculation gives error when product price is None (None * Decimal)",
        "discount on None price, None * Decimal unsupported operand",
        "Discounted prices could not be shown for products without a price, because the None price"
        " was multiplied by a Decimal",
        "some products have a price of None and the discount code multiplies it by a Decimal",
        "rows with a None price break the discount step, None can't be multiplied by a Decimal",
        "product screen 500s for items with no price, BE multiplies a None price by a Decimal"
        " for the discount",
        "unpriced product reaches the discount code, None * Decimal raises (unsupported operand"
        " NoneType and Decimal)",
        "unchecked null: a product with no price (None) is passed to the discount calculation and"
        " multiplied by a Decimal",
        "discount calc breaks on products with no price - None times a Decimal",
        "product pages error for items with no price yet; the discount step multiplies a missing"
        " (None) price by a Decimal",
        "the product has no price (NULL in the table) and the discount code multiplies that None"
        " by a Decimal",
        "discount step errors for products without a price: None multiplied by a Decimal",
        "the discount is computed as `price * Decimal(...)` while `price` is `None` for unpriced"
        " products",
        "product API 500s for items with no price; BE multiplies a None price by a Decimal when it"
        " applies the discount",
        "product detail requests error out multiplying a None price by a Decimal for the discount",
        "product pages break for items that don't have a price yet; Chloe says the discount math"
        " runs on an empty price (None times Decimal)",
        "product without a price in the test data: the discount multiplies None by a Decimal"
        " (unsupported operand NoneType)",
        "products in our list that have no price yet error out, the discount multiplies a None"
        " price by a Decimal",
        "product detail requests for products without a price answer 500, catalog's discount step"
        " multiplies None by a Decimal",
        "fetching our products that don't have a price yet returns 500; support said your discount"
        " code multiplies a None price by a Decimal",
        "price is None for few products and discount calculation is failing, unsupported operand"
        " type(s) for *: 'NoneType' and 'Decimal'",
        "discount calculation fails for products without a price because a `None` price is"
        " multiplied by a `Decimal`",
        "discount math on a product with no price: None * Decimal",
        "discount math runs into products with no price, None * Decimal TypeError",
        "the discount calc multiplies a None price by a decimal so we get unsupported operand"
        " types NoneType times decimal",
    ),
    "p-attr-none": (
        "something is None when reading .slug",
        "'NoneType' object has no attribute 'slug'",
        ".slug read off a None (NoneType has no attribute slug)",
        "got None where we expected something with a .slug attribute",
        "attribute 'slug' is accessed on an object which is None",
        "product detail page errors, a None gets its .slug accessed",
        'product detail view errors out reading "slug" on a None object',
        "`.slug` accessed on None on the product detail page (parent category missing?)",
        "product detail view reads .slug off something that's None",
        "product detail requests raise AttributeError, slug looked up on a None",
        "product detail page gives error when object is None and its .slug is read",
        "product detail: .slug on a NoneType",
        "Customers could not open some product pages because the code read the slug of an object"
        " that was None",
        "the product detail page reads .slug from something that can be None",
        "product detail gets a None where it expects an object with a slug",
        "product detail screen 500s, BE reads 'slug' off a NoneType",
        "nullable category FK resolves to None and .slug is read off it (NoneType has no attribute"
        " 'slug')",
        "unchecked null: .slug is read from an object that is None while the page builds its links",
        "product page breaks - something is None where the code reads .slug",
        "some product pages error; while the page is put together the code reads .slug from"
        " something that is None",
        "a related row is missing (a NULL foreign key comes back as None) and the code reads .slug"
        " off it",
        "span ends with AttributeError, code reads .slug off a None",
        "`.slug` is read off a category that is `None` (the FK is nullable and nothing checks it)",
        "product API 500s for some items (an HTML error page comes back, not JSON); BE reads .slug"
        " off something that is None",
        "page render asks a None for its .slug and gets AttributeError on NoneType",
        "some product pages show an error page instead of the product; Chloe says something on the"
        " page is empty and the code asks it for its slug",
        "product detail for a seeded product with an empty relation asks None for .slug"
        " (NoneType has no attribute 'slug')",
        "product detail calls fail for some products, something on them is None and catalog"
        " reads .slug off it",
        "product detail requests for products with an empty relation answer 500, catalog asks a"
        " None for its slug attribute",
        "fetching some of our products returns 500; support said something linked to the product"
        " is None and your side reads .slug from it",
        "slug attribute is being read from None object while opening product detail, AttributeError"
        " for 'slug'",
        "product detail rendering fails when a related object is `None` and its `slug`"
        " attribute is accessed",
        "product page: None where .slug gets read",
        "product page asks a None for its .slug, AttributeError",
        "something's None on the product page when we go to read its slug NoneType object has no"
        " attribute slug",
    ),
    "p-dj-doesnotexist": (
        "Product DoesNotExist on the product detail page",
        "product detail 500s: Product matching query does not exist",
        "PDP 500: no Product matching the query",
        "product page throws for product ids that don't exist (Product.DoesNotExist)",
        "product detail view fails because no Product exists for the given id",
        "product detail page crashes for a product id that isn't in the DB",
        "product detail requested for a product that isn't in the catalog DB (no matching Product)",
        "product detail `get()` by id finds no Product, should be a 404 instead of a 500",
        "product detail view 500s when there's no Product for the id asked for",
        "product detail for ids with no Product row raises DoesNotExist, so 500 not 404",
        "product detail page gives 500 when product id is not existing in DB (DoesNotExist)",
        "product detail 500 b/c Product DoesNotExist for that id",
        "Customers got an error page instead of a not-found page when they opened a product that"
        " does not exist (no matching Product)",
        "the product detail view looks up a Product id that doesn't exist and gets DoesNotExist,"
        " maybe it should be a 404 and not a 500",
        "product detail lookups for ids missing from the Product table raise DoesNotExist and come"
        " back as 500",
        "product detail screen gets a 500 (should be a 404) for products BE can't find, Product"
        " matching query does not exist",
        "Product.objects.get() on an unknown id raises DoesNotExist, no get_object_or_404 so it's"
        " a 500",
        "error handling: a request for an unknown product id raises DoesNotExist and ends in a"
        " server error instead of a 404",
        "product detail gives an error page for products that don't exist instead of a not found",
        "links to deleted products give an error page, not 'not found'; the product detail view"
        " looks up a product that doesn't exist and doesn't handle that",
        "the product detail page looks up a product id that has no row in the table (Product"
        " DoesNotExist); should be a 404, not a server error",
        "product detail request ends 500, Product.DoesNotExist for an id that isn't there (should"
        " be a 404)",
        "`Product.objects.get(pk=...)` finds nothing for unknown ids and the view lets that turn"
        " into a 500 instead of using `get_object_or_404`",
        "product API answers 500 instead of a 404 for products that were deleted; BE's lookup"
        " finds no such Product",
        "product detail requests for ids that aren't in the DB raise Product.DoesNotExist and log a"
        " 500",
        "old links to deleted products show an error page instead of a proper 'not found'; Chloe"
        " says the product lookup doesn't handle the missing product",
        "product detail for a deleted product's id raises Product.DoesNotExist, a 500 where the"
        " test expects 404",
        "product detail calls for ids deleted upstream get a server error, Product.DoesNotExist"
        " instead of a 404",
        "product detail requests for ids deleted mid-run get 500 with Product.DoesNotExist where a"
        " 404 is expected",
        "retrieving a product we deleted returns 500 instead of the documented 404; support said"
        " it's Product.DoesNotExist",
        "if product id is not there in DB, product detail is giving 500 because"
        " Product.DoesNotExist is not handled as 404",
        "requests for unknown product IDs raise `Product.DoesNotExist` and return HTTP 500"
        " rather than 404",
        "product page 500s for ids that don't exist (Product.DoesNotExist), should 404",
        "product ids that don't exist 500 instead of 404, nobody catches Product.DoesNotExist",
        "product detail 500s for product IDs that don't exist nobody catches product does not"
        " exist it should be a four oh four",
    ),
    "p-dj-integrity": (
        "duplicate product slug on upsert (catalog_product_slug_key)",
        "unique constraint catalog_product_slug_key on import upsert",
        "slug collision on product upsert, catalog_product_slug_key",
        "import upsert collides on catalog_product_slug_key, slug already taken",
        "constraint catalog_product_slug_key violated, a product with this slug exists already",
        "upsert tries to store a product slug that's already taken (catalog_product_slug_key)",
        'importing a product whose slug is taken violates "catalog_product_slug_key"',
        "upsert writes a slug that already exists, `catalog_product_slug_key` violated",
        "product upsert on import clashes on catalog_product_slug_key, slug's already in use",
        "import upsert writes a slug that's taken, unique violation on catalog_product_slug_key",
        "product upsert on import fails when slug is used already (catalog_product_slug_key)",
        "import upsert dup slug, catalog_product_slug_key violated",
        "Catalog imports failed for products whose slug was already in use (unique constraint"
        " catalog_product_slug_key)",
        "the product upsert in the import writes a slug another product already has"
        " (catalog_product_slug_key)",
        "import upsert writes a product slug that's already in the table, catalog_product_slug_key"
        " rejects the row",
        "products missing in the app after the import, BE upsert violates"
        " catalog_product_slug_key because the slug is already used",
        "upsert matches on id, not slug, so an imported product with a slug already taken hits"
        " catalog_product_slug_key",
        "data integrity: an imported product gets a slug that is already taken, unique constraint"
        " catalog_product_slug_key refuses the row",
        "catalog upsert fails on a slug that's already in use (catalog_product_slug_key)",
        "products fail to import when their URL slug is already used by another product; the"
        " unique constraint catalog_product_slug_key rejects the save",
        "the import saves a product whose slug already exists, unique index"
        " catalog_product_slug_key rejects it as a duplicate key on slug",
        "product upsert span fails on unique key catalog_product_slug_key, slug already taken",
        "the upsert creates a product whose `slug` already exists (`catalog_product_slug_key`); it"
        " matches existing rows on id, not on slug",
        "some imported products never appear on the site; BE's upsert hits"
        " catalog_product_slug_key, the slug is taken",
        "product saves violate catalog_product_slug_key, the slug exists already",
        "products fail to import when another product already has the same URL slug; Chloe says"
        " the catalog_product_slug_key rule blocks the save",
        "reimporting a product whose slug already exists violates catalog_product_slug_key",
        "products we resend with a slug that's already taken fail catalog_product_slug_key on save",
        "reimported feed products whose slug is already taken fail catalog_product_slug_key on"
        " save",
        "sending a product again with a slug that's already in use fails the import; support said"
        " it violates catalog_product_slug_key",
        "in import upsert, slug is already existing for other product and save is failing with"
        " catalog_product_slug_key violation",
        "product upsert fails on the `catalog_product_slug_key` unique constraint when another"
        " product already uses the same slug",
        "product upsert: slug already taken (catalog_product_slug_key)",
        "product save trips catalog_product_slug_key, slug's already used by another product",
        "product upsert fails on the catalog product slug key unique constraint the slug's already"
        " taken by another product",
    ),
    "p-pg-deadlock": (
        "postgres deadlock reserving stock",
        "deadlock detected in the reserve_stock task",
        "PG deadlock (ShareLock wait) while reserving stock",
        "stock reservations failing on a Postgres deadlock (ShareLock)",
        "Postgres detects a deadlock (ShareLock on a transaction) during the stock reservation",
        "stock reservation deadlocks in Postgres (ShareLock wait on another transaction)",
        "reserve_stock ends in a Postgres deadlock, transactions waiting on each other's ShareLock",
        "two concurrent stock reservations lock rows in opposite order, PG aborts one (deadlock)",
        "reserving stock deadlocks in Postgres, one tx stuck waiting on another's ShareLock",
        "stock reservation transactions deadlock in Postgres (ShareLock waits, one tx aborted)",
        "stock reservation fails when Postgres detect deadlock (ShareLock on transaction)",
        "pg deadlock (ShareLock) on stock reserve",
        "Orders could not reserve stock because two Postgres transactions deadlocked waiting for"
        " each other's ShareLock",
        "two stock reservations seem to deadlock in Postgres, each one waiting for the other's"
        " ShareLock",
        "concurrent stock reservations deadlock in Postgres (ShareLock on another transaction),"
        " one side gets aborted",
        "checkout in the app can't reserve stock, BE's Postgres reports a deadlock, two"
        " transactions waiting on each other's ShareLock",
        "stock reservations lock rows in inconsistent order, so Postgres reports deadlock detected"
        " (ShareLock wait on another transaction)",
        "availability: two Postgres transactions reserving stock deadlock on each other's"
        " ShareLock and one is aborted",
        "stock reservation hits a Postgres deadlock (waiting on a ShareLock)",
        "stock reservations fail now and then; two reservations wait on each other's row locks and"
        " Postgres aborts one as a deadlock (ShareLock)",
        "two stock reservations lock the same stock rows in opposite order; Postgres detects the"
        " deadlock (ShareLock wait on the other's transaction) and cancels one",
        "stock reservation DB spans deadlock in Postgres (ShareLock waits), one of them gets"
        " aborted",
        "concurrent stock reservations `UPDATE` the same rows in different order and Postgres"
        " aborts one of them (`deadlock detected`, `ShareLock`)",
        "stock reservation after checkout fails now and then; according to BE two Postgres"
        " transactions deadlock on each other's ShareLock",
        "Postgres logs deadlock detected between stock reservations, one waits for ShareLock on the"
        " other's transaction",
        "a few add-to-basket stock reservations fail at peak; Chloe says two reservations wait on"
        " each other in Postgres and one is killed (deadlock)",
        "two reservation tests in parallel deadlock in Postgres, one waits for ShareLock on the"
        " other's transaction",
        "stock reservations overlapping with our load deadlock in Postgres (deadlock detected,"
        " ShareLock on another transaction)",
        "concurrent stock reservations deadlock in Postgres (deadlock detected, one waits for"
        " ShareLock on the other's transaction)",
        "reservations from our two warehouses that overlap fail now and then; support said"
        " Postgres detects a deadlock, one transaction waiting for ShareLock on the other",
        "stock reservation is getting deadlock detected from Postgres, one transaction is waiting"
        " for ShareLock held by other",
        "concurrent stock reservations deadlock in PostgreSQL while waiting for a ShareLock,"
        " and one reservation is aborted",
        "stock reserve: Postgres deadlock on a ShareLock",
        "stock reservations deadlock in postgres (ShareLock on a transaction) and one of them gets"
        " killed",
        "reserving stock deadlocks in Postgres one transaction waits on a share lock held by the"
        " other and gets killed deadlock detected",
    ),
    "p-pg-operational": (
        "Postgres out of connection slots on search",
        "remaining connection slots are reserved, search view can't connect",
        "search can't get a PG conn, remaining slots reserved for superuser",
        "search errors: Postgres connection slots exhausted, only superuser slots left",
        "no free connection slot in Postgres for the search, remaining slots only for superuser",
        "Postgres has no connection slots left for search, the rest are superuser-only",
        "catalog search can't open a Postgres connection, all non-superuser slots are taken",
        "Postgres at `max_connections`, only reserved superuser slots left when search connects",
        "search view can't get a Postgres connection, only the superuser-reserved slots are left",
        "search view can't get a Postgres conn, max_connections hit, only superuser slots left",
        "search gives error when Postgres have no free connection slot (rest are for superuser)",
        "pg out of conn slots, rest reserved for superuser, search cant connect",
        "Customers could not search the catalog because Postgres ran out of connection slots, with"
        " the remaining ones reserved for superusers",
        "the search view can't open a Postgres connection because the slots that are left are"
        " reserved for superuser",
        "Postgres has no connection slots left apart from the superuser-reserved ones, so search"
        " can't connect",
        "search screen returns a 500, BE's Postgres has only the superuser-reserved connection"
        " slots left",
        "Postgres max_connections used up, only superuser-reserved slots remain; every worker"
        " holds its own connections, no pgbouncer",
        "resource exhaustion: Postgres has no connection slots left except the ones reserved for"
        " superusers, catalog search can't connect",
        "search can't get a Postgres connection - slots all used, the rest reserved for superusers",
        "catalog search errors at busy times; search can't open a Postgres connection because"
        " every regular connection slot is taken",
        "Postgres is at max_connections and only the superuser-reserved slots are left, so search"
        " can't open a new connection",
        "search spans can't connect to Postgres, connection slots used up, only superuser-reserved"
        " ones left",
        "Postgres has no non-superuser connection slots left when search connects; every worker"
        " opens its own connection and there's no pooler in between",
        "catalog search request 500s at busy times; BE's Postgres has no connection slots left"
        " (the rest are reserved for superuser)",
        "Postgres turns connections away with only superuser slots left; every extra replica opens"
        " its own connections",
        "catalog search breaks during traffic peaks; Chloe says Postgres runs out of connection"
        " slots (only superuser ones left)",
        "catalog search fails when Postgres has only superuser-reserved connection slots left"
        " during the parallel suite",
        "catalog search calls fail under our crawl, Postgres turns connections away with only"
        " reserved superuser slots remaining",
        "above ~300 users catalog search gets turned away by Postgres, only the superuser-reserved"
        " connection slots are left",
        "product search fails with 500 during our sales events; support said your Postgres had no"
        " connection slots left but the ones reserved for superusers",
        "search is not getting DB connection as Postgres is saying remaining connection slots are"
        " reserved for superuser",
        "catalog search cannot obtain a PostgreSQL connection because all non-superuser"
        " connection slots are in use",
        "search: Postgres out of connection slots (rest reserved for superuser)",
        "postgres is out of connection slots, the rest are reserved for superuser, so catalog"
        " can't connect",
        "catalog search can't get a Postgres connection it says the remaining connection slots are"
        " reserved for superuser",
    ),
    "p-redis-conn": (
        "redis-cache connection refused (Error 111)",
        "can't connect to redis-cache: connection refused",
        "redis-cache refusing connections, errno 111",
        "cache lookups fail, redis-cache refuses the connection (111)",
        "connection to redis-cache on port 6379 is refused (error 111)",
        "redis-cache:6379 actively refuses the conection (error 111)",
        "redis-cache down or not listening? connect on 6379 gets Error 111 refused",
        "`redis-cache:6379` refuses connections (`Error 111`)",
        "nothing accepting connections on redis-cache port 6379, connect gets Error 111",
        "connects to redis-cache on 6379 refused with Error 111 (pod restart?)",
        "request fails when redis-cache on port 6379 refuse the connection (Error 111)",
        "redis-cache :6379 conn refused (err 111)",
        "Requests failed because redis-cache refused connections on port 6379 (Error 111)",
        "connecting to redis-cache on port 6379 gets refused (Error 111)",
        "redis-cache on port 6379 refuses connections (Error 111), every retry the same",
        "app requests 500, BE's connection to redis-cache on 6379 gets refused (Error 111)",
        "redis-cache:6379 refusing connections (Error 111), pod down or the service has no"
        " endpoints",
        "dependency availability: redis-cache on port 6379 refuses connections (Error 111)",
        "redis-cache down or refusing connections on 6379, Error 111",
        "requests fail while the cache is down; connections to redis-cache on port 6379 are"
        " refused (Error 111)",
        "redis-cache refuses connections on 6379 (Error 111), the Redis instance isn't accepting"
        " clients",
        "redis-cache client spans fail to connect, Error 111 connection refused on 6379",
        "connecting to `redis-cache:6379` gets `Error 111` (connection refused) and nothing"
        " catches `redis.ConnectionError`, so the whole request fails",
        "API calls 500 for a few minutes at a time; BE can't connect to redis-cache:6379 (Error"
        " 111, refused)",
        "connection refused to redis-cache.prod.svc.cluster.local:6379 (Error 111), like the"
        " Service has no ready endpoints",
        "pages error while the cache is down; Chloe says connecting to redis-cache on 6379 is"
        " refused (Error 111)",
        "redis-cache on 6379 refuses the connection (Error 111) and the request errors instead of"
        " skipping the cache",
        "calls error while redis-cache:6379 refuses connections (Error 111), catalog doesn't fall"
        " back to the database",
        "requests answer 500 while redis-cache on 6379 refuses connections (Error 111) and catalog"
        " doesn't fall back",
        "catalog calls fail with 500 for a few minutes at a time; support said your redis-cache on"
        " 6379 was refusing connections (Error 111)",
        "redis-cache on port 6379 is refusing connection, Error 111 is coming",
        "redis-cache refuses connections on port 6379 (Error 111), and the failure is not"
        " handled gracefully",
        "redis-cache refusing on 6379 (Error 111)",
        "redis-cache on 6379 refusing connections, Error 111",
        "connection refused from the Redis cash on port 6379 error one eleven",
    ),
    "p-redis-timeout": (
        "timeouts reading from redis-cache",
        "redis-cache read timeouts",
        "read timeout talking to redis-cache :6379",
        "cache lookups fail, reads from redis-cache time out",
        "reading from redis-cache runs into a timeout",
        "reads from redis-cache:6379 hit the timeout",
        "redis-cache too slow to answer, reads on 6379 time out",
        "`redis-cache` accepts the connection but reads from it time out",
        "reads against redis-cache (6379) timing out",
        "redis-cache on 6379 accepts the conn but reads time out",
        "request fails when reading from redis-cache on port 6379 goes in timeout",
        "redis-cache :6379 reads timing out",
        "Pages were slow or failed because reads from redis-cache on port 6379 timed out",
        "redis-cache on port 6379 takes the connection but reading from it times out",
        "redis-cache (6379) lets us connect, then the reads time out",
        "app requests get slow then 500, BE reads from redis-cache on 6379 run into a timeout",
        "redis-cache:6379 reads exceed socket_timeout, likely a slow command blocking the server",
        "dependency latency: reads from redis-cache on 6379 run past the socket timeout",
        "reads from redis-cache time out on port 6379",
        "pages are slow and then error; reads from redis-cache on port 6379 time out",
        "reads from redis-cache on 6379 time out; something slow is blocking Redis (one long"
        " command stalls everyone on a single thread)",
        "redis-cache client spans time out reading on 6379",
        "reads from `redis-cache:6379` hit the client's `socket_timeout`; the call isn't retried"
        " and the timeout is tight",
        "search request is slow, then 500; BE timed out reading from redis-cache on 6379",
        "reads from redis-cache on 6379 time out; the connection opens, the reply doesn't come in"
        " time",
        "pages get slow and then show errors; eng says reads from redis-cache (6379) time out",
        "a read from redis-cache on 6379 times out mid-request and the response is a 500",
        "calls stall and fail when reads from redis-cache:6379 time out on the service side",
        "reads from redis-cache on 6379 time out under the load and the requests come back 500",
        "some calls take seconds and then fail with 500; support said reads from your redis-cache"
        " on 6379 time out",
        "read from redis-cache 6379 is timing out many times, Timeout reading from redis-cache",
        "reads from redis-cache (port 6379) intermittently exceed the client socket timeout",
        "redis-cache reads on 6379 timing out",
        "reads from redis-cache on 6379 keep timing out, cache is crawling",
        "reads from the Redis cache on 6379 keep timing out timeout reading from Redis",
    ),
    "p-requests-timeout": (
        "Elasticsearch read timeout on query",
        "ES queries time out (read timed out, port 9200)",
        "ES search calls time out on read",
        "search queries to Elasticsearch (9200) time out waiting for a response",
        "Elasticsearch on port 9200 does not send the response in time (read timeout)",
        "Elasticsearch (port 9200) doesn't answer within the read timeout",
        "search queries: the es-N node on 9200 doesn't reply before the read timeout",
        "search requests to ES on 9200 hit the client-side `read timeout`",
        "Elasticsearch on 9200 not replying before our read timeout kicks in",
        "Elasticsearch nodes (es-N, 9200) too slow, search calls hit the read timeout",
        "search gives error when Elasticsearch on 9200 not answer before read timeout",
        "es :9200 read timeout on search queries",
        "Customer searches failed because Elasticsearch on port 9200 did not respond before the"
        " read timeout",
        "search queries to Elasticsearch on port 9200 get no answer before the read timeout",
        "Elasticsearch on port 9200 takes longer than the read timeout to answer search queries",
        "search screen spins then errors, BE's Elasticsearch call to es-N on 9200 ends in Read"
        " timed out",
        "Elasticsearch es-N:9200 doesn't answer within the client read timeout, cluster saturated"
        " by heavy queries",
        "dependency latency: Elasticsearch on es-N:9200 doesn't respond before the client's read"
        " timeout",
        "search queries to Elasticsearch (port 9200) time out on read",
        "search results don't load; our queries to Elasticsearch on port 9200 don't come back"
        " before the read timeout",
        "Elasticsearch on 9200 doesn't answer within the read timeout, heavy search queries"
        " queueing up on the cluster",
        "Elasticsearch query spans to :9200 end in read timeouts",
        "the `requests` call to Elasticsearch on `:9200` raises a read timeout; hard `timeout=`"
        " and no retry",
        "search box spins ~10s then the request 500s; BE's query to Elasticsearch on 9200"
        " read-times out",
        "calls to Elasticsearch es-N on 9200 run into the client's read timeout",
        "search results spin and never load for some shoppers; Ravi says Elasticsearch on 9200"
        " doesn't answer before our read timeout",
        "the search query waits on Elasticsearch es-N:9200 until the read timeout and the"
        " request 500s",
        "search calls from our job fail once Elasticsearch on 9200 doesn't answer before"
        " search's read timeout",
        "query requests wait on Elasticsearch es-N:9200 past search's read timeout and answer 500,"
        " p95 climbs with the rate",
        "search queries hang and then fail with 500; support said your Elasticsearch on 9200"
        " didn't answer before the read timeout",
        "Elasticsearch on 9200 is not replying within timeout for query, we are getting Read timed"
        " out",
        "Elasticsearch queries on port 9200 intermittently exceed the HTTP client's read timeout",
        "Elasticsearch on 9200 too slow, search queries hit the read timeout",
        "ES on 9200 doesn't reply before our read timeout, search calls die with Read timed out",
        "elastic search isn't answering our queries on port ninety two hundred before the read"
        " timeout so read timed out",
    ),
    "p-requests-conn": (
        "Elasticsearch connection refused, max retries exceeded",
        "can't reach ES on 9200: max retries exceeded, connection refused",
        "ES unreachable: NewConnectionError, retries exhausted on _search",
        "search can't reach Elasticsearch at all, connection refused until retries run out",
        "no connection possible to Elasticsearch (9200), refused and max retries reached",
        "Elasticsearch on 9200 refuses connections, /products/_search gives up after max retries",
        "search can't connect to es-N:9200 (refused), max retries exceeded for /products/_search",
        "ES on 9200 refuses connections, `Max retries exceeded` for `/products/_search`",
        "/products/_search can't connect to ES (refused on 9200), urllib3 runs out of retries",
        "es-N:9200 refusing connections, /products/_search calls burn through their retries",
        "search gives error when Elasticsearch on 9200 refuse connection until max retries",
        "es :9200 conn refused, max retries on /products/_search",
        "Customer searches failed because Elasticsearch on port 9200 refused connections until"
        " /products/_search ran out of retries",
        "Elasticsearch on port 9200 refuses the connection and /products/_search gives up once the"
        " max retries are used",
        "search calls to /products/_search burn all their max retries, Elasticsearch on 9200"
        " refusing connections",
        "search screen errors right away, BE can't connect to Elasticsearch on 9200 (refused)"
        " and gives up after max retries on /products/_search",
        "nothing listening on es-N:9200, connect refused (Errno 111) and urllib3 exhausts max"
        " retries on /products/_search",
        "dependency availability: Elasticsearch on port 9200 refuses new connections,"
        " /products/_search gives up after max retries",
        "search can't connect to Elasticsearch on 9200, retries run out on /products/_search",
        "search is completely down; we can't open a connection to Elasticsearch on port 9200 and"
        " run out of retries on /products/_search",
        "can't open a connection to Elasticsearch on 9200 at all, retries run out on"
        " /products/_search",
        "Elasticsearch client spans can't connect to :9200 at all, max retries exceeded on"
        " /products/_search",
        "nothing accepts the connection on ES `:9200` (`Errno 111`), urllib3 gives up with `Max"
        " retries exceeded` on `/products/_search`",
        "search request 500s instantly; BE can't open a connection to Elasticsearch on 9200 at all"
        " (max retries exceeded)",
        "Elasticsearch on 9200 refuses the connection and the client gives up after max retries on"
        " /products/_search",
        "search is completely down for everyone; Ravi says we can't even connect to Elasticsearch"
        " on 9200, the connection is refused and retries run out",
        "search can't connect to Elasticsearch on 9200 at all, connection refused until max"
        " retries on /products/_search",
        "every search call fails, search can't open a connection to Elasticsearch on 9200 (max"
        " retries exceeded, refused)",
        "every query request fails, search can't open a connection to Elasticsearch on 9200 at all"
        " (max retries exceeded on /products/_search)",
        "all our search queries fail with 500; support said search can't connect to Elasticsearch"
        " on port 9200 (max retries exceeded)",
        "unable to connect Elasticsearch on 9200, /products/_search is failing with Max retries"
        " exceeded (connection refused)",
        "search service cannot establish a connection to Elasticsearch on port 9200 (connection"
        " refused, retries exhausted on /products/_search)",
        "Elasticsearch on 9200 unreachable, retries exhausted on /products/_search",
        "can't even connect to ES on 9200, max retries exceeded on /products/_search",
        "we can't even connect to elastic search on 9200 max retries exceeded on the products"
        " search URL",
    ),
    "p-es-400": (
        "ES 400 search_phase_execution_exception on bad number input",
        "search_phase_execution_exception (400), failed to create query",
        "bad numeric input -> ES 400 (failed to create query)",
        "search returns 400 from ES (search_phase_execution_exception), junk number in the query",
        "Elasticsearch answers 400 search_phase_execution_exception for a non-numeric value",
        "ES rejects the query with 400 search_phase_execution_exception, junk instead of a number",
        'user input like "12a" ends up in a numeric ES query, 400 search_phase_execution_exception',
        "input like `1,5` goes into a numeric ES query, `400 search_phase_execution_exception`",
        "ES 400 search_phase_execution_exception, non-numeric text lands in a numeric query",
        "numeric ES query built from non-numeric user input, 400 search_phase_execution_exception",
        "search gives 400 search_phase_execution_exception when text is put in numeric query",
        "es 400 search_phase_execution_exception, non numeric input in query",
        "Searches with text entered where a number belongs failed with Elasticsearch 400"
        " search_phase_execution_exception",
        "text ends up in a numeric Elasticsearch query and ES replies 400"
        " search_phase_execution_exception",
        "text in a numeric field makes ES reject the query with 400"
        " search_phase_execution_exception",
        "searching with text in a number field (12a) fails in the app, ES answers BE with 400"
        " search_phase_execution_exception",
        "user input that isn't a number goes into a numeric ES query; ES answers 400"
        " search_phase_execution_exception (failed to create query)",
        "input validation: non-numeric user input ends up in a numeric Elasticsearch query, which"
        " answers 400 search_phase_execution_exception",
        "searches with text in a number field get a 400 search_phase_execution_exception from ES",
        "searches with letters in a numeric filter error out; Elasticsearch answers with a 400"
        " (search_phase_execution_exception, it can't build the query)",
        "search sends Elasticsearch a numeric filter with text in it and ES rejects the query with"
        " 400 search_phase_execution_exception (failed to create query)",
        "Elasticsearch search span gets 400 search_phase_execution_exception, text sent where a"
        " number field is queried",
        "raw user input ends up in a numeric field of the ES query, ES answers `400`"
        " `search_phase_execution_exception` (`failed to create query`)",
        "typing letters into the numeric filter (12a) makes the search request 500; ES answers BE"
        " with 400 search_phase_execution_exception",
        "Elasticsearch returns 400 search_phase_execution_exception, a value that isn't a number"
        " lands in a numeric query",
        "search breaks if you type letters into a number filter (price, size); Ravi says"
        " Elasticsearch rejects the query with a 400 search_phase_execution_exception",
        "a query with letters in a numeric filter gets 400 search_phase_execution_exception from"
        " Elasticsearch, the test gets a 500",
        "queries with a non-numeric value in a numeric filter fail, Elasticsearch answers 400"
        " search_phase_execution_exception",
        "queries in the load data with letters in a numeric filter get 400"
        " search_phase_execution_exception from Elasticsearch, and a 500 reaches us",
        "queries where a numeric filter holds a non-numeric value return 500 instead of a 400;"
        " support said Elasticsearch rejects them with search_phase_execution_exception",
        "when non numeric text is going in numeric filter, ES is giving 400"
        " search_phase_execution_exception (failed to create query)",
        "non-numeric user input reaches a numeric Elasticsearch query and is rejected with 400"
        " search_phase_execution_exception",
        "ES 400 search_phase_execution_exception: text typed into a number filter",
        "ES 400 search_phase_execution_exception whenever people type letters in a number filter",
        "elastic returns a four hundred search phase execution exception when someone types"
        " letters into a number filter failed to create query",
    ),
    "p-es-429": (
        "ES 429 es_rejected_execution_exception during bulk indexing",
        "bulk index rejected by ES (429 rejected execution)",
        "bulk indexing gets 429 from ES, coordinating op rejected",
        "reindex bulk requests bounced by ES with 429 es_rejected_execution_exception",
        "Elasticsearch rejects bulk indexing with 429 es_rejected_execution_exception",
        "ES turns away bulk index requests: 429 es_rejected_execution_exception",
        "ES pushes back on bulk indexing: 429 es_rejected_execution_exception (bytes limit hit)",
        "ES rejects bulk indexing, `429 es_rejected_execution_exception` (coordinating bytes)",
        "bulk indexing gets 429 es_rejected_execution_exception, ES coordinating bytes maxed out",
        "ES coordinating node sheds bulk indexing load, 429 es_rejected_execution_exception",
        "bulk indexing fails when ES return 429 es_rejected_execution_exception",
        "es 429 es_rejected_execution_exception on bulk index",
        "Search results went stale because Elasticsearch turned down bulk indexing with 429"
        " es_rejected_execution_exception",
        "Elasticsearch rejects our bulk indexing with 429 es_rejected_execution_exception, I guess"
        " we send too much at once",
        "reindex bulk batches rejected by ES with 429 es_rejected_execution_exception, too many"
        " bytes in flight at once",
        "new products take ages to show up in app search, ES rejects BE's bulk indexing with 429"
        " es_rejected_execution_exception",
        "bulk requests too large or too many in flight, ES rejects with 429"
        " es_rejected_execution_exception (coordinating bytes limit)",
        "availability: bulk index requests are turned away by Elasticsearch with 429"
        " es_rejected_execution_exception, coordinating bytes limit reached",
        "bulk indexing gets a 429 es_rejected_execution_exception back from ES",
        "catalog changes take a long time to reach search; Elasticsearch pushes back on our bulk"
        " indexing with 429 es_rejected_execution_exception",
        "Elasticsearch pushes back on bulk indexing with 429 es_rejected_execution_exception, its"
        " coordinating queue is full",
        "Elasticsearch bulk span gets 429 es_rejected_execution_exception, cluster pushing back on"
        " indexing",
        "bulk indexing pushes too much at once and ES rejects it with `429`"
        " `es_rejected_execution_exception` (coordinating bytes over the limit)",
        "new products take hours to appear in site search; ES turns BE's bulk indexing away with"
        " 429 es_rejected_execution_exception",
        "bulk indexing gets 429 es_rejected_execution_exception, coordinating bytes over"
        " Elasticsearch's limit",
        "product changes take ages to show up in search; Ravi says Elasticsearch pushes back on"
        " our bulk indexing with 429 es_rejected_execution_exception",
        "the reindex after seeding gets 429 es_rejected_execution_exception on bulk indexing",
        "the index we audit lags because bulk indexing gets 429 es_rejected_execution_exception"
        " from Elasticsearch",
        "the reindex running alongside the load gets 429 es_rejected_execution_exception on its"
        " bulk indexing",
        "products we create take hours to become searchable; support said Elasticsearch rejects"
        " the bulk indexing with 429 es_rejected_execution_exception",
        "ES is rejecting our bulk indexing with 429 es_rejected_execution_exception, coordinating"
        " bytes are crossing the max",
        "Elasticsearch rejects bulk indexing requests with 429 es_rejected_execution_exception"
        " because coordinating memory limits are exceeded",
        "bulk index pushed back by ES: 429 es_rejected_execution_exception",
        "ES bouncing our bulk indexing with 429 es_rejected_execution_exception, its queue is full",
        "elastic search is rejecting our bulk indexing with a 429 es rejected execution exception"
        " like the q is full the coordinating bytes go over the max",
    ),
    "p-celery-timelimit": (
        "reindex task hits the Celery soft time limit",
        "soft time limit exceeded in bulk_index during reindex",
        "bulk_index reindex killed by celery's soft time limit",
        "reindex doesn't finish, SoftTimeLimitExceeded raised inside bulk indexing",
        "bulk indexing in the reindex task is interrupted by the soft time limit of Celery",
        "reindex gets cut off by the Celery soft time limit while bulk indexing",
        "reindex task overruns and Celery's soft time limit stops it mid bulk_index",
        "reindex runs past its Celery soft time limit while in `bulk_index`",
        "reindex's bulk_index still going when Celery's soft time limit fires",
        "reindex task breaches its Celery soft time limit mid bulk indexing",
        "reindex is stopped in bulk indexing when Celery soft time limit is reached",
        "reindex bulk_index killed by celery soft time limit",
        "The search reindex did not finish because Celery's soft time limit stopped it in the"
        " middle of bulk indexing",
        "the reindex task is still in bulk_index when the Celery soft time limit hits",
        "reindex task goes past its Celery soft time limit during bulk_index and is cut off half"
        " done",
        "search results in the app are stale, BE's reindex task gets cut off by Celery's soft"
        " time limit while bulk indexing",
        "reindex bulk indexing runs longer than the Celery soft_time_limit, the task is"
        " interrupted with SoftTimeLimitExceeded",
        "job integrity: the search reindex is stopped by Celery's soft time limit during bulk"
        " indexing, leaving the index partly updated",
        "reindex killed by the Celery soft time limit in the middle of bulk indexing",
        "their search index isn't fully rebuilt; the reindex task is stopped by Celery's soft time"
        " limit while it's still bulk indexing",
        "the reindex task is still bulk indexing when Celery's soft time limit stops it"
        " (SoftTimeLimitExceeded)",
        "reindex task span cut off by Celery's soft time limit while still bulk indexing",
        "reindex is still bulk indexing when Celery's `soft_time_limit` fires, and nothing handles"
        " the soft limit",
        "site search shows yesterday's data after edits; BE's reindex task gets stopped by"
        " Celery's soft time limit mid bulk index",
        "reindex task gets cut off by its Celery soft time limit (SoftTimeLimitExceeded) mid bulk"
        " index",
        "the search index only gets half rebuilt overnight; Ravi says the reindex job hits its"
        " Celery time limit before it's done",
        "a full reindex in the test environment hits the Celery soft time limit"
        " (SoftTimeLimitExceeded) before it's done",
        "the reindex never finishes before our sensor gives up; the task is cut off by its Celery"
        " soft time limit",
        "with the load on, a full reindex hits the Celery soft time limit (SoftTimeLimitExceeded)"
        " before it finishes",
        "product changes we push stop showing up in search; support said the reindex job gets"
        " stopped by its Celery soft time limit",
        "reindex is not able to complete, Celery soft time limit is hitting in between and"
        " SoftTimeLimitExceeded is raised",
        "search reindex task is interrupted by the Celery soft time limit before indexing"
        " completes",
        "reindex killed at the Celery soft time limit mid bulk index",
        "reindex gets whacked by the celery soft time limit partway through bulk indexing"
        " (SoftTimeLimitExceeded)",
        "the reindex task gets killed by the celery soft time limit halfway through bulk indexing"
        " soft time limit exceeded",
    ),
    "p-pydantic": (
        "SearchRequest page_size above 100 fails validation",
        "page_size over 100 rejected by SearchRequest validation",
        "page_size > 100 fails SearchRequest validation",
        "asking for more than 100 hits per page fails SearchRequest validation (page_size)",
        "validation of SearchRequest fails when page_size is bigger than 100",
        "search request rejected, page_size has to be 100 or less (SearchRequest validation)",
        "clients asking for page_size 101+ get a SearchRequest validation error (limit is 100)",
        "`page_size` over 100 rejected by `SearchRequest` validation (max is 100)",
        "SearchRequest refuses a page_size above 100",
        "clients sending page_size above the 100 max, SearchRequest validation error",
        "search request is rejected when page_size is more than 100 (SearchRequest validation)",
        "SearchRequest validation err, page_size >100 not allowed",
        "Search requests asking for more than 100 results per page were rejected by SearchRequest"
        " validation on page_size",
        "requests with a page_size over 100 don't pass the SearchRequest validation",
        "SearchRequest rejects any page_size over 100 with a validation error",
        "app asks search for a page_size over 100 and gets a validation error back, BE's"
        " SearchRequest only allows up to 100",
        "client sends page_size > 100, SearchRequest validation (le=100) rejects it",
        "input validation: search requests with a page_size over 100 are refused by SearchRequest"
        " validation (works as intended, surfaced as an error)",
        "search requests with page_size over the max of 100 fail SearchRequest validation",
        "their API searches asking for more than 100 results per page are rejected; SearchRequest"
        " validation caps page_size at 100",
        "search requests asking for a page_size over 100 fail SearchRequest validation; works like"
        " a LIMIT cap, nothing reaches the index",
        "search span fails SearchRequest validation when page_size asks for more than 100",
        "`SearchRequest` has `page_size` capped at `le=100`, clients send more than 100 and the"
        " validation failure isn't turned into a 422",
        "search request with page_size=200 (our 'show all' toggle) gets a 500; BE's SearchRequest"
        " caps page_size at 100",
        "search requests asking for a page_size above 100 fail SearchRequest validation",
        "partners using the search API get errors when they ask for more than 100 results per"
        " page; Ravi says page_size is capped at 100",
        "a query with page_size 101 or more fails SearchRequest validation (le 100) and comes"
        " back as a server error",
        "our queries asking for page_size above 100 are rejected by SearchRequest validation,"
        " the max is 100",
        "queries with page_size above 100 in the load data are refused by SearchRequest validation"
        " (le 100) and answer 500",
        "search queries with page_size 200 fail with a 500 while the docs give no maximum; support"
        " said SearchRequest validation caps page_size at 100",
        "SearchRequest validation is failing whenever page_size is more than 100",
        "search requests with `page_size` greater than 100 fail SearchRequest validation and"
        " are not returned as a client error",
        "search: page_size above the max of 100 bounced by SearchRequest validation",
        "search requests asking for page_size over 100 fail SearchRequest validation",
        "search request validation fails whenever someone asks for a page size over a hundred",
    ),
    "p-unicode": (
        "synonyms feed isn't valid utf-8 (can't decode byte)",
        "utf-8 decode error reading the synonyms feed",
        "non-utf8 byte in synonyms feed, decode fails",
        "synonyms import dies on a byte that isn't valid UTF-8",
        "synonyms file contains bytes which are not valid UTF-8, decoding is not possible",
        "synonyms feed has a byte that isn't valid UTF-8, reading the line fails",
        "synonym feed file has non-UTF-8 bytes (invalid start byte), import can't decode it",
        "synonym file isn't UTF-8 (latin-1?), decoding a line fails with invalid start byte",
        "synonyms file has bytes that aren't UTF-8, decode fails with invalid start byte",
        "synonyms import reads a file with non-UTF-8 bytes, decode error (invalid start byte)",
        "synonyms import fails when file contain byte which is not UTF-8 (invalid start byte)",
        "synonyms file not utf-8, decode err invalid start byte",
        "Search synonyms were not updated because the synonyms file contains bytes that are not"
        " valid UTF-8 (invalid start byte)",
        "the synonyms file has bytes that don't decode as UTF-8 (invalid start byte)",
        "synonyms file has bytes that aren't UTF-8 (invalid start byte), the import run stops at"
        " that line",
        "new synonyms never make it into app search, BE's synonyms file has a byte that isn't"
        " valid utf-8 (invalid start byte)",
        "synonyms file isn't UTF-8 (latin-1 export?), decoding hits an invalid start byte",
        "input validation: the synonyms file contains bytes that aren't UTF-8 (invalid start byte)"
        " and the import aborts",
        "synonyms import breaks on non-UTF-8 bytes in the file (invalid start byte)",
        "their synonyms upload fails; the file isn't UTF-8 and decoding stops at an invalid start"
        " byte",
        "the synonyms file isn't UTF-8 (reads like latin-1) and decoding stops at an invalid start"
        " byte, same as a COPY with ENCODING 'UTF8' would",
        "synonyms import span fails decoding the file as UTF-8, invalid start byte",
        "the synonyms file is opened with `encoding='utf-8'` but isn't UTF-8, decoding a line dies"
        " on an `invalid start byte`",
        "new search synonyms never take effect on the site; BE's synonyms file has a byte in it"
        " that isn't valid utf-8",
        "synonyms import fails decoding the file as utf-8, invalid start byte",
        "merchants can't upload their synonyms file; Ravi says it isn't UTF-8 so we can't read it"
        " ('can't decode byte')",
        "the synonyms fixture saved as latin-1 fails the import: 'utf-8' codec can't decode a"
        " byte (invalid start byte)",
        "the synonyms file we drop isn't valid UTF-8 for search, decoding fails on an invalid"
        " start byte",
        "the synonyms file uploaded during the run is latin-1 and search's import fails decoding"
        " it ('utf-8' codec can't decode, invalid start byte)",
        "the synonyms file we upload is rejected; support said it isn't valid UTF-8 ('utf-8' codec"
        " can't decode a byte, invalid start byte), our export writes latin-1",
        "synonyms file is not in UTF-8 and reading it is giving 'utf-8' codec can't decode byte,"
        " invalid start byte",
        "synonyms file import fails because the file is not UTF-8 encoded (invalid start byte"
        " while decoding)",
        "synonyms file not UTF-8, decode fails (invalid start byte)",
        "synonyms upload isn't utf-8, we get can't decode byte ... invalid start byte",
        "the synonyms file isn't UTF 8 so reading it gives codec can't decode byte invalid start"
        " byte",
    ),
    "p-oserror-nospace": (
        "No space left on device (Errno 28)",
        "disk full, Errno 28 no space left",
        "ENOSPC (errno 28) writing tmp files, volume full",
        "media jobs failing, disk full on the worker (Errno 28)",
        "device is full (errno 28), the temporary thumb-*.webp files can not be written",
        "disk is full (Errno 28) so thumb-*.webp can't be written to tmp",
        "worker's disk is out of space, Errno 28 when writing a thumb-<hex>.webp temp file",
        "`Errno 28`: worker disk full, can't write `thumb-<hex>.webp` into tmp",
        "Errno 28, disk's full so a thumb-*.webp temp file can't be written",
        "media worker volume full, Errno 28 on writing a tmp thumb-<hex>.webp",
        "temporary thumb-*.webp is not possible to write when disk is full (Errno 28)",
        "disk full errno 28, cant write tmp thumb-*.webp",
        "Media processing stopped because the worker's disk was full (Errno 28) and a temporary"
        " thumb-*.webp file could not be written",
        "the worker's disk seems to be full, writing a temp thumb-*.webp fails with Errno 28",
        "worker disk runs full (Errno 28), writing the temp thumb-*.webp files fails",
        "uploads from the app get no preview, BE worker's disk is full (Errno 28) when it writes"
        " a temp thumb-*.webp",
        "worker tmp volume is full, writing thumb-*.webp fails with Errno 28 (no space left); temp"
        " files never cleaned up",
        "resource exhaustion: the worker's disk is full, writing the temporary thumb-*.webp fails"
        " with Errno 28",
        "workers out of disk, the temp thumb-*.webp can't be written (Errno 28)",
        "media processing fails; the workers' disk is full and the temporary thumb-*.webp can't be"
        " written (Errno 28)",
        "the media workers' disk is full, writing the temp thumb-*.webp fails with Errno 28 (no"
        " space left)",
        "media worker spans fail writing their temp thumb-*.webp, disk full (Errno 28, no space"
        " left)",
        "writes to tmp fail with `[Errno 28] No space left on device`; the temp `thumb-*.webp`"
        " files are never removed",
        "uploads complete but the preview never appears; BE's worker disk is full (Errno 28, No"
        " space left on device)",
        "Errno 28 No space left on device writing temp files under /tmp; the node's ephemeral"
        " storage runs full",
        "media processing stops working; Ines says the workers' disk is full (No space left on"
        " device, Errno 28)",
        "media processing in the test environment fails writing temp files: [Errno 28] No space"
        " left on device",
        "assets stop getting processed; media's workers fail writing temp files, Errno 28 no space"
        " left on device",
        "during the upload soak media's workers fail writing temp files with [Errno 28] No space"
        " left on device",
        "uploads we make stay unprocessed; support said your media workers ran out of disk (Errno"
        " 28, no space left on device)",
        "worker disk is full, temp thumb-*.webp file write is failing with Errno 28 No space left"
        " on device",
        "worker temporary storage runs full, so writing temporary files fails with Errno 28"
        " (no space left)",
        "workers out of disk: Errno 28, temp thumb-*.webp can't be written",
        "workers ran out of disk, Errno 28 No space left on device writing the temp thumb-*.webp",
        "the media worker's disk is full errno twenty eight no space left on device writing the"
        " temp webp file",
    ),
    "p-pil": (
        "PIL cannot identify the uploaded image file",
        "unidentified image file when opening uploads for thumbnails",
        "PIL can't identify the upload as an image",
        "thumbnailing fails for uploads PIL can't recognise as an image",
        "uploaded file is not recognized as an image by Pillow",
        "uploaded file can't be opened as an image, PIL doesn't recognize the format",
        "uploaded file (upload-<hex>) isn't something PIL recognizes as an image",
        "Pillow can't identify uploaded `upload-<hex>` as an image (corrupt, or no image at all)",
        "PIL gives up identifying an upload as an image file (corrupt, or not an image at all)",
        "Pillow UnidentifiedImageError on uploads that don't decode as any image format",
        "uploaded file is not opened when PIL cannot identify it as image",
        "PIL cant identify uploaded img file",
        "Some customer uploads got no thumbnail because PIL could not identify the uploaded file"
        " as an image",
        "PIL can't identify some uploaded files as images, maybe they are corrupt or not images at"
        " all",
        "PIL can't identify some uploaded files as images, those uploads get no output",
        "photos uploaded from iPhones (HEIC?) get no thumbnail, BE's PIL says it cannot identify"
        " the image file",
        "Pillow can't recognize the uploaded file as an image (HEIC or truncated upload); no"
        " content-type check upfront",
        "input validation: uploaded files aren't checked for their type, PIL can't identify some"
        " of them as images",
        "thumbnailing fails on uploads PIL can't recognise as an image",
        "uploaded images get no thumbnail; Pillow (PIL) doesn't recognise the uploaded file as an"
        " image",
        "the uploaded file isn't anything Pillow recognises as an image, so the thumbnail step"
        " can't open it (cannot identify image file)",
        "thumbnail span fails, PIL can't identify the uploaded file as an image",
        "`Image.open()` is handed uploads Pillow can't identify as an image, there's no check"
        " before opening",
        "some uploaded images (HEIC from iPhones?) never get a preview; BE's Pillow can't identify"
        " the file as an image",
        "Pillow can't identify some uploads as images, 'cannot identify image file' on the temp"
        " upload",
        "some uploaded photos never get a thumbnail; Ines says the image library doesn't recognise"
        " the file as an image (PIL)",
        "the HEIC and truncated upload fixtures: Pillow can't identify the file as an image, no"
        " thumbnail",
        "some assets we upload never get thumbnails, PIL says it cannot identify the image file",
        "uploads of HEIC or truncated images in the load data never get a thumbnail, Pillow cannot"
        " identify the image file",
        "some images we upload never get thumbnails; support says Pillow can't identify them as"
        " images (our app sends HEIC straight from iPhones)",
        "PIL is not able to identify uploaded file as image, cannot identify image file error is"
        " coming",
        "uploaded files that Pillow cannot recognize as images cause thumbnail generation to fail",
        "thumbnails: PIL can't identify the uploaded file as an image",
        "PIL can't identify some uploaded files as images, UnidentifiedImageError",
        "pillow can't identify some of the uploaded images as images cannot identify image file",
    ),
    "p-boto-nosuchkey": (
        "S3 NoSuchKey fetching the original media",
        "GetObject NoSuchKey, the original is missing in the bucket",
        "original media object gone from S3 (NoSuchKey on GetObject)",
        "original media download fails, S3 GetObject says NoSuchKey",
        "original media file is missing in the S3 bucket, GetObject returns NoSuchKey",
        "requesting an original from S3 fails, the key doesn't exist (NoSuchKey on GetObject)",
        "S3 GetObject for an original returns NoSuchKey, the key isn't in the bucket",
        "`GetObject` on the originals returns `NoSuchKey`, object deleted or never uploaded",
        "S3 GetObject for the original media says NoSuchKey, object isn't there",
        "requested original isn't in the media bucket, GetObject NoSuchKey",
        "original media download gives error when S3 key not exist (NoSuchKey on GetObject)",
        "s3 GetObject NoSuchKey for the original media",
        "Customers could not download original media files because the object was missing in S3"
        " (NoSuchKey on GetObject)",
        "GetObject for the original media file returns NoSuchKey, so I guess the object isn't in"
        " the bucket",
        "original media object asked for with GetObject isn't in the bucket (NoSuchKey)",
        "tapping download original in the app fails, BE's S3 GetObject says NoSuchKey for that"
        " original",
        "original object missing from the bucket (deleted or never written), GetObject returns"
        " NoSuchKey",
        "data availability: the original media object is missing from S3, GetObject returns"
        " NoSuchKey",
        "original media downloads fail, S3 says NoSuchKey on GetObject",
        "downloads of original media fail; the object isn't in the bucket and S3 returns NoSuchKey",
        "the original media object isn't in the bucket, GetObject says NoSuchKey; the media row"
        " still points at it, so table and bucket are out of sync",
        "S3 GetObject span for the original media returns NoSuchKey",
        "`get_object` for the original finds no object: the DB still points at a key that isn't in"
        " the bucket",
        "Download original 500s for some older uploads; BE's S3 GetObject says NoSuchKey",
        "GetObject on an original comes back NoSuchKey, the key isn't in the bucket",
        "downloading the original of an upload fails; Ines says the file isn't in the S3 bucket"
        " anymore (NoSuchKey)",
        "downloading the original of a fixture upload gets NoSuchKey from S3 GetObject, a 500"
        " where the test expects 404",
        "original downloads fail for some assets, media's GetObject says NoSuchKey, the key isn't"
        " in the bucket",
        "original download requests for some uploads answer 500 because S3 GetObject says"
        " NoSuchKey, the key isn't in the bucket",
        "downloading the original of some uploads returns 500 rather than 404; support said S3"
        " answers NoSuchKey for them",
        "original media is not there in S3 bucket but DB is having the key, so GetObject is giving"
        " NoSuchKey",
        "original media download fails because the referenced S3 object key no longer exists"
        " (NoSuchKey on GetObject)",
        "original media download: S3 GetObject NoSuchKey",
        "downloading an original -> s3 GetObject NoSuchKey, the file isn't in the bucket anymore",
        "fetching the original from S3 fails no such key on get object the file's not in the"
        " bucket anymore",
    ),
    "p-boto-throttle": (
        "S3 PutObject ThrottlingException, rate exceeded",
        "thumbnail upload throttled (ThrottlingException, Rate exceeded)",
        "PutObject throttled by S3 (ThrottlingException) storing thumbs",
        "thumbs not stored: S3 throttles PutObject, Rate exceeded even after retries",
        "S3 PutObject for thumbnails is throttled (ThrottlingException) also after 4 retries",
        "S3 PutObject gets throttled (Rate exceeded), still failing after 4 retries",
        "S3 rate-limits our PutObject calls, ThrottlingException / Rate exceeded after 4 retries",
        "`PutObject` throttled (`ThrottlingException`, rate exceeded), boto gives up after 4 tries",
        "S3 PutObject hits ThrottlingException (Rate exceeded), even after boto's 4 retries",
        "S3 PutObject still throttled after boto's 4 retries (ThrottlingException, rate exceeded)",
        "upload to S3 fails when PutObject is throttled (ThrottlingException, after 4 retries)",
        "s3 PutObject ThrottlingException rate exceeded after 4 retries",
        "Thumbnails were not saved because S3 throttled PutObject (ThrottlingException, rate"
        " exceeded) even after 4 retries",
        "S3 throttles the PutObject calls (ThrottlingException, Rate exceeded) and boto gives up"
        " after 4 retries",
        "thumbnail writes get ThrottlingException (Rate exceeded) on PutObject, boto's 4 retries"
        " aren't enough",
        "thumbnails show up late or never in the app, S3 throttles BE's PutObject"
        " (ThrottlingException, Rate exceeded) even after 4 retries",
        "PutObject bursts exceed the S3 request rate, ThrottlingException 'Rate exceeded' after 4"
        " retries; backoff too short",
        "availability: S3 throttles PutObject (ThrottlingException, rate exceeded) and the upload"
        " fails after 4 retries",
        "uploads to S3 throttled - PutObject rate exceeded even after 4 retries",
        "uploads of generated media fail in bursts; S3 throttles our PutObject calls (rate"
        " exceeded) even after 4 retries",
        "S3 throttles the PutObject uploads of generated media (ThrottlingException, rate"
        " exceeded) even after 4 retries",
        "S3 PutObject spans for generated media throttled (rate exceeded), still failing after the"
        " retries",
        "`put_object` gets `ThrottlingException` (`Rate exceeded`) and boto's default 4 retries"
        " aren't enough",
        "after a bulk upload the thumbnails show up late or not at all; S3 throttles BE's"
        " PutObject calls (ThrottlingException)",
        "S3 PutObject gets throttled, ThrottlingException 'Rate exceeded' even after 4 retries",
        "generated media fails to upload in bursts; Ines says S3 throttles us (rate exceeded) even"
        " after retrying 4 times",
        "the bulk upload test gets S3 ThrottlingException (Rate exceeded) on PutObject even after"
        " 4 retries",
        "when we push a big batch media's S3 PutObject calls get ThrottlingException 'Rate"
        " exceeded' after 4 retries",
        "at the upload peak media's S3 PutObject calls get ThrottlingException 'Rate exceeded'"
        " even after 4 retries",
        "bulk uploads from our catalog sync partly fail; support said S3 throttles your PutObject"
        " calls (ThrottlingException, rate exceeded) even after retries",
        "S3 PutObject is getting ThrottlingException (Rate exceeded) even after 4 retries",
        "S3 PutObject requests are throttled (ThrottlingException, rate exceeded) even after"
        " the client's four retries",
        "S3 PutObject throttled (ThrottlingException) after 4 retries",
        "s3 PutObject gets ThrottlingException rate exceeded, even after its 4 retries",
        "S3 put object gets throttled rate exceeded even after four retries throttling exception",
    ),
    "p-recursion": (
        "maximum recursion depth exceeded walking EXIF IFDs",
        "infinite recursion in walk_ifd on some EXIF data",
        "EXIF IFD walk recurses until max recursion depth",
        "EXIF parsing blows through the recursion limit in walk_ifd",
        "recursion limit of Python is reached in walk_ifd when EXIF data is read",
        "EXIF reader recurses too deep in walk_ifd (max recursion depth)",
        "walk_ifd recurses without end on some photos' EXIF data (maximum recursion depth)",
        "EXIF walker (`walk_ifd`) runs into Python's recursion limit on some photos (IFD loop?)",
        "walk_ifd keeps recursing on certain EXIF blocks until Python's max recursion depth",
        "EXIF IFD walker recursion runs away on some images until RecursionError (max depth)",
        "EXIF reading crash when walk_ifd recursion go over maximum depth",
        "exif walk_ifd hits max recursion depth",
        "Some photos could not be processed because reading their EXIF data went past Python's"
        " maximum recursion depth",
        "walk_ifd keeps calling itself on some EXIF data until Python's maximum recursion depth is"
        " hit",
        "walk_ifd recurses through the EXIF IFDs until it hits max recursion depth on certain"
        " photos",
        "some photos from the app never finish processing, BE's EXIF reading hits maximum"
        " recursion depth in walk_ifd",
        "EXIF IFD chain has a cycle (an IFD offset pointing back), the recursive IFD walk hits max"
        " recursion depth",
        "resource exhaustion: corrupt or crafted EXIF data makes the IFD walk recurse past"
        " Python's maximum recursion depth",
        "EXIF read on some photos blows through the max recursion depth",
        "some photos can't be processed; reading their EXIF data recurses until Python's maximum"
        " recursion depth is reached",
        "the EXIF walk keeps recursing through the IFDs (a loop in the directory offsets?) until"
        " Python's maximum recursion depth",
        "EXIF read span blows the Python recursion limit walking IFDs",
        "`walk_ifd` follows IFD offsets recursively without remembering which it has seen, so an"
        " IFD loop runs it into the recursion limit",
        "some photos sit in 'processing' forever; BE's EXIF walk runs into maximum recursion depth",
        "EXIF parsing recurses past Python's max recursion depth",
        "certain photos can't be processed at all; Ines says reading their EXIF data goes round in"
        " circles until Python's recursion limit",
        "a photo fixture with a looping EXIF IFD chain makes the EXIF walk hit maximum recursion"
        " depth",
        "metadata for a few photos never arrives, media's EXIF reader recurses until Python's"
        " maximum recursion depth",
        "photos with a looping EXIF IFD chain make media's EXIF walk recurse to the maximum depth"
        " (RecursionError)",
        "metadata for a few of our photos never gets filled in; support said reading their EXIF"
        " recurses until the maximum recursion depth",
        "for some images EXIF IFD chain is looping and walk_ifd is going till maximum recursion"
        " depth exceeded",
        "cyclic EXIF IFD references send the recursive metadata walk past Python's maximum"
        " recursion depth",
        "EXIF read recursion runs past max depth",
        "exif parsing on some photos recurses until python gives up, max recursion depth exceeded",
        "reading EXIF on certain photos loops forever walk IFD keeps calling itself until maximum"
        " recursion depth exceeded",
    ),
    "p-zerodiv": (
        "division by zero computing the aspect ratio",
        "aspect ratio divides by zero for zero-height images",
        "aspect ratio calc: div by 0 on images with 0 height",
        "thumbnails fail for images with zero height, aspect ratio divides by 0",
        "calculation of the aspect ratio divides by zero (image height is 0)",
        "aspect ratio computed with a zero dimension, division by zero",
        "image with a 0 px dimension makes the aspect ratio calc divide by zero",
        "`aspect_ratio` gets an image with a 0 dimension and divides by it",
        "aspect ratio calc divides by a zero width or height",
        "aspect ratio computed for an image with a zero dimension, divide by zero",
        "aspect ratio calculation gives division by zero when image have 0 width or height",
        "aspect ratio div by zero, img w/ 0 width or height",
        "Thumbnails could not be generated for images with a width or height of zero, because the"
        " aspect ratio calculation divided by zero",
        "the aspect ratio gets computed for an image with 0 width or height, hence the division by"
        " zero",
        "images with a zero width or height hit a division by zero in the aspect ratio step",
        "an image with 0 width or height from the app breaks BE's aspect ratio calc, division by"
        " zero",
        "image metadata reports width or height 0 and the aspect ratio computation divides by zero",
        "input validation: images that report a width or height of 0 make the aspect ratio"
        " calculation divide by zero",
        "aspect ratio calc divides by zero on images with a 0 width or height",
        "some images fail to get a thumbnail; their width or height comes through as 0 and the"
        " aspect ratio divides by zero",
        "the image has a width or height of 0 stored for it, and the aspect ratio divides by that"
        " zero",
        "aspect ratio step divides by zero when an image has 0 width or height",
        "the aspect ratio divides by the image's height or width without checking for `0`",
        "an image with 0 width or height never gets a preview; BE divides by zero working out the"
        " aspect ratio",
        "aspect ratio math divides by zero for images that report a 0 width or height",
        "some images end up with no thumbnail; Ines says their width or height comes through as 0"
        " and the aspect ratio divides by zero",
        "an image fixture that reports width or height 0 makes the aspect ratio divide by zero",
        "assets with a 0 width or height in their metadata fail, the aspect ratio divides by zero",
        "uploads whose metadata reports a width or height of 0 fail, the aspect ratio divides by"
        " zero",
        "a few of our uploads fail processing; support said the image reports width or height 0"
        " and the aspect ratio divides by zero",
        "image height or width is coming 0 and aspect ratio calculation is doing division by zero",
        "aspect ratio calculation divides by zero for images that report a width or height of 0",
        "aspect ratio divide by zero: image with 0 width or height",
        "aspect ratio divides by zero for images with a 0 width or height",
        "aspect ratio divides by zero when an image comes in with zero width or zero height",
    ),
    "p-log-worker-lost": (
        "celery worker killed with SIGKILL (signal 9)",
        "workers exiting prematurely on signal 9",
        "SIGKILL'd celery workers (sig 9), job lost",
        "jobs lost, celery worker process killed by signal 9",
        "Celery worker process was killed with SIGKILL (signal 9) and its job is lost",
        "Celery worker got SIGKILLed (signal 9) mid-job, the job is gone",
        "Celery pool worker gets signal 9 / SIGKILL and exits early, losing the job it had",
        "a Celery pool process gets `SIGKILL` (9) and its job is lost, OOM killer?",
        "pool worker killed with signal 9 (SIGKILL), exits early and the job goes with it",
        "celery pool worker SIGKILLed (signal 9) mid-job, job lost, cgroup memory limit?",
        "job is lost when Celery worker process is killed by signal 9 (SIGKILL)",
        "celery pool worker got sig 9 SIGKILL mid job, job lost",
        "Background jobs were lost because Celery worker processes were killed with signal 9"
        " (SIGKILL)",
        "a Celery worker process gets killed with signal 9 (SIGKILL) and the job it was running is"
        " lost",
        "signal 9 (SIGKILL) takes out a Celery worker mid job and the job it held is lost",
        "background jobs kicked off from the app just vanish, BE's Celery worker gets killed"
        " with signal 9 (SIGKILL)",
        "Celery worker SIGKILLed (signal 9), most likely the kernel OOM killer; the job is lost"
        " (no acks_late)",
        "availability: Celery worker processes are killed with SIGKILL (signal 9) and the job they"
        " held is lost",
        "celery workers getting SIGKILLed (signal 9), their jobs lost",
        "background jobs vanish without finishing; the Celery worker running them is killed with"
        " SIGKILL (signal 9)",
        "Celery workers get killed with signal 9 (SIGKILL) mid-job, likely the OOM killer; the job"
        " just disappears",
        "celery worker process gets signal 9 (SIGKILL), its in-flight task spans never finish",
        "a worker process gets `SIGKILL` (signal 9) mid-job, the OOM killer most likely, and the"
        " job is dropped with it",
        "background work kicked off from the UI silently never finishes; BE's Celery worker gets"
        " SIGKILLed (signal 9)",
        "Celery reports a worker that exited on signal 9 (SIGKILL): the kernel OOM killer inside"
        " the pod's memory cgroup",
        "background jobs silently disappear without finishing; eng says the Celery worker running"
        " them gets killed (SIGKILL, signal 9)",
        "a Celery worker gets SIGKILL (signal 9) partway through the suite and its job is lost,"
        " logged as worker exited prematurely",
        "jobs we wait for just vanish; the Celery worker running them is killed with signal 9"
        " (SIGKILL), worker exited prematurely",
        "a Celery worker is SIGKILLed (signal 9) mid-run and its job is lost, logged as worker"
        " exited prematurely",
        "some jobs we start through the API never finish; support said the worker running them was"
        " killed with SIGKILL (signal 9, worker exited prematurely)",
        "worker is getting killed by signal 9 (SIGKILL) in middle of job and job is lost, Worker"
        " exited prematurely",
        "Celery worker processes are terminated with SIGKILL (signal 9) mid-job, and the"
        " in-flight job is lost",
        "celery worker SIGKILLed (signal 9), job lost",
        "celery workers getting SIGKILLed (signal 9) mid job, Worker exited prematurely",
        "celery workers getting killed with signal nine SIGKILL in the middle of a job worker"
        " exited prematurely",
    ),
    "p-log-slow-task": (
        "reindex task exceeds its time budget",
        "search reindex succeeded but blew its budget",
        "search.tasks.reindex over its time budget",
        "search reindex completes but takes longer than its budget",
        "reindex task of the search is successful but needs more time than its budget",
        "reindex task succeeds, just takes longer than its time budget allows",
        "search.tasks.reindex finishes OK but overshoots its time budget",
        "reindex task does finish, but takes longer than its configured budget",
        "reindex succeeds but runs over the time budget it's given",
        "search.tasks.reindex completes OK but over its time budget",
        "search reindex is over time budget when task is finished successfully",
        "search reindex task ok but over its time budget",
        "The search reindex completes, but it is taking longer than its time budget",
        "the search reindex task does finish but goes over its time budget",
        "search reindex task completes, though its run time overshoots the budget",
        "search in the app lags behind edits, BE's reindex task finishes but runs over its time"
        " budget",
        "reindex task completes but overruns its configured time budget; the index grew, the"
        " budget didn't",
        "capacity: the search reindex task finishes, but overruns its time budget",
        "reindex task completes but goes over its time budget",
        "search reindexing takes longer than it should; the reindex task finishes but overruns its"
        " time budget",
        "the reindex task completes but runs past its time budget, it does more work per run than"
        " when the budget was set",
        "reindex task span finishes but blows through its time budget",
        "`search.tasks.reindex` succeeds but takes longer than its time budget, and that's logged"
        " with `logger.error`",
        "search index catches up late after edits; BE's reindex task succeeds but over its time"
        " budget, and logs that as an error",
        "reindex task succeeds but blows its time budget, and that gets logged at error level",
        "search reindexing takes longer than it should; Ravi says the job finishes but blows"
        " through its time budget",
        "the reindex passes the test but logs an error for going over its time budget",
        "the reindex finishes, just late, and search logs an error that it went over its time"
        " budget",
        "under the load the reindex completes but overruns its time budget, and search logs that"
        " as an error",
        "our product updates reach search late; support said the reindex finishes but goes over"
        " its time budget, which gets logged as an error",
        "reindex task is succeeding but it is taking more time than its budget and the same is"
        " logged as error",
        "search reindex task completes successfully but overruns its configured time budget,"
        " which is reported as an error",
        "reindex task done but over its time budget",
        "reindex task does succeed but goes way past its time budget, which logs an error",
        "reindex actually finishes but it goes way over its time budget and that gets logged as an"
        " error",
    ),
    "p-log-feed-skip": (
        "feed rows skipped for a missing EAN",
        "supplier feed rows without EAN get skipped",
        "EAN missing -> supplier feed row skipped",
        "supplier feed rows dropped, no EAN on them",
        "rows of the supplier feed are skipped because the EAN is missing",
        "import skips feed rows when the supplier left the EAN out",
        "EAN missing on some supplier feed rows, so they're left out of the import",
        "supplier feed rows without an `EAN` are skipped (logged, not imported)",
        "supplier feed lines with no EAN get skipped over",
        "supplier feed rows dropped from the import for lack of an EAN",
        "supplier feed row is skipped in import when EAN is missing",
        "supplier feed rows w/o EAN skipped",
        "Some supplier products were left out of the catalog because their feed rows had no EAN"
        " and were skipped",
        "supplier feed rows without an EAN get skipped by the import",
        "feed rows missing an EAN get skipped, so supplier loads come in short",
        "supplier products missing in the app, BE import skips their feed rows because the EAN"
        " is missing",
        "supplier rows lacking an EAN in the feed are skipped by design but logged at ERROR",
        "data completeness: supplier feed rows without an EAN are skipped, so those products never"
        " reach the catalog",
        "feed rows with no EAN get skipped on import",
        "products with no EAN are left out of their import; feed rows without an EAN are skipped"
        " and logged as errors",
        "feed rows with no EAN are skipped on purpose but logged at ERROR, so those products never"
        " get a row",
        "error logs on import for feed rows dropped because their EAN is missing",
        "feed rows without an `EAN` are skipped on purpose, but every skip goes through"
        " `logger.error`",
        "some supplier products never show on the site; BE skips their feed rows because there's"
        " no EAN",
        "each supplier feed row with no EAN is skipped and logged as an error",
        "products without an EAN are quietly left out of supplier imports; Chloe says those rows"
        " get skipped on purpose",
        "feed fixture rows without an EAN are skipped as designed, but each skip is logged at"
        " ERROR",
        "rows we send without an EAN are dropped on purpose and catalog logs each one as an error",
        "feed rows without an EAN in the load data get skipped as intended, each skip logged at"
        " ERROR by catalog",
        "products in our feed without an EAN never appear; support said they're skipped on purpose"
        " for the missing EAN and each one is logged",
        "supplier feed rows which are not having EAN are getting skipped and for each row one error"
        " log is coming",
        "supplier feed rows without an EAN are intentionally skipped, yet every skipped row is"
        " reported as an error",
        "feed rows dropped on import, no EAN",
        "feed rows w/o an EAN get skipped, one error line per row",
        "we're skipping supplier feed rows because the EAN is missing and it logs one error for"
        " each row",
    ),
    "g-nil-deref": (
        "nil pointer dereference panic",
        "panic: invalid memory address / nil pointer dereference",
        "nil deref panic (invalid memory address)",
        "handler panic, runtime reports a nil pointer dereference",
        "runtime panic, a nil pointer is dereferenced (invalid memory address)",
        "request handling panics with a nil pointer dereference",
        "gateway goroutine panics: nil pointer dereference / invalid memory address",
        "runtime panic from dereferencing a nil pointer",
        "handler goes down in a panic after following a nil pointer (invalid memory address)",
        "nil pointer deref panic in the gateway request path (invalid memory address)",
        "request gives panic when nil pointer is dereferenced (invalid memory address)",
        "panic nil ptr deref, invalid mem address",
        "Requests through the gateway failed because it panicked on a nil pointer dereference"
        " (invalid memory address)",
        "the gateway panics on a nil pointer dereference (invalid memory address) while it handles"
        " a request",
        "Go runtime panic on a nil pointer dereference (invalid memory address), the request dies"
        " with it",
        "requests from the app die mid-flight, BE gateway panics on a nil pointer dereference"
        " (invalid memory address)",
        "a pointer that is nil on some path gets dereferenced without a check: runtime panic,"
        " invalid memory address",
        "unchecked null: a nil pointer is dereferenced and the process panics (invalid memory"
        " address)",
        "panic on a nil pointer dereference, the request is dropped",
        "some requests through the gateway fail with an empty reply; the gateway panics on a nil"
        " pointer dereference",
        "the gateway panics dereferencing a nil pointer (invalid memory address); no database"
        " anywhere near it",
        "request span ends in a panic, nil pointer dereference, connection dropped",
        "a nil pointer gets dereferenced without a `!= nil` check and the handler panics (`invalid"
        " memory address or nil pointer dereference`)",
        "random requests fail with no response at all (net::ERR_EMPTY_RESPONSE); the gateway"
        " panics dereferencing a nil pointer",
        "process panics on a nil pointer dereference (invalid memory address) and takes the request"
        " down with it",
        "some API requests fail with an empty response; Tomasz says the gateway crashes on a nil"
        " pointer when handling them",
        "the request kills the gateway process: panic on a nil pointer dereference, connection"
        " closed without a response",
        "calls through the gateway die with the connection closed, the gateway panics on a nil"
        " pointer dereference",
        "requests through the gateway end without any response, the gateway process panics on a"
        " nil pointer dereference",
        "some calls end with the connection closed and no response at all; support said your"
        " gateway panics on a nil pointer dereference",
        "gateway is going in panic because of nil pointer dereference (invalid memory address)",
        "gateway request handling panics on a nil pointer dereference (invalid memory address)",
        "panic: nil pointer deref, request dropped",
        "gateway panics on a nil pointer deref (invalid memory address) and the request just dies",
        "gateway panics on a nil pointer dereference invalid memory address and the request just"
        " dies",
    ),
    "g-index-range": (
        "index out of range parsing the Forwarded header",
        "Forwarded header parsing panics with index out of range",
        "Forwarded hdr parse: index out of range panic",
        "panic (index out of range) when we parse a Forwarded header",
        "panic with index out of range while the Forwarded header is parsed",
        "panic on index out of range, Forwarded header has fewer parts than the parser assumes",
        "panic in the Forwarded header parser, index past the end of the slice (out of range)",
        "`parseForwarded` indexes past the end of the split `Forwarded` header, panic out of range",
        "short Forwarded header blows up the header parser with an index out of range panic",
        "client IP extraction panics (index out of range) on Forwarded headers missing a field",
        "request gives panic (index out of range) when Forwarded header have less parts",
        "Forwarded hdr too short -> panic idx out of range",
        "Some requests failed because the gateway panicked with index out of range while parsing a"
        " Forwarded header",
        "parsing the Forwarded header assumes more parts than some headers have and panics with"
        " index out of range",
        "Forwarded header parse panics with index out of range when the header has fewer parts"
        " than expected",
        "some app requests coming through carrier proxies fail, BE gateway panics (index out of"
        " range) on the Forwarded header",
        "Forwarded header with fewer elements than the parser assumes, it indexes past the slice"
        " (index out of range panic)",
        "input validation: a client-supplied Forwarded header with fewer elements than expected"
        " makes the parser index out of range and panic",
        "gateway panics with index out of range on certain Forwarded headers",
        "calls from behind their proxy fail; the gateway panics with an index out of range while"
        " it parses the Forwarded header",
        "the gateway panics with index out of range while parsing the Forwarded header, which has"
        " fewer parts than it expects",
        "request span panics with index out of range while the Forwarded header gets parsed",
        "the `Forwarded` header is split and indexed without checking the length first, so a short"
        " header panics with `index out of range`",
        "requests from some office networks fail with an empty response; the gateway panics (index"
        " out of range) parsing the Forwarded header",
        "the process panics on an index out of range while the Forwarded header gets split up",
        "API customers behind a proxy get failed calls; Tomasz says the gateway crashes reading"
        " the Forwarded header (index out of range)",
        "a request with a short Forwarded header panics the gateway: index out of range while"
        " splitting it",
        "our calls through the proxy fail when the gateway panics on the Forwarded header, index"
        " out of range",
        "requests carrying a short Forwarded header (our injector adds one) lose the connection,"
        " the gateway panics with index out of range",
        "calls made through our corporate proxy drop without a response; support said the"
        " Forwarded header it adds makes your gateway panic (index out of range)",
        "when Forwarded header is having less parts, header parsing is giving index out of range"
        " panic",
        "short or malformed `Forwarded` headers trigger an index out of range panic while the"
        " header is parsed",
        "gateway panic: index out of range on a short Forwarded header",
        "a short Forwarded header makes the gateway panic, index out of range",
        "gateway panics with index out of range when the forwarded header has fewer parts than we"
        " expect",
    ),
    "g-dial-refused": (
        "dial tcp: connection refused",
        "connect: connection refused on dial",
        "refused on tcp dial (connect: connection refused)",
        "outbound TCP dial gets connection refused",
        "TCP connect is refused by the remote side (dial tcp, connection refused)",
        "outgoing tcp dial refused, nothing listening on the target port",
        "TCP connect refused when the gateway dials out (dial tcp ... connection refused)",
        "TCP dial refused (`connect: connection refused`), target not listening",
        "dialling out over TCP gets connection refused, nothing listening at the other end",
        "outbound dial gets connect: connection refused, no listener on the target port",
        "outgoing TCP dial fails when target port refuse the connection (connect refused)",
        "outbound tcp dial refused (connect: connection refused)",
        "Requests failed because outgoing TCP connections were refused (connect: connection"
        " refused)",
        "opening a TCP connection out gets connect: connection refused",
        "TCP connect out gets refused (connection refused on dial), nothing listening on the"
        " target port",
        "app gets errors through the gateway, BE's outbound dial tcp gets connect: connection"
        " refused",
        "outbound dial tcp is refused (connect: connection refused), i.e. no listener on that"
        " port: pod not ready or wrong port",
        "dependency availability: the outbound TCP dial gets connect: connection refused, nothing"
        " is listening on the target port",
        "outgoing connections refused at dial (connect: connection refused)",
        "API calls fail while a backend is unavailable; the gateway's outgoing connection is"
        " refused at dial time, nothing is listening on that port",
        "the gateway's outgoing TCP dial is refused, nothing is listening on the target port",
        "outbound dial span fails, TCP connection refused by the target",
        "the TCP dial gets `connect: connection refused`, nothing listens on that port yet and we"
        " don't retry",
        "calls through the gateway come back 502 for a minute or two; its TCP dial is refused"
        " (connect: connection refused)",
        "outgoing dial tcp gets connection refused, nothing listening on that IP and port yet (pod"
        " not Ready?)",
        "API calls fail while a backend is down; Tomasz says the gateway's connection gets"
        " refused, nothing is listening on that port",
        "the gateway's dial tcp to the backend is refused (connect: connection refused) and the"
        " test gets 502",
        "calls come back 502 while the gateway's outbound dial tcp is refused, nobody listening on"
        " that port",
        "requests come back 502 while the gateway's outbound dial tcp is refused (connect:"
        " connection refused), nothing listens on the port",
        "we get 502 bad_gateway for a few minutes at a time; support said the gateway's connection"
        " to the service behind it was refused",
        "dial tcp is getting connection refused, nothing is listening on other side port",
        "outbound TCP connections from the gateway are refused because no process is listening"
        " on the target port",
        "upstream dial refused (connect: connection refused)",
        "dial tcp gets connection refused, nothing's listening on that port",
        "dialing TCP gets connection refused um nothing is listening on the other end",
    ),
    "g-reset": (
        "upstream connection reset by peer on read",
        "read: connection reset by peer from upstream",
        "peer resets the upstream conn mid-read (ECONNRESET)",
        "upstream drops the connection mid-response (reset by peer)",
        "remote peer resets the connection while the upstream response is read (port 443)",
        "upstream connection on :443 gets reset by the peer while reading the response",
        "read from the upstream on 443 fails, the peer sent a connection reset",
        "upstream resets the TCP conn on :443 while we read the response",
        "upstream on port 443 resets the connection whilst we're reading its response",
        "upstream peer resets the TCP conn on :443 partway through reading the response",
        "reading upstream response fails when peer reset the connection on port 443",
        "upstream :443 conn reset by peer mid read",
        "Requests failed because the upstream on port 443 reset the connection while we were"
        " reading its response",
        "the upstream on port 443 resets the connection while we are still reading the response",
        "upstream on 443 resets the connection while its response is still being read",
        "app calls fail halfway, BE gateway's read from the upstream on :443 gets connection"
        " reset by peer",
        "upstream on :443 resets the connection mid-response; we reuse keep-alive connections the"
        " LB already closed",
        "dependency availability: the upstream on :443 resets the connection while its response is"
        " being read",
        "upstream on port 443 resets the connection in the middle of the read",
        "some API calls fail half way; the upstream on port 443 resets the connection while the"
        " gateway reads its response",
        "the upstream on 443 resets the connection while the gateway is reading its response"
        " (connection reset by peer)",
        "proxy span to the upstream on 443 fails mid-read, peer resets the connection",
        "reading the upstream's response over `:443` fails with `connection reset by peer`; we"
        " reuse idle keep-alive conns the upstream already closed",
        "calls through the gateway fail with a 502 now and then; the gateway's read from the"
        " upstream on :443 gets connection reset by peer",
        "reads from the upstream on 443 end in connection reset by peer",
        "some API calls break halfway through; Tomasz says the upstream on port 443 resets the"
        " connection (connection reset by peer)",
        "the proxied response breaks off: the upstream on 443 resets the connection (connection"
        " reset by peer), 502",
        "calls fail with 502 when the upstream on 443 resets the gateway's connection mid-read"
        " (reset by peer)",
        "a slice of proxied requests get 502 when the upstream on 443 resets the connection"
        " mid-read (connection reset by peer)",
        "random 502s on otherwise fine calls; support said the upstream on 443 resets your"
        " gateway's connection mid-response (reset by peer)",
        "upstream on 443 is resetting connection while we are reading the response, connection"
        " reset by peer",
        "upstream connections on port 443 are reset by the peer while the response is being"
        " read, likely due to stale keep-alive connections",
        "upstream on 443 resets the connection mid read",
        "upstream on :443 resets the conn while we're still reading, connection reset by peer",
        "upstream on four forty three resets the connection while we're reading the response"
        " connection reset by peer",
    ),
    "g-ctx-deadline": (
        "context deadline exceeded proxying upstream",
        "proxy round trips hit context deadline exceeded",
        "ctx deadline exceeded on the upstream round trip",
        "upstream proxy calls run out the context deadline",
        "context deadline is exceeded during the upstream round trip of the proxy",
        "proxied upstream round trip runs past the context deadline",
        "proxied upstream call runs over its context deadline",
        "upstream `RoundTrip` of the proxy gives up with `context deadline exceeded`",
        "upstream round trip from the proxy runs out of context deadline",
        "proxied upstream round trip outlasts its context deadline",
        "proxy request fails when upstream round trip is longer than context deadline",
        "proxy upstream round trip ctx deadline exceeded",
        "Proxied requests failed because the round trip to the upstream ran past its context"
        " deadline",
        "the proxy's round trip to the upstream goes past the context deadline",
        "proxied round trip to the upstream runs into context deadline exceeded",
        "app calls through the proxy time out, BE's upstream round trip hits context deadline"
        " exceeded",
        "proxied upstream round trip outlives the request's context deadline; deadline is below"
        " the upstream's p99",
        "dependency latency: the upstream round trip exceeds the request's context deadline",
        "upstream round trips run past the context deadline",
        "slow calls get cut off; the proxied round trip to the upstream runs past the request's"
        " context deadline",
        "the proxied call to the upstream uses up its context deadline before an answer comes"
        " back, the request-level version of a statement_timeout",
        "proxy span to the upstream burns through its context deadline before a response",
        "`RoundTrip` to the upstream returns `context deadline exceeded`, the request context's"
        " deadline is shorter than the upstream takes",
        "slow calls come back 504 right when the proxy's timeout runs out; the upstream round trip"
        " ends in context deadline exceeded",
        "upstream round trips give up with context deadline exceeded",
        "slow API calls get cut off with an error; eng says the request's deadline runs out"
        " waiting on the upstream (context deadline exceeded)",
        "the proxied call waits on the upstream until the context deadline is exceeded, the test"
        " gets 504",
        "slow calls come back 504, the upstream round trip runs out the request context's deadline",
        "slow requests hit 504 once the upstream round trip outlives the request context's"
        " deadline (context deadline exceeded)",
        "slow calls fail with 504 gateway_timeout; support said the round trip to the upstream"
        " runs past the request's context deadline",
        "round trip to upstream is crossing request context deadline, context deadline exceeded is"
        " coming",
        "proxied upstream requests run past the request context deadline before the upstream"
        " responds",
        "upstream round trip past its context deadline",
        "round trip to the upstream eats the whole context deadline (context deadline exceeded)",
        "proxying to upstream the round trip goes past the context deadline so we get context"
        " deadline exceeded",
    ),
    "g-client-timeout": (
        "auth introspect POST times out (Client.Timeout exceeded)",
        "token introspection call to auth times out awaiting headers",
        "auth /introspect POST: Client.Timeout awaiting headers",
        "auth token introspection hangs, http Client.Timeout hit before headers",
        "POST to auth /introspect runs into the Client.Timeout, no headers are received",
        "token introspection POST to auth hits the http client timeout before any headers",
        "token check against auth /introspect: POST gets no response headers before Client.Timeout",
        "auth `/introspect` POST: http client timeout fires before response headers arrive",
        "POST to auth's /introspect gets no headers back before Client.Timeout fires",
        "auth /introspect POST gets no response headers before the http Client.Timeout",
        "token check fails when POST to auth /introspect give no headers before Client.Timeout",
        "auth /introspect POST Client.Timeout, no resp headers",
        "Signed-in users had requests rejected because the token check POST to auth /introspect"
        " hit Client.Timeout before any headers came back",
        "the POST to auth /introspect gets no response headers before Client.Timeout",
        "introspect call to auth (POST /introspect) times out on Client.Timeout before any headers"
        " arrive",
        "every signed-in call from the app is slow then fails, BE's token check POST to auth"
        " /introspect hits Client.Timeout awaiting headers",
        "auth /introspect POST exceeds http.Client.Timeout before response headers arrive; auth"
        " slow under load",
        "authentication availability: the token introspection POST to auth /introspect times out"
        " (Client.Timeout before headers), users get rejected",
        "auth /introspect POST times out waiting for headers (Client.Timeout)",
        "authenticated requests time out; the gateway's POST to auth /introspect gets no response"
        " headers before the HTTP client timeout",
        "the gateway's POST to auth /introspect gets no response headers before Client.Timeout",
        "client span for POST auth /introspect times out (Client.Timeout) waiting on response"
        " headers",
        "`http.Client.Timeout` fires on `POST /introspect` to auth before the response headers"
        " arrive",
        "every signed-in call gets slow and some 502; the gateway's token introspection POST to"
        " auth times out (Client.Timeout exceeded)",
        "POST to auth.prod.svc /introspect times out before headers come back (Client.Timeout"
        " exceeded)",
        "logged-in API calls time out; Tomasz says the check against the auth service"
        " (/introspect) takes too long and our client gives up",
        "authenticated request fails: the auth /introspect POST exceeds Client.Timeout before"
        " headers come back",
        "our token-authenticated calls fail when the auth /introspect POST exceeds the gateway's"
        " Client.Timeout",
        "token-authenticated requests fail when the auth /introspect POST exceeds Client.Timeout"
        " before the headers arrive",
        "authenticated calls fail with 502 at busy times; support said the gateway's token check"
        " against auth /introspect times out (Client.Timeout exceeded while awaiting headers)",
        "POST to auth /introspect is timing out, Client.Timeout exceeded while awaiting headers",
        "token introspection call to the auth service (POST /introspect) times out before the"
        " response headers arrive",
        "auth /introspect POST timed out before headers (Client.Timeout)",
        "POST to auth /introspect times out, Client.Timeout exceeded while awaiting headers",
        "the auth introspect post times out client timeout exceeded while awaiting headers",
    ),
    "g-tls": (
        "upstream TLS certificate expired (x509)",
        "x509 certificate has expired when dialing upstream",
        "expired x509 cert on the upstream TLS dial",
        "upstream TLS handshake fails, their x509 cert has expired",
        "certificate of the upstream is expired, x509 verification in the TLS handshake fails",
        "TLS to the upstream fails, its x509 cert is expired (or not valid yet)",
        "upstream's cert is past its expiry date, x509 verify fails on the TLS dial",
        "upstream's x509 cert is expired (now is after NotAfter), TLS verify fails",
        "upstream presenting an expired x509 certificate, TLS verification fails",
        "upstream TLS cert expired, x509 verification fails on dial",
        "call to upstream fails when its x509 certificate is expired (TLS verification)",
        "upstream x509 cert expired, tls verify fails",
        "Calls to an upstream failed because its x509 TLS certificate had expired",
        "the upstream's x509 certificate seems to have expired, so TLS verification fails",
        "upstream's x509 certificate has expired, TLS verify fails on every dial",
        "app calls through the gateway fail, the upstream's x509 cert has expired so BE's TLS"
        " verification fails",
        "upstream's x509 certificate expired (current time after NotAfter), so TLS verification"
        " fails; cert rotation missed",
        "certificate management: the upstream's x509 TLS certificate has expired and verification"
        " fails",
        "calls to an upstream fail TLS verification - its x509 cert has expired",
        "calls to one backend fail outright; the upstream's certificate has expired, so TLS"
        " verification fails",
        "the upstream's x509 certificate has expired, so TLS verification fails on connect",
        "client spans to an upstream fail the TLS handshake, its x509 certificate is expired",
        "TLS verification fails because the upstream's cert is expired (`x509: certificate has"
        " expired or is not yet valid`)",
        "everything behind one upstream comes back 502; the gateway rejects that upstream's TLS"
        " cert as expired (x509)",
        "TLS to an upstream fails, its x509 certificate has expired and nobody renewed it (is"
        " cert-manager on it?)",
        "calls to one of the backends fail completely; Tomasz says its TLS certificate has expired"
        " and nobody renewed it",
        "the gateway can't talk TLS to an upstream whose x509 certificate has expired, every"
        " proxied test gets 502",
        "calls to one backend fail outright, its x509 certificate has expired so the gateway's"
        " TLS handshake fails",
        "every request routed to one backend fails with 502, its x509 certificate has expired and"
        " the gateway's TLS handshake fails",
        "all calls to one part of the API fail with 502 since a certain date; support said the"
        " certificate of the service behind the gateway expired (x509)",
        "TLS verification of upstream is failing as x509 certificate has expired, cert is not"
        " renewed",
        "TLS verification of an upstream fails because its x509 certificate has expired",
        "upstream TLS cert expired, x509 verify fails",
        "upstream's cert expired, x509 verify fails on the tls handshake",
        "upstream cert expired so the TLS verify fails x509 certificate has expired or is not yet"
        " valid",
    ),
    "g-pgx-unique": (
        "duplicate tracking number violates shipments_tracking_no_key (23505)",
        "unique violation on shipments_tracking_no_key",
        "tracking_no dup -> 23505 on shipments_tracking_no_key",
        "inserts rejected: tracking no. already exists (shipments_tracking_no_key / 23505)",
        "tracking number exists already, shipments_tracking_no_key is violated (SQLSTATE 23505)",
        "insert with an existing tracking number rejected by shipments_tracking_no_key (23505)",
        'tracking number inserted twice, unique violation 23505 on "shipments_tracking_no_key"',
        "`shipments_tracking_no_key` (23505): that tracking number is already stored",
        "shipments_tracking_no_key unique violation (23505), tracking number's a duplicate",
        "tracking number already stored, SQLSTATE 23505 on shipments_tracking_no_key",
        "insert gives error when tracking number exist already (shipments_tracking_no_key, 23505)",
        "dup tracking no, shipments_tracking_no_key 23505",
        "Shipping records could not be saved when the tracking number already existed"
        " (shipments_tracking_no_key, SQLSTATE 23505)",
        "an insert reuses a tracking number that is already stored (shipments_tracking_no_key,"
        " SQLSTATE 23505)",
        "rows with a tracking number that's already stored fail on shipments_tracking_no_key"
        " (23505)",
        "saving from the app 500s, BE insert hits SQLSTATE 23505 on shipments_tracking_no_key,"
        " that tracking number already exists",
        "insert of a tracking number that already exists violates shipments_tracking_no_key"
        " (SQLSTATE 23505); retries aren't idempotent",
        "data integrity: a tracking number that already exists is inserted again, unique"
        " constraint shipments_tracking_no_key (SQLSTATE 23505)",
        "insert fails on an existing tracking number, shipments_tracking_no_key / 23505",
        "duplicate tracking numbers are refused; the insert hits the unique constraint"
        " shipments_tracking_no_key (SQLSTATE 23505)",
        "an insert with a tracking number that already exists, unique index"
        " shipments_tracking_no_key rejects it (SQLSTATE 23505)",
        "insert span fails with SQLSTATE 23505 on shipments_tracking_no_key, tracking number"
        " already exists",
        "the insert violates `shipments_tracking_no_key` (`SQLSTATE 23505`): the tracking number"
        " is already stored and the retry isn't idempotent",
        "the create request 500s when the tracking number is already stored; BE's insert violates"
        " shipments_tracking_no_key (SQLSTATE 23505)",
        "insert fails with SQLSTATE 23505 on shipments_tracking_no_key, the tracking number is"
        " taken",
        "some shipments can't be created because the tracking number already exists; Lena says the"
        " database rejects it (shipments_tracking_no_key, 23505)",
        "retrying with the same tracking number violates shipments_tracking_no_key (SQLSTATE"
        " 23505)",
        "rows we resend with a tracking number that's already stored fail"
        " shipments_tracking_no_key (23505)",
        "resent requests with an already-used tracking number fail shipments_tracking_no_key"
        " (SQLSTATE 23505)",
        "our retries with the same tracking number fail with 500; support said the tracking number"
        " is already stored, unique constraint shipments_tracking_no_key (23505)",
        "same tracking number is coming again and insert is failing with shipments_tracking_no_key"
        " (SQLSTATE 23505)",
        "duplicate tracking numbers violate the `shipments_tracking_no_key` unique constraint"
        " (SQLSTATE 23505) on insert, as retries are not idempotent",
        "tracking number already stored: shipments_tracking_no_key, 23505",
        "tracking number dupes on insert, shipments_tracking_no_key (23505)",
        "duplicate tracking number on insert shipments tracking no key two three five oh five",
    ),
    "g-pgx-serial": (
        "could not serialize access (40001) updating shipment status",
        "serialization failure SQLSTATE 40001 updating status",
        "40001 serialization failure on shipment status update",
        "shipment status updates fail with 40001, concurrent update can't be serialised",
        "shipment status update fails with SQLSTATE 40001, concurrent update not serializable",
        "shipment status update can't be serialized against a concurrent update (40001)",
        "two updates to a shipment's status collide, Postgres serialization failure 40001",
        "`SQLSTATE 40001` on shipment status writes: concurrent update, tx can't serialize, retry?",
        "concurrent updates to a shipment's status can't be serialised, Postgres 40001",
        "shipment status writes hit 40001 serialization failures under concurrent updates",
        "shipment status update fails when other update is done in same time (SQLSTATE 40001)",
        "shipment status update 40001 serialization failure (concurrent update)",
        "Shipment status updates failed when two updates happened at the same time (SQLSTATE"
        " 40001, could not serialize access)",
        "two concurrent updates of a shipment's status collide and Postgres returns SQLSTATE 40001",
        "shipment status updates running at the same time fail with SQLSTATE 40001, Postgres can't"
        " serialize them",
        "status updates from the driver app fail, BE's Postgres can't serialize the concurrent"
        " update (SQLSTATE 40001)",
        "concurrent status updates on one shipment under REPEATABLE READ/SERIALIZABLE fail with"
        " SQLSTATE 40001, no retry loop",
        "concurrency: two shipment status updates run at once, Postgres refuses one with could not"
        " serialize access (SQLSTATE 40001)",
        "shipment status updates collide, 40001 could not serialize access",
        "shipment status updates fail when two arrive at once; Postgres can't serialize the"
        " concurrent updates (SQLSTATE 40001)",
        "two concurrent updates to one shipment's status; under REPEATABLE READ or SERIALIZABLE"
        " Postgres aborts one as a serialization failure (40001)",
        "shipment status update span aborts with 40001, serialization failure against a concurrent"
        " update",
        "the status `UPDATE` runs in a serializable tx and gets `SQLSTATE 40001` on a concurrent"
        " update; no retry loop around it",
        "changing a shipment's status fails to save when two people do it at once; BE's Postgres"
        " can't serialize the update (SQLSTATE 40001)",
        "shipment status updates fail with SQLSTATE 40001, could not serialize access next to a"
        " concurrent update",
        "shipment status updates fail when two come in at once; Lena says Postgres can't serialize"
        " them (SQLSTATE 40001)",
        "two status updates on one shipment in parallel: could not serialize access (SQLSTATE"
        " 40001), nothing retries",
        "status updates from our sync fail when another update hits the same shipment, SQLSTATE"
        " 40001 could not serialize",
        "concurrent status updates on one shipment fail with SQLSTATE 40001 (could not serialize"
        " access), with no retry",
        "shipment status updates we send close together fail with 500; support said Postgres"
        " couldn't serialize the concurrent updates (SQLSTATE 40001)",
        "two status updates of one shipment are coming at same time and update is failing with"
        " SQLSTATE 40001 could not serialize access",
        "concurrent shipment status updates fail with a serialization error (SQLSTATE 40001)"
        " and are not retried",
        "shipment status update loses a race: 40001 could not serialize",
        "two status updates on one shipment at once, 40001 could not serialize access",
        "two status updates on the same shipment at once and one of them fails could not serialize"
        " access 40001",
    ),
    "g-pgx-nopool": (
        "can't connect to the shipping postgres: dial i/o timeout",
        "DB acquire fails with dial tcp 5432 i/o timeout",
        "PG dial to the shipping db times out (i/o timeout :5432)",
        "shipping DB unreachable, pgx dial to :5432 hits an i/o timeout",
        "connection to the shipping database on port 5432 not possible, dial runs into timeout",
        "shipping Postgres not reachable, connecting on 5432 times out",
        "shipping service can't connect to its Postgres (pg-N.db.internal:5432), dial i/o timeout",
        "pgx can't connect to `pg-N.db.internal:5432` for the shipping DB, dial i/o timeout",
        "shipping DB at pg-N.db.internal:5432 unreachable, dial gives up with an i/o timeout",
        "shipping service can't reach its Postgres (pg-N.db.internal:5432), dial i/o timeout",
        "shipping DB connection fails when dial to pg-N.db.internal:5432 goes in i/o timeout",
        "cant reach shipping pg (pg-N.db.internal:5432), dial i/o timeout",
        "The shipping service could not reach its Postgres database at pg-N.db.internal:5432;"
        " connecting ended in a dial i/o timeout",
        "the shipping service can't reach its database at pg-N.db.internal:5432, the dial ends in"
        " an i/o timeout",
        "connect from shipping to pg-N.db.internal:5432 times out at the dial (i/o timeout), no DB"
        " for the request",
        "shipping screens in the app fail, BE can't reach its Postgres at pg-N.db.internal:5432"
        " (dial i/o timeout)",
        "shipping DB pg-N.db.internal:5432 unreachable, dial i/o timeout on connect; network"
        " policy or a failover",
        "dependency availability: the shipping Postgres at pg-N.db.internal:5432 can't be reached,"
        " dial i/o timeout",
        "shipping can't reach its Postgres on 5432, dial i/o timeout",
        "shipping is down for them; the shipping service can't reach its Postgres on port 5432,"
        " the connect times out",
        "shipping can't get a connection to its Postgres at all, the dial to pg-N.db.internal:5432"
        " times out; the DB itself was up, so it's the network path",
        "shipping's DB connect spans time out dialing Postgres on 5432 (dial i/o timeout)",
        "pgx can't reach `pg-N.db.internal:5432`, the dial ends in `i/o timeout` and the pool has"
        " nothing to hand out",
        "creating a shipment spins then 500s; BE can't reach its Postgres, dial i/o timeout to"
        " pg-N.db.internal",
        "can't reach Postgres at pg-N.db.internal:5432 (dial i/o timeout); network path or a"
        " NetworkPolicy, not the pool",
        "shipping is completely down for customers; Lena says the shipping service can't reach its"
        " database on 5432 (dial i/o timeout)",
        "shipping can't reach its Postgres at pg-N.db.internal:5432 in the test environment, dial"
        " i/o timeout",
        "every call to shipping errors, it can't connect to pg-N.db.internal on 5432 (dial i/o"
        " timeout)",
        "shipping requests fail across the board when it can't reach pg-N.db.internal on 5432"
        " (dial i/o timeout)",
        "all shipment calls fail with 500 for a while; support said shipping couldn't connect to"
        " its Postgres on 5432 (dial i/o timeout)",
        "shipping is unable to connect its DB pg-N.db.internal:5432, dial is giving i/o timeout",
        "shipping service cannot reach its PostgreSQL database on port 5432 (dial i/o"
        " timeout), leaving the connection pool empty",
        "shipping Postgres unreachable on 5432, dial i/o timeout",
        "shipping can't get to pg-N.db.internal:5432 at all, dial i/o timeout",
        "shipping can't connect to its Postgres on 5432 the dial gets an I/O timeout",
    ),
    "g-json": (
        "weight_grams arrives as a string, json unmarshal fails",
        "cannot unmarshal string into Parcel.weight_grams (int)",
        "Parcel.weight_grams: got string, want int (json unmarshal)",
        "DHL quote response has weight_grams as a string, Parcel decode wants an int",
        "field weight_grams of Parcel comes as a string from DHL, unmarshal into int fails",
        "quote response from DHL can't be decoded, Parcel.weight_grams is a string not an int",
        'DHL quote JSON won\'t decode, "weight_grams" comes as a string but Parcel has it as int',
        "DHL sends `weight_grams` as a JSON string, our `Parcel` struct wants an int",
        "DHL quote payload has weight_grams as a string, Parcel wants an int, unmarshal fails",
        "DHL quote payload has weight_grams as a string, Parcel field is an int, unmarshal fails",
        "DHL quote fails when weight_grams come as string but Parcel expect int",
        "dhl quote json weight_grams is a string, Parcel wants int",
        "Customers got no DHL shipping quotes because DHL sends weight_grams as a string while our"
        " Parcel struct expects an int",
        "DHL sends weight_grams as a string in the quote, but the Parcel struct has it as an int",
        "DHL quote response has weight_grams as a string, unmarshal into the int field of Parcel"
        " fails",
        "shipping options screen shows nothing for DHL, BE can't unmarshal DHL's weight_grams"
        " string into the int field of Parcel",
        "DHL quote response carries Parcel.weight_grams as a JSON string, our struct field is an"
        " int, unmarshal fails",
        "input validation: DHL sends weight_grams as a string while Parcel expects an int,"
        " unmarshalling the quote fails",
        "DHL quote response won't unmarshal - weight_grams is a string, we expect an int",
        "DHL quotes fail; DHL's quote reply carries weight_grams as a string where we expect an"
        " int, so we can't decode it",
        "DHL's quote reply has weight_grams as a string, our Parcel struct wants an int, so"
        " decoding fails",
        "DHL quote span errors decoding the reply, weight_grams comes as a string and we want an"
        " int",
        "`json.Unmarshal` into `Parcel` fails since DHL sends `weight_grams` as a string and our"
        " field is an `int`",
        "DHL missing from the shipping options; BE can't unmarshal DHL's weight_grams (sent as a"
        " string) into the int field",
        "DHL quote replies won't unmarshal: weight_grams comes as a string, the Parcel struct wants"
        " an int",
        "DHL shipping quotes fail at checkout; Lena says DHL sends weight_grams as text instead of"
        " a number and we can't read the reply",
        "the DHL sandbox sends weight_grams as a string and unmarshalling the quote into"
        " Parcel.weight_grams (int) fails",
        "DHL quotes fail for our parcels, DHL sends Parcel.weight_grams as a string and shipping"
        " expects an int",
        "DHL quote requests answer 500 because the DHL sandbox sends weight_grams as a string,"
        " which doesn't unmarshal into Parcel.weight_grams (int)",
        "quotes for DHL fail with 500; support said DHL's response has weight_grams as a string"
        " and your side expects an int (Parcel.weight_grams)",
        "DHL quote response is having weight_grams as string but our Parcel struct is expecting"
        " int, so unmarshal is failing",
        "DHL quote responses provide `weight_grams` as a string, which cannot be unmarshalled"
        " into the integer field `Parcel.weight_grams`",
        "DHL quote: weight_grams comes as a string, Parcel wants an int",
        "DHL's quote reply has weight_grams as a string, our Parcel wants an int so unmarshal"
        " fails",
        "DHL quote comes back with weight grams as a string and our parcel struct wants an int so"
        " the JSON unmarshal fails",
    ),
    "g-carrier-502": (
        "DHL quote API returns 502",
        "carrier dhl gives 502 on quotes",
        "DHL quotes -> 502",
        "quotes failing, DHL answers 502",
        "quote request to the carrier DHL is answered with HTTP 502",
        "getting 502 back from DHL when asking for a quote",
        "DHL returns 502 Bad Gateway for shipping quotes",
        "DHL answers our quote requests with `502`",
        "DHL is responding 502 to our quote requests",
        "DHL quote endpoint erroring with 502",
        "shipping quote fails when DHL gives HTTP 502 back",
        "dhl 502 on quote reqs",
        "Customers got no DHL shipping quotes because DHL answered our quote requests with HTTP"
        " 502",
        "quote requests to DHL come back with HTTP 502",
        "DHL quote calls come back 502",
        "shipping options screen has no DHL prices, DHL answers BE's quote request with 502",
        "DHL's quote endpoint answers 502 from their edge, and we surface it instead of retrying",
        "third-party availability: DHL's quote API responds 502",
        "DHL quotes failing, DHL responds 502",
        "DHL quotes fail; DHL itself answers our quote request with a 502",
        "DHL's quote API answers 502; external, nothing in our databases",
        "outbound span to DHL's quote API comes back 502",
        "DHL's quote endpoint returns `502` and we hand the error back as-is instead of retrying",
        "no DHL rates in the shipping options, the quotes request 502s; DHL's quote API answers BE"
        " with 502",
        "DHL answers 502 to our quote calls",
        "DHL shipping rates don't show at checkout; Lena says DHL's own API answers with a 502",
        "a quote via DHL fails, DHL answers shipping with 502 and the test gets 502 'quote failed'",
        "DHL quotes fail, DHL's API answers shipping with a 502",
        "DHL quote requests answer 502 'quote failed' whenever DHL itself answers shipping with"
        " 502",
        "DHL quotes fail with 502 'quote failed'; support said DHL's API returns 502 to shipping",
        "quote call is failing since DHL API is returning 502 to us",
        "DHL quote API responds with HTTP 502, and the failure is returned to the caller"
        " without a retry",
        "DHL quotes down, DHL answers 502",
        "DHL's quote API keeps throwing 502s at us",
        "DHL keeps sending us five oh twos on quotes so quotes just fail",
    ),
    "g-carrier-429": (
        "DHL quote API rate limits us (429)",
        "carrier dhl responded 429 for quotes",
        "DHL quotes throttled, 429",
        "quotes failing, DHL throttling us with 429",
        "quote request to the carrier DHL is answered with HTTP 429 (rate limit)",
        "getting 429 (rate limited) back from DHL when asking for a quote",
        "DHL returns 429 Too Many Requests for shipping quotes",
        "DHL rate-limits our quote requests, `429`",
        "DHL throttling our quote requests with a 429",
        "DHL quote endpoint 429ing us, we're over their rate limit",
        "shipping quote fails when DHL gives HTTP 429 back (rate limit)",
        "dhl 429 on quote reqs, rate limited",
        "Customers got no DHL shipping quotes because DHL rate limited our quote requests with"
        " HTTP 429",
        "quote requests to DHL come back with HTTP 429, so probably their rate limit",
        "DHL quote calls rate limited with 429, too many per window",
        "shipping options screen has no DHL prices, DHL rate limits BE's quote calls with 429",
        "we exceed DHL's quote rate limit and they answer 429; no client-side throttling,"
        " Retry-After ignored",
        "third-party rate limiting: DHL answers our quote requests with 429",
        "DHL quotes failing, DHL rate limits us with a 429",
        "DHL quotes fail at peak; DHL rate limits our quote requests with a 429",
        "DHL rate-limits our quote requests with 429",
        "outbound span to the DHL quote API returns 429, DHL throttling our quote calls",
        "DHL answers our quote calls with `429`; there's no client-side rate limit and"
        " `Retry-After` is ignored",
        "DHL rates drop out at busy times, the quotes request fails; DHL rate-limits BE's quote"
        " calls with 429",
        "DHL answers 429 to our quote calls, we're over their rate limit",
        "DHL shipping rates fail at peak times; Lena says DHL rate-limits us (429)",
        "DHL rate-limits the quote calls the suite makes (429), the test gets 502 'quote failed'",
        "DHL quotes fail during our refresh, DHL answers shipping with 429, over their rate limit",
        "at our quote rate DHL answers shipping with 429 and the requests come back 502 'quote"
        " failed'",
        "DHL quotes fail with 502 'quote failed' at our peak; support said DHL rate-limits"
        " shipping's calls (429)",
        "DHL is rate limiting our quote calls with 429, we are sending more requests than allowed",
        "DHL quote API rate-limits our requests with HTTP 429 since there is no client-side"
        " throttling or Retry-After handling",
        "DHL quotes rate limited, 429 from DHL",
        "DHL is 429ing our quote calls, we're over their rate limit",
        "DHL is rate limiting our quote calls four twenty nine we're sending more than they allow",
    ),
    "g-carrier-ups-502": (
        "UPS quote API returns 502",
        "carrier ups gives 502 on quotes",
        "UPS quotes -> 502",
        "quotes failing, UPS answers 502",
        "quote request to the carrier UPS is answered with HTTP 502",
        "getting 502 back from UPS when asking for a quote",
        "UPS returns 502 Bad Gateway for shipping quotes",
        "UPS answers our quote requests with `502`",
        "UPS is responding 502 to our quote requests",
        "UPS quote endpoint erroring with 502",
        "shipping quote fails when UPS gives HTTP 502 back",
        "ups 502 on quote reqs",
        "Customers got no UPS shipping quotes because UPS answered our quote requests with HTTP"
        " 502",
        "quote requests to UPS come back with HTTP 502",
        "UPS quote calls come back 502",
        "shipping options screen has no UPS prices, UPS answers BE's quote request with 502",
        "UPS's quote endpoint answers 502 from their edge, and we surface it instead of retrying",
        "third-party availability: UPS's quote API responds 502",
        "UPS quotes failing, UPS responds 502",
        "UPS quotes fail; UPS itself answers our quote request with a 502",
        "UPS's quote API answers 502; external, nothing in our databases",
        "outbound span to UPS's quote API comes back 502",
        "UPS's quote endpoint returns `502` and the error goes straight back to the caller",
        "no UPS rates in the shipping options, the quotes request 502s; UPS's quote API answers BE"
        " with 502",
        "UPS answers 502 to our quote calls",
        "UPS shipping rates don't show at checkout; Lena says UPS's API answers with a 502",
        "a quote via UPS fails, UPS answers shipping with 502",
        "UPS quotes fail, UPS's API answers shipping with a 502",
        "UPS quote requests answer 502 'quote failed' when UPS itself returns 502 to shipping",
        "UPS quotes fail with 502 'quote failed'; support said UPS's API answers shipping with 502",
        "UPS quote API is giving 502 for our quote requests",
        "UPS quote API responds with HTTP 502 and the quote request fails without a retry",
        "UPS quotes down, UPS answers 502",
        "UPS's quote API keeps throwing 502s at us",
        "UPS quote API keeps giving us 502s",
    ),
    "g-concurrent-map": (
        "concurrent map writes in the rate cache",
        "fatal concurrent map writes when caching rates",
        "rate cache map written concurrently (fatal)",
        "process crashes, rate cache map written from two goroutines at once",
        "map of the rate cache gets concurrent writes, Go runtime aborts with fatal error",
        "Go runtime kills the process, rate cache map is written concurrently",
        "Go runtime aborts the whole process: unsynchronized writes to the rate cache map",
        "`fatal error: concurrent map writes` in the rate cache (`Put` without a mutex)",
        "two goroutines writing the rate cache map at once, Go aborts on concurrent map writes",
        "rate cache map written from several goroutines without a lock, Go runtime fatal",
        "service process crash when rate cache map is written concurrently (fatal error)",
        "fatal concurrent map writes in rate cache, proc dies",
        "The shipping service crashed because several goroutines wrote to the rate cache map at"
        " the same time (concurrent map writes)",
        "the rate cache map gets written from more than one goroutine without a lock, and Go"
        " aborts with concurrent map writes",
        "rate cache map written from several goroutines at once, Go kills the process (concurrent"
        " map writes)",
        "shipping calls from the app randomly drop, BE process dies with fatal concurrent map"
        " writes on the rate cache",
        "rate cache is a plain map with concurrent writers and no mutex, Go aborts with fatal"
        " concurrent map writes",
        "thread safety: the rate cache map is written by several goroutines with no lock, the"
        " runtime aborts on concurrent map writes",
        "shipping crashes on concurrent map writes to the rate cache",
        "the shipping service crashes under load; two requests write to the rate cache map at the"
        " same time and Go aborts the process",
        "two goroutines write the rate cache map at once and Go aborts with concurrent map writes;"
        " an in-process cache, no DB",
        "shipping process dies with fatal concurrent map writes on the rate cache",
        "the rate cache is a plain `map` written from several goroutines without a lock: `fatal"
        " error: concurrent map writes`",
        "the quotes request dies with a 502 every now and then; BE's process crashes on concurrent"
        " map writes to the rate cache",
        "Go runtime aborts (fatal error) on two goroutines writing the rate cache map at once, and"
        " the container restarts",
        "the shipping service crashes and restarts under load; Lena says two requests write the"
        " rate cache at the same moment (concurrent map writes)",
        "parallel quote tests crash shipping: fatal error concurrent map writes on the rate cache",
        "our parallel quote refresh takes shipping down, two writes hit its rate cache map at once"
        " (concurrent map writes)",
        "parallel quote requests crash shipping with fatal error: concurrent map writes in its"
        " rate cache, everything in flight gets 502",
        "quote calls we make in parallel fail with 502 and shipping is briefly down; support said"
        " two writes to its rate cache map collide (concurrent map writes)",
        "rate cache map is getting written from many goroutines at same time, fatal error"
        " concurrent map writes is coming",
        "unsynchronized concurrent writes to the carrier rate cache map crash the shipping"
        " service (fatal concurrent map writes)",
        "rate cache concurrent map writes kill the process",
        "rate cache gets written from two goroutines at once, fatal concurrent map writes takes"
        " shipping down",
        "concurrent map writes in the rate cash two goroutines write the map at once and the fatal"
        " error takes shipping down",
    ),
    "g-kafka-lag": (
        "shipping-events consumer group lagging",
        "consumer lag on shipping-events partitions",
        "lag piling up on the shipping-events consumer group",
        "shipping-events consumers falling behind, lag growing per partition",
        "consumer group shipping-events has a growing lag on its partitions",
        "backlog building up on shipping-events partitions, consumer group lagging",
        "shipping-events consumer group is behind, lots of messages of lag on some partitions",
        "`shipping-events` consumer group falling behind, lag climbing on some partitions",
        "shipping-events consumers not keeping up, lag building on some partitions",
        "shipping-events consumer group lag growing on some partitions",
        "shipping-events consumer group is lagging when partitions receive many messages",
        "shipping-events consumer grp lag growing on partitions",
        "Shipping updates were delayed because the shipping-events consumer group fell behind on"
        " some partitions",
        "the shipping-events consumer group falls behind and the lag keeps growing on some"
        " partitions",
        "events on shipping-events are consumed late, the group's lag climbs on some partitions",
        "tracking status in the app updates late, BE's shipping-events consumer group lag keeps"
        " growing on some partitions",
        "shipping-events consumer group can't keep up, lag growing on some partitions; fewer"
        " consumers than partitions",
        "processing delay: the shipping-events consumer group falls behind, lag building up on"
        " some partitions",
        "shipping-events consumers lagging behind on some partitions",
        "shipment updates reach them late; the shipping-events consumer group falls behind on some"
        " partitions",
        "the shipping-events consumer group falls behind, lag piling up on some partitions",
        "consumer lag metric climbing for the shipping-events group, some partitions way behind",
        "the `shipping-events` consumer group falls behind and lag keeps growing on some"
        " partitions",
        "tracking status on the shipment page updates late; BE's shipping-events consumer group"
        " keeps falling behind",
        "shipping-events consumer group lag keeps climbing on some partitions, too few consumer"
        " replicas for them",
        "shipment tracking updates reach customers late; Lena says the shipping-events consumer"
        " group is falling behind",
        "tracking events reach the test late, the shipping-events consumer group is lagging on"
        " some partitions",
        "tracking updates land hours late in our tables, the shipping-events consumer group lag"
        " keeps climbing",
        "tracking events fall behind during the run, the shipping-events consumer group lag climbs"
        " on several partitions",
        "tracking updates reach our webhook hours late; support said the shipping-events consumer"
        " group is lagging",
        "shipping-events consumer group is lagging, lag is increasing on few partitions",
        "shipping-events consumer group is falling behind, with consumer lag growing on"
        " several partitions",
        "shipping-events consumers behind, lag piling up on partitions",
        "shipping-events consumer group falling behind, lag piling up on a few partitions",
        "the shipping events consumer group is lagging way behind on a few partitions and the q"
        " just keeps growing",
    ),
    "g-grpc-unavailable": (
        "catalog gRPC Unavailable, connection refused while dialing",
        "product lookup rpc Unavailable (transport dial refused)",
        "catalog rpc Unavailable: transport dial conn refused",
        "product page can't reach the catalog rpc, Unavailable (dial refused)",
        "catalog gRPC is Unavailable for the product page, the dial to catalog is refused",
        "can't dial the catalog gRPC service, connection refused (code Unavailable)",
        "catalog gRPC returns code Unavailable to the gateway, dial gets connection refused",
        "gRPC to catalog fails with `code = Unavailable`, the dial to catalog is refused",
        "catalog gRPC gives code Unavailable for the product page, dialling catalog is refused",
        "catalog gRPC dependency Unavailable for the product page, transport dial refused",
        "product page fails when catalog gRPC give code Unavailable (dial connection refused)",
        "catalog grpc Unavailable, dial conn refused",
        "Customers could not open product pages because the catalog gRPC service was Unavailable"
        " and refused the connection",
        "the catalog gRPC call for a product returns Unavailable because dialing catalog gets"
        " refused",
        "catalog gRPC product calls return Unavailable, dialing catalog is refused",
        "product screen errors, BE gateway's gRPC call to catalog comes back Unavailable (dial"
        " connection refused)",
        "catalog gRPC returns code Unavailable, the dial is refused (connection refused); catalog"
        " pods down or rolling",
        "dependency availability: catalog's gRPC service answers Unavailable, the dial to it is"
        " refused",
        "product pages can't reach catalog over gRPC - Unavailable, connection refused on dial",
        "product pages fail; the gateway can't reach catalog over gRPC, code Unavailable, the"
        " connection is refused",
        "the gateway can't reach catalog over gRPC, code Unavailable, the dial is refused",
        "outbound gRPC span to catalog ends Unavailable, dial gets connection refused",
        "the gRPC call to catalog returns `codes.Unavailable` (dial: connection refused) and the"
        " handler has no fallback",
        "product page data request 502s; the gateway's gRPC call to catalog is Unavailable"
        " (connection refused while dialing)",
        "gRPC calls to catalog fail Unavailable, connection refused dialing a catalog pod IP",
        "product pages fail through the API; Tomasz says the gateway can't reach the catalog"
        " service (gRPC Unavailable, connection refused)",
        "product by SKU fails: the gateway's gRPC call to catalog is Unavailable, connection"
        " refused while dialing",
        "product lookups fail, the gateway gets gRPC Unavailable from catalog (connection refused"
        " dialing it)",
        "product-by-SKU requests answer 502 when the gateway's gRPC call to catalog is Unavailable"
        " (connection refused while dialing)",
        "product lookups by SKU fail with 502; support said the gateway can't reach catalog over"
        " gRPC (Unavailable, connection refused)",
        "gRPC call to catalog for product page is failing with code Unavailable, connection refused"
        " while dialing",
        "gateway's gRPC call to the catalog service fails with code Unavailable (connection"
        " refused while dialing)",
        "catalog gRPC Unavailable, dial refused, product pages fail",
        "gateway can't dial catalog over grpc for product pages, code = Unavailable, conn refused",
        "gateway can't dial catalog over gRPC for product pages code unavailable connection"
        " refused",
    ),
    "g-grpc-notfound": (
        "catalog gRPC NotFound for the product",
        "rpc NotFound: product not found on the product page",
        "catalog rpc returns NotFound for a product",
        "product page gets NotFound from the catalog rpc for some SKUs",
        "catalog gRPC gives NotFound for the requested product",
        "product lookup via catalog gRPC ends in NotFound",
        "catalog gRPC lookup says code NotFound, the product SKU isn't in the catalog",
        "catalog replies `code = NotFound` over gRPC for the requested product SKU",
        "catalog gRPC answers NotFound for the product SKU asked for",
        "catalog gRPC returns NotFound for SKUs the product page asks for",
        "product page fails when catalog gRPC give code NotFound for product SKU",
        "catalog grpc NotFound for product sku",
        "Customers saw errors on product pages because the catalog gRPC service answered NotFound"
        " for the product SKU",
        "the catalog gRPC call returns NotFound for the product SKU that was asked for",
        "product SKUs that catalog gRPC reports as NotFound",
        "product screen errors for some SKUs, BE's catalog gRPC answers NotFound for that product",
        "catalog gRPC answers code NotFound for the SKU; deleted products still linked, should be"
        " a 404 and not an error",
        "error handling: catalog's gRPC service returns NotFound for a product SKU and it is"
        " treated as an error instead of a not found page",
        "catalog gRPC says NotFound for the product SKU and the page errors",
        "product pages error for removed products; catalog answers the gateway's gRPC call with"
        " NotFound for that SKU",
        "catalog answers the product lookup with gRPC NotFound, the SKU has no row anymore (a"
        " deleted product still linked)",
        "outbound gRPC span to catalog ends NotFound for the product SKU, the page then errors",
        "catalog answers `codes.NotFound` for the product SKU and we turn that into a 500 instead"
        " of a 404",
        "product page data request 500s for some SKUs where a 404 would be right; catalog's gRPC"
        " says NotFound for that product",
        "catalog's gRPC says NotFound for the product SKU and the product page errors",
        "product pages for removed products error instead of 404ing; Tomasz says catalog answers"
        " NotFound for that SKU",
        "a SKU the test deletes first gets gRPC NotFound from catalog and the gateway answers 500"
        " instead of 404",
        "product lookups for SKUs removed upstream fail, catalog answers gRPC NotFound and the"
        " gateway turns it into an error",
        "product-by-SKU requests for SKUs deleted mid-run answer 500, catalog's gRPC NotFound"
        " isn't mapped to a 404",
        "looking up a SKU we deleted returns 500, not the 404 the docs promise; support said"
        " catalog answers gRPC NotFound and the gateway doesn't map it",
        "catalog gRPC is returning NotFound for product SKU and we are converting it to 500 instead"
        " of 404",
        "catalog gRPC NotFound responses for a product SKU are surfaced as server errors"
        " instead of 404s",
        "product page: catalog gRPC says NotFound for the SKU",
        "catalog grpc says NotFound for the sku and the product page errors out instead of a 404",
        "catalog gRPC says not found for the SKU and the product page errors out instead of giving"
        " a four oh four",
    ),
    "g-log-upstream-5xx": (
        "upstream returns 503 for the products API",
        "products API 503s from upstream",
        "GET /api/v2/products -> 503 from upstream",
        "products API (/api/v2/products) getting 503s from the upstream pods",
        "upstream instance answers 503 for GET /api/v2/products/<id>",
        "GET /api/v2/products/<id> gets 503 from one of the upstream pods",
        "products API upstream pods answer 503 on GET /api/v2/products/:id",
        "an upstream pod sends back `503` for `GET /api/v2/products/<id>`",
        "some upstream replicas serving 503s for product lookups (/api/v2/products/<id>)",
        "upstream pods serving 503 on GET /api/v2/products/<id>",
        "GET /api/v2/products/<id> gives 503 when request is served by upstream pod",
        "upstream pod 503 on GET /api/v2/products/<id>",
        "Product API requests (GET /api/v2/products/<id>) failed because upstream pods returned"
        " 503",
        "GET /api/v2/products/<id> gets a 503 back from one of the upstream pods",
        "GET /api/v2/products/<id> answered with 503 by an upstream pod",
        "product screen sometimes errors, BE logs show an upstream pod answering 503 for GET"
        " /api/v2/products/<id>",
        "an upstream pod answers 503 for GET /api/v2/products/<id>; unhealthy replica left in"
        " rotation",
        "availability: upstream pods answer 503 for GET /api/v2/products/<id>",
        "products API GET /api/v2/products/<id> getting 503 from the upstream",
        "product API requests fail; an upstream replica answers GET /api/v2/products/<id> with a"
        " 503",
        "an upstream pod answers 503 for GET /api/v2/products/<id>",
        "gateway access logs show the upstream answering 503 on GET /api/v2/products/<id>",
        "an upstream pod returns `503` on `GET /api/v2/products/<id>` and the proxy logs it at"
        " error level",
        "GET /api/v2/products/<id> comes back 503 every now and then; the gateway logs an upstream"
        " pod answering 503",
        "upstream pods answer 503 to GET /api/v2/products/<id>, one log line per request",
        "product API calls fail for some clients; Tomasz says a backend answers GET"
        " /api/v2/products with a 503",
        "the contract test passes on retry, but the gateway logs an upstream answering 503 to GET"
        " /api/v2/products/<id>",
        "some product calls fail, the gateway logs its upstream answering 503 to GET"
        " /api/v2/products/<id>",
        "the gateway logs its upstream answering 503 to GET /api/v2/products/<id>, in step with"
        " our failed product requests",
        "product calls fail now and then with 503; support said the gateway logs an upstream"
        " returning 503 for GET /api/v2/products/<id>",
        "upstream pod is returning 503 for GET /api/v2/products/<id>",
        "an upstream pod intermittently returns HTTP 503 for GET /api/v2/products/<id>",
        "products API upstream answering 503 on GET /api/v2/products/<id>",
        "upstream pods keep returning 503 on GET /api/v2/products/<id>",
        "upstream pods returning five oh three on get slash API slash V2 slash products",
    ),
    "g-log-upstream-504": (
        "upstream returns 504 for the products API",
        "504 gateway timeouts from the products upstream",
        "GET /api/v2/products -> 504 from upstream",
        "products API (/api/v2/products) getting 504s from the upstream pods",
        "upstream instance answers 504 for GET /api/v2/products/<id>",
        "GET /api/v2/products/<id> gets 504 from one of the upstream pods",
        "products API upstream pods answer 504 on GET /api/v2/products/:id",
        "an upstream pod sends back `504` for `GET /api/v2/products/<id>`",
        "some upstream replicas serving 504s for product lookups (/api/v2/products/<id>)",
        "upstream pods serving 504 on GET /api/v2/products/<id>",
        "GET /api/v2/products/<id> gives 504 when request is served by upstream pod",
        "upstream pod 504 on GET /api/v2/products/<id>",
        "Product API requests (GET /api/v2/products/<id>) failed because upstream pods returned"
        " 504",
        "GET /api/v2/products/<id> gets a 504 back from one of the upstream pods",
        "GET /api/v2/products/<id> answered with 504 by an upstream pod",
        "product screen sometimes errors, BE logs show an upstream pod answering 504 for GET"
        " /api/v2/products/<id>",
        "an upstream pod answers 504 for GET /api/v2/products/<id>; its own backend call times out",
        "availability: upstream pods answer 504 for GET /api/v2/products/<id>",
        "products API GET /api/v2/products/<id> getting 504 from the upstream",
        "product API requests time out; the upstream answers GET /api/v2/products/<id> with a 504",
        "an upstream pod answers 504 for GET /api/v2/products/<id>, its own backend call is too"
        " slow",
        "gateway access logs show the upstream answering 504 on GET /api/v2/products/<id>",
        "`504` from an upstream pod on `GET /api/v2/products/<id>`, logged by the proxy as an"
        " error",
        "GET /api/v2/products/<id> sometimes comes back 504; the gateway logs an upstream pod"
        " answering 504",
        "upstream pods answer 504 to GET /api/v2/products/<id>, often after waiting 30s",
        "product API calls time out for some clients; Tomasz says the backend answers GET"
        " /api/v2/products with a 504",
        "the gateway logs an upstream answering 504 to GET /api/v2/products/<id> after a long wait",
        "slow product calls fail, the gateway logs an upstream returning 504 for GET"
        " /api/v2/products/<id>",
        "the gateway logs upstreams returning 504 for GET /api/v2/products/<id> after long waits,"
        " matching our slowest requests",
        "product calls time out with 504; support said the gateway logs its upstream returning 504"
        " for those product requests",
        "for GET /api/v2/products/<id> upstream is giving 504 after long time",
        "an upstream pod responds with HTTP 504 (gateway timeout) for GET /api/v2/products/<id>",
        "products API upstream answering 504 on GET /api/v2/products/<id>",
        "upstream pods timing out with 504s on GET /api/v2/products/<id>",
        "upstream returning 504 gateway timeouts on the products V2 endpoint after a long wait",
    ),
    "g-log-ratelimit": (
        "clients hitting the gateway rate limit",
        "rate limit exceeded per API key",
        "API keys over the per-minute rate limit",
        "clients throttled at the gateway, per-minute limit per key exceeded",
        "API key of a client exceeds the rate limit per minute",
        "client over the per-minute rate limit for its API key",
        "gateway throttles clients that go over their requests/min for an API key",
        "clients exceed their per-key `limit=N/min` and get rate limited",
        "API clients going over their per-minute request allowance and getting throttled",
        "API keys exceeding their per-minute gateway rate limit",
        "client is rate limited when its API key go over limit per minute",
        "client over per min rate limit on its api key",
        "Some API clients were turned away because they went over the per-minute rate limit for"
        " their API key",
        "some API keys go over the per-minute rate limit and the gateway throttles them",
        "API keys going over their per-minute limit get rate limited by the gateway",
        "app users get throttled, BE gateway logs an API key going over its per-minute rate limit",
        "one API key exceeds its per-minute rate limit at the gateway, a client retrying in a"
        " tight loop without backoff",
        "abuse control: an API key goes over its per-minute rate limit and the gateway throttles"
        " the client",
        "API clients throttled for going over their per-minute rate limit",
        "an API key is being throttled; the gateway turns its calls away for going over the"
        " per-minute rate limit",
        "one API key goes over its per-minute rate limit at the gateway and gets throttled",
        "gateway logs an API key throttled past its per-minute rate limit",
        "an API key goes over its `limit=N/min` and the limiter writes an error line for every"
        " rejected request",
        "heavy users start getting 429s; the gateway logs their API key going over the per-minute"
        " rate limit",
        "rate limiter turns away an API key past its per-minute limit, one error line per rejected"
        " request",
        "an API customer is getting throttled; Tomasz says their key goes over the per-minute rate"
        " limit and calls get turned away",
        "the load test's API key goes past its per-minute limit and the gateway logs every"
        " rejected call as rate limit exceeded",
        "our extract's API key gets throttled, the gateway logs rate limit exceeded for the key"
        " past its per-minute limit",
        "our generator's key passes its requests-per-minute limit and the gateway writes a rate"
        " limit exceeded line for each 429",
        "we start getting 429 rate_limited during our nightly sync; support said our API key is"
        " over its per-minute limit (rate limit exceeded)",
        "one API key is crossing its per minute limit and for every request rate limit exceeded log"
        " is coming",
        "a single API key repeatedly exceeds its per-minute gateway rate limit, producing an"
        " error log entry for every rejected request",
        "API keys over their per-minute rate limit",
        "some api keys blow through their per-minute rate limit, and every request of theirs logs"
        " it",
        "some API keys are going over their per minute limit and we log rate limit exceeded on"
        " every request",
    ),
    "g-log-oom": (
        "containers OOMKilled (exit 137)",
        "OOMKilled, exit code 137 on pods",
        "pods getting OOM-killed (137)",
        "pods restarted after hitting their memory limit (OOMKilled / 137)",
        "container is terminated with OOMKilled, exit code 137",
        "container killed for running out of memory (OOMKilled, exit 137)",
        "k8s kills the container as OOMKilled, exit code 137",
        "pod containers killed for memory (`OOMKilled`, exit `137`)",
        "containers hitting their memory limit and getting OOMKilled, exit 137",
        "pods at their memory limit, container OOMKilled with exit 137",
        "container is OOMKilled (exit code 137) when memory limit is reached",
        "container OOMKilled exit 137",
        "Pods were restarted because their containers ran out of memory and were OOMKilled (exit"
        " code 137)",
        "containers get OOMKilled (exit code 137) once they reach their memory limit",
        "containers killed at their memory limit, OOMKilled with exit code 137",
        "app sees a burst of errors whenever a BE container gets OOMKilled (exit code 137)",
        "containers exceed their memory limit and get OOMKilled (exit code 137); limit below the"
        " working set",
        "availability: containers exceed their memory limit and are OOMKilled (exit code 137)",
        "containers getting OOMKilled, exit code 137, and restarting",
        "the service restarts by itself under load; its containers are OOMKilled (exit code 137)"
        " for going over their memory limit",
        "containers go over their memory limit and are OOMKilled (exit code 137)",
        "pod events show containers OOMKilled with exit 137 and restarted",
        "containers get `OOMKilled` (exit code `137`); the memory limit in the deployment is below"
        " what the process uses",
        "a burst of 502s for about a minute; a BE container gets OOMKilled (exit code 137) and"
        " restarts",
        "containers get OOMKilled (exit code 137) after hours up; memory creeps up until it hits"
        " the limit",
        "the service keeps restarting by itself under load; eng says it runs out of memory and"
        " gets OOMKilled (exit code 137)",
        "a container gets OOMKilled (exit code 137) during the soak run and the tests in flight"
        " fail",
        "calls fail while a container is OOMKilled (exit code 137) and restarting",
        "a container is OOMKilled (exit code 137) mid-soak and the requests it held fail with 502",
        "short bursts of 502s; support said one of your containers was OOMKilled (exit code 137)"
        " and restarted",
        "container is getting OOMKilled with exit code 137, memory limit is less than usage",
        "containers are terminated as OOMKilled (exit code 137) because memory usage exceeds"
        " the configured limit",
        "pods OOMKilled, exit 137",
        "containers keep getting OOMKilled, exit code 137",
        "containers keep getting OOM killed exit code one three seven",
    ),
    "g-log-crash": (
        "container exits with code 1 (Error)",
        "container terminated with Error, exit code 1",
        "pods crash w/ exit 1 (reason Error)",
        "container keeps dying with exit code 1, reason Error",
        "container is terminated with reason Error, exit code 1",
        "container terminates on its own, exit code 1, reason Error",
        "container crashes out with exit code 1 (k8s reason Error)",
        "container process exits `1` (reason `Error`) and k8s restarts it",
        "container terminating with exit code 1, reason given as Error",
        "container exits 1 (reason Error) and gets restarted, crashloop",
        "container is restarted when it terminate with reason Error (exit code 1)",
        "container exit 1 reason Error, restarting",
        "Containers keep stopping with exit code 1 (reason Error) and being restarted",
        "a container keeps terminating with exit code 1 (reason Error) and being restarted",
        "container exits with code 1 (reason Error), restarts, exits again",
        "app sees errors while a BE container keeps dying, exit code 1 with reason Error",
        "container terminates with exit code 1, reason Error, after running a while: a process"
        " crash, not an OOM kill",
        "availability: containers terminate with exit code 1 (reason Error) and are restarted",
        "containers exiting with code 1 (Error) and restarting",
        "the service restarts by itself; its containers exit with code 1 (Error), a crash rather"
        " than running out of memory",
        "containers exit with code 1 (Error) after running a while, a crash and not an OOM kill",
        "pod events show containers exiting with code 1 (Error) and restarted, no OOM involved",
        "the container exits with code `1` (`Error`) after running a while, no OOM involved; the"
        " process crashes and k8s restarts it",
        "a burst of 502s every so often; a BE container keeps exiting with code 1 (Error) and"
        " restarting",
        "container exits with code 1 (reason Error) after running for a while and gets restarted;"
        " not an OOM kill",
        "the gateway restarts on its own every so often; Tomasz says it exits with code 1, a"
        " crash, not memory",
        "a gateway container terminates with exit code 1 (reason Error, not OOM) mid-run and the"
        " tests in flight get 502",
        "calls fail for a minute whenever a gateway container exits with code 1 (Error, not an OOM"
        " kill)",
        "a gateway container exits with code 1 (reason Error, not OOM) during the run and the"
        " requests in flight get 502",
        "a minute of 502s every now and then; support said a gateway container exits with code 1"
        " (Error, not an out-of-memory kill)",
        "container is terminating with exit code 1 (reason Error) after running for some time, it"
        " is not OOM",
        "containers terminate unexpectedly with exit code 1 (reason: Error) after running for"
        " some time, unrelated to memory limits",
        "pods exiting 1 (Error), restart loop",
        "containers exit with code 1 (Error), not an OOM, then they just restart",
        "containers exiting with code one reason error not an OOM and then they restart",
    ),
    "n-undef-total": (
        "cart summary reads .total of undefined",
        "reading 'total' of undefined while rendering the cart summary",
        "undefined.total in the cart summary render",
        "cart page errors, summary render reads 'total' on an undefined value",
        "property 'total' is read from undefined during the render of the cart summary",
        "cart summary hits undefined when reading 'total'",
        'cart summary render: "total" read on an undefined object (cart data missing?)',
        "cart summary reads `total` on undefined (cart not loaded yet?)",
        "cart summary render tries to read total off undefined",
        "cart summary render reads total from an undefined cart",
        "cart summary is not rendered when cart is undefined and 'total' is read",
        "cart summary render: 'total' of undefined",
        "Customers could not see their cart summary because the code read 'total' from an"
        " undefined cart",
        "the cart summary render reads 'total' on a cart that is undefined",
        "cart is undefined when the summary renders, reading 'total' throws",
        "cart screen (webview) crashes, the web SSR reads 'total' off a cart that's undefined",
        "cart summary renders before the cart resolves and reads 'total' of undefined",
        "unchecked undefined: the cart summary reads 'total' from a cart that is undefined",
        "cart summary breaks - reads 'total' off an undefined cart",
        "the cart summary on their storefront errors; it reads 'total' from a cart that is"
        " undefined",
        "the cart summary reads 'total' from a cart that's undefined, no cart came back for the"
        " session",
        "cart summary render errors, 'total' read from an undefined cart",
        "`cart.total` is read while `cart` is still `undefined`, the summary renders before the"
        " fetch resolves",
        "/cart 500s in SSR; the summary reads 'total' off a cart that's undefined",
        "cart summary SSR reads 'total' of undefined",
        "the cart summary blanks out for some shoppers; Jonas says it reads 'total' off a cart"
        " that isn't there",
        "the cart summary throws reading 'total' of undefined when the cart hasn't loaded, the"
        " page renders a 500",
        "crawled cart pages come back 500, the cart summary reads 'total' of undefined",
        "cart page loads answer 500 for sessions whose cart hasn't loaded, storefront reads"
        " 'total' of undefined in the cart summary",
        "our shop's cart page on your storefront errors for shoppers whose cart hasn't loaded;"
        " support said the cart summary reads 'total' of undefined",
        "cart summary is reading 'total' from cart which is still undefined, getting TypeError",
        "cart summary accesses `total` on an undefined cart object before the cart data has loaded",
        "cart summary: cart undefined when 'total' is read",
        "cart summary reads 'total' off a cart that's undefined, TypeError",
        "the cart summary reads total off a cart that's undefined so cannot read properties of"
        " undefined",
    ),
    "n-undef-items": (
        "cart summary reads .items of undefined",
        "cart undefined when reading 'items'",
        "undefined.items in the cart summary render",
        "cart summary breaks trying to read 'items' from undefined",
        "property 'items' is read from undefined during the render of the cart summary",
        "cart summary hits undefined when reading 'items'",
        'cart summary render: "items" read on an undefined object',
        "cart summary reads `items` on undefined, no cart object there",
        "cart summary render tries to read items off undefined",
        "cart summary render reads items from an undefined cart",
        "cart summary is not rendered when cart is undefined and 'items' is read",
        "cart summary render: 'items' of undefined",
        "Customers could not see their cart summary because the code read 'items' from an"
        " undefined cart",
        "the cart summary render reads 'items' on a cart that is undefined",
        "cart is undefined when the summary renders, reading 'items' throws",
        "cart screen (webview) crashes, the web SSR reads 'items' off a cart that's undefined",
        "cart summary renders before the cart resolves and reads 'items' of undefined",
        "unchecked undefined: the cart summary reads 'items' from a cart that is undefined",
        "cart summary breaks - reads 'items' off an undefined cart",
        "the cart summary on their storefront errors; it reads 'items' from a cart that is"
        " undefined",
        "the cart summary reads 'items' from a cart that's undefined, no cart came back for the"
        " session",
        "cart summary render errors, 'items' read from an undefined cart",
        "`cart.items` is read while `cart` is `undefined`, no optional chaining",
        "/cart 500s in SSR; the summary reads 'items' off a cart that's undefined",
        "cart summary SSR reads 'items' of undefined",
        "the cart summary breaks for some shoppers; Jonas says it reads 'items' off a cart that"
        " isn't there",
        "the cart summary throws reading 'items' of undefined when the cart hasn't loaded",
        "crawled cart pages come back 500, the cart summary reads 'items' of undefined",
        "cart page loads answer 500 with the cart summary reading 'items' of undefined",
        "our shop's cart page errors out; support said the cart summary reads 'items' of undefined",
        "in cart summary, cart is coming undefined and reading 'items' from it is failing",
        "cart summary attempts to read `items` from an undefined cart, resulting in a TypeError",
        "cart summary: cart undefined when 'items' is read",
        "cart summary reads 'items' off a cart that's undefined, TypeError",
        "cart summary tries to read items off an undefined cart type error",
    ),
    "n-undef-total-mini": (
        "minicart badge reads .total of undefined",
        "'total' of undefined rendering the header badge",
        "undefined.total in the minicart header badge",
        "header minicart badge crashes reading 'total' from undefined",
        "property 'total' is read from undefined in the badge of the minicart",
        "minicart badge (header) hits undefined when reading 'total'",
        'header minicart badge: "total" read on an undefined object',
        "mini-cart badge in the header reads `total` on undefined",
        "minicart badge in the header reads total off undefined",
        "header minicart badge reads total on an undefined value",
        "minicart badge in header is not rendered when 'total' is read from undefined",
        "header minicart badge: 'total' of undefined",
        "The minicart badge in the site header broke because it read 'total' from something"
        " undefined",
        "the minicart badge in the header reads 'total' on something undefined",
        "header's minicart badge gets undefined and reading 'total' on it throws",
        "header cart badge in the webview breaks, the minicart reads 'total' of undefined",
        "header's minicart badge reads 'total' of an undefined cart (no cart for anonymous"
        " sessions?)",
        "unchecked undefined: the minicart badge in the header reads 'total' from an undefined"
        " cart",
        "minicart badge in the header breaks - 'total' read off undefined",
        "the minicart badge in their storefront header errors; it reads 'total' from a cart that"
        " is undefined",
        "the minicart badge in the header reads 'total' from an undefined cart",
        "header minicart badge render errors, 'total' read from an undefined cart",
        "the minicart badge reads `.total` of an `undefined` cart in the header (anonymous"
        " session, no cart yet)",
        "any page's SSR can 500 from the header; the minicart badge reads 'total' of an undefined"
        " cart (guest, no cart yet)",
        "minicart badge in the header reads 'total' of undefined",
        "the little cart badge in the header breaks; Jonas says the minicart reads 'total' off a"
        " cart that isn't there",
        "the header's minicart badge throws reading 'total' of undefined for a guest session",
        "pages we crawl logged out fail, the header's minicart badge reads 'total' of undefined",
        "logged-out virtual users get 500s on every page, the header's minicart badge reads"
        " 'total' of undefined",
        "every page of our shop fails for shoppers who aren't signed in; support said the header's"
        " minicart badge reads 'total' of undefined",
        "minicart badge in header is reading 'total' of undefined when cart is not there for"
        " session",
        "minicart badge in the site header reads `total` from an undefined cart when the"
        " session has no cart",
        "header minicart badge: 'total' read off undefined",
        "header minicart badge blows up on 'total' of undefined, the session's got no cart yet",
        "the mini cart badge in the header reads total of undefined when the session doesn't have"
        " a cart yet",
    ),
    "n-not-function": (
        "product.variants.map is not a function",
        "variants isn't an array (variants.map is not a function)",
        "calling .map on product.variants fails, not a function",
        "product.variants isn't an array, so .map() is not a function on it",
        "product.variants has no map function (the value is not an array)",
        "variants on the product aren't an array, calling map on them throws",
        "code assumes product.variants is an array and calls map() on it, but it isn't",
        "`product.variants` isn't an array (object or null?), so `.map` throws",
        "product.variants arrives as a non-array and the .map call on it goes bang",
        "product.variants is not an array where .map() gets called on it, TypeError",
        "page crash when product.variants is not array (.map is not a function)",
        "product.variants not an array, .map is not a function",
        "Shoppers saw broken pages because product.variants was not an array, so .map is not a"
        " function on it",
        "product.variants isn't always an array, so calling .map on it fails",
        "product.variants isn't an array in some records, so .map on it throws",
        "webview page crashes, product.variants comes back as a non-array so .map on it isn't a"
        " function",
        "product.variants is an object or null instead of an array for some products, so .map on"
        " it throws",
        "type confusion: product.variants isn't an array, so calling .map on it fails",
        "pages break where product.variants isn't an array and .map gets called on it",
        "storefront pages error for some products; the code calls .map on product.variants, which"
        " isn't an array for those products",
        "product.variants isn't an array for some products (stored as an object or null), so .map"
        " on it throws",
        "render span throws because product.variants isn't an array and .map gets called on it",
        "`product.variants.map` is called when `variants` isn't an array (an object or `null` from"
        " the API)",
        "the page 500s in SSR: .map gets called on product.variants, which isn't an array",
        "variants isn't an array on some products, so calling .map on product.variants throws",
        "some storefront pages break for certain products; Jonas says those products' variants"
        " aren't a list, so .map fails",
        "seeded product with variants as an object, not an array: the .map on its variants throws"
        " (variants.map is not a function)",
        "pages for products whose variants aren't an array fail, variants.map is not a function"
        " there",
        "pages for products whose variants are an object rather than an array answer 500"
        " (variants.map is not a function)",
        "some of our shop's pages fail for products where we send the variants as an object;"
        " support said variants.map is not a function on your side",
        "product variants is not coming as array from API, so variants.map is not a function error",
        "product `variants` is not always returned as an array, so calling `.map()` on it throws",
        "product.variants isn't an array, .map() throws",
        "product.variants isn't an array so .map is not a function",
        "variants isn't an array so product dot variants dot map is not a function",
    ),
    "n-refused": (
        "ECONNREFUSED fetching the product from the API",
        "connection refused calling the products API",
        "products API refusing conns (ECONNREFUSED)",
        "product fetch can't connect to the products API, ECONNREFUSED",
        "connection to the products API is refused (ECONNREFUSED)",
        "products API not accepting connections when fetching a product (ECONNREFUSED)",
        "products API port actively refusing when we fetch a product (ECONNREFUSED)",
        "products API refuses the TCP connect (`ECONNREFUSED`) when a product is fetched",
        "products API refuses the connection (ECONNREFUSED) on product fetches",
        "products API refusing connections on product fetch (ECONNREFUSED)",
        "product fetch fails when products API refuse the connection (ECONNREFUSED)",
        "products api ECONNREFUSED on product fetch",
        "Product pages did not load because the products API refused the connection (ECONNREFUSED)",
        "fetching a product from the products API gets ECONNREFUSED",
        "product fetches get ECONNREFUSED from the products API",
        "product webview fails to load, web gets ECONNREFUSED connecting to the products API",
        "connection to the products API refused (ECONNREFUSED) when a product is fetched, nothing"
        " listening during its deploys",
        "dependency availability: the products API refuses the connection (ECONNREFUSED) when a"
        " product is fetched",
        "fetching a product fails, products API connection refused (ECONNREFUSED)",
        "product data fails to load on their storefront; the products API refuses the connection"
        " (ECONNREFUSED)",
        "the products API refuses the connection (ECONNREFUSED) when the storefront fetches a"
        " product",
        "storefront's fetch span to the products API fails ECONNREFUSED",
        "the request to the products API gets `ECONNREFUSED`, nothing listens while it deploys and"
        " we don't retry",
        "product page 500s during BE deploys; SSR's request to the products API gets ECONNREFUSED",
        "fetching a product gets connect ECONNREFUSED from the products API's pod IP",
        "product info doesn't load on the storefront; Jonas says the products API refuses the"
        " connection (ECONNREFUSED)",
        "storefront fetching the product gets ECONNREFUSED from the products API while it"
        " redeploys",
        "product pages fail during the products API's deploys, storefront's fetch is refused"
        " (connect ECONNREFUSED)",
        "product page loads answer 500 while the products API deploys, storefront's fetch gets"
        " connect ECONNREFUSED",
        "product pages of our shop fail while, according to support, your products API redeploys"
        " and the storefront's fetch is refused (ECONNREFUSED)",
        "product fetch from products API is getting connect ECONNREFUSED",
        "storefront requests to the products API fail with ECONNREFUSED, most likely while the"
        " API is being redeployed",
        "product fetch: products API refusing connections (ECONNREFUSED)",
        "products api refusing connections, connect ECONNREFUSED when we fetch a product",
        "storefront can't reach the products API connect E conn refused when it fetches a product",
    ),
    "n-reset": (
        "socket hang up fetching the product",
        "products API socket hang up",
        "socket hang up on a products API call",
        "products API drops the socket mid-request (socket hang up)",
        "products API closes the socket before the response is complete (socket hang up)",
        "product fetch dies with a socket hang up from the products API",
        'product fetch dropped by the products API without a response, "socket hang up"',
        "products API closes the socket without responding (`socket hang up`)",
        "products API hangs up the socket mid-request on product fetches",
        "products API closing the socket partway through a product fetch (socket hang up)",
        "product fetch fails when products API close socket without response (socket hang up)",
        "product fetch: socket hang up from products api",
        "Product pages did not load because the products API closed the socket before replying"
        " (socket hang up)",
        "the products API closes the socket before it answers a product fetch (socket hang up)",
        "socket hang up on product fetches, the products API drops the connection before replying",
        "product webview fails to load, the products API hangs up before responding (socket hang"
        " up)",
        "products API drops the socket before sending a response (socket hang up); its keep-alive"
        " timeout is shorter than ours",
        "dependency availability: the products API closes the socket before it answers (socket"
        " hang up)",
        "fetching a product fails, the products API hangs up the socket before replying",
        "product data fails to load on their storefront; the products API drops the connection"
        " before it answers (socket hang-up)",
        "the products API closes the socket before answering (socket hang up) when a product is"
        " fetched",
        "storefront's fetch span to the products API fails, socket hang up before any response",
        "the products API closes the socket before responding (`socket hang up`), our keep-alive"
        " agent outlives theirs",
        "product page 500s now and then; the products API hangs up on SSR's request (socket hang"
        " up)",
        "products API hangs up the socket before any response comes back ('socket hang up')",
        "product info fails to load now and then; Jonas says the products API hangs up before it"
        " answers (socket hang up)",
        "the product fetch from storefront ends in 'socket hang up', the products API closes the"
        " socket before answering",
        "product pages fail now and then, the products API hangs up the socket before answering"
        " (socket hang up)",
        "a small share of product page loads answer 500 with 'socket hang up', the products API"
        " closes the socket before answering",
        "product pages of our shop fail intermittently; support said the products API hangs up the"
        " socket before it answers (socket hang up)",
        "products API is closing socket before sending response, we are getting socket hang up on"
        " product fetch",
        "products API closes the connection before responding (socket hang up), likely due to"
        " a keep-alive timeout mismatch",
        "product fetch: products API hangs up mid request (socket hang up)",
        "products api drops the socket mid request, 'socket hang up' when we fetch a product",
        "products API hangs up on us in the middle of the request socket hang up every time we go"
        " fetch a product",
    ),
    "n-axios-500": (
        "API request fails with status code 500",
        "500 from the API (Request failed with status code 500)",
        "HTTP 500 from the backend API",
        "backend API calls error out with HTTP 500 (axios)",
        "backend answers HTTP 500 to the request of the API client",
        "axios call to the API fails, status 500",
        "storefront's call to the backend API returns HTTP 500",
        "backend replies `500` to our axios client",
        "backend API answering 500 to our axios requests",
        "backend API returning 500 to the storefront's axios calls",
        "request to backend API fails when backend answer HTTP 500 (axios)",
        "backend api 500 on axios req",
        "Shoppers saw errors because the backend API answered the storefront with HTTP 500",
        "the backend API replies HTTP 500 to the storefront's axios request",
        "backend answers the storefront's axios calls with status 500",
        "webview flow errors, the web's axios request gets status 500 back from BE",
        "backend answers our axios calls with status code 500; the bug is on their side, we only"
        " propagate it",
        "dependency availability: the backend API answers the storefront with HTTP 500",
        "backend API calls from the storefront get a 500 back",
        "storefront actions fail with a server error; our backend API answers the storefront's"
        " axios request with a 500",
        "the backend API answers the storefront's axios call with status code 500, the actual"
        " error is behind it",
        "axios client span from the storefront to the backend API gets status code 500",
        "the axios request gets `500` from the backend and the error is rethrown as-is",
        "our Next API route passes a BE 500 straight through; the axios call to the backend gets"
        " status 500",
        "axios calls to the backend come back with status code 500",
        "shoppers get a generic error on storefront actions; Jonas says our backend API answers"
        " with a 500",
        "storefront's axios call to the backend gets 'Request failed with status code 500'",
        "our checks fail when storefront's axios calls get status code 500 back from the backend",
        "storefront's axios calls to the backend get 'Request failed with status code 500' and"
        " hand the 500 on to us",
        "calls through the storefront API fail with 500; support said the storefront's own request"
        " to your backend got a 500 back (Request failed with status code 500)",
        "backend API is returning 500 to our axios call, Request failed with status code 500 is"
        " coming",
        "backend API returns HTTP 500 to the storefront's Axios requests, and the error is"
        " rethrown without graceful handling",
        "backend API 500 on storefront calls",
        "backend api answers our axios calls with a 500",
        "the back end is giving our axios calls 500s request failed with status code five hundred",
    ),
    "n-axios-404": (
        "cart API returns 404 on add to cart",
        "404 from the cart API on add to cart",
        "add-to-cart -> 404 from the cart API",
        "adding items to the cart fails, cart endpoint 404s",
        "cart API answers 404 when an item is added to the cart",
        "add to cart call gets a 404 back",
        "add to cart broken for some items, the cart API gives HTTP 404",
        "add-to-cart POST gets `404` back from the cart API (item or cart gone?)",
        "cart API comes back 404 on add-to-cart",
        "add-to-cart call to the cart API returning 404",
        "add to cart is not possible when cart API answer 404",
        "add-to-cart req 404 from cart api",
        "Customers could not add items to their cart because the cart API returned 404",
        "adding an item to the cart gets HTTP 404 from the cart API",
        "cart API responds 404 to add-to-cart calls",
        "add to cart in the webview does nothing, the cart API replies 404 to the web",
        "cart API says 404 on add-to-cart: cart id expired server-side while the client still"
        " holds it",
        "error handling: adding to the cart gets a 404 from the cart API, the cart no longer exists"
        " on the server",
        "add to cart gets a 404 from the cart API",
        "adding to cart fails; the cart API answers the add-to-cart request with a 404",
        "the cart API answers add-to-cart with 404, that cart id isn't there anymore",
        "axios span for add to cart gets 404 back from the cart API",
        "add-to-cart `POST` gets `404` from the cart API, the cart id we send is stale",
        "Add to cart does nothing and the POST 500s; the cart API behind it answers 404 for the"
        " cart id we pass",
        "add to cart calls get status code 404 from the cart API",
        "'Add to cart' fails for some shoppers; Jonas says the cart API answers 404",
        "add to cart with a cart id the backend already expired gets 'Request failed with status"
        " code 404'",
        "adding items fails, storefront's axios call to the cart API gets status code 404",
        "add-to-cart requests for carts the backend already expired answer 500, storefront's axios"
        " call got status code 404",
        "adding items fails with 500 for carts older than an hour; support said the cart had"
        " expired on the backend and the storefront's call got a 404",
        "add to cart call is getting 404 from cart API because cart id is already expired at"
        " backend",
        "add-to-cart requests receive HTTP 404 from the cart API once the stored cart ID has"
        " expired on the server",
        "add to cart: cart API 404",
        "cart api 404s our add to cart, cart id prob expired",
        "add to cart gets a four oh four from the cart API probably an expired cart ID",
    ),
    "n-axios-timeout": (
        "add to cart request times out (axios timeout)",
        "axios timeout exceeded adding to cart",
        "add-to-cart req exceeds the axios timeout",
        "adding items to the cart hangs until the axios timeout fires",
        "adding to the cart is aborted after the axios timeout",
        "add to cart call gives up after the axios timeout",
        "add to cart hangs until axios gives up (timeout of N ms exceeded)",
        "add-to-cart request aborted by axios, `timeout of N ms exceeded`",
        "add-to-cart request goes past the axios timeout and is aborted",
        "add-to-cart call to the cart API runs past the axios timeout (N ms)",
        "add to cart is not possible when axios timeout of N ms is exceeded",
        "add-to-cart req axios timeout (N ms exceeded)",
        "Customers could not add items to their cart because the request went past the axios"
        " timeout of N ms",
        "the add-to-cart request takes longer than the axios timeout of N ms",
        "add-to-cart calls get aborted once the axios timeout runs out",
        "add to cart in the webview spins, web's axios call dies with timeout of N ms exceeded",
        "add-to-cart request exceeds the axios timeout (timeout of N ms), cart API latency above"
        " our client timeout",
        "dependency latency: add-to-cart requests run past the axios timeout of N ms",
        "add to cart times out on the axios client timeout",
        "adding to cart fails; the add-to-cart request runs over the axios client timeout",
        "the add-to-cart request to the cart API takes longer than the axios timeout",
        "axios span for add to cart hits the client timeout before the cart API answers",
        "the add-to-cart call runs into the axios `timeout` (`timeout of Nms exceeded`) before the"
        " cart API answers",
        "Add to cart spinner runs for ages then errors; the axios call to the cart API hits its"
        " timeout",
        "add to cart calls run into the axios timeout of N ms",
        "'Add to cart' spins and then fails; Jonas says the request runs past the axios timeout",
        "add to cart goes past the axios timeout of N ms under the suite's parallel load",
        "adding items fails once the cart API is slower than storefront's axios timeout (timeout"
        " of N ms exceeded)",
        "add-to-cart requests run past storefront's axios timeout of N ms once the cart API slows"
        " down under the load",
        "adding items to a cart fails with 500 at our peak; support said the storefront's request"
        " to the cart API went past its timeout of N ms",
        "cart API is slow and add to cart request is getting axios timeout of N ms exceeded",
        "add-to-cart requests exceed the configured Axios timeout before the cart API responds",
        "add to cart: axios timeout, no answer in time",
        "add to cart axios call times out, timeout of N ms exceeded",
        "add to cart request times out on the axios side timeout exceeded",
    ),
    "n-json": (
        "API returned HTML instead of JSON (Unexpected token '<')",
        "JSON parse error: <!DOCTYPE ... is not valid JSON",
        "got an HTML page (<!DOCTYPE) where JSON was expected",
        "response body is HTML not JSON, parser trips on the leading '<'",
        "API response is HTML (<!DOCTYPE) instead of JSON, JSON parsing fails at the '<'",
        "reponse body turns out to be HTML (<!DOCTYPE ...), JSON parse fails at '<'",
        "backend answers with HTML (<!DOCTYPE ...) instead of JSON, parse chokes on the '<'",
        "`parseBody` gets an HTML page (`<!DOCTYPE ...`) where JSON should be",
        "HTML page (<!DOCTYPE ...) returned where JSON was expected, parse falls over at the '<'",
        "API returns an HTML error page (<!DOCTYPE) where JSON is expected, parse fails on '<'",
        "response parsing fails when API give HTML page (<!DOCTYPE) and not JSON",
        "api sent html (<!DOCTYPE) not json, Unexpected token '<'",
        "Pages broke because the API sent back an HTML page (<!DOCTYPE ...) where JSON was"
        " expected",
        "the API sends back an HTML page (<!DOCTYPE ...) and we try to parse it as JSON",
        "API hands back an HTML page (<!DOCTYPE) where JSON is expected, parsing stops at the '<'",
        "webview shows a broken page, web expected JSON but BE sent an HTML page (<!DOCTYPE),"
        " Unexpected token '<'",
        "HTML error page (<!DOCTYPE ...) from a proxy where JSON is expected, so JSON.parse fails"
        " on '<'",
        "error handling: an HTML page (<!DOCTYPE ...) comes back where the API should return JSON"
        " and parsing fails on '<'",
        "API responses come back as HTML (<!DOCTYPE) instead of JSON, parse fails",
        "storefront pages fail when the API hands back an HTML error page; the reply starts with"
        " <!DOCTYPE and can't be parsed as JSON",
        "the API reply is an HTML page (<!DOCTYPE ...) instead of JSON, parsing fails on the '<'",
        "response parse fails, the API sent an HTML page (<!DOCTYPE) where JSON was expected"
        " (Unexpected token '<')",
        "`JSON.parse` runs on a response body that is an HTML page (`<!DOCTYPE`); we never check"
        " the `content-type`",
        "page breaks in SSR with Unexpected token '<'; the API answered with an HTML error page"
        " where we expect JSON",
        "the response is an HTML page (ingress error page?) where JSON was expected: Unexpected"
        " token '<'",
        "storefront pages break when the API sends back an HTML error page; Jonas says we expect"
        " JSON and choke on the '<'",
        "the page dies parsing an HTML error page as JSON (Unexpected token '<' ... is not valid"
        " JSON)",
        "pages fail when an HTML error page comes back where storefront expects JSON, Unexpected"
        " token '<'",
        "pages answer 500 when an HTML error page comes back where storefront expects JSON"
        " (Unexpected token '<', not valid JSON)",
        "our shop pages fail when, support said, the storefront gets an HTML error page where it"
        " expects JSON (Unexpected token '<')",
        "API is sending HTML page (<!DOCTYPE) in place of JSON and JSON parsing is failing with"
        " Unexpected token '<'",
        "storefront receives an HTML error page instead of JSON from the API, and parsing fails"
        " on the leading '<' character",
        "API sends HTML (<!DOCTYPE) where JSON is expected",
        "api hands back an html page (<!DOCTYPE) instead of json, Unexpected token '<'",
        "the API sends back an HTML page instead of JSON so parsing dies unexpected token less"
        " than sign",
    ),
    "n-range": (
        "Invalid time value formatting the delivery estimate",
        "RangeError Invalid time value in the delivery date format",
        "delivery estimate date format: Invalid time value",
        "checkout delivery estimate breaks formatting an invalid date (Invalid time value)",
        "date of the delivery estimate is invalid, formatting throws 'Invalid time value'",
        "formatting the delivery estimate date throws, Invalid time value",
        'checkout delivery estimate gets an invalid date, formatting throws "Invalid time value"',
        "delivery estimate date is an `Invalid Date`, formatting it throws `Invalid time value`",
        "checkout delivery estimate ends up with a bad Date, formatting throws Invalid time value",
        "delivery estimate holds an invalid date at format time, RangeError Invalid time value",
        "delivery estimate on checkout crash when date is invalid (Invalid time value)",
        "delivery estimate date RangeError Invalid time value",
        "Checkout could not show the delivery estimate because its date was invalid (Invalid time"
        " value)",
        "the delivery estimate date is invalid and formatting it throws RangeError: Invalid time"
        " value",
        "formatting the delivery estimate throws Invalid time value, the date in it is bad",
        "delivery estimate on the checkout webview is blank, formatting its date throws"
        " RangeError: Invalid time value",
        "delivery date missing or unparseable in the API response, so formatting an invalid Date"
        " throws Invalid time value",
        "input validation: the delivery estimate is formatted from an invalid date (Invalid time"
        " value)",
        "delivery estimate at checkout breaks on an invalid date (Invalid time value)",
        "the delivery estimate at checkout errors; the delivery date handed to the formatter isn't"
        " a valid date (Invalid time value)",
        "the delivery date passed to the formatter is invalid (Invalid time value), probably a"
        " NULL or junk date coming out of the data",
        "checkout render errors formatting the delivery estimate, RangeError Invalid time value",
        "the delivery estimate formats a `Date` that is invalid and `Intl.DateTimeFormat` throws"
        " `Invalid time value`",
        "/checkout 500s in SSR: formatting the delivery estimate throws RangeError Invalid time"
        " value",
        "formatting the delivery estimate throws RangeError Invalid time value on a bad date",
        "the delivery estimate at checkout breaks; Jonas says the delivery date isn't a valid date"
        " (Invalid time value)",
        "the checkout delivery estimate throws RangeError Invalid time value for an order without"
        " a delivery date",
        "checkout pages fail, formatting the delivery estimate throws Invalid time value on a bad"
        " date",
        "checkout page loads answer 500 for orders without a delivery date, formatting the"
        " delivery estimate throws RangeError Invalid time value",
        "our shop's checkout fails for orders with no delivery date; support said the delivery"
        " estimate throws Invalid time value",
        "delivery estimate date is invalid and date formatting is throwing RangeError Invalid time"
        " value",
        "delivery estimate formatting fails with 'Invalid time value' when the delivery date is"
        " missing or invalid",
        "checkout delivery estimate: bad date, RangeError Invalid time value",
        "delivery estimate carries a bad date, RangeError Invalid time value when we format it",
        "the delivery estimate has a bad date in it so formatting throws range error invalid time"
        " value",
    ),
    "n-hydration": (
        "hydration mismatch in the header",
        "Hydration failed, initial UI doesn't match the server render",
        "header SSR/client hydration mismatch",
        "header hydration fails, client UI differs from the SSR output",
        "hydration of the header fails, the server rendered UI is different from the client",
        "header renders differently on server and client, so hydration fails",
        "React hydration error in the Header, client render differs from the server HTML",
        "header SSR markup and client render disagree, React hydration fails",
        "header's server-rendered HTML doesn't match the client render, hydration fails",
        "header hydration mismatch between the SSR HTML and the client render",
        "header is broken when server HTML and client render are different (hydration)",
        "header hydration failed, ssr html != client ui",
        "The site header did not render properly because the server-rendered HTML did not match"
        " the client render (hydration failed)",
        "the header the server renders doesn't match the client render, so hydration fails",
        "header hydration fails, the server HTML and the client render differ",
        "site header flickers in the webview, React hydration fails as the server HTML and the"
        " client render differ",
        "header output differs between server and client (locale/time or auth state), so React"
        " hydration fails",
        "rendering integrity: the header rendered on the server doesn't match the client render,"
        " React hydration fails",
        "header hydration fails, server HTML and the client render differ",
        "their storefront header flickers or errors; the server-rendered header doesn't match what"
        " the browser renders, so React hydration fails",
        "the server-rendered header doesn't match what the browser renders, so React hydration"
        " fails; front end only, no DB",
        "client-side error in the header: hydration mismatch, server markup differs from the client"
        " render",
        "the header renders differently on the server and in the browser (time, locale or auth"
        " state), so React throws a hydration error",
        "React hydration error on the site header, the server HTML and the client render differ"
        " (time or locale)",
        "React hydration fails in the header, the server HTML and the client render differ",
        "the site header flickers or errors on load; Jonas says the server and browser versions of"
        " the header don't match (hydration)",
        "header hydration mismatch: the server-rendered header differs from the client render"
        " (locale and clock of the test browser)",
        "pages log a hydration failure in the header, server HTML and client render don't match",
        "the header fails hydration on page loads, the server-rendered HTML doesn't match the"
        " client render",
        "the header of our shop flickers and renders twice; support said it fails hydration, the"
        " server and the client HTML differ",
        "header hydration is failing, UI rendered on server is not matching with client render",
        "React hydration fails for the site header because the server-rendered markup differs"
        " from the client render",
        "header hydration mismatch, server HTML != client render",
        "header hydration fails, the server html doesn't match what the client renders",
        "header hydration fails because what the server rendered doesn't match the client render",
    ),
    "n-jwt-expired": (
        "jwt expired on requireUser",
        "expired JWTs rejected when verifying tokens",
        "token verify rejects an expired jwt",
        "signed-in requests rejected, JWT past its expiry at verify",
        "token verification fails, the JWT is expired",
        "token check rejects the JWT as expired",
        "logged-in users bounced: their JWT has expired when we verify it",
        "token verify says `jwt expired` for the bearer token",
        "bearer token is past its exp, verify rejects it as jwt expired",
        "JWT verification rejecting tokens past their exp (jwt expired)",
        "logged in user is rejected when JWT token is expired (jwt expired)",
        "jwt expired at token verify",
        "Signed-in customers had requests refused because their JWT had expired by the time it was"
        " verified (jwt expired)",
        "the JWT has already expired when we verify it (jwt expired)",
        "tokens past their exp are refused on verify (jwt expired)",
        "app users get logged out with a 401, BE says the JWT we send is expired (jwt expired),"
        " so our refresh isn't kicking in",
        "access token past its exp reaches verify (jwt expired); clients don't refresh before"
        " expiry",
        "session management: access tokens are presented after they expired and verification"
        " refuses them (jwt expired); works as designed, but clients don't refresh",
        "requests refused because the JWT has already expired when it's verified",
        "their users get signed out with an error; requests arrive with a token (JWT) that has"
        " already expired by the time we verify it",
        "the token (JWT) is past its expiry when it's verified, so the request is turned away"
        " before any user lookup",
        "auth middleware span rejects the request, the JWT expired before it was verified",
        "`jwt.verify()` rejects tokens past their `exp` (`jwt expired`) and the middleware doesn't"
        " turn that into a 401 the client would refresh on",
        "signed-in calls start failing after the tab sits idle, with a 500 not a 401, so our"
        " refresh never kicks in; BE: jwt expired",
        "requests arrive with a jwt past its expiry and verification rejects them ('jwt expired')",
        "users get kicked out with an error mid-session; eng says their login token (JWT) has"
        " already expired when we check it",
        "a long test run outlives the access token and requests are rejected with jwt expired"
        " instead of a 401",
        "calls late in our run fail because the service token is past its exp, 'jwt expired'"
        " comes back as a 500",
        "requests late in the soak carry a token past its exp and come back 500 'jwt expired'"
        " instead of 401",
        "after about an hour our calls fail with 500 'jwt expired' instead of the documented 401,"
        " so our SDK never refreshes the token",
        "token exp is already crossed and verify is throwing jwt expired, client is getting error"
        " instead of 401",
        "expired JWTs make token verification throw ('jwt expired') instead of returning a 401"
        " that would prompt a token refresh",
        "expired JWT rejected at verify",
        "expired tokens make verify throw 'jwt expired' instead of a clean 401",
        "expired tokens make verify blow up with JWT expired instead of us just returning a four"
        " oh one",
    ),
    "n-jwt-malformed": (
        "malformed jwt on requireUser",
        "jwt malformed when verifying tokens",
        "token verify rejects a malformed jwt",
        "signed-in requests rejected, JWT is malformed at verify",
        "token verification fails, the JWT has a malformed format",
        "token check rejects the JWT as malformed",
        "logged-in users bounced: their JWT is malformed when we verify it",
        "token verify says `jwt malformed` (garbage in the Authorization header?)",
        "bearer token isn't a well-formed JWT, verify rejects it as malformed",
        "JWT verification rejecting tokens that don't parse (jwt malformed)",
        "logged in user is rejected when JWT token is malformed (jwt malformed)",
        "jwt malformed at token verify",
        "Signed-in customers had requests refused because their JWT was malformed when we verified"
        " it (jwt malformed)",
        "the JWT we receive is malformed and verify throws (jwt malformed)",
        "tokens that aren't well-formed JWTs are refused on verify (jwt malformed)",
        "app users get a 401, BE's token verify says jwt malformed for the Authorization header"
        " we send",
        "Authorization header carries something that isn't a JWT (jwt malformed), e.g. 'Bearer"
        " undefined'",
        "authentication: requests carry a bearer token that isn't a valid JWT (jwt malformed) and"
        " are refused",
        "requests refused because the JWT is malformed",
        "their users' requests are refused; the token sent (JWT) isn't well-formed, so"
        " verification rejects it",
        "the token sent isn't a well-formed JWT (jwt malformed), verification refuses it before"
        " any user lookup",
        "auth middleware span rejects the request, the JWT is malformed",
        "`jwt.verify()` gets something that isn't a JWT (`jwt malformed`), e.g. `Bearer undefined`"
        " from the client",
        "signed-in calls 500 with 'jwt malformed'; we probably send Bearer undefined before login"
        " finishes",
        "bearer tokens that aren't JWTs at all get rejected as 'jwt malformed'",
        "some users' requests get refused outright; Mei says the login token they send isn't a"
        " valid JWT at all (malformed)",
        "a request with 'Bearer undefined' (token missing from the fixture) fails as jwt"
        " malformed with a 500",
        "calls fail with 'jwt malformed' when our token variable is empty and the header reads"
        " 'Bearer undefined'",
        "requests whose token didn't get injected ('Bearer undefined') fail as jwt malformed with"
        " a 500",
        "when our token is missing and the header reads 'Bearer undefined' we get a 500 'jwt"
        " malformed', not the 401 the docs describe",
        "Authorization header is not having proper JWT (like 'Bearer undefined') and verify is"
        " giving jwt malformed",
        'requests with an invalid Authorization header (e.g. "Bearer undefined") fail token'
        " verification as a malformed JWT",
        "malformed JWT rejected at verify",
        "junk in the auth header ('Bearer undefined') -> jwt malformed at verify",
        "there's garbage in the authorization header like bearer undefined and verify says JWT"
        " malformed",
    ),
    "n-mongo-dup": (
        "duplicate email on signup (E11000 email_1)",
        "E11000 dup key on users email_1 when signing up",
        "signup dup email -> E11000 on the email_1 index",
        "signup fails for emails already registered (E11000 on email_1)",
        "signup is not possible, the email exists already (E11000 on index email_1)",
        "signup with an email that's already used hits E11000 on index email_1",
        'user signup fails for an email already registered, Mongo E11000 on index "email_1"',
        "`E11000` on `accounts.users` index `email_1` at signup, email already registered",
        "signup with an already-registered email, Mongo E11000 duplicate on email_1",
        "signup inserts an email already in accounts.users, E11000 on the email_1 index",
        "signup gives error when email is registered already (E11000 on index email_1)",
        "signup dup email, E11000 on email_1",
        "Customers signing up with an email that is already registered got an error page instead"
        " of a proper message (E11000 on index email_1)",
        "signing up with an email that is already registered hits E11000 on the email_1 index",
        "E11000 on email_1 in accounts.users when signup inserts an email that exists",
        "signing up in the app with an email that's already registered gives a generic 500,"
        " Mongo E11000 on email_1 in accounts.users",
        "signup inserts a user whose email is already in accounts.users, E11000 on unique index"
        " email_1",
        "error handling: signing up with an email that's already registered hits E11000 on unique"
        " index email_1 and shows an error page, which also tells the caller the email exists",
        "signup breaks for emails that are already registered - E11000 dup key on email_1",
        "sign-up errors for emails that already have an account; Mongo rejects the insert on the"
        " unique index email_1 (E11000)",
        "signup inserts a user whose email already exists in accounts.users, Mongo rejects it on"
        " unique index email_1 (E11000)",
        "signup insert span to Mongo fails E11000 duplicate key on email_1",
        "`insertOne` into `accounts.users` violates unique index `email_1` (`E11000`) when the"
        " email is already registered",
        "sign-up with an already registered email shows the generic error toast, request 500s;"
        " Mongo E11000 on email_1",
        "signups hit E11000 duplicate key on accounts.users index email_1",
        "sign-up shows an error for emails that already have an account; Mei says Mongo rejects it"
        " on the email_1 index (E11000)",
        "signing up twice with the same test email: E11000 duplicate key on index email_1, a 500"
        " instead of a 409",
        "creating accounts that already exist fails with E11000 duplicate key on accounts.users"
        " email_1",
        "signup requests reusing an email from the data pool fail with E11000 duplicate key on"
        " index email_1 and answer 500",
        "creating an account with an email that already exists returns 500 where we expected 409;"
        " support said MongoDB reports E11000 duplicate key on email_1",
        "signup with already registered email is failing with E11000 duplicate key on email_1"
        " index",
        "user signup fails with a MongoDB E11000 duplicate key error on the `email_1` index"
        " when the email is already registered",
        "signup: email already registered, E11000 on email_1",
        "signups with an email that already exists hit E11000 dup key on email_1",
        "signing up with an email that's already registered hits E 11000 duplicate key on email"
        " underscore one",
    ),
    "n-mongo-timeout": (
        "Mongo server selection timeout (ETIMEDOUT 27017)",
        "can't reach mongo: connect ETIMEDOUT",
        "mongo :27017 connect ETIMEDOUT, server selection fails",
        "user lookups fail, Mongo on 27017 connect ETIMEDOUT (server selection)",
        "connection to MongoDB on port 27017 times out (ETIMEDOUT), no server is selected",
        "Mongo on :27017 times out on connect (ETIMEDOUT), no server could be selected",
        "can't reach MongoDB on 27017 at all, connect ETIMEDOUT / server selection error",
        "Mongoose can't select a server, connecting to `:27017` times out",
        "Mongo on 27017 not answering, server selection times out (connect ETIMEDOUT)",
        "MongoDB on 27017 connect ETIMEDOUT, no server selectable for user lookups",
        "user lookup fails when connect to MongoDB on 27017 gives ETIMEDOUT",
        "user lookup: mongo 27017 ETIMEDOUT, no server selected",
        "Customers could not sign in because user lookups could not connect to MongoDB on port"
        " 27017 (connect ETIMEDOUT)",
        "connecting to MongoDB on port 27017 times out (ETIMEDOUT) and no server gets selected",
        "Mongo at :27017 never answers the connect, ETIMEDOUT and no server selected for the query",
        "login screen spins, BE can't reach MongoDB on 27017 (connect ETIMEDOUT, no server"
        " selected)",
        "MongoDB on :27017 unreachable from the pods, connect ETIMEDOUT during server selection",
        "dependency availability: MongoDB on port 27017 can't be reached, connect ETIMEDOUT during"
        " server selection",
        "user lookups can't connect to Mongo on 27017 (connect ETIMEDOUT)",
        "user lookups fail; the accounts service can't connect to Mongo on port 27017 (connect"
        " ETIMEDOUT)",
        "accounts can't reach Mongo on 27017, connect ETIMEDOUT during server selection",
        "Mongo client spans on 27017 time out in server selection (connect ETIMEDOUT)",
        "mongoose can't select a server, `connect ETIMEDOUT` to `:27017`",
        "login spins ~30s then 500s; BE can't reach MongoDB on 27017 (connect ETIMEDOUT)",
        "MongoDB on 27017 doesn't answer from the pods, connect ETIMEDOUT",
        "login and profile lookups fail; Mei says the accounts service can't connect to Mongo on"
        " 27017 (ETIMEDOUT)",
        "accounts can't reach MongoDB on 27017 from the test environment (connect ETIMEDOUT)",
        "account lookups fail, accounts can't connect to MongoDB on 27017 (ETIMEDOUT)",
        "account lookups fail whenever accounts can't reach MongoDB on 27017 (connect ETIMEDOUT)",
        "account calls fail with 500 for minutes at a time; support said accounts can't reach its"
        " MongoDB on 27017 (ETIMEDOUT)",
        "unable to connect MongoDB on 27017, server selection is giving connect ETIMEDOUT",
        "accounts service cannot reach MongoDB on port 27017, and server selection fails with"
        " connect ETIMEDOUT",
        "user lookup: Mongo on 27017 unreachable (ETIMEDOUT)",
        "mongo on 27017 unreachable, connect ETIMEDOUT when we look users up",
        "can't reach Mongo on 27017 connect ETIMEDOUT whenever we look a user up",
    ),
    "n-bcrypt": (
        "bcrypt 'data and hash arguments required' on login",
        "login fails with data and hash arguments required (no hash)",
        "bcrypt compare w/o a hash on login (data and hash arguments required)",
        "login breaks when the user has no password hash: bcrypt wants data and hash",
        "login: bcrypt compare is called without the password hash (data and hash are required)",
        "password check at login runs without a hash (bcrypt needs both data and hash)",
        "login for a user with no password hash, bcrypt compare fails for lack of the hash",
        "login runs bcrypt compare with no stored hash for the user (`data and hash` both needed)",
        "bcrypt compare at login called without a stored hash (it wants data and hash)",
        "login password check runs bcrypt with no stored hash (data and hash arguments required)",
        "login is not possible when user have no password hash (bcrypt wants data and hash)",
        "login bcrypt 'data and hash arguments required', user has no pw hash",
        "Some customers could not log in because their account has no password hash, and bcrypt"
        " reported 'data and hash arguments required'",
        "some users have no password hash, so the bcrypt compare at login fails with 'data and"
        " hash arguments required'",
        "login runs the bcrypt check with no stored hash for some users (data and hash arguments"
        " required)",
        "users who signed up with Apple/Google can't log in with a password, BE's bcrypt says"
        " data and hash arguments required (no hash stored)",
        "bcrypt compare gets an undefined hash for users with no password (social login): data and"
        " hash arguments required",
        "authentication: the password check runs for accounts that have no password hash, bcrypt"
        " fails with 'data and hash arguments required'",
        "login breaks for accounts without a password hash, bcrypt complains it needs data and"
        " hash",
        "login fails for their users with no password (social sign-in); bcrypt is called without a"
        " password hash and refuses",
        "users with no stored password hash (social sign-in, the column is NULL) hit the password"
        " check and bcrypt refuses: data and hash arguments required",
        "login span errors in bcrypt compare, 'data and hash arguments required', the account has"
        " no password hash",
        "`bcrypt.compare()` is called with an undefined hash for accounts that have no password"
        " (`data and hash arguments required`)",
        "password login 500s for people who signed up with Google; bcrypt gets no hash to compare"
        " (data and hash arguments required)",
        "login throws 'data and hash arguments required' in bcrypt, the user has no password hash"
        " stored",
        "users who signed up with Google or Apple can't log in with a password; Mei says there's"
        " no password hash for them and bcrypt refuses",
        "password login for a social-login test user: bcrypt throws 'data and hash arguments"
        " required', no hash stored",
        "service logins for users without a stored password hash fail in bcrypt (data and hash"
        " arguments required)",
        "login requests for social-login users without a password hash fail in bcrypt (data and"
        " hash arguments required)",
        "password login for users we created through social login fails with 500; support said"
        " bcrypt errors as there's no stored hash (data and hash arguments required)",
        "login is failing for users who are not having password hash, bcrypt is giving data and"
        " hash arguments required",
        "password login fails for accounts without a stored password hash, as bcrypt requires"
        " both the data and the hash argument",
        "login: account has no password hash, bcrypt wants data and hash",
        "logins for accounts without a password hash -> bcrypt 'data and hash arguments required'",
        "login fails for users who don't have a password hash bcrypt says data and hash arguments"
        " required",
    ),
    "n-prisma-p2002": (
        "Prisma unique constraint on email at signup",
        "Unique constraint failed on the fields: (`email`) when signing up",
        "P2002 at signup: email unique constraint failed",
        "signup fails, Prisma unique constraint on `email` (P2002)",
        "Prisma P2002 at user creation, the value for `email` is not unique",
        "creating the user at signup violates the Prisma unique `email` constraint (P2002)",
        "P2002 from Prisma at signup: `email` has to be unique and it's already there",
        "Prisma `P2002` on `email` at signup, address already taken",
        "Prisma P2002 at signup, email unique constraint clash",
        "signup create fails with Prisma P2002, unique constraint on email",
        "signup gives error when email is not unique (Prisma P2002)",
        "signup prisma P2002 unique fail on email",
        "Customers signing up with an email that already exists got an error page (Prisma P2002,"
        " unique constraint on email)",
        "signup creates a user with an email that exists already, Prisma P2002 on the email unique"
        " constraint",
        "signup create hits Prisma P2002, that email is already in the table",
        "signing up in the app errors for a taken email, Prisma P2002 unique constraint on email",
        "Prisma create with an email that is taken, P2002 unique constraint failed on (`email`);"
        " no pre-check or upsert",
        "error handling: signup with an email already on file fails on Prisma's unique constraint"
        " on `email` (P2002) and returns an error page",
        "signup breaks for taken emails - Prisma P2002, unique constraint on email",
        "sign-up errors when the email is already taken; Prisma reports P2002, the unique"
        " constraint on email",
        "signup creates a user with an email that's taken, the unique constraint on email fails"
        " (Prisma P2002)",
        "signup span fails with Prisma P2002, unique constraint on email",
        "`prisma.user.create()` with an `email` that exists fails `P2002`, unique constraint on"
        " (`email`)",
        "sign-up 500s for a taken email instead of a field error on the form; Prisma P2002, unique"
        " constraint on email",
        "signup fails with Prisma P2002, unique constraint on the email field",
        "sign-up errors when the email is already taken; Mei says Prisma throws P2002 on the email",
        "signup with a taken email fails on Prisma P2002 (unique constraint on email) and returns"
        " 500",
        "account creates for emails already taken fail with Prisma P2002, unique constraint on"
        " `email`",
        "signups with an already-taken email fail with Prisma P2002 (unique constraint on email)"
        " and answer 500",
        "creating an account with a taken email gives 500 although the docs say 409 email_taken;"
        " support said it's Prisma P2002 on `email`",
        "at signup Prisma is throwing P2002, unique constraint failed on `email` since email is"
        " already used",
        "signup fails with Prisma error P2002 (unique constraint on `email`) when the email"
        " address is already in use",
        "signup: email taken, Prisma P2002 unique on email",
        "signups with a taken email -> prisma P2002 unique constraint on email",
        "sign up with an email that's taken fails in Prisma P2002 unique constraint failed on"
        " email",
    ),
    "n-prisma-p2025": (
        "Prisma record to update not found on profile update",
        "updateProfile: required record not found",
        "P2025 on profile update - record to update not found",
        "profile update fails, Prisma can't find the record to update",
        "profile update: Prisma does not find the record which should be updated (P2025)",
        "profile update finds no record to update (Prisma P2025)",
        "updating a profile whose record is gone, Prisma P2025",
        "Prisma `P2025` in profile update: the user row to update isn't there",
        "Prisma P2025 on profile update, the record to update has gone",
        "profile update targets a record that no longer exists, Prisma P2025",
        "profile update gives error when record for update is not found (Prisma P2025)",
        "profile update prisma P2025 record to update not found",
        "Customers could not update their profile because the record to update was not found"
        " (Prisma P2025)",
        "the profile update can't find the record it wants to update (Prisma P2025)",
        "Prisma P2025 when a profile update targets a user record that no longer exists",
        "saving the profile in the app 500s, Prisma P2025 says the record to update isn't there",
        "Prisma update targets a user row that no longer exists, P2025 record to update not found",
        "error handling: a profile update targets a user record that doesn't exist, Prisma P2025"
        " record to update not found",
        "profile update fails - Prisma P2025, no record to update",
        "profile updates fail; Prisma reports P2025, the user record to update isn't there",
        "the profile update targets a user row that doesn't exist anymore, Prisma P2025, the"
        " UPDATE matched 0 rows",
        "profile update span fails with Prisma P2025, the record to update is gone",
        "`prisma.user.update()` targets a row that doesn't exist anymore, `P2025` (record to"
        " update not found)",
        "saving the profile form 500s for some users; Prisma P2025, the record to update isn't"
        " there",
        "profile update fails with Prisma P2025, the record it updates is gone",
        "some users can't save their profile; Mei says Prisma throws P2025, the record it tries to"
        " update isn't there",
        "profile update for a user the test deleted first: Prisma P2025, record to update not"
        " found, 500 instead of 404",
        "profile updates for users deleted on their side fail with Prisma P2025, record to update"
        " not found",
        "profile updates for users deleted mid-run fail with Prisma P2025 (record to update not"
        " found), 500 rather than 404",
        "updating the profile of a user we deleted returns 500; support said Prisma P2025, record"
        " to update not found",
        "profile update is giving Prisma P2025 record to update not found, user is already deleted",
        "profile update fails with Prisma error P2025 because the user record to update no"
        " longer exists",
        "profile update: no record to update, Prisma P2025",
        "profile updates for a user that's gone -> prisma P2025 record to update not found",
        "profile update for a user who's gone Prisma P two oh two five record to update not found",
    ),
    "n-enoent": (
        "ENOENT, no such file or directory for a temp png",
        "ENOENT opening a temp avatar png",
        "tmp avatar png missing (ENOENT)",
        "temp avatar PNG gone before we open it (ENOENT)",
        "temporary avatar-*.png does not exist any more when it is opened (ENOENT)",
        "avatar-*.png temp file missing by the time it's opened (ENOENT)",
        "ENOENT on open: the avatar-<hex>.png in tmp was already removed",
        "`ENOENT` opening `avatar-<hex>.png` in tmp, file already gone",
        "ENOENT: the avatar-*.png we put in tmp has been cleared before we open it",
        "tmp avatar-<hex>.png not there when it's opened, ENOENT",
        "opening temporary avatar-*.png fails when file is already deleted (ENOENT)",
        "ENOENT tmp avatar-*.png gone before open",
        "Customers saw an error because the temporary avatar-*.png file was already gone when the"
        " code tried to open it (ENOENT)",
        "the temp avatar-*.png file is already gone when the code opens it (ENOENT)",
        "temp avatar-*.png has been cleaned up by the time it's opened (ENOENT)",
        "app gets a 500, BE tries to open a temp avatar-*.png that doesn't exist anymore (ENOENT)",
        "temp avatar-*.png is gone before it's opened (ENOENT), written and read on different pods"
        " or removed by the tmp reaper",
        "temp file handling: the temporary avatar-*.png is gone by the time the code opens it"
        " (ENOENT)",
        "temp avatar-*.png missing when it gets opened, ENOENT",
        "file handling in accounts fails; the temporary avatar-*.png is gone by the time the code"
        " opens it (ENOENT)",
        "the temporary avatar-*.png isn't there anymore when the code opens it (ENOENT);"
        " filesystem, not DB",
        "span fails opening a temp avatar-*.png, ENOENT, file already removed",
        "opening the temp `avatar-<hex>.png` fails with `ENOENT`, the file is already gone"
        " (another pod, or the tmp cleanup)",
        "the request 500s; BE opens its temp avatar-<hex>.png and it's gone already (ENOENT)",
        "ENOENT opening a temp avatar-*.png, maybe written to one pod's /tmp and read on another",
        "file downloads and uploads in accounts fail sometimes; Mei says a temp file is gone by"
        " the time we open it (ENOENT)",
        "the temp avatar-*.png is gone when it gets opened (ENOENT, no such file or directory)",
        "requests fail because the temp avatar-*.png accounts writes isn't there when it opens it"
        " (ENOENT)",
        "the temp avatar-*.png is already gone when accounts opens it (ENOENT: no such file or"
        " directory)",
        "some calls to accounts fail with 500; support said a temporary avatar-*.png file is"
        " missing when it gets opened (ENOENT)",
        "temp avatar-*.png file is not found when we open it, getting ENOENT no such file or"
        " directory",
        "temporary avatar PNG file cannot be found when it is opened (ENOENT), possibly removed"
        " by cleanup or written on another pod",
        "temp avatar-*.png gone before open (ENOENT)",
        "temp avatar-*.png isn't there anymore by the time we open it, ENOENT",
        "the temp avatar PNG is gone by the time we open it ENOENT no such file or directory",
    ),
    "n-heap": (
        "Node heap out of memory (Reached heap limit)",
        "JavaScript heap out of memory",
        "node OOM: JS heap limit reached",
        "node process dies, JS heap limit reached (allocation failed)",
        "node process crashes, the JavaScript heap limit is reached",
        "Node process runs out of JS heap (heap limit reached)",
        "Node runs out of heap memory and the process crashes (FATAL ERROR, heap limit)",
        "V8 heap limit reached, node process aborts (allocation failed)",
        "Node blows its heap limit and the process crashes out of memory",
        "node process hits the V8 heap limit and aborts, JS heap OOM",
        "node process crash when JavaScript heap limit is reached",
        "node heap limit reached, JS heap OOM crash",
        "The storefront crashed because the Node process reached its JavaScript heap limit and ran"
        " out of memory",
        "the Node process reaches the JavaScript heap limit and crashes",
        "Node process hits the JavaScript heap limit and dies out of memory",
        "web pages in the app's webviews fail while the Node process runs out of JavaScript heap",
        "Node hits its V8 heap limit and aborts (heap OOM, allocation failed); max-old-space-size"
        " below the SSR working set",
        "resource exhaustion: the Node process reaches its heap limit and aborts (JavaScript heap"
        " OOM)",
        "storefront's Node process crashes when it hits the heap limit",
        "the storefront goes down for a moment; its Node process runs out of JavaScript heap and"
        " crashes",
        "the storefront's Node process runs out of JavaScript heap (heap limit reached) and"
        " crashes",
        "storefront Node process crashes out of heap (heap limit reached), every in-flight trace"
        " cut off",
        "Node runs out of heap (`Reached heap limit`), `--max-old-space-size` is below what SSR"
        " needs",
        "the whole site 502s for a bit; the Node SSR process runs out of JavaScript heap",
        "Node dies at the V8 heap limit ('Reached heap limit Allocation failed') and the container"
        " restarts",
        "the storefront goes down for a minute at a time; Jonas says Node runs out of memory (heap"
        " limit) and crashes",
        "the storefront Node process hits the V8 heap limit during the soak run (heap out of"
        " memory, allocation failed) and restarts",
        "crawls fail with 502 for a minute at a time, storefront's Node runs out of heap (Reached"
        " heap limit) and restarts",
        "storefront's Node process hits the V8 heap limit an hour into the soak (V8 gives up on"
        " allocation) and restarts, 502s meanwhile",
        "our shop is unreachable for a minute at a time; support said the storefront's Node"
        " process runs out of heap (Reached heap limit) and restarts",
        "node process is reaching heap limit and crashing as allocation is failing",
        "storefront Node.js process aborts once it reaches the V8 heap limit and a memory"
        " allocation fails",
        "Node process dies at the heap limit (JS heap OOM)",
        "node runs out of heap and crashes, Reached heap limit, allocation failed",
        "the node process hits its heap limit and crashes allocation failed it's out of memory",
    ),
    "n-log-unhandled": (
        "unhandled rejection: cms.internal ENOTFOUND",
        "getaddrinfo ENOTFOUND cms.internal in an unhandled promise rejection",
        "ENOTFOUND cms.internal, promise rejection not handled",
        "CMS requests fail DNS (ENOTFOUND cms.internal), rejection never handled",
        "DNS lookup for cms.internal fails (ENOTFOUND) and the promise rejection is not handled",
        "unhandled promise rejection, DNS for cms.internal fails (ENOTFOUND)",
        "cms.internal doesn't resolve (ENOTFOUND), the rejected promise is never handled",
        "`cms.internal` DNS lookup fails (`ENOTFOUND`) and nobody catches the rejection",
        "cms.internal won't resolve (ENOTFOUND) and the rejection's never caught",
        "cms.internal DNS resolution failing (ENOTFOUND), rejected promise unhandled",
        "CMS request fails when cms.internal is not resolved (ENOTFOUND), rejection not handled",
        "cms.internal ENOTFOUND dns fail, unhandled rejection",
        "CMS content did not load because cms.internal could not be resolved (getaddrinfo"
        " ENOTFOUND) and the rejection went unhandled",
        "cms.internal doesn't resolve (getaddrinfo ENOTFOUND) and nothing handles the rejected"
        " promise",
        "cms.internal doesn't resolve (getaddrinfo ENOTFOUND) and the promise rejection goes"
        " unhandled",
        "CMS banners missing in the app, BE can't resolve cms.internal (getaddrinfo ENOTFOUND)"
        " and nobody handles the rejection",
        "getaddrinfo ENOTFOUND for cms.internal (DNS), and the fetch promise has no catch, so the"
        " rejection goes unhandled",
        "error handling: cms.internal doesn't resolve (getaddrinfo ENOTFOUND) and the failed"
        " request's promise rejection is never handled",
        "CMS content fails to load - cms.internal doesn't resolve (ENOTFOUND), rejection unhandled",
        "CMS content is missing on their storefront; cms.internal doesn't resolve (ENOTFOUND) and"
        " nothing handles the failed request",
        "cms.internal doesn't resolve (getaddrinfo ENOTFOUND) and the failed request's promise is"
        " never handled",
        "unhandled promise rejection logged, cms.internal doesn't resolve (ENOTFOUND)",
        "the fetch to `cms.internal` fails DNS (`getaddrinfo ENOTFOUND`) and the promise has no"
        " `.catch()`, so the rejection goes unhandled",
        "CMS banners missing on the home page; cms.internal doesn't resolve (getaddrinfo"
        " ENOTFOUND) and nobody catches the rejection",
        "cms.internal doesn't resolve from inside the pods (getaddrinfo ENOTFOUND) and nothing"
        " catches the rejection",
        "CMS banners and content are missing on the storefront; Jonas says cms.internal can't be"
        " found (ENOTFOUND) and nobody handles the failure",
        "cms.internal doesn't resolve from the test environment (getaddrinfo ENOTFOUND) and the"
        " rejection goes unhandled",
        "storefront logs unhandled rejections, its request to cms.internal fails with getaddrinfo"
        " ENOTFOUND",
        "storefront logs unhandled rejections during the run, its request to cms.internal fails"
        " with getaddrinfo ENOTFOUND",
        "content blocks on our shop pages stay empty; support said the storefront can't resolve"
        " cms.internal (getaddrinfo ENOTFOUND) and logs unhandled rejections",
        "cms.internal is not resolving (getaddrinfo ENOTFOUND) and nobody is handling the promise"
        " rejection",
        "CMS requests fail DNS resolution for cms.internal (getaddrinfo ENOTFOUND), and the"
        " resulting promise rejection is never handled",
        "CMS fetch: cms.internal doesn't resolve (ENOTFOUND), rejection unhandled",
        "cms.internal doesn't resolve (getaddrinfo ENOTFOUND) and nobody handles the rejection",
        "CMS dot internal doesn't resolve getaddrinfo ENOTFOUND and nobody handles the promise"
        " rejection",
    ),
    "n-log-slow-render": (
        "slow product page renders over the 800ms budget",
        "product render exceeds its 800ms budget",
        "product page render > 800ms budget",
        "product pages render slower than the 800ms budget",
        "render of /products pages needs more than the 800ms budget",
        "/products/<slug> pages take over 800ms to render (the budget)",
        "product page server render over budget, more than 800ms",
        "`/products/<slug>` SSR goes over the 800ms render budget",
        "/products/<slug> SSR taking longer than the 800ms budget",
        "/products/<slug> SSR over the 800ms render budget",
        "/products/<slug> page is slow when render take more than 800ms budget",
        "/products/<slug> ssr over 800ms budget",
        "Product pages (/products/<slug>) are rendering slower than their 800ms budget",
        "/products/<slug> pages take longer than the 800ms render budget",
        "render of /products/<slug> pages regularly over its 800ms budget",
        "product webviews load slowly, BE logs /products/<slug> renders taking longer than the"
        " 800ms budget",
        "/products/<slug> SSR exceeds the 800ms render budget, uncached data fetches during render",
        "performance: server renders of /products/<slug> take longer than the 800ms budget",
        "product page renders going over the 800ms budget",
        "product pages are slow for them; rendering /products/<slug> takes longer than the 800ms"
        " budget",
        "rendering /products/<slug> takes over the 800ms budget; the page's data fetches are the"
        " slow part",
        "product page render spans run past the 800ms budget",
        "SSR of `/products/<slug>` goes over the `800ms` budget, data is fetched during render"
        " with no cache",
        "product pages feel slow to load; SSR of /products/<slug> takes longer than its 800ms"
        " budget",
        "/products/<slug> renders go over the 800ms budget, a warning-ish line logged as an error",
        "product pages feel slow; Jonas says rendering /products/... goes over the 800ms budget",
        "product page renders go over the 800ms budget in the perf check, logged at error level",
        "crawled product pages are slow, storefront logs renders of /products/<slug> over the"
        " 800ms budget",
        "product page renders go past the 800ms budget at our rate and storefront logs each one as"
        " an error",
        "product pages of our shop are slow; support said renders of /products/<slug> go over the"
        " 800ms budget and get logged",
        "rendering of /products/<slug> page is taking more than 800ms budget",
        "server-side rendering of /products/<slug> pages exceeds the 800ms render budget",
        "product page SSR over the 800ms budget",
        "/products/<slug> ssr keeps blowing the 800ms render budget",
        "product pages are taking longer than the 800 millisecond render budget",
    ),
    "r-nomethod-nil": (
        "undefined method points for nil on redeem",
        "nil member when redeeming (undefined method `points')",
        "`points` called on nil during redeem",
        "redemptions fail: `points` sent to nil",
        "redemption: method `points' is not defined for a nil object",
        "redemption gets a nil instead of an object with `points`",
        "redeeming points breaks since the object it calls `points` on is nil",
        "`redeem` calls `.points` on nil (`undefined method` for NilClass)",
        "points is called on nil whilst redeeming",
        "redeem sends points to nil, NoMethodError",
        "redeem of points gives error when object is nil (undefined method points)",
        "redeem: undefined method points for nil",
        "Members could not redeem their points because the code called points on nil (undefined"
        " method points for nil)",
        "redeeming calls points on nil (undefined method points for nil)",
        "redeem hits a nil and calls points on it",
        "redeem button in the app gives a 500, BE calls points on nil (undefined method points)",
        "redemption calls points on a nil association (member without a points account),"
        " NoMethodError for nil",
        "unchecked nil: the redemption calls points on nil (a member with no points account)",
        "points redemption breaks - points gets called on nil",
        "points redemptions fail for some members; the redeem code calls points on nil",
        "redeem calls points on nil, the member has no points account row",
        "redeem span raises NoMethodError, points called on nil",
        "`.points` is called on a `nil` association during a redemption (member without a points"
        " account)",
        "Redeem in the rewards modal 500s for some members; BE calls points on nil (no points"
        " account?)",
        "NoMethodError, points called on nil during a redemption",
        "some members can't redeem points; Marcus says the redeem step calls points on nil",
        "redeeming for a test member without a points account: undefined method points for nil",
        "redemptions we apply fail for members with no points account, loyalty calls points on nil",
        "redemption requests for members without a points account answer 500, loyalty calls points"
        " on nil (undefined method)",
        "redemptions for members who have no points account yet fail with 500; support said your"
        " code calls points on nil",
        "during redeem, points is called on nil object and NoMethodError (undefined method points)"
        " is coming",
        "points redemption fails with NoMethodError because `points` is called on a nil member"
        " association",
        "redeem: points called on nil",
        "redeem calls points on nil, NoMethodError undefined method points",
        "redeem calls points on nil so no method error undefined method points for nil class",
    ),
    "r-nomethod-nil-tier": (
        "undefined method points for nil in the tier upgrade",
        "tier upgrade calls points on nil",
        "`points` called on nil during tier upgrade",
        "tier upgrade check crashes: `points` sent to nil",
        "tier upgrade: method `points' is not defined for a nil object",
        "tier upgrade check gets a nil instead of an object with `points`",
        "tier upgrade check breaks since the object it calls `points` on is nil",
        "tier upgrade check (`upgrade_if_needed`) calls `.points` on nil",
        "points is called on nil whilst checking for a tier upgrade",
        "tier upgrade check sends points to nil, NoMethodError",
        "tier upgrade check gives error when object is nil (undefined method points)",
        "tier upgrade: undefined method points for nil",
        "Member tier upgrades did not happen because the upgrade check called points on nil"
        " (undefined method points for nil)",
        "the tier upgrade check calls points on nil (undefined method points for nil)",
        "tier upgrade check hits a nil and calls points on it",
        "tier never upgrades in the app, BE's tier upgrade check calls points on nil (undefined"
        " method points)",
        "points called on a nil association during the tier upgrade check, NoMethodError for nil",
        "unchecked nil: the tier upgrade check calls points on nil",
        "tier upgrade check breaks - points gets called on nil",
        "the tier upgrade check fails when points are added; the code calls points on nil",
        "the tier upgrade check calls points on nil while points are added, for a member with no"
        " points account row",
        "tier upgrade check raises NoMethodError while points are added, points called on nil",
        "the tier upgrade check calls `.points` on `nil` while points are added",
        "a member's tier badge never goes up after they earn points; the upgrade check on the BE"
        " ends in points called on nil",
        "NoMethodError, points called on nil in the tier upgrade check after points are added",
        "tier upgrades don't happen after points are added for some members; Marcus says the"
        " upgrade check calls points on nil",
        "after points are credited the tier upgrade check calls points on nil (NoMethodError) for"
        " the seeded member",
        "tier changes are missing after we credit points, the upgrade check calls points on nil",
        "after point credits the tier upgrade check calls points on nil (NoMethodError) and the"
        " credit job fails",
        "members we credit points to never change tier; support said the tier upgrade check calls"
        " points on nil",
        "tier upgrade check is calling points on nil, undefined method error for nil:NilClass",
        "tier upgrade check raises NoMethodError (`points` on nil) after points are added for"
        " some members",
        "tier upgrade: points called on nil",
        "tier upgrade check calls points on nil, NoMethodError for nil:NilClass",
        "the tier upgrade check calls points on something that's nil undefined method points",
    ),
    "r-record-not-found": (
        "Couldn't find Member (RecordNotFound)",
        "Member not found by id",
        "Member lookup by id finds nothing",
        "unknown Member id, ActiveRecord can't find the row",
        "Member with the requested id does not exist in the DB",
        "Member id from the request doesn't exist",
        "Member id in the request has no DB row (Couldn't find Member)",
        "`Member.find` with an id that doesn't exist, should be a 404",
        "asked for a Member id that's not in the database",
        "lookup of a Member id that has no row, RecordNotFound",
        "request gives error when Member with given id is not existing in database",
        "Member id not found (RecordNotFound)",
        "Loyalty requests failed for member ids that do not exist (Couldn't find Member,"
        " RecordNotFound)",
        "a Member gets looked up by an id that doesn't exist (Couldn't find Member)",
        "lookup by id finds no Member row (Couldn't find Member)",
        "app gets a 404 for a member id, BE says Couldn't find Member",
        "Member.find with an id that no longer exists (deleted member, stale link), RecordNotFound"
        " not rescued to a 404",
        "error handling: a lookup of a Member id that doesn't exist raises RecordNotFound and"
        " returns a server error, not a 404",
        "requests for member ids that don't exist fail, Couldn't find Member",
        "requests for members that no longer exist fail with an error; looking the Member up by"
        " its id comes back empty (RecordNotFound)",
        "looking up a Member by id finds no row (RecordNotFound); deleted members are still being"
        " requested",
        "member lookup span raises RecordNotFound, Couldn't find Member for that id",
        "`Member.find(id)` gets an id that's gone and nothing rescues it into a 404",
        "requests for a member id our page still holds come back 404; BE can't find a Member with"
        " that id",
        "RecordNotFound, Couldn't find Member with that 'id'",
        "members who were deleted still get hit and it errors; Marcus says the Member can't be"
        " found by its id (RecordNotFound)",
        "a member id the test deleted first raises RecordNotFound (Couldn't find Member with 'id')",
        "calls for member ids removed on their side fail with Couldn't find Member with 'id'"
        " (RecordNotFound)",
        "requests for member ids deleted during the run fail with Couldn't find Member with 'id'"
        " (RecordNotFound)",
        "loyalty calls for members that were merged or removed return a 404 with no error code;"
        " support said Couldn't find Member with 'id'",
        "Member is not there for given id and RecordNotFound is coming, not handled as 404",
        "lookups for deleted or unknown member IDs raise `ActiveRecord::RecordNotFound`, which"
        " is not mapped to a 404",
        "unknown member id: RecordNotFound, Couldn't find Member",
        "lookups for member ids that don't exist raise RecordNotFound instead of a 404",
        "looking up a member ID that doesn't exist raises record not found couldn't find member"
        " instead of a four oh four",
    ),
    "r-record-invalid": (
        "points would go negative on redeem (validation failed)",
        "Validation failed: Points must be >= 0 when redeeming",
        "redeem would push points below 0, validation error",
        "redemption rejected, points balance would drop under 0 (validation)",
        "points of the member would be below 0 after the redemption, validation fails",
        "redeeming more points than the member has fails validation (points >= 0)",
        "member's Points would end up negative after the redemption, record fails validation",
        "redeem would leave negative points, the `points >= 0` validation rejects the save",
        "redemption would take the member's points below 0, validation won't save it",
        "redemption would make the member's Points negative, >= 0 validation rejects it",
        "redeem is rejected when member points would be less than 0 (validation failed)",
        "redeem validation failed, points would go < 0",
        "Members could not redeem points when the redemption would leave their balance below 0"
        " (validation failed)",
        "the redemption would make the member's points negative, so the points >= 0 validation"
        " fails",
        "redemptions that would take points below 0 fail validation and aren't saved",
        "redeeming more points than the member has gives the app a 422, BE validation wants"
        " Points to be 0 or more",
        "redemption larger than the balance, the Points >= 0 validation fails on save; no balance"
        " check up front",
        "business rule: a redemption would take a member's points below 0 and validation refuses"
        " it; no balance check before saving",
        "redeeming more points than the balance fails validation (points can't go below 0)",
        "redemptions larger than a member's balance error out; the points validation (0 or more)"
        " fails on save",
        "a redemption bigger than the member's balance fails the Points >= 0 validation on save",
        "redeem span fails validation, the points balance would drop under 0",
        "`save!` fails `Points must be greater than or equal to 0` when a redemption is bigger"
        " than the balance; no balance check before saving",
        "redeeming more points than the balance gets a 422 and the modal shows nothing useful; BE"
        " validation: Points must be greater than or equal to 0",
        "redemptions fail validation: Points must be greater than or equal to 0",
        "members who try to redeem more points than they have get an error page; Marcus says"
        " points can't go below 0 and the save fails",
        "redeeming more points than the test member has fails validation: Points must be greater"
        " than or equal to 0",
        "redemptions above the member's balance are refused, validation says Points must be"
        " greater than or equal to 0",
        "redemptions above the member's balance are refused, Points must be greater than or equal"
        " to 0, and answered 422",
        "redeeming more points than a member has returns 422 with no field details; support said"
        " validation fails on Points must be greater than or equal to 0",
        "when redeem amount is more than balance, save is failing with validation Points must be"
        " greater than or equal to 0",
        "redemptions larger than the member's balance fail model validation (points must be"
        " greater than or equal to 0) at save time",
        "redeem beyond the balance fails validation, points can't drop under 0",
        "redeeming more than the balance fails validation, Points must be greater than or equal to"
        " 0",
        "redeeming more points than the member has fails validation points must be greater than or"
        " equal to zero",
    ),
    "r-record-invalid-email": (
        "enroll fails: Email has already been taken",
        "duplicate email on member enroll (validation failed)",
        "enroll with an email that's already taken",
        "enrolment rejected, email already taken (validation)",
        "member enroll fails the validation because the email is used already",
        "enrolling a member with an email that's already taken fails validation",
        "enrolling a member fails validation, that email is already taken by another member",
        "enroll trips the email uniqueness validation (`has already been taken`)",
        "member enrol bounced by validation, that email's already in use",
        "enroll rejected by validation, email already used by an existing member",
        "member enroll is rejected when email is already taken (validation failed)",
        "member enroll validation failed, email already taken",
        "Customers could not enrol in the loyalty programme because their email had already been"
        " taken (validation failed)",
        "enrolling a member fails validation because the email has already been taken",
        "enrolment rows with an email already taken fail member validation",
        "enrolling in the app with an email that's already taken gets a 422, BE validation says"
        " Email has already been taken",
        "enrollment with an email that is in use fails uniqueness validation (Email has already"
        " been taken)",
        "data integrity: enrolment with an email that is already taken fails validation",
        "loyalty sign-up fails, email has already been taken",
        "loyalty enrollment fails for an email that's already in use; the email uniqueness"
        " validation rejects it",
        "enrolling with an email that's already in use fails the uniqueness validation (Email has"
        " already been taken); that's a SELECT check in the app, not a unique index",
        "enroll span fails validation: Email has already been taken",
        "`save!` on enrollment fails `Email has already been taken`; the uniqueness validation is"
        " the only check",
        "enrolling with an email that's taken gets a 422 with no field error to show; BE"
        " validation: Email has already been taken",
        "enrolments fail validation: Email has already been taken",
        "loyalty sign-up fails for emails that are already enrolled; Marcus says the 'Email has"
        " already been taken' check blocks it",
        "enrolling with an email the suite already used fails validation: Email has already been"
        " taken",
        "enrolments for emails already enrolled are refused: Email has already been taken",
        "enrolments reusing an email from the pool are refused with Email has already been taken"
        " (422)",
        "enrolling a member whose email is already enrolled returns 422; support said Email has"
        " already been taken",
        "member enroll is failing with validation Email has already been taken",
        'member enrollment fails validation with "Email has already been taken" for addresses'
        " that are already enrolled",
        "loyalty enroll: email already taken, validation fails",
        "enroll fails validation with Email has already been taken",
        "enrolling a member fails validation because email has already been taken",
    ),
    "r-stale": (
        "stale Member object when adding points",
        "optimistic locking fails on Member add_points (stale object)",
        "add_points hits a stale Member (lock_version conflict)",
        "add_points loses a race on Member, stale object (optimistic lock)",
        "Member is stale when points are added, conflict of the optimistic lock",
        "Member record changed underneath add_points, update rejected as stale",
        "add_points saves a Member someone else updated meanwhile, stale object (lock_version)",
        "`add_points` saves a Member that was updated concurrently, optimistic lock says stale",
        "Member updated underneath add_points, optimistic lock flags a stale object",
        "add_points update loses an optimistic lock race on Member (StaleObjectError)",
        "adding points fails when Member is changed in same time (stale object, optimistic lock)",
        "Member stale object on add_points (optimistic lock)",
        "Points were not added for some members because the Member record was changed by someone"
        " else at the same time (stale object, optimistic locking)",
        "add_points saves a Member that someone else changed meanwhile, so optimistic locking"
        " raises a stale object error",
        "add_points saves a Member row that changed since it was loaded, stale object error and"
        " the job retries",
        "points added in the app sometimes don't stick, BE's add_points fails on a stale Member"
        " object (optimistic locking)",
        "concurrent points updates on one Member row, optimistic locking (lock_version) raises"
        " StaleObjectError; no retry",
        "concurrency: two updates to the same Member at once, optimistic locking raises a stale"
        " object error when points are added",
        "adding points fails on a stale Member record (optimistic lock)",
        "adding points fails now and then; the Member record changed in between and optimistic"
        " locking refuses the stale update",
        "two updates race on the same Member row, lock_version has moved on and optimistic locking"
        " rejects the stale write",
        "add-points span raises StaleObjectError, optimistic lock on the Member lost to a"
        " concurrent update",
        "`lock_version` mismatch on `Member` when points are added concurrently, and there's no"
        " retry",
        "points added to a member sometimes don't stick; BE's points job fails on a stale Member"
        " (optimistic locking)",
        "StaleObjectError on a Member while points are added, another write got there first",
        "adding points fails every now and then; Marcus says the member record changed in between"
        " and the update is refused (stale object)",
        "two point credits for one member in parallel: StaleObjectError on the Member"
        " (lock_version), no retry",
        "point credits overlap with another write on the same member and fail as a stale Member"
        " object",
        "concurrent point credits on the same member fail as a stale Member object"
        " (StaleObjectError, lock_version)",
        "points we credit to a member twice in quick succession sometimes go missing; support said"
        " the second write fails on a stale Member (lock_version)",
        "while adding points, Member row is updated by other process in between and"
        " StaleObjectError is coming (lock_version)",
        "concurrent point updates on the same member trigger optimistic locking conflicts"
        " (`lock_version`) with no retry",
        "adding points: stale Member, optimistic lock",
        "adding points hits StaleObjectError on Member, someone else updated the row first",
        "adding points hits a stale object error on member because something else updated the row"
        " first",
    ),
    "r-pg-conn": (
        "points job can't connect to postgres: connection refused",
        "DB connection refused in the points job",
        "points job: PG conn refused on 5432",
        "PointsJob fails, Postgres refusing connections on 5432",
        "points job gets connection refused from Postgres (port 5432)",
        "PointsJob has no database, Postgres on 5432 refuses the connection",
        "points job has no DB: connection to Postgres on 5432 refused",
        "`PointsJob` can't open a DB connection, Postgres on 5432 refuses",
        "Postgres on 5432 refusing the points job's connection",
        "points job can't open a Postgres conn, 5432 refusing",
        "points job fails when Postgres on port 5432 refuse the connection",
        "points job pg conn refused :5432",
        "Loyalty points were not processed because the points job could not connect to Postgres on"
        " port 5432 (connection refused)",
        "the points job can't connect to Postgres on port 5432, connection refused",
        "points job run fails at the start, Postgres on 5432 refuses its connection",
        "points balance in the app stops updating, BE's points job can't connect to Postgres on"
        " 5432 (connection refused)",
        "connection refused from Postgres :5432 when the points job connects; DB restarting or"
        " config points at the old host",
        "dependency availability: the points job can't connect to Postgres on port 5432"
        " (connection refused)",
        "points job can't open a Postgres connection, 5432 refused",
        "points aren't credited; the points job can't connect to Postgres on port 5432, the"
        " connection is refused",
        "the points job's connection to Postgres on 5432 is refused",
        "points job's DB connect span gets connection refused from Postgres on 5432",
        "`PointsJob` can't get a DB connection, Postgres on `5432` refuses it",
        "points balance on the member page stops updating; BE's points job can't connect to"
        " Postgres on 5432 (refused)",
        "points job gets connection refused from Postgres on 5432",
        "points aren't being credited; Marcus says the points job can't connect to the database on"
        " 5432 (connection refused)",
        "the points job can't connect to Postgres on 5432 in the test environment (connection"
        " refused)",
        "points we expect never get credited, loyalty's points job is refused by Postgres on 5432"
        " (connection refused)",
        "the points job can't connect to Postgres on 5432 (connection refused) during the run, so"
        " the credits don't happen",
        "points for our orders aren't credited; support said loyalty's points job was refused by"
        " its Postgres on 5432",
        "points job is unable to connect Postgres on 5432, connection refused",
        "points job cannot establish a PostgreSQL connection on port 5432 (connection refused)",
        "points job: Postgres on 5432 refusing connections",
        "points job can't connect to postgres on 5432, connection refused",
        "the points job can't connect to Postgres on five four three two connection refused",
    ),
    "r-redis": (
        "can't connect to Redis for the leaderboard (ECONNREFUSED)",
        "leaderboard bump fails: Redis ECONNREFUSED",
        "leaderboard redis refuses the connection",
        "leaderboard update can't reach Redis, ECONNREFUSED on 6379",
        "leaderboard can not connect to Redis on port 6379, ECONNREFUSED",
        "Redis on 6379 refuses the leaderboard bump (ECONNREFUSED)",
        "leaderboard bump can't connect to Redis (6379), ECONNREFUSED",
        "leaderboard `bump` can't reach Redis on 6379 (`ECONNREFUSED`)",
        "Redis 6379 refusing connections when the leaderboard gets bumped (ECONNREFUSED)",
        "leaderboard bump can't connect to Redis on 6379, ECONNREFUSED",
        "leaderboard update fails when Redis on 6379 refuse the connection (ECONNREFUSED)",
        "leaderboard bump redis :6379 ECONNREFUSED",
        "The leaderboard was not updated because Redis on port 6379 refused the connection"
        " (ECONNREFUSED)",
        "bumping the leaderboard can't connect to Redis on 6379 (ECONNREFUSED)",
        "leaderboard bumps fail, Redis on 6379 refuses to connect (ECONNREFUSED), job retries pile"
        " up",
        "leaderboard in the app doesn't move, BE can't connect to Redis on 6379 (ECONNREFUSED)",
        "Redis on redis-N:6379 refuses connections (ECONNREFUSED) when the leaderboard is bumped",
        "dependency availability: Redis on redis-N:6379 refuses connections (ECONNREFUSED) when the"
        " leaderboard is updated",
        "leaderboard update fails, Redis on 6379 refusing connections",
        "the leaderboard doesn't update; Redis on port 6379 refuses the connection (ECONNREFUSED)"
        " when the leaderboard is bumped",
        "leaderboard updates can't get a Redis connection on 6379 (ECONNREFUSED); nothing to do"
        " with the SQL side",
        "leaderboard span can't reach Redis on 6379, ECONNREFUSED",
        "the leaderboard update can't connect to Redis on `:6379` (`ECONNREFUSED`) and that fails"
        " the whole job",
        "leaderboard widget doesn't move; BE can't connect to Redis on 6379 (ECONNREFUSED)",
        "Redis on redis-N.cache.internal:6379 refuses connections (Errno::ECONNREFUSED)",
        "the leaderboard isn't updating; eng says Redis on 6379 refuses the connection"
        " (ECONNREFUSED)",
        "the points job fails connecting to Redis on redis-N:6379 (Errno::ECONNREFUSED) when it"
        " bumps the leaderboard",
        "points jobs fail when Redis on redis-N:6379 refuses the connection for the leaderboard"
        " bump (ECONNREFUSED)",
        "the points job fails bumping the leaderboard, Redis on redis-N:6379 refuses the"
        " connection (Errno::ECONNREFUSED)",
        "points we award don't show up on the leaderboard; support said the job can't connect to"
        " Redis on redis-N:6379 (ECONNREFUSED)",
        "leaderboard bump is failing as Redis on 6379 is refusing the connection (ECONNREFUSED)",
        "leaderboard update cannot connect to Redis on port 6379 (ECONNREFUSED), which fails"
        " the surrounding job",
        "leaderboard Redis on 6379 refusing (ECONNREFUSED)",
        "leaderboard bump: redis on 6379 won't take connections, ECONNREFUSED",
        "the leaderboard bump can't connect to Redis on 6379 ECONNREFUSED",
    ),
    "r-net-timeout": (
        "Net::ReadTimeout on an outgoing HTTP call",
        "read timeout (Net::ReadTimeout) on an HTTP call",
        "outgoing HTTP times out reading (Net::ReadTimeout)",
        "outbound HTTP call hangs until Net::ReadTimeout",
        "outgoing HTTP call gets no response in time (read timeout on the socket)",
        "outbound HTTP request waits too long for a reply and times out on read",
        "HTTP request we send out gets no reply in time, Net::ReadTimeout",
        "outbound HTTP request hits `Net::ReadTimeout`, the remote end never answers",
        "outbound HTTP request left waiting for a response until Net::ReadTimeout",
        "outbound HTTP call from a background job stalls until Net::ReadTimeout",
        "outgoing HTTP call fails when remote side not answer in time (Net::ReadTimeout)",
        "outbound http Net::ReadTimeout, no resp",
        "Loyalty updates to outside systems failed because the remote side did not answer in"
        " time (Net::ReadTimeout)",
        "an outgoing HTTP request gets no response in time (Net::ReadTimeout)",
        "HTTP request out of the job gets no response before Net::ReadTimeout",
        "partner updates triggered from the app never land, BE's outgoing HTTP call times out"
        " with Net::ReadTimeout",
        "outbound HTTP call gets no response within read_timeout (Net::ReadTimeout); no retry with"
        " backoff",
        "dependency latency: an outbound HTTP call gets no response before the read timeout"
        " (Net::ReadTimeout)",
        "outgoing HTTP calls time out on read (Net::ReadTimeout)",
        "calls from loyalty to outside systems fail; the outgoing HTTP request gets no answer"
        " before the read timeout (Net::ReadTimeout)",
        "an outgoing HTTP call gets no answer before its read timeout (Net::ReadTimeout)",
        "outbound HTTP span ends in Net::ReadTimeout",
        "the outbound HTTP call times out reading the response; `read_timeout` is left at the"
        " default and nothing retries",
        "things the admin shows as sent stay pending; BE's outbound HTTP call dies with"
        " Net::ReadTimeout",
        "an outgoing HTTP call ends in Net::ReadTimeout, no answer before the read timeout",
        "loyalty's calls out to partner systems fail; Marcus says the other side doesn't answer in"
        " time (Net::ReadTimeout)",
        "an outgoing HTTP call from the job gets no answer in time, Net::ReadTimeout",
        "outbound calls from loyalty's jobs time out (Net::ReadTimeout), so what we wait for never"
        " arrives",
        "outbound HTTP calls from loyalty's jobs get no answer in time (Net::ReadTimeout) as the"
        " queue fills up",
        "calls from your side to our endpoints time out; support said they get Net::ReadTimeout"
        " waiting on us, while our logs show answers within 2s",
        "outgoing HTTP call is not getting response within read timeout, Net::ReadTimeout is"
        " coming",
        "outbound HTTP requests to an external endpoint time out while waiting for a response"
        " (Net::ReadTimeout)",
        "outbound HTTP call: no reply in time (Net::ReadTimeout)",
        "outbound http call gets no reply in time, Net::ReadTimeout",
        "one of our outgoing HTTP calls doesn't answer in time net read timeout",
    ),
    "r-faraday-422": (
        "partner API rejects points with 422",
        "422 Unprocessable from the partner on post_points",
        "partner rejects post_points w/ 422",
        "partner refuses our points push with 422 Unprocessable Entity",
        "partner API answers 422 (unprocessable) when points are posted",
        "posting points to the partner comes back 422 (unprocessable)",
        "partner API refuses the points we send, HTTP 422 Unprocessable Entity",
        "partner API rejects our `post_points` payload with `422`",
        "partner API refusing our points payload as unprocessable (422)",
        "partner API returns 422 on our points push",
        "points push to partner fails when partner API answer 422 Unprocessable Entity",
        "partner api 422 unprocessable on points push",
        "Points were not sent to our partner because their API turned the request down with 422"
        " Unprocessable Entity",
        "the partner API rejects the points we post with 422 Unprocessable Entity",
        "points posted to the partner API come back 422, those rows need fixing before a resend",
        "points earned in the app don't reach the partner, partner API answers BE with 422",
        "partner's points endpoint answers 422 Unprocessable Entity; our payload no longer matches"
        " their schema",
        "third-party integration: the partner API refuses our points payload with 422"
        " Unprocessable Entity",
        "partner points sync fails, the partner API answers 422",
        "points aren't synced to their partner; the partner API rejects our payload with a 422",
        "the partner API rejects our points payload with 422 Unprocessable Entity",
        "outbound span to the partner API for points gets 422 back",
        "the partner API rejects our points payload with `422`, it doesn't match their schema"
        " anymore",
        "partner points column stays empty in the admin; the partner API rejects BE's points post"
        " with 422",
        "partner API answers 422 to the points we post",
        "points aren't syncing to our partner; Marcus says the partner API rejects what we send"
        " with a 422",
        "partner sync in the test environment gets 422 from the partner sandbox for the points"
        " payload",
        "points sync to the partner fails, the partner API answers 422 to what loyalty posts",
        "the partner sync during the run gets 422 from the partner API for the points payload",
        "your points sync calls to our API are rejected by us with 422; we think a field in the"
        " payload doesn't match our schema",
        "partner API is rejecting our points payload with 422 Unprocessable Entity, payload is not"
        " matching their schema",
        "partner API rejects the points sync payload with HTTP 422 Unprocessable Entity,"
        " suggesting a schema mismatch",
        "partner points push rejected, 422",
        "partner api says 422 to our points push, payload doesn't match their schema",
        "the partner API rejects our points push with a four twenty two unprocessable entity the"
        " payload doesn't match their schema",
    ),
    "r-faraday-401": (
        "partner API returns 401 Unauthorized on post_points",
        "partner sync unauthorized (401)",
        "partner auth fails on post_points, 401",
        "partner refuses our points push with 401, credentials rejected",
        "partner API answers 401 (unauthorized) when points are posted",
        "posting points to the partner comes back 401 (unauthorized)",
        "partner API refuses the points we send, HTTP 401 Unauthorized (bad credentials?)",
        "partner API returns `401` on `post_points`, creds or token expired?",
        "partner API refusing our points payload as unauthorised (401)",
        "partner API returns 401 on our points push, creds rejected",
        "points push to partner fails when partner API answer 401 Unauthorized",
        "partner api 401 unauthorized on points push, creds?",
        "Points were not sent to our partner because their API rejected our credentials with 401"
        " Unauthorized",
        "the partner API rejects the points we post with 401 Unauthorized, maybe our credentials",
        "points posted to the partner API come back 401, our credentials look rejected",
        "points earned in the app don't reach the partner, partner API answers BE with 401,"
        " creds maybe",
        "partner's points endpoint answers 401 Unauthorized; API credentials expired or rotated on"
        " their side",
        "credential management: the partner API rejects our credentials with 401 Unauthorized,"
        " possibly expired or rotated on their side",
        "partner points sync fails, the partner API answers 401 Unauthorized",
        "points aren't synced to their partner; the partner API answers our calls with 401"
        " Unauthorized",
        "the partner API answers our points calls with 401 Unauthorized, our credentials aren't"
        " accepted anymore",
        "outbound span to the partner API for points gets 401 Unauthorized back",
        "the partner API answers `401` on the points post; the token in our credentials is expired"
        " or was rotated",
        "partner points column stays empty in the admin; the partner API answers BE's points post"
        " with 401",
        "partner API answers 401 to the points we post, it won't take our credentials",
        "points aren't syncing to our partner; Marcus says the partner API says 401 Unauthorized,"
        " so our credentials are off",
        "partner sync gets 401 Unauthorized from the partner sandbox, the credentials aren't"
        " accepted any more",
        "points sync to the partner fails, the partner API answers 401 Unauthorized",
        "partner sync calls get 401 Unauthorized from the partner API, the credentials aren't"
        " accepted",
        "your points sync to our API gets 401 from us since we rotated our API keys; support said"
        " your side still sends the old credentials",
        "partner API is giving 401 Unauthorized for points post, credentials seems to be expired",
        "partner API responds with HTTP 401 Unauthorized to the points sync, indicating expired"
        " or rotated credentials",
        "partner points push: 401 Unauthorized",
        "partner api 401s the points push, creds expired?",
        "partner API says four oh one unauthorized when we post points our credentials probably"
        " expired",
    ),
    "r-argument": (
        "comparison of Integer with nil in the tier lookup",
        "tier lookup compares Integer with nil",
        "tier lookup: Integer vs nil comparison fails",
        "tier-for-points calc fails comparing an Integer against nil",
        "tier for points: comparison between an Integer and nil fails",
        "working out the tier for a points value, one side of the comparison is nil",
        "tier calculation gets nil instead of a number and the Integer/nil comparison fails",
        "`for_points` compares an Integer threshold against nil",
        "tier-from-points lookup compares an Integer with nil and falls over",
        "tier-by-points lookup ends up comparing an Integer to nil",
        "tier calculation for points fails when value is nil (Integer compared with nil)",
        "tier for points: comparison of Integer with nil",
        "Member tiers could not be worked out because a points value was nil and could not be"
        " compared with an Integer",
        "the tier lookup compares an Integer threshold with a points value that is nil",
        "tier lookup compares an Integer against nil points and fails",
        "tier badge missing in the app, BE compares an Integer with nil while picking the tier"
        " for the points",
        "a tier with a nil points threshold breaks the Integer-to-nil comparison while the tier is"
        " picked",
        "unchecked nil: a nil points threshold is compared with an Integer when the tier is chosen",
        "tier lookup breaks comparing an Integer with nil",
        "adding points fails for some members; picking the tier compares an Integer with nil",
        "the tier lookup compares the points with a nil threshold (a tier row with NULL points),"
        " comparison of Integer with nil fails",
        "tier lookup span errors comparing an Integer against nil",
        "tier lookup compares an `Integer` with a tier threshold that is `nil` (`comparison of"
        " Integer with nil failed`)",
        "tier badge missing on the member page; BE compares an Integer with nil when it looks up"
        " the tier for the points",
        "comparison of Integer with nil fails while a tier is chosen for a points total",
        "adding points fails for some members; Marcus says picking their tier compares a number"
        " with nil",
        "crediting points for a member whose tier has no threshold: comparison of Integer with nil"
        " failed",
        "point credits fail for some members, picking the tier compares an Integer with nil",
        "point credits fail for members whose tier has no threshold, comparison of Integer with"
        " nil failed",
        "points credits for some members fail; support said picking the tier compares an Integer"
        " with nil (a tier without a threshold)",
        "while finding tier from points, comparison of Integer with nil failed, one tier is not"
        " having threshold",
        "tier selection fails when comparing an Integer with nil, likely due to a tier that has"
        " no points threshold",
        "tier lookup: Integer compared with nil",
        "tier lookup compares an Integer with nil, some tier has no threshold",
        "tier lookup compares an integer with nil because one of the tiers has no threshold"
        " comparison of integer with nil failed",
    ),
    "r-keyerror": (
        "partner_code key missing from the payload",
        "key not found: :partner_code building the partner payload",
        "partner payload build: :partner_code key missing",
        "partner payload can't be built, :partner_code not in the hash",
        "payload for the partner can not be built, the key :partner_code is missing",
        ":partner_code missing when building the request body for the partner",
        "hash we send to the partner lacks :partner_code (key not found)",
        "`:partner_code` not in the hash when we build the partner `payload` (`fetch`)",
        "partner payload hash is missing :partner_code when we fetch it",
        "partner payload build fetches :partner_code and the key is absent",
        "partner payload is not possible to build when :partner_code key is missing",
        "partner payload missing :partner_code key",
        "Partner updates were not sent because the payload was missing the :partner_code key",
        "building the partner payload fetches :partner_code and it isn't in the hash",
        "partner payload hash has no :partner_code key, the fetch on it fails",
        "partner sync from the app's points flow fails, BE's payload build can't find"
        " :partner_code (key not found)",
        "partner payload built with fetch(:partner_code) for members without a partner_code, key"
        " not found",
        "input validation: members without a partner_code produce a payload without the"
        " :partner_code key (key not found)",
        "partner payload build fails, :partner_code key not found",
        "partner sync fails for members with no partner code; building the payload can't find"
        " :partner_code",
        "the partner payload needs :partner_code and the member has none (NULL partner_code), key"
        " not found",
        "partner payload step raises KeyError, :partner_code not present",
        "`fetch(:partner_code)` on a member hash that has no `:partner_code` key",
        "partner sync fails for some members; BE builds the payload and :partner_code isn't in the"
        " member's hash",
        "the partner payload build fails for members without :partner_code (key not found)",
        "partner sync fails for members without a partner code; Marcus says the payload needs"
        " :partner_code and it isn't there",
        "partner sync for a test member without partner_code: key not found: :partner_code",
        "partner sync fails for members with no partner code, building the payload raises key not"
        " found: :partner_code",
        "partner sync for members without a partner_code raises key not found: :partner_code while"
        " building the payload",
        "points for members we haven't mapped yet never reach us; support said building the"
        " payload fails with key not found: :partner_code",
        "partner payload creation is failing with key not found: :partner_code for members not"
        " having partner code",
        "partner payload construction raises KeyError (`:partner_code` not found) for members"
        " without a partner code",
        "partner payload: :partner_code key missing",
        "building the partner payload fails, key not found :partner_code",
        "building the partner payload fails key not found partner code for members that don't have"
        " one",
    ),
    "r-sidekiq-dead": (
        "PartnerSyncJob moving to the Sidekiq dead set after retries",
        "partner sync jobs die after all retries",
        "PartnerSyncJob exhausts retries -> dead set",
        "PartnerSyncJob gives up after all its retries and ends in the Sidekiq dead set",
        "PartnerSyncJob lands in the dead set of Sidekiq after all retries failed",
        "PartnerSyncJob out of retries, Sidekiq moved it to the dead set",
        "PartnerSyncJob exhausted its retries, Sidekiq parked it in the Dead set",
        "`PartnerSyncJob` retries exhausted, the job sits in the Sidekiq dead set",
        "PartnerSyncJob has run out of retries and is sat in Sidekiq's dead set",
        "PartnerSyncJob retries exhausted, Sidekiq parks it in the dead set",
        "PartnerSyncJob goes in Sidekiq dead set when all retries are failed",
        "PartnerSyncJob out of retries -> sidekiq dead set",
        "Partner synchronisation stopped for some jobs: PartnerSyncJob used up its retries and"
        " went to the Sidekiq dead set",
        "PartnerSyncJob fails all of its retries and Sidekiq moves it to the dead set",
        "PartnerSyncJob ends in the Sidekiq dead set after its last retry fails, partner sync"
        " stops",
        "partner sync never completes for some members in the app, BE's PartnerSyncJob runs out"
        " of retries and lands in the Sidekiq dead set",
        "PartnerSyncJob exhausts its Sidekiq retries and lands in the dead set; the partner call"
        " behind it keeps failing",
        "job integrity: PartnerSyncJob runs out of retries and is moved to the Sidekiq dead set,"
        " the sync never happens",
        "PartnerSyncJob ends up in the Sidekiq dead set after using up its retries",
        "partner sync jobs give up for good; PartnerSyncJob runs out of Sidekiq retries and goes"
        " to the dead set",
        "PartnerSyncJob runs out of Sidekiq retries and is moved to the dead set",
        "PartnerSyncJob keeps failing until its retries are spent and Sidekiq moves it to the dead"
        " set",
        "`PartnerSyncJob` burns through its retries and lands in the Sidekiq dead set, the partner"
        " call under it keeps failing",
        "partner sync never completes for some members; BE's PartnerSyncJob ends up in the Sidekiq"
        " dead set after its retries",
        "PartnerSyncJob uses up its Sidekiq retries and ends up in the dead set",
        "partner syncs give up for good after retries; Marcus says PartnerSyncJob ends up in the"
        " Sidekiq dead set",
        "PartnerSyncJob retries in the background until it lands in the Sidekiq dead set, and"
        " only the server log says so",
        "partner syncs never complete, PartnerSyncJob uses up its retries and moves to the Sidekiq"
        " dead set",
        "PartnerSyncJob exhausts its retries during the run and lands in the Sidekiq dead set",
        "some points syncs to us never arrive; support said PartnerSyncJob ran out of retries and"
        " moved to the Sidekiq dead set",
        "PartnerSyncJob is failing in all retries and going to Sidekiq dead set",
        "PartnerSyncJob exhausts all of its Sidekiq retries and is moved to the dead set",
        "PartnerSyncJob out of retries, sitting in the Sidekiq dead set",
        "PartnerSyncJob used up all its retries and landed in the sidekiq dead set",
        "partner sink job burns through all its retries and ends up in the sidekiq dead set",
    ),
    "r-log-tenant": (
        "points import rejected for invalid rows",
        "tenant points CSV import rejected (invalid rows)",
        "tenant points CSV has invalid rows, import rejected",
        "tenant points uploads bounced, the CSV has invalid rows",
        "points CSV import of a tenant is rejected because of invalid rows",
        "points CSV uploaded by a tenant bounced for having invalid rows",
        "tenant uploads a points CSV with invalid rows and the whole import is rejected",
        "tenant's points CSV rejected as a whole because some rows are invalid",
        "tenant points CSV thrown out because some rows don't validate",
        "tenant points CSV import rejected wholesale over invalid rows",
        "tenant points CSV import is rejected when file have invalid rows",
        "tenant points csv import rejected, invalid rows",
        "Some tenants' points CSV imports were rejected because the file contained invalid rows",
        "a tenant's points CSV import gets rejected because some rows are invalid",
        "tenant points CSV files bounced at import, invalid rows in them",
        "a tenant's points don't show in the app, BE rejected their points CSV import for"
        " invalid rows",
        "points CSV import for a tenant rejected over invalid rows; the whole file is refused"
        " instead of quarantining bad rows",
        "data validation: a tenant's points CSV has invalid rows and the whole import is rejected",
        "tenant points CSV imports rejected over invalid rows",
        "their points CSV import is turned down as a whole because some rows are invalid",
        "a tenant's points CSV import is rejected as a whole because some rows are invalid; none"
        " of it gets loaded",
        "error logs for a tenant's points CSV import getting rejected because of invalid rows",
        "a tenant's points CSV is rejected as a whole when some rows are invalid, and the error"
        " log doesn't say which rows",
        "a tenant's points never appear after their CSV upload; BE rejected the whole file for"
        " invalid rows",
        "a tenant's points CSV import is rejected over invalid rows, logged as an error",
        "a tenant's whole points CSV upload gets rejected because a few rows are invalid; Marcus"
        " says it's all or nothing today",
        "a points CSV fixture with a few invalid rows gets the whole file rejected for the tenant,"
        " logged as an error",
        "a tenant's points file we deliver is rejected whole because of a few invalid rows",
        "a points file with a few invalid rows gets rejected whole for the tenant, logged as an"
        " error",
        "the points file we upload is rejected whole because of a few invalid rows, and the API"
        " gives us no row numbers",
        "points CSV import of tenant is rejected fully because of few invalid rows",
        "tenant points CSV imports are rejected in full when only a small number of rows are"
        " invalid",
        "tenant points CSV rejected, invalid rows",
        "a tenant's points csv import gets rejected over invalid rows",
        "a tenant's points CSV import gets rejected because the file has invalid rows",
    ),
    "d-nullref": (
        "null reference applying promotions",
        "Object reference not set when applying promotions",
        "NRE in promo application",
        "price lookups fail applying promotions, null object ref",
        "object reference is null during the application of promotions",
        "applying promotions hits a null reference",
        "price calc with promotions: object reference not set, something in there is null",
        "something null gets dereferenced while promotions are applied",
        "promotions step trips over a null object reference",
        "promotions step dereferences a null somewhere (NullReference)",
        "price with promotions gives error when null object is used (object reference not set)",
        "NRE applying promotions",
        "Promotional prices could not be calculated because applying promotions hit a null"
        " reference (object reference not set to an instance of an object)",
        "something is null while the promotions are applied (object reference not set)",
        "null object reference in the promotions step",
        "price screen in the app 500s, BE hits a null (object reference not set) while applying"
        " promotions",
        "a promotion with a missing rule or product reference gets dereferenced during promotion"
        " application (object reference not set)",
        "unchecked null: applying promotions dereferences a null object reference",
        "promotion pricing breaks on a null reference",
        "prices fail to calculate when promotions apply; a null reference is hit while the"
        " promotions are applied",
        "the promotions step trips over a null reference, a promotion missing a related row (rule"
        " or product)",
        "promotions step throws NullReference, the span errors mid-pricing",
        "a null is dereferenced while promotions are applied, some promotion has no rule or"
        " product attached",
        "price request 500s with a ProblemDetails body; BE hits a NullReferenceException while"
        " promotions get applied",
        "NullReferenceException while promotions get applied to a price",
        "prices fail to show when a promotion applies; eng says there's a null reference while the"
        " promotions are applied",
        "price request for a SKU with an incomplete promotion throws NullReferenceException while"
        " promotions are applied",
        "price lookups fail for SKUs with a promotion on them, a null reference"
        " (NullReferenceException) applying promotions",
        "price requests for SKUs with an incomplete promotion answer 500, NullReferenceException"
        " while promotions are applied",
        "retrieving a price returns 500 for SKUs that have a promotion; support said a"
        " NullReferenceException happens while promotions are applied",
        "while applying promotions NullReferenceException is coming, some promotion is not having"
        " rule or product",
        "applying promotions throws a null reference exception when a promotion lacks its rule"
        " or product reference",
        "promotions pricing: null reference",
        "null ref while applying promotions, NullReferenceException",
        "null reference exception when we apply promotions object reference not set to an instance",
    ),
    "d-nullref-rules": (
        "null reference loading pricing rules on init",
        "rule loading throws a null reference at engine initialize",
        "NRE loading pricing rules at startup",
        "engine init fails loading pricing rules, null object ref",
        "object reference is null when the pricing rules are loaded at initialization",
        "engine init: pricing rule load hits a null reference",
        "loading pricing rules during engine start: object reference not set",
        "`RuleLoader.Load` hits a null at engine startup",
        "null object reference whilst loading the pricing rules on engine start-up",
        "pricing rule load at engine init dereferences a null",
        "engine initialization fails when loading of pricing rules meet null reference",
        "NRE loading pricing rules at engine init",
        "The pricing engine could not start because loading the pricing rules hit a null reference"
        " (object reference not set)",
        "loading the pricing rules when the engine initializes runs into a null (object reference"
        " not set)",
        "null reference while the pricing rules load at engine init",
        "every price call from the app 500s, BE's engine init hits object reference not set"
        " while loading the pricing rules",
        "rule loader dereferences a null (missing config section) during engine initialization,"
        " object reference not set",
        "unchecked null: loading the pricing rules hits a null reference while the engine starts"
        " up",
        "pricing engine won't initialize - null reference while loading the rules",
        "the pricing engine won't start; loading the pricing rules hits a null reference",
        "loading the pricing rules at startup hits a null reference, an entry the rule loader"
        " expects isn't there",
        "pricing engine startup span fails with NullReference while the rules load",
        "a missing config section comes back `null` and gets dereferenced while the pricing rules"
        " load at startup",
        "every price request 500s after a deploy; BE's pricing rules load dereferences a null at"
        " startup",
        "NullReferenceException loading the pricing rules when the engine starts up",
        "the pricing engine won't start; Aisha says loading the pricing rules hits a null"
        " reference",
        "the pricing engine fails to initialize in the test environment, NullReferenceException"
        " loading the rules",
        "every price call fails after pricing restarts, the rule loader hits a null reference on"
        " startup",
        "after pricing restarts mid-run every price request fails, the rule loader hits a"
        " NullReferenceException initializing the engine",
        "every price call failed for a while after what support called a restart; the pricing rule"
        " loader hit a null reference at startup",
        "at engine initialize, rule loading is throwing object reference not set as config section"
        " is missing",
        "pricing engine initialization fails with a null reference while loading pricing rules,"
        " likely due to a missing configuration section",
        "pricing engine init: null reference loading rules",
        "loading pricing rules at engine init throws a NullReferenceException, config section"
        " missing?",
        "loading the pricing rules when the engine starts up throws a null reference probably a"
        " missing config section",
    ),
    "d-seq-empty": (
        "Sequence contains no elements",
        "First() on an empty sequence",
        "LINQ First() finds no elements",
        "LINQ query expects at least one element, gets an empty sequence",
        "First() is called on an empty collection, the sequence has no element",
        "LINQ call needs an element but the sequence is empty",
        "a .First() call gets an empty result and throws (no elements in the sequence)",
        "LINQ `First()` without a match, the sequence is empty",
        "empty sequence handed to a .First() with no fallback",
        "LINQ call that needs an element gets an empty sequence",
        "LINQ First() gives error when sequence is empty (no elements)",
        "LINQ First() on an empty seq, no elements",
        "Prices could not be calculated because LINQ First() was called on a sequence that turned"
        " out to be empty (no elements)",
        "First() gets called on an empty result and throws because there are no elements",
        "First() gets an empty sequence with nothing to pick from and throws",
        "prices fail to load in the app, BE calls LINQ First() on a sequence with nothing in it",
        ".First() called on an empty collection with no matching element; it wants FirstOrDefault"
        " plus a fallback",
        "unchecked assumption: First() is called on a sequence that has no elements",
        "price calculation fails on an empty sequence (First() with nothing in it)",
        "price calculation fails; the code takes the first item of a list that turns out to be"
        " empty",
        "the code takes the first row of a lookup that returned no rows at all, so .First() throws",
        "span throws InvalidOperation, no elements in the sequence: First() on an empty result",
        "`.First()` runs on a LINQ query that matches nothing, so the sequence is empty and it"
        " throws",
        "price request 500s for some products; BE calls First() on a LINQ query that matched"
        " nothing",
        "InvalidOperationException: First() finds nothing, the sequence has no elements",
        "price calculation fails for some products; Aisha says the code takes the first item of a"
        " list that's empty",
        "price calculation for a SKU with no match: First() throws InvalidOperationException, the"
        " sequence is empty",
        "price calls fail for some SKUs, pricing takes First() of an empty list"
        " (InvalidOperationException, no elements)",
        "price requests for some SKUs fail, First() is taken on an empty sequence with no elements"
        " in it",
        "prices for some of our SKUs fail with 500; support said your code takes First() of an"
        " empty sequence (InvalidOperationException)",
        "First() is getting called on empty collection, InvalidOperationException as no element is"
        " there",
        "a LINQ `First()` call on an empty sequence throws InvalidOperationException",
        "First() on an empty list, nothing to pick",
        "First() blows up on an empty collection, InvalidOperationException 'contains no elements'",
        "first gets called on an empty collection so invalid operation exception the sequence has"
        " nothing in it",
    ),
    "d-keynotfound": (
        "SKU key missing from a dictionary (KeyNotFound)",
        "given key not present in dictionary",
        "dictionary lookup misses a SKU key",
        "SKU not present as a dictionary key (KeyNotFound)",
        "dictionary has no entry for the requested SKU",
        "SKU lookup in a dictionary misses, key not present",
        "lookup by SKU throws, the dictionary has no such key (SKU-nnnnn)",
        "dictionary lookup for a `SKU-nnnnn` key that isn't in it",
        "SKU-nnnnn key absent from the dictionary being indexed",
        "dictionary lookup by SKU misses, KeyNotFound for SKU-nnnnn",
        "lookup gives error when SKU-nnnnn key is not present in dictionary",
        "dict lookup: SKU-nnnnn key not present (KeyNotFound)",
        "Prices could not be shown for some products because their SKU was not found as a key in"
        " the dictionary (KeyNotFound)",
        "a SKU-nnnnn key is looked up in a dictionary that doesn't contain it"
        " (KeyNotFoundException)",
        "lookup by a SKU key the dictionary doesn't have",
        "price missing for some products in the app, BE's dictionary has no key for that SKU"
        " (KeyNotFound)",
        "dictionary indexer used with a SKU that was never loaded, KeyNotFoundException instead of"
        " TryGetValue",
        "unchecked lookup: a SKU is read from a dictionary that doesn't contain it (KeyNotFound)",
        "lookups fail when the SKU isn't a key in the dictionary",
        "price calculation fails for some SKUs; the SKU isn't in the lookup table the code reads"
        " it from",
        "the SKU isn't a key in the in-memory lookup the code reads it from (KeyNotFound)",
        "span throws KeyNotFound, the SKU isn't in the dictionary being read",
        "the dictionary indexer is used with a `SKU-nnnnn` key that was never loaded, so it throws"
        " instead of `TryGetValue`",
        "price cell shows blank for some SKUs and the request 500s; per BE the dictionary lookup"
        " has no entry for that SKU",
        "KeyNotFoundException, a SKU key that isn't in the dictionary",
        "prices fail for some SKUs; Aisha says the SKU isn't in the lookup table (KeyNotFound)",
        "a SKU created in the test setup isn't in pricing's dictionary yet: KeyNotFoundException",
        "price calls for SKUs new since the last load fail, the SKU key isn't in the dictionary"
        " (KeyNotFoundException)",
        "price requests for SKUs created during the run find them missing from pricing's"
        " dictionary (KeyNotFoundException)",
        "prices for SKUs we just created fail with 500 for a few minutes; support said the SKU key"
        " isn't in the dictionary yet (KeyNotFoundException)",
        "SKU key is not present in dictionary and indexer is throwing KeyNotFoundException",
        "dictionary lookup by SKU throws KeyNotFoundException when the SKU has not been loaded yet",
        "SKU missing from the lookup dictionary (KeyNotFound)",
        "the SKU key isn't in the dictionary, KeyNotFoundException",
        "the SKU isn't in the dictionary key not found exception the given key was not present",
    ),
    "d-format": (
        "price CSV has badly formatted numbers",
        "input string not in a correct format parsing price rows",
        "number parse fails on price CSV rows (bad format)",
        "price CSV import chokes on numbers in the wrong format",
        "price CSV contains number values in a wrong format, the parsing fails",
        "price CSV row has a number that doesn't parse (wrong format)",
        'price CSV rows with values like "1,5" or "12.5.1" fail number parsing',
        "price CSV values like `1,5` or `12a` aren't valid numbers, parse throws",
        "price CSV has numbers that won't parse (1,5 / 12a / N/A)",
        "price CSV number fields fail to parse (FormatException on values like 12a, 1,5)",
        "price CSV import fails when number is in wrong format (like 1,5 or 12a)",
        "price csv number in wrong format (1,5 / 12a), parse fails",
        "The price CSV import failed on numbers in the wrong format, such as 1,5 or 12a",
        "some price CSV values like 1,5 or 12a are in a format the number parsing doesn't accept",
        "price CSV rows with numbers in a bad format (1,5 or 12a) fail to parse",
        "prices from the latest CSV don't show in the app, BE import can't parse numbers like"
        " 1,5 or 12a",
        "price CSV carries locale-formatted or junk numbers (1,5, 12a, N/A), invariant-culture"
        " parse throws FormatException",
        "input validation: the price CSV contains numbers in a format the parser rejects (1,5 or"
        " 12a)",
        "price CSV import breaks on badly formatted numbers like 1,5 or 12a",
        "their price CSV import fails; numbers in a format we can't parse (1,5, 12a, N/A) stop the"
        " import",
        "the price CSV has numbers that don't parse (1,5, 12a, N/A), the import stops at them"
        " before anything is written",
        "price CSV import span throws FormatException on numbers like 1,5 or 12a",
        "`decimal.Parse` on price CSV values like `1,5` or `12a` with the invariant culture",
        "price CSV upload 500s on numbers like 1,5 or 12a; BE can't parse them (input string not"
        " in a correct format)",
        "price CSV numbers like '1,5' or '12a' aren't in a correct format and the row parse throws",
        "merchants' price CSV uploads fail on numbers like '1,5' or '12a'; Aisha says we can't"
        " parse that format",
        "price CSV fixture with '1,5' or '12a' in a number column: the input string is not in a"
        " correct format",
        "price files we upload fail on numbers like '1,5' or '12a', pricing can't parse them"
        " (FormatException)",
        "price CSV uploads with '1,5' or '12a' in a number column fail, the input string is not in"
        " a correct format",
        "price imports of ours with decimal commas like '1,5' fail; support said the number is not"
        " in a correct format",
        "price CSV values like 1,5 or 12a are not parsing, input string was not in a correct"
        " format",
        'price CSV import fails to parse locale-formatted or invalid numbers (e.g. "1,5",'
        ' "12a") and throws a FormatException',
        "price CSV numbers badly formatted (1,5 / 12a)",
        "price csv has numbers like 1,5 / 12a, FormatException input string not in a correct"
        " format",
        "the price CSV has numbers like 1,5 or 12a that won't parse format exception input string"
        " not in a correct format",
    ),
    "d-timeout": (
        "competitor feed fetch times out (HttpClient.Timeout)",
        "HttpClient timeout fetching the competitor feed",
        "competitor feed request canceled by the HttpClient timeout",
        "competitor feed download takes longer than the HttpClient timeout, task canceled",
        "HttpClient.Timeout elapses when the competitor feed is fetched, the request is canceled",
        "pulling the competitor feed hits HttpClient.Timeout and the request is cancelled",
        "competitor feed download is cancelled once the HttpClient.Timeout (10/30/100 s) runs out",
        "competitor feed fetch takes longer than `HttpClient.Timeout`, the task gets cancelled",
        "competitor feed fetch cancelled once HttpClient.Timeout elapses",
        "competitor feed fetch canceled when the HttpClient.Timeout elapses",
        "competitor feed fetch is canceled when HttpClient.Timeout is elapsed",
        "competitor feed fetch HttpClient.Timeout, req canceled",
        "Competitor prices were not refreshed because the feed request was cancelled once"
        " HttpClient.Timeout elapsed",
        "fetching the competitor feed takes longer than HttpClient.Timeout and the request gets"
        " canceled",
        "competitor feed download runs past HttpClient.Timeout and gets canceled",
        "competitor prices in the app are old, BE's feed fetch gets canceled when the"
        " HttpClient.Timeout runs out",
        "competitor feed download exceeds HttpClient.Timeout (10/30/100 s) and the request is"
        " canceled; feed too big for one GET",
        "dependency latency: the competitor feed request is cancelled when HttpClient.Timeout"
        " elapses",
        "competitor feed download cancelled at the HttpClient.Timeout",
        "competitor prices aren't refreshed; downloading the competitor feed takes longer than the"
        " HttpClient timeout and gets cancelled",
        "downloading the competitor feed takes longer than HttpClient.Timeout and gets canceled",
        "HttpClient span fetching the competitor feed cancelled at HttpClient.Timeout",
        "the `HttpClient` call to the competitor feed gets cancelled at `HttpClient.Timeout`, the"
        " whole feed is downloaded in one request",
        "competitor price cells haven't refreshed in days; per BE their feed download gets"
        " cancelled when the HttpClient timeout runs out",
        "competitor feed request is canceled when the HttpClient.Timeout runs out",
        "competitor prices are stale; Aisha says downloading the competitor feed takes too long"
        " and gets cancelled (HttpClient timeout)",
        "the competitor price refresh is canceled when HttpClient.Timeout elapses on the feed"
        " download",
        "competitor prices go stale, pricing's feed download is canceled when HttpClient.Timeout"
        " elapses",
        "the competitor price refresh is canceled under the load once HttpClient.Timeout elapses"
        " on the feed download",
        "competitor prices in the API are stale; support said the competitor feed download is"
        " canceled when HttpClient.Timeout elapses",
        "competitor feed download is getting cancelled once HttpClient.Timeout seconds are over",
        "competitor feed download is canceled once the configured HttpClient.Timeout elapses",
        "competitor feed download cut off at HttpClient.Timeout",
        "competitor feed fetch gets cancelled once HttpClient.Timeout runs out",
        "competitor feed fetch gets canceled when the HTTP client timeout runs out",
    ),
    "d-http-503": (
        "competitor feed returns 503 Service Unavailable",
        "503 from the competitor feed",
        "competitor feed 503 (unavailable)",
        "competitor feed endpoint unavailable, HTTP 503",
        "competitor feed answers with status 503 (Service Unavailable)",
        "can't download the competitor feed, their server says 503 Service Unavailable",
        "competitor feed fetch gets HTTP 503 back (service unavailable on their end)",
        "competitor feed endpoint returns `503`, their side is down",
        "competitor feed endpoint replying 503 Service Unavailable",
        "competitor feed dependency answering 503",
        "competitor feed fetch fails when feed endpoint answer 503 Service Unavailable",
        "competitor feed 503 service unavailable",
        "Competitor prices were not refreshed because the competitor feed returned 503 Service"
        " Unavailable",
        "the competitor feed endpoint replies 503 Service Unavailable",
        "competitor feed download answered with 503 Service Unavailable, the refresh gets no new"
        " prices",
        "competitor prices in the app are old, the feed answers BE with 503 Service Unavailable",
        "competitor feed endpoint answers 503 Service Unavailable, no backoff before the next"
        " refresh",
        "third-party availability: the competitor feed answers 503 Service Unavailable",
        "competitor price refresh fails, the feed answers 503",
        "competitor prices aren't refreshed; the competitor feed answers with 503 Service"
        " Unavailable",
        "the competitor feed answers 503 Service Unavailable; external",
        "HttpClient span to the competitor feed gets 503 Service Unavailable",
        "the competitor feed returns `503` and `EnsureSuccessStatusCode()` throws; no Polly retry"
        " on that client",
        "competitor price cells in the pricing table show last week's numbers; per BE the feed"
        " keeps giving them 503 Service Unavailable",
        "competitor feed answers 503 Service Unavailable",
        "competitor prices aren't refreshing; Aisha says the competitor feed is down for us, it"
        " returns 503 Service Unavailable",
        "the competitor refresh fails, the feed answers 503 Service Unavailable",
        "competitor prices don't refresh, the competitor feed answers pricing with 503 Service"
        " Unavailable",
        "the competitor refresh during the run fails, the feed answers pricing with 503 Service"
        " Unavailable",
        "competitor prices don't update; support said the competitor feed is answering pricing"
        " with 503 Service Unavailable",
        "competitor feed is giving 503 Service Unavailable to price refresh",
        "competitor feed endpoint responds with 503 (Service Unavailable) during the scheduled"
        " price refresh",
        "competitor feed down, 503",
        "price refresh gets 503 Service Unavailable back from the competitor feed",
        "price refresh gets five oh three service unavailable from the competitor feed",
    ),
    "d-http-403": (
        "competitor feed returns 403 Forbidden",
        "competitor feed forbidden (403)",
        "competitor feed 403, access forbidden",
        "competitor feed endpoint denies access, HTTP 403",
        "competitor feed answers with status 403 (Forbidden)",
        "can't download the competitor feed, their server says 403 Forbidden",
        "competitor feed fetch gets HTTP 403 back (we're forbidden there, key revoked?)",
        "competitor feed endpoint returns `403 Forbidden` (API key or IP allowlist?)",
        "competitor feed endpoint replying 403 Forbidden",
        "competitor feed dependency answering 403 Forbidden",
        "competitor feed fetch fails when feed endpoint answer 403 Forbidden",
        "competitor feed 403 forbidden, key revoked?",
        "Competitor prices were not refreshed because the competitor feed returned 403 Forbidden",
        "the competitor feed endpoint replies 403 Forbidden, maybe our key isn't valid any more",
        "competitor feed download gets 403 Forbidden, looks like the key expired",
        "competitor prices in the app are old, the feed answers BE with 403 Forbidden",
        "competitor feed endpoint answers 403 Forbidden, our key or IP allowlist on their side"
        " changed",
        "access control: the competitor feed refuses us with 403 Forbidden, key or IP allowlist on"
        " their side",
        "competitor price refresh fails, the feed answers 403 Forbidden",
        "competitor prices aren't refreshed; the competitor feed turns our requests away with 403"
        " Forbidden",
        "the competitor feed refuses our requests with 403 Forbidden",
        "HttpClient span to the competitor feed gets 403 Forbidden",
        "the competitor feed returns `403 Forbidden`, our API key or the IP allowlist on their"
        " side changed",
        "competitor price cells in the pricing table are stale; per BE the feed now refuses them"
        " with 403 Forbidden",
        "competitor feed answers 403 Forbidden; their allowlist may not have our new NAT egress"
        " IPs",
        "competitor prices aren't refreshing; Aisha says the competitor feed blocks us with 403"
        " Forbidden",
        "the competitor refresh fails, the feed answers pricing with 403 Forbidden",
        "competitor prices don't refresh, the competitor feed answers pricing with 403 Forbidden",
        "the competitor refresh during the run fails, the feed answers pricing with 403 Forbidden",
        "competitor prices don't update; support said the competitor feed answers pricing with 403"
        " Forbidden",
        "competitor feed is giving 403 Forbidden, may be our key or IP whitelist is changed at"
        " their end",
        "competitor feed endpoint rejects the price refresh with 403 (Forbidden), possibly due"
        " to a changed API key or IP allowlist",
        "competitor feed refuses us, 403 Forbidden",
        "competitor feed 403 Forbidden, key or ip allowlist changed on their side?",
        "competitor feed comes back four oh three forbidden maybe they changed our key or the IP"
        " allow list",
    ),
    "d-sql-deadlock": (
        "SQL Server deadlock victim",
        "transaction chosen as deadlock victim",
        "MSSQL picks us as the deadlock victim",
        "MSSQL deadlock, our tx picked as the victim and rolled back",
        "transaction deadlocked on lock resources in SQL Server and was chosen as the victim",
        "SQL Server picks our transaction as the deadlock victim",
        "SQL Server settles a lock conflict by killing our transaction (deadlock victim)",
        "lock conflict with another SQL Server process, we end up as the deadlock victim",
        "SQL Server kills our transaction as the deadlock victim, lock clash with another process",
        "SQL Server deadlock, our transaction is the victim and gets rolled back",
        "SQL Server transaction is rolled back when it is chosen as deadlock victim",
        "sql server deadlock, our tx picked as victim",
        "Pricing jobs failed because SQL Server chose our transaction as the deadlock victim",
        "SQL Server chooses our transaction as the deadlock victim and rolls it back",
        "batch transaction gets picked as victim of a SQL Server deadlock, needs a rerun",
        "price updates don't show in the app, SQL Server picks BE's transaction as the deadlock"
        " victim",
        "our transaction is chosen as SQL Server's deadlock victim; writers touch price rows in"
        " opposite order",
        "availability: SQL Server picks our pricing transaction as the deadlock victim",
        "pricing job transactions get killed by SQL Server as the deadlock victim",
        "pricing jobs fail intermittently; SQL Server picks the job's transaction as the deadlock"
        " victim",
        "SQL Server picks this transaction as the deadlock victim, two sessions each hold locks"
        " the other needs",
        "SQL Server span ends with our transaction picked as the deadlock victim",
        "a deadlock: our transaction and another writer lock the price rows in opposite order, and"
        " SQL Server rolls ours back (error `1205`)",
        "price data lags behind or goes missing; SQL Server picks BE's transaction as the deadlock"
        " victim",
        "SQL Server kills our transaction as deadlock victim, Rerun the transaction in the log",
        "pricing jobs fail at random; Aisha says SQL Server picks them as the deadlock victim",
        "price writes running in parallel: SQL Server picks one transaction as the deadlock victim",
        "pricing's writes collide with another process and SQL Server makes them the deadlock"
        " victim",
        "pricing's writes collide with another process under the load and SQL Server picks them as"
        " the deadlock victim",
        "price data lags behind; support said SQL Server keeps choosing pricing's writes as the"
        " victim of a deadlock",
        "SQL Server is choosing our transaction as deadlock victim and asking to rerun the"
        " transaction",
        "SQL Server repeatedly chooses the pricing job's transaction as the deadlock victim"
        " (error 1205)",
        "SQL Server deadlock, our transaction is the victim",
        "sql server keeps picking our transaction as the deadlock victim",
        "so SQL server chooses our transaction as the deadlock victim and tells us to rerun the"
        " transaction",
    ),
    "d-sql-timeout": (
        "SQL timeout expired upserting prices",
        "Execution Timeout Expired on the price upsert",
        "price upsert hits the SQL execution timeout",
        "price upserts run into SqlClient 'Execution Timeout Expired'",
        "execution timeout of SQL Server expires during the price upsert",
        "price upsert query exceeds the SQL command timeout",
        "price upsert to SQL Server doesn't finish before the command timeout (Execution Timeout)",
        "price upsert command exceeds the SqlClient timeout (`Execution Timeout Expired`)",
        "price upsert command outlives the SqlClient timeout (Execution Timeout Expired)",
        "price upsert exceeds the SQL command timeout (Execution Timeout Expired)",
        "price upsert fails when SQL Server command is over Execution Timeout",
        "price upsert sql Execution Timeout Expired",
        "Price updates were not saved because the price upsert ran past the SQL Server Execution"
        " Timeout",
        "the price upsert runs longer than the SQL Server command timeout (Execution Timeout"
        " Expired)",
        "price upsert batch runs longer than the command timeout SQL Server allows (Execution"
        " Timeout Expired), rows not written",
        "price updates don't show in the app, BE's price upsert runs into SQL Execution Timeout"
        " Expired",
        "price upsert exceeds the SqlCommand CommandTimeout (Execution Timeout Expired); batch too"
        " large or a missing index",
        "availability: the price upsert runs past the SQL Server execution timeout",
        "price upsert times out in SQL Server (Execution Timeout Expired)",
        "price updates fail; the bulk price upsert runs over its SQL Server command timeout",
        "the price upsert runs past its command timeout (Execution Timeout Expired); the client"
        " gives up while the statement is still working through the batch",
        "SQL Server span for the price upsert runs past its command timeout (Execution Timeout"
        " Expired)",
        "the price upsert runs longer than `CommandTimeout` (`Execution Timeout Expired`), the"
        " batch is too big",
        "price changes lag behind by hours; BE's price upsert hits SQL's Execution Timeout Expired",
        "the price upsert to SQL Server ends in 'Execution Timeout Expired'",
        "price updates fail to save; Aisha says the bulk update takes longer than SQL Server"
        " allows (Execution Timeout Expired)",
        "the bulk price upsert runs past the SQL command timeout (Execution Timeout Expired)",
        "price loads fail, the bulk upsert to SQL Server hits Execution Timeout Expired",
        "while we load pricing its bulk upsert to SQL Server overruns the command timeout"
        " (Execution Timeout Expired)",
        "price refreshes fail; support said the bulk upsert to SQL Server hits Execution Timeout"
        " Expired",
        "price upsert is getting Execution Timeout Expired from SQL Server, batch is taking long"
        " time",
        "bulk price upsert exceeds the SQL Server command timeout (Execution Timeout Expired)",
        "price upsert: SQL Server Execution Timeout Expired",
        "price upserts hit sql server's Execution Timeout Expired",
        "price upserts to SQL server hit execution timeout expired",
    ),
    "d-ef-concurrency": (
        "EF concurrency exception saving a price (0 rows affected)",
        "concurrency conflict on price PUT, expected 1 row affected 0",
        "price save affected 0 rows (expected 1), optimistic concurrency",
        "price PUT loses to a concurrent edit, EF expected 1 row changed but got 0",
        "saving a price: EF expects 1 row affected, but 0 rows are affected (concurrency)",
        "saving a price updates 0 rows instead of 1 (EF optimistic concurrency)",
        "PUT on a price hits an EF concurrency conflict, 0 of the 1 expected rows updated",
        "EF `SaveChanges` on price PUT: 1 row expected, 0 affected, row changed/deleted since load",
        "price PUT save touches 0 rows where EF expected 1 (optimistic concurrency)",
        "price PUT save affects 0 rows instead of 1, EF optimistic concurrency conflict",
        "price PUT fails when EF expect 1 row affected but 0 rows are affected (concurrency)",
        "price PUT ef concurrency, 0 rows affected, 1 expected",
        "Price changes were lost because saving a price affected 0 rows instead of the expected 1"
        " (EF optimistic concurrency)",
        "saving a price with EF affects 0 rows where 1 was expected, so a concurrency exception",
        "EF save of a price touches 0 rows instead of 1, concurrency exception",
        "editing a price from the app 500s, EF expected 1 row affected but got 0 (concurrency)",
        "EF optimistic concurrency check: the update affected 0 rows instead of 1, price row"
        " changed or deleted since load",
        "concurrency: saving a price affects 0 rows instead of 1, the row was changed or deleted"
        " since it was loaded",
        "saving a price fails EF's concurrency check, 0 rows affected",
        "saving a price fails when someone else changed it first; EF's concurrency check finds 0"
        " rows affected instead of 1",
        "the price UPDATE matches 0 rows instead of 1 because the row changed or was deleted since"
        " it was read, and EF's concurrency check throws",
        "EF SaveChanges span for a price throws a concurrency exception, 0 rows affected where 1"
        " was expected",
        "EF's `SaveChangesAsync` updates 0 rows instead of 1 because the price row's `RowVersion`"
        " changed since it was loaded",
        "saving a price in the edit modal 500s when someone else saved it first; EF expected 1 row"
        " updated and got 0",
        "saving a price throws DbUpdateConcurrencyException, 0 rows affected where 1 was expected",
        "saving a price fails when someone else edited it at the same time; Aisha says 0 rows got"
        " updated instead of 1 (concurrency check)",
        "two tests updating one price: DbUpdateConcurrencyException, 0 rows affected where 1 was"
        " expected",
        "price updates we publish fail when the row changed since it was read, 0 rows affected"
        " instead of 1 (DbUpdateConcurrencyException)",
        "concurrent updates of one price fail, 0 rows affected where 1 was expected"
        " (DbUpdateConcurrencyException)",
        "updating a price right after another update of it returns 500; support said 0 rows were"
        " affected instead of 1 (DbUpdateConcurrencyException)",
        "price save is failing with DbUpdateConcurrencyException, expected 1 row but 0 rows"
        " affected",
        "saving a price fails with an EF Core concurrency conflict (1 row expected to be"
        " affected, 0 actually affected)",
        "price save: EF concurrency check, 0 rows affected",
        "price save -> DbUpdateConcurrencyException, expected 1 row affected and got 0",
        "saving a price throws DB update concurrency exception it expected one row affected and"
        " got zero",
    ),
    "d-argnull": (
        "currency is null creating Money",
        "Value cannot be null (Parameter 'currency') creating Money",
        "Money ctor gets a null currency",
        "Money.Create called with currency = null",
        "Money can not be created, the parameter 'currency' is null",
        "null 'currency' passed into Money.Create",
        'creating Money with no "currency" passed (null argument)',
        "`Money.Create` gets `currency: null`",
        "Money.Create handed a null currency argument",
        "Money.Create receives a null currency (ArgumentNull)",
        "Money creation gives error when 'currency' parameter is null",
        "Money.Create w/ null currency (ArgumentNull)",
        "Prices could not be built because a Money value was created with a null 'currency'"
        " parameter",
        "Money.Create gets null for 'currency' and throws ArgumentNullException",
        "Money.Create called with 'currency' null for some prices",
        "prices don't render in the app, BE creates Money with a null 'currency' parameter",
        "Money constructed with a null 'currency' argument for prices that have no currency",
        "input validation: a Money value is created with a null 'currency'",
        "building a price fails, Money gets a null 'currency'",
        "prices with no currency can't be built; Money is created without a 'currency'",
        "price rows with a NULL currency reach Money creation: Value cannot be null (Parameter"
        " 'currency')",
        "Money construction throws ArgumentNull, currency is null",
        "`Money` gets created with `currency: null` for prices that have no currency set",
        "prices with no currency make the price request 500; BE creates Money with currency null",
        "'Value cannot be null' for parameter 'currency' when a Money gets built",
        "some prices can't be shown because they have no currency; Aisha says the money value gets"
        " built without 'currency'",
        "price for a fixture without a currency: Value cannot be null (Parameter 'currency')"
        " building Money",
        "prices without a currency fail, Money gets created with a null 'currency'",
        "price requests for SKUs without a currency fail, Money is created with a null 'currency'",
        "prices for SKUs we set up without a currency return 500; support said Money gets a null"
        " 'currency' (Value cannot be null)",
        "currency is coming null for some prices and Money creation is throwing Value cannot be"
        " null (Parameter 'currency')",
        "`Money` value creation fails with an ArgumentNullException for prices that have no"
        " `currency`",
        "Money built with a null 'currency'",
        "Money.Create gets a null 'currency', ArgumentNullException",
        "Money.Create gets a null currency so argument null exception value cannot be null"
        " parameter currency",
    ),
    "d-argnull-region": (
        "region is null creating Money",
        "Value cannot be null (Parameter 'region') creating Money",
        "Money ctor gets a null region",
        "Money.Create called with region = null",
        "Money can not be created, the parameter 'region' is null",
        "null 'region' passed into Money.Create",
        'creating Money with no "region" passed (null argument)',
        "`Money.Create` gets `region: null`",
        "Money.Create handed a null region argument",
        "Money.Create receives a null region (ArgumentNull)",
        "Money creation gives error when 'region' parameter is null",
        "Money.Create w/ null region (ArgumentNull)",
        "Prices could not be built because a Money value was created with a null 'region'"
        " parameter",
        "Money.Create gets null for 'region' and throws ArgumentNullException",
        "Money.Create called with 'region' null for some prices",
        "prices don't render in the app, BE creates Money with a null 'region' parameter",
        "Money constructed with a null 'region' argument for prices that have no region",
        "input validation: a Money value is created with a null 'region'",
        "building a price fails, Money gets a null 'region'",
        "prices with no region can't be built; Money is created without a 'region'",
        "price rows with a NULL region reach Money creation: Value cannot be null (Parameter"
        " 'region')",
        "Money construction throws ArgumentNull, region is null",
        "`Money` gets created with `region: null` for prices that have no region",
        "products with no region make the price request 500; BE creates Money with region null",
        "'Value cannot be null' for parameter 'region' when a Money gets built",
        "some prices can't be shown because they have no region; Aisha says the money value gets"
        " built without 'region'",
        "price for a fixture without a region: Value cannot be null (Parameter 'region') building"
        " Money",
        "prices without a region fail, Money gets created with a null 'region'",
        "price requests for SKUs without a region fail, Money is created with a null 'region'",
        "prices for SKUs we set up without a region return 500; support said Money gets a null"
        " 'region' (Value cannot be null)",
        "for prices without region, Money creation is failing with Value cannot be null (Parameter"
        " 'region')",
        "prices without a `region` cause `Money` construction to throw (null value for"
        " parameter 'region')",
        "Money built with a null 'region'",
        "Money.Create gets a null 'region', ArgumentNullException",
        "money create gets handed a null region value cannot be null parameter region",
    ),
    "d-json": (
        "competitor feed price not convertible to decimal",
        "JSON value could not be converted to System.Decimal at items[].price",
        "competitor feed items[].price won't convert to decimal",
        "competitor feed JSON has a price that isn't a valid decimal ($.items[n].price)",
        "price in the competitor feed JSON ($.items[].price) can not be converted into Decimal",
        "competitor feed price ($.items[n].price) isn't a decimal, deserialization fails",
        "competitor feed has an items[].price that isn't a decimal, JSON conversion fails",
        "competitor feed `$.items[n].price` isn't convertible to `decimal` (string or empty?)",
        "competitor feed JSON price at $.items[n].price won't convert to decimal",
        "competitor feed $.items[n].price isn't convertible to decimal, JSON deserialize fails",
        "competitor feed parsing fails when $.items[n].price is not convertible to decimal",
        "competitor feed $.items[n].price not a decimal, json convert fails",
        "Competitor prices were not imported because a price at $.items[n].price could not be"
        " converted to decimal",
        "the competitor feed has a price at $.items[n].price that can't be converted to decimal",
        "a $.items[n].price value in the competitor feed JSON can't be turned into decimal, the"
        " feed doesn't load",
        "competitor prices in the app are old, BE can't convert $.items[n].price in the feed"
        " JSON to decimal",
        "competitor feed sends $.items[n].price as a non-numeric JSON value, System.Text.Json"
        " can't convert it to decimal",
        "input validation: the competitor feed sends a price at $.items[n].price that can't be"
        " converted to decimal",
        "competitor feed parse fails, $.items[n].price isn't a decimal",
        "the competitor feed can't be read; an item's price in the feed ($.items[n].price) doesn't"
        " convert to a decimal",
        "an item's price in the competitor feed JSON ($.items[n].price) won't convert to decimal",
        "competitor feed deserialize span fails, $.items[n].price can't become a decimal",
        "`System.Text.Json` can't convert `$.items[n].price` to `decimal`, the feed sends it as a"
        " string",
        "competitor price cells are stale; per BE the feed JSON has $.items[n].price in a shape"
        " that won't convert to decimal",
        "competitor feed JSON has $.items[n].price values that won't convert to System.Decimal",
        "the competitor feed can't be read; Aisha says an item's price in it ($.items[n].price)"
        " isn't a valid decimal",
        "the competitor feed fixture has a non-numeric price at $.items[n].price, which can't be"
        " converted to System.Decimal",
        "the competitor refresh fails when an item's price at $.items[n].price isn't a decimal in"
        " the feed JSON",
        "the competitor refresh fails when an item's price at $.items[n].price isn't a number and"
        " can't be converted to System.Decimal",
        "competitor prices stop updating; support said an item's price in the feed at"
        " $.items[n].price can't be converted to System.Decimal",
        "item price at $.items[n].price in competitor feed is not a number, could not be converted"
        " to System.Decimal",
        "competitor feed contains a non-numeric value at `$.items[n].price` that cannot be"
        " converted to System.Decimal",
        "competitor feed $.items[n].price not a decimal",
        "competitor feed item price at $.items[n].price isn't a decimal, JsonException",
        "a competitor feed price at items N dot price isn't a decimal JSON exception could not be"
        " converted to system decimal",
    ),
    "d-log-circuit": (
        "circuit breaker opens for competitor-feed",
        "competitor-feed breaker opened after failures",
        "competitor-feed circuit breaker open after repeated failures",
        "competitor-feed breaker tripped open after a run of failures",
        "circuit breaker for competitor-feed goes into the open state after failures",
        "circuit breaker on competitor-feed opens, calls paused until the retry time",
        "competitor-feed calls cut off, the circuit breaker opened after a string of failures",
        "competitor-feed circuit opens after a run of failures, calls short-circuited until retry",
        "breaker on competitor-feed gone open after repeated failures, calls held till retry time",
        "competitor-feed circuit breaker flips open after repeated failures",
        "competitor-feed calls are stopped when circuit breaker is opened after failures",
        "competitor-feed circuit breaker open after failures",
        "Competitor price updates paused because the circuit breaker for competitor-feed opened"
        " after repeated failures",
        "the circuit breaker for competitor-feed opens after several failures in a row",
        "competitor-feed circuit breaker opens after repeated failures, calls paused until the"
        " retry time",
        "competitor prices in the app are frozen, BE's circuit breaker for competitor-feed"
        " opened after repeated failures",
        "circuit breaker on competitor-feed trips open after consecutive failures; a symptom of"
        " the feed failing, not a cause",
        "availability: the circuit breaker for competitor-feed opens after repeated failures and"
        " price updates pause",
        "competitor-feed circuit breaker trips open after repeated failures",
        "competitor price refresh is paused; the competitor-feed circuit breaker opens after"
        " repeated failures",
        "the competitor-feed circuit breaker opens after repeated failures; the feed failing is"
        " the cause, the breaker only the symptom",
        "circuit breaker for competitor-feed flips to open after repeated failed calls",
        "the circuit breaker on competitor-feed opens after N failures; a symptom of the feed"
        " failing, but logged at error",
        "competitor prices stop refreshing for hours; BE logs the competitor-feed circuit breaker"
        " opening after N failures in a row",
        "circuit breaker for competitor-feed opens after a run of failures, logged at error each"
        " time",
        "competitor price refresh is paused; Aisha says the competitor-feed circuit breaker opens"
        " after too many failures",
        "after a few feed failures pricing logs the competitor-feed circuit breaker opening, every"
        " time",
        "competitor refreshes pause, pricing logs the competitor-feed circuit breaker opening"
        " after consecutive failures",
        "pricing opens the competitor-feed circuit breaker after consecutive failures while the"
        " load runs and logs it as an error",
        "competitor prices freeze for a while; support said pricing's circuit breaker for the"
        " competitor feed opened after repeated failures",
        "circuit breaker for competitor-feed is getting opened after many failures",
        "circuit breaker for competitor-feed opens after repeated consecutive failures, pausing"
        " price refreshes",
        "competitor-feed breaker trips open, too many failures in a row",
        "competitor-feed circuit breaker pops open after a string of failures",
        "the competitor feed circuit breaker keeps opening after a bunch of failures in a row",
    ),
    "p-erp-503": (
        "ERP 503 pushing the stock sync",
        "stock push to the ERP gets 503",
        "stock sync push -> ERP 503",
        "warehouse stock push bounced by the ERP with 503",
        "ERP answers 503 to the stock push of a warehouse",
        "ERP responds 503 to a warehouse's stock push",
        "pushing warehouse stock to the ERP fails, ERP replies 503",
        "ERP answers `503` to the warehouse stock push",
        "ERP replying 503 when we push warehouse stock",
        "ERP returns 503 on the warehouse stock push",
        "warehouse stock push to ERP fails when ERP answer 503",
        "erp 503 on warehouse stock push",
        "Warehouse stock levels did not reach the ERP because the ERP answered the stock push with"
        " 503",
        "pushing a warehouse's stock to the ERP gets 503 back",
        "ERP responds 503 to the warehouse stock push, retries fail the same way",
        "stock in the warehouse app doesn't match the ERP, ERP answers BE's stock push with 503",
        "ERP answers 503 to the warehouse stock push; the sync task has no retry with backoff",
        "third-party availability: the ERP answers 503 to the warehouse stock push",
        "stock push to the ERP fails with a 503",
        "stock levels aren't pushed to their ERP; the ERP answers our stock sync with a 503",
        "the ERP answers the warehouse stock push with 503",
        "outbound span pushing stock to the ERP gets 503",
        "the ERP returns `503` when we push a warehouse's stock and the sync task doesn't retry",
        "warehouse stock numbers in our UI disagree with the ERP; per BE the ERP rejects their"
        " stock push with 503",
        "ERP answers 503 when a warehouse's stock is pushed",
        "stock levels aren't reaching the ERP; Kofi says the ERP answers our stock push with a 503",
        "the stock push to the ERP sandbox gets 503 and the sync fails",
        "stock numbers in our snapshot are stale, inventory's stock push gets 503 from the ERP",
        "the ERP answers inventory's stock push with 503 during the run and the warehouse sync"
        " fails",
        "stock levels we read from the API are stale; support said the stock push to the ERP got"
        " 503",
        "ERP is giving 503 when warehouse stock is pushed in sync",
        "stock sync push to the ERP fails with HTTP 503 and is not retried with backoff",
        "ERP stock push: 503",
        "ERP 503s our warehouse stock push",
        "the ERP gives us a five oh three when we push warehouse stock in the sink",
    ),
    "p-erp-409": (
        "ERP 409 conflict pushing the stock sync",
        "stock push to the ERP gets 409",
        "stock sync push -> ERP 409 conflict",
        "warehouse stock push bounced by the ERP with 409 conflict",
        "ERP answers 409 (conflict) to the stock push of a warehouse",
        "ERP responds 409 (conflict) to a warehouse's stock push",
        "pushing warehouse stock to the ERP fails, ERP replies 409 conflict",
        "ERP answers `409` (conflict) to the warehouse stock push",
        "ERP replying 409 conflict when we push warehouse stock",
        "ERP returns 409 conflict on the warehouse stock push",
        "warehouse stock push to ERP fails when ERP answer 409 conflict",
        "erp 409 conflict on warehouse stock push",
        "Warehouse stock levels did not reach the ERP because the ERP answered the stock push with"
        " 409 Conflict",
        "pushing a warehouse's stock to the ERP gets 409 Conflict back",
        "ERP rejects the warehouse stock push with 409 conflict",
        "stock in the warehouse app doesn't match the ERP, ERP answers BE's stock push with 409"
        " conflict",
        "ERP answers 409 to the warehouse stock push, overlapping syncs of one warehouse conflict;"
        " no idempotency key",
        "data integrity: the ERP answers 409 Conflict to the warehouse stock push, syncs of one"
        " warehouse overlap",
        "stock push to the ERP fails with a 409 conflict",
        "stock levels aren't pushed to their ERP; the ERP answers our stock sync with a 409"
        " conflict",
        "the ERP answers the warehouse stock push with 409 conflict, two syncs of the same"
        " warehouse overlapping",
        "outbound span pushing stock to the ERP gets 409 conflict",
        "the ERP returns `409` on the stock push when two syncs of one warehouse overlap, we send"
        " no idempotency key",
        "warehouse stock in our UI drifts from the ERP; per BE the ERP rejects their stock push"
        " with 409 conflict",
        "ERP answers 409 when a warehouse's stock is pushed",
        "stock levels aren't reaching the ERP; Kofi says the ERP answers our stock push with a 409"
        " conflict",
        "two stock syncs of one warehouse overlap and the ERP answers the push with 409 conflict",
        "stock pushes fail with an ERP 409 conflict when two syncs of the same warehouse overlap",
        "overlapping stock syncs of one warehouse get 409 conflict from the ERP on the push",
        "stock for one of our warehouses stops updating; support said two syncs of it overlapped"
        " and the ERP answered the push with 409",
        "stock push to ERP is getting 409 conflict when two syncs of same warehouse are running"
        " together",
        "overlapping stock syncs for the same warehouse are rejected by the ERP with HTTP 409"
        " (conflict)",
        "ERP stock push: 409 conflict",
        "ERP 409 conflict on stock push, two syncs for one warehouse at the same time",
        "ERP returns four oh nine conflict on the stock push when two syncs run for the same"
        " warehouse",
    ),
    "p-erp-pull": (
        "ERP 503 on the stock pull during reconcile",
        "reconcile's stock pull gets ERP 503",
        "stock sync pull (reconcile) -> ERP 503",
        "reconcile can't pull stock, ERP returns 503",
        "ERP answers 503 when the stock is pulled for the reconciliation",
        "ERP responds 503 to the reconcile stock pull",
        "pulling stock from the ERP for reconciliation fails, ERP replies 503",
        "ERP answers `503` when reconcile pulls a warehouse's stock",
        "ERP replying 503 when reconcile pulls warehouse stock",
        "ERP returns 503 on the reconcile stock pull",
        "stock pull from ERP for reconcile fails when ERP answer 503",
        "erp 503 on reconcile stock pull",
        "Stock reconciliation could not pull warehouse stock from the ERP because the ERP answered"
        " with 503",
        "pulling a warehouse's stock from the ERP for the reconcile gets 503 back",
        "reconcile run's stock pull from the ERP gets 503",
        "warehouse app's reconcile screen stays empty, ERP answers BE's stock pull with 503",
        "stock pull for reconcile gets 503 from the ERP; no retry with backoff on the pull",
        "third-party availability: the ERP answers 503 when the reconcile pulls warehouse stock",
        "stock pull from the ERP during reconcile fails with a 503",
        "stock reconciliation against their ERP fails; pulling stock from the ERP gets a 503",
        "the stock pull from the ERP for the reconcile gets a 503",
        "outbound span pulling stock from the ERP for reconcile gets 503",
        "the ERP returns `503` when we pull a warehouse's stock for reconciliation and the pull"
        " has no retry",
        "the reconcile view stays empty for a warehouse; per BE the ERP answers their stock pull"
        " with 503",
        "ERP answers 503 when a warehouse's stock is pulled for reconciling",
        "the nightly stock reconciliation with the ERP fails; Kofi says pulling stock from the ERP"
        " gets a 503",
        "the reconcile run fails, pulling stock from the ERP sandbox gets 503",
        "the stock reconciliation we wait on fails, inventory's stock pull from the ERP gets 503",
        "the reconcile job's stock pull from the ERP gets 503 during the run",
        "stock reconciliation results are missing; support said pulling stock from the ERP got 503",
        "during reconcile, stock pull from ERP is failing with 503",
        "stock pull from the ERP during warehouse reconciliation fails with HTTP 503",
        "ERP stock pull on reconcile: 503",
        "ERP 503s the stock pull during reconcile",
        "pulling stock from the ERP during reconcile fails with a 503",
    ),
    "p-negative-stock": (
        "stock would go negative on reserve",
        "negative stock when decrementing on reserve",
        "reserve would take stock below zero",
        "reservations would drive stock below 0",
        "decrement of the stock at reservation would result in a negative stock",
        "reserving an order would leave the warehouse stock below zero",
        "reservation would leave negative stock for a SKU in a warehouse",
        "reserving an order would take a SKU's stock in that warehouse below 0",
        "stock decrement on reserve would leave a SKU negative in the warehouse",
        "reserve would decrement a SKU's warehouse stock below zero",
        "order reservation fails when SKU stock in warehouse would become negative",
        "reserve would take sku stock in warehouse negative",
        "Orders could not be reserved when the reservation would have taken a SKU's stock in a"
        " warehouse below zero",
        "a reservation would take a SKU's stock in a warehouse below zero",
        "reservation rows that would leave a SKU's warehouse stock negative fail",
        "reserving from the app fails, BE refuses to take a SKU's warehouse stock below zero",
        "decrement for an order would push a SKU's stock in the warehouse negative; check and"
        " decrement aren't one transaction",
        "business rule: reserving an order would take a SKU's stock in a warehouse below zero and"
        " is refused",
        "stock reservation refused, the SKU would go below zero in that warehouse",
        "orders are turned down when stock would go negative; the decrement for the SKU in that"
        " warehouse would take it below zero",
        "decrementing a SKU's stock for an order would take it below zero in that warehouse; the"
        " check and the decrement aren't one locked statement",
        "reserve span refuses the order, stock for the SKU would end below zero in that warehouse",
        "the decrement would take a SKU's stock below zero in that warehouse; the availability"
        " check and the decrement aren't one transaction",
        "reserve request 500s though the page showed stock; BE won't take the SKU's warehouse"
        " stock below zero",
        "reservations refused, a SKU's stock in the warehouse would go below zero for the order",
        "some orders get turned down at checkout; Kofi says taking the stock for them would put"
        " the warehouse below zero",
        "reserving more than the seeded stock: stock for the SKU in the warehouse would drop below"
        " zero, 500 instead of 409",
        "reservations we send are refused because the warehouse stock for the SKU would go"
        " negative",
        "reservations beyond the seeded stock answer 500 instead of 409, stock for the SKU in the"
        " warehouse would drop below zero",
        "reserving more than is in stock returns 500 instead of a 409 out_of_stock; support said"
        " the warehouse stock would go negative",
        "on reserve, stock of SKU in warehouse is going negative after decrement",
        "stock decrement during reservation would drive a SKU's warehouse quantity below zero",
        "reserve refused: SKU stock would go negative in the warehouse",
        "reserve would take a sku's stock negative in the warehouse, NegativeStockError",
        "reserving would take a SKU's stock below zero in the warehouse negative stock error",
    ),
    "p-log-bin": (
        "bin unit count doesn't match the expected count",
        "warehouse bin reports the wrong unit count",
        "bin count mismatch vs expected units",
        "bin counts don't add up, reported units differ from expected",
        "unit count of a warehouse bin is different from the expected count",
        "unit count a warehouse bin reports doesn't match what's expected",
        "warehouse bin count is off, units reported don't match the expected number",
        "a bin's reported unit count doesn't match the expected one (stock-take drift)",
        "bin unit counts don't tally with what's expected",
        "warehouse bin unit count differs from the expected count",
        "warehouse bin unit count is wrong when compared with expected count",
        "bin unit count != expected count",
        "Warehouse bins are reporting unit counts that do not match the expected count",
        "a warehouse bin reports a unit count that doesn't match the expected count",
        "warehouse bin counts don't match the expected units",
        "bin counts in the warehouse app look wrong, BE logs a bin reporting a different unit"
        " count than expected",
        "unit count a bin reports differs from the expected count; drift between the WMS and our"
        " stock",
        "inventory accuracy: warehouse bins report unit counts that differ from what we expect",
        "bin counts in the warehouse don't match what we expect",
        "stock figures for their warehouse are off; a bin reports a unit count different from the"
        " one we expect",
        "a bin's reported unit count doesn't match what our stock rows expect",
        "error logs for bins whose reported unit count differs from the expected count",
        "a bin reports a unit count that differs from the expected one and we only log it as an"
        " error",
        "bin counts on the warehouse page look off; BE logs a bin reporting another unit count"
        " than expected",
        "bins report unit counts that don't match what's expected, logged at error",
        "warehouse stock numbers look off; Kofi says some bins report a unit count that doesn't"
        " match what we expect",
        "after the pick test a bin reports a unit count that differs from the expected count,"
        " logged at ERROR",
        "bin counts in our snapshot disagree, inventory logs bins reporting units that don't match"
        " the expected count",
        "bins report unit counts that differ from the expected ones after the picking run, logged"
        " at ERROR",
        "stock counts we pull disagree with our own; support said inventory logs bins reporting a"
        " different number of units than expected",
        "warehouse bin is reporting different unit count than expected count",
        "reported bin unit counts do not match the expected counts, indicating drift between"
        " the WMS and inventory records",
        "warehouse bin count off from expected",
        "bin counts in the warehouse don't match what's expected",
        "warehouse bins reporting a different number of units than we expect",
    ),
    "j-wms-reject": (
        "WMS rejects pick lists with WMS-117",
        "pick list rejected by WMS (code WMS-117)",
        "WMS-117 rejection on pick list submit",
        "pick list release fails, WMS answers with code WMS-117",
        "WMS refuses the pick list with error code WMS-117",
        "WMS bounces the pick list back with WMS-117",
        "pick list release blocked, WMS sends back error WMS-117",
        "WMS turns down the pick list, `code=WMS-117`",
        "WMS knocks back pick lists with code WMS-117",
        "WMS rejects pick list release with code WMS-117",
        "pick list release fails when WMS reject it with code WMS-117",
        "wms rejects pick list, code WMS-117",
        "Warehouse picking was held up because the WMS rejected pick lists with code WMS-117",
        "the WMS rejects our pick list with code WMS-117",
        "pick lists bounced back by the WMS, code WMS-117",
        "releasing a pick list from the warehouse app fails, WMS rejects it with code WMS-117",
        "WMS refuses the pick list release with error code WMS-117; validation on their side we"
        " don't replicate",
        "third-party integration: the WMS refuses pick lists with error code WMS-117",
        "pick list release blocked - the WMS rejects it with WMS-117",
        "pick lists aren't released to their warehouse; the WMS rejects them with code WMS-117",
        "the WMS rejects pick lists on release with code WMS-117; their validation, not ours",
        "pick list release span fails, WMS answers with rejection code WMS-117",
        "the WMS rejects the pick list with `code=WMS-117`; we don't know what 117 means and don't"
        " validate before submitting",
        "Release pick list errors with a 500; the WMS rejects the pick list with code WMS-117",
        "WMS turns pick lists down with code=WMS-117",
        "pick lists aren't getting to the warehouse; Bea says the WMS rejects them with code"
        " WMS-117",
        "releasing a pick list fails, the WMS rejects it with code WMS-117",
        "pick list releases from our wave job fail, the WMS answers code=WMS-117",
        "pick list releases at the wave peak fail, the WMS rejects them with code WMS-117",
        "releasing pick lists fails with 500; support said the WMS rejects them with code WMS-117"
        " and nobody could tell us what that code means",
        "WMS is rejecting pick list with code=WMS-117, we don't know meaning of this code",
        "WMS rejects pick list submissions with error code WMS-117, whose meaning is currently"
        " undocumented",
        "pick list release: WMS rejects with WMS-117",
        "WMS bouncing pick lists with code=WMS-117, no clue what 117 means",
        "WMS is rejecting our pick lists with code WMS one one seven no idea what that means",
    ),
    "j-wms-reject-204": (
        "WMS rejects pick lists with WMS-204",
        "pick list rejected by WMS (code WMS-204)",
        "WMS-204 rejection on pick list submit",
        "pick list release fails, WMS answers with code WMS-204",
        "WMS refuses the pick list with error code WMS-204",
        "WMS bounces the pick list back with WMS-204",
        "pick list release blocked, WMS sends back error WMS-204",
        "pick list submit rejected by WMS, `code=WMS-204`",
        "WMS knocks back pick lists with code WMS-204",
        "WMS rejects pick list release with code WMS-204",
        "pick list release fails when WMS reject it with code WMS-204",
        "wms rejects pick list, code WMS-204",
        "Warehouse picking was held up because the WMS rejected pick lists with code WMS-204",
        "the WMS rejects our pick list with code WMS-204",
        "pick lists bounced back by the WMS, code WMS-204",
        "releasing a pick list from the warehouse app fails, WMS rejects it with code WMS-204",
        "WMS refuses the pick list release with error code WMS-204; validation on their side we"
        " don't replicate",
        "third-party integration: the WMS refuses pick lists with error code WMS-204",
        "pick list release blocked - the WMS rejects it with WMS-204",
        "pick lists aren't released to their warehouse; the WMS rejects them with code WMS-204",
        "the WMS rejects pick lists on release with code WMS-204; their validation, not ours",
        "pick list release span fails, WMS answers with rejection code WMS-204",
        "the WMS rejects the pick list with `code=WMS-204` and the exception just propagates, no"
        " retry after release",
        "Release pick list errors with a 500; the WMS rejects the pick list with code WMS-204",
        "WMS turns pick lists down with code=WMS-204",
        "pick lists aren't getting to the warehouse; Bea says the WMS rejects them with code"
        " WMS-204",
        "releasing a pick list fails, the WMS rejects it with code WMS-204",
        "pick list releases from our wave job fail, the WMS answers code=WMS-204",
        "pick list releases fail, the WMS rejects them with code WMS-204",
        "releasing pick lists fails with 500; support said the WMS rejects them with code WMS-204",
        "pick list release is failing as WMS is rejecting it with code=WMS-204",
        "pick list release fails because the WMS returns rejection code WMS-204",
        "pick list release: WMS rejects with WMS-204",
        "WMS bouncing pick lists with code=WMS-204",
        "pick list release fails WMS rejects it with code WMS two oh four",
    ),
    "n-log-slot": (
        "no delivery slots left for a postcode",
        "delivery slots exhausted for some postcodes",
        "postcode has no delivery slot left",
        "delivery slots sold out for some postcodes and dates",
        "for some postcodes no delivery slot is available any more",
        "no free delivery slot for a postcode/date combo at the warehouse",
        "customers can't book delivery, no slot left for their postcode on that date",
        "postcode/date has no delivery slot left at the warehouse",
        "delivery slots fully booked for a postcode on a given date at the warehouse",
        "delivery slots exhausted for a postcode/date at a warehouse",
        "delivery booking is not possible when postcode have no free delivery slot on date",
        "no delivery slot left for postcode/date",
        "Customers could not book a delivery because no slot was left for their postcode on the"
        " chosen date",
        "there is no delivery slot left for a postcode on the date the customer picked",
        "postcodes with every delivery slot taken for the date, bookings for them fail",
        "delivery slot picker in the app is empty for some postcodes, BE logs no slot left for"
        " that postcode and date",
        "postcode/date capacity at the warehouse fully booked, slot allocation finds none;"
        " expected, but logged at ERROR",
        "capacity: delivery slots are exhausted for a postcode and date, bookings refused"
        " (expected, but logged as an error)",
        "delivery booking fails when a postcode has no slot left on the date",
        "their shoppers can't book a delivery; no slot is left for the postcode on that date",
        "the warehouse's delivery capacity for that postcode and date is used up, no slot left to"
        " give; logged at ERROR anyway",
        "booking logs an error when no delivery slot is left for a postcode on the date",
        "slot allocation logs an error when a postcode runs out of delivery slots on a date, which"
        " is a normal outcome",
        "delivery date picker comes up empty for some postcodes; BE logs no slot left for that"
        " postcode and date",
        "no delivery slot left for a postcode and date at a warehouse, logged at error",
        "shoppers can't book a delivery for their postcode; Bea says there's no slot left for that"
        " date",
        "booking a delivery for the test postcode finds no slot left on that date, logged as an"
        " error",
        "no delivery slot left for a postcode and date, fulfilment logs it as an error each time",
        "delivery bookings in the run find no slot left for the postcode and date, and fulfilment"
        " logs each one as an error",
        "delivery slots for some postcodes show as unavailable; support said no slot is left for"
        " that postcode and date and it gets logged as an error",
        "no delivery slot is left for postcode on given date, the same is logged as error",
        "delivery slot allocation finds no remaining capacity for a postcode and date, which is"
        " logged as an error",
        "no delivery slot left for the postcode on the date",
        "no delivery slot left for the postcode/date, and that's logged as an error",
        "no delivery slots left for some postcodes on a given day and it logs an error",
    ),
    "g-log-scan": (
        "scanners sending unknown barcodes",
        "unknown barcode from a dock scanner",
        "dock scanner reads a barcode we don't know",
        "dock scanners reporting barcodes we have no record of",
        "dock scanner sends a barcode which is unknown",
        "dock scanner sent a barcode that's not in the system",
        "unknown barcode coming in from a dock scanner (zebra-NN)",
        "`zebra-NN` dock scanners send barcodes we can't resolve",
        "barcodes scanned at the docks that aren't in our system",
        "dock scanners reporting barcodes unknown to us",
        "scan on dock gives error when scanner send unknown barcode",
        "dock scanner sent unknown barcode",
        "Dock staff were held up because scanners sent barcodes the system does not recognise",
        "a dock scanner sends a barcode that our system doesn't know",
        "unknown barcodes coming off the dock scanners, those scans don't match anything",
        "scans from the dock scanner app get rejected, BE logs an unknown barcode from the scanner",
        "dock scanners submit barcodes with no match in our item master; unregistered labels or"
        " misreads",
        "data integrity: dock scanners send barcodes that don't match anything we know",
        "dock scanners sending barcodes we don't recognise",
        "scans at their docks aren't recognised; a dock scanner sends a barcode we have no record"
        " of",
        "a dock scanner sends a barcode that matches nothing in our item data",
        "error logs from the dock scanners sending barcodes that match no item",
        "a dock scanner sends a barcode that isn't in our item data and the handler logs an error",
        "nothing visible on the web side; BE logs a dock scanner sending a barcode that matches no"
        " item",
        "dock scanners send barcodes nobody knows, one error line per scan",
        "dock scans aren't recognised at the warehouse; Bea says the scanners send barcodes we"
        " don't know",
        "the scanner simulator's barcodes aren't in the item data and each scan logs an error",
        "dock scanners send barcodes unknown to fulfilment, one error log per scan",
        "scans from the dock simulator carry barcodes fulfilment doesn't know, one error line per"
        " scan",
        "scans from our dock scanners are rejected; support said the barcodes are unknown to"
        " fulfilment",
        "dock scanner is sending barcode which is unknown to us, error is logged for each scan",
        "dock scanners are submitting barcodes that do not match any known item",
        "dock scanners: unknown barcodes",
        "dock scanners sending barcodes we don't know",
        "dock scanners keep sending barcodes we don't recognize unknown barcode",
    ),
}

# The fix the seventeenth style's person proposes on a line of its own ("Fix: ..."), per
# error, as GISTS keys them: the service's owner says what they would change.
_FIXES: dict[str, str] = {
    "j-npe-invoice": "fetch the invoice together with its lines and reject a line that has none.",
    "j-npe-address": (
        "require an address before finalizing, 422 with a clear message when it's missing."
    ),
    "j-iae-currency": (
        "normalize codes on import (trim, upper-case, RMB -> CNY) and reject the row, not the file."
    ),
    "j-ise-invoice-state": (
        "make the transition idempotent: no-op when the invoice is already in the target state."
    ),
    "j-hikari": (
        "turn on leakDetectionThreshold to find the leak, then size the pool against"
        " max_connections."
    ),
    "j-pg-unique": "take invoice numbers from a DB sequence instead of max()+1.",
    "j-pg-fk": "write the invoice and its lines in one transaction, parent first.",
    "j-ora-deadlock": (
        "lock ledger accounts in a fixed order (by account id) and retry ORA-00060 once."
    ),
    "j-ora-snapshot": "page the scan by key range with a commit per page, or raise undo_retention.",
    "j-rest-timeout": (
        "explicit connect/read timeouts, retry with backoff and jitter, cache the last good rates."
    ),
    "j-rest-500": (
        "retry with backoff, then fall back to cached rates; raise it with the fx-rates owners."
    ),
    "j-rest-503": (
        "honour Retry-After and back off; serve cached rates during their maintenance window."
    ),
    "j-kafka-commit": "lower max.poll.records or move processing off the poll thread.",
    "j-jackson": (
        "custom BigDecimal deserializer for that format, or get the producer to send plain"
        " decimals."
    ),
    "j-oom": (
        "stream rows to the CSV writer (cursor with a fetch size) instead of building the report"
        " in memory."
    ),
    "j-s3-denied": (
        "restore s3:PutObject on the reports bucket for the job's role and add a policy test."
    ),
    "j-s3-slowdown": "spread keys over more prefixes and retry SlowDown with exponential backoff.",
    "j-file-tmp": (
        "write the export into a per-job temp dir and keep the handle open instead of reopening by"
        " path."
    ),
    "j-concurrent-mod": "switch to ConcurrentHashMap, or evict through the iterator's remove().",
    "j-number-format": "validate limit as an integer in the controller, 400 on anything else.",
    "j-class-cast": "bind rowLimit as a Long in the request DTO, no raw cast.",
    "j-grpc-unavail": (
        "retry UNAVAILABLE with backoff via the channel's retry policy; check accounts' readiness"
        " probe."
    ),
    "j-grpc-deadline": (
        "derive the deadline from the caller's remaining budget and profile the balance query."
    ),
    "j-log-quota": "downgrade to WARN and answer the tenant with a 429 that names the quota.",
    "j-log-dunning": (
        "flag bounced addresses and stop dunning them until the customer updates the email."
    ),
    "p-keyerror-sku": (
        "validate feed records against a schema, quarantine the ones missing required fields."
    ),
    "p-keyerror-price": (
        "skip records without a price with a counted warning instead of failing the import."
    ),
    "p-valueerror-int": (
        "tolerant quantity parser; reject the row, not the batch, when it isn't an integer."
    ),
    "p-typeerror-none": (
        "skip the discount when the price is None and keep unpriced products out of listings."
    ),
    "p-attr-none": (
        "guard the missing category and fall back to the root path; NOT NULL migration after a"
        " backfill."
    ),
    "p-dj-doesnotexist": "get_object_or_404 in the view.",
    "p-dj-integrity": "upsert on slug (ON CONFLICT (slug)) or suffix the slug on collision.",
    "p-pg-deadlock": (
        "lock stock rows in sku order (SELECT ... FOR UPDATE ORDER BY sku) and retry on 40P01."
    ),
    "p-pg-operational": (
        "pgbouncer in transaction pooling mode in front of Postgres; cap connections per worker."
    ),
    "p-redis-conn": (
        "treat the cache as optional: catch ConnectionError and fall through to the DB."
    ),
    "p-redis-timeout": (
        "find the slow command in SLOWLOG, chunk multi-key reads, set socket_timeout per call."
    ),
    "p-requests-timeout": (
        "bound query cost (search timeout param, smaller size) and retry once with backoff."
    ),
    "p-requests-conn": (
        "check the ES service endpoints; fail fast with a 503 instead of burning the retry budget."
    ),
    "p-es-400": "validate numeric filters before building the query and answer 400.",
    "p-es-429": "cap bulk batches by bytes and back off on 429 with jitter.",
    "p-celery-timelimit": "split the reindex into per-shard subtasks that each fit the soft limit.",
    "p-pydantic": "clamp page_size to 100 in the client, or answer 422 naming the limit.",
    "p-unicode": (
        "decode with the encoding the supplier declares; on failure log the line and skip it."
    ),
    "p-oserror-nospace": (
        "remove temp files in a finally block and give the workers a bigger ephemeral volume."
    ),
    "p-pil": "sniff the content type on upload and reject non-images; add a HEIC decoder.",
    "p-boto-nosuchkey": (
        "404 for a missing original, and find what deletes originals (lifecycle rule?)."
    ),
    "p-boto-throttle": "adaptive retry mode in botocore and a per-worker rate limit on uploads.",
    "p-recursion": "walk IFDs iteratively with a visited set so cycles terminate.",
    "p-zerodiv": "reject zero-dimension images at upload; default the ratio to 1 for old ones.",
    "p-log-worker-lost": (
        "acks_late with reject_on_worker_lost, and raise the memory limit or max_memory_per_child."
    ),
    "p-log-slow-task": "raise the budget to the new p95, or split the reindex per index.",
    "p-log-feed-skip": "one WARN per supplier with a count instead of an ERROR per row.",
    "g-nil-deref": (
        "nil-check before the dereference and add recover middleware so one request can't panic."
    ),
    "g-index-range": "bounds-check the split and ignore malformed Forwarded elements.",
    "g-dial-refused": (
        "retry the dial with backoff and only route to endpoints that pass readiness."
    ),
    "g-reset": (
        "set IdleConnTimeout below the upstream's keep-alive, retry idempotent requests once."
    ),
    "g-ctx-deadline": (
        "align the proxy deadline with the upstream SLO and pass down the remaining budget."
    ),
    "g-client-timeout": (
        "cache introspection results for the token's lifetime; Client.Timeout to 2s."
    ),
    "g-tls": "rotate the upstream cert and alert 14 days before NotAfter.",
    "g-pgx-unique": (
        "ON CONFLICT (tracking_no) DO NOTHING and return the existing row, so retries are"
        " idempotent."
    ),
    "g-pgx-serial": "retry the transaction on 40001 with jittered backoff, max 3 attempts.",
    "g-pgx-nopool": (
        "check the network policy to pg, lower the dial timeout and fail fast with a 503."
    ),
    "g-json": "decode weight_grams through a type that accepts both string and number.",
    "g-carrier-502": (
        "retry DHL quotes once with backoff and drop DHL from the options when it still fails."
    ),
    "g-carrier-429": (
        "client-side rate limiter for DHL, honour Retry-After, cache quotes per parcel."
    ),
    "g-carrier-ups-502": "retry UPS quotes once with backoff and hide UPS when it still fails.",
    "g-concurrent-map": "guard the rate cache with a sync.RWMutex, or use sync.Map.",
    "g-kafka-lag": "scale consumers up to the partition count and profile the handler.",
    "g-grpc-unavailable": (
        "gRPC retry policy for Unavailable; check catalog's rollout maxUnavailable."
    ),
    "g-grpc-notfound": "map NotFound to a 404 in the gateway and stop logging it as an error.",
    "g-log-upstream-5xx": (
        "tighten the upstream health check so a replica serving 503s leaves rotation."
    ),
    "g-log-upstream-504": (
        "find the slow backend call behind the upstream and give it a timeout budget."
    ),
    "g-log-ratelimit": "contact the key's owner; send Retry-After so clients can back off.",
    "g-log-oom": "set the memory limit to the measured working set and GOMEMLIMIT just below it.",
    "g-log-crash": "pull the previous container's logs for the exit reason, then fix that.",
    "n-undef-total": (
        "return an empty cart from getServerSideProps when the fetch fails; optional chaining."
    ),
    "n-undef-items": "default items to [] and render the empty state.",
    "n-undef-total-mini": "render the badge as 0 when there is no cart.",
    "n-not-function": "normalize variants to an array in the API layer (Array.isArray).",
    "n-refused": (
        "retry with backoff on ECONNREFUSED; check the products API's readiness during rollouts."
    ),
    "n-reset": "keep-alive timeout on our agent below the server's, retry idempotent GETs once.",
    "n-axios-500": "log the response body, show a retryable error, get the API side fixed.",
    "n-axios-404": "recreate the cart on 404 and retry the add once.",
    "n-axios-timeout": (
        "timeout at the API's p99, and an idempotency key on add-to-cart so it can be retried."
    ),
    "n-json": "check content-type before parsing and surface the upstream status.",
    "n-range": "validate the date before formatting and hide the estimate when invalid.",
    "n-hydration": "render the locale/time dependent parts client-only (useEffect).",
    "n-jwt-expired": "refresh ahead of exp on the client; 401 with a refresh hint from the API.",
    "n-jwt-malformed": (
        "reject empty or 'undefined' bearer tokens before verify, fix the client sending them."
    ),
    "n-mongo-dup": "catch E11000 on signup and answer 409 'email already registered'.",
    "n-mongo-timeout": (
        "check the network path to Mongo; lower serverSelectionTimeoutMS to fail fast."
    ),
    "n-bcrypt": (
        "no password login for accounts without a hash, point them to their identity provider."
    ),
    "n-prisma-p2002": "catch P2002 and answer 409.",
    "n-prisma-p2025": "answer 404 on P2025 instead of 500.",
    "n-enoent": "process the upload from the in-memory buffer instead of a temp file.",
    "n-heap": (
        "raise --max-old-space-size to fit the container and find the SSR cache that grows"
        " unbounded."
    ),
    "n-log-unhandled": (
        "catch the rejection, and fix cms.internal resolution (service name or search domain)."
    ),
    "n-log-slow-render": (
        "cache the product data fetch and move the non-critical blocks client-side."
    ),
    "r-nomethod-nil": (
        "safe navigation on the association, 422 when the member has no points account."
    ),
    "r-nomethod-nil-tier": (
        "skip the upgrade check when the association is nil; backfill the missing rows."
    ),
    "r-record-not-found": "rescue RecordNotFound to a 404.",
    "r-record-invalid": (
        "check the balance before redeeming and answer 422 with the available points."
    ),
    "r-record-invalid-email": "422 with a field error, plus a unique index on lower(email).",
    "r-stale": "bounded retry on StaleObjectError, or with_lock around the update.",
    "r-pg-conn": (
        "retry the job with backoff; check the DB host in database.yml after the failover."
    ),
    "r-redis": "rescue CannotConnectError around the leaderboard bump, it's off the critical path.",
    "r-net-timeout": (
        "explicit open/read timeouts, exponential backoff, an idempotency key on the request."
    ),
    "r-faraday-422": (
        "log the partner's error body and align the payload with their current schema."
    ),
    "r-faraday-401": "rotate the partner credentials and alert on 401 instead of retrying.",
    "r-argument": "NOT NULL + default on tier thresholds, compact nils before comparing.",
    "r-keyerror": "skip members without a partner_code before building the payload.",
    "r-sidekiq-dead": "fix the partner call behind it, then retry the dead set.",
    "r-log-tenant": "accept the valid rows and send the tenant a per-row error report.",
    "d-nullref": "null-check the promotion's references and skip incomplete promotions.",
    "d-nullref-rules": (
        "validate the rules config at startup and fail with a clear error instead of an NRE."
    ),
    "d-seq-empty": "FirstOrDefault with an explicit fallback and a warning.",
    "d-keynotfound": "TryGetValue, and fall back to the DB on a miss.",
    "d-format": "parse with the feed's culture and reject bad rows one by one.",
    "d-timeout": "stream the feed with a longer timeout and retry with backoff (Polly).",
    "d-http-503": "Polly retry with backoff; keep the last prices until the feed is back.",
    "d-http-403": "check our key/allowlist with the feed provider; don't retry 403s.",
    "d-sql-deadlock": "update price rows in key order and retry the victim (error 1205) once.",
    "d-sql-timeout": "batch the upsert (1k rows), add the missing index, CommandTimeout per batch.",
    "d-ef-concurrency": "reload and retry on DbUpdateConcurrencyException, or answer 409.",
    "d-argnull": "default the currency from the price list, reject rows without one on import.",
    "d-argnull-region": "default the region from the store, reject rows without one on import.",
    "d-json": "a converter that accepts numeric strings; skip items that still don't parse.",
    "d-log-circuit": "fix the feed errors behind it; the breaker is doing its job.",
    "p-erp-503": "retry the push with exponential backoff and jitter, alert only after N failures.",
    "p-erp-409": "idempotency key per sync run and one sync at a time per warehouse.",
    "p-erp-pull": "retry the pull with backoff and skip that reconcile run instead of failing it.",
    "p-negative-stock": (
        "check and decrement in one transaction (SELECT ... FOR UPDATE), reject the order cleanly."
    ),
    "p-log-bin": "schedule a recount for the bin and log at WARN.",
    "j-wms-reject": "get the meaning of WMS-117 from the WMS team and validate before submitting.",
    "j-wms-reject-204": (
        "ask the WMS team what WMS-204 means; hold the pick list and retry after a release."
    ),
    "n-log-slot": "log at INFO and offer the next free date instead.",
    "g-log-scan": "show the unknown barcode on the scanner and log at WARN with the dock.",
}

# What the customer wrote in their support case, per error, as GISTS keys them: the
# twentieth style's person, a technical account manager, quotes it next to engineering's
# reading (the gist). A customer says what they saw, never which code or sibling it was.
_CUSTOMER_WORDS: dict[str, str] = {
    "j-npe-invoice": (
        "Some of our documents are generated without any total, and the request just errors out."
    ),
    "j-npe-address": (
        "Finalising invoices fails for a handful of our buyers, all of them ones we never captured"
        " an address for."
    ),
    "j-iae-currency": (
        "Our invoice import keeps bouncing rows because of the currency column, even though the"
        " same file worked in our old system."
    ),
    "j-ise-invoice-state": (
        "When we try to act on some invoices we get an error saying the invoice is already"
        " finalized."
    ),
    "j-hikari": "The application sometimes hangs for ages and then just gives up.",
    "j-pg-unique": (
        "Every now and then creating an invoice fails, and retrying it straight away works."
    ),
    "j-pg-fk": (
        "Adding line items to a draft invoice fails with a server error, seemingly at random."
    ),
    "j-ora-deadlock": (
        "Some of our ledger postings just don't go through and we have to re-submit them."
    ),
    "j-ora-snapshot": "The nightly reconciliation doesn't finish for us anymore.",
    "j-rest-timeout": "Postings in a foreign currency fail with a timeout.",
    "j-rest-500": "Anything in a foreign currency errors out for us today.",
    "j-rest-503": "Foreign-currency postings are rejected for a few hours at a time.",
    "j-kafka-commit": "Some postings appear twice in our ledger, and others show up hours late.",
    "j-jackson": "Postings from one of our European entities never show up in the ledger.",
    "j-oom": "Our big monthly report export never completes, the smaller ones are fine.",
    "j-s3-denied": "The reports we schedule are not being delivered anymore.",
    "j-s3-slowdown": "A few of our scheduled reports go missing every day.",
    "j-file-tmp": "CSV exports fail about one time in five.",
    "j-concurrent-mod": "Some of our scheduled reports simply don't run at their time.",
    "j-number-format": (
        "Our integration calls the reports list and sometimes gets a 500 instead of a validation"
        " error."
    ),
    "j-class-cast": "Calling the report list with a row limit gives us a server error.",
    "j-grpc-unavail": "Postings fail with a generic error at the balance check.",
    "j-grpc-deadline": "Postings are slow and then fail, especially at month end.",
    "j-log-quota": "We suddenly can't raise any more invoices this month.",
    "j-log-dunning": "Our overdue customers tell us they never got any reminders.",
    "p-keyerror-sku": "Our catalog upload stopped working after our supplier changed their feed.",
    "p-keyerror-price": "Catalog sync fails whenever a product in our feed hasn't been priced yet.",
    "p-valueerror-int": "Stock numbers on the site are stuck and don't reflect our feed.",
    "p-typeerror-none": (
        "Product pages for items we haven't priced show an error instead of the product."
    ),
    "p-attr-none": "A handful of our product pages show an error page.",
    "p-dj-doesnotexist": "Old product links give our shoppers a server error instead of a 404.",
    "p-dj-integrity": "Some products never appear after import, always ones with common names.",
    "p-pg-deadlock": "Checkout occasionally fails to reserve stock during our sales.",
    "p-pg-operational": "Search on our store fails at peak hours.",
    "p-redis-conn": "The store throws errors for a few minutes at a time.",
    "p-redis-timeout": "Browsing is slow and sometimes errors out.",
    "p-requests-timeout": "Search spins for a long time and then shows nothing.",
    "p-requests-conn": "Search returns an error on every single query.",
    "p-es-400": "If a shopper types text into the price filter, search breaks.",
    "p-es-429": "Product changes take hours to appear in search results.",
    "p-celery-timelimit": "Some of our products are missing from search after a reindex.",
    "p-pydantic": "Our search API calls started failing when we ask for 200 results per page.",
    "p-unicode": "Our synonyms list won't import, it has accented characters in it.",
    "p-oserror-nospace": "Media we upload isn't getting processed.",
    "p-pil": "Some of our photos never get a thumbnail.",
    "p-boto-nosuchkey": "Downloading the original file of some images gives an error.",
    "p-boto-throttle": "After a big upload some of our processed images are missing.",
    "p-recursion": "A few photos from one of our cameras never finish processing.",
    "p-zerodiv": "Certain images show a broken thumbnail.",
    "p-log-worker-lost": "Some of our background jobs just disappear without a result.",
    "p-log-slow-task": "Reindexing our catalog takes much longer than it used to.",
    "p-log-feed-skip": "Some products from our supplier feed never show up.",
    "g-nil-deref": "Every now and then an API call comes back with an empty reply.",
    "g-index-range": "API calls through our corporate proxy randomly fail.",
    "g-dial-refused": "API calls fail in short bursts, then recover on their own.",
    "g-reset": "Large API responses sometimes get cut off.",
    "g-ctx-deadline": "Calls that take a while get aborted.",
    "g-client-timeout": "Authenticated API calls fail with a timeout at busy times.",
    "g-tls": "Since this morning part of the API returns errors on every call.",
    "g-pgx-unique": "Retrying a request gives us a duplicate tracking number error.",
    "g-pgx-serial": "Status updates for our shipments sometimes don't stick.",
    "g-pgx-nopool": "Nothing shipping-related works right now, everything times out.",
    "g-json": "We stopped getting DHL rates at checkout.",
    "g-carrier-502": "DHL shipping options disappear from our checkout now and then.",
    "g-carrier-429": "DHL rates fail to load when we're busy.",
    "g-carrier-ups-502": "UPS shipping options vanish from checkout from time to time.",
    "g-concurrent-map": (
        "Shipping quotes fail for everyone for a minute or so, several times a day."
    ),
    "g-kafka-lag": "Tracking updates show up hours after the fact.",
    "g-grpc-unavailable": "Product pages go down for a few minutes now and then.",
    "g-grpc-notfound": "Links to products we've removed show an error.",
    "g-log-upstream-5xx": "Product lookups through your API fail with 503.",
    "g-log-upstream-504": "Some product API calls take ages and come back with a gateway timeout.",
    "g-log-ratelimit": "Our integration is getting throttled even though we barely use the API.",
    "g-log-oom": "Requests fail for a moment several times a day.",
    "g-log-crash": "We get short outages a few times a day.",
    "n-undef-total": "Shoppers sometimes get an error page when they open the cart.",
    "n-undef-items": "The cart page crashes for some shoppers before it shows anything.",
    "n-undef-total-mini": (
        "The little cart icon at the top of the page throws an error for some visitors."
    ),
    "n-not-function": (
        "A few pages on our store show an error, always for products that have options."
    ),
    "n-refused": "Product pages fail to load for a couple of minutes at a time.",
    "n-reset": "Product pages intermittently fail to load.",
    "n-axios-500": "Shoppers get 'something went wrong' messages in the basket or at checkout.",
    "n-axios-404": "Add to cart sometimes says the cart can't be found.",
    "n-axios-timeout": "Add to cart just spins and then fails.",
    "n-json": "Sometimes the store shows an error and the browser console mentions invalid JSON.",
    "n-range": "Checkout crashes at the delivery date step for some orders.",
    "n-hydration": "The header of our store flickers and sometimes shows an error.",
    "n-jwt-expired": "Our users are randomly logged out and see an error.",
    "n-jwt-malformed": "Some API calls from our app are rejected as unauthorized straight away.",
    "n-mongo-dup": "People who already registered get a server error when they sign up again.",
    "n-mongo-timeout": "Nobody can log in at the moment.",
    "n-bcrypt": "Users who signed up with Google get an error when they try the password form.",
    "n-prisma-p2002": "Registering with an email address that's already in use gives a 500.",
    "n-prisma-p2025": "Some of our users can't save their profile.",
    "n-enoent": "Some file actions in account settings fail with a file-not-found error.",
    "n-heap": "Our store is unreachable for short moments, several times a day.",
    "n-log-unhandled": "Our banners and content blocks are missing from the homepage.",
    "n-log-slow-render": "Product pages have become really slow.",
    "r-nomethod-nil": "Some of our members can't redeem their points at all.",
    "r-nomethod-nil-tier": "Members aren't moving up a tier even though they have enough points.",
    "r-record-not-found": "We get errors for members we deleted.",
    "r-record-invalid": (
        "Members who try to redeem more than they have get a server error, not a message."
    ),
    "r-record-invalid-email": "Customers who enroll twice get an error.",
    "r-stale": "Some purchases don't earn any points.",
    "r-pg-conn": "Points stopped being credited for a while today.",
    "r-redis": "The leaderboard is stuck.",
    "r-net-timeout": "Our systems don't receive loyalty updates reliably.",
    "r-faraday-422": "Our partner says they stopped receiving points from you.",
    "r-faraday-401": "Points stopped flowing to our partner program this week.",
    "r-argument": "Adding points to some members fails with an error.",
    "r-keyerror": "Members without a partner ID break the partner sync.",
    "r-sidekiq-dead": "Some points never make it to our partner, even days later.",
    "r-log-tenant": "Our monthly points file was rejected and we don't know which rows are wrong.",
    "d-nullref": "Prices don't load for products that have a promotion.",
    "d-nullref-rules": "Prices weren't available at all after your maintenance window.",
    "d-seq-empty": "Prices fail to show for some products.",
    "d-keynotfound": "A few specific SKUs never get a price.",
    "d-format": "Our price list upload is rejected.",
    "d-timeout": "Competitor price comparisons are out of date.",
    "d-http-503": "Competitor prices haven't updated since yesterday.",
    "d-http-403": "Competitor prices stopped updating altogether.",
    "d-sql-deadlock": "Price updates sometimes don't go through overnight.",
    "d-sql-timeout": "Large price updates never complete.",
    "d-ef-concurrency": "Editing a price sometimes fails with a conflict error.",
    "d-argnull": "Some of our prices don't show because the currency is missing.",
    "d-argnull-region": "Products that have no region set have no price.",
    "d-json": "Competitor prices are missing for some items.",
    "d-log-circuit": "Competitor prices stop updating for hours at a time.",
    "p-erp-503": "Our ERP doesn't receive stock updates from you.",
    "p-erp-409": "Our ERP reports conflicts on the stock sync.",
    "p-erp-pull": "The daily stock reconciliation against our ERP fails.",
    "p-negative-stock": "Orders get rejected even though the item shows as in stock.",
    "p-log-bin": "The stock we see in your system doesn't match what's on the shelf.",
    "j-wms-reject": "Orders are stuck and never released for picking.",
    "j-wms-reject-204": "Pick lists for some orders never reach our warehouse.",
    "n-log-slot": "Customers can't pick a delivery date for some postcodes.",
    "g-log-scan": "Our dock team's scans keep getting rejected.",
}

# The first item of the checklist the twentythird style's person, a developer filing from the
# code host, ends some tickets with ("- [ ] ..."), per error, as GISTS keys them: the change
# they would make in the code. Like the gists, an item never names a throw site its derived
# templates do not share.
_TODOS: dict[str, str] = {
    "j-npe-invoice": "null-check `invoice` before calling `getTotal()`",
    "j-npe-address": "handle a null `getAddress()` instead of chaining `.getCountry()` on it",
    "j-iae-currency": "trim and upper-case the code, map aliases, before the currency lookup",
    "j-ise-invoice-state": "make the transition a no-op when the status is already `FINALIZED`",
    "j-hikari": "turn on Hikari `leakDetectionThreshold` and check the pool size against load",
    "j-pg-unique": "allocate invoice numbers from a DB sequence",
    "j-pg-fk": "persist the invoice before its lines, in one transaction",
    "j-ora-deadlock": "lock ledger accounts in a stable order (by id)",
    "j-ora-snapshot": "page the ledger scan instead of holding one long cursor",
    "j-rest-timeout": "wrap the fx-rates call in a retry with backoff",
    "j-rest-500": "catch 5xx from fx-rates and fall back to the last cached rate",
    "j-rest-503": "retry `503` from fx-rates with backoff",
    "j-kafka-commit": "lower `max.poll.records` or move the processing off the poll thread",
    "j-jackson": "reject formatted amounts at the producer, or add a deserializer for them",
    "j-oom": "stream rows to the writer instead of collecting them first",
    "j-s3-denied": "check the IAM policy for `s3:PutObject` on the reports bucket",
    "j-s3-slowdown": "throttle the uploads and back off on SlowDown",
    "j-file-tmp": "create the temp file in the same step that writes it",
    "j-concurrent-mod": "use `removeIf` in the eviction loop",
    "j-number-format": "validate `limit` and answer 400 on non-numeric input",
    "j-class-cast": "parse `rowLimit` instead of casting it",
    "j-grpc-unavail": "enable a retry policy for `UNAVAILABLE` on the accounts channel",
    "j-grpc-deadline": "revisit the deadline on the accounts balance call",
    "j-log-quota": "log quota-exceeded at WARN, not ERROR",
    "j-log-dunning": "flag the customer's email after a hard bounce",
    "p-keyerror-sku": "validate the feed record's schema before reading `sku`",
    "p-keyerror-price": "skip and count records missing `price` instead of raising",
    "p-valueerror-int": "parse stock defensively and treat junk as missing",
    "p-typeerror-none": "guard `price is None` before applying the discount",
    "p-attr-none": "handle products without a category before touching `.slug`",
    "p-dj-doesnotexist": "use `get_object_or_404` in the view",
    "p-dj-integrity": "key the upsert on `slug`, or de-dupe slugs during the import",
    "p-pg-deadlock": "sort SKUs before reserving so rows are always locked in one order",
    "p-pg-operational": "put pgbouncer in front, or lower `CONN_MAX_AGE` and the worker count",
    "p-redis-conn": "catch `redis.ConnectionError` and degrade instead of failing the request",
    "p-redis-timeout": "look for slow commands on redis-cache and revisit `socket_timeout`",
    "p-requests-timeout": "add a retry with backoff around the ES query",
    "p-requests-conn": "answer 503 instead of 500 when ES is unreachable",
    "p-es-400": "validate numeric filters before building the ES query",
    "p-es-429": "cap the bulk batch size and back off on 429",
    "p-celery-timelimit": "split the reindex into chunks that fit the soft time limit",
    "p-pydantic": "answer 422 with the validation detail, or clamp `page_size`",
    "p-unicode": "re-export the synonyms as UTF-8, or detect the encoding",
    "p-oserror-nospace": "clean up temp files in a `finally`",
    "p-pil": "check the content type before handing the upload to Pillow",
    "p-boto-nosuchkey": "answer 404 when the original is missing",
    "p-boto-throttle": "switch the S3 client to the `adaptive` retry mode",
    "p-recursion": "track visited IFD offsets, or walk them iteratively",
    "p-zerodiv": "guard against zero dimensions before computing the ratio",
    "p-log-worker-lost": "set `acks_late` so killed jobs get redelivered",
    "p-log-slow-task": "make the reindex incremental, or raise its budget",
    "p-log-feed-skip": "log skipped rows at WARNING and count them per supplier",
    "g-nil-deref": "add the nil check, and a `recover` in the middleware",
    "g-index-range": "check the split's length before indexing",
    "g-dial-refused": "retry the dial with backoff while the target comes up",
    "g-reset": "set `IdleConnTimeout` below the upstream's keep-alive",
    "g-ctx-deadline": "align the proxy's context timeout with the upstream's latency",
    "g-client-timeout": "cache introspection results for the token's lifetime",
    "g-tls": "rotate the upstream cert and add a cert expiry alert",
    "g-pgx-unique": "make the insert `ON CONFLICT DO NOTHING` on the tracking number",
    "g-pgx-serial": "retry the transaction on 40001",
    "g-pgx-nopool": "check the network policy and failover state of the shipping DB",
    "g-json": "use `json.Number` or a custom unmarshaler for `weight_grams`",
    "g-carrier-502": "retry a DHL 502 once before failing the quote",
    "g-carrier-429": "add a rate limiter for DHL and honour `Retry-After`",
    "g-carrier-ups-502": "retry a UPS 502 once before failing the quote",
    "g-concurrent-map": "guard the rate cache with a `sync.RWMutex`",
    "g-kafka-lag": "run as many consumers as there are partitions",
    "g-grpc-unavailable": "retry `Unavailable` with backoff in the catalog client",
    "g-grpc-notfound": "map `codes.NotFound` to a 404",
    "g-log-upstream-5xx": "take unhealthy upstream pods out of rotation",
    "g-log-upstream-504": "find the backend call that times out behind the 504",
    "g-log-ratelimit": "log rate-limit rejections at INFO, sampled",
    "g-log-oom": "raise the memory limit, or profile the heap",
    "g-log-crash": "capture the crash output before the restart",
    "n-undef-total": "render a placeholder until the cart has loaded",
    "n-undef-items": "use `cart?.items ?? []`",
    "n-undef-total-mini": "hide the badge when there's no cart",
    "n-not-function": "normalize `variants` to an array in the API mapper",
    "n-refused": "retry `ECONNREFUSED` once after a short delay",
    "n-reset": "set the agent's keep-alive timeout below the products API's",
    "n-axios-500": "show an error state instead of rethrowing",
    "n-axios-404": "recreate the cart on 404 and retry the add-to-cart",
    "n-axios-timeout": "compare the cart API's latency with the axios timeout",
    "n-json": "check the `content-type` before parsing the body",
    "n-range": "guard `isNaN(date.getTime())` before formatting",
    "n-hydration": "move the client-only parts of the header into `useEffect`",
    "n-jwt-expired": "map `TokenExpiredError` to a 401",
    "n-jwt-malformed": "reject a missing or garbage `Authorization` header before verifying",
    "n-mongo-dup": "look up the email first and answer 409",
    "n-mongo-timeout": "check the network path from the pods to Mongo",
    "n-bcrypt": "short-circuit login for users without a password hash",
    "n-prisma-p2002": "catch `P2002` and answer 409",
    "n-prisma-p2025": "answer 404 on `P2025`",
    "n-enoent": "keep the temp file on one pod, or use a shared volume",
    "n-heap": "profile SSR memory and set `--max-old-space-size` to match",
    "n-log-unhandled": "add a `.catch()` to the CMS fetch",
    "n-log-slow-render": "cache the product data the page render needs",
    "r-nomethod-nil": "use `&.points`, or create the points account on enrollment",
    "r-nomethod-nil-tier": "return early from the tier check when the association is nil",
    "r-record-not-found": "`rescue_from ActiveRecord::RecordNotFound` with a 404",
    "r-record-invalid": "check the balance before deducting the points",
    "r-record-invalid-email": "look the member up by email before enrolling",
    "r-stale": "retry the update on `StaleObjectError`",
    "r-pg-conn": "check `DATABASE_URL` on the job workers",
    "r-redis": "rescue `Redis::CannotConnectError` around the leaderboard bump",
    "r-net-timeout": "set an explicit `read_timeout` and retry with backoff",
    "r-faraday-422": "diff our points payload against the partner's current schema",
    "r-faraday-401": "rotate the partner API token",
    "r-argument": "make the tier threshold `NOT NULL` with a default",
    "r-keyerror": "skip members without `partner_code` when building the payload",
    "r-sidekiq-dead": "alert on the dead set size",
    "r-log-tenant": "reject only the invalid rows and report them back",
    "d-nullref": "null-check the promotion's rule and product",
    "d-nullref-rules": "fail fast with a clear message when the rules section is missing",
    "d-seq-empty": "use `FirstOrDefault()` and handle the miss",
    "d-keynotfound": "switch the lookup to `TryGetValue`",
    "d-format": "use `TryParse` and report the bad rows",
    "d-timeout": "stream the feed, or give this client a longer timeout",
    "d-http-503": "add a Polly retry for 503 on the feed client",
    "d-http-403": "check the feed API key and our allowlisted egress IPs",
    "d-sql-deadlock": "retry deadlock victims (error 1205) once",
    "d-sql-timeout": "split the upsert into smaller batches",
    "d-ef-concurrency": "handle `DbUpdateConcurrencyException` and answer 409",
    "d-argnull": "reject prices without a currency before building `Money`",
    "d-argnull-region": "resolve the region before building `Money`",
    "d-json": "allow `JsonNumberHandling.AllowReadingFromString` on the feed model",
    "d-log-circuit": "log breaker state changes at WARN and alert on the feed failures",
    "p-erp-503": "retry the stock push on 503 with backoff",
    "p-erp-409": "send an idempotency key, or serialize syncs per warehouse",
    "p-erp-pull": "retry the stock pull on 503 with backoff",
    "p-negative-stock": "check and decrement in one `UPDATE ... WHERE qty >= n`",
    "p-log-bin": "open a recount task for the bin instead of only logging",
    "j-wms-reject": "find out what `WMS-117` means and validate for it before submitting",
    "j-wms-reject-204": "find out what `WMS-204` means and whether it's retryable",
    "n-log-slot": "offer the next free date instead of logging an error",
    "g-log-scan": "show unknown barcodes on the scanner and log them at WARN",
}

# What the error does to the users, as the thirtysecond style's person's writing assistant puts
# it under "Impact", per error, as GISTS keys them. Like the gists, it holds for every template
# derived from the error.
_USER_IMPACT: dict[str, str] = {
    "j-npe-invoice": (
        "Affected documents cannot be totalled, so the request fails with a server error and no"
        " total is shown to the user."
    ),
    "j-npe-address": (
        "Invoices for customers without an address on file cannot be finalized, which blocks"
        " billing for those customers."
    ),
    "j-iae-currency": (
        "Rows with these currency codes are dropped from invoice imports, so customers end up"
        " with incomplete invoices."
    ),
    "j-ise-invoice-state": (
        "Users who retry or double-submit an action receive an error instead of a confirmation,"
        " which is confusing and generates support requests."
    ),
    "j-hikari": (
        "Invoice-related requests hang and then fail during busy periods, degrading the"
        " experience for all users."
    ),
    "j-pg-unique": "Some invoice creations fail outright and have to be retried manually.",
    "j-pg-fk": "Adding lines to newly created invoices intermittently fails for users.",
    "j-ora-deadlock": (
        "Some ledger postings fail and have to be resubmitted, which delays payment processing."
    ),
    "j-ora-snapshot": (
        "Reconciliation does not complete, so finance does not receive up-to-date reconciliation"
        " results."
    ),
    "j-rest-timeout": (
        "Currency conversions on postings hang and then fail, blocking multi-currency payments."
    ),
    "j-rest-500": (
        "Currency conversion for postings fails whenever the rates provider is unhealthy."
    ),
    "j-rest-503": (
        "Postings that need a currency conversion fail for the duration of each fx-rates"
        " maintenance window."
    ),
    "j-kafka-commit": (
        "Postings may be processed twice or late after a rebalance, which can result in"
        " duplicate or delayed ledger entries."
    ),
    "j-jackson": (
        "Postings with formatted amounts are silently dropped and never appear in the ledger."
    ),
    "j-oom": (
        "Our largest customers do not receive their CSV exports, and the export job can take"
        " down the worker it runs on."
    ),
    "j-s3-denied": "Finished reports are never delivered to users.",
    "j-s3-slowdown": "Some scheduled reports are not delivered during peak periods.",
    "j-file-tmp": "Report exports fail sporadically, and users have to request them again.",
    "j-concurrent-mod": (
        "Scheduled reports are occasionally skipped without any notification to users."
    ),
    "j-number-format": (
        "Users who enter a non-numeric limit get a server error instead of a validation message."
    ),
    "j-class-cast": "API clients that send `rowLimit` as a string are unable to list reports.",
    "j-grpc-unavail": (
        "Postings fail in bursts while the accounts service cannot be reached, which blocks"
        " payments."
    ),
    "j-grpc-deadline": "Postings fail during peak load whenever balance checks are slow.",
    "j-log-quota": (
        "No direct user impact; however, the error volume adds noise to dashboards and alerts."
    ),
    "j-log-dunning": (
        "Customers with overdue invoices do not receive payment reminders, which may delay"
        " collections."
    ),
    "p-keyerror-sku": (
        "A single malformed record stops the entire supplier import, so catalog updates are"
        " delayed."
    ),
    "p-keyerror-price": (
        "Supplier imports stop partway through, leaving products without updated data."
    ),
    "p-valueerror-int": (
        "Stock levels are not updated for suppliers that send non-integer quantities."
    ),
    "p-typeerror-none": "Product pages for items without a price return an error to shoppers.",
    "p-attr-none": "Some product pages show an error page instead of the product.",
    "p-dj-doesnotexist": (
        'Links to removed or unknown products return a server error instead of a proper "not'
        ' found" page.'
    ),
    "p-dj-integrity": "Products with conflicting slugs are neither imported nor updated.",
    "p-pg-deadlock": (
        "A small share of stock reservations fail at peak times, which can block shoppers from"
        " adding items to their basket."
    ),
    "p-pg-operational": "Catalog search becomes unavailable during traffic peaks.",
    "p-redis-conn": (
        "Requests fail entirely while the cache is down, even though the cache should be optional."
    ),
    "p-redis-timeout": "Affected pages are slow and occasionally fail with an error.",
    "p-requests-timeout": "Search results fail to load for some shoppers.",
    "p-requests-conn": "Search is completely unavailable while Elasticsearch cannot be reached.",
    "p-es-400": (
        "Shoppers who type text into numeric filters see a server error instead of a"
        " validation message."
    ),
    "p-es-429": "Product changes take significantly longer to appear in search results.",
    "p-celery-timelimit": (
        "The search index is only partially rebuilt, so some products are missing or stale in"
        " search."
    ),
    "p-pydantic": (
        "API clients that request more than 100 results per page receive a server error"
        " instead of a clear validation error."
    ),
    "p-unicode": "Merchants cannot upload synonyms files that were exported in another encoding.",
    "p-oserror-nospace": "Media processing stops for all uploads until disk space is freed.",
    "p-pil": "Some uploaded photos never receive a thumbnail.",
    "p-boto-nosuchkey": (
        "Users cannot download the original file for affected uploads and receive a server error."
    ),
    "p-boto-throttle": (
        "Generated media fails to upload during bursts, leaving some assets missing."
    ),
    "p-recursion": "Certain photos cannot be processed at all and end up without metadata.",
    "p-zerodiv": "Images with invalid dimensions end up without a thumbnail.",
    "p-log-worker-lost": "Background jobs disappear without completing and are never retried.",
    "p-log-slow-task": "Search updates reach users later than expected.",
    "p-log-feed-skip": "Products without an EAN silently never appear in the catalog.",
    "g-nil-deref": "Affected API requests fail with an empty response.",
    "g-index-range": (
        "API clients behind certain proxies see their requests dropped without a response."
    ),
    "g-dial-refused": "API calls fail with 502 errors while the target backend is unavailable.",
    "g-reset": "A small percentage of otherwise healthy API calls fail with 502 errors.",
    "g-ctx-deadline": "Slow API calls are cut off with 504 errors.",
    "g-client-timeout": "Authenticated API calls fail during busy periods.",
    "g-tls": "All traffic routed to the affected upstream fails until the certificate is renewed.",
    "g-pgx-unique": "Retried requests fail instead of succeeding idempotently.",
    "g-pgx-serial": (
        "Status updates sent close together are lost, so shipment tracking may show outdated"
        " information."
    ),
    "g-pgx-nopool": "Shipping is completely unavailable while the database cannot be reached.",
    "g-json": "DHL quotes cannot be shown at checkout.",
    "g-carrier-502": "DHL shipping rates are unavailable at checkout while the error persists.",
    "g-carrier-429": "DHL rates fail to load at checkout during peak hours.",
    "g-carrier-ups-502": "UPS shipping rates are unavailable at checkout while the error persists.",
    "g-concurrent-map": (
        "The shipping service crashes and restarts under load, briefly interrupting quotes."
    ),
    "g-kafka-lag": "Customers receive shipment tracking updates with a noticeable delay.",
    "g-grpc-unavailable": "Product pages fail to load while the catalog service is unreachable.",
    "g-grpc-notfound": "Requests for removed products return a server error instead of a 404.",
    "g-log-upstream-5xx": "Some product API requests fail for clients.",
    "g-log-upstream-504": "Some product API requests time out for clients.",
    "g-log-ratelimit": (
        "The affected client's requests are rejected, and the error logs are flooded."
    ),
    "g-log-oom": "The service restarts repeatedly under load, causing short outages.",
    "g-log-crash": "The gateway restarts periodically, causing brief bursts of failed requests.",
    "n-undef-total": "Shoppers see a broken cart summary on the cart page.",
    "n-undef-items": "The cart page fails to render for some shoppers.",
    "n-undef-total-mini": (
        "Pages fail to render the header for visitors who do not have a cart yet."
    ),
    "n-not-function": (
        "Storefront pages break for products whose variants come back in an unexpected shape."
    ),
    "n-refused": "Product information fails to load on the storefront during API deployments.",
    "n-reset": "Product pages intermittently fail to load.",
    "n-axios-500": "Shoppers see a generic error message when the action fails.",
    "n-axios-404": "Shoppers with an older session cannot add items to their cart.",
    "n-axios-timeout": '"Add to cart" spins and then fails for shoppers at busy times.',
    "n-json": "Storefront pages break whenever an intermediate proxy returns an error page.",
    "n-range": "The checkout delivery estimate fails to display for affected orders.",
    "n-hydration": "The site header flickers or re-renders on page load.",
    "n-jwt-expired": (
        "Users are logged out with an error mid-session instead of being transparently"
        " re-authenticated."
    ),
    "n-jwt-malformed": (
        "Requests without a valid token fail with a server error instead of a clear"
        " authentication error."
    ),
    "n-mongo-dup": (
        "Users who sign up with an existing email see a generic error instead of a helpful message."
    ),
    "n-mongo-timeout": "Login and profile lookups fail while the database is unreachable.",
    "n-bcrypt": (
        "Users who registered via social login see an error when they try to log in with a"
        " password."
    ),
    "n-prisma-p2002": (
        "Sign-up fails with a generic error when the email address is already registered."
    ),
    "n-prisma-p2025": (
        "Users whose account was removed cannot save their profile and receive a server error."
    ),
    "n-enoent": "File uploads and downloads in the accounts service fail intermittently.",
    "n-heap": "The storefront becomes unavailable for short periods while the process restarts.",
    "n-log-unhandled": "CMS-driven content such as banners is missing from storefront pages.",
    "n-log-slow-render": "Product pages load noticeably slower for shoppers.",
    "r-nomethod-nil": "Some members are unable to redeem their points.",
    "r-nomethod-nil-tier": "Members who should move up a tier are not upgraded.",
    "r-record-not-found": "Requests for removed members return a server error instead of a 404.",
    "r-record-invalid": (
        'Members see an error page instead of a clear "insufficient points" message.'
    ),
    "r-record-invalid-email": (
        "Existing members who try to enroll again see an error instead of guidance."
    ),
    "r-stale": "Some point credits fail and may be missing from members' balances.",
    "r-pg-conn": "Points are not credited to members while the job cannot reach the database.",
    "r-redis": "The leaderboard stops updating.",
    "r-net-timeout": "Outgoing syncs to external systems fail or are delayed.",
    "r-faraday-422": "Points are not synced to the partner.",
    "r-faraday-401": "Points are not synced to the partner until the credentials are updated.",
    "r-argument": "Point credits fail for some members.",
    "r-keyerror": "Members without a partner code are excluded from the partner sync.",
    "r-sidekiq-dead": "Affected partner syncs are abandoned permanently without further retries.",
    "r-log-tenant": (
        "Tenants have to fix and re-upload the entire file, with no indication of which rows"
        " are invalid."
    ),
    "d-nullref": "Prices cannot be displayed for products with an active promotion.",
    "d-nullref-rules": "The pricing engine does not start, so all price requests fail.",
    "d-seq-empty": "Price calculation fails for some products.",
    "d-keynotfound": "Price calculations fail for newly created SKUs until they are loaded.",
    "d-format": "Merchants' price CSV uploads fail for rows with locale-specific number formats.",
    "d-timeout": "Competitor prices become stale.",
    "d-http-503": "Competitor prices are not refreshed while the feed is unavailable.",
    "d-http-403": "Competitor prices are not refreshed until access is restored.",
    "d-sql-deadlock": "Pricing jobs fail intermittently and price data lags behind.",
    "d-sql-timeout": "Price updates are not saved for large batches.",
    "d-ef-concurrency": "Users editing the same price at the same time receive a server error.",
    "d-argnull": "Prices without a currency cannot be displayed.",
    "d-argnull-region": "Prices without a region cannot be displayed.",
    "d-json": "The competitor feed cannot be processed, so competitor prices stop updating.",
    "d-log-circuit": "Competitor price refreshes are paused while the breaker is open.",
    "p-erp-503": "Stock levels in the ERP become stale.",
    "p-erp-409": "Stock updates for the affected warehouse do not reach the ERP.",
    "p-erp-pull": "Nightly stock reconciliation does not complete.",
    "p-negative-stock": (
        "Orders are rejected at checkout with a server error instead of an out-of-stock message."
    ),
    "p-log-bin": "Warehouse stock figures may be inaccurate.",
    "j-wms-reject": "Pick lists do not reach the warehouse, which delays order fulfilment.",
    "j-wms-reject-204": "Affected pick lists are not released to the warehouse.",
    "n-log-slot": "Shoppers cannot book a delivery slot for their postcode on the requested date.",
    "g-log-scan": "Scans at the dock are not recognized, which slows down warehouse receiving.",
}

# The fix the thirtysecond style's person's writing assistant suggests first under "Suggested
# next steps", per error, as GISTS keys them: a change in the code or the setup, some of the
# time naming the code in a code span. Like the gists, it never names a throw site its derived
# templates do not share.
_NEXT_STEPS: dict[str, str] = {
    "j-npe-invoice": (
        "Consider adding a null check for `invoice` before calling `getTotal()`, and ensure the"
        " invoice is always loaded together with its lines."
    ),
    "j-npe-address": (
        "Validate that the customer has an address before resolving the tax country, and return"
        " a clear validation error (e.g. 422) when it is missing."
    ),
    "j-iae-currency": (
        "Normalize currency codes during import (trim whitespace, uppercase, map known aliases"
        " such as RMB to CNY) and reject individual rows rather than the whole file."
    ),
    "j-ise-invoice-state": (
        "Make state transitions idempotent by treating a request for the invoice's current state"
        " as a no-op."
    ),
    "j-hikari": (
        "Enable Hikari's `leakDetectionThreshold` to identify potential connection leaks, and"
        " review the pool size against peak load."
    ),
    "j-pg-unique": (
        "Generate invoice numbers from a database sequence instead of computing them in"
        " application code."
    ),
    "j-pg-fk": (
        "Ensure the parent invoice is persisted before its lines, ideally within a single"
        " transaction."
    ),
    "j-ora-deadlock": (
        "Acquire locks on ledger accounts in a consistent order (e.g. by account ID) and add a"
        " single retry for ORA-00060."
    ),
    "j-ora-snapshot": (
        "Process the reconciliation scan in smaller, committed batches, or review the undo"
        " retention settings with the DBA team."
    ),
    "j-rest-timeout": (
        "Add retry with exponential backoff around the fx-rates call, and consider caching the"
        " most recent rates as a fallback."
    ),
    "j-rest-500": (
        "Handle 5xx responses from fx-rates gracefully by falling back to the last known rates,"
        " and raise the issue with the fx-rates owners."
    ),
    "j-rest-503": (
        "Honor the `Retry-After` header and retry with backoff, or serve cached rates during"
        " maintenance windows."
    ),
    "j-kafka-commit": (
        "Reduce `max.poll.records` or move heavy processing off the poll loop so that the"
        " consumer stays within `max.poll.interval.ms`."
    ),
    "j-jackson": (
        "Add a custom deserializer for formatted amounts, or reject them at the producer with a"
        " clear error message."
    ),
    "j-oom": (
        "Stream rows directly to the CSV writer instead of materializing the full report in memory."
    ),
    "j-s3-denied": (
        "Verify that the export job's IAM role (and the bucket policy) still grants"
        " `s3:PutObject` on the reports bucket."
    ),
    "j-s3-slowdown": (
        "Limit upload concurrency and add retry with exponential backoff for SlowDown responses."
    ),
    "j-file-tmp": (
        "Create and write the temporary file within the same step, and ensure that cleanup jobs"
        " do not remove files that are still in use."
    ),
    "j-concurrent-mod": (
        "Use `Iterator.remove()` or `removeIf()` for the eviction, or switch to a"
        " `ConcurrentHashMap`."
    ),
    "j-number-format": (
        "Validate the `limit` filter up front and return a 400 Bad Request for non-numeric input."
    ),
    "j-class-cast": (
        "Parse `rowLimit` explicitly (e.g. with `Long.parseLong`) instead of casting it, and"
        " reject invalid values with a 400."
    ),
    "j-grpc-unavail": (
        "Configure a gRPC retry policy for UNAVAILABLE on the accounts channel, and check the"
        " health of the accounts pods."
    ),
    "j-grpc-deadline": (
        "Review the deadline on the balance call against the accounts service's p99 latency,"
        " and consider a retry with a fresh deadline."
    ),
    "j-log-quota": (
        "Downgrade the quota-exceeded log entry to WARN, since the quota is working as intended."
    ),
    "j-log-dunning": (
        "Mark the customer's email address as undeliverable after a hard bounce and surface it"
        " to the account owner."
    ),
    "p-keyerror-sku": (
        "Validate each feed record against a schema before accessing `sku`, and skip invalid"
        " records with a warning."
    ),
    "p-keyerror-price": (
        'Use `record.get("price")` and skip or quarantine records without a price instead of'
        " failing the import."
    ),
    "p-valueerror-int": (
        "Parse stock quantities defensively and treat unparseable values as missing rather than"
        " failing the row."
    ),
    "p-typeerror-none": (
        "Add a guard for `price is None` before applying the discount, and decide how unpriced"
        " products should be displayed."
    ),
    "p-attr-none": (
        "Check for a missing related object before accessing `.slug`, and render a sensible"
        " fallback."
    ),
    "p-dj-doesnotexist": (
        "Use `get_object_or_404` in the view so that unknown products return a 404."
    ),
    "p-dj-integrity": (
        "Match existing products on `slug` during the upsert, or de-duplicate slugs before saving."
    ),
    "p-pg-deadlock": (
        "Sort SKUs before reserving them so that rows are always locked in the same order."
    ),
    "p-pg-operational": (
        "Introduce a connection pooler such as PgBouncer, or reduce the number of connections"
        " held per worker."
    ),
    "p-redis-conn": "Catch `redis.ConnectionError` and degrade gracefully by bypassing the cache.",
    "p-redis-timeout": (
        "Investigate slow commands on redis-cache and revisit the client's `socket_timeout`."
    ),
    "p-requests-timeout": (
        "Add retry with backoff around the Elasticsearch query and review cluster load during"
        " peak hours."
    ),
    "p-requests-conn": (
        "Return a 503 with a clear message when Elasticsearch is unreachable, and check the"
        " cluster's availability."
    ),
    "p-es-400": "Validate numeric filter values before building the Elasticsearch query.",
    "p-es-429": "Reduce the bulk batch size and add backoff when Elasticsearch responds with 429.",
    "p-celery-timelimit": (
        "Split the reindex into smaller chunks that fit within the soft time limit, and handle"
        " `SoftTimeLimitExceeded` explicitly."
    ),
    "p-pydantic": (
        "Return a 422 with the validation details, or clamp `page_size` to the documented maximum."
    ),
    "p-unicode": "Detect the file encoding on upload, or require UTF-8 and report a clear error.",
    "p-oserror-nospace": (
        "Ensure temporary files are removed in a `finally` block, and add disk usage alerts for"
        " the workers."
    ),
    "p-pil": (
        "Validate the content type before passing uploads to Pillow, and handle unsupported"
        " formats such as HEIC gracefully."
    ),
    "p-boto-nosuchkey": (
        "Return a 404 when the original object is missing, and investigate why the database"
        " references keys that are not in the bucket."
    ),
    "p-boto-throttle": (
        "Switch the S3 client to the `adaptive` retry mode and smooth out upload bursts."
    ),
    "p-recursion": "Track visited IFD offsets, or rewrite the EXIF walk iteratively.",
    "p-zerodiv": "Guard against a zero width or height before calculating the aspect ratio.",
    "p-log-worker-lost": (
        "Enable `acks_late` so that interrupted jobs are redelivered, and review the workers'"
        " memory limits."
    ),
    "p-log-slow-task": (
        "Make the reindex incremental, or revisit its time budget based on the current index size."
    ),
    "p-log-feed-skip": "Log skipped rows at WARNING and report a per-supplier count instead.",
    "g-nil-deref": (
        "Add the missing nil check, plus a `recover` middleware so that a single request cannot"
        " crash the handler."
    ),
    "g-index-range": (
        "Validate the number of elements in the parsed `Forwarded` header before indexing into it."
    ),
    "g-dial-refused": (
        "Retry the dial with backoff while the target is starting up, and verify the target's"
        " readiness probes."
    ),
    "g-reset": (
        "Set `IdleConnTimeout` below the upstream's keep-alive timeout to avoid reusing"
        " connections that were already closed."
    ),
    "g-ctx-deadline": "Align the proxy's context timeout with the upstream's observed latency.",
    "g-client-timeout": (
        "Cache introspection results for the token's lifetime to reduce load on the auth service."
    ),
    "g-tls": "Renew the upstream certificate and add alerting on certificate expiry dates.",
    "g-pgx-unique": (
        "Make the insert idempotent, for example with `ON CONFLICT DO NOTHING` on the tracking"
        " number."
    ),
    "g-pgx-serial": "Wrap the status update in a retry loop for SQLSTATE 40001.",
    "g-pgx-nopool": "Check the network policy and the failover state of the shipping database.",
    "g-json": (
        "Use `json.Number` or a custom unmarshaler for `weight_grams` so that both strings and"
        " numbers are accepted."
    ),
    "g-carrier-502": "Add a single retry for 502 responses from DHL before failing the quote.",
    "g-carrier-429": (
        "Introduce client-side rate limiting for DHL and respect the `Retry-After` header."
    ),
    "g-carrier-ups-502": "Retry UPS quote requests once on 502 before returning an error.",
    "g-concurrent-map": "Protect the rate cache with a `sync.RWMutex`, or use `sync.Map`.",
    "g-kafka-lag": "Scale the consumer group so that there is one consumer per partition.",
    "g-grpc-unavailable": (
        "Add retry with backoff for `Unavailable` in the catalog client, and consider a"
        " fallback response."
    ),
    "g-grpc-notfound": "Map `codes.NotFound` to an HTTP 404 in the gateway.",
    "g-log-upstream-5xx": (
        "Ensure unhealthy upstream pods are taken out of rotation via readiness probes."
    ),
    "g-log-upstream-504": "Identify the slow backend call behind the 504 responses.",
    "g-log-ratelimit": (
        "Log rate-limit rejections at INFO with sampling, and reach out to the client about"
        " implementing backoff."
    ),
    "g-log-oom": "Increase the container memory limit, or profile the process's memory usage.",
    "g-log-crash": (
        "Capture the crash output before the restart (e.g. `kubectl logs --previous`) to"
        " identify the cause."
    ),
    "n-undef-total": "Render a loading placeholder until the cart data is available.",
    "n-undef-items": "Use optional chaining with a default (`cart?.items ?? []`).",
    "n-undef-total-mini": "Hide the minicart badge when no cart exists for the session.",
    "n-not-function": "Normalize `variants` to an array in the API mapping layer.",
    "n-refused": (
        "Retry once after a short delay on `ECONNREFUSED`, and review the products API's"
        " rollout strategy."
    ),
    "n-reset": "Set the HTTP agent's keep-alive timeout below the one used by the products API.",
    "n-axios-500": (
        "Handle 5xx responses gracefully and show a retryable error state instead of rethrowing."
    ),
    "n-axios-404": (
        "Recreate the cart when the API returns 404, then retry the add-to-cart request."
    ),
    "n-axios-timeout": (
        "Compare the cart API's latency with the configured Axios timeout and adjust one or the"
        " other."
    ),
    "n-json": "Check the `content-type` header before parsing the response body as JSON.",
    "n-range": "Validate the date (`isNaN(date.getTime())`) before formatting it.",
    "n-hydration": "Move client-only logic in the header into `useEffect`.",
    "n-jwt-expired": (
        "Map `TokenExpiredError` to a 401 response so that clients refresh their token."
    ),
    "n-jwt-malformed": (
        "Reject missing or malformed `Authorization` headers with a 401 before verification."
    ),
    "n-mongo-dup": (
        "Check for an existing user by email before inserting, and return a 409 Conflict."
    ),
    "n-mongo-timeout": "Verify network connectivity from the pods to MongoDB on port 27017.",
    "n-bcrypt": (
        "Skip password verification for accounts without a password hash and direct those users"
        " to their social login provider."
    ),
    "n-prisma-p2002": (
        "Catch Prisma error `P2002` and return a 409 Conflict with a helpful message."
    ),
    "n-prisma-p2025": "Handle Prisma error `P2025` and return a 404.",
    "n-enoent": "Keep temporary files on a single pod, or use a shared volume.",
    "n-heap": "Profile server-side rendering memory and set `--max-old-space-size` accordingly.",
    "n-log-unhandled": (
        "Add a `.catch()` handler to the CMS fetch and verify DNS resolution for `cms.internal`."
    ),
    "n-log-slow-render": "Cache the product data required for rendering.",
    "r-nomethod-nil": (
        "Use safe navigation (`&.points`), or create the points account at enrollment."
    ),
    "r-nomethod-nil-tier": "Return early from the tier check when the association is nil.",
    "r-record-not-found": (
        "Add `rescue_from ActiveRecord::RecordNotFound` so that these requests return a 404."
    ),
    "r-record-invalid": (
        "Check the member's balance before deducting points, and return a user-friendly error."
    ),
    "r-record-invalid-email": (
        "Look up the member by email before enrolling, and return the existing membership."
    ),
    "r-stale": "Retry the update on `ActiveRecord::StaleObjectError`.",
    "r-pg-conn": "Verify `DATABASE_URL` on the job workers as well as the database's availability.",
    "r-redis": (
        "Rescue `Redis::CannotConnectError` around the leaderboard update so that the job can"
        " complete."
    ),
    "r-net-timeout": "Set an explicit `read_timeout` and add retry with exponential backoff.",
    "r-faraday-422": "Compare our points payload with the partner's current API schema.",
    "r-faraday-401": (
        "Rotate the partner API credentials and add monitoring for authentication failures."
    ),
    "r-argument": "Make the tier threshold non-nullable with a sensible default.",
    "r-keyerror": (
        "Skip members without a `partner_code` when building the payload, and log them for"
        " follow-up."
    ),
    "r-sidekiq-dead": (
        "Add alerting on the Sidekiq dead set size and investigate the underlying partner call"
        " failure."
    ),
    "r-log-tenant": "Reject only the invalid rows and return their row numbers to the tenant.",
    "d-nullref": "Add null checks for the promotion's rule and product before applying it.",
    "d-nullref-rules": (
        "Fail fast at startup with a descriptive error when the rules configuration section is"
        " missing."
    ),
    "d-seq-empty": (
        "Replace `First()` with `FirstOrDefault()` and handle the empty case explicitly."
    ),
    "d-keynotfound": "Use `TryGetValue` for the lookup and handle missing keys gracefully.",
    "d-format": (
        "Use `decimal.TryParse` with an explicit culture and report invalid rows back to the"
        " merchant."
    ),
    "d-timeout": "Stream the feed, or configure a longer timeout for this specific client.",
    "d-http-503": "Add a Polly retry policy with exponential backoff for 503 responses.",
    "d-http-403": "Verify the feed API key and confirm that our egress IPs are still allowlisted.",
    "d-sql-deadlock": "Retry transactions that are chosen as deadlock victims (error 1205) once.",
    "d-sql-timeout": "Split the upsert into smaller batches.",
    "d-ef-concurrency": (
        "Handle `DbUpdateConcurrencyException` and return a 409 so the user can reload and retry."
    ),
    "d-argnull": "Validate that a currency is set before constructing `Money`.",
    "d-argnull-region": "Resolve or default the region before constructing `Money`.",
    "d-json": "Enable `JsonNumberHandling.AllowReadingFromString` on the feed model.",
    "d-log-circuit": (
        "Log circuit breaker state changes at WARN, and alert on the underlying feed failures"
        " instead."
    ),
    "p-erp-503": "Retry the stock push with exponential backoff on 503.",
    "p-erp-409": "Send an idempotency key with each push, or serialize syncs per warehouse.",
    "p-erp-pull": "Add retry with backoff to the stock pull.",
    "p-negative-stock": (
        "Perform the availability check and the decrement atomically (`UPDATE ... WHERE qty >="
        " n`), and return a 409 when stock is insufficient."
    ),
    "p-log-bin": "Create a recount task for the bin instead of only logging the mismatch.",
    "j-wms-reject": (
        "Confirm the meaning of `WMS-117` with the WMS team and validate pick lists before"
        " submission."
    ),
    "j-wms-reject-204": (
        "Clarify with the WMS vendor whether `WMS-204` is retryable, and handle it accordingly."
    ),
    "n-log-slot": "Offer the next available date instead of logging an error.",
    "g-log-scan": "Display unknown barcodes on the scanner and log them at WARN.",
}

# What the thirtyfifth style's person says as a ticket's title, short, into their phone, by error
# ({short} in their summaries).
_SAID_TITLES: dict[str, str] = {
    "j-npe-invoice": "line sum blowing up on a null invoice",
    "j-npe-address": "tax country null pointer for customers with no address",
    "j-iae-currency": "invoice import hates some currency codes",
    "j-ise-invoice-state": "already finalized invoice errors",
    "j-hikari": "Hikari pool out of connections",
    "j-pg-unique": "duplicate invoice numbers on create",
    "j-pg-fk": "invoice lines failing the foreign key",
    "j-ora-deadlock": "Oracle deadlocks on ledger postings",
    "j-ora-snapshot": "recon job dying with snapshot too old",
    "j-rest-timeout": "FX rates timing out on us",
    "j-rest-500": "FX rates throwing five hundreds",
    "j-rest-503": "FX rates down for maintenance and we don't retry",
    "j-kafka-commit": "posting consumer commit failing after rebalance",
    "j-jackson": "posting amounts with a comma won't parse",
    "j-oom": "CSV export out of memory",
    "j-s3-denied": "report upload access denied on S3",
    "j-s3-slowdown": "S3 telling us to slow down on reports",
    "j-file-tmp": "temp report file missing on export",
    "j-concurrent-mod": "report cash eviction concurrent modification",
    "j-number-format": "reports list dies on a weird limit",
    "j-class-cast": "row limit string to long cast",
    "j-grpc-unavail": "ledger can't reach accounts for balance",
    "j-grpc-deadline": "accounts balance calls timing out",
    "j-log-quota": "invoice quota errors for tenants",
    "j-log-dunning": "dunning emails bouncing",
    "p-keyerror-sku": "feed import crashing on missing sku",
    "p-keyerror-price": "feed import crashing on missing price",
    "p-valueerror-int": "stock numbers in the feed not parsing",
    "p-typeerror-none": "discount math on a None price",
    "p-attr-none": "product page slug on None",
    "p-dj-doesnotexist": "missing products giving 500 not four oh four",
    "p-dj-integrity": "product slug already taken on upsert",
    "p-pg-deadlock": "stock reservation deadlocks",
    "p-pg-operational": "catalog out of Postgres connection slots",
    "p-redis-conn": "Redis cash refusing connections",
    "p-redis-timeout": "Redis cache reads timing out",
    "p-requests-timeout": "elastic search timing out",
    "p-requests-conn": "can't connect to elastic search",
    "p-es-400": "elastic four hundred on number filters",
    "p-es-429": "elastic rejecting bulk indexing",
    "p-celery-timelimit": "reindex hitting the soft time limit",
    "p-pydantic": "page size over 100 failing validation",
    "p-unicode": "synonyms file not UTF 8",
    "p-oserror-nospace": "media worker out of disk",
    "p-pil": "uploads pillow can't read",
    "p-boto-nosuchkey": "originals missing from S3",
    "p-boto-throttle": "S3 put object throttled",
    "p-recursion": "EXIF recursion on some photos",
    "p-zerodiv": "aspect ratio divide by zero",
    "p-log-worker-lost": "celery workers getting SIGKILLed",
    "p-log-slow-task": "reindex way over budget",
    "p-log-feed-skip": "feed rows skipped no EAN",
    "g-nil-deref": "gateway nil pointer panic",
    "g-index-range": "forwarded header index out of range",
    "g-dial-refused": "dial TCP connection refused",
    "g-reset": "upstream resetting connections",
    "g-ctx-deadline": "upstream round trips hitting the deadline",
    "g-client-timeout": "auth introspect timing out",
    "g-tls": "upstream cert expired",
    "g-pgx-unique": "duplicate tracking numbers",
    "g-pgx-serial": "shipment status updates colliding",
    "g-pgx-nopool": "shipping can't reach its database",
    "g-json": "DHL weight grams coming back as a string",
    "g-carrier-502": "DHL quotes five oh two",
    "g-carrier-429": "DHL rate limiting us",
    "g-carrier-ups-502": "UPS quotes five oh two",
    "g-concurrent-map": "shipping crashing on concurrent map writes",
    "g-kafka-lag": "shipping events lagging",
    "g-grpc-unavailable": "catalog gRPC unavailable from gateway",
    "g-grpc-notfound": "product page errors on not found SKUs",
    "g-log-upstream-5xx": "upstream five oh threes on products",
    "g-log-upstream-504": "upstream 504s on products",
    "g-log-ratelimit": "API keys hitting the rate limit",
    "g-log-oom": "containers getting OOM killed",
    "g-log-crash": "containers crashing with exit one",
    "n-undef-total": "cart summary total undefined",
    "n-undef-items": "cart summary items undefined",
    "n-undef-total-mini": "mini cart badge undefined total",
    "n-not-function": "variants map is not a function",
    "n-refused": "products API refusing connections",
    "n-reset": "products API hanging up on us",
    "n-axios-500": "back end five hundreds on storefront calls",
    "n-axios-404": "add to cart four oh four",
    "n-axios-timeout": "add to cart timing out",
    "n-json": "API returning HTML instead of JSON",
    "n-range": "delivery estimate invalid date",
    "n-hydration": "header hydration mismatch",
    "n-jwt-expired": "expired JWT not a four oh one",
    "n-jwt-malformed": "malformed JWTs",
    "n-mongo-dup": "duplicate email on sign up",
    "n-mongo-timeout": "Mongo timing out",
    "n-bcrypt": "login broken for users with no password hash",
    "n-prisma-p2002": "Prisma unique email on sign up",
    "n-prisma-p2025": "Prisma record not found on profile update",
    "n-enoent": "temp avatar file missing",
    "n-heap": "storefront out of heap",
    "n-log-unhandled": "CMS internal not resolving",
    "n-log-slow-render": "product pages rendering slow",
    "r-nomethod-nil": "redeem blowing up on nil",
    "r-nomethod-nil-tier": "tier upgrade check on nil",
    "r-record-not-found": "missing members not a four oh four",
    "r-record-invalid": "redeem going below zero points",
    "r-record-invalid-email": "enroll email already taken",
    "r-stale": "stale member on add points",
    "r-pg-conn": "points job can't reach Postgres",
    "r-redis": "leaderboard can't reach Redis",
    "r-net-timeout": "outgoing HTTP read timeouts",
    "r-faraday-422": "partner API four twenty two on points",
    "r-faraday-401": "partner API four oh one",
    "r-argument": "tier lookup comparing with nil",
    "r-keyerror": "partner code missing from payload",
    "r-sidekiq-dead": "partner sink job in the dead set",
    "r-log-tenant": "tenant points import rejected",
    "d-nullref": "null ref applying promotions",
    "d-nullref-rules": "pricing rules null ref on startup",
    "d-seq-empty": "first on an empty list",
    "d-keynotfound": "SKU missing from the dictionary",
    "d-format": "price CSV number format",
    "d-timeout": "competitor feed timing out",
    "d-http-503": "competitor feed five oh three",
    "d-http-403": "competitor feed forbidden",
    "d-sql-deadlock": "SQL server picking us as the deadlock victim",
    "d-sql-timeout": "price upserts timing out",
    "d-ef-concurrency": "price save zero rows affected",
    "d-argnull": "null currency in money create",
    "d-argnull-region": "null region in money create",
    "d-json": "competitor feed price not a decimal",
    "d-log-circuit": "competitor feed circuit breaker open",
    "p-erp-503": "ERP five oh three on stock push",
    "p-erp-409": "ERP conflict on stock push",
    "p-erp-pull": "ERP 503 on stock pull",
    "p-negative-stock": "stock going negative on reserve",
    "p-log-bin": "bin counts off",
    "j-wms-reject": "WMS one one seven on pick lists",
    "j-wms-reject-204": "WMS two oh four on pick lists",
    "n-log-slot": "no delivery slots for some postcodes",
    "g-log-scan": "unknown barcodes from the dock scanners",
}

# The response bodies the twentyfourth style's person copies from the Network tab, as each
# service's framework answers an error it does not handle ({path}: the request's path).
_SPRING_500 = '{"status":500,"error":"Internal Server Error","path":"{path}"}'
_DJANGO_500 = "<h1>Server Error (500)</h1>"
_STARLETTE_500 = "Internal Server Error"
_NEXT_500 = "<!DOCTYPE html><title>500: Internal Server Error</title>"
_EXPRESS_500 = '{"error":"Something went wrong"}'
_GO_500 = '{"error":"internal error"}'
_DOTNET_500 = (
    '{"type":"https://tools.ietf.org/html/rfc9110#section-15.6.1",'
    '"title":"An error occurred while processing your request.","status":500}'
)
_NO_RESPONSE = "net::ERR_EMPTY_RESPONSE"  # with status 0: the browser got no response at all

# What the browser gets back when the twentyfourth style's person, a frontend engineer, runs
# into an error, per error, as GISTS keys them: the status the Network tab shows (0 when the
# connection drops without a response) and the response's body ("" when it has none). Like
# the gists, it holds for every template derived from the error; errors whose failure never
# reaches the browser (in a job, a consumer, or only logged) have no entry.
_RESPONSES: dict[str, tuple[int, str]] = {
    **dict.fromkeys(
        "j-npe-invoice j-npe-address j-iae-currency j-ise-invoice-state j-hikari"
        " j-pg-unique j-pg-fk j-ora-deadlock j-rest-timeout j-rest-500 j-rest-503"
        " j-number-format j-class-cast j-grpc-unavail j-grpc-deadline j-wms-reject"
        " j-wms-reject-204".split(),
        (500, _SPRING_500),
    ),
    "j-log-quota": (429, '{"status":429,"error":"Too Many Requests"}'),
    **dict.fromkeys(
        "p-typeerror-none p-attr-none p-dj-doesnotexist p-pg-operational p-redis-conn"
        " p-redis-timeout p-boto-nosuchkey".split(),
        (500, _DJANGO_500),
    ),
    **dict.fromkeys(
        "p-requests-timeout p-requests-conn p-es-400 p-pydantic p-negative-stock".split(),
        (500, _STARLETTE_500),
    ),
    **dict.fromkeys(
        "g-nil-deref g-index-range".split(),
        (0, _NO_RESPONSE),
    ),
    **dict.fromkeys(
        "g-dial-refused g-reset g-client-timeout g-tls g-concurrent-map g-log-oom"
        " g-log-crash n-heap".split(),
        (502, ""),
    ),
    "g-ctx-deadline": (504, '{"error":"upstream timeout"}'),
    **dict.fromkeys(
        "g-pgx-unique g-pgx-serial g-pgx-nopool g-json g-grpc-notfound".split(),
        (500, _GO_500),
    ),
    **dict.fromkeys(
        "g-carrier-502 g-carrier-429 g-carrier-ups-502".split(),
        (502, '{"error":"quote failed"}'),
    ),
    "g-grpc-unavailable": (502, '{"error":"catalog unavailable"}'),
    "g-log-upstream-5xx": (503, ""),
    "g-log-upstream-504": (504, ""),
    "g-log-ratelimit": (429, '{"error":"rate limit exceeded"}'),
    **dict.fromkeys(
        "n-undef-total n-undef-items n-undef-total-mini n-not-function n-refused n-reset"
        " n-json n-range".split(),
        (500, _NEXT_500),
    ),
    "n-axios-500": (500, '{"message":"Request failed with status code 500"}'),
    "n-axios-404": (500, '{"message":"Request failed with status code 404"}'),
    "n-axios-timeout": (500, '{"message":"Internal Server Error"}'),
    "n-jwt-expired": (500, '{"message":"jwt expired"}'),
    "n-jwt-malformed": (500, '{"message":"jwt malformed"}'),
    **dict.fromkeys(
        "n-mongo-dup n-mongo-timeout n-bcrypt n-prisma-p2002 n-prisma-p2025 n-enoent".split(),
        (500, _EXPRESS_500),
    ),
    "r-nomethod-nil": (500, '{"status":500,"error":"Internal Server Error"}'),
    "r-record-not-found": (404, '{"status":404,"error":"Not Found"}'),
    **dict.fromkeys(
        "r-record-invalid r-record-invalid-email".split(),
        (422, '{"status":422,"error":"Unprocessable Entity"}'),
    ),
    **dict.fromkeys(
        "d-nullref d-nullref-rules d-seq-empty d-keynotfound d-format d-ef-concurrency"
        " d-argnull d-argnull-region".split(),
        (500, _DOTNET_500),
    ),
}

# What the twentyfifth style's person, on the platform team, finds on the pods themselves besides
# their logs, per error, as GISTS keys them: where they look ("describe": the container's last
# termination in ``kubectl describe pod``, its reason and exit code; "events": a node's warning
# event in ``kubectl get events``, its reason and message). Errors that leave no mark on the
# pods (most: the process logs them and goes on) have no entry.
_POD_SIGNS: dict[str, tuple[str, str, str]] = {
    "g-log-oom": ("describe", "OOMKilled", "137"),
    "g-log-crash": ("describe", "Error", "1"),
    **dict.fromkeys(  # a Go panic or fatal error ends the process with status 2
        "g-nil-deref g-index-range g-concurrent-map".split(), ("describe", "Error", "2")
    ),
    "n-heap": ("describe", "Error", "134"),  # V8 aborts at its heap limit
    "p-log-worker-lost": (
        "events",
        "OOMKilling",
        "Memory cgroup out of memory: Killed process {pid} (celery) total-vm:{vm}kB,"
        " anon-rss:{rss}kB, file-rss:0kB, shmem-rss:0kB",
    ),
    "p-oserror-nospace": (
        "events",
        "EvictionThresholdMet",
        "Attempting to reclaim ephemeral-storage",
    ),
}

# The errors whose line the runtime itself prints as the process dies of it (a Go panic or
# fatal error, V8 at its heap limit), not the app's logger: the twentyfifth style's person
# finds it in the previous container's log, as GISTS keys them.
_DYING = frozenset("g-nil-deref g-index-range g-concurrent-map n-heap".split())

# Summary shapes per phrasing bank: {Svc}/{svc} service, {exc} exception, {where} method;
# {workload}: the workload the twentyfifth style's person reads the logs of (deploy/billing);
# {area} and {priority}: the product area the twentysixth style's person files it under, and the
# priority they give it (P2); {tag}, {spec}, {test} and {job}: the kind of suite the
# twentyseventh style's person's failing test is in ("API", "E2E"), its spec as the report
# names it (test_catalog.py, cart.spec.ts, InvoiceIT), the test's id and the CI job; {dag},
# {task} and {model}: the twentyeighth style's person's Airflow DAG, the task of it that
# failed and the dbt model it feeds; {scenario}, {load} and {failed}: the twentyninth style's
# person's load test scenario, the load it ran at (240 VUs) and what failed (3.8%
# http_req_failed on POST /api/...); {partner} and {env}: the thirtieth style's person's company
# and the environment their integration runs against (Sandbox, Production); {title} and
# {tracker}: the title the thirtythird style's team's error tracker gave the issue, and which
# tracker it was (Sentry, Rollbar, ...); {room}: the Slack channel of the thirtyfourth style's
# incident thread (#inc-billing); {aexc} and {short}: the exception with its article, as the
# thirtyfifth style's person says it ("a null pointer exception", "an HTTP request exception"),
# and what they say as a title (see _SAID_TITLES).
_SUMMARIES: tuple[tuple[str, ...], ...] = (
    (
        "{Svc}: {exc} in {where}, {gist}",
        "[{svc}] {gist} ({exc} at {where})",
        "{exc} thrown by {where} in {svc}: {gist}",
        "{gist} - {svc} {where} ({exc})",
    ),
    (
        "{Svc} errors: {gist} ({exc}, {where})",
        "{where} fails with {exc} on {svc}: {gist}",
        "{svc} - {exc}: {gist} in {where}",
        "Investigate {exc} from {where} ({svc}): {gist}",
    ),
    (
        "{svc}: {gist} [{exc} @ {where}]",
        "{exc} @ {where} ({Svc}) - {gist}",
        "prod {svc} | {where} -> {exc}: {gist}",
        "{Svc}/{where}: {gist}, {exc}",
    ),
    (
        "[{svc}] {gist} -- {exc} via {where}",
        "{Svc} on-call: {gist} / {exc} / {where}",
        "{gist}; source {where}, {exc} ({svc})",
        "{svc}/prod: {gist} (surfaces as {exc} from {where})",
    ),
    (
        "Error in service {svc} \u2013 {gist} ({exc} in {where})",
        "{exc} is thrown in {where} ({svc}) \u2013 {gist}",
        "{gist} \u2013 {exc} from {where}, service {svc}",
        "Exception {exc} at {where} \u2013 {gist}",
    ),
    (
        "{Svc} > {gist} ({exc})",
        "{Svc} > {exc} at {where}: {gist}",
        "[PROD] {Svc} > {gist}",
        "{Svc} > {gist}, {exc} at {where}",
        "PROD BUG: {gist} ({svc}, {exc})",
    ),
    (
        "{gist} ({svc}: {exc} in {where})",
        "L2 escalation - {svc} - {gist}",
        "{Svc}: recurring {exc} in {where}, {gist}",
        "Escalated by support: {exc} in {where} on {svc} ({gist})",
        "Customer-facing? {gist} - {svc}, {exc}",
    ),
    (
        "fix({svc}): {gist}",
        "fix({svc}): {exc} in {where}, {gist}",
        "bug({svc}): {gist} ({exc})",
        "{svc}: handle {exc} in {where} - {gist}",
        "Guard against {exc} in {where} on {svc}: {gist}",
    ),
    (
        "{gist} [{svc}]",
        "Why do we get {exc} via {where}? {gist} [{svc}]",
        "{Svc}: {exc} along {where} \u2014 {gist}",
        "{gist} \u2014 {exc}, call path {where} [{svc}]",
        "{Svc} keeps raising {exc} \u2014 {gist}",
    ),
    (
        "{svc} :: {gist} ({exc} under {where})",
        "{svc} :: {exc} under {where} :: {gist}",
        "err review, {svc}: {gist}",
        "{Svc} SLO burn from {exc} ({where}): {gist}",
        "{gist}; {exc} below entrypoint {where} ({svc})",
    ),
    (
        "[{Svc}] {gist}",
        "[{Svc}] {gist} ({exc})",
        "[{Svc}] {gist}, log shows {exc} in {where}",
        "[{Svc}][Regression] {gist}",
        "[{Svc}] {exc} in {where} - {gist}",
    ),
    (
        "[triggered] {svc} error rate - {gist}",
        "{svc}-errors alert: {exc} in {where}, {gist}",
        "{svc} err spike firing: {gist} ({exc})",
        "[P2] {svc} apm errors | {exc} @{where} | {gist}",
        "oncall: {svc} error monitor, {gist} - {where}",
    ),
    (
        "Incident review follow-up: {gist}",
        "{gist} ({Svc} team, {exc})",
        "Action item for the {Svc} team: {gist}",
        "{Svc}: {gist} - {exc} in {where}",
        "Follow-up from the weekly incident review - {gist} ({exc})",
    ),
    (
        "Possible bug in {svc}: {gist}",
        "{Svc}: {gist} (seeing {exc}, I think from {where})",
        "Not sure if this is expected - {gist} ({svc})",
        "{exc} in {svc}, looks like {gist}",
        "Question about {where} in {svc}: {gist} ({exc})",
    ),
    (
        "{svc} batch failures: {gist}",
        "[{svc}] failed runs - {exc} in {where}: {gist}",
        "{Svc} job errors, {gist} ({exc})",
        "{gist} - {exc} at {where} ({svc})",
        "Retries exhausted in {svc}: {gist} ({exc} at {where})",
    ),
    (
        "[app] {gist} (BE: {svc})",
        "[iOS/Android] {gist} - BE {exc} in {where}",
        "App hitting {svc} BE errors: {gist}",
        "{Svc} BE -> app: {gist} ({exc})",
        "Mobile: {gist} | BE trace: {exc} from {where}",
    ),
    (
        "{svc}: {gist} ({exc}, {where})",
        "{where}: {exc}, {gist}",
        "{svc} {where}: {gist}",
        "{svc}: {exc} in {where} / {gist}",
        "[{svc}] {exc} @ {where}: {gist}",
    ),
    (
        "[Security review] {svc} - {gist}",
        "Finding ({Svc}) - {gist}; {exc} at {where}",
        "{Svc} - {gist} [{exc}, {where}]",
        "SEC review finding: {exc} in {where} ({gist})",
        "Audit log review ({svc}) - {gist}, {exc}",
    ),
    (
        "Rollback follow-up: {svc} - {gist}",
        "[release blocker] {Svc}: {gist} ({exc})",
        "{svc} canary failure: {exc} in {where} - {gist}",
        "Blocks the next {svc} release: {gist}",
        "{Svc} rolled back - {exc} at {where}: {gist}",
    ),
    (
        "Case {case} ({customer}): {gist}",
        "[Customer escalation] {customer} - {gist} ({exc} in {svc})",
        "{customer} / case {case} - {exc} at {where}: {gist}",
        "Escalation, {customer}: {svc} {exc} - {gist}",
        "Customer-reported ({customer}, case {case}): {gist}",
    ),
    (
        "[DB triage] {svc}: {gist}",
        "{Svc}: {gist} ({exc}, {where})",
        "DBA triage - {svc} {exc} at {where}: {gist}",
        "{gist} - {svc}, {where}",
        "Seen from the DB side, {svc}: {gist} [{exc}]",
    ),
    (
        "[traces] {svc}: {gist}",
        "{Svc} error spans - {exc} at {where}: {gist}",
        "Tempo: {exc} in {where} ({svc}) - {gist}",
        "{svc} error rate up: {gist} [{exc}]",
        "Trace review, {svc}: {gist} ({where})",
    ),
    (
        "bug({svc}): {gist}",
        "bug({svc}): {exc} in {where} - {gist}",
        "fix needed in {where}: {gist}",
        "{where}: {gist}",
        "{exc} thrown from {where}: {gist}",
        "fix needed ({svc}): {gist} [{exc}]",
    ),
    (
        "[web] {gist} ({where})",
        "FE: {where} fails - {gist}",
        "Web app: {gist} [BE {exc}]",
        "{where} failing for the web app: {exc} on the BE, {gist}",
        "[FE/BE] {svc}: {gist}",
        "{Svc} API, {where}: {gist} ({exc})",
    ),
    (
        "{workload}: {gist}",
        "{workload} ({where}): {exc}, {gist}",
        "ns prod / {workload}: {exc} in the container logs - {gist}",
        "[k8s] {svc} pods log {exc} from {where}: {gist}",
        "{gist} - {workload}, {where}",
        "{exc} all over the {workload} logs: {gist}",
    ),
    (
        "{area}: {gist}",
        "[{priority}] {area} - {gist}",
        "{area} issue from user reports: {gist} (eng: {exc} in {where})",
        "{gist} - {area}, {priority}",
        "User-facing bug in {area}: {gist}",
        "{area}: {gist} ({exc}, {where} per eng)",
    ),
    (
        "[{tag}] {spec} fails: {gist}",
        "[{tag}] {spec} red on main - {exc}: {gist}",
        "[{tag}] {test} fails with {exc}: {gist}",
        "Flaky or real? {spec} - {gist} ({exc})",
        "{job}: {spec} failing, {gist} [{exc} at {where}]",
        "[{tag}][{svc}] {gist} - {spec}",
    ),
    (
        "{dag} DAG failing at task {task}: {gist}",
        "[{dag}] {task} fails - {svc} {exc}: {gist}",
        "{model} not refreshed: {dag}.{task} gets {exc} from {svc} ({gist})",
        "{dag}/{task}: {gist} ({exc} at {where})",
        "Airflow {dag} failing at {task}, {svc} side {exc} - {gist}",
        "{task} in {dag} keeps failing: {gist}",
    ),
    (
        "Load test {scenario}: {failed} - {gist}",
        "[perf] {scenario} at {load}: {failed} ({exc}) - {gist}",
        "{Svc} under load ({scenario}): {gist} [{exc} at {where}]",
        "Perf run {scenario}, {failed}: {gist}",
        "[load] {svc} {exc} at {where} - {gist}",
        "{scenario} on staging: {gist} ({failed})",
    ),
    (
        "Partner {partner}: SDK call {where} fails with {exc} - {gist}",
        "[{env}] {partner}: {where} throws {exc}: {gist}",
        "{partner} integration - {exc} from {where} ({gist})",
        "API error on {where} for {partner} ({exc}): {gist}",
        "Partner portal / {partner}: {gist} [{where}, {exc}]",
        "{where} failing in {env} for {partner}: {gist}",
    ),
    (
        "{Svc} service - getting {exc} in {where}: {gist}",
        "[PROD] {exc} is coming in {svc} service ({gist})",
        "{exc} in {where} - {gist}",
        "Issue in {svc} service: {gist}",
        "Getting {exc} from {where} in prod, {gist}",
        "{svc} | {where} is throwing {exc} | {gist}",
    ),
    (
        "{gist} ({Svc} service)",
        "{Svc}: {exc} in {where} \u2014 {gist}",
        "Unexpected {exc} in {where}: {Gist}",
        "{Svc} \u2014 {Gist}",
        "Investigate {exc} in the {svc} service: {Gist}",
        "[{Svc}] {Gist}",
    ),
    (
        "{title}",
        "{title}",
        "[BE] {title}",
        "[{Svc}] {title}",
        "{title} ({gist})",
        "{Gist} - {exc}",
        "[BE] {Gist}",
        "{Svc}: {gist} ({exc})",
        "{gist} [{tracker}]",
    ),
    (
        "{gist}",
        "{gist}",
        "Investigate: {gist}",
        "Investigate: {exc} in {svc} - {gist}",
        "{Svc} incident: {gist}",
        "{gist} ({svc}, {exc})",
        "{exc} in {where}",
        "from {room}: {gist}",
    ),
    (
        "{short}",
        "{short}",
        "{short} again",
        "{Svc} {short}",
        "{short} on {svc}",
        "{short} it's {aexc}",
        "{svc} throwing {aexc} again",
        "{aexc} in {where}",
        "{where} blowing up with {aexc}",
        "{svc} {exc} in {where}",
        "{gist}",
    ),
)
_LOG_SUMMARIES: tuple[tuple[str, ...], ...] = (
    ("{Svc}: {gist}", "[{svc}] {gist}"),
    ("{Svc} logs: {gist}", "{gist} ({svc})"),
    ("{gist} in {svc} logs", "{Svc} log alert: {gist}"),
    ("{Svc} on-call: {gist}", "[{svc}][logs] {gist}", "{gist} -- {svc} log monitor"),
    (
        "Error in service {svc} \u2013 {gist}",
        "{gist} \u2013 log message of service {svc}",
        "Log errors of the {svc} service: {gist}",
    ),
    ("{Svc} > {gist}", "[PROD] {Svc} > {gist}", "{Svc} > logs: {gist}"),
    (
        "{gist} ({svc}, log alert)",
        "L2 escalation - {svc} - {gist}",
        "{Svc}: recurring log error, {gist}",
    ),
    ("fix({svc}): {gist}", "ops({svc}): {gist}", "{svc}: look into the error logs - {gist}"),
    ("{gist} [{svc}]", "{Svc} error logs \u2014 {gist}", "Why is {svc} logging this? {gist}"),
    ("{svc} :: {gist}", "err review, {svc}: {gist} (log-based)", "{Svc} SLO burn: {gist}"),
    ("[{Svc}] {gist}", "[{Svc}][Log] {gist}", "[{Svc}] Error message in log: {gist}"),
    (
        "[triggered] {svc} log errors - {gist}",
        "{svc}-log-errors alert: {gist}",
        "oncall: {svc} error log monitor, {gist}",
        "{svc} logs monitor triggered - {gist}",
    ),
    (
        "Incident review follow-up: {gist}",
        "{gist} ({Svc} team)",
        "Action item for the {Svc} team: {gist}",
    ),
    (
        "Possible issue in the {svc} logs: {gist}",
        "{Svc}: {gist} (expected?)",
        "Not sure if this is expected - {svc} logs say {gist}",
    ),
    (
        "{svc} run log errors: {gist}",
        "[{svc}] {gist} (from the job logs)",
        "{Svc} batch logs - {gist}",
    ),
    (
        "[app] {gist} (BE logs, {svc})",
        "App impact from the {svc} BE: {gist}",
        "Mobile: {gist} - per the {svc} BE logs",
    ),
    ("{svc}: {gist}", "{svc} (logs): {gist}", "{Svc}, log-only: {gist}"),
    (
        "[Security review] {svc} logs - {gist}",
        "Finding ({Svc}, log review) - {gist}",
        "Log review finding for {svc} ({gist})",
    ),
    (
        "Rollback follow-up: {svc} error logs - {gist}",
        "[release blocker] {Svc} error logs: {gist}",
        "{svc} canary log check failed: {gist}",
    ),
    (
        "Case {case} ({customer}): {gist}",
        "[Customer escalation] {customer} - {svc} log errors: {gist}",
        "Customer-reported ({customer}, case {case}), {svc} logs: {gist}",
    ),
    (
        "[DB triage] {svc} error log: {gist}",
        "{Svc} logs, seen from the DB side: {gist}",
        "DBA triage - {svc} logs: {gist}",
    ),
    (
        "[logs/Loki] {svc}: {gist}",
        "{Svc} error logs, no trace attached: {gist}",
        "Loki alert ({svc}): {gist}",
    ),
    (
        "bug({svc}): {gist}",
        "fix needed ({svc}, error log): {gist}",
        "{svc}: {gist} (logged, nothing thrown)",
    ),
    (
        "[web] {gist} ({svc} logs)",
        "FE: {gist} - only in the {svc} logs",
        "Web app vs {svc}: {gist} (logged, no exception)",
    ),
    (
        "{workload}: {gist}",
        "[k8s] {svc} container logs: {gist}",
        "ns prod / {workload} logs at error level: {gist}",
    ),
    (
        "{area}: {gist}",
        "[{priority}] {area} - {gist}",
        "From user reports, {area}: {gist}",
    ),
    (
        "[{tag}] {svc} server log errors during {job}: {gist}",
        "{spec} green, but the {svc} log has: {gist}",
        "[{tag}][{svc}] server log only - {gist}",
    ),
    (
        "{dag}: {gist} (from the {svc} logs)",
        "[{dag}] {task} - {gist}",
        "{model} off for the day - {svc} logs: {gist}",
    ),
    (
        "Load test {scenario}: {failed} - {gist}",
        "[perf] {scenario} at {load}: {gist}",
        "{Svc} log during {scenario}: {gist}",
    ),
    (
        "Partner {partner}: {gist}",
        "[{env}] {partner} integration issue - {gist}",
        "Partner portal / {partner}: {gist}",
    ),
    (
        "{Svc} service: {gist}",
        "[PROD] Error log is coming in {svc} - {gist}",
        "{gist} in {svc} service logs",
    ),
    (
        "{gist} ({Svc} service)",
        "{Svc} \u2014 {Gist}",
        "Error-level log entries in {svc}: {Gist}",
    ),
    (
        "{title}",
        "[BE] {title}",
        "{title} ({gist})",
        "[{Svc}] {Gist}",
        "{Gist} - {svc} logs",
    ),
    (
        "{gist}",
        "Investigate: {gist}",
        "{Svc} incident: {gist}",
        "from {room}: {gist}",
    ),
    ("{short}", "{short} again", "{Svc} {short}", "{short} in the {svc} logs", "{gist}"),
)
# Openings of a person's description; {date} is when they first saw it ({case} and
# {customer}: the support case the twentieth style's person escalates, and whose it is;
# {workload} and {container}: where the twentyfifth style's person reads the logs; {area}: the
# product area of the twentysixth style's person; {job} and {spec}: the CI job and the spec of
# the twentyseventh's; {dag}, {task} and {model}: the pipeline of the twentyeighth's; {tool} and
# {scenario}: the load test of the twentyninth's; {partner}: the company of the thirtieth's;
# {version} and {tracker}: the release the thirtythird's error tracker saw it in, and the
# tracker; {oncall}: the handle of the service's on-call group the thirtyfourth's thread opener
# calls, @oncall-billing).
_OPENINGS: tuple[tuple[str, ...], ...] = (
    (
        "Seeing this in {svc} since {date}.",
        "Alerts from {svc} started on {date}.",
        "Support escalated this one, {svc} in production.",
        "Noticed in the {svc} dashboards on {date}.",
    ),
    (
        "{Svc} has been throwing this since {date}.",
        "Came up in the {svc} on-call handover ({date}).",
        "Customers hit this in {svc}, first report {date}.",
        "Spotted while reviewing {svc} errors on {date}.",
    ),
    (
        "First seen {date} in {svc} prod.",
        "Paging on {svc} since {date}.",
        "QA flagged this for {svc} ({date}).",
        "{Svc} is burning error budget on this since {date}.",
    ),
    (
        "Impact: some {svc} requests erroring since {date}.",
        "Monitor for {svc} fired {date}, still firing.",
        "User impact unclear so far; {svc} errors started {date}.",
        "{Svc} error rate up since {date}.",
        "On-call note ({svc}, {date}).",
    ),
    (
        "Hello, since {date} we see this error in the {svc} service.",
        "This occurs in {svc} since {date}, several times per day.",
        "Found during the daily log review of {svc} on {date}.",
        "Our monitoring reported this for service {svc} first on {date}.",
        "Hi team, please have a look, {svc} has this error since {date}.",
    ),
    (
        "*Env:* prod ({svc}) | *First seen:* {date}.",
        "*Environment:* {Svc} production, since {date}.",
        "*Env:* production. *Service:* {svc}. *First occurrence:* {date}.",
        "Hit in prod on {date} ({svc}).",
        "Caught by alerting in {svc} prod, first on {date}.",
    ),
    (
        "Escalating from app support: {svc} has been showing this since {date}.",
        "Came in through the support queue; earliest {svc} occurrence we found is {date}.",
        "Picked up on the L2 morning check ({date}) in the {svc} logs.",
        "Reported to support on {date}; checked the {svc} logs and it's there.",
        "Raising this on behalf of support. {Svc}, started around {date}.",
    ),
    (
        "Seen in {svc} prod, first event {date}.",
        "Noticed while on rotation for {svc} ({date}).",
        "{Svc} prod has had this since {date}, a couple of times an hour.",
        "First event in {svc} is from {date}; nothing in staging.",
        "Found via the {svc} error tracker, oldest occurrence {date}.",
    ),
    (
        "Cropped up in {svc} on {date} and hasn't gone away.",
        "Been ticking along in {svc} since {date}.",
        "Spotted in {svc} on {date} whilst chasing something else.",
        "Raised off the back of the {svc} incident review ({date}).",
        "{Svc} has been doing this on and off since {date}.",
    ),
    (
        "Platform team, filing from the weekly error review: {svc}, oldest event in the window"
        " is {date}.",
        "Top offender for {svc} in this week's error review, showing since {date}.",
        "{Svc} error-rate SLO alert fired on {date}; this is the biggest contributor.",
        "Routing this to the {svc} owners from the platform side, started {date}.",
        "From the error budget report: {svc}, ongoing since {date}.",
    ),
    (
        "Found during regression test of {svc} on {date}, environment staging.",
        "Reproduced on staging env, service {svc}, first time at {date}.",
        "Hello, during test of {svc} on {date} I get this error.",
        "Test execution {date}, component {Svc}: case is failed.",
        "Found by automated test suite of {svc} on {date}, then reproduced manually.",
    ),
    (
        "paged {date}, {svc} prod.",
        "alert fired {date} ~3am, {svc}.",
        "on call, {svc} monitor red since {date}.",
        "filing from phone, {svc} inc started {date}.",
        "{svc} pager went off {date}, still going.",
    ),
    (
        "This came up in the weekly incident review; the {Svc} team first saw it on {date}.",
        "We went through this in this week's incident review, and the {svc} dashboards show it"
        " going back to {date}.",
        "The {Svc} team walked us through it at the incident review. It has been happening since"
        " {date}.",
        "I am writing this up after the incident review so that it does not get lost. {Svc} has"
        " been seeing it since {date}.",
        "It was one of the items in Monday's incident review; according to the {Svc} on-call"
        " engineer it started on {date}.",
    ),
    (
        "I'm quite new to the {svc} codebase, so sorry if this is already known. I noticed it in"
        " the logs, the first entry I can find is from {date}.",
        "While getting to know {svc} I went through its error logs and came across this (first"
        " one on {date}).",
        "Contractor here, still onboarding on {svc}. This has been in the logs since {date} as"
        " far as I can see.",
        "I was reading through the {svc} code this week and also found this in the logs, going"
        " back to {date}.",
        "Not sure who the right person is for this, but {Svc} has been logging it since {date}.",
    ),
    (
        "Found this going through the {svc} job runs, first failed run on {date}.",
        "Failed runs in {svc} since {date}, retries don't get past it.",
        "Came up in my morning check of the overnight runs on {date} ({svc}).",
        "Downstream tables were short on {date}; traced it back to {svc}.",
        "{Svc} run history shows this from {date} on, a few failures per run.",
    ),
    (
        "Mobile team here. The app's error dashboard started showing this on {date}, BE side is"
        " {svc}.",
        "Repro'd on both the iOS and the Android build on {date}, same {svc} BE error behind it.",
        "Support forwarded a few app reviews on {date}; followed the app's network log to {svc}"
        " on the BE.",
        "Seen from the Android app since {date}, the call goes to {svc} on the BE.",
        "Our QA hit this on the app on {date}, asked the {svc} BE folks to pull their logs.",
        "Caught this testing the next app release on {date}; the failing call goes to {svc} on"
        " the BE.",
    ),
    (
        "First seen {date}.",
        "Since {date} in prod.",
        "Started {date}, {svc} prod only.",
        "Onset {date}, steady rate since.",
        "{Svc} prod, from {date}.",
    ),
    (
        "Raised from the quarterly review of production error logs (SOC 2 CC7.2, system"
        " monitoring). {Svc}, first occurrence in the review window: {date}.",
        "Security review of the {svc} error logs; this has been occurring since {date}.",
        "Identified during the logging and monitoring review of {svc}. Earliest event in scope:"
        " {date}.",
        "Picked up by compliance sampling of {svc} production errors, first observed {date}.",
        "AppSec here, going through {svc}'s production exceptions for the audit period; this one"
        " starts on {date}.",
    ),
    (
        "Rolled {svc} back on {date} after the canary's error-rate check failed; this was the top"
        " new error.",
        "{Svc} release of {date} was reverted. Raising this so the fix gets tracked.",
        "Release train {date}: the {svc} canary went red on this, rolled back to the previous"
        " build.",
        "Post-rollback follow-up for {svc}, deploy of {date}.",
        "Still seeing this in {svc} after the rollback on {date}, so it isn't only the new build.",
        "Found in the {svc} canary on {date}; the release is paused until this has an owner.",
    ),
    (
        "Escalating on behalf of {customer} (support case {case}). They first noticed it on"
        " {date}; the {svc} errors in their support bundle line up with what they describe.",
        "{customer} opened case {case}; the earliest matching {svc} error in the support bundle"
        " they sent is from {date}.",
        "TAM escalation for {customer}, case {case}. Customer-visible since around {date}, {svc}"
        " on our side.",
        "Came up on my weekly call with {customer} and is now case {case}. Started {date};"
        " engineering traced it to {svc}.",
        "Customer impact: {customer} (case {case}), since {date}. The {svc} team has the support"
        " bundle.",
    ),
    (
        "DBA on the error-triage rotation this week. {Svc} first logged this on {date}.",
        "Picked up on my triage shift; the oldest {svc} event in the log archive is from {date}.",
        "Filing from the database side: {svc}, since {date}.",
        "Came across this on {date} while checking the {svc} sessions against the error log.",
        "Going through the {svc} errors that touch, or look like they touch, the database; this"
        " one starts {date}.",
    ),
    (
        "Found while going through the {svc} errors in Grafana; the oldest one is from {date}.",
        "{Svc}'s error-rate panel has been showing this since {date}.",
        "Picked up from the service map: the {svc} node has been red with this since {date}.",
        "The SLO burn alert for {svc} pointed here; first seen {date}.",
        "Observability rotation, {svc}: this one starts on {date}.",
    ),
    (
        "Followed the Datadog error for {svc} into the repo; first event {date}.",
        "{Svc} prod, first seen {date}. Read through the code on GitHub before filing.",
        "Filing from the code side: {svc} has been hitting this since {date}.",
        "Came across it on {date} in the {svc} errors and went looking for it in the repo.",
        "First event {date} ({svc}). Filing it here so the fix PR can reference it.",
    ),
    (
        "FE here. Ran into this in the web app on {date}; on the BE it's {svc}.",
        "Hit this while testing a FE branch on {date}, main does the same, so it's the {svc} BE.",
        "Support sent a screen recording on {date}; I replayed it with DevTools open and followed"
        " it to {svc}.",
        "Noticed on {date} while working on something else in the web app, {svc} on the BE side.",
        "QA flagged it on staging on {date} and prod does the same; BE side it's {svc}.",
        "Web app, since {date}. Asked in the {svc} channel and the BE folks found it in their"
        " logs.",
    ),
    (
        "Noticed on {date} while looking at {workload} in ns prod, container {container}.",
        "{workload} (ns prod) has been writing this to its {container} container's log since"
        " {date}.",
        "One of the {svc} pods was the noisiest in the namespace on {date}; this is what its"
        " {container} container logs.",
        "Came across it on {date} tailing {workload} -c {container} during a rollout in ns prod.",
        "Found on {date} going through the workloads in ns prod with the most error lines;"
        " {workload} was near the top.",
        "Was checking restarts across ns prod on {date} and ended up in the {container} logs of"
        " {workload}.",
    ),
    (
        "CS forwarded a batch of user complaints about {area} that started around {date}.",
        "Noticed a spike on the {area} dashboard on {date} and asked around in Slack.",
        "Came up in Monday's product metrics review: {area} errors up since {date}.",
        "Users have been writing in about {area} since {date}.",
        "The {svc}_errors_total panel on our {area} dashboard jumped on {date}; this is what's"
        " behind it.",
        "Flagging this from the {area} funnel: people drop off at this step since {date}.",
    ),
    (
        "From the nightly regression on staging, {date} ({job}).",
        "First seen in {job} on {date}, {spec}.",
        "Came up in a merge request pipeline on {date}; main shows it too ({job}).",
        "Triaging the {date} nightly, the {svc} part of {job}.",
        "Flagged on the test-health dashboard on {date} for {spec}.",
    ),
    (
        "The {date} run of {dag} failed at {task}.",
        "{dag} has been failing at {task} since the {date} run.",
        "on_failure_callback paged #data-alerts on {date}: {dag}.{task}.",
        "SLA miss on {dag} on {date}: {task} never succeeded, so {model} wasn't refreshed.",
        "Found on {date} while checking why {model} was short; {task} in {dag} calls {svc}.",
        "Backfilling {dag} since {date} and {task} keeps failing on the {svc} side.",
    ),
    (
        "{tool} run of {scenario} against staging, {date}.",
        "Nightly perf run on staging, {date}: scenario {scenario} ({tool}).",
        "Found in the {date} {tool} run of {scenario} on staging.",
        "Peak-readiness test for {svc} on {date}, {scenario} in {tool} against staging.",
        "Rerun of {scenario} ({tool}, staging) on {date} after the last capacity change.",
    ),
    (
        "Hi, I work on the {partner} integration with your API. Since {date} we see the problem"
        " below.",
        "Filing this through the partner portal as your support asked. {partner}, first seen on"
        " {date}.",
        "Our integration ({partner}) started hitting this on {date}; we didn't deploy anything that"
        " day.",
        "Following up on our chat with your support about the {partner} integration, which has had"
        " this since {date}.",
        "Hello Acme team, developer at {partner} here. Since {date} part of our integration fails.",
    ),
    (
        "Hi Team, since {date} we are getting below issue in {svc} service in prod.",
        "Hi, in {svc} service this error is coming from {date} onwards.",
        "Hello Team, issue is there in {svc} prod since morning of {date} and still coming.",
        "Hi All, while monitoring {svc} logs on {date} we observed below exception.",
        "Dear Team, onsite team has reported this for {svc} on {date}, kindly find details below.",
        "Hi, from {date} we are facing this issue in {Svc} on production.",
    ),
    (
        "**Summary**\nSince {date}, the {svc} service has been intermittently failing with the"
        " error described below.",
        "**Summary**\nWe have been observing an unexpected error in the {svc} service since {date}."
        " The details are outlined below.",
        "**Summary**\nThis ticket tracks a recurring production error in the {Svc} service, first"
        " observed on {date}.",
        "**Summary**\nStarting {date}, the {svc} service has been reporting the following error in"
        " production, and it appears to be ongoing.",
        "**Summary**\nAn intermittent issue in the {Svc} service was identified on {date} and"
        " requires further investigation.",
        "**Background**\nThe {svc} service has been reporting this error in production since"
        " {date}.",
    ),
    (
        "",
        "",
        "",
        "Still happening after the {version} deploy.",
        "Still seeing this on {version}.",
        "Came across with the rest of the old {tracker} backlog; still open as of {date}.",
        "Back again since {date}.",
    ),
    (
        "{oncall} anyone looking at {svc}? errors spiking :eyes:",
        "@here {svc} is throwing errors in prod, first ones around {date} from what I can see",
        "seeing a pile of errors from {svc}, anyone on it?",
        "{oncall} :fire: {svc} errors climbing, can someone take a look",
        "hey folks, support keeps pinging about {svc}, is something up?",
        "is {svc} ok? its dashboard is all red",
    ),
    (
        "",
        "",
        "So basically",
        "Quick one from the car {svc} has been erroring since {date}",
        "Dictating this on the way in so bear with me",
        "Saw the {svc} alert on my phone.",
        "Um filing this before I forget",
        "Hey so {svc} is unhappy again since like {date}",
        "Walking to a meeting but wanted to get this down",
        "OK so this started around {date} in {svc}",
        "On the train so keeping this short.",
    ),
)
_WHATS: tuple[tuple[str, ...], ...] = (
    (
        "{exc} from {where}: {gist}.",
        "{where} throws {exc}, {gist}.",
        "Looks like {exc} in {where} ({gist}).",
    ),
    (
        "We get {exc} out of {where}; {gist}.",
        "Problem: {gist}. The exception is {exc}, thrown in {where}.",
        "Root: {exc} at {where} - {gist}.",
    ),
    (
        "{where} -> {exc}. In short: {gist}.",
        "Error is {exc}, raised in {where} ({gist}).",
        "TL;DR {gist}. {exc} thrown from {where}.",
    ),
    (
        "What breaks: {gist}. Underneath it's {exc} out of {where}.",
        "Effect: {gist}; stack points at {where} ({exc}).",
        "Cause as far as I can tell: {exc} in {where}, i.e. {gist}.",
    ),
    (
        "The exception {exc} is thrown in {{{{{where}}}}}: {gist}.",
        "Error {exc} occurs in {{{{{where}}}}}. In other words, {gist}.",
        "Analysis so far: {gist}. It is thrown as {exc} from {{{{{where}}}}}.",
    ),
    (
        "*Actual result:* {gist}. *Exception:* {exc} ({where}).",
        "*Observed:* {gist}. Throws {exc} at {where}.",
        "*Actual result:* {exc} at {where}: {gist}.",
    ),
    (
        "Plain version: {gist}. Technically it's {exc}, the trace points at {where}.",
        "My reading of it: {gist} ({exc}, from {where}).",
        "{exc} coming out of {where} - {gist}. Not a dev, so correct me if that's off.",
    ),
    (
        "Fails in {where} with {exc}: {gist}.",
        "{exc} at the bottom of the trace, in {where}; short version: {gist}.",
        "Cause: {gist}. Raised as {exc} in {where}.",
    ),
    (
        "Call path is {where}, ending in {exc}: {gist}.",
        "From what I can see, {gist}. It surfaces as {exc} at the end of {where}.",
        "Gist of it: {gist}; the trace runs {where} and dies with {exc}.",
    ),
    (
        "Entry point is {where}; further down it throws {exc}. Summary: {gist}.",
        "Spans on {where} end in error {exc}: {gist}.",
        "{exc} under {where}, i.e. {gist}.",
        "Req/job: {where}. Error: {exc}. What it means: {gist}.",
    ),
    (
        "Steps to reproduce:\n1. Execute the scenario which call {where}\n2. Check the service"
        " log\nExpected: operation is done without error\nActual: {gist}, in log is {exc}.",
        "Steps to reproduce:\n1. Prepare the test data\n2. Run the flow until {where} is"
        " executed\nExpected: no exception\nActual: {exc} from {where}, {gist}.",
        "Steps to reproduce:\n1. Repeat the action from the title\nExpected: it works like"
        " before\nActual: {gist} ({exc} at {where}).",
        "Steps to reproduce:\n1. Login on staging\n2. Do same action like in the title, so"
        " {where} is called\nExpected: correct result, no error\nActual: {gist}. In log"
        " there is exception {exc}.",
    ),
    (
        "{exc} in {where}, {gist}.",
        "top frame {where}. {exc}: {gist}.",
        "trace says {exc} @ {where}. {gist}.",
        "{gist}. {exc} from {where} per apm.",
    ),
    (
        "{gist}. The engineers told me the error behind it is {exc}, raised in {where}.",
        "{gist}. According to the on-call engineer it shows up as {exc}, and they pointed me to"
        " {where}.",
        "{gist}. The team identified the exception as {exc}.",
        "{gist}. I am told the underlying error is {exc} and that the place to look is {where}.",
    ),
    (
        "From what I can tell, {gist}. The trace ends in {exc} at {where}.",
        "I think the problem is in {where}: it throws {exc}, and as far as I understand the code,"
        " {gist}.",
        "If I'm reading this right, {gist}. The exception is {exc}, coming from {where}, but I"
        " don't know this part of the code well yet.",
        "I had a look at {where} and my guess is that {gist}. It fails with {exc}.",
    ),
    (
        "Fails at {where}. Error: {exc}. What happens: {gist}.",
        "{exc} in {where}; {gist}.",
        "The run log ends with {exc} from {where}: {gist}.",
        "Cause as the run shows it: {gist} ({exc}, {where}).",
    ),
    (
        "What the app sees: {gist}. BE trace ends in {exc} at {where}.",
        "Short version: {gist}. BE dev pointed me at {where}, it throws {exc} there.",
        "App gets the error, BE logs have {exc} from {where}: {gist}.",
        "Not an app bug as far as I can tell: {gist}. On the BE it's {exc} in {where}.",
    ),
    (
        "Likely cause: {gist}. Throws {exc} in {where}.",
        "Likely cause: {gist} ({exc} at {where}).",
        "Likely cause: {gist}. Surfaces as {exc} out of {where}.",
        "Root cause, most likely: {gist}; {exc} raised in {where}.",
        "Likely cause: {gist}. Site: {where}, {exc}.",
    ),
    (
        "Finding - {gist}. Exception: {exc}, raised at {where}.",
        "Observed {exc} at {where}, classified as {gist}.",
        "Exception {exc} at {where}. Category and detail - {gist}.",
        "Details of the finding - {gist} (exception {exc} at {where}).",
    ),
    (
        "What broke: {gist}. Error is {exc} from {where}.",
        "Canary error: {exc} in {where}, i.e. {gist}.",
        "From the service's dev: {gist}. Thrown as {exc} at {where}.",
        "Reason for the rollback: {gist} ({exc}, {where}).",
    ),
    (
        "Engineering's reading: {gist}. In the bundle it shows as {exc} at {where}.",
        "Our side, per engineering: {gist}. Bundle entry: {exc} from {where}.",
        "What the engineer I looped in made of it: {gist} ({exc}, {where}).",
        "Technical read: {gist}. The error in the bundle is {exc}, origin {where}.",
    ),
    (
        "{gist}. The app reports it as {exc} at {where}.",
        "My read from the DB side: {gist}. The app error is {exc}, site {where} per the app team.",
        "{exc} at {where}: {gist}.",
        "What's going on: {gist}. Raised in the app as {exc} ({where}).",
    ),
    (
        "Errored span {where} carries an exception event, {exc}: {gist}.",
        "{gist}. Exception event on the span: {exc}, span {where}.",
        "In the waterfall the red span is {where}, exception.type {exc}; {gist}.",
        "What the trace shows: {gist} ({exc} recorded on {where}).",
    ),
    (
        "{where} throws `{exc}`: {gist}.",
        "`{exc}` from {where}. Reading the code, {gist}.",
        "{gist}; the `{exc}` comes out of {where}.",
        "Looking at {where}: {gist}, and it ends as `{exc}`.",
        "`{exc}`: {gist}.",
        "{gist} (`{exc}`).",
    ),
    (
        "BE team looked it up: {exc} in {where}, {gist}.",
        "Per the BE logs it's {exc} from {where}: {gist}.",
        "{where} is what fails. BE side: {exc}, {gist}.",
        "What I see plus what BE says: {gist}. Their log has {exc} ({where}).",
        "From the BE logs: {exc}. In short, {gist}.",
    ),
    (
        "Container log: {exc} from {where}, {gist}.",
        "The app logs {exc} ({where}): {gist}.",
        "What the pods write: {gist}. Exception is {exc}, {where}.",
        "{gist}; each of these lines is {exc}.",
        "Logs show {exc}: {gist}.",
    ),
    (
        "{gist}. When I asked in Slack, eng said the error is {exc}, in {where}.",
        "What users see: {gist}. The technical bit, as it was explained to me: {exc} coming from"
        " {where}.",
        "{gist} (eng mentioned {where} and {exc}, if that helps).",
        "Short version: {gist}. Apparently it shows up as {exc} somewhere in {where}.",
        "{gist}. I don't know the code, but the error is {exc} and {where} came up in the thread.",
    ),
    (
        "{gist}; server log has {exc} ({where}).",
        "{gist}. {exc} in the server log, site {where}.",
        "{exc} - {gist}.",
        "{gist} ({exc}; the report points at {where}).",
        "{gist}. The harness pulled the server log: {exc}, {where}.",
    ),
    (
        "{Svc} side, from their logs: {exc} at {where}. Short version: {gist}.",
        "Our task only sees the failure; behind it in {svc} is {exc} ({where}): {gist}.",
        "{gist}. The {svc} logs show {exc} at {where} the same minute our task failed.",
        "What's going on on the {svc} side: {gist} ({exc}, {where}).",
        "Root cause is upstream of us: {gist}. {Svc} raises {exc} in {where}.",
    ),
    (
        "Pulled the {svc} log for the run window: {exc} at {where}. In short, {gist}.",
        "{gist}. The {svc} log for the window has {exc} ({where}).",
        "{Svc} side, from the log I pulled: {exc} in {where} - {gist}.",
        "In the {svc} log the matching entries end in {exc} at {where}: {gist}.",
        "What {svc} logged during the run: {gist} ({exc}, {where}).",
    ),
    (
        "Our code calls {where} and gets {exc} back: {gist}.",
        "{where} throws {exc} in our app. What we can tell: {gist}.",
        "What happens: {gist}. The SDK raises {exc} from {where}.",
        "We catch {exc} around {where}; {gist}.",
    ),
    (
        "In {svc} service, {where} is throwing {exc}: {gist}.",
        "We are getting {exc} in {where}. Issue is {gist}.",
        "{exc} is coming from {where}, {gist}.",
        "While checking, we found that {gist}. Exception is {exc} in {where}.",
        "Analysis: {gist} ({exc} from {where}).",
    ),
    (
        "**Observed behavior**\nCalls into {where} fail with `{exc}`.\n\n**Suspected root"
        " cause**\n{Gist}. This still needs to be confirmed.",
        "**Observed behavior**\nAn unexpected `{exc}` is thrown from {where}.\n\n**Likely"
        " cause**\n{Gist}.",
        "**Error details**\n- **Exception:** `{exc}`\n- **Location:** {where}\n- **Description:**"
        " {Gist}",
        "**Observed behavior**\n{Gist}. The error surfaces as `{exc}` in {where}.\n\n**Expected"
        " behavior**\nThe operation should either complete successfully or fail gracefully with a"
        " clear, actionable error.",
        "**What is happening**\n`{exc}` is raised in {where}. In short: {gist}.",
        "**Observed behavior**\nOur logs show `{exc}` originating from {where}. The most likely"
        " explanation: {gist}.",
    ),
    (
        "",
        "",
        "TL;DR: {gist}.",
        "Plain words: {gist}.",
        "Short of it: {gist} ({exc}).",
    ),
    (
        "found it, {exc} in {where}: {gist}",
        "ok it's ours. {where} throws {exc}, {gist}",
        "it's in {where} ({exc}). so yeah, {gist}",
        "looks like {exc} out of {where} :facepalm: {gist}",
        "traced it to {where}: {gist}",
        "{exc} from {where}. {gist}",
    ),
    (
        "{gist}",
        "{gist}",
        "it's {aexc} in {where} {gist}",
        "{where} is throwing {aexc}. {gist}",
        "{where} is throwing {aexc} so {gist}",
        "{gist} and the error is {aexc} from {where}",
        "{where} blows up with {aexc} and I think {gist}",
        "looks like {gist} which shows up as {aexc} in {where}",
        "the error's in {where} um {gist}",
    ),
)
_LOG_WHATS: tuple[tuple[str, ...], ...] = (
    ("The log says {gist}.", "Basically {gist}."),
    ("Log lines show {gist}.", "Symptom: {gist}."),
    ("Logs: {gist}.", "What we see: {gist}."),
    ("No stack, only the log line: {gist}.", "Monitor text boils down to: {gist}."),
    (
        "There is no exception, only the log message, which means: {gist}.",
        "The service logs an error: {gist}.",
    ),
    (
        "*Actual result:* {gist}. No exception, log line only.",
        "*Observed:* {gist} (just a log message, no trace).",
    ),
    (
        "Nothing but a log line here, no exception. My summary: {gist}.",
        "Log-based alert, no trace to share. What it says, roughly: {gist}.",
    ),
    (
        "Log-only, there's no exception behind it: {gist}.",
        "Emitted as an error log rather than thrown, so no trace: {gist}.",
    ),
    (
        "Only turns up as an error-level log line, nothing's raised: {gist}.",
        "There's no trace behind this one, it's purely logged: {gist}.",
    ),
    (
        "Log-based only, no error span or exception attached: {gist}.",
        "Comes from the log pipeline, nothing throws: {gist}.",
    ),
    (
        "Steps to reproduce:\n1. Execute the flow on staging\n2. Check the log of service"
        "\nExpected: no error message in log\nActual: {gist}. There is no exception, only"
        " log message.",
        "Steps to reproduce:\n1. Repeat the scenario from the title\nExpected: normal"
        " behaviour, nothing in error log\nActual: {gist} (only in log, no stacktrace).",
    ),
    ("no trace, just the log line: {gist}.", "log monitor only, nothing thrown. {gist}."),
    (
        "{gist}. As I understand it there is no exception here; the service only writes it to"
        " the error log.",
        "{gist}. The engineers said nothing actually crashes, it only shows up as an error"
        " message in the logs.",
    ),
    (
        "I couldn't find a stack trace for this one, only the log message. My understanding is"
        " that {gist}.",
        "As far as I can see nothing is thrown here, the service just logs it. If I read it"
        " right, {gist}.",
        "Only a log line here, I could not find any exception behind it. What I take from it:"
        " {gist}.",
    ),
    (
        "No exception, just an error line in the run log: {gist}.",
        "Nothing is raised, the job logs it and carries on: {gist}.",
    ),
    (
        "No BE exception on this one, only an error log line: {gist}.",
        "BE folks say nothing throws here, it's just logged: {gist}.",
    ),
    (
        "Likely cause: {gist}. Log-only, nothing is thrown.",
        "Likely cause: {gist}. No exception, we log at ERROR and carry on.",
    ),
    (
        "Finding - {gist}. No exception is raised; the event is only logged at error level.",
        "Log-only finding, no stack available - {gist}.",
    ),
    (
        "What broke: {gist}. No exception, only error log lines.",
        "Canary's error-log check only, nothing is thrown: {gist}.",
    ),
    (
        "Engineering's reading: {gist}. The bundle only has error log lines for it, no exception.",
        "Per engineering nothing is thrown here, the service only logs it: {gist}.",
    ),
    (
        "{gist}. Nothing is thrown, the app only writes an error line.",
        "Log-only, no exception behind it: {gist}.",
    ),
    (
        "{gist}. Log-only, these lines carry no trace or span id.",
        "There's no trace for this one, only log records: {gist}.",
    ),
    (
        "Nothing throws here, it's an error-level log call: {gist}.",
        "No stack to link for this one, the service only logs it: {gist}.",
        "Grepped the repo for the message; it's a plain error log, no exception: {gist}.",
    ),
    (
        "BE says there's no exception behind it, only an error log line: {gist}.",
        "Nothing throws on the BE for this one, it's only logged: {gist}.",
        "All BE could find is an error log, no stack: {gist}.",
    ),
    (
        "No stack trace with it, only the log line: {gist}.",
        "Log line only, no exception attached in the container output: {gist}.",
    ),
    (
        "{gist}.",
        "What I know so far: {gist}.",
        "Summary of the Slack thread: {gist}.",
    ),
    (
        "{gist}. No exception, just an ERROR line in the server log.",
        "Only the server log shows it, the suite stays green: {gist}.",
    ),
    (
        "Nothing is raised on the {svc} side, it just logs an error: {gist}.",
        "{gist}. Per the {svc} team that's an error log only, no exception.",
    ),
    (
        "No exception in the {svc} log, only error lines: {gist}.",
        "{gist}. {Svc} logs it as an error line, no stack.",
    ),
    (
        "Nothing throws in our code for this one, the calls go through, but {gist}.",
        "The SDK doesn't raise anything here; what we see is that {gist}.",
    ),
    (
        "No exception is coming for the same, only error log is there: {gist}.",
        "As per logs, {gist}. Nothing is thrown, it is only logged.",
        "There is no stack trace, only below log line. Observation: {gist}.",
    ),
    (
        "**Observed behavior**\n{Gist}. No exception is thrown; the service only writes an"
        " error-level log entry.",
        "**Observed behavior**\nThe following condition is reported in the logs (no stack trace is"
        " available): {gist}.",
        "**Details**\n- **Source:** application logs (ERROR level, no exception)\n-"
        " **Description:** {Gist}",
    ),
    (
        "",
        "TL;DR: {gist}.",
        "Plain words: {gist}.",
    ),
    (
        "no exception here, just error logs: {gist}",
        "nothing's throwing, it's only log lines. {gist}",
        "fwiw it's a log line not a crash - {gist}",
    ),
    (
        "{gist}",
        "{gist} it's just in the logs nothing actually throws",
        "no exception or anything it's only error logs. {gist}",
        "like {gist} but it's a log line not a crash",
    ),
)
# Asides that close a person's note; in the twentythird style's, the person names the commit
# ({sha}) and the pull request ({pr}) they suspect; in the twentyfourth style's, the request
# id ({rid}) of a failing request; in the twentyfifth style's, the workload's ReplicaSet
# ({rs}) and a node its pods run on ({node}); the thirtyfourth style's is the incident thread's
# last message, if any.
_ASIDES: tuple[tuple[str, ...], ...] = (
    (
        "Probably started with the last release.",
        "Not sure if it's related to the infra maintenance.",
        "Low volume but steady.",
        "",
        "",
    ),
    (
        "Might be a regression from the recent deploy.",
        "Happens a few times an hour.",
        "Could be data related, needs a look.",
        "",
        "",
    ),
    (
        "Started after Tuesday's rollout I think.",
        "Intermittent, no clear pattern yet.",
        "Blocking a couple of customers.",
        "",
        "",
    ),
    (
        "No customer tickets about it yet.",
        "Muted the monitor for 4h meanwhile.",
        "Needs an owner, not sure which team.",
        "Nothing obvious in the deploy log around then.",
        "",
        "",
    ),
    (
        "Please check with priority, it fills our alert channel.",
        "At the moment we have no workaround.",
        "Can somebody of the owning team have a look?",
        "Also reproducible in staging.",
        "",
        "",
    ),
    (
        "*Expected:* no error.",
        "*Repro:* couldn't reproduce on staging yet.",
        "*Frequency:* a few times an hour, more at peak.",
        "*Workaround:* none.",
        "",
        "",
    ),
    (
        "Support has no workaround to offer.",
        "Can pull more examples from the logs if that helps.",
        "Unsure which squad owns this, please reassign if needed.",
        "Linked support case has the customer details.",
        "",
        "",
    ),
    (
        "Next step: reproduce locally and add a regression test.",
        "Looks like a small fix, happy to pick it up.",
        "AC: no new occurrences for 7 days after the fix ships.",
        "Might be from last sprint's changes, haven't bisected.",
        "",
        "",
    ),
    (
        "Worth checking the runbook before anyone restarts anything.",
        "Not urgent, but it's noisy and drowning out other alerts.",
        "Happy to pair on it if whoever picks it up wants a hand.",
        "I'd rather we fix it properly than bump a timeout or add a retry.",
        "",
        "",
    ),
    (
        "Not paging, but it counts against the service's error budget.",
        "If this is expected behaviour tell us and we'll exclude it from the SLO query.",
        "Assigned per the service catalog owner, bounce it back if that's wrong.",
        "Query and dashboard are linked from the weekly review doc.",
        "",
        "",
    ),
    (
        "Reproducible always.",
        "Reproduce rate: 3 from 5 tries.",
        "Is not reproducible on local environment, only on staging.",
        "This block the regression run, please check with priority.",
        "",
        "",
    ),
    (
        "restarted pods w/ no change.",
        "prob a cfg change, didnt check yet.",
        "not sure who owns this svc, pls reassign.",
        "handing over to day shift, more detail tmrw.",
        "",
        "",
    ),
    (
        "Can we add a guard so that this does not reach customers again?",
        "Could the team give me a rough estimate for a fix before next week's review?",
        "Is there a short-term mitigation we can put in place while the proper fix is planned?",
        "Do we have an alert that would catch this sooner next time?",
        "Who is the right owner for this, and can it make it into the next sprint?",
        "Is this covered by a test now, or do we need to add one?",
    ),
    (
        "Not sure if this is expected behaviour, happy to be corrected.",
        "I could try a fix if someone confirms it's actually a bug.",
        "Could someone who knows this code double-check? I might be missing context.",
        "I haven't managed to reproduce it locally yet.",
        "",
        "",
    ),
    (
        "Reran it by hand, same failure.",
        "Downstream reports were a day behind because of it.",
        "Happens on most runs, not only the big ones.",
        "Can backfill the missed rows once it's fixed.",
        "",
        "",
    ),
    (
        "The app already shows a retry button, but users keep hitting it.",
        "We can ship a client-side workaround if BE needs time, ping me.",
        "Happy to share the app build and request IDs if BE wants to repro.",
        "Not blocking our release, but it's in the app's top errors this week.",
        "",
        "",
    ),
    (
        "Taking it myself.",
        "Not paging; this sprint.",
        "Regression test goes in with the fix.",
        "",
        "",
    ),
    (
        "Risk rating: low. No sign of data exposure in the sampled events.",
        "Risk rating: medium; availability impact only, no confidentiality or integrity impact"
        " seen.",
        "Sampled messages were checked for personal data: nothing beyond what the pipeline"
        " already masks.",
        "Please add a target remediation date so the risk register can be updated.",
        "Evidence is kept in the review workpapers.",
        "",
        "",
    ),
    (
        "Next release of this service is on hold until there's a fix.",
        "Rollback was clean, no data fix needed as far as we know.",
        "Needs an owner and a fix before the next release train.",
        "The feature flag stays off until this is sorted.",
        "Hotfix candidate, please flag it in the release channel.",
        "",
        "",
    ),
    (
        "They're on Premier support with a 4h response target, so please keep this ticket current.",
        "Their renewal is coming up next quarter, so this has visibility on their side.",
        "No workaround given to the customer yet.",
        "The customer is happy for us to reproduce in their sandbox tenant.",
        "Please post updates here and I'll relay them to the customer.",
        "",
        "",
    ),
    (
        "No schema change or migration went out around then.",
        "DB load and replication lag were normal at the time.",
        "Happy to pull pg_stat_statements or the lock history for the window if that helps.",
        "Not paging the DB on-call for this one.",
        "Assigning to the service's team; shout if you want the DB side looked at.",
        "",
        "",
    ),
    (
        "Can pull more trace IDs for examples if anyone wants them.",
        "Latency of the service looks unaffected on the dashboards.",
        "Head sampling is at 10%, so there are more of these than the trace search shows.",
        "Added an exemplar link on the service's error panel.",
        "",
        "",
    ),
    (
        "Suspect commit: {sha}.",
        "Possibly introduced in #{pr}.",
        "`git blame` points at {sha} (#{pr}).",
        "I can put up the PR, assign it to me.",
        "",
        "",
    ),
    (
        "FE now shows an error toast instead of spinning forever, but the request still fails.",
        "The payload we send matches the OpenAPI spec, I checked.",
        "x-request-id of one of them: {rid}.",
        "Can repro on staging in a minute if someone from BE wants to pair.",
        "Not a FE bug as far as I can tell, but happy to add a retry on our side if that helps.",
        "",
        "",
    ),
    (
        "Not rollout related as far as I can tell: ReplicaSet {rs} was already days old when it"
        " started.",
        "First one showed up a few minutes after ReplicaSet {rs} rolled out.",
        "Seen on pods across several nodes, {node} among them, so not one bad node.",
        "HPA stayed at its minimum replicas the whole time.",
        "Leaving it with the service owners; happy to pull more from the cluster side.",
        "",
        "",
    ),
    (
        "Happy to jump on a call with whoever picks this up.",
        "CS has a macro for it for now, but that's a workaround, not a fix.",
        "Can we get this into the next sprint?",
        "I'm not technical on this one, just passing on what I was told.",
        "Sales has asked me about it twice this week.",
        "",
        "",
    ),
    (
        "Screenshots, video and the trace zip are in the job's artifacts.",
        "Blocks the release candidate sign-off.",
        "Not a test data issue: a fresh tenant gives the same result.",
        "A retry in the test would only hide it, so I haven't added one.",
        "",
        "",
    ),
    (
        "Cleared the task once, the retry failed the same way.",
        "Downstream dbt models are skipped until this clears; happy to backfill the missed"
        " partitions.",
        "Bumped retries with exponential backoff as a stopgap, it just fails later now.",
        "The finance dashboards on top of this are a day behind.",
        "Paused the DAG's backfill so we don't hammer the service.",
        "",
        "",
    ),
    (
        "HTML report and the Grafana snapshot are attached to the run.",
        "Staging has 2 replicas where prod has 6, so prod should hit this later than we did, not"
        " never.",
        "Can rerun the same scenario with the same data as soon as a fix is on staging.",
        "This blocks the peak-readiness sign-off.",
        "Run id and dashboards are in #perf-testing.",
        "",
        "",
    ),
    (
        "We can send more request ids if that helps.",
        "This blocks our go-live, planned for the end of the month.",
        "We retry with exponential backoff as the docs recommend; the retries fail the same way.",
        "Happy to get on a call with your engineers.",
        "Your status page showed all systems operational at the time.",
        "",
        "",
    ),
    (
        "Kindly check and do the needful.",
        "Please check on priority, same issue is coming in UAT also.",
        "Kindly look into the same and revert.",
        "Please let us know if any more details are required from our side. Thanks.",
        "Same issue was there last month also, it got resolved after restart but now it is coming"
        " again.",
        "We have not done any deployment from our side, please check the same.",
        "",
    ),
    (
        "Add monitoring and alerting so that similar failures are detected early.",
        "Add a regression test that covers this scenario.",
        "Review recent deployments for related changes.",
        "Investigate further to confirm the root cause before implementing a fix.",
        "Update the runbook once the root cause has been confirmed.",
        "",
        "",
    ),
    (
        "Customer-facing, please prioritise.",
        "cc @sam",
        "cc @priya - yours?",
        "Still happening after the last deploy.",
        "Low volume, not urgent.",
        "Seen on the dashboards again this week.",
        "",
        "",
    ),
    (
        "making a ticket so this doesn't get lost",
        "ok filing it, we'll pick it up tomorrow",
        "ticket incoming :thumbsup:",
        "can we get this on the board? not urgent but it's noisy",
        "mitigated for now, still needs a real fix :bandaid:",
        "",
        "",
    ),
    (
        "will look properly when I'm back at my desk",
        "not urgent I think but it's noisy",
        "might be related to yesterday's deploy not sure",
        "pretty sure this is customer facing so bumping it",
        "seen it a few times today already",
        "ping me if you need more I'm around after lunch",
        "",
        "",
        "",
    ),
)
_EVIDENCE_HEADS: tuple[tuple[str, str], ...] = (
    ("Log line:", "Stack (trimmed):"),
    ("From Datadog:", "Top of the trace:"),
    ("Sample log:", "Trace excerpt:"),
    ("Evidence (log):", "Evidence (stack):"),
    ("Example log entry:", "Stacktrace (first lines):"),
    ("*Raw log:*", "*Raw stack:*"),
    ("Copy of the log entry:", "Copy of the first trace lines:"),
    ("One of the events:", "Relevant frames:"),
    ("Grabbed from the log explorer:", "Grabbed from the trace view:"),
    ("sample event from dd logs:", "apm error span, top frames:"),
    ("Log from reproduction:", "Stacktrace from reproduction:"),
    ("log (1st line):", "trace top:"),
    (
        "The log line the on-call engineer shared:",
        "The part of the stack trace the engineers shared:",
    ),
    ("What I found in the logs (cut down):", "The trace, shortened a bit:"),
    ("From the run log:", "Stack from the failed run:"),
    ("BE log, copied from the log explorer's JSON view:", "BE trace, as the BE dev sent it:"),
    ("Log:", "Trace:"),
    ("Evidence E1, log event:", "Evidence E2, stack trace:"),
    ("Canary log sample:", "Canary trace (top):"),
    (
        "From their support bundle ([^bundle-{case}.zip], {svc}/logs/error.log):",
        "From their support bundle ([^bundle-{case}.zip], {svc}/logs/exceptions.log):",
    ),
    (
        "Latest one, queried from the log archive:",
        "Latest one with its stack, from the log archive:",
    ),
    ("Log record, from Loki:", "Exception event on the errored span, from Tempo:"),
    ("### Log output", "### Stack trace (top frames)"),
    ("Log line the BE team sent over:", "Stack the BE team linked (top of it):"),
    ("From kubectl logs:", "The stack, as the container printed it:"),
    ("From the Slack thread in {channel}:", "{eng} pasted the error in {channel} (the top of it):"),
    (
        "Runner output, with the server log the harness attached:",
        "Runner output, with the server stack the harness attached:",
    ),
    (
        "What the {svc} team found in their logs for that minute:",
        "{Svc} stack the {svc} team shared (top of it):",
    ),
    ("{Svc} log I pulled for the run window:", "{Svc} stack from the run window (top of it):"),
    ("What your support sent us from your logs:", "Stack trace from our application:"),
    ("PFB error log:", "PFB stack trace:"),
    ("**Relevant log entry**", "**Stack trace (excerpt)**"),
    ("*Error message*", "*Stack trace*"),  # New Relic's, in the issues it files (see _tracked)
    # In a thread, after the name and time of the one who pastes it (see _people_ticket).
    ("grabbed one from the logs :point_down:", "stack from one of them :point_down:"),
    # Typed in a later edit, back at a laptop (see _LAPTOP_HEADS).
    ("Edit: back at my laptop, here's the log line:", "Edit: back at my laptop, top of the trace:"),
)
# The thirtyfirst style's person's other ways of putting what they paste under their note.
_BELOW_HEADS = (
    ("PFB the log for the same:", "PFB the exception trace:"),
    ("Error log is as below:", "Stacktrace is as below:"),
    ("Please find below log from prod:", "Please find below stack trace for reference:"),
    ("Log snippet:", "Exception trace snippet:"),
)
# The thirtyfifth style's person's other heads for what they paste in a later edit, at a laptop.
_LAPTOP_HEADS = (
    ("EDIT at my desk now, the actual log line:", "EDIT at my desk now, the stack:"),
    ("Update from my laptop - log line:", "Update from my laptop - first few lines of the trace:"),
    ("adding the log line:", "adding the stack trace:"),
    ("edit - here's one of the log lines", "edit - here's the top of the stack"),
)
# What the thirtyfifth style's person's phone, or they, add at the end of a dictated ticket.
_SIGN_OFFS = (
    "Sent from my iPhone",
    "Sent from my phone",
    "sent from my phone, sorry for typos",
    "(dictated, excuse any weird words)",
    "Voice to text so apologies if something's garbled",
)
# What the thirtyfifth style's person says of the evidence they could not get at from their phone
# ({paste}: the stack trace, or the log line where there is none).
_LATER = (
    "I'll paste the {paste} when I'm at my laptop",
    "don't have the logs handy on my phone will add later",
    "can grab the {paste} later if someone needs it",
)
# The thirtysecond style's person's writing assistant's other heads for what is pasted, its head
# for the impact and its head for the suggested next steps.
_ASSISTANT_HEADS = (
    ("**Error message**", "**Stack trace**"),
    ("**Log excerpt**", "**Stack trace (top frames)**"),
    ("**Sample log entry**", "**Relevant stack frames**"),
)
_IMPACT_HEADS = ("**Impact**", "**Impact**", "**User impact**", "**Customer impact**")
_STEP_HEADS = ("**Suggested next steps**", "**Recommended actions**", "**Next steps**")
_TEAM_LABELS = ("backend", "triaged", "needs-info", "customer-impact", "tech-debt", "oncall")
# The items the twentythird style's person adds to their checklist after the error's own.
_CHECKS = (
    "add a regression test",
    "check the other callers",
    "backport to the release branch",
    "add a metric so we see it before the next alert",
)
# The customers whose support cases the twentieth style's person escalates.
_CUSTOMERS = (
    "Halvorsen Retail",
    "Brightwater Outdoor",
    "Kestrel & Finch",
    "Marlowe Home",
    "Northgate Pharmacy",
    "Tidewell Foods",
    "Oakridge Cycles",
    "Pennant Apparel",
    "Quayside Books",
    "Sorrel Garden Supply",
    "Vantage Office",
    "Ashby Electronics",
)
# How the twentieth style's person introduces the customer's own words.
_QUOTED = (
    'Customer\'s words: "{quote}"',
    'In the case, {customer} wrote: "{quote}"',
    'Quoting the customer: "{quote}"',
    'From their case description: "{quote}"',
)
# How the twentyfourth style's person, a frontend engineer, puts the failing request in a
# sentence ({request}: its method and path, {status}: what came back, {body}: the response's
# body where they quote it), and, where no one route fails, what the failing calls get.
_REQUEST_LINES = (
    "Network tab: `{request}` \u2192 {status}{body}.",
    "Failing call: `{request}`, status {status}{body}.",
    "In DevTools the request is `{request}` and it gets {status}{body}.",
)
_ANY_REQUEST = (
    "The failing calls show {status} in the Network tab.",
    "Status on the requests that fail: {status}.",
)
# The reason phrases DevTools prints after a status.
_REASONS = {
    401: "Unauthorized",
    404: "Not Found",
    422: "Unprocessable Entity",
    429: "Too Many Requests",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
}
# The product slugs in the twentyfourth style's person's requests.
_SLUGS = ("linen-overshirt", "trail-runner-2", "oak-desk-lamp", "merino-beanie")
# How often the twentyfifth style's person, on the platform team, says the error shows up in
# the workload's logs ({count}: the group's events, on {pods} of the {replicas} pods).
_RATES = (
    "{count} of these in the window, from {pods} of {replicas} replicas.",
    "About {count} lines so far, on {pods} of the {replicas} pods.",
    "{count} occurrences, spread over {pods}/{replicas} replicas.",
)
# Where each language's JSON logger puts an error's stack, which the twentyfifth style's person
# pipes the container's log through jq for: the error lines' selector and the stack's field
# (logback's logstash encoder, .NET's JSON console, structlog, pino, zap with pkg/errors).
_JQ_STACKS = {
    "java": 'select(.level=="ERROR") | .stack_trace',
    "dotnet": 'select(.LogLevel=="Error") | .Exception',
    "python": 'select(.level=="error") | .exception',
    "node": "select(.level>=50) | .err.stack",
    "go": 'select(.level=="error") | .errorVerbose',
}
# What the twentyfifth style's person greps the container's log for, to keep its error lines.
_ERROR_GREPS = {
    "java": '"level":"ERROR"',
    "dotnet": '"LogLevel":"Error"',
    "python": '"level":"error"',
    "node": '"level":50',
    "go": '"level":"error"',
}
# The product side of each service as the twentysixth style's person, a product manager, knows
# it: the product area they file its bugs under, who its users are (as their dashboards count
# them), and the engineer they ask about it in Slack.
_PRODUCT: dict[str, tuple[str, str, str]] = {
    "billing": ("Invoicing", "customers", "Sam Okafor"),
    "ledger": ("Payments", "tenants", "Priya Raman"),
    "reports": ("Reports", "tenants", "Dmitri Volkov"),
    "catalog": ("Product catalog", "shoppers", "Chloe Martin"),
    "search": ("Search", "shoppers", "Ravi Desai"),
    "media": ("Image uploads", "merchants", "Ines Carvalho"),
    "gateway": ("Public API", "API clients", "Tomasz Nowak"),
    "shipping": ("Shipping", "orders", "Lena Fischer"),
    "storefront": ("Storefront", "shoppers", "Jonas Berg"),
    "accounts": ("Sign-up & login", "users", "Mei Tanaka"),
    "loyalty": ("Loyalty points", "members", "Marcus Hill"),
    "pricing": ("Pricing", "merchants", "Aisha Bello"),
    "inventory": ("Stock sync", "orders", "Kofi Mensah"),
    "fulfilment": ("Fulfilment", "orders", "Bea Lindqvist"),
    "tax": ("Tax", "customers", "Ola Svensson"),
    "notifications": ("Notifications", "users", "Nico Rossi"),
}
# The priorities the twentysixth style's person gives, each with the business reason, if any.
_PRIORITIES = (
    ("P1", " - affects enterprise customers"),
    ("P2", ""),
    ("P2", " - blocks the Q4 launch"),
    ("P3", ""),
    ("P2", " - two enterprise tenants have asked about it"),
    ("P3", " unless it grows"),
)
# How the twentysixth style's person says who is hit and how badly ({count} of the area's
# {unit}, since {date}), on a line of its own after the opening.
_IMPACTS = (
    "Impact: about {count} {unit} since {date}. Priority: {priority}{why}.",
    "Roughly {count} {unit} affected so far (from the dashboard). I'd call it {priority}{why}.",
    "Who's hit: ~{count} {unit}. {priority}{why}.",
)
# What the twentysixth style's person says of the screenshot they attach ({area}).
_SCREENSHOTS = (
    'the {area} page with the generic "Something went wrong" banner',
    "a user's screen from the CS ticket, {area} stuck on the loading state",
    "the {area} dashboard, error count spiking",
)
# The line an engineer writes over what they paste in Slack, as the twentysixth style's person
# copies the thread: over a log line, over the top of a trace.
_SLACK_WORDS = {
    "log": ("here's one of them from the logs", "yep, this is the line:", "found it:"),
    "stack": ("top of the trace:", "this is where it blows up", "stack, cut down:"),
}
# How the twentyseventh style's person, a QA engineer, knows each service's tests: the framework
# they are written in (JUnit with REST Assured, pytest, Playwright, Cypress), the spec the
# service's tests live in when no test of theirs reaches the code (see _CALLERS), and the CI job
# that runs them.
_QA_SUITES: dict[str, tuple[str, str, str]] = {
    "billing": ("junit", "invoice", "api-it-billing"),
    "ledger": ("junit", "ledger", "api-it-ledger"),
    "reports": ("junit", "reports", "api-it-reports"),
    "fulfilment": ("junit", "pick_list", "api-it-fulfilment"),
    "catalog": ("pytest", "catalog", "pytest-api"),
    "search": ("pytest", "search", "pytest-api"),
    "media": ("pytest", "media", "pytest-api"),
    "gateway": ("pytest", "gateway", "pytest-contract"),
    "shipping": ("pytest", "shipping", "pytest-api"),
    "pricing": ("pytest", "prices", "pytest-api"),
    "tax": ("pytest", "tax", "pytest-api"),
    "inventory": ("pytest", "stock", "pytest-api"),
    "notifications": ("pytest", "notifications", "pytest-api"),
    "storefront": ("playwright", "smoke", "playwright-e2e"),
    "accounts": ("cypress", "account", "cypress-e2e"),
    "loyalty": ("cypress", "loyalty", "cypress-e2e"),
}
# Who calls each entry point of the services (a trace's outermost frame: a request's handler,
# a job, a consumer): the spec and the test of the twentyseventh style's person's suites that
# get there (what the test checks, in words; the framework names it, see _test_names), and the
# task of the twentyeighth style's person's Airflow DAG that calls it, or waits on it (a
# sensor: "wait_for_..."). Like the gists, a test or a task never names a throw site: it is the
# caller's, the same for every error behind the entry point.
_CALLERS: dict[str, tuple[str, str, str]] = {
    "BillingController:close": ("invoice", "closes a draft invoice with lines", "finalize_drafts"),
    "InvoiceService:finalize": ("invoice", "closes an invoice twice", "finalize_drafts"),
    "BillingController:credit": ("credit_note", "issues a credit note", "issue_credit_notes"),
    "InvoiceService:void": ("invoice", "voids an invoice", "void_cancelled_invoices"),
    "InvoiceImporter:row": ("invoice_import", "imports invoices from CSV", "push_invoice_imports"),
    "InvoiceService:dueToday": ("invoice", "lists invoices due today", "extract_due_invoices"),
    "InvoiceService:create": ("invoice", "creates an invoice", "create_recurring_invoices"),
    "InvoiceService:addLine": ("invoice", "adds a line to a new invoice", "add_usage_lines"),
    "PostingService:apply": ("posting", "creates a posting", "post_settlements"),
    "PostingService:convert": ("posting", "converts a posting to EUR", "convert_fx_postings"),
    "ReconciliationJob:run": (
        "reconciliation",
        "runs the nightly reconciliation",
        "wait_for_reconciliation",
    ),
    "PostingConsumer:poll": ("posting", "applies a posting message", "wait_for_postings_applied"),
    "ReportJob:export": ("report_export", "exports a report as CSV", "wait_for_report_export"),
    "ReportScheduler:tick": (
        "report_export",
        "runs scheduled reports",
        "wait_for_scheduled_reports",
    ),
    "ReportController:list": ("reports", "lists reports with filters", "list_tenant_reports"),
    "catalog/tasks.py:run": ("feed_import", "imports the supplier feed", "wait_for_feed_import"),
    "catalog/importer.py:parse_row": (
        "feed_import",
        "imports stock levels from the feed",
        "wait_for_feed_import",
    ),
    "catalog/importer.py:upsert": (
        "feed_import",
        "reimports an existing product",
        "wait_for_feed_import",
    ),
    "catalog/views.py:product_detail": (
        "catalog",
        "shows product detail by slug",
        "fetch_product_details",
    ),
    "catalog/views.py:search": ("catalog", "searches products", "snapshot_search_results"),
    "catalog/tasks.py:reserve_stock": (
        "stock",
        "reserves stock for an order",
        "wait_for_stock_reservations",
    ),
    "catalog/middleware.py:session_middleware": (
        "catalog",
        "keeps the session between requests",
        "snapshot_catalog_api",
    ),
    "search/api.py:search": ("search", "query returns results", "run_benchmark_queries"),
    "search/tasks.py:reindex": ("search", "reindex completes", "wait_for_reindex"),
    "search/tasks.py:import_synonyms": (
        "synonyms",
        "imports a synonyms file",
        "wait_for_synonyms_import",
    ),
    "media/tasks.py:make_thumbnails": ("uploads", "makes thumbnails", "wait_for_thumbnails"),
    "media/thumbnails.py:render": ("uploads", "renders a thumbnail", "wait_for_thumbnails"),
    "media/exif.py:read_exif": ("uploads", "reads the EXIF data", "wait_for_asset_metadata"),
    "media/views.py:original": ("uploads", "downloads the original", "fetch_originals"),
    "media/tasks.py:transcode_video": (
        "uploads",
        "transcodes an uploaded video",
        "wait_for_video_transcodes",
    ),
    "router:(*Router).ServeHTTP": ("gateway", "routes a request", "call_public_api"),
    "router:(*Router).clientIP": ("gateway", "honours the Forwarded header", "call_public_api"),
    "upstream:(*Pool).Get": ("gateway", "proxies to the upstream", "call_public_api"),
    "upstream:(*Pool).RoundTrip": ("gateway", "proxies to the upstream", "call_public_api"),
    "router:(*Router).proxy": ("gateway", "proxies to the upstream", "call_public_api"),
    "router:(*Router).authenticate": ("gateway", "accepts a valid token", "call_public_api"),
    "authn:(*Introspector).Check": ("gateway", "accepts a valid token", "call_public_api"),
    "router:(*Router).productPage": ("gateway", "gets a product by SKU", "fetch_product_pages"),
    "api:(*Handler).CreateShipment": ("shipments", "creates a shipment", "create_bulk_shipments"),
    "store:(*Shipments).Insert": ("shipments", "creates a shipment", "create_bulk_shipments"),
    "api:(*Handler).UpdateStatus": (
        "shipments",
        "updates shipment status",
        "sync_shipment_status",
    ),
    "api:(*Handler).Quote": ("quotes", "quotes a parcel", "refresh_carrier_quotes"),
    "carrier:(*DHL).Quote": ("quotes", "quotes a parcel with DHL", "refresh_carrier_quotes"),
    "api:(*Handler).CreateLabel": ("labels", "creates a label", "create_return_labels"),
    "cart/page:getServerSideProps": ("cart", "shows the cart summary", "check_cart_totals"),
    "api/cart:addToCart": ("cart", "adds an item to the cart", "check_cart_totals"),
    "layout/header:Header": ("header", "renders the header", "crawl_home_page"),
    "product/page:Page": ("product", "shows a product page", "crawl_product_pages"),
    "api/products:fetchProduct": ("product", "shows a product page", "crawl_product_pages"),
    "api/client:request": ("smoke", "loads the main pages", "crawl_product_pages"),
    "checkout/summary:DeliveryEstimate": (
        "checkout",
        "shows the delivery estimate",
        "check_checkout_totals",
    ),
    "api/checkout:placeOrder": ("checkout", "places an order", "check_checkout_totals"),
    "search/page:Page": ("search", "shows search results", "crawl_search_pages"),
    "auth/middleware:requireUser": (
        "session",
        "keeps the user signed in",
        "fetch_with_service_token",
    ),
    "users/routes:signup": ("signup", "creates an account", "create_crm_accounts"),
    "users/routes:login": ("login", "logs in with a password", "get_service_token"),
    "users/repo:findUser": ("login", "loads the account after login", "lookup_accounts"),
    "users/routes:updateProfile": ("profile", "saves profile changes", "update_profiles"),
    "users/routes:uploadAvatar": ("profile", "uploads an avatar", "sync_avatars"),
    "exports/routes:download": ("exports", "downloads an export", "download_account_exports"),
    "controllers/redemptions_controller:create": ("redeem", "redeems points", "apply_redemptions"),
    "controllers/members_controller:show": ("members", "shows a member", "fetch_members"),
    "controllers/members_controller:create": (
        "members",
        "enrolls a member",
        "enroll_new_members",
    ),
    "models/member:add_points": ("points", "credits points for an order", "wait_for_points_job"),
    "jobs/points_job:perform": ("points", "credits points for an order", "wait_for_points_job"),
    "jobs/partner_sync_job:perform": (
        "partners",
        "syncs points to the partner",
        "wait_for_partner_sync",
    ),
    "jobs/webhook_job:perform": ("webhooks", "delivers the points webhook", "wait_for_webhooks"),
    "PricesController:Get": ("prices", "gets the price of a SKU", "fetch_current_prices"),
    "PricesController:Put": ("prices", "updates a price", "publish_price_changes"),
    "PriceEngine:Initialize": ("prices", "loads the pricing rules", "fetch_current_prices"),
    "PriceEngine:ApplyPromotions": ("promotions", "applies a promotion", "fetch_promo_prices"),
    "PriceEngine:BasePrice": ("prices", "prices a SKU in its currency", "fetch_current_prices"),
    "PriceEngine:Convert": ("prices", "converts a price", "fetch_fx_prices"),
    "PriceEngine:WithTax": ("prices", "prices a SKU with tax", "fetch_prices_with_tax"),
    "CsvPriceImporter:Import": ("price_import", "imports a price CSV", "upload_price_files"),
    "PriceRefreshJob:ExecuteAsync": (
        "competitor_prices",
        "refreshes competitor prices",
        "wait_for_price_refresh",
    ),
    "CompetitorFeed:FetchAsync": (
        "competitor_prices",
        "refreshes competitor prices",
        "wait_for_price_refresh",
    ),
    "PriceArchiveJob:ExecuteAsync": ("prices", "archives old prices", "wait_for_price_archive"),
    "inventory/tasks.py:sync_warehouse": (
        "stock",
        "syncs warehouse stock to the ERP",
        "wait_for_erp_sync",
    ),
    "inventory/tasks.py:reconcile_warehouse": (
        "stock",
        "reconciles stock with the ERP",
        "wait_for_reconcile",
    ),
    "inventory/api.py:reserve": ("stock", "reserves stock", "reserve_replenishment_stock"),
    "PickingService:release": ("pick_list", "releases a pick list", "release_pick_waves"),
}
# How the twentyseventh style's person says whether their test fails every time: a consistent
# failure ({k} of the last runs), a flaky one ({k} of the last {m}).
_CONSISTENT = (
    "Consistent: red in each of the last {k} runs.",
    "Not flaky: {k}/{k} reruns fail the same way.",
)
_FLAKY = (
    "Flaky: failed {k} of the last {m} runs, passes on retry.",
    "Intermittent, {k} of {m} runs; quarantine candidate.",
)
# The pipeline the twentyeighth style's person, a data engineer, runs against each service: the
# Airflow DAG, its task that talks to the service where no entry point of the error's has one
# of its own (see _CALLERS), the dbt model the DAG feeds, and the call that task makes.
_PIPELINES: dict[str, tuple[str, str, str, str]] = {
    "billing": ("nightly_invoice_export", "extract_invoices", "fct_invoices", "POST invoices"),
    "ledger": ("ledger_postings_hourly", "extract_postings", "fct_ledger_postings", "GET postings"),
    "reports": ("tenant_reports_daily", "list_tenant_reports", "rpt_tenant_usage", "GET reports"),
    "catalog": (
        "catalog_products_daily",
        "snapshot_catalog_api",
        "dim_products",
        "GET products/{slug}",
    ),
    "search": ("search_quality_daily", "run_benchmark_queries", "fct_search_quality", "POST query"),
    "media": ("media_assets_sync", "fetch_originals", "dim_media_assets", "GET uploads/{id}"),
    "gateway": (
        "partner_api_usage",
        "call_public_api",
        "fct_api_usage",
        "GET /api/v2/products/{id}",
    ),
    "shipping": ("shipments_hourly", "refresh_carrier_quotes", "fct_shipments", "POST quotes"),
    "storefront": (
        "storefront_price_audit",
        "crawl_product_pages",
        "fct_page_prices",
        "GET /products/{slug}",
    ),
    "accounts": ("crm_contacts_sync", "push_contacts", "dim_customers", "GET me"),
    "loyalty": (
        "loyalty_points_reconcile",
        "fetch_members",
        "fct_points_ledger",
        "GET members/{id}",
    ),
    "pricing": (
        "price_feed_publish",
        "fetch_current_prices",
        "fct_prices_daily",
        "GET prices/{sku}",
    ),
    "tax": ("tax_rates_sync", "fetch_tax_rates", "dim_tax_rates", "GET prices/{sku}"),
    "inventory": ("inventory_stock_snapshot", "pull_stock_levels", "fct_stock_daily", "GET stock"),
    "fulfilment": (
        "fulfilment_waves_daily",
        "release_pick_waves",
        "fct_pick_lists",
        "GET pick-lists",
    ),
    "notifications": (
        "notification_events_daily",
        "extract_notifications",
        "fct_notifications",
        "GET events",
    ),
}
# How the twentyeighth style's person says what reached their model, on a line of its own after
# the opening ({ds}: the run's logical date; {got} and {usual}: that day's rows and a normal
# day's; {tries}: how many tries the task had).
_ROW_COUNTS = (
    "dt={ds}: {got} of ~{usual} rows made it into {model}; everything downstream went"
    " upstream_failed.",
    "Partition {ds} of {model} is short: {got} rows vs ~{usual} on a normal day.",
    "{model} stopped at {got} rows for {ds} (usually ~{usual}), after {tries} tries.",
)
# The load tests the twentyninth style's person, a performance engineer, runs against each service
# on staging: the tool its scenarios are written in (Gatling for the JVM services, Locust for the
# Python ones, k6 for the others), the scenario, and the request it drives where no route of the
# error's is one of its own (its method, path and operationId, "-" for a page, as in _ROUTES).
_LOAD_TESTS: dict[str, tuple[str, str, str]] = {
    "billing": ("Gatling", "billing_month_end", "POST invoices createInvoice"),
    "ledger": ("Gatling", "ledger_settlement_burst", "POST postings createPosting"),
    "reports": ("Gatling", "reports_export_soak", "GET reports listReports"),
    "fulfilment": (
        "Gatling",
        "fulfilment_wave_peak",
        "POST pick-lists/{id}/release releasePickList",
    ),
    "catalog": ("Locust", "catalog_browse_peak", "GET products/{slug} products_retrieve"),
    "search": ("Locust", "search_query_spike", "POST query search_query_post"),
    "media": ("Locust", "media_upload_soak", "POST uploads uploads_create"),
    "inventory": ("Locust", "stock_reserve_peak", "POST reservations reserve_stock"),
    "gateway": ("k6", "api_gateway_soak", "GET /api/v2/products/{id} -"),
    "shipping": ("k6", "shipping_quote_peak", "POST quotes quoteShipment"),
    "storefront": ("k6", "checkout_peak", "GET /products/{slug} -"),
    "accounts": ("k6", "login_storm", "POST login logIn"),
    "loyalty": ("k6", "loyalty_redeem_peak", "POST redemptions createRedemption"),
    "pricing": ("k6", "price_lookup_spike", "GET prices/{sku} getPrice"),
    "tax": ("k6", "tax_quote_spike", "GET prices/{sku} getPrice"),
    "notifications": ("k6", "notifications_fanout", "POST events createEvent"),
}
# The errors the twentyninth style's person finds only under load, as GISTS keys them: capacity,
# contention and timeouts (pools, locks, throttling, memory, lag); the others a single user's run
# shows as well (bad data, a missing row, a broken dependency).
_UNDER_LOAD = frozenset(
    "j-hikari j-pg-unique j-ora-deadlock j-ora-snapshot j-rest-timeout j-kafka-commit j-oom"
    " j-s3-slowdown j-file-tmp j-concurrent-mod j-grpc-deadline j-log-quota p-pg-deadlock"
    " p-pg-operational p-redis-timeout p-requests-timeout p-es-429 p-celery-timelimit"
    " p-boto-throttle p-oserror-nospace p-log-worker-lost p-log-slow-task g-ctx-deadline"
    " g-client-timeout g-pgx-serial g-carrier-429 g-concurrent-map g-kafka-lag g-log-upstream-504"
    " g-log-ratelimit g-log-oom n-axios-timeout n-heap n-log-slow-render r-stale d-timeout"
    " d-sql-deadlock d-sql-timeout d-ef-concurrency p-erp-409".split()
)
# How the twentyninth style's person says whether it only happens under load ({rate}: the
# plateau's requests per second, {load}: the load the scenario ran at), on the run's last line.
_LOAD_ONLY = (
    "Only under load: a single-user smoke run of the same script is clean.",
    "Load-related: nothing until ~{rate} req/s, then it climbs with the ramp.",
    "Doesn't reproduce at 10% of the target load; at {load} it's steady.",
)
_ANY_LOAD = (
    "Not load-related: a single-user run shows it too.",
    "Happens at any rate; the 1-user smoke run has it as well.",
    "Rate doesn't change it, it's the data: one user hits it as soon as it picks such a record.",
)
# The partners whose integration developers, the thirtieth style's person, file through the
# partner support portal: the company, the language their application is written in (and so the
# SDK it calls the public API through), its package or namespace, and the frame of their code the
# SDK calls run under (file or class, and function).
_PARTNERS: tuple[tuple[str, str, str, str], ...] = (
    ("Fjordline Sports", "python", "fjordline_sync", "jobs/nightly.py:run_nightly"),
    (
        "Copperleaf Interiors",
        "node",
        "copperleaf-orders",
        "dist/workers/sync-worker.js:SyncWorker.run",
    ),
    ("Baytree Health", "java", "com.baytree.erp", "jobs.NightlyExport:run"),
    ("Larkspur Kids", "dotnet", "Larkspur.Erp", "Jobs.NightlyExportJob:ExecuteAsync"),
    ("Hollow Oak Coffee", "ruby", "hollow_oak", "app/jobs/acme_sync_job.rb:perform"),
    ("Meridian Marine", "php", "Meridian", "src/Command/AcmeSyncCommand.php:execute"),
    ("Tessera Stationery", "node", "tessera-shop", "dist/routes/checkout.js:handleCheckout"),
    ("Greywater Tools", "python", "greywater", "api/views.py:post"),
)
# The SDK a partner's application calls the public API through, by its language: the package and
# its version, the runtime, the exception it raises for an API error and for a connection that
# closed without a response, that one's message, and the tag the partner fences its trace with.
_SDKS: dict[str, tuple[str, str, str, str, str, str]] = {
    "node": (
        "@acme/sdk 4.2.1",
        "Node.js 20",
        "AcmeAPIError",
        "AcmeConnectionError",
        "socket hang up",
        "text",
    ),
    "python": (
        "acme-python 2.8.0",
        "Python 3.11",
        "APIStatusError",
        "APIConnectionError",
        "Connection error.",
        "python",
    ),
    "java": (
        "acme-java 5.1.3",
        "Java 17",
        "ApiException",
        "ApiException",
        "java.io.IOException: unexpected end of stream",
        "java",
    ),
    "dotnet": (
        "Acme.Sdk 3.0.4",
        ".NET 8",
        "ApiException",
        "HttpRequestException",
        "An error occurred while sending the request.",
        "csharp",
    ),
    "ruby": (
        "acme-ruby 2.4.1",
        "Ruby 3.2",
        "Acme::APIError",
        "Acme::APIConnectionError",
        "Connection reset by peer",
        "ruby",
    ),
    "php": (
        "acme/acme-php 1.9.2",
        "PHP 8.2",
        "ApiErrorException",
        "ApiConnectionException",
        "cURL error 52: Empty reply from server",
        "php",
    ),
}
# The SDK method that sends each operation of the public API (by its operationId, see _ROUTES), as
# the SDK's reference names it; pages (no operationId) are no API call.
_SDK_CALLS: dict[str, str] = {
    "closeInvoice": "invoices.close",
    "issueCreditNote": "invoices.creditNotes.create",
    "voidInvoice": "invoices.void",
    "importInvoices": "invoices.imports.create",
    "listInvoicesDueToday": "invoices.listDueToday",
    "createInvoice": "invoices.create",
    "addInvoiceLine": "invoices.lines.create",
    "createPosting": "postings.create",
    "convertPosting": "postings.convert",
    "listReports": "reports.list",
    "releasePickList": "pickLists.release",
    "products_retrieve": "products.retrieve",
    "products_search_list": "products.search",
    "search_query_post": "search.runQuery",
    "uploads_original_retrieve": "uploads.downloadOriginal",
    "reserve_stock": "stock.reservations.create",
    "getProductPage": "products.retrieveBySku",
    "createShipment": "shipments.create",
    "updateShipmentStatus": "shipments.updateStatus",
    "quoteShipment": "shipments.quotes.create",
    "createLabel": "shipments.labels.create",
    "addToCart": "carts.items.add",
    "placeOrder": "orders.create",
    "signUp": "accounts.create",
    "logIn": "auth.logIn",
    "updateProfile": "accounts.profile.update",
    "uploadAvatar": "accounts.avatar.upload",
    "downloadExport": "exports.download",
    "createRedemption": "loyalty.redemptions.create",
    "getMember": "loyalty.members.retrieve",
    "enrollMember": "loyalty.members.create",
    "getPrice": "prices.retrieve",
    "updatePrice": "prices.update",
    "importPrices": "prices.imports.create",
}
# The call a partner's integration makes to each service where no route of the error's is one of
# its own but its answer fails (middleware every request passes, the gateway in front of all): its
# method and path (under /api/<service>/ unless it starts with a slash) and the SDK method. The
# storefront's pages are no API call.
_PARTNER_USUAL: dict[str, str] = {
    "billing": "POST invoices invoices.create",
    "ledger": "POST postings postings.create",
    "reports": "GET reports reports.list",
    "catalog": "GET products/{slug} products.retrieve",
    "search": "POST query search.runQuery",
    "media": "POST uploads uploads.create",
    "gateway": "GET /api/products/{sku} products.retrieveBySku",
    "shipping": "POST shipments shipments.create",
    "accounts": "GET me accounts.retrieveCurrent",
    "loyalty": "GET members/{id} loyalty.members.retrieve",
    "pricing": "GET prices/{sku} prices.retrieve",
    "tax": "GET prices/{sku} prices.retrieve",
    "inventory": "POST reservations stock.reservations.create",
    "fulfilment": "POST pick-lists/{id}/release pickLists.release",
    "notifications": "GET events events.list",
}
# The error codes of the public API's error body, by status.
_API_CODES = {
    401: "unauthorized",
    404: "not_found",
    422: "unprocessable_entity",
    429: "rate_limited",
    500: "internal_error",
    502: "bad_gateway",
    503: "service_unavailable",
    504: "gateway_timeout",
}
# What the thirtieth style's person expected, per the API reference ({call}: their SDK call,
# {doc}: the reference page, {got}: what came back).
_EXPECTED = (
    "Expected (per the API reference, {doc}): 2xx from {call}.",
    "Expected: {call} succeeds, or at worst returns one of the 4xx error codes listed at {doc}.",
    "Expected: nothing at {doc} says {call} can answer with {got}.",
)
# How the thirtieth style's person passes on what support told them of our side ({site}: the
# throw site, {kind}: the exception).
_SUPPORT_SAID = (
    "Your support said it's in {site} on your side.",
    "Per your support the error on your side is a {kind} in {site}.",
    "Support mentioned {site} ({kind}) when we chatted, in case that helps your engineers.",
)
# The error trackers whose "Create Jira issue" integrations filed the thirtythird style's team's
# tickets before Dogcatcher, each ticket by one of them; a log line that raises nothing only
# Sentry's and Rollbar's, which take plain messages (from a logging integration, as a message
# item).
_TRACKERS = ("Sentry", "Rollbar", "Bugsnag", "Datadog", "New Relic")
_MESSAGE_TRACKERS = ("Sentry", "Rollbar")
# The label the team had each tracker's integration put on the tickets it filed.
_TRACKER_LABELS = {
    "Sentry": "sentry",
    "Rollbar": "rollbar",
    "Bugsnag": "bugsnag",
    "Datadog": "error-tracking",
    "New Relic": "errors-inbox",
}
# What each tracker calls a service, as the thirtythird style's team set them up, rarely the
# service's own name: the Sentry project's slug, the Rollbar project, the Bugsnag project and
# New Relic's APM entity (Datadog names it by its service tag, the service's name).
_TRACKED_AS: dict[str, tuple[str, str, str, str]] = {
    "accounts": ("accounts-api", "Accounts", "Accounts API", "accounts-api (prod)"),
    "billing": ("billing-api", "billing-service", "Billing", "Billing Service"),
    "catalog": ("acme-catalog", "catalog", "Catalog (Django)", "catalog-web"),
    "fulfilment": ("fulfilment", "Fulfilment", "Fulfilment", "fulfilment-prod"),
    "gateway": ("api-gateway", "edge-gateway", "API Gateway", "gateway (Go)"),
    "inventory": ("inventory-sync", "inventory", "Inventory", "inventory-api"),
    "ledger": ("ledger", "ledger-service", "Ledger", "Ledger Service"),
    "loyalty": ("loyalty-rails", "loyalty", "Loyalty (Rails)", "loyalty-production"),
    "media": ("media-workers", "media", "Media", "media-worker"),
    "notifications": ("notifications", "notifications", "Notifications", "notifications-prod"),
    "pricing": ("pricing-api", "Pricing", "Pricing API (.NET)", "Acme.Pricing"),
    "reports": ("reports", "reporting", "Reports", "reports-service"),
    "search": ("search-api", "search", "Search API", "search-api"),
    "shipping": ("shipping", "shipping-svc", "Shipping", "shipping (Go)"),
    "storefront": ("storefront-next", "storefront", "Storefront (Next.js)", "storefront-ssr"),
    "tax": ("tax-api", "tax", "Tax API", "tax-service"),
}
# The framework Rollbar reports an item's code runs in, by language, and where a service's
# differs from its language's.
_FRAMEWORKS = {
    "java": "spring",
    "dotnet": "aspnetcore",
    "python": "django",
    "go": "net/http",
    "node": "express",
    "ruby": "rails",
}
_SERVICE_FRAMEWORKS = {"search": "fastapi", "inventory": "fastapi", "storefront": "next.js"}
# How New Relic's agents name a transaction's kind, by language: a web request's, then any
# other's (a job, a consumer).
_TRANSACTIONS = {
    "java": ("SpringController", "Custom"),
    "dotnet": ("MVC", "Custom"),
    "python": ("Function", "Celery"),
    "go": ("Go", "Go"),
    "node": ("Expressjs", "Nodejs"),
    "ruby": ("Controller", "SidekiqJob"),
}
# The digits of a Sentry issue's short id after its project's slug (Crockford's base 32).
_SHORT_ID = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
# The people in the thirtyfourth style's incident threads, by their Slack display names.
_SLACK_NAMES = (
    "Dana Whitfield",
    "marco.r",
    "Aisha Karimi",
    "jess",
    "Tom Becker",
    "kenji",
    "lukas.w",
    "Sofia Marin",
    "omar",
    "Hannah Lee",
    "ben.o",
    "Mei Tanaka",
    "felix",
    "Grace Obi",
    "nico.p",
    "yara",
)
# The alerting bots that post in an incident channel, and their monitors' titles ({svc}, {pct},
# {num}: the incident's number, {oncall}: the service's on-call group's handle).
_ALERTS = (
    ("Datadog APP", "[Triggered] {svc} error rate > {pct}%"),
    ("Datadog APP", "[Triggered] {svc} errors above threshold on env:prod"),
    ("PagerDuty APP", ":rotating_light: Triggered #{num}: [{svc}] high error rate"),
    ("PagerDuty APP", "Triggered #{num}: {svc} error logs above threshold, assigned to {oncall}"),
)
# What the others in an incident thread answer first.
_ACKS = (
    "looking",
    "ack",
    "ack, looking :eyes:",
    ":eyes:",
    "+1 seeing this too",
    "on it",
    "+1, support is getting tickets about it too",
    "same, my alerts are going off",
)
# The detours of an incident thread before someone finds the code: a wrong guess at another
# service ({other}) or at the last deploy, and its correction ("": none), or a word that another
# service is fine.
_DETOURS = (
    ("is it {other}? they had issues this morning", "no, {other} is fine, this one's ours"),
    ("{other} acting up again?", "nope, {other} dashboards are green, it's {svc}"),
    ("rolled back?", "nope not the deploy, it started before we shipped"),
    ("did something go out today?", "no deploy since yesterday, not that"),
    ("{other} is fine btw, it's just {svc}", ""),
)
# The services a thread's wrong guess or aside names, none the one erroring.
_NEIGHBOURS = ("tax", "checkout", "payments", "auth", "search", "catalog", "cdn", "accounts")
# How someone posts the link to the code on the code host ({link}).
_CODE_LINKS = ("{link}", "this line {link}", "here: {link}", "{link} :point_left:")
# The characters of the random part of a Kubernetes name (a ReplicaSet's hash, a pod's suffix).
_K8S_NAME = "bcdfghjklmnpqrstvwxz2456789"
# How people shorten some exception names.
_ABBREVIATIONS = {
    "NullPointerException": "NPE",
    "NullReferenceException": "NRE",
    "OutOfMemoryError": "OOM",
    "IllegalArgumentException": "IAE",
}
# The acronyms a dictation app writes in capitals when the thirtyfifth style's person says a name.
_SAID_ACRONYMS = {
    w.lower(): w
    for w in "API CSV DB DHL ERP FX HTTP ID IO IP JDBC JSON OS PG S3 SQL TLS UPS URL WMS".split()
} | {"grpc": "gRPC"}
# How the thirtyfifth style's person says the exceptions whose names do not say themselves.
_SAID_KINDS = {
    "net.OpError": "net op error",
    "url.Error": "URL error",
    "status.Error": "gRPC status error",
    "pgconn.PgError": "PG error",
    "json.UnmarshalTypeError": "JSON unmarshal type error",
    "tls.CertificateVerificationError": "TLS certificate verification error",
    "carrier.HTTPError": "carrier HTTP error",
    "error": "error",
}
# The words the thirtyfifth style's person's dictation app gets wrong some of the time, and what
# it writes instead: homophones, and names it does not know.
_MISHEARD = {
    "cache": ("cash",),
    "sync": ("sink",),
    "syncs": ("sinks",),
    "queue": ("q", "Q"),
    "there": ("their",),
    "their": ("there",),
    "it's": ("its",),
    "sku": ("skew",),
    "SKU": ("skew",),
    "nil": ("Neil",),
    "upserts": ("up certs",),
    "Mongo": ("mango",),
    "tenant": ("tenet",),
    "tenant's": ("tenets",),
    "dunning": ("dunking",),
    "bcrypt": ("be crypt",),
    "pods": ("pots",),
    "Hikari": ("hi Kari",),
    "weight": ("wait",),
    "write": ("right",),
    "whether": ("weather",),
    "allow": ("aloud",),
}
_MISHEARD_WORD = re.compile(rf"(?<![\w'./-])({'|'.join(map(re.escape, _MISHEARD))})(?![\w'-])")

# ---------------------------------------------------------------------------- changes
# A message that changed between the ticket and now: "old" rewrites the events the ticket
# was filed from (an older runtime or library, the team's earlier wording), "new" rewrites
# today's events (an upgrade since). Patterns apply to the rendered, unsanitized message.

_NPE_OLD = ("old", r'^Cannot invoke "[^"\n]*" because .* is null$', "")  # before JDK 14
_NODE_OLD = (
    "old",
    r"Cannot read properties of undefined \(reading '(\w+)'\)",
    r"Cannot read property '\1' of undefined",
)
_HIKARI_NEW = (
    "new",
    r"(request timed out after \d+ms)\.",
    r"\1 (total=10, active=10, idle=0, waiting=4).",
)
_RUBY_NEW = ("new", r"undefined method `(\w+)' for nil:NilClass", r"undefined method '\1' for nil")
_WORKER_OLD = (
    "old",
    r"Worker exited prematurely: signal 9 \(SIGKILL\) Job: (\d+)\.",
    r"Process 'ForkPoolWorker-\1' exited with 'signal 9 (SIGKILL)'",
)
_CONTAINER_OLD = (
    "old",
    r"container (\S+) terminated: (\w+) \(exit code (\d+)\) after (\S+)",
    r"pod \1 container exited: reason=\2 exitCode=\3 uptime=\4",
)
_UPSTREAM_OLD = (
    "old",
    r"upstream (\S+) returned (\d+) for GET (\S+) in (\d+)ms",
    r"GET \3 -> \2 from upstream \1 (\4ms)",
)

REWORDED: dict[str, tuple[str, str, str]] = {
    "j-npe-invoice": _NPE_OLD,
    "j-npe-address": _NPE_OLD,
    "j-npe-invoice~credit": _NPE_OLD,
    "j-class-cast": (
        "old",
        r"class java\.lang\.String cannot be cast to class java\.lang\.Long .*",
        "java.lang.String cannot be cast to java.lang.Long",
    ),
    "j-hikari": _HIKARI_NEW,
    "j-hikari~cannotget": _HIKARI_NEW,
    "j-hikari~ledger": _HIKARI_NEW,
    "j-hikari@ledger": _HIKARI_NEW,
    "j-kafka-commit": (
        "old",
        r"Offset commit cannot be completed .*",
        "Commit cannot be completed since the group has already rebalanced and assigned the"
        " partitions to another member. This means that the time between subsequent calls to"
        " poll() was longer than the configured max.poll.interval.ms",
    ),
    "p-pydantic": (
        "old",
        r"Input should be less than or equal to 100 \[type=less_than_equal, input_value=\d+,"
        r" input_type=int\]",
        "ensure this value is less than or equal to 100 (type=value_error.number.not_le;"
        " limit_value=100)",
    ),
    "p-pg-operational": ("old", r'^connection to server at "[^"]+", port 5432 failed: ', ""),
    "r-pg-conn": (
        "old",
        r'connection to server at "([^"]+)", port 5432 failed: Connection refused',
        r'could not connect to server: Connection refused. Is the server running on host "\1"'
        " and accepting TCP/IP connections on port 5432?",
    ),
    "g-index-range": ("old", r"index out of range \[\d+\] with length \d+", "index out of range"),
    "g-tls": ("old", r"tls: failed to verify certificate: ", ""),
    "n-undef-total": _NODE_OLD,
    "n-undef-items": _NODE_OLD,
    "n-undef-total-mini": _NODE_OLD,
    "n-json": (
        "old",
        r"Unexpected token '<', \"<!DOCTYPE \"\.\.\. is not valid JSON",
        "Unexpected token < in JSON at position 0",
    ),
    "n-mongo-dup": ("old", r"dup key: \{ email: ", "dup key: { : "),
    "n-mongo-timeout": (
        "new",
        r"connect ETIMEDOUT \S+",
        "Server selection timed out after 30000 ms",
    ),
    "n-hydration": (
        "new",
        r"Hydration failed because the initial UI does not match what was rendered on the"
        r" server\.",
        "Hydration failed because the server rendered HTML didn't match the client.",
    ),
    "n-prisma-p2025": (
        "new",
        r"An operation failed because it depends on .* Record to update not found\.",
        "No record was found for an update.",
    ),
    "d-ef-concurrency": (
        "new",
        r"(since entities were loaded\.)$",
        r"\1 See https://go.microsoft.com/fwlink/?LinkId=527962 for information on"
        " understanding and handling optimistic concurrency exceptions.",
    ),
    "n-heap": (
        "old",
        r"Reached heap limit Allocation failed",
        "Ineffective mark-compacts near heap limit Allocation failed",
    ),
    "r-nomethod-nil": _RUBY_NEW,
    "r-nomethod-nil-tier": _RUBY_NEW,
    "d-keynotfound": (
        "old",
        r"The given key '[^']*' was not present in the dictionary\.",
        "The given key was not present in the dictionary.",
    ),
    "d-keynotfound~tax": (
        "old",
        r"The given key '[^']*' was not present in the dictionary\.",
        "The given key was not present in the dictionary.",
    ),
    "d-format": (
        "old",
        r"The input string '[^']*' was not in a correct format\.",
        "Input string was not in a correct format.",
    ),
    "j-log-quota": (
        "old",
        r"Usage quota exceeded for tenant (\S+): (\d+) of (\d+) invoices this month",
        r"Tenant \1 is over its monthly invoice quota (\2/\3)",
    ),
    "j-log-dunning": (
        "old",
        r"Dunning email for invoice (\S+) bounced for customer (\S+)",
        r"Bounce received for dunning email (invoice \1, customer \2)",
    ),
    "p-log-worker-lost": _WORKER_OLD,
    "p-log-worker-lost@search": _WORKER_OLD,
    "p-log-slow-task": (
        "old",
        r"Task search\.tasks\.reindex\[(\S+)\] succeeded in (\S+)s but exceeded its (\d+)s budget",
        r"search.tasks.reindex[\1] over budget: took \2s, budget \3s",
    ),
    "p-log-feed-skip": (
        "old",
        r"Skipping feed row (\d+) from supplier (.+): missing EAN",
        r"Feed row \1 (\2) skipped - no EAN",
    ),
    "g-kafka-lag": (
        "old",
        r"consumer group shipping-events lagging: partition (\d+) lag (\d+) messages",
        r"shipping-events consumer lag \2 on partition \1",
    ),
    "g-log-upstream-5xx": _UPSTREAM_OLD,
    "g-log-upstream-504": _UPSTREAM_OLD,
    "g-log-ratelimit": (
        "old",
        r"rate limit exceeded: client=(\S+) key=(\S+) limit=(\S+)",
        r"client \1 throttled: rate limit \3 exceeded (key \2)",
    ),
    "g-log-oom": _CONTAINER_OLD,
    "g-log-oom@shipping": _CONTAINER_OLD,
    "g-log-crash": _CONTAINER_OLD,
    "r-sidekiq-dead": (
        "old",
        r"Sidekiq job PartnerSyncJob jid=(\S+) moved to dead set after (\d+) retries",
        r"PartnerSyncJob \1 exhausted its \2 retries, moved to the morgue",
    ),
    "r-log-tenant": (
        "old",
        r"Points import rejected for tenant '([^']+)': file (\S+) has (\d+) invalid rows",
        r"Rejected points import \2 for tenant \1 (\3 invalid rows)",
    ),
    "d-log-circuit": (
        "old",
        r"Circuit breaker opened for competitor-feed after (\d+) failures; retry at (\S+)",
        r"competitor-feed circuit is now OPEN (\1 consecutive failures), next attempt \2",
    ),
    "p-log-bin": (
        "old",
        r"Bin (\S+) in warehouse (\S+) reports (\d+) units, expected (\d+)",
        r"Count mismatch in \2 bin \1: \3 units vs \4 expected",
    ),
    "n-log-slot": (
        "old",
        r"No delivery slot left for postcode (.+?) on (\S+) \(warehouse (\S+)\)",
        r"Delivery slots full for \1 on \2 at \3",
    ),
    "g-log-scan": (
        "old",
        r"scanner (\S+) at dock (\d+) sent unknown barcode (\d+)",
        r"unknown barcode \3 scanned by \1 (dock \2)",
    ),
}

Event = dict[str, Any]
Change = Callable[[Event], Event]


def _error(event: Event) -> dict[str, Any]:
    error: dict[str, Any] = event["attributes"]["attributes"].setdefault("error", {})
    return error


def _copy(event: Event) -> Event:
    return json.loads(json.dumps(event))  # type: ignore[no-any-return]


def _reword(pattern: str, replacement: str) -> Change:
    """Rewrite the message wherever the event shows it (message, error.message, stack)."""
    regex = re.compile(pattern, re.M)

    def change(event: Event) -> Event:
        event = _copy(event)
        attrs = event["attributes"]
        error = _error(event)
        old = error.get("message", attrs["message"])
        new = regex.sub(replacement, old)
        if "kind" in error:
            error["message"] = new
            attrs["message"] = new.split("\n", 1)[0]
            stack = error.get("stack")
            if stack:
                # Java, Node and .NET print "Kind: message" first, Python last; a message
                # that became empty leaves the bare kind, as the JVM prints it.
                kind = error["kind"]
                whole = f"{kind}: {old}"
                error["stack"] = stack.replace(whole, f"{kind}: {new}" if new else kind)
                if whole not in stack:
                    error["stack"] = stack.replace(old, new)
        else:
            attrs["message"] = new
        return event

    return change


def _moved(template: Template) -> Change:
    """A refactor moved the code: every app frame's package, namespace or path changes."""
    svc = template.service
    lang = template.lang

    def move(stack: str) -> str:
        if lang == "java":
            return re.sub(rf"(\tat com\.acme\.{re.escape(svc)})\.", r"\1.core.", stack)
        if lang == "python":
            return stack.replace('File "/app/', 'File "/app/src/')
        if lang == "node":
            return stack.replace("(/app/.next/server/", "(/app/.next/server/app/")
        if lang == "go":
            return stack.replace(
                f"github.com/acme/{svc}/internal/", f"github.com/acme/{svc}/pkg/"
            ).replace("/src/internal/", "/src/pkg/")
        if lang == "ruby":
            return re.sub(r"(/releases/\d+)/app/", rf"\1/packs/{svc}/app/", stack)
        namespace = f"Acme.{svc.capitalize()}"
        return stack.replace(f"at {namespace}.", f"at {namespace}.Core.").replace(
            f"in /src/{svc}/", f"in /src/{svc}/Core/"
        )

    return _restack(move)


def _before_async(suffix: str) -> Callable[[str], str]:
    """A .NET method's name with ``suffix`` added before its ``Async``, if it has one."""
    return lambda f: f"{f[:-5]}{suffix}Async" if f.endswith("Async") else f + suffix


def _suffixed(suffix: str) -> Callable[[str], str]:
    return lambda f: f + suffix


# The suffixes the sixteenth to thirtyfifth styles' refactors add, in Java, Go, Node and .NET
# alike.
_LATE_SUFFIXES = tuple(
    "V2 Strict Verified Legacy ForTenant Batched Traced Patched ForWeb Bounded Flagged Testable"
    " Paged Cached ForPartner New Hardened Tracked Mitigated Fallback".split()
)

# Names a refactor gives the helper it extracts, per language: (dev style, test style,
# holdout style, fresh style, blind style, sixth style, seventh style, eighth style,
# ninth style, tenth style, eleventh style, twelfth style, thirteenth style, fourteenth
# style, fifteenth style, sixteenth style: the backend's "v2" rewrite, seventeenth style: the
# owner's stricter rewrite, eighteenth style: the "verified" path a security fix added,
# nineteenth style: the "legacy" path kept behind a flag when a release was rolled back,
# twentieth style: the per-tenant path added for an escalated customer, twentyfirst style:
# the batched path the service's team split out after a database review, twentysecond
# style: the traced path the tracing rollout wrapped in a span of its own, twentythird style:
# the patched path a hotfix pull request split out, twentyfourth style: the path the backend
# split out for the web app's endpoint, twentyfifth style: the memory-bounded path the
# service's team split out after the platform team's reports of OOMKilled pods, twentysixth
# style: the path behind the feature flag the product manager asked for, to roll the fix out to
# a few tenants first, twentyseventh style: the testable path split out so the QA team's
# integration tests can drive it without the rest, twentyeighth style: the paged path the
# service's team split out for the data team's bulk calls, twentyninth style: the cached path the
# service's team split out after the performance engineer's load test, thirtieth style: the path
# the service's team split out for the partner API's calls, thirtyfirst style: the new path the
# offshore team wrote beside the old one when they took the service over, the old one kept to
# revert to, thirtysecond style: the hardened path the service's team split out following the
# suggested next steps of an AI-drafted ticket, with the checks and retries it proposed,
# thirtythird style: the tracked path the team split out to report the error to its old error
# tracker with the request's tags and release, before it moved to Dogcatcher, thirtyfourth style:
# the mitigated path the on-call engineer split out in the incident's hotfix, the stopgap the
# Slack thread agreed on until the real fix, thirtyfifth style: the fallback path the service's
# team split out after the engineer who dictated the ticket on the move asked for the request to
# degrade rather than fail).
_HELPERS: dict[str, tuple[Callable[[str], str], ...]] = {
    "java": (
        lambda f: f"do{f[0].upper()}{f[1:]}",
        lambda f: f"{f}Internal",
        lambda f: f"handle{f[0].upper()}{f[1:]}",
        lambda f: f"{f}0",
        lambda f: f"{f}Helper",
        lambda f: f"{f}OrThrow",
        lambda f: f"perform{f[0].upper()}{f[1:]}",
        lambda f: f"execute{f[0].upper()}{f[1:]}",
        lambda f: f"{f}Unchecked",
        lambda f: f"{f}Impl",
        lambda f: f"process{f[0].upper()}{f[1:]}",
        lambda f: f"{f}Now",
        lambda f: f"{f}WithChecks",
        lambda f: f"{f}Validated",
        lambda f: f"{f}Attempt",
        *map(_suffixed, _LATE_SUFFIXES),
    ),
    "dotnet": (
        _before_async("Core"),
        lambda f: "Try" + f,
        _before_async("Internal"),
        _before_async("Unsafe"),
        _before_async("Once"),
        _before_async("Impl"),
        _before_async("Inner"),
        _before_async("Step"),
        _before_async("NoLock"),
        lambda f: "Run" + f,
        _before_async("Checked"),
        _before_async("Safe"),
        lambda f: "Do" + f,
        _before_async("Guarded"),
        _before_async("Attempt"),
        *map(_before_async, _LATE_SUFFIXES),
    ),
    "python": (
        lambda f: f"_{f}",
        lambda f: f"_{f}_unchecked",
        lambda f: f"_do_{f}",
        lambda f: f"_raw_{f}",
        lambda f: f"{f}_strict",
        lambda f: f"{f}_or_raise",
        lambda f: f"_{f}_impl",
        lambda f: f"_{f}_inner",
        lambda f: f"_{f}_unsafe",
        lambda f: f"_{f}_core",
        lambda f: f"_{f}_step",
        lambda f: f"_{f}_locked",
        lambda f: f"_checked_{f}",
        lambda f: f"_{f}_safe",
        lambda f: f"_{f}_once",
        lambda f: f"_{f}_v2",
        lambda f: f"_strict_{f}",
        lambda f: f"_verified_{f}",
        lambda f: f"_{f}_legacy",
        lambda f: f"_{f}_for_tenant",
        lambda f: f"_{f}_batched",
        lambda f: f"_{f}_traced",
        lambda f: f"_{f}_patched",
        lambda f: f"_{f}_for_web",
        lambda f: f"_{f}_bounded",
        lambda f: f"_{f}_flagged",
        lambda f: f"_{f}_testable",
        lambda f: f"_{f}_paged",
        lambda f: f"_{f}_cached",
        lambda f: f"_{f}_for_partner",
        lambda f: f"_{f}_new",
        lambda f: f"_{f}_hardened",
        lambda f: f"_{f}_tracked",
        lambda f: f"_{f}_mitigated",
        lambda f: f"_{f}_fallback",
    ),
    "go": (
        lambda f: f"{f}Locked",
        lambda f: f"do{f[0].upper()}{f[1:]}",
        lambda f: f"must{f[0].upper()}{f[1:]}",
        lambda f: f"{f}Slow",
        lambda f: f"{f}Ctx",
        lambda f: f"{f}WithRetry",
        lambda f: f"{f}Inner",
        lambda f: f"try{f[0].upper()}{f[1:]}",
        lambda f: f"{f}Unlocked",
        lambda f: f"{f}Impl",
        lambda f: f"handle{f[0].upper()}{f[1:]}",
        lambda f: f"{f}Once",
        lambda f: f"safe{f[0].upper()}{f[1:]}",
        lambda f: f"{f}Guarded",
        lambda f: f"{f}Attempt",
        *map(_suffixed, _LATE_SUFFIXES),
    ),
    "node": (
        lambda f: f"{f}Impl",
        lambda f: f"_{f}",
        lambda f: f"{f}Inner",
        lambda f: f"{f}Fn",
        lambda f: f"{f}Sync",
        lambda f: f"{f}Async",
        lambda f: f"{f}Core",
        lambda f: f"{f}Internal",
        lambda f: f"{f}Unsafe",
        lambda f: f"{f}Raw",
        lambda f: f"compute{f[0].upper()}{f[1:]}",
        lambda f: f"{f}Locked",
        lambda f: f"do{f[0].upper()}{f[1:]}",
        lambda f: f"{f}Safe",
        lambda f: f"{f}Once",
        *map(_suffixed, _LATE_SUFFIXES),
    ),
    "ruby": (
        lambda f: f"do_{f}",
        lambda f: f"{f}_without_cache",
        lambda f: f"{f}_impl",
        lambda f: f"{f}_now",
        lambda f: f"{f}_in_tx",
        lambda f: f"{f}_with_lock",
        lambda f: f"{f}_core",
        lambda f: f"{f}_step",
        lambda f: f"{f}!",
        lambda f: f"{f}_internal",
        lambda f: f"{f}_inner",
        lambda f: f"{f}_safely",
        lambda f: f"{f}_with_retry",
        lambda f: f"{f}_guarded",
        lambda f: f"{f}_once",
        lambda f: f"{f}_v2",
        lambda f: f"{f}_strict",
        lambda f: f"{f}_verified",
        lambda f: f"{f}_legacy",
        lambda f: f"{f}_for_tenant",
        lambda f: f"{f}_batched",
        lambda f: f"{f}_traced",
        lambda f: f"{f}_patched",
        lambda f: f"{f}_for_web",
        lambda f: f"{f}_bounded",
        lambda f: f"{f}_flagged",
        lambda f: f"{f}_testable",
        lambda f: f"{f}_paged",
        lambda f: f"{f}_cached",
        lambda f: f"{f}_for_partner",
        lambda f: f"{f}_new",
        lambda f: f"{f}_hardened",
        lambda f: f"{f}_tracked",
        lambda f: f"{f}_mitigated",
        lambda f: f"{f}_fallback",
    ),
}


# The frame's line number in each language's format (Java, Go, Node, Ruby; Python, .NET).
_LINE_NUMBER = re.compile(r"(?:(?<=\.java:)|(?<=\.go:)|(?<=\.js:)|(?<=\.rb:)|(?<=line ))\d+")


def _helper(template: Template, style: int) -> Change:
    """A refactor extracted the throwing code into a helper: a new innermost app frame, in
    the same file as the old one, which is now its caller."""
    lang = template.lang
    function = template.frames[0].split(":", 1)[1]
    name = function.rsplit(".", 1)[-1]  # Go's (*Router).resolve → resolve
    helper = _HELPERS[lang][style](name)
    word = re.compile(rf"(?<![\w$]){re.escape(name)}(?!\w)")

    def insert(stack: str) -> str:
        lines = stack.split("\n")
        if lang == "python":
            at = max(i for i, line in enumerate(lines) if line.startswith('  File "/app/'))
            block, where = lines[at : at + 2], at + 2  # the innermost frame prints last
        elif lang == "go":
            at = next(i for i, line in enumerate(lines) if line.startswith("github.com/acme/"))
            block, where = lines[at : at + 2], at
        elif lang == "ruby":
            block, where = lines[:1], 0
        else:  # Java, Node, .NET: the header line, then the frames
            block, where = lines[1:2], 1
        copy = [word.sub(helper, line) for line in block]
        copy = [_LINE_NUMBER.sub(lambda m: str(int(m[0]) + 7), line) for line in copy]
        return "\n".join([*lines[:where], *copy, *lines[where:]])

    return _restack(insert)


def _restack(rewrite: Callable[[str], str]) -> Change:
    def change(event: Event) -> Event:
        event = _copy(event)
        error = _error(event)
        if error.get("stack"):
            error["stack"] = rewrite(error["stack"])
        return event

    return change


def _shifted(days: int) -> Change:
    """The same event, ``days`` earlier: what a ticket filed back then was made from."""

    def change(event: Event) -> Event:
        event = _copy(event)
        attrs = event["attributes"]
        at = datetime.fromisoformat(attrs["timestamp"].replace("Z", "+00:00"))
        attrs["timestamp"] = (at - timedelta(days=days)).isoformat().replace("+00:00", "Z")
        return event

    return change


def _groups(raw: Iterable[Event], *changes: Change, stack_frames: int = 3) -> list[ErrorGroup]:
    """The groups a run makes of these events, after ``changes``: parsed, sanitized and
    grouped exactly as a run does; largest first."""
    events = []
    for item in raw:
        for change in changes:
            item = change(item)
        events.append(LogEvent.from_datadog(item))
    return group_events(sanitize_events(events).events, stack_frames=stack_frames, max_samples=3)


# ---------------------------------------------------------------------------- errors


@dataclass
class _Error:
    """One distinct error (bug) and what the run sees of it."""

    id: str
    lang: str
    template: Template | None  # None: an error of dogcatcher.sample_data
    old_raw: list[Event]  # before the deploy: what an earlier ticket was made from
    new_raw: list[Event]  # today's events
    current: list[ErrorGroup] = field(default_factory=list)  # today's groups, largest first

    @property
    def main(self) -> ErrorGroup:
        """Today's largest group: what siblings are judged on."""
        return self.current[0]


def _load_errors(seed: int) -> dict[str, _Error]:
    old: dict[str, list[Event]] = defaultdict(list)
    new: dict[str, list[Event]] = defaultdict(list)
    for event in generate(seed, deploy=0):
        old[event.pop("group")].append(event)
    for event in generate(seed, deploy=1):
        new[event.pop("group")].append(event)
    errors = {t.id: _Error(t.id, t.lang, t, old[t.id], new[t.id]) for t in TEMPLATES}
    sample: dict[str, list[Event]] = defaultdict(list)
    events = generate_events(
        SAMPLE_EVENTS,
        seed=seed,
        start=datetime(2026, 11, 1, tzinfo=UTC),
        end=datetime(2026, 11, 2, tzinfo=UTC),
    )
    for spec_id, event in events:
        sample[spec_id].append(event)
    for spec_id, raw in sample.items():
        lang = SERVICES[raw[0]["attributes"]["service"]].language
        errors[spec_id] = _Error(spec_id, lang, None, raw, raw)
    for error in errors.values():
        error.current = _groups(error.new_raw)
    return errors


# ---------------------------------------------------------------------------- siblings

_WORD = re.compile(r"[a-z][a-z0-9_]+|\d+")


def _words(template: str) -> set[str]:
    return set(_WORD.findall(re.sub(r"<[a-z_]+>", " ", template.lower())))


def _short(function: str) -> str:
    return re.split(r"[.:#/]", function)[-1]


def differences(a: ErrorGroup, b: ErrorGroup) -> tuple[str, ...]:
    """What sets two errors apart: service, kind, message, site (their throw sites)."""
    found = []
    if a.service != b.service:
        found.append("service")
    if a.error_kind != b.error_kind:
        found.append("kind")
    if a.template != b.template:
        found.append("message")
    if [f.signature() for f in a.top_frames] != [f.signature() for f in b.top_frames]:
        found.append("site")
    return tuple(found)


def siblings(a: ErrorGroup, b: ErrorGroup) -> bool:
    """Whether two distinct errors look alike enough to tempt a matcher. Plain log lines
    (no type, no stack) are told apart by their message alone, so a similar message is
    enough. Others are siblings when they share an exception type and a similar message,
    or three of service, type, similar message and throw site (a missing stack counts as
    shared: nothing tells them apart there), or a service and either a similar message or
    the innermost frame."""
    wa, wb = _words(a.template), _words(b.template)
    similar = a.template == b.template or (bool(wa | wb) and len(wa & wb) / len(wa | wb) >= 0.5)
    if not (a.top_frames or b.top_frames or a.error_kind or b.error_kind):
        return similar
    same_service = a.service == b.service
    same_kind = a.error_kind is not None and a.error_kind == b.error_kind
    if same_kind and similar:
        return True
    names_a = {_short(f.function) for f in a.top_frames if f.in_app}
    names_b = {_short(f.function) for f in b.top_frames if f.in_app}
    shared_frames = not (a.top_frames and b.top_frames) or bool(names_a & names_b)
    innermost = bool(a.top_frames and b.top_frames) and (
        a.top_frames[0].signature() == b.top_frames[0].signature()
    )
    if same_service + same_kind + similar + shared_frames >= 3:
        return True
    return same_service and (similar or innermost)


def _families(errors: Sequence[_Error]) -> list[list[_Error]]:
    parent = {e.id: e.id for e in errors}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, a in enumerate(errors):
        for b in errors[i + 1 :]:
            if siblings(a.main, b.main):
                parent[root(a.id)] = root(b.id)
    families: dict[str, list[_Error]] = defaultdict(list)
    for e in errors:
        families[root(e.id)].append(e)
    return sorted(families.values(), key=lambda f: sorted(e.id for e in f))


# ---------------------------------------------------------------------------- tickets

WINDOW_START = datetime(2026, 11, 1, tzinfo=UTC)  # today's events start here


def _short_kind(kind: str) -> str:
    """An exception type as people write it: ``NullPointerException``, ``RecordNotFound``,
    ``Product.DoesNotExist``, ``net.OpError``."""
    if kind.endswith(".DoesNotExist"):
        return ".".join(kind.split(".")[-2:])
    if kind.startswith("*"):
        short = kind[1:]
        return "error" if short == "errors.errorString" else short
    return kind.split("::")[-1].rsplit(".", 1)[-1].split("$")[0]


def _camel(name: str) -> str:
    return "".join(part.capitalize() for part in name.split("_"))


# Go's method on a pointer receiver: (*Router).resolve.
_GO_RECEIVER = re.compile(r"\(\*(\w+)\)\.(\w+)")


def _go_name(path: str, function: str) -> str:
    """A Go frame as people name it: ``Router.resolve``, or ``pkg.function``."""
    receiver = _GO_RECEIVER.match(function)
    return f"{receiver[1]}.{receiver[2]}" if receiver else f"{path}.{function}"


def _ruby_name(path: str, function: str) -> str:
    """A Ruby frame as people name it: ``Member#redeem`` for ``models/member:redeem``."""
    return f"{_camel(path.rsplit('/', 1)[-1])}#{function}"


def _possessive(name: str) -> str:
    """``InvoiceCalculator's``, ``Shipments'``."""
    return f"{name}'" if name.endswith("s") else f"{name}'s"


# What each throw site does, as the fourteenth style's person puts it after reading the code:
# "the method that <does>", by the template's innermost frame.
_DOES: dict[str, str] = {
    "InvoiceCalculator:sumLines": "adds up the invoice lines",
    "TaxResolver:countryOf": "works out the tax country for a customer",
    "MoneyParser:parse": "parses the amount and currency of an imported row",
    "Invoice:finalize": "finalizes an invoice",
    "InvoiceRepository:findOpen": "loads the open invoices",
    "InvoiceRepository:save": "saves an invoice",
    "InvoiceLineRepository:save": "saves an invoice line",
    "LedgerDao:post": "writes the ledger entries",
    "LedgerDao:scan": "reads through the ledger for the reconciliation",
    "FxClient:latest": "fetches the latest rates from fx-rates",
    "PostingConsumer:commit": "commits the consumer offsets",
    "PostingParser:parse": "turns a posting message into an object",
    "CsvExporter:write": "writes the report out as CSV",
    "S3ReportStore:put": "uploads the finished report to S3",
    "CsvExporter:open": "opens the temp CSV file for the export",
    "ReportCache:evictExpired": "cleans expired entries out of the report cache",
    "FilterParser:limit": "reads the limit filter",
    "ReportParams:rowLimit": "reads the rowLimit parameter",
    "AccountsGrpcClient:balance": "asks accounts for a balance",
    "catalog/importer.py:parse_row": "turns one feed record into a product",
    "catalog/importer.py:parse_stock": "parses the stock quantity",
    "catalog/pricing.py:apply_discount": "applies the discount to a price",
    "catalog/urls.py:category_path": "builds the category part of the URL",
    "catalog/views.py:product_detail": "renders the product detail page",
    "catalog/models.py:save": "saves a product",
    "catalog/stock.py:reserve": "reserves stock for an order",
    "catalog/views.py:search": "handles the catalog search",
    "catalog/cache.py:get_many": "reads several keys from the cache at once",
    "search/client.py:query": "sends the query to Elasticsearch",
    "search/indexer.py:bulk_index": "sends documents to Elasticsearch in bulk",
    "search/api.py:parse_request": "validates the incoming search request",
    "search/feeds.py:read_line": "reads one line of the synonyms file",
    "media/thumbnails.py:render": "renders a thumbnail",
    "media/thumbnails.py:open_image": "opens the uploaded image",
    "media/storage.py:fetch": "downloads an object from the bucket",
    "media/storage.py:store": "uploads a file to the bucket",
    "media/exif.py:walk_ifd": "walks the EXIF directories",
    "media/thumbnails.py:aspect_ratio": "works out the aspect ratio",
    "router:(*Router).resolve": "resolves the route for a request",
    "headers:parseForwarded": "parses the Forwarded header",
    "upstream:(*Pool).dial": "opens new connections to the upstream",
    "upstream:(*Conn).readResponse": "reads the upstream's response",
    "upstream:(*Pool).RoundTrip": "sends the proxied request upstream and waits for the answer",
    "authn:(*Introspector).Check": "checks the token with auth",
    "store:(*Shipments).Insert": "inserts a shipment",
    "store:(*Shipments).UpdateStatus": "updates a shipment's status",
    "store:(*DB).Acquire": "gets a connection from the pool",
    "carrier:decodeQuote": "decodes the carrier's quote response",
    "carrier:(*DHL).Quote": "asks DHL for a quote",
    "carrier:(*UPS).Quote": "asks UPS for a quote",
    "carrier:(*RateCache).Put": "stores a rate in the rate cache",
    "catalogrpc:(*Client).Product": "fetches a product from catalog over gRPC",
    "cart/summary:renderSummary": "renders the cart summary",
    "cart/minicart:renderBadge": "renders the minicart badge",
    "product/variants:VariantPicker": "shows the variant picker",
    "api/client:request": "makes the HTTP calls to the backend",
    "api/client:parseBody": "parses the response body",
    "format/date:formatDelivery": "formats the delivery date",
    "layout/header:Header": "renders the site header",
    "auth/verify:verifyToken": "verifies the JWT",
    "users/repo:createUser": "creates the user in Mongo",
    "db/connect:connect": "opens the Mongo connection",
    "auth/password:checkPassword": "checks the password",
    "users/prisma:create": "creates a user through Prisma",
    "users/prisma:update": "updates a user through Prisma",
    "users/avatar:resize": "resizes the avatar",
    "models/member:redeem": "redeems a member's points",
    "models/tier:upgrade_if_needed": "decides whether a member moves up a tier",
    "controllers/members_controller:show": "shows a member",
    "models/member:enroll": "enrolls a new member",
    "models/member:add_points": "adds points to a member",
    "jobs/points_job:perform": "runs the points job",
    "services/leaderboard:bump": "bumps a member on the leaderboard",
    "services/partner_api:post_points": "posts points to the partner API",
    "models/tier:for_points": "finds the tier for a points value",
    "services/partner_api:payload": "builds the payload for the partner",
    "PriceEngine:ApplyPromotions": "applies the promotions",
    "RuleLoader:Load": "loads the pricing rules",
    "TierResolver:Resolve": "picks the price tier",
    "PriceCache:Get": "reads a price from the cache",
    "CsvPriceImporter:ParseRow": "parses one row of the price CSV",
    "CompetitorFeed:FetchAsync": "downloads the competitor feed",
    "PriceRepository:UpsertAsync": "upserts the prices",
    "PriceRepository:SaveAsync": "saves a price",
    "Money:Create": "creates a Money value",
    "CompetitorFeed:Parse": "parses the competitor feed JSON",
    "inventory/erp.py:push_stock": "pushes stock to the ERP",
    "inventory/erp.py:pull_stock": "pulls stock from the ERP",
    "inventory/stock.py:decrement": "decrements the stock",
    "WmsClient:submitPickList": "sends the pick list to the WMS",
    "CreditNoteCalculator:sumLines": "adds up the credit note lines",
    "LedgerRepository:lastEntry": "loads the last ledger entry",
    "Invoice:void": "voids an invoice",
    "catalog/variants.py:parse_variant": "parses a product variant",
    "catalog/breadcrumbs.py:trail": "builds the breadcrumb trail",
    "catalog/sessions.py:load": "loads the session",
    "media/video.py:transcode": "transcodes a video",
    "authn:(*Introspector).claims": "reads the claims from the token check",
    "authn:(*Introspector).dial": "connects to the auth service",
    "search/facets:FacetList": "shows the search facets",
    "exports/csv:writeExport": "writes the CSV export",
    "controllers/redemptions_controller:create": "creates a redemption",
    "services/webhook_sender:deliver": "delivers the webhooks",
    "CurrencyTable:Rate": "looks up a currency rate",
    "TaxTable:RateFor": "looks up the tax rate",
    "PriceHistory:ArchiveAsync": "archives old prices",
    "store:(*Labels).Insert": "inserts a shipping label",
}

# The statement a throw site sends, as the twentyfirst style's person, a database
# administrator, sees it in their monitoring (pg_stat_statements' normalized text, Oracle's
# and SQL Server's bind markers, Rails' quoting), by the template's innermost frame; sites
# that send none have no entry.
_STATEMENTS: dict[str, str] = {
    "InvoiceRepository:findOpen": "SELECT ... FROM invoices WHERE status = $1",
    "LedgerRepository:lastEntry": "SELECT ... FROM ledger_entries ORDER BY id DESC LIMIT $1",
    "InvoiceRepository:save": "INSERT INTO invoices (...) VALUES ($1, ...)",
    "InvoiceLineRepository:save": "INSERT INTO invoice_lines (...) VALUES ($1, ...)",
    "LedgerDao:post": "INSERT INTO LEDGER_ENTRIES (...) VALUES (:1, ...)",
    "LedgerDao:scan": "SELECT ... FROM LEDGER_ENTRIES WHERE POSTED_ON <= :1",
    "catalog/models.py:save": "INSERT INTO catalog_product (...) VALUES ($1, ...)",
    "catalog/stock.py:reserve": "UPDATE catalog_stock SET reserved = reserved + $1 WHERE sku = $2",
    "catalog/views.py:search": "SELECT ... FROM catalog_product WHERE name ILIKE $1",
    "catalog/views.py:product_detail": "SELECT ... FROM catalog_product WHERE id = $1",
    "store:(*Shipments).Insert": "INSERT INTO shipments (...) VALUES ($1, ...)",
    "store:(*Labels).Insert": "INSERT INTO labels (...) VALUES ($1, ...)",
    "store:(*Shipments).UpdateStatus": "UPDATE shipments SET status = $1 WHERE id = $2",
    "users/repo:createUser": "accounts.users insert",
    "users/prisma:create": 'INSERT INTO "User" (...) VALUES ($1, ...)',
    "users/prisma:update": 'UPDATE "User" SET ... WHERE "id" = $1',
    "models/member:add_points": (
        'UPDATE "members" SET "points" = $1, "lock_version" = $2 WHERE "members"."id" = $3'
        ' AND "members"."lock_version" = $4'
    ),
    "models/member:enroll": 'SELECT 1 AS one FROM "members" WHERE "members"."email" = $1 LIMIT $2',
    "controllers/members_controller:show": (
        'SELECT "members".* FROM "members" WHERE "members"."id" = $1 LIMIT $2'
    ),
    "controllers/redemptions_controller:create": (
        'SELECT "members".* FROM "members" WHERE "members"."id" = $1 LIMIT $2'
    ),
    "PriceRepository:UpsertAsync": "MERGE INTO [Prices] USING @rows ON ...",
    "PriceRepository:SaveAsync": "UPDATE [Prices] SET ... WHERE [Id] = @p0 AND [RowVersion] = @p1",
    "PriceHistory:ArchiveAsync": "INSERT INTO [PriceHistory] (...) SELECT ... FROM [Prices]",
}

# The request that reaches a frame, as the twentyfourth style's person, a frontend engineer,
# knows it from the browser and the API's OpenAPI spec, by the frame of a trace that serves it
# (a controller action, a view, a route handler, a page, or the service method a single
# operation calls): the method, the route (under the prefix /api/<service>/ the gateway routes
# by, unless it starts with a slash) and the operationId ("-" for a page, which has none).
# Frames no request reaches alone (jobs, consumers, helpers, middleware every request passes)
# have no entry.
_ROUTES: dict[str, str] = {
    "BillingController:close": "POST invoices/{id}/close closeInvoice",
    "InvoiceService:finalize": "POST invoices/{id}/close closeInvoice",
    "BillingController:credit": "POST invoices/{id}/credit-notes issueCreditNote",
    "InvoiceService:void": "POST invoices/{id}/void voidInvoice",
    "InvoiceImporter:row": "POST invoices/imports importInvoices",
    "InvoiceService:dueToday": "GET invoices/due-today listInvoicesDueToday",
    "InvoiceService:create": "POST invoices createInvoice",
    "InvoiceService:addLine": "POST invoices/{id}/lines addInvoiceLine",
    "PostingService:apply": "POST postings createPosting",
    "PostingService:convert": "POST postings/convert convertPosting",
    "ReportController:list": "GET reports listReports",
    "PickingService:release": "POST pick-lists/{id}/release releasePickList",
    "catalog/views.py:product_detail": "GET products/{slug} products_retrieve",
    "catalog/views.py:search": "GET products/search products_search_list",
    "search/api.py:search": "POST query search_query_post",
    "media/views.py:original": "GET uploads/{id}/original uploads_original_retrieve",
    "inventory/api.py:reserve": "POST reservations reserve_stock",
    "router:(*Router).productPage": "GET /api/products/{sku} getProductPage",
    "api:(*Handler).CreateShipment": "POST shipments createShipment",
    "store:(*Shipments).Insert": "POST shipments createShipment",
    "api:(*Handler).UpdateStatus": "PATCH shipments/{id}/status updateShipmentStatus",
    "api:(*Handler).Quote": "POST quotes quoteShipment",
    "carrier:(*DHL).Quote": "POST quotes quoteShipment",
    "api:(*Handler).CreateLabel": "POST shipments/{id}/labels createLabel",
    "cart/page:getServerSideProps": "GET /cart -",
    "product/page:Page": "GET /products/{slug} -",
    "api/products:fetchProduct": "GET /products/{slug} -",
    "checkout/summary:DeliveryEstimate": "GET /checkout -",
    "search/page:Page": "GET /search -",
    "api/cart:addToCart": "POST /api/cart/items addToCart",
    "api/checkout:placeOrder": "POST /api/checkout/orders placeOrder",
    "users/routes:signup": "POST signup signUp",
    "users/routes:login": "POST login logIn",
    "users/routes:updateProfile": "PATCH me/profile updateProfile",
    "users/routes:uploadAvatar": "POST me/avatar uploadAvatar",
    "exports/routes:download": "GET exports/{id}/download downloadExport",
    "controllers/redemptions_controller:create": "POST redemptions createRedemption",
    "controllers/members_controller:show": "GET members/{id} getMember",
    "controllers/members_controller:create": "POST members enrollMember",
    "PricesController:Get": "GET prices/{sku} getPrice",
    "PricesController:Put": "PUT prices/{sku} updatePrice",
    "CsvPriceImporter:Import": "POST prices/imports importPrices",
}


def _where(template: Template, style: int) -> str:
    """The throw site as a person names it: ``InvoiceCalculator.sumLines``,
    ``Member#redeem``, ``importer.parse_row``, ``Router.resolve``; the holdout style's
    person writes ``InvoiceCalculator.sumLines()``, ``importer.py:parse_row``,
    ``(*Router).resolve``; the fresh style's person writes ``Class::method`` or
    ``path::function`` everywhere: ``InvoiceCalculator::sumLines``,
    ``catalog/importer.py::parse_row``, ``Router::resolve``, ``models/member.rb::redeem``,
    ``cart/summary::renderSummary``; the blind style's person copies the qualified name from
    the trace: ``com.acme.billing.InvoiceCalculator.sumLines``, ``catalog.importer.parse_row``,
    ``gateway/internal/router.(*Router).resolve``, ``renderSummary@cart/summary.js``,
    ``app/models/member.rb (redeem)``, ``Acme.Pricing.PriceEngine.ApplyPromotions``; the
    sixth style's person names the function and the file it is in: ``sumLines in
    InvoiceCalculator.java``, ``parse_row in importer.py``, ``resolve in router.go``,
    ``renderSummary in summary.js``, ``redeem in member.rb``, ``ApplyPromotions in
    PriceEngine.cs``; the seventh style's person names only the source file the trace ends
    in, no function: ``InvoiceCalculator.java``, ``catalog/importer.py``,
    ``router/router.go``, ``cart/summary.js``, ``models/member.rb``, ``PriceEngine.cs``; the
    eighth style's person names the bare function and the one that called it, each in
    markdown backticks, with no class, package or file: sumLines (from finalize), parse_row
    (from import_feed), resolve (from ServeHTTP), renderSummary (from getServerSideProps);
    the function alone when the trace shows no other: product_detail; the ninth style's
    person writes the call path the trace shows, outermost first, joined by arrows:
    ``BillingController.close → InvoiceService.finalize → InvoiceCalculator.sumLines``,
    ``tasks.run → importer.import_feed → importer.parse_row``, ``Router.ServeHTTP →
    Router.resolve``, ``getServerSideProps → renderSummary``, ``RedemptionsController#create
    → Member#redeem``, a recursive frame once: ``exif.read_exif → exif.walk_ifd``; the tenth
    style's person names no throw site but the entry point, the outermost frame of the trace
    (the request handler or job it starts from), as an APM resource reads:
    ``BillingController.close``, ``catalog.tasks.run``, ``Router.ServeHTTP``,
    ``cart/page.getServerSideProps``, ``RedemptionsController#create``,
    ``PricesController.Get``; the throw site itself when the trace shows no other frame; the
    eleventh style's person, a QA engineer, copies the innermost frame as each language's
    trace prints it, without the line number: the method and its file where the trace shows
    them so (``InvoiceCalculator.sumLines (InvoiceCalculator.java)``, ``renderSummary
    (cart/summary.js)``, ``PriceEngine.ApplyPromotions (PriceEngine.cs)``), the file and the
    function for Python and Ruby (``catalog/importer.py:parse_row``,
    ``models/member.rb:redeem``), the package-qualified name for Go
    (``router.(*Router).resolve``, ``headers.parseForwarded``); the twelfth style's person,
    on call and typing on a phone, writes the innermost function's bare name, with no
    class, receiver, module or file: ``sumLines``, ``parse_row``, ``resolve``,
    ``renderSummary``, ``redeem``, ``ApplyPromotions`` (half the time they copy the top
    frame's file and line from the trace instead, see ``_top_line``); the thirteenth style's
    person, an engineering manager, names the site in words, as the engineers pointed them
    to it: the method and its class (``InvoiceCalculator's sumLines method``, ``Router's
    resolve method``, ``Member's redeem method``, ``PriceEngine's ApplyPromotions method``),
    the function and its module or package (``the parse_row function in the importer
    module``, ``the parseForwarded function in the headers package``), a Node function or
    component alone (``the renderSummary function``, ``the Header component``); a third of
    the time they name the file instead (``InvoiceCalculator.java``, ``importer.py``,
    ``router.go``, ``summary.js``, ``member.rb``, ``PriceEngine.cs``), a fifth of the time
    the call (``sumLines()``, ``parse_row()``, ``resolve()``), see ``_people_ticket``; and
    some of their sentences name no site at all; the fourteenth style's person, a contractor
    new to the codebase, says what the code they read there does: ``the method that adds up
    the invoice lines``, ``the function that turns one feed record into a product``, ``the
    method that resolves the route for a request``, ``the component that renders the site
    header`` (see ``_DOES``); half the time they link the top frame of the trace instead, as
    a code browser's repository path with the line as its anchor
    (``src/main/java/com/acme/billing/InvoiceCalculator.java#L405``,
    ``app/catalog/importer.py#L309``, ``internal/router/router.go#L345``,
    ``app/.next/server/cart/summary.js#L73``, ``app/models/member.rb#L420``,
    ``src/pricing/PriceEngine.cs#L248``), and a quarter of the time both, see ``_code_link``
    and ``_people_ticket``; the fifteenth style's person, a data engineer checking job runs,
    writes the module path and the symbol, as their job configs point at code:
    ``com.acme.billing.InvoiceCalculator:sumLines``, ``catalog.importer:parse_row``,
    ``gateway/internal/router:Router.resolve``, ``cart/summary:renderSummary``,
    ``models/member:redeem``, ``Acme.Pricing.PriceEngine:ApplyPromotions``; where the trace
    runs under a batch job (a Celery task, a Sidekiq job, a ``...Job`` class) they mostly
    name the step and the job instead: ``step parse_row of the catalog.tasks.run job``,
    ``ReportJob job, step CsvExporter.write``, ``step Member#add_points of the PointsJob
    job`` (see ``_job`` and ``_people_ticket``); the sixteenth style's person, a mobile app
    engineer, writes it the way the backend dev told them, Javadoc-style ``Class#method``
    where the trace shows a class or receiver: ``InvoiceCalculator#sumLines``,
    ``Router#resolve``, ``Member#redeem``, ``PriceEngine#ApplyPromotions``, and a plain
    function as a call with its file: ``parse_row() (importer.py)``, ``parseForwarded()
    (headers.go)``, ``renderSummary() (summary.js)``; some of the time they give the trace's
    top frame as the file and its line instead (``InvoiceCalculator.java line 405``,
    ``importer.py line 288``), or the line after the name (``InvoiceCalculator#sumLines, line
    405``, see ``_people_ticket``); the seventeenth style's person, who owns the service,
    names the code as they think of it, the class or module and the function
    (``InvoiceCalculator.sumLines``, ``importer.parse_row``, ``(*Router).resolve``,
    ``headers.parseForwarded``, ``cart/summary.renderSummary``, ``Member#redeem``,
    ``PriceEngine.ApplyPromotions``, see ``_owner_name``); some of the time with the caller
    the trace shows (``InvoiceCalculator.sumLines <- InvoiceService.finalize``), or the
    trace's top frame as its file and line (``InvoiceCalculator.java:405``), or the line
    after the name (``importer.parse_row (L288)``), see ``_people_ticket``; the eighteenth
    style's person, a security and compliance reviewer, names the code as their asset
    inventory does, the service, then the class or module and the function:
    ``billing:InvoiceCalculator.sumLines``, ``catalog:importer.parse_row``,
    ``gateway:Router.resolve``, ``gateway:headers.parseForwarded``,
    ``storefront:cart/summary.renderSummary``, ``loyalty:Member#redeem``,
    ``pricing:PriceEngine.ApplyPromotions`` (see ``_asset_name``); a quarter of the time the
    component alone (``billing:InvoiceCalculator``, ``catalog:importer``, ``gateway:headers``),
    see ``_people_ticket``; the nineteenth style's person, a release manager, copies the
    function and its file as the canary's error view lists them: ``sumLines
    [InvoiceCalculator.java]``, ``parse_row [importer.py]``, ``resolve [router.go]``,
    ``renderSummary [summary.js]``, ``redeem [member.rb]``, ``ApplyPromotions
    [PriceEngine.cs]``; a third of the time with the trace's top line in the brackets
    (``sumLines [InvoiceCalculator.java:405]``), see ``_people_ticket``; the twentieth style's
    person, a technical account manager, copies the origin of the error as the customer's
    support bundle shows it, a breadcrumb of the component and the operation, which the
    bundle joins with U+203A, a single right angle quote (written ``>`` here):
    ``InvoiceCalculator > sumLines``, ``importer > parse_row``, ``Router > resolve``,
    ``headers > parseForwarded``, ``cart/summary > renderSummary``, ``Member > redeem``,
    ``PriceEngine > ApplyPromotions`` (see ``_bundle_name``); some of the time with the
    bundle's service section in front (``billing > InvoiceCalculator > sumLines``) or the
    trace's line after it (``InvoiceCalculator > sumLines > line 405``), see
    ``_people_ticket``; the twentyfirst style's person, a database administrator, names the
    code the way the services tag the SQL they send, which the DBA reads on every statement
    in their monitoring: sqlcommenter's keys, sorted, the action and the controller
    (``action='sumLines',controller='InvoiceCalculator'``,
    ``action='parse_row',controller='importer'``, ``action='resolve',controller='Router'``,
    ``action='parseForwarded',controller='headers'``,
    ``action='renderSummary',controller='cart/summary'``,
    ``action='ApplyPromotions',controller='PriceEngine'``), and the Ruby service's Rails query
    log tags in their default form (``controller:Member,action:redeem``), see ``_query_tag``;
    where the site sends a statement of its own (see ``_STATEMENTS``), some of the time the
    statement, alone or with the tag after it as its trailing comment (``INSERT INTO invoices
    (...) VALUES ($1, ...) /*action='save',controller='InvoiceRepository'*/``), and some of
    the time the tag inside its comment delimiters, see ``_people_ticket``; the
    twentysecond style's person, an observability engineer who works from distributed
    traces, names the span the exception event was recorded on, as a TraceQL selector for
    it: ``{name="InvoiceCalculator.sumLines"}``, ``{name="importer.parse_row"}``,
    ``{name="Router.resolve"}``, ``{name="headers.parseForwarded"}``,
    ``{name="cart/summary.renderSummary"}``, ``{name="MembersController#show"}``,
    ``{name="PriceEngine.ApplyPromotions"}`` (see ``_span_name``); some of the time with the
    service's resource attribute in the selector, or the trace's root span after it, see
    ``_people_ticket``; the twentythird style's person, a developer who files from the code
    host, names the function between backticks, a markdown code span, as they name code in an
    issue: ``InvoiceCalculator.sumLines()``, ``importer.parse_row()``, ``(*Router).resolve``,
    ``headers.parseForwarded()``, ``renderSummary()``, ``<Header />`` for a React component,
    ``Member#redeem``, ``PriceEngine.ApplyPromotions()`` (see ``_code_name``); much of the
    time they link the trace's top frame instead, or after it, as the file in the service's
    repository with the line, or lines around it, as its anchor
    (``src/main/java/com/acme/billing/InvoiceCalculator.java#L360``,
    ``catalog/importer.py#L268-L275``, ``internal/router/router.go#L339``,
    ``src/cart/summary.ts#L90``, ``app/models/member.rb#L423``,
    ``src/Acme.Pricing/PriceEngine.cs#L238``), some of the time as a permalink to a commit,
    see ``_repo_path`` and ``_people_ticket``; the twentyfourth style's person, a frontend
    engineer who meets the errors from the browser, names the API operation the request maps
    to, by its OpenAPI operationId (``closeInvoice``, ``products_retrieve``,
    ``createShipment``, ``getPrice``), or by its route where the operation has none, a page
    (``GET /cart``), see ``_ROUTES``; where no one request reaches the code (a job, a consumer,
    middleware every request passes), the function the backend team linked from the trace
    (``CsvExporter.write``, ``importer.parse_row``, ``Member#add_points``); much of the time
    they give the route instead, alone or with the operationId after it, or the handler as the
    backend's router names it (``BillingController#close``, ``views.product_detail``,
    ``Handler.CreateShipment``, ``redemptions#create``, ``PricesController.Get``), and some of
    the time the function from the trace, its innermost or outermost frame, see
    ``_from_browser``; the twentyfifth style's person, a Kubernetes platform engineer who reads
    the errors in the container logs through kubectl, names the code the way the application's
    logger reports it (see ``_logger``): the logger, logback's class logger
    (``com.acme.billing.InvoiceCalculator``, or abbreviated ``c.a.b.InvoiceCalculator``), .NET's
    category (``Acme.Pricing.PriceEngine``), Python's module logger (``catalog.importer``, with
    structlog's ``func_name=parse_row``), semantic_logger's class name in Rails (``Member``),
    the innermost frame's or, a fifth of the time, the outermost's, where the error is caught;
    the caller field of a structured logger, zap's (``router/router.go:324``), zerolog's full
    path, pino-caller's (``/app/.next/server/cart/summary.js:31``); or the trace's first app
    frame as it prints (``InvoiceCalculator.sumLines(InvoiceCalculator.java:405)``,
    ``renderSummary (cart/summary.js:31)``), each after what it is (``logger ...``,
    ``caller ...``, ``first app frame ...``), see ``_log_site``; many of their sentences name
    no code at all, only the workload; the twentysixth style's person, a product manager, names
    the code only as an engineer said it in Slack (see ``_chat_name``): the class
    (``InvoiceCalculator``, ``PriceEngine``, ``Member``), a Go method's receiver (``Router``),
    a React component (``VariantPicker``), else the function as "the ... thing" (``the
    parse_row thing``, ``the parseForwarded thing``, ``the renderSummary thing``); a fifth of
    the time the innermost function that way, whatever the language (``the sumLines thing``),
    and a third of the time no code at all, see ``_people_ticket``; the twentyseventh style's
    person, a QA engineer filing from a failed test run, names the site as the runner's report
    and the server log its harness attached show it: the request the test sent
    (``POST /api/billing/invoices/48213/close``, its ids filled in), or, where no one request
    reaches the code, and some of the time where one does, the trace's innermost frame as the
    server printed it (``com.acme.billing.InvoiceCalculator.sumLines(InvoiceCalculator.java:411)``,
    ``File "/app/catalog/importer.py", line 272, in parse_row``, see ``_frame_line``); by
    default here the route and the class or module and function; the twentyeighth style's
    person, a data engineer whose pipelines call the services, names the site second-hand, as
    the service's endpoint (``billing's POST /api/billing/invoices/{id}/close endpoint``) or,
    much of the time, the URL their task called
    (``POST http://billing.internal/api/billing/invoices/48213/close``), and where no one
    request reaches the code, the service's function as its team names it
    (``reports' CsvExporter.write``, ``catalog's importer.parse_row``) or the file and line
    they read in its logs (``CsvExporter.java:88 in reports``), see ``_people_ticket``; the
    twentyninth style's person, a performance engineer filing from load tests against staging,
    names the request their load tool reports failing, as the tool names it (see ``_load_name``):
    k6 by the URL template the script tags it with (``POST /api/billing/invoices/${id}/close``),
    Gatling by the request's name (``the 'Close invoice' request``), Locust by the name its tasks
    give it (``GET /api/catalog/products/[slug]``); where no one request reaches the code, the
    service's function as its log names it (``CsvExporter.write``, ``importer.parse_row``); and
    some of the time either as the frame of the log they pulled for the run window, with its file
    and line (``InvoiceCalculator.sumLines (InvoiceCalculator.java:411)``), see
    ``_people_ticket``; the thirtieth style's person, a partner's integration developer, names the
    SDK method their application calls (``invoices.close``, ``orders.create``,
    ``products.retrieveBySku``), by default as the SDK's reference does, in their ticket as their
    SDK spells it (``invoices.credit_notes.create`` in Python and Ruby,
    ``Invoices.CreditNotes.CreateAsync`` in .NET, see ``_sdk_name``); where no API call reaches
    the code, the site as our support named it to them (``CsvExporter.write``), which they only
    pass on after the rest, and no site at all where nothing they call fails, see
    ``_people_ticket``; the thirtyfirst style's person, a backend engineer on an offshore team,
    names the code in their own words rather than as the log spells it, the class and the method
    with a space between (``InvoiceCalculator sumLines method``, ``Router resolve method``,
    ``Member redeem method``, ``PriceEngine ApplyPromotions method``), a function with its file
    (``parse_row method in importer.py``, ``parseForwarded function in headers.go``), a Node
    function or component with its module (``renderSummary function in cart/summary``, ``Header
    component in layout/header``), see ``_spoken_name``; some of the time with the trace's top
    line after it (``InvoiceCalculator sumLines method (line 405)``), or the class or the file
    alone (``InvoiceCalculator class``, ``importer.py file``), see ``_people_ticket``; the
    thirtysecond style's person, who drafts with an AI writing assistant, names the code as the
    assistant does, the function and what it belongs to, each in a markdown code span (``the
    `sumLines()` method in `InvoiceCalculator` ``, ``the `resolve()` method on `*Router` ``,
    ``the `parseForwarded()` function in the `headers` package``, ``the `parse_row()` function
    in `catalog/importer.py` ``, ``the `Header` component in `layout/header` ``, ``the `redeem`
    method on `Member` ``), see ``_assistant_name``; some of the time with the trace's top frame
    after it as its file and line (``... (`InvoiceCalculator.java:405`)``), see
    ``_people_ticket``; the thirtythird style's person, whose team's tickets another error
    tracker's Jira integration wrote, copies the code's name from the tracker, as Sentry's culprit
    names it: the module, the class or the file, "in" the function
    (``com.acme.billing.InvoiceCalculator in sumLines``, ``catalog.importer in parse_row``,
    ``github.com/acme/gateway/internal/router in (*Router).resolve``, ``app/models/member.rb in
    redeem``, ``Acme.Pricing.PriceEngine in ApplyPromotions``), a Node function with its file
    after it (``renderSummary(/app/.next/server/cart/summary.js)``), see ``_culprit``; the
    thirtyfourth style's people, in a Slack incident thread, name the code casually, what it is
    in words, then the function after a comma (``the invoice calculator, sumLines``, ``the router
    pkg, Router.resolve``, ``importer.py, parse_row``, ``the cart/summary module,
    renderSummary``, ``the VariantPicker component``, ``the member model, redeem``), see
    ``_thread_name``; the thirtyfifth style's person, dictating into their phone on the move, says
    the code aloud, as words with "dot" between (``invoice calculator dot sum lines``, ``members
    controller dot show``, ``importer dot parse row``), see ``_dictated_name``; some of the time
    the app's period in place of the "dot", the words bare, the function "on" its class or "in"
    its file, or the name as they fixed it up afterwards (``InvoiceCalculator.sumLines``), see
    ``_people_ticket``."""
    path, function = template.frames[0].split(":", 1)
    if style == 34:
        return _dictated_name(template)
    if style == 33:
        return _thread_name(template)
    if style == 32:
        return _culprit(template)
    if style == 31:
        return _assistant_name(template)
    if style == 30:
        return _spoken_name(template)
    if style == 29:
        route = _web_route(template)
        call = _SDK_CALLS.get(route[1]) if route is not None else None
        return call or _owner_name(template.frames[0], template.lang)
    if style == 28:
        route = _web_route(template)
        if route is None:
            return _owner_name(template.frames[0], template.lang)
        tool = _LOAD_TESTS[template.service][0]
        method, route_path = route[0].split(" ", 1)
        name = _load_name(tool, method, route_path, route[1])
        return f"the '{name}' request" if tool == "Gatling" else name
    if style in (26, 27):
        route = _web_route(template)
        if style == 26:
            return route[0] if route else _owner_name(template.frames[0], template.lang)
        site = f"{route[0]} endpoint" if route else _owner_name(template.frames[0], template.lang)
        return f"{_possessive(template.service)} {site}"
    if style == 25:
        return _chat_name(template)
    if style == 24:
        return _logger(template.frames[0], template.lang, template.service)
    if style == 23:
        return _api_operation(template)
    if style == 22:
        return f"`{_code_name(template)}`"
    if style == 21:
        return f'{{name="{_span_name(template)}"}}'
    if style == 20:
        return _query_tag(template)
    if style == 19:
        return _bundle_name(template)
    if style == 18:
        return f"{function.rsplit('.', 1)[-1]} [{_source_file(template)}]"
    if style == 17:
        return _asset_name(template)
    if style == 16:
        return _owner_name(template.frames[0], template.lang)
    if style == 15:
        receiver = _GO_RECEIVER.match(function)
        if receiver:  # Go's (*Router).resolve
            return f"{receiver[1]}#{receiver[2]}"
        if template.lang in ("java", "dotnet"):
            return f"{path}#{function}"
        if template.lang == "ruby":
            return f"{_camel(path.rsplit('/', 1)[-1])}#{function}"
        return f"{function}() ({_source_file(template)})"
    if style == 14:
        svc = template.service
        receiver = _GO_RECEIVER.match(function)
        return {
            "java": f"com.acme.{svc}.{path}:{function}",
            "dotnet": f"Acme.{svc.capitalize()}.{path}:{function}",
            "python": f"{path.removesuffix('.py').replace('/', '.')}:{function}",
            "go": f"{svc}/internal/{path}:"
            + (f"{receiver[1]}.{receiver[2]}" if receiver else function),
            "node": f"{path}:{function}",
            "ruby": f"{path}:{function}",
        }[template.lang]
    if style == 13:
        if template.lang == "node":
            noun = "component" if function[:1].isupper() else "function"
        elif template.lang == "python" or (
            template.lang == "go" and not _GO_RECEIVER.match(function)
        ):
            noun = "function"
        else:
            noun = "method"
        return f"the {noun} that {_DOES[template.frames[0]]}"
    if style == 12:
        receiver = _GO_RECEIVER.match(function)
        if receiver:  # Go's (*Router).resolve
            return f"{_possessive(receiver[1])} {receiver[2]} method"
        if template.lang == "node":
            return f"the {function} {'component' if function[:1].isupper() else 'function'}"
        return {
            "java": f"{_possessive(path)} {function} method",
            "dotnet": f"{_possessive(path)} {function} method",
            "ruby": f"{_possessive(_camel(path.rsplit('/', 1)[-1]))} {function} method",
            "go": f"the {function} function in the {path} package",
            "python": f"the {function} function in the"
            f" {path.rsplit('/', 1)[-1].removesuffix('.py')} module",
        }[template.lang]
    if style == 11:
        return function.rsplit(".", 1)[-1]
    if style == 10:
        return {
            "java": f"{path}.{function} ({path}.java)",
            "dotnet": f"{path}.{function} ({path}.cs)",
            "python": f"{path}:{function}",
            "go": f"{path}.{function}",
            "node": f"{function} ({path}.js)",
            "ruby": f"{path}.rb:{function}",
        }[template.lang]
    if style == 9:
        return _entry_name(template.frames[-1], template.lang)
    if style == 8:
        chain: list[str] = []
        for frame in reversed(template.frames):
            name = _call_name(frame, template.lang)
            if not chain or chain[-1] != name:
                chain.append(name)
        return " → ".join(chain)
    if style == 7:
        names = [frame.split(":", 1)[1].rsplit(".", 1)[-1] for frame in template.frames]
        caller = next((name for name in names[1:] if name != names[0]), None)
        return f"`{names[0]}` (from `{caller}`)" if caller else f"`{names[0]}`"
    if style == 6:
        return {
            "java": f"{path}.java",
            "dotnet": f"{path}.cs",
            "python": path,
            "go": f"{path}/{path}.go",
            "node": f"{path}.js",
            "ruby": f"{path}.rb",
        }[template.lang]
    if style == 5:
        file = path.rsplit("/", 1)[-1]
        suffix = {"java": ".java", "dotnet": ".cs", "go": ".go", "node": ".js", "ruby": ".rb"}
        return f"{function.rsplit('.', 1)[-1]} in {file}{suffix.get(template.lang, '')}"
    if style == 4:
        svc = template.service
        return {
            "java": f"com.acme.{svc}.{path}.{function}",
            "dotnet": f"Acme.{svc.capitalize()}.{path}.{function}",
            "python": f"{path.removesuffix('.py').replace('/', '.')}.{function}",
            "go": f"{svc}/internal/{path}.{function}",
            "node": f"{function}@{path}.js",
            "ruby": f"app/{path}.rb ({function})",
        }[template.lang]
    if style == 3:
        receiver = _GO_RECEIVER.match(function)
        if receiver:  # Go's (*Router).resolve
            return f"{receiver[1]}::{receiver[2]}"
        return f"{path}.rb::{function}" if template.lang == "ruby" else f"{path}::{function}"
    if template.lang in ("java", "dotnet"):
        return f"{path}.{function}()" if style == 2 else f"{path}.{function}"
    if template.lang == "ruby":
        return _ruby_name(path, function)
    if template.lang == "go":
        return function if style == 2 and _GO_RECEIVER.match(function) else _go_name(path, function)
    file = path.rsplit("/", 1)[-1]
    if template.lang == "python":
        module = file.removesuffix(".py")
        return (f"{module}.{function}", f"{function}() in {path}", f"{file}:{function}")[style]
    return (function, f"{function} ({path})", f"{path}.js:{function}")[style]  # node


def _spoken_name(template: Template, *, owner_only: bool = False) -> str:
    """The throw site as the thirtyfirst style's person names it, in words: the class or a Go
    method's receiver and the method (``InvoiceCalculator sumLines method``, ``Router resolve
    method``, ``Member redeem method``), a function with its file (``parse_row method in
    importer.py``, ``parseForwarded function in headers.go``), a Node function or component
    with its module (``renderSummary function in cart/summary``); with ``owner_only``, the class
    or the file alone (``InvoiceCalculator class``, ``Router struct``, ``importer.py file``,
    ``cart/summary.js file``)."""
    path, function = template.frames[0].split(":", 1)
    receiver = _GO_RECEIVER.match(function)
    kind = "class"
    if receiver:  # Go's (*Router).resolve
        owner, function, kind = receiver[1], receiver[2], "struct"
    elif template.lang in ("java", "dotnet"):
        owner = path
    elif template.lang == "ruby":
        owner = _camel(path.rsplit("/", 1)[-1])
    else:
        file = path.rsplit("/", 1)[-1] if template.lang == "python" else path
        file += {"go": ".go", "node": ".js"}.get(template.lang, "")
        if owner_only:
            return f"{file} file"
        if template.lang == "node":
            noun = "component" if function[:1].isupper() else "function"
            return f"{function} {noun} in {path}"
        return f"{function} {'method' if template.lang == 'python' else 'function'} in {file}"
    return f"{owner} {kind}" if owner_only else f"{owner} {function} method"


def _assistant_name(template: Template) -> str:
    """The throw site as the thirtysecond style's person's writing assistant names it: the
    function, called, in a code span, and what it belongs to in another: the class (``the
    `sumLines()` method in `InvoiceCalculator` ``), a Go method's pointer receiver (``the
    `resolve()` method on `*Router` ``) or package (``the `parseForwarded()` function in the
    `headers` package``), the file or module (``the `parse_row()` function in
    `catalog/importer.py` ``, ``the `renderSummary()` function in `cart/summary` ``), a React
    component by its name (``the `Header` component in `layout/header` ``), a Ruby method
    uncalled on its class (``the `redeem` method on `Member` ``)."""
    path, function = template.frames[0].split(":", 1)
    receiver = _GO_RECEIVER.match(function)
    if receiver:  # Go's (*Router).resolve
        return f"the `{receiver[2]}()` method on `*{receiver[1]}`"
    if template.lang == "ruby":
        return f"the `{function}` method on `{_camel(path.rsplit('/', 1)[-1])}`"
    if template.lang in ("java", "dotnet"):
        return f"the `{function}()` method in `{path}`"
    if template.lang == "go":
        return f"the `{function}()` function in the `{path}` package"
    if template.lang == "node" and function[:1].isupper():
        return f"the `{function}` component in `{path}`"
    return f"the `{function}()` function in `{path}`"  # Python's file, Node's module


def _culprit(template: Template) -> str:
    """The throw site as Sentry's culprit names it, from the trace's innermost frame, which the
    thirtythird style's person copies: the frame's module (the Java or .NET class, the Python
    module, the Go package's import path) or, without one, its file (Ruby's, relative to the app),
    then "in" and the function; for Node the function, then the file in parentheses."""
    path, function = template.frames[0].split(":", 1)
    service = template.service
    if template.lang == "java":
        return f"com.acme.{service}.{path} in {function}"
    if template.lang == "dotnet":
        return f"Acme.{service.capitalize()}.{path} in {function}"
    if template.lang == "python":
        return f"{path.removesuffix('.py').replace('/', '.')} in {function}"
    if template.lang == "go":
        return f"github.com/acme/{service}/internal/{path} in {function}"
    if template.lang == "ruby":
        return f"app/{path}.rb in {function}"
    return f"{function}(/app/.next/server/{path}.js)"  # node


def _spaced(name: str) -> str:
    """A class's name as words, as someone says it in a chat: ``invoice calculator``,
    ``s3 report store``, ``accounts grpc client``."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", " ", name).lower()


def _thread_name(template: Template) -> str:
    """The throw site as someone in the thirtyfourth style's incident thread names it, casually:
    what the code is, then the function after a comma: the class in words (``the invoice
    calculator, sumLines``, ``the price engine, ApplyPromotions``), a Go package (``the router
    pkg, Router.resolve``, ``the headers pkg, parseForwarded``), a Python module's file
    (``importer.py, parse_row``), a Node module (``the cart/summary module, renderSummary``) or,
    alone, a React component (``the VariantPicker component``), a Rails class by its kind (``the
    member model, redeem``, ``the points job, perform``, ``the partner api service,
    post_points``)."""
    path, function = template.frames[0].split(":", 1)
    if template.lang in ("java", "dotnet"):
        return f"the {_spaced(path)}, {function}"
    if template.lang == "go":
        receiver = _GO_RECEIVER.match(function)
        return f"the {path} pkg, {f'{receiver[1]}.{receiver[2]}' if receiver else function}"
    if template.lang == "python":
        return f"{path.rsplit('/', 1)[-1]}, {function}"
    if template.lang == "node":
        if function[:1].isupper():
            return f"the {function} component"
        return f"the {path} module, {function}"
    folder, name = path.split("/", 1)  # Ruby: models/member, jobs/points_job, ...
    kind = folder.removesuffix("s")
    return f"the {name.removesuffix(f'_{kind}').replace('_', ' ')} {kind}, {function}"


def _said(name: str) -> str:
    """An identifier as a dictation app writes it when the thirtyfifth style's person says it:
    its words, in lower case but for the acronyms the app knows (``sum lines``, ``invoice
    calculator``, ``S3 report store``, ``parse row``, ``accounts gRPC client``)."""
    words = _spaced(re.sub(r"[_/]", " ", name)).split()
    return " ".join(_SAID_ACRONYMS.get(word, word) for word in words)


def _dictated_name(template: Template, form: str = "dot") -> str:
    """The throw site as the thirtyfifth style's person says it into their phone: the class, a Go
    method's receiver, the Ruby class's file, the Python module, the Go package or the Node module,
    and the function, each said as words (see ``_said``), in one of a few ``form``s: with "dot"
    between (``invoice calculator dot sum lines``), with the period the app makes of it
    (``invoice calculator.sum lines``), bare (``members controller show``), or the function
    "on" its class or "in" its file, package or module (``the sum lines method on invoice
    calculator``, ``the parse row function in importer.py``, ``the parse forwarded function in
    the headers package``, ``the render summary function in cart summary``); a React component
    alone (``the variant picker component``); or, ``fixed``, as they corrected it afterwards, as
    the code spells it (``InvoiceCalculator.sumLines``, ``importer.parse_row``,
    ``Router.resolve``, ``Member#redeem``, ``the VariantPicker component``)."""
    path, function = template.frames[0].split(":", 1)
    lang = template.lang
    if lang == "node" and function[:1].isupper():  # a React component
        return f"the {function if form == 'fixed' else _said(function)} component"
    if form == "fixed":
        return _span_name(template)
    receiver = _GO_RECEIVER.match(function)
    file = ""
    if receiver:  # Go's (*Router).resolve
        owner, function = receiver[1], receiver[2]
    elif lang in ("java", "dotnet"):
        owner = path
    elif lang == "ruby":  # models/member, controllers/members_controller
        owner = path.rsplit("/", 1)[-1]
    elif lang == "python":
        file = path.rsplit("/", 1)[-1]
        owner = file.removesuffix(".py")
    else:  # a Go package, a Node module
        owner = path
    said_owner, said_function = _said(owner), _said(function)
    if form == "dot":
        return f"{said_owner} dot {said_function}"
    if form == "period":
        return f"{said_owner}.{said_function}"
    if form == "bare":
        return f"{said_owner} {said_function}"
    if file:
        return f"the {said_function} function in {file}"
    if lang == "go" and not receiver:
        return f"the {said_function} function in the {said_owner} package"
    if lang == "node":
        return f"the {said_function} function in {said_owner}"
    return f"the {said_function} method on {said_owner}"


def _said_kind(exc: str) -> str:
    """An exception's type as the thirtyfifth style's person says it, as their dictation app
    writes it: ``null pointer exception``, ``key error``, ``record not found``, ``product does
    not exist``, ``HTTP request exception``, ``net op error``, ``panic``."""
    if exc in _SAID_KINDS or " " in exc:
        return _SAID_KINDS.get(exc, exc)
    package, _, name = exc.rpartition(".")
    return _said(f"{package}{name}" if name == "DoesNotExist" else name)


def _article(said: str) -> str:
    """``a`` or ``an``, as said before ``said``: by the sound of its first letter, or, for an
    acronym, of the letter's name (``an HTTP ...``, ``an S3 ...``, ``a gRPC ...``)."""
    first = said.split(" ", 1)[0]
    if first.isupper() or first == "gRPC":  # an acronym, said letter by letter
        return "an" if first[0].upper() in "AEFHILMNORSX" else "a"
    vowel = first[:1].lower() in "aeiou" and not first.lower().startswith(("unic", "use", "eu"))
    return "an" if vowel else "a"


def _chat_name(template: Template) -> str:
    """The throw site as an engineer names it in a Slack thread, which the twentysixth style's
    person passes on: the class (``InvoiceCalculator``, ``PriceEngine``), the Ruby class
    (``Member``), a Go method's receiver (``Router``), a React component (``VariantPicker``);
    else the function, as "the ... thing" (``the parse_row thing``, ``the renderSummary
    thing``, ``the parseForwarded thing``)."""
    path, function = template.frames[0].split(":", 1)
    receiver = _GO_RECEIVER.match(function)
    if receiver:  # Go's (*Router).resolve
        return receiver[1]
    if template.lang in ("java", "dotnet"):
        return path
    if template.lang == "ruby":
        return _camel(path.rsplit("/", 1)[-1])
    if template.lang == "node" and function[:1].isupper():
        return function
    return f"the {function} thing"


def _call_name(frame: str, lang: str) -> str:
    """One frame of a call path as the ninth style's person names it."""
    path, function = frame.split(":", 1)
    if lang in ("java", "dotnet"):
        return f"{path}.{function}"
    if lang == "python":
        return f"{path.rsplit('/', 1)[-1].removesuffix('.py')}.{function}"
    if lang == "go":
        return _go_name(path, function)
    if lang == "ruby":
        return _ruby_name(path, function)
    return function  # node


def _entry_name(frame: str, lang: str) -> str:
    """The outermost frame of a trace as the tenth style's person names it."""
    path, function = frame.split(":", 1)
    if lang == "python":
        return f"{path.removesuffix('.py').replace('/', '.')}.{function}"
    if lang == "go":
        return _go_name(path, function)
    if lang == "ruby":
        return _ruby_name(path, function)
    return f"{path}.{function}"  # Java, .NET, Node


def _owner_name(frame: str, lang: str) -> str:
    """A frame as the seventeenth style's person, who owns the code, names it:
    ``InvoiceCalculator.sumLines``, ``importer.parse_row``, ``(*Router).resolve``,
    ``headers.parseForwarded``, ``cart/summary.renderSummary``, ``Member#redeem``,
    ``PriceEngine.ApplyPromotions``."""
    path, function = frame.split(":", 1)
    if lang == "python":
        return f"{path.rsplit('/', 1)[-1].removesuffix('.py')}.{function}"
    if lang == "go":
        return function if _GO_RECEIVER.match(function) else f"{path}.{function}"
    if lang == "ruby":
        return _ruby_name(path, function)
    return f"{path}.{function}"  # Java, .NET: the class; Node: the module's path


def _owner_caller(template: Template) -> str | None:
    """The caller of the throw site, as the seventeenth style's person names it: the first
    outer frame of the trace with another name (a recursive frame counts once); None when
    the trace shows no other."""
    site = _owner_name(template.frames[0], template.lang)
    names = (_owner_name(frame, template.lang) for frame in template.frames[1:])
    return next((name for name in names if name != site), None)


def _asset_name(template: Template, *, component_only: bool = False) -> str:
    """The throw site as the eighteenth style's person, reviewing for compliance, names it:
    the service, as their asset inventory lists it, then the class or module and the
    function (``billing:InvoiceCalculator.sumLines``, ``catalog:importer.parse_row``,
    ``gateway:Router.resolve``, ``loyalty:Member#redeem``), or the component alone
    (``billing:InvoiceCalculator``, ``catalog:importer``, ``gateway:headers``)."""
    path, function = template.frames[0].split(":", 1)
    receiver = _GO_RECEIVER.match(function)
    joint = "."
    if template.lang == "python":
        component = path.rsplit("/", 1)[-1].removesuffix(".py")
    elif receiver:  # Go's (*Router).resolve
        component, function = receiver[1], receiver[2]
    elif template.lang == "ruby":
        component, joint = _camel(path.rsplit("/", 1)[-1]), "#"
    else:  # Java, .NET: the class; Go: the package; Node: the module's path
        component = path
    unit = component if component_only else f"{component}{joint}{function}"
    return f"{template.service}:{unit}"


def _site_parts(template: Template) -> tuple[str, str]:
    """A throw site's component (the class, the Python module, the Go receiver or package,
    the Node module's path, the Ruby class) and its function, as the twentieth and
    twentyfirst styles' people name them."""
    path, function = template.frames[0].split(":", 1)
    receiver = _GO_RECEIVER.match(function)
    if template.lang == "python":
        return path.rsplit("/", 1)[-1].removesuffix(".py"), function
    if receiver:  # Go's (*Router).resolve
        return receiver[1], receiver[2]
    if template.lang == "ruby":
        return _camel(path.rsplit("/", 1)[-1]), function
    return path, function  # Java, .NET: the class; Go: the package; Node: the module's path


def _bundle_name(template: Template) -> str:
    """The throw site as the twentieth style's person copies it from a customer's support
    bundle: the component, then the operation, as a breadcrumb."""
    component, function = _site_parts(template)
    return f"{component} \u203a {function}"


def _query_tag(template: Template) -> str:
    """The throw site as the twentyfirst style's person, a database administrator, names it:
    as the service's query tags name the code that sent a statement, the action (the
    function) and the controller (the component): sqlcommenter's ``key='value'`` pairs
    sorted by key, or, for the Ruby service, Rails' query log tags in their default
    ``key:value`` form."""
    controller, function = _site_parts(template)
    if template.lang == "ruby":
        return f"controller:{controller},action:{function}"
    return f"action='{function}',controller='{controller}'"


def _span_name(template: Template, outermost: bool = False) -> str:
    """The span a frame of the trace runs in, as the twentysecond style's person, an
    observability engineer, reads its name in the tracing UI (the services name their spans
    after the code, Rails' instrumentation after the controller action): the component and
    the function (``InvoiceCalculator.sumLines``, ``importer.parse_row``,
    ``Router.resolve``, ``headers.parseForwarded``, ``cart/summary.renderSummary``,
    ``PriceEngine.ApplyPromotions``), ``Class#method`` for the Ruby service
    (``MembersController#show``, ``Member#redeem``); the innermost frame's span, or with
    ``outermost`` the trace's root span."""
    path, function = template.frames[-1 if outermost else 0].split(":", 1)
    receiver = _GO_RECEIVER.match(function)
    if template.lang == "python":
        return f"{path.rsplit('/', 1)[-1].removesuffix('.py')}.{function}"
    if receiver:  # Go's (*Router).resolve
        return f"{receiver[1]}.{receiver[2]}"
    if template.lang == "ruby":
        return f"{_camel(path.rsplit('/', 1)[-1])}#{function}"
    return f"{path}.{function}"  # Java, .NET: the class; Go: the package; Node: the module


def _code_name(template: Template) -> str:
    """The throw site as the twentythird style's person, a developer filing from the code
    host, writes it in a code span: the class or module and the function, called
    (``InvoiceCalculator.sumLines()``, ``importer.parse_row()``, ``headers.parseForwarded()``,
    ``PriceEngine.ApplyPromotions()``), a Go method with its pointer receiver
    (``(*Router).resolve``), a Node function called (``renderSummary()``) or a React component
    as an element (``<Header />``), ``Class#method`` for Ruby (``Member#redeem``)."""
    path, function = template.frames[0].split(":", 1)
    if _GO_RECEIVER.match(function):  # Go's (*Router).resolve
        return function
    if template.lang == "python":
        return f"{path.rsplit('/', 1)[-1].removesuffix('.py')}.{function}()"
    if template.lang == "ruby":
        return _ruby_name(path, function)
    if template.lang == "node":
        return f"<{function} />" if function[:1].isupper() else f"{function}()"
    return f"{path}.{function}()"  # Java, .NET: the class; Go: the package


# A frame that is a route's handler itself, as its class or file shows: a controller, a view
# or route module, an API handler, the gateway's router.
_HANDLER = re.compile(r"Controller:|_controller:|views\.py:|api\.py:|/routes:|^api:|^router:")


def _handler_name(frame: str, lang: str) -> str:
    """A route's handler as the backend's router names it, which the twentyfourth style's
    person copies: ``BillingController#close`` (Spring), ``PricesController.Get``,
    ``views.product_detail``, ``Handler.CreateShipment``, ``users.signup`` (Express),
    ``redemptions#create`` (Rails); "" where the frame is not the handler itself."""
    if not _HANDLER.search(frame):
        return ""
    path, function = frame.split(":", 1)
    receiver = _GO_RECEIVER.match(function)
    if receiver:  # Go's (*Handler).CreateShipment
        return f"{receiver[1]}.{receiver[2]}"
    if lang == "ruby":
        return f"{path.rsplit('/', 1)[-1].removesuffix('_controller')}#{function}"
    if lang == "java":
        return f"{path}#{function}"
    if lang == "python":
        return f"{path.rsplit('/', 1)[-1].removesuffix('.py')}.{function}"
    if lang == "node":
        return f"{path.split('/', 1)[0]}.{function}"
    return f"{path}.{function}"  # .NET


def _web_route(template: Template) -> tuple[str, str, str] | None:
    """The request that reaches the throw site, as the twentyfourth style's person knows it
    from the browser: by the outermost frame of the trace that serves one (see ``_ROUTES``),
    its method and route, its operationId ("" for a page) and its handler ("" where that
    frame is not the handler); None when no frame of the trace serves a request of its own."""
    for frame in reversed(template.frames):
        route = _ROUTES.get(frame)
        if route is not None:
            method, path, operation = route.split()
            if not path.startswith("/"):
                path = f"/api/{template.service}/{path}"
            handler = _handler_name(frame, template.lang)
            return f"{method} {path}", "" if operation == "-" else operation, handler
    return None


def _api_operation(template: Template) -> str:
    """The throw site as the twentyfourth style's person names it by default: the operationId
    of the request that reaches it, the route of a page (which has none), or, where no one
    request does, the innermost function as the backend team linked it."""
    route = _web_route(template)
    if route is None:
        return _owner_name(template.frames[0], template.lang)
    return route[1] or route[0]


def _repo_path(frame: StackFrame, lang: str) -> str:
    """The file of a frame as the twentythird style's person finds it in the service's
    repository on the code host: ``src/main/java/com/acme/billing/InvoiceCalculator.java``,
    ``catalog/importer.py``, ``internal/router/router.go``, ``app/models/member.rb``; for
    Node the TypeScript source the server bundle was built from (``src/cart/summary.ts``,
    ``.tsx`` for a component: ``src/layout/header.tsx``); for .NET the project's folder,
    named after its namespace (``src/Acme.Pricing/PriceEngine.cs``)."""
    file = frame.file or frame.function
    if lang == "java":  # the package, from the qualified name; the file, from the frame
        package = frame.function.rsplit(".", 2)[0].replace(".", "/")
        return f"src/main/java/{package}/{file.rsplit('/', 1)[-1]}"
    if lang == "python":  # the image's /app is the repository's root
        return file.removeprefix("/app/")
    if lang == "go":  # the module's directories, without the build's /src
        return file.removeprefix("/src/")
    if lang == "ruby":  # inside the release folder
        return re.sub(r"^.*/releases/\d+/", "", file)
    if lang == "node":
        source = file.removeprefix("/app/.next/server/").removesuffix(".js")
        component = frame.function.rsplit(".", 1)[-1][:1].isupper()
        return f"src/{source}.{'tsx' if component else 'ts'}"
    parts = file.strip("/").split("/")  # .NET: src, the service, [Core,] the file
    project = ".".join(frame.function.split(".")[:2])  # Acme.Pricing
    return "/".join(["src", project, *parts[2:]])


def _numbered(text: str, first: int) -> str:
    """Lines as the twentieth style's person copies them from the support bundle's viewer:
    each after its line number in the bundle's file."""
    return "\n".join(f"{n}  {line}" for n, line in enumerate(text.split("\n"), first))


def _job(template: Template) -> str | None:
    """The batch job a trace runs under, as the fifteenth style's person knows it from the
    job runs they check: the Celery task (``catalog.tasks.run``), the Sidekiq job
    (``PointsJob``), the job class (``ReportJob``, ``PriceRefreshJob``); None when the
    trace's outermost frame is no job, or is the throw site itself."""
    if len(template.frames) < 2:
        return None
    path, function = template.frames[-1].split(":", 1)
    if template.lang == "python" and path.rsplit("/", 1)[-1] == "tasks.py":
        return f"{path.removesuffix('.py').replace('/', '.')}.{function}"
    if template.lang == "ruby" and path.startswith("jobs/"):
        return _camel(path.rsplit("/", 1)[-1])
    if template.lang in ("java", "dotnet") and path.endswith("Job"):
        return path
    return None


def _step(template: Template) -> str:
    """The throw site as the fifteenth style's person names a step of a job:
    ``parse_row``, ``Member#add_points``, ``CsvExporter.write``."""
    path, function = template.frames[0].split(":", 1)
    if template.lang == "python":
        return function
    if template.lang == "ruby":
        return _ruby_name(path, function)
    return f"{path}.{function}"  # Java, .NET


def _source_file(template: Template) -> str:
    """The file of the throw site, as the thirteenth style's person names it:
    ``InvoiceCalculator.java``, ``importer.py``, ``router.go``, ``summary.js``,
    ``member.rb``, ``PriceEngine.cs``."""
    file = template.frames[0].split(":", 1)[0].rsplit("/", 1)[-1]
    suffix = {"java": ".java", "dotnet": ".cs", "go": ".go", "node": ".js", "ruby": ".rb"}
    return f"{file}{suffix.get(template.lang, '')}"


def _base(error_id: str) -> str:
    """The template a derived one (an id with "~" or "@") is derived from: its GISTS key."""
    return re.split(r"[~@]", error_id, maxsplit=1)[0]


def _gist(error_id: str, style: int) -> str:
    return GISTS[_base(error_id)][style]


# The language tag the eleventh style's person puts on a fenced stack trace (and the
# thirteenth's on a Jira {code} block, which names C# "c#").
_FENCE_TAGS = {
    "java": "java",
    "dotnet": "csharp",
    "python": "python",
    "go": "go",
    "node": "javascript",
    "ruby": "ruby",
}

# The tag the twentythird style's person puts on a fence where it differs from the eleventh's:
# a log line's, and the code host's highlighter's names for a Python traceback and JavaScript.
_ISSUE_TAGS = {"log": "text", "python": "pytb", "javascript": "js"}


def _fenced(text: str, style: int, tag: str = "") -> str:
    # People paste into Jira as markdown fences or wiki {noformat}, {code}, {quote} or
    # {panel} blocks, without any markup, as a markdown quote ("> " before each line), as
    # a markdown code block indented four spaces, between markdown tilde fences, with each
    # line in backticks as inline code, or as a markdown fence with a language ``tag``; or,
    # from a phone, without markup, only the first two lines, each cut where the alert's
    # preview cuts it; or, passing on what an engineer shared, a log line quoted (Jira's
    # "bq. ", a {quote} block when it is empty or runs over several lines) and a trace in a
    # {code} block with its language; or, new to the code, a markdown fence around an
    # excerpt they cut with "..." (see _cut_trace and _people_ticket); or, checking job
    # runs, in a Jira {noformat} block, as the run log shows it; or, reporting from the app, a
    # markdown fence, tagged json around a log line's JSON view (see _people_ticket); or,
    # owning the service, a log line inline after its head as Jira monospace ({{...}}), and
    # the two lines of a trace that matter in a markdown fence with its language (see
    # _key_lines); or, reviewing for compliance, as evidence in a titled Jira {code} block
    # (a log line as a record of its service, environment, time and message, a trace whole,
    # see _people_ticket); or, after a rollback, as nested Jira bullets under the head's
    # bullet, a line each (see _canary_top); or, escalating a customer's case, in a Jira
    # {noformat} block as the support bundle's viewer shows the lines, each after its line
    # number, under a head that links the bundle attached to the ticket (see _numbered); or,
    # from the database side, a psql session against the log archive in a Jira {code:sql}
    # block, the query at the prompt and what psql printed (see _psql_table, _psql_record);
    # or, from the tracing UI, a markdown fence tagged yaml around the OpenTelemetry record
    # (a log record's fields, a span's exception event and its attributes, see
    # _people_ticket); or, filing from the code host, a markdown fence tagged text around a
    # log line, and with the trace's language around its top frames, as the code host's
    # highlighter names it (pytb for a Python traceback, js), see _issue_frames; or, from the
    # browser, a markdown fence around what they copied out of DevTools, tagged for what it is
    # (sh for cURL, js for fetch, json for a HAR entry), and an untagged one around the log
    # line or the trace the backend team sent them, see _devtools_paste; or, from the platform
    # side, a markdown fence tagged console around the kubectl command and what it printed,
    # see _kubectl_logs, _kubectl_stack and _pod_sign; or, passing on a Slack thread, in a Jira
    # {quote} block as the thread copies: the engineer's name and the time, their line, and
    # what they pasted, see _slack_paste; or, from a failed test run, in a Jira {noformat} block
    # titled with the CI job and run (the ``tag``), the runner's report of the test and the
    # server log the harness attached, see _test_report; or, from a failed pipeline run, in a
    # Jira {code} block titled with the DAG and task, or the service, (the ``tag``), the Airflow
    # task log, then what the service's logs said, see _airflow_log; or, from a load test, a
    # markdown fence folded in a collapsible <details> block whose summary names it (the ``tag``)
    # around the load tool's long report (see _load_report), and a bare fence around the service's
    # log or trace they pulled; or, from a partner's application, a markdown fence with a language
    # ``tag`` like the eleventh's: http around the request and the answer from their HTTP debug
    # log (see _partner_exchange), their language around their own trace (see _partner_stack),
    # text around what our support sent them; or, filing for an offshore team, a log line in red
    # as Jira's {color} macro colours it, and a trace in a bare Jira {noformat} block; or, pasting
    # what an AI writing assistant drafted, a markdown fence tagged plaintext around a log line,
    # and with the trace's language around a trace; or, as another error tracker's Jira
    # integration wrote it, the ``tag`` naming the tracker, in a Jira {code} block (Sentry's,
    # Datadog's) or a {noformat} block (Rollbar's, Bugsnag's, New Relic's); or, in a Slack
    # incident thread, a Slack code block as the thread's export keeps it, a bare markdown fence
    # (the ``tag`` "```"), or else as Jira converted it, a {code} block; or, dictating on the move,
    # in a later edit from a laptop, as the ``tag`` says: a bare markdown fence ("```"), a Jira
    # {noformat} block ("noformat"), or the text alone ("").
    if style == 34:
        if tag == "```":
            return f"```\n{text}\n```"
        return f"{{noformat}}\n{text}\n{{noformat}}" if tag == "noformat" else text
    if style == 33:
        return f"```\n{text}\n```" if tag == "```" else f"{{code}}\n{text}\n{{code}}"
    if style == 32:
        block = "code" if tag in ("Sentry", "Datadog") else "noformat"
        return f"{{{block}}}\n{text}\n{{{block}}}"
    if style == 31:
        return f"```{'plaintext' if tag == 'log' else tag}\n{text}\n```"
    if style == 30:
        if tag == "log":
            return f"{{color:red}}{text}{{color}}"
        return f"{{noformat}}\n{text}\n{{noformat}}"
    if style == 28:
        fence = f"```\n{text}\n```"
        return f"<details><summary>{tag}</summary>\n\n{fence}\n\n</details>" if tag else fence
    if style == 27:
        return f"{{code:title={tag}}}\n{text}\n{{code}}"
    if style == 26:
        return f"{{noformat:title={tag}}}\n{text}\n{{noformat}}"
    if style == 25:
        return f"{{quote}}\n{text}\n{{quote}}"
    if style == 24:
        return f"```console\n{text}\n```"
    if style == 23:
        return f"```{tag if tag in ('sh', 'js', 'json') else ''}\n{text}\n```"
    if style == 22:
        return f"```{_ISSUE_TAGS.get(tag, tag)}\n{text}\n```"
    if style == 21:
        return f"```yaml\n{text}\n```"
    if style == 20:
        return f"{{code:sql}}\n{text}\n{{code}}"
    if style == 19:
        return f"{{noformat}}\n{text}\n{{noformat}}"
    if style == 18:
        return "\n".join(f"** {line.strip()}" for line in text.split("\n") if line.strip())
    if style == 17:
        title = "Datadog log event" if tag == "log" else "Datadog error.stack"
        return f"{{code:title={title}}}\n{text}\n{{code}}"
    if style == 16:
        if tag == "log" and text.strip() and "\n" not in text:
            return f"{{{{{text}}}}}"
        return f"```{'' if tag == 'log' else tag}\n{text}\n```"
    if style == 15:
        return f"```{'json' if tag == 'json' else ''}\n{text}\n```"
    if style == 14:
        return f"{{noformat}}\n{text}\n{{noformat}}"
    if style == 13:
        return f"```\n{text}\n```"
    if style == 12:
        if tag == "log":
            one_line = bool(text.strip()) and "\n" not in text
            return f"bq. {text}" if one_line else f"{{quote}}\n{text}\n{{quote}}"
        return f"{{code:{'c#' if tag == 'csharp' else tag}}}\n{text}\n{{code}}"
    if style == 11:
        return "\n".join(
            line if len(line) <= _PHONE_CUT else line[:_PHONE_CUT] + "..."
            for line in text.split("\n")[:2]
        )
    if style in (10, 29):
        return f"```{tag}\n{text}\n```"
    return (
        f"```\n{text}\n```",
        f"{{noformat}}\n{text}\n{{noformat}}",
        f"{{code}}\n{text}\n{{code}}",
        f"{{quote}}\n{text}\n{{quote}}",
        f"{{panel}}\n{text}\n{{panel}}",
        text,  # pasted as is, no markup
        "\n".join(f"> {line}" for line in text.split("\n")),
        "\n".join(f"    {line}" for line in text.split("\n")),  # indented four spaces
        f"~~~\n{text}\n~~~",
        # each line as inline code, a blank one left blank
        "\n".join(f"`{line}`" if line.strip() else line for line in text.split("\n")),
    )[style]


def _stack_excerpt(stack: str, lang: str) -> str:
    """The few lines of a trace a person pastes: the header and the innermost frames."""
    lines = [line for line in stack.split("\n") if line.strip()]
    if lang == "python":
        return "\n".join(lines[-5:])  # Python prints the innermost frame and error last
    if lang == "go":
        return "\n".join(lines[:4])
    return "\n".join(lines[:3] if lang == "ruby" else lines[:4])


def _trace_top(stack: str, lang: str) -> str:
    """The lines of a trace the twelfth style's person pastes from a phone: the error line
    and the innermost frame, in the order the trace prints them."""
    lines = [line for line in stack.split("\n") if line.strip()]
    if lang == "python":  # the innermost frame, then the error line after its source line
        at = max((i for i, line in enumerate(lines) if line.startswith('  File "')), default=-1)
        error = next((line for line in lines[at + 1 :] if not line.startswith(" ")), None)
        return "\n".join([lines[at], error]) if at >= 0 and error else "\n".join(lines[-2:])
    if lang == "go":  # the panic or error line, then the innermost app function
        frame = next((line for line in lines if line.startswith("github.com/acme/")), None)
        return "\n".join([lines[0], frame] if frame else lines[:2])
    return "\n".join(lines[:2])


def _top_line(frame: StackFrame) -> str:
    """The top frame as the twelfth style's person copies it from the trace: the file's
    name and the line, ``InvoiceCalculator.java:358``, ``importer.py:288``,
    ``router.go:324``, ``summary.js:31``, ``member.rb:461``, ``PriceEngine.cs:212``."""
    return f"{(frame.file or frame.function).rsplit('/', 1)[-1]}:{frame.line}"


def _code_link(frame: StackFrame, lang: str) -> str:
    """The top frame as the fourteenth style's person links it from their code browser: the
    file's path in the repository, as they make it out from the trace, and the trace's line
    as the anchor: ``src/main/java/com/acme/billing/InvoiceCalculator.java#L405``,
    ``app/catalog/importer.py#L309``, ``internal/router/router.go#L345``,
    ``app/.next/server/cart/summary.js#L73``, ``app/models/member.rb#L420``,
    ``src/pricing/PriceEngine.cs#L248``."""
    file = frame.file or frame.function
    if lang == "java":  # the package, from the qualified name; the file, from the frame
        package = frame.function.rsplit(".", 2)[0].replace(".", "/")
        path = f"src/main/java/{package}/{file.rsplit('/', 1)[-1]}"
    elif lang == "go":  # the module's directories, without the build's /src
        path = file.removeprefix("/src/")
    elif lang == "ruby":  # inside the release folder
        path = re.sub(r"^.*/releases/\d+/", "", file)
    else:
        path = file.lstrip("/")
    return path if frame.line is None else f"{path}#L{frame.line}"


def _cut_trace(stack: str, lang: str) -> str:
    """The lines of a trace the fourteenth style's person pastes: the error line and the
    innermost frames, with "..." where they cut the others."""
    lines = [line for line in stack.split("\n") if line.strip()]
    if lang == "python":  # the first line, then the two innermost frames and the error
        at = max((i for i, line in enumerate(lines) if line.startswith('  File "')), default=0)
        start = max(1, at - 2)
        return "\n".join([*lines[:1], *(["..."] if start > 1 else []), *lines[start:]])
    keep = {"go": 4, "ruby": 2}.get(lang, 3)  # Go: the panic, goroutine and the top frame
    return "\n".join([*lines[:keep], *(["..."] if len(lines) > keep else [])])


def _key_lines(stack: str, lang: str) -> str:
    """The one or two lines of a trace the seventeenth style's person keeps: the error line
    and the innermost frame of the service's own code, in the order the trace prints them
    (Python: the frame, then the error line); for Ruby, which prints no error line, its two
    innermost own frames."""
    lines = [line for line in stack.split("\n") if line.strip()]
    if lang == "python":
        files = [i for i, line in enumerate(lines) if line.startswith('  File "')]
        if not files:
            return "\n".join(lines[-2:])
        app = [i for i in files if lines[i].startswith('  File "/app/')] or files
        error = next((line for line in lines[files[-1] + 1 :] if not line.startswith(" ")), "")
        return "\n".join(filter(None, (lines[app[-1]].strip(), error)))
    own: Callable[[str], bool] = {
        "java": lambda line: line.startswith("\tat com.acme."),
        "dotnet": lambda line: line.startswith("   at Acme."),
        "node": lambda line: "/app/" in line,
        "go": lambda line: line.startswith("github.com/acme/"),
        "ruby": lambda line: "/app/" in line and "/gems/" not in line,
    }[lang]
    frames = [line.strip() for line in lines if own(line)]
    if lang == "ruby":
        return "\n".join(frames[:2] or lines[:2])
    return "\n".join([lines[0], *frames[:1]])


# Whether a line of a Java, .NET, Node or Ruby trace is one of the service's own frames.
_IS_OWN: dict[str, Callable[[str], bool]] = {
    "java": lambda line: line.startswith("\tat com.acme."),
    "dotnet": lambda line: line.startswith("   at Acme."),
    "node": lambda line: "/app/" in line,
    "ruby": lambda line: "/app/" in line and "/gems/" not in line,
}


def _go_own(stack: str, lines: list[str], limit: int | None) -> str:
    """A Go trace's panic or error line and its service's own functions (the innermost
    ``limit`` of them, all when None), each with its file line."""
    head = list(itertools.takewhile(lambda line: not line.startswith("goroutine "), lines))
    starts = [i for i, line in enumerate(lines) if line.startswith("github.com/acme/")][:limit]
    kept = [line for i in starts for line in lines[i : i + 2]]
    return "\n".join([*head, *kept]) if kept else _stack_excerpt(stack, "go")


def _own_frames(stack: str, lang: str) -> str:
    """The lines of a trace the sixteenth style's person pastes, as the backend dev sent them:
    the error line and the backend's own innermost frames, the framework's dropped."""
    lines = [line for line in stack.split("\n") if line.strip()]
    if lang == "python":  # the two innermost app frames with their source lines, the error
        files = [i for i, line in enumerate(lines) if line.startswith('  File "')]
        if not files:
            return _stack_excerpt(stack, lang)
        own = [i for i in files if lines[i].startswith('  File "/app/')][-2:]
        kept = [line for i in own for line in lines[i : i + 2]]
        return "\n".join([*kept, *lines[files[-1] + 2 :]])
    if lang == "go":  # the panic or error line, then the two innermost app functions
        return _go_own(stack, lines, 2)
    frames = [line for line in lines if _IS_OWN[lang](line)][:3]
    if lang == "ruby":  # Ruby prints no error line above its frames
        return "\n".join(frames) if frames else _stack_excerpt(stack, lang)
    head = list(itertools.takewhile(lambda line: not line.lstrip().startswith("at "), lines))
    return "\n".join([*head, *frames])


def _canary_top(stack: str, lang: str) -> str:
    """The lines of a trace the nineteenth style's person copies from the canary's error
    view: the error line and the two innermost frames, in the order the trace prints them,
    without Python's source lines; for Go, the panic or error line and the innermost
    function with its file; for Ruby, which prints no error line, its two innermost frames."""
    lines = [line for line in stack.split("\n") if line.strip()]
    if lang == "python":
        files = [i for i, line in enumerate(lines) if line.startswith('  File "')]
        if not files:
            return "\n".join(lines[-2:])
        error = [line for line in lines[files[-1] + 1 :] if not line.startswith(" ")]
        return "\n".join([*(lines[i] for i in files[-2:]), *error])
    if lang == "go":
        head = list(itertools.takewhile(lambda line: not line.startswith("goroutine "), lines))
        at = next((i for i, line in enumerate(lines) if line.startswith("github.com/")), None)
        return "\n".join([*head, *lines[at : at + 2]] if at is not None else lines[:3])
    return "\n".join(lines[:2] if lang == "ruby" else lines[:3])


def _issue_frames(stack: str, lang: str) -> str:
    """The lines of a trace the twentythird style's person pastes into an issue: the error
    line and the service's own frames, the framework's and the runtime's cut; Python's
    ``Traceback`` line and each own frame's source line kept, Go's function and file lines
    without the goroutine header; for Ruby, which prints no error line, its own frames."""
    lines = [line for line in stack.split("\n") if line.strip()]
    if lang == "python":
        files = [i for i, line in enumerate(lines) if line.startswith('  File "')]
        own = [i for i in files if lines[i].startswith('  File "/app/')]
        if not own:
            return _stack_excerpt(stack, lang)
        head = lines[:1] if lines[0].startswith("Traceback") else []
        kept = [line for i in own for line in lines[i : i + 2]]
        return "\n".join([*head, *kept, *lines[files[-1] + 2 :]])
    if lang == "go":
        return _go_own(stack, lines, None)
    frames = [line for line in lines if _IS_OWN[lang](line)]
    if not frames:
        return _stack_excerpt(stack, lang)
    if lang == "ruby":
        return "\n".join(frames)
    head = list(itertools.takewhile(lambda line: not line.lstrip().startswith("at "), lines))
    return "\n".join([*head, *frames])


def _psql_width(text: str) -> int:
    """How many columns psql gives ``text``: two for a wide East Asian character."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def _psql_lines(value: str) -> list[str]:
    """A value's lines as psql prints them, a tab widened to the next multiple of eight."""
    lines = []
    for raw in value.split("\n"):
        line = ""
        for char in raw:
            line += " " * (8 - _psql_width(line) % 8) if char == "\t" else char
        lines.append(line)
    return lines


def _psql_table(columns: Sequence[str], row: Sequence[str]) -> str:
    """One row as psql prints a result (aligned, border 1, text left-aligned, headers
    centred, a "+" after each line of a value that goes on), with its row count."""
    cells = [_psql_lines(value) for value in row]
    widths = [
        max(_psql_width(name), *(_psql_width(line) for line in cell))
        for name, cell in zip(columns, cells, strict=True)
    ]

    def centred(name: str, width: int) -> str:
        space = width - _psql_width(name)
        return f" {' ' * (space // 2)}{name}{' ' * ((space + 1) // 2)} "

    head = "|".join(centred(name, w) for name, w in zip(columns, widths, strict=True))
    out = [head, "-" + "-+-".join("-" * w for w in widths) + "-"]
    for n in range(max(len(cell) for cell in cells)):
        parts = []
        for j, (cell, w) in enumerate(zip(cells, widths, strict=True)):
            text = cell[n] if n < len(cell) else ""
            more = n + 1 < len(cell)
            pad = " " * (w - _psql_width(text))
            if j < len(cells) - 1:  # padded, then a space or the "+"
                parts.append(f" {text}{pad}{'+' if more else ' '}")
            else:  # the last column is padded only for its "+"
                parts.append(f" {text}{pad}+" if more else f" {text}")
        out.append("|".join(parts))
    return "\n".join([*out, "(1 row)"])


def _psql_record(columns: Sequence[str], row: Sequence[str]) -> str:
    """One row as psql prints it in expanded display (``\\x`` or ``\\gx``, border 1): the
    record's header line, then a line per column, name and value, a "+" after each line of
    a value that goes on."""
    cells = [_psql_lines(value) for value in row]
    names = max(_psql_width(name) for name in columns)
    multiline = any(len(cell) > 1 for cell in cells)
    spacing = 4 if multiline else 3
    values = max(_psql_width(line) for cell in cells for line in cell)
    values = max(names + spacing + values, len("-[ RECORD 1 ]")) - names - spacing
    header = "-[ RECORD 1 ]" + "-" * max(0, names - 13)
    overlap = 13 - names  # how far the record's label reaches past the names' column
    for mark in "-+-":
        if overlap <= 0:
            header += mark
        overlap -= 1
    out = [header + "-" * (values - max(0, overlap))]
    for name, cell in zip(columns, cells, strict=True):
        for n, text in enumerate(cell):
            label = name.ljust(names) if n == 0 else " " * names
            more = n + 1 < len(cell)
            shown = f"{text}{' ' * (values - _psql_width(text))}+" if more else text
            out.append(f"{label} | {shown}")
    return "\n".join(out)


def _psql_time(at: datetime) -> str:
    """A timestamptz as psql prints it in a UTC session: ``2026-10-21 14:02:11.25+00``."""
    fraction = f".{at.microsecond:06d}".rstrip("0") if at.microsecond else ""
    return f"{at:%Y-%m-%d %H:%M:%S}{fraction}+00"


def _otel_time(at: datetime) -> str:
    """A timestamp as the tracing UI shows an OpenTelemetry record's, in UTC to the
    millisecond: ``2026-10-21T14:02:11.250Z``."""
    return f"{at:%Y-%m-%dT%H:%M:%S}.{at.microsecond // 1000:03d}Z"


def _status_shown(status: int, body: str) -> str:
    """A status as the Network tab shows it: ``500 Internal Server Error``, or, when the
    connection dropped, ``(failed) net::ERR_EMPTY_RESPONSE``."""
    return f"{status} {_REASONS[status]}" if status else f"(failed) {body}"


def _quoted_body(status: int, body: str) -> str:
    """The response's body as the twentyfourth style's person quotes it after the status."""
    if not status or not body:
        return ""
    if body.startswith("<"):
        return ", and the response is an HTML error page, not JSON"
    return f", response `{body}`" if body.startswith("{") else f", body just `{body}`"


def _devtools_paste(form: str, method: str, url: str, status: int, body: str) -> list[str]:
    """The failing request as the twentyfourth style's person copies it out of DevTools, under
    a head: the console's error line, the request copied as cURL (the token redacted) or as
    fetch, with what came back on a line after it, or the request's entry of a HAR export,
    trimmed to the request and the response."""
    after = f"Comes back {_status_shown(status, body)}{_quoted_body(status, body)}."
    accept = "application/json" if "/api/" in url else "text/html"  # a page, or an API call
    if form == "console":
        shown = f"{status} ({_REASONS[status]})" if status else body
        return ["Console:", _fenced(f"{method} {url} {shown}", 23)]
    if form == "curl":
        options = [*([f"-X {method}"] if method != "GET" else []), f"-H 'accept: {accept}'"]
        lines = [f"curl '{url}'", *options, "-H 'authorization: Bearer <redacted>'"]
        return ["Copy as cURL (token redacted):", _fenced(" \\\n  ".join(lines), 23, "sh"), after]
    if form == "fetch":
        init: dict[str, Any] = {"headers": {"accept": accept}}
        if method == "GET":
            init["body"] = None
        init.update(method=method, mode="cors", credentials="include")
        call = f"fetch({json.dumps(url)}, {json.dumps(init, indent=2)});"
        return ["Copy as fetch:", _fenced(call, 23, "js"), after]
    response: dict[str, Any] = {"status": status, "statusText": _REASONS.get(status, "")}
    if not status:  # Chrome records a dropped connection's error beside status 0
        response["_error"] = body
    elif body:
        mime = {"<": "text/html", "{": "application/json"}.get(body[:1], "text/plain")
        response["content"] = {"size": len(body), "mimeType": mime, "text": body}
    else:
        response["content"] = {"size": 0, "mimeType": "x-unknown"}
    entry = {"request": {"method": method, "url": url}, "response": response}
    return [
        "From the HAR export, the failing entry:",
        _fenced(json.dumps(entry, indent=2), 23, "json"),
    ]


def _concrete_path(path: str, rng: random.Random) -> str:
    """A route's path as a request sent it: each ``{id}``, ``{sku}`` and ``{slug}`` filled in
    with a value drawn from ``rng``, in the order they come."""
    values = {
        "id": lambda: str(rng.randint(1000, 99999)),
        "sku": lambda: f"SKU-{rng.randint(10000, 99999)}",
        "slug": lambda: rng.choice(_SLUGS),
    }
    return re.sub(r"\{(\w+)\}", lambda m: values[m[1]](), path)


def _from_browser(
    template: Template, evidence: str, where: str, rng: random.Random
) -> tuple[str, str, list[str]]:
    """What the twentyfourth style's person, a frontend engineer, makes of the error in the
    browser: how they name the site (the route, alone or with the operationId, the operationId
    or the handler, or the function of the trace the backend team linked), the sentence that
    tells the failing request and what came back, and, with a pasted log or trace, the request
    as they copied it out of DevTools instead of the sentence."""
    route = _web_route(template)
    if where and route is None:
        outermost = _owner_name(template.frames[-1], template.lang)
        where = outermost if rng.random() < 0.4 else where
    elif where and route is not None:
        request, operation, handler = route
        named = [name for name in (operation, handler) if name]
        pick = rng.random()
        if pick < 0.3:
            where = request
        elif pick < 0.45 and operation:
            where = f"{request} ({operation})"
        elif pick < 0.8:
            where = rng.choice(named) if named else request
        else:
            where = _owner_name(template.frames[0], template.lang)
    response = _RESPONSES.get(_base(template.id))
    if response is None or (route is None and not template.frames):
        return where, "", []
    status, body = response
    if route is None:
        return where, rng.choice(_ANY_REQUEST).format(status=_status_shown(status, body)), []
    method, path = route[0].split(" ", 1)
    path = _concrete_path(path, rng)
    body = body.replace("{path}", path)
    if evidence in ("log", "stack"):
        origin = (
            "https://shop.acme.io" if template.service == "storefront" else "https://app.acme.io"
        )
        form = rng.choice(("console", "curl", "fetch", "har"))
        return where, "", _devtools_paste(form, method, origin + path, status, body)
    quoted = _quoted_body(status, body) if rng.random() < 0.5 else ""
    line = rng.choice(_REQUEST_LINES).format(
        request=f"{method} {path}", status=_status_shown(status, body), body=quoted
    )
    return where, line, []


@dataclass(frozen=True)
class _Workload:
    """Where the twentyfifth style's person, on the platform team, reads an error: the
    deployment in namespace prod, its container, the ReplicaSet of its current rollout, the
    pods of it and a node they run on."""

    name: str
    container: str
    replica_set: str
    pods: tuple[str, ...]
    node: str

    @property
    def ref(self) -> str:
        """The workload as kubectl names it: ``deploy/billing``."""
        return f"deploy/{self.name}"


# Errors logged without a trace that the twentyfifth style's person reads in a worker's logs
# (a Celery or Sidekiq process, not the web one), as GISTS keys them.
_WORKER_LOGS = frozenset("p-log-worker-lost p-log-slow-task p-log-feed-skip r-sidekiq-dead".split())


def _k8s_suffix(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(_K8S_NAME) for _ in range(n))


def _workload(template: Template, group: ErrorGroup, rng: random.Random) -> _Workload:
    """The workload whose container logs ``template``'s error: the service's deployment, or
    its worker's where the trace runs under a Celery task or a Sidekiq job, or the line is a
    worker's; its ReplicaSet, pods and node drawn from ``rng`` (the node one of the group's
    hosts)."""
    name, container = template.service, "app"
    outermost = template.frames[-1].split(":", 1)[0] if template.frames else ""
    worker = _base(template.id) in _WORKER_LOGS
    if template.lang == "python" and (outermost.endswith("/tasks.py") or worker):
        name, container = f"{name}-worker", "worker"
    elif template.lang == "ruby" and (outermost.startswith("jobs/") or worker):
        name, container = f"{name}-sidekiq", "sidekiq"
    replica_set = f"{name}-{_k8s_suffix(rng, 10)}"
    pods = tuple(f"{replica_set}-{_k8s_suffix(rng, 5)}" for _ in range(rng.randint(2, 6)))
    node = rng.choice(group.hosts) if group.hosts else "ip-10-1-20-7.eu-west-1.compute.internal"
    return _Workload(name, container, replica_set, pods, node)


def _logger(frame: str, lang: str, service: str) -> str:
    """The logger a frame's code logs under, as its container's log lines name it: logback's
    class logger (``com.acme.billing.InvoiceCalculator``), .NET's category
    (``Acme.Pricing.PriceEngine``), Python's module logger (``catalog.importer``),
    semantic_logger's class name in Rails (``Member``, ``RedemptionsController``); for Go and
    Node, whose loggers name none, the file their caller field shows (``router/router.go``,
    ``cart/summary.js``)."""
    path = frame.split(":", 1)[0]
    if lang == "java":
        return f"com.acme.{service}.{path}"
    if lang == "dotnet":
        return f"Acme.{service.capitalize()}.{path}"
    if lang == "python":
        return path.removesuffix(".py").replace("/", ".")
    if lang == "ruby":
        return _camel(path.rsplit("/", 1)[-1])
    if lang == "go":
        return f"{path}/{path}.go"
    return f"{path}.js"  # Node


def _first_app_frame(frame: str, lang: str, line: int) -> str:
    """A trace's first app frame as the twentyfifth style's person copies it from the
    container's output: ``InvoiceCalculator.sumLines(InvoiceCalculator.java:405)``,
    ``PriceEngine.ApplyPromotions in PriceEngine.cs:line 212``, ``/app/catalog/importer.py:288
    in parse_row``, ``router.(*Router).resolve (router/router.go:324)``, ``renderSummary
    (cart/summary.js:31)``, ``app/models/member.rb:461:in `redeem'``."""
    path, function = frame.split(":", 1)
    return {
        "java": f"{path}.{function}({path}.java:{line})",
        "dotnet": f"{path}.{function} in {path}.cs:line {line}",
        "python": f"/app/{path}:{line} in {function}",
        "go": f"{path}.{function} ({path}/{path}.go:{line})",
        "node": f"{function} ({path}.js:{line})",
        "ruby": f"app/{path}.rb:{line}:in `{function}'",
    }[lang]


def _log_site(
    template: Template, group: ErrorGroup, rng: random.Random
) -> tuple[str, dict[str, str]]:
    """How the twentyfifth style's person names the code, the way the app's logger reports it
    (see ``_where``), and the fields that name it in the structured log line they paste (none
    where the logger names no code): the logger, the innermost frame's or the outermost's
    (where the error is caught); the caller field with the trace's line; or the trace's first
    app frame as printed, the only name where the process died of the error (see ``_DYING``)."""
    lang, svc = template.lang, template.service
    inner, outer = template.frames[0], template.frames[-1]
    path, function = inner.split(":", 1)
    top = group.top_frames[0] if group.top_frames else None
    line = top.line if top is not None else None
    if _base(template.id) in _DYING:  # no logger wrote it
        frame = f"{path}.{function}" if line is None else _first_app_frame(inner, lang, line)
        return f"first app frame {frame}", {}
    logger = _logger(inner, lang, svc)
    options: list[tuple[float, str, dict[str, str]]] = []
    if lang in ("go", "node"):  # a caller field, with the trace's line where it has one
        file = logger if lang == "go" else f"/app/.next/server/{logger}"
        caller = file if line is None else f"{file}:{line}"
        options.append((0.6, f"caller {caller}", {"caller": caller}))
        if lang == "go" and line is not None:  # zerolog's caller: the full path
            full = f"/src/internal/{caller}"
            options.append((0.2, f"caller {full}", {"caller": full}))
    else:
        field = {"java": "logger_name", "dotnet": "Category", "python": "logger"}.get(lang, "name")
        noun = "category" if lang == "dotnet" else "logger"

        def named(frame: str) -> dict[str, str]:  # structlog adds the function
            found = {field: _logger(frame, lang, svc)}
            return {**found, "func_name": frame.split(":", 1)[1]} if lang == "python" else found

        short = ".".join([*(p[0] for p in logger.split(".")[:-1]), logger.rsplit(".", 1)[-1]])
        options.append((0.35, f"{noun} {logger}", named(inner)))
        if lang == "java":  # logback's pattern abbreviates the package
            options.append((0.25, f"{noun} {short}", named(inner)))
        if lang == "python":  # structlog's callsite fields
            options.append((0.25, f"logger={logger} func_name={function}", named(inner)))
        caught = _logger(outer, lang, svc)
        if caught != logger:
            options.append((0.2, f"{noun} {caught}", named(outer)))
    if line is not None:
        site = {} if lang in ("node", "ruby") else options[0][2]  # no logger names it there
        options.append((0.25, f"first app frame {_first_app_frame(inner, lang, line)}", site))
    weights = [weight for weight, _, _ in options]
    _, where, fields = rng.choices(options, weights)[0]
    return where, fields


def _container_line(
    lang: str, at: datetime, message: str, site: dict[str, str], pod: str, container: str
) -> str:
    """One error line as the app's logger writes it to its container's stdout: JSON from
    logback's logstash encoder, .NET's JSON console, structlog, zap and pino (whose hostname is
    the pod's); for Rails, semantic_logger's line where it names the class (with the thread:
    Puma's in the web container, Sidekiq's processor in the worker), else the default
    logger's."""
    stamp = _otel_time(at)
    if lang == "ruby":
        micros = f"{at:%Y-%m-%dT%H:%M:%S}.{at.microsecond:06d}"
        if "name" in site:
            thread = "puma srv tp 001" if container == "app" else "processor"
            return f"{micros.replace('T', ' ')} E [1:{thread}] {site['name']} -- {message}"
        return f"E, [{micros} #1] ERROR -- : {message}"
    record: dict[str, Any]
    if lang == "java":
        record = {"@timestamp": stamp, "level": "ERROR", **site, "message": message}
    elif lang == "dotnet":
        record = {"Timestamp": stamp, "EventId": 0, "LogLevel": "Error", **site, "Message": message}
    elif lang == "python":
        record = {"event": message, **site, "level": "error", "timestamp": stamp}
    elif lang == "go":
        record = {"level": "error", "ts": stamp, **site, "msg": message}
    else:  # pino
        millis = int(at.timestamp() * 1000)
        record = {"level": 50, "time": millis, "pid": 1, "hostname": pod, **site, "msg": message}
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


def _kubectl_logs(
    template: Template,
    group: ErrorGroup,
    workload: _Workload,
    site: dict[str, str],
    rng: random.Random,
) -> str:
    """The error lines as the twentyfifth style's person pastes them: the kubectl command that
    reads the workload's pods by their label, with ``--prefix``, and what it printed, each line
    after its pod and container; where the process died of the error, the line it printed last,
    from the previous container's log."""
    samples = list(group.samples) or [group.template]
    if _base(template.id) in _DYING:  # the last words of the previous container, to stderr
        last = f"{template.kind}: {samples[0]}" if template.kind else samples[0]
        logs = f"kubectl -n prod logs {rng.choice(workload.pods)} -c {workload.container}"
        return f"$ {logs} --previous | grep -m1 '^{last.split(':', 1)[0]}:'\n{last}"
    count = rng.randint(1, len(samples))
    selector = rng.choice(("app", "app.kubernetes.io/name"))
    since = rng.choice(("1h", "6h", "24h"))
    needle = _ERROR_GREPS.get(template.lang, " E \\[" if "name" in site else "ERROR")
    command = (
        f"$ kubectl -n prod logs -l {selector}={workload.name} -c {workload.container} --prefix"
        f" --since={since} | grep '{needle}' | tail -n {count}"
    )
    ago = (timedelta(milliseconds=rng.randint(0, 3_000_000)) for _ in range(count))
    times = sorted(group.last_seen - back for back in ago)
    lines = [command]
    for message, at in zip(samples[:count], times, strict=True):
        pod = rng.choice(workload.pods)
        shown = _container_line(template.lang, at, message, site, pod, workload.container)
        lines.append(f"[pod/{pod}/{workload.container}] {shown}")
    return "\n".join(lines)


def _kubectl_stack(
    template: Template, group: ErrorGroup, workload: _Workload, rng: random.Random
) -> str:
    """The trace as the twentyfifth style's person pastes it from a pod's log, cut to its top:
    the previous container's log where the process died of it (a Go panic or fatal error), the
    stack field of the JSON error line through jq, or, for Rails' plain lines, the workload's
    pods read with ``--prefix``."""
    excerpt = _stack_excerpt(group.stack or "", template.lang)
    pod = rng.choice(workload.pods)
    logs = f"kubectl -n prod logs {pod} -c {workload.container}"
    if _base(template.id) in _DYING:
        return f"$ {logs} --previous\n{excerpt}"
    jq = _JQ_STACKS.get(template.lang)
    if jq is not None:
        return f"$ {logs} --since=1h | jq -r '{jq}'\n{excerpt}"
    prefix = f"[pod/{pod}/{workload.container}] "
    command = f"$ kubectl -n prod logs -l app={workload.name} -c {workload.container} --prefix"
    return "\n".join([command, *(prefix + line for line in excerpt.split("\n"))])


def _columns(rows: Sequence[Sequence[str]]) -> str:
    """Rows as kubectl prints a table: each column as wide as its widest cell and three spaces
    from the next, the last unpadded."""
    widths = [max(len(row[n]) for row in rows) for n in range(len(rows[0]) - 1)]
    return "\n".join(
        "   ".join([*(cell.ljust(w) for cell, w in zip(row[:-1], widths, strict=True)), row[-1]])
        for row in rows
    )


def _describe_time(at: datetime) -> str:
    """A time as ``kubectl describe`` prints it: ``Sun, 01 Nov 2026 14:02:11 +0000``."""
    return f"{at:%a, %d %b %Y %H:%M:%S} +0000"


def _pod_sign(
    error_id: str, workload: _Workload, group: ErrorGroup, rng: random.Random
) -> list[str]:
    """What the twentyfifth style's person pastes after the logs where the pods themselves show
    the error (see ``_POD_SIGNS``): a head and the fenced ``kubectl get events`` lines for a
    node's event, or the container's part of ``kubectl describe pod`` for its last
    termination."""
    sign = _POD_SIGNS.get(_base(error_id))
    if sign is None:
        return []
    source, reason, detail = sign
    if source == "events":
        message = detail.format(
            pid=rng.randint(2000, 90000),
            vm=rng.randint(900, 2400) * 1024,
            rss=rng.randint(400, 1900) * 1024,
        )
        rows = (
            ("NAMESPACE", "LAST SEEN", "TYPE", "REASON", "OBJECT", "MESSAGE"),
            (
                "default",
                f"{rng.randint(2, 59)}m",
                "Warning",
                reason,
                f"node/{workload.node}",
                message,
            ),
        )
        command = (
            f"$ kubectl get events -A --field-selector involvedObject.kind=Node,reason={reason}"
        )
        return [
            "kubectl get events, around the same time:",
            _fenced(f"{command}\n{_columns(rows)}", 24),
        ]
    finished = group.last_seen
    started = finished - timedelta(minutes=rng.randint(20, 900))
    limits = ["    Limits:", f"      memory:  {rng.choice(('256Mi', '512Mi', '1Gi'))}"]
    fragment = [
        f"$ kubectl -n prod describe pod {rng.choice(workload.pods)}",
        "...",
        f"  {workload.container}:",
        "    State:          Running",
        f"      Started:      {_describe_time(finished + timedelta(seconds=rng.randint(2, 40)))}",
        "    Last State:     Terminated",
        f"      Reason:       {reason}",
        f"      Exit Code:    {detail}",
        f"      Started:      {_describe_time(started)}",
        f"      Finished:     {_describe_time(finished)}",
        "    Ready:          True",
        f"    Restart Count:  {rng.randint(3, 40)}",
        *(limits if reason == "OOMKilled" else []),
        "...",
    ]
    return ["kubectl describe pod, one of them:", _fenced("\n".join(fragment), 24)]


def _slack_paste(template: Template, what: str, text: str, rng: random.Random) -> str:
    """What the twentysixth style's person copies out of a Slack thread: the message in which
    the service's engineer pasted ``what`` ("log" or "stack") of the error, their name and
    the time over their line and the ``text`` they pasted."""
    engineer = _PRODUCT[template.service][2]
    hour = rng.randint(9, 17)
    time = f"{(hour - 1) % 12 + 1}:{rng.randint(0, 59):02d} {'AM' if hour < 12 else 'PM'}"
    return "\n".join((f"{engineer}  {time}", rng.choice(_SLACK_WORDS[what]), text))


def _product_context(
    template: Template, group: ErrorGroup, affected: int, rng: random.Random
) -> list[str]:
    """What the twentysixth style's person, a product manager, adds under their note: the
    error's row of the errors-by-feature table of their BI tool (the area, the errors in the
    window, the users affected, when it was first seen), or what the screenshot they attach
    shows, or nothing."""
    area, unit, _ = _PRODUCT[template.service]
    pick = rng.random()
    if pick < 0.35:
        head = f"||Feature||Errors (7d)||Affected {unit}||First seen||"
        row = f"|{area}|{group.count}|{affected}|{group.first_seen:%b %d}|"
        return ["Row from the errors-by-feature explore in Looker:", f"{head}\n{row}"]
    if pick < 0.55:
        taken = f"{rng.randint(9, 17):02d}{rng.randint(0, 59):02d}{rng.randint(0, 59):02d}"
        name = f"image-{group.first_seen:%Y%m%d}-{taken}.png"
        shot = rng.choice(_SCREENSHOTS).format(area=area)
        return [f"Screenshot attached ({name}): {shot}."]
    return []


_ARTICLES = frozenset("a an the".split())


def _test_names(framework: str, spec: str, check: str) -> tuple[str, str, str]:
    """A test as the twentyseventh style's person's runner names it: its spec as the report
    shows it (``InvoiceIT``, ``test_catalog.py``, ``cart.spec.ts``, ``signup.cy.ts``), the
    test's id (``InvoiceIT.closesDraftInvoiceWithLines``,
    ``tests/api/test_catalog.py::test_shows_product_detail_by_slug``, ``cart.spec.ts > cart >
    shows the cart summary``, Playwright's joints a single right angle quote, U+203A) and the
    command that runs it alone; the id and the command are "" where no test of theirs reaches
    the code (``check`` is "")."""
    shown = {
        "junit": f"{_camel(spec)}IT",
        "pytest": f"test_{spec}.py",
        "playwright": f"{spec}.spec.ts",
        "cypress": f"{spec}.cy.ts",
    }[framework]
    if not check:
        return shown, "", ""
    words = [w for w in re.findall(r"[A-Za-z0-9]+", check) if w.lower() not in _ARTICLES]
    if framework == "junit":
        method = "".join([words[0].lower(), *(w[:1].upper() + w[1:] for w in words[1:])])
        return shown, f"{shown}.{method}", f"mvn -pl qa-api-tests verify -Dit.test={shown}#{method}"
    if framework == "pytest":
        file, name = f"tests/api/{shown}", "test_" + "_".join(w.lower() for w in words)
        return shown, f"{file}::{name}", f"pytest {file} -k {name}"
    if framework == "playwright":
        test = f"{shown} \u203a {spec} \u203a {check}"
        return shown, test, f'npx playwright test e2e/{shown} -g "{check}"'
    return shown, f"{shown} > {spec} > {check}", f"npx cypress run --spec cypress/e2e/{shown}"


def _frame_line(group: ErrorGroup, lang: str) -> str:
    """The trace's innermost frame as the server prints it, which the twentyseventh style's
    person copies out of the log their test harness attached:
    ``com.acme.billing.InvoiceCalculator.sumLines(InvoiceCalculator.java:411)``, ``File
    "/app/catalog/importer.py", line 272, in parse_row``, ``renderSummary
    (/app/.next/server/cart/summary.js:36:7)``, Go's function and file line
    (``github.com/acme/gateway/internal/router.(*Router).resolve
    (/src/internal/router/router.go:373)``); "" where the group has no trace."""
    if not group.top_frames or not group.stack:
        return ""
    top = group.top_frames[0]
    lines = [line.strip() for line in group.stack.split("\n")]
    for n, line in enumerate(lines):
        if lang == "go" and line.startswith(f"{top.function}(") and n + 1 < len(lines):
            return f"{top.function} ({lines[n + 1].split(' +', 1)[0]})"
        found = top.file is not None and top.file in line  # the file and its line: .NET's
        if lang != "go" and found and re.search(rf"(?<!\d){top.line}(?!\d)", line):  # async
            return line.removeprefix("at ")  # frames print otherwise than they are named
    return ""


@dataclass(frozen=True)
class _TestRun:
    """The failing test run the twentyseventh style's person, a QA engineer, files from: the
    test's framework, spec and id (id "" when no test of theirs fails, the error only shows in
    the server log), the command that runs it alone and what it checks, the CI job and run, the
    request it sent ("" where no one request reaches the code), the status that came back (None
    when the test waits on a job instead; 0 when the connection closed) and its body, and
    whether it fails every time."""

    framework: str
    tag: str
    spec: str
    test: str
    command: str
    check: str
    job: str
    run: int
    request: str
    status: int | None
    body: str
    flaky: bool
    consistency: str


def _qa_run(template: Template, rng: random.Random) -> _TestRun:
    """The test run the twentyseventh style's person files ``template``'s error from: the test
    of theirs that reaches its entry point (see _CALLERS), or, for an error only logged, none."""
    framework, spec, job = _QA_SUITES[template.service]
    check = ""
    if template.frames:
        spec, check = _CALLERS[template.frames[-1]][:2]
    shown, test, command = _test_names(framework, spec, check)
    route = _web_route(template)
    request = ""
    if route is not None:
        method, path = route[0].split(" ", 1)
        request = f"{method} {_concrete_path(path, rng)}"
    response = _RESPONSES.get(_base(template.id)) if template.frames else None
    status, body = response if response is not None else (None, "")
    body = body.replace("{path}", request.split(" ", 1)[-1])
    run = rng.randint(1800, 9800)
    flaky = rng.random() < 0.35
    if flaky:
        runs = rng.randint(10, 30)
        consistency = rng.choice(_FLAKY).format(k=rng.randint(2, runs // 3), m=runs)
    else:
        consistency = rng.choice(_CONSISTENT).format(k=rng.randint(3, 12))
    tag = "E2E" if framework in ("playwright", "cypress") else "API"
    return _TestRun(
        framework,
        tag,
        shown,
        test,
        command,
        check,
        job,
        run,
        request,
        status,
        body,
        flaky,
        consistency,
    )


def _qa_checklist(run: _TestRun, what: str, service: str) -> str:
    """The lines the twentyseventh style's person puts under their opening: the failing test
    and its run, then the reproduction checklist (run alone, on a rerun, what was expected and
    what came back, ``what`` last); for an error only logged, where they saw it."""
    if not run.test:
        seen = f"Seen in: the {service} server log {run.job} #{run.run} keeps; no test fails on it."
        return f"{seen}\n{what[:1].upper()}{what[1:]}"
    if run.status is None:
        actual = "timed out waiting - "
    elif run.status == 0:
        actual = "connection closed without a response - "
    else:
        actual = f"{run.status} {_REASONS[run.status]} - "
    if run.request:
        expected = f"`{run.request}` answers 2xx"
    elif run.status is None:
        expected = "the test's wait ends in a done state within its timeout"
    else:
        expected = "every call of the flow answers 2xx"
    rerun = (
        "- [ ] fails again on a rerun (it passed on retry)"
        if run.flaky
        else ("- [x] fails again on a rerun")
    )
    return "\n".join(
        (
            f"Failing test: `{run.test}` ({run.job} #{run.run})",
            "Repro checklist:",
            f"- [x] run alone: `{run.command}`",
            rerun,
            f"- expected: {expected}",
            f"- actual: {actual}{what}",
        )
    )


_RULE = "\u2500"  # the line Playwright's list reporter draws


def _test_report(run: _TestRun, service: str, server: str, rng: random.Random) -> str:
    """What the twentyseventh style's person pastes from the failed run: the runner's report of
    the test (pytest's, Maven Surefire's for JUnit with REST Assured, Playwright's list
    reporter's, Cypress's spec reporter's), its assertion or the exception that ended it, then
    ``server``, the server log lines the harness attached to it; for an error only logged, the
    lines alone."""
    if not run.test:
        return server
    status = run.status
    if run.framework == "pytest":
        file, name = run.test.split("::", 1)
        lines = [f"{'_' * 20} {name} {'_' * 20}", f"{file}:{rng.randint(20, 400)}: in {name}"]
        if status is None:
            lines += [
                "    wait_until(done, timeout=120)",
                "E   TimeoutError: not done after 120s (last state: 'failed')",
            ]
        elif status == 0:
            lines += [
                "    resp = session.send(prepared)",
                "E   requests.exceptions.ConnectionError: ('Connection aborted.',"
                " RemoteDisconnected('Remote end closed connection without response'))",
            ]
        else:
            lines += [
                "    assert resp.status_code < 300, resp.text",
                *([f"E   AssertionError: {run.body}"] if run.body else []),
                f"E   assert {status} < 300",
                f"E    +  where {status} = <Response [{status}]>.status_code",
            ]
        captured = f"ERROR    qa.server_log:server_log.py:58 {service} server log for this test:"
        return "\n".join([*lines, f"{'-' * 30} Captured log call {'-' * 30}", captured, server])
    if run.framework == "junit":
        cls, method = run.test.split(".", 1)
        failed = status is not None and status > 0  # an assertion; else an exception
        counts = "Failures: 1, Errors: 0" if failed else "Failures: 0, Errors: 1"
        total, took = rng.randint(6, 40), rng.randint(20, 900) / 10
        lines = [
            f"[ERROR] Tests run: {total}, {counts}, Skipped: 0, Time elapsed: {took + 3.1:.1f} s"
            f" <<< FAILURE! -- in com.acme.qa.{cls}",
            f"[ERROR] com.acme.qa.{cls}.{method} -- Time elapsed: {took:.1f} s <<<"
            f" {'FAILURE' if failed else 'ERROR'}!",
        ]
        if status is None:
            lines.append(
                f"org.awaitility.core.ConditionTimeoutException: Condition with alias '{run.check}'"
                " didn't complete within 2 minutes because condition returned false."
            )
        elif status == 0:
            lines.append(
                "org.apache.http.NoHttpResponseException: staging.acme.io:443 failed to respond"
            )
        else:
            lines += [
                "java.lang.AssertionError: 1 expectation failed.",
                f"Expected status code <200> but was <{status}>.",
            ]
        return "\n".join([*lines, "", f"[INFO] {service} server log for this test:", server])
    spec = run.spec.split(".", 1)[0]
    if run.framework == "playwright":
        at = f"{rng.randint(8, 160)}:{rng.randint(3, 9)}"
        head = f"  1) [chromium] \u203a e2e/{run.spec}:{at} \u203a {spec} \u203a {run.check} "
        lines = [head + _RULE * 12, ""]
        if status is None:
            lines += [
                "    Error: Timed out 10000ms waiting for expect(locator).toBeVisible()",
                "",
                f"    Locator: getByTestId('{spec}-ready')",
                "    Expected: visible",
                "    Received: <element(s) not found>",
            ]
        elif status == 0:
            lines.append("    Error: apiRequestContext.fetch: socket hang up")
        else:
            lines += [
                "    Error: expect(received).toBeLessThan(expected)",
                "",
                "    Expected: < 300",
                f"    Received:   {status}",
            ]
        attached = [f"    {line}" for line in server.split("\n")]
        head = f"    attachment #1: {service}-server-log (text/plain) {_RULE * 12}"
        return "\n".join([*lines, "", head, *attached, f"    {_RULE * 40}"])
    lines = [f"  1) {spec}", f"       {run.check}:"]  # Cypress
    if status is None:
        lines.append(
            "     AssertionError: Timed out retrying after 10000ms: Expected to find element:"
            f" `[data-test={spec}-ready]`, but never found it."
        )
    elif status == 0:
        lines.append("     Error: socket hang up")
    elif run.request:
        method, path = run.request.split(" ", 1)
        lines += [
            "     CypressError: `cy.request()` failed on:",
            "",
            f"{method} https://staging.acme.io{path}",
            "",
            "The response we received from your web server was:",
            "",
            f"  > {status}: {_REASONS[status]}",
            "",
            "This was considered a failure because the status code was not `2xx`.",
        ]
    else:
        lines.append(f"     AssertionError: expected {status} to be below 300")
    return "\n".join([*lines, "", f"cy.task('serverLog', '{service}'):", server])


def _service_url(service: str) -> str:
    """Where the twentyeighth style's person's pipeline reaches a service: the storefront and
    the public API at their own hosts, the others at their internal ones."""
    return {"storefront": "https://shop.acme.io", "gateway": "https://api.acme.io"}.get(
        service, f"http://{service}.internal"
    )


@dataclass(frozen=True)
class _PipelineRun:
    """The failed pipeline run the twentyeighth style's person, a data engineer, files from:
    the Airflow DAG, the task that failed and the dbt model it feeds; the request the task sent
    (the method and the URL, "" when the task waits on the service instead, or never failed)
    and whether it is the error's own route, the status and body that came back; when the
    failed try started and the run's logical date, how many tries the task had, whether it is a
    sensor (it waits on the service's output instead of calling it), and what reached the
    model."""

    dag: str
    task: str
    model: str
    call: str
    routed: bool
    status: int
    body: str
    started: datetime
    ds: str
    tries: int
    sensor: bool
    rows: str


def _pipeline_run(template: Template, group: ErrorGroup, rng: random.Random) -> _PipelineRun:
    """The pipeline run the twentyeighth style's person meets ``template``'s error in: the task
    that calls the error's entry point (see _CALLERS), or the service (see _PIPELINES); it
    calls the error's route, or the task's usual call where the error answers one, or waits on
    the service's job (a sensor), or saw nothing fail (an error only logged)."""
    svc = template.service
    dag, task, model, usual_call = _PIPELINES[svc]
    if template.frames:
        task = _CALLERS[template.frames[-1]][2]
    route = _web_route(template)
    response = _RESPONSES.get(_base(template.id))
    call, status, body = "", 0, ""
    if route is not None or response is not None:
        method, path = (route[0] if route is not None else usual_call).split(" ", 1)
        if not path.startswith("/"):
            path = f"/api/{svc}/{path}"
        path = _concrete_path(path, rng)
        call = f"{method} {_service_url(svc)}{path}"
        status, body = response if response is not None else (500, "")
        body = body.replace("{path}", path)
    sensor = not call and task.startswith("wait_for_")
    # The failed try ends with the group's last event: a sensor after its two hours' timeout,
    # a call seconds after it started; it belongs to the daily run of the day before.
    took = rng.randint(7_201_000, 7_290_000) if sensor else rng.randint(2_000, 50_000)
    started = group.last_seen - timedelta(milliseconds=took)
    ds = f"{started - timedelta(days=1):%Y-%m-%d}"
    tries = 1 if sensor else rng.randint(2, 4)  # a sensor that times out is not retried
    usual = rng.randint(8_000, 250_000)
    got = 0 if sensor else rng.randint(0, usual // 2)
    # Nothing failed (an error only logged): a short day; a sensor: nothing, on its one try.
    shapes = _ROW_COUNTS[:2] if sensor else _ROW_COUNTS if call else _ROW_COUNTS[1:2]
    rows = rng.choice(shapes).format(
        ds=ds, got=f"{got:,}", usual=f"{usual:,}", model=model, tries=tries
    )
    return _PipelineRun(
        dag, task, model, call, route is not None, status, body, started, ds, tries, sensor, rows
    )


def _airflow_log(pipe: _PipelineRun, service: str, group: ErrorGroup) -> str:
    """The Airflow task log of the failed try, as the twentyeighth style's person copies it from
    the UI, the traceback's middle cut: the HTTP operator's call and the HTTP client's error
    wrapping what the service answered (Airflow's HTTP hook logs the reason and the body, then
    raises), or the sensor that gave up waiting on the service's output."""

    def at(moment: datetime) -> str:
        return f"[{moment:%Y-%m-%d, %H:%M:%S} UTC]"

    start, end = pipe.started, group.last_seen
    failed = f"{at(end)} {{taskinstance.py:2731}} ERROR - Task failed with exception"
    if pipe.sensor:
        operator = "S3KeySensor"
        key = f"s3://acme-{service}-exports/{pipe.model}/dt={pipe.ds}/_SUCCESS"
        body = [
            f"{at(start)} {{s3.py:117}} INFO - Poking for key : {key}",
            "...",
            failed,
            "airflow.exceptions.AirflowSensorTimeout: Sensor has timed out; run duration of"
            f" {(end - start).total_seconds():.1f} seconds is more than the specified timeout of"
            " 7200.0.",
        ]
    else:
        operator = "HttpOperator"
        url = pipe.call.split(" ", 1)[1]
        body = [f"{at(start)} {{http.py:169}} INFO - Calling HTTP method"]
        if not pipe.status:
            body += [
                failed,
                "...",
                "requests.exceptions.ConnectionError: ('Connection aborted.',"
                " RemoteDisconnected('Remote end closed connection without response'))",
            ]
        else:
            reason = _REASONS[pipe.status]
            side = "Client" if pipe.status < 500 else "Server"
            body += [
                f"{at(end)} {{http.py:207}} ERROR - HTTP error: {reason}",
                *([f"{at(end)} {{http.py:208}} ERROR - {pipe.body}"] if pipe.body else []),
                failed,
                "...",
                f"requests.exceptions.HTTPError: {pipe.status} {side} Error: {reason} for url:"
                f" {url}",
                "",
                "The above exception was the direct cause of the following exception:",
                "",
                "...",
                f"airflow.exceptions.AirflowException: {pipe.status}:{reason}",
            ]
    logical = f"{pipe.ds}T{start:%H}:00:00+00:00"  # a daily run, started at its hour
    marked = (
        f"dag_id={pipe.dag}, task_id={pipe.task}, run_id=scheduled__{logical}, execution_date="
        f"{pipe.ds.replace('-', '')}T{start:%H}0000, start_date={start:%Y%m%dT%H%M%S},"
        f" end_date={end:%Y%m%dT%H%M%S}"
    )
    tries = pipe.tries
    return "\n".join(
        (
            f"{at(start)} {{taskinstance.py:2170}} INFO - Starting attempt {tries} of {tries}",
            f"{at(start)} {{taskinstance.py:2191}} INFO - Executing <Task({operator}):"
            f" {pipe.task}> on {logical}",
            *body,
            f"{at(end)} {{taskinstance.py:1149}} INFO - Marking task as FAILED. {marked}",
        )
    )


def _snake(name: str) -> str:
    """A camelCase name in snake_case: ``creditNotes`` → ``credit_notes``."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower()


def _load_name(tool: str, method: str, path: str, operation: str) -> str:
    """A request as the twentyninth style's person's load tool names it: k6 by the URL template
    the script tags it with (``POST /api/billing/invoices/${id}/close``), Gatling by the request's
    name, the operationId in words (``Close invoice``), Locust by the name its tasks give it, the
    path with each parameter in brackets (``GET /api/catalog/products/[slug]``)."""
    if tool == "Gatling" and operation and operation != "-":
        words = _snake(operation).replace("_", " ")
        return words[:1].upper() + words[1:]
    if tool == "Locust":
        return f"{method} " + re.sub(r"\{(\w+)\}", lambda m: f"[{m[1]}]", path)
    return f"{method} " + re.sub(r"\{(\w+)\}", lambda m: f"${{{m[1]}}}", path)


@dataclass(frozen=True)
class _LoadRun:
    """The load test run the twentyninth style's person, a performance engineer, files from: the
    tool and the scenario, the load it ran at (as the tool counts it, and in users), how long and
    at what rate; the request that failed as the tool names it ("" when none did: the error only
    shows in the service's log) with its method and URL, what came back (status 0: the connection
    closed without a response), how many of its requests failed of how many, of the run's total;
    the p95 and its threshold, what failed (for the title) and the run's lines under the
    opening."""

    tool: str
    scenario: str
    load: str
    users: int
    minutes: int
    rate: int
    name: str
    method: str
    url: str
    status: int
    body: str
    count: int
    failed: int
    total: int
    p95: int
    limit: int
    headline: str
    lines: str


def _load_run(template: Template, rng: random.Random) -> _LoadRun:
    """The load test the twentyninth style's person meets ``template``'s error in: the service's
    scenario (see _LOAD_TESTS), the load it ran at and the thresholds; the request that fails, the
    error's own route or, where its answer fails but no route of its own is one, the request the
    scenario drives; or none (the error happens in a job, a consumer, or is only logged)."""
    svc = template.service
    tool, scenario, usual = _LOAD_TESTS[svc]
    route = _web_route(template)
    response = _RESPONSES.get(_base(template.id))
    name = method = url = body = ""
    status = 0
    if route is not None or response is not None:
        if route is not None:
            (method, path), operation = route[0].split(" ", 1), route[1]
        else:
            method, path, operation = usual.split(" ")
            if not path.startswith("/"):
                path = f"/api/{svc}/{path}"
        name = _load_name(tool, method, path, operation)
        concrete = _concrete_path(path, rng)
        host = "https://shop.staging.acme.io" if svc == "storefront" else "https://staging.acme.io"
        url = host + concrete
        status, body = response if response is not None else (500, "")
        body = body.replace("{path}", concrete)
    users = rng.choice((50, 100, 150, 200, 240, 300, 400, 600))
    minutes = rng.choice((10, 15, 20, 30, 45, 60))
    rate = rng.randint(40, 400)
    total = int(rate * minutes * 60 * rng.uniform(0.85, 0.98))
    count = int(total * rng.uniform(0.1, 0.5)) if name else 0
    failed = max(1, round(count * rng.uniform(0.5, 12.0) / 100)) if name else 0
    under_load = _base(template.id) in _UNDER_LOAD
    limit = rng.choice((300, 500, 800, 1200))
    slow = under_load and rng.random() < 0.7
    p95 = rng.randint(limit + 40, limit * 8) if slow else rng.randint(limit // 3, limit - 10)
    load = {"k6": f"{users} VUs", "Gatling": f"{users // 10} users/s"}.get(tool, f"{users} users")
    pct = 100 * failed / total
    rate_off, p95_off = pct >= 1, p95 > limit
    target = f"'{name}'" if tool == "Gatling" else name
    if name:
        metric = {"k6": "http_req_failed", "Gatling": "KO"}.get(tool, "failures")
        headline = f"{pct:.{2 if pct < 1 else 1}f}% {metric} on {target}"
    else:
        headline = f"p95 {p95}ms over its {limit}ms threshold" if p95_off else "thresholds green"
    if tool == "k6":
        run = f"Run: k6, {scenario}, ramping to {load}, {minutes} min at ~{rate} req/s, staging"
        checks = (
            f"Thresholds: {'✗' if rate_off else '✓'} http_req_failed rate<0.01 ({pct:.2f}%),"
            f" {'✗' if p95_off else '✓'} http_req_duration p(95)<{limit} ({p95}ms)"
        )
        by = "Failed by URL"
    elif tool == "Gatling":
        run = f"Run: Gatling, {scenario}, {load} for {minutes} min (~{rate} req/s), staging"
        checks = (
            f"Assertions: failed events < 1% {str(not rate_off).lower()} (actual {pct:.2f}),"
            f" p95 < {limit} ms {str(not p95_off).lower()} (actual {p95})"
        )
        by = "KO by request"
    else:
        run = f"Run: Locust, {scenario}, {load}, {minutes} min headless (~{rate} req/s), staging"
        checks = (
            f"Checks: fail ratio {pct:.2f}% (max 1%) {'FAILED' if rate_off else 'ok'},"
            f" p95 {p95} ms (max {limit} ms) {'FAILED' if p95_off else 'ok'}"
        )
        by = "Failures by name"
    if name:
        per = f"{by}: {target} {failed:,} of {count:,}, none anywhere else"
    else:
        per = f"{by}: none, every request of the scenario passed"
    note = rng.choice(_LOAD_ONLY if under_load else _ANY_LOAD).format(rate=rate, load=load)
    return _LoadRun(
        tool,
        scenario,
        load,
        users,
        minutes,
        rate,
        name,
        method,
        url,
        status,
        body,
        count,
        failed,
        total,
        p95,
        limit,
        headline,
        "\n".join((run, checks, per, note)),
    )


def _k6_time(ms: int) -> str:
    """A duration as k6's summary prints it, from whole milliseconds (the hundredths made up
    from them): ``412.24ms``, ``1.84s``."""
    return f"{ms / 1000:.2f}s" if ms >= 1000 else f"{ms + ms % 97 / 100:.2f}ms"


def _k6_metric(name: str, value: str, crossed: bool | None = None) -> str:
    """A line of k6's end-of-test summary: the metric, dotted out to the colon, and its value,
    after a check mark or a cross where a threshold is set on it."""
    mark = "  " if crossed is None else ("✗ " if crossed else "✓ ")
    return f"   {mark}{name}{'.' * (31 - len(name))}: {value}"


def _load_report(run: _LoadRun, rng: random.Random) -> str:
    """What the twentyninth style's person pastes of their load tool's output: k6's end-of-test
    summary after the console line their script logs for a failed response (k6's own warning
    when the connection closed), Gatling's failed request as its debug log dumps it and the
    run's global stats, errors and assertions, or Locust's stats table and error report."""
    secs = run.minutes * 60
    ok = run.count - run.failed
    med = run.p95 // rng.randint(3, 6)
    avg = int(med * rng.uniform(1.2, 1.8))
    slowest = run.p95 * rng.randint(2, 9)
    reason = _REASONS.get(run.status, "")
    if run.tool == "k6":
        lines = []
        at = rng.randint(60, secs)
        if not run.status:
            quoted = f'{run.method.capitalize()} \\"{run.url}\\": EOF'
            lines.append(f'WARN[{at:04d}] Request Failed{" " * 33}error="{quoted}"')
        elif run.body:
            shown = f"{run.status} {run.method} {run.url} {run.body}"
            lines.append(f"INFO[{at:04d}] {shown}  source=console")
        pct = 100 * run.failed / run.total
        passed = run.total - run.failed
        duration = (
            f"avg={_k6_time(avg)} min={_k6_time(rng.randint(4, 30))} med={_k6_time(med)}"
            f" max={_k6_time(slowest)} p(90)={_k6_time(int(run.p95 * 0.8))}"
            f" p(95)={_k6_time(run.p95)}"
        )
        lines += [
            "",
            f"  scenarios: (100.00%) 1 scenario, {run.users} max VUs, {run.minutes}m30s max"
            " duration (incl. graceful stop):",
            f"           * {run.scenario}: Up to {run.users} looping VUs for {run.minutes}m0s over"
            " 3 stages (gracefulRampDown: 30s, gracefulStop: 30s)",
            "",
            f"     ✗ {run.name} is 2xx",
            f"      ↳  {100 * ok // run.count}% — ✓ {ok} / ✗ {run.failed}",
            "",
            _k6_metric("checks", f"{100 * ok / run.count:.2f}% ✓ {ok:<10} ✗ {run.failed}"),
            _k6_metric("http_req_duration", duration, run.p95 > run.limit),
            _k6_metric("http_req_failed", f"{pct:.2f}%  ✓ {run.failed:<10} ✗ {passed}", pct >= 1),
            _k6_metric("http_reqs", f"{run.total:<7} {run.total / secs:.6f}/s"),
            _k6_metric("vus_max", f"{run.users:<7} min={run.users:<7} max={run.users}"),
        ]
        offs = (("http_req_duration", run.p95 > run.limit), ("http_req_failed", pct >= 1))
        crossed = ", ".join(metric for metric, off in offs if off)
        if crossed:
            lines += [
                "",
                f"ERRO[{secs + 30:04d}] thresholds on metrics '{crossed}' have been crossed",
            ]
        return "\n".join(lines)
    if run.tool == "Gatling":
        error = (
            f"status.find.in(200,201,202,203,204,205,206,207,208,209,304), found {run.status}"
            if run.status
            else "j.i.IOException: Premature close"
        )
        lines = [f"{run.name}: KO {error}"]
        if run.status:
            lines += ["HTTP response:", "status:", f"\t{run.status} {reason}"]
            lines += ["body:", run.body] if run.body else []
        mean = run.total / secs
        share = run.failed / run.total
        pct = 100 * share
        lines += [
            "",
            "=" * 80,
            "---- Global Information " + "-" * 56,
            f"> request count{run.total:>40} (OK={run.total - run.failed:<7}KO={run.failed:<7})",
            f"> response time 95th percentile{run.p95:>24} (OK={int(run.p95 * 0.9):<7}"
            f"KO={slowest:<7})",
            f"> mean requests/sec{mean:>36.2f} (OK={mean * (1 - share):<7.2f}"
            f"KO={mean * share:<7.2f})",
            "---- Errors " + "-" * 68,
            f"> {error:<62}{run.failed:>7} (100.0%)",
            "=" * 80,
            "",
            f"Global: percentage of failed events is less than 1.0 : {str(pct < 1).lower()}"
            f" (actual : {pct:.2f})",
            f"Global: 95th percentile of response time is less than {run.limit} :"
            f" {str(run.p95 <= run.limit).lower()} (actual : {run.p95})",
        ]
        return "\n".join(lines)
    method, name = run.name.split(" ", 1)  # Locust: the type column, then the name
    if not run.status:
        error = (
            "ConnectionError(ProtocolError('Connection aborted.', RemoteDisconnected('Remote end"
            " closed connection without response')))"
        )
    elif run.body:
        error = f"CatchResponseError('{run.status}: {run.body[:80]}')"
    else:
        side = "Client" if run.status < 500 else "Server"
        error = f"HTTPError('{run.status} {side} Error: {reason} for url: {name}')"

    def row(kind: str, label: str, count: int, failed: int) -> str:
        fails = f"{failed}({100 * failed / count:.2f}%)"
        times = f"{avg:>6} {rng.randint(4, 30):>6} {slowest:>6} {med:>6}"
        return (
            f"{kind:<8} {label:<44} {count:>7} {fails:>13} | {times} |"
            f" {count / secs:>7.2f} {failed / secs:>10.2f}"
        )

    head = (
        f"{'Type':<8} {'Name':<44} {'# reqs':>7} {'# fails':>13} | {'Avg':>6} {'Min':>6}"
        f" {'Max':>6} {'Med':>6} | {'req/s':>7} {'failures/s':>10}"
    )
    rule = "-" * len(head)
    return "\n".join(
        (
            head,
            rule,
            row(method, name, run.count, run.failed),
            rule,
            row("", "Aggregated", run.total, run.failed),
            "",
            "Error report",
            f"{'# occurrences':<18} Error",
            rule,
            f"{run.failed:<18} {method} {name}: {error}",
            rule,
        )
    )


@dataclass(frozen=True)
class _PartnerCall:
    """What the thirtieth style's person, a partner's integration developer, files from: their
    company, their application's language, package and the frame of it the SDK calls run under
    (see _PARTNERS), the environment and its host; the SDK call that fails as their SDK spells it
    and as the SDK's reference names it ("" when nothing they call fails: the error happens in a
    job, on a storefront page, or is only logged), its method and path on the public API, what
    came back (status 0: the connection closed without a response) as the API's error body, its
    code and message, with its request id; the SDK's exception as they write it, what support told
    them of our side ("" when nothing) and the lines under their opening."""

    company: str
    lang: str
    package: str
    caller: str
    env: str
    host: str
    call: str
    canonical: str
    method: str
    path: str
    status: int
    code: str
    message: str
    request_id: str
    error: str
    support: str
    lines: str


def _sdk_name(canonical: str, lang: str) -> str:
    """An SDK method as a partner's SDK spells it: ``invoices.creditNotes.create`` in Node, Java
    and PHP, ``invoices.credit_notes.create`` in Python and Ruby,
    ``Invoices.CreditNotes.CreateAsync`` in .NET."""
    parts = canonical.split(".")
    if lang in ("python", "ruby"):
        return ".".join(_snake(part) for part in parts)
    if lang == "dotnet":
        return ".".join(part[:1].upper() + part[1:] for part in parts) + "Async"
    return canonical


def _partner_function(canonical: str) -> str:
    """The function of a partner's code that wraps an SDK call, named after it: the verb and
    the resource (``closeInvoice``, ``createCreditNote``), or the verb where it names its object
    itself (``listDueToday``, ``retrieveBySku``)."""
    parts = canonical.split(".")
    verb = parts[-1]
    if verb.islower() and len(parts) > 1:
        noun = parts[-2]
        noun = noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun
        verb += noun[:1].upper() + noun[1:]
    return verb


def _api_message(status: int, body: str) -> str:
    """The message of the public API's error body: what the service's answer said, where it says
    more than its status, else the status's reason."""
    if body.startswith("{"):
        found = json.loads(body)
        for key in ("message", "error"):
            if isinstance(found.get(key), str):
                return str(found[key])
    return _REASONS[status]


def _partner_call(template: Template, rng: random.Random) -> _PartnerCall:
    """What the thirtieth style's person's integration meets of ``template``'s error: the SDK call
    of the error's own route (see _SDK_CALLS), or, where its answer fails but no route of its own
    is an API call, the call they make to the service (see _PARTNER_USUAL), or none; the API's
    answer; and, some of the time, what support told them of the cause on our side."""
    company, lang, package, caller = rng.choice(_PARTNERS)
    sdk, runtime, api_error, conn_error, conn_message, _ = _SDKS[lang]
    env = rng.choice(("Production", "Production", "Sandbox"))
    host = "api.acme.io" if env == "Production" else "api.sandbox.acme.io"
    svc = template.service
    route = _web_route(template)
    response = _RESPONSES.get(_base(template.id))
    canonical = method = path = ""
    if route is not None and route[1] in _SDK_CALLS:
        (method, path), canonical = route[0].split(" ", 1), _SDK_CALLS[route[1]]
    elif route is None and response is not None and svc in _PARTNER_USUAL:
        method, path, canonical = _PARTNER_USUAL[svc].split(" ")
        if not path.startswith("/"):
            path = f"/api/{svc}/{path}"
    call = code = message = request_id = error = ""
    status = 0
    lines = [f"Environment: {env} ({host})", f"SDK: {sdk} on {runtime}"]
    if canonical:
        status, body = response if response is not None else (500, "")
        path = re.sub(r"^/api/", "/api/v2/", _concrete_path(path, rng))
        request_id = f"req_{rng.getrandbits(64):016x}"
        call = _sdk_name(canonical, lang)
        if status:
            code, message = _API_CODES[status], _api_message(status, body)
            error = f"{api_error} {status} {code}"
            lines.append(f"Request ID: {request_id}")
        else:
            error = f"{conn_error}: {conn_message}"
            lines.append("Request ID: none, no response came back")
        pages = "/".join(_snake(part).replace("_", "-") for part in canonical.split("."))
        got = f"a {status}" if status else "a closed connection"
        expected = _EXPECTED[::2] if 400 <= status < 500 else _EXPECTED  # a 4xx: no "at worst"
        doc = f"https://developer.acme.io/reference/{pages}"
        lines.append(rng.choice(expected).format(call=call, doc=doc, got=got))
    support = ""
    if template.frames and template.kind and rng.random() < 0.35:
        site = _owner_name(template.frames[0], template.lang)
        support = rng.choice(_SUPPORT_SAID).format(site=site, kind=_short_kind(template.kind))
    return _PartnerCall(
        company,
        lang,
        package,
        caller,
        env,
        host,
        call,
        canonical,
        method,
        path,
        status,
        code,
        message,
        request_id,
        error,
        support,
        "\n".join(lines),
    )


def _partner_exchange(p: _PartnerCall) -> str:
    """The failing request and the API's answer as the thirtieth style's person copies them out of
    their HTTP client's debug log, curl-style: the request's line and headers after ">", the
    response's after "<", then its body; or the note that no response came."""
    agent = re.sub(r"^@acme/sdk|^acme/", "acme-node" if p.lang == "node" else "", _SDKS[p.lang][0])
    agent = agent.replace(" ", "/")
    lines = [
        f"> {p.method} {p.path} HTTP/1.1",
        f"> Host: {p.host}",
        "> Authorization: Bearer <redacted>",
        f"> User-Agent: {agent}",
        ">",
    ]
    if not p.status:
        return "\n".join([*lines, "* Empty reply from server", "* Closing connection 0"])
    body = {"error": {"code": p.code, "message": p.message, "request_id": p.request_id}}
    return "\n".join(
        [
            *lines,
            f"< HTTP/1.1 {p.status} {_REASONS[p.status]}",
            "< Content-Type: application/json",
            f"< X-Request-Id: {p.request_id}",
            "<",
            json.dumps(body, indent=2),
        ]
    )


def _partner_stack(p: _PartnerCall, rng: random.Random) -> str:
    """The partner's own stack trace around the failing SDK call, as their application logs the
    SDK's exception and the thirtieth style's person pastes it: the exception (the API's status,
    error code and request id, or the closed connection), the SDK's frames, then their code's:
    the function wrapping the call, named after it (see _partner_function), and the frame it runs
    under (see _PARTNERS); in their language's own format."""
    sdk, _, api_error, conn_error, conn_message, _ = _SDKS[p.lang]
    version = sdk.rsplit(" ", 1)[1]
    resource = p.canonical.split(".", 1)[0]
    noun = resource[:1].upper() + resource[1:]
    verb = p.canonical.rsplit(".", 1)[1]
    fn = _partner_function(p.canonical)
    where, caller = p.caller.split(":", 1)
    body = {"error": {"code": p.code, "message": p.message, "request_id": p.request_id}}
    said = f"{p.status} {p.code}: {p.message} (request_id: {p.request_id})"

    def n() -> int:
        return rng.randint(20, 480)

    if p.lang == "python":
        raised = "raise APIConnectionError(request=request) from err"
        last = f"acme.{conn_error}: {conn_message}"
        if p.status:
            raised = "raise self._make_status_error_from_response(err.response) from None"
            last = f"acme.{api_error}: Error code: {p.status} - {body!r}"
        site = f"/srv/{p.package}/.venv/lib/python3.11/site-packages/acme/_base_client.py"
        lines = [
            "Traceback (most recent call last):",
            f'  File "/srv/{p.package}/{where}", line {n()}, in {caller}',
            f"    {_snake(fn)}(client, record)",
            f'  File "/srv/{p.package}/acme_calls/{_snake(resource)}.py", line {n()},'
            f" in {_snake(fn)}",
            f"    return client.{p.call}(**params)",
            f'  File "{site}", line {n()}, in request',
            f"    {raised}",
            last,
        ]
    elif p.lang == "node":
        lines = [
            f"{api_error}: {said}" if p.status else f"{conn_error}: {conn_message}",
            f"    at AcmeClient.makeRequest (/srv/{p.package}/node_modules/@acme/sdk/dist/core.js"
            f":{n()}:{rng.randint(5, 40)})",
            "    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)",
            f"    at async {fn} (/srv/{p.package}/dist/acme/{resource}.js:{n()}"
            f":{rng.randint(5, 40)})",
            f"    at async {caller} (/srv/{p.package}/{where}:{n()}:{rng.randint(5, 40)})",
        ]
    elif p.lang == "java":
        cls = where.rsplit(".", 1)[-1]
        if p.status:
            head = [
                f"com.acme.sdk.ApiException: Message: {p.message}",
                f"HTTP response code: {p.status}",
                f"HTTP response body: {json.dumps(body, separators=(',', ':'))}",
                "HTTP response headers: {content-type=[application/json], x-request-id="
                f"[{p.request_id}]}}",
                f"\tat com.acme.sdk.ApiClient.handleResponse(ApiClient.java:{n()})",
            ]
        else:
            head = [f"com.acme.sdk.ApiException: {conn_message}"]
        lines = [
            *head,
            f"\tat com.acme.sdk.ApiClient.execute(ApiClient.java:{n()})",
            f"\tat com.acme.sdk.api.{noun}Api.{fn}WithHttpInfo({noun}Api.java:{n()})",
            f"\tat com.acme.sdk.api.{noun}Api.{fn}({noun}Api.java:{n()})",
            f"\tat {p.package}.acme.Acme{noun}Sync.{fn}(Acme{noun}Sync.java:{n()})",
            f"\tat {p.package}.{where}.{caller}({cls}.java:{n()})",
        ]
    elif p.lang == "dotnet":
        big = fn[:1].upper() + fn[1:]
        compact = json.dumps(body, separators=(",", ":"))
        head = (
            [f"Acme.Sdk.Client.ApiException: Error calling {big}: {compact}"]
            if p.status
            else [
                f"System.Net.Http.{conn_error}: {conn_message}",
                " ---> System.IO.IOException: The response ended prematurely.",
                "   --- End of inner exception stack trace ---",
            ]
        )
        lines = [
            *head,
            f"   at Acme.Sdk.Api.{noun}Api.{big}WithHttpInfoAsync(CancellationToken"
            " cancellationToken)",
            f"   at Acme.Sdk.Api.{noun}Api.{big}Async(CancellationToken cancellationToken)",
            f"   at {p.package}.Integrations.Acme{noun}Sync.{big}Async() in"
            f" /src/{p.package}/Integrations/Acme{noun}Sync.cs:line {n()}",
            f"   at {p.package}.{where}.{caller}(CancellationToken stoppingToken) in"
            f" /src/{p.package}/{where.replace('.', '/')}.cs:line {n()}",
        ]
    elif p.lang == "ruby":
        gem = f"/usr/local/bundle/gems/acme-ruby-{version}/lib/acme"
        lines = [
            f"{api_error}: {said}" if p.status else f"{conn_error}: {conn_message}",
            f"{gem}/client.rb:{n()}:in `request'",
            f"{gem}/resources/{_snake(resource)}.rb:{n()}:in `{_snake(verb)}'",
            f"/app/app/services/acme/{_snake(resource)}_sync.rb:{n()}:in `{_snake(fn)}'",
            f"/app/{where}:{n()}:in `{caller}'",
        ]
    else:  # PHP: the exception's string, its arguments cut at 15 characters as PHP prints them
        shown = f"'{p.path[:15]}...'" if len(p.path) > 15 else f"'{p.path}'"
        lib = "/var/www/vendor/acme/acme-php/lib"
        name = where.rsplit("/", 1)[-1].removesuffix(".php")
        first = f"{api_error}: {said}" if p.status else f"{conn_error}: {conn_message}"
        lines = [
            f"Acme\\Exception\\{first} in {lib}/HttpClient.php:{n()}",
            "Stack trace:",
            f"#0 {lib}/Service/{noun}Service.php({n()}): Acme\\HttpClient->request('{p.method}',"
            f" {shown}, Array)",
            f"#1 /var/www/src/Integration/Acme/{noun}Sync.php({n()}):"
            f" Acme\\Service\\{noun}Service->{verb}(Array)",
            f"#2 /var/www/{where}({n()}): {p.package}\\Integration\\Acme\\{noun}Sync->{fn}"
            f"(Object({p.package}\\Entity\\Record))",
            f"#3 /var/www/vendor/symfony/console/Command/Command.php({n()}):"
            f" {p.package}\\Command\\{name}->{caller}(Object(Symfony\\Component\\Console\\Input"
            "\\ArgvInput), Object(Symfony\\Component\\Console\\Output\\ConsoleOutput))",
            "#4 {main}",
        ]
    return "\n".join(lines)


@dataclass(frozen=True)
class _Frame:
    """One frame of a trace as an error tracker's SDK reports it: its module (the class, the
    Python module, the Go package's import path; "" where the trace names none), its function,
    its file, its line, its source line (Python's trace prints it) and whether it is one of the
    service's own."""

    module: str
    function: str
    file: str
    line: int | None
    code: str
    own: bool


# A frame's line in each language's trace, as the generator prints them (Go's file line, under
# its function's).
_JAVA_AT = re.compile(r"\tat (?:\S+/)?([\w$.]+)\.([\w$<>]+)\(([^:)]*)(?::(\d+))?\)")
_DOTNET_AT = re.compile(r"   at ([\w.`<>]+)\.([\w`<>]+)\([^)]*\)(?: in (.+):line (\d+))?")
_ASYNC_STEP = re.compile(r"(.+)\.<(\w+)>d__\d+")  # a .NET async method's state machine
_PYTHON_AT = re.compile(r'  File "([^"]+)", line (\d+), in (\S+)')
_NODE_AT = re.compile(r"    at (\S+) \((.+):(\d+):\d+\)")
_GO_AT = re.compile(r"\t(\S+\.go):(\d+)(?: \+0x[0-9a-f]+)?")
_RUBY_AT = re.compile(r"(\S+\.rb):(\d+):in [`']([^'`]+)'")


def _trace_frames(stack: str, lang: str) -> list[_Frame]:
    """A trace's frames, innermost first, as an error tracker's SDK reports them."""
    lines = stack.split("\n")
    frames = []
    for i, line in enumerate(lines):
        if lang == "java" and (m := _JAVA_AT.fullmatch(line)):
            at = int(m[4]) if m[4] else None
            frames.append(_Frame(m[1], m[2], m[3], at, "", m[1].startswith("com.acme.")))
        elif lang == "dotnet" and (m := _DOTNET_AT.fullmatch(line)):
            module, function = m[1], m[2]
            state = _ASYNC_STEP.fullmatch(module)
            if state is not None and function == "MoveNext":  # as the SDK names it again
                module, function = state[1], state[2]
            at = int(m[4]) if m[4] else None
            frames.append(_Frame(module, function, m[3] or "", at, "", module.startswith("Acme.")))
        elif lang == "python" and (m := _PYTHON_AT.fullmatch(line)):
            after = lines[i + 1] if i + 1 < len(lines) else ""
            code = after.strip() if after.startswith("    ") else ""
            own = m[1].startswith("/app/")
            frames.append(_Frame("", m[3], m[1], int(m[2]), code, own))
        elif lang == "node" and (m := _NODE_AT.fullmatch(line)):
            frames.append(_Frame("", m[1], m[2], int(m[3]), "", m[2].startswith("/app/")))
        elif lang == "go" and i > 0 and (m := _GO_AT.fullmatch(line)):
            name = lines[i - 1].rsplit("(", 1)[0]  # the package's path, then the function
            dot = name.find(".", name.rfind("/") + 1)
            own = name.startswith("github.com/acme/")
            frames.append(_Frame(name[:dot], name[dot + 1 :], m[1], int(m[2]), "", own))
        elif lang == "ruby" and (m := _RUBY_AT.fullmatch(line)):
            own = "/app/" in m[1] and "/gems/" not in m[1]
            frames.append(_Frame("", m[3], m[1], int(m[2]), "", own))
    return frames[::-1] if lang == "python" else frames  # Python prints the innermost last


def _error_text(template: Template, group: ErrorGroup) -> str:
    """The error's message as an error tracker captures it, its values in: what the trace
    prints after the exception's type, every line of it ("" for an exception without a
    message); the log line where the trace prints none (Ruby's) or there is no trace."""
    sample = group.samples[0] if group.samples else group.template
    if not template.kind or not group.stack or template.lang == "ruby":
        return sample
    lines = group.stack.strip("\n").split("\n")
    if template.lang == "python":  # after the innermost frame and its source line
        files = [i for i, line in enumerate(lines) if line.startswith('  File "')]
        head = lines[files[-1] + 2 :] if files else lines[-1:]
    elif template.lang == "go":  # up to the blank line before the goroutine
        head = list(itertools.takewhile(bool, lines))
    else:
        head = list(itertools.takewhile(lambda line: not line.lstrip().startswith("at "), lines))
    text = "\n".join(head)
    for prefix in (f"{template.kind}: ", "panic: "):
        text = text.removeprefix(prefix)
    return "" if text == template.kind else text


def _tracker_kind(kind: str, lang: str, tool: str, text: str) -> str:
    """An exception's type as each error tracker names it: Sentry by its class's simple name
    (``NullPointerException``, ``InternalServerError`` for a nested class, ``DoesNotExist``),
    a Ruby class with its namespace, a recovered Go panic by the runtime's type of it
    (``runtime.errorString``, ``runtime.boundsError``); Rollbar a Python exception by its class's
    name alone too; New Relic a Python one as ``module:Class`` (``builtins:KeyError``,
    ``requests.exceptions:ReadTimeout``); the others as the log names it."""
    if lang == "python" and tool in ("Sentry", "Rollbar"):
        return kind.rsplit(".", 1)[-1]
    if lang == "python" and tool == "New Relic":
        parts = kind.split(".")
        at = next(i for i, part in enumerate(parts) if part[:1].isupper() and not part.isupper())
        return f"{'.'.join(parts[:at]) or 'builtins'}:{'.'.join(parts[at:])}"
    if tool != "Sentry":
        return kind
    if lang in ("java", "dotnet"):
        return kind.rsplit(".", 1)[-1].split("$")[-1]
    if kind == "panic":
        return "runtime.boundsError" if "out of range" in text else "runtime.errorString"
    return kind


def _app_file(file: str) -> str:
    """A frame's file relative to the service's code, as the trackers' SDKs report it:
    ``app/models/member.rb``, ``catalog/importer.py``, ``internal/router/router.go``,
    ``.next/server/cart/summary.js``, ``pricing/PriceEngine.cs``."""
    return re.sub(r"^.*/releases/\d+/", "", file).removeprefix("/app/").removeprefix("/src/")


def _sentry_frame(frame: _Frame, lang: str) -> str:
    """A frame as Sentry's Jira integration writes it, by its platform's template: Java's
    ``at`` line with the class, Ruby's ``file:line:in `function'``, else its default one, the file
    (a .NET frame's module), the line and the function, and Python's source line under it."""
    if lang == "java":
        return f"    at {frame.module}.{frame.function}({frame.file}:{frame.line})"
    if lang == "ruby":
        return f"  {_app_file(frame.file)}:{frame.line}:in `{frame.function}'"
    if lang == "dotnet":
        place = f'Module "{frame.module}"'
    else:
        place = f'File "{_app_file(frame.file) if lang == "python" else frame.file}"'
    text = f"  {place}, line {frame.line}, in {frame.function}"
    return f"{text}\n    {frame.code}" if frame.code else text


def _sentry_event(kind: str, text: str, frames: Sequence[_Frame], lang: str) -> str:
    """An exception as Sentry's Jira integration writes it into the description: the type and
    the value, then at most five of the service's own frames (of all, where none is), in the
    platform's order (Python's oldest first, the others' newest first), and how many it left
    out."""
    shown = [_sentry_frame(frame, lang) for frame in ([f for f in frames if f.own] or frames)[:5]]
    left = len(frames) - 5
    cut = [f"({left} additional frame(s) were not displayed)", "..."] if left > 0 else []
    lines = [*cut, *shown[::-1]] if lang == "python" else [*shown, *cut[::-1]]
    return "\n".join([f"{kind}: {text}" if text else kind, *lines])


def _bugsnag_frame(frame: _Frame, lang: str) -> str:
    """A frame in the project as Bugsnag's Jira integration lists it, ``file:line - method``:
    the file relative to the project (a Java class's file alone), the method qualified as the
    language's notifier qualifies it (``com.acme.billing.InvoiceCalculator.sumLines``,
    ``router.(*Router).resolve``, ``parse_row``)."""
    method = frame.function
    if lang in ("java", "dotnet"):
        method = f"{frame.module}.{frame.function}"
    elif lang == "go":
        method = f"{frame.module.rsplit('/', 1)[-1]}.{frame.function}"
    return f"{_app_file(frame.file)}:{frame.line} - {method}"


def _context(template: Template) -> str:
    """Where an error tracker says an error happened, besides its frames, as Bugsnag's context
    names it: the request's route (``POST /api/billing/invoices/{id}/close``), a Rails
    controller's action (``redemptions#create``); else the job (``catalog.tasks.run``,
    ``PointsJob``, ``ReportJob``), else the trace's outermost function."""
    route = _web_route(template)
    if route is not None:
        return route[2] if template.lang == "ruby" and route[2] else route[0]
    return _job(template) or _owner_name(template.frames[-1], template.lang)


def _transaction(template: Template) -> str:
    """The transaction New Relic's agent records an error in: a web transaction named for the
    route (``WebTransaction/SpringController/api/billing/invoices/{id}/close (POST)``) or the
    Rails action (``WebTransaction/Controller/redemptions/create``); else another kind of
    transaction, named for the job or the outermost function
    (``OtherTransaction/Celery/catalog.tasks.run``)."""
    web, other = _TRANSACTIONS[template.lang]
    context = _context(template)
    if _web_route(template) is None:
        return f"OtherTransaction/{other}/{context}"
    if "#" in context:  # a Rails action
        return f"WebTransaction/{web}/{context.replace('#', '/')}"
    method, path = context.split(" ", 1)
    return f"WebTransaction/{web}{path} ({method})"


def _short_id(number: int) -> str:
    """The part of a Sentry issue's short id after its project's slug: its number in base 32."""
    digits = ""
    while True:
        number, digit = divmod(number, 32)
        digits = _SHORT_ID[digit] + digits
        if not number:
            return digits


def _uuid(rng: random.Random) -> str:
    text = f"{rng.getrandbits(128):032x}"
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


def _first_line(text: str, limit: int | None = None) -> str:
    """A message's first line, as a tracker puts it in a title, cut at ``limit`` characters as
    Sentry cuts it."""
    line = text.split("\n", 1)[0]
    return line if limit is None or len(line) <= limit else line[: limit - 3] + "..."


@dataclass(frozen=True)
class _Tracked:
    """An issue of another error tracker, as its Jira integration filed it for the thirtythird
    style's team before Dogcatcher: the tracker, the title and the description it wrote, the
    issue's link as a note names it, the label the team had the integration add, and the release
    the tracker saw the error in."""

    tool: str
    title: str
    body: str
    ref: str
    label: str
    version: str


def _tracked(template: Template, group: ErrorGroup, evidence: str, rng: random.Random) -> _Tracked:
    """The issue one of the team's error trackers (one per ticket) opened for ``group``'s error,
    and the ticket its "Create Jira issue" integration filed from it: the tracker's title, its
    link back, its fields, and by the ticket's evidence, the event's message (``log``) or its trace
    (``stack``), each as the tracker renders them; ``thin`` has neither (Bugsnag's always has the
    message under the exception)."""
    svc, lang, kind = template.service, template.lang, template.kind
    tool = rng.choice(_TRACKERS if kind else _MESSAGE_TRACKERS)
    slug, project, app, entity = _TRACKED_AS[svc]
    version = f"{rng.randint(1, 4)}.{rng.randint(0, 40)}.{rng.randint(0, 12)}"
    env = group.envs[0] if group.envs else "production"
    text = _error_text(template, group)
    sample = group.samples[0] if group.samples else group.template
    stack = (group.stack or "").strip("\n")
    frames = _trace_frames(stack, lang)
    shown = _tracker_kind(kind, lang, tool, text) if kind else ""
    title = ": ".join(filter(None, (shown, _first_line(text, 100 if tool == "Sentry" else None))))
    first, last = (f"{at:%Y-%m-%d %H:%M} UTC" for at in (group.first_seen, group.last_seen))
    total = group.count * rng.randint(2, 12)  # since the tracker first saw it
    lines: list[str] = []
    if tool == "Sentry":
        number = rng.randint(4_100_000_000, 6_900_000_000)
        link = rng.choice(
            (
                f"https://acme.sentry.io/issues/{number}/?referrer=jira_integration",
                f"https://sentry.io/organizations/acme/issues/{number}/?referrer=jira_integration",
                f"https://sentry.io/acme/{slug}/issues/{number}/",
            )
        )
        ref = f"[{slug.upper()}-{_short_id(rng.randint(40, 9000))}|{link}]"
        lines = [f"Sentry Issue: {ref}", ""]
        if evidence == "stack":
            lines.append(_fenced(_sentry_event(shown, text, frames, lang), 32, tool))
        elif evidence == "log":
            lines.append(_fenced(sample, 32, tool))
        else:
            lines += [f"culprit: {_culprit(template)}"] if template.frames else []
            host = f" | server_name: {group.hosts[0]}" if group.hosts else ""
            lines.append(f"environment: {env} | release: {slug}@{version}{host}")
    elif tool == "Rollbar":
        number = rng.randint(40, 2400)
        link = f"https://rollbar.com/acme/{project}/items/{number}/"
        if rng.random() < 0.5:  # the integration's title prefix, before the team dropped it
            title = f"[Rollbar] {title}"
        ref = f"[item #{number}|{link}]"
        framework = _SERVICE_FRAMEWORKS.get(svc, _FRAMEWORKS[lang])
        lines = [
            f"Rollbar item #{number} in {project}: {link}",
            f"Occurred {total} times, first {first}, last {last}",
            f"Environment: {env} | Framework: {framework} | Level: error",
        ]
        if evidence == "stack":  # Ruby's trace prints no error line: Rollbar heads it with one
            trace = _issue_frames(stack, lang)
            if lang == "ruby":
                trace = f"{kind}: {text}\n{trace}"
            lines += ["", _fenced(trace, 32, tool)]
        elif evidence == "log":
            lines += ["", _fenced(sample, 32, tool)]
    elif tool == "Bugsnag":
        context = _context(template)
        error = f"{rng.getrandbits(96):024x}"
        link = f"https://app.bugsnag.com/acme/{re.sub(r'[^a-z]+', '-', app.lower()).strip('-')}"
        link += f"/errors/{error}?event_id={rng.getrandbits(96):024x}"
        title = f"{kind} in {context}"
        if rng.random() < 0.5:
            title = f"[Bugsnag] {title}"
        ref = f"[an error|{link}]"
        lines = [f"h1. New error in {app}", f"*{kind}* in *{context}*"]
        lines += [text] if text else []  # its message, under the exception
        lines.append(f"[View on Bugsnag|{link}]")
        if evidence == "stack":
            listing = [_bugsnag_frame(frame, lang) for frame in frames if frame.own]
            lines += ["h1. Stacktrace", _fenced("\n".join(listing), 32, tool)]
            lines.append(f"[View full stacktrace|{link}]")
    elif tool == "Datadog":
        link = f"https://app.datadoghq.com/apm/error-tracking/issue/{_uuid(rng)}"
        named = ": ".join(filter(None, (kind, _first_line(text))))
        title = rng.choice((f"[Error Tracking] {named}", f"{kind} in {svc}"))
        ref = f"[an issue|{link}]"
        lines = [
            f"*Error Tracking issue:* {link}",
            f"*Service:* {svc} | *Env:* {env} | *Version:* {version}",
            f"*First seen:* {first} | *Last seen:* {last}",
        ]
        if evidence == "stack":
            lines += ["*Stack trace:*", _fenced(stack, 32, tool)]
        elif evidence == "log":
            lines.append(f"*Message:* {sample}")
    else:  # New Relic's errors inbox: the error group, its entity's GUID-style id
        account = rng.randint(1_000_000, 4_999_999)
        guid = base64.b64encode(f"{account}|ERT|ERR_GROUP|{_uuid(rng)}".encode()).decode()
        link = f"https://one.newrelic.com/errors-inbox/error-group/{guid.rstrip('=')}"
        ref = f"[an error group|{link}]"
        message_head, stack_head = _EVIDENCE_HEADS[32]
        lines = [
            f"*Error group:* [{shown}|{link}]",
            f"*Entity:* {entity} (APM, {env})",
            f"*Transaction:* {_transaction(template)}",
            f"*Occurrences:* {total} (first seen {first}, last seen {last})",
        ]
        if evidence == "stack":
            lines += [stack_head, _fenced(_stack_excerpt(stack, lang), 32, tool)]
        elif evidence == "log":
            lines += [message_head, _fenced(sample, 32, tool)]
    return _Tracked(tool, title, "\n".join(lines), ref, _TRACKER_LABELS[tool], version)


@dataclass(frozen=True)
class _Thread:
    """A Slack incident thread, as Jira Cloud's "Create issue" message action and the Jira Slack
    app's thread export put it in a ticket for the thirtyfourth style's people: the channel, the
    service's on-call group's handle, the link to the message the issue was created from, the
    line Jira heads the description with, and the thread's messages in order, each headed by its
    poster's name and time as Jira renders them (``*jess* 10:43 AM:``): the alerting bot's, the
    acks and a detour, and the link to the code, whole; the opener's, the one who names the code,
    the one who pastes the error and the one who closes the thread, headed only (the ticket's own
    draws word them); and the fence the export keeps around what is pasted."""

    room: str
    oncall: str
    url: str
    head: str
    alert: str
    opener: str
    chatter: tuple[str, ...]
    namer: str
    link: str
    paster: str
    closer: str
    fence: str


def _clock(at: datetime) -> str:
    """A time as Slack shows it beside a message: ``9:05 AM``, ``2:41 PM``."""
    return f"{(at.hour - 1) % 12 + 1}:{at.minute:02d} {'AM' if at.hour < 12 else 'PM'}"


def _incident(template: Template, group: ErrorGroup, rng: random.Random) -> _Thread:
    """The Slack thread in which people ran into ``group``'s error, a few minutes apart, and from
    which one of them created the ticket: some of the time the alerting bot's message first, then
    the opener's, one or two acks, some of the time a detour, the message naming the code and,
    where the trace has a line, some of the time its link on the code host."""
    svc = template.service
    room = rng.choice((f"#inc-{svc}", f"#{svc}-oncall", "#incidents", f"#team-{svc}"))
    oncall = f"@oncall-{svc}"
    opener, namer, helper, closer = rng.sample(_SLACK_NAMES, 4)
    span = int((group.last_seen - group.first_seen).total_seconds())
    clock = [group.first_seen + timedelta(seconds=rng.randint(0, span))]  # while it went on

    def said(name: str) -> str:  # the next message's head, a little after the last one's
        clock[0] += timedelta(minutes=rng.randint(0, 6), seconds=rng.randint(0, 59))
        return f"*{name}* {_clock(clock[0])}:"

    alert = ""
    if rng.random() < 0.45:
        bot, shape = rng.choice(_ALERTS)
        title = shape.format(
            svc=svc, pct=rng.choice((1, 2, 5)), num=rng.randint(1200, 98000), oncall=oncall
        )
        alert = f"{said(bot)} {title}"
    first = said(opener)
    channel = random.Random(f"slack/{room}").choices(_SHORT_ID, k=9)  # one id a channel
    url = f"https://acme.slack.com/archives/C0{''.join(channel)}"
    url += f"/p{int(clock[0].timestamp())}{rng.randint(0, 999999):06d}"
    chatter = [
        f"{said(name)} {rng.choice(_ACKS)}"
        for name in rng.sample((namer, helper, closer), rng.randint(1, 2))
    ]
    if rng.random() < 0.55:
        guess, answer = rng.choice(_DETOURS)
        other = rng.choice([name for name in _NEIGHBOURS if name != svc])
        chatter.append(f"{said(helper)} {guess.format(other=other, svc=svc)}")
        if answer:
            chatter.append(f"{said(namer)} {answer.format(other=other, svc=svc)}")
    naming = said(namer)
    top = group.top_frames[0] if group.top_frames and template.frames else None
    link = ""
    if top is not None and top.line is not None and rng.random() < 0.35:
        code = f"https://github.com/acme/{svc}/blob/main/{_repo_path(top, template.lang)}"
        link = f"{said(namer)} {rng.choice(_CODE_LINKS).format(link=f'{code}#L{top.line}')}"
    paster = said(rng.choice((namer, helper)))
    closing = said(rng.choice((opener, closer)))
    creator = rng.choice((opener, namer))
    head = rng.choice(
        (
            "Created from Slack by {name}: {url}",
            "Created from Slack by {name} in {room}: {url}",
            "Created from Slack by {name}. Thread: {url}",
        )
    )
    return _Thread(
        room=room,
        oncall=oncall,
        url=url,
        head=head.format(name=creator, url=url, room=room),
        alert=alert,
        opener=first,
        chatter=tuple(chatter),
        namer=naming,
        link=link,
        paster=paster,
        closer=closing,
        fence=rng.choice(("```", "```", "{code}")),
    )


# The words the thirtysecond style's person's writing assistant leaves in lower case in a title it
# writes in Title Case: articles, conjunctions, short prepositions.
_SMALL_WORDS = frozenset(
    "a an and as at but by for from in into nor of on or per the to via".split()
)
_PLAIN_WORD = re.compile(r"(\(?)([A-Za-z][a-z'-]*)([,:;)]?)")


def _title_case(title: str) -> str:
    """A title in Title Case, as the thirtysecond style's person's writing assistant writes some:
    each plain word capitalized, each part of a hyphenated one too (``Mid-Job``, ``Error-Level``,
    ``Add-to-Cart``), but the small ones (articles, conjunctions, short prepositions), unless they
    start the title, what follows a colon or a dash, or a hyphenated word; code spans, names,
    codes, numbers and quoted values kept as they are."""
    words: list[str] = []
    code = False
    for word in title.split(" "):
        plain = None if code else _PLAIN_WORD.fullmatch(word)
        if plain is not None:
            start = not words or words[-1].endswith(":") or words[-1] == "\u2014"
            parts = plain[2].split("-")
            parts = [
                part
                if part in _SMALL_WORDS and (i > 0 or (len(parts) == 1 and not start))
                else part[:1].upper() + part[1:]
                for i, part in enumerate(parts)
            ]
            word = f"{plain[1]}{'-'.join(parts)}{plain[3]}"
        code ^= word.count("`") % 2 == 1
        words.append(word)
    return " ".join(words)


def _headings(text: str) -> str:
    """Bold labels on lines of their own (``**Impact**``) as markdown headings (``### Impact``),
    as the thirtysecond style's person's writing assistant sets some tickets' sections."""
    return re.sub(r"^\*\*([^*\n]+)\*\*$", r"### \1", text, flags=re.M)


def _misheard(text: str, rng: random.Random, chance: float) -> str:
    """``text`` as the thirtyfifth style's person's dictation app wrote it: each word it gets wrong
    some of the time (see ``_MISHEARD``) written as it heard it, with ``chance``."""

    def heard(match: re.Match[str]) -> str:
        return rng.choice(_MISHEARD[match[1]]) if rng.random() < chance else match[1]

    return _MISHEARD_WORD.sub(heard, text)


def _hesitant(text: str, rng: random.Random) -> str:
    """``text`` with, some of the time, a filler the dictation app kept after a "so", an "and"
    or a "but" (``so um``, ``and like``)."""
    spots = [m.end() for m in re.finditer(r"\b(?:so|and|but) ", text)]
    if spots and rng.random() < 0.3:
        at = rng.choice(spots)
        text = f"{text[:at]}{rng.choice(('um ', 'uh ', 'like '))}{text[at:]}"
    return text


def _dictated(text: str) -> str:
    """``text`` with the capitals a dictation app puts at the start of each sentence: on a plain
    lower-case first word, never on a name the person fixed up (``getTotal()``)."""
    return re.sub(
        r"(^|[.?!] )([a-z]+)(?=[\s,']|$)", lambda m: m[1] + m[2].capitalize(), text, flags=re.M
    )


def _said_date(at: datetime, rng: random.Random) -> str:
    """A day as the thirtyfifth style's person says it: the weekday, or the month and the day
    (``Tuesday``, ``November 3rd``)."""
    if rng.random() < 0.4:
        return f"{at:%A}"
    suffix = "th" if 10 < at.day % 100 < 14 else {1: "st", 2: "nd", 3: "rd"}.get(at.day % 10, "th")
    return f"{at:%B} {at.day}{suffix}"


@dataclass(frozen=True)
class _Filed:
    """A ticket before it has a key: what it is about, and how it came to be."""

    error: str
    summary: str
    description: str
    labels: tuple[str, ...]
    priority: str
    fingerprint: str
    created_at: datetime
    updated_at: datetime
    occurrences: int
    last_seen: datetime | None
    comments: tuple[Comment, ...]


def _own_ticket(group: ErrorGroup, settings: Settings, rng: random.Random, error: str) -> _Filed:
    """The ticket Dogcatcher itself files for ``group``, told about a few later runs."""
    analysis = RuleAnalyzer().analyze(group)
    draft = draft_ticket(group, analysis, settings)
    created = group.last_seen + timedelta(minutes=rng.randint(5, 90))
    comments = []
    for _ in range(rng.choice((0, 0, 1, 2))):
        at = created + timedelta(hours=rng.randint(2, 60))
        comments.append(
            Comment(created_at=min(at, WINDOW_START), body=render_occurrence_comment(group))
        )
    updated = max((c.created_at for c in comments), default=created)
    return _Filed(
        error=error,
        summary=draft.summary,
        description=draft.description,
        labels=draft.labels,
        priority=draft.priority,
        fingerprint=group.fingerprint,
        created_at=created,
        updated_at=updated,
        occurrences=group.count,
        last_seen=group.last_seen,
        comments=tuple(comments),
    )


def _people_ticket(
    group: ErrorGroup,
    template: Template,
    evidence: str,
    settings: Settings,
    rng: random.Random,
    style: int,
) -> _Filed:
    """A ticket a person filed, or rewrote from Dogcatcher's, about ``group``'s error."""
    svc = template.service
    gist = _gist(template.id, style)
    exc = _short_kind(template.kind) if template.kind else ""
    where = _where(template, style) if template.frames else ""
    # The twelfth style's person, on a phone, half the time copies the trace's top line
    # rather than type a name (no other style draws here).
    top = group.top_frames[0] if style == 11 and where and group.top_frames else None
    if top is not None and top.line is not None and rng.random() < 0.5:
        where = _top_line(top)
    # The thirteenth style's person, a manager, names the site as the engineer they asked
    # put it: in words (see _where), or the file, or the call (no other style draws here).
    if style == 12 and where:
        pick = rng.random()
        if pick < 1 / 3:
            where = _source_file(template)
        elif pick < 1 / 3 + 1 / 5:
            where = f"{template.frames[0].split(':', 1)[1].rsplit('.', 1)[-1]}()"
    # The fourteenth style's person, new to the code, links the trace's top frame as their
    # code browser shows it, or says what the code there does, or both (no other style
    # draws here).
    if style == 13 and where and group.top_frames:
        link = _code_link(group.top_frames[0], template.lang)
        pick = rng.random()
        if pick < 0.5:
            where = link
        elif pick < 0.75:
            where = f"{where} ({link})"
    # The fifteenth style's person, where the trace runs under a batch job, mostly names the
    # step of the job that failed rather than the code (no other style draws here).
    job = _job(template) if style == 14 and where else None
    if job is not None:
        pick = rng.random()
        if pick < 0.4:
            where = f"step {_step(template)} of the {job} job"
        elif pick < 0.7:
            where = f"{job} job, step {_step(template)}"
    # The sixteenth style's person, passing on what the backend dev showed them, gives the
    # trace's top frame as its file and line instead of the name, or the line after the name
    # (no other style draws here).
    if style == 15 and where and group.top_frames and group.top_frames[0].line is not None:
        frame = group.top_frames[0]
        at = f"{(frame.file or frame.function).rsplit('/', 1)[-1]} line {frame.line}"
        pick = rng.random()
        if pick < 0.3:
            where = at
        elif pick < 0.45:
            where = f"{where}, line {frame.line}"
    # The seventeenth style's person, who owns the code, adds the caller the trace shows, or
    # gives the trace's top frame as its file and line, or the line after the name (no other
    # style draws here).
    if style == 16 and where:
        innermost = group.top_frames[0] if group.top_frames else None
        at_line = innermost.line if innermost is not None else None
        caller = _owner_caller(template)
        pick = rng.random()
        if pick < 0.3 and caller:
            where = f"{where} <- {caller}"
        elif 0.3 <= pick < 0.55 and innermost is not None and at_line is not None:
            where = _top_line(innermost)
        elif 0.55 <= pick < 0.7 and at_line is not None:
            where = f"{where} (L{at_line})"
    # The eighteenth style's person, reviewing for compliance, a quarter of the time names
    # the component alone, not its function (no other style draws here).
    if style == 17 and where and rng.random() < 0.25:
        where = _asset_name(template, component_only=True)
    # The nineteenth style's person, copying from the canary's error view, a third of the
    # time takes the trace's top line along with the file (no other style draws here).
    top_line = group.top_frames[0].line if style == 18 and group.top_frames else None
    if style == 18 and where and top_line is not None and rng.random() < 0.35:
        where = f"{where[:-1]}:{top_line}]"
    # The twentieth style's person, escalating a customer's support case, names the case and
    # the customer, and copies the site from the case's support bundle: some of the time with
    # the bundle's service section in front, or the trace's line after it (no other style
    # draws here).
    case = customer = ""
    if style == 19:
        case = f"{rng.randint(410000, 489999):08d}"
        customer = rng.choice(_CUSTOMERS)
        at_line = group.top_frames[0].line if group.top_frames else None
        pick = rng.random() if where else 1.0
        if pick < 0.3:
            where = f"{svc} \u203a {where}"
        elif pick < 0.5 and at_line is not None:
            where = f"{where} \u203a line {at_line}"
    # The twentyfirst style's person, a DBA, names the statement the site sends where it sends
    # one, alone or with the query tag after it as its trailing comment, or copies the tag
    # with its comment delimiters (no other style draws here).
    if style == 20 and where:
        statement = _STATEMENTS.get(template.frames[0])
        pick = rng.random()
        if statement is not None and pick < 0.5:
            where = f"{statement} /*{where}*/" if pick < 0.35 else statement
        elif pick >= 0.75:
            where = f"/*{where}*/"
    # The twentysecond style's person, an observability engineer, some of the time puts the
    # service's resource attribute in the span's selector, or names the trace's root span
    # after it (no other style draws here).
    if style == 21 and where:
        span, root = _span_name(template), _span_name(template, outermost=True)
        pick = rng.random()
        if pick < 0.35:
            where = f'{{resource.service.name="{svc}" && name="{span}"}}'
        elif pick < 0.6 and root != span:
            where = f"{where} under root span {root}"
    # The twentyfourth style's person, a frontend engineer, names the route the browser sent,
    # the operationId or the handler, or the function the backend team linked, and tells the
    # failing request and what came back: in a sentence, or, with a log or a trace, as copied
    # out of DevTools (no other style draws here). The failing request is the note's second
    # line; the twentyfifth style's is how often the error shows up.
    second, pasted = "", list[str]()
    if style == 23:
        where, second, pasted = _from_browser(template, evidence, where, rng)
    # The twentyfifth style's person, on the platform team, reads the error in the container
    # logs of the workload's pods through kubectl: they name the code as the app's logger
    # reports it, the logger, the caller field or the trace's first app frame, and say on how
    # many of the pods it shows up and how often (no other style draws here).
    workload = _workload(template, group, rng) if style == 24 else None
    site: dict[str, str] = {}
    if workload is not None:
        if where:
            where, site = _log_site(template, group, rng)
        replicas = len(workload.pods)
        second = rng.choice(_RATES).format(
            count=group.count, pods=rng.randint(1, replicas), replicas=replicas
        )
    # The twentysixth style's person, a product manager, names the code only as the engineer
    # put it in Slack, some of the time the innermost function as "the ... thing", and a third
    # of the time none at all; they say who is hit, how many, and the priority they give it,
    # and add what their BI tool or a screenshot shows (no other style draws here). The impact
    # is the note's second line.
    area = priority = ""
    if style == 25:
        area, unit, _ = _PRODUCT[svc]
        pick = rng.random()
        if pick < 1 / 3:
            where = ""
        elif pick < 1 / 3 + 1 / 5 and where:
            where = f"the {template.frames[0].split(':', 1)[1].rsplit('.', 1)[-1]} thing"
        priority, why = rng.choice(_PRIORITIES)
        affected = rng.randint(max(2, group.count // 4), max(2, group.count))
        second = rng.choice(_IMPACTS).format(
            count=affected, unit=unit, date=f"{group.first_seen:%b %d}", priority=priority, why=why
        )
        if evidence != "rewritten":
            pasted = _product_context(template, group, affected, rng)
    # The twentyseventh style's person, a QA engineer, files from a failed test run: the test,
    # its CI job and run, what the runner reported; they name the site as the report shows it,
    # the request the test sent or, a third of the time and where no one request reaches the
    # code, the innermost frame of the server trace the harness attached, and half the time
    # write the exception's type as the server log prints it, qualified (no other style draws
    # here).
    qa = _qa_run(template, rng) if style == 26 else None
    if qa is not None:
        line = _frame_line(group, template.lang)
        if where and qa.request and (rng.random() < 0.7 or not line):
            where = qa.request
        elif where and line:
            where = line
        if exc and rng.random() < 0.5:
            exc = template.kind
    # The twentyeighth style's person, a data engineer, meets the error through their pipeline:
    # the DAG, the task that calls the service or waits on it, the model it feeds and what
    # reached it; they name the site second-hand, the URL their task called, the service's
    # endpoint or function, or the file and line in its logs (no other style draws here). What
    # reached the model is the note's second line.
    pipe = _pipeline_run(template, group, rng) if style == 27 else None
    if pipe is not None:
        top = group.top_frames[0] if group.top_frames else None
        pick = rng.random()
        if where and pipe.routed and pick < 0.55:
            where = pipe.call
        elif where and not pipe.routed and pick < 0.4 and top is not None and top.line:
            where = f"{_top_line(top)} in {svc}"
        second = pipe.rows
    # The twentyninth style's person, a performance engineer, meets the error in a load test
    # against staging: the tool and the scenario, the load, the thresholds, the request that
    # failed and how many of it; they name the site second-hand, as the tool names the request or,
    # some of the time, as the frame with its line of the service's log they pulled for the run
    # window (no other style draws here). The run is the note's second part.
    load = _load_run(template, rng) if style == 28 else None
    if load is not None:
        top = group.top_frames[0] if group.top_frames else None
        routed = _web_route(template) is not None
        chance = 0.35 if routed else 0.5
        if where and top is not None and top.line is not None and rng.random() < chance:
            where = f"{_owner_name(template.frames[0], template.lang)} ({_top_line(top)})"
        second = load.lines
    # The thirtieth style's person, a partner's integration developer, knows the error from their
    # side of the public API: the SDK call that fails and the SDK's exception wrapping the API's
    # answer, or, where nothing they call fails, neither; our code only as support told them (no
    # other style draws here). Their environment, SDK, request id and what the docs made them
    # expect are the note's second part.
    partner = _partner_call(template, rng) if style == 29 else None
    if partner is not None:
        where, exc, second = partner.call, partner.error, partner.lines
    # The thirtyfirst style's person, a backend engineer on an offshore team, some of the time
    # puts the line the trace shows after the name, or names the class or the file alone (no
    # other style draws here).
    if style == 30 and where:
        innermost = group.top_frames[0] if group.top_frames else None
        pick = rng.random()
        if pick < 0.25 and innermost is not None and innermost.line is not None:
            where = f"{where} (line {innermost.line})"
        elif 0.25 <= pick < 0.4:
            where = _spoken_name(template, owner_only=True)
    # The thirtysecond style's person's writing assistant some of the time puts the trace's top
    # frame after the name, as its file and line in a code span (no other style draws here).
    top = group.top_frames[0] if style == 31 and where and group.top_frames else None
    if top is not None and top.line is not None and rng.random() < 0.3:
        where = f"{where} (`{_top_line(top)}`)"
    # The thirtythird style's tickets were filed by the team's error trackers' Jira integrations:
    # one tracker per ticket wrote its title and description, which the person edits (no other
    # style draws here); the tracker's issue draws from a stream of its own, seeded from the
    # ticket's.
    tracked = None
    if style == 32:
        tracked = _tracked(template, group, evidence, random.Random(rng.getrandbits(64)))
    # The thirtyfourth style's tickets were created from a Slack incident thread, which Jira put
    # in the description: the people in it, when each spoke, the bot's alert, their acks and
    # detours, and the code's link (no other style draws here); the thread draws from a stream of
    # its own, seeded from the ticket's.
    thread = None
    if style == 33:
        thread = _incident(template, group, random.Random(rng.getrandbits(64)))
    # The thirtyfifth style's person dictates the ticket into their phone: they name the code as
    # they said it, in words, or, some of the time, as they fixed it up afterwards, and the
    # exception too, with its article where a sentence needs one; what they paste in a later
    # edit, at a laptop, goes in a fence, a {noformat} block or as it is (no other style draws
    # here).
    aexc = fence = ""
    if style == 34:
        if where:
            pick = rng.random()
            forms = ((0.2, "fixed"), (0.5, "dot"), (0.6, "period"), (0.85, "on"), (1.0, "bare"))
            where = _dictated_name(template, next(form for edge, form in forms if pick < edge))
        if exc:
            spoken = _said_kind(exc)
            noun = spoken  # said with a noun after it: a record not found error
            if not spoken.endswith(("error", "exception", "panic", "timeout")):
                noun = f"{spoken} error"
            if rng.random() < 0.7:
                exc, aexc = spoken, f"{_article(noun)} {noun}"
            else:  # as they fixed it up afterwards
                aexc = f"{_article(spoken)} {exc}"
        fence = rng.choice(("```", "```", "noformat", ""))
    # The names the summaries and openings take besides the gist: the service, the support case
    # and its customer (the twentieth style's), the workload and its container (the
    # twentyfifth's), the product area and the priority (the twentysixth's), the kind of suite,
    # the spec, the test and the CI job (the twentyseventh's), the DAG, the task and the model
    # (the twentyeighth's), the tool, the scenario, the load and what failed (the
    # twentyninth's), the partner and their environment (the thirtieth's); the thirtyfirst's take
    # none of their own, and the thirtysecond's only the gist capitalized, to open a sentence or a
    # section with; the thirtythird's the title the error tracker wrote, the tracker, and the
    # release it saw the error in; the thirtyfourth's the incident thread's Slack channel and the
    # on-call group its opener calls; the thirtyfifth's the exception with its article, as said,
    # and their short title.
    names = {
        "Gist": gist[:1].upper() + gist[1:],
        "Svc": svc.capitalize(),
        "svc": svc,
        "case": case,
        "customer": customer,
        "workload": workload.ref if workload is not None else "",
        "container": workload.container if workload is not None else "",
        "area": area,
        "priority": priority,
        "tag": qa.tag if qa is not None else "",
        "spec": qa.spec if qa is not None else "",
        "test": qa.test if qa is not None else "",
        "job": qa.job if qa is not None else "",
        "dag": pipe.dag if pipe is not None else "",
        "task": pipe.task if pipe is not None else "",
        "model": pipe.model if pipe is not None else "",
        "tool": load.tool if load is not None else "",
        "scenario": load.scenario if load is not None else "",
        "load": load.load if load is not None else "",
        "failed": load.headline if load is not None else "",
        "partner": partner.company if partner is not None else "",
        "env": partner.env if partner is not None else "",
        "title": tracked.title if tracked is not None else "",
        "tracker": tracked.tool if tracked is not None else "",
        "version": tracked.version if tracked is not None else "",
        "room": thread.room if thread is not None else "",
        "oncall": thread.oncall if thread is not None else "",
        "aexc": aexc,
        "short": _SAID_TITLES[_base(template.id)] if style == 34 else "",
    }
    # The twentythird style's person, a developer filing from the code host, links the trace's
    # top frame as the file in the service's repository with its line, or the lines around
    # it, as the anchor, some of the time as a permalink to a commit; the link alone or after
    # the code span, and in the title the path, never the permalink (no other style draws
    # here).
    title_where = where
    if style == 22 and where and group.top_frames:
        frame = group.top_frames[0]
        path = _repo_path(frame, template.lang)
        if frame.line is not None and rng.random() < 0.25:
            first = max(1, frame.line - rng.randint(1, 4))
            path += f"#L{first}-L{frame.line + rng.randint(1, 6)}"
        elif frame.line is not None:
            path += f"#L{frame.line}"
        link = path
        if rng.random() < 0.3:
            link = f"https://github.com/acme/{svc}/blob/{rng.getrandbits(160):040x}/{path}"
        pick = rng.random()
        if pick < 0.35:
            where, title_where = link, path
        elif pick < 0.6:
            where, title_where = f"{where} ({link})", f"{where} ({path})"
    # The thirtythird style's person keeps no title of a tracker's that is an earlier person's
    # wording (see _WORN): their own words only.
    worn = tracked is not None and template.id in _WORN
    if exc and where:
        # Some people shorten the exception's name in a title; the thirtysecond style's person's
        # writing assistant never does (the draw is made all the same).
        shortened = rng.random() < 0.4 and style != 31
        shown = _ABBREVIATIONS.get(exc, exc) if shortened else exc
        shapes = [shape for shape in _SUMMARIES[style] if not worn or "{title}" not in shape]
        summary = rng.choice(shapes).format(**names, exc=shown, where=title_where, gist=gist)
        what = rng.choice(_WHATS[style]).format(**names, exc=exc, where=where, gist=gist)
    else:
        shapes = [shape for shape in _LOG_SUMMARIES[style] if not worn or "{title}" not in shape]
        summary = rng.choice(shapes).format(**names, gist=gist)
        what = rng.choice(_LOG_WHATS[style]).format(**names, gist=gist)
    if summary.startswith(gist):
        summary = summary[0].upper() + summary[1:]
    # Some people type a title all in lower case; the twentythird style's person, naming code,
    # the twentyfourth's, naming routes and operations, the twentyfifth's, naming workloads
    # and loggers, the twentysixth's, naming product areas, the twentyseventh's, naming tests,
    # the twentyeighth's, naming DAGs and tasks, the twentyninth's, naming scenarios and
    # requests, the thirtieth's, naming their company and SDK calls, the thirtyfirst's, naming
    # classes, methods and exceptions, the thirtysecond's, whose writing assistant titles it, and
    # the thirtythird's, editing what an error tracker titled, and the thirtyfifth's, whose
    # dictation app capitalizes the first word, keep its case (the draw is made all the same, so no
    # other style's stream moves); the thirtysecond's assistant writes some titles in Title Case,
    # and the thirtyfifth's dictation app mishears some words, and ends some titles on a period
    # (no other style draws here).
    if rng.random() < 0.15 and style not in (22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 34):
        summary = summary.lower()
    if style == 31 and rng.random() < 0.35:
        summary = _title_case(summary)
    slips = 0.0  # how often the thirtyfifth's dictation app mishears a word it can mishear
    if style == 34:
        slips = rng.choice((0.0, 0.3, 0.6))
        summary = _dictated(_misheard(summary, rng, slips))
        if rng.random() < 0.2:
            summary += "."
    date = f"{group.first_seen:%b %d}"
    if style == 34:  # as they say it
        date = _said_date(group.first_seen, rng)
    opening = rng.choice(_OPENINGS[style]).format(**names, date=date)
    aside = rng.choice(_ASIDES[style])
    if workload is not None:  # the rollout and the node they checked
        aside = aside.format(rs=workload.replica_set, node=workload.node)
    if partner is not None:  # what support told them of our side goes before their aside
        aside = " ".join(filter(None, (partner.support, aside)))
    # The twentythird style's person names the commit and the pull request they suspect, and
    # some of the time ends on a checklist: the error's own item, then a few of their usual
    # ones (no other style draws here).
    checklist = ""
    if style == 23:  # the request id of a failing request, from its response headers
        aside = aside.format(rid=f"{rng.getrandbits(64):016x}")
    if style == 22:
        aside = aside.format(sha=f"{rng.getrandbits(28):07x}", pr=rng.randint(1200, 4800))
        if rng.random() < 0.5:
            items = (_TODOS[_base(template.id)], *rng.sample(_CHECKS, rng.randint(0, 2)))
            checklist = "\n".join(f"- [ ] {item}" for item in items)
    # The eleventh style's person writes the parts on lines of their own (steps, expected,
    # actual); the thirteenth's puts the impact first, then where it came up, and ends on
    # the question, after any evidence; the seventeenth's puts the likely cause first, then
    # since when, and the fix on a line of its own; the nineteenth's writes each as a Jira
    # bullet, the evidence too (its head a bullet, its lines nested bullets); the twentieth's
    # puts the case first, then the customer's words quoted, then engineering's reading, each
    # on a line of its own; the twentyfirst's puts their reading first, on a line of its own,
    # then since when, and any aside; the twentysecond's puts where they found it in the
    # traces on a line of its own, then what the trace shows and any aside; the twentythird's
    # writes paragraphs, as in an issue: what the code does wrong, then since when, and after
    # any evidence the aside and the checklist; the twentyfourth's puts where they ran into it
    # first, then the failing request and what came back, then what the BE found and any
    # aside, each on a line of its own; the twentyfifth's puts where they saw it first, then
    # how often, then what the container logs say and any aside, each on a line of its own;
    # the twentysixth's puts where it came up first, then who is hit and the priority, then
    # what users see and what eng said, and any aside, each on a line of its own; the
    # twentyseventh's puts where the run came from first, then the failing test and the
    # reproduction checklist, its reading last in the checklist's "actual", then whether it is
    # flaky and any aside; the twentyeighth's puts the failed run first, then what reached the
    # model, then what the service's side says and any aside, each on a line of its own; the
    # twentyninth's puts the run first, then its lines (the load, the thresholds, what failed
    # where, whether it only happens under load), then what the service's log says and any
    # aside; the thirtieth's puts who they are and since when first, then the portal's fields
    # (environment, SDK, request id, what the docs made them expect), then what happens, what
    # support said and any aside; the thirtyfirst's puts their greeting and since when on a line
    # of its own, then what they found, and their request to the team after any evidence; the
    # thirtysecond's, as their writing assistant drafted it, writes sections under bold labels,
    # each a paragraph: the summary and since when, what is observed, the impact, and after any
    # evidence the suggested next steps as bullets, the error's own fix first, then any aside; the
    # thirtythird's is what the error tracker's integration wrote, with at most one line of their
    # own, above it (their reading, or a note) or below it (an aside), and in a rewritten ticket of
    # Dogcatcher's, the link to the tracker's issue instead; the thirtyfourth's is the Slack
    # thread, a message a paragraph: who created it and the link, the bot's alert, the opener,
    # the acks and detours, the message naming the code and its link, and after any evidence
    # (pasted in a message of its own) the last word, and in a rewritten ticket of Dogcatcher's,
    # the link to the thread before their reading instead; the thirtyfifth's is one run-on
    # paragraph as they dictated it, what they could not get at from their phone last, then the
    # phone's sign-off, with what they paste in a later edit, at a laptop, below; the others run
    # them together.
    if style == 12:
        note = " ".join(filter(None, (what, opening)))
        closing = aside
    elif style == 16:
        fix = " ".join(filter(None, (f"Fix: {_FIXES[_base(template.id)]}", aside)))
        note = f"{what} {opening}\n{fix}"
        closing = ""
    elif style == 18:
        note = "\n".join(f"* {part}" for part in (opening, what, aside) if part)
        closing = ""
    elif style == 19:
        words = _CUSTOMER_WORDS[_base(template.id)]
        quoted = rng.choice(_QUOTED).format(customer=customer, quote=words)
        note = "\n".join((opening, quoted, " ".join(filter(None, (what, aside)))))
        closing = ""
    elif style == 26:
        assert qa is not None
        flaky = qa.consistency if qa.test else ""  # a test that fails, how often it does
        tail = " ".join(filter(None, (flaky, aside)))
        note = "\n".join(filter(None, (opening, _qa_checklist(qa, what, svc), tail)))
        closing = ""
    elif style in (21, 23, 24, 25, 27, 28, 29):
        if style in (24, 25, 27, 28, 29) and what.startswith(gist):  # a line of its own, a sentence
            what = what[:1].upper() + what[1:]
        note = "\n".join(filter(None, (opening, second, " ".join(filter(None, (what, aside))))))
        closing = ""
    elif style == 20:
        if what.startswith(gist):  # their reading opens the description, as a sentence
            what = what[:1].upper() + what[1:]
        note = "\n".join((what, " ".join(filter(None, (opening, aside)))))
        closing = ""
    elif style == 22:
        if what.startswith(gist):  # a sentence, unless it opens on a code span
            what = what[:1].upper() + what[1:]
        note = "\n\n".join((what, opening))
        closing = "\n\n".join(filter(None, (aside, checklist)))
    elif style == 30:
        note = "\n".join((opening, what))
        closing = aside
    elif style == 31:
        impact = f"{rng.choice(_IMPACT_HEADS)}\n{_USER_IMPACT[_base(template.id)]}"
        note = "\n\n".join((opening, what, impact))
        steps = (_NEXT_STEPS[_base(template.id)], aside)
        closing = "\n".join([rng.choice(_STEP_HEADS), *(f"- {step}" for step in steps if step)])
    elif tracked is not None:
        pick = rng.random()  # which line of their own, if any (no other style draws here)
        above = opening if pick < 0.3 else what if pick < 0.55 else ""
        if evidence == "rewritten":
            was = f"Was {tracked.ref} in {tracked.tool} before Dogcatcher."
            note = " ".join(filter(None, (above, was)))
        else:
            note = "\n\n".join(filter(None, (above, tracked.body)))
        closing = aside if pick >= 0.55 else ""
    elif thread is not None and evidence == "rewritten":  # the triage line links the thread
        note = f"from the {thread.room} thread {thread.url}: {what}"
        closing = ""
    elif thread is not None:
        said = (thread.alert, f"{thread.opener} {opening}", *thread.chatter)
        said += (f"{thread.namer} {what}", thread.link)
        note = "\n\n".join(filter(None, (thread.head, *said)))
        closing = f"{thread.closer} {aside}" if aside else ""
    elif style == 34:
        # One run-on paragraph, dictated: what they could not get at from their phone, then the
        # phone's sign-off, if any, on a line of its own (no other style draws here).
        later = rng.choice(_LATER) if evidence == "thin" and rng.random() < 0.35 else ""
        later = later.format(paste="stack trace" if group.stack else "log line")
        dictation = " ".join(filter(None, (opening, what, aside, later)))
        note = _dictated(_hesitant(_misheard(dictation, rng, slips), rng))
        if evidence != "rewritten" and rng.random() < 0.35:
            note = f"{note}\n\n{rng.choice(_SIGN_OFFS)}"
        closing = ""
    else:
        note = ("\n" if style == 10 else " ").join(filter(None, (opening, what, aside)))
        closing = ""
    log_head, stack_head = _EVIDENCE_HEADS[style]
    if style in (19, 27, 28):  # the heads link the support bundle, or name the service
        log_head, stack_head = (h.format(**names) for h in (log_head, stack_head))
    if partner is not None and not partner.error:  # no trace of theirs: the one support shared
        stack_head = "Your support shared the top of the stack trace on your side:"
    if style == 30 and rng.random() < 0.5:  # the thirtyfirst's other heads (no other style draws)
        log_head, stack_head = rng.choice(_BELOW_HEADS)
    if style == 31:  # the thirtysecond's assistant's other heads, and headings for some (likewise)
        if rng.random() < 0.4:
            log_head, stack_head = rng.choice(_ASSISTANT_HEADS)
        if evidence != "rewritten" and rng.random() < 0.3:  # not under Dogcatcher's headings
            note, closing, log_head, stack_head = map(
                _headings, (note, closing, log_head, stack_head)
            )
    if thread is not None:  # the heads are the words of the one who pastes, after their name
        log_head, stack_head = (f"{thread.paster} {h}" for h in (log_head, stack_head))
    if style == 34 and rng.random() < 0.6:  # the thirtyfifth's other heads (no other style draws)
        log_head, stack_head = rng.choice(_LAPTOP_HEADS)
    if qa is not None and not qa.test:  # no test failed: the server log of the run
        log_head = f"From the {svc} server log {qa.job} keeps as an artifact:"
    if style == 25:  # the heads name the Slack channel and the engineer who pasted it there
        engineer = _PRODUCT[svc][2].split(" ", 1)[0]
        log_head, stack_head = (
            h.format(channel=f"#{svc}-eng", eng=engineer) for h in (log_head, stack_head)
        )
    team = rng.sample(_TEAM_LABELS, rng.randint(0, 2))
    created = group.last_seen + timedelta(hours=rng.randint(2, 40))
    fingerprint = ""
    if evidence == "rewritten":
        # A person retitled Dogcatcher's ticket and trimmed its description.
        draft = draft_ticket(group, RuleAnalyzer().analyze(group), settings)
        dropped = ("## Suspected cause", "## Suggested actions", "## Occurrences")
        sections = re.split(r"\n\n(?=## |---)", draft.description)
        kept = [s for s in sections if not s.startswith(dropped)]
        gap = "\n\n" if style in (22, 31) else " "  # the closing is a paragraph of its own
        triage = f"{note}{gap}{closing}" if closing else note
        if style == 18:  # the first bullet goes on the triage line, the others below it
            triage = triage.removeprefix("* ")
        description = "\n\n".join([f"Triage: {triage}", *kept])
        labels = (*draft.labels, *team)
        fingerprint = group.fingerprint
    else:
        if pipe is not None and evidence in ("log", "stack") and (pipe.call or pipe.sensor):
            # The twentyeighth style's person pastes their task's log first (no other style
            # draws here).
            shown = _fenced(_airflow_log(pipe, svc, group), style, f"{pipe.dag}.{pipe.task}")
            head = f"Airflow task log, {pipe.task} (try {pipe.tries} of {pipe.tries}):"
            pasted = [head, shown]
        if load is not None and evidence in ("log", "stack") and load.name:
            # The twentyninth style's person pastes their load tool's report of the run first,
            # folded (no other style draws here).
            title = f"{load.tool} output, {load.scenario}"
            pasted = [_fenced(_load_report(load, rng), style, title)]
        if partner is not None and evidence == "log" and partner.call:
            # The thirtieth style's person pastes the request and the API's answer first.
            shown = _fenced(_partner_exchange(partner), style, "http")
            pasted = ["The request and what came back, from our HTTP client's debug log:", shown]
        parts = [note, *pasted]  # what the twentyfourth's copied out of DevTools goes first
        if evidence == "log" and tracked is None:  # the thirtythird's tracker pasted its own
            line = group.samples[0] if group.samples else group.template
            if style == 13:
                # The fourteenth style's person cuts the line out of the log around it, and
                # marks the cut (no other style draws here).
                before, after = rng.choice(((True, True), (True, False), (False, True)))
                line = "\n".join([*(["..."] if before else []), line, *(["..."] if after else [])])
            tag = "log"
            if style == 15:
                # The sixteenth style's person pastes the line as the log explorer's JSON view
                # shows the event (no other style does).
                event = {"service": svc, "status": "error", "message": line}
                line, tag = json.dumps(event, indent=2, ensure_ascii=False), "json"
            if style == 17:
                # The eighteenth style's person records the event as evidence: where and when
                # it was seen, then the message (no other style does).
                env = [f"environment: {group.envs[0]}"] if group.envs else []
                seen = f"observed: {group.last_seen:%Y-%m-%d %H:%M:%S} UTC"
                line = "\n".join([f"service: {svc}", *env, seen, f"message: {line}"])
            if style == 19:
                # The twentieth style's person copies the line from the support bundle's
                # viewer, its line number in front (no other style does).
                line = _numbered(line, rng.randint(120, 48000))
            if style == 20:
                # The twentyfirst style's person queries the log archive for the latest event
                # and pastes the psql session, the query and its result (no other style does).
                query = (
                    "logs=> SELECT logged_at, service, message FROM app_errors"
                    f" WHERE service = '{svc}' ORDER BY logged_at DESC LIMIT 1;"
                )
                result = _psql_table(
                    ("logged_at", "service", "message"), (_psql_time(group.last_seen), svc, line)
                )
                line = f"{query}\n{result}"
            if style == 21:
                # The twentysecond style's person copies the log record as the tracing UI's
                # log panel shows its OpenTelemetry fields (no other style does).
                line = "\n".join(
                    (
                        f"timestamp: {_otel_time(group.last_seen)}",
                        "severity_text: ERROR",
                        f"resource.service.name: {svc}",
                        f"body: {json.dumps(line, ensure_ascii=False)}",
                    )
                )
            if style == 25:
                # The twentysixth style's person copies the Slack message in which the service's
                # engineer pasted the line (no other style does).
                line = _slack_paste(template, "log", line, rng)
            if qa is not None:
                # The twentyseventh style's person pastes the runner's report, the line in the
                # server log the harness attached (no other style does).
                line, tag = _test_report(qa, svc, line, rng), f"{qa.job} #{qa.run}"
            if pipe is not None:  # the service's log, as its team shared it
                tag = f"{svc} logs"
            if load is not None and group.samples:
                # The twentyninth style's person pastes the lines of the service's log they pulled
                # for the run window (no other style does).
                line, tag = "\n".join(group.samples[: rng.randint(1, len(group.samples))]), ""
            elif load is not None:
                tag = ""
            if partner is not None:  # the line as our support sent it to them
                tag = "text"
            if style == 30:
                # The thirtyfirst style's person copies the line from the log viewer with its
                # time, level and service in front (no other style does).
                line = f"{group.last_seen:%Y-%m-%d %H:%M:%S} ERROR [{svc}] {line}"
            if workload is not None:
                # The twentyfifth style's person pastes the kubectl command over the workload's
                # pods and the error lines it printed (no other style does).
                line = _kubectl_logs(template, group, workload, site, rng)
            if thread is not None:  # as the thread's export keeps a code block
                tag = thread.fence
            if style == 34:  # as they pasted it, back at a laptop
                tag = fence
            shown = _fenced(line, style, tag)
            if style == 16 and not shown.startswith("```"):
                parts.append(f"{log_head} {shown}")  # inline, on the head's line
            elif style == 18:
                parts.append(f"* {log_head}\n{shown}")
            elif thread is not None:  # one message of the thread
                parts.append(f"{log_head}\n{shown}")
            else:
                parts += [log_head, shown]
        elif evidence == "stack" and group.stack and tracked is None:
            if style == 11:
                excerpt = _trace_top(group.stack, template.lang)
            elif style == 13:
                excerpt = _cut_trace(group.stack, template.lang)
            elif style == 15:
                excerpt = _own_frames(group.stack, template.lang)
            elif style == 16:
                excerpt = _key_lines(group.stack, template.lang)
            elif style == 17:  # the whole trace, as captured
                excerpt = group.stack.strip("\n")
            elif style == 18:
                excerpt = _canary_top(group.stack, template.lang)
            elif style == 19:  # as the support bundle's viewer shows them, numbered
                excerpt = _numbered(
                    _stack_excerpt(group.stack, template.lang), rng.randint(40, 9000)
                )
            elif style == 20:  # the whole event, as psql shows a record in expanded display
                kind = group.error_kind or ""
                query = (
                    "logs=> SELECT logged_at, service, error_kind, stack FROM app_errors"
                    f" WHERE service = '{svc}' AND error_kind = '{kind}'"
                    " ORDER BY logged_at DESC LIMIT 1 \\gx"
                )
                record = _psql_record(
                    ("logged_at", "service", "error_kind", "stack"),
                    (_psql_time(group.last_seen), svc, kind, group.stack.strip("\n")),
                )
                excerpt = f"{query}\n{record}"
            elif style == 22:
                excerpt = _issue_frames(group.stack, template.lang)
            elif style == 25:  # the Slack message in which the engineer pasted its top
                excerpt = _slack_paste(
                    template, "stack", _stack_excerpt(group.stack, template.lang), rng
                )
            elif workload is not None:  # the kubectl command, then the top of what it printed
                excerpt = _kubectl_stack(template, group, workload, rng)
            elif style == 21:  # the span's exception event, its stack trace attribute whole
                trace = "\n".join(
                    f"    {line}" if line.strip() else ""
                    for line in group.stack.strip("\n").split("\n")
                )
                excerpt = "\n".join(
                    (
                        "name: exception",
                        f"timestamp: {_otel_time(group.last_seen)}",
                        "attributes:",
                        f"  exception.type: {group.error_kind or ''}",
                        "  exception.stacktrace: |",
                        trace,
                    )
                )
            else:
                excerpt = _stack_excerpt(group.stack, template.lang)
            tag = _FENCE_TAGS[template.lang]
            if qa is not None:  # the runner's report, the server trace the harness attached
                excerpt, tag = _test_report(qa, svc, excerpt, rng), f"{qa.job} #{qa.run}"
            if pipe is not None:  # the service's trace, as its team shared it
                tag = f"{svc} logs"
            if load is not None:  # the service's trace from the run window, in a bare fence
                tag = ""
            if partner is not None and partner.error:  # their own application's trace
                excerpt, tag = _partner_stack(partner, rng), _SDKS[partner.lang][5]
            if thread is not None:  # as the thread's export keeps a code block
                tag = thread.fence
            if style == 34:  # as they pasted it, back at a laptop
                tag = fence
            shown = _fenced(excerpt, style, tag)
            if style == 18:
                parts.append(f"* {stack_head}\n{shown}")
            elif thread is not None:  # one message of the thread
                parts.append(f"{stack_head}\n{shown}")
            else:
                parts += [stack_head, shown]
        if workload is not None and evidence in ("log", "stack"):
            # The twentyfifth style's person adds what the pods themselves show of the error,
            # where they show any (no other style draws here).
            parts += _pod_sign(template.id, workload, group, rng)
        joint = "\n" if style == 18 else "\n\n"  # one bullet list
        description = joint.join([*parts, closing] if closing else parts)
        extra = [f"service-{svc}"] if rng.random() < 0.35 else []
        extra += [tracked.label] if tracked is not None else []  # the tracker's integration's
        labels = tuple(rng.sample([DOGCATCHER_LABEL, *extra, *team], 1 + len(extra) + len(team)))
    comments: tuple[Comment, ...] = ()
    if rng.random() < 0.3:
        body = rng.choice(("Still happening.", "Seen again today.", "Any update on this?"))
        comments = (Comment(created_at=created + timedelta(days=1), body=body),)
    return _Filed(
        error=template.id,
        summary=summary[:255],
        description=description,
        labels=labels,
        priority=rng.choice(("Medium", "Medium", "High", "Low")),
        fingerprint=fingerprint,
        created_at=created,
        updated_at=max([created, *(c.created_at for c in comments)]),
        occurrences=group.count if evidence == "rewritten" else 0,
        last_seen=group.last_seen if evidence == "rewritten" else None,
        comments=comments,
    )


def _keyed(filed: Sequence[_Filed], settings: Settings, rng: random.Random) -> dict[str, Ticket]:
    """Tickets with keys that grow with their creation time, as a tracker numbers them,
    by error id."""
    tickets = {}
    number = rng.randint(100, 400)
    for f in sorted(filed, key=lambda f: (f.created_at, f.error)):
        number += rng.randint(1, 4)  # other tickets of the project come in between
        tickets[f.error] = Ticket(
            key=f"{settings.tracker.project}-{number}",
            fingerprint=f.fingerprint,
            project=settings.tracker.project,
            issue_type=settings.tracker.issue_type,
            summary=f.summary,
            description=f.description,
            labels=f.labels,
            priority=f.priority,
            created_at=f.created_at,
            updated_at=f.updated_at,
            occurrences=f.occurrences,
            last_seen=f.last_seen,
            comments=f.comments,
        )
    return tickets


# ---------------------------------------------------------------------------- the plan


@dataclass
class _Case:
    kind: str
    error: _Error
    how: str
    group: ErrorGroup
    evidence: str | None = None
    siblings: dict[str, tuple[str, ...]] = field(default_factory=dict)  # error id → differs


def _changed(error: _Error, style: int) -> dict[str, list[ErrorGroup]]:
    """Today's groups of ``error`` after each change of the code that can have happened to
    it since a ticket was filed (none for errors without a template)."""
    t = error.template
    found: dict[str, list[ErrorGroup]] = {}
    if t is None:
        return found
    if t.frames:
        found["moved"] = _groups(error.new_raw, _moved(t))
        found["helper"] = _groups(error.new_raw, _helper(t, style))
    reworded = REWORDED.get(t.id)
    if reworded and reworded[0] == "new":
        found["reworded"] = _groups(error.new_raw, _reword(*reworded[1:]))
    if len(error.current) > 1:  # the grouper splits it by a value: its other fragments
        found["fragment"] = error.current[1:]
    return found


def _history(
    error: _Error, rng: random.Random, style: int, *, regroup: bool
) -> tuple[ErrorGroup, dict[str, list[ErrorGroup]]]:
    """The group a ticket of ``error`` was filed from some days ago and, per way its
    fingerprint can have changed since, today's groups that no longer carry it. Either the
    old events differ (an older wording; with ``regroup``, an earlier Dogcatcher that
    fingerprinted fewer frames) and today's group is the current one, or the code changed
    since and today's groups are the changed ones."""
    shift = _shifted(rng.randint(6, 24))
    reworded = REWORDED.get(error.id)
    frames = len(error.main.top_frames)
    if reworded and reworded[0] == "old" and rng.random() < 0.8:
        old = _groups(error.old_raw, shift, _reword(*reworded[1:]))[0]
        today = {"reworded": error.current[:1]}
    elif regroup and frames >= 2 and rng.random() < (0.5 if error.template is None else 0.25):
        old = _groups(error.old_raw, shift, stack_frames=frames - 1)[0]
        today = {"regrouped": error.current[:1]}
    else:
        old = _groups(error.old_raw, shift)[0]
        today = _changed(error, style)
    fresh = {how: _fresh(groups, {old.fingerprint}) for how, groups in today.items()}
    return old, {how: groups for how, groups in fresh.items() if groups}


def _fresh(groups: list[ErrorGroup], taken: set[str]) -> list[ErrorGroup]:
    return [g for g in groups if g.fingerprint not in taken]


def build_split(spec: SplitSpec) -> tuple[list[Ticket], list[dict[str, Any]]]:
    """The split's ticket pool and its cases (as written to the file)."""
    rng = random.Random(f"dedupe/{spec.name}/{spec.seed}")
    style = spec.style
    settings = load_settings("testing")
    errors = _load_errors(spec.seed)
    families = _families(list(errors.values()))
    rng.shuffle(families)
    filed: list[_Filed] = []
    cases: list[_Case] = []
    ticketed: set[str] = set()
    for family in families:
        if len(family) == 1:
            chosen = [] if rng.random() < 0.35 else family
        elif rng.random() < 0.15:
            chosen = []
        else:
            chosen = rng.sample(family, rng.randint(1, len(family) - 1))
        for error in chosen:
            ticketed.add(error.id)
            filed_one, found = _positive(error, settings, rng, style)
            filed.append(filed_one)
            cases += found
    for family in families:
        touched = any(e.id in ticketed for e in family)
        for error in family:
            if error.id in ticketed:
                continue
            near = tuple(
                other.id
                for other in family
                if other.id in ticketed and siblings(error.main, other.main)
            )
            if touched and not near:
                continue  # only a sibling of a sibling has a ticket: neither kind
            kind = "tempting-non-match" if near else "unrelated"
            differs = {other: differences(error.main, errors[other].main) for other in near}
            variants = {"current": error.current[:1]}
            changed = _changed(error, style)
            for how in rng.sample(sorted(changed), min(len(changed), rng.choice((0, 1, 1, 2)))):
                variants[how] = changed[how][:1]
            for how, groups in variants.items():
                cases += [_Case(kind, error, how, g, siblings=differs) for g in groups]
    tickets = _keyed(filed, settings, rng)
    # Never a case its fingerprint label finds: that is not similarity's job.
    labels = {label for t in tickets.values() for label in t.labels}
    keep = [c for c in cases if fingerprint_label(c.group.fingerprint) not in labels]
    rng.shuffle(keep)
    records = []
    for n, case in enumerate(keep, 1):
        record: dict[str, Any] = {
            "id": f"{spec.name}-{n:03d}",
            "kind": case.kind,
            "error": case.error.id,
            "lang": case.error.lang,
            "how": case.how,
        }
        if case.evidence:
            record["evidence"] = case.evidence
        if case.siblings:
            keyed = {tickets[s].key: list(d) for s, d in case.siblings.items()}
            record["siblings"] = dict(sorted(keyed.items()))
        record["group"] = case.group.model_dump(mode="json", exclude_defaults=True)
        record["match"] = tickets[case.error.id].key if case.kind in POSITIVE_KINDS else None
        records.append(record)
    pool = sorted(tickets.values(), key=lambda t: t.updated_at, reverse=True)
    return pool, records


def _positive(
    error: _Error, settings: Settings, rng: random.Random, style: int
) -> tuple[_Filed, list[_Case]]:
    """The ticket of a ticketed error and the cases whose answer it is."""
    t = error.template
    people = t is not None and t.id in _GISTED and rng.random() < 0.5
    levels = (
        ["thin", "log", "stack", "rewritten"] if t and t.frames else ["thin", "log", "rewritten"]
    )
    evidence = rng.choice(levels) if people else None
    # Only tickets with Dogcatcher's fingerprint label can have been fingerprinted
    # differently; a person's ticket is found the same whatever its group's frames.
    old, today = _history(error, rng, style, regroup=evidence in (None, "rewritten"))
    if not people and not today:
        if t is None or t.id not in _GISTED:  # a ticket in the pool, no case
            return _own_ticket(error.current[0], settings, rng, error.id), []
        people, evidence = True, rng.choice(levels[:-1])
    if not people:
        hows = rng.sample(sorted(today), min(len(today), rng.choice((1, 2, 2, 3, 3))))
        cases = [_Case("own-refingerprinted", error, how, today[how][0]) for how in hows]
        return _own_ticket(old, settings, rng, error.id), cases
    assert t is not None and evidence is not None
    if evidence == "rewritten" and not today:
        evidence = "log"
    # The thirtyfifth style's person, dictating on the move, often never gets back to a laptop to
    # paste the log line or the trace (no other style draws here).
    if style == 34 and evidence in ("log", "stack") and rng.random() < 0.4:
        evidence = "thin"
    options = dict(today)
    if evidence != "rewritten" and not {"reworded", "regrouped"} & set(today):
        options = {"current": error.current[:1], **today}
    hows = [next(iter(options))]
    if len(options) > 1 and rng.random() < 0.9:
        hows.append(rng.choice(sorted(options)[1:] if hows[0] == "current" else sorted(options)))
    cases = [
        _Case("paraphrased", error, how, options[how][0], evidence) for how in dict.fromkeys(hows)
    ]
    return _people_ticket(old, t, evidence, settings, rng, style), cases


_GISTED = frozenset(t.id for t in TEMPLATES if re.split(r"[~@]", t.id, maxsplit=1)[0] in GISTS)

# The errors whose message is stock text, the same in every event (``Sequence contains no
# elements``), that a person of a style before the thirtythird already wrote word for word as a
# gist: a title an error tracker made of it would carry an earlier person's wording, which no
# held-out split's people may, so the thirtythird style's person always puts those titles in
# their own words (see _people_ticket).
_WORN = frozenset(
    t.id
    for t in TEMPLATES
    if t.id in _GISTED
    and not re.search(r"(?<!\{)\{[a-z_0-9]+\}", t.message)
    and any(
        gist.lower() in t.message.lower()
        for gists in GISTS.values()
        for gist in gists[: SPLITS["thirtythird"].style]
    )
)


# ---------------------------------------------------------------------------- files


def write_split(spec: SplitSpec, path: Path | None = None) -> tuple[int, int]:
    """Build and write one split; returns (tickets, cases)."""
    pool, records = build_split(spec)
    path = path or spec.path
    path.parent.mkdir(parents=True, exist_ok=True)
    head = {
        "pool": spec.name,
        "project": pool[0].project,
        "tickets": [t.model_dump(mode="json", exclude_defaults=True) for t in pool],
    }
    with path.open("w", encoding="utf-8", newline="\n") as out:
        for record in (head, *records):
            out.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n")
    return len(pool), len(records)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=[*SPLITS, "all"], default="all")
    args = parser.parse_args()
    for name in SPLITS if args.split == "all" else [args.split]:
        spec = SPLITS[name]
        tickets, count = write_split(spec)
        print(f"wrote {spec.path} ({tickets} tickets, {count} cases)")


if __name__ == "__main__":
    main()
