## Denuncias: lo que los miembros comunican a los moderadores

report-link = Denunciar
report-member-link = Denunciar a { $name }
report-title = Denunciar a los moderadores
report-intro = Cuéntales a los moderadores qué pasa. Lo revisarán, y verás lo que han decidido en «Mis denuncias». La persona a la que denuncias no sabrá quién eres.
report-reason = ¿Cuál es el problema?
report-reason-spam = Spam o publicidad
report-reason-scam = Estafa o fraude (una oferta falsa de empleo, visado o inversión, o una petición de dinero)
report-reason-hate = Odio o acoso
report-reason-false-information = Información falsa o engañosa
report-reason-illegal = Algo ilegal
report-reason-other = Otra cosa
report-details = Detalles (opcional)
report-details-hint = ¿Qué deberían saber los moderadores? Como máximo 2000 caracteres.
report-submit = Enviar la denuncia
report-filed = Gracias. Tu denuncia se ha enviado a los moderadores.
report-target-group = Grupo
report-target-event = Evento
report-target-opportunity = Oportunidad
report-target-user = Miembro
report-target-imported = Publicación importada
report-status-open = Esperando a un moderador
report-status-dismissed = Revisada: no se tomaron medidas
report-status-hidden = Se tomaron medidas: contenido retirado
report-status-restored = Revisada: se muestra de nuevo
my-reports-title = Mis denuncias
my-reports-intro = Lo que has denunciado y lo que han decidido los moderadores.
my-reports-empty = No has denunciado nada.

## Lo que se ve de la moderación

moderation-hidden-notice = Los moderadores han ocultado este contenido: solo sus organizadores pueden verlo. La notificación que has recibido explica el motivo y cómo apelar.
safety-notice-title = Ten cuidado
safety-notice-body = Nuestro equipo no ha verificado esta organización. Nunca pagues para postularte, nunca envíes dinero ni documentos de identidad antes de comprobar quién es el organizador, y denuncia las ofertas que te lo pidan.
directory-verified-only = Solo organizaciones verificadas

## Verificación (administradores, en la página de un grupo)

verification-title = Verificación
verification-note = ¿Cómo se comprobó esta organización?
verification-note-hint = Por ejemplo: el número de registro de una asociación, una carta de la embajada, una llamada a un contacto conocido.
verification-add = Marcar como verificado
verification-remove = Quitar la verificación
verification-note-shown = Verificado:

## Las páginas de los moderadores

admin-reports-title = Denuncias
admin-reports-intro = Denuncias abiertas, agrupadas según lo que denuncian: primero lo más denunciado, después lo más antiguo. Cada acción necesita un motivo; se avisa a quienes denunciaron y a los propietarios.
admin-reports-empty = No hay denuncias abiertas.
admin-reports-count = { $count ->
    [one] Una denuncia
   *[other] { $count } denuncias
}
admin-reports-hidden-now = Oculto actualmente
admin-reports-gone = Se ha eliminado después de la denuncia.
admin-reports-creator = Creado por { $name }
admin-reports-details = Lo que dijeron quienes denunciaron
admin-reports-history = Decisiones anteriores
admin-reason = Motivo (obligatorio)
admin-action-dismiss = Descartar
admin-action-hide = Ocultar
admin-action-restore = Restaurar
admin-action-suspend = Suspender al miembro
admin-action-unsuspend = Levantar la suspensión
admin-suspend-creator = Suspender a { $name }
admin-suspend-creator-reason = Motivo para suspender a { $name } (obligatorio)
admin-hide-and-suspend = Al ocultar, suspender también a { $name }, que lo creó
admin-appeals-title = Apelaciones
admin-appeals-empty = No hay apelaciones abiertas.
admin-appeal-grant = Aceptar: anular la decisión
admin-appeal-uphold = Rechazar: la decisión se mantiene
admin-audit-title = Registro de auditoría
admin-audit-intro = Cada acción de un moderador o un administrador, de la más reciente a la más antigua. Nada de lo que aparece aquí se puede cambiar ni eliminar.
admin-audit-empty = Todavía no se ha hecho nada.
admin-audit-when = Cuándo
admin-audit-who = Quién
admin-audit-what = Qué
admin-audit-target = Sobre
admin-audit-reason = Motivo
admin-audit-older = Entradas anteriores

audit-action-dismiss = Denuncias descartadas por { $actor } el { $date }
audit-action-hide = Ocultado por { $actor } el { $date }
audit-action-restore = Restaurado por { $actor } el { $date }
audit-action-suspend = Suspendido por { $actor } el { $date }
audit-action-unsuspend = Suspensión levantada por { $actor } el { $date }
audit-action-verify = Verificado por { $actor } el { $date }
audit-action-unverify = Verificación retirada por { $actor } el { $date }
audit-action-grant-moderator = Nombrado moderador por { $actor } el { $date }
audit-action-revoke-moderator = Rol de moderador retirado por { $actor } el { $date }
audit-action-uphold-appeal = Apelación rechazada por { $actor } el { $date }
audit-action-grant-appeal = Apelación aceptada por { $actor } el { $date }
audit-name-dismiss = Denuncias descartadas
audit-name-hide = Ocultado
audit-name-restore = Restaurado
audit-name-suspend = Miembro suspendido
audit-name-unsuspend = Suspensión levantada
audit-name-verify = Grupo verificado
audit-name-unverify = Verificación retirada
audit-name-grant-moderator = Rol de moderador asignado
audit-name-revoke-moderator = Rol de moderador retirado
audit-name-uphold-appeal = Apelación rechazada
audit-name-grant-appeal = Apelación aceptada

admin-users-title = Moderadores
admin-users-intro = Miembros con rol de moderador o de administrador. Los administradores se crean en el servidor, con el comando create-admin.
admin-users-name = Nombre
admin-users-role = Rol
admin-users-change = Asignar o retirar el rol de moderador
admin-users-submit = Cambiar el rol
role-user = Miembro
role-moderator = Moderador
role-admin = Administrador

## Apelaciones

appeal-title = Apelar una decisión de los moderadores
appeal-about-suspension = Los moderadores suspendieron tu cuenta.
appeal-about-hide = Los moderadores ocultaron:
appeal-decided-on = Fecha de la decisión
appeal-their-reason = Su motivo
appeal-once = Solo puedes apelar una vez. Otro moderador leerá tu apelación y decidirá, y te avisaremos.
appeal-text = ¿Por qué debería cambiar esta decisión?
appeal-submit = Enviar la apelación
appeal-status-open = Tu apelación se ha enviado. Otro moderador decidirá, y te avisaremos.
appeal-status-upheld = Tu apelación se ha resuelto: la decisión se mantiene.
appeal-status-granted = Tu apelación se ha aceptado: la decisión se ha anulado.
