"""Files written whole or not at all, and nothing of ours left behind by a killed build.

The pack is written into a file with no name (Linux `O_TMPFILE`) that is named only once it
is complete; where the system has no such file, into a hidden file only its owner can read
(0600). Files made beside the pack (`--split`'s letters) are swapped in under a journal, so
that they and the pack change together or not at all. Every staging file and folder is named
after its host and process (`.packbuilder-<host>-<pid>-...`): the next run in the same folder
removes those whose process has exited, finishing or undoing an interrupted swap, and never
touches a concurrent build's.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import re
import secrets
import shutil
import signal
import socket
import stat
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from packbuilder.errors import OutputError

_PREFIX = ".packbuilder-"
#: A staging name: host, process, what it is (a file being written, files being made, files
#: set aside by a swap) and a random part.
_STAGING = re.compile(r"\.packbuilder-([0-9a-f]{8})-(\d+)-(part|files|old)-[0-9a-z_]+(?:\.part)?")
#: What a swap writes first in its folder of set-aside files (no output file starts with '.').
_JOURNAL = ".journal"


@functools.cache
def _host() -> str:
    """This machine, as staging names say it: a process number means nothing on another."""
    return hashlib.sha256(socket.gethostname().encode()).hexdigest()[:8]


def staging_prefix(kind: str) -> str:
    """The start of a staging name of this process: kind is part, files or old."""
    return f"{_PREFIX}{_host()}-{os.getpid()}-{kind}-"


def beside(content_dir: Path, name: str) -> Path:
    """Where an output goes by default: beside the campaign folder, named after the campaign,
    so it never mixes with the campaign's own files nor with build tools' folders (`build/`)."""
    parent = content_dir.parent if content_dir.name else content_dir.resolve().parent
    return parent / name


def real_path(path: Path) -> Path:
    """Where `path` leads, links followed as far as they go: never an error, even for a loop
    of links (Path.resolve raises one before Python 3.13), which then stands for itself."""
    return Path(os.path.realpath(path))


# --- what a killed run left -------------------------------------------------------------------


def _exited(pid: int) -> bool:
    """Whether process `pid` of this machine has exited (a process of another user has not)."""
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except (PermissionError, OverflowError):
        return False
    return False


def remove_stale(folder: Path) -> None:
    """Remove what runs that have exited left in `folder`: files being written, files being
    made, and swaps they did not finish (finished when their pack was written, else undone)."""
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        found = _STAGING.fullmatch(entry.name)
        if found is None or found[1] != _host() or not _exited(int(found[2])):
            continue
        with contextlib.suppress(OSError):
            if entry.stat(follow_symlinks=False).st_uid != getattr(os, "getuid", lambda: -1)():
                continue  # not ours to remove
            if found[3] == "old":
                _recover(Path(entry.path))
            elif entry.is_dir(follow_symlinks=False):
                shutil.rmtree(entry.path)
            else:
                os.unlink(entry.path)


# --- the pack's file ---------------------------------------------------------------------------


def _mode_for(target: Path) -> int:
    """The permissions the file at `target` will have: those of the file it replaces, or those
    any new file gets."""
    try:
        return stat.S_IMODE(os.stat(target).st_mode) & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


class StagedFile:
    """A file in `folder` with no name while it is written (Linux O_TMPFILE; elsewhere a
    hidden file only its owner can read), named by `finish` and renamed into place by `keep`;
    `discard` removes whatever was not kept. What a build writes its PDF into as it goes."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.handle: Any = None
        #: Its hidden name, once it has one.
        self.path: Path | None = None
        self._done = False

    def write(self, data: bytes) -> int:
        if self.handle is None:
            self._open()
        try:
            return int(self.handle.write(data))
        except OSError as exc:  # a full disk: say so; the part written is removed (discard)
            raise OutputError(f"cannot write to {self.folder}: {exc.strerror or exc}") from None

    def _open(self) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            fd = _unnamed(self.folder)
            if fd is None:
                fd, name = tempfile.mkstemp(
                    prefix=staging_prefix("part"), suffix=".part", dir=self.folder
                )  # private to its owner (0600) until it is complete
                self.path = Path(name)
        except OSError as exc:
            raise OutputError(f"cannot write to {self.folder}: {exc.strerror or exc}") from None
        self.handle = os.fdopen(fd, "w+b", buffering=1 << 16)

    def finish(self, target: Path) -> tuple[int, int]:
        """Complete the file for `target`: written out to the disk, given the permissions the
        file it replaces had, and named (hidden, beside it); its (device, inode)."""
        if self.handle is None:
            self._open()
        try:
            if not self._done:
                self.handle.flush()
                fd = self.handle.fileno()
                os.fchmod(fd, _mode_for(target))
                os.fsync(fd)
                if self.path is None:
                    self.path = self._name(fd)
                self._done = True
            found = os.fstat(self.handle.fileno())
        except OSError as exc:
            raise OutputError(f"cannot write {target}: {exc.strerror or exc}") from None
        return found.st_dev, found.st_ino

    def _name(self, fd: int) -> Path:
        """A name for the complete unnamed file: linked through /proc (linkat, as any user may);
        without /proc, a copy."""
        name = self.folder / f"{staging_prefix('part')}{secrets.token_hex(6)}.part"
        try:
            os.link(f"/proc/self/fd/{fd}", name, follow_symlinks=True)
            return name
        except OSError:
            pass
        copy, copied = tempfile.mkstemp(
            prefix=staging_prefix("part"), suffix=".part", dir=self.folder
        )
        with os.fdopen(copy, "wb") as out:
            self.handle.seek(0)
            shutil.copyfileobj(self.handle, out)
            out.flush()
            os.fchmod(out.fileno(), os.fstat(fd).st_mode & 0o777)
            os.fsync(out.fileno())
        self.handle.close()
        self.handle = open(copied, "rb")  # noqa: SIM115 (closed by keep or discard)
        return Path(copied)

    def keep(self, path: Path) -> None:
        """Make the file `path` (replacing any file there)."""
        self.finish(path)
        assert self.path is not None
        try:
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


def _unnamed(folder: Path) -> int | None:
    """A new file in `folder` with no name, readable by its owner only; None where the system
    or the file system has none (then a hidden 0600 file is used)."""
    flag = getattr(os, "O_TMPFILE", 0)
    if not flag:
        return None
    try:
        return os.open(folder, flag | os.O_RDWR | getattr(os, "O_CLOEXEC", 0), 0o600)
    except OSError:
        return None


def write_atomic(path: Path, data: bytes) -> None:
    """Write a file with no name beside `path`, then name it: the old file survives any failure."""
    staged = StagedFile(path.parent)
    try:
        staged.write(data)
        staged.keep(path)
    finally:
        staged.discard()


@contextlib.contextmanager
def uninterrupted() -> Iterator[None]:
    """Hold Ctrl-C, SIGTERM and SIGHUP until the block is done (they arrive after it): the few
    renames that put a pack and its letters in place are never cut in two by them. A SIGKILL
    cannot be held; the journal of `Swap` covers it."""
    held = {signal.SIGINT, signal.SIGTERM, getattr(signal, "SIGHUP", signal.SIGTERM)}
    if not hasattr(signal, "pthread_sigmask") or threading.current_thread() is not (
        threading.main_thread()
    ):
        yield
        return
    before = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, before)


# --- files swapped in together with the pack ---------------------------------------------------


class Swap:
    """New files moved from `staged` into `folder`, replacing `old` ones, under a journal: the
    old ones are set aside in a hidden folder (whose journal is written first), the new ones
    moved in; `end` then drops the old ones, `undo` puts everything back. A run killed in
    between leaves the hidden folder: the next run finishes the swap if `pack` (path, device,
    inode) is the file it went with, and undoes it otherwise (`remove_stale`)."""

    def __init__(
        self,
        folder: Path,
        staged: Path,
        old: list[str],
        record: tuple[str, str],
        pack: tuple[str, int, int] | None,
    ) -> None:
        self.folder = folder
        self.aside = Path(tempfile.mkdtemp(prefix=staging_prefix("old"), dir=folder))
        new = sorted(p.name for p in staged.iterdir())
        name, text = record
        before = folder / name
        journal: dict[str, Any] = {
            "pack": pack,
            "new": {n: os.lstat(staged / n).st_ino for n in new},
            "old": [n for n in old if os.path.lexists(folder / n)],
            "record": [name, before.read_text("utf-8") if before.is_file() else None],
        }
        _write_synced(self.aside / _JOURNAL, json.dumps(journal).encode("utf-8"))
        self.journal = journal
        for n in journal["old"]:
            os.replace(folder / n, self.aside / n)
        for n in new:
            os.replace(staged / n, folder / n)
        _write_synced(before, text.encode("utf-8"))

    def end(self) -> None:
        """The swap is done: the old files go."""
        shutil.rmtree(self.aside, ignore_errors=True)

    def undo(self) -> None:
        """Put the old files back and take the new ones out."""
        _undo(self.folder, self.aside, self.journal)


def _write_synced(path: Path, data: bytes) -> None:
    with open(path, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def _undo(folder: Path, aside: Path, journal: dict[str, Any]) -> None:
    for name, inode in journal["new"].items():
        with contextlib.suppress(OSError):
            if os.lstat(folder / name).st_ino == inode:
                os.unlink(folder / name)
    for name in journal["old"]:
        with contextlib.suppress(OSError):
            os.replace(aside / name, folder / name)
    name, text = journal["record"]
    with contextlib.suppress(OSError):
        if text is None:
            (folder / name).unlink(missing_ok=True)
        else:
            _write_synced(folder / name, text.encode("utf-8"))
    shutil.rmtree(aside, ignore_errors=True)


def _recover(aside: Path) -> None:
    """Finish or undo the swap a killed run left in `aside`."""
    try:
        journal = json.loads((aside / _JOURNAL).read_text("utf-8"))
    except (OSError, ValueError):
        # Killed while writing its journal, before anything was moved.
        shutil.rmtree(aside, ignore_errors=True)
        return
    pack = journal.get("pack")
    if pack is not None:
        with contextlib.suppress(OSError):
            found = os.stat(pack[0])
            if (found.st_dev, found.st_ino) == (pack[1], pack[2]):
                shutil.rmtree(aside, ignore_errors=True)  # the pack went in: so did the files
                return
    _undo(aside.parent, aside, journal)
