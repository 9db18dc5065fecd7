"""Crop marks for a copy shop (--bleed): where each sheet is cut, on every page, as artifacts.

A page printed with bleed is a sheet larger than the trim: the bleed round the trim (what the
cut may show if it is a little off), then a slug that holds the crop marks. Each corner gets two
short hairlines on the lines of the trim's edges, starting `OFFSET` outside the trim (never at
the trim corner, or a cut a fraction off leaves a dash of ink on the sheet) and never inside the
bleed, so they are cut away with it. They are drawn in registration colour (the Separation
/All, which prints on every plate, as presses expect of marks) and marked as /Artifact of type
/Page, the type ISO 32000-1 14.8.2.2.2 names for production aids such as cut marks: readers skip
them and a PDF/UA checker finds nothing untagged.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfdoc import fp_str

#: Marks start this far outside the trim (3 mm, as copy shops commonly ask), or at the bleed's
#: edge when the bleed is wider.
OFFSET = 3 * mm
#: Length of each mark.
LENGTH = 6 * mm
#: A hairline, as print shops draw crop marks.
WIDTH = 0.25
#: The name of the registration colour space in a page's resources.
REGISTRATION = b"/Registration"
#: Stroking in registration colour (the page's resources name it), ...
IN_REGISTRATION = REGISTRATION + b" CS 1 SCN"
#: ... or, on an attached PDF's page whose colour spaces cannot take the name (shared with other
#: pages, or the name in use), in all four process inks at full tint (DeviceCMYK needs no
#: resource), which prints the same on a press.
IN_ALL_INKS = b"1 1 1 1 K"
#: Registration colour: the Separation /All (every colorant), all inks at full tint when shown
#: on a composite device (ISO 32000-1 8.6.6.4).
REGISTRATION_SPACE = (
    b"[/Separation/All/DeviceCMYK<</FunctionType 2/Domain[0 1]/C0[0 0 0 0]/C1[1 1 1 1]/N 1>>]"
)

Box = tuple[float, float, float, float]


def number(value: float) -> bytes:
    """A PDF number as ReportLab writes it (the writer's numbers look the same)."""
    return str(fp_str(value)).encode("ascii")


def start(bleed: float) -> float:
    """How far outside the trim the marks start (points): 3 mm, or the bleed if wider."""
    return max(float(OFFSET), bleed)


def border(bleed: float) -> float:
    """The sheet's margin round the trim (points) for a bleed of `bleed` points: room for the
    bleed and the marks beyond it; 0 without bleed (no marks, the page is the trim)."""
    return start(bleed) + LENGTH if bleed > 0 else 0.0


def sheet_boxes(width: float, height: float, bleed: float) -> tuple[Box, list[bytes]]:
    """The trim of a sheet `width` x `height` points grown by `border(bleed)`, and its page
    dictionary's /TrimBox and /BleedBox entries."""
    b = border(bleed)
    trim = (b, b, width - b, height - b)
    return trim, [box_entry(b"TrimBox", trim), box_entry(b"BleedBox", grown(trim, bleed))]


def grown(box: Box, by: float) -> Box:
    """`box` grown by `by` points on every side."""
    return (box[0] - by, box[1] - by, box[2] + by, box[3] + by)


def box_entry(name: bytes, box: Box) -> bytes:
    """A page-dictionary entry for a box: /TrimBox[x0 y0 x1 y1]."""
    return b"/%s[%s]" % (name, b" ".join(number(v) for v in box))


def crop_marks(trim: Box, bleed: float, ink: bytes = IN_REGISTRATION) -> bytes:
    """Content-stream operators drawing the eight crop marks round `trim` as an artifact, in
    `ink`; balanced (q/Q), so they can end any page."""
    x0, y0, x1, y1 = trim
    near = start(bleed)
    far = near + LENGTH
    lines = []
    for x, out in ((x0, -1), (x1, 1)):
        for y, up in ((y0, -1), (y1, 1)):
            # Along the trim's horizontal edge, then along its vertical edge, outwards.
            lines.append((x + out * near, y, x + out * far, y))
            lines.append((x, y + up * near, x, y + up * far))
    path = b"".join(
        b"%s %s m %s %s l\n" % (number(a), number(b), number(c), number(d)) for a, b, c, d in lines
    )
    return b"\n/Artifact<</Type/Page>>BDC\nq\n%s %s w 0 J\n%sS\nQ\nEMC\n" % (
        ink,
        number(WIDTH),
        path,
    )
