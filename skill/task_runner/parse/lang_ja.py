"""Japanese vocabulary (see language.py for the fields). Kana and kanji are one token per character
(phrases.py), so a spec word like スキップ is four positions; ``を?`` is an optional particle."""

from task_runner.parse.language import Language

LANGUAGE = Language(
    code="ja",
    verbs=frozenset(),
    # Verbs in their request (te) form; Japanese puts them last: "東京の天気を調べてください".
    verb_phrases=(
        "dm して|line して|slack して|チャットして|調べて|払って|取って|出して|調べといて|聞いて|頼んで|申請して|提出して|片付けて|掃除して|洗って|買っといて|予約しといて|まとめといて|確認しといて|設定して|注文しといて|送っといて|やっといて|仕上げて|完成させて|終わらせて|検索して|探して|送って|送信して|書いて|作成して|作って|予約して|買って|購入して|電話して|連絡して"
        "|替えて|変えて|換えて|差し替えて|入れ替えて|書き換えて|変換して|変換する|アップして|上げて|確認して|チェックして|実行して|デプロイして|再起動して|インストールして|まとめて|要約して|翻訳して|更新して"
        "|流して|流しといて|流しておいて|入稿して|入稿しといて|入稿しておいて|納品して|ダウンロードして|アップロードして|整理して|削除して|準備して|比較して|分析して|計算して|返信して|転送して"
        "|共有して|印刷して|読んで|リマインドして|教えて|伝えて|メールして|注文して|支払って|払って|申し込んで|修正して|任せて|任せといて|任せておいて"
        "|直して|バックアップして|テストして|登録して|見つけて|リサーチして|起こして|知らせて|お知らせして|連絡を"
        "|投稿して|貼って|載せて|アップして|追加して|変更して|保存して|手配して|用意して|決めて|選んで|下書きして|英訳して|和訳して"
        "|依頼して|依頼しといて|依頼しておいて|集計して|記録して|解約して|手伝って|発注して|発注しといて|取り寄せて|問い合わせて|確かめて|調達して|見積もって|回して|回しといて|回しておいて|ビルドして|ビルドしといて|追記して|追記しといて|追記しておいて|入れて|入れといて|入れておいて"
        "|にメール|にline|にslack"  # a request clipped to its noun: "完了したら院長にメール"
    ),
    request_end="お願いできますか|お願いできますでしょうか|ておいて|でおいて|いただけますか|いただけますでしょうか|いただけませんか|いただけると助かります|てほしい|でほしい|てもらえますか|てもらいたい|しといて|といて|ください|下さい|くれ|くれる|くれますか|もらえますか|もらえる|お願いしたいです|お願いしたいんですが|お願いしたい|お願いします|お願い|ほしい|欲しい|が必要です|が必要|手伝って|もらって",
    ambiguous_verbs=frozenset(),
    type_verbs={"info-lookup": "調べて 調べる 調べといて 調べておいて 調べてください 探して 探す 探しといて 探しておいて 探してください"},
    type_keywords={
        "messaging": "に報告して|に報告する|に報告|さんに|くんに|ちゃんに|聞いて|グループに|グループで|dm|line|slack|チャット|送って|送信|メール|連絡して|連絡する|に連絡|伝えて|伝える|返信|転送|電話|知らせて|送っといて|送る",
        "reminder-scheduling": "リマインダー|リマインド|思い出させて|カレンダーに|予定を入れて|の予定を|アラーム|起こして",
        "code-execution": "実行|デプロイ|再起動|インストール|スクリプト|サーバー|バックアップ|テスト|コード|ログ|ビルド",
        "file-creation": "書いて|作成して|作って|レポート|資料|ファイル|ドキュメント|報告書|フォルダ",
    },
    agent_words="エージェント|アシスタント|ボット",
    delegate_verbs="",
    roles=frozenset("".split()),
    recipient_words=frozenset("".split()),
    message_that="",
    message_quoted_before="って|と伝えて|と言って",
    answer_verbs=frozenset(),
    greetings="えっと|えーと|こんにちは|おはよう|おはようございます|こんばんは|ねえ|ねぇ|なあ|なぁ|あのさ|あのね|すみません|お手数ですが|お手数ですが 、|恐れ入りますが|恐縮ですが|すみませんが",
    request="すみません|お願いします|あと|それと|また",
    help_only="手伝って|お願いがある|お願いがあるんだけど|頼みがある",
    need_frames="",
    request_delegates=frozenset(),
    frame_pre=frozenset(),
    frame_nouns=frozenset(),
    framing="タスク|やること|キュー|キューに追加|リスト|メモして|メモしといて|メモしておいて",
    meta_verbs="",
    meta_objects="これ|これら|以下|下記|こちら|次",
    meta_tail=frozenset("".split()),
    header=frozenset("つ 件 個 点 これ これら 以下 下記 次の".split()),
    sign_offs="ありがとう|ありがとうございます|よろしく|よろしくお願いします|以上です|以上",
    chit_chat=frozenset(),
    # --- words moved from the rule modules (part B)
    negations=frozenset(), negations_after="しないで|ないで|しなくていい|なくていい|しなくて いい|しなくても いい|なくても いい|しないでください|しないで ください|しちゃだめ|はしないで", command_hedges=frozenset(), queue_hedges=frozenset(), selector_ends=frozenset(), as_task="",
    selector_pronouns="", selector_places="", queue_nouns=frozenset(), request_questions="", asking_fillers=frozenset(),
    count_questions="", count_verbs=frozenset(), pronoun_aux=frozenset(), meta_alone=frozenset(), tail_polite="よろしく|よろしくお願いします|ありがとう",
    # (tail_polite: not "お願い", "頼む": in Japanese they are the request itself, "…のリマインドをお願い")
    sure_greetings=frozenset(), strong_sign_offs=frozenset(), list_add_verbs="", list_add_preps="", list_owners="",
    list_names="", list_add_tails="", frame_add_verbs=frozenset(), frame_tail=frozenset(), plain_articles=frozenset(),
    status_determiners=frozenset(), status_question_words=frozenset(), status_modals=frozenset(), status_that="",
    status_end_fillers=frozenset(), still_words=frozenset(), id_question_words=frozenset(), status_every=frozenset(),
    status_things=frozenset(), piece_breaks="", cjk_queue_nouns="タスク|キュー|ジョブ|やること", cjk_status_asks="どれ|どう|どんな|状況|進捗|状態|いくつ|何件|何個|何が|なにが", cjk_show_verbs="一覧|表示|見せて",
    cjk_requests="追加|リマインド|登録して|作成|作って|方法|やり方|どうやって|どうすれば", part_openers="", noun_determiners="", adjective_articles="", month_day_words="", every_other="",
    deadline_clause_preps="", object_articles="", object_phrase_articles="", elided_articles="", date_articles="",
    day_number_articles="", ordinal_day_articles="", describing_words="",
    question_particles=frozenset("か".split()),
    question_words=frozenset("何 な ど い 誰 か".split()),
    question_aux=frozenset(),
    subjects=frozenset(),
    pronoun_subjects=frozenset(),
    how_to="どうやって|どうすれば|やり方|方法は",
    example_markers="例えば|たとえば",
    web_search="ググって|検索",
    reminder_only="リマインドして|思い出させて",
    seq_then="それから|その後|そのあと|次に|そして|あとで|作成後|完成後|完了後|確認後|終了後|調査後",
    seq_also="その代わりに|その代わり|代わりに|あと|それと|また|さらに|ついでに",
    now_words="今すぐ|今から|その間に",
    then_at_end="",
    then_after_first="",
    first_words="",
    seq_order="まず|最初に|次に|最後に|二つ目|三つ目|ひとつは|ひとつ目は|一つは|一つ目は|もうひとつは|もう一つは|二つ目は|三つ目は",
    conj="と|そして",
    clause_openers="もし",
    not_then_before=frozenset("を".split()),  # "資料を作成後に送って", "資料をあとで送って": the object of the step, not a sequencer
    clitics=frozenset("".split()),
    person_objects=frozenset("".split()),  # a request leaves the person out
    you_subjects=frozenset("".split()),  # a request leaves the person out, or the verb phrase is found anyway
    pronoun_objects="それ|これ|結果",
    dep_before_id="",
    dep_after_id="が? 終わったら|が? 完了したら|が? 済んだら|が? できたら|の? 後 で?|の あと で?",
    reading_verbs="目を通して|読んで|見て|チェックして|確認して",
    digest_verbs="要約して|まとめて|洗い出して|リストアップして|抜き出して|ピックアップして",
    report_back="教えて|知らせて",
    fallout_fixes="",
    keep_as="として保存して|に保存して|で保存して|として保存|に保存",
    corrections="いや 、?|やっぱり|やっぱ|じゃなくて|訂正 、?",
    apologies="ごめん 、?|ごめんなさい 、?|すみません 、?|すいません 、?|失礼 、?|間違えた 、?",
    retractions="やっぱりいい|やっぱりなし|なしで",
    otherwise="だめなら|ダメなら|駄目なら|無理なら|なければ",
    condition_ends="",
    hedges="かな 、|かな ？|かもしれない|わからない|分からない|適当に|お任せ|わかるよね|分かるよね|わかるでしょ|分かるでしょ",
    dep_result="ったら|たら|その結果|結果を|候補を|その候補を|それをもとに|それを元に|それを使って|それを",
    use_verbs="",
    purpose_words=frozenset("".split()),
    infinitive_markers=frozenset("".split()),
    causatives=frozenset("".split()),
    dep_once="終わったら|完了したら|が終わったら|が完了したら",
    dep_done=frozenset(),
    id_range_words=frozenset("か ら".split()),
    id_join_words=frozenset("と".split()),
    id_task_words=frozenset("".split()),
    id_fillers=frozenset("を".split()),
    softeners="して ください|して|しといて|しておいて|ください|お願い|お願いします|いいよ|いいです|もいいよ|もいいです|よ|ね",
    verb_complements="",
    note_openers="オプションは|を使って|今度は|で",
    control_before={
        "retry": "再試行|リトライ|もう一度|もう一回|もっかい|やり直して|やり直し|再実行",
        "skip": "スキップ",
        "cancel": "キャンセル|取り消し|削除",
        "done": "完了",
        "answer": "回答|返答",
        "urgent": "至急|最優先で|優先で",
        "pause": "一時停止|止めて|とめて|ストップ|保留",
        "resume": "再開|続けて|続行",
    },
    control_after={
        "retry": "まで? を/は? 再試行 し? て? ください?|まで? を/は? リトライ し? て? ください?|を/は? もう一度 お願いします?|を/は? もう一度やって ください?|を/は? もう一回やって ください?|を/は? もう一回 お願い し? ま? す?"
                 "|まで? を/は? やり直して ください?|を/は? やり直し|まで? を/は? 再実行 し? て? ください?"
                 "|を/は? もう一回? リトライ で|を/は? もっかい リトライ で?|を/は? もう一度 リトライ で|の 再実行 を お願い|の 再実行 を/は? お願い できますか|の 再実行 を/は? お願い できますでしょうか",
        "skip": "まで? を/は? スキップ で|まで? を/は? スキップ し? て? ください?|を/は? 飛ばして ください?|を/は? 飛ばして おいて|を/は? 飛ばしといて|を/は? 飛ばしておいて|は? 後回し",
        "cancel": "は? もう? 不要 です?|まで? を/は? キャンセル し? て? ください?|は? キャンセル で|まで? を/は? 取り消して ください?|を/は? 取り消し"
                  "|まで? を/は? 削除 し? て? ください?|は? もういらない|は? 不要",
        "done": "まで? を/は? 完了 に? しといて|まで? を/は? 完了 に? しておいて|まで? を/は? 完了 に? し? て? ください?|まで? を/は? 完了 に? して おいて ください?|は? 完了 し? ま? し? た?|は? 終わりました|は? 終わった|は? 済み|を/は? done に? し? て? ください?|は? done で",
        "urgent": "は/を? 急ぎ で お願い します?|は/を? 急ぎ で|は/を? 急ぎ|は/を? 至急|を/は? 最優先 に? で? して?|を/は? 緊急 に して?|を/は? 優先 して?|を/は? 先に して?|を/は? 先に|を/は? いちばん 先に|を/は? 一番 先に|を/は? 真っ先に|急いで",
        "answer": "の 質問 への 回答|の 質問 に 回答|の 質問 の 回答|の 質問 への 答え|の 質問 の 答え|への 回答|に 回答|の 回答|への 答え|の 答え",
    },
    control_needs_after=frozenset(["もう一度", "もう一回", "もっかい"]),
    control_alone={},
    answer_leads=frozenset("に つ い て".split()),
    group_words="グループ",
    queue_fillers="だけ|ー|〜|～|キュー|全部|すべて|全て|タスク|を|は|も|の|に|ください|して|しておいて|お願い|お願いします|一旦|いったん|ちょっと|とりあえず|全体|で|し|て|いいよ|いいです|よ",
    reasons="",
    own_plans="自分で|今から|これから|私が",
    urgent_marks="至急|急ぎ|緊急|最優先|優先|先にこれ|これを先に|これ先に",
    status_words={
        "pending": "保留中|未完了|待機中|未着手|待ち",
        "running": "実行中|進行中",
        "blocked": "失敗|ブロックされてる|ブロックされている|ブロックされた|ブロック|止まってる|止まって",
        "done": "完了した|終わった|済み|終わった|完了",
        "skipped": "スキップした|キャンセルした",
    },
    status_any="の|何か|やつ|もの",
    there_is="ある|あります",
    finish_asks="", finish_states="",
    product_nouns="アプリ|ツール|ソフト",
    status_show=frozenset("教えて 知らせて 見せて".split()),
    status_nouns=frozenset(),
    status_topic=frozenset(),
    status_phrases=(
        "キュー に? は? 何 が 残って|タスク は? 何 が 残って|まだ終わってないのは|まだ終わっていないのは|まだ終わってないタスク|何が終わった|何が完了した|何件残ってる|何件残っている|何件残ってますか|止まってるのがあれば|止まっているのがあれば|終わったものとまだのもの|状況どう|何が動いてる|何が動いている|何が動いていますか|何が実行中|何が進行中|動いてるのは|動いているのは|動いてるタスク|動いているタスク|状況 は どう|今 の 状況|どの タスク|どれ が 進行中|進捗 どう|進展ある|何か進展|進捗ある|実行中のタスク|保留中のタスク|失敗したタスク|完了したタスク|終わったタスク|終わってるタスク|済んだタスク|未完了のタスク|タスクの状況|タスクの状態|タスクの進捗|進捗は|状況は|進捗を教えて|状況を教えて|進捗 を? おしえて|状況 を? おしえて|進捗 教えて|状況 教えて|進捗を知らせて|状況を知らせて|進捗を見せて|状況を見せて|進捗を報告して|状況を報告して|タスク一覧|タスクを見せて|キューの状態"
        "|どこまで進んでる|どこまで進んでいる|どこまで進んだ|今どんな感じ|今 どんな 感じ|残りは|残ってるのは|残ってるタスク|残っているタスク|残りのタスク|どうなってる|どうなっていますか|どうなった|終わりましたか|進捗 どう|進捗 どんな 感じ|進み具合 は? どう|進捗 状況"
    ),
    of_words=frozenset("".split()),
    possessives=frozenset("".split()),
    determiners=frozenset("の".split()),
    relative_that="の",
    all_words=frozenset("全 部".split()),
    vague_verbs="どうにかして|どうにかならない|どうにか|いい感じにしといて|いい感じにしておいて|いい感じにして|うまいことやって|いつもの感じで|やっといて|やっておいて|やって|対応して|片付けて|何とかして|よろしく",
    vague_nouns=frozenset("件 例 あれ アレ あの件 例のやつ あのやつ".split()),
    day_words=frozenset("日 曜".split()),
    day_idioms="",
    # --- words moved from the rule modules (part A)
    # reminder_starts stays empty: Japanese puts the reminder verb last (…をリマインドして), where classify reads it; the word sets stay
    # empty too: a Japanese token is one character, and the negation follows its verb (キャンセルしないで)
    remind_others=frozenset("".split()),
    chat_places=frozenset(), place_prepositions=frozenset(),
    delegation_words="委任して|委託して|丸投げして|任せて|任せといて|任せておいて", reminder_starts="", transform_verbs=frozenset(), message_nouns=frozenset(), weak_lookups=frozenset(), vague_things=frozenset(),
    vague_tail=frozenset(), not_content=frozenset(), vague_verb_words=frozenset(), file_nouns=frozenset(),
    file_prepositions=frozenset(), travel_nouns=frozenset(),
    indirect_pronouns=frozenset(), phrasal_particles=frozenset(), definite_words=frozenset(),
    function_words=frozenset(), generic_nouns=frozenset(), indefinite_words=frozenset(), transaction_verbs=frozenset(),
    transaction_results=frozenset(), result_nouns={}, send_verbs=frozenset(), lookup_verbs=frozenset(),
    to_the_user=frozenset(), send_to_words=frozenset(), send_requests="送って|送信して|転送して|送っといて|送って ください|送信して ください",
    both_words="", enclitic_objects="", hyphen_objects="", infinitive_objects="", producer_verbs=frozenset(),
    superlatives=frozenset(), position_words=frozenset(), lookup_results=frozenset(),
    finite_verbs=frozenset(), statement_openers=frozenset(), infinitive_endings=frozenset(),
    past_endings=frozenset(),  # no past tense read from an ending here
    separable_particles=frozenset(), list_numerals="",
    command_fillers="", note_adverbials=frozenset(), new_action_words="", polite_words=frozenset(),
    # --- schedules
    weekdays={
        "月曜": 0, "火曜": 1, "水曜": 2, "木曜": 3, "金曜": 4, "土曜": 5, "日曜": 6, "月曜日": 0, "火曜日": 1, "水曜日": 2, "木曜日": 3,
        "金曜日": 4, "土曜日": 5, "日曜日": 6
    },
    months={},
    numbers={},
    ordinals={},
    time_units={},
    day_parts={"朝": 8, "午前": 9, "昼": 12, "午後": 14, "夕方": 18, "夜": 20, "今夜": 20, "明晩": 20},
    relative_days={"今日": 0, "今夜": 0, "明日": 1, "明晩": 1, "明後日": 2},
    relative_periods={},  # ja: 来週 / 月末 … are read by schedule_cjk.py
    periods={},
    period_adverbs={
        "毎日": "day", "毎朝": "morning", "毎晩": "night", "毎週": "week", "毎月": "month", "毎時": "hour", "平日": "weekday",
        "月曜から金曜まで": "weekday", "月曜から金曜": "weekday", "月曜日から金曜日まで": "weekday", "月曜日から金曜日": "weekday",
        "月〜金": "weekday", "月～金": "weekday",
    },
    period_ends={"今月末": "month", "月末": "month", "年末": "year"},
    current_periods={"今月": "month", "今週": "week", "週末": "weekend", "今年": "year"},
    time_words=frozenset("".split()),
    time_fillers=frozenset("".split()),
    time_characters="毎時分曜朝夜午後週明今末日",
    plural_day_articles="",
    subordinators="",
    topic_words="について",
    relatives=frozenset("".split()),
    availability="",
    state_verbs="",
    every_words="",
    clock_words="",
    afternoon_clock=frozenset(),
    in_words="",
    from_now_words="",  # 今から20分後: read by the CJK rules
    span_cues="",
    deadline_cues="それまでに|その日までに|その時までに|それより前に",  # after the date they point back to: "締め切りが日曜だから、それまでに…"
    start_cues="になったら|になれば|を過ぎたら|過ぎたら|以降に|以降",  # after the time: "15時になったら…" (no から: "3時からの会議" is the thing's)
    source_cues="",
    booking_verbs="予約して|予約する|予約しといて|予約しておいて|予約お願い|予約を|予約入れ|に入れて|に入れといて|に入れておいて",  # "予定を火曜15時に入れて": the date it goes in at
    object_cues="に変更|へ変更|に移動|にずらし|にずらして|に延期|に変え|に変えて|に振り替え",
    event_nouns="打ち合わせ|打合せ|会議|ミーティング|面談|面接|予定",  # 予定: an appointment ("通院の予定をカレンダーに入れて")
    schedule_verbs="予定に入れ|予定を入れ|カレンダーに入れ|カレンダーに登録|登録して|登録する|設定して|セットして|組んで",
    # tables this language does not need
    dotted_abbreviations="",
    title_abbreviations="",
    short_abbreviations="",
    typos={},
    not_typos=frozenset(),
    trigger_words=(),
)
