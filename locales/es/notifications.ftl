# Notificaciones: de qué se enteran los miembros, en la aplicación y por correo electrónico.
# Argumentos: { $member } el nombre de una persona, { $group } el nombre de un grupo, { $event } el título de un evento,
# { $opportunity } el título de una oportunidad, { $start } una fecha y hora con su zona horaria,
# { $place } dónde se celebra un evento (puede estar vacío), { $people } { $more } { $events }
# { $opportunities } cantidades, { $kind } el nombre de un tipo de notificación.

nav-notifications = Notificaciones
nav-notifications-unread = Notificaciones ({ $count } sin leer)
notifications-title = Notificaciones
notifications-empty = Todavía no hay nada. Cuando algo te afecte (una solicitud para unirse a tu grupo, una plaza que se libera para ti, un cambio en un evento al que vas a asistir), aparecerá aquí.
notifications-mark-all-read = Marcar todo como leído
notifications-mark-read = Marcar como leído
notifications-unread-label = Sin leer
notifications-older = Notificaciones anteriores
notifications-settings-link = Elige qué recibes también por correo electrónico
notifications-settings-title = Ajustes de notificaciones
notifications-settings-intro = Todo aparece en la aplicación. Para cada tipo, elige si también quieres recibir un correo electrónico.
notifications-settings-in-app = Solo en la aplicación
notifications-settings-mail = En la aplicación y por correo electrónico
notifications-settings-save = Guardar los ajustes
notifications-settings-saved = Tus ajustes de notificaciones se han guardado.
unsubscribe-title = Dejar de recibir estos correos
unsubscribe-intro = Ya no recibirás correos sobre «{ $kind }». Seguirás viendo estas notificaciones en la aplicación.
unsubscribe-confirm = Dejar de recibir estos correos
unsubscribe-done = Listo: ya no recibirás correos sobre «{ $kind }». Puedes volver a activarlos en tus ajustes de notificaciones.
unsubscribe-settings-link = Ajustes de notificaciones

notification-kind-join-request = Solicitudes para unirse a tus grupos
notification-kind-membership-decision = Decisiones sobre tus membresías
notification-kind-role-changed = Cambios en tu rol dentro de un grupo
notification-kind-waitlist-promoted = Se ha liberado una plaza para ti
notification-kind-event-changed = Cambios de hora o de lugar de tus eventos
notification-kind-event-cancelled = Eventos cancelados
notification-kind-event-reminder = Recordatorios un día antes de tus eventos
notification-kind-new-interest = Nuevo interés en las oportunidades de tu grupo
notification-kind-weekly-digest = Resumen semanal de nuevos eventos y oportunidades para ti
notification-kind-report-outcome = Decisiones de los moderadores sobre tus denuncias, tus publicaciones y tu cuenta
notification-kind-invitation = Invitaciones para unirte a grupos

notice-time-in-zone = { $time } ({ $zone })
notice-join-request = { $member } solicita unirse a { $group }
notice-join-request-detail = A { $member } le gustaría unirse a { $group }. Puedes aprobar o rechazar la solicitud en la página de miembros.
notice-membership-approved = Te damos la bienvenida a { $group }: tu solicitud ha sido aprobada
notice-membership-approved-detail = Los organizadores de { $group } han aprobado tu solicitud. Ya eres miembro.
notice-membership-rejected = Tu solicitud para unirte a { $group } ha sido rechazada
notice-membership-rejected-detail = Los organizadores de { $group } han rechazado tu solicitud para unirte. Puedes volver a solicitarlo más adelante.
notice-membership-removed = Te han quitado de { $group }
notice-membership-removed-detail = Los organizadores de { $group } te han quitado del grupo.
notice-role-organizer = Ahora eres organizador de { $group }
notice-role-organizer-detail = Ahora puedes gestionar los miembros, los eventos y las oportunidades de { $group }.
notice-role-owner = Ahora eres el propietario de { $group }
notice-role-owner-detail = Se te ha transferido la propiedad de { $group }. Ahora puedes cambiar todo lo relativo al grupo.
notice-role-member = Ya no eres organizador de { $group }
notice-role-member-detail = Sigues siendo miembro de { $group }, pero ya no formas parte de sus organizadores.
notice-waitlist-promoted = Tienes una plaza: { $event }
notice-waitlist-promoted-detail = Se ha liberado una plaza y has pasado de la lista de espera a la lista de asistentes de { $event }, el { $start }. Si no puedes ir, indícalo en la página del evento para que la siguiente persona obtenga tu plaza.
notice-event-changed = { $event } ha cambiado: { $start }
notice-event-changed-detail = Los organizadores han cambiado la hora o el lugar de { $event }. Ahora será el { $start }{ $place ->
        [none] {""}
       *[other] , en { $place }
    }.
notice-event-cancelled = Cancelado: { $event }
notice-event-cancelled-detail = Los organizadores han cancelado { $event }, previsto para el { $start }.
notice-event-reminder = Próximamente: { $event }, { $start }
notice-event-reminder-detail = Te recordamos que vas a asistir a { $event }, el { $start }. El evento va adjunto para tu calendario. Si no puedes ir, indícalo en la página del evento para que alguien en espera obtenga tu plaza.
notice-new-interest = { $people ->
        [one] Una persona nueva está interesada en { $opportunity }
       *[other] { $people } personas nuevas están interesadas en { $opportunity }
    }{ $more ->
        [0] {""}
        [one] {" "}y en una oportunidad más
       *[other] {" "}y en { $more } oportunidades más
    }
notice-new-interest-detail = Algunas personas han mostrado interés en las oportunidades de tu grupo. Consulta quiénes son y qué han escrito en la página de la oportunidad.
notice-weekly-digest = Esta semana para ti: { $events ->
        [one] un evento nuevo
       *[other] { $events } eventos nuevos
    } y { $opportunities ->
        [one] una oportunidad nueva
       *[other] { $opportunities } oportunidades nuevas
    }
notice-weekly-digest-detail = Se han publicado nuevos eventos y oportunidades para tu país de origen, tu país de residencia o tus habilidades.

mail-notice-action = Ver en { $site }
mail-notice-why = Recibes este mensaje porque recibes por correo electrónico las notificaciones sobre «{ $kind }» en { $site }.
mail-footer-notice = Puedes dejar de recibir estos correos con un clic, o elegir qué recibes en tus ajustes.
mail-unsubscribe-action = Dejar de recibir estos correos
mail-settings-action = Ajustes de notificaciones

notice-report-dismissed = Se ha revisado tu denuncia sobre { $target }
notice-report-dismissed-detail = Un moderador revisó tu denuncia sobre { $target } y no tomó ninguna medida. Motivo: { $reason }
notice-report-hidden = Tu denuncia sobre { $target }: se han tomado medidas
notice-report-hidden-detail = Un moderador actuó a partir de tu denuncia: se ha retirado { $target }. Motivo: { $reason }
notice-report-restored = Se ha revisado tu denuncia sobre { $target }
notice-report-restored-detail = Un moderador decidió que { $target } puede mostrarse. Motivo: { $reason }
notice-moderation-hidden = Los moderadores han ocultado { $target }
notice-moderation-hidden-detail = Un moderador ha ocultado { $target }: ahora solo es visible para sus organizadores. Motivo: { $reason }. Si crees que es un error, puedes apelar una vez.
notice-moderation-restored = { $target } vuelve a mostrarse
notice-moderation-restored-detail = Un moderador ha vuelto a mostrar { $target }. Motivo: { $reason }
notice-moderation-suspended = Tu cuenta está suspendida
notice-moderation-suspended-detail = Un moderador ha suspendido tu cuenta y tus publicaciones están ocultas. Motivo: { $reason }. Si crees que es un error, puedes apelar una vez.
notice-moderation-unsuspended = Tu cuenta ya no está suspendida
notice-moderation-unsuspended-detail = Un moderador ha levantado la suspensión de tu cuenta y tus publicaciones vuelven a mostrarse. Motivo: { $reason }
notice-appeal-granted = Tu apelación ha sido aceptada
notice-appeal-granted-detail = Otro moderador leyó tu apelación sobre { $target } y anuló la decisión. Motivo: { $reason }
notice-appeal-upheld = Tu apelación se ha resuelto: la decisión se mantiene
notice-appeal-upheld-detail = Otro moderador leyó tu apelación sobre { $target } y la decisión se mantiene. Motivo: { $reason }
notice-invitation = { $inviter } te invita a unirte a { $group }
notice-invitation-detail = { $inviter } te ha invitado a unirte a { $group }. Abre la invitación para unirte; es válida hasta el { $until }.
notice-date-moved = { $event } cambia del { $was } al { $start }
notice-date-moved-detail = Los organizadores cambiaron una fecha de { $event }: la prevista para el { $was } ahora será el { $start }{ $place ->
        [none] {""}
       *[other] , { $place }
    }. Tu respuesta se mantiene para esa fecha; las demás fechas no cambian.
notice-date-cancelled = Cancelado el { $start }: { $event }
notice-date-cancelled-detail = Los organizadores cancelaron { $event } el { $start }. Las demás fechas se mantienen según lo previsto.
