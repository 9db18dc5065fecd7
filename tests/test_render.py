"""One renderer per part type: every part type has one, and the letters and label sheets
report every problem when the renderer is called, before any page is made."""

from __future__ import annotations

import dataclasses
import typing

import pytest

from packbuilder import model as m
from packbuilder import parts
from packbuilder.assemble.document import assemble
from packbuilder.content.loader import load
from packbuilder.content.schema import validate
from packbuilder.layout.context import Context, PartBreak
from packbuilder.layout.flowables import Recorder
from packbuilder.layout.letter import LetterPage
from packbuilder.layout.parts.labels import LabelSheetPage
from packbuilder.layout.story import load_renderers, render_part
from packbuilder.layout.styles import geometry
from packbuilder.pdf.tagging import Tagger

from conftest import CONTENT


@pytest.fixture(scope="module")
def document() -> m.Document:
    return assemble(validate(load(CONTENT)), copies=3)


def _context(document: m.Document) -> Context:
    load_renderers()  # as layout does before it runs them
    return Context(document, geometry(document.meta.paper), Recorder(), Tagger())


def _part(document: m.Document, kind: type[typing.Any]) -> typing.Any:
    return next(p for p in document.parts if isinstance(p, kind))


def test_every_part_type_is_registered_and_has_a_renderer() -> None:
    load_renderers()
    models = {parts.load(p.model) for p in parts.PARTS}
    assert set(typing.get_args(m.Part)) | {m.Cover} == models
    assert models <= set(render_part.registry)


def test_letters_are_checked_when_the_renderer_runs_and_made_one_at_a_time(
    document: m.Document,
) -> None:
    part: m.Letters = _part(document, m.Letters)
    assert len(part.letters) == 15  # 5 open posts, 3 copies each
    first, second = part.letters[:2]
    signer = m.Signer(
        "Wolfeschlegelsteinhausenbergerdorff " * 6, ("1 Main St",), None, first.origin
    )
    ten_lines = tuple(f"Line {n} of a recipient block far too tall" for n in range(10))
    letters = (
        dataclasses.replace(first, signer=signer),
        dataclasses.replace(second, recipient=ten_lines),
        *part.letters[2:],
    )
    ctx = _context(document)
    section = ctx.section(part.title)
    pages = render_part(dataclasses.replace(part, letters=letters), ctx, "addressees")

    # Both problems are known before a single page exists: the build stops before drawing.
    messages = [p.message for p in ctx.problems]
    assert len(messages) == 2, messages
    assert messages[0].startswith("the address needs 10 lines"), messages
    assert "too long for the name line" in messages[1], messages
    assert not isinstance(pages, list | tuple)
    assert section.kids == []  # no letter made yet
    # Each fitting recipient block is measured once, not once per copy: the 5 posts' own
    # (the second post's other copies keep theirs), not 14.
    assert len(ctx.window_fits) == 5

    flowables = list(pages)
    letter_pages = [f for f in flowables if isinstance(f, LetterPage)]
    assert len(letter_pages) == 15
    assert sum(isinstance(f, PartBreak) for f in flowables) == 15
    letter_sections = [k for k in section.kids if getattr(k, "role", "") == "Sect"]
    assert [k.title for k in letter_sections] == [letter.bookmark for letter in letters]  # type: ignore[union-attr]


def test_label_sheets_are_checked_when_the_renderer_runs(document: m.Document) -> None:
    part: m.LabelSheets = _part(document, m.LabelSheets)
    label = part.labels[0]
    tall = dataclasses.replace(label, lines=tuple(f"Line {n}" for n in range(12)))
    ctx = _context(document)
    ctx.section(part.title)
    sheets = render_part(dataclasses.replace(part, labels=(tall, *part.labels[1:])), ctx, "kit")
    assert len(ctx.problems) == 1, ctx.problems
    assert not isinstance(sheets, list | tuple)
    assert sum(isinstance(f, LabelSheetPage) for f in sheets) == 1
