"""Nothing with signers' data survives a killed build: the pack is written into a file with no
name (or one only its owner reads), leftovers of an exited build go at the next start, the pack
and --split's letters change together or not at all, and the record of made files deletes
nothing but those files."""

from __future__ import annotations

import hashlib
import os
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from packbuilder import staging

from conftest import CONTENT, ContentTree, run_cli

ONLY = ("--only", "cover,letters")


def _dead_pid() -> int:
    """The number of a process that has exited."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def _ours(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".packbuilder-"))


def _letters(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in folder.iterdir()
        if p.suffix == ".pdf"
    }


def test_the_pack_has_no_name_until_it_is_whole(tmp_path: Path) -> None:
    """Written through O_TMPFILE where Linux has it: the folder shows nothing while it is written;
    once named, it has the permissions of the pack it replaces."""
    if not getattr(os, "O_TMPFILE", 0):
        pytest.skip("no O_TMPFILE here")
    target = tmp_path / "pack.pdf"
    target.write_bytes(b"%PDF last week")
    target.chmod(0o640)
    staged = staging.StagedFile(tmp_path)
    try:
        staged.write(b"%PDF with every signer's name")
        assert sorted(p.name for p in tmp_path.iterdir()) == ["pack.pdf"]
        staged.keep(target)
    finally:
        staged.discard()
    assert target.read_bytes() == b"%PDF with every signer's name"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pack.pdf"]


def test_without_o_tmpfile_the_file_being_written_is_private(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(staging, "_unnamed", lambda folder: None)
    staged = staging.StagedFile(tmp_path)
    try:
        staged.write(b"%PDF with every signer's name")
        (hidden,) = tmp_path.iterdir()
        assert hidden.name.startswith(".packbuilder-") and hidden.name.endswith(".part")
        assert stat.S_IMODE(hidden.stat().st_mode) == 0o600
    finally:
        staged.discard()
    assert list(tmp_path.iterdir()) == []


def test_an_exited_builds_leftovers_go_and_a_running_builds_stay(tmp_path: Path) -> None:
    host = staging.staging_prefix("part").split("-")[1]
    dead, alive = _dead_pid(), os.getppid()
    part = tmp_path / f".packbuilder-{host}-{dead}-part-abc123.part"
    part.write_bytes(b"every signer's name")
    files = tmp_path / f".packbuilder-{host}-{dead}-files-x1y2"
    files.mkdir()
    (files / "letter-to-someone-jane-doe.pdf").write_bytes(b"%PDF")
    running = tmp_path / f".packbuilder-{host}-{alive}-part-def456.part"
    running.write_bytes(b"a concurrent build's pack")
    other_host = tmp_path / f".packbuilder-00000000-{dead}-part-aaa.part"
    other_host.write_bytes(b"a build on another machine (a shared folder)")
    mine = tmp_path / ".packbuilder-notes.txt"
    mine.write_text("not a staging name")
    result = run_cli("build", str(CONTENT), "-o", str(tmp_path / "p.pdf"), *ONLY, "-q")
    assert result.exit_code == 0, result.output
    assert not part.exists() and not files.exists()
    assert running.exists() and other_host.exists() and mine.exists()


_KILLER = textwrap.dedent(
    """
    import os, signal, sys
    from packbuilder import staging
    from packbuilder.outputs import staged
    from packbuilder.cli.commands import main

    def die(*args, **kwargs):
        os.kill(os.getpid(), signal.SIGKILL)

    if sys.argv[1] == "before-the-pack":
        staging.StagedFile.keep = die
    else:
        staged.Staged.end = die
    main(sys.argv[2:])
    """
)


@pytest.mark.parametrize("when", ["before-the-pack", "after-the-pack"])
def test_a_kill_between_pack_and_letters_leaves_both_old_or_both_new(
    tmp_path: Path, when: str
) -> None:
    """SIGKILL after the letters moved in but before the pack (or after the pack but before the
    old letters went): the next run undoes (or finishes) the swap, so letters and pack always
    come from the same build."""
    out, split = tmp_path / "pack.pdf", tmp_path / "letters"
    first = run_cli(
        "build", str(CONTENT), "-o", str(out), "--split", str(split), *ONLY,
        "--letter-date", "2026-01-01", "-q",
    )  # fmt: skip
    assert first.exit_code == 0, first.output
    old_pack, old_letters = out.read_bytes(), _letters(split)
    record = (split / ".packbuilder-files").read_text("utf-8")
    killed = subprocess.run(
        [
            sys.executable, "-c", _KILLER, when, "build", str(CONTENT), "-o", str(out),
            "--split", str(split), *ONLY, "--letter-date", "2026-02-02", "-q",
        ],
        capture_output=True, check=False, timeout=300,
    )  # fmt: skip
    assert killed.returncode == -9, killed.stderr
    assert _ours(split), "the kill left no swap to finish or undo?"
    staging.remove_stale(split)  # what the next run does first, wherever it writes
    staging.remove_stale(tmp_path)
    assert _ours(split) == [".packbuilder-files"] and _ours(tmp_path) == []
    new_letters = _letters(split)
    if when == "before-the-pack":
        assert out.read_bytes() == old_pack
        assert new_letters == old_letters
        assert (split / ".packbuilder-files").read_text("utf-8") == record
    else:
        assert out.read_bytes() != old_pack
        assert set(new_letters) == set(old_letters) and new_letters != old_letters
        assert (split / ".packbuilder-files").read_text("utf-8") != record
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_the_record_deletes_only_files_the_last_run_made(tmp_path: Path) -> None:
    """A tampered .packbuilder-files naming other files: none of them is touched."""
    split = tmp_path / "letters"
    split.mkdir()
    victim = tmp_path / "victim.txt"
    victim.write_text("outside the folder")
    notes = split / "notes.txt"
    notes.write_text("the organiser's own notes")
    (split / "link.pdf").symlink_to(victim)
    digest = hashlib.sha256(b"something else").hexdigest()
    (split / ".packbuilder-files").write_text(
        f"../victim.txt\t{digest}\n{victim}\t{digest}\nnotes.txt\t{digest}\nnotes.txt\n"
        f"link.pdf\t{hashlib.sha256(victim.read_bytes()).hexdigest()}\n.\t{digest}\n",
        "utf-8",
    )
    result = run_cli(
        "build", str(CONTENT), "-o", str(tmp_path / "p.pdf"), "--split", str(split), *ONLY, "-q"
    )
    assert result.exit_code == 0, result.output
    assert victim.read_text() == "outside the folder"
    assert notes.read_text() == "the organiser's own notes"
    assert (split / "link.pdf").is_symlink()
    made = [line.split("\t") for line in (split / ".packbuilder-files").read_text().splitlines()]
    assert made and all(
        hashlib.sha256((split / name).read_bytes()).hexdigest() == sha for name, sha in made
    )


def test_split_into_the_campaign_folder_is_refused(
    content_tree: ContentTree, tmp_path: Path
) -> None:
    folder = content_tree()
    before = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}
    result = run_cli(
        "build", str(folder), "-o", str(tmp_path / "p.pdf"), "--split", str(folder / "letters")
    )
    assert result.exit_code == 1
    assert "--split" in result.output and "inside the campaign folder" in result.output
    assert not (tmp_path / "p.pdf").exists()
    assert {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()} == before
