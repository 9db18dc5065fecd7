"""The words the tool itself prints: the `Words` catalog's keys, and English read from the
template catalog (locale/packbuilder.pot).

Content (the briefing, the letter, the addresses) is the organiser's and prints as written.
Everything else on the page (part titles, table headers, the fax cover's labels, bookmark
titles) comes from one `Words` value chosen by `campaign.language` (`catalogs.language_for`);
`labels.yaml` in the content folder can replace any entry. Dates and plural rules come from
CLDR (cldr.py).

To add a printed word: add a field to `Words` with a comment saying where it prints, its
English to locale/packbuilder.pot (msgctxt: the field's name) and its text to every
locale/<language>.po. `{name}` marks a value filled in when printing; a translation or a
`labels.yaml` override may use only the placeholders the English text has.
"""

from __future__ import annotations

from dataclasses import dataclass

from packbuilder.language import po


@dataclass(frozen=True)
class Plural:
    """A message with a form per plural form of its language, chosen as gettext chooses:
    `rule` is the catalog's Plural-Forms expression ("(n != 1)"), giving the form's index."""

    forms: tuple[str, ...]
    rule: str

    def text(self, n: int) -> str:
        """The form for the number `n`."""
        return self.forms[po.plural_function(self.rule)(n)]

    def replaced(self, index: int, text: str) -> Plural:
        """This message with form `index` replaced (a labels.yaml override)."""
        return Plural(tuple(text if i == index else t for i, t in enumerate(self.forms)), self.rule)


@dataclass(frozen=True, kw_only=True)
class Words:
    """One language's printed words. Field names are the keys of the catalogs (`msgctxt`) and
    of `labels.yaml` (a plural entry there as `<key>_one`, `<key>_other`)."""

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
    briefing: str  # default titles of the briefing, cases and guide (their title: wins)
    case_summaries: str
    guide: str
    addressees: str
    letters: str
    sign_in_sheet: str
    tally_sheet: str
    fax_covers: str
    address_labels: str
    envelopes: str
    sources: str
    letters_count: Plural  # "In this pack": {n} letters
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
    status_left_out: str  # an open post the campaign's `posts` leaves out
    status_closed: str  # {date}
    fax_none: str
    fax_closed: str  # {number}
    confirmed_address: str  # {date}
    confirmed_fax: str  # {date}
    confirmed_email: str  # {date}
    date_unknown: str
    not_official: str  # after a date in the last column: not confirmed on the post's own site
    none_official: str  # after all the dates of a post, when none was confirmed officially
    comma: str  # between a date and not_official
    list_separator: str
    note_closed: str  # {text}
    note_address: str  # {text}
    note_fax: str  # {text}
    addressees_intro: str  # {recipient}
    # -- organiser guide: fax numbers left without a cover, or printed with --fax-unverified
    fax_guide_title: str
    fax_left_out: str  # {post}, {number}, {when} (one of the two below), {limit}
    fax_unverified: str  # {post}, {number}, {when}
    fax_when: str  # {date}, {span}
    fax_when_unknown: str
    # The guide says it in plain words, once for all posts alike (no file names, no options:
    # fax_left_out and fax_unverified above are for the terminal, in English).
    fax_guide_stale: str  # {posts}, {limit}
    fax_guide_disputed: str  # {posts}
    fax_guide_unverified: str  # {posts}, {limit}
    fax_guide_blank: str  # {posts}
    # -- addressee table: a fax number whose sources disagree
    fax_disputed: str  # {number}
    fax_others: str  # the other numbers (joined by `comma`), each with its sources: {numbers}
    # -- cover
    facts_as_of: str  # {date}, {source}
    age_years: Plural  # {n}
    age_months: Plural  # {n}
    # -- sources
    source_consulted: str  # an undated web page: {date}
    source_mirror: str  # before the address of a copy of the document
    source_link: str  # a citation's number as a screen reader reads its link: {number}
    # -- letter date, when the writer dates the letter by hand
    letter_date_blank: str
    # -- reading copies of the letter (drive kit), in the translation's language
    reading_copy: str
    reading_copy_note: str
    reading_copy_unreviewed: str
    reading_copy_reviewed: str  # {name}
    # -- cover: the pack's text is a translation no one has reviewed yet
    translation_unreviewed: str
    # -- sign-in and tally sheets
    drive_heading: str  # {title}
    drive_fields: str
    #: Header of the row-number column: empty in every language (gettext has no empty
    #: English), so only labels.yaml sets it.
    number_sign: str = ""
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
    # -- window test sheet (--window-test)
    window_test: str  # part title and bookmark
    window_test_intro: str
    window_test_window: str  # {envelope}
    window_test_reach: str
    window_test_seen: str
    window_test_scale: str  # {length}
    # -- the poster and the bulletin insert (part titles, then what they print)
    poster: str
    bulletin: str
    invite_heading: str  # the line above the ask
    invite_when: str  # label before the drive's date and time
    invite_where: str  # label before the drive's place
    invite_bring: str  # label before what to bring
    invite_bring_what: str
    invite_online: str  # above the QR code to the campaign's online page
    # -- the briefing's timeline: its table's headings, counts, text alternative and key
    timeline_date: str
    timeline_event: str
    timeline_count: str
    timeline_sure: str  # high, medium or low
    timeline_sources: str  # source numbers
    count_about: str  # {n}
    count_range: str  # {low}, {high}
    timeline_point: str  # {date}, {count}, {event}: one point in the text alternative
    timeline_key_count: str  # the dark bars
    timeline_key_range: str  # the open bars
    timeline_key_sources: str  # the bracketed numbers
    # -- split file names when a title has no usable letters
    letter_file: str
    # -- the covering e-mail `share` writes to a partner group (never printed in the pack)
    share_subject: str  # {title}
    share_greeting: str  # {name}: the contact, or the group
    share_body: str  # {title}, in quotation marks
    share_closing: str
    # -- dates: CLDR's, for the language (cldr.date); labels.yaml may set its own templates of
    # {day}, {month} (a name from `months`) and {year}. Not in the catalogs.
    date_full: str | None = None
    date_month: str | None = None
    date_year: str | None = None
    months: tuple[str, ...] | None = None
    # -- punctuation
    quote_open: str
    quote_close: str


#: A long English address line breaks before one of these words if it can ("c/o Consulate
#: General of the People's Republic of China / in San Francisco"), rather than wherever the
#: width runs out. Addresses of posts abroad are written in English whatever the campaign's
#: language, so this holds for every catalog.
ADDRESS_BREAK_BEFORE = ("in", "of", "for", "and", "at")


def english() -> Words:
    """The English words: the msgids of the template catalog."""
    template = po.read(po.TEMPLATE)
    if template.problems or not template.entries:
        raise RuntimeError(f"{po.TEMPLATE}: {template.problems or 'no entries'}")
    values: dict[str, object] = {}
    for key, entry in template.entries.items():
        if entry.plural:
            values[key] = Plural(entry.english, template.plural_rule or "(n != 1)")
        else:
            values[key] = entry.english[0]
    return Words(**values)  # type: ignore[arg-type]


#: The English catalog; every other language falls back to it, key by key.
EN = english()
