"""Signer lists from review 11 (issue 20): a column that adds to the address under a word for
an addition and a word for the address ("Zusatz Adresse 1", "Dirección complementaria 1"),
read as the line after the street in every language, and a second street column whose value
is no street ('Hinterhaus') refused, never dropped. The rows are our own sample people;
sources in tests/data/exports/SOURCES.md."""

from __future__ import annotations

from signer_corpus import Case

ADDITIONS = (
    Case(
        "civicrm-de-zusatz-adresse-1",
        "Kontakt-ID,Kontakttyp,Anzeigename,Vorname,Nachname,Straße,Zusatz Adresse 1,Postleitzahl,"
        "Ort,Land,E-Mail\r\n"
        "101,Individuum,Greta Hoffmann,Greta,Hoffmann,Lindenallee 23,Hinterhaus,20259,Hamburg,"
        "Deutschland,greta@example.org\r\n"
        "102,Individuum,Jonas Weber,Jonas,Weber,Gartenstraße 5,Wohnung 3,50667,Köln,"
        "Deutschland,\r\n",
        (
            ("Greta Hoffmann", ("Lindenallee 23", "Hinterhaus", "20259 Hamburg")),
            ("Jonas Weber", ("Gartenstraße 5", "Wohnung 3", "50667 Köln")),
        ),
        country="DE",
        language="de",
    ),
    # Held out: the same shape in Spanish, Portuguese and English, written by nobody the rule
    # was made for.
    Case(
        "civicrm-es-direccion-complementaria-1",
        "ID de contacto,Nombre,Apellido,Dirección,Dirección complementaria 1,Código postal,"
        "Ciudad,Región,País\r\n"
        "201,Ignacio,Muñoz,Av. Providencia 1234,Casa esquina,7500000,Providencia,"
        "Región Metropolitana,Chile\r\n"
        "202,Javiera,Soto,Calle Esmeralda 55,Depto. 56,2340000,Valparaíso,,Chile\r\n",
        (
            (
                "Ignacio Muñoz",
                (
                    "Av. Providencia 1234",
                    "Casa esquina",
                    "7500000 Providencia",
                    "Región Metropolitana",
                ),
            ),
            ("Javiera Soto", ("Calle Esmeralda 55", "Depto. 56", "2340000 Valparaíso")),
        ),
        country="CL",
        language="es",
    ),
    Case(
        "pt-sheet-endereco-complementar",
        "Nome;Apelido;Morada;Endereço complementar;Código postal;Localidade\r\n"
        "Rita;Fonseca;Rua Augusta 100;Loja B;1100-053;Lisboa\r\n",
        (("Rita Fonseca", ("Rua Augusta 100", "Loja B", "1100-053 Lisboa")),),
        country="PT",
        language="pt",
    ),
    Case(
        "gb-sheet-extra-address-1-2",
        "First Name,Last Name,Street,Extra Address 1,Extra Address 2,Town,Postcode\r\n"
        "Ann,Lee,14 Church Lane,Basement Flat,c/o Jane Smith,Sheffield,S3 8SD\r\n",
        (
            (
                "Ann Lee",
                ("c/o Jane Smith", "14 Church Lane", "Basement Flat", "Sheffield", "S3 8SD"),
            ),
        ),
        country="GB",
    ),
    # A second street column under words no rule knows: a value that is no street but may be
    # the line after it is refused with its row, never left off.
    Case(
        "de-sheet-second-street-column-no-digit",
        "Vorname,Nachname,Straße,Hinterhof Straße 1,PLZ,Ort\r\n"
        "Greta,Hoffmann,Lindenallee 23,Seitenflügel,20259,Hamburg\r\n",
        refused=("2:4", "'Seitenflügel' from column 'Hinterhof Straße 1' would not be on"),
        country="DE",
        language="de",
    ),
)
