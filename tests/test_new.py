"""`packbuilder new`: campaign folders that check and build, shipped as package data."""

from __future__ import annotations

import dataclasses
import datetime as dt
import fnmatch
import re
import tomllib
import typing
from pathlib import Path

import pytest
from pypdf import PdfReader

from packbuilder.content.loader import translation_language
from packbuilder.content.rules import PartialDate
from packbuilder.content.schema import FILE_TYPES

from conftest import CONTENT, ROOT, run_cli
from pdfcheck import page_texts


@pytest.fixture(scope="module")
def blank_pack(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A blank campaign made by `new` and built once: (folder, pdf)."""
    base = tmp_path_factory.mktemp("blank")
    made = run_cli("new", str(base / "mine"), "--from", "blank")
    assert made.exit_code == 0, made.output
    fill_in(base / "mine")
    built = run_cli("build", str(base / "mine"))
    assert built.exit_code == 0, built.output
    # Written beside the campaign folder, named after the campaign; nothing inside it.
    # Named after the folder (not the template's slug), so it replaces no other pack.
    out = base / "mine.pdf"
    assert out.is_file()
    assert not list((base / "mine").glob("*.pdf"))
    return base / "mine", out


#: What an organiser writes over the blank campaign's examples (real-looking, made up here).
FILLED_IN = {
    "EXAMPLE Embassy (replace with a real post)": "Embassy of Ruritania",
    "EXAMPLE Consulate (replace with a real post)": "Consulate of Ruritania",
    "1 Example Street": "12 Harbour Road",
    "2 Example Avenue": "4 Mill Lane",
    "Example City": "Portsmouth",
    "Example Town": "Leeds",
    '"00000"': '"PO1 2AB"',
    "EXAMPLE: ": "",
    "EXAMPLE ": "Our ",
    "EXAMPLE": "Our",
}


def fill_in(folder: Path) -> None:
    """Replace the blank campaign's example text as an organiser would."""
    for path in folder.glob("*.yaml"):
        text = path.read_text("utf-8")
        for old, new in FILLED_IN.items():
            text = text.replace(old, new)
        path.write_text(text, "utf-8")


def test_the_blank_campaign_as_made_builds_but_names_every_example_left_in_it(
    tmp_path: Path,
) -> None:
    # Issue 10: `new y --from blank && build y` gives a pack to look at. Every example text
    # left in it is named at its place on every check and build, and --strict refuses it, so
    # nobody posts a letter to "1 Example Street" without having been told.
    assert run_cli("new", str(tmp_path / "x"), "--from", "blank").exit_code == 0
    contacts = tmp_path / "x" / "contacts.yaml"
    lines = contacts.read_text("utf-8").splitlines()
    line = next(n for n, t in enumerate(lines, 1) if "1 Example Street" in t)
    for command in ("build", "check"):
        result = run_cli(command, str(tmp_path / "x"))
        assert result.exit_code == 0, result.output
        assert f"{contacts}:{line}:" in result.output, result.output
        assert "warning: 'Example Street' is example text" in result.output
        assert "the real post's name and address" in result.output
        for fake in ("Example City", "00000", "EXAMPLE"):
            assert f"'{fake}' is example text" in result.output, fake
    assert (tmp_path / "x.pdf").exists()
    strict = run_cli("build", str(tmp_path / "x"), "--strict", "-o", str(tmp_path / "s.pdf"))
    assert strict.exit_code == 1, strict.output
    assert "'Example Street' is example text" in strict.output
    assert not (tmp_path / "s.pdf").exists()
    # A draft can be looked at, even under --strict.
    looked = run_cli("preview", str(tmp_path / "x"))
    assert looked.exit_code == 0, looked.output


def test_new_copies_the_default_campaign_and_it_checks(tmp_path: Path) -> None:
    result = run_cli("new", str(tmp_path / "x"))
    assert result.exit_code == 0, result.output
    sources = sorted(CONTENT.glob("*.yaml"))
    assert len(sources) >= 7
    for source in sources:
        copy = (tmp_path / "x" / source.name).read_text(encoding="utf-8").splitlines()
        original = source.read_text(encoding="utf-8").splitlines()
        # Only the slug changes: named after the folder, the copy's PDF and preview folder
        # (beside the campaign folder) never replace those of content/.
        slug = [n for n, line in enumerate(original) if line.startswith("slug:")]
        if source.name == "campaign.yaml":
            assert [copy[n] for n in slug] == ["slug: x"]
        assert [c for n, c in enumerate(copy) if n and n not in slug] == [
            o for n, o in enumerate(original) if n and n not in slug
        ], source.name
        # The first line names the schema copied beside the files, for editors.
        schema = copy[0].removeprefix("# yaml-language-server: $schema=")
        # Every translation of the letter (letter.ko.yaml ...) shares one schema.
        stem = "translation" if translation_language(source.name) else source.stem
        if stem == "translation" and not source.name.startswith("letter."):
            stem = source.name.split(".")[0] + ".translation"
        assert schema == f".schemas/{stem}.schema.json"
        assert (tmp_path / "x" / schema).is_file()
    checked = run_cli("check", str(tmp_path / "x"))
    assert checked.exit_code == 0, checked.output
    assert f"packbuilder build {tmp_path / 'x'}" in result.output


def test_the_blank_campaign_builds_a_small_pack_that_says_nothing_us_specific(
    blank_pack: tuple[Path, Path],
) -> None:
    folder, pdf = blank_pack
    campaign = (folder / "campaign.yaml").read_text(encoding="utf-8")
    assert f"date: {dt.date.today().isoformat()}" in campaign
    assert "paper: a4" in campaign
    text = "\n".join(page_texts(pdf))
    for us in ("#10", "ZIP", "United States", "first-class", "domestic", "5160", "US ", "USPS"):
        assert us not in text, us
    # The two posts, filled in, each get a letter.
    assert text.count("Embassy of Ruritania") >= 1
    assert "Example" not in text and "EXAMPLE" not in text
    reader = PdfReader(str(pdf))
    width, height = (float(v) for v in reader.pages[0].mediabox[2:])
    assert (round(width), round(height)) == (595, 842)  # A4


def _schema_keys(cls: type) -> set[str]:
    """Every key a content file of type `cls` may hold, at any depth."""
    hints = typing.get_type_hints(cls, include_extras=True)
    found = set()
    for f in dataclasses.fields(cls):
        found.add(f.name)
        inner = [hints[f.name]]
        while inner:
            tp = inner.pop()
            if isinstance(tp, type) and dataclasses.is_dataclass(tp) and tp is not PartialDate:
                found |= _schema_keys(tp)
            inner += typing.get_args(tp)
    return found


#: A key at the start of a line, written or commented out, maybe as a list item.
_KEY = re.compile(r"^[ \t]*(#[ \t]*)?(?:- )?([a-z_][a-z0-9_]*):(?: |$)", re.MULTILINE)


def test_every_key_of_the_blank_campaign_is_explained(blank_pack: tuple[Path, Path]) -> None:
    """Each key of the schema is in the blank campaign, written or commented out with what it
    does, and no comment offers a key the schema no longer has."""
    folder, _ = blank_pack
    letter = (folder / "letter.yaml").read_text(encoding="utf-8")
    assert "optional: true" in letter
    assert len(FILE_TYPES) >= 7
    for name, cls in FILE_TYPES.items():
        text = (folder / name).read_text(encoding="utf-8")
        keys = _schema_keys(cls)
        written = {m[2] for m in _KEY.finditer(text)}
        assert not keys - written, (name, sorted(keys - written))
        assert not written - keys, (name, sorted(written - keys))
        lines = text.splitlines()
        comments = sum(1 for line in lines if line.lstrip().startswith("#") or " # " in line)
        assert comments >= 8, name


def test_new_refuses_a_folder_with_files_and_fills_an_empty_one(tmp_path: Path) -> None:
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "notes.txt").write_text("keep me")
    refused = run_cli("new", str(mine), "--from", "blank")
    assert refused.exit_code == 1
    assert "not empty" in refused.output
    assert sorted(p.name for p in mine.iterdir()) == ["notes.txt"]
    empty = tmp_path / "empty"
    empty.mkdir()
    assert run_cli("new", str(empty), "--from", "blank").exit_code == 0
    assert (empty / "letter.yaml").is_file()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")], "staging left behind"


def test_paper_and_language_are_set_and_comments_kept(tmp_path: Path) -> None:
    result = run_cli("new", str(tmp_path / "x"), "--from", "blank", "--paper", "letter",
                     "--language", "fr")  # fmt: skip
    assert result.exit_code == 0, result.output
    text = (tmp_path / "x" / "campaign.yaml").read_text(encoding="utf-8")
    assert "\npaper: letter\n" in text and "\nlanguage: fr\n" in text
    assert "# Paper: a4 (A4 paper" in text
    bad = run_cli("new", str(tmp_path / "y"), "--language", "en_GB")
    assert bad.exit_code == 2 and "not a language tag" in bad.output
    assert not (tmp_path / "y").exists()


def test_every_file_of_both_campaigns_ships_in_the_package() -> None:
    """A plain `pip install` carries content/ as packbuilder/campaigns/default and the blank
    campaign: every file there must match the package-data patterns."""
    setuptools = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    folders = {
        "packbuilder.campaigns.default": CONTENT,
        "packbuilder.campaigns.blank": ROOT / "packbuilder" / "campaigns" / "blank",
    }
    for package, folder in folders.items():
        assert package in setuptools["packages"]
        patterns = setuptools["package-data"][package]
        files = list(folder.iterdir())
        assert files, folder
        for file in files:
            assert any(fnmatch.fnmatch(file.name, p) for p in patterns), file
    assert setuptools["package-dir"]["packbuilder.campaigns.default"] == "content"


def test_every_module_and_data_file_of_the_package_ships() -> None:
    """A plain `pip install .` (the README's) installs only the packages pyproject lists and the
    data files its patterns match: a sub-package or data file left out works from the source
    tree and breaks every installed build."""
    setuptools = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    listed = set(setuptools["packages"])
    source = ROOT / "packbuilder"
    packages = {".".join(p.parent.relative_to(ROOT).parts) for p in source.rglob("__init__.py")}
    assert len(packages) > 5
    assert packages <= listed, packages - listed
    data = [
        p
        for p in source.rglob("*")
        if p.is_file() and p.suffix not in {".py", ".pyc"} and "__pycache__" not in p.parts
    ]
    assert data
    for file in data:
        # The nearest listed package above the file carries it, by one of its patterns.
        folder = file.parent
        while ".".join(folder.relative_to(ROOT).parts) not in listed:
            folder = folder.parent
        package = ".".join(folder.relative_to(ROOT).parts)
        patterns = setuptools["package-data"].get(package, [])
        name = file.relative_to(folder).as_posix()
        assert any(fnmatch.fnmatch(name, p) for p in patterns), (package, name)


@pytest.mark.parametrize("starter", ["default", "blank"])
def test_the_next_step_message_is_true_of_the_files(tmp_path: Path, starter: str) -> None:
    result = run_cli("new", str(tmp_path / "x"), "--from", starter)
    assert result.exit_code == 0, result.output
    files = "".join(p.read_text("utf-8") for p in (tmp_path / "x").glob("*.yaml"))
    # Promise "marked EXAMPLE" only where the files carry the marker.
    assert ("EXAMPLE" in result.output) == ("EXAMPLE" in files)
    assert ("EXAMPLE" in result.output) == (starter == "blank")


@pytest.mark.parametrize(
    ("name", "slug"),
    [("x", "x"), ("My Campaign 2027", "my-campaign-2027"), ("우리 캠페인", "my-campaign")],
)
def test_a_new_campaign_is_named_after_its_folder(tmp_path: Path, name: str, slug: str) -> None:
    from packbuilder.content.starter import folder_slug

    assert folder_slug(tmp_path / name) == slug


def test_the_blank_campaign_says_letters_are_undated_unless_asked() -> None:
    text = (ROOT / "packbuilder" / "campaigns" / "blank" / "campaign.yaml").read_text("utf-8")
    assert "printed on the cover and every letter" not in text
    assert "--letter-date" in text
