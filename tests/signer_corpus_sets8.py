"""Signer lists with a postal (mailing) address and a home address under words of their own
("Postal Address", "Physical Address", "Residential Address") and one plain town, region and
postcode after both: those columns name no set, so the set that prints reads them (the
postal one, a box in that town, where it has no place of its own). Headers as
tests/data/exports/SOURCES.md names them; the rows are our own sample people."""

from __future__ import annotations

from signer_corpus import Case

#: A plain place beside two named sets belongs to the one that prints, never to none.
PLACES_OF_BOTH = (
    Case(
        # An Australian club's roll: the postal address prints with the suburb, state and
        # postcode; a row with no postal address prints the residential one with them.
        "au-roll-postal-and-residential-address-then-suburb-state-postcode",
        "Member Name,Postal Address,Residential Address,Suburb,State,Postcode,Mobile\n"
        "Jess Walker,PO Box 212,14 Brunswick St,Fitzroy,VIC,3065,0412000000\n"
        "Liam Nguyen,,7 Smith St,Collingwood,VIC,3066,0413000000\n",
        (
            ("Jess Walker", ("PO Box 212", "Fitzroy VIC 3065")),
            ("Liam Nguyen", ("7 Smith St", "Collingwood VIC 3066")),
        ),
        country="AU",
        said=("not used: Residential Address (1 value, line 2): the row's mailing address",),
    ),
    Case(
        # A US membership sheet: mailing address, home address, then one City, State, ZIP.
        "us-sheet-mailing-and-home-address-then-city-state-zip",
        "Name,Mailing Address,Home Address,City,State,ZIP,Email\n"
        "Ann Lee,PO Box 9,12 Oak St Apt 3,Springfield,IL,62704,ann@example.org\n"
        "Bo Chan,,400 Elm Ave,Chicago,IL,60614,bo@example.org\n",
        (
            ("Ann Lee", ("PO Box 9", "Springfield, IL 62704")),
            ("Bo Chan", ("400 Elm Ave", "Chicago, IL 60614")),
        ),
    ),
    Case(
        # A Zimbabwean sheet with no postcode: the box prints with its town.
        "zw-sheet-postal-and-physical-address-then-town",
        "Full Name,Postal Address,Physical Address,Town,Country\n"
        "Tendai Moyo,P.O. Box 1210,14 Fife Street,Bulawayo,Zimbabwe\n"
        "Rudo Chikwanha,,22 Samora Machel Ave,Harare,Zimbabwe\n",
        (
            ("Tendai Moyo", ("P.O. Box 1210", "Bulawayo", "ZIMBABWE")),
            ("Rudo Chikwanha", ("22 Samora Machel Ave", "Harare", "ZIMBABWE")),
        ),
        country="GB",
    ),
    Case(
        # A New Zealand club: Postal Address, Street Address, then Suburb, Town/City, Postcode.
        "nz-club-postal-and-street-address-then-suburb-town-postcode",
        "Name,Postal Address,Street Address,Suburb,Town/City,Postcode\n"
        "Aroha Ngata,PO Box 52,5 Kauri St,Ponsonby,Auckland,1011\n",
        (("Aroha Ngata", ("PO Box 52", "Ponsonby", "Auckland 1011")),),
        country="NZ",
    ),
    Case(
        # A Kenyan SACCO sheet with Swahili name and phone headers: Jina, Simu.
        "ke-sacco-postal-and-physical-address-then-town-postal-code",
        "Jina,Postal Address,Physical Address,Town,Postal Code,Simu\n"
        "Jane Wanjiru,P.O. Box 1234,Plot 5 Ngong Rd,Nairobi,00100,0722000000\n",
        (("Jane Wanjiru", ("P.O. Box 1234", "Nairobi", "00100")),),
        country="KE",
        said=("town/city, postal code: 'Town', 'Postal Code' name no address set",),
    ),
    Case(
        # Written after the rule: the postal address last, after the physical address and
        # its town and postcode; the town and postcode name no set, so the box reads them.
        "za-list-physical-address-town-code-then-postal-address",
        "Parent Name,Physical Address,Town,Postal Code,Postal Address\n"
        'Lerato Dlamini,"12 Vilakazi St, Orlando West",Soweto,1804,PO Box 4455\n',
        (("Lerato Dlamini", ("PO Box 4455", "Soweto", "1804")),),
        country="ZA",
    ),
)

#: Shop orders whose only address is where the goods went, under that set's own name column
#: (お届け先名, Recipient Name, Destinatario) beside the buyer's: a row where the two differ is
#: a gift, and the buyer's letter carries no return address of somebody else's (a located
#: warning says so); a plain postcode after that address is its, never the buyer's own
#: address alone. That the list has no home address is said once, in the column report.
GIFT_ROWS = (
    Case(
        "jp-shop-orderer-and-delivery-name-gift-row",
        "注文番号,注文者名,お届け先名,お届け先住所,郵便番号\n"
        "10001,山田花子,山田花子,東京都千代田区丸の内1-1-1,100-0005\n"
        "10002,佐藤健,鈴木一郎,大阪府大阪市北区梅田3-1-1,530-0001\n",
        (
            ("山田花子", ("100-0005", "東京都千代田区丸の内1-1-1")),
            ("佐藤健", ()),
        ),
        country="JP",
        language="ja",
        said=("billing/shipping address: the list gives no home or mailing address",),
    ),
    Case(
        "us-marketplace-buyer-name-and-recipient-name-ship-to",
        "Order ID,Buyer Name,Recipient Name,Ship To Address,City,State,Zip\n"
        "7001,Ann Lee,Ann Lee,12 Oak St,Springfield,IL,62704\n"
        "7002,Bo Chan,Mei Chan,9 Lake Rd,Evanston,IL,60201\n",
        (("Ann Lee", ("12 Oak St", "Springfield, IL 62704")), ("Bo Chan", ())),
        said=(
            "not used: Recipient Name (1 value, line 3), Ship To Address (1 value, line 3), "
            "City (1 value, line 3), State (1 value, line 3), Zip (1 value, line 3): the "
            "billing/shipping address is Mei Chan's, not this signer's",
        ),
    ),
    Case(
        "es-tienda-comprador-destinatario-direccion-de-envio",
        "Pedido,Comprador,Destinatario,Dirección de envío,Código postal,Ciudad,Provincia\n"
        "3001,Lucía Fernández,Lucía Fernández,Calle Mayor 10,28013,Madrid,Madrid\n"
        "3002,Javier Ruiz,Carmen Ortega,Avenida de la Constitución 5,41004,Sevilla,Sevilla\n",
        (("Lucía Fernández", ("Calle Mayor 10", "28013 Madrid")), ("Javier Ruiz", ())),
        country="ES",
        language="es",
    ),
    Case(
        # Written after the rule: Naver SmartStore's 구매자명, 수취인명, 통합배송지 and one
        # 우편번호 after the delivery address (the P slice's file).
        "naver-smartstore-gift-row-postcode-with-the-recipient",
        "상품주문번호,구매자명,수취인명,통합배송지,우편번호\n"
        "2026120112345,김민준,김민준,서울특별시 강남구 테헤란로 152 강남파이낸스센터 10층,06236\n"
        "2026120112346,박지훈,최유진,대전광역시 유성구 대학로 99 3동 201호,34134\n",
        (
            ("김민준", ("서울특별시 강남구 테헤란로 152 강남파이낸스센터 10층", "06236")),
            ("박지훈", ()),
        ),
        country="KR",
        language="ko",
    ),
)
