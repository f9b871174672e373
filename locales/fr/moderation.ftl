## Signalements : ce que les membres disent aux modérateurs

report-link = Signaler
report-member-link = Signaler { $name }
report-title = Signaler aux modérateurs
report-intro = Dites aux modérateurs ce qui ne va pas. Ils examineront votre signalement, et vous verrez leur décision dans « Mes signalements ». La personne que vous signalez ne saura pas qui vous êtes.
report-reason = Quel est le problème ?
report-reason-spam = Spam ou publicité
report-reason-scam = Arnaque ou fraude (fausse offre d’emploi, de visa ou d’investissement, ou demande d’argent)
report-reason-hate = Haine ou harcèlement
report-reason-false-information = Informations fausses ou trompeuses
report-reason-illegal = Quelque chose d’illégal
report-reason-other = Autre chose
report-details = Détails (facultatif)
report-details-hint = Que doivent savoir les modérateurs ? 2 000 caractères au maximum.
report-submit = Envoyer le signalement
report-filed = Merci. Votre signalement a été envoyé aux modérateurs.
report-target-group = Groupe
report-target-event = Événement
report-target-opportunity = Opportunité
report-target-user = Membre
report-target-imported = Annonce importée
report-status-open = En attente d’un modérateur
report-status-dismissed = Examiné : aucune mesure prise
report-status-hidden = Mesure prise : contenu retiré
report-status-restored = Examiné : de nouveau affiché
my-reports-title = Mes signalements
my-reports-intro = Ce que vous avez signalé, et ce que les modérateurs ont décidé.
my-reports-empty = Vous n’avez rien signalé.

## Ce que chacun voit de la modération

moderation-hidden-notice = Les modérateurs ont masqué ce contenu : seuls ses organisateurs peuvent le voir. La notification que vous avez reçue en indique le motif et explique comment faire appel.
safety-notice-title = Prudence
safety-notice-body = Notre équipe n’a pas vérifié cette organisation. Ne payez jamais pour postuler, n’envoyez jamais d’argent ni de pièces d’identité avant d’avoir vérifié qui est l’organisateur, et signalez les offres qui vous le demandent.
directory-verified-only = Organisations vérifiées uniquement

## Vérification (administrateurs, sur la page d’un groupe)

verification-title = Vérification
verification-note = Comment cette organisation a-t-elle été vérifiée ?
verification-note-hint = Par exemple : le numéro d’une association déclarée, une lettre de l’ambassade, un appel à un contact connu.
verification-add = Marquer comme vérifié
verification-remove = Retirer la vérification
verification-note-shown = Vérifié :

## Les pages des modérateurs

admin-reports-title = Signalements
admin-reports-intro = Les signalements ouverts, regroupés par contenu signalé : les plus signalés d’abord, puis les plus anciens. Chaque action exige un motif ; les personnes qui ont fait un signalement et les propriétaires en sont informés.
admin-reports-empty = Aucun signalement ouvert.
admin-reports-count = { $count ->
    [one] { $count } signalement
   *[other] { $count } signalements
}
admin-reports-hidden-now = Actuellement masqué
admin-reports-gone = Supprimé depuis le signalement.
admin-reports-creator = Créé par { $name }
admin-reports-details = Ce qu’ont écrit les auteurs des signalements
admin-reports-history = Décisions précédentes
admin-reason = Motif (obligatoire)
admin-action-dismiss = Classer sans suite
admin-action-hide = Masquer
admin-action-restore = Rétablir
admin-action-suspend = Suspendre le membre
admin-action-unsuspend = Lever la suspension
admin-suspend-creator = Suspendre { $name }
admin-suspend-creator-reason = Motif de la suspension de { $name } (obligatoire)
admin-hide-and-suspend = En masquant, suspendre aussi { $name }, qui en est l’auteur
admin-appeals-title = Recours
admin-appeals-empty = Aucun recours en attente.
admin-appeal-grant = Accepter : annuler la décision
admin-appeal-uphold = Rejeter : la décision est maintenue
admin-audit-title = Journal d’audit
admin-audit-intro = Chaque action d’un modérateur ou d’un administrateur, de la plus récente à la plus ancienne. Rien ici ne peut être modifié ni supprimé.
admin-audit-empty = Aucune action pour l’instant.
admin-audit-when = Quand
admin-audit-who = Qui
admin-audit-what = Quoi
admin-audit-target = Concerne
admin-audit-reason = Motif
admin-audit-older = Entrées plus anciennes

audit-action-dismiss = Signalements classés sans suite par { $actor } le { $date }
audit-action-hide = Masqué par { $actor } le { $date }
audit-action-restore = Rétabli par { $actor } le { $date }
audit-action-suspend = Suspendu par { $actor } le { $date }
audit-action-unsuspend = Suspension levée par { $actor } le { $date }
audit-action-verify = Vérifié par { $actor } le { $date }
audit-action-unverify = Vérification retirée par { $actor } le { $date }
audit-action-grant-moderator = Nommé modérateur par { $actor } le { $date }
audit-action-revoke-moderator = Rôle de modérateur retiré par { $actor } le { $date }
audit-action-uphold-appeal = Recours rejeté par { $actor } le { $date }
audit-action-grant-appeal = Recours accepté par { $actor } le { $date }
audit-name-dismiss = Signalements classés sans suite
audit-name-hide = Masqué
audit-name-restore = Rétabli
audit-name-suspend = Membre suspendu
audit-name-unsuspend = Suspension levée
audit-name-verify = Groupe vérifié
audit-name-unverify = Vérification retirée
audit-name-grant-moderator = Rôle de modérateur attribué
audit-name-revoke-moderator = Rôle de modérateur retiré
audit-name-uphold-appeal = Recours rejeté
audit-name-grant-appeal = Recours accepté

admin-users-title = Modérateurs
admin-users-intro = Les membres ayant un rôle de modérateur ou d’administrateur. Les administrateurs sont nommés sur le serveur, avec la commande create-admin.
admin-users-name = Nom
admin-users-role = Rôle
admin-users-change = Attribuer ou retirer le rôle de modérateur
admin-users-submit = Changer le rôle
role-user = Membre
role-moderator = Modérateur
role-admin = Administrateur

## Recours

appeal-title = Contester une décision des modérateurs
appeal-about-suspension = Les modérateurs ont suspendu votre compte.
appeal-about-hide = Les modérateurs ont masqué :
appeal-decided-on = Décision prise le
appeal-their-reason = Motif invoqué
appeal-once = Vous ne pouvez faire appel qu’une seule fois. Un autre modérateur lira votre recours et décidera, et vous en serez informé.
appeal-text = Pourquoi cette décision devrait-elle changer ?
appeal-submit = Envoyer le recours
appeal-status-open = Votre recours a été envoyé. Un autre modérateur décidera, et vous en serez informé.
appeal-status-upheld = Votre recours a été examiné : la décision est maintenue.
appeal-status-granted = Votre recours a été accepté : la décision a été annulée.
