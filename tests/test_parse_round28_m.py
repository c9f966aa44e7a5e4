"""Round 28, part M (holdout25's misses in French and Italian, dictated by voice): a queue verb split
around its object, then the user's reason ("mets tout en pause le temps que je conduise"); the user's
own news said before the ask with no comma ("c'est bon je suis garée tu peux tout reprendre")."""

import pytest

from parsing import parse_at_now


def _queue(text):
    doc = parse_at_now(text)
    return doc["mode"], doc["tasks"], [(c["verb"], c["selector"]) for c in doc["commands"]]


# ---- "mets … en pause" then a reason or a while-clause: the reason is no part of the command
@pytest.mark.parametrize("text", [
    "mets tout en pause pendant que je conduis",
    "mettez la file en pause car je pars en réunion",
    "suspends tout le temps que je suis chez le médecin",
    "tu peux tout mettre en pause pendant qu'on mange",
    "mets tout en pause parce qu'il faut que je parte",
    "metti tutto in pausa perché sto guidando",
    "metti tutto in pausa mentre sono dal dentista",
    "sospendi tutto intanto che faccio la spesa",
    "pon todo en pausa porque estoy conduciendo",
])
def test_a_split_pause_before_a_reason(text):
    assert _queue(text) == ("intake", [], [("pause", "all")])


# ---- the user's own news, then the ask, no comma between
@pytest.mark.parametrize("text, verb", [
    ("ok je suis arrivé tu peux reprendre", "resume"),
    ("bon je suis de retour reprends tout", "resume"),
    ("je suis rentrée à la maison tu peux tout reprendre", "resume"),
    ("ok sono arrivato puoi riprendere tutto", "resume"),
    ("va bene sono a casa riprendi tutto", "resume"),
    ("sono in macchina metti tutto in pausa", "pause"),
    ("sto per guidare metti tutto in pausa", "pause"),
    ("ok I'm parked you can resume everything", "resume"),
])
def test_own_news_before_a_queue_ask(text, verb):
    assert _queue(text) == ("intake", [], [(verb, "all")])


# ---- negatives: other words in the clause keep it what it was
@pytest.mark.parametrize("text", [
    "écris un mail à Paul pendant que je conduis",
    "scrivi una mail a Paolo mentre guido",
])
def test_no_queue_command_in_a_task(text):
    mode, tasks, commands = _queue(text)
    assert mode == "intake" and commands == [] and len(tasks) == 1


@pytest.mark.parametrize("text", [
    "je suis garée tu peux reprendre la rédaction du mail à Paul",
    "sono a casa puoi riprendere la bozza della lettera",
])
def test_own_news_before_other_words_is_no_resume(text):
    assert _queue(text)[2] == []


@pytest.mark.parametrize("text", ["sono arrivato", "je suis garée", "sono in autostrada"])
def test_own_news_alone_is_chat(text):
    assert _queue(text) == ("none", [], [])


# ---- the user's own news before a request for work, no comma: the request still asks for it
@pytest.mark.parametrize("text, start", [
    ("je suis garée tu peux m'envoyer l'adresse du restaurant", "m'envoyer"),
    ("je suis dans le train tu pourrais réserver un taxi pour 18h", "réserver"),
    ("sono a casa puoi cercare il numero dell'idraulico", "cercare"),
    ("sono in ufficio mi puoi mandare il verbale della riunione", "mandare"),
    ("I'm stuck in traffic could you text Marie that I'll be late", "text"),
    ("estoy en el coche puedes buscar una farmacia abierta", "buscar"),
])
def test_own_news_before_a_request_for_work(text, start):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and len(doc["tasks"]) == 1 and doc["tasks"][0]["description"].startswith(start)


@pytest.mark.parametrize("text", ["je suis garée tu peux m'aider", "je suis en retard", "sono in ritardo"])
def test_own_news_without_work_stays_chat(text):
    assert parse_at_now(text)["tasks"] == []


# ---- Italian "metti" (put) is a verb like French "mets": "metti in X.txt …" asks for a file
@pytest.mark.parametrize("text, kind", [
    ("metti in risultati.txt i risultati del torneo di bocce", "file-creation"),
    ("metti la lista degli invitati in invitati.md", "file-creation"),
    ("mettete in note.md gli appunti della riunione di ieri", "file-creation"),
    ("mets dans notes.md la liste des invités", "file-creation"),
])
def test_put_into_a_file(text, kind):
    doc = parse_at_now(text)
    assert doc["mode"] == "intake" and [t["type"] for t in doc["tasks"]] == [kind]


# ---- "metti in coda: …", "metti invece: …" frame the task after them, like "aggiungi: …"
@pytest.mark.parametrize("text, start", [
    ("metti in coda: prenotare il ristorante per sabato", "prenotare"),
    ("metti anche: chiamare il dentista per la pulizia", "chiamare"),
    ("mettimi in lista: rinnovare l'abbonamento del treno", "rinnovare"),
])
def test_put_in_the_queue_frames(text, start):
    doc = parse_at_now(text)
    assert len(doc["tasks"]) == 1 and doc["tasks"][0]["description"].startswith(start)


@pytest.mark.parametrize("text, commands", [
    ("metti tutto in pausa", [("pause", [], "all")]),
    ("metti la T-3 come fatta", [("done", ["T-03"], None)]),
    ("metti la T-4 urgente", [("urgent", ["T-04"], None)]),
])
def test_put_stays_a_command_word(text, commands):
    doc = parse_at_now(text)
    assert doc["tasks"] == [] and [(c["verb"], c["ids"], c["selector"]) for c in doc["commands"]] == commands


# ---- a daily schedule with a working-week phrase beside it runs on the working days
@pytest.mark.parametrize("text, cron", [
    ("tous les jours du lundi au vendredi à 8h envoie-moi la météo", "0 8 * * 1-5"),
    ("tous les soirs en semaine à 19h rappelle-moi de sortir le chien", "0 19 * * 1-5"),
    ("ogni mattina dal lunedì al venerdì alle 7 mandami il meteo", "0 7 * * 1-5"),
    ("ogni giorno nei giorni feriali alle 9 controlla la posta", "0 9 * * 1-5"),
    ("todas las mañanas de lunes a viernes a las 7 mándame el tiempo", "0 7 * * 1-5"),
])
def test_daily_on_the_working_days(text, cron):
    assert [t["schedule"]["cron"] for t in parse_at_now(text)["tasks"]] == [cron]


@pytest.mark.parametrize("text, cron", [
    ("tous les matins à 7h envoie-moi la météo", "0 7 * * *"),
    ("ogni sera alle 21 mandami il riepilogo", "0 21 * * *"),
])
def test_daily_alone_stays_daily(text, cron):
    assert [t["schedule"]["cron"] for t in parse_at_now(text)["tasks"]] == [cron]


# ---- a then-word that is also an after-word, before an id: the task waits for that id
@pytest.mark.parametrize("text, dep", [
    ("dopo la T-84 lancia i test di integrazione", "T-84"),
    ("dopo T-21 prepara il verbale della riunione", "T-21"),
    ("dopo la T-9 manda il preventivo al cliente", "T-09"),
    ("après la T-32 prépare le dossier du notaire", "T-32"),
    ("after T-12 deploy the site to staging", "T-12"),
])
def test_after_an_id_is_a_dependency(text, dep):
    tasks = parse_at_now(text)["tasks"]
    assert len(tasks) == 1 and tasks[0]["depends_on"] == [dep]


def test_then_without_an_id_still_follows_the_step_before():
    tasks = parse_at_now("prima scrivi il report, dopo mandalo a Luca")["tasks"]
    assert len(tasks) == 2 and tasks[1]["depends_on"] == [0]
