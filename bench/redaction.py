"""Redaction you can measure: recall and precision of ``dogcatcher.sanitize`` per type.

    .venv/bin/python bench/redaction.py            # score the committed corpus
    .venv/bin/python bench/redaction.py --write    # regenerate the corpus (seeded), then score

The corpus, ``tests/data/redaction/corpus.jsonl``, is made by :func:`generate` below and a
few hand-written hard cases (:data:`HARD_CASES`). One record per log line::

    {"id": "g0042", "style": "java", "line": "...",
     "findings": [{"type": "github", "value": "ghp_..."}],
     "keep": [{"type": "http_status", "value": "status=503", "tempts": null}]}

Labels come from how a line was built, never from the redactor. ``findings`` are what must
go: each value exactly as it appears in the line. ``keep`` are what must stay because they
help debugging; ``tempts`` names the finding type a keep token resembles (a Luhn-invalid
card, an IBAN with bad check digits, a 19-digit trace id), if any.

What counts:

- true positive: the finding's value is gone from the output (nor is any 12-character
  piece of a longer value left), and the output holds a placeholder of the right family
  (:data:`ACCEPTED`: a GitHub token must become ``<token>``, an email ``<email>``);
- false negative: any other finding;
- false positive: a keep token that does not survive verbatim (charged to the type it
  tempts, or to ``other``), and every placeholder in the output beyond what the findings
  can account for (reported per placeholder as "unexpected").

Secret recall, PII recall and precision (true positives over true plus false positives)
are checked against the targets; the exit status is 1 if one is missed.
"""

from __future__ import annotations

import argparse
import base64
import json
import random
import re
import string
import sys
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dogcatcher.sanitize import PLACEHOLDERS, redact

CORPUS = Path(__file__).resolve().parent.parent / "tests/data/redaction/corpus.jsonl"
SEED = 5
LINES = 2400
TARGETS = {"secret_recall": 0.99, "pii_recall": 0.97, "precision": 0.95}

# Which placeholders may replace a finding of each type.
ACCEPTED: dict[str, frozenset[str]] = {
    # secrets
    "jwt": frozenset({"jwt"}),
    "bearer": frozenset({"token", "jwt"}),
    "basic_auth": frozenset({"secret"}),
    "aws_access_key": frozenset({"aws_key"}),
    "aws_secret_key": frozenset({"aws_key", "secret"}),
    "gcp_key": frozenset({"gcp_key"}),
    "azure_key": frozenset({"azure_key"}),
    "github": frozenset({"token"}),
    "gitlab": frozenset({"token"}),
    "slack": frozenset({"token"}),
    "stripe": frozenset({"token"}),
    "openai": frozenset({"token"}),
    "datadog": frozenset({"secret"}),
    "atlassian": frozenset({"token"}),
    "private_key": frozenset({"private_key"}),
    "url_password": frozenset({"secret"}),
    "password": frozenset({"secret"}),
    "session_cookie": frozenset({"secret"}),
    # PII
    "email": frozenset({"email"}),
    "phone": frozenset({"phone"}),
    "ipv4": frozenset({"ip"}),
    "ipv6": frozenset({"ip"}),
    "mac": frozenset({"mac"}),
    "card": frozenset({"card"}),
    "iban": frozenset({"iban"}),
    "national_id": frozenset({"national_id"}),
}
PII_TYPES = frozenset({"email", "phone", "ipv4", "ipv6", "mac", "card", "iban", "national_id"})
SECRET_TYPES = frozenset(ACCEPTED) - PII_TYPES
_PLACEHOLDER = re.compile("<(" + "|".join(sorted(PLACEHOLDERS)) + ")>")
_PIECE = 12  # a longer value leaks if any piece this long survives

# --------------------------------------------------------------------------- generation

_B62 = string.ascii_letters + string.digits
_B64 = _B62 + "+/"
_B64URL = _B62 + "-_"
_HEX = "0123456789abcdef"
_UPPER_B32 = string.ascii_uppercase + "234567"


def _s(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _digits(rng: random.Random, n: int) -> str:
    return _s(rng, string.digits, n)


def _luhn_complete(payload: str) -> str:
    """``payload`` plus the check digit that makes it pass Luhn."""
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return payload + str(-total % 10)


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


_FIRST = ("ann", "bob", "carol", "dmitri", "eve", "fatima", "gustavo", "hiro", "ines", "jose")
_LAST = ("smith", "nguyen", "garcia", "mueller", "okafor", "rossi", "tanaka", "dubois")
_DOMAINS = (
    "example.com",
    "acme-corp.io",
    "mail.example.co.uk",
    "gmail.com",
    "outlook.com",
    "corp.internal.net",
    "web.de",
)


def gen_email(rng: random.Random) -> str:
    f, last = rng.choice(_FIRST), rng.choice(_LAST)
    local = rng.choice(
        (
            f"{f}.{last}",
            f"{f}_{last}+orders",
            f"{f[0]}{last}{rng.randint(1, 99)}",
            f"{f}.{last}".upper(),
            f"{f}-{last}.{rng.randint(1970, 2005)}",
        )
    )
    return f"{local}@{rng.choice(_DOMAINS)}"


def _nanp(rng: random.Random) -> tuple[str, str, str]:
    return (
        f"{rng.randint(2, 9)}{_digits(rng, 2)}",
        f"{rng.randint(2, 9)}{_digits(rng, 2)}",
        _digits(rng, 4),
    )


def gen_phone(rng: random.Random) -> str:
    a, e, n = _nanp(rng)
    d = lambda k: _digits(rng, k)  # noqa: E731
    return rng.choice(
        (
            f"+1 {a} {e} {n}",
            f"+1-{a}-{e}-{n}",
            f"+1{a}{e}{n}",
            f"+1 ({a}) {e}-{n}",
            f"({a}) {e}-{n}",
            f"{a}-{e}-{n}",
            f"{a}.{e}.{n}",
            f"1-{a}-{e}-{n}",
            f"+44 20 {d(4)} {d(4)}",
            f"+44 7{d(3)} {d(6)}",
            f"+33 {rng.randint(1, 9)} {d(2)} {d(2)} {d(2)} {d(2)}",
            f"+49 30 {d(8)}",
            f"+49 151 {d(4)} {d(4)}",
            f"+81 3-{d(4)}-{d(4)}",
            f"+61 2 {d(4)} {d(4)}",
            f"+91 {rng.randint(6, 9)}{d(4)} {d(5)}",
            f"+34 6{d(2)} {d(3)} {d(3)}",
            f"+55 11 9{d(4)}-{d(4)}",
            f"+447{d(9)}",
        )
    )


def gen_national_phone(rng: random.Random) -> str:
    """Numbers without a country code: found only under a key that names them."""
    d = lambda k: _digits(rng, k)  # noqa: E731
    return rng.choice(
        (f"07{d(3)} {d(6)}", f"06{d(8)}", f"0{d(3)} {d(7)}", f"44{d(10)}", f"1{d(10)}")
    )


def gen_ipv4(rng: random.Random) -> str:
    return rng.choice(
        (
            f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            ".".join(str(rng.randint(1, 223)) for _ in range(4)),
        )
    )


def gen_ipv6(rng: random.Random) -> str:
    g = lambda: f"{rng.randint(1, 0xFFFF):x}"  # noqa: E731
    return rng.choice(
        (
            ":".join(f"{rng.randint(0, 0xFFFF):04x}" for _ in range(8)),
            f"2001:db8:{g()}:{g()}::{g()}",
            f"fe80::{g()}:{g()}:{g()}:{g()}",
            f"2a02:{g()}:{g()}::{g()}",
            f"::ffff:10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            f"2600:1f18:{g()}:{g()}:{g()}:{g()}:{g()}:{g()}".upper(),
        )
    )


def gen_mac(rng: random.Random) -> str:
    pairs = [f"{rng.randint(0, 255):02x}" for _ in range(6)]
    return rng.choice((":".join(pairs), ":".join(pairs).upper(), "-".join(pairs).upper()))


_CARD_PREFIXES = (("4", 16), ("4", 13), ("51", 16), ("55", 16), ("2221", 16), ("34", 15),
                  ("37", 15), ("6011", 16), ("65", 16), ("3530", 16), ("4", 19))  # fmt: skip


def gen_card(rng: random.Random) -> str:
    prefix, length = rng.choice(_CARD_PREFIXES)
    number = _luhn_complete(prefix + _digits(rng, length - len(prefix) - 1))
    style = rng.randrange(3)
    if style == 0 or length not in (15, 16):
        return number
    sep = " " if style == 1 else "-"
    cuts = (4, 10, 15) if length == 15 else (4, 8, 12, 16)
    starts = (0, *cuts[:-1])
    return sep.join(number[a:b] for a, b in zip(starts, cuts, strict=True))


# (country, BBAN shape: 'n' digit, 'a' upper letter, 'c' either)
_IBAN_SHAPES = (("DE", "n" * 18), ("GB", "aaaa" + "n" * 14), ("FR", "n" * 23),
                ("NL", "aaaa" + "n" * 10), ("ES", "n" * 20), ("IT", "a" + "n" * 10 + "c" * 12),
                ("BE", "n" * 12), ("CH", "n" * 17), ("PL", "n" * 24), ("AT", "n" * 16))  # fmt: skip


def _iban_check(country: str, bban: str) -> str:
    number = int("".join(str(int(c, 36)) for c in bban + country + "00"))
    return f"{98 - number % 97:02d}"


def gen_iban(rng: random.Random, *, valid: bool = True) -> str:
    country, shape = rng.choice(_IBAN_SHAPES)
    alphabet = {"n": string.digits, "a": string.ascii_uppercase, "c": string.digits + "ABCXYZ"}
    bban = "".join(rng.choice(alphabet[k]) for k in shape)
    check = _iban_check(country, bban)
    if not valid:
        check = f"{(int(check) + rng.randint(1, 90)) % 97 + 2:02d}"
    iban = country + check + bban
    if rng.random() < 0.5:
        return iban
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


def gen_national_id(rng: random.Random) -> str:
    kind = rng.randrange(4)
    if kind == 0:
        area = rng.choice([n for n in range(1, 900) if n != 666])
        return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
    if kind == 1:
        first = rng.choice("ABCEHJKLMPRSTWXY")
        second = rng.choice("ABCEHJKLMPRSTWXYZ")
        digits = _digits(rng, 6)
        suffix = rng.choice("ABCD")
        if rng.random() < 0.5:
            return f"{first}{second}{digits}{suffix}"
        return f"{first}{second} {digits[:2]} {digits[2:4]} {digits[4:]} {suffix}"
    letters = "TRWAGMYFPDXBNJZSQVHLCKE"
    if kind == 2:
        number = rng.randint(10_000_000, 99_999_999)
        return f"{number}{letters[number % 23]}"
    lead = rng.randrange(3)
    number = rng.randint(1_000_000, 9_999_999)
    return f"{'XYZ'[lead]}{number}{letters[int(f'{lead}{number}') % 23]}"


def gen_jwt(rng: random.Random) -> str:
    header = {"alg": rng.choice(("HS256", "RS256", "ES256")), "typ": "JWT"}
    claims = {"sub": str(rng.randint(1000, 999_999)), "iat": rng.randint(1.7e9, 1.8e9)}
    if rng.random() < 0.5:
        claims["scope"] = "orders:read"
    parts = [_b64url(json.dumps(header).encode()), _b64url(json.dumps(claims).encode())]
    return ".".join([*parts, _b64url(rng.randbytes(rng.choice((32, 64, 256))))])


def gen_bearer(rng: random.Random) -> str:
    return rng.choice(
        (
            _s(rng, _B62, rng.randint(24, 64)),
            _s(rng, _B64URL, 40) + "." + _s(rng, _B64URL, 20),
            _s(rng, _HEX, 40),
            _s(rng, _B64, 43) + "=",
        )
    )


def gen_password(rng: random.Random) -> str:
    alphabet = _B62 + "!#$%^*-_.~"
    while True:
        value = _s(rng, alphabet, rng.randint(8, 24))
        if any(c.isdigit() for c in value) and any(c.isalpha() for c in value):
            return value


def gen_basic_auth(rng: random.Random) -> str:
    user = rng.choice(("svc-orders", "admin", "ci-bot", gen_email(rng)))
    return base64.b64encode(f"{user}:{gen_password(rng)}".encode()).decode()


def gen_aws_access_key(rng: random.Random) -> str:
    return rng.choice(("AKIA", "ASIA")) + _s(rng, _UPPER_B32, 16)


def gen_aws_secret_key(rng: random.Random) -> str:
    return _s(rng, _B64, 40)


def gen_gcp_key(rng: random.Random) -> str:
    return rng.choice(
        (
            "AIza" + _s(rng, _B64URL, 35),
            "GOCSPX-" + _s(rng, _B64URL, 28),
            "ya29.a0" + _s(rng, _B64URL, rng.randint(80, 160)),
            "1//0" + _s(rng, _B64URL, rng.randint(60, 100)),
        )
    )


def gen_azure_key(rng: random.Random, kind: int | None = None) -> str:
    """A storage account key, a Service Bus key, a SAS signature or an Entra ID client
    secret; ``kind`` picks one (0-3), else at random."""
    kind = rng.randrange(4) if kind is None else kind
    if kind == 0:
        return _s(rng, _B64, 86) + "=="
    if kind == 1:
        return _s(rng, _B64, 43) + "="
    if kind == 2:
        return _s(rng, _B62, 30) + "%2B" + _s(rng, _B62, 10) + "%3D"
    return _s(rng, _B62, 3) + str(rng.randint(0, 9)) + "Q~" + _s(rng, _B62 + "_~.-", 34)


def gen_github(rng: random.Random) -> str:
    if rng.random() < 0.25:
        return "github_pat_" + _s(rng, _B62, 22) + "_" + _s(rng, _B62, 59)
    return "gh" + rng.choice("pousr") + "_" + _s(rng, _B62, 36)


def gen_gitlab(rng: random.Random) -> str:
    prefix = rng.choice(("glpat-", "glpat-", "gldt-", "glrt-", "glptt-"))
    return prefix + _s(rng, _B64URL, rng.choice((20, 20, 27)))


def gen_slack(rng: random.Random, kind: int | None = None) -> str:
    """A bot token, a user token or a webhook path; ``kind`` picks one (0-2)."""
    kind = rng.randrange(3) if kind is None else kind
    if kind in (0, 1) and rng.random() < 0.5:
        kind = 1 - kind
    if kind == 0:
        return f"xoxb-{_digits(rng, 12)}-{_digits(rng, 13)}-{_s(rng, _B62, 24)}"
    if kind == 1:
        return f"xoxp-{_digits(rng, 12)}-{_digits(rng, 12)}-{_digits(rng, 13)}-{_s(rng, _HEX, 32)}"
    upper = string.ascii_uppercase + string.digits
    return f"T{_s(rng, upper, 8)}/B{_s(rng, upper, 10)}/{_s(rng, _B62, 24)}"


def gen_stripe(rng: random.Random) -> str:
    prefix = rng.choice(("sk_live_", "sk_live_", "rk_live_", "sk_test_", "whsec_"))
    return prefix + _s(rng, _B62, rng.choice((24, 32, 99)))


def gen_openai(rng: random.Random) -> str:
    kind = rng.randrange(3)
    if kind == 0:
        return "sk-" + _s(rng, _B62, 20) + "T3BlbkFJ" + _s(rng, _B62, 20)
    body = _s(rng, _B64URL, rng.choice((48, 120, 156)))
    body = body[:10] + str(rng.randint(0, 9)) + body[11:]
    return rng.choice(("sk-proj-", "sk-svcacct-", "sk-admin-")) + body


def gen_datadog(rng: random.Random) -> str:
    return _s(rng, _HEX, rng.choice((32, 40)))


def gen_atlassian(rng: random.Random) -> str:
    return "ATATT3xFfGF0" + _s(rng, _B64URL, 170) + "=" + _s(rng, "0123456789ABCDEF", 8)


def gen_private_key(rng: random.Random) -> str:
    kind = rng.choice(("RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY",
                       "ENCRYPTED PRIVATE KEY"))  # fmt: skip
    body = [_s(rng, _B64, 64) for _ in range(rng.randint(3, 8))] + [_s(rng, _B64, 20) + "=="]
    return "\n".join([f"-----BEGIN {kind}-----", *body, f"-----END {kind}-----"])


_GENERATORS: dict[str, Callable[[random.Random], str]] = {
    "jwt": gen_jwt,
    "bearer": gen_bearer,
    "basic_auth": gen_basic_auth,
    "aws_access_key": gen_aws_access_key,
    "aws_secret_key": gen_aws_secret_key,
    "gcp_key": gen_gcp_key,
    "azure_key": gen_azure_key,
    "github": gen_github,
    "gitlab": gen_gitlab,
    "slack": gen_slack,
    "stripe": gen_stripe,
    "openai": gen_openai,
    "datadog": gen_datadog,
    "atlassian": gen_atlassian,
    "private_key": gen_private_key,
    "url_password": gen_password,
    "password": gen_password,
    "session_cookie": lambda r: _s(r, _B64URL, r.randint(24, 48)),
    "email": gen_email,
    "phone": gen_phone,
    "ipv4": gen_ipv4,
    "ipv6": gen_ipv6,
    "mac": gen_mac,
    "card": gen_card,
    "iban": gen_iban,
    "national_id": gen_national_id,
}

# Where each type shows up in a message: "{v}" is the value. Several per type, so keys,
# quoting and neighbours vary.
_CONTEXTS: dict[str, tuple[str, ...]] = {
    "jwt": ("id_token={v} rejected: signature mismatch", "Authorization: Bearer {v}",
            '"access_token": "{v}"', "jwt={v}; Path=/", "decoded claims from {v} failed"),
    "bearer": ("Authorization: Bearer {v}", "upstream sent bearer {v}",
               '{{"headers": {{"authorization": "Bearer {v}"}}}}', "BEARER {v} expired"),
    "basic_auth": ("Authorization: Basic {v}", "retrying with Basic {v}",
                   "-H 'authorization: basic {v}'", '"Authorization":"Basic {v}"'),
    "aws_access_key": ("aws_access_key_id={v}", "credentials for {v} expired",
                       '"AccessKeyId": "{v}"', "using key {v} in us-east-1"),
    "aws_secret_key": ("aws_secret_access_key = {v}", "AWS_SECRET_ACCESS_KEY={v}",
                       '"SecretAccessKey": "{v}"', "secret_access_key: {v}"),
    "gcp_key": ("https://maps.googleapis.com/maps/api/geocode/json?address=x&key={v}",
                "google client credentials {v} rejected", '"client_secret": "{v}"',
                "refresh with {v} failed"),
    # one context per kind of value gen_azure_key makes, in the same order
    "azure_key": ("DefaultEndpointsProtocol=https;AccountName=acmeorders;AccountKey={v};"
                  "EndpointSuffix=core.windows.net",
                  "Endpoint=sb://acme.servicebus.windows.net/;SharedAccessKeyName=send;"
                  "SharedAccessKey={v}",
                  "https://acme.blob.core.windows.net/exports/a.csv?sv=2022-11-02&sp=r&sig={v}",
                  "AZURE_CLIENT_SECRET {v} expired"),
    "github": ("git clone https://x-access-token:{v}@github.com/acme/orders.git",
               "GITHUB_TOKEN {v} lacks scope repo", '"token": "{v}"', "Bearer {v}",
               "gh auth failed for {v}"),
    "gitlab": ("PRIVATE-TOKEN: {v}", "gitlab token {v} revoked", "using {v} for registry"),
    # a token, a user token, a webhook path
    "slack": ("slack client token={v}", "invalid_auth for {v}",
              "posting to https://hooks.slack.com/services/{v} failed"),
    "stripe": ('"api_key":"{v}"', "stripe.error.AuthenticationError: Invalid API Key "
               "provided: {v}", "STRIPE_SECRET={v}", "webhook secret {v} mismatch"),
    "openai": ("openai.AuthenticationError: Incorrect API key provided: {v}",
               "OPENAI_API_KEY={v}", "Authorization: Bearer {v}", '"api_key": "{v}"'),
    "datadog": ("DD_API_KEY={v}", "dd-api-key: {v}", '"application_key": "{v}"',
                "DD_APP_KEY={v} invalid", "X-Datadog-API-Key: {v}"),
    "atlassian": ("jira api token {v} rejected", "JIRA_API_TOKEN={v}",
                  "Authorization failed for token {v}"),
    "private_key": ("loaded key {v}", '"private_key": "{v}"', "PEM:\n{v}\nend of key"),
    "url_password": ("postgres://orders:{v}@db-primary.internal:5432/orders",
                     "redis://:{v}@cache-1:6379/0", "amqp://guest:{v}@rabbit/vhost",
                     "mongodb+srv://app:{v}@cluster0.mongodb.net/db?retryWrites=true",
                     "https://deploy:{v}@nexus.acme.io/repository/releases"),
    "password": ("login failed password={v} user=bob", '{{"password": "{v}", "user": "bob"}}',
                 "db_password: {v}", "{{'passwd': '{v}', 'host': 'db'}}", "PASSWORD={v}",
                 "client_secret={v}&grant_type=client_credentials", '"api_secret":"{v}"',
                 "passphrase: {v}", "DB_PASS={v}", "secret_key={v}"),
    "session_cookie": ("Cookie: JSESSIONID={v}; theme=dark", "Set-Cookie: session={v}; "
                       "Path=/; HttpOnly", "connect.sid=s%3A{v}", "PHPSESSID={v}",
                       '"cookie": "sessionid={v}; lang=en"', "sessionid={v}"),
    "email": ("checkout failed for {v}", "user={v}", '"email": "{v}"', "to <{v}> bounced",
              "mailto:{v}", "reset link sent to {v}."),
    "phone": ("sms to {v} failed", "The 'To' number {v} is not a valid phone number",
              '"phone": "{v}"', "customer phone {v} unverified", "tel:{v}"),
    "ipv4": ("connect from {v} refused", "client={v}:51234", "X-Forwarded-For: {v}",
             '"remote_addr": "{v}"', "dial tcp {v}:443: i/o timeout"),
    "ipv6": ("connect from {v} refused", "client=[{v}]:443", '"remote_addr": "{v}"',
             "peer {v} reset the stream"),
    "mac": ("device {v} offline", "mac={v}", '"hw_addr": "{v}"', "DHCP lease for {v} expired"),
    "card": ("card {v} declined", "pan={v}", '"card_number": "{v}"', "charging {v} for 12.50 EUR"),
    "iban": ("payout to {v} rejected", "iban={v}", '"iban": "{v}"', "SEPA transfer {v} failed"),
    "national_id": ("applicant {v} failed KYC", "ssn={v}", '"nino": "{v}"', "tax id {v} invalid",
                    "DNI {v} no encontrado"),
}  # fmt: skip
# Types whose context depends on the form of the value: generator(rng, context index).
_PAIRED: dict[str, Callable[[random.Random, int], str]] = {
    "azure_key": gen_azure_key,
    "slack": gen_slack,
}
_KEYED_PHONE_CONTEXTS = ("phone={v}", '"mobile": "{v}"', "msisdn={v}", "phone_number: {v}")
_KEYED_SSN_CONTEXTS = ("ssn={v}", '"ssn": "{v}"', "social_security_number: {v}")


def _finding(rng: random.Random, kind: str) -> tuple[str, str]:
    """(message fragment, exact value) for one finding of ``kind``."""
    if kind == "phone" and rng.random() < 0.2:
        value = gen_national_phone(rng)
        return rng.choice(_KEYED_PHONE_CONTEXTS).format(v=value), value
    if kind == "national_id" and rng.random() < 0.15:
        value = f"{rng.randint(100, 665)}{rng.randint(10, 99)}{rng.randint(1000, 9999)}"
        return rng.choice(_KEYED_SSN_CONTEXTS).format(v=value), value
    if kind in _PAIRED:
        i = rng.randrange(len(_CONTEXTS[kind]))
        value = _PAIRED[kind](rng, i)
        return _CONTEXTS[kind][i].format(v=value), value
    value = _GENERATORS[kind](rng)
    return rng.choice(_CONTEXTS[kind]).format(v=value), value


# What helps debugging: (kind, generator of the exact token, the finding type it tempts).
def _keep_choices(rng: random.Random) -> list[tuple[str, str, str | None]]:
    sha = _s(rng, _HEX, 40)
    trace = _luhn_complete(str(rng.randint(2, 6)) + _digits(rng, 17))
    order = str(rng.randint(2, 6)) + _digits(rng, 15)
    if re.fullmatch(r"\d+", order) and _luhn_complete(order[:-1]) == order:
        order = order[:-1] + str((int(order[-1]) + 1) % 10)
    bad_card = gen_card(rng)
    bad_card = bad_card[:-1] + str((int(bad_card[-1]) + 1) % 10)
    return [
        ("http_status", f"status={rng.choice((400, 401, 403, 404, 409, 500, 502, 503))}", None),
        ("http_status", f"HTTP/1.1 {rng.choice((502, 503, 504))}", None),
        (
            "error_code",
            rng.choice(
                (
                    "ORA-00942",
                    "ORA-00060",
                    "E11000",
                    "SQLSTATE 23505",
                    "ECONNREFUSED",
                    "errno=111",
                    "0x80004005",
                    "ERR_SSL_PROTOCOL_ERROR",
                    "MySQL error 1062",
                )
            ),
            None,
        ),
        (
            "duration",
            rng.choice(
                (
                    f"{rng.randint(1, 30000)}ms",
                    f"{rng.randint(1, 59)}.{rng.randint(0, 9)}s",
                    f"elapsed={rng.random():.3f}s",
                    "PT30S",
                )
            ),
            "phone",
        ),
        (
            "port",
            rng.choice(("db-primary:5432", "redis-0:6379", "localhost:8080", "kafka-2:9092")),
            None,
        ),
        (
            "version",
            rng.choice(
                (
                    f"v{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}",
                    "Chrome/120.0.6099.109",
                    "go1.22.1",
                    "node v18.19.0",
                    "1.2.3-rc.1",
                )
            ),
            "ipv4",
        ),
        (
            "timestamp",
            rng.choice(
                (
                    "2026-11-01T12:00:00.123Z",
                    "2026-11-01T12:00:00+02:00",
                    "Sun, 01 Nov 2026 12:00:00 GMT",
                    "12:30:45.123456",
                    f"ts={rng.randint(1_700_000_000_000, 1_799_999_999_999)}",
                )
            ),
            "mac",
        ),
        ("uuid", str(uuid.UUID(int=rng.getrandbits(128), version=4)), None),
        (
            "hash",
            rng.choice(
                (f"commit {sha}", f"etag={_s(rng, _HEX, 32)}", f"sha256:{_s(rng, _HEX, 64)}")
            ),
            "datadog",
        ),
        (
            "class_method",
            rng.choice(
                (
                    "com.acme.orders.OrderService.placeOrder",
                    "OrderController#create",
                    "orders.api.handlers.create_order",
                    "(*Server).ServeHTTP",
                    "ActiveRecord::RecordNotFound",
                )
            ),
            None,
        ),
        (
            "line_number",
            rng.choice(
                (
                    f"OrderService.java:{rng.randint(10, 900)}",
                    f"line {rng.randint(10, 900)}",
                    f"server.go:{rng.randint(10, 900)}",
                    f"index.js:{rng.randint(10, 900)}:{rng.randint(1, 80)}",
                )
            ),
            None,
        ),
        (
            "trace_id",
            rng.choice((f"dd.trace_id={trace}", f'"trace_id": "{trace}"', f"span_id={trace}")),
            "card",
        ),
        ("order_id", f"order {order}", "card"),
        ("decoy", f"card {bad_card} (luhn check failed)", "card"),
        ("decoy", f"iban {gen_iban(rng, valid=False)} (bad check digits)", "iban"),
        (
            "decoy",
            rng.choice(("000-12-3456", "123-00-4567", "666-12-3456", "BG123456A", "12345678A")),
            "national_id",
        ),
        ("decoy", rng.choice(("lodash@4.17.21", "@app.route('/x')", "pkg@1.2.3")), "email"),
        (
            "decoy",
            rng.choice(
                ("Bearer token expired", 'Bearer realm="api"', "basic authentication failed")
            ),
            "bearer",
        ),
        (
            "decoy",
            rng.choice(
                (
                    "sk-learn-pipeline-for-text-classification",
                    "ghp_short",
                    "gh_pages",
                    "task-runner-abcdefghijklmnopqrstuvwx",
                )
            ),
            "openai",
        ),
        (
            "decoy",
            rng.choice(
                (
                    "token_count=5",
                    "max_tokens=500",
                    "tokenizer: bert-base",
                    "KeyError: 'password'",
                    '"password": null',
                    "passwordless login enabled",
                    "secret_name=db-creds",
                )
            ),
            "password",
        ),
        ("decoy", rng.choice(("oid 1.3.6.1.4.1.2021", "x[::2]", "Foo::bar()", "A::B")), "ipv6"),
        ("decoy", rng.choice(("+0100", "UTC+01:00", "1+2=3", "call #2 of 3")), "phone"),
    ]


_LEVELS = ("ERROR", "ERROR", "WARN", "FATAL")
_SERVICES = ("orders", "payments", "accounts", "notifications", "inventory", "gateway")


def _style_java(rng: random.Random, msg: str) -> tuple[str, list[str]]:
    thread = rng.choice(("main", "http-nio-8080-exec-3", "kafka-consumer-1", "scheduling-1"))
    head = (
        f"2026-11-01 12:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}.{rng.randint(0, 999):03d}"
    )
    frame = (
        f"\tat com.acme.{rng.choice(_SERVICES)}.Handler.handle(Handler.java:{rng.randint(10, 500)})"
    )
    line = f"{head} {rng.choice(_LEVELS)} 1 --- [{thread}] c.a.o.OrderService : {msg}"
    if rng.random() < 0.3:
        line += f"\njava.lang.IllegalStateException: {rng.choice(('declined', 'timeout'))}\n{frame}"
        return line, [head, frame.strip()]
    return line, [head]


def _style_python(rng: random.Random, msg: str) -> tuple[str, list[str]]:
    head = (
        f"2026-11-01 12:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d},{rng.randint(0, 999):03d}"
    )
    logger = f"{rng.choice(_SERVICES)}.api.handlers"
    line = f"{head} {rng.choice(_LEVELS)} [{logger}] {msg}"
    if rng.random() < 0.3:
        frame = f'File "/app/{logger.replace(".", "/")}.py", line {rng.randint(10, 500)}, in handle'
        line = f"{line}\nTraceback (most recent call last):\n  {frame}\nValueError: {msg}"
        return line, [head, frame]
    return line, [head, logger]


def _style_go(rng: random.Random, msg: str) -> tuple[str, list[str]]:
    caller = f"server/{rng.choice(('http', 'grpc', 'worker'))}.go:{rng.randint(10, 500)}"
    if rng.random() < 0.5:
        payload = {"level": "error", "ts": 1761998400.123, "caller": caller, "msg": msg}
        return json.dumps(payload), [caller]
    return f'time=2026-11-01T12:00:00Z level=error caller={caller} msg="{msg}"', [caller]


def _style_node(rng: random.Random, msg: str) -> tuple[str, list[str]]:
    host = f"{rng.choice(_SERVICES)}-7d9f8b-{_s(rng, 'abcdefghjkmnpqrstvwxz2456789', 5)}"
    if rng.random() < 0.6:
        payload = {"level": 50, "time": 1761998400123, "pid": 1, "hostname": host, "msg": msg}
        return json.dumps(payload), [host]
    return f"error: {msg} {{service: '{rng.choice(_SERVICES)}'}}", []


def _style_json(rng: random.Random, msg: str) -> tuple[str, list[str]]:
    payload: dict[str, Any] = {
        "service": rng.choice(_SERVICES),
        "status": rng.choice((500, 502, 503)),
        "error": {"kind": "UpstreamError", "message": msg},
        "duration_ms": rng.randint(1, 9000),
    }
    return json.dumps(payload, indent=rng.choice((None, None, 2))), ['"UpstreamError"']


_STYLES: dict[str, Callable[[random.Random, str], tuple[str, list[str]]]] = {
    "java": _style_java,
    "python": _style_python,
    "go": _style_go,
    "node": _style_node,
    "json": _style_json,
}
# Access lines carry a client address and a query string, nothing else of ours.
_NGINX_QUERY = {
    "email": "email={v}",
    "jwt": "id_token={v}",
    "password": "password={v}",
    "gcp_key": "key={v}",
    "github": "access_token={v}",
}


def _style_nginx(rng: random.Random, kinds: list[str]) -> tuple[str, list[tuple[str, str]]]:
    findings: list[tuple[str, str]] = []
    client = gen_ipv4(rng) if "ipv4" in kinds else f"[{gen_ipv6(rng)}]"
    findings.append(("ipv4" if "ipv4" in kinds else "ipv6", client.strip("[]")))
    query = []
    for kind in kinds:
        if kind in _NGINX_QUERY:
            value = _GENERATORS[kind](rng)
            if kind == "gcp_key":
                value = "AIza" + _s(rng, _B64URL, 35)
            findings.append((kind, value))
            query.append(_NGINX_QUERY[kind].format(v=value))
    path = f"/api/v1/{rng.choice(_SERVICES)}" + ("?" + "&".join(query) if query else "")
    status = rng.choice((499, 500, 502, 503, 504))
    line = (
        f'{client} - - [01/Nov/2026:12:00:00 +0000] "GET {path} HTTP/1.1" {status} '
        f'{rng.randint(0, 9999)} "-" "Mozilla/5.0 (X11; Linux x86_64) Chrome/120.0.6099.109" '
        f"rt={rng.random():.3f}"
    )
    return line, findings


def _escaped(line: str, value: str) -> str:
    """``value`` as it appears in ``line``: raw, or escaped inside a JSON string."""
    if value in line:
        return value
    inner = json.dumps(value)[1:-1]
    if inner in line:
        return inner
    twice = json.dumps(inner)[1:-1]
    if twice in line:
        return twice
    raise AssertionError(f"{value!r} not in {line!r}")


def _record(rng: random.Random, n: int, kinds: list[str]) -> dict[str, Any] | None:
    if kinds and set(kinds) <= {"ipv4", "ipv6", *_NGINX_QUERY} and rng.random() < 0.4:
        line, raw = _style_nginx(rng, kinds)
        style, keeps = "nginx", [("timestamp", "[01/Nov/2026:12:00:00 +0000]", None),
                                 ("version", "Chrome/120.0.6099.109", "ipv4")]  # fmt: skip
    else:
        pieces, raw = [], []
        for kind in kinds:
            text, value = _finding(rng, kind)
            pieces.append(text)
            raw.append((kind, value))
        choices = _keep_choices(rng)
        keeps = rng.sample(choices, rng.randint(2, 4))
        pieces += [k[1] for k in keeps]
        rng.shuffle(pieces)
        style = rng.choice(list(_STYLES))
        line, extra = _STYLES[style](rng, rng.choice(("; ", " | ", " ", ", ")).join(pieces))
        keeps += [("frame", e, None) for e in extra]
    findings = [{"type": k, "value": _escaped(line, v)} for k, v in raw]
    keep = [{"type": k, "value": _escaped(line, v), "tempts": t} for k, v, t in keeps]
    # Every label must name one place: a value that occurs twice, or inside another label,
    # would make "is it gone" ambiguous. Such draws are rare; the caller draws again.
    values = [f["value"] for f in findings]
    if any(line.count(v) != 1 for v in values):
        return None
    if any(k["value"] in v or v in k["value"] for k in keep for v in values):
        return None
    return {"id": f"g{n:04d}", "style": style, "line": line, "findings": findings, "keep": keep}


def generate(lines: int = LINES, seed: int = SEED) -> list[dict[str, Any]]:
    """The seeded corpus: about four lines in five carry one to three findings (every type
    in turn, so each is well represented), the rest only things to keep."""
    rng = random.Random(seed)
    types = sorted(ACCEPTED)
    records: list[dict[str, Any]] = []
    turn = 0
    while len(records) < lines:
        kinds: list[str] = []
        if rng.random() < 0.8:
            for _ in range(rng.choice((1, 1, 2, 3))):
                kinds.append(types[turn % len(types)])
                turn += 1
        record = _record(rng, len(records), kinds)
        if record is not None:
            records.append(record)
    return records + [dict(case, id=f"h{i:03d}") for i, case in enumerate(HARD_CASES)]


def _case(style: str, line: str, findings: Iterable[tuple[str, str]] = (),
          keep: Iterable[tuple[str, str]] = ()) -> dict[str, Any]:  # fmt: skip
    return {
        "style": style,
        "line": line,
        "findings": [{"type": t, "value": v} for t, v in findings],
        "keep": [{"type": "hard", "value": v, "tempts": t} for t, v in keep],
    }


# Written by hand: formats and neighbours the generator does not make.
HARD_CASES: list[dict[str, Any]] = [
    _case("text", "smtp://alerts@acme.com:pw0rd!@smtp.acme.com:587",
          [("url_password", "pw0rd!"), ("email", "alerts@acme.com")]),
    _case("text", "amqp://guest:p@ss@rabbit/vhost", [("url_password", "p@ss")]),
    _case("json", r'{"msg": "{\"password\": \"Tr0ub4dor&3\", \"n\": 1}"}',
          [("password", "Tr0ub4dor&3")], [("other", r'\"n\": 1')]),
    _case("text", "card 4111 1111 1111 1111 123 declined (cvv 123)",
          [("card", "4111 1111 1111 1111")], [("other", "cvv 123")]),
    _case("text", "amex 3782 822463 10005 and order 3782822463100051",
          [("card", "3782 822463 10005")], [("card", "3782822463100051")]),
    _case("text", "client=::ffff:10.1.2.3 via fe80::1%eth0 (ipv6 ok)",
          [("ipv6", "::ffff:10.1.2.3"), ("ipv6", "fe80::1")], [("ipv6", "%eth0")]),
    _case("text", "Cookie: _ga=GA1.2.3; sessionid=q8Zr2kLw9s; csrftoken=abc123",
          [("session_cookie", "q8Zr2kLw9s")]),
    _case("text", "id_token eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0. accepted (alg none)",
          [("jwt", "eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0.")]),
    _case("text", "phone: +44 (0)20 7946 0958 / fax +44 20 7946 0959",
          [("phone", "+44 (0)20 7946 0958"), ("phone", "+44 20 7946 0959")]),
    _case("text", "call 1-800-555-0199 at 12:30:45 for order 12345",
          [("phone", "1-800-555-0199")], [("timestamp", "12:30:45"), ("order_id", "12345")]),
    _case("text", "DE89 3704 0044 0532 0130 00 and DE89370400440532013000",
          [("iban", "DE89 3704 0044 0532 0130 00"), ("iban", "DE89370400440532013000")]),
    _case("text", "NINO AB 12 34 56 C rejected; retry in 2.5s; specimen QQ123456C kept",
          [("national_id", "AB 12 34 56 C")], [("duration", "2.5s"), ("national_id", "QQ123456C")]),
    _case("text", "NIE X1234567L and DNI 12345678Z", [("national_id", "X1234567L"),
                                                      ("national_id", "12345678Z")]),
    _case("text", "ssn 078-05-1120 in 2026-11-01 report (ORA-00942)",
          [("national_id", "078-05-1120")],
          [("timestamp", "2026-11-01"), ("error_code", "ORA-00942")]),
    _case("text", 'headers {"X-Api-Key": "9f8e7d6c5b4a", "X-Request-Id": "req-42"}',
          [("password", "9f8e7d6c5b4a")], [("other", "req-42")]),
    _case("text", "mac 00:1A:2B:3C:4D:5E on port 8080 at 12:30:45.123",
          [("mac", "00:1A:2B:3C:4D:5E")], [("port", "8080"), ("timestamp", "12:30:45.123")]),
    _case("text", "AWS creds AKIAIOSFODNN7EXAMPLE/wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
          [("aws_access_key", "AKIAIOSFODNN7EXAMPLE")]),
    _case("text", "private key -----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC"
          "\\nBKcwggSjAgEAAoIBAQC7\\n-----END PRIVATE KEY-----\\n loaded",
          [("private_key", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC")], [("other", "loaded")]),
    _case("text", "truncated: -----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAu1SU1LfVLPHCozMx",
          [("private_key", "MIIEowIBAAKCAQEAu1SU1LfVLPHCozMx")]),
    _case("text", "bob%40example.com failed login from 203.0.113.9",
          [("email", "bob%40example.com"), ("ipv4", "203.0.113.9")]),
    _case("text", "remote git@github.com:acme/orders.git rejected push",
          keep=[("email", "git@github.com")]),
    _case("text", "Bearer token expired after 3600s; WWW-Authenticate: Bearer realm=\"api\"",
          keep=[("bearer", "Bearer token expired"), ("bearer", 'realm="api"')]),
    _case("text", "pod orders-7d9f8b-x2kq9 OOMKilled (exit 137) v1.2.3 build 3f786850e387",
          keep=[("other", "orders-7d9f8b-x2kq9"), ("other", "exit 137"), ("ipv4", "v1.2.3"),
                ("datadog", "3f786850e387")]),
    _case("text", "took 1500ms, p99=0.25s, status=503, E11000 duplicate key, ORA-00060",
          keep=[("phone", "1500ms"), ("other", "status=503"), ("other", "E11000"),
                ("other", "ORA-00060")]),
    # 2026-11-30: shapes a probe found leaking, labelled by hand.
    _case("json", r'{"headers":"Host: api.x.io\nCookie: sid=DcArQZclrjt92jX1DcKy\nX-Api-Key:'
          r' e302123b7000bfe42530f72e221829fb\nAccept: */*"}',
          [("session_cookie", "DcArQZclrjt92jX1DcKy"),
           ("password", "e302123b7000bfe42530f72e221829fb")], [("other", "Accept: */*")]),
    _case("json", '{"env":[{"name":"DB_PASSWORD","value":"Xk9mP2qzR7"},'
          '{"name":"LOG_LEVEL","value":"info"}]}',
          [("password", "Xk9mP2qzR7")], [("other", '"value":"info"')]),
    _case("json", '{"password":"Zq8vN3tWx1","password_confirmation":"Zq8vN3tWx1x",'
          '"prompt_tokens": 812}',
          [("password", "Zq8vN3tWx1"), ("password", "Zq8vN3tWx1x")],
          [("password", '"prompt_tokens": 812')]),
    _case("text", "JWT_KEY=pYwzOBcn0zQfbvq9WgEV STORAGE_KEY=351V930uSb90wUKg PWD=/srv/app",
          [("password", "pYwzOBcn0zQfbvq9WgEV"), ("password", "351V930uSb90wUKg")],
          [("password", "PWD=/srv/app")]),
    _case("go", "failed to open db app:Hk2mQ9zrT4@tcp(db-primary:3306)/orders: i/o timeout",
          [("url_password", "Hk2mQ9zrT4")], [("other", "db-primary:3306")]),
    _case("text", "could not connect to postgres://app:a8Fk/3q+ZpW=@db.internal:5432/orders",
          [("url_password", "a8Fk/3q+ZpW=")], [("other", "db.internal:5432/orders")]),
    _case("text", "STATEMENT:  ALTER ROLE app PASSWORD 'Wq7pLm3xZ' VALID UNTIL 'infinity'",
          [("password", "Wq7pLm3xZ")], [("other", "'infinity'")]),
    _case("text", "ERROR 1396 (HY000): CREATE USER 'bob'@'%' IDENTIFIED BY 'Rt5yHn8kQ'",
          [("password", "Rt5yHn8kQ")], [("other", "ERROR 1396 (HY000)")]),
    _case("text", "DETAIL:  Key (token)=(9f86d081884c7d659a2feaa0c55ad015) already exists.",
          [("password", "9f86d081884c7d659a2feaa0c55ad015")], [("other", "already exists")]),
    _case("text", "GET https://acme-fn.azurewebsites.net/api/Charge?code=TicvRRPEztvbf9PiQ0prhJMw"
          "DxUYTsqHIIiYg2oEMHApHuTFHRWpJlWp== 500 in 85ms",
          [("password", "TicvRRPEztvbf9PiQ0prhJMwDxUYTsqHIIiYg2oEMHApHuTFHRWpJlWp==")],
          [("other", "500 in 85ms"), ("other", "/api/Charge")]),
    _case("json", '{"auths":{"https://index.docker.io/v1/":{"auth":"Ym9iOlhrOW1QMnF6Ujc="}}}',
          [("basic_auth", "Ym9iOlhrOW1QMnF6Ujc=")]),
    _case("text", "<server><id>nexus</id><password>Xk9mP2qzR7</password></server>",
          [("password", "Xk9mP2qzR7")], [("other", "<id>nexus</id>")]),
    _case("json", r'{"event":"{\"body\":\"{\\\"password\\\":\\\"Lm4nB7vCx2\\\"}\"}"}',
          [("password", "Lm4nB7vCx2")]),
    _case("text", "machine api.heroku.com login deploy password Jh6gF4dS2a",
          [("password", "Jh6gF4dS2a")], [("other", "api.heroku.com")]),
    _case("json", '{"kind":"Secret","data":{"tls.key":"LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVkt'
          'LS0tLQpNSUlFb3dJQkFBS0NBUUVBdTFTVTFMZlZMUEhD"}}',
          [("private_key", "LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQpNSUlFb3dJQkFBS0NBUUVBdTFT"
                           "VTFMZlZMUEhD")]),
    _case("text", "kubectl create secret docker-registry regcred --docker-password Pw9xKq2mZr"
          " --docker-server=ghcr.io", [("password", "Pw9xKq2mZr")],
          [("other", "--docker-server=ghcr.io")]),
    _case("json", '{"url":"https://api.stripe.com","status":402,"customer":"bob@x.io"}',
          [("email", "bob@x.io")], [("other", '"status":402')]),
    _case("text", "auth: failed for user; invalid credentials: check the account",
          keep=[("password", "auth: failed"), ("password", "invalid credentials: check")]),
]  # fmt: skip


def write_corpus(path: Path = CORPUS, lines: int = LINES, seed: int = SEED) -> int:
    """Regenerate the corpus file; returns the number of records."""
    records = generate(lines, seed)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return len(records)


def load_corpus(path: Path = CORPUS) -> list[dict[str, Any]]:
    """The records of a corpus file."""
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


# --------------------------------------------------------------------------- scoring


@dataclass
class Score:
    """Counts of one scoring run; see the module docstring for what each one means."""

    tp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)  # keep tokens altered, by tempted type
    kept: Counter[str] = field(default_factory=Counter)  # keep tokens by kind
    altered: Counter[str] = field(default_factory=Counter)  # altered keep tokens by kind
    unexpected: Counter[str] = field(default_factory=Counter)  # surplus placeholders
    misses: list[tuple[str, str, str]] = field(default_factory=list)  # (id, type, value)
    false_alarms: list[tuple[str, str, str]] = field(default_factory=list)

    def recall(self, types: Iterable[str]) -> float:
        """True positives over findings, for the given types together."""
        tp = sum(self.tp[t] for t in types)
        total = tp + sum(self.fn[t] for t in types)
        return tp / total if total else 1.0

    def precision(self) -> float:
        """True positives over everything redacted that should have been, or should not."""
        tp = sum(self.tp.values())
        fp = sum(self.fp.values()) + sum(self.unexpected.values())
        return tp / (tp + fp) if tp + fp else 1.0

    def summary(self) -> dict[str, float]:
        """The figures the targets apply to."""
        return {
            "secret_recall": self.recall(SECRET_TYPES),
            "pii_recall": self.recall(PII_TYPES),
            "precision": self.precision(),
        }


def _leaked(value: str, output: str) -> bool:
    if value in output:
        return True
    if len(value) <= _PIECE:
        return False
    return any(value[i : i + _PIECE] in output for i in range(len(value) - _PIECE + 1))


def score_record(record: dict[str, Any], output: str, score: Score) -> None:
    """Add one record's outcome to ``score``; ``output`` is the redacted line."""
    line: str = record["line"]
    found = Counter(_PLACEHOLDER.findall(output))
    found.subtract(Counter(_PLACEHOLDER.findall(line)))  # placeholders already there
    claimable: Counter[str] = Counter()
    for finding in record["findings"]:
        kind, value = finding["type"], finding["value"]
        accepted = ACCEPTED[kind]
        claimable.update(accepted)
        if not _leaked(value, output) and any(found[p] > 0 for p in accepted):
            score.tp[kind] += 1
        else:
            score.fn[kind] += 1
            score.misses.append((record["id"], kind, value))
    for name, n in found.items():
        surplus = n - claimable[name]
        if surplus > 0:
            score.unexpected[name] += surplus
            score.false_alarms.append((record["id"], f"<{name}>", output))
    blanked = line
    for finding in record["findings"]:
        blanked = blanked.replace(finding["value"], "\0")
    for keep in record["keep"]:
        value = keep["value"]
        score.kept[keep["type"]] += 1
        if output.count(value) < blanked.count(value):
            score.altered[keep["type"]] += 1
            score.fp[keep["tempts"] or "other"] += 1
            score.false_alarms.append((record["id"], keep["type"], value))


def score_corpus(
    records: list[dict[str, Any]], redactor: Callable[[str], str] = redact
) -> tuple[Score, float]:
    """Run ``redactor`` over every line and score it; returns the score and the seconds the
    redactor alone took."""
    start = time.perf_counter()
    outputs = [redactor(record["line"]) for record in records]
    seconds = time.perf_counter() - start
    score = Score()
    for record, output in zip(records, outputs, strict=True):
        score_record(record, output, score)
    return score, seconds


def report(score: Score, lines: int, seconds: float) -> Iterator[str]:
    """The table ``main`` prints."""
    yield f"{'type':<16}{'TP':>6}{'FN':>5}{'FP':>5}{'recall':>9}{'precision':>11}"
    for group, types in (("secrets", SECRET_TYPES), ("PII", PII_TYPES)):
        yield f"-- {group}"
        for kind in sorted(types):
            tp, fn, fp = score.tp[kind], score.fn[kind], score.fp[kind]
            precision = tp / (tp + fp) if tp + fp else 1.0
            yield f"{kind:<16}{tp:>6}{fn:>5}{fp:>5}{score.recall([kind]):>9.3f}{precision:>11.3f}"
    if score.fp["other"]:
        yield f"{'other':<16}{'':>6}{'':>5}{score.fp['other']:>5}"
    yield "-- kept (what helps debugging)"
    for kind in sorted(score.kept):
        yield f"{kind:<16}{score.kept[kind] - score.altered[kind]:>6} of {score.kept[kind]} kept"
    if score.unexpected:
        extra = ", ".join(f"<{k}> {v}" for k, v in sorted(score.unexpected.items()))
        yield f"unexpected placeholders: {extra}"
    for record_id, kind, value in score.misses[:15]:
        yield f"missed {record_id} {kind}: {value[:70]!r}"
    for record_id, kind, value in score.false_alarms[:15]:
        yield f"altered {record_id} {kind}: {value[:70]!r}"
    summary = score.summary()
    yield ""
    for name, value in summary.items():
        verdict = "ok" if value >= TARGETS[name] else "MISSED"
        yield f"{name:<14}{value:.4f}  (target >= {TARGETS[name]})  {verdict}"
    yield f"{lines:,} lines in {seconds:.3f} s: {lines / seconds:,.0f} lines/s"


def main(argv: list[str] | None = None) -> int:
    """Score the corpus (optionally regenerating it first); 1 if a target is missed."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--write", action="store_true", help="regenerate the corpus first")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--lines", type=int, default=LINES, help="generated lines (--write)")
    args = parser.parse_args(argv)
    if args.write:
        count = write_corpus(args.corpus, args.lines, args.seed)
        print(f"wrote {count} records to {args.corpus}", file=sys.stderr)
    records = load_corpus(args.corpus)
    score, seconds = score_corpus(records)
    for row in report(score, len(records), seconds):
        print(row)
    summary = score.summary()
    return 0 if all(summary[name] >= target for name, target in TARGETS.items()) else 1


if __name__ == "__main__":
    sys.exit(main())
