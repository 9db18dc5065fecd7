"""The letters: one per open post for each signer (or unsigned set), made when asked for;
the text they share; the reading copies in the signers' languages."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TypeVar, overload

from packbuilder import model as m
from packbuilder.assemble.text import keep_together, squash
from packbuilder.content.contacts import Contact
from packbuilder.content.letter import LetterParagraph
from packbuilder.content.schema import Content
from packbuilder.language.catalogs import catalog_code, language_for
from packbuilder.language.ties import tie_last_words
from packbuilder.signers.addresses import AddressParts, format_address
from packbuilder.signers.countries import country_code

T = TypeVar("T")


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


def letter_pile(
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


class Lazy(Sequence[T]):
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


class LetterPile(Lazy[m.Letter]):
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


def letter_body(content: Content) -> m.LetterBody:
    """The text every letter shares; one object, so layout can lay it out once."""
    t = content.letter

    def text(p: LetterParagraph) -> str:
        return tie_last_words(keep_together(squash(p.text).strip()))

    return m.LetterBody(
        subject=t.subject,
        salutation=t.salutation,
        paragraphs=tuple(text(p) for p in t.body() if not p.after_own_words),
        personal_lines=t.personal_lines,
        personal_prompt=t.personal_prompt,
        closing=t.closing,
        signature_label=t.signature.signature_label,
        name_label=t.signature.name_label,
        address_label=t.signature.address_label,
        origin=content.places.origin("letter.yaml", "paragraphs"),
        recipient=(t.recipient.name, t.recipient.title),
        recipient_origin=content.places.origin("letter.yaml", "recipient"),
        after_words=tuple(text(p) for p in t.body() if p.after_own_words),
    )


def reading_copies(content: Content) -> Iterable[m.ReadingCopy]:
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
        texts = {p.id: keep_together(squash(p.text).strip()) for p in t.paragraphs}
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
