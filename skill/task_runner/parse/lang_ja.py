"""Japanese vocabulary (see language.py for the fields). Kana and kanji are one token per character
(phrases.py), so a spec word like スキップ is four positions; ``を?`` is an optional particle."""

from task_runner.parse.language import Language

LANGUAGE = Language(
    code="ja",
    verbs=frozenset(),
    # Verbs in their request (te) form; Japanese puts them last: "東京の天気を調べてください".
    verb_phrases=(
        "調べて|払って|取って|出して|調べといて|聞いて|頼んで|申請して|提出して|片付けて|掃除して|洗って|買っといて|予約しといて|まとめといて|確認しといて|設定して|注文しといて|送っといて|やっといて|仕上げて|完成させて|終わらせて|検索して|探して|送って|送信して|書いて|作成して|作って|予約して|買って|購入して|電話して|連絡して"
        "|確認して|チェックして|実行して|デプロイして|再起動して|インストールして|まとめて|要約して|翻訳して|更新して"
        "|ダウンロードして|アップロードして|整理して|削除して|準備して|比較して|分析して|計算して|返信して|転送して"
        "|共有して|印刷して|読んで|リマインドして|教えて|伝えて|メールして|注文して|支払って|払って|申し込んで|修正して"
        "|直して|バックアップして|テストして|登録して|見つけて|リサーチして|起こして|知らせて|お知らせして|連絡を"
    ),
    request_end="しといて|といて|ください|下さい|くれ|くれる|くれますか|もらえますか|もらえる|お願いします|お願い|ほしい|欲しい|が必要です|が必要|手伝って|もらって",
    ambiguous_verbs=frozenset(),
    type_verbs={},
    type_keywords={
        "messaging": "送って|送信|メール|連絡して|伝えて|返信|転送|電話|知らせて|送っといて|送る",
        "reminder-scheduling": "リマインダー|リマインド|思い出させて|カレンダーに|予定を入れて|アラーム",
        "code-execution": "実行|デプロイ|再起動|インストール|スクリプト|サーバー|バックアップ|テスト|コード|ログ",
        "file-creation": "書いて|作成して|作って|レポート|資料|ファイル|ドキュメント|報告書|フォルダ",
    },
    agent_words="エージェント|アシスタント|ボット",
    delegate_verbs="",
    recipient_words=frozenset("".split()),
    message_that="",
    message_quoted_before="って|と伝えて|と言って",
    answer_verbs=frozenset(),
    greetings="こんにちは|おはよう|おはようございます|こんばんは|ねえ|すみません",
    request="すみません|お願いします|あと|それと|また",
    help_only="手伝って",
    need_frames="",
    request_delegates=frozenset(),
    frame_pre=frozenset(),
    frame_nouns=frozenset(),
    framing="タスク|やること",
    header=frozenset(),
    sign_offs="ありがとう|ありがとうございます|よろしく|よろしくお願いします|以上です|以上",
    chit_chat=frozenset(),
    question_particles=frozenset("か".split()),
    question_words=frozenset("何 な ど い 誰 か".split()),
    question_aux=frozenset(),
    subjects=frozenset(),
    pronoun_subjects=frozenset(),
    how_to="どうやって|どうすれば|やり方|方法は",
    example_markers="例えば|たとえば",
    web_search="ググって|検索",
    reminder_only="リマインドして|思い出させて",
    seq_then="それから|その後|そのあと|次に|そして|あとで",
    seq_also="あと|それと|また|さらに|ついでに",
    seq_order="まず|最初に|次に|最後に|二つ目|三つ目",
    conj="と|そして",
    clause_openers="もし",
    not_then_before=frozenset(),
    clitics=frozenset("".split()),
    pronoun_objects="それ|これ|結果",
    dep_before_id="",
    dep_after_id="が? 終わったら|が? 完了したら|が? 済んだら|の? 後で?|の あとで?",
    reading_verbs="目を通して|読んで|見て",
    digest_verbs="要約して|まとめて",
    report_back="教えて|知らせて",
    dep_result="ったら|たら|その結果|結果を|それを",
    dep_once="終わったら|完了したら|が終わったら|が完了したら",
    dep_done=frozenset(),
    id_range_words=frozenset("か ら".split()),
    id_join_words=frozenset("と".split()),
    id_task_words=frozenset("".split()),
    id_fillers=frozenset("を".split()),
    note_openers="オプションは|を使って|今度は|で",
    control_before={
        "retry": "再試行|リトライ|もう一度",
        "skip": "スキップ",
        "cancel": "キャンセル|取り消し|削除",
        "done": "完了",
    },
    control_after={
        "retry": "まで? を/は? 再試行 し? て? ください?|まで? を/は? リトライ し? て? ください?|を/は? もう一度 お願いします?"
                 "|まで? を/は? やり直して ください?|を/は? やり直し|まで? を/は? 再実行 し? て? ください?",
        "skip": "まで? を/は? スキップ し? て? ください?|を/は? 飛ばして ください?|は? 後回し",
        "cancel": "まで? を/は? キャンセル し? て? ください?|は? キャンセル で|まで? を/は? 取り消して ください?|を/は? 取り消し"
                  "|まで? を/は? 削除 し? て? ください?|は? もういらない|は? 不要",
        "done": "まで? を/は? 完了 に? し? て? ください?|は? 完了 し? ま? し? た?|は? 終わりました|は? 終わった|は? 済み",
    },
    control_needs_after=frozenset(["もう一度"]),
    status_words={
        "pending": "保留中|未完了|待機中|未着手|待ち",
        "running": "実行中|進行中",
        "blocked": "失敗|ブロック|止まって",
        "done": "完了した|終わった|済み|終わった|完了",
        "skipped": "スキップした|キャンセルした",
    },
    status_any="の|何か",
    product_nouns="アプリ|ツール|ソフト",
    status_show=frozenset(),
    status_nouns=frozenset(),
    status_topic=frozenset(),
    status_phrases=(
        "進展ある|何か進展|進捗ある|実行中のタスク|保留中のタスク|失敗したタスク|完了したタスク|未完了のタスク|タスクの状況|タスクの状態|タスクの進捗|進捗は|進捗を|状況は|状況を|タスク一覧|タスクを見せて|キューの状態"
        "|どうなってる|どうなっていますか|どうなった|終わりましたか"
    ),
    determiners=frozenset("の".split()),
    relative_that="の",
    all_words=frozenset("全 部".split()),
    vague_verbs="いつもの感じで|やって|対応して|片付けて|何とかして|よろしく",
    vague_nouns=frozenset("件 例".split()),
    day_words=frozenset("日 曜".split()),
    # --- schedules
    weekdays={
        "月曜": 0, "火曜": 1, "水曜": 2, "木曜": 3, "金曜": 4, "土曜": 5, "日曜": 6, "月曜日": 0, "火曜日": 1, "水曜日": 2, "木曜日": 3,
        "金曜日": 4, "土曜日": 5, "日曜日": 6
    },
    months={},
    numbers={},
    ordinals={},
    time_units={},
    day_parts={"朝": 8, "午前": 9, "昼": 12, "午後": 14, "夕方": 18, "夜": 20, "今夜": 20},
    relative_days={"今日": 0, "今夜": 0, "明日": 1, "明後日": 2},
    periods={},
    period_adverbs={
        "毎日": "day", "毎朝": "morning", "毎晩": "night", "毎週": "week", "毎月": "month", "毎時": "hour", "平日": "weekday",
    },
    time_words=frozenset("".split()),
    time_fillers=frozenset("".split()),
    time_characters="毎時分曜朝夜午後週明今",
    plural_day_articles="",
    subordinators="",
    state_verbs="",
    every_words="",
    clock_words="",
    in_words="",
    deadline_cues="",
    start_cues="",
    object_cues="",
    # tables this language does not need
    dotted_abbreviations="",
    title_abbreviations="",
    short_abbreviations="",
    typos={},
    not_typos=frozenset(),
    trigger_words=(),
)
