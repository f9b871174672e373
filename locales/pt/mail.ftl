# Mails. Every message may use { $site } (the site's name) and { $name } (the recipient's).
mail-greeting = Olá, { $name },
mail-link-fallback = Se o botão não funcionar, copie este endereço no seu navegador:
mail-link-valid-until = O link funciona uma única vez, até { $time } ({ $zone }).
mail-footer-account = Mensagens sobre a sua conta e a segurança dela não podem ser desativadas.

mail-verify-subject = Confirme seu e-mail no { $site }
mail-verify-body = Confirme que este e-mail é seu. Assim, você poderá receber mensagens aqui e publicar grupos, eventos e oportunidades onde o site pede um e-mail confirmado.
mail-verify-action = Confirmar meu e-mail
mail-verify-why = Você está recebendo esta mensagem porque uma conta no { $site } foi criada com este e-mail. Se não foi você, ignore esta mensagem e nada vai acontecer.

mail-reset-subject = Escolha uma nova senha para o { $site }
mail-reset-body = Alguém pediu para redefinir a senha da sua conta. Para escolher uma nova, abra este link.
mail-reset-action = Escolher uma nova senha
mail-reset-why = Você está recebendo esta mensagem porque uma nova senha foi pedida para este e-mail no { $site }. Se não foi você, ignore esta mensagem: sua senha continua a mesma.

mail-change-subject = Confirme seu novo e-mail no { $site }
mail-change-body = Você pediu para usar este e-mail na sua conta. A alteração acontece quando você abrir este link.
mail-change-action = Usar este e-mail
mail-change-why = Você está recebendo esta mensagem porque alguém pediu para transferir uma conta do { $site } para este e-mail. Se não foi você, ignore esta mensagem e nada vai mudar.

mail-change-notice-subject = Foi pedida uma alteração de e-mail para sua conta no { $site }
mail-change-notice-body = Alguém pediu para transferir sua conta para outro e-mail. A alteração só acontece quando o link enviado para o novo e-mail for aberto.
mail-change-notice-advice = Se não foi você, escolha uma nova senha agora.
mail-change-notice-action = Escolher uma nova senha
mail-change-notice-why = Você está recebendo este aviso de segurança porque este e-mail pertence a uma conta no { $site }.

mail-invitation-subject = { $inviter } convida você para participar de { $group } no { $site }
mail-invitation-body = { $inviter } convidou você para participar de { $group }, um grupo no { $site }.
mail-invitation-register = Abra o link para ver o grupo. Lá você pode criar uma conta e participar em um minuto.
mail-invitation-action = Ver o convite
mail-invitation-why = Você está recebendo esta mensagem porque um organizador de { $group } informou este e-mail no { $site }. Se não quiser participar, ignore esta mensagem: nenhuma conta será criada para você.
