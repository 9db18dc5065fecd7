"""Words for the person a shop's or a form's row is (a buyer, a recipient, a contact): alone,
the header is that person's name; before a part of an address, they say whose it is."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from packbuilder.signers.words import read_header

#: Words for the person an order goes to, in the languages of the exports that use them alone
#: (cafe24, Naver, ezadmin: 수령인, 수령자; Kakao's 수신인; Taobao's 收货人; Correios'
#: Destinatário; Trendyol's Alıcı), and whose address they say it is.
RECIPIENTS = (
    *("수령인", "수령자", "수신인", "받는 분", "收件人", "收货人", "收貨人"),
    *("Destinatário", "Destinatario", "Destinataria", "Receptor", "Alıcı"),
    *("Consignee", "Empfänger", "Destinataire", "Ontvanger", "Odbiorca", "Получатель"),
    *("受取人", "받는사람", "Người nhận", "Penerima", "Příjemce", "Címzett", "Destinatar"),
    *("Παραλήπτης", "נמען", "المستلم", "Receiver", "Mottagare", "Vastaanottaja", "Adresat"),
    *("Naslovnik", "Prejemnik", "Получател", "Одержувач", "Ricevente"),
)
#: Words for who bought or is the row's contact: their own address.
BUYERS = ("Comprador", "Compradora", "联系人", "聯絡人")
#: Address parts as headers write them after such a word, by the role each names.
PARTS = {
    "postal_code": ("우편번호", "邮编", "Código postal", "CEP", "Posta Kodu", "Zip"),
    "address": ("주소", "地址", "Dirección", "Endereço", "Adresi", "Address"),
    "city": ("City", "Ciudad", "Cidade", "城市", "Şehir"),
    "region": ("주소(시/도)", "Estado", "省份", "İl"),
    "phone": ("전화번호", "电话", "Teléfono", "Telefon"),
}
SEPARATORS = (" ", "_", " - ", "")


def _unspaced(text: str) -> bool:
    return all("\u1100" <= ch <= "\ud7af" or "\u3040" <= ch <= "\u9fff" for ch in text)


def _case(text: str, how: int) -> str:
    return (text, text.upper(), text.lower(), text.title())[how]


@settings(max_examples=150, deadline=None)
@given(word=st.sampled_from(RECIPIENTS + BUYERS), how=st.integers(0, 3))
def test_a_person_word_alone_is_that_persons_name(word: str, how: int) -> None:
    header = _case(word, how)
    assert read_header(header).role == "name", header


@settings(max_examples=300, deadline=None)
@given(
    word=st.sampled_from(RECIPIENTS + BUYERS),
    role=st.sampled_from(sorted(PARTS)),
    data=st.data(),
    sep=st.sampled_from(SEPARATORS),
    how=st.integers(0, 3),
)
def test_a_person_word_before_an_address_part_says_whose_it_is(
    word: str, role: str, data: st.DataObject, sep: str, how: int
) -> None:
    part = data.draw(st.sampled_from(PARTS[role]))
    # Only Korean and Chinese words are written together ("수령인우편번호"); in letters that
    # put spaces between words, "AlıcıZip" is one word.
    joined = sep or ("" if _unspaced(word) and _unspaced(part) else " ")
    header = _case(f"{word}{joined}{part}", how)
    reading = read_header(header)
    assert reading.role == role, (header, reading)
    assert reading.qualifier == ("billing" if word in RECIPIENTS else "home"), (header, reading)


@settings(max_examples=100, deadline=None)
@given(
    word=st.sampled_from([w for w in RECIPIENTS + BUYERS if w.isalpha() and w[0].isascii()]),
    glue=st.sampled_from(["x", "er", "ing", "zz"]),
    front=st.booleans(),
)
def test_a_person_word_inside_a_longer_word_is_no_name(word: str, glue: str, front: bool) -> None:
    header = f"{glue}{word.lower()}" if front else f"{word.lower()}{glue}"
    assert read_header(header).role is None, header
