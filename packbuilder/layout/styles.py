"""Every size, colour, margin and envelope-window position the layout uses, in one place."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A3, A4, LETTER, TABLOID
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch, mm

from packbuilder.layout import fonts
from packbuilder.layout.envelopes import DL_B, US_10, AddressField, address_field


@dataclass(frozen=True)
class Rect:
    """A rectangle measured from the top-left corner of the sheet, in points."""

    left: float
    top: float
    width: float
    height: float


@dataclass(frozen=True)
class Geometry:
    """One paper size and the window envelope its letters are laid out for."""

    name: str
    width: float
    height: float
    margin_left: float
    margin_right: float
    margin_top: float
    margin_bottom: float
    #: Where the recipient block goes, designed for the envelope (envelopes.py).
    address: AddressField
    #: Hole-punch mark (DIN 5008), from the top; 0 for none.
    hole_mark: float
    #: Top of the date line, and whether the date sits above the window's reach (US) or on
    #: DIN 5008's reference line below it (A4); it is right-aligned, clear of the window.
    date_top: float
    #: Top of the letter's text (inside address, subject, salutation, body): below every
    #: place the window can show.
    body_top: float
    #: Bottom margin of a letter page (letters carry no footer, so they may run lower).
    letter_bottom: float

    @property
    def folds(self) -> tuple[float, ...]:
        """Fold marks, from the top of the sheet: where the envelope's packet is folded."""
        return self.address.envelope.folds


_US_FIELD = address_field("letter")
_A4_FIELD = address_field("a4")

# US Letter for a #10 window envelope, tri-folded at 3.75 / 7.375 in. The date goes top right,
# above anything the window can show; the text starts just below the window's lowest reach.
LETTER_GEOMETRY = Geometry(
    name="letter",
    width=LETTER[0],
    height=LETTER[1],
    margin_left=1 * inch,
    margin_right=1 * inch,
    margin_top=0.75 * inch,
    margin_bottom=0.75 * inch,
    address=_US_FIELD,
    hole_mark=0,
    date_top=1.5 * inch,
    body_top=_US_FIELD.keep_clear.bottom + 3,
    letter_bottom=0.45 * inch,
)

# A4 for DL window envelopes, DIN 676 form B: folds at 105 and 210 mm, hole mark at 148.5 mm,
# date on the reference line at 98.5 mm; DIN 5008 margins.
A4_GEOMETRY = Geometry(
    name="a4",
    width=A4[0],
    height=A4[1],
    margin_left=25 * mm,
    margin_right=20 * mm,
    margin_top=20 * mm,
    margin_bottom=20 * mm,
    address=_A4_FIELD,
    hole_mark=148.5 * mm,
    date_top=98.5 * mm,
    body_top=98.5 * mm + 24,
    letter_bottom=12 * mm,
)


@dataclass(frozen=True)
class LabelStock:
    """A sheet of address labels: grid measured from the sheet's top-left corner, in points."""

    name: str
    width: float
    height: float
    columns: int
    rows: int
    label_width: float
    label_height: float
    left: float
    top: float
    pitch_x: float
    pitch_y: float
    #: Keep text this far inside each label: sheet feeders drift by a millimetre or two.
    inset: float = 2 * mm

    @property
    def per_sheet(self) -> int:
        """Labels on one sheet."""
        return self.columns * self.rows


# Avery 5160/8160 (Letter, 3 x 10): 2.625 x 1 in, top 0.5 in, left 0.1875 in, pitch 2.75 x 1 in,
# as measured from Avery's own template (shared/reference/envelopes-and-labels.md, 3c).
AVERY_5160 = LabelStock(
    "Avery 5160", LETTER[0], LETTER[1], 3, 10, 2.625 * inch, 1 * inch,
    0.1875 * inch, 0.5 * inch, 2.75 * inch, 1 * inch,
)  # fmt: skip
# Avery L7160 (A4, 3 x 7): 63.5 x 38.1 mm, top 15.15 mm, left 7.21 mm (centred), pitch 66.04 x 38.1.
AVERY_L7160 = LabelStock(
    "Avery L7160", A4[0], A4[1], 3, 7, 63.5 * mm, 38.1 * mm,
    7.21 * mm, 15.15 * mm, 66.04 * mm, 38.1 * mm,
)  # fmt: skip


@dataclass(frozen=True)
class EnvelopeSize:
    """An envelope printed face up, flap away: size and where the two address blocks go."""

    name: str
    width: float
    height: float
    #: Return address, from the top-left corner.
    sender: Rect
    #: Recipient block, from the top-left corner.
    recipient: Rect


# US #10 (9.5 x 4.125 in): return address in the top-left corner, recipient block left of
# centre in the lower half, clear of the postage corner and the barcode strip at the bottom.
ENVELOPE_10 = EnvelopeSize(
    "#10", US_10.width, US_10.height,
    sender=Rect(0.375 * inch, 0.375 * inch, 3.5 * inch, 1.0 * inch),
    recipient=Rect(3.75 * inch, 1.75 * inch, 4.75 * inch, 1.5 * inch),
)  # fmt: skip
# DL (220 x 110 mm): sender top-left, recipient block right of centre, clear of the stamp.
ENVELOPE_DL = EnvelopeSize(
    "DL", DL_B.width, DL_B.height,
    sender=Rect(10 * mm, 8 * mm, 80 * mm, 25 * mm),
    recipient=Rect(100 * mm, 45 * mm, 100 * mm, 45 * mm),
)  # fmt: skip


def label_stock(paper: str) -> LabelStock:
    """Avery 5160 on Letter, L7160 on A4."""
    return AVERY_5160 if paper == "letter" else AVERY_L7160


def envelope_size(paper: str) -> EnvelopeSize:
    """#10 envelopes with Letter paper, DL with A4."""
    return ENVELOPE_10 if paper == "letter" else ENVELOPE_DL


#: The poster's paper sizes in points (width, height): the pack's own, or tabloid (11 x 17 in)
#: and A3 (297 x 420 mm), the larger sizes an office or copy-shop printer takes.
POSTER_PAPER: dict[str, tuple[float, float]] = {
    "letter": LETTER, "a4": A4, "tabloid": TABLOID, "a3": A3,
}  # fmt: skip


def geometry(paper: str) -> Geometry:
    """The geometry for 'letter' or 'a4'."""
    return LETTER_GEOMETRY if paper == "letter" else A4_GEOMETRY


ACCENT = colors.HexColor("#1f4e79")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#999999")
TINT = colors.HexColor("#eef3f8")

#: A data table's look (addressees, the briefing's timeline): 8 pt sans, a header row in the
#: accent colour, cells top-aligned with 4 pt each side.
DATA_TABLE: tuple[tuple[object, ...], ...] = (
    ("FONT", (0, 0), (-1, -1), fonts.SANS, 8),
    ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 4),
    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
)

BODY_SIZE = 10.5
BODY_LEADING = 14.5
LETTER_SIZE = 10.5
LETTER_LEADING = 13.5
FOOTER_SIZE = 8
#: The smallest type on anything that goes to the post (labels, envelopes, the window block, a
#: signer's name and address shrunk to their rules): 8 pt, the least automated mail sorting
#: commonly asks for.
POSTAL_MIN_SIZE = 8.0
#: Address text on labels (sans, like the letter's window block), at the postal minimum; the
#: leading keeps six lines on an Avery 5160 label.
LABEL_SIZE = POSTAL_MIN_SIZE
LABEL_LEADING = 9.2
ENVELOPE_SIZE = 10
ENVELOPE_LEADING = 12
ENVELOPE_SENDER_SIZE = 8.5
ENVELOPE_SENDER_LEADING = 10
#: Fax cover: value text and the width of the label column ("To", "Fax", ...).
FAX_SIZE = 11
FAX_LEADING = 14
FAX_LABEL_WIDTH = 120
#: Height of one ruled line the writer fills in by hand.
HANDWRITING_LINE = 20


@cache
def paragraph_styles() -> dict[str, ParagraphStyle]:
    """Named paragraph styles, built once fonts are registered."""
    fonts.register()
    body = ParagraphStyle(
        "body",
        fontName=fonts.SERIF,
        fontSize=BODY_SIZE,
        leading=BODY_LEADING,
        spaceAfter=6,
        alignment=TA_LEFT,
    )
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8.5, leading=11, spaceAfter=3),
        "table": ParagraphStyle(
            "table",
            parent=body,
            fontName=fonts.SANS,
            fontSize=8,
            leading=10,
            spaceAfter=0,
            autoLeading="max",
        ),
        "table-bold": ParagraphStyle(
            "table-bold", fontName=fonts.SANS_BOLD, fontSize=8, leading=10
        ),
        "table-note": ParagraphStyle(
            "table-note",
            fontName=fonts.SANS,
            fontSize=7.5,
            leading=9.5,
            textColor=MUTED,
            autoLeading="max",
        ),
        "table-head": ParagraphStyle(
            "table-head", fontName=fonts.SANS_BOLD, fontSize=8, leading=10, textColor=colors.white
        ),
        "h1": ParagraphStyle(
            "h1",
            fontName=fonts.SANS_BOLD,
            fontSize=20,
            leading=24,
            spaceAfter=12,
            textColor=ACCENT,
            keepWithNext=1,
        ),
        "h2": ParagraphStyle(
            "h2",
            fontName=fonts.SANS_BOLD,
            fontSize=13,
            leading=16,
            spaceBefore=10,
            spaceAfter=5,
            textColor=ACCENT,
            keepWithNext=1,
        ),
        "h3": ParagraphStyle(
            "h3", fontName=fonts.SANS_BOLD, fontSize=11, leading=14, spaceAfter=2, keepWithNext=1
        ),
        "meta": ParagraphStyle(
            "meta", fontName=fonts.SANS, fontSize=8.5, leading=11, textColor=MUTED, spaceAfter=4
        ),
        "cover-title": ParagraphStyle(
            "cover-title",
            fontName=fonts.SANS_BOLD,
            fontSize=28,
            leading=34,
            textColor=ACCENT,
            spaceAfter=10,
        ),
        "cover-subtitle": ParagraphStyle(
            "cover-subtitle", fontName=fonts.SANS, fontSize=15, leading=19, spaceAfter=18
        ),
        "cover-meta": ParagraphStyle(
            "cover-meta", fontName=fonts.SANS, fontSize=10, leading=14, textColor=MUTED
        ),
        "ask": ParagraphStyle(
            "ask", parent=body, fontName=fonts.SERIF_BOLD, fontSize=12, leading=17
        ),
        "source": ParagraphStyle(
            "source", parent=body, fontSize=9, leading=12, leftIndent=22, firstLineIndent=-22
        ),
        "letter": ParagraphStyle(
            "letter",
            fontName=fonts.SERIF,
            fontSize=LETTER_SIZE,
            leading=LETTER_LEADING,
            spaceAfter=7,
        ),
        "letter-bold": ParagraphStyle(
            "letter-bold", fontName=fonts.SERIF_BOLD, fontSize=LETTER_SIZE, leading=LETTER_LEADING
        ),
        "label": ParagraphStyle(
            "label", fontName=fonts.SANS, fontSize=7.5, leading=9, textColor=MUTED
        ),
        "bullet": ParagraphStyle(
            "bullet",
            parent=body,
            leftIndent=14,
            bulletIndent=3,
            spaceAfter=4,
            bulletFontName=fonts.SERIF,  # ReportLab would draw the bullet in Helvetica
        ),
    }
