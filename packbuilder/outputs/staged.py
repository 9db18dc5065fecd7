"""An output's files written whole: made in a hidden folder beside their destination, moved in
only once the pack itself is written, replacing exactly the files the output's last run made."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from packbuilder.errors import OutputError
from packbuilder.outputs.output import BuildContext, Output

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

    def write(self, context: BuildContext) -> None:
        for name, data in self.output.files(context):
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
