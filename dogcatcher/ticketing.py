"""Dedupe and ticket: decide what each group needs in the tracker, cap the creates of a run,
and apply the decisions.

Every controlled field of a ticket (project, type, labels, priority, components) is set here
from the group, the profile and the analysis' enum fields; analyzers only supply prose.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import timedelta
from typing import NamedTuple
from urllib.parse import urlencode

from dogcatcher.models import Analysis, Decision, ErrorGroup, Severity, TicketDraft
from dogcatcher.settings import Settings
from dogcatcher.trackers import DOGCATCHER_LABEL, Ticket, Tracker, fingerprint_label

logger = logging.getLogger(__name__)

__all__ = [
    "Applied",
    "apply_cap",
    "apply_current",
    "apply_decision",
    "datadog_logs_url",
    "decide",
    "draft_ticket",
    "render_description",
    "render_occurrence_comment",
]


def _fence(text: str) -> str:
    """A fenced block that no backtick run inside ``text`` can close early."""
    ticks = "```"
    while ticks in text:
        ticks += "`"
    return f"{ticks}text\n{text.rstrip()}\n{ticks}"


def datadog_logs_url(site: str, group: ErrorGroup) -> str:
    """Datadog's Log Explorer showing this group's events: its service and error kind, from
    first to last seen (a minute either side)."""
    query = f"service:{group.service} status:(error OR critical)"
    if group.error_kind:
        escaped = group.error_kind.replace("\\", "\\\\").replace('"', '\\"')
        query += f' @error.kind:"{escaped}"'
    start = int((group.first_seen - timedelta(minutes=1)).timestamp() * 1000)
    end = int((group.last_seen + timedelta(minutes=1)).timestamp() * 1000)
    params = urlencode({"query": query, "from_ts": start, "to_ts": end, "live": "false"})
    return f"https://app.{site}/logs?{params}"


def render_description(
    group: ErrorGroup, analysis: Analysis, *, logs_url: str | None = None
) -> str:
    """The ticket body: what, why, what to do, how often, and the evidence."""
    actions = "\n".join(f"- {action}" for action in analysis.suggested_actions) or "- (none)"
    frames = "\n".join(
        f"- {frame.function} ({frame.file or '?'}{f':{frame.line}' if frame.line else ''})"
        for frame in group.top_frames
    )
    parts = [
        "## Summary",
        analysis.summary,
        "## Suspected cause",
        analysis.suspected_cause or "(unknown)",
        "## Suggested actions",
        actions,
        "## Occurrences",
        "\n".join(
            (
                f"- count: {group.count}",
                f"- first seen: {group.first_seen:%Y-%m-%d %H:%M:%S} UTC",
                f"- last seen: {group.last_seen:%Y-%m-%d %H:%M:%S} UTC",
                f"- services: {', '.join(group.services)}",
                f"- hosts: {', '.join(group.hosts[:10]) or '(none)'}",
                f"- environments: {', '.join(group.envs) or '(none)'}",
            )
        ),
        "## Sample (sanitized)",
        _fence(group.samples[0] if group.samples else group.template),
    ]
    if frames:
        parts += ["## Top frames", frames]
    if group.stack:
        parts += ["## Stack (sanitized)", _fence(group.stack[:4000])]
    if logs_url:
        parts += ["## Logs", f"Datadog log search for this error: {logs_url}"]
    parts += [
        "---",
        f"Fingerprint `{group.fingerprint}` · category {analysis.category.value} · "
        f"severity {analysis.severity.value} · analyzed by {analysis.analyzer} · "
        "filed by Dogcatcher",
    ]
    return "\n\n".join(parts)


def draft_ticket(group: ErrorGroup, analysis: Analysis, settings: Settings) -> TicketDraft:
    """Compose the ticket for a new group."""
    tracker = settings.tracker
    # "dogcatcher" and the fingerprint label are how later runs find the ticket: always set.
    labels = dict.fromkeys(
        (
            DOGCATCHER_LABEL,
            *tracker.labels,
            fingerprint_label(group.fingerprint),
            f"service-{group.service}",
        )
    )
    return TicketDraft(
        project=tracker.project,
        issue_type=tracker.issue_type,
        summary=analysis.title,
        description=render_description(
            group,
            analysis,
            logs_url=datadog_logs_url(settings.source.site, group)
            if settings.source.kind == "datadog"
            else None,
        ),
        labels=tuple(labels),
        priority=tracker.priorities[analysis.severity],
        components=tracker.components,
    )


def render_occurrence_comment(group: ErrorGroup, *, reopened: bool = False) -> str:
    """The comment that tells a known ticket about new occurrences."""
    head = "Seen again after the ticket was closed." if reopened else "New occurrences."
    return (
        f"{head} {group.count} event(s) between {group.first_seen:%Y-%m-%d %H:%M} and "
        f"{group.last_seen:%Y-%m-%d %H:%M} UTC in {', '.join(group.services)}."
    )


def decide(
    group: ErrorGroup, analysis: Analysis, existing: Ticket | None, settings: Settings
) -> Decision:
    """What the tracker needs for this group, given the ticket that already carries its
    fingerprint (if any)."""
    fp = group.fingerprint
    if existing is not None:
        if existing.last_seen is not None and group.last_seen <= existing.last_seen:
            return Decision(
                fingerprint=fp,
                action="skip",
                reason=f"{existing.key} already covers these occurrences",
                ticket_key=existing.key,
            )
        if existing.status == "closed":
            return Decision(
                fingerprint=fp,
                action="reopen",
                reason=f"regression: {existing.key} was closed",
                ticket_key=existing.key,
                comment=render_occurrence_comment(group, reopened=True),
            )
        return Decision(
            fingerprint=fp,
            action="comment",
            reason=f"known issue {existing.key}: new occurrences",
            ticket_key=existing.key,
            comment=render_occurrence_comment(group),
        )
    ticketing = settings.ticketing
    if not analysis.actionable and not ticketing.include_non_actionable:
        return Decision(
            fingerprint=fp,
            action="skip",
            reason=f"not actionable ({analysis.category.value})",
        )
    if group.count < ticketing.min_occurrences and analysis.severity is not Severity.CRITICAL:
        return Decision(
            fingerprint=fp,
            action="skip",
            reason=f"{group.count} occurrence(s), below the minimum of {ticketing.min_occurrences}",
        )
    return Decision(
        fingerprint=fp,
        action="create",
        reason=f"new {analysis.severity.value} {analysis.category.value} error",
        draft=draft_ticket(group, analysis, settings),
    )


def apply_cap(
    decisions: Sequence[Decision],
    analyses: dict[str, Analysis],
    groups: dict[str, ErrorGroup],
    cap: int,
) -> list[Decision]:
    """Keep at most ``cap`` creates in the whole run, the most severe and frequent first;
    the rest become skips that say so (and are created by a later run)."""
    creates = [d for d in decisions if d.action == "create"]
    creates.sort(
        key=lambda d: (analyses[d.fingerprint].severity.rank, -groups[d.fingerprint].count)
    )
    kept = {d.fingerprint for d in creates[:cap]}
    return [
        d
        if d.action != "create" or d.fingerprint in kept
        else Decision(
            fingerprint=d.fingerprint,
            action="skip",
            reason=f"ticket cap of {cap} per run reached; a later run will create it",
            draft=d.draft,
        )
        for d in decisions
    ]


class Applied(NamedTuple):
    """The decision that was carried out, and the ticket it touched."""

    decision: Decision
    ticket_key: str | None


def apply_current(
    tracker: Tracker, decision: Decision, group: ErrorGroup, analysis: Analysis, settings: Settings
) -> Applied:
    """Decide again from the ticket as it is right now, then carry that out.

    Call it holding the fingerprint's lock. Since ``decision`` was made, another run (or an
    earlier attempt of this one) may have created, commented on or reopened the ticket;
    deciding from its current state is what keeps one ticket per fingerprint and tells it
    each occurrence once.
    """
    current = tracker.find_by_fingerprint(group.fingerprint)
    if current is None and decision.action == "create":
        return Applied(decision, apply_decision(tracker, decision, group))
    now = decide(group, analysis, current, settings)
    return Applied(now, apply_decision(tracker, now, group))


def apply_decision(tracker: Tracker, decision: Decision, group: ErrorGroup) -> str | None:
    """Carry out one decision as it stands; returns the ticket key it touched."""
    if decision.action == "create":
        assert decision.draft is not None
        ticket = tracker.create(
            decision.draft,
            fingerprint=group.fingerprint,
            occurrences=group.count,
            last_seen=group.last_seen,
        )
        logger.info("created %s for group %s (%s)", ticket.key, group.fingerprint, decision.reason)
        return ticket.key
    if decision.action in ("comment", "reopen"):
        assert decision.ticket_key is not None and decision.comment is not None
        update = tracker.reopen if decision.action == "reopen" else tracker.comment
        key = update(
            decision.ticket_key,
            decision.comment,
            occurrences=group.count,
            last_seen=group.last_seen,
        ).key
        done = "reopened" if decision.action == "reopen" else "commented on"
        logger.info(
            "%s %s: %d new occurrence(s) of group %s", done, key, group.count, group.fingerprint
        )
        return key
    return decision.ticket_key
