"""Benchmark: build a pack with many signed letters and report time, size and peak memory.

    python bench/bench.py                 # 1,000 letters (200 signers x 5 posts)
    python bench/bench.py --signers 20    # a quick run

Each size runs in a fresh process, so peak memory (max RSS) is that build's alone. Numbers
depend on the machine; compare runs on the same one.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def signer_csv(path: Path, count: int) -> None:
    rows = ["Name,Street address,City,State,Zip Code"]
    rows += [f"Writer {n:04d},{n} Main Street,Springfield,MA,01103" for n in range(count)]
    path.write_text("\r\n".join(rows) + "\r\n", encoding="utf-8")


def run(signers: int, extra: list[str]) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        csv = Path(tmp) / "signers.csv"
        out = Path(tmp) / "pack.pdf"
        signer_csv(csv, signers)
        command = [sys.executable, "-m", "packbuilder", "build", str(ROOT / "content"),
                   "-o", str(out), "--signers", str(csv), *extra]  # fmt: skip
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True, cwd=ROOT)
        seconds = time.perf_counter() - start
        peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        return {"seconds": seconds, "mb": out.stat().st_size / 1e6, "peak_mb": peak_kb / 1024}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--signers", type=int, nargs="*", default=[20, 200])
    parser.add_argument("--no-kit", action="store_true", help="letters only, no labels or sheets")
    args = parser.parse_args()
    print(f"{'letters':>8} {'seconds':>8} {'ms/letter':>10} {'PDF MB':>7} {'peak RSS MB':>12}")
    for count in args.signers:
        # RUSAGE_CHILDREN keeps the largest child so far: run each size in its own process.
        probe = [
            sys.executable,
            __file__,
            "--one",
            str(count),
            *(["--no-kit"] if args.no_kit else []),
        ]
        subprocess.run(probe, check=True)


LETTERS_ONLY = ["--no-labels", "--no-sign-in", "--no-fax-covers", "--no-guide", "--no-tally"]


def one(count: int, no_kit: bool) -> None:
    r = run(count, LETTERS_ONLY if no_kit else [])
    letters = count * 5
    print(f"{letters:>8} {r['seconds']:>8.2f} {1000 * r['seconds'] / letters:>10.2f} "
          f"{r['mb']:>7.2f} {r['peak_mb']:>12.0f}")  # fmt: skip


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--one":
        one(int(sys.argv[2]), "--no-kit" in sys.argv)
    else:
        main()
