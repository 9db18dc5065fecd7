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
        (("Ana García López", ("Calle Alcalá 120, Bloque B2, Esc. A, 4º C", "28009 Madrid")),),
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
                    "Étage 3",  # NF Z10-011: the floor with its word
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


#: Named places between the street and the region, each printed, smaller above larger.
PLACES = (
    Case(
        "gb-sheet-crown-dependencies-gibraltar",
        "Title,Forename,Surname,Address Line 1,Address Line 2,Town,Postcode,Country\r\n"
        "Mrs,Claire,Le Brocq,12 Bath Street,,St Helier,JE2 4ST,Jersey\r\n"
        "Mr,Peter,Ogier,Les Vardes,Rue des Vardes,St Peter Port,GY1 1AB,Guernsey\r\n"
        "Ms,Ann,Quayle,5 Athol Street,,Douglas,IM1 1JE,Isle of Man\r\n"
        "Mr,Luis,Bossano,Flat 5 Ocean Village,,Gibraltar,GX11 1AA,Gibraltar\r\n",
        (
            ("Mrs Claire Le Brocq", ("12 Bath Street", "St Helier", "JERSEY", "JE2 4ST")),
            (
                "Mr Peter Ogier",
                ("Les Vardes", "Rue des Vardes", "St Peter Port", "GUERNSEY", "GY1 1AB"),
            ),
            ("Ms Ann Quayle", ("5 Athol Street", "Douglas", "IM1 1JE", "ISLE OF MAN")),
            ("Mr Luis Bossano", ("Flat 5 Ocean Village", "GIBRALTAR", "GX11 1AA")),
        ),
        country="GB",
    ),
    Case(
        "st-excel-pt-distrito",
        "Nome;Apelido;Morada;Cidade;Distrito\r\n"
        "Lúcia;Neto;Rua de Angola 5;São Tomé;Água Grande\r\n"
        "Carlos;Pires;Bairro Hospital;Trindade;Mé-Zóchi\r\n",
        (
            ("Lúcia Neto", ("Rua de Angola 5", "São Tomé", "Água Grande")),
            ("Carlos Pires", ("Bairro Hospital", "Trindade", "Mé-Zóchi")),
        ),
        country="ST",
        language="pt",
        encoding="cp1252",
    ),
    Case(
        "kh-sheet-sangkat-khan",
        "Name,House No.,Street,Sangkat,Khan,City,Postal Code\r\n"
        "Sok Dara,12,Street 271,Tuol Tumpung 1,Chamkar Mon,Phnom Penh,120408\r\n",
        (("Sok Dara", ("12 Street 271", "Tuol Tumpung 1, Chamkar Mon", "Phnom Penh 120408")),),
        country="KH",
    ),
    Case(
        "pe-excel-distrito-provincia-departamento",
        "Nombres;Apellidos;Dirección;Distrito;Provincia;Departamento;Código postal\r\n"
        "Lucía;Quispe Mamani;Calle Mercaderes 120;Yanahuara;Arequipa;Arequipa;04013\r\n",
        (("Lucía Quispe Mamani", ("Calle Mercaderes 120", "Yanahuara 04013", "Arequipa")),),
        country="PE",
        language="es",
        encoding="cp1252",
    ),
    Case(
        "tz-sheet-ward-district-region",
        "Name,Street/Plot,Ward,District,Region,Postcode\r\n"
        "Neema Mushi,Plot 45 Mikocheni B,Mikocheni,Kinondoni,Dar es Salaam,14112\r\n",
        (
            (
                "Neema Mushi",
                ("Plot 45 Mikocheni B", "Mikocheni", "14112 Kinondoni", "Dar es Salaam"),
            ),
        ),
        country="TZ",
    ),
    Case(
        "pa-excel-corregimiento-distrito",
        "Nombre;Dirección;Corregimiento;Distrito;Provincia\r\n"
        "Carlos Ruiz;Calle 50, Edificio Global Bank, Piso 3;Bella Vista;Panamá;Panamá\r\n",
        (("Carlos Ruiz", ("Calle 50, Edificio Global Bank, Piso 3", "Bella Vista", "Panamá")),),
        country="PA",
        language="es",
        encoding="cp1252",
    ),
    Case(
        "ae-sheet-po-box-area-emirate",
        "Name,P.O. Box,Area,City,Emirate\r\nFatima Al Mansoori,12345,Al Barsha,Dubai,Dubai\r\n",
        (("Fatima Al Mansoori", ("P.O. Box 12345", "Al Barsha", "Dubai")),),
        country="AE",
    ),
    Case(
        "cr-excel-distrito-canton-provincia",
        "Nombre;Dirección;Distrito;Cantón;Provincia;Código postal\r\n"
        "Laura Mora;De la iglesia católica 200 m norte;San Pedro;Montes de Oca;San José;11501\r\n",
        (
            (
                "Laura Mora",
                (
                    "De la iglesia católica 200 m norte",
                    "San Pedro",
                    "San José, Montes de Oca",
                    "11501",
                ),
            ),
        ),
        country="CR",
        language="es",
        encoding="cp1252",
    ),
    Case(
        "mo-sheet-pt-endereco",
        'Nome,Endereço,Cidade\r\nAna Lei,"Rua de São Paulo 12, 3.º andar A",Macau\r\n',
        (("Ana Lei", ("Rua de São Paulo 12, 3.º andar A", "Macau")),),
        country="MO",
        language="pt",
    ),
    Case(
        "ar-excel-localidad-partido",
        "Nombre;Apellido;Dirección;Localidad;Partido;Provincia;CP\r\n"
        "Martina;González;Av. Maipú 1500;Olivos;Vicente López;Buenos Aires;B1636\r\n",
        (
            (
                "Martina González",
                ("Av. Maipú 1500", "B1636 Olivos", "Vicente López", "Buenos Aires"),
            ),
        ),
        country="AR",
        language="es",
        encoding="cp1252",
    ),
    Case(
        "cl-excel-comuna-ciudad-region",
        "Nombre;Dirección;Comuna;Ciudad;Región;Código postal\r\n"
        "Camila Soto;Av. Providencia 1234, Depto 56;Providencia;Santiago;"
        "Región Metropolitana;7500000\r\n",
        (
            (
                "Camila Soto",
                (
                    "Av. Providencia 1234, Depto 56",
                    "Providencia",
                    "7500000 Santiago",
                    "Región Metropolitana",
                ),
            ),
        ),
        country="CL",
        language="es",
        encoding="cp1252",
    ),
    Case(
        "pl-excel-miejscowosc-poczta",
        "Imię;Nazwisko;Miejscowość;Ulica;Nr domu;Kod pocztowy;Poczta\r\n"
        "Anna;Nowak;Wólka;;15;21-030;Motycz\r\n"
        "Piotr;Zieliński;Kraków;ul. Floriańska;15;31-019;Kraków\r\n",
        (
            # Poczta Polska: a village with no streets by its name and the number.
            ("Anna Nowak", ("Wólka 15", "21-030 Motycz")),
            ("Piotr Zieliński", ("ul. Floriańska 15", "31-019 Kraków")),
        ),
        country="PL",
        language="pl",
        encoding="cp1250",
    ),
    Case(
        "ec-excel-parroquia-canton-provincia",
        "Nombre;Dirección;Parroquia;Cantón;Provincia;Código postal\r\n"
        "Rosa Vera;Av. Amazonas N34-12;Iñaquito;Quito;Pichincha;170135\r\n",
        (("Rosa Vera", ("Av. Amazonas N34-12", "Iñaquito", "170135", "Quito", "Pichincha")),),
        country="EC",
        language="es",
        encoding="cp1252",
    ),
    Case(
        "in-sheet-village-mandal-district",
        "Name,House No.,Street,Village/Town,Mandal,District,State,PIN\r\n"
        "Ravi Kumar,4-12,Main Road,Gannavaram,Gannavaram,Krishna,Andhra Pradesh,521101\r\n",
        (("Ravi Kumar", ("4-12 Main Road", "Gannavaram 521101", "Krishna", "Andhra Pradesh")),),
        country="IN",
    ),
    Case(
        "bz-sheet-town-then-district",
        "Name,Street Address,Town,District\r\nJohn Young,12 Albert Street,Belize City,Belize\r\n",
        (("John Young", ("12 Albert Street", "Belize City", "Belize")),),
        country="BZ",
    ),
    Case(
        "sl-sheet-town-then-district",
        "Name,Address,Town,District\r\n"
        "Fatmata Kamara,15 Siaka Stevens Street,Freetown,Western Area Urban\r\n",
        (("Fatmata Kamara", ("15 Siaka Stevens Street", "Freetown", "Western Area Urban")),),
        country="SL",
    ),
    Case(
        "pt-excel-localidade-concelho-distrito",
        "Nome;Morada;Localidade;Código Postal;Concelho;Distrito\r\n"
        "Rui Silva;Rua do Sol 5;Cacilhas;2800-123;Almada;Setúbal\r\n",
        (("Rui Silva", ("Rua do Sol 5", "Cacilhas", "2800-123 Almada", "Setúbal")),),
        country="PT",
        language="pt",
        encoding="cp1252",
    ),
    Case(
        "gb-sheet-channel-islands-parish-town",
        "Name,Address,Parish,Town,Postcode,Country\r\n"
        "Peter Ogier,Les Vardes,St Peter Port,St Peter Port,GY1 1AB,Guernsey\r\n"
        "Claire Le Brocq,12 Bath Street,St Helier,St Helier,JE2 4ST,Jersey\r\n",
        (
            ("Peter Ogier", ("Les Vardes", "St Peter Port", "GUERNSEY", "GY1 1AB")),
            ("Claire Le Brocq", ("12 Bath Street", "St Helier", "JERSEY", "JE2 4ST")),
        ),
        country="GB",
    ),
    Case(
        "cl-excel-comuna-ciudad-biobio",
        "Nombre;Dirección;Comuna;Ciudad;Región;Código postal\r\n"
        "Pedro Rojas;Los Carrera 123;Talcahuano;Concepción;Biobío;4260000\r\n",
        (("Pedro Rojas", ("Los Carrera 123", "Talcahuano", "4260000 Concepción", "Biobío")),),
        country="CL",
        language="es",
        encoding="cp1252",
    ),
    Case(
        "tz-sheet-ward-district-no-postcode",
        "Name,Address,Ward,District,Region\r\n"
        "Asha Juma,Plot 12 Uhuru Street,Kariakoo,Ilala,Dar es Salaam\r\n",
        (("Asha Juma", ("Plot 12 Uhuru Street", "Kariakoo", "Ilala", "Dar es Salaam")),),
        country="TZ",
    ),
)


#: Whole addresses on one line read into their parts, and a Lithuanian municipality.
ONE_LINE = (
    Case(
        "ru-sheet-adres-odna-stroka",
        "ФИО,Адрес\r\n"
        'Иванов Иван Иванович,"ул. Ленина, д. 1, кв. 5, г. Тверь, Тверская обл., 170100"\r\n',
        (
            (
                "Иванов Иван Иванович",
                ("ул. Ленина, д. 1, кв. 5", "г. Тверь", "Тверская обл.", "170100"),
            ),
        ),
        country="RU",
        language="ru",
    ),
    Case(
        "br-sheet-endereco-uma-linha",
        "Nome,Endereço\r\n"
        'Ana Souza,"Rua Augusta 1000, apto 12 - Consolação, São Paulo - SP, 01305-100"\r\n',
        (("Ana Souza", ("Rua Augusta 1000, apto 12 - Consolação", "São Paulo-SP", "01305-100")),),
        country="BR",
        language="pt",
    ),
    Case(
        "ru-sheet-adres-odna-stroka-oblast-cut-short",
        "ФИО,Адрес\r\n"
        'Петров Пётр,"пр. Мира, д. 10, кв. 7, г. Ярославль, Ярославская обл., 150000"\r\n'
        'Сидорова Анна,"ул. Победы, д. 3, с. Иваново, Ивановская обл., 153000"\r\n',
        (
            (
                "Петров Пётр",
                ("пр. Мира, д. 10, кв. 7", "г. Ярославль", "Ярославская обл.", "150000"),
            ),
            ("Сидорова Анна", ("ул. Победы, д. 3", "с. Иваново", "Ивановская обл.", "153000")),
        ),
        country="RU",
        language="ru",
    ),
    Case(
        "br-sheet-endereco-uma-linha-cidade-uf",
        "Nome,Endereço\r\n"
        'João Lima,"Av. Sete de Setembro 500 - Centro, Salvador - BA, 40060-001"\r\n'
        'Maria Reis,"Rua da Bahia 1200, Belo Horizonte - MG, 30160-011"\r\n',
        (
            ("João Lima", ("Av. Sete de Setembro 500 - Centro", "Salvador-BA", "40060-001")),
            ("Maria Reis", ("Rua da Bahia 1200", "Belo Horizonte-MG", "30160-011")),
        ),
        country="BR",
        language="pt",
    ),
    Case(
        "us-sheet-address-one-line-state-cut-short",
        "Name,Address\r\n"
        'Ann Lee,"12 Oak St, Springfield, Ill., 62704"\r\n'
        'Bo Chan,"400 Elm Ave., Chicago, Ill. 60614"\r\n'
        'Cy Doe,"5 Pine Rd., Apt. 2, St. Louis, Mo., 63101"\r\n',
        (
            ("Ann Lee", ("12 Oak St", "Springfield, IL 62704")),
            ("Bo Chan", ("400 Elm Ave.", "Chicago, IL 60614")),
            ("Cy Doe", ("5 Pine Rd. Apt. 2", "St. Louis, MO 63101")),
        ),
        country="US",
    ),
    Case(
        "lt-excel-cp1257-kaimas-savivaldybe",
        "Vardas;Pavardė;Gatvė;Namo nr.;Kaimas;Savivaldybė;Pašto kodas\r\n"
        "Ona;Kazlauskienė;Liepų g.;7;Ramučiai;Kauno r. sav.;LT-54468\r\n",
        (("Ona Kazlauskienė", ("Liepų g. 7", "Ramučiai", "LT-54468 Kauno r. sav.")),),
        country="LT",
        language="lt",
        encoding="cp1257",
    ),
)


#: A column beside a place that is not a level of it: a sales region beside the state.
NOT_A_LEVEL = (
    Case(
        "us-sheet-sales-region-beside-state",
        "First Name,Last Name,Street,City,State,Zip,Region\r\n"
        "Ann,Lee,12 Oak St,Springfield,IL,62704,Midwest\r\n"
        "Bo,Chan,400 Elm Ave,Chicago,IL,60614,Midwest\r\n",
        (
            ("Ann Lee", ("12 Oak St", "Springfield, IL 62704")),
            ("Bo Chan", ("400 Elm Ave", "Chicago, IL 60614")),
        ),
        country="US",
    ),
)

LEVELS = (*PREMISES, *PLACES, *ONE_LINE, *NOT_A_LEVEL)
