"""Round 42, part C (types, dependencies, dates): printed matter that is made (a poster, a flyer, an
invitation) is a file created, also as a compound's head ("A4-Plakat") or after an elided article
("l'affiche"); a "when it's ready" condition without its comma, or with a comma only after the request,
still leaves the request's own verb to decide the type."""

import pytest

from parsing import parse_at_now
from task_runner.parse.classify import classify

# --- "make an A4 poster for her cat": printed matter made is a file ---------------------------------------


@pytest.mark.parametrize("text", [
    "make an A4 poster for her cat Biscuit (ginger with white paws; her number in big letters)",
    "make a flyer for the bake sale",
    "put together an invitation for the street party",
    "hazme un cartel A4 para Mixa (gata tricolor, con collar rojo)",
    "prepara unos folletos para la feria del barrio",
    "ein A4-Plakat für ihre Katze Mausi machen",
    "mach einen Handzettel für das Hoffest",
    "fais un flyer A5 pour les boîtes aux lettres",
    "d'ici ce soir fais l'affiche « chat perdu » de Caramel",
    "faz o convite com data 19/12 e horário 16h",
    "faz um cartaz para a quermesse",
    "prepara un volantino per la sagra",
    "fammi la locandina del concerto",
    "帮对门张阿姨做个寻猫启事",
    "做一张元旦晚会的海报",
    "秋祭りのチラシを作って",
    "町内会費の集金表を作る",
])
def test_printed_matter_made_is_file_creation(text):
    assert classify(text) == "file-creation"


@pytest.mark.parametrize("text, kind", [
    ("send the invitation to Bob", "messaging"),
    ("manda el cartel a Lucía", "messaging"),
    ("find a cheap poster printer near me", "info-lookup"),
    ("envoie l'affiche à Paul", "messaging"),
    ("schick das Plakat an Jana", "messaging"),
    ("花火玉の在庫をスプレッドシートで確認して", "info-lookup"),
    ("check the follow-up list from yesterday", "info-lookup"),
])
def test_printed_matter_sent_or_looked_for_keeps_its_verb(text, kind):
    assert classify(text) == kind


def test_a_poster_item_with_sub_bullets_is_file_creation_and_its_then_step_waits():
    doc = parse_at_now("lost cat poster for Mrs Kerr next door:\n- make an A4 poster for her cat Biscuit\n"
                       "  - ginger with white paws\n- then stick it on the facebook group too")
    assert [t["type"] for t in doc["tasks"]][:1] == ["file-creation"], doc
    assert doc["tasks"][1]["depends_on"] == [0], doc


# --- "quando tiver pronto manda pra Luciene": a condition's done-words, then the request's verb -------------


@pytest.mark.parametrize("text", [
    "quando tiver pronto manda pra Luciene revisar",
    "quando estiver pronta manda pro Carlos",
    "quando è pronta mandala anche all'amministratore del condominio, il dottor Ceccarelli",
    "quando è pronto manda la lettera a Marco, il presidente",
    "cuando esté listo mándaselo a Luis, el del banco",
    "when it's ready send it to Bob, our accountant",
])
def test_a_condition_before_the_request_leaves_the_request_to_decide(text):
    assert classify(text) == "messaging"


def test_a_condition_with_its_own_comma_still_reads_the_request_after_it():
    assert classify("quando hai finito, manda il file a Paolo") == "messaging"
    assert classify("once T-03 is done, deploy it to staging") == "code-execution"


def test_a_ready_draft_sent_on_waits_for_the_draft():
    doc = parse_at_now("até segunda faz um ofício em word pro presidente da associação pedindo a prestação de contas, "
                       "e quando tiver pronto manda pra Luciene revisar")
    assert [t["type"] for t in doc["tasks"]] == ["file-creation", "messaging"], doc
    assert doc["tasks"][1]["depends_on"] == [0] and doc["tasks"][0]["schedule"]["due"], doc


# --- "日曜9時からの側溝掃除", "入れる土曜日を探して": a Japanese date that is the thing's, not when to act -------


@pytest.mark.parametrize("text", [
    "今日お願いしたいこと\n1. 町内会のLINEグループに、日曜9時からの側溝掃除のお知らせを送る\n2. スプレー缶の出し方を調べる",
    "日曜の9時からの打ち合わせの資料を作って",
    "駅での明日の待ち合わせを確認して",
    "フードバンクの12月のシフト表で私が入れる土曜日を探して",
    "空いてる日曜を教えて",
    "来週の空いてる日を教えて",
])
def test_a_japanese_date_of_the_thing_sets_no_start(text):
    doc = parse_at_now(text)
    assert doc["tasks"] and all(t["schedule"]["not_before"] is None and t["schedule"]["due"] is None
                                for t in doc["tasks"]), doc


@pytest.mark.parametrize("text", [
    "明日から日記を書いて",
    "土曜日に田中さんに電話して",
    "明日の朝、シフト表を探して",
])
def test_a_japanese_date_with_its_own_particle_still_starts_the_task(text):
    doc = parse_at_now(text)
    assert doc["tasks"][0]["schedule"]["not_before"] is not None, doc


# --- "write a short thank you email to councillor Devlin": the message noun before its "to" --------------


@pytest.mark.parametrize("text", [
    "write a short thank you email to councillor Devlin for coming along on tuesday",
    "escribe un correo muy corto de agradecimiento a Ana",
    "écris un petit mail de remerciement à Paul",
    "scrivi una breve mail di ringraziamento a Giulia",
])
def test_a_message_noun_with_its_modifiers_before_the_recipient_is_a_message(text):
    assert classify(text) == "messaging"


@pytest.mark.parametrize("text", [
    "write a short summary of the meeting to share",
    "write a long report on our email habits to the board",
    "write a quick outline of the talk",
])
def test_a_document_written_stays_file_creation(text):
    assert classify(text) == "file-creation"
