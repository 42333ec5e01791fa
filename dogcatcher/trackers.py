"""Trackers: where tickets live. ``LocalTracker`` keeps them as files on disk.

The tracker is found by fingerprint label (``dc-<fingerprint>``), so a group's ticket is
found again on every later run, across restarts.
"""

from __future__ import annotations

import logging
import os
import re
import tempfile
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Literal, NamedTuple, Protocol

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from dogcatcher.exceptions import ConfigError, TrackerError
from dogcatcher.models import MICROSECOND, TicketDraft
from dogcatcher.settings import Settings

logger = logging.getLogger(__name__)

__all__ = [
    "DOGCATCHER_LABEL",
    "Comment",
    "LocalTracker",
    "Report",
    "Ticket",
    "Tracker",
    "build_tracker",
    "fingerprint_label",
    "rejection_label",
    "told_with",
]

FINGERPRINT_LABEL_PREFIX = "dc-"
DOGCATCHER_LABEL = "dogcatcher"


def fingerprint_label(fingerprint: str) -> str:
    """The label that ties a ticket to a group's fingerprint."""
    return f"{FINGERPRINT_LABEL_PREFIX}{fingerprint}"


def rejection_label(fingerprint: str) -> str:
    """The label a person puts on a ticket to say it is not this group's: similarity
    matching never picks it for the group again."""
    return f"{FINGERPRINT_LABEL_PREFIX}not-{fingerprint}"


# Fingerprints whose marks a ticket keeps (``Ticket.told``), the newest: a ticket that more
# than this many groups share forgets the oldest, whose next write then reports all of
# its group's events in its run.
MAX_MARKS = 50


def told_with(
    told: Mapping[str, datetime], fingerprint: str | None, through: datetime
) -> dict[str, datetime]:
    """``told`` after a write told the ticket of ``fingerprint``'s events before
    ``through`` (a mark never moves back), at most ``MAX_MARKS`` of them."""
    marks = dict(told)
    if fingerprint:
        earlier = marks.pop(fingerprint, None)
        marks[fingerprint] = max(through, earlier) if earlier else through
    # The newest first, and the one just written before any other of its moment (one run
    # writes one moment for each group): a retry of this write must find its mark.
    newest = sorted(marks.items(), key=lambda item: (item[1], item[0] == fingerprint))
    return dict(sorted(newest[-MAX_MARKS:]))


class Comment(BaseModel):
    model_config = ConfigDict(frozen=True)

    created_at: datetime
    body: str


class Ticket(BaseModel):
    """A ticket as the tracker holds it."""

    model_config = ConfigDict(frozen=True)

    key: str
    fingerprint: str
    status: Literal["open", "closed"] = "open"
    project: str
    issue_type: str
    summary: str
    description: str
    labels: tuple[str, ...]
    priority: str
    components: tuple[str, ...] = ()
    fields: dict[str, object] = Field(default_factory=dict)
    created_at: datetime
    updated_at: datetime
    occurrences: int = 0
    last_seen: datetime | None = None  # the newest occurrence the ticket has been told about
    reported_at: datetime | None = None  # when Dogcatcher last wrote to it (create or comment)
    # Per fingerprint: the ticket has been told of that group's events before this moment
    # (``ticketing.untold``). Empty on a ticket written before these were kept.
    told: dict[str, datetime] = Field(default_factory=dict)
    comments: tuple[Comment, ...] = ()
    resolution: str | None = None  # how a closed ticket was resolved: Done, Won't Fix …
    resolved_at: datetime | None = None
    links: tuple[str, ...] = ()  # keys of tickets linked to it

    @classmethod
    def from_draft(
        cls,
        draft: TicketDraft,
        *,
        key: str,
        fingerprint: str,
        at: datetime,
        occurrences: int = 0,
        last_seen: datetime | None = None,
        through: datetime | None = None,
        description: str | None = None,
        fields: dict[str, object] | None = None,
    ) -> Ticket:
        """The ticket ``draft`` becomes when filed at ``at`` (reported then, if it carries
        occurrences, told of ``fingerprint``'s events before ``through``: by default, up to
        ``last_seen``)."""
        return cls(
            key=key,
            fingerprint=fingerprint,
            project=draft.project,
            issue_type=draft.issue_type,
            summary=draft.summary,
            description=draft.description if description is None else description,
            labels=draft.labels,
            priority=draft.priority,
            components=draft.components,
            fields=draft.fields if fields is None else fields,
            created_at=at,
            updated_at=at,
            occurrences=occurrences,
            last_seen=last_seen,
            reported_at=at if occurrences else None,
            told=Report(occurrences, last_seen, fingerprint, through).on(None)["told"]
            if occurrences and last_seen
            else {},
        )


class Report(NamedTuple):
    """What a write tells a ticket: ``occurrences`` more, the newest at ``last_seen``, and
    (with ``fingerprint``) that it has been told of that group's events before ``through``
    (by default, just after ``last_seen``)."""

    occurrences: int
    last_seen: datetime
    fingerprint: str | None = None
    through: datetime | None = None

    def on(self, ticket: Ticket | None) -> dict[str, Any]:
        """The occurrences, newest occurrence and marks of ``ticket`` (None: a new one)
        once it has been told this."""
        mark = self.through if self.through is not None else self.last_seen + MICROSECOND
        before = ticket.last_seen if ticket is not None else None
        return {
            "occurrences": (ticket.occurrences if ticket is not None else 0) + self.occurrences,
            "last_seen": max(self.last_seen, before) if before else self.last_seen,
            "told": told_with(ticket.told if ticket is not None else {}, self.fingerprint, mark),
        }


class Tracker(Protocol):
    """Find, create and update tickets."""

    @property
    def description(self) -> str:
        """Where tickets go, for reports."""
        ...

    def find_by_fingerprint(self, fingerprint: str) -> Ticket | None:
        """The newest ticket carrying this fingerprint's label, if any."""
        ...

    def find_by_fingerprints(self, fingerprints: Sequence[str]) -> dict[str, Ticket]:
        """The newest ticket of each fingerprint that has one, in as few requests as the
        tracker allows (Jira: one search per batch of labels)."""
        ...

    def get(self, key: str) -> Ticket:
        """The ticket with this key (raises ``TrackerError`` if there is none)."""
        ...

    def link(self, key: str) -> str:
        """Where a person opens the ticket (reports and artifacts link to it)."""
        ...

    def create(
        self,
        draft: TicketDraft,
        *,
        fingerprint: str,
        occurrences: int,
        last_seen: datetime,
        through: datetime | None = None,
    ) -> Ticket:
        """Create a ticket from a draft, told of ``occurrences`` up to ``last_seen``: of
        ``fingerprint``'s events before ``through`` (by default, just after ``last_seen``)."""
        ...

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
        """Add a comment about new occurrences (of ``fingerprint``'s group: the ticket is
        then told of its events before ``through``)."""
        ...

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
        """Reopen a closed ticket with a comment saying why (and reporting as ``comment``)."""
        ...

    def add_label(self, key: str, label: str) -> Ticket:
        """Add a label to a ticket (a similarity match gets the group's fingerprint label,
        so the next run finds it directly)."""
        ...

    def note(self, key: str, body: str) -> Ticket:
        """Add a comment that reports no occurrences (what a similarity match whose
        occurrences are held tells the ticket)."""
        ...

    def relate(self, key: str, other: str, link_type: str) -> None:
        """Link two tickets (a regression's new ticket and the closed one)."""
        ...

    def check(self) -> str:
        """Verify tickets can be read and written; raises ``DogcatcherError`` if not."""
        ...

    def candidates(self, *, days: int = 30, limit: int = 200, closed_days: int = 0) -> list[Ticket]:
        """Up to ``limit`` open Dogcatcher tickets of the project updated in the last
        ``days``, newest first, then up to ``limit`` closed ones resolved in the last
        ``closed_days``, last resolved first: what a new group is compared with before a
        ticket is created."""
        ...


_KEY = re.compile(r"^([A-Z][A-Z0-9_]*)-(\d+)$")


class LocalTracker:
    """Tickets as files: ``<KEY>.json`` (the record), ``<KEY>.md`` (for people to read) and
    ``index/<fingerprint>`` (the key, for lookups). Writes are atomic (write, then rename),
    and keys are claimed with exclusive creates, so concurrent tasks never share a key."""

    def __init__(self, directory: Path, project: str) -> None:
        self.directory = directory
        self.project = project
        self._label_scan: tuple[int, dict[str, Ticket]] | None = None

    def __getstate__(self) -> dict[str, Any]:
        # What it read is no part of what it is: Prefect hashes a task's tracker argument
        # into the task's cache key, which must not change as tickets are read.
        return {**self.__dict__, "_label_scan": None}

    @property
    def description(self) -> str:
        return f"local files in {self.directory}"

    def check(self) -> str:
        self.check_writable()
        return f"{len(self.tickets())} ticket(s) in {self.directory}, writable"

    def check_writable(self) -> None:
        """Raise ``TrackerError`` unless tickets can be written here. Writes nothing: the
        nearest existing folder must let us create the rest."""
        existing = self.directory.resolve()
        while not existing.exists():
            existing = existing.parent
        if not existing.is_dir() or not os.access(existing, os.W_OK | os.X_OK):
            raise TrackerError(f"{self.directory}: {existing} is not a writable folder")

    # --- reads ------------------------------------------------------------------------

    def link(self, key: str) -> str:
        return (self.directory / f"{key}.md").resolve().as_uri()

    def get(self, key: str) -> Ticket:
        """The ticket with this key."""
        path = self.directory / f"{key}.json"
        try:
            return Ticket.model_validate_json(path.read_bytes())
        except FileNotFoundError:
            raise TrackerError(f"ticket {key} not found in {self.directory}") from None
        except ValidationError as exc:
            raise TrackerError(f"{path} is not a valid ticket record: {exc}") from None

    def find_by_fingerprint(self, fingerprint: str) -> Ticket | None:
        return self.find_by_fingerprints([fingerprint]).get(fingerprint)

    def find_by_fingerprints(self, fingerprints: Sequence[str]) -> dict[str, Ticket]:
        """The tickets carrying these fingerprints' labels. ``index/`` answers first; a
        fingerprint it has no sound answer for (no entry, a deleted ticket, a ticket without
        the label) is looked for in the tickets themselves, as Jira searches labels, and the
        index is mended. Where several tickets carry a label, the newest one answers."""
        found: dict[str, Ticket] = {}
        missing: list[str] = []
        for fingerprint in fingerprints:
            ticket = self._indexed(fingerprint)
            if ticket is None:
                missing.append(fingerprint)
            else:
                found[fingerprint] = ticket
        if missing:
            labelled = self._by_label()
            for fingerprint in missing:
                ticket = labelled.get(fingerprint_label(fingerprint))
                if ticket is not None:
                    found[fingerprint] = ticket
                    self._write_atomic(self.directory / "index" / fingerprint, ticket.key)
        return found

    def _indexed(self, fingerprint: str) -> Ticket | None:
        """The ticket ``index/`` names for the fingerprint, if it still carries its label."""
        try:
            key = (self.directory / "index" / fingerprint).read_text(encoding="utf-8").strip()
        except (FileNotFoundError, NotADirectoryError):
            return None
        if not _KEY.match(key) or not (self.directory / f"{key}.json").is_file():
            return None  # deleted by hand, or an entry written by hand
        ticket = self.get(key)  # a damaged record fails its group, named
        return ticket if fingerprint_label(fingerprint) in ticket.labels else None

    def _by_label(self) -> dict[str, Ticket]:
        """Each fingerprint label's newest ticket, read from the tickets themselves; kept
        while the folder is unchanged (every write renames a file into it)."""
        try:
            stamp = self.directory.stat().st_mtime_ns
        except FileNotFoundError:
            return {}
        if self._label_scan is not None and self._label_scan[0] == stamp:
            return self._label_scan[1]
        labelled: dict[str, Ticket] = {}
        for ticket in self._readable_tickets():  # in key order: the newest is written last
            for label in ticket.labels:
                if label.startswith(FINGERPRINT_LABEL_PREFIX):
                    labelled[label] = ticket
        self._label_scan = (stamp, labelled)
        return labelled

    def candidates(self, *, days: int = 30, limit: int = 200, closed_days: int = 0) -> list[Ticket]:
        now = datetime.now(UTC)
        since, closed_since = now - timedelta(days=days), now - timedelta(days=closed_days)
        tickets = self._readable_tickets()
        recent = [t for t in tickets if t.status == "open" and t.updated_at >= since]
        resolved = [
            t
            for t in tickets
            if closed_days
            and t.status == "closed"
            and (t.resolved_at or t.updated_at) >= closed_since
        ]
        return [
            *sorted(recent, key=lambda t: t.updated_at, reverse=True)[:limit],
            *sorted(resolved, key=lambda t: t.resolved_at or t.updated_at, reverse=True)[:limit],
        ]

    def tickets(self) -> list[Ticket]:
        """Every ticket, in key order; a damaged record raises ``TrackerError``, named."""
        if not self.directory.is_dir():
            return []
        found = [self.get(p.stem) for p in self.directory.glob("*.json") if _KEY.match(p.stem)]
        return sorted(found, key=lambda t: int(t.key.rsplit("-", 1)[1]))

    def _readable_tickets(self) -> list[Ticket]:
        """Every ticket that can be read, in key order: a damaged record is logged, named,
        and left out, so one bad file does not blind matching to all the others."""
        if not self.directory.is_dir():
            return []
        found: list[Ticket] = []
        for path in self.directory.glob("*.json"):
            if _KEY.match(path.stem):
                try:
                    found.append(self.get(path.stem))
                except TrackerError as exc:
                    logger.warning("left out of matching: %s", exc)
        return sorted(found, key=lambda t: int(t.key.rsplit("-", 1)[1]))

    # --- writes -----------------------------------------------------------------------

    def create(
        self,
        draft: TicketDraft,
        *,
        fingerprint: str,
        occurrences: int,
        last_seen: datetime,
        through: datetime | None = None,
    ) -> Ticket:
        key = self._claim_key()
        ticket = Ticket.from_draft(
            draft,
            key=key,
            fingerprint=fingerprint,
            at=datetime.now(UTC),
            occurrences=occurrences,
            last_seen=last_seen,
            through=through,
        )
        self._save(ticket)
        self._write_atomic(self.directory / "index" / fingerprint, key)
        return ticket

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
        return self._commented(key, body, Report(occurrences, last_seen, fingerprint, through))

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
        report = Report(occurrences, last_seen, fingerprint, through)
        return self._commented(key, body, report, reopen=True)

    def close(self, key: str, resolution: str = "Done", *, at: datetime | None = None) -> Ticket:
        """Mark a ticket closed (what a person does when the bug is fixed, or decides it
        never will be)."""
        ticket = self.get(key).model_copy(
            update={
                "status": "closed",
                "resolution": resolution,
                "resolved_at": at or datetime.now(UTC),
            }
        )
        self._save(ticket)
        return ticket

    def add_label(self, key: str, label: str) -> Ticket:
        ticket = self.get(key)
        if label in ticket.labels:
            return ticket
        updated = ticket.model_copy(update={"labels": (*ticket.labels, label)})
        self._save(updated)
        if label.startswith(FINGERPRINT_LABEL_PREFIX):
            index = self.directory / "index" / label[len(FINGERPRINT_LABEL_PREFIX) :]
            if not index.exists():
                self._write_atomic(index, key)
        return updated

    def note(self, key: str, body: str) -> Ticket:
        return self._commented(key, body, None)

    def relate(self, key: str, other: str, link_type: str) -> None:
        for this, that in ((key, other), (other, key)):
            ticket = self.get(this)
            if that not in ticket.links:
                self._save(ticket.model_copy(update={"links": (*ticket.links, that)}))

    def _commented(
        self,
        key: str,
        body: str,
        reported: Report | None,
        *,
        reopen: bool = False,
    ) -> Ticket:
        """The ticket with ``body`` added as a comment that reports ``reported`` (None: a
        note that reports none)."""
        ticket = self.get(key)
        now = datetime.now(UTC)
        changes: dict[str, object] = {
            "comments": (*ticket.comments, Comment(created_at=now, body=body)),
            "updated_at": now,
        }
        if reported is not None:
            changes.update(reported.on(ticket), reported_at=now)
        if reopen:
            changes.update(status="open", resolution=None, resolved_at=None)
        updated = ticket.model_copy(update=changes)
        self._save(updated)
        return updated

    def _claim_key(self) -> str:
        self.directory.mkdir(parents=True, exist_ok=True)
        numbers = [
            int(m.group(2))
            for p in self.directory.glob(f"{self.project}-*.json")
            if (m := _KEY.match(p.stem))
        ]
        # A key is never given twice, even once its ticket's files are deleted: the index
        # and the last key given remember it.
        numbers += [
            int(m.group(2))
            for p in [self.directory / _LAST_KEY, *self._index_entries()]
            if (m := _KEY.match(_read_or_empty(p))) and m.group(1) == self.project
        ]
        number = max(numbers, default=0) + 1
        while True:
            key = f"{self.project}-{number}"
            try:
                fd = os.open(self.directory / f"{key}.json", os.O_CREAT | os.O_EXCL | os.O_WRONLY)
            except FileExistsError:
                number += 1
                continue
            os.close(fd)
            self._write_atomic(self.directory / _LAST_KEY, key)
            return key

    def _index_entries(self) -> list[Path]:
        index = self.directory / "index"
        return list(index.iterdir()) if index.is_dir() else []

    def _save(self, ticket: Ticket) -> None:
        self._write_atomic(self.directory / f"{ticket.key}.json", ticket.model_dump_json(indent=2))
        self._write_atomic(self.directory / f"{ticket.key}.md", _render_markdown(ticket))

    @staticmethod
    def _write_atomic(path: Path, text: str) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(text)
            os.replace(tmp, path)
        except OSError as exc:
            raise TrackerError(f"cannot write {path}: {exc.strerror or exc}") from None


_LAST_KEY = "last-key"


def _read_or_empty(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return ""


def _render_markdown(ticket: Ticket) -> str:
    lines = [
        f"# {ticket.key}: {ticket.summary}",
        "",
        f"- status: {ticket.status}",
        f"- priority: {ticket.priority}",
        f"- type: {ticket.issue_type}",
        f"- labels: {', '.join(ticket.labels)}",
        *([f"- resolution: {ticket.resolution}"] if ticket.resolution else []),
        *([f"- linked: {', '.join(ticket.links)}"] if ticket.links else []),
        f"- occurrences reported: {ticket.occurrences}",
        "",
        ticket.description,
    ]
    for comment in ticket.comments:
        lines += ["", f"---\n**Comment {comment.created_at:%Y-%m-%d %H:%M UTC}**", "", comment.body]
    return "\n".join(lines) + "\n"


def build_tracker(settings: Settings) -> Tracker:
    """The tracker the settings ask for."""
    if settings.tracker.kind == "local":
        return LocalTracker(settings.tracker.directory, settings.tracker.project)
    if settings.tracker.kind == "jira":
        from dogcatcher.jira import JiraTracker

        return JiraTracker(settings.tracker)
    raise ConfigError(f"tracker.kind: unknown tracker {settings.tracker.kind!r}")
