"""letter.yaml: the text shared by every letter."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from packbuilder.content.rules import Id, LanguageTag, Range, doc


@dataclass(frozen=True)
class Recipient:
    """Who every letter is addressed to (the post is added as 'c/o')."""

    name: str = doc("Name with honorific: His Excellency Xi Jinping.")
    title: str = doc(
        "Office: President of the People's Republic of China. The post's name follows as "
        "'c/o <post name>'."
    )


@dataclass(frozen=True)
class LetterParagraph:
    """One paragraph of the letter body."""

    id: Id = doc("Id of the paragraph.")
    text: str = doc("The paragraph.")
    optional: bool = doc("true if a drive may drop this paragraph.", False)
    after_own_words: bool = doc(
        "true to print the paragraph below the lines for the writer's own words, just above "
        "the closing (a line of thanks); such paragraphs come last in the list.",
        False,
    )


@dataclass(frozen=True)
class Signature:
    """Labels under the writer's signature, name and address lines."""

    signature_label: str = doc("Label under the signature line.", "Signature")
    name_label: str = doc("Label under the name line.", "Name")
    address_label: str = doc("Label under the address line.", "Address")


@dataclass(frozen=True)
class LetterTemplate:
    """letter.yaml: the text shared by every letter."""

    recipient: Recipient = doc("Who the letter is addressed to.")
    salutation: str = doc("Your Excellency,")
    paragraphs: tuple[LetterParagraph, ...] = doc("The body, in order.")
    closing: str = doc(
        "Respectfully, or the like. A closing on two lines is written as a literal block "
        "(closing: |-) with one line each.",
    )
    subject: str | None = doc("Subject line above the salutation.", None)
    include: tuple[Id, ...] | None = doc("Optional paragraphs to print (absent: all).", None)
    personal_lines: Annotated[int, Range(0, 6)] = doc("Ruled lines for the writer's own words.", 3)
    personal_prompt: str = doc("Label above those lines.", "In your own words:")
    signature: Signature = doc("Labels of the signature block.", Signature())
    language: LanguageTag = doc(
        "Language the letter is written in (BCP 47); the letter's date, the 'c/o' line and the "
        "fax cover's words for the post follow it. Officials get letters in English unless an "
        "accurate translation is available.",
        "en",
    )

    def body(self) -> tuple[LetterParagraph, ...]:
        """The paragraphs printed: every fixed one and the included optional ones."""
        chosen = self.include
        return tuple(
            p for p in self.paragraphs if not p.optional or chosen is None or p.id in chosen
        )
