"""Signer lists whose header words name their part only with what the values and the country
say (issue 20): Danish `By` (the town), Slovenian `Naslov`, `Pošta` and `Država`, Spanish
`Departamento` (a flat in Argentina and Peru, a region in Colombia, told by its values). The
rows are our own sample people; sources in tests/data/exports/SOURCES.md."""

from __future__ import annotations

from signer_corpus import Case

WORDS = (
    Case(
        "dk-excel-cp1252-by",
        "Fornavn;Efternavn;Adresse;Postnr.;By\r\n"
        "Mads;Jørgensen;Nørrebrogade 20, 3. tv.;2200;København N\r\n",
        (("Mads Jørgensen", ("Nørrebrogade 20, 3. tv.", "2200 København N")),),
        country="DK",
        language="da",
        encoding="cp1252",
        said=("town/city <- By",),
    ),
    Case(
        "sl-excel-cp1250-naslov-posta",
        "Ime;Priimek;Naslov;Poštna številka;Pošta;Država\r\n"
        "Ana;Novak;Slovenska cesta 9;1000;Ljubljana;Slovenija\r\n",
        (("Ana Novak", ("Slovenska cesta 9", "SI-1000 Ljubljana", "SLOVENIA")),),
        country="US",
        encoding="cp1250",
        said=("street <- Naslov", "town/city <- Pošta", "country <- Država"),
    ),
    Case(
        "co-excel-cp1252-departamento-is-the-region",
        "Nombres;Apellidos;Dirección;Barrio;Ciudad;Departamento\r\n"
        "Andrés;Restrepo Gómez;Calle 72 # 10-34 Apto 501;Chapinero;Bogotá;Cundinamarca\r\n",
        (
            (
                "Andrés Restrepo Gómez",
                ("Calle 72 # 10-34 Apto 501", "Chapinero", "Bogotá, Cundinamarca"),
            ),
        ),
        country="CO",
        language="es",
        encoding="cp1252",
        said=("state/region <- Departamento (the header says apartment/unit, but its values",),
    ),
    Case(
        "pe-form-departamento-is-the-flat",
        "Nombre completo,Dirección,Departamento,Ciudad\nAna Ruiz,Av. Larco 345,301,Lima\n",
        (("Ana Ruiz", ("Av. Larco 345", "Depto. 301", "Lima")),),
        country="PE",
        language="es",
        said=("apartment/unit <- Departamento",),
    ),
)
