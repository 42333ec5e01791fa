"""The triage flow: fetch → sanitize → group → analyze → dedupe → ticket → report.

Task runs scale with pages and groups, never with events: one fetch, sanitize and group task
per few pages (``source.events_per_task`` events), one analyze task per group, one lookup
task per batch of groups, one ticket task per decision that writes. A window's pages are
fetched as a few time slices side by side (within a slice each page's cursor comes from the
one before) while earlier pages are sanitized and grouped, and while the groups they show
are analyzed by the LLM and looked up in the tracker: the slow services work side by side.

What a retried or crashed run needs is persisted (``flows/policy.py``): an analysis is
cached by fingerprint across runs, each batch of lookups by flow run and fingerprints, and
each ticket write by flow run and fingerprint, so retrying a flow run resumes instead of
writing tickets again. Groups that still fail, or that the cap or a comment throttle held
back, are kept as pending and tried again by the next run.
"""

from __future__ import annotations

import concurrent.futures
import itertools
import logging
import math
import threading
import time
from collections import Counter, deque
from collections.abc import Iterator
from concurrent.futures import FIRST_COMPLETED
from contextlib import nullcontext
from datetime import UTC, datetime, timedelta
from typing import Any, Literal, NamedTuple, TypeVar, cast

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.events import emit_event
from prefect.filesystems import WritableFileSystem
from prefect.futures import PrefectFuture, as_completed
from prefect.task_runners import ThreadPoolTaskRunner
from prefect.utilities.annotations import quote
from pydantic import ValidationError

from dogcatcher.analysis import build_analyzer, fall_back
from dogcatcher.collector import collector_tuned_for_a_run
from dogcatcher.exceptions import DogcatcherError
from dogcatcher.grouping import group_events, merge_groups
from dogcatcher.llm import reset_breakers
from dogcatcher.models import (
    Analysis,
    Decision,
    ErrorGroup,
    FailureStreak,
    GroupOutcome,
    LogEvent,
    Reading,
    RunReport,
    SkippedEvent,
    TimeWindow,
)
from dogcatcher.progress import report_progress
from dogcatcher.report import render_report_markdown, report_rows
from dogcatcher.sanitize import SanitizedEvents, sanitize_events
from dogcatcher.semantic import encoder_for
from dogcatcher.settings import Settings, explicit_overrides, load_settings
from dogcatcher.sources import Page, build_source, read_pages
from dogcatcher.state import Pending, RunState, Watermark, build_run_state, carry_over
from dogcatcher.ticketing import (
    Applied,
    apply_cap,
    apply_current,
    decide_with_candidates,
    fold_similar_creates,
    link_possible_regressions,
    split_shared_matches,
)
from dogcatcher.trackers import Ticket, Tracker, build_tracker
from dogcatcher.watermarks import behind, drop_seen, incremental_window, is_incremental
from flows.policy import (
    ANALYSIS_CACHE,
    RUN_SCOPED,
    Throttles,
    release_idle_slots,
    result_storage,
    services_of,
    ticket_lock,
)
from flows.setup import GROUPS_FAILED, TRIAGE_FLOW, settings_with_block_secrets

__all__ = ["triage_errors"]

T = TypeVar("T")

# Threads for concurrent tasks; bounded because ThreadPoolTaskRunner's default is not. Tasks
# mostly wait on services, whose global limits (8 LLM calls, 4 Jira calls by default) bound
# the real concurrency; the threads must not be what holds it lower.
TASK_WORKERS = 32
# Fingerprints looked up in the tracker per task (and per Jira search).
LOOKUP_BATCH = 50
# Fetches (of source.events_per_task events each) not yet handed to grouping, at most:
# bounds the events held in memory.
FETCHES_AHEAD = 1
# A run still going after this is stopped by Prefect and ends TimedOut: a deployment runs one
# flow run at a time, so a run hung on a service would otherwise hold back every later one
# until someone cancels it. The longest runs measured (a day of a million events against
# slow services) take about five minutes. What a stopped run did stays done (its tickets
# are found by label); its watermark and pending groups are not saved, so the next run
# reads its window again (and may tell a ticket again of what the stopped run reported).
RUN_TIMEOUT = timedelta(hours=1)
# Malformed records listed by name in the report; the rest are counted.
MAX_LISTED_SKIPS = 20

# Library log lines (dogcatcher.*) reach the run's logs in the UI only at INFO or lower:
# PREFECT_LOGGING_EXTRA_LOGGERS attaches Prefect's handler but leaves the level alone.
logging.getLogger("dogcatcher").setLevel(logging.INFO)


def retry_if_transient(task: Any, task_run: Any, state: Any) -> bool:
    """Retry unexpected errors and transient service errors, never a known-permanent one."""
    try:
        state.result()
    except DogcatcherError as exc:
        return exc.transient
    except _PERMANENT_OS_ERRORS:  # a file where a folder belongs: the same every time
        return False
    except Exception:
        return True
    return False


_PERMANENT_OS_ERRORS = (NotADirectoryError, IsADirectoryError, PermissionError)


# Retry transient errors only (429, 5xx, timeouts, resets), which the clients already retried
# once or twice with their own backoff; the schedule (exponential, with jitter) is the
# profile's `retries` section, set on each run's tasks by ``_retrying``.
_RETRY: dict[str, Any] = {"retry_condition_fn": retry_if_transient}


def _retrying(settings: Settings) -> dict[str, Any]:
    """The profile's retry schedule, as task options."""
    return {
        "retries": settings.retries.attempts,
        "retry_delay_seconds": settings.retries.delays(),
        "retry_jitter_factor": settings.retries.jitter,
    }


# Events and pages are large and cheap to fetch again: never hashed for caching nor stored.
_TRANSIENT: dict[str, Any] = {"cache_policy": NO_CACHE, "persist_result": False}


@task(name="fetch-page", **_RETRY, **_TRANSIENT)
def fetch_page(
    settings: Settings,
    window: TimeWindow,
    cursor: str | None,
    numbers: Iterator[int],
    throttles: Throttles,
    seen: frozenset[str] = frozenset(),
    tail_from: datetime | None = None,
) -> Page:
    """Fetch the source's pages from ``cursor`` on until they hold the profile's events per
    task, without the events an earlier run already saw."""
    page = read_pages(
        build_source(settings),
        window,
        cursor,
        numbers,
        settings.source.events_per_task,
        lambda: throttles.occupy("datadog"),
    )
    return drop_seen(page, seen, tail_from)


@task(name="sanitize-events", **_TRANSIENT)
def sanitize_page(events: list[LogEvent], settings: Settings) -> SanitizedEvents:
    """Redact PII and secrets from one fetch's events (the profile's own rules too)."""
    return sanitize_events(events, settings.sanitize.compiled)


class GroupedPage(NamedTuple):
    """What is kept of a page once grouped: its groups and redaction counts, no events."""

    groups: list[ErrorGroup]
    redactions: dict[str, int]


@task(name="group-events", **_TRANSIENT)
def group_page(page: SanitizedEvents, settings: Settings) -> GroupedPage:
    """Fold one fetch's sanitized events into error groups."""
    groups = group_events(
        page.events,
        stack_frames=settings.grouping.stack_frames,
        max_samples=settings.grouping.max_samples,
        frame_rules=settings.grouping.frame_rules,
    )
    return GroupedPage(groups, page.redactions)


# No Prefect retries: the LLM client retries itself, and a group it cannot answer for gets
# the rules' analysis instead, which is never cached as the LLM's.
@task(name="analyze-group", cache_policy=ANALYSIS_CACHE, persist_result=True)
def analyze_group(group: ErrorGroup, settings: Settings, throttles: Throttles) -> Analysis:
    """Explain one error group with the configured analyzer."""
    with throttles.occupy("openai"):
        return build_analyzer(settings).explain(group)


@task(name="fetch-candidate-tickets", **_RETRY, **_TRANSIENT)
def fetch_candidate_tickets(settings: Settings, throttles: Throttles) -> list[Ticket]:
    """The Dogcatcher tickets of the project a new group may belong to, once per run: open
    ones, and closed ones it may be a regression of."""
    dedupe = settings.dedupe
    with throttles.occupy("jira"):
        return build_tracker(settings).candidates(
            days=dedupe.candidate_days,
            limit=dedupe.max_candidates,
            closed_days=dedupe.closed_candidate_days,
        )


@task(name="find-existing-tickets", **_RETRY, cache_policy=RUN_SCOPED, persist_result=True)
def find_existing_tickets(
    fingerprints: list[str], settings: Settings, throttles: Throttles
) -> dict[str, Ticket]:
    """Look a batch of fingerprints up in the tracker: one search for the whole batch."""
    with throttles.occupy("jira"):
        return build_tracker(settings).find_by_fingerprints(fingerprints)


@task(name="apply-decision", **_RETRY, cache_policy=RUN_SCOPED, persist_result=True)
def apply_ticket_decision(
    decision: Decision,
    group: ErrorGroup,
    analysis: Analysis,
    settings: Settings,
    throttles: Throttles,
    reading: Reading | None = None,
) -> Applied:
    """Create, comment on or reopen the group's ticket, holding the fingerprint's lock and
    deciding again from the ticket as it is now.

    Several fingerprints can share a ticket (similarity matches), so a write to a known
    ticket also holds that ticket's lock: its counts are read, then written."""
    tracker = build_tracker(settings)
    key = decision.ticket_key
    with (
        ticket_lock(settings, group.fingerprint),
        ticket_lock(settings, f"issue-{key}") if key else nullcontext(),
        throttles.occupy("jira"),
    ):
        return apply_current(tracker, decision, group, analysis, settings, reading)


def _opaque(value: T) -> T:
    """Hand a page of events to a task without Prefect walking each event for futures
    (that walk costs ~30x the work itself). The task receives ``value`` unchanged."""
    return cast(T, quote(value))


def _aware(moment: datetime | None) -> datetime | None:
    return moment.replace(tzinfo=UTC) if moment and moment.tzinfo is None else moment


def _now() -> datetime:
    """The moment this flow run is for: its scheduled start, so a retried run reads the
    same window as its first attempt; the clock outside a flow run."""
    from prefect.runtime import flow_run

    scheduled = flow_run.scheduled_start_time if flow_run.id else None
    return _aware(scheduled) or datetime.now(UTC)


class Plan(NamedTuple):
    """The window a run reads and how it relates to the previous run."""

    window: TimeWindow
    incremental: bool
    watermark: Watermark | None
    behind: timedelta = timedelta(0)  # left for the next runs by source.max_window


def plan_window(
    settings: Settings,
    state: RunState,
    since: datetime | None,
    until: datetime | None,
    now: datetime,
) -> Plan:
    """Explicit bounds if given; else continue from the watermark (incremental sources);
    else the profile's look-back before ``now``."""
    since, until = _aware(since), _aware(until)
    if since is None and until is None and is_incremental(settings):
        watermark = state.load_watermark(settings.scope)
        window = incremental_window(settings, watermark, now)
        return Plan(window, True, watermark, behind(settings, window, now))
    if since is None and settings.source.lookback is not None:
        since = (until or now) - settings.source.lookback
    return Plan(TimeWindow(start=since, end=until), False, None)


def reading_of(plan: Plan, now: datetime) -> Reading:
    """How a run read its window, for what its writes tell tickets (``untold``). A window
    that ends after ``now`` (``--until`` tomorrow) holds only what had happened by now:
    marks at its end would take every event until then as told."""
    end = plan.window.end
    return Reading(
        end=min(end, now) if end is not None else None,
        finished=plan.watermark.end if plan.incremental and plan.watermark else None,
    )


def _run_name() -> str:
    """``triage-<profile>[-<team>]-<window>[-dry-run]``: the UI's run list says what each
    run covered."""
    from prefect.runtime import flow_run

    params = flow_run.parameters
    profile, team = params.get("profile") or "local", params.get("team")
    scope = f"{profile}-{team}" if team else profile
    mode = "-dry-run" if params.get("dry_run") else ""
    try:
        settings = load_settings(profile, team=team)
        plan = plan_window(
            settings, build_run_state(settings), params.get("since"), params.get("until"), _now()
        )
        window = plan.window.describe().replace(" → ", "_").replace(" ", "-")
    except Exception:  # a bad profile is reported by the run itself, not by its name
        window = "window"
    return f"triage-{scope}-{window}{mode}"


def _read_groups(
    settings: Settings, plan: Plan, throttles: Throttles, report: RunReport, judge: Judge
) -> tuple[list[ErrorGroup], RunReport, frozenset[str]]:
    """fetch → sanitize → group, page by page, showing each page's groups to ``judge`` as
    they come; returns the merged groups, the report with the read counts, and the ids of
    events in the next run's overlap."""
    window = plan.window
    seen = plan.watermark.seen_ids if plan.watermark else frozenset()
    tail_from = (
        window.end - settings.source.late_margin if plan.incremental and window.end else None
    )
    fetch = fetch_page.with_options(**_retrying(settings))
    pages = events_read = skipped_count = duplicates = 0
    skipped: list[SkippedEvent] = []
    tail_ids: set[str] = set()
    # Each step's future, and the events it was handed, emptied once the step is done:
    # Prefect's futures and states reference each other, so a finished step's input and
    # result live until a full collection finds the cycle (about 30 pages of events were
    # waiting for one in a 100,000-event benchmark); an emptied list holds nothing.
    sanitizing: deque[tuple[PrefectFuture[SanitizedEvents], list[LogEvent]]] = deque()
    grouped: deque[tuple[PrefectFuture[GroupedPage], list[LogEvent]]] = deque()
    groups: list[ErrorGroup] = []
    redactions: Counter[str] = Counter()

    def fold(future: PrefectFuture[GroupedPage]) -> None:
        # A page's groups are merged in as soon as it is grouped and then dropped: memory
        # holds the run's groups once, not every page's copy of them.
        nonlocal groups
        grouped_page = future.result()
        judge.offer(grouped_page.groups)
        redactions.update(grouped_page.redactions)
        groups = merge_groups(
            (groups, grouped_page.groups), max_samples=settings.grouping.max_samples
        )

    def advance(finish: bool) -> None:
        # Pages go on to grouping and folding in order, each as soon as its last step is
        # done; only a step FETCHES_AHEAD fetches behind the fetching (or the run's end) waits:
        # fetching overlaps the CPU work but cannot pile up pages of events in memory.
        while sanitizing and (finish or len(sanitizing) > FETCHES_AHEAD or _done(sanitizing[0][0])):
            sanitized, events = sanitizing.popleft()
            clean = sanitized.result()
            events.clear()
            grouped.append((group_page.submit(_opaque(clean), settings), clean.events))
            del clean
        while grouped and (finish or len(grouped) > FETCHES_AHEAD or _done(grouped[0][0])):
            grouping, events = grouped.popleft()
            fold(grouping)
            events.clear()

    # A long window is read as slices side by side, each a chain of pages. Within a chain,
    # the next page is asked for as soon as this one's cursor is known, before this one is
    # counted and handed on: the pages' latency is the run's floor, the rest hides in it.
    chains: dict[PrefectFuture[Page], TimeWindow] = {}

    numbers = itertools.count(1)  # the source's pages, in the order they are asked for

    def fetch_next(part: TimeWindow, cursor: str | None) -> None:
        future = fetch.submit(
            settings, part, cursor, _opaque(numbers), throttles, _opaque(seen), tail_from
        )
        chains[future] = part

    for part in build_source(settings).slices(window, settings.source.fetch_slices):
        fetch_next(part, None)
    while chains:
        fetched = _first_done(list(chains))
        part = chains.pop(fetched)
        page = fetched.result()
        if page.next_cursor:
            fetch_next(part, page.next_cursor)
        read = page.pages
        pages += read
        events_read += len(page.events)
        duplicates += page.duplicates
        tail_ids |= page.tail_ids
        skipped_count += len(page.skipped)
        skipped.extend(page.skipped[: MAX_LISTED_SKIPS - len(skipped)])
        sanitizing.append((sanitize_page.submit(_opaque(page.events), settings), page.events))
        del page  # only the groups of a page outlive it
        advance(finish=False)
        report_progress("pages", read)
    report_progress("pages", 0, total=pages)  # now the total is known
    advance(finish=True)
    report = report.model_copy(
        update={
            "pages": pages,
            "events_read": events_read,
            "events_skipped": skipped_count,
            "duplicates": duplicates,
            "skipped": tuple(skipped),
            "redactions": dict(redactions),
        }
    )
    return groups, report, frozenset(tail_ids)


def _first_done(futures: list[PrefectFuture[T]]) -> PrefectFuture[T]:
    """The first of ``futures`` to finish. Not Prefect's ``as_completed``, which on every
    call leaves one more callback on each future still running (here once per page)."""
    wrapped: dict[concurrent.futures.Future[Any], PrefectFuture[T]] = {}
    for future in futures:
        inner = getattr(future, "wrapped_future", None)
        if not isinstance(inner, concurrent.futures.Future):  # not a thread pool's
            return next(as_completed(futures))
        wrapped[inner] = future
    done, _ = concurrent.futures.wait(list(wrapped), return_when=FIRST_COMPLETED)
    return wrapped[next(iter(done))]


def _done(future: PrefectFuture[Any]) -> bool:
    """Whether the task has finished, without asking the API."""
    wrapped = getattr(future, "wrapped_future", None)
    return bool(wrapped.done()) if wrapped is not None else future.state.is_final()


def _error_text(future: PrefectFuture[Any]) -> str | None:
    """Why the task failed, or None. wait() first: it records the final state locally,
    where ``state`` alone may ask the API, which can still say Pending."""
    future.wait()
    state = future.state
    if state.is_completed():
        return None
    result = future.result(raise_on_failure=False)
    return str(result) if isinstance(result, BaseException) else state.message or state.name


class Judged(NamedTuple):
    """Each group's analysis and decision, and the groups that failed before one."""

    analyses: dict[str, Analysis]
    decisions: list[Decision]
    failed: dict[str, str]
    cached: int  # analyses an earlier run paid for
    candidates: list[Ticket]  # the tickets the groups were compared with


def _readable_analysis(value: object) -> Analysis | None:
    """A stored task result as an ``Analysis``, or None if it is none. One an earlier version
    stored may lack a field added since (its default fills it) or be of another shape."""
    try:
        return Analysis.model_validate(value.model_dump() if isinstance(value, Analysis) else value)
    except (ValidationError, AttributeError, TypeError):
        return None


class Judge:
    """analyze (a task per group) and dedupe (a lookup task per batch of groups, then a
    decision per group), started while the pages are still being read.

    An LLM analysis and a fingerprint lookup need only what a group is, not how often it
    happened: both start when a page first shows the group, so the LLM and Jira work while
    Datadog is paged through. The rules analyze once reading is done (they cost nothing and
    count occurrences). Decisions wait for the run's final groups: they weigh counts. A
    group the analyzer cannot answer for gets the rules' analysis."""

    def __init__(self, settings: Settings, throttles: Throttles, storage: WritableFileSystem):
        self.settings = settings
        self.throttles = throttles
        self.early = settings.analyzer.kind == "openai"
        if self.early:
            self.analyze = analyze_group.with_options(
                cache_expiration=settings.analyzer.cache_ttl, result_storage=storage
            )
        else:  # the rules are cheap and deterministic: nothing to store
            self.analyze = analyze_group.with_options(**_TRANSIENT)
        # A dry run stores nothing, its lookups included.
        self.find = find_existing_tickets.with_options(
            **_retrying(settings),
            **(_TRANSIENT if settings.ticketing.dry_run else {"result_storage": storage}),
        )
        self.analyzing: dict[str, PrefectFuture[Analysis]] = {}
        self.lookups: dict[str, PrefectFuture[dict[str, Ticket]]] = {}
        self.offered: set[str] = set()  # fingerprints whose work has started
        self.unsent: list[str] = []  # fingerprints waiting for a full batch of lookups
        self.candidates: PrefectFuture[list[Ticket]] | None = None
        # While pages are read, a task waiting for an LLM slot would hold a thread that the
        # pages' sanitize and group tasks need: only a few analyses more than the LLM's
        # slots are submitted at a time, the rest queue here.
        slots = throttles.sizes.get("openai") if throttles.modes.get("openai") else None
        self.ahead = min(2 * slots, TASK_WORKERS // 2) if slots else TASK_WORKERS // 2
        self.queued: deque[ErrorGroup] = deque()
        self.running = 0
        self._running_lock = threading.Lock()

    def offer(self, groups: list[ErrorGroup]) -> None:
        """Start the work on the groups not seen before: their lookups, a batch at a time,
        and their LLM analyses."""
        wants_candidates = self.settings.dedupe.max_candidates and (
            self.settings.dedupe.similarity_threshold < 1
        )
        if groups and wants_candidates and self.candidates is None:
            fetch = fetch_candidate_tickets.with_options(**_retrying(self.settings))
            self.candidates = fetch.submit(self.settings, self.throttles)
        for group in groups:
            fp = group.fingerprint
            if fp in self.offered:
                continue
            self.offered.add(fp)
            self.unsent.append(fp)
            if self.early:
                self.queued.append(group)
        while len(self.unsent) >= LOOKUP_BATCH:
            self._send(self.unsent[:LOOKUP_BATCH])
            del self.unsent[:LOOKUP_BATCH]
        self._submit_analyses(self.ahead)

    def _submit_analyses(self, ahead: float) -> None:
        """Submit queued analyses while fewer than ``ahead`` are running."""
        while self.queued and self.running < ahead:
            group = self.queued.popleft()
            with self._running_lock:
                self.running += 1
            future = self.analyze.submit(group, self.settings, self.throttles)
            future.add_done_callback(self._finished)
            self.analyzing[group.fingerprint] = future

    def _finished(self, _: PrefectFuture[Analysis]) -> None:
        with self._running_lock:
            self.running -= 1

    def _send(self, batch: list[str]) -> None:
        future = self.find.submit(batch, self.settings, self.throttles)
        self.lookups.update(dict.fromkeys(batch, future))

    def _candidate_tickets(self) -> list[Ticket]:
        if self.candidates is None:
            return []
        error = _error_text(self.candidates)
        if error is None:
            return self.candidates.result()
        # Fingerprint lookups still work: a missed match costs a duplicate at worst.
        get_run_logger().warning(
            "similarity matching is off for this run, tickets could not be read: %s", error
        )
        return []

    def _analyze_again(self, group: ErrorGroup) -> Analysis:
        """A group whose stored analysis this version cannot read, analyzed afresh (and
        stored over it); the rules' analysis if that fails."""
        get_run_logger().warning(
            "the stored analysis of group %s is not one this version reads; analyzing it again",
            group.fingerprint,
        )
        try:
            fresh = self.analyze.with_options(refresh_cache=True)(
                group, self.settings, self.throttles
            )
        except Exception as exc:
            return fall_back(group, f"{type(exc).__name__}: {exc}")
        return _readable_analysis(fresh) or fall_back(group, "the analyzer answered no analysis")

    def decide(self, groups: list[ErrorGroup], reading: Reading) -> Judged:
        """The run's final groups: finish their analyses and lookups, decide each one
        (``reading``: how the run read them, which says what their tickets were told of)."""
        self.offer(groups)
        if self.unsent:
            self._send(self.unsent)
            self.unsent = []
        self._submit_analyses(math.inf)  # no pages are left to make room for
        for group in groups:  # the rules' turn, on the final counts
            if group.fingerprint not in self.analyzing:
                self.analyzing[group.fingerprint] = self.analyze.submit(
                    group, self.settings, self.throttles
                )
        candidates = self._candidate_tickets()
        by_future = {self.analyzing[group.fingerprint]: group for group in groups}
        analyses: dict[str, Analysis] = {}
        cached = 0
        decisions: list[Decision] = []
        failed: dict[str, str] = {}
        alone: set[str] = set()  # fingerprints looked up on their own
        for done in as_completed(list(by_future)):
            group = by_future[done]
            fp = group.fingerprint
            error = _error_text(done)
            analysis = fall_back(group, error) if error is not None else None
            if analysis is None:
                analysis = _readable_analysis(done.result())
                if analysis is None:
                    analysis = self._analyze_again(group)
                elif done.state.name == "Cached":  # paid for by an earlier run
                    analysis = analysis.model_copy(update={"tokens": 0})
                    cached += 1
            analyses[fp] = analysis
            report_progress("groups analyzed", total=len(groups))
            lookup = self.lookups[fp]
            if _error_text(lookup) is not None and fp not in alone:
                # A batch failed for good (one corrupt record, say): look its groups up one
                # by one, so only the group that cannot be looked up waits for the next run.
                alone.add(fp)
                self._send([fp])
                lookup = self.lookups[fp]
            lookup_error = _error_text(lookup)
            if lookup_error is not None:
                failed[fp] = lookup_error
                continue
            existing = lookup.result().get(fp)
            decisions.append(
                decide_with_candidates(
                    group, analysis, existing, candidates, self.settings, reading
                )
            )
        order = {group.fingerprint: n for n, group in enumerate(groups)}
        decisions.sort(key=lambda d: order[d.fingerprint])
        return Judged(analyses, decisions, failed, cached, candidates)


def _apply(
    judged: Judged,
    by_fp: dict[str, ErrorGroup],
    settings: Settings,
    tracker: Tracker,
    throttles: Throttles,
    storage: WritableFileSystem,
    reading: Reading,
) -> list[GroupOutcome]:
    """ticket: apply each decision unless this is a dry run; one outcome per decision.

    Groups that are one error with a group this run creates a ticket for are applied
    after it, as comments on its new ticket."""
    decisions = split_shared_matches(judged.decisions, judged.analyses, by_fp, settings)
    if settings.dedupe.similarity_threshold < 1:
        threshold = settings.dedupe.similarity_threshold
        decisions = fold_similar_creates(
            decisions, judged.analyses, by_fp, threshold, settings.grouping.frame_rules
        )
        decisions = link_possible_regressions(decisions, by_fp, judged.candidates, settings)
    decisions = apply_cap(decisions, judged.analyses, by_fp, settings.ticketing.max_tickets_per_run)
    held = {d.fingerprint for d in decisions if d.held}
    decisions = [_held_with(d) if d.follows in held else d for d in decisions]
    applied: dict[str, PrefectFuture[Applied]] = {}
    unapplied: dict[str, str] = {}  # followers whose leader's ticket was not created
    if not settings.ticketing.dry_run:
        apply = apply_ticket_decision.with_options(result_storage=storage, **_retrying(settings))

        def submit(d: Decision) -> PrefectFuture[Applied]:
            group, analysis = by_fp[d.fingerprint], judged.analyses[d.fingerprint]
            return apply.submit(d, group, analysis, settings, throttles, reading)

        # A match still gets its label, so a skip with a match is applied too.
        wanted = [d for d in decisions if d.action != "skip" or d.match_score is not None]
        applied = {d.fingerprint: submit(d) for d in wanted if not d.follows}
        for d in wanted:
            if d.follows:
                leader = applied[d.follows]
                key = leader.result().ticket_key if _error_text(leader) is None else None
                if key is None:
                    unapplied[d.fingerprint] = f"the ticket of group {d.follows} was not created"
                else:
                    applied[d.fingerprint] = submit(d.model_copy(update={"ticket_key": key}))
    done_already = len(decisions) - len(applied) - len(unapplied)
    if done_already:  # skips and dry-run decisions
        report_progress("tickets decided", done_already, total=len(decisions))
    for _ in as_completed(list(applied.values())):
        report_progress("tickets decided", total=len(decisions))

    outcomes: list[GroupOutcome] = []
    for decision in decisions:
        group, analysis = by_fp[decision.fingerprint], judged.analyses[decision.fingerprint]
        future = applied.get(decision.fingerprint)
        error = _error_text(future) if future else unapplied.get(decision.fingerprint)
        done = future.result() if future and error is None else None
        if done is not None:
            decision = done.decision  # what the ticket needed when it was written
        if decision.since is not None:
            # The ticket was told of the events before it: the decision (a report, or
            # occurrences held for the next run) is about the rest.
            group = by_fp[decision.fingerprint] = group.since(decision.since) or group
        key = done.ticket_key if done else decision.ticket_key
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
                ticket_url=tracker.link(key) if key else None,
                applied=done is not None,
                held=decision.held,
                error=error,
            )
        )
    return outcomes


def _held_with(follower: Decision) -> Decision:
    """A follower of a create the cap held back waits with it for a later run."""
    return Decision(
        fingerprint=follower.fingerprint,
        action="skip",
        reason=f"same error as group {follower.follows}, held by the ticket cap",
        held=True,
    )


def _told_despite_failing(
    report: RunReport,
    by_fp: dict[str, ErrorGroup],
    settings: Settings,
    throttles: Throttles,
    reading: Reading,
) -> set[str]:
    """The groups whose write failed but whose ticket has been told of all their events:
    Jira saved a comment whose answer was lost and the retries failed, or a ticket was
    created and linking it failed. Kept, they would be told again by the next run (which
    takes a ticket marked by a finished run as told of none of its events). A group whose
    ticket cannot be read now is kept, as before."""
    wrote = [
        o.fingerprint
        for o in report.outcomes
        if o.error is not None and o.action in ("create", "comment", "reopen")
    ]
    if not wrote:
        return set()
    # The lookup again, as the tickets are now: not the run's first answer.
    recheck = find_existing_tickets.with_options(name="recheck-failed-writes", **_TRANSIENT)
    future = recheck.submit(wrote, settings, throttles)
    if _error_text(future) is not None:
        get_run_logger().warning("could not read the tickets of %d failed writes", len(wrote))
        return set()
    tickets = future.result()
    told = set()
    for fp in wrote:
        ticket = tickets.get(fp)
        mark = ticket.told.get(fp) if ticket is not None else None
        if ticket is not None and mark is not None and mark >= reading.mark(by_fp[fp]):
            get_run_logger().warning(
                "group %s: its ticket %s was told of its events before the error", fp, ticket.key
            )
            told.add(fp)
    return told


def _kept(
    report: RunReport,
    by_fp: dict[str, ErrorGroup],
    pending: list[Pending],
    *,
    told: set[str] | frozenset[str] = frozenset(),
) -> list[Pending]:
    """What this run keeps for the next one: the groups that failed, and those held (the
    cap, a throttle) with their occurrences; each continues the record of an earlier run
    that kept it too. A failed group whose ticket was ``told`` of its events is not kept:
    none of its occurrences is lost."""
    read_through = report.window.end if report.incremental else None
    before = {p.fingerprint: p for p in pending}
    now = report.finished_at or datetime.now(UTC)
    kept: list[Pending] = []

    def keep(fp: str, why: Literal["failed", "held"], reason: str) -> None:
        earlier = before.get(fp)
        if earlier is not None:
            kept.append(
                earlier.kept_again(by_fp[fp], why, reason, now=now, read_through=read_through)
            )
        else:
            group = by_fp[fp]
            kept.append(
                Pending(group=group, why=why, reason=reason, since=now, read_through=read_through)
            )

    for fp, error in report.failures.items():
        if fp not in told:
            keep(fp, "failed", error)
    for o in report.outcomes:
        if o.held and o.error is None:
            keep(o.fingerprint, "held", o.reason)
    return kept


def _publish(report: RunReport, settings: Settings) -> None:
    """The run's markdown summary and its table of decisions, in the Prefect UI."""
    key = f"dogcatcher-{settings.scope.replace('.', '-')}"
    what = f"Dogcatcher triage, {settings.scope}, {report.window.describe()}"
    create_markdown_artifact(markdown=render_report_markdown(report), key=key, description=what)
    create_table_artifact(
        table=report_rows(report), key=f"{key}-decisions", description=f"{what}: decisions"
    )


@flow(
    name=TRIAGE_FLOW,
    flow_run_name=_run_name,
    task_runner=cast(Any, ThreadPoolTaskRunner(max_workers=TASK_WORKERS)),
    log_prints=False,
    timeout_seconds=RUN_TIMEOUT.total_seconds(),
)
def triage_errors(
    profile: str = "local",
    team: str | None = None,
    dry_run: bool | None = None,
    max_tickets: int | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    source_path: str | None = None,
) -> RunReport:
    """Turn the error logs of a window into de-duplicated tickets.

    ``team`` narrows the profile to one of its teams (project, services, cap, fields).
    Parameters left unset come from the profile (then environment, then defaults).
    """
    with collector_tuned_for_a_run():
        return _triage(profile, team, dry_run, max_tickets, since, until, source_path)


def _triage(
    profile: str,
    team: str | None,
    dry_run: bool | None,
    max_tickets: int | None,
    since: datetime | None,
    until: datetime | None,
    source_path: str | None,
) -> RunReport:
    logger = get_run_logger()
    overrides = explicit_overrides(
        dry_run=dry_run, max_tickets=max_tickets, source_path=source_path
    )
    settings = settings_with_block_secrets(profile, overrides, team=team)
    # A meaning model named but not there fails the run here, before anything is read.
    encoder_for(settings.dedupe.meaning_model)
    state = build_run_state(settings)
    started = _now()
    plan = plan_window(settings, state, since, until, started)
    reset_breakers()  # each run trusts the LLM again
    throttles = Throttles.discover(services_of(settings))
    source = build_source(settings)
    tracker = build_tracker(settings)
    dry = settings.ticketing.dry_run
    report = RunReport(
        profile=settings.profile,
        team=settings.team,
        window=plan.window,
        dry_run=dry,
        source=source.description,
        tracker=tracker.description,
        max_tickets=settings.ticketing.max_tickets_per_run,
        incremental=plan.incremental,
        behind=plan.behind,
    )
    logger.info(
        "triage %s over %s from %s", settings.scope, plan.window.describe(), source.description
    )
    if plan.behind:
        logger.warning(
            "catching up: this run reads source.max_window (%s) and leaves %s before now to "
            "the next runs",
            settings.source.max_window,
            plan.behind,
        )

    storage = result_storage(settings)
    judge = Judge(settings, throttles, storage)
    began = time.perf_counter()
    groups, report, tail_ids = _read_groups(settings, plan, throttles, report, judge)
    read_in = time.perf_counter() - began
    pending = state.load_pending(settings.scope)
    read = len(groups)
    # Kept by a finished run this one continues from: none of their events is read again.
    finished = plan.watermark.end if plan.incremental and plan.watermark else None
    unread = [p for p in pending if finished and p.read_through and p.read_through <= finished]
    groups = carry_over(
        groups,
        [p.group for p in pending if p not in unread],
        plan.window,
        max_samples=settings.grouping.max_samples,
        unread=[p.group for p in unread],
    )
    by_fp = {group.fingerprint: group for group in groups}
    logger.info(
        "%d events → %d groups (%d skipped), %d pending from earlier runs",
        report.events_read,
        read,
        report.events_skipped,
        len(pending),
    )

    began = time.perf_counter()
    reading = reading_of(plan, started)
    judged = judge.decide(groups, reading)
    judged_in = time.perf_counter() - began
    began = time.perf_counter()
    outcomes = _apply(judged, by_fp, settings, tracker, throttles, storage, reading)
    release_idle_slots()  # the services' slots this run held go back now, not after `linger`
    logger.info(
        "read %d pages in %.1f s; finished analyzing and looking up %d groups in %.1f s; "
        "applied their decisions in %.1f s",
        report.pages,
        read_in,
        len(groups),
        judged_in,
        time.perf_counter() - began,
    )
    for fp, error in judged.failed.items():
        logger.error("group %s failed before a decision: %s", fp, error)
    fallbacks = {fp: a.fallback_reason for fp, a in judged.analyses.items() if a.fallback_reason}
    for fp, reason in fallbacks.items():
        logger.warning("group %s analyzed by the fallback: %s", fp, reason)

    report = report.model_copy(
        update={
            "finished_at": datetime.now(UTC),
            "groups": len(groups),
            "analyzers": dict(Counter(a.analyzer for a in judged.analyses.values())),
            "llm_tokens": sum(a.tokens for a in judged.analyses.values()),
            "cached_analyses": judged.cached,
            "fallbacks": fallbacks,
            "outcomes": tuple(outcomes),
            "failed_groups": judged.failed,
            "carried_over": len(pending),
        }
    )
    if not dry:
        # What failed is kept and tried again by the next run, and so is what was held
        # (the cap, throttled comments) with its occurrences; so the window is done.
        told = _told_despite_failing(report, by_fp, settings, throttles, reading)
        kept = _kept(report, by_fp, pending, told=told)
        state.update_pending(settings.scope, taken=pending, kept=kept)
        failing = {
            k.fingerprint: FailureStreak(runs=k.runs, since=k.since)
            for k in kept
            if k.why == "failed" and k.runs > 1
        }
        for fp, streak in failing.items():
            logger.error(
                "group %s has failed in %d runs in a row since %s: %s",
                fp,
                streak.runs,
                streak.since.isoformat(timespec="minutes"),
                report.failures[fp],
            )
        report = report.model_copy(update={"pending": len(kept), "failing": failing})
        if plan.incremental and plan.window.end:
            state.save_watermark(settings.scope, Watermark(end=plan.window.end, seen_ids=tail_ids))
            report = report.model_copy(update={"watermark": plan.window.end})
    _publish(report, settings)
    if report.failures:
        _tell_failures(report, settings)
    return report


def _tell_failures(report: RunReport, settings: Settings) -> None:
    """A Prefect event saying that groups failed in this run, for the alert automation
    (``alerts.groups_failed``): the run itself completes, so no state change tells."""
    failures = report.failures
    longest = max((s.runs for s in report.failing.values()), default=1)
    shown = "; ".join(f"{fp}: {error}" for fp, error in list(failures.items())[:3])
    more = f" (and {len(failures) - 3} more)" if len(failures) > 3 else ""
    emit_event(
        event=GROUPS_FAILED,
        resource={
            "prefect.resource.id": f"dogcatcher.scope.{settings.scope}",
            "prefect.resource.name": settings.scope,
            # A label, so an automation can leave previews out (event payloads can't be).
            "dogcatcher.dry-run": str(report.dry_run).lower(),
        },
        payload={
            "failed": len(failures),
            "longest_streak": longest,
            "summary": shown + more,
            "dry_run": report.dry_run,
        },
    )
