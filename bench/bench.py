"""Benchmark: packbuilder against Typst building the same pack, and packbuilder's cold start.

    pip install '.[bench]'                      # the typst package (Typst's compiler)
    python bench/bench.py                       # 1,000, 10,000 and 100,000 letters -> RESULTS.md
    python bench/bench.py --letters 1000        # one size
    python bench/bench.py --letters 100 --repeats 1 --results -   # a quick look, table on stdout

Each pack is 5 open posts x N/5 signers from one CSV, with the drive kit and no duplex blanks
(`--no-duplex`). bench/pack.typ is the same logical pack written in Typst from the same content
files and CSV (cover, briefing, cases, one letter per signer per post, sign-in sheet, address
labels, sources). Every build runs in a fresh process; the two tools alternate run by run, and
the table gives the median of the runs (time from process start to exit, peak RSS of that
process alone, file size). Ratios compare per page, since the two packs differ by a few pages.
Numbers depend on the machine and on what else runs on it: the load average is recorded.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE = Path(__file__).resolve().parent / "pack.typ"
POSTS = 5  # open posts in content/contacts.yaml: letters = signers x 5

#: Letter counts from which each tool runs once (a 100,000-letter build takes minutes).
ONCE_FROM = 50_000
#: Address-space cap for the Typst process, so a run that would exhaust a shared machine's
#: memory fails (and is reported as such) instead of taking the machine down.
TYPST_CAP_GB = 12


@dataclass(frozen=True)
class Run:
    seconds: float
    cpu: float  # user + system seconds: Typst lays out on several threads
    peak_mb: float
    size: int
    pages: int
    failed: str = ""


def signer_csv(path: Path, count: int) -> None:
    rows = ["Name,Street address,City,State,Zip Code"]
    rows += [f"Writer {n:05d},{n} Main Street,Springfield,MA,01103" for n in range(count)]
    path.write_text("\r\n".join(rows) + "\r\n", encoding="utf-8")


def measure(command: list[str], cwd: Path, out: Path, cap_gb: float = 0) -> Run:
    """Run `command` in a fresh process: wall time, CPU time and peak RSS of that process."""

    def limit() -> None:
        if cap_gb:
            import resource

            cap = int(cap_gb * 2**30)
            resource.setrlimit(resource.RLIMIT_AS, (cap, cap))

    out.unlink(missing_ok=True)
    start = time.perf_counter()
    proc = subprocess.Popen(
        command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, preexec_fn=limit
    )
    assert proc.stderr is not None
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    cpu = usage.ru_utime + usage.ru_stime
    peak = usage.ru_maxrss / 1024
    if proc.returncode != 0 or not out.exists():
        text = err.decode("utf-8", "replace")
        if cap_gb and (peak > 0.9 * cap_gb * 1024 or "memory allocation" in text):
            why = f"out of memory at the {cap_gb:g} GB cap"
        else:
            last = text.strip().splitlines()[-1:] or ["no message"]
            why = f"exit {proc.returncode}: {last[0][:100]}"
        return Run(seconds, cpu, peak, 0, 0, f"{why} after {seconds:.0f} s")
    return Run(seconds, cpu, peak, out.stat().st_size, count_pages(out))


def count_pages(path: Path) -> int:
    """The PDF's pages, counted by PDFium (pypdfium2) in a process of its own.

    Not in this one: reading a big PDF grows this process, and on Linux a child started after
    that reports this process's peak as its own (the peak RSS of a forked process includes the
    memory it was forked from), so every later measurement would be inflated. Not pypdf: it
    refuses cross-reference streams of more than 2,000,000 entries (a 100,000-letter pack has
    2.6 million objects) unless told the file is trusted.
    """
    code = "import sys, pypdfium2\nprint(len(pypdfium2.PdfDocument(sys.argv[1])))\n"
    done = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, check=True)
    return int(done.stdout)


def packbuilder_run(work: Path, letters: int) -> Run:
    out = work / "packbuilder.pdf"
    command = [sys.executable, "-m", "packbuilder", "build", str(ROOT / "content"), "-o",
               str(out), "--signers", str(work / "signers.csv"), "--no-duplex"]  # fmt: skip
    return measure(command, ROOT, out)


def typst_run(work: Path, letters: int) -> Run:
    out = work / "typst.pdf"
    code = (
        "import typst; typst.compile('pack.typ', output='typst.pdf', root='.', "
        f"font_paths=[{str(ROOT / 'fonts')!r}], ignore_system_fonts=True, "
        "sys_inputs={'content': 'content', 'signers': 'signers.csv'})"
    )
    return measure([sys.executable, "-c", code], work, out, cap_gb=TYPST_CAP_GB)


def prepare() -> None:
    """Set up as an installed copy runs: packbuilder's bytecode written (pip install compiles
    it; a checkout run with PYTHONDONTWRITEBYTECODE, as on some machines, would compile every
    module in every measured process) and the font metrics cache filled by one build (the
    first build on a machine fills it, about 60 ms once)."""
    compile_ = [sys.executable, "-m", "compileall", "-q", str(ROOT / "packbuilder")]
    subprocess.run(compile_, check=True)
    with tempfile.TemporaryDirectory() as tmp:
        build = [sys.executable, "-m", "packbuilder", "build", "content", "-o", f"{tmp}/p.pdf"]
        subprocess.run(build, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)


def cold_start(runs: int) -> dict[str, tuple[float, float]]:
    """Median seconds from process start to exit, and CPU seconds: the default pack, check,
    and --help."""
    out: dict[str, tuple[float, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "pack.pdf"
        commands = {
            "build content -o pack.pdf": ["build", "content", "-o", str(pdf)],
            "check content": ["check", "content"],
            "--help": ["--help"],
        }
        times: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
        for _ in range(runs):
            for name, args in commands.items():
                start = time.perf_counter()
                command = [sys.executable, "-m", "packbuilder", *args]
                proc = subprocess.Popen(
                    command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
                )
                _, status, usage = os.wait4(proc.pid, 0)
                assert os.waitstatus_to_exitcode(status) == 0, name
                cpu = usage.ru_utime + usage.ru_stime
                times[name].append((time.perf_counter() - start, cpu))
        for name, values in times.items():
            out[name] = (
                statistics.median(v[0] for v in values),
                statistics.median(v[1] for v in values),
            )
    return out


def median_run(runs: list[Run]) -> Run:
    good = [r for r in runs if not r.failed]
    if not good:
        return runs[0]
    return Run(
        statistics.median(r.seconds for r in good),
        statistics.median(r.cpu for r in good),
        statistics.median(r.peak_mb for r in good),
        int(statistics.median(r.size for r in good)),
        good[0].pages,
    )


def bench_size(letters: int, repeats: int, typst: bool) -> dict[str, tuple[Run, int]]:
    results: dict[str, list[Run]] = {"packbuilder": [], "Typst": []}
    with tempfile.TemporaryDirectory(prefix="packbench-") as tmp:
        work = Path(tmp)
        signer_csv(work / "signers.csv", letters // POSTS)
        shutil.copytree(ROOT / "content", work / "content")
        shutil.copy(TEMPLATE, work / "pack.typ")
        for n in range(repeats):
            # Alternate which tool goes first, so neither always runs on a warmer machine.
            order = ["packbuilder", "Typst"] if n % 2 == 0 else ["Typst", "packbuilder"]
            for tool in order:
                if tool == "Typst" and not typst:
                    continue
                run = (
                    packbuilder_run(work, letters)
                    if tool == "packbuilder"
                    else typst_run(work, letters)
                )
                results[tool].append(run)
                print(f"  {letters:>7} letters  {tool:<11} {run.seconds:7.2f} s  "
                      f"{run.peak_mb:6.0f} MB  {run.size / 1e6:7.2f} MB  {run.pages} pages  "
                      f"{run.failed}", file=sys.stderr, flush=True)  # fmt: skip
    return {tool: (median_run(runs), len(runs)) for tool, runs in results.items() if runs}


def load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f}, {five:.2f}, {fifteen:.2f}"


def version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "not installed"


def table(sizes: dict[int, dict[str, tuple[Run, int]]]) -> list[str]:
    lines = [
        "| letters | tool | runs | pages | time s | CPU s | ms/page | peak RSS MB | size MB "
        "| bytes/page | time/page vs Typst | CPU/page vs Typst | bytes/page vs Typst |",
        "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for letters, tools in sizes.items():
        typst = tools.get("Typst")
        for tool, (run, count) in tools.items():
            if run.failed:
                lines.append(f"| {letters:,} | {tool} | {count} | | failed: {run.failed} "
                             f"| | | {run.peak_mb:.0f} | | | | | |")  # fmt: skip
                continue
            per_page = run.seconds / run.pages
            bpp = run.size / run.pages
            t_ratio = c_ratio = b_ratio = ""
            if typst and not typst[0].failed and tool != "Typst":
                t = typst[0]
                t_ratio = f"{per_page / (t.seconds / t.pages):.2f} x"
                c_ratio = f"{(run.cpu / run.pages) / (t.cpu / t.pages):.2f} x"
                b_ratio = f"{bpp / (t.size / t.pages):.2f} x"
            lines.append(
                f"| {letters:,} | {tool} | {count} | {run.pages:,} | {run.seconds:.2f} "
                f"| {run.cpu:.2f} | {1000 * per_page:.2f} | {run.peak_mb:.0f} "
                f"| {run.size / 1e6:.2f} | {bpp:,.0f} | {t_ratio} | {c_ratio} | {b_ratio} |"
            )
    return lines


def targets(
    sizes: dict[int, dict[str, tuple[Run, int]]], cold: dict[str, tuple[float, float]]
) -> list[str]:
    """The issue's targets, each with the measured value and whether it holds."""
    out: list[str] = []

    def row(target: str, value: str, ok: bool | None) -> None:
        verdict = "not measured" if ok is None else ("met" if ok else "**missed**")
        out.append(f"| {target} | {value} | {verdict} |")

    def pb(letters: int) -> Run | None:
        got = sizes.get(letters, {}).get("packbuilder")
        return got[0] if got and not got[0].failed else None

    def ty(letters: int) -> Run | None:
        got = sizes.get(letters, {}).get("Typst")
        return got[0] if got and not got[0].failed else None

    one, ten, hundred, t1 = pb(1000), pb(10_000), pb(100_000), ty(1000)
    if one and t1:
        ratio = (one.seconds / one.pages) / (t1.seconds / t1.pages)
        row("1,000 letters: time per page <= 0.6 x Typst", f"{ratio:.2f} x", ratio <= 0.6)
        ratio = (one.cpu / one.pages) / (t1.cpu / t1.pages)
        row("  the same in CPU time (less at the mercy of the machine's load)",
            f"{ratio:.2f} x", ratio <= 0.6)  # fmt: skip
        ratio = (one.size / one.pages) / (t1.size / t1.pages)
        row("1,000 letters: bytes per page <= 0.4 x Typst", f"{ratio:.2f} x", ratio <= 0.4)
    if one:
        row("1,000 letters: peak RSS <= 120 MB", f"{one.peak_mb:.0f} MB", one.peak_mb <= 120)
    if one and ten:
        ratio = ten.seconds / one.seconds
        row("10,000 letters: time <= 10.5 x 1,000 letters", f"{ratio:.2f} x", ratio <= 10.5)
        ratio = ten.cpu / one.cpu
        row("  the same in CPU time", f"{ratio:.2f} x", ratio <= 10.5)
        row("10,000 letters: peak RSS <= 150 MB", f"{ten.peak_mb:.0f} MB", ten.peak_mb <= 150)
    if hundred:
        base = ten or one
        scale = 10 if ten else 100
        if base:
            ratio = hundred.seconds / base.seconds
            row(f"100,000 letters: linear in time (<= {scale * 1.05:.1f} x the "
                f"{100_000 // scale:,}-letter time)", f"{ratio:.2f} x",
                ratio <= scale * 1.05)  # fmt: skip
            ratio = hundred.cpu / base.cpu
            row("  the same in CPU time", f"{ratio:.2f} x", ratio <= scale * 1.05)
        row("100,000 letters: peak RSS <= 200 MB", f"{hundred.peak_mb:.0f} MB",
            hundred.peak_mb <= 200)  # fmt: skip
    build = cold.get("build content -o pack.pdf")
    if build is not None:
        wall, cpu = build
        row("default pack, process start to exit < 1.0 s", f"{wall:.2f} s", wall < 1.0)
        row("  the same in CPU time", f"{cpu:.2f} s", cpu < 1.0)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--letters", type=int, nargs="*", default=[1000, 10_000, 100_000],
                        help="pack sizes in letters (multiples of 5)")  # fmt: skip
    parser.add_argument("--repeats", type=int, default=3, help="runs per tool and size")
    parser.add_argument("--no-typst", action="store_true", help="packbuilder only")
    parser.add_argument("--results", default=str(ROOT / "bench" / "RESULTS.md"),
                        help="where to write the table ('-': standard output)")  # fmt: skip
    args = parser.parse_args()
    typst = not args.no_typst
    if typst and version("typst") == "not installed":
        sys.exit("Typst is not installed: pip install '.[bench]' (or run with --no-typst)")
    load_before = load()
    started = time.time()
    prepare()
    cold = cold_start(max(args.repeats, 5))
    sizes: dict[int, dict[str, tuple[Run, int]]] = {}
    for letters in args.letters:
        repeats = 1 if letters >= ONCE_FROM else args.repeats
        sizes[letters] = bench_size(letters, repeats, typst)
    minutes = (time.time() - started) / 60
    report = [
        "# Benchmark results",
        "",
        "Made by `python bench/bench.py` (see its docstring); do not edit by hand.",
        "",
        f"- Machine: {os.cpu_count()} cores, {platform.machine()}, Python "
        f"{platform.python_version()}, packbuilder {version('packbuilder')}, reportlab "
        f"{version('reportlab')}, pypdf {version('pypdf')}, typst (Python package) "
        f"{version('typst')}",
        f"- Load average (1, 5, 15 min) at start: {load_before}; at end: {load()}; "
        f"{minutes:.1f} minutes in all",
        f"- Each pack: letters = signers x {POSTS} posts, drive kit, no duplex blanks. Times "
        "are wall-clock from process start to exit (median of the runs), CPU is user + system "
        f"time; sizes of {ONCE_FROM:,} letters and more run once per tool. Typst runs with a "
        f"{TYPST_CAP_GB} GB address-space cap. packbuilder runs as installed: its bytecode "
        "compiled and its font metrics cache filled once before the first measured run.",
        "",
        *table(sizes),
        "",
        f"## Process start to exit (median of {max(args.repeats, 5)} runs)",
        "",
        "The default pack (no signers), each command in a fresh process.",
        "",
        "| command | seconds | CPU s |",
        "|---|---:|---:|",
        *[f"| `packbuilder {name}` | {w:.2f} | {c:.2f} |" for name, (w, c) in cold.items()],
        "",
        "## Targets (issue 14)",
        "",
        "| target | measured | |",
        "|---|---:|---|",
        *targets(sizes, cold),
        "",
    ]
    text = "\n".join(report)
    print(text)
    if args.results != "-":
        Path(args.results).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
