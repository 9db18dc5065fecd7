"""The part registry: each part type of the pack declared once, in print order.

An entry says what the part is called (`--only` and the build summary), its model type, how
the organiser switches it (the `build` switch and campaign.yaml's `kit:` key, with its default
and help), the page template it is printed on, its renderer module and the function that
assembles it. Everything else is derived from PARTS: `build`'s kit switches and `--only`'s
choices (cli.options), the `kit:` section of campaign.yaml's schema (content.campaign, and so
the JSON Schema and docs/reference.md), which sheets `--only` switches on (options), the parts
`assemble` makes (assemble.parts), the page templates and the renderers layout loads. Adding a
part type is one entry here, a model class, an assemble function, a renderer module in
layout/parts/ and its words.

Names of code are given as import paths ("packbuilder.layout.parts.letters"), imported only
when used, so reading the registry (for `--help`) loads neither ReportLab nor the model.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Switch:
    """How the organiser turns a drive-kit sheet on or off."""

    #: The `build --NAME/--no-NAME` help text.
    help: str
    #: On unless switched off (the campaign file's default too).
    default: bool = True
    #: The help of campaign.yaml's `kit: NAME:` key; None: the campaign file has no say, the
    #: sheet is asked for per run.
    campaign: str | None = None
    #: `--no-NAME` as well as `--NAME` (a sheet that is off unless asked for needs no `--no-`).
    negatable: bool = True


@dataclass(frozen=True)
class PartType:
    """One part type of the pack."""

    #: The name `--only` takes and the build summary prints: lower case, words joined by "-".
    name: str
    #: The model type, "module:Class" ("packbuilder.model:Letters").
    model: str
    #: The module whose import registers the renderer (layout.parts.render_part).
    renderer: str
    #: "module:function" making the part's model objects from assemble's Assembly (an
    #: iterable: none, one or several); None for the cover, which the document holds apart.
    assemble: str | None = None
    #: The page template it is printed on: "body" flows with the running footer; "letter",
    #: "envelope", "poster" and "cover" are drawn a whole page at a time (layout.pages).
    template: str = "body"
    #: A drive-kit sheet's switch; None for the parts every pack has.
    switch: Switch | None = None
    #: What campaign.yaml's `attachments: after:` calls the place after this part; the kit
    #: sheets share "kit".
    place: str = "kit"
    #: The part it comes with, for a part that has no name of its own: printed, switched and
    #: counted with that one (a reading copy of the letter with the organiser guide).
    within: str | None = None

    @property
    def key(self) -> str:
        """The name as a Python identifier and YAML key: "sign-in" -> "sign_in"."""
        return self.name.replace("-", "_")


def _model(name: str) -> str:
    return f"packbuilder.model:{name}"


def _renderer(module: str) -> str:
    return f"packbuilder.layout.parts.{module}"


def _assemble(function: str) -> str:
    return f"packbuilder.assemble.parts:{function}"


#: Every part type, in print order.
PARTS: tuple[PartType, ...] = (
    PartType("cover", _model("Cover"), _renderer("cover"), template="cover", place="cover"),
    PartType(
        "briefing",
        _model("Briefing"),
        _renderer("briefing"),
        _assemble("briefing"),
        place="briefing",
    ),
    PartType(
        "cases",
        _model("CaseList"),
        _renderer("cases"),
        _assemble("cases"),
        place="cases",
    ),
    PartType(
        "addressees",
        _model("AddresseeTable"),
        _renderer("addressees"),
        _assemble("addressees"),
        place="addressees",
    ),
    PartType(
        "letters",
        _model("Letters"),
        _renderer("letters"),
        _assemble("letters"),
        template="letter",
        place="letters",
    ),
    PartType(
        "window-test",
        _model("WindowTest"),
        _renderer("window_test"),
        _assemble("window_test"),
        template="letter",
        switch=Switch(
            "Add a window-test sheet to the drive kit: a letter page with the envelope and its "
            "window drawn at 1:1 round a real address, to fold into an envelope and hold against "
            "the light before printing the letters (--only window-test prints it alone).",
            default=False,
            negatable=False,
        ),
    ),
    PartType(
        "guide",
        _model("Guide"),
        _renderer("guide"),
        _assemble("guide"),
        switch=Switch("Include the organiser guide.", campaign="The organiser guide (guide.yaml)."),
    ),
    PartType(
        "reading-copy",
        _model("ReadingCopy"),
        _renderer("reading_copy"),
        _assemble("reading_copies"),
        within="guide",
    ),
    PartType(
        "sign-in",
        _model("SignInSheet"),
        _renderer("sign_in"),
        _assemble("sign_in"),
        switch=Switch(
            "Include the sign-in sheet.",
            campaign="A sign-in sheet: name, e-mail, letters written.",
        ),
    ),
    PartType(
        "tally",
        _model("TallySheet"),
        _renderer("tally"),
        _assemble("tally"),
        switch=Switch(
            "Include the tally sheet.", campaign="A tally sheet with one row per open post."
        ),
    ),
    PartType(
        "fax-covers",
        _model("FaxCovers"),
        _renderer("fax_covers"),
        _assemble("fax_covers"),
        template="letter",
        switch=Switch(
            "Include fax cover sheets.",
            campaign="A fax cover sheet for each open post that has a fax number.",
        ),
    ),
    PartType(
        "labels",
        _model("LabelSheets"),
        _renderer("labels"),
        _assemble("labels"),
        template="letter",
        switch=Switch(
            "Include address labels (Avery 5160 on Letter, L7160 on A4).",
            campaign="Address labels (Avery 5160 on Letter, L7160 on A4).",
        ),
    ),
    PartType(
        "envelopes",
        _model("Envelopes"),
        _renderer("envelopes"),
        _assemble("envelopes"),
        template="envelope",
        switch=Switch(
            "Include envelopes to print (#10 on Letter, DL on A4); off unless the campaign "
            "turns it on. Window envelopes need none.",
            default=False,
            campaign="Envelopes to print (#10 on Letter, DL on A4), fed by hand.",
        ),
    ),
    PartType(
        "poster",
        _model("Poster"),
        _renderer("poster"),
        _assemble("poster"),
        template="poster",
        switch=Switch(
            "Include a poster for the drive: the ask, the day, time and place, and a QR code "
            "to the campaign's online page (--only poster prints it alone).",
            default=False,
            campaign="A poster for the drive: the ask, the day, time and place, a QR code.",
        ),
    ),
    PartType(
        "bulletin",
        _model("Bulletin"),
        _renderer("poster"),
        _assemble("bulletin"),
        template="letter",
        switch=Switch(
            "Include a bulletin insert: two half-sheets to a page with the same facts, "
            "shorter (--only bulletin prints it alone).",
            default=False,
            campaign="A bulletin insert: two half-sheets to a page, to cut apart.",
        ),
    ),
    PartType(
        "sources",
        _model("SourceList"),
        _renderer("sources"),
        _assemble("sources"),
        place="sources",
    ),
)


def names() -> tuple[str, ...]:
    """The names `--only` takes, in print order."""
    return tuple(p.name for p in PARTS if p.within is None)


def kit() -> tuple[PartType, ...]:
    """The drive-kit sheets: the parts with a switch, in print order."""
    return tuple(p for p in PARTS if p.switch is not None)


def load(path: str) -> Any:
    """The object a "module:name" path names (a module for a plain path), imported now."""
    module, _, name = path.partition(":")
    loaded = importlib.import_module(module)
    return getattr(loaded, name) if name else loaded


def of(part: object) -> PartType:
    """The entry of a model object's type."""
    for entry in PARTS:
        if load(entry.model) is type(part):
            return entry
    raise LookupError(f"{type(part).__name__} is not a registered part type")


def name_of(part: object) -> str:
    """The name `--only` knows `part` by (a part within another: that one's)."""
    entry = of(part)
    return entry.within or entry.name
