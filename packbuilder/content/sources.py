"""sources.yaml: every source the pack cites."""

from __future__ import annotations

from dataclasses import dataclass

from packbuilder.content.rules import Id, PartialDate, Url, doc


@dataclass(frozen=True)
class Source:
    """A document the pack cites."""

    id: Id = doc("Id used in [^id] citations and source: fields.")
    author: str = doc("Person or organisation.")
    title: str = doc(
        "Title of the document. Where a document has no title of its own, describe it in "
        'square brackets, in quotes: "[Statement on North Koreans in China]"; it prints '
        "without quotation marks."
    )
    publisher: str | None = doc("Where it appeared, if not the author.", None)
    identifier: str | None = doc("UN symbol, Amnesty index, case number ...", None)
    date: PartialDate | None = doc("Date of the document.", None)
    consulted: PartialDate | None = doc(
        "For an undated web page only: when it was read (printed as 'undated; consulted ...').",
        None,
    )
    url: Url | None = doc("Where to read it: the document itself, not a copy.", None)
    mirrors: tuple[Url, ...] = doc(
        "Copies elsewhere that helped us find or read it (printed after the note).", ()
    )
    note: str | None = doc("A short note.", None)


@dataclass(frozen=True)
class Sources:
    """sources.yaml: every source the pack cites."""

    sources: tuple[Source, ...] = doc("Every source the pack cites.")
