"""Round 24, part C (holdout20's misses in fr and pt): "anota no calendário a reunião … na terça às 19h",
"note dans le calendrier la réunion … mardi à 19h" schedule an event, its day is the event's (schedule_verbs);
"…, la réserve de l'épicerie est inondée": an article, a noun that may be a verb and a finite verb are a statement;
"donc" opening a message is a filler; a frame word before a colon ("…, et ajoute aussi : …") frames what follows and
keeps the request before it; a count announced before an emoji ("faz 3 coisas pra mim 🙏 acha …") is a header;
"mets à jour le calendrier": the day word of an idiom names no day (day_idioms); a corrected date is the object's only
when the first one had an object cue ("pour le samedi 5, non pardon le dimanche 6"); "non pardon" corrects."""

import pytest

from parsing import parse_at_now


def _schedules(text):
    return [t["schedule"] for t in parse_at_now(text)["tasks"]]


# ---- noting an event in the calendar schedules it: the date said with the event is the event's
@pytest.mark.parametrize("text", [
    "anota no calendário a reunião com a diretoria do clube na terça às 19h",
    "adiciona na agenda a reunião com a diretoria na terça às 19h",
    "note dans le calendrier la réunion avec le bureau mardi à 19h",
    "inscris dans l'agenda le rendez-vous chez le dentiste jeudi à 10h",
])
def test_noting_an_event_keeps_its_date_for_the_event(text):
    assert _schedules(text) == [{"cron": None, "due": None, "not_before": None}]


@pytest.mark.parametrize("text", [
    "anota: ligar pro dentista na terça às 19h",                 # a task noted down, no event: it waits for Tuesday
    "note : appeler le dentiste mardi à 19h",
])
def test_noting_a_task_without_an_event_still_waits(text):
    assert _schedules(text)[0]["not_before"] is not None


# ---- "la réserve de l'épicerie est inondée": an article, a noun that may be a verb, a finite verb: a statement
def _descriptions(text):
    return [t["description"] for t in parse_at_now(text)["tasks"]]


@pytest.mark.parametrize("text", [
    "urgent : trouver un plombier dispo aujourd'hui à Nîmes, la réserve de l'épicerie est inondée",
    "appelle le plombier, la commande est arrivée",
])
def test_an_article_noun_and_its_verb_are_no_new_task(text):
    assert len(_descriptions(text)) == 1


@pytest.mark.parametrize("text, count", [
    ("trouve le billet, le réserver et l'envoyer", 2),              # a pronoun before its infinitive still opens a task
    ("cherche un hôtel et la réserve", 2),                          # no finite verb after it
])
def test_a_pronoun_before_its_verb_still_opens_a_task(text, count):
    assert len(_descriptions(text)) == count


# ---- "donc" opening a message is a filler like "alors" (greetings): the request after it is read
@pytest.mark.parametrize("text, count", [
    ("ok donc envoie un mail à la prof de guitare puis trouve un magasin de cordes", 2),
    ("donc envoie le devis à Paul", 1),
])
def test_a_leading_donc_is_a_filler(text, count):
    assert len(_descriptions(text)) == count


def test_donc_inside_an_item_stays():
    assert _descriptions("envoie le devis à Paul donc demain") == ["envoie le devis à Paul donc demain"]


# ---- a frame word cut from its colon ("…, et ajoute aussi : chercher …") is no task; a request before a
# short frame that ends a colon's head ("réserve la salle, et ajoute : …") is one
@pytest.mark.parametrize("text, descriptions", [
    ("une fois que T-38 est fini, envoie les factures de novembre à mon comptable Hervé, et ajoute aussi : chercher une assurance RC pro",
     ["une fois que T-38 est fini, envoie les factures de novembre à mon comptable Hervé", "chercher une assurance RC pro"]),
    ("réserve la salle, et ajoute aussi : écrire les invitations", ["réserve la salle", "écrire les invitations"]),
    ("manda as faturas pro Hervé, e adiciona: procurar um seguro", ["manda as faturas pro Hervé", "procurar um seguro"]),
])
def test_work_before_a_frame_is_kept_and_the_frame_dropped(text, descriptions):
    assert _descriptions(text) == descriptions


@pytest.mark.parametrize("text, descriptions", [
    ("pour le week-end, ajoute : acheter du pain, appeler mamie", ["acheter du pain", "appeler mamie"]),  # the head only introduces
    ("réserve la salle et ajoute", ["réserve la salle", "ajoute"]),                                       # no colon after the frame
])
def test_a_head_that_only_introduces_stays_dropped(text, descriptions):
    assert _descriptions(text) == descriptions


# ---- "faz 3 coisas pra mim 🙏 acha …": a count announced with a meta verb, then an emoji, is a header like a colon
@pytest.mark.parametrize("text, first", [
    ("faz 3 coisas pra mim 🙏 acha o telefone da fono do Davi, manda pra ela que ele vai faltar e salva o laudo na pasta Davi/laudos",
     "acha o telefone da fono do Davi"),
    ("fais 3 trucs pour moi 🙏 trouve le numéro de l'orthophoniste, écris-lui qu'il sera absent et range le bilan dans Davi/bilans",
     "trouve le numéro de l'orthophoniste"),
])
def test_an_announced_count_before_an_emoji_is_a_header(text, first):
    document = parse_at_now(text)
    assert document["tasks"][0]["description"] == first and document["unsure"] == []


def test_a_verb_and_its_object_before_an_emoji_stay_a_task():
    assert _descriptions("acha o telefone da fono 🙏 e manda pra ela") [0].startswith("acha o telefone da fono")


# ---- "mets à jour le calendrier": the day word of an idiom (day_idioms) names no day, no date doubt
@pytest.mark.parametrize("text", [
    "transfère ça au groupe du club : « on se retrouve le 6 décembre à 10h » et après ça mets à jour le calendrier du club",
    "mets à jour le calendrier du club",
])
def test_a_day_idiom_leaves_no_date_doubt(text):
    assert parse_at_now(text)["unsure"] == []


def test_a_day_word_outside_an_idiom_still_doubts():
    from task_runner.parse import doubts
    assert doubts.item_reasons(0, "mets à jour le calendrier le jour de la fête", False, "reminder-scheduling")


# ---- a correction of a date: the object's only after an object cue ("pour le samedi …, non pardon le dimanche 6")
def test_non_pardon_corrects_the_objects_date():
    text = "réserver la salle des fêtes pour le samedi 5 décembre, non pardon le dimanche 6, pour l'anniversaire de Lila"
    assert _schedules(text) == [{"cron": None, "due": None, "not_before": None}]


@pytest.mark.parametrize("text", [
    "envoyer le bilan à Solène mardi, non attends, mercredi matin plutôt",     # no cue before "mardi": the task's day
    "envoie le devis à M. Perrin jeudi... non pardon, lundi matin",
    "mandare a Serena le foto giovedì, anzi no lunedì pomeriggio",
])
def test_a_corrected_date_without_an_object_cue_is_the_tasks(text):
    assert _schedules(text)[0]["not_before"] is not None
