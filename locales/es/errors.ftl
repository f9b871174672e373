# Error messages. Ids in snake_case are the stable error codes of the API.

http-status-400 = Solicitud incorrecta
http-status-401 = Sesión no iniciada
http-status-403 = Acceso no permitido
http-status-404 = Página no encontrada
http-status-409 = Conflicto
http-status-410 = Eliminado
http-status-413 = Demasiado grande
http-status-415 = Formato no admitido
http-status-422 = Datos no válidos
http-status-429 = Demasiados intentos
http-status-500 = Algo salió mal
http-status-503 = No disponible temporalmente

validation_failed = Hay campos que corregir.
malformed_body = No se pudo leer la solicitud. Comprueba que esté bien formada.
unsupported_media_type = Este formato no se acepta aquí. Envía JSON con Content-Type: application/json.
payload_too_large = La solicitud es demasiado grande.
not_authenticated = Primero inicia sesión.
invalid_credentials = El correo electrónico o la contraseña no son correctos.
forbidden = No tienes permiso para hacer esto.
csrf_rejected = Este formulario ha caducado o no procede de este sitio. Recarga la página e inténtalo de nuevo.
insufficient_scope = Esta clave no lo permite. Pide a los administradores del sitio una clave con el alcance adecuado.
not_found = No hemos encontrado lo que buscabas.
listing_removed = Sus organizadores han eliminado esta publicación. Ya no está disponible.
rate_limited = Demasiados intentos. Espera un momento e inténtalo de nuevo.
new_account_limit = Las cuentas nuevas solo pueden publicar unos pocos grupos, eventos y oportunidades al día. Podrás publicar más mañana, o cuando tu cuenta tenga un día.
service_unavailable = El servicio no está disponible temporalmente. Inténtalo de nuevo en unos instantes.
internal_error = Algo salió mal por nuestra parte. Inténtalo de nuevo más tarde.

email_taken = Ya existe una cuenta con este correo electrónico. Prueba a iniciar sesión.
required = Este campo es obligatorio.
too_long = { $max ->
    [one] Usa como máximo { $max } carácter.
   *[other] Usa como máximo { $max } caracteres.
}
too_short = { $min ->
    [one] Usa al menos { $min } carácter.
   *[other] Usa al menos { $min } caracteres.
}
invalid_characters = Este campo contiene caracteres no permitidos.
invalid_email = Escribe un correo electrónico como name@example.org.
password_too_long = { $max ->
    [one] La contraseña puede tener como máximo { $max } byte.
   *[other] La contraseña puede tener como máximo { $max } bytes.
}
password_too_common = Esta contraseña es demasiado común. Elige una más difícil de adivinar.
unknown_locale = Elige uno de los idiomas disponibles: en, fr, es, ar, zh, ru, pt.
unknown_country = Elige un país de la lista o escribe su nombre, por ejemplo Senegal.
invalid_language = Escribe el nombre de los idiomas, por ejemplo francés, wólof o árabe.
unknown_timezone = Elige una zona horaria de la lista o escribe una ciudad, como París o Dakar.
too_many_items = { $max ->
    [one] Indica como máximo { $max } elemento.
   *[other] Indica como máximo { $max } elementos.
}
wrong_password = La contraseña no es correcta.

invalid_slug = Usa de 3 a 60 letras minúsculas, números y guiones simples, por ejemplo, senegalais-de-lyon.
slug_taken = Otro grupo ya usa esta dirección web. Elige otra.
unknown_topic = Elige los temas de la lista.
invalid_url = Escribe una dirección web que empiece por https://
invalid_choice = Elige una de las opciones disponibles.
invalid_resource_type = Tipo de publicación desconocido. Usa group, event u opportunity, separados por comas.
primary_translation_missing = Indica el nombre y la descripción en el idioma principal del grupo.
duplicate_language = Este idioma aparece dos veces. Deja una sola traducción por idioma.
not_a_member = No eres miembro de este grupo.
owner_must_hand_over = Como propietario, transfiere la propiedad a otro miembro antes de salir del grupo.
cannot_change_yourself = No puedes aplicar esta acción a tu propia cuenta.
not_possible_for_this_member = Esta acción no es posible para este miembro en su situación actual.
invalid_cursor = Este enlace de página ya no es válido. Vuelve a hacer la búsqueda.
cursor_expired = Esta posición del registro de cambios es demasiado antigua: ya no se conservan las eliminaciones desde entonces. Vuelve a copiar las publicaciones desde las instantáneas y sigue los cambios a partir del cursor que indican.
cursor_from_future = Este cursor va por delante del registro de cambios. Usa un cursor que te haya dado este servidor.
out_of_range = Usa un número entre { $min } y { $max }.

invalid_datetime = Escribe una fecha y hora como 2027-03-20T18:00, o una fecha como 2027-03-20.
end_before_start = El final debe ser posterior al inicio.
nonexistent_local_time = Esta hora no existe en la zona horaria elegida (el cambio de hora se la salta). Elige otra hora.
invalid_rrule = No se puede leer esta regla de repetición. Usa, por ejemplo, FREQ=WEEKLY;BYDAY=TU;COUNT=10.
unsupported_rrule = Los eventos pueden repetirse a diario, cada semana o cada mes, con un intervalo, días de la semana y un número de veces o una fecha de fin.
rrule_unbounded = Un evento que se repite necesita un final: un número de veces (COUNT) o una fecha de fin (UNTIL).
rrule_too_many = { $max ->
    [one] Un evento que se repite puede tener como máximo { $max } fecha.
   *[other] Un evento que se repite puede tener como máximo { $max } fechas.
}
rrule_start_mismatch = La primera fecha no sigue la regla de repetición. Empieza en uno de los días que indica la regla.
event_cancelled = Este evento se ha cancelado.
event_past = Este evento ya ha terminado.

# Opportunities
invalid_opportunity_kind = Elige un tipo de la lista: voluntariado, mentoría, transferencia de conocimientos, inversión, subvención, empleo, formación o consulta.
invalid_date = Escribe una fecha como 2027-06-30.
expiry_in_past = Esta fecha de cierre ya pasó. Elige hoy o un día posterior.
expiry_too_far = La fecha de cierre puede ser como máximo dentro de un año.
location_required = Indica dónde se realiza o marca que se puede hacer a distancia (o ambas cosas).
country_required_for_city = Elige el país en el que está esta ciudad.
way_to_take_part_required = Añade un enlace para postularse o permite que los miembros muestren su interés aquí (o ambas cosas).
interest_already_expressed = Ya has mostrado interés por esta oportunidad.
interest_not_accepted = Para esta oportunidad solo se aceptan solicitudes a través de su enlace.
opportunity_not_open = Esta oportunidad ya no está abierta.
opportunity_expired = Esta oportunidad ha vencido.
date_out_of_range = Indica una fecha entre los años { $min } y { $max }.
rrule_too_long = Esta serie continuaría después de { $max }. Termínala antes con un número de veces (COUNT) o una fecha de fin (UNTIL).
email_not_verified = Primero confirma tu correo electrónico: abre el enlace que te hemos enviado o pide uno nuevo en la página de tu perfil.
email_already_verified = Tu correo electrónico ya está confirmado.
link_invalid = Este enlace ya no funciona: ya se ha usado, ha caducado o no se ha copiado entero.
email_unchanged = Este ya es tu correo electrónico.
account_suspended = Los moderadores han suspendido esta cuenta. Si crees que es un error, usa el enlace para apelar que aparece en el mensaje que te enviamos.
already_reported = Ya has denunciado esto y los moderadores aún no han decidido. Verás su decisión en «Mis denuncias».
invalid_target_type = Elige un grupo, un evento, una oportunidad, un miembro o una publicación importada.
invalid_report_reason = Elige un motivo de la lista.
report_already_decided = Un moderador ya ha tomado una decisión sobre esta denuncia.
already_hidden = Esto ya está oculto.
not_hidden = Esto no está oculto.
already_suspended = Este miembro ya está suspendido.
not_suspended = Este miembro no está suspendido.
appeal_needs_another_moderator = Tú tomaste la decisión apelada: otro moderador debe resolver esta apelación.
already_appealed = Ya has apelado esta decisión. Te avisaremos del resultado.
nothing_to_appeal = Esta decisión ya se ha anulado: no queda nada que apelar.
appeal_already_decided = Esta apelación ya se ha resuelto.
no_such_member = Ningún miembro tiene este correo electrónico.
choose_time_zone = Tu país tiene varias zonas horarias: elige la tuya en la lista.

invitation_expired = Esta invitación ha caducado. Pide una nueva a los organizadores del grupo.
invitation_revoked = Los organizadores del grupo han retirado esta invitación. Si todavía quieres unirte, pídeles una nueva.
invitation_used_up = Esta invitación ya se ha usado todas las veces que permitía. Pide una nueva a los organizadores del grupo.
already_a_member = Este correo electrónico pertenece a alguien que ya es miembro del grupo.
removed_from_group = Este correo electrónico pertenece a alguien a quien se quitó del grupo; no se le puede volver a invitar.
unknown_occurrence = Este evento no tiene esa fecha. Elige una de las fechas que aparecen en el evento.
not_recurring = Este evento tiene una sola fecha: modifica el evento en sí, o cancélalo.
occurrence_cancelled = Los organizadores cancelaron esta fecha.
