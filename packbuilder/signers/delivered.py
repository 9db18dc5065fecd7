"""Whether an address set's words name where goods go ("Shipping", "Ship To", "Delivery",
"Lieferung"): a gift's recipient's set, not the buyer's (header_words.yaml, delivered_to)."""

from __future__ import annotations

from functools import cache

from packbuilder.signers import vocabulary, words


@cache
def _delivery_words() -> frozenset[tuple[str, ...]]:
    listed = vocabulary.data_file(vocabulary.WORDS_FILE)["delivered_to"]
    return frozenset(words.words(str(p), words.load()) for p in listed)


def goods_go(name: str) -> bool:
    """Whether a set's words or a header as written ("Shipping", "Ship To", "Delivery
    Customer") name where goods go."""
    toks = words.words(name, words.load())
    listed = _delivery_words()
    return any(toks[i : i + n] in listed for n in (1, 2, 3) for i in range(len(toks)))
