"""A backer's reward or gift beside the address under a word packbuilder did not know (review 10
family 3: Tumblbug's 선물 'looks like town', betterplace's Prämie 'Tasse' refused): the column
is other data. Siblings from other platforms; headers as tests/data/exports/SOURCES.md names
them, the rows are our own sample people."""

from __future__ import annotations

from signer_corpus import Case

REWARDS8 = (
    Case(
        # A Japanese crowdfunding backer list: the reward (リターン) between name and address
        "jp-crowdfunding-return-column",
        "支援ID,氏名,リターン,郵便番号,都道府県,住所\n"
        "C1001,山田 太郎,お礼のメール,100-0001,東京都,千代田区千代田1-1\n",
        (("山田 太郎", ("100-0001", "東京都", "千代田区千代田1-1")),),
        country="JP",
    ),
    Case(
        # A Korean crowdfunding backer list: the reward (리워드) before the address
        "kr-crowdfunding-reward-column",
        "이름,리워드,주소,우편번호\n김민준,에코백,서울특별시 종로구 세종대로 175,03154\n",
        (("김민준", ("서울특별시 종로구 세종대로 175", "03154")),),
        country="KR",
    ),
)
