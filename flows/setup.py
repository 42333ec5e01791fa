"""``dogcatcher setup``: create on the Prefect API what the deployments need, idempotently.

From ``deployments/resources.yaml``: the work pools, the global concurrency limits and the
alerts (Prefect automations that notify through a block named there). From
each profile's settings: the RedisDatabase block its results go to (``state.backend:
redis``), and a Secret block for each credential the environment holds. Running it again
changes only what differs from the file and the environment.
"""

from __future__ import annotations

import os
from collections.abc import Collection, Iterator, Mapping
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path
from typing import Annotated, Any, cast
from uuid import UUID

import httpx
import yaml
from prefect.blocks.system import Secret
from prefect.client.orchestration import SyncPrefectClient, get_client
from prefect.client.schemas.actions import (
    GlobalConcurrencyLimitUpdate,
    WorkPoolCreate,
    WorkPoolUpdate,
)
from prefect.client.schemas.filters import (
    FlowFilter,
    FlowFilterName,
    FlowRunFilter,
    FlowRunFilterState,
    FlowRunFilterStateType,
)
from prefect.client.schemas.objects import StateType
from prefect.events.actions import SendNotification
from prefect.events.schemas.automations import AutomationCore, EventTrigger, Posture
from prefect.exceptions import ObjectNotFound
from prefect.settings import PREFECT_API_URL
from prefect.workers.process import ProcessWorker
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from dogcatcher.exceptions import ConfigError, DogcatcherError
from dogcatcher.settings import ENV_PREFIX, Settings, load_settings, secret_block_names

__all__ = [
    "GROUPS_FAILED",
    "Resources",
    "load_resources",
    "resources_file",
    "runs_on",
    "secrets_from_blocks",
    "set_up",
    "verify",
]

RESOURCES = Path("deployments/resources.yaml")
TRIAGE_FLOW = "triage-errors"  # the flow's name, which its runs are found by


def resources_file() -> Path:
    """The resources file: ``./deployments/resources.yaml``, else the one of the checkout
    this package was installed from (as profiles are found), so ``dogcatcher check`` and
    ``setup`` work from any directory."""
    here = Path.cwd() / RESOURCES
    if here.is_file():
        return here
    return Path(__file__).resolve().parent.parent / RESOURCES


class WorkPoolSpec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(pattern=r"^[a-z0-9-]+$")
    description: str = ""
    concurrency_limit: int | None = Field(default=None, ge=1)


class LimitSpec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    limit: int = Field(ge=1, le=100_000)  # past what Prefect's database holds: a 500
    slot_decay_per_second: float = Field(default=0.0, ge=0.0, le=1000.0)


class SilentSpec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    within: timedelta = Field(ge=timedelta(seconds=10))  # Prefect's least for absences
    deployments: tuple[str, ...] = Field(min_length=1)


class GroupsFailedSpec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    runs: int = Field(default=1, ge=1)  # runs of one scope with failed groups …
    within: timedelta = Field(default=timedelta(hours=1), ge=timedelta(seconds=10))  # … in this


class AlertsSpec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    # "<block type slug>/<block name>" of a notification block made beforehand.
    notify: str | None = Field(default=None, pattern=r"^[a-z0-9-]+/[\w.-]+$")
    failed: bool = True
    groups_failed: GroupsFailedSpec | None = None
    silent: SilentSpec | None = None


class Resources(BaseModel):
    """The contents of ``deployments/resources.yaml``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    work_pools: tuple[WorkPoolSpec, ...] = ()
    # Names as Prefect takes them (it refuses "/" and other characters).
    concurrency_limits: dict[Annotated[str, Field(pattern=r"^[A-Za-z0-9_.-]+$")], LimitSpec] = {}
    alerts: AlertsSpec = AlertsSpec()

    @field_validator("work_pools")
    @classmethod
    def _named_once(cls, pools: tuple[WorkPoolSpec, ...]) -> tuple[WorkPoolSpec, ...]:
        names = [pool.name for pool in pools]
        twice = sorted({name for name in names if names.count(name) > 1})
        if twice:
            raise ValueError(f"work pool {', '.join(twice)} listed more than once")
        return pools


def load_resources(path: Path) -> Resources:
    """Read and check the resources file; errors name the file and the key."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        return Resources.model_validate(data)
    except FileNotFoundError:
        raise ConfigError(f"{path} does not exist (run setup from the checkout)") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: not UTF-8 text") from None
    except OSError as exc:  # a folder, a file it may not read
        raise ConfigError(f"{path}: cannot read it ({exc.strerror or exc})") from None
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
    if (pool.description or "", pool.concurrency_limit, pool.is_paused) == (
        spec.description,
        spec.concurrency_limit,
        False,
    ):
        return f"work pool {spec.name}: unchanged"
    # Resumed, if it was paused by hand: its workers would take no scheduled run.
    client.update_work_pool(
        spec.name,
        WorkPoolUpdate(
            description=spec.description, concurrency_limit=spec.concurrency_limit, is_paused=False
        ),
    )
    return f"work pool {spec.name}: updated" + (
        " (resumed: it was paused)" if pool.is_paused else ""
    )


def _set_up_limit(client: Any, name: str, spec: LimitSpec) -> str:
    try:
        current = client.read_global_concurrency_limit_by_name(name)
    except ObjectNotFound:
        current = None
    wanted = (spec.limit, spec.slot_decay_per_second, True)
    if current is not None and (current.limit, current.slot_decay_per_second, current.active) == (
        wanted
    ):
        return f"concurrency limit {name}: unchanged"
    if current is None:
        client.upsert_global_concurrency_limit_by_name(
            name, spec.limit, slot_decay_per_second=spec.slot_decay_per_second
        )
    else:  # and active again, if it was turned off by hand: calls would run unthrottled
        client.update_global_concurrency_limit(
            name,
            GlobalConcurrencyLimitUpdate(
                limit=spec.limit, slot_decay_per_second=spec.slot_decay_per_second, active=True
            ),
        )
    kind = f"rate {spec.slot_decay_per_second:g}/s" if spec.slot_decay_per_second else "in flight"
    verb = "created" if current is None else "updated"
    return f"concurrency limit {name}: {verb} ({spec.limit} slots, {kind})"


# --- alerts: Prefect automations ----------------------------------------------------------

FLOW_NAME = "triage-errors"
FAILED = "dogcatcher-run-failed"
GROUPS_FAILED_ALERT = "dogcatcher-groups-failed"
# The event a triage run emits when some of its groups failed (the run still completes).
GROUPS_FAILED = "dogcatcher.groups.failed"
SILENT = "dogcatcher-runs-silent"
_ENDED_BADLY = ("prefect.flow-run.Failed", "prefect.flow-run.Crashed", "prefect.flow-run.TimedOut")


def _automation(
    name: str, why: str, trigger: EventTrigger, block: UUID, subject: str, body: str
) -> AutomationCore:
    return AutomationCore(
        name=name,
        description=f"{why} Made by `dogcatcher setup`.",
        trigger=trigger,
        actions=[SendNotification(block_document_id=block, subject=subject, body=body)],
    )


def _failed_automation(block: UUID) -> AutomationCore:
    return _automation(
        FAILED,
        "A Dogcatcher triage run failed: errors of its window are not ticketed until a run "
        "succeeds.",
        EventTrigger(
            match={"prefect.resource.id": "prefect.flow-run.*"},
            match_related={"prefect.resource.role": "flow", "prefect.resource.name": FLOW_NAME},
            expect=set(_ENDED_BADLY),
            posture=Posture.Reactive,
            threshold=1,
            within=timedelta(0),
        ),
        block,
        subject="Dogcatcher: triage run {{ flow_run.name }} {{ flow_run.state.name }}",
        body="The triage run {{ flow_run.name }} ended {{ flow_run.state.name }}: "
        "{{ flow_run.state.message }}\n"
        "Its window is read again by the next run. Run: {{ flow_run|ui_url }}",
    )


def _groups_failed_automation(block: UUID, spec: GroupsFailedSpec) -> AutomationCore:
    # The run completes (one group never sinks it), so the run's own event says it.
    return _automation(
        GROUPS_FAILED_ALERT,
        "Groups of Dogcatcher triage runs failed (the tracker refused them, say); they are "
        "kept and tried again, but nothing new of theirs reaches a ticket meanwhile.",
        EventTrigger(
            match={"prefect.resource.id": "dogcatcher.scope.*", "dogcatcher.dry-run": "false"},
            expect={GROUPS_FAILED},
            for_each={"prefect.resource.id"},
            posture=Posture.Reactive,
            threshold=spec.runs,
            within=spec.within if spec.runs > 1 else timedelta(0),
        ),
        block,
        subject="Dogcatcher: {{ event.payload.failed }} group(s) failed in "
        "{{ event.resource.name }}",
        body="{{ event.payload.failed }} group(s) of a triage run of {{ event.resource.name }} "
        "failed (the longest has failed in {{ event.payload.longest_streak }} run(s) in a "
        "row): {{ event.payload.summary }}\nThey are kept and tried again by the next run; "
        "`dogcatcher state show` lists them. Run {{ flow_run.name }}: {{ flow_run|ui_url }}",
    )


def _silent_automation(block: UUID, spec: SilentSpec) -> AutomationCore:
    # After each completed run of a listed deployment, another must follow within `within`.
    return _automation(
        SILENT,
        "A scheduled Dogcatcher deployment stopped completing runs (worker down, runs stuck "
        "or failing).",
        EventTrigger(
            match={"prefect.resource.id": "prefect.flow-run.*"},
            match_related={
                "prefect.resource.role": "deployment",
                "prefect.resource.name": list(spec.deployments),
            },
            after={"prefect.flow-run.Completed"},
            expect={"prefect.flow-run.Completed"},
            for_each={"related:deployment:prefect.resource.id"},
            posture=Posture.Proactive,
            threshold=1,
            within=spec.within,
        ),
        block,
        subject="Dogcatcher: no triage run of {{ deployment.name }} completed lately",
        body=f"No run of the deployment {{{{ deployment.name }}}} completed within "
        f"{spec.within} of the last one. Check its work pool's workers and its latest runs.",
    )


def _sorted(value: Any) -> Any:
    """``value`` with its lists of strings sorted: a trigger's sets (its events) dump in
    no particular order."""
    if isinstance(value, dict):
        return {key: _sorted(item) for key, item in value.items()}
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return sorted(value)
    return value


def _shape(automation: AutomationCore) -> dict[str, Any]:
    """What setup keeps as written: everything but the server's ids."""
    data = automation.model_dump(mode="json", include={"name", "description", "enabled"})
    data["trigger"] = _sorted(automation.trigger.model_dump(mode="json", exclude={"id"}))
    data["actions"] = [action.model_dump(mode="json") for action in automation.actions]
    return data


def _set_up_automation(client: Any, wanted: AutomationCore) -> str:
    found = client.read_automations_by_name(wanted.name)
    if not found:
        client.create_automation(wanted)
        return f"automation {wanted.name}: created"
    current, *extra = found
    for duplicate in extra:  # one name, one automation
        client.delete_automation(duplicate.id)
    if _shape(current) == _shape(wanted) and not extra:
        return f"automation {wanted.name}: unchanged"
    client.update_automation(current.id, wanted)
    return f"automation {wanted.name}: updated"


def _set_up_alerts(client: Any, spec: AlertsSpec, resources: Path) -> list[str]:
    wanted: list[Any] = []
    if spec.notify is None:
        # No one to tell: the automations an earlier setup made go too, as the file says.
        lines = [f"alerts: none ({resources}: alerts.notify names no notification block)"]
    else:
        slug, name = spec.notify.split("/", 1)
        try:
            block = client.read_block_document_by_name(name, slug, include_secrets=False).id
        except ObjectNotFound:
            raise ConfigError(
                f"{resources}: alerts.notify: no {slug} block named {name!r} on the Prefect "
                "API; create it first (the UI's Blocks page, or the block's save())"
            ) from None
        groups = spec.groups_failed
        wanted = [
            *([_failed_automation(block)] if spec.failed else []),
            *([_groups_failed_automation(block, groups)] if groups else []),
            *([_silent_automation(block, spec.silent)] if spec.silent else []),
        ]
        lines = [_set_up_automation(client, automation) for automation in wanted]
    for unwanted in sorted({FAILED, GROUPS_FAILED_ALERT, SILENT} - {a.name for a in wanted}):
        for automation in client.read_automations_by_name(unwanted):
            client.delete_automation(automation.id)
            lines.append(f"automation {unwanted}: deleted (not in {resources})")
    return lines


def settings_with_block_secrets(
    profile: str,
    overrides: Mapping[str, Mapping[str, Any]] | None = None,
    team: str | None = None,
    sections: Collection[str] = ("source", "analyzer", "tracker", "state"),
) -> Settings:
    """``load_settings``, with the credentials the environment lacks read from the Secret
    blocks setup saved on the Prefect API in use (``secrets_from_blocks``)."""
    settings = load_settings(profile, overrides, team=team)
    secrets = secrets_from_blocks(settings, sections)
    if not secrets:
        return settings
    merged = {name: dict(values) for name, values in (overrides or {}).items()}
    for section, values in secrets.items():
        merged.setdefault(section, {}).update(values)
    return load_settings(profile, merged, team=team)


def secrets_from_blocks(
    settings: Settings, sections: Collection[str] = ("source", "analyzer", "tracker", "state")
) -> dict[str, dict[str, Any]]:
    """Secrets the environment does not set, from the Secret blocks setup saved, for the
    services of ``sections`` the settings use: overrides for ``load_settings``."""
    used = {
        "source": settings.source.kind == "datadog",
        "analyzer": settings.analyzer.kind == "openai",
        "tracker": settings.tracker.kind == "jira",
        "state": settings.state.backend == "redis",
    }
    found: dict[str, dict[str, Any]] = {}
    for (section, field), block in secret_block_names().items():
        if section not in sections or not used[section]:
            continue
        if getattr(getattr(settings, section), field) is not None:
            continue
        try:
            secret = cast(Secret[str], Secret.load(block))
            found.setdefault(section, {})[field] = secret.get()
        except ValueError:  # no such block: the service's own check names what is missing
            continue
    return found


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
    if _saved_as(RedisDatabase, name) == _fields(block):
        return f"RedisDatabase block {name}: unchanged (db {settings.state.results_db})"
    block.save(name, overwrite=True)
    return f"RedisDatabase block {name}: saved (db {settings.state.results_db})"


def _fields(block: Any) -> dict[str, Any]:
    """A block's values, without what Prefect adds once it is saved (its id, its name)."""
    return {k: v for k, v in block.model_dump().items() if not k.startswith("_")}


def _saved_as(kind: Any, name: str) -> dict[str, Any] | None:
    """The values of the block of type ``kind`` saved as ``name``, or None if there is none
    (or it no longer loads)."""
    try:
        return _fields(kind.load(name))
    except (ValueError, ValidationError):
        return None


def _set_up_secrets() -> list[str]:
    done = []
    for (section, field), block in secret_block_names().items():
        variable = f"{ENV_PREFIX}{section.upper()}__{field.upper()}"
        value = os.environ.get(variable)
        if not value:
            continue
        secret: Secret[str] = Secret(value=value)
        if _saved_as(Secret, block) == _fields(secret):
            done.append(f"Secret block {block}: unchanged ({variable})")
            continue
        secret.save(block, overwrite=True)
        done.append(f"Secret block {block}: saved from {variable}")
    return done


@contextmanager
def _client(api: str) -> Iterator[SyncPrefectClient]:
    """A client of the Prefect API at ``api``; ``DogcatcherError`` when it cannot be
    reached."""
    try:
        with get_client(sync_client=True) as client:
            yield client
    except (httpx.HTTPError, OSError) as exc:
        raise DogcatcherError(f"cannot reach the Prefect API at {api}: {exc}") from None


def check_reachable() -> None:
    """Raise ``DogcatcherError`` when ``PREFECT_API_URL`` is set and does not answer."""
    api = PREFECT_API_URL.value()
    if not api:
        return
    with _client(api) as client:
        problem = client.api_healthcheck()
    if problem is not None:
        raise DogcatcherError(f"cannot reach the Prefect API at {api}: {problem}")


def runs_on(profile: str, team: str | None) -> list[str] | None:
    """The names of the runs of ``profile`` (and ``team``) that are on now: pending,
    running or being cancelled, on the Prefect API in ``PREFECT_API_URL``; None without one
    to ask (the embedded default: each run starts an API of its own). Raises
    ``DogcatcherError`` when the API cannot be reached."""
    api = PREFECT_API_URL.value()
    if not api:
        return None
    on = FlowRunFilter(
        state=FlowRunFilterState(
            type=FlowRunFilterStateType(
                any_=[StateType.PENDING, StateType.RUNNING, StateType.CANCELLING]
            )
        )
    )
    with _client(api) as client:
        runs = client.read_flow_runs(
            flow_filter=FlowFilter(name=FlowFilterName(any_=[TRIAGE_FLOW])),
            flow_run_filter=on,
        )
    return [
        run.name
        for run in runs
        if run.parameters.get("profile", "local") == profile
        and (run.parameters.get("team") or None) == team
    ]


def verify(profile: str, resources: Path | None = None) -> str:
    """What ``dogcatcher check`` says of the Prefect side: that the profile's work pool,
    the concurrency limits and the alerts ``resources`` lists exist on the API in
    ``PREFECT_API_URL``. A run without them still works, but unthrottled and unwatched.
    Raises ``DogcatcherError`` naming what is missing."""
    api = PREFECT_API_URL.value()
    if not api:
        return "no PREFECT_API_URL: each run starts a temporary local API (the embedded default)"
    spec = load_resources(resources or resources_file())
    missing: list[str] = []
    pool = f"dogcatcher-{profile}"
    with _client(api) as client:
        if pool in {p.name for p in spec.work_pools}:
            try:
                client.read_work_pool(pool)
            except ObjectNotFound:
                missing.append(f"work pool {pool}")
        for name in spec.concurrency_limits:
            try:
                client.read_global_concurrency_limit_by_name(name)
            except ObjectNotFound:
                missing.append(f"concurrency limit {name}")
        alerts = [
            name
            for name, wanted in (
                (FAILED, spec.alerts.failed),
                (GROUPS_FAILED_ALERT, spec.alerts.groups_failed is not None),
                (SILENT, spec.alerts.silent is not None),
            )
            if wanted and spec.alerts.notify
        ]
        missing += [f"automation {a}" for a in alerts if not client.read_automations_by_name(a)]
    if missing:
        raise DogcatcherError(
            f"{api} lacks {', '.join(missing)}: run `dogcatcher setup` (runs work without "
            "them, but unthrottled and unwatched)"
        )
    watched = f", alerts {', '.join(alerts)}" if alerts else ", no alerts (alerts.notify)"
    return (
        f"{api}: work pool {pool}, concurrency limits {', '.join(spec.concurrency_limits)}{watched}"
    )


def set_up(profiles: list[str], resources: Path | None = None) -> list[str]:
    """Create or update everything; returns one line per resource saying what happened."""
    resources = resources or resources_file()
    spec = load_resources(resources)
    settings = [load_settings(name) for name in profiles]  # fail on a bad profile first
    lines: list[str] = []
    with _client(PREFECT_API_URL.value() or "a temporary local API") as client:
        lines += [_set_up_pool(client, pool) for pool in spec.work_pools]
        lines += [_set_up_limit(client, n, limit) for n, limit in spec.concurrency_limits.items()]
        lines += _set_up_alerts(client, spec.alerts, resources)
    blocks = {s.state.results_block: s for s in settings}  # one save per block
    lines += [line for s in blocks.values() if (line := _set_up_results_block(s))]
    lines += _set_up_secrets()
    return lines
