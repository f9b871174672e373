# Groups: directory, group pages, forms and membership.

nav-groups = Группы
nav-my-groups = Мои группы

topic-culture = Культура
topic-business = Бизнес и инвестиции
topic-education = Образование
topic-health = Здоровье
topic-youth = Молодёжь
topic-women = Женщины
topic-professionals = Специалисты
topic-students = Студенты
topic-faith = Религия
topic-sports = Спорт
topic-advocacy = Защита интересов
topic-humanitarian = Гуманитарная помощь
topic-development = Развитие
topic-arts = Искусство
topic-technology = Технологии
topic-families = Семьи
topic-seniors = Старшее поколение
topic-legal_support = Юридическая и миграционная помощь

place-city-country = { $city }, { $country }
language-with-region = { $language } ({ $region })

directory-title = Найти группу диаспоры
directory-search = Поиск
directory-heritage = Страна происхождения
directory-residence = Страна проживания
directory-any-country = Любая страна
directory-city = Город
directory-language = Язык общения
directory-topic = Тема
directory-any-topic = Любая тема
directory-submit = Найти группы
directory-result-count = { $count ->
    [0] Группы не найдены
    [one] Найдена { $count } группа
    [few] Найдено { $count } группы
    [many] Найдено { $count } групп
   *[other] Найдено { $count } группы
}
directory-empty = Попробуйте убрать часть фильтров или создайте группу, которую ищете.
directory-next = Следующая страница

country-page-title = Диаспора: { $country }
country-page-search = Расширенный поиск среди этих групп

my-groups-title = Мои группы
my-groups-empty = Вы пока не вступили ни в одну группу.
membership-pending = Заявка на рассмотрении

role-owner = Владелец
role-organizer = Организатор
role-member = Участник

group-verified = Проверена
group-heritage-short = Страна происхождения: { $country }
group-member-count = { $count ->
    [one] { $count } участник
    [few] { $count } участника
    [many] { $count } участников
   *[other] { $count } участника
}
group-showing-language = Показано на языке: { $language }.
group-other-languages = Также доступно на языках:
group-heritage = Страна происхождения
group-based-in = Местонахождение
group-languages = Языки общения
group-topics = Темы
group-members = Участники
group-website = Сайт
group-contact = Эл. почта для связи
group-membership = Участие
group-login-to-join = Войдите, чтобы вступить
group-you-are-removed = Вас исключили из этой группы.
group-request-pending = Ваша заявка на вступление ожидает рассмотрения организатором.
group-withdraw-request = Отозвать заявку
group-you-are-member = Вы участник этой группы.
group-see-members = Посмотреть участников
group-leave = Выйти из группы
group-join-message = Сообщение для организаторов (необязательно)
group-ask-to-join = Подать заявку
group-join = Вступить в группу
group-organizer-tools = Инструменты организатора
group-edit = Редактировать группу
group-manage-members = Управление участниками

members-title = Участники
members-back = Вернуться к группе
members-pending = Заявки на вступление
members-no-pending = Нет заявок на рассмотрении.
members-approve = Одобрить
members-reject = Отклонить
members-active = Участники
members-promote = Сделать организатором
members-demote = Сделать участником
members-remove = Исключить из группы
members-make-owner = Передать права владельца

group-new-title = Создание группы
group-edit-title = Редактирование группы
group-form-texts = Название и описание
group-form-texts-hint = Укажите название и описание хотя бы на одном языке. Другие языки можно добавить в остальных блоках; пустые блоки будут пропущены.
group-primary-language = Основной язык группы
field-language-code-hint = Название языка, например французский, арабский или волоф.
group-form-translation = Язык { $number }
group-translation-language = Язык
group-name = Название
group-description = Описание
group-form-where = Где и для кого
group-residence-country = Страна, где находится группа
group-no-country = Не указана
group-city = Город
group-visibility = Кто может видеть группу
visibility-public = Открытая
visibility-public-hint = отображается в каталоге и видна всем.
visibility-unlisted = Только по ссылке
visibility-unlisted-hint = не отображается в каталоге; её может видеть любой, у кого есть ссылка.
visibility-private = Закрытая
visibility-private-hint = видна только участникам.
group-join-policy = Как вступить в группу
join-policy-open = Любой может вступить сразу
join-policy-approval = Каждую заявку одобряет организатор
group-form-contact = Контакты и адрес
group-slug = Веб-адрес
group-slug-hint = Строчные латинские буквы, цифры и дефисы. Если оставить поле пустым, адрес будет создан из названия.
group-save = Сохранить группу
group-create = Создать группу
group-delete-warning = Группа и все сведения об участии в ней будут удалены безвозвратно.
group-delete = Удалить группу
directory-any-language = Любой язык

members-invite = Пригласить людей
invitations-title = Приглашения
invitations-intro = Создайте ссылку, чтобы поделиться ею, или отправьте её на адрес электронной почты. Любой, кто откроет действующую ссылку, сможет сразу вступить в группу, не дожидаясь одобрения.
invitations-intro-private = Это закрытая группа: те, кто в ней не состоит, не видят её и не могут подать заявку на вступление. Создайте ссылку, чтобы поделиться ею, или отправьте её на адрес электронной почты. Любой, кто откроет действующую ссылку, увидит название и описание группы и сможет вступить.
invitations-lifetime = Срок действия ссылки
invitation-days = { $count ->
    [one] { $count } день
    [few] { $count } дня
    [many] { $count } дней
   *[other] { $count } дня
}
invitations-max-uses = Сколько человек смогут вступить по этой ссылке
invitations-max-uses-hint = Оставьте поле пустым, чтобы не ограничивать число. Ссылка, отправленная на адрес электронной почты, действует один раз, если вы не укажете число.
invitations-email = Отправить на адрес электронной почты (необязательно)
invitations-email-hint = Если у кого-то уже есть аккаунт с этим адресом, он получит уведомление в приложении; иначе на этот адрес придёт письмо с предложением создать аккаунт и вступить в группу.
invitations-create = Создать приглашение
invitations-sent = Приглашение отправлено на адрес { $email }.
invitations-new-link = Ссылка-приглашение
invitations-new-link-once = Скопируйте её сейчас: мы храним только её отпечаток, поэтому она показывается лишь один раз.
invitations-list = Все приглашения
invitations-none = Приглашений пока нет.
invitations-link = Ссылка, чтобы поделиться
invitations-revoke = Отозвать
invitation-status-active = Действует
invitation-status-expired = Срок истёк
invitation-status-revoked = Отозвано
invitation-status-used-up = Использовано
invitation-expires = истекает: { $date }
invitation-uses-left = { $count ->
    [one] осталось { $count } использование
    [few] осталось { $count } использования
    [many] осталось { $count } использований
   *[other] осталось { $count } использования
}
invitation-uses-unlimited = без ограничения числа использований
invitation-title = Приглашение в группу «{ $group }»
invitation-lead = Вас приглашают вступить в группу
invitation-join = Вступить в группу
invitation-already-member = Вы уже состоите в этой группе.
invitation-go-to-group = Перейти к группе
invitation-removed = Вас исключили из этой группы, поэтому по этому приглашению вернуться нельзя.
invitation-account-needed = Чтобы вступить, создайте аккаунт или войдите. После этого вы вернётесь на эту страницу.
invitation-register = Создать аккаунт
invitation-login = Войти
filter-local-only = Только то, что опубликовано на этом сайте (без сайтов-партнёров)
