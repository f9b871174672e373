# Возможности: способы внести вклад, отклики и подборка предложений.

nav-opportunities = Возможности
nav-my-matches = Подборка для меня

opportunity-kind-volunteering = Волонтёрство
opportunity-kind-mentoring = Наставничество
opportunity-kind-skills_transfer = Передача навыков
opportunity-kind-investment = Инвестиции
opportunity-kind-grant = Грант
opportunity-kind-job = Работа
opportunity-kind-training = Обучение
opportunity-kind-consultation = Консультации

opportunities-title = Возможности внести вклад
opportunities-intro = Волонтёрство, наставничество, передача навыков, инвестиции, гранты, работа, обучение и консультации от групп диаспоры.
opportunities-any-kind = Любой тип
opportunities-submit = Найти предложения
opportunities-open = Открытые сейчас
opportunities-empty = Подходящих открытых предложений нет.
opportunity-remote-filter = Удалённо или на месте
opportunity-remote-any = Неважно
opportunity-remote-only = Только удалённо
opportunity-on-site-only = Только на месте
opportunity-skill = Навык

opportunity-kind = Тип
opportunity-heritage = Для какой страны
opportunity-country = Страна проведения
opportunity-where = Где
opportunity-remote = Удалённо
opportunity-place-or-remote = { $place } или удалённо
opportunity-commitment = Занятость
opportunity-compensation = Оплата
opportunity-skills = Нужные навыки
opportunity-languages = Языки
opportunity-expiry = Приём откликов
opportunity-open-until = Последний день: { $date }
opportunity-open-until-zone = Последний день: { $date } (до конца дня по времени { $zone })
opportunity-status-closed = Закрыто
opportunity-status-filled = Набор завершён
opportunity-status-expired = Срок истёк
opportunity-no-longer-taking = Отклики больше не принимаются.
listing-also-in = Также доступно на языках:

opportunity-take-part = Как принять участие
opportunity-apply-external = Откликнуться на сайте организаторов
interest-message = Сообщение для организаторов (необязательно)
interest-message-hint = Расскажите, чем можете помочь и когда. Организаторы увидят ваше имя, навыки и языки.
interest-express = Мне интересно
interest-login = Войдите, чтобы откликнуться
interest-sent-on = Дата вашего отклика: { $date }.
interest-withdraw = Отозвать отклик
interest-list-title = Откликнувшиеся участники
interest-new-badge = Новый
interest-new-title = Новые отклики на ваши возможности
interest-new-count = { $count ->
    [one] { $count } новый отклик
    [few] { $count } новых отклика
   *[many] { $count } новых откликов
}
interest-none = Пока никто не откликнулся.

opportunity-edit = Редактировать предложение
opportunity-close = Закрыть
opportunity-mark-filled = Отметить, что набор завершён
opportunity-reopen = Открыть снова
opportunity-delete = Удалить предложение

opportunity-new-title = Публикация предложения
opportunity-edit-title = Редактирование предложения
opportunity-form-what = Что это
opportunity-form-where = Для кого и где
opportunity-choose-kind = Выберите тип
opportunity-title-field = Название
opportunity-skills-hint = Навыки через запятую, например бухгалтерия, веб-разработка.
opportunity-commitment-hint = Например: 2 часа в неделю в течение 3 месяцев.
opportunity-compensation-hint = Оплата, стипендия или компенсация расходов, если есть.
opportunity-remote-field = Можно удалённо
opportunity-accepts-interest = Участники могут откликнуться здесь
opportunity-apply-url = Ссылка для отклика на другом сайте
opportunity-apply-url-hint = Адрес, начинающийся с https://
opportunity-expires-field = Последний день
opportunity-expires-hint = Последний день приёма откликов — не позднее чем через год от сегодняшнего дня.
opportunity-timezone-hint = Срок заканчивается в полночь по этому часовому поясу.
opportunity-publish = Опубликовать
opportunity-save = Сохранить предложение

group-opportunities = Возможности внести вклад
group-no-opportunities = Открытых предложений пока нет.
group-all-opportunities = Все предложения

my-interests-title = Мои отклики
my-interests-empty = Вы пока не откликнулись ни на одно предложение.

matches-title = Подборка для меня
matches-intro = Открытые предложения, отсортированные по вашим навыкам, языкам, стране происхождения и месту жительства.
matches-edit-profile = Обновить профиль
matches-profile-empty = Добавьте в профиль навыки, языки, страну происхождения или страну проживания, чтобы увидеть подборку.
matches-empty = Пока нет открытых предложений, подходящих под ваш профиль.
match-why = Почему:
match-reason-skill = навык: { $value }
match-reason-language = язык: { $value }
match-reason-heritage = происхождение: { $value }
match-reason-residence_country = { $value } — ваша страна проживания
match-reason-residence_city = { $value } — ваш город
match-reason-remote = можно удалённо

feed-opportunities-name = Возможности diaspora-hub
