"""Signer-list cases for header words a person reads at once (review 7, family F5): a buyer's
or recipient's word over the names, a column of names under a word for who sent the money, a
Korean shop's bracketed address parts, a Turkish delivery address, a camelCase house number."""

from __future__ import annotations

from signer_corpus import Case

#: Names under a word for the person the row is, with a Filipino surname's particle ("dela").
PERSON_WORDS = (
    # Mercado Libre's sales report as a seller in Mexico saves it (review 7's file): the buyer
    # under "Comprador", one of them a Filipino signer written "Juan dela Cruz".
    Case(
        "mercadolibre-ventas-comprador-dela-cruz",
        "# de venta,Fecha de venta,Estado de la venta,Comprador,DNI,Domicilio,Ciudad,Estado,"
        "Código postal,País\r\n"
        "3001,2026-11-11,Entregado,Rosa Almeida,,400 Main St,Hartford,CT,06103,United States\r\n"
        "3002,2026-11-12,Entregado,Marco dela Paz,,45 Osmeña Blvd,Cebu City,Cebu,6000,"
        "Philippines\r\n",
        (
            ("Rosa Almeida", ("400 Main St", "Hartford, CT 06103")),
            ("Marco dela Paz", ("45 Osmeña Blvd", "Cebu City", "6000 Cebu", "PHILIPPINES")),
        ),
        said=("full name    <- Comprador",),
    ),
    # Ko-fi's shop orders as review 7's file gives them (not verified): the supporter under
    # "From", the only column of people's names.
    Case(
        "ko-fi-orders-from-holds-the-names",
        "DateTime,From,Email,Item,Address,City,State,Zip,Country\r\n"
        "2026-11-11,Leah Brooks,l@example.org,,4410 Pine Ave,Tulsa,OK,74105,USA\r\n"
        "2026-11-12,Ana delos Santos,a@example.org,,12 Rizal St,Quezon City,Metro Manila,1100,"
        "Philippines\r\n",
        (
            ("Leah Brooks", ("4410 Pine Ave", "Tulsa, OK 74105")),
            (
                "Ana delos Santos",
                ("12 Rizal St", "Quezon City", "1100 Metro Manila", "PHILIPPINES"),
            ),
        ),
        said=("full name    <- From (by its values",),
    ),
)

#: A refusal's hint comes from the header's words or the column's values, never from a word of
#: another language a few letters away ("From" is not "Prénom").
HINTS = (
    # Written after the rule: one name in three reads as a person's ("Cher", "bell hooks"),
    # so nothing is guessed; the hint names the column of names and the line that maps it.
    Case(
        "from-column-of-few-names-hint-names-it",
        "DateTime,From,Email,Address,City,State,Zip\r\n"
        "2026-11-11,Leah Brooks,l@example.org,4410 Pine Ave,Tulsa,OK,74105\r\n"
        "2026-11-12,bell hooks,b@example.org,12 Oak St,Springfield,IL,62704\r\n"
        "2026-11-13,Cher,c@example.org,5 Elm St,Reno,NV,89501\r\n",
        refused=("1:2", "no name column (looked for Name"),
    ),
)

#: A word for the recipient before each address part (Korean, Chinese, Turkish, Portuguese), a
#: part named in brackets, a Turkish possessive ("Teslimat Adresi"), a camelCase house number.
RECIPIENT_SETS = (
    # cafe24's order download as Korean Excel saves it (CP949): the orderer's name, then the
    # recipient's name, postcode, province and city/district in brackets ("주소(시/도)",
    # "주소(시/군/구)") and the rest of the address ("상세주소"); column names as review 7's
    # file gives them (ezadmin's help names the same parts 수령자 우편번호, 수령자 주소).
    Case(
        "cafe24-orders-recipient-bracketed-parts-kr",
        "주문번호,주문일시,주문자명,수령인,수령인 우편번호,수령인 주소(시/도),"
        "수령인 주소(시/군/구),수령인 상세주소,국가,수령인 휴대전화\r\n"
        "2001,2026-11-11,이서연,이서연,06236,서울특별시,강남구,테헤란로 152,대한민국,"
        "010-5555-0101\r\n"
        "2002,2026-11-12,Tamar Gelashvili,Tamar Gelashvili,0108,,Tbilisi,Rustaveli Ave 14,"
        "Georgia,+995 555 0102\r\n",
        (
            ("이서연", ("서울특별시 강남구", "테헤란로 152", "06236")),
            ("Tamar Gelashvili", ("Rustaveli Ave 14", "0108 Tbilisi", "GEORGIA")),
        ),
        country="KR",
        language="ko",
        encoding="cp949",
        said=(
            "billing/shipping state/region <- 수령인 주소(시/도)",
            "billing/shipping town/city <- 수령인 주소(시/군/구)",
        ),
    ),
    # ezadmin's delivery columns (help.ezadmin.co.kr "택배포맷관리": 수령자 명, 수령자 우편번호,
    # 수령자 주소) with the orderer's name before them: 수령자 alone is the recipient's name.
    Case(
        "ezadmin-suryeongja-recipient-columns",
        "주문자명,수령자,수령자 우편번호,수령자 주소,국가\r\n"
        "김민준,김민준,03154,서울특별시 종로구 세종대로 175,대한민국\r\n",
        (("김민준", ("서울특별시 종로구 세종대로 175", "03154")),),
        country="KR",
        language="ko",
    ),
    # Taobao / Tmall order export headers as sellers' guides name them (收货人姓名 is the
    # usual; 收货人 alone, 收货人地址, 联系电话 in the shorter report): the recipient's
    # address under the recipient's word.
    Case(
        "taobao-orders-recipient-address",
        "订单编号,收货人,收货人地址,邮编,联系电话\r\n"
        "9001,王小明,广东省广州市天河区天河路385号,510620,13800000000\r\n",
        (("王小明", ("510620", "广东省广州市天河区天河路385号")),),
        country="CN",
        language="zh",
    ),
    # Trendyol's order report as review 7's file gives it (Turkish: Alıcı the recipient,
    # Teslimat Adresi the delivery address, İlçe the district, İl the province): a German
    # campaign, the street was dropped with exit 0.
    Case(
        "trendyol-siparisler-teslimat-adresi-de",
        "\ufeffSipariş No;Alıcı;Teslimat Adresi;İlçe;İl;Posta Kodu;Ülke\r\n"
        "1001;Lena Vogel;Hauptstraße 5;Berlin;;10115;Deutschland\r\n"
        "1002;Elif Yılmaz;Bağdat Caddesi No:12 D:3;Kadıköy;İstanbul;34710;Türkiye\r\n",
        (
            ("Lena Vogel", ("Hauptstraße 5", "10115 Berlin")),
            ("Elif Yılmaz", ("Bağdat Caddesi No:12 D:3", "34710 Kadıköy/İstanbul", "TÜRKIYE")),
        ),
        country="DE",
        language="de",
        said=("street <- Teslimat Adresi",),
    ),
    # Written after the rule: a Brazilian sheet for Correios labels headed by the recipient
    # ("Destinatário"), the parts as Correios' label forms name them.
    Case(
        "correios-destinatario-endereco-numero",
        "Destinatário;Endereço;Número;Complemento;Bairro;Cidade;UF;CEP\r\n"
        "Ana Souza;Rua Augusta;100;Apto 12;Consolação;São Paulo;SP;01305-000\r\n",
        (
            (
                "Ana Souza",
                ("Rua Augusta, 100", "Apto 12", "Consolação", "São Paulo-SP", "01305-000"),
            ),
        ),
        country="BR",
        language="pt",
        said=("full name <- Destinatário",),
    ),
    # A Dutch webshop's order export in camelCase (review 7's file): the street, its number
    # and the number's addition (toevoeging) in a shipping set.
    Case(
        "nl-webshop-camelcase-address-number-addition",
        "orderId,customerFirstname,customerLastname,shippingAddressStreet,shippingAddressNumber,"
        "shippingAddressNumberAddition,shippingAddressPostcode,shippingAddressCity,"
        "shippingAddressCountry,customerEmail\r\n"
        "7101,Sanne,Bakker,Keizersgracht,12,A,1015 CX,Amsterdam,NL,s@example.org\r\n"
        "7102,Daan,Smit,Oudegracht,231,,3511 NV,Utrecht,NL,d@example.org\r\n",
        (
            ("Sanne Bakker", ("Keizersgracht 12 A", "1015 CX Amsterdam")),
            ("Daan Smit", ("Oudegracht 231", "3511 NV Utrecht")),
        ),
        country="NL",
        language="nl",
        said=("billing/shipping house number <- shippingAddressNumber",),
    ),
)

#: The recipient's word in more languages, before a part or in its possessive form, and a
#: shipping street with its postcode beside a plain town and region: one address.
RECIPIENTS_ELSEWHERE = (
    # An Indonesian marketplace's order sheet as sellers write it (Nama Penerima, Alamat
    # Penerima, Kode Pos Penerima: the recipient's; Kecamatan, Kabupaten/Kota, Provinsi plain;
    # as written by people, not verified): the recipient's street and postcode were dropped for
    # the plain places once "Penerima" was read as the recipient (a set of its own).
    Case(
        "id-marketplace-penerima-with-plain-places",
        "No. Pesanan,Nama Penerima,Alamat Penerima,Kecamatan,Kabupaten/Kota,Provinsi,"
        "Kode Pos Penerima\r\n"
        "5001,Siti Rahmawati,Jl. Merdeka No. 10,Gambir,Jakarta Pusat,DKI Jakarta,10110\r\n",
        (
            (
                "Siti Rahmawati",
                ("Jl. Merdeka No. 10", "Gambir", "Jakarta Pusat", "DKI Jakarta 10110"),
            ),
        ),
        country="ID",
        language="id",
    ),
    # Written after the rule: an English shop sheet with the shipping street and ZIP and a
    # plain City and State (main printed "Springfield, IL" only, exit 0).
    Case(
        "shipping-street-and-zip-beside-plain-city-state",
        "Name,Shipping Address,Shipping Zip,City,State\r\n"
        "Ann Lee,12 Oak St,62704,Springfield,IL\r\n",
        (("Ann Lee", ("12 Oak St", "Springfield, IL 62704")),),
    ),
    # A Hungarian webshop's order sheet (Címzett neve: the recipient's name; Címzett címe:
    # their address; as written by people, not verified): refused before ("Címzett címe" not
    # used).
    Case(
        "hu-webshop-cimzett-neve-cime",
        "Rendelésszám;Címzett neve;Irányítószám;Település;Címzett címe\r\n"
        "3001;Kovács Anna;1052;Budapest;Váci utca 12.\r\n",
        (("Kovács Anna", ("Budapest", "Váci utca 12.", "1052")),),
        country="HU",
        language="hu",
    ),
    # Trendyol's delivery parts in the possessive (Teslimat İlçesi, Teslimat İli: the delivery
    # district and province; as written by people): the district was refused.
    Case(
        "trendyol-teslimat-ilcesi-ili",
        "Sipariş No;Alıcı Adı Soyadı;Teslimat Adresi;Teslimat İlçesi;Teslimat İli;Posta Kodu\r\n"
        "1001;Elif Yılmaz;Bağdat Caddesi No:12 D:3;Kadıköy;İstanbul;34710\r\n",
        (("Elif Yılmaz", ("Bağdat Caddesi No:12 D:3", "34710 Kadıköy/İstanbul")),),
        country="TR",
        language="tr",
    ),
    # A Japanese shop's order sheet (購入者名, お届け先名: the buyer's and the recipient's
    # name; 名 after a word for a person is the name, not the given name).
    Case(
        "jp-shop-otodokesaki-mei",
        "注文番号,購入者名,お届け先名,お届け先郵便番号,お届け先住所\r\n"
        "1001,山田 花子,山田 花子,100-0001,東京都千代田区千代田1-1\r\n",
        (("山田 花子", ("100-0001", "東京都千代田区千代田1-1")),),
        country="JP",
        language="ja",
        said=("billing/shipping full name <- お届け先名",),
    ),
)

#: The recipient's word in English camelCase and Nordic sheets.
RECEIVERS = (
    # Kakao Shopping's delivery object (shopping-developers.kakao.com "OrderDeliveryRequest":
    # receiverName, receiverMobileNumber, roadZipCode the five-digit postcode, zipcode the old
    # one, receiverAddress): two postcodes that differ are a question for the organiser.
    Case(
        "kakao-receiver-roadzipcode-and-old-zipcode",
        "orderId,receiverName,receiverMobileNumber,roadZipCode,zipcode,receiverAddress\r\n"
        "9001,김민준,010-1234-5678,03154,110-050,서울특별시 종로구 세종대로 175\r\n",
        refused=("2:5", "'110-050' from column 'zipcode'"),
        country="KR",
        language="ko",
    ),
    # The same without the old postcode: the receiver's columns are the signer's.
    Case(
        "kakao-receiver-roadzipcode",
        "orderId,receiverName,receiverMobileNumber,roadZipCode,receiverAddress\r\n"
        "9002,이서연,010-5555-0101,06236,서울특별시 강남구 테헤란로 152\r\n",
        (("이서연", ("서울특별시 강남구 테헤란로 152", "06236")),),
        country="KR",
        language="ko",
        said=("full name <- receiverName", "postal code <- roadZipCode"),
    ),
    # A Swedish shop's order sheet headed by the recipient (Mottagare; as written by people).
    Case(
        "se-shop-mottagare",
        "Ordernummer;Mottagare;Gatuadress;Postnummer;Ort\r\n"
        "1001;Karin Berg;Storgatan 1;435 30;Mölnlycke\r\n",
        (("Karin Berg", ("Storgatan 1", "435 30 Mölnlycke")),),
        country="SE",
        language="sv",
        said=("full name <- Mottagare",),
    ),
)
