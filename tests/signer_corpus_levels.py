"""Signer lists that give an address's levels in columns of their own: a building, its
staircase and floor, the number before or after the street as the country's post writes it,
and the named places between the street and the region. Headers as tests/data/exports/SOURCES.md
names them; the rows are our own sample people."""

from __future__ import annotations

from signer_corpus import Case

#: The number where the country's post writes it, and a building's levels with their words.
PREMISES = (
    Case(
        "mt-sheet-house-name-locality",
        "Name,Surname,House Name/No.,Street,Locality,Post Code\n"
        "Maria,Borg,Dar il-Ward,Triq il-Kbira,Ħaż-Żebbuġ,ZBG 1301\n"
        "Joseph,Camilleri,12,Triq San Pawl,Valletta,VLT 1215\n",
        (
            ("Maria Borg", ("Dar il-Ward", "Triq il-Kbira", "Ħaż-Żebbuġ ZBG 1301")),
            ("Joseph Camilleri", ("12 Triq San Pawl", "Valletta VLT 1215")),
        ),
        country="MT",
    ),
    Case(
        "mt-sheet-house-no-first-column",
        "Name,Surname,House No.,Street,Locality,Post Code\n"
        "Joe,Vella,3,Triq il-Kbira,Il-Mosta,MST 1234\n",
        (("Joe Vella", ("3 Triq il-Kbira", "Il-Mosta MST 1234")),),
        country="MT",
    ),
    Case(
        "ro-excel-bloc-scara-etaj-sector",
        "Nume;Prenume;Strada;Număr;Bloc;Scara;Etaj;Apartament;Sector;Localitate;Cod poştal\r\n"
        "Popescu;Ioana;Str. Lalelelor;5;A3;2;4;15;Sector 3;Bucureşti;030000\r\n",
        (
            (
                "Ioana Popescu",
                (
                    "Str. Lalelelor 5, bl. A3, sc. 2, et. 4, ap. 15",
                    "Sector 3",
                    "030000 Bucureşti",
                ),
            ),
        ),
        country="RO",
        language="ro",
        encoding="cp1250",
    ),
    Case(
        "ro-excel-bloc-letter-number-flat-as-house",
        "Nume;Prenume;Strada;Numar;Bloc;Scara;Etaj;Apartament;Localitate;Judet;Cod postal\r\n"
        "Ionescu;Mihai;Str. Florilor;7;C12;1;2;7;Cluj-Napoca;Cluj;400000\r\n",
        (
            (
                "Mihai Ionescu",
                (
                    "Str. Florilor 7, bl. C12, sc. 1, et. 2, ap. 7",
                    "400000 Cluj Cluj-Napoca",
                ),
            ),
        ),
        country="RO",
        language="ro",
        encoding="cp1250",
    ),
    Case(
        "es-excel-bloque-letter-number",
        "Nombre;Apellidos;Dirección;Bloque;Escalera;Piso;Puerta;Código postal;Localidad;"
        "Provincia\r\n"
        "Ana;García López;Calle Alcalá 120;B2;A;4;C;28009;Madrid;Madrid\r\n",
        (("Ana García López", ("Calle Alcalá 120, Bloque B2, Esc. A, 4 C", "28009 Madrid")),),
        country="ES",
        language="es",
        encoding="cp1252",
    ),
    Case(
        "fr-excel-batiment-escalier-etage-appartement",
        "Prénom;Nom;Adresse;Bâtiment;Escalier;Étage;Appartement;Code postal;Ville\r\n"
        "Claire;Martin;12 rue de la Paix;B;2;3;12;75002;Paris\r\n",
        (
            (
                "Claire Martin",
                (
                    "Appartement 12",
                    "Bâtiment B, Escalier 2",
                    "3",
                    "12 rue de la Paix",
                    "75002 Paris",
                ),
            ),
        ),
        country="FR",
        language="fr",
        encoding="cp1252",
    ),
    Case(
        "it-excel-interno-same-number-as-the-house",
        "Nome;Cognome;Indirizzo;Scala;Interno;CAP;Città;Provincia\r\n"
        "Luca;Rossi;Via Roma 5;B;5;00184;Roma;RM\r\n",
        (("Luca Rossi", ("Via Roma 5, Scala B int. 5", "00184 Roma RM")),),
        country="IT",
        language="it",
        encoding="cp1252",
    ),
)

LEVELS = (*PREMISES,)
