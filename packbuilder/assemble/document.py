"""Content -> Document: put the parts in print order, number citations, address the letters."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar, overload

from packbuilder import model as m
from packbuilder.content.contacts import Contact, Verified
from packbuilder.content.rules import CITATION, PartialDate
from packbuilder.content.schema import Content
from packbuilder.content.sources import Source
from packbuilder.language.catalogs import ENGLISH, Language, catalog_code, language_for
from packbuilder.language.scripts import WITHOUT_SPACES
from packbuilder.signers.addresses import AddressParts, country_code, format_address

T = TypeVar("T")


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
    numbers = _number_sources(content)
    para = _Paragraphs(numbers)
    date_text = language.date(campaign.date.year, campaign.date.month, campaign.date.day)

    briefing = m.Briefing(
        title=content.briefing.title or language.words.briefing,
        sections=tuple(
            m.BriefingSection(s.title, tuple(para(p) for p in s.paragraphs))
            for s in content.briefing.sections
        ),
    )
    cases = m.CaseList(
        title=content.cases.title or language.words.case_summaries,
        intro=tuple(para(p) for p in content.cases.intro),
        cases=tuple(
            m.CaseSummary(
                title=c.title,
                date_text=c.date_note or _date(language, c.date),
                place=c.place,
                confidence=c.confidence,
                confidence_note=para(c.confidence_note),
                summary=tuple(para(p) for p in c.summary),
                origin=content.places.of(c),
            )
            for c in content.cases.cases
        ),
    )
    addressees = _addressees(content, numbers)
    body = _letter_body(content)
    # Letters are in the letter's own language; undated, they leave a line for the writer.
    letter_language = content.letter_language
    letter_date_text = (
        letter_language.date(letter_date.year, letter_date.month, letter_date.day)
        if letter_date
        else letter_language.words.letter_date_blank
    )
    pile = _letters(content, letter_date_text, body, signers, copies, setup.paper)
    letters = m.Letters(title=w.letters, letters=pile)
    kit = kit or kit_choice(content)
    faxes = fax_plan(content, kit.fax_unverified)
    sources = m.SourceList(
        title=w.sources,
        entries=tuple(
            m.SourceEntry(numbers[s.id], _source_text(language, s), s.url, s.mirrors)
            for s in sorted(content.sources.sources, key=lambda s: numbers[s.id])
        ),
    )
    parts: tuple[m.Part, ...] = (
        briefing,
        cases,
        addressees,
        letters,
        *_kit(content, kit, pile, signers, para, faxes),
        sources,
    )
    if only is not None:  # --only: just these parts, and no attached PDFs
        parts = tuple(p for p in parts if m.part_name(p) in only)
    cover = m.Cover(
        title=campaign.title,
        subtitle=campaign.subtitle,
        date_text=date_text,
        organiser=campaign.organiser,
        ask=para(campaign.ask),
        intro=tuple(para(p) for p in campaign.intro),
        contents=tuple(_part_title(language, p) for p in parts),
        print_note=" ".join(
            [
                w.print_note.format(
                    envelope=w.envelope_letter if setup.paper == "letter" else w.envelope_a4
                ),
                *[w.print_note_duplex] * setup.duplex,
            ]
        ),
        contact=campaign.contact.parts() if campaign.contact else (),
    )
    meta = m.Meta(
        title=campaign.title,
        author=campaign.organiser,
        subject=_plain(campaign.ask),
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
        notices=tuple(f.terminal for f in faxes if f.terminal) if kit.fax_covers else (),
    )


def _part_title(language: Language, part: m.Part) -> str:
    if isinstance(part, m.Letters):
        w = language.words
        return language.plural(w.letters_count_one, w.letters_count_other, len(part.letters))
    return part.title


def _date(language: Language, date: PartialDate) -> str:
    return language.date(date.year, date.month, date.day)


def _number_sources(content: Content) -> dict[str, int]:
    """Sources are numbered in order of first citation in print order, then the rest."""
    order: list[str] = []

    def note(ids: Iterable[str]) -> None:
        for source_id in ids:
            if source_id not in order:
                order.append(source_id)

    texts = [content.campaign.ask, *content.campaign.intro]
    texts += [p for s in content.briefing.sections for p in s.paragraphs]
    texts += list(content.cases.intro)
    texts += [t for g in content.guide.sections for t in (*g.paragraphs, *g.items)]
    for case in content.cases.cases:
        texts += [*case.summary, case.confidence_note]
    for text in texts:
        note(CITATION.findall(text))
    for contact in content.contacts.contacts:  # as the addressee table prints them
        note(v.source for v in _verifications(contact))
        if contact.closed:
            note(CITATION.findall(contact.closed.reason))
            note([contact.closed.source])
        for v in _verifications(contact):
            note(CITATION.findall(v.note or ""))
        note(CITATION.findall(contact.note or ""))
    note(s.id for s in content.sources.sources)
    return {source_id: i + 1 for i, source_id in enumerate(order)}


class _Paragraphs:
    """Turns content prose into model paragraphs with numbered citations."""

    def __init__(self, numbers: dict[str, int]) -> None:
        self.numbers = numbers

    def __call__(self, text: str) -> m.Paragraph:
        inlines: list[m.Inline] = []
        pos = 0
        for match in CITATION.finditer(text):
            before = text[pos : match.start()]
            if before:
                inlines.append(m.Text(_squash(before)))
            inlines.append(m.Cite(self.numbers[match[1]]))
            pos = match.end()
        if text[pos:]:
            inlines.append(m.Text(_squash(text[pos:])))
        # A citation printed after a space reads badly: "returned 500 ¹" -> "returned 500¹".
        cleaned: list[m.Inline] = []
        for i, item in enumerate(inlines):
            if (
                isinstance(item, m.Text)
                and i + 1 < len(inlines)
                and isinstance(inlines[i + 1], m.Cite)
            ):
                item = m.Text(item.text.rstrip())
            cleaned.append(item)
        kept = [x for x in cleaned if not isinstance(x, m.Text) or x.text]
        last = max((i for i, x in enumerate(kept) if isinstance(x, m.Text)), default=None)
        if last is not None:
            kept[last] = m.Text(tie_last_words(kept[last].text))  # type: ignore[union-attr]
        return m.Paragraph(tuple(kept))


#: The last two words of a paragraph, unless they are too long to share a line comfortably
#: (a long address or name may then stand alone, which is better than running over the edge).
_LAST_TWO = re.compile(r"(\S+)[ ]+(\S+)\s*$")
_TIE_MAX = 30


def tie_last_words(text: str) -> str:
    """Join the last two words with a no-break space, so that no paragraph ends with one word
    alone on its last line. Every prose paragraph and every letter paragraph goes through here
    (and only here), whatever prints it."""
    found = _LAST_TWO.search(text)
    if not found or len(found[1]) + len(found[2]) > _TIE_MAX or "://" in found[0]:
        return text
    return f"{text[: found.start()]}{found[1]}\u00a0{found[2]}"


#: A line break inside Chinese or Japanese prose: YAML folds it to a space, which these
#: scripts do not have between words.
_FOLDED = re.compile(rf"(?<={WITHOUT_SPACES})\s+(?={WITHOUT_SPACES})")


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", _FOLDED.sub("", text))


def _plain(text: str) -> str:
    return _squash(CITATION.sub("", text)).strip()


def _verifications(contact: Contact) -> list[Verified]:
    found = [contact.address_verified]
    if contact.fax:
        found.append(contact.fax.verified)
    if contact.email:
        found.append(contact.email.verified)
    return found


def address_lines(contact: Contact, campaign_country: str | None) -> tuple[str, ...]:
    """The post's address in its country's order, with the country's name last when the
    letter crosses a border from `campaign_country` (None: always)."""
    a = contact.address
    parts = AddressParts(a.lines, a.city, a.region or "", a.postal_code or "", a.country or "")
    return format_address(parts, campaign_country)


def home_country(content: Content, paper: str) -> str | None:
    """The ISO code of the country the letters are posted in: `campaign.country`; else, on
    letter paper (printed in North America), the country all the posts share; else None
    (A4 is printed elsewhere, so every post's country is printed)."""
    if content.campaign.country:
        return country_code(content.campaign.country)
    if paper == "a4":
        return None
    found = {country_code(c.address.country or "") for c in content.posts()}
    return found.pop() if len(found) == 1 else None


def _letters(
    content: Content,
    date_text: str,
    body: m.LetterBody,
    signers: tuple[m.Signer, ...],
    copies: int,
    paper: str,
) -> LetterPile:
    """Signer by signer (or set by set), one letter per open post: each writer's pile."""
    w = content.language.words
    posts = tuple(
        _PostLetter(
            bookmark=w.letter_to.format(post=contact.short_name),
            recipient=recipient_lines(content, contact, paper),
            origin=content.places.of(contact, "address"),
            post=contact.short_name,
        )
        for contact in content.posts()
    )
    batches: tuple[tuple[m.Signer | None, str | None], ...]
    if signers:
        batches = tuple((s, s.name) for s in signers)
    else:
        batches = tuple(
            (None, w.set_number.format(n=k) if copies > 1 else None) for k in range(1, copies + 1)
        )
    return LetterPile(date_text, body, posts, batches)


@dataclass(frozen=True)
class _PostLetter:
    """What every letter to one post shares: made once per post, not once per letter."""

    bookmark: str
    recipient: tuple[str, ...]
    origin: m.Origin
    post: str


class _Lazy(Sequence[T]):
    """A sequence whose item `k` is made from small tables when asked for, never stored: a
    pile of 100,000 letters holds its signers and posts, not 100,000 Letter objects."""

    def _make(self, index: int) -> T:
        raise NotImplementedError

    @overload
    def __getitem__(self, index: int) -> T: ...
    @overload
    def __getitem__(self, index: slice) -> tuple[T, ...]: ...
    def __getitem__(self, index: int | slice) -> T | tuple[T, ...]:
        if isinstance(index, slice):
            return tuple(self._make(i) for i in range(*index.indices(len(self))))
        count = len(self)
        if index < 0:
            index += count
        if not 0 <= index < count:
            raise IndexError(index)
        return self._make(index)

    def __iter__(self) -> Iterator[T]:
        return (self._make(i) for i in range(len(self)))

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {len(self)}>"


class LetterPile(_Lazy[m.Letter]):
    """The letters in print order: for each signer (or unsigned set), one letter per post."""

    def __init__(
        self,
        date_text: str,
        body: m.LetterBody,
        posts: tuple[_PostLetter, ...],
        batches: tuple[tuple[m.Signer | None, str | None], ...],
    ) -> None:
        self.date_text = date_text
        self.body = body
        self.posts = posts
        #: (signer, outline group) for each signer, or (None, "Set 2") for each unsigned set.
        self.batches = batches

    def __len__(self) -> int:
        return len(self.batches) * len(self.posts)

    def _make(self, index: int) -> m.Letter:
        signer, group = self.batches[index // len(self.posts)]
        post = self.posts[index % len(self.posts)]
        return m.Letter(
            bookmark=post.bookmark,
            date_text=self.date_text,
            recipient=post.recipient,
            body=self.body,
            signer=signer,
            origin=post.origin,
            group=group,
            post=post.post,
        )


class _LabelPile(_Lazy[m.Label]):
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


class _EnvelopePile(_Lazy[m.Envelope]):
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


def recipient_lines(content: Content, contact: Contact, paper: str) -> tuple[str, ...]:
    """The postal lines that show in the envelope window: the addressee's name, 'c/o' the post
    (its `window_name` when it has one), street, city/ZIP. The recipient's office goes in the
    letter's inside address instead, so the window shows the address and nothing else (USPS).

    Letter paper means the pack is printed in North America, so the (US) posts get domestic
    mail and no country line; A4 means it is printed elsewhere, so the letter crosses a border
    and the post's country, when the content gives it, goes on the last line.
    """
    template = content.letter
    # The post's own lines come from the one address formatter by country (addresses.py).
    return (
        template.recipient.name,
        content.letter_language.words.care_of.format(post=contact.window_name or contact.name),
        *address_lines(contact, home_country(content, paper)),
    )


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


def _kit(
    content: Content,
    kit: m.KitChoice,
    pile: LetterPile,
    signers: tuple[m.Signer, ...],
    para: _Paragraphs,
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
        yield from _reading_copies(content)
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
        when = w.fax_when.format(date=_date(language, v.date), span=span)
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


def _letter_body(content: Content) -> m.LetterBody:
    """The text every letter shares; one object, so layout can lay it out once."""
    t = content.letter
    return m.LetterBody(
        subject=t.subject,
        salutation=t.salutation,
        paragraphs=tuple(tie_last_words(_squash(p.text).strip()) for p in t.body()),
        personal_lines=t.personal_lines,
        personal_prompt=t.personal_prompt,
        closing=t.closing,
        signature_label=t.signature.signature_label,
        name_label=t.signature.name_label,
        address_label=t.signature.address_label,
        origin=content.places.origin("letter.yaml", "paragraphs"),
        recipient=(t.recipient.name, t.recipient.title),
        recipient_origin=content.places.origin("letter.yaml", "recipient"),
    )


def _addressees(content: Content, numbers: dict[str, int]) -> m.AddresseeTable:
    language = content.language
    w = language.words
    para = _Paragraphs(numbers)

    def when(v: Verified) -> str:
        return _date(language, v.date) if v.date else w.date_unknown

    def confirmed(template: str, v: Verified, first: bool, say_official: bool) -> list[m.Inline]:
        # The date is the source's own; the words after it say whether an official site
        # confirmed it, so a visitor guide never reads as a confirmation.
        text = ("" if first else w.list_separator) + template.format(date=when(v))
        out: list[m.Inline] = [m.Text(text), m.Cite(numbers[v.source])]
        if say_official and not v.official:
            out.append(m.Text(f", {w.not_official}"))
        return out

    def sentence(text: str) -> str:
        # A sentence's full stop goes before its citations: "... statement.[^x]", not "[^x]."
        tail = re.search(r"(?:\[\^[^\]]*\])+\s*$", text)
        cites = tail[0].strip() if tail else ""
        body = text[: tail.start()] if tail else text
        return language.sentence(body) + cites

    rows = []
    for contact in content.contacts.contacts:
        if contact.is_open:
            status = w.status_open
        else:
            assert contact.closed is not None
            status = w.status_closed.format(date=_date(language, contact.closed.date))
        v = contact.address_verified
        checks = _verifications(contact)
        # When nothing was confirmed on an official site, say so once, not after every date.
        each = any(x.official for x in checks)
        parts = confirmed(w.confirmed_address, v, True, each)
        fax = w.fax_none
        # A number never breaks across lines in the table; the words after it may.
        number = contact.fax.number.replace(" ", "\u00a0") if contact.fax else ""
        if contact.fax and not contact.is_open:
            fax = w.fax_closed.format(number=number)
        elif contact.fax:
            fax = number
            parts += confirmed(w.confirmed_fax, contact.fax.verified, False, each)
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
                notes=para(" ".join(notes)),
                origin=content.places.of(contact),
            )
        )
    intro = m.Paragraph(
        (m.Text(w.addressees_intro.format(recipient=content.letter.recipient.name)),)
    )
    return m.AddresseeTable(title=w.addressees, intro=intro, rows=tuple(rows))


def _source_text(language: Language, s: Source) -> str:
    # A title in [square brackets] is our description of an untitled document: no quotes.
    title = s.title if s.title.startswith("[") else language.quote(s.title)
    date = _date(language, s.date) if s.date else None
    if s.consulted and not s.date:
        date = language.words.source_consulted.format(date=_date(language, s.consulted))
    pieces = [s.author, title, s.publisher, s.identifier, date]
    if s.note:
        pieces.append(s.note)
    # Each piece ends a sentence; one that already ends in punctuation ("D.C.") keeps its own.
    return " ".join(language.sentence_end(p) for p in pieces if p)


def _reading_copies(content: Content) -> Iterable[m.ReadingCopy]:
    """One page per translation of the letter (letter.ko.yaml, ...), in its own language: the
    paragraphs this pack's letters print, in the letter's order."""
    printed = [p.id for p in content.letter.body()]
    same = content.language.code
    for tag, t in content.translations:
        # labels.yaml speaks the campaign's language: it applies to a copy in that language.
        language = content.language if catalog_code(tag) == same else language_for(tag)
        w = language.words
        review = (
            w.reading_copy_reviewed.format(name=t.reviewed_by)
            if t.reviewed_by
            else w.reading_copy_unreviewed
        )
        texts = {p.id: _squash(p.text).strip() for p in t.paragraphs}
        yield m.ReadingCopy(
            title=w.reading_copy,
            language=tag,
            notes=(w.reading_copy_note, review),
            reviewed=bool(t.reviewed_by),
            recipient=t.recipient,
            subject=t.subject,
            salutation=t.salutation,
            paragraphs=tuple(texts[i] for i in printed),
            closing=t.closing,
        )
