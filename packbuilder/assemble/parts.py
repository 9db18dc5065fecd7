"""One function per part type, each making its model objects from an Assembly (what any part
may need); the part registry (packbuilder.parts) names each one, and `assemble` calls those of
the parts the pack prints, in print order."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from packbuilder import model as m
from packbuilder import parts as registry
from packbuilder.assemble.addressees import addressee_table
from packbuilder.assemble.kit import EnvelopePile, FaxPlan, LabelPile, fax_cover, fax_guide_notes
from packbuilder.assemble.letters import LetterPile
from packbuilder.assemble.letters import reading_copies as letters_in_translation
from packbuilder.assemble.sources import source_text
from packbuilder.assemble.text import Paragraphs, date_in
from packbuilder.assemble.timeline import timeline
from packbuilder.content.schema import Content


@dataclass(frozen=True)
class Assembly:
    """What the parts are made from: the content, the choices, and what several parts share
    (source numbers, the pile of letters the labels and envelopes follow, the fax plan)."""

    content: Content
    setup: m.PrintSetup
    kit: m.KitChoice
    signers: tuple[m.Signer, ...]
    #: Source id -> its number in the list of sources.
    numbers: dict[str, int]
    para: Paragraphs
    pile: LetterPile
    faxes: tuple[FaxPlan, ...]


def make_parts(a: Assembly) -> tuple[m.Part, ...]:
    """Every part the pack prints, in print order: each registered part's own function, for
    the parts every pack has and the drive-kit sheets `a.kit` switches on (a part within
    another, such as the reading copies, with that one)."""
    out: list[m.Part] = []
    for entry in registry.PARTS:
        if entry.assemble is None:
            continue
        if (entry.switch is not None or entry.within) and not a.kit.has(entry.within or entry.name):
            continue
        make = registry.load(entry.assemble)
        out += make(a)
    return tuple(out)


def briefing(a: Assembly) -> Iterable[m.Briefing]:
    language = a.content.language
    yield m.Briefing(
        title=a.content.briefing.title or language.words.briefing,
        sections=tuple(
            m.BriefingSection(
                s.title,
                tuple(a.para(p) for p in s.paragraphs),
                timeline(s, language, a.numbers),
            )
            for s in a.content.briefing.sections
        ),
    )


def cases(a: Assembly) -> Iterable[m.CaseList]:
    content, language, para = a.content, a.content.language, a.para
    yield m.CaseList(
        title=content.cases.title or language.words.case_summaries,
        intro=tuple(para(p) for p in content.cases.intro),
        cases=tuple(
            m.CaseSummary(
                title=c.title,
                date_text=c.date_note or date_in(language, c.date),
                place=c.place,
                confidence=c.confidence,
                confidence_note=para(c.confidence_note),
                summary=tuple(para(p) for p in c.summary),
                origin=content.places.of(c),
            )
            for c in content.cases.cases
        ),
    )


def addressees(a: Assembly) -> Iterable[m.AddresseeTable]:
    yield addressee_table(a.content, a.numbers)


def letters(a: Assembly) -> Iterable[m.Letters]:
    yield m.Letters(title=a.content.language.words.letters, letters=a.pile)


def window_test(a: Assembly) -> Iterable[m.WindowTest]:
    if a.pile:  # a real post's address block; first in the kit: used before any letter
        yield m.WindowTest(a.content.language.words.window_test, a.pile[0].recipient)


def _invitation(a: Assembly) -> m.Invitation:
    campaign, language = a.content.campaign, a.content.language
    w, drive = language.words, campaign.drive
    # The whole ask, never a guessed first sentence: a sentence split cuts "Dr." or leaves a
    # Korean ask without its request. The layout fits it by size.
    ask = " ".join(campaign.ask.split())
    when = [language.date(drive.date.year, drive.date.month, drive.date.day)] if drive.date else []
    if drive.time:
        when.append(drive.time)
    facts = [(w.invite_when, ", ".join(when))] if when else []
    if drive.place:
        facts.append((w.invite_where, drive.place))
    facts.append((w.invite_bring, w.invite_bring_what))
    return m.Invitation(w.invite_heading, ask, tuple(facts), campaign.url, w.invite_online)


def poster(a: Assembly) -> Iterable[m.Poster]:
    yield m.Poster(a.content.language.words.poster, _invitation(a), a.setup.poster_paper)


def bulletin(a: Assembly) -> Iterable[m.Bulletin]:
    yield m.Bulletin(a.content.language.words.bulletin, _invitation(a))


def guide(a: Assembly) -> Iterable[m.Guide]:
    content, para, w = a.content, a.para, a.content.language.words
    g = content.guide
    sections = [
        m.GuideSection(
            s.title, tuple(para(p) for p in s.paragraphs), tuple(para(i) for i in s.items)
        )
        for s in g.sections
    ]
    # Which fax covers were left out (or printed unconfirmed) and why, in plain words once for
    # all posts alike: for the volunteers, never on the cover that goes through the fax.
    notices = fax_guide_notes(content, a.faxes, a.kit.fax_unverified)
    if a.kit.has("fax-covers") and notices:
        sections.append(m.GuideSection(w.fax_guide_title, (), tuple(para(n) for n in notices)))
    campaign = content.campaign
    yield m.Guide(
        title=g.title or w.guide,
        sections=tuple(sections),
        contact=campaign.contact.parts() if campaign.contact else (),
    )


def reading_copies(a: Assembly) -> Iterable[m.ReadingCopy]:
    # The letter in the signers' languages, for the table: it travels with the guide.
    return letters_in_translation(a.content)


def _drive_heading(a: Assembly) -> str:
    return a.content.language.words.drive_heading.format(title=a.content.campaign.title)


def sign_in(a: Assembly) -> Iterable[m.SignInSheet]:
    w = a.content.language.words
    note = a.content.campaign.kit.sign_in_note  # who keeps the e-mail addresses, how long
    yield m.SignInSheet(w.sign_in_sheet, _drive_heading(a), a.signers, a.kit.sign_in_rows, note)


def tally(a: Assembly) -> Iterable[m.TallySheet]:
    content = a.content
    yield m.TallySheet(
        content.language.words.tally_sheet,
        _drive_heading(a),
        tuple(c.short_name for c in content.posts()),
        content.campaign.kit.report_to,
    )


def fax_covers(a: Assembly) -> Iterable[m.FaxCovers]:
    covers = tuple(fax_cover(a.content, f.contact, f.blank) for f in a.faxes if f.cover)
    if covers:
        yield m.FaxCovers(a.content.language.words.fax_covers, covers)


def labels(a: Assembly) -> Iterable[m.LabelSheets]:
    w, kit = a.content.language.words, a.kit
    yield m.LabelSheets(w.address_labels, LabelPile(a.pile), kit.label_start, kit.label_offset_mm)


def envelopes(a: Assembly) -> Iterable[m.Envelopes]:
    yield m.Envelopes(a.content.language.words.envelopes, EnvelopePile(a.pile))


def sources(a: Assembly) -> Iterable[m.SourceList]:
    language, numbers = a.content.language, a.numbers
    yield m.SourceList(
        title=language.words.sources,
        entries=tuple(
            m.SourceEntry(numbers[s.id], source_text(language, s), s.url, s.mirrors)
            for s in sorted(a.content.sources.sources, key=lambda s: numbers[s.id])
        ),
    )
