"""The drive kit: which sheets the organiser gets, and each sheet's model (fax covers only for
numbers confirmed recently)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from packbuilder import model as m
from packbuilder.assemble.letters import Lazy, LetterPile, reading_copies
from packbuilder.assemble.text import Paragraphs, date_in
from packbuilder.content.contacts import Contact
from packbuilder.content.schema import Content
from packbuilder.language.catalogs import ENGLISH, Language


def kit_choice(content: Content, **switches: bool | None) -> m.KitChoice:
    """The campaign's `kit:` settings, with any switch given (not None) taking precedence."""
    k = content.campaign.kit

    def pick(name: str) -> bool:
        switch = switches.get(name)
        # The campaign file has no say on the window test: it is asked for per run.
        return bool(getattr(k, name, False)) if switch is None else switch

    return m.KitChoice(
        guide=pick("guide"),
        sign_in=pick("sign_in"),
        tally=pick("tally"),
        fax_covers=pick("fax_covers"),
        labels=pick("labels"),
        envelopes=pick("envelopes"),
        window_test=pick("window_test"),
        sign_in_rows=k.sign_in_rows,
    )


def kit_parts(
    content: Content,
    kit: m.KitChoice,
    pile: LetterPile,
    signers: tuple[m.Signer, ...],
    para: Paragraphs,
    faxes: tuple[FaxPlan, ...],
) -> Iterable[m.Part]:
    """The drive-kit sheets, in the order an organiser uses them."""
    campaign = content.campaign
    w = content.language.words
    heading = w.drive_heading.format(title=campaign.title)
    if kit.window_test and pile:  # first: it is used before any letter is printed
        yield m.WindowTest(w.window_test, pile[0].recipient)
    if kit.guide:
        g = content.guide
        sections = [
            m.GuideSection(
                s.title, tuple(para(p) for p in s.paragraphs), tuple(para(i) for i in s.items)
            )
            for s in g.sections
        ]
        # Which fax covers were left out (or printed unconfirmed) and why: for the organizer,
        # never on the cover that goes through the fax machine.
        notices = [f.notice for f in faxes if f.notice]
        if kit.fax_covers and notices:
            sections.append(m.GuideSection(w.fax_guide_title, (), tuple(para(n) for n in notices)))
        yield m.Guide(
            title=g.title or w.guide,
            sections=tuple(sections),
            contact=campaign.contact.parts() if campaign.contact else (),
        )
        # The letter in the signers' languages, for the table: it travels with the guide.
        yield from reading_copies(content)
    if kit.sign_in:
        yield m.SignInSheet(w.sign_in_sheet, heading, signers, kit.sign_in_rows)
    if kit.tally:
        yield m.TallySheet(
            w.tally_sheet,
            heading,
            tuple(c.short_name for c in content.posts()),
            campaign.kit.report_to,
        )
    if kit.fax_covers:
        covers = tuple(_fax_cover(content, f.contact) for f in faxes if f.cover)
        if covers:
            yield m.FaxCovers(w.fax_covers, covers)
    if kit.labels:
        yield m.LabelSheets(
            w.address_labels, _LabelPile(pile), kit.label_start, kit.label_offset_mm
        )
    if kit.envelopes:
        yield m.Envelopes(w.envelopes, _EnvelopePile(pile))


class _LabelPile(Lazy[m.Label]):
    """A recipient label for every letter in print order, then a return-address label for
    every letter whose signer has an address (one per envelope, so five posts give five)."""

    def __init__(self, letters: LetterPile) -> None:
        body = letters.body
        # The recipient's name is letter.yaml's (blamed there); the rest is the post's.
        self.recipients = tuple(
            m.Label(p.recipient, p.origin, body.recipient[:1], body.recipient_origin)
            for p in letters.posts
        )
        self.senders = tuple(s for s, _ in letters.batches if s is not None and s.address)
        self.letters = len(letters)
        self.posts = len(letters.posts)

    def __len__(self) -> int:
        return self.letters + len(self.senders) * self.posts

    def _make(self, index: int) -> m.Label:
        if index < self.letters:
            return self.recipients[index % self.posts]
        s = self.senders[(index - self.letters) // self.posts]
        return m.Label((s.name, *s.address), s.origin)


class _EnvelopePile(Lazy[m.Envelope]):
    """One envelope per letter, in print order: the post, and the signer's return address."""

    def __init__(self, letters: LetterPile) -> None:
        self.letters = letters

    def __len__(self) -> int:
        return len(self.letters)

    def _make(self, index: int) -> m.Envelope:
        letter = self.letters[index]
        signer = letter.signer
        return m.Envelope(
            letter.recipient,
            (signer.name, *signer.address) if signer else (),
            signer.origin if signer else letter.origin,
        )


@dataclass(frozen=True)
class FaxPlan:
    """Whether an open post with a fax number gets a fax cover, and what to tell the organizer."""

    contact: Contact
    cover: bool
    #: Why the cover is left out, or that it was printed unconfirmed, in the campaign's
    #: language for the organizer guide; None when all is well.
    notice: str | None
    #: The same in English for the terminal, whose messages are all English (docs/content.md),
    #: so a Korean campaign's `check` does not print a Korean sentence after "Note:".
    terminal: str | None = None


def fax_plan(content: Content, unverified: bool = False) -> tuple[FaxPlan, ...]:
    """One plan per open post with a fax number: a cover only for a number confirmed within
    the campaign's `stale_after_months` (an old number may now belong to a private person),
    unless `unverified` (--fax-unverified) asks for every cover anyway."""
    plans = []
    for contact in content.posts():
        if not contact.fax:
            continue
        if contact.fax.verified.current(content.campaign.stale_before):
            plans.append(FaxPlan(contact, True, None))
            continue
        notice = _fax_notice(content.language, content, contact, unverified)
        terminal = _fax_notice(ENGLISH, content, contact, unverified)
        plans.append(FaxPlan(contact, unverified, notice, terminal))
    return tuple(plans)


def _fax_notice(language: Language, content: Content, contact: Contact, unverified: bool) -> str:
    """Why `contact`'s fax cover is left out (or printed unconfirmed), in `language`."""
    assert contact.fax is not None
    campaign = content.campaign
    w = language.words
    v = contact.fax.verified
    if v.date is None:
        when = w.fax_when_unknown
    else:
        latest = v.date.latest()
        months = (campaign.date.year - latest.year) * 12 + campaign.date.month - latest.month
        span = (
            language.plural(w.age_years_one, w.age_years_other, months // 12)
            if months >= 24
            else language.plural(w.age_months_one, w.age_months_other, max(months, 0))
        )
        when = w.fax_when.format(date=date_in(language, v.date), span=span)
    number = contact.fax.number.replace(" ", "\u00a0")
    if unverified:
        return language.fill(w.fax_unverified, post=contact.short_name, number=number, when=when)
    return language.fill(
        w.fax_left_out,
        post=contact.short_name,
        number=number,
        when=when,
        limit=campaign.stale_after_months,
    )


def _fax_cover(content: Content, contact: Contact) -> m.FaxCover:
    # When the number was last confirmed is for the organiser (addressee table, guide), not
    # for the post: the cover goes through the fax machine.
    assert contact.fax is not None
    recipient = content.letter.recipient
    return m.FaxCover(
        post=contact.name,
        fax=contact.fax.number,
        attention=(recipient.name, recipient.title),
        subject=content.letter.subject or content.campaign.title,
        origin=content.places.of(contact, "fax"),
        attention_origin=content.places.origin("letter.yaml", "recipient"),
        subject_origin=(
            content.places.origin("letter.yaml", "subject")
            if content.letter.subject
            else content.places.origin("campaign.yaml", "title")
        ),
    )
