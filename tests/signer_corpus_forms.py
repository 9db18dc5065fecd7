"""Google Forms responses downloaded as CSV in the languages of the signers we serve (issue 20):
the first column is the timestamp as Google Forms names it in the form owner's language
(Horodateur, Zeitstempel, Marca temporal, 时间戳记, ...), the second the e-mail it collects, then
the questions as organisers there word them. Each is UTF-8 (what Google writes), posted in its
own country; the timestamp and e-mail are never part of an address. Sources in
tests/data/exports/SOURCES.md."""

from __future__ import annotations

from signer_corpus import Case

FORMS = (
    Case(
        "gforms-fr-horodateur",
        "Horodateur,Adresse e-mail,Nom et prénom,Adresse postale,Code postal,Ville\n"
        "01/11/2026 09:00:00,luc@example.fr,Luc Bernard,14 avenue Jean Jaurès,13001,"
        "Marseille\n",
        (("Luc Bernard", ("14 avenue Jean Jaurès", "13001 Marseille")),),
        country="FR",
        language="fr",
    ),
    Case(
        "gforms-de-zeitstempel",
        "Zeitstempel,E-Mail-Adresse,Vor- und Nachname,Straße und Hausnummer,"
        "Postleitzahl,Wohnort\n"
        "01.11.2026 09:00:00,mia@example.de,Mia Wagner,Goethestraße 8,60313,"
        "Frankfurt am Main\n",
        (("Mia Wagner", ("Goethestraße 8", "60313 Frankfurt am Main")),),
        country="DE",
        language="de",
    ),
    Case(
        "gforms-it-informazioni-cronologiche",
        "Informazioni cronologiche,Indirizzo email,Nome e cognome,Via e numero civico,"
        "CAP,Città,Provincia\n"
        "01/11/2026 9.00.00,sara@example.it,Sara Esposito,Via Toledo 256,80134,Napoli,"
        "NA\n",
        (("Sara Esposito", ("Via Toledo 256", "80134 Napoli NA")),),
        country="IT",
        language="it",
    ),
    Case(
        "gforms-nl-tijdstempel",
        "Tijdstempel,E-mailadres,Naam,Adres,Postcode,Plaats\n"
        "1-11-2026 9:00:00,daan@example.nl,Daan de Vries,Oudegracht 12,3511 AR,Utrecht\n",
        (("Daan de Vries", ("Oudegracht 12", "3511 AR Utrecht")),),
        country="NL",
        language="nl",
    ),
    Case(
        "gforms-es-marca-temporal",
        "Marca temporal,Dirección de correo electrónico,Nombre y apellidos,Dirección,"
        "Código postal,Localidad,Provincia\n"
        "1/11/2026 9:00:00,marta@example.es,Marta Sánchez Gil,Carrer de Mallorca 401,"
        "08013,Barcelona,Barcelona\n",
        (("Marta Sánchez Gil", ("Carrer de Mallorca 401", "08013 Barcelona")),),
        country="ES",
        language="es",
    ),
    Case(
        "gforms-pl-sygnatura-czasowa",
        "Sygnatura czasowa,Adres e-mail,Imię i nazwisko,Adres,Kod pocztowy,Miejscowość\n"
        "01.11.2026 09:00:00,ola@example.pl,Aleksandra Lewandowska,"
        "ul. Marszałkowska 10/12,00-590,Warszawa\n",
        (("Aleksandra Lewandowska", ("ul. Marszałkowska 10/12", "00-590 Warszawa")),),
        country="PL",
        language="pl",
    ),
    Case(
        "gforms-zh-shijianchuo",
        "时间戳记,电子邮件地址,姓名,省份,城市,详细地址,邮政编码\n"
        "2026/11/01 上午9:00:00,wang@example.cn,王芳,江苏省,南京市,鼓楼区中山路1号,210008\n",
        (("王芳", ("210008", "江苏省南京市", "鼓楼区中山路1号")),),
        country="CN",
        language="zh",
    ),
    Case(
        "gforms-pt-br-endereco-completo",
        "Carimbo de data/hora,Endereço de e-mail,Nome,Endereço completo,CEP\n"
        '01/11/2026 09:00:00,pedro@example.com.br,Pedro Alves,"Rua Oscar Freire, 379,'
        ' apto 12 - Jardins, São Paulo - SP",01426-001\n',
        (
            (
                "Pedro Alves",
                ("Rua Oscar Freire, 379, apto 12 - Jardins", "São Paulo-SP", "01426-001"),
            ),
        ),
        country="BR",
        language="pt",
    ),
    Case(
        "gforms-vi-dau-thoi-gian",
        "Dấu thời gian,Địa chỉ email,Họ và tên,Địa chỉ,Quận/Huyện,Tỉnh/Thành phố\n"
        "01/11/2026 9:00:00,minh@example.vn,Đỗ Minh Châu,45 Lý Tự Trọng,Quận 1,"
        "TP. Hồ Chí Minh\n",
        (("Đỗ Minh Châu", ("45 Lý Tự Trọng", "Quận 1", "TP. Hồ Chí Minh")),),
        country="VN",
        language="vi",
    ),
    Case(
        "gforms-id-stempel-waktu",
        "Stempel waktu,Alamat email,Nama,Alamat,Kota,Kode Pos\n"
        "01/11/2026 9:00:00,budi@example.id,Budi Santoso,Jl. Malioboro No. 52,"
        "Yogyakarta,55271\n",
        (("Budi Santoso", ("Jl. Malioboro No. 52", "Yogyakarta", "55271")),),
        country="ID",
        language="id",
    ),
)
