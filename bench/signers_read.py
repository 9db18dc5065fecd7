"""Time and memory of reading a signer list alone (issue 20): 5,000 rows under 1.5 s, 100,000
rows under 200 MB. Each size runs in a fresh process, so its peak memory is its own. On a
shared machine the CPU time is the figure to compare; the wall time includes the waiting.

    .venv/bin/python bench/signers_read.py    # 5,000 rows (UTF-8 and Windows-1252), 100,000 rows
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HEADER = (
    "First Name,Last Name,Email,Mailing Street,Mailing Street 2,Mailing City,"
    "Mailing State/Province,Mailing Zip/Postal Code,Mailing Country,Contact Owner,Phone"
)


#: Names for the Excel plain-CSV run: every code page is tried and judged on these.
_LEGACY_NAMES = (
    "Zoë Brontë",
    "José Peña",
    "Søren Ødegård",
    "François Müller",
    "Siobhán Ní Bhriain",
)


def write(path: Path, rows: int, encoding: str = "utf-8") -> None:
    lines = [HEADER]
    lines += [
        f"{_LEGACY_NAMES[n % 5] if encoding != 'utf-8' else 'Writer'},N{n:06d},w{n}@example.org,"
        f"{n} Main Street,Apt {n % 40},Springfield,MA,0{1100 + n % 90},United States,Sam,"
        f"555-{n % 10000:04d}"
        for n in range(rows)
    ]
    path.write_text("\r\n".join(lines) + "\r\n", encoding=encoding)


def child(path: str) -> None:
    from packbuilder.signers.read import Reading, read_signers

    start, cpu = time.perf_counter(), time.process_time()
    found = read_signers(Path(path), None, Reading(country="US"))
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(
        json.dumps(
            {
                "signers": len(found.signers),
                "seconds": seconds,
                "cpu": cpu,
                "peak_mb": peak_kb / 1024,
            }
        )
    )


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for rows, encoding in ((5_000, "utf-8"), (5_000, "cp1252"), (100_000, "utf-8")):
            path = Path(tmp) / f"signers-{rows}-{encoding}.csv"
            write(path, rows, encoding)
            out = subprocess.run(
                [sys.executable, __file__, "--child", str(path)],
                check=True, capture_output=True, text=True,
            )  # fmt: skip
            found = json.loads(out.stdout)
            print(
                f"{rows:>7} rows ({encoding}): {found['signers']} signers read in "
                f"{found['seconds']:.2f} s "
                f"({found['cpu']:.2f} s of CPU: the wall time counts other work on the machine), "
                f"peak {found['peak_mb']:.0f} MB (whole process)"
            )


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        child(sys.argv[2])
    else:
        main()
