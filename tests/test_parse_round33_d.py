"""Round 33, part D (holdout31/32): control commands as people type them: an adverb before the urgent
adjective ("T-9 is now urgent", "T-9 ist jetzt dringend"); an aside in brackets after an id-first verb
("T-9 cancela (o cliente desistiu)"); a verb whose first letter was typed with the key beside it
("xancela", "vancel"); a katakana verb with an inner kana left in hiragana ("スきップ"); the input
method's kanji homophone of a Japanese verb ("再実効"); and two ids offered as alternatives
("T-44 or T-45"), where the parser says it cannot tell which one is meant."""

import pytest

from task_runner.parse import parse_message


def _command(text: str) -> dict:
    doc = parse_message(text)
    assert doc["mode"] == "intake" and len(doc["commands"]) == 1 and not doc["tasks"] and not doc["unsure"], doc
    return doc["commands"][0]


# ---- an adverb between the copula and "urgent" ("is now urgent", "ist jetzt dringend", "agora é urgente")
@pytest.mark.parametrize("text", [
    "T-71 is now urgent, the landlord wants it today",
    "T-71 ist jetzt dringend, der Vermieter wartet",
    "la T-71 ya es urgente",
    "T-71 est maintenant urgente",
    "T-71 ormai è urgente",
    "a T-71 agora é urgente",
])
def test_adverb_before_urgent(text):
    command = _command(text)
    assert command["verb"] == "urgent" and command["ids"] == ["T-71"], command


# ---- an aside in brackets ends the clause of a verb said after its ids
@pytest.mark.parametrize("text, verb", [
    ("T-58 skip (the shop closed anyway)", "skip"),
    ("T-58 cancela (a cliente mudou de ideia)", "cancel"),
    ("la T-58 cancela (ya no la necesito)", "cancel"),
    ("T-58 annule (plus la peine)", "cancel"),
    ("T-58 annulla (non serve più)", "cancel"),
])
def test_bracketed_aside_after_id_first_verb(text, verb):
    command = _command(text)
    assert command["verb"] == verb and command["ids"] == ["T-58"], command


# ---- a first letter typed with the key beside it ("x"/"v" for "c", "s"/"z" for "a")
@pytest.mark.parametrize("text, verb", [
    ("vancel T-42 please, plans changed", "cancel"),
    ("xancela a T-42, o fornecedor fechou", "cancel"),
    ("xancela la T-42, ya no hace falta", "cancel"),
    ("snnule T-42, on a trouvé ailleurs", "cancel"),
    ("znnulla la T-42, abbiamo già risolto", "cancel"),
])
def test_first_letter_from_the_next_key(text, verb):
    command = _command(text)
    assert command["verb"] == verb and command["ids"] == ["T-42"], command


def test_next_key_typo_needs_a_long_word():
    doc = parse_message("eetry T-42")  # five letters: too short to read past a wrong first letter
    assert not doc["commands"], doc


# ---- Japanese: an inner kana left in hiragana, and the input method's kanji homophone of a verb
@pytest.mark.parametrize("text, verb", [
    ("T-77はスきップで", "skip"),
    ("T-77をリとライしてください", "retry"),
    ("T-77はキャンせルして、もう要らない", "cancel"),
    ("T-77を再実効して、回線が落ちてた", "retry"),
    ("T-77を最試行してください", "retry"),
])
def test_japanese_verb_typos(text, verb):
    command = _command(text)
    assert command["verb"] == verb and command["ids"] == ["T-77"], command


# ---- two ids offered as alternatives: one is meant, and the parser says it cannot tell which
@pytest.mark.parametrize("text", [
    "retry the invoice one, T-61 or T-62, can't remember which",
    "mach die mit dem Flyer nochmal, T-61 oder T-62",
    "reintenta la del presupuesto, la T-61 o la T-62",
    "relance celle du devis, T-61 ou T-62 je crois",
    "riprova quella del preventivo, T-61 oppure T-62",
    "tenta de novo a do orçamento, a T-61 ou a T-62",
    "把报价那个重试一下，T-61还是T-62来着",
    "見積もりのやつ、T-61かT-62をもう一回やって",
])
def test_ids_offered_as_alternatives_are_unsure(text):
    doc = parse_message(text)
    assert doc["mode"] == "intake" and any("T-61 or T-62" in reason for reason in doc["unsure"]), doc


@pytest.mark.parametrize("text", ["skip T-61 and T-62", "T-61からT-63までキャンセル", "cancela a T-61 e a T-62"])
def test_ids_joined_by_and_are_sure(text):
    doc = parse_message(text)
    assert doc["commands"] and not doc["unsure"], doc


# ---- a selector command after a joining word ("and then please all the failed ones: retry"), also after
# an id command, whose note it is not; zh "把卡住的都重试一下": a state, 的 and 都 select those tasks
@pytest.mark.parametrize("text, first, verb", [
    ("skip T-8, and then all the failed ones: retry", "skip", "retry"),
    ("T-8 ist fertig, und dann alle fehlgeschlagenen überspringen", "done", "skip"),
    ("Antwort für T-8: der Schlüssel liegt im Safe. Und dann bitte alle blockierten nochmal versuchen", "answer", "retry"),
    ("T-8 está hecha, y luego todas las bloqueadas: reintentar", "done", "retry"),
    ("回答T-8：用公司的邮箱。然后把失败的都重试一下", "answer", "retry"),
])
def test_selector_command_after_a_join(text, first, verb):
    doc = parse_message(text)
    assert [c["verb"] for c in doc["commands"]] == [first, verb] and not doc["tasks"], doc
    assert doc["commands"][1]["selector"] == "blocked" and not doc["commands"][1]["ids"], doc


def test_zh_state_de_dou_selects():
    command = _command("把卡住的都跳过吧")
    assert command["verb"] == "skip" and command["selector"] == "blocked", command
