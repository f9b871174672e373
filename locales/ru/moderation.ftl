## Жалобы: что участники сообщают модераторам

report-link = Пожаловаться
report-member-link = Пожаловаться на { $name }
report-title = Пожаловаться модераторам
report-intro = Расскажите модераторам, что не так. Они рассмотрят жалобу, а их решение вы увидите в разделе «Мои жалобы». Человек, на которого вы жалуетесь, не узнает, кто вы.
report-reason = Что не так?
report-reason-spam = Спам или реклама
report-reason-scam = Мошенничество (фальшивое предложение работы, визы или инвестиций либо просьба о деньгах)
report-reason-hate = Ненависть или травля
report-reason-false-information = Ложная или вводящая в заблуждение информация
report-reason-illegal = Что-то незаконное
report-reason-other = Другое
report-details = Подробности (необязательно)
report-details-hint = Что нужно знать модераторам? Не более 2000 символов.
report-submit = Отправить жалобу
report-filed = Спасибо. Ваша жалоба отправлена модераторам.
report-target-group = Группа
report-target-event = Мероприятие
report-target-opportunity = Возможность
report-target-user = Участник
report-target-imported = Импортированная публикация
report-status-open = Ожидает модератора
report-status-dismissed = Рассмотрена: меры не приняты
report-status-hidden = Приняты меры: материал удалён
report-status-restored = Рассмотрена: материал снова показан
my-reports-title = Мои жалобы
my-reports-intro = На что вы пожаловались и что решили модераторы.
my-reports-empty = Вы ещё ни на что не жаловались.

## Что видно о модерации

moderation-hidden-notice = Модераторы скрыли этот материал: его видят только организаторы. В полученном вами уведомлении указана причина и объяснено, как подать апелляцию.
safety-notice-title = Будьте осторожны
safety-notice-body = Наша команда не проверяла эту организацию. Никогда не платите за отклик, не отправляйте деньги или документы, удостоверяющие личность, пока не убедитесь, кто организатор, и жалуйтесь на предложения, в которых этого требуют.
directory-verified-only = Только проверенные организации

## Проверка (администраторы, на странице группы)

verification-title = Проверка
verification-note = Как была проверена эта организация?
verification-note-hint = Например: номер зарегистрированной ассоциации, письмо из посольства, звонок известному контакту.
verification-add = Отметить как проверенную
verification-remove = Снять отметку о проверке
verification-note-shown = Проверена:

## Страницы модераторов

admin-reports-title = Жалобы
admin-reports-intro = Открытые жалобы, сгруппированные по объекту: сначала те, на которые жалуются чаще всего, затем самые старые. Для каждого действия нужна причина; авторам жалоб и владельцам сообщается о решении.
admin-reports-empty = Открытых жалоб нет.
admin-reports-count = { $count ->
    [one] { $count } жалоба
    [few] { $count } жалобы
    [many] { $count } жалоб
   *[other] { $count } жалобы
}
admin-reports-hidden-now = Сейчас скрыто
admin-reports-gone = Удалено после подачи жалобы.
admin-reports-creator = Автор: { $name }
admin-reports-details = Что написали авторы жалоб
admin-reports-history = Прежние решения
admin-reason = Причина (обязательно)
admin-action-dismiss = Отклонить
admin-action-hide = Скрыть
admin-action-restore = Восстановить
admin-action-suspend = Заблокировать участника
admin-action-unsuspend = Снять блокировку
admin-suspend-creator = Заблокировать участника { $name }
admin-suspend-creator-reason = Причина блокировки участника { $name } (обязательно)
admin-hide-and-suspend = Скрывая, заблокировать и автора — участника { $name }
admin-appeals-title = Апелляции
admin-appeals-empty = Открытых апелляций нет.
admin-appeal-grant = Удовлетворить: отменить решение
admin-appeal-uphold = Отклонить: решение остаётся в силе
admin-audit-title = Журнал аудита
admin-audit-intro = Все действия модераторов и администраторов, сначала новые. Здесь ничего нельзя изменить или удалить.
admin-audit-empty = Пока ничего не сделано.
admin-audit-when = Когда
admin-audit-who = Кто
admin-audit-what = Что
admin-audit-target = Объект
admin-audit-reason = Причина
admin-audit-older = Более ранние записи

audit-action-dismiss = Жалобы отклонены: { $actor }, { $date }
audit-action-hide = Скрыто: { $actor }, { $date }
audit-action-restore = Восстановлено: { $actor }, { $date }
audit-action-suspend = Участник заблокирован: { $actor }, { $date }
audit-action-unsuspend = Блокировка снята: { $actor }, { $date }
audit-action-verify = Отмечена как проверенная: { $actor }, { $date }
audit-action-unverify = Отметка о проверке снята: { $actor }, { $date }
audit-action-grant-moderator = Назначение модератором: { $actor }, { $date }
audit-action-revoke-moderator = Роль модератора снята: { $actor }, { $date }
audit-action-uphold-appeal = Апелляция отклонена: { $actor }, { $date }
audit-action-grant-appeal = Апелляция удовлетворена: { $actor }, { $date }
audit-name-dismiss = Жалобы отклонены
audit-name-hide = Скрыто
audit-name-restore = Восстановлено
audit-name-suspend = Участник заблокирован
audit-name-unsuspend = Блокировка снята
audit-name-verify = Группа проверена
audit-name-unverify = Отметка о проверке снята
audit-name-grant-moderator = Роль модератора выдана
audit-name-revoke-moderator = Роль модератора снята
audit-name-uphold-appeal = Апелляция отклонена
audit-name-grant-appeal = Апелляция удовлетворена

admin-users-title = Модераторы
admin-users-intro = Участники с ролью модератора или администратора. Администраторов назначают на сервере командой create-admin.
admin-users-name = Имя
admin-users-role = Роль
admin-users-change = Выдать или снять роль модератора
admin-users-submit = Изменить роль
role-user = Участник
role-moderator = Модератор
role-admin = Администратор

## Апелляции

appeal-title = Обжаловать решение модераторов
appeal-about-suspension = Модераторы заблокировали ваш аккаунт.
appeal-about-hide = Модераторы скрыли:
appeal-decided-on = Дата решения
appeal-their-reason = Причина, указанная модераторами
appeal-once = Подать апелляцию можно только один раз. Её рассмотрит другой модератор, и вам сообщат о решении.
appeal-text = Почему это решение следует изменить?
appeal-submit = Отправить апелляцию
appeal-status-open = Ваша апелляция отправлена. Решение примет другой модератор, и вам о нём сообщат.
appeal-status-upheld = Ваша апелляция рассмотрена: решение остаётся в силе.
appeal-status-granted = Ваша апелляция удовлетворена: решение отменено.
