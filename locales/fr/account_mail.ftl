# Pages behind account mail: password reset, address confirmation, change of address.
verification-sent = Un nouveau lien de confirmation vient d’être envoyé à votre adresse e-mail.
password-reset-requested = Si un compte utilise cette adresse, un lien pour choisir un nouveau mot de passe vient d’y être envoyé. Il reste valable une heure.
email-change-requested = Un lien vient d’être envoyé à la nouvelle adresse. Votre adresse changera quand vous l’ouvrirez.
login-forgot = Mot de passe oublié ?
forgot-title = Mot de passe oublié ?
forgot-explanation = Indiquez l’adresse e-mail de votre compte, et nous vous enverrons un lien pour choisir un nouveau mot de passe.
forgot-submit = Envoyez-moi un lien
forgot-back-to-login = Retour à la connexion
forgot-sent-title = Consultez vos e-mails
forgot-sent-spam = Si rien n’arrive d’ici quelques minutes, regardez dans votre dossier de courrier indésirable (spam), et vérifiez que vous avez bien saisi l’adresse utilisée lors de votre inscription.
reset-title = Choisir un nouveau mot de passe
reset-ask-again = Demander un nouveau lien
reset-submit = Enregistrer le nouveau mot de passe
reset-done-title = Votre mot de passe a été changé
reset-done-body = Vous pouvez dès maintenant l’utiliser pour vous connecter. Tous les appareils où une session était ouverte ont été déconnectés.
verify-done-title = Votre adresse est confirmée
verify-done-body = Merci. Vous pouvez maintenant publier, et l’on peut vous écrire à cette adresse.
verify-failed-title = Ce lien ne fonctionne pas
verify-failed-body = Vous pouvez demander un nouveau lien sur votre page de profil.
change-email-title = Changer mon adresse e-mail
change-email-current = Votre adresse actuelle : { $email }
change-email-explanation = Nous envoyons un lien à la nouvelle adresse. Votre adresse ne change que lorsque vous ouvrez ce lien, et nous prévenons votre adresse actuelle.
field-new-email = Nouvelle adresse e-mail
change-email-submit = Envoyer le lien
change-email-sent-title = Consultez les e-mails de la nouvelle adresse
change-email-done-title = Votre adresse e-mail a été changée
change-email-done-body = Votre compte utilise désormais la nouvelle adresse, et elle est confirmée.
profile-email-verified = confirmée
profile-email-unverified = pas encore confirmée
profile-send-verification = Renvoyer le lien de confirmation

# The mail page for administrators.
nav-mail = E-mails
mail-admin-title = E-mails
mail-admin-transport = Les e-mails partent vers { $transport }.
mail-admin-latest = Derniers e-mails
mail-admin-empty = Aucun e-mail pour l’instant.
mail-admin-created = Mis en file
mail-admin-recipient = Destinataire
mail-admin-kind = Type
mail-admin-status = Statut
mail-admin-attempts = Tentatives
mail-admin-last-error = Dernière erreur
mail-admin-actions = Actions
mail-admin-retry = Réessayer
mail-admin-flagged = Adresses auxquelles nous n’écrivons plus
mail-admin-flagged-intro = Leurs serveurs de messagerie ont refusé définitivement des e-mails à plusieurs reprises. Réessayer l’envoi d’un e-mail réactive son adresse.
mail-admin-refusals = { $count ->
    [one] { $count } refus
   *[other] { $count } refus
}
mail-status-queued = En attente
mail-status-sending = Envoi en cours
mail-status-sent = Envoyé
mail-status-dead = Abandonné
mail-kind-email_verification = Confirmation d’adresse
mail-kind-password_reset = Réinitialisation du mot de passe
mail-kind-email_change = Changement d’adresse
mail-kind-email_change_notice = Changement d’adresse (avis)
verify-confirm-title = Confirmer votre adresse e-mail
verify-confirm-body = Appuyez sur le bouton pour confirmer que cette adresse est bien la vôtre.
change-confirm-title = Utiliser votre nouvelle adresse e-mail
change-confirm-body = Appuyez sur le bouton pour que cette adresse devienne celle de votre compte.
