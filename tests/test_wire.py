"""Events read straight from JSON: the same events, and the same errors, as the checked way."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dogcatcher.exceptions import SourceError
from dogcatcher.models import LogEvent
from dogcatcher.wire import event_from_json, search_page_from_json
from tests.conftest import datadog_event, parse_outcome, raw_datadog_events


@settings(max_examples=1000, deadline=None, database=None)
@given(raw_datadog_events(), st.booleans())
def test_an_event_from_json_is_the_event_the_checked_parse_gives(raw: Any, as_str: bool) -> None:
    text = json.dumps(raw)
    data: str | bytes = text if as_str else text.encode()
    checked = parse_outcome(LogEvent._from_datadog_checked, raw)
    assert parse_outcome(event_from_json, data) == checked


@settings(max_examples=300, deadline=None, database=None)
@given(st.lists(raw_datadog_events(), max_size=4), st.sampled_from([None, "", "cursor-2"]))
def test_a_search_page_is_read_whole_or_left_to_the_checked_way(
    items: list[Any], after: str | None
) -> None:
    body = json.dumps({"data": items, "meta": {"page": {"after": after}}}).encode()
    checked = [parse_outcome(LogEvent._from_datadog_checked, item) for item in items]

    read = search_page_from_json(body)

    valid = all(isinstance(event, LogEvent) for event in checked)
    if read is None:
        # Some event is not as Datadog makes it: the checked way reads the page and names it.
        assert not (valid and all(_as_datadog_makes_it(item) for item in items))
    else:
        assert read == (checked, after)


def _as_datadog_makes_it(value: Any, key: str = "") -> bool:
    """Objects where objects belong, texts or null everywhere else (a timestamp may be a
    number), and no text holding half a UTF-16 pair (Datadog writes UTF-8)."""
    if key in ("", "attributes", "error", "logger", "dd"):
        return value is None or (
            isinstance(value, dict) and all(_as_datadog_makes_it(v, k) for k, v in value.items())
        )
    if key == "tags":
        return value is None or (isinstance(value, list) and all(_utf8(t) for t in value))
    if key == "timestamp" and not isinstance(value, bool):
        return isinstance(value, int | float) or _utf8(value)
    return value is None or _utf8(value)


def _utf8(value: Any) -> bool:
    return isinstance(value, str) and not any("\ud800" <= c <= "\udfff" for c in value)


def test_the_whole_of_a_datadog_event_is_read() -> None:
    raw = datadog_event(7, message="boom", kind="ValueError", stack="Traceback …")
    raw["attributes"]["attributes"]["http"] = {"status_code": 500, "url_details": {"path": "/"}}

    event = event_from_json(json.dumps(raw).encode())

    assert event == LogEvent.from_datadog(raw)
    assert event.error_kind == "ValueError" and event.error_stack == "Traceback …"
    assert event.trace_id is not None and event.env == "production"


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b'{"id": "a", "attributes": {', id="cut short"),
        pytest.param(b'{"id": "a"} trailing', id="trailing text"),
        pytest.param(b"\xff\xfe{}", id="not UTF-8"),
    ],
)
def test_text_that_is_not_json_raises_value_error(data: bytes) -> None:
    with pytest.raises(ValueError):
        event_from_json(data)


def test_json_the_short_path_refuses_is_still_read_as_json_reads_it() -> None:
    # A lone surrogate escape, a byte order mark and duplicate keys: msgspec refuses the
    # first two; json takes the last of duplicate keys, and so must the short path.
    stamp = '"timestamp": "2026-11-01T00:00:00Z"'
    lone = event_from_json(f'{{"id": "a", "attributes": {{{stamp}, "message": "x\\ud800"}}}}')
    said = stamp + ', "message": "boom"'
    bom = event_from_json(b'\xef\xbb\xbf{"id": "b", "attributes": {' + said.encode() + b"}}")
    twice = event_from_json(f'{{"id": "a", "id": "c", "attributes": {{{said}}}}}')

    # A lone surrogate cannot be written as UTF-8 (to a result, a tracker): it becomes U+FFFD.
    assert lone.message == "x\ufffd" and bom.id == "b" and twice.id == "c"


@pytest.mark.parametrize("message", ["", "  \t", None])
def test_an_event_with_nothing_to_describe_is_refused_by_both_paths(message: str | None) -> None:
    # It was ticketed as "Error (unknown): ".
    attributes: dict[str, object] = {"timestamp": "2026-11-01T00:00:00Z", "message": message}
    with pytest.raises(SourceError, match=r"neither a message .* nor an error"):
        event_from_json(json.dumps({"id": "a", "attributes": attributes}).encode())
    with pytest.raises(SourceError, match="nothing to ticket"):
        LogEvent.from_datadog({"id": "a", "attributes": attributes})
    attributes["attributes"] = {"error": {"kind": "OOMKilled"}}  # an error alone says enough
    assert event_from_json(json.dumps({"id": "a", "attributes": attributes})).error_kind


def test_an_event_the_model_refuses_names_the_field() -> None:
    with pytest.raises(SourceError, match="timestamp"):
        event_from_json(b'{"id": "a", "attributes": {"timestamp": "yesterday"}}')
