"""Paths and files nobody wrote the code for (issue 19, tried after it landed): a loop of links
where a content file, a signer list or the pack goes, a folder named as a signer list, content
saved with a byte-order mark and Windows line ends, and output files' permissions kept."""

from __future__ import annotations

import shutil
import stat
from pathlib import Path

import pytest

from packbuilder import staging

from conftest import CONTENT, ContentTree, run_cli


def _errors(output: str) -> list[str]:
    return [line for line in output.splitlines() if ": warning:" not in line]


def test_a_content_file_that_is_a_loop_of_links_is_a_located_error(
    content_tree: ContentTree,
) -> None:
    folder = content_tree()
    (folder / "guide.yaml").unlink()
    (folder / "guide.yaml").symlink_to("loop")
    (folder / "loop").symlink_to("guide.yaml")
    result = run_cli("check", str(folder))
    assert result.exit_code == 1
    assert _errors(result.output)[0] == (
        f"{folder}/guide.yaml:1:1: (file): a link that leads round in a loop of links; put the "
        "file itself here"
    )


@pytest.mark.parametrize("kind", ["loop", "folder"])
def test_a_signer_list_campaign_yaml_names_that_is_a_loop_or_a_folder(
    content_tree: ContentTree, kind: str
) -> None:
    """A loop of links was an internal error (RuntimeError); a folder was 'not found'."""
    folder = content_tree(
        **{"campaign.yaml": [("paper: letter\n", "paper: letter\nsigners: people.csv\n")]}
    )
    if kind == "loop":
        (folder / "people.csv").symlink_to("people.csv")
        said = "'people.csv' is a link that leads round in a loop; put the file itself here"
    else:
        (folder / "people.csv").mkdir()
        said = "'people.csv' is a folder; name the .csv file in it"
    for command in ("check", "build"):
        result = run_cli(command, str(folder), "-q")
        assert result.exit_code == 1, result.output
        assert "internal error" not in result.output
        errors = _errors(result.output)
        assert len(errors) == 2 and errors[0].endswith(f": signers: {said}"), errors
        assert errors[0].startswith(f"{folder}/campaign.yaml:")


def test_a_folder_given_as_the_signer_list_is_a_usage_error(tmp_path: Path) -> None:
    result = run_cli("check", str(CONTENT), "--signers", str(tmp_path))
    assert result.exit_code == 2
    assert "Invalid value for '--signers'" in result.output and "is a directory" in result.output


def test_a_pack_written_where_a_loop_of_links_stands_replaces_the_link(tmp_path: Path) -> None:
    """-o naming a link to itself was an internal error (RuntimeError)."""
    out = tmp_path / "pack.pdf"
    out.symlink_to("pack.pdf")
    result = run_cli("build", str(CONTENT), "-o", str(out), "--only", "cover", "-q")
    assert result.exit_code == 0, result.output
    assert not out.is_symlink() and out.read_bytes().startswith(b"%PDF-")


def test_content_saved_with_a_byte_order_mark_and_crlf_builds_the_same_pack(
    tmp_path: Path,
) -> None:
    """What Notepad on Windows saves: a BOM and CR LF line ends. The same pack; mistakes at
    the same line:col as in the file saved plainly (the BOM and the CRs take no column)."""
    mistakes = {
        "campaign.yaml": [("\norganiser:", "\norganizer:")],
        "briefing.yaml": [("later.[^refugee-protocol-1967]", "later.[^nosuch]")],
    }
    said = {}
    for windows in (False, True):
        folder = tmp_path / f"windows-{windows}" / "content"
        shutil.copytree(CONTENT, folder)
        for path in folder.glob("*.yaml"):
            if windows:
                text = path.read_text("utf-8").replace("\n", "\r\n")
                path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
        out = tmp_path / f"{windows}.pdf"
        built = run_cli("build", str(folder), "-o", str(out), "-q")
        assert built.exit_code == 0, built.output
        for name, edits in mistakes.items():
            data = (folder / name).read_bytes()
            for old, new in edits:
                eol = "\r\n" if windows else "\n"
                data = data.replace(
                    old.replace("\n", eol).encode(), new.replace("\n", eol).encode()
                )
            (folder / name).write_bytes(data)
        result = run_cli("check", str(folder))
        assert result.exit_code == 1
        said[windows] = [line.replace(str(folder), "{content}") for line in _errors(result.output)]
    assert (tmp_path / "True.pdf").read_bytes() == (tmp_path / "False.pdf").read_bytes()
    assert said[True] == said[False]
    assert (
        "{content}/briefing.yaml:20:21: sections[1].paragraphs[2]: cites unknown source"
        in (said[True][0])
    )
    assert any(":1: organizer: unknown key; did you mean 'organiser'?" in x for x in said[True])


@pytest.mark.parametrize("o_tmpfile", [True, False], ids=["o-tmpfile", "hidden-file"])
def test_the_pack_and_its_letters_keep_their_permissions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, o_tmpfile: bool
) -> None:
    """An organiser made the pack and the letters (signers' names) private: a new build keeps
    them so, written through O_TMPFILE or (where there is none) a hidden file."""
    if not o_tmpfile:
        monkeypatch.setattr(staging, "_unnamed", lambda folder: None)
    out, split = tmp_path / "pack.pdf", tmp_path / "letters"
    args = ("build", str(CONTENT), "-o", str(out), "--split", str(split), "--only", "letters")
    first = run_cli(*args, "--letter-date", "2026-01-01", "-q")
    assert first.exit_code == 0, first.output
    letters = sorted(split.glob("*.pdf"))
    assert letters
    out.chmod(0o600)
    for letter in letters:
        letter.chmod(0o640)
    before = out.read_bytes()
    again = run_cli(*args, "--letter-date", "2026-02-02", "-q")
    assert again.exit_code == 0, again.output
    assert out.read_bytes() != before
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert {p.name: stat.S_IMODE(p.stat().st_mode) for p in split.glob("*.pdf")} == {
        p.name: 0o640 for p in letters
    }
