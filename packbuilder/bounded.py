"""Read an input file whole, within a size bound counted on the bytes read: regular files only."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from packbuilder.errors import UnreadableFile

#: Bytes read at a time: one read for every content file, a few for a signer list.
_CHUNK = 1 << 20


def read_bounded(path: Path, limit: int) -> bytes:
    """The bytes of the regular file at `path`; UnreadableFile for a larger one, a folder, a
    device (`/dev/zero` reads for ever and reports a size of 0) or a FIFO (blocks for ever).

    The size is checked on what is actually read, not on what the file system says: a file
    that grows while it is read is refused at `limit + 1` bytes all the same.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        # O_NONBLOCK: opening a FIFO with no writer returns at once instead of waiting.
        fd = os.open(path, flags | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise UnreadableFile("file not found", missing=True) from None
    except OSError as exc:
        raise UnreadableFile(f"cannot be read ({exc.strerror or exc})") from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise UnreadableFile("not a regular file (a folder, a device or a pipe)")
        chunks: list[bytes] = []
        size = 0
        while size <= limit:
            chunk = os.read(fd, min(_CHUNK, limit + 1 - size))
            if not chunk:
                return b"".join(chunks)
            chunks.append(chunk)
            size += len(chunk)
        raise UnreadableFile(f"file is larger than {_megabytes(limit)}")
    except OSError as exc:
        raise UnreadableFile(f"cannot be read ({exc.strerror or exc})") from None
    finally:
        os.close(fd)


def _megabytes(limit: int) -> str:
    return f"{limit / (1024 * 1024):g} MB"
