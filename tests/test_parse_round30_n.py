"""Round 30, part n (holdout27's misses in zh and ja, and recurring schedules in every language): the
evening an every-word carries ("毎晩9時" is 21:00), a day list joined by 和 / 、 inside a schedule, and a
repetition cut off by a comma before the request it schedules ("毎朝、天気を確認して")."""

import pytest

from parsing import parse_at_now


def _crons(text: str) -> list:
    return [task["schedule"]["cron"] for task in parse_at_now(text)["tasks"]]


# ---- an every-word of the evening makes the hour after it an evening hour
@pytest.mark.parametrize("text, cron", [
    ("毎晩9時に薬を飲むようリマインドして", "0 21 * * *"),
    ("毎晩10時半にバックアップを実行して", "30 22 * * *"),
    ("毎夜11時にサーバーのログを確認して", "0 23 * * *"),
    ("毎夕6時に犬の散歩をリマインドして", "0 18 * * *"),
    ("每晚十点提醒我关灯，然后帮我查一下明天的天气", "0 22 * * *"),
    ("每晚9点半帮我查一下明天的天气", "30 21 * * *"),
    ("每夜11点帮我备份一下数据库", "0 23 * * *"),
])
def test_an_evening_every_word_sets_an_evening_hour(text, cron):
    assert _crons(text)[0] == cron


@pytest.mark.parametrize("text, cron", [
    ("毎朝7時に天気を調べて", "0 7 * * *"),          # the morning stays the morning
    ("每天早上8点帮我查一下路况", "0 8 * * *"),
    ("毎晩23時にバックアップを実行して", "0 23 * * *"),  # a 24-hour clock stays as it is
    ("每晚提醒我写日记，然后帮我查一下明天的天气", "0 20 * * *"),  # no clock: the evening's own hour
])
def test_other_hours_are_untouched(text, cron):
    assert _crons(text)[0] == cron


# ---- a comma before a new schedule with a joined list of days still starts the next task
@pytest.mark.parametrize("text, crons", [
    ("每天早上8点帮我查一下天气，每周二和周四晚上7点提醒我去健身", ["0 8 * * *", "0 19 * * 2,4"]),
    ("每月15号提醒我交水电费，每周一、周五下午3点帮我查一下快递", ["0 9 15 * *", "0 15 * * 1,5"]),
    ("每周三帮我查一下路况，每周六及周日上午十点提醒我浇花", ["0 9 * * 3", "0 10 * * 0,6"]),
    ("每月1号上午九点提醒我交物业费，每周二和周五晚上八点半提醒我倒垃圾", ["0 9 1 * *", "30 20 * * 2,5"]),
])
def test_a_day_list_after_a_comma_opens_the_next_schedule(text, crons):
    assert _crons(text) == crons


@pytest.mark.parametrize("text", [
    "帮我订周三和周五的会议室",
    "每周三和周六晚上九点半提醒我给绿萝浇水",
])
def test_a_day_list_alone_stays_one_task(text):
    assert len(parse_at_now(text)["tasks"]) == 1


# ---- a repetition cut off by a comma schedules the request after it
@pytest.mark.parametrize("text, cron", [
    ("毎朝、天気を確認して", "0 8 * * *"),
    ("毎朝7時、天気を確認して", "0 7 * * *"),
    ("平日、メールをチェックして", "0 9 * * 1-5"),
    ("毎日、売上を集計して", "0 9 * * *"),
    ("每天早上，帮我查一下天气", "0 8 * * *"),
    ("每周一，帮我查一下油价", "0 9 * * 1"),
    ("每天早上8点，查一下路况", "0 8 * * *"),
    ("每个工作日，帮我查一下邮件", "0 9 * * 1-5"),
])
def test_a_repetition_before_a_comma_schedules_the_request(text, cron):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and [t["schedule"]["cron"] for t in doc["tasks"]] == [cron]


@pytest.mark.parametrize("text, not_before", [
    ("明天早上8点，帮我查一下天气", "2026-11-21T08:00:00Z"),
    ("明日の朝、天気を確認して", "2026-11-21T08:00:00Z"),
])
def test_a_one_off_start_before_a_comma_still_starts(text, not_before):
    tasks = parse_at_now(text)["tasks"]
    assert len(tasks) == 1 and tasks[0]["schedule"] == {"cron": None, "due": None, "not_before": not_before}


@pytest.mark.parametrize("text", [
    "every morning, check the weather",
    "tous les matins, regarde la météo",
    "jeden Morgen, schau dir das Wetter an",
])
def test_latin_repetitions_before_a_comma_are_unchanged(text):
    assert _crons(text) == ["0 9 * * *"]


# ---- a monthly day after a plural day word: "todos os dias 1", "todos los días 15"
@pytest.mark.parametrize("text, cron", [
    ("todos os dias 5 às 10h manda o extrato para a contadora", "0 10 5 * *"),
    ("todos os dias 1 às 8h, lembrar-me de pagar o condomínio", "0 8 1 * *"),
    ("todos los días 15 a las 9 revisa las facturas del mes", "0 9 15 * *"),
    ("tous les jours 5 à 9h envoie le relevé à Paul", "0 9 5 * *"),
])
def test_a_plural_day_word_before_a_day_number_is_monthly(text, cron):
    assert _crons(text) == [cron]


@pytest.mark.parametrize("text, cron", [
    ("todos os dias às 9h manda o resumo para a Ana", "0 9 * * *"),
    ("todos os dias 7h manda o resumo para a Ana", "0 7 * * *"),
])
def test_a_plural_day_word_with_a_clock_stays_daily(text, cron):
    assert _crons(text) == [cron]


# ---- Japanese "Xで" after a control word: the casual "make it X" ends the command, no note
@pytest.mark.parametrize("text, verb, ids", [
    ("T-34をキャンセルで", "cancel", ["T-34"]),
    ("T-12とT-13をキャンセルで", "cancel", ["T-12", "T-13"]),
    ("T-12を削除で", "cancel", ["T-12"]),
    ("T-7を完了で", "done", ["T-07"]),
    ("T-7はdoneで", "done", ["T-07"]),
    ("T-8を再試行で", "retry", ["T-08"]),
    ("T-8を再実行で", "retry", ["T-08"]),
])
def test_a_japanese_de_ending_is_no_note(text, verb, ids):
    doc = parse_at_now(text)
    assert doc["tasks"] == [] and [(c["verb"], c["ids"], c["note"]) for c in doc["commands"]] == [(verb, ids, None)]


# ---- the result sent back to the user is no task of its own
@pytest.mark.parametrize("text", [
    "werktags um 7 den Pegelstand nachschauen und mir per Signal schicken",
    "jeden Morgen die Wetterlage prüfen und mir per Mail schicken",
    "den Kontostand checken und uns kurz per WhatsApp senden",
    "en semaine à 7h regarde la météo et dis moi si je peux y aller en vélo",
    "vérifie les horaires du train et dites moi s'il y a du retard",
    "regarde le prix du gazole et préviens moi s'il baisse",
])
def test_sending_the_result_back_is_one_job(text):
    assert len(parse_at_now(text)["tasks"]) == 1


@pytest.mark.parametrize("text", [
    "die Rechnung raussuchen und an Herrn Maier per Mail schicken",
    "regarde la météo et envoie le résumé à Julien",
])
def test_sending_to_someone_else_stays_two_tasks(text):
    assert len(parse_at_now(text)["tasks"]) == 2


def test_a_send_verb_first_is_not_the_verb_last_rule():
    assert len(parse_at_now("prenota un tavolo da Mario e mandami la conferma")["tasks"]) == 2


# ---- every other week, a weekday's place in its month: no cron line says them, so none is set
@pytest.mark.parametrize("text", [
    "every other week feed the sourdough starter",
    "every second tuesday call grandma about the garden",
    "send the timesheet to Priya fortnightly on fridays",
    "jeden zweiten Mittwoch die Biotonne rausstellen, erinnere mich abends",
    "alle zwei Wochen am Freitag die Stundenzettel an Jana schicken",
    "un lundi sur deux appelle mamie pour les courses",
    "toutes les deux semaines envoie le planning à Julien",
    "cada dos semanas llama a la abuela para ver qué necesita",
    "ogni due settimane manda a Carla il riepilogo delle ore",
    "a cada duas semanas manda o relatório para a Joana",
    "隔周周四给老师发消息确认上课时间",
    "每两周帮我查一下信用卡账单",
    "隔週木曜に英会話の先生に確認メッセージを送って",
    "2週間ごとに猫の薬をリマインドして",
    "the first monday of each month check the smoke alarms",
    "le premier lundi de chaque mois à 9h, envoie le relevé au syndic",
    "el primer lunes de cada mes manda el informe a Marta",
    "ogni primo lunedì del mese scarica l'estratto conto",
    "am ersten Montag im Monat die Miete prüfen",
    "每个月第一个周一把考勤表发给人事",
    "每月最后一个周五下午帮我查一下报销进度",
    "毎月第1月曜の9時に電気代の明細をダウンロードして",
])
def test_a_repetition_no_cron_says_sets_none(text):
    doc = parse_at_now(text)
    assert doc["tasks"] and all(t["schedule"]["cron"] is None for t in doc["tasks"])


@pytest.mark.parametrize("text, cron", [
    ("every monday and thursday at 8 text the team the rota", "0 8 * * 1,4"),
    ("every other day water the cactus", "0 9 */2 * *"),
    ("on the 1st of each month at 9 check my bill against last month's", "0 9 1 * *"),
    ("jeden Montag und Donnerstag um 8 die Post holen", "0 8 * * 1,4"),
    ("chaque lundi et jeudi à 8h envoie le menu à Paul", "0 8 * * 1,4"),
    ("每周一和周四上午八点提醒我开例会", "0 8 * * 1,4"),
    ("毎週月曜と木曜の朝8時にゴミ出しをリマインドして", "0 8 * * 1,4"),
    ("每月1号上午十点提醒我交房租", "0 10 1 * *"),
])
def test_repetitions_a_cron_says_keep_it(text, cron):
    doc = parse_at_now(text)
    assert [t["schedule"]["cron"] for t in doc["tasks"]] == [cron]


# ---- Japanese: a verbal noun with its を before して is the request ("…のメールをして")
@pytest.mark.parametrize("text, kind", [
    ("T-86が終わったら大家さんに振込完了のメールをして", "messaging"),
    ("明日、田中さんに電話をして", "messaging"),
    ("来週の会議室の予約をしておいて", None),
    ("部長に欠勤の連絡をしてください", None),
])
def test_a_verbal_noun_with_wo_shite_is_a_request(text, kind):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and len(doc["tasks"]) == 1 and (kind is None or doc["tasks"][0]["type"] == kind)
