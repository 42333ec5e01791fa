"""Grouping quality on the labeled corpus: accuracy, F1, over-merges, splits, speed, and
stability under a simulated deploy.

    .venv/bin/python bench/grouping.py [--corpus tests/data/grouping/corpus.jsonl] [--show]

Events go through the run's own path: parsed, redacted (not timed), then fingerprinted by
``Fingerprinter``; lines/s times the fingerprinting alone. The labels are the generator's
template ids (bench/grouping_corpus.py), never our grouper's output.

Targets (exit status 1 when one is missed):

- over-merged true groups = 0: two bugs under one fingerprint means one of them is never
  ticketed, the failure that costs most, so none is tolerated on a corpus we control;
- deploy stability = 1.0: a fingerprint that moves on a release re-opens every ticket;
- accuracy >= 0.95 and pairwise F1 >= 0.95: splitting is the cheaper failure (a duplicate
  ticket, which dedupe's search may still catch), so a few split groups are tolerated, but
  not enough to flood a tracker;
- group F1 >= 0.85: it counts every fragment of a split group as a wrong group, so one
  template split 40 ways (a URL slug) costs it 0.1; the bar catches fragmentation getting
  worse without asking the impossible of names that look like words.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from grouping_corpus import CORPUS, SEED, generate

from dogcatcher.grouping import Fingerprinter
from dogcatcher.models import LogEvent
from dogcatcher.sanitize import sanitize_events

MIN_ACCURACY = 0.95
MIN_F1 = 0.95
MIN_GROUP_F1 = 0.85
MAX_OVER_MERGED = 0
MIN_STABILITY = 1.0


@dataclass(frozen=True)
class Scores:
    """How a predicted grouping compares with the true one."""

    lines: int
    true_groups: int
    predicted_groups: int
    accuracy: float  # lines whose predicted group has exactly their true group's lines
    pair_precision: float
    pair_recall: float
    pair_f1: float
    group_f1: float  # predicted and true groups that match exactly, as an F1
    over_merged: tuple[str, ...]  # true groups sharing a fingerprint with another group
    split: tuple[str, ...]  # true groups spread over several fingerprints


def _pairs(sizes: Iterable[int]) -> int:
    return sum(n * (n - 1) // 2 for n in sizes)


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def score(truth: Sequence[str], predicted: Sequence[str]) -> Scores:
    """Compare per-line true labels with per-line predicted group keys."""
    if len(truth) != len(predicted):
        raise ValueError("one prediction per line is needed")
    true_sets: dict[str, set[int]] = defaultdict(set)
    pred_sets: dict[str, set[int]] = defaultdict(set)
    for i, (t, p) in enumerate(zip(truth, predicted, strict=True)):
        true_sets[t].add(i)
        pred_sets[p].add(i)
    exact = {
        label for label, lines in true_sets.items() if pred_sets[predicted[min(lines)]] == lines
    }
    right = sum(len(true_sets[label]) for label in exact)
    both = _pairs(Counter(zip(truth, predicted, strict=True)).values())
    true_pairs = _pairs(len(s) for s in true_sets.values())
    pred_pairs = _pairs(len(s) for s in pred_sets.values())
    precision = both / pred_pairs if pred_pairs else 1.0
    recall = both / true_pairs if true_pairs else 1.0
    labels_of = {p: {truth[i] for i in lines} for p, lines in pred_sets.items()}
    over = sorted({t for labels in labels_of.values() if len(labels) > 1 for t in labels})
    split = sorted(t for t, lines in true_sets.items() if len({predicted[i] for i in lines}) > 1)
    return Scores(
        lines=len(truth),
        true_groups=len(true_sets),
        predicted_groups=len(pred_sets),
        accuracy=right / len(truth) if truth else 1.0,
        pair_precision=precision,
        pair_recall=recall,
        pair_f1=_f1(precision, recall),
        group_f1=_f1(len(exact) / len(pred_sets), len(exact) / len(true_sets)) if truth else 1.0,
        over_merged=tuple(over),
        split=tuple(split),
    )


def _events(raw: Iterable[dict[str, Any]]) -> tuple[list[LogEvent], list[str]]:
    events, labels = [], []
    for item in raw:
        labels.append(item["group"])
        events.append(LogEvent.from_datadog(item))
    return sanitize_events(events).events, labels


def load_corpus(path: Path = CORPUS) -> tuple[list[LogEvent], list[str]]:
    """The corpus' events, redacted as a run would, and their true group labels."""
    with path.open(encoding="utf-8") as lines:
        return _events(json.loads(line) for line in lines)


def fingerprints(events: Iterable[LogEvent]) -> list[str]:
    """Each event's fingerprint, as a run computes it."""
    keyer = Fingerprinter()
    return [keyer.key(event)[0] for event in events]


def deploy_stability(events: Sequence[LogEvent], seed: int = SEED) -> float:
    """The share of lines whose fingerprint is unchanged when the same events are rendered as
    after a deploy (new line numbers, versions, build hashes, pods, nodes, release paths)."""
    after, _ = _events(generate(seed, deploy=1))
    before_fps, after_fps = fingerprints(events), fingerprints(after)
    same = sum(a == b for a, b in zip(before_fps, after_fps, strict=True))
    return same / len(before_fps) if before_fps else 1.0


def misses(scores: Scores, stability: float) -> list[str]:
    """The targets ``scores`` and ``stability`` miss, as readable lines."""
    found = []
    if scores.accuracy < MIN_ACCURACY:
        found.append(f"accuracy {scores.accuracy:.4f} < {MIN_ACCURACY}")
    if scores.pair_f1 < MIN_F1:
        found.append(f"pairwise F1 {scores.pair_f1:.4f} < {MIN_F1}")
    if scores.group_f1 < MIN_GROUP_F1:
        found.append(f"group F1 {scores.group_f1:.4f} < {MIN_GROUP_F1}")
    if len(scores.over_merged) > MAX_OVER_MERGED:
        found.append(f"{len(scores.over_merged)} over-merged true groups > {MAX_OVER_MERGED}")
    if stability < MIN_STABILITY:
        found.append(f"deploy stability {stability:.4f} < {MIN_STABILITY}")
    return found


def _show(events: Sequence[LogEvent], truth: Sequence[str], predicted: Sequence[str]) -> None:
    keyer = Fingerprinter()
    templates: dict[str, set[str]] = defaultdict(set)
    for event, label in zip(events, truth, strict=True):
        templates[label].add(keyer.key(event)[2])
    groups_of: dict[str, set[str]] = defaultdict(set)
    labels_of: dict[str, set[str]] = defaultdict(set)
    for label, fp in zip(truth, predicted, strict=True):
        groups_of[label].add(fp)
        labels_of[fp].add(label)
    for label in sorted(groups_of):
        merged = {other for fp in groups_of[label] for other in labels_of[fp]} - {label}
        if len(groups_of[label]) > 1 or merged:
            print(f"  {label}: {len(groups_of[label])} fingerprints, merged with {sorted(merged)}")
            for template in sorted(templates[label])[:6]:
                print(f"      {template}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--repeat", type=int, default=3, help="timing runs; the best counts")
    parser.add_argument("--show", action="store_true", help="list split and merged groups")
    args = parser.parse_args()
    events, truth = load_corpus(args.corpus)
    best = float("inf")
    for _ in range(args.repeat):
        began = time.perf_counter()
        predicted = fingerprints(events)
        best = min(best, time.perf_counter() - began)
    scores = score(truth, predicted)
    stability = deploy_stability(events) if args.corpus == CORPUS else 1.0
    print(
        f"corpus         {args.corpus.name}: {scores.lines:,} lines,"
        f" {scores.true_groups} true groups"
    )
    print(f"groups         {scores.predicted_groups} predicted")
    print(f"accuracy       {scores.accuracy:.4f}   (target >= {MIN_ACCURACY})")
    print(
        f"pairwise       precision {scores.pair_precision:.4f}  recall {scores.pair_recall:.4f}"
        f"  F1 {scores.pair_f1:.4f}   (target >= {MIN_F1})"
    )
    print(f"group F1       {scores.group_f1:.4f}   (target >= {MIN_GROUP_F1})")
    print(f"over-merged    {len(scores.over_merged)} true groups   (target {MAX_OVER_MERGED})")
    print(f"split          {len(scores.split)} true groups")
    print(f"stability      {stability:.4f} of lines keep their fingerprint across a deploy")
    print(
        f"speed          {scores.lines / best:,.0f} lines/s (fingerprinting, best of {args.repeat})"
    )
    if args.show:
        _show(events, truth, predicted)
    failed = misses(scores, stability)
    for miss in failed:
        print(f"MISSED: {miss}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
