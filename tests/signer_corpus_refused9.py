"""Signer lists refused though they can be read (issue 20, slice F of session 9): a column of
sums of money under a word for an amount, a price or a total in any language is no postcode.
The rows are our own sample people; sources in tests/data/exports/SOURCES.md."""

from __future__ import annotations

from signer_corpus import Case

AMOUNTS = (
    # Naver Happy Bean's donor list (review 10): '기부금액' (the amount given, in won) holds
    # 5-digit numbers that looked like Korean postcodes.
    Case(
        "happybean-kr-gibu-geumaek",
        "기부자명,우편번호,주소,국가,기부금액\r\n"
        "김민준,03154,서울특별시 종로구 세종대로 175,대한민국,10000\r\n"
        "이서연,48058,부산광역시 해운대구 해운대로 264,대한민국,50000\r\n",
        (
            ("김민준", ("서울특별시 종로구 세종대로 175", "03154")),
            ("이서연", ("부산광역시 해운대구 해운대로 264", "48058")),
        ),
        country="KR",
        language="ko",
        encoding="cp949",
    ),
    # Held out: the same shape in other languages and platforms, each an amount of 5 digits.
    Case(
        "kr-crowdfunding-huwon-geumaek",
        "이름,우편번호,주소,후원금액\r\n"
        "김민준,03154,서울특별시 종로구 세종대로 175,50000\r\n"
        "이서연,48058,부산광역시 해운대구 해운대로 264,10000\r\n",
        (
            ("김민준", ("서울특별시 종로구 세종대로 175", "03154")),
            ("이서연", ("부산광역시 해운대구 해운대로 264", "48058")),
        ),
        country="KR",
        language="ko",
    ),
    Case(
        "mx-donativos-importe-donado",
        "Nombre,Dirección,Código postal,Importe donado\r\n"
        "Lucía Hernández,Av. Juárez 10 Int. 5 Col. Centro,06000,15000\r\n"
        "Miguel Torres,Calle 5 de Mayo 22 Col. Centro,44100,20000\r\n",
        (
            ("Lucía Hernández", ("Av. Juárez 10 Int. 5 Col. Centro", "06000")),
            ("Miguel Torres", ("Calle 5 de Mayo 22 Col. Centro", "44100")),
        ),
        country="MX",
        language="es",
    ),
    Case(
        "th-donors-jamnuan-ngoen-borijak",
        "ชื่อ,ที่อยู่,รหัสไปรษณีย์,จำนวนเงินบริจาค\r\n"
        "สมชาย ใจดี,99/1 ถนนสุขุมวิท แขวงคลองเตย เขตคลองเตย กรุงเทพมหานคร,10110,10000\r\n",
        (("สมชาย ใจดี", ("99/1 ถนนสุขุมวิท แขวงคลองเตย เขตคลองเตย กรุงเทพมหานคร", "10110")),),
        country="TH",
        language="th",
    ),
)

