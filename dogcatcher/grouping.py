"""Grouping: sanitized events → error groups with stable fingerprints.

A fingerprint is a hash of the service, the error kind, the message template (variable parts
masked) and the signatures of the top in-app stack frames (file and function, no line
numbers). So ids, numbers, durations, hosts, pods and line shifts of a deploy leave it alone,
while a different exception type or throw site changes it.

Work is done page by page: ``group_events`` folds one page into groups, ``merge_groups``
folds the pages' groups together, so memory holds groups, never a window of events.
"""

from __future__ import annotations

import hashlib
import re
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache

from dogcatcher.models import MICROSECOND, ErrorGroup, LogEvent, StackFrame, pack_times

__all__ = [
    "Fingerprinter",
    "error_kind_of",
    "fingerprint",
    "group_events",
    "merge_groups",
    "normalize_message",
    "parse_frames",
    "top_frames",
]

MAX_EVENT_IDS = 10
MAX_HOSTS = 20
MAX_TEMPLATE = 500
# A sample message is kept to this length ("…" at the cut): a log line can be a whole
# response body, and samples travel into the run state, prompts and ticket bodies.
MAX_SAMPLE = 4000

# --- message templates --------------------------------------------------------------------
#
# A template is computed from one message alone (no state learned from other lines), so a
# line's fingerprint never depends on what else is in the page or the run. The approach is
# drain3's masking step made the whole job: typed regex masks for the variable parts whose
# shape is unambiguous (uuids, hex ids, IPs, timestamps, versions, durations, paths, pods),
# then a rule for every other token that holds a digit (Drain's "has digits" heuristic),
# with exceptions for the digit-bearing tokens that name an error rather than an instance
# of it: HTTP statuses and error codes in their usual places, and class names.


def _mask_hex(match: re.Match[str]) -> str:
    """A ``0x`` number as ``<hex>`` (an address, a pointer), unless it is an error's code
    ("HRESULT: 0x80070005", "exit code 0xC0000005"): ``_mask_token`` decides those."""
    token = match.group()
    if _CODE.fullmatch(token) and _names_the_error(match.string, match.start(), token):
        return token
    return "<hex>"


# (hint, pattern, placeholder): a mask runs only on lines containing its hint, a cheap
# substring test that skips most regex scans ("" = any line with a digit).
_MASKS: tuple[tuple[str, re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = (
    # Query strings carry ids and cursors; the scheme, host and path stay (digits in them are
    # masked below), since the endpoint that failed tells errors apart.
    ("://", re.compile(r"(\b[a-zA-Z][\w+.-]*://[^\s?#'\"<>]*)[?#][^\s'\"<>]*"), r"\1"),
    ("@", re.compile(r"[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b"), "<email>"),
    ("/", re.compile(r"(?:/tmp|/var/tmp|/private/var/folders|/dev/shm)/[^\s'\"]+"), "<path>"),
    ("", re.compile(r"[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}\b"), "<uuid>"),
    # Prefixed random object ids (Stripe's ch_3oi5Zpdg…, req_PGgxyIJ27…): mixed case sets
    # them apart from snake_case words (rate_limit, insufficient_funds).
    (
        "_",
        re.compile(r"\b[a-z]{2,8}_(?=[A-Za-z0-9]*[A-Z])(?=[A-Za-z0-9]*[a-z])[A-Za-z0-9]{10,}\b"),
        "<id>",
    ),
    ("ip-", re.compile(r"\bip-\d+-\d+-\d+-\d+(?:\.[\w.-]+)?"), "<host>"),
    # Kubernetes pod names: <deployment>-<replicaset hash>-<5 chars>. Kubernetes draws hash
    # and suffix from an alphabet without vowels, which no kebab-case words
    # (feature-flag-checkout-guard) fit; other alphanumerics there need a digit.
    (
        "-",
        re.compile(
            r"\b[a-z][a-z0-9-]*-(?:[b-df-hj-np-tv-xz2-9]{8,10}-[b-df-hj-np-tv-xz2-9]{5}"
            r"|(?=[a-z0-9]{0,9}\d|[a-z0-9]{8,10}-[a-z0-9]{0,4}\d)[a-z0-9]{8,10}-[a-z0-9]{5})\b"
        ),
        "<pod>",
    ),
    (
        "",
        re.compile(
            r"\d{4}-\d\d-\d\d(?:[T ]\d\d:\d\d(?::\d\d(?:[.,]\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?\b"
            r"|\d{1,2}:\d\d:\d\d(?:[.,]\d+)?\b"
        ),
        "<time>",
    ),
    (".", re.compile(r"\d(?<![\w.]\d)\d{0,2}(?:\.\d{1,3}){3}(?![\w.])"), "<ip>"),
    ("0x", re.compile(r"\b0x[0-9a-fA-F]+\b"), _mask_hex),
    ("", re.compile(r"\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{6,}\b"), "<hex>"),
    # Three-part versions, or two with a v; "2.5" stays a number, as amounts must.
    (
        ".",
        re.compile(r"\b(?:v?\d+(?:\.\d+){2,3}|v\d+\.\d+)(?:-[0-9A-Za-z.]+)?(?:\+[\w.]+)?\b"),
        "<version>",
    ),
    (
        "",
        re.compile(
            r"\b(?:\d+(?:\.\d+)?(?:h|m|s|ms|us|ns)){2,}\b"  # Go: 1m30.5s
            r"|\b\d+(?:\.\d+)?\s?(?:ms|us|µs|ns|s|sec|secs|seconds?|m|min|mins"
            r"|minutes?|h|hrs?|hours?|days?)\b"
        ),
        "<duration>",
    ),
    ("", re.compile(r"\b\d+(?:\.\d+)?\s?(?:[KMGTP]i?B|[kKMG]b|bytes?|B)\b"), "<size>"),
)

# Dates with a month's name ("Nov 12, 2026", "14 May 2024", Java's "Tue May 14 10:02:03 UTC
# 2024", RFC 1123's "Tue, 14 May 2024 10:02:03 GMT"): echoed back in quotes, the month would
# keep one as a word, a template per month. Masked before the masks below take its clock
# alone, and only on lines with a month's name: tried at every word of every line, it is slow.
_MONTHS = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
_MONTH_NAME = re.compile(_MONTHS).search
_MONTH = rf"(?:{_MONTHS})[a-z]{{0,6}}\.?"
_CLOCK = r"\d{1,2}:\d\d(?::\d\d(?:[.,]\d+)?)?"
_DATE_WITH_MONTH = re.compile(
    r"\b(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6},? )?"
    rf"(?:{_MONTH} \d{{1,2}},?(?: {_CLOCK}(?: [A-Z]{{2,5}})?)? \d{{4}}"
    rf"|\d{{1,2}} {_MONTH},? \d{{4}}(?: {_CLOCK}(?: [A-Z]{{2,5}}| [+-]\d{{4}})?)?)\b"
)

# A base64 blob (S3's "Extended Request ID: 2mVgQ/7QQIM…+FjC/K0z…=", an opaque cursor):
# its "+", "/" and "=" would cut it into pieces, and the pieces without a digit would stay
# as words. Told from a path or a package (com/acme/v2/Orders) by its shape: long, mixed
# case and digits, not starting with "/", and not two lowercase words among its segments.
_BLOB = re.compile(r"(?<![\w+/=.-])[A-Za-z0-9+/]{24,}={0,2}(?![\w+/=.-])")
_BLOB_SEGMENTS = re.compile(r"[+/]")
_LOWER_WORD = re.compile(r"[a-z]{3,}")


def _mask_blob(match: re.Match[str]) -> str:
    blob = match.group()
    segments = _BLOB_SEGMENTS.split(blob.rstrip("="))
    if (
        (len(segments) < 2 and not blob.endswith("="))
        or blob.startswith("/")
        or sum(c.isdigit() for c in blob) < 2
        or sum(c.isupper() for c in blob) < 2
        or sum(c.islower() for c in blob) < 2
        or sum(1 for segment in segments if _LOWER_WORD.fullmatch(segment)) >= 2
    ):
        return blob
    return "<id>"


# Any other token with a digit in it: decided by _mask_token.
_DIGIT_TOKEN = re.compile(r"(?<![\w.+-])[-+]?[\w.+-]*\d[\w.+-]*")
_NUMBER = re.compile(r"[-+]?\d+(?:\.\d+)?")
# Error codes (ORA-00060, E11000, 40P01) name the error when the message starts with them
# or a code word precedes them; elsewhere the same shape is an id (SKU-12345).
# A 32-bit code in hex names the error too: HRESULT 0x80070005, NTSTATUS 0xC0000005.
_CODE = re.compile(r"[A-Z]{1,6}-?\d{2,6}[A-Z]?|\d{2}[A-Z]\d{2}|0x[0-9A-Fa-f]{1,8}")
# Class names keep their digits (Http2Exception, com.acme.v2.S3Uploader): CamelCase words,
# acronyms and short digit runs, ending in a letter. Random ids rarely parse this way. Each
# word is taken whole and never split again (an atomic group, repeated possessively): with
# backtracking, "AB12" is "AB"+"12", "AB"+"1"+"2", "A"… and a long id that fails at its end
# ("DE89DE89…9", an uppercase base32 key) tried every split, twice the time per word, a hung
# run for one 100-character token. The greedy split accepts exactly the tokens some split
# does (checked against the backtracking form on every string of up to eight characters).
_CAMEL_WORDS = re.compile(r"(?>[A-Z]{2,}(?![a-z])|[A-Z]?[a-z]{2,}|[A-Z]?\d{1,2})++(?<=[A-Za-z])")
# Two more shapes of a name hold a short word with digits where _CAMEL_WORDS takes none: a
# version word at the end (OrderServiceV2) or a short lowercase name first (s3Client,
# k8sClient, oauth2Token). Held to Capitalized words around it, random ids pass them about
# as rarely as _CAMEL_WORDS (measured on random letters and digits of 5 to 20 characters).
_DIGIT_NAME = re.compile(
    r"[a-z]{1,5}\d{1,3}[a-z]?(?=[A-Za-z]{6})(?>[A-Z][a-z]{2,})++"
    r"|(?>[A-Z]?[a-z]{2,})(?>[A-Z][a-z]{2,})++[A-Z]\d{1,2}"
)
# A quote that holds only a lowercase word and a digit names a module or a package
# ('boto3', 'psycopg2', 'sqlite3'); echoed input is rarely that shape ('12a', 'ab12').
_QUOTED_NAME = re.compile(r"[a-z]{3,}\d")
_TOKEN_PART = re.compile(r"([._+-])")
_TWO_LOWER = re.compile(r"[a-z]{2}").search  # a word in it, and not all lowercase (below)
# Words after which a number is the error's code, not a count or an id.
_CODE_WORDS = frozenset(
    "status code errno error err sqlstate http exit signal sig rc returncode "
    "statuscode status_code http_status hresult ntstatus exited".split()
)
# After these, a 4xx/5xx number is an HTTP status ("upstream returned 503").
_HTTP_WORDS = frozenset(
    ["returned", "responded", "response", "got", "received", "with", "answered", "upstream"]
)
# A plural noun after the number makes it a count: "got 412 rows", "with 412 errors".
_COUNTED = re.compile(r" (?!status\b)[a-z]{2,}s\b")
_HTTP_REASON = re.compile(
    r"\s+(?:Bad|Unauthorized|Forbidden|Not|Method|Conflict|Gone|Payload|Unprocessable|Too"
    r"|Internal|Service|Gateway|Request|Precondition|Unsupported|Locked|Insufficient)\b"
)
_MASKED_RUN = re.compile(r"<(?:num|id)>(?:[._+-]<(?:num|id)>)+")


def _word_before(text: str, start: int) -> str:
    """The word before ``start``, across a few spaces or ``:=#([``."""
    head = text[max(0, start - 24) : start].rstrip(" :=#([")
    return head[head.rfind(" ") + 1 :].lstrip("([")


def _previous_word(text: str, start: int) -> str:
    """``_word_before``, lowercased."""
    return _word_before(text, start).lower()


def _ends_the_line(text: str, start: int, end: int) -> bool:
    """Whether the number from ``start`` to ``end`` ends the line after a colon and a space
    or in parentheses: the bare status of "Failed to fetch orders: 503" or "Shopify request
    failed (503)", not a port ("10.0.0.5:443")."""
    rest = text[end:].rstrip(" .")
    if text[start - 1 : start] == "(":
        return rest == ")"
    return not rest and text[start - 2 : start] == ": "


def _names_the_error(text: str, start: int, token: str) -> bool:
    """Whether the number or code at ``start`` tells errors apart rather than instances."""
    word = _previous_word(text, start)
    if word in _CODE_WORDS:
        return True
    if token.startswith("0x"):  # .NET's "COMException (0x80070005): Access is denied"
        return word.endswith("exception") or not text[:start].rstrip(" [(")
    if len(token) == 3 and token[0] in "45" and token.isdigit():
        if _HTTP_REASON.match(text, start + 3):
            return True
        if word in _HTTP_WORDS:
            return not _COUNTED.match(text, start + 3)  # "got 412 rows" counts rows
        return _ends_the_line(text, start, start + 3)
    if _NUMBER.fullmatch(token):
        return False
    # A code opening the message, alone or after a "Kind:" prefix: "ORA-00060: deadlock".
    head = text[:start].rstrip(" [(")
    return not head or (head.endswith(":") and " " not in head)


def _mask_token(match: re.Match[str]) -> str:
    token = match.group()
    if token.isdigit():  # the common case, first and cheap
        keep = _names_the_error(match.string, match.start(), token)
        return token if keep else "<num>"
    end = len(token.rstrip(".-+"))
    token, tail = token[:end], token[end:]
    if _NUMBER.fullmatch(token):
        keep = _names_the_error(match.string, match.start(), token)
        return (token if keep else "<num>") + tail
    if _CODE.fullmatch(token) and _names_the_error(match.string, match.start(), token):
        return token + tail
    parts = _TOKEN_PART.split(token)
    if "-" not in parts and any(_is_class_name(p) for p in parts):
        return token + tail  # a (qualified) class name
    if _QUOTED_NAME.fullmatch(token) and _fills_a_quote(match):
        return token + tail
    masked = "".join(
        ("<num>" if part.isdigit() else "<id>") if any(c.isdigit() for c in part) else part
        for part in parts
    )
    if masked[0] in "+-":  # a sign or a phone number's "+" is part of the value
        masked = masked[1:]
    if masked.count("<") > 1:  # ip-10-0-1-7, python3.11, 1.2-rc1: one value, one mask
        masked = _MASKED_RUN.sub(_one_mask, masked)
    return masked + tail


def _is_class_name(part: str) -> bool:
    if _CAMEL_WORDS.fullmatch(part) and _TWO_LOWER(part):
        return True
    return _DIGIT_NAME.fullmatch(part) is not None


def _fills_a_quote(match: re.Match[str]) -> bool:
    text, start, end = match.string, match.start(), match.end()
    quote = text[start - 1 : start]
    return quote in ("'", '"') and text[end : end + 1] == quote


def _one_mask(match: re.Match[str]) -> str:
    return "<id>" if "<id>" in match.group() else "<num>"


# Business entities whose names or codes vary per event: the value after them is masked
# when it looks like a name or code, not a word (warehouse DUB1, tenant 'acme-corp'), and
# always after "=" or ":" (user=alice). Plain words after them stay ("user not found").
_ENTITY_WORDS = frozenset(
    (
        *("user", "username", "customer", "tenant", "account", "org", "organization"),
        *("organisation", "merchant", "store", "shop", "warehouse", "member", "team"),
        *("project", "workspace", "company", "site", "vendor", "supplier", "seller"),
        *("partner", "brand"),
    )
)
_NOT_LETTERS = re.compile(r"[^a-z]+")
_VALUE = r"(?P<value>'[^'\n]*'|\"[^\"\n]*\"|`[^`\n]*`|<\w+>|[^\s,;)\]}'\"<]*[^\s,;)\]}'\"<:.])"
_ENTITY = re.compile(
    r"\b(?i:user(?:name)?|customer|tenant|account|org|organi[sz]ation|merchant|store|shop"
    r"|warehouse|member|team|project|workspace|company|site|vendor|supplier|seller|partner"
    r"|brand)\b(?P<sep>\s*[=:]\s*|\s+)" + _VALUE
)
# order_id=…, customerId: …, tenantID=…: any key naming an id.
_ID_KEY = re.compile(r"(?:_id|Id|ID)\b(?P<sep>\s*[=:]\s*)" + _VALUE)
# Not "to": before an entity word it is as often the infinitive's ("failed to store offsets",
# store the verb), and a plain word after it the verb's object, not a name.
_PREPOSITIONS = frozenset(("for", "of", "by", "from", "in"))
_NOT_A_NAME = frozenset(
    "is was were are be been has had have not no does did do can cannot could will "
    "would should must may might and or but with without in on at to for of from by "
    "the a an already still failed exceeded".split()
)
# What follows the colon of a wrapped error: a lowercase word or phrase, or a code in capitals
# or snake_case (EOF, NOT_FOUND, already_exists).
_CAUSE = re.compile(r"[a-z]+(?:_[a-z]+)*|[A-Z]+(?:_[A-Z]+)*")


def _mask_entity(match: re.Match[str]) -> str:
    value = match.group("value")
    if _CAUSE.fullmatch(value):  # not quoted, no digit
        text, sep = match.string, match.group("sep")
        if sep.isspace():
            # A plain word is a name only in "for tenant acme", and never a grammar word.
            named = _previous_word(text, match.start()) in _PREPOSITIONS
            if value.isalpha() and value.islower() and (not named or value in _NOT_A_NAME):
                return match.group()
        elif ":" in sep:
            # "get account: EOF", "create team: name already taken": Go wraps an error in
            # what it was doing, a verb and its object; what follows is the cause, not a name
            # as at the start ("user: alice") or after a capital ("ERROR user: alice").
            verb = _word_before(text, match.start())
            if verb.isalpha() and verb.islower() and verb not in _NOT_A_NAME:
                return match.group()
    return _mask_value(match)


def _mask_value(match: re.Match[str]) -> str:
    value = match.group("value")
    quote = value[0] if value[0] in "'\"`" else ""
    bare = value.strip("'\"`")
    if not bare or (bare.startswith("<") and bare not in _ID_MASKS):
        return match.group()  # typed placeholders from redaction stay what they are
    # One placeholder whatever the value looked like (DUB1, ACME, 12345), so the shape of a
    # name does not split its group.
    return match.group()[: match.start("value") - match.start()] + f"{quote}<id>{quote}"


_ID_MASKS = frozenset(("<num>", "<id>"))
# Quoted input echoed back ("For input string: \"12a\"", '', 'N/A') is data, not a name:
# masked when it is empty or has no word in it once its variable parts are masked. Quoted
# identifiers ('sku', 'total') stay, and so do the words of a name that held a variable
# part ("http://<ip>:<num>/v1/charges", '<id>-credentials'): a different endpoint, missing
# key or secret is a different bug.
_QUOTED = re.compile(r"(['\"])([^'\"\n]{0,80})\1")
_A_WORD = re.compile(r"[A-Za-z]{2}").search
_PLACEHOLDER = re.compile(r"<\w+>")


def _mask_quoted(match: re.Match[str]) -> str:
    content = match.group(2)
    words = _PLACEHOLDER.sub(" ", content) if "<" in content else content
    if _A_WORD(words):
        return match.group()
    typed = content.count("<") == 1 and content[0] == "<" and content[-1] == ">"
    if typed and content not in _SHAPES_OF_DATA:
        return match.group()  # one typed value, quoted: '<path>', "<email>"
    return f"{match.group(1)}<value>{match.group(1)}"


# What the same echoed input may turn into, depending on what was typed ("12", "1.2.3", "7f").
_SHAPES_OF_DATA = frozenset(
    ("<num>", "<id>", "<hex>", "<version>", "<duration>", "<size>", "<time>")
)
_HAS_DIGIT = re.compile(r"\d").search
_SPACES = re.compile(r"\s+")
# "+44 7700 900674" → one <num>, however a phone number or amount is spaced.
_NUM_RUN = re.compile(r"<num>(?:(?:[ -]+|,)<num>)+")


def normalize_message(text: str) -> str:
    """The template of a message: its first line with variable parts masked.

    Stateless: the same text always gives the same template, whatever else was seen.
    """
    line = text.strip().split("\n", 1)[0][: MAX_TEMPLATE * 2]
    digits = _HAS_DIGIT(line) is not None
    if digits and ("/" in line or "+" in line or "=" in line):
        line = _BLOB.sub(_mask_blob, line)  # first: the masks below would cut a blob up
    if digits and _MONTH_NAME(line):
        line = _DATE_WITH_MONTH.sub("<time>", line)
    for hint, pattern, placeholder in _MASKS:
        if (hint in line) if hint else digits:
            line = pattern.sub(placeholder, line)
    if digits:
        line = _DIGIT_TOKEN.sub(_mask_token, line)
    if "'" in line or '"' in line:
        line = _QUOTED.sub(_mask_quoted, line)
    lower = line.lower()
    if not _ENTITY_WORDS.isdisjoint(_NOT_LETTERS.split(lower)):
        line = _ENTITY.sub(_mask_entity, line)
    if "id" in lower:
        line = _ID_KEY.sub(_mask_value, line)
    line = _NUM_RUN.sub("<num>", line)
    return _SPACES.sub(" ", line).strip()[:MAX_TEMPLATE]


# --- stack frames -------------------------------------------------------------------------

_JAVA_FRAME = re.compile(r"^[^\S\n]*at ([\w$.<>/@]+)\(([^:)]*)(?::(\d+))?\)", re.M)
# Python 3.11's exception groups print their tracebacks behind a "| " margin.
_PY_FRAME = re.compile(r'^[^\S\n]*(?:\|[^\S\n]*)?File "([^"]+)", line (\d+), in (\S+)', re.M)
_NODE_FRAME = re.compile(r"^[^\S\n]*at (?:(.+?) \()?([^()\s]+?):(\d+):\d+\)?[^\S\n]*$", re.M)
_JAVA_FILE = re.compile(r"\(\w[\w$]*\.(?:java|kt|scala)(?::\d+)?\)")
# Go: a function line (its arguments as a panic prints them, "(0xc000…, {0x1…})"; none
# as zap's and pkg/errors' stacktraces print it), then its file on a tab-indented line. A
# pointer receiver "(*Handler)" is part of the name, never the arguments.
_GO_FRAME = re.compile(
    r"^((?:[\w./\[\]-]|\(\*[\w.\[\], ]+\))+)(?:\([^\n]*\))?\n\t(\S+\.go):(\d+)", re.M
)
# Ruby: "/app/models/order.rb:42:in `place'" (3.4: "in 'Order#place'"), maybe after "from".
_RUBY_FRAME = re.compile(r"^[^\S\n]*(?:from )?(\S+?\.rb):(\d+):in [`']([^'`]+)'", re.M)
# .NET: "at Acme.Orders.OrderService.Place(Order order) in /src/OrderService.cs:line 42";
# no space before "(", unlike V8's "at fn (file:1:2)".
_DOTNET_FRAME = re.compile(
    r"^[^\S\n]*at ([^\s(]+)\([^\n]*?\)(?: in (.+?):line (\d+))?[^\S\n]*$", re.M
)

# Third-party code, not the service's own: its frames never stand for the throw site, so a
# driver's or a parser's error reached from two call sites of the service makes two groups,
# and a title names the service's code. Java and .NET frames carry only a qualified name,
# so their libraries are known by their top namespaces: the runtime's, then the libraries
# services commonly run on (drivers, serializers, HTTP and cloud clients, messaging,
# caches, observability, frameworks, test tools). Python, Node, Ruby and Go frames carry a
# path that says where a package was installed.
_JAVA_LIBRARY = (
    # the platform and other JVM languages' runtimes
    "java.", "javax.", "jakarta.", "jdk.", "sun.", "com.sun.", "kotlin.", "kotlinx.",
    "scala.", "groovy.", "org.codehaus.groovy.", "clojure.", "android.", "androidx.",
    "dalvik.", "com.android.",
    # frameworks and servers
    "org.springframework.", "org.apache.", "org.hibernate.", "org.eclipse.", "org.glassfish.",
    "org.jboss.", "io.undertow.", "io.netty.", "reactor.", "io.projectreactor.",
    "io.reactivex.", "rx.", "org.reactivestreams.", "io.vertx.", "akka.", "io.quarkus.",
    "io.micronaut.", "io.helidon.", "io.dropwizard.", "io.ktor.", "org.jetbrains.",
    "com.netflix.", "io.github.resilience4j.", "org.aspectj.", "net.bytebuddy.",
    "org.objectweb.asm.", "javassist.", "net.sf.cglib.", "org.objenesis.",
    # databases, caches and their drivers
    "com.zaxxer.", "org.postgresql.", "com.mysql.", "org.mariadb.", "oracle.",
    "com.microsoft.", "com.ibm.", "org.h2.", "org.hsqldb.", "org.sqlite.", "org.jooq.",
    "org.mybatis.", "org.jdbi.", "org.flywaydb.", "liquibase.", "io.r2dbc.", "com.mongodb.",
    "org.mongodb.", "org.bson.", "com.datastax.", "io.lettuce.", "redis.clients.",
    "org.redisson.", "net.spy.memcached.", "com.github.benmanes.", "org.ehcache.",
    "com.hazelcast.", "org.elasticsearch.", "co.elastic.", "org.opensearch.", "org.neo4j.",
    # serialization, HTTP, RPC, messaging and cloud clients
    "com.fasterxml.", "com.google.", "org.yaml.", "org.json.", "net.minidev.", "com.jayway.",
    "com.thoughtworks.", "com.esotericsoftware.", "org.msgpack.", "org.xml.", "org.w3c.",
    "okhttp3.", "okio.", "retrofit2.", "feign.", "org.asynchttpclient.", "com.squareup.",
    "io.grpc.", "com.linecorp.", "com.rabbitmq.", "io.confluent.", "io.nats.",
    "com.amazonaws.", "software.amazon.", "com.azure.", "com.stripe.", "com.twilio.",
    "com.sendgrid.", "io.temporal.", "org.camunda.", "org.flowable.", "org.quartz.",
    "graphql.", "io.swagger.", "org.jsoup.", "com.opencsv.", "org.joda.",
    # security, templates, logging, metrics, tracing, tests
    "io.jsonwebtoken.", "com.auth0.", "com.nimbusds.", "org.bouncycastle.", "org.keycloak.",
    "org.thymeleaf.", "freemarker.", "ognl.", "org.mvel2.", "org.slf4j.", "ch.qos.logback.",
    "io.micrometer.", "io.opentelemetry.", "io.opentracing.", "io.prometheus.", "brave.",
    "zipkin2.", "io.sentry.", "com.newrelic.", "datadog.", "com.codahale.", "org.junit.",
    "org.mockito.", "org.testng.", "org.assertj.", "org.hamcrest.",
)  # fmt: skip
# A console script in a bin folder (/usr/local/bin/gunicorn, a venv's bin/celery, pip's
# shim for the service's own entry point) only launches code that lives elsewhere.
_PY_LIBRARY = ("site-packages/", "dist-packages/", "/lib/python", "<frozen", "/bin/")
# Node's own modules print as "node:internal/…" or (before Node 16) a relative
# "internal/…"; an app's own ".../internal/" folder is app code.
_NODE_LIBRARY = ("node:", "internal/")
# Go: the module cache (also under -trimpath, where a dependency's path keeps its @version),
# vendored modules, and the Go root's sources.
_GO_LIBRARY = ("/go/pkg/mod/", "/vendor/", "/usr/local/go/", "/usr/lib/go", "runtime/")
_GO_MODULE_VERSION = re.compile(r"@v\d")
# The standard library's top-level packages: a Go function is named by its import path,
# and only the standard library's paths start with one of these (a module's path starts
# with a domain, or is the service's own module, whose code runs in "main" or under it).
_GO_STD = frozenset(
    "archive bufio bytes cmp compress container context crypto database debug embed encoding "
    "errors expvar flag fmt go hash html image index internal io iter log maps math mime net "
    "os path plugin reflect regexp runtime slices sort strconv strings sync syscall testing "
    "text time unicode unique unsafe weak".split()
)
_RUBY_LIBRARY = ("/gems/", "/lib/ruby/", "<internal:")
_DOTNET_LIBRARY = (
    "System.", "Microsoft.", "Npgsql", "Newtonsoft.", "Polly.", "Grpc.", "StackExchange.",
    "Dapper.", "lambda_method", "Serilog.", "MediatR.", "Azure.", "Amazon.", "Google.",
    "MySql.", "MySqlConnector.", "Pomelo.", "Oracle.", "MongoDB.", "Elastic.", "Elasticsearch.",
    "Nest.", "Marten.", "RabbitMQ.", "MassTransit.", "Confluent.", "NServiceBus.", "Rebus.",
    "Hangfire.", "Quartz.", "AutoMapper.", "FluentValidation.", "NHibernate.", "Castle.",
    "Autofac.", "SimpleInjector.", "Lamar.", "RestSharp.", "Refit.", "Flurl.", "NLog.",
    "log4net.", "Swashbuckle.", "HotChocolate.", "GraphQL.", "OpenTelemetry.", "Datadog.",
    "Sentry.", "Stripe.", "Twilio.", "SendGrid.", "CsvHelper.", "Humanizer.", "Duende.",
    "IdentityServer4.", "Dapr.", "Orleans.", "Akka.", "Yarp.", "Ocelot.", "Steeltoe.",
    "Minio.", "Xunit.", "NUnit.", "Moq.", "Nito.",
)  # fmt: skip


def _go_library(func: str, path: str) -> bool:
    if any(marker in path or func.startswith(marker) for marker in _GO_LIBRARY):
        return True
    if _GO_MODULE_VERSION.search(path):
        return True
    head = func.split("/", 1)[0] if "/" in func else func.split(".", 1)[0]
    return head in _GO_STD


@dataclass(frozen=True)
class FrameRules:
    """A team's own word on which frames are its code, over the built-in lists: markers
    that are a prefix of a frame's function (``com.acme.platform.``) or a part of its file
    path (``site-packages/orders_api/``). ``app`` wins over ``library``."""

    app: tuple[str, ...] = ()
    library: tuple[str, ...] = ()

    def in_app(self, function: str, path: str | None, default: bool) -> bool:
        def marked(markers: tuple[str, ...]) -> bool:
            return any(function.startswith(m) or (path is not None and m in path) for m in markers)

        return True if marked(self.app) else False if marked(self.library) else default


# Hashes in bundle or generated names (main.8f3a2b91.js, $$Lambda$123) would change on
# every build; they are masked inside frame signatures.
# .NET's compiler-generated numbering (<PlaceAsync>d__5, lambda_method12,
# <>c__DisplayClass3_0) changes with unrelated code edits too.
# Proxy classes get a random suffix at every JVM start (Hibernate's and ByteBuddy's
# $HibernateProxy$Dl2yLoWF, CGLIB's $$EnhancerBySpringCGLIB$$8f3a2b91), and bundlers name
# chunks by content hash (Vite's index-BdQq_4oD.js, webpack's main-8f3a2b91.js, Next's
# chunks/8123.js): each deploy or restart would make a new group of the same bug.
_FRAME_NOISE = re.compile(
    r"(?<=[.$])[0-9a-f]{6,}(?=\.)|\$\$Lambda\$\d+(?:/0x[0-9a-f]+)?|\$\d+"
    r"|(?<=>d__)\d+|(?<=__)\d+(?:_\d+)?|(?<=lambda_method)\d+"
    r"|(?<=\$HibernateProxy\$)[A-Za-z0-9]+|(?<=\$ByteBuddy\$)[A-Za-z0-9]+"
    r"|(?<=EnhancerBySpringCGLIB)\$\$[0-9a-f]+|(?<=EnhancerByCGLIB)\$\$[0-9a-f]+"
    r"|(?<=-)[0-9a-f]{8,}(?=\.(?:m?js|css)\b)"
    r"|(?<=-)(?=[A-Za-z0-9_-]{0,7}[A-Z])(?=[A-Za-z0-9_-]{0,7}[0-9_])[A-Za-z0-9_-]{8}(?=\.m?js\b)"
    r"|(?<=/chunks/)[0-9]+(?=\.js\b)"
)
# Java 9+ names a JDK frame's module with its version: java.base@17.0.2/java.lang.Thread.run.
_MODULE_VERSION = re.compile(r"@v?\d[\w.-]*(?=/)")
# Digits in a frame's directories are release folders, runtime versions or build numbers
# (/releases/20261101/, python3.11/, pgx/v5@v5.5.0/, agent/_work/12/): not the throw site.
# Found as the digit runs before a line's last separator, not by a regex that looks ahead
# for a separator after each run: that one took cubic time on a long run of digits (three
# seconds for one frame of a browser stack with a 1,000-digit URL).
_DIGITS = re.compile(r"\d+")


def _dir_digits_masked(file: str) -> str:
    """``file`` with each digit run in its directories replaced by ``N``."""
    if "\n" in file:
        return "\n".join(_dir_digits_masked(line) for line in file.split("\n"))
    cut = max(file.rfind("/"), file.rfind("\\"))
    return file if cut < 0 else _DIGITS.sub("N", file[:cut]) + file[cut:]


@lru_cache(maxsize=8192)
def _frame(function: str, file: str | None, line: str | None, in_app: bool) -> StackFrame:
    # Cached: the same frames recur in many stacks, and models are costly to validate.
    return StackFrame(
        function=_MODULE_VERSION.sub("", _FRAME_NOISE.sub("", function)),
        file=_FRAME_NOISE.sub("", file) if file else None,
        line=int(line) if line else None,
        in_app=in_app,
    )


_RawFrame = tuple[str, str | None, str | None, bool]  # function, file, line, in_app


def _raw_frames(stack: str, rules: FrameRules | None = None) -> Iterator[_RawFrame]:
    """Frames as plain tuples, innermost first, lazily: callers that want the top few stop
    early, which matters for the deep stacks of Java services."""
    frames = _builtin_frames(stack)
    if rules is None or not (rules.app or rules.library):
        return frames
    return ((f, path, line, rules.in_app(f, path, app)) for f, path, line, app in frames)


def _builtin_frames(stack: str) -> Iterator[_RawFrame]:
    """``_raw_frames`` by the built-in lists alone."""
    if "Traceback (most recent call last)" in stack or 'File "' in stack:
        python = _PY_FRAME.findall(stack)
        for path, line, func in reversed(python):  # Python prints the innermost frame last
            yield func, path, line, not any(m in path for m in _PY_LIBRARY)
        return
    if "goroutine " in stack or ".go:" in stack:
        for m in _GO_FRAME.finditer(stack):
            func, path, line = m.groups()
            yield func, path, line, not _go_library(func, path)
        return
    if _JAVA_FILE.search(stack):
        for m in _JAVA_FRAME.finditer(stack):
            func, file, line = m.groups()
            yield func, file or None, line, not func.startswith(_JAVA_LIBRARY)
        return
    if ".rb:" in stack:
        for m in _RUBY_FRAME.finditer(stack):
            path, line, func = m.groups()
            yield func, path, line, not any(marker in path for marker in _RUBY_LIBRARY)
        return
    if ":line " in stack or _DOTNET_FRAME.search(stack):
        for m in _DOTNET_FRAME.finditer(stack):
            func, path, line = m.groups()
            yield func, path, line, not func.startswith(_DOTNET_LIBRARY)
        return
    for m in _NODE_FRAME.finditer(stack):
        func, path, line = m.groups()
        in_app = not (path.startswith(_NODE_LIBRARY) or "node_modules/" in path)
        yield func or "<anonymous>", path, line, in_app


# What makes a line of a stack part of a frame, or decides how the stack is read: a line
# with none of these (a Java or Node stack's message line, a Python stack's last line) can
# be left out, and the same frames come out.
_FRAME_MARKERS = (
    'File "',
    "Traceback (most recent call last)",
    "goroutine ",
    ".go:",
    ".rb:",
    ":line ",
)
_JAVA_EXTENSIONS = (".java", ".kt", ".scala")


def _inert(line: str) -> bool:
    """Whether ``line`` can be no part of a frame, and says nothing of the stack's language
    (see ``_raw_frames``): no frame's start ("at ", 'File "'), no Go function line (it ends
    with ")"), no marker, no Java file in parentheses."""
    if any(marker in line for marker in _FRAME_MARKERS):
        return False
    if line.lstrip().startswith("at ") or line.rstrip().endswith(")"):
        return False
    return "(" not in line or not any(ext in line for ext in _JAVA_EXTENSIONS)


def _go_file_line(stack: str, start: int) -> bool:
    """Whether the line at ``start`` is a Go frame's file ("\t/app/x.go:31"): the line
    before it is then a function, though it may print no arguments (zap's stacktraces)."""
    end = stack.find("\n", start)
    return stack.startswith("\t", start) and ".go:" in stack[start : end if end >= 0 else None]


def frame_lines(stack: str) -> str:
    """``stack`` without its first and last lines where they are inert: what its frames
    are read from. A stack's message is on its first line (Java, Go, Node, .NET) or its
    last (Python) and varies with every event, while the frames repeat: keyed by this,
    a stack's frames are parsed once per throw site, not once per message."""
    first = stack.find("\n")
    if first < 0:
        return stack
    start = first + 1 if _inert(stack[:first]) and not _go_file_line(stack, first + 1) else 0
    last = stack.rfind("\n")
    end = last if last >= start and _inert(stack[last + 1 :]) else len(stack)
    return stack[start:end]


def parse_frames(stack: str, rules: FrameRules | None = None) -> list[StackFrame]:
    """Frames of a Java, Python, Node, Go, Ruby or .NET stack trace, innermost (throw site)
    first."""
    return [_frame(*raw) for raw in _raw_frames(stack, rules)]


def top_frames(stack: str, n: int, rules: FrameRules | None = None) -> tuple[StackFrame, ...]:
    """The ``n`` innermost in-app frames; the innermost frames of any kind if none is."""
    in_app: list[_RawFrame] = []
    first: list[_RawFrame] = []
    for raw in _raw_frames(stack, rules):
        if len(first) < n:
            first.append(raw)
        if raw[3]:
            in_app.append(raw)
            if len(in_app) == n:
                break
    return tuple(_frame(*raw) for raw in (in_app or first)[:n])


_KIND_LINE = re.compile(
    r"^(?:Caused by: )?([A-Za-z_][\w.$]*(?:Error|Exception|Throwable|Exit|Interrupt|Warning"
    r"|Detected|Violation|Failure|Fault))(?::|$)",
    re.M,
)


def error_kind_of(event: LogEvent) -> str | None:
    """The error's type: ``error.kind`` when present, else read off the stack or message."""
    if event.error_kind:
        return event.error_kind
    stack = event.error_stack or ""
    if stack.startswith("panic:") or "\npanic:" in stack:
        return "panic"
    text = stack or event.message
    found: list[str] = _KIND_LINE.findall(text)
    if not found:
        return None
    # Python names the exception on its last line; the others on their first.
    return found[-1] if "Traceback (most recent call last)" in text else found[0]


def _signature(frame: StackFrame) -> str:
    """``frame.signature()`` with digits in its directories masked: identical to it for the
    usual paths, so those fingerprints did not change when this rule came in."""
    file = frame.file
    if file and (masked := _dir_digits_masked(file)) != file:
        return f"{masked}:{frame.function}"
    return frame.signature()


def _signatures(frames: Sequence[StackFrame]) -> str:
    return "".join("\x1f" + _signature(frame) for frame in frames)


def _hash(service: str, kind: str | None, template: str, signatures: str) -> str:
    text = f"{service}\x1f{kind or ''}\x1f{template}{signatures}"
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def fingerprint(service: str, kind: str | None, template: str, frames: Sequence[StackFrame]) -> str:
    """A stable 16-hex-digit id of one distinct error."""
    return _hash(service, kind, template, _signatures(frames))


# --- accumulation -------------------------------------------------------------------------

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


@dataclass
class _Builder:
    fingerprint: str
    kind: str | None
    template: str
    frames: tuple[StackFrame, ...]
    first_seen: datetime
    last_seen: datetime
    stack: str | None
    count: int = 0
    services: Counter[str] = field(default_factory=Counter)
    hosts: Counter[str] = field(default_factory=Counter)
    envs: set[str] = field(default_factory=set)
    samples: list[str] = field(default_factory=list)
    event_ids: list[str] = field(default_factory=list)
    times: array[int] = field(default_factory=lambda: array("q"))

    def add(self, event: LogEvent, max_samples: int) -> None:
        self.count += 1
        moment = event.timestamp
        self.times.append((moment - _EPOCH) // MICROSECOND)
        if moment < self.first_seen:
            self.first_seen = moment
        elif moment > self.last_seen:
            self.last_seen = moment
        self.services[event.service] += 1
        host = event.host
        if host and (host in self.hosts or len(self.hosts) < MAX_HOSTS):
            self.hosts[host] += 1
        env = event.env
        if env:
            self.envs.add(env)
        if len(self.samples) < max_samples:
            sample = event.message.strip()
            if len(sample) > MAX_SAMPLE:
                sample = sample[: MAX_SAMPLE - 1] + "…"
            if sample not in self.samples:
                self.samples.append(sample)
        if len(self.event_ids) < MAX_EVENT_IDS:
            self.event_ids.append(event.id)

    def build(self) -> ErrorGroup:
        return ErrorGroup(
            fingerprint=self.fingerprint,
            error_kind=self.kind,
            template=self.template,
            count=self.count,
            first_seen=self.first_seen,
            last_seen=self.last_seen,
            services=tuple(name for name, _ in self.services.most_common()),
            hosts=tuple(name for name, _ in self.hosts.most_common()),
            envs=tuple(sorted(self.envs)),
            samples=tuple(self.samples),
            stack=self.stack,
            top_frames=self.frames,
            event_ids=tuple(self.event_ids),
            times=pack_times(self.times),
        )


class Fingerprinter:
    """Computes an event's group key. Messages and stacks repeat across events, so each
    distinct text is masked or parsed once, and each distinct key hashed once (the memos are
    cleared when they grow large)."""

    MEMO_LIMIT = 50_000

    def __init__(self, stack_frames: int = 3, rules: FrameRules | None = None) -> None:
        self.stack_frames = stack_frames
        self.rules = rules
        self._templates: dict[str, str] = {}
        self._frames: dict[str, tuple[tuple[StackFrame, ...], str]] = {}
        self._fingerprints: dict[tuple[str, str | None, str, str], str] = {}

    def key(self, event: LogEvent) -> tuple[str, str | None, str, tuple[StackFrame, ...]]:
        """(fingerprint, error kind, template, top frames) of a sanitized event."""
        text = event.error_message or event.message
        template = self._templates.get(text)
        if template is None:
            if len(self._templates) >= self.MEMO_LIMIT:
                self._templates.clear()
            template = self._templates[text] = normalize_message(text)
        frames: tuple[StackFrame, ...] = ()
        signatures = ""
        stack = event.error_stack
        if stack and self.stack_frames:
            cached = self._frames.get(stack)
            if cached is None:
                # A new stack is mostly a new message over frames seen before.
                if len(self._frames) >= self.MEMO_LIMIT:
                    self._frames.clear()
                lines = frame_lines(stack)
                cached = self._frames.get(lines)
                if cached is None:
                    parsed = top_frames(lines, self.stack_frames, self.rules)
                    keyed: Sequence[StackFrame] = parsed
                    if parsed and not any(frame.in_app for frame in parsed):
                        # No frame is the service's own: its code is installed like its
                        # libraries (a wheel in site-packages, a `go install`ed module).
                        # Every frame keys the group then, so the service's call site deep
                        # in the stack still tells two bugs apart; a frame repeated in a
                        # row (a retry, a recursion) once, as its depth varies by event.
                        every = parse_frames(lines, self.rules)
                        keyed = [
                            frame
                            for frame, before in zip(every, [None, *every], strict=False)
                            if before is None or _signature(frame) != _signature(before)
                        ]
                    cached = self._frames[lines] = (parsed, _signatures(keyed))
                self._frames[stack] = cached
            frames, signatures = cached
        kind = error_kind_of(event)
        # Keyed by the frames' signatures, which hash fast, unlike the frame models.
        memo_key = (event.service, kind, template, signatures)
        fp = self._fingerprints.get(memo_key)
        if fp is None:
            if len(self._fingerprints) >= self.MEMO_LIMIT:
                self._fingerprints.clear()
            fp = self._fingerprints[memo_key] = _hash(event.service, kind, template, signatures)
        return fp, kind, template, frames


def group_events(
    events: Iterable[LogEvent],
    *,
    stack_frames: int = 3,
    max_samples: int = 3,
    frame_rules: FrameRules | None = None,
) -> list[ErrorGroup]:
    """Fold sanitized events into groups, largest first."""
    builders: dict[str, _Builder] = {}
    keyer = Fingerprinter(stack_frames, frame_rules)
    for event in events:
        fp, kind, template, frames = keyer.key(event)
        builder = builders.get(fp)
        if builder is None:
            builder = builders[fp] = _Builder(
                fingerprint=fp,
                kind=kind,
                template=template,
                frames=frames,
                first_seen=event.timestamp,
                last_seen=event.timestamp,
                stack=event.error_stack,
            )
        builder.add(event, max_samples)
    groups = [builder.build() for builder in builders.values()]
    groups.sort(key=lambda group: (-group.count, group.fingerprint))
    return groups


def _merge_ordered(first: Sequence[str], second: Sequence[str], limit: int) -> tuple[str, ...]:
    merged = list(first)
    merged.extend(item for item in second if item not in merged)
    return tuple(merged[:limit])


def merge_groups(
    batches: Iterable[Sequence[ErrorGroup]], *, max_samples: int = 3
) -> list[ErrorGroup]:
    """Merge groups of the same fingerprint from several pages, largest first."""
    merged: dict[str, ErrorGroup] = {}
    for batch in batches:
        for group in batch:
            seen = merged.get(group.fingerprint)
            if seen is None:
                merged[group.fingerprint] = group
                continue
            merged[group.fingerprint] = seen.model_copy(
                update={
                    "count": seen.count + group.count,
                    "first_seen": min(seen.first_seen, group.first_seen),
                    "last_seen": max(seen.last_seen, group.last_seen),
                    "services": _merge_ordered(seen.services, group.services, 50),
                    "hosts": _merge_ordered(seen.hosts, group.hosts, MAX_HOSTS),
                    "envs": tuple(sorted({*seen.envs, *group.envs})),
                    "samples": _merge_ordered(seen.samples, group.samples, max_samples),
                    "event_ids": _merge_ordered(seen.event_ids, group.event_ids, MAX_EVENT_IDS),
                    "times": ErrorGroup.joined_times((seen, group)),
                }
            )
    return sorted(merged.values(), key=lambda group: (-group.count, group.fingerprint))
