# Mails. Every message may use { $site } (the site's name) and { $name } (the recipient's).
mail-greeting = Hola, { $name }:
mail-link-fallback = Si el botón no funciona, copia esta dirección en tu navegador:
mail-link-valid-until = El enlace sirve una sola vez, hasta el { $time } ({ $zone }).
mail-footer-account = Los mensajes sobre tu cuenta y su seguridad no se pueden desactivar.

mail-verify-subject = Confirma tu correo electrónico en { $site }
mail-verify-body = Confirma que esta dirección es tuya. Así se te podrá escribir aquí, y podrás publicar grupos, eventos y oportunidades donde el sitio pide una dirección confirmada.
mail-verify-action = Confirmar mi dirección
mail-verify-why = Recibes este mensaje porque se ha registrado una cuenta en { $site } con esta dirección. Si no has sido tú, ignora este mensaje y no pasará nada.

mail-reset-subject = Elige una nueva contraseña para { $site }
mail-reset-body = Alguien ha pedido restablecer la contraseña de tu cuenta. Para elegir una nueva, abre este enlace.
mail-reset-action = Elegir una nueva contraseña
mail-reset-why = Recibes este mensaje porque se ha pedido una nueva contraseña para esta dirección en { $site }. Si no has sido tú, ignora este mensaje: tu contraseña seguirá igual.

mail-change-subject = Confirma tu nuevo correo electrónico en { $site }
mail-change-body = Has pedido usar esta dirección para tu cuenta. El cambio se hará cuando abras este enlace.
mail-change-action = Usar esta dirección
mail-change-why = Recibes este mensaje porque alguien ha pedido trasladar una cuenta de { $site } a esta dirección. Si no has sido tú, ignora este mensaje y no cambiará nada.

mail-change-notice-subject = Se ha pedido un cambio de dirección para tu cuenta de { $site }
mail-change-notice-body = Alguien ha pedido trasladar tu cuenta a otro correo electrónico. Solo cambiará cuando se abra el enlace enviado a la nueva dirección.
mail-change-notice-advice = Si no has sido tú, elige una nueva contraseña ahora.
mail-change-notice-action = Elegir una nueva contraseña
mail-change-notice-why = Recibes este aviso de seguridad porque esta dirección pertenece a una cuenta de { $site }.

mail-invitation-subject = { $inviter } te invita a unirte a { $group } en { $site }
mail-invitation-body = { $inviter } te ha invitado a unirte a { $group }, un grupo de { $site }.
mail-invitation-register = Abre el enlace para ver el grupo. Allí puedes crear una cuenta y unirte en un minuto.
mail-invitation-action = Ver la invitación
mail-invitation-why = Recibes este mensaje porque un organizador de { $group } escribió esta dirección en { $site }. Si no quieres unirte, ignora este mensaje: no se creará ninguna cuenta a tu nombre.
