"""contacts.yaml: every diplomatic post a letter may go to, and when each fact was confirmed."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from packbuilder.content.rules import Email, Id, PartialDate, Phone, Prose, doc


@dataclass(frozen=True)
class Verified:
    """When a fact about a post was last confirmed, and where."""

    source: Id = doc("Id of the source in sources.yaml.")
    date: PartialDate | None = doc(
        "The date of the source's own statement (YYYY-MM-DD, YYYY-MM or YYYY), never later "
        "than the source's date; leave it out if the source is undated, and the pack prints "
        "'date not known'.",
        None,
    )
    official: bool = doc(
        "true only when the post's own (official) site confirmed it; otherwise the pack says "
        "'not confirmed on an official site'.",
        False,
    )
    note: Prose | None = doc("What was and was not confirmed; may cite sources with [^id].", None)

    @property
    def when(self) -> str:
        """The date as printed, or 'date not known'."""
        return self.date.human() if self.date else "date not known"

    def current(self, stale_before: dt.date) -> bool:
        """Whether this was confirmed on or after `stale_before` (an undated one never is)."""
        return self.date is not None and self.date.latest() >= stale_before


@dataclass(frozen=True)
class Closure:
    """Why a post no longer takes letters."""

    date: PartialDate = doc("When the post closed.")
    reason: Prose = doc("Why it closed; may cite sources with [^id].")
    source: Id = doc("Id of the source in sources.yaml.")


@dataclass(frozen=True)
class Address:
    """A postal address, as printed in the envelope window."""

    lines: tuple[str, ...] = doc("Street lines, in order.")
    city: str = doc("City.")
    region: str | None = doc(
        "State, province or region, where the country's addresses use one (for a US state, "
        "its two-letter code).",
        None,
    )
    postal_code: str | None = doc(
        "Postal code, in quotes so leading zeros are kept; needed for an open post.", None
    )
    country: str | None = doc("Country, for mail from abroad.", None)


@dataclass(frozen=True)
class OtherNumber:
    """Another number a source gives for the same fax line: the sources disagree."""

    number: Phone = doc("The other number, in international form.")
    source: Id = doc("Id of the source in sources.yaml that gives it.")
    date: PartialDate | None = doc("The date of that source's statement, if it has one.", None)


@dataclass(frozen=True)
class Fax:
    """A fax number and when it was last confirmed."""

    number: Phone = doc("International form: +1 202 495 2138.")
    verified: Verified = doc("When and where the number was last confirmed.")
    others: tuple[OtherNumber, ...] = doc(
        "Other numbers that sources give for this post's fax. Any here means the sources "
        "disagree: the post gets no fax cover (with --fax-unverified, a cover with the number "
        "left blank, to write in once the post confirms it) and the addressee table shows "
        "every number.",
        (),
    )


@dataclass(frozen=True)
class EmailContact:
    """An e-mail address and when it was last confirmed."""

    address: Email = doc("A real e-mail address (no placeholders).")
    verified: Verified = doc("When and where the address was last confirmed.")


@dataclass(frozen=True)
class Contact:
    """A diplomatic post a letter may be sent to (in care of)."""

    id: Id = doc("Id of the post.")
    name: str = doc("Full name of the post, as on the envelope.")
    short_name: str = doc("Short name for tables and bookmarks.")
    status: Literal["open", "closed"] = doc("open or closed; only open posts get letters.")
    address: Address = doc("Postal address.")
    address_verified: Verified = doc("When and where the postal address was last confirmed.")
    closed: Closure | None = doc("For a closed post: date, reason and source.", None)
    window_name: str | None = doc(
        "Shorter name of the post for the envelope window (after 'c/o'), when the full name "
        "is too long for one line of it: Chinese Consulate General. The full name stays in the "
        "addressee table.",
        None,
    )
    fax: Fax | None = doc("Fax number, if the post has one.", None)
    email: EmailContact | None = doc("E-mail address, if a real one is known.", None)
    note: Prose | None = doc(
        "Anything an organiser should know; may cite sources with [^id].", None
    )

    @property
    def is_open(self) -> bool:
        """Whether the post is open (only open posts can get letters)."""
        return self.status == "open"


@dataclass(frozen=True)
class Contacts:
    """contacts.yaml: every post, open or closed."""

    contacts: tuple[Contact, ...] = doc("The posts a letter may go to.")
