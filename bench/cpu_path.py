"""Throughput of the per-event CPU path on one core: parse → sanitize → group.

    .venv/bin/python bench/cpu_path.py --events 100000

Generates the events first (seeded, not timed), keeps them as JSON lines in memory, then
times each stage over the whole set and prints events/s per stage and end to end. No
Prefect, no I/O: this is the cost the flow's per-page tasks pay.
"""

from __future__ import annotations

import argparse
import json
import time
from datetime import UTC, datetime, timedelta

from dogcatcher.grouping import group_events
from dogcatcher.models import LogEvent
from dogcatcher.sample_data import generate_events
from dogcatcher.sanitize import sanitize_events


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    start = datetime(2026, 11, 1, tzinfo=UTC)
    lines = [
        json.dumps(event)
        for _, event in generate_events(
            args.events, seed=args.seed, start=start, end=start + timedelta(hours=24)
        )
    ]

    t0 = time.perf_counter()
    events = [LogEvent.from_datadog(json.loads(line)) for line in lines]
    t1 = time.perf_counter()
    clean, redactions = sanitize_events(events)
    t2 = time.perf_counter()
    groups = group_events(clean)
    t3 = time.perf_counter()

    n = len(events)
    for stage, seconds in (("parse", t1 - t0), ("sanitize", t2 - t1), ("group", t3 - t2)):
        print(f"{stage:>9}: {seconds:6.2f} s  {n / seconds:>10,.0f} events/s")
    print(f"{'total':>9}: {t3 - t0:6.2f} s  {n / (t3 - t0):>10,.0f} events/s")
    print(f"{n:,} events → {len(groups)} groups, {sum(redactions.values()):,} redactions")


if __name__ == "__main__":
    main()
