"""One renderer module per part type: each turns a part of the document into the flowables that
print it.

`render_part` dispatches on the part's model type (functools.singledispatch, the way
WeasyPrint lays out each box type with its own function). A renderer gets the part, a
`Context` (styles, page geometry, the structure tree, paragraph and box helpers, the problems
found so far) and the place the part follows (for attached PDFs), and returns an iterable of
flowables: its page template and part break first, then its pages. Every fit check runs when
the renderer is called, so all problems are known before anything is drawn; the letters and
the kit sheets return generators that make one page's flowables at a time, so a drive of
100,000 letters is never held as flowables at once. A module registers its renderer with
`@render_part.register` when it is imported: layout.story imports each part's module, as the
part registry (packbuilder.parts) names it, before it runs them.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import singledispatch
from typing import TYPE_CHECKING, Any

from packbuilder import parts

if TYPE_CHECKING:
    from packbuilder.layout.context import Context


@singledispatch
def render_part(part: object, ctx: Context, follows: str) -> Iterable[Any]:
    """The flowables of `part`, starting with its part break; `follows` names the place before
    it (where attached PDFs go). Fit problems are noted in `ctx` when this is called."""
    raise TypeError(f"no renderer for {type(part).__name__}")


def page_template(part: object) -> str:
    """The page template `part` is printed on (its registry entry says)."""
    return parts.of(part).template
