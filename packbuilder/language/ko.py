"""The tool's words in Korean (the `Words` catalog for `language: ko`)."""

from __future__ import annotations

from packbuilder.language.words import Words

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
    fax_guide_stale=(
        "{posts}의 팩스 표지는 넣지 않았습니다. 이 자료집 날짜 전 {limit}개월 안에 확인된 번호가 "
        "없으며, 오래된 번호는 지금 다른 사람의 번호일 수 있습니다."
    ),
    fax_guide_disputed="{posts}의 팩스 표지는 넣지 않았습니다. 출처마다 번호가 다릅니다.",
    fax_guide_unverified=(
        "{posts}의 팩스 표지는 이 자료집 날짜 전 {limit}개월 안에 확인된 번호 없이 "
        "인쇄했습니다. 팩스를 보내기 전에 공관 공식 웹사이트에서 번호를 확인하십시오."
    ),
    fax_guide_blank=(
        "{posts}의 팩스 표지는 출처마다 번호가 달라 번호 칸을 비워 두었습니다. 공관 공식 "
        "웹사이트에서 번호를 확인한 뒤 적어 넣으십시오."
    ),
    fax_disputed="{number} (출처마다 다름)",
    fax_others="출처에 나온 다른 번호",
    facts_as_of=(
        "이 자료집의 사실은 {date} 기준입니다. 인용한 가장 최근 출처({source})의 날짜입니다."
    ),
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
    translation_unreviewed=(
        "이 자료집의 글은 영어 원문을 번역한 것이며, 번역은 아직 원어민의 검토를 받지 않았습니다."
    ),
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
    poster="포스터",
    bulletin="주보 안내지",
    invite_heading="함께 편지를 써 주세요",
    invite_when="언제",
    invite_where="어디서",
    invite_bring="준비물",
    invite_bring_what="펜 하나. 편지와 주소는 테이블에 준비되어 있습니다.",
    invite_online="온라인으로도 참여할 수 있습니다:",
    letter_file="편지",
    share_subject="편지 쓰기 행동 자료집: {title}",
    share_greeting="안녕하세요, {name}님.",
    share_body=(
        "편지 쓰기 모임에 쓰실 수 있도록 저희 행동 자료집 {title}을(를) PDF 파일로 첨부해 "
        "보내 드립니다. 출처가 달린 배경 설명, 인쇄해서 보낼 편지, 모임 진행 안내가 들어 "
        "있습니다. 모임에서 인쇄해 쓰시거나, 편지를 쓰고 싶어 할 분들께 전해 주십시오."
    ),
    share_closing="감사합니다.",
    date_full="{year}년 {month} {day}일",
    date_month="{year}년 {month}",
    date_year="{year}년",
    months=tuple(f"{n}월" for n in range(1, 13)),
    quote_open="“",
    quote_close="”",
)
