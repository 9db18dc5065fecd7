"""The table of addressees: each post, open or closed, with how its details were confirmed."""

from __future__ import annotations

import re

from packbuilder import model as m
from packbuilder.assemble.letters import address_lines
from packbuilder.assemble.text import Paragraphs, date_in, number_in
from packbuilder.content.contacts import Contact, Verified
from packbuilder.content.editions import used_translation
from packbuilder.content.schema import Content
from packbuilder.language.catalogs import Language


def verifications(contact: Contact) -> list[Verified]:
    found = [contact.address_verified]
    if contact.fax:
        found.append(contact.fax.verified)
    if contact.email:
        found.append(contact.email.verified)
    return found


def _recipient(content: Content) -> str:
    """Who the letters go to, in the pack's language: the reading copy's recipient in that
    language when there is one (a Korean sentence names 시진핑 주석, not His Excellency)."""
    for tag, t in content.translations:
        if t.recipient and used_translation(tag, content.campaign.language):
            return t.recipient
    return content.letter.recipient.name


def addressee_table(content: Content, numbers: dict[str, int]) -> m.AddresseeTable:
    language = content.language
    w = language.words
    para = Paragraphs(numbers)

    def when(v: Verified) -> str:
        return date_in(language, v.date) if v.date else w.date_unknown

    def confirmed(template: str, v: Verified, first: bool, say_official: bool) -> list[m.Inline]:
        # The date is the source's own; the words after it say whether an official site
        # confirmed it, so a visitor guide never reads as a confirmation.
        text = ("" if first else w.list_separator) + template.format(date=when(v))
        out: list[m.Inline] = [m.Text(text), m.Cite(numbers[v.source])]
        if say_official and not v.official:
            out.append(m.Text(w.comma + w.not_official))
        return out

    def sentence(text: str) -> str:
        # A sentence's full stop goes before its citations: "... statement.[^x]", not "[^x]."
        tail = re.search(r"(?:\[\^[^\]]*\])+\s*$", text)
        cites = tail[0].strip() if tail else ""
        body = text[: tail.start()] if tail else text
        return language.sentence(body) + cites

    rows = []
    chosen = {c.id for c in content.posts()}
    for contact in content.contacts.contacts:
        if contact.is_open:
            # An open post the campaign's `posts` leaves out gets no letter: not "Open".
            status = w.status_open if contact.id in chosen else w.status_left_out
        else:
            assert contact.closed is not None
            status = w.status_closed.format(date=date_in(language, contact.closed.date))
        v = contact.address_verified
        checks = verifications(contact)
        # When nothing was confirmed on an official site, say so once, not after every date.
        each = any(x.official for x in checks)
        parts = confirmed(w.confirmed_address, v, True, each)
        fax = w.fax_none
        # A number never breaks across lines in the table; the words after it may.
        country = content.campaign.country
        number = number_in(country, contact.fax.number) if contact.fax else ""
        number = number.replace(" ", "\u00a0")
        if contact.fax and not contact.is_open:
            fax = w.fax_closed.format(number=number)
        elif contact.fax:
            fax = w.fax_disputed.format(number=number) if contact.fax.others else number
            parts += confirmed(w.confirmed_fax, contact.fax.verified, False, each)
            parts += other_numbers(language, contact, numbers, country)
        if contact.email:
            parts += confirmed(w.confirmed_email, contact.email.verified, False, each)
        if not each:
            parts.append(m.Text(w.list_separator + w.none_official))
        notes = []
        if contact.closed:
            reason = sentence(contact.closed.reason)
            if f"[^{contact.closed.source}]" not in reason:  # the closure's source is cited
                reason += f"[^{contact.closed.source}]"
            notes.append(w.note_closed.format(text=reason))
        if v.note:
            notes.append(w.note_address.format(text=sentence(v.note)))
        if contact.fax and contact.fax.verified.note:
            notes.append(w.note_fax.format(text=sentence(contact.fax.verified.note)))
        if contact.note:
            notes.append(sentence(contact.note))
        address = (contact.name, *address_lines(contact, None))
        if contact.email:
            address += (contact.email.address,)
        rows.append(
            m.AddresseeRow(
                name=contact.short_name,
                status=status,
                address=address,
                fax=fax,
                verified=m.Paragraph(tuple(parts)),
                notes=para(language.sentences(notes)),
                origin=content.places.of(contact),
            )
        )
    intro = m.Paragraph((m.Text(w.addressees_intro.format(recipient=_recipient(content))),))
    return m.AddresseeTable(title=w.addressees, intro=intro, rows=tuple(rows))


def other_numbers(
    language: Language, contact: Contact, numbers: dict[str, int], country: str | None = None
) -> list[m.Inline]:
    """The other fax numbers sources give for `contact`, then those sources cited (after the
    list: a citation between two numbers would let a line break before the comma)."""
    assert contact.fax is not None
    others = contact.fax.others
    if not others:
        return []
    w = language.words
    written = (number_in(country, o.number).replace(" ", "\u00a0") for o in others)
    given = w.comma.join(dict.fromkeys(written))
    cites = sorted({numbers[o.source] for o in others})
    text = w.list_separator + w.fax_others.format(numbers=given)
    return [m.Text(text), *(m.Cite(n) for n in cites)]
