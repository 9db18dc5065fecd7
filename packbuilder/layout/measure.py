"""The one place that measures text: widths, line fitting, and whether an address fits its space.

Checking (layout's problem list, `check`) and drawing (letters, labels, envelopes, fax covers)
call the same functions here, so a check that predicts and a page that draws cannot disagree.
Every function works in points, on plain text, and raises or returns `DoesNotFit` messages
rather than cutting or squeezing text: an address is never printed short.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics

from packbuilder import model as m
from packbuilder.errors import DoesNotFit
from packbuilder.language.address_joins import joined, separator
from packbuilder.language.linebreak import may_break_between
from packbuilder.language.scripts import written_without_spaces
from packbuilder.language.ties import BREAKING_SPACES, NBSP
from packbuilder.language.words import ADDRESS_BREAK_BEFORE
from packbuilder.layout import fonts, shaping
from packbuilder.layout.envelopes import LINE_BOX, AddressField, Box, WindowEnvelope, block_height
from packbuilder.layout.styles import (
    ENVELOPE_LEADING,
    ENVELOPE_SENDER_LEADING,
    ENVELOPE_SENDER_SIZE,
    ENVELOPE_SIZE,
    FAX_LEADING,
    FAX_SIZE,
    LABEL_LEADING,
    LABEL_SIZE,
    LETTER_SIZE,
    POSTAL_MIN_SIZE,
    EnvelopeSize,
    LabelStock,
)

#: Lines fitted for drawing: (text, indent in points from the block's left edge).
Fitted = tuple[tuple[str, float], ...]


def width(text: str, primary: str, size: float) -> float:
    """Width in points of plain `text` set in `primary`, with fallback fonts where needed.

    Measured run by run (fonts.runs), the same runs the drawing code sets, so a line with a
    Hangul name or a symbol is as wide on paper as it was when checked; a Thai or Hindi run as
    HarfBuzz shapes it (shaping.width), as it is drawn.
    """
    return float(
        sum(
            shaping.width(run, face, size)
            if face in shaping.SHAPED
            else pdfmetrics.stringWidth(run, face, size)
            for run, face in drawn_runs(text, primary)
        )
    )


def drawn_runs(text: str, primary: str) -> tuple[tuple[str, str], ...]:
    """`text` cut into the runs one font draws (fonts.runs), in the order they are drawn
    left to right: a line with Hebrew or Arabic words in its visual order (shaping.visual),
    each right-to-left run given back in the order it is written, which HarfBuzz sets right
    to left."""
    found = fonts.runs(text, primary)
    if not any(face in shaping.RIGHT_TO_LEFT for _, face in found):
        return found
    return tuple(
        (run[::-1] if face in shaping.RIGHT_TO_LEFT else run, face)
        for run, face in fonts.runs(shaping.visual(text), primary)
    )


#: Words an English address line prefers to break before (see language.ADDRESS_BREAK_BEFORE).
BREAK_BEFORE = ADDRESS_BREAK_BEFORE


def breaks_between_characters(text: str) -> bool:
    """Whether running text must be able to break between characters: it has Han or kana,
    written without spaces. Korean is written with spaces and breaks at them, as Korean books
    are set (a syllable alone on the next line reads badly)."""
    return any(written_without_spaces(c) for c in text)


def break_units(word: str) -> list[str]:
    """`word` cut where a line may break inside it (language.linebreak): around Han and kana,
    between Hangul syllables, never before closing or after opening punctuation nor inside a
    number with its unit (2012年2月). A Latin word is one unit."""
    units: list[str] = []
    for char in word:
        if units and not may_break_between(units[-1][-1], char, korean_syllables=True):
            units[-1] += char
            continue
        units.append(char)
    return units


def _split_word(
    before: list[str], word: str, room: float, size: float, face: str
) -> tuple[str, str] | None:
    """The line `before` + as much of `word` as fits, and the rest of `word`, when `word` may
    break between its characters here; None when it may not.

    Chinese and Japanese fill the line (they have no spaces to break at); a Korean word keeps
    to one line when it can, as Korean is set, and breaks between syllables only when it is
    wider than a line by itself.
    """
    units = break_units(word)
    if len(units) < 2 or (before and not written_without_spaces(word[0])):
        return None
    prefix = " ".join(before) + " " if before else ""
    best = 0
    for k in range(1, len(units)):
        if width(prefix + "".join(units[:k]), face, size) > room:
            break
        best = k
    if best == 0:
        return None
    return prefix + "".join(units[:best]), "".join(units[best:])


def wrap(
    line: str, room: float, size: float, where: str, face: str, prefer: tuple[str, ...]
) -> list[str]:
    """One line wrapped to `room` points; continuations flush left.

    Breaks at spaces, and between Han, kana and Hangul characters (`break_units`) where a word
    in those scripts does not fit. Raises DoesNotFit when a single unbreakable word is wider
    than `room`.
    """
    out: list[str] = []
    # A no-break space ties words (a name) unless together they are wider than a line.
    words = []
    for word in BREAKING_SPACES.split(line):
        tied = width(word, face, size) <= room
        words += [word] if tied else [w for w in word.split(NBSP) if w]
    while words:
        fitting = 0
        while fitting < len(words) and (width(" ".join(words[: fitting + 1]), face, size) <= room):
            fitting += 1
        if fitting < len(words):
            split = _split_word(words[:fitting], words[fitting], room, size, face)
            if split is not None:
                out.append(split[0])
                words = [split[1], *words[fitting + 1 :]]
                continue
        if fitting == 0:
            raise DoesNotFit(f"'{words[0]}' is wider than {where}")
        if fitting < len(words):
            nice = [i for i in range(2, fitting + 1) if words[i].lower() in prefer]
            if nice:
                fitting = nice[-1]
        out.append(" ".join(words[:fitting]))
        words = words[fitting:]
    return out


@lru_cache(maxsize=4096)
def fit_lines(
    lines: tuple[str, ...],
    room: float,
    height: float,
    size: float,
    leading: float,
    where: str = "the space for the address",
    face: str = fonts.SANS,
    prefer: tuple[str, ...] = BREAK_BEFORE,
) -> Fitted:
    """Lines wrapped to `room` points (continuations flush left, as postal addresses are written).

    Cached: the same recipient block is fitted for every signer's letter, label and envelope.

    Raises DoesNotFit when a word is wider than `room` or the lines are taller than
    `height`: an address is never cut or squeezed.
    """
    out: list[str] = []
    for line in lines:
        out += wrap(line, room, size, where, face, prefer)
    needed = block_height(len(out), size, leading)
    if needed > height:
        raise DoesNotFit(
            f"the address needs {len(out)} lines ({needed:.0f} pt) but {where} holds "
            f"{height:.0f} pt"
        )
    return tuple((text, 0.0) for text in out)


#: Lines of a return address set closer than their style's leading, when the address needs it,
#: are never closer than this share of the type size: Noto's ascenders and descenders together
#: take one em, so at 1.05 em the lines keep a gap and never touch (the USPS's standards for
#: machine-read addresses: "address lines must not touch or overlap").
CLOSEST_LEADING = 1.05


@dataclass(frozen=True)
class Setting:
    """Lines fitted to a space, and the type they are set in: what `check` measured is what
    is drawn."""

    lines: Fitted
    size: float
    leading: float
    #: Where the lines start, in points from the space's left edge.
    left: float = 0.0


def _closest_leading(size: float) -> float:
    return round(size * CLOSEST_LEADING, 2)


@lru_cache(maxsize=4096)
def fit_setting(
    lines: tuple[str, ...],
    room: float,
    height: float,
    size: float,
    leading: float,
    where: str,
    face: str = fonts.SANS,
) -> Setting:
    """The lines at `size` and `leading` when they fit; else set closer (down to
    CLOSEST_LEADING) and then smaller, in 0.5 pt steps down to the postal minimum, the largest
    type that fits first. Only the block that needs it changes: an address that fits as styled
    is set exactly as styled.

    Raises DoesNotFit, saying how many lines the space holds at the postal minimum, when the
    lines are too tall even so, or a word is too wide even at that size.
    """
    try:
        return Setting(fit_lines(lines, room, height, size, leading, where, face), size, leading)
    except DoesNotFit as exc:
        first = exc
    step = size
    wrapped: list[str] = []
    while step >= POSTAL_MIN_SIZE - 1e-9:
        try:
            wrapped = [w for x in lines for w in wrap(x, room, step, where, face, BREAK_BEFORE)]
        except DoesNotFit as exc:
            first = exc
            wrapped = []
        if wrapped:
            closest = _closest_leading(step)
            need = (height - step * LINE_BOX) / (len(wrapped) - 1) if len(wrapped) > 1 else leading
            # Tenths of a point: the same steps on every machine.
            set_at = min(leading * step / size, int(need * 10) / 10)
            if set_at >= closest:
                return Setting(tuple((t, 0.0) for t in wrapped), step, set_at)
        step -= 0.5
    if not wrapped:
        raise first
    least = POSTAL_MIN_SIZE
    holds = max(0, int((height - least * LINE_BOX) // _closest_leading(least)) + 1)
    raise DoesNotFit(
        f"the address needs {len(wrapped)} lines but {where} holds {holds} even in the smallest "
        f"type the post reads ({least:g} pt) with the lines set close"
    )


def problem(fit: Callable[[], object]) -> str | None:
    """Run a fitting call and return its DoesNotFit message, or None."""
    try:
        fit()
    except DoesNotFit as exc:
        return str(exc)
    return None


# --- the letter's recipient block, in the envelope window --------------------------------------


@dataclass(frozen=True)
class WindowBlock:
    """The recipient block fitted to an address field, and the box its lines take on the sheet."""

    lines: Fitted
    #: From the first line's box top to the last line's box bottom, from the sheet's top-left.
    ink: Box


@lru_cache(maxsize=1024)
def fit_window(lines: tuple[str, ...], field: AddressField) -> WindowBlock:
    """The recipient lines wrapped to the field's width; DoesNotFit if they need more lines
    than show in the window wherever the folded letter rests (or than DIN 5008 allows)."""
    env = field.envelope
    where = f"the {env.name} window"
    out: list[str] = []
    for line in lines:
        out += wrap(line, field.room, field.size, where, fonts.SANS, BREAK_BEFORE)
    height = block_height(len(out), field.size, field.leading)
    tall = field.bounds.bottom - field.first_top
    if len(out) > field.max_lines or height > tall:
        shown = min(
            field.max_lines,
            max(0, int((tall - field.size * LINE_BOX) // field.leading) + 1),
        )
        raise DoesNotFit(
            f"the address needs {len(out)} lines at {field.size:g} pt, but only {shown} stay in "
            f"{where} wherever the folded letter rests; shorten the post's lines or give it a "
            "shorter `window_name` in contacts.yaml"
        )
    widest = max((width(t, fonts.SANS, field.size) for t in out), default=0.0)
    ink = Box(field.left, field.first_top, field.left + widest, field.first_top + height)
    return WindowBlock(tuple((t, 0.0) for t in out), ink)


def window_clearance(
    block: WindowBlock, envelope: WindowEnvelope
) -> tuple[float, tuple[float, float]]:
    """Least clearance of the block from the window's edges over the insert's resting range
    (points; negative when a line can slip out of sight), and the resting position where it
    occurs."""
    return envelope.worst_clearance(block.ink)


# --- labels -----------------------------------------------------------------------------------


#: An address too tall for a label even set close may use the label's full width, 1 mm from
#: its sides: Avery 5160's columns are 1/8 in apart and L7160's 2.5 mm, so a sheet that drifts
#: sideways still prints on the backing, never on the next label. The top and bottom keep the
#: stock's inset: the rows touch.
NARROW_SIDE = 1 * mm


def fit_return(
    lines: tuple[str, ...],
    street: tuple[int, int],
    spaces: tuple[tuple[float, float], ...],
    height: float,
    size: float,
    leading: float,
    where: str,
) -> Setting:
    """A return address fitted to the first of `spaces` ((room, left edge), widest last) it
    fits, set closer or smaller when it needs it (fit_setting); else with its street lines
    joined as the post allows (language.address_joins), fewest joins first. DoesNotFit, for
    the lines as they are, when nothing fits."""
    first: DoesNotFit | None = None
    for candidate in (lines, *joined(lines, street)):
        for room, left in spaces:
            try:
                setting = fit_setting(candidate, room, height, size, leading, where)
            except DoesNotFit as exc:
                first = first or exc
                continue
            return dataclasses.replace(setting, left=left)
    assert first is not None
    raise first


def fit_label(label: m.Label, stock: LabelStock) -> Setting:
    """The label's lines fitted inside its safe area (fit_return), across the label's full
    width when that is what makes them fit; DoesNotFit if they cannot be."""
    sides = (stock.inset, *((NARROW_SIDE,) if stock.inset > NARROW_SIDE else ()))
    spaces = tuple((stock.label_width - 2 * side, side) for side in sides)
    height = stock.label_height - 2 * stock.inset
    where = f"an {stock.name} label"
    return fit_return(label.lines, label.street, spaces, height, LABEL_SIZE, LABEL_LEADING, where)


def label_problem(label: m.Label, stock: LabelStock) -> str | None:
    """Why a label's lines would not fit its safe area, or None."""
    message = problem(lambda: fit_label(label, stock))
    if message is None:
        return None
    where = (
        "the address in the list (a line the post does not need, such as a landmark)"
        if label.signer
        else "it"
    )
    return f"{message}; shorten {where}, or build without labels (--no-labels)"


# --- envelopes printed directly -----------------------------------------------------------------


def fit_envelope_sender(envelope: m.Envelope, size: EnvelopeSize) -> Setting:
    """The return address fitted to the envelope's top-left corner (set closer or smaller
    when it needs it)."""
    s = size.sender
    where = f"the return-address corner of a {size.name} envelope"
    return fit_return(envelope.sender, envelope.sender_street, ((s.width, 0.0),), s.height,
                      ENVELOPE_SENDER_SIZE, ENVELOPE_SENDER_LEADING, where)  # fmt: skip


def fit_envelope_recipient(envelope: m.Envelope, size: EnvelopeSize) -> Fitted:
    """The recipient block fitted to the envelope's address area."""
    r = size.recipient
    where = f"the address area of a {size.name} envelope"
    return fit_lines(envelope.recipient, r.width, r.height, ENVELOPE_SIZE, ENVELOPE_LEADING, where)


def envelope_problems(envelope: m.Envelope, size: EnvelopeSize) -> tuple[str | None, str | None]:
    """Why the envelope's return address would not fit (said to the signer's row), and why
    its recipient block would not (said to the post); None for each that fits."""
    sender = problem(lambda: fit_envelope_sender(envelope, size)) if envelope.sender else None
    if sender:
        sender += "; shorten the address in the list, or build without envelopes (--no-envelopes)"
    return sender, problem(lambda: fit_envelope_recipient(envelope, size))


# --- fax covers ---------------------------------------------------------------------------------


def fit_fax_line(text: str, room: float) -> Fitted:
    """A fax-cover value wrapped as prose to `room` points (no address-style break words)."""
    return fit_lines((text,), room, 200, FAX_SIZE, FAX_LEADING, "a line of the fax cover",
                     fonts.SERIF, prefer=())  # fmt: skip


# --- the signer's lines on a letter ---------------------------------------------------------------


#: The smallest size a signer's name or address line may shrink to on the letter: the postal
#: minimum, as large as the small print of a form, so an official can read it.
SIGNER_MIN_SIZE = POSTAL_MIN_SIZE


def signer_size(text: str, room: float) -> float:
    """The letter's size for a signer's name or address line, shrunk (in 0.5 pt steps, down
    to SIGNER_MIN_SIZE) until it fits `room` points; the smallest when nothing fits."""
    size = LETTER_SIZE
    while size > SIGNER_MIN_SIZE and width(text, fonts.SERIF, size) > room:
        size -= 0.5
    return size


def signer_address(address: tuple[str, ...], room: float) -> tuple[tuple[str, ...], float]:
    """The letter's address line for a signer, and its size: one line, shrunk to fit
    (signer_size); when that is too long even at the smallest size, two lines of that size,
    broken between two of the address's lines (or, failing that, between words), as a long
    address is written by hand above a rule. Too long even so: one line, for signer_problem
    to refuse."""
    between = _between(address)
    text = between.join(address)
    size = signer_size(text, room)
    if width(text, fonts.SERIF, size) <= room:
        return (text,), size
    for k in range(len(address) - 1, 0, -1):
        pair = (between.join(address[:k]) + between.strip(), between.join(address[k:]))
        if all(width(line, fonts.SERIF, size) <= room for line in pair):
            return pair, size
    try:
        halves = wrap(text, room, size, "the address line", fonts.SERIF, ())
    except DoesNotFit:
        return (text,), size
    return (tuple(halves), size) if len(halves) == 2 else ((text,), size)


def _between(address: tuple[str, ...]) -> str:
    """What joins an address's lines on the signer's one line: the Arabic comma between
    lines all in Arabic script (as Google's libaddressinput joins them), else ", "."""
    text = " ".join(address)
    arabic = separator(text) == "\u060c "
    return "\u060c " if arabic and not any(shaping.left_to_right(c) for c in text) else ", "


def signer_problem(signer: m.Signer, name_room: float, address_room: float) -> str | None:
    """Why the signer's name or address would not fit on its ruled line, even at the smallest
    size (the address on two lines), or None."""
    name = width(signer.name, fonts.SERIF, signer_size(signer.name, name_room))
    if name > name_room:
        words = signer.name.split()
        how = "initials for middle names" if len(words) > 2 else "as the signer would sign it"
        return (
            f"the name '{signer.name}' is {name - name_room:.0f} pt too long for the name line "
            f"of the letter even at {SIGNER_MIN_SIZE:g} pt; shorten it in the list ({how})"
        )
    lines, size = signer_address(signer.address, address_room)
    wide = max(width(line, fonts.SERIF, size) for line in lines)
    if wide > address_room:
        return (
            f"the address '{lines[0]}' is {wide - address_room:.0f} pt too long for the "
            f"address line of the letter even on two lines of {SIGNER_MIN_SIZE:g} pt; shorten "
            "it in the list"
        )
    return None
