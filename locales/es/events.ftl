# Events: listing, event pages, forms, RSVPs and calendar feeds.
# format-* are chrono strftime patterns (https://docs.rs/chrono/latest/chrono/format/strftime):
# keep the %-codes, reorder them and change the words around them for your language.

format-datetime = %A, %-d de %B de %Y, %H:%M
format-date = %A, %-d de %B de %Y
format-time = %H:%M

nav-events = Eventos
nav-my-events = Mis eventos

attendance-in_person = Presencial
attendance-online = En línea
attendance-hybrid = Presencial y en línea

event-time-in-zone = { $time }, { $zone }
event-time-for-you = Para ti: { $time } ({ $zone })

events-title = Próximos eventos
events-from = Desde
events-country = País
events-attendance-mode = Modalidad
events-any-mode = Cualquier modalidad
events-submit = Buscar eventos
events-upcoming = Próximos
events-empty = No hay próximos eventos que coincidan con tu búsqueda.

feed-calendar = Suscribirse desde tu calendario (iCalendar)
feed-atom = Canal de noticias (Atom)
feed-add-to-calendar = Añadir a mi calendario
feed-calendar-name = Eventos de diaspora-hub

my-events-title = Mis eventos
my-events-empty = Todavía no has respondido a ningún evento próximo.

group-upcoming-events = Próximos eventos
group-no-events = Todavía no hay próximos eventos.

event-cancelled = Cancelado
event-cancelled-notice = Los organizadores han cancelado este evento.
event-when = Cuándo
event-next-dates = Próximas fechas
event-attendance = Modalidad
event-where = Dónde
event-online-link = Enlace para participar en línea
event-online-link-hint = Solo lo ven las personas que van a asistir.
event-attendance-count = Asistencia
event-going-count = { $count ->
    [one] { $count } asistente
   *[other] { $count } asistentes
}
event-capacity = { $count ->
    [one] { $count } plaza
   *[other] { $count } plazas
}
event-waitlist-count = { $count ->
    [one] { $count } en lista de espera
   *[other] { $count } en lista de espera
}
event-rsvp = ¿Vas a asistir?
event-login-to-rsvp = Inicia sesión para responder
rsvp-going = Voy a asistir
rsvp-you-are-going = Tu asistencia está confirmada.
rsvp-going-badge = Asistirá
rsvp-waitlisted-position = El evento está completo. Ocupas el puesto { $position } en la lista de espera; obtendrás una plaza automáticamente si se libera alguna.
rsvp-withdraw = Ya no puedo asistir
event-edit = Editar el evento
event-cancel = Cancelar el evento
event-delete = Eliminar el evento
event-attendees = Asistentes y lista de espera
event-no-attendees = Nadie ha respondido todavía.
event-waitlist-place = Lista de espera: { $position }

event-new-title = Crear un evento
event-edit-title = Editar el evento
event-form-texts = Título y descripción
event-title-field = Título
event-starts-at = Inicio
event-ends-at = Fin
event-all-day = Todo el día
event-recurrence = Regla para expertos (RRULE de iCalendar)
event-recurrence-hint = Una regla como FREQ=WEEKLY;BYDAY=TU;COUNT=10 (todos los martes, diez veces) o FREQ=MONTHLY;BYDAY=2TU;UNTIL=20271231 (el segundo martes de cada mes hasta finales de 2027). Déjalo vacío para un evento único.
event-venue-name = Lugar
event-venue-address = Dirección
event-venue-country = País
event-capacity-field = Número de plazas (opcional)
event-capacity-hint = Cuando se ocupan todas las plazas, las personas pasan a una lista de espera por orden de respuesta.
event-create = Crear el evento
event-save = Guardar el evento
events-to = Hasta
event-repeat = Repetición
event-repeat-none = No se repite
event-repeat-daily = Todos los días
event-repeat-weekly = Todas las semanas
event-repeat-monthly = Todos los meses
event-repeat-custom = Regla personalizada (iCalendar)
event-repeat-interval = Cada cuántos días, semanas o meses (1 = cada uno, 2 = uno sí y uno no)
event-repeat-days = Estos días (semanal)
event-repeat-monthly-choice = Qué día (mensual)
event-repeat-monthly-weekday = El mismo día de la semana que la primera fecha, por ejemplo el segundo martes
event-repeat-monthly-date = La misma fecha que la primera, por ejemplo el día 9
event-repeat-ends = Termina
event-repeat-end-count = Tras un número de veces
event-repeat-count = Cuántas veces en total
event-repeat-end-until = En una fecha
event-repeat-until = Última fecha
event-repeat-skipped = Fechas omitidas (opcional)
event-repeat-skipped-hint = Fechas sin el evento, separadas por comas, por ejemplo 2027-04-06.
weekday-MO = lunes
weekday-TU = martes
weekday-WE = miércoles
weekday-TH = jueves
weekday-FR = viernes
weekday-SA = sábado
weekday-SU = domingo
event-ends = Termina
rsvp-join-waitlist = Unirme a la lista de espera ({ $count } esperando)
rsvp-full-explained = El evento está completo. Si alguien cancela, la primera persona en espera obtiene el lugar y un aviso.
calendar-download-ics = Descargar (.ics)
calendar-google = Google Calendar
calendar-outlook = Outlook
event-hosted-by = Organiza
event-series-all-dates = Todas las fechas
event-series-daily = { $interval ->
    [1] Todos los días
   *[other] Cada { $interval } días
}
event-series-monthly = { $interval ->
    [1] Todos los meses
   *[other] Cada { $interval } meses
}
event-series-weekly = { $interval ->
    [1] Cada { $days }
    [2] Un { $days } sí y otro no
   *[other] Cada { $interval } semanas el { $days }
}
rsvp-per-date = Responde para cada fecha, o para todas a la vez.
rsvp-every-date = Voy a asistir a todas las fechas
rsvp-no-date = No puedo asistir a ninguna de estas fechas
