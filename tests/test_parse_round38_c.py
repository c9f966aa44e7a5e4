"""Round 38, part C (when): the hour after a start word that follows a day or a part of the day
("tonight after 9", "stasera dopo le 21", "heute Abend ab 21 Uhr") is the start, not the part's hour."""

import pytest

from parsing import starts_at_now

# --- "<day or part of the day> <start word> <hour>": the start is that hour -----------------------

@pytest.mark.parametrize("text, start", [
    ("tonight after 9 ring the plumber about the boiler", "2026-11-20T21:00:00Z"),
    ("tomorrow after 3pm ring the plumber about the boiler", "2026-11-21T15:00:00Z"),
    ("stasera dopo le 21 chiama l'idraulico per la caldaia", "2026-11-20T21:00:00Z"),
    ("domani dopo le 15 chiama l'idraulico per la caldaia", "2026-11-21T15:00:00Z"),
    ("heute Abend ab 21 Uhr den Klempner wegen der Heizung anrufen", "2026-11-20T21:00:00Z"),
    ("morgen nach 15 Uhr den Klempner wegen der Heizung anrufen", "2026-11-21T15:00:00Z"),
    ("ce soir après 21h appelle le plombier pour la chaudière", "2026-11-20T21:00:00Z"),
    ("demain après 15h appelle le plombier pour la chaudière", "2026-11-21T15:00:00Z"),
    ("esta noche después de las 9 llama al fontanero por la caldera", "2026-11-20T21:00:00Z"),
    ("hoje à noite depois das 21h liga pro encanador por causa do aquecedor", "2026-11-20T21:00:00Z"),
    ("今晚9点以后给水管工打电话说热水器的事", "2026-11-20T21:00:00Z"),
    ("今夜21時以降に水道屋さんに給湯器のことで電話して", "2026-11-20T21:00:00Z"),
])
def test_the_hour_after_a_start_word_is_the_start(text, start):
    assert starts_at_now(text) == [start]


@pytest.mark.parametrize("text", [
    "morgen nach 2 Stunden Pause den Klempner anrufen",   # a span of hours is no hour of the day
    "domani dopo 2 ore chiama l'idraulico",
])
def test_a_span_after_the_start_word_is_no_hour(text):
    assert starts_at_now(text) == ["2026-11-21T09:00:00Z"]
