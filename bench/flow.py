"""The real triage flow, through Prefect, against slow fakes: how close to its lower bound?

    .venv/bin/python bench/flow.py --scenario S1        # 200,000 events, 300 groups
    .venv/bin/python bench/flow.py --scenario S2        # 1,000,000 events, 500 groups
    .venv/bin/python bench/flow.py --scenario small     # 20,000 events, 60 groups (a minute)
    .venv/bin/python bench/flow.py --events N --groups G [--services S] [--api-url URL]

The fakes of ``tests/fakes/`` run in a child process (so the events the fake Datadog holds
do not count in the flow's memory), loaded with a ``bench/workload.py`` workload and a
share of its groups already ticketed in the fake Jira (open and resolved). Latencies, by
default as the issue gives them: Datadog 250 ms per page (of 1,000 events: the most
Datadog's logs search and its client return per page; the issue assumed 5,000), OpenAI 1.2 s
per completion, Jira 150 ms per search or read, 400 ms per create, 200 ms per comment or other
write. The global concurrency limits are the profile's: 8 OpenAI calls and 4 Jira calls in
flight (within a time slice, Datadog pages come one after another: each needs the last
one's cursor; `source.fetch_slices` slices are read side by side).

The flow runs twice over the same window: the first run does the work; the second must
make no LLM call and create nothing. Printed per run: wall time, events/s, LLM calls and
tokens, Jira calls by kind, and the lower bound

    T* = pages x page latency + ceil(new groups / LLM slots) x LLM latency
         + sum(Jira calls x their latency) / Jira slots

with the ratio wall / T*; the run's CPU in this process with the garbage collector's share
of it, and (ephemeral API) in the API's server; how the pages were read: each slice's
pages form a chain, and the time from a page's answer to the chain's next request is the
flow's. Then the process's peak RSS; each run's Prefect task runs, counted once the API
has recorded them all, and how long after the second run that was; what a Prefect task run
costs on the backend (empty tasks through the flow's task runner), and the CPU each run's
task runs took for their bookkeeping at that rate.

The Prefect backend is an ephemeral API (SQLite, in a fresh PREFECT_HOME) unless
``--api-url`` points at a server; its start is paid by a warm-up flow before the timed runs.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import math
import multiprocessing as mp
import os
import resource
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

SCENARIOS: dict[str, tuple[int, int, int]] = {  # events, groups, services
    "small": (20_000, 60, 6),
    "S1": (200_000, 300, 12),
    "S2": (1_000_000, 500, 20),
}
PAGE_SIZE = 1000  # Datadog's maximum page
PROJECT = "BENCH"


@dataclass(frozen=True)
class Latency:
    """Seconds per call, as the issue's latency model gives them."""

    page: float = 0.25
    llm: float = 1.2
    search: float = 0.15  # Jira searches and reads
    create: float = 0.4
    comment: float = 0.2  # comments, transitions, label edits, links

    def jira(self, method: str, path: str) -> tuple[str, float]:
        """The kind of a Jira request and its latency."""
        if "/search" in path or method == "GET":
            return "search" if "/search" in path else "read", self.search
        if method == "POST" and path.rstrip("/").endswith("/issue"):
            return "create", self.create
        return "write", self.comment


@dataclass
class Usage:
    """What the fakes saw during one run."""

    pages: int = 0
    page_chains: int = 0  # cursor chains: time slices read side by side
    reading: float = 0.0  # seconds from the first page asked for to the last one answered
    turnaround: float = 0.0  # seconds between a page's answer and its chain's next request
    first_asked: float = 0.0  # time.monotonic() of the first page request (system-wide)
    last_answered: float = 0.0  # ... and of the last page's answer
    llm_calls: int = 0
    llm_tokens: int = 0
    jira: Counter[str] = field(default_factory=Counter)


# --- the fakes, in their own process -------------------------------------------------------


def _serve(conn: Connection, events: int, groups: int, services: int, seed: int) -> None:
    """Child process: build the workload, start the fakes, answer the parent's requests
    (``usage`` since the last ask, ``stop``)."""
    from workload import Workload, seed_jira

    from dogcatcher.settings import load_settings
    from tests.fakes.datadog import DatadogLogsFake
    from tests.fakes.jira import JiraFake
    from tests.fakes.openai import OpenAIFake

    latency = Latency()
    start = datetime.now(UTC).replace(minute=0, second=0, microsecond=0) - timedelta(hours=25)
    workload = Workload(events, services, groups, seed, start=start)
    datadog = DatadogLogsFake(workload.events(), api_key="dd", app_key="app", max_limit=PAGE_SIZE)
    jira = JiraFake(username="bench@example.com", token="jira", projects={PROJECT: "Bench"})
    settings = load_settings("testing", {"tracker": {"project": PROJECT}})
    seeded = seed_jira(jira, workload, settings=settings)
    llm = OpenAIFake(api_key="sk-bench")
    datadog.latency = latency.page
    llm.route_latency = {"/v1/chat/completions": latency.llm}
    jira.latency_fn = lambda request: latency.jira(request.method, request.path)[1]
    with datadog.running(), jira.running(), llm.running():
        conn.send(
            {
                "datadog": datadog.base_url,
                "jira": jira.base_url,
                "openai": f"{llm.base_url}/v1",
                "since": workload.start.isoformat(),
                "until": workload.end.isoformat(),
                "ticketed": len(seeded),
                "resolved": sum(t.resolved for t in seeded),
            }
        )
        seen = {"datadog": 0, "jira": 0, "llm": 0, "tokens": 0}
        while (ask := conn.recv()) != "stop":
            assert ask == "usage"
            usage = Usage()
            requests = datadog.requests[seen["datadog"] :]
            _pages(usage, [r for r in requests if "/logs/events" in r.path])
            usage.llm_calls = len(llm.completions) - seen["llm"]
            usage.llm_tokens = llm.total_tokens - seen["tokens"]
            for r in jira.requests[seen["jira"] :]:
                usage.jira[latency.jira(r.method, r.path)[0]] += 1
            seen = {
                "datadog": len(datadog.requests),
                "jira": len(jira.requests),
                "llm": len(llm.completions),
                "tokens": llm.total_tokens,
            }
            conn.send(usage)


def _pages(usage: Usage, requests: list[Any]) -> None:
    """How the flow read the pages: a slice's pages form one chain, each page asked for with
    its predecessor's cursor, so the time between an answer and the chain's next request is
    the flow's, not Datadog's."""
    usage.pages = len(requests)
    if not requests:
        return
    latency = Latency().page
    chains: dict[tuple[str, str], list[float]] = {}
    for request in requests:
        window = request.json()["filter"]
        chains.setdefault((window["from"], window["to"]), []).append(request.received_at)
    usage.page_chains = len(chains)
    usage.first_asked = requests[0].received_at
    usage.last_answered = max(r.received_at for r in requests) + latency
    usage.reading = usage.last_answered - usage.first_asked
    usage.turnaround = sum(
        max(0.0, later - earlier - latency)
        for times in chains.values()
        for earlier, later in itertools.pairwise(times)
    )


# --- the flow, in this process ---------------------------------------------------------------


def _configure(urls: dict[str, Any], state: Path) -> None:
    env = {
        "SOURCE__KIND": "datadog",
        "SOURCE__BASE_URL": urls["datadog"],
        "SOURCE__API_KEY": "dd",
        "SOURCE__APP_KEY": "app",
        "SOURCE__PAGE_SIZE": str(PAGE_SIZE),
        "SOURCE__MAX_RETRIES": "0",
        "ANALYZER__KIND": "openai",
        "ANALYZER__BASE_URL": urls["openai"],
        "ANALYZER__API_KEY": "sk-bench",
        "ANALYZER__MAX_RETRIES": "0",
        "ANALYZER__TIMEOUT_SECONDS": "30",
        "TRACKER__KIND": "jira",
        "TRACKER__URL": urls["jira"],
        "TRACKER__USERNAME": "bench@example.com",
        "TRACKER__TOKEN": "jira",
        "TRACKER__PROJECT": PROJECT,
        "TRACKER__MAX_RETRIES": "0",
        "TICKETING__MAX_TICKETS_PER_RUN": "100000",
        "STATE__DIRECTORY": str(state),
    }
    for key, value in env.items():
        os.environ[f"DOGCATCHER_{key}"] = value


def _limits(llm_slots: int, jira_slots: int) -> None:
    from prefect.client.orchestration import get_client

    with get_client(sync_client=True) as client:
        for name, slots in (("openai", llm_slots), ("jira", jira_slots)):
            client.upsert_global_concurrency_limit_by_name(name, slots)


def _task_runs(flow_run_id: Any) -> int:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId

    runs = 0
    with get_client(sync_client=True) as client:
        while batch := client.read_task_runs(
            flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[flow_run_id])),
            offset=runs,
            limit=200,
        ):
            runs += len(batch)
    return runs


def _recorded_task_runs(flow_run_ids: dict[str, Any]) -> tuple[dict[str, int], float]:
    """Each run's task runs, once the API has recorded them all (it records them from the
    runs' events, and may still be at it when a run returns), and how long that took."""
    began, last = time.perf_counter(), None
    while True:
        counts = {attempt: _task_runs(run_id) for attempt, run_id in flow_run_ids.items()}
        if counts == last:
            return counts, time.perf_counter() - began - SETTLED
        last = counts
        time.sleep(SETTLED)


SETTLED = 2.0  # seconds without a new task run recorded: the API is done


def task_run_cost(runs: int = 400) -> tuple[float, float]:
    """What one Prefect task run costs on this backend, in ms of this process's CPU and of
    wall time: ``runs`` empty tasks through the flow's task runner."""
    from prefect import flow, task
    from prefect.cache_policies import NO_CACHE
    from prefect.task_runners import ThreadPoolTaskRunner

    from flows.triage import TASK_WORKERS

    @task(cache_policy=NO_CACHE, persist_result=False)
    def empty(n: int) -> int:
        return n

    runner: Any = ThreadPoolTaskRunner(TASK_WORKERS)

    @flow(name="bench-task-run-cost", task_runner=runner)
    def many() -> tuple[float, float]:
        wall, cpu = time.perf_counter(), time.process_time()
        for future in [empty.submit(n) for n in range(runs)]:
            future.result()
        return (time.process_time() - cpu) / runs * 1000, (time.perf_counter() - wall) / runs * 1000

    return many()


class GcClock:
    """CPU time this process spends in the cyclic garbage collector, per generation (a
    collection runs in the thread that triggered it, so its thread time is what it cost)."""

    def __init__(self) -> None:
        self.runs = [0, 0, 0]
        self.seconds = [0.0, 0.0, 0.0]
        self._started = 0.0
        gc.callbacks.append(self._tick)

    def _tick(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._started = time.thread_time()
        else:
            self.runs[info["generation"]] += 1
            self.seconds[info["generation"]] += time.thread_time() - self._started

    def reset(self) -> None:
        self.runs, self.seconds = [0, 0, 0], [0.0, 0.0, 0.0]

    def describe(self) -> str:
        return (
            f"{sum(self.seconds):.1f} s in {sum(self.runs):,} collections "
            f"({self.runs[2]} full: {self.seconds[2]:.1f} s)"
        )


def _server_cpu(fakes_pid: int | None) -> float:
    """CPU seconds the ephemeral API's server (this process's other child) has used so far;
    0 on a system without /proc."""
    ticks = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:  # the process ended
            continue
        if int(fields[1]) == os.getpid() and int(stat.parent.name) != fakes_pid:
            ticks += int(fields[11]) + int(fields[12])  # utime, stime
    return ticks / os.sysconf("SC_CLK_TCK") if ticks else 0.0


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def lower_bound(usage: Usage, new_groups: int, llm_slots: int, jira_slots: int) -> float:
    """T*: the time the services force on a run, if everything else were free."""
    latency = Latency()
    per_kind = {"search": latency.search, "read": latency.search}
    per_kind |= {"create": latency.create, "write": latency.comment}
    jira = sum(n * per_kind[kind] for kind, n in usage.jira.items())
    return (
        usage.pages * latency.page
        + math.ceil(new_groups / llm_slots) * latency.llm
        + jira / jira_slots
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scenario", choices=SCENARIOS, default="small")
    parser.add_argument("--events", type=int)
    parser.add_argument("--groups", type=int)
    parser.add_argument("--services", type=int)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--llm-slots", type=int, default=8)
    parser.add_argument("--jira-slots", type=int, default=4)
    parser.add_argument("--api-url", help="a Prefect server (default: ephemeral, SQLite)")
    args = parser.parse_args()
    events, groups, services = SCENARIOS[args.scenario]
    events, groups = args.events or events, args.groups or groups
    services = args.services or services

    work = Path(tempfile.mkdtemp(prefix="dogcatcher-bench-"))
    os.environ["PREFECT_HOME"] = str(work / "prefect")
    os.environ["PREFECT_SERVER_ANALYTICS_ENABLED"] = "false"
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    if args.api_url:
        os.environ["PREFECT_API_URL"] = args.api_url
    backend = args.api_url or "ephemeral (SQLite)"

    began = time.perf_counter()
    parent, child = mp.get_context("spawn").Pipe()
    fakes = mp.get_context("spawn").Process(
        target=_serve, args=(child, events, groups, services, args.seed), daemon=True
    )
    fakes.start()
    while not parent.poll(1):
        if not fakes.is_alive():
            sys.exit("the fakes' process died; its error is above")
    urls = parent.recv()
    print(
        f"workload       {events:,} events, {groups} groups, {services} services; "
        f"{urls['ticketed']} ticketed ({urls['resolved']} resolved); built in "
        f"{time.perf_counter() - began:.0f} s"
    )
    _configure(urls, work / "state")

    from prefect import flow

    from flows.triage import triage_errors

    @flow(name="bench-warm-up")
    def warm_up() -> None:
        """Starts the API (ephemeral) before anything is timed."""

    warm_up()
    _limits(args.llm_slots, args.jira_slots)
    since, until = datetime.fromisoformat(urls["since"]), datetime.fromisoformat(urls["until"])
    print(f"prefect        {backend}; limits openai {args.llm_slots}, jira {args.jira_slots}")

    flow_runs: dict[str, Any] = {}
    collector = GcClock()
    for attempt in ("first", "second"):
        parent.send("usage")
        parent.recv()  # reset the counts
        collector.reset()
        server = _server_cpu(fakes.pid)
        started, cpu = time.monotonic(), time.process_time()
        state = triage_errors(since=since, until=until, profile="testing", return_state=True)
        ended = time.monotonic()
        wall, cpu = ended - started, time.process_time() - cpu
        server = _server_cpu(fakes.pid) - server
        report = state.result()
        parent.send("usage")
        usage: Usage = parent.recv()
        new_groups = report.groups - report.cached_analyses
        bound = lower_bound(usage, new_groups, args.llm_slots, args.jira_slots)
        actions = {k: v for k, v in report.count_actions().items() if v}
        print(f"\n-- {attempt} run")
        print(f"wall           {wall:.1f} s   ({report.events_read / wall:,.0f} events/s)")
        print(f"cpu            {cpu:.1f} s in this process; gc {collector.describe()}")
        if not args.api_url:
            print(f"               {server:.1f} s in the ephemeral API's server")
        print(f"events         {report.events_read:,} in {report.pages} pages → {report.groups}")
        print(f"decisions      {actions}")
        print(
            f"llm            {usage.llm_calls} calls ({new_groups} groups without a cached "
            f"analysis), {usage.llm_tokens:,} tokens"
        )
        print(f"jira           {dict(usage.jira)}")
        if usage.pages > usage.page_chains:
            print(
                f"datadog        {usage.pages} pages in {usage.page_chains} chains, read over "
                f"{usage.reading:.1f} s; the flow took "
                f"{1000 * usage.turnaround / (usage.pages - usage.page_chains):.0f} ms "
                "between a page's answer and its chain's next request"
            )
            print(
                f"               the first page was asked for {usage.first_asked - started:.1f} s "
                f"into the run, which ended {ended - usage.last_answered:.1f} s after the last "
                "page's answer"
            )
        flow_runs[attempt] = state.state_details.flow_run_id
        print(f"lower bound    T* = {bound:.1f} s   wall / T* = {wall / bound:.2f}")
    print(f"\npeak RSS       {_peak_rss_mb():.0f} MB (this process: flow, Prefect client)")
    server = _server_cpu(fakes.pid)
    runs_of, behind = _recorded_task_runs(flow_runs)
    server = _server_cpu(fakes.pid) - server
    print(
        "prefect        task runs: "
        + ", ".join(f"{n:,} in the {attempt} run" for attempt, n in runs_of.items())
        + f"; the API had recorded them all {max(behind, 0.0):.1f} s after the second run"
        + (f" ({server:.1f} s of its server's CPU)" if not args.api_url else "")
    )
    # Measured after the runs: its burst of task runs would load the API they start on.
    cpu_ms, wall_ms = task_run_cost()
    print(
        f"prefect        a task run costs {cpu_ms:.1f} ms of CPU here ({wall_ms:.1f} ms of wall "
        "when empty tasks run back to back on the flow's threads): "
        + ", ".join(f"{n * cpu_ms / 1000:.1f} s for the {k} run's {n}" for k, n in runs_of.items())
    )
    parent.send("stop")
    fakes.join(timeout=30)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
