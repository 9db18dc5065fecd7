"""Window envelopes: their size and window, how the folded letter sits and slides inside, and
the address field that stays in the window wherever the letter comes to rest.

A window letter is checked against the folded sheet moving inside the envelope, not against a
field on the flat page (shared/reference/envelopes-and-labels.md, "The insert moves"). Every
length is in points, measured from the top-left corner of the sheet (or of the envelope's face,
for the window itself). Pure geometry: no drawing library here, so checks, drawing and tests
all read the same numbers.
"""

from __future__ import annotations

from dataclasses import dataclass

INCH = 72.0
MM = 72.0 / 25.4

#: A line's box, as a share of the type size: from accents above capitals (1 em above the
#: baseline, where lines are drawn from) to descenders (1/4 em below).
LINE_BOX = 1.25


def block_height(lines: int, size: float, leading: float) -> float:
    """Height of `lines` lines of type: first line's box top to the last line's box bottom."""
    return (lines - 1) * leading + size * LINE_BOX if lines else 0.0


@dataclass(frozen=True)
class Box:
    """A rectangle by its edges, from the top-left corner (y grows downwards), in points."""

    left: float
    top: float
    right: float
    bottom: float

    @property
    def width(self) -> float:
        """Width in points."""
        return self.right - self.left

    @property
    def height(self) -> float:
        """Height in points."""
        return self.bottom - self.top

    def shifted(self, dx: float, dy: float) -> Box:
        """The same box moved right by `dx` and down by `dy`."""
        return Box(self.left + dx, self.top + dy, self.right + dx, self.bottom + dy)

    def inset(self, by: float) -> Box:
        """The box shrunk by `by` on every side."""
        return Box(self.left + by, self.top + by, self.right - by, self.bottom - by)

    def clearance(self, ink: Box) -> float:
        """How far `ink` stays inside this box on its tightest side (negative: it sticks out)."""
        return min(
            ink.left - self.left,
            self.right - ink.right,
            ink.top - self.top,
            self.bottom - ink.bottom,
        )

    def overlaps(self, other: Box) -> bool:
        """Whether the two boxes share any area."""
        return (
            self.left < other.right
            and other.left < self.right
            and self.top < other.bottom
            and other.top < self.bottom
        )


@dataclass(frozen=True)
class WindowEnvelope:
    """A window envelope and the folded letter inside it.

    The letter's front panel is the part of the folded sheet that faces the window; `panel_top`
    is where the panel's top edge lies on the flat sheet (0 when the sheet's top edge is the
    panel's top; negative when the top panel is folded so that it ends below the packet's
    top, as in DIN 676 form A). The insert's position is the offset of the panel's top-left
    corner from the envelope's top-left corner: 0 to `play` in each direction.
    """

    name: str
    #: The sheet it takes: "letter" or "a4".
    paper: str
    #: Where the numbers come from, printed by `check` and on the window-test sheet.
    source: str
    width: float
    height: float
    #: The window on the envelope's face, from the face's top-left corner (flap at the top).
    window: Box
    #: Fold lines on the flat sheet, from its top.
    folds: tuple[float, ...]
    #: The folded packet (front panel): width and height.
    panel_width: float
    panel_height: float
    #: Top of the packet in sheet coordinates.
    panel_top: float
    #: Where the insert comes to rest, as (least, most) offset of the packet's top-left corner
    #: from the envelope's, across and down. The checks hold for every position in this range.
    rest_x: tuple[float, float]
    rest_y: tuple[float, float]

    @property
    def play_x(self) -> float:
        """How far the packet can slide sideways."""
        return self.width - self.panel_width

    @property
    def play_y(self) -> float:
        """How far the packet can slide up and down."""
        return self.height - self.panel_height

    def window_on_sheet(self, dx: float, dy: float) -> Box:
        """The window, in flat-sheet coordinates, with the packet at offset (dx, dy)."""
        return self.window.shifted(-dx, -dy + self.panel_top)

    def positions(self) -> tuple[tuple[float, float], ...]:
        """The four corners of the resting range: the extremes of every linear check."""
        return tuple((x, y) for x in self.rest_x for y in self.rest_y)

    def always_visible(self) -> Box:
        """The part of the sheet that shows in the window at every resting position."""
        boxes = [self.window_on_sheet(x, y) for x, y in self.positions()]
        return Box(
            max(b.left for b in boxes),
            max(b.top for b in boxes),
            min(b.right for b in boxes),
            min(b.bottom for b in boxes),
        )

    def ever_visible(self) -> Box:
        """The part of the sheet that can show in the window at some position of the whole
        play (not just the resting range): nothing but the address may be printed here."""
        boxes = [self.window_on_sheet(x, y) for x in (0, self.play_x) for y in (0, self.play_y)]
        return Box(
            min(b.left for b in boxes),
            min(b.top for b in boxes),
            max(b.right for b in boxes),
            max(b.bottom for b in boxes),
        )

    def worst_clearance(self, ink: Box) -> tuple[float, tuple[float, float]]:
        """The least clearance of `ink` from the window's edges over the resting range, and
        the resting position where it occurs."""
        return min((self.window_on_sheet(x, y).clearance(ink), (x, y)) for x, y in self.positions())


def _din(
    name: str, width: float, height: float, window: Box, form: str, fold: str
) -> WindowEnvelope:
    """A DIN 680 window envelope for an A4 letter of DIN 676 form A or B."""
    # Form B folds at 105/210 mm and its packet starts at the sheet's top; form A folds at
    # 87/192 mm, its 87 mm top panel lying over a 105 mm packet, 18 mm below the packet's top.
    if fold == "half":  # C5: A4 folded once, at the hole mark
        folds: tuple[float, ...] = (148.5 * MM,)
        panel_h = 148.5 * MM
    else:
        folds = (105 * MM, 210 * MM) if form == "B" else (87 * MM, 192 * MM)
        panel_h = 105 * MM
    panel_top = 0.0 if form == "B" else -18 * MM
    return WindowEnvelope(
        name=f"{name} (DIN 676 form {form})",
        paper="a4",
        source="DIN 680 window 90 x 45 mm, 20 mm from the left; DIN 676 form "
        f"{form}; DIN 5008 zones",
        width=width,
        height=height,
        window=window,
        folds=folds,
        panel_width=210 * MM,
        panel_height=panel_h,
        panel_top=panel_top,
        rest_x=(0.0, width - 210 * MM),
        rest_y=(0.0, height - panel_h),
    )


def _din_window(envelope_height: float) -> Box:
    # DIN 680 (DL and C6/5): window 90 x 45 mm, 20 mm from the left and 15 mm from the bottom.
    bottom = envelope_height - 15 * MM
    return Box(20 * MM, bottom - 45 * MM, 110 * MM, bottom)


#: US #10 (9.5 x 4.125 in) with a 4.5 x 1.125 in window 7/8 in from the left and 1/2 in from
#: the bottom (no #10-specific spec was found: this is KOMA-Script's UScommercial9 window, the
#: common single-window #10). A Letter sheet folded at 3.75 / 7.375 in gives a 3.75 in packet
#: that can slide 0.375 in down and 1 in across. It rests between 0.15 in and the bottom of its
#: play, and 0.1-0.9 in across: the flap's crease and the side seams hold it off the last
#: fraction of an inch (the range the independent check of the printed pack measured against).
US_10 = WindowEnvelope(
    name="US #10",
    paper="letter",
    source="KOMA-Script UScommercial9 window (4.5 x 1.125 in, 7/8 in from the left, 1/2 in from "
    "the bottom); USPS window-envelope guidance",
    width=9.5 * INCH,
    height=4.125 * INCH,
    window=Box(0.875 * INCH, 2.5 * INCH, 5.375 * INCH, 3.625 * INCH),
    folds=(3.75 * INCH, 7.375 * INCH),
    panel_width=8.5 * INCH,
    panel_height=3.75 * INCH,
    panel_top=0.0,
    rest_x=(0.1 * INCH, 0.9 * INCH),
    rest_y=(0.15 * INCH, 0.375 * INCH),
)

#: US #9 (8.875 x 3.875 in), KOMA-Script's UScommercial9: the same window, 7/8 in from the left
#: and 1/2 in from the bottom; the packet has only 0.125 in of play down and 0.375 in across.
US_9 = WindowEnvelope(
    name="US #9",
    paper="letter",
    source="KOMA-Script UScommercial9 (4.5 x 1.125 in window, 7/8 in from the left, 1/2 in "
    "from the bottom)",
    width=8.875 * INCH,
    height=3.875 * INCH,
    window=Box(0.875 * INCH, 2.25 * INCH, 5.375 * INCH, 3.375 * INCH),
    folds=(3.75 * INCH, 7.375 * INCH),
    panel_width=8.5 * INCH,
    panel_height=3.75 * INCH,
    panel_top=0.0,
    rest_x=(0.0, 0.375 * INCH),
    rest_y=(0.0, 0.125 * INCH),
)

DL_B = _din("DL", 220 * MM, 110 * MM, _din_window(110 * MM), "B", "third")
DL_A = _din("DL", 220 * MM, 110 * MM, _din_window(110 * MM), "A", "third")
#: C6/5 (229 x 114 mm; sold in the UK as "C5/6"): the DL window, on a deeper envelope.
C65_B = _din("C6/5", 229 * MM, 114 * MM, _din_window(114 * MM), "B", "third")
C65_A = _din("C6/5", 229 * MM, 114 * MM, _din_window(114 * MM), "A", "third")
#: C5 (229 x 162 mm) takes an A4 folded once. Its window is taken to be the DIN 676 field
#: (20 mm from the left, 45 mm / 27 mm from the top for form B / A): no DIN 680 table was at
#: hand, so check with --window-test before a big run.
C5_B = _din("C5", 229 * MM, 162 * MM, Box(20 * MM, 45 * MM, 110 * MM, 90 * MM), "B", "half")
C5_A = _din("C5", 229 * MM, 162 * MM, Box(20 * MM, 27 * MM, 110 * MM, 72 * MM), "A", "half")

ENVELOPES = (US_10, US_9, DL_B, C65_B, C5_B, DL_A, C65_A, C5_A)


def envelope_for(paper: str) -> WindowEnvelope:
    """The envelope the pack's letters are laid out for: #10 on Letter, DL (form B) on A4."""
    return US_10 if paper == "letter" else DL_B


def others_for(paper: str) -> tuple[WindowEnvelope, ...]:
    """Other envelopes that take the same folded letter (same paper and folds)."""
    main = envelope_for(paper)
    return tuple(
        e for e in ENVELOPES if e is not main and e.paper == paper and e.folds == main.folds
    )


@dataclass(frozen=True)
class AddressField:
    """Where the recipient block goes on the flat sheet, designed for one envelope.

    `first_top` is the top of the first line's box; lines are `leading` apart and at most
    `max_lines`; every line box must stay inside `bounds` (the window at every resting
    position, less the clearance), and on A4 inside DIN 5008's address zone as well.
    """

    envelope: WindowEnvelope
    left: float
    first_top: float
    size: float
    leading: float
    max_lines: int
    bounds: Box
    #: The zone nothing else may print in: every place the window can show, all play long.
    keep_clear: Box
    #: Least clearance between the block and the window's edges that the design holds to.
    clearance: float

    @property
    def room(self) -> float:
        """Width a line may take."""
        return self.bounds.right - self.left


#: USPS asks for 1/8 in clear round the address in every position; 1/16 in is the least the
#: layout accepts (the issue's test), and the design aims for 1/8 in on the left.
CLEARANCE_MIN = INCH / 16
CLEARANCE_USPS = INCH / 8


def address_field(paper: str) -> AddressField:
    """The recipient block's field for the paper's envelope."""
    env = envelope_for(paper)
    seen = env.always_visible().inset(CLEARANCE_MIN)
    if paper == "letter":
        # USPS: 10-12 pt type. Four lines (name, c/o post, street, city/state/ZIP) centred in
        # what is always visible, 1/8 in in from its left edge, and at least 1/16 in inside a
        # #9's window too (its packet can go further left).
        size, leading, lines = 10.0, 12.0, 4
        height = block_height(lines, size, leading)
        top = seen.top + (seen.height - height) / 2
        left = max(
            seen.left - CLEARANCE_MIN + CLEARANCE_USPS,
            *(e.always_visible().left + CLEARANCE_MIN for e in others_for(paper)),
        )
        bounds = seen
    else:
        # DIN 5008: the address zone is 62.7-90 mm from the top, 20-105 mm from the left, at
        # most 6 lines, type at least 8 pt; the text starts 5 mm into the field (KOMA-Script's
        # toaddrindent) and just below the zone's top.
        size, leading, lines = 10.0, 11.5, 6
        zone = Box(20 * MM, 62.7 * MM, 105 * MM, 90 * MM)
        bounds = Box(
            max(zone.left, seen.left),
            max(zone.top, seen.top),
            min(zone.right, seen.right),
            min(zone.bottom, seen.bottom),
        )
        top = bounds.top + 0.5 * MM
        left = 25 * MM
    return AddressField(
        envelope=env,
        left=left,
        first_top=top,
        size=size,
        leading=leading,
        max_lines=lines,
        bounds=bounds,
        keep_clear=env.ever_visible(),
        clearance=CLEARANCE_MIN,
    )


#: DIN 5008's note zone (Zusatz- und Vermerkzone), 45-62.7 mm from the top: the sender's
#: one-line return address may go here, nothing else of the letter.
NOTE_ZONE = Box(20 * MM, 45 * MM, 105 * MM, 62.7 * MM)
