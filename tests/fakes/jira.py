"""A protocol-level fake of Jira's REST API, for the real ``atlassian-python-api`` client.

One in-memory store is served through both API versions:

- ``/rest/api/3/...`` behaves like Jira Cloud: descriptions and comment bodies are Atlassian
  Document Format (ADF) documents (a plain string is rejected with Cloud's message), search is
  ``/rest/api/3/search/jql`` (GET and POST) with cursor paging (``nextPageToken``/``isLast``,
  only ``id`` per issue unless ``fields`` are asked, unbounded queries rejected), and the old
  ``/rest/api/3/search`` answers 410 Gone.
- ``/rest/api/2/...`` (and ``/rest/api/latest/...``) behaves like Jira Server/Data Center:
  descriptions and comments are wiki-markup strings, search is ``/rest/api/2/search`` (GET and
  POST) with ``startAt``/``maxResults``/``total``. ``/rest/api/2/search/jql`` is served too,
  like Cloud does.

A value stored through one version reads back through the other converted (ADF to plain text
on v2, text to an ADF paragraph per blank-line-separated block on v3).

Point the client at it::

    Jira(url=fake.base_url, username=fake.username, password=fake.token, cloud=True,
         api_version=3, retry_with_header=False)               # Cloud
    Jira(url=fake.base_url, username=fake.username, password=fake.token, cloud=False,
         retry_with_header=False)                              # Server / Data Center (v2)

``retry_with_header=False`` matters: the client otherwise sleeps and retries once on a 429
with ``Retry-After``.

Endpoints (all need HTTP basic auth with ``username``/``token``; 401 otherwise):
``GET myself``, ``GET serverInfo``, ``GET project/{key}``, ``GET issuetype``, ``GET priority``,
``GET resolution``, ``GET status``, ``POST issue``, ``GET/PUT issue/{key}``,
``GET/POST issue/{key}/comment`` (paged: ``startAt``, ``maxResults``, ``orderBy``; an
issue's ``comment`` field holds its first 100 on v3, as Cloud's does),
``GET/POST issue/{key}/transitions``, ``POST issueLink``
(the ``issuelinks`` field shows the links from either side), searches as above.

The JQL subset is described in ``parse_jql``. Latency and faults come from ``FakeService``;
``rate_limit_fault`` and ``server_error_fault`` build them in Jira's shape.
"""

from __future__ import annotations

import base64
import binascii
import functools
import hashlib
import json
import re
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from tests.fakes.base import FakeService, Fault, Request, Response, json_response

__all__ = [
    "ADF_DESCRIPTION_ERROR",
    "COMMENTS_SHOWN",
    "DEFAULT_ISSUE_TYPES",
    "MAX_TEXT",
    "PRIORITIES",
    "RESOLUTIONS",
    "STATUSES",
    "TEXT_TOO_LONG_ERROR",
    "UNBOUNDED_JQL_ERROR",
    "JiraFake",
    "JiraIssue",
    "JiraProject",
    "JqlError",
    "adf",
    "adf_to_text",
    "jira_error",
    "parse_jql",
    "rate_limit_fault",
    "rich_text_size",
    "server_error_fault",
    "summary_problem",
]

ADF_DESCRIPTION_ERROR = (
    "Operation value must be an Atlassian Document (see the Atlassian Document Format)"
)
# Comments an issue's own answer holds on Cloud (the oldest), and a page of them at most.
COMMENTS_SHOWN = 100
# Jira's limit on a text field (a description, a comment body), and its answer past it.
MAX_TEXT = 32_767
TEXT_TOO_LONG_ERROR = (
    "The entered text is too long. It exceeds the allowed limit of {limit:,} characters."
)


def rich_text_size(value: Any) -> int:
    """The size Jira holds a text field to: a wiki-markup string's length, or the length of
    an ADF document as stored, its compact JSON (the stricter reading of Cloud's limit)."""
    if isinstance(value, str):
        return len(value)
    return len(json.dumps(value, separators=(",", ":"), ensure_ascii=False))


UNBOUNDED_JQL_ERROR = (
    "Unbounded JQL queries are not allowed here. Please add a search restriction to your query."
)
SEARCH_GONE_ERROR = (
    "The requested API has been removed. Please migrate to the /rest/api/3/search/jql API. "
    "A full migration guideline is available at https://developer.atlassian.com/changelog/#CHANGE-2046"
)
ISSUE_NOT_FOUND = "Issue does not exist or you do not have permission to see it."
UNAUTHORIZED_BODY = b"Client must be authenticated to access this resource."
VALID_OPERATORS = (
    "The valid operators are '=', '!=', '<', '>', '<=', '>=', '~', '!~', 'IN', 'NOT IN', "
    "'IS' and 'IS NOT'."
)

# name -> (id, statusCategory key)
STATUSES: dict[str, tuple[str, str]] = {
    "To Do": ("10000", "new"),
    "In Progress": ("3", "indeterminate"),
    "Done": ("10001", "done"),
    "Reopened": ("4", "new"),
}
_CATEGORIES: dict[str, dict[str, Any]] = {
    "new": {"id": 2, "key": "new", "colorName": "blue-gray", "name": "To Do"},
    "indeterminate": {
        "id": 4,
        "key": "indeterminate",
        "colorName": "yellow",
        "name": "In Progress",
    },
    "done": {"id": 3, "key": "done", "colorName": "green", "name": "Done"},
}
# status -> [(transition id, transition name, target status)]
_WORKFLOW: dict[str, list[tuple[str, str, str]]] = {
    "To Do": [("11", "Start Progress", "In Progress"), ("31", "Done", "Done")],
    "In Progress": [("21", "Stop Progress", "To Do"), ("31", "Done", "Done")],
    "Done": [("41", "Reopen", "Reopened"), ("51", "Back to To Do", "To Do")],
    "Reopened": [("11", "Start Progress", "In Progress"), ("31", "Done", "Done")],
}
PRIORITIES: dict[str, str] = {"Highest": "1", "High": "2", "Medium": "3", "Low": "4", "Lowest": "5"}
RESOLUTIONS: dict[str, str] = {
    "Done": "10000",
    "Won't Do": "10001",
    "Duplicate": "10002",
    "Cannot Reproduce": "10003",
    "Won't Fix": "10004",
}
DEFAULT_ISSUE_TYPES: dict[str, str] = {"Bug": "10004", "Task": "10002", "Story": "10001"}
_ALL_ISSUE_TYPES: dict[str, str] = {**DEFAULT_ISSUE_TYPES, "Epic": "10000", "Subtask": "10003"}

# Issue link types: name → (id, inward, outward), as Jira ships them.
LINK_TYPES: dict[str, tuple[str, str, str]] = {
    "Blocks": ("10000", "is blocked by", "blocks"),
    "Cloners": ("10001", "is cloned by", "clones"),
    "Duplicate": ("10002", "is duplicated by", "duplicates"),
    "Relates": ("10003", "relates to", "relates to"),
}

_ISSUE_FIELDS = (
    "summary",
    "description",
    "labels",
    "priority",
    "status",
    "issuetype",
    "project",
    "components",
    "created",
    "updated",
    "resolution",
    "resolutiondate",
    "issuelinks",
    "comment",
)
_NAVIGABLE = tuple(f for f in _ISSUE_FIELDS if f != "comment")  # comment is not navigable


# --- ADF -----------------------------------------------------------------------------------


def adf(text: str) -> dict[str, Any]:
    """A minimal ADF document: one paragraph per blank-line-separated block of ``text``."""
    blocks = [b for b in re.split(r"\n\s*\n", text) if b.strip()] or [""]
    content = []
    for block in blocks:
        inline: list[dict[str, Any]] = []
        for i, line in enumerate(block.split("\n")):
            if i:
                inline.append({"type": "hardBreak"})
            if line:
                inline.append({"type": "text", "text": line})
        content.append({"type": "paragraph", "content": inline})
    return {"type": "doc", "version": 1, "content": content}


def adf_to_text(node: Any) -> str:
    """The plain text of an ADF document (paragraphs separated by a blank line)."""
    if not isinstance(node, Mapping):
        return "" if node is None else str(node)
    kind = node.get("type")
    if kind == "text":
        return str(node.get("text", ""))
    if kind == "hardBreak":
        return "\n"
    parts = [adf_to_text(child) for child in node.get("content") or []]
    if kind in ("doc", "bulletList", "orderedList", "listItem", "blockquote", "table"):
        return "\n\n".join(p for p in parts if p)
    return "".join(parts)


def _is_adf(value: Any) -> bool:
    return (
        isinstance(value, Mapping)
        and value.get("type") == "doc"
        and value.get("version") == 1
        and isinstance(value.get("content"), list)
    )


def _text_of(value: Any) -> str:
    return adf_to_text(value) if isinstance(value, Mapping) else (value or "")


def _render_rich(value: Any, version: int) -> Any:
    if value is None:
        return None
    if version == 3:
        return value if isinstance(value, Mapping) else adf(str(value))
    return adf_to_text(value) if isinstance(value, Mapping) else value


# --- errors and faults ---------------------------------------------------------------------


def jira_error(
    status: int, messages: Iterable[str] = (), errors: Mapping[str, str] | None = None
) -> Response:
    """An error in Jira's shape: ``{"errorMessages": [...], "errors": {...}}``."""
    return json_response({"errorMessages": list(messages), "errors": dict(errors or {})}, status)


def summary_problem(summary: Any) -> str | None:
    """What Jira says of a summary it refuses (on create and on edit), or None."""
    if not isinstance(summary, str) or not summary.strip():
        return "You must specify a summary of the issue."
    if len(summary) > 255:
        return "Summary must be less than 255 characters."
    if "\n" in summary or "\r" in summary:
        return "The summary is invalid because it contains newline characters."
    return None


def rate_limit_fault(retry_after: int = 1, times: int = 1, path_prefix: str = "") -> Fault:
    """A 429 like Jira Cloud's, with ``Retry-After`` (seconds)."""
    return Fault(
        kind="status",
        status=429,
        headers={"Retry-After": str(retry_after), "X-RateLimit-Reason": "jira-burst-based"},
        body=json.dumps({"errorMessages": ["Rate limit exceeded."], "errors": {}}).encode(),
        times=times,
        path_prefix=path_prefix,
    )


def server_error_fault(status: int = 503, times: int = 1, path_prefix: str = "") -> Fault:
    """A 5xx with a Jira-shaped body."""
    body = {"errorMessages": ["Service Unavailable"], "errors": {}}
    return Fault(
        kind="status",
        status=status,
        body=json.dumps(body).encode(),
        times=times,
        path_prefix=path_prefix,
    )


# --- model ---------------------------------------------------------------------------------


@dataclass
class JiraProject:
    key: str
    name: str
    id: str
    issue_types: tuple[str, ...] = tuple(DEFAULT_ISSUE_TYPES)


@dataclass
class JiraIssue:
    id: str
    key: str
    project: str
    summary: str
    issuetype: str = "Task"
    description: Any = None  # str (wiki markup) or an ADF dict, as it was written
    labels: list[str] = field(default_factory=list)
    priority: str = "Medium"
    components: list[str] = field(default_factory=list)
    status: str = "To Do"
    resolution: str | None = None
    resolutiondate: datetime | None = None
    created: datetime = field(default_factory=lambda: datetime.now(UTC))
    updated: datetime = field(default_factory=lambda: datetime.now(UTC))
    comments: list[dict[str, Any]] = field(default_factory=list)  # {"id","body","created"}
    custom: dict[str, Any] = field(default_factory=dict)  # customfield_… values, as written

    @property
    def status_category(self) -> str:
        return STATUSES[self.status][1]

    def text(self) -> str:
        """Everything ``text ~`` searches: summary, description and comments."""
        parts = [self.summary, _text_of(self.description)]
        parts.extend(_text_of(c["body"]) for c in self.comments)
        return "\n".join(parts)


def _jira_time(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + (
        f"{moment.microsecond // 1000:03d}+0000"
    )


# --- JQL -----------------------------------------------------------------------------------


class JqlError(ValueError):
    """A query Jira would answer with 400 and this message in ``errorMessages``."""


_KEYWORDS = {"AND", "OR", "NOT", "IN", "IS", "EMPTY", "NULL", "ORDER", "BY", "ASC", "DESC"}
_RESERVED_CHARS = set(";?%^$#@[]{}")
_OP_CHARS = ("!=", "!~", ">=", "<=", "&&", "||", "=", "~", ">", "<", "&", "|", "!")


@dataclass(frozen=True)
class _Tok:
    kind: str  # word, string, op, lparen, rparen, comma, end
    text: str
    pos: int  # 0-based

    @property
    def upper(self) -> str:
        return self.text.upper() if self.kind == "word" else ""

    def where(self) -> str:
        return f"(line 1, character {self.pos + 1})"


_ESCAPES = {'"': '"', "'": "'", "\\": "\\", "n": "\n", "t": "\t", "r": "\r", " ": " "}


def _tokenize(jql: str) -> list[_Tok]:
    toks: list[_Tok] = []
    i, n = 0, len(jql)
    while i < n:
        ch = jql[i]
        if ch.isspace():
            i += 1
        elif ch in "(),":
            kind = {"(": "lparen", ")": "rparen", ",": "comma"}[ch]
            toks.append(_Tok(kind, ch, i))
            i += 1
        elif ch in "\"'":
            out: list[str] = []
            start, i = i, i + 1
            while True:
                if i >= n:
                    raise JqlError(
                        f"Error in the JQL Query: The quoted string '{''.join(out)}' has not "
                        f"been completed. (line 1, character {start + 1})"
                    )
                c = jql[i]
                if c == ch:
                    i += 1
                    break
                if c == "\\":
                    nxt = jql[i + 1] if i + 1 < n else ""
                    if nxt in _ESCAPES:
                        out.append(_ESCAPES[nxt])
                        i += 2
                        continue
                    if nxt == "u" and re.fullmatch(r"[0-9a-fA-F]{4}", jql[i + 2 : i + 6]):
                        out.append(chr(int(jql[i + 2 : i + 6], 16)))
                        i += 6
                        continue
                    raise JqlError(
                        f"Error in the JQL Query: The escape sequence '\\{nxt}' in the string "
                        f"'{''.join(out)}' is illegal. (line 1, character {i + 1})"
                    )
                out.append(c)
                i += 1
            toks.append(_Tok("string", "".join(out), start))
        elif op := next((o for o in _OP_CHARS if jql.startswith(o, i)), None):
            toks.append(_Tok("op", op, i))
            i += len(op)
        elif ch in _RESERVED_CHARS:
            raise JqlError(
                f"Error in the JQL Query: The character '{ch}' is a reserved JQL character. "
                f"You must enclose it in a string or use the escape '\\u{ord(ch):04x}' instead. "
                f"(line 1, character {i + 1})"
            )
        else:
            start = i
            while (
                i < n
                and not jql[i].isspace()
                and jql[i] not in "(),\"'=!~<>&|"
                and jql[i] not in _RESERVED_CHARS
            ):
                i += 1
            toks.append(_Tok("word", jql[start:i], start))
    toks.append(_Tok("end", "", n))
    return toks


@dataclass(frozen=True)
class Clause:
    field: str  # canonical field name
    op: str  # =, !=, ~, !~, <, <=, >, >=, in, not in, is, is not
    values: tuple[str, ...]  # empty for IS [NOT] EMPTY
    raw_field: str


@dataclass(frozen=True)
class BoolNode:
    op: str  # and, or, not
    children: tuple[Node, ...]


Node = Clause | BoolNode


@dataclass(frozen=True)
class Query:
    where: Node | None
    order_by: tuple[tuple[str, bool], ...]  # (field, descending)


_FIELD_ALIASES = {
    "project": "project",
    "labels": "labels",
    "label": "labels",
    "status": "status",
    "statuscategory": "statusCategory",
    "resolution": "resolution",
    "created": "created",
    "createddate": "created",
    "updated": "updated",
    "updateddate": "updated",
    "resolved": "resolved",
    "resolutiondate": "resolved",
    "summary": "summary",
    "description": "description",
    "comment": "comment",
    "text": "text",
    "priority": "priority",
    "issuetype": "issuetype",
    "type": "issuetype",
    "component": "component",
    "key": "key",
    "issuekey": "key",
    "id": "key",
}
_TEXT_FIELDS = {"summary", "description", "comment", "text"}
_DATE_FIELDS = {"created", "updated", "resolved"}
_SORTABLE = {
    "created": "created",
    "updated": "updated",
    "resolved": "resolved",
    "key": "key",
    "priority": "priority",
    "summary": "summary",
    "status": "status",
}


class _Parser:
    def __init__(self, jql: str) -> None:
        self.toks = _tokenize(jql)
        self.i = 0

    def peek(self) -> _Tok:
        return self.toks[self.i]

    def take(self) -> _Tok:
        tok = self.toks[self.i]
        self.i += 1
        return tok

    def parse(self) -> Query:
        where = None
        if self.peek().kind != "end" and self.peek().upper != "ORDER":
            where = self.or_expr()
        order: list[tuple[str, bool]] = []
        tok = self.peek()
        if tok.upper == "ORDER":
            self.take()
            if self.peek().upper != "BY":
                raise JqlError(
                    f"Error in the JQL Query: Expecting 'BY' but got '{self.peek().text}'. "
                    f"{self.peek().where()}"
                )
            self.take()
            while True:
                ftok = self.take()
                if ftok.kind not in ("word", "string") or ftok.upper in _KEYWORDS:
                    raise JqlError(
                        "Error in the JQL Query: Expecting a field name but got "
                        f"'{ftok.text}'. {ftok.where()}"
                    )
                name = _FIELD_ALIASES.get(ftok.text.lower())
                if name not in _SORTABLE:
                    raise JqlError(f"Not able to sort using field '{ftok.text}'.")
                desc = False
                if self.peek().upper in ("ASC", "DESC"):
                    desc = self.take().upper == "DESC"
                order.append((_SORTABLE[name], desc))
                if self.peek().kind != "comma":
                    break
                self.take()
        tok = self.peek()
        if tok.kind != "end":
            raise JqlError(
                f"Error in the JQL Query: Expecting either 'OR' or 'AND' but got '{tok.text}'. "
                f"{tok.where()}"
            )
        return Query(where, tuple(order))

    def or_expr(self) -> Node:
        children = [self.and_expr()]
        while self.peek().upper == "OR" or self.peek().text in ("|", "||"):
            self.take()
            children.append(self.and_expr())
        return children[0] if len(children) == 1 else BoolNode("or", tuple(children))

    def and_expr(self) -> Node:
        children = [self.not_expr()]
        while self.peek().upper == "AND" or self.peek().text in ("&", "&&"):
            self.take()
            children.append(self.not_expr())
        return children[0] if len(children) == 1 else BoolNode("and", tuple(children))

    def not_expr(self) -> Node:
        tok = self.peek()
        if tok.upper == "NOT" or (tok.kind == "op" and tok.text == "!"):
            self.take()
            return BoolNode("not", (self.not_expr(),))
        if tok.kind == "lparen":
            self.take()
            node = self.or_expr()
            close = self.take()
            if close.kind != "rparen":
                if close.kind == "end":
                    raise JqlError(
                        "Error in the JQL Query: Expecting ')' before the end of the query."
                    )
                raise JqlError(
                    f"Error in the JQL Query: Expecting ')' but got '{close.text}'. {close.where()}"
                )
            return node
        return self.clause()

    def clause(self) -> Clause:
        ftok = self.take()
        if ftok.kind == "end":
            raise JqlError(
                "Error in the JQL Query: Expecting a field name before the end of the query."
            )
        if ftok.kind not in ("word", "string") or ftok.upper in _KEYWORDS:
            raise JqlError(
                f"Error in the JQL Query: Expecting a field name but got '{ftok.text}'. "
                f"{ftok.where()}"
            )
        name = _FIELD_ALIASES.get(ftok.text.lower())
        if name is None:
            raise JqlError(
                f"Field '{ftok.text}' does not exist or you do not have permission to view it."
            )
        op = self.operator()
        values: tuple[str, ...]
        if op in ("is", "is not"):
            vtok = self.take()
            if vtok.upper not in ("EMPTY", "NULL"):
                raise JqlError(
                    "Error in the JQL Query: Expecting 'EMPTY' or 'NULL' after 'IS' but got "
                    f"'{vtok.text}'. {vtok.where()}"
                )
            values = ()
        elif op in ("in", "not in"):
            open_tok = self.take()
            if open_tok.kind != "lparen":
                raise JqlError(
                    "Error in the JQL Query: Expecting '(' after 'IN' but got "
                    f"'{open_tok.text}'. {open_tok.where()}"
                )
            items = [self.value()]
            while self.peek().kind == "comma":
                self.take()
                items.append(self.value())
            close = self.take()
            if close.kind != "rparen":
                raise JqlError(
                    f"Error in the JQL Query: Expecting ')' but got '{close.text}'. {close.where()}"
                )
            values = tuple(items)
        else:
            values = (self.value(),)
        clause = Clause(name, op, values, ftok.text)
        _check_operator(clause)
        return clause

    def operator(self) -> str:
        tok = self.take()
        if tok.kind == "op" and tok.text in ("=", "!=", "~", "!~", "<", "<=", ">", ">="):
            return tok.text
        if tok.upper == "IN":
            return "in"
        if tok.upper == "IS":
            if self.peek().upper == "NOT":
                self.take()
                return "is not"
            return "is"
        if tok.upper == "NOT" and self.peek().upper == "IN":
            self.take()
            return "not in"
        if tok.kind == "end":
            raise JqlError(
                f"Error in the JQL Query: Expecting operator before the end of the query. "
                f"{VALID_OPERATORS}"
            )
        raise JqlError(
            f"Error in the JQL Query: Expecting operator but got '{tok.text}'. "
            f"{VALID_OPERATORS} {tok.where()}"
        )

    def value(self) -> str:
        tok = self.take()
        if tok.kind == "string":
            return tok.text
        if tok.kind == "word" and tok.upper not in _KEYWORDS:
            if self.peek().kind == "lparen":
                raise JqlError(
                    f"The fake Jira does not support JQL functions such as '{tok.text}()'."
                )
            return tok.text
        if tok.kind == "end":
            raise JqlError(
                "Error in the JQL Query: Expecting either a value, list or function before the "
                "end of the query."
            )
        raise JqlError(
            "Error in the JQL Query: Expecting either a value, list or function but got "
            f"'{tok.text}'. You must surround '{tok.text}' in quotation marks to use it as a "
            f"value. {tok.where()}"
        )


def _check_operator(clause: Clause) -> None:
    allowed: set[str]
    if clause.field in _TEXT_FIELDS:
        allowed = {"~", "!~", "is", "is not"} if clause.field != "text" else {"~"}
    elif clause.field in _DATE_FIELDS:
        allowed = {"=", "!=", "<", "<=", ">", ">=", "in", "not in", "is", "is not"}
    else:
        allowed = {"=", "!=", "in", "not in", "is", "is not"}
    if clause.op not in allowed:
        raise JqlError(
            f"The operator '{clause.op.upper()}' is not supported by the "
            f"'{clause.raw_field}' field."
        )


def parse_jql(jql: str) -> Query:
    """Parse the JQL subset the fake understands, or raise ``JqlError`` with Jira's wording.

    Clauses ``field op value``: fields ``project``, ``key``/``issuekey``, ``labels``,
    ``status``, ``statusCategory``, ``resolution``, ``priority``, ``issuetype``/``type``,
    ``component``, ``created``, ``updated``, ``resolved``/``resolutiondate`` and the text
    fields ``summary``, ``description``, ``comment``, ``text``. Operators ``=``, ``!=``,
    ``IN (...)``, ``NOT IN (...)``, ``IS [NOT] EMPTY|NULL``, ``< <= > >=`` (dates), ``~ !~``
    (text). Values: bare words or quoted strings (``"..."`` or ``'...'``, escapes ``\\"``,
    ``\\'``, ``\\\\``, ``\\n``, ``\\t``, ``\\uXXXX``). ``AND``/``&&``, ``OR``/``||``,
    ``NOT``/``!``, parentheses, and ``ORDER BY f [ASC|DESC], ...``. No functions.
    """
    return _Parser(jql).parse()


_REL_RE = re.compile(r"^([-+]?)\s*((?:\d+\s*[wdhm]\s*)+)$")
_DATE_FORMATS = ("%Y-%m-%d %H:%M", "%Y/%m/%d %H:%M", "%Y-%m-%d", "%Y/%m/%d")


def _parse_date(value: str, field_name: str, now: datetime) -> datetime:
    text = value.strip()
    rel = _REL_RE.match(text)
    if rel:
        delta = timedelta()
        for amount, unit in re.findall(r"(\d+)\s*([wdhm])", rel.group(2)):
            key = {"w": "weeks", "d": "days", "h": "hours", "m": "minutes"}[unit]
            delta += timedelta(**{key: int(amount)})
        return now - delta if rel.group(1) == "-" else now + delta
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).replace(tzinfo=UTC)
        except ValueError:
            continue
    raise JqlError(
        f"Date value '{value}' for field '{field_name}' is invalid. Valid formats include: "
        "'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period "
        "format e.g. '-5d', '4w 2d'."
    )


_WORD_RE = re.compile(r"[\w]+\*?")


def _text_matches(query: str, text: str) -> bool:
    """Jira-ish text search: every query word must equal a word of the text, ignoring case
    (``word*`` matches a prefix); a query wrapped in double quotes is an exact phrase."""
    lowered = text.lower()
    stripped = query.strip()
    if len(stripped) >= 2 and stripped[0] == stripped[-1] == '"':
        phrase = " ".join(re.findall(r"\w+", stripped[1:-1].lower()))
        return phrase in " ".join(re.findall(r"\w+", lowered))
    words = set(re.findall(r"\w+", lowered))
    for term in _WORD_RE.findall(query.lower()):
        if term.endswith("*"):
            if not any(w.startswith(term[:-1]) for w in words):
                return False
        elif term not in words:
            return False
    return True


# --- the fake ------------------------------------------------------------------------------


_ROUTE = re.compile(r"^/rest/api/(2|3|latest)/(.+?)/?$")


class JiraFake(FakeService):
    """An in-memory Jira (Cloud on v3, Server/Data Center on v2) over real HTTP.

    Knobs and inspection: ``username``/``token`` (basic auth), ``projects``, ``issues`` (key ->
    ``JiraIssue``), ``calls`` (a ``Counter`` by kind: search, create, comment, transition,
    get, edit, meta), ``now`` (a clock used for new timestamps and relative JQL dates),
    ``seed_issue(...)``, ``close_issue(...)``, ``add_project(...)``, ``search(jql)``.
    """

    def __init__(
        self,
        *,
        username: str = "bot@example.com",
        token: str = "test-token",
        projects: Mapping[str, str] | None = None,
        now: Callable[[], datetime] | None = None,
        custom_fields: Iterable[str] = ("customfield_10010",),
    ) -> None:
        super().__init__()
        # Custom fields on the create screen (a team field, say); others are rejected.
        self.custom_fields = frozenset(custom_fields)
        # Jira's limit on a description or comment (a text field), as Cloud and Server
        # answer it: 400, "The entered text is too long. It exceeds the allowed limit of
        # 32,767 characters."
        self.max_text = MAX_TEXT
        self.username = username
        self.token = token
        self.now: Callable[[], datetime] = now or (lambda: datetime.now(UTC))
        self.projects: dict[str, JiraProject] = {}
        self.issues: dict[str, JiraIssue] = {}
        self.calls: Counter[str] = Counter()
        self._by_label: dict[str, set[str]] = {}
        self._by_project: dict[str, set[str]] = {}
        self._next_id = 10000
        self._next_number: dict[str, int] = {}
        self._next_comment = 10000
        # (id, type name, inward key, outward key)
        self.links: list[tuple[str, str, str, str]] = []
        self._store = threading.RLock()
        for key, name in (projects or {"PROJ": "Project"}).items():
            self.add_project(key, name)
        self._initial = frozenset(self.projects)

    def reset(self) -> None:
        """Forget issues, calls, requests, faults and extra projects (for a shared server)."""
        with self._store, self._lock:
            self.issues.clear()
            self.calls.clear()
            self.requests.clear()
            self._faults.clear()
            self._by_label.clear()
            self._next_id = 10000
            self._next_number.clear()
            self._next_comment = 10000
            self.links.clear()
            self.projects = {k: p for k, p in self.projects.items() if k in self._initial}
            self._by_project = {k: set() for k in self.projects}
            self.latency = 0.0
            self.route_latency.clear()
            self.latency_fn = None
            self.max_text = MAX_TEXT

    # --- store helpers -------------------------------------------------------------------

    def add_project(
        self, key: str, name: str | None = None, issue_types: Iterable[str] | None = None
    ) -> JiraProject:
        with self._store:
            project = JiraProject(
                key=key,
                name=name or key,
                id=str(10000 + len(self.projects)),
                issue_types=tuple(issue_types or DEFAULT_ISSUE_TYPES),
            )
            self.projects[key] = project
            self._by_project.setdefault(key, set())
            return project

    def seed_issue(
        self,
        summary: str = "Seeded issue",
        *,
        project: str = "PROJ",
        issuetype: str = "Task",
        description: Any = None,
        labels: Iterable[str] = (),
        priority: str = "Medium",
        components: Iterable[str] = (),
        status: str = "To Do",
        resolution: str | None = None,
        resolutiondate: datetime | None = None,
        created: datetime | None = None,
        updated: datetime | None = None,
        comments: Iterable[Any] = (),
    ) -> JiraIssue:
        """Create an issue directly in the store (no HTTP, not counted in ``calls``).

        A ``Done`` status without a resolution gets ``"Done"``; a resolution without a date
        gets ``updated``. ``description`` and ``comments`` may be strings or ADF documents.
        """
        if project not in self.projects:
            raise KeyError(f"unknown project {project!r}; add_project() it first")
        if status not in STATUSES:
            raise KeyError(f"unknown status {status!r}; one of {sorted(STATUSES)}")
        with self._store:
            created = created or self.now()
            updated = updated or created
            if status == "Done" and resolution is None:
                resolution = "Done"
            if resolution is not None and resolutiondate is None:
                resolutiondate = updated
            issue = self._new_issue(project, summary, issuetype, created)
            issue.description = description
            issue.priority = priority
            issue.components = list(components)
            issue.status = status
            issue.resolution = resolution
            issue.resolutiondate = resolutiondate
            issue.updated = updated
            for body in comments:
                self._add_comment(issue, body, created)
            self._set_labels(issue, list(labels))
            return issue

    def add_comment(self, key: str, body: Any) -> None:
        """Add a comment (a string or an ADF document) as a person would, without HTTP: no
        check of its body."""
        with self._store:
            issue = self.issues[key]
            self._add_comment(issue, body, self.now())
            issue.updated = self.now()

    def close_issue(self, key: str, resolution: str = "Done") -> JiraIssue:
        """Move an issue to Done with ``resolution`` (as a transition would)."""
        with self._store:
            issue = self.issues[key]
            self._move(issue, "Done", resolution)
            return issue

    def search(self, jql: str) -> list[JiraIssue]:
        """The issues ``jql`` matches, in its order (raises ``JqlError``)."""
        with self._store:
            return self._search(parse_jql(jql))

    def _new_issue(self, project: str, summary: str, issuetype: str, at: datetime) -> JiraIssue:
        number = self._next_number.get(project, 0) + 1
        self._next_number[project] = number
        issue = JiraIssue(
            id=str(self._next_id),
            key=f"{project}-{number}",
            project=project,
            summary=summary,
            issuetype=issuetype,
            created=at,
            updated=at,
        )
        self._next_id += 1
        self.issues[issue.key] = issue
        self._by_project[project].add(issue.key)
        return issue

    def _set_labels(self, issue: JiraIssue, labels: list[str]) -> None:
        for label in issue.labels:
            self._by_label.get(label, set()).discard(issue.key)
        issue.labels = list(dict.fromkeys(labels))
        for label in issue.labels:
            self._by_label.setdefault(label, set()).add(issue.key)

    def _add_comment(self, issue: JiraIssue, body: Any, at: datetime) -> dict[str, Any]:
        comment = {"id": str(self._next_comment), "body": body, "created": at, "updated": at}
        self._next_comment += 1
        issue.comments.append(comment)
        return comment

    def _move(self, issue: JiraIssue, target: str, resolution: str | None = None) -> None:
        now = self.now()
        issue.status = target
        if STATUSES[target][1] == "done":
            issue.resolution = resolution or "Done"
            issue.resolutiondate = now
        else:
            issue.resolution = None
            issue.resolutiondate = None
        issue.updated = now

    # --- rendering -----------------------------------------------------------------------

    def _url(self, version: int, path: str) -> str:
        return f"{self.base_url}/rest/api/{version}/{path}"

    def _user(self, version: int) -> dict[str, Any]:
        return {
            "self": self._url(version, "user?accountId=fake-account-id"),
            "accountId": "fake-account-id",
            "name": self.username,
            "key": self.username,
            "emailAddress": self.username,
            "displayName": "Fake Bot",
            "active": True,
            "timeZone": "UTC",
            "accountType": "atlassian",
        }

    def _status_json(self, name: str, version: int) -> dict[str, Any]:
        sid, cat = STATUSES[name]
        category = dict(_CATEGORIES[cat])
        category["self"] = self._url(version, f"statuscategory/{category['id']}")
        return {
            "self": self._url(version, f"status/{sid}"),
            "id": sid,
            "name": name,
            "description": "",
            "statusCategory": category,
        }

    def _issuetype_json(self, name: str, version: int) -> dict[str, Any]:
        tid = _ALL_ISSUE_TYPES.get(name, "10002")
        return {
            "self": self._url(version, f"issuetype/{tid}"),
            "id": tid,
            "name": name,
            "description": "",
            "subtask": name == "Subtask",
        }

    def _project_json(self, project: JiraProject, version: int, full: bool) -> dict[str, Any]:
        out: dict[str, Any] = {
            "self": self._url(version, f"project/{project.id}"),
            "id": project.id,
            "key": project.key,
            "name": project.name,
            "projectTypeKey": "software",
        }
        if full:
            out["issueTypes"] = [self._issuetype_json(t, version) for t in project.issue_types]
            out["components"] = []
            out["lead"] = self._user(version)
        return out

    def _comment_json(self, issue: JiraIssue, c: dict[str, Any], version: int) -> dict[str, Any]:
        return {
            "self": self._url(version, f"issue/{issue.id}/comment/{c['id']}"),
            "id": c["id"],
            "author": self._user(version),
            "body": _render_rich(c["body"], version),
            "updateAuthor": self._user(version),
            "created": _jira_time(c["created"]),
            "updated": _jira_time(c["updated"]),
        }

    def _field_json(self, issue: JiraIssue, name: str, version: int) -> Any:
        if name == "summary":
            return issue.summary
        if name == "description":
            return _render_rich(issue.description, version)
        if name == "labels":
            return list(issue.labels)
        if name == "priority":
            pid = PRIORITIES.get(issue.priority, "3")
            return {
                "self": self._url(version, f"priority/{pid}"),
                "id": pid,
                "name": issue.priority,
            }
        if name == "status":
            return self._status_json(issue.status, version)
        if name == "issuetype":
            return self._issuetype_json(issue.issuetype, version)
        if name == "project":
            return self._project_json(self.projects[issue.project], version, full=False)
        if name == "components":
            return [{"name": c} for c in issue.components]
        if name in ("created", "updated"):
            return _jira_time(getattr(issue, name))
        if name == "resolution":
            if issue.resolution is None:
                return None
            rid = RESOLUTIONS.get(issue.resolution, "10000")
            return {
                "self": self._url(version, f"resolution/{rid}"),
                "id": rid,
                "name": issue.resolution,
                "description": "",
            }
        if name == "resolutiondate":
            return None if issue.resolutiondate is None else _jira_time(issue.resolutiondate)
        if name == "issuelinks":
            return [
                self._link_json(link, issue.key, version)
                for link in self.links
                if issue.key in link[2:]
            ]
        if name == "comment":
            # Cloud shows an issue's first 100 comments (oldest first) and their total; the
            # rest are read from issue/{key}/comment. Server shows them all.
            shown = issue.comments[:COMMENTS_SHOWN] if version == 3 else issue.comments
            return {
                "comments": [self._comment_json(issue, c, version) for c in shown],
                "self": self._url(version, f"issue/{issue.id}/comment"),
                "maxResults": len(shown),
                "total": len(issue.comments),
                "startAt": 0,
            }
        return None

    def _link_json(
        self, link: tuple[str, str, str, str], seen_from: str, version: int
    ) -> dict[str, Any]:
        """One ``issuelinks`` entry as the issue ``seen_from`` shows it: the other side,
        named ``outwardIssue`` on the inward issue's page and ``inwardIssue`` on the other."""
        link_id, type_name, inward, outward = link
        type_id, inward_text, outward_text = LINK_TYPES[type_name]
        side, other = ("outwardIssue", outward) if seen_from == inward else ("inwardIssue", inward)
        target = self.issues[other]
        return {
            "id": link_id,
            "self": self._url(version, f"issueLink/{link_id}"),
            "type": {
                "id": type_id,
                "name": type_name,
                "inward": inward_text,
                "outward": outward_text,
                "self": self._url(version, f"issueLinkType/{type_id}"),
            },
            side: {
                "id": target.id,
                "key": target.key,
                "self": self._url(version, f"issue/{target.id}"),
                "fields": {
                    name: self._field_json(target, name, version)
                    for name in ("summary", "status", "priority", "issuetype")
                },
            },
        }

    def _create_link(self, request: Request) -> Response:
        self.calls["link"] += 1
        body = request.json() or {}
        type_name = (body.get("type") or {}).get("name")
        if type_name not in LINK_TYPES:
            return jira_error(404, [f"No issue link type with name '{type_name}' found."])
        keys = []
        for side in ("inwardIssue", "outwardIssue"):
            issue = self._find_issue(str((body.get(side) or {}).get("key", "")))
            if issue is None:
                return jira_error(404, [f"Issue Does Not Exist ({side})"])
            keys.append(issue.key)
        with self._store:
            self.links.append((str(10000 + len(self.links)), type_name, keys[0], keys[1]))
            for key in keys:
                self.issues[key].updated = self.now()
        return Response(201)

    def _issue_json(
        self, issue: JiraIssue, version: int, fields: tuple[str, ...] | None
    ) -> dict[str, Any]:
        """The issue as Jira shows it; ``fields`` None means ``id`` only (search/jql default)."""
        if fields is None:
            return {"id": issue.id}
        return {
            "expand": "renderedFields,names,schema,operations,editmeta,changelog",
            "id": issue.id,
            "self": self._url(version, f"issue/{issue.id}"),
            "key": issue.key,
            "fields": {
                **{name: self._field_json(issue, name, version) for name in fields},
                **issue.custom,
            },
        }

    @staticmethod
    def _wanted_fields(raw: Any, default: tuple[str, ...] | None) -> tuple[str, ...] | None:
        """``fields`` as Jira reads it: comma list or JSON list; ``*all``, ``*navigable``,
        ``-name`` exclusions; ``id`` alone means no fields."""
        if raw is None:
            return default
        items = raw if isinstance(raw, list | tuple) else [raw]
        names = [n.strip() for item in items for n in str(item).split(",") if n.strip()]
        if not names:
            return default
        chosen: list[str] = []
        for name in names:
            if name == "*all":
                chosen.extend(_ISSUE_FIELDS)
            elif name == "*navigable":
                chosen.extend(_NAVIGABLE)
            elif name in _ISSUE_FIELDS:
                chosen.append(name)
        excluded = {n[1:] for n in names if n.startswith("-")}
        result = tuple(n for n in dict.fromkeys(chosen) if n not in excluded)
        if not result and all(n in ("id", "key") for n in names):
            return () if "key" in names else None
        return result

    # --- routing -------------------------------------------------------------------------

    def _authorized(self, request: Request) -> bool:
        header = request.headers.get("authorization", "")
        if not header.lower().startswith("basic "):
            return False
        try:
            decoded = base64.b64decode(header[6:].strip()).decode()
        except (binascii.Error, UnicodeDecodeError):
            return False
        return decoded == f"{self.username}:{self.token}"

    def route(self, request: Request) -> Response:
        match = _ROUTE.match(request.path)
        if not match:
            return jira_error(404, ["null for uri: " + request.path])
        if not self._authorized(request):
            return Response(
                401,
                UNAUTHORIZED_BODY,
                {
                    "Content-Type": "text/plain;charset=UTF-8",
                    "WWW-Authenticate": 'Basic realm="protected-by-api-token"',
                    "X-Seraph-LoginReason": "AUTHENTICATED_FAILED",
                },
            )
        version = 3 if match.group(1) == "3" else 2
        parts = match.group(2).split("/")
        method = request.method
        try:
            with self._store:
                return self._dispatch(request, method, version, parts)
        except JqlError as exc:
            return jira_error(400, [str(exc)])
        except json.JSONDecodeError:
            return jira_error(400, ["Unexpected character in the JSON body."])

    def _dispatch(self, request: Request, method: str, version: int, parts: list[str]) -> Response:
        head = parts[0]
        if len(parts) == 1 and method == "GET":
            if head == "myself":
                self.calls["meta"] += 1
                return json_response(self._user(version))
            if head == "serverInfo":
                self.calls["meta"] += 1
                return json_response(self._server_info(version))
            if head == "issuetype":
                self.calls["meta"] += 1
                return json_response([self._issuetype_json(t, version) for t in _ALL_ISSUE_TYPES])
            if head == "priority":
                self.calls["meta"] += 1
                return json_response(
                    [
                        {"self": self._url(version, f"priority/{pid}"), "id": pid, "name": name}
                        for name, pid in PRIORITIES.items()
                    ]
                )
            if head == "resolution":
                self.calls["meta"] += 1
                return json_response(
                    [
                        {"self": self._url(version, f"resolution/{rid}"), "id": rid, "name": n}
                        for n, rid in RESOLUTIONS.items()
                    ]
                )
            if head == "status":
                self.calls["meta"] += 1
                return json_response([self._status_json(s, version) for s in STATUSES])
        if head == "project" and len(parts) == 2 and method == "GET":
            self.calls["meta"] += 1
            project = self._find_project(parts[1])
            if project is None:
                return jira_error(404, [f"No project could be found with key '{parts[1]}'."])
            return json_response(self._project_json(project, version, full=True))
        if head == "search":
            return self._route_search(request, method, version, parts)
        if head == "issueLink" and len(parts) == 1 and method == "POST":
            return self._create_link(request)
        if head == "issue":
            if len(parts) == 1 and method == "POST":
                return self._create(request, version)
            if len(parts) >= 2:
                issue = self._find_issue(parts[1])
                if issue is None:
                    return jira_error(404, [ISSUE_NOT_FOUND])
                if len(parts) == 2 and method == "GET":
                    self.calls["get"] += 1
                    fields = self._wanted_fields(request.query.get("fields"), _ISSUE_FIELDS)
                    return json_response(self._issue_json(issue, version, fields or ()))
                if len(parts) == 2 and method == "PUT":
                    return self._edit(request, issue, version)
                if parts[2:] == ["comment"]:
                    return self._comment(request, method, issue, version)
                if parts[2:] == ["transitions"]:
                    return self._transitions(request, method, issue, version)
        return jira_error(404, [f"null for uri: {request.path}"])

    def _server_info(self, version: int) -> dict[str, Any]:
        now = _jira_time(self.now())
        if version == 3:
            return {
                "baseUrl": self.base_url,
                "displayUrl": self.base_url,
                "version": "1001.0.0-SNAPSHOT",
                "versionNumbers": [1001, 0, 0],
                "deploymentType": "Cloud",
                "buildNumber": 100290,
                "buildDate": "2026-11-01T00:00:00.000+0000",
                "serverTime": now,
                "scmInfo": "fake",
                "serverTitle": "Jira (fake)",
                "defaultLocale": {"locale": "en_US"},
                "serverTimeZone": "Etc/UTC",
            }
        return {
            "baseUrl": self.base_url,
            "version": "9.12.15",
            "versionNumbers": [9, 12, 15],
            "deploymentType": "Server",
            "buildNumber": 9120015,
            "buildDate": "2026-11-01T00:00:00.000+0000",
            "serverTime": now,
            "scmInfo": "fake",
            "serverTitle": "Jira (fake)",
        }

    def _find_project(self, key_or_id: Any) -> JiraProject | None:
        text = str(key_or_id)
        for project in self.projects.values():
            if text.upper() in (project.key.upper(), project.name.upper()) or text == project.id:
                return project
        return None

    def _find_issue(self, key_or_id: str) -> JiraIssue | None:
        issue = self.issues.get(key_or_id.upper())
        if issue is not None:
            return issue
        return next((i for i in self.issues.values() if i.id == key_or_id), None)

    # --- issues --------------------------------------------------------------------------

    def _check_rich(self, value: Any, version: int) -> str | None:
        """The error for a description/comment body of the wrong shape or too long, or
        None."""
        if value is None:
            return None
        if version == 3 and not _is_adf(value):
            return ADF_DESCRIPTION_ERROR
        if version == 2 and not isinstance(value, str):
            return "Operation value must be a string"
        if rich_text_size(value) > self.max_text:
            return TEXT_TOO_LONG_ERROR.format(limit=self.max_text)
        return None

    def _create(self, request: Request, version: int) -> Response:
        self.calls["create"] += 1
        body = request.json() or {}
        fields = body.get("fields")
        if not isinstance(fields, Mapping):
            return jira_error(400, [], {"fields": "No fields were provided."})
        errors: dict[str, str] = {}
        ref = fields.get("project") or {}
        project = self._find_project(ref.get("key") or ref.get("id")) if ref else None
        if project is None:
            errors["project"] = (
                "Specify a valid project ID or key" if version == 3 else "valid project is required"
            )
        type_ref = fields.get("issuetype") or {}
        type_name = type_ref.get("name")
        if type_name is None and type_ref.get("id") is not None:
            type_name = next(
                (n for n, i in _ALL_ISSUE_TYPES.items() if i == str(type_ref["id"])), "?"
            )
        if not type_ref:
            errors["issuetype"] = "Specify an issue type"
        elif project is not None and type_name not in project.issue_types:
            errors["issuetype"] = (
                "The issue type selected is invalid."
                if version == 3
                else "valid issue type is required"
            )
        summary = fields.get("summary")
        if problem := summary_problem(summary):
            errors["summary"] = problem
        problem = self._check_rich(fields.get("description"), version)
        if problem:
            errors["description"] = problem
        priority = (fields.get("priority") or {}).get("name") or next(
            (
                n
                for n, i in PRIORITIES.items()
                if i == str((fields.get("priority") or {}).get("id"))
            ),
            None,
        )
        if fields.get("priority") and priority is None:
            errors["priority"] = "Specify the Priority (id or name) in the string format"
        labels = fields.get("labels") or []
        if not isinstance(labels, list) or any(not isinstance(x, str) or " " in x for x in labels):
            errors["labels"] = "The label must not contain spaces."
        known = {"project", "issuetype", "summary", "description", "priority", "labels"}
        known |= {"components", *self.custom_fields}
        for name in fields:
            if name not in known:
                errors[name] = (
                    f"Field '{name}' cannot be set. It is not on the appropriate screen, or "
                    "unknown."
                )
        if errors:
            return jira_error(400, [], errors)
        assert project is not None and type_name is not None
        assert isinstance(summary, str)
        issue = self._new_issue(project.key, summary, type_name, self.now())
        issue.description = fields.get("description")
        issue.priority = priority or "Medium"
        issue.components = [c.get("name", "") for c in fields.get("components") or []]
        self._set_labels(issue, labels)
        issue.custom = {k: v for k, v in fields.items() if k in self.custom_fields}
        return json_response(
            {"id": issue.id, "key": issue.key, "self": self._url(version, f"issue/{issue.id}")},
            201,
        )

    def _edit(self, request: Request, issue: JiraIssue, version: int) -> Response:
        self.calls["edit"] += 1
        body = request.json() or {}
        fields = body.get("fields") or {}
        update = body.get("update") or {}
        if not isinstance(fields, Mapping) or not isinstance(update, Mapping):
            return jira_error(400, ["Can not deserialize the request body."])
        errors: dict[str, str] = {}
        labels = list(issue.labels)
        changes: dict[str, Any] = {}
        for name, value in fields.items():
            if name == "summary":
                if problem := summary_problem(value):
                    errors[name] = problem
                else:
                    changes[name] = value
            elif name == "description":
                problem = self._check_rich(value, version)
                if problem:
                    errors[name] = problem
                else:
                    changes[name] = value
            elif name == "labels":
                if not isinstance(value, list) or any(" " in str(x) for x in value):
                    errors[name] = "The label must not contain spaces."
                else:
                    labels = [str(x) for x in value]
            elif name == "priority":
                pname = (value or {}).get("name")
                if pname not in PRIORITIES:
                    errors[name] = "Specify the Priority (id or name) in the string format"
                else:
                    changes[name] = pname
            elif name == "components":
                changes[name] = [c.get("name", "") for c in value or []]
            else:
                errors[name] = (
                    f"Field '{name}' cannot be set. It is not on the appropriate screen, or "
                    "unknown."
                )
        new_comments: list[Any] = []
        for name, operations in update.items():
            if name in fields:
                errors[name] = f"Field '{name}' cannot appear in both 'fields' and 'update'"
                continue
            if not isinstance(operations, list):
                errors[name] = "Can not deserialize the operations."
                continue
            for operation in operations:
                if name == "labels":
                    for verb, value in operation.items():
                        if verb == "add":
                            if " " in str(value):
                                errors[name] = "The label must not contain spaces."
                            elif value not in labels:
                                labels.append(str(value))
                        elif verb == "remove":
                            labels = [x for x in labels if x != value]
                        elif verb == "set":
                            labels = [str(x) for x in value or []]
                        else:
                            errors[name] = f"Operation '{verb}' is not supported for labels."
                elif name == "comment" and "add" in operation:
                    body_value = (operation["add"] or {}).get("body")
                    problem = self._check_rich(body_value, version)
                    if problem or body_value is None:
                        errors["comment"] = "Comment body is not valid!"
                    else:
                        new_comments.append(body_value)
                elif name == "summary" and "set" in operation:
                    if problem := summary_problem(operation["set"]):
                        errors[name] = problem
                    else:
                        changes[name] = operation["set"]
                elif name == "description" and "set" in operation:
                    changes[name] = operation["set"]
                else:
                    errors[name] = (
                        f"Field '{name}' cannot be set. It is not on the appropriate screen, "
                        "or unknown."
                    )
        if errors:
            return jira_error(400, [], errors)
        now = self.now()
        for name, value in changes.items():
            setattr(issue, name, value)
        if labels != issue.labels:
            self._set_labels(issue, labels)
        for body_value in new_comments:
            self._add_comment(issue, body_value, now)
        issue.updated = now
        return Response(204)

    def _comment(self, request: Request, method: str, issue: JiraIssue, version: int) -> Response:
        if method == "GET":
            # A page of comments: startAt, maxResults (Cloud: 100 at most and by default;
            # Server: all by default) and orderBy created, +created or -created.
            self.calls["get"] += 1
            query = {k: v[-1] for k, v in request.query.items()}
            order = query.get("orderBy", "created")
            if order not in ("created", "+created", "-created"):
                return jira_error(400, [f"The value '{order}' is not valid for orderBy."])
            try:
                start = int(query.get("startAt", 0))
                size = int(query.get("maxResults", COMMENTS_SHOWN if version == 3 else 5000))
            except ValueError:
                return jira_error(400, ["startAt and maxResults must be numbers."])
            size = min(size, COMMENTS_SHOWN) if version == 3 else size
            ordered = issue.comments[::-1] if order == "-created" else issue.comments
            page = ordered[max(start, 0) : max(start, 0) + max(size, 0)]
            return json_response(
                {
                    "startAt": start,
                    "maxResults": size,
                    "total": len(issue.comments),
                    "comments": [self._comment_json(issue, c, version) for c in page],
                }
            )
        if method != "POST":
            return jira_error(405, ["Method not allowed."])
        self.calls["comment"] += 1
        body = (request.json() or {}).get("body")
        problem = "Comment body is not valid!" if body is None else self._check_rich(body, version)
        if problem:
            if problem != TEXT_TOO_LONG_ERROR.format(limit=self.max_text):
                problem = "Comment body is not valid!"
            return jira_error(400, [], {"comment": problem})
        now = self.now()
        comment = self._add_comment(issue, body, now)
        issue.updated = now
        return json_response(self._comment_json(issue, comment, version), 201)

    def _transitions(
        self, request: Request, method: str, issue: JiraIssue, version: int
    ) -> Response:
        if method == "GET":
            self.calls["get"] += 1
            return json_response(
                {
                    "expand": "transitions",
                    "transitions": [
                        {
                            "id": tid,
                            "name": name,
                            "to": self._status_json(target, version),
                            "hasScreen": False,
                            "isGlobal": False,
                            "isInitial": False,
                            "isConditional": False,
                        }
                        for tid, name, target in _WORKFLOW[issue.status]
                    ],
                }
            )
        if method != "POST":
            return jira_error(405, ["Method not allowed."])
        self.calls["transition"] += 1
        body = request.json() or {}
        ref = body.get("transition") or {}
        tid = ref.get("id")
        target = next((t for i, _, t in _WORKFLOW[issue.status] if i == str(tid)), None)
        if target is None:
            return jira_error(400, [f"Transition id '{tid}' is not valid for this issue."])
        resolution = ((body.get("fields") or {}).get("resolution") or {}).get("name")
        if resolution is not None and resolution not in RESOLUTIONS:
            return jira_error(400, [], {"resolution": "The resolution selected is invalid."})
        self._move(issue, target, resolution)
        return Response(204)

    # --- search --------------------------------------------------------------------------

    def _route_search(
        self, request: Request, method: str, version: int, parts: list[str]
    ) -> Response:
        if method not in ("GET", "POST"):
            return jira_error(405, ["Method not allowed."])
        params = self._search_params(request, method)
        if parts == ["search", "jql"]:
            return self._search_jql(params, version)
        if parts == ["search"]:
            if version == 3:
                return jira_error(410, [SEARCH_GONE_ERROR])
            return self._search_v2(params, version)
        return jira_error(404, [f"null for uri: {request.path}"])

    @staticmethod
    def _search_params(request: Request, method: str) -> dict[str, Any]:
        if method == "POST":
            body = request.json() or {}
            return dict(body) if isinstance(body, Mapping) else {}
        out: dict[str, Any] = {k: v[-1] for k, v in request.query.items()}
        if "fields" in request.query:
            out["fields"] = request.query["fields"]
        return out

    @staticmethod
    def _int(value: Any, default: int, name: str) -> int:
        if value is None or value == "":
            return default
        try:
            return int(value)
        except (TypeError, ValueError):
            raise JqlError(f"The '{name}' parameter must be a number.") from None

    def _search_jql(self, params: dict[str, Any], version: int) -> Response:
        self.calls["search"] += 1
        jql = params.get("jql") or ""
        query = parse_jql(jql)
        if query.where is None:
            return jira_error(400, [UNBOUNDED_JQL_ERROR])
        fields_raw = params.get("fields")
        if isinstance(fields_raw, str):
            fields_raw = [fields_raw]
        fields = self._wanted_fields(fields_raw, None)
        max_results = self._int(params.get("maxResults"), 50, "maxResults")
        cap = 5000 if not fields else 100
        max_results = max(1, min(max_results, cap))
        digest = hashlib.sha1(jql.encode()).hexdigest()[:12]
        offset = 0
        token = params.get("nextPageToken")
        if token:
            try:
                state = json.loads(base64.urlsafe_b64decode(str(token).encode()))
                offset = int(state["o"])
                if state["q"] != digest:
                    raise ValueError("token of another query")
            except (ValueError, KeyError, TypeError, binascii.Error):
                return jira_error(400, ["The provided next page token is invalid or expired."])
        matches = self._search(query)
        page = matches[offset : offset + max_results]
        end = offset + len(page)
        out: dict[str, Any] = {
            "issues": [self._issue_json(i, version, fields) for i in page],
            "isLast": end >= len(matches),
        }
        if end < len(matches):
            state_json = json.dumps({"o": end, "q": digest}).encode()
            out["nextPageToken"] = base64.urlsafe_b64encode(state_json).decode()
        return json_response(out)

    def _search_v2(self, params: dict[str, Any], version: int) -> Response:
        self.calls["search"] += 1
        query = parse_jql(params.get("jql") or "")
        start = max(0, self._int(params.get("startAt"), 0, "startAt"))
        max_results = max(0, min(self._int(params.get("maxResults"), 50, "maxResults"), 1000))
        fields_raw = params.get("fields")
        if isinstance(fields_raw, str):
            fields_raw = [fields_raw]
        fields = self._wanted_fields(fields_raw, _NAVIGABLE) or ()
        matches = self._search(query)
        page = matches[start : start + max_results]
        return json_response(
            {
                "expand": "schema,names",
                "startAt": start,
                "maxResults": max_results,
                "total": len(matches),
                "issues": [self._issue_json(i, version, fields) for i in page],
            }
        )

    def _search(self, query: Query) -> list[JiraIssue]:
        if query.where is not None:
            self._validate(query.where)
        candidates = self._candidates(query.where) if query.where is not None else None
        pool: Iterable[JiraIssue] = (
            self.issues.values()
            if candidates is None
            else (self.issues[k] for k in candidates if k in self.issues)
        )
        now = self.now()
        matches = [i for i in pool if query.where is None or self._eval(query.where, i, now)]
        order = query.order_by or (("id", True),)
        for name, desc in reversed(order):
            matches.sort(key=functools.partial(_sort_key, name=name), reverse=desc)
        return matches

    def _validate(self, node: Node) -> None:
        if isinstance(node, BoolNode):
            for child in node.children:
                self._validate(child)
            return
        known: dict[str, Callable[[str], bool]] = {
            "project": lambda v: self._find_project(v) is not None,
            "status": lambda v: v.lower() in {s.lower() for s in STATUSES},
            "statusCategory": lambda v: _category_of(v) is not None,
            "resolution": lambda v: (
                v.lower() in {r.lower() for r in RESOLUTIONS} or v.lower() == "unresolved"
            ),
            "priority": lambda v: v.lower() in {p.lower() for p in PRIORITIES},
            "issuetype": lambda v: v.lower() in {t.lower() for t in _ALL_ISSUE_TYPES},
        }
        check = known.get(node.field)
        for value in node.values:
            if check is not None and not check(value):
                raise JqlError(
                    f"The value '{value}' does not exist for the field '{node.raw_field}'."
                )
            if node.field in _DATE_FIELDS:
                _parse_date(value, node.raw_field, self.now())

    def _candidates(self, node: Node | None) -> set[str] | None:
        """Keys that can match (from the label and project indexes), or None for all."""
        if isinstance(node, Clause):
            if node.field == "labels" and node.op in ("=", "in"):
                out: set[str] = set()
                for value in node.values:
                    out |= self._by_label.get(value, set())
                return out
            if node.field == "project" and node.op in ("=", "in"):
                out = set()
                for value in node.values:
                    project = self._find_project(value)
                    if project is not None:
                        out |= self._by_project.get(project.key, set())
                return out
            return None
        if isinstance(node, BoolNode) and node.op == "and":
            sets = [s for s in (self._candidates(c) for c in node.children) if s is not None]
            if not sets:
                return None
            sets.sort(key=len)
            result = set(sets[0])
            for other in sets[1:]:
                result &= other
            return result
        if isinstance(node, BoolNode) and node.op == "or":
            union: set[str] = set()
            for child in node.children:
                found = self._candidates(child)
                if found is None:
                    return None
                union |= found
            return union
        return None

    def _eval(self, node: Node, issue: JiraIssue, now: datetime) -> bool:
        if isinstance(node, BoolNode):
            if node.op == "and":
                return all(self._eval(c, issue, now) for c in node.children)
            if node.op == "or":
                return any(self._eval(c, issue, now) for c in node.children)
            return not self._eval(node.children[0], issue, now)
        return self._eval_clause(node, issue, now)

    def _eval_clause(self, c: Clause, issue: JiraIssue, now: datetime) -> bool:
        if c.field in _TEXT_FIELDS:
            text = {
                "summary": issue.summary,
                "description": _text_of(issue.description),
                "comment": "\n".join(_text_of(x["body"]) for x in issue.comments),
                "text": issue.text(),
            }[c.field]
            if c.op == "is":
                return not text.strip()
            if c.op == "is not":
                return bool(text.strip())
            hit = _text_matches(c.values[0], text)
            return hit if c.op == "~" else (bool(text.strip()) and not hit)
        if c.field in _DATE_FIELDS:
            attr = {"created": "created", "updated": "updated", "resolved": "resolutiondate"}
            moment: datetime | None = getattr(issue, attr[c.field])
            if c.op == "is":
                return moment is None
            if c.op == "is not":
                return moment is not None
            if moment is None:
                return False
            targets = [_parse_date(v, c.raw_field, now) for v in c.values]
            compare = {
                "=": lambda m, t: m == t,
                "!=": lambda m, t: m != t,
                "<": lambda m, t: m < t,
                "<=": lambda m, t: m <= t,
                ">": lambda m, t: m > t,
                ">=": lambda m, t: m >= t,
            }
            if c.op == "in":
                return moment in targets
            if c.op == "not in":
                return moment not in targets
            return bool(compare[c.op](moment, targets[0]))
        current = _values_of(issue, c.field)
        if c.op == "is":
            return not current
        if c.op == "is not":
            return bool(current)
        wanted = {_normalize(c.field, v) for v in c.values}
        if c.field == "project":
            found = (self._find_project(v) for v in c.values)
            wanted = {p.key.lower() for p in found if p is not None}
        if c.field == "resolution" and "unresolved" in wanted:
            wanted.discard("unresolved")
            if not current:
                return c.op in ("=", "in")
        if c.op in ("=", "in"):
            return bool(current & wanted)
        # != and NOT IN never match an empty field (as in Jira)
        return bool(current) and not (current & wanted)


def _category_of(value: str) -> str | None:
    lowered = value.lower()
    for key, cat in _CATEGORIES.items():
        if lowered in (key, cat["name"].lower(), str(cat["id"])):
            return key
    return None


def _normalize(field_name: str, value: str) -> str:
    if field_name == "statusCategory":
        return _category_of(value) or value.lower()
    if field_name == "labels":
        return value
    return value.lower()


def _values_of(issue: JiraIssue, field_name: str) -> set[str]:
    if field_name == "labels":
        return set(issue.labels)
    if field_name == "project":
        return {issue.project.lower()}
    if field_name == "status":
        return {issue.status.lower()}
    if field_name == "statusCategory":
        return {issue.status_category}
    if field_name == "resolution":
        return set() if issue.resolution is None else {issue.resolution.lower()}
    if field_name == "priority":
        return {issue.priority.lower()}
    if field_name == "issuetype":
        return {issue.issuetype.lower()}
    if field_name == "component":
        return {x.lower() for x in issue.components}
    if field_name == "key":
        return {issue.key.lower(), issue.id}
    return set()


def _sort_key(issue: JiraIssue, name: str) -> Any:
    if name == "id":
        return int(issue.id)
    if name == "key":
        project, _, number = issue.key.partition("-")
        return (project, int(number))
    if name == "priority":
        return int(PRIORITIES.get(issue.priority, "3"))
    if name == "resolved":
        return issue.resolutiondate or datetime.min.replace(tzinfo=UTC)
    if name == "summary":
        return issue.summary.lower()
    if name == "status":
        return issue.status
    return getattr(issue, name)
