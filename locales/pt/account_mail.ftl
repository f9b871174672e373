# Pages behind account mail: password reset, address confirmation, change of address.
verification-sent = Um novo link de confirmação está a caminho do seu e-mail.
password-reset-requested = Se houver uma conta com este e-mail, um link para escolher uma nova senha está a caminho. Ele vale por uma hora.
email-change-requested = Um link está a caminho do novo e-mail. Seu e-mail muda quando você abrir esse link.
login-forgot = Esqueceu sua senha?
forgot-title = Esqueceu sua senha?
forgot-explanation = Informe o e-mail da sua conta e enviaremos um link para você escolher uma nova senha.
forgot-submit = Receber um link
forgot-back-to-login = Voltar para o login
forgot-sent-title = Confira seu e-mail
forgot-sent-spam = Se nada chegar em alguns minutos, olhe na pasta de spam e confira se você digitou o e-mail usado no cadastro.
reset-title = Escolha uma nova senha
reset-ask-again = Pedir um novo link
reset-submit = Salvar a nova senha
reset-done-title = Sua senha foi alterada
reset-done-body = Você já pode entrar com ela. As sessões abertas em todos os dispositivos foram encerradas.
verify-done-title = Seu e-mail foi confirmado
verify-done-body = Obrigado. Agora você pode publicar e receber mensagens neste e-mail.
verify-failed-title = Este link não funciona
verify-failed-body = Você pode pedir um novo link na página do seu perfil.
change-email-title = Alterar meu e-mail
change-email-current = Seu e-mail atual: { $email }
change-email-explanation = Enviamos um link para o novo e-mail. Seu e-mail só muda quando você abrir esse link, e avisamos o seu e-mail atual.
field-new-email = Novo e-mail
change-email-submit = Enviar o link
change-email-sent-title = Confira o novo e-mail
change-email-done-title = Seu e-mail foi alterado
change-email-done-body = Sua conta agora usa o novo e-mail, e ele está confirmado.
profile-email-verified = confirmado
profile-email-unverified = ainda não confirmado
profile-send-verification = Reenviar o link de confirmação

# The mail page for administrators.
nav-mail = E-mails
mail-admin-title = E-mails
mail-admin-transport = Os e-mails são enviados para { $transport }.
mail-admin-latest = Últimos e-mails
mail-admin-empty = Nenhum e-mail ainda.
mail-admin-created = Na fila desde
mail-admin-recipient = Para
mail-admin-kind = Tipo
mail-admin-status = Status
mail-admin-attempts = Tentativas
mail-admin-last-error = Último erro
mail-admin-actions = Ações
mail-admin-retry = Tentar novamente
mail-admin-flagged = Endereços para os quais não enviamos mais
mail-admin-flagged-intro = Os servidores de e-mail desses endereços recusaram mensagens em definitivo várias vezes. Tentar enviar uma mensagem novamente libera o endereço dela.
mail-admin-refusals = { $count ->
    [one] { $count } recusa
   *[other] { $count } recusas
}
mail-status-queued = Aguardando
mail-status-sending = Enviando
mail-status-sent = Enviado
mail-status-dead = Abandonado
mail-kind-email_verification = Confirmação de e-mail
mail-kind-password_reset = Redefinição de senha
mail-kind-email_change = Alteração de e-mail
mail-kind-email_change_notice = Alteração de e-mail (aviso)
verify-confirm-title = Confirme seu e-mail
verify-confirm-body = Toque no botão para confirmar que este endereço é seu.
change-confirm-title = Use seu novo e-mail
change-confirm-body = Toque no botão para que este endereço passe a ser o da sua conta.
