"""`dogcatcher setup` creates pools, limits and blocks once, and changes only what differs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from dogcatcher.exceptions import ConfigError, DogcatcherError
from flows.setup import GROUPS_FAILED_ALERT, SILENT, resources_file, set_up, verify
from flows.setup import RESOURCES as RESOURCES_PATH
from tests.conftest import REDIS_URL

pytestmark = pytest.mark.usefixtures("prefect_harness")

RESOURCES = """\
work_pools:
  - name: dc-test-pool
    description: test
    concurrency_limit: 2
concurrency_limits:
  dc-test-rate: {limit: 5, slot_decay_per_second: 0.5}
  dc-test-flight: {limit: 3}
"""


def test_setup_creates_everything_once_and_then_reports_it_unchanged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from prefect.blocks.system import Secret
    from prefect.client.orchestration import get_client
    from prefect_redis import RedisDatabase

    resources = tmp_path / "resources.yaml"
    resources.write_text(RESOURCES)
    monkeypatch.setenv("DOGCATCHER_TRACKER__TOKEN", "jira-token-1")

    first = set_up(["local", "staging"], resources)
    again = set_up(["local", "staging"], resources)
    resources.write_text(RESOURCES.replace("limit: 3", "limit: 4"))
    monkeypatch.setenv("DOGCATCHER_TRACKER__TOKEN", "jira-token-2")  # rotated
    changed = set_up(["local"], resources)

    assert "work pool dc-test-pool: created" in first
    assert "concurrency limit dc-test-rate: created (5 slots, rate 0.5/s)" in first
    assert "concurrency limit dc-test-flight: created (3 slots, in flight)" in first
    assert "RedisDatabase block dogcatcher-staging-results: saved (db 3)" in first
    assert "Secret block dogcatcher-tracker-token: saved from DOGCATCHER_TRACKER__TOKEN" in first
    assert "work pool dc-test-pool: unchanged" in again
    assert "RedisDatabase block dogcatcher-staging-results: unchanged (db 3)" in again
    assert "Secret block dogcatcher-tracker-token: unchanged (DOGCATCHER_TRACKER__TOKEN)" in again
    assert "concurrency limit dc-test-rate: unchanged" in again
    assert "concurrency limit dc-test-flight: updated (4 slots, in flight)" in changed
    assert "Secret block dogcatcher-tracker-token: saved from DOGCATCHER_TRACKER__TOKEN" in changed
    with get_client(sync_client=True) as client:
        pool = client.read_work_pool("dc-test-pool")
        rate = client.read_global_concurrency_limit_by_name("dc-test-rate")
    assert (pool.type, pool.concurrency_limit) == ("process", 2)
    assert "command" in str(pool.base_job_template)  # the process worker's own template
    assert rate.slot_decay_per_second == 0.5
    assert Secret.load("dogcatcher-tracker-token").get() == "jira-token-2"
    assert RedisDatabase.load("dogcatcher-staging-results").db == 3


def test_setup_names_a_bad_resources_file(tmp_path: Path) -> None:
    resources = tmp_path / "resources.yaml"
    resources.write_text("work_pools:\n  - name: Bad Name\n")
    with pytest.raises(ConfigError, match=r"resources\.yaml: key 'work_pools\.0\.name'"):
        set_up(["local"], resources)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        pytest.param(
            "work_pools:\n  - name: dup\n  - name: dup\n",
            r"work pool dup listed more than once",
            id="a pool twice",
        ),
        pytest.param(
            "concurrency_limits:\n  bad name/with slash: {limit: 2}\n",
            r"key 'concurrency_limits\.bad name/with slash\.\[key\]'",
            id="a name Prefect refuses",
        ),
        pytest.param(
            "concurrency_limits:\n  huge: {limit: 99999999999999999999}\n",
            r"key 'concurrency_limits\.huge\.limit'",
            id="a limit Prefect's database refuses",
        ),
    ],
)
def test_setup_refuses_what_prefect_would_refuse_or_do_twice(
    tmp_path: Path, text: str, said: str
) -> None:
    resources = tmp_path / "resources.yaml"
    resources.write_text(text)
    with pytest.raises(ConfigError, match=said):
        set_up(["local"], resources)


def test_setup_turns_a_limit_switched_off_by_hand_back_on(tmp_path: Path) -> None:
    # Reported unchanged before: a limit turned off leaves every call unthrottled.
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.actions import GlobalConcurrencyLimitUpdate

    resources = tmp_path / "resources.yaml"
    resources.write_text(RESOURCES)
    set_up(["local"], resources)
    with get_client(sync_client=True) as client:
        client.update_global_concurrency_limit(
            "dc-test-flight", GlobalConcurrencyLimitUpdate(active=False)
        )

    again = set_up(["local"], resources)

    with get_client(sync_client=True) as client:
        limit = client.read_global_concurrency_limit_by_name("dc-test-flight")
    assert "concurrency limit dc-test-flight: updated (3 slots, in flight)" in again
    assert limit.active and limit.limit == 3


def test_setup_resumes_a_pool_paused_by_hand(tmp_path: Path) -> None:
    # Reported unchanged before: a paused pool's workers take no scheduled run.
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.actions import WorkPoolUpdate

    resources = tmp_path / "resources.yaml"
    resources.write_text(RESOURCES)
    set_up(["local"], resources)
    with get_client(sync_client=True) as client:
        client.update_work_pool("dc-test-pool", WorkPoolUpdate(is_paused=True))

    again = set_up(["local"], resources)

    with get_client(sync_client=True) as client:
        pool = client.read_work_pool("dc-test-pool")
    assert "work pool dc-test-pool: updated (resumed: it was paused)" in again
    assert not pool.is_paused and pool.concurrency_limit == 2


def test_setup_names_a_resources_file_it_cannot_read(tmp_path: Path) -> None:
    (tmp_path / "folder.yaml").mkdir()
    (tmp_path / "latin1.yaml").write_bytes(b"work_pools: []  # caf\xe9\n")
    with pytest.raises(ConfigError, match=r"folder\.yaml: cannot read it"):
        set_up(["local"], tmp_path / "folder.yaml")
    with pytest.raises(ConfigError, match=r"latin1\.yaml: not UTF-8 text"):
        set_up(["local"], tmp_path / "latin1.yaml")


def test_setup_names_a_prefect_api_it_cannot_reach(tmp_path: Path) -> None:
    from prefect.settings import PREFECT_API_URL, temporary_settings

    resources = tmp_path / "resources.yaml"
    resources.write_text(RESOURCES)
    nowhere = "http://127.0.0.1:9/api"  # the discard port: nothing answers
    with (
        temporary_settings({PREFECT_API_URL: nowhere}),
        pytest.raises(DogcatcherError, match=f"cannot reach the Prefect API at {nowhere}"),
    ):
        set_up(["local"], resources)


def test_the_resources_file_is_found_from_any_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    checkout = Path(__file__).resolve().parents[2] / RESOURCES_PATH
    monkeypatch.chdir(tmp_path)  # run from elsewhere: the checkout's file
    assert resources_file() == checkout and checkout.is_file()
    own = tmp_path / RESOURCES_PATH  # an installation's own file comes first
    own.parent.mkdir()
    own.write_text("work_pools:\n  - name: Bad Name\n")
    assert resources_file() == own
    with pytest.raises(ConfigError, match=r"resources\.yaml: key 'work_pools\.0\.name'"):
        set_up(["local"])


ALERTS = """\
alerts:
  notify: custom-webhook/dc-test-oncall
  groups_failed: {runs: 3, within: PT1H}
  silent:
    within: PT2H
    deployments: [production-payments, staging]
"""


def test_setup_keeps_the_alert_automations_as_written(tmp_path: Path) -> None:
    from prefect.blocks.notifications import CustomWebhookNotificationBlock
    from prefect.client.orchestration import get_client

    block = CustomWebhookNotificationBlock(name="oncall", url="http://127.0.0.1:9/hook")
    block_id = block.save("dc-test-oncall", overwrite=True)
    resources = tmp_path / "resources.yaml"
    resources.write_text(ALERTS)

    first = set_up(["local"], resources)
    again = set_up(["local"], resources)
    resources.write_text(ALERTS.replace("PT2H", "PT3H"))
    changed = set_up(["local"], resources)
    with get_client(sync_client=True) as client:
        (failed,) = client.read_automations_by_name("dogcatcher-run-failed")
        (silent,) = client.read_automations_by_name("dogcatcher-runs-silent")
        (groups,) = client.read_automations_by_name("dogcatcher-groups-failed")
    resources.write_text(ALERTS.replace("  silent:", "  failed: false\n  silent:"))
    fewer = set_up(["local"], resources)
    resources.write_text("work_pools: []\n")  # no alerts.notify: no one to tell
    none = set_up(["local"], resources)
    with get_client(sync_client=True) as client:
        left = [client.read_automations_by_name(name) for name in (SILENT, GROUPS_FAILED_ALERT)]

    assert {"automation dogcatcher-run-failed: created"} < set(first)
    assert "automation dogcatcher-runs-silent: created" in first
    assert "automation dogcatcher-run-failed: unchanged" in again
    assert "automation dogcatcher-runs-silent: unchanged" in again
    assert "automation dogcatcher-runs-silent: updated" in changed
    assert "automation dogcatcher-run-failed: unchanged" in changed
    assert f"automation dogcatcher-run-failed: deleted (not in {resources})" in fewer
    assert f"automation dogcatcher-runs-silent: deleted (not in {resources})" in none
    assert left == [[], []]  # they alerted on before, though the file named no one
    assert failed.trigger.expect == {  # type: ignore[union-attr]
        "prefect.flow-run.Failed",
        "prefect.flow-run.Crashed",
        "prefect.flow-run.TimedOut",
    }
    assert failed.actions[0].block_document_id == block_id  # type: ignore[union-attr]
    assert silent.trigger.within.total_seconds() == 3 * 3600  # type: ignore[union-attr]
    assert silent.trigger.posture == "Proactive"  # type: ignore[union-attr]
    # Three runs of one scope with failed groups within an hour, counted per scope.
    assert (groups.trigger.threshold, groups.trigger.within.total_seconds()) == (3, 3600)  # type: ignore[union-attr]
    assert groups.trigger.expect == {"dogcatcher.groups.failed"}  # type: ignore[union-attr]
    assert groups.trigger.for_each == {"prefect.resource.id"}  # type: ignore[union-attr]


def test_setup_without_a_notification_block_says_no_alerts_and_names_a_missing_one(
    tmp_path: Path,
) -> None:
    resources = tmp_path / "resources.yaml"
    resources.write_text("work_pools: []\n")
    assert f"alerts: none ({resources}: alerts.notify names no notification block)" in set_up(
        ["local"], resources
    )
    resources.write_text("alerts:\n  notify: slack-webhook/nobody-made-me\n")
    with pytest.raises(ConfigError, match=r"alerts\.notify: no slack-webhook block named"):
        set_up(["local"], resources)


def test_verify_names_what_setup_has_not_made_yet(tmp_path: Path) -> None:
    from prefect.blocks.notifications import CustomWebhookNotificationBlock

    CustomWebhookNotificationBlock(name="oncall", url="http://127.0.0.1:9/hook").save(
        "dc-test-oncall", overwrite=True
    )
    from prefect.client.orchestration import get_client

    with get_client(sync_client=True) as client:  # the harness outlives the other tests
        for automation in client.read_automations_by_name("dogcatcher-run-failed"):
            client.delete_automation(automation.id)
    resources = tmp_path / "resources.yaml"
    resources.write_text(
        RESOURCES.replace("dc-test-pool", "dogcatcher-testing").replace("dc-test-", "dc-verify-")
        + "alerts:\n  notify: custom-webhook/dc-test-oncall\n"
    )

    with pytest.raises(DogcatcherError) as before:
        verify("testing", resources)
    set_up(["testing"], resources)
    after = verify("testing", resources)

    assert "lacks work pool dogcatcher-testing, concurrency limit dc-verify-rate" in str(
        before.value
    )
    assert "automation dogcatcher-run-failed: run `dogcatcher setup`" in str(before.value)
    assert after.endswith(
        "work pool dogcatcher-testing, concurrency limits dc-verify-rate, dc-verify-flight, alerts "
        "dogcatcher-run-failed"
    )


def test_the_state_commands_read_the_redis_password_from_its_secret_block(
    monkeypatch: pytest.MonkeyPatch, redis_dbs: Callable[[], int]
) -> None:
    from prefect.blocks.system import Secret
    from typer.testing import CliRunner

    from dogcatcher.cli import _state_settings, app

    for name, value in {
        "BACKEND": "redis",
        "REDIS_URL": REDIS_URL,
        "RESULTS_DB": str(redis_dbs()),
        "LOCKS_DB": str(redis_dbs()),
    }.items():
        monkeypatch.setenv(f"DOGCATCHER_STATE__{name}", value)
    before = _state_settings("testing", None).state.redis_password
    Secret(value="from-the-block").save("dogcatcher-state-redis-password", overwrite=True)
    try:
        password = _state_settings("testing", None).state.redis_password
        # (This Redis wants none; redis-py then ignores the one it is given.)
        shown = CliRunner().invoke(app, ["state", "show", "--profile", "testing"])
        monkeypatch.setenv("DOGCATCHER_STATE__REDIS_PASSWORD", "from-the-environment")
        preferred = _state_settings("testing", None).state.redis_password
    finally:
        Secret.delete("dogcatcher-state-redis-password")

    assert before is None
    assert password is not None and password.get_secret_value() == "from-the-block"
    assert preferred is not None and preferred.get_secret_value() == "from-the-environment"
    assert shown.exit_code == 0 and "state of testing: Redis 127.0.0.1:6379" in shown.output


def test_check_and_run_read_the_credentials_setup_saved_in_secret_blocks(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The README promises it, and a flow run did it, but the CLI's own checks before the
    # flow refused the missing keys first: `dogcatcher run -p staging` could not start.
    import json

    from prefect.blocks.system import Secret
    from typer.testing import CliRunner

    from dogcatcher.cli import app
    from dogcatcher.sources import SAMPLE_EVENTS
    from tests.fakes.datadog import DatadogLogsFake

    sample = [json.loads(line) for line in SAMPLE_EVENTS.read_text().splitlines()[:5]]
    for name in ("API_KEY", "APP_KEY"):
        monkeypatch.delenv(f"DOGCATCHER_SOURCE__{name}", raising=False)
    Secret(value="dk").save("dogcatcher-source-api-key", overwrite=True)
    Secret(value="ak").save("dogcatcher-source-app-key", overwrite=True)
    try:
        with DatadogLogsFake(sample, api_key="dk", app_key="ak").running() as fake:
            monkeypatch.setenv("DOGCATCHER_SOURCE__KIND", "datadog")
            monkeypatch.setenv("DOGCATCHER_SOURCE__BASE_URL", fake.base_url)
            checked = CliRunner().invoke(app, ["check", "--profile", "testing"])
            ran = CliRunner().invoke(app, ["run", "--profile", "testing", "--dry-run"])
    finally:
        Secret.delete("dogcatcher-source-api-key")
        Secret.delete("dogcatcher-source-app-key")

    first = checked.output.splitlines()[0]
    assert first.startswith("ok") and "source" in first, checked.output
    assert ran.exit_code == 0, ran.output
    assert fake.search_calls >= 2  # check's, then the run's
