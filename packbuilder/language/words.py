"""The words the tool itself prints: the `Words` catalog's keys and their English text.

Content (the briefing, the letter, the addresses) is the organiser's and prints as written.
Everything else on the page (part titles, table headers, the fax cover's labels, bookmark
titles, dates) comes from one `Words` catalog chosen by `campaign.language` (see
`catalogs.language_for`); `labels.yaml` in the content folder can replace any entry. A catalog
is a `Words` value, so a language that lacks a key fails to construct (and `mypy` says so)
rather than printing English by accident.

To add a printed word: add a field to `Words` with a comment saying where it prints, give it
its English text in `EN` and its text in every other catalog (ko.py, zh.py). `{name}` marks a
value filled in when printing; a `labels.yaml` override may use only the placeholders the
English text has.
"""

from __future__ import annotations

from dataclasses import dataclass


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
    not_official: str  # after a date in the last column: not confirmed on the post's own site
    none_official: str  # after all the dates of a post, when none was confirmed officially
    list_separator: str
    note_closed: str  # {text}
    note_address: str  # {text}
    note_fax: str  # {text}
    addressees_intro: str  # {recipient}
    # -- organizer guide: fax numbers left without a cover, or printed with --fax-unverified
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
    fax_others: str  # before the other numbers, each with its sources
    # -- cover
    facts_as_of: str  # {date}, {source}
    age_years_one: str  # {n}
    age_years_other: str
    age_months_one: str
    age_months_other: str
    # -- sources
    source_consulted: str  # an undated web page: {date}
    source_mirror: str  # before the address of a copy of the document
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
    # -- split file names when a title has no usable letters
    letter_file: str
    # -- the covering e-mail `share` writes to a partner group (never printed in the pack)
    share_subject: str  # {title}
    share_greeting: str  # {name}: the contact, or the group
    share_body: str  # {title}, in quotation marks
    share_closing: str
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
    envelope_a4="DL or C6/5 window envelope (DIN 676 form B)",
    print_note_duplex=(
        "Print double-sided; every part and every letter starts on a right-hand page. Label "
        "sheets and envelopes have blank backs: print those pages single-sided, from the tray "
        "for label stock or envelopes."
    ),
    briefing="Briefing",
    case_summaries="Case summaries",
    guide="Organiser guide",
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
    last_confirmed="Source and date",
    status_open="Open",
    status_closed="Closed {date}",
    fax_none="none",
    fax_closed="{number} (closed: do not use)",
    confirmed_address="Address: {date}",
    confirmed_fax="fax: {date}",
    confirmed_email="e-mail: {date}",
    date_unknown="date not known",
    not_official="not confirmed on an official site",
    none_official="none confirmed on an official site",
    list_separator="; ",
    note_closed="Closed: {text}",
    note_address="Address: {text}",
    note_fax="Fax: {text}",
    addressees_intro=(
        "Letters are addressed to {recipient} in care of each open post below; a closed post "
        "gets no letter. The last column gives, for each address and fax number, the date of "
        "the source that gives it (numbered in the Sources) and says whether the post’s own "
        "site confirmed it. Confirm them on the posts’ own websites shortly before printing."
    ),
    fax_guide_title="Fax numbers in this pack",
    fax_left_out=(
        "No fax cover for {post}: its number, {number}, was last confirmed {when} (the limit "
        "is {limit} months). Confirm it on the post’s official site and record the date in "
        "contacts.yaml, or build with --fax-unverified."
    ),
    fax_unverified=(
        "The fax cover for {post} was printed with --fax-unverified: its number, {number}, was "
        "last confirmed {when}. Confirm it before faxing."
    ),
    fax_when="{date}, {span} before the campaign date",
    fax_when_unknown="at no recorded date",
    fax_guide_stale=(
        "No fax cover for {posts}: no number for them has been confirmed in the {limit} months "
        "before this edition, and an old number may now belong to someone else."
    ),
    fax_guide_disputed="No fax cover for {posts}: sources give different numbers for them.",
    fax_guide_unverified=(
        "The fax covers for {posts} are printed although no number for them has been confirmed "
        "in the {limit} months before this edition: check each number on the post’s official "
        "website before faxing."
    ),
    fax_guide_blank=(
        "The fax covers for {posts} leave the number blank, because sources give different "
        "numbers: write it in once the post’s official website confirms one."
    ),
    fax_disputed="{number} (sources disagree)",
    fax_others="other numbers given",
    facts_as_of="Facts as of {date}, the date of the newest source this pack cites ({source}).",
    age_years_one="about {n} year",
    age_years_other="about {n} years",
    age_months_one="{n} month",
    age_months_other="{n} months",
    source_consulted="Undated; consulted {date}",
    source_mirror="Also at:",
    letter_date_blank="Date: ______________________",
    reading_copy="What the letter says",
    reading_copy_note=(
        "This page is the letter in translation, for reading before you sign. It is never sent: "
        "the letter that goes to the post is the one printed in this pack."
    ),
    reading_copy_unreviewed="This translation has not yet been checked by a native speaker.",
    reading_copy_reviewed="Translation checked by {name}.",
    translation_unreviewed=(
        "The text of this pack is translated from English; the translation has not yet been "
        "reviewed by a native speaker."
    ),
    drive_heading="{title} · letter-writing drive",
    drive_fields="Date: ____________________    Place: ______________________________",
    number_sign="",
    name="Name",
    email="E-mail, if you want news",
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
    window_test="Window test",
    window_test_intro=(
        "Print this page at 100% (“Actual size”) on plain paper, fold it at the marks like a "
        "letter and slide it into one of your window envelopes. Hold it against the light and "
        "push the letter up, down, left and right: the whole address must show in the window "
        "every time. If it does not, check the printer's scaling and the envelope before you "
        "print the letters."
    ),
    window_test_window="The {envelope} window, with the letter resting in the middle",
    window_test_reach="Everything the window can ever show: only the address is printed here",
    window_test_seen="What shows wherever the letter comes to rest",
    window_test_scale="At 100% this bar is {length} long.",
    poster="Poster",
    bulletin="Bulletin insert",
    invite_heading="Come and write a letter",
    invite_when="When",
    invite_where="Where",
    invite_bring="Bring",
    invite_bring_what="A pen. The letters and the addresses are ready at the table.",
    invite_online="Or act online:",
    letter_file="letter",
    share_subject="Letter-writing action pack: {title}",
    share_greeting="Dear {name},",
    share_body=(
        "We are sharing our action pack {title} with you for a letter-writing drive; it is "
        "attached as a PDF. It holds a briefing with its sources, the letters to print and "
        "send, and a guide for running the drive. Please print it for your group, or pass it "
        "on to anyone who may want to write."
    ),
    share_closing="With thanks,",
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

#: A long English address line breaks before one of these words if it can ("c/o Consulate
#: General of the People's Republic of China / in San Francisco"), rather than wherever the
#: width runs out. Addresses of posts abroad are written in English whatever the campaign's
#: language, so this holds for every catalog.
ADDRESS_BREAK_BEFORE = ("in", "of", "for", "and", "at")
