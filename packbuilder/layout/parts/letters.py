"""The letters, one page each, checked (body, windows, signers) before any is drawn."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from typing import Any

from reportlab.platypus import NextPageTemplate

from packbuilder import model as m
from packbuilder.errors import DoesNotFit
from packbuilder.layout import measure
from packbuilder.layout.context import Context, PartBreak
from packbuilder.layout.envelopes import others_for
from packbuilder.layout.letter import LetterBody, LetterPage
from packbuilder.layout.parts import page_template, render_part
from packbuilder.pdf.structure import StructElement


@render_part.register
def render_letters(part: m.Letters, ctx: Context, follows: str) -> Iterable[Any]:
    """Checks every letter now (the body's length, each post's window, each signer's block);
    the pages come one letter at a time as the result is iterated."""
    if not part.letters:
        return [NextPageTemplate(page_template(part)), PartBreak(follows), NextPageTemplate("body")]
    body = part.letters[0].body
    form = LetterBody(body, ctx.geo)
    try:
        form.check_fits()
    except DoesNotFit as exc:
        ctx.problem(body.origin, f"the letter is {exc.overflow:.0f} pt too long for one "
                    "page; shorten it or leave out an optional paragraph")  # fmt: skip
    _check_windows(part, body, ctx)
    signers = {id(s): s for letter in part.letters if (s := letter.signer) is not None}
    for signer in signers.values():
        message = form.signer_problem(signer)
        if message:
            ctx.problem(signer.named_origin, message)
    return _letter_pages(part, form, follows, ctx, ctx.parent)


def _letter_pages(
    part: m.Letters,
    form: LetterBody,
    follows: str,
    ctx: Context,
    parent: StructElement,  # the part's section, taken when the renderer ran
) -> Iterator[Any]:
    # A screen reader switches voice for letters in another language than the pack's.
    letter_language = ctx.document.letter_language
    lang = letter_language if letter_language != ctx.document.meta.language else ""
    yield NextPageTemplate(page_template(part))
    group = None
    for i, letter in enumerate(part.letters):
        # Each heading the outline gets is a heading a screen reader lists too: the part's
        # (H1), a signer's group of letters (H2) and each letter, named after its post.
        heads: list[tuple[str, int, str]] = [(part.title, 0, "part")] if i == 0 else []
        if letter.group is not None and letter.group != group:
            heads.append((letter.group, 1, "group"))
        group = letter.group
        above = tuple((title, parent.add(f"H{level + 1}")) for title, level, _ in heads)
        for title, heading in above:
            ctx.speak(heading, title)
        yield PartBreak(follows if i == 0 else None)
        level = 2 if letter.group is not None else 1
        element = parent.add("Sect", title=letter.bookmark, kind="letter", lang=lang)
        page = LetterPage(
            _tied(letter, ctx), form, ctx.marks, tuple(heads), level, ctx.tagger, element, above
        )
        ctx.speak(page.elements["heading"], letter.bookmark)
        yield page
    yield NextPageTemplate("body")


def _check_windows(part: m.Letters, body: m.LetterBody, ctx: Context) -> None:
    """Fit each post's recipient block to the envelope window (once per post, however many
    letters) and note how far it clears the window where the letter rests worst."""
    field = ctx.geo.address
    # The recipient's own name comes from letter.yaml: if it alone cannot fit, blame it there.
    name = measure.problem(lambda: measure.fit_window(body.recipient[:1], field))
    if not name and len(measure.fit_window(body.recipient[:1], field).lines) > 1:
        # A name on two lines leaves too few for any post's address: say so once, here.
        name = (
            f"the recipient's name takes two lines of the {field.envelope.name} window, "
            "which leaves too few for the post's address; shorten it (the full title "
            "prints in the letter's inside address)"
        )
    if name:
        ctx.problem(body.recipient_origin, name)
        return
    seen: set[tuple[str, ...]] = set()
    for letter in part.letters:
        if letter.recipient in seen:
            continue
        seen.add(letter.recipient)
        try:
            block = measure.fit_window(_tied(letter, ctx).recipient, field)
        except DoesNotFit as exc:
            ctx.problem(letter.origin, str(exc))
            continue
        clearance, at = measure.window_clearance(block, field.envelope)
        others = tuple(
            (env.name, measure.window_clearance(block, env)[0]) for env in others_for(ctx.geo.name)
        )
        ctx.window_fits.append(
            m.WindowFit(letter.post, field.envelope.name, len(block.lines), clearance, at, others)
        )
        if clearance < field.clearance:  # a design that cannot hold: never print it
            ctx.problem(letter.origin, f"the address comes within {clearance:.1f} pt of "
                        f"the {field.envelope.name} window's edge")  # fmt: skip


def _tied(letter: m.Letter, ctx: Context) -> m.Letter:
    """The letter with no line break inside a name in its window address ("Republic / of
    China"): the same lines checked against the window and drawn in it."""
    return dataclasses.replace(letter, recipient=tuple(ctx.tie(line) for line in letter.recipient))
