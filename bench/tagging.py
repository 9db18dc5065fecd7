"""What tagging (PDF/UA) costs: the 1,000-letter bench pack built tagged and untagged.

    python bench/tagging.py                  # 1,000 letters, 5 runs each, alternating
    python bench/tagging.py --letters 200 --repeats 3

Tagging only changes the layout and finish stages, so each run times those two stages on the
same checked document (PdfFile(tagged=...), layout, write_pdf), alternating tagged and
untagged; a whole build (fresh process, `packbuilder build`, tagged as always) gives the
denominator. Same pack as bench/bench.py: 5 open posts x N/5 signers, drive kit, no duplex
blanks. Numbers depend on the machine and on what else runs on it: the load average is printed
with them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import POSTS, signer_csv  # noqa: E402
from packbuilder.layout.pages import layout  # noqa: E402
from packbuilder.pdf.file import PdfFile, write_pdf  # noqa: E402
from packbuilder.pipeline import BuildOptions, preflight  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--letters", type=int, default=1000)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        csv = Path(tmp) / "signers.csv"
        signer_csv(csv, args.letters // POSTS)
        options = BuildOptions(content_dir=ROOT / "content", signers=csv, duplex=False)
        checked = preflight(options)
        doc, meta, setup = checked.document, checked.document.meta, checked.document.setup
        times: dict[bool, list[float]] = {True: [], False: []}
        sizes: dict[bool, int] = {}
        for _ in range(args.repeats):
            for tagged in (True, False):
                start = time.perf_counter()
                pdf = PdfFile(bleed_mm=setup.bleed_mm, tagged=tagged)
                written = write_pdf(pdf, layout(doc, pdf), meta, setup, checked.when)
                times[tagged].append(time.perf_counter() - start)
                sizes[tagged] = written.size
        whole = []
        for _ in range(max(1, args.repeats // 2)):
            out = Path(tmp) / "pack.pdf"
            start = time.perf_counter()
            subprocess.run([sys.executable, "-m", "packbuilder", "build", str(ROOT / "content"),
                            "-o", str(out), "--signers", str(csv), "--no-duplex", "--quiet"],
                           check=True, capture_output=True)  # fmt: skip
            whole.append(time.perf_counter() - start)
    tagged, untagged = statistics.median(times[True]), statistics.median(times[False])
    build = statistics.median(whole)
    print(f"{args.letters} letters, {len(checked.body.marks)} outline marks, "
          f"{args.repeats} runs each, medians; load average {os.getloadavg()[0]:.2f} "
          f"on {os.cpu_count()} CPUs, {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC")  # fmt: skip
    print(f"layout+finish tagged   {tagged:6.2f} s  file {sizes[True] / 1e6:.2f} MB")
    print(f"layout+finish untagged {untagged:6.2f} s  file {sizes[False] / 1e6:.2f} MB")
    print(f"whole build (tagged)   {build:6.2f} s")
    extra = tagged - untagged
    print(f"tagging costs {extra:.2f} s = {100 * extra / (build - extra):.1f}% of an untagged "
          f"build ({100 * extra / untagged:.1f}% of layout+finish)")  # fmt: skip


if __name__ == "__main__":
    main()
