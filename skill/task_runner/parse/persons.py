"""Whom a request addresses: "ask Omar …", "frag Lena, ob …", "chiedi alla vicina se …" name a person (by a
capital or a role), so the request is a message to that person and no lookup."""

from task_runner.parse import lexicon
from task_runner.parse.phrases import Tokens

ROLES = lexicon.word_set("roles")  # "write to the landlord", "écris à la nounou": a person named by a role
_ROLES = ROLES
_LEAD_INS = lexicon.word_set("plain_articles") | lexicon.word_set("possessives")  # "ask the/my landlord …"
_TITLES = lexicon.word_set("name_titles")  # "madame Durand", "o seu Jair": a person only before a capitalised name


def asks_person(tokens: Tokens) -> bool:
    """"ask Omar …", "ask my landlord …": a message to a person (not "ask about prices")."""
    if len(tokens) < 2:
        return False
    second = tokens.text[tokens.starts[1]:tokens.ends[1]]
    if second[:1].isupper() and len(second) > 1 and second.lower() not in _LEAD_INS or tokens.words[1] in _ROLES:
        return True  # "ask Omar …", "ask aunt Carla …" (not "ask I …", "Ask The …")
    return tokens.words[1] in _LEAD_INS and any(w in _ROLES for w in tokens.words[2:4])


_RECIPIENT_WORDS = lexicon.word_set("recipient_words")
_ARTICLES = lexicon.DETERMINERS | lexicon.word_set("indefinite_words")  # "faz pro cliente um resumo": an object, no one asked


def elided_recipient(word: str, recipients: frozenset[str]) -> str:
    """"all'amministratore" → "amministratore": a "to" word ("alla", "allo") whose last vowel fell before the
    noun's, written onto it; "" when ``word`` is none."""
    head, apostrophe, noun = word.replace("’", "'").partition("'")
    return noun if apostrophe and head and any(head + vowel in recipients for vowel in "aeo") else ""


def names_a_person(tokens: Tokens) -> bool:
    """The word after the verb (or after its "a", "à", "an") is a name: capitalised, letters only."""
    words = tokens.words
    at = 2 if len(words) > 2 and (words[1] in lexicon.recipient_words(words[0]) or words[1] in _RECIPIENT_WORDS) else 1
    if at == 2 and words[at] in _ROLES and words[at + 1:at + 2] != [] and words[at + 1] not in _ARTICLES:
        return True  # "pede pro porteiro …", "chiedi alla vicina se …": the "to" word carries the article
    if at + 1 < len(words) and words[at] in lexicon.DETERMINERS and words[at + 1] in _ROLES:
        return True  # "relance le menuisier", "sollecita il falegname": a person named by a role
    if at < len(words) and (words[at].startswith("l'") and words[at][2:] in _ROLES or elided_recipient(words[at], _RECIPIENT_WORDS) in _ROLES):
        return True  # "sollecita l'elettricista", "relance l'électricien", "chiedi all'avvocato"
    if at + 2 < len(words) and words[at] in lexicon.DETERMINERS and words[at + 1] in _TITLES:
        at += 1  # "cobra o seu Jair …": the article of a courtesy title (the name after it decides)
    if at + 1 < len(words) and (words[at] in _ROLES or words[at] in _TITLES):
        at += 1  # "chiedi a zia Carla se …", "demande à tante Odile", "relance madame Le Gall": a title before the name
    name = tokens.text[tokens.starts[at]:tokens.ends[at]] if at < len(words) else ""
    return name[:1].isupper() and name.isalpha() and words[at] not in lexicon.PRONOUN_SUBJECTS


_ADDRESSEE_FIRST = lexicon.phrases("addressee_first")
_ADDRESSEE_VERBS = lexicon.phrases("addressee_verbs")


def addressed_first(words: list[str]) -> bool:
    """zh "给星海湾那家公司的行政发报价", "跟表姐说周日…": the person addressed, then the verb sending or saying
    something to them (not "给我发…": the user; the verb within a short span of the opening word)."""
    opened = _ADDRESSEE_FIRST.at(words, 0)
    if not opened or words[opened:opened + 1] in ([], ["我"]):
        return False
    found = _ADDRESSEE_VERBS.find(words, opened + 1, min(len(words), opened + 16))
    return found is not None
