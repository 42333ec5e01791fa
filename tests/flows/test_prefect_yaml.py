"""prefect.yaml points at the flow that exists, with parameters the flow accepts."""

from __future__ import annotations

import importlib
import inspect
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]


def test_every_deployment_entrypoint_and_parameter_exists() -> None:
    config = yaml.safe_load((ROOT / "prefect.yaml").read_text())
    assert config["deployments"], "prefect.yaml defines no deployment"
    for deployment in config["deployments"]:
        path, name = deployment["entrypoint"].split(":")
        module = importlib.import_module(path.removesuffix(".py").replace("/", "."))
        flow = getattr(module, name)
        accepted = inspect.signature(flow.fn).parameters
        assert set(deployment.get("parameters", {})) <= set(accepted), deployment["name"]
        assert (ROOT / "profiles" / f"{deployment['parameters']['profile']}.yaml").is_file()


def _deployments() -> list[dict[str, object]]:
    return list(yaml.safe_load((ROOT / "prefect.yaml").read_text())["deployments"])


def test_every_environment_and_every_team_has_its_own_deployment() -> None:
    from dogcatcher.settings import load_settings

    wanted: set[tuple[str, str | None]] = set()
    for profile in ("development", "staging", "production"):
        teams = load_settings(profile, directory=ROOT / "profiles").teams
        wanted |= {(profile, team) for team in teams} or {(profile, None)}
    deployed = {
        (str(params["profile"]), params.get("team"))
        for params in (d["parameters"] for d in _deployments())
        if isinstance(params, dict)
    }
    assert wanted <= deployed
    for profile, team in deployed:  # each parameter set is a valid profile and team
        load_settings(profile, team=team, directory=ROOT / "profiles")


def test_deployments_are_scheduled_pooled_and_never_overlap_themselves() -> None:
    from flows.setup import load_resources

    pools = {pool.name for pool in load_resources(ROOT / "deployments/resources.yaml").work_pools}
    for deployment in _deployments():
        params = deployment["parameters"]
        assert isinstance(params, dict)
        pool = deployment["work_pool"]
        assert isinstance(pool, dict)
        assert pool["name"] == f"dogcatcher-{params['profile']}" and pool["name"] in pools
        assert pool["job_variables"]["env"]["PREFECT_LOGGING_EXTRA_LOGGERS"] == "dogcatcher"
        assert deployment["concurrency_limit"] == {"limit": 1, "collision_strategy": "ENQUEUE"}
        if params["profile"] != "local" and "backfill" not in str(deployment["name"]):
            schedules = deployment["schedules"]
            assert isinstance(schedules, list) and schedules, deployment["name"]
            for schedule in schedules:
                assert schedule["cron"] and schedule["timezone"], deployment["name"]
