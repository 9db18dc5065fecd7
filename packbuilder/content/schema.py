"""The whole content: validate() turns the loader's marked tree into Content, collecting every
problem at once.

Each content file's dataclasses live in a module of their own (campaign.py, contacts.py ...):
each field is one YAML key, its type says what may be written there (value rules in rules.py),
and its `doc` is the text organisers read in docs/reference.md and in the JSON Schema for
editors. `validate` reads the tree against them (reader.py), so a problem is always reported
at the line and column where the organiser wrote it, then runs the checks across files
(checks.py).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from packbuilder.content.briefing import Briefing
from packbuilder.content.campaign import Campaign
from packbuilder.content.cases import Cases
from packbuilder.content.checks import cross_checks, label_checks, translation_checks
from packbuilder.content.contacts import Contact, Contacts
from packbuilder.content.country import country_code
from packbuilder.content.editions import Edition, edition_checks, localise, used_translation
from packbuilder.content.guide import Guide
from packbuilder.content.labels import Labels, label_overrides
from packbuilder.content.letter import LetterTemplate
from packbuilder.content.loader import (
    CONTENT_FILES,
    OPTIONAL_FILES,
    RawTree,
    source_ids,
    translation_language,
    translation_of,
)
from packbuilder.content.partners import Partners, partner_checks
from packbuilder.content.reader import BAD, Places, Reader
from packbuilder.content.rules import language_problem
from packbuilder.content.sources import Sources
from packbuilder.content.translation import TRANSLATION_TYPES, LetterTranslation
from packbuilder.errors import ContentError, Problem
from packbuilder.language import catalogs as lang


@dataclass(frozen=True)
class Content:
    """Everything in the content folder, validated; `places` says where each value was written."""

    folder: Path
    campaign: Campaign
    briefing: Briefing
    cases: Cases
    contacts: Contacts
    letter: LetterTemplate
    sources: Sources
    guide: Guide
    places: Places = dataclasses.field(compare=False, repr=False)
    warnings: tuple[Problem, ...] = ()
    #: The printed words: the campaign language's catalog with labels.yaml applied.
    language: lang.Language = lang.ENGLISH
    #: The words printed on what goes to the post (letter date, 'c/o', fax cover), in the
    #: letter's own language.
    letter_language: lang.Language = lang.ENGLISH
    #: Reading copies of the letter: (language tag from the file name, translation).
    translations: tuple[tuple[str, LetterTranslation], ...] = ()
    #: partners.yaml: the groups `share` e-mails the pack to (None: the campaign has none).
    partners: Partners | None = None
    #: The translation files (briefing.ko.yaml ...) this pack prints that no one has reviewed
    #: yet: the cover says so.
    unreviewed: tuple[str, ...] = ()
    #: contacts.yaml as written, when a translation gave the posts' notes and short names in
    #: the campaign's language (the terminal's messages stay English).
    written_contacts: Contacts | None = dataclasses.field(default=None, compare=False, repr=False)

    def posts(self) -> tuple[Contact, ...]:
        """The posts that get letters: the campaign's `posts`, or every open post."""
        chosen = self.campaign.posts
        return tuple(
            c for c in self.contacts.contacts if c.is_open and (chosen is None or c.id in chosen)
        )


FILE_TYPES: dict[str, type] = {
    "campaign.yaml": Campaign,
    "briefing.yaml": Briefing,
    "cases.yaml": Cases,
    "contacts.yaml": Contacts,
    "letter.yaml": LetterTemplate,
    "sources.yaml": Sources,
    "guide.yaml": Guide,
}
assert tuple(FILE_TYPES) == CONTENT_FILES
OPTIONAL_TYPES: dict[str, type] = {"labels.yaml": Labels, "partners.yaml": Partners}
assert tuple(OPTIONAL_TYPES) == OPTIONAL_FILES


def validate(raw: RawTree, strict: bool = False) -> Content:
    """Turn the marked tree into Content, or raise ContentError holding every problem at once.

    Warnings (stale verification dates, unused sources) are kept on the Content; with
    `strict` they count as errors.
    """
    reader = Reader()
    parsed: dict[str, Any] = {}
    for name, cls in FILE_TYPES.items():
        node = raw.files.get(name)
        if node is not None:
            parsed[name] = reader.read(node, cls, (), name)
    optional = {}
    for name, cls in OPTIONAL_TYPES.items():
        node = raw.files.get(name)
        if node is not None:
            optional[name] = reader.read(node, cls, (), name)
    translations: dict[str, Any] = {}
    for name, node in sorted(raw.files.items()):
        tag, original = translation_language(name), translation_of(name)
        if tag is not None and original is not None and node is not None:
            translations[name] = reader.read(node, TRANSLATION_TYPES[original], (), name)
            if language_problem(tag):
                message = f"'{tag}' in the file name is not a language tag (briefing.ko.yaml)"
                reader.problem(node.mark, ("(file)",), message)
    problems = list(raw.problems) + reader.problems
    good = {name: value for name, value in parsed.items() if value is not BAD}
    # Cross-file checks run on every file that could be read, so one broken file does not
    # hide the mistakes in the others.
    found = list(cross_checks(good, reader.places, raw.folder, source_ids(raw)))
    labels = optional.get("labels.yaml")
    overrides = label_overrides(labels) if labels not in (None, BAD) else {}
    found += label_checks(overrides, reader.places, good.get("campaign.yaml"))
    partners = optional.get("partners.yaml")
    found += partner_checks(raw.files.get("partners.yaml"))
    good_translations = {n: t for n, t in translations.items() if t is not BAD}
    letters = {n: t for n, t in good_translations.items() if isinstance(t, LetterTranslation)}
    if "letter.yaml" in good:
        for name, translation in letters.items():
            found += translation_checks(name, translation, good["letter.yaml"], reader.places)
    campaign = good.get("campaign.yaml")
    edition: dict[str, tuple[str, Any]] = {}
    misread = {Path(p.file).name for p in problems}
    for name, translation in good_translations.items():
        original, tag = translation_of(name), translation_language(name)
        # A translation is compared with an original that could be read without a mistake.
        if name in letters or original not in good or tag is None or original in misread:
            continue
        used = campaign is not None and used_translation(tag, campaign.language)
        if campaign is not None and used and (original not in edition or tag == campaign.language):
            edition[original] = (name, translation)
        found += edition_checks(name, original, translation, good[original], reader.places, used)
    problems += [p for p in found if p.severity == "error"]
    warnings = [p for p in found if p.severity == "warning"]
    if strict:
        problems += [dataclasses.replace(w, severity="error") for w in warnings]
        warnings = []
    if problems or len(good) < len(FILE_TYPES) or partners is BAD:
        if not problems:  # a file failed without saying why: a bug, but never a silent one
            problems.append(
                Problem(str(raw.folder), 1, 1, "(content)", "content could not be read")
            )
        raise ContentError(problems + warnings)
    # The content as printed: the campaign language's translation of each unit, where current.
    printed = localise(good, Edition(edition), reader.places)
    # Dates are written as in the country the letters are posted in (CLDR, when it knows one).
    country = country_code(good["campaign.yaml"].country)
    return Content(
        folder=raw.folder,
        campaign=printed["campaign.yaml"],
        briefing=printed["briefing.yaml"],
        cases=printed["cases.yaml"],
        contacts=printed["contacts.yaml"],
        letter=good["letter.yaml"],
        sources=printed["sources.yaml"],
        guide=printed["guide.yaml"],
        places=reader.places,
        warnings=tuple(sorted(warnings)),
        language=lang.language_for(good["campaign.yaml"].language, overrides, country),
        letter_language=_letter_language(good["letter.yaml"], good["campaign.yaml"], overrides),
        translations=tuple(
            (tag, t) for n, t in letters.items() if (tag := translation_language(n))
        ),
        partners=partners,
        unreviewed=Edition(edition).unreviewed(),
        written_contacts=good["contacts.yaml"],
    )


def _letter_language(
    letter: LetterTemplate, campaign: Campaign, overrides: dict[str, str | tuple[str, ...]]
) -> lang.Language:
    """The letter's language; labels.yaml speaks the campaign's language, so it applies to the
    letter only when the two share a catalog."""
    same = lang.catalog_code(letter.language) == lang.catalog_code(campaign.language)
    country = country_code(campaign.country)
    return lang.language_for(letter.language, overrides if same else None, country)
