"""campaign.yaml: what the pack is, its date, its paper and its drive kit."""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import Annotated, Literal

from packbuilder import parts
from packbuilder.content.rules import (
    Country,
    Email,
    Id,
    LanguageTag,
    Paper,
    Phone,
    Prose,
    Range,
    Slug,
    Url,
    doc,
)
from packbuilder.language import scripts

Place = Literal["cover", "briefing", "cases", "addressees", "letters", "sources"]


@dataclass(frozen=True)
class AttachmentSpec:
    """An existing PDF to merge into the pack."""

    title: str = doc("Bookmark title of the attached PDF.")
    file: str = doc("Path of the PDF, relative to the content folder (and inside it).")
    after: Place = doc("The part it follows: cover, briefing, cases, addressees, letters, sources.")


#: campaign.yaml's `kit:` switches: one per drive-kit sheet the campaign file has a say on, in
#: print order, as the part registry declares them.
_KitSheets = dataclasses.make_dataclass(
    "_KitSheets",
    [
        (p.key, bool, doc(p.switch.campaign, p.switch.default))
        for p in parts.kit()
        if p.switch is not None and p.switch.campaign is not None
    ],
    frozen=True,
)


@dataclass(frozen=True)
class Kit(_KitSheets):  # type: ignore[misc,valid-type]
    """The drive kit: which sheets go in the pack (the command line can override each)."""

    sign_in_rows: Annotated[int, Range(0, 60)] = doc(
        "Rows on the sign-in sheet beyond the signers listed.", 20
    )
    report_to: str | None = doc("Who receives the tally after the drive.", None)
    sign_in_note: str | None = doc(
        "A line printed on the sign-in sheet: who keeps the e-mail addresses, what for and for "
        "how long.",
        None,
    )


@dataclass(frozen=True)
class SignerColumns:
    """The header of each signer field in a CSV, when it is not one packbuilder recognises."""

    name: str | None = doc("Header of the full-name column.", None)
    prefix: str | None = doc("Header of the name-prefix column (Dr, Ms).", None)
    first_name: str | None = doc("Header of the first-name column.", None)
    middle_name: str | None = doc("Header of the middle-name column.", None)
    middle_name2: str | None = doc(
        "Header of a second middle-name column, printed after the first (a grandfather's name).",
        None,
    )
    last_name: str | None = doc("Header of the last-name column.", None)
    last_name2: str | None = doc(
        "Header of a second family-name column, printed after the first (Apellido materno).", None
    )
    suffix: str | None = doc("Header of the name-suffix column (Jr., III).", None)
    address: str | None = doc("Header of a column holding the whole address.", None)
    street: str | None = doc("Header of the street column.", None)
    house_number: str | None = doc("Header of a house-number column apart from the street.", None)
    house_number_ext: str | None = doc(
        "Header of a column holding an addition to the house number (Toevoeging: 12 A).", None
    )
    house_number_letter: str | None = doc(
        "Header of a column holding the house number's letter, written right after the number "
        "(Huisletter: 12A).",
        None,
    )
    house_number_kind: str | None = doc(
        "Header of a column saying which kind of number the house number is (Czech Typ SO: "
        "č.p. or č.ev.).",
        None,
    )
    street_prefix: str | None = doc(
        "Header of a column holding the direction before the street name (N in 1600 N Main St).",
        None,
    )
    street_type: str | None = doc("Header of a street-type column (St, Ave; Rua, Avenida).", None)
    street_suffix: str | None = doc(
        "Header of a column holding what follows the street name and type (NW).", None
    )
    street2: str | None = doc("Header of the second street line.", None)
    street3: str | None = doc("Header of the third street line.", None)
    street4: str | None = doc("Header of the fourth address line (Address Line 4).", None)
    street5: str | None = doc("Header of the fifth address line (Address 5).", None)
    street6: str | None = doc("Header of the sixth address line (Address 6).", None)
    care_of: str | None = doc(
        "Header of a c/o or attention line (Attention To, ATTN), printed above the street.", None
    )
    unit: str | None = doc("Header of the apartment/suite/unit column.", None)
    building: str | None = doc("Header of a building-name column (建物名).", None)
    floor: str | None = doc("Header of a floor column (Piso, Etage, 층).", None)
    po_box: str | None = doc("Header of a PO box column.", None)
    district: str | None = doc("Header of a district or ward column (区, 구).", None)
    neighbourhood: str | None = doc(
        "Header of a neighbourhood column, smaller than a district (Bairro, Mahalle, 동).", None
    )
    locality_line: str | None = doc(
        "Header of a column holding town, region and postcode together (City, State ZIP).", None
    )
    city: str | None = doc("Header of the city column.", None)
    region: str | None = doc("Header of the state column.", None)
    postal_code: str | None = doc("Header of the ZIP column.", None)
    postal_code_ext: str | None = doc("Header of a ZIP+4 column apart from the ZIP.", None)
    country: str | None = doc("Header of the country column.", None)
    email: str | None = doc("Header of the e-mail column.", None)
    ignore: tuple[str, ...] = doc("Headers of columns left out on purpose.", ())

    def mapping(self) -> dict[str, str]:
        """Field name -> header, for the fields given."""
        fields = dataclasses.asdict(self)
        return {k: v for k, v in fields.items() if v and isinstance(v, str)}


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
class Drive:
    """When and where the letter-writing drive is: printed on the poster and the bulletin
    insert."""

    date: dt.date | None = doc(
        "Day of the drive (YYYY-MM-DD), printed in the campaign's language.", None
    )
    time: str | None = doc('When, in your own words: "after the 11 am service".', None)
    place: str | None = doc('Where: "the church hall".', None)


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
    url: Url | None = doc(
        "The campaign's online page: a QR code to it goes on the poster and the bulletin "
        "insert, for those who write online.",
        None,
    )
    drive: Drive = doc("When and where the drive is (date, time, place).", Drive())
    stale_after_months: Annotated[int, Range(1, 600)] = doc(
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
        return scripts.slug(self.title, "action-pack")
