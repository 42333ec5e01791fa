"""Dedupe quality on the labeled set: does an error group already have a ticket, and which?

    .venv/bin/python bench/dedupe.py
        [--split dev|test|holdout|fresh|blind|sixth|seventh|eighth|ninth|tenth|eleventh
                 |twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth
                 |nineteenth|twentieth|twentyfirst|twentysecond|twentythird|twentyfourth
                 |twentyfifth|twentysixth|twentyseventh|twentyeighth|twentyninth|thirtieth
                 |thirtyfirst|thirtysecond|thirtythird|thirtyfourth|thirtyfifth|thirtysixth|all]
        [--threshold X] [--show] [--sweep] [--second-meeting]
        [--meaning-model bundled|off|FOLDER]

Each case of ``tests/data/dedupe/{dev,test,holdout,fresh,blind,sixth,seventh,eighth,
ninth,tenth,eleventh,twelfth,thirteenth,fourteenth,fifteenth,sixteenth,seventeenth,
eighteenth,nineteenth,twentieth,twentyfirst,twentysecond,twentythird,twentyfourth,
twentyfifth,twentysixth,twentyseventh,twentyeighth,twentyninth,thirtieth,thirtyfirst,
thirtysecond,thirtythird,thirtyfourth,thirtyfifth,thirtysixth}.jsonl``
(made by bench/dedupe_corpus.py, which documents the format and the case kinds) is a group whose
fingerprint no ticket carries, and the split's pool of open Dogcatcher tickets.
``dogcatcher.matching.best_match`` picks a ticket or none; a pick is right only if it is the
labeled ticket. The labels come from how the cases were built, never from a matcher. Every
split after ``dev`` has its own seed and its own person's wording, written without looking at
the matcher, and was held out until its first run. A split's first run is the honest figure for
the matcher of that day; the README's Quality section keeps each one. The first eight,
``twelfth`` to ``sixteenth``, ``eighteenth``, ``twentieth``, ``twentyfirst``, ``twentysecond``,
``twentyfourth``, ``twentyfifth``, ``twentyseventh``, ``twentyeighth``, ``thirtieth``,
``thirtyfirst``, ``thirtysecond`` and ``thirtythird`` have been tuned on since their first runs;
``ninth``, ``tenth``, ``eleventh``, ``seventeenth``, ``nineteenth``, ``twentythird``,
``twentysixth``, ``twentyninth``, ``thirtyfourth``, ``thirtyfifth`` and ``thirtysixth``
have not.
A change to the matcher needs a new split (a new phrasing bank and ``SplitSpec`` in
bench/dedupe_corpus.py), run once before any tuning on it. All run by default.

Targets, per split (exit status 1 when one is missed):

- precision >= 0.98 (right picks over all picks): a wrong pick hides a new bug in another
  bug's ticket, where nobody looks for it, so it must be rare;
- recall >= 0.95 (right picks over cases that have a ticket): a miss files a duplicate,
  which a person can close, so a few are tolerated.

Each split's report also counts its false matches on a sibling's ticket that, as matching
reads it, says nothing of what sets the sibling apart (its throw site or its type): no rule
can tell those two errors apart from the ticket's text. All splits end pooled, and the
splits not tuned on (not in ``TUNED``) pooled apart: the honest figure.

``--show`` lists each miss with the group and the chosen and expected tickets and their
scores; ``--sweep`` prints precision and recall for thresholds 0.50 to 0.95.

Each case is a group's first meeting with the pool. ``--second-meeting`` also scores the
split as it stands once the tickets have met their own errors (``second_meeting``): each
ticket a case matched right carries the note a run writes on a match (its group's service,
type and in-app frames), that case leaves the split, and the cases left are answered again;
their first answers are printed beside them. These figures are not judged against the
targets.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence, Set
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parent))

from dedupe_corpus import KINDS, POSITIVE_KINDS, SPLITS

from dogcatcher.models import ErrorGroup
from dogcatcher.trackers import Comment, Ticket

MIN_PRECISION = 0.98
MIN_RECALL = 0.95
# The splits tuned on since their first runs: their figures are tuning figures. The others,
# pooled, are the honest figure: how the matcher does on people it was not tuned on.
TUNED = frozenset(
    "dev test holdout fresh blind sixth seventh eighth twelfth thirteenth fourteenth fifteenth"
    " sixteenth eighteenth twentieth twentyfirst twentysecond twentyfourth twentyfifth"
    " twentyseventh twentyeighth thirtieth thirtyfirst thirtysecond thirtythird".split()
)
SWEEP = tuple(round(0.5 + 0.05 * step, 2) for step in range(10))

# best_match's shape: (group, candidates, threshold) -> the chosen ticket and its score.
Matcher = Callable[[ErrorGroup, Sequence[Ticket], float | None], tuple[Ticket, float] | None]


@dataclass(frozen=True)
class Case:
    """One labeled question: which ticket of the pool, if any, is about ``group``?"""

    id: str
    kind: str
    error: str  # the id of the error that produced it, in its generator
    lang: str
    how: str
    group: ErrorGroup
    match: str | None
    evidence: str | None = None
    # tempting-non-match: the near-miss tickets' keys, each with what sets it apart
    siblings: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def variant(self) -> str:
        """What makes the case what it is: the change since the ticket (positives), what
        sets the nearest sibling apart (tempting), else how the group was rendered."""
        if self.siblings:
            return "+".join(sorted(self.siblings.values(), key=len)[0])
        return self.how


@dataclass(frozen=True)
class Split:
    """A split's ticket pool (every case's candidates) and its cases."""

    name: str
    tickets: tuple[Ticket, ...]
    cases: tuple[Case, ...]
    by_key: dict[str, Ticket] = field(default_factory=dict, compare=False)


def load_split(path: Path) -> Split:
    """Read a split file: the pool on its first line, then one case per line."""
    with path.open(encoding="utf-8") as lines:
        head = json.loads(next(lines))
        records: list[dict[str, Any]] = [json.loads(line) for line in lines]
    tickets = tuple(Ticket.model_validate(t) for t in head["tickets"])
    cases = tuple(
        Case(
            id=r["id"],
            kind=r["kind"],
            error=r["error"],
            lang=r["lang"],
            how=r["how"],
            group=ErrorGroup.model_validate(r["group"]),
            match=r["match"],
            evidence=r.get("evidence"),
            siblings={key: tuple(d) for key, d in r.get("siblings", {}).items()},
        )
        for r in records
    )
    return Split(head["pool"], tickets, cases, {t.key: t for t in tickets})


# ---------------------------------------------------------------------------- scoring


@dataclass(frozen=True)
class Outcome:
    """What the matcher answered for one case."""

    case: str
    kind: str
    expected: str | None  # the labeled ticket key; None: no ticket is about the group
    predicted: str | None  # the key it chose; None: no match
    score: float | None = None


@dataclass(frozen=True)
class KindScores:
    """The answers for the cases of one kind."""

    cases: int = 0
    right: int = 0  # the labeled ticket, or no match when there is none
    wrong_ticket: int = 0  # a case with a ticket, matched to another one
    false_matches: int = 0  # a case without a ticket, matched to one
    missed: int = 0  # a case with a ticket, matched to none


@dataclass(frozen=True)
class Scores:
    """How the matcher's answers compare with the labels."""

    cases: int
    positives: int  # cases that have a ticket
    predicted: int  # cases the matcher matched to some ticket
    correct: int  # ... to the labeled one
    wrong_ticket: int
    false_matches: int
    missed: int
    precision: float  # correct / predicted; 1.0 when nothing was matched
    recall: float  # correct / positives; 1.0 when no case has a ticket
    by_kind: dict[str, KindScores]


def score(outcomes: Iterable[Outcome]) -> Scores:
    """Precision, recall and the kinds of mistakes, overall and per case kind."""
    counts: dict[str, Counter[str]] = {}
    for o in outcomes:
        tally = counts.setdefault(o.kind, Counter())
        tally["cases"] += 1
        if o.predicted == o.expected:
            tally["right"] += 1
        elif o.expected is None:
            tally["false_matches"] += 1
        elif o.predicted is None:
            tally["missed"] += 1
        else:
            tally["wrong_ticket"] += 1
        tally["positives"] += o.expected is not None
        tally["predicted"] += o.predicted is not None
        tally["correct"] += o.expected is not None and o.predicted == o.expected
    total: Counter[str] = Counter()
    for tally in counts.values():
        total.update(tally)
    predicted, positives, correct = total["predicted"], total["positives"], total["correct"]
    return Scores(
        cases=total["cases"],
        positives=positives,
        predicted=predicted,
        correct=correct,
        wrong_ticket=total["wrong_ticket"],
        false_matches=total["false_matches"],
        missed=total["missed"],
        precision=correct / predicted if predicted else 1.0,
        recall=correct / positives if positives else 1.0,
        by_kind={
            kind: KindScores(
                cases=t["cases"],
                right=t["right"],
                wrong_ticket=t["wrong_ticket"],
                false_matches=t["false_matches"],
                missed=t["missed"],
            )
            for kind, t in sorted(counts.items(), key=lambda item: _kind_order(item[0]))
        },
    )


def _kind_order(kind: str) -> int:
    return KINDS.index(kind) if kind in KINDS else len(KINDS)


def misses(name: str, scores: Scores) -> list[str]:
    """The targets ``scores`` of split ``name`` miss, as readable lines."""
    found = []
    if scores.precision < MIN_PRECISION:
        found.append(f"{name}: precision {scores.precision:.4f} < {MIN_PRECISION}")
    if scores.recall < MIN_RECALL:
        found.append(f"{name}: recall {scores.recall:.4f} < {MIN_RECALL}")
    return found


# ---------------------------------------------------------------------------- running


def real_matcher(meaning_model: str = "bundled") -> Matcher:
    """``dogcatcher.matching.best_match`` as a run calls it (by words, then by meaning with
    the settings' model: ``meaning_model`` "off" matches by words alone), imported only
    when a benchmark runs, so the scoring above works (and is tested) without it."""
    from dogcatcher.matching import best_match
    from dogcatcher.semantic import encoder_for

    encoder = encoder_for(meaning_model)

    def match(
        group: ErrorGroup, candidates: Sequence[Ticket], threshold: float | None
    ) -> tuple[Ticket, float] | None:
        found = best_match(group, candidates, threshold=threshold, encoder=encoder)
        return (found.ticket, found.score) if found else None

    return match


def run(split: Split, matcher: Matcher, threshold: float | None) -> tuple[list[Outcome], float]:
    """Every case's outcome, and the seconds the matcher took for all of them."""
    outcomes = []
    spent = 0.0
    for case in split.cases:
        began = time.perf_counter()
        found = matcher(case.group, split.tickets, threshold)
        spent += time.perf_counter() - began
        outcomes.append(
            Outcome(
                case=case.id,
                kind=case.kind,
                expected=case.match,
                predicted=found[0].key if found else None,
                score=found[1] if found else None,
            )
        )
    return outcomes, spent


def _frames(group: ErrorGroup) -> str:
    return ", ".join(f.function.rsplit("/", 1)[-1] for f in group.top_frames) or "(no stack)"


def _show(split: Split, outcomes: Sequence[Outcome], matcher: Matcher) -> None:
    cases = {c.id: c for c in split.cases}
    for o in outcomes:
        if o.predicted == o.expected:
            continue
        case = cases[o.case]
        g = case.group
        detail = case.how + (f", {case.evidence}" if case.evidence else "")
        if case.siblings:
            detail += f"; sibling differs by {case.variant}"
        print(f"  {case.id} {case.kind} ({detail}) {case.lang} {case.error}")
        print(f"      group     [{g.service}] {g.error_kind or '-'}: {g.template[:140]}")
        print(f"      frames    {_frames(g)}")
        if o.predicted:
            chosen = split.by_key[o.predicted]
            print(f"      chose     {chosen.key} ({o.score:.3f}) {chosen.summary[:120]}")
        else:
            print("      chose     none")
        if o.expected:
            expected = split.by_key[o.expected]
            # Its score alone: the score the matcher gives the right ticket.
            alone = matcher(g, [expected], 0.0)
            print(
                f"      expected  {expected.key} ({alone[1] if alone else 0.0:.3f})"
                f" {expected.summary[:120]}"
            )


def _variants(split: Split, outcomes: Sequence[Outcome], kind: str) -> str:
    """``variant right/cases`` for the cases of one kind, e.g. ``helper 3/30``."""
    variant = {c.id: c.variant for c in split.cases}
    tally: dict[str, Counter[str]] = {}
    for o in outcomes:
        if o.kind == kind:
            counts = tally.setdefault(variant[o.case], Counter())
            counts["cases"] += 1
            counts["right"] += o.predicted == o.expected
    return ", ".join(f"{v} {c['right']}/{c['cases']}" for v, c in sorted(tally.items()))


def _report(split: Split, outcomes: Sequence[Outcome], scores: Scores, seconds: float) -> None:
    print(
        f"split          {split.name}: {scores.cases} cases ({scores.positives} with a ticket),"
        f" pool of {len(split.tickets)} tickets"
    )
    print(f"precision      {scores.precision:.4f}   (target >= {MIN_PRECISION})")
    print(f"recall         {scores.recall:.4f}   (target >= {MIN_RECALL})")
    print(
        f"mistakes       {scores.wrong_ticket} wrong ticket, {scores.false_matches} false"
        f" matches, {scores.missed} missed   ({scores.predicted} matched)"
    )
    for kind, k in scores.by_kind.items():
        answer = "matched right" if kind in POSITIVE_KINDS else "left alone"
        mistakes = (
            f"wrong ticket {k.wrong_ticket}, missed {k.missed}"
            if kind in POSITIVE_KINDS
            else f"false matches {k.false_matches}"
        )
        print(f"  {kind:<20} {k.cases:>4} cases, {answer} {k.right:>4}, {mistakes}")
        print(f"  {'':<20} {_variants(split, outcomes, kind)}")
    rate = scores.cases / seconds if seconds else float("inf")
    print(f"speed          {rate:,.0f} cases/s (best_match over a pool of {len(split.tickets)})")


# What can set a tempting non-match's sibling apart that a ticket may leave unsaid.
UNSAID = frozenset({"site", "kind"})


def unread(split: Split, outcomes: Iterable[Outcome]) -> list[str]:
    """The false matches on a sibling's ticket in which matching reads nothing of what sets
    the sibling apart: it differs only by its throw site or its type (``UNSAID``), and the
    ticket states neither as matching reads it (``dogcatcher.matching.states``). Nothing
    in such a ticket, as read, tells the two errors apart; the ones it names in words no
    rule reads ("the function that loads the session") count here too."""
    from dogcatcher.matching import states

    cases = {c.id: c for c in split.cases}
    found = []
    for o in outcomes:
        if o.expected is not None or o.predicted is None:
            continue
        apart = set(cases[o.case].siblings.get(o.predicted, ()))
        if apart and apart <= UNSAID and not apart & states(split.by_key[o.predicted]):
            found.append(o.case)
    return found


def second_meeting(split: Split, outcomes: Sequence[Outcome]) -> Split:
    """The split as it stands once each ticket has met its own error: a ticket that a case
    matched right carries Dogcatcher's note of that case's group (the first such case, with
    the comment a run writes on a match, ``render_match_note``), and that case leaves the
    split (a run now finds its group by the label the match added). The cases' labels are
    unchanged: whether the note keeps each other case's group off a ticket, or wrongly
    keeps it off its own, is measured as before."""
    from dogcatcher.ticketing import render_match_note

    cases = {c.id: c for c in split.cases}
    noting: dict[str, Case] = {}
    for o in outcomes:
        if o.expected is not None and o.predicted == o.expected:
            noting.setdefault(o.expected, cases[o.case])
    tickets = tuple(
        t.model_copy(
            update={
                "comments": (
                    *t.comments,
                    Comment(created_at=t.updated_at, body=render_match_note(found.group, 0.9)),
                )
            }
        )
        if (found := noting.get(t.key)) is not None
        else t
        for t in split.tickets
    )
    gone = {c.id for c in noting.values()}
    return Split(
        split.name,
        tickets,
        tuple(c for c in split.cases if c.id not in gone),
        {t.key: t for t in tickets},
    )


class Changed(NamedTuple):
    """How the second meeting's answers differ from the first's, case by case."""

    lost: int  # right at the first meeting, wrong at the second
    made_right: int  # wrong at the first, right at the second
    apart_left: int  # the first meeting's apart-unread false matches still false


def changed(first: Sequence[Outcome], again: Sequence[Outcome], apart: Set[str]) -> Changed:
    """Compare two answers to the same cases; ``apart``: the cases whose first answer was
    an apart-unread false match (``unread``)."""
    before = {o.case: o for o in first}
    lost = made_right = apart_left = 0
    for o in again:
        was = before[o.case]
        right_then, right_now = was.predicted == was.expected, o.predicted == o.expected
        lost += right_then and not right_now
        made_right += right_now and not right_then
        apart_left += o.case in apart and o.expected is None and o.predicted is not None
    return Changed(lost, made_right, apart_left)


def pooled_lines(
    outcomes: Mapping[str, Sequence[Outcome]], apart_unread: Mapping[str, int] | None = None
) -> list[str]:
    """All splits' answers pooled, and those of the splits not tuned on (``TUNED``) pooled
    apart: the tuned splits' figures are tuning figures, the others' say how the matcher
    does on people it has not seen. ``apart_unread``: how many of each split's false matches
    are on a ticket that says nothing, as read, of what sets its error apart (``unread``)."""
    lines = []
    for what, names in (
        ("all splits", list(outcomes)),
        ("splits not tuned on", [name for name in outcomes if name not in TUNED]),
    ):
        if not names:
            continue
        total = score(o for name in names for o in outcomes[name])
        lines.append(
            f"{what} pooled ({len(names)}): {total.cases} cases ({total.positives} with a"
            f" ticket); wrong picks {total.false_matches + total.wrong_ticket},"
            f" missed {total.missed}"
        )
        lines.append(f"precision      {total.precision:.4f}   recall {total.recall:.4f}")
        if apart_unread is not None:
            lines.append(
                f"apart unread   {sum(apart_unread.get(name, 0) for name in names)} of the"
                f" {total.false_matches} false matches"
            )
    return lines


def _sweep(split: Split, matcher: Matcher) -> None:
    print(f"sweep          {split.name}")
    print(f"{'':15}threshold  precision  recall  wrong  false  missed")
    for threshold in SWEEP:
        s = score(run(split, matcher, threshold)[0])
        print(
            f"               {threshold:9.2f}  {s.precision:9.4f}  {s.recall:6.4f}"
            f"  {s.wrong_ticket:5}  {s.false_matches:5}  {s.missed:6}"
        )


def _changed_line(moved: Changed, apart: int) -> str:
    return (
        f"case by case   {moved.lost} right answers lost, {moved.made_right} wrong ones made"
        f" right; {moved.apart_left} of the {apart} apart-unread false matches left"
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Score the matcher on the chosen splits; 1 if a split misses a target."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=[*SPLITS, "all"], default="all")
    parser.add_argument("--threshold", type=float, default=None, help="default: the settings'")
    parser.add_argument("--show", action="store_true", help="list every wrong answer")
    parser.add_argument("--sweep", action="store_true", help="precision/recall per threshold")
    parser.add_argument(
        "--second-meeting",
        action="store_true",
        help="also score each split once every ticket carries the note of a group matched to it",
    )
    parser.add_argument(
        "--meaning-model",
        default="bundled",
        help='as the dedupe.meaning_model setting: "bundled", a folder, or "off" (words only)',
    )
    args = parser.parse_args(argv)
    matcher = real_matcher(args.meaning_model)
    failed = []
    pooled: dict[str, list[Outcome]] = {}
    unsaid: dict[str, int] = {}
    # --second-meeting: the cases left once tickets are noted, answered before and after
    first: dict[str, list[Outcome]] = {}
    again: dict[str, list[Outcome]] = {}
    unsaid_first: dict[str, int] = {}
    unsaid_again: dict[str, int] = {}
    moved: dict[str, Changed] = {}
    for name in SPLITS if args.split == "all" else [args.split]:
        split = load_split(SPLITS[name].path)
        outcomes, seconds = run(split, matcher, args.threshold)
        pooled[name] = outcomes
        scores = score(outcomes)
        _report(split, outcomes, scores, seconds)
        unsaid[name] = len(unread(split, outcomes))
        print(
            f"apart unread   {unsaid[name]} of the {scores.false_matches} false matches: a"
            " sibling's ticket that, as read, says nothing of what sets the sibling apart"
            " (its throw site or type)"
        )
        if args.show:
            _show(split, outcomes, matcher)
        if args.sweep:
            _sweep(split, matcher)
        failed += misses(name, scores)
        if args.second_meeting:
            met = second_meeting(split, outcomes)
            left = {c.id for c in met.cases}
            first[name] = [o for o in outcomes if o.case in left]
            again[name] = run(met, matcher, args.threshold)[0]
            apart = unread(split, first[name])
            unsaid_first[name] = len(apart)
            unsaid_again[name] = len(unread(met, again[name]))
            moved[name] = changed(first[name], again[name], set(apart))
            for when, answers, apart in (
                ("first meeting ", first[name], unsaid_first[name]),
                ("second meeting", again[name], unsaid_again[name]),
            ):
                s = score(answers)
                print(
                    f"{when} {s.cases} cases left once {len(split.cases) - s.cases} tickets"
                    f" are noted: precision {s.precision:.4f}, recall {s.recall:.4f};"
                    f" {s.false_matches} false matches ({apart} apart unread),"
                    f" {s.wrong_ticket} wrong ticket, {s.missed} missed"
                )
            print(_changed_line(moved[name], unsaid_first[name]))
            if args.show:
                _show(met, again[name], matcher)
    if args.split == "all":
        for line in pooled_lines(pooled, unsaid):
            print(line)
        for when, answers, apart in (
            ("first", first, unsaid_first),
            ("second", again, unsaid_again),
        ):
            if answers:
                print(f"the cases left at the second meeting, at the {when} (not judged):")
                for line in pooled_lines(answers, apart):
                    print(line)
        if moved:
            total = Changed(*(sum(column) for column in zip(*moved.values(), strict=True)))
            print(_changed_line(total, sum(unsaid_first.values())))
    for miss in failed:
        print(f"MISSED: {miss}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
