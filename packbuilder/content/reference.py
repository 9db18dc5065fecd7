"""The content format described for editors and for people: a JSON Schema per content file and
the Markdown reference (docs/reference.md), both generated from the content dataclasses, their
`doc()` help and their value rules (rules.py), the same definitions `validate` reads, so the
three can never disagree.

    python -m packbuilder.content.reference    rewrite packbuilder/schemas/ and docs/reference.md
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sys
import types
import typing
from pathlib import Path
from typing import Annotated, Any, Literal

from packbuilder.content.loader import Mapping, Node, Scalar, Sequence, load
from packbuilder.content.partners import Partners
from packbuilder.content.reader import required
from packbuilder.content.rules import FULL_DATE, TEXT, PartialDate, Rule, rules
from packbuilder.content.schema import FILE_TYPES
from packbuilder.content.translation import TRANSLATION_TYPES, LetterTranslation
from packbuilder.shipped import PACKAGE, SCHEMAS, starter_folder

#: The first line of every content file, naming its schema for YAML-aware editors (VS Code's
#: YAML extension, and every editor using yaml-language-server). The path is relative to the
#: YAML file; `packbuilder new` copies the schemas into the campaign folder and points here.
MODELINE = "# yaml-language-server: $schema={path}"


def schema_name(file: str) -> str:
    """The schema file for content file `file`: campaign.yaml -> campaign.schema.json."""
    return file.removesuffix(".yaml") + ".schema.json"


# ---------------------------------------------------------------------------------------------
# JSON Schema


#: Optional files with a schema of their own: every letter.<language>.yaml shares one.
OPTIONAL_SCHEMAS: dict[str, type] = {
    "translation.yaml": LetterTranslation,
    "partners.yaml": Partners,
    # briefing.ko.yaml ... share one schema per file they translate.
    **{
        f"{file.removesuffix('.yaml')}.translation.yaml": cls
        for file, cls in TRANSLATION_TYPES.items()
        if file != "letter.yaml"
    },
}
#: Optional files the reference lists after the required ones.
OPTIONAL_REFERENCE: dict[str, type] = {"partners.yaml": Partners}


def json_schema(file: str) -> dict[str, Any]:
    """The JSON Schema (draft 7, what yaml-language-server reads) of content file `file`."""
    cls = {**FILE_TYPES, **OPTIONAL_SCHEMAS}[file]
    out = {"$schema": "http://json-schema.org/draft-07/schema#", "title": file}
    return out | _type(cls)


def _type(tp: Any, required: bool = True) -> dict[str, Any]:
    if typing.get_origin(tp) is Annotated:
        # The value rules say what a schema can check while typing; the validator stays the
        # judge (it also refuses example.com e-mail addresses, for instance).
        base, *extras = typing.get_args(tp)
        schema = _type(base, required)
        for rule in extras:
            if isinstance(rule, Rule):
                schema |= rule.json_schema()
        return schema
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in typing.get_args(tp) if a is not type(None)]
        return {"anyOf": [_type(inner[0], required), {"type": "null"}]}
    if tp is PartialDate:
        return PartialDate.json_schema()
    if dataclasses.is_dataclass(tp):
        return _object(typing.cast(type, tp))
    if origin is tuple:
        out: dict[str, Any] = {"type": "array", "items": _type(typing.get_args(tp)[0])}
        if required:
            out["minItems"] = 1
        return out
    if tp is dt.date:
        return FULL_DATE.json_schema()
    if tp is bool:
        return {"type": "boolean"}
    if tp is int:
        return {"type": "integer"}
    if origin is Literal:
        return {"enum": list(typing.get_args(tp))}
    if tp is str:
        return TEXT.json_schema()
    raise TypeError(f"no JSON Schema for {tp!r}")


def _object(cls: type) -> dict[str, Any]:
    hints = typing.get_type_hints(cls, include_extras=True)
    properties = {}
    for f in dataclasses.fields(cls):
        prop = _type(hints[f.name], required(f))
        prop["description"] = f.metadata.get("doc", "")
        default = _default(f)
        if default is not None:
            prop["default"] = default
        properties[f.name] = prop
    out: dict[str, Any] = {
        "type": "object",
        "description": (cls.__doc__ or "").strip(),
        "properties": properties,
        "additionalProperties": False,
    }
    needed = [f.name for f in dataclasses.fields(cls) if required(f)]
    if needed:
        out["required"] = needed
    return out


def _default(f: dataclasses.Field[Any]) -> Any:
    """The default as it would be written in YAML, or None when there is none to show."""
    if f.default is not dataclasses.MISSING and isinstance(f.default, bool | int | str):
        return f.default
    return None


# ---------------------------------------------------------------------------------------------
# The Markdown reference

#: Examples for keys neither shipped campaign writes (a test asks for one for every key).
EXAMPLES = {
    "campaign.yaml:country": "GB",
    "campaign.yaml:attachments[].title": "Partner flyer",
    "campaign.yaml:attachments[].file": "flyer.pdf",
    "campaign.yaml:attachments[].after": "briefing",
    "campaign.yaml:posts": "[embassy-washington, cg-new-york]",
    "campaign.yaml:kit.report_to": "campaign@your-group.org",
    "campaign.yaml:signers": "signers.csv",
    "campaign.yaml:url": "https://your-group.org/write",
    "campaign.yaml:drive.date": "2026-12-06",
    "campaign.yaml:drive.time": "after the 11 am service",
    "campaign.yaml:drive.place": "the church hall",
    "campaign.yaml:signer_columns.name": "Full legal name",
    "campaign.yaml:signer_columns.prefix": "Title",
    "campaign.yaml:signer_columns.first_name": "Given name",
    "campaign.yaml:signer_columns.middle_name": "Middle",
    "campaign.yaml:signer_columns.middle_name2": "Grandfather's name",
    "campaign.yaml:signer_columns.last_name": "Family name",
    "campaign.yaml:signer_columns.suffix": "Suffix",
    "campaign.yaml:signer_columns.address": "Postal address",
    "campaign.yaml:signer_columns.street": "Street and number",
    "campaign.yaml:signer_columns.house_number": "No.",
    "campaign.yaml:signer_columns.house_number_kind": "Typ SO",
    "campaign.yaml:signer_columns.house_number_letter": "Huisletter",
    "campaign.yaml:signer_columns.house_number_ext": "Toevoeging",
    "campaign.yaml:signer_columns.street_prefix": "Street direction",
    "campaign.yaml:signer_columns.street_type": "Street type",
    "campaign.yaml:signer_columns.street_suffix": "Post direction",
    "campaign.yaml:signer_columns.neighbourhood": "Bairro",
    "campaign.yaml:signer_columns.floor": "Piso",
    "campaign.yaml:signer_columns.last_name2": "Apellido materno",
    "campaign.yaml:signer_columns.street2": "Address line 2",
    "campaign.yaml:signer_columns.street3": "Address line 3",
    "campaign.yaml:signer_columns.street4": "Address line 4",
    "campaign.yaml:signer_columns.street5": "Address line 5",
    "campaign.yaml:signer_columns.street6": "Address line 6",
    "campaign.yaml:signer_columns.care_of": "Attention To",
    "campaign.yaml:signer_columns.unit": "Flat",
    "campaign.yaml:signer_columns.city": "Town",
    "campaign.yaml:signer_columns.region": "County",
    "campaign.yaml:signer_columns.postal_code": "Post code",
    "campaign.yaml:signer_columns.postal_code_ext": "ZIP+4",
    "campaign.yaml:signer_columns.country": "Country",
    "campaign.yaml:signer_columns.email": "E-mail",
    "campaign.yaml:signer_columns.building": "Building name",
    "campaign.yaml:signer_columns.po_box": "PO Box",
    "campaign.yaml:signer_columns.district": "Ward",
    "campaign.yaml:signer_columns.locality_line": "City, State ZIP",
    "campaign.yaml:signer_columns.ignore": ["Contact Owner"],
    "campaign.yaml:contact.name": "Riverside Letter Group",
    "campaign.yaml:contact.email": "letters@riverside-group.org",
    "campaign.yaml:contact.phone": '"+44 20 7946 0018"',
    "campaign.yaml:contact.web": "https://riverside-group.org",
    "campaign.yaml:stale_after_months": "12",
    "contacts.yaml:contacts[].address_verified.official": "true",
    "contacts.yaml:contacts[].fax.verified.official": "true",
    "contacts.yaml:contacts[].email.address": "office@embassy-domain.org",
    "contacts.yaml:contacts[].email.verified.source": "embassy-site",
    "contacts.yaml:contacts[].email.verified.date": '"2026-11"',
    "contacts.yaml:contacts[].email.verified.official": "true",
    "contacts.yaml:contacts[].email.verified.note": "from the consulate's contact page",
    "letter.yaml:include": "[harm, interest]",
    "letter.yaml:signature.signature_label": "Signature",
    "letter.yaml:signature.name_label": "Name",
    "letter.yaml:signature.address_label": "Address",
    "letter.yaml:language": "ko",
    "partners.yaml:partners[].group": "Riverside Letter Group",
    "partners.yaml:partners[].email": "letters@riverside-group.org",
    "partners.yaml:partners[].contact": "Ann Lee",
    "partners.yaml:partners[].language": "ko",
    "partners.yaml:partners[].note": "Thank you for hosting the spring drive.",
}


def markdown(examples: dict[str, str]) -> str:
    """docs/reference.md: every key of every file, required or not, with its help and an
    example (from the shipped campaigns where they use the key, else from its `doc()`)."""
    out = [
        "# Content reference",
        "",
        "<!-- Generated from packbuilder/content/ by "
        "`python -m packbuilder.content.reference`; do not edit by hand. -->",
        "",
        "Every key of every content file. *Required* keys must be written; the others may be",
        "left out (the default is then used). A `[]` after a key means a list: each item has the",
        "keys listed under it. The rules that apply everywhere (quotes, dates, ids, citations) are",
        "in [content.md](content.md); [start.md](start.md) walks through a new campaign.",
        "",
    ]
    translated = {
        f"{f.split('.')[0]}.<language>.yaml": c
        for f, c in OPTIONAL_SCHEMAS.items()
        if f.endswith("translation.yaml")
    }
    translated["letter.<language>.yaml"] = translated.pop("translation.<language>.yaml")
    for file, cls in {**FILE_TYPES, **OPTIONAL_REFERENCE, **translated}.items():
        out += [f"## {file}", "", (cls.__doc__ or "").strip(), ""]
        out += ["| key | | what it is | example |", "|---|---|---|---|"]
        for key, f, need, ruled in keys(cls):
            example = examples.get(f"{file}:{key}") or EXAMPLES.get(f"{file}:{key}", "")
            if not example and _container(cls, key):
                example = "keys below"
            text = str(f.metadata.get("doc", "")).replace("|", "\\|")
            text += "".join(f" Allowed: {rule.describe()}." for rule in ruled)
            default = _default(f)
            if default is not None and not need:
                text += f" Default: `{json.dumps(default)}`."
            shown = "(the keys below)" if example == "keys below" else f"`{example}`"
            shown = shown.replace("|", "\\|")
            out.append(f"| `{key}` | {'required' if need else 'optional'} | {text} | {shown} |")
        out.append("")
    return "\n".join(out)


def _container(cls: type, key: str) -> bool:
    """Whether `key` holds keys of its own (a mapping, or a list of mappings)."""
    return any(k.startswith((f"{key}.", f"{key}[].")) for k, *_ in keys(cls))


def keys(
    cls: type, prefix: str = ""
) -> typing.Iterator[tuple[str, dataclasses.Field[Any], bool, tuple[Rule, ...]]]:
    """Every key path under `cls` (`contacts[].address.city`), its field, whether it is
    required where it appears, and the rules on its values (on its items, for a list)."""
    hints = typing.get_type_hints(cls, include_extras=True)
    for f in dataclasses.fields(cls):
        key = f"{prefix}{f.name}"
        yield key, f, required(f), rules(hints[f.name])
        inner = _unwrap(hints[f.name])
        if typing.get_origin(inner) is tuple:
            item = _unwrap(typing.get_args(inner)[0])
            if dataclasses.is_dataclass(item):
                yield from keys(typing.cast(type, item), f"{key}[].")
        elif dataclasses.is_dataclass(inner) and inner is not PartialDate:
            yield from keys(typing.cast(type, inner), f"{key}.")


def _unwrap(tp: Any) -> Any:
    if typing.get_origin(tp) is Annotated:
        tp = typing.get_args(tp)[0]
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        tp = next(a for a in typing.get_args(tp) if a is not type(None))
    if typing.get_origin(tp) is Annotated:
        tp = typing.get_args(tp)[0]
    return tp


def examples(*folders: Path) -> dict[str, str]:
    """`file:key.path` -> the first value written there in `folders` (scalars only), as an
    example for the reference."""
    found: dict[str, str] = {}
    for folder in folders:
        for file, node in load(folder).files.items():
            if node is not None:
                _walk(node, f"{file}:", found)
    return found


def _walk(node: Node, path: str, found: dict[str, str]) -> None:
    if isinstance(node, Mapping):
        for key, child in node.items:
            sep = "" if path.endswith((":", ".")) else "."
            _walk(child, f"{path}{sep}{key.text}", found)
    elif isinstance(node, Sequence):
        if node.items and not isinstance(node.items[0], Mapping | Sequence):
            first = node.items[0]
            assert isinstance(first, Scalar)
            found.setdefault(path, f"[{_short(first.text)}]")
        for child in node.items:
            _walk(child, f"{path}[].", found)
    elif isinstance(node, Scalar) and node.text.strip() and not path.endswith("."):
        found.setdefault(path, _short(node.text))


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# ---------------------------------------------------------------------------------------------
# Writing them


def generated(root: Path) -> dict[Path, str]:
    """Every generated file and its text: the schemas in the package and docs/reference.md."""
    out = {
        SCHEMAS / schema_name(file): json.dumps(json_schema(file), indent=2, ensure_ascii=False)
        + "\n"
        for file in (*FILE_TYPES, *OPTIONAL_SCHEMAS)
    }
    sample = examples(starter_folder("default"), starter_folder("blank"))
    out[root / "docs" / "reference.md"] = markdown(sample)
    return out


def main() -> None:
    """Rewrite the generated files of a source checkout."""
    root = PACKAGE.parent
    for path, text in generated(root).items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        sys.stdout.write(f"wrote {path.relative_to(root)}\n")


if __name__ == "__main__":
    main()
