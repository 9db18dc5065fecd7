"""Which of several code pages' readings of a signer list is likelier, where more than one reads
every word as names and addresses (codepages.judge): the header packbuilder knows, common
letters, the languages a row's postcode or the list's countries point to, as few languages as
possible and as many words as possible in the campaign's. Each reading dropped keeps why, so
the column report can say which other reading there was and why it lost."""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from packbuilder.signers import codepages, named_rows, words

_LINE_BREAK = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True)
class Candidate:
    """The file as one code page reads it, and what its words look like."""

    codec: str
    text: str
    #: How many cells of the first row are headers packbuilder knows, then how many of those
    #: with letters beyond ASCII it knows every word of: Polish "Kupujący" (the buyer) in
    #: Windows-1250, where ISO-8859-2 reads "Kupujšcy", a word of no header.
    headers: tuple[int, int]
    verdict: codepages.Verdict
    #: How many of its words are in the campaign's language, and in a language its people
    #: speak.
    said: tuple[int, int]
    #: charset-normalizer's measure of chaos (a tenth at a time), where Chinese, Japanese or
    #: Korean readings compete; 0 elsewhere.
    chaos: float = 0.0

    @property
    def measures(self) -> tuple[int, tuple[int, int], float]:
        return (self.verdict.languages, self.said, self.chaos)


@dataclass(frozen=True)
class Choice:
    """The readings still equally likely, and each one dropped with why."""

    kept: list[Candidate]
    dropped: list[tuple[Candidate, str]]


#: How many words beyond ASCII a list needs before one language for all of them outweighs two.
EVIDENCE = 4


def candidate(
    codec: str, text: str, verdict: codepages.Verdict, said: tuple[int, int]
) -> Candidate:
    return Candidate(codec, text, (header_hits(text), _header_words_known(text)), verdict, said)


def choose(
    readings: list[Candidate],
    data: bytes,
    language: tuple[str, frozenset[str]],
    carriage_only: bool,
) -> Choice:
    """The readings left when each one clearly less likely than another is dropped;
    `language` is the campaign's and those its country's people speak."""
    own, spoken = language
    dropped: list[tuple[Candidate, str]] = []

    def keep(kept: list[Candidate], still: list[Candidate], why: str) -> list[Candidate]:
        dropped.extend((r, why) for r in kept if r not in still)
        return still

    named = _named(readings) - spoken
    if named:
        # The list names its signers' countries ("Italia", "Hungary"): words in one of their
        # languages are likelier: Italian "Città Niccolò" against Baltic "Cittą Niccolņ",
        # Danish "Søren" (a Baltic Excel's Windows-1257) beside "Denmark" against Finnish
        # "Sžren" (ISO-8859-15), which needs fewer languages.
        readings = [
            dataclasses.replace(r, said=said_in(r.verdict, own, spoken | named)) for r in readings
        ]
    # The header's words tell only between readings whose text is as likely: a reading whose
    # words are clearly likelier (better) stays even where another's header reads more words
    # known, and the text decides below.
    best = max(r.headers for r in readings)
    tops = [r for r in readings if r.headers == best]
    kept = keep(
        readings,
        [r for r in readings if r in tops or any(better(r, top) for top in tops)],
        "fewer of its header's words are ones packbuilder knows",
    )
    # Korean read as Thai is Thai letters, but rare ones: a clearly commoner reading wins.
    usual = max(r.verdict.common for r in kept)
    kept = keep(
        kept, [r for r in kept if r.verdict.common >= usual - 0.15], "its letters are rare ones"
    )
    if distinct(kept) and any(r.codec in codepages.EAST_ASIAN for r in kept):
        # Korean CP949 and Chinese GBK both read each other's bytes as common characters;
        # the detector's measure of chaos is one more measure of which is likelier.
        chaos = _chaos(data, [r.codec for r in kept])
        kept = [dataclasses.replace(r, chaos=chaos[r.codec]) for r in kept]
    lines = named_rows.by_postcode(kept[0].text) if distinct(kept) else []
    if lines:
        # A row with a postcode only one country writes so is likelier in its languages:
        # Polish "Floriańska" beside "31-019", not Spanish "Floriañska" (spoken in Germany).
        scores = {r.codec: named_rows.in_their_languages(r.text, r.codec, lines) for r in kept}
        kept = keep(
            kept,
            [r for r in kept if scores[r.codec] == max(scores.values())],
            "fewer of its words are in the languages of the country a row's postcode is from",
        )
    # A reading is dropped when another is clearly likelier (better): "Jørgensen" (Danish)
    # beats "Jřrgensen" (Czech) in a Danish campaign. "José Peña" (Spanish) against "José Peńa"
    # (Czech and Polish) in a Polish campaign is better in one and worse in the other: both
    # stay, and the organiser is asked.
    kept = _likeliest(kept, dropped)
    if distinct(kept) and carriage_only and len({r.measures for r in kept}) == 1:
        kept = keep(
            kept,
            [r for r in kept if codepages.CODE_PAGES[r.codec].cr_only] or kept,
            "the file's lines end with CR alone, as old Mac Excel writes them",
        )
    return Choice(kept, dropped)


def _named(readings: list[Candidate]) -> frozenset[str]:
    """The languages of the countries the readings' cells name (named_rows.languages_named),
    where the readings differ."""
    if not distinct(readings):
        return frozenset()
    texts = dict.fromkeys(r.text for r in readings)
    return frozenset().union(*(named_rows.languages_named(t) for t in texts))


def _likeliest(kept: list[Candidate], dropped: list[tuple[Candidate, str]]) -> list[Candidate]:
    still = []
    for r in kept:
        why = next((_why(other, r) for other in kept if better(other, r)), None)
        if why is None:
            still.append(r)
        else:
            dropped.append((r, why))
    return still


def _why(one: Candidate, other: Candidate) -> str:
    """Why `other` lost to `one` (better)."""
    if one.said > other.said:
        return "fewer of its words are in the languages the campaign's people speak"
    if one.chaos < other.chaos:
        return "its characters are in a less likely order (charset-normalizer's measure)"
    return "its words need more languages"


def better(one: Candidate, other: Candidate) -> bool:
    """Whether `one` is clearly likelier than `other`: no worse in any measure (languages,
    words in the campaign's languages, chaos) and better in one, where needing fewer languages
    counts from two. One language fewer alone tells nothing: "Tomé Príncipe Caicosøerne" is
    Portuguese and Danish, or all Czech as "Caicosřerne"; "José Peña" is Spanish, or Czech and
    Polish as "José Peńa", and only a campaign whose people speak Spanish tells."""
    fewer = other.verdict.languages - one.verdict.languages
    if fewer < 0 or one.said < other.said or one.chaos > other.chaos:
        return False
    if one.said > other.said or fewer >= 2 or one.chaos < other.chaos:
        return True
    # One language for every word of a list long enough to show it: Slovak "Ján Horváth
    # Obchodná Číslo" against Lithuanian and Latvian "Jįn Horvįth Obchodnį Čķslo".
    return fewer == 1 and one.verdict.languages == 1 and len(one.verdict.fits) >= EVIDENCE


def one_language(readings: list[Candidate]) -> bool:
    """Whether one of the readings needs one language at most for all its words: a DOS
    Croatian "Švedska" read as Windows-1250 needs three ("Sejçeli ćvedska Slovaźka")."""
    return any(r.verdict.languages <= 1 for r in readings)


def said_in(verdict: codepages.Verdict, own: str, spoken: frozenset[str]) -> tuple[int, int]:
    """How many of a reading's words are in the campaign's language, and in `spoken`."""
    return (
        sum(1 for fit in verdict.fits if own in fit),
        sum(1 for fit in verdict.fits if fit & spoken),
    )


def distinct(readings: list[Candidate]) -> bool:
    """Whether the readings give more than one text."""
    return len({r.text for r in readings}) > 1


@functools.lru_cache(maxsize=64)
def campaign_languages(language: str, country: str | None) -> frozenset[str]:
    """The campaign's language and those one in twenty or more of its country's people speak
    (CLDR): a US list's Spanish names, a Swiss list's French ones."""
    from packbuilder.language.cldr import spoken_languages

    spoken = {language}
    if country:
        spoken.update(spoken_languages(country))
    return frozenset(spoken)


def _chaos(data: bytes, codecs: list[str]) -> dict[str, float]:
    """charset-normalizer's measure of chaos for each code page, to a tenth (Korean CP949 from
    Chinese GBK under English headers); 1.0 for one it does not rate."""
    from charset_normalizer import from_bytes

    rated = {m.encoding: m.chaos for m in from_bytes(data, cp_isolation=codecs)}
    return {codec: round(rated.get(codec, 1.0), 1) for codec in codecs}


def header_hits(text: str) -> int:
    """How many cells of the first line are headers naming a role packbuilder knows, or two
    ("País o región": the country or the region), with no word it does not know beyond ASCII:
    Windows-1257's "Paķs o región" names the region after an unknown "Paķs"."""
    return sum(1 for c in _header_cells(text) if _known(words.read_header(c), c))


def _header_words_known(text: str) -> int:
    """How many header cells with letters beyond ASCII are words the header-word data knows,
    every one of them (a role or a qualifier, nothing unknown)."""
    known = 0
    for cell in _header_cells(text):
        if not cell.isascii():
            reading = words.read_header(cell)
            known += bool(
                (reading.role or reading.roles or reading.qualifier) and not reading.unknown
            )
    return known


def _known(reading: words.HeaderReading, cell: str) -> bool:
    """Whether a header cell names one role or two, and every word of it beyond ASCII is
    known."""
    if reading.role is None and not reading.roles:
        return False
    beyond = {w for piece in cell.split() if not piece.isascii() for w in words.words(piece)}
    return not beyond.intersection(reading.unknown)


def _header_cells(text: str) -> list[str]:
    first = next((ln for ln in _lines(text) if ln.strip()), "")
    return [c.strip(' "') for c in re.split(r"[,;\t]", first)]


def _lines(text: str) -> Iterator[str]:
    """The text's lines (_LINE_BREAK.split), one at a time: the first ones of a whole file."""
    start = 0
    for found in _LINE_BREAK.finditer(text):
        yield text[start : found.start()]
        start = found.end()
    yield text[start:]
