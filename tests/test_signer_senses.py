"""Words of two senses in signer list headers: a word that says whose an address is stays a
qualifier inside every address phrase of header_words.yaml."""

from __future__ import annotations

from packbuilder.signers import words


def test_no_address_phrase_hides_a_word_that_says_whose_it_is() -> None:
    # "Adres zamieszkania" beside "Adres korespondencyjny" (home and mailing) must read as two
    # address sets; a phrase holding the qualifier would make both the one unqualified address.
    known = words.load()
    qualifiers = {p for p, (kind, _) in known.phrases.items() if kind == "qualifier"}
    hiding = [
        " ".join(p)
        for p, (kind, role) in known.phrases.items()
        if kind == "role" and role == "address" and len(p) > 1
        if any(p[i:j] in qualifiers for i in range(len(p)) for j in range(i + 1, len(p) + 1))
    ]
    assert hiding == []


def test_home_and_mailing_words_inside_address_headers_are_read() -> None:
    for header, qualifier in (
        ("Adresse postale", "mailing"),
        ("Dirección postal", "mailing"),
        ("Adres korespondencyjny", "mailing"),
        ("Почтовый адрес", "mailing"),
        ("Adres zamieszkania", "home"),
        ("Адрес проживания", "home"),
        ("Ev adresi", "home"),
        ("Διεύθυνση κατοικίας", "home"),
    ):
        reading = words.read_header(header)
        assert (reading.role, reading.qualifier) == ("address", qualifier), header
