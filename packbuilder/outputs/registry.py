"""Files made beside the pack: the registry of outputs other than the one PDF.

An output makes its files from the build (`output.BuildContext`: the checked content, the
pack as printed, and the stages to make another edition and write any document as a PDF),
one at a time: (file name, bytes). `build` writes them into a hidden folder beside their
destination while the pack is made and moves them in only once the pack itself is written,
replacing the files an earlier run of the same output made there, and no others
(`staged.Staged`). Today there is one: a PDF per letter (`--split`, split.py). Label files
for a label printer or e-mail drafts to partner groups come the same way: a module with a
class that has `folder`, `what`, `files(context)` and `earlier()`, and one entry below.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from packbuilder.outputs.output import Output
from packbuilder.outputs.split import SplitLetters

if TYPE_CHECKING:
    from packbuilder.options import BuildOptions

#: Every kind of output, in the order a build makes them: each gives its output when the
#: build's options ask for it (None otherwise).
OUTPUTS: tuple[Callable[[BuildOptions], Output | None], ...] = (SplitLetters.asked,)


def asked_for(options: BuildOptions) -> list[Output]:
    """The outputs these options ask for, in registry order."""
    return [output for ask in OUTPUTS if (output := ask(options)) is not None]
