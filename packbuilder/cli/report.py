"""What the commands tell the user, as lines of text: a result in, `Line`s out (no click here).

The commands print these lines (stdout, or stderr for `Line.err`); the words are tested
byte for byte (tests/broken/, bench/same_output.py), so change them here on purpose only.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from packbuilder.errors import VERIFY, Problem
from packbuilder.language.english import count

if TYPE_CHECKING:
    from packbuilder import model as m
    from packbuilder.content.starter import Started
    from packbuilder.pipeline import BuildResult, CheckResult, PreviewResult


@dataclass(frozen=True)
class Line:
    """One line for the terminal: on stderr when `err` (warnings, errors, notes on problems)."""

    text: str
    err: bool = False


def built(result: BuildResult, content_dir: Path, unverified: bool, took: float) -> Iterator[Line]:
    """`build`'s summary: the signer columns, warnings in short, notes, pages, letters, file."""
    for line in result.signer_report:
        yield Line(line)
    yield from summed_up(result.warnings, content_dir)
    yield from _fax_notes(result.notices, unverified, content_dir)
    if result.signers:
        yield Line(f"Mail merge: {count(result.signers, 'signer')}")
    for output in result.outputs:
        if output.files:
            # An output names what it writes in the plural ("letters", "e-mail drafts").
            written = count(len(output.files), output.what.removesuffix("s"), output.what)
            yield Line(f"Wrote {written} to {output.folder}")
    yield Line("Pages: " + ", ".join(f"{part} {n}" for part, n in result.parts if part))
    if result.letters_per_post:
        yield Line(_letters_line(result.letters_per_post))
    size = result.size / 1024
    shown = f"{size / 1024:.1f} MB" if size >= 1024 else f"{size:.0f} KB"
    yield Line(f"Wrote {result.output}: {count(result.pages, 'page')}, {shown}, in {took:.1f} s")


def checked(result: CheckResult, content_dir: Path) -> Iterator[Line]:
    """`check`'s report: the signer columns, every warning in full, window clearances, notes."""
    for line in result.signer_report:
        yield Line(line)
    for warning in result.warnings:
        yield Line(str(warning), err=True)
    for fit in result.windows:
        yield Line(window_line(fit))
    for notice in result.notices:  # what the organiser must know (fax covers left out, why)
        yield Line("Note: " + notice.replace("\u00a0", " "))
    n = len(result.warnings)
    yield Line(
        f"{content_dir}: no errors, {count(n, 'warning')}; "
        f"{count(result.letters, 'letter')} to print"
    )


def previewed(result: PreviewResult, content_dir: Path) -> Iterator[Line]:
    """`preview`'s report: warnings in short, then what was written where."""
    yield from summed_up(result.warnings, content_dir)
    sheets = len(result.sheets)
    yield Line(
        f"Wrote {count(sheets, 'contact sheet')} of {count(result.page_count, 'page')}"
        + (f" and {count(len(result.pages), 'full page')}" if result.pages else "")
        + f" to {result.folder}"
    )


def made(started: Started, starter: str) -> Iterator[Line]:
    """`new`'s report: the files made, and the commands to run next."""
    yield Line(f"Made {started.folder} from the {starter} campaign: {', '.join(started.files)}")
    yield from _untranslated(started)
    what = "what to change is marked EXAMPLE" if starter == "blank" else "make it your campaign"
    yield Line(f"Next: edit the files ({what}), then run")
    for command in ("check", "preview", "build"):
        yield Line(f"  packbuilder {command} {started.folder}")


def _untranslated(started: Started) -> Iterator[Line]:
    """Which of the new campaign's files still print in English in its language, and where
    their translations go."""
    if not started.untranslated:
        return
    yield Line("Still in English, so the pack prints them in English until you translate them:")
    for u in started.untranslated:
        if not u.exists:
            yield Line(f"  {u.file}: no translation yet (write {u.translation} beside it)")
        else:
            parts = count(len(u.units), "part")
            named = "; ".join(u.units)
            yield Line(f"  {u.translation}: {parts} not translated or outdated ({named})")
    yield Line("  (letter.yaml stays in English: it is what the posts receive)")


def summed_up(warnings: tuple[Problem, ...], content_dir: Path) -> Iterator[Line]:
    """The warnings, with the addresses and fax numbers to confirm as one line: the full
    list is `check`'s, and a first build should not open with a wall of warnings."""
    verify = [w for w in warnings if w.topic == VERIFY]
    for warning in warnings:
        if warning.topic != VERIFY:
            yield Line(str(warning), err=True)
    if verify:
        yield Line(f"{_to_confirm(verify)} before you print: run `packbuilder check "
                   f"{content_dir}` for the list", err=True)  # fmt: skip


#: The fields of problems about a signer list's rows and header.
_SIGNER_FIELDS = ("row ", "(header)", "(row)")


def quiet_signers(warnings: Sequence[Problem], content_dir: Path) -> Iterator[Line]:
    """Under --quiet, one line still says that signer rows will not print as written (a row
    skipped, an address incomplete): --quiet must never make a dropped signer silent."""
    found = [w for w in warnings if w.field.startswith(_SIGNER_FIELDS)]
    if not found:
        return
    n = len(found)
    yield Line(f"{count(n, 'warning')} about the signer list {found[0].file} "
               "(rows skipped, or addresses or columns that will not print as written); run "
               f"`packbuilder check {content_dir} --signers {found[0].file}` for the list",
               err=True)  # fmt: skip


def content_errors(problems: Sequence[Problem], summarise: Path | None) -> Iterator[Line]:
    """The errors first, then the warnings (in full, or as one line pointing to `check` when
    `summarise` names the campaign folder), and that nothing was written."""
    errors = [p for p in problems if p.severity == "error"]
    warnings = [p for p in problems if p.severity != "error"]
    for problem in errors if summarise else [*errors, *warnings]:
        yield Line(str(problem), err=True)
    n, w = len(errors), len(warnings)
    listed = [p.file for p in warnings if p.field.startswith(_SIGNER_FIELDS)]
    # The signer list's warnings are check's only when it reads the same list.
    signers = f" --signers {listed[0]}" if listed else ""
    hidden = f"{count(w, 'warning')} not shown: `packbuilder check {summarise}{signers}`"
    also = f" ({hidden} lists them)" if summarise and w else ""
    yield Line(f"{count(n, 'error')}{also}; nothing was written.", err=True)


def internal_error(exc: Exception) -> Line:
    """An unexpected exception, said to be a bug, with the way to see its traceback."""
    return Line(
        f"internal error: {type(exc).__name__}: {exc} (this is a bug in packbuilder; "
        "run again with --debug for details)",
        err=True,
    )


def _letters_line(per_post: tuple[tuple[str, int], ...]) -> str:
    """'Letters: 10 (2 to each of 5 posts)', or each post's count when they differ."""
    total = sum(n for _, n in per_post)
    counts = {n for _, n in per_post}
    if len(counts) == 1:
        each = counts.pop()
        return f"Letters: {total} ({each} to each of {count(len(per_post), 'post')})"
    return f"Letters: {total} (" + "; ".join(f"{post}: {n}" for post, n in per_post) + ")"


def _to_confirm(warnings: list[Problem]) -> str:
    """'3 addresses and 4 fax numbers need confirming', from the warnings' field paths."""
    kinds = {"address": 0, "fax number": 0, "e-mail address": 0}
    seen: set[tuple[str, str]] = set()
    for w in warnings:
        kind = (
            "fax number"
            if ".fax" in w.field
            else "e-mail address"
            if ".email" in w.field
            else "address"
        )
        # One count per post and kind: a fax number both old and disputed is one to confirm.
        post = w.field.split(".", 1)[0]
        if (post, kind) not in seen:
            seen.add((post, kind))
            kinds[kind] += 1
    plural = {
        "address": "addresses",
        "fax number": "fax numbers",
        "e-mail address": "e-mail addresses",
    }
    named = [f"{n} {kind if n == 1 else plural[kind]}" for kind, n in kinds.items() if n]
    text = named[0] if len(named) == 1 else ", ".join(named[:-1]) + " and " + named[-1]
    return f"{text} {'needs' if len(warnings) == 1 else 'need'} confirming"


def window_line(fit: m.WindowFit) -> str:
    """One post's window clearance, in inches and millimetres, for `check`."""
    from packbuilder.layout.envelopes import CLEARANCE_MIN

    def both(points: float) -> str:
        return f"{points / 72:.2f} in ({points / 72 * 25.4:.1f} mm)"

    def other(name: str, clearance: float) -> str:
        # The other envelopes the folded sheet also goes in are a choice, not an error; one
        # the address can slide out of must say so in words, not only as a minus sign.
        if clearance >= CLEARANCE_MIN:
            return f"; {name}: {both(clearance)}"
        return f"; not a {name}: the address can slide out of its window ({both(clearance)})"

    across, down = fit.at
    also = "".join(other(name, c) for name, c in fit.others)
    return (
        f"window: {fit.post}: {fit.lines} lines clear the {fit.envelope} window by "
        f"{both(fit.clearance)} where the letter rests worst ({both(across)} across, "
        f"{both(down)} down){also}"
    )


def _fax_notes(notices: tuple[str, ...], unverified: bool, content_dir: Path) -> Iterator[Line]:
    """`build`'s one line for the fax-cover notes (`check` prints each in full), like the one
    line for addresses to confirm."""
    if not notices:
        return
    n = len(notices)
    covers = count(n, "fax cover")
    if unverified:
        what = f"{covers} printed with --fax-unverified: confirm the numbers before faxing"
    else:
        what = (
            f"{covers} left out: numbers not confirmed recently, or sources disagree "
            "(--fax-unverified prints them)"
        )
    yield Line(f"Note: {what}; run `packbuilder check {content_dir}` for the list")


class Progress:
    """The stage of a long build on one terminal line, rewritten as it changes (through
    `write`, which adds no line end); shown only for a big pack or once the build has taken
    a second, so short builds stay quiet."""

    def __init__(self, started: float, write: Callable[[str], None]) -> None:
        self.started = started
        self.write = write
        self.shown = False

    def __call__(self, stage: str, letters: int) -> None:
        if letters >= 200 or time.monotonic() - self.started > 1:
            many = f" ({count(letters, 'letter')})" if letters else ""
            self.write(f"\r\033[K{stage}{many}…")
            self.shown = True

    def clear(self) -> None:
        if self.shown:
            self.write("\r\033[K")


def no_progress(stage: str, letters: int) -> None:
    """No progress shown (stderr is not a terminal, or --quiet)."""
