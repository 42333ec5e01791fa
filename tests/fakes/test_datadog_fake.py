"""The Datadog Logs fake, driven by the real ``datadog-api-client`` over HTTP."""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator, Mapping
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from datadog_api_client import ApiClient, Configuration
from datadog_api_client.exceptions import (
    ApiException,
    ForbiddenException,
    OpenApiException,
    ServiceException,
)
from datadog_api_client.v1.api.authentication_api import AuthenticationApi
from datadog_api_client.v2.api.logs_api import LogsApi
from datadog_api_client.v2.model.log_type import LogType
from datadog_api_client.v2.model.logs_aggregate_response_status import (
    LogsAggregateResponseStatus,
)
from datadog_api_client.v2.model.logs_list_request import LogsListRequest
from datadog_api_client.v2.model.logs_list_request_page import LogsListRequestPage
from datadog_api_client.v2.model.logs_query_filter import LogsQueryFilter
from datadog_api_client.v2.model.logs_sort import LogsSort

from tests.fakes.base import Fault
from tests.fakes.datadog import (
    SEARCH_POST_PATH,
    DatadogLogsFake,
    QueryError,
    parse_query,
    parse_time,
    rate_limit_fault,
    server_error_fault,
)

API_KEY = "fake-api-key"
APP_KEY = "fake-app-key"
SAMPLE = Path(__file__).resolve().parents[2] / "dogcatcher" / "data" / "sample_events.jsonl"
T0 = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)
SERVICES = ("checkout", "payments", "orders", "web-frontend")
ENVS = ("production", "staging")
STATUSES = ("error", "critical", "warn", "info")
Event = dict[str, Any]


def make_event(n: int) -> Event:
    """A varied synthetic event; events 3k+1 and 3k+2 share a timestamp (tiebreak on id)."""
    service = SERVICES[n % 4]
    env = ENVS[(n // 4) % 2]
    status = STATUSES[(n // 3) % 4]
    moment = T0 + timedelta(seconds=10 * (n - n % 3 // 2))
    return {
        "id": f"AQAA{n:06d}",
        "type": "log",
        "attributes": {
            "timestamp": moment.isoformat(timespec="milliseconds").replace("+00:00", "Z"),
            "message": f"order {n} failed: {'timeout' if n % 5 == 0 else 'declined'} upstream",
            "service": service,
            "host": f"ip-10-0-0-{n % 7}",
            "status": status,
            "tags": [f"env:{env}", f"service:{service}", f"version:1.{n % 3}", "team:shop"],
            "attributes": {"error": {"kind": "Timeout" if n % 5 == 0 else "Declined"}},
        },
    }


EVENTS: list[Event] = [make_event(n) for n in range(120)]


def ordered(events: list[Event], descending: bool = False) -> list[str]:
    """Ids in the fake's order: (timestamp, id), ascending or descending."""
    keyed = sorted((e["attributes"]["timestamp"], e["id"]) for e in events)
    ids = [ident for _, ident in keyed]
    return ids[::-1] if descending else ids


def load_sample() -> list[Event]:
    with SAMPLE.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@pytest.fixture
def fake() -> Iterator[DatadogLogsFake]:
    service = DatadogLogsFake(EVENTS, api_key=API_KEY, app_key=APP_KEY)
    with service.running():
        yield service


def make_client(
    fake: DatadogLogsFake, *, api_key: str = API_KEY, app_key: str = APP_KEY, **options: Any
) -> ApiClient:
    # enable_retry=False is the default; set it anyway so the tests stay deterministic.
    configuration = Configuration(  # type: ignore[no-untyped-call]
        host=fake.base_url, enable_retry=False, **options
    )
    configuration.api_key["apiKeyAuth"] = api_key
    configuration.api_key["appKeyAuth"] = app_key
    return ApiClient(configuration)


def logs_api(client: ApiClient) -> LogsApi:
    return LogsApi(client)  # type: ignore[no-untyped-call]


def auth_api(client: ApiClient) -> AuthenticationApi:
    return AuthenticationApi(client)  # type: ignore[no-untyped-call]


@pytest.fixture
def api(fake: DatadogLogsFake) -> Iterator[LogsApi]:
    with make_client(fake) as client:
        yield logs_api(client)


def request(
    query: str = "*",
    *,
    start: str = "2026-11-01T00:00:00Z",
    end: str = "2026-11-02T00:00:00Z",
    limit: int | None = None,
    cursor: str | None = None,
    sort: LogsSort = LogsSort.TIMESTAMP_ASCENDING,
) -> LogsListRequest:
    page = LogsListRequestPage()
    if limit is not None:
        page.limit = limit
    if cursor is not None:
        page.cursor = cursor
    return LogsListRequest(
        filter=LogsQueryFilter(query=query, _from=start, to=end), page=page, sort=sort
    )


def fetch_all(api: LogsApi, query: str = "*", **kwargs: Any) -> tuple[list[str], int]:
    """Page by hand with meta.page.after; returns the ids and the number of pages."""
    ids: list[str] = []
    cursor: str | None = None
    pages = 0
    while True:
        response = api.list_logs(body=request(query, cursor=cursor, **kwargs))
        pages += 1
        ids.extend(log.id for log in response.data)
        after = response.meta.page.after if "page" in response.meta else None
        if after is None:
            assert "links" not in response
            return ids, pages
        assert response.links.next.endswith(f"page%5Bcursor%5D={after}")
        cursor = after


# --- paging -------------------------------------------------------------------------------


@pytest.mark.parametrize("sort", [LogsSort.TIMESTAMP_ASCENDING, LogsSort.TIMESTAMP_DESCENDING])
def test_cursor_pages_add_up_to_all_matches_in_order(
    fake: DatadogLogsFake, api: LogsApi, sort: LogsSort
) -> None:
    ids, pages = fetch_all(api, limit=7, sort=sort)

    assert ids == ordered(EVENTS, descending=sort == LogsSort.TIMESTAMP_DESCENDING)
    assert pages == 18  # ceil(120 / 7)
    assert fake.search_calls == 18
    assert fake.events_served == 120


def test_exact_multiple_of_the_limit_ends_without_a_cursor(api: LogsApi) -> None:
    ids, pages = fetch_all(api, limit=40)

    assert ids == ordered(EVENTS)
    assert pages == 3


def test_default_page_is_ten_and_data_items_round_trip(api: LogsApi) -> None:
    response = api.list_logs(body=request(limit=None))

    assert len(response.data) == 10
    first = response.data[0]
    expected = next(e for e in EVENTS if e["id"] == ordered(EVENTS)[0])
    assert first.type == LogType.LOG
    assert first.attributes.message == expected["attributes"]["message"]
    assert first.attributes.tags == expected["attributes"]["tags"]
    assert first.attributes.timestamp == T0
    assert response.meta.status == LogsAggregateResponseStatus.DONE
    assert response.meta.request_id


def test_sample_file_through_list_logs_with_pagination() -> None:
    sample = load_sample()
    service = DatadogLogsFake(sample)
    with service.running(), make_client(service) as client:
        logs = list(
            logs_api(client).list_logs_with_pagination(
                body=request(start="2026-10-31T00:00:00Z", end="now", limit=1000)
            )
        )

    assert [log.id for log in logs] == ordered(sample)
    assert service.search_calls == 3
    assert service.events_served == len(sample) == 2400


def test_limit_is_capped_at_max_limit() -> None:
    service = DatadogLogsFake(EVENTS, max_limit=25)
    with service.running(), make_client(service) as client:
        api = logs_api(client)
        first = api.list_logs(body=request(limit=1000))
        everything = list(api.list_logs_with_pagination(body=request(limit=1000)))

    assert len(first.data) == 25
    assert first.meta.page.after
    assert [log.id for log in everything] == ordered(EVENTS)
    assert service.search_calls == 1 + 5


def test_get_variant_shares_the_logic_and_links_next_is_followable(
    fake: DatadogLogsFake, api: LogsApi
) -> None:
    first = api.list_logs_get(
        filter_query="service:checkout",
        filter_from=T0 - timedelta(hours=1),
        filter_to=T0 + timedelta(hours=1),
        page_limit=20,
        sort=LogsSort.TIMESTAMP_DESCENDING,
    )
    expected = ordered(
        [e for e in EVENTS if e["attributes"]["service"] == "checkout"], descending=True
    )
    assert [log.id for log in first.data] == expected[:20]

    follow = urllib.request.Request(
        first.links.next, headers={"DD-API-KEY": API_KEY, "DD-APPLICATION-KEY": APP_KEY}
    )
    with urllib.request.urlopen(follow, timeout=5) as answer:
        second = json.load(answer)
    assert [item["id"] for item in second["data"]] == expected[20:]
    assert "links" not in second and "page" not in second["meta"]


# --- queries ------------------------------------------------------------------------------


def _attrs(e: Event) -> Mapping[str, Any]:
    attributes: Mapping[str, Any] = e["attributes"]
    return attributes


QUERIES: dict[str, Callable[[Event], bool]] = {
    "*": lambda e: True,
    "": lambda e: True,
    "service:checkout": lambda e: _attrs(e)["service"] == "checkout",
    "service:CHECKOUT": lambda e: _attrs(e)["service"] == "checkout",
    "env:staging": lambda e: "env:staging" in _attrs(e)["tags"],
    "status:(error OR critical)": lambda e: _attrs(e)["status"] in ("error", "critical"),
    "-service:checkout": lambda e: _attrs(e)["service"] != "checkout",
    "NOT env:production": lambda e: "env:staging" in _attrs(e)["tags"],
    "service:checkout OR service:payments": lambda e: (
        _attrs(e)["service"] in ("checkout", "payments")
    ),
    "service:payments env:production status:error": lambda e: (
        _attrs(e)["service"] == "payments"
        and "env:production" in _attrs(e)["tags"]
        and _attrs(e)["status"] == "error"
    ),
    "(service:checkout OR service:orders) AND -status:info": lambda e: (
        _attrs(e)["service"] in ("checkout", "orders") and _attrs(e)["status"] != "info"
    ),
    "service:web-* version:1.2": lambda e: (
        _attrs(e)["service"] == "web-frontend" and "version:1.2" in _attrs(e)["tags"]
    ),
    "host:ip-10-0-0-3": lambda e: _attrs(e)["host"] == "ip-10-0-0-3",
    "team:shop": lambda e: True,
    "team:other": lambda e: False,
    "version:*": lambda e: True,
    "timeout": lambda e: "timeout" in _attrs(e)["message"],
    "time": lambda e: False,  # whole words only
    "tim*": lambda e: "timeout" in _attrs(e)["message"],
    '"failed: declined"': lambda e: "failed: declined" in _attrs(e)["message"],
    "@error.kind:Timeout": lambda e: _attrs(e)["attributes"]["error"]["kind"] == "Timeout",
    "service:checkout -@error.kind:Time*": lambda e: (
        _attrs(e)["service"] == "checkout" and _attrs(e)["attributes"]["error"]["kind"] != "Timeout"
    ),
}


@pytest.mark.parametrize("query", list(QUERIES))
def test_query_filters(api: LogsApi, query: str) -> None:
    ids, _ = fetch_all(api, query, limit=1000)

    expected = ordered([e for e in EVENTS if QUERIES[query](e)])
    assert ids == expected
    if query not in ("team:other", "time"):
        assert ids, "the query should match something"


@pytest.mark.parametrize(
    "query", ["service:(checkout", "service:checkout)", "-", "a OR", '"open', "x:[1 TO 5]"]
)
def test_a_query_it_cannot_parse_is_a_400(api: LogsApi, query: str) -> None:
    with pytest.raises(ApiException) as caught:
        api.list_logs(body=request(query))

    assert caught.value.status == 400
    assert caught.value.body["errors"]


def test_parse_query_and_parse_time_directly() -> None:
    now_ms = 1_793_500_000_000
    assert parse_time("now", now_ms) == now_ms
    assert parse_time("now-15m", now_ms) == now_ms - 900_000
    assert parse_time("now - 2h", now_ms) == now_ms - 7_200_000
    assert parse_time("1793491200000", now_ms) == 1_793_491_200_000
    assert parse_time(1_793_491_200_000, now_ms) == 1_793_491_200_000
    assert parse_time("2026-11-01T00:00:00Z", now_ms) == 1_793_491_200_000
    assert parse_time("2026-11-01T01:00:00+01:00", now_ms) == 1_793_491_200_000
    for bad in ("yesterday", "now-5x", "", None, True):
        with pytest.raises(QueryError):
            parse_time(bad, now_ms)
    parse_query("a AND (b OR -c:d) NOT e:(f OR g*) @x.y:1")


# --- time window --------------------------------------------------------------------------


def test_time_window_is_half_open_and_accepts_iso_and_epoch_ms(api: LogsApi) -> None:
    start, end = T0 + timedelta(seconds=100), T0 + timedelta(seconds=300)
    expected = ordered(
        [e for e in EVENTS if start <= datetime.fromisoformat(e["attributes"]["timestamp"]) < end]
    )
    iso, _ = fetch_all(api, start=start.isoformat(), end=end.isoformat(), limit=6)
    epoch, _ = fetch_all(
        api,
        start=str(int(start.timestamp() * 1000)),
        end=str(int(end.timestamp() * 1000)),
        limit=6,
    )

    assert iso == epoch == expected
    assert len(expected) == 20


def test_date_math_is_relative_to_the_clock_and_pinned_by_the_cursor() -> None:
    now = [(T0 + timedelta(seconds=600)).timestamp()]
    service = DatadogLogsFake(EVENTS, clock=lambda: now[0])
    expected = ordered(
        [e for e in EVENTS if datetime.fromisoformat(e["attributes"]["timestamp"]) >= T0]
    )[:60]
    with service.running(), make_client(service) as client:
        api = logs_api(client)
        first = api.list_logs(body=request(start="now-10m", end="now", limit=50))
        now[0] += 3600  # the cursor keeps the window the first page resolved
        cursor = first.meta.page.after
        second = api.list_logs(body=request(start="now-10m", end="now", limit=50, cursor=cursor))
        default = api.list_logs(body=LogsListRequest())  # now-15m..now: nothing that late

    assert [log.id for log in [*first.data, *second.data]] == expected
    assert default.data == []


# --- auth, rate limits, faults ------------------------------------------------------------


@pytest.mark.parametrize(
    ("api_key", "app_key"), [("wrong", APP_KEY), (API_KEY, "wrong"), ("wrong", "wrong")]
)
def test_wrong_keys_are_forbidden(fake: DatadogLogsFake, api_key: str, app_key: str) -> None:
    client = make_client(fake, api_key=api_key, app_key=app_key)
    with client, pytest.raises(ForbiddenException) as caught:
        logs_api(client).list_logs(body=request())

    assert caught.value.status == 403
    assert caught.value.body == {"errors": ["Forbidden"]}
    assert fake.events_served == 0


def test_validate_checks_the_api_key(fake: DatadogLogsFake) -> None:
    with make_client(fake, app_key="irrelevant") as client:
        assert auth_api(client).validate().valid is True
    with make_client(fake, api_key="wrong") as client, pytest.raises(ForbiddenException):
        auth_api(client).validate()
    assert fake.validate_calls == 2


def test_rate_limit_headers_count_down_within_a_period() -> None:
    now = [1_793_491_230.0]  # 30 s into a 60 s period
    service = DatadogLogsFake(EVENTS, rate_limit=3, clock=lambda: now[0], enforce_rate_limit=True)
    with service.running(), make_client(service, return_http_data_only=False) as client:
        api = logs_api(client)
        raw: Any = api  # with return_http_data_only=False, calls answer (data, status, headers)
        headers = [raw.list_logs(body=request())[2] for _ in range(3)]
        with pytest.raises(ApiException) as caught:
            api.list_logs(body=request())
        now[0] += 30  # the next period
        _, status, fresh = raw.list_logs(body=request())

    assert [h["X-RateLimit-Remaining"] for h in headers] == ["2", "1", "0"]
    assert headers[0]["X-RateLimit-Limit"] == "3"
    assert headers[0]["X-RateLimit-Period"] == "60"
    assert headers[0]["X-RateLimit-Reset"] == "30"
    assert headers[0]["X-RateLimit-Name"] == "logs_list_query"
    assert caught.value.status == 429
    assert caught.value.headers["X-RateLimit-Remaining"] == "0"
    assert status == 200 and fresh["X-RateLimit-Remaining"] == "2"


def test_injected_429_surfaces_with_its_reset_header(fake: DatadogLogsFake, api: LogsApi) -> None:
    fake.add_fault(rate_limit_fault(reset=17))

    with pytest.raises(ApiException) as caught:
        api.list_logs(body=request())
    assert caught.value.status == 429
    assert caught.value.headers["X-RateLimit-Reset"] == "17"
    assert caught.value.body == {"errors": ["Too many requests"]}
    assert len(api.list_logs(body=request()).data) == 10  # the fault was used up


def test_injected_503_is_a_service_exception(fake: DatadogLogsFake, api: LogsApi) -> None:
    fake.add_fault(server_error_fault(503))

    with pytest.raises(ServiceException) as caught:
        api.list_logs(body=request())
    assert caught.value.status == 503


def test_malformed_response_body_fails_in_the_client(fake: DatadogLogsFake, api: LogsApi) -> None:
    fake.add_fault(Fault(kind="malformed"))

    with pytest.raises(OpenApiException):
        api.list_logs(body=request())


def test_malformed_request_bodies_are_400s(fake: DatadogLogsFake) -> None:
    def post(body: bytes) -> tuple[int, Any]:
        sent = urllib.request.Request(
            fake.base_url + SEARCH_POST_PATH,
            data=body,
            method="POST",
            headers={
                "DD-API-KEY": API_KEY,
                "DD-APPLICATION-KEY": APP_KEY,
                "Content-Type": "application/json",
            },
        )
        try:
            with urllib.request.urlopen(sent, timeout=5) as answer:
                return answer.status, json.load(answer)
        except urllib.error.HTTPError as error:
            with error:
                return error.code, json.load(error)

    for body in (
        b"{not json",
        b"[]",
        b'{"filter": "x"}',
        b'{"page": {"limit": 0}}',
        b'{"page": {"limit": "ten"}}',
        b'{"sort": "message"}',
        b'{"page": {"cursor": "not-a-cursor"}}',
        b'{"filter": {"from": "yesterday"}}',
    ):
        status, payload = post(body)
        assert status == 400, body
        assert isinstance(payload["errors"], list) and payload["errors"], body
    assert post(b'{"filter": {"from": 0, "to": "now"}, "page": {"limit": 5}}')[0] == 200


def test_latency_knob_slows_every_call(fake: DatadogLogsFake, api: LogsApi) -> None:
    fake.latency = 0.3
    started = time.perf_counter()
    api.list_logs(body=request())
    assert time.perf_counter() - started >= 0.3


def test_latency_function_slows_the_calls_it_picks(fake: DatadogLogsFake, api: LogsApi) -> None:
    fake.latency_fn = lambda request: 0.3 if request.method == "POST" else 0.0
    started = time.perf_counter()
    api.list_logs(body=request())
    slowed = time.perf_counter() - started
    fake.latency_fn = lambda request: 0.0
    started = time.perf_counter()
    api.list_logs(body=request())
    assert slowed >= 0.3 > time.perf_counter() - started


def test_large_store_pages_quickly() -> None:
    events = [make_event(n) for n in range(20_000)]
    end = datetime(2026, 11, 3, tzinfo=UTC)
    expected = [
        e
        for e in events
        if _attrs(e)["service"] == "checkout"
        and "env:staging" not in _attrs(e)["tags"]
        and datetime.fromisoformat(_attrs(e)["timestamp"]) < end
    ]
    started = time.perf_counter()
    service = DatadogLogsFake(events)
    built = time.perf_counter() - started
    with service.running(), make_client(service) as client:
        api = logs_api(client)
        started = time.perf_counter()
        logs = list(
            api.list_logs_with_pagination(
                body=request("service:checkout -env:staging", end=end.isoformat(), limit=1000)
            )
        )
        elapsed = time.perf_counter() - started

    assert [log.id for log in logs] == ordered(expected)
    assert built < 5.0 and elapsed < 10.0  # generous: shared CI boxes are slow
