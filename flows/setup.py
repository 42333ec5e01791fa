"""``dogcatcher setup``: create on the Prefect API what the deployments need, idempotently.

From ``deployments/resources.yaml``: the work pools and the global concurrency limits. From
each profile's settings: the RedisDatabase block its results go to (``state.backend:
redis``), and a Secret block for each credential the environment holds. Running it again
changes only what differs from the file and the environment.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import yaml
from prefect.blocks.system import Secret
from prefect.client.orchestration import get_client
from prefect.client.schemas.actions import WorkPoolCreate, WorkPoolUpdate
from prefect.exceptions import ObjectNotFound
from prefect.workers.process import ProcessWorker
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from dogcatcher.exceptions import ConfigError
from dogcatcher.settings import ENV_PREFIX, Settings, load_settings, secret_block_names

__all__ = ["Resources", "load_resources", "set_up"]

DEFAULT_RESOURCES = Path("deployments/resources.yaml")


class WorkPoolSpec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(pattern=r"^[a-z0-9-]+$")
    description: str = ""
    concurrency_limit: int | None = Field(default=None, ge=1)


class LimitSpec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    limit: int = Field(ge=1)
    slot_decay_per_second: float = Field(default=0.0, ge=0.0)


class Resources(BaseModel):
    """The contents of ``deployments/resources.yaml``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    work_pools: tuple[WorkPoolSpec, ...] = ()
    concurrency_limits: dict[str, LimitSpec] = {}


def load_resources(path: Path) -> Resources:
    """Read and check the resources file; errors name the file and the key."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        return Resources.model_validate(data)
    except FileNotFoundError:
        raise ConfigError(f"{path} does not exist (run setup from the checkout)") from None
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: not valid YAML: {exc}") from None
    except ValidationError as exc:
        problems = "; ".join(
            f"key '{'.'.join(str(p) for p in err['loc'])}': {err['msg']}" for err in exc.errors()
        )
        raise ConfigError(f"{path}: {problems}") from None


def _set_up_pool(client: Any, spec: WorkPoolSpec) -> str:
    try:
        pool = client.read_work_pool(spec.name)
    except ObjectNotFound:
        client.create_work_pool(
            WorkPoolCreate(
                name=spec.name,
                type="process",
                description=spec.description,
                concurrency_limit=spec.concurrency_limit,
                base_job_template=ProcessWorker.get_default_base_job_template(),
            )
        )
        return f"work pool {spec.name}: created"
    if pool.type != "process":
        raise ConfigError(f"work pool {spec.name} exists with type {pool.type}, not process")
    if (pool.description or "", pool.concurrency_limit) == (
        spec.description,
        spec.concurrency_limit,
    ):
        return f"work pool {spec.name}: unchanged"
    client.update_work_pool(
        spec.name,
        WorkPoolUpdate(description=spec.description, concurrency_limit=spec.concurrency_limit),
    )
    return f"work pool {spec.name}: updated"


def _set_up_limit(client: Any, name: str, spec: LimitSpec) -> str:
    try:
        current = client.read_global_concurrency_limit_by_name(name)
    except ObjectNotFound:
        current = None
    wanted = (spec.limit, spec.slot_decay_per_second)
    if current is not None and (current.limit, current.slot_decay_per_second) == wanted:
        return f"concurrency limit {name}: unchanged"
    client.upsert_global_concurrency_limit_by_name(
        name, spec.limit, slot_decay_per_second=spec.slot_decay_per_second
    )
    kind = f"rate {spec.slot_decay_per_second:g}/s" if spec.slot_decay_per_second else "in flight"
    verb = "created" if current is None else "updated"
    return f"concurrency limit {name}: {verb} ({spec.limit} slots, {kind})"


def _set_up_results_block(settings: Settings) -> str | None:
    if settings.state.backend != "redis":
        return None
    from urllib.parse import urlsplit

    from prefect_redis import RedisDatabase  # type: ignore[import-untyped]

    url = urlsplit(settings.state.redis_url)
    block = RedisDatabase(
        host=url.hostname or "localhost",
        port=url.port or 6379,
        db=settings.state.results_db,
        password=settings.state.redis_password,
        ssl=url.scheme == "rediss",
        # Results of one run outlive it only to serve retries and the analysis cache.
        key_ttl=int(settings.analyzer.cache_ttl.total_seconds()),
    )
    name = settings.state.results_block
    block.save(name, overwrite=True)
    return f"RedisDatabase block {name}: saved (db {settings.state.results_db})"


def _set_up_secrets() -> list[str]:
    done = []
    for (section, field), block in secret_block_names().items():
        variable = f"{ENV_PREFIX}{section.upper()}__{field.upper()}"
        value = os.environ.get(variable)
        if not value:
            continue
        Secret(value=value).save(block, overwrite=True)
        done.append(f"Secret block {block}: saved from {variable}")
    return done


def set_up(profiles: list[str], resources: Path = DEFAULT_RESOURCES) -> list[str]:
    """Create or update everything; returns one line per resource saying what happened."""
    spec = load_resources(resources)
    settings = [load_settings(name) for name in profiles]  # fail on a bad profile first
    lines: list[str] = []
    with get_client(sync_client=True) as client:
        lines += [_set_up_pool(client, pool) for pool in spec.work_pools]
        lines += [_set_up_limit(client, n, limit) for n, limit in spec.concurrency_limits.items()]
    blocks = {s.state.results_block: s for s in settings}  # one save per block
    lines += [line for s in blocks.values() if (line := _set_up_results_block(s))]
    lines += _set_up_secrets()
    return lines
