"""The tool's words in Chinese: Simplified (`zh-Hans`, mainland usage) and Traditional
(`zh-Hant`, Taiwan's usage)."""

from __future__ import annotations

import dataclasses

from packbuilder.language.words import Words

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
    fax_guide_stale=(
        "{posts}没有传真封面：在本版日期之前的 {limit} 个月内没有确认过其号码，"
        "旧号码现在可能属于他人。"
    ),
    fax_guide_disputed="{posts}没有传真封面：各来源给出的号码不同。",
    fax_guide_unverified=(
        "{posts}的传真封面已打印，但其号码在本版日期之前的 {limit} 个月内未经确认："
        "发传真前请在使领馆官方网站上核对号码。"
    ),
    fax_guide_blank=(
        "{posts}的传真封面留空了号码栏，因为各来源给出的号码不同：请在使领馆官方网站确认后再填写。"
    ),
    fax_disputed="{number}（各来源不一致）",
    fax_others="来源中的其他号码",
    facts_as_of="本资料包的事实截至{date}，即所引用的最新来源（{source}）的日期。",
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
    translation_unreviewed="本资料包的文字译自英文原文，译文尚未经母语人士审校。",
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
    poster="海报",
    bulletin="周报插页",
    invite_heading="欢迎来写一封信",
    invite_when="时间",
    invite_where="地点",
    invite_bring="请带",
    invite_bring_what="一支笔。信件和地址已在桌上备好。",
    invite_online="也可以在网上参与：",
    letter_file="信件",
    share_subject="写信行动资料包：{title}",
    share_greeting="{name}，您好！",
    share_body=(
        "我们把行动资料包{title}作为 PDF 附件发给您，供写信活动使用。资料包里有附出处的背景介绍、"
        "可打印寄出的信件，以及组织活动的指南。欢迎打印给您的团体使用，也请转给愿意写信的朋友。"
    ),
    share_closing="谢谢！",
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
    fax_guide_stale=(
        "{posts}沒有傳真封面：在本版日期之前的 {limit} 個月內沒有確認過其號碼，"
        "舊號碼現在可能屬於他人。"
    ),
    fax_guide_disputed="{posts}沒有傳真封面：各來源給出的號碼不同。",
    fax_guide_unverified=(
        "{posts}的傳真封面已列印，但其號碼在本版日期之前的 {limit} 個月內未經確認："
        "發傳真前請在使領館官方網站上核對號碼。"
    ),
    fax_guide_blank=(
        "{posts}的傳真封面留空了號碼欄，因為各來源給出的號碼不同：請在使領館官方網站確認後再填寫。"
    ),
    fax_disputed="{number}（各來源不一致）",
    fax_others="來源中的其他號碼",
    facts_as_of="本資料包的事實截至{date}，即所引用的最新來源（{source}）的日期。",
    age_years_one="約 {n} 年",
    age_years_other="約 {n} 年",
    age_months_one="{n} 個月",
    age_months_other="{n} 個月",
    source_consulted="無日期；{date}查閱",
    source_mirror="副本：",
    letter_date_blank="日期：______________________",
    confirmed_email="電子郵件：{date}",
    share_subject="寫信行動資料包：{title}",
    share_body=(
        "我們把行動資料包{title}作為 PDF 附件寄給您，供寫信活動使用。資料包裡有附出處的背景介紹、"
        "可列印寄出的信件，以及組織活動的指南。歡迎列印給您的團體使用，也請轉給願意寫信的朋友。"
    ),
    share_closing="謝謝！",
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
    translation_unreviewed="本資料包的文字譯自英文原文，譯文尚未經母語人士審校。",
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
    poster="海報",
    bulletin="週報插頁",
    invite_heading="歡迎來寫一封信",
    invite_when="時間",
    invite_where="地點",
    invite_bring="請帶",
    invite_bring_what="一支筆。信件和地址已在桌上備好。",
    invite_online="也可以在網上參與：",
    quote_open="「",
    quote_close="」",
)
