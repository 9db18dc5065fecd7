"""Signer lists whose postcodes are written another way than their post writes them (small
letters, no space or hyphen), and lists with no country column whose rows abroad only the
postcode, region and town tell (issue 20, slice "countries"). Headers as tests/data/exports/
SOURCES.md names them; the rows are our own sample people."""

from __future__ import annotations

from signer_corpus import Case

POSTCODE_FORMS = (
    Case(
        "nl-sheet-postcode-kleine-letters",
        "Naam,Straat,Postcode,Plaats\nSanne de Vries,Kerkstraat 12,1017gc,Amsterdam\n",
        (("Sanne de Vries", ("Kerkstraat 12", "1017 GC Amsterdam")),),
        country="NL",
        said=("postal code: '1017gc' printed as 1017 GC (line 2)",),
    ),
    Case(
        "ie-sheet-eircode-lower-no-space",
        "Name,Address 1,Town,County,Eircode\n"
        "Aoife Byrne,12 Grafton Street,Dublin,Co. Dublin,d02x285\n"
        "Ciarán Walsh,4 Oliver Plunkett Street,Cork,Co. Cork,t12ah02\n",
        (
            ("Aoife Byrne", ("12 Grafton Street", "Dublin", "Co. Dublin", "D02 X285")),
            ("Ciarán Walsh", ("4 Oliver Plunkett Street", "Cork", "Co. Cork", "T12 AH02")),
        ),
        country="IE",
        said=("postal code: 'd02x285' printed as D02 X285 (line 2)",),
    ),
    Case(
        "pl-sheet-kod-bez-myslnika",
        "Imię i nazwisko,Ulica,Kod pocztowy,Miejscowość\n"
        "Anna Nowak,ul. Floriańska 15/7,31019,Kraków\n"
        "Piotr Zieliński,ul. Marszałkowska 10,00950,Warszawa\n",
        (
            ("Anna Nowak", ("ul. Floriańska 15/7", "31-019 Kraków")),
            ("Piotr Zieliński", ("ul. Marszałkowska 10", "00-950 Warszawa")),
        ),
        country="PL",
        said=("postal code: '31019' printed as 31-019 (line 2)",),
    ),
    Case(
        # Czech Post and ELTA (Greece) write a space after the third digit.
        "cz-sheet-psc-without-space",
        "Jméno,Ulice,PSČ,Obec\nPetra Dvořáková,Národní 20,11000,Praha 1\n",
        (("Petra Dvořáková", ("Národní 20", "110 00 Praha 1")),),
        country="CZ",
        said=("postal code: '11000' printed as 110 00 (line 2)",),
    ),
    Case(
        "gr-sheet-tk-without-space",
        "Όνομα,Επώνυμο,Οδός,Τ.Κ.,Πόλη\nΜαρία,Παπαδοπούλου,Πανεπιστημίου 30,10679,Αθήνα\n",
        (("Μαρία Παπαδοπούλου", ("Πανεπιστημίου 30", "106 79 Αθήνα")),),
        country="GR",
        language="el",
    ),
    Case(
        "mt-sheet-post-code-small-letters",
        "Name,Surname,Street,Locality,Post Code\n"
        "Maria,Borg,Triq ir-Repubblika 12,Valletta,vlt1117\n",
        (("Maria Borg", ("Triq ir-Repubblika 12", "Valletta VLT 1117")),),
        country="MT",
    ),
    Case(
        "br-planilha-cep-sem-hifen",
        "Nome,Endereço,Cidade,Estado,CEP\nAna Souza,Av. Paulista 1000,São Paulo,SP,01310100\n",
        (("Ana Souza", ("Av. Paulista 1000", "São Paulo-SP", "01310-100")),),
        country="BR",
        language="pt",
    ),
    Case(
        "us-sheet-zip-plus-four-with-a-space",
        "First Name,Last Name,Address,City,State,Zip\n"
        "Ann,Lee,12 Oak St Apt 3,Springfield,IL,62704 1234\n",
        (("Ann Lee", ("12 Oak St Apt 3", "Springfield, IL 62704-1234")),),
        said=("postal code: '62704 1234' printed as 62704-1234 (line 2)",),
    ),
)
