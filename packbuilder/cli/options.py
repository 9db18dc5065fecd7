"""The command line's options, each defined once, and their values turned into one options
object (`Choices`) that a command receives in place of a parameter per option."""

from __future__ import annotations

import datetime as dt
import functools
import math
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from packbuilder import parts
from packbuilder.cli.running import load_pipeline

if TYPE_CHECKING:
    from packbuilder.options import BuildOptions

STRICT_HELP = "Treat warnings (stale addresses, unused sources) as errors."
DEBUG_HELP = "Show the full traceback of an unexpected internal error."
QUIET_HELP = "Print only errors: no warnings and no summary (the exit status still tells)."
ONLY_HELP = (
    f"Print only these parts, in pack order, separated by commas: {', '.join(parts.names())}. "
    "--only letters gives the letters alone (one page each, with a blank back in duplex); "
    "--only labels --no-duplex gives just the label sheets, for the label tray. Naming a kit "
    "sheet switches it on; attached PDFs are left out."
)

Decorator = Callable[[Callable[..., Any]], Callable[..., Any]]

content_argument = click.argument(
    "content_dir",
    required=False,
    default="content",
    type=click.Path(file_okay=False, path_type=Path),
)
strict_option = click.option("--strict", is_flag=True, help=STRICT_HELP)
paper_option = click.option(
    "--paper",
    type=click.Choice(["letter", "a4"]),
    help="Paper size (default: the campaign's): letter for US #10 window envelopes, "
    "a4 for DL or C6/5 (DIN 676 form B) window envelopes.",
)
BUILD_SIGNERS_HELP = (
    "Mail merge: one letter per signer per open post, with the signer's name and own address "
    "printed in the signature block. Reads the list as your platform or spreadsheet exports "
    "it, whatever the platform: each column by what its header says (in many languages) and "
    "what its values hold (comma, semicolon, tab or |; UTF-8, UTF-16 or the code page Excel "
    "writes), and prints which column fed which part of the name and address."
)
CHECK_SIGNERS_HELP = (
    "Check this signer list as build --signers reads it: every row's name and own address "
    "(postal codes, characters no font prints, rows left out), and which column feeds which "
    "part. Nothing is written."
)
PREVIEW_SIGNERS_HELP = (
    "Show the letters signed by the people in this signer list, as build --signers prints them."
)


def signers_option(help_text: str) -> Decorator:
    """--signers FILE.csv, with what this command does with the list."""
    return click.option(
        "--signers",
        type=click.Path(dir_okay=False, exists=True, path_type=Path),
        metavar="FILE.csv",
        help=help_text,
    )


signers_encoding_option = click.option(
    "--signers-encoding",
    metavar="ENCODING",
    help="The signer list's text encoding, when packbuilder cannot tell it from the bytes: "
    "utf-8; Excel's plain CSV on Windows: cp1252 (Western Europe, the Americas), cp1250 "
    "(Central Europe), cp1251 (Cyrillic), cp1253 (Greek), cp1254 (Turkish), cp1255 (Hebrew), "
    "cp1256 (Arabic), cp1257 (Baltic), cp1258 (Vietnamese), cp874 (Thai), cp932 (Japanese), "
    "cp949 (Korean), gb18030 (Simplified Chinese), big5 (Traditional Chinese); Excel's CSV "
    "(MS-DOS): cp850 (Western Europe), cp437 (US), cp852 (Central Europe), cp866 (Cyrillic); "
    "Excel for Mac's plain CSV: mac_roman (Western Europe), mac_latin2 (Central Europe), "
    "mac_cyrillic, mac_greek, mac_turkish, mac_iceland; euc_jp (Japanese web forms); "
    "big5hkscs (Hong Kong's systems); "
    "iso8859_2, iso8859_15 (web forms). The refusal names the likely ones.",
)
debug_option = click.option("--debug", is_flag=True, help=DEBUG_HELP)
include_option = click.option(
    "--include",
    metavar="ID[,ID...]",
    help="The optional letter paragraphs to print, by id (see letter.yaml), or 'none'. "
    "Replaces letter.yaml's include: for this run; without it, include: decides.",
)
quiet_option = click.option("-q", "--quiet", is_flag=True, help=QUIET_HELP)


def _iso_date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(
            f"'{value}' is not a date; write it as YYYY-MM-DD, e.g. 2026-12-10",
            param_hint="--letter-date",
        ) from None


#: The drive-kit switches of `build` (--guide/--no-guide ...), by their parameter names.
KIT_SWITCHES = tuple(p.key for p in parts.kit())

#: Options --help lists among the drive-kit switches, after the switch named (where they
#: have always stood).
AMONG_SWITCHES: dict[str, tuple[Decorator, ...]] = {
    "fax-covers": (
        click.option(
            "--fax-unverified",
            is_flag=True,
            help="Print a fax cover even for a number not confirmed within the campaign's "
            "stale_after_months (12 by default). The build summary and the organiser guide say "
            "how old each number is; the cover itself does not. Confirm a number before faxing it.",
        ),
        click.option(
            "--letter-date",
            callback=lambda _ctx, _param, value: _iso_date(value),
            default=None,
            metavar="YYYY-MM-DD",
            help="Print this date on every letter. Without it each letter has a line for the "
            "writer to date it by hand, so letters sent weeks later never carry a stale date. The "
            "same date gives the same PDF on every run.",
        ),
    ),
    "poster": (
        click.option(
            "--poster-size",
            type=click.Choice(["tabloid", "a3"]),
            default=None,
            help="Print the poster larger than the pack, for a wall: tabloid (11 x 17 in) or a3 "
            "(297 x 420 mm). Default: the pack's paper.",
        ),
    ),
}


def kit_switches() -> tuple[Decorator, ...]:
    """A switch for each drive-kit sheet, as the part registry declares it, in print order."""
    out: list[Decorator] = []
    for part in parts.kit():
        switch = part.switch
        assert switch is not None
        if switch.negatable:
            option = click.option(f"--{part.name}/--no-{part.name}", default=None, help=switch.help)
        else:  # off unless asked for: --NAME alone
            option = click.option(f"--{part.name}", is_flag=True, default=None, help=switch.help)
        out.append(option)
        out += AMONG_SWITCHES.get(part.name, ())
    return tuple(out)


class Millimetres(click.FloatRange):
    """A length in millimetres within a range; click's FloatRange lets "nan" through (no
    comparison with nan is true), and nan would be written into the PDF."""

    name = "millimetres"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        number = super().convert(value, param, ctx)
        if not math.isfinite(number):
            self.fail(f"{str(value)[:40]!r} is not a number of millimetres", param, ctx)
        return number


#: `build`'s options, in the order --help lists them.
BUILD: tuple[Decorator, ...] = (
    content_argument,
    click.option(
        "-o",
        "--output",
        type=click.Path(dir_okay=False, path_type=Path),
        help="Where to write the PDF (default: <campaign-slug>.pdf beside the campaign folder).",
    ),
    paper_option,
    click.option(
        "--duplex/--no-duplex",
        default=None,
        help="Start every part and every letter on a right-hand page, adding blank pages, so a "
        "double-sided print never puts two letters on one sheet (default: on, or the "
        "campaign's).",
    ),
    click.option(
        "--bleed",
        "bleed_mm",
        type=Millimetres(0, 10),
        default=0,
        metavar="MM",
        help="For a copy shop: MM millimetres of bleed round every page, crop marks beyond it, "
        "colours in CMYK (the content is not scaled).",
    ),
    click.option(
        "--email",
        is_flag=True,
        help="Make the e-mail edition to share with partner groups, written as "
        "<campaign-slug>-email.pdf beside the print pack (never over it): no blank pages, no "
        "crop marks, no label or envelope pages, and never signers' personal details (a signer "
        "list campaign.yaml names is left out).",
    ),
    click.option(
        "--split",
        "split_dir",
        type=click.Path(file_okay=False, path_type=Path),
        help="Also write one PDF per letter into this folder, named after the post (and the "
        "signer), for people who fax or e-mail letters one by one. Letters from an earlier "
        "--split in that folder are replaced.",
    ),
    signers_option(BUILD_SIGNERS_HELP),
    click.option(
        "--copies",
        type=click.IntRange(1, 1000),
        default=1,
        metavar="N",
        help="Without --signers: print N unsigned copies of each letter (default 1).",
    ),
    *kit_switches(),
    click.option(
        "--label-start",
        type=click.IntRange(1, 30),
        default=1,
        metavar="K",
        help="Start at label K of a part-used label sheet (counted across, then down).",
    ),
    click.option(
        "--label-offset",
        default="0,0",
        metavar="X,Y",
        help="Move every label X mm right and Y mm down to correct printer drift, e.g. 1,-0.5.",
    ),
    click.option("--only", metavar="PART[,PART...]", help=ONLY_HELP),
    signers_encoding_option,
    include_option,
    strict_option,
    quiet_option,
    debug_option,
)

#: `check`'s options, in the order --help lists them.
CHECK: tuple[Decorator, ...] = (
    content_argument,
    signers_option(CHECK_SIGNERS_HELP),
    signers_encoding_option,
    paper_option,
    include_option,
    strict_option,
    quiet_option,
    debug_option,
)

#: `preview`'s options, in the order --help lists them.
PREVIEW: tuple[Decorator, ...] = (
    content_argument,
    click.option(
        "-o",
        "--output",
        "folder",
        type=click.Path(file_okay=False, path_type=Path),
        help="The folder for the images (default: <campaign-slug>-preview beside the campaign).",
    ),
    click.option("--pages", metavar="1,5-7", help="Also write these pages full size."),
    paper_option,
    signers_option(PREVIEW_SIGNERS_HELP),
    include_option,
    debug_option,
)


def _catalog_languages() -> str:
    """The languages packbuilder has words in, for help text: "en, ja, ko and zh-Hans"."""
    from packbuilder.language.po import files

    codes = list(files())
    return ", ".join(codes[:-1]) + " and " + codes[-1]


#: `new`'s arguments and options, in the order --help lists them.
NEW: tuple[Decorator, ...] = (
    click.argument("folder", type=click.Path(path_type=Path)),
    click.option(
        "--from",
        "starter",
        type=click.Choice(["default", "blank"]),
        default="default",
        show_default=True,
        help="The campaign to start from.",
    ),
    click.option(
        "--paper",
        type=click.Choice(["letter", "a4"]),
        help="Paper of the new campaign: letter (US Letter, #10 window envelopes) or a4 (A4, "
        "DL or C5 window envelopes). Default: the starting campaign's (letter for default, a4 "
        "for blank).",
    ),
    click.option(
        "--language",
        metavar="TAG",
        help="Language of the pack as a language tag. packbuilder prints its own words "
        f"(headings, table headers, dates) in {_catalog_languages()}; in another language "
        "they stay in English unless labels.yaml gives them. The text you write is printed as "
        "you write it.",
    ),
    click.option(
        "--country",
        metavar="CODE",
        help="Country the letters are posted in, as an ISO code (GB, CA, AU, DE, KR, US ...): "
        "the new campaign writes to China's embassy and consulates there, on that country's "
        "paper, and its guide speaks of that country's envelopes and stamps. A country "
        "packbuilder has no profile for gets neutral wording and example posts to replace.",
    ),
    debug_option,
)


def stacked(options: tuple[Decorator, ...]) -> Decorator:
    """Give a command `options`, listed in --help in their order."""

    def decorate(command: Callable[..., Any]) -> Callable[..., Any]:
        for option in reversed(options):
            command = option(command)
        return command

    return decorate


@dataclass(frozen=True)
class Choices:
    """Everything one run of a command asked for: the pack to make (`options`) and how to
    report it."""

    options: BuildOptions
    quiet: bool = False
    debug: bool = False
    #: preview: the folder for the images (None: beside the campaign).
    folder: Path | None = None
    #: preview: the pages to write full size, 1-based.
    pages: tuple[int, ...] = ()


def with_options(
    options: tuple[Decorator, ...], **fixed: Any
) -> Callable[[Callable[[Choices], None]], Callable[..., None]]:
    """Give a command `options` and call it with one `Choices` made from their values (and
    the BuildOptions fields in `fixed`), not with a parameter per option."""

    def decorate(command: Callable[[Choices], None]) -> Callable[..., None]:
        @functools.wraps(command)
        def collect(**given: Any) -> None:
            command(_choices(given, fixed))

        return stacked(options)(collect)

    return decorate


def _choices(given: dict[str, Any], fixed: dict[str, Any]) -> Choices:
    """The options object for the values click parsed; UsageError or BadParameter, in the
    order the checks have always run, for values that do not go together."""
    load_pipeline()  # the options object is the pipeline's; loaded once, at this point
    from packbuilder.options import BuildOptions

    extra = {k: given.pop(k) for k in ("quiet", "debug", "folder") if k in given}
    pages = _pages(given.pop("pages", None))
    if given.get("email") and given.get("bleed_mm"):
        raise click.UsageError("--email and --bleed do not go together: bleed is for print.")
    if given.get("signers") and given.get("copies", 1) != 1:
        raise click.UsageError("--copies is for unsigned letters; with --signers each signer "
                               "gets one letter per post.")  # fmt: skip
    if "label_offset" in given:
        given["label_offset_mm"] = _offset(given.pop("label_offset"))
    switches = {name: given.pop(name) for name in KIT_SWITCHES if name in given}
    if switches:
        given["kit"] = tuple((name, on) for name, on in switches.items() if on is not None)
    given["include"] = _include(given.pop("include"))
    if "only" in given:
        given["only"] = _only(given.pop("only"))
    return Choices(BuildOptions(**given, **fixed), pages=pages, **extra)


def _offset(value: str) -> tuple[float, float]:
    try:
        x, y = (float(v) for v in value.split(","))
    except ValueError:
        raise click.BadParameter("write it as X,Y in millimetres, e.g. 1,-0.5",
                                 param_hint="--label-offset") from None  # fmt: skip
    if not (math.isfinite(x) and math.isfinite(y)):
        raise click.BadParameter("write it as X,Y in millimetres, e.g. 1,-0.5",
                                 param_hint="--label-offset")  # fmt: skip
    if abs(x) > 10 or abs(y) > 10:
        raise click.BadParameter("at most 10 mm either way", param_hint="--label-offset")
    return x, y


def _include(value: str | None) -> tuple[str, ...] | None:
    if value is None:
        return None
    if value.strip().lower() == "none":
        return ()
    ids = tuple(dict.fromkeys(i.strip() for i in value.split(",") if i.strip()))
    if not ids:
        raise click.BadParameter("give paragraph ids separated by commas, or 'none'",
                                 param_hint="--include")  # fmt: skip
    return ids


def _only(value: str | None) -> tuple[str, ...] | None:
    if value is None:
        return None
    from difflib import get_close_matches

    known = parts.names()
    names = tuple(dict.fromkeys(n.strip().lower() for n in value.split(",") if n.strip()))
    if not names:
        raise click.BadParameter("name at least one part", param_hint="--only")
    wrong = []
    for name in names:
        if name not in known:
            close = get_close_matches(name, known, n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            wrong.append(f"unknown part '{name}'{hint}")
    if wrong:
        raise click.BadParameter(f"{'; '.join(wrong)}; the parts are {', '.join(known)}",
                                 param_hint="--only")  # fmt: skip
    return names


#: Pages `preview --pages` writes full size, at most: each is an image of a few hundred KB.
MAX_FULL_PAGES = 1_000


def _pages(value: str | None) -> tuple[int, ...]:
    if not value:
        return ()
    out: dict[int, None] = {}
    for part in value.split(","):
        first, _, last = part.strip().partition("-")
        wrong = f"'{part.strip()[:40]}' is not a page or a range like 5-7"
        try:
            a, b = int(first), int(last or first)
        except ValueError:
            raise click.BadParameter(wrong, param_hint="--pages") from None
        if a < 1 or b < a:
            raise click.BadParameter(wrong, param_hint="--pages")
        if b - a + 1 + len(out) > MAX_FULL_PAGES:  # counted before a range is made
            raise click.BadParameter(
                f"at most {MAX_FULL_PAGES:,} pages full size; the contact sheets show them all",
                param_hint="--pages",
            )
        out.update(dict.fromkeys(range(a, b + 1)))
    return tuple(out)
