"""Data files packbuilder reads besides the content (the words signer headers are made of, later
country profiles and the tool's own words): read by the content loader, so each one is YAML read
with the safe loader, every mistake placed at its file:line:col, and there is no second reader.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar, overload

from packbuilder.content.loader import Mapping, Node, Sequence, load_file
from packbuilder.content.reader import BAD, Reader
from packbuilder.errors import ContentError

T = TypeVar("T")


@overload
def read_data(path: Path) -> Any: ...
@overload
def read_data(path: Path, shape: type[T]) -> T: ...
def read_data(path: Path, shape: type[Any] | None = None) -> Any:
    """The data in the YAML file at `path`, or ContentError holding every problem, located.

    Without `shape`: plain values, mappings as dicts (in file order), lists as lists and every
    scalar as the text written. With a dataclass as `shape`: read as content files are, against
    its fields (types, value rules, unknown keys with a "did you mean").
    """
    node, problems = load_file(path)
    if node is None or problems:
        raise ContentError(problems)
    if shape is None:
        return plain(node)
    reader = Reader()
    value = reader.read(node, shape, (), path.name)
    if reader.problems or value is BAD:
        raise ContentError(reader.problems)
    return value


def plain(node: Node) -> Any:
    """A marked node as plain values: dicts, lists and text."""
    if isinstance(node, Mapping):
        return {key.text: plain(value) for key, value in node.items}
    if isinstance(node, Sequence):
        return [plain(item) for item in node.items]
    return node.text
