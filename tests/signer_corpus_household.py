"""Names and people (slice N of issue 20): middle-name columns in the languages of the
signers we serve; households whose rows name a second person who signs; a firm's name beside
the person who signs. Headers as tests/data/exports/SOURCES.md names them; the rows are our
own sample people."""

from __future__ import annotations

from signer_corpus import Case

#: A middle name under a header in the signer's language: printed between the given and the
#: family name (a Dutch tussenvoegsel too: "J.P. van der Berg").
MIDDLE_NAMES = (
    Case(
        "fi-member-register-toinen-nimi",
        "Etunimi;Toinen nimi;Sukunimi;Lähiosoite;Postinumero;Postitoimipaikka\r\n"
        "Matti;Juhani;Virtanen;Mannerheimintie 1 A 5;00100;Helsinki\r\n"
        "Aino;;Korhonen;Hämeenkatu 10;33100;Tampere\r\n",
        (
            ("Matti Juhani Virtanen", ("Mannerheimintie 1 A 5", "00100 Helsinki")),
            ("Aino Korhonen", ("Hämeenkatu 10", "33100 Tampere")),
        ),
        country="FI",
        language="fi",
        said=("middle name <- Toinen nimi",),
    ),
    Case(
        "dk-forening-mellemnavn",
        "Medlemsnr.;Fornavn;Mellemnavn;Efternavn;Adresse;Postnr.;By\r\n"
        "101;Lars;Bo;Hansen;Vestergade 4, 2. th.;8000;Aarhus C\r\n"
        "102;Mette;;Nielsen;Nørregade 1;1165;København K\r\n",
        (
            ("Lars Bo Hansen", ("Vestergade 4, 2. th.", "8000 Aarhus C")),
            ("Mette Nielsen", ("Nørregade 1", "1165 København K")),
        ),
        country="DK",
        language="da",
        encoding="cp1252",
        said=("middle name <- Mellemnavn",),
    ),
    Case(
        "nl-ledenlijst-voorletters-tussenvoegsel",
        "Relatienummer;Voorletters;Tussenvoegsel;Achternaam;Straat;Huisnummer;Toevoeging;"
        "Postcode;Plaats\r\n"
        "1001;J.P.;van der;Berg;Kerkstraat;12;A;1017 GC;Amsterdam\r\n"
        "1002;Th.;de;Vries;Dorpsstraat;3;;3511 LK;Utrecht\r\n",
        (
            ("J.P. van der Berg", ("Kerkstraat 12 A", "1017 GC Amsterdam")),
            ("Th. de Vries", ("Dorpsstraat 3", "3511 LK Utrecht")),
        ),
        country="NL",
        language="nl",
        said=("first name <- Voorletters", "middle name <- Tussenvoegsel"),
    ),
    Case(
        "ee-form-teine-nimi",
        "Eesnimi;Teine nimi;Perekonnanimi;Aadress;Postiindeks;Linn\r\n"
        "Mari;Liis;Tamm;Pikk 5-3;10123;Tallinn\r\n",
        (("Mari Liis Tamm", ("Pikk 5-3", "10123 Tallinn")),),
        country="EE",
        language="et",
        said=("middle name <- Teine nimi",),
    ),
    Case(
        "lt-form-antrasis-vardas",
        "Vardas;Antrasis vardas;Pavardė;Adresas;Pašto kodas;Miestas\r\n"
        "Jonas;Petras;Kazlauskas;Gedimino pr. 1-5;LT-01103;Vilnius\r\n",
        (("Jonas Petras Kazlauskas", ("Gedimino pr. 1-5", "LT-01103 Vilnius")),),
        country="LT",
        language="lt",
        said=("middle name <- Antrasis vardas",),
    ),
    Case(
        # A patronymic under its Latin-letter header, as a transliterating sheet writes it.
        "ru-latin-headers-otchestvo",
        "Familiya,Imya,Otchestvo,Adres,Gorod,Pochtovyy indeks\n"
        "Ivanova,Anna,Sergeevna,ul. Lenina d. 5 kv. 3,Moskva,101000\n",
        (("Anna Sergeevna Ivanova", ("ul. Lenina d. 5 kv. 3", "Moskva", "101000")),),
        country="RU",
        language="ru",
        said=("middle name <- Otchestvo",),
    ),
)

#: A firm's name where the name goes ("Name 1" = "Müller & Söhne GmbH"): the person beside it
#: signs, the attention words ("z. Hd.") left off, and the firm prints above the street; a
#: firm with no person beside it signs, and the row is warned about.
FIRMS = (
    Case(
        "de-customer-sheet-name-1-firm-name-2-person",
        "Kundennummer;Name 1;Name 2;Straße;PLZ;Ort;Land\r\n"
        "K-10001;Müller & Söhne GmbH;Anna Schmidt;Hauptstraße 5;10115;Berlin;Deutschland\r\n"
        "K-10002;Bäckerei Klein KG;z. Hd. Frau Eva Klein;Marktplatz 1;80331;München;"
        "Deutschland\r\n"
        "K-10003;Weber & Partner AG;;Ringstraße 9;50667;Köln;Deutschland\r\n"
        "K-10004;Hans Becker;;Lindenweg 3;20095;Hamburg;Deutschland\r\n"
        "K-10005;Huber Holz GmbH;Josef Huber;Hauptplatz 2;8010;Graz;Österreich\r\n",
        (
            ("Anna Schmidt", ("Müller & Söhne GmbH", "Hauptstraße 5", "10115 Berlin")),
            ("Frau Eva Klein", ("Bäckerei Klein KG", "Marktplatz 1", "80331 München")),
            ("Weber & Partner AG", ("Ringstraße 9", "50667 Köln")),
            ("Hans Becker", ("Lindenweg 3", "20095 Hamburg")),
            ("Josef Huber", ("Huber Holz GmbH", "Hauptplatz 2", "8010 Graz", "ÖSTERREICH")),
        ),
        country="DE",
        language="de",
        encoding="cp1252",
        said=("a firm's name in a name column: the person beside it signs",),
    ),
    Case(
        # The person first and the firm second: the person signs all the same.
        "ch-verein-name-1-person-name-2-firm",
        "Name 1;Name 2;Adresse;PLZ;Ort\r\n"
        "Luca Bernasconi;Bernasconi Architekten AG;Bahnhofstrasse 10;8001;Zürich\r\n"
        "Marie Favre;;Rue du Rhône 3;1204;Genève\r\n",
        (
            ("Luca Bernasconi", ("Bernasconi Architekten AG", "Bahnhofstrasse 10", "8001 Zürich")),
            ("Marie Favre", ("Rue du Rhône 3", "1204 Genève")),
        ),
        country="CH",
        language="de",
    ),
)
