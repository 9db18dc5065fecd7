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
