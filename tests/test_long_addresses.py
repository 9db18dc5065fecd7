"""Signers' addresses of six to eight lines (Ireland, India, Japan): every line on their label
and envelope, in type the post reads; read back from the PDF with pdfium."""

from __future__ import annotations

import itertools
from collections import defaultdict
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as raw
import pytest
from signer_corpus import Case, excel_bytes
from signer_corpus_long import LONG

from packbuilder import model as m
from packbuilder.language.address_joins import joined
from packbuilder.layout.measure import CLOSEST_LEADING, fit_envelope_sender, fit_label
from packbuilder.layout.styles import AVERY_5160, AVERY_L7160, ENVELOPE_10, ENVELOPE_DL
from packbuilder.signers.read import Reading, read_signers

from conftest import one_post_campaign, run_cli

INCH = 72.0
MM = 72 / 25.4
#: Avery 5160 (Avery's own template): 2.625 x 1 in labels, 3 across, top 0.5 in, left
#: 0.1875 in, pitch 2.75 x 1 in; text kept 2 mm inside the top and bottom edges.
LABEL = {"width": 2.625 * INCH, "height": 1 * INCH, "left": 0.1875 * INCH, "top": 0.5 * INCH,
         "pitch_x": 2.75 * INCH, "pitch_y": 1 * INCH}  # fmt: skip
#: The postal minimum for the address's type (lines never touch: USPS addressing standards).
SMALLEST = 8.0

#: Each signer's lines as the letter prints them: name, address, country last. The first four
#: fit a label line by line; the last two (eight lines) only with street lines joined.
SIGNERS = {
    "Aoife Ní Bhriain": ("12 Ranelagh Road", "Apartment 4", "Dublin 6", "Co. Dublin", "D06 C9F2",
                         "IRELAND"),
    "Ananya Krishnan": ("Flat 12B Palm Residency", "14 Nungambakkam High Road",
                        "Near Valluvar Kottam", "Chennai 600034", "Tamil Nadu", "INDIA"),
    "山本 健一": ("150-0002", "東京都", "渋谷区渋谷", "2-21-1", "渋谷ヒカリエ 11F", "JAPAN"),
    "Tom Barrett": ("820 SE Hawthorne Blvd", "Portland, OR 97214"),
    "Mei Lin": ("Flat 12B Palm Residency", "14 Nungambakkam High Road", "Near Valluvar Kottam",
                "Nungambakkam", "Chennai 600034", "Tamil Nadu", "INDIA"),
    "佐藤 健二": ("150-0002", "東京都", "渋谷区渋谷", "2-21-1", "渋谷ヒカリエ", "1101号室",
                  "JAPAN"),
}  # fmt: skip
JOINED = ("Mei Lin", "佐藤 健二")

CSV = """Name,Address line 1,Address line 2,Address line 3,District,City,State,Postal code,Country
Aoife Ní Bhriain,12 Ranelagh Road,Apartment 4,,,Dublin 6,Co. Dublin,D06 C9F2,Ireland
Ananya Krishnan,Flat 12B Palm Residency,14 Nungambakkam High Road,Near Valluvar Kottam,,Chennai,\
Tamil Nadu,600034,India
山本 健一,2-21-1,渋谷ヒカリエ 11F,,,渋谷区渋谷,東京都,150-0002,Japan
Tom Barrett,820 SE Hawthorne Blvd,,,,Portland,OR,97214,US
Mei Lin,Flat 12B Palm Residency,14 Nungambakkam High Road,Near Valluvar Kottam,Nungambakkam,\
Chennai,Tamil Nadu,600034,India
佐藤 健二,2-21-1,渋谷ヒカリエ,1101号室,,渋谷区渋谷,東京都,150-0002,Japan
"""


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("long-addresses")
    content = one_post_campaign(folder)
    signers = folder / "signers.csv"
    signers.write_text(CSV, encoding="utf-8")
    out = folder / "pack.pdf"
    result = run_cli("build", str(content), "-o", str(out), "--signers", str(signers),
                     "--only", "letters,labels,envelopes", "--no-duplex")  # fmt: skip
    assert result.exit_code == 0, result.output
    return out


def covers(shown: list[str], lines: tuple[str, ...]) -> bool:
    """Whether `shown` is `lines` with some neighbours joined (", " or, in Chinese and
    Japanese, nothing between them): every line there, whole and in order."""
    at = 0
    for text in shown:
        end = at + 1
        while end <= len(lines) and text not in {sep.join(lines[at:end]) for sep in (", ", "")}:
            end += 1
        if end > len(lines):
            return False
        at = end
    return at == len(lines)


class Line:
    """One line of text as drawn: its characters, baseline, type sizes and ink box."""

    def __init__(self) -> None:
        self.text = ""
        self.sizes: list[float] = []
        self.baseline = 0.0
        self.left, self.bottom, self.right, self.top = 1e9, 1e9, -1e9, -1e9

    def add(self, char: str, size: float, box: tuple[float, float, float, float]) -> None:
        self.text += char
        if not char.isspace():
            self.sizes.append(size)
            self.left, self.bottom = min(self.left, box[0]), min(self.bottom, box[1])
            self.right, self.top = max(self.right, box[2]), max(self.top, box[3])


def _lines(page: pdfium.PdfPage) -> list[Line]:
    """The page's lines, top to bottom and left to right, split where the baseline changes or
    the text jumps to another column."""
    tp = page.get_textpage()
    lines: list[Line] = []
    for i in range(tp.count_chars()):
        char = chr(raw.FPDFText_GetUnicode(tp.raw, i))
        if char in "\r\n":
            continue
        x, y = raw.c_double(), raw.c_double()
        raw.FPDFText_GetCharOrigin(tp.raw, i, x, y)
        box = tp.get_charbox(i)
        if not lines or abs(lines[-1].baseline - y.value) > 0.5 or box[0] < lines[-1].right - 1:
            lines.append(Line())
            lines[-1].baseline = y.value
        lines[-1].add(char, raw.FPDFText_GetFontSize(tp.raw, i), box)
    return lines


def labels_of(path: Path) -> dict[tuple[int, int], list[Line]]:
    """The lines on each label of the label sheets, by (page, position on the sheet)."""
    found: dict[tuple[int, int], list[Line]] = defaultdict(list)
    pdf = pdfium.PdfDocument(str(path))
    try:
        for index, page in enumerate(pdf):
            text = page.get_textpage().get_text_range()
            if page.get_size() != (8.5 * INCH, 11 * INCH) or "Respectfully" in text:
                continue  # an envelope or a letter
            height = page.get_size()[1]
            for line in _lines(page):
                column = int((line.left - LABEL["left"]) // LABEL["pitch_x"])
                row = int((height - line.top - LABEL["top"]) // LABEL["pitch_y"])
                found[index, row * 3 + column].append(line)
    finally:
        pdf.close()
    return found


def _label_of(labels: dict[tuple[int, int], list[Line]], name: str) -> list[Line]:
    found = [lines for lines in labels.values() if lines[0].text.strip() == name]
    assert len(found) == 1, (name, [[x.text for x in v] for v in labels.values()])
    return found[0]


@pytest.mark.parametrize("name", SIGNERS)
def test_every_line_of_the_address_is_on_the_signers_label(pack: Path, name: str) -> None:
    shown = [line.text.strip() for line in _label_of(labels_of(pack), name)]
    if name in JOINED:
        # Street lines share a line; the name and the country line keep theirs.
        assert covers(shown, (name, *SIGNERS[name])), shown
        assert len(shown) < 1 + len(SIGNERS[name]), shown
        assert (shown[0], shown[-1]) == (name, SIGNERS[name][-1])
    else:
        assert shown == [name, *SIGNERS[name]]
    lines = _label_of(labels_of(pack), name)
    assert min(size for line in lines for size in line.sizes) >= SMALLEST - 1e-3


def test_a_tall_address_keeps_inside_its_label_and_its_lines_apart(pack: Path) -> None:
    labels = labels_of(pack)
    pdf = pdfium.PdfDocument(str(pack))
    height = pdf[0].get_size()[1]
    pdf.close()
    for (_, position), lines in labels.items():
        column, row = position % 3, position // 3
        left = LABEL["left"] + column * LABEL["pitch_x"]
        top = height - LABEL["top"] - row * LABEL["pitch_y"]
        bottom = top - LABEL["height"]
        # 2 mm from the top and bottom edges (the rows touch); at least 1 mm from the sides.
        assert lines[0].top <= top - 2 * MM + 0.5, [x.text for x in lines]
        assert lines[-1].bottom >= bottom + 2 * MM - 0.5, [x.text for x in lines]
        assert min(x.left for x in lines) >= left + 1 * MM - 0.5
        assert max(x.right for x in lines) <= left + LABEL["width"] - 1 * MM + 0.5
        for upper, lower in itertools.pairwise(lines):
            assert upper.bottom > lower.top, (upper.text, lower.text)  # never touching


def test_only_the_label_that_needs_it_is_set_closer(pack: Path) -> None:
    labels = labels_of(pack)

    def leading(name: str) -> float:
        lines = _label_of(labels, name)
        steps = {round(a.baseline - b.baseline, 2) for a, b in itertools.pairwise(lines)}
        assert len(steps) == 1, (name, steps)
        return steps.pop()

    # The labels' own spacing (9.2 pt at 8 pt) where the address fits as it is.
    assert leading("Tom Barrett") == pytest.approx(9.2, abs=0.01)
    for name in ("Aoife Ní Bhriain", "Ananya Krishnan", "山本 健一", *JOINED):
        assert SMALLEST * 1.05 - 0.01 <= leading(name) < 9.2, name


def test_every_line_of_the_address_is_in_the_envelopes_return_corner(pack: Path) -> None:
    pdf = pdfium.PdfDocument(str(pack))
    try:
        corners = []
        for page in pdf:
            width, height = page.get_size()
            if (width, height) != (9.5 * INCH, 4.125 * INCH):
                continue
            # The return address: top left, above the recipient block (a US #10 envelope).
            corner = [x for x in _lines(page) if x.right < 4 * INCH and x.top > height - 1.5 * INCH]
            corners.append(corner)
    finally:
        pdf.close()
    assert len(corners) == len(SIGNERS)
    for corner in corners:
        name = corner[0].text.strip()
        assert covers([x.text.strip() for x in corner], (name, *SIGNERS[name]))
        assert min(size for x in corner for size in x.sizes) >= SMALLEST - 1e-3
        for upper, lower in itertools.pairwise(corner):
            assert upper.bottom > lower.top, (upper.text, lower.text)


def _signature_block(path: Path, name: str) -> tuple[Line, list[Line]]:
    """On `name`'s letter: the line of labels under the signature and name rules, and the
    address lines between it and the address rule's label."""
    pdf = pdfium.PdfDocument(str(path))
    try:
        for page in pdf:
            lines = _lines(page)
            texts = [x.text.strip() for x in lines]
            if "Respectfully," in texts and name in texts:
                under = next(x for x in lines if x.text.startswith("Signature"))
                rule = next(x for x in lines if x.text.strip() == "Address")
                between = [x for x in lines if rule.baseline < x.baseline < under.baseline]
                return under, sorted(between, key=lambda x: -x.baseline)
    finally:
        pdf.close()
    raise AssertionError(f"no letter signed {name}")


@pytest.mark.parametrize("name", SIGNERS)
def test_the_letter_gives_the_whole_address_above_its_rule(pack: Path, name: str) -> None:
    labels, lines = _signature_block(pack, name)
    assert " ".join(x.text.strip() for x in lines) == ", ".join(SIGNERS[name])
    assert min(size for x in lines for size in x.sizes) >= SMALLEST - 1e-3
    # Too long for one line even at 8 pt: two, neither touching the other nor the labels
    # of the signature and name rules above them.
    assert len(lines) == (2 if name == "Mei Lin" else 1)
    for upper, lower in itertools.pairwise([labels, *lines]):
        assert upper.bottom > lower.top, (upper.text, lower.text)


@pytest.mark.parametrize("case", LONG, ids=[c.name for c in LONG])
def test_each_long_address_of_the_corpus_fits_every_label_stock_and_envelope(
    tmp_path: Path, case: Case
) -> None:
    # Measured as `check` and the drawing measure it (no PDF): the lists as their platforms
    # write them, on Avery 5160 and L7160 labels and #10 and DL envelopes.
    path = tmp_path / f"{case.name}.csv"
    path.write_bytes(excel_bytes(case.csv, case.encoding))
    found = read_signers(path, None, Reading(country=case.country, language=case.language))
    assert found.signers
    for signer in found.signers:
        lines = signer.return_lines
        label = m.Label(lines, None, street=signer.return_street, signer=True)
        envelope = m.Envelope((), lines, None, signer.return_street)
        settings = [fit_label(label, stock) for stock in (AVERY_5160, AVERY_L7160)]
        settings += [fit_envelope_sender(envelope, size) for size in (ENVELOPE_10, ENVELOPE_DL)]
        for setting in settings:
            assert covers([text for text, _ in setting.lines], lines), setting.lines
            assert setting.size >= SMALLEST
            assert setting.leading >= setting.size * CLOSEST_LEADING - 1e-9


def test_street_lines_join_as_the_post_writes_them_and_nothing_else_does() -> None:
    lines = ("Ann Lee", "c/o Bo Park", "12 Ranelagh Road", "Apartment 4", "Dublin 6", "IRELAND")
    variants = list(joined(lines, (1, 4)))
    assert variants == [
        ("Ann Lee", "c/o Bo Park", "12 Ranelagh Road, Apartment 4", "Dublin 6", "IRELAND")
    ]
    # Chinese and Japanese street lines join with nothing between them, Korean with a space
    # (Google's libaddressinput).
    japan = ("佐藤 健二", "150-0002", "東京都", "渋谷区渋谷", "2-21-1", "渋谷ヒカリエ", "JAPAN")
    assert next(joined(japan, (3, 6)))[3] == "渋谷区渋谷2-21-1"
    korea = ("김민준", "서울특별시 중구", "세종대로 110", "서울시청", "04524", "SOUTH KOREA")
    assert next(joined(korea, (2, 4)))[2] == "세종대로 110 서울시청"
    assert list(joined(korea, (0, 0))) == []


def test_an_address_that_fits_nowhere_is_refused_naming_the_signer(tmp_path: Path) -> None:
    signers = tmp_path / "signers.csv"
    word = "Nungambakkamhighroadnearvalluvarkottamoppositetheoldtempletank"
    signers.write_text(
        f"Name,Street,City,State,Zip\nTom Barrett,1 Elm St,Troy,NY,12180\n"
        f"Mei Lin,{word},Troy,NY,12180\n",
        encoding="utf-8",
    )
    content = one_post_campaign(tmp_path)
    result = run_cli("check", str(content), "--signers", str(signers))
    assert result.exit_code == 1, result.output
    label = [x for x in result.output.splitlines() if "label" in x and "Mei Lin" in x]
    assert len(label) == 1, result.output
    assert f"{signers}:3:1: row 3 (Mei Lin): '{word}' is wider than an Avery 5160 label" in label[0]
    assert label[0].endswith(
        "shorten the address in the list (a line the post does not need, such as a landmark), "
        "or build without labels (--no-labels)"
    )
    assert "Tom Barrett" not in result.output
