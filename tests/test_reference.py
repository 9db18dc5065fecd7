"""The editor schemas and docs/reference.md: generated from schema.py, in step with it, and in
agreement with the validator on good and bad files."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from packbuilder.content.loader import load
from packbuilder.content.reference import SCHEMAS, generated, schema_name
from packbuilder.content.schema import FILE_TYPES, validate
from packbuilder.errors import ContentError

from conftest import CONTENT, ROOT

BLANK = ROOT / "packbuilder" / "campaigns" / "blank"


class _YAML12(yaml.SafeLoader):
    """YAML as an editor's language server reads it (YAML 1.2: a date is text)."""


_YAML12.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def test_generated_files_are_up_to_date() -> None:
    files = generated(ROOT)
    assert len(files) >= 8  # docs/reference.md and the schemas
    for path, text in files.items():
        assert path.read_text(encoding="utf-8") == text, (
            f"{path.relative_to(ROOT)} is out of date: "
            "run `python -m packbuilder.content.reference`"
        )


def test_every_key_in_the_reference_is_marked_required_or_optional_with_an_example() -> None:
    rows = [
        line.split(" | ")
        for line in (ROOT / "docs" / "reference.md").read_text(encoding="utf-8").splitlines()
        if line.startswith("| `")
    ]
    assert len(rows) > 100
    for key, need, what, example in rows:
        assert need in ("required", "optional"), key
        assert what.strip() and example.strip(" |"), key


def test_every_content_file_names_its_schema() -> None:
    assert len(FILE_TYPES) >= 7
    for folder in (CONTENT, BLANK):
        for name in FILE_TYPES:
            first = (folder / name).read_text(encoding="utf-8").splitlines()[0]
            target = first.removeprefix("# yaml-language-server: $schema=")
            assert target != first, f"{folder / name} does not name its schema"
            # The files name the schema in the source tree; the installed package (not an
            # editable install in CI) ships the same schema.
            named = (folder / target).resolve()
            assert named == (ROOT / "packbuilder" / "schemas" / schema_name(name)).resolve()
            assert named.read_bytes() == (SCHEMAS / schema_name(name)).read_bytes()


def schema_errors(file: str, text: str) -> list[str]:
    schema = json.loads((SCHEMAS / schema_name(file)).read_text(encoding="utf-8"))
    data: Any = yaml.load(text, Loader=_YAML12)  # a SafeLoader subclass
    return [e.message for e in jsonschema.Draft7Validator(schema).iter_errors(data)]


def validator_accepts(folder: Path, file: str) -> bool:
    try:
        validate(load(folder))
    except ContentError as exc:
        return not any(p.file.endswith(file) and p.severity == "error" for p in exc.problems)
    return True


# (file, old, new): one change each; both the schema and the validator must refuse it.
BAD = [
    ("campaign.yaml", "organiser:", "organizer:"),  # a misspelt key
    ("campaign.yaml", "paper: letter", "paper: legal"),  # not one of the choices
    ("campaign.yaml", "language: en", "language: en_GB"),
    ("campaign.yaml", "date: 2026-11-28", "date: 28/11/2026"),
    ("letter.yaml", "personal_lines: 3", "personal_lines: three"),
    ("letter.yaml", "salutation: Your Excellency,\n", ""),  # a required key missing
    ("cases.yaml", "confidence: medium", "confidence: medum"),
    ("cases.yaml", "  - id: kim-hye-sook", "  - id: Kim Hye Sook"),
    ("contacts.yaml", 'number: "+1 202 495 2138"', 'number: "202 495 2138"'),
    ("contacts.yaml", "status: open", "status: [open]"),
    ("sources.yaml", "sources:\n", "sources: []\nold:\n"),
]


@pytest.mark.parametrize("campaign", [CONTENT, BLANK], ids=["default", "blank"])
def test_schema_and_validator_accept_the_shipped_campaigns(campaign: Path) -> None:
    assert len(FILE_TYPES) >= 7
    for file in FILE_TYPES:
        assert schema_errors(file, (campaign / file).read_text(encoding="utf-8")) == [], file
        assert validator_accepts(campaign, file), file


@pytest.mark.parametrize("file,old,new", BAD, ids=[f"{b[0]}:{b[2][:20]}" for b in BAD])
def test_schema_and_validator_refuse_the_same_mistakes(
    file: str, old: str, new: str, tmp_path: Path
) -> None:
    folder = tmp_path / "content"
    shutil.copytree(CONTENT, folder)
    text = (folder / file).read_text(encoding="utf-8")
    assert old in text, old
    text = text.replace(old, new, 1)
    (folder / file).write_text(text, encoding="utf-8")
    assert schema_errors(file, text), "the schema accepts it"
    assert not validator_accepts(folder, file), "the validator accepts it"
