"""What the user asked for -> the effective print settings and drive kit, decided in one place."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from packbuilder import model as m
from packbuilder import parts as registry
from packbuilder.assemble.kit import kit_choice
from packbuilder.content.schema import Content
from packbuilder.errors import PackError
from packbuilder.layout.styles import label_stock
from packbuilder.staging import beside, real_path


@dataclass(frozen=True)
class BuildOptions:
    """What the user asked for on the command line (None: the campaign file decides)."""

    content_dir: Path = Path("content")
    output: Path | None = None
    strict: bool = False
    paper: m.Paper | None = None
    duplex: bool | None = None
    bleed_mm: float = 0
    email: bool = False
    split_dir: Path | None = None
    #: A signer CSV given on the command line (the campaign's `signers:` otherwise).
    signers: Path | None = None
    #: The signer list's text encoding, when the user names it (--signers-encoding).
    signers_encoding: str | None = None
    copies: int = 1
    #: Drive-kit sheets switched on or off on the command line, by name ("labels": False);
    #: a sheet not named here is as the campaign file says.
    kit: tuple[tuple[str, bool], ...] = ()
    label_start: int = 1
    label_offset_mm: tuple[float, float] = (0.0, 0.0)
    #: The optional letter paragraphs to print, chosen on the command line (None: as
    #: letter.yaml's `include:` says; (): none of them).
    include: tuple[str, ...] | None = None
    #: Print fax covers even for numbers not confirmed within `stale_after_months`.
    fax_unverified: bool = False
    #: The date printed on every letter; None leaves a line for the writer to date it.
    letter_date: dt.date | None = None
    #: Leftover example text (EXAMPLE, Example Street, postcode 00000) stays a warning even
    #: under --strict: `preview` of a draft (check and build warn, and refuse under --strict).
    examples_ok: bool = False
    #: Print only these parts (`parts.names()`); None: the whole pack.
    only: tuple[str, ...] | None = None
    #: The poster's paper when larger than the pack's ("tabloid", "a3"); None: the pack's.
    poster_size: m.PosterPaper | None = None


#: The drive-kit sheets --only can name (switching them on).
KIT_PARTS = frozenset(p.name for p in registry.kit())

#: What --email switches off, whatever the campaign or the other flags say.
EMAIL_KIT = {"labels": False, "envelopes": False}


def print_setup(content: Content, options: BuildOptions) -> m.PrintSetup:
    """The effective print settings: the campaign's, the command line's choices on top, and
    what --email rules out. The one place that decides them: layout, the cover's print note
    and the PDF's print preferences all read this and decide nothing again."""
    campaign = content.campaign
    duplex = campaign.duplex if options.duplex is None else options.duplex
    paper = options.paper or campaign.paper
    return m.PrintSetup(
        paper=paper,
        # The e-mail copy is read on screen or printed as it comes: no blank pages, no bleed.
        duplex=duplex and not options.email,
        bleed_mm=0 if options.email else options.bleed_mm,
        email=options.email,
        # A poster for a wall may be larger than the pack; it is the pack's paper otherwise.
        poster=options.poster_size or paper,
        # A file with bleed goes to a press: its colours in CMYK, as its plates take them.
        colours="cmyk" if options.bleed_mm and not options.email else "rgb",
    )


def kit(content: Content, options: BuildOptions) -> m.KitChoice:
    """The drive-kit sheets to print: the campaign's `kit:`, the command line's switches on
    top, a sheet named in --only switched on, and --email keeping stock sheets out."""
    named = {n.replace("-", "_"): True for n in options.only or () if n in KIT_PARTS}
    return dataclasses.replace(
        # Label stock and envelopes are for the organiser's own printer, not for sharing.
        kit_choice(content, **(dict(options.kit) | named | (EMAIL_KIT if options.email else {}))),
        label_start=options.label_start,
        label_offset_mm=options.label_offset_mm,
        fax_unverified=options.fax_unverified,
    )


def refuse_impossible(
    options: BuildOptions, setup: m.PrintSetup, signers: tuple[m.Signer, ...]
) -> None:
    """PackError for choices that cannot be printed together."""
    stock = label_stock(setup.paper)
    if options.label_start > stock.per_sheet:
        raise PackError(
            f"--label-start {options.label_start}: an {stock.name} sheet has only "
            f"{stock.per_sheet} labels"
        )
    if options.email and signers:
        raise PackError(
            "--email makes the copy to share with partner groups; it cannot carry signers' "
            "names and addresses. Build the signed letters without --email."
        )


def only(options: BuildOptions) -> frozenset[str] | None:
    """The parts --only names; None for the whole pack."""
    return frozenset(options.only) if options.only is not None else None


def refuse_empty(document: m.Document, options: BuildOptions) -> None:
    """PackError when --only names no part this pack has, or --poster-size sizes a poster the
    pack does not print."""
    if document.cover is None and not document.parts:
        raise PackError(
            f"--only {','.join(options.only or ())}: none of these parts is in this pack"
            + (" (an --email copy has no labels or envelopes)" if options.email else "")
        )
    if options.poster_size and not any(isinstance(p, m.Poster) for p in document.parts):
        raise PackError(
            f"--poster-size {options.poster_size}: this pack has no poster; add --poster, or "
            "--only poster to print it alone"
        )


def pack_name(content: Content, options: BuildOptions) -> str:
    """The pack's file name beside the campaign: <slug>.pdf, or <slug>-email.pdf for the
    e-mail edition, so building one never replaces the other."""
    slug = content.campaign.file_slug
    return f"{slug}-email.pdf" if options.email else f"{slug}.pdf"


def never_over_the_print_pack(output: Path, content: Content, options: BuildOptions) -> None:
    """PackError when --email -o names the print pack's own file beside the campaign."""
    if not options.email:
        return
    printed = beside(options.content_dir, f"{content.campaign.file_slug}.pdf")
    if real_path(output) == real_path(printed):
        raise PackError(
            f"-o {output}: that is the print pack's file, and the e-mail edition never replaces "
            f"it; leave out -o to write {pack_name(content, options)} beside it"
        )
