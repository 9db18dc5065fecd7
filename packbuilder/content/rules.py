"""Value rules: what an id, a web address, an e-mail address, a phone number, a language tag
or a date may look like, as types the content dataclasses are annotated with."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, Any, ClassVar, Literal

from packbuilder.signers import addresses


@dataclass(frozen=True, order=True)
class PartialDate:
    """A date known to the day, the month or only the year (`2012-02-15`, `2012-02`, `2012`)."""

    year: int
    month: int = 0
    day: int = 0

    _PATTERN: ClassVar[re.Pattern[str]] = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
    _MONTHS: ClassVar[tuple[str, ...]] = (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    )  # fmt: skip

    @classmethod
    def parse(cls, text: str) -> PartialDate | None:
        """The date written in `text`, or None if it is not a valid (partial) ISO date."""
        m = cls._PATTERN.match(text.strip())
        if not m:
            return None
        year, month, day = int(m[1]), int(m[2] or 0), int(m[3] or 0)
        try:
            dt.date(year, month or 1, day or 1)
        except ValueError:
            return None
        return cls(year, month, day)

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


@dataclass(frozen=True)
class Check:
    """A rule on a text value; returns what is wrong, or None."""

    rule: Callable[[str], str | None]


def _id_rule(text: str) -> str | None:
    if re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", text):
        return None
    return f"'{text}' is not a valid id (use lower-case letters, digits and hyphens)"


def _url_rule(text: str) -> str | None:
    if re.fullmatch(r"https?://[^\s<>\"]+\.[^\s<>\"]+", text):
        return None
    return f"'{text}' is not a web address (it must start with http:// or https://)"


# The 2012 notice lost its addresses to this placeholder; it must never reach print.
_EMAIL_PLACEHOLDERS = ("[email protected]", "email@example.com")


def _email_rule(text: str) -> str | None:
    if text.strip().lower() in _EMAIL_PLACEHOLDERS or "protected]" in text:
        return f"'{text}' is a placeholder, not an e-mail address; leave the e-mail out"
    if not re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}", text):
        return f"'{text}' is not a valid e-mail address"
    domain = text.rsplit("@", 1)[1].lower()
    if domain in ("example.com", "example.org", "example.net") or domain.endswith(".invalid"):
        return f"'{text}' is an example address, not a real one"
    return None


def _phone_rule(text: str) -> str | None:
    digits = re.sub(r"\D", "", text)
    if not re.fullmatch(r"\+?[0-9 ().-]+", text) or not 7 <= len(digits) <= 15:
        return f"'{text}' is not a phone or fax number (write it like +1 202 495 2138)"
    if not text.startswith("+"):
        return (
            f"'{text}' must be written in international form, starting with + and the country code"
        )
    return None


def _slug_rule(text: str) -> str | None:
    return _id_rule(text) and f"'{text}' is not a valid slug (lower-case letters, digits, hyphens)"


def _language_rule(text: str) -> str | None:
    if re.fullmatch(r"[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*", text):
        return None
    return f"'{text}' is not a language tag (write en, en-US, ko, zh-Hans ...)"


#: What is wrong with a language tag, or None (for the command line's --language).
language_problem = _language_rule


def _country_rule(text: str) -> str | None:
    if addresses.country_code(text):
        return None
    return f"'{text}' is not a country packbuilder knows (write its code: US, GB, DE, KR ...)"


Id = Annotated[str, Check(_id_rule)]
Country = Annotated[str, Check(_country_rule)]
Url = Annotated[str, Check(_url_rule)]
Email = Annotated[str, Check(_email_rule)]
Phone = Annotated[str, Check(_phone_rule)]
Slug = Annotated[str, Check(_slug_rule)]
LanguageTag = Annotated[str, Check(_language_rule)]
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
