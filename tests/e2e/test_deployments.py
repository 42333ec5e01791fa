"""Dogcatcher the way it is operated: `dogcatcher setup`, `prefect deploy`, a process
worker, and `prefect deployment run … --watch` exactly as a CI job calls it; the alerts
the server sends when a run fails or a deployment's runs stop completing; then the
scale-out: a Prefect server on PostgreSQL, results and locks on Redis, two workers, two
overlapping runs, and one ticket per fingerprint."""

from __future__ import annotations

import json
import sys
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import Any

import pytest
import redis

from tests.conftest import REDIS_URL, datadog_event, write_jsonl
from tests.e2e.processes import PrefectServer, Workers, copy_project, wait_for
from tests.fakes.jira import JiraFake
from tests.flows.test_triage import three_errors


@pytest.fixture
def webhook() -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """A listener on 127.0.0.1: its URL, and the JSON bodies posted to it."""
    received: list[dict[str, Any]] = []

    class Hook(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", 0))
            received.append(json.loads(self.rfile.read(length) or b"{}"))
            self.send_response(204)
            self.end_headers()

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), Hook)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/hook", received
    server.shutdown()
    server.server_close()


def _save_webhook_block(server: PrefectServer, project: Path, url: str) -> None:
    """A custom-webhook notification block ``dc-oncall`` posting subject and body to ``url``."""
    make_block = (
        "from prefect.blocks.notifications import CustomWebhookNotificationBlock as B; "
        f"B(name='oncall', url={url!r}, "
        "json_data={'subject': '{{subject}}', 'body': '{{body}}'})"
        ".save('dc-oncall', overwrite=True)"
    )
    server.run([sys.executable, "-c", make_block], cwd=project)


def _set_up_alerts(
    server: PrefectServer, tmp_path: Path, url: str, alerts: str
) -> tuple[Path, str]:
    """A checkout whose alerts notify the webhook at ``url`` (``alerts``: more lines of the
    section), set up on ``server``: the checkout and what setup printed."""
    project = copy_project(tmp_path / "checkout")
    _save_webhook_block(server, project, url)
    resources = project / "alerts.yaml"
    resources.write_text(f"alerts:\n  notify: custom-webhook/dc-oncall\n{alerts}")
    setup = server.run(
        ["dogcatcher", "setup", "--resources", str(resources), "--profile", "local"], cwd=project
    )
    return project, setup.stdout


def _flow_runs(server: PrefectServer, deployment: str) -> list[dict[str, Any]]:
    found = server.api("GET", f"/deployments/name/triage-errors/{deployment}")
    return list(
        server.api(
            "POST",
            "/flow_runs/filter",
            json={
                "flow_runs": {"deployment_id": {"any_": [found["id"]]}},
                "sort": "START_TIME_ASC",
            },
        )
    )


def _run_logs(server: PrefectServer, flow_run_id: str) -> list[str]:
    logs = server.api(
        "POST", "/logs/filter", json={"logs": {"flow_run_id": {"any_": [flow_run_id]}}}
    )
    return [f"{entry['name']}|{entry['level']}|{entry['message']}" for entry in logs]


def test_a_ci_job_sets_up_deploys_and_runs_the_triage_deployment(
    prefect_server: PrefectServer,
    workers: Workers,
    tmp_path: Path,
    webhook: tuple[str, list[dict[str, Any]]],
) -> None:
    project = copy_project(tmp_path / "checkout")
    url, alerts = webhook
    _save_webhook_block(prefect_server, project, url)
    resources = project / "deployments" / "resources.yaml"
    text = resources.read_text()
    assert "\n  notify: null" in text
    # The deployment's runs must complete at least every 15 s, or the on-call hears of it.
    resources.write_text(
        text.replace("\n  notify: null", "\n  notify: custom-webhook/dc-oncall")
        .replace("within: PT2H", "within: PT15S")
        .replace("      - staging\n", "      - local\n")
    )
    setup = prefect_server.run(["dogcatcher", "setup"], cwd=project)
    assert "work pool dogcatcher-local: created" in setup.stdout
    assert "concurrency limit datadog: created (10 slots, rate 0.5/s)" in setup.stdout
    assert "automation dogcatcher-runs-silent: created" in setup.stdout
    again = prefect_server.run(["dogcatcher", "setup"], cwd=project)
    assert "work pool dogcatcher-local: unchanged" in again.stdout  # idempotent
    prefect_server.run(["prefect", "--no-prompt", "deploy", "--all"], cwd=project, timeout=240)
    worker = workers.start(prefect_server, "dogcatcher-local", cwd=project)
    worker.wait_until_online()
    tickets = project / ".dogcatcher" / "tickets"

    command = ["prefect", "deployment", "run", "triage-errors/local", "--watch"]
    prefect_server.run([*command, "--param", "dry_run=true"], cwd=project, timeout=300)
    assert not tickets.exists()  # the dry run wrote nothing
    prefect_server.run(command, cwd=project, timeout=300)

    dry, real = _flow_runs(prefect_server, "local")
    assert (dry["state_type"], real["state_type"]) == ("COMPLETED", "COMPLETED")
    assert dry["name"] == "triage-local-all-events-dry-run"
    assert real["name"] == "triage-local-all-events"
    created = sorted(tickets.glob("OPS-*.json"))
    assert created
    logs = _run_logs(prefect_server, real["id"])
    assert any(  # library log lines reach the run's logs at INFO
        line.startswith("dogcatcher.ticketing|20|created OPS-") for line in logs
    ), logs[:20]
    artifacts = prefect_server.api(
        "POST", "/artifacts/filter", json={"artifacts": {"flow_run_id": {"any_": [real["id"]]}}}
    )
    by_type = {artifact["type"]: artifact for artifact in artifacts}
    assert f"| tickets created | {len(created)} " in by_type["markdown"]["data"]
    rows = by_type["table"]["data"]
    rows = json.loads(rows) if isinstance(rows, str) else rows
    assert sum(row["decision"] == "create" for row in rows) == len(created)
    # No run completes after the last one: the silent-deployment alert fires, and only it.
    (silent,) = wait_for(
        lambda: list(alerts), timeout=90, what="the silent alert", watch=[prefect_server.process]
    )
    assert silent["subject"] == "Dogcatcher: no triage run of local completed lately"
    assert "within 0:00:15 of the last one" in silent["body"]


def test_a_failed_triage_run_notifies_through_the_alert_block(
    prefect_server: PrefectServer,
    tmp_path: Path,
    webhook: tuple[str, list[dict[str, Any]]],
) -> None:
    url, received = webhook
    project, setup = _set_up_alerts(prefect_server, tmp_path, url, "")
    # Made here, or already by this module's first test, which set up the same alert.
    assert "automation dogcatcher-run-failed: " in setup

    # A run whose profile does not exist fails inside the flow.
    fail = "from flows.triage import triage_errors; triage_errors(profile='no-such-profile')"
    failed = prefect_server.run([sys.executable, "-c", fail], cwd=project, check=False)
    assert failed.returncode != 0

    posted = wait_for(
        lambda: next((p for p in received if "triage run" in p["subject"]), None),
        timeout=90,
        what="the failed-run alert's POST",
        watch=[prefect_server.process],
    )
    assert posted["subject"].startswith("Dogcatcher: triage run triage-no-such-profile")
    assert posted["subject"].endswith(" Failed")
    assert "profile 'no-such-profile' not found" in posted["body"]


def test_groups_that_fail_in_a_completed_run_notify_through_the_alert_block(
    prefect_server: PrefectServer,
    tmp_path: Path,
    webhook: tuple[str, list[dict[str, Any]]],
) -> None:
    url, received = webhook
    project, setup = _set_up_alerts(
        prefect_server, tmp_path, url, "  failed: false\n  groups_failed: {}\n"
    )
    assert "automation dogcatcher-groups-failed: created" in setup
    first = write_jsonl(tmp_path / "day1.jsonl", three_errors())
    ran = prefect_server.run(
        ["dogcatcher", "run", "--source", str(first)], cwd=project, timeout=240
    )
    # With an API set, Prefect is imported to read the profile's block secrets, before the
    # run: its console logging must be quiet by then (it printed 55 INFO lines).
    assert " | INFO " not in ran.stdout + ran.stderr, ran.stderr
    for record in (project / ".dogcatcher" / "tickets").glob("OPS-*.json"):
        record.write_text("{corrupt")  # the tracker now fails on each of the three tickets

    second = write_jsonl(tmp_path / "day2.jsonl", three_errors(start=86_400))
    run = ["dogcatcher", "run", "--source", str(second)]
    preview = prefect_server.run([*run, "--dry-run"], cwd=project, timeout=240, check=False)
    failing = prefect_server.run(run, cwd=project, timeout=240, check=False)

    assert failing.returncode == 1, failing.stdout  # the run completed; its groups failed
    posted = wait_for(
        lambda: next((p for p in received if "group(s) failed" in p["subject"]), None),
        timeout=90,
        what="the failed-groups alert's POST",
        watch=[prefect_server.process],
    )
    assert posted["subject"] == "Dogcatcher: 3 group(s) failed in local"
    # The dry run's groups failed too (exit 1), before the real run's, but a preview
    # alerts no one: the first alert is the real run's.
    assert preview.returncode == 1
    assert "Run triage-local-all-events: http" in posted["body"], posted["body"]
    assert "(the longest has failed in 1 run(s) in a row)" in posted["body"]
    assert "dogcatcher state show" in posted["body"]


def _incident(count: int) -> list[dict[str, object]]:
    """Events of five distinct errors, from 12:00 on 2026-11-01, one a second."""
    return [
        datadog_event(n, message=f"error {n % 5} in step {n % 5}", kind=f"Error{n % 5}")
        for n in range(count)
    ]


def test_scaled_out_two_workers_and_overlapping_runs_make_one_ticket_per_fingerprint(
    postgres_prefect_server: PrefectServer,
    workers: Workers,
    redis_dbs: Callable[[], int],
    tmp_path: Path,
) -> None:
    server = postgres_prefect_server
    project = copy_project(tmp_path / "checkout")
    results_db, locks_db = redis_dbs(), redis_dbs()
    events = write_jsonl(tmp_path / "events.jsonl", _incident(200))
    jira = JiraFake(username="bot@example.com", token="jira-token", projects={"STG": "Staging"})
    with jira.running():
        # The staging profile on this machine's Redis, with the fakes for the services.
        env = {
            "DOGCATCHER_SOURCE__KIND": "file",
            "DOGCATCHER_SOURCE__PATH": str(events),
            "DOGCATCHER_SOURCE__INCREMENTAL": "false",
            "DOGCATCHER_ANALYZER__KIND": "rule",
            "DOGCATCHER_TRACKER__URL": jira.base_url,
            "DOGCATCHER_TRACKER__USERNAME": "bot@example.com",
            "DOGCATCHER_TRACKER__TOKEN": "jira-token",
            "DOGCATCHER_TICKETING__MIN_OCCURRENCES": "1",
            "DOGCATCHER_STATE__REDIS_URL": REDIS_URL,
            "DOGCATCHER_STATE__RESULTS_DB": str(results_db),
            "DOGCATCHER_STATE__LOCKS_DB": str(locks_db),
        }
        setup = server.run(["dogcatcher", "setup", "-p", "staging"], cwd=project, env_extra=env)
        assert f"RedisDatabase block dogcatcher-staging-results: saved (db {results_db})" in (
            setup.stdout
        )
        server.run(["prefect", "--no-prompt", "deploy", "--all"], cwd=project, timeout=240)
        for _ in range(2):  # one flow run at a time each: the two runs go to two workers
            workers.start(
                server,
                "dogcatcher-staging",
                cwd=project,
                env_extra=env,
                extra_args=["--limit", "1"],
            )
        for worker in workers.started:
            worker.wait_until_online()

        # A run and a backfill over overlapping windows, at once.
        for deployment, since in (("staging", "11:00"), ("staging-backfill", "11:30")):
            window = ["--param", f"since=2026-11-01T{since}:00Z"]
            window += ["--param", "until=2026-11-01T13:00:00Z"]
            server.run(
                ["prefect", "deployment", "run", f"triage-errors/{deployment}", *window],
                cwd=project,
            )

        def finished() -> list[dict[str, Any]] | None:
            runs = _flow_runs(server, "staging") + _flow_runs(server, "staging-backfill")
            done = [run for run in runs if run["state_type"] in ("COMPLETED", "FAILED", "CRASHED")]
            return runs if len(done) == 2 else None

        runs = wait_for(finished, timeout=300, what="both staging runs to finish")
        issues = list(jira.issues.values())

    assert [run["state_type"] for run in runs] == ["COMPLETED", "COMPLETED"]
    results = redis.Redis.from_url(f"{REDIS_URL}/{results_db}")
    # Both runs' lookups (one batch of five fingerprints each) are persisted on Redis, and so
    # are the ticket writes: at least one per fingerprint (the later run writes none for a
    # group it finds already ticketed).
    assert len(results.keys("find-existing-tickets-*")) == 2
    assert len(results.keys("apply-decision-*")) >= 5
    labels = Counter(label for issue in issues for label in issue.labels if label.startswith("dc-"))
    assert len(labels) == 5 and set(labels.values()) == {1}, labels  # one ticket each
