"""The parts of a pack as plain data: the cover, each part type and the text in them.

Every string here is plain text (never markup): layout escapes it. Letters share one LetterBody
object, so the fixed text is laid out once and stamped on every letter, and only the recipient
block and the signer vary from letter to letter.

The parts that hold one item per letter (letters, labels, envelopes) hold them as a Sequence:
`assemble` gives one that makes each item when asked for it, so tens of thousands of letters
cost memory for their signers and posts only. Read them in order, or by index; never rely on
getting the same object twice.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from packbuilder.errors import Origin


@dataclass(frozen=True)
class Text:
    """A run of plain text."""

    text: str


@dataclass(frozen=True)
class Cite:
    """A citation, printed as the source's number in superscript."""

    number: int


Inline = Text | Cite


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of running text with citations."""

    inlines: tuple[Inline, ...]


@dataclass(frozen=True)
class Cover:
    """The first page: title, date, the ask and how to use the pack."""

    title: str
    subtitle: str | None
    date_text: str
    organiser: str
    ask: Paragraph
    intro: tuple[Paragraph, ...]
    contents: tuple[str, ...]
    print_note: str
    #: The group's contact details (name, e-mail, phone, web), printed under the title.
    contact: tuple[str, ...] = ()
    #: How current the facts are: the date of the newest dated source the pack cites.
    facts_as_of: str | None = None
    #: Said under the title when the pack's text is a translation no one has reviewed yet.
    translation_note: str | None = None


@dataclass(frozen=True)
class TimelinePoint:
    """One dated count of a timeline, as printed."""

    #: In the table and the text alternative: "29 August 2023".
    date_text: str
    #: Beside its bar: "August 2023".
    short_date: str
    event: str
    #: In the table and the text alternative: "about 50", "500 to 600".
    count_text: str
    #: Beside its bar: "~50", "500–600".
    label: str
    #: The count, or the lowest and highest reported (equal for one count).
    low: int
    high: int
    #: The numbers of the sources that report it.
    sources: tuple[int, ...]
    #: How sure we are, in words.
    confidence: str


@dataclass(frozen=True)
class Timeline:
    """Dated counts drawn as a figure, with a table of the same data."""

    title: str
    points: tuple[TimelinePoint, ...]
    #: The figure's text alternative: the title and every point, in sentences.
    alt: str
    #: The table's column headings: date, event, count, how sure, sources.
    headers: tuple[str, str, str, str, str]
    #: The figure's key: dark bars, open bars, bracketed numbers.
    key: tuple[str, str, str]


@dataclass(frozen=True)
class BriefingSection:
    """A headed run of paragraphs, and a timeline figure after them when the section has one."""

    title: str
    paragraphs: tuple[Paragraph, ...]
    timeline: Timeline | None = None


@dataclass(frozen=True)
class Briefing:
    """The briefing part."""

    title: str
    sections: tuple[BriefingSection, ...]


@dataclass(frozen=True)
class CaseSummary:
    """One case in a box: when, where, how sure, what happened."""

    title: str
    date_text: str
    place: str | None
    confidence: str
    confidence_note: Paragraph
    summary: tuple[Paragraph, ...]
    origin: Origin


@dataclass(frozen=True)
class CaseList:
    """The case summaries part."""

    title: str
    intro: tuple[Paragraph, ...]
    cases: tuple[CaseSummary, ...]


@dataclass(frozen=True)
class AddresseeRow:
    """One post in the addressees table."""

    name: str
    status: str
    address: tuple[str, ...]
    fax: str
    verified: Paragraph
    notes: Paragraph
    origin: Origin


@dataclass(frozen=True)
class AddresseeTable:
    """Every post, open or closed, with when its details were last confirmed."""

    title: str
    intro: Paragraph
    rows: tuple[AddresseeRow, ...]


@dataclass(frozen=True)
class LetterBody:
    """The text every letter shares, laid out once."""

    subject: str | None
    salutation: str
    paragraphs: tuple[str, ...]
    personal_lines: int
    personal_prompt: str
    closing: str
    signature_label: str
    name_label: str
    address_label: str
    origin: Origin
    #: The recipient's own lines (name, office) and where they were written.
    recipient: tuple[str, ...] = ()
    recipient_origin: Origin | None = None
    #: Paragraphs printed below the lines for the writer's own words (a line of thanks).
    after_words: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Signer:
    """A person whose name and return address are printed in the signature block."""

    name: str
    address: tuple[str, ...]
    email: str | None = None
    #: The CSV row the signer came from, so layout can point at a name that does not fit.
    origin: Origin | None = None
    #: Which address lines are street lines, as (first, after the last): a label too short
    #: for the whole address may join these, and only these.
    street: tuple[int, int] = (0, 0)

    @property
    def return_lines(self) -> tuple[str, ...]:
        """The name and the address, as a label or an envelope prints them."""
        return (self.name, *self.address)

    @property
    def return_street(self) -> tuple[int, int]:
        """`street` counted among `return_lines`."""
        first, end = self.street
        return (first + 1, end + 1) if end else (0, 0)

    @property
    def named_origin(self) -> Origin | None:
        """The signer's row as every message about it is placed: "row 5 (Mei Lin)" (the name
        is added here, not kept with each of 100,000 rows)."""
        o = self.origin
        return None if o is None else Origin(o.file, o.line, o.col, f"{o.field} ({self.name})")


@dataclass(frozen=True, slots=True)
class Letter:
    """One letter: a post's recipient block around the shared body."""

    bookmark: str
    #: The date printed on the letter, or a blank line for the writer to date it.
    date_text: str
    recipient: tuple[str, ...]
    body: LetterBody
    signer: Signer | None
    origin: Origin
    #: Outline group the letter is filed under: the signer's name, or "Set 2"; None for none.
    group: str | None = None
    #: The post's short name, for reports about its letters.
    post: str = ""


@dataclass(frozen=True)
class Letters:
    """All the letters, one page each, signer by signer (or set by set), post by post."""

    title: str
    letters: Sequence[Letter]


@dataclass(frozen=True)
class SourceEntry:
    """One numbered source."""

    number: int
    text: str
    url: str | None
    #: Copies of the document elsewhere (printed after the text, each on its own line).
    mirrors: tuple[str, ...] = ()


@dataclass(frozen=True)
class SourceList:
    """The numbered sources at the end."""

    title: str
    entries: tuple[SourceEntry, ...]


@dataclass(frozen=True)
class GuideSection:
    """A headed run of paragraphs and bullet items."""

    title: str
    paragraphs: tuple[Paragraph, ...]
    items: tuple[Paragraph, ...]


@dataclass(frozen=True)
class Guide:
    """The organiser guide."""

    title: str
    sections: tuple[GuideSection, ...]
    #: The group's contact details, printed at the end of the guide.
    contact: tuple[str, ...] = ()


@dataclass(frozen=True)
class ReadingCopy:
    """The letter in translation, for signers to read at the table; never sent."""

    title: str
    #: BCP 47 tag of the translation (from its file name).
    language: str
    #: Says the page is not sent, and whether a native speaker has checked the translation.
    notes: tuple[str, ...]
    reviewed: bool
    recipient: str | None
    subject: str | None
    salutation: str
    paragraphs: tuple[str, ...]
    closing: str


@dataclass(frozen=True)
class SignInSheet:
    """A sheet writers sign as they arrive: name, e-mail, letters written."""

    title: str
    heading: str
    prefilled: tuple[Signer, ...]
    blank_rows: int
    #: Who keeps the e-mail addresses, what for and for how long (campaign's kit).
    note: str | None = None


@dataclass(frozen=True)
class TallySheet:
    """How many letters went to each post, counted at the end of the drive."""

    title: str
    heading: str
    posts: tuple[str, ...]
    report_to: str | None


@dataclass(frozen=True)
class FaxCover:
    """A cover page to send ahead of a letter by fax."""

    post: str
    fax: str
    attention: tuple[str, ...]
    subject: str
    #: Where the post's fax entry, the recipient and the subject were written.
    origin: Origin | None = None
    attention_origin: Origin | None = None
    subject_origin: Origin | None = None


@dataclass(frozen=True)
class FaxCovers:
    """One fax cover per open post that has a fax number."""

    title: str
    covers: tuple[FaxCover, ...]


@dataclass(frozen=True)
class WindowTest:
    """A letter page showing the envelope and its window at 1:1 around a real address block,
    to fold and hold against an envelope and the light before printing the letters."""

    title: str
    #: A real post's recipient block, placed exactly as on its letter.
    recipient: tuple[str, ...]


@dataclass(frozen=True)
class Invitation:
    """What the poster and the bulletin insert tell: the whole ask, when and where
    the drive is, what to bring, and the campaign's online page."""

    heading: str
    ask: str
    #: (label, value) rows: when, where, what to bring; the ones the campaign gives.
    facts: tuple[tuple[str, str], ...]
    #: The campaign's online page (drawn as a QR code and printed under it), or None.
    url: str | None
    #: The words above the QR code.
    online: str


#: The poster's paper: the pack's, or larger (tabloid 11 x 17 in, A3) for a wall.
PosterPaper = Literal["letter", "a4", "tabloid", "a3"]


@dataclass(frozen=True)
class Poster:
    """A one-page poster for the hall door or the notice board."""

    title: str
    invitation: Invitation
    #: The paper it is printed on (PrintSetup.poster_paper).
    paper: PosterPaper = "letter"


@dataclass(frozen=True)
class Bulletin:
    """The church-bulletin insert: two half-sheets on one page, with a cut mark between."""

    title: str
    invitation: Invitation


@dataclass(frozen=True, slots=True)
class Label:
    """One address label: a recipient or a signer's return address."""

    lines: tuple[str, ...]
    origin: Origin | None
    #: For a recipient label: the recipient's own lines and where they were written, so a
    #: name too long for a label is blamed on letter.yaml once, not on every post.
    shared: tuple[str, ...] = ()
    shared_origin: Origin | None = None
    #: Which lines are street lines, as (first, after the last): they may share a line when
    #: the label is too short for them all (Signer.street).
    street: tuple[int, int] = (0, 0)
    #: A signer's return address (from the list), not a post's.
    signer: bool = False


@dataclass(frozen=True)
class LabelSheets:
    """Address labels laid out on a label stock, starting at a given label."""

    title: str
    labels: Sequence[Label]
    #: 1-based position of the first label to use on the first (part-used) sheet.
    start: int
    #: Printer drift correction in millimetres (right, down).
    offset_mm: tuple[float, float]


@dataclass(frozen=True, slots=True)
class Envelope:
    """An envelope printed directly: recipient and, for a signer, a return address."""

    recipient: tuple[str, ...]
    sender: tuple[str, ...]
    origin: Origin | None
    #: Which of the sender's lines are street lines (Signer.street).
    sender_street: tuple[int, int] = (0, 0)
    #: Where the recipient's lines were written (the post), when `origin` is the signer's row:
    #: a recipient block too tall is the post's to shorten, not the signer's.
    recipient_origin: Origin | None = None


@dataclass(frozen=True)
class Envelopes:
    """Envelopes to print, one per letter."""

    title: str
    envelopes: Sequence[Envelope]


Part = (
    Briefing
    | CaseList
    | AddresseeTable
    | Letters
    | WindowTest
    | Guide
    | ReadingCopy
    | SignInSheet
    | TallySheet
    | FaxCovers
    | LabelSheets
    | Envelopes
    | Poster
    | Bulletin
    | SourceList
)
