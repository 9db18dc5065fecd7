"""Inputs as an attacker writes them: a device, a pipe or a link out of the campaign folder is
refused at once with a located error, never read until memory runs out or waited on."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from packbuilder.content import loader
from packbuilder.errors import INVISIBLE
from packbuilder.language.ties import tie_last_words

from conftest import CONTENT, FUZZ_FACTOR, ContentTree, run_cli


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


# --- every step linear or capped -------------------------------------------------------------

FIRST = "        The 1951 Convention relating"


def _briefing(content_tree: ContentTree, before: str) -> Path:
    """The default content with `before` put at the start of the briefing's first paragraph."""
    return content_tree(**{"briefing.yaml": [(FIRST, "        " + before + FIRST.lstrip())]})


def _errors(folder: Path) -> list[str]:
    result = run_cli("check", str(folder))
    assert result.exit_code == 1, result.output
    return [line for line in result.output.splitlines() if ": warning:" not in line]


def test_a_huge_word_is_a_located_error_before_layout(content_tree: ContentTree) -> None:
    """A 100,000-character word took a minute to check (the last two words were tied by a
    pattern tried at every start); it is refused where it is written."""
    folder = _briefing(content_tree, "w" * 100_000 + " ")
    errors = _errors(folder)
    assert any(
        re.match(
            r".*briefing\.yaml:10:9: sections\[1\]\.paragraphs\[1\]: a word of more than 1,000", e
        )
        for e in errors
    ), errors


def test_a_paragraph_over_20000_characters_is_a_located_error(content_tree: ContentTree) -> None:
    folder = _briefing(content_tree, "word " * 5_000)
    errors = _errors(folder)
    assert any(
        re.match(r".*briefing\.yaml:9:9: sections\[1\]\.paragraphs\[1\]: 25,\d{3} characters in", e)
        for e in errors
    ), errors


def test_content_over_200000_characters_is_a_located_error(content_tree: ContentTree) -> None:
    """Many paragraphs, each within bounds, that add up to far more than a pack prints."""
    paragraph = "word " * 3_000
    more = "".join(f"      - >-\n        {paragraph}\n" for _ in range(60))
    folder = content_tree(**{"briefing.yaml": [("    paragraphs:\n", "    paragraphs:\n" + more)]})
    errors = _errors(folder)
    assert any("the content passes 200,000 characters here" in e for e in errors), errors
    assert not any("characters in one text" in e for e in errors), errors


def test_chinese_prose_without_spaces_is_no_huge_word(content_tree: ContentTree) -> None:
    folder = _briefing(content_tree, "难民" * 2_000 + " ")
    result = run_cli("check", str(folder))
    assert "a word of more than" not in result.output


@given(text=st.text(alphabet=" ab\t\n\u00a0:/xyz", max_size=14))
def test_last_words_are_tied_as_the_pattern_said(text: str) -> None:
    """The tie is found by reading back from the end; it agrees with the pattern it replaces
    (two runs of non-space characters, ASCII spaces between, white space after)."""
    found = re.search(r"(\S+)[ ]+(\S+)\s*$", text)
    if not found or len(found[1]) + len(found[2]) > 30 or "://" in found[0]:
        expected = text
    else:
        expected = f"{text[: found.start()]}{found[1]}\u00a0{found[2]}"
    assert tie_last_words(text) == expected
    long = "x" * 31
    assert tie_last_words(f"a {long}") == f"a {long}"


# --- YAML structure --------------------------------------------------------------------------


def test_deep_brackets_are_refused_by_the_loader_with_their_place(
    content_tree: ContentTree,
) -> None:
    """200 KB of '[' took PyYAML minutes and overflowed its stack (an internal error)."""
    folder = content_tree()
    (folder / "guide.yaml").write_text("steps: " + "[" * 100_000 + "]" * 100_000 + "\n")
    errors = _errors(folder)
    assert any(
        e.endswith(
            "guide.yaml:1:27: (syntax): lists and mappings nested more than 20 levels"
            " deep; content needs a few (check the indentation and the [ and { brackets)"
        )
        for e in errors
    ), errors


def _nested(depth: int, kinds: list[str]) -> str:
    """A YAML value `depth` levels deep, each level a block or flow list or mapping."""
    text = "x"
    for level in range(depth):
        kind = kinds[level % len(kinds)]
        if kind == "flow-list":
            text = f"[{text}]"
        elif kind == "flow-map":
            text = f"{{k: {text}}}"
        else:
            text = f"{{k{level}: {text}}}" if "\n" not in text else text
    return text


@settings(max_examples=25 * FUZZ_FACTOR, deadline=None)
@given(
    depth=st.integers(min_value=0, max_value=400),
    kinds=st.lists(st.sampled_from(["flow-list", "flow-map", "block"]), min_size=1, max_size=4),
    block=st.booleans(),
)
def test_any_nesting_gets_an_answer_never_a_traceback(
    depth: int, kinds: list[str], block: bool
) -> None:
    """Whatever the nesting, the loader answers with located problems: past 20 levels the
    nesting itself, named where it goes too deep."""
    if block:  # indentation only: one more space each level
        text = "".join(f"{' ' * i}- \n" for i in range(depth)) + " " * depth + "- x\n"
        levels = depth + 1
    else:
        text = "intro: " + _nested(depth, kinds) + "\n"
        levels = depth + 1
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "guide.yaml"
        path.write_text(text, "utf-8")
        node, problems = loader.load_file(path)
    deep = [p for p in problems if "nested more than 20 levels" in p.message]
    assert bool(deep) == (levels > loader.MAX_DEPTH), (levels, problems)
    if deep:
        assert node is None and deep[0].line >= 1 and deep[0].col >= 1


# --- characters that act instead of printing --------------------------------------------------

TITLE = "    title: The rule against sending refugees back"


@pytest.mark.parametrize(
    ("escape", "shown_as"),
    [
        ("\\e[2J\\e]0;pwned\\a", "\\x1b"),
        ("\\x07", "\\x07"),
        ("\\0", "\\x00"),
        ("\\x7f", "\\x7f"),
        ("\\x9b31m", "\\x9b"),
        ("\\u202e", "\\u202e"),
        ("\\u2066", "\\u2066"),
    ],
)
def test_control_and_override_characters_are_located_errors_shown_escaped(
    content_tree: ContentTree, escape: str, shown_as: str
) -> None:
    folder = content_tree(
        **{"briefing.yaml": [(TITLE, f'    title: "The rule{escape} against sending back"')]}
    )
    result = run_cli("check", str(folder))
    assert result.exit_code == 1
    assert INVISIBLE.search(result.output) is None, "a raw control character reached the terminal"
    errors = [line for line in result.output.splitlines() if "sections[1].title:" in line]
    assert errors and re.search(r"briefing\.yaml:7:\d+: sections\[1\]\.title: the ", errors[0])
    assert shown_as in errors[0] and "delete it" in errors[0]


@settings(max_examples=10 * FUZZ_FACTOR, deadline=None)
@given(text=st.text(alphabet=st.sampled_from("ab é\x1b\x00\x07\x7f\x85\x9b\u202e\u2066\u200f")))
def test_any_title_is_printed_or_refused_never_echoed_raw(text: str) -> None:
    """Whatever characters a title holds (written as JSON escapes, which YAML reads), check
    answers on lines of its own with nothing raw that a terminal would act on."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "content"
        shutil.copytree(CONTENT, folder)
        path = folder / "briefing.yaml"
        before = path.read_text("utf-8")
        path.write_text(before.replace(TITLE, f"    title: {json.dumps('T' + text)}", 1))
        result = run_cli("check", str(folder))
    assert INVISIBLE.search(result.output) is None
    acting = re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", text)
    assert result.exit_code == (1 if acting else 0), result.output


def test_a_signer_name_with_an_override_is_located_and_shown_escaped(
    content_tree: ContentTree, tmp_path: Path
) -> None:
    signers = tmp_path / "signers.csv"
    signers.write_text(
        "Name,Street address,City,State,ZIP\r\n"
        "Ann \u202eoD\u202c,1 Main St,Springfield,MA,01103\r\n"
        "Bo \x1b[31mRed,2 Main St,Springfield,MA,01103\r\n",
        encoding="utf-8",
    )
    result = run_cli("check", str(content_tree()), "--signers", str(signers))
    assert INVISIBLE.search(result.output) is None
    assert re.search(r"signers\.csv:2:\d+: .*U\+202E", result.output), result.output
    assert re.search(r"signers\.csv:3:\d+: .*U\+001B", result.output), result.output


@given(title=st.text(), author=st.text(), keywords=st.lists(st.text(), max_size=3))
def test_the_xmp_packet_always_parses(title: str, author: str, keywords: list[str]) -> None:
    """Whatever reaches the metadata, the XMP packet is well-formed XML with the same words,
    less what XML cannot hold at all."""
    import datetime as dt
    import xml.etree.ElementTree as ET

    from packbuilder import model as m
    from packbuilder.pdf.finish import _xmp

    meta = m.Meta(title, author, "s", tuple(keywords), "en", "letter")
    packet = _xmp(meta, dt.datetime(2026, 1, 1, tzinfo=dt.UTC)).decode("utf-8")
    root = ET.fromstring(packet[packet.index("<x:xmpmeta") : packet.index("<?xpacket end")])
    found = root.find(".//{http://purl.org/dc/elements/1.1/}title//{*}li")
    assert found is not None
    kept = re.sub("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]", "", title)
    assert (found.text or "") == kept.replace("\r\n", "\n").replace("\r", "\n")


def test_a_byte_that_is_not_utf8_is_placed_at_its_character(content_tree: ContentTree) -> None:
    """The column counts characters, as an editor does: 'Ü' before the byte is one column."""
    folder = content_tree()
    (folder / "guide.yaml").write_bytes(
        "title: Ünï \xe9t\xe9\n".encode().replace("\xe9".encode(), b"\xe9")
    )
    errors = _errors(folder)
    assert any("guide.yaml:1:12: (file): not UTF-8 text" in e for e in errors), errors


def test_a_huge_value_gets_a_message_of_bounded_length(content_tree: ContentTree) -> None:
    folder = content_tree(**{"campaign.yaml": [("paper: letter\n", f"paper: {'a' * 200_000}\n")]})
    result = run_cli("check", str(folder))
    assert result.exit_code == 1
    assert any("paper" in line for line in result.output.splitlines())
    assert max(len(line) for line in result.output.splitlines()) <= 1_000


# --- every mistake in one run -----------------------------------------------------------------


def test_three_mistakes_in_three_places_take_one_check(
    content_tree: ContentTree, tmp_path: Path
) -> None:
    """A key typo in campaign.yaml, an unknown source in briefing.yaml and bad postcodes in
    the signer list took three runs of check: one names them all."""
    folder = content_tree(
        **{
            "campaign.yaml": [("\norganiser:", "\norganizer:")],
            "briefing.yaml": [("[^refugee-convention-1951]", "[^refugee-convention-1915]")],
        }
    )
    signers = tmp_path / "signers.csv"
    signers.write_text(
        "Name,Street address,City,State,ZIP\r\n"
        "Ann Lee,1 Main St,Springfield,MA,ABCDE\r\n"
        "Bo Kim,2 Main St,Springfield,MA,01103\r\n",
        encoding="utf-8",
    )
    result = run_cli("check", str(folder), "--signers", str(signers))
    assert result.exit_code == 1
    out = result.output
    assert re.search(r"campaign\.yaml:\d+:1: organizer: unknown key; did you mean 'organiser'", out)
    assert re.search(
        r"briefing\.yaml:\d+:\d+: .*unknown source '\[\^refugee-convention-1915\]'", out
    )
    assert re.search(r"signers\.csv:2:5: row 2 \(Ann Lee\): .*'ABCDE' is not a postal code", out)


def test_the_list_campaign_yaml_names_is_checked_when_another_file_is_wrong(
    content_tree: ContentTree,
) -> None:
    folder = content_tree(
        **{
            "campaign.yaml": [("paper: letter\n", "paper: letter\nsigners: people.csv\n")],
            "briefing.yaml": [("[^refugee-convention-1951]", "[^no-such-source]")],
        }
    )
    (folder / "people.csv").write_text(
        "Name,Street address,City,State,ZIP\r\nAnn \x1b[2JLee,1 Main St,Springfield,MA,01103\r\n",
        encoding="utf-8",
    )
    result = run_cli("check", str(folder), "--strict")
    assert result.exit_code == 1
    assert "unknown source '[^no-such-source]'" in result.output
    assert re.search(r"people\.csv:2:1: .*control character", result.output), result.output


@pytest.mark.parametrize("content_mistake", [False, True])
def test_strict_keeps_the_signer_lists_findings_as_errors(
    content_tree: ContentTree, tmp_path: Path, content_mistake: bool
) -> None:
    """--strict makes the signer list's warnings errors, never drops them: with the content
    clean, and beside a mistake in the content."""
    edits = [("[^refugee-convention-1951]", "[^no-such-source]")] if content_mistake else []
    folder = content_tree(**{"briefing.yaml": edits})
    signers = tmp_path / "signers.csv"
    signers.write_text(
        "Name,Street address,City,State,ZIP\r\n"
        "Ann Lee,1 Main St,Springfield,MA,ABCDE\r\n"
        ",2 Main St,Springfield,MA,01103\r\n"
        "Bo Kim,3 Main St,Springfield,MA,01103\r\n",
        encoding="utf-8",
    )
    result = run_cli("check", str(folder), "--signers", str(signers), "--strict")
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert f"{signers}:2:5: row 2 (Ann Lee): 'ABCDE' is not a postal code of United States " in (
        "\n".join(lines)
    )
    no_name = f"{signers}:3:1: row 3: row has no name, so no letter is printed for it"
    assert no_name in lines  # no "(--strict makes this an error)": it is one already
    assert not [line for line in lines if line.startswith(str(signers)) and "warning:" in line]
    assert ("unknown source '[^no-such-source]'" in result.output) == content_mistake


def test_a_header_of_a_million_columns_gets_one_capped_message(
    content_tree: ContentTree, tmp_path: Path
) -> None:
    """Each header cell is weighed as a column name: a million took 40 s and printed them."""
    signers = tmp_path / "wide.csv"
    more = ",".join(f"Extra {n}" for n in range(1_000_000))
    signers.write_text(
        f"Name,Street address,City,State,ZIP,{more}\r\nAnn Lee,1 Main St,Springfield,MA,01103\r\n",
        encoding="utf-8",
    )
    result = run_cli("check", str(content_tree()), "--signers", str(signers))
    assert result.exit_code == 1
    assert f"{signers}:1:1001: (header): 1,000,005 columns;" in result.output
    assert max(len(line) for line in result.output.splitlines()) <= 1_000
