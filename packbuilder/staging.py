"""Files written whole or not at all: a hidden file beside the target, renamed into place."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import Any

from packbuilder.errors import OutputError


def beside(content_dir: Path, name: str) -> Path:
    """Where an output goes by default: beside the campaign folder, named after the campaign,
    so it never mixes with the campaign's own files nor with build tools' folders (`build/`)."""
    parent = content_dir.parent if content_dir.name else content_dir.resolve().parent
    return parent / name


class StagedFile:
    """A hidden file in `folder`, made on the first write and renamed into place by `keep`;
    `discard` removes it if it was not kept. What a build writes its PDF into as it goes."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.handle: Any = None
        self.path: Path | None = None

    def write(self, data: bytes) -> int:
        if self.handle is None:
            self._open()
        assert self.handle is not None
        try:
            return int(self.handle.write(data))
        except OSError as exc:  # a full disk: say so; the part written is removed (discard)
            raise OutputError(f"cannot write to {self.folder}: {exc.strerror or exc}") from None

    def _open(self) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".packbuilder-", suffix=".part", dir=self.folder)
        except OSError as exc:
            raise OutputError(f"cannot write to {self.folder}: {exc.strerror or exc}") from None
        self.path = Path(tmp)
        # mkstemp makes the file private (0600); give it the permissions any new file gets.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        self.handle = os.fdopen(fd, "wb", buffering=1 << 16)

    def keep(self, path: Path) -> None:
        """Make the file `path` (replacing any file there)."""
        if self.handle is None:
            self._open()
        assert self.handle is not None and self.path is not None
        try:
            self.handle.flush()
            os.fsync(self.handle.fileno())
            self.handle.close()
            os.replace(self.path, path)
        except OSError as exc:
            raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from None
        self.handle = self.path = None

    def discard(self) -> None:
        """Remove the file unless it was kept (even when its last bytes cannot be written)."""
        if self.handle is not None:
            with contextlib.suppress(OSError):
                self.handle.close()
        if self.path is not None:
            self.path.unlink(missing_ok=True)
        self.handle = self.path = None


def write_atomic(path: Path, data: bytes) -> None:
    """Write to a hidden file beside `path`, then rename: the old file survives any failure."""
    staged = StagedFile(path.parent)
    try:
        staged.write(data)
        staged.keep(path)
    finally:
        staged.discard()
