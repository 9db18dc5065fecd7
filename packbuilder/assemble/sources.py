"""The sources: numbered in order of first citation in print order, each as one line."""

from __future__ import annotations

from collections.abc import Iterable

from packbuilder.assemble.addressees import verifications
from packbuilder.assemble.text import date_in, keep_together, squash
from packbuilder.content.rules import CITATION
from packbuilder.content.schema import Content
from packbuilder.content.sources import Source
from packbuilder.language.catalogs import Language


def number_sources(content: Content) -> dict[str, int]:
    """Sources are numbered in order of first citation in print order, then the rest."""
    order: list[str] = []

    def note(ids: Iterable[str]) -> None:
        for source_id in ids:
            if source_id not in order:
                order.append(source_id)

    texts = [content.campaign.ask, *content.campaign.intro]
    for section in content.briefing.sections:  # each section's timeline after its paragraphs
        texts += [*section.paragraphs, *(f"[^{x}]" for p in section.timeline for x in p.sources)]
    texts += list(content.cases.intro)
    texts += [t for g in content.guide.sections for t in (*g.paragraphs, *g.items)]
    for case in content.cases.cases:
        texts += [*case.summary, case.confidence_note]
    for text in texts:
        note(CITATION.findall(text))
    for contact in content.contacts.contacts:  # as the addressee table prints them
        for v in verifications(contact):
            note([v.source])
            if contact.fax and v is contact.fax.verified:  # then the other numbers' sources
                note(other.source for other in contact.fax.others)
        if contact.closed:
            note(CITATION.findall(contact.closed.reason))
            note([contact.closed.source])
        for v in verifications(contact):
            note(CITATION.findall(v.note or ""))
        note(CITATION.findall(contact.note or ""))
    note(s.id for s in content.sources.sources)
    return {source_id: i + 1 for i, source_id in enumerate(order)}


def source_text(language: Language, s: Source) -> str:
    # A title in [square brackets] is our description of an untitled document: no quotes.
    title = s.title if s.title.startswith("[") else language.quote(s.title)
    date = date_in(language, s.date) if s.date else None
    if s.consulted and not s.date:
        date = language.words.source_consulted.format(date=date_in(language, s.consulted))
    pieces = [s.author, title, s.publisher, s.identifier, date]
    if s.note:
        pieces.append(keep_together(squash(s.note)))
    # Each piece ends a sentence; one that already ends in punctuation ("D.C.") keeps its own.
    return language.sentences([language.sentence_end(p) for p in pieces if p])
