"""Every word the tool itself prints, per language: catalogs, plurals, dates, punctuation.

Content (the briefing, the letter, the addresses) is the organiser's and prints as written.
Everything else on the page (part titles, table headers, the fax cover's labels, bookmark
titles, dates) comes from one `Words` catalog chosen by `campaign.language`; `labels.yaml` in
the content folder can replace any entry. A catalog is a `Words` value, so a language that
lacks a key fails to construct (and `mypy` says so) rather than printing English by accident.

To add a printed word: add a field to `Words` with a comment saying where it prints, give it
its English text in `EN` and its text in every other catalog. `{name}` marks a value filled in
when printing; a `labels.yaml` override may use only the placeholders the English text has.
"""

from __future__ import annotations

import dataclasses
import re
import string
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

PluralForm = Literal["one", "other"]


@dataclass(frozen=True)
class Words:
    """One language's printed words. Field names are the keys `labels.yaml` uses."""

    # -- cover
    cover: str  # bookmark of the first page
    what_we_ask: str
    in_this_pack: str
    cover_meta: str  # line under the title: {date}, {organiser}
    contact: str  # before the group's contact details (cover, guide): {details}
    print_note: str  # {envelope}: one of the two envelope names below
    envelope_letter: str
    envelope_a4: str
    print_note_duplex: str
    # -- part titles (bookmarks, "In this pack", headings)
    briefing: str  # default titles of the briefing, cases and guide (their title: wins)
    case_summaries: str
    guide: str
    addressees: str
    letters: str
    sign_in_sheet: str
    tally_sheet: str
    fax_covers: str
    address_labels: str
    envelopes: str
    sources: str
    letters_count_one: str  # "In this pack": {n} letters
    letters_count_other: str
    # -- letters
    letter_to: str  # bookmark and split file name: {post}
    care_of: str  # recipient block: {post}
    set_number: str  # bookmark grouping unsigned copies: {n}
    # -- case summaries
    how_sure: str  # {level}: one of the three below
    confidence_high: str
    confidence_medium: str
    confidence_low: str
    # -- addressee table
    post: str
    status: str
    address: str
    fax: str
    last_confirmed: str
    status_open: str
    status_closed: str  # {date}
    fax_none: str
    fax_closed: str  # {number}
    confirmed_address: str  # {date}
    confirmed_fax: str  # {date}
    confirmed_email: str  # {date}
    date_unknown: str
    not_official: str  # after a date in the last column: not confirmed on the post's own site
    none_official: str  # after all the dates of a post, when none was confirmed officially
    list_separator: str
    note_closed: str  # {text}
    note_address: str  # {text}
    note_fax: str  # {text}
    addressees_intro: str  # {recipient}
    # -- organizer guide: fax numbers left without a cover, or printed with --fax-unverified
    fax_guide_title: str
    fax_left_out: str  # {post}, {number}, {when} (one of the two below), {limit}
    fax_unverified: str  # {post}, {number}, {when}
    fax_when: str  # {date}, {span}
    fax_when_unknown: str
    age_years_one: str  # {n}
    age_years_other: str
    age_months_one: str
    age_months_other: str
    # -- sources
    source_consulted: str  # an undated web page: {date}
    source_mirror: str  # before the address of a copy of the document
    # -- letter date, when the writer dates the letter by hand
    letter_date_blank: str
    # -- reading copies of the letter (drive kit), in the translation's language
    reading_copy: str
    reading_copy_note: str
    reading_copy_unreviewed: str
    reading_copy_reviewed: str  # {name}
    # -- sign-in and tally sheets
    drive_heading: str  # {title}
    drive_fields: str
    number_sign: str  # header of the row-number column
    name: str
    email: str
    letters_written: str
    tally_intro: str
    tally: str
    total: str
    all_posts: str
    tally_totals: str
    send_totals_to: str  # {who}
    send_totals_default: str
    # -- fax cover
    fax_banner: str
    fax_to: str
    fax_attention: str
    fax_number: str
    fax_from: str
    fax_reply: str
    fax_date: str
    fax_pages: str
    fax_pages_value: str
    fax_re: str
    fax_message: str  # {name}, {title}
    fax_cover_bookmark: str  # {post}
    # -- label and envelope bookmarks
    label_sheet_bookmark: str  # {n}
    envelope_bookmark: str  # {n}
    # -- window test sheet (--window-test)
    window_test: str  # part title and bookmark
    window_test_intro: str
    window_test_window: str  # {envelope}
    window_test_reach: str
    window_test_seen: str
    window_test_scale: str  # {length}
    # -- split file names when a title has no usable letters
    letter_file: str
    # -- dates: {day}, {month} (a name from `months`), {year}
    date_full: str
    date_month: str
    date_year: str
    months: tuple[str, ...]
    # -- punctuation
    quote_open: str
    quote_close: str


EN = Words(
    cover="Cover",
    what_we_ask="What we ask",
    in_this_pack="In this pack",
    cover_meta="{date} · {organiser}",
    contact="Contact: {details}",
    print_note=(
        "Print at 100% (“Actual size”), never “Fit to page”: the letters are placed so that "
        "the address shows through the window of a {envelope}."
    ),
    envelope_letter="US #10 window envelope",
    envelope_a4="DL or C6/5 window envelope (DIN 676 form B)",
    print_note_duplex=(
        "Print double-sided; every part and every letter starts on a right-hand page. Label "
        "sheets and envelopes have blank backs: print those pages single-sided, from the tray "
        "for label stock or envelopes."
    ),
    briefing="Briefing",
    case_summaries="Case summaries",
    guide="Organiser guide",
    addressees="Addressees",
    letters="Letters",
    sign_in_sheet="Sign-in sheet",
    tally_sheet="Tally sheet",
    fax_covers="Fax cover sheets",
    address_labels="Address labels",
    envelopes="Envelopes",
    sources="Sources",
    letters_count_one="{n} letter",
    letters_count_other="{n} letters",
    letter_to="Letter to {post}",
    care_of="c/o {post}",
    set_number="Set {n}",
    how_sure="How sure we are: {level}.",
    confidence_high="High",
    confidence_medium="Medium",
    confidence_low="Low",
    post="Post",
    status="Status",
    address="Address",
    fax="Fax",
    last_confirmed="Source and date",
    status_open="Open",
    status_closed="Closed {date}",
    fax_none="none",
    fax_closed="{number} (closed: do not use)",
    confirmed_address="Address: {date}",
    confirmed_fax="fax: {date}",
    confirmed_email="e-mail: {date}",
    date_unknown="date not known",
    not_official="not confirmed on an official site",
    none_official="none confirmed on an official site",
    list_separator="; ",
    note_closed="Closed: {text}",
    note_address="Address: {text}",
    note_fax="Fax: {text}",
    addressees_intro=(
        "Letters are addressed to {recipient} in care of each open post below; a closed post "
        "gets no letter. The last column gives, for each address and fax number, the date of "
        "the source that gives it (numbered in the Sources) and says whether the post’s own "
        "site confirmed it. Confirm them on the posts’ own websites shortly before printing."
    ),
    fax_guide_title="Fax numbers in this pack",
    fax_left_out=(
        "No fax cover for {post}: its number, {number}, was last confirmed {when} (the limit "
        "is {limit} months). Confirm it on the post’s official site and record the date in "
        "contacts.yaml, or build with --fax-unverified."
    ),
    fax_unverified=(
        "The fax cover for {post} was printed with --fax-unverified: its number, {number}, was "
        "last confirmed {when}. Confirm it before faxing."
    ),
    fax_when="{date}, {span} before the campaign date",
    fax_when_unknown="at no recorded date",
    age_years_one="about {n} year",
    age_years_other="about {n} years",
    age_months_one="{n} month",
    age_months_other="{n} months",
    source_consulted="Undated; consulted {date}",
    source_mirror="Also at:",
    letter_date_blank="Date: ______________________",
    reading_copy="What the letter says",
    reading_copy_note=(
        "This page is the letter in translation, for reading before you sign. It is never sent: "
        "the letter that goes to the post is the one printed in this pack."
    ),
    reading_copy_unreviewed="This translation has not yet been checked by a native speaker.",
    reading_copy_reviewed="Translation checked by {name}.",
    drive_heading="{title} · letter-writing drive",
    drive_fields="Date: ____________________    Place: ______________________________",
    number_sign="",
    name="Name",
    email="E-mail, if you want news",
    letters_written="Letters written",
    tally_intro="Count the sealed envelopes for each post at the end of the drive.",
    tally="Tally",
    total="Total",
    all_posts="All posts",
    tally_totals="Writers: ________    Letters in all: ________",
    send_totals_to="Send the totals to: {who}",
    send_totals_default="Send the totals to whoever coordinates your campaign.",
    fax_banner="FAX",
    fax_to="To",
    fax_attention="Attention",
    fax_number="Fax",
    fax_from="From",
    fax_reply="Your fax or phone",
    fax_date="Date",
    fax_pages="Pages",
    fax_pages_value="2 (this cover and one letter)",
    fax_re="Re",
    fax_message="Please pass the attached letter to {name}, {title}. Thank you.",
    fax_cover_bookmark="Fax cover: {post}",
    label_sheet_bookmark="Label sheet {n}",
    envelope_bookmark="Envelope {n}",
    window_test="Window test",
    window_test_intro=(
        "Print this page at 100% (“Actual size”) on plain paper, fold it at the marks like a "
        "letter and slide it into one of your window envelopes. Hold it against the light and "
        "push the letter up, down, left and right: the whole address must show in the window "
        "every time. If it does not, check the printer's scaling and the envelope before you "
        "print the letters."
    ),
    window_test_window="The {envelope} window, with the letter resting in the middle",
    window_test_reach="Everything the window can ever show: only the address is printed here",
    window_test_seen="What shows wherever the letter comes to rest",
    window_test_scale="At 100% this bar is {length} long.",
    letter_file="letter",
    date_full="{day} {month} {year}",
    date_month="{month} {year}",
    date_year="{year}",
    months=(
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    quote_open="“",
    quote_close="”",
)

KO = Words(
    cover="표지",
    what_we_ask="우리의 요청",
    in_this_pack="이 자료집에 담긴 것",
    cover_meta="{date} · {organiser}",
    contact="연락처: {details}",
    print_note=(
        "‘실제 크기’(100%)로 인쇄하고 ‘페이지에 맞춤’은 선택하지 마십시오. 편지는 주소가 "
        "{envelope}의 창으로 보이도록 배치되어 있습니다."
    ),
    envelope_letter="미국 #10 창봉투",
    envelope_a4="DL 또는 C6/5 창봉투(DIN 676 B형)",
    print_note_duplex=(
        "양면으로 인쇄하십시오. 각 부분과 각 편지는 오른쪽 페이지에서 시작합니다. 라벨 용지와 "
        "봉투 페이지는 뒷면이 비어 있습니다. 이 페이지들은 라벨 용지나 봉투를 넣은 용지함에서 "
        "단면으로 인쇄하십시오."
    ),
    briefing="배경 설명",
    case_summaries="사례 요약",
    guide="주최자 안내",
    addressees="수신 공관",
    letters="편지",
    sign_in_sheet="참가자 서명부",
    tally_sheet="집계표",
    fax_covers="팩스 표지",
    address_labels="주소 라벨",
    envelopes="봉투",
    sources="출처",
    letters_count_one="편지 {n}통",
    letters_count_other="편지 {n}통",
    letter_to="{post} 앞 편지",
    care_of="{post} 전교",
    set_number="{n}번째 묶음",
    how_sure="신뢰도: {level}.",
    confidence_high="높음",
    confidence_medium="보통",
    confidence_low="낮음",
    post="공관",
    status="상태",
    address="주소",
    fax="팩스",
    last_confirmed="출처와 날짜",
    status_open="운영 중",
    status_closed="{date} 폐쇄",
    fax_none="없음",
    fax_closed="{number} (폐쇄됨: 사용하지 마십시오)",
    confirmed_address="주소: {date}",
    confirmed_fax="팩스: {date}",
    confirmed_email="이메일: {date}",
    date_unknown="날짜 모름",
    not_official="공식 사이트에서 확인되지 않음",
    none_official="모두 공식 사이트에서 확인되지 않음",
    fax_guide_title="이 자료집의 팩스 번호",
    fax_left_out=(
        "{post}의 팩스 표지는 넣지 않았습니다. 번호 {number}은(는) {when} 마지막으로 확인되었습니다"
        "(기준: {limit}개월). 공관 공식 사이트에서 번호를 확인하고 contacts.yaml에 날짜를 "
        "적거나, --fax-unverified로 다시 만드십시오."
    ),
    fax_unverified=(
        "{post}의 팩스 표지는 --fax-unverified로 인쇄했습니다. 번호 {number}은(는) {when} "
        "마지막으로 확인되었습니다. 팩스를 보내기 전에 확인하십시오."
    ),
    fax_when="{date}에, 캠페인 날짜보다 {span} 전에",
    fax_when_unknown="기록된 날짜 없이",
    age_years_one="약 {n}년",
    age_years_other="약 {n}년",
    age_months_one="{n}개월",
    age_months_other="{n}개월",
    source_consulted="날짜 없음, {date} 열람",
    source_mirror="사본:",
    letter_date_blank="날짜: ______________________",
    list_separator="; ",
    note_closed="폐쇄: {text}",
    note_address="주소: {text}",
    note_fax="팩스: {text}",
    addressees_intro=(
        "편지는 아래의 운영 중인 각 공관을 거쳐 {recipient}에게 보냅니다. 폐쇄된 공관에는 "
        "편지를 보내지 않습니다. 마지막 열은 각 주소와 팩스 번호마다 그것을 알려 주는 "
        "출처(번호는 출처 목록 참조)의 날짜를 적고, 공관 자체 사이트에서 확인되었는지 밝힙니다. "
        "인쇄하기 직전에 각 공관의 웹사이트에서 다시 확인하십시오."
    ),
    reading_copy="편지에 담긴 내용",
    reading_copy_note=(
        "이 페이지는 서명하기 전에 읽으실 수 있도록 편지를 번역한 것입니다. 이 페이지는 보내지 "
        "않습니다. 공관에 보내는 편지는 이 자료집에 인쇄된 편지입니다."
    ),
    reading_copy_unreviewed="이 번역은 아직 원어민의 검토를 받지 않았습니다.",
    reading_copy_reviewed="번역 검토: {name}",
    drive_heading="{title} · 편지 쓰기 모임",
    drive_fields="날짜: ____________________    장소: ______________________________",
    number_sign="",
    name="이름",
    email="이메일(소식을 받고 싶을 때만)",
    letters_written="쓴 편지 수",
    tally_intro="모임이 끝나면 공관별로 봉한 봉투를 세어 주십시오.",
    tally="세기",
    total="합계",
    all_posts="모든 공관",
    tally_totals="참가자 수: ________    편지 총수: ________",
    send_totals_to="합계를 보낼 곳: {who}",
    send_totals_default="합계는 캠페인을 총괄하는 분께 보내 주십시오.",
    fax_banner="팩스",
    fax_to="받는 곳",
    fax_attention="받는 분",
    fax_number="팩스 번호",
    fax_from="보내는 사람",
    fax_reply="회신 팩스 또는 전화",
    fax_date="날짜",
    fax_pages="매수",
    fax_pages_value="2매(이 표지와 편지 1매)",
    fax_re="제목",
    fax_message="첨부한 편지를 {title} {name}께 전달해 주시기 바랍니다. 감사합니다.",
    fax_cover_bookmark="팩스 표지: {post}",
    label_sheet_bookmark="라벨 {n}번째 장",
    envelope_bookmark="봉투 {n}",
    window_test="창봉투 시험지",
    window_test_intro=(
        "이 쪽을 일반 용지에 100%(“실제 크기”)로 인쇄하고, 편지처럼 표시선에 맞춰 접어 창봉투에 "
        "넣으십시오. 빛에 비춰 보며 편지를 위아래, 좌우로 밀어 보십시오. 어느 위치에서도 주소 "
        "전체가 창에 보여야 합니다. 그렇지 않으면 편지를 인쇄하기 전에 프린터의 배율과 봉투를 "
        "확인하십시오."
    ),
    window_test_window="편지가 가운데에 있을 때의 {envelope} 창",
    window_test_reach="창에 보일 수 있는 모든 범위: 주소 외에는 아무것도 인쇄하지 않습니다",
    window_test_seen="편지가 어디에 놓이든 보이는 부분",
    window_test_scale="100%로 인쇄하면 이 막대의 길이는 {length}입니다.",
    letter_file="편지",
    date_full="{year}년 {month} {day}일",
    date_month="{year}년 {month}",
    date_year="{year}년",
    months=tuple(f"{n}월" for n in range(1, 13)),
    quote_open="“",
    quote_close="”",
)

ZH_HANS = Words(
    cover="封面",
    what_we_ask="我们的呼吁",
    in_this_pack="本资料包内容",
    cover_meta="{date} · {organiser}",
    contact="联系方式：{details}",
    print_note=(
        "请按100%（“实际大小”）打印，切勿选择“适合页面”：信件的位置经过安排，地址正好显示在"
        "{envelope}的窗口中。"
    ),
    envelope_letter="美国10号开窗信封",
    envelope_a4="DL或C6/5开窗信封（DIN 676 B式）",
    print_note_duplex=(
        "请双面打印；每个部分和每封信都从右页开始。标签页和信封页背面空白：这些页请单面打印，"
        "并从放有标签纸或信封的纸盒进纸。"
    ),
    briefing="背景介绍",
    case_summaries="案例摘要",
    guide="组织者指南",
    addressees="收信使领馆",
    letters="信件",
    sign_in_sheet="签到表",
    tally_sheet="统计表",
    fax_covers="传真封面",
    address_labels="地址标签",
    envelopes="信封",
    sources="资料来源",
    letters_count_one="{n}封信",
    letters_count_other="{n}封信",
    letter_to="致{post}的信",
    care_of="{post}转交",
    set_number="第{n}套",
    how_sure="可信程度：{level}。",
    confidence_high="高",
    confidence_medium="中",
    confidence_low="低",
    post="使领馆",
    status="状态",
    address="地址",
    fax="传真",
    last_confirmed="来源与日期",
    status_open="开放",
    status_closed="{date}关闭",
    fax_none="无",
    fax_closed="{number}（已关闭：请勿使用）",
    confirmed_address="地址：{date}",
    confirmed_fax="传真：{date}",
    confirmed_email="电子邮件：{date}",
    date_unknown="日期不详",
    not_official="未经官方网站确认",
    none_official="均未经官方网站确认",
    fax_guide_title="本资料包中的传真号码",
    fax_left_out=(
        "{post}没有传真封面：其号码 {number} 最后一次确认是在{when}（期限为 {limit} 个月）。"
        "请在使馆的官方网站上确认该号码并在 contacts.yaml 中记下日期，"
        "或用 --fax-unverified 重新生成。"
    ),
    fax_unverified=(
        "{post}的传真封面是用 --fax-unverified 打印的：其号码 {number} 最后一次确认是在{when}。"
        "发传真前请先确认。"
    ),
    fax_when="{date}，即活动日期之前{span}",
    fax_when_unknown="没有记录的日期",
    age_years_one="约 {n} 年",
    age_years_other="约 {n} 年",
    age_months_one="{n} 个月",
    age_months_other="{n} 个月",
    source_consulted="无日期；{date}查阅",
    source_mirror="副本：",
    letter_date_blank="日期：______________________",
    list_separator="；",
    note_closed="关闭：{text}",
    note_address="地址：{text}",
    note_fax="传真：{text}",
    addressees_intro=(
        "信件写给{recipient}，由下列每个开放的使领馆转交；已关闭的使领馆不寄信。最后一栏针对每个"
        "地址和传真号码，列出提供该信息的来源的日期（来源编号见“资料来源”），并说明是否经该使领馆"
        "本身的网站确认。请在打印前不久到各使领馆的官方网站再次核实。"
    ),
    reading_copy="信件内容",
    reading_copy_note=(
        "本页是信件的译文，供您在签名前阅读。本页不寄出：寄给使领馆的是本资料包中印出的那封信。"
    ),
    reading_copy_unreviewed="本译文尚未经母语人士审校。",
    reading_copy_reviewed="译文审校：{name}",
    drive_heading="{title} · 写信活动",
    drive_fields="日期：____________________    地点：______________________________",
    number_sign="",
    name="姓名",
    email="电子邮件（如想收到消息）",
    letters_written="所写信件数",
    tally_intro="活动结束时，请按使领馆清点已封好的信封。",
    tally="计数",
    total="合计",
    all_posts="全部使领馆",
    tally_totals="写信人数：________    信件总数：________",
    send_totals_to="请将合计数发送给：{who}",
    send_totals_default="请将合计数发送给活动的协调人。",
    fax_banner="传真",
    fax_to="收件方",
    fax_attention="收件人",
    fax_number="传真号码",
    fax_from="发件人",
    fax_reply="回复传真或电话",
    fax_date="日期",
    fax_pages="页数",
    fax_pages_value="2页（本封面及信件一页）",
    fax_re="事由",
    fax_message="请将所附信件转呈{name}，{title}。谢谢。",
    fax_cover_bookmark="传真封面：{post}",
    label_sheet_bookmark="标签第{n}页",
    envelope_bookmark="信封{n}",
    window_test="开窗信封测试页",
    window_test_intro=(
        "请用普通纸按100%（“实际大小”）打印本页，像信件一样沿折线折好，放进开窗信封。对着光，"
        "把信向上、向下、向左、向右推动：每一次整个地址都必须显示在窗口中。否则，请在打印信件前"
        "检查打印机的缩放设置和信封。"
    ),
    window_test_window="信件位于中间时{envelope}的窗口",
    window_test_reach="窗口可能显示的全部范围：此处只印地址",
    window_test_seen="无论信件停在何处都会显示的部分",
    window_test_scale="按100%打印时，此线段长{length}。",
    letter_file="信件",
    date_full="{year}年{month}{day}日",
    date_month="{year}年{month}",
    date_year="{year}年",
    months=tuple(f"{n}月" for n in range(1, 13)),
    quote_open="“",
    quote_close="”",
)

#: Traditional characters and Taiwan's usage (列印 for "print", 「」 for quotation marks).
ZH_HANT = dataclasses.replace(
    ZH_HANS,
    in_this_pack="本資料包內容",
    what_we_ask="我們的呼籲",
    contact="聯絡方式：{details}",
    print_note=(
        "請按100%（「實際大小」）列印，切勿選擇「符合頁面」：信件的位置經過安排，地址正好顯示在"
        "{envelope}的窗口中。"
    ),
    envelope_letter="美國10號開窗信封",
    envelope_a4="DL或C6/5開窗信封（DIN 676 B式）",
    print_note_duplex=(
        "請雙面列印；每個部分和每封信都從右頁開始。標籤頁和信封頁背面空白：這些頁請單面列印，"
        "並從放有標籤紙或信封的紙匣進紙。"
    ),
    briefing="背景介紹",
    case_summaries="案例摘要",
    guide="組織者指南",
    addressees="收信使領館",
    sign_in_sheet="簽到表",
    tally_sheet="統計表",
    fax_covers="傳真封面",
    address_labels="地址標籤",
    sources="資料來源",
    care_of="{post}轉交",
    how_sure="可信程度：{level}。",
    post="使領館",
    status="狀態",
    fax="傳真",
    last_confirmed="來源與日期",
    status_open="開放",
    status_closed="{date}關閉",
    fax_none="無",
    fax_closed="{number}（已關閉：請勿使用）",
    confirmed_fax="傳真：{date}",
    date_unknown="日期不詳",
    not_official="未經官方網站確認",
    none_official="均未經官方網站確認",
    fax_guide_title="本資料包中的傳真號碼",
    fax_left_out=(
        "{post}沒有傳真封面：其號碼 {number} 最後一次確認是在{when}（期限為 {limit} 個月）。"
        "請在使館的官方網站上確認該號碼並在 contacts.yaml 中記下日期，"
        "或用 --fax-unverified 重新產生。"
    ),
    fax_unverified=(
        "{post}的傳真封面是用 --fax-unverified 列印的：其號碼 {number} 最後一次確認是在{when}。"
        "發傳真前請先確認。"
    ),
    fax_when="{date}，即活動日期之前{span}",
    fax_when_unknown="沒有記錄的日期",
    age_years_one="約 {n} 年",
    age_years_other="約 {n} 年",
    age_months_one="{n} 個月",
    age_months_other="{n} 個月",
    source_consulted="無日期；{date}查閱",
    source_mirror="副本：",
    letter_date_blank="日期：______________________",
    confirmed_email="電子郵件：{date}",
    note_closed="關閉：{text}",
    note_fax="傳真：{text}",
    addressees_intro=(
        "信件寫給{recipient}，由下列每個開放的使領館轉交；已關閉的使領館不寄信。最後一欄針對每個"
        "地址和傳真號碼，列出提供該資訊的來源的日期（來源編號見「資料來源」），並說明是否經該使領館"
        "本身的網站確認。請在列印前不久到各使領館的官方網站再次核實。"
    ),
    reading_copy="信件內容",
    reading_copy_note=(
        "本頁是信件的譯文，供您在簽名前閱讀。本頁不寄出：寄給使領館的是本資料包中印出的那封信。"
    ),
    reading_copy_unreviewed="本譯文尚未經母語人士審校。",
    reading_copy_reviewed="譯文審校：{name}",
    drive_heading="{title} · 寫信活動",
    drive_fields="日期：____________________    地點：______________________________",
    email="電子郵件（如想收到消息）",
    letters_written="所寫信件數",
    tally_intro="活動結束時，請按使領館清點已封好的信封。",
    tally="計數",
    total="合計",
    all_posts="全部使領館",
    tally_totals="寫信人數：________    信件總數：________",
    send_totals_to="請將合計數發送給：{who}",
    send_totals_default="請將合計數發送給活動的協調人。",
    fax_banner="傳真",
    fax_number="傳真號碼",
    fax_from="發件人",
    fax_reply="回覆傳真或電話",
    fax_pages="頁數",
    fax_pages_value="2頁（本封面及信件一頁）",
    fax_message="請將所附信件轉呈{name}，{title}。謝謝。",
    fax_cover_bookmark="傳真封面：{post}",
    label_sheet_bookmark="標籤第{n}頁",
    envelope_bookmark="信封{n}",
    window_test="開窗信封測試頁",
    window_test_intro=(
        "請用普通紙按100%（「實際大小」）列印本頁，像信件一樣沿摺線摺好，放進開窗信封。對著光，"
        "把信向上、向下、向左、向右推動：每一次整個地址都必須顯示在窗口中。否則，請在列印信件前"
        "檢查印表機的縮放設定和信封。"
    ),
    window_test_window="信件位於中間時{envelope}的窗口",
    window_test_reach="窗口可能顯示的全部範圍：此處只印地址",
    window_test_seen="無論信件停在何處都會顯示的部分",
    window_test_scale="按100%列印時，此線段長{length}。",
    quote_open="「",
    quote_close="」",
)

#: Catalogs by language code, with the CLDR plural categories each language uses.
CATALOGS: dict[str, Words] = {"en": EN, "ko": KO, "zh-Hans": ZH_HANS, "zh-Hant": ZH_HANT}
#: CLDR: English has "one" and "other"; Korean and Chinese have no plural forms ("other").
PLURAL_FORMS: dict[str, tuple[PluralForm, ...]] = {
    "en": ("one", "other"),
    "ko": ("other",),
    "zh-Hans": ("other",),
    "zh-Hant": ("other",),
}

#: A long English address line breaks before one of these words if it can ("c/o Consulate
#: General of the People's Republic of China / in San Francisco"), rather than wherever the
#: width runs out. Addresses of posts abroad are written in English whatever the campaign's
#: language, so this holds for every catalog.
ADDRESS_BREAK_BEFORE = ("in", "of", "for", "and", "at")

#: Sentence ends already present: an added full stop would double them.
_ENDS = (".", "?", "!", "。", "？", "！")


def catalog_code(tag: str) -> str | None:
    """The catalog for a BCP 47 language tag ('en-US' -> 'en', 'zh-TW' -> 'zh-Hant'), or None."""
    parts = tag.replace("_", "-").split("-")
    primary = parts[0].lower()
    if primary == "zh":
        rest = {p.lower() for p in parts[1:]}
        code = "zh-Hant" if rest & {"hant", "tw", "hk", "mo"} else "zh-Hans"
        return code if code in CATALOGS else None
    return primary if primary in CATALOGS else None


def placeholders(template: str) -> set[str]:
    """The `{name}` placeholders in a template; ValueError if its braces are malformed."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def override_problem(key: str, value: str | tuple[str, ...]) -> str | None:
    """What is wrong with `value` as the labels.yaml override of `key`, or None."""
    english = getattr(EN, key)
    if isinstance(english, tuple):
        if not isinstance(value, tuple) or len(value) != len(english):
            return f"expected a list of {len(english)} names"
        return None
    if not isinstance(value, str):
        return "expected text"
    try:
        used = placeholders(value)
    except ValueError:
        return "a '{' or '}' without its pair; write {{ or }} for a brace itself"
    allowed = placeholders(english)
    unknown = sorted(used - allowed)
    if unknown:
        can = ", ".join("{" + n + "}" for n in sorted(allowed)) or "no placeholders"
        return f"'{{{unknown[0]}}}' is not filled in here; this label can use {can}"
    return None


@dataclass(frozen=True)
class Language:
    """The words and the rules of one language, as the pack prints them."""

    #: The campaign's language tag, as written (for the PDF's /Lang).
    tag: str
    #: The catalog used ('en', 'ko', 'zh-Hans', ...).
    code: str
    words: Words

    def plural(self, one: str, other: str, n: int) -> str:
        """`one` or `other` by the language's plural rule, with {n} filled in."""
        forms = PLURAL_FORMS.get(self.code, ("other",))
        form = one if "one" in forms and n == 1 else other
        return form.format(n=n)

    def date(self, year: int, month: int = 0, day: int = 0) -> str:
        """A date known to the day, month or year, as this language writes it."""
        w = self.words
        if not month:
            return w.date_year.format(year=year)
        name = w.months[month - 1]
        if not day:
            return w.date_month.format(month=name, year=year)
        return w.date_full.format(day=day, month=name, year=year)

    def fill(self, template: str, **values: object) -> str:
        """`template` with its placeholders filled in and its Korean particles chosen for the
        words now before them (see `korean_particles`)."""
        return korean_particles(template.format(**values))

    def quote(self, text: str) -> str:
        """`text` in this language's quotation marks."""
        return f"{self.words.quote_open}{text}{self.words.quote_close}"

    def sentence(self, text: str) -> str:
        """Text as a sentence: a capital first letter where the script has case, and one full
        stop in the script of its last character (a Chinese note ends in '。')."""
        text = " ".join(text.split())
        return self.sentence_end(text[:1].upper() + text[1:])

    def sentence_end(self, text: str) -> str:
        """`text` ending in one full stop, unless it already ends a sentence ('D.C.', '?')."""
        if not text or text.rstrip("”’)」』").endswith(_ENDS):
            return text
        return text + ("。" if _is_han_or_kana(text[-1]) else ".")


#: A Korean particle after a placeholder is written in a catalog with both its forms, the one
#: after a final consonant (batchim) first: "{number}은(는)", "{post}이(가)", "을(를)", "과(와)".
_PARTICLE = re.compile(r"(.)(은\(는\)|이\(가\)|을\(를\)|과\(와\))")
#: Digits as read in Sino-Korean (영 일 이 삼 사 오 육 칠 팔 구); a number read as a value
#: ends in 십, 백, 천 or 만 after a 0, which all end in a consonant too.
_DIGIT_BATCHIM = {"0": True, "1": True, "2": False, "3": True, "4": False, "5": False}
_DIGIT_BATCHIM |= {"6": True, "7": True, "8": True, "9": False}


def has_batchim(char: str) -> bool | None:
    """Whether `char` is read ending in a consonant: a Hangul syllable by its final consonant,
    a digit by its Sino-Korean reading; None when the reading is not known (Latin, Han)."""
    if "가" <= char <= "힣":
        return (ord(char) - ord("가")) % 28 != 0
    digit = unicodedata.digit(char, None)
    return None if digit is None else _DIGIT_BATCHIM[str(digit)]


def korean_particles(text: str) -> str:
    """`text` with each "은(는)"-style pair replaced by the form its preceding character takes
    ("2138은", "영사관이", "+1 202 495 2139는"); where the reading is not known the pair stays
    as written, the usual Korean way of leaving the choice to the reader."""

    def choose(match: re.Match[str]) -> str:
        before, pair = match.group(1), match.group(2)
        batchim = has_batchim(before)
        if batchim is None:
            return match.group(0)
        return before + (pair[0] if batchim else pair[2])

    return _PARTICLE.sub(choose, text)


def _is_han_or_kana(char: str) -> bool:
    name = unicodedata.name(char, "")
    return name.startswith(("CJK UNIFIED", "CJK COMPATIBILITY IDEOGRAPH", "HIRAGANA", "KATAKANA"))


def language_for(
    tag: str, overrides: Mapping[str, str | tuple[str, ...]] | None = None
) -> Language:
    """The language of a campaign: its catalog (English if there is none for `tag`) with the
    organiser's `labels.yaml` overrides applied."""
    code = catalog_code(tag) or "en"
    words = CATALOGS[code]
    if overrides:
        words = dataclasses.replace(words, **dict(overrides))  # type: ignore[arg-type]
    return Language(tag, code, words)


ENGLISH = language_for("en")


def slug(text: str, fallback: str, limit: int = 60) -> str:
    """A file-name form of `text` in any script: letters and digits kept as written (Hangul and
    Chinese stay Hangul and Chinese; every current system and mail client takes UTF-8 names),
    anything else one hyphen, cut at a hyphen to at most `limit` characters."""
    made = re.sub(r"[\W_]+", "-", unicodedata.normalize("NFKC", text).casefold()).strip("-")
    if len(made) > limit:
        cut = made[: limit + 1]
        made = cut.rsplit("-", 1)[0] if "-" in cut else made[:limit]
    return made or fallback


def catalog_keys() -> tuple[str, ...]:
    """Every catalog key, in catalog order (the keys labels.yaml accepts)."""
    return tuple(f.name for f in dataclasses.fields(Words))
