"""Exporters recognised by their header, and the columns each writes that are not a signer's
own postal data (a form's login, a geo-IP guess), so they are never read as an address part."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from packbuilder.signers import words


@dataclass(frozen=True)
class Platform:
    """An exporter recognised by its header, and the columns it writes that are not a
    signer's own postal data (so they are never read as an address part)."""

    name: str
    #: Header keys that identify the platform (all present).
    marks: frozenset[str]
    #: Header key -> why the column is not used.
    not_postal: Mapping[str, str]
    #: Only the first column with such a key is not used (a later one is the form's question).
    first_only: bool = False


_GEO = "Mailchimp's guess of where the subscriber opened e-mail (geo-IP), not their address"
_ACCOUNT = "the Microsoft account that answered the form, not the form's own answer"

_MAILCHIMP_GEO = {
    k: _GEO for k in ("region", "cc", "latitude", "longitude", "gmtoff", "dstoff", "timezone")
}

PLATFORMS = (
    Platform("Mailchimp audience export", frozenset({"latitude", "longitude"}), _MAILCHIMP_GEO),
    # A trimmed audience export still has Mailchimp's own MEMBER_RATING (its 1-5 stars).
    Platform("Mailchimp audience export", frozenset({"memberrating"}), _MAILCHIMP_GEO),
    Platform(
        "Microsoft Forms",
        frozenset({"id", "starttime", "completiontime"}),
        {"name": _ACCOUNT, "email": _ACCOUNT},
        first_only=True,
    ),
    Platform("EveryAction / NGP VAN export", frozenset({"vanid"}), {}),
    Platform("NationBuilder people export", frozenset({"nationbuilderid"}), {}),
    Platform("NationBuilder people export", frozenset({"primaryaddress1"}), {}),
    Platform("Eventbrite attendee report", frozenset({"order", "attendee"}), {}),
    # "Home Address 1" alone is any list's (a students' union's Term and Home sets): with
    # Eventbrite's own "Ticket Type" it is Eventbrite's.
    Platform("Eventbrite attendee report", frozenset({"homeaddress1", "tickettype"}), {}),
    Platform("Action Network export", frozenset({"can2useraddress"}), {}),
    Platform("Action Network export", frozenset({"can2subscriptionstatus"}), {}),
    Platform("Google Forms", frozenset({"timestamp"}), {}),
)


def detect(keys: Sequence[str], readings: Sequence[words.HeaderReading]) -> Platform | None:
    """The exporter a header's keys (columns.key) and readings say wrote the list, or None."""
    return by_marks(keys) or _forms_by_shape(keys, readings)


def by_marks(keys: Sequence[str]) -> Platform | None:
    present = set(keys)
    return next((p for p in PLATFORMS if p.marks <= present), None)


def _forms_by_shape(
    keys: Sequence[str], readings: Sequence[words.HeaderReading]
) -> Platform | None:
    """Microsoft Forms in any language: its export starts ID, start time, completion time, the
    answering account's e-mail and name ("Id, Hora de inicio, Hora de finalización, Correo
    electrónico, Nombre", "ID, 開始時刻, 完了時刻, メール, 名前"), then the questions; a later
    name question is the signer's own, the account only the form's login."""
    if len(readings) < 6 or keys[0] != "id":
        return None
    times = all(readings[i].role in (None, "date") for i in (1, 2))
    account = readings[3].role == "email" and readings[4].role in words.NAME_PARTS
    asked = any(r.role in words.NAME_PARTS for r in readings[5:])
    if not (times and account and asked):
        return None
    return Platform(
        "Microsoft Forms",
        frozenset({keys[0], keys[3], keys[4]}),
        {keys[3]: _ACCOUNT, keys[4]: _ACCOUNT},
        first_only=True,
    )


def undup(k: str, keys: Sequence[str]) -> str:
    """Microsoft Forms' "Name2" for a question titled like its own "Name" column."""
    base = k.rstrip("0123456789")
    return base if base != k and base in ("name", "email") and base in keys else k
