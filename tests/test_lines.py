"""dogcatcher fingerprint / redact: one output line per input line, as a run would see it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dogcatcher.cli import app
from dogcatcher.grouping import FrameRules, group_events
from dogcatcher.lines import BAD_LINE, fingerprint_lines, redact_lines
from dogcatcher.models import LogEvent
from dogcatcher.sanitize import sanitize_events
from dogcatcher.sources import SAMPLE_EVENTS
from tests.conftest import datadog_event


def test_jsonl_fingerprints_are_exactly_the_runs_groups() -> None:
    lines = SAMPLE_EVENTS.read_text().splitlines()[:600]
    events = sanitize_events(LogEvent.from_datadog(json.loads(line)) for line in lines).events
    by_id = {}
    for group in group_events(events, max_samples=1000):
        by_id.update(dict.fromkeys(group.event_ids, group.fingerprint))

    printed = list(fingerprint_lines(lines, jsonl=True))

    assert len(printed) == len(lines)
    assert set(printed) == {g.fingerprint for g in group_events(events)}
    for line, fp in zip(lines, printed, strict=True):
        event_id = json.loads(line)["id"]
        if event_id in by_id:  # groups keep a bounded sample of ids
            assert by_id[event_id] == fp


def test_plain_messages_group_across_variable_parts_and_keep_order() -> None:
    lines = [
        "order 1234 failed for ann@example.com after 30012ms",
        "payment declined",
        "order 99 failed for bob@example.org after 5ms",
    ]
    first, other, third = fingerprint_lines(lines)
    assert first == third != other
    assert next(fingerprint_lines(lines, service="checkout")) != first


def test_bad_jsonl_lines_print_a_placeholder_and_are_reported() -> None:
    good = SAMPLE_EVENTS.read_text().splitlines()[0]
    errors: list[str] = []
    deep = "[" * 50_000 + "]" * 50_000
    printed = list(fingerprint_lines([good, "{nope", good, deep], jsonl=True, errors=errors))
    assert printed[1] == printed[3] == BAD_LINE and printed[0] == printed[2] != BAD_LINE
    assert errors[0].startswith("line 2: not valid JSON")
    assert errors[1] == "line 4: not valid JSON (nested too deeply)"


def test_redact_lines() -> None:
    assert list(redact_lines(["login password=hunter2 from 10.1.2.3\n", "fine\n"])) == [
        "login password=<secret> from <ip>",
        "fine",
    ]


def test_cli_reads_stdin_and_writes_one_line_each() -> None:
    runner = CliRunner()
    fingerprints = runner.invoke(app, ["fingerprint"], input="a 1 failed\na 2 failed\nb\n")
    assert fingerprints.exit_code == 0
    out = fingerprints.stdout.splitlines()
    assert len(out) == 3 and out[0] == out[1] != out[2]
    redacted = runner.invoke(app, ["redact"], input="mail me at x@y.io\n")
    assert redacted.stdout == "mail me at <email>\n"


def test_cli_fingerprints_as_the_profile_groups(monkeypatch: pytest.MonkeyPatch) -> None:
    event = json.dumps(
        datadog_event(
            1,
            message="boom",
            kind="RuntimeError",
            stack=(
                "Traceback (most recent call last):\n"
                '  File "/opt/venv/lib/python3.11/site-packages/orders_api/service.py", '
                "line 8, in place\n"
                '  File "/opt/venv/lib/python3.11/site-packages/sqlalchemy/orm/session.py", '
                "line 4312, in flush\n"
                "RuntimeError: boom\n"
            ),
        )
    )
    runner = CliRunner()
    plain = runner.invoke(app, ["fingerprint", "--jsonl"], input=event).stdout
    monkeypatch.setenv("DOGCATCHER_GROUPING__APP_FRAMES", '["site-packages/orders_api/"]')
    ruled = runner.invoke(app, ["fingerprint", "--jsonl"], input=event).stdout
    expected = sanitize_events([LogEvent.from_datadog(json.loads(event))]).events
    (group,) = group_events(expected, frame_rules=FrameRules(app=("site-packages/orders_api/",)))
    assert ruled == group.fingerprint + "\n" != plain
    monkeypatch.setenv("DOGCATCHER_GROUPING__STACK_FRAMES", "0")
    assert runner.invoke(app, ["fingerprint", "--jsonl"], input=event).stdout != ruled


def test_bytes_that_are_not_utf8_are_read_as_a_file_reads_them(tmp_path: Path) -> None:
    # Standard input as a pipe gives it: bytes that are not UTF-8 become U+FFFD and the line
    # is still redacted and fingerprinted, as it is when read from a file.
    data = b"ok ann@example.com\n\xff\xfe bob@example.com failed\n"
    (tmp_path / "in.log").write_bytes(data)
    cli = [sys.executable, "-c", "from dogcatcher.cli import main; main()"]

    redacted = subprocess.run([*cli, "redact"], input=data, capture_output=True, check=False)
    from_stdin = subprocess.run([*cli, "fingerprint"], input=data, capture_output=True, check=False)
    from_file = subprocess.run(
        [*cli, "fingerprint", str(tmp_path / "in.log")], capture_output=True, check=False
    )

    assert redacted.returncode == 0, redacted.stderr.decode()[-500:]
    assert redacted.stdout.decode() == "ok <email>\n\ufffd\ufffd <email> failed\n"
    assert from_stdin.returncode == 0, from_stdin.stderr.decode()[-500:]
    assert from_stdin.stdout == from_file.stdout and len(from_stdin.stdout.split()) == 2


def test_a_jsonl_file_s_byte_order_mark_is_read_as_a_run_reads_it() -> None:
    line = json.dumps(datadog_event(1, message="order 7 failed"))
    errors: list[str] = []

    with_bom = list(fingerprint_lines(["\ufeff" + line], jsonl=True, errors=errors))

    assert errors == [] and with_bom == list(fingerprint_lines([line], jsonl=True))
