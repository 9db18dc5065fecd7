"""Content -> Document: put the parts in print order, number citations, address the letters."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from packbuilder import model as m
from packbuilder import parts as registry
from packbuilder.assemble.kit import fax_plan, kit_choice
from packbuilder.assemble.letters import letter_body, letter_pile
from packbuilder.assemble.parts import Assembly, make_parts
from packbuilder.assemble.sources import number_sources
from packbuilder.assemble.text import Paragraphs, date_in, plain
from packbuilder.content.schema import Content
from packbuilder.language.catalogs import Language


def assemble(
    content: Content,
    setup: m.PrintSetup | None = None,
    attachment_pages: Mapping[str, int] | None = None,
    signers: tuple[m.Signer, ...] = (),
    copies: int = 1,
    kit: m.KitChoice | None = None,
    letter_date: dt.date | None = None,
    only: frozenset[str] | None = None,
) -> m.Document:
    """Build the printable document from validated content.

    `setup` defaults to the campaign's own paper and duplex settings; `attachment_pages` gives
    the page count of each attached PDF (by its file name in the content). With `signers`, each
    signer gets one letter per open post; otherwise `copies` unsigned sets are printed. `kit`
    chooses the drive-kit sheets (default: the campaign's `kit:` settings). Letters carry
    `letter_date` if given; otherwise a line for the writer to date them (a pre-printed
    campaign date would be stale for letters sent later).
    """
    campaign = content.campaign
    language = content.language
    w = language.words
    setup = setup or m.PrintSetup(paper=campaign.paper, duplex=campaign.duplex)
    numbers = number_sources(content)
    para = Paragraphs(numbers)
    date_text = language.date(campaign.date.year, campaign.date.month, campaign.date.day)

    body = letter_body(content)
    # Letters are in the letter's own language; undated, they leave a line for the writer.
    letter_language = content.letter_language
    letter_date_text = (
        letter_language.date(letter_date.year, letter_date.month, letter_date.day)
        if letter_date
        else letter_language.words.letter_date_blank
    )
    pile = letter_pile(content, letter_date_text, body, signers, copies, setup.paper)
    kit = kit or kit_choice(content)
    faxes = fax_plan(content, kit.fax_unverified)
    parts = make_parts(Assembly(content, setup, kit, signers, numbers, para, pile, faxes))
    if only is not None:  # --only: just these parts, and no attached PDFs
        parts = tuple(p for p in parts if registry.name_of(p) in only)
    cover = m.Cover(
        title=campaign.title,
        subtitle=campaign.subtitle,
        date_text=date_text,
        organiser=campaign.organiser,
        ask=para(campaign.ask),
        intro=tuple(para(p) for p in campaign.intro),
        contents=tuple(_part_title(language, p) for p in parts),
        print_note=language.sentences(
            [
                w.print_note.format(
                    envelope=w.envelope_letter if setup.paper == "letter" else w.envelope_a4
                ),
                *[w.print_note_duplex] * setup.duplex,
            ]
        ),
        contact=campaign.contact.parts() if campaign.contact else (),
        facts_as_of=_facts_as_of(content, numbers),
        translation_note=w.translation_unreviewed if content.unreviewed else None,
    )
    meta = m.Meta(
        title=campaign.title,
        author=campaign.organiser,
        subject=plain(campaign.ask),
        keywords=campaign.keywords,
        language=campaign.language,
        paper=setup.paper,
    )
    pages = attachment_pages or {}
    attachments = tuple(
        m.Attachment(a.title, str(content.folder / a.file), a.after, pages.get(a.file, 0))
        for a in campaign.attachments
    )
    return m.Document(
        meta=meta,
        cover=cover if only is None or "cover" in only else None,
        parts=parts,
        setup=setup,
        attachments=attachments if only is None else (),
        words=w,
        letter_words=content.letter_language.words,
        letter_language=content.letter_language.tag,
        notices=tuple(f.terminal for f in faxes if f.terminal) if kit.has("fax-covers") else (),
        names=_names(content),
    )


def _names(content: Content) -> tuple[str, ...]:
    """The names a line must not break inside: each post's names, street, city and country, the
    letter's recipient and title, as the content gives them."""
    names = [content.letter.recipient.name, content.letter.recipient.title]
    for post in content.contacts.contacts:
        address = post.address
        names += [post.name, post.short_name, post.window_name or "", address.city, *address.lines]
        names += [address.country or "", address.region or ""]
    return tuple(dict.fromkeys(n for n in names if n))


def _facts_as_of(content: Content, numbers: dict[str, int]) -> str | None:
    """The date of the newest dated source the pack cites, and whose it is: how current the
    facts are (a consulted, undated page says nothing about that)."""
    cited = [s for s in content.sources.sources if s.id in numbers and s.date is not None]
    if not cited:
        return None
    newest = max(cited, key=lambda s: (s.date.latest(), -numbers[s.id]))  # type: ignore[union-attr]
    language = content.language
    assert newest.date is not None
    return language.fill(
        language.words.facts_as_of, date=date_in(language, newest.date), source=newest.author
    )


def _part_title(language: Language, part: m.Part) -> str:
    if isinstance(part, m.Letters):
        w = language.words
        return language.plural(w.letters_count, len(part.letters))
    return part.title
