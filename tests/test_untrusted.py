"""Untrusted text stays text, reads no file, and a killed build leaves the old PDF alone."""

from __future__ import annotations

import csv
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from packbuilder.layout import fonts

from conftest import CONTENT, ROOT, ContentTree, run_cli
from pdfcheck import page_texts

INJECTIONS = [
    "<",
    "&",
    "<b>",
    '<img src="/etc/passwd"/>',
    '<img src="../secret.png"/>',
    '<a href="javascript:alert(1)">click</a>',
    '<font name="Courier" color="red">font</font>',
    "&amp; &lt;",
]

NAME = '<img src="/etc/passwd"/> & <b>'
OPENED: list[str] = []
RECORDING = False


def _audit(event: str, args: tuple[object, ...]) -> None:
    if RECORDING and event == "open" and args and isinstance(args[0], str | bytes | os.PathLike):
        OPENED.append(os.fsdecode(args[0]))


sys.addaudithook(_audit)


def test_injection_strings_print_literally_and_open_no_file(
    content_tree: ContentTree, tmp_path: Path
) -> None:
    global RECORDING
    line = " ".join(INJECTIONS)
    folder = content_tree(
        **{
            "briefing.yaml": [("The rule against sending refugees back", line)],
            "letter.yaml": [
                ("Thank you for considering my request.", line),
                ("personal_lines: 3", "personal_lines: 3\ninclude: [obligations, harm]"),
            ],
        }
    )
    secret = tmp_path / "secret.png"
    secret.write_bytes(b"not to be read")
    signers = tmp_path / "signers.csv"
    with signers.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([["Name", "Street address"], [NAME, line[:60]]])
    out = tmp_path / "p.pdf"
    OPENED.clear()
    RECORDING = True
    try:
        result = run_cli(
            "build", str(folder), "-o", str(out), "--signers", str(signers), "--no-labels"
        )
    finally:
        RECORDING = False
    assert result.exit_code == 0, result.output
    text = " ".join(" ".join(page.split()) for page in page_texts(out))
    assert line in text
    assert text.count(NAME) >= 5  # the signer's name on each of their letters
    assert text.count(line[:60]) >= 5
    resolved = {str(Path(p).resolve()) for p in OPENED if p}
    assert "/etc/passwd" not in resolved
    assert str(secret.resolve()) not in resolved
    allowed = (
        str(folder.resolve()),
        str(tmp_path.resolve()),
        sys.prefix,
        sys.base_prefix,
        str(ROOT),
        # packbuilder's font metrics cache: named after the font files, never after content.
        str(fonts.cache_dir() or ROOT),
    )
    # ReportLab looks for its own settings files in the home folder on import; content has no
    # say in that.
    reportlab_own = (".reportlab_settings", ".reportlab_mods")
    outside = [
        p
        for p in resolved
        if not p.startswith(allowed) and not p.startswith("/dev/") and not p.endswith(reportlab_own)
    ]
    assert not outside, outside


def test_kill_9_during_a_build_leaves_the_previous_pdf(tmp_path: Path) -> None:
    out = tmp_path / "pack.pdf"
    previous = b"%PDF-1.4 last week's pack\n"
    out.write_bytes(previous)
    signers = tmp_path / "many.csv"
    rows = "".join(f"Writer {n},{n} Main St,Springfield,MA,01103\r\n" for n in range(800))
    signers.write_text("Name,Street address,City,State,ZIP\r\n" + rows, encoding="utf-8")
    command = [
        sys.executable,
        "-m",
        "packbuilder",
        "build",
        str(CONTENT),
        "-o",
        str(out),
        "--signers",
        str(signers),
    ]
    process = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=tmp_path
    )
    # Killed once the new PDF is being written (its file beside the old one, with no name or
    # a hidden one, has its first 64 KB of pages), however fast or slow the machine: the
    # 4,000-letter build is then still laying out letters.
    try:
        while process.poll() is None and not _writing(tmp_path, process.pid):
            time.sleep(0.01)
    finally:
        process.kill()  # SIGKILL, what `kill -9` sends
        process.wait()
    assert process.returncode == -signal.SIGKILL, "the build ended before it could be killed"
    assert out.read_bytes() == previous


def _writing(folder: Path, pid: int) -> bool:
    """Whether build `pid` has written part of its PDF into `folder` (not yet named): a hidden
    file there, or on Linux a file with no name it holds open (seen through /proc)."""
    held = Path(f"/proc/{pid}/fd")
    try:
        files = [(os.readlink(fd), fd) for fd in held.iterdir()] if held.is_dir() else []
    except OSError:  # the build ended meanwhile
        files = []
    parts = [fd for target, fd in files if target.startswith(f"{folder}/")]
    for part in [*parts, *folder.glob(".*.part")]:
        try:
            if part.stat().st_size:
                return True
        except FileNotFoundError:  # renamed into place meanwhile: the build is done
            pass
    return False
