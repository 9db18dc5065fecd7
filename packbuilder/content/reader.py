"""Reading the loader's marked tree against the content dataclasses: every problem collected,
each at the line and column where it was written, and where every value was written kept."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import types
import typing
from dataclasses import dataclass
from typing import Annotated, Any, Literal

from packbuilder.content.loader import Mapping, Mark, Node, Scalar, Sequence
from packbuilder.content.rules import FULL_DATE, PARTIAL_DATE, TEXT, PartialDate, Rule
from packbuilder.errors import (
    FieldPath,
    Origin,
    Problem,
    Severity,
    Step,
    closest,
    did_you_mean,
    field_path,
    human_path,
)


@dataclass(frozen=True)
class Places:
    """Where every value of the content was written: a list item (a contact, a case) by the
    item itself (`places.of(contact, "fax")`), anything else by its file and the steps to it
    (`places.origin("letter.yaml", "recipient")`); never by a rebuilt string."""

    marks: dict[tuple[str, FieldPath], Mark] = dataclasses.field(default_factory=dict)
    #: Each list item that was read, by identity: (the item, kept so its id stays its own;
    #: its file; its steps).
    items: dict[int, tuple[object, str, FieldPath]] = dataclasses.field(default_factory=dict)

    def mark(self, file: str, steps: FieldPath, inside: str = "", nth: int = 0) -> Mark:
        """Where the value starts, or where `inside` (its `nth` occurrence after the first)
        starts within it as written; the file's first line for a value that was never read (an
        absent optional key)."""
        mark = self.marks.get((file, steps))
        if mark is None:
            top = self.marks.get((file, ()))  # named as the file's other messages name it
            mark = Mark(top.file if top else file, 1, 1)
        return mark.find(inside, nth) if inside else mark

    def origin(self, file: str, *steps: Step) -> Origin:
        """The value's place, to carry on the document model for problems found later."""
        mark = self.mark(file, steps)
        return Origin(mark.file, mark.line, mark.col, field_path(steps))

    def of(self, item: object, *steps: Step) -> Origin:
        """The place of a list item as read (a contact, a case, a source), or of a value inside
        it (`"fax"`), so no caller counts its way back to the item's position."""
        _, file, path = self.items[id(item)]
        return self.origin(file, *path, *steps)

    def problem(
        self,
        file: str,
        steps: FieldPath,
        message: str,
        severity: Severity = "error",
        inside: str = "",
        topic: str = "",
        nth: int = 0,
    ) -> Problem:
        """A problem with the value at `steps` in `file` (at `inside` when given, its `nth`
        occurrence after the first when it occurs more than once)."""
        mark = self.mark(file, steps, inside, nth)
        return Problem(mark.file, mark.line, mark.col, field_path(steps), message, severity, topic)


def _what(f: dataclasses.Field[Any]) -> str:
    """' — ' and the field's help text, to say in a message what belongs there."""
    text = str(f.metadata.get("doc", "")).rstrip(".")
    return f" — {text}" if text else ""


def required(f: dataclasses.Field[Any]) -> bool:
    """A key that must be written: its field has no default. A required list must not be
    empty; an optional one may be (`include: []` prints no optional paragraph)."""
    return f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING


class _Bad:
    """Marks a value that could not be read (its problem is already recorded)."""


BAD: Any = _Bad()


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    """The field types of a schema class, resolved once: resolving them evaluates every
    annotation's text (the module has `from __future__ import annotations`), ~0.3 ms a time."""
    return typing.get_type_hints(cls, include_extras=True)


class Reader:
    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.places = Places()

    def problem(self, mark: Mark, path: FieldPath, message: str) -> Any:
        self.problems.append(Problem(mark.file, mark.line, mark.col, field_path(path), message))
        return BAD

    def read(self, node: Node, tp: Any, path: FieldPath, file: str) -> Any:
        self.places.marks[file, path] = node.mark
        rules: list[Rule] = []
        if typing.get_origin(tp) is Annotated:
            tp, *extras = typing.get_args(tp)
            rules = [e for e in extras if isinstance(e, Rule)]
        origin = typing.get_origin(tp)
        if origin in (typing.Union, types.UnionType):
            inner = [a for a in typing.get_args(tp) if a is not type(None)]
            if isinstance(node, Scalar) and node.kind == "null":
                return None
            return self.read(node, inner[0], path, file)
        if isinstance(node, Scalar) and node.kind == "null":
            return self.problem(node.mark, path, "a value is required here")
        if dataclasses.is_dataclass(tp) and tp is not PartialDate:
            return self.read_mapping(node, typing.cast(type, tp), path, file)
        if origin is tuple:
            return self.read_sequence(node, typing.get_args(tp)[0], path, file)
        if not isinstance(node, Scalar):
            what = "a list" if isinstance(node, Sequence) else "a mapping of keys"
            return self.problem(node.mark, path, f"expected {_describe(tp)}, found {what}")
        value = self.read_scalar(node, tp, path)
        if value is not BAD:
            for rule in rules:
                message = rule.check(value)
                if message:
                    self.problem(node.mark, path, message)
                    return value if rule.keeps_value else BAD
        return value

    def read_scalar(self, node: Scalar, tp: Any, path: FieldPath) -> Any:
        text = node.text
        if tp is str:
            wrong = TEXT.check(text)
            if wrong:
                return self.problem(node.mark, path, wrong)
            return text.strip()
        if tp is bool:
            if node.kind != "bool":
                return self.problem(node.mark, path, f"expected true or false, found '{text}'")
            return text.lower() in ("true", "yes", "on")
        if tp is int:
            if node.kind != "int":
                return self.problem(node.mark, path, f"expected a whole number, found '{text}'")
            return int(text)
        if tp is dt.date:
            if not FULL_DATE.matches(text.strip()):
                return self.problem(node.mark, path, FULL_DATE.message.format(text=text))
            try:
                return dt.date.fromisoformat(text.strip())
            except ValueError:
                return self.problem(node.mark, path, f"'{text}' is not a real date")
        if tp is PartialDate:
            parsed = PartialDate.parse(text)
            if parsed is None:
                return self.problem(node.mark, path, PARTIAL_DATE.message.format(text=text))
            return parsed
        if typing.get_origin(tp) is Literal:
            allowed = typing.get_args(tp)
            if text not in allowed:
                choices = ", ".join(allowed)
                hint = did_you_mean(text, allowed)
                return self.problem(node.mark, path, f"'{text}' is not one of {choices}{hint}")
            return text
        raise TypeError(f"schema type {tp!r} is not supported")  # a bug in the schema itself

    def read_sequence(self, node: Node, item_tp: Any, path: FieldPath, file: str) -> Any:
        if not isinstance(node, Sequence):
            # One line per message: a multi-line value is quoted on one line.
            text = " ".join(node.text.split()) if isinstance(node, Scalar) else ""
            found = "a mapping of keys" if isinstance(node, Mapping) else f"'{text}'"
            return self.problem(node.mark, path, f"expected a list, found {found}")
        items = [self.read(child, item_tp, (*path, i), file) for i, child in enumerate(node.items)]
        if not items:
            return ()  # whether it may be empty is the field's to say (see read_mapping)
        if any(v is BAD for v in items):
            return BAD
        if dataclasses.is_dataclass(item_tp):
            for i, item in enumerate(items):
                self.places.items[id(item)] = (item, file, (*path, i))
            if "id" in item_tp.__dataclass_fields__:
                self.unique_ids(node, items, path)
        return tuple(items)

    def unique_ids(self, node: Sequence, items: list[Any], path: FieldPath) -> None:
        seen: dict[str, int] = {}
        for i, (child, item) in enumerate(zip(node.items, items, strict=True)):
            if item.id is None:  # an optional id left out (a guide section)
                continue
            if item.id in seen:
                self.problem(
                    child.mark,
                    (*path, i, "id"),
                    f"id '{item.id}' is used twice "
                    f"(also {human_path(field_path((*path, seen[item.id])))})"
                    "; give each one its own id",
                )
            seen.setdefault(item.id, i)

    def read_mapping(self, node: Node, cls: type, path: FieldPath, file: str) -> Any:
        if not isinstance(node, Mapping):
            return self.problem(node.mark, path, f"expected {_describe(cls)}")
        hints = _hints(cls)
        fields = {f.name: f for f in dataclasses.fields(cls)}
        values: dict[str, Any] = {}
        bad = False
        for key, child in node.items:
            sub = (*path, key.text)
            if key.text not in fields:
                near = closest(key.text, fields)
                fix = (
                    f"did you mean '{near}'?"
                    if near
                    else "remove it, or use one of the keys here: " + ", ".join(fields)
                )
                self.problem(key.mark, sub, f"unknown key; {fix}")
                bad = True
                continue
            value = self.read(child, hints[key.text], sub, file)
            if value == () and required(fields[key.text]):
                # A required list left empty prints nothing where the pack needs something
                # (a letter with no body), so it is as wrong as a missing key.
                message = f"the list is empty; give at least one{_what(fields[key.text])}"
                value = self.problem(child.mark, sub, message)
            bad = bad or value is BAD
            values[key.text] = value
        for name, f in fields.items():
            if name in values:
                continue
            if required(f):
                sub = (*path, name)
                message = f"required key is missing; add '{name}:' here{_what(f)}"
                self.problem(node.mark, sub, message)
                bad = True
        if bad:
            return BAD
        return cls(**values)


def _describe(tp: Any) -> str:
    if typing.get_origin(tp) is Annotated:
        tp = typing.get_args(tp)[0]
    if dataclasses.is_dataclass(tp) and tp is not PartialDate:
        return "a mapping of keys"
    if tp is PartialDate or tp is dt.date:
        return "a date"
    if tp is int:
        return "a whole number"
    if typing.get_origin(tp) is Literal:
        return "one of " + ", ".join(typing.get_args(tp))
    return "text"
