"""Progress hooks: the flow reports what it finished; a front end (the CLI) may listen.

The flow and its tasks run in this process, so a plain module-level listener is enough; with
no listener every report is a no-op.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Protocol

__all__ = ["ProgressListener", "listening", "report_progress"]


class ProgressListener(Protocol):
    """Told when a unit of work of a stage is done (pages read, groups analyzed …)."""

    def advance(self, stage: str, amount: int = 1, total: int | None = None) -> None: ...


_lock = threading.Lock()
_listener: ProgressListener | None = None


def report_progress(stage: str, amount: int = 1, total: int | None = None) -> None:
    """Tell the listener, if any, that ``amount`` units of ``stage`` are done."""
    listener = _listener
    if listener is not None:
        with _lock:
            listener.advance(stage, amount, total)


@contextmanager
def listening(listener: ProgressListener) -> Iterator[None]:
    """Route progress reports to ``listener`` for the duration of the block."""
    global _listener
    previous, _listener = _listener, listener
    try:
        yield
    finally:
        _listener = previous
