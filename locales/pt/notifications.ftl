# Notificações: o que os membros ficam sabendo, no aplicativo e por e-mail.
# Argumentos: { $member } o nome de uma pessoa, { $group } o nome de um grupo, { $event } o título de um evento,
# { $opportunity } o título de uma oportunidade, { $start } uma data e hora com o fuso horário,
# { $place } onde um evento acontece (pode estar vazio), { $people } { $more } { $events }
# { $opportunities } quantidades, { $kind } o nome de um tipo de notificação.

nav-notifications = Notificações
nav-notifications-unread = Notificações ({ $count } não lidas)
notifications-title = Notificações
notifications-empty = Nada por enquanto. Quando algo tiver a ver com você (um pedido para entrar no seu grupo, uma vaga liberada para você, uma mudança em um evento de que você vai participar), vai aparecer aqui.
notifications-mark-all-read = Marcar todas como lidas
notifications-mark-read = Marcar como lida
notifications-unread-label = Não lida
notifications-older = Notificações anteriores
notifications-settings-link = Escolha o que você também recebe por e-mail
notifications-settings-title = Configurações de notificação
notifications-settings-intro = Tudo aparece no aplicativo. Para cada tipo, escolha se você também quer receber um e-mail.
notifications-settings-in-app = Somente no aplicativo
notifications-settings-mail = No aplicativo e por e-mail
notifications-settings-save = Salvar configurações
notifications-settings-saved = Suas configurações de notificação foram salvas.
unsubscribe-title = Parar de receber estes e-mails
unsubscribe-intro = Você não vai mais receber e-mails sobre “{ $kind }”. Você continuará vendo essas notificações no aplicativo.
unsubscribe-confirm = Parar de receber estes e-mails
unsubscribe-done = Pronto: você não vai mais receber e-mails sobre “{ $kind }”. Você pode reativá-los nas suas configurações de notificação.
unsubscribe-settings-link = Configurações de notificação

notification-kind-join-request = Solicitações de participação nos seus grupos
notification-kind-membership-decision = Decisões sobre as suas participações em grupos
notification-kind-role-changed = Mudanças na sua função em um grupo
notification-kind-waitlist-promoted = Uma vaga foi liberada para você
notification-kind-event-changed = Mudanças de horário ou de local dos seus eventos
notification-kind-event-cancelled = Eventos cancelados
notification-kind-event-reminder = Lembretes um dia antes dos seus eventos
notification-kind-new-interest = Novo interesse nas oportunidades do seu grupo
notification-kind-weekly-digest = Resumo semanal de novos eventos e oportunidades para você
notification-kind-report-outcome = Decisões dos moderadores sobre as suas denúncias, as suas publicações e a sua conta
notification-kind-invitation = Convites para participar de grupos

notice-time-in-zone = { $time } ({ $zone })
notice-join-request = { $member } pediu para entrar em { $group }
notice-join-request-detail = { $member } gostaria de entrar em { $group }. Você pode aprovar ou recusar a solicitação na página de membros.
notice-membership-approved = Boas-vindas a { $group }: sua solicitação foi aprovada
notice-membership-approved-detail = Os organizadores de { $group } aprovaram sua solicitação. Agora você é membro.
notice-membership-rejected = Sua solicitação para entrar em { $group } foi recusada
notice-membership-rejected-detail = Os organizadores de { $group } recusaram sua solicitação de participação. Você pode pedir de novo mais tarde.
notice-membership-removed = Você foi removido de { $group }
notice-membership-removed-detail = Os organizadores de { $group } removeram você do grupo.
notice-role-organizer = Agora você é organizador de { $group }
notice-role-organizer-detail = Agora você pode gerenciar os membros, os eventos e as oportunidades de { $group }.
notice-role-owner = Agora você é o proprietário de { $group }
notice-role-owner-detail = A propriedade de { $group } foi transferida para você. Agora você pode alterar tudo no grupo.
notice-role-member = Você não é mais organizador de { $group }
notice-role-member-detail = Você continua sendo membro de { $group }, mas não faz mais parte dos organizadores.
notice-waitlist-promoted = A vaga é sua: { $event }
notice-waitlist-promoted-detail = Uma vaga foi liberada, e você passou da lista de espera para a lista de participantes de { $event } ({ $start }). Se você não puder ir, avise na página do evento para que a próxima pessoa fique com a sua vaga.
notice-event-changed = { $event } mudou: { $start }
notice-event-changed-detail = Os organizadores mudaram o horário ou o local de { $event }. A nova data é { $start }{ $place ->
        [none] {""}
       *[other] , em { $place }
    }.
notice-event-cancelled = Cancelado: { $event }
notice-event-cancelled-detail = Os organizadores cancelaram { $event }, marcado para { $start }.
notice-event-reminder = Em breve: { $event }, { $start }
notice-event-reminder-detail = Um lembrete de que você vai participar de { $event } ({ $start }). O evento está em anexo, para a sua agenda. Se você não puder ir, avise na página do evento para que alguém na espera fique com a sua vaga.
notice-new-interest = { $people ->
        [one] { $people } nova pessoa se interessou por { $opportunity }
       *[other] { $people } novas pessoas se interessaram por { $opportunity }
    }{ $more ->
        [0] {""}
        [one] {" "}e por mais uma oportunidade
       *[other] {" "}e por mais { $more } oportunidades
    }
notice-new-interest-detail = Pessoas demonstraram interesse nas oportunidades do seu grupo. Veja quem são e o que escreveram na página da oportunidade.
notice-weekly-digest = Nesta semana para você: { $events ->
        [one] { $events } novo evento
       *[other] { $events } novos eventos
    } e { $opportunities ->
        [one] { $opportunities } nova oportunidade
       *[other] { $opportunities } novas oportunidades
    }
notice-weekly-digest-detail = Novos eventos e oportunidades foram publicados para o seu país de origem, o seu país de residência ou as suas habilidades.

mail-notice-action = Ver no { $site }
mail-notice-why = Você está recebendo esta mensagem porque recebe por e-mail as notificações sobre “{ $kind }” no { $site }.
mail-footer-notice = Você pode parar de receber estes e-mails com um clique ou escolher o que recebe nas suas configurações.
mail-unsubscribe-action = Parar de receber estes e-mails
mail-settings-action = Configurações de notificação

notice-report-dismissed = Sua denúncia sobre { $target } foi analisada
notice-report-dismissed-detail = Um moderador analisou sua denúncia sobre { $target } e não tomou nenhuma medida. Motivo: { $reason }
notice-report-hidden = Sua denúncia sobre { $target }: medida tomada
notice-report-hidden-detail = Um moderador agiu com base na sua denúncia e removeu { $target }. Motivo: { $reason }
notice-report-restored = Sua denúncia sobre { $target } foi analisada
notice-report-restored-detail = Um moderador decidiu que { $target } pode ficar visível. Motivo: { $reason }
notice-moderation-hidden = Os moderadores ocultaram { $target }
notice-moderation-hidden-detail = Um moderador ocultou { $target }: agora só os organizadores têm acesso. Motivo: { $reason }. Se você acha que isso é um erro, pode recorrer uma vez.
notice-moderation-restored = { $target } está visível de novo
notice-moderation-restored-detail = Um moderador voltou a exibir { $target }. Motivo: { $reason }
notice-moderation-suspended = Sua conta está suspensa
notice-moderation-suspended-detail = Um moderador suspendeu sua conta, e suas publicações estão ocultas. Motivo: { $reason }. Se você acha que isso é um erro, pode recorrer uma vez.
notice-moderation-unsuspended = Sua conta não está mais suspensa
notice-moderation-unsuspended-detail = Um moderador retirou a suspensão da sua conta, e suas publicações voltaram a ser exibidas. Motivo: { $reason }
notice-appeal-granted = Seu recurso foi aceito
notice-appeal-granted-detail = Outro moderador leu seu recurso sobre { $target } e desfez a decisão. Motivo: { $reason }
notice-appeal-upheld = Seu recurso foi analisado: a decisão foi mantida
notice-appeal-upheld-detail = Outro moderador leu seu recurso sobre { $target }, e a decisão foi mantida. Motivo: { $reason }
notice-invitation = { $inviter } convida você para entrar em { $group }
notice-invitation-detail = { $inviter } convidou você para entrar em { $group }. Abra o convite para participar; ele vale até { $until }.
notice-date-moved = { $event } muda de { $was } para { $start }
notice-date-moved-detail = Os organizadores mudaram uma data de { $event }: a que estava prevista para { $was } agora acontece em { $start }{ $place ->
        [none] {""}
       *[other] , { $place }
    }. Sua resposta continua valendo para essa data; as outras datas não mudam.
notice-date-cancelled = Cancelado em { $start }: { $event }
notice-date-cancelled-detail = Os organizadores cancelaram { $event } em { $start }. As outras datas acontecem como previsto.
