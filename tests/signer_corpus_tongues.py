"""Signer lists made by hand in the languages of signers served whose address words the reader
did not know (Tamil, Bengali, Swahili, Hausa, Yoruba, Arabic, Urdu, Hindi, Persian, Amharic,
Thai, Tagalog, Indonesian, Vietnamese), and English sheets with South Asian and Philippine
address parts (Mohalla, Wing, Society, Purok, Sitio). Each is a sibling of a reviewer's file:
another sheet or platform with the same shape, written before the reader was run on it. The
rows are our own sample people."""

from __future__ import annotations

from signer_corpus import Case

#: Local-language headers read as words (header_words.yaml), each printed in the country's order.
TONGUES = (
    Case(
        # A Google Forms sheet in Tamil (the timestamp column's values are dates and times).
        "ta-google-form-peyar-ur-mavattam",
        "நேர முத்திரை,பெயர்,முகவரி,ஊர்,மாவட்டம்,பின்கோடு\n"
        '2026/11/02 10:15:03 AM GMT+5:30,கார்த்திக் சுப்பிரமணியம்,"7, பெரிய தெரு",'
        "திருவல்லிக்கேணி,சென்னை,600005\n",
        (("கார்த்திக் சுப்பிரமணியம்", ("7, பெரிய தெரு", "திருவல்லிக்கேணி", "சென்னை 600005")),),
        country="IN",
        language="ta",
    ),
    Case(
        # A Bengali sheet with the upazila and the district (জেলা).
        "bn-sheet-upazila-jela-postcode",
        'নাম,ঠিকানা,উপজেলা,জেলা,পোস্টকোড\nনুসরাত জাহান,"বাড়ি ৪, সড়ক ২",সাভার,ঢাকা,1340\n',
        (("নুসরাত জাহান", ("বাড়ি ৪, সড়ক ২", "সাভার", "ঢাকা - 1340")),),
        country="BD",
        language="bn",
    ),
    Case(
        # A Kenyan Swahili signature sheet: the P.O. box (Sanduku la Posta) and the county.
        "ke-swahili-sanduku-kaunti-sahihi",
        "Na.,Jina,Sanduku la Posta,Msimbo wa Posta,Mji,Kaunti,Sahihi\n"
        "1,Wanjiku Kamau,S.L.P. 1234,00100,Nairobi,Nairobi,\n"
        "2,Otieno Odhiambo,S.L.P. 88,40100,Kisumu,Kisumu,\n",
        (
            ("Wanjiku Kamau", ("S.L.P. 1234", "Nairobi", "00100")),
            ("Otieno Odhiambo", ("S.L.P. 88", "Kisumu", "40100")),
        ),
        country="KE",
        language="sw",
    ),
    Case(
        # A bare box number under Sanduku la Posta prints with the box's words.
        "ke-swahili-sanduku-bare-number",
        "Jina Kamili,Sanduku la Posta,Mji\nAmina Mohamed,4567,Mombasa\n",
        (("Amina Mohamed", ("S.L.P. 4567", "Mombasa")),),
        country="KE",
        language="sw",
    ),
    Case(
        # A Tanzanian sheet: the street (Mtaa) and the ward (Kata).
        "tz-swahili-mtaa-kata",
        "Jina kamili,Mtaa,Kata,Mji,Msimbo wa Posta\n"
        "Zawadi Mrema,Mtaa wa Uhuru 4,Kariakoo,Dar es Salaam,11101\n",
        (("Zawadi Mrema", ("Mtaa wa Uhuru 4", "Kariakoo", "11101 Dar es Salaam")),),
        country="TZ",
        language="sw",
    ),
    Case(
        # A Hausa sheet numbered by Lamba, with the local government area (Karamar Hukuma).
        "ng-hausa-cikakken-suna-karamar-hukuma",
        "Lamba,Cikakken suna,Adireshi,Gari,Karamar Hukuma,Jiha\n"
        "1,Abubakar Sani,12 Zaria Road,Kano,Nassarawa,Kano\n",
        (("Abubakar Sani", ("12 Zaria Road", "Nassarawa", "Kano")),),
        country="NG",
        language="ha",
    ),
    Case(
        # A Yoruba sheet, its headers written with their tone marks.
        "ng-yoruba-oruko-adiresi-ipinle",
        "Orúkọ,Àdírẹ́sì,Ìlú,Ìpínlẹ̀\nAdebayo Ogunleye,15 Awolowo Road,Ikoyi,Lagos\n",
        (("Adebayo Ogunleye", ("15 Awolowo Road", "Ikoyi", "Lagos")),),
        country="NG",
        language="yo",
    ),
    Case(
        # An Egyptian shop's orders: the buyer's name (اسم المشتري) and the area (المنطقة) of
        # the town beside the governorate (المحافظة).
        "eg-arabic-buyer-area-governorate",
        "رقم الطلب,اسم المشتري,العنوان,المنطقة,المدينة,المحافظة\n"
        "A-77,سارة علي,8 شارع النصر,المعادي,القاهرة,القاهرة\n",
        (("سارة علي", ("8 شارع النصر", "المعادي", "القاهرة")),),
        country="EG",
        language="ar",
    ),
    Case(
        # A Pakistani sheet in English with the mohalla on its own line.
        "pk-english-mohalla",
        "Name,House No,Street,Mohalla,City,Postal Code\n"
        "Imran Qureshi,22,Gali 5,Mohalla Sadiqabad,Rawalpindi,46000\n",
        (("Imran Qureshi", ("22 Gali 5", "Mohalla Sadiqabad", "Rawalpindi-46000")),),
        country="PK",
    ),
    Case(
        # An Urdu sheet: پورا نام, پتہ, محلہ, شہر, دستخط.
        "pk-urdu-pura-naam-mohalla",
        "پورا نام,پتہ,محلہ,شہر,پوسٹل کوڈ,دستخط\n"
        "فاطمہ بی بی,مکان 5 گلی 2,محلہ اسلام پورہ,لاہور,54000,\n",
        (("فاطمہ بی بی", ("مکان 5 گلی 2", "محلہ اسلام پورہ", "لاہور-54000")),),
        country="PK",
        language="ur",
    ),
    Case(
        # A Philippine sheet in English with the sitio below the street.
        "ph-english-sitio-barangay",
        "Full Name,Street,Sitio,Barangay,Municipality,Province,Zip Code\n"
        "Maria Santos,12 Rizal St,Sitio Malinis,San Isidro,Tanay,Rizal,1980\n",
        (("Maria Santos", ("12 Rizal St", "Sitio Malinis", "San Isidro, Tanay", "1980 Rizal")),),
        country="PH",
    ),
    Case(
        # The same in Tagalog, the purok a bare number.
        "ph-tagalog-purok-number",
        "Buong Pangalan,Tirahan,Purok,Barangay,Lungsod,Lalawigan,ZIP\n"
        "Jose Reyes,8 Mabini St,2,Poblacion,Tagum,Davao del Norte,8100\n",
        (
            (
                "Jose Reyes",
                ("8 Mabini St", "Purok 2", "Poblacion, Tagum", "8100 Davao del Norte"),
            ),
        ),
        country="PH",
        language="tl",
    ),
    Case(
        # An Indian housing society's sheet: the wing a letter, the society's name.
        "in-english-wing-society-name",
        "Name,Flat No,Wing,Society Name,Road,City,PIN\n"
        "Priya Kulkarni,104,C,Shanti Niketan,FC Road,Pune,411004\n",
        (("Priya Kulkarni", ("Flat 104, C Wing, Shanti Niketan", "FC Road", "Pune 411004")),),
        country="IN",
    ),
    Case(
        # A Hindi sheet: the district (जिला) is the town line with the PIN code.
        "in-hindi-naam-pata-jila",
        'नाम,पता,जिला,राज्य,पिन कोड\nसुनीता शर्मा,"मकान 45, गली 3",जयपुर,राजस्थान,302001\n',
        (("सुनीता शर्मा", ("मकान 45, गली 3", "जयपुर 302001", "राजस्थान")),),
        country="IN",
        language="hi",
    ),
    Case(
        # An Amharic sheet: the P.O. box number alone under ፖ.ሳ.ቁ, a signature column.
        "et-amharic-po-box-signature",
        "ሙሉ ስም,ፖ.ሳ.ቁ,ከተማ,ፊርማ\nአበበ ከበደ,1234,አዲስ አበባ,\n",
        (("አበበ ከበደ", ("ፖ.ሳ.ቁ. 1234", "አዲስ አበባ")),),
        country="ET",
        language="am",
    ),
)

#: What the values say where no header does: a column of names in a script written without
#: capitals is the name; a column of post office boxes ("S.L.P. 4567", "Caixa Postal 100",
#: "Postfach 10 02 03", the box's words from header_words.yaml) is the PO box.
VALUES_SAY = (
    Case(
        # A Sri Lankan sheet headed in Sinhala ("නම", a word the file lacks) over Sinhala names.
        "lk-sheet-sinhala-names-by-values",
        "නම,Address,City\nකමල් පෙරේරා,12 Galle Road,Colombo 03\nනිමල් සිල්වා,5 Kandy Road,Kandy\n",
        (
            ("කමල් පෙරේරා", ("12 Galle Road", "Colombo 03")),
            ("නිමල් සිල්වා", ("5 Kandy Road", "Kandy")),
        ),
        country="LK",
        said=("full name <- නම (by its values: people's names (2 of 2, in a script without",),
    ),
    Case(
        # A Georgian sheet: "ხელმომწერი" (the signer) over names in Mkhedruli (small letters).
        "ge-sheet-signer-mkhedruli-names-by-values",
        "ხელმომწერი,მისამართი,ქალაქი\n"
        "გიორგი ბერიძე,რუსთაველის გამზირი 12,თბილისი\n"
        "ნინო კაპანაძე,ჭავჭავაძის 5,ბათუმი\n",
        (
            ("გიორგი ბერიძე", ("რუსთაველის გამზირი 12", "თბილისი")),
            ("ნინო კაპანაძე", ("ჭავჭავაძის 5", "ბათუმი")),
        ),
        country="GE",
        language="ka",
    ),
    Case(
        # A US form builder's untitled "Field" over a Thai name.
        "us-form-field-thai-name-by-values",
        "Field,Street,City,State,ZIP\nสมชาย ใจดี,12 Oak St,Springfield,IL,62704\n",
        (("สมชาย ใจดี", ("12 Oak St", "Springfield, IL 62704")),),
    ),
    Case(
        # Two such columns (a Myanmar sheet's name and father's name): which signs is asked.
        "mm-sheet-two-columns-of-names-asked",
        "အမည်,ဖခင်အမည်,Street,City,State,ZIP\nအောင် ကျော်,ဦး ဘ သိန်း,12 Oak St,Springfield,IL,62704\n",
        refused=("1:1", "no name column, and columns 'အမည်'"),
    ),
    Case(
        # A Kenyan sheet whose box column is headed with a word the file lacks ("Kisanduku").
        "ke-sheet-box-column-by-values",
        "Jina,Kisanduku,Mji\nAmina Mohamed,S.L.P. 4567,Mombasa\nBaraka Mwangi,S.L.P. 210,Nyeri\n",
        (
            ("Amina Mohamed", ("S.L.P. 4567", "Mombasa")),
            ("Baraka Mwangi", ("S.L.P. 210", "Nyeri")),
        ),
        country="KE",
        language="sw",
        said=("PO box    <- Kisanduku (by its values: post office boxes",),
    ),
    Case(
        # A Brazilian sheet's "Caixa" (a box, or a cashier) of Caixa Postal numbers.
        "br-sheet-caixa-postal-by-values",
        "Nome,Caixa,Cidade,CEP\n"
        "João Silva,Caixa Postal 100,Manaus,69000-000\n"
        "Ana Souza,Caixa Postal 22,Belém,66000-000\n",
        (
            ("João Silva", ("Caixa Postal 100", "Manaus", "69000-000")),
            ("Ana Souza", ("Caixa Postal 22", "Belém", "66000-000")),
        ),
        country="BR",
        language="pt",
    ),
    Case(
        # A German club's "Fach" column of Postfach numbers.
        "de-verein-fach-postfach-by-values",
        "Name,Fach,Ort,PLZ\n"
        "Jürgen Müller,Postfach 10 02 03,Berlin,10115\n"
        "Anna Schmidt,Postfach 12 34,Köln,50667\n",
        (
            ("Jürgen Müller", ("Postfach 10 02 03", "10115 Berlin")),
            ("Anna Schmidt", ("Postfach 12 34", "50667 Köln")),
        ),
        country="DE",
        language="de",
    ),
)
