## Denúncias: o que os membros contam aos moderadores

report-link = Denunciar
report-member-link = Denunciar { $name }
report-title = Denunciar aos moderadores
report-intro = Conte aos moderadores o que está errado. Eles vão analisar, e você verá o que decidiram em “Minhas denúncias”. A pessoa denunciada não vai saber quem você é.
report-reason = Qual é o problema?
report-reason-spam = Spam ou publicidade
report-reason-scam = Golpe ou fraude (uma falsa oferta de emprego, visto ou investimento, ou um pedido de dinheiro)
report-reason-hate = Ódio ou assédio
report-reason-false-information = Informação falsa ou enganosa
report-reason-illegal = Algo ilegal
report-reason-other = Outra coisa
report-details = Detalhes (opcional)
report-details-hint = O que os moderadores precisam saber? No máximo 2.000 caracteres.
report-submit = Enviar a denúncia
report-filed = Obrigado. Sua denúncia foi enviada aos moderadores.
report-target-group = Grupo
report-target-event = Evento
report-target-opportunity = Oportunidade
report-target-user = Membro
report-target-imported = Publicação importada
report-status-open = Aguardando um moderador
report-status-dismissed = Analisada: nenhuma medida tomada
report-status-hidden = Medida tomada: conteúdo removido
report-status-restored = Analisada: exibido novamente
my-reports-title = Minhas denúncias
my-reports-intro = O que você denunciou e o que os moderadores decidiram.
my-reports-empty = Você não denunciou nada.

## O que as pessoas veem da moderação

moderation-hidden-notice = Os moderadores ocultaram este conteúdo: só os organizadores podem vê-lo. A notificação que você recebeu explica o motivo e como recorrer.
safety-notice-title = Proteja-se
safety-notice-body = Nossa equipe não verificou esta organização. Nunca pague para se candidatar, nunca envie dinheiro ou documentos de identidade antes de confirmar quem é o organizador, e denuncie as ofertas que pedirem isso.
directory-verified-only = Somente organizações verificadas

## Verificação (administradores, na página de um grupo)

verification-title = Verificação
verification-note = Como esta organização foi verificada?
verification-note-hint = Por exemplo: o número de registro de uma associação, uma carta da embaixada, uma ligação para um contato conhecido.
verification-add = Marcar como verificado
verification-remove = Remover a verificação
verification-note-shown = Verificado:

## As páginas dos moderadores

admin-reports-title = Denúncias
admin-reports-intro = Denúncias abertas, agrupadas pelo conteúdo denunciado: primeiro o mais denunciado, depois o mais antigo. Toda ação exige um motivo; quem denunciou e os proprietários são avisados.
admin-reports-empty = Não há denúncias abertas.
admin-reports-count = { $count ->
    [one] { $count } denúncia
   *[other] { $count } denúncias
}
admin-reports-hidden-now = Oculto no momento
admin-reports-gone = Foi excluído depois de ser denunciado.
admin-reports-creator = Criado por { $name }
admin-reports-details = O que os denunciantes disseram
admin-reports-history = Decisões anteriores
admin-reason = Motivo (obrigatório)
admin-action-dismiss = Descartar
admin-action-hide = Ocultar
admin-action-restore = Restaurar
admin-action-suspend = Suspender o membro
admin-action-unsuspend = Retirar a suspensão
admin-suspend-creator = Suspender { $name }
admin-suspend-creator-reason = Motivo para suspender { $name } (obrigatório)
admin-hide-and-suspend = Ao ocultar, suspender também { $name }, que criou isto
admin-appeals-title = Recursos
admin-appeals-empty = Não há recursos abertos.
admin-appeal-grant = Aceitar: desfazer a decisão
admin-appeal-uphold = Negar: a decisão é mantida
admin-audit-title = Registro de auditoria
admin-audit-intro = Todas as ações de moderadores e administradores, das mais recentes para as mais antigas. Nada aqui pode ser alterado ou excluído.
admin-audit-empty = Nada foi feito ainda.
admin-audit-when = Quando
admin-audit-who = Quem
admin-audit-what = O quê
admin-audit-target = Sobre
admin-audit-reason = Motivo
admin-audit-older = Registros anteriores

audit-action-dismiss = Denúncias descartadas por { $actor } em { $date }
audit-action-hide = Ocultado por { $actor } em { $date }
audit-action-restore = Restaurado por { $actor } em { $date }
audit-action-suspend = Suspenso por { $actor } em { $date }
audit-action-unsuspend = Suspensão retirada por { $actor } em { $date }
audit-action-verify = Verificado por { $actor } em { $date }
audit-action-unverify = Verificação removida por { $actor } em { $date }
audit-action-grant-moderator = Nomeado moderador por { $actor } em { $date }
audit-action-revoke-moderator = Função de moderador retirada por { $actor } em { $date }
audit-action-uphold-appeal = Recurso negado por { $actor } em { $date }
audit-action-grant-appeal = Recurso aceito por { $actor } em { $date }
audit-name-dismiss = Denúncias descartadas
audit-name-hide = Ocultado
audit-name-restore = Restaurado
audit-name-suspend = Membro suspenso
audit-name-unsuspend = Suspensão retirada
audit-name-verify = Grupo verificado
audit-name-unverify = Verificação removida
audit-name-grant-moderator = Função de moderador concedida
audit-name-revoke-moderator = Função de moderador retirada
audit-name-uphold-appeal = Recurso negado
audit-name-grant-appeal = Recurso aceito

admin-users-title = Moderadores
admin-users-intro = Membros com a função de moderador ou de administrador. Os administradores são criados no servidor, com o comando create-admin.
admin-users-name = Nome
admin-users-role = Função
admin-users-change = Conceder ou retirar a função de moderador
admin-users-submit = Alterar a função
role-user = Membro
role-moderator = Moderador
role-admin = Administrador

## Recursos

appeal-title = Recorrer de uma decisão dos moderadores
appeal-about-suspension = Os moderadores suspenderam sua conta.
appeal-about-hide = Os moderadores ocultaram:
appeal-decided-on = Data da decisão
appeal-their-reason = Motivo informado
appeal-once = Você só pode recorrer uma vez. Outro moderador vai ler seu recurso e decidir, e você será avisado.
appeal-text = Por que esta decisão deveria mudar?
appeal-submit = Enviar o recurso
appeal-status-open = Seu recurso foi enviado. Outro moderador vai decidir, e você será avisado.
appeal-status-upheld = Seu recurso foi analisado: a decisão foi mantida.
appeal-status-granted = Seu recurso foi aceito: a decisão foi desfeita.
