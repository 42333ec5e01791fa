"""Every quality figure of the README's "Quality" section, in one run.

    python3 dev.py quality        (or: .venv/bin/python bench/quality.py)

Runs bench/grouping.py, bench/redaction.py and bench/dedupe.py (every split, also at the
second meeting) on their committed labeled sets, one after the other, with their full
output; exits 1 when any of them misses a target.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent
BENCHES = (("grouping.py",), ("redaction.py",), ("dedupe.py", "--second-meeting"))


def main() -> int:
    failed = []
    for name, *args in BENCHES:
        print(f"\n=== bench/{name} {' '.join(args)}".rstrip(), flush=True)
        if subprocess.run([sys.executable, str(BENCH / name), *args], check=False).returncode:
            failed.append(name)
    if failed:
        print(f"\ntargets missed by: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
