"""Chinese word tables. Each Chinese character is one token (phrases.py), so 帮我 in a spec is two positions."""

from task_runner.parse.language import Language

LANGUAGE = Language(
    code="zh",
    # Verbs as phrases (a clause starts with one); prefixes like 帮我 are stripped first.
    verb_phrases=(
        "看一遍|过一遍|读一遍|微信|发微信|查一下|查询|查找|查|搜索|搜一下|找一下|找|写一份|写|发送|发给|发一封|发|告诉|通知|回复|打电话|打给|订|预订|预约|买|购买"
        "|整理|创建|生成|制作|做一份|做|运行|执行|检查|测试|部署|重启|安装|备份|清理|删除|下载|上传|更新|翻译|总结|总结一下"
        "|提醒|安排|准备|联系|计算|比较|分析|研究|调查|读|阅读|看一下|看看|修复|修改|起草|规划|计划|预定|转发|分享|保存|打印"
    ),
    greetings="你好|嗨|哈喽|喂",
    request="请你|请|帮我|帮忙|麻烦你|麻烦|你能不能|你能|能不能|可以帮我|我需要你|我要你|我想让你|记得|别忘了|也",
    need_frames="我需要|我要|帮我弄",
    request_delegates=frozenset("请 帮 麻 你 能 可 我".split()),
    frame_pre=frozenset("添 加 新".split()),
    frame_nouns=frozenset("任务 待办".split()),
    framing="任务|我的任务|任务列表|待办|队列|帮我|我需要你|我要你|交给你|请帮我|添加|加个",
    sign_offs="谢谢|多谢|感谢|就这些|没了|辛苦了",
    question_particles=frozenset("吗 呢 吧".split()),
    question_words=frozenset("什 怎 为 哪 谁 几 是 多".split()),
    how_to="怎么|如何",
    seq_then="然后再|然后|接着|之后再|之后|随后|完成后|做完后|再",
    seq_also="还有|另外|同时|并且|以及",
    seq_order="首先|第一|第二|第三|最后|其次",
    pronoun_objects="它|它们|这个|那个|结果",
    dep_before_id="等|在|等到",
    dep_after_id="完成以后|完成后|完成之后|做完后|做完以后|结束后|完成了以后|好了以后",
    reading_verbs="看一遍|看看|读|浏览|过一遍",
    digest_verbs="总结|总结一下|概括|列出",
    report_back="告诉我|跟我说",
    dep_result="把它|把结果|用结果|根据结果|结果|把这个",
    web_search="搜索|搜一下|百度一下|谷歌一下",
    reminder_only="提醒我",
    id_range_words=frozenset("到 至".split()),
    id_join_words=frozenset("和 及".split()),
    id_task_words=frozenset("任".split()),
    id_fillers=frozenset("".split()),
    control_before={
        "retry": "重试|重新运行|重新执行|重新跑 一下?|重跑 一下?|再试一次|再试|重做",
        "skip": "跳过|略过|先不做",
        "cancel": "取消|删除|删掉|不要|不用做|算了",
        "done": "标记|把",
    },
    control_after={
        "retry": "再试一次|重试|重新运行|重新执行|再来一次",
        "skip": "跳过",
        "cancel": "取消|删掉|不要了|不用了|不用做了|不做了|算了|不需要了",
        "done": "标记为已完成|标记为完成|标记完成|为已完成|为完成|已经完成了|已经完成|已完成|完成了|做完了|搞定了",
    },
    control_needs_after=frozenset(["标记", "把"]),
    status_words={
        "pending": "待处理|待办|未完成|等待中|排队",
        "running": "运行中|进行中|正在运行",
        "blocked": "阻塞|失败|卡住",
        "done": "已完成|完成的|完成|做完",
        "skipped": "跳过的|已取消",
    },
    # Status requests as whole phrases (found anywhere in a short clause).
    status_phrases=(
        "on my plate|what are you working on|what 're you working on|what have you done so far"
        "|progress report|status report|status update|where do things stand|catch me up|bring me up to speed|"
        "任务状态|任务进度|显示任务|显示我的任务|显示所有任务|查看任务|查看我的任务|列出任务|看看任务|我的任务|队列里有什么|队列里有啥"
        "|待处理的任务|待办任务|进行中的任务|失败的任务|卡住的任务|已完成的任务|怎么样了|进展如何|完成了吗|做完了吗|好了吗"
    ),
    all_words=frozenset(["所有", "全部"]),
    vague_verbs="弄|处理|搞|办",
    vague_nouns=frozenset("事 件".split()),
    day_words=frozenset("天 号 日".split()),
    # --- schedules
    weekdays={
        "周一": 0, "周二": 1, "周三": 2, "周四": 3, "周五": 4, "周六": 5, "周日": 6, "周天": 6, "星期一": 0, "星期二": 1, "星期三": 2, "星期四":
        3, "星期五": 4, "星期六": 5, "星期日": 6, "星期天": 6
    },
    months={},
    numbers={"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "半": 0.5},
    time_units={},
    day_parts={"早上": 8, "早晨": 8, "上午": 9, "中午": 12, "下午": 14, "傍晚": 18, "晚上": 20, "今晚": 20},
    relative_days={"今天": 0, "今晚": 0, "明天": 1, "后天": 2},
    periods={},
    period_adverbs={
        "每天": "day", "每日": "day", "每晚": "night", "每早": "morning", "每周": "week", "每星期": "week", "每月": "month",
        "每小时": "hour", "每个工作日": "weekday", "工作日": "weekday",
    },
    time_words=frozenset("".split()),
    time_fillers=frozenset("".split()),
    time_characters="每明今后周星点时分天晚早午",
    every_words="",
    clock_words="",
    in_words="",
    deadline_cues="",
    start_cues="",
    object_cues="",
    # tables this language does not need
    request_end="",
    dotted_abbreviations="",
    title_abbreviations="",
    short_abbreviations="",
    verbs=frozenset(),
    ambiguous_verbs=frozenset(),
    type_verbs={},
    type_keywords={
        "messaging": "发到|发个|发一下|发给|发送|发消息|发邮件|告诉|通知|回复|邮件|短信|微信|打电话|转发",
        "reminder-scheduling": "提醒|日程|日历|预约|闹钟",
        "code-execution": "运行|执行|部署|重启|安装|脚本|服务器|数据库|测试|代码|备份",
        "file-creation": "文件|文档|报告|表格|写一份|总结",
    },
    agent_words="助手|智能体|代理|编程助手|机器人",
    delegate_verbs="让|叫|请",
    recipient_words=frozenset("".split()),
    message_that="说",
    message_quoted_before="",
    answer_verbs=frozenset(),
    header=frozenset(),
    chit_chat=frozenset(),
    question_aux=frozenset(),
    subjects=frozenset(),
    pronoun_subjects=frozenset(),
    example_markers="",
    conj="",
    clause_openers="",
    not_then_before=frozenset(),
    dep_once="",
    dep_done=frozenset(),
    status_any="有",
    status_show=frozenset(),
    status_nouns=frozenset(),
    status_topic=frozenset(),
    typos={},
    not_typos=frozenset(),
    trigger_words=(),
)
