"""The Jira fake, driven by the real ``atlassian-python-api`` client over HTTP."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import requests
from atlassian import Jira
from requests import HTTPError

from tests.fakes.base import Fault
from tests.fakes.jira import (
    ADF_DESCRIPTION_ERROR,
    MAX_TEXT,
    TEXT_TOO_LONG_ERROR,
    UNBOUNDED_JQL_ERROR,
    JiraFake,
    adf,
    adf_to_text,
    parse_jql,
    rate_limit_fault,
    server_error_fault,
)

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def running_fake() -> Iterator[JiraFake]:
    """One server for the module (stopping one costs up to 0.5 s of ``serve_forever`` poll)."""
    service = JiraFake(projects={"PROJ": "Project", "OPS": "Operations"}, now=lambda: NOW)
    with service.running():
        yield service


@pytest.fixture
def fake(running_fake: JiraFake) -> JiraFake:
    running_fake.reset()
    return running_fake


def _client(fake: JiraFake, *, cloud: bool, password: str | None = None) -> Jira:
    kwargs: dict[str, Any] = {"api_version": 3} if cloud else {}
    return Jira(
        url=fake.base_url,
        username=fake.username,
        password=password or fake.token,
        cloud=cloud,
        timeout=5,
        # The client sleeps and retries once on a 429 with Retry-After unless told not to.
        retry_with_header=False,
        backoff_and_retry=False,
        **kwargs,
    )


@pytest.fixture
def cloud(fake: JiraFake) -> Iterator[Jira]:
    client = _client(fake, cloud=True)
    yield client
    client.close()


@pytest.fixture
def server(fake: JiraFake) -> Iterator[Jira]:
    client = _client(fake, cloud=False)
    yield client
    client.close()


def _fields(summary: str, description: Any = None, **extra: Any) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "project": {"key": "PROJ"},
        "issuetype": {"name": "Bug"},
        "summary": summary,
        **extra,
    }
    if description is not None:
        fields["description"] = description
    return fields


def _message(exc: pytest.ExceptionInfo[HTTPError]) -> str:
    return str(exc.value)


def _status(exc: pytest.ExceptionInfo[HTTPError]) -> int:
    response = exc.value.response
    assert response is not None
    return response.status_code


# --- metadata ------------------------------------------------------------------------------


def test_metadata_on_both_versions(cloud: Jira, server: Jira) -> None:
    assert cloud.myself()["emailAddress"] == "bot@example.com"
    assert server.myself()["name"] == "bot@example.com"
    assert cloud.get_server_info()["deploymentType"] == "Cloud"
    assert server.get_server_info()["deploymentType"] == "Server"
    project = cloud.project("PROJ")
    assert project["key"] == "PROJ"
    assert {t["name"] for t in project["issueTypes"]} == {"Bug", "Task", "Story"}
    assert "Bug" in {t["name"] for t in server.get_issue_types()}
    assert [p["name"] for p in server.get_all_priorities()][:2] == ["Highest", "High"]


def test_unknown_project_is_404(cloud: Jira) -> None:
    with pytest.raises(HTTPError) as exc:
        cloud.project("NOPE")
    assert _status(exc) == 404
    assert "No project could be found with key 'NOPE'." in _message(exc)


def test_bad_credentials_are_401(fake: JiraFake) -> None:
    client = _client(fake, cloud=True, password="wrong")
    with pytest.raises(HTTPError) as exc:
        client.myself()
    client.close()
    assert _status(exc) == 401
    assert fake.calls["meta"] == 0


# --- create and read -----------------------------------------------------------------------


def test_cloud_create_and_get_with_adf(cloud: Jira, server: Jira, fake: JiraFake) -> None:
    doc = adf("Checkout fails.\n\nStack trace below.")
    created = cloud.issue_create(_fields("NPE in checkout", doc, labels=["dogcatcher"]))
    assert created["key"] == "PROJ-1"
    assert set(created) == {"id", "key", "self"}
    issue = cloud.get_issue("PROJ-1")
    fields = issue["fields"]
    assert fields["summary"] == "NPE in checkout"
    assert fields["description"] == doc
    assert fields["labels"] == ["dogcatcher"]
    assert fields["status"]["name"] == "To Do"
    assert fields["status"]["statusCategory"]["key"] == "new"
    assert fields["issuetype"]["name"] == "Bug"
    assert fields["project"]["key"] == "PROJ"
    assert fields["priority"]["name"] == "Medium"
    assert fields["resolution"] is None and fields["resolutiondate"] is None
    assert fields["created"] == "2026-11-20T12:00:00.000+0000"
    assert fields["comment"]["total"] == 0
    # The same issue through v2 reads as text.
    assert (
        server.issue("PROJ-1")["fields"]["description"] == "Checkout fails.\n\nStack trace below."
    )
    assert fake.calls["create"] == 1


def test_server_create_and_get_with_wiki_string(server: Jira, cloud: Jira) -> None:
    created = server.create_issue(fields=_fields("Timeout", "h2. Details\n*bold*"))
    assert created["key"] == "PROJ-1"
    assert server.get_issue(created["key"])["fields"]["description"] == "h2. Details\n*bold*"
    assert adf_to_text(cloud.get_issue("PROJ-1")["fields"]["description"]) == (
        "h2. Details\n*bold*"
    )
    second = server.issue_create(_fields("Another"))
    assert second["key"] == "PROJ-2"


def test_cloud_rejects_a_string_description(cloud: Jira, fake: JiraFake) -> None:
    with pytest.raises(HTTPError) as exc:
        cloud.issue_create(_fields("Plain", "just text"))
    assert _status(exc) == 400
    assert _message(exc) == ADF_DESCRIPTION_ERROR
    assert fake.issues == {}


def test_text_past_jiras_limit_is_refused(cloud: Jira, server: Jira, fake: JiraFake) -> None:
    too_long = TEXT_TOO_LONG_ERROR.format(limit=MAX_TEXT)
    assert too_long.endswith("limit of 32,767 characters.")
    server.issue_create(_fields("At the limit", "x" * MAX_TEXT))
    with pytest.raises(HTTPError) as exc:
        server.issue_create(_fields("Past it", "x" * (MAX_TEXT + 1)))
    assert _status(exc) == 400
    assert exc.value.response.json()["errors"] == {"description": too_long}  # type: ignore[union-attr]
    # Cloud counts the document as stored: its JSON, nodes and all.
    with pytest.raises(HTTPError) as exc:
        cloud.issue_create(_fields("Past it", adf("x" * (MAX_TEXT - 20))))
    assert exc.value.response.json()["errors"] == {"description": too_long}  # type: ignore[union-attr]
    with pytest.raises(HTTPError) as exc:
        server.issue_add_comment("PROJ-1", "y" * (MAX_TEXT + 1))
    assert exc.value.response.json()["errors"] == {"comment": too_long}  # type: ignore[union-attr]
    assert len(fake.issues) == 1 and fake.issues["PROJ-1"].comments == []


def test_create_validates_project_and_issue_type(cloud: Jira, server: Jira) -> None:
    with pytest.raises(HTTPError) as exc:
        cloud.issue_create({**_fields("x"), "project": {"key": "NOPE"}})
    assert _status(exc) == 400
    assert "Specify a valid project ID or key" in _message(exc)
    body = exc.value.response.json() if exc.value.response is not None else {}
    assert body["errorMessages"] == [] and "project" in body["errors"]
    with pytest.raises(HTTPError) as exc:
        server.issue_create({**_fields("x"), "issuetype": {"name": "Epic"}})
    assert "valid issue type is required" in _message(exc)
    with pytest.raises(HTTPError) as exc:
        server.issue_create({**_fields("x"), "summary": ""})
    assert "You must specify a summary of the issue." in _message(exc)
    with pytest.raises(HTTPError) as exc:
        cloud.issue_create({**_fields("x"), "summary": "two\nlines"})
    assert "The summary is invalid because it contains newline characters." in _message(exc)
    cloud.issue_create(_fields("one line"))
    with pytest.raises(HTTPError) as exc:
        server.update_issue_field("PROJ-1", {"summary": "two\r\nlines"})
    assert "newline characters" in _message(exc)
    with pytest.raises(HTTPError) as exc:
        cloud.edit_issue("PROJ-1", {"summary": [{"set": "x" * 256}]})
    assert "less than 255 characters" in _message(exc)


def test_unknown_issue_is_404(server: Jira) -> None:
    with pytest.raises(HTTPError) as exc:
        server.get_issue("PROJ-999")
    assert _status(exc) == 404
    assert "Issue does not exist" in _message(exc)


# --- comments, edits, transitions ----------------------------------------------------------


def test_comments_adf_on_cloud_and_string_on_server(
    cloud: Jira, server: Jira, fake: JiraFake
) -> None:
    fake.seed_issue("Flaky")
    added = cloud.issue_add_comment("PROJ-1", adf("Seen again: 12 events"))  # type: ignore[arg-type]
    assert added["body"]["type"] == "doc"
    server.issue_add_comment("PROJ-1", "Seen on *prod*")
    comments = cloud.get_issue("PROJ-1")["fields"]["comment"]["comments"]
    assert [adf_to_text(c["body"]) for c in comments] == ["Seen again: 12 events", "Seen on *prod*"]
    with pytest.raises(HTTPError) as exc:
        cloud.issue_add_comment("PROJ-1", "a plain string")
    assert _status(exc) == 400
    assert fake.calls["comment"] == 3


def test_cloud_shows_an_issues_first_hundred_comments_and_pages_the_rest(
    cloud: Jira, server: Jira, fake: JiraFake
) -> None:
    fake.seed_issue("Noisy", comments=[f"c{n}" for n in range(130)])

    field = cloud.get_issue("PROJ-1", fields="comment")["fields"]["comment"]
    everything = server.get_issue("PROJ-1", fields="comment")["fields"]["comment"]
    newest = cloud.get(
        "rest/api/3/issue/PROJ-1/comment", params={"orderBy": "-created", "maxResults": 500}
    )
    second = server.get("rest/api/2/issue/PROJ-1/comment", params={"startAt": 100})

    assert (len(field["comments"]), field["total"]) == (100, 130)
    assert adf_to_text(field["comments"][-1]["body"]) == "c99"
    assert (len(everything["comments"]), everything["total"]) == (130, 130)
    assert len(newest["comments"]) == 100 and newest["total"] == 130
    assert adf_to_text(newest["comments"][0]["body"]) == "c129"
    assert [c["body"] for c in second["comments"]] == [f"c{n}" for n in range(100, 130)]
    with pytest.raises(HTTPError) as exc:
        cloud.get("rest/api/3/issue/PROJ-1/comment", params={"orderBy": "updated"})
    assert _status(exc) == 400


def test_labels_added_via_update_and_replaced_via_fields(
    cloud: Jira, server: Jira, fake: JiraFake
) -> None:
    fake.seed_issue("Dup", labels=["dogcatcher"])
    cloud.edit_issue("PROJ-1", {"labels": [{"add": "seen-twice"}, {"add": "dogcatcher"}]})
    assert fake.issues["PROJ-1"].labels == ["dogcatcher", "seen-twice"]
    assert [i.key for i in fake.search('labels = "seen-twice"')] == ["PROJ-1"]
    server.update_issue_field("PROJ-1", {"labels": ["other"], "summary": "Renamed"})
    issue = server.get_issue("PROJ-1")["fields"]
    assert issue["labels"] == ["other"] and issue["summary"] == "Renamed"
    assert fake.search("labels = dogcatcher") == []
    with pytest.raises(HTTPError) as exc:
        server.update_issue_field("PROJ-1", {"customfield_1": "x"})
    assert "cannot be set" in _message(exc)
    assert fake.calls["edit"] == 3


def test_transition_to_done_and_reopen(cloud: Jira, server: Jira, fake: JiraFake) -> None:
    fake.seed_issue("Crash")
    assert {t["to"] for t in cloud.get_issue_transitions("PROJ-1")} == {"In Progress", "Done"}
    cloud.set_issue_status("PROJ-1", "In Progress")
    assert cloud.get_issue_status("PROJ-1") == "In Progress"
    cloud.set_issue_status("PROJ-1", "Done")
    fields = cloud.get_issue("PROJ-1")["fields"]
    assert fields["status"]["statusCategory"]["key"] == "done"
    assert fields["resolution"]["name"] == "Done"
    assert fields["resolutiondate"] == "2026-11-20T12:00:00.000+0000"
    server.issue_transition("PROJ-1", "Reopened")
    fields = server.get_issue("PROJ-1")["fields"]
    assert fields["status"]["name"] == "Reopened"
    assert fields["status"]["statusCategory"]["key"] == "new"
    assert fields["resolution"] is None
    with pytest.raises(HTTPError) as exc:
        server.set_issue_status("PROJ-1", "Reopened")  # not reachable from Reopened
    assert "is not valid for this issue" in _message(exc)
    assert fake.calls["transition"] == 4


def test_close_issue_helper_sets_resolution(fake: JiraFake, server: Jira) -> None:
    fake.seed_issue("Noise")
    fake.close_issue("PROJ-1", resolution="Won't Do")
    assert server.get_issue("PROJ-1")["fields"]["resolution"]["name"] == "Won't Do"
    assert [i.key for i in fake.search('resolution = "Won\'t Do"')] == ["PROJ-1"]


# --- search --------------------------------------------------------------------------------


def test_enhanced_jql_pages_with_next_page_token(cloud: Jira, fake: JiraFake) -> None:
    wanted = {fake.seed_issue(f"hit {n}", labels=["dogcatcher"]).id for n in range(7)}
    for n in range(5):
        fake.seed_issue(f"miss {n}", labels=["other"])
    seen: list[str] = []
    token: str | None = None
    pages = 0
    while True:
        page = cloud.enhanced_jql("labels = dogcatcher", fields="id", nextPageToken=token, limit=3)
        pages += 1
        assert all(set(issue) == {"id"} for issue in page["issues"])
        seen.extend(issue["id"] for issue in page["issues"])
        token = page.get("nextPageToken")
        if page["isLast"]:
            assert token is None
            break
    assert pages == 3
    assert sorted(seen) == sorted(wanted) and len(seen) == len(wanted)
    assert fake.calls["search"] == 3


def test_enhanced_jql_returns_only_ids_unless_fields_are_asked(cloud: Jira, fake: JiraFake) -> None:
    fake.seed_issue("one", labels=["a"])
    response = requests.get(
        f"{fake.base_url}/rest/api/3/search/jql",
        params={"jql": "labels = a"},
        auth=(fake.username, fake.token),
        timeout=5,
    )
    assert response.json() == {"issues": [{"id": "10000"}], "isLast": True}
    full = cloud.enhanced_jql("labels = a", fields=["summary", "labels"])
    assert full["issues"][0]["key"] == "PROJ-1"
    assert full["issues"][0]["fields"] == {"summary": "one", "labels": ["a"]}
    posted = cloud.post(
        "rest/api/3/search/jql", data={"jql": "labels = a", "fields": ["status"], "maxResults": 5}
    )
    assert posted["issues"][0]["fields"]["status"]["name"] == "To Do"


def test_enhanced_jql_rejects_an_unbounded_query(cloud: Jira, fake: JiraFake) -> None:
    fake.seed_issue("x")
    with pytest.raises(HTTPError) as exc:
        cloud.enhanced_jql("ORDER BY created DESC")
    assert _status(exc) == 400
    assert _message(exc) == UNBOUNDED_JQL_ERROR


def test_old_cloud_search_is_gone(cloud: Jira) -> None:
    with pytest.raises(HTTPError) as exc:
        cloud.get("rest/api/3/search", params={"jql": "project = PROJ"})
    assert _status(exc) == 410
    assert "/rest/api/3/search/jql" in _message(exc)


def test_server_jql_pages_with_start_at(server: Jira, fake: JiraFake) -> None:
    for n in range(5):
        fake.seed_issue(f"hit {n}", labels=["dogcatcher"], created=NOW - timedelta(hours=n))
    fake.seed_issue("miss")
    keys: list[str] = []
    start = 0
    while True:
        page = server.jql("labels = dogcatcher ORDER BY created ASC", start=start, limit=2)
        assert page["total"] == 5 and page["startAt"] == start and page["maxResults"] == 2
        keys.extend(issue["key"] for issue in page["issues"])
        start += len(page["issues"])
        if start >= page["total"]:
            break
    assert keys == ["PROJ-5", "PROJ-4", "PROJ-3", "PROJ-2", "PROJ-1"]
    posted = server.post(
        "rest/api/2/search",
        data={"jql": "labels = dogcatcher", "startAt": 4, "maxResults": 10, "fields": ["key"]},
    )
    assert posted["total"] == 5 and len(posted["issues"]) == 1
    navigable = server.jql("labels = dogcatcher", fields="*navigable", limit=1)
    assert "comment" not in navigable["issues"][0]["fields"]


@pytest.fixture
def corpus(fake: JiraFake) -> JiraFake:
    """Five issues that the JQL table below tells apart."""
    fake.seed_issue(
        'NullPointerException in "CartService"',
        labels=["dogcatcher", "java"],
        created=NOW - timedelta(days=2),
        description="cart is null",
    )  # PROJ-1
    fake.seed_issue(
        "Timeout calling payments",
        labels=["dogcatcher"],
        status="Done",
        resolution="Won't Do",
        created=NOW - timedelta(days=40),
        updated=datetime(2026, 11, 5, tzinfo=UTC),
    )  # PROJ-2
    fake.seed_issue(
        "Slow query on orders",
        labels=["perf"],
        status="In Progress",
        created=NOW - timedelta(days=10),
        updated=datetime(2026, 10, 20, tzinfo=UTC),
        comments=["back\\slash in C:\\temp"],
    )  # PROJ-3
    fake.seed_issue("Unlabelled", created=NOW - timedelta(days=1))  # PROJ-4
    fake.seed_issue(
        "Disk full",
        project="OPS",
        labels=["dogcatcher"],
        status="Done",
        created=NOW - timedelta(days=3),
    )  # OPS-1
    return fake


JQL_TABLE = [
    ("project = PROJ", {"PROJ-1", "PROJ-2", "PROJ-3", "PROJ-4"}),
    ('project = "OPS"', {"OPS-1"}),
    ('labels = "dogcatcher"', {"PROJ-1", "PROJ-2", "OPS-1"}),
    ('labels in ("perf", "java")', {"PROJ-1", "PROJ-3"}),
    ("labels not in (dogcatcher)", {"PROJ-3"}),
    ("labels != dogcatcher", {"PROJ-3"}),  # != never matches an empty field
    ("labels is EMPTY", {"PROJ-4"}),
    ('status = "Done"', {"PROJ-2", "OPS-1"}),
    ("status = 'In Progress'", {"PROJ-3"}),
    ("statusCategory = Done", {"PROJ-2", "OPS-1"}),
    ("statusCategory != Done", {"PROJ-1", "PROJ-3", "PROJ-4"}),
    ('resolution = "Won\'t Do"', {"PROJ-2"}),
    ("resolution = 'Won\\'t Do'", {"PROJ-2"}),
    ("resolution is EMPTY", {"PROJ-1", "PROJ-3", "PROJ-4"}),
    ("resolution = Unresolved", {"PROJ-1", "PROJ-3", "PROJ-4"}),
    ("resolution is not EMPTY", {"PROJ-2", "OPS-1"}),
    ("created >= -30d", {"PROJ-1", "PROJ-3", "PROJ-4", "OPS-1"}),
    ("created < -5d", {"PROJ-2", "PROJ-3"}),
    ('updated >= "2026-11-01"', {"PROJ-1", "PROJ-2", "PROJ-4", "OPS-1"}),
    ("updated < 2026/11/01", {"PROJ-3"}),
    ('summary ~ "timeout"', {"PROJ-2"}),
    ('summary ~ "nullpointer*"', {"PROJ-1"}),
    ('summary ~ "\\"CartService\\""', {"PROJ-1"}),
    ('text ~ "NULL"', {"PROJ-1"}),
    ('text ~ "C:\\\\temp"', {"PROJ-3"}),
    ('summary !~ "disk"', {"PROJ-1", "PROJ-2", "PROJ-3", "PROJ-4"}),
    ("labels = dogcatcher AND statusCategory != Done", {"PROJ-1"}),
    ("labels = perf OR project = OPS", {"PROJ-3", "OPS-1"}),
    ("NOT labels = dogcatcher", {"PROJ-3", "PROJ-4"}),
    (
        'project = PROJ AND (labels = perf OR resolution = "Won\'t Do") ORDER BY created DESC',
        {"PROJ-2", "PROJ-3"},
    ),
    ("labels = dogcatcher && !(status = Done) || key = PROJ-4", {"PROJ-1", "PROJ-4"}),
]


@pytest.mark.parametrize(("jql", "expected"), JQL_TABLE, ids=[row[0] for row in JQL_TABLE])
def test_jql_table(corpus: JiraFake, server: Jira, jql: str, expected: set[str]) -> None:
    result = server.jql(jql, fields="summary", limit=100)
    assert {issue["key"] for issue in result["issues"]} == expected
    assert result["total"] == len(expected)


def test_jql_order_by(corpus: JiraFake, cloud: Jira) -> None:
    page = cloud.enhanced_jql("labels = dogcatcher ORDER BY created DESC", fields="key")
    assert [i["key"] for i in page["issues"]] == ["PROJ-1", "OPS-1", "PROJ-2"]
    page = cloud.enhanced_jql("labels = dogcatcher ORDER BY updated ASC", fields="key")
    assert [i["key"] for i in page["issues"]] == ["PROJ-2", "OPS-1", "PROJ-1"]


BAD_JQL = [
    ("labels = ", "Expecting either a value, list or function before the end of the query"),
    ("labels foo bar", "Expecting operator but got 'foo'"),
    ("labels = AND", "Expecting either a value, list or function but got 'AND'"),
    ('summary ~ "open', "The quoted string 'open' has not been completed"),
    ("(labels = a", "Expecting ')' before the end of the query"),
    ("labels = a b", "Expecting either 'OR' or 'AND' but got 'b'"),
    ("assignee_x = me", "Field 'assignee_x' does not exist"),
    ("summary = x", "The operator '=' is not supported by the 'summary' field."),
    ("project = NOPE", "The value 'NOPE' does not exist for the field 'project'."),
    ('created > "yesterday"', "Date value 'yesterday' for field 'created' is invalid"),
    ("labels = a@b", "The character '@' is a reserved JQL character"),
    ("labels = a ORDER BY votes", "Not able to sort using field 'votes'."),
    ("assignee = currentUser()", "Field 'assignee' does not exist"),
    ("labels in fn()", "Expecting '(' after 'IN'"),
    ("labels = x()", "does not support JQL functions"),
]


@pytest.mark.parametrize(("jql", "message"), BAD_JQL, ids=[row[0] for row in BAD_JQL])
def test_malformed_jql_is_400_with_jira_message(
    corpus: JiraFake, cloud: Jira, server: Jira, jql: str, message: str
) -> None:
    for call in (lambda: server.jql(jql), lambda: cloud.enhanced_jql(jql)):
        with pytest.raises(HTTPError) as exc:
            call()
        assert _status(exc) == 400
        assert message in _message(exc)


def test_parse_jql_unescapes_quotes() -> None:
    query = parse_jql('summary ~ "say \\"hi\\" \\\\ bye"')
    assert query.where is not None
    assert query.where.values == ('say "hi" \\ bye',)  # type: ignore[union-attr]


# --- faults --------------------------------------------------------------------------------


def test_injected_429_with_retry_after_surfaces(cloud: Jira, fake: JiraFake) -> None:
    fake.add_fault(rate_limit_fault(retry_after=30, path_prefix="/rest/api/3/myself"))
    started = time.monotonic()
    with pytest.raises(HTTPError) as exc:
        cloud.myself()
    assert time.monotonic() - started < 5  # no silent 30 s sleep-and-retry
    assert _status(exc) == 429
    response = exc.value.response
    assert response is not None and response.headers["Retry-After"] == "30"
    assert "Rate limit exceeded." in _message(exc)
    assert cloud.myself()["displayName"] == "Fake Bot"  # the fault was used up


def test_injected_503_surfaces(server: Jira, fake: JiraFake) -> None:
    fake.add_fault(server_error_fault(503))
    with pytest.raises(HTTPError) as exc:
        server.get_server_info()
    assert _status(exc) == 503
    fake.add_fault(Fault(kind="status", status=500))
    with pytest.raises(HTTPError) as exc:
        server.myself()
    assert _status(exc) == 500


# --- scale ---------------------------------------------------------------------------------


def test_label_index_keeps_big_stores_fast(fake: JiraFake, cloud: Jira) -> None:
    for n in range(5000):
        fake.seed_issue(f"issue {n}", labels=[f"sig-{n % 500}", "dogcatcher"])
    started = time.monotonic()
    for n in range(50):
        page = cloud.enhanced_jql(f'labels = "sig-{n}" AND statusCategory != Done', fields="id")
        assert len(page["issues"]) == 10
    assert time.monotonic() - started < 3
