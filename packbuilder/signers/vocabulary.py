"""The phrases of header_words.yaml as a Vocabulary, and a header split into its words (at
spaces, punctuation, case changes and digits; Korean, Chinese, Japanese and Thai runs into
the longest known words)."""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from packbuilder.language import scripts

WORDS_FILE = Path(__file__).with_name("header_words.yaml")
#: Where a word starts inside another: MailingStreet, and after capitals (POAddressLine1).
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_DIGITS = re.compile(r"(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_])")
#: Vowel signs and tone marks are part of their word (Thai ที่อยู่, Hindi पता, Hebrew points),
#: though they are not letters: a word runs over them.
_MARKS = "".join(chr(c) for c in range(0x300, 0x2000) if unicodedata.category(chr(c))[0] == "M")
_WORD = re.compile(rf"[^\W_](?:[^\W_]|[{_MARKS}])*")
#: Scripts written without spaces between words: their runs are split into known words.
_UNSPACED = re.compile(f"{scripts.char_class('hangul', 'han', 'kana')}|[\u0e00-\u0e7f]")


@dataclass(frozen=True)
class Vocabulary:
    """The phrases of header_words.yaml as word tuples, each with what it names."""

    #: Role -> its phrases as the data file writes them (for "did you mean" advice).
    examples: dict[str, tuple[str, ...]]
    #: words -> ("role" | "qualifier" | "filler", name)
    phrases: dict[tuple[str, ...], tuple[str, str]]
    #: Role phrases a line number may follow.
    numbered: frozenset[tuple[str, ...]]
    #: Role phrases that name their role only in a header of no other unknown word.
    alone: frozenset[tuple[str, ...]]
    #: Single Korean, Chinese and Japanese words, for splitting runs written without spaces.
    cjk_words: frozenset[str]
    longest: int
    cjk_longest: int
    #: Role phrases -> how a bare number under them is written ("кв. {}" for Квартира 10).
    labels: dict[tuple[str, ...], str] = dataclasses.field(default_factory=dict)
    #: Of the phrases in `alone`, those that name their role after a word not known too:
    #: "Customer City", "Booking State" (never before one: "State Tax" is not the state).
    after: frozenset[tuple[str, ...]] = frozenset()
    #: Name-part headers of languages that write the family name first (Họ, Vezetéknév).
    family_first: frozenset[tuple[str, ...]] = frozenset()
    #: What the column of a numbered address set naming its kind is called ("Label", "Type").
    set_labels: frozenset[tuple[str, ...]] = frozenset()
    #: Single words of the phrases in letters that put spaces between words, for splitting a
    #: header written in capitals with no break ("PERSONMAILINGSTREET").
    spaced_words: frozenset[str] = frozenset()
    #: Number words a line number may be written as ("Address Two") -> the number.
    numbers: dict[str, str] = dataclasses.field(default_factory=dict)
    #: Words for a record a number identifies (a receipt, an invoice, a tax file): beside a
    #: word that only says "number" ("Invoice No.", "Numéro de reçu") the column is the
    #: record's number, never a house number.
    records: frozenset[str] = frozenset()
    #: House-number phrases that say "number" and nothing more ("No.", "Numéro").
    bare_numbers: frozenset[tuple[str, ...]] = frozenset()
    #: Words for things with a name that are no person: "Lineitem name", "Product Name".
    things: frozenset[str] = frozenset()
    #: Words for the person who signs: alone, the column is that person's name ("Signer").
    signers: frozenset[str] = frozenset()
    #: A compound: a qualifier word that may open one, a joining s, and an address word that
    #: closes it ("Privatadresse", "Rechnungsadresse", "Huisadres"), for words not known whole.
    compound: re.Pattern[str] | None = None
    #: Words for a line between an address word and its number ("Indirizzo riga 2").
    line_words: frozenset[str] = frozenset()
    #: Words saying a column continues the line before it ("Address (cont.)").
    continued: frozenset[str] = frozenset()
    #: Words for a given name after the first ("Additional Name", "Weitere Vornamen").
    further_given: frozenset[str] = frozenset()
    #: Words after a role saying the column holds a key for it ("Salutation Key").
    keys: frozenset[str] = frozenset()
    #: Words for "or" between two places ("Distrito ou região"): the column holds one.
    alternatives: frozenset[str] = frozenset()
    #: Words for the region that also name the area below the town (Arabic المنطقة).
    area_too: frozenset[str] = frozenset()
    #: Words saying a column is an addition to the address ("Zusatz Adresse 1", "Dirección
    #: complementaria"): beside an address or street word, the line after the street.
    additions: frozenset[str] = frozenset()

    def phrase_at(self, toks: tuple[str, ...], i: int) -> tuple[int, tuple[str, str] | None]:
        """The longest known phrase starting at word `i` of `toks`: (its length in words, what
        it names), or (0, None) where no phrase starts there."""
        for n in range(min(self.longest, len(toks) - i), 0, -1):
            if (found := self.phrases.get(toks[i : i + n])) is not None:
                return n, found
        return 0, None


def known_word(word: str, role: str | None = None) -> bool | None:
    """Whether one run of letters is a word of the data file's phrases (of `role`'s phrases,
    where one is given), compared as header words are; None for a run of Korean, Chinese,
    Japanese or Thai letters, which only splitting it (`words`) can tell. Not cached: for
    values, which are many."""
    if _UNSPACED.search(word):
        return None
    return _fold(word) in _phrase_words(role)


@cache
def _phrase_words(role: str | None) -> frozenset[str]:
    phrases = load().phrases
    return frozenset(w for p, (_, what) in phrases.items() if role in (None, what) for w in p)


def _fold(word: str) -> str:
    """A word compared without case or accents (Korean, Chinese and Japanese letters as they
    are: their decomposition is not an accent)."""
    if word.isascii():  # no accent to take off (most words of the data file and of headers)
        return word.casefold()
    # Turkish dotless ı is the i of ADI and SOYADI written in capitals.
    return word.casefold().replace("ı", "i").translate(_UNACCENTED)


class _Unaccented(dict[int, str]):
    """_fold's str.translate table, each character looked up in the Unicode data once: a
    letter of no script of its own (Latin, Greek, Cyrillic...) without its accents, any other
    as it is."""

    def __missing__(self, point: int) -> str:
        ch = chr(point)
        if scripts.script(ch) is None:
            ch = "".join(
                c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c)
            )
        self[point] = ch
        return ch


_UNACCENTED = _Unaccented()


@lru_cache(maxsize=8192)  # the data file's phrases are read twice when it is loaded
def _runs(text: str) -> tuple[str, ...]:
    text = unicodedata.normalize("NFKC", text)
    text = _DIGITS.sub(" ", _CAMEL.sub(" ", text))
    return tuple(_fold(run) for run in _WORD.findall(text))


def words(text: str, vocabulary: Vocabulary | None = None) -> tuple[str, ...]:
    """The header's words: split at spaces, punctuation, case changes (MailingStreet) and
    digits (Address1); runs of Korean, Chinese or Japanese split into the longest known words,
    and so is a run of capitals with no break that is no word itself (Salesforce Data Loader's
    "BILLINGPOSTALCODE"); a number word is its number ("Address Two" = "Address 2")."""
    known = vocabulary or load()
    out: list[str] = []
    capitals = {_fold(w) for w in _CAPITALS.findall(unicodedata.normalize("NFKC", text))}
    for run in _runs(text):
        if _UNSPACED.search(run):
            out.extend(_segment(run, known))
        elif run in capitals and run not in known.spaced_words:
            out.extend(_split_capitals(run, known.spaced_words, known.alternatives) or [run])
        elif (
            len(run) >= _GLUED
            and run.isascii()
            and run.isalpha()
            and run not in known.spaced_words
            and (glued := _split_capitals(run, known.spaced_words, known.alternatives))
            and len(glued) > 1
            and (_field_name(text) or any(w in known.alternatives for w in glued))
        ):
            # Words run together in lower case, as a database names its fields
            # ("address1_stateorprovince") or with "or" between them: the fewest known words.
            # Not in a header of ordinary words, where a language's own compound is one word
            # (Danish "Mailadresse" is an e-mail address, not a mailing one).
            out.extend(glued)
        elif (
            known.compound
            and run not in known.spaced_words
            and (hit := known.compound.fullmatch(run))
        ):
            out.extend(hit.group(1, 2))
        else:
            out.append(known.numbers.get(run, run))
    return tuple(out)


#: A word in capitals long enough to be several run together ("MAILINGSTREET").
_CAPITALS = re.compile(r"(?<![A-Za-z])[A-Z]{8,}(?![a-z])")


#: How long a lower-case run must be before it is read as several words run together.
_GLUED = 8


def _field_name(text: str) -> bool:
    """Whether the header is a database's field name: lower case, no space, its words parted
    by "_" or a number ("address1_stateorprovince", "emailaddress1")."""
    return text.islower() and " " not in text.strip() and any(c == "_" or c.isdigit() for c in text)


def _split_capitals(
    run: str, known: frozenset[str], joins: frozenset[str] = frozenset()
) -> list[str]:
    """`run` as known words of three letters or more only, the fewest of them, or [] when it
    is not (a name, an acronym): "personmailingstreet" -> person, mailing, street. A word for
    "or" of two letters may stand between two of them ("stateorprovince")."""
    best: dict[int, list[str]] = {0: []}
    for end in range(1, len(run) + 1):
        splits = [
            best[start] + [run[start:end]]
            for start in range(max(0, end - 20), end)
            if start in best
            and (
                (run[start:end] in known and end - start > 2)
                or (start > 0 and end < len(run) and run[start:end] in joins and end - start > 1)
            )
        ]
        if splits:
            best[end] = min(splits, key=len)
    return best.get(len(run), [])


def _segment(run: str, known: Vocabulary) -> list[str]:
    out: list[str] = []
    unknown = ""
    i = 0
    while i < len(run):
        size = next(
            (
                n
                for n in range(min(known.cjk_longest, len(run) - i), 0, -1)
                if run[i : i + n] in known.cjk_words
            ),
            0,
        )
        if size:
            if unknown:
                out.append(unknown)
                unknown = ""
            out.append(run[i : i + size])
            i += size
        else:
            unknown += run[i]
            i += 1
    if unknown:
        out.append(unknown)
    return out


@cache
def load() -> Vocabulary:
    """The phrases of header_words.yaml, with how a bare number under each is written
    (designators.yaml's labels), read once through the content loader."""
    from packbuilder.signers import units

    return vocabulary({**data_file(WORDS_FILE), "labels": units.labels()})


def data_file(path: Path) -> Any:
    """One of the package's data files as plain dicts, lists and strings, read through the
    content loader (the safe loader); ValueError when it cannot be read."""
    from packbuilder.content.loader import load_file

    node, problems = load_file(path)
    if node is None or problems:
        raise ValueError(f"{path}: {problems}")
    return plain(node)


def vocabulary(data: dict[str, Any]) -> Vocabulary:
    """A Vocabulary from the data file's plain structure; ValueError for a phrase given two
    meanings."""
    entries: list[tuple[str, str, str]] = []
    for role, texts in data["roles"].items():
        entries += [("role", role, p) for p in texts]
    for qualifier, texts in data["qualifiers"].items():
        entries += [("qualifier", qualifier, p) for p in texts]
    fillers = dict.fromkeys((*data["filler"], *data["alternatives"]))  # "or" is both
    entries += [("filler", "", p) for p in fillers]
    listed = [p for _, _, p in entries] + [*data["things"], *data["records"], *data["signers"]]
    cjk = frozenset(run for p in listed for run in _runs(str(p)) if _UNSPACED.search(run))
    examples = {
        role: tuple(str(t)[:1].upper() + str(t)[1:] for t in texts)
        for role, texts in data["roles"].items()
    }
    longest_cjk = max((len(w) for w in cjk), default=1)
    bare = Vocabulary(examples, {}, frozenset(), frozenset(), cjk, 1, longest_cjk)
    phrases: dict[tuple[str, ...], tuple[str, str]] = {}
    for kind, name, phrase in entries:
        key = words(str(phrase), bare)
        if not key:
            continue
        if key in phrases and phrases[key] != (kind, name):
            raise ValueError(f"{WORDS_FILE}: '{phrase}' is both {phrases[key]} and {name}")
        phrases[key] = (kind, name)
    numbered = frozenset(words(str(p), bare) for p in data["numbered"])
    alone = frozenset(words(str(p), bare) for p in data["alone"])
    labels = {words(str(p), bare): str(t) for p, t in data["labels"].items()}
    if unlabelled := [p for p in labels if p not in phrases]:
        raise ValueError(f"designators.yaml: labels for phrases no role has: {unlabelled}")
    longest = max(len(k) for k in phrases)
    family_first = frozenset(words(str(p), bare) for p in data["family_first"])
    after = frozenset(words(str(p), bare) for p in data["after_a_word"])
    set_labels = frozenset(words(str(p), bare) for p in data["set_label"])
    # Words of roles and qualifiers only, of three letters or more: "DONATION" is no "do" and
    # "nation".
    spaced = frozenset(
        w
        for key, (kind, _) in phrases.items()
        for w in key
        if kind != "filler" and len(w) > 2 and not _UNSPACED.search(w)
    )
    numbers = {str(k): str(v) for k, v in data["number_words"].items()}
    records = frozenset(w for p in data["records"] for w in words(str(p), bare))
    bare_numbers = frozenset(words(str(p), bare) for p in data["bare_numbers"])
    things = frozenset(w for p in data["things"] for w in words(str(p), bare))
    signers = frozenset(w for p in data["signers"] for w in words(str(p), bare))
    heads = [k[0] for k, (kind, _) in phrases.items() if kind == "qualifier" and len(k) == 1]
    tails = [k[0] for k, hit in phrases.items() if hit in _COMPOUND_TAILS and len(k) == 1]
    # "Privatadresse" -> privat, adresse; "Geschäftsadresse" -> geschaft, adresse (the joining
    # s dropped): a qualifier of three letters or more and an address word of four or more.
    compound = re.compile(
        "({})s?({})".format(
            "|".join(sorted((re.escape(h) for h in heads if len(h) > 2), key=len)[::-1]),
            "|".join(sorted((re.escape(t) for t in tails if len(t) > 3), key=len)[::-1]),
        )
    )
    line_words = frozenset(w for p in data["line_words"] for w in words(str(p), bare))
    continued = frozenset(w for p in data["continued"] for w in words(str(p), bare))
    further_given = frozenset(w for p in data["further_given"] for w in words(str(p), bare))
    keys = frozenset(w for p in data["keys"] for w in words(str(p), bare))
    alternatives = frozenset(w for p in data["alternatives"] for w in words(str(p), bare))
    area_too = frozenset(w for p in data["area_too"] for w in words(str(p), bare))
    additions = frozenset(w for p in data["additions"] for w in words(str(p), bare))
    return Vocabulary(
        examples,
        phrases,
        numbered,
        alone,
        cjk,
        longest,
        longest_cjk,
        labels,
        after,
        family_first,
        set_labels,
        spaced,
        numbers,
        records,
        bare_numbers,
        things,
        signers,
        compound,
        line_words,
        continued,
        further_given,
        keys,
        alternatives,
        area_too,
        additions,
    )


#: The roles a compound may end in: "Privatadresse", "Privatstraße" (never "Hometown": a
#: hometown is another place, not the home address's town).
_COMPOUND_TAILS = frozenset({("role", "address"), ("role", "street")})


def plain(node: Any) -> Any:
    """A data file's node as plain dicts, lists and strings."""
    from packbuilder.content import loader

    if isinstance(node, loader.Mapping):
        return {key.text: plain(value) for key, value in node.items}
    if isinstance(node, loader.Sequence):
        return [plain(item) for item in node.items]
    return node.text


def set_number_left_out(toks: tuple[str, ...], known: Vocabulary) -> tuple[str, ...]:
    """The words without the number of an address set that stands between the word for an
    address and a line's number (Dynamics' "Address 1 Line 2", "address1_line2": the first
    set's second line, not a first line with a stray 2). set_numbers.py reads that number."""
    for i in range(1, len(toks) - 2):
        if (
            toks[i].isdigit()
            and toks[i + 1] in known.line_words
            and toks[i + 2].isdigit()
            and known.phrases.get(toks[:i], ("", ""))[1] in ("address", "street")
        ):
            return toks[:i] + toks[i + 1 :]
    return toks
