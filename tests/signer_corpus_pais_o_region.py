"""Spanish Windows-1252 lists whose header names "País o región" (the country or the region):
Windows-1257 reads the same bytes "Paķs o región", one role after a word no header has, and
that header was counted as better known than the real one, so Baltic mojibake printed with
exit 0 ("María Núñez" as "Marķa Nśńez", review 10 family 1). Headers as
tests/data/exports/SOURCES.md names them; the rows are our own sample people."""

from __future__ import annotations

from signer_corpus import Case

PAIS_O_REGION = (
    Case(
        # Outlook's contact export with a Spanish interface, saved by Excel as plain CSV.
        "outlook-es-cp1252-pais-o-region-mx",
        "Nombre,Segundo nombre,Apellidos,Calle del domicilio,Ciudad de residencia,"
        "Estado o provincia de residencia,Código postal de residencia,"
        "País o región del domicilio\r\n"
        "María,,Núñez,Av. Juárez 10,Ciudad de México,CDMX,06050,México\r\n"
        "Andrés,,Gómez,Calle 10 # 43-12,Medellín,Antioquia,050021,Colombia\r\n",
        (
            ("María Núñez", ("Av. Juárez 10", "06050 Ciudad de México, CDMX")),
            ("Andrés Gómez", ("Calle 10 # 43-12", "Medellín, Antioquia, 050021", "COLOMBIA")),
        ),
        country="MX",
        encoding="cp1252",
    ),
    Case(
        # A hand-made Spanish sheet (Domicilio, Localidad, C.P.) with a Catalan signer, in a
        # Spanish campaign.
        "es-sheet-cp1252-domicilio-localidad-pais-o-region",
        "Nombre,Apellido,Domicilio,Localidad,C.P.,País o región\r\n"
        "Jordi,Puigdomènech,Carrer Major 3,Girona,17001,España\r\n",
        (("Jordi Puigdomènech", ("Carrer Major 3", "17001 Girona")),),
        country="ES",
        encoding="cp1252",
    ),
    Case(
        # The same shape with one name column, read in a German campaign: a Brazilian signer
        # whose "João Gonçalves" Windows-1257 reads "Joćo Gonēalves".
        "es-form-cp1252-pais-o-region-de-residencia-de",
        "Nombre y apellidos,Dirección postal,Municipio,Código Postal,"
        "País o región de residencia\r\n"
        "João Gonçalves,Rua São Bento 12,São Paulo,01010-000,Brasil\r\n"
        "María Núñez,Av. Juárez 10,Ciudad de México,06050,México\r\n",
        (
            ("João Gonçalves", ("Rua São Bento 12", "São Paulo", "01010-000", "BRAZIL")),
            ("María Núñez", ("Av. Juárez 10", "06050 Ciudad de México", "MÉXICO")),
        ),
        country="DE",
        encoding="cp1252",
    ),
)
