"""Profile one build in this process: where the time goes (cProfile) and the memory (tracemalloc).

    python bench/hotspots.py                    # 1,000 letters (200 signers x 5 posts)
    python bench/hotspots.py --letters 5000 --results -

Writes bench/PROFILE.md: the time of each stage of today's streaming pipeline (load, signers,
assemble, story.story, ReportLab drawing while pdfwriter writes each page, the end of the
layout, finish), the functions that cost the most time of their own, the memory held after
each stage, and what grows while the letters are drawn (tracemalloc snapshots at the letter
pages 1/5 and 4/5 of the way through: what they differ by is held per letter, not per page).

cProfile slows Python code by about half again, so read the times as shares, not as a
build's speed (bench.py measures that). The memory half runs in a fresh process traced from
before packbuilder is imported; tracemalloc counts Python allocations, not RSS (bench.py and
SCALING.md have peak RSS). Fonts come from packbuilder's font cache as in a user's second
build (the first run of this script fills it).
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import io
import os
import pstats
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench import POSTS, signer_csv  # noqa: E402

#: What `_Marks` reports when the story's next slice is handed to ReportLab.
REFILL = "story refilled"
#: Frames kept per allocation: enough to name the packbuilder code behind ReportLab's.
FRAMES = 8


def _stages() -> list[tuple[str, Any, int]]:
    """(label, function, indent): the stage table, each row one function's cumulative time.

    Indented rows are part of the row above them (cProfile's cumulative time of a function
    counts what it calls); `drain` runs inside `addPage` (a page is written as it ends) and
    once more in `finish`."""
    from reportlab.platypus.doctemplate import BaseDocTemplate

    from packbuilder import pipeline
    from packbuilder.assemble import document as assemble
    from packbuilder.layout import letter, story
    from packbuilder.layout import pages as layout
    from packbuilder.pdf import finish, tagging
    from packbuilder.pdf.outline import Outline
    from packbuilder.pdf.writer import StreamDocument

    return [
        ("load and check the content (YAML, schema, glyphs)", pipeline.check_content, 0),
        ("read the signer list", pipeline.load_signers, 0),
        ("check the signers' glyphs", pipeline.signer_glyph_problems, 0),
        ("assemble the document model (letters, labels, envelopes lazy)", assemble.assemble, 0),
        ("layout (all of it)", layout.layout, 0),
        ("story.story: every renderer and every fit check", story.story, 1),
        ("ReportLab drawing the pages, each written as it ends", BaseDocTemplate.build, 1),
        ("letter pages drawn (LetterPage.drawOn)", letter.LetterPage.drawOn, 2),
        ("pdfwriter: a page ends (StreamDocument.addPage)", StreamDocument.addPage, 2),
        ("pdfwriter: queued objects formatted and written (drain)", StreamDocument.drain, 3),
        ("tagging: a letter's/sheet's elements written (Tagger.close)", tagging.Tagger.close, 2),
        ("tagging: a page's parent-tree entry (Tagger._page_done)", tagging.Tagger._page_done, 2),
        ("outline entries (Outline.add)", Outline.add, 2),
        ("end of layout: font subsets, page tree (finish_pages)", StreamDocument.finish_pages, 1),
        ("end of layout: structure root, parent tree (Tagger.finish)", tagging.Tagger.finish, 1),
        ("finish: catalog, metadata, info, last object streams, xref", finish.finish, 0),
        ("flush, fsync and rename into place (StagedFile.keep)", pipeline.StagedFile.keep, 0),
        ("the build's summary (pages per part, letters per post)", pipeline._pages_per_part, 0),
    ]  # fmt: skip


def _key(fn: Any) -> tuple[str, int, str]:
    code = fn.__code__
    return (code.co_filename, code.co_firstlineno, code.co_name)


def stage_times(stats: pstats.Stats) -> list[tuple[str, int, float, int]]:
    """(label, indent, cumulative seconds, calls) for each stage."""
    raw: dict[tuple[str, int, str], Any] = stats.stats  # type: ignore[attr-defined]
    out = []
    for label, fn, indent in _stages():
        row = raw.get(_key(fn))
        calls, cumulative = (row[1], row[3]) if row else (0, 0.0)
        out.append((label, indent, cumulative, calls))
    return out


def _where(file: str) -> str:
    return file.split("site-packages/")[-1].replace(str(ROOT) + "/", "")


def top_functions(stats: pstats.Stats, count: int) -> list[str]:
    raw: dict[tuple[str, int, str], Any] = stats.stats  # type: ignore[attr-defined]
    rows = sorted(raw.items(), key=lambda kv: kv[1][2], reverse=True)[:count]
    out = []
    for (file, line, func), (_, calls, own, cumulative, _) in rows:
        out.append(
            f"| `{func}` | {_where(file)}:{line} | {calls:,} | {own:.2f} | {cumulative:.2f} |"
        )
    return out


def _options(tmp: str, letters: int) -> Any:
    from packbuilder import pipeline

    csv = Path(tmp) / "signers.csv"
    signer_csv(csv, letters // POSTS)
    return pipeline.BuildOptions(
        content_dir=ROOT / "content", output=Path(tmp) / "pack.pdf", signers=csv, duplex=False
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--letters", type=int, default=1000)
    parser.add_argument("--results", default=str(ROOT / "bench" / "PROFILE.md"))
    args = parser.parse_args()
    load_before = os.getloadavg()
    started = time.perf_counter()
    from packbuilder import pipeline

    with tempfile.TemporaryDirectory() as tmp:
        options = _options(tmp, args.letters)
        pipeline.build_pack(options)  # the font cache filled, as in a user's second build
        profiler = cProfile.Profile()
        result = profiler.runcall(pipeline.build_pack, options)
        stats = pstats.Stats(profiler, stream=io.StringIO())
        build = stats.stats[_key(pipeline.build_pack)][3]  # type: ignore[attr-defined]
    # Memory in a fresh process, traced from before packbuilder is imported (fonts included).
    memory = [
        line
        for mode in ("--rss", "--traced")
        for line in subprocess.run(
            [sys.executable, __file__, mode, str(args.letters)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.splitlines()
    ]
    stages = stage_times(stats)
    top = [s for s in stages if s[1] == 0]
    other = build - sum(s[2] for s in top)
    load = ", ".join(f"{x:.2f}" for x in load_before)
    lines = [
        f"# Profile of one {args.letters:,}-letter build",
        "",
        "Made by `python bench/hotspots.py` (see its docstring); do not edit by hand. Times are",
        "under cProfile (slower than a plain run): read them as shares of the whole.",
        "",
        f"- Pack: {args.letters // POSTS:,} signers x {POSTS} posts, the drive kit, no duplex "
        f"blanks: {result.pages:,} pages, {result.size / 1e6:.2f} MB",
        f"- Load average (1, 5, 15 min) at start: {load} on {os.cpu_count()} cores; "
        f"{time.perf_counter() - started:.0f} s for the script",
        "",
        f"## Time by stage ({build:.2f} s profiled in `build_pack`)",
        "",
        "Indented rows are part of the row above them.",
        "",
        "| stage | calls | seconds | share |",
        "|---|---:|---:|---:|",
        *[
            f"| {'&nbsp;' * 4 * indent}{label} | {calls:,} | {s:.2f} | {100 * s / build:.0f}% |"
            for label, indent, s, calls in stages
        ],
        f"| everything else in `build_pack` | | {other:.2f} | {100 * other / build:.0f}% |",
        "",
        "## Functions with the most time of their own",
        "",
        "| function | where | calls | own s | cumulative s |",
        "|---|---|---:|---:|---:|",
        *top_functions(stats, 20),
        "",
        *memory,
        "",
    ]
    text = "\n".join(lines)
    print(text)
    if args.results != "-":
        Path(args.results).write_text(text, encoding="utf-8")


def _site(trace: tracemalloc.Traceback) -> str:
    """Where an allocation was made, and the packbuilder line that asked for it (if another)."""
    last = trace[-1]  # tracemalloc orders frames oldest first
    where = f"{_where(last.filename)}:{last.lineno}"
    if "/packbuilder/" in last.filename:
        return where
    for frame in reversed(trace):
        if "/packbuilder/" in frame.filename:
            return f"{where} (from {_where(frame.filename)}:{frame.lineno})"
    return where


def _grown(after: tracemalloc.Snapshot, before: tracemalloc.Snapshot, rows: int) -> list[str]:
    sites: dict[str, list[int]] = {}
    for stat in after.compare_to(before, "traceback"):
        site = sites.setdefault(_site(stat.traceback), [0, 0])
        site[0] += stat.size_diff
        site[1] += stat.count_diff
    ranked = sorted(sites.items(), key=lambda kv: abs(kv[1][0]), reverse=True)[:rows]
    return [f"| {site} | {size / 1e3:+,.1f} | {count:+,} |" for site, (size, count) in ranked]


def _rss_mb() -> tuple[float, float]:
    """This process's resident memory now and its peak so far, in MB (Linux: VmRSS and VmHWM;
    getrusage's peak is no use here, Linux carries it over from the parent across exec)."""
    fields = {}
    with contextlib.suppress(OSError):
        for line in Path("/proc/self/status").read_text().splitlines():
            key, _, value = line.partition(":")
            fields[key] = value
    kb = [float(fields[k].split()[0]) if k in fields else float("nan") for k in ("VmRSS", "VmHWM")]
    return kb[0] / 1024, kb[1] / 1024


class _Marks:
    """Calls `at(label)` after each stage of a build and after the letter pages in `letters`
    (1-based) are drawn, by wrapping the stage functions for the length of one build."""

    def __init__(
        self, at: Callable[[str], None], letters: tuple[int, ...], refills: bool = False
    ) -> None:
        from reportlab.platypus.doctemplate import BaseDocTemplate

        from packbuilder import pipeline
        from packbuilder.layout import letter, story
        from packbuilder.layout import pages as layout
        from packbuilder.pdf import finish

        self.at, self.letters, self.drawn = at, letters, 0
        self.undo: list[Callable[[], None]] = []
        self._after(pipeline, "check_content", "content loaded and checked")
        self._after(pipeline, "load_signers", "signers read (and their glyphs checked)")
        self._after(pipeline, "assemble", "document assembled (letters a lazy sequence)")
        self._after(story, "story", "story.story returned: every renderer ran, every fit checked")
        self._after(BaseDocTemplate, "build", "every page drawn and written")
        self._after(pipeline, "layout", "layout returned (fonts, page tree, structure root queued)")
        self._after(finish, "finish", "finished: catalog, info and xref written, file closed")
        self._after(letter.LetterPage, "drawOn", "")
        if refills:  # layout hands ReportLab the next slice of the story
            self._after(layout._Feed, "extend", REFILL)

    def _after(self, owner: Any, name: str, label: str) -> None:
        original = getattr(owner, name)

        def wrapper(*a: Any, **k: Any) -> Any:
            result = original(*a, **k)
            if label:
                self.at(label)
            else:
                self.drawn += 1
                if self.drawn in self.letters:
                    self.at(f"{self.drawn:,}th letter page drawn")
            return result

        setattr(owner, name, wrapper)
        self.undo.append(lambda: setattr(owner, name, original))

    def build(self, letters: int) -> None:
        from packbuilder import pipeline

        try:
            with tempfile.TemporaryDirectory() as tmp:
                pipeline.build_pack(_options(tmp, letters))
        finally:
            for undo in self.undo:
                undo()
        self.at("build_pack returned")


def memory_rss(letters: int) -> list[str]:
    """Resident memory after each stage, in a fresh process that traces nothing."""
    rows: list[str] = []

    def at(label: str) -> None:
        now, peak = _rss_mb()
        rows.append(f"| {label} | {now:.1f} | {peak:.1f} |")

    at("interpreter started")
    from packbuilder import pipeline  # noqa: F401  (the modules a build imports)

    at("packbuilder.pipeline imported (no font read yet)")
    _Marks(at, (letters // 5, letters * 4 // 5)).build(letters)
    return [
        "## Memory held after each stage (RSS, a fresh process tracing nothing)",
        "",
        "| point in the build (in order) | RSS now MB | peak so far MB |",
        "|---|---:|---:|",
        *rows,
    ]


def memory_traced(letters: int) -> list[str]:
    """Python allocations (tracemalloc) while the content and signers are read (the fixed
    cost, by file), and what grows while letters are drawn.

    Tracing is about ten times slower than running, so only those two stretches are traced:
    from the start to the signers read, and from the 1/10th letter page on. The two
    snapshots are taken when the story's next slice is handed to ReportLab, the first time
    after the 1/5th letter page and the first time after the 4/5th: there the slice of the
    story ReportLab holds (the letters made, not yet drawn) is as long in both, so what they
    differ by is what the letters drawn in between left behind.
    """
    start, early, late = max(1, letters // 10), max(2, letters // 5), max(3, letters * 4 // 5)
    snaps: dict[str, tracemalloc.Snapshot] = {}
    held: dict[str, float] = {}
    state = {"drawn": 0, "want": ""}

    def at(label: str) -> None:
        if label.startswith("signers read"):
            held["fixed"] = tracemalloc.get_traced_memory()[0]
            snaps["fixed"] = tracemalloc.take_snapshot()
            tracemalloc.stop()
        elif label.endswith("th letter page drawn"):
            state["drawn"] = int(label.split("th")[0].replace(",", ""))
            if state["drawn"] == start:
                tracemalloc.start(FRAMES)
            elif state["drawn"] in (early, late):
                state["want"] = "a" if state["drawn"] == early else "b"
        elif label == REFILL and state["want"]:
            key, state["want"] = state["want"], ""
            held[key] = tracemalloc.get_traced_memory()[0]
            held[key + " letters"] = state["drawn"]
            snaps[key] = tracemalloc.take_snapshot()
            if key == "b":
                tracemalloc.stop()

    tracemalloc.start(1)
    _Marks(at, tuple(range(start, letters + 1)), refills=True).build(letters)
    if "b" not in snaps:
        return ["", "(too few letters to see what grows while they are drawn)"]
    drawn = int(held["b letters"] - held["a letters"])
    grown = held["b"] - held["a"]
    out = [
        "",
        f"## What grows while letters are drawn: {held['a letters']:,.0f}th to "
        f"{held['b letters']:,.0f}th letter page",
        "",
        f"Python allocations held after the {held['b letters']:,.0f}th letter page minus those "
        f"held after the {held['a letters']:,.0f}th (tracemalloc from the {start:,}th; both "
        "where the story's next slice is handed to ReportLab, the first time after the "
        f"{early:,}th and after the {late:,}th): **{grown / drawn:+,.0f} bytes per "
        f"letter** ({grown:+,.0f} bytes over {drawn:,} letters). By allocation site, and the "
        "packbuilder line that asked for it:",
        "",
        "| where | KB | blocks |",
        "|---|---:|---:|",
        *_grown(snaps["b"], snaps["a"], 12),
        "",
        f"## The fixed cost: Python allocations held once the content and signers are read "
        f"({held['fixed'] / 1e6:.1f} MB), by file",
        "",
        "| where | MB | blocks |",
        "|---|---:|---:|",
    ]
    for stat in snaps["fixed"].statistics("filename")[:8]:
        out.append(f"| {_where(stat.traceback[0].filename)} | {stat.size / 1e6:.1f} "
                   f"| {stat.count:,} |")  # fmt: skip
    return out


if __name__ == "__main__":
    if sys.argv[1:2] == ["--rss"]:
        print("\n".join(memory_rss(int(sys.argv[2]))))
    elif sys.argv[1:2] == ["--traced"]:
        print("\n".join(memory_traced(int(sys.argv[2]))))
    else:
        main()
