"""letter.<language>.yaml: the letter translated, a reading copy for signers."""

from __future__ import annotations

from dataclasses import dataclass

from packbuilder.content.rules import Id, doc


@dataclass(frozen=True)
class TranslatedParagraph:
    """One paragraph of a translation, matched to letter.yaml's by id."""

    id: Id = doc("Id of the paragraph in letter.yaml that this translates.")
    text: str = doc("The paragraph in this language.")
    optional: bool = doc("As in letter.yaml (the two must agree).", False)


@dataclass(frozen=True)
class LetterTranslation:
    """letter.<language>.yaml (letter.ko.yaml, letter.zh.yaml): the letter translated, printed in
    the drive kit for signers to read at the table. It is never sent."""

    salutation: str = doc("The salutation in this language.")
    paragraphs: tuple[TranslatedParagraph, ...] = doc(
        "Every paragraph of letter.yaml, with the same id and optional flag."
    )
    closing: str = doc(
        "The closing in this language; one on two lines (此致, then 敬礼) is a literal block "
        "(closing: |-) with one line each."
    )
    recipient: str | None = doc("The recipient's name and office in this language.", None)
    subject: str | None = doc("The subject line; required when letter.yaml has one.", None)
    reviewed_by: str | None = doc(
        "Who checked the translation against the English (a native speaker), and when; "
        "without it the page says the translation has not yet been checked.",
        None,
    )
