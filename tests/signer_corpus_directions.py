"""Signer lists with a column of directions that find the door (a landmark, a building and
floor, the cross streets) under a header of its own in many languages, printed as a line after
the street; and columns whose text reads like an address but is not the signer's (an event's
meeting point, a fund, a pickup shop, a memo, a courier's note), never printed and listed.
Written as people write them (tests/data/exports/SOURCES.md)."""

from __future__ import annotations

from signer_corpus import Case

DIRECTIONS = (
    Case(
        "de-sheet-wegbeschreibung",
        "Vorname;Nachname;Straße;Hausnummer;PLZ;Ort;Wegbeschreibung\n"
        "Jonas;Weber;Lindenstraße;7;20095;Hamburg;Hinterhaus, 2. OG\n",
        (("Jonas Weber", ("Lindenstraße 7", "Hinterhaus, 2. OG", "20095 Hamburg")),),
        country="DE",
        language="de",
    ),
    Case(
        # La Poste writes the lines that find the door above the number and street.
        "fr-sheet-point-de-repere",
        "Prénom,Nom,Adresse,Code postal,Ville,Point de repère\n"
        "Claire,Martin,8 rue des Lilas,44000,Nantes,Face à la boulangerie\n",
        (("Claire Martin", ("Face à la boulangerie", "8 rue des Lilas", "44000 Nantes")),),
        country="FR",
        language="fr",
    ),
    Case(
        "it-sheet-punto-di-riferimento",
        "Nome,Cognome,Indirizzo,CAP,Città,Provincia,Punto di riferimento\n"
        "Luca,Ferrari,Via Garibaldi 21,10122,Torino,TO,Cancello verde\n",
        (("Luca Ferrari", ("Via Garibaldi 21", "Cancello verde", "10122 Torino TO")),),
        country="IT",
        language="it",
    ),
    Case(
        "pl-sheet-wskazowki-dojazdu",
        "Imię,Nazwisko,Adres,Kod pocztowy,Miejscowość,Wskazówki dojazdu\n"
        "Ewa,Zielińska,ul. Lipowa 4/2,30-001,Kraków,Wejście od podwórza\n",
        (("Ewa Zielińska", ("ul. Lipowa 4/2", "Wejście od podwórza", "30-001 Kraków")),),
        country="PL",
        language="pl",
    ),
    Case(
        "nl-sheet-routebeschrijving",
        "Voornaam,Achternaam,Straat,Huisnummer,Postcode,Woonplaats,Routebeschrijving\n"
        "Sanne,Jansen,Oudegracht,140,3511 AZ,Utrecht,Ingang via de steeg\n",
        (("Sanne Jansen", ("Oudegracht 140", "Ingang via de steeg", "3511 AZ Utrecht")),),
        country="NL",
        language="nl",
    ),
    Case(
        # A phone column between the address and the directions: still the address's line.
        "tr-shop-adres-tarifi",
        "Ad Soyad,Adres,İlçe,İl,Posta Kodu,Telefon,Adres Tarifi\n"
        "Ayşe Yılmaz,Bağdat Cad. No: 12 D: 5,Kadıköy,İstanbul,34710,05321112233,"
        "Migros'un karşısı\n"
        'Mehmet Demir,Atatürk Bulvarı No: 45,Çankaya,Ankara,06690,05321112234,"B Blok, 3. kat"\n',
        (
            (
                "Ayşe Yılmaz",
                ("Bağdat Cad. No: 12 D: 5", "Migros'un karşısı", "34710 Kadıköy/İstanbul"),
            ),
            ("Mehmet Demir", ("Atatürk Bulvarı No: 45", "B Blok, 3. kat", "06690 Çankaya/Ankara")),
        ),
        country="TR",
        language="tr",
    ),
    Case(
        "id-sheet-patokan",
        "Nama,Alamat,Patokan,Kecamatan,Kota,Provinsi,Kode Pos\n"
        "Budi Santoso,Jl. Merdeka No. 10,Dekat Masjid Al-Ikhlas,Sumur Bandung,Bandung,"
        "Jawa Barat,40111\n",
        (
            (
                "Budi Santoso",
                (
                    "Jl. Merdeka No. 10",
                    "Dekat Masjid Al-Ikhlas",
                    "Sumur Bandung",
                    "Bandung",
                    "Jawa Barat 40111",
                ),
            ),
        ),
        country="ID",
        language="id",
    ),
    Case(
        # Costa Rica's address is its province, canton and district and "otras señas".
        "cr-sheet-otras-senas",
        "Nombre,Provincia,Cantón,Distrito,Otras señas,Código postal\n"
        'Ana Vargas,San José,Escazú,San Rafael,"200 m norte de la iglesia, casa 12",10203\n',
        (
            (
                "Ana Vargas",
                ("200 m norte de la iglesia, casa 12", "San Rafael", "Escazú, San José", "10203"),
            ),
        ),
        country="CR",
        language="es",
    ),
    Case(
        # Two words for the line after the street in one header: that line.
        "in-shop-apartment-landmark",
        "Full Name,Address,Apartment/Landmark,City,State,Pincode\n"
        "Priya Sharma,42 MG Road,Near Trinity Metro,Bengaluru,Karnataka,560001\n",
        (
            (
                "Priya Sharma",
                ("42 MG Road", "Near Trinity Metro", "Bengaluru 560001", "Karnataka"),
            ),
        ),
        country="IN",
    ),
    Case(
        # The cross streets and a reference, each its own column: both print, in order.
        "mx-sheet-entre-calles-and-referencia",
        "Nombre,Calle y número,Colonia,Entre calles,Referencia,Ciudad,Estado,C.P.\n"
        "José Hernández,Calle Hidalgo 45,Centro,Entre Morelos y Juárez,Portón negro,"
        "Guadalajara,Jalisco,44100\n",
        (
            (
                "José Hernández",
                (
                    "Calle Hidalgo 45",
                    "Entre Morelos y Juárez",
                    "Portón negro",
                    "Centro",
                    "44100 Guadalajara, Jalisco",
                ),
            ),
        ),
        country="MX",
        language="es",
    ),
    Case(
        # An order's reference in digits alone under the word for a reference: a record's.
        "br-sheet-referencia-order-numbers",
        "Nome,Endereço,Bairro,Cidade,Estado,CEP,Referência\n"
        'Ana Souza,"Rua das Flores, 120",Centro,Curitiba,PR,80010-000,4471203\n'
        'Pedro Alves,"Av. Paulista, 900",Bela Vista,São Paulo,SP,01310-100,4471204\n',
        (
            ("Ana Souza", ("Rua das Flores, 120", "Centro", "Curitiba-PR", "80010-000")),
            ("Pedro Alves", ("Av. Paulista, 900", "Bela Vista", "São Paulo-SP", "01310-100")),
        ),
        country="BR",
        language="pt",
        said=("full name     <- Nome",),
    ),
)

#: Text that reads like an address under a header that is not the signer's address.
NOT_THE_ADDRESS = (
    Case(
        "event-sheet-meeting-point",
        "Name,Email,Street,City,State,Zip,Meeting Point\n"
        'Ann Lee,ann@example.org,12 Oak St,Springfield,IL,62704,"Building 4, lobby"\n'
        'Bo Park,bo@example.org,4 Elm Ave,Chicago,IL,60614,"Building 4, lobby"\n',
        (
            ("Ann Lee", ("12 Oak St", "Springfield, IL 62704")),
            ("Bo Park", ("4 Elm Ave", "Chicago, IL 60614")),
        ),
    ),
    Case(
        "giving-sheet-building-fund",
        "Donor Name,Address,City,State,Zip,Fund,Amount\n"
        "Ann Lee,12 Oak St,Springfield,IL,62704,Building Fund,50.00\n"
        "Bo Park,4 Elm Ave,Chicago,IL,60614,Building Fund Phase 2,25.00\n",
        (
            ("Ann Lee", ("12 Oak St", "Springfield, IL 62704")),
            ("Bo Park", ("4 Elm Ave", "Chicago, IL 60614")),
        ),
    ),
    Case(
        "es-shop-punto-de-recogida",
        "Nombre,Dirección,Ciudad,Código postal,Punto de recogida\n"
        'Lucía García,Calle Mayor 5,Madrid,28013,"Tienda Centro, local 5"\n'
        'Pablo Ruiz,Gran Vía 12,Madrid,28013,"Tienda Norte, local 2"\n',
        (
            ("Lucía García", ("Calle Mayor 5", "28013 Madrid")),
            ("Pablo Ruiz", ("Gran Vía 12", "28013 Madrid")),
        ),
        country="ES",
        language="es",
    ),
    Case(
        # An old address in a memo beside the address: a note, never a line of it.
        "crm-sheet-memo-old-address",
        "First Name,Last Name,Address 1,City,State,Zip,Memo\n"
        "Ann,Lee,12 Oak St,Springfield,IL,62704,moved from 5 Elm St Apt 2\n"
        "Bo,Park,4 Elm Ave,Chicago,IL,60614,\n",
        (
            ("Ann Lee", ("12 Oak St", "Springfield, IL 62704")),
            ("Bo Park", ("4 Elm Ave", "Chicago, IL 60614")),
        ),
        said=("first name   <- First Name",),
    ),
    Case(
        "nl-shop-bezorginstructies",
        "Naam,Adres,Postcode,Plaats,Bezorginstructies\n"
        'Sanne de Vries,Keizersgracht 12,1015 CX,Amsterdam,"Bel aan bij nr. 14, achterdeur"\n',
        (("Sanne de Vries", ("Keizersgracht 12", "1015 CX Amsterdam")),),
        country="NL",
        language="nl",
    ),
    Case(
        "conference-sheet-session-room",
        "Attendee Name,Street,City,State,Zip,Session Room\n"
        'Ann Lee,12 Oak St,Springfield,IL,62704,"Room 204, Building 3"\n'
        'Bo Park,4 Elm Ave,Chicago,IL,60614,"Room 110, Building 1"\n',
        (
            ("Ann Lee", ("12 Oak St", "Springfield, IL 62704")),
            ("Bo Park", ("4 Elm Ave", "Chicago, IL 60614")),
        ),
    ),
)

#: A flat's number under a header that also has the address's word, and numbers beside a
#: street that carries its own: what each is.
NUMBERS_BESIDE = (
    Case(
        # "Flat No" after the set's words: the flat's own number, not the house number.
        "gb-members-home-address-flat-no",
        "Member Name,Home Address - Flat No,Home Address - House Number,Home Address - Street,"
        "Home Address - Town,Home Address - Postcode\n"
        "Tom Hardy,Flat 4,22,Belgrave Road,London,SW1V 1QT\n"
        "Amy Stone,,9,Mill Lane,York,YO1 7HH\n",
        (
            ("Tom Hardy", ("Flat 4", "22 Belgrave Road", "London", "SW1V 1QT")),
            ("Amy Stone", ("9 Mill Lane", "York", "YO1 7HH")),
        ),
        country="GB",
    ),
    Case(
        # Pipedrive's person export, split address, a Brazilian row.
        "pipedrive-persons-split-br",
        "Organization - Name,Person - Name,Person - Postal address - Apartment/suite no,"
        "Person - Postal address - House number,Person - Postal address - Street/road name,"
        "Person - Postal address - City/town/village/locality,"
        "Person - Postal address - State/county,Person - Postal address - ZIP/Postal code,"
        "Person - Postal address - Country\n"
        "Acme,Ana Souza,Apto 52,900,Av. Paulista,São Paulo,SP,01310-100,Brazil\n",
        (("Ana Souza", ("Av. Paulista, 900", "Apto 52", "São Paulo-SP", "01310-100")),),
        country="BR",
        language="pt",
    ),
    Case(
        # "#" of tickets after streets that carry their numbers: not printed.
        "es-sheet-hash-after-street",
        "Nombre,Dirección,#,Código postal,Ciudad\n"
        "Lucía García,Calle Mayor 5,1001,28013,Madrid\n"
        "Pablo Ruiz,Gran Vía 12,1002,28013,Madrid\n",
        (
            ("Lucía García", ("Calle Mayor 5", "28013 Madrid")),
            ("Pablo Ruiz", ("Gran Vía 12", "28013 Madrid")),
        ),
        country="ES",
        language="es",
        said=("full name   <- Nombre",),
    ),
    Case(
        "pt-sheet-n-ticket-after-street",
        "Nome;Morada;N.º;Código Postal;Localidade\n"
        "João Silva;Rua Augusta 100;1002;1100-053;Lisboa\n"
        "Maria Costa;Avenida da Liberdade 25;1003;1250-142;Lisboa\n",
        (
            ("João Silva", ("Rua Augusta 100", "1100-053 Lisboa")),
            ("Maria Costa", ("Avenida da Liberdade 25", "1250-142 Lisboa")),
        ),
        country="PT",
        language="pt",
    ),
    Case(
        # One row cannot tell a ticket from a door: refused, with the lines that settle it.
        "pt-sheet-n-after-street-one-row",
        "Nome;Morada;N.º;Código Postal;Localidade\n"
        "João Silva;Rua Augusta 100;1002;1100-053;Lisboa\n",
        refused=("2:3", "'1002' from column 'N.º' would not be on this signer's letter"),
        country="PT",
        language="pt",
    ),
)


#: Building, floor, door, staircase and direction columns in eight languages (the session's
#: hunt: expectations written before running), and what a gift is for, never printed.
HUNTED = (
    Case(
        # Spain's Portal beside Escalera, Piso and Puerta: the doorway's number, with its word.
        "es-sheet-portal-escalera-piso-puerta",
        "Nombre,Apellidos,Calle,Número,Portal,Escalera,Piso,Puerta,Código Postal,Población,"
        "Provincia\n"
        "Lucía,García López,Calle Mayor,5,2,A,3,B,28013,Madrid,Madrid\n"
        "Pablo,Ruiz,Calle de Alcalá,100,,,1,Izda,28009,Madrid,Madrid\n",
        (
            ("Lucía García López", ("Calle Mayor 5, Portal 2, Esc. A, 3º B", "28013 Madrid")),
            ("Pablo Ruiz", ("Calle de Alcalá 100, 1º Izda", "28009 Madrid")),
        ),
        country="ES",
        language="es",
    ),
    Case(
        # Letra is the door on the floor (2º C), never a region's code.
        "es-sheet-bloque-planta-letra",
        "Nombre completo;Dirección;Bloque;Planta;Letra;CP;Municipio;Provincia\n"
        "Carmen Ortiz;Avenida de la Constitución 12;Bloque 3;2;C;41001;Sevilla;Sevilla\n",
        (("Carmen Ortiz", ("Avenida de la Constitución 12, Bloque 3, 2º C", "41001 Sevilla")),),
        country="ES",
        language="es",
    ),
    Case(
        "es-sheet-escalera-piso-letra",
        "Nombre,Domicilio,Escalera,Piso,Letra,Código postal,Localidad,Provincia\n"
        "Marta Gil,Calle Colón 22,Izq,4,D,46004,Valencia,Valencia\n",
        (("Marta Gil", ("Calle Colón 22, Izq, 4º D", "46004 Valencia")),),
        country="ES",
        language="es",
    ),
    Case(
        # Lado is the side of the floor (Esq, Dto), never a region.
        "pt-sheet-andar-lado",
        "Nome;Rua;Número de porta;Andar;Lado;Código Postal;Localidade\n"
        "Ana Silva;Rua Augusta;120;3º;Esq;1100-053;Lisboa\n"
        "Rui Costa;Avenida da Liberdade;5;R/C;Dto;1250-096;Lisboa\n",
        (
            ("Ana Silva", ("Rua Augusta, 120, 3º Esq", "1100-053 Lisboa")),
            ("Rui Costa", ("Avenida da Liberdade, 5, R/C Dto", "1250-096 Lisboa")),
        ),
        country="PT",
        language="pt",
    ),
    Case(
        "pt-sheet-morada-andar-lado",
        "Nome completo,Morada,Andar,Lado,Código postal,Localidade\n"
        "Joana Pires,Rua de Santa Catarina 300,2º,Dto,4000-442,Porto\n",
        (("Joana Pires", ("Rua de Santa Catarina 300, 2º Dto", "4000-442 Porto")),),
        country="PT",
        language="pt",
    ),
    Case(
        # A French form's N° before the street (Voie) whose streets have no number: the house
        # number (was listed as a row number, exit 0 with it dropped).
        "fr-sheet-n-before-voie",
        "Nom;Prénom;N°;Voie;Bâtiment;Escalier;Étage;Code postal;Commune\n"
        "Dubois;Marie;12;rue de la Paix;B;2;3;75002;Paris\n"
        "Martin;Luc;5;avenue Foch;;;;69006;Lyon\n",
        (
            (
                "Marie Dubois",
                ("Bâtiment B, Escalier 2", "Étage 3", "12 rue de la Paix", "75002 Paris"),
            ),
            ("Luc Martin", ("5 avenue Foch", "69006 Lyon")),
        ),
        country="FR",
        language="fr",
    ),
    Case(
        "ca-fr-sheet-n-before-rue",
        "Nom,N°,Rue,App.,Ville,Province,Code postal\n"
        "Julie Tremblay,1234,rue Saint-Denis,5,Montréal,QC,H2X 3K8\n"
        "Marc Gagnon,88,boulevard René-Lévesque,,Québec,QC,G1R 2B5\n",
        (
            ("Julie Tremblay", ("5-1234 rue Saint-Denis", "Montréal QC H2X 3K8")),
            ("Marc Gagnon", ("88 boulevard René-Lévesque", "Québec QC G1R 2B5")),
        ),
        country="CA",
        language="fr",
    ),
    Case(
        # N° of 1, 2, 3 in row order before the street: the rows' count, not printed.
        "fr-sheet-n-counts-the-rows",
        "Nom;N°;Voie;Code postal;Commune\n"
        "A B;1;rue de la Paix;75002;Paris\n"
        "C D;2;avenue Foch;69006;Lyon\n"
        "E F;3;rue Neuve;69006;Lyon\n",
        (
            ("A B", ("rue de la Paix", "75002 Paris")),
            ("C D", ("avenue Foch", "69006 Lyon")),
            ("E F", ("rue Neuve", "69006 Lyon")),
        ),
        country="FR",
        language="fr",
    ),
    Case(
        # Piano is the floor (was listed as numbers, exit 0 with it dropped).
        "it-sheet-scala-piano-interno",
        "Nome,Cognome,Via,Civico,Scala,Piano,Interno,CAP,Comune,Provincia\n"
        "Giulia,Rossi,Via Roma,10,B,2,4,00184,Roma,RM\n",
        (("Giulia Rossi", ("Via Roma 10, Scala B int. 4", "piano 2", "00184 Roma RM")),),
        country="IT",
        language="it",
    ),
    Case(
        "it-sheet-nominativo-piano-interno",
        "Nominativo;Indirizzo;Piano;Interno;CAP;Località;Prov.\n"
        "Francesca Romano;Via Dante 8;3;12;40121;Bologna;BO\n",
        (("Francesca Romano", ("Via Dante 8 int. 12", "piano 3", "40121 Bologna BO")),),
        country="IT",
        language="it",
    ),
    Case(
        # Klatka is the staircase; directions for the courier are the line that finds the door.
        "pl-sheet-klatka-wskazowka-dla-kuriera",
        "Imię i nazwisko,Adres,Klatka,Kod pocztowy,Miasto,Wskazówka dla kuriera\n"
        "Piotr Kowalski,ul. Długa 5/12,C,80-001,Gdańsk,Wejście od podwórka\n",
        (("Piotr Kowalski", ("ul. Długa 5/12", "kl. C", "Wejście od podwórka", "80-001 Gdańsk")),),
        country="PL",
        language="pl",
    ),
    Case(
        "pl-sheet-klatka-schodowa",
        "Imię;Nazwisko;Ulica i numer;Klatka schodowa;Kod;Miejscowość\n"
        "Tomasz;Wiśniewski;ul. Piotrkowska 100/4;B;90-004;Łódź\n",
        (("Tomasz Wiśniewski", ("ul. Piotrkowska 100/4", "kl. B", "90-004 Łódź")),),
        country="PL",
        language="pl",
    ),
    Case(
        # Site Adı is the housing complex's name (was 'not a column packbuilder knows', exit
        # 0 with it dropped).
        "tr-sheet-site-adi-blok",
        "Ad Soyad;Adres;Site Adı;Blok;İlçe;İl;Posta Kodu\n"
        "Mehmet Demir;Atatürk Bulvarı No: 45;Yıldız Sitesi;B Blok;Çankaya;Ankara;06690\n",
        (
            (
                "Mehmet Demir",
                ("Atatürk Bulvarı No: 45", "Yıldız Sitesi, B Blok", "06690 Çankaya/Ankara"),
            ),
        ),
        country="TR",
        language="tr",
    ),
    Case(
        "tr-sheet-site-adi-typed-without-dotless-i",
        "Ad Soyad,Adres,Site Adi,İlçe,İl\n"
        "Zeynep Kaya,Çamlık Sok. No: 7,Güneş Sitesi,Ataşehir,İstanbul\n",
        (("Zeynep Kaya", ("Çamlık Sok. No: 7", "Güneş Sitesi", "Ataşehir/İstanbul")),),
        country="TR",
        language="tr",
    ),
    Case(
        # RT and RW, two lines after the street under different words: both print, with their words.
        "id-sheet-blok-rt-rw",
        "Nama Lengkap,Alamat,Blok,No,RT,RW,Kelurahan,Kecamatan,Kota/Kabupaten,Provinsi,Kode Pos\n"
        "Siti Rahayu,Perumahan Griya Asri,C2,15,003,007,Sukamaju,Cibeunying Kaler,Kota Bandung,"
        "Jawa Barat,40191\n",
        (
            (
                "Siti Rahayu",
                (
                    "Perumahan Griya Asri Blok C2 No. 15",
                    "RT 003/RW 007",
                    "Sukamaju, Cibeunying Kaler",
                    "Kota Bandung",
                    "Jawa Barat 40191",
                ),
            ),
        ),
        country="ID",
        language="id",
    ),
    Case(
        "id-sheet-rt-rw-kelurahan",
        "Nama,Alamat Lengkap,Rt,Rw,Kelurahan,Kota,Kode Pos\n"
        "Dewi Lestari,Jl. Kenanga No. 3,002,011,Tegalsari,Surabaya,60262\n",
        (
            (
                "Dewi Lestari",
                ("Jl. Kenanga No. 3", "RT 002/RW 011", "Tegalsari", "Surabaya", "60262"),
            ),
        ),
        country="ID",
        language="id",
    ),
    Case(
        # 'per il' is 'for the': never Turkish İl, the province.
        "it-shop-indicazioni-per-il-corriere",
        "Nome e cognome;Indirizzo;CAP;Città;Provincia;Indicazioni per il corriere\n"
        "Marco Bianchi;Corso Italia 2;20122;Milano;MI;Cancello verde, secondo piano\n",
        (
            (
                "Marco Bianchi",
                ("Corso Italia 2", "Cancello verde, secondo piano", "20122 Milano MI"),
            ),
        ),
        country="IT",
        language="it",
    ),
    Case(
        "es-shop-indicaciones-para-el-repartidor",
        "Nombre,Dirección,Código postal,Ciudad,Indicaciones para el repartidor\n"
        'Lucía García,Calle Mayor 5,28013,Madrid,"Portal 2, llamar al 3º B"\n',
        (("Lucía García", ("Calle Mayor 5", "Portal 2, llamar al 3º B", "28013 Madrid")),),
        country="ES",
        language="es",
    ),
    Case(
        # What a gift is for (a building fund): no address part, listed.
        "pl-parish-sheet-cel-darowizny",
        "Imię,Nazwisko,Ulica,Kod pocztowy,Miejscowość,Cel darowizny,Kwota\n"
        "Ewa,Zielińska,ul. Lipowa 4/2,30-001,Kraków,Budowa budynku parafialnego,100\n",
        (("Ewa Zielińska", ("ul. Lipowa 4/2", "30-001 Kraków")),),
        country="PL",
        language="pl",
    ),
    Case(
        "de-spenden-verwendungszweck",
        "Vorname,Nachname,Straße,PLZ,Ort,Verwendungszweck,Betrag\n"
        "Jonas,Weber,Lindenstraße 7,20095,Hamburg,Neubau Gemeindehaus,50\n",
        (("Jonas Weber", ("Lindenstraße 7", "20095 Hamburg")),),
        country="DE",
        language="de",
    ),
)


#: The kind of a Czech house number in a column of its own.
NUMBER_KINDS = (
    Case(
        # RÚIAN's Typ SO beside Číslo domovní: č.p. is the number as written (was refused).
        "cz-ruian-typ-so-cp",
        "Jméno;Příjmení;Název obce;Název části obce;Název ulice;Typ SO;Číslo domovní;"
        "Číslo orientační;PSČ\n"
        "Jiří;Dvořák;Praha;Vinohrady;Vinohradská;č.p.;1511;60;13000\n"
        "Květa;Malá;Volyně;Hoštice;;č.p.;244;;38701\n",
        (
            ("Jiří Dvořák", ("Vinohradská 1511/60", "Vinohrady", "130 00 Praha")),
            ("Květa Malá", ("Hoštice 244", "387 01 Volyně")),
        ),
        country="CZ",
        language="cs",
    ),
    Case(
        # č.ev. (a recreational building's number) is written 'č. ev. 12'.
        "cz-ruian-typ-so-cev",
        "Jméno;Příjmení;Název obce;Název části obce;Název ulice;Typ SO;Číslo domovní;"
        "Číslo orientační;PSČ\n"
        "Jiří;Dvořák;Praha;Vinohrady;Vinohradská;č.p.;1511;60;13000\n"
        "Květa;Malá;Volyně;Hoštice;;č.p.;244;;38701\n"
        "Petr;Novák;Lipno nad Vltavou;Slupečná;;č.ev.;12;;38278\n",
        (
            ("Jiří Dvořák", ("Vinohradská 1511/60", "Vinohrady", "130 00 Praha")),
            ("Květa Malá", ("Hoštice 244", "387 01 Volyně")),
            ("Petr Novák", ("Slupečná č. ev. 12", "382 78 Lipno nad Vltavou")),
        ),
        country="CZ",
        language="cs",
    ),
    Case(
        # Another sheet's 'Typ čísla' and 'Číslo domu' (the house number was dropped, exit 0).
        "cz-eshop-typ-cisla-cislo-domu",
        "Jméno a příjmení;Ulice;Typ čísla;Číslo domu;Obec;PSČ\n"
        "Jana Horáková;Dlouhá;č.p.;15;Třeboň;37901\n"
        "Milan Beneš;;č.ev.;208;Doksy;47201\n",
        (
            ("Jana Horáková", ("Dlouhá 15", "379 01 Třeboň")),
            ("Milan Beneš", ("Doksy č. ev. 208", "472 01 Doksy")),
        ),
        country="CZ",
        language="cs",
    ),
)


#: A floor's number alone, in languages whose post has no word of its own for it.
FLOORS = (
    Case(
        # A bare floor number prints with its header's word (was a line '2').
        "pl-sheet-nr-domu-lokalu-pietro",
        "Imię;Nazwisko;Ulica;Nr domu;Nr lokalu;Piętro;Kod pocztowy;Miejscowość\n"
        "Anna;Nowak;Cicha;13;7;2;00-001;Warszawa\n",
        (("Anna Nowak", ("Cicha 13/7", "Piętro 2", "00-001 Warszawa")),),
        country="PL",
        language="pl",
    ),
    Case(
        "nl-sheet-verdieping",
        "Voornaam;Tussenvoegsel;Achternaam;Straat;Huisnummer;Toevoeging;Verdieping;Postcode;Plaats\n"
        "Sanne;de;Vries;Keizersgracht;12;A;3;1015 CX;Amsterdam\n",
        (("Sanne de Vries", ("Keizersgracht 12 A", "Verdieping 3", "1015 CX Amsterdam")),),
        country="NL",
        language="nl",
    ),
    Case(
        # Patro is the floor (was refused as a flat number).
        "cz-sheet-patro",
        "Jméno a příjmení;Ulice;Patro;PSČ;Obec\nJana Horáková;Dlouhá 15;3;37901;Třeboň\n",
        (("Jana Horáková", ("Dlouhá 15", "Patro 3", "379 01 Třeboň")),),
        country="CZ",
        language="cs",
    ),
)


#: Cross streets, written in one column or two.
CROSS_STREETS = (
    Case(
        # Two numbered cross-street columns: both print (the second was refused as read only
        # where the first is empty).
        "mx-sheet-entre-calle-1-and-2",
        "Nombre,Calle,Número,Interior,Colonia,Entre Calle 1,Entre Calle 2,Alcaldía,Estado,CP\n"
        "Luis Pérez,Av. Juárez,10,Depto 3,Centro,Balderas,Dolores,Cuauhtémoc,CDMX,06000\n",
        (
            (
                "Luis Pérez",
                (
                    "Av. Juárez 10 Depto 3",
                    "Balderas",
                    "Dolores",
                    "Centro",
                    "06000 Cuauhtémoc, CDMX",
                ),
            ),
        ),
        country="MX",
        language="es",
    ),
    Case(
        # A cross street is the line that finds the door (USPS: a line above the delivery
        # line); a gate code is no address part.
        "us-sheet-cross-street-gate-code",
        "First Name,Last Name,Street Address,Apt/Unit,Cross Street,City,State,ZIP,Gate Code\n"
        "Ann,Lee,12 Oak St,Unit 4,near Main St,Springfield,IL,62704,#4521\n",
        (("Ann Lee", ("near Main St", "12 Oak St Unit 4", "Springfield, IL 62704")),),
        country="US",
    ),
)


#: A hamlet below the village, as a line after the street.
HAMLETS = (
    Case(
        # Dusun, the hamlet below the village: a line after the street (was 'not a column
        # packbuilder knows', exit 0 with it dropped).
        "id-sheet-dusun-desa",
        "Nama,Alamat,Dusun,Desa,Kecamatan,Kabupaten,Provinsi,Kode Pos\n"
        "Siti Aminah,Jl. Raya No. 5,Dusun Krajan,Sukorejo,Bangsalsari,Jember,Jawa Timur,68154\n",
        (
            (
                "Siti Aminah",
                (
                    "Jl. Raya No. 5",
                    "Dusun Krajan",
                    "Sukorejo, Bangsalsari",
                    "Jember",
                    "Jawa Timur 68154",
                ),
            ),
        ),
        country="ID",
        language="id",
    ),
    Case(
        "id-sheet-dukuh-kelurahan-desa",
        "Nama,Alamat,Dukuh,Kelurahan/Desa,Kecamatan,Kabupaten/Kota,Kode Pos\n"
        "Sri Wahyuni,Jl. Melati No. 2,Dukuh Ngasem,Ngawen,Ngawen,Klaten,57466\n",
        (("Sri Wahyuni", ("Jl. Melati No. 2", "Dukuh Ngasem", "Ngawen", "Klaten", "57466")),),
        country="ID",
        language="id",
    ),
)
