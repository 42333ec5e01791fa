"""Rendering a run report for people: the markdown artifact in Prefect's UI."""

from __future__ import annotations

from collections import Counter

from dogcatcher.models import RunReport

__all__ = ["render_report_markdown", "report_rows"]


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_report_markdown(report: RunReport) -> str:
    """Counts per stage, then a table of groups with their decision and ticket key."""
    actions = report.count_actions()
    mode = "DRY RUN: previewed, nothing written" if report.dry_run else "applied"
    lines = [
        f"# Dogcatcher run: {report.profile}" + (f", team {report.team}" if report.team else ""),
        "",
        f"Window {report.window.describe()} · source {report.source} · "
        f"tracker {report.tracker} · {mode}",
        "",
        "| stage | count |",
        "|---|---|",
        f"| pages fetched | {report.pages} |",
        f"| events read | {report.events_read} |",
        f"| events skipped (malformed) | {report.events_skipped} |",
        f"| events already counted by the previous run | {report.duplicates} |",
        f"| redactions | {sum(report.redactions.values())} |",
        f"| groups | {report.groups} |",
        f"| analyzed | {sum(report.analyzers.values())} "
        f"({', '.join(f'{k}: {v}' for k, v in sorted(report.analyzers.items())) or 'none'}) |",
        f"| analyses reused from the cache | {report.cached_analyses} |",
        f"| LLM tokens | {report.llm_tokens} |",
        f"| LLM fallbacks | {len(report.fallbacks)} |",
        f"| tickets created | {actions['create']} (cap {report.max_tickets}) |",
        f"| commented | {actions['comment']} |",
        f"| reopened | {actions['reopen']} |",
        f"| skipped | {actions['skip']} |",
        f"| failed | {len(report.failures)} |",
        f"| pending groups of earlier runs tried again | {report.carried_over} |",
        f"| kept for the next run | {report.pending} |",
    ]
    if report.behind:
        hours = report.behind.total_seconds() / 3600
        lines.append(f"| hours left to later runs (catching up: source.max_window) | {hours:.1f} |")
    if report.failures:
        lines += ["", "## Failed groups, kept for the next run", ""]
        for fp, error in report.failures.items():
            streak = report.failing.get(fp)
            again = (
                f" (failed in {streak.runs} runs in a row, since "
                f"{streak.since.isoformat(timespec='minutes')})"
                if streak
                else ""
            )
            lines.append(f"- `{fp}`{again}: {_cell(error)}")
    if report.fallbacks:
        reasons = Counter(report.fallbacks.values())
        lines += ["", "## LLM fallbacks", ""]
        lines += [f"- {count} group(s): {_cell(reason)}" for reason, count in reasons.items()]
    if report.skipped:
        lines += ["", "## Skipped input", ""]
        lines += [f"- `{s.where}`: {_cell(s.reason)}" for s in report.skipped]
    lines += [
        "",
        "## Groups",
        "",
        "| decision | ticket | events | severity | category | service | title | reason |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for o in report.outcomes:
        decision = o.action if o.error is None else f"{o.action} (failed)"
        reason = o.reason if o.error is None else f"{o.reason}; error: {o.error}"
        ticket = (
            f"[{o.ticket_key}]({o.ticket_url})" if o.ticket_key and o.ticket_url else o.ticket_key
        )
        lines.append(
            f"| {decision} | {ticket or '—'} | {o.count} | {o.severity.value} | "
            f"{o.category.value} | {_cell(o.service)} | {_cell(o.title)} | {_cell(reason)} |"
        )
    return "\n".join(lines) + "\n"


def report_rows(report: RunReport) -> list[dict[str, object]]:
    """One row per group and its decision: the table artifact of a run."""
    return [
        {
            "decision": o.action if o.error is None else f"{o.action} (failed)",
            "ticket": o.ticket_key or "",
            "link": o.ticket_url or "",
            "events": o.count,
            "severity": o.severity.value,
            "category": o.category.value,
            "service": o.service,
            "title": o.title,
            "reason": o.reason if o.error is None else f"{o.reason}; error: {o.error}",
            "fingerprint": o.fingerprint,
        }
        for o in report.outcomes
    ]
