"""Redaction of PII and secrets from log text, before anything leaves the process.

Every finding is replaced by a typed placeholder in angle brackets: ``<email>``, ``<ip>``,
``<card>``, ``<jwt>``, ``<token>``, ``<aws_key>``, ``<secret>``. What helps debugging stays:
status and error codes, durations, ports, versions, timestamps, class names, UUIDs, hashes,
line numbers, and ids that are not card numbers.

Rules run in a fixed order, each a precompiled regex behind a cheap substring pre-check, so
a line without PII costs a few ``in`` tests and two or three C-level scans. No rule matches
a placeholder, which makes ``redact`` idempotent.
"""

from __future__ import annotations

import ipaddress
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import NamedTuple

from dogcatcher.models import LogEvent

__all__ = ["PLACEHOLDERS", "SanitizedEvents", "redact", "redact_counts", "sanitize_events"]

PLACEHOLDERS: frozenset[str] = frozenset(
    {"email", "ip", "card", "jwt", "token", "aws_key", "secret"}
)

_PLACEHOLDER_TEXTS = frozenset(f"<{name}>" for name in PLACEHOLDERS)

# A handler gets a candidate match plus the original text and returns the replacement for
# the match's span and the placeholder type, or None to leave the span as it is.
_Handler = Callable[[re.Match[str], str], tuple[str, str] | None]


@dataclass(frozen=True, slots=True)
class _Rule:
    kind: str  # what a template rule counts; handlers name the type of each finding
    pattern: re.Pattern[str]
    precheck: Callable[[str], bool]
    # Exactly one of template/handler. A static template lets ``subn`` replace and count in
    # C, far cheaper than a Python call per match.
    template: str | None = None
    handler: _Handler | None = None
    # Match against text.lower() instead of re.IGNORECASE: an IGNORECASE alternation gets no
    # fast prefix scan and is ~8x slower. Spans line up because lower() keeps the length.
    lowered: bool = False


_FLAGS = re.ASCII  # log digits and keys are ASCII; \s, \w stay cheap

# JWT: the header is base64url JSON, so it always starts with "eyJ" ('{"').
_JWT = re.compile(
    r"(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{4,}+\.[A-Za-z0-9_-]{4,}+\.[A-Za-z0-9_-]*+", _FLAGS
)

# Bearer tokens (RFC 6750 b64token); the scheme word stays for context.
_BEARER = re.compile(
    r"(?<![A-Za-z0-9_])((?:[Bb]earer|BEARER)[ \t]++)[A-Za-z0-9._~+/-]++=*+", _FLAGS
)

# AWS access key ids.
_AWS_ID = re.compile(r"(?<![A-Za-z0-9])A(?:KIA|SIA)[A-Z0-9]{16}(?![A-Za-z0-9])", _FLAGS)

# Password in a URL's userinfo. The user may contain '@' (smtp://me@acme.com:pw@host) and
# the password runs to the last '@' before the path, so an unencoded '@' does not leak the
# rest of it. It never contains a placeholder: later rules may shrink a password they could
# not match (it had spaces) to one, and a second pass must not take that for a password.
_PLACEHOLDER_ALT = "|".join(sorted(PLACEHOLDERS))
_URL_PASSWORD = re.compile(
    r"(?<![A-Za-z0-9+.-])([A-Za-z][A-Za-z0-9+.-]*+://[^\s/?#:]*+:)"
    rf"(?:[^\s/?#<]|<(?!(?:{_PLACEHOLDER_ALT})>))+(?=@)",
    _FLAGS,
)

# Values of sensitive keys in key=value, key: value, "key": "value", 'key': 'value', and
# JSON escaped inside a JSON string (\"key\": \"value\"). _KV and _COOKIE run on lowered text.
# No left boundary on the key, so db_password, x-auth-token, userpassword and client_secret
# all count; the right boundary (optional closing quote, then ':' or '=') keeps
# token_count=5 and tokenizer: bert out. The key alternation has no capture groups: one
# would cost the regex engine its fast first-character scan.
_KEY_TAIL = r"""
    (?P<kq>\\?["']?)
    [ \t]*[:=][ \t]*
"""
_QUOTED_VALUE = r"""
        \\"(?P<e>(?:[^"\\\r\n]|\\[^"\r\n])*+)(?:\\")?
      | "(?P<d>[^"\\\r\n]*+(?:\\.[^"\\\r\n]*+)*+)"?
      | '(?P<s>[^'\\\r\n]*+(?:\\.[^'\\\r\n]*+)*+)'?
"""
_KV = re.compile(
    rf"""
    (?:
        aws[_-]?secret[_-]?key | secret[_-]?access[_-]?key
      | pass(?:word|wd|phrase) | pwd | secret(?:[_-]?key)? | token | api[_-]?key
      | private[_-]?key | authorization | session(?:[_-]?id)?
    )
    {_KEY_TAIL}
    (?:
        {_QUOTED_VALUE}
      | (?P<scheme>(?:bearer|basic|digest|negotiate|token)[ \t]++)?
        (?P<u>[^\s"',;&(){{}}\[\]\\][^\s"',;&)}}\]]*+)
    )
    """,
    _FLAGS | re.VERBOSE,
)
# A cookie header is a '; '-separated list of name=value pairs: all of it goes, not just the
# first pair. Runs before _KV, so "session=..." inside it is not counted twice.
_COOKIE = re.compile(
    rf"""
    cookie
    {_KEY_TAIL}
    (?:
        {_QUOTED_VALUE}
      | (?P<u>[^\s"';,)}}\]]++(?:;[ \t]*+[^\s"';,)}}\]]++)*+)
    )
    """,
    _FLAGS | re.VERBOSE,
)
_VALUE_GROUPS = ("e", "d", "s", "u")
_AUTH_SCHEME = re.compile(r"(?:bearer|basic|digest|negotiate)[ \t]+", _FLAGS)
# Bare JSON/Python literals after a sensitive key are not secrets; keep them readable.
_BARE_LITERALS = frozenset({"null", "true", "false", "none"})
_NUMBER = re.compile(r"-?[0-9][0-9.eE+-]*", _FLAGS)

# Email. The local part starts at a letter or digit that follows no other one, so the text
# right after an email ("a@b.com_c@d.com") is judged the same on a second pass, when it
# follows "<email>". It is at most 64 chars (RFC 5321): a long run without '@' costs O(64)
# per start, never quadratic time.
_EMAIL = re.compile(
    r"(?<![A-Za-z0-9])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}+@(?:[A-Za-z0-9-]++\.)+"
    r"[A-Za-z]{2,63}+(?![A-Za-z0-9-])",
    _FLAGS,
)

# IPv6 candidates: a run of hex digits and colons (optionally ending in an IPv4 tail), not
# glued to a word, a dot or another colon. Validity, and the heuristics that keep out
# 12:30:45, Foo::bar and a[1::2], are in _ipv6_handler. <ip> and <card> next to it count as
# the digits they were, so a second pass decides like the first.
_IPV6 = re.compile(
    r"(?<![A-Za-z0-9_:.])(?<!<ip>)(?<!<card>)"
    r"(?=[0-9A-Fa-f]*:[0-9A-Fa-f]*:)[0-9A-Fa-f:]{2,39}"
    r"(?:(?<=:)[0-9]{1,3}(?:\.[0-9]{1,3}){3})?"
    r"(?![A-Za-z0-9_:]|\.[0-9]|<ip>|<card>)",
    _FLAGS,
)
_HEX_LETTERS = frozenset("abcdefABCDEF")

# IPv4: exactly four dotted octets 0-255, not part of a longer dotted number (versions such
# as 1.2.3 or v2.14.3, OIDs) or of a word.
_OCTET = r"(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])"
_IPV4 = re.compile(
    rf"(?<![A-Za-z0-9_.]){_OCTET}(?:\.{_OCTET}){{3}}(?![A-Za-z0-9_]|\.[0-9])", _FLAGS
)
# Any a.b.c.d contains ".b.c."; a pattern that starts with a literal is found by a fast
# C scan, several times cheaper than trying the IPv4 regex at every position.
_IPV4_HINT = re.compile(r"\.[0-9]{1,3}\.[0-9]{1,3}\.", _FLAGS)

# Card numbers: 13-19 digits starting 2-6 (Visa, Mastercard, Amex, Discover, JCB, Diners,
# UnionPay; keeps epoch-millisecond timestamps out), as one run or as a group of 4 and then
# groups of 3-6 digits with one consistent separator (4-4-4-4, 4-6-5, ...; never 3 first,
# so "200 404 500 503 ..." is no candidate). Not preceded by digit and separator, so the
# middle of a longer digit sequence is not either; <card> around it counts as digits for
# the same reason as in _IPV6. The first digit comes before the lookbehinds so the engine can
# skip positions that are not [2-6] in C.
_CARD = re.compile(
    r"[2-6](?<![A-Za-z0-9_.][2-6])(?<![0-9][ -][2-6])(?<!<card>[ -][2-6])"
    r"(?:[0-9]{12,18}+|[0-9]{3}([ -])[0-9]{3,6}+(?:\1[0-9]{3,6}+){1,4})"
    r"(?![A-Za-z0-9_]|[.,](?:[0-9]|<card>))",
    _FLAGS,
)


def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i & 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def _card_handler(m: re.Match[str], text: str) -> tuple[str, str] | None:
    number = m.group()
    sep = m.group(1)
    if sep is None:
        return ("<card>", "card") if _luhn_ok(number) else None  # the regex checked 13-19
    groups = number.split(sep)
    # The last groups may be something else ("4111 1111 1111 1111 123" ends in a CVV):
    # the longest prefix of >= 3 groups that is a valid number wins; the rest stays.
    for n in range(len(groups), 2, -1):
        digits = "".join(groups[:n])
        if 13 <= len(digits) <= 19 and _luhn_ok(digits):
            return "<card>" + number[len(sep.join(groups[:n])) :], "card"
    return None


def _ipv6_handler(m: re.Match[str], text: str) -> tuple[str, str] | None:
    s = m.group()
    try:
        ipaddress.IPv6Address(s)
    except ValueError:
        return None
    if "::" not in s:
        return "<ip>", "ip"  # full 8-group form: nothing else in a log looks like it
    groups = [g for g in s.split(":") if g]
    # Addresses are all lower or all upper case; scope names like Bad::Add are capitalised.
    if any(g != g.lower() and g != g.upper() for g in groups):
        return None
    has_letter = any(c in _HEX_LETTERS for c in s)
    has_digit = any(c.isdigit() for c in s)
    if "." in s or len(groups) >= 3 or s == "::1" or (has_letter and has_digit):
        return "<ip>", "ip"
    # Left alone: "::", "1::2", "::2" (slices), "A::B", "dead::beef" (scopes): too ambiguous.
    return None


def _key_value_handler(m: re.Match[str], text: str) -> tuple[str, str] | None:
    # m matched the lowered text; read values from the original, same spans.
    for name in _VALUE_GROUPS:
        start, end = m.span(name)
        if start >= 0:
            break
    else:  # pragma: no cover - the patterns always set one value group
        return None
    value = text[start:end]
    if name != "u":
        # "Authorization": "Basic abc" keeps the scheme, like the unquoted form does.
        scheme = _AUTH_SCHEME.match(m.string, start, end)
        if scheme is not None:
            start = scheme.end()
            value = text[start:end]
    if not value or value in _PLACEHOLDER_TEXTS:
        return None
    key = m.string[m.start() : m.start("kq")]
    kind = "aws_key" if key.startswith("aws") or "access" in key else "secret"
    replacement = f"<{kind}>"
    if name == "u":
        if value.lower() in _BARE_LITERALS:
            return None
        key_quote = m.group("kq")
        has_scheme = "scheme" in m.re.groupindex and m.start("scheme") >= 0
        if key_quote.endswith(('"', "'")) and not has_scheme and _NUMBER.fullmatch(value):
            # Quoted key with a number ({"pin": 1234}): quote the placeholder so the JSON
            # still parses.
            replacement = f"{key_quote}{replacement}{key_quote}"
    return text[m.start() : start] + replacement + text[end : m.end()], kind


def _lower_same_length(text: str) -> str:
    lower = text.lower()
    if len(lower) != len(text):
        # U+0130 is the only code point whose lower() is two characters.
        lower = text.replace("\u0130", "i").lower()
    return lower


def _has_kv_hint(text: str) -> bool:
    lower = text.lower()
    return (
        "pass" in lower
        or "pwd" in lower
        or "secret" in lower
        or "token" in lower
        or "key" in lower
        or "authorization" in lower
        or "session" in lower
    )


def _has_cookie_hint(text: str) -> bool:
    return "ookie" in text or "OOKIE" in text


def _has_ipv6_hint(text: str) -> bool:
    # Compressed forms contain "::", the full form has 7 colons; timestamps have neither.
    return "::" in text or text.count(":") >= 7


def _has_ipv4_hint(text: str) -> bool:
    return _IPV4_HINT.search(text) is not None


def _always(text: str) -> bool:
    return True


# Order matters. Specific secrets come before generic key=value, so "token=eyJ..." is a
# <jwt>; URL passwords before emails, since user:pw@host ends in pw@host; IPv6 before IPv4
# for ::ffff:1.2.3.4; cards last, because their lookbehind reads digits that any earlier rule
# may replace, and running last keeps a second pass from seeing anything new.
_RULES: tuple[_Rule, ...] = (
    _Rule("jwt", _JWT, lambda t: "eyJ" in t, template="<jwt>"),
    _Rule("token", _BEARER, lambda t: "earer" in t or "EARER" in t, template=r"\g<1><token>"),
    _Rule("aws_key", _AWS_ID, lambda t: "AKIA" in t or "ASIA" in t, template="<aws_key>"),
    _Rule("secret", _URL_PASSWORD, lambda t: "@" in t and "://" in t, template=r"\g<1><secret>"),
    _Rule("secret", _COOKIE, _has_cookie_hint, handler=_key_value_handler, lowered=True),
    _Rule("secret", _KV, _has_kv_hint, handler=_key_value_handler, lowered=True),
    _Rule("email", _EMAIL, lambda t: "@" in t, template="<email>"),
    _Rule("ip", _IPV6, _has_ipv6_hint, handler=_ipv6_handler),
    _Rule("ip", _IPV4, _has_ipv4_hint, template="<ip>"),
    _Rule("card", _CARD, _always, handler=_card_handler),
)


def _sub_with_handler(
    pattern: re.Pattern[str],
    handler: _Handler,
    text: str,
    subject: str,
    counts: dict[str, int] | None,
) -> str:
    parts: list[str] = []
    last = 0
    for m in pattern.finditer(subject):
        result = handler(m, text)
        if result is None:
            continue
        replacement, kind = result
        parts.append(text[last : m.start()])
        parts.append(replacement)
        last = m.end()
        if counts is not None:
            counts[kind] = counts.get(kind, 0) + 1
    if not parts:
        return text
    parts.append(text[last:])
    return "".join(parts)


def _apply(text: str, counts: dict[str, int] | None) -> str:
    for rule in _RULES:
        if not rule.precheck(text):
            continue
        if rule.template is not None:
            text, n = rule.pattern.subn(rule.template, text)
            if n and counts is not None:
                counts[rule.kind] = counts.get(rule.kind, 0) + n
        elif rule.handler is not None:
            subject = _lower_same_length(text) if rule.lowered else text
            text = _sub_with_handler(rule.pattern, rule.handler, text, subject, counts)
    return text


def redact(text: str) -> str:
    """Return ``text`` with PII and secrets replaced by typed placeholders.

    Placeholders: ``<email>``; ``<ip>`` (IPv4 and IPv6); ``<card>`` (Luhn-valid card
    numbers); ``<jwt>``; ``<token>`` (after ``Bearer``, which stays); ``<aws_key>`` (access
    key ids, and secret keys under aws_secret_access_key-like keys); ``<secret>`` (URL
    passwords and values of sensitive keys, keeping the key and its quoting).
    Idempotent: ``redact(redact(x)) == redact(x)``.
    """
    return _apply(text, None)


def redact_counts(text: str) -> tuple[str, dict[str, int]]:
    """Like :func:`redact`, and also count the findings per placeholder type.

    Only types that were found are in the dict, e.g. ``{"email": 2, "ip": 1}``.
    """
    counts: dict[str, int] = {}
    return _apply(text, counts), counts


# --- events -------------------------------------------------------------------------------


class _Redactor:
    """Redacts the free-text fields of events, remembering texts it has already seen: in a
    page most events repeat a few stacks and messages, so each distinct text costs once."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self._memo: dict[str, tuple[str, dict[str, int]]] = {}

    def __call__(self, text: str | None) -> str | None:
        if not text:
            return text
        found = self._memo.get(text)
        if found is None:
            if len(self._memo) >= _MEMO_LIMIT:
                self._memo.clear()
            found = self._memo[text] = redact_counts(text)
        self.counts.update(found[1])
        return found[0]


_MEMO_LIMIT = 50_000


class SanitizedEvents(NamedTuple):
    """Events with their free text redacted, and the findings per placeholder type."""

    events: list[LogEvent]
    redactions: dict[str, int]


def sanitize_events(events: Iterable[LogEvent]) -> SanitizedEvents:
    """Redact every field of the events that can carry PII or secrets (message, error
    message and stack, tags)."""
    redactor = _Redactor()
    clean: list[LogEvent] = []
    for event in events:
        update = {
            "message": redactor(event.message),
            "error_message": redactor(event.error_message),
            "error_stack": redactor(event.error_stack),
            "tags": tuple(redactor(tag) or tag for tag in event.tags),
        }
        changed = {k: v for k, v in update.items() if v != getattr(event, k)}
        clean.append(event.model_copy(update=changed) if changed else event)
    return SanitizedEvents(clean, dict(redactor.counts))
