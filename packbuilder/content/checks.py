"""Checks that span content files: citations and source references, dates, posts chosen,
letters to print, translations and labels."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from packbuilder.content.briefing import Briefing
from packbuilder.content.campaign import Campaign
from packbuilder.content.cases import Cases
from packbuilder.content.contacts import Contacts, Verified
from packbuilder.content.guide import Guide
from packbuilder.content.letter import LetterTemplate
from packbuilder.content.loader import CONTENT_FILES
from packbuilder.content.reader import Places
from packbuilder.content.rules import CITATION, PartialDate
from packbuilder.content.sources import Sources
from packbuilder.content.translation import LetterTranslation
from packbuilder.errors import VERIFY, FieldPath, Problem, closest, did_you_mean
from packbuilder.language import catalogs as lang


def cross_checks(
    parsed: dict[str, Any], places: Places, folder: Path, written_ids: set[str]
) -> Iterator[Problem]:
    """Checks that span files: citations, source references, dates, letters to print."""
    sources_file: Sources | None = parsed.get("sources.yaml")
    campaign: Campaign | None = parsed.get("campaign.yaml")
    briefing: Briefing | None = parsed.get("briefing.yaml")
    cases: Cases | None = parsed.get("cases.yaml")
    contacts: Contacts | None = parsed.get("contacts.yaml")
    letter: LetterTemplate | None = parsed.get("letter.yaml")
    guide: Guide | None = parsed.get("guide.yaml")
    # Citations are checked against the ids written in sources.yaml even when some source has
    # a mistake of its own, so one bad URL does not hide every unknown citation.
    sources = {s.id for s in sources_file.sources} if sources_file else written_ids
    known = sources_file is not None or bool(written_ids)
    used: set[str] = set()

    at = places.problem

    def cite(file: str, path: FieldPath, text: str) -> Iterator[Problem]:
        seen: Counter[str] = Counter()  # the same unknown source cited twice: each at its place
        for ref in CITATION.findall(text):
            if ref in sources:
                used.add(ref)
            elif known:
                message = f"cites unknown source '[^{ref}]'; {_add_source(ref, sources)}"
                yield at(file, path, message, inside=f"[^{ref}]", nth=seen[ref])
                seen[ref] += 1

    def ref(file: str, path: FieldPath, source_id: str) -> Iterator[Problem]:
        if source_id in sources:
            used.add(source_id)
        elif known:
            yield at(file, path, f"unknown source '{source_id}'; {_add_source(source_id, sources)}")

    if campaign:
        for i, attachment in enumerate(campaign.attachments):
            problem = inside_folder(folder, attachment.file, ".pdf")
            if problem:
                yield at("campaign.yaml", ("attachments", i, "file"), problem)
        if campaign.signers:
            problem = inside_folder(folder, campaign.signers, ".csv")
            if problem:
                yield at("campaign.yaml", ("signers",), problem)
        yield from _placeholder_checks(campaign, places)
        yield from cite("campaign.yaml", ("ask",), campaign.ask)
        for i, text in enumerate(campaign.intro):
            yield from cite("campaign.yaml", ("intro", i), text)
    for s, section in enumerate(briefing.sections if briefing else ()):
        for i, text in enumerate(section.paragraphs):
            yield from cite("briefing.yaml", ("sections", s, "paragraphs", i), text)
        yield from timeline_checks("briefing.yaml", ("sections", s), section, places, ref)
    for g, guide_section in enumerate(guide.sections if guide else ()):
        if not guide_section.paragraphs and not guide_section.items:
            yield at("guide.yaml", ("sections", g), "give the section paragraphs, items or both")
        for kind in ("paragraphs", "items"):
            for i, text in enumerate(getattr(guide_section, kind)):
                yield from cite("guide.yaml", ("sections", g, kind, i), text)
    for i, text in enumerate(cases.intro if cases else ()):
        yield from cite("cases.yaml", ("intro", i), text)
    for c, case in enumerate(cases.cases if cases else ()):
        cited = [r for text in case.summary for r in CITATION.findall(text)]
        if not cited:
            yield at("cases.yaml", ("cases", c, "summary"), "a case must cite at least one source")
        yield from cite("cases.yaml", ("cases", c, "confidence_note"), case.confidence_note)
        for i, text in enumerate(case.summary):
            yield from cite("cases.yaml", ("cases", c, "summary", i), text)
    if contacts:
        dated = {x.id: x.date for x in sources_file.sources} if sources_file else {}
        yield from _contact_checks(contacts, campaign, places, ref, cite, dated)
    if campaign and campaign.posts == ():
        yield at(
            "campaign.yaml",
            ("posts",),
            "the list is empty, so no post would get a letter; leave posts out to write to "
            "every open post",
        )
    if contacts and campaign and campaign.posts is not None:
        by_id = {c.id: c for c in contacts.contacts}
        for i, post in enumerate(campaign.posts):
            contact = by_id.get(post)
            if contact is None:
                hint = did_you_mean(post, by_id)
                yield at(
                    "campaign.yaml",
                    ("posts", i),
                    f"no post in contacts.yaml has id '{post}'{hint}",
                )
            elif not contact.is_open and contact.closed:
                yield at(
                    "campaign.yaml",
                    ("posts", i),
                    f"'{post}' closed on {contact.closed.date.human()} "
                    f"({_first_sentence(contact.closed.reason)}); no letter can go there",
                )
    if letter:
        yield from _letter_checks(letter, places)
    if campaign and campaign.contact is not None and not campaign.contact.parts():
        yield at("campaign.yaml", ("contact",), "give at least one of name, email, phone, web")
    for i, source in enumerate(sources_file.sources if sources_file else ()):
        if source.date is None and source.consulted is None:
            yield at(
                "sources.yaml",
                ("sources", i),
                f"source '{source.id}' has no date; give the date of the document ('date:') "
                "or, for an undated web page, when it was read ('consulted:')",
                "warning",
            )
        elif source.date is not None and source.consulted is not None:
            yield at(
                "sources.yaml",
                ("sources", i, "consulted"),
                "give 'consulted' only for an undated source; this one has a 'date'",
            )
    if sources_file and len(parsed) == len(CONTENT_FILES):  # only when every citation was seen
        for i, source in enumerate(sources_file.sources):
            if source.id not in used:
                yield at(
                    "sources.yaml",
                    ("sources", i, "id"),
                    f"source '{source.id}' is never cited",
                    "warning",
                )


def timeline_checks(
    file: str, base: FieldPath, section: Any, places: Places, ref: Ref
) -> Iterator[Problem]:
    """A section's timeline: a caption, points in date order, each count's sources known."""
    at = places.problem
    if section.timeline and not section.timeline_title:
        yield at(file, (*base, "timeline"), "give the figure a caption: add 'timeline_title:' "
                 "saying what the counts are")  # fmt: skip
    if section.timeline_title and not section.timeline:
        yield at(file, (*base, "timeline_title"), "a caption with no timeline; remove it or add "
                 "'timeline:'")  # fmt: skip
    for i, point in enumerate(section.timeline):
        where = (*base, "timeline", i)
        if not point.sources:
            yield at(file, (*where, "sources"), "give at least one source that reports the count")
        for j, source in enumerate(point.sources):
            yield from ref(file, (*where, "sources", j), source)
        before = section.timeline[i - 1].date if i else None
        if before is not None and point.date < before:
            yield at(
                file,
                (*where, "date"),
                # The point before, counted from 1 as messages count list items.
                f"{point.date.human()} comes before {before.human()} (timeline[{i}]); "
                "list the points in date order",
            )


def _add_source(source_id: str, sources: set[str]) -> str:
    """The fix for a citation of a source sources.yaml does not have."""
    if not source_id.strip():
        return "write the id of a source from sources.yaml inside [^...]"
    near = closest(source_id, sources)
    fix = f"add an entry with id '{source_id}' to sources.yaml"
    return f"{fix}, or did you mean '{near}'?" if near else fix


def _first_sentence(text: str) -> str:
    return " ".join(CITATION.sub("", text).split()).split(". ")[0].rstrip(".")


def inside_folder(folder: Path, name: str, suffix: str) -> str | None:
    """What is wrong with a file named in content, or None: it must exist inside `folder`.

    A path written in a content file can never reach outside the content folder (no '..', no
    absolute paths, no links out), so a shared content folder cannot read other files.
    """
    if Path(name).is_absolute() or ".." in Path(name).parts:
        return f"'{name}' must be a path inside the content folder"
    base = folder.resolve()
    try:
        target = (folder / name).resolve()
    except (OSError, RuntimeError):  # RuntimeError: Python before 3.13 on a loop of links
        return f"'{name}' is a link that leads round in a loop; put the file itself here"
    if not target.is_relative_to(base):
        return f"'{name}' leads outside the content folder"
    if target.is_dir():
        return f"'{name}' is a folder; name the {suffix} file in it"
    if not target.is_file():
        return f"file '{name}' not found in the content folder"
    if target.suffix.lower() != suffix:
        return f"'{name}' is not a {suffix} file"
    return None


Ref = Callable[[str, FieldPath, str], Iterator[Problem]]


def _contact_checks(
    contacts: Contacts,
    campaign: Campaign | None,
    places: Places,
    ref: Ref,
    cite: Ref,
    source_dates: dict[str, PartialDate | None],
) -> Iterator[Problem]:
    at = places.problem
    stale_before = campaign.stale_before if campaign else None
    months = campaign.stale_after_months if campaign else 12
    open_posts = 0
    # (An empty list is an error of its own: the posts are checked as if it were absent.)
    chosen = (campaign.posts or None) if campaign else None
    for c, contact in enumerate(contacts.contacts):
        # A post that gets no letter (closed, or left out by the campaign's `posts`) has
        # nothing to confirm before printing.
        written_to = contact.is_open and (chosen is None or contact.id in chosen)
        base: FieldPath = ("contacts", c)
        verified: list[tuple[FieldPath, Verified]] = [
            (("address_verified",), contact.address_verified)
        ]
        if contact.fax:
            verified.append((("fax", "verified"), contact.fax.verified))
        if contact.email:
            verified.append((("email", "verified"), contact.email.verified))
        if contact.note:
            yield from cite("contacts.yaml", (*base, "note"), contact.note)
        if contact.closed:
            yield from cite("contacts.yaml", (*base, "closed", "reason"), contact.closed.reason)
        for key, v in verified:
            yield from ref("contacts.yaml", (*base, *key, "source"), v.source)
            if v.note:
                yield from cite("contacts.yaml", (*base, *key, "note"), v.note)
            said = source_dates.get(v.source)
            if v.date and said and v.date.latest() > said.latest():
                yield at(
                    "contacts.yaml",
                    (*base, *key, "date"),
                    f"{v.date.human()} is later than its source '{v.source}' "
                    f"({said.human()}); a source confirms nothing after its own date",
                )
            if not written_to or not stale_before:
                continue
            if v.date is None:
                yield at(
                    "contacts.yaml",
                    (*base, *key),
                    f"{contact.short_name}: no date recorded for when this was last confirmed "
                    f"(source: {v.source}); confirm it before printing",
                    "warning",
                    topic=VERIFY,
                )
            elif v.current(stale_before) and not v.official and key == ("address_verified",):
                yield at(
                    "contacts.yaml",
                    (*base, *key),
                    f"{contact.short_name}: confirmed {v.date.human()} only by a source that is "
                    f"not the post's own site ({v.source}); confirm it on the official site "
                    "before printing",
                    "warning",
                    topic=VERIFY,
                )
            elif not v.current(stale_before):
                yield at(
                    "contacts.yaml",
                    (*base, *key, "date"),
                    f"{contact.short_name}: last confirmed {v.date.human()} (source: {v.source}), "
                    f"more than {months} months before the campaign date; confirm it before "
                    "printing",
                    "warning",
                    topic=VERIFY,
                )
        if contact.fax:
            others = contact.fax.others
            for o, other in enumerate(others):
                yield from ref("contacts.yaml", (*base, "fax", "others", o, "source"), other.source)
            if others and written_to:
                numbers = "; ".join(
                    dict.fromkeys([contact.fax.number, *(x.number for x in others)])
                )
                yield at(
                    "contacts.yaml",
                    (*base, "fax", "others"),
                    f"{contact.short_name}: sources give different fax numbers ({numbers}); "
                    "no fax cover until the post confirms one",
                    "warning",
                    topic=VERIFY,
                )
        if contact.is_open:
            open_posts += 1
            if contact.closed is not None:
                yield at("contacts.yaml", (*base, "closed"), "an open post cannot have 'closed'")
            if not contact.address.postal_code:
                yield at("contacts.yaml", (*base, "address"), "an open post needs a postal_code")
        else:
            if contact.closed is None:
                yield at(
                    "contacts.yaml",
                    (*base, "status"),
                    "a closed post needs 'closed' (date, reason, source)",
                )
            else:
                yield from ref("contacts.yaml", (*base, "closed", "source"), contact.closed.source)
    if open_posts == 0:
        yield at(
            "contacts.yaml", ("contacts",), "no post is open, so the pack would have no letters"
        )


def include_problem(letter: LetterTemplate, chosen: str) -> str | None:
    """What is wrong with choosing paragraph `chosen` (from `include:` or --include), or None."""
    ids = [p.id for p in letter.paragraphs]
    if chosen not in ids:
        optional = [p.id for p in letter.paragraphs if p.optional]
        hint = did_you_mean(chosen, optional or ids)
        return f"no paragraph in letter.yaml has id '{chosen}'{hint}"
    if not any(p.optional for p in letter.paragraphs if p.id == chosen):
        return f"paragraph '{chosen}' is not optional; it is always printed"
    return None


def _letter_checks(letter: LetterTemplate, places: Places) -> Iterator[Problem]:
    at = places.problem
    for i, chosen in enumerate(letter.include or ()):
        problem = include_problem(letter, chosen)
        if problem:
            yield at("letter.yaml", ("include", i), problem)
    for i, p in enumerate(letter.paragraphs):
        if CITATION.search(p.text):
            yield at(
                "letter.yaml",
                ("paragraphs", i, "text"),
                "a letter cannot cite sources; [^id] would print as is",
            )
    # The reading copies print the paragraphs in order, so those below the writer's own
    # words come last there too.
    below = False
    for i, p in enumerate(letter.paragraphs):
        if p.after_own_words:
            below = True
        elif below:
            yield at(
                "letter.yaml",
                ("paragraphs", i),
                "comes after a paragraph printed below the writer's own words; put the "
                "after_own_words paragraphs last",
            )
    # An optional paragraph left out of `include:` is a choice, not a mistake: no warning.


#: Words in square brackets (not a [^citation]): a placeholder the shipped campaign asks a
#: group to replace, such as [Your group's name: fill in before printing].
PLACEHOLDER = re.compile(r"\[(?!\^)[^\]]+\]")


def _placeholder_checks(campaign: Campaign, places: Places) -> Iterator[Problem]:
    """A warning, located, for each detail of the group still left as a placeholder."""
    fields: list[tuple[FieldPath, str | None]] = [
        (("organiser",), campaign.organiser),
        (("contact", "name"), campaign.contact.name if campaign.contact else None),
        (("kit", "report_to"), campaign.kit.report_to),
        (("kit", "sign_in_note"), campaign.kit.sign_in_note),
    ]
    for path, value in fields:
        found = PLACEHOLDER.search(value or "")
        if found:
            yield places.problem(
                "campaign.yaml",
                path,
                f"'{found[0]}' is a placeholder; put your group's own details here before printing",
                "warning",
                inside=found[0],
            )


def translation_checks(
    name: str, translation: LetterTranslation, letter: LetterTemplate, places: Places
) -> list[Problem]:
    """A translation says what the letter says: the same paragraphs (ids, optional flags) and a
    subject when the letter has one. A paragraph added to letter.yaml and not here is an error,
    so the reading copy never lags behind the letter that is signed."""

    def at(path: FieldPath, message: str) -> Problem:
        return places.problem(name, path, message)

    found = []
    english = {p.id: p for p in letter.paragraphs}
    ids = [p.id for p in translation.paragraphs]
    for i, p in enumerate(translation.paragraphs):
        if p.id not in english:
            hint = did_you_mean(p.id, english)
            found.append(
                at(("paragraphs", i, "id"), f"letter.yaml has no paragraph '{p.id}'{hint}")
            )
        elif english[p.id].optional != p.optional:
            flag = "true" if english[p.id].optional else "false (or absent)"
            found.append(at(("paragraphs", i), f"optional is {flag} in letter.yaml; say the same "
                            "here"))  # fmt: skip
    for original in letter.paragraphs:
        if original.id not in ids:
            message = (
                f"paragraph '{original.id}' of letter.yaml is not translated here; add it with "
                "the same id, or the reading copy would leave out part of what signers sign"
            )
            found.append(at(("paragraphs",), message))
    if letter.subject and not translation.subject:
        found.append(at((), "letter.yaml has a subject line: translate it here (subject:)"))
    return found


def label_checks(
    overrides: dict[str, str | tuple[str, ...]], places: Places, campaign: Any
) -> list[Problem]:
    """labels.yaml's placeholders, a campaign language with no catalog of its own, and what
    is wrong in the catalog it has (located in the catalog file)."""
    found = []
    for key, value in overrides.items():
        message = lang.override_problem(key, value)
        if message:
            found.append(places.problem("labels.yaml", (key,), message))
    complete = len(overrides) == len(lang.catalog_keys())
    if campaign is not None and lang.catalog_code(campaign.language) is None and not complete:
        known = ", ".join(lang.codes())
        meant = lang.suggestion(campaign.language)
        hint = f"; did you mean '{meant}'?" if meant else ""
        message = (
            f"packbuilder has no words in '{campaign.language}' (it has {known}{hint}): "
            "headings, table headers and dates print in English unless labels.yaml gives them"
        )
        found.append(places.problem("campaign.yaml", ("language",), message, "warning"))
    if campaign is not None:
        found += lang.catalog_problems(campaign.language)
    return found
