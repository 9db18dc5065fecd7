"""Each stage through its own entry function: load, validate, assemble, layout, finish."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from typing import Any

import pytest
from pypdf import PdfReader

from packbuilder import model as m
from packbuilder.assemble.document import assemble
from packbuilder.assemble.kit import kit_choice
from packbuilder.content.loader import Mapping, Scalar, load
from packbuilder.content.rules import PartialDate
from packbuilder.content.schema import Content, validate
from packbuilder.errors import ContentError
from packbuilder.layout.pages import layout
from packbuilder.pdf.file import PdfFile, write_pdf

from conftest import CONTENT


@pytest.fixture(scope="module")
def content() -> Content:
    return validate(load(CONTENT))


def test_load_keeps_line_and_column_marks() -> None:
    raw = load(CONTENT)
    assert not raw.problems
    campaign = raw.files["campaign.yaml"]
    assert isinstance(campaign, Mapping)
    key, value = campaign.items[0]
    assert (key.text, key.mark.line, key.mark.col) == ("title", 2, 1)  # line 1 names the schema
    assert isinstance(value, Scalar) and value.mark.col == 8


def test_load_keeps_zip_codes_as_written(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from packbuilder.content.loader import load_file

    path = tmp_path / "x.yaml"
    path.write_text("postal_code: 02134\n", encoding="utf-8")
    node, problems = load_file(path)
    assert not problems and isinstance(node, Mapping)
    assert isinstance(node.items[0][1], Scalar) and node.items[0][1].text == "02134"


def test_validate_builds_typed_content(content: Content) -> None:
    assert content.campaign.date == dt.date(2026, 11, 28)
    assert content.campaign.paper == "letter"
    assert [c.status for c in content.contacts.contacts].count("closed") == 1
    houston = next(c for c in content.contacts.contacts if not c.is_open)
    assert houston.closed is not None and houston.closed.date == PartialDate(2020, 7, 24)


def test_validate_raises_with_every_problem(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import shutil

    folder = tmp_path / "c"
    shutil.copytree(CONTENT, folder)
    (folder / "letter.yaml").write_text("salutation: 3\nbogus: 1\n", encoding="utf-8")
    with pytest.raises(ContentError) as info:
        validate(load(folder))
    fields = {p.field for p in info.value.problems if p.file.endswith("letter.yaml")}
    assert {"bogus", "recipient", "paragraphs", "closing"} <= fields


def test_partial_dates_print_what_was_written() -> None:
    assert PartialDate.parse("2012-02-15") == PartialDate(2012, 2, 15)
    assert PartialDate.parse("2012-02").human() == "February 2012"  # type: ignore[union-attr]
    assert PartialDate.parse("2023").human() == "2023"  # type: ignore[union-attr]
    assert PartialDate.parse("2023-02-30") is None
    assert PartialDate(2012, 2).latest() == dt.date(2012, 2, 29)


def test_assemble_orders_parts_and_letters_only_open_posts(content: Content) -> None:
    document = assemble(content, kit=dataclasses.replace(kit_choice(content), fax_unverified=True))
    kinds = [type(p).__name__ for p in document.parts]
    assert kinds == [
        "Briefing",
        "CaseList",
        "AddresseeTable",
        "Letters",
        "Guide",
        "ReadingCopy",
        "ReadingCopy",
        "SignInSheet",
        "TallySheet",
        "FaxCovers",
        "LabelSheets",
        "SourceList",
    ]
    letters = next(p for p in document.parts if isinstance(p, m.Letters)).letters
    assert len(letters) == 5
    assert all("Houston" not in " ".join(letter.recipient) for letter in letters)
    assert len({id(letter.body) for letter in letters}) == 1  # one shared body
    assert letters[0].recipient[1] == "c/o Embassy of the People’s Republic of China"
    assert letters[0].recipient[-1] == "Washington, DC 20008"
    # The default content's fax numbers date from 2012: by default no cover, and a notice why.
    plain = assemble(content)
    assert not any(isinstance(p, m.FaxCovers) for p in plain.parts)
    assert len(plain.notices) == 5 and all("No fax cover for" in n for n in plain.notices)


def test_assemble_numbers_sources_in_order_of_first_citation(content: Content) -> None:
    document = assemble(content)
    briefing = document.parts[0]
    assert isinstance(briefing, m.Briefing)
    numbers = [
        i.number
        for s in briefing.sections
        for p in s.paragraphs
        for i in p.inlines
        if isinstance(i, m.Cite)
    ]
    first_seen: list[int] = []
    for n in numbers:
        if n not in first_seen:
            first_seen.append(n)
    assert first_seen == list(range(1, len(first_seen) + 1))
    sources = document.parts[-1]
    assert isinstance(sources, m.SourceList)
    assert [e.number for e in sources.entries] == list(range(1, len(content.sources.sources) + 1))


def _finished(document: m.Document) -> tuple[m.RenderedBody, bytes]:
    pdf = PdfFile()
    body = layout(document, pdf)
    when = dt.datetime(2026, 11, 28, tzinfo=dt.UTC)
    written = write_pdf(pdf, body, document.meta, document.setup, when)
    assert written.pages == body.final_page_count and written.size == len(written.data)
    return body, written.data


def test_layout_writes_the_pages_and_records_where_parts_start(content: Content) -> None:
    body, pdf = _finished(assemble(content))
    assert pdf.startswith(b"%PDF-1.7")
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == body.final_page_count
    assert body.letters == 5
    assert body.marks[0].title == "Cover" and body.marks[0].page == 0
    assert {mark.kind for mark in body.marks} == {"part"}
    letters = [
        entry for entry in _flat(reader, reader.outline) if entry[0].startswith("Letter to ")
    ]
    assert len(letters) == 5 and len({page for _, page in letters}) == 5


def _flat(reader: PdfReader, items: Any) -> list[tuple[str, int]]:
    out: list[tuple[str, int]] = []
    for item in items:
        if isinstance(item, list):
            out += _flat(reader, item)
        else:
            page = reader.get_destination_page_number(item)
            out.append((str(item.title), page if page is not None else -1))
    return out


def test_finish_adds_outline_metadata_and_language(content: Content) -> None:
    document = assemble(content)
    body, pdf = _finished(document)
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == body.final_page_count > body.page_count  # duplex blanks
    assert len(reader.outline) >= 6
    assert reader.metadata is not None and reader.metadata.title == document.meta.title
    assert reader.trailer["/Root"]["/Lang"] == "en"


def test_the_page_tree_is_split_into_leaves_readers_accept(
    content: Content, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A pack of thousands of pages lists them in leaves of a page tree, not one array (a
    list of more than 100,000 pages trips readers such as pypdf): every page is reachable and
    in order."""
    from packbuilder.pdf import writer as pdfwriter

    monkeypatch.setattr(pdfwriter, "PAGES_PER_NODE", 4)
    body, pdf = _finished(assemble(content))
    reader = PdfReader(io.BytesIO(pdf))
    root = reader.trailer["/Root"]["/Pages"]
    assert body.final_page_count > 4
    assert len(root["/Kids"]) == -(-body.final_page_count // 4)
    assert all(len(leaf["/Kids"]) <= 4 for leaf in root["/Kids"])
    assert len(reader.pages) == body.final_page_count
    assert "Stop the Forced Return" in reader.pages[0].extract_text()


def test_a_problem_prints_on_one_line() -> None:
    """A quoted value that runs over lines (fuzzing found one: "found 'true\\n2014년 ...'")
    keeps every problem on a line of its own, as `file:line:col: field: message`."""
    from packbuilder.errors import Problem

    shown = str(Problem("letter.ko.yaml", 41, 15, "paragraphs[5].optional", "found 'true\nx'"))
    assert "\n" not in shown and shown.endswith("found 'true⏎x'")
