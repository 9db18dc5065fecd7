"""partners.yaml: the partner groups the pack is shared with, one e-mail each (`share`)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated

from packbuilder.content.loader import Mapping, Node, Scalar, Sequence
from packbuilder.content.rules import LANGUAGE, Email, Known, Prose, doc
from packbuilder.errors import Problem, field_path, human_path
from packbuilder.language import catalogs as lang

FILE = "partners.yaml"

#: A language the covering note can be written in: one packbuilder has words in.
NOTE_LANGUAGE = Known(
    lang.catalog_code,
    f"a language packbuilder has words in ({', '.join(lang.codes())})",
    f"packbuilder has no covering note in '{{text}}' (it has {', '.join(lang.codes())}); "
    "leave language out to write in the campaign's language",
)


@dataclass(frozen=True)
class Partner:
    """A group the pack is e-mailed to."""

    group: str = doc("The group's name, as you would write it on an envelope.")
    email: Email = doc("The address the pack is sent to; each address once.")
    contact: str | None = doc(
        "The person who reads it, greeted by name (the group is greeted when absent).", None
    )
    language: Annotated[str, LANGUAGE, NOTE_LANGUAGE] | None = doc(
        "The language of the covering note. Absent: the campaign's language.", None
    )
    note: Prose | None = doc(
        "A paragraph of your own for this group, added to the covering note.", None
    )


@dataclass(frozen=True)
class Partners:
    """partners.yaml: the groups the pack is shared with (optional; see `packbuilder share`)."""

    partners: tuple[Partner, ...] = doc("The groups, one e-mail each.", ())


def partner_checks(node: Node | None) -> Iterator[Problem]:
    """An address written twice (the group would get the pack twice), found in the file as
    written, so a mistake in another partner hides none."""
    items = _partner_nodes(node)
    seen: dict[str, int] = {}
    for i, item in enumerate(items):
        if not isinstance(item, Mapping):
            continue
        email = next((v for k, v in item.items if k.text == "email"), None)
        if not isinstance(email, Scalar) or not email.text.strip():
            continue
        address = email.text.strip().casefold()
        if address in seen:
            also = human_path(field_path(("partners", seen[address])))
            message = (
                f"'{email.text.strip()}' is written twice (also {also}); give each group once, "
                "or each its own address"
            )
            at = email.mark
            yield Problem(at.file, at.line, at.col, field_path(("partners", i, "email")), message)
        else:
            seen[address] = i


def _partner_nodes(node: Node | None) -> tuple[Node, ...]:
    """The items of the file's `partners:` list as written (none if it is not a list)."""
    if isinstance(node, Mapping):
        for key, value in node.items:
            if key.text == "partners" and isinstance(value, Sequence):
                return value.items
    return ()
