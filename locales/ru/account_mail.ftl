# Pages behind account mail: password reset, address confirmation, change of address.
verification-sent = Новая ссылка для подтверждения уже отправлена на ваш адрес.
password-reset-requested = Если этот адрес привязан к аккаунту, на него уже отправлена ссылка для выбора нового пароля. Она действует один час.
email-change-requested = Ссылка отправлена на новый адрес. Адрес сменится, когда вы её откроете.
login-forgot = Забыли пароль?
forgot-title = Забыли пароль?
forgot-explanation = Укажите адрес электронной почты вашего аккаунта, и мы пришлём ссылку для выбора нового пароля.
forgot-submit = Прислать ссылку
forgot-back-to-login = Вернуться ко входу
forgot-sent-title = Проверьте почту
forgot-sent-spam = Если письмо не придёт в течение нескольких минут, загляните в папку «Спам» и проверьте, что вы ввели тот адрес, с которым регистрировались.
reset-title = Выберите новый пароль
reset-ask-again = Запросить новую ссылку
reset-submit = Сохранить новый пароль
reset-done-title = Пароль изменён
reset-done-body = Теперь с ним можно войти. На всех устройствах, где был выполнен вход, выполнен выход.
verify-done-title = Ваш адрес подтверждён
verify-done-body = Спасибо! Теперь вы можете публиковать, и с вами можно связаться по этому адресу.
verify-failed-title = Эта ссылка не работает
verify-failed-body = Новую ссылку можно запросить на странице профиля.
change-email-title = Смена адреса электронной почты
change-email-current = Ваш текущий адрес: { $email }
change-email-explanation = Мы отправим ссылку на новый адрес. Адрес сменится только после того, как вы её откроете, а на текущий адрес придёт уведомление.
field-new-email = Новый адрес электронной почты
change-email-submit = Отправить ссылку
change-email-sent-title = Проверьте почту на новом адресе
change-email-done-title = Ваш адрес изменён
change-email-done-body = Теперь ваш аккаунт использует новый адрес, и он подтверждён.
profile-email-verified = подтверждён
profile-email-unverified = ещё не подтверждён
profile-send-verification = Отправить ссылку для подтверждения ещё раз

# The mail page for administrators.
nav-mail = Почта
mail-admin-title = Почта
mail-admin-transport = Куда уходят письма: { $transport }.
mail-admin-latest = Последние письма
mail-admin-empty = Писем пока нет.
mail-admin-created = Поставлено в очередь
mail-admin-recipient = Кому
mail-admin-kind = Тип
mail-admin-status = Статус
mail-admin-attempts = Попытки
mail-admin-last-error = Последняя ошибка
mail-admin-actions = Действия
mail-admin-retry = Повторить
mail-admin-flagged = Адреса, на которые письма больше не отправляются
mail-admin-flagged-intro = Их почтовые серверы несколько раз окончательно отказались принимать письма. Повторная отправка письма снимает отметку с его адреса.
mail-admin-refusals = { $count ->
    [one] { $count } отказ
    [few] { $count } отказа
    [many] { $count } отказов
   *[other] { $count } отказа
}
mail-status-queued = Ожидает
mail-status-sending = Отправляется
mail-status-sent = Отправлено
mail-status-dead = Отправка прекращена
mail-kind-email_verification = Подтверждение адреса
mail-kind-password_reset = Сброс пароля
mail-kind-email_change = Смена адреса
mail-kind-email_change_notice = Смена адреса (уведомление)
verify-confirm-title = Подтвердите адрес электронной почты
verify-confirm-body = Нажмите кнопку, чтобы подтвердить, что этот адрес принадлежит вам.
change-confirm-title = Перейти на новый адрес электронной почты
change-confirm-body = Нажмите кнопку, чтобы этот адрес стал адресом вашей учётной записи.
