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
