"""Grouping: sanitized events → error groups with stable fingerprints.

A fingerprint is a hash of the service, the error kind, the message template (variable parts
masked) and the signatures of the top in-app stack frames (file and function, no line
numbers). So ids, numbers, durations, hosts, pods and line shifts of a deploy leave it alone,
while a different exception type or throw site changes it.

Work is done page by page: ``group_events`` folds one page into groups, ``merge_groups``
folds the pages' groups together, so memory holds groups, never a window of events.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from dogcatcher.models import ErrorGroup, LogEvent, StackFrame

__all__ = [
    "Fingerprinter",
    "error_kind_of",
    "fingerprint",
    "group_events",
    "merge_groups",
    "normalize_message",
    "parse_frames",
    "top_frames",
]

MAX_EVENT_IDS = 10
MAX_HOSTS = 20
MAX_TEMPLATE = 500

# Masks, applied in order; each turns one kind of variable part into a placeholder.
# Redaction placeholders (<email>, <ip> …) are already in the text and stay as they are.
_MASKS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\b[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}\b"), "<uuid>"),
    # Prefixed random object ids (Stripe's ch_3oi5Zpdg…, req_PGgxyIJ27…): mixed case sets
    # them apart from snake_case words (rate_limit, insufficient_funds).
    (
        re.compile(r"\b[a-z]{2,8}_(?=[A-Za-z0-9]*[A-Z])(?=[A-Za-z0-9]*[a-z])[A-Za-z0-9]{10,}\b"),
        "<id>",
    ),
    (re.compile(r"(?:/tmp|/var/tmp|/private/var/folders)/[^\s'\"]+"), "<path>"),
    (re.compile(r"\bip-\d+-\d+-\d+-\d+(?:\.[\w.-]+)?"), "<host>"),
    # Kubernetes pod names: <deployment>-<replicaset hash>-<5 chars>. Requiring a digit in
    # hash or suffix keeps kebab-case words (feature-flag-checkout-guard) intact.
    (
        re.compile(
            r"\b[a-z][a-z0-9-]*-(?=[a-z0-9]{0,9}\d|[a-z0-9]{8,10}-[a-z0-9]{0,4}\d)"
            r"[a-z0-9]{8,10}-[a-z0-9]{5}\b"
        ),
        "<pod>",
    ),
    (re.compile(r"\b0x[0-9a-fA-F]+\b"), "<hex>"),
    (re.compile(r"\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{6,}\b"), "<hex>"),
    (
        re.compile(r"\b\d+(?:\.\d+)?\s?(?:ms|us|µs|ns|s|sec|secs|seconds|m|min|mins|h)\b"),
        "<duration>",
    ),
    # Numbers, except error codes glued to a prefix (ORA-00060, E1234) and HTTP status codes
    # after a status word, in any case ("Status 503", "code: 404"): those tell errors apart.
    (
        re.compile(
            r"(?<![\w-])(?i:(?<!status )(?<!status=)(?<!status: )(?<!HTTP )"
            r"(?<!code )(?<!code=)(?<!code: ))[-+]?\d+(?:[.,]\d+)*\b"
        ),
        "<num>",
    ),
)
_SPACES = re.compile(r"\s+")
# "+44 7700 900674" → one <num>, however a phone number or amount is spaced.
_NUM_RUN = re.compile(r"<num>(?:[ -]+<num>)+")


def normalize_message(text: str) -> str:
    """The template of a message: its first line with variable parts masked."""
    line = text.strip().split("\n", 1)[0]
    for pattern, placeholder in _MASKS:
        line = pattern.sub(placeholder, line)
    line = _NUM_RUN.sub("<num>", line)
    return _SPACES.sub(" ", line).strip()[:MAX_TEMPLATE]


# --- stack frames -------------------------------------------------------------------------

_JAVA_FRAME = re.compile(r"^\s*at ([\w$.<>/]+)\(([^:)]*)(?::(\d+))?\)", re.M)
_PY_FRAME = re.compile(r'^\s*File "([^"]+)", line (\d+), in (\S+)', re.M)
_NODE_FRAME = re.compile(r"^\s*at (?:(.+?) \()?([^()\s]+?):(\d+):\d+\)?\s*$", re.M)
_JAVA_FILE = re.compile(r"\(\w[\w$]*\.(?:java|kt|scala)(?::\d+)?\)")
_GO_FRAME = re.compile(r"^([\w./*()-]+)\(.*\)\n\t(\S+\.go):(\d+)", re.M)

_JAVA_LIBRARY = (
    "java.",
    "javax.",
    "jdk.",
    "sun.",
    "com.sun.",
    "kotlin.",
    "scala.",
    "org.springframework.",
    "org.apache.",
    "org.hibernate.",
    "io.netty.",
    "reactor.",
    "com.zaxxer.",
)
_PY_LIBRARY = ("site-packages/", "dist-packages/", "/lib/python", "<frozen")
# Node's own modules print as "node:internal/…" or (before Node 16) a relative
# "internal/…"; an app's own ".../internal/" folder is app code.
_NODE_LIBRARY = ("node:", "internal/")
_GO_LIBRARY = ("/usr/local/go/", "/go/pkg/mod/", "runtime/")
# Hashes in bundle or generated names (main.8f3a2b91.js, $$Lambda$123) would change on
# every build; they are masked inside frame signatures.
_FRAME_NOISE = re.compile(r"(?<=[.$])[0-9a-f]{6,}(?=\.)|\$\$Lambda\$\d+(?:/0x[0-9a-f]+)?|\$\d+")


def _frame(function: str, file: str | None, line: str | None, in_app: bool) -> StackFrame:
    return StackFrame(
        function=_FRAME_NOISE.sub("", function),
        file=_FRAME_NOISE.sub("", file) if file else None,
        line=int(line) if line else None,
        in_app=in_app,
    )


_RawFrame = tuple[str, str | None, str | None, bool]  # function, file, line, in_app


def _raw_frames(stack: str) -> Iterator[_RawFrame]:
    """Frames as plain tuples, innermost first, lazily: callers that want the top few stop
    early, which matters for the deep stacks of Java services."""
    if "Traceback (most recent call last)" in stack or 'File "' in stack:
        python = _PY_FRAME.findall(stack)
        for path, line, func in reversed(python):  # Python prints the innermost frame last
            yield func, path, line, not any(m in path for m in _PY_LIBRARY)
        return
    if "goroutine " in stack or ".go:" in stack:
        for m in _GO_FRAME.finditer(stack):
            func, path, line = m.groups()
            yield func, path, line, not any(m in path or func.startswith(m) for m in _GO_LIBRARY)
        return
    if _JAVA_FILE.search(stack):
        for m in _JAVA_FRAME.finditer(stack):
            func, file, line = m.groups()
            yield func, file or None, line, not func.startswith(_JAVA_LIBRARY)
        return
    for m in _NODE_FRAME.finditer(stack):
        func, path, line = m.groups()
        in_app = not (path.startswith(_NODE_LIBRARY) or "node_modules/" in path)
        yield func or "<anonymous>", path, line, in_app


def parse_frames(stack: str) -> list[StackFrame]:
    """Frames of a Java, Python, Node or Go stack trace, innermost (throw site) first."""
    return [_frame(*raw) for raw in _raw_frames(stack)]


def top_frames(stack: str, n: int) -> tuple[StackFrame, ...]:
    """The ``n`` innermost in-app frames; the innermost frames of any kind if none is."""
    in_app: list[_RawFrame] = []
    first: list[_RawFrame] = []
    for raw in _raw_frames(stack):
        if len(first) < n:
            first.append(raw)
        if raw[3]:
            in_app.append(raw)
            if len(in_app) == n:
                break
    return tuple(_frame(*raw) for raw in (in_app or first)[:n])


_KIND_LINE = re.compile(
    r"^(?:Caused by: )?([A-Za-z_][\w.$]*(?:Error|Exception|Throwable|Exit|Interrupt|Warning"
    r"|Detected|Violation|Failure|Fault))(?::|$)",
    re.M,
)


def error_kind_of(event: LogEvent) -> str | None:
    """The error's type: ``error.kind`` when present, else read off the stack or message."""
    if event.error_kind:
        return event.error_kind
    stack = event.error_stack or ""
    if stack.startswith("panic:") or "\npanic:" in stack:
        return "panic"
    text = stack or event.message
    found: list[str] = _KIND_LINE.findall(text)
    if not found:
        return None
    # Python names the exception on its last line; the others on their first.
    return found[-1] if "Traceback (most recent call last)" in text else found[0]


def fingerprint(service: str, kind: str | None, template: str, frames: Sequence[StackFrame]) -> str:
    """A stable 16-hex-digit id of one distinct error."""
    parts = [service, kind or "", template, *(frame.signature() for frame in frames)]
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:16]


# --- accumulation -------------------------------------------------------------------------


@dataclass
class _Builder:
    fingerprint: str
    kind: str | None
    template: str
    frames: tuple[StackFrame, ...]
    first_seen: datetime
    last_seen: datetime
    stack: str | None
    count: int = 0
    services: Counter[str] = field(default_factory=Counter)
    hosts: Counter[str] = field(default_factory=Counter)
    envs: set[str] = field(default_factory=set)
    samples: list[str] = field(default_factory=list)
    event_ids: list[str] = field(default_factory=list)

    def add(self, event: LogEvent, max_samples: int) -> None:
        self.count += 1
        self.first_seen = min(self.first_seen, event.timestamp)
        self.last_seen = max(self.last_seen, event.timestamp)
        self.services[event.service] += 1
        if event.host and (event.host in self.hosts or len(self.hosts) < MAX_HOSTS):
            self.hosts[event.host] += 1
        if event.env:
            self.envs.add(event.env)
        sample = event.message.strip()
        if len(self.samples) < max_samples and sample not in self.samples:
            self.samples.append(sample)
        if len(self.event_ids) < MAX_EVENT_IDS:
            self.event_ids.append(event.id)

    def build(self) -> ErrorGroup:
        return ErrorGroup(
            fingerprint=self.fingerprint,
            error_kind=self.kind,
            template=self.template,
            count=self.count,
            first_seen=self.first_seen,
            last_seen=self.last_seen,
            services=tuple(name for name, _ in self.services.most_common()),
            hosts=tuple(name for name, _ in self.hosts.most_common()),
            envs=tuple(sorted(self.envs)),
            samples=tuple(self.samples),
            stack=self.stack,
            top_frames=self.frames,
            event_ids=tuple(self.event_ids),
        )


class Fingerprinter:
    """Computes an event's group key. Messages and stacks repeat across events, so each
    distinct text is masked or parsed once (the memo is cleared when it grows large)."""

    MEMO_LIMIT = 50_000

    def __init__(self, stack_frames: int = 3) -> None:
        self.stack_frames = stack_frames
        self._templates: dict[str, str] = {}
        self._frames: dict[str, tuple[StackFrame, ...]] = {}

    def key(self, event: LogEvent) -> tuple[str, str | None, str, tuple[StackFrame, ...]]:
        """(fingerprint, error kind, template, top frames) of a sanitized event."""
        text = event.error_message or event.message
        template = self._templates.get(text)
        if template is None:
            if len(self._templates) >= self.MEMO_LIMIT:
                self._templates.clear()
            template = self._templates[text] = normalize_message(text)
        frames: tuple[StackFrame, ...] = ()
        if event.error_stack and self.stack_frames:
            cached = self._frames.get(event.error_stack)
            if cached is None:
                if len(self._frames) >= self.MEMO_LIMIT:
                    self._frames.clear()
                cached = self._frames[event.error_stack] = top_frames(
                    event.error_stack, self.stack_frames
                )
            frames = cached
        kind = error_kind_of(event)
        return fingerprint(event.service, kind, template, frames), kind, template, frames


def group_events(
    events: Iterable[LogEvent], *, stack_frames: int = 3, max_samples: int = 3
) -> list[ErrorGroup]:
    """Fold sanitized events into groups, largest first."""
    builders: dict[str, _Builder] = {}
    keyer = Fingerprinter(stack_frames)
    for event in events:
        fp, kind, template, frames = keyer.key(event)
        builder = builders.get(fp)
        if builder is None:
            builder = builders[fp] = _Builder(
                fingerprint=fp,
                kind=kind,
                template=template,
                frames=frames,
                first_seen=event.timestamp,
                last_seen=event.timestamp,
                stack=event.error_stack,
            )
        builder.add(event, max_samples)
    groups = [builder.build() for builder in builders.values()]
    groups.sort(key=lambda group: (-group.count, group.fingerprint))
    return groups


def _merge_ordered(first: Sequence[str], second: Sequence[str], limit: int) -> tuple[str, ...]:
    merged = list(first)
    merged.extend(item for item in second if item not in merged)
    return tuple(merged[:limit])


def merge_groups(
    batches: Iterable[Sequence[ErrorGroup]], *, max_samples: int = 3
) -> list[ErrorGroup]:
    """Merge groups of the same fingerprint from several pages, largest first."""
    merged: dict[str, ErrorGroup] = {}
    for batch in batches:
        for group in batch:
            seen = merged.get(group.fingerprint)
            if seen is None:
                merged[group.fingerprint] = group
                continue
            merged[group.fingerprint] = seen.model_copy(
                update={
                    "count": seen.count + group.count,
                    "first_seen": min(seen.first_seen, group.first_seen),
                    "last_seen": max(seen.last_seen, group.last_seen),
                    "services": _merge_ordered(seen.services, group.services, 50),
                    "hosts": _merge_ordered(seen.hosts, group.hosts, MAX_HOSTS),
                    "envs": tuple(sorted({*seen.envs, *group.envs})),
                    "samples": _merge_ordered(seen.samples, group.samples, max_samples),
                    "event_ids": _merge_ordered(seen.event_ids, group.event_ids, MAX_EVENT_IDS),
                }
            )
    return sorted(merged.values(), key=lambda group: (-group.count, group.fingerprint))
