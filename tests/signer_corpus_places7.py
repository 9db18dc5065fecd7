"""Signer lists whose places the seventh round found wrong (issue 20, slice "places"): a
Czech part of the municipality (část obce) above "PSČ Obec" wherever its column stands, as
Česká pošta writes it; a Czech "Kraj" (the region, where Polish "kraj" is the country) beside
a "Stát" column. Each source is in tests/data/exports/SOURCES.md; the rows are our own sample
people."""

from __future__ import annotations

from signer_corpus import Case

#: Česká pošta: "Část obce" on its own line above "PSČ Obec" where it differs from the
#: municipality; a village with no streets is written by its part's name and the house number.
CZECH = (
    Case(
        "cz-excel-obec-then-cast-obce-kraj",
        "Jméno;Příjmení;Ulice;Číslo popisné;Obec;Část obce;PSČ;Kraj\r\n"
        "Jana;Nováková;Bohnická;15;Praha;Dolní Chabry;184 00;Hlavní město Praha\r\n"
        "Petr;Svoboda;Cejl;120;Brno;Zábrdovice;602 00;Jihomoravský kraj\r\n",
        (
            (
                "Jana Nováková",
                ("Bohnická 15", "Dolní Chabry", "184 00 Praha", "Hlavní město Praha"),
            ),
            ("Petr Svoboda", ("Cejl 120", "Zábrdovice", "602 00 Brno", "Jihomoravský kraj")),
        ),
        country="CZ",
        language="cs",
        encoding="cp1250",
        said=("neighbourhood <- Část obce",),
    ),
    Case(
        "cz-form-kraj-beside-stat",
        "Jméno,Příjmení,Ulice,Číslo popisné,Obec,Část obce,PSČ,Kraj,Stát\n"
        "Květoslava,Vokurková,,244,Volyně,Hoštice,387 01,Jihočeský kraj,Česká republika\n"
        "Jiří,Dvořák,Vinohradská,1511,Praha,Vinohrady,130 00,Hlavní město Praha,Česko\n",
        (
            ("Květoslava Vokurková", ("Hoštice 244", "387 01 Volyně", "Jihočeský kraj")),
            (
                "Jiří Dvořák",
                ("Vinohradská 1511", "Vinohrady", "130 00 Praha", "Hlavní město Praha"),
            ),
        ),
        country="CZ",
        language="cs",
        said=("state/region <- Kraj", "country <- Stát"),
    ),
    # Held out: the same list from a German campaign, Kraj after Stát; a Slovak row.
    Case(
        "cz-sheet-stat-then-kraj-from-germany",
        "Vorname;Nachname;Straße;Hausnummer;PLZ;Ort;Část obce;Stát;Kraj\r\n"
        "Jiří;Dvořák;Vinohradská;1511;130 00;Praha;Vinohrady;Česko;Hlavní město Praha\r\n"
        "Ján;Novák;Obchodná;12;811 06;Bratislava;Staré Mesto;Slovensko;Bratislavský kraj\r\n",
        (
            (
                "Jiří Dvořák",
                ("Vinohradská 1511", "Vinohrady", "130 00 Praha", "Hlavní město Praha", "CZECHIA"),
            ),
            (
                "Ján Novák",
                (
                    "Obchodná 12",
                    "Staré Mesto",
                    "811 06 Bratislava",
                    "Bratislavský kraj",
                    "SLOVAKIA",
                ),
            ),
        ),
        country="DE",
        language="de",
    ),
)
