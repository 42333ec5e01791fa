"""The dogcatcher command: argument parsing, clear errors, and a real run's output."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
import typer

from dogcatcher.cli import parse_moment
from tests.conftest import write_jsonl
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


def test_missing_source_file_is_one_clear_line_and_exit_2(tmp_path: Path) -> None:
    result = dogcatcher("run", "--source", str(tmp_path / "nope.jsonl"))
    assert result.returncode == 2
    assert result.stderr.strip() == f"error: source.path: {tmp_path / 'nope.jsonl'} is not a file"


def test_bad_window_option_is_rejected_before_running() -> None:
    result = dogcatcher("run", "--since", "yesterday")
    assert result.returncode == 2
    assert "duration like 2h" in result.stderr


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
