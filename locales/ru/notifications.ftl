# Уведомления: о чём узнают участники — в приложении и по электронной почте.
# Аргументы: { $member } — имя человека, { $group } — название группы, { $event } — название мероприятия,
# { $opportunity } — название возможности, { $start } — дата и время с часовым поясом,
# { $place } — место проведения мероприятия (может быть пустым), { $people } { $more } { $events }
# { $opportunities } — количества, { $kind } — название типа уведомлений.

nav-notifications = Уведомления
nav-notifications-unread = Уведомления (непрочитанных: { $count })
notifications-title = Уведомления
notifications-empty = Пока ничего нет. Когда что-то будет касаться вас (заявка на вступление в вашу группу, освободившееся для вас место, изменение в мероприятии, на которое вы идёте), это появится здесь.
notifications-mark-all-read = Отметить все как прочитанные
notifications-mark-read = Отметить как прочитанное
notifications-unread-label = Не прочитано
notifications-older = Более ранние уведомления
notifications-settings-link = Выбрать, что ещё присылать по почте
notifications-settings-title = Настройки уведомлений
notifications-settings-intro = Все уведомления появляются в приложении. Для каждого типа выберите, нужно ли также присылать письмо.
notifications-settings-in-app = Только в приложении
notifications-settings-mail = В приложении и по электронной почте
notifications-settings-save = Сохранить настройки
notifications-settings-saved = Ваши настройки уведомлений сохранены.
unsubscribe-title = Отписаться от этих писем
unsubscribe-intro = Вы больше не будете получать письма из категории «{ $kind }». Эти уведомления по-прежнему будут видны в приложении.
unsubscribe-confirm = Отписаться от этих писем
unsubscribe-done = Готово: вы больше не будете получать письма из категории «{ $kind }». Их можно снова включить в настройках уведомлений.
unsubscribe-settings-link = Настройки уведомлений

notification-kind-join-request = Заявки на вступление в ваши группы
notification-kind-membership-decision = Решения по вашим заявкам на членство
notification-kind-role-changed = Изменения вашей роли в группе
notification-kind-waitlist-promoted = Для вас освободилось место
notification-kind-event-changed = Изменения времени или места ваших мероприятий
notification-kind-event-cancelled = Отменённые мероприятия
notification-kind-event-reminder = Напоминания за день до ваших мероприятий
notification-kind-new-interest = Новые отклики на возможности вашей группы
notification-kind-weekly-digest = Еженедельная подборка новых мероприятий и возможностей для вас
notification-kind-report-outcome = Решения модераторов по вашим жалобам, публикациям и аккаунту
notification-kind-invitation = Приглашения вступить в группы

notice-time-in-zone = { $time } ({ $zone })
notice-join-request = { $member } хочет вступить в группу «{ $group }»
notice-join-request-detail = { $member } хотел(а) бы вступить в группу «{ $group }». Одобрить или отклонить заявку можно на странице участников.
notice-membership-approved = Добро пожаловать в группу «{ $group }»: ваша заявка одобрена
notice-membership-approved-detail = Организаторы группы «{ $group }» одобрили вашу заявку. Теперь вы участник.
notice-membership-rejected = Ваша заявка на вступление в группу «{ $group }» отклонена
notice-membership-rejected-detail = Организаторы группы «{ $group }» отклонили вашу заявку на вступление. Позже вы можете подать её снова.
notice-membership-removed = Вас исключили из группы «{ $group }»
notice-membership-removed-detail = Организаторы группы «{ $group }» исключили вас из группы.
notice-role-organizer = Теперь вы организатор группы «{ $group }»
notice-role-organizer-detail = Теперь вы можете управлять участниками, мероприятиями и возможностями группы «{ $group }».
notice-role-owner = Теперь вы владелец группы «{ $group }»
notice-role-owner-detail = Вам переданы права владельца группы «{ $group }». Теперь вы можете изменять в группе всё.
notice-role-member = Вы больше не организатор группы «{ $group }»
notice-role-member-detail = Вы по-прежнему участник группы «{ $group }», но больше не входите в число её организаторов.
notice-waitlist-promoted = Место ваше: { $event }
notice-waitlist-promoted-detail = Освободилось место, и вы перешли из листа ожидания в список участников мероприятия «{ $event }» ({ $start }). Если вы не сможете прийти, пожалуйста, сообщите об этом на странице мероприятия, чтобы ваше место досталось следующему человеку.
notice-event-changed = Мероприятие «{ $event }» изменилось: { $start }
notice-event-changed-detail = Организаторы изменили время или место проведения мероприятия «{ $event }». Новое время: { $start }{ $place ->
        [none] {""}
       *[other] , место: { $place }
    }.
notice-event-cancelled = Отменено: { $event }
notice-event-cancelled-detail = Организаторы отменили мероприятие «{ $event }» ({ $start }).
notice-event-reminder = Скоро: { $event }, { $start }
notice-event-reminder-detail = Напоминаем, что вы идёте на мероприятие «{ $event }» ({ $start }). Мероприятие приложено к письму — его можно добавить в календарь. Если вы не сможете прийти, пожалуйста, сообщите об этом на странице мероприятия, чтобы ваше место досталось тому, кто ждёт в очереди.
notice-new-interest = { $people ->
        [one] { $people } новый человек откликнулся на «{ $opportunity }»
        [few] { $people } новых человека откликнулись на «{ $opportunity }»
        [many] { $people } новых человек откликнулись на «{ $opportunity }»
       *[other] { $people } нового человека откликнулись на «{ $opportunity }»
    }{ $more ->
        [0] {""}
        [one] {" "}и ещё на { $more } предложение
        [few] {" "}и ещё на { $more } предложения
        [many] {" "}и ещё на { $more } предложений
       *[other] {" "}и ещё на { $more } предложения
    }
notice-new-interest-detail = Люди откликнулись на возможности вашей группы. Посмотреть, кто они и что написали, можно на странице возможности.
notice-weekly-digest = На этой неделе для вас: { $events ->
        [one] { $events } новое мероприятие
        [few] { $events } новых мероприятия
        [many] { $events } новых мероприятий
       *[other] { $events } нового мероприятия
    } и { $opportunities ->
        [one] { $opportunities } новая возможность
        [few] { $opportunities } новые возможности
        [many] { $opportunities } новых возможностей
       *[other] { $opportunities } новой возможности
    }
notice-weekly-digest-detail = Опубликованы новые мероприятия и возможности, связанные с вашей страной происхождения, страной проживания или вашими навыками.

mail-notice-action = Посмотреть на сайте { $site }
mail-notice-why = Вы получили это письмо, потому что на сайте { $site } у вас включены уведомления категории «{ $kind }» по электронной почте.
mail-footer-notice = Отписаться от этих писем можно одним щелчком, а выбрать, что вы получаете, — в настройках.
mail-unsubscribe-action = Отписаться от этих писем
mail-settings-action = Настройки уведомлений

notice-report-dismissed = Ваша жалоба рассмотрена: { $target }
notice-report-dismissed-detail = Модератор рассмотрел вашу жалобу ({ $target }) и не стал принимать меры. Причина: { $reason }
notice-report-hidden = По вашей жалобе приняты меры: { $target }
notice-report-hidden-detail = Модератор принял меры по вашей жалобе: материал ({ $target }) удалён. Причина: { $reason }
notice-report-restored = Ваша жалоба рассмотрена: { $target }
notice-report-restored-detail = Модератор решил, что материал ({ $target }) может быть показан. Причина: { $reason }
notice-moderation-hidden = Модераторы скрыли материал: { $target }
notice-moderation-hidden-detail = Модератор скрыл материал ({ $target }): теперь его видят только организаторы. Причина: { $reason }. Если вы считаете, что это ошибка, вы можете один раз подать апелляцию.
notice-moderation-restored = Снова показывается: { $target }
notice-moderation-restored-detail = Модератор снова открыл доступ к материалу ({ $target }). Причина: { $reason }
notice-moderation-suspended = Ваш аккаунт заблокирован
notice-moderation-suspended-detail = Модератор заблокировал ваш аккаунт, и ваши публикации скрыты. Причина: { $reason }. Если вы считаете, что это ошибка, вы можете один раз подать апелляцию.
notice-moderation-unsuspended = Ваш аккаунт разблокирован
notice-moderation-unsuspended-detail = Модератор снял блокировку с вашего аккаунта, и ваши публикации снова видны. Причина: { $reason }
notice-appeal-granted = Ваша апелляция удовлетворена
notice-appeal-granted-detail = Другой модератор рассмотрел вашу апелляцию ({ $target }) и отменил решение. Причина: { $reason }
notice-appeal-upheld = Ваша апелляция рассмотрена: решение остаётся в силе
notice-appeal-upheld-detail = Другой модератор рассмотрел вашу апелляцию ({ $target }), и решение остаётся в силе. Причина: { $reason }
notice-invitation = { $inviter } приглашает вас в группу «{ $group }»
notice-invitation-detail = { $inviter } приглашает вас вступить в группу «{ $group }». Откройте приглашение, чтобы вступить. Срок действия истекает: { $until }.
notice-date-moved = { $event } переносится с { $was } на { $start }
notice-date-moved-detail = Организаторы перенесли одну из дат мероприятия { $event }: встреча, запланированная на { $was }, теперь пройдёт { $start }{ $place ->
        [none] {""}
       *[other] , { $place }
    }. Ваш ответ сохраняется для этой даты; остальные даты не меняются.
notice-date-cancelled = Отменено { $start }: { $event }
notice-date-cancelled-detail = Организаторы отменили { $event } { $start }. Остальные даты проходят по плану.
