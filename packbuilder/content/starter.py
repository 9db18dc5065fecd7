"""`packbuilder new`: a campaign folder to start from, copied from one shipped in the package."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from packbuilder.content.country import Profile, block, path_for, profile
from packbuilder.content.loader import translation_language
from packbuilder.content.rules import Paper
from packbuilder.content.translation_new import (
    COUNTRY_FILES,
    Untranslated,
    localise_editions,
    posts_translation,
    refresh_fingerprints,
    swap_wording,
    untranslated,
)
from packbuilder.errors import OutputError, PackError
from packbuilder.shipped import SCHEMAS, starter_folder
from packbuilder.staging import staging_prefix

#: The campaigns `new` can start from: the shipped example, and a small one to fill in.
STARTERS = ("default", "blank")
#: The country each starter's posts and wording are for (the blank campaign's are examples).
STARTER_COUNTRY = {"default": "US"}
#: Where in a new campaign folder the editor schemas go (hidden: nothing to edit there).
SCHEMA_FOLDER = ".schemas"
#: The first line of a content file, naming its schema; group 1 is all but the folder.
_MODELINE = re.compile(
    r"^(# yaml-language-server: \$schema=)\S*/(?=[a-z]+(?:\.translation)?\.schema\.json)", re.M
)


@dataclass(frozen=True)
class Started:
    """What `new` made: the folder and the files written into it."""

    folder: Path
    files: tuple[str, ...]
    #: What of the campaign still prints in English in its language (not English).
    untranslated: tuple[Untranslated, ...] = ()


def new_campaign(
    folder: Path,
    starter: str = "default",
    paper: Paper | None = None,
    language: str | None = None,
    today: dt.date | None = None,
    country: str | None = None,
) -> Started:
    """Copy the shipped campaign `starter` into `folder`, which must be new or empty.

    `paper` and `language` replace the campaign's own; the blank campaign is dated `today`
    (its cover carries that date until the organiser changes it). `country` (an ISO code)
    makes a campaign posted from that country: its profile's posts, paper and wording (see
    content/country.py). The files are written to a
    hidden folder first and moved in at the end, so a failure leaves nothing half-made.
    """
    if starter not in STARTERS:
        raise PackError(f"no campaign called '{starter}' (choose {' or '.join(STARTERS)})")
    try:
        if folder.exists() and not folder.is_dir():
            raise OutputError(f"{folder} is a file; give a folder that does not exist yet")
        if folder.is_dir() and any(folder.iterdir()):
            raise OutputError(
                f"{folder} is not empty; give a new folder name, so no file of yours is overwritten"
            )
    except OSError as exc:  # a name longer than the file system takes, a folder not readable
        raise OutputError(f"cannot write {folder}: {exc.strerror or exc}") from None
    source = starter_folder(starter)
    # The copy is named after its folder, so its PDF and preview folder (written beside the
    # campaign folder) never replace those of the campaign it was copied from.
    edits = {"paper": paper, "language": language, "slug": folder_slug(folder)}
    texts: dict[str, str] = {}
    if country is not None:
        edits["country"] = country
        edits["paper"] = paper or profile(country).paper
    if starter == "blank":
        edits["date"] = (today or dt.date.today()).isoformat()
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        staged = Path(tempfile.mkdtemp(prefix=staging_prefix("files"), dir=folder.parent))
    except OSError as exc:
        raise OutputError(f"cannot write {folder}: {exc.strerror or exc}") from None
    try:
        names = []
        for file in sorted(source.iterdir()):
            if not file.is_file() or file.name.startswith((".", "__")):
                continue
            data = file.read_bytes()
            if file.suffix == ".yaml":
                text = _MODELINE.sub(lambda m: m[1] + f"{SCHEMA_FOLDER}/", data.decode("utf-8"))
                if file.name == "campaign.yaml":
                    text = _set_keys(text, edits)
                texts[file.name] = text
                continue
            (staged / file.name).write_bytes(data)
            names.append(file.name)
        if country is not None:
            texts = localise(texts, STARTER_COUNTRY.get(starter), country)
        for name, text in texts.items():
            data = text.encode("utf-8")
            (staged / name).write_bytes(data)
            names.append(name)
        home = STARTER_COUNTRY.get(starter)
        if country is not None and home is not None and country != home:
            refresh_fingerprints(staged, source, home, country)
        names.sort()
        # The editor schemas go with the campaign, so completion works offline and wherever
        # the folder is moved or shared.
        shutil.copytree(SCHEMAS, staged / SCHEMA_FOLDER)
        names.append(SCHEMA_FOLDER)
        folder.mkdir(exist_ok=True)
        for name in names:
            os.replace(staged / name, folder / name)
    except OSError as exc:
        raise OutputError(f"cannot write {folder}: {exc.strerror or exc}") from None
    finally:
        shutil.rmtree(staged, ignore_errors=True)
    made = tuple(n for n in names if not n.startswith("."))
    left = tuple(untranslated(folder, language)) if language else ()
    return Started(folder, made, left)


def folder_slug(folder: Path) -> str:
    """The slug of a new campaign: its folder's name in lower-case letters, digits and hyphens
    (a name with none of those, e.g. in Hangul, gives `my-campaign`)."""
    name = folder.resolve().name if not folder.name or folder.name == ".." else folder.name
    made = re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-")
    return made[:60].rstrip("-") or "my-campaign"


def _set_keys(text: str, values: dict[str, str | None]) -> str:
    """Set top-level keys of campaign.yaml, keeping every comment; a key not there is added."""
    for key, value in values.items():
        if value is None:
            continue
        line = f"{key}: {value}"
        pattern = re.compile(rf"^{key}:[ \t]*[^\s#]*", re.M)  # the value only: comments stay
        text, found = pattern.subn(line, text, count=1)
        if not found:
            text = text.rstrip("\n") + f"\n{line}\n"
    return text


def localise(texts: dict[str, str], home: str | None, country: str) -> dict[str, str]:
    """The campaign's files made for `country`: its profile's posts (and their sources) in
    place of the starter's, and each phrase of the starter's country (`home`) in the guide and
    on the cover replaced by the same phrase of `country`'s profile, in English and in each
    language both profiles have words in (translation_new.py). Sources only the old posts
    cited are dropped. Nothing changes when `country` is the starter's own."""
    if country == home:
        return texts
    target = profile(country)
    # The translations of the posts' notes describe the starter's posts: replaced by the
    # profile's posts in that language where it has them, else left out.
    out = {n: t for n, t in texts.items() if not (n.startswith("contacts.") and n.count(".") > 1)}
    for name in texts:
        tag = translation_language(name) if name.startswith("contacts.") else None
        made = posts_translation(country, tag) if tag and target.contacts else None
        if made is not None:
            out[name] = made
    if home is not None:
        for name in COUNTRY_FILES:
            out[name] = swap_wording(out[name], profile(home).wording, target.wording)
        out = localise_editions(out, home, country)
    else:  # the blank campaign's translations, if it had any, would speak of no country
        out = {n: t for n, t in out.items() if n.count(".") == 1 or n.startswith("letter.")}
    if target.contacts:
        out["contacts.yaml"] = _contacts_file(target)
        cited = "".join(t for n, t in out.items() if n != "sources.yaml")
        out["sources.yaml"] = _keep_cited(out["sources.yaml"], cited)
        if target.sources:
            out["sources.yaml"] = (
                out["sources.yaml"].rstrip("\n")
                + "\n\n  # --- The posts in "
                + target.name
                + " ---\n\n"
                + block(path_for(country), "sources")
            )
        kept = set(_ENTRY.findall(out["sources.yaml"]))
        for name in [n for n in out if n.startswith("sources.") and n.count(".") > 1]:
            # A translation of a source that is gone would be an error: keep only the rest.
            out[name] = _keep_ids(out[name], kept)
    return out


def _contacts_file(target: Profile) -> str:
    """contacts.yaml for a country: a header saying where the posts come from, then the
    profile's posts as written there."""
    schema = "# yaml-language-server: $schema=.schemas/contacts.schema.json\n"
    header = (
        f"# China’s diplomatic posts in {target.name}, from packbuilder’s country profile.\n"
        "# Each address carries its source and the date of the source’s statement. A post\n"
        "# marked EXAMPLE has no address from a source yet: replace it with the address the\n"
        "# post’s own site gives, or remove the post, before printing (`packbuilder check`\n"
        "# warns at each). Confirm every address on the official sites shortly before printing.\n"
    )
    return schema + header + "contacts:\n\n" + block(path_for(target.code), "contacts")


_ENTRY = re.compile(r"^  - id: *(\S+)", re.M)


def _keep_cited(sources: str, cited_in: str) -> str:
    """sources.yaml without the entries nothing in `cited_in` cites ([^id] or source: id)."""
    starts = [m.start() for m in _ENTRY.finditer(sources)]
    if not starts:
        return sources
    kept = [sources[: starts[0]]]
    for begin, end in zip(starts, [*starts[1:], len(sources)], strict=True):
        entry = sources[begin:end]
        found = _ENTRY.match(entry)
        source_id = found[1] if found else ""
        used = f"[^{source_id}]" in cited_in or re.search(
            rf"source: *{re.escape(source_id)}\s", cited_in
        )
        # A section heading comment at the entry's end belongs to the next entry: keep it.
        body, heading = _split_heading(entry)
        kept.append((body if used else "") + heading)
    return "".join(kept)


def _keep_ids(translation: str, kept: set[str]) -> str:
    """A translation of sources.yaml without the entries whose source is no longer there."""
    starts = [m.start() for m in _ENTRY.finditer(translation)]
    if not starts:
        return translation
    parts = [translation[: starts[0]]]
    for begin, end in zip(starts, [*starts[1:], len(translation)], strict=True):
        found = _ENTRY.match(translation[begin:end])
        if found and found[1] in kept:
            parts.append(translation[begin:end])
    return "".join(parts)


def _split_heading(entry: str) -> tuple[str, str]:
    """An entry's own lines, and the heading comment lines that end it (for the next one)."""
    lines = entry.splitlines(keepends=True)
    cut = len(lines)
    while cut > 1 and (not lines[cut - 1].strip() or lines[cut - 1].lstrip().startswith("#")):
        cut -= 1
    return "".join(lines[:cut]), "".join(lines[cut:])
