"""cases.yaml: the documented cases, dated and sourced."""

from __future__ import annotations

from dataclasses import dataclass

from packbuilder.content.rules import Confidence, Id, PartialDate, Prose, doc


@dataclass(frozen=True)
class Case:
    """One documented case: dated, sourced, with how sure we are."""

    id: Id = doc("Id of the case.")
    title: str = doc("Title of the case.")
    date: PartialDate = doc("When it happened (YYYY-MM-DD, YYYY-MM or YYYY).")
    confidence: Confidence = doc("high, medium or low: how sure we are of the account.")
    confidence_note: Prose = doc("Why: what is certain, what is reported and by whom.")
    summary: tuple[Prose, ...] = doc("Paragraphs; each may cite sources with [^id].")
    date_note: str | None = doc("Words for a span or an uncertain date.", None)
    place: str | None = doc("Where it happened.", None)


@dataclass(frozen=True)
class Cases:
    """cases.yaml: the case summaries."""

    cases: tuple[Case, ...] = doc("The cases, in print order.")
    title: str | None = doc(
        "Heading of the case summaries (default: in the campaign's language).", None
    )
    intro: tuple[Prose, ...] = doc("Paragraphs before the cases.", ())
