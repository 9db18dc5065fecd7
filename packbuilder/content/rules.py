"""Value rules: what an id, a web address, an e-mail address, a phone number, a language tag,
a date or a number may be.

Each rule is one object that says it three ways: `check` for the validator, `json_schema` for
editors (packbuilder/schemas/), `describe` for docs/reference.md, so the three cannot disagree.
A content dataclass names its rule in the field's type: `id: Id`, `Annotated[int, Range(0, 6)]`.
"""

from __future__ import annotations

import abc
import dataclasses
import datetime as dt
import re
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, Any, ClassVar, Literal

from packbuilder.signers import countries


class Rule(abc.ABC):
    """A rule on one value."""

    #: Whether the checks across files still see a value that breaks the rule: a number out of
    #: range is still the number written; an id that is not one is no id at all.
    keeps_value: ClassVar[bool] = False

    @abc.abstractmethod
    def check(self, value: Any) -> str | None:
        """What is wrong with `value`, or None."""

    def json_schema(self) -> dict[str, Any]:
        """What a JSON Schema can say of the rule, added to the value type's own schema."""
        return {}

    @abc.abstractmethod
    def describe(self) -> str:
        """The rule in words, for people: a phrase to follow "Allowed:" (no full stop)."""


@dataclass(frozen=True)
class Pattern(Rule):
    """Text in one form: a regular expression the whole text matches."""

    pattern: str
    #: The form in words, for the docs.
    words: str
    #: What is wrong, `{text}` standing for the value as written.
    message: str

    def matches(self, text: str) -> bool:
        """Whether `text` is written in this form."""
        return re.fullmatch(self.pattern, text) is not None

    def check(self, value: str) -> str | None:
        return None if self.matches(value) else self.message.format(text=value)

    def json_schema(self) -> dict[str, Any]:
        return {"type": "string", "pattern": f"^{self.pattern}$"}

    def describe(self) -> str:
        return self.words


# The 2012 notice lost its addresses to this placeholder; it must never reach print.
_EMAIL_PLACEHOLDERS = ("[email protected]", "email@example.com")


@dataclass(frozen=True)
class EmailAddress(Pattern):
    """An e-mail address that reaches someone: no placeholder, no example domain (neither is
    something a pattern can say; the validator is the judge, the schema catches the form)."""

    def check(self, value: str) -> str | None:
        if value.strip().lower() in _EMAIL_PLACEHOLDERS or "protected]" in value:
            return f"'{value}' is a placeholder, not an e-mail address; leave the e-mail out"
        wrong = super().check(value)
        if wrong:
            return wrong
        domain = value.rsplit("@", 1)[1].lower()
        if domain in ("example.com", "example.org", "example.net") or domain.endswith(".invalid"):
            return f"'{value}' is an example address, not a real one"
        return None


@dataclass(frozen=True)
class PhoneNumber(Pattern):
    """A phone or fax number in international form: `pattern` starts with the +, and an E.164
    number has at most 15 digits."""

    fewest: int = 7
    most: int = 15

    def check(self, value: str) -> str | None:
        digits = re.sub(r"\D", "", value)
        # Written right but for the +: that earns the message saying what to add.
        if not self.matches("+" + value.removeprefix("+")) or not (
            self.fewest <= len(digits) <= self.most
        ):
            return self.message.format(text=value)
        if not value.startswith("+"):
            return (
                f"'{value}' must be written in international form, starting with + and the "
                "country code"
            )
        return None

    def describe(self) -> str:
        return f"{self.words}, {self.fewest} to {self.most} digits"


@dataclass(frozen=True)
class PeopleCount(Pattern):
    """How many people a report gives: `80`, `~50` (about 50) or `500-600` (reports differ, or
    one gives a range). YAML reads `80` as a number; it is the same count."""

    def check(self, value: str) -> str | None:
        wrong = super().check(value)
        if wrong:
            return wrong
        low, high, _ = counted(value)
        if high < low:
            return f"'{value}': write a range from the lower count to the higher ({high}-{low})"
        return None

    def json_schema(self) -> dict[str, Any]:
        return {"type": ["string", "integer"], "pattern": f"^{self.pattern}$", "minimum": 0}


def counted(text: str) -> tuple[int, int, bool]:
    """A count as written (`80`, `~50`, `500-600`): its lowest and highest value, and whether it
    is approximate."""
    about = text.strip().startswith("~")
    low, _, high = text.strip().lstrip("~").replace("–", "-").partition("-")
    first = int(low.replace(",", "").strip())
    return first, int(high.replace(",", "").strip()) if high else first, about


@dataclass(frozen=True)
class Known(Rule):
    """A name packbuilder looks up in what it knows (a country, by code or name)."""

    lookup: Callable[[str], object]
    words: str
    message: str

    def check(self, value: str) -> str | None:
        return None if self.lookup(value) else self.message.format(text=value)

    def describe(self) -> str:
        return self.words


@dataclass(frozen=True)
class Range(Rule):
    """A whole number from `low` to `high`."""

    low: int
    high: int
    keeps_value = True

    def check(self, value: int) -> str | None:
        if self.low <= value <= self.high:
            return None
        return f"must be between {self.low} and {self.high}"

    def json_schema(self) -> dict[str, Any]:
        return {"minimum": self.low, "maximum": self.high}

    def describe(self) -> str:
        return f"a whole number from {self.low} to {self.high}"


@dataclass(frozen=True)
class Text(Rule):
    """Text with something in it. YAML reads an unquoted postal code as a number; it is text
    all the same, so the schema lets editors accept numbers too."""

    def check(self, value: str) -> str | None:
        return None if value.strip() else "must not be empty"

    def json_schema(self) -> dict[str, Any]:
        return {"type": ["string", "number"], "pattern": r"\S"}

    def describe(self) -> str:
        return "any text but an empty one"


TEXT = Text()
FULL_DATE = Pattern(
    r"\d{4}-\d{2}-\d{2}", "a date, YYYY-MM-DD", "expected a date YYYY-MM-DD, found '{text}'"
)
PARTIAL_DATE = Pattern(
    r"\d{4}(?:-\d{2}(?:-\d{2})?)?",
    "a date, YYYY-MM-DD, YYYY-MM or YYYY",
    "expected a date YYYY-MM-DD, YYYY-MM or YYYY, found '{text}'",
)
ID = Pattern(
    r"[a-z0-9]+(?:-[a-z0-9]+)*",
    "lower-case letters, digits and hyphens",
    "'{text}' is not a valid id (use lower-case letters, digits and hyphens)",
)
SLUG = Pattern(
    ID.pattern, ID.words, "'{text}' is not a valid slug (lower-case letters, digits, hyphens)"
)
URL = Pattern(
    r"https?://[^\s<>\"]+\.[^\s<>\"]+",
    "a web address starting with http:// or https://",
    "'{text}' is not a web address (it must start with http:// or https://)",
)
EMAIL = EmailAddress(
    r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}",
    "a real e-mail address (no placeholder, no example.com)",
    "'{text}' is not a valid e-mail address",
)
PHONE = PhoneNumber(
    r"\+[0-9 ().-]+",
    "international form, + and the country code first",
    "'{text}' is not a phone or fax number (write it like +1 202 495 2138)",
)
LANGUAGE = Pattern(
    r"[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*",
    "a BCP 47 language tag (en, en-US, ko, zh-Hans ...)",
    "'{text}' is not a language tag (write en, en-US, ko, zh-Hans ...)",
)
FINGERPRINT = Pattern(
    r"[0-9a-f]{12}",
    "12 hexadecimal digits (the fingerprint `check` prints)",
    "'{text}' is not a fingerprint (12 hexadecimal digits, as `check` prints them)",
)
COUNT = PeopleCount(
    r"~?\d[\d,]*|\d[\d,]*\s*[-–]\s*\d[\d,]*",
    "a whole number (80), ~ and a number for an approximate count (~50), or a range where "
    "reports differ (500-600)",
    "'{text}' is not a count: write a whole number (80), ~50 for about 50, or a range (500-600)",
)
COUNTRY = Known(
    countries.country_code,
    "a country's code (US, GB, DE, KR ...) or its name",
    "'{text}' is not a country packbuilder knows (write its code: US, GB, DE, KR ...)",
)

#: What is wrong with a language tag, or None (for the command line's --language).
language_problem = LANGUAGE.check

Id = Annotated[str, ID]
Country = Annotated[str, COUNTRY]
Url = Annotated[str, URL]
Email = Annotated[str, EMAIL]
Phone = Annotated[str, PHONE]
Slug = Annotated[str, SLUG]
Count = Annotated[str, COUNT]
LanguageTag = Annotated[str, LANGUAGE]
#: The fingerprint of the original text a translated unit was made from (editions.py).
Fingerprint = Annotated[str, FINGERPRINT]


@dataclass(frozen=True, order=True)
class PartialDate:
    """A date known to the day, the month or only the year (`2012-02-15`, `2012-02`, `2012`)."""

    year: int
    month: int = 0
    day: int = 0

    _MONTHS: ClassVar[tuple[str, ...]] = (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    )  # fmt: skip

    @classmethod
    def parse(cls, text: str) -> PartialDate | None:
        """The date written in `text`, or None if it is not a valid (partial) ISO date."""
        text = text.strip()
        if not PARTIAL_DATE.matches(text):
            return None
        year, month, day = (*(int(part) for part in text.split("-")), 0, 0)[:3]
        try:
            dt.date(year, month or 1, day or 1)
        except ValueError:
            return None
        return cls(year, month, day)

    @staticmethod
    def json_schema() -> dict[str, Any]:
        """What editors may accept: the text, or an unquoted year (`date: 2012`), which YAML
        reads as a number and the validator takes too."""
        year = {"type": "integer", "minimum": 1000, "maximum": 9999}
        return {"anyOf": [PARTIAL_DATE.json_schema(), year]}

    def human(self) -> str:
        """The date as printed: '15 February 2012', 'February 2012' or '2012'."""
        if not self.month:
            return str(self.year)
        month = self._MONTHS[self.month - 1]
        return f"{self.day} {month} {self.year}" if self.day else f"{month} {self.year}"

    def latest(self) -> dt.date:
        """The last day this date could mean (a year-only date means 31 December)."""
        if not self.month:
            return dt.date(self.year, 12, 31)
        if not self.day:
            first_next = dt.date(self.year + self.month // 12, self.month % 12 + 1, 1)
            return first_next - dt.timedelta(days=1)
        return dt.date(self.year, self.month, self.day)


Confidence = Literal["high", "medium", "low"]
Paper = Literal["letter", "a4"]

#: A paragraph of prose; `[^source-id]` inside it cites a source.
Prose = str
CITATION = re.compile(r"\[\^([^\]]*)\]")


def doc(text: str, default: Any = dataclasses.MISSING) -> Any:
    """A dataclass field documented for organisers."""
    if isinstance(default, tuple | list):
        value = tuple(default)
        return dataclasses.field(default_factory=lambda: value, metadata={"doc": text})
    return dataclasses.field(default=default, metadata={"doc": text})


def rules(tp: Any) -> tuple[Rule, ...]:
    """The rules on the values of a field of type `tp` (on its items, for a list)."""
    while True:
        origin = typing.get_origin(tp)
        if origin is Annotated:
            return tuple(r for r in typing.get_args(tp)[1:] if isinstance(r, Rule))
        if origin in (typing.Union, types.UnionType):
            tp = next(a for a in typing.get_args(tp) if a is not type(None))
        elif origin is tuple:
            tp = typing.get_args(tp)[0]
        else:
            return ()
