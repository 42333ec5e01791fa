"""A protocol-level fake of Datadog's Logs Search API (v2), for the real ``datadog-api-client``.

Point ``Configuration(host=fake.base_url)`` at it (``enable_retry`` stays False, its default).
It serves:

- ``POST /api/v2/logs/events/search`` (``LogsApi.list_logs`` / ``list_logs_with_pagination``):
  body ``{filter: {query, from, to, indexes, storage_tier}, page: {cursor, limit}, sort}``.
- ``GET /api/v2/logs/events`` (``LogsApi.list_logs_get``): the same as query parameters
  ``filter[query]``, ``filter[from]``, ``filter[to]``, ``filter[indexes]``, ``page[cursor]``,
  ``page[limit]``, ``sort``.
- ``GET /api/v1/validate`` (``AuthenticationApi.validate``): ``{"valid": true}``.

Both searches answer ``{data: [...], links: {next}, meta: {elapsed, page: {after},
request_id, status: "done"}}``; ``data`` items are the events exactly as given to the
constructor; ``links`` and ``meta.page`` appear only when more results remain. Defaults match
Datadog's: query ``*``, ``from`` ``now-15m``, ``to`` ``now``, sort ``timestamp``, limit 10. The
time window is half-open, ``from <= timestamp < to``; times are ISO 8601, epoch milliseconds
(int or digit string) or date math (``now``, ``now-15m``, ``now-2h``, ``now-1d``, ``now-1w``,
units ``s m h d w``). The cursor is opaque base64; it pins the resolved window, so relative
times do not drift while paging.

Query subset (see ``parse_query``): terms separated by spaces are ANDed; ``AND``, ``OR``,
``NOT``, ``-term`` and parentheses; ``*`` matches all; ``key:value`` matches the reserved
attributes ``service``, ``host``, ``status`` or any tag ``key:value`` (``env:prod``,
``version:1.2``, ``source:java``...), case-insensitively, with ``*``/``?`` wildcards and
``key:*`` for "has the key"; ``key:(a OR b)`` groups values; ``@path.to.attr:value`` matches a
(nested) custom attribute; bare words match whole words in the message, ``"quoted phrases"``
substrings of it. Anything else (ranges ``[a TO b]``, comparisons, unbalanced parentheses) is
a 400.

Every response of the logs endpoints carries ``X-RateLimit-{Limit,Period,Remaining,Reset,
Name}``, counted in calendar-aligned periods of ``rate_limit_period`` seconds; with
``enforce_rate_limit=True`` an exhausted period answers 429. Wrong or missing keys (when
``api_key``/``app_key`` are set) answer 403 ``{"errors": ["Forbidden"]}``. Latency and faults
come from ``FakeService``; ``rate_limit_fault`` and ``server_error_fault`` build them in
Datadog's shape.

Speed: events are sorted once by ``(timestamp, id)``; tags and reserved attributes go into an
inverted index; the time window is a bisection; the set of matches of a (query, window) is
cached, so paging through N results costs one evaluation plus O(page) per page.
"""

from __future__ import annotations

import base64
import binascii
import fnmatch
import json
import re
import threading
import time
import uuid
from bisect import bisect_left, bisect_right
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlencode

from tests.fakes.base import FakeService, Fault, Request, Response, json_response

__all__ = [
    "SEARCH_GET_PATH",
    "SEARCH_POST_PATH",
    "VALIDATE_PATH",
    "DatadogLogsFake",
    "QueryError",
    "parse_query",
    "parse_time",
    "rate_limit_fault",
    "server_error_fault",
]

SEARCH_POST_PATH = "/api/v2/logs/events/search"
SEARCH_GET_PATH = "/api/v2/logs/events"
VALIDATE_PATH = "/api/v1/validate"

_RESERVED = ("service", "host", "status")
_UNITS_MS = {"s": 1_000, "m": 60_000, "h": 3_600_000, "d": 86_400_000, "w": 604_800_000}
_DATE_MATH = re.compile(r"now(?:\s*([+-])\s*(\d+)\s*([smhdw]))?")


class QueryError(ValueError):
    """A query, time or body the fake (like Datadog) refuses with a 400."""


# --- times -------------------------------------------------------------------------------


def parse_time(value: Any, now_ms: int) -> int:
    """Epoch milliseconds of a Datadog time: ISO 8601, epoch ms (int/digits) or date math."""
    if isinstance(value, bool):
        raise QueryError(f"invalid time {value!r}")
    if isinstance(value, int | float):
        return int(value)
    if not isinstance(value, str) or not value.strip():
        raise QueryError(f"invalid time {value!r}")
    text = value.strip()
    if text.lstrip("-").isdigit():
        return int(text)
    match = _DATE_MATH.fullmatch(text)
    if match:
        sign, amount, unit = match.groups()
        if sign is None:
            return now_ms
        delta = int(amount) * _UNITS_MS[unit]
        return now_ms - delta if sign == "-" else now_ms + delta
    return _iso_ms(text)


def _iso_ms(text: str) -> int:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise QueryError(f"invalid time {text!r}") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return round(moment.timestamp() * 1000)


# --- queries -----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Ctx:
    """What query nodes evaluate against: one consistent snapshot of the store."""

    index: dict[tuple[str, str], list[int]]
    values: dict[str, list[str]]
    messages: list[str]
    events: list[Mapping[str, Any]]


class _Node:
    def eval(self, ctx: _Ctx, lo: int, hi: int) -> set[int]:
        raise NotImplementedError


class _All(_Node):
    def eval(self, ctx: _Ctx, lo: int, hi: int) -> set[int]:
        return set(range(lo, hi))


@dataclass(frozen=True)
class _And(_Node):
    parts: tuple[_Node, ...]

    def eval(self, ctx: _Ctx, lo: int, hi: int) -> set[int]:
        positive = [p for p in self.parts if not isinstance(p, _Not)]
        negative = [p for p in self.parts if isinstance(p, _Not)]
        result = positive[0].eval(ctx, lo, hi) if positive else set(range(lo, hi))
        for part in positive[1:]:
            if not result:
                return result
            result &= part.eval(ctx, lo, hi)
        for part in negative:
            if not result:
                return result
            result -= part.child.eval(ctx, lo, hi)
        return result


@dataclass(frozen=True)
class _Or(_Node):
    parts: tuple[_Node, ...]

    def eval(self, ctx: _Ctx, lo: int, hi: int) -> set[int]:
        result: set[int] = set()
        for part in self.parts:
            result |= part.eval(ctx, lo, hi)
        return result


@dataclass(frozen=True)
class _Not(_Node):
    child: _Node

    def eval(self, ctx: _Ctx, lo: int, hi: int) -> set[int]:
        return set(range(lo, hi)) - self.child.eval(ctx, lo, hi)


def _window(postings: list[int], lo: int, hi: int) -> list[int]:
    return postings[bisect_left(postings, lo) : bisect_left(postings, hi)]


@dataclass(frozen=True)
class _Field(_Node):
    """``key:value`` on the reserved attributes and tags (lowercased, wildcards allowed)."""

    key: str
    value: str

    def eval(self, ctx: _Ctx, lo: int, hi: int) -> set[int]:
        if not _has_wildcard(self.value):
            return set(_window(ctx.index.get((self.key, self.value), []), lo, hi))
        result: set[int] = set()
        for value in ctx.values.get(self.key, ()):
            if fnmatch.fnmatchcase(value, self.value):
                result.update(_window(ctx.index[(self.key, value)], lo, hi))
        return result


@dataclass(frozen=True)
class _Attribute(_Node):
    """``@path.to.attr:value`` on the custom attributes (case-sensitive, wildcards)."""

    path: tuple[str, ...]
    value: str

    def eval(self, ctx: _Ctx, lo: int, hi: int) -> set[int]:
        return {i for i in range(lo, hi) if self._matches(ctx.events[i])}

    def _matches(self, event: Mapping[str, Any]) -> bool:
        found: Any = event.get("attributes", {}).get("attributes", {})
        for step in self.path:
            if not isinstance(found, Mapping) or step not in found:
                return False
            found = found[step]
        candidates = found if isinstance(found, list) else [found]
        for candidate in candidates:
            if isinstance(candidate, Mapping | list) or candidate is None:
                continue
            text = json.dumps(candidate) if isinstance(candidate, bool) else str(candidate)
            if fnmatch.fnmatchcase(text, self.value):
                return True
        return False


@dataclass(frozen=True)
class _Text(_Node):
    """Free text: a word (whole-word, wildcards) or a quoted phrase (substring) of the
    message, case-insensitively."""

    pattern: re.Pattern[str]

    def eval(self, ctx: _Ctx, lo: int, hi: int) -> set[int]:
        search = self.pattern.search
        messages = ctx.messages
        return {i for i in range(lo, hi) if search(messages[i])}


def _has_wildcard(value: str) -> bool:
    return "*" in value or "?" in value


def _text_node(word: str, quoted: bool) -> _Node:
    if quoted:
        return _Text(re.compile(re.escape(word), re.IGNORECASE))
    body = "".join(r"\S*" if ch == "*" else r"\S" if ch == "?" else re.escape(ch) for ch in word)
    return _Text(re.compile(rf"(?<![\w]){body}(?![\w])", re.IGNORECASE))


def _term(key: str | None, value: str, quoted: bool) -> _Node:
    if key is None:
        if value == "*" and not quoted:
            return _All()
        return _text_node(value, quoted)
    if key.startswith("@"):
        path = tuple(key[1:].split("."))
        if not all(path):
            raise QueryError(f"invalid attribute {key!r}")
        return _Attribute(path, value)
    if not key or (not quoted and value.startswith(("[", "{", ">", "<"))):
        raise QueryError(f"unsupported term {key}:{value}")
    return _Field(key.lower(), value.lower())


_SPECIAL = set(' \t\r\n()"')


class _Parser:
    """Recursive descent over the query text; see the module docstring for the grammar."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0

    def parse(self) -> _Node:
        self._ws()
        if self.pos == len(self.text):
            return _All()
        node = self._or(None)
        self._ws()
        if self.pos != len(self.text):
            raise QueryError(f"unexpected {self.text[self.pos]!r} at {self.pos}")
        return node

    def _ws(self) -> None:
        while self.pos < len(self.text) and self.text[self.pos].isspace():
            self.pos += 1

    def _keyword(self, word: str) -> bool:
        """Consume ``word`` if it stands alone here (followed by space or a parenthesis)."""
        self._ws()
        end = self.pos + len(word)
        if self.text.startswith(word, self.pos) and (
            end == len(self.text) or self.text[end].isspace() or self.text[end] == "("
        ):
            self.pos = end
            return True
        return False

    def _or(self, field: str | None) -> _Node:
        parts = [self._and(field)]
        while self._keyword("OR"):
            parts.append(self._and(field))
        return parts[0] if len(parts) == 1 else _Or(tuple(parts))

    def _and(self, field: str | None) -> _Node:
        parts = [self._unary(field)]
        while True:
            self._ws()
            if self.pos == len(self.text) or self.text[self.pos] == ")":
                break
            start = self.pos
            if self._keyword("OR"):
                self.pos = start
                break
            self._keyword("AND")
            parts.append(self._unary(field))
        return parts[0] if len(parts) == 1 else _And(tuple(parts))

    def _unary(self, field: str | None) -> _Node:
        self._ws()
        if self._keyword("NOT"):
            return _Not(self._unary(field))
        if self.text.startswith("-", self.pos):
            self.pos += 1
            if self.pos == len(self.text) or self.text[self.pos].isspace():
                raise QueryError("dangling '-'")
            return _Not(self._primary(field))
        return self._primary(field)

    def _primary(self, field: str | None) -> _Node:
        self._ws()
        if self.pos == len(self.text):
            raise QueryError("unexpected end of query")
        char = self.text[self.pos]
        if char == "(":
            self.pos += 1
            node = self._or(field)
            self._expect(")")
            return node
        if char == ")":
            raise QueryError(f"unexpected ')' at {self.pos}")
        if char == '"':
            return _term(field, self._quoted(), True)
        word = self._word(stop_at_colon=field is None)
        if field is None and self.text.startswith(":", self.pos):
            self.pos += 1
            if self.pos == len(self.text) or self.text[self.pos].isspace():
                raise QueryError(f"missing value after {word}:")
            if self.text[self.pos] == "(":
                self.pos += 1
                node = self._or(word)
                self._expect(")")
                return node
            if self.text[self.pos] == '"':
                return _term(word, self._quoted(), True)
            return _term(word, self._word(stop_at_colon=False), False)
        return _term(field, word, False)

    def _expect(self, char: str) -> None:
        self._ws()
        if not self.text.startswith(char, self.pos):
            raise QueryError(f"expected {char!r} at {self.pos}")
        self.pos += 1

    def _quoted(self) -> str:
        self.pos += 1  # opening quote
        out: list[str] = []
        while self.pos < len(self.text):
            char = self.text[self.pos]
            if char == "\\" and self.pos + 1 < len(self.text):
                out.append(self.text[self.pos + 1])
                self.pos += 2
                continue
            self.pos += 1
            if char == '"':
                return "".join(out)
            out.append(char)
        raise QueryError("unterminated quoted phrase")

    def _word(self, *, stop_at_colon: bool) -> str:
        out: list[str] = []
        while self.pos < len(self.text):
            char = self.text[self.pos]
            if char == "\\" and self.pos + 1 < len(self.text):
                out.append(self.text[self.pos + 1])
                self.pos += 2
                continue
            if char in _SPECIAL or (stop_at_colon and char == ":"):
                break
            out.append(char)
            self.pos += 1
        if not out:
            raise QueryError(f"expected a term at {self.pos}")
        return "".join(out)


def parse_query(text: str) -> _Node:
    """Parse a Datadog log query (the subset in the module docstring); QueryError if not."""
    return _Parser(text).parse()


# --- faults ------------------------------------------------------------------------------


def rate_limit_fault(
    reset: int = 7,
    limit: int = 300,
    period: int = 60,
    name: str = "logs_list_query",
    times: int = 1,
    path_prefix: str = "/api/v2/logs",
) -> Fault:
    """A 429 like Datadog's: ``{"errors": ["Too many requests"]}`` and ``X-RateLimit-*``
    headers (``X-RateLimit-Reset``: seconds until the period resets)."""
    return Fault(
        kind="status",
        status=429,
        headers={
            "X-RateLimit-Limit": str(limit),
            "X-RateLimit-Period": str(period),
            "X-RateLimit-Remaining": "0",
            "X-RateLimit-Reset": str(reset),
            "X-RateLimit-Name": name,
        },
        body=json.dumps({"errors": ["Too many requests"]}).encode(),
        times=times,
        path_prefix=path_prefix,
    )


def server_error_fault(
    status: int = 503, times: int = 1, path_prefix: str = "/api/v2/logs"
) -> Fault:
    """A 5xx with a Datadog-style body."""
    message = "Service Unavailable" if status == 503 else "Internal Server Error"
    return Fault(
        kind="status",
        status=status,
        body=json.dumps({"errors": [message]}).encode(),
        times=times,
        path_prefix=path_prefix,
    )


# --- the fake ----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Search:
    query: str
    from_ms: int
    to_ms: int
    limit: int
    descending: bool
    after: tuple[int, str] | None
    raw: dict[str, str]  # the request's own values, for links.next


class DatadogLogsFake(FakeService):
    """The fake service; see the module docstring.

    ``events``: dicts in the ``data[]`` item shape (``{id, type, attributes: {timestamp,
    ...}}``). ``api_key``/``app_key``: when set, requests must carry them in ``DD-API-KEY`` /
    ``DD-APPLICATION-KEY`` (validate needs only the API key). ``max_limit``: page sizes above
    it are capped. ``clock``: epoch seconds, for date math and rate-limit periods.
    ``inclusive_to``: also return events stamped exactly at ``filter.to`` (Datadog calls
    ``to`` the maximum time and does not say whether it is included; clients must cope
    with both).

    Counters: ``search_calls`` (search requests routed, any outcome), ``events_served``
    (``data`` items returned), ``validate_calls``; ``reset_counters()`` zeroes them.
    """

    def __init__(
        self,
        events: Iterable[Mapping[str, Any]] = (),
        *,
        api_key: str | None = None,
        app_key: str | None = None,
        max_limit: int = 5000,
        default_limit: int = 10,
        rate_limit: int = 300,
        rate_limit_period: int = 60,
        rate_limit_name: str = "logs_list_query",
        enforce_rate_limit: bool = False,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__()
        self.api_key = api_key
        self.app_key = app_key
        self.max_limit = max_limit
        self.default_limit = default_limit
        self.rate_limit = rate_limit
        self.rate_limit_period = rate_limit_period
        self.rate_limit_name = rate_limit_name
        self.enforce_rate_limit = enforce_rate_limit
        self.clock = clock
        self.inclusive_to = False
        self.search_calls = 0
        self.events_served = 0
        self.validate_calls = 0
        self._rl_window = -1
        self._rl_used = 0
        self._store_lock = threading.Lock()
        self._cache: OrderedDict[tuple[str, int, int], Sequence[int]] = OrderedDict()
        self._events: list[Mapping[str, Any]] = []
        self._keys: list[tuple[int, str]] = []
        self._ts: list[int] = []
        self._ctx = _Ctx({}, {}, [], [])
        self.add_events(events)

    # --- data ------------------------------------------------------------------------

    def add_events(self, events: Iterable[Mapping[str, Any]]) -> None:
        """Add events (re-sorts and re-indexes; clears the query cache)."""
        new = list(events)
        new_keys = [(self._event_ms(event), str(event.get("id", ""))) for event in new]
        with self._store_lock:
            keys = self._keys + new_keys
            events_all = self._events + new
            order = sorted(range(len(keys)), key=keys.__getitem__)  # O(n) when in order
            self._keys = [keys[i] for i in order]
            self._ts = [ts for ts, _ in self._keys]
            self._events = [events_all[i] for i in order]
            self._ctx = self._build_ctx(self._events)
            self._cache.clear()

    @property
    def events(self) -> list[Mapping[str, Any]]:
        """All events, sorted by (timestamp, id)."""
        return list(self._events)

    @staticmethod
    def _event_ms(event: Mapping[str, Any]) -> int:
        stamp = event.get("attributes", {}).get("timestamp")
        if isinstance(stamp, int | float) and not isinstance(stamp, bool):
            return int(stamp)
        if isinstance(stamp, str):
            return _iso_ms(stamp)
        raise ValueError(f"event {event.get('id')!r} has no usable attributes.timestamp")

    @staticmethod
    def _build_ctx(events: list[Mapping[str, Any]]) -> _Ctx:
        index: dict[tuple[str, str], list[int]] = {}
        messages: list[str] = []
        # Tags and reserved values repeat a lot: map each raw string to its postings once.
        by_tag: dict[str, list[int] | None] = {}
        by_reserved: dict[tuple[str, str], list[int]] = {}

        def postings_of(key: str, value: str) -> list[int]:
            return index.setdefault((key.lower(), value.lower()), [])

        for position, event in enumerate(events):
            attributes = event.get("attributes") or {}
            message = attributes.get("message")
            messages.append(message if isinstance(message, str) else str(message or ""))
            for key in _RESERVED:
                value = attributes.get(key)
                if isinstance(value, str) and value:
                    postings = by_reserved.get((key, value))
                    if postings is None:
                        postings = by_reserved[(key, value)] = postings_of(key, value)
                    if not postings or postings[-1] != position:
                        postings.append(position)
            for tag in attributes.get("tags") or ():
                if tag in by_tag:
                    found = by_tag[tag]
                else:
                    key, sep, value = str(tag).partition(":")
                    found = by_tag[tag] = postings_of(key, value) if sep and key else None
                if found is not None and (not found or found[-1] != position):
                    found.append(position)
        values: dict[str, list[str]] = {}
        for key, value in index:
            values.setdefault(key, []).append(value)
        return _Ctx(index, values, messages, events)

    def reset_counters(self) -> None:
        self.search_calls = self.events_served = self.validate_calls = 0

    # --- routing ---------------------------------------------------------------------

    def route(self, request: Request) -> Response:
        if request.path == VALIDATE_PATH and request.method == "GET":
            self.validate_calls += 1
            if self.api_key is not None and request.headers.get("dd-api-key") != self.api_key:
                return json_response({"errors": ["Forbidden"]}, status=403)
            return json_response({"valid": True})
        is_post = request.path == SEARCH_POST_PATH and request.method == "POST"
        is_get = request.path == SEARCH_GET_PATH and request.method == "GET"
        if not (is_post or is_get):
            return json_response({"errors": ["Not found"]}, status=404)
        with self._lock:
            self.search_calls += 1
        headers, limited = self._rate_limit_headers()
        if not self._authorized(request):
            return json_response({"errors": ["Forbidden"]}, status=403, headers=headers)
        if limited:
            return json_response({"errors": ["Too many requests"]}, status=429, headers=headers)
        started = time.perf_counter()
        try:
            search = self._post_search(request) if is_post else self._get_search(request)
            payload = self._search(search, started)
        except QueryError as exc:
            return json_response({"errors": [str(exc)]}, status=400, headers=headers)
        with self._lock:
            self.events_served += len(payload["data"])
        return json_response(payload, headers=headers)

    def _authorized(self, request: Request) -> bool:
        if self.api_key is not None and request.headers.get("dd-api-key") != self.api_key:
            return False
        return not (
            self.app_key is not None and request.headers.get("dd-application-key") != self.app_key
        )

    def _rate_limit_headers(self) -> tuple[dict[str, str], bool]:
        now = self.clock()
        period = max(1, self.rate_limit_period)
        window = int(now // period)
        with self._lock:
            if window != self._rl_window:
                self._rl_window, self._rl_used = window, 0
            self._rl_used += 1
            used = self._rl_used
        remaining = max(0, self.rate_limit - used)
        reset = max(1, int((window + 1) * period - now))
        headers = {
            "X-RateLimit-Limit": str(self.rate_limit),
            "X-RateLimit-Period": str(period),
            "X-RateLimit-Remaining": str(remaining),
            "X-RateLimit-Reset": str(reset),
            "X-RateLimit-Name": self.rate_limit_name,
        }
        return headers, self.enforce_rate_limit and used > self.rate_limit

    # --- request parsing -------------------------------------------------------------

    def _post_search(self, request: Request) -> _Search:
        try:
            body = json.loads(request.body) if request.body.strip() else {}
        except (ValueError, UnicodeDecodeError):
            raise QueryError("Malformed JSON body") from None
        if not isinstance(body, dict):
            raise QueryError("The request body must be a JSON object")
        filters = body.get("filter") or {}
        page = body.get("page") or {}
        if not isinstance(filters, dict) or not isinstance(page, dict):
            raise QueryError("'filter' and 'page' must be objects")
        indexes = filters.get("indexes")
        if indexes is not None and (
            not isinstance(indexes, list) or not all(isinstance(i, str) for i in indexes)
        ):
            raise QueryError("'filter.indexes' must be a list of strings")
        return self._make_search(
            query=filters.get("query"),
            start=filters.get("from"),
            end=filters.get("to"),
            cursor=page.get("cursor"),
            limit=page.get("limit"),
            sort=body.get("sort"),
        )

    def _get_search(self, request: Request) -> _Search:
        def one(name: str) -> str | None:
            values = request.query.get(name)
            return values[-1] if values else None

        limit_text = one("page[limit]")
        limit: Any = limit_text
        if limit_text is not None:
            try:
                limit = int(limit_text)
            except ValueError:
                raise QueryError(f"invalid page[limit] {limit_text!r}") from None
        return self._make_search(
            query=one("filter[query]"),
            start=one("filter[from]"),
            end=one("filter[to]"),
            cursor=one("page[cursor]"),
            limit=limit,
            sort=one("sort"),
        )

    def _make_search(
        self, *, query: Any, start: Any, end: Any, cursor: Any, limit: Any, sort: Any
    ) -> _Search:
        query = "*" if query is None else query
        if not isinstance(query, str):
            raise QueryError("'filter.query' must be a string")
        sort = "timestamp" if sort is None else sort
        if sort not in ("timestamp", "-timestamp"):
            raise QueryError(f"invalid sort {sort!r}: use 'timestamp' or '-timestamp'")
        if limit is None:
            limit = self.default_limit
        if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
            raise QueryError(f"invalid page limit {limit!r}")
        start = "now-15m" if start is None else start
        end = "now" if end is None else end
        raw = {"filter[query]": query, "filter[from]": str(start), "filter[to]": str(end)}
        raw["sort"] = sort
        raw["page[limit]"] = str(limit)
        after: tuple[int, str] | None = None
        if cursor is not None:
            if not isinstance(cursor, str):
                raise QueryError("'page.cursor' must be a string")
            from_ms, to_ms, after = _decode_cursor(cursor)
        else:
            now_ms = round(self.clock() * 1000)
            from_ms, to_ms = parse_time(start, now_ms), parse_time(end, now_ms)
        return _Search(
            query, from_ms, to_ms, min(limit, self.max_limit), sort[0] == "-", after, raw
        )

    # --- searching -------------------------------------------------------------------

    def _matches(
        self, query: str, from_ms: int, to_ms: int
    ) -> tuple[Sequence[int], _Ctx, list[tuple[int, str]]]:
        node = parse_query(query)  # parse first: a bad query is a 400 even if cached
        with self._store_lock:
            ctx, keys, ts = self._ctx, self._keys, self._ts
            lo = bisect_left(ts, from_ms)
            hi = (bisect_right if self.inclusive_to else bisect_left)(ts, to_ms)
            cache_key = (query, lo, hi)
            cached = self._cache.get(cache_key)
            if cached is not None:
                self._cache.move_to_end(cache_key)
                return cached, ctx, keys
        matches: Sequence[int]
        if isinstance(node, _All):
            matches = range(lo, hi)
        else:
            matches = sorted(node.eval(ctx, lo, hi)) if hi > lo else []
        with self._store_lock:
            if ctx is self._ctx:
                self._cache[cache_key] = matches
                while len(self._cache) > 64:
                    self._cache.popitem(last=False)
        return matches, ctx, keys

    def _search(self, search: _Search, started: float) -> dict[str, Any]:
        matches, ctx, keys = self._matches(search.query, search.from_ms, search.to_ms)
        if search.descending:
            end = len(matches)
            if search.after is not None:
                end = bisect_left(matches, bisect_left(keys, search.after))
            begin = max(0, end - search.limit)
            page = matches[begin:end][::-1]
            more = begin > 0
        else:
            begin = 0
            if search.after is not None:
                begin = bisect_left(matches, bisect_right(keys, search.after))
            page = matches[begin : begin + search.limit]
            more = begin + search.limit < len(matches)
        payload: dict[str, Any] = {"data": [ctx.events[i] for i in page]}
        meta: dict[str, Any] = {
            "elapsed": int((time.perf_counter() - started) * 1000),
            "request_id": uuid.uuid4().hex,
            "status": "done",
        }
        if more and page:
            cursor = _encode_cursor(search.from_ms, search.to_ms, keys[page[-1]])
            meta["page"] = {"after": cursor}
            params = {**search.raw, "page[cursor]": cursor}
            payload["links"] = {"next": f"{self.base_url}{SEARCH_GET_PATH}?{urlencode(params)}"}
        payload["meta"] = meta
        return payload


def _encode_cursor(from_ms: int, to_ms: int, after: tuple[int, str]) -> str:
    raw = json.dumps([from_ms, to_ms, after[0], after[1]], separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _decode_cursor(cursor: str) -> tuple[int, int, tuple[int, str]]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        from_ms, to_ms, after_ts, after_id = json.loads(raw)
        if not all(isinstance(v, int) for v in (from_ms, to_ms, after_ts)):
            raise TypeError
        if not isinstance(after_id, str):
            raise TypeError
    except (binascii.Error, ValueError, TypeError, UnicodeDecodeError):
        raise QueryError(f"invalid cursor {cursor!r}") from None
    return from_ms, to_ms, (after_ts, after_id)
