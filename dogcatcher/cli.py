"""The ``dogcatcher`` command."""

from __future__ import annotations

import io
import json
import os
import re
import sys
import traceback
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from dogcatcher.analysis import build_analyzer
from dogcatcher.exceptions import ConfigError, DogcatcherError
from dogcatcher.lines import fingerprint_lines, redact_lines
from dogcatcher.progress import listening
from dogcatcher.settings import (
    PROFILES,
    TEN_YEARS,
    Settings,
    explicit_overrides,
    load_settings,
)
from dogcatcher.sources import build_source
from dogcatcher.state import Pending, RunState, Watermark, build_run_state
from dogcatcher.trackers import LocalTracker, build_tracker
from dogcatcher.watermarks import behind, incremental_window, is_incremental

if TYPE_CHECKING:
    from dogcatcher.models import RunReport

__all__ = ["app", "main", "parse_moment"]

app = typer.Typer(
    help="Turn production errors into de-duplicated, well-written tickets.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def _root() -> None:
    """Turn production errors into de-duplicated, well-written tickets."""


out = Console(soft_wrap=True)  # long lines stay whole when piped or logged
err = Console(stderr=True, soft_wrap=True)

# Prefect's defaults for an interactive run of the embedded default: run logs still reach
# Prefect's API (and UI) at INFO, but the terminal shows only our summary and real errors.
_PREFECT_QUIET = {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    # Errors reach the user through our summary or our one-line error, and anything
    # unexpected still ends in a traceback; Prefect's console copy would only repeat them.
    "PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL": "CRITICAL",
    # The temporary server logs CancelledError tracebacks from its event recorder when it
    # stops after the run; the run is complete by then, so the server's logs stay quiet.
    "PREFECT_SERVER_LOGGING_LEVEL": "CRITICAL",
    "PREFECT_LOGGING_EXTRA_LOGGERS": "dogcatcher",
    # A first start on a fresh PREFECT_HOME takes ~23 s, over Prefect's 20 s default.
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90",
}


def _quiet_prefect() -> None:
    """Prefect's settings of ``_PREFECT_QUIET``, where the environment sets none; before
    Prefect is imported."""
    for name, value in _PREFECT_QUIET.items():
        os.environ.setdefault(name, value)


_DURATION = re.compile(r"^(\d+)([smhdw])$")
_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


def parse_moment(text: str, *, now: datetime | None = None) -> datetime:
    """``2h``/``30m``/``7d`` (that long before now) or an ISO 8601 time (UTC if no zone)."""
    now = now or datetime.now(UTC)
    match = _DURATION.match(text.strip())
    if match:
        try:
            return now - timedelta(**{_UNITS[match.group(2)]: int(match.group(1))})
        except OverflowError:
            raise typer.BadParameter(f"{text!r} is further back than a date can go") from None
    try:
        moment = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        raise typer.BadParameter(
            f"{text!r} is neither a duration like 2h, 30m, 7d nor an ISO time like "
            "2026-11-01T00:00:00Z"
        ) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


class _RichProgress:
    def __init__(self, progress: Progress) -> None:
        self.progress = progress
        self.tasks: dict[str, Any] = {}

    def advance(self, stage: str, amount: int = 1, total: int | None = None) -> None:
        if stage not in self.tasks:
            self.tasks[stage] = self.progress.add_task(stage, total=total)
        self.progress.update(self.tasks[stage], advance=amount, total=total)


def _print_summary(report: RunReport) -> None:
    actions = report.count_actions()
    mode = "[yellow]DRY RUN[/] — nothing was written" if report.dry_run else "applied"
    out.print(f"[bold]Dogcatcher[/] · profile [cyan]{escape(report.profile)}[/] · {mode}")
    since_last = " (continues from the last successful run)" if report.incremental else ""
    out.print(f"window: {report.window.describe()}{since_last}")
    out.print(f"source: {escape(report.source)}")
    out.print(
        f"events: {report.events_read} read, {report.events_skipped} skipped as malformed, "
        f"{sum(report.redactions.values())} redactions · pages: {report.pages}"
    )
    for skip in report.skipped:
        out.print(
            f"  [yellow]skipped[/] {escape(skip.where)}: {escape(skip.reason)}", highlight=False
        )
    if report.events_skipped > len(report.skipped):
        out.print(f"  … and {report.events_skipped - len(report.skipped)} more")
    if report.llm_tokens or report.fallbacks:
        out.print(
            f"analysis: {', '.join(f'{k}: {v}' for k, v in sorted(report.analyzers.items()))}"
            f" · LLM tokens: {report.llm_tokens} · fallbacks: {len(report.fallbacks)}"
        )
    verb = "tickets that would be created" if report.dry_run else "tickets created"
    out.print(
        f"groups: {report.groups} · {verb}: {actions['create']} "
        f"(cap {report.max_tickets}), commented: {actions['comment']}, "
        f"reopened: {actions['reopen']}, skipped: {actions['skip']}"
    )
    if report.outcomes:
        table = Table(show_edge=False, pad_edge=False)
        for column, width in (("decision", 8), ("ticket", 9), ("events", 6), ("severity", 8)):
            table.add_column(column, no_wrap=True, min_width=width)
        table.add_column("title", no_wrap=True, overflow="ellipsis")
        for o in report.outcomes:
            if o.action == "skip" and o.error is None:
                continue  # counted above; every group is listed in the run's artifact
            decision = o.action if o.error is None else f"[red]{o.action} failed[/]"
            # Titles and keys are text from logs and trackers, never markup ("path [/api]").
            table.add_row(
                decision, Text(o.ticket_key or "—"), str(o.count), o.severity.value, Text(o.title)
            )
        if table.row_count:
            out.print(table)
    where = "previewed against" if report.dry_run else "written to"
    out.print(f"tickets {where}: {escape(report.tracker)}")
    if report.duplicates:
        out.print(f"{report.duplicates} event(s) already counted by the previous run were dropped")
    if report.incremental:
        nxt = _minute(report.watermark) if report.watermark else None
        out.print(
            f"next run continues from {nxt}"
            if nxt
            else "the watermark did not move: the next run reads this window again"
        )
        if report.behind:
            out.print(
                f"[yellow]catching up[/]: the {_span(report.behind)} before now are left to the "
                "next runs (source.max_window limits each run's window)"
            )
    for fp, error in report.failures.items():
        streak = report.failing.get(fp)
        again = (
            f"; it has failed in {streak.runs} runs in a row, since {_minute(streak.since)}"
            if streak
            else ""
        )
        out.print(
            f"[red]failed[/] group {fp}: {escape(error)} (retried on the next run{again})",
            highlight=False,
        )


def _minute(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%MZ")


def _minute_of(iso: str) -> str:
    """``_minute`` of a time ``state show --json`` wrote."""
    return _minute(datetime.fromisoformat(iso))


@app.command()
def run(
    profile: Annotated[
        str,
        typer.Option(
            "--profile", "-p", envvar="DOGCATCHER_PROFILE", help=f"one of {', '.join(PROFILES)}"
        ),
    ] = "local",
    dry_run: Annotated[
        bool | None,
        typer.Option("--dry-run/--apply", help="preview every decision and write nothing"),
    ] = None,
    max_tickets: Annotated[
        int | None, typer.Option(min=0, help="cap on tickets created in this run")
    ] = None,
    since: Annotated[
        str | None, typer.Option(help="window start: a duration ago (2h, 7d) or an ISO time")
    ] = None,
    until: Annotated[str | None, typer.Option(help="window end: as --since; default now")] = None,
    source: Annotated[
        Path | None, typer.Option(help="read this JSONL of Datadog events instead")
    ] = None,
    team: Annotated[
        str | None, typer.Option(help="one of the profile's teams: its project, services, cap")
    ] = None,
) -> None:
    """Run the triage flow once and print what it did."""
    now = datetime.now(UTC)
    window_start = parse_moment(since, now=now) if since else None
    window_end = parse_moment(until, now=now) if until else None
    if window_start is not None and window_start >= (window_end or now):
        end = "--until" if window_end is not None else "now"
        raise typer.BadParameter(f"--since {since!r} is not before {end}: the window is empty")
    # Check settings, source and tracker before paying for Prefect's start, so a typo or a
    # missing file fails at once with one line.
    settings = _settings(
        profile,
        explicit_overrides(dry_run=dry_run, max_tickets=max_tickets, source_path=source),
        team=team,
    )
    build_source(settings)
    tracker = build_tracker(settings)
    if isinstance(tracker, LocalTracker):  # cheap to check; every write would fail
        tracker.check_writable()
    _quiet_prefect()
    from flows.setup import check_reachable

    check_reachable()  # else the flow fails to start with a traceback

    from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings

    from flows.triage import triage_errors

    parameters: dict[str, Any] = {
        "profile": profile,
        "team": team,
        "dry_run": dry_run,
        "max_tickets": max_tickets,
        "since": window_start,
        "until": window_end,
        "source_path": str(source) if source else None,
    }
    interactive = err.is_terminal
    progress = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
        disable=not interactive,
    )
    if interactive:
        err.print("[dim]starting Prefect…[/]")
    # The heartbeat only serves remote cancellation; here it would add ~1 s to every run.
    with (
        temporary_settings({PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}),
        progress,
        listening(_RichProgress(progress)),
    ):
        try:
            report = triage_errors(**parameters)
        except TimeoutError as exc:  # Prefect's FlowRunTimeoutError: RUN_TIMEOUT passed
            err.print(
                "[red]error:[/] the run was stopped at its time limit "
                f"({escape(str(exc))}). What it wrote stays; its window is read again by the "
                "next run.",
                highlight=False,
            )
            raise typer.Exit(code=1) from None
    _print_summary(report)
    if report.failures:
        raise typer.Exit(code=1)


@app.command()
def check(
    profile: Annotated[
        str,
        typer.Option(
            "--profile", "-p", envvar="DOGCATCHER_PROFILE", help=f"one of {', '.join(PROFILES)}"
        ),
    ] = "local",
) -> None:
    """Verify each configured service (credentials, reachability, project, model).

    One line per service; exit 1 if any fails."""
    from dogcatcher import semantic  # numpy and the tokenizer: only for this command

    settings = _settings(profile)
    services: list[tuple[str, Callable[[], str]]] = [
        ("source", lambda: build_source(settings).check()),
        ("analyzer", lambda: build_analyzer(settings).check()),
        ("tracker", lambda: build_tracker(settings).check()),
        ("matching", lambda: semantic.check(settings.dedupe.meaning_model)),
        ("prefect", lambda: _verify_prefect(profile)),
    ]
    failed = False
    for name, verify in services:
        try:
            out.print(f"[green]ok[/]     {name:<9}{escape(verify())}", highlight=False)
        except DogcatcherError as exc:
            failed = True
            out.print(f"[red]failed[/] {name:<9}{escape(str(exc))}", highlight=False)
    if failed:
        raise typer.Exit(code=1)


def _verify_prefect(profile: str) -> str:
    _quiet_prefect()
    from flows.setup import verify

    return verify(profile)


@app.command()
def setup(
    profile: Annotated[
        list[str] | None,
        typer.Option("--profile", "-p", help="profiles whose blocks to save; default: all"),
    ] = None,
    resources: Annotated[
        Path | None,
        typer.Option(
            help="work pools, concurrency limits and alerts to create; default: "
            "./deployments/resources.yaml, else the checkout's"
        ),
    ] = None,
) -> None:
    """Create or update the work pools, concurrency limits and blocks deployments need.

    On the Prefect API in PREFECT_API_URL. Safe to run again."""
    _quiet_prefect()
    from flows.setup import set_up

    for line in set_up(list(profile or PROFILES), resources):
        out.print(escape(line), highlight=False)


def _input(path: Path | None) -> Iterator[str]:
    if path is None:
        # As a file is read: bytes that are not UTF-8 become U+FFFD. sys.stdin would hand
        # them on as lone surrogates, which no redaction or output can encode.
        yield from io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="replace")
        return
    try:
        with path.open(encoding="utf-8", errors="replace") as handle:
            yield from handle
    except OSError as exc:
        raise typer.BadParameter(f"cannot read {path}: {exc.strerror or exc}") from None


@app.command()
def fingerprint(
    file: Annotated[Path | None, typer.Argument(help="input; default: standard input")] = None,
    jsonl: Annotated[bool, typer.Option(help="lines are Datadog events, not messages")] = False,
    service: Annotated[str, typer.Option(help="service of plain message lines")] = "unknown",
    frames: Annotated[
        int | None, typer.Option(min=0, max=10, help="stack frames used; default: the profile's")
    ] = None,
    profile: Annotated[
        str | None,
        typer.Option("--profile", "-p", help="whose grouping settings; default: as a run's"),
    ] = None,
) -> None:
    """Print one fingerprint per input line, in order, as a run would group them."""
    settings = load_settings(profile)
    grouping = settings.grouping
    problems: list[str] = []
    write = sys.stdout.write
    for fp in fingerprint_lines(
        _input(file),
        jsonl=jsonl,
        service=service,
        stack_frames=grouping.stack_frames if frames is None else frames,
        frame_rules=grouping.frame_rules,
        extra=settings.sanitize.compiled,
        errors=problems,
    ):
        write(fp + "\n")
    for problem in problems[:20]:
        err.print(f"[yellow]skipped[/] {escape(problem)}", highlight=False)
    if len(problems) > 20:
        err.print(f"… and {len(problems) - 20} more")


@app.command()
def redact(
    file: Annotated[Path | None, typer.Argument(help="input; default: standard input")] = None,
    profile: Annotated[
        str | None,
        typer.Option("--profile", "-p", help="whose sanitize.extra_rules; default: as a run's"),
    ] = None,
) -> None:
    """Write each input line with PII and secrets replaced by typed placeholders."""
    extra = load_settings(profile).sanitize.compiled
    write = sys.stdout.write
    for line in redact_lines(_input(file), extra):
        write(line + "\n")


state_app = typer.Typer(
    help="See and mend what runs leave for the next one: the watermark and pending groups.",
    no_args_is_help=True,
)
app.add_typer(state_app, name="state")

_Profile = Annotated[
    str,
    typer.Option(
        "--profile", "-p", envvar="DOGCATCHER_PROFILE", help=f"one of {', '.join(PROFILES)}"
    ),
]
_Team = Annotated[str | None, typer.Option(help="one of the profile's teams")]


def _settings(
    profile: str,
    overrides: dict[str, dict[str, Any]] | None = None,
    team: str | None = None,
    sections: tuple[str, ...] = ("source", "analyzer", "tracker", "state"),
) -> Settings:
    """A profile's settings as a run sees them: credentials the environment lacks come from
    the Secret blocks `dogcatcher setup` saved, when a Prefect API is set."""
    from prefect.settings import PREFECT_API_URL

    if not PREFECT_API_URL.value():
        return load_settings(profile, overrides, team=team)
    import httpx

    from flows.setup import settings_with_block_secrets

    try:
        return settings_with_block_secrets(profile, overrides, team, sections)
    except httpx.HTTPError as exc:
        raise DogcatcherError(
            f"cannot read the Secret blocks from the Prefect API at {PREFECT_API_URL.value()}: "
            f"{exc}; check PREFECT_API_URL, or set the credentials in the environment"
        ) from None


def _state_settings(profile: str, team: str | None) -> Settings:
    """The settings the state commands use; a Redis password the environment lacks comes
    from the Secret block setup saved, as a run's does."""
    return _settings(profile, team=team, sections=("state",))


def _state_of(profile: str, team: str | None) -> tuple[Settings, RunState]:
    settings = _state_settings(profile, team)
    return settings, build_run_state(settings)


def _span(span: timedelta) -> str:
    minutes = int(span.total_seconds() // 60)
    if minutes < 120:
        return f"{minutes} min"
    hours = minutes // 60
    return f"{hours} h" if hours < 48 else f"{hours // 24} days"


def _ago(moment: datetime, now: datetime) -> str:
    return "in the future" if moment > now else f"{_span(now - moment)} ago"


def _iso(moment: datetime | None) -> str | None:
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z") if moment else None


def _scope_state(settings: Settings, now: datetime) -> dict[str, Any]:
    """What ``state show`` says of one scope, as data (``--json`` prints it as it is)."""
    state = build_run_state(settings)
    incremental = is_incremental(settings)
    watermark = state.load_watermark(settings.scope) if incremental else None
    window = incremental_window(settings, watermark, now) if incremental else None
    return {
        "scope": settings.scope,
        "where": state.description,
        "incremental": incremental,
        "watermark": _iso(watermark.end) if watermark else None,
        "seen_ids": len(watermark.seen_ids) if watermark else 0,
        "next_window": {"start": _iso(window.start), "end": _iso(window.end)} if window else None,
        "behind_seconds": behind(settings, window, now).total_seconds() if window else 0.0,
        "pending": [
            {
                "fingerprint": p.fingerprint,
                "why": p.why,
                "reason": p.reason,
                "since": _iso(p.since),
                "runs": p.runs,
                "events": p.group.count,
                "service": p.group.service,
            }
            for p in state.load_pending(settings.scope)
        ],
    }


def _print_scope(data: dict[str, Any], now: datetime) -> None:
    out.print(
        f"state of [cyan]{escape(data['scope'])}[/]: {escape(data['where'])}", highlight=False
    )
    window = data["next_window"]
    if window is not None:
        reads = f"{_minute_of(window['start'])} → {_minute_of(window['end'])}"
    if not data["incremental"]:
        out.print("watermark: not used (runs of this profile read the window they are given)")
    elif data["watermark"] is None:
        out.print(f"watermark: none; the next run reads {reads} (source.lookback)")
    else:
        end = datetime.fromisoformat(data["watermark"])
        late = timedelta(seconds=data["behind_seconds"])
        catching_up = f"; catching up, {_span(late)} left to later runs" if late else ""
        out.print(
            f"watermark: {_minute(end)} ({_ago(end, now)}); the next run reads {reads}, "
            f"{data['seen_ids']} event id(s) of its overlap with the last run already "
            f"counted{catching_up}"
        )
    pending = data["pending"]
    if not pending:
        out.print("pending groups: none")
        return
    out.print(f"pending groups: {len(pending)} (tried again by the next run)")
    for p in pending:
        why = "[red]failed[/]" if p["why"] == "failed" else "held  "
        runs = f"{p['runs']} run" + ("s" if p["runs"] > 1 else "")
        out.print(
            f"  {p['fingerprint']}  {why}  {runs:>7} in a row since "
            f"{_minute_of(p['since'])}  {p['events']:>6} events  "
            f"{escape(p['service'])}",
            highlight=False,
        )
        out.print(f"      {escape(p['reason'])}", highlight=False)


@state_app.command("show")
def state_show(
    profile: _Profile = "local",
    team: Annotated[
        str | None, typer.Option(help="one of the profile's teams; default: the profile and each")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="print it as JSON, for scripts")] = False,
) -> None:
    """Print the watermark and every pending group, and why each is kept.

    A pending group failed (its error is shown) or was held (the ticket cap, a comment
    throttle); the next run tries it again with its events. "runs in a row" counts the
    runs that kept it. A profile with teams shows its own state and each team's."""
    settings = _state_settings(profile, team)
    scopes = [settings]
    if team is None:
        scopes += [_state_settings(profile, name) for name in settings.teams]
    now = datetime.now(UTC)
    found = [_scope_state(each, now) for each in scopes]
    if as_json:
        sys.stdout.write(json.dumps(found, indent=2) + "\n")
        return
    for index, data in enumerate(found):
        if index:
            out.print()
        _print_scope(data, now)


@state_app.command("drop")
def state_drop(
    fingerprints: Annotated[
        list[str] | None,
        typer.Argument(help="pending groups to drop: fingerprints, or their first 6+ characters"),
    ] = None,
    every: Annotated[bool, typer.Option("--all", help="drop every pending group")] = False,
    profile: _Profile = "local",
    team: _Team = None,
) -> None:
    """Drop pending groups, with their events: no later run tries them again.

    For a group that can never succeed (a ticket field the tracker always refuses), once
    it is dealt with by hand. A group a run changed meanwhile is kept, and named."""
    if bool(fingerprints) == every:
        raise typer.BadParameter("name the pending groups to drop, or give --all")
    settings, state = _state_of(profile, team)
    try:
        pending = state.load_pending(settings.scope)
    except ConfigError as exc:
        if not every:
            raise
        state.clear_pending(settings.scope)  # unreadable: nothing in it can be tried again
        out.print(
            f"dropped every pending group of {settings.scope}: {escape(str(exc))}",
            highlight=False,
        )
        return
    chosen = pending if every else _chosen(pending, fingerprints or [], settings.scope)
    left = state.update_pending(settings.scope, taken=chosen, kept=[])
    still = {p.fingerprint for p in left}
    for p in chosen:
        if p.fingerprint in still:
            out.print(
                f"kept    {p.fingerprint}: a run changed it meanwhile; look again", highlight=False
            )
        else:
            out.print(f"dropped {p.fingerprint} ({p.group.count} events, {p.why})", highlight=False)
    if still & {p.fingerprint for p in chosen}:
        raise typer.Exit(code=1)


def _chosen(pending: list[Pending], names: list[str], scope: str) -> list[Pending]:
    chosen: list[Pending] = []
    for name in names:
        if len(name) < 6:
            raise typer.BadParameter(f"{name!r}: give at least 6 characters of a fingerprint")
        found = [p for p in pending if p.fingerprint.startswith(name)]
        if len(found) != 1:
            what = "no pending group" if not found else f"{len(found)} pending groups"
            raise typer.BadParameter(
                f"{name!r}: {what} of {scope} start with it (dogcatcher state show lists them)"
            )
        chosen += found
    return chosen


@state_app.command("watermark")
def state_watermark(
    moment: Annotated[
        str | None,
        typer.Argument(help="the next run continues from here: an ISO time, or a duration ago"),
    ] = None,
    clear: Annotated[
        bool, typer.Option("--clear", help="forget it: the next run reads source.lookback")
    ] = False,
    force: Annotated[
        bool, typer.Option("--force", help="move it even while a run of the scope is on")
    ] = False,
    profile: _Profile = "local",
    team: _Team = None,
) -> None:
    """Move the watermark back, to read a window again, or forward, to skip one.

    Moving it back counts that window's events again on their tickets. Refused while a run
    of the scope is on (as the Prefect API in PREFECT_API_URL knows): a run that ends later
    writes its own."""
    if (moment is None) == (not clear):
        raise typer.BadParameter("give the time to continue from, or --clear")
    settings, state = _state_of(profile, team)
    if not is_incremental(settings):
        raise typer.BadParameter(
            f"runs of profile {settings.profile} do not continue from a watermark "
            "(source.incremental is off)"
        )
    if not force:
        _quiet_prefect()
        from flows.setup import runs_on

        on = runs_on(settings.profile, team)
        if on:
            raise DogcatcherError(
                f"{len(on)} run(s) of {settings.scope} are on ({', '.join(sorted(on))}); one "
                "that ends later writes its own watermark. Wait for them, or give --force"
            )
    if clear:
        state.clear_watermark(settings.scope)
        out.print(f"watermark of {settings.scope} cleared", highlight=False)
        return
    assert moment is not None
    end = parse_moment(moment)
    if end > datetime.now(UTC):
        raise typer.BadParameter(f"{moment!r} is in the future")
    if end < datetime.now(UTC) - TEN_YEARS:  # a typo; and a year-1 time breaks every run
        raise typer.BadParameter(f"{moment!r} is more than ten years ago")
    state.save_watermark(settings.scope, Watermark(end=end))
    out.print(
        f"watermark of {settings.scope} set to {_minute(end)}: the next run reads from "
        f"{_minute(end - settings.source.late_margin)}",
        highlight=False,
    )


def main() -> None:
    """Entry point: clear one-line errors for what we know can go wrong."""
    # Before anything imports Prefect (reading a profile's block secrets does), which sets
    # up its logging from the environment of that moment.
    _quiet_prefect()
    try:
        app()
    except DogcatcherError as exc:
        err.print(f"[red]error:[/] {escape(str(exc))}", highlight=False)
        sys.exit(2)
    except Exception as exc:  # a bug: its own exit status, never 1 or 2
        # 1 says a run ended with groups failed (retried next run), 2 a problem named above;
        # a script or CI must not take a crash for either.
        traceback.print_exc()
        err.print(
            f"[red]internal error:[/] {escape(type(exc).__name__)}: {escape(str(exc))} "
            "(a bug in Dogcatcher; the traceback above says where)",
            highlight=False,
        )
        sys.exit(3)
