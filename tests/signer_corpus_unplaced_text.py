"""Signer lists with address text under headers that were not read as an address part: a
reference or landmark that finds the door (Latin American shops' Referencia, Brazil's Ponto de
referência), printed after the street; an order's code under the same word, never printed; a
column of whole addresses whose street words are not all known (monday.com's Location).
Written as people write them (tests/data/exports/SOURCES.md)."""

from __future__ import annotations

from signer_corpus import Case

UNPLACED_TEXT = (
    Case(
        "co-shop-referencia-landmark",
        "Pedido,Nombre cliente,Dirección,Barrio,Ciudad,Departamento,Referencia,Teléfono\n"
        "7001,Camila Restrepo,Calle 50 # 20-15,Laureles,Medellín,Antioquia,"
        '"Conjunto Los Pinos, torre 2 apto 301",\n'
        "7002,Julián Torres,Carrera 15 # 88-30,Chicó,Bogotá,Cundinamarca,"
        "Diagonal a la panadería,\n",
        (
            (
                "Camila Restrepo",
                (
                    "Calle 50 # 20-15",
                    "Conjunto Los Pinos, torre 2 apto 301",
                    "Laureles",
                    "Medellín, Antioquia",
                ),
            ),
            (
                "Julián Torres",
                ("Carrera 15 # 88-30", "Diagonal a la panadería", "Chicó", "Bogotá, Cundinamarca"),
            ),
        ),
        country="CO",
        language="es",
        said=("full name     <- Nombre cliente", "street        <- Dirección"),
    ),
    Case(
        "br-ponto-de-referencia-last",
        "Pedido,Nome,Endereço,Número,Complemento,Bairro,Cidade,UF,CEP,Ponto de referência\n"
        "88,Beatriz Lima,Rua Augusta,1500,Sala 12,Consolação,São Paulo,SP,01304-001,"
        "Em frente ao metrô\n",
        (
            (
                "Beatriz Lima",
                (
                    "Rua Augusta, 1500",
                    "Sala 12",
                    "Em frente ao metrô",
                    "Consolação",
                    "São Paulo-SP",
                    "01304-001",
                ),
            ),
        ),
        country="BR",
        language="pt",
    ),
    Case(
        # The same word over an order's codes: a record's, not printed.
        "es-order-referencia-codes",
        "Referencia,Nombre,Dirección,Ciudad,Código postal,Provincia\n"
        "PED-100234,Lucía García,Calle Mayor 5,Madrid,28013,Madrid\n"
        "PED-100235,Pablo Ruiz,Gran Vía 12,Madrid,28013,Madrid\n",
        (
            ("Lucía García", ("Calle Mayor 5", "28013 Madrid")),
            ("Pablo Ruiz", ("Gran Vía 12", "28013 Madrid")),
        ),
        country="ES",
        language="es",
        said=("not used: Referencia (2 values): record numbers (2 of 2, line 2: 'PED-100234')",),
    ),
    Case(
        # One row's street word is not known ("ko'chasi"): most rows' streets say the column
        # is a whole address all the same (in a US campaign it was; in GB it was left off).
        "monday-location-mixed-gb",
        "Signers\n\nName,Status,Email,Location\n"
        'Harriet Cole,Signed,h@example.org,"14 Mill Lane, York, YO1 7HH"\n'
        'Tom Reid,Signed,t@example.org,"3 Park Street, Bristol, BS1 5NT"\n'
        'Nodira Yusupova,Signed,n@example.org,"Navoiy ko\'chasi 8, 100011 Toshkent, Uzbekistan"\n',
        (
            ("Harriet Cole", ("14 Mill Lane", "York", "YO1 7HH")),
            ("Tom Reid", ("3 Park Street", "Bristol", "BS1 5NT")),
            ("Nodira Yusupova", ("Navoiy ko'chasi 8", "100011 Toshkent", "UZBEKISTAN")),
        ),
        country="GB",
    ),
)

#: Pieces left off before with exit 0, now placed or refused at the row with a working line.
PIECES = (
    Case(
        # Rwanda's administrative levels as the columns of a sheet in Kinyarwanda: village,
        # cell, sector, district, province; no street (most addresses there have none).
        "rw-kinyarwanda-levels",
        "Amazina,Umudugudu,Akagari,Umurenge,Akarere,Intara,Telefoni\n"
        "Aline Uwase,Rugando,Rukiri I,Remera,Gasabo,Umujyi wa Kigali,\n"
        "Jean Habimana,Nyamata ya I,Nyamata y Umujyi,Nyamata,Bugesera,Iburasirazuba,\n",
        (
            ("Aline Uwase", ("Rugando, Rukiri I, Remera", "Gasabo", "Umujyi wa Kigali")),
            (
                "Jean Habimana",
                ("Nyamata ya I, Nyamata y Umujyi, Nyamata", "Bugesera", "Iburasirazuba"),
            ),
        ),
        country="RW",
    ),
    Case(
        # Lane and Alley columns beside the road (Taiwan, in English): no rule places them
        # (a lane or alley joins the road in Taiwan's order); refused at the row, with the
        # line that prints them.
        "tw-english-lane-alley-columns",
        "Name,Floor,No.,Alley,Lane,Road,District,City,Postal Code,Country\n"
        "Chia-hui Lin,5F,8,Alley 2,Lane 45,Heping E. Rd. Sec. 1,Zhongzheng Dist.,"
        "Taipei City,100,Taiwan\n",
        refused=("2:4", "'Alley 2' from column 'Alley' would not be on this signer's letter"),
    ),
    Case(
        # A lone street under a qualifier and a word not known ("Kargo Yeri": the cargo
        # place) with plain town and postcode after it: one address, that set's, printed
        # whole (was refused, and before that exit 0 with the street lost). The plain town
        # and postcode stand after its street and the list has no home street: they are its.
        "lone-delivery-street-de",
        "Sipariş No;Alıcı;Kargo Yeri;Şehir;Posta Kodu;Ülke\n"
        "2001;Jonas Weber;Lindenstraße 7;Hamburg;20095;Deutschland\n",
        (("Jonas Weber", ("Lindenstraße 7", "20095 Hamburg")),),
        country="DE",
    ),
    Case(
        "lone-delivery-street-jp",
        "Name,Delivery Location,Town,Postcode,Country\n"
        "Yuki Tanaka,1-2-3 Jingumae,Shibuya-ku,150-0001,Japan\n",
        # (A Japanese block number no street look names: the header-row rule refuses it.)
        refused=("2:2", "the address has no street"),
        country="JP",
    ),
)
