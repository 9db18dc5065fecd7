"""Every word the tool itself prints, per language: catalogs, plurals, dates, punctuation.

Content (the briefing, the letter, the addresses) is the organiser's and prints as written.
Everything else on the page (part titles, table headers, the fax cover's labels, bookmark
titles, dates) comes from one `Words` catalog chosen by `campaign.language`; `labels.yaml` in
the content folder can replace any entry. A catalog is a `Words` value, so a language that
lacks a key fails to construct (and `mypy` says so) rather than printing English by accident.

To add a printed word: add a field to `Words` with a comment saying where it prints, give it
its English text in `EN` and its text in every other catalog. `{name}` marks a value filled in
when printing; a `labels.yaml` override may use only the placeholders the English text has.
"""

from __future__ import annotations

import dataclasses
import string
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

PluralForm = Literal["one", "other"]


@dataclass(frozen=True)
class Words:
    """One language's printed words. Field names are the keys `labels.yaml` uses."""

    # -- cover
    cover: str  # bookmark of the first page
    what_we_ask: str
    in_this_pack: str
    cover_meta: str  # line under the title: {date}, {organiser}
    contact: str  # before the group's contact details (cover, guide): {details}
    print_note: str  # {envelope}: one of the two envelope names below
    envelope_letter: str
    envelope_a4: str
    print_note_duplex: str
    # -- part titles (bookmarks, "In this pack", headings)
    addressees: str
    letters: str
    sign_in_sheet: str
    tally_sheet: str
    fax_covers: str
    address_labels: str
    envelopes: str
    sources: str
    letters_count_one: str  # "In this pack": {n} letters
    letters_count_other: str
    # -- letters
    letter_to: str  # bookmark and split file name: {post}
    care_of: str  # recipient block: {post}
    set_number: str  # bookmark grouping unsigned copies: {n}
    # -- case summaries
    how_sure: str  # {level}: one of the three below
    confidence_high: str
    confidence_medium: str
    confidence_low: str
    # -- addressee table
    post: str
    status: str
    address: str
    fax: str
    last_confirmed: str
    status_open: str
    status_closed: str  # {date}
    fax_none: str
    fax_closed: str  # {number}
    confirmed_address: str  # {date}
    confirmed_fax: str  # {date}
    confirmed_email: str  # {date}
    date_unknown: str
    list_separator: str
    note_closed: str  # {text}
    note_address: str  # {text}
    note_fax: str  # {text}
    addressees_intro: str  # {recipient}
    # -- sign-in and tally sheets
    drive_heading: str  # {title}
    drive_fields: str
    number_sign: str  # header of the row-number column
    name: str
    email: str
    letters_written: str
    tally_intro: str
    tally: str
    total: str
    all_posts: str
    tally_totals: str
    send_totals_to: str  # {who}
    send_totals_default: str
    # -- fax cover
    fax_banner: str
    fax_to: str
    fax_attention: str
    fax_number: str
    fax_from: str
    fax_reply: str
    fax_date: str
    fax_pages: str
    fax_pages_value: str
    fax_re: str
    fax_message: str  # {name}, {title}
    fax_cover_bookmark: str  # {post}
    # -- label and envelope bookmarks
    label_sheet_bookmark: str  # {n}
    envelope_bookmark: str  # {n}
    # -- split file names when a title has no usable letters
    letter_file: str
    # -- dates: {day}, {month} (a name from `months`), {year}
    date_full: str
    date_month: str
    date_year: str
    months: tuple[str, ...]
    # -- punctuation
    quote_open: str
    quote_close: str


EN = Words(
    cover="Cover",
    what_we_ask="What we ask",
    in_this_pack="In this pack",
    cover_meta="{date} · {organiser}",
    contact="Contact: {details}",
    print_note=(
        "Print at 100% (“Actual size”), never “Fit to page”: the letters are placed so that "
        "the address shows through the window of a {envelope}."
    ),
    envelope_letter="US #10 window envelope",
    envelope_a4="DL or C5 window envelope (DIN 676)",
    print_note_duplex=(
        "Print double-sided; every part and every letter starts on a right-hand page."
    ),
    addressees="Addressees",
    letters="Letters",
    sign_in_sheet="Sign-in sheet",
    tally_sheet="Tally sheet",
    fax_covers="Fax cover sheets",
    address_labels="Address labels",
    envelopes="Envelopes",
    sources="Sources",
    letters_count_one="{n} letter",
    letters_count_other="{n} letters",
    letter_to="Letter to {post}",
    care_of="c/o {post}",
    set_number="Set {n}",
    how_sure="How sure we are: {level}.",
    confidence_high="High",
    confidence_medium="Medium",
    confidence_low="Low",
    post="Post",
    status="Status",
    address="Address",
    fax="Fax",
    last_confirmed="Last confirmed",
    status_open="Open",
    status_closed="Closed {date}",
    fax_none="none",
    fax_closed="{number} (closed: do not use)",
    confirmed_address="Address: {date}",
    confirmed_fax="fax: {date}",
    confirmed_email="e-mail: {date}",
    date_unknown="date not known",
    list_separator="; ",
    note_closed="Closed: {text}",
    note_address="Address: {text}",
    note_fax="Fax: {text}",
    addressees_intro=(
        "Letters are addressed to {recipient} in care of each open post below; a closed post "
        "gets no letter. The last column says when each address and fax number was last "
        "confirmed, and where. Confirm them on the posts’ own websites shortly before printing."
    ),
    drive_heading="{title} · letter-writing drive",
    drive_fields="Date: ____________________    Place: ______________________________",
    number_sign="",
    name="Name",
    email="E-mail",
    letters_written="Letters written",
    tally_intro="Count the sealed envelopes for each post at the end of the drive.",
    tally="Tally",
    total="Total",
    all_posts="All posts",
    tally_totals="Writers: ________    Letters in all: ________",
    send_totals_to="Send the totals to: {who}",
    send_totals_default="Send the totals to whoever coordinates your campaign.",
    fax_banner="FAX",
    fax_to="To",
    fax_attention="Attention",
    fax_number="Fax",
    fax_from="From",
    fax_reply="Your fax or phone",
    fax_date="Date",
    fax_pages="Pages",
    fax_pages_value="2 (this cover and one letter)",
    fax_re="Re",
    fax_message="Please pass the attached letter to {name}, {title}. Thank you.",
    fax_cover_bookmark="Fax cover: {post}",
    label_sheet_bookmark="Label sheet {n}",
    envelope_bookmark="Envelope {n}",
    letter_file="letter",
    date_full="{day} {month} {year}",
    date_month="{month} {year}",
    date_year="{year}",
    months=(
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    quote_open="“",
    quote_close="”",
)

#: Catalogs by language code, with the CLDR plural categories each language uses.
CATALOGS: dict[str, Words] = {"en": EN}
PLURAL_FORMS: dict[str, tuple[PluralForm, ...]] = {"en": ("one", "other")}

#: A long English address line breaks before one of these words if it can ("c/o Consulate
#: General of the People's Republic of China / in San Francisco"), rather than wherever the
#: width runs out. Addresses of posts abroad are written in English whatever the campaign's
#: language, so this holds for every catalog.
ADDRESS_BREAK_BEFORE = ("in", "of", "for", "and", "at")

#: Sentence ends already present: an added full stop would double them.
_ENDS = (".", "?", "!", "。", "？", "！")


def catalog_code(tag: str) -> str | None:
    """The catalog for a BCP 47 language tag ('en-US' -> 'en', 'zh-TW' -> 'zh-Hant'), or None."""
    parts = tag.replace("_", "-").split("-")
    primary = parts[0].lower()
    if primary == "zh":
        rest = {p.lower() for p in parts[1:]}
        code = "zh-Hant" if rest & {"hant", "tw", "hk", "mo"} else "zh-Hans"
        return code if code in CATALOGS else None
    return primary if primary in CATALOGS else None


def placeholders(template: str) -> set[str]:
    """The `{name}` placeholders in a template; ValueError if its braces are malformed."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def override_problem(key: str, value: str | tuple[str, ...]) -> str | None:
    """What is wrong with `value` as the labels.yaml override of `key`, or None."""
    english = getattr(EN, key)
    if isinstance(english, tuple):
        if not isinstance(value, tuple) or len(value) != len(english):
            return f"expected a list of {len(english)} names"
        return None
    if not isinstance(value, str):
        return "expected text"
    try:
        used = placeholders(value)
    except ValueError:
        return "a '{' or '}' without its pair; write {{ or }} for a brace itself"
    allowed = placeholders(english)
    unknown = sorted(used - allowed)
    if unknown:
        can = ", ".join("{" + n + "}" for n in sorted(allowed)) or "no placeholders"
        return f"'{{{unknown[0]}}}' is not filled in here; this label can use {can}"
    return None


@dataclass(frozen=True)
class Language:
    """The words and the rules of one language, as the pack prints them."""

    #: The campaign's language tag, as written (for the PDF's /Lang).
    tag: str
    #: The catalog used ('en', 'ko', 'zh-Hans', ...).
    code: str
    words: Words

    def plural(self, one: str, other: str, n: int) -> str:
        """`one` or `other` by the language's plural rule, with {n} filled in."""
        forms = PLURAL_FORMS.get(self.code, ("other",))
        form = one if "one" in forms and n == 1 else other
        return form.format(n=n)

    def date(self, year: int, month: int = 0, day: int = 0) -> str:
        """A date known to the day, month or year, as this language writes it."""
        w = self.words
        if not month:
            return w.date_year.format(year=year)
        name = w.months[month - 1]
        if not day:
            return w.date_month.format(month=name, year=year)
        return w.date_full.format(day=day, month=name, year=year)

    def quote(self, text: str) -> str:
        """`text` in this language's quotation marks."""
        return f"{self.words.quote_open}{text}{self.words.quote_close}"

    def sentence(self, text: str) -> str:
        """Text as a sentence: a capital first letter where the script has case, and one full
        stop in the script of its last character (a Chinese note ends in '。')."""
        text = " ".join(text.split())
        return self.sentence_end(text[:1].upper() + text[1:])

    def sentence_end(self, text: str) -> str:
        """`text` ending in one full stop, unless it already ends a sentence ('D.C.', '?')."""
        if not text or text.rstrip("”’)」』").endswith(_ENDS):
            return text
        return text + ("。" if _is_han_or_kana(text[-1]) else ".")


def _is_han_or_kana(char: str) -> bool:
    name = unicodedata.name(char, "")
    return name.startswith(("CJK UNIFIED", "CJK COMPATIBILITY IDEOGRAPH", "HIRAGANA", "KATAKANA"))


def language_for(
    tag: str, overrides: Mapping[str, str | tuple[str, ...]] | None = None
) -> Language:
    """The language of a campaign: its catalog (English if there is none for `tag`) with the
    organiser's `labels.yaml` overrides applied."""
    code = catalog_code(tag) or "en"
    words = CATALOGS[code]
    if overrides:
        words = dataclasses.replace(words, **dict(overrides))  # type: ignore[arg-type]
    return Language(tag, code, words)


ENGLISH = language_for("en")


def catalog_keys() -> tuple[str, ...]:
    """Every catalog key, in catalog order (the keys labels.yaml accepts)."""
    return tuple(f.name for f in dataclasses.fields(Words))
