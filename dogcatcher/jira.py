"""JiraTracker: tickets in Jira Cloud (REST v3, ADF) or Server/Data Center (REST v2, wiki
markup), through atlassian-python-api.

A ticket is found by its fingerprint label. What Dogcatcher has told a ticket so far (the
occurrences reported, the newest one, and per fingerprint the moment it has been told of
that group's events before) is written as a last line of its description and of each of
our comments, and read back from there, so nothing outside Jira holds state.
Values put into JQL are always quoted and escaped.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

import requests
from atlassian import Jira

from dogcatcher.exceptions import ConfigError, TrackerError
from dogcatcher.jira_markup import fit, from_adf, from_wiki, to_adf, to_wiki
from dogcatcher.models import TicketDraft
from dogcatcher.settings import TrackerSettings
from dogcatcher.trackers import (
    DOGCATCHER_LABEL,
    Comment,
    Report,
    Ticket,
    fingerprint_label,
)

__all__ = ["JiraTracker", "jql_quote", "status_marker"]

_FIELDS = (
    "summary,status,labels,priority,issuetype,project,components,"
    "created,updated,description,comment,resolution,resolutiondate,issuelinks"
)
_MOMENT = r"\d{4}-\d\d-\d\dT[\d:.]+Z"
_MARK = rf"[0-9a-f]{{16}} to {_MOMENT}"
_MARKER = re.compile(
    rf"Dogcatcher: (\d+) occurrence\(s\) reported, last seen ({_MOMENT})"
    rf"(?:; told ({_MARK}(?:, {_MARK})*))?"
)
_MARKS = re.compile(rf"([0-9a-f]{{16}}) to ({_MOMENT})")
_REOPEN_TARGETS = ("Reopened", "Reopen", "To Do", "Open", "Backlog")
# Fingerprint labels per search: keeps the JQL well under Jira's query length limits.
LABELS_PER_SEARCH = 50
# Issues read for one such search at most; fingerprints not found in them are looked up
# one by one.
MAX_BATCH_ISSUES = 1000
# Jira refuses a description or comment longer than 32,767 characters (400, "The entered
# text is too long"), and a refused ticket would fail again every run. Cloud's document is
# measured as stored, as JSON; a little headroom is left for how Jira counts.
MAX_TEXT = 32_000
# Comments read per issue at most, newest first: an issue's own answer holds only its first
# 100 on Cloud, while the status line Dogcatcher reads is in the newest of ours.
MAX_COMMENTS = 1000


def jql_quote(value: str) -> str:
    """A JQL string literal: quoted, with backslashes and quotes escaped."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def status_marker(
    occurrences: int, last_seen: datetime, told: Mapping[str, datetime] | None = None
) -> str:
    """The line that records what Dogcatcher has reported to a ticket: how many
    occurrences, the newest one's time, and per fingerprint the moment it has been told of
    that group's events before (``Ticket.told``)."""
    line = f"Dogcatcher: {occurrences} occurrence(s) reported, last seen {_stamp(last_seen)}"
    if told:
        line += "; told " + ", ".join(f"{fp} to {_stamp(at)}" for fp, at in told.items())
    return line


def _text_of(value: Any) -> str:
    """A description's or comment's text in the Markdown subset Dogcatcher writes, from ADF
    (Cloud) or wiki markup (Server): its lines, headings and bullets as written, which
    matching reads (an own ticket's "- message template:" line, its "error kind `…`")."""
    if isinstance(value, str):
        return from_wiki(value)
    if isinstance(value, dict | list):
        try:
            return from_adf(value)
        except RecursionError:  # a document nested hundreds of levels deep: no text of ours
            return ""
    return ""


def _size(body: Any) -> int:
    """A body's size as Jira holds it to its limit: wiki markup's length, or an ADF
    document's as compact JSON."""
    if isinstance(body, str):
        return len(body)
    return len(json.dumps(body, separators=(",", ":"), ensure_ascii=False))


def _when(value: Any) -> datetime:
    """A time as Jira writes it ("2026-11-01T10:00:00.000+0000"), or in any other ISO 8601
    form; now for none or one that is no time (what it stamps is then taken as new)."""
    moment = _iso_time(value)
    return moment if moment is not None else datetime.now(UTC)


def _iso_time(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


class JiraTracker:
    """Find, create, comment on and reopen Dogcatcher's tickets in one Jira project."""

    def __init__(self, settings: TrackerSettings) -> None:
        if not (settings.url and settings.username and settings.token):
            raise ConfigError(
                "tracker.kind is jira but tracker.url, tracker.username and "
                "DOGCATCHER_TRACKER__TOKEN are not all set"
            )
        self.settings = settings
        self.cloud = settings.deployment == "cloud"
        self.jira = Jira(
            url=settings.url,
            username=settings.username,
            password=settings.token.get_secret_value(),
            cloud=self.cloud,
            api_version=3 if self.cloud else 2,
            timeout=max(1, round(settings.timeout_seconds)),
            backoff_and_retry=settings.max_retries > 0,
            max_backoff_retries=settings.max_retries,
            max_backoff_seconds=60,
            retry_status_codes=[429, 500, 502, 503, 504],
        )

    @property
    def description(self) -> str:
        kind = "Cloud" if self.cloud else "Server"
        return f"Jira {kind} {self.settings.url} project {self.settings.project}"

    def link(self, key: str) -> str:
        return f"{(self.settings.url or '').rstrip('/')}/browse/{key}"

    def _body(self, text: str) -> Any:
        return to_adf(text) if self.cloud else to_wiki(text)

    def _fitted(self, text: str, tail: str = "") -> tuple[str, Any]:
        """``text`` then ``tail`` (kept whole), and the body Jira takes for it: ``text`` is
        cut short, saying so, where the whole would pass Jira's limit."""
        return fit(text, tail, self._body, _size, MAX_TEXT)

    def check(self) -> str:
        me = self._call("credentials", self.jira.myself)
        project = self.settings.project
        found = self._call(f"project {project}", lambda: self.jira.project(project))
        types = [t.get("name") for t in (found or {}).get("issueTypes") or []]
        if self.settings.issue_type not in types:
            raise ConfigError(
                f"Jira project {project} has no issue type {self.settings.issue_type!r} "
                f"(it has: {', '.join(str(t) for t in types) or 'none'}); set tracker.issue_type"
            )
        who = (me or {}).get("emailAddress") or (me or {}).get("displayName") or "?"
        return f"signed in as {who}; project {project} takes {self.settings.issue_type!r}"

    # --- reads --------------------------------------------------------------------------

    def find_by_fingerprint(self, fingerprint: str) -> Ticket | None:
        jql = (
            f"project = {jql_quote(self.settings.project)} AND labels = "
            f"{jql_quote(fingerprint_label(fingerprint))} ORDER BY created DESC"
        )
        issues = self._search(jql, limit=1)
        return self._ticket(issues[0], fingerprint) if issues else None

    def find_by_fingerprints(self, fingerprints: Sequence[str]) -> dict[str, Ticket]:
        prefix = fingerprint_label("")
        found: dict[str, Ticket] = {}
        wanted = list(dict.fromkeys(fingerprints))
        for start in range(0, len(wanted), LABELS_PER_SEARCH):
            batch = wanted[start : start + LABELS_PER_SEARCH]
            labels = ", ".join(jql_quote(fingerprint_label(fp)) for fp in batch)
            jql = (
                f"project = {jql_quote(self.settings.project)} AND labels in ({labels}) "
                "ORDER BY created DESC"
            )
            missing = set(batch)
            # Newest first, until each has its newest ticket: one fingerprint's many
            # tickets (regressions filed anew) must not crowd another's out.
            read = 0
            for issue in self._issues(jql, MAX_BATCH_ISSUES):
                read += 1
                ticket = self._ticket(issue, "")
                for label in ticket.labels:
                    fp = label[len(prefix) :] if label.startswith(prefix) else ""
                    if fp in missing:
                        missing.discard(fp)
                        found[fp] = ticket.model_copy(update={"fingerprint": fp})
                if not missing:
                    break
            if missing and read >= MAX_BATCH_ISSUES:
                for fp in sorted(missing):
                    if (alone := self.find_by_fingerprint(fp)) is not None:
                        found[fp] = alone
        return found

    def candidates(self, *, days: int = 30, limit: int = 200, closed_days: int = 0) -> list[Ticket]:
        project, label = jql_quote(self.settings.project), jql_quote(DOGCATCHER_LABEL)
        ours = f"project = {project} AND labels = {label}"
        searches = [
            f"{ours} AND statusCategory != Done AND updated >= -{days}d ORDER BY updated DESC"
        ]
        if closed_days:  # a search of their own, so they never crowd open tickets out
            searches.append(
                f"{ours} AND statusCategory = Done AND resolved >= -{closed_days}d "
                "ORDER BY resolved DESC"
            )
        return [
            self._ticket(issue, "") for jql in searches for issue in self._search(jql, limit=limit)
        ]

    def _search(self, jql: str, *, limit: int) -> list[dict[str, Any]]:
        """Up to ``limit`` issues ``jql`` finds, with the fields tickets need."""
        return list(itertools.islice(self._issues(jql, limit), limit))

    def _issues(self, jql: str, limit: int) -> Iterator[dict[str, Any]]:
        """The issues ``jql`` finds, up to ``limit``, a page at a time as they are read."""
        read = 0
        token: str | None = None
        while read < limit:
            page_size = min(100, limit - read)
            if self.cloud:
                page = self._call(
                    "search",
                    self.jira.enhanced_jql,
                    jql,
                    fields=_FIELDS,
                    nextPageToken=token,
                    limit=page_size,
                )
            else:
                page = self._call(
                    "search", self.jira.jql, jql, fields=_FIELDS, start=read, limit=page_size
                )
            # Anything else (nothing, a login page, an error in a 200) is no answer: read as
            # "no ticket", it would make a duplicate.
            if not isinstance(page, dict) or not isinstance(page.get("issues"), list):
                raise _not_jira("search", page, "a page of issues")
            issues = page["issues"]
            read += len(issues)
            yield from issues
            token = page.get("nextPageToken")
            more = bool(token) if self.cloud else read < _count(page.get("total"))
            if not issues or not more:
                return

    def get(self, key: str, fingerprint: str = "") -> Ticket:
        issue = self._call(f"read {key}", lambda: self.jira.get_issue(key, fields=_FIELDS))
        return self._ticket(issue, fingerprint)

    def _ticket(self, issue: Any, fingerprint: str) -> Ticket:
        if not isinstance(issue, dict) or not isinstance(issue.get("key"), str):
            raise _not_jira("read", issue, "an issue with a key")
        fields = issue.get("fields")
        fields = fields if isinstance(fields, dict) else {}
        section = fields.get("comment")
        section = section if isinstance(section, dict) else {}
        comments = [c for c in section.get("comments") or () if isinstance(c, dict)]
        if _count(section.get("total")) > len(comments):
            comments = self._comments(issue["key"])
        texts = [_text_of(fields.get("description"))] + [_text_of(c.get("body")) for c in comments]
        written = [_when(fields.get("created"))] + [_when(c.get("created")) for c in comments]
        occurrences, last_seen, reported_at = 0, None, None
        told: dict[str, datetime] = {}
        for text, at in zip(texts, written, strict=True):  # oldest first: the last marker wins
            for match in _MARKER.finditer(text):
                seen = _iso_time(match.group(2))
                if seen is None:
                    continue  # not a time: no line Dogcatcher wrote (a person's edit)
                occurrences, last_seen, reported_at = int(match.group(1)), seen, at
                marks = ((fp, _iso_time(moment)) for fp, moment in _MARKS.findall(match[3] or ""))
                told = {fp: moment for fp, moment in marks if moment is not None}
        status = fields.get("status")
        category = _name(status.get("statusCategory") if isinstance(status, dict) else None, "key")
        labels = tuple(x for x in fields.get("labels") or () if isinstance(x, str))
        if not fingerprint:  # read it off the fingerprint label
            prefix = fingerprint_label("")
            fingerprint = next((x[len(prefix) :] for x in labels if x.startswith(prefix)), "")
        return Ticket(
            key=issue["key"],
            fingerprint=fingerprint,
            status="closed" if category == "done" else "open",
            project=_name(fields.get("project"), "key") or self.settings.project,
            issue_type=_name(fields.get("issuetype"), "name") or self.settings.issue_type,
            summary=fields.get("summary") or "",
            description=texts[0],
            labels=labels,
            priority=_name(fields.get("priority"), "name"),
            components=tuple(_name(c, "name") for c in fields.get("components") or ()),
            created_at=_when(fields.get("created")),
            updated_at=_when(fields.get("updated")),
            occurrences=occurrences,
            last_seen=last_seen,
            reported_at=reported_at,
            told=told,
            resolution=(fields.get("resolution") or {}).get("name"),
            resolved_at=_when(fields["resolutiondate"]) if fields.get("resolutiondate") else None,
            links=tuple(
                str(side["key"])
                for link in fields.get("issuelinks") or ()
                for side in (link.get("inwardIssue"), link.get("outwardIssue"))
                if side and side.get("key")
            ),
            comments=tuple(
                Comment(created_at=_when(c.get("created")), body=_text_of(c.get("body")))
                for c in comments
            ),
        )

    def _comments(self, key: str) -> list[dict[str, Any]]:
        """An issue's comments, oldest first; its newest ``MAX_COMMENTS`` when it has more."""
        path = f"rest/api/{3 if self.cloud else 2}/issue/{key}/comment"
        newest: list[dict[str, Any]] = []
        while len(newest) < MAX_COMMENTS:
            params = {"startAt": len(newest), "maxResults": 100, "orderBy": "-created"}
            page = self._call(f"comments of {key}", self.jira.get, path, params=params)
            if not isinstance(page, dict) or not isinstance(page.get("comments"), list):
                raise _not_jira(f"comments of {key}", page, "a page of comments")
            batch = [c for c in page["comments"] if isinstance(c, dict)]
            newest.extend(batch)
            if not batch or len(newest) >= _count(page.get("total")):
                break
        return newest[:MAX_COMMENTS][::-1]

    # --- writes -------------------------------------------------------------------------

    def create(
        self,
        draft: TicketDraft,
        *,
        fingerprint: str,
        occurrences: int,
        last_seen: datetime,
        through: datetime | None = None,
    ) -> Ticket:
        told = Report(occurrences, last_seen, fingerprint, through).on(None)["told"]
        description, body = self._fitted(
            draft.description, f"\n\n{status_marker(occurrences, last_seen, told)}"
        )
        fields: dict[str, Any] = {
            **self.settings.fields,
            **draft.fields,
            "project": {"key": draft.project},
            "issuetype": {"name": draft.issue_type},
            "summary": draft.summary,
            "description": body,
            "labels": list(draft.labels),
            "priority": {"name": draft.priority},
        }
        if draft.components:
            fields["components"] = [{"name": name} for name in draft.components]
        created = self._call("create", lambda: self.jira.issue_create(fields))
        if not isinstance(created, dict) or not isinstance(created.get("key"), str):
            # The retry decides again, and finds the issue by its label if Jira made it.
            raise _not_jira("create", created, "the new issue's key")
        # What was just written, without reading it back (a read costs a round trip a run
        # pays per new ticket).
        return Ticket.from_draft(
            draft,
            key=created["key"],
            fingerprint=fingerprint,
            at=datetime.now(UTC),
            occurrences=occurrences,
            last_seen=last_seen,
            through=told[fingerprint],
            description=description,
            fields={**self.settings.fields, **draft.fields},
        )

    def add_label(self, key: str, label: str) -> Ticket:
        # An "add" operation: labels a person set meanwhile stay.
        self._call(
            f"label {key}",
            lambda: self.jira.edit_issue(key, {"labels": [{"add": label}]}),
        )
        return self.get(key)

    def relate(self, key: str, other: str, link_type: str) -> None:
        link = {
            "type": {"name": link_type},
            "inwardIssue": {"key": key},
            "outwardIssue": {"key": other},
        }
        self._call(f"link {key} to {other}", lambda: self.jira.create_issue_link(link))

    def comment(
        self,
        key: str,
        body: str,
        *,
        occurrences: int,
        last_seen: datetime,
        fingerprint: str | None = None,
        through: datetime | None = None,
    ) -> Ticket:
        return self._update(key, body, Report(occurrences, last_seen, fingerprint, through))

    def reopen(
        self,
        key: str,
        body: str,
        *,
        occurrences: int,
        last_seen: datetime,
        fingerprint: str | None = None,
        through: datetime | None = None,
    ) -> Ticket:
        transitions = self._call(
            f"transitions of {key}", lambda: self.jira.get_issue_transitions(key)
        )
        targets = {str(t.get("to")): t for t in transitions or []}
        target = next((name for name in _REOPEN_TARGETS if name in targets), None)
        if target is None:
            raise TrackerError(
                f"cannot reopen {key}: its workflow offers no transition to any of "
                f"{', '.join(_REOPEN_TARGETS)} (it offers {', '.join(targets) or 'none'})"
            )
        self._call(f"reopen {key}", lambda: self.jira.set_issue_status(key, target))
        return self._update(key, body, Report(occurrences, last_seen, fingerprint, through))

    def note(self, key: str, body: str) -> Ticket:
        # No status line: what the ticket has been told of its occurrences stays as it was.
        return self._commented(self.get(key), body)

    def _update(self, key: str, body: str, report: Report) -> Ticket:
        current = self.get(key)
        told = report.on(current)
        tail = f"\n\n{status_marker(told['occurrences'], told['last_seen'], told['told'])}"
        return self._commented(current, body, tail, reported=True, **told)

    def _commented(
        self, current: Ticket, text: str, tail: str = "", reported: bool = False, **changes: Any
    ) -> Ticket:
        """``current`` with ``text`` then ``tail`` added as a comment, and ``changes``: what
        was just written, without reading it back (``reported``: the comment reports
        occurrences)."""
        key = current.key
        text, body = self._fitted(text, tail)
        made = self._call(f"comment on {key}", lambda: self.jira.issue_add_comment(key, body))
        if not isinstance(made, dict) or not made.get("id"):
            # Not written (a login page answered): counted as told, its occurrences would be
            # lost for good.
            raise _not_jira(f"comment on {key}", made, "the new comment")
        now = datetime.now(UTC)
        return current.model_copy(
            update={
                "comments": (*current.comments, Comment(created_at=now, body=text)),
                "updated_at": now,
                **({"reported_at": now} if reported else {}),
                **changes,
            }
        )

    # --- errors -------------------------------------------------------------------------

    def _call(self, what: str, call: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        try:
            return call(*args, **kwargs)
        except requests.HTTPError as exc:
            raise _translate(exc, what, self.settings) from None
        except requests.RequestException as exc:
            raise TrackerError(f"Jira {what}: {exc}", transient=True) from None
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            # The library read an answer that is not Jira's (its transitions without "to",
            # a login page where JSON belongs).
            raise TrackerError(
                f"Jira {what}: the answer is not as Jira's API has it "
                f"({type(exc).__name__}: {exc})"[:500],
                transient=True,
            ) from None


def _translate(exc: requests.HTTPError, what: str, settings: TrackerSettings) -> Exception:
    response = exc.response
    status = response.status_code if response is not None else 0
    if status in (401, 403):
        return ConfigError(
            f"Jira {what}: refused ({status}); check tracker.username, DOGCATCHER_TRACKER__TOKEN "
            f"and the account's permissions in project {settings.project}"
        )
    detail = str(exc)
    if response is not None:
        try:
            body = response.json()
        except ValueError:
            body = None
        detail = "; ".join(_messages(body)) or detail
    transient = status == 429 or status >= 500
    return TrackerError(f"Jira {what}: {status} {detail}"[:500], transient=transient)


def _messages(body: Any) -> list[str]:
    """The messages of an error answer: Jira's ``errorMessages`` and ``errors``, or the
    shapes gateways in front of it use (a list of errors, one string)."""
    if not isinstance(body, dict):
        return []
    found: list[str] = []
    for part in (body.get("errorMessages"), body.get("errors")):
        if isinstance(part, dict):
            found.extend(str(value) for value in part.values())
        elif isinstance(part, list):
            found.extend(str(value) for value in part)
        elif isinstance(part, str):
            found.append(part)
    return found


def _not_jira(what: str, answer: Any, expected: str) -> TrackerError:
    """For an answer that is not what Jira's API sends."""
    if answer is None or answer == "":
        seen = "an empty answer"
    else:
        text = answer if isinstance(answer, str) else json.dumps(answer, default=str)
        seen = repr(" ".join(text.split())[:100])
    return TrackerError(
        f"Jira {what}: expected {expected}, got {seen} (a login page or a proxy answering "
        "for Jira?)",
        transient=True,
    )


def _count(value: Any) -> int:
    """A count in an answer (``total``), 0 for none."""
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0


def _name(value: Any, key: str) -> str:
    """``value[key]`` of an object in an answer (a priority's name), "" for none."""
    found = value.get(key) if isinstance(value, dict) else None
    return found if isinstance(found, str) else ""
