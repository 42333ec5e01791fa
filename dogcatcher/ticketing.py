"""Dedupe and ticket: decide what each group needs in the tracker, cap the creates of a run,
and apply the decisions.

Every controlled field of a ticket (project, type, labels, priority, components) is set here
from the group, the profile and the analysis' enum fields; analyzers only supply prose.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import NamedTuple
from urllib.parse import urlencode

from dogcatcher.grouping import FrameRules
from dogcatcher.matching import Match, best_match, same_path, service_label, site_note
from dogcatcher.models import (
    MICROSECOND,
    Analysis,
    Decision,
    ErrorGroup,
    MatchBy,
    Reading,
    Severity,
    TicketDraft,
)
from dogcatcher.semantic import encoder_for
from dogcatcher.settings import Settings
from dogcatcher.trackers import (
    DOGCATCHER_LABEL,
    Ticket,
    Tracker,
    fingerprint_label,
    rejection_label,
)

logger = logging.getLogger(__name__)

__all__ = [
    "Applied",
    "apply_cap",
    "apply_current",
    "apply_decision",
    "datadog_logs_url",
    "decide",
    "decide_with_candidates",
    "draft_ticket",
    "fold_similar_creates",
    "render_description",
    "render_occurrence_comment",
    "untold",
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
                f"- message template: {group.template or '(empty)'}",
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
        f"Fingerprint `{group.fingerprint}` · "
        + (f"error kind `{group.error_kind}` · " if group.error_kind else "")
        + f"category {analysis.category.value} · "
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
            service_label(group.service),
        )
    )
    return TicketDraft(
        project=tracker.project,
        issue_type=tracker.issue_type,
        # One line: Jira refuses a summary with a line break (a service's name may hold one).
        summary=" ".join(analysis.title.splitlines()),
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


def render_occurrence_comment(
    group: ErrorGroup, *, reopened: bool = False, reported: int | None = None
) -> str:
    """The comment that tells a known ticket about new occurrences: how many, when the
    newest was, and how many the ticket has heard of in all."""
    head = "Seen again after the ticket was closed." if reopened else "New occurrences."
    total = f" {reported + group.count} reported in all." if reported else ""
    return (
        f"{head} {group.count} event(s) between {group.first_seen:%Y-%m-%d %H:%M} and "
        f"{group.last_seen:%Y-%m-%d %H:%M} UTC in {', '.join(group.services)}; last seen "
        f"{group.last_seen:%Y-%m-%d %H:%M:%S} UTC.{total}"
    )


def render_match_note(group: ErrorGroup, score: float, by: MatchBy = "words") -> str:
    """What Dogcatcher tells a ticket it matched ``group`` to by similarity: how it was
    found, how a person undoes it, and the group's service, type and throw site
    (``site_note``, which later runs read back to keep another error off the ticket)."""
    fp = group.fingerprint
    found = (
        f"by meaning (its log and this ticket's text are {score:.2f} alike to a "
        "sentence-embedding model, and nothing in the ticket names another service, "
        "type or throw site)"
        if by == "meaning"
        else f"by similarity (score {score:.2f})"
    )
    note = (
        f"Dogcatcher matched error group `{fp}` to this ticket {found} and labeled "
        f"it {fingerprint_label(fp)}. If they are different bugs, replace that label "
        f"with {rejection_label(fp)}: the next run then files a ticket of its own."
    )
    return f"{note}\n\n{site_note(group)}"


def _regression(
    group: ErrorGroup, closed: Ticket, analysis: Analysis, settings: Settings, now: datetime
) -> Decision:
    """A closed ticket's error is back: reopen it, file a new ticket linked to it, or leave
    it be (resolved as won't-fix)."""
    fp, dedupe = group.fingerprint, settings.dedupe
    wont_fix = {name.casefold() for name in dedupe.wont_fix_resolutions}
    if closed.resolution and closed.resolution.casefold() in wont_fix:
        return Decision(
            fingerprint=fp,
            action="skip",
            reason=f"{closed.key} was resolved as {closed.resolution}",
            ticket_key=closed.key,
        )
    resolved = closed.resolved_at or closed.updated_at
    if now - resolved > dedupe.regression_max_age:
        return Decision(
            fingerprint=fp,
            action="create",
            reason=f"{closed.key} was resolved {(now - resolved).days} days ago, longer than "
            f"{dedupe.regression_max_age.days}: a new ticket, linked to it",
            draft=draft_ticket(group, analysis, settings),
            link_to=closed.key,
        )
    if dedupe.regression == "link":
        return Decision(
            fingerprint=fp,
            action="create",
            reason=f"regression: {closed.key} was closed; a new ticket, linked to it",
            draft=draft_ticket(group, analysis, settings),
            link_to=closed.key,
        )
    return Decision(
        fingerprint=fp,
        action="reopen",
        reason=f"regression: {closed.key} was closed",
        ticket_key=closed.key,
        comment=render_occurrence_comment(group, reopened=True, reported=closed.occurrences),
    )


def _occurrences(
    group: ErrorGroup,
    ticket: Ticket,
    settings: Settings,
    now: datetime,
    match_score: float | None,
    match_by: MatchBy = "words",
) -> Decision:
    """New occurrences of an open ticket's error: a comment, unless comments on it are
    throttled; then the occurrences are held and added to the next comment."""
    fp, dedupe = group.fingerprint, settings.dedupe
    if match_score is None:
        how = f"known issue {ticket.key}"
    elif match_by == "meaning":
        how = f"similar in meaning to {ticket.key} (cosine {match_score:.2f})"
    else:
        how = f"similar to {ticket.key} (score {match_score:.2f})"
    held = None
    if group.count < dedupe.comment_min_occurrences:
        held = f"{group.count} new occurrence(s), fewer than {dedupe.comment_min_occurrences}"
    elif (
        dedupe.comment_interval
        and ticket.reported_at
        and now - ticket.reported_at < dedupe.comment_interval
    ):
        next_at = ticket.reported_at + dedupe.comment_interval
        held = f"last told {ticket.reported_at:%Y-%m-%d %H:%M} UTC, next after {next_at:%H:%M}"
    if held:
        return Decision(
            fingerprint=fp,
            action="skip",
            reason=f"{how}: {held}; held for a later comment",
            ticket_key=ticket.key,
            match_score=match_score,
            match_by=match_by,
            held=True,
        )
    comment = render_occurrence_comment(group, reported=ticket.occurrences)
    if match_score is not None:
        comment += "\n\n" + render_match_note(group, match_score, match_by)
    return Decision(
        fingerprint=fp,
        action="comment",
        reason=f"{how}: new occurrences",
        ticket_key=ticket.key,
        comment=comment,
        match_score=match_score,
        match_by=match_by,
    )


def untold(
    group: ErrorGroup, ticket: Ticket, reading: Reading, *, by_label: bool = True
) -> tuple[datetime | None, ErrorGroup | None]:
    """The group's events ``ticket`` has not been told of, and the moment they start at
    (None: all of them; no group: none).

    The ticket's mark for the fingerprint says it was told of the events before it. If a
    run that finished before this one made it, none of this run's events were among them
    (``Reading.finished``): all are new, the late ones too. Otherwise (a run that failed
    after writing, an earlier attempt of this one, a run that does not continue from a
    watermark) the events before the mark are taken as told. A ticket written before marks
    were kept counts as marked just after its newest occurrence. Only a ticket found by the
    group's label (``by_label``) can have been told of its events: to one found by
    similarity they are all new (a retried flow run's stale lookup finds its own tickets
    so; the write then decides again from the ticket found by label)."""
    if not by_label:
        return None, group
    mark = ticket.told.get(group.fingerprint)
    if mark is None:
        if ticket.told or ticket.last_seen is None:
            return None, group
        mark = ticket.last_seen + MICROSECOND
    if reading.finished is not None and mark <= reading.finished:
        return None, group
    return mark, group.since(mark)


def decide(
    group: ErrorGroup,
    analysis: Analysis,
    existing: Ticket | None,
    settings: Settings,
    *,
    match_score: float | None = None,
    match_by: MatchBy = "words",
    now: datetime | None = None,
    reading: Reading | None = None,
) -> Decision:
    """What the tracker needs for this group, given its ticket if it has one: the ticket
    carrying its fingerprint, or (``match_score`` set) an open ticket found by similarity.
    A ticket is told only of the events it has not been told of (``untold``; ``reading``
    is how this run read them)."""
    fp = group.fingerprint
    now = now or datetime.now(UTC)
    if existing is not None:
        since, fresh = untold(group, existing, reading or Reading(), by_label=match_score is None)
        if fresh is None:
            return Decision(
                fingerprint=fp,
                action="skip",
                reason=f"{existing.key} already covers these occurrences",
                ticket_key=existing.key,
            )
        if existing.status == "closed":
            decision = _regression(fresh, existing, analysis, settings, now)
        else:
            decision = _occurrences(fresh, existing, settings, now, match_score, match_by)
        return decision.model_copy(update={"since": since}) if since else decision
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


def decide_with_candidates(
    group: ErrorGroup,
    analysis: Analysis,
    existing: Ticket | None,
    candidates: Sequence[Ticket],
    settings: Settings,
    reading: Reading | None = None,
) -> Decision:
    """``decide`` for a group given its fingerprint ticket, or else the open tickets it may
    belong to by similarity (closed ones among ``candidates`` are left to
    ``link_possible_regressions``)."""
    open_ = [ticket for ticket in candidates if ticket.status == "open"]
    if existing is None and open_:
        match = _most_similar(group, open_, settings)
        if match is not None:
            return decide(
                group,
                analysis,
                match.ticket,
                settings,
                match_score=match.score,
                match_by=match.by,
                reading=reading,
            )
    return decide(group, analysis, existing, settings, reading=reading)


def _most_similar(group: ErrorGroup, tickets: Sequence[Ticket], settings: Settings) -> Match | None:
    dedupe = settings.dedupe
    return best_match(
        group,
        tickets,
        threshold=dedupe.similarity_threshold,
        # similarity_threshold 1 turns similarity off, by meaning too
        encoder=encoder_for(dedupe.meaning_model) if dedupe.similarity_threshold < 1 else None,
        meaning_threshold=dedupe.meaning_threshold,
        frame_rules=settings.grouping.frame_rules,
    )


def link_possible_regressions(
    decisions: Sequence[Decision],
    groups: dict[str, ErrorGroup],
    candidates: Sequence[Ticket],
    settings: Settings,
) -> list[Decision]:
    """Creates of the run whose error looks like a closed ticket's among ``candidates``
    (one a release moved the fingerprint of, say) are linked to it, their reason saying
    so. Similarity is no proof enough to reopen a ticket, or to keep an error quiet because
    its look-alike was resolved as won't-fix: the new ticket is filed either way."""
    closed = [ticket for ticket in candidates if ticket.status == "closed"]
    if not closed:
        return list(decisions)
    linked = []
    for d in decisions:
        match = (
            _most_similar(groups[d.fingerprint], closed, settings)
            if d.action == "create" and d.draft and not d.link_to
            else None
        )
        if match is None:
            linked.append(d)
            continue
        old = match.ticket
        resolved = f"resolved as {old.resolution}" if old.resolution else "closed"
        if old.resolved_at is not None:
            resolved += f" on {old.resolved_at:%Y-%m-%d}"
        how = "in meaning" if match.by == "meaning" else "by similarity"
        reason = (
            f"{d.reason}; may be a regression of {old.key} ({resolved}; alike {how}, score "
            f"{match.score:.2f}): linked to it"
        )
        linked.append(d.model_copy(update={"reason": reason, "link_to": old.key}))
    return linked


def split_shared_matches(
    decisions: Sequence[Decision],
    analyses: dict[str, Analysis],
    groups: dict[str, ErrorGroup],
    settings: Settings,
) -> list[Decision]:
    """Groups of one run that took one ticket by similarity along different paths (two
    callers of a shared helper, which grouping keeps apart as two errors) give it up: the
    ticket names what they share, so which of them it is about is a guess, and a wrong guess
    hides a bug in another's ticket. Each is decided as if no ticket matched. Groups whose
    paths agree (a refactor's helper frame, a template split by a value) keep it. A group
    of the run that carries the ticket's label is the ticket's error: one that took the
    ticket by similarity along another path gives it up to it."""
    by_ticket: dict[str, list[Decision]] = {}
    owners: dict[str, list[Decision]] = {}  # ticket -> the groups found by its label
    for d in decisions:
        if d.ticket_key:
            taken = by_ticket if d.match_score is not None else owners
            taken.setdefault(d.ticket_key, []).append(d)
    shared: dict[str, tuple[str, str]] = {}  # fingerprint -> (ticket, another group's)
    for key, taking in by_ticket.items():
        for d in taking:
            frames = groups[d.fingerprint].top_frames
            apart = [
                other.fingerprint
                for other in [*owners.get(key, ()), *taking]
                if not same_path(frames, groups[other.fingerprint].top_frames)
            ]
            if apart:
                shared[d.fingerprint] = (key, apart[0])
    if not shared:
        return list(decisions)
    owned = {d.fingerprint for found in owners.values() for d in found}
    result = []
    for d in decisions:
        if d.fingerprint not in shared:
            result.append(d)
            continue
        key, other = shared[d.fingerprint]
        alone = decide(groups[d.fingerprint], analyses[d.fingerprint], None, settings)
        why = (
            f"the ticket of group {other}, thrown along another path"
            if other in owned
            else f"which group {other} took by similarity too"
        )
        reason = f"{alone.reason}; not {key}, {why}"
        result.append(alone.model_copy(update={"reason": reason}))
    return result


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
            reason=f"ticket cap of {cap} per run reached; held for a later run",
            draft=d.draft,
            held=True,
        )
        for d in decisions
    ]


def fold_similar_creates(
    decisions: Sequence[Decision],
    analyses: dict[str, Analysis],
    groups: dict[str, ErrorGroup],
    threshold: float,
    frame_rules: FrameRules | None = None,
) -> list[Decision]:
    """Creates of one run that are one error (a template split by a value that looks like a
    word, say) become one ticket: the most severe and frequent group is created, and each
    group similar to it comments on its ticket instead (``follows`` names it; the flow
    fills in the key once the ticket exists)."""
    creates = [d for d in decisions if d.action == "create" and d.draft and not d.link_to]
    creates.sort(
        key=lambda d: (analyses[d.fingerprint].severity.rank, -groups[d.fingerprint].count)
    )
    leaders: list[Ticket] = []
    follows: dict[str, Match] = {}
    for decision in creates:
        group = groups[decision.fingerprint]
        # Only a leader thrown along the same path can be this group's error.
        alike = [
            t for t in leaders if same_path(group.top_frames, groups[t.fingerprint].top_frames)
        ]
        match = best_match(group, alike, threshold=threshold, frame_rules=frame_rules)
        if match is not None:
            follows[decision.fingerprint] = match
        elif decision.draft is not None:
            leaders.append(_as_ticket(decision.fingerprint, decision.draft, groups))
    return [
        Decision(
            fingerprint=d.fingerprint,
            action="comment",
            reason=f"same error as group {match.ticket.fingerprint} (score {match.score:.2f}), "
            "whose ticket this run creates",
            match_score=match.score,
            follows=match.ticket.fingerprint,
        )
        if (match := follows.get(d.fingerprint)) is not None
        else d
        for d in decisions
    ]


def _as_ticket(fingerprint: str, draft: TicketDraft, groups: dict[str, ErrorGroup]) -> Ticket:
    """A ticket not created yet, as matching sees it."""
    return Ticket.from_draft(
        draft, key=fingerprint, fingerprint=fingerprint, at=groups[fingerprint].last_seen
    )


class Applied(NamedTuple):
    """The decision that was carried out, and the ticket it touched."""

    decision: Decision
    ticket_key: str | None


def apply_current(
    tracker: Tracker,
    decision: Decision,
    group: ErrorGroup,
    analysis: Analysis,
    settings: Settings,
    reading: Reading | None = None,
) -> Applied:
    """Decide again from the ticket as it is right now, then carry that out.

    Call it holding the fingerprint's lock. Since ``decision`` was made, another run (or an
    earlier attempt of this one) may have created, commented on or reopened the ticket, or
    labeled a similar one with this fingerprint; deciding from its current state is what
    keeps one ticket per fingerprint and tells it each occurrence once (``reading``: how
    this run read its events, see ``untold``).
    """
    reading = reading or Reading()

    def applied(now: Decision) -> Applied:
        link_type = settings.dedupe.link_type
        return Applied(
            now, apply_decision(tracker, now, group, link_type=link_type, reading=reading)
        )

    current = tracker.find_by_fingerprint(group.fingerprint)
    if current is None and decision.match_score is not None and decision.ticket_key:
        similar = tracker.get(decision.ticket_key)
        if similar.status == "closed":
            # Closed since this run matched it: similarity is no proof enough to reopen it
            # (as for closed look-alikes, link_possible_regressions), so a new ticket is
            # filed, linked to it.
            fresh = decide(group, analysis, None, settings)
            if fresh.action == "create":
                fresh = fresh.model_copy(
                    update={
                        "link_to": similar.key,
                        "reason": f"{fresh.reason}; matched {similar.key} by similarity, "
                        "which was closed since: may be a regression of it, linked to it",
                    }
                )
            return applied(fresh)
        now = decide(
            group,
            analysis,
            similar,
            settings,
            match_score=decision.match_score,
            match_by=decision.match_by,
            reading=reading,
        )
        return applied(now)
    if current is None and decision.action == "create":
        return applied(decision)
    done = applied(decide(group, analysis, current, settings, reading=reading))
    if (
        current is not None
        and decision.action == "create"
        and decision.link_to
        and current.key != decision.link_to
        and decision.link_to not in current.links
    ):
        # An earlier attempt filed the ticket and failed to link it to the closed one it
        # regresses: the link is what it still owes.
        tracker.relate(current.key, decision.link_to, settings.dedupe.link_type)
    return done


def apply_decision(
    tracker: Tracker,
    decision: Decision,
    group: ErrorGroup,
    *,
    link_type: str = "Relates",
    reading: Reading | None = None,
) -> str | None:
    """Carry out one decision as it stands; returns the ticket key it touched. A created
    ticket that regresses a closed one is linked to it with ``link_type``. A write reports
    the group's events the decision is about (``Decision.since``), and records that the
    ticket has been told of the group's events before ``reading``'s mark."""
    through = (reading or Reading()).mark(group)
    group = group.since(decision.since) or group
    if decision.match_score is not None and decision.ticket_key:
        # Found by similarity: the fingerprint label lets the next run find it directly.
        tracker.add_label(decision.ticket_key, fingerprint_label(group.fingerprint))
        logger.info(
            "labeled %s for group %s (%s)", decision.ticket_key, group.fingerprint, decision.reason
        )
        if decision.action == "skip":
            # Its occurrences wait for a later comment, but the ticket is told now that the
            # group is its, and where it was thrown (which later matches read back).
            held = f"Its {group.count} occurrence(s) are held: {decision.reason}."
            note = render_match_note(group, decision.match_score, decision.match_by)
            tracker.note(decision.ticket_key, f"{note}\n\n{held}")
    if decision.action == "create":
        assert decision.draft is not None
        ticket = tracker.create(
            decision.draft,
            fingerprint=group.fingerprint,
            occurrences=group.count,
            last_seen=group.last_seen,
            through=through,
        )
        logger.info("created %s for group %s (%s)", ticket.key, group.fingerprint, decision.reason)
        if decision.link_to:
            tracker.relate(ticket.key, decision.link_to, link_type)
        return ticket.key
    if decision.action in ("comment", "reopen"):
        assert decision.ticket_key is not None and decision.comment is not None
        update = tracker.reopen if decision.action == "reopen" else tracker.comment
        key = update(
            decision.ticket_key,
            decision.comment,
            occurrences=group.count,
            last_seen=group.last_seen,
            fingerprint=group.fingerprint,
            through=through,
        ).key
        done = "reopened" if decision.action == "reopen" else "commented on"
        logger.info(
            "%s %s: %d new occurrence(s) of group %s", done, key, group.count, group.fingerprint
        )
        return key
    return decision.ticket_key
