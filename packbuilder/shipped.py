"""Where the files packbuilder ships live: fonts, the campaigns `new` starts from, the editor
schemas. Installed, they are package data; in a source checkout, the top-level folders."""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
#: The editor schemas (JSON Schema), generated from the content rules.
SCHEMAS = PACKAGE / "schemas"


def font_dir(probe: str) -> Path:
    """The folder holding the font files (`probe` is one of them): installed package data, or
    the source tree's fonts/."""
    for candidate in (PACKAGE / "fonts", PACKAGE.parent / "fonts"):
        if (candidate / probe).is_file():
            return candidate
    raise FileNotFoundError(f"packbuilder's fonts are missing (looked in {PACKAGE / 'fonts'})")


def starter_folder(name: str) -> Path:
    """The shipped campaign `name`: installed package data, or (for `default`, in a source
    checkout) the top-level content/ folder it is installed from."""
    candidates = [PACKAGE / "campaigns" / name]
    if name == "default":
        candidates.append(PACKAGE.parent / "content")
    for candidate in candidates:
        if (candidate / "campaign.yaml").is_file():
            return candidate
    raise FileNotFoundError(
        f"packbuilder's '{name}' campaign is missing (looked in {candidates[0]})"
    )
