"""`packbuilder new`: a campaign folder to start from, copied from one shipped in the package."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from packbuilder.content.rules import Paper
from packbuilder.errors import OutputError, PackError
from packbuilder.shipped import SCHEMAS, starter_folder

#: The campaigns `new` can start from: the shipped example, and a small one to fill in.
STARTERS = ("default", "blank")
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


def new_campaign(
    folder: Path,
    starter: str = "default",
    paper: Paper | None = None,
    language: str | None = None,
    today: dt.date | None = None,
) -> Started:
    """Copy the shipped campaign `starter` into `folder`, which must be new or empty.

    `paper` and `language` replace the campaign's own; the blank campaign is dated `today`
    (its cover carries that date until the organiser changes it). The files are written to a
    hidden folder first and moved in at the end, so a failure leaves nothing half-made.
    """
    if starter not in STARTERS:
        raise PackError(f"no campaign called '{starter}' (choose {' or '.join(STARTERS)})")
    if folder.exists() and not folder.is_dir():
        raise OutputError(f"{folder} is a file; give a folder that does not exist yet")
    if folder.is_dir() and any(folder.iterdir()):
        raise OutputError(
            f"{folder} is not empty; give a new folder name, so no file of yours is overwritten"
        )
    source = starter_folder(starter)
    # The copy is named after its folder, so its PDF and preview folder (written beside the
    # campaign folder) never replace those of the campaign it was copied from.
    edits = {"paper": paper, "language": language, "slug": folder_slug(folder)}
    if starter == "blank":
        edits["date"] = (today or dt.date.today()).isoformat()
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        staged = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", dir=folder.parent))
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
                data = text.encode("utf-8")
            (staged / file.name).write_bytes(data)
            names.append(file.name)
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
    return Started(folder, tuple(n for n in names if not n.startswith(".")))


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
