"""Data files besides the content are read by the content loader: safe YAML, every mistake at its
file:line:col, and no second YAML reader anywhere in the package."""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest

from packbuilder.content.data import read_data
from packbuilder.content.rules import Id
from packbuilder.errors import ContentError

from conftest import ROOT


@dataclass(frozen=True)
class Profile:
    """A small data shape, as a country profile might be."""

    code: Id
    names: tuple[str, ...]
    window: bool = True


def _file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "words.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def _lines(exc: pytest.ExceptionInfo[ContentError]) -> list[str]:
    return str(exc.value).splitlines()


def test_plain_data_comes_back_as_text_lists_and_mappings_in_file_order(tmp_path: Path) -> None:
    path = _file(tmp_path, "roles:\n  name: [name, full name]\n  zip: [zip, 12345]\nfiller: of\n")
    data = read_data(path)
    assert data == {
        "roles": {"name": ["name", "full name"], "zip": ["zip", "12345"]},
        "filler": "of",
    }
    assert list(data["roles"]) == ["name", "zip"]


# (file text, the one line `check` would print, {path} for the file): placed as in content.
MISTAKES = [
    (
        "roles:\n  name: [name, full name\n  zip: [zip]\n",
        "{path}:3:6: (syntax): a list in [ ] is not closed, or a value starting with [ needs "
        "quotes (YAML: expected ',' or ']', but got ':')",
    ),
    (
        "a: &x [1, 2]\nb: *x\n",
        "{path}:1:4: (syntax): anchors and aliases (& and *) are not allowed in content files",
    ),
]


@pytest.mark.parametrize("text,expected", MISTAKES, ids=["syntax", "anchor"])
def test_a_mistake_in_a_data_file_is_placed(tmp_path: Path, text: str, expected: str) -> None:
    path = _file(tmp_path, text)
    with pytest.raises(ContentError) as exc:
        read_data(path)
    assert _lines(exc) == [expected.format(path=path)]


def test_data_with_a_shape_is_read_like_content(tmp_path: Path) -> None:
    path = _file(tmp_path, "code: kr\nnames: [Korea, 한국]\n")
    assert read_data(path, Profile) == Profile("kr", ("Korea", "한국"))


def test_every_mistake_against_the_shape_is_placed_at_once(tmp_path: Path) -> None:
    path = _file(tmp_path, "code: KR\nnames: [Korea]\nwindw: false\n")
    with pytest.raises(ContentError) as exc:
        read_data(path, Profile)
    assert _lines(exc) == [
        f"{path}:1:7: code: 'KR' is not a valid id (use lower-case letters, digits and hyphens)",
        f"{path}:3:1: windw: unknown key; did you mean 'window'?",
    ]


def _imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.add(node.module.split(".")[0])
    return found


def test_yaml_is_read_by_the_loader_alone() -> None:
    readers = {
        str(p.relative_to(ROOT))
        for p in sorted((ROOT / "packbuilder").rglob("*.py"))
        if "yaml" in _imports(p)
    }
    assert readers == {"packbuilder/content/loader.py"}
