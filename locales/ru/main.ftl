# Interface text: layout, home page and account pages.

site-name = diaspora-hub
skip-to-content = Перейти к основному содержимому
nav-main-label = Основная навигация
nav-home = Главная
nav-profile = Мой профиль
nav-moderation = Модерация
nav-logout = Выйти
nav-signed-in-as = Вы вошли как { $name }
nav-login = Войти
nav-register = Создать аккаунт
language-switcher-label = Язык
footer-tagline = Открытая сеть для сообществ диаспоры.
footer-api-docs = Документация API
form-has-errors = Пожалуйста, исправьте следующее:
error-back-home = Вернуться на главную

# Each language's name in that language; the same in every locale.
language-autonym-en = English
language-autonym-fr = Français
language-autonym-es = Español
language-autonym-ar = العربية
language-autonym-zh = 中文
language-autonym-ru = Русский
language-autonym-pt = Português

home-heading = Ваше сообщество — где бы вы ни жили
home-lead = Находите группы диаспоры, мероприятия и возможности внести свой вклад — на вашем языке.
home-cta-register = Присоединиться к diaspora-hub
home-cta-login = Войти
home-features-heading = Что здесь можно делать
home-feature-groups-title = Найдите своих
home-feature-groups-text = Ищите группы по стране происхождения, месту жительства, языку и теме.
home-feature-events-title = Встречайтесь
home-feature-events-text = Очно, онлайн или в смешанном формате — время указано в вашем часовом поясе.
home-feature-opportunities-title = Внесите свой вклад
home-feature-opportunities-text = Волонтёрство, наставничество, передача навыков, инвестиции, работа и обучение.
home-feature-languages-title = На вашем языке
home-feature-languages-text = Сайт и публикации доступны на нескольких языках, в том числе с письмом справа налево.

register-title = Создание аккаунта
register-submit = Создать аккаунт
register-have-account = Уже есть аккаунт?

login-title = Вход
login-submit = Войти
login-no-account = Впервые здесь?

field-display-name = Ваше имя
field-email = Адрес электронной почты
field-password = Пароль
field-password-hint = Не менее 10 символов. Не используйте распространённые пароли.
field-locale = Язык интерфейса
field-timezone = Часовой пояс
field-timezone-hint = Время показывается в этом поясе. Пояса вашей страны — в начале списка.
field-heritage-country = Страна происхождения
field-residence-country = Страна проживания
field-country-hint = Двухбуквенный код страны, например SN или FR.
field-residence-city = Город проживания
field-languages = Языки, которыми вы владеете
field-languages-hint = Через запятую, например французский, волоф.
field-skills = Навыки, которыми вы готовы поделиться
field-skills-hint = Через запятую, например бухгалтерия, веб-разработка.
field-current-password = Текущий пароль
field-new-password = Новый пароль

profile-title = Мой профиль
profile-saved = Профиль сохранён.
profile-email = Вход выполнен с адресом { $email }
profile-submit = Сохранить профиль
profile-account-heading = Мой аккаунт
profile-export = Скачать мои данные (JSON)

password-title = Смена пароля
password-explanation = После смены пароля будет выполнен выход на всех остальных устройствах, где вы вошли в аккаунт.
password-submit = Сменить пароль
password-changed = Пароль изменён. На других устройствах выполнен выход.

delete-title = Удаление аккаунта
delete-warning = Ваш аккаунт и персональные данные будут удалены безвозвратно. Это действие нельзя отменить.
delete-submit = Удалить аккаунт навсегда
deleted-title = Ваш аккаунт удалён
deleted-text = Ваши персональные данные удалены. Спасибо, что были частью сообщества.
meta-home = Находите группы диаспоры, мероприятия и возможности внести вклад — рядом с вами и на родине, на вашем языке.
meta-groups = Группы диаспоры по стране происхождения, месту проживания, языку и теме.
meta-events = Предстоящие мероприятия групп диаспоры: очные, онлайн и смешанные, в вашем часовом поясе.
meta-opportunities = Волонтёрство, наставничество, передача навыков, инвестиции, гранты, вакансии и обучение от групп диаспоры.
meta-country = Группы и мероприятия диаспоры, связанные со страной { $country }.
field-timezone-choose = Выберите часовой пояс
welcome-new-member = Добро пожаловать, { $name }! Ваш аккаунт готов.
filters-more = Другие фильтры
filters-apply = Применить фильтры
home-member-heading = Ваша страница
home-my-events = Ваши ближайшие события
home-my-events-empty = Вы пока не ответили ни на одно предстоящее событие.
home-group-events = Скоро в ваших группах
home-group-events-empty = В ваших группах пока ничего не запланировано. Вступайте в группы, чтобы узнавать об их событиях.
home-group-opportunities = Ваши группы ищут
home-matches = Возможности для вас
home-matches-profile = Укажите происхождение, место жительства, языки и навыки, чтобы видеть подходящие возможности.
home-matches-empty = Сейчас нет открытых возможностей, подходящих вашему профилю.
home-see-all = Показать все
nav-account-menu = Мой аккаунт
nav-account-label = Ваш аккаунт
tags-remove = Убрать {"{"}name{"}"}
# Between items of a list (languages, skills, days): keep the space where the language has one.
list-separator = {", "}
