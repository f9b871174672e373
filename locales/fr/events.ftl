# Events: listing, event pages, forms, RSVPs and calendar feeds.
# format-* are chrono strftime patterns (https://docs.rs/chrono/latest/chrono/format/strftime):
# keep the %-codes, reorder them and change the words around them for your language.

format-datetime = %A %-d %B %Y à %H:%M
format-date = %A %-d %B %Y
format-time = %H:%M

nav-events = Événements
nav-my-events = Mes événements

attendance-in_person = En présentiel
attendance-online = En ligne
attendance-hybrid = En présentiel et en ligne

event-time-in-zone = { $time }, { $zone }
event-time-for-you = Chez vous : { $time } ({ $zone })

events-title = Événements à venir
events-from = À partir du
events-country = Pays
events-attendance-mode = Mode de participation
events-any-mode = Tous les modes
events-submit = Rechercher des événements
events-upcoming = À venir
events-empty = Aucun événement à venir ne correspond à votre recherche.

feed-calendar = S’abonner dans votre agenda (iCalendar)
feed-atom = Fil d’actualités (Atom)
feed-add-to-calendar = Ajouter à mon agenda
feed-calendar-name = Événements diaspora-hub

my-events-title = Mes événements
my-events-empty = Vous n’avez encore répondu à aucun événement à venir.

group-upcoming-events = Événements à venir
group-no-events = Aucun événement à venir pour l’instant.

event-cancelled = Annulé
event-cancelled-notice = Cet événement a été annulé par ses organisateurs.
event-when = Quand
event-next-dates = Prochaines dates
event-attendance = Mode de participation
event-where = Où
event-online-link = Lien pour participer en ligne
event-online-link-hint = Visible uniquement par les personnes qui participent.
event-attendance-count = Participation
event-going-count = { $count ->
    [one] { $count } personne inscrite
   *[other] { $count } personnes inscrites
}
event-capacity = { $count ->
    [one] { $count } place
   *[other] { $count } places
}
event-waitlist-count = { $count ->
    [one] { $count } en liste d’attente
   *[other] { $count } en liste d’attente
}
event-rsvp = Vous participez ?
event-login-to-rsvp = Connectez-vous pour répondre
rsvp-going = Je participe
rsvp-you-are-going = Votre participation est confirmée.
rsvp-going-badge = Participe
rsvp-waitlisted-position = L’événement est complet. Vous êtes en position { $position } sur la liste d’attente ; une place vous sera attribuée automatiquement si l’une d’elles se libère.
rsvp-withdraw = Je ne peux plus venir
event-edit = Modifier l’événement
event-cancel = Annuler l’événement
event-delete = Supprimer l’événement
event-attendees = Participants et liste d’attente
event-no-attendees = Personne n’a encore répondu.
event-waitlist-place = Liste d’attente : { $position }

event-new-title = Créer un événement
event-edit-title = Modifier l’événement
event-form-texts = Titre et description
event-title-field = Titre
event-starts-at = Début
event-ends-at = Fin
event-all-day = Toute la journée
event-recurrence = Règle pour experts (RRULE iCalendar)
event-recurrence-hint = Une règle comme FREQ=WEEKLY;BYDAY=TU;COUNT=10 (tous les mardis, dix fois) ou FREQ=MONTHLY;BYDAY=2TU;UNTIL=20271231 (le deuxième mardi de chaque mois jusqu’à fin 2027). Laissez ce champ vide pour un événement unique.
event-venue-name = Lieu
event-venue-address = Adresse
event-venue-country = Pays
event-capacity-field = Nombre de places (facultatif)
event-capacity-hint = Une fois toutes les places prises, les personnes rejoignent une liste d’attente dans l’ordre de leurs réponses.
event-create = Créer l’événement
event-save = Enregistrer l’événement
events-to = Jusqu’au
event-repeat = Répétition
event-repeat-none = Ne se répète pas
event-repeat-daily = Tous les jours
event-repeat-weekly = Toutes les semaines
event-repeat-monthly = Tous les mois
event-repeat-custom = Règle personnalisée (iCalendar)
event-repeat-interval = Tous les combien de jours, semaines ou mois (1 = chaque, 2 = un sur deux)
event-repeat-days = Ces jours-là (chaque semaine)
event-repeat-monthly-choice = Quel jour (chaque mois)
event-repeat-monthly-weekday = Le même jour de la semaine que la première date, par exemple le deuxième mardi
event-repeat-monthly-date = La même date que la première, par exemple le 9
event-repeat-ends = Fin
event-repeat-end-count = Après un certain nombre de fois
event-repeat-count = Combien de fois en tout
event-repeat-end-until = À une date
event-repeat-until = Dernière date
event-repeat-skipped = Dates sautées (facultatif)
event-repeat-skipped-hint = Dates sans l’événement, séparées par des virgules, par exemple 2027-04-06.
weekday-MO = lundi
weekday-TU = mardi
weekday-WE = mercredi
weekday-TH = jeudi
weekday-FR = vendredi
weekday-SA = samedi
weekday-SU = dimanche
event-ends = Fin
rsvp-join-waitlist = Rejoindre la liste d’attente ({ $count } en attente)
rsvp-full-explained = L’événement est complet. Si quelqu’un se désiste, la première personne en attente obtient la place et une notification.
calendar-download-ics = Télécharger (.ics)
calendar-google = Google Agenda
calendar-outlook = Outlook
event-hosted-by = Organisé par
event-series-all-dates = Toutes les dates
event-series-daily = { $interval ->
    [1] Tous les jours
   *[other] Tous les { $interval } jours
}
event-series-monthly = { $interval ->
    [1] Tous les mois
   *[other] Tous les { $interval } mois
}
event-series-weekly = { $interval ->
    [1] Chaque { $days }
    [2] Un { $days } sur deux
   *[other] Toutes les { $interval } semaines le { $days }
}
rsvp-per-date = Répondez pour chaque date, ou pour toutes à la fois.
rsvp-every-date = Je participe à toutes les dates
rsvp-no-date = Je ne peux venir à aucune de ces dates
