"""Settings: profile YAML < environment < explicit arguments, and clear errors."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from dogcatcher.exceptions import ConfigError
from dogcatcher.settings import PROFILES, load_settings, profiles_dir


@pytest.fixture
def profiles(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in list(os.environ):
        if name.startswith("DOGCATCHER_"):
            monkeypatch.delenv(name)
    return tmp_path


def write(directory: Path, name: str, text: str) -> Path:
    path = directory / f"{name}.yaml"
    path.write_text(text)
    return path


@pytest.mark.parametrize("name", PROFILES)
def test_every_shipped_profile_loads(name: str) -> None:
    settings = load_settings(name, directory=Path(__file__).parent.parent / "profiles")
    assert settings.profile == name


def test_profile_values_override_defaults(profiles: Path) -> None:
    write(profiles, "p", "ticketing:\n  max_tickets_per_run: 3\ntracker:\n  project: ABC\n")
    settings = load_settings("p", directory=profiles)
    assert settings.ticketing.max_tickets_per_run == 3
    assert settings.tracker.project == "ABC"
    assert settings.ticketing.min_occurrences == 1  # default kept


def test_environment_overrides_profile_and_arguments_override_both(
    profiles: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(profiles, "p", "ticketing:\n  max_tickets_per_run: 3\n  min_occurrences: 2\n")
    monkeypatch.setenv("DOGCATCHER_TICKETING__MAX_TICKETS_PER_RUN", "7")

    from_env = load_settings("p", directory=profiles)
    explicit = load_settings("p", {"ticketing": {"max_tickets_per_run": 9}}, directory=profiles)

    assert from_env.ticketing.max_tickets_per_run == 7
    assert from_env.ticketing.min_occurrences == 2  # nested env merges, not replaces
    assert explicit.ticketing.max_tickets_per_run == 9
    assert explicit.ticketing.min_occurrences == 2


def test_profile_is_chosen_by_environment_when_not_given(
    profiles: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(profiles, "staging", "tracker:\n  project: STG\n")
    monkeypatch.setenv("DOGCATCHER_PROFILE", "staging")
    assert load_settings(directory=profiles).tracker.project == "STG"


def test_profiles_dir_follows_the_environment(
    profiles: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DOGCATCHER_PROFILES_DIR", str(profiles))
    assert profiles_dir() == profiles


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "ticketing:\n  max_tickets: 3\n",
            r"profile .*p\.yaml: key 'ticketing\.max_tickets' is not a known setting "
            r"\(known keys in 'ticketing': max_tickets_per_run, dry_run",
            id="unknown-nested-key",
        ),
        pytest.param(
            "tickets:\n  dry_run: true\n",
            r"key 'tickets' is not a known setting \(known sections: source",
            id="unknown-section",
        ),
        pytest.param(
            "ticketing:\n  max_tickets_per_run: lots\n",
            r"key 'ticketing\.max_tickets_per_run' expected a valid integer.*got 'lots'",
            id="wrong-type",
        ),
        pytest.param(
            "ticketing:\n  max_tickets_per_run: -1\n",
            r"key 'ticketing\.max_tickets_per_run' expected greater than or equal to 0",
            id="out-of-range",
        ),
        pytest.param(
            "tracker:\n  project: lower-case\n",
            r"key 'tracker\.project' expected .*pattern",
            id="bad-project-key",
        ),
        pytest.param(
            "sanitize:\n  extra_rules:\n    - name: customer\n      pattern: '(?<=id=)CUST'\n",
            r"key 'sanitize' is invalid: extra_rules\[0\] \(customer\): pattern "
            r"'\(\?<=id=\)CUST': RE2 cannot compile it .*no look-arounds",
            id="redaction-rule-re2-refuses",
        ),
        pytest.param(
            "sanitize:\n  extra_rules:\n    - name: Customer Id\n      pattern: x\n",
            r"key 'sanitize\.extra_rules\.0\.name' expected .*pattern",
            id="redaction-rule-bad-name",
        ),
        pytest.param("- a\n- b\n", r"expected a mapping of sections.*got list", id="not-mapping"),
        pytest.param(
            "source:\n  late_margin: -PT1H\n  ingestion_delay: -PT30M\n",
            r"key 'source\.late_margin' expected greater than or equal to 0",
            id="negative-margin",  # would read into the future and skip an hour
        ),
        pytest.param(
            "source:\n  lookback: P999999999D\n",
            r"key 'source\.lookback' expected less than or equal to 3650 days",
            id="lookback-past-datetime",  # failed the run with an OverflowError
        ),
        pytest.param(
            "dedupe:\n  candidate_days: 10000000000\n",
            r"key 'dedupe\.candidate_days' expected less than or equal to 3650",
            id="days-past-datetime",  # turned similarity off with a warning
        ),
        pytest.param("ticketing: [\n", r"not valid YAML", id="bad-yaml"),
    ],
)
def test_bad_profile_names_file_key_and_expectation(
    profiles: Path, text: str, expected: str
) -> None:
    write(profiles, "p", text)
    with pytest.raises(ConfigError, match=expected):
        load_settings("p", directory=profiles)


def test_all_problems_of_a_profile_are_reported_at_once(profiles: Path) -> None:
    write(profiles, "p", "ticketing:\n  max_tickets: 3\n  dry_run: maybe\n")
    with pytest.raises(ConfigError) as caught:
        load_settings("p", directory=profiles)
    assert "ticketing.max_tickets" in str(caught.value)
    assert "ticketing.dry_run" in str(caught.value)


def test_missing_profile_lists_the_available_ones(profiles: Path) -> None:
    write(profiles, "local", "")
    with pytest.raises(ConfigError, match=r"profile 'prod' not found: .*prod\.yaml.*local"):
        load_settings("prod", directory=profiles)


def test_bad_environment_value_names_the_variable(
    profiles: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(profiles, "p", "")
    monkeypatch.setenv("DOGCATCHER_TICKETING__DRY_RUN", "perhaps")
    with pytest.raises(ConfigError, match="DOGCATCHER_TICKETING__DRY_RUN"):
        load_settings("p", directory=profiles)


def test_a_team_says_which_frames_are_its_code(
    profiles: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(profiles, "p", "grouping:\n  library_frames: [com.acme.platform.]\n")
    monkeypatch.setenv("DOGCATCHER_GROUPING__APP_FRAMES", '["site-packages/orders_api/"]')
    rules = load_settings("p", directory=profiles).grouping.frame_rules
    assert rules.app == ("site-packages/orders_api/",)
    assert rules.library == ("com.acme.platform.",)
    write(profiles, "q", "grouping:\n  app_frames: ['']\n")
    monkeypatch.delenv("DOGCATCHER_GROUPING__APP_FRAMES")
    with pytest.raises(ConfigError, match=r"grouping\.app_frames"):  # "" would mark every frame
        load_settings("q", directory=profiles)


def test_a_profile_s_own_redaction_rules_are_compiled_once(profiles: Path) -> None:
    write(
        profiles, "p", "sanitize:\n  extra_rules:\n    - {name: customer, pattern: 'CUST-\\d{8}'}\n"
    )

    first = load_settings("p", directory=profiles).sanitize.compiled
    again = load_settings("p", directory=profiles).sanitize.compiled

    assert first is not None and first is again
    assert first.apply("for CUST-12345678", {}) == "for <customer>"
    assert load_settings("testing").sanitize.compiled is None


def test_empty_profile_means_defaults(profiles: Path) -> None:
    write(profiles, "p", "# nothing here\n")
    settings = load_settings("p", directory=profiles)
    assert settings.tracker.directory == Path(".dogcatcher/tickets")
    assert settings.source.path is None


def test_renaming_one_priority_keeps_the_others(profiles: Path) -> None:
    write(profiles, "p", "tracker:\n  priorities:\n    critical: P1\n")
    priorities = load_settings("p", directory=profiles).tracker.priorities
    assert [priorities[s] for s in ("critical", "high", "medium", "low")] == [  # type: ignore[index]
        "P1",
        "High",
        "Medium",
        "Low",
    ]


def test_secrets_are_refused_in_a_profile_and_read_from_the_environment(
    profiles: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(profiles, "p", "analyzer:\n  kind: openai\n  api_key: sk-leaked\n")
    with pytest.raises(ConfigError, match=r"'analyzer\.api_key' is a secret: .*ANALYZER__API_KEY"):
        load_settings("p", directory=profiles)

    write(profiles, "p", "analyzer:\n  kind: openai\n")
    monkeypatch.setenv("DOGCATCHER_ANALYZER__API_KEY", "sk-from-env")
    settings = load_settings("p", directory=profiles)
    assert settings.analyzer.api_key is not None
    assert settings.analyzer.api_key.get_secret_value() == "sk-from-env"
    assert "sk-from-env" not in repr(settings) and "sk-from-env" not in str(settings)


TEAMS = """\
tracker:
  project: OPS
  labels: [dogcatcher, prod]
  fields: {customfield_10001: sre, environment: prod}
ticketing:
  max_tickets_per_run: 10
teams:
  payments:
    project: PAY
    services: [payments, checkout]
    max_tickets_per_run: 3
    labels: [team-payments]
    fields: {customfield_10001: payments}
  search: {}
"""


def test_a_team_narrows_its_profile_to_its_project_services_cap_and_fields(
    profiles: Path,
) -> None:
    write(profiles, "p", TEAMS)

    whole = load_settings("p", directory=profiles)
    payments = load_settings("p", team="payments", directory=profiles)
    search = load_settings("p", team="search", directory=profiles)

    assert (whole.team, whole.scope, whole.tracker.project) == (None, "p", "OPS")
    assert (payments.team, payments.scope) == ("payments", "p.payments")
    assert payments.tracker.project == "PAY"
    assert payments.source.services == ("payments", "checkout")
    assert payments.ticketing.max_tickets_per_run == 3
    assert payments.tracker.labels == ("dogcatcher", "prod", "team-payments")
    assert payments.tracker.fields == {"customfield_10001": "payments", "environment": "prod"}
    assert search.tracker.project == "OPS"  # a team that changes nothing keeps the profile's
    assert search.ticketing.max_tickets_per_run == 10


def test_environment_and_arguments_still_win_over_a_team(
    profiles: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(profiles, "p", TEAMS)
    monkeypatch.setenv("DOGCATCHER_TRACKER__PROJECT", "ENVP")

    settings = load_settings(
        "p", {"ticketing": {"max_tickets_per_run": 1}}, team="payments", directory=profiles
    )

    assert settings.tracker.project == "ENVP"
    assert settings.ticketing.max_tickets_per_run == 1


@pytest.mark.parametrize(
    ("text", "team", "message"),
    [
        (
            TEAMS,
            "billing",
            r"team 'billing' is not defined in profile .*p\.yaml \(teams there: payments, search\)",
        ),
        ("teams:\n  Pay Ments: {}\n", None, r"key 'teams.Pay Ments' is not a valid team name"),
        ("teams:\n  pay:\n    project: lower\n", None, r"key 'teams.pay.project' expected"),
        (
            "teams:\n  pay:\n    colour: red\n",
            None,
            r"key 'teams.pay.colour' is not a known setting "
            r"\(known keys in 'teams.pay': project, services",
        ),
        ("teams: [a, b]\n", None, r"key 'teams' expected a mapping"),
    ],
    ids=["unknown-team", "bad-name", "bad-project", "unknown-key", "not-a-mapping"],
)
def test_bad_teams_are_named_with_their_file_and_key(
    profiles: Path, text: str, team: str | None, message: str
) -> None:
    write(profiles, "p", text)
    with pytest.raises(ConfigError, match=message):
        load_settings("p", team=team, directory=profiles)


def test_redis_state_refuses_locks_and_results_in_one_database(profiles: Path) -> None:
    write(profiles, "p", "state:\n  backend: redis\n  results_db: 3\n  locks_db: 3\n")
    with pytest.raises(ConfigError, match=r"results_db and locks_db must differ \(both are 3\)"):
        load_settings("p", directory=profiles)


def test_redis_password_is_a_secret_the_profile_may_not_hold(profiles: Path) -> None:
    write(profiles, "p", "state:\n  redis_password: hunter2\n")
    with pytest.raises(ConfigError, match=r"DOGCATCHER_STATE__REDIS_PASSWORD"):
        load_settings("p", directory=profiles)


@pytest.mark.parametrize("name", ["../outside", "sub/inner", "/tmp/x", "a.b", " local"])
def test_a_profile_name_is_a_plain_name(profiles: Path, name: str) -> None:
    # It names a file in the profiles folder and the run's state: "../outside" read a file
    # elsewhere, and the run then failed writing its state after its tickets.
    (profiles / "sub").mkdir()
    write(profiles.parent, "outside", "")
    write(profiles / "sub", "inner", "")
    with pytest.raises(ConfigError, match="letters, digits, '-' and '_' only"):
        load_settings(name, directory=profiles)


def test_a_profile_that_is_not_utf8_names_its_file(profiles: Path) -> None:
    (profiles / "p.yaml").write_bytes(b'source:\n  query: "caf\xe9"\n')
    with pytest.raises(ConfigError, match=r"p\.yaml: not UTF-8 text \(byte 21 is 0xe9\)"):
        load_settings("p", directory=profiles)


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("DOGCATCHER_TRACKER__LABELS", "a,b"),
        ("DOGCATCHER_TRACKER__FIELDS", "{x"),
        ("DOGCATCHER_SOURCE", "abc"),
    ],
)
def test_an_environment_value_that_is_not_json_names_the_variable(
    profiles: Path, monkeypatch: pytest.MonkeyPatch, variable: str, value: str
) -> None:
    write(profiles, "p", "")
    monkeypatch.setenv(variable, value)
    with pytest.raises(ConfigError, match=f"environment variable {variable}: .*as JSON"):
        load_settings("p", directory=profiles)
