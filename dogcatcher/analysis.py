"""Analyzers: one ``Analysis`` per error group.

``RuleAnalyzer`` is deterministic: ordered rules over the error kind, template, samples and
stack decide category, severity and whether a person can act on it. It is the offline
default and the fallback for any other analyzer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol

from dogcatcher.exceptions import ConfigError
from dogcatcher.grouping import normalize_message
from dogcatcher.models import Analysis, Category, ErrorGroup, Severity, StackFrame
from dogcatcher.settings import Settings

__all__ = ["Analyzer", "RuleAnalyzer", "build_analyzer", "fall_back"]

# A group this large gets one step more severe, up to high, whatever its category.
HIGH_VOLUME = 500


class Analyzer(Protocol):
    """Explains an error group."""

    name: str

    def analyze(self, group: ErrorGroup) -> Analysis:
        """The analysis of one group; never fails (an LLM analyzer falls back to rules)."""
        ...

    def explain(self, group: ErrorGroup) -> Analysis:
        """The analyzer's own analysis of one group, without falling back: raises
        ``AnalysisError`` when it has no answer (so a fallback is never cached as one)."""
        ...

    def check(self) -> str:
        """Verify the analyzer can answer; raises ``DogcatcherError`` saying what is wrong."""
        ...


@dataclass(frozen=True)
class _Rule:
    category: Category
    pattern: re.Pattern[str]
    severity: Severity
    cause: str
    actions: tuple[str, ...]
    actionable: bool = True


def _rule(
    category: Category,
    pattern: str,
    severity: Severity,
    cause: str,
    actions: tuple[str, ...],
    *,
    actionable: bool = True,
) -> _Rule:
    return _Rule(category, re.compile(pattern, re.I), severity, cause, actions, actionable)


# First match wins, so the specific rules come before the general ones
# (a "timeout acquiring a DB connection" is a database problem, not a plain timeout).
_RULES: tuple[_Rule, ...] = (
    _rule(
        Category.OUT_OF_MEMORY,
        r"OutOfMemory|out of memory|heap space|MemoryError|OOMKilled|Cannot allocate memory",
        Severity.CRITICAL,
        "The process ran out of memory: a leak, an unbounded cache or batch, or a limit set "
        "too low for the load.",
        (
            "Compare memory usage before the first occurrence with the limit",
            "Take a heap profile on an affected instance",
        ),
    ),
    _rule(
        Category.DISK,
        r"No space left on device|disk (?:is )?full|ENOSPC|quota exceeded|read-only file system",
        Severity.CRITICAL,
        "A volume is full or read-only, so writes fail.",
        ("Free or grow the volume", "Find what fills it (logs, temp files, uploads)"),
    ),
    # Before database: a missing DATABASE_URL is a setting, not a database fault.
    _rule(
        Category.CONFIGURATION,
        r"(?-i:KeyError:?\s+'[A-Z][A-Z0-9_]+')|environment variable|missing (?:config|setting)|"
        r"not configured|ConfigurationException|invalid configuration|no such setting",
        Severity.HIGH,
        "A required setting or secret is missing or invalid in this environment.",
        (
            "Compare the service's configuration with a working environment",
            "Check the latest deploy for renamed or removed settings",
        ),
    ),
    _rule(
        Category.DATABASE,
        r"deadlock|connection pool|too many connections|unique constraint|duplicate key|"
        r"psycopg|SQLException|SQLSTATE|ORA-\d+|could not serialize|lock wait timeout|"
        r"hikari|sqlalchemy|database|\bdb\b|jdbc|mongo|relation .* does not exist",
        Severity.HIGH,
        "A database operation failed: contention, exhausted connections or a violated constraint.",
        (
            "Check the database's health and connection counts at the time",
            "Find the query or transaction in the stack and review its locking and retries",
        ),
    ),
    _rule(
        Category.AUTH,
        r"\b401\b|\b403\b|unauthori[sz]ed|forbidden|access ?(?:is )?denied|permission denied|"
        r"invalid (?:token|credentials|signature)|token expired|authentication failed",
        Severity.MEDIUM,
        "A call was refused for missing, expired or insufficient credentials.",
        (
            "Check whether the credentials or tokens in use expired or were rotated",
            "Verify the caller's permissions on the resource",
        ),
    ),
    _rule(
        Category.QUEUE,
        r"kafka|rabbitmq|amqp|\bsqs\b|consumer lag|message rejected|dead.?letter|nack|"
        r"broker|partition|queue",
        Severity.HIGH,
        "Messages are not being produced or consumed normally.",
        ("Check the broker's health and consumer lag", "Inspect the dead-letter queue"),
    ),
    _rule(
        Category.TIMEOUT,
        r"timed? ?out|timeout|deadline exceeded|DEADLINE_EXCEEDED|took too long",
        Severity.MEDIUM,
        "A call did not answer in time: the dependency is slow or overloaded, or the timeout "
        "is too tight.",
        (
            "Check the latency of the dependency at the time",
            "Review the timeout and retry settings for this call",
        ),
    ),
    _rule(
        Category.NETWORK,
        r"connection refused|ECONNREFUSED|ECONNRESET|connection reset|broken pipe|"
        r"no route to host|name or service not known|no such host|getaddrinfo|\bENOTFOUND\b|"
        r"unreachable|"
        # gRPC's UNAVAILABLE; "Service Unavailable" is an HTTP 503, matched further down.
        r"(?<!service )(?<!service)unavailable|"
        r"UnknownHostException|ConnectException|SSL|TLS handshake",
        Severity.HIGH,
        "A network connection to a dependency failed.",
        (
            "Check whether the dependency was up and reachable at the time",
            "Look for DNS, network policy or certificate changes",
        ),
    ),
    _rule(
        Category.HTTP_5XX,
        r"\b5\d\d\b.*(?:error|status|response)|(?:status|HTTP|code)[ =:]*5\d\d\b|"
        r"internal server error|bad gateway|service unavailable|gateway timeout",
        Severity.HIGH,
        "An upstream service answered with a server error.",
        ("Check the upstream service's errors at the time", "Review retries and fallbacks"),
    ),
    _rule(
        Category.HTTP_4XX,
        r"(?:status|HTTP|code)[ =:]*4\d\d\b|\b4\d\d\b.*(?:error|status|response)|not found|"
        r"bad request|validation (?:error|failed)|invalid (?:input|request|argument)|"
        r"too many requests|rate limit|declined|unprocessable",
        Severity.LOW,
        "A request was rejected as invalid; usually the caller's input, not a defect here.",
        ("Check whether a client sends malformed requests", "Consider logging at WARN"),
        actionable=False,
    ),
    _rule(
        Category.CODE,
        r"NullPointer|nil pointer|TypeError|AttributeError|KeyError|IndexError|"
        r"IllegalState|IllegalArgument|ClassCast|ArrayIndexOutOfBounds|undefined is not|"
        r"Cannot read propert|panic|ValueError|NumberFormat|Serializ|JSON|ZeroDivision",
        Severity.MEDIUM,
        "A programming error: the code met a value or state it does not handle.",
        (
            "Reproduce with the sample below and the top stack frame",
            "Add handling or validation for the unexpected value",
        ),
    ),
)

_SEVERITY_UP = {
    Severity.LOW: Severity.MEDIUM,
    Severity.MEDIUM: Severity.HIGH,
    Severity.HIGH: Severity.HIGH,
    Severity.CRITICAL: Severity.CRITICAL,
}


def _short_kind(kind: str | None) -> str:
    if not kind:
        return "Error"
    return kind.rsplit(".", 1)[-1]


_PATH_PARTS = re.compile(r"[/\\]")
# Wrappers that name no code of their own: a Ruby block's, Node's "async" and "new", the
# method a V8 call went through ("[as oncomplete]"), a Java lambda's, .NET's async state
# machine (masked "<PlaceAsync>d__.MoveNext").
_RUBY_BLOCK = re.compile(r"^(?:(?:block|rescue|ensure)(?: \(\d+ levels\))? in )+")
_NODE_WRAP = re.compile(r"^(?:async |new )+|\s*\[as [^\]]*\]$")
# Its second part is quadratic in a run of whitespace (tried from each of its characters):
# a longer name (no real one) keeps its wrappers, and its title is cut at 120 anyway.
_MAX_WRAPPED = 1000
_JAVA_LAMBDA = re.compile(r"\blambda\$(\w+?)(?:\$\d*)?$")
_DOTNET_ASYNC = re.compile(r"<(\w+)>[\w$]*\.MoveNext$")
_GO_RECEIVER = re.compile(r"\(\*?(\w+)\)")
_ANONYMOUS = frozenset(("<anonymous>", "Object.<anonymous>", "<module>"))


def site(frame: StackFrame) -> str | None:
    """How a title names the code a frame ran: ``Class.method`` (Java, .NET, a Go method),
    ``module.function`` (Python, a Go function), the function (Node, Ruby); None for a
    frame that names no code of its own (a script's top level, an anonymous callback)."""
    name = frame.function
    file = frame.file or ""
    if file.endswith(".py"):
        parts = _PATH_PARTS.split(file)
        module = parts[-1].removesuffix(".py")
        if module == "__init__" and len(parts) > 1:
            module = parts[-2]
        return module if name in _ANONYMOUS else f"{module}.{name}"
    if file.endswith(".go"):
        # github.com/acme/shipping/internal/label.(*Service).Create -> Service.Create
        parts = _GO_RECEIVER.sub(r"\1", name.rsplit("/", 1)[-1]).split(".")
        return ".".join(parts[1:] if len(parts) > 2 else parts)
    if file.endswith(".rb"):
        return _RUBY_BLOCK.sub("", name) or None
    if file.endswith((".java", ".kt", ".scala", ".cs")) or not file:
        name = _DOTNET_ASYNC.sub(r"\1", _JAVA_LAMBDA.sub(r"\1", name))
        return ".".join(name.split(".")[-2:])
    if len(name) <= _MAX_WRAPPED:
        name = _NODE_WRAP.sub("", name)
    return None if name in _ANONYMOUS else name


def _title(group: ErrorGroup) -> str:
    # The service's own code, never a library's: a driver's "receiveErrorResponse" says
    # nothing of where the service went wrong.
    frame = next((f for f in group.top_frames if f.in_app), None)
    named = site(frame) if frame else None
    where = f" in {named}" if named else ""
    title = f"{_short_kind(group.error_kind)}{where} ({group.service}): {group.template}"
    return title if len(title) <= 120 else title[:119] + "…"


class RuleAnalyzer:
    """Deterministic analysis by ordered rules; needs nothing outside the process."""

    name = "rule"

    def check(self) -> str:
        return "rule-based, needs nothing outside the process"

    def explain(self, group: ErrorGroup) -> Analysis:
        return self.analyze(group)

    def analyze(self, group: ErrorGroup) -> Analysis:
        # From the stack only its unindented lines (exception headers, "Caused by:", Python's
        # last line): frame lines name paths and functions (every Node stack passes through
        # "node:internal/process/task_queues") that trip keyword rules. The sample and those
        # lines are masked like the template, so ids and line numbers (order 403, line 404)
        # do not read as HTTP statuses.
        headers = [line for line in (group.stack or "").splitlines() if line[:1].strip()]
        masked = "\n".join(normalize_message(line) for line in (*group.samples[:1], *headers))
        text = "\n".join(filter(None, (group.error_kind, group.template, masked)))
        rule = next((r for r in _RULES if r.pattern.search(text)), None)
        category = rule.category if rule else Category.UNKNOWN
        severity = rule.severity if rule else Severity.MEDIUM
        if group.count >= HIGH_VOLUME:
            severity = _SEVERITY_UP[severity]
        span = f"{group.first_seen:%Y-%m-%d %H:%M} and {group.last_seen:%Y-%m-%d %H:%M} UTC"
        hosts = f" on {len(group.hosts)} host(s)" if group.hosts else ""
        summary = (
            f"{group.count} occurrence(s) of {group.error_kind or 'an error'} in "
            f"{', '.join(group.services)}{hosts} between {span}. "
            f"Message template: {group.template}"
        )
        return Analysis(
            title=_title(group),
            summary=summary[:2000],
            category=category,
            severity=severity,
            suspected_cause=rule.cause if rule else "No rule matched; needs a person to look.",
            suggested_actions=rule.actions if rule else ("Read the sample and stack below",),
            actionable=rule.actionable if rule else True,
            confidence=0.6 if rule else 0.2,
            analyzer=self.name,
        )


def fall_back(group: ErrorGroup, reason: str) -> Analysis:
    """The rules' analysis of a group the configured analyzer could not answer for."""
    analysis = RuleAnalyzer().analyze(group)
    return analysis.model_copy(
        update={"analyzer": f"{analysis.analyzer} (fallback)", "fallback_reason": reason}
    )


def build_analyzer(settings: Settings) -> Analyzer:
    """The analyzer the settings ask for."""
    if settings.analyzer.kind == "rule":
        return RuleAnalyzer()
    if settings.analyzer.kind == "openai":
        from dogcatcher.llm import OpenAIAnalyzer, shared_breaker

        return OpenAIAnalyzer(settings.analyzer, breaker=shared_breaker(settings.analyzer))
    raise ConfigError(f"analyzer.kind: unknown analyzer {settings.analyzer.kind!r}")
