# Events: listing, event pages, forms, RSVPs and calendar feeds.
# format-* are chrono strftime patterns (https://docs.rs/chrono/latest/chrono/format/strftime):
# keep the %-codes, reorder them and change the words around them for your language.

format-datetime = %A, %-d %B %Y, %H:%M
format-date = %A, %-d %B %Y
format-time = %H:%M

nav-events = Мероприятия
nav-my-events = Мои мероприятия

attendance-in_person = Очно
attendance-online = Онлайн
attendance-hybrid = Очно и онлайн

event-time-in-zone = { $time }, { $zone }
event-time-for-you = Для вас: { $time } ({ $zone })

events-title = Предстоящие мероприятия
events-from = Начиная с
events-country = Страна
events-attendance-mode = Формат участия
events-any-mode = Любой формат
events-submit = Найти мероприятия
events-upcoming = Предстоящие
events-empty = Подходящих предстоящих мероприятий нет.

feed-calendar = Подписаться в своём календаре (iCalendar)
feed-atom = Лента новостей (Atom)
feed-add-to-calendar = Добавить в мой календарь
feed-calendar-name = Мероприятия diaspora-hub

my-events-title = Мои мероприятия
my-events-empty = Вы пока не откликнулись ни на одно предстоящее мероприятие.

group-upcoming-events = Предстоящие мероприятия
group-no-events = Предстоящих мероприятий пока нет.

event-cancelled = Отменено
event-cancelled-notice = Организаторы отменили это мероприятие.
event-when = Когда
event-next-dates = Ближайшие даты
event-attendance = Формат участия
event-where = Где
event-online-link = Ссылка для подключения
event-online-link-hint = Видна только тем, кто придёт.
event-attendance-count = Участники
event-going-count = { $count ->
    [one] Придёт { $count } человек
    [few] Придут { $count } человека
    [many] Придут { $count } человек
   *[other] Придут { $count } человека
}
event-capacity = { $count ->
    [one] { $count } место
    [few] { $count } места
    [many] { $count } мест
   *[other] { $count } места
}
event-waitlist-count = { $count ->
    [one] { $count } в листе ожидания
    [few] { $count } в листе ожидания
    [many] { $count } в листе ожидания
   *[other] { $count } в листе ожидания
}
event-rsvp = Вы придёте?
event-login-to-rsvp = Войдите, чтобы ответить
rsvp-going = Я приду
rsvp-you-are-going = Вы записаны на мероприятие.
rsvp-going-badge = Придёт
rsvp-waitlisted-position = Все места заняты. Ваш номер в листе ожидания: { $position }. Если место освободится, вы получите его автоматически.
rsvp-withdraw = Я не смогу прийти
event-edit = Редактировать мероприятие
event-cancel = Отменить мероприятие
event-delete = Удалить мероприятие
event-attendees = Участники и лист ожидания
event-no-attendees = Пока никто не ответил.
event-waitlist-place = Лист ожидания: { $position }

event-new-title = Создание мероприятия
event-edit-title = Редактирование мероприятия
event-form-texts = Название и описание
event-title-field = Название
event-starts-at = Начало
event-ends-at = Окончание
event-all-day = Весь день
event-recurrence = Правило для специалистов (RRULE iCalendar)
event-recurrence-hint = Правило, например FREQ=WEEKLY;BYDAY=TU;COUNT=10 (каждый вторник, десять раз) или FREQ=MONTHLY;BYDAY=2TU;UNTIL=20271231 (второй вторник каждого месяца до конца 2027 года). Для разового мероприятия оставьте поле пустым.
event-venue-name = Место проведения
event-venue-address = Адрес
event-venue-country = Страна
event-capacity-field = Количество мест (необязательно)
event-capacity-hint = Когда все места заняты, желающие попадают в лист ожидания в том порядке, в каком ответили.
event-create = Создать мероприятие
event-save = Сохранить мероприятие
events-to = До
event-repeat = Повтор
event-repeat-none = Не повторяется
event-repeat-daily = Каждый день
event-repeat-weekly = Каждую неделю
event-repeat-monthly = Каждый месяц
event-repeat-custom = Своё правило (iCalendar)
event-repeat-interval = Через сколько дней, недель или месяцев (1 — каждый, 2 — через один)
event-repeat-days = В эти дни (еженедельно)
event-repeat-monthly-choice = Какой день (ежемесячно)
event-repeat-monthly-weekday = Тот же день недели, что и в первый раз, например второй вторник
event-repeat-monthly-date = То же число, что и в первый раз, например 9-е
event-repeat-ends = Окончание
event-repeat-end-count = После нескольких раз
event-repeat-count = Сколько раз всего
event-repeat-end-until = В определённую дату
event-repeat-until = Последняя дата
event-repeat-skipped = Пропускаемые даты (необязательно)
event-repeat-skipped-hint = Даты без события через запятую, например 2027-04-06.
weekday-MO = понедельник
weekday-TU = вторник
weekday-WE = среда
weekday-TH = четверг
weekday-FR = пятница
weekday-SA = суббота
weekday-SU = воскресенье
event-ends = Окончание
rsvp-join-waitlist = Встать в лист ожидания (ждут: { $count })
rsvp-full-explained = Мест нет. Если кто-то откажется, место и уведомление получит первый в листе ожидания.
calendar-download-ics = Скачать (.ics)
calendar-google = Google Календарь
calendar-outlook = Outlook
event-hosted-by = Организатор:
event-series-all-dates = Все даты
event-series-daily = { $interval ->
    [1] Каждый день
   *[other] Раз в { $interval } дн.
}
event-series-monthly = { $interval ->
    [1] Каждый месяц
   *[other] Раз в { $interval } мес.
}
event-series-weekly = { $interval ->
    [1] Каждую неделю: { $days }
    [2] Раз в две недели: { $days }
   *[other] Раз в { $interval } нед.: { $days }
}
rsvp-per-date = Ответьте для каждой даты отдельно или сразу для всех.
rsvp-every-date = Я приду во все даты
rsvp-no-date = Я не смогу прийти ни в одну из этих дат
