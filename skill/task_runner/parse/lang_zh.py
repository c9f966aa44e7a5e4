"""Chinese word tables. Each Chinese character is one token (phrases.py), so 帮我 in a spec is two positions."""

from task_runner.parse.language import Language

# Traditional characters (Taiwan, Hong Kong): every table also holds its phrases in them ("幫我查一下…，然後寄信給…").
_TRADITIONAL = str.maketrans("们这个后还帮发给请问说话时间钟点几吗么写订买报让认识电结办务队询邮单复录检测试运执创备删载传译总准联计较调读阅览规划预转约签续费册确缴过诉购启装着随并顺带现马讲声态状进样经头开关见实会题应该对没处账钱银号码两专业岁统级紧优标记删续继暂挂冻从周礼节员师车饭馆门网页图书习惯试问闻难错虑烦讯厅组词语观产区于", "們這個後還幫發給請問說話時間鐘點幾嗎麼寫訂買報讓認識電結辦務隊詢郵單復錄檢測試運執創備刪載傳譯總準聯計較調讀閱覽規劃預轉約簽續費冊確繳過訴購啟裝著隨並順帶現馬講聲態狀進樣經頭開關見實會題應該對沒處帳錢銀號碼兩專業歲統級緊優標記刪續繼暫掛凍從週禮節員師車飯館門網頁圖書習慣試問聞難錯慮煩訊廳組詞語觀產區於")


def _with_traditional(**fields) -> Language:
    return Language(**{name: _traditional(name, value) for name, value in fields.items()})


def _traditional(name: str, value):
    if name == "code" or not value:
        return value
    if isinstance(value, str):
        other = value.translate(_TRADITIONAL)
        if other == value:
            return value
        return value + "".join(ch for ch in other if ch not in value) if name == "time_characters" else value + "|" + other
    if isinstance(value, frozenset):
        return value | {word.translate(_TRADITIONAL) for word in value}
    if isinstance(value, dict):
        out = dict(value)
        for key, item in value.items():
            if isinstance(item, str) and name in _SPEC_DICTS:
                other = item.translate(_TRADITIONAL)
                out[key] = item if other == item else item + (" " if name == "type_verbs" else "|") + other
            if isinstance(key, str):
                out.setdefault(key.translate(_TRADITIONAL), out[key])
        return out
    return value


_SPEC_DICTS = frozenset(("type_verbs", "type_keywords", "control_before", "control_after", "status_words"))


LANGUAGE = _with_traditional(
    code="zh",
    # Verbs as phrases (a clause starts with one); prefixes like 帮我 are stripped first.
    verb_phrases=(
        "看下|吊销|传讯息|传消息|传信息|传简讯|汇总|核对|对账|给|说一声|说一下|讲一声|打声招呼|把|取|拿|寄|签|填|约|问一下|问问|提交|申请|续费|报名|注册|回一下|回个|催一下|确认一下|交|缴|付|看一遍|过一遍|读一遍|微信|发微信|查一下|查询|查找|查|搜索|搜一下|找一下|找|写一份|写|发送|发给|发一封|发|告诉|通知|回复|打电话|打给|订|预订|预约|买|购买"
        "|建个|建一个|新建|跑一下|跑跑|重跑|跑|整理|创建|生成|制作|做一份|做|运行|执行|检查|测试|部署|重启|安装|备份|清理|删除|下载|上传|更新|翻译|总结|总结一下"
        "|whatsapp|telegram|发短信|传讯息|提醒|安排|准备|联系|计算|比较|分析|研究|调查|读|阅读|看一下|看看|修复|修改|起草|规划|计划|预定|办理|转发|分享|保存|打印|下单"
    ),
    greetings="你好|嗨|哈喽|喂|嗯|呃|问一下 ，|想问一下 ，|请问",
    request="请你|请|帮我|帮忙|麻烦你|麻烦|你能不能|你能|能不能帮我|可不可以帮我|能帮我|能否帮我|能不能|可以帮我|我需要你|我要你|我想让你|记得|别忘了|记一下|记下来|记住|也",
    capability_preambles="",
    possibility_asks="",
    restated_questions="",
    answer_conditions="",
    help_only="帮我|帮忙|帮个忙|帮我个忙",
    help_asked="",
    need_frames="我需要|我要|帮我弄",
    i_subjects="",  # the need frames hold their subject already
    request_delegates=frozenset("请 帮 麻 你 能 可 我".split()),
    frame_pre=frozenset("添 加 新".split()),
    frame_nouns=frozenset("任务 待办".split()),
    other_matter="还有个不相关的|还有一个不相关的|不相关的|另一件事|另外一件事|还有件别的事|别的事",
    framing="任务|我的任务|任务列表|待办|队列|帮我|我需要你|我要你|交给你|请帮我|添加|加个|加到",
    sign_offs="谢谢|多谢|感谢|就这些|没了|辛苦了",
    question_particles=frozenset("吗 呢 吧".split()),
    question_words=frozenset("什 怎 为 哪 谁 几 是 多".split()),
    how_to="怎么|如何",
    seq_then="→|⇒|做完了再|做完了以后|做完了之后|弄完了再|弄完了以后|弄完了之后|搞完了再|搞完了以后|搞完了之后|跑完了再|跑完了以后|跑完了之后|训练完了再|训练完了以后|训练完了之后|执行完了再|执行完了以后|执行完了之后|完成了再|完成了以后|完成了之后|完了再|完了以后|完了之后|写完了再|写完了以后|写完了之后|查完了再|查完了以后|查完了之后|弄好了再|弄好了以后|弄好了之后|做好了再|做好了以后|做好了之后|然后再|然后|接着|之后再|做完之后|做完以后|弄完之后|弄完以后|完成之后|完成以后|之后|随后|完成后|做完后|做完|弄完|搞完|跑完之后|跑完以后|跑完后|跑完|训练完之后|训练完以后|训练完后|训练完|执行完之后|执行完后|执行完|再",
    seq_also="完全不相关的事|不相关的事|跟这个没关系|和这个没关系|另一件不相关的事|另一件事|改成 ：? 帮我|换成 ：? 帮我|改为 ：? 帮我|还有|另外|同时|并且|以及|对了 ，? 顺便|顺便|顺带",
    now_words="现在先|现在就|现在|马上|立刻",
    then_at_end="",
    then_after_first="再",
    first_words="先|首先|先帮我|帮我先|请先|你先",
    seq_order="首先|第一|第二|第三|最后|其次|一是|二是|三是|一个是|另一个是|另外一个是",
    clitics=frozenset("".split()),
    person_objects=frozenset("他 她".split()),
    you_subjects=frozenset("".split()),  # a request leaves the person out, or the verb phrase is found anyway
    pronoun_objects="它|它们|这个|那个|结果",
    dep_before_id="等|在|等到",
    dep_after_id="到以后|到之后|到了以后|到了之后|完成以后|完成后|完成之后|做完后|做完以后|做完之后|结束后|结束以后|结束之后|完成了以后|好了以后|好以后|好之后|之后|以后",
    reading_verbs="看一遍|看看|读|浏览|过一遍|翻一遍",
    digest_verbs="整理出来|整理出|整理成|列一下|总结|总结一下|概括|列出|归纳|汇总|分类",
    digest_nouns=frozenset("".split()),
    report_back="告诉我|跟我说|发消息给我|给我发消息|看看有没有|看看是否|看一下有没有",
    call_verbs="打电话|打个电话|打一下电话|打通电话|打電話|打個電話",
    call_asks="问一下|问问|问下|问|打听一下|打听|确认一下|確認一下|問一下|問問",
    fallout_fixes="",
    keep_as="写进|写入|保存为|存成|保存成|存为|保存到|存到|整理到|汇总到",
    corrections="不对 ，? 是|不对 ，?|不不 ，?|哦不 ，?|我是说|啊 不是 ，?|哦 不是 ，?|呃 不是 ，?|啊 不对 ，?|哦 不对 ，?|不是 ，",
    apologies="抱歉 ，?|不好意思 ，?|对不起 ，?|说错了 ，?|打错了 ，?",
    retractions="算了 ，?|这个算了|不用了",
    otherwise="否则|不然|要不然|如果不行|不行的话|没有的话",
    condition_ends="的话",
    whether_alternatives="",
    hedges="你知道是哪个|你知道哪个|也许|或许|可能吧|不知道|看着办|你看着办|再说吧|的话再说|你懂的|你知道的",
    dep_result="用这个文件|用那个文件|用这个表|用那个表|用导出的|拿这个文件|拿那个文件|完以后|完之后|完了以后|完了之后|好以后|好之后|把它|把结果|用结果|根据结果|结果|把这个|如果|就|用那份",
    web_search="搜索|搜一下|百度一下|谷歌一下",
    reminder_only="提醒我",
    id_range_words=frozenset("到 至".split()),
    id_join_words=frozenset("和 及".split()),
    id_or_words="或|或者|还是|或是",
    id_task_words=frozenset("任".split()),
    id_frames="任务N|任务#N|第N个任务|第N项任务|第N条任务|第N件任务",
    id_fillers=frozenset("".split()),
    id_dash_words=frozenset("杠 横杠".split()),
    cardinals={"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "百": 100},
    cardinal_joiners=frozenset("".split()),
    softeners="吧|就行|就好",
    verb_complements="掉|一下|一遍|一次",
    note_openers="但是|用|这次",
    control_before={
        "retry": "重新试 一? 下?|重试 一下?|冲试 一下?|重式 一下?|重是 一下?|重新运行 一下?|重新执行|重新跑 一下?|重跑 一下?|再试一次|再试|重做",
        "skip": "跳过 一下?|条过 一下?|挑过 一下?|略过|先不做",
        "cancel": "都? 取消 一下?|取笑|删除 一下?|删掉|不要|不用做|算了",
        "done": "标记|把",
        "answer": "回答 一下?|答复 一下?|回复 一下?",
        "urgent": "优先|加急|先做|先处理|置顶",
        "pause": "暂停|先停一下|停一下|挂起|冻结",
        "resume": "继续|恢复|接着做|接着跑|继续执行|继续跑",
    },
    control_after={
        "retry": "再跑一次|再跑一遍|再试一遍|都? 重新试 一? 下?|从新试 一? 下?|从新跑 一? 下?|都? 重试 一? 下?|冲试 一? 下?|重式 一? 下?|都? 重新跑 一? 下?|再试一次|重试|重新运行|重新执行|再来一次|再来一遍|重新来一遍|重新来一次|重来一遍|重来一次|重来|重新做一遍|重新做一次|重做一遍",
        "skip": "都? 跳过|都? 条过",
        "cancel": "都? 取消 掉?|取笑 掉?|都? 删掉|不要了|不用了|不用做了|不做了|算了|不需要了",
        "done": "标记为已完成|标记为完成|标记完成|为已完成|为完成|都/全都/全部? 已经完成了|都/全都/全部? 已经完成|都/全都/全部? 已完成|都/全都/全部? 完成了|都/全都/全部? 做完了|都/全都/全部? 搞定了|都/全都/全部? 弄好了|都/全都/全部? 做好了|都/全都/全部? 弄完了|都/全都/全部? 处理好了|都/全都/全部? 处理完了|都/全都/全部? 办好了|都/全都/全部? 办完了",
        "answer": "的? 问题 回答 一下?|的? 问题 答复 一下?|的? 问题 回复 一下?",
        "urgent": "很急|紧急|加急|优先处理|优先做|优先|先做|是急事|最优先|急|提前|往前排|排到前面|把它提前|把它往前排|把它排到前面",
    },
    control_needs_after=frozenset(["标记", "把"]),
    control_alone={},
    answer_leads=frozenset("关 于 的 问 题 那 边 回 答 复 案".split()),
    group_words="那组|这组|那一组|这一组|那个组|这个组|那个分组|这个分组|组|分组",
    queue_fillers="其他|其它|其余|剩下|剩余|今天|队列|所有 任务|全部 任务|任务|所有|全部|一下|吧|先|请|都|了|的|把|下|一切|工作|可以",
    group_topic_heads="",
    group_topic_tails="相关的任务|相关任务|相关的事|相关的|相关|的任务|那些任务|的事情|的事|那些事",
    group_topic_suffixes=frozenset(),
    reasons="因为|由于",
    reason_ends="所以|因此|那就",
    deferrals="再说|再说吧|再讲|再议|再看吧|再看看|再定|再决定",
    waits="等|等到|等着|直到",
    copulas="是|就是|应该是",
    mistake_words="错了|写错|加错|弄错|搞错|填错|输错|发错|建错|重复了|加重复|多加了|加多了|弄混了|搞混了",
    own_plans="我要|我得|我要先|我先|我需要先|我在|我正在|我去|我自己|我跟|我和|我再想想|我想想",
    needed_by="",
    urgent_marks="紧急|很急|加急|优先|先做这个|这个先做|十万火急|高优先级|急",
    status_words={
        "pending": "待处理|待办|未完成|等待中|排队|没做完|还没做|没做|没完成",
        "running": "运行中|进行中|正在运行|在跑|在运行|正在跑",
        "blocked": "阻塞|失败|卡住",
        "done": "已完成|完成的|完成|做完|跑完",
        "skipped": "跳过的|已取消",
    },
    # Status requests as whole phrases (found anywhere in a short clause).
    loan_verb_endings="",
    loan_verb_prefixes="",
    loan_verb_particles="一下|下",
    status_progress="",
    how_went="", work_nouns=frozenset("".split()),
    status_phrases=(
        "推进了什么|推进了哪些|有哪些进展|还剩几件|还剩几个|有什么进展|完成了哪些|做完了哪些|哪些完成了|哪些做完了|有什么新进展|进展怎么样|有进展吗|新进展|任务状态|任务进度|显示任务|显示我的任务|显示所有任务|查看任务|查看我的任务|列出任务|看看任务|我的任务|队列里有什么|队列里有啥|待处理的任务|待办任务|进行中的任务|失败的任务|卡住的任务"
        "|待办清单 现在? 怎样|待办清单 现在? 怎么样|任务清单 现在? 怎样|任务清单 现在? 怎么样|有卡住的吗|有没有卡住的|有失败的吗|有没有失败的|还剩什么|还剩哪些|还有什么没做|还有哪些没做|已完成的任务|怎么样了|进展如何|完成了吗|做完了吗|跑完了吗|做完没|做完了没|完成没|完成了没|跑完没|跑完了没|搞定没|搞定了没|弄完没|弄完了没|好了吗|进度 怎么样|进度 如何|进展 怎样"
    ),
    of_words=frozenset("".split()),
    possessives=frozenset("".split()),
    determiners=frozenset("有 被".split()),
    relative_that="的",
    relative_ends="",
    all_words=frozenset(["所有", "全部"]),
    vague_verbs="弄一下|弄|处理|搞|办",
    vague_nouns=frozenset("事 件".split()),
    day_words=frozenset("天 号 日".split()),
    day_idioms="",
    # --- words moved from the rule modules (part A)
    delegation_words="委托|交给|委派",
    reminder_links=frozenset(),
    remind_others=frozenset("".split()),  # 提醒 opens a reminder already (reminder_starts)
    reminder_starts="提醒|安排|设个提醒|设置提醒|定个闹钟|设个闹钟|叫醒我",
    chat_places=frozenset(), place_prepositions=frozenset(),
    transform_verbs=frozenset(), draft_verbs=frozenset("".split()), letter_nouns=frozenset("".split()), message_nouns=frozenset(),
    weak_lookups=frozenset(), vague_things=frozenset(), vague_tail=frozenset(), not_content=frozenset(),
    vague_verb_words=frozenset(), file_nouns=frozenset(), file_prepositions=frozenset(), travel_nouns=frozenset(),
    indirect_pronouns=frozenset(), phrasal_particles=frozenset(), definite_words=frozenset(),
    function_words=frozenset(), generic_nouns=frozenset(), indefinite_words=frozenset(), transaction_verbs=frozenset(),
    transaction_results=frozenset(), result_nouns={}, send_verbs=frozenset(), lookup_verbs=frozenset(),
    to_the_user=frozenset(), send_to_words=frozenset(), send_requests="", both_words="两个都|两个结果|两者|两边都|两份都|三个都|两个的结果", enclitic_objects="",
    hyphen_objects="", infinitive_objects="", producer_verbs=frozenset(), superlatives=frozenset(),
    position_words=frozenset(), lookup_results=frozenset(),
    finite_verbs=frozenset(), news_openers='', statement_openers=frozenset(), infinitive_endings=frozenset(),
    past_endings=frozenset(),  # no past tense read from an ending here
    separable_particles=frozenset(), list_numerals="一二三四五六七八九十", step_nouns=frozenset("步骤".split()),
    command_fillers="请", note_adverbials=frozenset(), new_action_words="", polite_words=frozenset("请".split()),
    # --- schedules
    weekdays={
        "周一": 0, "周二": 1, "周三": 2, "周四": 3, "周五": 4, "周六": 5, "周日": 6, "周天": 6, "星期一": 0, "星期二": 1, "星期三": 2, "星期四":
        3, "星期五": 4, "星期六": 5, "星期日": 6, "星期天": 6
    },
    months={},
    numbers={"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "半": 0.5},
    ordinals={},
    time_units={},
    day_parts={"早上": 8, "早晨": 8, "一早": 8, "一大早": 8, "上午": 9, "中午": 12, "下午": 14, "傍晚": 18, "晚上": 20, "今晚": 20, "明晚": 20,
               "每晚": 20, "每夜": 20},  # "每晚十点" is 22:00: the every-word carries the evening
    relative_days={"今天": 0, "今晚": 0, "明天": 1, "明晚": 1, "后天": 2},
    relative_periods={},  # zh: 下周 / 月底 … are read by schedule_cjk.py
    periods={},
    period_adverbs={
        "每天": "day", "每日": "day", "每晚": "night", "每夜": "night", "每早": "morning", "每周": "week", "每星期": "week", "每月": "month", "每个月": "month",
        "每小时": "hour", "每个工作日": "weekday", "工作日": "weekday", "每周一到周五": "weekday", "每周一至周五": "weekday", "周一到周五每天": "weekday", "周一至周五每天": "weekday",
    },
    period_ends={"本月底": "month", "这个月底": "month", "月底": "month", "月末": "month", "年底": "year", "年末": "year"},
    current_periods={"这个月": "month", "本月": "month", "这周": "week", "本周": "week", "这个星期": "week", "周末": "weekend",
                     "今年": "year"},
    time_words=frozenset("".split()),
    time_fillers=frozenset("".split()),
    time_characters="每明今后周星点时分天晚早午底末号月小",
    plural_day_articles="",
    subordinators="",
    topic_words="关于",
    demonstratives=frozenset("".split()),
    relatives=frozenset("".split()),
    availability="",
    state_verbs="",
    every_words="",
    clock_words="",
    clock_hours={},
    clock_phrases={"差一刻{h}点": -15, "差一刻{h}點": -15, "{h}点一刻": 15, "{h}點一刻": 15, "{h}点三刻": 45, "{h}點三刻": 45, "差{m}分{h}点": -1, "差{m}分{h}點": -1},
    clock_numerals={"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "十一": 11, "十二": 12, "十五": 15, "二十": 20},
    street_words=frozenset("".split()),
    clock_format="{h}点{m}分",
    afternoon_clock=frozenset(),
    in_words="",
    from_now_words="",  # 20分钟后: read by the CJK rules
    about_words="",
    half_words="",
    meal_starts={"下班后": 18, "下班以后": 18, "下班之后": 18, "下了班": 18, "吃完午饭": 13, "吃过午饭": 13, "午饭后": 13, "午饭以后": 13, "午饭之后": 13, "午休后": 14, "午休以后": 14, "吃完晚饭": 20, "晚饭后": 20, "晚饭以后": 20, "晚饭之后": 20, "吃完早饭": 9, "早饭后": 9},
    span_cues="",
    deadline_hours="",
    deadline_after="",
    deadline_cues="",
    meal_deadlines={"午饭": 12, "午餐": 12, "lunch": 12, "晚饭": 18, "晚餐": 18, "早饭": 8},
    workday_ends="下班|EOD|COB",
    start_cues="开始|開始",  # after the date: "下周一开始整理…" (its "的" after does not make the date the thing's)
    since_cues="",
    source_cues="",
    booking_verbs="预订|预约|订个|订一|订张|订位|订桌|订餐|订票|订房|订好",
    object_cues="改到|推到|改成|延到|挪到|推迟到|调到",
    reminder_nouns=frozenset(),
    purpose_leads=frozenset(),
    event_nouns="会议|面试|电话会|视频会|例会|碰头会",
    schedule_verbs="加到日历|加进日历|放进日历|记到日历|排进日程|加到日程|在日历里加|在日历上加|在日历里记|在日历上记|在日历里添加|在日历上添加|在日程里加|在日程表里加",  # the event first: "把周二的会议加到日历"
    calendar_nouns="日历|日程表|日程",
    # tables this language does not need
    request_carriers="",
    request_end="",
    dotted_abbreviations="",
    title_abbreviations="",
    short_abbreviations="",
    verbs=frozenset(),
    loan_context_endings=(),
    ambiguous_verbs=frozenset(),
    type_verbs={"info-lookup": "查一下 查下 查查 查询 搜一下 搜下 搜搜 找一下 找下 对比下 对比一下 比较一下 比下 了解一下 打听一下", "messaging": "问问 问一下", "file-creation": "新建", "reminder-scheduling": "约一下 约下", "code-execution": "跑一下 跑跑 重跑 跑"},
    type_keywords={
        "messaging": "传讯息|传消息|传信息|传简讯|whatsapp|telegram|讯息|寄信|写信给|发信给|群里发|发群里|群发|说一声|说一下|讲一声|钉钉|飞书|企业微信|发到|发个|发一下|发给|发报价|发合同|发文件|发照片|发图片|发截图|发链接|发地址|发定位|发送|发消息|发邮件|告诉|通知|回复|邮件|短信|微信|打电话|转发|转给|发提醒|发条提醒"
                     + "".join(f"|发 一? 条/个/封/则? {noun}" for noun in ("消息", "信息", "短信", "邮件", "微信", "语音"))
                     + "|打 一? 个/通? 电话",  # "发条消息", "打通电话": a count word may stand in the phrase
        "reminder-scheduling": "提醒|日程|日历|预约|闹钟",
        "code-execution": "运行|执行|部署|重启|安装|脚本|服务器|数据库|测试|代码|备份",
        "file-creation": "文件|文档|报告|表格|写一份|海报|传单|启事|邀请函|请柬|横幅",
    },
    agent_words="助手|智能体|代理|编程助手|机器人",
    delegate_verbs="让|叫|请",
    agent_particles="",
    roles=frozenset("".split()),
    name_titles=frozenset("".split()),  # "madame Durand", "o seu Jair": a courtesy title, a person only before a capitalised name
    addressee_first="给|跟|和|向|对", addressee_verbs="发|说|讲|回|打电话|打个电话",  # zh "给/跟 + person + 发/说": the person addressed before the verb
    recipient_words=frozenset("".split()),
    message_that="说",
    message_open_ends="自动回复|说一声|说一下|说下|讲一声|讲一下|发消息|发个消息|发条消息|发个微信|发微信|发条微信|发短信|发个短信|发信息|发个信息|发条信息|发邮件|发个邮件|发封邮件|发一封邮件|写邮件|写封邮件|写一封邮件|打个电话|打电话",
    message_asks="问一下|问问|问下|问他|问她|问一声",
    user_objects="提醒我|告诉我|发给我|通知我|给我发|给我看|叫我|帮我|我想|我要你",
    message_quoted_before="",
    answer_verbs=frozenset(),
    meta_verbs="做|处理|完成|帮忙",
    meta_objects="这些|以下|下面|这些事情|这些任务",
    meta_tail=frozenset("事 情".split()),
    list_takers="",
    list_refs="",
    list_ask_words=frozenset("".split()),
    done_notes="已完成|完成了|做完了|搞定了|已经搞定|已办|不用了",
    list_references="这些|这个|这份|这张|清单|以下|上面|下面|这几样|这些东西",
    header=frozenset("件 个 點 点 这个 这些 以下".split()),
    chit_chat=frozenset(),
    # --- words moved from the rule modules (part B)
    negations=frozenset("不要 别 不 勿 甭".split()), negations_after="", command_hedges=frozenset(), queue_hedges=frozenset(), selector_pronouns="",
    selector_ends=frozenset(), selector_places="", queue_nouns=frozenset(), request_questions="请|能不能|你能|可以", as_task="把这个加为任务|把这个加到任务|把它加为任务|把它加到任务|加为任务|加到任务|加进任务|加到队列|加入队列|记成任务|记为任务",
    asking_fillers=frozenset(), count_questions="", count_verbs=frozenset(), pronoun_aux=frozenset(), tail_polite="谢谢|谢了|多谢|拜托了|麻烦了|麻烦你了",
    meta_alone=frozenset(), sure_greetings=frozenset("你好 嗨".split()), strong_sign_offs=frozenset("谢 多 感".split()),
    list_add_verbs="", list_add_preps="", list_owners="", list_names="", list_add_tails="", frame_add_verbs=frozenset(),
    frame_tail=frozenset(), plain_articles=frozenset(), status_determiners=frozenset("我的 所有 全部".split()),
    status_question_words=frozenset(), status_modals=frozenset(), status_that="", status_end_fillers=frozenset(),
    still_words=frozenset(), id_question_words=frozenset(), status_every=frozenset(), status_things=frozenset(),
    piece_breaks="然后|还有", cjk_queue_nouns="任务|队列|待办", cjk_status_asks="哪些|什么|几个|多少|怎么样|状态|进度|吗|呢", part_openers="",
    cjk_show_verbs="显示|查看|看看|列出|给我看", cjk_requests="帮我|添加|加个|加到|新任务|请|提醒", noun_determiners="", adjective_articles="",
    month_day_words="", every_other="", alternate_weeks="隔周|每隔一周|每隔一个星期|每两周|每隔两周|每2周|双周|隔一周|每两个星期",
    month_weekday_ordinals="第一个|第二个|第三个|第四个|最后一个|第1个|第2个|第3个|第4个|第一|第二|第三|第四|第1|第2|第3|第4", deadline_clause_preps="", object_articles="", object_phrase_articles="",
    elided_articles="", date_articles="", day_number_articles="", ordinal_day_articles="", describing_words="",
    time_questions="几点|几点钟|几号|什么时候|哪天|几时",
    question_aux=frozenset(),
    subjects=frozenset(),
    pronoun_subjects=frozenset(),
    example_markers="",
    conj="",
    clause_openers="如果|要是|假如",
    not_then_before=frozenset("后".split()),  # "晚上6点以后再给小周发消息": "only then", at that time
    use_verbs="",
    purpose_words=frozenset("".split()),
    infinitive_markers=frozenset("".split()),
    causatives=frozenset("".split()),
    dep_once="",
    dep_done=frozenset("完 完了 好 好了".split()),
    status_any="有",
    there_is="有没有",
    finish_asks="", finish_first="", finish_states="",
    product_nouns="软件|应用|工具|app",
    status_show=frozenset(),
    status_nouns=frozenset(),
    request_nouns=frozenset("".split()),
    status_topic=frozenset(),
    ability_asks="可以吗|行吗|好吗|可以不|行不行|可不可以|能行吗|成吗", only_alternatives="还是只能|还是只|或者只能|还是说只能", capability_asks="能干什么|能干些什么|能干啥|能干些啥|能做什么|能做些什么|能做啥|能做些啥|会做什么|会干什么|会干啥|可以做什么|可以干什么|可以干啥|能帮我做什么|能帮我干什么|能帮我干啥|能帮我做些什么|能帮我干些啥|能让你做什么|能让你干什么|能让你干啥|可以让你做什么|可以让你干什么|能帮什么忙|能帮上什么忙|有什么功能|有哪些功能|能干嘛|能做哪些|可以做哪些",
    preamble_openers="不知道你能不能|不知道你会不会|不知道你可不可以|不知道能不能|不确定你能不能|不确定能不能|听说你可以|听说你能|听说你会|听人说你可以|我听说你可以|我听说你能",
    mail_greetings=frozenset('您好|你好|大家好|各位好|尊敬的'.split("|")), mail_closings=frozenset('此致|祝好|谢谢|顺祝商祺|敬礼|祝好！'.split("|")),
    mail_headers=frozenset('发件人|收件人|主题|时间|日期|抄送'.split("|")),
    self_words=frozenset('我 本人'.split()), owner_labels=frozenset('负责人 负责'.split()), name_suffixes=frozenset(),
    example_leads="比如|例如|像是|比方说",
    order_heads="按顺序|按照顺序|按顺序来|按顺序做|依次|依次做|一个一个来|一件一件来|挨个来",
    praise_words="帮大忙|太有用|很有用|挺有用|太好|太棒|真棒|好棒|真厉害|太厉害|很好用|辛苦|帮了大忙|帮了我大忙",  # before the fillers ("了", "啊") that may follow,
    typos={"取销": "取消", "取晓": "取消", "取宵": "取消", "跳锅": "跳过", "恢服": "恢复"},
    # the input method's homophones of 取消 (qǔxiāo), 跳过 (tiàoguò), 恢复 (huīfù); not 取效 (qǔxiào), which 提取效率 holds
    not_typos=frozenset(),
    trigger_words=(),
)
