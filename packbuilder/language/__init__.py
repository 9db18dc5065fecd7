"""Languages: scripts, the tool's words, dates and names in the reader's language.

- `scripts`: which characters are Hangul, Han or kana; line-break punctuation; file names.
- `words`: the `Words` catalog's keys and their English text; `ko`, `zh`: the other catalogs.
- `catalogs`: a campaign's `Language` (`language_for`): words, plurals, dates, sentence ends.
- `korean`: particles chosen by the word before them ("번호는", "공관이").
"""
