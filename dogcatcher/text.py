"""Text that must be writable as UTF-8 wherever it goes (Prefect's results and artifacts, a
tracker, a terminal)."""

from __future__ import annotations

import re

__all__ = ["without_surrogates"]

# JSON may escape half of a UTF-16 pair ("\\ud800") alone, and Python decodes it to a code
# point no UTF-8 text may hold: redaction, Prefect's results and artifacts and every
# tracker fail on it. A str holds no pair, so any surrogate in one is alone.
_SURROGATE = re.compile("[\ud800-\udfff]")


def without_surrogates(text: str) -> str:
    """``text`` with each lone surrogate replaced by U+FFFD, as undecodable bytes are."""
    # isascii() is a flag check: most texts cost nothing.
    return text if text.isascii() else _SURROGATE.sub("\ufffd", text)
