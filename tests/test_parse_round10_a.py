"""Round 10, part A (holdout8 as the development set; ja, en, es, de, zh): general rules for classes of
misses, each in every language it applies to, worded differently from the corpus."""

import pytest

from parsing import parse_at_now

# ---- a lookup whose result is kept in a named file ("… and save it in oats.md", "… y dejarlo en
# ---- hoteles.csv", "… in hotels.md ablegen", "…，整理到 hotels.md") is one task that makes that file

@pytest.mark.parametrize("text", [
    "look up the price of oats in Leeds and save it in oats.md",
    "¿me haces esto? comparar precios de hoteles en Quito y dejarlo en hoteles.csv",
    "busca el horario del ferry a Ibiza y guárdalo en ferry.md",
    "Preise für drei Hotels in Graz vergleichen und das Ergebnis in hotels.md ablegen",
    "帮我比较一下两家健身房的月费，整理到 gym.md",
    "查一下去成都的高铁票价，保存到 tickets.md",
    "cherche les horaires du musée d'Orsay et enregistre-le dans musee.md",
    "cerca gli orari del museo egizio e salvalo in museo.md",
    "pesquisa o preço do passe em Braga e guarda em passe.md",
    "京都の紅葉スポットを調べて koyo.md に保存して",
])
def test_a_lookup_kept_in_a_named_file_is_one_file_task(text):
    doc = parse_at_now(text)
    assert [t["type"] for t in doc["tasks"]] == ["file-creation"], [(t["description"], t["type"]) for t in doc["tasks"]]


# ---- a casual ja greeting ("なあ、", "あのさ、", "ねぇ、") opens a request; a greeting before a list's opener
# ---- does not make the opener a question (ja "な" also opens なに/なぜ)

@pytest.mark.parametrize("text, count", [
    ("なあ、駅前の駐輪場の月額料金を調べといて", 1),
    ("あのさ、来週の歯医者の予約を確認して", 1),
    ("なぁ、これ頼むわ\n・花火大会の日程を調べといて\n・浴衣のレンタル店を探しといて", 2),
    ("ねぇ、以下お願い\n・町内会の回覧板を作って\n・会長にメールしといて", 2),
    ("hey, can you do these:\n- look up the bin collection days\n- email Priya the invoice", 2),
    ("oye, hazme esto:\n- busca el horario del tranvía\n- escríbele a Nuria lo del alquiler", 2),
    ("hallo, bitte Folgendes:\n- die Öffnungszeiten vom Zoo nachschauen\n- Jonas wegen dem Ausflug anrufen", 2),
    ("嗨，帮我做这些：\n- 查一下动物园的开放时间\n- 给小刘发邮件说一下周末的安排", 2),
])
def test_a_greeting_before_the_request_or_its_list_opener(text, count):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and len(doc["tasks"]) == count, [t["description"] for t in doc["tasks"]]


def test_a_greeting_before_a_real_question_about_a_list_still_asks():
    doc = parse_at_now("hey, what do you think of this routine:\n1. wake at 6\n2. run 5k\n3. cold shower")
    assert doc["tasks"] == [], [t["description"] for t in doc["tasks"]]


# ---- "anything finished?" with a colloquial anything-word: ja "やつ"/"もの" (a thing), Swiss German "öppis"

@pytest.mark.parametrize("text", [
    "もう終わったやつある？",
    "完了したものある？",
    "isch öppis erledigt?",
    "scho öppis fertig worde?",
])
def test_anything_finished_with_a_colloquial_anything_word(text):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and doc["status"] and doc["tasks"] == [], doc


def test_a_finished_thing_as_an_object_is_still_a_task():
    doc = parse_at_now("終わったやつを片付けて")
    assert not doc["status"] and len(doc["tasks"]) == 1, doc


# ---- a katakana type keyword at the end of a longer katakana word is not that keyword ("コンテスト" holds
# ---- "テスト", "ブログ"/"カタログ" hold "ログ"); on its own it still decides (ja only: katakana)

@pytest.mark.parametrize("text, kind", [
    ("写真コンテストの締切を調べて", "info-lookup"),
    ("おすすめの料理ブログを探して", "info-lookup"),
    ("冬物カタログの発売日を調べて", "info-lookup"),
    ("サーバーのログを確認して", "code-execution"),
    ("結合テストを実行して", "code-execution"),
])
def test_ja_katakana_keyword_inside_a_longer_word(text, kind):
    doc = parse_at_now(text)
    assert [t["type"] for t in doc["tasks"]] == [kind], [(t["description"], t["type"]) for t in doc["tasks"]]


# ---- ja puts the verb last: a final lookup verb ("…を調べて", "…を探しといて") decides the type as a leading
# ---- verb does elsewhere, over keywords of the object ("日程" is a schedule word in zh)

@pytest.mark.parametrize("text", [
    "以下お願いします\n1. 書道検定の日程を調べる\n2. 申込書をmoushikomi.docxにまとめる",
    "町内会の盆踊りの日程を調べといて",
    "駅前でレンタル自転車の店を探して",
])
def test_ja_final_lookup_verb_decides(text):
    doc = parse_at_now(text)
    assert doc["tasks"] and doc["tasks"][0]["type"] == "info-lookup", [(t["description"], t["type"]) for t in doc["tasks"]]
    assert doc["unsure"] == [], doc["unsure"]


def test_ja_final_lookup_verb_leaves_a_reminder_a_reminder():
    doc = parse_at_now("明日の朝8時に歯医者の日程をリマインドして")
    assert [t["type"] for t in doc["tasks"]] == ["reminder-scheduling"], doc


# ---- ja "<verbal noun>後、" opening a step ("作成後、", "確認後、") is a "then": the step waits for the one
# ---- before; after the object particle ("資料を作成後に…", "…をあとで…") it is part of the step, no sequencer

def test_ja_after_making_it_waits_for_the_step_before():
    doc = parse_at_now("以下お願いします\n・町内会のお知らせをoshirase.docxで作成\n・完成後、会長へメールで送付")
    assert [t["depends_on"] for t in doc["tasks"]] == [[], [0]], [(t["description"], t["depends_on"]) for t in doc["tasks"]]
    doc = parse_at_now("議事録をまとめて、確認後、部長にメールして")
    assert len(doc["tasks"]) == 2 and doc["tasks"][1]["depends_on"] == [0], [(t["description"], t["depends_on"]) for t in doc["tasks"]]


@pytest.mark.parametrize("text", ["議事録を作成後に部長へ送って", "見積書をあとで経理に送って"])
def test_ja_sequencer_after_the_object_particle_is_part_of_the_step(text):
    doc = parse_at_now(text)
    assert [t["description"] for t in doc["tasks"]] == [text] and doc["unsure"] == [], doc


# ---- telling the user by a chat channel ("dm me", "mándame un mensaje", "meld dich", "发消息给我") is how the
# ---- result comes back, part of the same job

@pytest.mark.parametrize("text", [
    "every evening at 9 check the greenhouse humidity readings and dm me if any are over 85%",
    "check whether the parcel from Rhys has shipped and slack me",
    "revisa el precio del vuelo a Cusco y mándame un mensaje si baja de 300",
    "schau nach, ob die Bibliothek am Samstag offen hat, und meld dich bei mir",
    "查一下明天去杭州的高铁还有没有票，发消息给我",
])
def test_report_back_by_a_chat_channel_is_one_job(text):
    doc = parse_at_now(text)
    assert len(doc["tasks"]) == 1, [t["description"] for t in doc["tasks"]]


def test_a_file_written_for_me_is_not_a_report_back():
    doc = parse_at_now("lass bitte die Tests im repo wetterbot laufen und schreib mir die Fehler in fehler.txt")
    assert len(doc["tasks"]) == 2, [t["description"] for t in doc["tasks"]]


# ---- de "jemandem absagen/zusagen" (call off / confirm with someone) is a message to them

@pytest.mark.parametrize("text", ["der Frau Kaya den Termin am Freitag absagen", "dem Chor für die Probe am Sonntag zusagen"])
def test_de_absagen_zusagen_is_messaging(text):
    doc = parse_at_now(text)
    assert [t["type"] for t in doc["tasks"]] == ["messaging"], [(t["description"], t["type"]) for t in doc["tasks"]]


# ---- en "pull"/"fetch" something and digest it ("… and summarise it") is one reading job

@pytest.mark.parametrize("text", [
    "pull the council minutes from last night and summarise them",
    "fetch the latest tide tables for Tenby and pick out the low tides",
])
def test_en_pull_and_digest_is_one_job(text):
    doc = parse_at_now(text)
    assert len(doc["tasks"]) == 1, [t["description"] for t in doc["tasks"]]


def test_en_pull_then_an_action_of_its_own_still_splits():
    doc = parse_at_now("pull the latest main branch and email Tomasz the release notes")
    assert len(doc["tasks"]) == 2, [t["description"] for t in doc["tasks"]]


# ---- ja puts a note's opener last ("`--dry-run`で", "本番のキーを使って"): after a command's ids it is a note,
# ---- kept as written; a later command with its own id is no note

@pytest.mark.parametrize("text, note", [
    ("retry T-41 `--dry-run`で", "`--dry-run`で"),
    ("T-41 リトライ ステージングの認証情報を使って", "ステージングの認証情報を使って"),
])
def test_ja_note_with_its_opener_last(text, note):
    doc = parse_at_now(text)
    assert [(c["verb"], c["ids"], c["note"]) for c in doc["commands"]] == [("retry", ["T-41"], note)], doc["commands"]


def test_ja_second_command_is_no_note():
    doc = parse_at_now("T-21は完了にして、T-22はスキップで")
    assert [(c["verb"], c["ids"], c["note"]) for c in doc["commands"]] == [("done", ["T-21"], None), ("skip", ["T-22"], None)], doc


# ---- ja list items written nominalised ("…を探すのと、…をメールすること") are the plain items they name

def test_ja_nominalised_plain_items():
    doc = parse_at_now("2つ：公民館の空きを調べるのと、参加者に持ち物をメールすること")
    assert [t["type"] for t in doc["tasks"]] == ["info-lookup", "messaging"], [t["description"] for t in doc["tasks"]]
    doc = parse_at_now("2つ：写真を選ぶこと、アルバムの表紙を探すこと")
    assert [t["description"] for t in doc["tasks"]] == ["写真を選ぶこと", "アルバムの表紙を探すこと"], doc


# ---- a CJK count header after a topic ("茶道教室のことで3つ：", "关于搬家的事，三件事：") announces its items
# ---- (a word a character, so the head is longer); only at its end, so "每周一早上9点…" is no header

@pytest.mark.parametrize("text, count", [
    ("茶道教室のことで3つ：会場を探す、先生に連絡する、案内状を作る", 3),
    ("町内会の件で2つ：集会所の予約を確認するのと、会長にメールすること", 2),
    ("每周一早上9点把周报发到群里", 1),
])
def test_cjk_count_header_after_a_topic(text, count):
    doc = parse_at_now(text)
    assert len(doc["tasks"]) == count, [t["description"] for t in doc["tasks"]]


# ---- en "the top field", "the first floor" name a place, not a pick among earlier results ("the top 5",
# ---- "the first three" still pick)

def test_en_position_words_are_no_pick():
    doc = parse_at_now("barn jobs:\n- look up the price of fence posts\n- remind me on monday to fix the gate in the top paddock")
    assert [t["depends_on"] for t in doc["tasks"]] == [[], []], [(t["description"], t["depends_on"]) for t in doc["tasks"]]


@pytest.mark.parametrize("text", [
    "research standing desks under 400 and put the top 3 in a table",
    "find cafés near the office, then book the first one that takes groups",
])
def test_en_a_pick_among_results_still_waits(text):
    doc = parse_at_now(text)
    assert len(doc["tasks"]) == 2 and doc["tasks"][1]["depends_on"] == [0], [(t["description"], t["depends_on"]) for t in doc["tasks"]]


# ---- ja: a first comma piece ending in a particle ("…用に、", "…向けに、") frames what follows; it is no list
# ---- entry of its own (a Japanese entry ends in a noun, a request in a verb's kana)

@pytest.mark.parametrize("text, count", [
    ("年末の大掃除用に、洗剤を買って、業者を探して、母に電話して", 3),
    ("新入社員向けに、歓迎会の案内をannai.txtで書いて、人事部にメールで送っといて", 2),
])
def test_ja_particle_frame_before_a_comma_list(text, count):
    doc = parse_at_now(text)
    assert len(doc["tasks"]) == count, [t["description"] for t in doc["tasks"]]
    assert not doc["tasks"][0]["description"].endswith("に"), doc["tasks"][0]["description"]
