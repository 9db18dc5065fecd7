"""Signer lists whose given-name column holds the whole name (issue 20, the lead's, session 9):
a hand-typed sheet's "Nombre" of 'D. Antonio Ruiz' beside "Apellidos" of 'Ruiz' signs once,
never 'D. Antonio Ruiz Ruiz'. The rows are our own sample people; sources in
tests/data/exports/SOURCES.md."""

from __future__ import annotations

from signer_corpus import Case

#: A given-name cell that is the whole name (a title or a household's word first, the family
#: name last) prints alone; a given name that only ends like the family name is the person's
#: own, and both print ('Ahmed Mohamed' 'Mohamed', 'María de la Cruz' 'Cruz').
WHOLE_IN_GIVEN = (
    Case(
        "es-parroquia-nombre-apellidos-nombre-completo",
        "Apellidos;Nombre;Dirección;Código postal;Localidad;Provincia\r\n"
        "García López;Familia García López;Calle Mayor 5;28013;Madrid;Madrid\r\n"
        "Ruiz;Sr. Antonio Ruiz;Calle Real 8;41001;Sevilla;Sevilla\r\n"
        "Pérez;Lucía;Calle Sol 3;41002;Sevilla;Sevilla\r\n",
        (
            ("Familia García López", ("Calle Mayor 5", "28013 Madrid")),
            ("Sr. Antonio Ruiz", ("Calle Real 8", "41001 Sevilla")),
            ("Lucía Pérez", ("Calle Sol 3", "41002 Sevilla")),
        ),
        country="ES",
        language="es",
    ),
    Case(
        "de-gemeinde-vorname-nachname-familie",
        "Nachname;Vorname;Straße;PLZ;Ort\r\n"
        "Schneider;Familie Schneider;Lindenweg 4;34117;Kassel\r\n"
        "Lee;Mary Ann;Rosenstraße 2;34119;Kassel\r\n"
        "Mohamed;Ahmed Mohamed;Bergstraße 9;34121;Kassel\r\n",
        (
            ("Familie Schneider", ("Lindenweg 4", "34117 Kassel")),
            ("Mary Ann Lee", ("Rosenstraße 2", "34119 Kassel")),
            ("Ahmed Mohamed Mohamed", ("Bergstraße 9", "34121 Kassel")),
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

#: Header words found missing by review 13, read by the same rules as their siblings: a Nepali
#: local level is the town; a Vietnamese total is an amount, never a postcode.
R13_WORDS = (
    Case(
        "np-sheet-gaunpalika-jilla",
        "नाम,थर,ठेगाना,गाउँपालिका,जिल्ला,हुलाक कोड\r\n"
        "गीता,गुरुङ,वडा नं. ३,मादी,कास्की,33700\r\n"
        "हरि,अधिकारी,वडा नं. ५,बेनी,म्याग्दी,33200\r\n",
        (
            ("गीता गुरुङ", ("वडा नं. ३", "मादी 33700", "कास्की")),
            ("हरि अधिकारी", ("वडा नं. ५", "बेनी 33200", "म्याग्दी")),
        ),
        country="NP",
        language="ne",
    ),
    Case(
        "vn-shop-thanh-tien-same-in-every-row",
        "Mã đơn,Họ tên người nhận,Địa chỉ,Phường/Xã,Quận/Huyện,Tỉnh/Thành phố,Thành tiền\r\n"
        "D501,Phạm Minh Châu,12 Nguyễn Trãi,Phường 2,Quận 5,Hồ Chí Minh,200000\r\n"
        "D502,Lê Thu Hà,8 Trần Phú,Phường Hải Châu 1,Quận Hải Châu,Đà Nẵng,200000\r\n",
        (
            ("Phạm Minh Châu", ("12 Nguyễn Trãi", "Phường 2", "Quận 5", "Hồ Chí Minh")),
            (
                "Lê Thu Hà",
                ("8 Trần Phú", "Phường Hải Châu 1", "Quận Hải Châu", "Đà Nẵng"),
            ),
        ),
        country="VN",
        language="vi",
    ),
)

#: A column under a word for both a state and a status (Spanish and Portuguese "Estado") whose
#: values are a record's statuses (statuses.txt) is no part of the address, with or without a
#: region column beside it: listed as not used, never printed as the state.
STATUSES = (
    Case(
        "es-pasarela-estado-pagado-pendiente",
        "Pedido;Nombre;Dirección;CP;Localidad;Provincia;Estado\r\n"
        "R-77;Marta Gil;Calle Toledo 20;28005;Madrid;Madrid;Pagado\r\n"
        "R-78;Jorge Sanz;Calle Larga 3;11403;Jerez de la Frontera;Cádiz;Pendiente\r\n",
        (
            ("Marta Gil", ("Calle Toledo 20", "28005 Madrid")),
            ("Jorge Sanz", ("Calle Larga 3", "11403 Jerez de la Frontera Cádiz")),
        ),
        country="ES",
        language="es",
    ),
    Case(
        "br-loja-estado-do-pedido-sem-uf",
        "Pedido,Cliente,Endereço,Cidade,CEP,Estado\r\n"
        '9001,Carla Mendes,"Rua Augusta, 500",São Paulo,01305-000,Aprovado\r\n'
        '9002,Paulo Lima,"Av. Sete de Setembro, 80",Salvador,40060-001,Pendente\r\n',
        (
            ("Carla Mendes", ("Rua Augusta, 500", "São Paulo", "01305-000")),
            ("Paulo Lima", ("Av. Sete de Setembro, 80", "Salvador", "40060-001")),
        ),
        country="BR",
        language="pt",
    ),
    Case(
        # A surname that is also a status word ('Offen', German for open) is the person's.
        "de-verein-nachname-offen-one-row",
        "Vorname;Nachname;Straße;PLZ;Ort\r\nNeil;Offen;Hauptstraße 5;10115;Berlin\r\n",
        (("Neil Offen", ("Hauptstraße 5", "10115 Berlin")),),
        country="DE",
        language="de",
    ),
)
