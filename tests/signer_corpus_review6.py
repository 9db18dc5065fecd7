"""Signer lists from review 6's exports whose header words were misread (header words and
value looks): Keap's numbered second and third address sets ("Address2Street1", "City2"
beside "StreetAddress1", "City"). Headers as tests/data/exports/SOURCES.md names them; the
rows are our own sample people."""

from __future__ import annotations

from signer_corpus import Case

#: A number after the word for an address and before a part numbers the set ("Address 2
#: Street 1": the second set's street, its line 1); "City2" beside "City" is that set's town.
NUMBER_AFTER_ADDRESS = (
    Case(
        # Keap (Infusionsoft) XML-RPC contact fields: the first set unnumbered but for its
        # street lines and ZIP+4, the second (shipping) and third (other) sets numbered.
        "keap-api-three-address-sets",
        "Id,FirstName,LastName,Email,StreetAddress1,StreetAddress2,City,State,PostalCode,"
        "ZipFour1,Country,Address2Street1,Address2Street2,City2,State2,PostalCode2,ZipFour2,"
        "Country2,Address3Street1,Address3Street2,City3,State3,PostalCode3,ZipFour3,Country3\n"
        "1,Dana,Whitfield,d@x.org,400 Main St,Suite 210,Hartford,CT,06103,2301,United States,"
        "PO Box 55,,Hartford,CT,06141,,United States,,,,,,,\n"
        "2,Lena,Ortiz,l@x.org,,,,,,,,77 River Rd,,Albany,NY,12207,,United States,,,,,,,\n"
        "3,Ann,Lee,a@x.org,,,,,,,,,,,,,,,12 Oak St,Apt 3,Springfield,IL,62704,1234,"
        "United States\n",
        (
            ("Dana Whitfield", ("400 Main St Suite 210", "Hartford, CT 06103-2301")),
            ("Lena Ortiz", ("77 River Rd", "Albany, NY 12207")),
            ("Ann Lee", ("12 Oak St Apt 3", "Springfield, IL 62704-1234")),
        ),
        said=("street <- StreetAddress1", "address 2 street <- Address2Street1"),
    ),
    Case(
        # The same export with Keap's labels, spaced: "Address 2 Street 1", "City 2".
        "keap-ui-labels-second-set-spaced",
        "First Name,Last Name,Street Address 1,Street Address 2,City,State,Postal Code,"
        "Zip Four,Country,Address 2 Street 1,Address 2 Street 2,City 2,State 2,"
        "Postal Code 2,Country 2\n"
        "Dana,Whitfield,400 Main St,Suite 210,Hartford,CT,06103,2301,United States,"
        "PO Box 55,,Hartford,CT,06141,United States\n"
        "Lena,Ortiz,,,,,,,,77 River Rd,,Albany,NY,12207,United States\n",
        (
            ("Dana Whitfield", ("400 Main St Suite 210", "Hartford, CT 06103-2301")),
            ("Lena Ortiz", ("77 River Rd", "Albany, NY 12207")),
        ),
        said=("address 2 town/city <- City 2",),
    ),
    Case(
        # Review 6's probe: "Address 2 Line 1 ... Address 2 Postal Code" beside a first set
        # without its number.
        "sheet-address-2-line-1-beside-first-set",
        "First Name,Last Name,Street Address 1,Street Address 2,City,State,Postal Code,"
        "Address 2 Line 1,Address 2 Line 2,Address 2 City,Address 2 State,"
        "Address 2 Postal Code\n"
        "Dana,Whitfield,400 Main St,Suite 210,Hartford,CT,06103,PO Box 55,,Hartford,CT,06141\n"
        "Bo,Chan,,,,,,9 Elm Rd,,Peoria,IL,61602\n",
        (
            ("Dana Whitfield", ("400 Main St Suite 210", "Hartford, CT 06103")),
            ("Bo Chan", ("9 Elm Rd", "Peoria, IL 61602")),
        ),
    ),
    Case(
        # Dynamics-style display names for the second set: "Address 2: Street 1".
        "crm-address-2-colon-street-1-beside-plain-set",
        "Full Name,Street 1,Street 2,City,State,Zip,Address 2: Street 1,Address 2: Street 2,"
        "Address 2: City,Address 2: State,Address 2: Zip\n"
        "Ann Lee,,,,,,12 Oak St,Apt 3,Springfield,IL,62704\n"
        "Bo Chan,5 Elm Rd,,Peoria,IL,61602,9 Work Way,,Chicago,IL,60601\n",
        (
            ("Ann Lee", ("12 Oak St Apt 3", "Springfield, IL 62704")),
            ("Bo Chan", ("5 Elm Rd", "Peoria, IL 61602")),
        ),
    ),
)

#: "Postal", "Post", "Home Postal": the postal code with its last word left off, where the
#: values are postal codes, in the set the other words name (never a mailing set of one part).
POSTAL_ALONE = (
    Case(
        # Kindful contacts: Addr1, Addr2, City, State, Postal, Country; a ZIP Excel shortened
        # gets its zero back with its state.
        "kindful-contacts-postal-column",
        "Kindful ID,First Name,Last Name,Spouse First Name,Spouse Last Name,Primary Email,"
        "Primary Phone,Addr1,Addr2,City,State,Postal,Country,Company Name\n"
        "77,Grace,Kim,David,Kim,g@x.org,,910 Oak Ln,,Fort Lee,NJ,7024,United States,\n"
        "78,Omar,Haddad,,,o@x.org,,45 Main St,Unit 2,Dearborn,MI,48126,United States,\n",
        (
            ("Grace Kim", ("910 Oak Ln", "Fort Lee, NJ 07024")),
            ("David Kim", ("910 Oak Ln", "Fort Lee, NJ 07024")),
            ("Omar Haddad", ("45 Main St Unit 2", "Dearborn, MI 48126")),
        ),
        said=("postal code <- Postal (by its words and values:",),
    ),
    Case(
        # A union roster: Address 1, Address 2, City, Prov, Postal, beside the employer's.
        "union-roster-prov-postal-ca",
        "Member ID,Last Name,First Name,Address 1,Address 2,City,Prov,Postal,Country,Local,"
        "Employer,Employer Address\n"
        "5001,Chen,Wei,55 Queen St E,Apt 1201,Toronto,ON,M5C 1R6,Canada,Local 1000,Acme Ltd,"
        '"1 Factory Rd, Hamilton ON L8L 1A1"\n',
        (("Wei Chen", ("55 Queen St E", "Apt 1201", "Toronto ON M5C 1R6")),),
        country="CA",
    ),
    Case(
        # An Australian form: Home Address, Suburb, State, Home Postal (Darwin's 0800).
        "au-form-home-postal",
        "Name,Home Address,Suburb,State,Home Postal,Mobile\n"
        "Kylie Tran,4 George St,Sydney,NSW,2000,0412 345 678\n"
        "Ben Walsh,9 Smith St,Darwin,NT,0800,0413 222 333\n",
        (
            ("Kylie Tran", ("4 George St", "Sydney NSW 2000")),
            ("Ben Walsh", ("9 Smith St", "Darwin NT 0800")),
        ),
        country="AU",
    ),
    Case(
        # A British sheet's "Post" of postcodes; a consent column "Postal" of 1 and 0 beside
        # the address is no postcode.
        "gb-sheet-post-and-postal-consent",
        "Forename,Surname,Address,Town,Post,Email,Postal,SMS\n"
        "Ann,Lee,10 Downing St,London,SW1A 2AA,a@x.org,1,0\n"
        "Tom,Hill,1 High St,Leeds,LS1 4DY,t@x.org,0,1\n",
        (
            ("Ann Lee", ("10 Downing St", "London", "SW1A 2AA")),
            ("Tom Hill", ("1 High St", "Leeds", "LS1 4DY")),
        ),
        country="GB",
        said=("postal code <- Post (by its words and values:",),
    ),
)

#: Spanish and Portuguese "estado" is the state or the status: the values decide. A word for
#: "or" between two places ("Provincia o estado", "城市/区", "Distrito ou região") says the
#: column holds one of them: never a rival set, never a town line of both.
STATUS_OR_STATE = (
    Case(
        # Tiendanube (Nuvemshop) sales export, Argentina: "Estado de la orden" (Abierta) is
        # the order's status; "Provincia o estado" the province.
        "tiendanube-ar-estado-de-la-orden",
        "Número de orden,Email,Fecha,Estado de la orden,Moneda,Total,Nombre del comprador,"
        "DNI / CUIT,Teléfono,Nombre para el envío,Teléfono para el envío,Dirección,Número,"
        "Piso,Localidad,Ciudad,Código postal,Provincia o estado,País,Medio de envío\n"
        "1001,l@x.com.ar,01/12/2026,Abierta,ARS,15000,Lucía Fernández,30123456,1155550000,"
        "Lucía Fernández,1155550000,Av. Corrientes,1234,5 B,Balvanera,"
        "Ciudad Autónoma de Buenos Aires,C1043AAZ,Capital Federal,Argentina,Correo Argentino\n"
        "1002,m@x.com.ar,02/12/2026,Abierta,ARS,9000,Martín Gómez,27999888,,Martín Gómez,,"
        "Bv. Oroño,850,,Centro,Rosario,S2000DSR,Santa Fe,Argentina,Andreani\n",
        (
            (
                "Lucía Fernández",
                (
                    "Av. Corrientes 1234 5 B",
                    "Balvanera",
                    "C1043AAZ Ciudad Autónoma de Buenos Aires",
                    "Capital Federal",
                ),
            ),
            ("Martín Gómez", ("Bv. Oroño 850", "Centro", "S2000DSR Rosario", "Santa Fe")),
        ),
        country="AR",
        said=("state/region <- Provincia o estado",),
    ),
    Case(
        # A Mexican shop's orders: "Estado del pedido" (Entregado) before "Estado o provincia".
        "mx-pedidos-estado-del-pedido",
        "Folio,Estado del pedido,Nombre,Apellidos,Calle y número,Colonia,Ciudad,"
        "Estado o provincia,Código postal\n"
        "501,Entregado,Sofía,Ramírez,Av. Juárez 120,Centro,Guadalajara,Jalisco,44100\n"
        "502,En camino,Diego,López,Calle Hidalgo 45,Obispado,Monterrey,Nuevo León,64060\n",
        (
            ("Sofía Ramírez", ("Av. Juárez 120", "Centro", "44100 Guadalajara, Jalisco")),
            ("Diego López", ("Calle Hidalgo 45", "Obispado", "64060 Monterrey, Nuevo León")),
        ),
        country="MX",
        said=("state/region <- Estado o provincia",),
    ),
    Case(
        # 问卷星 (wjx.cn) export of a Chinese-language form, Australian addresses: the
        # question "城市/区" (city/district) holds the suburb, on the line with state and
        # postcode as Australia Post writes it.
        "wjx-form-au-city-or-district",
        "序号,提交答卷时间,所用时间,来源,来源详情,来自IP,1、您的姓名：,"
        "2、邮寄地址（街道、门牌号）：,3、城市/区：,4、州：,5、邮编：\n"
        "1,2026/12/1 10:00:00,45秒,微信,N/A,203.0.113.5(澳大利亚-新南威尔士),王小明,"
        '"Unit 5, 12 George St",Sydney,NSW,2000\n'
        "2,2026/12/1 11:30:00,60秒,链接,N/A,198.51.100.7(澳大利亚-维多利亚),李娜,"
        "7 Lygon St,Carlton,VIC,3053\n",
        (
            ("王小明", ("Unit 5, 12 George St", "Sydney NSW 2000")),
            ("李娜", ("7 Lygon St", "Carlton VIC 3053")),
        ),
        country="AU",
    ),
    Case(
        # The same shape with "或" (or): 城市或区.
        "cn-form-au-city-or-district-huo",
        "序号,1、您的姓名：,2、邮寄地址（街道、门牌号）：,3、城市或区：,4、州：,5、邮编：\n"
        "1,陈伟,8 Collins St,Melbourne,VIC,3000\n"
        "2,刘芳,3 Queen St,Brisbane,QLD,4000\n",
        (
            ("陈伟", ("8 Collins St", "Melbourne VIC 3000")),
            ("刘芳", ("3 Queen St", "Brisbane QLD 4000")),
        ),
        country="AU",
    ),
    Case(
        # A Portuguese form: "Cidade ou localidade", "Distrito ou região".
        "pt-form-distrito-ou-regiao",
        "Carimbo de data/hora,Nome,Apelido,Morada,Código postal,Cidade ou localidade,"
        "Distrito ou região\n"
        '01/12/2026,Inês,Ferreira,"Avenida da Liberdade 200, 3.º",1250-147,Lisboa,Lisboa\n',
        (("Inês Ferreira", ("Avenida da Liberdade 200, 3.º", "1250-147 Lisboa")),),
        country="PT",
        said=("state/region <- Distrito ou região",),
    ),
)

#: A column naming a part of something that is never an address (an order's state, a
#: citizenship's country) beside the signer's own column of that part: listed as not used,
#: never a stop.
OF_A_THING = (
    Case(
        # A shop's order list: "Order State" (Fulfilled) beside "State".
        "us-orders-order-state-beside-state",
        "Order #,Order State,First Name,Last Name,Street,City,State,Zip\n"
        "1,Fulfilled,Gail,Ross,8 Pine St,Burlington,VT,05401\n"
        "2,Pending,Ike,Moss,3 Bay Rd,Mobile,AL,36602\n",
        (
            ("Gail Ross", ("8 Pine St", "Burlington, VT 05401")),
            ("Ike Moss", ("3 Bay Rd", "Mobile, AL 36602")),
        ),
        said=("not used: Order State (2 values): the state/region of something else",),
    ),
    Case(
        # A US form asking the country of citizenship beside the address's country.
        "us-form-country-of-citizenship",
        "First Name,Last Name,Street Address,City,State,ZIP,Country of Citizenship,"
        "Country of Birth,Country\n"
        "Luis,Ramírez,88 Mission St,San Jose,CA,95112,Mexico,Mexico,United States\n"
        "Hannah,Okafor,14 Baker St,London,,W1U 3BW,Nigeria,Nigeria,United Kingdom\n",
        (
            ("Luis Ramírez", ("88 Mission St", "San Jose, CA 95112")),
            ("Hannah Okafor", ("14 Baker St", "London", "W1U 3BW", "UNITED KINGDOM")),
        ),
    ),
    Case(
        # Written after the rule: "Order Country" and "Nationality Country" beside "Country".
        "us-sheet-order-and-nationality-country",
        "First Name,Last Name,Order Country,Street,City,State,Zip,Country,Nationality Country\n"
        "Ann,Lee,Canada,12 Oak St,Springfield,IL,62704,United States,Ireland\n"
        "Bo,Chan,United States,9 Elm Rd,Peoria,IL,61602,United States,China\n",
        (
            ("Ann Lee", ("12 Oak St", "Springfield, IL 62704")),
            ("Bo Chan", ("9 Elm Rd", "Peoria, IL 61602")),
        ),
    ),
)

#: Words of two meanings by language, decided by the values: Slovenian "Kraj" is the place
#: (Polish: the country; Czech: the region, tests/signer_corpus_inferred.py), Polish "Okres
#: składki" the dues' period (Czech and Slovak "Okres": the district).
BY_LANGUAGE = (
    Case(
        # Slovenian Excel (Windows-1250): Ime, Priimek, Naslov, Poštna številka, Kraj.
        "si-excel-cp1250-kraj-is-the-town",
        "Ime;Priimek;Naslov;Poštna številka;Kraj\n"
        "Špela;Žagar;Čopova ulica 14;1000;Ljubljana\n"
        "Marko;Novak;Partizanska cesta 5;2000;Maribor\n",
        (
            ("Špela Žagar", ("Čopova ulica 14", "1000 Ljubljana")),
            ("Marko Novak", ("Partizanska cesta 5", "2000 Maribor")),
        ),
        country="SI",
        encoding="cp1250",
        said=("town/city <- Kraj (the header says country, but its values are words",),
    ),
    Case(
        # A Polish club's list: Okres składki (the year paid for) and Kraj (the country).
        "pl-excel-cp1250-okres-skladki",
        "Imię;Nazwisko;Ulica;Kod pocztowy;Miejscowość;Okres składki;Kraj\n"
        "Ewa;Lis;ul. Długa 5/3;80-827;Gdańsk;2026;Polska\n",
        (("Ewa Lis", ("ul. Długa 5/3", "80-827 Gdańsk")),),
        country="PL",
        encoding="cp1250",
        said=("not used: Okres składki (1 value): its values are numbers",),
    ),
)

#: A line or a level a header's words name beside the set's own words: L2's
#: "ExtraAddressLine" is the street's second line (never a rival set); Kenya's "Sub-County" the
#: level below the county (a district, never a second county column).
LINES_AND_LEVELS = (
    Case(
        # L2 voter file: Residence_Addresses_* and Mailing_Addresses_* sets.
        "l2-voter-file-residence-and-mailing-sets",
        "LALVOTERID,Voters_FirstName,Voters_MiddleName,Voters_LastName,Voters_NameSuffix,"
        "Residence_Addresses_AddressLine,Residence_Addresses_ExtraAddressLine,"
        "Residence_Addresses_City,Residence_Addresses_State,Residence_Addresses_Zip,"
        "Residence_Addresses_ZipPlus4,Mailing_Addresses_AddressLine,Mailing_Addresses_City,"
        "Mailing_Addresses_State,Mailing_Addresses_Zip,Mailing_Addresses_ZipPlus4\n"
        "LALOH123,Mary,K,Jones,,45 Oak St,Apt 2,Columbus,OH,43215,1234,,,,,\n"
        "LALOH124,Robert,,King,Jr,9 Elm Rd,,Dayton,OH,45402,,PO Box 77,Dayton,OH,45401,0077\n",
        (
            ("Mary K Jones", ("45 Oak St Apt 2", "Columbus, OH 43215-1234")),
            ("Robert King Jr", ("PO Box 77", "Dayton, OH 45401-0077")),
        ),
        said=("street line 2 <- Residence_Addresses_ExtraAddressLine",),
    ),
    Case(
        # A Kenyan Google Form: Estate/Village, Sub-County, County, P.O. Box, Postal Code.
        "ke-gforms-sub-county-and-county",
        "Timestamp,Full Name,Estate/Village,Sub-County,County,P.O. Box,Postal Code,Town\n"
        "1/12/2026,Kiprono Kirui,Kapsoya,Ainabkoi,Uasin Gishu,567,30100,Eldoret\n",
        (
            (
                "Kiprono Kirui",
                ("P.O. Box 567", "Ainabkoi", "Kapsoya, Eldoret", "Uasin Gishu", "30100"),
            ),
        ),
        country="KE",
        said=("district/ward <- Sub-County", "state/region <- County"),
    ),
)

#: Southern Africa's postal and physical addresses: "Postal Town" beside "Postal Address Line 1"
#: and "Physical Town" is the postal set's (the word that qualifies it begins its phrase, and
#: the other set's twin says so), so the postal address prints whole, never with the physical
#: one's parts; a "Postal Code" with no twin is the plain postcode, printed with either set.
POSTAL_AND_PHYSICAL = (
    Case(
        # A Namibian form: the postal set and the physical set, each with its town.
        "na-form-postal-and-physical-sets",
        "First Name,Surname,Postal Address Line 1,Postal Town,Postal Code,"
        "Physical Address Line 1,Physical Town,Country\n"
        "Ndapewa,Shikongo,P O Box 24567,Windhoek,10005,12 Robert Mugabe Ave,Windhoek,"
        "Namibia\n",
        (("Ndapewa Shikongo", ("P O Box 24567", "Windhoek", "10005", "NAMIBIA")),),
        country="GB",
        said=("postal code: 'Postal Code' names no address set, so it prints with the",),
    ),
    Case(
        # A South African form: Postal Address, Postal Code, Physical Address, Suburb, City,
        # Physical Code.
        "za-form-postal-code-and-physical-code",
        "Name,Surname,Postal Address,Postal Code,Physical Address,Suburb,City,Physical Code\n"
        "Thandi,Nkosi,PO Box 1123,2041,22 Jan Smuts Ave,Parktown,Johannesburg,2193\n",
        (("Thandi Nkosi", ("PO Box 1123", "2041")),),
        country="ZA",
    ),
    Case(
        # Written after the rule: a Zimbabwean form, one row with the physical address only.
        "zw-form-postal-town-physical-town",
        "Full Name,Postal Address,Postal Town,Physical Address,Physical Town,Country\n"
        "Tendai Moyo,P.O. Box 1210,Bulawayo,14 Fife Street,Bulawayo,Zimbabwe\n"
        "Rudo Chikwanha,,,22 Samora Machel Ave,Harare,Zimbabwe\n",
        (
            ("Tendai Moyo", ("P.O. Box 1210", "Bulawayo", "ZIMBABWE")),
            ("Rudo Chikwanha", ("22 Samora Machel Ave", "Harare", "ZIMBABWE")),
        ),
        country="GB",
    ),
)

REVIEW6 = (
    *NUMBER_AFTER_ADDRESS,
    *POSTAL_AND_PHYSICAL,
    *LINES_AND_LEVELS,
    *POSTAL_ALONE,
    *STATUS_OR_STATE,
    *OF_A_THING,
    *BY_LANGUAGE,
)
