"""briefing.yaml: the background an organiser and a letter writer need."""

from __future__ import annotations

from dataclasses import dataclass

from packbuilder.content.rules import Id, Prose, doc


@dataclass(frozen=True)
class Section:
    """One section of the briefing."""

    id: Id = doc("Id of the section.")
    title: str = doc("Heading of the section.")
    paragraphs: tuple[Prose, ...] = doc("Paragraphs; each may cite sources with [^id].")


@dataclass(frozen=True)
class Briefing:
    """briefing.yaml: the background an organiser and a letter writer need."""

    sections: tuple[Section, ...] = doc("The sections, in print order.")
    title: str | None = doc(
        "Heading of the briefing (default: the word for it in the campaign's language).", None
    )
