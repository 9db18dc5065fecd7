"""A spreadsheet's text from its bytes: the encoding its program wrote, never a guess that could
print mojibake (text garbled by an earlier wrong decoding: garbled.py)."""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from packbuilder.bounded import read_bounded
from packbuilder.errors import UnreadableFile
from packbuilder.signers import codepages, likelier
from packbuilder.signers.report import Reading, Report
from packbuilder.signers.table import position, without_invisible

# A signer list is a few thousand rows; anything this large is the wrong file.
MAX_FILE_BYTES = 20 * 1024 * 1024
ENCODING_MESSAGE = (
    "cannot tell the file's text encoding for sure; open it in your spreadsheet and save it as "
    '"CSV UTF-8 (Comma delimited)" (Excel) or "Text CSV" with character set "Unicode (UTF-8)" '
    "(LibreOffice), or name the encoding with --signers-encoding"
)

#: How each encoding is named in the column report.
NAMES = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8 with BOM",
    "utf-16": "UTF-16",
    "utf-16-le": "UTF-16 (no BOM)",
    "utf-16-be": "UTF-16 (no BOM)",
    "utf-32": "UTF-32",
    **{codec: page.label for codec, page in codepages.CODE_PAGES.items()},
    **{codec: page.label for codec, page in codepages.NAMED_ONLY.items()},
}
#: Code pages that turn combining accents into the letters they make (Vietnamese Excel writes
#: "ễ" as "ê" and a tilde).
_COMPOSED = ("cp1258",)


@dataclass(frozen=True)
class Doubt:
    """Why the bytes are no one encoding's text for sure: the readings that stay equally
    likely, each with a sample word, or none at all."""

    #: (codec, a word as that codec reads it) for each reading left.
    readings: tuple[tuple[str, str], ...]
    #: Where the sample word starts in the first reading's text.
    at: int = 0

    def message(self) -> str:
        if self.readings == (("utf-8", ""),):
            return (
                "this byte is not UTF-8 text, though the rest of the file is (a cell pasted "
                "from elsewhere, or a file cut short?); retype that cell, or " + _SAVE_AS
            )
        if not self.readings:
            return ENCODING_MESSAGE
        if len(self.readings) == 1:
            (codec, sample), name = self.readings[0], NAMES.get(self.readings[0][0], "")
            return (
                f"cannot tell the file's text encoding for sure: as {name} this word reads "
                f"'{sample}'; if that is right, name it with --signers-encoding {codec}, or "
                "save the file as CSV UTF-8"
            )
        shown = ", ".join(
            f"'{sample}' as {NAMES.get(codec, codec)}" for codec, sample in self.readings
        )
        names = " or ".join(f"--signers-encoding {codec}" for codec, _ in self.readings)
        return (
            f"cannot tell the file's text encoding: this word reads {shown}; name the right "
            f"one with {names}, or save the file as CSV UTF-8"
        )


_SAVE_AS = (
    'save the list again as "CSV UTF-8 (Comma delimited)" (Excel) or "Text CSV" with '
    'character set "Unicode (UTF-8)" (LibreOffice)'
)


def read_text(path: Path, report: Report, how: Reading) -> tuple[str, str, str] | None:
    """The file's text, its encoding and what the column report says of the encoding chosen
    (decode_and_say), or None after reporting why it cannot be read."""
    try:
        data = read_bounded(path, MAX_FILE_BYTES)
    except UnreadableFile as exc:
        report.error(1, 1, "(file)", "signer list not found" if exc.missing else str(exc))
        return None
    # .xlsx/.ods are zip archives and .xls is an OLE2 file; people attach these by mistake.
    if data.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
        report.error(
            1, 1, "(file)", "this is a spreadsheet workbook, not a CSV file; save it as CSV UTF-8"
        )
        return None
    if how.encoding:
        try:
            codec = _codec(how.encoding)
            text = data.decode(codec)
            if codecs.lookup(codec).name in _COMPOSED:
                text = unicodedata.normalize("NFC", text)
            decoded: tuple[str, str, str] | Doubt = (text, how.encoding, "")
        except LookupError:
            report.error(1, 1, "(file)", f"--signers-encoding: no encoding '{how.encoding}'")
            return None
        except UnicodeDecodeError as exc:
            prefix = data[: exc.start].decode(codec, "replace")
            line, col = position(prefix, len(prefix))
            report.error(
                line, col, "(file)", f"this byte is not {how.encoding} text; {ENCODING_MESSAGE}"
            )
            return None
    else:
        decoded = decode_and_say(data, how.language, how.country)
    if isinstance(decoded, Doubt):
        line, col = (1, 1)
        if decoded.readings:
            first = data.decode(decoded.readings[0][0], "replace")
            line, col = position(first, decoded.at)
        report.error(line, col, "(file)", decoded.message())
        return None
    text, encoding, note = decoded
    nul = text.find("\x00")
    if nul >= 0:
        line, col = position(text, nul)
        report.error(
            line,
            col,
            "(file)",
            "contains a NUL character, so it is not plain CSV text (a workbook, or UTF-16 "
            "without a byte-order mark?); save it as CSV UTF-8",
        )
        return None
    if not text.strip():
        report.error(1, 1, "(file)", "file is empty; it needs a header row and a row per signer")
        return None
    return without_invisible(text), encoding, note


def _codec(name: str) -> str:
    """Python's codec for an encoding's name, or its WHATWG label ("x-mac-cyrillic", as the
    Encoding Standard and browsers name Mac Cyrillic)."""
    try:
        return codecs.lookup(name).name
    except LookupError:
        return codecs.lookup(name.removeprefix("x-")).name


def decode(
    data: bytes, language: str = "en", country: str | None = None
) -> tuple[str, str] | Doubt:
    """The text and the encoding the exporting program wrote it in, from the bytes; a Doubt
    rather than a guess that could print mojibake."""
    found = decode_and_say(data, language, country)
    return found if isinstance(found, Doubt) else found[:2]


def decode_and_say(
    data: bytes, language: str = "en", country: str | None = None
) -> tuple[str, str, str] | Doubt:
    """decode(), and what the column report says of a reading chosen over another code page's
    ("" when no other code page read the bytes as names)."""
    # UTF-32 before UTF-16: the UTF-32 LE mark begins with the UTF-16 LE one.
    for bom, codec in (
        (codecs.BOM_UTF8, "utf-8-sig"),  # Excel "CSV UTF-8", Google Sheets, Airtable
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"),  # Excel "Unicode Text", LibreOffice "Unicode"
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(codec), codec, ""
            except UnicodeDecodeError:
                return Doubt(())
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return (*utf16, "")
    try:
        return data.decode("utf-8"), "utf-8", ""
    except UnicodeDecodeError:
        pass
    return _legacy(data, language, country)


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 text without a byte-order mark: mostly-ASCII text has a NUL in every other byte."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    for zeros, codec in ((odd, "utf-16-le"), (even, "utf-16-be")):
        if zeros.count(0) > 0.6 * len(zeros) and (even if zeros is odd else odd).count(0) == 0:
            try:
                return data.decode(codec), codec
            except UnicodeDecodeError:
                return None
    return None


def _legacy(data: bytes, language: str, country: str | None) -> tuple[str, str, str] | Doubt:
    """A legacy code page, chosen by what the text must look like: known headers, words that
    read as names and addresses (codepages.judge), the detector's reading of the bytes, then as
    few languages as possible and as many words as possible in the languages the campaign's
    people speak. When readings that differ stay equally likely, a Doubt naming them: never a
    guess that could print mojibake."""
    carriage_only = b"\r" in data and b"\n" not in data
    readings: list[likelier.Candidate] = []
    #: Readings only named if nothing reads: DOS ones in no language the campaign speaks, and
    #: every other code page's with the words it reads.
    near: list[tuple[str, str]] = []
    tried: list[tuple[str, str, list[str]]] = []
    found = codepages.words_of(data)
    own = language.lower().split("-")[0]
    spoken = likelier.campaign_languages(own, country)
    # A Mac code page reads every byte, so it is tried first only on a file whose lines end
    # with CR alone (old Mac Excel); on one with CR LF (Excel for Mac's plain CSV), last,
    # where nothing else reads it, and like a DOS one: read in the campaign's languages only.
    late = [(c, p) for c, p in codepages.CODE_PAGES.items() if p.cr_only and not carriage_only]
    pages = [(c, p) for c, p in codepages.CODE_PAGES.items() if not p.last and (c, p) not in late]
    lasts = [(c, p) for c, p in codepages.CODE_PAGES.items() if p.last]
    dos_space = _DOS_SPACE.search(data) if b"\xa0" in data else None
    for codec, page in pages + lasts + late:
        if page.last and readings and not dos_space and likelier.one_language(readings):
            break  # a DOS code page only where no Windows one reads the file in one language
        if (codec, page) in late and (readings or near):
            break
        if page.campaigns and not spoken.intersection(page.campaigns):
            continue  # a Mac's code page of a script: read where its languages are spoken
        try:
            text = data.decode(codec)
            words = [word.decode(codec) for word in found]
        except UnicodeDecodeError:
            continue
        if codec in _COMPOSED:
            text = unicodedata.normalize("NFC", text)
            words = [unicodedata.normalize("NFC", word) for word in words]
        verdict = codepages.judge(words, codec)
        if (codec, page) in late and not all(ch.isalpha() for ch in text if ch > "\x7f"):
            continue  # a Mac reading of other bytes has symbols among letters: "Lom®¶"
        if verdict.wrong is None:
            said = likelier.said_in(verdict, own, spoken)
            if (page.last and not said[0]) or ((codec, page) in late and not said[1]):
                # A DOS reading is read only in words of the campaign's language (German
                # "Müller" in a German campaign), a late Mac one in a language its country's
                # people speak (Ukrainian in an English-language Ukrainian campaign); else
                # it is only named.
                near.append((codec, text))
                continue
            readings.append(likelier.candidate(codec, text, verdict, said))
        elif not readings and (codec, page) not in late:
            tried.append((codec, text, words))
    dos = [r for r in readings if codepages.CODE_PAGES[r.codec].last]
    if (dos or near) and dos_space:
        readings = dos  # "Gal\xa0pagos" is no Windows text: DOS 850's "Galápagos"
    if not readings:
        unsure = _mostly_utf8(data) or _unsure(near, tried, language)
        if isinstance(unsure, Doubt) and not unsure.readings:
            return _named_only(data, found)  # Lithuanian ISO-8859-4: named, never read
        return unsure
    chosen = likelier.choose(readings, data, (own, spoken), carriage_only)
    kept = chosen.kept
    if not likelier.distinct(kept):
        # Code pages that agree on these bytes (cp1252 and cp1250 on "Müller") read the same:
        # name the most common one.
        return kept[0].text, kept[0].codec, _over(kept[0], chosen.dropped)
    return _doubt([(r.codec, r.text) for r in kept] + _dos(data, found), codepages.hint(language))


def _over(chosen: likelier.Candidate, dropped: list[tuple[likelier.Candidate, str]]) -> str:
    """What the column report says of the first reading of other text that lost, and why:
    "Kupujący" (Windows-1250) over ISO-8859-2's "Kupujšcy", a word of no header."""
    for rival, why in dropped:
        if rival.text == chosen.text or not _close(chosen, rival):
            continue
        ours = list(_SAMPLE_WORDS.finditer(chosen.text))
        theirs = _SAMPLE_WORDS.findall(rival.text)
        at, word, other = next(
            (
                (found.start(), found[0], their)
                for found, their in zip(ours, theirs, strict=False)
                if found[0] != their
            ),
            (0, chosen.text[:20], rival.text[:20]),
        )
        return (
            f"encoding: {NAMES.get(chosen.codec, chosen.codec)}; as "
            f"{NAMES.get(rival.codec, rival.codec)}, '{word}' (line "
            f"{position(chosen.text, at)[0]}) would read '{other}', but {why} (if that is "
            f"right: --signers-encoding {rival.codec})"
        )
    return ""


def _close(chosen: likelier.Candidate, rival: likelier.Candidate) -> bool:
    """Whether a reading that lost was plausible too, so worth naming: not where none of its
    words is in a language the campaign's people speak while the chosen one's are (a Quebec
    list's French "Geneviève" against Czech-lettered "Genevičve"), nor where it needs two
    languages more."""
    if rival.said[1] == 0 < chosen.said[1]:
        return False
    return rival.verdict.languages < chosen.verdict.languages + 2


def _dos(data: bytes, found: list[bytes]) -> list[tuple[str, str]]:
    """The DOS code pages' readings that are names, to name beside Windows ones that tie."""
    readings = []
    for codec, page in codepages.CODE_PAGES.items():
        if page.last and codepages.judge([w.decode(codec) for w in found], codec).wrong is None:
            readings.append((codec, data.decode(codec)))
    return readings


#: The share of its words a code page must read as names to be named when none reads all.
_NEARLY = 0.8


def _unsure(
    near: list[tuple[str, str]], tried: list[tuple[str, str, list[str]]], language: str
) -> Doubt | tuple[str, str, str]:
    """The readings to name when no code page reads every word as names: a DOS one in no
    language the campaign's people speak, else the code pages that read four words in five
    or more as names (three at most), so the organiser can pass --signers-encoding."""
    if not near:
        # The share of words each reads as names; ties keep the data file's order.
        scored = [
            (sum(codepages.judge([w], codec).wrong is None for w in words) / len(words), n)
            for n, (codec, _, words) in enumerate(tried)
            if words
        ]
        best = sorted(scored, key=lambda s: -s[0])[:3]
        near = [tried[n][:2] for share, n in best if share >= _NEARLY]
        hinted = len(near) == 1 and near[0][0] == codepages.hint(language)
        if hinted and likelier.header_hits(near[0][1]) >= 2 and _only_letters(tried, near[0][0]):
            # The code page Excel writes for the campaign's language, whose header the reader
            # knows and whose words are names but for a few: a Russian list's "мкрн Зрх" (no
            # vowel) in a Russian campaign.
            return near[0][1], near[0][0], ""
    if not near:
        return Doubt(())
    if len({text for _, text in near}) == 1:
        codec, text = near[0]
        # The word it reads as no letters, where there is one ("¶ννα"): the organiser sees
        # what forcing it would print.
        odd = next((w for c, _, ws in tried if c == codec for w in ws if _odd(w, codec)), "")
        at = max(text.find(odd), 0) if odd else 0
        return Doubt(((codec, odd or _first_word_beyond_ascii(text)),), at)
    return _doubt(near, codepages.hint(language))


def _named_only(data: bytes, found: list[bytes]) -> Doubt:
    """The encodings never chosen (codepages.NAMED_ONLY: ISO-8859-4, KOI8-R, ...) that read
    every word as names, each with a word as it reads it, so the refusal names the option
    that works; none when none does."""
    read: list[tuple[int, str, str]] = []
    texts: set[str] = set()
    for codec in codepages.NAMED_ONLY:
        try:
            words = [word.decode(codec) for word in found]
        except UnicodeDecodeError:
            continue
        text = data.decode(codec, "replace")
        verdict = codepages.judge(words, codec)
        if words and verdict.wrong is None and text not in texts:
            texts.add(text)  # two that read the bytes alike: the first is named
            read.append((verdict.languages, codec, _first_word_beyond_ascii(text)))
    if not read:
        return Doubt(())
    # The readings in fewest languages: "Rūta Žukauskienė" is Lithuanian in ISO-8859-4, and
    # Lithuanian and Icelandic ("Rþta") in ISO-8859-10.
    fewest = min(n for n, _, _ in read)
    readings = [(codec, word) for n, codec, word in read if n == fewest]
    first = data.decode(readings[0][0], "replace")
    return Doubt(tuple(readings), max(first.find(readings[0][1]), 0))


def _odd(word: str, codec: str) -> bool:
    """Whether `word` is not a name in `codec` for a symbol or control character in it."""
    return not _letters(word) and codepages.judge([word], codec).wrong is not None


def _letters(word: str) -> bool:
    return all(ch.isascii() or ch.isalpha() or unicodedata.category(ch)[0] == "M" for ch in word)


def _only_letters(tried: list[tuple[str, str, list[str]]], codec: str) -> bool:
    """Whether the words `codec` does not read as names are letters all the same, only oddly
    put together ("Зрх", no vowel): a symbol or control character among them ("¶ννα", Greek
    ISO-8859-7's "Άννα" read as Windows-1253) is another code page's letter, never text."""
    words = next(w for c, _, w in tried if c == codec)
    return not any(_odd(word, codec) for word in words)


def _first_word_beyond_ascii(text: str) -> str:
    return next((w for w in _SAMPLE_WORDS.findall(text) if not w.isascii()), text[:20])


def _mostly_utf8(data: bytes) -> Doubt | None:
    """UTF-8 but for a few bytes (a cell pasted from a Windows program into a UTF-8 file):
    where the first of them is, when no code page reads the whole file as names."""
    text = data.decode("utf-8", "replace")
    bad = text.count("\ufffd")
    if not bad or bad > 3 or not any(ord(ch) > 0x7F and ch != "\ufffd" for ch in text):
        return None
    return Doubt((("utf-8", ""),), text.index("\ufffd"))


def _doubt(tied: list[tuple[str, str]], likely: str | None = None) -> Doubt:
    """The first word the readings disagree on, in each, and where it is; the reading of the
    code page Excel writes for the campaign's language (`likely`) first."""
    distinct: dict[str, str] = {}
    for codec, text in tied:
        distinct.setdefault(text, codec)
    pairs = [(codec, text) for text, codec in distinct.items()]
    pairs.sort(key=lambda pair: not any(c == likely and t == pair[1] for c, t in tied))
    words = [_SAMPLE_WORDS.findall(text) for _, text in pairs]
    for column in zip(*words, strict=False):
        if len(set(column)) > 1:
            at = pairs[0][1].find(column[0])
            return Doubt(tuple((codec, w) for (codec, _), w in zip(pairs, column, strict=True)), at)
    return Doubt(tuple((codec, text[:20]) for codec, text in pairs))


#: A no-break space inside a word is DOS code page 850's, 437's and 852's "á" ("Gal\xa0pagos",
#: "Kar\xa0\x9fi" for Karáči) and 866's "а" between two of its Cyrillic letters: never Windows
#: text (a Chinese or Korean character's second byte can be 0xA0, so not any two bytes).
_DOS_SPACE = re.compile(
    rb"[a-z]\xa0[a-z\x80-\xff]|[a-z\x80-\xff]\xa0[a-z]|[\x80-\xaf\xe0-\xef]\xa0[\x80-\xaf\xe0-\xef]"
)
_SAMPLE_WORDS = re.compile(r"[^\s,;\t\"|]+")
