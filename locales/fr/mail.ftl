# Mails. Every message may use { $site } (the site's name) and { $name } (the recipient's).
mail-greeting = Bonjour { $name },
mail-link-fallback = Si le bouton ne fonctionne pas, copiez cette adresse dans votre navigateur :
mail-link-valid-until = Ce lien ne fonctionne qu’une fois, jusqu’au { $time } ({ $zone }).
mail-footer-account = Les messages concernant votre compte et sa sécurité ne peuvent pas être désactivés.

mail-verify-subject = Confirmez votre adresse e-mail sur { $site }
mail-verify-body = Merci de confirmer que cette adresse est bien la vôtre. On pourra alors vous écrire ici, et vous pourrez publier des groupes, des événements et des opportunités là où le site demande une adresse confirmée.
mail-verify-action = Confirmer mon adresse
mail-verify-why = Vous recevez ce message parce qu’un compte a été créé sur { $site } avec cette adresse. Si ce n’est pas vous, ignorez ce message : rien ne se passera.

mail-reset-subject = Choisissez un nouveau mot de passe pour { $site }
mail-reset-body = Quelqu’un a demandé à réinitialiser le mot de passe de votre compte. Pour en choisir un nouveau, ouvrez ce lien.
mail-reset-action = Choisir un nouveau mot de passe
mail-reset-why = Vous recevez ce message parce qu’un nouveau mot de passe a été demandé pour cette adresse sur { $site }. Si ce n’est pas vous, ignorez ce message : votre mot de passe reste inchangé.

mail-change-subject = Confirmez votre nouvelle adresse e-mail sur { $site }
mail-change-body = Vous avez demandé à utiliser cette adresse pour votre compte. Le changement aura lieu quand vous ouvrirez ce lien.
mail-change-action = Utiliser cette adresse
mail-change-why = Vous recevez ce message parce que quelqu’un a demandé à transférer un compte { $site } vers cette adresse. Si ce n’est pas vous, ignorez ce message : rien ne changera.

mail-change-notice-subject = Un changement d’adresse a été demandé pour votre compte { $site }
mail-change-notice-body = Quelqu’un a demandé à transférer votre compte vers une autre adresse e-mail. Le changement n’aura lieu que si le lien envoyé à la nouvelle adresse est ouvert.
mail-change-notice-advice = Si ce n’est pas vous, choisissez dès maintenant un nouveau mot de passe.
mail-change-notice-action = Choisir un nouveau mot de passe
mail-change-notice-why = Vous recevez cet avis de sécurité parce que cette adresse appartient à un compte sur { $site }.

mail-invitation-subject = { $inviter } vous invite à rejoindre { $group } sur { $site }
mail-invitation-body = { $inviter } vous a invité à rejoindre { $group }, un groupe sur { $site }.
mail-invitation-register = Ouvrez le lien pour découvrir le groupe. Vous pourrez y créer un compte et le rejoindre en une minute.
mail-invitation-action = Voir l’invitation
mail-invitation-why = Vous recevez ce message parce qu’un organisateur de { $group } a saisi cette adresse sur { $site }. Si vous ne souhaitez pas rejoindre le groupe, ignorez ce message : aucun compte ne sera créé pour vous.
