"""Platform exports the sixth session put right (issue 20): a postal code written in two
columns in every address set of the file (Rakuten's orderer and ship-to, Japan 3+4; Poland's
2+3, Brazil's CEP 5+3, the UK's outward and inward codes), joined as the country's pattern in
Google's address data writes it. The rows are our own sample people; sources in
tests/data/exports/SOURCES.md."""

from __future__ import annotations

from signer_corpus import Case

SPLIT_POSTCODES = (
    # Rakuten RMS orders: the orderer's and the ship-to's postal code each in two columns
    # (郵便番号１ "158", 郵便番号２ "0094"); the ship-to set is the orderer's own on line 2 and
    # another person's (鈴木花子) on line 3.
    Case(
        "rakuten-rms-orders-orderer-and-ship-to-cp932",
        "受注番号,受注ステータス,注文日,注文時間,送付先一致フラグ,注文者郵便番号１,注文者郵便番号２,"
        "注文者住所：都道府県,注文者住所：都市区,注文者住所：町以降,注文者名字,注文者名前,"
        "注文者名字フリガナ,注文者名前フリガナ,注文者電話番号１,注文者電話番号２,注文者電話番号３,"
        "メールアドレス,送付先郵便番号１,送付先郵便番号２,送付先住所：都道府県,送付先住所：都市区,"
        "送付先住所：町以降,送付先名字,送付先名前,商品名,個数\r\n"
        "123456-20261101-00001,発送待ち,2026-11-01,10:00:00,1,158,0094,東京都,世田谷区,"
        "玉川一丁目14番1号,楽天,太郎,ラクテン,タロウ,03,1234,5678,t@x.jp,158,0094,東京都,世田谷区,"
        "玉川一丁目14番1号,楽天,太郎,はがきセット,1\r\n"
        "123456-20261102-00002,発送待ち,2026-11-02,11:30:00,0,530,0001,大阪府,大阪市北区,"
        "梅田1-1-3 大阪駅前第3ビル 2階,鈴木,一郎,スズキ,イチロウ,06,1111,2222,s@x.jp,060,0001,"
        "北海道,札幌市中央区,北一条西2-1,鈴木,花子,はがきセット,2\r\n",
        (
            ("楽天太郎", ("158-0094", "東京都", "世田谷区", "玉川一丁目14番1号")),
            ("鈴木一郎", ("530-0001", "大阪府", "大阪市北区", "梅田1-1-3 大阪駅前第3ビル 2階")),
        ),
        country="JP",
        language="ja",
        encoding="cp932",
        said=(
            "town/city <- 注文者住所：都市区",
            "mailing ZIP+4 <- 送付先郵便番号２ (by its values",
        ),
    ),
    Case(
        "jp-form-yubin-bango-zenhan-kohan",
        "氏名,郵便番号（前半）,郵便番号（後半）,都道府県,市区町村,番地\r\n"
        "山田太郎,100,0001,東京都,千代田区,千代田1-1\r\n"
        "佐藤花子,530,0001,大阪府,大阪市北区,梅田1-1-3\r\n",
        (
            ("山田太郎", ("100-0001", "東京都", "千代田区", "千代田1-1")),
            ("佐藤花子", ("530-0001", "大阪府", "大阪市北区", "梅田1-1-3")),
        ),
        country="JP",
        language="ja",
    ),
    Case(
        "pl-sheet-kod-pocztowy-1-2",
        "Imię,Nazwisko,Ulica,Kod pocztowy 1,Kod pocztowy 2,Miejscowość\r\n"
        "Anna,Nowak,ul. Długa 5,00,950,Warszawa\r\n"
        "Jan,Kowalski,ul. Floriańska 3,31,019,Kraków\r\n",
        (
            ("Anna Nowak", ("ul. Długa 5", "00-950 Warszawa")),
            ("Jan Kowalski", ("ul. Floriańska 3", "31-019 Kraków")),
        ),
        country="PL",
        language="pl",
    ),
    Case(
        "br-sheet-cep-complemento",
        "Nome,Sobrenome,Endereço,Cidade,Estado,CEP,CEP complemento\r\n"
        'Ana,Souza,"Avenida Paulista, 1578",São Paulo,SP,01310,100\r\n'
        'João,Pereira,"Rua Voluntários da Pátria, 45",Rio de Janeiro,RJ,22270,000\r\n',
        (
            ("Ana Souza", ("Avenida Paulista, 1578", "São Paulo-SP", "01310-100")),
            ("João Pereira", ("Rua Voluntários da Pátria, 45", "Rio de Janeiro-RJ", "22270-000")),
        ),
        country="BR",
        language="pt",
    ),
    # The UK's outward and inward codes joined by a space, as Royal Mail writes them.
    Case(
        "uk-sheet-postcode-outward-inward",
        "First name,Surname,Address 1,Town,Postcode,Postcode 2\r\n"
        "Ann,Lee,10 Downing Street,London,SW1A,2AA\r\n"
        "Tom,Hardy,10 Broad Lane,Sheffield,S10,1UA\r\n",
        (
            ("Ann Lee", ("10 Downing Street", "London", "SW1A 2AA")),
            ("Tom Hardy", ("10 Broad Lane", "Sheffield", "S10 1UA")),
        ),
        country="GB",
    ),
)
