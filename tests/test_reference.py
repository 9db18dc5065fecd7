"""The editor schemas and docs/reference.md: generated from the content dataclasses and their
value rules, in step with them, and in agreement with the validator on good and bad files."""

from __future__ import annotations

import copy
import itertools
import json
import re
import shutil
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from packbuilder.content.loader import load
from packbuilder.content.reference import OPTIONAL_SCHEMAS, SCHEMAS, generated, keys, schema_name
from packbuilder.content.rules import Pattern, Range, Rule
from packbuilder.content.schema import FILE_TYPES, validate
from packbuilder.errors import ContentError, FieldPath, field_path

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


# ---------------------------------------------------------------------------------------------
# Every value rule a JSON Schema can state is in the schema, with the bounds the validator keeps


def _ruled() -> list[tuple[str, str, Rule]]:
    """(schema's file, key path, rule) for every value rule with something to say to editors."""
    return [
        (file, key, rule)
        for file, cls in {**FILE_TYPES, **OPTIONAL_SCHEMAS}.items()
        for key, _, _, ruled in keys(cls)
        for rule in ruled
        if rule.json_schema()
    ]


RULED = _ruled()
#: The content file a schema is tried on: every letter.<language>.yaml shares one.
TRIED_ON = {"translation.yaml": "letter.ko.yaml"} | {
    f"{name}.translation.yaml": f"{name}.ko.yaml"
    for name in ("campaign", "briefing", "cases", "guide", "contacts", "sources")
}
#: What an optional file the default content lacks holds before a value is written into it.
STARTED = {"partners.yaml": {"partners": [{"group": "Riverside", "email": "a@riverside.org"}]}}


def test_the_ruled_keys_are_found() -> None:
    kinds = {type(rule) for _, _, rule in RULED}
    assert Range in kinds and Pattern in kinds, kinds
    assert ("campaign.yaml", "kit.sign_in_rows") in {(f, k) for f, k, _ in RULED}


def _value(node: dict[str, Any]) -> dict[str, Any]:
    """The schema of the value itself, where the key may also be left empty (null)."""
    others = [n for n in node.get("anyOf", ()) if n != {"type": "null"}]
    return others[0] if len(others) == 1 and len(node["anyOf"]) == 2 else node


def _schema_at(file: str, key: str) -> tuple[dict[str, Any], FieldPath]:
    """The schema of the values at `key` (of its items, for a list), and the steps to the
    first such value."""
    node = json.loads((SCHEMAS / schema_name(file)).read_text(encoding="utf-8"))
    steps: list[str | int] = []
    for step in key.split("."):
        name = step.removesuffix("[]")
        node = _value(_value(node)["properties"][name])
        steps.append(name)
        if step.endswith("[]") or node.get("type") == "array":
            node = _value(node["items"])
            steps.append(0)
    return node, tuple(steps)


@pytest.mark.parametrize("file,key,rule", RULED, ids=[f"{f}:{k}" for f, k, _ in RULED])
def test_the_schema_states_each_rule(file: str, key: str, rule: Rule) -> None:
    node, _ = _schema_at(file, key)
    assert rule.json_schema().items() <= node.items(), node


def _written(folder: Path, file: str, steps: FieldPath, value: object) -> str:
    """`file` of the default content with `value` written at `steps` (made where absent)."""
    path = folder / TRIED_ON.get(file, file)
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(CONTENT, folder)
    if path.exists():
        data: Any = yaml.load(path.read_text(encoding="utf-8"), Loader=_YAML12)
    else:
        data = copy.deepcopy(STARTED[path.name])
    node = data
    for step, after in itertools.pairwise(steps):
        if isinstance(step, int):
            node = node[step]
        else:
            node = node.setdefault(step, [{}] if isinstance(after, int) else {})
    last = steps[-1]
    if isinstance(last, int):
        node[last:] = [value]
    else:
        node[last] = value
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    path.write_text(text, encoding="utf-8")
    return text


def _schema_paths(file: str, text: str) -> dict[str, str]:
    """Where the schema finds a mistake in `text` (inside an either-or too), and what."""
    schema = json.loads((SCHEMAS / schema_name(file)).read_text(encoding="utf-8"))
    data: Any = yaml.load(text, Loader=_YAML12)
    found: dict[str, str] = {}
    errors = list(jsonschema.Draft7Validator(schema).iter_errors(data))
    while errors:
        error = errors.pop()
        found.setdefault(field_path(tuple(error.absolute_path)), error.message)
        errors += error.context or []
    return found


def _validator_paths(folder: Path, file: str) -> dict[str, str]:
    """Where the validator finds an error in `file`, and what."""
    try:
        validate(load(folder))
    except ContentError as exc:
        name = TRIED_ON.get(file, file)
        return {p.field: p.message for p in exc.problems if p.file.endswith(name)}
    return {}


def _tries(rule: Rule) -> tuple[list[object], list[object]]:
    """Values inside the rule's bounds and values just outside them."""
    if isinstance(rule, Range):
        return [rule.low, rule.high], [rule.low - 1, rule.high + 1]
    assert isinstance(rule, Pattern), rule
    assert not re.search(rule.json_schema()["pattern"], "not valid")
    return [], ["not valid"]


@pytest.mark.parametrize("file,key,rule", RULED, ids=[f"{f}:{k}" for f, k, _ in RULED])
def test_the_schema_and_the_validator_keep_the_same_bounds(
    file: str, key: str, rule: Rule, tmp_path: Path
) -> None:
    _, steps = _schema_at(file, key)
    where = field_path(steps)
    inside, outside = _tries(rule)
    for value in inside:
        text = _written(tmp_path / "content", file, steps, value)
        assert where not in _schema_paths(file, text), value
        assert where not in _validator_paths(tmp_path / "content", file), value
    for value in outside:
        text = _written(tmp_path / "content", file, steps, value)
        assert where in _schema_paths(file, text), value
        assert _validator_paths(tmp_path / "content", file).get(where) == rule.check(value)
