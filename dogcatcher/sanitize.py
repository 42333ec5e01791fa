"""Redaction of PII and secrets from log text, before anything leaves the process.

Every finding is replaced by a typed placeholder in angle brackets. Secrets: ``<jwt>``,
``<token>`` (bearer and vendor API tokens), ``<aws_key>``, ``<gcp_key>``, ``<azure_key>``,
``<private_key>`` (PEM blocks), ``<secret>`` (passwords, basic auth, cookies, sensitive
key=value pairs). PII: ``<email>``, ``<phone>``, ``<ip>``, ``<mac>``, ``<card>``, ``<iban>``,
``<national_id>``. What helps debugging stays: status and error codes, durations, ports,
versions, timestamps, class names, UUIDs, hashes, line numbers, and ids that are not card
numbers. Rules that could take a number for PII (phones, national ids) ask for formatting, a
checksum or a key that names them; ``bench/redaction.py`` measures recall and precision.

Rules run in a fixed order, each a precompiled regex behind a hint: a simpler pattern that
every text the rule changes contains. One RE2 set matches all hints in a single linear pass,
so a line without PII costs that one scan, and a line with some runs only the rules whose
hint it holds. No rule matches a placeholder, which makes ``redact`` idempotent.
"""

from __future__ import annotations

import base64
import binascii
import ipaddress
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any, NamedTuple

import re2  # type: ignore[import-untyped]

from dogcatcher.models import LogEvent

__all__ = [
    "PLACEHOLDERS",
    "ExtraRules",
    "SanitizedEvents",
    "extra_rule_problem",
    "extra_rules",
    "redact",
    "redact_counts",
    "redact_with",
    "sanitize_events",
]

PLACEHOLDERS: frozenset[str] = frozenset(
    {
        # secrets
        "jwt",
        "token",
        "aws_key",
        "gcp_key",
        "azure_key",
        "private_key",
        "secret",
        # PII
        "email",
        "phone",
        "ip",
        "mac",
        "card",
        "iban",
        "national_id",
    }
)

_PLACEHOLDER_TEXTS = frozenset(f"<{name}>" for name in PLACEHOLDERS)

# A handler gets a candidate match plus the original text and returns the replacement for
# the match's span and the placeholder type, or None to leave the span as it is.
_Handler = Callable[[re.Match[str], str], tuple[str, str] | None]


@dataclass(frozen=True, slots=True)
class _Rule:
    kind: str  # what a template rule counts; handlers name the type of each finding
    pattern: re.Pattern[str]
    hint: str  # a regex every text this rule changes contains; see _HINTS
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

# PEM private keys, the whole block: they reach logs on many lines or JSON-escaped on one
# ("\n" as two characters). A block cut short by a length limit has no footer; then all
# that can be key body goes, since any of it is key material.
_PRIVATE_KEY = re.compile(
    r"-----BEGIN[A-Z0-9 ]{0,24}PRIVATE KEY(?: BLOCK)?-----"
    r"(?:(?:(?!-----)[\s\S])*?-----END[A-Z0-9 ]{0,24}PRIVATE KEY(?: BLOCK)?-----"
    r"|[A-Za-z0-9+/=\s\\:,-]*+)",
    _FLAGS,
)

# Vendor API tokens that announce themselves with a prefix: GitHub (classic and
# fine-grained), GitLab, Slack (tokens and webhook paths), Stripe secret/restricted keys and
# webhook secrets, OpenAI, Atlassian API tokens; and npm, PyPI, SendGrid, Shopify, Hugging
# Face, DigitalOcean and HashiCorp Vault tokens. Publishable keys (pk_live_) are public and
# stay. "sk-" is also kebab-case, so an OpenAI key must contain a digit and be long.
_VENDOR_TOKEN = re.compile(
    r"""
    (?<![A-Za-z0-9_-])
    (?:
        gh[pousr]_[A-Za-z0-9]{36,251}
      | github_pat_[A-Za-z0-9_]{40,251}
      | gl(?:pat|dt|rt|ptt|cbt|oas|ft|imt|soat|agent)-[A-Za-z0-9_.-]{20,}
      | xox[abpersc]-[A-Za-z0-9-]{10,}
      | xapp-[0-9]-[A-Za-z0-9-]{10,}
      | [rs]k_(?:live|test)_[A-Za-z0-9]{16,}
      | whsec_[A-Za-z0-9+/=]{24,}
      | sk-(?:[a-z]{2,8}-)?(?=[A-Za-z_-]*[0-9])[A-Za-z0-9_-]{32,}
      | AT(?:ATT|CTT)3[A-Za-z0-9_=-]{50,}
      | T[A-Z0-9]{8,12}/B[A-Z0-9]{8,12}/[A-Za-z0-9]{24}
      | T[A-Z0-9]{8,12}/A[A-Z0-9]{8,12}/[0-9]{6,}/[A-Za-z0-9]{24}
      | npm_[A-Za-z0-9]{36}
      | pypi-AgE[A-Za-z0-9_-]{50,}
      | SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}
      | shp(?:at|ca|pa|ss)_[A-Fa-f0-9]{32}
      | hf_[A-Za-z0-9]{34,}
      | dop_v1_[a-f0-9]{64}
      | hvs\.[A-Za-z0-9_-]{24,}
    )
    (?![A-Za-z0-9_-])
    """,
    _FLAGS | re.VERBOSE,
)

# Google Cloud: API keys, OAuth client secrets, access and refresh tokens.
_GCP_KEY = re.compile(
    r"(?<![A-Za-z0-9_-])"
    r"(?:AIza[0-9A-Za-z_-]{35}|GOCSPX-[0-9A-Za-z_-]{28}|ya29\.[0-9A-Za-z._-]{20,}"
    r"|1//0[0-9A-Za-z_-]{30,})"
    r"(?![A-Za-z0-9_-])",
    _FLAGS,
)

# Azure: storage and Service Bus keys in connection strings (the key name stays), the
# signature of a SAS URL, and Entra ID client secrets (three chars, a digit, "Q~", 31-34).
_AZURE_KEY = re.compile(
    r"(?P<p>(?:AccountKey|SharedAccessKey|SharedAccessSignature)=|[?&]sig=)[^\s;&\"'<]{16,}+"
    r"|(?<![A-Za-z0-9_~.-])[A-Za-z0-9_~.]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34}(?![A-Za-z0-9_~.-])",
    _FLAGS,
)

# Basic credentials outside an Authorization header ("sent Basic dXNlcjpwYXNz"): the word
# is common prose, so the value must decode to "user:password".
_BASIC = re.compile(
    r"(?<![A-Za-z0-9_])((?:[Bb]asic|BASIC)[ \t]++)([A-Za-z0-9+/]{6,}+={0,2})(?![A-Za-z0-9+/=])",
    _FLAGS,
)

# Bearer tokens (RFC 6750 b64token); the scheme word stays for context. A short lower-case
# word after it is prose ("Bearer token expired", "Bearer realm=api"), not a token.
_BEARER = re.compile(
    r"(?<![A-Za-z0-9_])((?:[Bb]earer|BEARER)[ \t]++)"
    r"(?![a-z]{1,16}+(?![A-Za-z0-9._~+/-]))[A-Za-z0-9._~+/-]++=*+",
    _FLAGS,
)

# AWS access key ids.
_AWS_ID = re.compile(r"(?<![A-Za-z0-9])A(?:KIA|SIA)[A-Z0-9]{16}(?![A-Za-z0-9])", _FLAGS)

# Password in a URL's userinfo. The user may contain '@' (smtp://me@acme.com:pw@host) and
# the password runs to the last '@' before the path, so an unencoded '@' does not leak the
# rest of it, nor does an unencoded '#' (the query '?' ends it, or ?email=a@b would look like
# a password). It never contains a placeholder: later rules may shrink a password they could
# not match (it had spaces) to one, and a second pass must not take that for a password.
_PLACEHOLDER_ALT = "|".join(sorted(PLACEHOLDERS))
_URL_PASSWORD = re.compile(
    r"(?<![A-Za-z0-9+.-])([A-Za-z][A-Za-z0-9+.-]*+://[^\s/?#:\"']*+:)"
    rf"(?:(?:[^\s/?<\"]|<(?!(?:{_PLACEHOLDER_ALT})>))+(?=@)"
    # A password with an unencoded '/' (base64 has them) holds no '@'; a port never does.
    r"|(?![0-9]*+/)[^\s/?<\"@]*+(?:/[^\s/?<\"@]*+)++(?=@))",
    _FLAGS,
)

# Values of sensitive keys in key=value, key: value, "key": "value", 'key': 'value', and
# JSON escaped inside a JSON string (\"key\": \"value\"). _KV and _COOKIE run on lowered text.
# No left boundary on the key, so db_password, x-auth-token, userpassword, client_secret,
# dd-application-key and JSESSIONID all count (a bare "pass" needs one: compass=north); the
# right boundary (optional closing quote, then ':' or '=') keeps token_count=5 and
# tokenizer: bert out. The key alternation has no capture groups: one would cost the regex
# engine its fast first-character scan.
# Authorization schemes of APIs that are not HTTP's own (Elasticsearch's ApiKey, Okta's
# SSWS, Discord's Bot, Splunk's HEC, Opsgenie's GenieKey): the credential after the word
# goes, not the word.
_MORE_SCHEMES = "apikey|api-key|ssws|bot|splunk|geniekey|oauth"
_KEY_TAIL = r"""
    (?P<kq>\\*+["']?|\))
    [ \t]*(?:=>|[:=])[ \t]*
"""
# Quoted values, a Python 2 unicode literal's (u'…') too, and a list's first item as Go
# prints url.Values and http.Header (map[password:[hunter2]]).
_QUOTED_VALUE = r"""
        \\++"(?P<e>(?:[^"\\\r\n]|\\(?!\\{0,8}"))*+)(?:\\++")?
      | u?"(?P<d>[^"\\\r\n]*+(?:\\.[^"\\\r\n]*+)*+)"?
      | u?'(?P<s>[^'\\\r\n]*+(?:\\.[^'\\\r\n]*+)*+)'?
      | \[[ \t]*+["']?(?P<l>[^\]\s"',]++)
"""
# The names of secrets, with the suffixes that name another form or copy of one
# (password_confirmation, passwordNew, token_value, client_secret_prod, private_key_pem,
# password2, passwords, api_keys). "tokens" is no such plural: max_tokens counts them.
_SECRET_VARIANT = r"""
    (?:[_-]?(?:confirm(?:ation)?|repeat|again|new|old|current|value|hash(?:ed)?|digest
             |enc(?:rypted)?|plain(?:text)?|pem|b64|base64|raw|prod(?:uction)?|staging|stage
             |dev|test|live|sandbox|[0-9]{1,2})
     | (?<!token)s | (?<=token)s(?=\\*+["']?[ \t]*[:=][ \t]*\[))?
"""


def _trie(words: Iterable[str]) -> str:
    """An alternation of ``words`` as a regex trie ("ac(?:cess|count)|..."): Python's re tries
    an alternation's branches one by one at every position, so shared prefixes are tried
    once."""
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def branches(node: dict[str, Any]) -> str:
        alternatives = [re.escape(c) + branches(rest) for c, rest in sorted(node.items()) if c]
        if not alternatives:
            return ""
        body = alternatives[0] if len(alternatives) == 1 else f"(?:{'|'.join(alternatives)})"
        return f"(?:{body})?" if "" in node else body

    return f"(?:{branches(tree)})"


# What a secret "<owner>_key" belongs to: jwt_key, AZURE_STORAGE_KEY, x-functions-key.
# (Not cache_key, routing_key, primary_key or idempotency_key: those are names, not secrets.)
_KEY_OWNERS = _trie(
    (
        *("api", "private", "app", "application", "access", "signing", "encryption"),
        *("decryption", "master", "subscription", "jwt", "hmac", "auth", "secure_auth"),
        *("secure-auth", "secureauth", "session", "client", "account", "storage", "admin"),
        *("ssh", "aes", "rsa", "pgp", "gpg", "webhook", "service", "consumer", "shared"),
        *("ingest", "sdk", "license", "crypto", "cipher", "function", "functions", "stripe"),
        *("sendgrid", "twilio", "mailgun", "datadog"),
    )
)
# A secret's key: no left boundary, so db_password, x-auth-token, userpassword,
# client_secret, dd-application-key and JSESSIONID all count (a bare "pass" needs one:
# compass=north). No capture groups: one would cost the regex engine its fast
# first-character scan.
_SECRET_KEY = rf"""
    (?:
        aws[_-]?secret[_-]?key | secret[_-]?access[_-]?key
      | pass(?:word|wd|phrase|(?<![a-z]pass)) | pwd | secret(?:[_-]?key)? | token
      | {_KEY_OWNERS}[_-]?key
      | (?<![a-z])salt | client[_-]?assertion
      # an auth value as npm's _auth= and Docker's "auth": "…" hold it, and credentials
      # given as a value (not "auth: failed", "invalid credentials: user bob")
      | (?<![a-z])(?:auth|credentials?)(?=\\*["']|[ \t]*=)
    )
    {_SECRET_VARIANT}
  | authorization | session(?:[_-]?id)? | sessid | connect\.sid
  # a card's security code, a PIN, a one-time or verification code
  | cvv2? | cvc2? | (?:card[_-]?)?security[_-]?code
  | (?<![a-z0-9])(?:pin(?:[_-]?(?:code|number))? | t?otp(?:[_-]?code)?)
  | one[_-]?time[_-]?(?:code|pin) | (?:mfa|2fa|totp|verification|auth)[_-]?code
  # a presigned URL's signature (S3, GCS; CloudFront's Signature= query parameter)
  | x-(?:amz|goog)-signature | (?<=[?&;])signature
  # an OAuth authorization code, or an Azure Function's key, in a query string
  | (?<=[?&])code(?=[ \t]*=[ \t]*[^\s&"'<]{{20}})
"""
# A value that goes on after "," ";" "&" ")" "}" or "]" (q8#Lm,2v!Xz) unless a space, a
# line end or the next key follows (password=x,user=y; password=x&user=y); a backslash ends
# it only where it starts an escaped line break (…\nX-Api-Key: … is the next header).
_RUN_ON = r"""
    (?:[^\s"',;&)}\]\\]++
      | [,;&)}\]](?=[^\s"',;&)}\]\\])(?![\w.-]*+[=:])
      | \\(?![nrt]))*+
"""
_KV = re.compile(
    rf"""
    (?:{_SECRET_KEY})
    {_KEY_TAIL}
    (?:
        {_QUOTED_VALUE}
      # Postgres's DETAIL: Key (token)=(…) already exists.
      | \((?P<p>[^()\r\n]*+(?=\))|[^()\s]++)\)?
      | (?P<scheme>(?:bearer|basic|digest|negotiate|token|{_MORE_SCHEMES})[ \t]++)?
        (?P<u>[^\s"',;&(){{}}\[\]\\]{_RUN_ON})
    )
    """,
    _FLAGS | re.VERBOSE,
)
# A one-time or verification code in prose, as an SMS or email body is logged ("Your
# verification code is 482913", "OTP: 482913"): only after a word that says what the code is
# for, so "error code 5001", "status code 503" and "exit code 137" stay.
_CODE_IN_PROSE = re.compile(
    r"""
    (?<![a-z0-9])
    (?: (?:verification|security|login|sign[ -]?in|confirmation|2fa|mfa|one[ -]?time
          |authentication|auth|access|otp|sms)
        [ \t]+(?:code|pin|passcode|password)
      | otp | passcode | one[ -]?time[ \t]+(?:code|pin|passcode|password)
    )
    [ \t]*+(?:(?:is|:|=)[ \t]*+)?
    (?P<v>[0-9]{3,8})(?![0-9a-z])
    """,
    _FLAGS | re.VERBOSE,
)
# A secret given to a command as the word after its flag (``--password hunter2``; the
# ``--password=hunter2`` form is _KV's), as a shell or a job runner logs the command line.
_CLI_SECRET = re.compile(
    r"(?<![\w-])(?P<f>--(?:[a-z0-9]+-){0,3}(?:password|passwd|pass|token|secret(?:-key)?|api-?key"
    r"|account-key|access-key|auth-token|access-token|client-secret)[ \t]+)"
    r"(?P<v>[^\s\"'<;,-][^\s\"']*+)",
    _FLAGS,
)
# The MySQL clients' -p<password> (no space: "-p" alone prompts) and redis-cli's -a
# <password>, later in the same command (not past ;, | or &).
_MYSQL_PASSWORD = re.compile(
    r"(?<![\w-])(?P<c>(?:mysql(?:dump|admin|import|check|pump|sh)?|mariadb(?:-dump)?)\b"
    r"[^\n;|&]{0,200}?[ \t]-p)(?P<v>[^\s\"'<;,-][^\s\"']*+)",
    _FLAGS,
)
# curl's -u/--user user:password, later in the same command ("-u user" alone prompts).
_CURL_USER = re.compile(
    r"(?<![\w-])(?P<c>curl\b[^\n;|&]{0,200}?[ \t](?:-u[ \t]*|--user[ \t=]+)[\"']?[^\s:\"']+:)"
    r"(?P<v>[^\s\"'<][^\s\"']*+)",
    _FLAGS,
)
_REDIS_CLI_PASSWORD = re.compile(
    r"(?<![\w-])(?P<c>redis-cli\b[^\n;|&]{0,200}?[ \t]-a[ \t]+)(?P<v>[^\s\"'<;,-][^\s\"']*+)",
    _FLAGS,
)
# A secret given as a name and a value, as Kubernetes and ECS list environment variables
# ({"name": "DB_PASSWORD", "value": "…"}), HAR files headers, Postman variables ("key").
_NAMED_SECRET = re.compile(
    rf"""
    (?:name|key)\\*+["'][ \t]*:[ \t]*\\*+["']
    [a-z0-9_.-]{{0,32}}?(?:{_SECRET_KEY}|cookie|set-cookie)
    (?P<kq>\\*+["'])
    [ \t]*,[ \t]*\\*+["']value\\*+["'][ \t]*:[ \t]*
    (?:{_QUOTED_VALUE})
    """,
    _FLAGS | re.VERBOSE,
)
# A secret as an XML element's text: <password>…</password>, WS-Security's
# <wsse:Password Type="…">…</wsse:Password>, <ApiKey>…</ApiKey>.
_XML_SECRET = re.compile(
    rf"""
    <(?:[a-z0-9_-]{{1,32}}:)?[a-z0-9_.-]{{0,32}}?(?:{_SECRET_KEY})
    (?P<kq>)(?:[ \t][^<>]{{0,256}})?>
    (?P<d>[^<\r\n]{{1,512}})(?=</)
    """,
    _FLAGS | re.VERBOSE,
)
# A database DSN as Go's MySQL driver writes it: user:password@tcp(host:port)/db.
_GO_DSN = re.compile(
    r"(?<![^\s\"'=(])(?P<c>[A-Za-z0-9_.-]{1,64}:)[^\s\"'@<]{1,128}(?=@(?:tcp6?|udp|unix)\()",
    _FLAGS,
)
# A password set in SQL, as a statement log shows it: ALTER ROLE … PASSWORD '…', CREATE
# USER … IDENTIFIED BY '…' (MySQL; IDENTIFIED WITH plugin BY '…').
_SQL_PASSWORD = re.compile(
    r"(?<![A-Za-z_])(?P<c>(?i:password|identified[ \t]+(?:with[ \t]+\w+[ \t]+)?by)[ \t]+')"
    r"(?P<v>[^'\r\n<][^'\r\n]*+)(?=')",
    _FLAGS,
)
# A .netrc line: machine host login user password secret.
_NETRC = re.compile(
    r"(?<![\w-])(?P<c>machine[ \t]+\S+(?:[ \t]+login[ \t]+\S+)?[ \t]+password[ \t]+)"
    r"(?P<v>[^\s<]\S*+)",
    _FLAGS,
)
# A PEM block in base64, as a Kubernetes secret or a *_B64 variable holds one: it starts
# with "-----BEGIN" encoded (LS0tLS1CRUdJTi); the handler keeps certificates, which are public.
_PEM_BASE64 = re.compile(r"(?<![A-Za-z0-9+/])LS0tLS1CRUdJTi[A-Za-z0-9+/]*+={0,2}", _FLAGS)
# A cookie header is a '; '-separated list of name=value pairs: all of it goes, not just the
# first pair. Runs before _KV, so "session=..." inside it is not counted twice. After the
# first pair only name=value pairs and Set-Cookie's flags continue it, so the log text after
# "Cookie: a=b; " is kept.
_COOKIE = re.compile(
    rf"""
    cookie
    {_KEY_TAIL}
    (?:
        {_QUOTED_VALUE}
      | (?P<u>[^\s"';,)}}\]\[\\]++
          (?:;[ \t]*+(?:[^\s"';,=)}}\]\\]++=[^\s"';,)}}\]\\]*+|httponly|secure|partitioned))*+)
    )
    """,
    _FLAGS | re.VERBOSE,
)
_VALUE_GROUPS = ("e", "d", "s", "l", "u", "p")
_AUTH_SCHEME = re.compile(rf"(?:bearer|basic|digest|negotiate|{_MORE_SCHEMES})[ \t]+", _FLAGS)
# Bare JSON/Python literals after a sensitive key are not secrets; keep them readable.
# So are JavaScript's, Go's and Ruby's empty values and MySQL's "(using password: NO)".
_BARE_LITERALS = frozenset(
    {"null", "true", "false", "none", "undefined", "nil", "<nil>", "yes", "no"}
)
_NUMBER = re.compile(r"-?[0-9][0-9.eE+-]*", _FLAGS)

# Email. The local part starts at a letter or digit that follows no other one, so the text
# right after an email ("a@b.com_c@d.com") is judged the same on a second pass, when it
# follows "<email>". It is at most 64 chars (RFC 5321): a long run without '@' costs O(64)
# per start, never quadratic time.
# An email percent-encoded in a query string (?email=bob%40example.com).
_EMAIL_ENCODED = re.compile(
    r"(?<![A-Za-z0-9._+-])[A-Za-z0-9](?:[A-Za-z0-9._+-]|%2[Bb]){0,63}+%40(?:[A-Za-z0-9-]++\.)+"
    r"[A-Za-z]{2,63}+(?![A-Za-z0-9-])",
    _FLAGS,
)
# An email with a letter outside ASCII (jürgen@exämple.de, 用户@例子.中国), which _EMAIL would
# cut short or miss: any script's letters and digits, a letter TLD. Runs before _EMAIL.
_EMAIL_IDN = re.compile(
    r"(?<![\w.+-])(?=[\w.+-]{0,64}[^\x00-\x7f]|[\w.+-]{1,64}@[\w.-]{0,253}[^\x00-\x7f])"
    r"\w[\w.+-]{0,63}+@(?:[\w-]++\.)+[^\W\d_]{2,63}+(?![\w-])"
)
_EMAIL = re.compile(
    r"(?<![A-Za-z0-9])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}+@(?:[A-Za-z0-9-]++\.)+"
    r"[A-Za-z]{2,63}+(?![A-Za-z0-9-])",
    _FLAGS,
)

# IPv6 candidates: a run of hex digits and colons (optionally ending in an IPv4 tail), not
# glued to a word, a dot or another colon. Validity, and the heuristics that keep out
# 12:30:45, Foo::bar and a[1::2], are in _ipv6_handler. A placeholder next to it (<ip>,
# <card>, <iban> ...) counts as the hex digits it was, so a second pass decides like the
# first.
_IPV6 = re.compile(
    r"(?<![A-Za-z0-9_:.>])"
    r"(?=[0-9A-Fa-f]*:[0-9A-Fa-f]*:)[0-9A-Fa-f:]{2,39}"
    r"(?:(?<=:)[0-9]{1,3}(?:\.[0-9]{1,3}){3})?"
    r"(?![A-Za-z0-9_:<]|\.[0-9])",
    _FLAGS,
)
_HEX_LETTERS = frozenset("abcdefABCDEF")

# IPv4: exactly four dotted octets 0-255, not part of a longer dotted number (versions such
# as 1.2.3 or v2.14.3, OIDs) or of a word.
_OCTET = r"(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])"
# A four-part version is no address: a Chromium browser's in a user agent ("Chrome/120.0.0.0",
# as every Chrome since 101 reports it) or an assembly's ("Version=13.0.0.0"). Not any
# name and a slash: gRPC writes "accounts.prod.svc/10.92.85.145:443".
_IPV4 = re.compile(
    rf"(?<![A-Za-z0-9_.])(?<!Chrome/)(?<!Edg/)(?<!OPR/)(?<!CriOS/)(?<!ersion=)"
    rf"{_OCTET}(?:\.{_OCTET}){{3}}"
    r"(?![A-Za-z0-9_]|\.[0-9])",
    _FLAGS,
)

# Phone numbers and national ids under a key that names them (phone=, "mobile": ...,
# msisdn, ssn=): then unformatted national numbers count too. Runs on lowered text.
_KEYED_PII = re.compile(
    r"""
    (?:
        phone | mobile | msisdn | whatsapp | (?<![a-z])(?:tel|cell|fax)
      | ssn | social[_-]?security | national[_-]?id
    )
    (?:[_-]?(?:number|num|no|nr))?
    (?P<kq>\\?["']?)\)?[ \t]*[:=][ \t]*(?:\\?["'])?
    (?P<v>\+?\(?[0-9][0-9 ().-]{5,22}[0-9])
    (?![a-z0-9_]|[.-][0-9])
    """,
    _FLAGS | re.VERBOSE,
)
_ID_KEYS = ("ssn", "social", "national")

# MAC addresses: six hex pairs with one consistent ':' or '-'. Hex digits are everywhere,
# so the rule runs only where its hint finds two pairs.
_MAC = re.compile(
    r"[0-9A-Fa-f](?<![0-9A-Za-z_:-][0-9A-Fa-f])[0-9A-Fa-f]([:-])[0-9A-Fa-f]{2}"
    r"(?:\1[0-9A-Fa-f]{2}){4}(?![0-9A-Za-z_:-])",
    _FLAGS,
)

# Lengths from the SWIFT IBAN registry.
_IBAN_LENGTHS: dict[str, int] = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22,
    "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "DO": 28,
    "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23,
    "GL": 18, "GR": 27, "GT": 28, "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26,
    "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20,
    "LV": 21, "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MR": 27, "MT": 31, "MU": 30, "NL": 18,
    "NO": 15, "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "SA": 24,
    "SC": 31, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "ST": 25, "SV": 28, "TL": 23, "TN": 24,
    "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20,
}  # fmt: skip

# IBANs and national ids whose form is reliable on its own, in one scan: an IBAN, compact
# or in groups of four (the handler checks the country's length and the mod-97 check
# digits); a US SSN written with dashes (never area 000, 666 or 9xx, group 00 or serial
# 0000); a UK National Insurance number (without the prefixes HMRC never issues); a Spanish
# DNI or NIE (the letter is a mod-23 check). The first character comes before the
# lookbehind so the engine can skip positions in C, and validity is left to the handler for
# the same reason: a lookahead in front costs that scan.
_ID_NUMBER = re.compile(
    r"""
    [0-9A-Z](?<![A-Za-z0-9_.>-][0-9A-Z])
    (?:
        (?<=[A-Z])(?P<iban>[A-Z][0-9]{2}
            (?:[A-Z0-9]{11,30}+|(?:\ [A-Z0-9]{4}){2,7}(?:\ [A-Z0-9]{1,3})?))
      | (?<=[0-9])(?P<ssn>[0-9]{2}-[0-9]{2}-[0-9]{4})
      | (?<=[A-Z])(?P<nino>[A-Z](?:[0-9]{6}|\ [0-9]{2}\ [0-9]{2}\ [0-9]{2}\ )[A-D])
      | (?P<dni>[0-9]{7})-?(?P<letter>[A-Z])
    )
    (?![A-Za-z0-9_<-])
    """,
    _FLAGS | re.VERBOSE,
)
# An IBAN or a UK National Insurance number after its key, in any case ("iban":
# "de89370400440532013000"): _ID_NUMBER takes only the upper-case forms, as bare ones.
_KEYED_ACCOUNT = re.compile(
    r"""
    (?<![a-z0-9])(?:iban|nino|ni[_-]?number|national[_-]?insurance(?:[_-]?(?:number|no))?)
    \\?["']?[ \t]*[:=]?[ \t]*\\?["']?
    (?P<v>
        (?P<iban>[a-z]{2}[0-9]{2}(?:[a-z0-9]{11,30}+|(?:\ [a-z0-9]{4}){2,7}(?:\ [a-z0-9]{1,3})?))
      | [a-z]{2}(?:[0-9]{6}|\ [0-9]{2}\ [0-9]{2}\ [0-9]{2}\ )[a-d]
    )
    (?![a-z0-9_<-])
    """,
    _FLAGS | re.VERBOSE,
)
_SSN_INVALID = re.compile(r"000|666|9|...-00|.......0000", _FLAGS)
_NINO_PREFIXES = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]", _FLAGS)
_NINO_NEVER = frozenset({"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"})
_DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"

# Phone numbers need formatting that nothing else in a log has: a leading "+" and a
# country code (E.164, 8-15 digits in all, checked by the handler), or the North American
# (415) 555-2671 / 415-555-2671 / 415.555.2671 shape, optionally after "1-". Bare digit
# runs, dates, times and "+0100" offsets are left alone; unformatted numbers are found only
# under a phone key (_KEYED_PII). Groups after "+" are split by spaces and dashes, or by
# dots only: "+33 8 03 28 67 47 1.2.3" ends before the version. First character before
# the lookbehind, as in _ID_NUMBER. A placeholder next to it counts as the word it was,
# so a second pass decides like the first.
_PHONE = re.compile(
    r"""
    [+(1-9](?<![A-Za-z0-9_+.(>-][+(1-9])
    (?:
        (?<=\+)[1-9][0-9]{0,3}+
        (?:(?:[ -]?+(?:\([0-9]{1,4}+\)|[0-9]{1,4}+)){1,6}|(?:\.[0-9]{1,4}+){2,5})
      | (?<=1)[ .-](?:\([2-9][0-9]{2}\)\ ?|[2-9][0-9]{2}(?P<sep>[.-]))
        [2-9][0-9]{2}(?(sep)(?P=sep)|[ .-])[0-9]{4}
      | (?<=\()[2-9][0-9]{2}\)\ ?[2-9][0-9]{2}[ .-][0-9]{4}
      | (?<=[2-9])[0-9]{2}(?P<sep2>[.-])[2-9][0-9]{2}(?P=sep2)[0-9]{4}
    )
    (?![A-Za-z0-9_<]|[.-][0-9])
    """,
    _FLAGS | re.VERBOSE,
)

# A product code's name right before a number: barcodes, not cards.
_PRODUCT_CODE_BEFORE = re.compile(
    r"(?i:ean|ean13|gtin|barcode|upc|isbn)(?:[ \t]+(?:code|number|no\.?))?"
    r"\\?[\"']?[ \t]*[:=#]?[ \t]*\\?[\"']?\Z"
)
# An "…id" key right before a number (trace_id=, "spanId": ) makes it an identifier: a
# 64-bit Datadog trace id is 19 digits and passes Luhn one time in ten.
_ID_KEY_BEFORE = re.compile(r"[Ii][Dd]\\?[\"']?[ \t]*[:=][ \t]*\\?[\"']?\Z", _FLAGS)

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


def _issued(digits: str) -> bool:
    """Whether a network issues card numbers of this prefix and length (Visa, Mastercard,
    Amex, Discover, Diners, JCB, UnionPay). Keeps out digit runs that pass Luhn by chance,
    such as YYYYMMDDhhmmss release folders (20… is no card prefix)."""
    n, two, four = len(digits), int(digits[:2]), int(digits[:4])
    if digits[0] == "4":
        return n in (13, 16, 19)
    if 51 <= two <= 55 or 2221 <= four <= 2720:
        return n == 16
    if two in (34, 37):
        return n == 15
    if two in (30, 36, 38, 39):
        return 14 <= n <= 19
    if four == 6011 or two in (62, 64, 65) or 3528 <= four <= 3589:
        return 16 <= n <= 19
    return False


def _card_handler(m: re.Match[str], text: str) -> tuple[str, str] | None:
    number = m.group()
    sep = m.group(1)
    if _ID_KEY_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return None
    if _PRODUCT_CODE_BEFORE.search(text, max(0, m.start() - 16), m.start()):
        return None  # an EAN-13 barcode passes Luhn one time in ten
    if sep is None:  # the regex checked 13-19 digits
        return ("<card>", "card") if _issued(number) and _luhn_ok(number) else None
    groups = number.split(sep)
    # The last groups may be something else ("4111 1111 1111 1111 123" ends in a CVV):
    # the longest prefix of >= 3 groups that is a valid number wins; the rest stays.
    for n in range(len(groups), 2, -1):
        digits = "".join(groups[:n])
        if 13 <= len(digits) <= 19 and _issued(digits) and _luhn_ok(digits):
            return "<card>" + number[len(sep.join(groups[:n])) :], "card"
    return None


def _ipv6_handler(m: re.Match[str], text: str) -> tuple[str, str] | None:
    s = m.group()
    try:
        ipaddress.IPv6Address(s)
    except ValueError:
        return None
    if "::" not in s:
        # The full form (8 groups, or 6 and an IPv4 tail): nothing else in a log looks like it.
        return "<ip>", "ip"
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


def _basic_handler(m: re.Match[str], text: str) -> tuple[str, str] | None:
    value = m.group(2)
    try:
        decoded = base64.b64decode(value + "=" * (-len(value) % 4), validate=True).decode()
    except (binascii.Error, UnicodeDecodeError):
        return None
    if ":" not in decoded or not decoded.isprintable():
        return None
    return m.group(1) + "<secret>", "secret"


def _pem_base64_handler(m: re.Match[str], text: str) -> tuple[str, str] | None:
    head = m.group()[:60]
    try:
        decoded = base64.b64decode(head[: len(head) // 4 * 4])
    except binascii.Error:  # pragma: no cover - the pattern reads base64 characters only
        return None
    return ("<private_key>", "private_key") if b"PRIVATE KEY" in decoded else None


def _keyed_pii_handler(m: re.Match[str], text: str) -> tuple[str, str] | None:
    # m matched the lowered text; the spans are the same in the original.
    start, end = m.span("v")
    value = m.string[start:end]
    digits = sum(c.isdigit() for c in value)
    # "ssn=383599528 2026-11-01T..." ran on into the timestamp: drop words from the end.
    while digits > 15 and " " in value:
        value = value[: value.rindex(" ")].rstrip()
        digits = sum(c.isdigit() for c in value)
    end = start + len(value)
    key = m.string[m.start() : m.start("kq")]
    if key.startswith(_ID_KEYS):
        kind = "national_id"
        if not 6 <= digits <= 15:
            return None
    elif not 7 <= digits <= 15:
        return None
    else:
        kind = "phone"
    return text[m.start() : start] + f"<{kind}>" + text[end : m.end()], kind


def _iban_ok(iban: str) -> bool:
    if _IBAN_LENGTHS.get(iban[:2]) != len(iban):
        return False
    # ISO 13616: move the first four characters to the end, letters become 10..35, and the
    # number is 1 modulo 97.
    return int("".join(str(int(c, 36)) for c in iban[4:] + iban[:4])) % 97 == 1


def _id_number_handler(m: re.Match[str], text: str) -> tuple[str, str] | None:
    found = m.group()
    if m.group("iban") is not None:
        return ("<iban>", "iban") if _iban_ok(found.replace(" ", "")) else None
    if m.group("ssn") is not None:
        if _SSN_INVALID.match(found):
            return None
    elif m.group("nino") is not None:
        if found[:2] in _NINO_NEVER or not _NINO_PREFIXES.match(found):
            return None
    else:
        # DNI: 8 digits and the number mod 23 as a letter; an NIE's X, Y, Z stand for 0-2.
        number = found[:8]
        if number[0] in "XYZ":
            number = str("XYZ".index(number[0])) + number[1:]
        if not number.isdigit() or _DNI_LETTERS[int(number) % 23] != m.group("letter"):
            return None
    return "<national_id>", "national_id"


def _keyed_account_handler(m: re.Match[str], text: str) -> tuple[str, str] | None:
    # m matched the lowered text; the value is checked as its upper-case form.
    start, end = m.span("v")
    value = text[start:end].upper()
    if m.group("iban") is not None:
        if not _iban_ok(value.replace(" ", "")):
            return None
        found = ("<iban>", "iban")
    elif value[:2] in _NINO_NEVER or not _NINO_PREFIXES.match(value):
        return None
    else:
        found = ("<national_id>", "national_id")
    return text[m.start() : start] + found[0], found[1]


def _code_handler(m: re.Match[str], text: str) -> tuple[str, str] | None:
    # m matched the lowered text, whose digits are the original's.
    return text[m.start() : m.start("v")] + "<secret>", "secret"


def _phone_handler(m: re.Match[str], text: str) -> tuple[str, str] | None:
    number = m.group()
    if number.startswith("+") and not 8 <= sum(c.isdigit() for c in number) <= 15:
        return None
    return "<phone>", "phone"


def _key_value_handler(m: re.Match[str], text: str) -> tuple[str, str] | None:
    # m matched the lowered text; read values from the original, same spans.
    for name in _VALUE_GROUPS:
        start, end = m.span(name) if name in m.re.groupindex else (-1, -1)
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
    if name == "u" and value[: value.find(">") + 1] in _PLACEHOLDER_TEXTS:
        # An earlier rule already took the start of it: x-access-token:<token>@github.com
        # keeps the host that follows.
        return None
    key = m.string[m.start() : m.start("kq")]
    kind = "aws_key" if key.startswith("aws") or "access" in key else "secret"
    replacement = f"<{kind}>"
    if name in ("u", "l", "p") and value.lower() in _BARE_LITERALS:
        return None
    if key == "pwd" and value.startswith("/"):
        return None  # a shell's working directory (PWD=/home/app), not a password
    if name == "u":
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


# Each rule's hint is a necessary condition for it to change a text: a pattern that every
# match of its regex contains, in the syntax Python's re and RE2 share. One RE2 set (_HINTS)
# matches all hints in one linear pass and tells which rules may apply, so a line with
# nothing to redact costs that scan instead of twenty regex calls. A lowered rule's hint is
# lowercase and matches case-insensitively, as on text.lower(). Hints stay simple: what the
# set must remember along the text ("an @ and a ://", "seven colons") multiplies its states.
# Most hints are trigger words; the last three rules have none, so theirs is their regex
# without the lookarounds.
_PHONE_HINT = (
    r"\+[1-9]"
    r"|1[ .-](?:\([2-9][0-9]{2}\) ?|[2-9][0-9]{2}[.-])[2-9][0-9]{2}[ .-][0-9]{4}"
    r"|\([2-9][0-9]{2}\) ?[2-9][0-9]{2}[ .-][0-9]{4}"
    r"|[2-9][0-9]{2}[.-][2-9][0-9]{2}[.-][0-9]{4}"
)
_ID_NUMBER_HINT = (
    r"[A-Z]{2}[0-9]{2}(?:[A-Z0-9]{11}| [A-Z0-9]{4} [A-Z0-9]{4})"  # IBAN
    r"|[0-9]{3}-[0-9]{2}-[0-9]{4}"  # SSN
    r"|[A-Z]{2}(?:[0-9]{6}| [0-9]{2} [0-9]{2} [0-9]{2} )[A-D]"  # NINO
    r"|[0-9A-Z][0-9]{7}-?[A-Z]"  # DNI, NIE
)
_CARD_HINT = r"[2-6](?:[0-9]{12}|[0-9]{3}[ -][0-9]{3,6}[ -][0-9]{3})"

# Order matters. Whole private-key blocks go first, so nothing inside them is counted on its
# own; specific secrets come before generic key=value, so "token=eyJ..." is a <jwt> and
# "api_key=ghp_..." a <token>; URL passwords before emails, since user:pw@host ends in
# pw@host; MAC and IPv6 before IPv4 for ::ffff:1.2.3.4; cards last, because their
# lookbehind reads digits that any earlier rule may replace, and running last keeps a second
# pass from seeing anything new.
_RULES: tuple[_Rule, ...] = (
    _Rule("private_key", _PRIVATE_KEY, "PRIVATE KEY", template="<private_key>"),
    _Rule("private_key", _PEM_BASE64, "LS0tLS1CRUdJTi", handler=_pem_base64_handler),
    _Rule("jwt", _JWT, "eyJ", template="<jwt>"),
    _Rule(
        "token",
        _VENDOR_TOKEN,
        r"gh|_pat_|gl|xox|xapp-|_live_|_test_|whsec_|sk-|AT|T[A-Z0-9]{8,12}/B"
        r"|npm_|pypi-|SG\.|shp|hf_|dop_v1_|hvs\.|T[A-Z0-9]{8,12}/A",
        template="<token>",
    ),
    _Rule("gcp_key", _GCP_KEY, r"AIza|GOCSPX-|ya29\.|1//0", template="<gcp_key>"),
    _Rule(
        "azure_key",
        _AZURE_KEY,
        r"Q~|sig=|AccessSignature|Key=",
        template=r"\g<p><azure_key>",
    ),
    _Rule("token", _BEARER, "earer|EARER", template=r"\g<1><token>"),
    _Rule("secret", _BASIC, "asic|ASIC", handler=_basic_handler),
    _Rule("aws_key", _AWS_ID, "AKIA|ASIA", template="<aws_key>"),
    _Rule("secret", _URL_PASSWORD, "://", template=r"\g<1><secret>"),
    _Rule("secret", _GO_DSN, r"@(?:tcp|udp|unix)\(", template=r"\g<c><secret>"),
    _Rule("secret", _NETRC, "machine", template=r"\g<c><secret>"),
    _Rule("secret", _NAMED_SECRET, r"value\\*[\"']", handler=_key_value_handler, lowered=True),
    _Rule("secret", _XML_SECRET, "</", handler=_key_value_handler, lowered=True),
    _Rule("secret", _COOKIE, "cookie", handler=_key_value_handler, lowered=True),
    _Rule(
        "secret",
        _KV,
        r"pass|pwd|secret|token|key|authorization|sess|\.sid|cvv|cvc|security.code"
        r"|(?:^|[^a-z0-9])(?:pin|t?otp)|one.time|fa.code|verification.code|auth.code"
        r"|-signature|[?&;]signature|auth|credential|salt|assertion|[?&]code",
        handler=_key_value_handler,
        lowered=True,
    ),
    _Rule("secret", _SQL_PASSWORD, r"(?i:password|by)[ \t]+'", template=r"\g<c><secret>"),
    _Rule(
        "secret",
        _CODE_IN_PROSE,
        r"(?:tion|ity|login|in|2fa|mfa|time|auth|access|otp|sms)[ \t]+"
        r"(?:code|pin|passcode|password)|otp|passcode",
        handler=_code_handler,
        lowered=True,
    ),
    _Rule(
        "secret",
        _CLI_SECRET,
        r"--[a-z0-9-]*(?:pass|token|secret|api|key)",
        template=r"\g<f><secret>",
    ),
    _Rule("secret", _MYSQL_PASSWORD, r"mysql|mariadb", template=r"\g<c><secret>"),
    _Rule("secret", _REDIS_CLI_PASSWORD, r"redis-cli", template=r"\g<c><secret>"),
    _Rule("secret", _CURL_USER, r"curl", template=r"\g<c><secret>"),
    _Rule(
        "phone",
        _KEYED_PII,
        "phone|mobile|msisdn|whatsapp|tel|cell|fax|ssn|social|national",
        handler=_keyed_pii_handler,
        lowered=True,
    ),
    _Rule(
        "email",
        _EMAIL_IDN,
        r"[^\x00-\x7f][\w.+-]*@|@[\w.-]*[^\x00-\x7f]",
        template="<email>",
    ),
    _Rule("email", _EMAIL, "@", template="<email>"),
    _Rule("email", _EMAIL_ENCODED, "%40", template="<email>"),
    _Rule(
        "mac",
        _MAC,
        r":[0-9A-Fa-f]{2}:[0-9A-Fa-f]{2}:|-[0-9A-Fa-f]{2}-[0-9A-Fa-f]{2}-",
        template="<mac>",
    ),
    # An address the handler takes has "::", or a hex digit before the first of two colons
    # (a:b:…); V8's "file.js:42:17" has neither.
    _Rule("ip", _IPV6, r"::|[0-9A-Fa-f]:[0-9A-Fa-f]*:", handler=_ipv6_handler),
    # Any a.b.c.d contains ".b.c.".
    _Rule("ip", _IPV4, r"\.[0-9]{1,3}\.[0-9]{1,3}\.", template="<ip>"),
    _Rule(
        "national_id",
        _KEYED_ACCOUNT,
        r"iban|nino|ni.number|national.insurance",
        handler=_keyed_account_handler,
        lowered=True,
    ),
    _Rule("national_id", _ID_NUMBER, _ID_NUMBER_HINT, handler=_id_number_handler),
    _Rule("phone", _PHONE, _PHONE_HINT, handler=_phone_handler),
    _Rule("card", _CARD, _CARD_HINT, handler=_card_handler),
)


# RE2 builds the set's DFA lazily, in a cache of at most this size: with RE2's default of
# 8 MiB the hints of twenty rules keep flushing it on varied text (x30 slower).
_HINT_MEMORY = 16 << 20


def _hint_set() -> re2.Set:
    options = re2.Options()
    options.max_mem = _HINT_MEMORY
    hints = re2.Set.SearchSet(options)
    for index, rule in enumerate(_RULES):
        added = hints.Add(f"(?i:{rule.hint})" if rule.lowered else rule.hint)
        assert added == index  # Match returns these indices
    hints.Compile()
    return hints


_HINTS = _hint_set()
# The lowered rules' trigger words appear in every text their regex matches, so running
# them without their hint changes nothing; that is done for non-ASCII text, where RE2's
# case folding and str.lower() disagree (U+0130 'İ' lowers to 'i', RE2 does not fold it).
_LOWERED = tuple(index for index, rule in enumerate(_RULES) if rule.lowered)


def _candidates(text: str, after: int = -1) -> list[int]:
    """Indices of the rules after ``after`` whose hint is in ``text``, in rule order."""
    found = _HINTS.Match(text.encode())
    if not text.isascii():
        found = [*(found or ()), *_LOWERED]
    elif found is None:
        return []
    return sorted({index for index in found if index > after})


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


def _run_rule(
    rule: _Rule, text: str, counts: dict[str, int] | None, view: str | None = None
) -> str:
    """``text`` after one rule, matched against ``view`` (see ``_escape_view``) when one is
    given; the very object when the rule changed nothing."""
    if rule.handler is None:
        assert rule.template is not None
        if view is None:
            new, n = rule.pattern.subn(rule.template, text)
            if not n:
                return text
            if counts is not None:
                counts[rule.kind] = counts.get(rule.kind, 0) + n
            return new
        return _sub_with_handler(rule.pattern, _expanding(rule), text, view, counts)
    base = text if view is None else view
    subject = _lower_same_length(base) if rule.lowered else base
    return _sub_with_handler(rule.pattern, rule.handler, text, subject, counts)


_GROUP_REF = re.compile(r"\\g<(\w+)>")


@cache
def _expanding(rule: _Rule) -> _Handler:
    """A template rule as a handler: its template filled in from the original text's spans
    (a match against a view holds the view's characters)."""
    assert rule.template is not None
    parts = _GROUP_REF.split(rule.template)  # literal, group, literal, group, ...

    def handler(m: re.Match[str], text: str) -> tuple[str, str]:
        filled = [
            part if i % 2 == 0 else text[slice(*m.span(int(part) if part.isdigit() else part))]
            for i, part in enumerate(parts)
        ]
        return "".join(filled), rule.kind

    return handler


# Escapes that hide a boundary or a separator from the rules: percent-encoding in URLs and
# form bodies ("id_token%3DeyJ…", "password%3Dhunter2", "%2F4111…") and JSON's escaped line
# breaks and tabs ("…\nAKIA…" as two characters). In a view of the text each becomes what
# it stands for, padded with spaces to the escape's length, so matches line up with the
# text; '%40' stays, as the encoded-email rule reads it.
_ESCAPE = re.compile(r"%(?:2[0-9A-Fa-f]|3[A-Fa-f]|5[BbDd]|7[BbDd])|\\[ntr]")


def _unescaped(match: re.Match[str]) -> str:
    escape = match.group()
    if escape[0] == "\\":
        return "  "
    char = chr(int(escape[1:], 16))
    # "+" leads what follows it (a phone number); the others end what comes before.
    return f"  {char}" if char == "+" else f"{char}  "


def _escape_view(text: str) -> str | None:
    """``text`` with its escapes unescaped in place (see ``_ESCAPE``); None if it has none."""
    if "%" not in text and "\\" not in text:
        return None
    view = _ESCAPE.sub(_unescaped, text)
    return view if view != text else None


def _one_pass(
    text: str,
    counts: dict[str, int] | None,
    until: int,
    found: list[int] | None = None,
    view: str | None = None,
) -> tuple[str, int]:
    """The rules before ``until`` whose hint is in the text (``found``, when the caller
    has scanned it already), in order, and after a change every later rule whose hint is
    in the new text; the text, and the index of the last rule that changed it (-1: none
    did). With a ``view``, the rules match against the text's escape view."""
    scanned = text if view is None else view
    candidates = [
        index for index in (_candidates(scanned) if found is None else found) if index < until
    ]
    last, position = -1, 0
    while position < len(candidates):
        index = candidates[position]
        position += 1
        new = _run_rule(_RULES[index], text, counts, view)
        if new is not text:
            # A replacement can create or remove what a later rule looks for.
            text, last = new, index
            if view is not None:
                view = _escape_view(text) or text
            candidates, position = _candidates(text if view is None else view, index), 0
    return text, last


# A replacement can also uncover what an earlier rule looks for (an email glued to a key
# hid a password=… pair from the key=value rule), so passes repeat until one changes
# nothing. A pass after the first needs only the rules up to the last one that changed the
# text: every later rule has already seen the final text. Each pass only turns text into
# placeholders, which no rule matches.
_MAX_PASSES = 4


def _apply(text: str, counts: dict[str, int] | None, found: list[int] | None = None) -> str:
    until = len(_RULES)
    for _ in range(_MAX_PASSES):
        text, last = _one_pass(text, counts, until, found)
        if last < 0:
            break
        until, found = last + 1, None
    # What escapes hid: the rules again, on the escape view of what they left.
    view = _escape_view(text)
    until = len(_RULES)
    for _ in range(_MAX_PASSES):
        if view is None:
            break
        text, last = _one_pass(text, counts, until, view=view)
        if last < 0:
            break
        until, view = last + 1, _escape_view(text)
    return text


def redact_with(text: str, extra: ExtraRules | None) -> str:
    """:func:`redact`, then a profile's own rules."""
    redacted = _apply(text, None)
    return redacted if extra is None else extra.apply(redacted, {})


def redact(text: str) -> str:
    """Return ``text`` with PII and secrets replaced by typed placeholders.

    Secrets: ``<jwt>``; ``<token>`` (after ``Bearer``, which stays, and vendor tokens known
    by their prefix: GitHub, GitLab, Slack, Stripe, OpenAI, Atlassian); ``<aws_key>`` (access
    key ids, and secret keys under aws_secret_access_key-like keys); ``<gcp_key>``;
    ``<azure_key>``; ``<private_key>`` (whole PEM blocks); ``<secret>`` (URL passwords, basic
    credentials, cookies and values of sensitive keys, keeping the key and its quoting).
    PII: ``<email>``; ``<phone>``; ``<ip>`` (IPv4 and IPv6); ``<mac>``; ``<card>`` (Luhn-valid
    card numbers); ``<iban>`` (mod-97 valid); ``<national_id>`` (US SSN, UK NINO, Spanish
    DNI/NIE, or digits under an ssn-like key).
    Idempotent: ``redact(redact(x)) == redact(x)``.
    """
    return _apply(text, None)


def redact_counts(text: str) -> tuple[str, dict[str, int]]:
    """Like :func:`redact`, and also count the findings per placeholder type.

    Only types that were found are in the dict, e.g. ``{"email": 2, "ip": 1}``.
    """
    # Most texts have no rule's hint: one scan settles them, and the rules that do apply
    # start from that scan.
    found = _candidates(text)
    if not found:
        return text, {}
    counts: dict[str, int] = {}
    return _apply(text, counts, found), counts


# --- a profile's own rules ----------------------------------------------------------------
#
# What no built-in rule can know: an in-house token format, a customer number. A profile
# lists them (``sanitize.extra_rules``); each is an RE2 pattern, so a careless one costs
# linear time on any line instead of backtracking for ever, and its matches become
# ``<name>``. They run after the built-in rules, so a value a built-in rule already took
# (after "token=", say) keeps its placeholder.


def _re2_options() -> re2.Options:
    options = re2.Options()
    options.log_errors = False  # a bad pattern is reported by the settings, not on stderr
    return options


def extra_rule_problem(name: str, pattern: str, placeholders: Iterable[str] = ()) -> str | None:
    """What is wrong with a profile's redaction rule, or None. ``placeholders`` are the
    names of the other extra rules: no rule may match any placeholder, or a second
    redaction would change what the first wrote."""
    try:
        compiled = re2.compile(pattern, options=_re2_options())
    except re2.error as exc:
        detail = exc.args[0].decode() if exc.args and isinstance(exc.args[0], bytes) else exc
        return f"RE2 cannot compile it ({detail}); RE2 has no look-arounds or backreferences"
    if compiled.search("") is not None:
        return "it matches the empty string"
    for placeholder in sorted({*PLACEHOLDERS, name, *placeholders}):
        if compiled.search(f"<{placeholder}>") is not None:
            return f"it matches the placeholder <{placeholder}>, so redacting twice would differ"
    return None


class ExtraRules:
    """A profile's own redaction rules, (name, pattern) each, checked by
    :func:`extra_rule_problem`."""

    def __init__(self, rules: Sequence[tuple[str, str]]) -> None:
        options = _re2_options()
        self._rules = [
            (re2.compile(pattern, options=options), f"<{name}>", name) for name, pattern in rules
        ]
        # One scan finds which rules a text holds; most texts hold none.
        self._set = re2.Set.SearchSet(options)
        for index, (_, pattern) in enumerate(rules):
            added = self._set.Add(pattern)
            assert added == index  # Match returns these indices
        self._set.Compile()

    def apply(self, text: str, counts: dict[str, int]) -> str:
        """``text`` with each rule's matches replaced, the findings added to ``counts``."""
        found = self._set.Match(text.encode())
        for index in sorted(found or ()):
            pattern, placeholder, name = self._rules[index]
            text, n = pattern.subn(placeholder, text)
            if n:
                counts[name] = counts.get(name, 0) + n
        return text


@lru_cache(maxsize=8)
def extra_rules(rules: tuple[tuple[str, str], ...]) -> ExtraRules | None:
    """The compiled rules, once per process for a profile's list; None for none."""
    return ExtraRules(rules) if rules else None


# --- events -------------------------------------------------------------------------------


class _Redactor:
    """Redacts the free-text fields of events, remembering texts and lines it has already
    seen: in a page most events repeat a few stacks and messages, and stacks of different
    messages share most of their frames, so each distinct line costs once."""

    def __init__(self, extra: ExtraRules | None = None) -> None:
        self.counts: Counter[str] = Counter()
        self._memo: dict[str, tuple[str, dict[str, int]]] = {}
        self._tags: dict[tuple[str, ...], tuple[tuple[str, ...], dict[str, int]]] = {}
        self._extra = extra
        self._redact = self._redact_lines if extra is None else self._redact_both

    def __call__(self, text: str | None) -> str | None:
        if not text:
            return text
        found = self._memo.get(text) or self._remember(text, self._redact)
        self._count(found[1])
        return found[0]

    def _redact_both(self, text: str) -> tuple[str, dict[str, int]]:
        redacted, found = self._redact_lines(text)
        assert self._extra is not None
        counts = dict(found)
        return self._extra.apply(redacted, counts), counts

    def tags(self, tags: tuple[str, ...]) -> tuple[str, ...]:
        """The tags redacted; an event's tags mostly repeat the previous event's."""
        found = self._tags.get(tags)
        if found is None:
            if len(self._tags) >= _MEMO_LIMIT:
                self._tags.clear()
            before = self.counts.copy()
            redacted = tuple(self(tag) or tag for tag in tags)
            found = self._tags[tags] = (redacted, dict(self.counts - before))
            return redacted
        self._count(found[1])
        return found[0]

    def _count(self, found: dict[str, int]) -> None:
        if found:  # most texts have nothing to redact: skip the counting
            counts = self.counts
            for kind, n in found.items():
                counts[kind] += n

    def _remember(
        self, text: str, redact: Callable[[str], tuple[str, dict[str, int]]]
    ) -> tuple[str, dict[str, int]]:
        """``redact(text)``, kept for the next time: callers look in ``_memo`` first."""
        if len(self._memo) >= _MEMO_LIMIT:
            self._memo.clear()
        found = self._memo[text] = redact(text)
        return found

    def _redact_lines(self, text: str) -> tuple[str, dict[str, int]]:
        # No rule matches across a line break except private key blocks, so line by line
        # gives what the whole text would.
        if "\n" not in text or "PRIVATE KEY" in text:
            return redact_counts(text)
        if not _candidates(text):
            # No rule's hint anywhere, so in no line: one scan of the whole text settles
            # most stacks.
            return text, {}
        # A stack's message is on its first line (Java, Go, Node) or its last (Python); the
        # frames between repeat from event to event, so they are looked up as one text.
        first, last = text.find("\n"), text.rfind("\n")
        memo = self._memo
        head, tail = text[:first], text[last + 1 :]
        parts = [memo.get(head) or self._remember(head, redact_counts)]
        if first < last:
            middle = text[first + 1 : last]
            parts.append(memo.get(middle) or self._remember(middle, self._each_line))
        parts.append(memo.get(tail) or self._remember(tail, redact_counts))
        return _joined(parts)

    def _each_line(self, text: str) -> tuple[str, dict[str, int]]:
        memo = self._memo
        return _joined(
            [memo.get(line) or self._remember(line, redact_counts) for line in text.split("\n")]
        )


def _joined(parts: list[tuple[str, dict[str, int]]]) -> tuple[str, dict[str, int]]:
    """Redacted lines joined into one text, with their findings added up."""
    redacted = "\n".join(part[0] for part in parts)
    if not any(part[1] for part in parts):
        return redacted, {}
    counts: Counter[str] = Counter()
    for part in parts:
        counts.update(part[1])
    return redacted, dict(counts)


_MEMO_LIMIT = 200_000  # texts and lines; a few tens of MB at most


class SanitizedEvents(NamedTuple):
    """Events with their free text redacted, and the findings per placeholder type."""

    events: list[LogEvent]
    redactions: dict[str, int]


def sanitize_events(events: Iterable[LogEvent], extra: ExtraRules | None = None) -> SanitizedEvents:
    """Redact every field of the events that can carry PII or secrets (message, error
    message and stack, tags), by the built-in rules and then ``extra``."""
    redactor = _Redactor(extra)
    clean: list[LogEvent] = []
    append = clean.append
    for event in events:
        message, error_message, error_stack, tags = (
            event.message,
            event.error_message,
            event.error_stack,
            event.tags,
        )
        changed: dict[str, object] = {}
        if (redacted := redactor(message)) != message:
            changed["message"] = redacted
        if error_message and (redacted := redactor(error_message)) != error_message:
            changed["error_message"] = redacted
        if error_stack and (redacted := redactor(error_stack)) != error_stack:
            changed["error_stack"] = redacted
        if tags and (clean_tags := redactor.tags(tags)) != tags:
            changed["tags"] = clean_tags
        append(event.model_copy(update=changed) if changed else event)
    return SanitizedEvents(clean, dict(redactor.counts))
