# Notifications : ce dont les membres sont informés, dans l’application et par e-mail.
# Arguments : { $member } le nom d’une personne, { $group } le nom d’un groupe, { $event } le titre d’un événement,
# { $opportunity } le titre d’une opportunité, { $start } une date et une heure avec leur fuseau horaire,
# { $place } le lieu d’un événement (peut être vide), { $people } { $more } { $events }
# { $opportunities } des nombres, { $kind } le nom d’un type de notification.

nav-notifications = Notifications
nav-notifications-unread = Notifications ({ $count } non lues)
notifications-title = Notifications
notifications-empty = Rien pour l’instant. Quand quelque chose vous concerne (une demande d’adhésion à votre groupe, une place libérée pour vous, un changement pour un événement auquel vous participez), cela apparaît ici.
notifications-mark-all-read = Tout marquer comme lu
notifications-mark-read = Marquer comme lu
notifications-unread-label = Non lu
notifications-older = Notifications plus anciennes
notifications-settings-link = Choisir ce que vous recevez aussi par e-mail
notifications-settings-title = Paramètres des notifications
notifications-settings-intro = Tout apparaît dans l’application. Pour chaque type, choisissez si vous recevez aussi un e-mail.
notifications-settings-in-app = Dans l’application uniquement
notifications-settings-mail = Dans l’application et par e-mail
notifications-settings-save = Enregistrer les paramètres
notifications-settings-saved = Vos paramètres de notification sont enregistrés.
unsubscribe-title = Ne plus recevoir ces e-mails
unsubscribe-intro = Vous ne recevrez plus d’e-mails concernant « { $kind } ». Vous verrez toujours ces notifications dans l’application.
unsubscribe-confirm = Ne plus recevoir ces e-mails
unsubscribe-done = C’est fait : vous ne recevrez plus d’e-mails concernant « { $kind } ». Vous pouvez les réactiver dans vos paramètres de notification.
unsubscribe-settings-link = Paramètres des notifications

notification-kind-join-request = Demandes d’adhésion à vos groupes
notification-kind-membership-decision = Décisions concernant vos adhésions
notification-kind-role-changed = Changements de votre rôle dans un groupe
notification-kind-waitlist-promoted = Une place s’est libérée pour vous
notification-kind-event-changed = Changements d’heure ou de lieu de vos événements
notification-kind-event-cancelled = Événements annulés
notification-kind-event-reminder = Rappels la veille de vos événements
notification-kind-new-interest = Nouveaux intérêts pour les opportunités de votre groupe
notification-kind-weekly-digest = Résumé hebdomadaire des nouveaux événements et opportunités pour vous
notification-kind-report-outcome = Décisions des modérateurs concernant vos signalements, vos annonces et votre compte
notification-kind-invitation = Invitations à rejoindre des groupes

notice-time-in-zone = { $time } ({ $zone })
notice-join-request = { $member } demande à rejoindre { $group }
notice-join-request-detail = { $member } souhaite rejoindre { $group }. Vous pouvez accepter ou refuser la demande sur la page des membres.
notice-membership-approved = Bienvenue dans { $group } : votre demande a été acceptée
notice-membership-approved-detail = Les organisateurs de { $group } ont accepté votre demande. Vous êtes désormais membre.
notice-membership-rejected = Votre demande d’adhésion à { $group } a été refusée
notice-membership-rejected-detail = Les organisateurs de { $group } ont refusé votre demande d’adhésion. Vous pourrez la renouveler plus tard.
notice-membership-removed = Vous avez été retiré de { $group }
notice-membership-removed-detail = Les organisateurs de { $group } vous ont retiré du groupe.
notice-role-organizer = Vous êtes désormais organisateur de { $group }
notice-role-organizer-detail = Vous pouvez désormais gérer les membres, les événements et les opportunités de { $group }.
notice-role-owner = Vous êtes désormais propriétaire de { $group }
notice-role-owner-detail = La propriété de { $group } vous a été transférée. Vous pouvez désormais tout modifier dans le groupe.
notice-role-member = Vous n’êtes plus organisateur de { $group }
notice-role-member-detail = Vous êtes toujours membre de { $group }, mais vous ne faites plus partie de ses organisateurs.
notice-waitlist-promoted = Une place est à vous : { $event }
notice-waitlist-promoted-detail = Une place s’est libérée, et vous êtes passé de la liste d’attente à la liste des participants de { $event }, le { $start }. Si vous ne pouvez pas venir, merci de l’indiquer sur la page de l’événement pour que la personne suivante obtienne votre place.
notice-event-changed = { $event } a changé : { $start }
notice-event-changed-detail = Les organisateurs ont changé l’heure ou le lieu de { $event }. Il a désormais lieu le { $start }{ $place ->
        [none] {""}
       *[other] , { $place }
    }.
notice-event-cancelled = Annulé : { $event }
notice-event-cancelled-detail = Les organisateurs ont annulé { $event }, prévu le { $start }.
notice-event-reminder = Bientôt : { $event }, { $start }
notice-event-reminder-detail = Petit rappel : vous participez à { $event }, le { $start }. L’événement est en pièce jointe, pour votre agenda. Si vous ne pouvez pas venir, merci de l’indiquer sur la page de l’événement pour qu’une personne en attente obtienne votre place.
notice-new-interest = { $people ->
        [one] Une nouvelle personne s’intéresse à { $opportunity }
       *[other] { $people } nouvelles personnes s’intéressent à { $opportunity }
    }{ $more ->
        [0] {""}
        [one] {" "}et à une autre opportunité
       *[other] {" "}et à { $more } autres opportunités
    }
notice-new-interest-detail = Des personnes ont manifesté leur intérêt pour les opportunités de votre groupe. Découvrez qui elles sont et ce qu’elles ont écrit sur la page de l’opportunité.
notice-weekly-digest = Cette semaine pour vous : { $events ->
        [one] { $events } nouvel événement
       *[other] { $events } nouveaux événements
    } et { $opportunities ->
        [one] { $opportunities } nouvelle opportunité
       *[other] { $opportunities } nouvelles opportunités
    }
notice-weekly-digest-detail = De nouveaux événements et de nouvelles opportunités ont été publiés pour votre pays d’origine, votre pays de résidence ou vos compétences.

mail-notice-action = Voir sur { $site }
mail-notice-why = Vous recevez ce message parce que vous recevez par e-mail les notifications « { $kind } » sur { $site }.
mail-footer-notice = Vous pouvez arrêter ces e-mails en un clic, ou choisir ce que vous recevez dans vos paramètres.
mail-unsubscribe-action = Ne plus recevoir ces e-mails
mail-settings-action = Paramètres des notifications

notice-report-dismissed = Votre signalement concernant { $target } a été examiné
notice-report-dismissed-detail = Un modérateur a examiné votre signalement concernant { $target } et n’a pris aucune mesure. Motif : { $reason }
notice-report-hidden = Votre signalement concernant { $target } : mesure prise
notice-report-hidden-detail = Un modérateur a donné suite à votre signalement et a retiré { $target }. Motif : { $reason }
notice-report-restored = Votre signalement concernant { $target } a été examiné
notice-report-restored-detail = Un modérateur a décidé que { $target } pouvait être visible. Motif : { $reason }
notice-moderation-hidden = Les modérateurs ont masqué { $target }
notice-moderation-hidden-detail = Un modérateur a masqué { $target } : désormais, seuls ses organisateurs y ont accès. Motif : { $reason }. Si vous pensez qu’il s’agit d’une erreur, vous pouvez faire appel une fois.
notice-moderation-restored = { $target } est de nouveau visible
notice-moderation-restored-detail = Un modérateur a rendu { $target } de nouveau visible. Motif : { $reason }
notice-moderation-suspended = Votre compte est suspendu
notice-moderation-suspended-detail = Un modérateur a suspendu votre compte, et vos annonces sont masquées. Motif : { $reason }. Si vous pensez qu’il s’agit d’une erreur, vous pouvez faire appel une fois.
notice-moderation-unsuspended = Votre compte n’est plus suspendu
notice-moderation-unsuspended-detail = Un modérateur a levé la suspension de votre compte, et vos annonces sont de nouveau visibles. Motif : { $reason }
notice-appeal-granted = Votre recours a été accepté
notice-appeal-granted-detail = Un autre modérateur a lu votre recours concernant { $target } et a annulé la décision. Motif : { $reason }
notice-appeal-upheld = Votre recours a été examiné : la décision est maintenue
notice-appeal-upheld-detail = Un autre modérateur a lu votre recours concernant { $target }, et la décision est maintenue. Motif : { $reason }
notice-invitation = { $inviter } vous invite à rejoindre { $group }
notice-invitation-detail = { $inviter } vous a invité à rejoindre { $group }. Ouvrez l’invitation pour rejoindre le groupe. Elle est valable jusqu’au { $until }.
notice-date-moved = { $event } est déplacé du { $was } au { $start }
notice-date-moved-detail = Les organisateurs ont déplacé une date de { $event } : celle prévue le { $was } a désormais lieu le { $start }{ $place ->
        [none] {""}
       *[other] , { $place }
    }. Votre réponse reste valable pour cette date ; les autres dates ne changent pas.
notice-date-cancelled = Annulé le { $start } : { $event }
notice-date-cancelled-detail = Les organisateurs ont annulé { $event } le { $start }. Les autres dates ont lieu comme prévu.
