"""The pack's story: every part's renderer, in print order, run (and checked) before a page
is drawn; the flowables come as the story is read."""

from __future__ import annotations

import importlib
import itertools
from collections.abc import Iterable, Iterator
from typing import Any

from reportlab.platypus import NextPageTemplate

from packbuilder import model as m
from packbuilder import parts as registry
from packbuilder.layout.context import Context, PartBreak
from packbuilder.layout.parts import page_template, render_part


def load_renderers() -> None:
    """Import every part's renderer module (each registers itself with render_part)."""
    for entry in registry.PARTS:
        importlib.import_module(entry.renderer)


def story(ctx: Context) -> Iterator[Any]:
    """The pack's flowables, part by part: every renderer runs (and checks) now, in pack order;
    the pages come as the result is iterated."""
    load_renderers()
    document = ctx.document
    parts: list[Iterable[Any]] = [[NextPageTemplate("body")]]
    if document.cover is not None:
        ctx.section(ctx.words.cover)
        parts.append(render_part(document.cover, ctx, ""))
    follows = "cover"
    for part in document.parts:
        ctx.section(str(getattr(part, "title", "")))
        parts.append(render_part(part, ctx, follows))
        follows = registry.of(part).place
    flowables = itertools.chain.from_iterable(parts)
    return flowables if document.cover is not None else _opening(flowables)


def _opening(flowables: Iterator[Any]) -> Iterator[Any]:
    """Without a cover, the first part opens the first page itself."""
    opened = False
    for flowable in flowables:
        if not opened and isinstance(flowable, PartBreak):
            flowable.opens = opened = True
        yield flowable


def first_template(document: m.Document) -> str:
    """The page template of the pack's first page: the cover's, or without a cover (--only)
    the first part's own, since ReportLab opens the first page before any flowable runs."""
    if document.cover is not None or not document.parts:
        return "cover"
    return page_template(document.parts[0])
