"""Round 32, part B (holdout29): splits of sequences — ordered steps cut into tasks. "fatto questo",
"feito isso" are a "then"; "at the same time", "ao mesmo tempo", "nel frattempo" ask for the second step
meanwhile, and the step before it is a task of its own; a result phrase naming the file of the step
before ("with that file", "con quel file") waits for it; numbered step labels ("step 1 …", "Schritt 2
braucht die Datei aus Schritt 1: …") label their items and a step number in the label names the one
waited for; German "-ieren" verbs are infinitives, a negated one ("nicht exportieren, einfach …") is a
correction, no task."""

import pytest

from parsing import parse_at_now


def _tasks(text: str) -> list[dict]:
    doc = parse_at_now(text)
    assert doc["mode"] == "intake", doc
    return doc["tasks"]


def _deps(text: str) -> list[list]:
    return [task["depends_on"] for task in _tasks(text)]


# ---- "once this is done" words between two steps: a "then", the second waits for the first
@pytest.mark.parametrize("text", [
    "scarica l'estratto conto di ottobre, e fatto questo manda il totale a Piero",
    "scarica le fatture di marzo, fatto ciò scrivi a Gianna il totale",
    "baixa as faturas de março e feito isso manda o total para a Rita",
])
def test_done_this_words_chain_two_steps(text):
    assert _deps(text) == [[], [0]]


# ---- "at the same time", "meanwhile": two steps, both tasks, no wait
@pytest.mark.parametrize("text", [
    "compare the three broadband offers and at the same time draft the complaint to the landlord",
    "busca un fontanero en Getafe y, al mismo tiempo, escribe la queja al casero",
    "procura um encanador em Niterói e, ao mesmo tempo, escreve a reclamação para o síndico",
    "cherche un plombier à Nantes et en même temps écris la réclamation au syndic",
    "avvia il backup del NAS e nel frattempo cercami un idraulico a Pesaro",
    "avvia il backup del NAS e contemporaneamente scrivi a Marta il preventivo",
    "such mir einen Klempner in Kassel und gleichzeitig schreib die Beschwerde an den Vermieter",
])
def test_a_meanwhile_step_keeps_the_step_before(text):
    assert _deps(text) == [[], []]


def test_the_same_time_of_one_task_is_no_split():
    assert len(_tasks("find out whether both trains reach Leeds at the same time")) == 1


# ---- a result phrase naming the file of the step before: it waits for that step
@pytest.mark.parametrize("text", [
    "export the member list to members.csv and then with that file update the newsletter tool",
    "esporta gli iscritti in iscritti.csv e poi con quel file aggiorna la newsletter",
    "exporta los socios a socios.csv y luego con ese archivo actualiza el boletín",
    "exporta os sócios para socios.csv e depois com esse arquivo atualiza a newsletter",
    "exporte les adhérents dans adherents.csv puis avec ce fichier mets à jour la newsletter",
])
def test_with_that_file_waits_for_the_step_that_made_it(text):
    assert _deps(text) == [[], [0]]


@pytest.mark.parametrize("text", [
    "cerca i voli per Bari\nscrivi una mail a Gino con la lista degli invitati\ncrea un file note.md con gli orari",
    "busca vuelos a Bilbao\nescríbele a Lola que llego el lunes\ncrea un archivo notas.md con la lista de cosas",
])
def test_with_the_list_of_something_new_waits_for_nothing(text):
    assert all(not deps for deps in _deps(text))


# ---- numbered step labels: the label is no work; a step number in it names the step waited for
@pytest.mark.parametrize("text", [
    "step 1 download the bank statements to statements.zip\nstep 2 needs the file from step 1: list the fees in fees.md\n"
    "step 3 is separate, book a haircut for friday",
    "Schritt 1: die Rechnungen als rechnungen.zip herunterladen\nSchritt 2 braucht die Datei aus Schritt 1: die Gebühren in gebuehren.md zusammenfassen\n"
    "Schritt 3: einen Friseurtermin für Freitag buchen",
    "paso 1: descarga los extractos en extractos.zip\npaso 2 (necesita el archivo del paso 1): resume las comisiones en comisiones.md\n"
    "paso 3: reserva peluquería para el viernes",
])
def test_step_labels_and_the_step_they_name(text):
    tasks = _tasks(text)
    assert [task["depends_on"] for task in tasks] == [[], [0], []], tasks
    assert not any(task["description"].lower().startswith(("step", "schritt", "paso")) for task in tasks)


def test_a_step_of_a_recipe_is_no_label():
    tasks = _tasks("find out which step of the visa form needs the photo")
    assert len(tasks) == 1 and tasks[0]["depends_on"] == []


# ---- German: "-ieren" verbs are infinitives (one per task); a negated one is a correction
def test_ieren_infinitives_cut_an_ordered_list():
    tasks = _tasks("Erstens die Kundenliste exportieren, zweitens mit der exportierten Liste die Etiketten erzeugen, drittens den Drucker reparieren lassen")
    assert len(tasks) == 3 and tasks[1]["depends_on"] == [0], tasks


def test_a_negated_infinitive_is_a_correction():
    tasks = _tasks("bitte die Umsätze exportieren, nee, nicht exportieren, einfach zusammenfassen in umsatz.md")
    assert len(tasks) == 1 and "umsatz.md" in tasks[0]["description"], tasks


# ---- verbs the tables lacked: "sors", "classe", "tira fuori", "avvia", "bau … neu"
@pytest.mark.parametrize("text", [
    "chaque vendredi à 9h, sors les chiffres de la semaine, et ensuite envoie le récap à Odile",
    "télécharge les relevés puis classe les dépenses dans depenses.ods",
    "ogni lunedì alle 8: tira fuori gli ordini della settimana, e poi manda il riepilogo a Dario",
])
def test_a_first_step_with_a_newly_known_verb(text):
    assert _deps(text) == [[], [0]]


def test_la_classe_is_no_verb():
    assert len(_tasks("trouve un prof de maths pour la classe de Léo")) == 1


# ---- a request, then a frame announcing an unrelated one before a colon: two tasks, no wait
@pytest.mark.parametrize("text", [
    "find a dog sitter for the weekend of the 14th, and then something unrelated: look up the opening hours of the tip in Hove",
    "such mir einen Hundesitter fürs Wochenende, und dann noch was ganz anderes: schau nach, wann der Wertstoffhof in Gera aufhat",
    "búscame un canguro para el sábado, y luego otra cosa: mira qué días abre el mercado de Triana",
    "cherche une baby-sitter pour samedi, et puis autre chose : regarde les horaires de la déchetterie de Laval",
    "cercami una babysitter per sabato, e poi un'altra cosa: guarda gli orari del mercato di Rimini",
    "procura uma babá para sábado, e depois outra coisa: vê o horário da feira de Olinda",
    "帮我找个周六能来的保姆，然后还有个不相关的：查查护照过期了怎么续",
])
def test_an_unrelated_request_announced_after_a_request(text):
    assert _deps(text) == [[], []]


def test_an_unrelated_frame_after_no_request_adds_none():
    tasks = _tasks("the flat viewing went fine, and then something else: book the removal van for the 3rd")
    assert len(tasks) == 1 and "removal van" in tasks[0]["description"], tasks


# ---- Japanese: "…を始めて、その間に…" is two tasks; "再" of a compound verb ("再起動して") is no "then"
def test_a_japanese_step_begun_before_a_meanwhile_step():
    tasks = _tasks("バックアップを `rsync` で始めて、その間に箱根の旅館の空室を調べておいて")
    assert len(tasks) == 2 and "rsync" in tasks[0]["description"], tasks


def test_a_compound_verb_with_sai_is_not_cut():
    tasks = _tasks("まず `make build` を実行して、ビルドが終わったら nginx を再起動して")
    assert len(tasks) == 2 and tasks[1]["description"].endswith("再起動して") and tasks[1]["depends_on"] == [0], tasks


def test_chinese_zai_still_chains_two_steps():
    assert _deps("先把报告写完，再发给老王") == [[], [0]]
