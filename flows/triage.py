"""The triage flow: fetch → sanitize → group → analyze → dedupe → ticket → report.

Task runs scale with pages and groups, never with events: one fetch, sanitize and group task
per page, one analyze, dedupe and ticket task per group. Pages are fetched in order (each
page's cursor comes from the one before) while earlier pages are sanitized and grouped.
"""

from __future__ import annotations

from collections import Counter, deque
from datetime import UTC, datetime
from typing import Any, NamedTuple, TypeVar, cast

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE
from prefect.futures import PrefectFuture, as_completed
from prefect.task_runners import ThreadPoolTaskRunner
from prefect.utilities.annotations import quote

from dogcatcher.analysis import build_analyzer
from dogcatcher.exceptions import DogcatcherError
from dogcatcher.grouping import group_events, merge_groups
from dogcatcher.llm import reset_breakers
from dogcatcher.models import (
    Analysis,
    Decision,
    ErrorGroup,
    GroupOutcome,
    LogEvent,
    RunReport,
    SkippedEvent,
    TimeWindow,
)
from dogcatcher.progress import report_progress
from dogcatcher.report import render_report_markdown
from dogcatcher.sanitize import SanitizedEvents, sanitize_events
from dogcatcher.settings import Settings, explicit_overrides, load_settings
from dogcatcher.sources import Page, build_source
from dogcatcher.ticketing import apply_cap, apply_decision, decide
from dogcatcher.trackers import build_tracker
from dogcatcher.watermarks import (
    FileWatermarks,
    Watermark,
    drop_seen,
    incremental_window,
    is_incremental,
)

__all__ = ["triage_errors"]

T = TypeVar("T")

# Threads for concurrent tasks; bounded because ThreadPoolTaskRunner's default is not.
TASK_WORKERS = 4
# Pages fetched but not yet handed to grouping, at most: bounds the events held in memory.
PAGES_AHEAD = 2
# Malformed records listed by name in the report; the rest are counted.
MAX_LISTED_SKIPS = 20


def retry_if_transient(task: Any, task_run: Any, state: Any) -> bool:
    """Retry unexpected errors and transient service errors, never a known-permanent one."""
    try:
        state.result()
    except DogcatcherError as exc:
        return exc.transient
    except Exception:
        return True
    return False


_RETRY: dict[str, Any] = {
    "retries": 2,
    "retry_delay_seconds": [1, 5],
    "retry_jitter_factor": 0.5,
    "retry_condition_fn": retry_if_transient,
}

# Events and pages are large and cheap to fetch again: never hashed for caching nor stored.
_TRANSIENT: dict[str, Any] = {"cache_policy": NO_CACHE, "persist_result": False}


@task(name="fetch-page", **_RETRY, **_TRANSIENT)
def fetch_page(
    settings: Settings,
    window: TimeWindow,
    cursor: str | None,
    number: int,
    seen: frozenset[str] = frozenset(),
    tail_from: datetime | None = None,
) -> Page:
    """Fetch one page of error events from the configured source, without the events an
    earlier run already saw."""
    return drop_seen(build_source(settings).fetch_page(window, cursor, number), seen, tail_from)


@task(name="sanitize-events", **_TRANSIENT)
def sanitize_page(events: list[LogEvent]) -> SanitizedEvents:
    """Redact PII and secrets from one page of events."""
    return sanitize_events(events)


class GroupedPage(NamedTuple):
    """What is kept of a page once grouped: its groups and redaction counts, no events."""

    groups: list[ErrorGroup]
    redactions: dict[str, int]


@task(name="group-events", **_TRANSIENT)
def group_page(page: SanitizedEvents, settings: Settings) -> GroupedPage:
    """Fold one page of sanitized events into error groups."""
    groups = group_events(
        page.events,
        stack_frames=settings.grouping.stack_frames,
        max_samples=settings.grouping.max_samples,
    )
    return GroupedPage(groups, page.redactions)


@task(name="analyze-group", **_RETRY, cache_policy=NO_CACHE)
def analyze_group(group: ErrorGroup, settings: Settings) -> Analysis:
    """Explain one error group."""
    return build_analyzer(settings).analyze(group)


@task(name="find-existing-ticket", **_RETRY, cache_policy=NO_CACHE)
def dedupe_group(group: ErrorGroup, analysis: Analysis, settings: Settings) -> Decision:
    """Look the group up in the tracker and decide: create, comment, reopen or skip."""
    existing = build_tracker(settings).find_by_fingerprint(group.fingerprint)
    return decide(group, analysis, existing, settings)


@task(name="apply-decision", **_RETRY, cache_policy=NO_CACHE)
def apply_ticket_decision(decision: Decision, group: ErrorGroup, settings: Settings) -> str | None:
    """Create, comment on or reopen the group's ticket."""
    return apply_decision(build_tracker(settings), decision, group)


def _opaque(value: T) -> T:
    """Hand a page of events to a task without Prefect walking each event for futures
    (that walk costs ~30x the work itself). The task receives ``value`` unchanged."""
    return cast(T, quote(value))


def _resolve_window(
    settings: Settings, since: datetime | None, until: datetime | None
) -> TimeWindow:
    def aware(moment: datetime | None) -> datetime | None:
        return moment.replace(tzinfo=UTC) if moment and moment.tzinfo is None else moment

    since, until = aware(since), aware(until)
    if since is None and settings.source.lookback is not None:
        since = (until or datetime.now(UTC)) - settings.source.lookback
    return TimeWindow(start=since, end=until)


def _error_text(future: PrefectFuture[Any]) -> str | None:
    """Why the task failed, or None. wait() first: it records the final state locally,
    where ``state`` alone may ask the API, which can still say Pending."""
    future.wait()
    state = future.state
    if state.is_completed():
        return None
    result = future.result(raise_on_failure=False)
    return str(result) if isinstance(result, BaseException) else state.message or state.name


def _run_name() -> str:
    from prefect.runtime import flow_run

    params = flow_run.parameters
    mode = "-dry-run" if params.get("dry_run") else ""
    return f"triage-{params.get('profile') or 'local'}{mode}"


@flow(
    name="triage-errors",
    flow_run_name=_run_name,
    task_runner=cast(Any, ThreadPoolTaskRunner(max_workers=TASK_WORKERS)),
    log_prints=False,
)
def triage_errors(
    profile: str = "local",
    dry_run: bool | None = None,
    max_tickets: int | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    source_path: str | None = None,
) -> RunReport:
    """Turn the error logs of a window into de-duplicated tickets.

    Parameters left unset come from the profile (then environment, then defaults).
    """
    logger = get_run_logger()
    settings = load_settings(
        profile,
        explicit_overrides(dry_run=dry_run, max_tickets=max_tickets, source_path=source_path),
    )
    watermarks = FileWatermarks(settings.source.state_directory)
    incremental = since is None and until is None and is_incremental(settings)
    watermark = watermarks.load(settings.profile) if incremental else None
    if incremental:
        window = incremental_window(settings, watermark)
    else:
        window = _resolve_window(settings, since, until)
    seen = watermark.seen_ids if watermark else frozenset()
    tail_from = window.end - settings.source.late_margin if incremental and window.end else None
    reset_breakers()  # each run trusts the LLM again
    source = build_source(settings)
    tracker = build_tracker(settings)
    report = RunReport(
        profile=settings.profile,
        window=window,
        dry_run=settings.ticketing.dry_run,
        source=source.description,
        tracker=tracker.description,
        max_tickets=settings.ticketing.max_tickets_per_run,
    )
    logger.info(
        "triage %s over %s from %s", settings.profile, window.describe(), source.description
    )

    # fetch → sanitize → group, page by page.
    cursor: str | None = None
    number = 0
    events_read = 0
    skipped: list[SkippedEvent] = []
    skipped_count = 0
    duplicates = 0
    tail_ids: set[str] = set()
    sanitizing: deque[PrefectFuture[SanitizedEvents]] = deque()
    grouped: list[PrefectFuture[GroupedPage]] = []
    while True:
        number += 1
        page = fetch_page(settings, window, cursor, number, _opaque(seen), tail_from)
        events_read += len(page.events)
        duplicates += page.duplicates
        tail_ids |= page.tail_ids
        skipped_count += len(page.skipped)
        skipped.extend(page.skipped[: MAX_LISTED_SKIPS - len(skipped)])
        cursor = page.next_cursor
        sanitizing.append(sanitize_page.submit(_opaque(page.events)))
        del page  # only the groups of a page outlive it
        # A page is grouped once the page PAGES_AHEAD after it is fetched: fetching overlaps
        # the CPU work but cannot run ahead of it and pile up pages of events in memory.
        while len(sanitizing) > PAGES_AHEAD or (cursor is None and sanitizing):
            clean = sanitizing.popleft().result()
            grouped.append(group_page.submit(_opaque(clean), settings))
        report_progress("pages")
        if cursor is None:
            report_progress("pages", 0, total=number)  # now the total is known
            break
    pages = [future.result() for future in grouped]
    redactions: Counter[str] = Counter()
    for grouped_page in pages:
        redactions.update(grouped_page.redactions)
    groups = merge_groups(
        (grouped_page.groups for grouped_page in pages), max_samples=settings.grouping.max_samples
    )
    by_fp = {group.fingerprint: group for group in groups}
    logger.info("%d events → %d groups (%d skipped)", events_read, len(groups), skipped_count)

    # analyze → dedupe, one task each per group.
    analysis_futures = [analyze_group.submit(group, settings) for group in groups]
    decision_futures = [
        dedupe_group.submit(group, cast(Any, analysis), settings)
        for group, analysis in zip(groups, analysis_futures, strict=True)
    ]
    for _ in as_completed(decision_futures):
        report_progress("groups analyzed", total=len(groups))
    analyses: dict[str, Analysis] = {}
    decisions: list[Decision] = []
    failed: dict[str, str] = {}
    for group, a_future, d_future in zip(groups, analysis_futures, decision_futures, strict=True):
        error = _error_text(a_future) or _error_text(d_future)
        if error is None:
            analyses[group.fingerprint] = a_future.result()
            decisions.append(d_future.result())
        else:
            failed[group.fingerprint] = error
    decisions = apply_cap(decisions, analyses, by_fp, settings.ticketing.max_tickets_per_run)

    # ticket: apply each decision unless this is a dry run.
    applied: dict[str, PrefectFuture[str | None]] = {}
    if not settings.ticketing.dry_run:
        applied = {
            d.fingerprint: apply_ticket_decision.submit(d, by_fp[d.fingerprint], settings)
            for d in decisions
            if d.action != "skip"
        }
    if len(decisions) > len(applied):  # skips and dry-run decisions are done already
        report_progress("tickets decided", len(decisions) - len(applied), total=len(decisions))
    for _ in as_completed(list(applied.values())):
        report_progress("tickets decided", total=len(decisions))

    outcomes: list[GroupOutcome] = []
    for decision in decisions:
        group, analysis = by_fp[decision.fingerprint], analyses[decision.fingerprint]
        future = applied.get(decision.fingerprint)
        error = _error_text(future) if future else None
        key = future.result() if future and error is None else decision.ticket_key
        outcomes.append(
            GroupOutcome(
                fingerprint=group.fingerprint,
                title=analysis.title,
                service=group.service,
                count=group.count,
                category=analysis.category,
                severity=analysis.severity,
                analyzer=analysis.analyzer,
                action=decision.action,
                reason=decision.reason,
                ticket_key=key,
                applied=future is not None and error is None,
                error=error,
            )
        )
    for fp, error in failed.items():
        logger.error("group %s failed before a decision: %s", fp, error)
    analyzer_counts = Counter(analysis.analyzer for analysis in analyses.values())
    fallbacks = {fp: a.fallback_reason for fp, a in analyses.items() if a.fallback_reason}
    for fp, reason in fallbacks.items():
        logger.warning("group %s analyzed by the fallback: %s", fp, reason)

    report = report.model_copy(
        update={
            "finished_at": datetime.now(UTC),
            "pages": number,
            "events_read": events_read,
            "events_skipped": skipped_count,
            "duplicates": duplicates,
            "incremental": incremental,
            "skipped": tuple(skipped),
            "redactions": dict(redactions),
            "groups": len(groups),
            "analyzers": dict(analyzer_counts),
            "llm_tokens": sum(a.tokens for a in analyses.values()),
            "fallbacks": fallbacks,
            "outcomes": tuple(outcomes),
            "failed_groups": failed,
        }
    )
    # Only a run that read its whole window (it got here) and recorded every group moves the
    # watermark; otherwise the next run reads this window again.
    if incremental and window.end and not settings.ticketing.dry_run and not report.failures:
        watermarks.save(settings.profile, Watermark(end=window.end, seen_ids=frozenset(tail_ids)))
        report = report.model_copy(update={"watermark": window.end})
    create_markdown_artifact(
        markdown=render_report_markdown(report),
        key=f"dogcatcher-{settings.profile}",
        description=f"Dogcatcher triage, profile {settings.profile}, {window.describe()}",
    )
    return report
