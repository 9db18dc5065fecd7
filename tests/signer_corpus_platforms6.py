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
            "mailing postal code's second part <- 送付先郵便番号２ (by its values",
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

RECORD_NAMES = (
    # Dynamics 365 Sales orders as a view exports them: the order's Name, the Customer, the
    # Bill To and Ship To sets; Maria's Ship To set is the school's ("Lincoln Elementary").
    Case(
        "dynamics365-orders-name-customer-bill-to",
        "Order ID,Name,Customer,Status Reason,Total Amount,Bill To Street 1,Bill To Street 2,"
        "Bill To City,Bill To State/Province,Bill To ZIP/Postal Code,Bill To Country/Region,"
        "Ship To Name,Ship To Street 1,Ship To Street 2,Ship To City,Ship To State/Province,"
        "Ship To ZIP/Postal Code,Ship To Country/Region,Created On\r\n"
        "ORD-01001-X1Y2,Letter kit order,Ann Lee,New,$25.00,12 Oak St,Apt 3,Springfield,IL,"
        "62704,United States,Ann Lee,12 Oak St,Apt 3,Springfield,IL,62704,United States,"
        "11/1/2026 9:00 AM\r\n"
        "ORD-01002-Z3W4,Postcards for the school,Maria Garcia,New,$40.00,450 Elm Ave,,Austin,"
        "TX,78701,United States,Lincoln Elementary,1 School Rd,,Austin,TX,78702,United States,"
        "11/2/2026 10:00 AM\r\n",
        (
            ("Ann Lee", ("12 Oak St Apt 3", "Springfield, IL 62704")),
            ("Maria Garcia", ("450 Elm Ave", "Austin, TX 78701")),
        ),
        said=("full name <- Customer (by its values",),
    ),
    Case(
        "crm-opportunities-name-contact",
        "Name,Contact,Stage,Street,City,State,Zip\r\n"
        "Spring mailing,Ann Lee,Open,12 Oak St,Springfield,IL,62704\r\n"
        "Annual appeal renewal,Maria Garcia,Won,450 Elm Ave,Austin,TX,78701\r\n",
        (
            ("Ann Lee", ("12 Oak St", "Springfield, IL 62704")),
            ("Maria Garcia", ("450 Elm Ave", "Austin, TX 78701")),
        ),
        said=("full name <- Contact (by its values",),
    ),
    Case(
        "es-pedidos-nombre-cliente",
        "Nombre,Cliente,Dirección,Ciudad,Provincia,Código postal\r\n"
        "Pedido de tarjetas,Lucía Fernández,Calle Mayor 5,Madrid,Madrid,28013\r\n"
        "Sobres para la campaña,Jorge Martín,Avenida de la Constitución 12,Sevilla,Sevilla,"
        "41004\r\n",
        (
            ("Lucía Fernández", ("Calle Mayor 5", "28013 Madrid")),
            ("Jorge Martín", ("Avenida de la Constitución 12", "41004 Sevilla")),
        ),
        country="ES",
        language="es",
        said=("full name <- Cliente (by its values",),
    ),
    Case(
        "crm-gifts-name-donor",
        "Case Number,Name,Donor,Address,City,State,ZIP\r\n"
        "1,2026 year-end gift,Ann Lee,12 Oak St,Springfield,IL,62704\r\n"
        "2,Memorial gift for Bo,Maria Garcia,450 Elm Ave,Austin,TX,78701\r\n",
        (
            ("Ann Lee", ("12 Oak St", "Springfield, IL 62704")),
            ("Maria Garcia", ("450 Elm Ave", "Austin, TX 78701")),
        ),
    ),
    # People under Name, companies under Customer: the people sign, as before.
    Case(
        "crm-name-people-customer-companies",
        "Name,Customer,Street,City,State,Zip\r\n"
        "Ann Lee,Acme Corp,12 Oak St,Springfield,IL,62704\r\n"
        "Maria Garcia,Lincoln Elementary School,450 Elm Ave,Austin,TX,78701\r\n",
        (
            ("Ann Lee", ("12 Oak St", "Springfield, IL 62704")),
            ("Maria Garcia", ("450 Elm Ave", "Austin, TX 78701")),
        ),
        said=("full name <- Name",),
    ),
)

_MAGENTO_HEAD = (
    "email,_website,_store,confirmation,created_at,created_in,disable_auto_group_change,dob,"
    "firstname,gender,group_id,lastname,middlename,password_hash,prefix,rp_token,"
    "rp_token_created_at,store_id,suffix,taxvat,website_id,password,_address_city,"
    "_address_company,_address_country_id,_address_fax,_address_firstname,_address_lastname,"
    "_address_middlename,_address_postcode,_address_prefix,_address_region,_address_street,"
    "_address_suffix,_address_telephone,_address_vat_id,_address_default_billing_,"
    "_address_default_shipping_\n"
)

CONTINUED_ROWS = (
    # Magento's customer export: a customer's further address is a row of its own with the
    # customer's cells empty; the country is an ISO code under "_address_country_id".
    Case(
        "magento-customer-composite-address-rows",
        _MAGENTO_HEAD
        + "a@x.org,base,default,,2026-11-01 10:00:00,Default Store View,0,,Ann,,1,Lee,,,,,,1,,,"
        '1,,Springfield,,US,,Ann,Lee,,62704,,Illinois,"12 Oak St\nApt 3",,217-555-0100,,1,0\n'
        ",,,,,,,,,,,,,,,,,,,,,,Marfa,,US,,Ann,Lee,,79843,,Texas,PO Box 77,,217-555-0100,,0,1\n"
        "m@x.org,base,default,,2026-11-02 11:00:00,Default Store View,0,,Maria,,1,Garcia,,,,,,1,,,"
        "1,,Austin,,US,,Maria,Garcia,,78701,,Texas,450 Elm Ave,,512-555-0101,,1,1\n",
        (
            ("Ann Lee", ("12 Oak St Apt 3", "Springfield, IL 62704")),
            ("Maria Garcia", ("450 Elm Ave", "Austin, TX 78701")),
        ),
        said=("country <- _address_country_id (by its values",),
    ),
    Case(
        "de-shop-kunden-weitere-adresse",
        "email,firstname,lastname,_address_firstname,_address_lastname,_address_street,"
        "_address_city,_address_postcode,_address_country_id\n"
        "jonas@x.de,Jonas,Becker,Jonas,Becker,Gartenstraße 12,Köln,50667,DE\n"
        ",,,Jonas,Becker,Hauptstraße 1,Bonn,53111,DE\n"
        "anna@x.de,Anna,Schmidt,Anna,Schmidt,Lindenweg 3,München,80331,DE\n",
        (
            ("Jonas Becker", ("Gartenstraße 12", "50667 Köln")),
            ("Anna Schmidt", ("Lindenweg 3", "80331 München")),
        ),
        country="DE",
        language="de",
    ),
    # A further address row whose own name is somebody else's is that person's letter.
    Case(
        "us-shop-address-rows-another-person",
        "Email,First Name,Last Name,Address First Name,Address Last Name,Street,City,State,Zip\n"
        "ann@x.org,Ann,Lee,Ann,Lee,12 Oak St,Springfield,IL,62704\n"
        ",,,Ann,Lee,PO Box 77,Marfa,TX,79843\n"
        "maria@x.org,Maria,Garcia,Maria,Garcia,450 Elm Ave,Austin,TX,78701\n"
        ",,,Grace,Lee,9 Pine Rd,Dayton,OH,45402\n",
        (
            ("Ann Lee", ("12 Oak St", "Springfield, IL 62704")),
            ("Maria Garcia", ("450 Elm Ave", "Austin, TX 78701")),
            ("Grace Lee", ("9 Pine Rd", "Dayton, OH 45402")),
        ),
    ),
)

SHOPS = (
    # Nuvemshop (Tiendanube) orders: the buyer's and the delivery name (the same person), the
    # state spelled out ("São Paulo"), printed as Correios writes it: "São Paulo-SP".
    Case(
        "nuvemshop-pedidos-nome-para-a-entrega",
        "Número do Pedido;E-mail;Data;Status do Pedido;Status do Pagamento;Status do Envio;Moeda;"
        "Subtotal;Desconto;Valor do Frete;Total;Nome do comprador;CPF / CNPJ;Telefone;"
        "Nome para a entrega;Telefone para a entrega;Endereço;Número;Complemento;Bairro;Cidade;"
        "Código postal;Estado;País;Forma de Entrega;Forma de Pagamento;Cupom de Desconto;"
        "Anotações do Comprador;Anotações do Vendedor;Data de pagamento;Data de envio;"
        "Nome do Produto;Valor do Produto;Quantidade Comprada;SKU;Canal;"
        "Código de rastreio do envio;Identificador da transação no meio de pagamento;"
        "Identificador do pedido;Produto Fisico;Pessoa que registrou a venda;Local de venda;"
        "Vendedor\r\n"
        "1001;ana@x.com.br;01/11/2026;Aberto;Pago;Não está empacotado;BRL;45,00;0,00;12,00;"
        "57,00;Ana Souza;123.456.789-09;(11) 98765-4321;Ana Souza;(11) 98765-4321;"
        "Avenida Paulista;1578;Apto 4;Bela Vista;São Paulo;01310-100;São Paulo;Brasil;Correios PAC;"
        "Pix;;;;01/11/2026;;Kit de cartas;45,00;1;KIT-01;Loja;;;998877;Sim;;;Maria Lima\r\n"
        "1002;joao@x.com.br;02/11/2026;Aberto;Pago;Não está empacotado;BRL;45,00;0,00;15,00;"
        "60,00;João Pereira;987.654.321-00;(21) 91234-5678;João Pereira;(21) 91234-5678;"
        "Rua Voluntários da Pátria;45;;Botafogo;Rio de Janeiro;22270-000;Rio de Janeiro;Brasil;"
        "Correios SEDEX;Cartão de crédito;;;;02/11/2026;;Kit de cartas;45,00;1;KIT-01;Loja;;;"
        "998878;Sim;;;Maria Lima\r\n",
        (
            (
                "Ana Souza",
                ("Avenida Paulista, 1578", "Apto 4", "Bela Vista", "São Paulo-SP", "01310-100"),
            ),
            (
                "João Pereira",
                ("Rua Voluntários da Pátria, 45", "Botafogo", "Rio de Janeiro-RJ", "22270-000"),
            ),
        ),
        country="BR",
        language="pt",
        encoding="cp1252",
    ),
    Case(
        "br-sheet-estado-por-extenso",
        "Nome,Endereço,Bairro,Cidade,Estado,CEP\r\n"
        'Carla Dias,"Rua da Bahia, 1148",Centro,Belo Horizonte,Minas Gerais,30160-011\r\n'
        'Paulo Reis,"SQS 308 Bloco C, apto 201",Asa Sul,Brasília,Distrito Federal,70355-030\r\n',
        (
            ("Carla Dias", ("Rua da Bahia, 1148", "Centro", "Belo Horizonte-MG", "30160-011")),
            (
                "Paulo Reis",
                ("SQS 308 Bloco C, apto 201", "Asa Sul", "Brasília-DF", "70355-030"),
            ),
        ),
        country="BR",
        language="pt",
    ),
    # TikTok Shop's order export (a US seller): the warehouse's and the carrier's names beside
    # the Recipient; "Detail Address" and "Additional address information" the two lines.
    Case(
        "tiktok-shop-orders-us-recipient-detail-address",
        "Order ID,Order Status,Product Name,Variation,Quantity,Warehouse Name,"
        "Shipping Provider Name,Buyer Username,Recipient,Phone #,Zipcode,Country,State,City,"
        "Detail Address,Additional address information\r\n"
        "576101,Completed,Postcard set,Blue,1,Springfield DC,USPS,ann.lee,Ann Lee,"
        "(+1)2175550100,62704,United States,Illinois,Springfield,12 Oak St,Apt 3\r\n"
        "576102,Completed,Postcard set,Red,2,Springfield DC,UPS,maria.g,Maria Garcia,"
        "(+1)5125550101,78701,United States,Texas,Austin,450 Elm Ave,\r\n",
        (
            ("Ann Lee", ("12 Oak St Apt 3", "Springfield, IL 62704")),
            ("Maria Garcia", ("450 Elm Ave", "Austin, TX 78701")),
        ),
        said=("full name <- Recipient", "street <- Detail Address"),
    ),
    # TikTok Shop's order export in Vietnam (the testers' batch 4): the warehouse's name, the
    # Recipient, the ward under "Commune", the street under "Detail Address".
    Case(
        "tiktok-shop-orders-vietnam-recipient",
        "Order ID,Order Status,Order Substatus,Cancelation/Return Type,Normal or Pre-order,SKU ID,"
        "Seller SKU,Product Name,Variation,Quantity,SKU Unit Original Price,Order Amount,"
        "Created Time,Paid Time,Fulfillment Type,Warehouse Name,Tracking ID,Delivery Option,"
        "Shipping Provider Name,Buyer Message,Buyer Username,Recipient,Phone #,Country,Province,"
        "District,Commune,Detail Address,Additional address information,Payment Method,"
        "Weight(kg),Product Category,Package ID,Seller Note\r\n"
        "576001,Completed,Completed,,Normal,1729,BT-01,Bộ thiệp,Xanh,1,50000,65000,"
        "01/11/2026 09:00:00,01/11/2026 09:01:00,Fulfillment by seller,Kho Quận 7,VN0001,"
        "Standard,J&T Express,,an.nguyen,Nguyễn Văn An,(+84)901234567,Việt Nam,Hồ Chí Minh,"
        "Quận 1,Phường Bến Nghé,12 Lê Lợi,Tầng 3,COD,0.2,Văn phòng phẩm,PK1,\r\n"
        "576002,Completed,Completed,,Normal,1729,BT-01,Bộ thiệp,Đỏ,2,50000,115000,"
        "02/11/2026 10:00:00,02/11/2026 10:05:00,Fulfillment by seller,Kho Quận 7,VN0002,"
        "Standard,GHN,,mai.tran,Trần Thị Mai,(+84)912345678,Việt Nam,Hà Nội,Quận Hai Bà Trưng,"
        "Phường Phạm Đình Hổ,Số 5 ngõ 10 Phố Huế,,COD,0.4,Văn phòng phẩm,PK2,\r\n",
        (
            (
                "Nguyễn Văn An",
                ("12 Lê Lợi", "Tầng 3", "Phường Bến Nghé", "Quận 1", "Hồ Chí Minh"),
            ),
            (
                "Trần Thị Mai",
                ("Số 5 ngõ 10 Phố Huế", "Phường Phạm Đình Hổ", "Quận Hai Bà Trưng", "Hà Nội"),
            ),
        ),
        country="VN",
        language="vi",
    ),
    Case(
        "vn-form-town-of-communes-and-wards",
        "Full name,Street,Town,District,Province\r\n"
        "Lê Thị Hoa,Thôn Đoài,Xã Tân Phú,Huyện Đông Anh,Hà Nội\r\n"
        "Phạm Văn Nam,15 Trần Phú,Phường Điện Biên,Quận Ba Đình,Hà Nội\r\n",
        (
            ("Lê Thị Hoa", ("Thôn Đoài", "Xã Tân Phú", "Huyện Đông Anh", "Hà Nội")),
            ("Phạm Văn Nam", ("15 Trần Phú", "Phường Điện Biên", "Quận Ba Đình", "Hà Nội")),
        ),
        country="VN",
        language="vi",
        said=("town/city <- District", "neighbourhood <- Town (by its values"),
    ),
)

EMPTY_AND_FIRMS = (
    # Thunderbird's French export: "Pays/État" (the state) empty in every row, the country
    # under "Pays/Région (domicile)" and "Pays/Région (bureau)".
    Case(
        "thunderbird-fr-adresse-privee-duplicate-ville",
        "Prénom,Nom de famille,Nom à afficher,Surnom,Adresse électronique principale,"
        "Adresse électronique secondaire,Nom de l’écran,Tél. professionnel,Tél. personnel,Fax,"
        "Pager,Portable,Adresse privée,Adresse privée 2,Ville,Pays/État,Code postal,"
        "Pays/Région (domicile),Adresse professionnelle,Adresse professionnelle 2,Ville,"
        "Pays/État,Code postal,Pays/Région (bureau),Profession,Service,Société,Site web 1,"
        "Site web 2,Année de naissance,Mois,Jour,Divers 1,Divers 2,Divers 3,Divers 4,Notes,\r\n"
        "Claire,Martin,Claire Martin,,claire@example.fr,,,,,,,,12 rue de la Paix,Bâtiment B,"
        "Paris,,75002,France,1 place de la Concorde,,Paris,,75008,France,Juriste,,Ministère,,,,,,"
        ",,,,,\r\n"
        "Marc,Dubois,Marc Dubois,,marc@example.be,,,,,,,,Rue de la Loi 16,,Bruxelles,,1000,"
        "Belgique,,,,,,,,,,,,,,,,,,,,\r\n",
        (
            ("Claire Martin", ("Bâtiment B", "12 rue de la Paix", "75002 Paris")),
            ("Marc Dubois", ("Rue de la Loi 16", "1000 Bruxelles", "BELGIQUE")),
        ),
        country="FR",
        language="fr",
    ),
    Case(
        "es-sheet-pais-estado-vacio",
        "Nombre,Apellidos,Dirección particular,Ciudad,País/Estado,Código postal,"
        "País/Región (particular)\n"
        "Lucía,Fernández,Calle Mayor 5,Madrid,,28013,España\n"
        "João,Silva,Rua Augusta 100,Lisboa,,1100-053,Portugal\n",
        (
            ("Lucía Fernández", ("Calle Mayor 5", "28013 Madrid")),
            ("João Silva", ("Rua Augusta 100", "1100-053 Lisboa", "PORTUGAL")),
        ),
        country="ES",
        language="es",
    ),
    # ClubRunner's member export (review 5, case 32): "Business Name" is the firm's, never the
    # member's name beside their First and Last Name.
    Case(
        "clubrunner-members-home-business",
        "Member ID,Prefix,First Name,Last Name,Suffix,Spouse/Partner,Home Address 1,"
        "Home Address 2,Home City,Home Province/State,Home Postal/Zip Code,Home Country,"
        "Business Name,Business Address 1,Business City,Business Province/State,"
        "Business Postal/Zip Code,Classification,Member Since\n"
        "R1001,Mr.,Gordon,MacKay,,Joan,72 Elm Dr,,Halifax,NS,B3H 1Z4,Canada,MacKay Law,"
        "1800 Argyle St,Halifax,NS,B3J 3N8,Law,1999-07-01\n"
        "R1002,Mme,Isabelle,Tremblay,,,1250 boul. René-Lévesque O,bureau 400,Québec,QC,"
        "G1S 1A1,Canada,,,,,,Education,2010-07-01\n"
        "R1003,,Raj,Singh,,,,,,,,,Singh Pharmacy,9 King St W,Toronto,ON,M5H 1A1,Pharmacy,"
        "2015-07-01\n",
        (
            ("Mr. Gordon MacKay", ("72 Elm Dr", "Halifax NS B3H 1Z4")),
            ("Joan MacKay", ("72 Elm Dr", "Halifax NS B3H 1Z4")),
            (
                "Mme Isabelle Tremblay",
                ("1250 boul. René-Lévesque O", "bureau 400", "Québec QC G1S 1A1"),
            ),
            ("Raj Singh", ("9 King St W", "Toronto ON M5H 1A1")),
        ),
        country="CA",
    ),
    # A firm's name where the person's is empty signs no letter (the row is warned about).
    Case(
        "us-sheet-name-and-business-name",
        "Name,Business Name,Address,City,State,Zip\n"
        "Ann Lee,Lee Bakery,12 Oak St,Springfield,IL,62704\n"
        "Maria Garcia,,450 Elm Ave,Austin,TX,78701\n"
        ",Corner Bakery,9 Pine Rd,Dayton,OH,45402\n",
        (
            ("Ann Lee", ("12 Oak St", "Springfield, IL 62704")),
            ("Maria Garcia", ("450 Elm Ave", "Austin, TX 78701")),
        ),
    ),
)
