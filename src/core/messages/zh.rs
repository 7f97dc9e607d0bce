//! Chinese (Simplified): the catalogue in Chinese（简体中文）.

// Chinese nouns do not inflect for number: the functions that receive a count only to
// choose a plural form ignore it, and a measure word (个、场、名) goes with the number.

use crate::core::dataset::{CertaintyLevel, Counted, EntryKind, Format, Qualifier};
use crate::core::export::csv::Column;

use super::Messages;

pub static ZH: Messages = Messages {
    word_space: "",
    comma: "，",
    full_stop: "。",
    app_title: "Dialogue Explorer",
    app_tagline: "《联合国打击跨国有组织犯罪公约》审议机制下国家与民间社会之间的建设性对话。",
    loading: "正在加载对话……",
    load_failed_title: "无法加载对话",
    invalid_dataset_title: "数据集存在问题",
    retry: "重试",
    problems_heading: |n| format!("发现{n}个问题："),
    problem_at: |line, column| format!("第{line}行，第{column}列"),
    summary_heading: "数据集内容",
    dialogues: |_| "对话",
    working_groups: |_| "工作组",
    themes: |_| "主题",
    entries: |_| "议程项目和讨论的议题",
    sources: |_| "来源",
    covering: |first, last| format!("时间范围：{first}至{last}。"),
    fetch_failed: |url, reason| format!("无法获取{url}：{reason}。"),
    invalid_dataset: |url| format!("已获取{url}，但它不是有效的数据集。"),
    crashed: "Dialogue Explorer因内部错误而停止运行。请重新加载页面后再试。",

    views_label: "视图",
    view_matrix: "主题矩阵",
    view_list: "条目",
    view_agenda: "日程",
    view_loading: "正在加载此视图……",
    part_loading: "正在加载……",
    view_unavailable: "无法加载浏览器的这一部分：请检查网络连接，然后重试。",
    language_unavailable: |name| format!("无法加载{name}界面：请检查网络连接，然后重试。"),
    back_to: |view| format!("返回“{view}”"),
    dropped_from_link: |values| format!("此链接提及数据集中没有的内容，已略去：{values}。"),

    filters_heading: "筛选",
    settings_button: "设置",
    show_filters: |open, active| {
        let verb = if open { "隐藏筛选条件" } else { "显示筛选条件" };
        if active == 0 {
            verb.to_string()
        } else {
            format!("{verb}（已启用{active}项）")
        }
    },
    filter_rule: "同一筛选条件中的多个值会扩大结果范围（满足其一即可）；不同筛选条件会缩小结果范围（须同时满足）。",
    search_label: "搜索标题、摘要、主题、工作组和主席",
    search_placeholder: "例如：腐败、儿童、海上",
    facet_working_group: "工作组",
    facet_year: "年份",
    facet_theme: "主题",
    facet_kind: "条目类型",
    facet_status: "状态",
    kind_agenda: "议程项目",
    kind_topic: "讨论的议题",
    status_upcoming: "即将举行",
    status_past: "已举行",
    only_this: "仅此项",
    only_this_label: |value| format!("仅显示{value}"),
    clear_facet: "清除",
    clear_facet_label: |facet| format!("清除“{facet}”筛选条件"),
    reset_all: "全部重置",
    active_filters: "已启用的筛选条件",
    remove_filter: |value| format!("移除筛选条件：{value}"),
    result_count: |entries, dialogues| format!("{dialogues}场对话中的{entries}个条目"),
    no_results: "没有符合这些筛选条件的结果。请移除一个筛选条件，或全部重置：",
    search_text_chip: |text| format!("“{text}”"),

    entry_kind: |kind| match kind {
        EntryKind::AgendaItem => "议程项目",
        EntryKind::TopicRaised => "讨论的议题",
    },
    themes_label: "主题",
    source_label: "来源：",

    matrix_caption: "各场对话涉及的主题：标注该主题的议程项目和讨论议题的数量",
    matrix_columns_label: "列",
    columns_dialogues: "对话",
    columns_groups: "工作组",
    columns_years: "年份",
    theme_header: "主题",
    total_header: "合计",
    cell_label: |theme, column, count| format!("{theme}——{column}：{count}个条目"),
    entries_count: |n| format!("{n}个条目"),
    show_more: |next, rest| format!("再显示{next}条（尚有{rest}条未显示）"),
    matrix_by_year: |n| format!("对话共{n}次，无法每次各占一列，因此按年份分列。选择一个年份即可查看当年的对话。"),
    matrix_open_year: |year| format!("显示{year}年的对话"),
    legend_first: "首次在此提出",
    legend_recurs: "再次提出",
    legend_scale: "单元格颜色越深，条目越多；数字始终显示。",
    matrix_help: "选择一个单元格即可查看其条目。在表格中，可用方向键在单元格之间移动。",
    cell_entries_heading: |theme, column| format!("{theme}——{column}"),
    close: "关闭",

    agenda_upcoming: "即将举行",
    agenda_past: "已举行",
    nothing_upcoming: "数据集中尚无即将举行的对话。",
    latest_was: "最近一场：",
    latest_were: "最近几场：",
    nothing_past: "没有符合条件的已举行对话。",
    time_zone_note: |zone| format!("当地时间（{zone}）"),
    date_not_known: "日期不详",
    day_not_known: "具体日期不详",

    follows_session: |number, group| match number {
        Some(n) => format!("{group}第{n}届会议之后"),
        None => format!("{group}某届会议之后（届次不详）"),
    },
    session_dates: |dates| format!("（{dates}）"),
    venue_label: "地点",
    format_label: "形式",
    format_name: |key| match key {
        Format::InPerson => "现场",
        Format::Hybrid => "混合（现场和线上）",
        Format::Online => "线上",
    },
    chairs_label: "主席",
    co_chair: "联合主席",
    ordinals_label: "来源所载序号",
    ordinal_as: |value, among| format!("{among}中的第{value}场"),
    agenda_items_heading: "议程",
    topics_heading: "讨论的议题",
    none_recorded: "无记录。",
    attendance_heading: "出席情况",
    attendance_figure: |qualifier, count, counted| match qualifier {
        Qualifier::About => format!("约{count}{counted}"),
        Qualifier::MoreThan => format!("超过{count}{counted}"),
        Qualifier::Exact => format!("{count}{counted}"),
    },
    // The measure word comes with the noun: "100名与会者".
    counted_name: |key, _| match key {
        Counted::Participants => "名与会者",
        Counted::Registrations => "人注册",
        Counted::Organisations => "个组织",
        Counted::Ngos => "个非政府组织",
        Counted::Academia => "名学术界人士",
        Counted::PrivateSector => "名私营部门人士",
        Counted::OtherStakeholders => "个其他利益攸关方",
        Counted::NonGovernmentalStakeholders => "名非政府与会者",
        Counted::States => "个国家",
        Counted::IntergovernmentalOrganisations => "个政府间组织",
    },
    reported_by: "来源：",
    certainty_heading: "确定程度",
    certainty_level: |key| match key {
        CertaintyLevel::High => "高",
        CertaintyLevel::Medium => "中",
        CertaintyLevel::Low => "低",
    },
    notes_heading: "备注",
    sources_heading: "来源",
    not_known: "不详",

    theme_mentions: |count, dialogues| format!("在{dialogues}场对话中被提及{count}次"),
    continuity_heading: "连续性",
    continuity_first: |d| format!("首次提出：{d}。"),
    continuity_recurs: |list| format!("再次提出：{list}。"),
    continuity_silent: |last, since| {
        format!("最后一次提出：{last}；此后所有工作组的{since}场对话均未再涉及。")
    },
    continuity_latest: "在数据集中最近一场对话中提出。",
    continuity_never: "数据集中的对话均未提出。",
    continuity_latest_recorded: "在数据集中记有议程或议题的最近一场对话中提出。",
    continuity_unordered: |last, others| {
        format!("最近一次提出：{last}；{others}未提出，但从日期无法判断其在此之前还是之后。")
    },
    continuity_unrecorded: |list| format!("{list}未记录议程或议题，不知是否提出。"),
    mentions_heading: "所有提及（按时间顺序）",
    show_in_matrix: "在矩阵中显示",

    calendar_name: "《有组织犯罪公约》审议机制建设性对话",
    calendar_summary: |groups| format!("建设性对话：{groups}"),
    download_label: "下载所显示的内容：",
    download_csv: "条目（CSV）",
    download_json: "数据（JSON）",
    download_ics: "日历（.ics）",
    add_to_calendar: "添加到日历",
    add_to_calendar_label: |d| format!("添加到日历：{d}"),
    calendar_left_out: |list| format!("以下对话因具体日期不详，未列入日历：{list}。"),
    nothing_to_download: "无可下载内容：没有符合条件的对话。",
    downloaded: |file| format!("已下载{file}。"),

    view_mine: |n| if n == 0 { "我的日程".to_string() } else { format!("我的日程（{n}）") },
    star_dialogue: |d| format!("加星标（保存到“我的日程”）：{d}"),
    star_entry: |e| format!("为此条目加星标（保存到“我的日程”）：{e}"),
    mine_empty: "尚未加星标。为对话和条目加星标（☆），即可将其汇集于此：内容保存在本浏览器中，无需账户。",
    mine_dialogues: "已加星标的对话",
    mine_entries: "已加星标的条目",
    share_mine: "分享我的日程",
    share_link_label: "指向您已加星标的对话和条目的链接",
    copy_link: "复制链接",
    copied: "已复制。",
    copy_failed: "无法复制：请选中链接后自行复制。",
    language_label: "语言",
    shared_offer: |d, e| format!("有人与您分享了一份日程：{d}场对话和{e}个条目。"),
    shared_view: "查看",
    shared_merge: |n| match n {
        0 => "添加到我的日程（无新内容）".to_string(),
        n => format!("将{n}项添加到我的日程"),
    },
    shared_dismiss: "忽略",
    shared_viewing: "您正在查看一份分享的日程。您自己的星标不受影响。",
    shared_back: "返回我自己的日程",
    merged: |n| format!("已将{n}项添加到您的日程。"),
    storage_unreadable: |why| {
        format!("在此浏览器中发现已保存的星标，但无法读取（{why}），因此未予使用。")
    },
    storage_unavailable: "此浏览器不允许页面保存数据，因此星标仅保留到页面关闭为止。",
    storage_full: "无法保存您的星标：浏览器存储空间已满。星标将保留到页面关闭为止。",
    stars_unknown: |n| format!("{n}项已加星标的内容已不在数据集中。"),

    theme_switch_label: "外观",
    appearance_auto: "自动",
    appearance_light: "浅色",
    appearance_dark: "深色",

    more_problems: |n| format!("另有{n}个同类问题"),
    loading_progress: |size| format!("正在加载对话……已接收{size}"),
    timed_out: |url, seconds| format!("{seconds}秒内未从{url}收到任何数据：服务器或网络连接可能过慢或中断。"),
    storage_partly: |n| format!("您保存的星标都在，但另有{n}项已保存内容无法读取，已被搁置。"),
    could_not_load: "无法加载Dialogue Explorer。",
    open_own_page: "在单独的页面中打开",

    // Continuity over the whole record, matching entries, calendars, the date of the data
    continuity_whole_record: "按数据集中的全部对话统计，不受筛选条件影响。",
    continuity_by_group: "按工作组",
    group_never: |held| match held {
        1 => "该工作组唯一的一场对话未提出。".to_string(),
        n => format!("该工作组的{n}场对话均未提出。"),
    },
    group_raised_latest: |raised, held| {
        if raised == held {
            format!("该工作组的{held}场对话均提出。")
        } else {
            format!("在该工作组{held}场对话中的{raised}场提出，包括最近一场。")
        }
    },
    group_silent: |last, since| format!("最后一次提出：{last}；该工作组此后的{since}场对话未再提出。"),
    group_raised_elsewhere: |count, groups| format!("此后在其他工作组的{count}场对话中提出：{groups}。"),
    group_never_recorded: |recorded| match recorded {
        1 => "该工作组唯一一场记有议程或议题的对话未提出。".to_string(),
        n => format!("该工作组记有议程或议题的{n}场对话均未提出。"),
    },
    group_raised_latest_recorded: |raised, recorded| {
        if raised == recorded {
            format!("该工作组记有议程或议题的{recorded}场对话均提出。")
        } else {
            format!("在该工作组记有议程或议题的{recorded}场对话中的{raised}场提出，包括其中最近一场。")
        }
    },
    data_as_of: |date| format!("数据截至{date}。"),
    nothing_upcoming_as_of: |date| format!("数据集中没有即将举行的对话（数据截至{date}）。"),
    none_upcoming_match: "没有符合这些筛选条件的即将举行的对话。",
    announced_at: "对话公告发布于：",
    entries_matching: |matching, total| format!("{total}个条目中有{matching}个符合筛选条件。"),
    show_all_entries: |total| format!("显示全部{total}个条目"),
    show_matching_entries: |matching| format!("仅显示符合条件的{matching}个条目"),
    entry_matches: "符合",
    calendar_no_day: "无法添加到日历：具体日期尚不详。",
    // Citations, spreadsheets, stars and sharing
    citation_date: |d| match (d.month, d.day) {
        (Some(m), Some(day)) => format!("{}年{m}月{day}日", d.year),
        (Some(m), None) => format!("{}年{m}月", d.year),
        _ => format!("{}年", d.year),
    },
    citation_title: |t| format!("\u{201c}{t}\u{201d}"),
    citation_accessed: |d| format!("（访问日期：{d}）"),
    citation_figure: |figure, dialogue| format!("{figure}\u{2014}\u{2014}建设性对话（{dialogue}）"),
    cite_button: "复制引文",
    cite_button_label: |what| format!("复制引文：{what}"),
    citation_copied: "引文已复制。",
    csv_header: |column| match column {
        Column::DialogueId => "对话标识",
        Column::Dialogue => "对话",
        Column::Date => "日期",
        Column::WorkingGroups => "工作组",
        Column::Kind => "条目类型",
        Column::EntryId => "条目标识",
        Column::Text => "文本",
        Column::Themes => "主题",
        Column::Source => "来源",
        Column::SourceUrl => "来源网址",
        Column::Link => "Dialogue Explorer 中的链接",
        Column::Figure => "数字",
        Column::Count => "数量",
        Column::Qualifier => "精确度",
        Column::Counted => "统计对象",
        Column::Note => "备注",
        Column::Citation => "引文",
    },
    qualifier_name: |q| match q {
        Qualifier::Exact => "确切",
        Qualifier::About => "约",
        Qualifier::MoreThan => "超过",
    },
    download_csv_machine: "条目（供脚本使用的CSV）",
    download_csv_machine_note: "无论页面使用何种语言，均以逗号分隔，列名和值均为英文。",
    download_attendance: "出席人数（CSV）",
    no_attendance: "这些对话没有已知的出席人数。",
    reset_filters: "重置所有筛选条件",
    star_button: "星标",
    starred_said: |what| format!("已加星标：{what}。已保存到“我的日程”。"),
    unstarred_said: |what| format!("已从我的日程中移除：{what}。"),
    shared_items: "与您分享的内容：",
    shared_missing: |n, ids| format!("此分享链接中有{n}项内容已不在数据集中：{ids}。"),
    shared_done: "已分享。",
    share_title: "我的建设性对话日程",
    // Matrix and print
    matrix_caption_groups: "各工作组对话涉及的主题：标注该主题的议程项目和讨论议题的数量",
    matrix_caption_years: "各年度对话涉及的主题：标注该主题的议程项目和讨论议题的数量",
    legend_marks_by_dialogue: "按对话分列时，标出“首次在此提出”和“再次提出”。",
    back_to_cell: "返回该单元格",
    print_filters: |filters| format!("所用筛选条件：{filters}"),
    print_no_filters: "所用筛选条件：无（全部对话和条目）",
    print_printed: |date| format!("打印日期：{date}"),
    print_data_as_of: |date| format!("数据截至{date}"),
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_places_numbers_with_measure_words() {
        assert_eq!((ZH.problems_heading)(3), "发现3个问题：");
        assert_eq!((ZH.result_count)(12, 3), "3场对话中的12个条目");
        assert_eq!(
            (ZH.follows_session)(Some(12), "贩运人口问题工作组"),
            "贩运人口问题工作组第12届会议之后"
        );
        assert_eq!(
            (ZH.attendance_figure)(
                Qualifier::MoreThan,
                100,
                (ZH.counted_name)(Counted::Participants, 100)
            ),
            "超过100名与会者"
        );
    }
}
