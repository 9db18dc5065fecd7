"""Signer lists in a legacy code page where only one reading is plausible, once refused as "cannot
tell the file's text encoding" (review 7, F6): GB18030 with Latin signers abroad, a Polish
marketplace's Windows-1250 header that ISO-8859-2 reads as no word, Windows-1258 with an
abbreviation in its header. Headers as tests/data/exports/SOURCES.md names them; the rows are
our own sample people."""

from __future__ import annotations

from signer_corpus import Case

ONE_READING = (
    Case(
        # A Chinese questionnaire's export (GB18030) of signers abroad: "ü" is two bytes of
        # pinyin, "ö" four; no other code page reads the Chinese header.
        "cn-questionnaire-gb18030-latin-signers-abroad",
        "序号,提交时间,姓名,手机号码,省份,城市,详细地址,邮编,国家\r\n"
        "1001,2026-11-11,Dana Whitfield,+1 555 0101,CT,Hartford,400 Main St,06103,United States\r\n"
        "1002,2026-11-12,Lukas Meier,+1 555 0102,,Zürich,Bahnhofstrasse 1,8001,Schweiz\r\n"
        "1003,2026-11-13,Jonas Weber,+1 555 0103,,Köln,Bahnhofstr. 12,50667,Germany\r\n",
        (
            ("Dana Whitfield", ("400 Main St", "Hartford, CT 06103")),
            ("Lukas Meier", ("Bahnhofstrasse 1", "CH-8001 Zürich", "SWITZERLAND")),
            ("Jonas Weber", ("Bahnhofstr. 12", "50667 Köln", "GERMANY")),
        ),
        encoding="gb18030",
    ),
    Case(
        # Chinese Excel's plain CSV (GBK, code page 936) holds pinyin's "ü" and no other
        # accented Latin letter: a Chinese signer and one in Zürich.
        "cn-excel-gbk-pinyin-u-umlaut-abroad",
        "姓名,国家,城市,详细地址,邮编\r\n吕伟,中国,广州市,天河路385号,510000\r\n"
        "Lü Wei,Schweiz,Zürich,Bahnhofstrasse 1,8001\r\n",
        (
            ("吕伟", ("510000", "广州市", "天河路385号", "CHINA")),
            ("Lü Wei", ("Bahnhofstrasse 1", "CH-8001 Zürich", "SWITZERLAND")),
        ),
        country="US",
        encoding="gbk",
    ),
    Case(
        # Allegro's order export (Windows-1250): "Kupujący" (the buyer) is a header word; as
        # ISO-8859-2 the same bytes read "Kupujšcy", no word at all.
        "pl-allegro-orders-cp1250-kupujacy",
        "Numer zamówienia;Data;Kupujący;Login;E-mail;Ulica;Kod pocztowy;Miasto;Kraj;Telefon\r\n"
        "1001;2026-11-11;Jonas Weber;;j@example.org;Bahnhofstr. 12;50667;Köln;Germany;+49 30\r\n"
        "1002;2026-11-12;Lukas Meier;;l@x.org;Bahnhofstrasse 1;8001;Zürich;Schweiz;+41 44\r\n",
        (
            ("Jonas Weber", ("Bahnhofstr. 12", "50667 Köln")),
            ("Lukas Meier", ("Bahnhofstrasse 1", "CH-8001 Zürich", "SCHWEIZ")),
        ),
        country="DE",
        encoding="cp1250",
        said=(
            "encoding: Central European Windows-1250 (Excel plain CSV); as Central European "
            "ISO-8859-2 (web forms, Unix tools), 'Kupujący' (line 1) would read 'Kupujšcy', but "
            "fewer of its header's words are ones packbuilder knows (if that is right: "
            "--signers-encoding iso8859_2)",
        ),
    ),
    Case(
        # A Vietnamese spreadsheet (Windows-1258, tone marks apart) in a US campaign: "Tỉnh/TP"
        # (province or city) abbreviates thành phố, no syllable of its own.
        "vn-excel-cp1258-tinh-tp-abroad",
        "Họ tên,Địa chỉ,Quận,Tỉnh/TP,Mã bưu chính,Quốc gia\r\n"
        "Nguyễn Thị Lan,12 Lý Thái Tổ,Hoàn Kiếm,Hà Nội,100000,Việt Nam\r\n",
        (("Nguyễn Thị Lan", ("12 Lý Thái Tổ", "Hoàn Kiếm", "Hà Nội 100000", "VIETNAM")),),
        encoding="cp1258",
    ),
)

#: Web forms' ISO pages read as an Excel one gave a symbol where the file had a letter, printed
#: with exit 0: now read right, or refused at the word.
NOT_A_LETTER = (
    Case(
        # A Greek web form's export in ISO-8859-7: "Άννα" is byte B6, Windows-1253's pilcrow
        # ("¶ννα" was printed in a Greek campaign, exit 0). Refused at that word, which shows
        # what forcing Windows-1253 would print.
        "gr-web-form-iso8859-7-anna",
        "Όνομα,Επώνυμο,Διεύθυνση,Πόλη,ΤΚ\r\n"
        "Άννα,Νικολάου,Τσιμισκή 22,Θεσσαλονίκη,546 24\r\n"
        "Γιώργος,Παπαδόπουλος,Ερμού 15,Αθήνα,105 63\r\n",
        refused=(
            "2:1",
            "cannot tell the file's text encoding for sure: as Greek Windows-1253 "
            "(Excel plain CSV) this word reads '¶ννα'",
        ),
        country="GR",
        language="el",
        encoding="iso8859_7",
    ),
    Case(
        # A Czech web form's export in ISO-8859-2, one signer, in a US campaign: "š" is byte
        # B9, Windows-1252's superscript one ("Milo¹ Novák" was printed, exit 0) and
        # Windows-1250's "ą" ("Miloą", Polish letters). The row names Czechia, whose language
        # writes "Miloš".
        "cz-web-form-iso8859-2-one-signer-abroad",
        "Name,Street,City,Postcode,Country\r\nMiloš Novák,Husova 3,Brno,602 00,Czechia\r\n",
        (("Miloš Novák", ("Husova 3", "602 00 Brno", "CZECHIA")),),
        encoding="iso8859_2",
    ),
    Case(
        # The same without a country column: two readings of names are left, and the
        # organiser is asked, at the word.
        "cz-web-form-iso8859-2-one-signer-no-country",
        "Name,Street,City,Postcode\r\nMiloš Novák,Husova 3,Brno,602 00\r\n",
        refused=("2:1", "cannot tell the file's text encoding: this word reads 'Miloą'"),
        encoding="iso8859_2",
    ),
)

#: A list naming its signers' countries weighs every reading in their languages, not only those
#: left after the campaign's.
COUNTRIES_NAMED = (
    Case(
        # A Baltic Excel's plain CSV (Windows-1257) of Danish and Swedish signers: read as
        # ISO-8859-15, "Søren Ødegård" is Finnish-lettered "Sžren šdegård" (printed, exit 0,
        # as one language beats two; then refused beside "Denmark"). Finnish writes š and ž
        # only before a vowel (codepages.yaml never_in_words): that reading is no text, and
        # Windows-1257's is read.
        "lt-excel-cp1257-nordic-signers-countries-named",
        "Name,Street,City,Postcode,Country\r\n"
        "Søren Ødegård,Nørregade 1,København K,1165,Denmark\r\n"
        "Björn Söderström,Storgatan 5,Göteborg,411 38,Sweden\r\n",
        (
            ("Søren Ødegård", ("Nørregade 1", "1165 København K", "DENMARK")),
            ("Björn Söderström", ("Storgatan 5", "SE-411 38 Göteborg", "SWEDEN")),
        ),
        encoding="cp1257",
    ),
)
