"""A new campaign's translations (guide.ko.yaml ...): made for its country by `new`, and what of
the organiser's content still prints in English in the campaign's language.

`new --country GB` puts the United Kingdom's phrases in place of the United States' in the
English guide and cover (starter.localise); the Korean and Chinese editions get the same change
from the profile's words in their language (countries/GB.ko.yaml). A translated unit whose every
changed phrase was changed the same way in translation still says what its original says, so
its fingerprint (`source_hash`) is brought up to date; any other unit keeps its old fingerprint
and `check` warns that it is outdated (the original prints until someone translates it).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from packbuilder.content.country import Wording, phrase_pattern, profile, words_in
from packbuilder.content.data import read_data
from packbuilder.content.editions import Texts, fingerprint, units, used_translation
from packbuilder.content.loader import translation_language, translation_of
from packbuilder.content.translation import TRANSLATION_TYPES
from packbuilder.errors import ContentError

#: The files whose text speaks of the country (envelopes, stamps, posts, whom to write to).
COUNTRY_FILES = ("campaign.yaml", "guide.yaml")
#: The content files an edition translates, in the order a reader meets them.
EDITION_FILES = ("campaign.yaml", "briefing.yaml", "cases.yaml", "contacts.yaml", "guide.yaml")


def swap(text: str, old: str, new: str) -> str:
    """`text` with the phrase `old` (however it is folded over lines) replaced by `new`; an
    empty `new` drops the phrase and the space before it."""
    pattern = phrase_pattern(old)
    if not new:
        return re.sub(r"[ \t]*" + pattern.pattern, "", text, flags=re.IGNORECASE)
    return pattern.sub(lambda _: new, text)


def swap_wording(text: str, old: Wording, new: Wording) -> str:
    """`text` with each phrase of `old` replaced by the same phrase of `new`."""
    for key, phrase in vars(old).items():
        if phrase:
            text = swap(text, phrase, getattr(new, key) or "")
    return text


def localise_editions(texts: dict[str, str], home: str, country: str) -> dict[str, str]:
    """The starter's translations of the guide and the cover (`texts`, by file name) with the
    phrases of the starter's country `home` in their language replaced by `country`'s; a
    translation in a language either profile has no words in is left as it is (so `check`
    says which of its units are outdated)."""
    out = dict(texts)
    for name, text in texts.items():
        tag, original = translation_language(name), translation_of(name)
        if tag is None or original not in COUNTRY_FILES:
            continue
        old, new = words_in(home, tag), words_in(country, tag)
        if old is not None and new is not None:
            out[name] = swap_wording(text, old.wording, new.wording)
    return out


def posts_translation(country: str, tag: str) -> str | None:
    """contacts.<tag>.yaml for a campaign posted from `country`: its profile's posts in the
    language `tag`, each with the fingerprint of the post as the profile gives it; None when
    the profile has no posts in that language."""
    from packbuilder.content.contacts import Contacts

    words = words_in(country, tag)
    if words is None or not words.posts:
        return None
    posts = units(Contacts(contacts=profile(country).contacts))
    lines = [
        f"# yaml-language-server: $schema=.schemas/contacts.translation.schema.json\n"
        f"# What the addressee table says of each post, from packbuilder's country profile in\n"
        f"# this language (countries/{country.upper()}.{tag}.yaml). Not yet reviewed by a native\n"
        f"# speaker.\ncontacts:\n"
    ]
    for post in words.posts:
        if post.id not in posts:
            continue
        lines.append(f"\n  - id: {post.id}\n    source_hash: {fingerprint(posts[post.id].texts)}\n")
        for key in ("short_name", "note", "address_note"):
            value = getattr(post, key)
            if value:
                lines.append(f"    {key}: {_quoted(value)}\n")
    return "".join(lines)


def _quoted(text: str) -> str:
    """`text` as a YAML double-quoted scalar (JSON's quoting is YAML's)."""
    import json

    return json.dumps(text, ensure_ascii=False)


def refresh_fingerprints(made: Path, starter: Path, home: str, country: str) -> None:
    """Bring up to date, in the campaign folder `made`, the fingerprint of every translated
    unit of the guide and the cover that says what its changed original says: each phrase of
    `home`'s profile found in the starter's original was found as often in the starter's
    translation, in that language, and `country`'s profile has words in that language."""
    english = (profile(home).wording, profile(country).wording)
    for path in sorted(made.glob("*.*.yaml")):
        tag, original = translation_language(path.name), translation_of(path.name)
        if tag is None or original not in COUNTRY_FILES or not (starter / path.name).is_file():
            continue
        old, new = words_in(home, tag), words_in(country, tag)
        if old is None or new is None:
            continue
        try:
            before = units(_read(starter / original, original))
            after = units(_read(made / original, original))
            translated = units(read_data(starter / path.name, TRANSLATION_TYPES[original]))
        except ContentError:  # a starter file the tool cannot read is a bug test_new finds
            continue
        text = path.read_text(encoding="utf-8")
        for key, unit in translated.items():
            was, now = before.get(key), after.get(key)
            if was is None or now is None or unit.source_hash != fingerprint(was.texts):
                continue
            if fingerprint(now.texts) != unit.source_hash and _same_phrases(
                was.texts, english[0], unit.texts, old.wording
            ):
                text = text.replace(
                    f"source_hash: {unit.source_hash}", f"source_hash: {fingerprint(now.texts)}"
                )
        path.write_text(text, encoding="utf-8")


def _read(path: Path, original: str) -> Any:
    from packbuilder.content.schema import FILE_TYPES

    return read_data(path, FILE_TYPES[original])


def _same_phrases(original: Texts, english: Wording, translated: Texts, words: Wording) -> bool:
    """Whether each phrase of `english` occurs in `original` as often as the same phrase of
    `words` occurs in `translated` (so a swap in both changed both alike)."""
    mine = " ".join(t for _, t in original)
    theirs = " ".join(t for _, t in translated)
    for f in fields(Wording):
        a, b = getattr(english, f.name), getattr(words, f.name)
        found = len(phrase_pattern(a).findall(mine)) if a else 0
        if found != (len(phrase_pattern(b).findall(theirs)) if b else 0):
            return False
    return True


@dataclass(frozen=True)
class Untranslated:
    """A content file that prints (partly) in English in a campaign in another language."""

    file: str
    #: The translation file that would hold it (briefing.ko.yaml).
    translation: str
    #: Whether that translation exists.
    exists: bool
    #: Its units that print as the original has them (missing or outdated), by name.
    units: tuple[str, ...] = ()


def untranslated(folder: Path, language: str) -> Iterator[Untranslated]:
    """The content files of the campaign in `folder` that print in English, wholly or in part,
    when its language is `language` (not English): no translation in that language, or units
    of one that are missing or outdated."""
    from packbuilder.content.schema import FILE_TYPES
    from packbuilder.language.catalogs import catalog_code

    if catalog_code(language) == "en":
        return
    names = sorted(p.name for p in folder.glob("*.*.yaml"))
    for original in EDITION_FILES:
        mine = [
            n
            for n in names
            if translation_of(n) == original
            and used_translation(translation_language(n) or "", language)
        ]
        if not mine:
            yield Untranslated(original, f"{original[:-5]}.{language}.yaml", False)
            continue
        try:
            theirs = units(read_data(folder / original, FILE_TYPES[original]))
            ours = units(read_data(folder / mine[0], TRANSLATION_TYPES[original]))
        except ContentError:
            continue  # check says what is wrong with it
        # Of the campaign, the cover's text (the values to fill in are the organiser's own).
        keys = ["cover"] if original == "campaign.yaml" else list(theirs)
        stale = tuple(
            theirs[key].name
            for key in keys
            if key in theirs
            and (key not in ours or ours[key].source_hash != fingerprint(theirs[key].texts))
        )
        if stale:
            yield Untranslated(original, mine[0], True, stale)
