"""Portuguese vocabulary, Brazilian and European (see language.py for the fields)."""

from task_runner.parse.language import Language

LANGUAGE = Language(
    code="pt",
    verbs=frozenset("""
    procura procure procurar busca busque buscar pesquisa pesquise pesquisar envia envie enviar manda mande mandar
    escreve escreva escrever cria crie criar encontra encontre encontrar acha ache achar reserva reserve reservar
    compra compre comprar liga ligue ligar prepara prepare preparar verifica verifique verificar confere confira
    conferir checa cheque checar faz faça fazer redige redija redigir resume resuma resumir traduz traduza traduzir
    atualiza atualize atualizar baixa baixe baixar executa execute executar roda rode rodar instala instale instalar
    reinicia reinicie reiniciar limpa limpe limpar organiza organize organizar agenda agende agendar paga pague pagar
    responde responda responder compartilha compartilhe compartilhar imprime imprima imprimir lê leia ler compara
    compare comparar analisa analise analisar calcula calcule calcular renova renove renovar pede peça pedir lembra
    lembre lembrar avisa avise avisar chama chame chamar marca marque manda-me envia-me fala fale falar diz diga
    dizer encaminha encaminhe encaminhar salva salve salvar guarda guarde guardar testa teste testar corrige
    corrija corrigir conserta conserte consertar implanta implante implantar publica publique publicar contata
    contate contatar contacta contacte contactar
    """.split()),
    verb_phrases="",
    request_end="",
    ambiguous_verbs=frozenset("marca busca pesquisa agenda".split()),
    type_verbs={
        "messaging": "envia envie enviar manda mande mandar responde responda responder liga ligue ligar avisa avise"
                     " avisar fala fale diz diga encaminha encaminhe encaminhar chama chame contata contate contacta"
                     " contacte manda-me envia-me",
        "code-execution": "executa execute executar roda rode rodar instala instale instalar reinicia reinicie"
                          " reiniciar implanta implante implantar testa teste",
        "file-creation": "escreve escreva escrever redige redija redigir cria crie criar",
        "info-lookup": "procura procure procurar busca busque buscar pesquisa pesquise pesquisar encontra encontre"
                       " encontrar acha ache verifica verifique verificar confere confira checa compara compare"
                       " comparar analisa analise resume resuma",
    },
    answer_verbs=frozenset("explica explique traduz traduza".split()),
    greetings="oi|olá|ola|bom dia|boa tarde|boa noite|e aí|beleza|ok|então",
    request=(
        "você/vc/tu pode/poderia/consegue|pode/poderia/consegue|por favor|pfv|pf|por gentileza|preciso que você?"
        "|eu preciso que você?|preciso|quero que você?|gostaria que você?|não esqueça/esqueças de|não se esqueça de"
        "|tem como|dá pra|dá para|me ajuda a|e|também"
    ),
    request_delegates=frozenset("você vc tu pode poderia consegue preciso eu quero gostaria".split()),
    frame_pre=frozenset("adiciona adicione nova uma".split()),
    frame_nouns=frozenset("tarefa tarefas".split()),
    framing="tarefa|tarefas|minhas tarefas|lista de tarefas|adiciona|adicione|cuida de|cuide de|me ajuda com|para mim|pra mim",
    header=frozenset("estas estes essas esses seguintes tarefas coisas hoje amanhã lista".split()),
    sign_offs="obrigado|obrigada|muito obrigado|valeu|brigado|é isso|só isso|abraços|abraço",
    chit_chat=frozenset("obrigado obrigada valeu ótimo perfeito beleza legal show ok oi".split()),
    question_words=frozenset("que quê o como quando onde por quem qual quais quanto quantos quantas".split()),
    question_aux=frozenset(),
    subjects=frozenset(),
    pronoun_subjects=frozenset(),
    how_to="como faço/posso/se/eu|o que significa|como é que",
    example_markers="por exemplo",
    web_search="pesquisa no google|pesquise no google|google",
    reminder_only="me lembra|me lembre|lembre-me|lembra-me",
    seq_then="depois|em seguida|e depois|e então|então|aí|depois disso",
    seq_also="também|além disso|e também|ainda",
    seq_order="primeiro|segundo|terceiro|por fim|por último|finalmente",
    conj="e",
    clause_openers="se|quando|assim que|depois que",
    not_then_before=frozenset(),
    pronoun_objects="isso|isto",
    dep_result="com o/os resultado/resultados|usando o/os/isso|com isso",
    dep_once="quando|assim que|depois de|depois que",
    dep_done=frozenset("pronto pronta feito feita concluído concluída terminado".split()),
    id_range_words=frozenset("a até à".split()),
    id_join_words=frozenset("e ou".split()),
    id_task_words=frozenset("tarefa tarefas".split()),
    id_fillers=frozenset("a o as os da do de tarefa".split()),
    control_before={
        "retry": "tenta|tente|tentar|reexecuta|reexecute|refaz|refaça|repete|repita|reinicia|reinicie|reprocessa",
        "skip": "pula|pule|pular|ignora|ignore|ignorar|salta|salte|deixa pra lá",
        "cancel": "cancela|cancele|cancelar|remove|remova|remover|apaga|apague|apagar|exclui|exclua|excluir|esquece"
                  "|esqueça|deleta|delete|descarta|descarte",
        "done": "marca|marque|marcar|conclui|conclua|finaliza|finalize|fecha|feche",
    },
    control_after={
        "retry": "de novo|novamente|outra vez|mais uma vez",
        "skip": "pode esperar",
        "cancel": "não é mais necessária/necessário|pode ser cancelada/cancelado",
        "done": "como? feita/feito/feitas/feitos/concluída/concluído/concluídas/concluídos/pronta/pronto/prontas/prontos"
                "|está/estão/tá/já está/já estão feita/feito/feitas/concluída/concluído/concluídas/pronta/pronto/prontas",
    },
    control_needs_after=frozenset(["marca", "marque", "marcar", "tenta", "tente", "tentar", "fecha", "feche"]),
    status_words={
        "pending": "pendente|pendentes|em espera|na fila|aguardando",
        "running": "em andamento|rodando|executando|em execução",
        "blocked": "bloqueada|bloqueadas|bloqueado|bloqueados|falhou|falharam|com falha|falhadas|travada|travadas",
        "done": "concluídas|concluída|concluídos|feitas|prontas|terminadas",
        "skipped": "canceladas|puladas|ignoradas",
    },
    status_show=frozenset("mostra mostre mostrar lista liste".split()),
    status_nouns=frozenset("tarefas tarefa fila lista".split()),
    status_topic=frozenset("status estado progresso andamento situação".split()),
    status_phrases="como estão as|como está a|o que falta|o que já foi feito|como anda|como andam",
    all_words=frozenset("todas todos tudo toda todo".split()),
    vague_verbs="resolve|resolva|cuida de|cuide de|organiza|organize|vê|veja|faz|arruma|arrume",
    vague_nouns=frozenset("lance coisa coisas negócio".split()),
    day_words=frozenset("dia data".split()),
    # tables this language does not need
    dotted_abbreviations="",
    title_abbreviations="",
    short_abbreviations="",
    typos={},
    not_typos=frozenset(),
    trigger_words=(),
)
