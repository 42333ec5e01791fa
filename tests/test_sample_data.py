"""The seeded sample-event generator and the sample file shipped inside the package."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter, defaultdict
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from dogcatcher import sample_data
from dogcatcher.sample_data import ERROR_SPECS, SERVICES, generate_events, main, write_jsonl

SHIPPED = Path(sample_data.__file__).parent / "data" / "sample_events.jsonl"
START = datetime(2026, 11, 1, tzinfo=UTC)
END = START + timedelta(hours=24)
# The exact command in the module docstring, minus the output path.
SHIPPED_ARGS = [
    "--events",
    "2400",
    "--seed",
    "7",
    "--start",
    "2026-11-01T00:00:00Z",
    "--hours",
    "24",
]

Event = dict[str, Any]


def _run(n: int = 2400, seed: int = 7, **kwargs: Any) -> list[tuple[str, Event]]:
    return list(generate_events(n, seed=seed, start=START, end=END, **kwargs))


@pytest.fixture(scope="module")
def run_2400() -> list[tuple[str, Event]]:
    return _run()


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    out = tmp_path_factory.mktemp("sample")
    events, labels = out / "events.jsonl", out / "labels.jsonl"
    assert main([*SHIPPED_ARGS, "--output", str(events), "--labels", str(labels)]) == 0
    return events, labels


def _ts(event: Event) -> datetime:
    return datetime.fromisoformat(event["attributes"]["timestamp"])


def _error(event: Event) -> dict[str, Any]:
    error: dict[str, Any] = event["attributes"]["attributes"].get("error", {})
    return error


# ---------------------------------------------------------------- determinism and shape


def test_same_seed_same_output() -> None:
    assert _run(300, seed=11) == _run(300, seed=11)


def test_different_seed_different_output() -> None:
    first, second = _run(300, seed=1), _run(300, seed=2)
    assert [e["id"] for _, e in first] != [e["id"] for _, e in second]
    assert [_ts(e) for _, e in first] != [_ts(e) for _, e in second]


@pytest.mark.parametrize("n", [0, 1, 7, 131, 2400])
def test_exactly_n_events_sorted_within_window(n: int) -> None:
    start = datetime(2025, 3, 10, 13, 37, 0, 500_000, tzinfo=UTC)
    end = start + timedelta(hours=2, minutes=5)
    events = [e for _, e in generate_events(n, seed=3, start=start, end=end)]
    assert len(events) == n
    times = [_ts(e) for e in events]
    assert times == sorted(times)
    assert all(start <= t < end for t in times)


def test_timestamps_spread_with_bursts(run_2400: list[tuple[str, Event]]) -> None:
    per_hour = Counter(_ts(e).hour for _, e in run_2400)
    assert len(per_hour) == 24  # spread over the whole day
    per_minute = Counter(_ts(e).replace(second=0, microsecond=0) for _, e in run_2400)
    assert max(per_minute.values()) >= 5 * (2400 / (24 * 60))  # and bursty


def test_event_shape(run_2400: list[tuple[str, Event]]) -> None:
    ts_format = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$")
    for spec_id, event in run_2400:
        assert set(event) == {"id", "type", "attributes"}
        assert event["type"] == "log"
        assert re.fullmatch(r"AQAAA[\w-]+", event["id"])
        attrs = event["attributes"]
        assert ts_format.match(attrs["timestamp"])
        assert attrs["message"] and isinstance(attrs["message"], str)
        assert attrs["service"] in SERVICES
        assert attrs["status"] == "error"
        assert attrs["host"].endswith(".ec2.internal")
        tags = attrs["tags"]
        assert all(isinstance(t, str) and ":" in t for t in tags)
        assert "env:production" in tags
        assert f"service:{attrs['service']}" in tags
        assert any(t.startswith("version:") for t in tags)
        assert any(t.startswith("pod_name:") for t in tags)
        custom = attrs["attributes"]
        assert custom["dd"]["trace_id"].isdigit()
        assert custom["logger"]["name"]
        spec = next(s for s in ERROR_SPECS if s.id == spec_id)
        if spec.kind:
            assert custom["error"]["kind"] == spec.kind
            assert custom["error"]["message"]
            assert ("stack" in custom["error"]) == bool(spec.frames)
        else:
            assert "error" not in custom


def test_ids_unique(run_2400: list[tuple[str, Event]]) -> None:
    ids = [e["id"] for _, e in run_2400]
    assert len(set(ids)) == len(ids)


def test_services_and_languages(run_2400: list[tuple[str, Event]]) -> None:
    assert len(SERVICES) >= 5
    assert {s.language for s in SERVICES.values()} == {"java", "python", "node", "go"}
    assert len({e["attributes"]["service"] for _, e in run_2400}) >= 4


def test_catalogue_and_every_spec_in_a_2400_run(run_2400: list[tuple[str, Event]]) -> None:
    assert len(ERROR_SPECS) >= 30
    assert len({s.id for s in ERROR_SPECS}) == len(ERROR_SPECS)
    counts = Counter(spec_id for spec_id, _ in run_2400)
    assert set(counts) == {s.id for s in ERROR_SPECS}
    assert min(counts.values()) >= 3
    # Zipf-like: a heavy head and a long tail of a handful each.
    top = counts.most_common()
    assert top[0][1] > 10 * top[-1][1]
    assert sum(c for _, c in top[:5]) > 2400 / 2


def test_services_filter() -> None:
    events = _run(200, services=["payments", "inventory"])
    assert len(events) == 200
    assert {e["attributes"]["service"] for _, e in events} == {"payments", "inventory"}


@pytest.mark.parametrize(
    "kwargs",
    [
        {"n": -1},
        {"end": START},
        {"end": START - timedelta(hours=1)},
        {"services": ["billing"]},
        {"services": []},
    ],
)
def test_bad_arguments(kwargs: dict[str, Any]) -> None:
    args: dict[str, Any] = {"n": 10, "start": START, "end": END, **kwargs}
    with pytest.raises(ValueError):
        generate_events(args.pop("n"), **args)


# ---------------------------------------------------------------- realism


def test_language_stack_styles(run_2400: list[tuple[str, Event]]) -> None:
    styles = {
        "java": re.compile(
            r"^[\w.$]+(?:Exception|Error): (?s:.*?)\n\tat [\w.$/]+\(\w+\.java:\d+\)"
        ),
        "python": re.compile(r"^Traceback \(most recent call last\):\n  File \"/"),
        "node": re.compile(r"^\w+: .*\n    at \S"),
        "go": re.compile(r"^(?:panic: |fatal error: |.+\n[\w./*()-]+\n\t/[\w/.-]+\.go:\d+)"),
    }
    seen: set[str] = set()
    for _, event in run_2400:
        stack = _error(event).get("stack")
        if stack:
            language = SERVICES[event["attributes"]["service"]].language
            assert styles[language].match(stack), stack[:300]
            seen.add(language)
    assert seen == set(styles)
    stacks = [_error(e).get("stack", "") for _, e in run_2400]
    assert any("\nCaused by: " in s for s in stacks)
    assert any("The above exception was the direct cause" in s for s in stacks)
    assert any("goroutine " in s and "[running]:" in s for s in stacks)
    assert any("site-packages/" in s for s in stacks)
    assert any("(node:internal/" in s for s in stacks)
    assert any(re.search(r"\n    at \w+ \(/app/src/[\w/.-]+\.js:\d+:\d+\)", s) for s in stacks)


def test_variable_parts_vary_within_a_spec(run_2400: list[tuple[str, Event]]) -> None:
    messages: dict[str, set[str]] = defaultdict(set)
    for spec_id, event in run_2400:
        messages[spec_id].add(event["attributes"]["message"])
    assert len(messages["java-404-orders-not-found"]) > 100  # order ids
    assert len(messages["java-timeout-checkout-inventory"]) > 100  # durations, order ids
    assert len(messages["py-pool-inventory-stock"]) == 1  # a fixed log line


def test_deploy_changes_version_pods_and_some_line_numbers(
    run_2400: list[tuple[str, Event]],
) -> None:
    def version(event: Event) -> str:
        tags: list[str] = event["attributes"]["tags"]
        return next(t for t in tags if t.startswith("version:"))

    for service in SERVICES.values():
        events = [e for _, e in run_2400 if e["attributes"]["service"] == service.name]
        assert {version(e) for e in events} == {f"version:{v}" for v in service.versions}
    shifted = [s for s in ERROR_SPECS if s.line_shift]
    assert len(shifted) >= 2
    for spec in shifted:
        stacks = {
            version(e): _error(e)["stack"].replace("\t", "")
            for spec_id, e in run_2400
            if spec_id == spec.id
        }
        old, new = (stacks[f"version:{v}"] for v in SERVICES[spec.service].versions)
        line_numbers = re.compile(r"(?::|line )(\d+)")
        old_lines, new_lines = line_numbers.findall(old), line_numbers.findall(new)
        changed = [(a, b) for a, b in zip(old_lines, new_lines, strict=True) if a != b]
        assert changed and all(int(b) - int(a) == spec.line_shift for a, b in changed)


def test_regressions_start_and_fixes_stop_at_the_deploy(
    run_2400: list[tuple[str, Event]],
) -> None:
    for spec in ERROR_SPECS:
        if spec.pattern not in ("regression", "fixed", "deploy"):
            continue
        before, after = SERVICES[spec.service].versions
        seen = {t for i, e in run_2400 if i == spec.id for t in e["attributes"]["tags"]}
        expected = before if spec.pattern == "fixed" else after
        assert f"version:{expected}" in seen
        assert f"version:{after if expected == before else before}" not in seen


def test_near_misses_exist() -> None:
    by_kind: dict[str, set[str]] = defaultdict(set)
    by_message: dict[str, set[str]] = defaultdict(set)
    for spec in ERROR_SPECS:
        if spec.frames:
            by_kind[spec.kind].add(f"{spec.frames[0].func}@{spec.frames[0].file}")
        by_message[spec.error_message].add(spec.service)
    same_kind_other_site = [k for k, sites in by_kind.items() if len(sites) > 1]
    assert len(same_kind_other_site) >= 2
    assert any(len(services) > 1 for message, services in by_message.items() if message)


# ---------------------------------------------------------------- files and CLI


def test_write_jsonl_is_compact(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"
    assert write_jsonl(path, [{"a": 1, "b": [1, 2]}, {"c": "é"}]) == 2
    assert path.read_bytes() == '{"a":1,"b":[1,2]}\n{"c":"é"}\n'.encode()


def test_shipped_file_is_what_the_cli_regenerates(regenerated: tuple[Path, Path]) -> None:
    events, _ = regenerated
    assert SHIPPED.read_bytes() == events.read_bytes()


def test_shipped_file_size_and_distinct_errors(regenerated: tuple[Path, Path]) -> None:
    lines = SHIPPED.read_text(encoding="utf-8").splitlines()
    assert len(lines) >= 2000
    labels = [json.loads(line) for line in regenerated[1].read_text().splitlines()]
    assert [label["id"] for label in labels] == [json.loads(line)["id"] for line in lines]
    assert len({label["group"] for label in labels}) >= 25


def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def test_shipped_file_has_pii_and_secrets_to_redact() -> None:
    text = SHIPPED.read_text(encoding="utf-8")
    assert len(re.findall(r"[\w.+-]+@(?:gmail\.com|outlook\.com|yahoo\.com|web\.de)", text)) >= 10
    assert re.search(r"\b(?:\d{1,3}\.){3}\d{1,3}\b", text)
    assert re.search(r"\b2a02:[0-9a-f]{4}:", text)  # some IPv6 too
    assert re.search(r"Bearer eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+", text)
    assert re.search(r"://\w+:[^@\s/]+@[\w.-]+:5432/", text)  # password in a DSN
    assert "password=" in text
    assert re.search(r"\bAKIA[A-Z2-7]{16}\b", text)
    assert re.search(r'"api_key\\?":\\?"sk_live_\w+', text)
    card = re.compile(r"(?<![\w-])(?:\d{4}[ -]?){3}\d{4}(?![\w-])")
    assert any(_luhn_ok(re.sub(r"\D", "", m)) for m in card.findall(text))
    assert "4111111111111111" in text.replace(" ", "").replace("-", "")


def test_pii_is_sprinkled_not_everywhere(run_2400: list[tuple[str, Event]]) -> None:
    personal = re.compile(r"@(?:gmail|yahoo|outlook|hotmail|icloud|proton|web|gmx|orange)\.|eyJ|"
                          r"password|AKIA|sk_live_|\+\d{1,2} \d|card_number|2a02:")  # fmt: skip
    share = sum(bool(personal.search(json.dumps(e))) for _, e in run_2400) / len(run_2400)
    assert 0.05 < share < 0.25


def test_module_runs_as_a_script(tmp_path: Path) -> None:
    out = tmp_path / "small.jsonl"
    cmd = [sys.executable, "-m", "dogcatcher.sample_data", "--events", "25", "--output", str(out)]
    result = subprocess.run(cmd, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert len(out.read_text().splitlines()) == 25
    assert "wrote 25 events" in result.stderr


def test_cli_rejects_bad_arguments(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--events", "5", "--services", "nope", "--output", str(tmp_path / "x.jsonl")])
    assert exit_info.value.code == 2
    assert "unknown services" in capsys.readouterr().err
