"""Run the stages in order: load -> validate -> assemble -> layout -> finish -> write."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .assemble import assemble
from .errors import OutputError, Problem
from .finish import finish
from .layout import layout
from .loader import load
from .schema import Content, validate


@dataclass(frozen=True)
class BuildOptions:
    """What the user asked for on the command line."""

    content_dir: Path = Path("content")
    output: Path | None = None
    strict: bool = False


@dataclass(frozen=True)
class BuildResult:
    """What a build produced, for the CLI to report."""

    output: Path
    pages: int
    size: int
    warnings: tuple[Problem, ...]


def check_content(content_dir: Path, strict: bool = False) -> Content:
    """Load and validate the content folder; raise ContentError with every problem."""
    return validate(load(content_dir), strict=strict)


def render_pack(content: Content) -> tuple[bytes, int]:
    """Build the PDF in memory from validated content: (bytes, page count)."""
    document = assemble(content)
    body = layout(document)
    return finish(body, document.meta, build_time(content)), body.page_count


def build_pack(options: BuildOptions) -> BuildResult:
    """Build the pack and write it atomically; nothing is written if any stage fails."""
    content = check_content(options.content_dir, options.strict)
    pdf, pages = render_pack(content)
    output = options.output or Path("build") / f"{content.campaign.file_slug}.pdf"
    write_atomic(output, pdf)
    return BuildResult(output, pages, len(pdf), content.warnings)


def build_time(content: Content) -> dt.datetime:
    """The date stamped in the PDF: SOURCE_DATE_EPOCH if set, else the campaign date, never now."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC)
    d = content.campaign.date
    return dt.datetime(d.year, d.month, d.day, tzinfo=dt.UTC)


def write_atomic(path: Path, data: bytes) -> None:
    """Write to a temporary file beside `path`, then rename: the old file survives any failure."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException as exc:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from None
        raise
