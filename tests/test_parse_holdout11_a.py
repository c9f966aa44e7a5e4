"""Round 15, part A (holdout11 as the development set, en/es/de/zh misses): general rules for
classes of misses, each in every language it applies to, worded differently from the corpus.
Grouped by category: commands and notes."""

import pytest

from parsing import parse_at_now

# ======================================================================================= commands, notes

# ---- a word already read inside a declared control phrase ("nochmal versuchen") is not repaired
# ---- as a verb with a clitic ("versuch" + "en"), so the note after the phrase stays a note

@pytest.mark.parametrize("text, note", [
    ("T-40 nochmal versuchen, das Passwort steht jetzt im Tresor", "das Passwort steht jetzt im Tresor"),
    ("T-40 erneut versuchen, aber mit dem Staging-Schlüssel", "aber mit dem Staging-Schlüssel"),
    ("T-40 reintentar, la clave nueva está en el gestor", "la clave nueva está en el gestor"),
    ("retry T-40, the token is in the vault now", "the token is in the vault now"),
])
def test_a_note_after_a_control_phrase_after_the_id(text, note):
    doc = parse_at_now(text)
    assert [(c["verb"], c["ids"], c["note"]) for c in doc["commands"]] == [("retry", ["T-40"], note)], doc
    assert not doc["tasks"], doc


# ---- zh "重新试一下" before the id is retry, as it already was after it

@pytest.mark.parametrize("text", ["重新试一下T-40", "重新试下T-40，用新的密码", "T-40重新试一下"])
def test_zh_retry_before_the_id(text):
    doc = parse_at_now(text)
    assert [(c["verb"], c["ids"]) for c in doc["commands"]] == [("retry", ["T-40"])], doc


# ---- raising a task "to urgent" is the urgent command (es "sube … a urgente", en "bump … to
# ---- urgent", de "… auf dringend setzen"; then pt "passa … para urgente", ja 「…を緊急にして」;
# ---- fr "passe … en urgent" and it "metti … come urgente" were read already)

@pytest.mark.parametrize("text", [
    "sube la T-40 a urgente",
    "cierra la T-39 y sube la T-40 a urgente",
    "bump T-40 to urgent",
    "move T-40 to top priority",
    "setz T-40 auf dringend",
    "T-40 bitte auf dringend stellen",
    "passa a T-40 para urgente",
    "põe a T-40 pra urgente por favor",
    "T-40を緊急にして",
    "T-40は緊急にしてください",
    "passe T-40 en urgent",
    "metti T-40 come urgente",
])
def test_raised_to_urgent(text):
    doc = parse_at_now(text)
    assert ("urgent", ["T-40"]) in [(c["verb"], c["ids"]) for c in doc["commands"]], doc
    assert not doc["tasks"], doc


@pytest.mark.parametrize("text", ["passa a bola para o João", "緊急連絡先を調べて"])
def test_urgent_words_of_the_thing_are_no_command(text):
    assert not parse_at_now(text)["commands"]


# ======================================================================================= splits, dependencies

# ---- zh "跑完/执行完(之后)" after a run is "then": the next task waits for it

@pytest.mark.parametrize("text", [
    "跑一下备份脚本，跑完把日志发给小王",
    "执行一下迁移脚本，执行完之后通知我",
])
def test_zh_after_the_run_then(text):
    doc = parse_at_now(text)
    assert len(doc["tasks"]) == 2 and doc["tasks"][1]["depends_on"] == [0], doc
