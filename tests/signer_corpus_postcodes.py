"""Signer lists whose postcodes are written another way than their post writes them (small
letters, no space or hyphen), and lists with no country column whose rows abroad only the
postcode, region and town tell (issue 20, slice "countries"). Headers as tests/data/exports/
SOURCES.md names them; the rows are our own sample people."""

from __future__ import annotations

from signer_corpus import Case

POSTCODE_FORMS = (
    Case(
        "nl-sheet-postcode-kleine-letters",
        "Naam,Straat,Postcode,Plaats\nSanne de Vries,Kerkstraat 12,1017gc,Amsterdam\n",
        (("Sanne de Vries", ("Kerkstraat 12", "1017 GC Amsterdam")),),
        country="NL",
        said=("postal code: '1017gc' printed as 1017 GC (line 2)",),
    ),
    Case(
        "ie-sheet-eircode-lower-no-space",
        "Name,Address 1,Town,County,Eircode\n"
        "Aoife Byrne,12 Grafton Street,Dublin,Co. Dublin,d02x285\n"
        "Ciarán Walsh,4 Oliver Plunkett Street,Cork,Co. Cork,t12ah02\n",
        (
            ("Aoife Byrne", ("12 Grafton Street", "Dublin", "Co. Dublin", "D02 X285")),
            ("Ciarán Walsh", ("4 Oliver Plunkett Street", "Cork", "Co. Cork", "T12 AH02")),
        ),
        country="IE",
        said=("postal code: 'd02x285' printed as D02 X285 (line 2)",),
    ),
    Case(
        "pl-sheet-kod-bez-myslnika",
        "Imię i nazwisko,Ulica,Kod pocztowy,Miejscowość\n"
        "Anna Nowak,ul. Floriańska 15/7,31019,Kraków\n"
        "Piotr Zieliński,ul. Marszałkowska 10,00950,Warszawa\n",
        (
            ("Anna Nowak", ("ul. Floriańska 15/7", "31-019 Kraków")),
            ("Piotr Zieliński", ("ul. Marszałkowska 10", "00-950 Warszawa")),
        ),
        country="PL",
        said=("postal code: '31019' printed as 31-019 (line 2)",),
    ),
    Case(
        # Czech Post and ELTA (Greece) write a space after the third digit.
        "cz-sheet-psc-without-space",
        "Jméno,Ulice,PSČ,Obec\nPetra Dvořáková,Národní 20,11000,Praha 1\n",
        (("Petra Dvořáková", ("Národní 20", "110 00 Praha 1")),),
        country="CZ",
        said=("postal code: '11000' printed as 110 00 (line 2)",),
    ),
    Case(
        "gr-sheet-tk-without-space",
        "Όνομα,Επώνυμο,Οδός,Τ.Κ.,Πόλη\nΜαρία,Παπαδοπούλου,Πανεπιστημίου 30,10679,Αθήνα\n",
        (("Μαρία Παπαδοπούλου", ("Πανεπιστημίου 30", "106 79 Αθήνα")),),
        country="GR",
        language="el",
    ),
    Case(
        "mt-sheet-post-code-small-letters",
        "Name,Surname,Street,Locality,Post Code\n"
        "Maria,Borg,Triq ir-Repubblika 12,Valletta,vlt1117\n",
        (("Maria Borg", ("Triq ir-Repubblika 12", "Valletta VLT 1117")),),
        country="MT",
    ),
    Case(
        "br-planilha-cep-sem-hifen",
        "Nome,Endereço,Cidade,Estado,CEP\nAna Souza,Av. Paulista 1000,São Paulo,SP,01310100\n",
        (("Ana Souza", ("Av. Paulista 1000", "São Paulo-SP", "01310-100")),),
        country="BR",
        language="pt",
    ),
    Case(
        "us-sheet-zip-plus-four-with-a-space",
        "First Name,Last Name,Address,City,State,Zip\n"
        "Ann,Lee,12 Oak St Apt 3,Springfield,IL,62704 1234\n",
        (("Ann Lee", ("12 Oak St Apt 3", "Springfield, IL 62704-1234")),),
        said=("postal code: '62704 1234' printed as 62704-1234 (line 2)",),
    ),
)

#: A German organiser's sheet with no country column and signers in neighbouring countries.
_DE_NEIGHBOURS = (
    "Vorname,Nachname,Straße,PLZ,Ort\n"
    "Jonas,Weber,Lindenweg 3,80331,München\n"
    "Sanne,de Vries,Kerkstraat 12,1017 GC,Amsterdam\n"
    "Agnieszka,Wójcik,ul. Floriańska 15/7,31-019,Kraków\n"
    "Jan,Novák,Vinohradská 12,120 00,Praha 2\n"
    "Anna,Gruber,Mariahilfer Straße 45,1060,Wien\n"
    "Peter,Meier,Bahnhofstrasse 5,8001,Zürich\n"
    "Mette,Jensen,Nørrebrogade 12,DK-2200,København N\n"
    "Marc,Weber,2 rue de la Gare,L-1611,Luxembourg\n"
    "Luc,Peeters,Rue Haute 12,1000,Bruxelles\n"
)

NO_COUNTRY = (
    Case(
        # Poland's 31-019 is no other country's shape; 120 00 is Czechia's, Slovakia's,
        # Greece's and Sweden's, and Praha a town of Czechia; DK-2200 starts with Denmark's
        # code, L-1611 with Luxembourg's postal prefix.
        "de-sheet-neighbours-no-country",
        _DE_NEIGHBOURS,
        (
            ("Jonas Weber", ("Lindenweg 3", "80331 München")),
            ("Sanne de Vries", ("Kerkstraat 12", "1017 GC Amsterdam", "NETHERLANDS")),
            ("Agnieszka Wójcik", ("ul. Floriańska 15/7", "31-019 Kraków", "POLAND")),
            ("Jan Novák", ("Vinohradská 12", "120 00 Praha 2", "CZECHIA")),
            ("Anna Gruber", ("Mariahilfer Straße 45", "1060 Wien", "AUSTRIA")),
            ("Peter Meier", ("Bahnhofstrasse 5", "CH-8001 Zürich", "SWITZERLAND")),
            ("Mette Jensen", ("Nørrebrogade 12", "DK-2200 København N", "DENMARK")),
            ("Marc Weber", ("2 rue de la Gare", "L-1611 Luxembourg", "LUXEMBOURG")),
            ("Luc Peeters", ("Rue Haute 12", "1000 Bruxelles", "BELGIUM")),
        ),
        country="DE",
        language="de",
        said=(
            "country: Poland, from the postcode's shape, which is that country's alone (line 4)",
            "country: Czechia, from the postcode and town (line 5)",
            "country: Denmark, from the letters its postcode starts with, which are that "
            "country's (line 8)",
        ),
    ),
    Case(
        "fr-sheet-voisins-sans-pays-prefixes",
        "Prénom;Nom;Adresse;Code postal;Ville\n"
        "Claire;Martin;12 rue de la Paix;75002;Paris\n"
        "Piotr;Zieliński;ul. Marszałkowska 10;00-950;Warszawa\n"
        "Mette;Jensen;Søndergade 3;DK-8000;Aarhus C\n",
        (
            ("Claire Martin", ("12 rue de la Paix", "75002 Paris")),
            ("Piotr Zieliński", ("ul. Marszałkowska 10", "00-950 Warszawa", "POLAND")),
            ("Mette Jensen", ("Søndergade 3", "DK-8000 Aarhus C", "DENMARK")),
        ),
        country="FR",
        language="fr",
    ),
    Case(
        # Sweden's SE- and Finland's FI- are their posts' own prefixes in Google's data.
        "it-foglio-nordici-senza-paese",
        "Nome,Cognome,Indirizzo,CAP,Città,Provincia\n"
        "Luca,Rossi,Via Roma 1,00184,Roma,RM\n"
        "Erik,Lindqvist,Drottninggatan 5,SE-111 51,Stockholm,\n"
        "Aino,Virtanen,Mannerheimintie 1,FI-00100,Helsinki,\n",
        (
            ("Luca Rossi", ("Via Roma 1", "00184 Roma RM")),
            ("Erik Lindqvist", ("Drottninggatan 5", "SE-111 51 Stockholm", "SWEDEN")),
            ("Aino Virtanen", ("Mannerheimintie 1", "FI-00100 Helsinki", "FINLAND")),
        ),
        country="IT",
        language="it",
    ),
    Case(
        # Barbados's and the British Virgin Islands' postcodes start with their codes (a
        # Somali or Irish postcode has the shape of BB11000 too); Anguilla's, the Caymans' and
        # Bermuda's shapes are their own.
        "us-sheet-caribbean-postcodes-no-country",
        "First Name,Last Name,Address,City,State,ZIP\n"
        "Ann,Lee,12 Oak St Apt 3,Springfield,IL,62704\n"
        "Lisa,Clarke,Lot 5 Rockley Terrace,Bridgetown,,BB11000\n"
        "Rachel,Hodge,Coronation Avenue,The Valley,,AI-2640\n"
        "Kevin,Smith,Main Street,Road Town,,VG1110\n"
        "James,Outerbridge,12 Front Street,Hamilton,,HM 12\n",
        (
            ("Ann Lee", ("12 Oak St Apt 3", "Springfield, IL 62704")),
            ("Lisa Clarke", ("Lot 5 Rockley Terrace", "Bridgetown BB11000", "BARBADOS")),
            ("Rachel Hodge", ("Coronation Avenue", "The Valley", "AI-2640", "ANGUILLA")),
            ("Kevin Smith", ("Main Street", "Road Town", "VG1110", "VIRGIN ISLANDS (BRITISH)")),
            ("James Outerbridge", ("12 Front Street", "Hamilton HM 12", "BERMUDA")),
        ),
    ),
    Case(
        "gb-sheet-barbados-postcode-no-country",
        "First Name,Last Name,Address,Town,Postcode\n"
        "Tom,Hardy,10 Broad Lane,Sheffield,S10 1UA\n"
        "Lisa,Clarke,Lot 5 Rockley Terrace,Bridgetown,BB11000\n",
        (
            ("Tom Hardy", ("10 Broad Lane", "Sheffield", "S10 1UA")),
            ("Lisa Clarke", ("Lot 5 Rockley Terrace", "Bridgetown BB11000", "BARBADOS")),
        ),
        country="GB",
    ),
    Case(
        # Portugal's old four-digit code is the start of one of its postcodes (2725-079): a
        # postcode cut short at home (warned), never an address abroad.
        "pt-sheet-cp4-only-stays-home",
        "Nome,Morada,Código Postal,Localidade\n"
        "Rui Costa,Rua Augusta 10,1100-053,Lisboa\n"
        "Ana Silva,Rua de Santa Catarina 5,4000,Porto\n",
        (
            ("Rui Costa", ("Rua Augusta 10", "1100-053 Lisboa")),
            ("Ana Silva", ("Rua de Santa Catarina 5", "4000 Porto")),
        ),
        country="PT",
        language="pt",
    ),
    Case(
        # A CEP with a zero first lost no zeros: "01310" is cut short, not 00001-310.
        "br-planilha-cep-cortado",
        "Nome,Endereço,Cidade,Estado,CEP\nAna Souza,Av. Paulista 1000,São Paulo,SP,01310\n",
        (("Ana Souza", ("Av. Paulista 1000", "São Paulo-SP", "01310")),),
        country="BR",
        language="pt",
    ),
    Case(
        # An Irish county as Google's data writes it, and no Eircode: Ireland, said.
        "gb-sheet-irish-county-no-eircode",
        "Name,Address 1,Town,County,Postcode\n"
        "Tom Hardy,10 Broad Lane,Sheffield,South Yorkshire,S10 1UA\n"
        "Siobhán Murphy,12 Main Street,Bandon,Co. Cork,\n",
        (
            ("Tom Hardy", ("10 Broad Lane", "Sheffield", "South Yorkshire", "S10 1UA")),
            ("Siobhán Murphy", ("12 Main Street", "Bandon", "Co. Cork", "IRELAND")),
        ),
        country="GB",
        said=("country: Ireland, from the region, which is that country's alone (line 3)",),
    ),
    Case(
        # 602 00 is Czech, Slovak, Greek or Swedish, and CLDR names no town Brno: refused at
        # the postcode, naming the countries, rather than posted as French.
        "fr-sheet-brno-no-country-refused",
        "Prénom;Nom;Adresse;Code postal;Ville\n"
        "Claire;Martin;12 rue de la Paix;75002;Paris\n"
        "Petr;Svoboda;Masarykova 5;602 00;Brno\n",
        refused=("3:4", "'602 00' is no postal code of France, and the row gives no country"),
        country="FR",
        language="fr",
    ),
)

#: Code pages of languages and places the reader did not know: Faroese in Windows-1252
#: (Microsoft's code page identifiers: fo-FO is 1252), Hong Kong's Big5-HKSCS.
CODE_PAGES = (
    Case(
        # "Glaðsheyggi": ð is Faroese (and Icelandic); read as Central European "đ" or
        # Turkish "ğ" it is no word: Windows-1252, in a Danish-language Faroese campaign.
        "fo-excel-da-torshavn",
        "Navn;Adresse;Postnr.;By\r\nJóanes Hansen;Undir Glaðsheyggi 12;100;Tórshavn\r\n",
        (("Jóanes Hansen", ("Undir Glaðsheyggi 12", "FO100 Tórshavn")),),
        country="FO",
        language="da",
        encoding="cp1252",
    ),
    Case(
        "fo-excel-fo-bygd",
        "Navn;Bústaður;Postnummar;Bygd\r\n"
        "Sjúrður Joensen;Tróndargøta 5;110;Tórshavn\r\n"
        "Guðrun Olsen;Áarvegur 2;700;Klaksvík\r\n",
        (
            ("Sjúrður Joensen", ("Tróndargøta 5", "FO110 Tórshavn")),
            ("Guðrun Olsen", ("Áarvegur 2", "FO700 Klaksvík")),
        ),
        country="FO",
        language="fo",
        encoding="cp1252",
    ),
    Case(
        "dk-excel-faroese-row",
        "Navn;Adresse;Postnr.;By\r\n"
        "Mette Jensen;Nørrebrogade 12;2200;København N\r\n"
        "Jóanes Hansen;Undir Glaðsheyggi 12;FO-100;Tórshavn\r\n",
        (
            ("Mette Jensen", ("Nørrebrogade 12", "2200 København N")),
            ("Jóanes Hansen", ("Undir Glaðsheyggi 12", "FO100 Tórshavn", "FAROE ISLANDS")),
        ),
        country="DK",
        language="da",
        encoding="cp1252",
    ),
    Case(
        # 鰂 (of 鰂魚涌, Quarry Bay) is a Hong Kong character Big5 lacks.
        "hk-excel-big5hkscs-quarry-bay",
        "姓名,地址,地區\r\n陳大文,英皇道1000號,鰂魚涌\r\n李小明,彌敦道100號,旺角\r\n",
        (("陳大文", ("鰂魚涌", "英皇道1000號")), ("李小明", ("旺角", "彌敦道100號"))),
        country="HK",
        language="zh-Hant",
        encoding="big5hkscs",
    ),
    Case(
        # Chamorro's "Hagåtña" (å and ñ in one word) was no language's, so the file was
        # refused; the Virgin Islands' and Puerto Rico's ZIP codes lost their zeros.
        "us-excel-territories-zeros-lost",
        "First Name,Last Name,Address,City,State,Zip\r\n"
        "Keisha,Smith,5 Main St,Charlotte Amalie,VI,802\r\n"
        "Luis,Rivera,Calle 3 #45,Bayamón,PR,961\r\n"
        "Ana,Cruz,PO Box 10,Hagåtña,GU,96910\r\n",
        (
            ("Keisha Smith", ("5 Main St", "Charlotte Amalie, VI 00802")),
            ("Luis Rivera", ("Calle 3 #45", "Bayamón, PR 00961")),
            ("Ana Cruz", ("PO Box 10", "Hagåtña, GU 96910")),
        ),
        encoding="cp1252",
    ),
    Case(
        # Shopify's customers export writes the province as its ISO 3166-2 code where that
        # is not a bare letter code ("JP-13"): printed as Google's data names it.
        "shopify-customers-default-address-iso-province",
        "Customer ID,First Name,Last Name,Email,Accepts Email Marketing,Default Address Company,"
        "Default Address Address1,Default Address Address2,Default Address City,"
        "Default Address Province Code,Default Address Country Code,Default Address Zip,"
        "Default Address Phone,Phone,Accepts SMS Marketing,Total Spent,Total Orders,Note,"
        "Tax Exempt,Tags\r\n"
        "'8779761975521,Ann,Lee,a@x.org,yes,,12 Oak St,Apt 3,Springfield,IL,US,62704,"
        "'+12175550100,'+12175550100,no,25.00,1,,no,\r\n"
        "'8779761975522,Taro,Yamada,t@x.jp,no,,1-1 Chiyoda,,Chiyoda-ku,JP-13,JP,100-0001,,,no,"
        "12.00,1,,no,\r\n"
        "'8779761975523,Élise,Gagnon,e@x.ca,yes,,1234 rue Saint-Denis,app. 5,Montréal,QC,CA,"
        "H2X 3J6,,,no,40.00,2,,no,\r\n",
        (
            ("Ann Lee", ("12 Oak St Apt 3", "Springfield, IL 62704")),
            ("Taro Yamada", ("1-1 Chiyoda", "Chiyoda-ku", "Tokyo", "100-0001", "JAPAN")),
            ("Élise Gagnon", ("1234 rue Saint-Denis", "app. 5", "Montréal QC H2X 3J6", "CANADA")),
        ),
        said=("state/region: 'JP-13' printed as Tokyo (line 3)",),
    ),
    Case(
        "shopify-iso-province-codes-japanese-and-italian",
        "First Name,Last Name,Default Address Address1,Default Address City,"
        "Default Address Province Code,Default Address Country Code,Default Address Zip\n"
        "太郎,山田,千代田1-1,千代田区,JP-13,JP,100-0001\n"
        "Luca,Rossi,Via Roma 1,Roma,IT-RM,IT,00184\n"
        "Élise,Gagnon,1234 rue Saint-Denis,Montréal,CA-QC,CA,H2X 3J6\n",
        (
            ("山田太郎", ("100-0001", "東京都", "千代田区", "千代田1-1", "JAPAN")),
            ("Luca Rossi", ("Via Roma 1", "00184 Roma RM", "ITALY")),
            ("Élise Gagnon", ("1234 rue Saint-Denis", "Montréal QC H2X 3J6", "CANADA")),
        ),
    ),
    Case(
        # German Excel turned house number 3/5 into 3 May and wrote it "03. Mai".
        "de-excel-hausnummer-wurde-datum",
        "Vorname;Nachname;Straße;Hausnummer;PLZ;Ort\r\n"
        "Anna;Schmidt;Lindenweg;03. Mai;80331;München\r\n"
        "Jonas;Weber;Hauptstraße;5;10115;Berlin\r\n",
        refused=("2:4", "'03. Mai' is a date, not a house number"),
        country="DE",
        language="de",
        encoding="cp1252",
    ),
    Case(
        "at-excel-hausnummer-okt",
        "Vorname;Nachname;Straße;Hausnummer;PLZ;Ort\r\n"
        "Anna;Gruber;Mariahilfer Straße;12. Okt;1060;Wien\r\n",
        refused=("2:4", "'12. Okt' is a date, not a house number"),
        country="AT",
        language="de",
        encoding="cp1252",
    ),
    Case(
        # Excel for Mac's plain CSV: Mac Roman (é is byte 0x8E) with CR LF line ends, which
        # no Windows code page reads; read in a campaign whose language its words are in.
        "be-mac-excel-mac-roman-crlf",
        "Prénom;Nom;Adresse;Code postal;Localité;Pays\r\n"
        "Hélène;Dubois;Rue de l'Étuve 52 bte 3;1000;Bruxelles;Belgique\r\n"
        "Jérôme;Lefèvre;Chaussée de Louvain 7;5000;Namur;Belgique\r\n",
        (
            ("Hélène Dubois", ("Rue de l'Étuve 52 bte 3", "1000 Bruxelles")),
            ("Jérôme Lefèvre", ("Chaussée de Louvain 7", "5000 Namur")),
        ),
        country="BE",
        language="fr",
        encoding="mac_roman",
    ),
    Case(
        # The same file in a German campaign: French is spoken in Germany too (CLDR).
        "de-campaign-mac-roman-crlf-belgian-signers",
        "Prénom;Nom;Adresse;Code postal;Localité;Pays\r\n"
        "Hélène;Dubois;Rue de l'Étuve 52 bte 3;1000;Bruxelles;Belgique\r\n",
        (("Hélène Dubois", ("Rue de l'Étuve 52 bte 3", "1000 Bruxelles", "BELGIUM")),),
        country="DE",
        language="de",
        encoding="mac_roman",
    ),
    Case(
        # Excel for Mac's plain CSV in Ukrainian: Mac Cyrillic, CR LF; an English-language
        # campaign in Ukraine, whose people speak Ukrainian (review 5's case 38).
        "ua-mac-excel-mac-cyrillic-crlf",
        "Прізвище;Ім'я;По батькові;Адреса;Населений пункт;Область;Індекс\r\n"
        "Шевченко;Олена;Петрівна;вул. Хрещатик, 22, кв. 5;Київ;;01001\r\n",
        (("Олена Петрівна Шевченко", ("вул. Хрещатик, 22, кв. 5", "Київ", "01001")),),
        country="UA",
        encoding="mac_cyrillic",
    ),
)

#: A country cell whose name another language gives another country: Kirundi's "Guyane" is
#: Guyana, whose post writes no postcodes; a French list's "Guyane" beside 97300 is French
#: Guiana, whose postcode it is and whose French name starts so.
COUNTRY_CELLS = (
    Case(
        "fr-excel-guyane-martinique",
        "Prénom;Nom;Adresse;Code postal;Ville;Pays\r\n"
        "Kévin;Lama;12 avenue du Général de Gaulle;97300;Cayenne;Guyane\r\n"
        "Josette;Nicolas;5 rue Victor Hugo;97200;Fort-de-France;Martinique\r\n",
        (
            ("Kévin Lama", ("12 avenue du Général de Gaulle", "97300 Cayenne", "GUYANE FRANÇAISE")),
            ("Josette Nicolas", ("5 rue Victor Hugo", "97200 Fort-de-France", "MARTINIQUE")),
        ),
        country="FR",
        language="fr",
        encoding="cp1252",
        said=("country: 'Guyane' is French Guiana, by its postcode (line 2)",),
    ),
    Case(
        "be-excel-guyane-kourou-and-guyana",
        "Prénom;Nom;Adresse;Code postal;Ville;Pays\r\n"
        "Luc;Peeters;Rue Haute 12;1000;Bruxelles;Belgique\r\n"
        "Marie;Joseph;3 rue de Cayenne;97310;Kourou;Guyane\r\n"
        "Ravi;Persaud;12 Main Street;;Georgetown;Guyana\r\n",
        (
            ("Luc Peeters", ("Rue Haute 12", "1000 Bruxelles")),
            ("Marie Joseph", ("3 rue de Cayenne", "97310 Kourou", "GUYANE FRANÇAISE")),
            ("Ravi Persaud", ("12 Main Street", "Georgetown", "GUYANA")),
        ),
        country="BE",
        language="fr",
        encoding="cp1252",
    ),
    Case(
        "us-sheet-guyane-from-abroad",
        "First Name,Last Name,Address,City,Zip,Country\n"
        "Marie,Joseph,3 rue de Cayenne,Kourou,97310,Guyane\n",
        (("Marie Joseph", ("3 rue de Cayenne", "97310 Kourou", "FRENCH GUIANA")),),
    ),
)
