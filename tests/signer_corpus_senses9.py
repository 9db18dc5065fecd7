"""Signer lists where a column of address text stands under a header of two meanings, or
beside a second column of the same part (issue 20, slice A of session 9): the values decide,
and a piece of an address is never left off with exit 0. The rows are our own sample people;
sources in tests/data/exports/SOURCES.md."""

from __future__ import annotations

from signer_corpus import Case

#: A word for "postal" or "home" inside an address header says whose address it is, in any
#: language (the rule came from French "Adresse postale" beside "Adresse domicile"): the
#: mailing address wins, with the town and postcode the two sets share. None of these is
#: the French file the rule was written from.
WHOSE_ADDRESS = (
    Case(
        "pl-arkusz-adres-zamieszkania-i-korespondencyjny",
        "Imię i nazwisko,Adres zamieszkania,Adres korespondencyjny,Kod pocztowy,Miejscowość\r\n"
        "Anna Nowak,ul. Długa 5,Skrytka pocztowa 15,00-950,Warszawa\r\n",
        (("Anna Nowak", ("Skrytka pocztowa 15", "00-950 Warszawa")),),
        country="PL",
        language="pl",
    ),
    Case(
        "es-hoja-direccion-postal-y-direccion",
        "Nombre,Dirección postal,Dirección,Código postal,Ciudad\r\n"
        "Lucía Gómez,Apartado de Correos 45,Calle Mayor 3,28013,Madrid\r\n",
        (("Lucía Gómez", ("Apartado de Correos 45", "28013 Madrid")),),
        country="ES",
        language="es",
    ),
    Case(
        "ru-tablica-pochtovyj-adres-i-adres-prozhivaniya",
        "ФИО,Почтовый адрес,Адрес проживания,Индекс,Город\r\n"
        "Иванов Иван Иванович,а/я 15,ул. Ленина д. 5,101000,Москва\r\n",
        (("Иванов Иван Иванович", ("а/я 15", "Москва", "101000")),),
        country="RU",
        language="ru",
    ),
)

#: A column whose header names the street but whose values are a post office box, beside a
#: column of streets: the box prints with the street (the rule came from French "Adresse" of
#: "BP 12"; these are an English sheet and a German one).
BOX_BESIDE_STREET = (
    Case(
        "us-sheet-street-of-po-boxes-beside-street-address",
        "Name,Street,Street Address,Zip,City,State\r\n"
        "Jane Doe,PO Box 12,8 Main Street,62704,Springfield,IL\r\n",
        (("Jane Doe", ("PO Box 12", "8 Main Street", "Springfield, IL 62704")),),
        said=("street <- Street Address", "PO box <- Street"),
    ),
    Case(
        "de-tabelle-strasse-postfach-neben-strasse-und-hausnummer",
        "Name;Straße;Straße und Hausnummer;PLZ;Ort\r\n"
        "Jana Bauer;Postfach 10 02 03;Hauptstraße 5;10115;Berlin\r\n",
        (("Jana Bauer", ("Hauptstraße 5", "Postfach 10 02 03", "10115 Berlin")),),
        country="DE",
        language="de",
        said=("PO box <- Straße",),
    ),
)

#: Address parts named after a record's word ("Order City" in Tito's ticket export, where
#: "Order" alone is the order's number): where the record's other columns are the address by
#: their values, a part they leave free is the same address's. The rule came from Tito's
#: export; these are a shop's sheet and a Swiss Italian one ("Cantone", the canton).
RECORD_SETS = (
    Case(
        "us-shop-sheet-order-street-city-zip",
        "Order Number,First Name,Last Name,Order Street,Order Address 2,Order City,Order Zip,"
        "Order Country\r\n"
        "1001,Ann,Lee,12 Oak St,Apt 3,Springfield,62704,United States\r\n"
        "1002,Bo,Kim,9 Elm Street,,Portland,97201,United States\r\n",
        (
            ("Ann Lee", ("12 Oak St Apt 3", "Springfield 62704")),
            ("Bo Kim", ("9 Elm Street", "Portland 97201")),
        ),
        said=("town/city <- Order City (its header names the town/city",),
    ),
    Case(
        "ch-foglio-indirizzo-npa-localita-cantone",
        "Cognome;Nome;Indirizzo;NPA;Località;Cantone\r\n"
        "Bernasconi;Chiara;Via Nassa 7;6900;Lugano;TI\r\n"
        "Fontana;Paolo;Via San Gottardo 12;6500;Bellinzona;TI\r\n",
        (
            ("Chiara Bernasconi", ("Via Nassa 7", "6900 Lugano TI")),
            ("Paolo Fontana", ("Via San Gottardo 12", "6500 Bellinzona TI")),
        ),
        country="CH",
        language="it",
        said=("state/region <- Cantone",),
    ),
)

#: A header of two senses whose values name a building or a hamlet: French "Résidence" is
#: also the word for a home address, Portuguese "Lugar" also a venue. A value starting with a
#: word for a building ("Immeuble", "Edificio") prints as the building's line; one starting
#: with a word for a hamlet ("Lugar do Outeiro") is a place the build stops for, with the line
#: that prints it. The rules came from "Résidence Les Tilleuls" and "Lugar de Cima".
PLACE_NAMES = (
    Case(
        "fr-tableur-residence-immeuble",
        "Nom;Résidence;Rue;Code postal;Commune\r\n"
        "Paul Girard;Immeuble Le Central;12 avenue Foch;69006;Lyon\r\n",
        (("Paul Girard", ("Immeuble Le Central", "12 avenue Foch", "69006 Lyon")),),
        country="FR",
        language="fr",
        said=("building <- Résidence (by its values",),
    ),
    Case(
        "es-hoja-residencia-edificio",
        "Nombre;Dirección;Residencia;Código postal;Ciudad\r\n"
        "Lucía Gómez;Calle Mayor 3;Edificio Torre Sol;28013;Madrid\r\n",
        (("Lucía Gómez", ("Calle Mayor 3, Edificio Torre Sol", "28013 Madrid")),),
        country="ES",
        language="es",
    ),
    Case(
        "pt-folha-lugar-do-outeiro",
        "Nome,Morada,Lugar,Código Postal,Localidade\r\n"
        "Ana Sousa,Rua do Souto 12,Lugar do Outeiro,4700-001,Braga\r\n",
        refused=("2:3", "'Lugar do Outeiro' from column 'Lugar'"),
        country="PT",
        language="pt",
    ),
)
