"""ReDoS hunt: find the package's regexes that take super-linear time on adversarial text.

    .venv/bin/python bench/redos.py                   # every pattern, ~5-8 minutes on 2 cores
    .venv/bin/python bench/redos.py --only grouping   # patterns whose name contains "grouping"
    .venv/bin/python bench/redos.py --budget 2 --jobs 1 --seed 7
    .venv/bin/python bench/redos.py --functions       # also time public text functions end to end
    .venv/bin/python bench/redos.py --functions-only  # only those (1k, 4k, 16k chars)

Dogcatcher runs its regexes on untrusted log lines (templates up to ~1,000 chars, messages
and stack traces of many KB) and on ticket texts written by people (Jira descriptions up
to 32,767 chars), so one backtracking regex can hang a whole run.

What it does:

1. Imports the modules in :data:`MODULES` (a module that fails to import is skipped with a
   note) and collects every compiled ``re.Pattern`` reachable from their globals: direct
   attributes, patterns inside tuples, lists, dicts, sets, NamedTuples, dataclass instances
   and ``functools.partial`` objects, and bound methods of patterns (``_X =
   re.compile(...).search``). Each is named ``module.attr[index].field``; a pattern reachable
   under several names is measured once.
2. For each pattern, builds inputs ``prefix + unit * n + suffix``. Units (1-5 chars) come
   from the characters that matter to the pattern: its literals, one or two representatives
   of every class of characters it tells apart (read from its parse tree), substrings of
   random strings generated from the pattern, and random mixes of those. Prefixes are cuts of
   generated strings (so a ``fullmatch`` or a deep alternative can be reached), suffixes are
   one character of each class (something that makes the match fail at the end) or nothing.
   Each input is run the way the source calls the pattern (read off ``NAME.method(`` in
   the defining modules): search, finditer, findall, sub and split as ``finditer``, and
   ``fullmatch``, ``match``; all three when no call is visible (a pattern in a tuple) or
   with ``--all-modes``. A call on a window (``search(text, start - 16, start)``) is
   measured on the whole text: read the "used" lines of a finding.
3. Screening: time at repeated-part lengths 16..256; an input whose time grows more than
   ~2.65x per doubling and is measurable (> 20 us at 256) is a suspect. The worst suspects
   are then confirmed at lengths 100..3200, stopping once clearly linear or slow enough. A
   pattern is flagged when its growth is >= 2.8x per doubling (about quadratic or worse)
   and the largest size took > 5 ms, or when a measurement hit the wall-clock timeout
   (``re`` cannot be interrupted, so every pattern runs in a child process that is killed
   and restarted past the input that hung it).
4. Prints a report per flagged pattern (name, source, worst shape, times per size, growth
   per doubling, where the source uses it). Exit code 1 when anything is flagged.

Timing is per pattern budgeted (``--budget`` seconds of screening each; remaining inputs
are skipped and counted), so the whole run stays within minutes; ``--jobs`` processes run at
once (default: all cores).
"""

from __future__ import annotations

import argparse
import collections
import dataclasses
import functools
import importlib
import inspect
import math
import multiprocessing
import multiprocessing.connection
import os
import random
import re
import string
import sys
import time
from collections.abc import Callable
from multiprocessing.sharedctypes import Synchronized
from pathlib import Path
from typing import Any

# The parser of the re module: its tree says which characters a pattern tells apart.
_sre_parse: Any = importlib.import_module("re._parser")
_sre_c: Any = importlib.import_module("re._constants")

MODULES = (
    "grouping",
    "sanitize",
    "matching",
    "jira_markup",
    "analysis",
    "ticketing",
    "llm",
    "settings",
    "models",
    "semantic",
    "wire",
    "datadog",
    "jira",
)

# Characters every pattern is probed with (the first of each class of equal behaviour wins).
PREFERRED = "Aa09 .-_:/@+=<>\"'\n\txf%Zz!,;()[]{}#$&*?\\|`~^"
ALPHABET = (
    PREFERRED
    + "".join(
        ch
        for ch in string.ascii_letters + string.digits + string.punctuation
        if ch not in PREFERRED
    )
    + "\r\u00e9\u00df\u00a0\u203a\u4e2d"
)

SCREEN_LENGTHS = (16, 32, 64, 128, 256)
CONFIRM_LENGTHS = (100, 200, 400, 800, 1600, 3200)
SUSPECT_RATIO = 7.0  # over two doublings (64 -> 256): ~2.65x per doubling
SUSPECT_MIN_S = 20e-6
FLAG_RATIO = 2.8  # per doubling at the largest sizes
FLAG_MIN_S = 5e-3
SLOW_S = 1.0  # never start a measurement predicted to take longer than this
MODES = ("finditer", "fullmatch", "match")


# --------------------------------------------------------------------------- collection


@dataclasses.dataclass
class Target:
    names: list[str]
    pattern: re.Pattern[str]
    module: str


def _walk(value: Any, name: str, module: str, out: dict[int, Target], depth: int = 0) -> None:
    if isinstance(value, re.Pattern):
        if not isinstance(value.pattern, str):
            return
        target = out.get(id(value))
        if target is None:
            out[id(value)] = Target([name], value, module)
        elif name not in target.names:
            target.names.append(name)
        return
    if inspect.isbuiltin(value) and isinstance(getattr(value, "__self__", None), re.Pattern):
        _walk(value.__self__, f"{name}(.{value.__name__})", module, out, depth)
        return
    if depth >= 4 or isinstance(value, (str, bytes, type)) or inspect.ismodule(value):
        return
    if isinstance(value, functools.partial):
        _walk(value.func, f"{name}.func", module, out, depth + 1)
        for i, arg in enumerate(value.args):
            _walk(arg, f"{name}.args[{i}]", module, out, depth + 1)
        return
    if isinstance(value, tuple) and hasattr(value, "_fields"):
        for field in value._fields:
            _walk(getattr(value, field), f"{name}.{field}", module, out, depth + 1)
        return
    if isinstance(value, (tuple, list)):
        for i, item in enumerate(value):
            _walk(item, f"{name}[{i}]", module, out, depth + 1)
        return
    if isinstance(value, (set, frozenset)):
        for i, item in enumerate(sorted(value, key=repr)):
            _walk(item, f"{name}{{{i}}}", module, out, depth + 1)
        return
    if isinstance(value, dict):
        for key, item in list(value.items()):
            _walk(item, f"{name}[{key!r}]", module, out, depth + 1)
        return
    if dataclasses.is_dataclass(value):
        for field in dataclasses.fields(value):
            _walk(getattr(value, field.name, None), f"{name}.{field.name}", module, out, depth + 1)


def collect(modules: tuple[str, ...]) -> tuple[list[Target], list[str]]:
    """Every distinct pattern reachable from the modules' globals, and import notes."""
    found: dict[int, Target] = {}
    notes: list[str] = []
    for short in modules:
        full = f"dogcatcher.{short}"
        try:
            module = importlib.import_module(full)
        except Exception as exc:  # a module that cannot import is skipped, not fatal
            notes.append(f"skipped {full}: {type(exc).__name__}: {exc}")
            continue
        for attr, value in list(vars(module).items()):
            if attr.startswith("__"):
                continue
            _walk(value, f"{short}.{attr}", full, found)
    return list(found.values()), notes


# How the source calls a pattern, and which measured mode that exposes.
METHOD_MODES = {
    "search": ("finditer",),
    "finditer": ("finditer",),
    "findall": ("finditer",),
    "sub": ("finditer",),
    "subn": ("finditer",),
    "split": ("finditer",),
    "fullmatch": ("fullmatch",),
    "match": ("match",),
}


def usages(target: Target, limit: int = 6) -> tuple[list[str], set[str]]:
    """Lines of the defining modules that use the pattern's global names, and the methods
    called on them (empty when the pattern is only passed around)."""
    lines: list[str] = []
    methods: set[str] = set()
    for name in target.names:
        short, _, rest = name.partition(".")
        attr = re.match(r"\w+", rest)
        if attr is None:
            continue
        bound = re.search(r"\(\.(\w+)\)$", name)
        if bound:
            methods.add(bound.group(1))
        try:
            module = importlib.import_module(f"dogcatcher.{short}")
            path = Path(inspect.getfile(module))
            source = path.read_text().splitlines()
        except (OSError, TypeError, ImportError):
            continue
        word = re.compile(rf"(?<![\w.]){re.escape(attr.group())}\b(?:\.(\w+)\()?")
        definition = re.compile(rf"\s*{re.escape(attr.group())}\s*(?::[^=]*)?=")
        for number, line in enumerate(source, 1):
            m = word.search(line)
            if m is None or definition.match(line):
                continue
            if m.group(1):
                methods.add(m.group(1))
            rel = path.relative_to(Path.cwd()) if path.is_relative_to(Path.cwd()) else path
            if len(lines) < limit:
                lines.append(f"{rel}:{number}: {line.strip()[:110]}")
    return lines, methods


def relevant_modes(methods: set[str]) -> set[str]:
    """Measured modes that match how the source uses a pattern (all, when unknown)."""
    modes = {mode for method in methods for mode in METHOD_MODES.get(method, ())}
    return modes or set(MODES)


# --------------------------------------------------------------------------- input shapes


def _category(code: Any, ch: str, ascii_only: bool) -> bool:
    word = (ch.isascii() or not ascii_only) and (ch.isalnum() or ch == "_")
    space = ch in " \t\n\r\f\v" or (not ascii_only and ch.isspace())
    digit = ch in string.digits or (not ascii_only and ch.isdigit())
    table = {
        "CATEGORY_DIGIT": digit,
        "CATEGORY_NOT_DIGIT": not digit,
        "CATEGORY_SPACE": space,
        "CATEGORY_NOT_SPACE": not space,
        "CATEGORY_WORD": word,
        "CATEGORY_NOT_WORD": not word,
        "CATEGORY_LINEBREAK": ch == "\n",
        "CATEGORY_NOT_LINEBREAK": ch != "\n",
    }
    return table.get(str(code), False)


def _class_accepts(items: list[tuple[Any, Any]], ch: str, flags: int) -> bool:
    ascii_only = bool(flags & re.ASCII)
    variants = {ch, ch.lower(), ch.upper()} if flags & re.IGNORECASE else {ch}
    negate = False
    hit = False
    for op, av in items:
        name = str(op)
        if name == "NEGATE":
            negate = True
        elif name == "LITERAL":
            hit = hit or any(ord(v) == av for v in variants if len(v) == 1)
        elif name in ("RANGE", "RANGE_UNI_IGNORE"):
            hit = hit or any(len(v) == 1 and av[0] <= ord(v) <= av[1] for v in variants)
        elif name == "CATEGORY":
            hit = hit or _category(av, ch, ascii_only)
    return hit != negate


@dataclasses.dataclass
class Shape:
    """What a pattern's parse tree says about the characters that matter to it."""

    predicates: list[Callable[[str], bool]]
    literal_runs: list[str]
    flags: int


def _analyse(tree: Any, flags: int) -> Shape:
    shape = Shape([], [], flags)

    def visit(items: Any) -> None:
        run = ""
        for op, av in items:
            name = str(op)
            if name == "LITERAL":
                run += chr(av)
                continue
            if run:
                shape.literal_runs.append(run)
                run = ""
            if name == "IN":
                shape.predicates.append(functools.partial(_class_accepts, av, flags=flags))
            elif name == "NOT_LITERAL":
                shape.predicates.append(functools.partial(str.__ne__, chr(av)))
            elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
                visit(av[2])
            elif name == "SUBPATTERN":
                visit(av[3])
            elif name == "ATOMIC_GROUP":
                visit(av)
            elif name == "BRANCH":
                for sub in av[1]:
                    visit(sub)
            elif name in ("ASSERT", "ASSERT_NOT"):
                visit(av[1])
            elif name == "GROUPREF_EXISTS":
                visit(av[1])
                if av[2] is not None:
                    visit(av[2])
        if run:
            shape.literal_runs.append(run)

    visit(tree)
    return shape


def _generate(tree: Any, flags: int, rng: random.Random) -> str:
    """A random string shaped like a match (lookarounds ignored, so not always one)."""
    groups: dict[int, str] = {}
    pools: dict[int, list[str]] = {}

    def pick_class(items: Any) -> str:
        key = id(items)
        if key not in pools:
            pools[key] = [ch for ch in ALPHABET if _class_accepts(items, ch, flags)] or ["x"]
        return rng.choice(pools[key])

    def gen(items: Any) -> str:
        out: list[str] = []
        for op, av in items:
            name = str(op)
            if name == "LITERAL":
                out.append(chr(av))
            elif name == "NOT_LITERAL":
                out.append(rng.choice([ch for ch in "xA0 -." if ord(ch) != av]))
            elif name == "ANY":
                out.append(rng.choice("xA0 -./"))
            elif name == "IN":
                out.append(pick_class(av))
            elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
                low, high = av[0], min(av[1], av[0] + 4)
                out.extend(gen(av[2]) for _ in range(rng.randint(low, max(low, high))))
            elif name == "SUBPATTERN":
                text = gen(av[3])
                if av[0] is not None:
                    groups[av[0]] = text
                out.append(text)
            elif name == "ATOMIC_GROUP":
                out.append(gen(av))
            elif name == "BRANCH":
                out.append(gen(rng.choice(av[1])))
            elif name == "GROUPREF":
                out.append(groups.get(av, ""))
            elif name == "GROUPREF_EXISTS":
                branch = av[1] if av[0] in groups else av[2]
                out.append(gen(branch) if branch is not None else "")
        return "".join(out)

    return gen(tree)


@dataclasses.dataclass(frozen=True)
class Candidate:
    prefix: str
    unit: str
    suffix: str
    mode: str

    def text(self, length: int) -> str:
        return self.prefix + self.unit * max(1, math.ceil(length / len(self.unit))) + self.suffix

    def expr(self, length: int) -> str:
        n = max(1, math.ceil(length / len(self.unit)))
        parts = [repr(self.prefix)] if self.prefix else []
        parts.append(f"{self.unit!r}*{n}")
        if self.suffix:
            parts.append(repr(self.suffix))
        return " + ".join(parts)


def candidates(
    pattern: re.Pattern[str], seed: int, units_cap: int, modes: tuple[str, ...] = MODES
) -> list[Candidate]:
    """Adversarial input shapes for one pattern, most promising first."""
    rng = random.Random(f"{seed}:{pattern.pattern}:{pattern.flags}")
    tree = _sre_parse.parse(pattern.pattern, pattern.flags)
    shape = _analyse(tree, pattern.flags)

    # Classes of equal behaviour: characters with the same answers to every class of the
    # pattern (and the same word/case/space nature, for \b, IGNORECASE and ^$) are one.
    classes: dict[tuple[bool, ...], list[str]] = {}
    literal_chars = set("".join(shape.literal_runs))
    for ch in ALPHABET:
        signature = (
            *(p(ch) for p in shape.predicates),
            ch in literal_chars and ch,
            ch.isalnum() or ch == "_",
            ch.isupper(),
            ch.isdigit(),
            ch.isspace(),
            ch == "\n",
            ch.isascii(),
        )
        classes.setdefault(tuple(bool(s) for s in signature), []).append(ch)
    reps: list[str] = []
    for members in classes.values():
        reps.append(members[0])
        if len(members) > 2:
            reps.append(rng.choice(members[1:]))
    for ch in sorted(literal_chars):
        if ch not in reps:
            reps.append(ch)

    samples = [_generate(tree, pattern.flags, rng) for _ in range(24)]
    samples = [s for s in samples if s]

    units: list[str] = []
    seen: set[str] = set()

    def add(unit: str) -> None:
        if unit and len(unit) <= 6 and unit not in seen and len(units) < units_cap:
            seen.add(unit)
            units.append(unit)

    for ch in reps:
        add(ch)
    for run in shape.literal_runs:
        add(run[:5])
    for sample in samples:  # substrings of would-be matches: "DE89" from [A-Z]{2,}\d{1,2}
        for _ in range(4):
            size = rng.randint(2, 5)
            if len(sample) >= size:
                start = rng.randrange(len(sample) - size + 1)
                add(sample[start : start + size])
    pairs = [a + b for a in reps for b in reps]
    rng.shuffle(pairs)
    for pair in pairs[: units_cap // 3]:
        add(pair)
    for run in shape.literal_runs:
        for ch in rng.sample(reps, min(3, len(reps))):
            add(run[:4] + ch)
            add(ch + run[:4])
    pool = reps + sorted(literal_chars)
    for _ in range(units_cap * 3):
        add("".join(rng.choice(pool) for _ in range(rng.randint(3, 5))))

    suffixes = [""]
    for members in classes.values():
        if members[0] not in suffixes:
            suffixes.append(members[0])
    for extra in ("!", "\n", "<", "0", "a", "A"):
        if extra not in suffixes:
            suffixes.append(extra)
    suffixes = suffixes[:14]

    prefixes: list[str] = []
    for sample in samples:
        cut = sample[: rng.randint(1, min(len(sample), 40))]
        if cut not in prefixes:
            prefixes.append(cut)
        if len(prefixes) >= 8:
            break

    out: list[Candidate] = []
    for unit in units:
        for suffix in suffixes:
            for mode in modes:
                out.append(Candidate("", unit, suffix, mode))
    for unit in units[: max(1, len(units) // 2)]:
        for prefix in prefixes:
            suffix = rng.choice(suffixes)
            for mode in modes:
                out.append(Candidate(prefix, unit, suffix, mode))
    # Interleave so a budget cut still leaves every kind of unit tried.
    head = [c for c in out if len(c.unit) <= 2 or c.prefix]
    tail = [c for c in out if not (len(c.unit) <= 2 or c.prefix)]
    rng.shuffle(tail)
    return head + tail


# --------------------------------------------------------------------------- measurement


def _runner(pattern: re.Pattern[str], mode: str) -> Callable[[str], object]:
    if mode == "fullmatch":
        return pattern.fullmatch
    if mode == "match":
        return pattern.match
    sink: collections.deque[re.Match[str]] = collections.deque(maxlen=0)

    def run(text: str) -> None:
        sink.extend(pattern.finditer(text))

    return run


def _time(run: Callable[[str], object], text: str) -> float:
    start = time.perf_counter()
    run(text)
    once = time.perf_counter() - start
    if once > 2e-3:
        # Slow or preempted (a time slice is ~4 ms): the best of three, unless really slow.
        for _ in range(2 if once < 0.2 else 0):
            start = time.perf_counter()
            run(text)
            once = min(once, time.perf_counter() - start)
        return once
    reps = max(1, min(2000, int(40e-6 / max(once, 1e-7))))
    best = once
    for _ in range(2):
        start = time.perf_counter()
        for _ in range(reps):
            run(text)
        best = min(best, (time.perf_counter() - start) / reps)
    return best


@dataclasses.dataclass
class Progress:
    """Where a child process is, so the parent can tell a hang from a slow pattern."""

    index: Synchronized[int]
    length: Synchronized[int]
    started: Synchronized[float]


def _measure(
    run: Callable[[str], object],
    cand: Candidate,
    lengths: tuple[int, ...],
    progress: Progress,
    index: int,
    stop_linear: bool,
) -> tuple[list[int], list[float], str]:
    sizes: list[int] = []
    times: list[float] = []
    for length in lengths:
        if len(times) >= 2:
            ratio = times[-1] / max(times[-2], 1e-9)
            # An exponential grows by ratio**2 over the next doubling, a polynomial by ratio.
            predicted = times[-1] * (ratio**2 if ratio > 6 else max(ratio, 2.0))
            if times[-1] > 1e-3 and predicted > SLOW_S:
                return sizes, times, f"stopped: next size predicted {predicted:.3g}s"
            if stop_linear and length >= 800 and ratio < 2.4 and times[-1] < 1e-3:
                return sizes, times, "linear"
        text = cand.text(length)
        progress.index.value = index
        progress.length.value = len(text)
        progress.started.value = time.monotonic()
        times.append(_time(run, text))
        progress.started.value = 0.0
        sizes.append(len(text))
    return sizes, times, ""


def _per_doubling(sizes: list[int], times: list[float]) -> float:
    """Growth per doubling of length over the last two points (geometric)."""
    if len(times) < 2:
        return 0.0
    i = max(0, len(times) - 3)
    span = math.log2(sizes[-1] / sizes[i])
    return float((times[-1] / max(times[i], 1e-9)) ** (1 / span)) if span > 0 else 0.0


def _worker(
    pattern: re.Pattern[str],
    cands: list[Candidate],
    task: str,
    start: int,
    budget: float,
    conn: multiprocessing.connection.Connection,
    progress: Progress,
) -> None:
    """Child process: screen candidates from ``start``, or confirm the listed ones."""
    runners = {mode: _runner(pattern, mode) for mode in MODES}
    deadline = time.monotonic() + budget
    if task == "screen":
        for index in range(start, len(cands)):
            if time.monotonic() > deadline:
                conn.send(("done", index))
                return
            cand = cands[index]
            sizes, times, note = _measure(
                runners[cand.mode], cand, SCREEN_LENGTHS, progress, index, stop_linear=False
            )
            slow = bool(note)
            grows = (
                len(times) >= 3
                and times[-1] > SUSPECT_MIN_S
                and times[-1] / max(times[-3], 1e-9) > SUSPECT_RATIO
            )
            if slow or grows:
                conn.send(("suspect", index, sizes, times, note))
        conn.send(("done", len(cands)))
        return
    for index in range(start, len(cands)):  # task == "confirm": cands are the suspects
        cand = cands[index]
        sizes, times, note = _measure(
            runners[cand.mode], cand, CONFIRM_LENGTHS, progress, index, stop_linear=True
        )
        conn.send(("confirmed", index, sizes, times, note))
    conn.send(("done", len(cands)))


# --------------------------------------------------------------------------- orchestration


@dataclasses.dataclass
class Result:
    cand: Candidate
    sizes: list[int]
    times: list[float]
    note: str = ""
    timeout_at: int = 0  # length of the text that hung the child, if any

    @property
    def growth(self) -> float:
        return math.inf if self.timeout_at else _per_doubling(self.sizes, self.times)

    @property
    def flagged(self) -> bool:
        if self.timeout_at:
            return True
        if self.note.startswith("stopped") and self.times and self.times[-1] > FLAG_MIN_S:
            return self.growth >= FLAG_RATIO
        return bool(self.times) and self.growth >= FLAG_RATIO and self.times[-1] > FLAG_MIN_S

    def severity(self) -> tuple[float, ...]:
        if self.timeout_at:
            return (2.0, -self.timeout_at, -len(self.cand.unit))
        largest = self.times[-1] if self.times else 0.0
        # Time at the largest size, scaled up to 3200 chars by the growth seen.
        scale = 3200 / self.sizes[-1] if self.sizes else 1.0
        projected = largest * scale ** math.log2(max(self.growth, 1.0))
        return (1.0 if self.flagged else 0.0, projected, -len(self.cand.unit))


@dataclasses.dataclass
class PatternJob:
    target: Target
    cands: list[Candidate]
    task: str = "screen"
    next_index: int = 0
    screened: int = 0
    timeouts: int = 0
    suspects: list[Result] = dataclasses.field(default_factory=list)
    confirm: list[Candidate] = dataclasses.field(default_factory=list)
    results: list[Result] = dataclasses.field(default_factory=list)
    finished: bool = False


@dataclasses.dataclass
class Running:
    job: PatternJob
    process: multiprocessing.process.BaseProcess
    conn: multiprocessing.connection.Connection
    progress: Progress
    done: bool = False


def _pick_suspects(job: PatternJob, limit: int) -> list[Candidate]:
    """The worst suspects, at most two per (mode, unit length) so shapes stay varied."""
    ranked = sorted(job.suspects, key=lambda r: r.times[-1] if r.times else 0.0, reverse=True)
    picked: list[Candidate] = []
    per_kind: collections.Counter[tuple[str, int]] = collections.Counter()
    for result in ranked:
        if result.timeout_at:
            continue  # already a finding; confirming it would hang again
        kind = (result.cand.mode, len(result.cand.unit))
        if per_kind[kind] >= 2 or result.cand in picked:
            continue
        per_kind[kind] += 1
        picked.append(result.cand)
        if len(picked) >= limit:
            break
    return picked


class Orchestrator:
    def __init__(self, jobs: list[PatternJob], args: argparse.Namespace) -> None:
        self.queue = collections.deque(jobs)
        self.args = args
        self.running: list[Running] = []
        self.ctx = multiprocessing.get_context("fork")

    def _start(self, job: PatternJob) -> None:
        progress = Progress(
            self.ctx.RawValue("q", -1),
            self.ctx.RawValue("q", 0),
            self.ctx.RawValue("d", 0.0),
        )
        parent, child = self.ctx.Pipe(duplex=False)
        cands = job.cands if job.task == "screen" else job.confirm
        budget = self.args.budget if job.task == "screen" else 10 * 60.0
        process = self.ctx.Process(
            target=_worker,
            args=(job.target.pattern, cands, job.task, job.next_index, budget, child, progress),
            daemon=True,
        )
        process.start()
        child.close()
        self.running.append(Running(job, process, parent, progress))

    def _handle(self, slot: Running, message: tuple[Any, ...]) -> None:
        job = slot.job
        kind = message[0]
        if kind == "suspect":
            _, index, sizes, times, note = message
            job.suspects.append(Result(job.cands[index], sizes, times, note))
        elif kind == "confirmed":
            _, index, sizes, times, note = message
            job.results.append(Result(job.confirm[index], sizes, times, note))
        elif kind == "done":
            slot.done = True
            if job.task == "screen":
                job.screened = message[1]
                job.task = "confirm"
                job.next_index = 0
                job.confirm = _pick_suspects(job, self.args.confirm)
                if job.confirm:
                    self.queue.appendleft(job)
                else:
                    job.finished = True
            else:
                job.finished = True

    def _timeout(self, slot: Running) -> None:
        job = slot.job
        index = slot.progress.index.value
        length = slot.progress.length.value
        slot.process.kill()
        slot.process.join()
        job.timeouts += 1
        cands = job.cands if job.task == "screen" else job.confirm
        cand = cands[index]
        hung = Result(cand, [], [], f"timeout after {self.args.timeout:g}s", timeout_at=length)
        (job.suspects if job.task == "screen" else job.results).append(hung)
        if job.timeouts >= self.args.max_timeouts:
            if job.task == "screen":
                job.screened = index + 1
            job.finished = True
            return
        job.next_index = index + 1
        if job.task == "screen" or job.next_index < len(job.confirm):
            self.queue.appendleft(job)
        else:
            job.finished = True

    def run(self, log: Callable[[str], None]) -> None:
        total = len(self.queue)
        finished = 0
        while self.queue or self.running:
            while self.queue and len(self.running) < self.args.jobs:
                self._start(self.queue.popleft())
            waitables: list[Any] = [slot.conn for slot in self.running]
            multiprocessing.connection.wait(waitables, timeout=0.05)
            now = time.monotonic()
            for slot in list(self.running):
                try:
                    while slot.conn.poll():
                        self._handle(slot, slot.conn.recv())
                except EOFError:
                    slot.done = True
                started = slot.progress.started.value
                if not slot.done and started and now - started > self.args.timeout:
                    self.running.remove(slot)
                    self._timeout(slot)
                elif slot.done or not slot.process.is_alive():
                    if not slot.done:  # died without a word: count it as finished
                        slot.job.finished = True
                    slot.process.join()
                    slot.conn.close()
                    self.running.remove(slot)
                else:
                    continue
                if slot.job.finished:
                    finished += 1
                    log(f"  [{finished}/{total}] {slot.job.target.names[0]}")


# --------------------------------------------------------------------------- report


def _fmt_time(seconds: float) -> str:
    if seconds >= 1:
        return f"{seconds:.2f}s"
    if seconds >= 1e-3:
        return f"{seconds * 1e3:.1f}ms"
    return f"{seconds * 1e6:.0f}us"


def _source(pattern: re.Pattern[str], width: int = 150) -> str:
    text = " ".join(pattern.pattern.split()) if pattern.flags & re.VERBOSE else pattern.pattern
    return text if len(text) <= width else text[: width - 3] + "..."


def _describe(result: Result) -> str:
    cand = result.cand
    if result.timeout_at:
        shape = cand.expr(result.timeout_at - len(cand.prefix) - len(cand.suffix))
        return f"{cand.mode}({shape}): hung > timeout at {result.timeout_at} chars"
    length = result.sizes[-1] - len(cand.prefix) - len(cand.suffix)
    points = ", ".join(
        f"{s}: {_fmt_time(t)}" for s, t in zip(result.sizes, result.times, strict=True)
    )
    tail = f" ({result.note})" if result.note else ""
    return (
        f"{cand.mode}({cand.expr(length)})\n      times by length: {points}\n"
        f"      growth: x{result.growth:.1f} per doubling{tail}"
    )


def _hangs(job: PatternJob) -> list[Result]:
    return [r for r in job.suspects if r.timeout_at]


def report(jobs: list[PatternJob], show_usage: bool) -> int:
    """Print the flagged patterns; the status is 1 when one is flagged as the source uses it."""
    print()
    print(f"{len(jobs)} distinct patterns, {sum(j.screened for j in jobs)} inputs screened")
    skipped = [j for j in jobs if j.screened < len(j.cands) and not j.timeouts]
    if skipped:
        print(
            f"budget cut screening short for {len(skipped)} patterns "
            f"({sum(len(j.cands) - j.screened for j in skipped)} inputs not tried)"
        )
    # Screening suspects are only candidates; confirmed measurements and hangs decide.
    rows: list[tuple[PatternJob, list[Result], list[str], set[str]]] = []
    for job in jobs:
        results = sorted(
            (r for r in job.results + _hangs(job) if r.flagged), key=Result.severity, reverse=True
        )
        if results:
            lines, methods = usages(job.target)
            rows.append((job, results, lines, relevant_modes(methods)))
    used = [row for row in rows if any(r.cand.mode in row[3] for r in row[1])]
    unused = [row for row in rows if row not in used]
    if not rows:
        print("no super-linear pattern found")
        return 0
    print(f"\n{len(used)} super-linear pattern(s) as the source calls them:\n")
    for job, results, lines, modes in sorted(
        used, key=lambda row: row[1][0].severity(), reverse=True
    ):
        _report_one(job, [r for r in results if r.cand.mode in modes], lines, show_usage)
    if unused:
        print(
            f"{len(unused)} more super-linear only under a method the source does not call "
            "(latent: fine as used today):\n"
        )
        for job, results, lines, _ in unused:
            _report_one(job, results, lines, show_usage)
    return 1 if used else 0


def _report_one(job: PatternJob, results: list[Result], lines: list[str], show: bool) -> None:
    print(f"* {', '.join(job.target.names[:4])}")
    print(f"    source: {_source(job.target.pattern)}")
    worst = results[0]
    print(f"    worst:  {_describe(worst)}")
    others: list[Result] = []
    shortest = min(results, key=lambda r: (len(r.cand.unit) + len(r.cand.prefix), -r.growth))
    if shortest is not worst:
        others.append(shortest)
    for result in results[1:]:
        if all(
            (o.cand.mode, o.cand.unit) != (result.cand.mode, result.cand.unit)
            for o in [worst, *others]
        ):
            others.append(result)
    for result in others[:2]:
        print(f"    also:   {_describe(result)}")
    if job.timeouts:
        print(f"    timeouts: {job.timeouts}")
    if show:
        for line in lines:
            print(f"    used:   {line}")
    print()


# --------------------------------------------------------------------------- functions


def _function_inputs() -> dict[str, Callable[[int], str]]:
    """Text shapes of about ``n`` chars for the end-to-end timing of public functions: plain
    repetitions, and the shapes the pattern hunt found, behind what lets them run (a stack's
    language marker, a mask's hint)."""

    def rep(unit: str, head: str = "", tail: str = "!") -> Callable[[int], str]:
        return lambda n: head + unit * max(1, (n - len(head) - len(tail)) // len(unit)) + tail

    shapes: dict[str, Callable[[int], str]] = {
        f"{unit!r}*n": rep(unit)
        for unit in (
            *("DE89", "aB1", "a", "a ", "1.", "a-", "a.", "a/", "a=", " ", "\t", "<", "`"),
            *("{{", "{", "*", "_", "-", "[", "Ab", "A1", "0", "0a", "ab_", "aa@", "a.b"),
            *("at a(", "\n  at ", "x\n", "E.", "hS", "A/", "f \u203a ", "v-", "_2", "\n"),
            *("\n ", "\xa0"),
        )
    }
    targeted: dict[str, Callable[[int], str]] = {
        "'x.rb:1\\n' + '\\n'*n": rep("\n", "x.rb:1\n"),
        "'File \"x\", line 1, in f\\n' + '\\n'*n": rep("\n", 'File "x", line 1, in f\n'),
        "'at X(X.java:1)\\n' + '\\n'*n": rep("\n", "at X(X.java:1)\n"),
        "'at x (x.cs:line 1)\\n' + '\\n'*n": rep("\n", "at x (x.cs:line 1)\n"),
        "'at https://x/' + '0'*n + ':1:1'": rep("0", "at https://x/", ":1:1"),
        "'File \"' + '0'*n + '\", line 1, in f'": rep("0", 'File "', '", line 1, in f'),
        "'```' + ' '*n + '!'": rep(" ", "```"),
        "'_2'*n + '@'": rep("_2", "", "@"),
        "'x://' + 'D.'*n": rep("D.", "x://"),
        "'1 ' + 'v-'*n": rep("v-", "1 "),
    }
    return {**shapes, **targeted}


def _functions() -> dict[str, Callable[[str], object]]:
    """Public functions that take log text, and the ones that read a ticket's text."""
    from dogcatcher import grouping, jira_markup, matching, sanitize

    ticket_text: Any = getattr(matching, "_ticket_text", None)
    funcs: dict[str, Callable[[str], object]] = {
        "grouping.normalize_message": grouping.normalize_message,
        "sanitize.redact_counts": sanitize.redact_counts,
        "grouping.parse_frames": grouping.parse_frames,
        "grouping.frame_lines": grouping.frame_lines,
        # A stack's frames as fingerprinting hashes them (digits in folders masked).
        "grouping.fingerprint(parse_frames)": lambda text: grouping.fingerprint(
            "svc", None, "template", grouping.parse_frames(text)
        ),
        "jira_markup.from_wiki": jira_markup.from_wiki,
        "jira_markup.parse_blocks": jira_markup.parse_blocks,
        "jira_markup.to_adf": jira_markup.to_adf,
        "jira_markup.to_wiki": jira_markup.to_wiki,
    }
    if ticket_text is not None:
        # All that matching reads of a ticket (uncached): the description is the text.
        raw = getattr(ticket_text, "__wrapped__", ticket_text)
        funcs["matching._ticket_text(description)"] = lambda text: raw(
            "KEY-1", "2024-01-01", "summary", text, ()
        )
    return funcs


def _time_function_child(
    func: Callable[[str], object], text: str, conn: multiprocessing.connection.Connection
) -> None:
    start = time.perf_counter()
    try:
        func(text)
    except Exception as exc:  # report, do not die
        conn.send(("error", f"{type(exc).__name__}: {exc}"))
        return
    conn.send(("ok", time.perf_counter() - start))


def _time_function(
    ctx: Any, func: Callable[[str], object], text: str, timeout: float
) -> tuple[str, float | str]:
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_time_function_child, args=(func, text, child), daemon=True)
    proc.start()
    child.close()
    if parent.poll(timeout):
        status, value = parent.recv()
    else:
        status, value = "timeout", timeout
        proc.kill()
    proc.join()
    parent.close()
    return str(status), value


def time_functions(lengths: tuple[int, ...], timeout: float) -> int:
    """Time public text functions on adversarial shapes (each call in a child process with
    a timeout); print the shapes on which one is super-linear. Returns how many were."""
    ctx = multiprocessing.get_context("fork")
    bad = 0
    print(f"\nend to end: public functions on adversarial text of {lengths} chars")
    for fname, func in _functions().items():
        flagged: list[tuple[float, str, str]] = []
        worst = (0.0, "", "")
        for shape, make in _function_inputs().items():
            points: list[str] = []
            times: list[float] = []
            for length in lengths:
                if times and times[-1] * (length / lengths[len(times) - 1]) ** 2 > 4 * timeout:
                    points.append(f"{length}: skipped (would take > {4 * timeout:g}s)")
                    break
                status, value = _time_function(ctx, func, make(length), timeout)
                if status == "error":
                    points.append(f"{length}: {value}")
                    break
                if status == "timeout":
                    times.append(math.inf)
                    points.append(f"{length}: > {timeout:g}s (timeout)")
                    break
                times.append(float(value))
                points.append(f"{length}: {_fmt_time(float(value))}")
            line = "; ".join(points)
            if times and math.isinf(times[-1]):  # hung: a finding whatever came before
                flagged.append((math.inf, shape, line))
                continue
            if len(times) < 2:
                if times and times[-1] > 1.0:  # a second on a short text: too slow to grow
                    flagged.append((times[-1], shape, line))
                continue
            span = math.log2(lengths[len(times) - 1] / lengths[0])
            growth = (times[-1] / max(times[0], 1e-9)) ** (1 / span)
            if growth >= FLAG_RATIO and times[-1] > FLAG_MIN_S:
                flagged.append((times[-1], shape, f"{line} (x{growth:.1f} per doubling)"))
            elif growth > worst[0]:
                worst = (growth, shape, line)
        if flagged:
            bad += 1
            print(f"  {fname}: SUPER-LINEAR on {len(flagged)} shape(s)")
            for _, shape, line in sorted(flagged, reverse=True):
                print(f"      {shape}: {line}")
        else:
            print(f"  {fname}: ok (steepest: {worst[1]}: {worst[2]}, x{worst[0]:.1f}/doubling)")
    return bad


# --------------------------------------------------------------------------- main


def _parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--seed", type=int, default=1, help="seed of the input shapes")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="processes at once")
    parser.add_argument(
        "--budget", type=float, default=4.0, help="seconds of screening per pattern (default 4)"
    )
    parser.add_argument("--units", type=int, default=300, help="units per pattern (default 300)")
    parser.add_argument("--confirm", type=int, default=6, help="suspects confirmed per pattern")
    parser.add_argument(
        "--timeout", type=float, default=5.0, help="wall-clock seconds one measurement may take"
    )
    parser.add_argument("--max-timeouts", type=int, default=3, help="timeouts before giving up")
    parser.add_argument(
        "--all-modes",
        action="store_true",
        help="try finditer, fullmatch and match on every pattern, not only as the source calls it",
    )
    parser.add_argument("--only", action="append", default=[], help="name substring filter")
    parser.add_argument("--list", action="store_true", help="list the patterns found and exit")
    parser.add_argument("--no-usage", action="store_true", help="do not grep where each is used")
    parser.add_argument(
        "--functions", action="store_true", help="also time public functions at 1k/4k/16k chars"
    )
    parser.add_argument(
        "--functions-only", action="store_true", help="only the end-to-end function timing"
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = _parse_args(argv)
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    os.chdir(Path(__file__).resolve().parent.parent)
    started = time.monotonic()
    targets, notes = collect(MODULES)
    for note in notes:
        print(f"note: {note}")
    if args.only:
        targets = [t for t in targets if any(o in n for o in args.only for n in t.names)]
    if args.list:
        for target in targets:
            print(f"{', '.join(target.names)}: {_source(target.pattern, 100)}")
        return 0
    print(f"{len(targets)} distinct patterns from {len(MODULES) - len(notes)} modules")
    jobs = []
    for target in targets:
        # Measure each pattern the way the source calls it (every way when that is unknown,
        # or with --all-modes): search/sub/findall as finditer, fullmatch, match.
        modes = MODES if args.all_modes else tuple(sorted(relevant_modes(usages(target)[1])))
        jobs.append(PatternJob(target, candidates(target.pattern, args.seed, args.units, modes)))
    print(f"{sum(len(j.cands) for j in jobs)} inputs to screen, {args.jobs} processes")

    def log(line: str) -> None:
        print(f"{time.monotonic() - started:6.1f}s{line}", file=sys.stderr, flush=True)

    status = 0
    if not args.functions_only:
        Orchestrator(jobs, args).run(log)
        status = report(jobs, not args.no_usage)
    if (args.functions or args.functions_only) and time_functions(
        (1000, 4000, 16000), args.timeout * 2
    ):
        status = 1
    print(f"took {time.monotonic() - started:.0f}s")
    return status


if __name__ == "__main__":
    sys.exit(main())
