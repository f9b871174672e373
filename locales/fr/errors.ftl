# Error messages. Ids in snake_case are the stable error codes of the API.

http-status-400 = Requête incorrecte
http-status-401 = Connexion requise
http-status-403 = Accès non autorisé
http-status-404 = Page introuvable
http-status-409 = Conflit
http-status-410 = Supprimé
http-status-413 = Trop volumineux
http-status-415 = Format non pris en charge
http-status-422 = Données non valides
http-status-429 = Trop de tentatives
http-status-500 = Une erreur s’est produite
http-status-503 = Service temporairement indisponible

validation_failed = Certains champs sont à corriger.
malformed_body = La requête n’a pas pu être lue. Vérifiez qu’elle est bien formée.
unsupported_media_type = Ce format n’est pas accepté ici. Envoyez du JSON avec Content-Type: application/json.
payload_too_large = La requête est trop volumineuse.
not_authenticated = Veuillez d’abord vous connecter.
invalid_credentials = L’adresse e-mail ou le mot de passe est incorrect.
forbidden = Vous n’avez pas l’autorisation d’effectuer cette action.
csrf_rejected = Ce formulaire a expiré ou ne provient pas de ce site. Rechargez la page et réessayez.
insufficient_scope = Cette clé ne le permet pas. Demandez aux administrateurs du site une clé avec la bonne portée.
not_found = Nous n’avons pas trouvé ce que vous cherchiez.
listing_removed = Cette annonce a été supprimée par ses organisateurs. Elle n’est plus disponible.
rate_limited = Trop de tentatives. Patientez un instant, puis réessayez.
new_account_limit = Les nouveaux comptes ne peuvent publier que quelques groupes, événements et opportunités par jour. Vous pourrez en publier davantage demain, ou quand votre compte aura un jour.
service_unavailable = Le service est temporairement indisponible. Veuillez réessayer dans quelques instants.
internal_error = Une erreur s’est produite de notre côté. Veuillez réessayer plus tard.

email_taken = Un compte existe déjà avec cette adresse e-mail. Essayez plutôt de vous connecter.
required = Ce champ est obligatoire.
too_long = { $max ->
    [one] Utilisez { $max } caractère au maximum.
   *[other] Utilisez { $max } caractères au maximum.
}
too_short = { $min ->
    [one] Utilisez au moins { $min } caractère.
   *[other] Utilisez au moins { $min } caractères.
}
invalid_characters = Ce champ contient des caractères non autorisés.
invalid_email = Saisissez une adresse e-mail comme name@example.org.
password_too_long = { $max ->
    [one] Le mot de passe ne peut pas dépasser { $max } octet.
   *[other] Le mot de passe ne peut pas dépasser { $max } octets.
}
password_too_common = Ce mot de passe est trop courant. Choisissez-en un plus difficile à deviner.
unknown_locale = Choisissez l’une des langues disponibles : en, fr, es, ar, zh, ru, pt.
unknown_country = Choisissez un pays dans la liste ou tapez son nom, par exemple Sénégal.
invalid_language = Tapez le nom des langues, par exemple français, wolof ou arabe.
unknown_timezone = Choisissez un fuseau horaire dans la liste ou tapez une ville, comme Paris ou Dakar.
too_many_items = { $max ->
    [one] Indiquez { $max } élément au maximum.
   *[other] Indiquez { $max } éléments au maximum.
}
wrong_password = Le mot de passe est incorrect.

invalid_slug = Utilisez de 3 à 60 lettres minuscules, chiffres et tirets simples, par exemple senegalais-de-lyon.
slug_taken = Cette adresse web est déjà utilisée par un autre groupe. Choisissez-en une autre.
unknown_topic = Choisissez des thèmes dans la liste.
invalid_url = Saisissez une adresse web commençant par https://
invalid_choice = Choisissez l’une des options proposées.
invalid_resource_type = Type d’annonce inconnu. Utilisez group, event ou opportunity, séparés par des virgules.
primary_translation_missing = Indiquez le nom et la description dans la langue principale du groupe.
duplicate_language = Cette langue apparaît deux fois. Gardez une seule traduction par langue.
not_a_member = Vous n’êtes pas membre de ce groupe.
owner_must_hand_over = En tant que propriétaire, transférez la propriété à un autre membre avant de quitter le groupe.
cannot_change_yourself = Vous ne pouvez pas effectuer cette action sur vous-même.
not_possible_for_this_member = Cette action n’est pas possible pour ce membre dans sa situation actuelle.
invalid_cursor = Ce lien de page n’est plus valide. Relancez la recherche.
cursor_expired = Cette position dans le journal des modifications est trop ancienne : les suppressions depuis ne sont plus conservées. Recopiez les annonces depuis les instantanés, puis suivez les modifications à partir du curseur qu’ils indiquent.
cursor_from_future = Ce curseur est en avance sur le journal des modifications. Utilisez un curseur fourni par ce serveur.
out_of_range = Utilisez un nombre compris entre { $min } et { $max }.

invalid_datetime = Saisissez une date et une heure comme 2027-03-20T18:00, ou une date comme 2027-03-20.
end_before_start = La fin doit être postérieure au début.
nonexistent_local_time = Cette heure n’existe pas dans le fuseau horaire choisi (elle est sautée lors du changement d’heure). Choisissez une autre heure.
invalid_rrule = Cette règle de répétition est illisible. Utilisez par exemple FREQ=WEEKLY;BYDAY=TU;COUNT=10.
unsupported_rrule = Les événements peuvent se répéter chaque jour, chaque semaine ou chaque mois, avec un intervalle, des jours de la semaine, et un nombre d’occurrences ou une date de fin.
rrule_unbounded = Un événement récurrent doit avoir une fin : un nombre d’occurrences (COUNT) ou une date de fin (UNTIL).
rrule_too_many = { $max ->
    [one] Un événement récurrent peut avoir au maximum { $max } occurrence.
   *[other] Un événement récurrent peut avoir au maximum { $max } occurrences.
}
rrule_start_mismatch = La première date ne correspond pas à la règle de répétition. Commencez l’un des jours indiqués par la règle.
event_cancelled = Cet événement a été annulé.
event_past = Cet événement est terminé.

# Opportunities
invalid_opportunity_kind = Choisissez un type dans la liste : bénévolat, mentorat, transfert de compétences, investissement, subvention, emploi, formation ou consultation.
invalid_date = Saisissez une date comme 2027-06-30.
expiry_in_past = Cette date de clôture est passée. Choisissez aujourd’hui ou un jour ultérieur.
expiry_too_far = La date de clôture ne peut pas dépasser un an à partir d’aujourd’hui.
location_required = Indiquez où elle a lieu, ou précisez qu’elle est possible à distance (ou les deux).
country_required_for_city = Choisissez le pays où se trouve cette ville.
way_to_take_part_required = Indiquez un lien pour postuler, ou permettez aux membres de manifester leur intérêt ici (ou les deux).
interest_already_expressed = Vous avez déjà manifesté votre intérêt pour cette opportunité.
interest_not_accepted = Pour cette opportunité, les candidatures se font uniquement via son lien.
opportunity_not_open = Cette opportunité n’est plus ouverte.
opportunity_expired = Cette opportunité a expiré.
date_out_of_range = Indiquez une date entre les années { $min } et { $max }.
rrule_too_long = Cette série irait au-delà de { $max }. Terminez-la plus tôt avec un nombre de fois (COUNT) ou une date de fin (UNTIL).
email_not_verified = Confirmez d’abord votre adresse e-mail : ouvrez le lien que nous vous avons envoyé, ou demandez-en un nouveau sur votre page de profil.
email_already_verified = Votre adresse est déjà confirmée.
link_invalid = Ce lien ne fonctionne plus : il a déjà été utilisé, il a expiré, ou il a été copié de façon incomplète.
email_unchanged = C’est déjà votre adresse.
account_suspended = Les modérateurs ont suspendu ce compte. Si vous pensez qu’il s’agit d’une erreur, utilisez le lien pour faire appel qui figure dans le message que nous vous avons envoyé.
already_reported = Vous avez déjà signalé ce contenu, et les modérateurs n’ont pas encore décidé. Vous verrez leur décision dans « Mes signalements ».
invalid_target_type = Choisissez un groupe, un événement, une opportunité, un membre ou une annonce importée.
invalid_report_reason = Choisissez un motif dans la liste.
report_already_decided = Un modérateur a déjà pris une décision sur ce signalement.
already_hidden = Ce contenu est déjà masqué.
not_hidden = Ce contenu n’est pas masqué.
already_suspended = Ce membre est déjà suspendu.
not_suspended = Ce membre n’est pas suspendu.
appeal_needs_another_moderator = C’est vous qui avez pris la décision contestée : un autre modérateur doit statuer sur ce recours.
already_appealed = Vous avez déjà fait appel de cette décision. Vous serez informé du résultat.
nothing_to_appeal = Cette décision a déjà été annulée : il n’y a plus rien à contester.
appeal_already_decided = Une décision a déjà été prise sur ce recours.
no_such_member = Aucun membre n’a cette adresse e-mail.
choose_time_zone = Votre pays a plusieurs fuseaux horaires : choisissez le vôtre dans la liste.

invitation_expired = Cette invitation a expiré. Demandez-en une nouvelle aux organisateurs du groupe.
invitation_revoked = Les organisateurs du groupe ont retiré cette invitation. Si vous souhaitez toujours rejoindre le groupe, demandez-leur une nouvelle invitation.
invitation_used_up = Cette invitation a déjà servi autant de fois que prévu. Demandez-en une nouvelle aux organisateurs du groupe.
already_a_member = Cette adresse appartient à une personne qui est déjà membre du groupe.
removed_from_group = Cette adresse appartient à une personne qui a été retirée du groupe : elle ne peut pas y être invitée de nouveau.
unknown_occurrence = Cet événement n’a pas lieu à cette date. Choisissez l’une des dates indiquées sur l’événement.
not_recurring = Cet événement n’a qu’une seule date : modifiez l’événement lui-même, ou annulez-le.
occurrence_cancelled = Les organisateurs ont annulé cette date.
