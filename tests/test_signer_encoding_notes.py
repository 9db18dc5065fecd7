"""The column report names a losing code page's reading only where it was plausible too: a
Windows-1252 list in the campaign's languages gets no note that Windows-1257 or 1250 would
read it as letters nobody in the campaign's country writes ("País" as "Paķs")."""

from __future__ import annotations

from pathlib import Path

import pytest

from packbuilder.signers.read import Reading, read_signers

#: Lists saved by Excel as plain CSV (Windows-1252) in the campaign's own languages; written
#: for this test, not taken from a reviewer's file the rule was made from.
PLAIN_CSV = (
    (
        "ES",
        "es",
        "Nombre;Apellidos;Dirección;Código postal;Población;País\r\n"
        "María;Núñez Peña;Calle Mayor 5;28013;Madrid;España\r\n",
    ),
    (
        "PT",
        "pt",
        "Nome;Apelido;Morada;Código postal;Localidade\r\n"
        "João;Conceição;Rua Augusta 100;1100-053;Lisboa\r\n",
    ),
    (
        "BE",
        "fr",
        "Prénom;Nom;Adresse;Code postal;Localité\r\nHélène;Lefèvre;Rue Haute 12;1000;Bruxelles\r\n",
    ),
    (
        "AT",
        "de",
        "Vorname;Nachname;Straße;PLZ;Ort\r\nJürgen;Größl;Mariahilfer Straße 45;1060;Wien\r\n",
    ),
)


@pytest.mark.parametrize(("country", "language", "text"), PLAIN_CSV)
def test_a_reading_in_no_language_of_the_campaign_is_not_named(
    tmp_path: Path, country: str, language: str, text: str
) -> None:
    path = tmp_path / "list.csv"
    path.write_bytes(text.encode("cp1252"))
    found = read_signers(path, None, Reading(country=country, language=language))
    assert found.problems == ()
    assert found.columns is not None
    assert not [line for line in found.columns.lines() if "would read" in line]
