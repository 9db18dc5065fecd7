"""Signer lists whose header words say more than the role they name (issue 20): a supplement
line counted by its own number (CiviCRM's "Adresszusatz 1/2": the second is the address's
third line), a prefix or suffix that belongs to a number, not to the name (a UK electoral
register's "Elector Number Prefix"), and German's word for the commune one votes in
("Politische Gemeinde": the town). The rows are our own sample people; sources in
tests/data/exports/SOURCES.md."""

from __future__ import annotations

from signer_corpus import Case

COUNTED = (
    Case(
        "civicrm-de-adresszusatz-1-2",
        "Kontakt-ID;Vorname;Nachname;Straße;Adresszusatz 1;Adresszusatz 2;PLZ;Ort;Bundesland;"
        "Land\r\n"
        "101;Jonas;Becker;Gartenstraße 12;Hinterhaus;3. OG links;50667;Köln;;Deutschland\r\n"
        "102;Anna;Schmidt;Lindenweg 3;;;80331;München;;Deutschland\r\n",
        (
            ("Jonas Becker", ("Gartenstraße 12", "Hinterhaus", "3. OG links", "50667 Köln")),
            ("Anna Schmidt", ("Lindenweg 3", "80331 München")),
        ),
        country="DE",
        language="de",
        encoding="cp1252",
        said=("street line 2 <- Adresszusatz 1", "street line 3 <- Adresszusatz 2"),
    ),
    Case(
        "civicrm-fr-complement-d-adresse-1-2",
        "ID du contact;Prénom;Nom;Rue;Complément d'adresse 1;Complément d'adresse 2;Code postal;"
        "Ville;Département/Région;Pays\r\n"
        "101;Claire;Martin;12 rue de la Paix;Bâtiment B;Escalier 2;75002;Paris;;France\r\n"
        "102;Paul;Durand;5 avenue Foch;;;69006;Lyon;;France\r\n",
        (
            ("Claire Martin", ("Bâtiment B", "Escalier 2", "12 rue de la Paix", "75002 Paris")),
            ("Paul Durand", ("5 avenue Foch", "69006 Lyon")),
        ),
        country="FR",
        language="fr",
        encoding="cp1252",
    ),
    # Held out: Brazil's Complemento counted the same way, written by nobody the rule was
    # made for.
    Case(
        "br-sheet-complemento-1-2",
        "Nome;Sobrenome;Logradouro;Número;Complemento 1;Complemento 2;Bairro;Cidade;UF;CEP\r\n"
        "Ana;Souza;Rua das Flores;120;Bloco B;Apto 32;Centro;Curitiba;PR;80010-000\r\n",
        (
            (
                "Ana Souza",
                (
                    "Rua das Flores, 120",
                    "Bloco B",
                    "Apto 32",
                    "Centro",
                    "Curitiba-PR",
                    "80010-000",
                ),
            ),
        ),
        country="BR",
        language="pt",
        encoding="cp1252",
    ),
    Case(
        "uk-electoral-register-postcode-before-address1",
        "Elector Number Prefix,Elector Number,Elector Number Suffix,Elector Markers,Elector DOB,"
        "Elector Surname,Elector Forename,PostCode,Address1,Address2,Address3,Address4,Address5,"
        "Address6\r\n"
        "AA,12,0,,,Hardy,Tom,S10 1UA,10 Broad Lane,Crookes,Sheffield,,,\r\n"
        "AA,13,0,F,,Patel,Priya,S10 1BN,Flat 2,21 Crookes Road,Crookes,Sheffield,,\r\n",
        (
            ("Tom Hardy", ("10 Broad Lane", "Crookes", "Sheffield", "S10 1UA")),
            ("Priya Patel", ("Flat 2", "21 Crookes Road", "Crookes", "Sheffield", "S10 1BN")),
        ),
        country="GB",
        said=("not used: Elector Number Prefix (2 values), Elector Number Suffix (2 values)",),
    ),
    # Held out: a member number's prefix and suffix on a US list, and an honorific beside them
    # that is the name's.
    Case(
        "us-sheet-member-number-prefix-and-a-name-prefix",
        "Voter Number Prefix,Voter Number,Voter Number Suffix,Prefix,First Name,Last Name,"
        "Street,City,State,Zip\n"
        "KX,104,2,Dr.,Ann,Lee,12 Oak St,Springfield,IL,62704\n",
        (("Dr. Ann Lee", ("12 Oak St", "Springfield, IL 62704")),),
        said=("name prefix <- Prefix",),
    ),
    Case(
        "ch-unterschriftenbogen-kanton-plz-politische-gemeinde",
        "Kanton;Postleitzahl;Politische Gemeinde;Name;Vorname;Geburtsdatum;"
        "Wohnadresse (Strasse und Hausnummer)\r\n"
        "ZH;8001;Zürich;Meier;Luca;12.03.1985;Bahnhofstrasse 21\r\n"
        "ZH;8001;Zürich;Keller;Sara;01.07.1990;Rennweg 10\r\n",
        (
            ("Luca Meier", ("Bahnhofstrasse 21", "8001 Zürich", "ZH")),
            ("Sara Keller", ("Rennweg 10", "8001 Zürich", "ZH")),
        ),
        country="CH",
        language="de",
        encoding="cp1252",
        said=("town/city <- Politische Gemeinde",),
    ),
    # Held out: an Austrian list with the Gemeinde alone as the town.
    Case(
        "at-sheet-plz-gemeinde",
        "Vorname;Nachname;Straße;PLZ;Gemeinde\r\nLukas;Gruber;Mariahilfer Straße 45;1060;Wien\r\n",
        (("Lukas Gruber", ("Mariahilfer Straße 45", "1060 Wien")),),
        country="AT",
        language="de",
        encoding="cp1252",
    ),
)
