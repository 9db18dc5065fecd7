"""Signer lists whose headers are a database's field names, words run together in lower case
("address1_stateorprovince"): Microsoft Dataverse / Dynamics 365 contact columns by their
logical names (learn.microsoft.com, "Contact table/entity reference", read 2026-12-07). The
rows are our own sample people."""

from __future__ import annotations

from signer_corpus import Case

#: Lower-case words run together in a field name are read as the words they are made of; a
#: word for "or" may join two of them ("stateorprovince": state or province).
GLUED = (
    Case(
        # Dataverse contacts by logical name, the state in 'address1_stateorprovince' (was:
        # "the same address formatted in one cell", the state left off, exit 0).
        "dataverse-contact-logical-names",
        "fullname,emailaddress1,address1_line1,address1_line2,address1_city,"
        "address1_stateorprovince,address1_postalcode,address1_country\n"
        "Ann Lee,ann@example.org,12 Oak St,Apt 3,Springfield,IL,62704,United States\n"
        "Marcus Bell,marcus@example.org,4410 Pine Ave,,Tulsa,OK,74105,\n",
        (
            ("Ann Lee", ("12 Oak St Apt 3", "Springfield, IL 62704")),
            ("Marcus Bell", ("4410 Pine Ave", "Tulsa, OK 74105")),
        ),
        said=("state/region <- address1_stateorprovince",),
    ),
    Case(
        # The same columns with only the state's field, a Canadian row in a Canadian campaign.
        "dataverse-contact-province-ca",
        "firstname,lastname,address1_line1,address1_city,address1_stateorprovince,"
        "address1_postalcode\n"
        "Émilie,Tremblay,1200 rue Sainte-Catherine O,Montréal,QC,H3B 1K9\n",
        (("Émilie Tremblay", ("1200 rue Sainte-Catherine O", "Montréal QC H3B 1K9")),),
        country="CA",
    ),
    Case(
        # A Danish form's "Mailadresse" (e-mail address) is one word of its language, not
        # "mail" + "adresse": run-together words are split only in field names.
        "da-form-mailadresse-is-one-word",
        "Navn,Mailadresse,Adresse,Postnummer,By\n"
        "Mette Jørgensen,mette@example.dk,Nørrebrogade 20,2200,København N\n",
        (("Mette Jørgensen", ("Nørrebrogade 20", "2200 København N")),),
        country="DK",
        language="da",
    ),
    Case(
        # A set's number before a line's ("Address 1 Line 2", Dynamics' display names spelled
        # out): the first set's second line (was: a second street, refused in each row).
        "dynamics-address-1-line-2",
        "Full Name,Address 1 Line 1,Address 1 Line 2,Address 1 City,Address 1 State,"
        "Address 1 Zip\n"
        "Ann Lee,12 Oak St,Apt 3,Springfield,IL,62704\n",
        (("Ann Lee", ("12 Oak St Apt 3", "Springfield, IL 62704")),),
        said=("street line 2 <- Address 1 Line 2",),
    ),
)

#: Japanese 名 standing apart after the person's word beside "<person> 姓" is that person's
#: given name (STORES' order export); glued on ("注文者名", "受取人名") it is the whole name.
GIVEN_APART = (
    Case(
        # Was: "Ka Hei" alone, the family name 'Chan' left off with exit 0 (review 7).
        "stores-jp-orderer-family-and-given-name-apart",
        "注文番号,注文者 姓,注文者 名,配送先 郵便番号,配送先 都道府県,配送先 市区町村,配送先 住所\n"
        "1001,山田,太郎,100-0001,東京都,千代田区,千代田1-1\n"
        "1002,Chan,Ka Hei,150-0001,東京都,渋谷区,神宮前1-2-3\n",
        (
            ("山田太郎", ("100-0001", "東京都", "千代田区", "千代田1-1")),
            ("Ka Hei Chan", ("150-0001", "東京都", "渋谷区", "神宮前1-2-3")),
        ),
        country="JP",
    ),
)

#: An account's name (a username, a nickname: Taobao's 会员名) is no person's name: the
#: recipient's name signs (was: "wangfang88" signed, exit 0; review 7).
ACCOUNT_NAMES = (
    Case(
        "taobao-orders-member-name-beside-recipient",
        "订单编号,买家会员名,收货人姓名,收货地址,联系手机\n"
        "2026110100001,wangfang88,王芳,广东省 广州市 天河区 天河路208号,13800000000\n",
        (("王芳", ("广东省 广州市 天河区 天河路208号", "CHINA")),),
    ),
)
