"""Signer lists whose places review 6 found printed in the wrong order or without their words
(issue 20, slice "places"): a village with no streets written by its name and the house
number, as Poland's and the Czech post write it. Each source is in
tests/data/exports/SOURCES.md; the rows are our own sample people."""

from __future__ import annotations

from signer_corpus import Case

#: A house number with no street: the village's name and the number on the street line.
VILLAGES = (
    Case(
        "pl-excel-village-no-street-poczta",
        "Imię;Nazwisko;Miejscowość;Ulica;Nr domu;Kod pocztowy;Poczta\r\n"
        "Zofia;Wiśniewska;Wola Zaradzyńska;;12;95-054;Ksawerów\r\n"
        "Piotr;Zieliński;Kraków;ul. Floriańska;3;31-019;Kraków\r\n",
        (
            ("Zofia Wiśniewska", ("Wola Zaradzyńska 12", "95-054 Ksawerów")),
            ("Piotr Zieliński", ("ul. Floriańska 3", "31-019 Kraków")),
        ),
        country="PL",
        language="pl",
        encoding="cp1250",
    ),
    # Variants written after the rule: the village is its own post town; a Czech village
    # with no post office from a British list, in English headers; a British village keeps
    # its own way (the number on a line of its own, no rule of Royal Mail's moves it).
    Case(
        "pl-sheet-village-is-post-town",
        "Imię,Nazwisko,Ulica,Nr domu,Nr lokalu,Kod pocztowy,Miejscowość\n"
        "Jan,Nowak,,132,,62-200,Mnichowo\n"
        "Ewa,Lis,ul. Cicha,5,3,62-200,Gniezno\n",
        (
            ("Jan Nowak", ("Mnichowo 132", "62-200 Mnichowo")),
            ("Ewa Lis", ("ul. Cicha 5/3", "62-200 Gniezno")),
        ),
        country="PL",
        language="pl",
    ),
    Case(
        "gb-sheet-czech-village-post-town",
        "First name,Last name,Street,House number,Village,Post town,Postcode,Country\n"
        "Květoslava,Vokurková,,244,Hoštice,Volyně,387 01,Czech Republic\n"
        "James,Hill,,12,Little Snoring,Fakenham,NR21 0AA,United Kingdom\n",
        (
            ("Květoslava Vokurková", ("Hoštice 244", "387 01 Volyně", "CZECH REPUBLIC")),
            ("James Hill", ("12", "Little Snoring", "Fakenham", "NR21 0AA")),
        ),
        country="GB",
    ),
)
