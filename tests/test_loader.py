"""The YAML loader: libyaml's fast reading gives the same tree, values and places as PyYAML's."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from packbuilder.content import loader

from conftest import CONTENT, ROOT

BLANK = ROOT / "packbuilder" / "campaigns" / "blank"
FILES = sorted([*CONTENT.glob("*.yaml"), *BLANK.glob("*.yaml")])


def _flat(node: loader.Node | None) -> Iterator[tuple[object, ...]]:
    """Every node as (kind, text, tag, quoted, line, col, raw): what the loader hands on."""
    if node is None:
        return
    m = node.mark
    if isinstance(node, loader.Scalar):
        yield ("scalar", node.text, node.tag, node.quoted, m.line, m.col, m.raw)
    elif isinstance(node, loader.Sequence):
        yield ("list", m.line, m.col)
        for item in node.items:
            yield from _flat(item)
    else:
        yield ("map", m.line, m.col)
        for key, value in node.items:
            yield from _flat(key)
            yield from _flat(value)


def _both(path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[list[object], list[object]]:
    fast_node, fast_problems = loader.load_file(path)
    with monkeypatch.context() as patch:
        patch.delattr(yaml, "CSafeLoader")  # as on a machine whose PyYAML lacks libyaml
        slow_node, slow_problems = loader.load_file(path)
    return [list(_flat(fast_node)), fast_problems], [list(_flat(slow_node)), slow_problems]


@pytest.mark.skipif(not hasattr(yaml, "CSafeLoader"), reason="PyYAML built without libyaml")
@pytest.mark.parametrize("ends", ["\n", "\r\n"], ids=["lf", "crlf"])
def test_libyaml_and_pyyaml_read_every_shipped_file_alike(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, ends: str
) -> None:
    assert len(FILES) >= 14
    for source in FILES:
        path = tmp_path / source.name
        path.write_bytes(source.read_text(encoding="utf-8").replace("\n", ends).encode())
        fast, slow = _both(path, monkeypatch)
        assert fast == slow, source
        assert fast[0], source  # a tree was read, not two empty results


@pytest.mark.parametrize(
    "text",
    [
        "title: a\tb\n",  # PyYAML refuses this tab; libyaml would accept it
        "intro: >#\n  text\n",  # PyYAML wants a space before the comment
        "title\ufeff: x\nsubtitle: z\n",  # a byte order mark inside a line
        "? title",  # no line break at the end: the empty value's place differs
        "title: !\n",  # a bare tag
    ],
)
def test_text_libyaml_reads_differently_gets_pyyaml_messages_and_places(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    path = tmp_path / "campaign.yaml"
    path.write_text(text, encoding="utf-8")
    fast, slow = _both(path, monkeypatch)
    assert fast == slow


def test_an_unclosed_quote_is_reported_at_the_quote(tmp_path: Path) -> None:
    path = tmp_path / "campaign.yaml"
    path.write_text('title: Stop\nsubtitle: "A pack for\n  churches\ndate: 2026-11-28\n')
    _, problems = loader.load_file(path)
    assert [(p.line, p.col, p.field) for p in problems] == [(2, 11, "(syntax)")]
    assert problems[0].message.startswith("a quoted text starting here is never closed")


def test_a_quote_closed_by_the_next_quote_is_reported_where_it_opens(tmp_path: Path) -> None:
    # The closing quote of line 2 is missing: YAML reads on to the opening quote of line 4 and
    # only fails after it, on line 4.
    path = tmp_path / "contacts.yaml"
    text = "fax:\n  number: '+1 202 495 2138\n  note: x\n  zip: '20008'\n"
    path.write_text(text, encoding="utf-8")
    _, problems = loader.load_file(path)
    assert [(p.line, p.col) for p in problems] == [(2, 11)]
    assert "never closed; it ran on to the quote on line 4" in problems[0].message


def test_a_quoted_text_over_several_lines_is_no_mistake(tmp_path: Path) -> None:
    path = tmp_path / "campaign.yaml"
    path.write_text('subtitle: "A pack for\n  churches"\ndate: 2026-11-28\n', encoding="utf-8")
    node, problems = loader.load_file(path)
    assert problems == []
    assert isinstance(node, loader.Mapping)
    assert node.items[0][1] == loader.Scalar("A pack for churches", "tag:yaml.org,2002:str",
                                             True, loader.Mark(str(path), 1, 11))  # fmt: skip
