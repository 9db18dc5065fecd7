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
