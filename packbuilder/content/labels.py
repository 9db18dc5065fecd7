"""labels.yaml: the words packbuilder prints, replaced by the organiser's own."""

from __future__ import annotations

import dataclasses
from typing import Any

from packbuilder.content.rules import doc
from packbuilder.language import catalogs as lang


def _label_field(key: str) -> tuple[str, Any, Any]:
    english = lang.label_default(key)
    if isinstance(english, tuple):
        return (key, tuple[str, ...] | None, doc(f"Default: {', '.join(english)}.", None))
    return (key, str | None, doc(f"Default: '{english}'.", None))


#: labels.yaml: any word packbuilder prints, replaced (keys as in `language.Words`).
Labels: type = dataclasses.make_dataclass(
    "Labels", [_label_field(k) for k in lang.catalog_keys()], frozen=True
)
Labels.__doc__ = "labels.yaml: the words packbuilder prints, replaced by your own."


def label_overrides(labels: Any) -> dict[str, str | tuple[str, ...]]:
    """The keys a Labels value sets."""
    return {k: v for k in lang.catalog_keys() if (v := getattr(labels, k)) is not None}
