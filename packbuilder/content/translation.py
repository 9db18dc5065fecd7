"""Translations beside the content files: `letter.<language>.yaml`, the letter's reading copy
for signers, and `campaign`, `briefing`, `cases`, `guide` and `contacts.<language>.yaml`, the
pack's own text in the campaign's language (briefing.ko.yaml next to briefing.yaml).

A translated content file mirrors its original unit by unit (a briefing section, a case, a guide
section, a post's notes, matched by id); each unit records the fingerprint of the original text
it was made from (`source_hash`), so `check` can say when the original has changed since.
editions.py compares and applies them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from packbuilder.content.briefing import TimelinePoint
from packbuilder.content.rules import Fingerprint, Id, Prose, doc

_HASH = (
    "Fingerprint of the original text this was translated from; `check` prints the current one "
    "when it is missing or the original has changed since."
)
_REVIEWED_BY = (
    "Who checked the translation against the original (a native speaker); without it `check` "
    "warns and the cover says the translation has not been reviewed yet."
)
_REVIEWED_ON = "When they checked it (YYYY-MM-DD)."


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
    closing: str = doc(
        "The closing in this language; one on two lines (此致, then 敬礼) is a literal block "
        "(closing: |-) with one line each."
    )
    recipient: str | None = doc("The recipient's name and office in this language.", None)
    subject: str | None = doc("The subject line; required when letter.yaml has one.", None)
    reviewed_by: str | None = doc(
        "Who checked the translation against the English (a native speaker), and when; "
        "without it the page says the translation has not yet been checked.",
        None,
    )


@dataclass(frozen=True)
class TranslatedText:
    """One value of the original, translated."""

    text: str = doc("The value in this language.")
    source_hash: Fingerprint = doc(_HASH)


@dataclass(frozen=True)
class CampaignTranslation:
    """campaign.<language>.yaml: the cover's words (title, subtitle, what we ask, how to use the
    pack) in another language, printed when campaign.yaml's `language` is this one."""

    source_hash: Fingerprint = doc(_HASH + " (of title, subtitle, ask and intro together)")
    title: str = doc("The title.")
    ask: Prose = doc("What the campaign asks for; the same citations as the original.")
    subtitle: str | None = doc("The subtitle.", None)
    intro: tuple[Prose, ...] = doc("The cover's paragraphs, one for each of the original's.", ())
    organiser: TranslatedText | None = doc(
        "The organiser as the cover prints it; campaign.yaml's prints once that one changes.", None
    )
    contact_name: TranslatedText | None = doc(
        "contact.name as printed; campaign.yaml's prints once that one changes.", None
    )
    report_to: TranslatedText | None = doc(
        "kit.report_to as printed; campaign.yaml's prints once that one changes.", None
    )
    sign_in_note: TranslatedText | None = doc(
        "kit.sign_in_note as printed; campaign.yaml's prints once that one changes.", None
    )
    reviewed_by: str | None = doc(_REVIEWED_BY, None)
    reviewed_on: dt.date | None = doc(_REVIEWED_ON, None)


@dataclass(frozen=True)
class SectionTranslation:
    """One briefing section, translated."""

    id: Id = doc("Id of the section in briefing.yaml.")
    source_hash: Fingerprint = doc(_HASH)
    title: str = doc("Heading.")
    paragraphs: tuple[Prose, ...] = doc(
        "One for each paragraph of the original, with the same citations."
    )
    timeline_title: str | None = doc("The timeline's caption, when the original has one.", None)
    timeline: tuple[TimelinePoint, ...] = doc(
        "The original's timeline, each event translated; dates, counts, sources and confidence "
        "as the original has them.",
        (),
    )


@dataclass(frozen=True)
class BriefingTranslation:
    """briefing.<language>.yaml: the briefing in another language."""

    sections: tuple[SectionTranslation, ...] = doc("Every section of briefing.yaml, by id.")
    title: str | None = doc("Heading of the briefing, when briefing.yaml gives one.", None)
    source_hash: Fingerprint | None = doc(_HASH + " (of the title)", None)
    reviewed_by: str | None = doc(_REVIEWED_BY, None)
    reviewed_on: dt.date | None = doc(_REVIEWED_ON, None)


@dataclass(frozen=True)
class CaseTranslation:
    """One case, translated (its date and confidence stay the original's)."""

    id: Id = doc("Id of the case in cases.yaml.")
    source_hash: Fingerprint = doc(_HASH)
    title: str = doc("Title.")
    confidence_note: Prose = doc("Why we are as sure as we are.")
    summary: tuple[Prose, ...] = doc(
        "One for each paragraph of the original, with the same citations."
    )
    date_note: str | None = doc("The words for the date, when the original has them.", None)
    place: str | None = doc("Where it happened, when the original says.", None)


@dataclass(frozen=True)
class CasesTranslation:
    """cases.<language>.yaml: the case summaries in another language."""

    cases: tuple[CaseTranslation, ...] = doc("Every case of cases.yaml, by id.")
    title: str | None = doc("Heading, when cases.yaml gives one.", None)
    intro: tuple[Prose, ...] = doc("One for each paragraph of the original's intro.", ())
    source_hash: Fingerprint | None = doc(_HASH + " (of the title and intro)", None)
    reviewed_by: str | None = doc(_REVIEWED_BY, None)
    reviewed_on: dt.date | None = doc(_REVIEWED_ON, None)


@dataclass(frozen=True)
class GuideSectionTranslation:
    """One section of the organiser guide, translated."""

    id: Id = doc("Id of the section in guide.yaml.")
    source_hash: Fingerprint = doc(_HASH)
    title: str = doc("Heading.")
    paragraphs: tuple[Prose, ...] = doc("One for each paragraph of the original.", ())
    items: tuple[Prose, ...] = doc("One for each item of the original.", ())


@dataclass(frozen=True)
class GuideTranslation:
    """guide.<language>.yaml: the organiser guide in another language."""

    sections: tuple[GuideSectionTranslation, ...] = doc("Every section of guide.yaml, by id.")
    title: str | None = doc("Heading, when guide.yaml gives one.", None)
    source_hash: Fingerprint | None = doc(_HASH + " (of the title)", None)
    reviewed_by: str | None = doc(_REVIEWED_BY, None)
    reviewed_on: dt.date | None = doc(_REVIEWED_ON, None)


@dataclass(frozen=True)
class ContactTranslation:
    """What the addressee table says of one post, translated (its name and address stay as on
    the envelope)."""

    id: Id = doc("Id of the post in contacts.yaml.")
    source_hash: Fingerprint = doc(_HASH)
    short_name: str = doc("Short name for tables and the tally sheet.")
    note: Prose | None = doc("The post's note.", None)
    address_note: Prose | None = doc("address_verified.note.", None)
    fax_note: Prose | None = doc("fax.verified.note.", None)
    closed_reason: Prose | None = doc("closed.reason.", None)


@dataclass(frozen=True)
class ContactsTranslation:
    """contacts.<language>.yaml: what the addressee table says of each post, in another
    language."""

    contacts: tuple[ContactTranslation, ...] = doc("Every post of contacts.yaml, by id.")
    reviewed_by: str | None = doc(_REVIEWED_BY, None)
    reviewed_on: dt.date | None = doc(_REVIEWED_ON, None)


@dataclass(frozen=True)
class SourceTranslation:
    """A source in this language: its author as readers know it, our description of an
    untitled document and our note. A published title stays as published."""

    id: Id = doc("Id of the source in sources.yaml.")
    source_hash: Fingerprint = doc(_HASH)
    author: str | None = doc(
        "The person or organisation, in this language: 국민일보, 人权观察 (absent: as written).",
        None,
    )
    title: str | None = doc(
        "Only for a document without a title of its own (sources.yaml describes it in [square "
        "brackets]): the description in this language, in brackets too.",
        None,
    )
    note: str | None = doc("The note in this language (absent: as sources.yaml has it).", None)


@dataclass(frozen=True)
class SourcesTranslation:
    """sources.<language>.yaml: the sources in another language: authors' names, the
    descriptions of untitled documents and the notes. Published titles keep their published
    form; a source left out here prints as sources.yaml has it."""

    sources: tuple[SourceTranslation, ...] = doc("The sources whose authors have a local name.")
    reviewed_by: str | None = doc(_REVIEWED_BY, None)
    reviewed_on: dt.date | None = doc(_REVIEWED_ON, None)


#: The translation schema of each content file that may be translated.
TRANSLATION_TYPES: dict[str, type] = {
    "campaign.yaml": CampaignTranslation,
    "briefing.yaml": BriefingTranslation,
    "cases.yaml": CasesTranslation,
    "guide.yaml": GuideTranslation,
    "contacts.yaml": ContactsTranslation,
    "sources.yaml": SourcesTranslation,
    "letter.yaml": LetterTranslation,
}
