"""The numbered sources, web addresses on lines of their own and linked, each entry kept on
one page."""

from __future__ import annotations

from typing import Any

from packbuilder import model as m
from packbuilder.layout import fonts, running
from packbuilder.layout.context import FRAME_PADDING, Context, PartBreak
from packbuilder.layout.flowables import TextBlock
from packbuilder.layout.keeping import kept
from packbuilder.layout.parts import render_part


@render_part.register
def render_sources(part: m.SourceList, ctx: Context, follows: str) -> list[Any]:
    out: list[Any] = [PartBreak(follows), ctx.heading(part.title, "h1", 0)]
    s = ctx.styles["source"]
    # Web addresses start on a line of their own and break only after "/" or ".", so no
    # line ends in a stray "https://" and no break looks like a hyphenated word.
    room = ctx.frame_width - 2 * FRAME_PADDING - s.leftIndent - s.rightIndent
    words = ctx.words

    def address(url: str, label: str = "") -> str:
        # checked to be a plain http(s) address with no quotes or brackets
        href = fonts.escape(url).replace('"', "&quot;")
        first = f"{label} " if label else ""
        pieces = running.url_lines(first + url, room, s.fontName, s.fontSize)
        pieces[0] = pieces[0][len(first) :]
        link = "<br/>".join(fonts.markup(p, s.fontName) for p in pieces)
        return f'<br/>{fonts.markup(first, s.fontName)}<a href="{href}">{link}</a>'

    for entry in part.entries:
        text = f"{entry.number}.\u00a0\u00a0"
        markup = fonts.markup(text + ctx.tie(entry.text), s.fontName)
        if ctx.cite_links:  # where its citations' links go (Tagger._on_source)
            markup = f'<onDraw name="source" label="{entry.number}"/>' + markup
        if entry.url:
            markup += address(entry.url)
        for mirror in entry.mirrors:
            markup += address(mirror, words.source_mirror)
        links = ((entry.url,) if entry.url else ()) + tuple(entry.mirrors)
        # The entry is read in the language of all it prints, its addresses too: an English
        # title with a note in Chinese is mostly English letters, a Chinese note alone is not.
        heard = " ".join((entry.text, *(f"{words.source_mirror} {u}" for u in entry.mirrors)))
        heard += f" {entry.url}" if entry.url else ""
        block = ctx.tagged(TextBlock(markup, s, plain=entry.text), links=links, text=heard)
        # An entry never splits: its web address alone at the top of a page reads as nobody's.
        out.append(kept([block]))
    return out
