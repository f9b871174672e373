# Events: listing, event pages, forms, RSVPs and calendar feeds.
# format-* are chrono strftime patterns (https://docs.rs/chrono/latest/chrono/format/strftime):
# keep the %-codes, reorder them and change the words around them for your language.

format-datetime = %A, %-d de %B de %Y, %H:%M
format-date = %A, %-d de %B de %Y
format-time = %H:%M

nav-events = Eventos
nav-my-events = Meus eventos

attendance-in_person = Presencial
attendance-online = Online
attendance-hybrid = Presencial e online

event-time-in-zone = { $time }, { $zone }
event-time-for-you = Para você: { $time } ({ $zone })

events-title = Próximos eventos
events-from = A partir de
events-country = País
events-attendance-mode = Modalidade
events-any-mode = Qualquer modalidade
events-submit = Pesquisar eventos
events-upcoming = Próximos
events-empty = Nenhum evento futuro corresponde à sua pesquisa.

feed-calendar = Assinar no seu calendário (iCalendar)
feed-atom = Feed de notícias (Atom)
feed-add-to-calendar = Adicionar ao meu calendário
feed-calendar-name = Eventos do diaspora-hub

my-events-title = Meus eventos
my-events-empty = Você ainda não respondeu a nenhum evento futuro.

group-upcoming-events = Próximos eventos
group-no-events = Ainda não há eventos futuros.

event-cancelled = Cancelado
event-cancelled-notice = Este evento foi cancelado pelos organizadores.
event-when = Quando
event-next-dates = Próximas datas
event-attendance = Modalidade
event-where = Onde
event-online-link = Link para participar online
event-online-link-hint = Visível apenas para quem vai participar.
event-attendance-count = Participação
event-going-count = { $count ->
    [one] { $count } pessoa confirmada
   *[other] { $count } pessoas confirmadas
}
event-capacity = { $count ->
    [one] { $count } vaga
   *[other] { $count } vagas
}
event-waitlist-count = { $count ->
    [one] { $count } na lista de espera
   *[other] { $count } na lista de espera
}
event-rsvp = Você vai participar?
event-login-to-rsvp = Entre para responder
rsvp-going = Vou participar
rsvp-you-are-going = Sua presença está confirmada.
rsvp-going-badge = Presença confirmada
rsvp-waitlisted-position = O evento está lotado. Você está na posição { $position } da lista de espera; se alguma vaga for liberada, ela será sua automaticamente.
rsvp-withdraw = Não posso mais ir
event-edit = Editar o evento
event-cancel = Cancelar o evento
event-delete = Excluir o evento
event-attendees = Participantes e lista de espera
event-no-attendees = Ninguém respondeu ainda.
event-waitlist-place = Lista de espera: { $position }

event-new-title = Criar um evento
event-edit-title = Editar o evento
event-form-texts = Título e descrição
event-title-field = Título
event-starts-at = Início
event-ends-at = Término
event-all-day = Dia inteiro
event-recurrence = Regra para especialistas (RRULE do iCalendar)
event-recurrence-hint = Uma regra como FREQ=WEEKLY;BYDAY=TU;COUNT=10 (toda terça-feira, dez vezes) ou FREQ=MONTHLY;BYDAY=2TU;UNTIL=20271231 (a segunda terça-feira de cada mês até o fim de 2027). Deixe vazio para um evento único.
event-venue-name = Local
event-venue-address = Endereço
event-venue-country = País
event-capacity-field = Número de vagas (opcional)
event-capacity-hint = Quando as vagas se esgotam, as pessoas entram em uma lista de espera na ordem em que responderam.
event-create = Criar o evento
event-save = Salvar o evento
events-to = Até
event-repeat = Repetição
event-repeat-none = Não se repete
event-repeat-daily = Todos os dias
event-repeat-weekly = Toda semana
event-repeat-monthly = Todo mês
event-repeat-custom = Regra personalizada (iCalendar)
event-repeat-interval = A cada quantos dias, semanas ou meses (1 = todos, 2 = um sim, um não)
event-repeat-days = Nestes dias (semanal)
event-repeat-monthly-choice = Qual dia (mensal)
event-repeat-monthly-weekday = O mesmo dia da semana da primeira data, por exemplo a segunda terça-feira
event-repeat-monthly-date = A mesma data da primeira, por exemplo o dia 9
event-repeat-ends = Termina
event-repeat-end-count = Depois de um número de vezes
event-repeat-count = Quantas vezes no total
event-repeat-end-until = Em uma data
event-repeat-until = Última data
event-repeat-skipped = Datas puladas (opcional)
event-repeat-skipped-hint = Datas sem o evento, separadas por vírgulas, por exemplo 2027-04-06.
weekday-MO = segunda-feira
weekday-TU = terça-feira
weekday-WE = quarta-feira
weekday-TH = quinta-feira
weekday-FR = sexta-feira
weekday-SA = sábado
weekday-SU = domingo
event-ends = Termina
rsvp-join-waitlist = Entrar na lista de espera ({ $count } aguardando)
rsvp-full-explained = O evento está lotado. Se alguém desistir, a primeira pessoa da fila fica com a vaga e recebe um aviso.
calendar-download-ics = Baixar (.ics)
calendar-google = Google Agenda
calendar-outlook = Outlook
event-hosted-by = Organizado por
event-series-all-dates = Todas as datas
event-series-daily = { $interval ->
    [1] Todos os dias
   *[other] A cada { $interval } dias
}
event-series-monthly = { $interval ->
    [1] Todo mês
   *[other] A cada { $interval } meses
}
event-series-weekly = { $interval ->
    [1] Toda { $days }
    [2] A cada duas semanas: { $days }
   *[other] A cada { $interval } semanas: { $days }
}
rsvp-per-date = Responda para cada data, ou para todas de uma vez.
rsvp-every-date = Vou participar de todas as datas
rsvp-no-date = Não posso ir em nenhuma dessas datas
