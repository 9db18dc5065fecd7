"""A briefing section's timeline as printed: each dated count in the campaign's language, the
figure's text alternative stating every point, and the headings of its table."""

from __future__ import annotations

from packbuilder import model as m
from packbuilder.content.briefing import Section
from packbuilder.content.rules import PartialDate, counted
from packbuilder.language.catalogs import Language


def timeline(section: Section, language: Language, numbers: dict[str, int]) -> m.Timeline | None:
    """The section's timeline, or None when it has none."""
    if not section.timeline or not section.timeline_title:
        return None
    w = language.words
    points = []
    for p in section.timeline:
        low, high, about = counted(p.count)
        if low != high:
            count_text = w.count_range.format(low=f"{low:,}", high=f"{high:,}")
            label = f"{low:,}–{high:,}"
        else:
            count_text = w.count_about.format(n=f"{low:,}") if about else f"{low:,}"
            label = f"~{low:,}" if about else f"{low:,}"
        month = PartialDate(p.date.year, p.date.month)
        points.append(
            m.TimelinePoint(
                date_text=language.date(p.date.year, p.date.month, p.date.day),
                short_date=language.date(month.year, month.month),
                event=p.event,
                count_text=count_text,
                label=label,
                low=low,
                high=high,
                sources=tuple(numbers[s] for s in p.sources if s in numbers),
                confidence=getattr(w, f"confidence_{p.confidence}"),
            )
        )
    # The text alternative says what the figure shows, point by point, so a reader who cannot
    # see the bars gets every number they stand for.
    said = [
        w.timeline_point.format(date=p.date_text, count=p.count_text, event=p.event) for p in points
    ]
    alt = language.sentences(
        [
            language.sentence_end(section.timeline_title),
            language.sentence_end(w.list_separator.join(said)),
        ]
    )
    return m.Timeline(
        title=section.timeline_title,
        points=tuple(points),
        alt=alt,
        headers=(
            w.timeline_date,
            w.timeline_event,
            w.timeline_count,
            w.timeline_sure,
            w.timeline_sources,
        ),
        key=(w.timeline_key_count, w.timeline_key_range, w.timeline_key_sources),
    )
