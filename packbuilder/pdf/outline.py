"""The bookmarks (document outline), written to the file as layout reaches each entry."""

from __future__ import annotations

from packbuilder.pdf.objects import pdf_string, ref
from packbuilder.pdf.writer import StreamDocument, number


class _Entry:
    __slots__ = (
        "children",
        "dest",
        "first",
        "last",
        "num",
        "open",
        "parent",
        "prev",
        "title",
        "visible",
    )  # fmt: skip

    def __init__(self, num: int, title: str, dest: bytes, parent: int, open_: bool) -> None:
        self.num, self.title, self.dest, self.parent = num, title, dest, parent
        self.prev = self.first = self.last = self.children = self.visible = 0
        self.open = open_


class Outline:
    """The bookmarks, written as they come: an entry is complete (and written) once its next
    sibling or a shallower entry arrives, so only the open chain of entries is held."""

    def __init__(self, doc: StreamDocument, border: float = 0) -> None:
        self.doc = doc
        #: How far the drawing is moved in on a sheet grown for bleed and crop marks.
        self.border = border
        self.root = _Entry(0, "", b"", 0, True)
        self.stack: list[_Entry] = [self.root]  # the open entry at each depth, root first

    def add(self, title: str, level: int, page: int, top: float) -> None:
        """An entry `level` deep (0 for a part) for final page `page`, at `top` points from
        the bottom of the trimmed page (negative: the whole page)."""
        doc = self.doc
        level = min(level, len(self.stack) - 1)
        while len(self.stack) > level + 2:
            self._close(self.stack.pop(), 0)
        if not self.root.num:
            self.root.num = doc.reserve()
        num = doc.reserve()
        previous = self.stack.pop() if len(self.stack) == level + 2 else None
        if previous is not None:
            self._close(previous, num)
        parent = self.stack[-1]
        target = ref(doc.final_page(page))
        if top < 0:
            dest = b"[%s/Fit]" % target
        else:
            dest = b"[%s/XYZ 0 %s null]" % (target, number(top + self.border))
        entry = _Entry(num, title, dest, parent.num, level == 0)
        entry.prev = previous.num if previous is not None else 0
        parent.first = parent.first or num
        parent.last = num
        parent.children += 1
        self.stack.append(entry)

    def _close(self, entry: _Entry, next_num: int) -> None:
        parent = self.stack[-1]
        parent.visible += 1 + (entry.visible if entry.open else 0)
        out = [b"<</Title", pdf_string(entry.title), b"/Parent ", ref(entry.parent)]
        if entry.prev:
            out += [b"/Prev ", ref(entry.prev)]
        if next_num:
            out += [b"/Next ", ref(next_num)]
        if entry.children:
            count = entry.visible if entry.open else -entry.children
            out += [b"/First ", ref(entry.first), b"/Last ", ref(entry.last), b"/Count %d" % count]
        out += [b"/Dest", entry.dest, b">>"]
        self.doc.put(entry.num, b"".join(out))

    def finish(self) -> int:
        """Write the open entries and the outline's root: its number (0 for no entries)."""
        while len(self.stack) > 1:
            self._close(self.stack.pop(), 0)
        root = self.root
        if not root.num:
            return 0
        self.doc.put(
            root.num,
            b"<</Type/Outlines/First %s/Last %s/Count %d>>"
            % (ref(root.first), ref(root.last), root.visible),
        )
        return root.num
