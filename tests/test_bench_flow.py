"""The flow benchmark's accounting (bench/flow.py): the lower bound T*, and how the pages'
cursor chains are told apart and the flow's time between pages measured."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from bench.flow import Latency, Usage, _pages, lower_bound
from tests.fakes.base import Request


def _page_request(since: str, until: str, at: float) -> Request:
    body = {"filter": {"from": since, "to": until, "query": "status:error"}, "page": {}}
    return Request("POST", "/api/v2/logs/events/search", {}, {}, json.dumps(body).encode(), at)


def test_the_flow_s_time_between_pages_is_counted_per_chain() -> None:
    page = Latency().page
    slices = [("2026-11-01T00:00:00Z", "2026-11-01T12:00:00Z")]
    slices.append(("2026-11-01T12:00:00Z", "2026-11-02T00:00:00Z"))
    requests = [
        _page_request(*slices[0], at=0.0),
        _page_request(*slices[1], at=0.01),
        _page_request(*slices[0], at=page + 0.1),  # 100 ms after its predecessor's answer
        _page_request(*slices[1], at=page + 0.31),  # 300 ms after
        _page_request(*slices[0], at=2 * page + 0.1),  # at once
    ]
    usage = Usage()
    _pages(usage, requests)
    assert usage.pages == 5
    assert usage.page_chains == 2
    assert usage.turnaround == pytest.approx(0.4)
    assert usage.reading == pytest.approx(3 * page + 0.1)
    assert (usage.first_asked, usage.last_answered) == pytest.approx((0.0, 3 * page + 0.1))


def test_no_pages_no_chains() -> None:
    usage = Usage()
    _pages(usage, [])
    assert (usage.pages, usage.page_chains, usage.turnaround) == (0, 0, 0.0)


def test_the_lower_bound_adds_pages_llm_rounds_and_jira_time_per_slot() -> None:
    latency = Latency()
    usage = Usage(pages=10, jira=Counter({"search": 4, "read": 2, "create": 3, "write": 5}))
    jira = 6 * latency.search + 3 * latency.create + 5 * latency.comment
    expected = 10 * latency.page + 2 * latency.llm + jira / 4
    assert lower_bound(usage, new_groups=9, llm_slots=8, jira_slots=4) == pytest.approx(expected)
