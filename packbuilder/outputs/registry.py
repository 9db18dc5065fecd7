"""Files made beside the pack: the seam for outputs other than the one PDF.

An output makes its files from the checked, laid-out pack, one at a time: (file name, bytes).
`build` writes them into a hidden folder beside their destination while the pack is made and
moves them in only once the pack itself is written, replacing the files an earlier run of the
same output made there (and no others). Today there is one: a PDF per letter (`--split`). Label
files for a label printer or e-mail drafts with the right attachment for partner groups come
the same way: a class with `folder`, `files()` and `earlier()`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Protocol

from packbuilder import model as m
from packbuilder.errors import OutputError
from packbuilder.language.scripts import slug


class Output(Protocol):
    """Files to make beside the pack."""

    @property
    def folder(self) -> Path:
        """Where the files go."""
        ...

    def files(self, document: m.Document, when: dt.datetime) -> Iterable[tuple[str, bytes]]:
        """The files, made one at a time from the pack's document."""
        ...

    def earlier(self) -> Iterable[Path]:
        """Files an earlier run of this output made in `folder` before runs were recorded
        (replaced by this run, with those named in the folder's record of the last run)."""
        ...


@dataclasses.dataclass(frozen=True)
class SplitLetters:
    """One small PDF per letter (`--split`), named after its post and signer (in any script;
    the language's word for "letter" when the name has no letter or digit). Each is laid out
    and finished like a pack of one letter, so it is tagged like the pack."""

    folder: Path

    def files(self, document: m.Document, when: dt.datetime) -> Iterator[tuple[str, bytes]]:
        from packbuilder.layout.pages import layout
        from packbuilder.pdf.file import PdfFile, write_pdf

        used: set[str] = set()
        single = dataclasses.replace(document.setup, duplex=False)
        for part in document.parts:
            if not isinstance(part, m.Letters):
                continue
            for letter in part.letters:
                meta = dataclasses.replace(
                    document.meta, title=f"{document.meta.title}: {letter.bookmark}"
                )
                one = dataclasses.replace(
                    document, meta=meta, cover=None, setup=single, attachments=(),
                    parts=(m.Letters(part.title, (letter,)),),
                )  # fmt: skip
                pdf = PdfFile(bleed_mm=one.setup.bleed_mm)
                written = write_pdf(pdf, layout(one, pdf), one.meta, one.setup, when)
                title = f"{letter.bookmark} {letter.group or ''}".strip()
                yield _file_name(title, used, document.words.letter_file), written.data

    def earlier(self) -> Iterable[Path]:
        return self.folder.glob("letter-to-*.pdf")


def _file_name(title: str, used: set[str], fallback: str) -> str:
    stem = slug(title, fallback, limit=80)
    name, n = f"{stem}.pdf", 2
    while name in used:
        name, n = f"{stem}-{n}.pdf", n + 1
    used.add(name)
    return name


#: The record, in an output's folder, of the files the last run made there (one name a line),
#: so the next run replaces exactly those, whatever their names (Hangul, Chinese...).
RECORD = ".packbuilder-files"


class Staged:
    """An output's files written into a hidden folder beside its destination as they are
    made; `swap_in` moves them into place, `discard` removes what was not moved."""

    def __init__(self, output: Output) -> None:
        self.output = output
        folder = output.folder
        try:
            folder.parent.mkdir(parents=True, exist_ok=True)
            self.path = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", dir=folder.parent))
        except OSError as exc:
            raise OutputError(f"cannot write {folder}: {exc.strerror or exc}") from None

    def write(self, document: m.Document, when: dt.datetime) -> None:
        for name, data in self.output.files(document, when):
            try:
                (self.path / name).write_bytes(data)
            except OSError as exc:
                folder = self.output.folder
                raise OutputError(f"cannot write {folder}: {exc.strerror or exc}") from None

    def ready(self) -> None:
        """Make sure the files can be moved in (before the pack itself replaces an older
        one): OutputError if the folder cannot be written."""
        folder = self.output.folder
        try:
            folder.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=folder, prefix=".packbuilder-"):
                pass
        except OSError as exc:
            raise OutputError(f"cannot write {folder}: {exc.strerror or exc}") from None

    def swap_in(self) -> list[Path]:
        """Replace the files of an earlier run with the new ones; other files stay."""
        folder = self.output.folder
        record = folder / RECORD
        try:
            folder.mkdir(parents=True, exist_ok=True)
            named = record.read_text("utf-8").splitlines() if record.exists() else []
            old = {*self.output.earlier(), *(folder / n for n in named if n and "/" not in n)}
            for path in old:
                path.unlink(missing_ok=True)
            written = []
            for new in sorted(self.path.iterdir()):
                target = folder / new.name
                os.replace(new, target)
                written.append(target)
            record.write_text("".join(f"{p.name}\n" for p in written), "utf-8")
            return written
        except OSError as exc:
            raise OutputError(f"cannot write {folder}: {exc.strerror or exc}") from None

    def discard(self) -> None:
        shutil.rmtree(self.path, ignore_errors=True)
