"""Portuguese vocabulary, Brazilian and European (see language.py for the fields)."""

from task_runner.parse.language import Language

LANGUAGE = Language(
    code="pt",
    verbs=frozenset("""
    desliga desligue desligar religa religue
    revoga revogar revogue
    remarca remarque remarcar adia adie adiar reagenda reagende reagendar
    encomendar encomende
    gera gere gerar reencaminha reencaminhe reencaminhar encaminha encaminhe
    adiciona adicione acrescenta acrescente
    retoma retome retomar compres ligues mandes envies procures reserves vejas peças escrevas faças marques verifiques
    lembra-me lembre-me puxa puxe puxar levanta levante cancela cancele cancelar pergunta pergunte perguntar vê veja ver junta juntar reúne reunir marcar publica publique publicar posta poste postar
    dá dê confere confira inscreve inscreva partilha assina assine convida convide planeja planeje escaneia preenche preencha completa
    complete apresenta solicita solicite confirma confirme experimenta devolve devolva vende venda muda mude
    move cozinha escolhe escolha decide
    monta monte montar anota anote anotar
    escreve-lhe escreva-lhe
    descobre descubra descobrir
    termina terminar acaba acabe acabar finaliza finalize
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
    exporta exporte exportar cobra cobre cobrar corrija corrigir conserta conserte consertar implanta implante implantar publica publique publicar contata
    contate contatar contacta contacte contactar mete mete-me põe-me
    """.split()),
    verb_phrases="",
    request_carriers="",
    request_end="",
    loan_context_endings=("ear", "ar", "a", "e", "ou"),
    ambiguous_verbs=frozenset("marca busca pesquisa agenda".split()),
    type_verbs={
        "messaging": "compartilha compartilhe partilha partilhe ligues mandes envies pergunta pergunte perguntar convida convide confirma confirme escreve-lhe escreva-lhe envia envie enviar manda mande mandar responde responda responder liga ligue ligar avisa avise posta poste postar publica publique publicar"
                     " avisar fala fale diz diga encaminha encaminhe encaminhar reencaminha reencaminhe reencaminhar chama chame contata contate contacta"
                     " contacte manda-me envia-me",
        "code-execution": "executa execute executar roda rode rodar instala instale instalar reinicia reinicie"
                          " reiniciar implanta implante implantar testa teste",
        "file-creation": "exporta exporte exportar escreve escreva escrever redige redija redigir cria crie criar",
        "info-lookup": "procures vejas verifiques puxa puxe puxar levanta levante confere confira escolhe escolha descobre descubra descobrir procura procure procurar busca busque buscar pesquisa pesquise pesquisar encontra encontre"
                       " encontrar acha ache verifica verifique verificar confere confira checa compara compare"
                       " comparar analisa analise resume resuma vê veja ver",
    },
    type_keywords={
        "messaging": (
            "mensagem|e-mail|email|whatsapp|zap|sms|avisa|avise|fala pro|fala pra|diz pro|diz pra|um ping no/na/pro/pra/para"
            "|manda pro|manda pra|escreve pro|escreve pra|escreve para"
        ),
        "reminder-scheduling": "lembrete|lembra-me|lembre-me|me lembra|me lembre|lembrar-me|me lembrar|agenda|alarme|calendário",
        "code-execution": "servidor|script|deploy|banco de dados|backup|logs",
        "file-creation": "arquivo|documento|relatório|planilha|folha|apresentação|pasta|tabela|gráfico"
                         "|cartaz|cartazes|panfleto|panfletos|folheto|folhetos|flyer|convite|convites|ofício",
        "info-lookup": "uma olhada|uma conferida|uma pesquisada",
    },
    agent_words="agente|assistente|agente de código",
    delegate_verbs="pede|peça|peca|pedir|manda|mande|mandar|faz|faça|fazer|diz|fala|cobra|cobre|cobrar",  # "cobra o carpinteiro": chase a person
    agent_particles="",
    roles=frozenset("chefe patrão patroa senhorio senhoria cliente contador contadora advogado advogada médico médica amigo amiga vizinho vizinha professor professora babá tia tio avó avô prima primo sogra sogro cunhada cunhado madrinha padrinho carpinteiro marceneiro eletricista mecânico pedreiro pintor jardineiro serralheiro encanador canalizador notário dentista cabeleireiro cabeleireira fornecedor fornecedora técnico síndico síndica imobiliária porteiro porteira".split()),
    name_titles=frozenset("seu dona dom senhor senhora".split()),  # "madame Durand", "o seu Jair": a courtesy title, a person only before a capitalised name
    addressee_first="", addressee_verbs="",  # zh "给/跟 + person + 发/说": the person addressed before the verb
    recipient_words=frozenset("para pro pra ao à aos às".split()),
    message_that="que|dizendo|falando|para ela|para ele|para elas|para eles|pra ela|pra ele|pra elas|pra eles|para confirmar|pra confirmar",
    message_open_ends="",
    message_asks="",
    user_objects="",
    message_quoted_before="",
    answer_verbs=frozenset("explica explique traduz traduza".split()),
    greetings="pergunta rápida|uma pergunta rápida|uma pergunta|pergunta rapida|oi|olá|ola|bom dia|boa tarde|boa noite|e aí|beleza|ok|então|hã|hum|ahn|mano|véi"
              "|tô/to/estou ditando aqui? no carro/trânsito/volante/táxi/uber/ônibus? então/entao? releva/desculpa?|tô/to/estou ditando aqui? dirigindo/andando"
              "|releva os erros|desculpa os erros"
              "|anota aí/isso ,? que? tô/to/estou dirigindo/andando|anota aí/isso ,? que? tô/to/estou no carro/ônibus/onibus/trânsito/uber/táxi"
              "|desculpa/desculpe/perdão/perdoa/perdoe o incômodo/incómodo/transtorno|desculpa/desculpe/perdoa/perdoe por? incomodar|desculpa/desculpe/perdoa/perdoe te/lhe/vos incomodar|desculpa/desculpe a chatice|com licença",  # "desculpa incomodar, dá pra …": an apology before the ask asks nothing
    request=(
        "preciso lembrar de|tenho que lembrar de|tenho de lembrar de|preciso me lembrar de|seria possível|é possível|será possível|será que é possível|seria ótimo/legal/bom/perfeito se você/tu pudesse/pudesses|será que você/tu pode/podes/poderia/consegue|será que dá pra|queria te pedir pra/para|você/vc/tu pode/poderia/consegue/podes/podias/consegues|pode/poderia/consegue|podes|podias|consegues|por favor|se faz favor|faz favor|pfv|pf|por gentileza|preciso que você?"
        "|eu preciso que você?|preciso|quero que você?|gostaria que você?|não esqueça/esqueças de|não se esqueça de"
        "|agora falta|ainda falta|só falta|falta|tem que|tem de|tens que|tens de|você tem que|vc tem que|precisa|precisas|você precisa|vc precisa|tu precisas|é preciso|anota aí|anote aí|anota aí que|tem como|dá pra|dá para|me ajuda a|e|também|mas|ah|oh|que você?|me faz um favor|vai lá ver|vai ver|vai olhar|vai ler|faz um favor|faça um favor|me faça um favor|por gentileza|anota aí que você tem que|anota aí que tens de|anota que você tem que|anota que tens de|anota aí que você precisa|toma nota que"
    ),
    capability_preambles="",
    possibility_asks="",
    restated_questions="",
    answer_conditions="",
    help_only="me ajudar|ajudar|ajudar-me|me faz um favor|faz-me um favor|fazer-me um favor|me fazer um favor",
    help_asked="sua/tua ajuda com/para/na/no?|uma ajuda com/para/na/no?|uma mão com/na/no?|uma mãozinha com/na/no?|um favor|um favorzinho",
    need_frames="preciso do|preciso da|preciso dos|preciso das|preciso de|precisava do|precisava da|precisava dos|precisava das|precisava de|precisaria do|precisaria da|precisaria de|preciso dum|preciso duma|me ajuda com|me ajude com|ajuda-me com|me ajuda a|quero|adiciona uma tarefa pra|adiciona uma tarefa para|adicione uma tarefa pra|adicione uma tarefa para|cria uma tarefa pra|cria uma tarefa para",
    i_subjects="eu",  # "eu preciso de um resumo …": the subject "I" before a need frame
    request_delegates=frozenset("é vai seria será queria você vc tu pode poderia consegue podes podias consegues preciso eu quero gostaria".split()),
    frame_pre=frozenset("adiciona adicione acrescenta acrescente nova uma mais outra outro".split()),
    frame_nouns=frozenset("tarefa tarefas".split()),
    other_matter="outra coisa|uma outra coisa|outra coisa nada a ver|uma coisa diferente/separada|nada a ver",
    framing="tarefa|tarefas|minhas tarefas|lista de tarefas|adiciona|adicione|acrescenta|acrescente|cuida de|cuide de|me ajuda com|para mim|pra mim",
    meta_verbs="fazer|faz|faça|tratar de?|trata de?|podes tratar de?|podes fazer|cuidar de|cuida de|me ajuda com|ajuda-me com",
    meta_objects="isto|isso|disto|disso|estas coisas|estas tarefas|o seguinte|isto tudo|isso tudo|disto tudo",
    meta_tail=frozenset("para pra mim".split()),
    list_takers="colocar|coloca|coloque|pôr|põe|adicionar|adiciona|botar|bota|cuida de|cuidar de|trata de|tratar de",
    list_refs="o resto|o que falta|os que faltam|as que faltam|os outros|as outras",
    list_ask_words=frozenset("ainda as favor fila lista marcadas marcados mim na no não os por pra tarefa tarefas todas todos".split()),
    done_notes="feito|já feito|feita|já feita|já fiz|concluído|concluída|não precisa mais",
    list_references="isso|isto|essa lista|esta lista|a lista|minha lista|esses|essas|estes|estas|tudo|tudo isso|tudo isto|o seguinte",
    header=frozenset("isto isso disto disso estas estes essas esses seguintes tarefas coisas hoje amanhã lista duas três".split()),
    sign_offs="obrigado|obrigada|muito obrigado|valeu|brigado|é isso|só isso|abraços|abraço|se faz favor|faz favor|por favor|pfv|por gentileza",
    chit_chat=frozenset("obrigado obrigada valeu ótimo perfeito beleza legal show ok oi".split()),
    # --- words moved from the rule modules (part B)
    negations=frozenset("não nao nunca jamais".split()), negations_after="", command_hedges=frozenset("hum hmm hm ah oh ok okay então entao talvez acho que só também e por favor pf pfv vc você tu pode podes poderia consegue consegues".split()), queue_hedges=frozenset("hum hmm hm ah oh ei ok okay então entao por favor pf pfv só vc você tu pode podes poderia consegue consegues vamos bora".split()), selector_ends=frozenset("e por favor pf pfv agora".split()), as_task="por favor? adiciona/adicione/coloca/coloque/põe/ponha/bota/salva/salve isso/isto como/numa uma? tarefa|por favor? adiciona/adicione/coloca/coloque/põe/ponha/bota isso/isto na/à fila/lista",
    selector_pronouns="todas/todos elas/eles", selector_places="na/da/nas/das fila/lista/tarefas", queue_nouns=frozenset("fila".split()), request_questions="você/vc/tu pode/podes/poderia/poderias/consegue/consegues|pode|podes|poderia|consegue|consegues|dá pra|da pra|tem como|será que você/vc/tu? pode/podes/consegue/consegues", asking_fillers=frozenset("ajudar ajuda por favor pfv só também talvez".split()),
    count_questions="", count_verbs=frozenset(), pronoun_aux=frozenset(), meta_alone=frozenset("estas isto".split()), list_add_verbs="adiciona|adicione|acrescenta|acrescente|coloca|coloque|põe|poe|bota|inclui|inclua",
    sure_greetings=frozenset("oi olá ola opa eae hum hmm ahn".split()), tail_polite="por favor|pf|pfv|por gentileza|se faz favor|faz favor|obrigado|obrigada|valeu|vlw|agora|já|rapidinho", strong_sign_offs=frozenset("obrigad brigad valeu vlw".split()), list_add_preps="à|a|na|no|em|pra|para", list_names=r"lista(?:\s+de\s+(?:tarefas|compras|afazeres))?|tarefas|fila|afazeres",
    list_owners="minha|nossa|a", list_add_tails="", frame_add_verbs=frozenset("adiciona adicione acrescenta acrescente anota anote".split()), frame_tail=frozenset("pra para mim hoje por favor".split()), plain_articles=frozenset("o a os as um uma".split()),
    status_determiners=frozenset("me as os minhas meus a o rapidinho rápido rápida um resumo do da dos das".split()), status_question_words=frozenset("que quê qual quais como há tem está estão algo alguma algum".split()), status_modals=frozenset("devo deveria devia posso poderia pode podes deve".split()), status_that="que está/estão/tá/tão ainda/já?|que ainda|que já|que",
    status_end_fillers=frozenset("agora ainda hoje já por favor pf pfv aí até momento de".split()), still_words=frozenset("ainda".split()), id_question_words=frozenset("como qual quê".split()), status_every=frozenset(),
    status_things=frozenset("tudo coisas".split()), piece_breaks="e|depois|também", cjk_queue_nouns="", cjk_status_asks="", cjk_show_verbs="",
    cjk_requests="", part_openers="de|da", noun_determiners="o|os|um|uma|meu|minha|seu|sua", adjective_articles="o|os|as|um|uma|meu|minha",
    month_day_words="dia", every_other="", alternate_weeks="a cada duas semanas|a cada 2 semanas|cada duas semanas|de quinze em quinze dias|de duas em duas semanas|quinzenalmente|semanas alternadas|sim, outra não|sim e outra não",
    month_weekday_ordinals="primeira|primeiro|terceira|terceiro|quarta|quarto|última|último", deadline_clause_preps="o|a", object_articles="o|a", elided_articles="",
    object_phrase_articles="o|a", date_articles="o|a|na|no|de", day_number_articles="o dia|dia", describing_words="",
    ordinal_day_articles="o dia|dia",
    question_particles=frozenset("".split()),
    question_words=frozenset("que quê o como quando onde porque quem qual quais quanto quantos quantas".split()),
    time_questions="",
    question_aux=frozenset(),
    subjects=frozenset(),
    pronoun_subjects=frozenset(),
    how_to="como faço/posso/se/eu/cancelo/apago/adiciono/crio/pulo|o que significa|como é que eu? faço/posso/se/cancelo/apago/adiciono/crio/pulo/uso/vejo/configuro/funciona|é possível que|será possível que|seria possível que",  # "é possível que chova amanhã?" asks whether, no request
    example_markers="por exemplo",
    web_search="pesquisa no google|pesquise no google|google",
    reminder_only="me lembra|me lembre|lembre-me|lembra-me",
    seq_then="→|⇒|só depois|e só depois|só então|e só então|depois|em seguida|e depois|e então|então|aí|depois disso|e feito isso|feito isso",
    seq_also="e tb|e tbm|tb|tbm|e melhor|melhor|e em vez disso|em vez disso|no lugar dela|no lugar dele|no lugar disso|no lugar|e no lugar|também|além disso|e também|ainda|e aproveita e|aproveita e|e aproveite e|aproveite e|de quebra|já agora|e enquanto me lembro|enquanto me lembro|e já que lembrei|já que lembrei|outra coisa que não tem nada a ver|coisa que não tem nada a ver|outra coisa sem relação|nada a ver com isso",
    now_words="ao mesmo tempo|enquanto isso|agora mesmo|agora|já|neste momento|entretanto|de imediato",
    then_at_end="depois|depois disso|em seguida",
    then_after_first="",
    first_words="",
    seq_order="primeiro|segundo|terceiro|por fim|por último|finalmente",
    conj="e",
    clause_openers="se|quando|assim que|depois que|uma vez que|uma vez|enquanto",
    not_then_before=frozenset("é são".split()),  # "é mais perto": a comparison, no "also"
    clitics=frozenset("lhe lhes o a os as me te nos".split()),
    person_objects=frozenset("ele ela eles elas".split()),
    you_subjects=frozenset("você tu".split()),
    pronoun_objects="isso|isto",
    dep_before_id="quando|assim que|depois de|depois que|após|logo que",
    dep_after_id="",
    reading_verbs="ver|olhar|ler|lê|leia|le|revisa|revise|passa o olho|olha|olhe",
    digest_verbs="faz-me a lista|faz-me uma lista|faz a lista|anota-me|aponta-me|me faz um recap|me faça um recap|faz um recap|faz uma síntese|me faz um resumo|me faça um resumo|me faça uma lista|agrupa|agrupe|classifica|faz uma lista|faça uma lista|me faz uma lista|resume|resuma|faz um resumo|faça um resumo|lista|liste|me faz uma tabela|faz uma tabela|me faça uma tabela",
    digest_nouns=frozenset("resumo síntese apanhado".split()),
    report_back="me avisa|me dizer|me avise|me diz|me diga|me fala|dizer-me|diz-me|diga-me|avisa-me|avise-me",
    call_verbs="liga|ligar|liga pra|liga pro|liga para|telefona|telefonar|telefone",
    call_asks="pergunta|pergunte|perguntar|pergunta pra|pergunta pro|pergunta-lhe|se informa|informa-te",
    fallout_fixes="conserta o que quebrar|corrige o que quebrar|arruma o que quebrar|conserta tudo o que quebrar",
    keep_as="escreve-o em|escreva-o em|escreve isso em|põe-no em|põe-na em|põe-nos em|põe-nas em|coloca-o em|coloca-a em|coloca-os em|coloca-as em|mete-o em|mete-a em|guarda em|guarda como|guarde em|guarde como|salva em|salva como|salve em|salve como|salva-o em|guarda-o em|salva na|salva no|salve na|salve no|guarda na|guarda no|guarde na|guarde no",
    corrections="digo|não ,? espera ,? melhor|não|não ,? espera|espera ,? melhor|não ,? melhor|quer dizer|aliás ,? não|aliás|ou melhor|na verdade não|desculpa ,? não",
    apologies="desculpa|desculpe|perdão|ops|opa|queria dizer|desculpa ,? queria dizer",
    retractions="esquece isso|esquece|não ,? esquece",
    otherwise="senão|se não|caso contrário|do contrário",
    condition_ends="",
    whether_alternatives="ou não",
    hedges=", sabes qual é|, sabe qual é|, você sabe qual é|, sabes qual|, sabe qual|talvez|quem sabe|ou não|não sei|sei lá|vamos ver|vê isso aí|veja isso aí|você que sabe|tu que sabes|como achares melhor|como achar melhor|como você achar melhor|, você sabe|, sabe como é|, tu sabes",
    dep_result="com/usando esse/essa/este/esta arquivo/ficheiro/lista/planilha/folha/tabela|a partir desse/deste/dessa/desta arquivo/ficheiro/lista/planilha/folha/tabela|com o/os resultado/resultados|usando o/os/isso|com isso|com esse/esses/essa/essas"
               "|depois de teres/ter isso|quando tiveres/tiver isso|assim que tiveres/tiver isso|depois que tiveres/tiver isso|quando o/a/os/as tiveres/tiver"
               "|assim que o/a/os/as tiveres/tiver",
    use_verbs="usa|usa-os|usa-as|usa-o|usa-a|use|utiliza|utilize|pega|aproveita",
    purpose_words=frozenset("para pra pro".split()),
    infinitive_markers=frozenset("de".split()),
    causatives=frozenset("".split()),
    dep_once="quando|assim que|depois de|depois que|uma vez que|uma vez",
    dep_done=frozenset("""confirmado tiveres tiver tiverem confirmada reservado reservada pronto pronta feito feita concluído concluída terminado terminada terminar terminarem acabar
    escrito escrita redigido redigida enviado enviada assinado assinada recebido recebida
    prontos prontas feitos feitas terminados terminadas concluídos concluídas enviados enviadas reservados reservadas""".split()),
    id_range_words=frozenset("a até à".split()),
    id_join_words=frozenset("e ou".split()),
    id_or_words="ou|ou talvez|ou então",
    id_task_words=frozenset("tarefa tarefas".split()),
    id_frames="",
    id_fillers=frozenset("a o as os da do de na no nas nos tarefa tarefas".split()),
    id_dash_words=frozenset("traço hífen hifen".split()),
    cardinals={"um": 1, "uma": 1, "dois": 2, "duas": 2, "três": 3, "tres": 3, "quatro": 4, "cinco": 5, "seis": 6, "sete": 7, "oito": 8,
        "nove": 9, "dez": 10, "onze": 11, "doze": 12, "treze": 13, "catorze": 14, "quatorze": 14, "quinze": 15, "dezesseis": 16, "dezasseis": 16,
        "dezessete": 17, "dezassete": 17, "dezoito": 18, "dezenove": 19, "dezanove": 19, "vinte": 20, "trinta": 30, "quarenta": 40,
        "cinquenta": 50, "sessenta": 60, "setenta": 70, "oitenta": 80, "noventa": 90},
    cardinal_joiners=frozenset("e".split()),
    softeners="aí|pode|sem problema|pfv|pf|por favor|por gentileza|se faz favor|faz favor",
    verb_complements="",
    note_openers="com|mas|usando|use|usa|desta vez|dessa vez|porque",
    control_before={
        "retry": "dá/dê/faz/faça um? retry|volta/volte/voltar a tentar/correr/executar/rodar/fazer|tenta de novo|tente de novo|tenta novamente|tente novamente|tenta|tente|tentar|reexecuta|reexecute|refaz|refaça|repete|repita|reinicia|reinicie|reprocessa",
        "skip": "pula|pule|pular|ignora|ignore|ignorar|salta|salte|deixa pra lá",
        "cancel": "cancela|cancele|cancelar|remove|remova|remover|apaga|apague|apagar|exclui|exclua|excluir|esquece"
                  "|esqueça|deleta|delete|descarta|descarte",
        "done": "já? está/tá feito/feita/pronto/pronta pra/para|feito/feita pra/para|marca/marque/marcar como feita/feito/concluída/concluído/pronta/pronto/done|já? está/estão/tá/tão feita/feito/feitas/feitos/concluída/concluído/concluídas/concluídos/pronta/pronto/prontas/prontos|marca|marque|marcar|conclui|conclua|finaliza|finalize|fecha|feche|feita|feito|feitas|feitos|concluída|concluído|concluídas|concluídos",
        "answer": "responde a?|responda a?|responde pra/pro|resposta para/pra/pro|resposta a/à/ao|resposta",
        "urgent": "dá/dê/põe/coloca prioridade urgente/alta/máxima? a/à/ao/na/no|dá/dê prioridade|faz|faça|faca|passa|põe|coloca|prioriza|priorize|priorizar|urgente",
        "pause": "para/pare tudo|para/pare a fila|tudo em pausa|em pausa|pausa|pausar|pause|coloca em pausa|coloque em pausa|põe em pausa|ponha em pausa|suspende|suspenda|congela",
        "resume": "reativa|reative|reativar|retoma|retome|retomar|continua|continue|continuar|segue|siga|recomeça|recomece|despausa|despause|despausar|tira a pausa",
    },
    control_after={
        "retry": "de novo|novamente|outra vez|mais uma vez|você/tu tenta/tentas/refaz/repete/reexecuta|você/tu tenta/tentas de novo/novamente",
        "skip": "pode esperar|você/tu pula/pulas/ignora/ignoras/salta/saltas",
        "cancel": "a gente cancela|a gente a/o? cancela|vamos cancelar|cancelamos|não precisa mais|já não precisa|não é mais precisa/preciso|não precisamos mais dela/dele?|não é mais necessária/necessário|pode ser cancelada/cancelado",
        "done": "já? a/o/as/os? fiz/terminei/concluí eu mesmo/mesma?|eu mesmo/mesma? já? a/o/as/os? fiz/terminei/concluí|como? feita/feito/feitas/feitos/concluída/concluído/concluídas/concluídos/pronta/pronto/prontas/prontos/done|já foi|já foram"
                "|dá/dar/dê/considera/considerar/considere como? feita/feito/feitas/feitos/concluída/concluído/concluídas/concluídos/pronta/pronto/prontas/prontos"
                "|já? está/estão/tá/tão feita/feito/feitas/feitos/concluída/concluído/concluídas/concluídos/pronta/pronto/prontas/prontos/done",
        "urgent": "passar à frente|passar para a frente|à frente|para a frente|pra frente|ir primeiro|vai/vão primeiro|agora/já? é urgente|agora/já? são urgentes|coloca/põe/marca? como urgente/urgentes/prioridade|para/pra urgente|para/pra prioridade máxima/alta?|em primeiro|primeiro|primeira|antes de tudo|na frente|no topo|é/são prioridade|é/são prioritária/prioritário",
    },
    control_needs_after=frozenset(["faz", "faça", "faca", "passa", "põe", "coloca", "marca", "marque", "marcar", "tenta", "tente", "tentar", "fecha", "feche"]),
    control_alone={},
    answer_leads=frozenset("para pra pro sobre quanto à ao".split()),
    group_words="do/no grupo|grupo",
    queue_fillers="por hoje|por esta noite|por hoje à noite|todo o resto|tudo o resto|o resto|o restante|com tudo|com todas as tarefas|com as tarefas|de novo|outra vez|tudo|só|somente|apenas|a fila|fila|todas as tarefas|as tarefas|tarefas|as|a|o|os|por favor|pfv|pf|se faz favor|faz favor|agora|um pouco|por agora|por enquanto|por ora",
    group_topic_heads="as tarefas|todas as tarefas|tudo do/da/de/dos/das|tudo o que for do/da/de/dos/das|tudo que for do/da/de/dos/das|tudo relacionado a/ao/à/com|as tarefas do/da/de/dos/das|todas as tarefas do/da/de/dos/das|as coisas do/da/de/dos/das",
    group_topic_tails="",
    group_topic_suffixes=frozenset(),
    reasons="porque|pois|que|já que",
    reason_ends="por isso|portanto|então|entao",
    deferrals="",
    waits="esperando|aguardando|até que|até",
    copulas="",
    mistake_words="",
    own_plans="tenho que|vou|estou|eu tenho que|eu vou|eu estou",
    needed_by="preciso dele|preciso dela|preciso disso|precisamos dele|é para",
    urgent_marks="urgente|muito urgente|prioridade alta|prioridade máxima|faz isso primeiro|faça isso primeiro|isso primeiro|primeiro isso",
    status_words={
        "pending": "pendente|pendentes|em espera|na fila|aguardando",
        "running": "em andamento|rodando|executando|em execução|a correr|a decorrer|a executar|em curso|a andar",
        "blocked": "travou|travaram|bloqueada|bloqueadas|bloqueado|bloqueados|falhou|falharam|com falha|falhadas|travada|travadas",
        "done": "concluídas|concluída|concluídos|concluído|feitas|prontas|terminadas|terminaste|acabaste|terminou|acabou|terminaram|concluiu|feito|feita|pronto|pronta|foi feito",
        "skipped": "canceladas|puladas|ignoradas",
    },
    status_any="alguma coisa|algo|algum|alguma",
    there_is="há|tem|existe|existem|ainda há|ainda tem",
    finish_asks="", finish_states="já acabou/terminou|ficou pronto/pronta|está/tá pronto/pronta|já foi|deu certo|passou", finish_first="já acabou/terminou|já ficou pronto/pronta|já está/tá pronto/pronta|já foi concluído/concluída|acabou já",
    product_nouns="app|aplicativo|aplicativos|programa|ferramenta",
    status_show=frozenset("mostra mostre mostrar lista liste fala diz diga faz".split()),
    status_nouns=frozenset("tarefas tarefa fila lista".split()),
    request_nouns=frozenset("pedidos solicitações".split()),
    status_topic=frozenset("status estado progresso andamento situação".split()),
    status_phrases="avançaste/avançou em quê|em que você/vc avançou|em que avançaste/avançou|quantas/quantos coisas/tarefas/ainda? faltam/restam/sobram|andou/avançou/avançaste/andaste com as? minhas? tarefas|andou/avançou/avançaste/andaste nas minhas? tarefas|faz/faça o ponto de/da situação|ponto de situação|ponto da situação|em que pé está|em que pé estão|em que pé anda|em que pé andam|em que ponto está|em que ponto estão|alguma novidade|novidades|como está indo|como estão indo|como vão as coisas|como está tudo|como estão as|como está a|o que falta|o que já foi feito|como anda|como andam|já? terminou/acabou/terminaste/acabaste aquilo de/do/da|já? terminou/acabou/terminaste/acabaste o/a de/do/da|como vai aquilo de|como vai aquilo do|como vai aquilo da|como está aquilo de|como está aquilo do|como está aquilo da|como tá/tão/vai/vão/anda/andam/está/estão as? minhas coisas/encomendas/tarefas|como é que tá/tão/vai/vão/anda/andam/está/estão as? minhas coisas/encomendas/tarefas|como é que tá/vai/anda/está o que eu? te pedi|como é que tá/tão/vai/vão/anda/andam/está/estão os? meus pedidos|como tá/tão/vai/vão/anda/andam/está/estão os? meus pedidos|como tá/vai/anda/está o que eu? te pedi|já? terminou/acabou/terminaste/acabaste alguma coisa/algo",
    loan_verb_endings="ar|a",
    loan_verb_prefixes="",
    loan_verb_particles="",
    status_progress="",
    how_went="como foi|como ficou|como está indo|como vai|como anda|como está|como correu|em que pé está|em que pé ficou", work_nouns=frozenset("pesquisa busca procura reserva marcação".split()),
    of_words=frozenset("de das dos da do sobre com".split()),
    possessives=frozenset("meu minha meus minhas nosso nossa nossos nossas".split()),
    determiners=frozenset("as os minhas meus a o minha meu aquelas aqueles essas esses".split()),
    relative_that="que está/estão/estiver/tá/tão ainda/já?|o que está/estão/tá/tão ainda/já?|que ficaram/ficou|que tinham/tinha ficado|que",
    relative_ends="",
    all_words=frozenset("todas todos tudo toda todo".split()),
    vague_verbs="resolver|trata-me/trata/trate/resolve-me de/da/do/daquela/daquele/daquilo/disso/dessa/desse|trata|trate|tratar de|tratar|resolve|resolva|cuida de|cuide de|cuida do|cuida da|cuide do|cuide da|cuida dos|cuida das|organiza|organize|vê|veja|faz|arruma|arrume",
    vague_nouns=frozenset("aquilo daquilo naquilo lance coisa coisas negócio tema assunto parada treco trecos bagulho".split()),
    day_words=frozenset("dia data".split()),
    day_idioms="em dia",
    # --- words moved from the rule modules (part A)
    # left empty: transform_verbs, vague_things, vague_tail, file_nouns, file_prepositions, travel_nouns, superlatives, position_words
    # (their rules read English words with them: "into", "the", "it", "a"/"an", "book"); phrasal_particles: Portuguese has none
    delegation_words="delega|delegue|delegar|delegando",
    reminder_links=frozenset(),
    remind_others=frozenset("lembra lembre".split()),
    reminder_starts="lembra-me|lembre-me|me lembra|me lembre|me lembrar|lembrar-me|lembra a gente|lembre a gente|cria/crie/põe/ponha/coloca/coloque/define/defina um lembrete/alarme|agenda|agende|agendar|me acorda|me acorde", transform_verbs=frozenset(),
    chat_places=frozenset("grupo chat canal fórum".split()), place_prepositions=frozenset("no na em".split()),
    draft_verbs=frozenset("rascunha".split()), letter_nouns=frozenset("bilhete carta cartão recado reclamação".split()), message_nouns=frozenset("mensagem mensagens msg email e-mail emails resposta recado sms zap whatsapp".split()), weak_lookups=frozenset("verifica verifique confere confira checa cheque vê veja revisa revise monitora monitore testa teste".split()), vague_things=frozenset(), vague_tail=frozenset(),
    not_content=frozenset("o a os as um uma uns umas isso isto aquilo ele ela eles elas de do da dos das em no na nos nas com pra pro para por que é são foi tá me te se você vc tu eu nós a gente meu minha seu sua aí lá agora hoje depois já também só então coisa coisas lance negócio assunto".split()), vague_verb_words=frozenset("resolve resolva resolver trata trate tratar cuida cuide cuidar faz faça fazer vê veja ver arruma arrume arrumar".split()), file_nouns=frozenset(), file_prepositions=frozenset("em num numa no na".split()),
    travel_nouns=frozenset(),
    indirect_pronouns=frozenset("me lhe nos".split()), phrasal_particles=frozenset(), definite_words=frozenset(),  # "o", "os": every "manda o X" after a lookup took up its result; "a", "as" are English words,
    function_words=frozenset("e ou de do da dos das em no na nos nas com para pra pro por que quem como o a os as um uma ele ela isso isto é são foi meu minha".split()), generic_nouns=frozenset("coisa coisas vez dia semana mês ano tempo equipe time pessoal cliente resto fim".split()), indefinite_words=frozenset("um uma uns umas novo nova num numa".split()), transaction_verbs=frozenset("reserva reserve reservar compra compre comprar encomenda encomende pede peça agenda agende marca marque renova renove inscreve inscreva".split()),
    transaction_results=frozenset("confirmação confirmações recibo recibos comprovante reserva bilhete bilhetes ingresso ingressos pedido orçamento fatura número código detalhes".split()), result_nouns={"resume": "resumo", "resuma": "resumo", "resumir": "resumo", "traduz": "tradução", "traduza": "tradução", "traduzir": "tradução", "analisa": "análise", "analisar": "análise", "compara": "comparação", "comparar": "comparação", "escaneia": "digitalização", "reserva": "reserva", "reservar": "reserva"}, send_verbs=frozenset("manda mande envia envie encaminha encaminhe reencaminha reencaminhe compartilha compartilhe partilha partilhe".split()), lookup_verbs=frozenset("procura procure pesquisa pesquise busca busque verifica verifique confere confira checa descobre descubra encontra encontre acha ache vê veja".split()),
    to_the_user=frozenset("me mim".split()), send_to_words=frozenset("pro pra ao".split()), send_requests="", both_words="ambos|ambas|as duas|os dois|as três|os três|os 2|as 2",
    enclitic_objects="", hyphen_objects="lo|la|los|las|o|a|os|as", infinitive_objects="", producer_verbs=frozenset("escreve escreva cria crie faz faça monta monte reúne gera gere redige redija compila baixa baixe resume resuma liste".split()),
    superlatives=frozenset(), position_words=frozenset(), lookup_results=frozenset("link links resultado resultados resposta respostas info informações detalhes número números horário horários preço preços opções".split()),
    finite_verbs=frozenset("chega chegam precisa precisam quer querem é está estão são foi foram ficou ficaram tá tão tem têm acabou quebrou parou venceu falhou travou caiu morreu".split()), news_openers='temos um/uma|não temos|tem um/uma|estamos sem|a gente está/tá sem', statement_openers=frozenset("se quando enquanto caso embora".split()), infinitive_endings=frozenset("ar er ir".split()),
    past_endings=frozenset(),  # the past is a finite verb or an auxiliary (finite_verbs)
    separable_particles=frozenset(), list_numerals="", step_nouns=frozenset("passo etapa".split()),
    command_fillers="por favor|também", note_adverbials=frozenset(), new_action_words="",
    polite_words=frozenset("por favor".split()),
    # --- schedules
    weekdays={
        "segunda": 0, "segunda-feira": 0, "terça": 1, "terça-feira": 1, "terca": 1, "quarta": 2, "quarta-feira": 2,
        "quinta": 3, "quinta-feira": 3, "sexta": 4, "sexta-feira": 4, "sábado": 5, "sabado": 5, "domingo": 6
    },
    months={
        "janeiro": 1, "fevereiro": 2, "março": 3, "marco": 3, "abril": 4, "maio": 5, "junho": 6, "julho": 7,
        "agosto": 8, "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12
    },
    numbers={
        "um": 1, "uma": 1, "dois": 2, "duas": 2, "três": 3, "tres": 3, "quatro": 4, "cinco": 5, "seis": 6, "dez":
        10, "quinze": 15, "vinte": 20, "trinta": 30, "sete": 7, "oito": 8, "nove": 9, "doze": 12, "quarenta": 40,
        "quarenta e cinco": 45, "noventa": 90, "vinte e cinco": 25, "uns": 3, "umas": 3, "alguns": 3, "algumas": 3, "uns poucos": 3
    },
    ordinals={"primeiro": 1, "segundo": 2, "último": 31},
    time_units={
        "minuto": "m", "minutos": "m", "min": "m", "hora": "h", "horas": "h", "h": "h", "dia": "d", "dias": "d",
        "semana": "w", "semanas": "w"
    },
    day_parts={"manhã": 9, "cedo": 8, "logo cedo": 8, "bem cedo": 8, "cedinho": 8, "bem cedinho": 8, "tarde": 15, "noite": 20, "meio-dia": 12, "hoje à noite": 20, "hoje à tarde": 15, "esta tarde": 15, "hoje de manhã": 9},
    relative_days={"hoje": 0, "hoje à noite": 0, "hoje à tarde": 0, "esta tarde": 0, "hoje de manhã": 0, "amanhã": 1, "depois de amanhã": 2},
    relative_periods={
        "a semana que vem": "next week", "semana que vem": "next week", "a próxima semana": "next week", "próxima semana": "next week",
        "esta semana": "this week", "final da semana": "end of week", "fim da semana": "end of week",
        "final da semana que vem": "end of next week", "fim da semana que vem": "end of next week", "fim da próxima semana": "end of next week",
        "o mês que vem": "next month", "mês que vem": "next month", "o próximo mês": "next month", "fim do mês": "end of month",
        "final do mês": "end of month", "fim do mês que vem": "end of next month", "final do mês que vem": "end of next month",
    },
    periods={
        "dia": "day", "dias": "day", "manhã": "morning", "manhãs": "morning", "noite": "night", "noites": "night",
        "semana": "week", "semanas": "week", "mês": "month", "mes": "month", "meses": "month", "hora": "hour",
        "horas": "hour", "minuto": "minute", "dia útil": "weekday", "dias úteis": "weekday", "dia de semana": "weekday", "dias de semana": "weekday",
    },
    period_adverbs={
        "semanal": "week", "diário": "day", "diária": "day", "mensal": "month",         "diariamente": "day", "semanalmente": "week", "mensalmente": "month", "de segunda a sexta": "weekday", "de segunda à sexta": "weekday", "de segunda a sexta-feira": "weekday", "de segunda-feira a sexta-feira": "weekday",
        "nos dias úteis": "weekday", "em dias úteis": "weekday",
    },
    period_ends={"o fim do mês": "month", "ao fim do mês": "month", "fim do mês": "month", "o final do mês": "month",
                 "ao final do mês": "month", "final do mês": "month", "o fim da semana": "week", "ao fim da semana": "week",
                 "fim da semana": "week", "o final da semana": "week", "final da semana": "week", "o fim do dia": "day",
                 "ao fim do dia": "day", "fim do dia": "day", "o final do dia": "day", "final do dia": "day",
                 "o fim do ano": "year", "fim do ano": "year", "o final do ano": "year", "final do ano": "year"},
    current_periods={"esta semana": "week", "este mês": "month", "este ano": "year", "este fim de semana": "weekend"},
    time_words=frozenset("pouco pouquinho instantinho".split()),
    time_fillers=frozenset("o a os as de da do e às só apenas somente este esta neste nesta próximo próxima".split()),  # "só de segunda a sexta às 6h, …"
    time_characters="",
    plural_day_articles="às|as|nas|aos",
    subordinators="quando|onde|se|como|qual|quais|quê|quem",
    topic_words="sobre|acerca de",
    demonstratives=frozenset("aquele aquela aqueles aquelas".split()),
    relatives=frozenset("que quem".split()),
    availability="disponível|disponíveis|livre|livres|aberto|aberta|abertos|abertas",
    state_verbs="abre|abrem|abra|abram|aberto|aberta|fecha|fecham|feche|fechem|fechado|é|são|está|estão",
    every_words="cada|toda|todo|todas as|todos os",
    clock_words="às|à|por volta das|por volta da|depois das|a partir das|desde as",
    clock_hours={"uma": 1, "duas": 2, "três": 3, "tres": 3, "quatro": 4, "cinco": 5, "seis": 6, "sete": 7, "oito": 8, "nove": 9, "dez": 10, "onze": 11, "doze": 12},
    clock_phrases={
        "{h} e meia": 30, "{h} e um quarto": 15, "{h} e quarto": 15, "um quarto para as {h}": -15, "quinze para as {h}": -15,
        "{m} para as {h}": -1, "{m} pras {h}": -1, "{m} pra as {h}": -1, "um quarto pras {h}": -15, "{at} {h} e {m}": 1,
    },
    clock_numerals={
        "uma": 1, "duas": 2, "três": 3, "tres": 3, "quatro": 4, "cinco": 5, "seis": 6, "sete": 7, "oito": 8, "nove": 9,
        "dez": 10, "onze": 11, "doze": 12, "quinze": 15, "vinte": 20, "vinte e cinco": 25,
    },
    street_words=frozenset("rua avenida av praça travessa estrada alameda largo".split()),
    clock_format="{h}:{m:02d}",
    afternoon_clock=frozenset(),
    in_words="em|daqui a|dentro de",
    from_now_words="a partir de agora",
    about_words="uns|umas|aproximadamente|uns bons|umas boas",
    half_words="meia",
    meal_starts={"depois do trabalho": 18, "depois do expediente": 18, "saindo do trabalho": 18, "após o expediente": 18, "depois do serviço": 18, "depois do almoço": 14, "depois de almoçar": 14, "após o almoço": 14, "apos o almoço": 14, "depois do jantar": 21, "depois de jantar": 21, "após o jantar": 21, "depois do pequeno-almoço": 10, "depois do pequeno almoço": 10, "pós-almoço": 14},
    span_cues="por|durante|pelos próximos|pelas próximas",
    deadline_hours="antes das|antes da|até as|até às|no máximo até as|no máximo às",
    deadline_after="no máximo|no mais tardar|o mais tardar|máximo|sem falta",
    deadline_cues="antes que|até a|até o|até|antes de|antes da|antes do|no máximo até",
    meal_deadlines={"lunch": 12, "almoço": 12, "almoco": 12, "jantar": 20, "café da manhã": 8},
    workday_ends="",
    start_cues="depois das|depois de|a partir das|a partir da|a partir do|a partir de|após",
    since_cues="desde",
    source_cues="",
    booking_verbs="reserva|reserve|reservar|reserva-me|me reserva",  # Latin scripts: first in the item, a date after its object is the booking's
    object_cues="para|pra|pro|pros|pras|de|do|da",
    reminder_nouns=frozenset("lembrete alarme".split()),
    purpose_leads=frozenset("para pra pro".split()),
    event_nouns="reunião|reuniões|call|chamada|videochamada|consulta|consultas|encontro|vistoria|vistorias|visita|visitas|exame|exames|entrevista|sessão",
    schedule_verbs="reagenda|reagende|reagendar|muda|mude|remarca|remarque|remarcar|adia|adie|adiar|agenda|agende|agendar|marca|marque|marcar|organiza|organize|organizar|põe|ponha|pôr|bota|coloca|coloque|colocar|programa|programe|programar|anota|anote|anotar|adiciona|adicione|adicionar|acrescenta|acrescente|acrescentar|inclui|inclua|incluir",
    calendar_nouns="agenda|calendário|calendario|google agenda|google calendar",
    # tables this language does not need
    dotted_abbreviations="",
    title_abbreviations="dra|sra|eng|dr|sr|d|profa|profª",
    short_abbreviations="n|nr|núm|ref|tam|tel|pág",  # "n. 2025/0418", "ref. 3001C": a number follows, no sentence ends
    ability_asks="", only_alternatives="ou só|ou somente|ou apenas", capability_asks="o que você/vc/tu? consegue/consegues/pode/podes/sabe/sabes fazer|que coisas você/vc/tu? consegue/consegues/pode/podes/sabe/sabes fazer|em/no que você/vc/tu? pode/podes me ajudar|em/no que você/vc/tu? me pode/podes ajudar|o que eu? posso te/lhe pedir|o que dá pra/para fazer com você/vc|pra/para que você/vc serve|o que você/vc faz",
    preamble_openers="",
    mail_greetings=frozenset('olá|ola|oi|bom dia|boa tarde|boa noite|prezado|prezada|prezados|caro|cara|querido|querida'.split("|")), mail_closings=frozenset('att|att.|atenciosamente|abraços|abraço|um abraço|obrigado|obrigada|cordialmente|beijos|grato|grata'.split("|")),
    mail_headers=frozenset('de|assunto|para|enviado|data|cc'.split("|")),
    self_words=frozenset('eu mim minha minhas meu meus'.split()), owner_labels=frozenset('responsável responsáveis ação dono'.split()), name_suffixes=frozenset(),
    example_leads="tipo|como|por exemplo|coisas como",
    order_heads="em ordem|na ordem|nessa ordem|nesta ordem|por ordem|um de cada vez|uma de cada vez|um por um|uma por uma|um depois do outro",
    praise_words="",
    typos={},
    not_typos=frozenset(),
    trigger_words=(),
)
