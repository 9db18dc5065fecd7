"""The content format as typed frozen dataclasses, and validate(), which collects every problem.

Each dataclass field is one YAML key: its name is the key, its type says what may be written
there, and its `doc` is the text organisers read in docs/content.md (and, later, in a JSON
Schema for editors). `validate` walks the marked tree from the loader against these types, so a
problem is always reported at the line and column where the organiser wrote it.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import functools
import re
import types
import typing
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, ClassVar, Literal

from packbuilder.content.loader import (
    CONTENT_FILES,
    OPTIONAL_FILES,
    Mapping,
    Mark,
    Node,
    RawTree,
    Scalar,
    Sequence,
    source_ids,
    translation_language,
)
from packbuilder.errors import (
    VERIFY,
    ContentError,
    FieldPath,
    Origin,
    Problem,
    Severity,
    Step,
    closest,
    did_you_mean,
    field_path,
    human_path,
)
from packbuilder.language import words as lang
from packbuilder.signers import addresses

# ---------------------------------------------------------------------------------------------
# Value types


@dataclass(frozen=True, order=True)
class PartialDate:
    """A date known to the day, the month or only the year (`2012-02-15`, `2012-02`, `2012`)."""

    year: int
    month: int = 0
    day: int = 0

    _PATTERN: ClassVar[re.Pattern[str]] = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
    _MONTHS: ClassVar[tuple[str, ...]] = (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    )  # fmt: skip

    @classmethod
    def parse(cls, text: str) -> PartialDate | None:
        """The date written in `text`, or None if it is not a valid (partial) ISO date."""
        m = cls._PATTERN.match(text.strip())
        if not m:
            return None
        year, month, day = int(m[1]), int(m[2] or 0), int(m[3] or 0)
        try:
            dt.date(year, month or 1, day or 1)
        except ValueError:
            return None
        return cls(year, month, day)

    def human(self) -> str:
        """The date as printed: '15 February 2012', 'February 2012' or '2012'."""
        if not self.month:
            return str(self.year)
        month = self._MONTHS[self.month - 1]
        return f"{self.day} {month} {self.year}" if self.day else f"{month} {self.year}"

    def latest(self) -> dt.date:
        """The last day this date could mean (a year-only date means 31 December)."""
        if not self.month:
            return dt.date(self.year, 12, 31)
        if not self.day:
            first_next = dt.date(self.year + self.month // 12, self.month % 12 + 1, 1)
            return first_next - dt.timedelta(days=1)
        return dt.date(self.year, self.month, self.day)


@dataclass(frozen=True)
class Check:
    """A rule on a text value; returns what is wrong, or None."""

    rule: Callable[[str], str | None]


def _id_rule(text: str) -> str | None:
    if re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", text):
        return None
    return f"'{text}' is not a valid id (use lower-case letters, digits and hyphens)"


def _url_rule(text: str) -> str | None:
    if re.fullmatch(r"https?://[^\s<>\"]+\.[^\s<>\"]+", text):
        return None
    return f"'{text}' is not a web address (it must start with http:// or https://)"


# The 2012 notice lost its addresses to this placeholder; it must never reach print.
_EMAIL_PLACEHOLDERS = ("[email protected]", "email@example.com")


def _email_rule(text: str) -> str | None:
    if text.strip().lower() in _EMAIL_PLACEHOLDERS or "protected]" in text:
        return f"'{text}' is a placeholder, not an e-mail address; leave the e-mail out"
    if not re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}", text):
        return f"'{text}' is not a valid e-mail address"
    domain = text.rsplit("@", 1)[1].lower()
    if domain in ("example.com", "example.org", "example.net") or domain.endswith(".invalid"):
        return f"'{text}' is an example address, not a real one"
    return None


def _phone_rule(text: str) -> str | None:
    digits = re.sub(r"\D", "", text)
    if not re.fullmatch(r"\+?[0-9 ().-]+", text) or not 7 <= len(digits) <= 15:
        return f"'{text}' is not a phone or fax number (write it like +1 202 495 2138)"
    if not text.startswith("+"):
        return (
            f"'{text}' must be written in international form, starting with + and the country code"
        )
    return None


def _slug_rule(text: str) -> str | None:
    return _id_rule(text) and f"'{text}' is not a valid slug (lower-case letters, digits, hyphens)"


def _language_rule(text: str) -> str | None:
    if re.fullmatch(r"[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*", text):
        return None
    return f"'{text}' is not a language tag (write en, en-US, ko, zh-Hans ...)"


#: What is wrong with a language tag, or None (for the command line's --language).
language_problem = _language_rule


def _country_rule(text: str) -> str | None:
    if addresses.country_code(text):
        return None
    return f"'{text}' is not a country packbuilder knows (write its code: US, GB, DE, KR ...)"


Id = Annotated[str, Check(_id_rule)]
Country = Annotated[str, Check(_country_rule)]
Url = Annotated[str, Check(_url_rule)]
Email = Annotated[str, Check(_email_rule)]
Phone = Annotated[str, Check(_phone_rule)]
Slug = Annotated[str, Check(_slug_rule)]
LanguageTag = Annotated[str, Check(_language_rule)]
Confidence = Literal["high", "medium", "low"]
Paper = Literal["letter", "a4"]

#: A paragraph of prose; `[^source-id]` inside it cites a source.
Prose = str
CITATION = re.compile(r"\[\^([^\]]*)\]")


def doc(text: str, default: Any = dataclasses.MISSING) -> Any:
    """A dataclass field documented for organisers."""
    if isinstance(default, tuple | list):
        value = tuple(default)
        return dataclasses.field(default_factory=lambda: value, metadata={"doc": text})
    return dataclasses.field(default=default, metadata={"doc": text})


# ---------------------------------------------------------------------------------------------
# campaign.yaml

Place = Literal["cover", "briefing", "cases", "addressees", "letters", "sources"]


@dataclass(frozen=True)
class AttachmentSpec:
    """An existing PDF to merge into the pack."""

    title: str = doc("Bookmark title of the attached PDF.")
    file: str = doc("Path of the PDF, relative to the content folder (and inside it).")
    after: Place = doc("The part it follows: cover, briefing, cases, addressees, letters, sources.")


@dataclass(frozen=True)
class Kit:
    """The drive kit: which sheets go in the pack (the command line can override each)."""

    guide: bool = doc("The organiser guide (guide.yaml).", True)
    sign_in: bool = doc("A sign-in sheet: name, e-mail, letters written.", True)
    tally: bool = doc("A tally sheet with one row per open post.", True)
    fax_covers: bool = doc("A fax cover sheet for each open post that has a fax number.", True)
    labels: bool = doc("Address labels (Avery 5160 on Letter, L7160 on A4).", True)
    envelopes: bool = doc("Envelopes to print (#10 on Letter, DL on A4), fed by hand.", False)
    sign_in_rows: int = doc("Rows on the sign-in sheet beyond the signers listed (0 to 60).", 20)
    report_to: str | None = doc("Who receives the tally after the drive.", None)


@dataclass(frozen=True)
class SignerColumns:
    """The header of each signer field in a CSV, when it is not one packbuilder recognises."""

    name: str | None = doc("Header of the full-name column.", None)
    prefix: str | None = doc("Header of the name-prefix column (Dr, Ms).", None)
    first_name: str | None = doc("Header of the first-name column.", None)
    middle_name: str | None = doc("Header of the middle-name column.", None)
    last_name: str | None = doc("Header of the last-name column.", None)
    suffix: str | None = doc("Header of the name-suffix column (Jr., III).", None)
    address: str | None = doc("Header of a column holding the whole address.", None)
    street: str | None = doc("Header of the street column.", None)
    house_number: str | None = doc("Header of a house-number column apart from the street.", None)
    street2: str | None = doc("Header of the second street line.", None)
    street3: str | None = doc("Header of the third street line.", None)
    unit: str | None = doc("Header of the apartment/suite/unit column.", None)
    city: str | None = doc("Header of the city column.", None)
    region: str | None = doc("Header of the state column.", None)
    postal_code: str | None = doc("Header of the ZIP column.", None)
    postal_code_ext: str | None = doc("Header of a ZIP+4 column apart from the ZIP.", None)
    country: str | None = doc("Header of the country column.", None)
    email: str | None = doc("Header of the e-mail column.", None)

    def mapping(self) -> dict[str, str]:
        """Field name -> header, for the fields given."""
        return {k: v for k, v in dataclasses.asdict(self).items() if v}


@dataclass(frozen=True)
class GroupContact:
    """How people reach the group behind the pack: printed on the cover and in the guide,
    never in the PDF's metadata."""

    name: str | None = doc("The group's name, if it is not the organiser.", None)
    email: Email | None = doc("An e-mail address people can write to.", None)
    phone: Phone | None = doc("A phone number in international form: +44 20 7946 0000.", None)
    web: Url | None = doc("A web address, starting with https://.", None)

    def parts(self) -> tuple[str, ...]:
        """The details given, in print order."""
        return tuple(v for v in (self.name, self.email, self.phone, self.web) if v)


@dataclass(frozen=True)
class Campaign:
    """campaign.yaml: what the pack is, its date and its paper."""

    title: str = doc("Title of the pack, on the cover and in the PDF metadata.")
    date: dt.date = doc(
        "Edition date (YYYY-MM-DD), printed on the cover; letters are undated unless built "
        "with --letter-date."
    )
    organiser: str = doc("Who prepared the pack (PDF author, cover).")
    ask: Prose = doc("What the campaign asks for, in one paragraph.")
    subtitle: str | None = doc("One line under the title.", None)
    slug: Slug | None = doc("File-name form of the title; made from the title if absent.", None)
    language: LanguageTag = doc("Language of the pack as a BCP 47 tag.", "en")
    paper: Paper = doc("letter (US Letter, #10 window) or a4 (A4, DIN 676 window).", "letter")
    country: Country | None = doc(
        "Country the letters are posted in (US, GB, DE, KR ... or its name); an address in "
        "another country gets a country line. Absent: the posts' country on letter paper, "
        "unknown on A4 (every country line printed).",
        None,
    )
    intro: tuple[Prose, ...] = doc("Paragraphs for the cover: how to use the pack.", ())
    keywords: tuple[str, ...] = doc("Words for the PDF metadata.", ())
    duplex: bool = doc(
        "Start every part and letter on a right-hand page (blank pages added).", True
    )
    attachments: tuple[AttachmentSpec, ...] = doc("Existing PDFs to merge in.", ())
    posts: tuple[Id, ...] | None = doc(
        "Ids of the posts (contacts.yaml) that get letters; absent: every open post.", None
    )
    kit: Kit = doc("Which drive-kit sheets the pack holds.", Kit())
    signers: str | None = doc(
        "A signer list (CSV) inside the content folder, for mail merge.", None
    )
    signer_columns: SignerColumns = doc(
        "Headers of a signer CSV that packbuilder does not recognise.", SignerColumns()
    )
    contact: GroupContact | None = doc(
        "How people reach your group (name, email, phone, web): printed on the cover and in "
        "the organiser guide, never in the PDF's metadata.",
        None,
    )
    stale_after_months: int = doc(
        "How old (in months before the campaign date) a confirmed address or fax number may "
        "be. Older ones are warned about, and a fax number older than this gets no fax cover "
        "(unless built with --fax-unverified).",
        12,
    )

    @property
    def stale_before(self) -> dt.date:
        """A confirmation whose latest possible day is before this date is stale."""
        months = self.date.year * 12 + self.date.month - 1 - self.stale_after_months
        year, month = divmod(months, 12)
        last_day = calendar.monthrange(year, month + 1)[1]
        return dt.date(year, month + 1, min(self.date.day, last_day))

    @property
    def file_slug(self) -> str:
        """The slug, or one made from the title."""
        if self.slug:
            return self.slug
        return lang.slug(self.title, "action-pack")


# ---------------------------------------------------------------------------------------------
# briefing.yaml and cases.yaml


@dataclass(frozen=True)
class Section:
    """One section of the briefing."""

    id: Id = doc("Id of the section.")
    title: str = doc("Heading of the section.")
    paragraphs: tuple[Prose, ...] = doc("Paragraphs; each may cite sources with [^id].")


@dataclass(frozen=True)
class Briefing:
    """briefing.yaml: the background an organiser and a letter writer need."""

    sections: tuple[Section, ...] = doc("The sections, in print order.")
    title: str | None = doc(
        "Heading of the briefing (default: the word for it in the campaign's language).", None
    )


@dataclass(frozen=True)
class Case:
    """One documented case: dated, sourced, with how sure we are."""

    id: Id = doc("Id of the case.")
    title: str = doc("Title of the case.")
    date: PartialDate = doc("When it happened (YYYY-MM-DD, YYYY-MM or YYYY).")
    confidence: Confidence = doc("high, medium or low: how sure we are of the account.")
    confidence_note: Prose = doc("Why: what is certain, what is reported and by whom.")
    summary: tuple[Prose, ...] = doc("Paragraphs; each may cite sources with [^id].")
    date_note: str | None = doc("Words for a span or an uncertain date.", None)
    place: str | None = doc("Where it happened.", None)


@dataclass(frozen=True)
class Cases:
    """cases.yaml: the case summaries."""

    cases: tuple[Case, ...] = doc("The cases, in print order.")
    title: str | None = doc(
        "Heading of the case summaries (default: in the campaign's language).", None
    )
    intro: tuple[Prose, ...] = doc("Paragraphs before the cases.", ())


# ---------------------------------------------------------------------------------------------
# contacts.yaml


@dataclass(frozen=True)
class Verified:
    """When a fact about a post was last confirmed, and where."""

    source: Id = doc("Id of the source in sources.yaml.")
    date: PartialDate | None = doc(
        "The date of the source's own statement (YYYY-MM-DD, YYYY-MM or YYYY), never later "
        "than the source's date; leave it out if the source is undated, and the pack prints "
        "'date not known'.",
        None,
    )
    official: bool = doc(
        "true only when the post's own (official) site confirmed it; otherwise the pack says "
        "'not confirmed on an official site'.",
        False,
    )
    note: Prose | None = doc("What was and was not confirmed; may cite sources with [^id].", None)

    @property
    def when(self) -> str:
        """The date as printed, or 'date not known'."""
        return self.date.human() if self.date else "date not known"

    def current(self, stale_before: dt.date) -> bool:
        """Whether this was confirmed on or after `stale_before` (an undated one never is)."""
        return self.date is not None and self.date.latest() >= stale_before


@dataclass(frozen=True)
class Closure:
    """Why a post no longer takes letters."""

    date: PartialDate = doc("When the post closed.")
    reason: Prose = doc("Why it closed; may cite sources with [^id].")
    source: Id = doc("Id of the source in sources.yaml.")


@dataclass(frozen=True)
class Address:
    """A postal address, as printed in the envelope window."""

    lines: tuple[str, ...] = doc("Street lines, in order.")
    city: str = doc("City.")
    region: str | None = doc(
        "State, province or region, where the country's addresses use one (for a US state, "
        "its two-letter code).",
        None,
    )
    postal_code: str | None = doc(
        "Postal code, in quotes so leading zeros are kept; needed for an open post.", None
    )
    country: str | None = doc("Country, for mail from abroad.", None)


@dataclass(frozen=True)
class Fax:
    """A fax number and when it was last confirmed."""

    number: Phone = doc("International form: +1 202 495 2138.")
    verified: Verified = doc("When and where the number was last confirmed.")


@dataclass(frozen=True)
class EmailContact:
    """An e-mail address and when it was last confirmed."""

    address: Email = doc("A real e-mail address (no placeholders).")
    verified: Verified = doc("When and where the address was last confirmed.")


@dataclass(frozen=True)
class Contact:
    """A diplomatic post a letter may be sent to (in care of)."""

    id: Id = doc("Id of the post.")
    name: str = doc("Full name of the post, as on the envelope.")
    short_name: str = doc("Short name for tables and bookmarks.")
    status: Literal["open", "closed"] = doc("open or closed; only open posts get letters.")
    address: Address = doc("Postal address.")
    address_verified: Verified = doc("When and where the postal address was last confirmed.")
    closed: Closure | None = doc("For a closed post: date, reason and source.", None)
    window_name: str | None = doc(
        "Shorter name of the post for the envelope window (after 'c/o'), when the full name "
        "is too long for one line of it: Chinese Consulate General. The full name stays in the "
        "addressee table.",
        None,
    )
    fax: Fax | None = doc("Fax number, if the post has one.", None)
    email: EmailContact | None = doc("E-mail address, if a real one is known.", None)
    note: Prose | None = doc(
        "Anything an organiser should know; may cite sources with [^id].", None
    )

    @property
    def is_open(self) -> bool:
        """Whether the post is open (only open posts can get letters)."""
        return self.status == "open"


@dataclass(frozen=True)
class Contacts:
    """contacts.yaml: every post, open or closed."""

    contacts: tuple[Contact, ...] = doc("The posts a letter may go to.")


# ---------------------------------------------------------------------------------------------
# letter.yaml


@dataclass(frozen=True)
class Recipient:
    """Who every letter is addressed to (the post is added as 'c/o')."""

    name: str = doc("Name with honorific: His Excellency Xi Jinping.")
    title: str = doc(
        "Office: President of the People's Republic of China. The post's name follows as "
        "'c/o <post name>'."
    )


@dataclass(frozen=True)
class LetterParagraph:
    """One paragraph of the letter body."""

    id: Id = doc("Id of the paragraph.")
    text: str = doc("The paragraph.")
    optional: bool = doc("true if a drive may drop this paragraph.", False)


@dataclass(frozen=True)
class Signature:
    """Labels under the writer's signature, name and address lines."""

    signature_label: str = doc("Label under the signature line.", "Signature")
    name_label: str = doc("Label under the name line.", "Name")
    address_label: str = doc("Label under the address line.", "Address")


@dataclass(frozen=True)
class LetterTemplate:
    """letter.yaml: the text shared by every letter."""

    recipient: Recipient = doc("Who the letter is addressed to.")
    salutation: str = doc("Your Excellency,")
    paragraphs: tuple[LetterParagraph, ...] = doc("The body, in order.")
    closing: str = doc("Respectfully,")
    subject: str | None = doc("Subject line above the salutation.", None)
    include: tuple[Id, ...] | None = doc("Optional paragraphs to print (absent: all).", None)
    personal_lines: int = doc("Ruled lines for the writer's own words (0 to 6).", 3)
    personal_prompt: str = doc("Label above those lines.", "In your own words:")
    signature: Signature = doc("Labels of the signature block.", Signature())
    language: LanguageTag = doc(
        "Language the letter is written in (BCP 47); the letter's date, the 'c/o' line and the "
        "fax cover's words for the post follow it. Officials get letters in English unless an "
        "accurate translation is available.",
        "en",
    )

    def body(self) -> tuple[LetterParagraph, ...]:
        """The paragraphs printed: every fixed one and the included optional ones."""
        chosen = self.include
        return tuple(
            p for p in self.paragraphs if not p.optional or chosen is None or p.id in chosen
        )


@dataclass(frozen=True)
class TranslatedParagraph:
    """One paragraph of a translation, matched to letter.yaml's by id."""

    id: Id = doc("Id of the paragraph in letter.yaml that this translates.")
    text: str = doc("The paragraph in this language.")
    optional: bool = doc("As in letter.yaml (the two must agree).", False)


@dataclass(frozen=True)
class LetterTranslation:
    """letter.<language>.yaml (letter.ko.yaml, letter.zh.yaml): the letter translated, printed in
    the drive kit for signers to read at the table. It is never sent."""

    salutation: str = doc("The salutation in this language.")
    paragraphs: tuple[TranslatedParagraph, ...] = doc(
        "Every paragraph of letter.yaml, with the same id and optional flag."
    )
    closing: str = doc("The closing in this language.")
    recipient: str | None = doc("The recipient's name and office in this language.", None)
    subject: str | None = doc("The subject line; required when letter.yaml has one.", None)
    reviewed_by: str | None = doc(
        "Who checked the translation against the English (a native speaker), and when; "
        "without it the page says the translation has not yet been checked.",
        None,
    )


# ---------------------------------------------------------------------------------------------
# guide.yaml


@dataclass(frozen=True)
class GuideSection:
    """One headed part of the organiser guide."""

    title: str = doc("Heading.")
    paragraphs: tuple[Prose, ...] = doc("Paragraphs.", ())
    items: tuple[Prose, ...] = doc("A bulleted list.", ())


@dataclass(frozen=True)
class Guide:
    """guide.yaml: the organiser guide (one or two pages)."""

    sections: tuple[GuideSection, ...] = doc("The sections, in print order.")
    title: str | None = doc("Heading of the guide (default: in the campaign's language).", None)


# ---------------------------------------------------------------------------------------------
# sources.yaml


@dataclass(frozen=True)
class Source:
    """A document the pack cites."""

    id: Id = doc("Id used in [^id] citations and source: fields.")
    author: str = doc("Person or organisation.")
    title: str = doc(
        "Title of the document. Where a document has no title of its own, describe it in "
        'square brackets, in quotes: "[Statement on North Koreans in China]"; it prints '
        "without quotation marks."
    )
    publisher: str | None = doc("Where it appeared, if not the author.", None)
    identifier: str | None = doc("UN symbol, Amnesty index, case number ...", None)
    date: PartialDate | None = doc("Date of the document.", None)
    consulted: PartialDate | None = doc(
        "For an undated web page only: when it was read (printed as 'undated; consulted ...').",
        None,
    )
    url: Url | None = doc("Where to read it: the document itself, not a copy.", None)
    mirrors: tuple[Url, ...] = doc(
        "Copies elsewhere that helped us find or read it (printed after the note).", ()
    )
    note: str | None = doc("A short note.", None)


@dataclass(frozen=True)
class Sources:
    """sources.yaml: every source the pack cites."""

    sources: tuple[Source, ...] = doc("Every source the pack cites.")


# ---------------------------------------------------------------------------------------------
# labels.yaml


def _label_field(key: str) -> tuple[str, Any, Any]:
    english = getattr(lang.EN, key)
    if isinstance(english, tuple):
        return (key, tuple[str, ...] | None, doc(f"Default: {', '.join(english)}.", None))
    return (key, str | None, doc(f"Default: '{english}'.", None))


#: labels.yaml: any word packbuilder prints, replaced (keys as in `language.Words`).
Labels: type = dataclasses.make_dataclass(
    "Labels", [_label_field(k) for k in lang.catalog_keys()], frozen=True
)
Labels.__doc__ = "labels.yaml: the words packbuilder prints, replaced by your own."


def label_overrides(labels: Any) -> dict[str, str | tuple[str, ...]]:
    """The keys a Labels value sets."""
    return {k: v for k in lang.catalog_keys() if (v := getattr(labels, k)) is not None}


# ---------------------------------------------------------------------------------------------
# The whole content


@dataclass(frozen=True)
class Places:
    """Where every value of the content was written: a list item (a contact, a case) by the
    item itself (`places.of(contact, "fax")`), anything else by its file and the steps to it
    (`places.origin("letter.yaml", "recipient")`); never by a rebuilt string."""

    marks: dict[tuple[str, FieldPath], Mark] = dataclasses.field(default_factory=dict)
    #: Each list item that was read, by identity: (the item, kept so its id stays its own;
    #: its file; its steps).
    items: dict[int, tuple[object, str, FieldPath]] = dataclasses.field(default_factory=dict)

    def mark(self, file: str, steps: FieldPath, inside: str = "") -> Mark:
        """Where the value starts, or where `inside` starts within it as written; the file's
        first line for a value that was never read (an absent optional key)."""
        mark = self.marks.get((file, steps))
        if mark is None:
            top = self.marks.get((file, ()))  # named as the file's other messages name it
            mark = Mark(top.file if top else file, 1, 1)
        return mark.find(inside) if inside else mark

    def origin(self, file: str, *steps: Step) -> Origin:
        """The value's place, to carry on the document model for problems found later."""
        mark = self.mark(file, steps)
        return Origin(mark.file, mark.line, mark.col, field_path(steps))

    def of(self, item: object, *steps: Step) -> Origin:
        """The place of a list item as read (a contact, a case, a source), or of a value inside
        it (`"fax"`), so no caller counts its way back to the item's position."""
        _, file, path = self.items[id(item)]
        return self.origin(file, *path, *steps)

    def problem(
        self,
        file: str,
        steps: FieldPath,
        message: str,
        severity: Severity = "error",
        inside: str = "",
        topic: str = "",
    ) -> Problem:
        """A problem with the value at `steps` in `file` (at `inside` when given)."""
        mark = self.mark(file, steps, inside)
        return Problem(mark.file, mark.line, mark.col, field_path(steps), message, severity, topic)


@dataclass(frozen=True)
class Content:
    """Everything in the content folder, validated; `places` says where each value was written."""

    folder: Path
    campaign: Campaign
    briefing: Briefing
    cases: Cases
    contacts: Contacts
    letter: LetterTemplate
    sources: Sources
    guide: Guide
    places: Places = dataclasses.field(compare=False, repr=False)
    warnings: tuple[Problem, ...] = ()
    #: The printed words: the campaign language's catalog with labels.yaml applied.
    language: lang.Language = lang.ENGLISH
    #: The words printed on what goes to the post (letter date, 'c/o', fax cover), in the
    #: letter's own language.
    letter_language: lang.Language = lang.ENGLISH
    #: Reading copies of the letter: (language tag from the file name, translation).
    translations: tuple[tuple[str, LetterTranslation], ...] = ()

    def posts(self) -> tuple[Contact, ...]:
        """The posts that get letters: the campaign's `posts`, or every open post."""
        chosen = self.campaign.posts
        return tuple(
            c for c in self.contacts.contacts if c.is_open and (chosen is None or c.id in chosen)
        )


FILE_TYPES: dict[str, type] = {
    "campaign.yaml": Campaign,
    "briefing.yaml": Briefing,
    "cases.yaml": Cases,
    "contacts.yaml": Contacts,
    "letter.yaml": LetterTemplate,
    "sources.yaml": Sources,
    "guide.yaml": Guide,
}
assert tuple(FILE_TYPES) == CONTENT_FILES
OPTIONAL_TYPES: dict[str, type] = {"labels.yaml": Labels}
assert tuple(OPTIONAL_TYPES) == OPTIONAL_FILES


def validate(raw: RawTree, strict: bool = False) -> Content:
    """Turn the marked tree into Content, or raise ContentError holding every problem at once.

    Warnings (stale verification dates, unused sources) are kept on the Content; with
    `strict` they count as errors.
    """
    reader = _Reader()
    parsed: dict[str, Any] = {}
    for name, cls in FILE_TYPES.items():
        node = raw.files.get(name)
        if node is not None:
            parsed[name] = reader.read(node, cls, (), name)
    optional = {}
    for name, cls in OPTIONAL_TYPES.items():
        node = raw.files.get(name)
        if node is not None:
            optional[name] = reader.read(node, cls, (), name)
    translations: dict[str, Any] = {}
    for name, node in sorted(raw.files.items()):
        tag = translation_language(name)
        if tag is not None and node is not None:
            translations[name] = reader.read(node, LetterTranslation, (), name)
            if _language_rule(tag):
                message = f"'{tag}' in the file name is not a language tag (letter.ko.yaml)"
                reader.problem(node.mark, ("(file)",), message)
    problems = list(raw.problems) + reader.problems
    good = {name: value for name, value in parsed.items() if value is not _BAD}
    # Cross-file checks run on every file that could be read, so one broken file does not
    # hide the mistakes in the others.
    found = list(_cross_checks(good, reader.places, raw.folder, source_ids(raw)))
    labels = optional.get("labels.yaml")
    overrides = label_overrides(labels) if labels not in (None, _BAD) else {}
    found += _label_checks(overrides, reader.places, good.get("campaign.yaml"))
    good_translations = {n: t for n, t in translations.items() if t is not _BAD}
    if "letter.yaml" in good:
        for name, translation in good_translations.items():
            found += _translation_checks(name, translation, good["letter.yaml"], reader.places)
    problems += [p for p in found if p.severity == "error"]
    warnings = [p for p in found if p.severity == "warning"]
    if strict:
        problems += [dataclasses.replace(w, severity="error") for w in warnings]
        warnings = []
    if problems or len(good) < len(FILE_TYPES):
        if not problems:  # a file failed without saying why: a bug, but never a silent one
            problems.append(
                Problem(str(raw.folder), 1, 1, "(content)", "content could not be read")
            )
        raise ContentError(problems + warnings)
    return Content(
        folder=raw.folder,
        campaign=good["campaign.yaml"],
        briefing=good["briefing.yaml"],
        cases=good["cases.yaml"],
        contacts=good["contacts.yaml"],
        letter=good["letter.yaml"],
        sources=good["sources.yaml"],
        guide=good["guide.yaml"],
        places=reader.places,
        warnings=tuple(sorted(warnings)),
        language=lang.language_for(good["campaign.yaml"].language, overrides),
        letter_language=_letter_language(good["letter.yaml"], good["campaign.yaml"], overrides),
        translations=tuple(
            (tag, t) for n, t in good_translations.items() if (tag := translation_language(n))
        ),
    )


def _translation_checks(
    name: str, translation: LetterTranslation, letter: LetterTemplate, places: Places
) -> list[Problem]:
    """A translation says what the letter says: the same paragraphs (ids, optional flags) and a
    subject when the letter has one. A paragraph added to letter.yaml and not here is an error,
    so the reading copy never lags behind the letter that is signed."""

    def at(path: FieldPath, message: str) -> Problem:
        return places.problem(name, path, message)

    found = []
    english = {p.id: p for p in letter.paragraphs}
    ids = [p.id for p in translation.paragraphs]
    for i, p in enumerate(translation.paragraphs):
        if p.id not in english:
            hint = did_you_mean(p.id, english)
            found.append(
                at(("paragraphs", i, "id"), f"letter.yaml has no paragraph '{p.id}'{hint}")
            )
        elif english[p.id].optional != p.optional:
            flag = "true" if english[p.id].optional else "false (or absent)"
            found.append(at(("paragraphs", i), f"optional is {flag} in letter.yaml; say the same "
                            "here"))  # fmt: skip
    for original in letter.paragraphs:
        if original.id not in ids:
            message = (
                f"paragraph '{original.id}' of letter.yaml is not translated here; add it with "
                "the same id, or the reading copy would leave out part of what signers sign"
            )
            found.append(at(("paragraphs",), message))
    if letter.subject and not translation.subject:
        found.append(at((), "letter.yaml has a subject line: translate it here (subject:)"))
    return found


def _letter_language(
    letter: LetterTemplate, campaign: Campaign, overrides: dict[str, str | tuple[str, ...]]
) -> lang.Language:
    """The letter's language; labels.yaml speaks the campaign's language, so it applies to the
    letter only when the two share a catalog."""
    same = lang.catalog_code(letter.language) == lang.catalog_code(campaign.language)
    return lang.language_for(letter.language, overrides if same else None)


def _label_checks(
    overrides: dict[str, str | tuple[str, ...]], places: Places, campaign: Any
) -> list[Problem]:
    """labels.yaml's placeholders, and a campaign language with no catalog of its own."""
    found = []
    for key, value in overrides.items():
        message = lang.override_problem(key, value)
        if message:
            found.append(places.problem("labels.yaml", (key,), message))
    complete = len(overrides) == len(lang.catalog_keys())
    if campaign is not None and lang.catalog_code(campaign.language) is None and not complete:
        known = ", ".join(lang.CATALOGS)
        message = (
            f"packbuilder has no words in '{campaign.language}' (it has {known}): headings, "
            "table headers and dates print in English unless labels.yaml gives them"
        )
        found.append(places.problem("campaign.yaml", ("language",), message, "warning"))
    return found


# ---------------------------------------------------------------------------------------------
# Reading the marked tree against the dataclasses


def _what(f: dataclasses.Field[Any]) -> str:
    """' — ' and the field's help text, to say in a message what belongs there."""
    text = str(f.metadata.get("doc", "")).rstrip(".")
    return f" — {text}" if text else ""


def _required(f: dataclasses.Field[Any]) -> bool:
    """A key that must be written: its field has no default. A required list must not be
    empty; an optional one may be (`include: []` prints no optional paragraph)."""
    return f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING


class _Bad:
    """Marks a value that could not be read (its problem is already recorded)."""


_BAD: Any = _Bad()


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    """The field types of a schema class, resolved once: resolving them evaluates every
    annotation's text (the module has `from __future__ import annotations`), ~0.3 ms a time."""
    return typing.get_type_hints(cls, include_extras=True)


class _Reader:
    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.places = Places()

    def problem(self, mark: Mark, path: FieldPath, message: str) -> Any:
        self.problems.append(Problem(mark.file, mark.line, mark.col, field_path(path), message))
        return _BAD

    def read(self, node: Node, tp: Any, path: FieldPath, file: str) -> Any:
        self.places.marks[file, path] = node.mark
        checks: list[Check] = []
        if typing.get_origin(tp) is Annotated:
            tp, *extras = typing.get_args(tp)
            checks = [e for e in extras if isinstance(e, Check)]
        origin = typing.get_origin(tp)
        if origin in (typing.Union, types.UnionType):
            inner = [a for a in typing.get_args(tp) if a is not type(None)]
            if isinstance(node, Scalar) and node.kind == "null":
                return None
            return self.read(node, inner[0], path, file)
        if isinstance(node, Scalar) and node.kind == "null":
            return self.problem(node.mark, path, "a value is required here")
        if dataclasses.is_dataclass(tp) and tp is not PartialDate:
            return self.read_mapping(node, typing.cast(type, tp), path, file)
        if origin is tuple:
            return self.read_sequence(node, typing.get_args(tp)[0], path, file)
        if not isinstance(node, Scalar):
            what = "a list" if isinstance(node, Sequence) else "a mapping of keys"
            return self.problem(node.mark, path, f"expected {_describe(tp)}, found {what}")
        value = self.read_scalar(node, tp, path)
        if value is not _BAD:
            for check in checks:
                message = check.rule(value)
                if message:
                    return self.problem(node.mark, path, message)
        return value

    def read_scalar(self, node: Scalar, tp: Any, path: FieldPath) -> Any:
        text = node.text
        if tp is str:
            if not text.strip():
                return self.problem(node.mark, path, "must not be empty")
            return text.strip()
        if tp is bool:
            if node.kind != "bool":
                return self.problem(node.mark, path, f"expected true or false, found '{text}'")
            return text.lower() in ("true", "yes", "on")
        if tp is int:
            if node.kind != "int":
                return self.problem(node.mark, path, f"expected a whole number, found '{text}'")
            return int(text)
        if tp is dt.date:
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text.strip()):
                return self.problem(node.mark, path, f"expected a date YYYY-MM-DD, found '{text}'")
            try:
                return dt.date.fromisoformat(text.strip())
            except ValueError:
                return self.problem(node.mark, path, f"'{text}' is not a real date")
        if tp is PartialDate:
            parsed = PartialDate.parse(text)
            if parsed is None:
                return self.problem(
                    node.mark, path, f"expected a date YYYY-MM-DD, YYYY-MM or YYYY, found '{text}'"
                )
            return parsed
        if typing.get_origin(tp) is Literal:
            allowed = typing.get_args(tp)
            if text not in allowed:
                choices = ", ".join(allowed)
                hint = did_you_mean(text, allowed)
                return self.problem(node.mark, path, f"'{text}' is not one of {choices}{hint}")
            return text
        raise TypeError(f"schema type {tp!r} is not supported")  # a bug in the schema itself

    def read_sequence(self, node: Node, item_tp: Any, path: FieldPath, file: str) -> Any:
        if not isinstance(node, Sequence):
            # One line per message: a multi-line value is quoted on one line.
            text = " ".join(node.text.split()) if isinstance(node, Scalar) else ""
            found = "a mapping of keys" if isinstance(node, Mapping) else f"'{text}'"
            return self.problem(node.mark, path, f"expected a list, found {found}")
        items = [self.read(child, item_tp, (*path, i), file) for i, child in enumerate(node.items)]
        if not items:
            return ()  # whether it may be empty is the field's to say (see read_mapping)
        if any(v is _BAD for v in items):
            return _BAD
        if dataclasses.is_dataclass(item_tp):
            for i, item in enumerate(items):
                self.places.items[id(item)] = (item, file, (*path, i))
            if "id" in item_tp.__dataclass_fields__:
                self.unique_ids(node, items, path)
        return tuple(items)

    def unique_ids(self, node: Sequence, items: list[Any], path: FieldPath) -> None:
        seen: dict[str, int] = {}
        for i, (child, item) in enumerate(zip(node.items, items, strict=True)):
            if item.id in seen:
                self.problem(
                    child.mark,
                    (*path, i, "id"),
                    f"id '{item.id}' is used twice "
                    f"(also {human_path(field_path((*path, seen[item.id])))})"
                    "; give each one its own id",
                )
            seen.setdefault(item.id, i)

    def read_mapping(self, node: Node, cls: type, path: FieldPath, file: str) -> Any:
        if not isinstance(node, Mapping):
            return self.problem(node.mark, path, f"expected {_describe(cls)}")
        hints = _hints(cls)
        fields = {f.name: f for f in dataclasses.fields(cls)}
        values: dict[str, Any] = {}
        bad = False
        for key, child in node.items:
            sub = (*path, key.text)
            if key.text not in fields:
                near = closest(key.text, fields)
                fix = (
                    f"did you mean '{near}'?"
                    if near
                    else "remove it, or use one of the keys here: " + ", ".join(fields)
                )
                self.problem(key.mark, sub, f"unknown key; {fix}")
                bad = True
                continue
            value = self.read(child, hints[key.text], sub, file)
            if value == () and _required(fields[key.text]):
                # A required list left empty prints nothing where the pack needs something
                # (a letter with no body), so it is as wrong as a missing key.
                message = f"the list is empty; give at least one{_what(fields[key.text])}"
                value = self.problem(child.mark, sub, message)
            bad = bad or value is _BAD
            values[key.text] = value
        for name, f in fields.items():
            if name in values:
                continue
            if _required(f):
                sub = (*path, name)
                message = f"required key is missing; add '{name}:' here{_what(f)}"
                self.problem(node.mark, sub, message)
                bad = True
        if bad:
            return _BAD
        return cls(**values)


def _describe(tp: Any) -> str:
    if typing.get_origin(tp) is Annotated:
        tp = typing.get_args(tp)[0]
    if dataclasses.is_dataclass(tp) and tp is not PartialDate:
        return "a mapping of keys"
    if tp is PartialDate or tp is dt.date:
        return "a date"
    if tp is int:
        return "a whole number"
    if typing.get_origin(tp) is Literal:
        return "one of " + ", ".join(typing.get_args(tp))
    return "text"


# ---------------------------------------------------------------------------------------------
# Checks across files


def _cross_checks(
    parsed: dict[str, Any], places: Places, folder: Path, written_ids: set[str]
) -> Iterator[Problem]:
    """Checks that span files: citations, source references, dates, letters to print."""
    sources_file: Sources | None = parsed.get("sources.yaml")
    campaign: Campaign | None = parsed.get("campaign.yaml")
    briefing: Briefing | None = parsed.get("briefing.yaml")
    cases: Cases | None = parsed.get("cases.yaml")
    contacts: Contacts | None = parsed.get("contacts.yaml")
    letter: LetterTemplate | None = parsed.get("letter.yaml")
    guide: Guide | None = parsed.get("guide.yaml")
    # Citations are checked against the ids written in sources.yaml even when some source has
    # a mistake of its own, so one bad URL does not hide every unknown citation.
    sources = {s.id for s in sources_file.sources} if sources_file else written_ids
    known = sources_file is not None or bool(written_ids)
    used: set[str] = set()

    at = places.problem

    def cite(file: str, path: FieldPath, text: str) -> Iterator[Problem]:
        for ref in CITATION.findall(text):
            if ref in sources:
                used.add(ref)
            elif known:
                message = f"cites unknown source '[^{ref}]'; {_add_source(ref, sources)}"
                yield at(file, path, message, inside=f"[^{ref}]")

    def ref(file: str, path: FieldPath, source_id: str) -> Iterator[Problem]:
        if source_id in sources:
            used.add(source_id)
        elif known:
            yield at(file, path, f"unknown source '{source_id}'; {_add_source(source_id, sources)}")

    if campaign:
        for i, attachment in enumerate(campaign.attachments):
            problem = inside_folder(folder, attachment.file, ".pdf")
            if problem:
                yield at("campaign.yaml", ("attachments", i, "file"), problem)
        if campaign.signers:
            problem = inside_folder(folder, campaign.signers, ".csv")
            if problem:
                yield at("campaign.yaml", ("signers",), problem)
        yield from cite("campaign.yaml", ("ask",), campaign.ask)
        for i, text in enumerate(campaign.intro):
            yield from cite("campaign.yaml", ("intro", i), text)
    for s, section in enumerate(briefing.sections if briefing else ()):
        for i, text in enumerate(section.paragraphs):
            yield from cite("briefing.yaml", ("sections", s, "paragraphs", i), text)
    for g, guide_section in enumerate(guide.sections if guide else ()):
        if not guide_section.paragraphs and not guide_section.items:
            yield at("guide.yaml", ("sections", g), "give the section paragraphs, items or both")
        for kind in ("paragraphs", "items"):
            for i, text in enumerate(getattr(guide_section, kind)):
                yield from cite("guide.yaml", ("sections", g, kind, i), text)
    for i, text in enumerate(cases.intro if cases else ()):
        yield from cite("cases.yaml", ("intro", i), text)
    for c, case in enumerate(cases.cases if cases else ()):
        cited = [r for text in case.summary for r in CITATION.findall(text)]
        if not cited:
            yield at("cases.yaml", ("cases", c, "summary"), "a case must cite at least one source")
        yield from cite("cases.yaml", ("cases", c, "confidence_note"), case.confidence_note)
        for i, text in enumerate(case.summary):
            yield from cite("cases.yaml", ("cases", c, "summary", i), text)
    if contacts:
        dated = {x.id: x.date for x in sources_file.sources} if sources_file else {}
        yield from _contact_checks(contacts, campaign, places, ref, cite, dated)
    if campaign and campaign.posts == ():
        yield at(
            "campaign.yaml",
            ("posts",),
            "the list is empty, so no post would get a letter; leave posts out to write to "
            "every open post",
        )
    if contacts and campaign and campaign.posts is not None:
        by_id = {c.id: c for c in contacts.contacts}
        for i, post in enumerate(campaign.posts):
            contact = by_id.get(post)
            if contact is None:
                hint = did_you_mean(post, by_id)
                yield at(
                    "campaign.yaml",
                    ("posts", i),
                    f"no post in contacts.yaml has id '{post}'{hint}",
                )
            elif not contact.is_open and contact.closed:
                yield at(
                    "campaign.yaml",
                    ("posts", i),
                    f"'{post}' closed on {contact.closed.date.human()} "
                    f"({_first_sentence(contact.closed.reason)}); no letter can go there",
                )
    if letter:
        yield from _letter_checks(letter, places)
    if campaign and campaign.contact is not None and not campaign.contact.parts():
        yield at("campaign.yaml", ("contact",), "give at least one of name, email, phone, web")
    if campaign and not 0 <= campaign.kit.sign_in_rows <= 60:
        yield at("campaign.yaml", ("kit", "sign_in_rows"), "must be between 0 and 60")
    if campaign and not 1 <= campaign.stale_after_months <= 600:
        yield at("campaign.yaml", ("stale_after_months",), "must be between 1 and 600")
    for i, source in enumerate(sources_file.sources if sources_file else ()):
        if source.date is None and source.consulted is None:
            yield at(
                "sources.yaml",
                ("sources", i),
                f"source '{source.id}' has no date; give the date of the document ('date:') "
                "or, for an undated web page, when it was read ('consulted:')",
                "warning",
            )
        elif source.date is not None and source.consulted is not None:
            yield at(
                "sources.yaml",
                ("sources", i, "consulted"),
                "give 'consulted' only for an undated source; this one has a 'date'",
            )
    if sources_file and len(parsed) == len(FILE_TYPES):  # only when every citation was seen
        for i, source in enumerate(sources_file.sources):
            if source.id not in used:
                yield at(
                    "sources.yaml",
                    ("sources", i, "id"),
                    f"source '{source.id}' is never cited",
                    "warning",
                )


def _add_source(source_id: str, sources: set[str]) -> str:
    """The fix for a citation of a source sources.yaml does not have."""
    if not source_id.strip():
        return "write the id of a source from sources.yaml inside [^...]"
    near = closest(source_id, sources)
    fix = f"add an entry with id '{source_id}' to sources.yaml"
    return f"{fix}, or did you mean '{near}'?" if near else fix


def _first_sentence(text: str) -> str:
    return " ".join(CITATION.sub("", text).split()).split(". ")[0].rstrip(".")


def inside_folder(folder: Path, name: str, suffix: str) -> str | None:
    """What is wrong with a file named in content, or None: it must exist inside `folder`.

    A path written in a content file can never reach outside the content folder (no '..', no
    absolute paths, no links out), so a shared content folder cannot read other files.
    """
    if Path(name).is_absolute() or ".." in Path(name).parts:
        return f"'{name}' must be a path inside the content folder"
    base = folder.resolve()
    target = (folder / name).resolve()
    if not target.is_relative_to(base):
        return f"'{name}' leads outside the content folder"
    if not target.is_file():
        return f"file '{name}' not found in the content folder"
    if target.suffix.lower() != suffix:
        return f"'{name}' is not a {suffix} file"
    return None


Ref = Callable[[str, FieldPath, str], Iterator[Problem]]


def _contact_checks(
    contacts: Contacts,
    campaign: Campaign | None,
    places: Places,
    ref: Ref,
    cite: Ref,
    source_dates: dict[str, PartialDate | None],
) -> Iterator[Problem]:
    at = places.problem
    stale_before = campaign.stale_before if campaign else None
    months = campaign.stale_after_months if campaign else 12
    open_posts = 0
    for c, contact in enumerate(contacts.contacts):
        base: FieldPath = ("contacts", c)
        verified: list[tuple[FieldPath, Verified]] = [
            (("address_verified",), contact.address_verified)
        ]
        if contact.fax:
            verified.append((("fax", "verified"), contact.fax.verified))
        if contact.email:
            verified.append((("email", "verified"), contact.email.verified))
        if contact.note:
            yield from cite("contacts.yaml", (*base, "note"), contact.note)
        if contact.closed:
            yield from cite("contacts.yaml", (*base, "closed", "reason"), contact.closed.reason)
        for key, v in verified:
            yield from ref("contacts.yaml", (*base, *key, "source"), v.source)
            if v.note:
                yield from cite("contacts.yaml", (*base, *key, "note"), v.note)
            said = source_dates.get(v.source)
            if v.date and said and v.date.latest() > said.latest():
                yield at(
                    "contacts.yaml",
                    (*base, *key, "date"),
                    f"{v.date.human()} is later than its source '{v.source}' "
                    f"({said.human()}); a source confirms nothing after its own date",
                )
            if not contact.is_open or not stale_before:
                continue
            if v.date is None:
                yield at(
                    "contacts.yaml",
                    (*base, *key),
                    f"{contact.short_name}: no date recorded for when this was last confirmed "
                    f"(source: {v.source}); confirm it before printing",
                    "warning",
                    topic=VERIFY,
                )
            elif v.current(stale_before) and not v.official and key == ("address_verified",):
                yield at(
                    "contacts.yaml",
                    (*base, *key),
                    f"{contact.short_name}: confirmed {v.date.human()} only by a source that is "
                    f"not the post's own site ({v.source}); confirm it on the official site "
                    "before printing",
                    "warning",
                    topic=VERIFY,
                )
            elif not v.current(stale_before):
                yield at(
                    "contacts.yaml",
                    (*base, *key, "date"),
                    f"{contact.short_name}: last confirmed {v.date.human()} (source: {v.source}), "
                    f"more than {months} months before the campaign date; confirm it before "
                    "printing",
                    "warning",
                    topic=VERIFY,
                )
        if contact.is_open:
            open_posts += 1
            if contact.closed is not None:
                yield at("contacts.yaml", (*base, "closed"), "an open post cannot have 'closed'")
            if not contact.address.postal_code:
                yield at("contacts.yaml", (*base, "address"), "an open post needs a postal_code")
        else:
            if contact.closed is None:
                yield at(
                    "contacts.yaml",
                    (*base, "status"),
                    "a closed post needs 'closed' (date, reason, source)",
                )
            else:
                yield from ref("contacts.yaml", (*base, "closed", "source"), contact.closed.source)
    if open_posts == 0:
        yield at(
            "contacts.yaml", ("contacts",), "no post is open, so the pack would have no letters"
        )


def include_problem(letter: LetterTemplate, chosen: str) -> str | None:
    """What is wrong with choosing paragraph `chosen` (from `include:` or --include), or None."""
    ids = [p.id for p in letter.paragraphs]
    if chosen not in ids:
        optional = [p.id for p in letter.paragraphs if p.optional]
        hint = did_you_mean(chosen, optional or ids)
        return f"no paragraph in letter.yaml has id '{chosen}'{hint}"
    if not any(p.optional for p in letter.paragraphs if p.id == chosen):
        return f"paragraph '{chosen}' is not optional; it is always printed"
    return None


def _letter_checks(letter: LetterTemplate, places: Places) -> Iterator[Problem]:
    at = places.problem
    for i, chosen in enumerate(letter.include or ()):
        problem = include_problem(letter, chosen)
        if problem:
            yield at("letter.yaml", ("include", i), problem)
    for i, p in enumerate(letter.paragraphs):
        if CITATION.search(p.text):
            yield at(
                "letter.yaml",
                ("paragraphs", i, "text"),
                "a letter cannot cite sources; [^id] would print as is",
            )
    # An optional paragraph left out of `include:` is a choice, not a mistake: no warning.
    if not 0 <= letter.personal_lines <= 6:
        yield at("letter.yaml", ("personal_lines",), "must be between 0 and 6")
