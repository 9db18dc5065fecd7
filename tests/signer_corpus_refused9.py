"""Signer lists refused though they can be read (issue 20, slice F of session 9): a column of
sums of money under a word for an amount, a price or a total in any language is no postcode.
The rows are our own sample people; sources in tests/data/exports/SOURCES.md."""

from __future__ import annotations

from signer_corpus import Case

AMOUNTS = (
    # Naver Happy Bean's donor list (review 10): '기부금액' (the amount given, in won) holds
    # 5-digit numbers that looked like Korean postcodes.
    Case(
        "happybean-kr-gibu-geumaek",
        "기부자명,우편번호,주소,국가,기부금액\r\n"
        "김민준,03154,서울특별시 종로구 세종대로 175,대한민국,10000\r\n"
        "이서연,48058,부산광역시 해운대구 해운대로 264,대한민국,50000\r\n",
        (
            ("김민준", ("서울특별시 종로구 세종대로 175", "03154")),
            ("이서연", ("부산광역시 해운대구 해운대로 264", "48058")),
        ),
        country="KR",
        language="ko",
        encoding="cp949",
    ),
    # Held out: the same shape in other languages and platforms, each an amount of 5 digits.
    Case(
        "kr-crowdfunding-huwon-geumaek",
        "이름,우편번호,주소,후원금액\r\n"
        "김민준,03154,서울특별시 종로구 세종대로 175,50000\r\n"
        "이서연,48058,부산광역시 해운대구 해운대로 264,10000\r\n",
        (
            ("김민준", ("서울특별시 종로구 세종대로 175", "03154")),
            ("이서연", ("부산광역시 해운대구 해운대로 264", "48058")),
        ),
        country="KR",
        language="ko",
    ),
    Case(
        "mx-donativos-importe-donado",
        "Nombre,Dirección,Código postal,Importe donado\r\n"
        "Lucía Hernández,Av. Juárez 10 Int. 5 Col. Centro,06000,15000\r\n"
        "Miguel Torres,Calle 5 de Mayo 22 Col. Centro,44100,20000\r\n",
        (
            ("Lucía Hernández", ("Av. Juárez 10 Int. 5 Col. Centro", "06000")),
            ("Miguel Torres", ("Calle 5 de Mayo 22 Col. Centro", "44100")),
        ),
        country="MX",
        language="es",
    ),
    Case(
        "th-donors-jamnuan-ngoen-borijak",
        "ชื่อ,ที่อยู่,รหัสไปรษณีย์,จำนวนเงินบริจาค\r\n"
        "สมชาย ใจดี,99/1 ถนนสุขุมวิท แขวงคลองเตย เขตคลองเตย กรุงเทพมหานคร,10110,10000\r\n",
        (("สมชาย ใจดี", ("99/1 ถนนสุขุมวิท แขวงคลองเตย เขตคลองเตย กรุงเทพมหานคร", "10110")),),
        country="TH",
        language="th",
    ),
)

#: A column that only says "number", standing apart from the address, whose numbers run in
#: order and are never the number a street carries: the list's own numbers (a member's, a
#: ticket's), though one street has no number of its own.
SEQUENCES = (
    Case(
        "helloasso-adherents-numero-1001",
        "\ufeffNuméro;Nom;Prénom;Email;Adresse;Code Postal;Ville;Pays;Montant\r\n"
        "1001;Martin;Camille;a@example.org;8 rue de la Paix;75002;Paris;France;25.00\r\n"
        "1002;Belkacem;Karim;b@example.org;12 Rue Didouche Mourad;16000;Alger;Algérie;25.00\r\n"
        "1003;Kouassi;Aya;c@example.org;Rue des Jardins, Cocody;;Abidjan;Côte d'Ivoire;25.00\r\n"
        "1004;Pierre-Louis;Jean;d@example.org;12 Rue Capois;HT6110;Port-au-Prince;Haïti;25.00\r\n",
        (
            ("Camille Martin", ("8 rue de la Paix", "75002 Paris")),
            ("Karim Belkacem", ("12 Rue Didouche Mourad", "16000 Alger", "ALGÉRIE")),
            ("Aya Kouassi", ("Rue des Jardins, Cocody", "Abidjan", "CÔTE D'IVOIRE")),
            ("Jean Pierre-Louis", ("12 Rue Capois", "HT6110 Port-au-Prince", "HAÏTI")),
        ),
        country="FR",
        language="fr",
    ),
    # Held out: a German club's member numbers (with their leading zero), a Spanish
    # association's, a UK group's, each with one farm or cottage that has no number.
    Case(
        "de-verein-nr-mitglieder-hofgut",
        "Nr.;Vorname;Nachname;Straße;PLZ;Ort\r\n"
        "0417;Greta;Hoffmann;Lindenallee 23;20259;Hamburg\r\n"
        "0418;Jonas;Weber;Gartenstraße 5;50667;Köln\r\n"
        "0421;Lena;Schulz;Hofgut Neuhaus;34587;Felsberg\r\n",
        (
            ("Greta Hoffmann", ("Lindenallee 23", "20259 Hamburg")),
            ("Jonas Weber", ("Gartenstraße 5", "50667 Köln")),
            ("Lena Schulz", ("Hofgut Neuhaus", "34587 Felsberg")),
        ),
        country="DE",
        language="de",
    ),
    Case(
        "es-asociacion-n-socio-cortijo",
        "Nº,Nombre,Apellidos,Domicilio,Código Postal,Localidad,Provincia\r\n"
        "215,Lucía,García López,Calle Mayor 12,28013,Madrid,Madrid\r\n"
        "216,Jordi,Puig,Carrer de Sants 45,08014,Barcelona,Barcelona\r\n"
        "219,Ana,Ruiz,Cortijo El Olivar,23100,Mancha Real,Jaén\r\n",
        (
            ("Lucía García López", ("Calle Mayor 12", "28013 Madrid")),
            ("Jordi Puig", ("Carrer de Sants 45", "08014 Barcelona")),
            ("Ana Ruiz", ("Cortijo El Olivar", "23100 Mancha Real Jaén")),
        ),
        country="ES",
        language="es",
    ),
    Case(
        "gb-group-no-rose-cottage",
        "No.,First Name,Last Name,Address,Town,Postcode\r\n"
        "101,Tom,Hardy,10 Broad Lane,Sheffield,S10 1UA\r\n"
        "102,Ann,Lee,Rose Cottage,Hathersage,S32 1DD\r\n"
        "103,Joe,Bloggs,4 Mill Road,Cambridge,CB1 2AD\r\n",
        (
            ("Tom Hardy", ("10 Broad Lane", "Sheffield", "S10 1UA")),
            ("Ann Lee", ("Rose Cottage", "Hathersage", "S32 1DD")),
            ("Joe Bloggs", ("4 Mill Road", "Cambridge", "CB1 2AD")),
        ),
        country="GB",
    ),
    # Numbers in order, one of which is the number its street carries: a house number
    # may be meant, so the organiser says which.
    Case(
        "de-sheet-nr-in-order-one-is-the-street-number",
        "Nr.;Vorname;Nachname;Straße;PLZ;Ort\r\n"
        "5;Greta;Hoffmann;Lindenallee 5;20259;Hamburg\r\n"
        "7;Jonas;Weber;Gartenstraße 12;50667;Köln\r\n"
        "9;Lena;Schulz;Am Anger;34587;Felsberg\r\n",
        refused=("1:1", "column 'Nr.' ('5', line 2) says only 'number'"),
        country="DE",
        language="de",
    ),
)

#: A header that may name a part of a name (the Vietnamese family-name word Họ, a title)
#: whose every value has a digit: no name has digits, so it is the address part it names
#: besides, or after the street's line the next line.
DIGITS = (
    # Review 8: a US church sheet with a Korean row written in English.
    Case(
        "kr-english-unit-ho-column",
        "Name,Street,Building/Dong,Unit/Ho,District (gu),City,Postal Code,Country\r\n"
        "Seoyeon Park,175 Sejong-daero,101-dong,1203-ho,Jongno-gu,Seoul,03154,South Korea\r\n",
        (
            (
                "Seoyeon Park",
                (
                    "175 Sejong-daero",
                    "101-dong 1203-ho",
                    "Jongno-gu",
                    "Seoul",
                    "03154",
                    "SOUTH KOREA",
                ),
            ),
        ),
        country="US",
    ),
    # Held out: the words the other way round, one column for both, a US suite.
    Case(
        "kr-english-ho-unit-column",
        "Name,Street,Ho/Unit,District,City,Postal Code,Country\r\n"
        "Jiwoo Kim,25 Teheran-ro,803-ho,Gangnam-gu,Seoul,06236,South Korea\r\n"
        "Hana Lee,10 Haeundae-ro,1502-ho,Haeundae-gu,Busan,48058,South Korea\r\n",
        (
            ("Jiwoo Kim", ("25 Teheran-ro", "803-ho", "Gangnam-gu", "Seoul", "06236")),
            ("Hana Lee", ("10 Haeundae-ro", "1502-ho", "Haeundae-gu", "Busan", "48058")),
        ),
        country="KR",
    ),
    Case(
        "kr-english-dong-ho-one-column",
        "Name,Address,Dong/Ho,City,State,Zip,Country\r\n"
        'Jiwoo Kim,25 Teheran-ro,"102-dong 803-ho",Gangnam-gu,Seoul,06236,Korea\r\n',
        (
            (
                "Jiwoo Kim",
                ("25 Teheran-ro", "102-dong 803-ho", "Gangnam-gu", "Seoul", "06236", "KOREA"),
            ),
        ),
        country="US",
    ),
    Case(
        "us-sheet-suite-title-column",
        "First Name,Last Name,Street,Suite/Title,City,State,Zip\r\n"
        "Ann,Lee,12 Oak St,Suite 4,Springfield,IL,62704\r\n"
        "Bob,Ray,5 Elm St,#12,Peoria,IL,61602\r\n",
        (
            ("Ann Lee", ("12 Oak St Suite 4", "Springfield, IL 62704")),
            ("Bob Ray", ("5 Elm St #12", "Peoria, IL 61602")),
        ),
    ),
)

#: A house number's letter given in a column of its own prints right after the number the
#: list gives before it.
LETTERS = (
    # RÚIAN's address export: the orientation number's sign ('a' of 10a).
    Case(
        "cz-ruian-znak-cisla-orientacniho",
        "Jméno;Příjmení;Název obce;Název části obce;Název ulice;Typ SO;Číslo domovní;"
        "Číslo orientační;Znak čísla orientačního;PSČ\r\n"
        "Eva;Svobodová;Brno;Veveří;Kounicova;č.p.;684;10;a;60200\r\n"
        "Karel;Černý;Lipno nad Vltavou;Slupečná;;č.ev.;12;;;38278\r\n",
        (
            ("Eva Svobodová", ("Kounicova 684/10a", "Veveří", "602 00 Brno")),
            ("Karel Černý", ("Slupečná č. ev. 12", "382 78 Lipno nad Vltavou")),
        ),
        country="CZ",
        language="cs",
    ),
    # Held out: the Dutch BAG's huisnummer, huisletter and huisnummertoevoeging.
    Case(
        "nl-bag-huisletter-toevoeging",
        "Voornaam;Achternaam;Straat;Huisnummer;Huisletter;Huisnummertoevoeging;Postcode;"
        "Woonplaats\r\n"
        "Jan;Jansen;Kerkstraat;12;A;2;1017 GC;Amsterdam\r\n"
        "Piet;de Vries;Dorpsweg;5;B;;1234 AB;Ede\r\n"
        "Anna;Bakker;Molenweg;7;;;6711 AA;Ede\r\n",
        (
            ("Jan Jansen", ("Kerkstraat 12A 2", "1017 GC Amsterdam")),
            ("Piet de Vries", ("Dorpsweg 5B", "1234 AB Ede")),
            ("Anna Bakker", ("Molenweg 7", "6711 AA Ede")),
        ),
        country="NL",
        language="nl",
    ),
)

#: A post office box in each post's own words, in a column no header word names (read by its
#: values), printed in the country's format with its number.
BOXES = (
    Case(
        "za-sheet-bag-column-private-bag",
        "Name,Bag,Town,Postal Code\r\n"
        "Thabo Mokoena,Private Bag X1,Pretoria,0001\r\n"
        "Lerato Dlamini,Private Bag X9,Soweto,1804\r\n",
        (
            ("Thabo Mokoena", ("Private Bag X1", "Pretoria", "0001")),
            ("Lerato Dlamini", ("Private Bag X9", "Soweto", "1804")),
        ),
        country="ZA",
    ),
    Case(
        "au-sheet-mailbox-gpo-box-locked-bag",
        "Name,Mailbox,Suburb,State,Postcode\r\n"
        "Jane Citizen,GPO Box 123,Sydney,NSW,2001\r\n"
        "Tom Brown,Locked Bag 5,Parramatta,NSW,2124\r\n",
        (
            ("Jane Citizen", ("GPO Box 123", "Sydney NSW 2001")),
            ("Tom Brown", ("Locked Bag 5", "Parramatta NSW 2124")),
        ),
        country="AU",
    ),
    Case(
        "ng-sheet-bag-pmb",
        "Name,Bag,City,State,Postal Code\r\n"
        "Chinedu Okafor,PMB 1024,Ikeja,Lagos,100001\r\n"
        "Aisha Bello,P.M.B. 2005,Kaduna,Kaduna,800001\r\n",
        (
            ("Chinedu Okafor", ("PMB 1024", "Ikeja 100001", "Lagos")),
            ("Aisha Bello", ("P.M.B. 2005", "Kaduna 800001")),
        ),
        country="NG",
    ),
    Case(
        "tr-sheet-kutu-pk",
        "Ad Soyad,Kutu,İlçe,İl,Posta Kodu\r\n"
        "Ayşe Yılmaz,P.K. 12,Çankaya,Ankara,06100\r\n"
        "Mehmet Demir,P.K. 7,Konak,İzmir,35250\r\n",
        (
            ("Ayşe Yılmaz", ("P.K. 12", "06100 Çankaya/Ankara")),
            ("Mehmet Demir", ("P.K. 7", "35250 Konak/İzmir")),
        ),
        country="TR",
        language="tr",
    ),
    # Canada Post's French "CP" (case postale), which in Spain and Mexico is the postcode.
    Case(
        "ca-repertoire-casier-cp",
        "Nom,Casier,Ville,Province,Code postal\r\n"
        "Marie Tremblay,CP 123,Québec,QC,G1K 7X2\r\n"
        "Luc Gagnon,C.P. 45,Rimouski,QC,G5L 7C1\r\n",
        (
            ("Marie Tremblay", ("CP 123", "Québec QC G1K 7X2")),
            ("Luc Gagnon", ("C.P. 45", "Rimouski QC G5L 7C1")),
        ),
        country="CA",
        language="fr",
    ),
    Case(
        "no-sheet-boks-postboks",
        "Navn,Boks,Postnummer,Poststed\r\nKari Nordmann,Postboks 12,0101,Oslo\r\n",
        (("Kari Nordmann", ("Postboks 12", "0101 Oslo")),),
        country="NO",
        language="no",
    ),
    # A box under a flat's word (Belgian French 'Boîte', a flat's box number there): La
    # Poste's line 5, below the number and street.
    Case(
        "fr-sheet-boite-bp-below-the-street",
        "Nom,Prénom,Adresse,Boîte,Code postal,Ville\r\n"
        "Martin,Camille,8 rue de la Paix,BP 12,75002,Paris\r\n"
        "Durand,Paul,3 rue Pasteur,,69007,Lyon\r\n",
        (
            ("Camille Martin", ("8 rue de la Paix", "BP 12", "75002 Paris")),
            ("Paul Durand", ("3 rue Pasteur", "69007 Lyon")),
        ),
        country="FR",
        language="fr",
    ),
)

#: A file in an encoding that is never chosen (ISO-8859-4, KOI8-R, KOI8-U: Unix tools, old
#: systems) is refused, naming the --signers-encoding option that reads it (the Lithuanian
#: ISO-8859-4 cases are tests/signer_corpus_encodings8.py's, their refusal now located).
NAMED_ENCODINGS = (
    # Held out: Russian and Ukrainian lists from Unix tools.
    Case(
        "ru-list-koi8-r",
        "Фамилия,Имя,Адрес,Город,Индекс\r\n"
        "Иванова,Анна,ул. Ленина 5,Москва,101000\r\n"
        "Петров,Сергей,пр. Мира 12,Казань,420000\r\n",
        refused=("1:1", "cannot tell the file's text encoding for sure: as Russian KOI8-R"),
        country="RU",
        language="ru",
        encoding="koi8_r",
    ),
    Case(
        "ua-list-koi8-u",
        "Прізвище,Ім'я,Адреса,Місто,Індекс\r\nКоваленко,Олена,вул. Хрещатик 22,Київ,01001\r\n",
        refused=("1:1", "cannot tell the file's text encoding for sure: as Ukrainian KOI8-U"),
        country="UA",
        language="uk",
        encoding="koi8_u",
    ),
)
