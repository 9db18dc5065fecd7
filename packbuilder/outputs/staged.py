"""An output's files written whole: made in a hidden folder beside their destination, swapped
in together with the pack (or not at all), replacing exactly the files the output's last run
made."""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
import tempfile
from pathlib import Path

from packbuilder.bounded import read_bounded
from packbuilder.errors import OutputError, UnreadableFile
from packbuilder.outputs.output import BuildContext, Output
from packbuilder.staging import Swap, remove_stale, staging_prefix

#: The record, in an output's folder, of the files the last run made there (one a line: its
#: name, a tab and the SHA-256 of what was written), so the next run replaces exactly those,
#: whatever their names (Hangul, Chinese...), and nothing else: a file whose bytes are not
#: what was written, or a name that leads anywhere but a file in the folder, is left alone.
RECORD = ".packbuilder-files"
_RECORD_BYTES = 1024 * 1024


class Staged:
    """An output's files written into a hidden folder beside its destination as they are
    made; `swap_in` moves them into place (`begin` and `end` around the pack's own move, or
    `undo`), `discard` removes what was not moved."""

    def __init__(self, output: Output) -> None:
        self.output = output
        folder = output.folder
        remove_stale(folder.parent)
        remove_stale(folder)
        self.digests: dict[str, str] = {}
        self._swap: Swap | None = None
        try:
            folder.parent.mkdir(parents=True, exist_ok=True)
            self.path = Path(tempfile.mkdtemp(prefix=staging_prefix("files"), dir=folder.parent))
        except OSError as exc:
            raise OutputError(f"cannot write {folder}: {exc.strerror or exc}") from None

    def write(self, context: BuildContext) -> None:
        for name, data in self.output.files(context):
            if name != os.path.basename(name) or name.startswith(".") or name in self.digests:
                raise OutputError(f"cannot write {self.output.folder}: a file named {name!r}")
            try:
                (self.path / name).write_bytes(data)
                # A file it replaces keeps its permissions (letters an organiser made private).
                if _plain_file(self.output.folder, name):
                    earlier = os.lstat(self.output.folder / name).st_mode
                    os.chmod(self.path / name, stat.S_IMODE(earlier))
            except OSError as exc:
                folder = self.output.folder
                raise OutputError(f"cannot write {folder}: {exc.strerror or exc}") from None
            self.digests[name] = hashlib.sha256(data).hexdigest()

    def ready(self) -> None:
        """Make sure the files can be moved in (before the pack itself replaces an older
        one): OutputError if the folder cannot be written."""
        folder = self.output.folder
        try:
            folder.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=folder, prefix=staging_prefix("part")):
                pass
        except OSError as exc:
            raise OutputError(f"cannot write {folder}: {exc.strerror or exc}") from None

    def begin(self, pack: tuple[str, int, int] | None = None) -> None:
        """Move the earlier run's files aside and the new ones in, under a journal naming the
        pack (path, device, inode) they go with: finished by `end`, or by the next run if the
        pack went in; else undone."""
        folder = self.output.folder
        try:
            folder.mkdir(parents=True, exist_ok=True)
            record = "".join(f"{name}\t{digest}\n" for name, digest in sorted(self.digests.items()))
            self._swap = Swap(folder, self.path, self._earlier(), (RECORD, record), pack)
        except OSError as exc:
            raise OutputError(f"cannot write {folder}: {exc.strerror or exc}") from None

    def end(self) -> list[Path]:
        """The swap is done: the earlier run's files go. The files now in place."""
        assert self._swap is not None
        self._swap.end()
        self._swap = None
        return [self.output.folder / name for name in sorted(self.digests)]

    def undo(self) -> None:
        """Put the earlier run's files back (the pack did not go in)."""
        if self._swap is not None:
            self._swap.undo()
            self._swap = None

    def swap_in(self) -> list[Path]:
        """Replace the files of an earlier run with the new ones; other files stay."""
        try:
            self.begin()
        except BaseException:
            self.undo()
            raise
        return self.end()

    def _earlier(self) -> list[str]:
        """The names of the files the last run made here, as its record says (and as they
        still are), and those of runs before records were kept."""
        folder = self.output.folder
        names = {p.name for p in self.output.earlier() if _plain_file(folder, p.name)}
        try:
            lines = read_bounded(folder / RECORD, _RECORD_BYTES).decode("utf-8").splitlines()
        except (UnreadableFile, UnicodeDecodeError):
            lines = []
        for line in lines:
            name, _, digest = line.partition("\t")
            if digest and _plain_file(folder, name) and _digest(folder / name) == digest:
                names.add(name)
        return sorted(names)

    def discard(self) -> None:
        self.undo()
        shutil.rmtree(self.path, ignore_errors=True)


def _plain_file(folder: Path, name: str) -> bool:
    """`name` is a file of its own in `folder`: no path, no link, not hidden."""
    if not name or name != os.path.basename(name) or name.startswith("."):
        return False
    try:
        return stat.S_ISREG(os.lstat(folder / name).st_mode)
    except OSError:
        return False


def _digest(path: Path) -> str:
    sha = hashlib.sha256()
    try:
        with open(path, "rb") as handle:
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                sha.update(chunk)
    except OSError:
        return ""
    return sha.hexdigest()
