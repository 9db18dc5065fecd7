"""Profile one build in this process: where the time goes (cProfile) and the memory (tracemalloc).

    python bench/hotspots.py                    # 1,000 letters (200 signers x 5 posts)
    python bench/hotspots.py --letters 5000 --results -

Writes bench/PROFILE.md: the time of each stage, the functions that cost the most time of
their own, the memory held after each stage, and the allocation sites that grew most while
the letters were laid out (ReportLab) and finished (pypdf). cProfile slows Python code by
about half again, so read the times as shares, not as a build's speed (bench.py measures that).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import subprocess
import sys
import tempfile
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench import POSTS, signer_csv  # noqa: E402

#: Functions whose cumulative time makes the stage table, by name (found wherever they live).
STAGES = (
    ("load and check the content (YAML, schema, glyphs)", "check_content"),
    ("read the signer list", "load_signers"),
    ("assemble the document model", "assemble"),
    ("lay out with ReportLab (story + pages + save)", "layout"),
    ("  of which: ReportLab writes the PDF bytes", "GetPDFData"),
    ("finish with pypdf (pages, outline, labels, metadata)", "finish"),
    ("write the file", "write_atomic"),
)


def stage_times(stats: pstats.Stats) -> list[tuple[str, float]]:
    raw: dict[tuple[str, int, str], Any] = stats.stats  # type: ignore[attr-defined]
    out = []
    for label, name in STAGES:
        cumulative = sum(v[3] for (_, _, func), v in raw.items() if func == name)
        out.append((label, cumulative))
    return out


def top_functions(stats: pstats.Stats, count: int) -> list[str]:
    raw: dict[tuple[str, int, str], Any] = stats.stats  # type: ignore[attr-defined]
    rows = sorted(raw.items(), key=lambda kv: kv[1][2], reverse=True)[:count]
    out = []
    for (file, line, func), (_, calls, own, cumulative, _) in rows:
        where = file.split("site-packages/")[-1].replace(str(ROOT) + "/", "")
        out.append(f"| `{func}` | {where}:{line} | {calls:,} | {own:.2f} | {cumulative:.2f} |")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--letters", type=int, default=1000)
    parser.add_argument("--results", default=str(ROOT / "bench" / "PROFILE.md"))
    args = parser.parse_args()
    from packbuilder import pipeline

    with tempfile.TemporaryDirectory() as tmp:
        csv = Path(tmp) / "signers.csv"
        signer_csv(csv, args.letters // POSTS)
        options = pipeline.BuildOptions(
            content_dir=ROOT / "content", output=Path(tmp) / "pack.pdf", signers=csv, duplex=False
        )
        profiler = cProfile.Profile()
        profiler.runcall(pipeline.build_pack, options)
        stats = pstats.Stats(profiler, stream=io.StringIO())
        total = sum(v[2] for v in stats.stats.values())  # type: ignore[attr-defined]
    # Memory in a fresh process, traced from before packbuilder is imported (fonts included).
    memory = subprocess.run(
        [sys.executable, __file__, "--memory", str(args.letters)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.splitlines()
    lines = [
        f"# Profile of one {args.letters:,}-letter build",
        "",
        "Made by `python bench/hotspots.py` (see its docstring); do not edit by hand. Times are",
        "under cProfile (slower than a plain run): read them as shares of the whole.",
        "",
        f"## Time by stage ({total:.2f} s profiled in all)",
        "",
        "| stage | seconds | share |",
        "|---|---:|---:|",
        *[f"| {label} | {s:.2f} | {100 * s / total:.0f}% |" for label, s in stage_times(stats)],
        "",
        "## Functions with the most time of their own",
        "",
        "| function | where | calls | own s | cumulative s |",
        "|---|---|---:|---:|---:|",
        *top_functions(stats, 15),
        "",
        *memory,
        "",
    ]
    text = "\n".join(lines)
    print(text)
    if args.results != "-":
        Path(args.results).write_text(text, encoding="utf-8")


def memory_profile(letters: int) -> list[str]:
    """Memory held after each stage, and what grew while ReportLab and pypdf held the pages."""
    tracemalloc.start(4)
    base = tracemalloc.take_snapshot()
    import pypdf
    from reportlab.pdfbase import pdfdoc

    from packbuilder import pipeline

    marks: list[tuple[str, float]] = []
    snaps: dict[str, tracemalloc.Snapshot] = {}

    def mark(label: str) -> None:
        marks.append((label, tracemalloc.get_traced_memory()[0] / 1e6))

    def hook(owner: Any, name: str, label: str, snap: str = "") -> Callable[[], None]:
        original = getattr(owner, name)

        def wrapper(*a: Any, **k: Any) -> Any:
            if snap:
                snaps[snap] = tracemalloc.take_snapshot()
                mark(label)
            result = original(*a, **k)
            if not snap:
                mark(label)
                snaps[label] = tracemalloc.take_snapshot()
            return result

        setattr(owner, name, wrapper)
        return lambda: setattr(owner, name, original)

    mark("modules imported")
    undo = [
        hook(pipeline, "check_content", "content loaded and checked"),
        hook(pipeline, "load_signers", "signers read"),
        hook(pipeline, "layout", "laid out (ReportLab document saved to bytes)"),
        hook(pdfdoc.PDFDocument, "GetPDFData", "all pages drawn, before ReportLab saves", "rl"),
        hook(pypdf.PdfWriter, "write", "finished in pypdf, before it writes", "pypdf"),
    ]
    with tempfile.TemporaryDirectory() as tmp:
        csv = Path(tmp) / "signers.csv"
        signer_csv(csv, letters // POSTS)
        options = pipeline.BuildOptions(
            content_dir=ROOT / "content", output=Path(tmp) / "pack.pdf", signers=csv, duplex=False
        )
        pipeline.build_pack(options)
        _, peak = tracemalloc.get_traced_memory()
    for u in undo:
        u()
    out = [
        "## Memory (tracemalloc: Python allocations, not RSS)",
        "",
        "| point in the build (fresh process) | MB held |",
        "|---|---:|",
        *[f"| {label} | {mb:.1f} |" for label, mb in sorted(marks, key=lambda m: m[1])],
        f"| peak | {peak / 1e6:.1f} |",
    ]
    loaded = snaps.get("signers read", base)
    out += [
        "",
        "Largest holders once the content and signers are read (a fixed cost):",
        "",
        "| where | MB | blocks |",
        "|---|---:|---:|",
    ]
    for stat in loaded.statistics("filename")[:6]:
        where = stat.traceback[0].filename.split("site-packages/")[-1]
        out.append(f"| {where.replace(str(ROOT) + '/', '')} | {stat.size / 1e6:.1f} "
                   f"| {stat.count:,} |")  # fmt: skip
    base = loaded
    for key, title in (("rl", "before ReportLab saves"), ("pypdf", "before pypdf writes")):
        if key not in snaps:
            continue
        out += [
            "",
            f"Largest growth after the signers are read, {title} (grows with the letters):",
            "",
            "| where | MB | blocks |",
            "|---|---:|---:|",
        ]
        for stat in snaps[key].compare_to(base, "lineno")[:8]:
            frame = stat.traceback[0]
            where = frame.filename.split("site-packages/")[-1].replace(str(ROOT) + "/", "")
            out.append(f"| {where}:{frame.lineno} | {stat.size_diff / 1e6:.1f} "
                       f"| {stat.count_diff:,} |")  # fmt: skip
    return out


if __name__ == "__main__":
    if sys.argv[1:2] == ["--memory"]:
        print("\n".join(memory_profile(int(sys.argv[2]))))
    else:
        main()
