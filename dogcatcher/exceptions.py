"""Dogcatcher's exception tree: service errors are translated into these at the boundary.

Every message says what failed and, where we know it, what to do about it.
"""

from __future__ import annotations

from dogcatcher.text import without_surrogates

__all__ = [
    "AnalysisError",
    "ConfigError",
    "DogcatcherError",
    "SourceError",
    "TrackerError",
]


class DogcatcherError(Exception):
    """Base of every error Dogcatcher raises on purpose.

    ``transient`` says whether trying again can help (a timeout, a 503); a bad record or a
    wrong setting fails the same way every time, so it is not retried.
    """

    transient: bool = False

    def __init__(self, message: str, *, transient: bool | None = None) -> None:
        # Messages quote what services answered, which may hold a lone surrogate.
        super().__init__(without_surrogates(message))
        if transient is not None:
            self.transient = transient


class ConfigError(DogcatcherError):
    """Settings or a profile are wrong; the message names the file, key and expectation."""


class SourceError(DogcatcherError):
    """Reading log events failed (a bad record, an unreachable source)."""


class AnalysisError(DogcatcherError):
    """An analyzer could not produce an analysis for a group."""


class TrackerError(DogcatcherError):
    """The ticket tracker refused or failed a read or a write."""
