"""dogcatcher check: one line per configured service, exit 1 when any fails."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dogcatcher.cli import app
from dogcatcher.sources import SAMPLE_EVENTS
from tests.fakes.datadog import DatadogLogsFake
from tests.fakes.jira import JiraFake
from tests.fakes.openai import OpenAIFake


@pytest.fixture(autouse=True)
def no_prefect_api(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No Prefect API, whatever the session's harness set: the prefect line then says runs
    use a temporary local API (``tests/flows/test_setup.py`` checks it against one)."""
    from prefect.settings import PREFECT_API_URL, temporary_settings

    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    with temporary_settings(restore_defaults={PREFECT_API_URL}):
        yield


@dataclass
class Services:
    datadog: DatadogLogsFake
    llm: OpenAIFake
    jira: JiraFake


@pytest.fixture
def services(monkeypatch: pytest.MonkeyPatch) -> Iterator[Services]:
    sample = [json.loads(line) for line in SAMPLE_EVENTS.read_text().splitlines()[:10]]
    datadog = DatadogLogsFake(sample, api_key="dk", app_key="ak")
    llm = OpenAIFake(api_key="sk")
    jira = JiraFake(username="bot", token="jt", projects={"TEST": "Test"})
    with datadog.running(), llm.running(), jira.running():
        env = {
            "SOURCE__KIND": "datadog",
            "SOURCE__BASE_URL": datadog.base_url,
            "SOURCE__API_KEY": "dk",
            "SOURCE__APP_KEY": "ak",
            "SOURCE__MAX_RETRIES": "0",
            "ANALYZER__KIND": "openai",
            "ANALYZER__BASE_URL": f"{llm.base_url}/v1",
            "ANALYZER__API_KEY": "sk",
            "ANALYZER__MAX_RETRIES": "0",
            "TRACKER__KIND": "jira",
            "TRACKER__URL": jira.base_url,
            "TRACKER__USERNAME": "bot",
            "TRACKER__TOKEN": "jt",
            "TRACKER__MAX_RETRIES": "0",
        }
        for name, value in env.items():
            monkeypatch.setenv(f"DOGCATCHER_{name}", value)
        yield Services(datadog, llm, jira)


def check() -> tuple[int, list[str]]:
    result = CliRunner().invoke(app, ["check", "--profile", "testing"], env={"COLUMNS": "300"})
    return result.exit_code, result.output.strip().splitlines()


def test_all_services_answer(services: Services) -> None:
    code, lines = check()
    assert code == 0, lines
    assert [line.split()[:2] for line in lines] == [
        ["ok", "source"],
        ["ok", "analyzer"],
        ["ok", "tracker"],
        ["ok", "matching"],
        ["ok", "prefect"],
    ]
    assert "no PREFECT_API_URL: each run starts a temporary local API" in lines[4]
    assert "logs readable" in lines[0]
    assert "model gpt-4o-mini answers" in lines[1]
    assert "project TEST takes 'Bug'" in lines[2]
    assert services.datadog.search_calls == 1 and services.llm.calls == 1


def test_each_failure_is_named_on_its_own_line(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DOGCATCHER_SOURCE__API_KEY", "wrong")
    monkeypatch.setenv("DOGCATCHER_ANALYZER__MODEL", "no-such-model")
    monkeypatch.setenv("DOGCATCHER_TRACKER__ISSUE_TYPE", "Incident")

    code, lines = check()

    assert code == 1
    assert lines[0].startswith("failed source") and "refused the keys (403)" in lines[0]
    assert lines[1].startswith("failed analyzer") and "404" in lines[1]
    assert lines[2].startswith("failed tracker") and "no issue type 'Incident'" in lines[2]


def test_unknown_project_and_bad_token(services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOGCATCHER_TRACKER__PROJECT", "NOPE")
    code, lines = check()
    assert code == 1 and "project NOPE" in lines[2] and "404" in lines[2]

    monkeypatch.setenv("DOGCATCHER_TRACKER__TOKEN", "bad")
    code, lines = check()
    assert code == 1 and "refused (401)" in lines[2]


def test_embedded_default_checks_offline(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("DOGCATCHER_TRACKER__DIRECTORY", str(tmp_path / "new" / "tickets"))
    code, lines = check()
    assert code == 0, lines
    assert "sample_events.jsonl is readable" in lines[0]
    assert "0 ticket(s)" in lines[2]
    assert not (tmp_path / "new").exists()  # checking writes nothing


def test_matching_says_whether_it_goes_by_meaning(
    services: Services, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    code, lines = check()
    assert code == 0, lines
    assert "by words, then by meaning: all-MiniLM-L6-v2 from" in lines[3]

    monkeypatch.setenv("DOGCATCHER_DEDUPE__MEANING_MODEL", "off")
    code, lines = check()
    assert code == 0 and "by words only (dedupe.meaning_model: off)" in lines[3]

    monkeypatch.setenv("DOGCATCHER_DEDUPE__MEANING_MODEL", str(tmp_path))
    code, lines = check()
    assert code == 1
    assert lines[3].startswith("failed matching") and "holds no model.safetensors" in lines[3]
