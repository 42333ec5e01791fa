"""Throughput of the per-event CPU path on one core: parse → sanitize → group.

    .venv/bin/python bench/cpu_path.py --events 100000

Generates the events first (seeded, not timed) and keeps them as JSON lines in memory, then
runs the stages page by page, as the flow's page tasks do (a page's events are dropped once
it is grouped) under the flow's collector settings, and prints events/s per stage and end
to end. No Prefect, no I/O.
"""

from __future__ import annotations

import argparse
import json
import time
from datetime import UTC, datetime, timedelta

from dogcatcher.collector import collector_tuned_for_a_run
from dogcatcher.grouping import group_events
from dogcatcher.sample_data import generate_events
from dogcatcher.sanitize import sanitize_events
from dogcatcher.wire import event_from_json


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--page-size", type=int, default=5000, help="events per page")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    start = datetime(2026, 11, 1, tzinfo=UTC)
    lines = [
        json.dumps(event).encode()  # bytes, as read from a file or an HTTP answer
        for _, event in generate_events(
            args.events, seed=args.seed, start=start, end=start + timedelta(hours=24)
        )
    ]

    seconds = {"parse": 0.0, "sanitize": 0.0, "group": 0.0}
    groups = redactions = 0
    with collector_tuned_for_a_run():  # as in a flow run
        for first in range(0, len(lines), args.page_size):
            t0 = time.process_time()
            events = [event_from_json(line) for line in lines[first : first + args.page_size]]
            t1 = time.process_time()
            clean, found = sanitize_events(events)
            t2 = time.process_time()
            page_groups = group_events(clean)
            t3 = time.process_time()
            seconds["parse"] += t1 - t0
            seconds["sanitize"] += t2 - t1
            seconds["group"] += t3 - t2
            groups += len(page_groups)
            redactions += sum(found.values())

    n = len(lines)
    for stage, spent in seconds.items():
        print(f"{stage:>9}: {spent:6.2f} s  {n / spent:>10,.0f} events/s")
    total = sum(seconds.values())
    print(f"{'total':>9}: {total:6.2f} s  {n / total:>10,.0f} events/s")
    print(f"{n:,} events, pages of {args.page_size:,}: {groups:,} page groups, ", end="")
    print(f"{redactions:,} redactions")


if __name__ == "__main__":
    main()
