"""JiraTracker: tickets in Jira Cloud (REST v3, ADF) or Server/Data Center (REST v2, wiki
markup), through atlassian-python-api.

A ticket is found by its fingerprint label. What Dogcatcher has told a ticket so far (the
occurrences reported and the newest one) is written as a last line of its description and
of each of our comments, and read back from there, so nothing outside Jira holds state.
Values put into JQL are always quoted and escaped.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any

import requests
from atlassian import Jira

from dogcatcher.exceptions import ConfigError, TrackerError
from dogcatcher.jira_markup import fit, from_adf, from_wiki, to_adf, to_wiki
from dogcatcher.models import TicketDraft
from dogcatcher.settings import TrackerSettings
from dogcatcher.trackers import DOGCATCHER_LABEL, Comment, Ticket, fingerprint_label

__all__ = ["JiraTracker", "jql_quote", "status_marker"]

_FIELDS = (
    "summary,status,labels,priority,issuetype,project,components,"
    "created,updated,description,comment,resolution,resolutiondate,issuelinks"
)
_MARKER = re.compile(
    r"Dogcatcher: (\d+) occurrence\(s\) reported, last seen (\d{4}-\d\d-\d\dT[\d:.]+Z)"
)
_REOPEN_TARGETS = ("Reopened", "Reopen", "To Do", "Open", "Backlog")
# Fingerprint labels per search: keeps the JQL well under Jira's query length limits.
LABELS_PER_SEARCH = 50
# Jira refuses a description or comment longer than 32,767 characters (400, "The entered
# text is too long"), and a refused ticket would fail again every run. Cloud's document is
# measured as stored, as JSON; a little headroom is left for how Jira counts.
MAX_TEXT = 32_000


def jql_quote(value: str) -> str:
    """A JQL string literal: quoted, with backslashes and quotes escaped."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def status_marker(occurrences: int, last_seen: datetime) -> str:
    """The line that records what Dogcatcher has reported to a ticket."""
    moment = last_seen.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    return f"Dogcatcher: {occurrences} occurrence(s) reported, last seen {moment}"


def _text_of(value: Any) -> str:
    """A description's or comment's text in the Markdown subset Dogcatcher writes, from ADF
    (Cloud) or wiki markup (Server): its lines, headings and bullets as written, which
    matching reads (an own ticket's "- message template:" line, its "error kind `…`")."""
    if isinstance(value, str):
        return from_wiki(value)
    if isinstance(value, dict | list):
        return from_adf(value)
    return ""


def _size(body: Any) -> int:
    """A body's size as Jira holds it to its limit: wiki markup's length, or an ADF
    document's as compact JSON."""
    if isinstance(body, str):
        return len(body)
    return len(json.dumps(body, separators=(",", ":"), ensure_ascii=False))


def _when(value: Any) -> datetime:
    if not isinstance(value, str):
        return datetime.now(UTC)
    return datetime.strptime(value.replace("Z", "+0000"), "%Y-%m-%dT%H:%M:%S.%f%z")


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
            for issue in self._search(jql, limit=10 * len(batch)):  # newest first
                ticket = self._ticket(issue, "")
                for label in ticket.labels:
                    fp = label[len(prefix) :] if label.startswith(prefix) else ""
                    if fp in batch and fp not in found:
                        found[fp] = ticket.model_copy(update={"fingerprint": fp})
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
        """Up to ``limit`` issues ``jql`` finds, with the fields tickets need, page by page."""
        found: list[dict[str, Any]] = []
        token: str | None = None
        while len(found) < limit:
            page_size = min(100, limit - len(found))
            if self.cloud:
                page = self._call(
                    "search",
                    self.jira.enhanced_jql,
                    jql,
                    fields=_FIELDS,
                    nextPageToken=token,
                    limit=page_size,
                )
                token = (page or {}).get("nextPageToken")
            else:
                page = self._call(
                    "search", self.jira.jql, jql, fields=_FIELDS, start=len(found), limit=page_size
                )
            issues = (page or {}).get("issues") or []
            found.extend(issues)
            more = bool(token) if self.cloud else len(found) < int((page or {}).get("total", 0))
            if not issues or not more:
                break
        return found[:limit]

    def get(self, key: str, fingerprint: str = "") -> Ticket:
        issue = self._call(f"read {key}", lambda: self.jira.get_issue(key, fields=_FIELDS))
        return self._ticket(issue, fingerprint)

    def _ticket(self, issue: dict[str, Any], fingerprint: str) -> Ticket:
        fields = issue.get("fields") or {}
        comments = ((fields.get("comment") or {}).get("comments")) or []
        texts = [_text_of(fields.get("description"))] + [_text_of(c.get("body")) for c in comments]
        written = [_when(fields.get("created"))] + [_when(c.get("created")) for c in comments]
        occurrences, last_seen, reported_at = 0, None, None
        for text, at in zip(texts, written, strict=True):  # oldest first: the last marker wins
            for match in _MARKER.finditer(text):
                occurrences = int(match.group(1))
                last_seen = datetime.strptime(match.group(2), "%Y-%m-%dT%H:%M:%S.%fZ").replace(
                    tzinfo=UTC
                )
                reported_at = at
        category = ((fields.get("status") or {}).get("statusCategory") or {}).get("key")
        labels = tuple(fields.get("labels") or ())
        if not fingerprint:  # read it off the fingerprint label
            prefix = fingerprint_label("")
            fingerprint = next((x[len(prefix) :] for x in labels if x.startswith(prefix)), "")
        return Ticket(
            key=issue["key"],
            fingerprint=fingerprint,
            status="closed" if category == "done" else "open",
            project=(fields.get("project") or {}).get("key", self.settings.project),
            issue_type=(fields.get("issuetype") or {}).get("name", self.settings.issue_type),
            summary=fields.get("summary") or "",
            description=texts[0],
            labels=labels,
            priority=(fields.get("priority") or {}).get("name", ""),
            components=tuple(c.get("name", "") for c in fields.get("components") or ()),
            created_at=_when(fields.get("created")),
            updated_at=_when(fields.get("updated")),
            occurrences=occurrences,
            last_seen=last_seen,
            reported_at=reported_at,
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

    # --- writes -------------------------------------------------------------------------

    def create(
        self, draft: TicketDraft, *, fingerprint: str, occurrences: int, last_seen: datetime
    ) -> Ticket:
        description, body = self._fitted(
            draft.description, f"\n\n{status_marker(occurrences, last_seen)}"
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
        # What was just written, without reading it back (a read costs a round trip a run
        # pays per new ticket).
        return Ticket.from_draft(
            draft,
            key=created["key"],
            fingerprint=fingerprint,
            at=datetime.now(UTC),
            occurrences=occurrences,
            last_seen=last_seen,
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

    def comment(self, key: str, body: str, *, occurrences: int, last_seen: datetime) -> Ticket:
        return self._update(key, body, occurrences=occurrences, last_seen=last_seen)

    def reopen(self, key: str, body: str, *, occurrences: int, last_seen: datetime) -> Ticket:
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
        return self._update(key, body, occurrences=occurrences, last_seen=last_seen)

    def note(self, key: str, body: str) -> Ticket:
        # No status line: what the ticket has been told of its occurrences stays as it was.
        return self._commented(self.get(key), body)

    def _update(self, key: str, body: str, *, occurrences: int, last_seen: datetime) -> Ticket:
        current = self.get(key)
        total = current.occurrences + occurrences
        newest = max(last_seen, current.last_seen) if current.last_seen else last_seen
        tail = f"\n\n{status_marker(total, newest)}"
        return self._commented(
            current, body, tail, occurrences=total, last_seen=newest, reported=True
        )

    def _commented(
        self, current: Ticket, text: str, tail: str = "", reported: bool = False, **changes: Any
    ) -> Ticket:
        """``current`` with ``text`` then ``tail`` added as a comment, and ``changes``: what
        was just written, without reading it back (``reported``: the comment reports
        occurrences)."""
        key = current.key
        text, body = self._fitted(text, tail)
        self._call(f"comment on {key}", lambda: self.jira.issue_add_comment(key, body))
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
            messages = [*body.get("errorMessages", []), *body.get("errors", {}).values()]
            detail = "; ".join(str(m) for m in messages) or detail
        except ValueError:
            pass
    transient = status == 429 or status >= 500
    return TrackerError(f"Jira {what}: {status} {detail}"[:500], transient=transient)
