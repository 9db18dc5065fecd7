"""Signer lists whose places review 6 found printed in the wrong order or without their words
(issue 20, slice "places"): a village with no streets written by its name and the house
number, as Poland's and the Czech post write it; a district larger than the town (a raion, a
traditional authority) below the town, in the order the list gives the levels. Each source is in
tests/data/exports/SOURCES.md; the rows are our own sample people."""

from __future__ import annotations

from signer_corpus import Case

#: A house number with no street: the village's name and the number on the street line.
VILLAGES = (
    Case(
        "pl-excel-village-no-street-poczta",
        "Imię;Nazwisko;Miejscowość;Ulica;Nr domu;Kod pocztowy;Poczta\r\n"
        "Zofia;Wiśniewska;Wola Zaradzyńska;;12;95-054;Ksawerów\r\n"
        "Piotr;Zieliński;Kraków;ul. Floriańska;3;31-019;Kraków\r\n",
        (
            ("Zofia Wiśniewska", ("Wola Zaradzyńska 12", "95-054 Ksawerów")),
            ("Piotr Zieliński", ("ul. Floriańska 3", "31-019 Kraków")),
        ),
        country="PL",
        language="pl",
        encoding="cp1250",
    ),
    # Variants written after the rule: the village is its own post town; a Czech village
    # with no post office from a British list, in English headers; a British village keeps
    # its own way (the number on a line of its own, no rule of Royal Mail's moves it).
    Case(
        "pl-sheet-village-is-post-town",
        "Imię,Nazwisko,Ulica,Nr domu,Nr lokalu,Kod pocztowy,Miejscowość\n"
        "Jan,Nowak,,132,,62-200,Mnichowo\n"
        "Ewa,Lis,ul. Cicha,5,3,62-200,Gniezno\n",
        (
            ("Jan Nowak", ("Mnichowo 132", "62-200 Mnichowo")),
            ("Ewa Lis", ("ul. Cicha 5/3", "62-200 Gniezno")),
        ),
        country="PL",
        language="pl",
    ),
    Case(
        "gb-sheet-czech-village-post-town",
        "First name,Last name,Street,House number,Village,Post town,Postcode,Country\n"
        "Květoslava,Vokurková,,244,Hoštice,Volyně,387 01,Czech Republic\n"
        "James,Hill,,12,Little Snoring,Fakenham,NR21 0AA,United Kingdom\n",
        (
            ("Květoslava Vokurková", ("Hoštice 244", "387 01 Volyně", "CZECH REPUBLIC")),
            ("James Hill", ("12", "Little Snoring", "Fakenham", "NR21 0AA")),
        ),
        country="GB",
    ),
)

#: A district larger than the town prints below it: a list written largest first (oblast,
#: raion, settlement) is read the other way round; Malawi's traditional authority is the level
#: between the village and the district.
LARGER_LEVELS = (
    Case(
        "ua-form-oblast-raion-largest-first",
        "Позначка часу,Прізвище,Ім'я,Область,Район,Населений пункт,Вулиця,Будинок,Квартира,"
        "Індекс\n"
        "01.12.2026,Бондаренко,Ірина,Полтавська,Миргородський,Миргород,вул. Гоголя,10,5,37600\n",
        (
            (
                "Ірина Бондаренко",
                ("вул. Гоголя, буд. 10, кв. 5", "Миргород", "Миргородський", "Полтавська", "37600"),
            ),
        ),
        country="UA",
        language="uk",
    ),
    Case(
        "mw-kobo-village-traditional-authority",
        "start,end,Full name,Village,Traditional Authority,District,Country,_uuid,"
        "_submission_time\n"
        "2026-12-01T09:00,2026-12-01T09:10,Chikondi Phiri,Mtsiliza,T/A Chadza,Lilongwe,Malawi,"
        "u1,2026-12-01T09:11\n",
        (("Chikondi Phiri", ("Mtsiliza", "T/A Chadza", "Lilongwe", "MALAWI")),),
        country="GB",
    ),
    # Variants written after the rule: Russian, the index first; the same Ukrainian levels
    # smallest first; a Malawian row with a post office box.
    Case(
        "ru-sheet-index-oblast-raion",
        "Фамилия,Имя,Индекс,Область,Район,Населённый пункт,Улица,Дом,Квартира\n"
        "Иванова,Мария,171161,Тверская,Вышневолоцкий,Вышний Волочёк,ул. Кирова,5,3\n",
        (
            (
                "Мария Иванова",
                (
                    "ул. Кирова, д. 5, кв. 3",
                    "Вышний Волочёк",
                    "Вышневолоцкий",
                    "Тверская",
                    "171161",
                ),
            ),
        ),
        country="RU",
        language="ru",
    ),
    Case(
        "ua-sheet-raion-smallest-first",
        "Вулиця,Будинок,Населений пункт,Район,Область,Індекс,Прізвище,Ім'я\n"
        "вул. Шевченка,7,Лубни,Лубенський,Полтавська,37500,Коваль,Олег\n",
        (("Олег Коваль", ("вул. Шевченка, буд. 7", "Лубни", "Лубенський", "Полтавська", "37500")),),
        country="UA",
        language="uk",
    ),
    Case(
        "mw-sheet-po-box-traditional-authority",
        "Name,P.O. Box,Village,Traditional Authority,District,Country\n"
        "Grace Banda,P.O. Box 45,Chitedze,T/A Kalumba,Lilongwe,Malawi\n",
        (("Grace Banda", ("P.O. Box 45", "Chitedze", "T/A Kalumba", "Lilongwe", "MALAWI")),),
        country="GB",
    ),
)

#: A format that writes the town and the region with nothing between them (Mozambique's
#: "%Z %C%S" in Google's data): in Latin letters they print apart, and the last check finds
#: both (the town inside the province's name stopped the build).
APART = (
    Case(
        "mz-gforms-cidade-provincia",
        "Carimbo de data/hora,Nome,Apelido,Endereço,Bairro,Cidade,Província,País\n"
        "01/12/2026,Amélia,Machava,Av. Julius Nyerere 1234,Polana Cimento,Maputo,Maputo Cidade,"
        "Moçambique\n",
        (
            (
                "Amélia Machava",
                (
                    "Av. Julius Nyerere 1234",
                    "Polana Cimento",
                    "Maputo, Maputo Cidade",
                    "MOÇAMBIQUE",
                ),
            ),
        ),
        country="PT",
        language="pt",
    ),
    # A variant written after the rule, with postcodes.
    Case(
        "pt-sheet-mozambique-codigo-postal",
        "Nome,Apelido,Endereço,Código postal,Cidade,Província,País\n"
        "João,Cossa,Rua Major Serpa Pinto 12,2100,Beira,Sofala,Moçambique\n"
        "Ana,Sitoe,Av. 24 de Julho 300,1100,Maputo,Cidade de Maputo,Moçambique\n",
        (
            ("João Cossa", ("Rua Major Serpa Pinto 12", "2100 Beira, Sofala", "MOÇAMBIQUE")),
            ("Ana Sitoe", ("Av. 24 de Julho 300", "1100 Maputo, Cidade de Maputo", "MOÇAMBIQUE")),
        ),
        country="PT",
        language="pt",
    ),
)

#: A place given by its number ("Ward No.", "Zone No.") is that place, not a house number,
#: and a number alone prints with its header's word: Nepal's "Ward 6", Bahrain's "Road 3618".
NUMBERED_PLACES = (
    Case(
        "np-gforms-tole-ward-municipality",
        "Timestamp,Name,Tole/Street,Ward No.,Municipality,District,Province\n"
        "1/12/2026,Bishnu Thapa,Lakeside Road,6,Pokhara Metropolitan City,Kaski,Gandaki\n",
        (
            (
                "Bishnu Thapa",
                ("Lakeside Road", "Ward 6", "Pokhara Metropolitan City", "Kaski", "Gandaki"),
            ),
        ),
        country="NP",
    ),
    # Variants written after the rule: a tole alone from a British list; Bahrain's flat,
    # building and road numbers, the building before the road as Bahrain writes it; an
    # American "Apt No." beside the street.
    Case(
        "gb-sheet-nepal-tole-ward",
        "Name,Tole,Ward No.,Municipality,District,Province,Country\n"
        "Sita Gurung,Thamel,26,Kathmandu Metropolitan City,Kathmandu,Bagmati,Nepal\n",
        (
            (
                "Sita Gurung",
                (
                    "Thamel, Ward 26",
                    "Kathmandu Metropolitan City",
                    "Kathmandu",
                    "Bagmati",
                    "NEPAL",
                ),
            ),
        ),
        country="GB",
    ),
    Case(
        "gb-sheet-bahrain-flat-building-road",
        "Name,Flat,Building,Road,Area,Country\nAli Hasan,4,233,2803,Manama,Bahrain\n",
        (("Ali Hasan", ("Flat 4", "Building 233", "Road 2803", "Manama", "BAHRAIN")),),
        country="GB",
    ),
    Case(
        "us-sheet-apt-no",
        "First Name,Last Name,Street Address,Apt No.,City,State,Zip\n"
        "Ann,Lee,12 Oak St,3,Springfield,IL,62704\n",
        (("Ann Lee", ("12 Oak St Apt 3", "Springfield, IL 62704")),),
    ),
)

#: A row with no country and no region, where the campaign's country always names one, whose
#: town is a town of a country that names none (Auckland, Paris) with a postcode of that
#: country: it may be either, so it is refused at the town, asking for a Country column or
#: the region, not printed at home without its region.
TOWN_ABROAD = (
    Case(
        "au-sheet-nz-town-no-country",
        "Name,Street,Suburb,City,Postcode\n"
        "Aroha Ngata,12 Karangahape Rd,Newton,Auckland,1010\n"
        "Sam Lee,3 King St,Newtown,Sydney,2042\n",
        refused=("2:4", "'Auckland' is a town of New Zealand, where '1010' is a postcode"),
        country="AU",
    ),
    # Variants written after the rule: Paris, Texas with no state; Sydney with no state
    # stays at home.
    Case(
        "us-sheet-paris-no-state",
        "Name,Address,City,Zip\n"
        "Jo Bell,12 Main St,Paris,75460\n"
        "Al Kim,5 Elm St,Springfield,62704\n",
        refused=("2:3", "'Paris' is a town of France, where '75460' is a postcode"),
    ),
    Case(
        "au-sheet-sydney-no-state",
        "Name,Street,Suburb,City,Postcode\nLi Wei,10 George St,Haymarket,Sydney,2000\n",
        (("Li Wei", ("10 George St", "Haymarket", "Sydney 2000")),),
        country="AU",
    ),
)
