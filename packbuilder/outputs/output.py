"""What an output beside the pack is (`Output`) and what it is made from (`BuildContext`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from packbuilder import model as m

if TYPE_CHECKING:
    from packbuilder.content.schema import Content
    from packbuilder.options import BuildOptions
    from packbuilder.pdf.file import WrittenPdf


@dataclass(frozen=True)
class BuildContext:
    """Everything an output is made from: the checked content and signers, the pack as it is
    printed, and the pipeline's own stages to make another edition of it and write any
    document as a PDF. An output needs nothing else from the pipeline."""

    content: Content
    signers: tuple[m.Signer, ...]
    #: The pack as this build prints it.
    document: m.Document
    options: BuildOptions
    #: The date stamped in every PDF of the build.
    when: dt.datetime
    #: `edition(**changes)`: another edition of the pack, assembled from the same content
    #: with the build's options changed (BuildOptions fields: `edition(email=True)`); an
    #: e-mail edition carries no signers.
    edition: Callable[..., m.Document]
    #: Lay out and write a document as a PDF in memory, stamped `when`.
    render: Callable[[m.Document], WrittenPdf]


class Output(Protocol):
    """Files to make beside the pack."""

    @property
    def folder(self) -> Path:
        """Where the files go."""
        ...

    @property
    def what(self) -> str:
        """What the files are, in the build's summary: 'Wrote 5 letters to letters/'."""
        ...

    def files(self, context: BuildContext) -> Iterable[tuple[str, bytes]]:
        """The files (name, bytes), made one at a time from the build."""
        ...

    def earlier(self) -> Iterable[Path]:
        """Files an earlier run of this output made in `folder` before runs were recorded
        (replaced by this run, with those named in the folder's record of the last run)."""
        ...


@dataclass(frozen=True)
class Written:
    """The files one output wrote, for the build's summary."""

    what: str
    folder: Path
    files: tuple[Path, ...]
