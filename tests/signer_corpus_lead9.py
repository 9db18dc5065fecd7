"""Signer lists whose given-name column holds the whole name (issue 20, the lead's, session 9):
a hand-typed sheet's "Nombre" of 'D. Antonio Ruiz' beside "Apellidos" of 'Ruiz' signs once,
never 'D. Antonio Ruiz Ruiz'. The rows are our own sample people; sources in
tests/data/exports/SOURCES.md."""

from __future__ import annotations

from signer_corpus import Case

#: A given-name cell ending in the whole family name after a word of its own prints alone (a
#: person whose last given name is their family name, 'Mary Ann' 'Ann', would print once too:
#: rarer than a sheet's whole name typed under the given name).
WHOLE_IN_GIVEN = (
    Case(
        "es-parroquia-nombre-apellidos-nombre-completo",
        "Apellidos;Nombre;Dirección;Código postal;Localidad;Provincia\r\n"
        "García López;Familia García López;Calle Mayor 5;28013;Madrid;Madrid\r\n"
        "Ruiz;D. Antonio Ruiz;Calle Real 8;41001;Sevilla;Sevilla\r\n"
        "Pérez;Lucía;Calle Sol 3;41002;Sevilla;Sevilla\r\n",
        (
            ("Familia García López", ("Calle Mayor 5", "28013 Madrid")),
            ("D. Antonio Ruiz", ("Calle Real 8", "41001 Sevilla")),
            ("Lucía Pérez", ("Calle Sol 3", "41002 Sevilla")),
        ),
        country="ES",
        language="es",
    ),
    Case(
        "de-gemeinde-vorname-nachname-familie",
        "Nachname;Vorname;Straße;PLZ;Ort\r\n"
        "Schneider;Familie Schneider;Lindenweg 4;34117;Kassel\r\n"
        "Lee;Mary Ann;Rosenstraße 2;34119;Kassel\r\n",
        (
            ("Familie Schneider", ("Lindenweg 4", "34117 Kassel")),
            ("Mary Ann Lee", ("Rosenstraße 2", "34119 Kassel")),
        ),
        country="DE",
        language="de",
    ),
)

#: A name part under an address set's words, where that set has no address column of its own
#: and the signer's columns lack that part: the signer's ("Nombre de envío" beside
#: "Apellidos"), never left off with exit 0.
NAME_ONLY_SET = (
    Case(
        "es-parroquia-apellidos-nombre-de-envio",
        "Apellidos;Nombre de envío;Dirección;Código postal;Localidad;Provincia\r\n"
        "Navarro;Elena;Calle Luna 12;46001;Valencia;Valencia\r\n"
        "Ortega Gil;Familia Ortega Gil;Avenida del Puerto 40;46023;Valencia;Valencia\r\n",
        (
            ("Elena Navarro", ("Calle Luna 12", "46001 Valencia")),
            ("Familia Ortega Gil", ("Avenida del Puerto 40", "46023 Valencia")),
        ),
        country="ES",
        language="es",
    ),
    Case(
        "us-sheet-last-name-and-mailing-first-name",
        "Last Name,Mailing First Name,Street,City,State,ZIP\r\n"
        "Okafor,Grace,221 Elm St,Dayton,OH,45402\r\n"
        "Brennan,Liam,9 Lake Rd,Toledo,OH,43604\r\n",
        (
            ("Grace Okafor", ("221 Elm St", "Dayton, OH 45402")),
            ("Liam Brennan", ("9 Lake Rd", "Toledo, OH 43604")),
        ),
    ),
)
