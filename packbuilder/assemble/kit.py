"""The drive kit: which sheets the organiser gets, and each sheet's model (fax covers only for
numbers confirmed recently)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from packbuilder import model as m
from packbuilder import parts as registry
from packbuilder.assemble.letters import Lazy, LetterPile
from packbuilder.assemble.text import date_in, number_in
from packbuilder.content.contacts import Contact
from packbuilder.content.schema import Content
from packbuilder.language.catalogs import ENGLISH, Language


def kit_choice(content: Content, **switches: bool | None) -> m.KitChoice:
    """The campaign's `kit:` settings, with any switch given (not None, by the part's key:
    "sign_in") taking precedence."""
    k = content.campaign.kit

    def on(part: registry.PartType) -> bool:
        assert part.switch is not None
        switch = switches.get(part.key)
        if switch is not None:
            return switch
        # A sheet the campaign file has no say on (the window test) is asked for per run.
        if part.switch.campaign is None:
            return part.switch.default
        return bool(getattr(k, part.key))

    return m.KitChoice(
        sheets=frozenset(p.name for p in registry.kit() if on(p)), sign_in_rows=k.sign_in_rows
    )


class LabelPile(Lazy[m.Label]):
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
        return m.Label(s.return_lines, s.named_origin, street=s.return_street, signer=True)


class EnvelopePile(Lazy[m.Envelope]):
    """One envelope per letter, in print order: the post, and the signer's return address."""

    def __init__(self, letters: LetterPile) -> None:
        self.letters = letters

    def __len__(self) -> int:
        return len(self.letters)

    def _make(self, index: int) -> m.Envelope:
        letter = self.letters[index]
        signer = letter.signer
        if signer is None:
            return m.Envelope(letter.recipient, (), letter.origin)
        return m.Envelope(
            letter.recipient,
            signer.return_lines,
            signer.named_origin,
            signer.return_street,
            letter.origin,
        )


@dataclass(frozen=True)
class FaxPlan:
    """Whether an open post with a fax number gets a fax cover, and what to tell the organiser."""

    contact: Contact
    cover: bool
    #: Why the cover is left out (or printed anyway): "disputed" when sources give different
    #: numbers, "stale" when the number was not confirmed recently; None when all is well.
    reason: str | None = None
    #: The cover leaves the number blank, to be written in once the post confirms one.
    blank: bool = False
    #: Why, in English for the terminal, whose messages are all English (docs/content.md), so
    #: a Korean campaign's `check` does not print a Korean sentence after "Note:".
    terminal: str | None = None


def fax_plan(content: Content, unverified: bool = False) -> tuple[FaxPlan, ...]:
    """One plan per open post with a fax number: a cover only for a number confirmed within
    the campaign's `stale_after_months` (an old number may now belong to a private person) on
    which the sources agree. `unverified` (--fax-unverified) asks for every cover anyway,
    with the number left blank where the sources disagree."""
    plans = []
    for contact in content.posts():
        if not contact.fax:
            continue
        # The terminal speaks English: the post as contacts.yaml names it, not as translated.
        written = content.written_contacts.contacts if content.written_contacts else ()
        as_written = next((c for c in written if c.id == contact.id), contact)
        if contact.fax.others:
            terminal = _disputed_notice(as_written, unverified)
            plans.append(FaxPlan(contact, unverified, "disputed", unverified, terminal))
        elif contact.fax.verified.current(content.campaign.stale_before):
            plans.append(FaxPlan(contact, True))
        else:
            terminal = _fax_notice(ENGLISH, content, as_written, unverified)
            plans.append(FaxPlan(contact, unverified, "stale", False, terminal))
    return tuple(plans)


def fax_guide_notes(content: Content, faxes: Iterable[FaxPlan], unverified: bool) -> list[str]:
    """The organiser guide's words on fax covers, in the campaign's language: one sentence
    for the posts whose sources disagree, one for those not confirmed recently."""
    language = content.language
    w = language.words
    plans = tuple(faxes)
    out = []
    for reason, left_out, printed in (
        ("disputed", w.fax_guide_disputed, w.fax_guide_blank),
        ("stale", w.fax_guide_stale, w.fax_guide_unverified),
    ):
        posts = [f.contact.short_name for f in plans if f.reason == reason]
        if posts:
            template = printed if unverified else left_out
            out.append(
                language.fill(
                    template,
                    posts=w.list_separator.join(posts),
                    limit=content.campaign.stale_after_months,
                )
            )
    return out


#: What the terminal says of a post whose sources give different fax numbers (English, like
#: every terminal message; the guide says it in the campaign's language).
DISPUTED_LEFT_OUT = (
    "No fax cover for {post}: sources give different numbers ({numbers}). Confirm the number "
    "on the post’s official site and keep only that one in contacts.yaml; with "
    "--fax-unverified its cover leaves the number blank."
)
DISPUTED_BLANK = (
    "The fax cover for {post} was printed with --fax-unverified and the number left blank: "
    "sources give different numbers ({numbers}). Write it in once the post confirms one."
)


def _disputed_notice(contact: Contact, unverified: bool) -> str:
    assert contact.fax is not None
    given = [contact.fax.number, *(other.number for other in contact.fax.others)]
    numbers = "; ".join(dict.fromkeys(given))
    template = DISPUTED_BLANK if unverified else DISPUTED_LEFT_OUT
    return template.format(post=contact.short_name, numbers=numbers.replace(" ", "\u00a0"))


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
            language.plural(w.age_years, months // 12)
            if months >= 24
            else language.plural(w.age_months, max(months, 0))
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


def fax_cover(content: Content, contact: Contact, blank: bool = False) -> m.FaxCover:
    # When the number was last confirmed is for the organiser (addressee table, guide), not
    # for the post: the cover goes through the fax machine.
    assert contact.fax is not None
    recipient = content.letter.recipient
    return m.FaxCover(
        post=contact.name,
        # blank: the sources disagree
        fax="" if blank else number_in(content.campaign.country, contact.fax.number),
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
