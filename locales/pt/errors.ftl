# Error messages. Ids in snake_case are the stable error codes of the API.

http-status-400 = Solicitação inválida
http-status-401 = Login necessário
http-status-403 = Acesso não permitido
http-status-404 = Página não encontrada
http-status-409 = Conflito
http-status-410 = Removido
http-status-413 = Grande demais
http-status-415 = Formato não suportado
http-status-422 = Dados inválidos
http-status-429 = Muitas tentativas
http-status-500 = Algo deu errado
http-status-503 = Temporariamente indisponível

validation_failed = Alguns campos precisam ser corrigidos.
malformed_body = Não foi possível ler a solicitação. Verifique se ela está bem formada.
unsupported_media_type = Este formato não é aceito aqui. Envie JSON com Content-Type: application/json.
payload_too_large = A solicitação é grande demais.
not_authenticated = Entre na sua conta primeiro.
invalid_credentials = O e-mail ou a senha estão incorretos.
forbidden = Você não tem permissão para fazer isso.
csrf_rejected = Este formulário expirou ou não veio deste site. Recarregue a página e tente novamente.
insufficient_scope = Esta chave não permite isso. Peça aos administradores do site uma chave com o escopo adequado.
not_found = Não encontramos o que você estava procurando.
listing_removed = Esta publicação foi removida pelos organizadores e não está mais disponível.
rate_limited = Muitas tentativas. Aguarde um momento e tente novamente.
new_account_limit = Contas novas só podem publicar alguns grupos, eventos e oportunidades por dia. Você poderá publicar mais amanhã, ou quando sua conta tiver um dia.
service_unavailable = O serviço está temporariamente indisponível. Tente novamente em instantes.
internal_error = Algo deu errado do nosso lado. Tente novamente mais tarde.

email_taken = Já existe uma conta com este e-mail. Tente entrar.
required = Este campo é obrigatório.
too_long = { $max ->
    [one] Use no máximo { $max } caractere.
   *[other] Use no máximo { $max } caracteres.
}
too_short = { $min ->
    [one] Use pelo menos { $min } caractere.
   *[other] Use pelo menos { $min } caracteres.
}
invalid_characters = Este campo contém caracteres não permitidos.
invalid_email = Digite um e-mail como name@example.org.
password_too_long = { $max ->
    [one] A senha pode ter no máximo { $max } byte.
   *[other] A senha pode ter no máximo { $max } bytes.
}
password_too_common = Esta senha é muito comum. Escolha uma mais difícil de adivinhar.
unknown_locale = Escolha um dos idiomas disponíveis: en, fr, es, ar, zh, ru, pt.
unknown_country = Escolha um país na lista ou digite o nome dele, por exemplo Senegal.
invalid_language = Digite o nome dos idiomas, por exemplo francês, uolofe ou árabe.
unknown_timezone = Escolha um fuso horário na lista ou digite uma cidade, como Paris ou Dacar.
too_many_items = { $max ->
    [one] Informe no máximo { $max } item.
   *[other] Informe no máximo { $max } itens.
}
wrong_password = A senha está incorreta.

invalid_slug = Use de 3 a 60 letras minúsculas, números e hifens simples, por exemplo, senegalais-de-lyon.
slug_taken = Este endereço web já é usado por outro grupo. Escolha outro.
unknown_topic = Escolha os temas da lista.
invalid_url = Digite um endereço web que comece com https://
invalid_choice = Escolha uma das opções oferecidas.
invalid_resource_type = Tipo de publicação desconhecido. Use group, event ou opportunity, separados por vírgulas.
primary_translation_missing = Informe o nome e a descrição no idioma principal do grupo.
duplicate_language = Este idioma aparece duas vezes. Mantenha uma só tradução por idioma.
not_a_member = Você não é membro deste grupo.
owner_must_hand_over = Como proprietário, transfira a propriedade para outro membro antes de sair do grupo.
cannot_change_yourself = Você não pode aplicar esta ação à sua própria conta.
not_possible_for_this_member = Esta ação não é possível para este membro na situação atual.
invalid_cursor = Este link de página não é mais válido. Faça a pesquisa de novo.
cursor_expired = Esta posição no registro de alterações é antiga demais: as exclusões desde então não são mais guardadas. Copie as publicações de novo a partir dos instantâneos e depois siga as alterações a partir do cursor que eles indicam.
cursor_from_future = Este cursor está à frente do registro de alterações. Use um cursor fornecido por este servidor.
out_of_range = Use um número de { $min } a { $max }.

invalid_datetime = Digite uma data e hora como 2027-03-20T18:00, ou uma data como 2027-03-20.
end_before_start = O término deve ser depois do início.
nonexistent_local_time = Este horário não existe no fuso horário escolhido (os relógios pulam esse horário). Escolha outro horário.
invalid_rrule = Não foi possível ler esta regra de repetição. Use, por exemplo, FREQ=WEEKLY;BYDAY=TU;COUNT=10.
unsupported_rrule = Os eventos podem se repetir diariamente, semanalmente ou mensalmente, com um intervalo, dias da semana e um número de vezes ou uma data de término.
rrule_unbounded = Um evento recorrente precisa de um fim: um número de vezes (COUNT) ou uma data de término (UNTIL).
rrule_too_many = { $max ->
    [one] Um evento recorrente pode ter no máximo { $max } data.
   *[other] Um evento recorrente pode ter no máximo { $max } datas.
}
rrule_start_mismatch = A primeira data não segue a regra de repetição. Comece em um dos dias indicados pela regra.
event_cancelled = Este evento foi cancelado.
event_past = Este evento já terminou.

# Opportunities
invalid_opportunity_kind = Escolha um tipo da lista: voluntariado, mentoria, transferência de competências, investimento, financiamento, emprego, capacitação ou consultoria.
invalid_date = Digite uma data como 2027-06-30.
expiry_in_past = Esta data de encerramento já passou. Escolha hoje ou um dia posterior.
expiry_too_far = A data de encerramento pode ser no máximo daqui a um ano.
location_required = Informe onde acontece ou marque que pode ser feita remotamente (ou as duas coisas).
country_required_for_city = Escolha o país onde fica esta cidade.
way_to_take_part_required = Informe um link para candidatura ou permita que os membros demonstrem interesse aqui (ou as duas coisas).
interest_already_expressed = Você já demonstrou interesse nesta oportunidade.
interest_not_accepted = Esta oportunidade só aceita candidaturas pelo link dela.
opportunity_not_open = Esta oportunidade não está mais aberta.
opportunity_expired = Esta oportunidade expirou.
date_out_of_range = Indique uma data entre os anos { $min } e { $max }.
rrule_too_long = Esta série continuaria depois de { $max }. Termine-a antes com um número de vezes (COUNT) ou uma data de término (UNTIL).
email_not_verified = Confirme seu e-mail primeiro: abra o link que enviamos para você ou peça um novo na página do seu perfil.
email_already_verified = Seu e-mail já está confirmado.
link_invalid = Este link não funciona mais: ele já foi usado, expirou ou foi copiado de forma incompleta.
email_unchanged = Este já é o seu e-mail.
account_suspended = Os moderadores suspenderam esta conta. Se você acha que isso é um erro, use o link para recorrer que está na mensagem que enviamos para você.
already_reported = Você já denunciou isso, e os moderadores ainda não decidiram. Você verá a decisão deles em “Minhas denúncias”.
invalid_target_type = Escolha um grupo, um evento, uma oportunidade, um membro ou uma publicação importada.
invalid_report_reason = Escolha um motivo da lista.
report_already_decided = Um moderador já tomou uma decisão sobre esta denúncia.
already_hidden = Isso já está oculto.
not_hidden = Isso não está oculto.
already_suspended = Este membro já está suspenso.
not_suspended = Este membro não está suspenso.
appeal_needs_another_moderator = Foi você quem tomou a decisão contestada: outro moderador precisa decidir este recurso.
already_appealed = Você já recorreu desta decisão. Você será avisado do resultado.
nothing_to_appeal = Esta decisão já foi desfeita: não há mais nada a contestar.
appeal_already_decided = Este recurso já foi decidido.
no_such_member = Nenhum membro tem este e-mail.
choose_time_zone = Seu país tem vários fusos horários: escolha o seu na lista.

invitation_expired = Este convite expirou. Peça um novo aos organizadores do grupo.
invitation_revoked = Os organizadores do grupo cancelaram este convite. Se você ainda quiser participar, peça um novo a eles.
invitation_used_up = Este convite já foi usado todas as vezes que permitia. Peça um novo aos organizadores do grupo.
already_a_member = Este e-mail pertence a alguém que já é membro do grupo.
removed_from_group = Este e-mail pertence a alguém que foi removido do grupo; essa pessoa não pode ser convidada de novo.
unknown_occurrence = Este evento não acontece nessa data. Escolha uma das datas listadas no evento.
not_recurring = Este evento tem uma única data: altere o próprio evento, ou cancele-o.
occurrence_cancelled = Os organizadores cancelaram esta data.
