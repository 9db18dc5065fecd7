"""Editions: the content in the campaign's language, from the translations beside the files.

Each translatable file is cut into units (the briefing's title, each section by id, each case,
each guide section, each post's notes, the cover's text); a unit of a translation answers the
unit of its original with the same id and records the original's fingerprint (`source_hash`).
`edition_checks` says, located, which units are missing, extra, cite other sources than the
original, or are outdated (the original changed since); `localise` gives the content as
printed: each current unit in the campaign's language, anything else as the original has it.
"""

from __future__ import annotations

import dataclasses
import hashlib
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from packbuilder.content.briefing import Briefing, TimelinePoint
from packbuilder.content.campaign import Campaign
from packbuilder.content.cases import Cases
from packbuilder.content.contacts import Contact, Contacts
from packbuilder.content.guide import Guide
from packbuilder.content.reader import Places
from packbuilder.content.rules import CITATION, counted
from packbuilder.content.sources import Source, Sources
from packbuilder.content.translation import (
    BriefingTranslation,
    CampaignTranslation,
    CasesTranslation,
    ContactsTranslation,
    GuideTranslation,
    SourcesTranslation,
)
from packbuilder.errors import FieldPath, Problem, did_you_mean
from packbuilder.language import catalogs as lang

Texts = tuple[tuple[str, str], ...]
#: The campaign's values an organiser fills in: translated one by one, never required.
FILL_INS = ("organiser", "contact_name", "report_to", "sign_in_note")


def fingerprint(texts: Texts) -> str:
    """A short sha256 of the original text: each field's name and its words (NFC, whitespace
    collapsed), so re-wrapping a paragraph keeps it and changing a word changes it."""
    norm = "\x1f".join(
        f"{name}\x1e{' '.join(unicodedata.normalize('NFC', text).split())}"
        for name, text in texts
        if text
    )
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()[:12]


@dataclass(frozen=True)
class Unit:
    """One translatable piece of a file: what it is called, where it is, its text."""

    #: How a message names it: "section 'non-refoulement'", "the title".
    name: str
    path: FieldPath
    texts: Texts
    #: In a translation: the fingerprint it records (None when it records none).
    source_hash: str | None = None


def _many(field: str, values: tuple[str, ...]) -> Texts:
    return tuple((f"{field}[{i}]", v) for i, v in enumerate(values))


def _one(field: str, value: str | None) -> Texts:
    return ((field, value),) if value else ()


def units(value: Any) -> dict[str, Unit]:
    """The units of a content file or of its translation, by the id they are matched on."""
    found: dict[str, Unit] = {}
    v: Any = value  # one of the file types or its translation's, narrowed below

    def add(key: str, unit: Unit) -> None:
        found[key] = unit

    if isinstance(value, Campaign | CampaignTranslation):
        t = value
        head = _one("title", t.title) + _one("subtitle", t.subtitle) + _one("ask", t.ask)
        head += _many("intro", t.intro)
        hashed = t.source_hash if isinstance(t, CampaignTranslation) else None
        add("cover", Unit("cover text (title, subtitle, ask, intro)", (), head, hashed))
        for key, path in (
            ("organiser", ("organiser",)),
            ("contact_name", ("contact", "name")),
            ("report_to", ("kit", "report_to")),
            ("sign_in_note", ("kit", "sign_in_note")),
        ):
            if isinstance(t, CampaignTranslation):
                given = getattr(t, key)
                if given is not None:
                    add(key, Unit(key, (key,), ((key, given.text),), given.source_hash))
            else:
                text = _campaign_value(t, key)
                if text:
                    add(key, Unit(key, path, ((key, text),)))
    elif isinstance(value, Briefing | BriefingTranslation):
        _head(v, add, _one("title", v.title))
        for i, s in enumerate(v.sections):
            texts = _one("title", s.title) + _many("paragraphs", s.paragraphs)
            texts += _one("timeline_title", s.timeline_title) + _timeline(s.timeline)
            add(s.id, Unit(f"section '{s.id}'", ("sections", i), texts, _hash(s)))
    elif isinstance(value, Cases | CasesTranslation):
        _head(v, add, _one("title", v.title) + _many("intro", v.intro))
        for i, c in enumerate(v.cases):
            texts = _one("title", c.title) + _one("date_note", c.date_note)
            texts += _one("place", c.place) + _one("confidence_note", c.confidence_note)
            texts += _many("summary", c.summary)
            add(c.id, Unit(f"case '{c.id}'", ("cases", i), texts, _hash(c)))
    elif isinstance(value, Guide | GuideTranslation):
        _head(v, add, _one("title", v.title))
        for i, g in enumerate(v.sections):
            texts = _one("title", g.title) + _many("paragraphs", g.paragraphs)
            texts += _many("items", g.items)
            key = g.id or f"#{i}"  # a guide section may have no id; it cannot be matched
            add(key, Unit(f"section '{g.id or g.title}'", ("sections", i), texts, _hash(g)))
    elif isinstance(value, Sources | SourcesTranslation):
        for i, s in enumerate(v.sources):
            add(s.id, Unit(f"source '{s.id}'", ("sources", i), _source_texts(s), _hash(s)))
    elif isinstance(value, Contacts | ContactsTranslation):
        for i, c in enumerate(v.contacts):
            add(c.id, Unit(f"post '{c.id}'", ("contacts", i), _contact_texts(c), _hash(c)))
    return found


def _timeline(points: tuple[TimelinePoint, ...]) -> Texts:
    """A timeline's points as text: the event in words, then what a translation keeps as it is
    (date, count, confidence, and the sources as citations, so they are compared as citations
    are)."""
    return tuple(
        (
            f"timeline[{i}]",
            f"{p.event} | {p.date.human()} | {p.count} | {p.confidence} "
            + "".join(f"[^{source}]" for source in p.sources),
        )
        for i, p in enumerate(points)
    )


def _timeline_checks(
    name: str, key: str, original: Briefing, translation: Any, places: Places
) -> Iterator[Problem]:
    """A translated section's timeline gives the original's dates, counts, sources and
    confidence."""
    source = next(s for s in original.sections if s.id == key)
    k, section = next((k, s) for k, s in enumerate(translation.sections) if s.id == key)
    for i, (ours, orig) in enumerate(zip(section.timeline, source.timeline, strict=False)):
        for field, here, there in (
            ("date", ours.date, orig.date),
            ("count", counted(ours.count), counted(orig.count)),
            ("sources", ours.sources, orig.sources),
            ("confidence", ours.confidence, orig.confidence),
        ):
            if here == there:
                continue
            shown = {"date": orig.date.human(), "sources": ", ".join(orig.sources)}.get(
                field, str(getattr(orig, field))
            )
            yield places.problem(
                name,
                ("sections", k, "timeline", i, field),
                f"briefing.yaml's section '{key}' gives {shown} here; a translation keeps the "
                "original's dates, counts, sources and confidence",
            )


def _hash(item: Any) -> str | None:
    return getattr(item, "source_hash", None)


def _head(value: Any, add: Any, texts: Texts) -> None:
    if texts:
        add("head", Unit("title", ("title",), texts, _hash(value)))


def _campaign_value(c: Campaign, key: str) -> str | None:
    if key == "organiser":
        return c.organiser
    if key == "contact_name":
        return c.contact.name if c.contact else None
    return c.kit.report_to if key == "report_to" else c.kit.sign_in_note


def _source_texts(s: Any) -> Texts:
    """A source's words a translation may give: its author, our description of an untitled
    document ([in brackets]; a published title is not translated) and our note."""
    title = s.title if not isinstance(s, Source) or s.title.startswith("[") else None
    return _one("author", s.author) + _one("title", title) + _one("note", s.note)


def _contact_texts(c: Any) -> Texts:
    if isinstance(c, Contact):
        fax = c.fax.verified.note if c.fax else None
        closed = c.closed.reason if c.closed else None
        values = (c.short_name, c.note, c.address_verified.note, fax, closed)
    else:
        values = (c.short_name, c.note, c.address_note, c.fax_note, c.closed_reason)
    names = ("short_name", "note", "address_note", "fax_note", "closed_reason")
    return tuple((n, v) for n, v in zip(names, values, strict=True) if v)


def _cited(texts: Texts) -> Counter[str]:
    return Counter(ref for _, text in texts for ref in CITATION.findall(text))


def _refs(refs: Counter[str]) -> str:
    return " ".join(f"[^{r}]" for r in sorted(refs.elements()))


def _shape(texts: Texts) -> Counter[str]:
    """Which fields a unit has, and how many paragraphs or items in each list."""
    return Counter(name.split("[")[0] for name, _ in texts)


def used_translation(tag: str, language: str) -> bool:
    """Whether a translation in `tag` is the one a campaign in `language` prints."""
    if tag.casefold() == language.casefold():
        return True
    code = lang.catalog_code(tag)
    return code is not None and code == lang.catalog_code(language)


def edition_checks(
    name: str, original_file: str, translation: Any, original: Any, places: Places, used: bool
) -> Iterator[Problem]:
    """What is wrong with translation file `name` of `original_file`, each problem placed."""

    def at(path: FieldPath, message: str, severity: str = "error") -> Problem:
        return places.problem(name, path, message, severity)  # type: ignore[arg-type]

    theirs = units(original)
    ours = units(translation)
    for key, unit in ours.items():
        source = theirs.get(key)
        if source is None:
            if key == "head":  # the original leaves its heading to packbuilder's words
                message = f"{original_file} gives no title, so this one is not printed"
                yield at(unit.path, f"{message}; remove it here", "warning")
                continue
            hint = did_you_mean(key, [k for k in theirs if k != "head"])
            yield at(unit.path, f"{original_file} has no {unit.name}{hint}; remove it here")
            continue
        current = fingerprint(source.texts)
        if unit.source_hash is None:
            yield at(
                unit.path,
                f"no source_hash: add 'source_hash: {current}', the fingerprint of "
                f"{original_file}'s {source.name} as it is now, once this says what that says",
            )
        elif unit.source_hash != current:
            # The original changed: the original prints, and the rest is for the update.
            yield at(
                (*unit.path, "source_hash"),
                f"outdated: {original_file}'s {source.name} has changed since this was "
                f"translated, so the pack prints it as {original_file} has it; translate the "
                f"change, then set source_hash: {current}",
                "warning",
            )
            continue
        left_out = _cited(source.texts) - _cited(unit.texts)
        added = _cited(unit.texts) - _cited(source.texts)
        if left_out or added:
            said = [f"leaves out {_refs(left_out)}"] * bool(left_out)
            said += [f"adds {_refs(added)}"] * bool(added)
            yield at(
                unit.path,
                f"{' and '.join(said)}, unlike {original_file}'s {source.name}; a translation "
                "cites what its original cites",
            )
        if isinstance(original, Briefing) and key != "head":
            yield from _timeline_checks(name, key, original, translation, places)
        if isinstance(original, Sources):
            # A source's translation gives what it translates; a published title stays.
            if any(n == "title" for n, _ in unit.texts) and not any(
                n == "title" for n, _ in source.texts
            ):
                yield at(
                    unit.path,
                    f"{source.name} has a published title, which stays as published; remove "
                    "title here",
                )
        elif key not in FILL_INS:
            want, got = _shape(source.texts), _shape(unit.texts)
            for field in sorted(set(want) | set(got)):
                if want[field] != got[field]:
                    yield at(
                        unit.path,
                        f"{field}: {got[field]} here, {want[field]} in {original_file}'s "
                        f"{source.name}; translate it piece by piece",
                    )
    for key, unit in theirs.items():
        if key.startswith("#"):
            if ours:
                yield places.problem(
                    original_file,
                    unit.path,
                    f"{unit.name} has no id, so no translation can name it; give it one (id:)",
                )
        elif key not in ours and key not in FILL_INS and not isinstance(original, Sources):
            # (a source left out keeps its author's name as published: no warning)
            yield at(
                _list_path(translation, unit.path),
                f"{unit.name} of {original_file} is not translated here, so the pack prints it "
                f"as {original_file} has it; add it (source_hash: {fingerprint(unit.texts)})",
                "warning",
            )
    reviewed_by = getattr(translation, "reviewed_by", None)
    if reviewed_by and getattr(translation, "reviewed_on", None) is None:
        yield at(("reviewed_by",), "give reviewed_on too: the date of the review (YYYY-MM-DD)")
    if used and not reviewed_by:
        yield at(
            (),
            "this translation has not been reviewed: once a native speaker has checked it "
            f"against {original_file}, add reviewed_by and reviewed_on (until then the cover "
            "says so)",
            "warning",
        )


def _list_path(translation: Any, path: FieldPath) -> FieldPath:
    """Where a missing unit would go: its list in the translation, or the file's top."""
    return path[:1] if path and path[0] in ("sections", "cases", "contacts") else ()


@dataclass(frozen=True)
class Edition:
    """The translations a campaign prints, by the content file they translate."""

    files: dict[str, tuple[str, Any]]

    def unreviewed(self) -> tuple[str, ...]:
        """The translation files printed that no one has reviewed yet."""
        return tuple(n for n, t in self.files.values() if not getattr(t, "reviewed_by", None))


def localise(parsed: dict[str, Any], edition: Edition, places: Places) -> dict[str, Any]:
    """The content files as printed: each current unit of the edition's translations in place
    of the original's; everything else as written."""
    out = dict(parsed)
    for file, (name, translation) in edition.files.items():
        original = parsed.get(file)
        if original is None:
            continue
        theirs = units(original)
        ours = units(translation)
        fresh = {
            k
            for k, u in ours.items()
            if k in theirs and u.source_hash == fingerprint(theirs[k].texts)
        }
        out[file] = _apply(original, translation, fresh, name, places)
    return out


def _apply(original: Any, t: Any, fresh: set[str], name: str, places: Places) -> Any:
    replace = dataclasses.replace

    def register(new: Any, path: FieldPath, file: str = name) -> Any:
        places.items[id(new)] = (new, file, path)
        return new

    if isinstance(original, Campaign):
        c = original
        if "cover" in fresh:
            c = replace(c, title=t.title, subtitle=t.subtitle, ask=t.ask, intro=t.intro)
        if "organiser" in fresh:
            c = replace(c, organiser=t.organiser.text)
        if "contact_name" in fresh and c.contact:
            c = replace(c, contact=replace(c.contact, name=t.contact_name.text))
        if "report_to" in fresh:
            c = replace(c, kit=replace(c.kit, report_to=t.report_to.text))
        if "sign_in_note" in fresh:
            c = replace(c, kit=replace(c.kit, sign_in_note=t.sign_in_note.text))
        return c
    if isinstance(original, Briefing | Cases | Guide):
        title = t.title if "head" in fresh else original.title
        head: dict[str, Any] = {"title": title}
        if isinstance(original, Cases) and "head" in fresh:
            head["intro"] = t.intro
        listed = "cases" if isinstance(original, Cases) else "sections"
        mine = {item.id: (i, item) for i, item in enumerate(getattr(t, listed))}
        items = []
        for item in getattr(original, listed):
            if item.id not in fresh:
                items.append(item)
                continue
            i, tr = mine[item.id]
            fields = {f.name: getattr(tr, f.name) for f in dataclasses.fields(tr)}
            keep = {k: v for k, v in fields.items() if k not in ("id", "source_hash")}
            items.append(register(replace(item, **keep), (listed, i)))
        return replace(original, **head, **{listed: tuple(items)})
    if isinstance(original, Sources):
        given = {s.id: s for s in t.sources}
        kept = []
        for s in original.sources:
            if s.id in fresh:
                _, file, path = places.items[id(s)]
                said = given[s.id]
                s = register(
                    replace(
                        s,
                        author=said.author or s.author,
                        title=said.title if said.title and s.title.startswith("[") else s.title,
                        note=said.note or s.note,
                    ),
                    path,
                    file,
                )
            kept.append(s)
        return replace(original, sources=tuple(kept))
    if isinstance(original, Contacts):
        by_id: dict[str, Any] = {post.id: post for post in t.contacts}
        posts = []
        for post in original.contacts:
            if post.id not in fresh:
                posts.append(post)
                continue
            tr = by_id[post.id]
            p = post
            new = replace(
                p,
                short_name=tr.short_name,
                note=tr.note,
                address_verified=replace(p.address_verified, note=tr.address_note),
                fax=replace(p.fax, verified=replace(p.fax.verified, note=tr.fax_note))
                if p.fax
                else None,
                closed=replace(p.closed, reason=tr.closed_reason) if p.closed else None,
            )
            # Problems with the post's address or fax are the original's to fix.
            _, file, path = places.items[id(post)]
            posts.append(register(new, path, file))
        return replace(original, contacts=tuple(posts))
    return original
