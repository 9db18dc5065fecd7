"""Form services' exports in the language of the people who fill them in (issue 20):
Microsoft Forms in German and Italian (its own ID, start and finish times and an "anonymous"
e-mail first), a Russian form service (ID, Время создания), Naver Form (응답일시, 응답자), a
Chinese questionnaire with numbered questions (Q1. 姓名), Google Forms from Mexico and
Portugal. Each is read by a campaign in its country; the service's own columns never print.
The rows are our own sample people; sources in tests/data/exports/SOURCES.md."""

from __future__ import annotations

from signer_corpus import Case

LOCAL_FORMS = (
    Case(
        "msforms-de-startzeit",
        "ID,Startzeit,Fertigstellungszeit,E-Mail,Name,Vor- und Nachname,Straße und "
        "Hausnummer,PLZ,Ort\r\n"
        "1,30.11.26 10:01:02,30.11.26 10:03:40,anonymous,,Jonas Becker,Hauptstraße 5,"
        "10115,Berlin\r\n",
        (("Jonas Becker", ("Hauptstraße 5", "10115 Berlin")),),
        country="DE",
        language="de",
        encoding="utf-8-sig",
    ),
    Case(
        "yandex-forms-ru",
        "ID,Время создания,Фамилия,Имя,Отчество,Почтовый индекс,Регион,Город,Улица,Дом,Квартира\r\n"
        "1,30.11.2026 10:01,Иванова,Ольга,Петровна,630099,Новосибирская обл.,Новосибирск,"
        "ул. Ленина,12,4\r\n",
        (
            (
                "Ольга Петровна Иванова",
                ("ул. Ленина, д. 12, кв. 4", "Новосибирск", "Новосибирская обл.", "630099"),
            ),
        ),
        country="RU",
        language="ru",
    ),
    Case(
        "naver-form-ko",
        "응답일시,응답자,이름,연락처,우편번호,주소,상세주소\r\n"
        "2026.11.30 10:01,익명,박지훈,010-1234-5678,06236,"
        "서울특별시 강남구 테헤란로 152,12층 1203호\r\n",
        (("박지훈", ("서울특별시 강남구 테헤란로 152", "12층 1203호", "06236")),),
        country="KR",
        language="ko",
        encoding="utf-8-sig",
    ),
    Case(
        "cn-tencent-wenjuan-q-numbered",
        "编号,开始答题时间,结束答题时间,答题时长,"
        "Q1. 姓名,Q2. 所在省份,Q3. 所在城市,Q4. 详细地址,Q5. 邮政编码\r\n"
        "1,2026-11-30 10:00:00,2026-11-30 10:02:10,130秒,"
        "李娜,浙江省,杭州市,西湖区文三路90号501室,310012\r\n",
        (("李娜", ("310012", "浙江省杭州市", "西湖区文三路90号501室")),),
        country="CN",
        language="zh",
        encoding="utf-8-sig",
    ),
    Case(
        "gforms-mx-preguntas",
        "Marca temporal,Nombre completo,Calle y número,Colonia,Municipio o alcaldía,"
        "Estado,Código postal\r\n"
        "30/11/2026 10:01:02,Ana Torres,Álvaro Obregón 120 Int. 4,Roma Norte,Cuauhtémoc,"
        "Ciudad de México,06700\r\n",
        (
            (
                "Ana Torres",
                ("Álvaro Obregón 120 Int. 4", "Roma Norte", "06700 Cuauhtémoc, Ciudad de México"),
            ),
        ),
        country="MX",
        language="es",
    ),
    Case(
        "gforms-pt-pt-morada",
        "Carimbo de data/hora,Nome completo,Morada,Código postal,Localidade\r\n"
        '30/11/2026 10:01:02,Maria Fernandes,"Avenida da Boavista 1200, 4.º Dto.",'
        "4100-130,Porto\r\n",
        (("Maria Fernandes", ("Avenida da Boavista 1200, 4.º Dto.", "4100-130 Porto")),),
        country="PT",
        language="pt",
    ),
    Case(
        "msforms-it-ora-di-inizio",
        "ID,Ora di inizio,Ora di completamento,Posta elettronica,Nome,Nome e cognome,"
        "Indirizzo,CAP,Città,Provincia\r\n"
        "1,30/11/26 10:01:02,30/11/26 10:03:40,anonymous,,Giulia Bianchi,Via Dante "
        "Alighieri 15,20121,Milano,MI\r\n",
        (("Giulia Bianchi", ("Via Dante Alighieri 15", "20121 Milano MI")),),
        country="IT",
        language="it",
        encoding="utf-8-sig",
    ),
)
