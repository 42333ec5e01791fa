"""Similarity matching: does a group without a fingerprint ticket already have a ticket?

A group's fingerprint can be new while its bug is not: a person filed the ticket by hand,
an earlier grouping split the error differently, or a deploy moved a frame. Before a ticket
is created, the group is compared with the open Dogcatcher tickets of its project:

- **hard evidence against a match** rules a ticket out, whatever else agrees: another
  service (the ``service-…`` label), another exception type named where ours is not, a
  stack trace in the ticket whose frames do not include our throw site, a method its
  prose names (``Class.method``, ``Class::method``, ``thumbnails.py:render``, Ruby's
  ``Member#redeem``, "at sumLines in InvoiceCalculator.java", "in `total`", a support
  bundle's breadcrumb of ``Member`` and ``redeem``) that none of our frames is, a source
  file it names that none of our frames is in, or a value that tells errors apart in our
  template (an HTTP status or its reason phrase, an error code, gRPC's
  ``code = NotFound``, a quoted key, a constraint in brackets) where the ticket has another,
  or our log line pasted with another word in one place. What a caller's run names (a
  failing test's code, a test's or pipeline's exception types, the file a pasted log line
  was logged in, the HTTP status the caller got) is no evidence against a match;
- otherwise a **score** in 0..1 weighs how much of the message template the ticket holds
  (its words, each weighted by its rarity among the candidates; for a person's ticket also
  how much of its summary the group explains), whether it names the exception type, and
  whether it names the throw site, by its function or its file (else how many of the
  group's in-app frames it names). Words agree in any form: by their Snowball stems
  (expired, expiring), their plural (JWTs), cut short (conn), for long words
  rapidfuzz's ratio, or as another way of saying the same thing in an error report
  ("deadline exceeded" and "timed out", "already exists" and "duplicate").

When no ticket matches by words, ``by_meaning`` may still find one among the tickets no
hard evidence rules out: the nearest by a sentence-embedding model (``dogcatcher.semantic``),
well ahead of the next, for a person's paraphrase that shares few words with the log.

Telling two bugs apart matters more than finding every paraphrase: a wrong match hides a
bug in someone else's ticket, a missed one costs a duplicate a person can close.
``bench/dedupe.py`` measures precision and recall on a labeled set.
"""

from __future__ import annotations

import errno
import math
import os
import re
import threading
from collections import Counter
from collections.abc import Mapping, Sequence, Set
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from http import HTTPStatus
from typing import TYPE_CHECKING, NamedTuple

import snowballstemmer  # type: ignore[import-untyped]
from rapidfuzz import fuzz, process

from dogcatcher.grouping import FrameRules, normalize_message, parse_frames
from dogcatcher.models import ErrorGroup, MatchBy, StackFrame
from dogcatcher.settings import DedupeSettings
from dogcatcher.trackers import Ticket, rejection_label

if TYPE_CHECKING:
    from dogcatcher.semantic import Encoder

__all__ = [
    "Match",
    "best_match",
    "by_meaning",
    "rarity",
    "same_path",
    "service_label",
    "similarity",
    "site_note",
    "states",
]

SERVICE_LABEL_PREFIX = "service-"
# Jira refuses a label with a space in it, or longer than 255 characters.
_LABEL_SPACES = re.compile(r"\s+")


def _service_key(service: str) -> str:
    """A service's name as its label holds it: spaces as "_", cut to fit Jira's limit."""
    return _LABEL_SPACES.sub("_", service)[: 255 - len(SERVICE_LABEL_PREFIX)]


def service_label(service: str) -> str:
    """The label that says which service a ticket is about."""
    return SERVICE_LABEL_PREFIX + _service_key(service)


# Words, identifiers and numbers; dotted and ::-qualified names are split into their parts.
_TOKEN = re.compile(r"[a-z_][a-z0-9_]*|\d+")
_PLACEHOLDER = re.compile(r"<[a-z_]+>")
# Words that say nothing about which error it is.
_STOP = frozenset(
    "a an the of to in on at for from by with and or is was were be been are not no "
    "it its this that as has have had when while during after before into via than "
    "error errors exception failed failure".split()
)
# An exception type named in free text: FooError, FooException, FooFault, SomethingTimeout,
# and the standard libraries' types whose names break that rule: Python's (StopIteration,
# KeyboardInterrupt, the decimal module's DivisionByZero and InvalidOperation), Celery's
# (SoftTimeLimitExceeded) and Rails' (RecordNotFound, RecordInvalid, RecordNotUnique).
_KIND_WORD = re.compile(
    r"\b[A-Z][A-Za-z0-9]*(?:Error|Exception|Fault|Panic|Timeout)\b"
    r"|\b(?:StopIteration|StopAsyncIteration|KeyboardInterrupt|SystemExit|GeneratorExit"
    r"|DivisionByZero|InvalidOperation|FloatOperation|SoftTimeLimitExceeded|TimeLimitExceeded"
    r"|RecordNotFound|RecordInvalid|RecordNotUnique|RecordNotSaved|RecordNotDestroyed)\b",
    re.IGNORECASE,
)
# A type as written with its module or namespace: inventory.erp.ErpSyncError.
_QUALIFIED_KIND = re.compile(rf"(?:\b\w+(?:\.|::))*(?:{_KIND_WORD.pattern})", re.IGNORECASE)
# The exception type Dogcatcher's own tickets state in their last line.
_STATED_KIND = re.compile(r"error kind `([^`\n]+)`")
# An exception type stated in a field, as a pasted event or span names it, whatever its name
# ends in: OpenTelemetry's exception.type, Datadog's error.kind and error.type, the
# exception_class and error_class of Rails' error reporters ("exception.type:
# decimal.DivisionByZero", "error_class=ActiveRecord::RecordNotFound").
_FIELD_KIND = re.compile(
    r"\b(?:exception|error|exc)[._](?:type|kind|class)[\"']?\s*[:=]\s*[\"'`]?"
    r"([A-Za-z_][\w.:$+]*[\w$])"
)
# Upper-case words in a message are status or enum names (UNAVAILABLE, DEADLINE_EXCEEDED).
_UPPER_CODE = re.compile(
    r"\b(?!(?:ERROR|FATAL|WARN|WARNING|PANIC|SQLSTATE|HTTPS?|POST|PATCH|DELETE|NULL|NONE)\b)"
    r"[A-Z][A-Z_]{4,}\b"
)
# A word after code=, status: … names the error (gRPC's "code = Unavailable").
_CODE_VALUE = re.compile(r"\b(?:code|status|reason)\s*[=:]\s*([A-Za-z_]\w*)")
# What a masked template keeps because it tells errors apart: numbers (HTTP statuses,
# error codes), codes glued to letters (ORA-00060) and quoted names ('sku').
_CODE_TOKEN = re.compile(r"(?<![\w<])[A-Za-z]*-?\d[\w-]*")
# A quoted name ('sku', "orders_pkey"): the same quote on both sides, no path or dotted
# name (a stack line's "/app/x.py" or "com.acme.Cart.total()" is not a name); backticks
# are markdown code, not the log's quoting.
_QUOTED = re.compile(r"(['\"])([^'\"`<>\s/\\.]{2,60})\1")
# A database object named in square brackets, as Spring and Hibernate write it
# ("constraint [invoices_number_key]"): quoted as much as Postgres' "orders_pkey" is.
_BRACKETED = re.compile(r"\b(?:constraint|index|table|column)\s*\[([A-Za-z_][\w$]{1,60})\]", re.I)

WEIGHT_MESSAGE = 0.6
WEIGHT_KIND = 0.15
WEIGHT_FRAMES = 0.25
# Below this, the message is another error's, whatever the type and frames say: siblings
# thrown at one site share both.
MIN_MESSAGE = 0.5
# Types that say nothing of which error it is: naming them is no evidence.
_GENERIC_KINDS = frozenset("error exception runtimeerror throwable panic fatal".split())
# Two candidates scoring within this of each other: no match, the choice is a guess.
AMBIGUOUS = 0.05
# rapidfuzz ratio (0..100) at which two words count as forms of one.
FUZZY_WORD = 85
# The fewest letters of a word cut short that still count as that word (conn, auth).
MIN_SHORT = 4


class Match(NamedTuple):
    """The ticket a group most likely belongs to, how sure we are (0..1), and by what:
    "words" (``similarity``) or "meaning" (the cosine of sentence embeddings)."""

    ticket: Ticket
    score: float
    by: MatchBy = "words"


_STEMMER = snowballstemmer.stemmer("english")
_STEMMER_LOCK = threading.Lock()  # a stemmer keeps the word it works on in itself


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    """The word without its inflection (expired, expiring → expir; lagging → lag): people
    write another form of the log's words."""
    with _STEMMER_LOCK:
        return str(_STEMMER.stemWord(word))


def _tokens(text: str) -> list[str]:
    return [t for t in _TOKEN.findall(_PLACEHOLDER.sub(" ", text.lower())) if t not in _STOP]


# Ways of saying one thing in an error report: a log line says "deadline exceeded" or
# "already exists" where a person writes "timed out" or "duplicate". A word of the
# template counts as held when the ticket says the same thing in any of its group's ways.
# General vocabulary only: words that tell errors apart (null against undefined, 401
# against 403, "refused" against "denied") are never put together.
_SAME = (
    ("timeout", "timed out", "times out", "time out", "timing out", "deadline"),
    ("missing", "not found", "no such", "not present", "does not exist", "doesn't exist"),
    ("missing", "nonexistent", "absent", "gone"),
    ("cannot", "can't", "can not", "unable to", "could not", "couldn't"),
    ("duplicate", "duplicated", "already exists", "already exist", "twice", "collision"),
    ("rejected", "refused", "declined"),
    ("invalid", "not valid", "malformed"),
    ("limit", "maximum"),
    ("recognize", "recognise", "identify"),
    ("parse", "deserialize", "deserialise", "decode", "unmarshal"),
    ("exhausted", "saturated", "depleted", "ran out", "run out"),
    ("terminated", "exited", "killed", "crashed"),
    ("unavailable", "unreachable"),
    ("oom", "out of memory"),
    # Irregular verbs, which the stemmer leaves apart.
    ("take", "took", "taken"),
    ("throw", "threw", "thrown"),
    ("break", "broke", "broken"),
    ("send", "sent"),
    ("write", "wrote", "written"),
)
_MEANS = {way: group[0] for group in _SAME for way in group}
# A way and its plural (txs, dupes, configs).
_WAYS = re.compile(
    r"\b("
    + "|".join(re.escape(way) for way in sorted(_MEANS, key=len, reverse=True))
    + r")(?:e?s)?\b"
)


def _meanings(text: str) -> dict[str, str]:
    """The words of ``text`` that say one of ``_SAME``'s things, each with what it says
    (the words of a phrase all say it: "timed" and "out" of "timed out" say timeout)."""
    return {
        word: _MEANS[m.group(1)]
        for m in _WAYS.finditer(text.lower())
        for word in _TOKEN.findall(m.group())
    }


def _kind_names(kind: str) -> frozenset[str]:
    """The names an exception type goes by, lowercased: ``java.lang.NullPointerException``
    → {``nullpointerexception``}; a nested class (``HttpServerErrorException$NotFound``,
    .NET's ``Outer+Inner``) by either part."""
    last = re.split(r"[.:\\/]+", kind.strip())[-1].lower()
    return frozenset(part for part in re.split(r"[$+]", last) if part)


# .NET's async state machines: Acme.Feed.<FetchAsync>d__5.MoveNext is Acme.Feed.FetchAsync.
_ASYNC_FRAME = re.compile(r"<([^<>]+)>d__\d*(?:\.MoveNext)?|\.MoveNext$")


# What separates a frame's packages, class and function ("com.acme.Cart.total",
# "(*Pool).RoundTrip", "Member#redeem").
_FRAME_PARTS = re.compile(r"[.:/#$\s()*<>]+")
# V8 writes "async fetchJson", "new Client", "Object.<anonymous>": the name is the rest.
_FRAME_PREFIX = re.compile(r"^(?:async|new|Object\.)\s*")


def _frame_names(function: str) -> tuple[str, ...]:
    """The parts of a frame's function that name it: class and method, lowercased
    (``com.acme.CartService.total`` → ``cartservice``, ``total``)."""
    function = _ASYNC_FRAME.sub(lambda m: m.group(1) or "", function)
    function = _FRAME_PREFIX.sub("", function)
    parts = [p for p in _FRAME_PARTS.split(function.lower()) if p and p != "anonymous"]
    return tuple(parts[-2:])


def _named_frames(frames: Sequence[StackFrame]) -> tuple[tuple[str, ...], ...]:
    """The names of the frames that have one, innermost first: an anonymous function
    (V8's ``<anonymous>``) is named by no ticket, and no ticket names another one."""
    return tuple(names for frame in frames if (names := _frame_names(frame.function)))


@dataclass(frozen=True)
class _TicketText:
    """What matching needs of a ticket, computed once per ticket version."""

    tokens: frozenset[str]
    lowered: str  # its summary and description, lowercased
    stems: frozenset[str]  # the tokens' stems
    shorts: frozenset[str]  # the tokens that could be a longer word cut short (conn)
    kept: frozenset[str]  # tokens its lines keep once masked (codes, statuses, names)
    words: frozenset[str]  # lowercased words with their hyphens (service names)
    kinds: frozenset[str]  # exception types it names, short and lowercased
    frames: tuple[tuple[str, ...], ...]  # frames of a stack trace pasted in it
    known: tuple[_Noted, ...]  # the groups Dogcatcher's notes say it matched to the ticket
    methods: frozenset[tuple[str, ...]]  # Class.method names in its prose
    functions: frozenset[str]  # functions its prose names by file or Ruby class
    files: frozenset[str]  # source files its prose names, as _file_key has them
    logged_at: frozenset[str]  # files that are only where a pasted log line was logged
    lines: tuple[tuple[str, ...], ...]  # its lines' words and placeholders, once masked
    services: frozenset[str]  # from service-… labels
    in_service: frozenset[str]  # where it says the error is: "in the catalog service"
    passages: tuple[str, ...]  # the description's lines matching by meaning reads one by one
    template: frozenset[str] | None  # the stems of Dogcatcher's own ticket's template words
    variables: Counter[str]  # the placeholders of that template (<num>, <duration>)
    quoted: frozenset[str]  # names it quotes ('sku'), lowercased
    codes: frozenset[str]  # upper-case status names it uses (UNAVAILABLE), lowercased
    reasons: frozenset[str]  # HTTP reason phrases it uses (Forbidden), lowercased
    statuses: frozenset[str]  # numbers it writes as HTTP statuses (500 Internal Server Error, 2xx)
    code_values: frozenset[str]  # gRPC status names after code=, status: (NotFound), lowercased
    summary: tuple[str, ...]  # the words of its summary
    untyped: int  # how many other words than a type's its summary has
    summary_means: dict[str, str]  # those words that say one of _SAME's things, and which
    means: frozenset[str]  # what it says of _SAME's things


# A person's ticket can hold a pasted blob as one "word" of thousands of characters (a
# minified line, a base64 body, a long dotted chain). Several patterns below take time
# quadratic in such a word's length (seven seconds for 16,000 characters), and none reads a
# name out of more than its first few hundred characters, so each word is cut there; the
# longest word of the matching benchmark's 36 splits is 206 characters.
_LONG_WORD = re.compile(r"(?<!\S)\S{513,}")


def _words_cut(text: str) -> str:
    return _LONG_WORD.sub(lambda m: m.group()[:512], text) if len(text) > 512 else text


@lru_cache(maxsize=4096)
def _ticket_text(
    key: str,
    updated: str,
    summary: str,
    description: str,
    labels: tuple[str, ...],
    rules: FrameRules | None = None,
    notes: tuple[str, ...] = (),
) -> _TicketText:
    # key and updated only key the cache: a ticket is read again when it changes. ``rules``
    # are the team's word on which frames of a pasted stack are its code; ``notes``, its
    # comments that hold Dogcatcher's notes (``site_note``).
    description = _words_cut(description)
    text = f"{summary}\n{description}"
    lines = [normalize_message(line) for line in text.splitlines() if line.strip()]
    parsed = parse_frames(description, rules)
    # A failing test's frames are the test's, not where the service threw.
    stack = tuple(frame for frame in parsed if frame.in_app and not _test_frame(frame))
    # Library frames and exception types (JSON.parse, SqlClient.SqlException) say nothing
    # about where our error was thrown.
    not_methods = {_frame_names(frame.function) for frame in parsed if not frame.in_app}
    template = _TEMPLATE_LINE.search(description)
    tokens = frozenset(_tokens(" ".join(lines)) + _tokens(text))
    tags = _statement_tags(text)
    lowered = text.lower()
    # What the ticket says happened, without what it suggests doing: the code a fix would
    # use (Iterator.remove(), JsonNumberHandling.AllowReadingFromString) is no throw site.
    seen = _observed(text)
    # module:name, breadcrumbs and statement tags, as methods (a class's) or functions (a
    # module's)
    symbols = _symbols(seen) + _breadcrumbs(seen) + _tagged_sites(tags)
    return _TicketText(
        tokens=tokens,
        lowered=lowered,
        stems=frozenset(map(_stem, tokens)),
        shorts=frozenset(t for t in tokens if len(t) >= MIN_SHORT and t.isalpha()),
        kept=frozenset(_TOKEN.findall(_PLACEHOLDER.sub(" ", " ".join(lines).lower()))),
        words=frozenset(_WORD.findall(_PATH.sub(" ", text.lower()))),
        kinds=_kinds(_CALLER_TYPE.sub(" ", text)),
        frames=_named_frames(stack),
        known=tuple(
            _noted(service, kind, path)
            for body in notes
            for fp, service, kind, path in _SITE_NOTE.findall(body)
            # A person said that group is not this ticket's error.
            if rejection_label(fp) not in labels
        ),
        methods=frozenset(
            m
            for m in _methods(seen, symbols)
            if m not in not_methods and not _KIND_WORD.match(m[-1])
        ),
        functions=frozenset(
            [
                name.lower()
                for found in _FUNCTION.findall(seen)
                for name in found
                # "TimeoutError in client.go" names a type, "the same method" nothing,
                # net::ERR_EMPTY_RESPONSE a constant.
                if name
                and not _KIND_WORD.fullmatch(name)
                and name.lower() not in _NOT_FUNCTIONS
                and not name.isupper()
                and not _TEST_CODE.fullmatch(name)
            ]
            # A module's function (catalog.importer:parse_row); a class's are methods.
            + [name.lower() for owner, name in symbols if not owner[0].isupper()]
        ),
        files=frozenset(
            _file_key(name)
            for line in seen.splitlines()
            if not parse_frames(line)  # a pasted stack's files include the libraries'
            for name in _SOURCE_FILE.findall(line)
            if not _TEST_CODE.fullmatch(name) and name.lower() not in _JS_PRODUCTS
        ),
        logged_at=_logged_at(text),
        lines=tuple(tuple(_LINE_TOKEN.findall(line.lower())) for line in lines),
        services=frozenset(
            label[len(SERVICE_LABEL_PREFIX) :]
            for label in labels
            if label.startswith(SERVICE_LABEL_PREFIX)
        ),
        in_service=frozenset(_IN_SERVICE.findall(lowered)),
        passages=_passages(description),
        quoted=_quoted_names(text, {value for run in tags for value in run.values()}),
        codes=frozenset(c.lower() for c in _UPPER_CODE.findall(text)),
        reasons=frozenset(r.lower() for r in _REASON.findall(text)),
        statuses=frozenset(a or b for a, b in _STATUS_WRITTEN.findall(text)),
        code_values=frozenset(c.lower() for c in _CODE_VALUE.findall(text)) & _GRPC_CODES,
        summary=tuple(_tokens(summary)),
        untyped=len(set(_tokens(_QUALIFIED_KIND.sub(" ", summary)))),
        summary_means=_meanings(summary),
        means=frozenset(_meanings(text).values()),
        template=(
            frozenset(map(_stem, _tokens(template.group(1))))
            if template and template.group(1) != "(empty)"
            else None
        ),
        variables=Counter(_PLACEHOLDER.findall(template.group(1)) if template else ()),
    )


# Where a ticket says the error is: "Issue in catalog service", "in the billing svc". Other
# services it names ("search times out calling the catalog service") may be ones ours calls.
_IN_SERVICE = re.compile(r"\bin (?:the |our |your )?([a-z][\w-]*) (?:service|svc)\b")
# A heading, as Markdown, Jira wiki markup or a bold label writes one ("## Next steps",
# "h3. Suggested fix", "**Recommended actions**", "Next steps:"), and the headings of what
# to do rather than what happened; a line that gives a fix ("Fix: TryGetValue, and ...").
_TITLE = r"[A-Za-z][\w '/&-]{1,48}?"
_HEADING = re.compile(
    rf"^\s*(?:(?:#{{1,6}}|h[1-6]\.)\s+{_TITLE}|\*{{1,2}}{_TITLE}:?\*{{1,2}}:?|__{_TITLE}__:?"
    rf"|{_TITLE}:)\s*$"
)
_TO_DO = re.compile(
    r"(?i)\b(?:next steps?|suggest\w*|recommend\w*|proposed|remediation|fix|fixes"
    r"|action items?|to ?dos?|what to do)\b"
)
_FIX_LINE = re.compile(r"(?i)^\s*(?:[-*]\s+)?(?:suggested |proposed |possible )?fix(?:es)?\s*:")


def _observed(text: str) -> str:
    """``text`` without the sections under a heading of what to do and the lines that give
    a fix: what a ticket suggests doing names code that is no throw site."""
    kept = []
    suggesting = False
    for line in text.splitlines():
        if _HEADING.match(line):
            suggesting = bool(_TO_DO.search(line))
        if not suggesting and not _FIX_LINE.match(line):
            kept.append(line)
    return "\n".join(kept)


# Dogcatcher's own tickets state the group's message template in their Occurrences list.
_TEMPLATE_LINE = re.compile(r"^- message template: (.*)$", re.M)
_WORD = re.compile(r"[a-z0-9][a-z0-9_-]*")
# A file path ("catalog/cache.py::get_many"): its folders are packages, not services.
_PATH = re.compile(r"(?<!\S)(?![a-z]+://)\S*/\S*")
# Class.method in prose ("thrown by Shipments.Insert", "NPE in CartService.total.") and Go's
# (*Type).Method. File names (Cart.java) are not methods, nor a dotted name's first parts
# (Acme.Pricing in Acme.Pricing.TierResolver); a full stop that ends a sentence ends no name.
_METHOD = re.compile(
    r"\b([A-Z][A-Za-z0-9_]*)(?:\.|::)([A-Za-z_]\w*)\b(?!\.\w|::)|\(\*(?:\w+\.)?(\w+)\)\.(\w+)"
)
_FILE_EXTENSIONS = frozenset("java kt scala py rb go cs js ts jsx tsx php".split())


# A function as people name it before its file ("at deliver in webhook.rb", "renderBadge
# in minicart.js", "parse_row() in catalog/importer.py"): after "at", or written as code
# (camelCase, snake_case, or with its parentheses), so "fails in cart.js" names none.
_CODE_NAME = r"(?:(?<=\bat )([A-Za-z_]\w*)|\b([a-z]\w*[A-Z_]\w*|[A-Za-z_]\w*(?=\(\))))(?:\(\))?"
# The same before a Java, Kotlin, Scala or C# file, whose name is its class:
# "at sumLines in InvoiceCalculator.java" is InvoiceCalculator.sumLines.
_METHOD_IN_FILE = re.compile(rf"{_CODE_NAME} in (?:[\w.-]*/)?([A-Z]\w*)\.(?:java|kt|scala|cs)\b")
# A function named by its file, module or Ruby class: "thumbnails.py:render",
# "src/cart.js::total", "api/client::request", "parse_row() in catalog/importer.py",
# "Member#redeem". The file or module says less than a Java class does (a move renames
# files), so only the function is compared.
_FUNCTION = re.compile(
    r"\b[\w/.-]+\.(?:py|rb|js|jsx|ts|tsx|go|php)::?([A-Za-z_]\w*)\b"
    rf"|{_CODE_NAME} in [\w/.-]+\.(?:py|rb|js|jsx|ts|tsx|go|php)\b"
    r"|\b(?![A-Z]\w*(?:Test|Tests|IT|Spec)#)[A-Z]\w*#([a-z_]\w*[?!]?)"
    r"|(?<![\w:])[a-z][\w/-]*::([A-Za-z_]\w*)\b(?!::)"
    r"|\b(?:in|from|at) `([A-Za-z_]\w*)(?:\(\))?`"
    # "the writeExport function", "the parse_row function in the importer module"
    r"|\bthe ([A-Za-z_]\w*) (?:function|method)\b"
)
# What precedes "function" or "method" without naming one: "the same method".
_NOT_FUNCTIONS = frozenset(
    "same new old other whole only first last next previous following above below "
    "right wrong main entire async".split()
)


# A source file named in prose ("the trace points at LedgerRepository.java", "in
# store/store.go", "panic @authn.go:243"), by its name without folders or extension.
_SOURCE_FILE = re.compile(
    r"(?<![\w.-])(?:[\w.-]+/)*([\w-]+)\.(?:java|kt|scala|cs|py|rb|js|jsx|ts|tsx|go|php)\b"
)


# Test code, by the common runners' conventions: a failing test run names the test's
# functions, classes and files (pytest's test_quotes_parcel in test_quotes.py, Go's
# TestCreateShipment, JUnit's PostingIT.createsPosting and CartServiceTest, RSpec's
# member_spec.rb), which are never where a service threw.
_TEST_CODE = re.compile(
    r"(?:test|Test)(?:[_A-Z0-9]\w*)?|\w+_(?:test|spec)|conftest"
    r"|[A-Z]\w*(?:Test|Tests|TestCase|IT|ITCase|Spec|Specs)"
)


def _test_code(*names: str) -> bool:
    """Whether any of ``names`` (a class, a function, a file's name) is test code."""
    return any(_TEST_CODE.fullmatch(name) for name in names)


def _test_frame(frame: StackFrame) -> bool:
    """Whether a frame is a test's: a test function or class, or in a test file (Jest's and
    Playwright's checkout.spec.ts by its suffix, the others' by the stem)."""
    name = (frame.file or "").replace("\\", "/").rsplit("/", 1)[-1]
    if _JS_TEST_FILE.search(name):
        return True
    return _test_code(name.split(".", 1)[0], *_FRAME_PARTS.split(frame.function))


# The exception types a caller raises when its call to a service failed: a test's failed
# assertion (AssertionError, JUnit's AssertionFailedError), a pipeline's failed task
# (airflow.exceptions.AirflowException) or its HTTP client's answer, by the client's module
# (requests.exceptions.HTTPError; a bare HTTPError may be a service's own, carrier.HTTPError),
# and an API client's or SDK's error for a failed call (ApiException, Acme::APIError,
# APIStatusError, AcmeAPIError). A ticket filed from the caller's side names them; they say
# nothing of what the service threw. A service that calls an API throws its client's type
# too (elasticsearch.ApiError): a ticket naming it is its own when the group's type is it.
_CALLER_TYPE = re.compile(
    r"\b(?:java\.lang\.|org\.opentest4j\.|junit\.framework\.|org\.junit\.)?"
    r"(?:AssertionError|AssertionFailedError|ComparisonFailure)\b"
    r"|\b(?:airflow\.exceptions\.)?Airflow\w*(?:Exception|Timeout)\b"
    r"|\b(?:requests\.exceptions|urllib\.error|urllib3\.exceptions|httpx|aiohttp"
    r"(?:\.client_exceptions)?)\.[A-Z]\w*"
    r"|\b(?:\w+(?:\.|::))*(?:[A-Z][a-z0-9]*)*(?:API|Api)(?:[A-Z][a-z]+)*(?:Error|Exception)\b"
)

# Where a pasted log line was logged, as logging's location field writes it: Airflow's
# "{taskinstance.py:2170}", glog's and Python's "[store.go:88]", pytest's captured
# "qa.server_log:server_log.py:58". The line that logs an error is often not where it was
# thrown (a scheduler's, a test harness's or a middleware's), so such a file places the
# error only when it is one of ours, and never elsewhere.
_LOG_LOCATION = re.compile(
    r"[{\[]([\w.-]+)\.(?:py|rb|go|js|ts|java|kt|cs|php):\d+[}\]]"
    r"|(?<=:)([\w.-]+)\.py:\d+\b"
)


def _logged_at(text: str) -> frozenset[str]:
    """The files ``text``'s pasted log lines were logged in, as _file_key has them."""
    return frozenset(_file_key(a or b) for a, b in _LOG_LOCATION.findall(text))


def _kinds(text: str) -> frozenset[str]:
    """The exception types ``text`` names, short and lowercased."""
    return frozenset(
        [k.lower() for k in _KIND_WORD.findall(text)]
        + [
            name
            for k in (*_STATED_KIND.findall(text), *_FIELD_KIND.findall(text))
            for name in _kind_names(k)
        ]
    )


# Runtimes and frameworks whose names end in ".js" ("SDK 4.2.1 on Node.js 20"): products,
# not source files.
_JS_PRODUCTS = frozenset(
    "node next nuxt vue react angular express nest ember backbone d3 chart three".split()
)


def _file_key(name: str) -> str:
    """A file's or class's name as both are compared: points_job.rb and PointsJob alike."""
    return name.lower().replace("_", "").replace("-", "")


def _frame_files(frames: Sequence[StackFrame]) -> set[str]:
    """The names of the files our frames are in, and of their classes (a Java or C# file
    is named for its class)."""
    found = set()
    for frame in frames:
        if frame.file:
            stem = frame.file.replace("\\", "/").rsplit("/", 1)[-1].split(".", 1)[0]
            found.add(_file_key(stem))
        names = _frame_names(frame.function)
        if len(names) == 2:
            found.add(_file_key(names[0]))
    return found


# A class's method named in words: "TaxTable's RateFor method", or "the TaxTable RateFor
# method" as people write who name code in their own words rather than as the log spells it.
_OWNED = re.compile(r"\b([A-Z]\w*)(?:'s)? ([A-Za-z_]\w*) method\b")
# What starts "X y method" without naming a class: "The same method", "Our retry method"
# (and "HTTP GET method", whose method is in capitals).
_NOT_OWNERS = frozenset("the this that a an our your their its same new old one each".split())
# A symbol as entry points, job configs and loggers name one, its module's path, a colon and
# its name: "catalog.importer:parse_row", "models/member:enroll",
# "com.acme.billing.LedgerRepository:lastEntry" (a class's method).
_SYMBOL = re.compile(
    r"(?<![\w/.:@-])(?:[A-Za-z_][\w-]*[./])+([A-Za-z_]\w*):([A-Za-z_]\w*)\b(?![:/(]|\.\w|\s+\d)"
)
_HEX_WORD = re.compile(r"(?=[0-9a-f]*\d)[0-9a-f]{6,}")
# A site as a breadcrumb names it (a support bundle, an APM's span path): service, module
# or class and method joined by U+203A, the single right-pointing angle quotation mark
# ("media \u203a thumbnails \u203a render"). The last two parts are owner and function.
_CRUMB = " \u203a "
_BREADCRUMB = re.compile(
    r"(?<![\w\u203a])((?:[A-Za-z_][\w.$]* \u203a )+)([A-Za-z_]\w*)\b(?! \u203a)"
)


# A breadcrumb's last part may be the line ("Member \u203a redeem \u203a line 408").
_CRUMB_LINE = re.compile(r" \u203a line \d+")


# A JavaScript test file (header.spec.ts, cart.test.js): Playwright writes a test's title
# path after it with the same angle quotation mark ("header.spec.ts \u203a header \u203a
# renders the header"), which names the test, not a site.
_JS_TEST_FILE = re.compile(r"\w\.(?:spec|test)\.[cm]?[jt]sx?\b")


_MAX_CRUMBS = 64


def _breadcrumbs(text: str) -> list[tuple[str, str]]:
    """The (owner, function) pairs of the sites ``text`` names as breadcrumbs; not a
    test's title path."""
    if _CRUMB not in text:
        return []
    return [
        (path.split(_CRUMB)[-2].rsplit(".", 1)[-1], name)
        for line in _CRUMB_LINE.sub("", text).splitlines()
        # A line of more levels is no breadcrumb, and the pattern's time grows with the
        # square of a line's levels (1.7 s for 4,000; the benchmark's most is 3).
        if 0 < line.count(_CRUMB) <= _MAX_CRUMBS and not _JS_TEST_FILE.search(line)
        for path, name in _BREADCRUMB.findall(line)
    ]


# The tags an ORM or driver appends to each statement, which name the code that sent it:
# sqlcommenter's /*action='post',controller='LedgerDao',framework='spring'*/ (values
# quoted) and Rails' marginalia /*application:Loyalty,controller:members,action:show*/. A
# DBA names a throw site by them; their values are code, not data a message quotes.
_TAG_RUN = re.compile(r"(?:\b\w+\s*=\s*'[^'\n]*'\s*,\s*)*\b\w+\s*=\s*'[^'\n]*'")
_TAG_PAIR = re.compile(r"\b(\w+)\s*=\s*'([^'\n]*)'")
_MARGINALIA = re.compile(r"/\*\s*((?:\w+:[\w:.#-]+\s*,\s*)*\w+:[\w:.#-]+)\s*\*/")
_IDENTIFIER = re.compile(r"[A-Za-z_]\w*")


def _statement_tags(text: str) -> list[dict[str, str]]:
    """Each run of sqlcommenter or marginalia tags in ``text`` that names a controller and
    an action, as key -> value."""
    if "controller" not in text:
        return []
    runs = [dict(_TAG_PAIR.findall(m.group())) for m in _TAG_RUN.finditer(text)]
    runs += [
        dict(pair.split(":", 1) for pair in re.split(r"\s*,\s*", m.group(1)))
        for m in _MARGINALIA.finditer(text)
    ]
    return [run for run in runs if "action" in run and "controller" in run]


def _tagged_sites(runs: Sequence[dict[str, str]]) -> list[tuple[str, str]]:
    """The (controller, action) pairs statement tags name: a class's method or a module's
    function, as the other symbols are (Rails' Admin::Members is Members)."""
    pairs = [(tags["controller"].rsplit("::", 1)[-1], tags["action"]) for tags in runs]
    return [pair for pair in pairs if all(map(_IDENTIFIER.fullmatch, pair))]


def _symbols(text: str) -> list[tuple[str, str]]:
    """The (module or class, name) pairs of the symbols ``text`` names as module:name; not
    a tag's value (git.commit.sha:ad1f169), a type (error.kind:KeyError) or a constant
    (Status:NOT_FOUND)."""
    return [
        (owner, name)
        for owner, name in _SYMBOL.findall(text)
        if not _HEX_WORD.fullmatch(name)
        and not _KIND_WORD.fullmatch(name)
        and not name.isupper()
        and not _test_code(owner, name)
    ]


def _methods(text: str, symbols: Sequence[tuple[str, str]]) -> frozenset[tuple[str, ...]]:
    found = [(owner, after_at or code) for after_at, code, owner in _METHOD_IN_FILE.findall(text)]
    # "TaxTable's RateFor method", as a person retells what an engineer pointed to, "the
    # TaxTable RateFor method", and com.acme.billing.LedgerRepository:lastEntry.
    found += [
        (owner, name)
        for owner, name in _OWNED.findall(text)
        if owner.lower() not in _NOT_OWNERS
        and name.lower() not in _NOT_FUNCTIONS
        and not name.isupper()
    ]
    found += [(owner, name) for owner, name in symbols if owner[0].isupper()]
    for m in _METHOD.finditer(text):
        owner, method = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        if method.lower() not in _FILE_EXTENSIONS:
            found.append((owner, method))
    return frozenset(
        (owner.lower(), method.lower()) for owner, method in found if not _test_code(owner, method)
    )


# A JSON object's key ("status":) or a key's value (: "error"), as a pasted log event has
# them: the event's structure, not names its message quotes.
_JSON_KEY_AFTER = re.compile(r"\s*:")
_JSON_KEY_BEFORE = re.compile(r"\"\s*:\s*$")


# A log level in quotes (jq's .level=="error", a JSON log's "severity": "ERROR") is the
# log's structure, not a name the message quotes.
_LOG_LEVELS = frozenset("error err warn warning info debug fatal critical trace notice".split())


def _quoted_names(text: str, tagged: Set[str] = frozenset()) -> frozenset[str]:
    """The names ``text`` quotes ('sku', "orders_pkey"), lowercased; not the keys and
    values of a JSON object pasted into it, log levels, or the ``tagged`` values of its
    statements' tags."""
    return frozenset(
        m.group(2).lower()
        for m in _QUOTED.finditer(text)
        if m.group(2) not in tagged
        and m.group(2).lower() not in _LOG_LEVELS
        and (
            m.group(1) != '"'
            or not (
                _JSON_KEY_AFTER.match(text, m.end())
                or _JSON_KEY_BEFORE.search(text, max(0, m.start() - 8), m.start())
            )
        )
    ).union(name.lower() for name in _BRACKETED.findall(text))


def _text_of(ticket: Ticket, rules: FrameRules | None = None) -> _TicketText:
    return _ticket_text(
        ticket.key,
        ticket.updated_at.isoformat(),
        ticket.summary,
        ticket.description,
        ticket.labels,
        rules,
        # Only the comments that can hold a note: matching reads a ticket once per group,
        # and the regex runs only when the ticket is read anew.
        tuple(c.body for c in ticket.comments if _NOTE_START in c.body),
    )


# Dogcatcher's note on a ticket it matched a group to (see ``site_note``), read back from
# the ticket's comments. A person's ticket rarely says in which service, with which type or
# where its error was thrown, so a sibling (the same message from another caller of a
# shared helper, another service or another type) reads like it; once a group is matched
# to it, the ticket's error is known by these three.
_SITE_NOTE = re.compile(
    r"^Dogcatcher's group `([^`\n]+)`: service `([^`\n]+)`(?:, type `([^`\n]+)`)?"
    r"(?:, thrown at (.+) \(innermost first\))?\.$",
    re.M,
)
_NOTED_FRAME = re.compile(r"`([^`\n]+)`")
_NOTE_START = "Dogcatcher's group `"


class _Noted(NamedTuple):
    """A group Dogcatcher's note says it matched to a ticket."""

    service: str
    kinds: frozenset[str]  # the names its exception type goes by; empty: none
    path: tuple[tuple[str, ...], ...]  # its named in-app frames, innermost first


def _noted(service: str, kind: str, path: str) -> _Noted:
    return _Noted(
        service,
        _kind_names(kind) if kind else frozenset(),
        tuple(n for f in _NOTED_FRAME.findall(path) if (n := _frame_names(f))),
    )


def site_note(group: ErrorGroup) -> str:
    """The line Dogcatcher adds to a ticket it matched ``group`` to by similarity: the
    group's service, exception type and in-app frames (innermost first). Matching reads it
    back: a later group of another fingerprint is taken for the ticket's error only if it
    agrees with one of the groups matched to it before: the same service, no other type,
    and thrown along the same path (a refactor may add or drop an innermost helper)."""
    line = f"{_NOTE_START}{group.fingerprint}`: service `{group.service}`"
    if group.error_kind and "`" not in group.error_kind:
        line += f", type `{group.error_kind}`"
    named = [f.function for f in group.top_frames if f.in_app and _frame_names(f.function)]
    if named and not any("`" in name for name in named):
        line += f", thrown at {' ← '.join(f'`{name}`' for name in named)} (innermost first)"
    return line + "."


def _agrees(noted: _Noted, group: ErrorGroup, facts: _GroupText) -> bool:
    """Whether ``group`` can be the error of a group noted on the ticket: what neither
    says is no evidence against it."""
    return (
        noted.service in group.services
        and not (noted.kinds and facts.kind and not noted.kinds & facts.kind)
        and (not noted.path or not facts.names or _aligned(facts.names, noted.path))
    )


def _distinctive(template: str) -> list[list[str]]:
    """Values in a template that tell errors apart (quoted names, numbers and codes kept by
    the masking, upper-case status names), as tokens: each must appear in a matching
    ticket."""
    bare = _PLACEHOLDER.sub(" ", template)
    values = [m.group(2) for m in _QUOTED.finditer(bare)]
    values += _CODE_TOKEN.findall(bare) + _UPPER_CODE.findall(bare) + _CODE_VALUE.findall(bare)
    return [words for value in values if (words := _TOKEN.findall(value.lower()))]


def _shape(token: str) -> str:
    return _LETTERS.sub("a", _DIGITS.sub("9", token))


_DIGITS = re.compile(r"[0-9]")
_HTTP_STATUS = re.compile(r"[45][0-9]{2}")
_LETTERS = re.compile(r"[a-z]")


# HTTP's error reason phrases ("Forbidden", "Service Unavailable"): a status by name, where
# the masking took its number. Only as HTTP writes them (title or upper case), or after a
# status ("503 service unavailable"): in prose, "not found", "gone" and "conflict" are
# plain words.
_PHRASES = sorted((s.phrase for s in HTTPStatus if s >= 400), key=len, reverse=True)
_STATUS_OF = {s.phrase.lower(): str(s.value) for s in HTTPStatus if s >= 400}
_REASON = re.compile(
    r"\b(?:"
    + "|".join(re.escape(form) for phrase in _PHRASES for form in (phrase, phrase.upper()))
    + r"|(?<=[45][0-9][0-9] )(?i:"
    + "|".join(map(re.escape, _PHRASES))
    + r"))\b"
)


# A number written as an HTTP status: before its reason phrase ("500 Internal Server
# Error"), or a class of them ("2xx"). What a caller got back from the service, it tells
# apart HTTP statuses only, not the service's own codes (errno 111, ORA-00060).
_STATUS_WRITTEN = re.compile(
    r"\b([1-5][0-9][0-9])[ :-]+(?=(?i:" + "|".join(map(re.escape, _PHRASES)) + r")\b)|\b([1-5])xx\b"
)


# gRPC's status codes by name, lowercased (its UPPER_SNAKE forms are _UPPER_CODE's).
_GRPC_CODES = frozenset(
    "ok cancelled canceled unknown invalidargument deadlineexceeded notfound alreadyexists "
    "permissiondenied resourceexhausted failedprecondition aborted outofrange "
    "unimplemented internal unavailable dataloss unauthenticated".split()
)


class _GroupText(NamedTuple):
    """What matching needs of a group, computed once per group, not once per candidate."""

    template: str  # the message template, masked as a ticket's lines are
    lowered: str  # the same, lowercased
    words: tuple[str, ...]  # its words, stop words left out
    stems: frozenset[str]  # their stems
    kept: frozenset[str]  # the tokens its masked lines keep
    distinctive: tuple[tuple[str, ...], ...]  # values that tell errors apart, as tokens
    exact: frozenset[str]  # those values' tokens
    quoted: frozenset[str]  # names it quotes, lowercased
    reasons: frozenset[str]  # HTTP reason phrases, lowercased
    grpc_codes: frozenset[str]  # gRPC status names after code =, lowercased
    codes: frozenset[str]  # upper-case status names, lowercased
    variables: Counter[str]  # its placeholders (<num>, <duration>)
    kind: frozenset[str]  # the names its exception type goes by
    names: tuple[tuple[str, ...], ...]  # its in-app frames' class and method
    owners: frozenset[str]  # those frames' classes (all but the method)
    files: frozenset[str]  # the files and classes of its in-app frames
    site_files: frozenset[str]  # those of its throw site
    known: frozenset[str]  # the stems of every word that describes it
    means: dict[str, str]  # its words that say one of _SAME's things, and which
    said: dict[str, str]  # words a code in it says (reason phrase, errno message), and the code
    bare: bool  # its words are only the names it quotes (KeyError's 'sku')
    line: tuple[str, ...]  # its words and placeholders in order, as a ticket's lines have them
    line_words: frozenset[str]  # the same, once each


# An errno by number, as Python writes it ("[Errno 28] No space left on device"): the
# words after it are what the system says for it. (By name, "ENOENT: no such file",
# the words say no more than the name, which every ticket about it repeats.)
_ERRNO = re.compile(r"\[Errno (\d+)\]")


def _said_by_codes(template: str) -> dict[str, str]:
    """The words of ``template`` that a code in it already says, each with that code as a
    ticket writes it: an HTTP reason phrase's words with its status ("unavailable": 503),
    an errno's message's words with its number ("space": 28). A ticket that gives the
    code says those words."""
    said = {
        word: _STATUS_OF[phrase.lower()]
        for phrase in _REASON.findall(template)
        for word in _TOKEN.findall(phrase.lower())
    }
    for number in _ERRNO.findall(template):
        if int(number) in errno.errorcode:
            for word in _tokens(os.strerror(int(number))):
                said.setdefault(word, number)
    return said


@lru_cache(maxsize=4096)
def _group_text(
    template: str,
    error_kind: str | None,
    services: tuple[str, ...],
    frames: tuple[StackFrame, ...],
) -> _GroupText:
    masked = normalize_message(template)
    words = tuple(_tokens(masked))
    distinctive = tuple(tuple(value) for value in _distinctive(masked))
    in_app = [frame for frame in frames if frame.in_app]
    names = _named_frames(in_app)
    line = tuple(_LINE_TOKEN.findall(masked.lower()))
    quoted = frozenset(q.lower() for _, q in _QUOTED.findall(masked)).union(
        name.lower() for name in _BRACKETED.findall(masked)
    )
    # Every word that describes the group: its template, type, service, frames and their
    # files (people name the function and file, 'get_many() in catalog/cache.py').
    described = set(words)
    if error_kind:
        described.update(_tokens(error_kind))
    for service in services:
        described.update(_tokens(service))
    for frame in frames:
        described.update(_tokens(f"{frame.function} {frame.file or ''}"))
    return _GroupText(
        template=masked,
        lowered=masked.lower(),
        words=words,
        stems=frozenset(map(_stem, words)),
        kept=frozenset(_TOKEN.findall(_PLACEHOLDER.sub(" ", masked.lower()))),
        distinctive=distinctive,
        exact=frozenset(token for value in distinctive for token in value),
        quoted=quoted,
        reasons=frozenset(r.lower() for r in _REASON.findall(masked)),
        grpc_codes=frozenset(c.lower() for c in _CODE_VALUE.findall(masked)) & _GRPC_CODES,
        codes=frozenset(c.lower() for c in _UPPER_CODE.findall(masked)),
        variables=Counter(_PLACEHOLDER.findall(masked)),
        kind=_kind_names(error_kind) if error_kind else frozenset(),
        names=names,
        owners=frozenset(part for name in names for part in name[:-1]),
        files=frozenset(_frame_files(in_app)),
        site_files=frozenset(_frame_files(in_app[:1])),
        known=frozenset(map(_stem, described)),
        means=_meanings(masked),
        said=_said_by_codes(masked),
        bare=bool(words) and set(words) <= {t for q in quoted for t in _tokens(q)},
        line=line,
        line_words=frozenset(line),
    )


def _conflicts(group: _GroupText, text: _TicketText) -> bool:
    """Whether the ticket holds another value where our template has one that tells errors
    apart: another status or error code of the same shape (503 where we have 500), another
    quoted name ('total' where we have 'sku'). A value it merely leaves out is no conflict:
    people do not copy every code into a ticket."""
    ours = group.kept
    for value in group.distinctive:
        if text.kept.issuperset(value) or (min(map(len, value)) >= 3 and _written(text, value)):
            continue  # present (short values only where the masking kept them)
        # Numbers the masking kept are codes; another code of the same shape conflicts,
        # and so does any other plain number (exit code 1 against exit 137).
        shapes = {_shape(token) for token in value if any(c.isdigit() for c in token)}
        numeric = any(token.isdigit() for token in value)
        status = any(_HTTP_STATUS.fullmatch(token) for token in value)
        for token in text.kept - ours:
            if token in text.statuses and not status:
                continue  # an HTTP status, where ours is another kind of code
            if _shape(token) in shapes or (numeric and token.isdigit()):
                return True
        # An HTTP status anywhere in a person's words ("the ERP says 409") is one.
        if status and any(_HTTP_STATUS.fullmatch(token) for token in text.tokens - ours):
            return True
    if group.quoted and text.quoted and not group.quoted & text.quoted:
        return True
    if text.template is None and _another_line(group, text):
        return True
    # HTTP reason phrases: Forbidden where the ticket says Service Unavailable.
    if group.reasons and text.reasons and not group.reasons & text.reasons:
        return True
    # gRPC status names: code = Unavailable where the ticket says code = NotFound. Other
    # words after "code:" may be data (a currency code), which differ within one error.
    if group.grpc_codes and text.code_values and not group.grpc_codes & text.code_values:
        return True
    # Status names: DEADLINE_EXCEEDED where the ticket says UNAVAILABLE.
    codes = group.codes
    return bool(codes) and bool(text.codes - ours) and not codes & text.codes


# A masked line's words, numbers and placeholders, in order.
_LINE_TOKEN = re.compile(f"{_PLACEHOLDER.pattern}|{_TOKEN.pattern}")
# The fewest words of a template whose line, pasted with one word changed, is another
# error's: shorter lines are too often said alike.
MIN_LINE = 4


def _another_line(group: _GroupText, text: _TicketText) -> bool:
    """Whether the ticket pastes our log line with another word in one place ("carrier dhl
    responded 502" where ours is "carrier ups responded 502"), nowhere as it is, and does
    not use our word elsewhere: a sibling's line, which grouping keeps apart, not ours."""
    ours = group.line
    n = len(ours)
    if n < MIN_LINE:
        return False
    other = False
    for line in text.lines:
        if len(group.line_words.difference(line)) > 1:
            continue  # lacks two of our words: neither ours nor ours with one changed
        for start in range(len(line) - n + 1):
            differ = [(a, b) for a, b in zip(ours, line[start : start + n], strict=True) if a != b]
            if not differ:
                return False  # our line as it is
            if len(differ) == 1:
                a, b = differ[0]
                # Not a value the masking left in (currency code: GBX) that the ticket
                # gives too, among others (XBT, RMB, GBX).
                other = other or (
                    a.isalpha() and b.isalpha() and _stem(a) != _stem(b) and a not in text.tokens
                )
    return other


def _written(text: _TicketText, value: tuple[str, ...]) -> bool:
    """Whether the ticket's text has the value as written: a word as a word, a code of
    several parts (WMS-204) with its parts together, not its number in a host name."""
    if len(value) == 1:
        return value[0] in text.tokens
    parts = r"[\W_]{0,3}".join(map(re.escape, value))
    return re.search(rf"(?<![a-z0-9]){parts}(?![a-z0-9])", text.lowered) is not None


def _holds(text: _TicketText, word: str) -> bool:
    """Whether the ticket has the word, or another form of it (expired/expiring, JWT/JWTs,
    deadlock/deadlocked, conn/connection): people paraphrase and abbreviate; stems,
    plurals, prefixes and rapidfuzz forgive the inflection."""
    if word in text.tokens or _stem(word) in text.stems or f"{word}s" in text.tokens:
        return True  # the word, another form of it, or its plural (JWT, JWTs)
    if len(word) < 5:
        return False
    if any(word.startswith(short) for short in text.shorts if len(short) <= len(word) - 2):
        return True  # cut short: conn, auth, config
    close = process.extractOne(
        word, text.tokens, scorer=fuzz.ratio, score_cutoff=FUZZY_WORD, processor=None
    )
    return close is not None


def _message_score(group: _GroupText, text: _TicketText, weights: Mapping[str, float]) -> float:
    """How well the ticket's words and the (masked) template agree, each word weighted by
    its rarity among the candidates (the words that tell siblings apart count most).

    Forward: the share of the template the ticket holds; the values that tell errors apart
    ('warehouse_id', ORA-00060) only as written, since another form of one is another
    value. For a person's ticket also backward: the share of its summary the group
    explains (a short summary in a person's words says little of the message but names
    little else). For Dogcatcher's own tickets, at most the overlap of the two templates,
    where the variables both record (<num>, <duration>) count as shared words: a reworded
    log line still logs the same values."""
    words, exact = group.words, group.exact
    total = sum(weights.get(w, 1.0) for w in words)
    score = (
        sum(
            weights.get(w, 1.0)
            for w in words
            if (
                (w in text.tokens or w in text.kept)
                if w in exact
                else _holds(text, w)
                or group.means.get(w) in text.means
                # "Service Unavailable" is said by a 503, "No space left" by errno 28
                or group.said.get(w) in text.tokens
            )
        )
        / total
    )
    if text.template is not None:
        mine, theirs = group.stems, text.template
        shared = sum((group.variables & text.variables).values())
        union = len(mine | theirs) + shared
        return min(score, (len(mine & theirs) + shared) / union if union else 1.0)
    # A summary that is a type and a service ("inventory.erp.ErpSyncError in inventory"), as
    # error trackers title an issue, says nothing of the message: any of the type's errors
    # would explain it.
    if len(text.summary) >= 3 and text.untyped >= 2:
        told = sum(weights.get(w, 1.0) for w in text.summary)
        meant = group.means.values()
        explained = sum(
            weights.get(w, 1.0)
            for w in text.summary
            if _stem(w) in group.known or text.summary_means.get(w) in meant
        )
        score = max(score, explained / told)
    return score


def _aligned(ours: Sequence[tuple[str, ...]], theirs: Sequence[tuple[str, ...]]) -> bool:
    """Whether two lists of frames (innermost first) can be one error's: one's throw site
    is among the other's frames, and the callers after it agree as far as both go."""
    if ours[0] in theirs:
        theirs = theirs[theirs.index(ours[0]) :]
    elif theirs[0] in ours:
        ours = ours[ours.index(theirs[0]) :]
    else:
        return False
    return all(a == b for a, b in zip(ours, theirs, strict=False))


def same_path(a: Sequence[StackFrame], b: Sequence[StackFrame]) -> bool:
    """Whether two groups' in-app frames can be one error's: a refactor adds or drops an
    innermost helper, but another caller of a shared helper is another error, as grouping
    has it. Groups without in-app frames say nothing against it."""
    ours = _named_frames([frame for frame in a if frame.in_app])
    theirs = _named_frames([frame for frame in b if frame.in_app])
    return not ours or not theirs or _aligned(ours, theirs)


def _other_site(group: _GroupText, text: _TicketText) -> bool:
    """Whether the ticket's stack trace, or the methods, functions or source files its
    prose names, place the error elsewhere than our in-app frames. A stack counts as ours
    when one throw site is among the other's frames (a refactor may add or drop an
    innermost helper frame) and the callers after it agree as far as both go: another
    caller of a shared helper is another error, as grouping has it."""
    names = group.names
    if text.frames and not _aligned(names, text.frames):
        return True
    pairs = {name for name in names if len(name) == 2}
    # A logger's or a namespace's name ends in our class (Acme.Pricing.TierResolver): it
    # names the class, not a method of "Pricing".
    classes = {owner for owner, _ in pairs}
    named = {m for m in text.methods if ".".join(m) not in group.lowered and m[-1] not in classes}
    if named and pairs and not named & pairs:
        return True
    # "the `Get()` method in `PriceCache`" names our class, a Java or C# class that written as
    # code reads as a function: no other site.
    functions = {f for f in text.functions if f not in group.lowered and f not in group.owners}
    if functions and not functions & {name[-1] for name in names}:
        return True
    files = text.files - text.logged_at
    return bool(files) and not text.files & group.files


def states(ticket: Ticket) -> frozenset[str]:
    """Which of the facts that tell two errors of one message apart ``ticket`` states, as
    matching reads it: "site", a throw site (a pasted stack, a method, function or source
    file its prose names, or Dogcatcher's note of a group it matched to it), and "kind", an
    exception type. A ticket that states neither
    cannot say which of two errors thrown at different sites, or with different types, it
    is about."""
    text = _text_of(ticket)
    found = set()
    if text.frames or text.methods or text.functions or text.files:
        found.add("site")
    if text.kinds:
        found.add("kind")
    for noted in text.known:
        found.update(("site",) * bool(noted.path) + ("kind",) * bool(noted.kinds))
    return frozenset(found)


def _ruled_out(
    group: ErrorGroup, facts: _GroupText, text: _TicketText, other_services: frozenset[str]
) -> bool:
    """Hard evidence that the ticket is about another error: another service, another
    exception type named where ours is not, another throw site, a value that conflicts."""
    if text.services:
        if text.services.isdisjoint(map(_service_key, group.services)):
            return True
    elif (said := text.in_service & (other_services | set(group.services))) and not (
        said.intersection(group.services)
    ):
        return True  # in another service, whatever else it names (a function "search")
    elif other_services & text.words and not text.words.intersection(group.services):
        return True
    kind = facts.kind
    if kind and text.kinds and not (kind & text.tokens or kind & text.kinds):
        return True  # it names another exception type, never ours
    if facts.names and _other_site(facts, text):
        return True
    if text.known and not any(_agrees(noted, group, facts) for noted in text.known):
        return True  # unlike every group matched to it so far
    return _conflicts(facts, text)


def similarity(
    group: ErrorGroup,
    ticket: Ticket,
    weights: Mapping[str, float] | None = None,
    other_services: frozenset[str] = frozenset(),
    frame_rules: FrameRules | None = None,
) -> float:
    """How likely ``ticket`` is about ``group``'s error, 0..1 (0: ruled out). ``weights``
    weigh the template's words (``best_match`` passes their rarity among the candidates);
    a ticket without a service label that names one of ``other_services`` and none of the
    group's is another service's. ``frame_rules`` say which frames of a pasted stack are the
    team's code, as grouping read the group's."""
    text = _text_of(ticket, frame_rules)
    facts = _group_text(group.template, group.error_kind, group.services, group.top_frames)
    if _ruled_out(group, facts, text, other_services):
        return 0.0
    kind = facts.kind
    kind_named = bool(kind & text.tokens or kind & text.kinds)
    names = facts.names
    named = [
        name in text.frames
        or all(part in text.tokens for part in name)
        or name[-1] in text.functions
        for name in names
    ]
    # Naming the throw site, by its function or by its file, places the error; the callers
    # a person leaves out say nothing against it.
    site = bool(names) and (named[0] or bool(facts.site_files & text.files))
    if facts.bare and not (kind_named or site or facts.quoted & text.quoted):
        # A message that is only a value (KeyError's 'sku') says which error it is only with
        # its type, its site, or the value quoted as it is: "SKUs" is any error's word.
        return 0.0
    parts: list[tuple[float, float]] = []
    if facts.words:
        message = _message_score(facts, text, weights or {})
        if message < MIN_MESSAGE:
            return 0.0
        parts.append((message, WEIGHT_MESSAGE))
    if kind and not kind <= _GENERIC_KINDS:
        parts.append((1.0 if kind_named else 0.0, WEIGHT_KIND))
    if names:
        parts.append((1.0 if site else sum(named) / len(names), WEIGHT_FRAMES))
    if not parts:
        return 0.0
    return sum(score * weight for score, weight in parts) / sum(w for _, w in parts)


def rarity(candidates: Sequence[Ticket], frame_rules: FrameRules | None = None) -> dict[str, float]:
    """Each word's inverse document frequency among the candidates (smoothed): a word every
    ticket has weighs little, one only a single ticket has weighs most; a word none has
    weighs most of all."""
    # By each ticket's text too: a tracker that edits a ticket without moving its updated
    # time must not leave the old words' weights in place.
    key = tuple(
        (ticket.key, ticket.updated_at, ticket.summary, ticket.description) for ticket in candidates
    )
    cached = _RARITY.get(key)
    if cached is None:
        counts: Counter[str] = Counter()
        for ticket in candidates:
            counts.update(_text_of(ticket, frame_rules).tokens)
        n = len(candidates)
        cached = {w: math.log((n + 1) / (c + 1)) + 1.0 for w, c in counts.items()}
        cached[""] = math.log(n + 1) + 1.0  # what an unseen word weighs
        if len(_RARITY) >= 4:
            _RARITY.clear()
        _RARITY[key] = cached
    return cached


class _Weights(dict[str, float]):
    """Rarity weights that give an unseen word the weight of the rarest."""

    def get(self, word: str, default: float | None = None) -> float:  # type: ignore[override]
        return super().get(word, self[""])


_RARITY: dict[tuple[tuple[str, datetime, str, str], ...], dict[str, float]] = {}


def best_match(
    group: ErrorGroup,
    candidates: Sequence[Ticket],
    *,
    threshold: float | None = None,
    encoder: Encoder | None = None,
    meaning_threshold: float | None = None,
    frame_rules: FrameRules | None = None,
) -> Match | None:
    """The candidate most similar to ``group`` if it scores at least ``threshold`` (the
    settings' default when None) and clearly more than any other: when two tickets look
    about as much like it, which one is its ticket is a guess, and a wrong guess hides a
    bug, so there is no match.

    With an ``encoder``, a group no ticket matches by words may still match one by meaning
    (see ``by_meaning``)."""
    bar = DedupeSettings().similarity_threshold if threshold is None else threshold
    rules = frame_rules
    weights = _Weights(rarity(candidates, rules))
    services = {s for ticket in candidates for s in _text_of(ticket, rules).services}
    others = frozenset(services.difference(map(_service_key, group.services)))
    rejected = rejection_label(group.fingerprint)
    # A person said it is not this group's ticket.
    open_to = [ticket for ticket in candidates if rejected not in ticket.labels]
    scored = sorted(
        (
            Match(ticket, score)
            for ticket in open_to
            if (score := similarity(group, ticket, weights, others, rules)) >= bar and score > 0.0
        ),
        key=lambda match: (match.score, match.ticket.updated_at),
        reverse=True,
    )
    if scored and (len(scored) == 1 or scored[0].score - scored[1].score >= AMBIGUOUS):
        return scored[0]
    if encoder is None:
        return None
    facts = _group_text(group.template, group.error_kind, group.services, group.top_frames)
    possible = [t for t in open_to if not _ruled_out(group, facts, _text_of(t, rules), others)]
    return by_meaning(group, possible, encoder, meaning_threshold)


# By meaning: the cosine of the group's and the ticket's sentence embeddings at which a
# ticket nothing rules out is taken as the group's, and by how much it must lead the next
# one. Set on the seventeen labeled splits (bench/dedupe.py): at 0.75 word matching's
# recall rose 0.957 → 0.974 for precision 0.988 → 0.986; below it false matches grew fast.
MEANING_THRESHOLD = 0.75
MEANING_MARGIN = 0.10
# How much higher one line of a ticket must score than the bar for its whole text. Set on
# the thirty-four splits (2026-11-30): at +0.02 the lines added 9 right matches and no false
# one; at +0, 18 right and 3 false, and 2 lost when a twin's line closed the margin.
MEANING_PASSAGE_PREMIUM = 0.02


def meaning_text_of_group(group: ErrorGroup) -> str:
    """What the model reads of a group: service, type, template, throw site and callers,
    and the start of a sample line (its values, which a person's ticket may quote)."""
    kind = group.error_kind or "error"
    text = f"{group.service}: {kind}: {group.template}"
    if group.top_frames:
        text += " at " + ", ".join(frame.function for frame in group.top_frames[:3])
    if group.samples:
        text += f" | {group.samples[0][:300]}"
    return text


def meaning_text_of_ticket(ticket: Ticket) -> str:
    """What the model reads of a ticket: its summary and the start of its description."""
    return f"{ticket.summary}\n{ticket.description[:400]}"


def by_meaning(
    group: ErrorGroup,
    possible: Sequence[Ticket],
    encoder: Encoder,
    threshold: float | None = None,
) -> Match | None:
    """The ticket among ``possible`` (those no hard evidence rules out) that says what
    ``group`` says, in other words: the one whose sentence embedding is nearest the
    group's, at a cosine of at least ``threshold`` and ``MEANING_MARGIN`` ahead of the
    next. When no ticket's summary and start do, a ticket's lines are read one by one, at a
    bar ``MEANING_PASSAGE_PREMIUM`` higher."""
    if not possible:
        return None
    bar = MEANING_THRESHOLD if threshold is None else threshold
    vectors = encoder.encode(
        [meaning_text_of_group(group), *(meaning_text_of_ticket(t) for t in possible)]
    )
    cosines = [float(c) for c in vectors[1:] @ vectors[0]]
    found = _nearest(possible, cosines, bar)
    if found is not None:
        return found
    # The ticket's own sentences: a thread, a form or a tracker's template says what
    # happened below its start. One line scores high by chance more often than a whole
    # text, so it must clear a higher bar.
    passages = [(i, line) for i, t in enumerate(possible) for line in _text_of(t).passages]
    if passages:
        lines = encoder.encode([line for _, line in passages]) @ vectors[0]
        for (i, _), cosine in zip(passages, lines, strict=True):
            cosines[i] = max(cosines[i], float(cosine))
    return _nearest(possible, cosines, bar + MEANING_PASSAGE_PREMIUM)


def _nearest(possible: Sequence[Ticket], cosines: Sequence[float], bar: float) -> Match | None:
    """The ticket of the highest cosine, if it is at least ``bar`` and ``MEANING_MARGIN``
    ahead of the next."""
    ranked = sorted(range(len(possible)), key=lambda i: cosines[i], reverse=True)
    best = cosines[ranked[0]]
    if best < bar:
        return None
    if len(ranked) > 1 and best - cosines[ranked[1]] < MEANING_MARGIN:
        return None
    return Match(possible[ranked[0]], round(best, 4), "meaning")


# A line of a description long enough to say something (five words), at most this many per
# ticket, each cut to this many characters.
MIN_PASSAGE_WORDS = 5
MAX_PASSAGES = 40
PASSAGE_CHARS = 300


def _passages(description: str) -> tuple[str, ...]:
    """The lines of a ticket's description the model reads one by one."""
    lines = (line.strip() for line in description.splitlines())
    found = [line[:PASSAGE_CHARS] for line in lines if len(line.split()) >= MIN_PASSAGE_WORDS]
    return tuple(found[:MAX_PASSAGES])
