"""Seeded workload for performance benchmarks: N Datadog error events from S services in G
true error groups whose sizes follow a Zipf law, streamed lazily in timestamp order.

    .venv/bin/python bench/workload.py --events 1000000 --services 20 --groups 300 --seed 1 \\
        [--zipf 1.1] [--hours 24] [--output events.jsonl] [--no-check]

Same arguments and seed, same events, on any machine. Events are ``data[]`` items of
Datadog's logs search (v2), rendered with the templates and stack renderers of
``bench/grouping_corpus.py`` (Java, Python, Go, Node, Ruby and .NET; ids, numbers,
durations, hosts, pods, IPs, emails and line numbers vary per event).

- Groups: true group ``k`` is template ``k mod T`` of a seeded shuffle of
  :data:`TEMPLATES`, in service ``k mod S``; T is coprime with S, so every (template,
  service) pair is distinct, and each is one group under Dogcatcher's grouping (the
  service is part of a fingerprint).
  Group 0 is the largest: sizes are Zipf(s), rounded so that they sum to N, at least 1 each.
- Times: a group is active over the whole window (steady), from its service's deploy on
  (new), or in one burst; inside that it fires at uniformly random times, drawn in order,
  and the G streams are merged lazily, so memory is O(G) whatever N is.
- Deploys: each service deploys once inside the window; its later events carry a new
  version, build, pods, nodes and line numbers, which grouping must see through.
- PII: a share of events (``pii_share``) gets a second message line with emails, IPs,
  Luhn-valid card numbers and bearer tokens; templates carry more IPs and emails.
- Jira: :func:`seed_jira` files a share of the groups in a ``tests.fakes.jira.JiraFake`` as
  an earlier run would have (some open, some resolved).

The fake Datadog (``tests.fakes.datadog.DatadogLogsFake``) keeps every event in memory and
re-sorts and re-indexes all of them on each ``add_events``: build it once,
``DatadogLogsFake(workload.events())``, rather than page by page.
"""

from __future__ import annotations

import argparse
import heapq
import json
import math
import random
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from grouping_corpus import (
    _ALNUM,
    _EVENT_VALUES,
    _SOURCE,
    _STACKS,
    Template,
    _deploy,
    _pick,
)
from grouping_corpus import TEMPLATES as CORPUS_TEMPLATES

from dogcatcher.analysis import RuleAnalyzer
from dogcatcher.grouping import Fingerprinter, group_events
from dogcatcher.jira import status_marker
from dogcatcher.jira_markup import to_adf, to_wiki
from dogcatcher.models import ErrorGroup, LogEvent, TimeWindow
from dogcatcher.sample_data import _card, _email, _public_ip
from dogcatcher.sanitize import redact, sanitize_events
from dogcatcher.settings import Settings, load_settings
from dogcatcher.ticketing import draft_ticket

if TYPE_CHECKING:
    from tests.fakes.jira import JiraFake

__all__ = [
    "DEFAULT_START",
    "TEMPLATES",
    "GroupingCheck",
    "SeededTicket",
    "TrueGroup",
    "Workload",
    "check_grouping",
    "seed_jira",
    "service_names",
    "zipf_sizes",
]

DEFAULT_START = datetime(2026, 11, 1, tzinfo=UTC)

# --------------------------------------------------------------------------- templates

# Left out of the corpus' templates: service-only variants ("@"), which would merge with
# their base in a shared service, and templates that split into several groups under
# Dogcatcher's grouping at volume: a currency code or a URL slug in the message, an API key
# that is all capitals one time in ~1,500 (it then reads as a name), an EAN-13 barcode that
# passes Luhn (redacted as a card number).
_SPLITTING = frozenset(
    {"j-iae-currency", "j-iae-currency~ise", "n-log-slow-render", "g-log-ratelimit", "g-log-scan"}
)


def _usable(templates: tuple[Template, ...]) -> tuple[Template, ...]:
    seen: set[tuple[str, str, str, tuple[str, ...]]] = set()
    kept = []
    for t in templates:
        key = (t.lang, t.kind, t.message, t.frames)
        if "@" in t.id or t.id in _SPLITTING or key in seen:
            continue
        seen.add(key)
        kept.append(t)
    return tuple(kept)


TEMPLATES: tuple[Template, ...] = _usable(CORPUS_TEMPLATES)

# One word each: a Java package and a .NET namespace are made of the service's name.
_SERVICES = (
    *("billing", "ledger", "reports", "catalog", "search", "media", "gateway", "shipping"),
    *("storefront", "accounts", "loyalty", "pricing", "inventory", "fulfilment", "tax"),
    *("notifications", "checkout", "payments", "orders", "cart", "identity", "sessions"),
    *("reviews", "recommendations", "promotions", "invoicing", "refunds", "returns"),
    *("warehouse", "logistics", "tracking", "messaging", "webhooks", "scheduler"),
    *("analytics", "audit", "subscriptions", "content", "assets", "uploads", "geo"),
    *("quotes", "partners", "vouchers", "wishlist", "support", "feeds", "exports"),
)


def service_names(count: int) -> tuple[str, ...]:
    """``count`` service names: single words, then the same words numbered (billing2...)."""
    return tuple(
        _SERVICES[i % len(_SERVICES)]
        + (str(i // len(_SERVICES) + 1) if i >= len(_SERVICES) else "")
        for i in range(count)
    )


def zipf_sizes(total: int, groups: int, s: float = 1.1) -> list[int]:
    """Group sizes, largest first, proportional to ``1 / rank**s``: at least 1 each and
    summing to ``total`` exactly (largest remainders get the rounding)."""
    if groups < 1 or total < groups:
        raise ValueError(f"need at least one event per group: {total} events, {groups} groups")
    weights = [rank**-s for rank in range(1, groups + 1)]
    scale = (total - groups) / sum(weights)
    shares = [w * scale for w in weights]
    sizes = [1 + int(share) for share in shares]
    order = sorted(range(groups), key=lambda k: (int(shares[k]) - shares[k], k))
    for k in order[: total - sum(sizes)]:
        sizes[k] += 1
    return sorted(sizes, reverse=True)


# --------------------------------------------------------------------------- plan


@dataclass(frozen=True)
class TrueGroup:
    """One true group: a template in one service, its size and when it is active."""

    index: int  # 0 is the largest
    template: Template  # its service is the group's
    size: int
    pattern: str  # steady | new (since its service's deploy) | burst
    start_ms: int
    end_ms: int  # active in [start_ms, end_ms), inside the window

    @property
    def service(self) -> str:
        return self.template.service


_PLACEHOLDER = re.compile(r"\{([a-z_0-9]+)\}")
_SENTINEL = "\x00message\x00"


def _unbrace(text: str) -> str:
    return text.replace("{{", "{").replace("}}", "}")


@dataclass(frozen=True)
class _Rendering:
    """What one group's events share under one deploy of its service, split ahead so that
    an event costs a few joins: literal text at even indexes of ``message``, placeholder
    names at odd ones; ``stack`` joined with the event's message (``None``: no stack)."""

    message: tuple[str, ...]
    stack: tuple[str, ...] | None
    pods: tuple[str, ...]
    hosts: tuple[str, ...]  # the node of each pod
    tags: tuple[tuple[str, ...], ...]  # per pod
    version: str
    logger: str


def _rendering(t: Template, seed: int, deploy: int) -> _Rendering:
    d = _deploy(seed, deploy, t.service)
    if redact(d.release) != d.release:
        # A Ruby release folder (20260903223978) passes Luhn one time in ten and is then
        # redacted as a card number, which moves the frames' fingerprint on that deploy.
        # Changing one digit breaks Luhn.
        d = replace(d, release=d.release[:-1] + str((int(d.release[-1]) + 1) % 10))
    parts = _PLACEHOLDER.split(t.message)
    message = tuple(_unbrace(p) if i % 2 == 0 else p for i, p in enumerate(parts))
    stack = None
    if t.kind and t.frames:
        render = _STACKS[t.lang]
        if len(message) == 1:  # fixed text: the stack is fixed too ("" renders differently)
            stack = (render(t, message[0], d),)
        else:
            stack = tuple(render(t, _SENTINEL, d).split(_SENTINEL))
    source = _SOURCE.get(t.lang, t.lang)
    return _Rendering(
        message=message,
        stack=stack,
        pods=d.pods,
        hosts=tuple(d.hosts[i % len(d.hosts)] for i in range(len(d.pods))),
        tags=tuple(
            (
                "env:production",
                f"version:{d.version}",
                f"git.commit.sha:{d.build}",
                f"pod_name:{pod}",
                f"source:{source}",
            )
            for pod in d.pods
        ),
        version=d.version,
        logger=f"{t.service}.{t.lang}",
    )


# --------------------------------------------------------------------------- PII

_TOKEN_ALPHABET = _ALNUM + "-_"


def _bearer(rng: random.Random) -> str:
    return _pick(rng, _TOKEN_ALPHABET, rng.randint(32, 48))


_PII_VALUES: dict[str, Callable[[random.Random], str]] = {
    "email": _email,
    "ip": _public_ip,
    "card": _card,
    "bearer": _bearer,
}
# A second message line, where frameworks put the request's context.
_PII_LINES = tuple(
    (line, tuple(_PLACEHOLDER.findall(line)))
    for line in (
        "request: POST /api/v1/orders from {ip} for customer {email}",
        "request headers: Authorization: Bearer {bearer}; X-Forwarded-For: {ip}",
        "payment context: card {card} holder {email}",
        "client {ip} sent card_number={card}",
        "user {email} (Authorization: Bearer {bearer})",
        'payload: {{"email": "{email}", "card": "{card}", "ip": "{ip}"}}',
        "forwarded for {ip}",
        "customer contact {email}",
    )
)


def _pii_line(rng: random.Random, counts: Counter[str]) -> str:
    line, names = rng.choice(_PII_LINES)
    values = {name: _PII_VALUES[name](rng) for name in names}
    counts.update(names)
    return _unbrace(_PLACEHOLDER.sub(lambda m: values[m.group(1)], line))


def _message(r: _Rendering, pod: int, rng: random.Random) -> str:
    """The rendering's message with this event's values (one value per name)."""
    parts = r.message
    if len(parts) == 1:
        return parts[0]
    values: dict[str, str] = {}
    out = []
    for i, part in enumerate(parts):
        if i % 2 == 0:
            out.append(part)
            continue
        value = values.get(part)
        if value is None:
            value = values[part] = r.pods[pod] if part == "pod" else _EVENT_VALUES[part](rng)
        out.append(value)
    return "".join(out)


def _event(
    event_id: str,
    timestamp: str,
    template: Template,
    r: _Rendering,
    pod: int,
    message: str,
    rng: random.Random,
) -> dict[str, Any]:
    """One ``data[]`` item; as in Datadog, ``message`` is an error's first line only."""
    attrs: dict[str, Any] = {"logger": {"name": r.logger}}
    first_line = message
    if template.kind:
        error = {"kind": template.kind, "message": message}
        if r.stack is not None:
            error["stack"] = message.join(r.stack)
        attrs["error"] = error
        first_line = message.partition("\n")[0]
    attrs["dd"] = {"trace_id": str(rng.getrandbits(63)), "version": r.version}
    return {
        "id": event_id,
        "type": "log",
        "attributes": {
            "timestamp": timestamp,
            "message": first_line,
            "service": template.service,
            "host": r.hosts[pod],
            "status": "error",
            "tags": list(r.tags[pod]),
            "attributes": attrs,
        },
    }


# --------------------------------------------------------------------------- workload


class Workload:
    """The plan of a workload (cheap to build: O(groups)) and lazy streams of its events.

    ``events`` events in [``start``, ``start`` + ``hours``) from ``services`` services, in
    ``groups`` true groups of Zipf(``zipf_s``) sizes; a share ``pii_share`` of the events
    carries a line of PII. Raises ``ValueError`` for fewer events than groups, or more
    groups than the services can hold apart.
    """

    def __init__(
        self,
        events: int = 100_000,
        services: int = 10,
        groups: int = 100,
        seed: int = 1,
        *,
        zipf_s: float = 1.1,
        start: datetime = DEFAULT_START,
        hours: float = 24.0,
        pii_share: float = 0.08,
    ) -> None:
        if services < 1 or hours <= 0 or not 0 <= pii_share <= 1:
            raise ValueError("need services >= 1, hours > 0 and 0 <= pii_share <= 1")
        self.event_count = events
        self.seed = seed
        self.zipf_s = zipf_s
        self.pii_share = pii_share
        self.start = start.astimezone(UTC)
        self.end = self.start + timedelta(hours=hours)
        self.services = service_names(services)
        # T coprime with S: group k's pair (k mod T, k mod S) is unique for k < T * S.
        t_count = next(n for n in range(len(TEMPLATES), 0, -1) if math.gcd(n, services) == 1)
        if groups > t_count * services:
            raise ValueError(
                f"{groups} groups need more services: {services} services hold at most "
                f"{t_count * services} distinct groups ({t_count} templates each)"
            )
        plan = random.Random(f"{seed}/plan")
        templates = list(TEMPLATES)
        plan.shuffle(templates)
        start_ms = round(self.start.timestamp() * 1000)
        end_ms = round(self.end.timestamp() * 1000)
        span = end_ms - start_ms
        # Each service deploys once, somewhere in the middle 60% of the window.
        self.deploys_ms = {
            name: start_ms + int(span * plan.uniform(0.2, 0.8)) for name in self.services
        }
        true_groups = []
        for k, size in enumerate(zipf_sizes(events, groups, zipf_s)):
            service = self.services[k % services]
            template = replace(templates[k % t_count], service=service)
            roll = plan.random()
            if roll < 0.15:  # an error the deploy brought in
                pattern, lo, hi = "new", self.deploys_ms[service], end_ms
            elif roll < 0.30:  # an incident: 1 to 10% of the window
                length = max(1, int(span * plan.uniform(0.01, 0.10)))
                lo = start_ms + plan.randrange(span - length + 1)
                pattern, hi = "burst", lo + length
            else:
                pattern, lo, hi = "steady", start_ms, end_ms
            true_groups.append(TrueGroup(k, template, size, pattern, lo, hi))
        self.groups: tuple[TrueGroup, ...] = tuple(true_groups)
        self._renderings: dict[tuple[int, int], _Rendering] = {}
        self._fingerprints: dict[int, str] = {}

    @property
    def window(self) -> TimeWindow:
        """The half-open window every event falls in."""
        return TimeWindow(start=self.start, end=self.end)

    # --- events ------------------------------------------------------------------------

    def _rendering_of(self, group: TrueGroup, deploy: int) -> _Rendering:
        """The group's rendering before (0) or after (1) its service's deploy."""
        key = (group.index, deploy)
        found = self._renderings.get(key)
        if found is None:
            found = self._renderings[key] = _rendering(group.template, self.seed, deploy)
        return found

    def _times(self, group: TrueGroup) -> Iterator[tuple[int, int]]:
        """(ms, group index) of the group's events, ascending: the minimum of i uniforms
        left in [x, 1) is x + (1 - x)(1 - U^(1/i)), drawn one at a time."""
        rand = random.Random(f"{self.seed}/times/{group.index}").random
        lo, span, last = group.start_ms, group.end_ms - group.start_ms, group.end_ms - 1
        index = group.index
        x = 0.0
        for i in range(group.size, 0, -1):
            x += (1.0 - x) * (1.0 - rand() ** (1.0 / i))
            yield min(lo + int(x * span), last), index

    def labeled_events(
        self, pii_counts: Counter[str] | None = None
    ) -> Iterator[tuple[int, dict[str, Any]]]:
        """(true group index, event) for every event, in timestamp order, then id order.

        ``pii_counts``, when given, counts the PII values put in by type (email, ip, card,
        bearer); the IPs and emails of the templates' own messages are not counted.
        """
        counts = pii_counts if pii_counts is not None else Counter()
        rng = random.Random(f"{self.seed}/events")
        rand, randrange = rng.random, rng.randrange
        groups = self.groups
        deploys = [self.deploys_ms[g.service] for g in groups]
        prefix = f"AQAAAZ{self.seed % 10000:04d}"
        pii_share = self.pii_share
        second, stamp = -1, ""
        merged = heapq.merge(*(self._times(g) for g in groups))
        for n, (ms, k) in enumerate(merged):
            group = groups[k]
            r = self._rendering_of(group, 1 if ms >= deploys[k] else 0)
            pod = randrange(len(r.pods))
            message = _message(r, pod, rng)
            if message and rand() < pii_share:
                message = f"{message}\n{_pii_line(rng, counts)}"
            if ms // 1000 != second:  # one strftime per second of the stream
                second = ms // 1000
                stamp = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(second))
            timestamp = f"{stamp}.{ms % 1000:03d}Z"
            yield k, _event(f"{prefix}{n:012d}", timestamp, group.template, r, pod, message, rng)

    def events(self, pii_counts: Counter[str] | None = None) -> Iterator[dict[str, Any]]:
        """Every event, lazily, in timestamp order (see :meth:`labeled_events`)."""
        for _, event in self.labeled_events(pii_counts):
            yield event

    def batches(
        self, size: int = 5000, pii_counts: Counter[str] | None = None
    ) -> Iterator[list[dict[str, Any]]]:
        """The events in consecutive lists of ``size`` (the last may be shorter)."""
        batch: list[dict[str, Any]] = []
        for event in self.events(pii_counts):
            batch.append(event)
            if len(batch) == size:
                yield batch
                batch = []
        if batch:
            yield batch

    def write_jsonl(self, path: Path, pii_counts: Counter[str] | None = None) -> int:
        """Write the events to ``path``, one JSON object per line, streaming; the count."""
        encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
        n = 0
        lines: list[str] = []  # encoded text: unlike a list of events, no work for the GC
        with path.open("w", encoding="utf-8", newline="\n") as out:
            for event in self.events(pii_counts):
                lines.append(encode(event))
                if len(lines) == 10_000:
                    out.write("\n".join(lines) + "\n")
                    n += len(lines)
                    lines.clear()
            if lines:
                out.write("\n".join(lines) + "\n")
                n += len(lines)
        return n

    # --- groups as Dogcatcher sees them -------------------------------------------------

    def earlier_group(self, index: int, *, occurrences: int, last_seen: datetime) -> ErrorGroup:
        """Group ``index`` as an earlier run grouped it: three of its events half an hour
        apart up to ``last_seen``, sanitized and grouped by Dogcatcher's own code, with its
        count set to ``occurrences``."""
        group = self.groups[index]
        rng = random.Random(f"{self.seed}/earlier/{index}")
        r = self._rendering_of(group, 0)
        raw = []
        for i in range(3):
            at = last_seen - timedelta(minutes=30 * (2 - i))
            pod = rng.randrange(len(r.pods))
            timestamp = at.astimezone(UTC).isoformat().replace("+00:00", "Z")
            message = _message(r, pod, rng)
            raw.append(
                _event(f"earlier-{index}-{i}", timestamp, group.template, r, pod, message, rng)
            )
        clean, _ = sanitize_events(LogEvent.from_datadog(event) for event in raw)
        found = group_events(clean)
        if len(found) != 1:  # never seen; TEMPLATES leaves out the templates that split
            raise RuntimeError(f"group {index} ({group.template.id}) split: {len(found)}")
        return found[0].model_copy(update={"count": occurrences})

    def fingerprint(self, index: int) -> str:
        """Group ``index``'s fingerprint, as Dogcatcher computes it."""
        found = self._fingerprints.get(index)
        if found is None:
            earlier = self.earlier_group(index, occurrences=1, last_seen=self.start)
            found = self._fingerprints[index] = earlier.fingerprint
        return found

    def fingerprints(self) -> list[str]:
        """Every true group's fingerprint, by group index."""
        return [self.fingerprint(k) for k in range(len(self.groups))]


# --------------------------------------------------------------------------- checks


@dataclass(frozen=True)
class GroupingCheck:
    """How Dogcatcher's grouping (sanitize, then fingerprint) splits the true groups."""

    events: int
    true_groups: int
    dogcatcher_groups: int
    split: tuple[int, ...]  # true groups spread over several fingerprints
    merged: tuple[int, ...]  # true groups sharing a fingerprint with another
    redactions: dict[str, int]
    # For split and merged groups: (events, message template) under each fingerprint.
    fragments: dict[int, tuple[tuple[int, str], ...]]


def check_grouping(workload: Workload, page_size: int = 5000) -> GroupingCheck:
    """Stream the workload through sanitize and fingerprinting page by page, as a run
    does, and compare the fingerprints with the true groups (memory: O(groups))."""
    keyer = Fingerprinter()
    pairs: dict[tuple[int, str], list[Any]] = {}  # (group, fingerprint) -> [events, template]
    redactions: Counter[str] = Counter()
    events = 0
    labels: list[int] = []
    page: list[LogEvent] = []

    def flush() -> None:
        clean, found = sanitize_events(page)
        redactions.update(found)
        for label, event in zip(labels, clean, strict=True):
            fp, _, template, _ = keyer.key(event)
            seen = pairs.get((label, fp))
            if seen is None:
                pairs[(label, fp)] = [1, template]
            else:
                seen[0] += 1
        page.clear()
        labels.clear()

    for label, raw in workload.labeled_events():
        labels.append(label)
        page.append(LogEvent.from_datadog(raw))
        events += 1
        if len(page) == page_size:
            flush()
    flush()
    by_group: Counter[int] = Counter(label for label, _ in pairs)
    by_fp: dict[str, set[int]] = {}
    for label, fp in pairs:
        by_fp.setdefault(fp, set()).add(label)
    split = tuple(sorted(k for k, n in by_group.items() if n > 1))
    merged = tuple(sorted({k for ks in by_fp.values() if len(ks) > 1 for k in ks}))
    return GroupingCheck(
        events=events,
        true_groups=len(by_group),
        dogcatcher_groups=len(by_fp),
        split=split,
        merged=merged,
        redactions=dict(redactions),
        fragments={
            k: tuple(sorted((tuple(v) for (g, _), v in pairs.items() if g == k), reverse=True))
            for k in (*split, *merged)
        },
    )


# --------------------------------------------------------------------------- Jira


@dataclass(frozen=True)
class SeededTicket:
    """An issue :func:`seed_jira` filed for a true group."""

    key: str
    group: int
    fingerprint: str
    resolved: bool
    occurrences: int
    last_seen: datetime


def seed_jira(
    fake: JiraFake,
    workload: Workload,
    *,
    ticketed_share: float = 0.3,
    resolved_share: float = 0.3,
    settings: Settings | None = None,
) -> list[SeededTicket]:
    """File ``ticketed_share`` of the workload's groups in ``fake`` as an earlier run of
    Dogcatcher would have, ``resolved_share`` of them since resolved (status Done).

    Each issue is ``draft_ticket`` of the group as grouped before the window, analyzed by
    ``RuleAnalyzer``, under ``settings`` (default: the testing profile; its tracker's
    project is added to the fake if missing, and its deployment picks ADF or wiki markup);
    the description ends with the status marker, as ``JiraTracker.create`` writes it. The
    groups were last seen 3 to 10 days before the window, so a run over it finds new
    occurrences: a comment for an open ticket, a reopen for a resolved one.
    """
    settings = settings or load_settings("testing")
    tracker = settings.tracker
    if tracker.project not in fake.projects:
        fake.add_project(tracker.project)
    body = to_adf if tracker.deployment == "cloud" else to_wiki
    rng = random.Random(f"{workload.seed}/jira")
    count = len(workload.groups)
    chosen = sorted(rng.sample(range(count), round(count * ticketed_share)))
    resolved = set(rng.sample(chosen, round(len(chosen) * resolved_share)))
    analyzer = RuleAnalyzer()
    seeded = []
    for k in chosen:
        last_seen = workload.start - timedelta(days=rng.uniform(3, 10))
        last_seen = last_seen.replace(microsecond=last_seen.microsecond // 1000 * 1000)
        occurrences = rng.randint(1, max(1, workload.groups[k].size))
        group = workload.earlier_group(k, occurrences=occurrences, last_seen=last_seen)
        draft = draft_ticket(group, analyzer.analyze(group), settings)
        filed = last_seen + timedelta(minutes=rng.randint(5, 120))
        done = k in resolved
        issue = fake.seed_issue(
            draft.summary,
            project=draft.project,
            issuetype=draft.issue_type,
            description=body(f"{draft.description}\n\n{status_marker(occurrences, last_seen)}"),
            labels=draft.labels,
            priority=draft.priority,
            components=draft.components,
            status="Done" if done else "To Do",
            created=filed,
            updated=filed + timedelta(hours=rng.uniform(1, 48)) if done else filed,
        )
        seeded.append(SeededTicket(issue.key, k, group.fingerprint, done, occurrences, last_seen))
    return seeded


# --------------------------------------------------------------------------- CLI


def _tally(counts: Mapping[str, int]) -> str:
    """``1,234 (card 12, email 1,222)``."""
    parts = ", ".join(f"{name} {n:,}" for name, n in sorted(counts.items()))
    return f"{sum(counts.values()):,} ({parts or 'none'})"


def _summary(workload: Workload, pii: Counter[str], seconds: float) -> list[str]:
    sizes = [g.size for g in workload.groups]
    patterns = Counter(g.pattern for g in workload.groups)
    active = {g.service for g in workload.groups}
    kinds = ", ".join(f"{n} {pattern}" for pattern, n in sorted(patterns.items()))
    return [
        f"events         {workload.event_count:,} in {seconds:.1f} s"
        f" ({workload.event_count / seconds:,.0f}/s)",
        f"window         {workload.window.describe()}",
        f"services       {len(workload.services)} ({len(active)} with errors)",
        f"true groups    {len(sizes)} ({kinds})",
        f"zipf s={workload.zipf_s:<6g}  head {sizes[:5]}  median {statistics.median(sizes):g}"
        f"  tail {sizes[-5:]}",
        f"pii injected   {_tally(pii)}",
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--services", type=int, default=10)
    parser.add_argument("--groups", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--zipf", type=float, default=1.1, help="Zipf exponent s")
    parser.add_argument("--start", type=datetime.fromisoformat, default=DEFAULT_START)
    parser.add_argument("--hours", type=float, default=24.0, help="length of the window")
    parser.add_argument("--pii-share", type=float, default=0.08, help="events with a PII line")
    parser.add_argument("--output", type=Path, help="write the events here as JSONL")
    parser.add_argument(
        "--no-check", action="store_true", help="skip grouping the events with Dogcatcher"
    )
    args = parser.parse_args()
    start = args.start if args.start.tzinfo else args.start.replace(tzinfo=UTC)
    workload = Workload(
        args.events,
        args.services,
        args.groups,
        args.seed,
        zipf_s=args.zipf,
        start=start,
        hours=args.hours,
        pii_share=args.pii_share,
    )
    pii: Counter[str] = Counter()
    began = time.perf_counter()
    if args.output:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        workload.write_jsonl(args.output, pii)
    else:
        for _ in workload.events(pii):
            pass
    lines = _summary(workload, pii, time.perf_counter() - began)
    if args.output:
        lines.append(f"written        {args.output} ({args.output.stat().st_size / 1e6:,.0f} MB)")
    print("\n".join(lines), flush=True)
    if args.no_check:
        return 0
    began = time.perf_counter()
    check = check_grouping(workload)
    print(
        f"dogcatcher     {check.dogcatcher_groups} groups of {check.true_groups} true:"
        f" {len(check.split)} split, {len(check.merged)} merged"
        f" (sanitize + fingerprint {time.perf_counter() - began:.1f} s)\n"
        f"redactions     {_tally(check.redactions)}"
    )
    for k, fragments in check.fragments.items():
        group = workload.groups[k]
        print(f"  group {k} ({group.template.id} in {group.service}, {group.size} events):")
        for count, template in fragments:
            print(f"    {count:>9,}  {template}")
    return 1 if check.split or check.merged else 0


if __name__ == "__main__":
    raise SystemExit(main())
