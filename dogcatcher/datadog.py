"""DatadogSource: error events from the Logs API v2 search, one cursor page at a time.

Built on the official datadog-api-client. The client's own retry (enabled here) honours
429 with ``X-RateLimit-Reset`` and backs off on 5xx; what still fails is translated into
``SourceError`` (transient: worth a task retry) or ``ConfigError`` (wrong keys or site).
Pages are read as raw JSON rather than through the client's models, which would cost more
than the rest of the per-event path together.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from itertools import pairwise
from typing import cast

import urllib3
from datadog_api_client import ApiClient, Configuration
from datadog_api_client.exceptions import ApiException, ApiTypeError, ApiValueError
from datadog_api_client.rest import ClientRetry
from datadog_api_client.v2.api.logs_api import LogsApi
from datadog_api_client.v2.model.logs_list_request import LogsListRequest
from datadog_api_client.v2.model.logs_list_request_page import LogsListRequestPage
from datadog_api_client.v2.model.logs_query_filter import LogsQueryFilter
from datadog_api_client.v2.model.logs_sort import LogsSort

from dogcatcher.exceptions import ConfigError, SourceError
from dogcatcher.models import LogEvent, SkippedEvent, TimeWindow
from dogcatcher.settings import SourceSettings
from dogcatcher.sources import Page, parse_events
from dogcatcher.wire import json_value, search_page_from_json

__all__ = ["CLIENT_MAX_PAGE", "DEFAULT_LOOKBACK", "DatadogSource", "build_query"]

# datadog-api-client 2.62 refuses page.limit above 1000 before sending the request.
CLIENT_MAX_PAGE = 1000
# A window needs a start; without one, and without source.lookback, read the last hour.
DEFAULT_LOOKBACK = timedelta(hours=1)
# A slice shorter than this is not worth a page chain of its own (an incremental run's
# quarter hour is read as one).
MIN_SLICE = timedelta(minutes=15)
# The longest wait for a rate limit's reset (X-RateLimit-Reset) before asking again:
# Datadog's limits reset within a minute, while a proxy may answer hours (or an epoch
# time), and a fetch's thread asleep that long is past any timeout's reach.
MAX_RATE_LIMIT_WAIT = 60


def _quote(value: str) -> str:
    """A value for Datadog's query syntax, quoted so spaces and operators stay literal."""
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'


def build_query(settings: SourceSettings) -> str:
    """The search query: the profile's statuses, services and env, and its extra query."""
    parts = ["status:(" + " OR ".join(_quote(s) for s in settings.statuses) + ")"]
    if settings.services:
        parts.append("service:(" + " OR ".join(_quote(s) for s in settings.services) + ")")
    if settings.env:
        parts.append(f"env:{_quote(settings.env)}")
    if settings.query.strip():
        parts.append(f"({settings.query.strip()})")
    return " ".join(parts)


def _iso(moment: datetime, *, up: bool = False) -> str:
    """``moment`` as Datadog takes it, in whole milliseconds: cut down, or rounded ``up``
    (a search's end: cut down, it would leave out the events of its last part of a
    millisecond, which the next window starts after)."""
    moment = moment.astimezone(UTC)
    if up and moment.microsecond % 1000:
        moment += timedelta(microseconds=1000 - moment.microsecond % 1000)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


class DatadogSource:
    """Error events of a time window from Datadog, sorted by timestamp, page by page."""

    def __init__(self, settings: SourceSettings) -> None:
        if settings.api_key is None or settings.app_key is None:
            raise ConfigError(
                "source.kind is datadog but DOGCATCHER_SOURCE__API_KEY and "
                "DOGCATCHER_SOURCE__APP_KEY are not both set"
            )
        self.settings = settings
        self.query = build_query(settings)
        self.page_size = min(settings.page_size, CLIENT_MAX_PAGE)
        host = settings.base_url or f"https://api.{settings.site}"
        # The client's own retry policy (5xx, and 429 after X-RateLimit-Reset), with the
        # wait for a reset bounded.
        retries = ClientRetry(
            total=settings.max_retries,
            backoff_factor=settings.retry_backoff,
            retry_after_max=MAX_RATE_LIMIT_WAIT,
        )
        configuration = Configuration(  # type: ignore[no-untyped-call]
            host=host,
            retry_policy=retries if settings.max_retries > 0 else None,
            request_timeout=settings.timeout_seconds,
            preload_content=False,
        )
        configuration.api_key["apiKeyAuth"] = settings.api_key.get_secret_value()
        configuration.api_key["appKeyAuth"] = settings.app_key.get_secret_value()
        self.host = host
        self.api = LogsApi(ApiClient(configuration))  # type: ignore[no-untyped-call]

    @property
    def description(self) -> str:
        return f"Datadog {self.host} query {self.query!r}"

    def check(self) -> str:
        end = datetime.now(UTC)
        request = LogsListRequest(
            filter=LogsQueryFilter(
                query=self.query, _from=_iso(end - timedelta(minutes=15)), to=_iso(end)
            ),
            page=LogsListRequestPage(limit=1),
            sort=LogsSort.TIMESTAMP_ASCENDING,
        )
        body = self._search(request, 1)
        if search_page_from_json(body) is None:
            _read_checked(body, 1)  # names what is wrong with the answer, if anything is
        return f"keys accepted and logs readable at {self.host}"

    def bounds(self, window: TimeWindow) -> tuple[datetime, datetime]:
        """The window's start and end, an open side filled in (the end: now)."""
        end = window.end or datetime.now(UTC)
        return window.start or end - (self.settings.lookback or DEFAULT_LOOKBACK), end

    def slices(self, window: TimeWindow, parts: int) -> list[TimeWindow]:
        """Equal slices of ``window`` (each at least ``MIN_SLICE``), cut on whole
        milliseconds: each page chain is a search of its own, and the searches run side by
        side, so a day's pages take a fraction of their one-after-another latency."""
        start, end = self.bounds(window)
        span = (end - start).total_seconds()  # a plain number: bounds may be pendulum's
        parts = max(1, min(parts, int(span // MIN_SLICE.total_seconds())))
        step = timedelta(seconds=span / parts)
        cuts = [start + step * n for n in range(1, parts)]
        edges = [start, *(c.replace(microsecond=c.microsecond // 1000 * 1000) for c in cuts)]
        edges.append(end)
        return [TimeWindow(start=a, end=b) for a, b in pairwise(edges) if a < b]

    def fetch_page(self, window: TimeWindow, cursor: str | None, number: int) -> Page:
        start, end = self.bounds(window)
        query_filter = LogsQueryFilter(query=self.query, _from=_iso(start), to=_iso(end, up=True))
        if self.settings.indexes:
            query_filter.indexes = list(self.settings.indexes)
        page = LogsListRequestPage(limit=self.page_size)
        if cursor:
            page.cursor = cursor
        request = LogsListRequest(filter=query_filter, page=page, sort=LogsSort.TIMESTAMP_ASCENDING)
        body = self._search(request, number)
        read = search_page_from_json(body)
        if read is not None:
            events, after = read
            skipped: list[SkippedEvent] = []
        else:
            events, skipped, after = _read_checked(body, number)
        # The window is half-open: an event stamped at its end belongs to the next slice or
        # run, whatever the search's own bounds include.
        resolved = TimeWindow(start=start, end=end)
        inside = [event for event in events if resolved.contains(event.timestamp)]
        return Page(
            number=number,
            events=inside,
            skipped=skipped,
            outside_window=len(events) - len(inside),
            next_cursor=after if after and (events or skipped) else None,
        )

    def _search(self, request: LogsListRequest, number: int) -> bytes:
        """The answer's body."""
        where = f"Datadog logs search, page {number}"
        try:
            # preload_content=False: the call returns the raw urllib3 response.
            response = cast(urllib3.HTTPResponse, self.api.list_logs(body=request))
            return response.data
        except ApiException as exc:
            raise _translate(exc, where) from None
        except (ApiTypeError, ApiValueError) as exc:
            raise ConfigError(f"{where}: the request was refused by the client: {exc}") from None
        except UnicodeDecodeError:  # the client reads an error's body as UTF-8
            raise SourceError(
                f"{where}: an error answer whose body is not UTF-8 text (a proxy's page?)",
                transient=True,
            ) from None
        except urllib3.exceptions.MaxRetryError as exc:
            raise SourceError(
                f"{where}: gave up after retries: {exc.reason}", transient=True
            ) from None
        except (urllib3.exceptions.HTTPError, OSError) as exc:
            raise SourceError(f"{where}: {exc}", transient=True) from None


def _read_checked(
    body: bytes, number: int
) -> tuple[list[LogEvent], list[SkippedEvent], str | None]:
    """A search answer's events, the bad ones reported and skipped, and its next cursor:
    the way a page goes when some part of it is not as Datadog makes it."""
    where = f"Datadog logs search, page {number}"
    try:
        payload = json_value(body)
    except ValueError:
        raise SourceError(f"{where}: the answer is not valid JSON", transient=True) from None
    if not isinstance(payload, dict):
        raise SourceError(f"{where}: the answer is not a JSON object", transient=True)
    data = payload.get("data")
    if not isinstance(data, list):
        raise SourceError(f"Datadog page {number}: the answer has no 'data' list", transient=True)
    events, skipped = parse_events(
        data,
        lambda i, item: (
            f"Datadog page {number}, event {item.get('id', i) if isinstance(item, dict) else i}"
        ),
    )
    meta = payload.get("meta")
    page = meta.get("page") if isinstance(meta, dict) else None
    after = page.get("after") if isinstance(page, dict) else None
    return events, skipped, after if isinstance(after, str) else None


def _translate(exc: ApiException, where: str) -> Exception:
    status = exc.status or 0
    if status in (401, 403):
        return ConfigError(
            f"{where}: Datadog refused the keys ({status}); check DOGCATCHER_SOURCE__API_KEY, "
            "DOGCATCHER_SOURCE__APP_KEY (it needs the logs_read_data scope) and source.site"
        )
    if status == 429:
        reset = (exc.headers or {}).get("X-RateLimit-Reset", "?")
        return SourceError(
            f"{where}: rate limited (429) after retries; the limit resets in {reset} s",
            transient=True,
        )
    if status >= 500:
        return SourceError(f"{where}: Datadog answered {status} after retries", transient=True)
    return SourceError(f"{where}: Datadog answered {status}: {exc.body!r:.300}")
