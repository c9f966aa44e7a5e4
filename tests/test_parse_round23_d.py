"""Round 23, part D (holdout18/19's misses in ja, it): a URL, an address or a path in Japanese text
ends where the kana or kanji start; a period end that names the thing's time in Japanese is no
deadline; "after" that opens a clause ("dopo che", "depois que") is the condition of a step, not a
bare "then"; and the words those cases showed missing (ja 追記して / に入れて / だけ, it fissa)."""

import pytest

from parsing import commands_of, parse_at_now


def _descriptions(doc):
    return [task["description"] for task in doc["tasks"]]


# ---- a name written without spaces in Japanese text ends at the first kana or kanji
@pytest.mark.parametrize("text, name", [
    ("来週の院内勉強会の資料をslides/glaucoma.pptxで作って", "slides/glaucoma.pptx"),
    ("資料を/tmp/report.txtに保存して", "/tmp/report.txt"),
    ("見積もりをtaro@example.jpにメールして", "taro@example.jp"),
    ("https://example.jp/menuを確認して", "https://example.jp/menu"),
])
def test_a_name_in_japanese_text_stops_at_the_kana(text, name):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and _descriptions(doc) == [text]
    assert name in doc["tasks"][0]["description"]


@pytest.mark.parametrize("text, descriptions", [
    ("save the notes to ~/docs/notes.md and email ana.b@example.com",
     ["save the notes to ~/docs/notes.md", "email ana.b@example.com"]),
    ("copy reports/2026/q3.xlsx to the shared drive", ["copy reports/2026/q3.xlsx to the shared drive"]),
    ("controlla https://example.it/menù e scrivi a Sara", ["controlla https://example.it/menù", "scrivi a Sara"]),
])
def test_a_name_in_latin_text_is_read_whole(text, descriptions):
    assert _descriptions(parse_at_now(text)) == descriptions


# ---- a bare period end that names the thing's time is no deadline (Japanese)
@pytest.mark.parametrize("text", [
    "盛岡までの新幹線の年末の空席も調べといて",
    "山口先生に年末調整の書類が揃ったとメールして",
])
def test_a_period_end_of_the_thing_is_no_deadline(text):
    doc = parse_at_now(text)
    assert len(doc["tasks"]) == 1 and doc["tasks"][0]["schedule"]["due"] is None


@pytest.mark.parametrize("text", [
    "年末までに書類を送って",
    "年末に書類を送って",
    "月底交房租",
    "今月中に書類を送って",
])
def test_a_period_end_that_says_when_stays_a_deadline(text):
    doc = parse_at_now(text)
    assert doc["tasks"][0]["schedule"]["due"] is not None


# ---- "after" that opens a clause is the condition of the next step
@pytest.mark.parametrize("text, second", [
    ("fissami un appuntamento dall'oculista e dopo che è fissato scrivi a Roberta che esco prima",
     "dopo che è fissato scrivi a Roberta che esco prima"),
    ("confere os lançamentos no sistema, depois que terminar gera a guia do DAS",
     "depois que terminar gera a guia do DAS"),
])
def test_after_opening_a_clause_is_the_condition_of_a_step(text, second):
    doc = parse_at_now(text)
    assert _descriptions(doc)[1] == second and doc["tasks"][1]["depends_on"] == [0]


@pytest.mark.parametrize("text, second", [
    ("prenota il tavolo e dopo scrivi a Roberta", "scrivi a Roberta"),
    ("book the table and after that email Roberta", "email Roberta"),
])
def test_a_bare_then_still_cuts_before_its_step(text, second):
    doc = parse_at_now(text)
    assert _descriptions(doc)[1] == second and doc["tasks"][1]["depends_on"] == [0]


@pytest.mark.parametrize("text", [
    "manda o convite pro grupo da escola, depois que a lista estiver pronta",
    "manda l'invito al gruppo dopo che la lista è pronta",
])
def test_a_condition_with_no_step_of_its_own_stays_with_its_task(text):
    assert len(parse_at_now(text)["tasks"]) == 1


# ---- words: ja 追記して / 入れて are requests, に入れて books a date, だけ narrows a pause to a group
@pytest.mark.parametrize("text", [
    "毎晩22時に、その日の歩数をwalk.mdに追記して",
    "家族面談の予定を火曜15時に入れて",
])
def test_japanese_request_verbs(text):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and len(doc["tasks"]) == 1


def test_a_date_put_in_the_calendar_is_the_bookings():
    task = parse_at_now("家族面談の予定を火曜15時に入れて")["tasks"][0]
    assert task["type"] == "reminder-scheduling" and task["schedule"]["not_before"] is None


@pytest.mark.parametrize("text, group", [
    ("旅行グループだけ一時停止お願い", "旅行"),
    ("「採用」グループだけ一時停止しといて", "採用"),
])
def test_only_one_group_paused(text, group):
    doc = parse_at_now(text)
    assert commands_of(doc) == [("pause", [], "all")] and doc["commands"][0]["note"] == group and doc["tasks"] == []


def test_italian_fissa_is_a_request():
    doc = parse_at_now("fissa un appuntamento con il commercialista, trova il modulo e scrivi una lettera in bozza.txt")
    assert len(doc["tasks"]) == 3 and doc["tasks"][0]["type"] == "reminder-scheduling"


# ---- a Japanese request ending closes its clause before a comma, as a verb does
@pytest.mark.parametrize("text, second", [
    ("学級閉鎖の基準を調べておいて、結果を教頭先生に送って", "結果を教頭先生に送って"),
    ("在庫を確認してください、発注先に連絡してください", "発注先に連絡してください"),
])
def test_a_request_ending_closes_a_japanese_clause(text, second):
    assert _descriptions(parse_at_now(text))[-1] == second


def test_a_detail_after_a_request_ending_stays_with_it():
    assert len(parse_at_now("息子の塾選びを手伝ってほしい、武蔵小杉あたりで")["tasks"]) == 1


# ---- before the event of a date is by that date
@pytest.mark.parametrize("text, day", [
    ("12月10日の学年会議の前に、学級閉鎖の基準を調べておいて", "2026-12-10"),
    ("金曜の会議の前に資料を送って", None),
    ("周五的会议之前把报告发给我", None),
])
def test_before_the_event_of_a_date_is_due_that_day(text, day):
    due = parse_at_now(text)["tasks"][0]["schedule"]["due"]
    assert due is not None and (day is None or due.startswith(day))


def test_the_date_of_the_thing_alone_is_no_deadline():
    assert parse_at_now("金曜の会議の資料を送って")["tasks"][0]["schedule"]["due"] is None


# ---- words: an Italian gerund says how to try again; ja "院長にメール" is a request clipped to its noun
@pytest.mark.parametrize("text, note", [
    ('riprova T-26 cercando "torneo burraco Bologna dicembre" stavolta', 'cercando "torneo burraco Bologna dicembre" stavolta'),
    ("riprova T-26 provando con la chiave nuova", "provando con la chiave nuova"),
])
def test_an_italian_gerund_is_the_retry_note(text, note):
    doc = parse_at_now(text)
    assert commands_of(doc) == [("retry", ["T-26"], None)] and doc["commands"][0]["note"] == note


def test_a_request_clipped_to_its_noun_is_a_step():
    doc = parse_at_now("バックアップを `rsync -a /data /nas/` で実行して、完了したら院長にメール")
    assert len(doc["tasks"]) == 2 and doc["tasks"][1]["type"] == "messaging" and doc["tasks"][1]["depends_on"] == [0]


def test_a_corrected_channel_stays_one_message():
    assert len(parse_at_now("丸山水産にメール…じゃなくてLINEで、仕入れを増やしてほしいと伝えて")["tasks"]) == 1


# ---- words: Italian control verbs with their clitic or as a bare participle, and "riparti"
@pytest.mark.parametrize("text, expected", [
    ("fatte T-08, T-09 e T-10 👍", [("done", ["T-08", "T-09", "T-10"], None)]),
    ("ok riparti pure con la coda", [("resume", [], "all")]),
])
def test_italian_control_words(text, expected):
    doc = parse_at_now(text)
    assert commands_of(doc) == expected and doc["tasks"] == []


def test_a_reflexive_fatti_is_no_done():
    assert parse_at_now("fatti una domanda su T-08")["commands"] == []


def test_a_skip_with_its_clitic_before_a_new_task():
    doc = parse_at_now("T-14 fatto, T-15 saltala e al posto suo cerca un idraulico a Livorno")
    assert commands_of(doc) == [("done", ["T-14"], None), ("skip", ["T-15"], None)] and len(doc["tasks"]) == 1
