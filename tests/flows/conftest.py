"""Fixtures of the flow tests."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def tickets_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Tickets and run state of this test, in its own temporary folder."""
    directory = tmp_path / "tickets"
    monkeypatch.setenv("DOGCATCHER_TRACKER__DIRECTORY", str(directory))
    monkeypatch.setenv("DOGCATCHER_STATE__DIRECTORY", str(tmp_path / "state"))
    return directory
