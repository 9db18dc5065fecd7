"""The document model: what the pack prints, in order, as plain data with no ReportLab in it.

`assemble` builds a Document from Content; `layout` draws it. Every string here is plain text
(never markup): layout escapes it. A Document is a cover followed by parts; letters share one
LetterBody object, so the fixed text is laid out once and stamped on every letter, and only the
recipient block and the signer vary from letter to letter.

The parts that hold one item per letter (letters, labels, envelopes) hold them as a Sequence:
`assemble` gives one that makes each item when asked for it, so tens of thousands of letters
cost memory for their signers and posts only. Read them in order, or by index; never rely on
getting the same object twice.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from packbuilder.errors import Origin as Origin
from packbuilder.language.words import EN, Words

Paper = Literal["letter", "a4"]


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
class Meta:
    """What the PDF says about itself and how it is printed."""

    title: str
    author: str
    subject: str
    keywords: tuple[str, ...]
    language: str
    paper: Paper


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


@dataclass(frozen=True)
class BriefingSection:
    """A headed run of paragraphs."""

    title: str
    paragraphs: tuple[Paragraph, ...]


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


@dataclass(frozen=True, slots=True)
class Signer:
    """A person whose name and return address are printed in the signature block."""

    name: str
    address: tuple[str, ...]
    email: str | None = None
    #: The CSV row the signer came from, so layout can point at a name that does not fit.
    origin: Origin | None = None


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


@dataclass(frozen=True, slots=True)
class Label:
    """One address label: a recipient or a signer's return address."""

    lines: tuple[str, ...]
    origin: Origin | None
    #: For a recipient label: the recipient's own lines and where they were written, so a
    #: name too long for a label is blamed on letter.yaml once, not on every post.
    shared: tuple[str, ...] = ()
    shared_origin: Origin | None = None


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
    | SourceList
)


@dataclass(frozen=True)
class PrintSetup:
    """How the pack is put on paper: size, double-sided, copy-shop bleed, or e-mail."""

    paper: Paper
    #: Every part and every letter starts on a right-hand (odd) page; blank pages fill in.
    duplex: bool = True
    #: Bleed on each side, in millimetres, with crop marks; 0 for none.
    bleed_mm: float = 0
    #: A smaller file for attaching to e-mail: no blank pages, no crop marks.
    email: bool = False


@dataclass(frozen=True)
class KitChoice:
    """Which drive-kit sheets go in the pack, and how labels sit on a part-used sheet."""

    guide: bool = True
    sign_in: bool = True
    tally: bool = True
    fax_covers: bool = True
    labels: bool = True
    envelopes: bool = False
    #: The window-test sheet (--window-test); off unless asked for.
    window_test: bool = False
    sign_in_rows: int = 20
    #: Print fax covers even for numbers not confirmed within the campaign's age limit.
    fax_unverified: bool = False
    label_start: int = 1
    label_offset_mm: tuple[float, float] = (0.0, 0.0)


@dataclass(frozen=True)
class Attachment:
    """An existing PDF (a partner's flyer, a UN summary) merged in after a named part."""

    title: str
    path: str
    after: str
    pages: int


@dataclass(frozen=True)
class Document:
    """The whole pack: metadata, cover and parts in print order, and how it is printed."""

    meta: Meta
    #: None when the build prints only some parts (--only) and the cover is not one of them.
    cover: Cover | None
    parts: tuple[Part, ...]
    setup: PrintSetup
    attachments: tuple[Attachment, ...] = ()
    #: The words layout prints around the content (headings, table headers, bookmarks).
    words: Words = EN
    #: The words on what goes to the post (fax cover), in the letter's language.
    letter_words: Words = EN
    #: The letter's language tag, for the structure tree's /Lang where it differs from the
    #: pack's (a Korean reading copy carries English letters).
    letter_language: str = ""
    #: Things the organiser must know about this build (a fax cover left out, and why), in
    #: English for the terminal (the guide prints them in the campaign's language); never
    #: printed on a sheet that leaves the drive.
    notices: tuple[str, ...] = ()


#: The names of the parts, in print order, as `--only` takes them.
PART_NAMES = (
    "cover",
    "briefing",
    "cases",
    "addressees",
    "letters",
    "window-test",
    "guide",
    "sign-in",
    "tally",
    "fax-covers",
    "labels",
    "envelopes",
    "sources",
)


def part_name(part: Part) -> str:
    """The name `--only` knows `part` by."""
    return {
        Briefing: "briefing",
        CaseList: "cases",
        AddresseeTable: "addressees",
        Letters: "letters",
        WindowTest: "window-test",
        Guide: "guide",
        ReadingCopy: "guide",  # reading copies of the letter come with the organiser guide
        SignInSheet: "sign-in",
        TallySheet: "tally",
        FaxCovers: "fax-covers",
        LabelSheets: "labels",
        Envelopes: "envelopes",
        SourceList: "sources",
    }[type(part)]


def place_of(part: Part) -> str:
    """The name by which content refers to the place after `part` (kit sheets: 'letters')."""
    return {
        Briefing: "briefing",
        CaseList: "cases",
        AddresseeTable: "addressees",
        Letters: "letters",
        SourceList: "sources",
    }.get(type(part), "kit")


@dataclass(frozen=True)
class OutlineMark:
    """A bookmark target found while drawing: title, depth, final page index, height on page."""

    title: str
    level: int
    page: int
    #: Height of the target on its page in points (negative: show the whole page).
    top: float
    kind: str = "section"


@dataclass(frozen=True)
class Insertion:
    """A page the final file has that layout did not draw: a blank, or an attached PDF."""

    page: int
    attachment: Attachment | None = None


@dataclass(frozen=True)
class WindowFit:
    """How a post's recipient block clears the envelope window, wherever the letter rests."""

    post: str
    envelope: str
    lines: int
    #: Least distance, in points, between the block and the window's edges over the insert's
    #: resting range; negative when part of the address can slide out of sight.
    clearance: float
    #: The resting position (packet offset right and down, points) where that least clearance is.
    at: tuple[float, float]
    #: The same for the other envelopes the folded letter also goes in: (name, clearance).
    others: tuple[tuple[str, float], ...] = ()


@dataclass(frozen=True)
class RenderedBody:
    """The laid-out pack before finishing.

    Layout has written the pages to `writer` (a pdfwriter.StreamDocument: the open PDF file,
    pages, structure elements and outline entries in it already); finish writes what comes
    last (catalog, page labels, metadata, cross-reference) and closes it. `insertions` says
    where blank duplex pages and attached PDFs went (final page indices, ascending), and every
    mark and label range already counts them.
    """

    writer: Any
    page_count: int
    #: Where each part (and attached PDF) starts; letters and sheets are in the PDF's outline.
    marks: tuple[OutlineMark, ...]
    insertions: tuple[Insertion, ...]
    #: (first final page index, PDF label style) for each run of page labels.
    labels: tuple[tuple[int, str], ...]
    #: Bleed on each side in points (0 without); content is shifted by it.
    bleed: float
    #: How each post's recipient block sits in the envelope window.
    windows: tuple[WindowFit, ...] = ()
    #: Object number of the structure tree root (PDF/UA tags); 0 for an untagged build.
    struct_tree: int = 0
    #: Object number of the outline (bookmarks); 0 for none.
    outline: int = 0
    #: Letters drawn.
    letters: int = 0

    @property
    def tagged(self) -> bool:
        return self.struct_tree != 0

    @property
    def final_page_count(self) -> int:
        """Pages in the final file: drawn pages plus blanks and attached pages."""
        added = sum(i.attachment.pages if i.attachment else 1 for i in self.insertions)
        return self.page_count + added


@dataclass(frozen=True, slots=True)
class MarkedContent:
    """A marked-content sequence layout drew: drawn page (0-based) and its MCID there."""

    page: int
    mcid: int


@dataclass(frozen=True, slots=True)
class AnnotationRef:
    """A link annotation layout drew on drawn page `page`: object number `num` in the file."""

    page: int
    num: int


@dataclass(frozen=True, slots=True)
class WrittenElement:
    """An element already written to the file (object `num`), its content starting on drawn
    page `page` (-1 for none): what its parent keeps of it."""

    num: int
    page: int


@dataclass(eq=False)
class StructElement:
    """One element of the pack's structure tree (PDF/UA): what a screen reader announces.

    Layout builds the tree in reading order while it builds the story (so the order is the
    document's, not the drawing's) and appends the marked content it draws for each element;
    an element whose content is all drawn (a letter, a sheet) is written to the file then and
    its parent keeps only its number (WrittenElement). Mutable only while layout runs.
    """

    role: str  # a standard structure type: Document, Sect, H1, P, Table, TH, L, LI, Link...
    kids: list[StructElement | MarkedContent | AnnotationRef | WrittenElement] = field(
        default_factory=list
    )
    alt: str = ""
    lang: str = ""
    title: str = ""
    #: Table attributes (/O /Table), e.g. (("Scope", "Column"),) or (("ColSpan", 5),).
    table: tuple[tuple[str, str | int], ...] = ()
    #: What the element is to the pack, not written to the PDF: "letter" for each letter.
    kind: str = ""
    #: Its object number in the file once it has one (0 before).
    num: int = 0
    parent: StructElement | None = field(default=None, repr=False)

    def add(self, role: str, **kw: str | tuple[tuple[str, str | int], ...]) -> StructElement:
        """A new child element at the end (reading order is the order of adding)."""
        kid = StructElement(role, **kw)  # type: ignore[arg-type]
        kid.parent = self
        self.kids.append(kid)
        return kid
