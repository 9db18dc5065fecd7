"""Page-flow rules: what stays together on a page, and when a block splits rather than leave
the foot of a page empty (issue 24)."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable, KeepTogether

#: The most of a page's text area a block may leave empty at the foot by moving whole to the
#: next page; with more room left than this it splits there instead. A kept-together case
#: box left gaps of 2.6 to 5.6 inches.
MOST_LEFT_EMPTY = 1 / 3


class KeepOrSplit(Flowable):  # type: ignore[misc]
    """A splittable block (a box of rows) kept on one page when moving it to the next leaves
    at most a third of this one empty, split where it reaches the foot otherwise."""

    def __init__(self, content: Any, page_height: float) -> None:
        super().__init__()
        self.content = content
        self.page_height = page_height
        self.hAlign = getattr(content, "hAlign", "LEFT")

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = self.content.wrap(avail_width, avail_height)
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Any]:
        if avail_height <= MOST_LEFT_EMPTY * self.page_height:
            return []  # moving on leaves little enough empty: the block stays whole
        parts: list[Any] = self.content.split(avail_width, avail_height)
        return parts

    def getSpaceBefore(self) -> float:
        return float(self.content.getSpaceBefore())

    def getSpaceAfter(self) -> float:
        return float(self.content.getSpaceAfter())

    def draw(self) -> None:
        self.content.drawOn(self.canv, 0, 0)


def kept(flowables: list[Any]) -> KeepTogether:
    """Flowables that never split from each other (a source and its web address), unless
    together they are longer than a page."""
    return KeepTogether(flowables)
