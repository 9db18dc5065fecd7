"""Signer lists behind review 12's findings on names, numbers and refusals (issue 20, slice H
of the 2026-12-08 session): identification numbers (a national ID, a tax number, a passport)
beside a word that only says "number" are no house numbers; tags and labels, and yes/no answers
in more languages, are other data; none of them stops the build or prints. A neighbour's
postcode (Slovakia's 811 06 in a Czech list) is never printed as a domestic letter. Each shape
is tried with sheets in other languages or from other platforms than the file that showed it.
The rows are our own sample people; sources in tests/data/exports/SOURCES.md."""

from __future__ import annotations

from signer_corpus import Case

IDS12 = (
    Case(
        "pe-sheet-nro-documento",
        "Nombres;Apellidos;Tipo de documento;Nro. de documento;Dirección;Distrito;Departamento\n"
        "Lucía;Quispe Mamani;DNI;45678912;Av. Arequipa 1234;Lince;Lima\n",
        (("Lucía Quispe Mamani", ("Av. Arequipa 1234", "Lince", "Lima")),),
        country="PE",
        language="es",
    ),
    Case(
        "bling-br-cpf-cnpj",
        "Nome,CPF/CNPJ,Endereço,Número,Complemento,Bairro,Cidade,UF,CEP\n"
        "Mariana Costa,123.456.789-09,Rua das Flores,250,Apto 31,Centro,Curitiba,PR,80020-090\n",
        (
            (
                "Mariana Costa",
                ("Rua das Flores, 250", "Apto 31", "Centro", "Curitiba-PR", "80020-090"),
            ),
        ),
        country="BR",
        language="pt",
    ),
    Case(
        "de-verein-steuer-id",
        "Vorname;Nachname;Steuer-ID;Straße;Hausnummer;PLZ;Ort\n"
        "Katrin;Albers;12345678901;Lindenallee;14;28195;Bremen\n",
        (("Katrin Albers", ("Lindenallee 14", "28195 Bremen")),),
        country="DE",
        language="de",
    ),
    Case(
        "it-soci-numero-documento",
        "Nome;Cognome;Numero documento d'identità;Indirizzo;CAP;Città;Provincia\n"
        "Giulia;Ferri;CA12345BC;Via Garibaldi 8;40121;Bologna;BO\n",
        (("Giulia Ferri", ("Via Garibaldi 8", "40121 Bologna BO")),),
        country="IT",
        language="it",
    ),
    Case(
        "fr-adherents-numero-piece-identite",
        "Prénom;Nom;Numéro de pièce d'identité;Adresse;Code postal;Ville\n"
        "Claire;Morel;190675432109;14 rue Victor Hugo;69002;Lyon\n",
        (("Claire Morel", ("14 rue Victor Hugo", "69002 Lyon")),),
        country="FR",
        language="fr",
    ),
    Case(
        "kr-hoewon-jumin",
        "이름,주민등록번호,우편번호,주소\n"
        "김민준,900101-1234567,04524,서울특별시 중구 세종대로 110\n",
        (("김민준", ("서울특별시 중구 세종대로 110", "04524")),),
        country="KR",
        language="ko",
    ),
    Case(
        "cl-socios-numero-rut",
        "Nombre,Número de RUT,Dirección,Comuna,Región\n"
        "Ignacio Soto,12.345.678-5,Av. Providencia 1550,Providencia,Región Metropolitana\n",
        (("Ignacio Soto", ("Av. Providencia 1550", "Providencia", "Región Metropolitana")),),
        country="CL",
        language="es",
    ),
)


TAGS12 = (
    Case(
        "holded-es-etiquetas",
        "Nombre,Email,Dirección,Código postal,Población,Provincia,Etiquetas\n"
        "Pablo Ruiz,p@example.es,Calle Mayor 12,28013,Madrid,Madrid,voluntario\n"
        "Ana Gil,,Calle Colón 3,46004,Valencia,Valencia,socia\n",
        (
            ("Pablo Ruiz", ("Calle Mayor 12", "28013 Madrid")),
            ("Ana Gil", ("Calle Colón 3", "46004 Valencia")),
        ),
        country="ES",
        language="es",
    ),
    Case(
        "cleverreach-de-schlagwoerter",
        "Vorname,Nachname,Straße,PLZ,Ort,Schlagwörter\n"
        "Jonas,Meier,Gartenweg 3,01067,Dresden,Spender\n"
        "Eva,Roth,Bahnhofstraße 9,04109,Leipzig,Ehrenamt\n",
        (
            ("Jonas Meier", ("Gartenweg 3", "01067 Dresden")),
            ("Eva Roth", ("Bahnhofstraße 9", "04109 Leipzig")),
        ),
        country="DE",
        language="de",
    ),
    Case(
        "nl-crm-labels",
        "Voornaam,Achternaam,Adres,Postcode,Plaats,Labels\n"
        "Sanne,Bakker,Dorpsstraat 4,3451 BA,Utrecht,vrijwilliger\n"
        "Pieter,Smit,Markt 1,5611 EB,Eindhoven,donateur\n",
        (
            ("Sanne Bakker", ("Dorpsstraat 4", "3451 BA Utrecht")),
            ("Pieter Smit", ("Markt 1", "5611 EB Eindhoven")),
        ),
        country="NL",
        language="nl",
    ),
    Case(
        "it-crm-etichette",
        "Nome,Cognome,Indirizzo,CAP,Città,Provincia,Etichette\n"
        "Marco,Rossi,Via Roma 10,20121,Milano,MI,volontario\n"
        "Sara,Conti,Corso Italia 5,10121,Torino,TO,donatore\n",
        (
            ("Marco Rossi", ("Via Roma 10", "20121 Milano MI")),
            ("Sara Conti", ("Corso Italia 5", "10121 Torino TO")),
        ),
        country="IT",
        language="it",
    ),
    Case(
        "pl-lista-tagi",
        "Imię;Nazwisko;Ulica;Kod pocztowy;Miejscowość;Tagi\n"
        "Anna;Kowalska;ul. Długa 5;00-238;Warszawa;wolontariusz\n"
        "Piotr;Nowak;ul. Floriańska 12;31-019;Kraków;darczyńca\n",
        (
            ("Anna Kowalska", ("ul. Długa 5", "00-238 Warszawa")),
            ("Piotr Nowak", ("ul. Floriańska 12", "31-019 Kraków")),
        ),
        country="PL",
        language="pl",
    ),
)


ANSWERS12 = (
    Case(
        "hu-urlap-hozzajarulok-igen",
        "Név;Irányítószám;Település;Cím;Hozzájárulok az adataim kezeléséhez\n"
        "Kovács Anna;1052;Budapest;Váci utca 12.;Igen\n"
        "Nagy Péter;6720;Szeged;Kárász utca 5.;Nem\n",
        (
            ("Kovács Anna", ("Budapest", "Váci utca 12.", "1052")),
            ("Nagy Péter", ("Szeged", "Kárász utca 5.", "6720")),
        ),
        country="HU",
        language="hu",
    ),
    Case(
        "ro-formular-acord-da",
        "Nume;Adresă;Cod poștal;Localitate;Județ;Sunteți de acord?\n"
        "Ion Popescu;Str. Lalelelor 4;400001;Cluj-Napoca;Cluj;Da\n"
        "Maria Ionescu;Bd. Unirii 10;030833;București;București;Nu\n",
        (
            ("Ion Popescu", ("Str. Lalelelor 4", "400001 Cluj Cluj-Napoca")),
            ("Maria Ionescu", ("Bd. Unirii 10", "030833 București")),
        ),
        country="RO",
        language="ro",
    ),
    Case(
        "id-formulir-setuju-ya",
        "Nama,Alamat,Kota,Kode Pos,Setuju dihubungi?\n"
        "Budi Santoso,Jl. Merdeka No. 5,Bandung,40111,Ya\n"
        "Siti Rahma,Jl. Sudirman No. 12,Jakarta,10220,Tidak\n",
        (
            ("Budi Santoso", ("Jl. Merdeka No. 5", "Bandung", "40111")),
            ("Siti Rahma", ("Jl. Sudirman No. 12", "Jakarta", "10220")),
        ),
        country="ID",
        language="id",
    ),
    Case(
        "fi-lomake-suostumus-kylla",
        "Nimi;Katuosoite;Postinumero;Postitoimipaikka;Suostun tietojen käsittelyyn\n"
        "Matti Virtanen;Mannerheimintie 10 A 5;00100;Helsinki;Kyllä\n"
        "Liisa Korhonen;Hämeenkatu 3;33100;Tampere;Ei\n",
        (
            ("Matti Virtanen", ("Mannerheimintie 10 A 5", "00100 Helsinki")),
            ("Liisa Korhonen", ("Hämeenkatu 3", "33100 Tampere")),
        ),
        country="FI",
        language="fi",
    ),
    Case(
        "se-formular-samtycke-nej",
        "Namn;Adress;Postnummer;Ort;Samtycke\n"
        "Erik Lind;Storgatan 5;111 51;Stockholm;Ja\n"
        "Anna Berg;Kungsgatan 2;411 19;Göteborg;Nej\n",
        (
            ("Erik Lind", ("Storgatan 5", "111 51 Stockholm")),
            ("Anna Berg", ("Kungsgatan 2", "411 19 Göteborg")),
        ),
        country="SE",
        language="sv",
    ),
    Case(
        "ee-vorm-nousolek-jah",
        "Nimi;Aadress;Postiindeks;Linn;Nõusolek\n"
        "Mari Tamm;Narva mnt 5;10117;Tallinn;Jah\n"
        "Jaan Kask;Rüütli 3;51007;Tartu;Ei\n",
        (
            ("Mari Tamm", ("Narva mnt 5", "10117 Tallinn")),
            ("Jaan Kask", ("Rüütli 3", "51007 Tartu")),
        ),
        country="EE",
        language="et",
    ),
)
NEIGHBOURS12 = (
    Case(
        "google-forms-cz-bratislava-row",
        "Časová značka,Jméno a příjmení,Ulice a číslo,PSČ,Obec\n"
        "2026/11/02 9:14:00,Eva Marková,Lidická 3,602 00,Brno\n"
        "2026/11/02 9:20:00,Michal Baláž,Obchodná 5,811 06,Bratislava\n",
        (
            ("Eva Marková", ("Lidická 3", "602 00 Brno")),
            ("Michal Baláž", ("Obchodná 5", "811 06 Bratislava", "SLOVAKIA")),
        ),
        country="CZ",
        language="cs",
    ),
    Case(
        "sk-peticia-praha-row",
        "Meno;Priezvisko;Ulica;PSČ;Mesto\n"
        "Peter;Novák;Obchodná 10;811 06;Bratislava\n"
        "Jana;Malá;Vinohradská 12;120 00;Praha\n",
        (
            ("Peter Novák", ("Obchodná 10", "811 06 Bratislava")),
            ("Jana Malá", ("Vinohradská 12", "120 00 Praha", "CZECHIA")),
        ),
        country="SK",
        language="sk",
    ),
    Case(
        "cz-sheet-en-bratislava",
        "Name,Street,Postcode,Town\n"
        "Karel Novotny,Husova 12,586 01,Jihlava\n"
        "Jan Horvath,Obchodna 5,811 06,Bratislava\n",
        (
            ("Karel Novotny", ("Husova 12", "586 01 Jihlava")),
            ("Jan Horvath", ("Obchodna 5", "811 06 Bratislava", "SLOVAKIA")),
        ),
        country="CZ",
    ),
)


#: A neighbour's postcode beside a town no list names: refused where it stands, never printed
#: as a domestic letter.
NEIGHBOURS_REFUSED12 = (
    Case(
        "cz-petice-psc-slovak-village",
        "Jméno;Příjmení;Ulice;PSČ;Obec\n"
        "Petr;Dvořák;Husova 12;586 01;Jihlava\n"
        "Martin;Kováč;Hlavná 45;044 25;Medzev\n",
        refused=("3:4", "'044 25' is no postal code of Czechia, and the row gives no country"),
        country="CZ",
        language="cs",
    ),
    Case(
        "sk-zoznam-psc-brno",
        "Meno;Priezvisko;Ulica;PSČ;Mesto\n"
        "Peter;Novák;Obchodná 10;811 06;Bratislava\n"
        "Jana;Malá;Kobližná 4;602 00;Brno\n",
        refused=("3:4", "'602 00' is no postal code of Slovakia, and the row gives no country"),
        country="SK",
        language="sk",
    ),
)

#: A set's whole name with no other part of its set ("Mailing Name"), beside the family name
#: alone, signs; a set that gives its own address keeps its name (the last case).
MAILING_NAMES12 = (
    Case(
        "breeze-family-mailing-name",
        "Family ID,Last Name,Mailing Name,Street Address,City,State,Zip\n"
        "55,Nguyen,The Nguyen Family,88 Maple Ave,Dayton,OH,45402\n"
        "56,Okafor,Dr. Chidi Okafor,12 Pine Rd,Columbus,OH,43215\n",
        (
            ("The Nguyen Family", ("88 Maple Ave", "Dayton, OH 45402")),
            ("Dr. Chidi Okafor", ("12 Pine Rd", "Columbus, OH 43215")),
        ),
        country="US",
    ),
    Case(
        "uk-church-surname-postal-name",
        "Surname,Postal Name,Address 1,Address 2,Town,Postcode\n"
        "Hughes,Mr & Mrs D Hughes,4 Church Lane,,Ludlow,SY8 1AA\n"
        "Patel,Ms R Patel,22 Station Road,Flat 2,Leicester,LE1 3AB\n",
        (
            ("Mr & Mrs D Hughes", ("4 Church Lane", "Ludlow", "SY8 1AA")),
            ("Ms R Patel", ("22 Station Road", "Flat 2", "Leicester", "LE1 3AB")),
        ),
        country="GB",
    ),
    Case(
        "de-gemeinde-nachname-postname",
        "Nachname;Postanschrift Name;Straße;PLZ;Ort\n"
        "Müller;Familie Müller;Kirchweg 3;34117;Kassel\n"
        "Schulz;Frau Dr. Anna Schulz;Am Markt 1;37073;Göttingen\n",
        (
            ("Familie Müller", ("Kirchweg 3", "34117 Kassel")),
            ("Frau Dr. Anna Schulz", ("Am Markt 1", "37073 Göttingen")),
        ),
        country="DE",
        language="de",
    ),
    Case(
        "guard-last-name-beside-billing-set-name",
        "Last Name,Billing Name,Billing Address,Billing City,Billing State,Billing Zip\n"
        "Lee,Ann Lee,12 Oak St,Springfield,IL,62704\n",
        (("Lee", ("12 Oak St", "Springfield, IL 62704")),),
        country="US",
    ),
)

#: Header words in the definite form (Romanian "Localitatea", Bulgarian "Улицата", Norwegian
#: "Poststedet"): the word's own role.
DEFINITE12 = (
    Case(
        "ro-asociatie-localitatea-judetul",
        "Nume;Prenume;Strada;Numărul;Localitatea;Județul;Cod poștal\n"
        "Popa;Elena;Str. Ștefan cel Mare;14;Pașcani;Iași;705200\n"
        "Stan;Andrei;Str. Unirii;3;Lipova;Arad;315400\n",
        (
            ("Elena Popa", ("Str. Ștefan cel Mare 14", "705200 Iași Pașcani")),
            ("Andrei Stan", ("Str. Unirii 3", "315400 Arad Lipova")),
        ),
        country="RO",
        language="ro",
    ),
    Case(
        "no-liste-adressen-poststedet",
        "Navn;Adressen;Postnummer;Poststedet\n"
        "Kari Nordmann;Storgata 5;0155;Oslo\n"
        "Ola Hansen;Kongens gate 2;7011;Trondheim\n",
        (
            ("Kari Nordmann", ("Storgata 5", "0155 Oslo")),
            ("Ola Hansen", ("Kongens gate 2", "7011 Trondheim")),
        ),
        country="NO",
        language="no",
    ),
    Case(
        "bg-spisak-gradat-ulicata",
        "Име;Улицата;Пощенски код;Градът\n"
        "Иван Петров;ул. Витоша 12;1000;София\n"
        "Мария Георгиева;бул. Марица 5;4000;Пловдив\n",
        (
            ("Иван Петров", ("ул. Витоша 12", "1000 София")),
            ("Мария Георгиева", ("бул. Марица 5", "4000 Пловдив")),
        ),
        country="BG",
        language="bg",
    ),
    Case(
        "md-petitie-localitatea-raionul",
        "Nume și prenume;Adresa;Localitatea;Raionul;Cod poștal\n"
        "Ion Ciobanu;str. Livezilor 7;Orhei;Orhei;MD-3501\n"
        "Ana Lungu;str. Mihai Viteazul 3;Soroca;Soroca;MD-3001\n",
        (
            ("Ion Ciobanu", ("str. Livezilor 7", "MD-3501 Orhei")),
            ("Ana Lungu", ("str. Mihai Viteazul 3", "MD-3001 Soroca")),
        ),
        country="MD",
        language="ro",
    ),
)

#: A header naming the town and the block together (市区町村・番地): Japan's street line.
TOWN_AND_BLOCK12 = (
    Case(
        "jp-meibo-shikuchoson-banchi",
        "氏名,郵便番号,都道府県,市区町村/番地,建物名\n"
        "佐藤 健,060-0042,北海道,札幌市中央区大通西4-1,大通ビル 3F\n"
        "鈴木 花子,530-0001,大阪府,大阪市北区梅田1-1-3,\n",
        (
            ("佐藤 健", ("060-0042", "北海道", "札幌市中央区大通西4-1", "大通ビル 3F")),
            ("鈴木 花子", ("530-0001", "大阪府", "大阪市北区梅田1-1-3")),
        ),
        country="JP",
        language="ja",
    ),
    Case(
        "jp-kintone-jusho-shichoson-banchi",
        "お名前,郵便番号,都道府県,市区町村・番地,建物名・部屋番号\n"
        "山田 太郎,980-0811,宮城県,仙台市青葉区一番町3-1,一番町ハイツ 201\n",
        (("山田 太郎", ("980-0811", "宮城県", "仙台市青葉区一番町3-1", "一番町ハイツ 201")),),
        country="JP",
        language="ja",
    ),
)
