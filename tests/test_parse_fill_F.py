"""French, Italian and Spanish words of the tables moved out of the rule modules (fill F): each message
reads as its English counterpart does; a negative where a word could over-match."""

import pytest

from task_runner.parse import parse_message


def _tasks(message: str) -> list[tuple[str, list]]:
    return [(task["type"], task["depends_on"]) for task in parse_message(message)["tasks"]]


@pytest.mark.parametrize("message", ["occupe-toi de ce truc", "encárgate de esa cosa", "occupati di quella cosa"])
def test_a_vague_ask_names_nothing(message):
    """not_content, vague_verb_words: "handle the thing" is unknown."""
    assert _tasks(message) == [("unknown", [])]


@pytest.mark.parametrize("message", ["occupe-toi de la facture EDF", "encárgate de la factura de la luz",
                                     "occupati della bolletta della luce"])
def test_a_named_object_is_no_vague_ask(message):
    assert _tasks(message)[0][0] != "unknown"


@pytest.mark.parametrize("message", ["rédige une réponse pour le client", "redacta una respuesta para el cliente",
                                     "scrivi una risposta per il cliente"])
def test_a_written_reply_is_a_message(message):
    """message_nouns: "draft a reply" sends it."""
    assert _tasks(message) == [("messaging", [])]


@pytest.mark.parametrize("message", ["redacta el texto de bienvenida para los vecinos en bienvenida.txt"])
def test_a_written_text_is_a_file(message):
    """es/pt "texto" is a text, not an SMS: not a message noun."""
    assert _tasks(message) == [("file-creation", [])]


@pytest.mark.parametrize("message", ["vérifie l'espace disque sur le serveur",
                                     "controlla lo spazio su disco del server"])
def test_a_weak_lookup_on_a_server_runs_code(message):
    """weak_lookups: "check disk usage on the server"."""
    assert _tasks(message) == [("code-execution", [])]


@pytest.mark.parametrize("message", ["délègue la refonte du site", "delégalo todo al equipo", "delegare la revisione del sito"])
def test_delegating_is_agent_work(message):
    """delegation_words."""
    assert _tasks(message) == [("agent-delegation", [])]


@pytest.mark.parametrize("message", ["rédige un rapport sur les ventes et envoie-moi ce rapport",
                                     "escribe un informe de ventas y mándame ese informe"])
def test_the_report_an_earlier_item_wrote(message):
    """definite_words (demonstratives), producer_verbs, send_verbs, to_the_user."""
    assert _tasks(message) == [("file-creation", []), ("messaging", [0])]


@pytest.mark.parametrize("message", ["réserve un billet de train pour Lyon et transmets-moi la confirmation",
                                     "reserva un vuelo a Madrid y mándame la confirmación",
                                     "prenota un tavolo da Mario e mandami la conferma"])
def test_the_confirmation_of_a_booking(message):
    """transaction_verbs, transaction_results."""
    assert _tasks(message) == [("info-lookup", []), ("messaging", [0])]


@pytest.mark.parametrize("message", ["rédige le rapport d'essai dans essai.md et envoie les mesures brutes à Anatole",
                                     "trova un hotel a Perugia e manda il contratto firmato a Ottavio"])
def test_a_plain_article_names_nothing_an_earlier_item_made(message):
    """fr le/les and it il/lo/gli are no definite_words: after a producer or lookup, "send the X" would
    always take up the item before (the rule reads any definite send so)."""
    assert _tasks(message)[1][1] == []


def test_the_comparison_a_verb_makes():
    """result_nouns: "compara …" makes "la comparación"."""
    assert _tasks("compara los tres presupuestos y mándame la comparación") == [("info-lookup", []), ("messaging", [0])]


def _commands(message: str) -> list:
    return [(c["verb"], c["ids"]) for c in parse_message(message).get("commands", [])]


def test_a_negated_control_verb_is_no_command():
    """negations: "non riprovare T-03" ("don't retry T-03")."""
    assert _commands("non riprovare T-03") == []
    assert _commands("riprova T-03") == [("retry", ["T-03"])]


@pytest.mark.parametrize("message", ["peut-être relancer T-03 ?", "forse riprova T-03?", "quizás reintenta T-03?"])
def test_a_hedged_command_question_is_a_command(message):
    """command_hedges: "maybe retry T-03?" asks for the retry."""
    assert _commands(message) == [("retry", ["T-03"])]
