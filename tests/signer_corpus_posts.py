"""Signer lists whose letters cross a border or stay at home in a country whose post has its
own place levels (issue 20, slice "countries"): the country line in full as the posts read it
(USPS Publication 28, A31: no abbreviation, so "Antigua & Barbuda" prints ANTIGUA AND
BARBUDA), a name in the posting country's own language as written, and each country's place
levels in its post's order. Each source is in tests/data/exports/SOURCES.md.
"""

from __future__ import annotations

from signer_corpus import Case

VC = "SAINT VINCENT AND THE GRENADINES"

POSTS = (
    Case(
        "us-excel-caribbean-parishes",
        "First Name,Last Name,Address,City,Parish,Postal Code,Country\r\n"
        "Lisa,Clarke,Lot 5 Rockley Terrace,Bridgetown,St. Michael,BB11000,Barbados\r\n"
        "Kelvin,Joseph,Nevis Street,St. John's,St. John,,Antigua & Barbuda\r\n"
        "Andrea,Baptiste,Bay Street,Kingstown,St. George,VC0100,St Vincent and the Grenadines\r\n"
        "Curtis,Noel,Grand Anse Main Road,St. George's,St. George,,Grenada\r\n",
        (
            (
                "Lisa Clarke",
                ("Lot 5 Rockley Terrace", "Bridgetown, St. Michael BB11000", "BARBADOS"),
            ),
            ("Kelvin Joseph", ("Nevis Street", "St. John's", "St. John", "ANTIGUA AND BARBUDA")),
            (
                "Andrea Baptiste",
                (
                    "Bay Street",
                    "Kingstown VC0100",
                    "St. George",
                    "SAINT VINCENT AND THE GRENADINES",
                ),
            ),
            ("Curtis Noel", ("Grand Anse Main Road", "St. George's", "St. George", "GRENADA")),
        ),
        encoding="cp1252",
    ),
    Case(
        "us-sheet-caribbean-postcode-st-vincent",
        "First Name,Last Name,Address,City,State,ZIP\r\n"
        "Ann,Lee,12 Oak St Apt 3,Springfield,IL,62704\r\n"
        "Andrea,Baptiste,Bay Street,Kingstown,,VC0100\r\n"
        "Kevin,Smith,Main Street,Road Town,,VG1110\r\n",
        (
            ("Ann Lee", ("12 Oak St Apt 3", "Springfield, IL 62704")),
            (
                "Andrea Baptiste",
                ("Bay Street", "Kingstown VC0100", "SAINT VINCENT AND THE GRENADINES"),
            ),
            ("Kevin Smith", ("Main Street", "Road Town", "VG1110", "VIRGIN ISLANDS (BRITISH)")),
        ),
    ),
    Case(
        "be-excel-fr-grands-lacs",
        "Nom;Prénom;Adresse;Code postal;Commune;Ville;Pays\r\n"
        "Dubois;Claire;Rue Haute 12;1000;;Bruxelles;Belgique\r\n"
        "Mbuyi;Patrick;Avenue Kasa-Vubu 12;;Gombe;Kinshasa;République démocratique du Congo\r\n",
        (
            ("Claire Dubois", ("Rue Haute 12", "1000 Bruxelles")),
            (
                "Patrick Mbuyi",
                ("Avenue Kasa-Vubu 12", "Gombe", "Kinshasa", "RÉPUBLIQUE DÉMOCRATIQUE DU CONGO"),
            ),
        ),
        country="BE",
        language="fr",
        encoding="cp1252",
    ),
    # Written after the rule, for countries it was not written for: CLDR's "&" names.
    Case(
        "gb-sheet-caribbean-ampersands",
        "Name,Address,Town,Country\r\n"
        "Ravi Persad,12 Frederick Street,Port of Spain,Trinidad & Tobago\r\n"
        "Joy Liburd,Main Street,Charlestown,St. Kitts & Nevis\r\n"
        "Ana Neto,Rua de Angola 5,Sao Tome,São Tomé & Príncipe\r\n",
        (
            ("Ravi Persad", ("12 Frederick Street", "Port of Spain", "TRINIDAD AND TOBAGO")),
            ("Joy Liburd", ("Main Street", "Charlestown", "SAINT KITTS AND NEVIS")),
            ("Ana Neto", ("Rua de Angola 5", "Sao Tome", "SAO TOME AND PRINCIPE")),
        ),
        country="GB",
    ),
    Case(
        "fr-excel-voisins-sans-pays",
        "Prénom;Nom;Adresse;Code postal;Ville\r\n"
        "Claire;Martin;12 rue de la Paix;75002;Paris\r\n"
        "Luc;Peeters;Rue Haute 12;1000;Bruxelles\r\n"
        "Anne;Favre;Rue du Rhône 5;1204;Genève\r\n",
        (
            ("Claire Martin", ("12 rue de la Paix", "75002 Paris")),
            ("Luc Peeters", ("Rue Haute 12", "1000 Bruxelles", "BELGIUM")),
            ("Anne Favre", ("Rue du Rhône 5", "CH-1204 Genève", "SWITZERLAND")),
        ),
        country="FR",
        language="fr",
        encoding="cp1252",
        said=("  country: Switzerland, from the postcode and town (line 4)",),
    ),
    # Written after the rule: towns and regions of other countries' subdivisions.
    Case(
        "fr-excel-liege-namur-sans-pays",
        "Prénom;Nom;Adresse;Code postal;Ville\r\n"
        "Claire;Martin;12 rue de la Paix;75002;Paris\r\n"
        "Marc;Lambert;Rue Léopold 8;4000;Liège\r\n"
        "Sophie;Renard;Rue de Fer 3;5000;Namur\r\n",
        (
            ("Claire Martin", ("12 rue de la Paix", "75002 Paris")),
            ("Marc Lambert", ("Rue Léopold 8", "4000 Liège", "BELGIUM")),
            ("Sophie Renard", ("Rue de Fer 3", "5000 Namur", "BELGIUM")),
        ),
        country="FR",
        language="fr",
        encoding="cp1252",
    ),
    Case(
        "it-excel-ticino-senza-paese",
        "Nome;Cognome;Indirizzo;CAP;Città;Provincia\r\n"
        "Marco;Rossi;Via Roma 1;00184;Roma;RM\r\n"
        "Luca;Bernasconi;Via Nassa 5;6900;Lugano;Ticino\r\n",
        (
            ("Marco Rossi", ("Via Roma 1", "00184 Roma RM")),
            ("Luca Bernasconi", ("Via Nassa 5", "CH-6900 Lugano", "Ticino", "SWITZERLAND")),
        ),
        country="IT",
        language="it",
        encoding="cp1252",
    ),
    # A Windows-1250 list whose Polish row Windows-1252 reads too ("Floriañska", Spanish
    # letters): the row's Polish postcode says which letters its words are in.
    Case(
        "de-excel-polish-row-no-country",
        "Vorname;Nachname;Straße;PLZ;Ort\r\n"
        "Jonas;Weber;Lindenweg 3;80331;München\r\n"
        "Agnieszka;Wójcik;ul. Floriańska 15/7;31-019;Kraków\r\n",
        (
            ("Jonas Weber", ("Lindenweg 3", "80331 München")),
            ("Agnieszka Wójcik", ("ul. Floriańska 15/7", "31-019 Kraków", "POLAND")),
        ),
        country="DE",
        language="de",
        encoding="cp1250",
    ),
    # Written after the rule: a French and an English list with a Polish row.
    Case(
        "fr-excel-ligne-polonaise-cp1250",
        "Prénom;Nom;Adresse;Code postal;Ville\r\n"
        "Claire;Martin;12 rue de la Paix;75002;Paris\r\n"
        "Marta;Nowak;ul. Gdańska 5;42-200;Częstochowa\r\n",
        (
            ("Claire Martin", ("12 rue de la Paix", "75002 Paris")),
            ("Marta Nowak", ("ul. Gdańska 5", "42-200 Częstochowa", "POLAND")),
        ),
        country="FR",
        language="fr",
        encoding="cp1250",
    ),
    Case(
        "gb-excel-polish-row-cp1250",
        "First Name,Last Name,Address,City,Postcode\r\n"
        "Ann,Lee,10 Broad Lane,Sheffield,S10 1UA\r\n"
        "Piotr,Kamiński,ul. Poznańska 12,Gdańsk,80-125\r\n",
        (
            ("Ann Lee", ("10 Broad Lane", "Sheffield", "S10 1UA")),
            ("Piotr Kamiński", ("ul. Poznańska 12", "80-125 Gdańsk", "POLAND")),
        ),
        country="GB",
        encoding="cp1250",
    ),
    # ...and only on the row that names the country: "Peña" on another row stays Spanish.
    Case(
        "us-excel-pena-beside-polish-row",
        "First Name,Last Name,Address,City,State,ZIP\r\n"
        "José,Peña,12 Oak St,Springfield,IL,62704\r\n"
        "Jan,Kowalski,ul. Dluga 5,Warszawa,,00-950\r\n",
        (
            ("José Peña", ("12 Oak St", "Springfield, IL 62704")),
            ("Jan Kowalski", ("ul. Dluga 5", "00-950 Warszawa", "POLAND")),
        ),
        encoding="cp1252",
    ),
    # USPS Publication 28, 292: Puerto Rico's urbanization above the delivery line.
    Case(
        "us-sheet-pr-urbanization",
        "First Name,Last Name,Urbanization,Address,City,State,ZIP\r\n"
        "María,Suárez,Urb. Las Gladiolas,150 Calle A,San Juan,PR,00926\r\n"
        "Ann,Lee,,12 Oak St Apt 3,Springfield,IL,62704\r\n",
        (
            ("María Suárez", ("Urb. Las Gladiolas", "150 Calle A", "San Juan, PR 00926")),
            ("Ann Lee", ("12 Oak St Apt 3", "Springfield, IL 62704")),
        ),
    ),
    # Written after the rule: Spanish headers, and a neighbourhood in New York.
    Case(
        "us-sheet-es-urbanizacion-carolina",
        "Nombre,Apellido,Dirección,Urbanización,Ciudad,Estado,Código postal\r\n"
        "Luis,Rivera,A17 Calle 1,Urb. Villa Carolina,Carolina,PR,00985\r\n",
        (("Luis Rivera", ("Urb. Villa Carolina", "A17 Calle 1", "Carolina, PR 00985")),),
    ),
    Case(
        "us-sheet-neighborhood-midtown",
        "First Name,Last Name,Address,Neighborhood,City,State,ZIP\r\n"
        "Ann,Lee,350 5th Ave,Midtown,New York,NY,10118\r\n",
        (("Ann Lee", ("Midtown", "350 5th Ave", "New York, NY 10118")),),
    ),
    # A column of the country's top-level subdivisions in ISO 3166-2 (where Google's data lists
    # none) under a unit or neighbourhood header is the region: Guatemala's Departamento,
    # Saint Lucia's Quarter.
    Case(
        "gt-excel-zona",
        "Nombre;Dirección;Zona;Ciudad;Departamento;Código postal\r\n"
        "Ana López;6a Avenida 12-45;Zona 10;Guatemala;Guatemala;01010\r\n",
        (("Ana López", ("6a Avenida 12-45", "Zona 10", "01010- Guatemala")),),
        country="GT",
        language="es",
        encoding="cp1252",
    ),
    Case(
        "lc-sheet-quarter",
        "Name,Address,Town,Quarter\r\nMarie Joseph,Reduit Beach Avenue,Rodney Bay,Gros Islet\r\n",
        (("Marie Joseph", ("Reduit Beach Avenue", "Rodney Bay", "Gros Islet")),),
        country="LC",
    ),
    # Written after the rule: Honduras and Bolivia, whose departments Google's data lists none of.
    Case(
        "hn-excel-departamento",
        "Nombre;Dirección;Ciudad;Departamento;Código postal\r\n"
        "Carlos Mejía;Colonia Palmira, Avenida República de Chile 501;Tegucigalpa;"
        "Francisco Morazán;11101\r\n",
        (
            (
                "Carlos Mejía",
                (
                    "Colonia Palmira, Avenida República de Chile 501",
                    "Tegucigalpa, Francisco Morazán",
                    "11101",
                ),
            ),
        ),
        country="HN",
        language="es",
        encoding="cp1252",
    ),
    Case(
        "bo-excel-departamento",
        "Nombre;Dirección;Ciudad;Departamento\r\n"
        "Rosa Quispe;Av. 16 de Julio 1490;La Paz;La Paz\r\n"
        "Juan Rojas;Calle Sucre 25;Sucre;Chuquisaca\r\n",
        (
            ("Rosa Quispe", ("Av. 16 de Julio 1490", "La Paz")),
            ("Juan Rojas", ("Calle Sucre 25", "Sucre", "Chuquisaca")),
        ),
        country="BO",
        language="es",
        encoding="cp1252",
    ),
    # Korean 성 is a surname and a province: a column of provinces written with their kind
    # ("吉林省") under it is the region, never glued before the signer's name.
    Case(
        "kr-sheet-joseonjok-china",
        "이름,주소,도시,성,우편번호,국가\r\n박춘화,人民路88号,延吉市,吉林省,133000,중국\r\n",
        (("박춘화", ("133000", "吉林省延吉市", "人民路88号", "CHINA")),),
        country="KR",
        language="ko",
    ),
    # Written after the rule: a Japanese prefecture with its kind (東京都) in the same column.
    Case(
        "kr-sheet-seong-changchun-tokyo",
        "이름,주소,도시,성,우편번호,국가\r\n"
        "김영희,人民大街100号,长春市,吉林省,130000,중국\r\n"
        "이철수,丸の内1-1,千代田区,東京都,100-0005,일본\r\n",
        (
            ("김영희", ("130000", "吉林省长春市", "人民大街100号", "CHINA")),
            ("이철수", ("100-0005", "東京都", "千代田区", "丸の内1-1", "JAPAN")),
        ),
        country="KR",
        language="ko",
    ),
    # A title header ("Unvan", Turkish) whose values are streets with a house number is the
    # street (Azerbaijani "Ünvan": the address); Turkish titles under it stay titles.
    Case(
        "az-sheet-latin-unvan",
        "Ad,Soyad,Ünvan,Şəhər,Poçt indeksi\r\n"
        'Leyla,Məmmədova,"Nizami küç. 45, mən. 12",Bakı,AZ1000\r\n',
        (("Leyla Məmmədova", ("Nizami küç. 45, mən. 12", "AZ 1000 Bakı")),),
        country="AZ",
        language="az",
    ),
    # Written after the rule: an avenue in Ganja; a Turkish list whose Unvan holds titles.
    Case(
        "az-sheet-unvan-prospekti-ganca",
        "Ad,Soyad,Ünvan,Şəhər,Poçt indeksi\r\n"
        'Elvin,Quliyev,"Heydər Əliyev prospekti 115, mən. 7",Gəncə,AZ2000\r\n',
        (("Elvin Quliyev", ("Heydər Əliyev prospekti 115, mən. 7", "AZ 2000 Gəncə")),),
        country="AZ",
        language="az",
    ),
    Case(
        "tr-sheet-unvan-titles",
        "Unvan,Ad,Soyad,Adres,Şehir,Posta kodu\r\n"
        "Dr.,Ayşe,Yılmaz,Atatürk Cad. No:5,İstanbul,34000\r\n"
        "Prof.,Mehmet,Kaya,Bağdat Cad. No:12,İstanbul,34730\r\n",
        (
            ("Dr. Ayşe Yılmaz", ("Atatürk Cad. No:5", "34000 İstanbul")),
            ("Prof. Mehmet Kaya", ("Bağdat Cad. No:12", "34730 İstanbul")),
        ),
        country="TR",
        language="tr",
    ),
    # A bare floor number on a line of its own prints with the country's word for a floor
    # (NF Z10-011: "Étage 3"; tests/signer_corpus_levels.py's fr-excel-batiment-...), else
    # its header's own word. Written after the rule: a Swiss list in French.
    Case(
        "ch-sheet-fr-etage",
        "Prénom,Nom,Adresse,Étage,NPA,Localité\r\nLéa,Favre,Rue du Rhône 5,4,1204,Genève\r\n",
        (("Léa Favre", ("Rue du Rhône 5", "Étage 4", "1204 Genève")),),
        country="CH",
        language="fr",
    ),
)
