"""Running a command's action: the pipeline imported once, errors turned into exit codes."""

from __future__ import annotations

import gc
import importlib
import signal
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

import click

from packbuilder.cli import report
from packbuilder.errors import ContentError, PackError, shown

T = TypeVar("T")


def load_pipeline() -> None:
    """Import the pipeline (ReportLab, PyYAML, the content schema) with the cyclic garbage
    collector paused the first time in a process, then set what was imported aside from its
    later passes (gc.freeze): tens of thousands of long-lived objects, none of them garbage,
    that it would otherwise walk again and again while the pack is laid out."""
    if "packbuilder.pipeline" in sys.modules or not gc.isenabled():
        importlib.import_module("packbuilder.pipeline")
        return
    gc.disable()
    try:
        importlib.import_module("packbuilder.pipeline")
    finally:
        gc.freeze()
        gc.enable()


def say(lines: Iterable[report.Line]) -> None:
    """Print the report's lines, each on stdout or stderr as it says: one line each, of bounded
    length, what content or a signer list put in them escaped (never a terminal code)."""
    for line in lines:
        click.echo(shown(line.text), err=line.err)


def rewrite_line(text: str) -> None:
    """Write on the terminal's current line of stderr (the progress line): no line end."""
    click.echo(text, err=True, nl=False)


def _stop(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)


def run(action: Callable[[], T], debug: bool, summarise: Path | None = None) -> T:
    """Run a command's action; on content problems print the errors first, then the warnings
    (in full, or as one line pointing to `check` when `summarise` names the campaign folder),
    and exit 1."""
    # A terminal closed or a kill mid-build ends like Ctrl-C: through the cleanup that removes
    # the half-written file beside the output (it holds signers' names and addresses).
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), _stop)
    try:
        return action()
    except ContentError as exc:
        say(report.content_errors(exc.problems, summarise))
        sys.exit(1)
    except PackError as exc:
        click.echo(shown(f"error: {exc}"), err=True)
        sys.exit(1)
    except Exception as exc:
        if debug:
            raise
        say([report.internal_error(exc)])
        sys.exit(1)
