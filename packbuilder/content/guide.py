"""guide.yaml: the organiser guide."""

from __future__ import annotations

from dataclasses import dataclass

from packbuilder.content.rules import Id, Prose, doc


@dataclass(frozen=True)
class GuideSection:
    """One headed part of the organiser guide."""

    title: str = doc("Heading.")
    paragraphs: tuple[Prose, ...] = doc("Paragraphs.", ())
    items: tuple[Prose, ...] = doc("A bulleted list.", ())
    id: Id | None = doc("Id of the section, for translations (guide.ko.yaml) to name it by.", None)


@dataclass(frozen=True)
class Guide:
    """guide.yaml: the organiser guide (one or two pages)."""

    sections: tuple[GuideSection, ...] = doc("The sections, in print order.")
    title: str | None = doc("Heading of the guide (default: in the campaign's language).", None)
