"""Each stage through its own entry function: load, validate, assemble, layout, finish."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader

from packbuilder import model as m
from packbuilder.assemble import assemble
from packbuilder.errors import ContentError
from packbuilder.finish import finish
from packbuilder.layout import layout
from packbuilder.loader import Mapping, Scalar, load
from packbuilder.schema import Content, PartialDate, validate

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
    from packbuilder.loader import load_file

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
    document = assemble(content, kit=m.KitChoice(fax_unverified=True))
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


def test_layout_returns_pdf_bytes_and_outline_marks(content: Content) -> None:
    body = layout(assemble(content))
    assert body.pdf.startswith(b"%PDF")
    reader = PdfReader(io.BytesIO(body.pdf))
    assert len(reader.pages) == body.page_count
    letters = [mark for mark in body.marks if mark.title.startswith("Letter to ")]
    assert len(letters) == 5 and len({mark.page for mark in letters}) == 5
    assert body.marks[0].title == "Cover" and body.marks[0].page == 0


def test_finish_adds_outline_metadata_and_language(content: Content) -> None:
    document = assemble(content)
    body = layout(document)
    pdf = finish(body, document.meta, document.setup, dt.datetime(2026, 11, 28, tzinfo=dt.UTC))
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == body.final_page_count > body.page_count  # duplex blanks
    assert len(reader.outline) >= 6
    assert reader.metadata is not None and reader.metadata.title == document.meta.title
    assert reader.trailer["/Root"]["/Lang"] == "en"


def test_finish_reads_a_page_list_longer_than_pypdfs_default_limit() -> None:
    """ReportLab lists every page of the pack in one array: at 100,000 letters that array is
    longer than pypdf lets a PDF from outside have, and the build failed in finish."""
    from pypdf import PdfWriter
    from pypdf.errors import LimitReachedError
    from pypdf.generic import ArrayObject, NameObject, NumberObject

    from packbuilder.finish import _own_pdf

    writer = PdfWriter()
    writer.add_blank_page(10, 10)
    long = ArrayObject(NumberObject(0) for _ in range(100_001))
    writer.root_object[NameObject("/PackbuilderTest")] = writer._add_object(long)
    buffer = io.BytesIO()
    writer.write(buffer)

    def read() -> int:
        catalog = PdfReader(io.BytesIO(buffer.getvalue())).trailer["/Root"]
        return len(catalog["/PackbuilderTest"].get_object())

    with _own_pdf():
        assert read() == 100_001
    with pytest.raises(LimitReachedError):  # outside finish pypdf's guard stays as it was
        read()
