"""Drive-kit parts drawn a whole sheet at a time (window test, fax covers, labels, envelopes):
the page each sheet is drawn on, and the run of sheets that makes a part."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, NextPageTemplate

from packbuilder import model as m
from packbuilder.layout.context import Context, PartBreak
from packbuilder.layout.flowables import Recorder
from packbuilder.pdf.structure import StructElement
from packbuilder.pdf.tagging import Tagger


class SheetPage(Flowable):  # type: ignore[misc]
    """A whole page drawn in sheet coordinates, recording its outline entries.

    Drawn once, in reading order, so its structure elements are made as it draws them.
    """

    page_height = 0.0
    tagger = Tagger(enabled=False)
    element = StructElement("Sect")
    speak: Callable[[StructElement, str], None] | None = None

    def __init__(self, sink: Recorder, heads: tuple[tuple[str, int, str], ...]) -> None:
        super().__init__()
        self.sink = sink
        self.heads = heads
        self._sheet: StructElement | None = None

    def tag(
        self,
        tagger: Tagger,
        element: StructElement,
        speak: Callable[[StructElement, str], None] | None = None,
    ) -> SheetPage:
        """Mark what this sheet draws as content of `element` (its part's section); `speak`
        gives an element the language of its text (Context.speak)."""
        self.tagger, self.element, self.speak = tagger, element, speak
        return self

    def p(self, *lines: str) -> StructElement:
        """A new paragraph in the sheet for `lines`, read in their language."""
        element = self.sheet().add("P")
        if self.speak is not None:
            self.speak(element, " ".join(lines))
        return element

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return avail_width, avail_height

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        for title, level, kind in self.heads:
            self.sink.add(canvas, title, level, self.page_height, kind)
        canvas.saveState()
        self._sheet = None
        self.draw_page(canvas)
        canvas.restoreState()
        if self._sheet is not None:  # all drawn: write its elements now
            self.tagger.close(self._sheet)

    def sheet(self) -> StructElement:
        """The sheet's own element (a Div in its part's section), made when first needed."""
        if self._sheet is None:
            self._sheet = self.element.add("Div")
        return self._sheet

    def draw_page(self, canv: Canvas) -> None:
        raise NotImplementedError


def once_per_place(ctx: Context) -> Callable[[m.Origin | None, str | None], None]:
    """Note a problem once per place, however many sheets share it."""
    seen: set[m.Origin] = set()

    def once(origin: m.Origin | None, message: str | None) -> None:
        if message and origin is not None and origin not in seen:
            seen.add(origin)
            ctx.problem(origin, message)

    return once


def sheet_pages(
    part_title: str,
    template: str,
    follows: str,
    ctx: Context,
    sheets: Iterable[tuple[str, Callable[[tuple[tuple[str, int, str], ...]], Any]]],
    each_alone: bool = False,
) -> Iterator[Any]:
    """Each sheet on a page of its own, made when reached: `sheets` gives its bookmark title
    and a function making its page from the outline entries that start there."""
    return _sheets(part_title, template, follows, ctx, ctx.parent, sheets, each_alone)


def _sheets(
    part_title: str,
    template: str,
    follows: str,
    ctx: Context,
    parent: StructElement,  # the part's section, taken when the renderer ran
    sheets: Iterable[tuple[str, Callable[[tuple[tuple[str, int, str], ...]], Any]]],
    each_alone: bool,
) -> Iterator[Any]:
    # Every sheet starts on a right-hand page in duplex, so each has a blank back: a fax
    # cover goes out with a letter, and label stock and envelopes must never get anything
    # printed on their backs. Fax covers get a bookmark each; labels and envelopes one for
    # the part.
    yield NextPageTemplate(template)
    for i, (title, make) in enumerate(sheets):
        heads: list[tuple[str, int, str]] = [(part_title, 0, "part")] if i == 0 else []
        if each_alone:
            heads.append((title, 1, "sheet"))
        yield PartBreak(follows if i == 0 else None)
        yield make(tuple(heads)).tag(ctx.tagger, parent, ctx.speak)
    yield NextPageTemplate("body")
