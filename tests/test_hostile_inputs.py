"""Inputs as an attacker writes them: a device, a pipe or a link out of the campaign folder is
refused at once with a located error, never read until memory runs out or waited on."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ContentTree, run_cli


def _packbuilder(*args: str) -> subprocess.CompletedProcess[str]:
    """packbuilder in a process of its own: a read that blocks fails the test instead of
    hanging the run."""
    command = [sys.executable, "-m", "packbuilder", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)


@pytest.mark.parametrize("kind", ["dev-zero", "fifo", "folder"])
def test_a_content_file_that_is_not_a_regular_file_is_a_located_error(
    content_tree: ContentTree, kind: str
) -> None:
    folder = content_tree()
    guide = folder / "guide.yaml"
    guide.unlink()
    if kind == "dev-zero":
        # Inside the folder, a link to a device: its size reads as 0 and it never ends.
        os.symlink("/dev/zero", folder / "zero")
        guide.symlink_to("zero")
    elif kind == "fifo":
        os.mkfifo(guide)
    else:
        guide.mkdir()
    result = _packbuilder("check", str(folder))
    assert result.returncode == 1, result.stderr
    located = [line for line in result.stderr.splitlines() if "guide.yaml:1:1: (file):" in line]
    assert located, result.stderr
    expected = "outside the campaign folder" if kind == "dev-zero" else "not a regular file"
    assert expected in located[0]


@pytest.mark.parametrize("kind", ["dev-zero", "fifo"])
def test_a_signer_list_that_is_not_a_regular_file_is_a_located_error(
    content_tree: ContentTree, tmp_path: Path, kind: str
) -> None:
    folder = content_tree()
    signers = tmp_path / "signers.csv"
    if kind == "dev-zero":
        signers.symlink_to("/dev/zero")
    else:
        os.mkfifo(signers)
    result = _packbuilder("check", str(folder), "--signers", str(signers))
    assert result.returncode == 1, result.stderr
    assert f"{signers}:1:1: (file): not a regular file" in result.stderr


def test_a_content_file_linked_from_outside_the_folder_is_refused(
    content_tree: ContentTree, tmp_path: Path
) -> None:
    """guide.yaml as a link to a file elsewhere: refused, and nothing of that file printed."""
    folder = content_tree()
    secret = tmp_path / "elsewhere.yaml"
    guide = folder / "guide.yaml"
    secret.write_text(
        guide.read_text("utf-8").replace("Before the drive", "SECRET-FROM-ELSEWHERE", 1),
        "utf-8",
    )
    assert "SECRET-FROM-ELSEWHERE" in secret.read_text("utf-8")
    guide.unlink()
    guide.symlink_to(secret)
    out = tmp_path / "p.pdf"
    result = run_cli("build", str(folder), "-o", str(out))
    assert result.exit_code == 1
    assert f"{guide}:1:1: (file): a link to a file outside the campaign folder" in result.output
    assert "SECRET-FROM-ELSEWHERE" not in result.output
    assert not out.exists()


def test_a_link_inside_the_folder_is_read(content_tree: ContentTree, tmp_path: Path) -> None:
    folder = content_tree()
    (folder / "guide.yaml").rename(folder / "guide-text.yaml.txt")
    (folder / "guide.yaml").symlink_to("guide-text.yaml.txt")
    result = run_cli("check", str(folder))
    assert result.exit_code == 0, result.output
