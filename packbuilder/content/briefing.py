"""briefing.yaml: the background an organiser and a letter writer need."""

from __future__ import annotations

from dataclasses import dataclass

from packbuilder.content.rules import Confidence, Count, Id, PartialDate, Prose, doc


@dataclass(frozen=True)
class TimelinePoint:
    """One dated report in a section's timeline: drawn as a bar of the figure and a row of its
    table."""

    date: PartialDate = doc("When it happened (YYYY-MM-DD, YYYY-MM or YYYY); in date order.")
    event: str = doc("What happened, in a few words (the table and the figure's description).")
    count: Count = doc(
        "How many people: 80; ~50 for an approximate count; 500-600 where reports differ (drawn "
        "as a range)."
    )
    sources: tuple[Id, ...] = doc("Ids of the sources (sources.yaml) that report the count.")
    confidence: Confidence = doc("high, medium or low: how sure we are of the count.")


@dataclass(frozen=True)
class Section:
    """One section of the briefing."""

    id: Id = doc("Id of the section.")
    title: str = doc("Heading of the section.")
    paragraphs: tuple[Prose, ...] = doc("Paragraphs; each may cite sources with [^id].")
    timeline_title: str | None = doc(
        "Caption of the section's timeline figure: what the counts are (needed with timeline).",
        None,
    )
    timeline: tuple[TimelinePoint, ...] = doc(
        "Dated counts drawn as a figure after the paragraphs, with a table of the same data.", ()
    )


@dataclass(frozen=True)
class Briefing:
    """briefing.yaml: the background an organiser and a letter writer need."""

    sections: tuple[Section, ...] = doc("The sections, in print order.")
    title: str | None = doc(
        "Heading of the briefing (default: the word for it in the campaign's language).", None
    )
