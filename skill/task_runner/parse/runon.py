"""Run-on dictation: requests dictated with no comma or "and" between them ("compra il latte chiama
la mamma prenota il dentista", "牛乳を買って母に電話して歯医者を予約して").

In the languages whose imperatives are their own word forms (es, fr, pt, it, de) a new request
starts where one of their imperatives (no infinitive) follows a content word (not an article, a
preposition, a pronoun or another verb; a German separable particle ends a request) and is
followed by its object (an article, a preposition, a name; not a pronoun or another verb). In
Japanese one starts after a te-form request when another request ends the text. English is left
alone: too many of its verbs are nouns too ("send the status report to Bob"). Reading
then digesting ("revisa los correos resume los importantes") and telling the user stay one job.
"""

from task_runner.parse import clause, lexicon
from task_runner.parse.phrases import Tokens, has_kana, is_cjk

_VERBS = {lang.code: lang.verbs | frozenset(word for spec in lang.type_verbs.values() for word in spec.split())
          for lang in lexicon.LANGUAGES if lang.code in ("es", "fr", "pt", "it", "de")}
_ALL_VERBS = frozenset().union(*_VERBS.values())  # "compra leite liga …": the tables share many forms
_FUNCTION = (lexicon.DETERMINERS | lexicon.CLITICS | lexicon.ID_FILLERS | lexicon.PRONOUN_SUBJECTS
             | lexicon.word_set("recipient_words") | lexicon.QUESTION_AUX)
_INFINITIVE = tuple(sorted(lexicon.word_set("infinitive_endings")))  # for str.endswith
_PARTICLES = lexicon.word_set("separable_particles")  # "ruf Mama an buch …"
_BEFORE_AN_OBJECT = lexicon.DETERMINERS | lexicon.word_set("recipient_words") | lexicon.ID_FILLERS


def pieces(text: str) -> list[str]:
    """``text`` cut where a dictated request starts; ``[text]`` when none does."""
    tokens = Tokens(text)
    words = tokens.words
    if len(words) < 5:
        return [text]
    if is_cjk(words[0][:1]):
        cuts = _kana_cuts(words) or _space_cuts(tokens)
    else:
        lead = _lead(words)  # "porfa busca …", "allora segnati che devi prenotare …"
        if not lead:  # "então anota aí preciso que você confirme …" (not "preciso organizar …", a plan around the rest)
            lead = _core_start(tokens)
            lead = lead if not words[lead].endswith(_INFINITIVE) else len(words)
        opens = lead < len(words) and words[lead] in _ALL_VERBS and not lexicon.DELEGATE_VERBS.at(words, lead)
        same = frozenset().union(*(verbs for verbs in _VERBS.values() if words[lead] in verbs)) if opens else _ALL_VERBS
        infinitives = opens and lead > 0 and words[lead].endswith(_INFINITIVE)  # "devi prenotare … mandare …"
        cuts = _verb_cuts(tokens, same, lead, infinitives) if opens else []  # the opener's languages: "busca … cerca de casa" (it. cerca)
        cuts = sorted(set(cuts) | set(_opener_cuts(words, lead, same))) if opens else cuts
        cuts = [cut for cut in cuts if cut < _said_from(words, lead)] if cuts and opens else cuts
    if not cuts:
        return [text]
    bounds = [0] + [tokens.starts[cut] for cut in cuts] + [len(text)]
    return [text[start:end].strip() for start, end in zip(bounds, bounds[1:])]


def _said_from(words: list[str], lead: int) -> int:
    """Where the message of a messaging request opening at ``lead`` begins ("mándale un whatsapp a Toni
    diciéndole que el jueves recoge él …", "manda un messaggio a Ana dicendo che …"): the request said to
    its recipient is in the message, no new request of ours; ``len(words)`` for other requests."""
    if lexicon.verb_type(words[lead]) != "messaging":
        return len(words)
    return next((at for at in range(lead + 2, len(words)) if lexicon.MESSAGE_THAT.at(words, at)), len(words))


def _opener_cuts(words: list[str], lead: int, verbs: frozenset) -> list[int]:
    """"faut que tu réserves … que tu demandes … et que tu fasses …": the words of the request opener
    just before the first verb (two or more) said again before a verb of the opener's languages,
    after a content word, start a request."""
    cuts = []
    for index in range(lead + 2, len(words) - 2):
        length = lexicon.REQUEST.at(words, index)
        before = words[index - 1]
        if length > 1 and index + length < len(words) and words[index:index + length] == words[lead - length:lead] \
                and words[index + length] in verbs \
                and before.isalpha() and before not in _FUNCTION and not lexicon.CONJ.at(words, index - 1):
            cuts.append(index)
    return cuts


def _lead(words: list[str]) -> int:
    """Where the dictated requests start: after greetings and request openers ("ok porfa", "allora segnati che devi")."""
    lead = 0
    for _ in range(4):
        length = lexicon.REQUEST.at(words, lead) or lexicon.GREETINGS.at(words, lead)
        if not length:
            break
        lead += length
        while lead < len(words) and words[lead] in ",:":
            lead += 1
    return lead


def _core_start(tokens: Tokens) -> int:
    """The word where the request's own words begin once greetings and openers are trimmed (0 when none are)."""
    from task_runner.parse.clean import trim

    core = trim(tokens.text[:400]).core
    at = tokens.text.find(core[:40]) if core else -1
    return next((index for index, start in enumerate(tokens.starts) if start >= at), 0) if at > 0 else 0


def _verb_cuts(tokens: Tokens, verbs: frozenset, lead: int = 0, infinitives: bool = False) -> list[int]:
    """Cuts at the opener's imperatives after the opener's verb at ``lead``; after an opener whose
    verb is an infinitive ("devi prenotare …", "tienes que llamar …": ``infinitives``), the
    dictated requests after it are the infinitives."""
    words, cuts, last = tokens.words, [], lead
    for index in range(lead + 2, len(words) - 1):
        word, before, after = words[index], words[index - 1], words[index + 1]
        if (word.endswith(_INFINITIVE) or word in lexicon.DE_INFINITIVES) != infinitives:
            continue  # "cuánto cuesta renovar el pasaporte", "pour confirmer": an infinitive is no new request
        if word not in verbs or index - last < 2 or word in lexicon.AMBIGUOUS_VERBS and after not in lexicon.DETERMINERS:
            continue  # "marca o dentista" is a request, "a marca" a brand
        if tokens.text[tokens.starts[index]].isupper():
            continue  # "a farmácia Pague Menos": a capital inside a sentence starts a name
        if before not in _PARTICLES and (not before.isalpha() or len(before) < 3 or before in _FUNCTION or before in lexicon.VERBS
                                         or before in lexicon.CLAUSE_WORDS or before in lexicon.SUBORDINATORS or before in lexicon.NEGATIONS):
            # "antes que renove", "quando chegar"; "não imprime desde terça": a negated verb states, it asks nothing
            continue
        if after in _FUNCTION - _BEFORE_AN_OBJECT or lexicon.is_verb(after) or not after[:1].isalpha():
            continue
        if infinitives and index - 2 > last and (words[index - 2] in lexicon.NEGATIONS or words[index - 2] in lexicon.PRONOUN_SUBJECTS):
            continue  # "e eu não vou conseguir ir lá", "porque yo no puedo ir": the infinitive of a subject's or a
            # negation's auxiliary states what the user can or will do, no dictated request
        if lexicon.REPORT_BACK.at(words, index) or (lexicon.READING_VERBS.at(words, last) and lexicon.DIGEST_VERBS.at(words, index)):
            continue
        if infinitives and _asked_before(words, last + 1, index):
            continue  # "tu peux trouver si Emmaüs vient chercher des meubles": an infinitive inside the question asked
        if lexicon.CONJ.at(words, index - 1) and clause.one_job(words[last:index - 1], words[index:]):
            continue  # "ruf die Werkstatt an und frag …": the clause cut kept this "and" whole, one job
        cuts.append(index)
        last = index
    return cuts


def _asked_before(words: list[str], start: int, index: int) -> bool:
    """"trouver si Emmaüs Lyon vient chercher …", "averiguar si el técnico puede venir revisar …": a whether-word
    before the infinitive and no finite verb of our tables after it ("vérifier si le serveur est en ligne installer …"
    has one, the question is closed): the infinitive is the question's own verb, no dictated request."""
    asked = next((at for at in range(start, index) if words[at] in lexicon.SUBORDINATORS), None)
    return asked is not None and not any(word in clause.FINITE for word in words[asked + 1:index])


def _kana_cuts(words: list[str]) -> list[int]:
    """After "…を買って" when the rest ("母に電話して…予約して") ends with a request of its own."""
    if not has_kana("".join(words)) or "、" in words:
        return []
    if not (lexicon.VERB_PHRASES.ending_at(words, len(words)) or lexicon.REQUEST_END.ending_at(words, len(words))):
        return []
    cuts, last = [], 0
    for index in range(3, len(words) - 3):
        if words[index - 1] != "て" or not lexicon.VERB_PHRASES.ending_at(words, index) or index - last < 3:
            continue
        if words[index] in "くいおもはをにできみあほっ" or lexicon.REPORT_BACK.at(words, index) or lexicon.REQUEST_END.at(words, index):
            continue  # "…してください", "調べて教えて", "買ってきて", "…買ってって送って": the same request goes on
        if clause.one_job(words[last:index], words[index:]):
            continue  # "…を書いてmenu.docxで保存して": where the result is kept, not a request of its own
        cuts.append(index)
        last = index
    return cuts


_CLAUSE_MARKS = frozenset(",，;；。!！?？、")


def _space_cuts(tokens: Tokens) -> list[int]:
    """Chinese dictated with a space between requests ("查查长沙哪里批发豆腐最便宜 跟小芳说一声周六她看摊"): a space
    between two Chinese characters ends a request when the clause on each side of it holds a verb phrase (not
    "导出成 订单.csv": a file name after a space is the object)."""
    words, text = tokens.words, tokens.text
    if has_kana(text):
        return []
    gaps = [i for i in range(1, len(words)) if tokens.ends[i - 1] < tokens.starts[i]
            and text[tokens.ends[i - 1]:tokens.starts[i]].strip(" \t") == "" and is_cjk(words[i - 1][-1:]) and is_cjk(words[i][:1])]
    cuts, last = [], 0
    for at, gap in enumerate(gaps):
        end = next((i for i in range(gap, gaps[at + 1] if at + 1 < len(gaps) else len(words)) if words[i] in _CLAUSE_MARKS),
                   gaps[at + 1] if at + 1 < len(gaps) else len(words))
        start = max([last] + [i + 1 for i in range(last, gap) if words[i] in _CLAUSE_MARKS])
        if "." not in words[gap:end] and lexicon.VERB_PHRASES.find(words[start:gap]) and lexicon.VERB_PHRASES.find(words[gap:end]):
            cuts.append(gap)
            last = gap
    return cuts
