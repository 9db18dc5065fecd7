"""Memory that grows with the signer list: the model holds signers and posts, not letters.

A national day of action is tens of thousands of letters (issue 14). These tests measure
what the document model holds (tracemalloc), never time: speed is for bench/.
"""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest

from packbuilder import model as m
from packbuilder.assemble.document import assemble
from packbuilder.assemble.kit import kit_choice
from packbuilder.content.loader import load
from packbuilder.content.schema import Content, validate
from packbuilder.layout.parts.labels import label_pages
from packbuilder.layout.styles import label_stock
from packbuilder.signers.read import Reading, read_signers

from conftest import CONTENT

SIGNERS = 20_000
POSTS = 5  # the default content's open posts


@pytest.fixture(scope="module")
def content() -> Content:
    return validate(load(CONTENT))


def signer(n: int) -> m.Signer:
    address = (f"{n} Main Street", "Springfield, MA 01103")
    return m.Signer(f"Writer {n:05d}", address, None, m.Origin("s.csv", n + 2, 1, f"signers[{n}]"))


def test_a_big_signer_list_holds_no_letter_label_or_envelope(content: Content) -> None:
    signers = tuple(signer(n) for n in range(SIGNERS))
    kit = kit_choice(content, envelopes=True)
    # Data read once per process (CLDR's country names, address formats, the tool's words)
    # is not memory that grows with the list: a ten-signer pack reads it before measuring.
    assemble(content, signers=signers[:10], kit=kit)
    tracemalloc.start()
    try:
        start = tracemalloc.get_traced_memory()[0]
        document = assemble(content, signers=signers, kit=kit)
        held = tracemalloc.get_traced_memory()[0] - start
        letters = next(p for p in document.parts if isinstance(p, m.Letters)).letters
        labels = next(p for p in document.parts if isinstance(p, m.LabelSheets))
        envelopes = next(p for p in document.parts if isinstance(p, m.Envelopes)).envelopes
        # Read every letter and every label sheet in order, as layout does.
        posts = [letter.post for letter in letters]
        sheets = label_pages(labels, label_stock("letter"))
        on_sheets = sum(len(sheet) for sheet in sheets)
        read = tracemalloc.get_traced_memory()[0] - start - len(posts) * 8
    finally:
        tracemalloc.stop()
    # 100,000 Letter objects alone take over 10 MB, and their labels and envelopes as much
    # again (115 MB in all before they were made on demand); the document holds a reference
    # per signer and a little per post.
    assert held < 4_000_000, f"{held:,} bytes"
    assert read - held < 1_000_000, f"{read - held:,} bytes kept after reading every item"

    assert len(letters) == SIGNERS * POSTS == len(envelopes)
    assert posts[:POSTS] == posts[POSTS : 2 * POSTS] and len(set(posts[:POSTS])) == POSTS
    k = 7 * POSTS + 2  # signer 7's letter to the third post
    assert letters[k].signer == signers[7] and letters[k].group == "Writer 00007"
    assert letters[k].post == posts[2] and letters[k].recipient == letters[2].recipient
    assert letters[-1].signer == signers[-1] and letters[-1].post == posts[POSTS - 1]
    with pytest.raises(IndexError):
        letters[len(letters)]
    # A recipient label per letter, then a return-address label per letter (per envelope).
    assert len(labels.labels) == 2 * len(letters) == on_sheets
    assert labels.labels[k].lines == letters[k].recipient
    assert labels.labels[len(letters) + k].lines == ("Writer 00007", *signers[7].address)
    assert envelopes[k].sender == ("Writer 00007", *signers[7].address)
    assert envelopes[k].recipient == letters[k].recipient
    assert len(sheets) == -(-on_sheets // label_stock("letter").per_sheet)


def test_reading_a_signer_list_keeps_only_the_signers(tmp_path: Path) -> None:
    count = 2_000
    rows = ["Name,Street address,City,State,Zip Code"]  # as bench/bench.py writes it
    rows += [f"Writer {n:05d},{n} Main Street,Springfield,MA,01103" for n in range(count)]
    path = tmp_path / "signers.csv"
    path.write_text("\r\n".join(rows) + "\r\n", encoding="utf-8")
    # Data read once per process, whatever the list (the country table, code pages, CLDR's
    # languages of a country, the header words) is read by a two-row list before measuring.
    small = tmp_path / "small.csv"
    small.write_text("\r\n".join(rows[:3]) + "\r\n", encoding="utf-8")
    read_signers(small, None, Reading("US"))
    tracemalloc.start()
    try:
        start = tracemalloc.get_traced_memory()[0]
        found = read_signers(path, None, Reading("US"))
        held, peak = (x - start for x in tracemalloc.get_traced_memory())
    finally:
        tracemalloc.stop()
    assert len(found.signers) == count and not found.problems and not found.warnings
    assert found.signers[7].address == ("7 Main Street", "Springfield, MA 01103")
    assert found.signers[7].origin == m.Origin(str(path), 9, 1, "row 9")
    # A signer is a name, a street, a shared town line and where the row was: about 550 bytes
    # held here, 700 at the peak. A copy of the file's text at 4 bytes a character (as
    # io.StringIO makes), of every row's cells, or of every name and address for the
    # duplicate check, would show (1,100 bytes at the peak before).
    assert held < count * 800, f"{held / count:.0f} bytes per signer held"
    assert peak < count * 950, f"{peak / count:.0f} bytes per signer at the peak"
    towns = {id(s.address[1]) for s in found.signers}
    assert len(towns) == 1
