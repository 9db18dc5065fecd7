"""Addresses whose parts a list gives apart and whose country joins them its own way (issue
20): a flat number joined to the house number ("Gedimino pr. 9-12" in Lithuania, "Narva mnt
7-15" in Estonia, "Floriańska 15/7" in Poland, "5/12 Smith Street" in Australia), and a UK
house name on its own line above the road (Royal Mail). The rows are our own sample people;
sources in tests/data/exports/SOURCES.md and packbuilder/signers/address_words.yaml."""

from __future__ import annotations

from signer_corpus import US1, Case

ABROAD = (
    Case(
        "lt-excel-cp1257-flat-number",
        "Vardas;Pavardė;Gatvė;Namo nr.;Buto nr.;Pašto kodas;Miestas;Šalis\r\n"
        "Rūta;Žemaitytė;Gedimino pr.;9;12;LT-01103;Vilnius;Lietuva\r\n"
        "Jonas;Šimkus;Laisvės al.;53;;LT-44309;Kaunas;Lietuva\r\n",
        (
            ("Rūta Žemaitytė", ("Gedimino pr. 9-12", "LT-01103 Vilnius", "LITHUANIA")),
            ("Jonas Šimkus", ("Laisvės al. 53", "LT-44309 Kaunas", "LITHUANIA")),
        ),
        encoding="cp1257",
        said=("apartment/unit: a bare number prints after the house number, joined by '-'",),
    ),
    Case(
        "ee-excel-cp1257-korter",
        "Eesnimi;Perekonnanimi;Tänav ja maja;Korter;Postiindeks;Linn;Riik\r\n"
        "Mari;Tamm;Narva mnt 7;15;10117;Tallinn;Eesti\r\n",
        (("Mari Tamm", ("Narva mnt 7-15", "10117 Tallinn", "ESTONIA")),),
        encoding="cp1257",
    ),
    Case(
        "lv-excel-cp1257-dzivoklis",
        "Vārds;Uzvārds;Iela;Mājas numurs;Dzīvokļa numurs;Pasta indekss;Pilsēta\r\n"
        "Anna;Bērziņa;Brīvības iela;21;4;LV-1010;Rīga\r\n",
        (("Anna Bērziņa", ("Brīvības iela 21-4", "Rīga, LV-1010")),),
        country="LV",
        language="lv",
        encoding="cp1257",
    ),
    Case(
        "pl-excel-cp1250-nr-lokalu",
        "Imię;Nazwisko;Ulica;Nr domu;Nr lokalu;Kod pocztowy;Miejscowość\r\n"
        "Katarzyna;Nowak;Floriańska;15;7;31-019;Kraków\r\n"
        "Piotr;Wiśniewski;ul. Długa 5;;12;00-238;Warszawa\r\n",
        (
            ("Katarzyna Nowak", ("Floriańska 15/7", "31-019 Kraków")),
            ("Piotr Wiśniewski", ("ul. Długa 5/12", "00-238 Warszawa")),
        ),
        country="PL",
        language="pl",
        encoding="cp1250",
    ),
    Case(
        "au-sheet-unit-before-number",
        "Given name,Surname,Unit,Street number,Street name,Suburb,State,Postcode\r\n"
        "Jack,O'Brien,5,12,Smith Street,Darwin City,NT,0800\r\n"
        "Chloe,Nguyen,,88,Bridge Road,Richmond,VIC,3121\r\n",
        (
            ("Jack O'Brien", ("5/12 Smith Street", "Darwin City NT 0800")),
            ("Chloe Nguyen", ("88 Bridge Road", "Richmond VIC 3121")),
        ),
        country="AU",
        said=("apartment/unit: a bare number prints before the house number, joined by '/'",),
    ),
    # A flat with no house number on its street line to join: a line of its own.
    Case(
        "lt-flat-without-a-house-number",
        "Vardas;Pavardė;Gatvė;Buto nr.;Pašto kodas;Miestas\r\n"
        "Rūta;Žemaitytė;Gedimino prospektas;12;01103;Vilnius\r\n",
        (("Rūta Žemaitytė", ("Gedimino prospektas", "Buto 12", "01103 Vilnius")),),
        country="LT",
        language="lt",
        encoding="cp1257",
    ),
    Case(
        "uk-house-name-above-the-road",
        "Name,House name or number,Flat,Road,Town,Postcode\r\n"
        "Oliver Hughes,Rose Cottage,,Mill Lane,Oxford,OX44 7PU\r\n"
        "Priya Nair,22,Flat 3,Church Road,Bristol,BS5 9JA\r\n"
        "Tom Reid,Ivy House,2,Station Road,York,YO1 7AA\r\n",
        (
            ("Oliver Hughes", ("Rose Cottage", "Mill Lane", "Oxford", "OX44 7PU")),
            ("Priya Nair", ("Flat 3", "22 Church Road", "Bristol", "BS5 9JA")),
            ("Tom Reid", ("Flat 2", "Ivy House", "Station Road", "York", "YO1 7AA")),
        ),
        country="GB",
    ),
    # A "c/o" column after the street: the c/o line goes right under the name (a reviewer's
    # Swedish list); a French "Complément d'adresse" (a building, a staircase) above the
    # number and street, a "BP" below it (La Poste, NF Z10-011 lines 2-3 and 5).
    Case(
        "se-excel-cp1252-co-column",
        "Förnamn;Efternamn;c/o;Utdelningsadress;Postnummer;Postort;Land\r\n"
        "Åsa;Lindström;c/o Berg;Drottninggatan 53;111 21;Stockholm;Sverige\r\n",
        (("Åsa Lindström", ("c/o Berg", "Drottninggatan 53", "SE-111 21 Stockholm", "SWEDEN")),),
        language="sv",
        encoding="cp1252",
    ),
    Case(
        "fr-excel-cp1252-complement-above",
        "Civilité;Prénom;Nom;Adresse;Complément d'adresse;CP;Ville\r\n"
        "Mme;Hélène;Dubois;12 avenue Jean Médecin;Bât. B, esc. 2;06000;Nice\r\n"
        "M.;Paul;Martin;Lieu-dit Les Vignes;BP 12;21200;Beaune\r\n",
        (
            ("Mme Hélène Dubois", ("Bât. B, esc. 2", "12 avenue Jean Médecin", "06000 Nice")),
            ("M. Paul Martin", ("Lieu-dit Les Vignes", "BP 12", "21200 Beaune")),
        ),
        country="FR",
        language="fr",
        encoding="cp1252",
    ),
    # "s/n" (sin número) is no house name: it stays on the street line.
    Case(
        "es-sin-numero",
        "Nombre;Calle;Número;Código postal;Ciudad\r\nLucía García;Calle Mayor;s/n;28013;Madrid\r\n",
        (("Lucía García", ("Calle Mayor s/n", "28013 Madrid")),),
        country="ES",
        language="es",
        encoding="cp1252",
    ),
    # A whole address in one cell on one line with commas is read by its country's format
    # data: QuickBooks' report cell with two spaces, a ZIP that lost its zero and the country
    # code after it (a reviewer's file, review2 06); a UK one-line address in Royal Mail's
    # order, each part on its own line (review2 46); a country written in Vietnamese prints
    # in English from the US (review2 23).
    Case(
        "quickbooks-contact-list-one-line-address",
        "Hillside Tenants Union\r\nCustomer Contact List\r\nAll Dates\r\n\r\n"
        ",Customer,Phone Numbers,Email,Full Name,Billing Address,Shipping Address\r\n"
        ',"Nguyen, Thu",(617) 555-0143,thu@example.com,Thu Nguyen,'
        '"18 Dorchester Ave Apt 2, Boston, MA  2127 US",\r\n'
        ',Okafor Family,,,Chidi Okafor,"PO Box 1204, Montclair, NJ  7042 US",\r\n'
        ',"Bauer, Liesl",,,Liesl Bauer,"2210 Elm St, Denver, CO  80205",\r\n',
        (
            ("Thu Nguyen", ("18 Dorchester Ave Apt 2", "Boston, MA 02127")),
            ("Chidi Okafor", ("PO Box 1204", "Montclair, NJ 07042")),
            ("Liesl Bauer", ("2210 Elm St", "Denver, CO 80205")),
        ),
    ),
    Case(
        "uk-one-line-comma-address",
        "Name,Address,Email\r\n"
        'Arjun Mehta,"The Old Forge, Mill Road, Little Wittenham, Abingdon, OX14 4RA",\r\n'
        'Megan Price,"Flat 2, 14 High Street, Leeds LS1 4AB",megan@example.co.uk\r\n',
        (
            (
                "Arjun Mehta",
                ("The Old Forge", "Mill Road", "Little Wittenham", "Abingdon", "OX14 4RA"),
            ),
            ("Megan Price", ("Flat 2", "14 High Street", "Leeds", "LS1 4AB")),
        ),
        country="GB",
    ),
    Case(
        "vn-country-in-vietnamese-from-the-us",
        "Họ và tên,Địa chỉ,Phường/Xã,Quận/Huyện,Tỉnh/Thành phố,Quốc gia\r\n"
        "Nguyễn Thị Mai,12 Lê Lợi,Phường Bến Nghé,Quận 1,TP. Hồ Chí Minh,Việt Nam\r\n",
        (
            (
                "Nguyễn Thị Mai",
                ("12 Lê Lợi", "Phường Bến Nghé", "Quận 1", "TP. Hồ Chí Minh", "VIETNAM"),
            ),
        ),
        said=("country: 'Việt Nam' printed as VIETNAM",),
    ),
    # Google Contacts' Extended Address is the sub-premise (a flat, a house's name): above the
    # street in the UK (Royal Mail's rules 4 and 5; review2 07), below it in the US where USPS
    # joins a unit to the delivery line.
    Case(
        "google-contacts-uk-extended-address-above",
        "First Name,Last Name,Labels,Address 1 - Label,Address 1 - Formatted,Address 1 - Street,"
        "Address 1 - City,Address 1 - PO Box,Address 1 - Region,Address 1 - Postal Code,"
        "Address 1 - Country,Address 1 - Extended Address\r\n"
        'Gwen,Pritchard,* myContacts,Home,"Tŷ Coch\nLôn Las\nLlanfairpwllgwyngyll\nLL61 5YR",'
        "Lôn Las,Llanfairpwllgwyngyll,,Anglesey,LL61 5YR,,Tŷ Coch\r\n"
        'Rajesh,Patel,* myContacts,Home,"Flat 4, 22 Belgrave Road\nLeicester\nLE4 6AR",'
        "22 Belgrave Road,Leicester,,,LE4 6AR,,Flat 4\r\n",
        (
            (
                "Gwen Pritchard",
                ("Tŷ Coch", "Lôn Las", "Llanfairpwllgwyngyll", "Anglesey", "LL61 5YR"),
            ),
            ("Rajesh Patel", ("Flat 4", "22 Belgrave Road", "Leicester", "LE4 6AR")),
        ),
        country="GB",
    ),
    Case(
        "google-contacts-us-extended-address-joins",
        "First Name,Last Name,Address 1 - Label,Address 1 - Street,Address 1 - City,"
        "Address 1 - Region,Address 1 - Postal Code,Address 1 - Extended Address\r\n"
        "Ann,Lee,Home,12 Oak St,Springfield,IL,62704,Apt 3\r\n",
        (US1,),
    ),
    # Mexico's cross streets (review2 38): a reference line below the street, never dropped.
    Case(
        "mx-excel-entre-calles",
        "Nombre(s);Apellido paterno;Calle;Núm. ext.;Colonia;Alcaldía/Municipio;Estado;C.P.;"
        "Entre calles\r\n"
        "Guadalupe;Ramírez;Av. Juárez;10;Centro;Cuauhtémoc;Ciudad de México;06000;"
        "entre Balderas y Dolores\r\n",
        (
            (
                "Guadalupe Ramírez",
                (
                    "Av. Juárez 10",
                    "entre Balderas y Dolores",
                    "Centro",
                    "06000 Cuauhtémoc, Ciudad de México",
                ),
            ),
        ),
        country="MX",
        language="es",
        encoding="cp1252",
    ),
    # A Portuguese distrito named as its town prints once (Google's PT format has no slot for
    # it; the town is on the postcode's line).
    Case(
        "pt-distrito-same-as-localidade",
        "Nome completo;Morada;Código postal;Localidade;Distrito\r\n"
        "Rui Costa;Rua Direita 5;3500-111;Viseu;Viseu\r\n",
        (("Rui Costa", ("Rua Direita 5", "3500-111 Viseu")),),
        country="PT",
        language="pt",
        encoding="cp1252",
    ),
    # A county named in the road is still the county (the country tester's file; 'Kent' was
    # left off beside '12 Kent Road', exit 0); a South African complex and unit above the
    # street (the South African Post Office's bulk mail guide).
    Case(
        "gb-sheet-county-in-road-name",
        "Name,Address line 1,Town,County,Postcode\r\n"
        "Tom Hardy,12 Kent Road,Bromley,Kent,BR1 1AA\r\n"
        "Ann Smith,4 Oak Lane,Bromley,Kent,BR1 2AB\r\n",
        (
            ("Tom Hardy", ("12 Kent Road", "Bromley", "Kent", "BR1 1AA")),
            ("Ann Smith", ("4 Oak Lane", "Bromley", "Kent", "BR1 2AB")),
        ),
        country="GB",
    ),
    Case(
        "za-sheet-complex-unit",
        "Name,Complex/Building,Unit No.,Street Address,Suburb,City,Postal Code\r\n"
        "Thandi Nkosi,Sunset Villas,Unit 14,23 Jan Smuts Avenue,Parktown,Johannesburg,2193\r\n",
        (
            (
                "Thandi Nkosi",
                (
                    "Unit 14",
                    "Sunset Villas",
                    "23 Jan Smuts Avenue",
                    "Parktown",
                    "Johannesburg",
                    "2193",
                ),
            ),
        ),
        country="ZA",
    ),
    # A box number alone under a post office box column prints with the box's words (the
    # country tester's Kenyan sheet printed a bare "12345"; testctry3 cases9).
    Case(
        "ke-sheet-box-and-code",
        "Name,P.O. Box,Postal Code,Town\r\nWanjiru Kamau,12345,00100,Nairobi\r\n",
        (("Wanjiru Kamau", ("P.O. Box 12345", "Nairobi", "00100")),),
        country="KE",
    ),
    Case(
        "de-excel-postfach-number",
        "Vorname;Nachname;Postfach;PLZ;Ort\r\nAnna;Becker;10 02 03;50442;Köln\r\n",
        (("Anna Becker", ("Postfach 10 02 03", "50442 Köln")),),
        country="DE",
        language="de",
        encoding="cp1252",
    ),
    # Puerto Rico: the urbanization line above the street as the list wrote it (USPS
    # Publication 28, 29); the street line was moved above it (testctry3).
    Case(
        "pr-us-campaign-urbanizacion-pueblo",
        "Nombre,Apellido,Dirección 1,Dirección 2,Pueblo,Estado,Código postal\r\n"
        "Luis,Rivera,Urb. Santa Rosa,Calle 5 B-12,Bayamón,PR,00959\r\n"
        "María,Colón,Cond. Las Torres Apt 5B,,San Juan,PR,926\r\n",
        (
            ("Luis Rivera", ("Urb. Santa Rosa", "Calle 5 B-12", "Bayamón, PR 00959")),
            ("María Colón", ("Cond. Las Torres Apt 5B", "San Juan, PR 00926")),
        ),
        language="es",
    ),
    # Lebanon: the building before its street (the country tester's sheet; testctry3).
    Case(
        "lb-sheet-english",
        "Name,Building,Street,Area,City,Postal Code\r\n"
        "Rami Khoury,Nakhle Bldg,Rue Mar Elias,Achrafieh,Beirut,1100 2070\r\n",
        (("Rami Khoury", ("Nakhle Bldg", "Rue Mar Elias", "Achrafieh", "Beirut 1100 2070")),),
        country="LB",
    ),
    # A street cell that holds the town, state and postcode its own columns give again: each
    # printed once, where the cell wrote it, and the column report says so.
    Case(
        "address-cell-and-town-columns-repeat",
        "Name,Address,City,State,Postcode,Country\r\n"
        '"Bo Park","12 Oak St\nSpringfield, IL 62704",Springfield,IL,62704,USA\r\n'
        '"Cy Doe","10 Downing St, London SW1A 2AA, UK",London,,SW1A 2AA,\r\n'
        '"Di Lo","Hauptstr. 5, 10115 Berlin",Berlin,,10115,\r\n'
        # A town alone in the cell is not its locality: "Oxford House" is a building.
        '"Al Roe","Flat 2, Oxford House",Oxford,,OX1 2JD,UK\r\n',
        (
            ("Bo Park", ("12 Oak St", "Springfield, IL 62704", "UNITED STATES")),
            ("Cy Doe", ("10 Downing St", "London", "SW1A 2AA", "UNITED KINGDOM")),
            ("Di Lo", ("Hauptstr. 5", "10115 Berlin")),
            ("Al Roe", ("Flat 2, Oxford House", "Oxford", "OX1 2JD", "UNITED KINGDOM")),
        ),
        country="DE",
        said=("town/city, postal code: in the address too, printed once (lines 4, 5)",),
    ),
    # Korea's detail address: the building of a block of flats and the flat on one line after
    # the road address (review 3, 77: a "동" column of "101동" was read as the town and printed
    # above the street). A 동 of a number is a building; one of a name (역삼동) a neighbourhood.
    Case(
        "kr-apartment-dong-ho",
        "이름,우편번호,주소,동,호\r\n"
        "최유진,13494,경기도 성남시 분당구 판교역로 235,101동,1203호\r\n",
        (
            (
                "최유진",
                ("경기도 성남시 분당구 판교역로 235", "101동 1203호", "13494", "SOUTH KOREA"),
            ),
        ),
        said=("building <- 동 (the header says town/city, but its values are buildings",),
    ),
    Case(
        "kr-apartment-dong-bare-numbers",
        "이름,주소,아파트 동,호수,우편번호\r\n"
        "최유진,경기도 성남시 분당구 판교역로 235,101,1203,13494\r\n"
        "이민호,서울특별시 송파구 올림픽로 300,제5동,502호,05551\r\n",
        (
            ("최유진", ("경기도 성남시 분당구 판교역로 235", "101동 1203호", "13494")),
            ("이민호", ("서울특별시 송파구 올림픽로 300", "제5동 502호", "05551")),
        ),
        country="KR",
        language="ko",
    ),
    # A region cell that names a country and none of the campaign's regions, with no country
    # column: that country (review 2, 17: 问卷星's province "香港特别行政区" printed as a US
    # address). Not with a postcode of the campaign's own: Belgium's province Luxembourg stays.
    Case(
        "wjx-survey-hong-kong-province",
        "序号,提交答卷时间,1、您的姓名：,3、所在地区：,4、详细地址：,5、邮政编码：\r\n"
        "1,2026/11/20 10:01:02,陈小明,广东省-广州市-天河区,天河路385号太古汇一座2001,510620\r\n"
        "3,2026/11/21 09:00:00,李嘉欣,香港特别行政区-九龙-油尖旺区,"
        "弥敦道132号美丽华大厦15楼B室,\r\n",
        (
            ("陈小明", ("510620", "广东省广州市天河区", "天河路385号太古汇一座2001", "CHINA")),
            ("李嘉欣", ("九龙", "油尖旺区", "弥敦道132号美丽华大厦15楼B室", "HONG KONG")),
        ),
        language="zh",
        said=("country: Hong Kong, from the region (line 3)",),
    ),
    Case(
        "us-list-state-names-a-country",
        "Name,Street,City,State,Zip\r\n"
        "Ann Lee,12 Oak St,Atlanta,Georgia,30301\r\n"
        "Tan Wei,10 Anson Road #20-01,,Singapore,079903\r\n"
        "Mia Ko,Flat B 12/F Tower 3,Kowloon,Hong Kong,\r\n",
        (
            ("Ann Lee", ("12 Oak St", "Atlanta, GA 30301")),
            ("Tan Wei", ("10 Anson Road #20-01", "SINGAPORE 079903", "SINGAPORE")),
            ("Mia Ko", ("Flat B 12/F Tower 3", "Kowloon", "HONG KONG")),
        ),
    ),
    Case(
        "be-province-luxembourg-stays-home",
        "Nom;Rue;CP;Ville;Province\r\nLéa Dubois;Rue Haute 5;6700;Arlon;Luxembourg\r\n",
        (("Léa Dubois", ("Rue Haute 5", "6700 Arlon", "Luxembourg")),),
        country="BE",
        language="fr",
    ),
    # A postcode the country's format has no slot for still prints, last: Ghana's digital
    # address (Google's data gives Ghana no format; review 4, W13 refused the whole list), and
    # the postcode a form made a Hong Kong signer fill in.
    Case(
        "actionnetwork-ghana-digital-address",
        "first_name,last_name,email,address1,address2,city,state,zip_code,country\r\n"
        "Kwame,Mensah,kwame@example.org,12 Oxford St,Osu,Accra,Greater Accra,GA-123-4567,Ghana\r\n"
        "Ama,Owusu,ama@example.org,PO Box 5,,Kumasi,Ashanti,,Ghana\r\n",
        (
            (
                "Kwame Mensah",
                ("12 Oxford St", "Osu", "Accra", "Greater Accra", "GA-123-4567", "GHANA"),
            ),
            ("Ama Owusu", ("PO Box 5", "Kumasi", "Ashanti", "GHANA")),
        ),
    ),
    Case(
        "hong-kong-row-with-a-form-postcode",
        "Name,Street,City,Postcode,Country\r\n"
        'Mia Ko,"Flat B, 12/F, Tower 3, 1 Nathan Rd",Kowloon,999077,Hong Kong\r\n',
        (("Mia Ko", ("Flat B, 12/F, Tower 3, 1 Nathan Rd", "Kowloon", "999077", "HONG KONG")),),
    ),
    # Turkey: the floor on the street line between the building and the flat, "No:45 Kat:3
    # D:7" (review 4, 54: a bare "3" printed on a line of its own).
    Case(
        "tr-sheet-bina-kat-daire",
        "Ad,Soyad,Mahalle,Cadde/Sokak,Bina No,Kat,Daire No,İlçe,İl,Posta Kodu\r\n"
        "Elif,Yıldız,Moda Mah.,Bahariye Cad.,45,3,7,Kadıköy,İstanbul,34710\r\n"
        "Ali,Kaya,Kızılay Mah.,Atatürk Blv.,12,Zemin,2,Çankaya,Ankara,06420\r\n",
        (
            ("Elif Yıldız", ("Moda Mah. Bahariye Cad. No:45 Kat:3 D:7", "34710 Kadıköy/İstanbul")),
            ("Ali Kaya", ("Kızılay Mah. Atatürk Blv. No:12 Zemin D:2", "06420 Çankaya/Ankara")),
        ),
        country="TR",
        language="tr",
    ),
)
