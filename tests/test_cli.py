"""The command line as an organiser meets it: help, default paths, messages, exit codes."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from click.testing import Result
from pypdf import PdfReader

from conftest import CONTENT, ContentTree, run_cli


def test_help_reads_like_a_manual() -> None:
    result = run_cli("--help")
    assert result.exit_code == 0
    for words in ("campaign.yaml", "packbuilder build", "packbuilder check", "100%", "Exit status"):
        assert words in result.output
    build_help = run_cli("build", "--help").output
    assert "--output" in build_help and "CONTENT_DIR" in build_help and "closed post" in build_help


def _option_help(command: str, option: str) -> str:
    """What `command --help` says about `option`, on one line."""
    said = run_cli(command, "--help").output
    found = re.search(rf"^  {option} \S+\s+(.*?)(?=^  -)", said, re.M | re.S)
    assert found, said
    return " ".join(found[1].split())


def test_each_command_says_what_it_does_with_the_signer_list() -> None:
    said = {c: _option_help(c, "--signers") for c in ("build", "check", "preview", "share")}
    assert len(set(said.values())) == 4, said
    assert said["build"].startswith("Mail merge: one letter per signer")
    assert (
        said["check"].startswith("Check this signer list") and "Nothing is written" in said["check"]
    )
    assert said["preview"].startswith("Show the letters signed by")
    assert said["share"].startswith("Not read:")


def test_build_defaults_to_content_and_build_slug(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copytree(CONTENT, tmp_path / "content")
    monkeypatch.chdir(tmp_path)
    result = run_cli("build")
    assert result.exit_code == 0, result.output
    out = tmp_path / "stop-forced-returns.pdf"  # beside the content folder, never in build/
    assert out.is_file()
    pages = len(PdfReader(str(out)).pages)
    last = result.output.strip().splitlines()[-1]
    match = re.fullmatch(
        r"Wrote (?P<path>\S+): (?P<pages>\d+) pages, (?P<size>[\d.]+) (?P<unit>KB|MB), "
        r"in [\d.]+ s",
        last,
    )
    assert match, last
    assert Path(match["path"]) == Path("stop-forced-returns.pdf")
    assert int(match["pages"]) == pages
    size_kb = float(match["size"]) * (1024 if match["unit"] == "MB" else 1)
    assert abs(size_kb * 1024 - out.stat().st_size) < 1024 * 1.5


def test_check_is_clean_on_the_default_content(default_check: Result) -> None:
    result = default_check
    assert result.exit_code == 0
    assert "no errors" in result.output
    assert "5 letters to print" in result.output


def test_check_warns_about_stale_addresses_and_strict_makes_it_fatal(
    default_check: Result,
) -> None:
    result = default_check
    assert "warning: Consulate General, San Francisco: last confirmed 4 July 2018" in result.output
    assert "warning: Embassy, Washington DC: no date recorded" in result.output
    # The default campaign warns about nothing but addresses and fax numbers to confirm, and
    # the group's details it leaves for the group to fill in.
    warnings = [line for line in result.output.splitlines() if ": warning: " in line]
    posts = [line for line in warnings if "contacts.yaml:" in line]
    group = [line for line in warnings if "campaign.yaml:" in line]
    assert len(posts) == 13  # five open posts: an address and a fax number each; 3 disputed
    assert len(group) == 3 and all("is a placeholder" in line for line in group)
    assert len(posts) + len(group) == len(warnings)
    for line in posts:
        where = line.split(": warning: ")[0]
        assert re.search(r"contacts\.yaml:\d+:\d+: contacts\[\d\]\.(address|fax)", where), line
        assert "confirm" in line
    strict = run_cli("check", "--strict", str(CONTENT))
    assert strict.exit_code == 1
    assert "contacts.yaml:" in strict.output


def test_bad_command_line_exits_2() -> None:
    assert run_cli("build", "--no-such-flag").exit_code == 2
    assert run_cli("frobnicate").exit_code == 2


def test_missing_content_folder_is_a_located_error(tmp_path: Path) -> None:
    result = run_cli("check", str(tmp_path / "nowhere"))
    assert result.exit_code == 1
    assert "content folder not found" in result.output
    assert "Traceback" not in result.output


def test_unwritable_output_is_an_error_not_a_traceback(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = run_cli("build", str(CONTENT), "-o", str(blocker / "pack.pdf"))
    assert result.exit_code == 1
    assert result.output.startswith("error: cannot write")


def test_check_finds_what_only_layout_shows(content_tree: ContentTree) -> None:
    long = "Thank you for considering my request. " * 30
    folder = content_tree(**{"letter.yaml": [("Thank you for considering my request.", long)]})
    result = run_cli("check", str(folder))
    assert result.exit_code == 1
    assert "letter.yaml:12:3: paragraphs: the letter is" in result.output


def test_check_reads_a_signer_list(tmp_path: Path) -> None:
    csv = tmp_path / "s.csv"
    csv.write_bytes(b"Email\r\na@b.org\r\n")
    result = run_cli("check", str(CONTENT), "--signers", str(csv))
    assert result.exit_code == 1
    assert f"{csv}:1:1: (header): no name column" in result.output


def test_a_first_build_sums_up_what_to_confirm_and_what_it_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One line for the addresses and fax numbers to confirm (the list is `check`'s), then
    pages per part and letters per post."""
    shutil.copytree(CONTENT, tmp_path / "content")
    monkeypatch.chdir(tmp_path)
    checked = run_cli("check")
    listed = [line for line in checked.output.splitlines() if "confirm it" in line]
    assert len(listed) >= 2
    built = run_cli("build")
    assert built.exit_code == 0, built.output
    assert not [line for line in built.output.splitlines() if "confirm it" in line]
    summary = [line for line in built.output.splitlines() if "need confirming" in line]
    assert len(summary) == 1
    assert summary[0].endswith("before you print: run `packbuilder check content` for the list")
    counts = re.findall(r"(\d+) (addresses|fax numbers|address|fax number)", summary[0])
    assert sum(int(n) for n, _ in counts) == len(listed)
    pages = next(line for line in built.output.splitlines() if line.startswith("Pages: "))
    total = sum(int(n) for n in re.findall(r" (\d+)(?:,|$)", pages))
    assert total == len(PdfReader(str(tmp_path / "stop-forced-returns.pdf")).pages)
    assert re.search(r"^Letters: (\d+) \(1 to each of \1 posts\)$", built.output, re.M)


def test_progress_shows_only_on_long_builds(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import time

    from packbuilder.cli.report import Progress
    from packbuilder.cli.running import rewrite_line

    # The clock stands still but where the test moves it: a slow machine changes nothing.
    now = [100.0]
    monkeypatch.setattr(time, "monotonic", lambda: now[0])
    short = Progress(100.0, rewrite_line)
    short("Laying out the pack", 5)
    now[0] = 101.0  # a second is not yet "once the build has taken a second"
    short("Laying out the pack", 5)
    short.clear()
    assert capsys.readouterr().err == ""
    long = Progress(100.0, rewrite_line)
    long("Laying out the pack", 1000)
    long.clear()
    err = capsys.readouterr().err
    assert "Laying out the pack (1000 letters)…" in err and err.endswith("\r")  # line cleared
    slow = Progress(100.0, rewrite_line)
    now[0] = 101.5
    slow("Finishing the PDF", 5)
    slow.clear()
    assert "Finishing the PDF (5 letters)…" in capsys.readouterr().err


def test_signers_encoding_help_names_every_encoding_the_reader_knows() -> None:
    # A refusal says "name it with --signers-encoding cp1251": --help lists every code page
    # the reader tries (codepages.yaml), so the organiser finds theirs (the second review).
    from packbuilder.signers import codepages

    said = set(re.findall(r"[a-z0-9_]+", _option_help("build", "--signers-encoding")))
    assert [codec for codec in codepages.CODE_PAGES if codec not in said] == []
