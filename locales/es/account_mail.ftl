# Pages behind account mail: password reset, address confirmation, change of address.
verification-sent = Te hemos enviado un nuevo enlace de confirmación a tu correo electrónico.
password-reset-requested = Si hay una cuenta con este correo electrónico, te hemos enviado un enlace para elegir una nueva contraseña. Es válido durante una hora.
email-change-requested = Hemos enviado un enlace a la nueva dirección. Tu correo electrónico cambiará cuando abras ese enlace.
login-forgot = ¿Has olvidado tu contraseña?
forgot-title = ¿Has olvidado tu contraseña?
forgot-explanation = Indica el correo electrónico de tu cuenta y te enviaremos un enlace para elegir una nueva contraseña.
forgot-submit = Enviarme un enlace
forgot-back-to-login = Volver al inicio de sesión
forgot-sent-title = Revisa tu correo
forgot-sent-spam = Si no te llega nada en unos minutos, mira en la carpeta de correo no deseado (spam) y comprueba que has escrito el correo electrónico con el que te registraste.
reset-title = Elige una nueva contraseña
reset-ask-again = Pedir un nuevo enlace
reset-submit = Guardar la nueva contraseña
reset-done-title = Tu contraseña se ha cambiado
reset-done-body = Ya puedes iniciar sesión con ella. Se ha cerrado la sesión en todos los dispositivos donde estaba iniciada.
verify-done-title = Tu correo electrónico está confirmado
verify-done-body = Gracias. Ya puedes publicar, y se te puede escribir a esta dirección.
verify-failed-title = Este enlace no funciona
verify-failed-body = Puedes pedir un nuevo enlace en la página de tu perfil.
change-email-title = Cambiar mi correo electrónico
change-email-current = Tu correo electrónico actual: { $email }
change-email-explanation = Enviamos un enlace a la nueva dirección. Tu correo electrónico solo cambia cuando abres ese enlace, y enviamos un aviso a tu dirección actual.
field-new-email = Nuevo correo electrónico
change-email-submit = Enviar el enlace
change-email-sent-title = Revisa tu nueva dirección de correo
change-email-done-title = Tu correo electrónico se ha cambiado
change-email-done-body = Tu cuenta ya usa la nueva dirección, y está confirmada.
profile-email-verified = confirmado
profile-email-unverified = aún sin confirmar
profile-send-verification = Volver a enviar el enlace de confirmación

# The mail page for administrators.
nav-mail = Correo
mail-admin-title = Correo
mail-admin-transport = El correo se envía a { $transport }.
mail-admin-latest = Últimos mensajes
mail-admin-empty = Todavía no hay mensajes.
mail-admin-created = En cola desde
mail-admin-recipient = Destinatario
mail-admin-kind = Tipo
mail-admin-status = Estado
mail-admin-attempts = Intentos
mail-admin-last-error = Último error
mail-admin-actions = Acciones
mail-admin-retry = Volver a intentar
mail-admin-flagged = Direcciones a las que ya no se envía
mail-admin-flagged-intro = Sus servidores de correo han rechazado mensajes de forma definitiva varias veces. Al volver a intentar un mensaje, su dirección vuelve a activarse.
mail-admin-refusals = { $count ->
    [one] { $count } rechazo
   *[other] { $count } rechazos
}
mail-status-queued = En espera
mail-status-sending = Enviando
mail-status-sent = Enviado
mail-status-dead = Abandonado
mail-kind-email_verification = Confirmación de dirección
mail-kind-password_reset = Restablecimiento de contraseña
mail-kind-email_change = Cambio de dirección
mail-kind-email_change_notice = Cambio de dirección (aviso)
verify-confirm-title = Confirma tu correo electrónico
verify-confirm-body = Pulsa el botón para confirmar que esta dirección es tuya.
change-confirm-title = Usa tu nuevo correo electrónico
change-confirm-body = Pulsa el botón para que esta dirección pase a ser la de tu cuenta.
