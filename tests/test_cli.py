"""The dogcatcher command: argument parsing, clear errors, and a real run's output."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner, Result

from dogcatcher.cli import _print_summary, app, parse_moment
from dogcatcher.exceptions import ConfigError, DogcatcherError
from dogcatcher.models import FailureStreak, RunReport, TimeWindow
from dogcatcher.state import FileRunState, Pending, Watermark
from tests.conftest import datadog_event, write_jsonl
from tests.flows.test_triage import three_errors

NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2h", datetime(2026, 11, 22, 10, 0, tzinfo=UTC)),
        ("30m", datetime(2026, 11, 22, 11, 30, tzinfo=UTC)),
        ("7d", datetime(2026, 11, 15, 12, 0, tzinfo=UTC)),
        ("2026-11-01T00:00:00Z", datetime(2026, 11, 1, tzinfo=UTC)),
        ("2026-11-01T02:00:00+02:00", datetime(2026, 11, 1, tzinfo=UTC)),
        ("2026-11-01", datetime(2026, 11, 1, tzinfo=UTC)),
    ],
)
def test_parse_moment(text: str, expected: datetime) -> None:
    assert parse_moment(text, now=NOW) == expected


@pytest.mark.parametrize("text", ["yesterday", "2x", "-2h", ""])
def test_parse_moment_rejects_nonsense_with_the_accepted_forms(text: str) -> None:
    with pytest.raises(typer.BadParameter, match="duration like 2h"):
        parse_moment(text, now=NOW)


def dogcatcher(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "DOGCATCHER_"))}
    return subprocess.run(
        [sys.executable, "-m", "dogcatcher", *args],
        capture_output=True,
        text=True,
        env={**base, **(env or {})},
        timeout=240,
        cwd=Path(__file__).parent.parent,
    )


def test_bad_profile_is_one_clear_line_and_exit_2() -> None:
    result = dogcatcher("run", "--profile", "nope")
    assert result.returncode == 2
    assert "error: profile 'nope' not found" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_every_command_takes_its_profile_from_dogcatcher_profile(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("DOGCATCHER_PROFILE", "nope")
    for command in (["run", "--dry-run"], ["check"], ["state", "show"]):
        result = CliRunner().invoke(app, command)  # main() turns the error into exit 2
        assert "profile 'nope' not found" in str(result.exception), command
    # --profile still wins over the variable.
    assert CliRunner().invoke(app, ["state", "show", "--profile", "testing"]).exit_code == 0


def test_a_crash_is_an_internal_error_with_its_own_exit_status(tmp_path: Path) -> None:
    # A bug must not pass for "groups failed" (1) or a named problem (2): a hook that raises
    # stands in for one, loaded by the interpreter before the CLI starts.
    (tmp_path / "sitecustomize.py").write_text(
        "import dogcatcher.cli\n"
        "def boom(*a, **k):\n    raise RuntimeError('boom')\n"
        "dogcatcher.cli.app = boom\n"
    )
    result = dogcatcher("state", "show", env={"PYTHONPATH": str(tmp_path)})
    assert result.returncode == 3
    assert "internal error: RuntimeError: boom (a bug in Dogcatcher" in result.stderr
    assert "Traceback" in result.stderr


def test_missing_source_file_is_one_clear_line_and_exit_2(tmp_path: Path) -> None:
    result = dogcatcher("run", "--source", str(tmp_path / "nope.jsonl"))
    assert result.returncode == 2
    assert result.stderr.strip() == f"error: source.path: {tmp_path / 'nope.jsonl'} is not a file"


def test_bad_window_option_is_rejected_before_running() -> None:
    result = dogcatcher("run", "--since", "yesterday")
    assert result.returncode == 2
    assert "duration like 2h" in result.stderr


@pytest.mark.parametrize(
    ("since", "until"),
    [("2026-11-02T00:00Z", "2026-11-01T00:00Z"), ("2099-01-01T00:00Z", None)],
)
def test_a_window_that_ends_before_it_starts_is_refused(since: str, until: str | None) -> None:
    # Accepted before, it read nothing and exited 0.
    args = ["run", "--dry-run", "--since", since, *(["--until", until] if until else [])]
    result = CliRunner().invoke(app, args)
    said = " ".join(result.output.replace("│", " ").split())
    assert result.exit_code == 2 and "the window is empty" in said, said


def test_real_run_twice_prints_a_clean_summary_and_second_creates_nothing(
    tmp_path: Path,
) -> None:
    source = write_jsonl(tmp_path / "events.jsonl", [*three_errors(), "{bad line"])
    env = {
        "PREFECT_HOME": str(tmp_path / "prefect"),
        "DOGCATCHER_TRACKER__DIRECTORY": str(tmp_path / "tickets"),
        "COLUMNS": "250",
    }

    first = dogcatcher("run", "--profile", "testing", "--source", str(source), env=env)
    second = dogcatcher("run", "--profile", "testing", "--source", str(source), env=env)

    for result in (first, second):
        assert result.returncode == 0, result.stderr
        noise = result.stdout + result.stderr
        for unwanted in ("Traceback", "ERROR", "telemetry", "CancelledError", "| INFO"):
            assert unwanted not in noise, noise
    assert "45 read, 1 skipped as malformed" in first.stdout
    assert "events.jsonl:46" in first.stdout
    assert "created: 3" in first.stdout
    assert f"written to: local files in {tmp_path / 'tickets'}" in " ".join(first.stdout.split())
    assert "created: 0" in second.stdout
    assert len(list((tmp_path / "tickets").glob("TEST-*.json"))) == 3


# ---------------------------------------------------------------------------- state


@pytest.fixture
def state_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The testing profile's run state in a temporary folder, continuing from a watermark
    as a Datadog profile does."""
    monkeypatch.setenv("DOGCATCHER_STATE__DIRECTORY", str(tmp_path))
    monkeypatch.setenv("DOGCATCHER_SOURCE__INCREMENTAL", "true")
    return tmp_path


def invoke(*args: str) -> Result:
    return CliRunner().invoke(app, ["state", *args, "--profile", "testing"])


def pending(fingerprint: str, why: str, runs: int, reason: str) -> Pending:
    at = datetime(2026, 11, 20, 8, 30, tzinfo=UTC)
    return Pending.model_validate(
        {
            "group": {
                "fingerprint": fingerprint,
                "error_kind": "KeyError",
                "template": "missing <num>",
                "count": 12,
                "first_seen": at,
                "last_seen": at,
                "services": ["orders"],
            },
            "why": why,
            "reason": reason,
            "since": at,
            "runs": runs,
        }
    )


def test_state_show_lists_the_watermark_and_why_each_group_is_pending(state_dir: Path) -> None:
    empty = invoke("show")
    state = FileRunState(state_dir)
    state.save_watermark("testing", Watermark(end=datetime(2026, 11, 20, 9, 0, tzinfo=UTC)))
    state.update_pending(
        "testing",
        taken=[],
        kept=[
            pending("a1b2c3d4e5f60718", "failed", 3, "Jira refused: field 'Team' is required"),
            pending("ffeeddccbbaa9988", "held", 1, "ticket cap of 10 per run reached"),
        ],
    )

    shown = invoke("show")

    assert empty.exit_code == 0, empty.output
    assert "watermark: none; the next run reads " in empty.output
    assert empty.output.count("(source.lookback)") == 1
    assert "pending groups: none" in empty.output
    assert shown.exit_code == 0, shown.output
    assert "watermark: 2026-11-20T09:00Z" in shown.output
    # Days behind: the next run reads source.max_window's day, and later runs the rest.
    assert "the next run reads 2026-11-20T08:55Z → 2026-11-21T08:55Z" in shown.output
    assert "catching up" in shown.output
    assert "pending groups: 2" in shown.output
    failed = next(line for line in shown.output.splitlines() if "a1b2c3d4e5f60718" in line)
    assert failed.split() == [
        *("a1b2c3d4e5f60718", "failed", "3", "runs", "in", "a", "row", "since"),
        *("2026-11-20T08:30Z", "12", "events", "orders"),
    ]
    assert "field 'Team' is required" in shown.output
    assert "ticket cap of 10 per run reached" in shown.output


def test_state_drop_removes_the_named_pending_groups_only(state_dir: Path) -> None:
    state = FileRunState(state_dir)
    keep = pending("a1b2c3d4e5f6", "held", 1, "cap")
    drop = pending("0f9e8d7c6b5a", "failed", 9, "x")
    state.update_pending("testing", taken=[], kept=[keep, drop])

    short = invoke("drop", "0f9e")
    unknown = invoke("drop", "999999")
    dropped = invoke("drop", "0f9e8d")

    assert short.exit_code == 2 and "at least 6 characters" in short.output
    assert unknown.exit_code == 2 and "no pending group of testing" in unknown.output
    assert dropped.exit_code == 0 and "dropped 0f9e8d7c6b5a (12 events, failed)" in dropped.output
    assert state.load_pending("testing") == [keep]
    assert invoke("drop", "--all").exit_code == 0
    assert state.load_pending("testing") == []


@pytest.fixture
def no_prefect_api(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No Prefect API, whatever the session's harness set (the embedded default)."""
    from prefect.settings import PREFECT_API_URL, temporary_settings

    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    with temporary_settings(restore_defaults={PREFECT_API_URL}):
        yield


@pytest.mark.usefixtures("no_prefect_api")
def test_state_watermark_moves_or_clears_it(state_dir: Path) -> None:
    state = FileRunState(state_dir)

    moved = invoke("watermark", "2026-11-29T06:00:00Z")
    at = state.load_watermark("testing")
    cleared = invoke("watermark", "--clear")

    assert moved.exit_code == 0, moved.output
    assert "the next run reads from 2026-11-29T05:55Z" in moved.output
    assert at == Watermark(end=datetime(2026, 11, 29, 6, 0, tzinfo=UTC))
    assert cleared.exit_code == 0 and state.load_watermark("testing") is None
    assert invoke("watermark").exit_code == 2
    assert "in the future" in invoke("watermark", "2999-01-01T00:00Z").output
    # A typo: year 1 was saved, then every run failed on it; 999999999d overflowed.
    for moment, said in (
        ("0001-01-01T00:03:00Z", "more than ten years ago"),
        ("999999999d", "further back than a date can go"),
    ):
        refused = invoke("watermark", moment)
        assert refused.exit_code == 2 and said in refused.output, refused.output
    assert state.load_watermark("testing") is None


@pytest.mark.usefixtures("prefect_harness")
def test_state_watermark_waits_for_the_runs_of_its_scope(state_dir: Path) -> None:
    from prefect.client.orchestration import get_client
    from prefect.states import Completed, Running

    from flows.triage import triage_errors

    with get_client(sync_client=True) as client:
        on = client.create_flow_run(
            triage_errors, parameters={"profile": "testing"}, state=Running()
        )
        team = {"profile": "testing", "team": "payments"}
        elsewhere = client.create_flow_run(triage_errors, parameters=team, state=Running())

    refused = invoke("watermark", "2026-11-29T06:00:00Z")

    assert isinstance(refused.exception, DogcatcherError)
    said = str(refused.exception)
    assert "run(s) of testing are on (" in said and "give --force" in said
    assert on.name in said and elsewhere.name not in said  # another team's run is not in it
    assert FileRunState(state_dir).load_watermark("testing") is None
    assert invoke("watermark", "--clear", "--force").exit_code == 0
    with get_client(sync_client=True) as client:
        client.set_flow_run_state(on.id, Completed())
        client.set_flow_run_state(elsewhere.id, Completed())
    assert invoke("watermark", "2026-11-29T06:00:00Z").exit_code == 0


def test_state_watermark_is_refused_where_runs_do_not_continue_from_one(
    state_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DOGCATCHER_SOURCE__INCREMENTAL", "false")

    result = invoke("watermark", "2h")

    assert result.exit_code == 2 and "do not continue from a watermark" in result.output
    assert "watermark: not used" in invoke("show").output


def summary(capsys: pytest.CaptureFixture[str], **fields: Any) -> list[str]:
    """The lines ``dogcatcher run`` prints for a report of a staging run with ``fields``."""
    base = {"profile": "staging", "window": TimeWindow(), "dry_run": False}
    base |= {"source": "Datadog", "tracker": "Jira", "max_tickets": 10}
    _print_summary(RunReport.model_validate(base | fields))
    return capsys.readouterr().out.splitlines()


def test_the_summary_names_a_group_that_keeps_failing(capsys: pytest.CaptureFixture[str]) -> None:
    since = datetime(2026, 11, 28, 9, 15, tzinfo=UTC)

    lines = summary(
        capsys,
        failed_groups={"a1b2": "Jira refused it", "c3d4": "timed out"},
        failing={"a1b2": FailureStreak(runs=4, since=since)},
    )

    assert (
        "failed group a1b2: Jira refused it (retried on the next run; it has failed in 4 runs "
        "in a row, since 2026-11-28T09:15Z)"
    ) in lines
    assert "failed group c3d4: timed out (retried on the next run)" in lines


def test_the_summary_says_when_a_run_is_catching_up(capsys: pytest.CaptureFixture[str]) -> None:
    end = datetime(2026, 11, 28, 9, 15, tzinfo=UTC)

    lines = summary(
        capsys,
        window=TimeWindow(start=end - timedelta(days=1), end=end),
        incremental=True,
        watermark=end,
        behind=timedelta(days=2, hours=3),
    )

    assert "next run continues from 2026-11-28T09:15Z" in lines
    assert (
        "catching up: the 2 days before now are left to the next runs (source.max_window "
        "limits each run's window)"
    ) in lines


def test_redact_applies_the_profile_s_own_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(
        "DOGCATCHER_SANITIZE__EXTRA_RULES", '[{"name": "customer", "pattern": "CUST-\\\\d{8}"}]'
    )
    text = "refund for CUST-20481234 failed, mail bob@example.com\n"

    own = CliRunner().invoke(app, ["redact", "--profile", "testing"], input=text)
    monkeypatch.delenv("DOGCATCHER_SANITIZE__EXTRA_RULES")
    plain = CliRunner().invoke(app, ["redact", "--profile", "testing"], input=text)

    assert own.output == "refund for <customer> failed, mail <email>\n"
    assert plain.output == "refund for CUST-20481234 failed, mail <email>\n"


def test_state_show_of_a_profile_with_teams_shows_each_team_and_prints_json(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    profiles = tmp_path / "profiles"
    profiles.mkdir()
    (profiles / "prod.yaml").write_text(
        "source: {kind: file, incremental: true}\n"
        f"state: {{directory: {tmp_path / 'state'}}}\n"
        "teams:\n  payments: {project: PAY}\n  platform: {project: PLAT}\n"
    )
    monkeypatch.setenv("DOGCATCHER_PROFILES_DIR", str(profiles))
    end = datetime(2026, 11, 30, 6, 0, tzinfo=UTC)
    state = FileRunState(tmp_path / "state")
    state.save_watermark("prod.payments", Watermark(end=end))
    state.update_pending(
        "prod.platform", taken=[], kept=[pending("0f9e8d7c6b5a", "held", 2, "cap")]
    )

    text = CliRunner().invoke(app, ["state", "show", "-p", "prod"])
    found = json.loads(CliRunner().invoke(app, ["state", "show", "-p", "prod", "--json"]).output)
    one = CliRunner().invoke(app, ["state", "show", "-p", "prod", "--team", "platform"])

    assert all(f"state of {s}:" in text.output for s in ("prod", "prod.payments", "prod.platform"))
    assert [s["scope"] for s in found] == ["prod", "prod.payments", "prod.platform"]
    assert found[1]["watermark"] == "2026-11-30T06:00:00Z"
    assert found[1]["next_window"]["start"] == "2026-11-30T05:55:00Z"
    (held,) = found[2]["pending"]
    assert (held["fingerprint"], held["why"], held["runs"], held["events"]) == (
        "0f9e8d7c6b5a",
        "held",
        2,
        12,
    )
    assert found[0]["pending"] == [] and found[0]["watermark"] is None
    assert "state of prod.platform:" in one.output and "prod.payments" not in one.output


def test_unreadable_state_is_named_and_mended_by_the_state_commands(state_dir: Path) -> None:
    (state_dir / "testing.pending.json").write_text('{"fingerprint": 1}')  # not a list
    (state_dir / "testing.watermark.json").write_text("{")

    broken = invoke("show")
    dropped = invoke("drop", "--all")
    cleared = invoke("watermark", "--clear")
    shown = invoke("show")

    assert isinstance(broken.exception, ConfigError)
    assert "`dogcatcher state watermark --clear` starts again" in str(broken.exception)
    assert dropped.exit_code == 0 and "dropped every pending group of testing" in dropped.output
    assert cleared.exit_code == 0
    assert shown.exit_code == 0, shown.output
    assert "pending groups: none" in shown.output and "watermark: none" in shown.output
    assert not (state_dir / "testing.pending.json").exists()


@pytest.mark.usefixtures("prefect_harness")
def test_a_run_stopped_by_its_timeout_says_so_and_exits_1(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import flows.triage
    from tests.fakes.datadog import DatadogLogsFake

    monkeypatch.setenv("DOGCATCHER_STATE__DIRECTORY", str(tmp_path / "state"))
    monkeypatch.setenv("DOGCATCHER_TRACKER__DIRECTORY", str(tmp_path / "tickets"))
    short = flows.triage.triage_errors.with_options(timeout_seconds=1)
    monkeypatch.setattr(flows.triage, "triage_errors", short)
    with DatadogLogsFake([], api_key="k", app_key="a").running() as fake:
        for name, value in {"KIND": "datadog", "BASE_URL": fake.base_url, "API_KEY": "k"}.items():
            monkeypatch.setenv(f"DOGCATCHER_SOURCE__{name}", value)
        monkeypatch.setenv("DOGCATCHER_SOURCE__APP_KEY", "a")
        fake.latency = 3.0  # Datadog hangs past the run's time

        result = CliRunner().invoke(app, ["run", "--profile", "testing"])

    assert result.exit_code == 1, result.output
    assert "the run was stopped at its time limit" in " ".join(result.output.split())


def test_text_from_logs_is_printed_as_text_not_markup(tmp_path: Path) -> None:
    # Spring's most common error names its path in brackets: rich read "[/api]" as a closing
    # tag and the run failed printing its summary, after its tickets were written.
    spring = "Servlet.service() for servlet [dispatcherServlet] in context with path [/api] threw"
    source = write_jsonl(
        tmp_path / "events.jsonl", [datadog_event(n, message=spring) for n in range(3)]
    )
    env = {
        "PREFECT_HOME": str(tmp_path / "prefect"),
        "DOGCATCHER_TRACKER__DIRECTORY": str(tmp_path / "tickets"),
        "COLUMNS": "250",
    }

    result = dogcatcher("run", "--profile", "testing", "--source", str(source), env=env)

    assert result.returncode == 0, result.stderr[-2000:]
    assert "path [/api]" in result.stdout


def test_a_ticket_folder_that_cannot_be_written_fails_the_run_at_once(tmp_path: Path) -> None:
    # A file where the folder belongs: every write failed and was retried as transient
    # (2 s, 8 s, 32 s), and the run went on for a quarter of an hour.
    (tmp_path / "tickets").write_text("")
    source = write_jsonl(tmp_path / "events.jsonl", three_errors())
    env = {"DOGCATCHER_TRACKER__DIRECTORY": str(tmp_path / "tickets")}

    result = dogcatcher("run", "--profile", "testing", "--source", str(source), env=env)

    assert result.returncode == 2 and "is not a writable folder" in result.stderr


def test_a_prefect_api_that_does_not_answer_is_named_before_the_run(tmp_path: Path) -> None:
    # The flow then failed to start with a RuntimeError traceback and exit 1.
    source = write_jsonl(tmp_path / "events.jsonl", three_errors())
    env = {"PREFECT_API_URL": "http://127.0.0.1:9/api"}  # the discard port: nothing answers

    result = dogcatcher("run", "--profile", "testing", "--source", str(source), env=env)

    assert result.returncode == 2, result.stderr[-2000:]
    assert "cannot reach the Prefect API at http://127.0.0.1:9/api" in result.stderr
