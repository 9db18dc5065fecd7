"""--split: one small PDF per letter, for people who fax or e-mail letters one by one."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from packbuilder import model as m
from packbuilder.language.scripts import slug
from packbuilder.outputs.output import BuildContext

if TYPE_CHECKING:
    from packbuilder.options import BuildOptions


@dataclasses.dataclass(frozen=True)
class SplitLetters:
    """One small PDF per letter (`--split`), named after its post and signer (in any script;
    the language's word for "letter" when the name has no letter or digit). Each is laid out
    and finished like a pack of one letter, so it is tagged like the pack."""

    folder: Path
    what: str = "letters"

    @classmethod
    def asked(cls, options: BuildOptions) -> SplitLetters | None:
        """--split FOLDER asks for them."""
        return cls(options.split_dir) if options.split_dir else None

    def files(self, context: BuildContext) -> Iterator[tuple[str, bytes]]:
        document = context.document
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
                title = f"{letter.bookmark} {letter.group or ''}".strip()
                yield _file_name(title, used, document.words.letter_file), context.render(one).data

    def earlier(self) -> Iterable[Path]:
        return self.folder.glob("letter-to-*.pdf")


def _file_name(title: str, used: set[str], fallback: str) -> str:
    stem = slug(title, fallback, limit=80)
    name, n = f"{stem}.pdf", 2
    while name in used:
        name, n = f"{stem}-{n}.pdf", n + 1
    used.add(name)
    return name
