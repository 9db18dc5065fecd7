"""Kill loop: SIGKILL a --split build of many signers at random points, many times over, and
check that nothing of ours is left and that the pack and its letters always belong together.

    python bench/kill_loop.py                    # 2,000 signers, 30 kills (issue 19)
    python bench/kill_loop.py --signers 200 --kills 5 --seed 1     # a quick look

Two letter dates alternate from build to build, so consecutive builds differ. One complete
build of each date first records what a whole build leaves (the pack's bytes, every letter's
bytes, the record of letters). Then each round starts a build and kills it after a random
time between 0 and 1.05 times a whole build's duration (the shortest seen), and checks:

- right after the kill: the pack is one of the two whole packs (never a part of one), and any
  file of ours still named is readable by its owner alone, or whole;
- after what the next run does first (removing what an exited build left, finishing or undoing
  its swap): no file or folder of ours is left, and the pack, the letters and the record are
  exactly those of one whole build.

A last complete build must then leave nothing of ours but the record. Exit status 0 when every
check held; the summary says how many kills fell before, during and after the pack's swap.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import signal
import stat
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from packbuilder import staging  # noqa: E402 (after the path is set)

DATES = ("2026-11-28", "2026-12-05")
Snapshot = tuple[str, dict[str, str], str]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _snapshot(out: Path, split: Path) -> Snapshot:
    """The pack's digest, each letter's digest and the record: what a build leaves."""
    letters = {p.name: _digest(p) for p in split.iterdir() if p.suffix == ".pdf"}
    record = split / ".packbuilder-files"
    return (
        _digest(out) if out.exists() else "",
        letters,
        (record.read_text("utf-8") if record.exists() else ""),
    )


def _ours(*folders: Path) -> list[Path]:
    return [p for f in folders for p in f.iterdir() if p.name.startswith(".packbuilder-")]


def _command(content: Path, out: Path, split: Path, signers: Path, date: str) -> list[str]:
    return [
        sys.executable, "-m", "packbuilder", "build", str(content), "-o", str(out),
        "--split", str(split), "--signers", str(signers), "--letter-date", date, "-q",
    ]  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--signers", type=int, default=2_000)
    parser.add_argument("--kills", type=int, default=30)
    parser.add_argument("--seed", type=int, default=19)
    args = parser.parse_args()
    chance = random.Random(args.seed)
    failures: list[str] = []
    with tempfile.TemporaryDirectory(prefix="kill-loop-") as tmp:
        work = Path(tmp)
        out, split = work / "pack.pdf", work / "letters"
        signers = work / "signers.csv"
        rows = "".join(
            f"Writer {n},{n} Main St,Springfield,MA,01103\r\n" for n in range(args.signers)
        )
        signers.write_text("Name,Street address,City,State,ZIP\r\n" + rows, encoding="utf-8")
        content = ROOT / "content"
        whole: dict[str, Snapshot] = {}
        started = time.monotonic()
        for date in DATES:
            subprocess.run(
                _command(content, out, split, signers, date), check=True, capture_output=True
            )
            whole[date] = _snapshot(out, split)
        duration = (time.monotonic() - started) / len(DATES)
        print(f"{args.signers} signers, --split: a whole build takes {duration:.1f} s")
        kinds = {"old": 0, "new": 0}
        for n in range(args.kills):
            before = _snapshot(out, split)
            date = DATES[(n + 1) % 2] if before == whole[DATES[n % 2]] else DATES[n % 2]
            process = subprocess.Popen(
                _command(content, out, split, signers, date),
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            began = time.monotonic()
            time.sleep(chance.uniform(0, duration * 1.05))
            if process.poll() is None:
                os.kill(process.pid, signal.SIGKILL)
            process.wait()
            if process.returncode == 0:  # the machine got quicker: kill sooner from now on
                duration = min(duration, time.monotonic() - began)
            pack = _digest(out)
            if pack not in {whole[d][0] for d in DATES}:
                failures.append(f"kill {n + 1}: the pack is not a whole pack")
            for path in _ours(work, split):
                if path.is_file() and path.name != ".packbuilder-files":
                    mode = stat.S_IMODE(path.stat().st_mode)
                    whole_pack = _digest(path) in {whole[d][0] for d in DATES}
                    if mode & 0o077 and not whole_pack:
                        failures.append(f"kill {n + 1}: {path.name} readable by others")
            left = len(_ours(work, split))
            for folder in (work, split):  # what the next run does first
                staging.remove_stale(folder)
            after = _snapshot(out, split)
            rest = [p.name for p in _ours(work, split) if p.name != ".packbuilder-files"]
            if rest:
                failures.append(f"kill {n + 1}: left {rest}")
            which = [d for d in DATES if whole[d] == after]
            if not which:
                failures.append(f"kill {n + 1}: pack, letters and record are not one build's")
            kinds["new" if which == [date] else "old"] += 1
            print(
                f"kill {n + 1:2}: {'finished' if process.returncode == 0 else 'killed'},"
                f" {left} of ours right after, the {'new' if which == [date] else 'old'} build"
                " after the next start"
            )
        subprocess.run(
            _command(content, out, split, signers, DATES[0]), check=True, capture_output=True
        )
        rest = [p.name for p in _ours(work, split) if p.name != ".packbuilder-files"]
        if rest or _snapshot(out, split) != whole[DATES[0]]:
            failures.append(f"the last whole build left {rest} or differs")
    print(f"{kinds['old']} kills left the previous build, {kinds['new']} the new one")
    for failure in failures:
        print("FAILED:", failure)
    print("every check held" if not failures else f"{len(failures)} checks failed")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
