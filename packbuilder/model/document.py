"""The whole pack as plain data: metadata, cover and parts in print order, how it is printed,
which drive-kit sheets it holds, and the PDFs attached to it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from packbuilder.language.words import EN, Words
from packbuilder.model.parts import Cover, Part, PosterPaper

Paper = Literal["letter", "a4"]
Colours = Literal["rgb", "cmyk"]


@dataclass(frozen=True)
class Meta:
    """What the PDF says about itself and how it is printed."""

    title: str
    author: str
    subject: str
    keywords: tuple[str, ...]
    language: str
    paper: Paper


@dataclass(frozen=True)
class PrintSetup:
    """How the pack is put on paper: size, double-sided, copy-shop bleed, or e-mail."""

    paper: Paper
    #: Every part and every letter starts on a right-hand (odd) page; blank pages fill in.
    duplex: bool = True
    #: Bleed on each side, in millimetres, with crop marks; 0 for none.
    bleed_mm: float = 0
    #: A smaller file for attaching to e-mail: no blank pages, no crop marks.
    email: bool = False
    #: The poster's paper; None: the pack's own.
    poster: PosterPaper | None = None
    #: How colours other than black and greys (always DeviceGray) are written: "rgb" for
    #: screens and office printers, "cmyk" for a press (the copy-shop file).
    colours: Colours = "rgb"

    @property
    def poster_paper(self) -> PosterPaper:
        """The paper the poster is printed on."""
        return self.poster or self.paper


@dataclass(frozen=True)
class KitChoice:
    """Which drive-kit sheets go in the pack, and how labels sit on a part-used sheet."""

    #: The drive-kit sheets to print, by part name ("sign-in"; see packbuilder.parts).
    sheets: frozenset[str]
    sign_in_rows: int = 20
    #: Print fax covers even for numbers not confirmed within the campaign's age limit.
    fax_unverified: bool = False
    label_start: int = 1
    label_offset_mm: tuple[float, float] = (0.0, 0.0)

    def has(self, name: str) -> bool:
        """Whether the drive-kit sheet `name` is printed."""
        return name in self.sheets


@dataclass(frozen=True)
class Attachment:
    """An existing PDF (a partner's flyer, a UN summary) merged in after a named part."""

    title: str
    path: str
    after: str
    pages: int


@dataclass(frozen=True)
class Document:
    """The whole pack: metadata, cover and parts in print order, and how it is printed."""

    meta: Meta
    #: None when the build prints only some parts (--only) and the cover is not one of them.
    cover: Cover | None
    parts: tuple[Part, ...]
    setup: PrintSetup
    attachments: tuple[Attachment, ...] = ()
    #: The words layout prints around the content (headings, table headers, bookmarks).
    words: Words = EN
    #: The words on what goes to the post (fax cover), in the letter's language.
    letter_words: Words = EN
    #: The letter's language tag, for the structure tree's /Lang where it differs from the
    #: pack's (a Korean reading copy carries English letters).
    letter_language: str = ""
    #: Things the organiser must know about this build (a fax cover left out, and why), in
    #: English for the terminal (the guide prints them in the campaign's language); never
    #: printed on a sheet that leaves the drive.
    notices: tuple[str, ...] = ()
    #: Names the content gives (posts, cities, countries, the letter's recipient): no line
    #: breaks inside them wherever they are printed (language.ties).
    names: tuple[str, ...] = ()
