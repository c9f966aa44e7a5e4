"""Round 33, part c (holdout32): how many tasks a message holds and what each description keeps.

- a number abbreviation ("n.", "Nr.", "ref.", "tam.") before a code ends no sentence (text.py, the word files);
- a statement of what is wrong before an object-less fix ("row 3 is wrong: fix it and …", "… está errado,
  corrige e …") stays in the fix's task, and is no header to drop (statement_first.py);
- a verb with its object pronoun written onto it ("corrige-la") is a clause of its own before "et …" (cuts.py);
- in Japanese, a kanji that opens a Chinese "please" or "then" ("請", "再") is the head of a word
  ("請求書", "再送して") (phrases.kanji_word_head);
- a comma inside brackets ("（Lサイズ、品番 …）", "(oak, set of 4)") starts no request (brackets.py, lists.py);
- an unknown lowercase word with a quantity and a noun before a "then" step is that step's verb
  ("encomenda 40 canecas …") (tasks._unknown_imperative).
"""

import pytest

from parsing import parse_at_now


def _descriptions(text: str) -> list[str]:
    doc = parse_at_now(text)
    assert doc["mode"] == "intake", doc
    return [task["description"] for task in doc["tasks"]]


# ---- a number abbreviation keeps its code in the task
@pytest.mark.parametrize("text, code", [
    ("manda la ricevuta n. 7731 a Giorgio, la aspetta da lunedì", "n. 7731 a Giorgio"),
    ("envia o recibo n. 5520 à Carla, ela precisa dele hoje", "n. 5520 à Carla"),
    ("reenvía el recibo núm. 3318 a Marta, no le llegó", "núm. 3318 a Marta"),
    ("renvoie le devis n. 6402 à Lucie, elle ne l'a pas reçu", "n. 6402 à Lucie"),
    ("schick die Bestellung Tel. 0711 an Jonas", "Tel. 0711 an Jonas"),
    ("compra 3 caixas ref. 8812 na papelaria", "ref. 8812 na papelaria"),
])
def test_a_number_abbreviation_ends_no_sentence(text, code):
    descriptions = _descriptions(text)
    assert len(descriptions) == 1 and code in descriptions[0], descriptions


# ---- the statement of what is wrong stays with the fix
@pytest.mark.parametrize("text, first, second", [
    ("in budget.xlsx row 7 is wrong: fix it and send the file to Omar", "budget.xlsx", "Omar"),
    ("en precios.xlsx la fila 4 está mal: corrígela y mándale el archivo a Pilar", "precios.xlsx", "Pilar"),
    ("in kosten.xlsx ist Zeile 5 falsch: korrigier sie und schick die Datei an Jonas", "kosten.xlsx", "Jonas"),
    ("dans budget.ods la colonne B est fausse : corrige-la et renvoie le fichier à Margaux", "budget.ods", "Margaux"),
    ("no relatório.docx a tabela 2 está errada, corrige e depois manda o ficheiro à Inês", "relatório.docx", "Inês"),
    ("nel foglio spese.xlsx la colonna C è sbagliata: correggila e poi manda il file a Piero", "spese.xlsx", "Piero"),
])
def test_a_statement_before_an_object_less_fix_is_kept(text, first, second):
    descriptions = _descriptions(text)
    assert len(descriptions) == 2 and first in descriptions[0] and second in descriptions[1], descriptions


def test_a_fix_with_its_own_object_drops_no_statement_into_it():
    descriptions = _descriptions("the printer is jammed, book a technician for Monday")
    assert descriptions == ["book a technician for Monday"], descriptions


# ---- a verb with its pronoun on it is a clause before "et"
def test_a_verb_with_its_pronoun_written_on_is_a_clause():
    assert _descriptions("corrige-la et envoie le fichier à Margaux") == ["corrige-la", "envoie le fichier à Margaux"]


def test_renvoie_is_a_messaging_verb():
    doc = parse_at_now("renvoie le devis à Paul")
    assert [task["type"] for task in doc["tasks"]] == ["messaging"], doc


# ---- Japanese: a kanji word is no Chinese opener
@pytest.mark.parametrize("text", [
    "請求書を田中さんに再送しておいて",
    "請求明細を今日中にまとめておいて",
    "見積書を鈴木さんに再発行してもらうようメールして",
])
def test_a_kanji_word_head_is_no_opener(text):
    assert _descriptions(text) == [text]


def test_a_chinese_please_and_then_still_open():
    descriptions = _descriptions("请把报告发给王老师，再订两张去上海的票")
    assert len(descriptions) == 2 and not descriptions[0].startswith("请"), descriptions


# ---- brackets hold an aside
@pytest.mark.parametrize("text, first", [
    ("Tシャツ（Mサイズ、白）を20枚注文して、そのあと山本さんに連絡して", "Tシャツ（Mサイズ、白）を20枚注文して"),
    ("Codexに予定表のバグ（PR #3、日付が表示されない件）を直させて", "Codexに予定表のバグ（PR #3、日付が表示されない件）を直させて"),
])
def test_a_comma_inside_brackets_starts_no_request(text, first):
    descriptions = _descriptions(text)
    assert descriptions[0] == first, descriptions


# ---- a quantity after an unknown verb before a then-step
def test_an_unknown_verb_with_a_quantity_opens_the_first_step():
    descriptions = _descriptions("encomenda 40 canecas azuis para a festa e depois avisa a Joana")
    assert descriptions == ["encomenda 40 canecas azuis para a festa", "avisa a Joana"], descriptions
