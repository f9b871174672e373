# Opportunités : façons de contribuer, manifestations d’intérêt et suggestions.

nav-opportunities = Opportunités
nav-my-matches = Suggestions pour moi

opportunity-kind-volunteering = Bénévolat
opportunity-kind-mentoring = Mentorat
opportunity-kind-skills_transfer = Transfert de compétences
opportunity-kind-investment = Investissement
opportunity-kind-grant = Subvention
opportunity-kind-job = Emploi
opportunity-kind-training = Formation
opportunity-kind-consultation = Consultation

opportunities-title = Opportunités pour contribuer
opportunities-intro = Bénévolat, mentorat, transfert de compétences, investissement, subventions, emplois, formations et consultations publiés par des groupes de la diaspora.
opportunities-any-kind = Tous les types
opportunities-submit = Rechercher des opportunités
opportunities-open = Ouvertes actuellement
opportunities-empty = Aucune opportunité ouverte ne correspond à votre recherche.
opportunity-remote-filter = À distance ou sur place
opportunity-remote-any = Peu importe
opportunity-remote-only = À distance uniquement
opportunity-on-site-only = Sur place uniquement
opportunity-skill = Compétence

opportunity-kind = Type
opportunity-heritage = Pays concerné
opportunity-country = Pays où elle a lieu
opportunity-where = Où
opportunity-remote = À distance
opportunity-place-or-remote = { $place }, ou à distance
opportunity-commitment = Disponibilité demandée
opportunity-compensation = Rémunération
opportunity-skills = Compétences recherchées
opportunity-languages = Langues
opportunity-expiry = Date de clôture
opportunity-open-until = Ouverte jusqu’au { $date }
opportunity-open-until-zone = Ouverte jusqu’au { $date } (jusqu’à la fin de ce jour, heure { $zone })
opportunity-status-closed = Clôturée
opportunity-status-filled = Pourvue
opportunity-status-expired = Expirée
opportunity-no-longer-taking = Elle n’accepte plus de participants.
listing-also-in = Également disponible en :

opportunity-take-part = Comment participer
opportunity-apply-external = Postuler sur le site des organisateurs
interest-message = Message aux organisateurs (facultatif)
interest-message-hint = Indiquez ce que vous pouvez apporter et quand. Les organisateurs voient votre nom, vos compétences et vos langues.
interest-express = Ça m’intéresse
interest-login = Connectez-vous pour manifester votre intérêt
interest-sent-on = Vous avez manifesté votre intérêt le { $date }.
interest-withdraw = Retirer mon intérêt
interest-list-title = Membres intéressés
interest-new-badge = Nouveau
interest-new-title = Nouveaux intérêts pour vos opportunités
interest-new-count = { $count ->
    [one] Une nouvelle personne intéressée
   *[other] { $count } nouvelles personnes intéressées
}
interest-none = Personne n’a encore manifesté d’intérêt.

opportunity-edit = Modifier l’opportunité
opportunity-close = Clôturer
opportunity-mark-filled = Marquer comme pourvue
opportunity-reopen = Rouvrir
opportunity-delete = Supprimer l’opportunité

opportunity-new-title = Publier une opportunité
opportunity-edit-title = Modifier l’opportunité
opportunity-form-what = De quoi s’agit-il
opportunity-form-where = Pour qui et où
opportunity-choose-kind = Choisissez un type
opportunity-title-field = Titre
opportunity-skills-hint = Compétences séparées par des virgules, par exemple comptabilité, développement web.
opportunity-commitment-hint = Par exemple : 2 heures par semaine pendant 3 mois.
opportunity-compensation-hint = Rémunération, indemnité ou frais pris en charge, le cas échéant.
opportunity-remote-field = Possible à distance
opportunity-accepts-interest = Les membres peuvent manifester leur intérêt ici
opportunity-apply-url = Lien pour postuler ailleurs
opportunity-apply-url-hint = Une adresse commençant par https://
opportunity-expires-field = Ouverte jusqu’au
opportunity-expires-hint = Le dernier jour pour participer, au plus tard dans un an.
opportunity-timezone-hint = La date limite se termine à minuit dans ce fuseau horaire.
opportunity-publish = Publier
opportunity-save = Enregistrer l’opportunité

group-opportunities = Opportunités pour contribuer
group-no-opportunities = Aucune opportunité ouverte pour l’instant.
group-all-opportunities = Toutes les opportunités

my-interests-title = Mes intérêts
my-interests-empty = Vous n’avez encore manifesté d’intérêt pour aucune opportunité.

matches-title = Suggestions pour moi
matches-intro = Les opportunités ouvertes, classées selon vos compétences, vos langues, votre pays d’origine et votre lieu de résidence.
matches-edit-profile = Mettre à jour mon profil
matches-profile-empty = Ajoutez à votre profil vos compétences, vos langues, votre pays d’origine ou votre pays de résidence pour voir des suggestions.
matches-empty = Aucune opportunité ouverte ne correspond encore à votre profil.
match-why = Pourquoi :
match-reason-skill = compétence : { $value }
match-reason-language = vous parlez { $value }
match-reason-heritage = origine : { $value }
match-reason-residence_country = { $value }, votre pays de résidence
match-reason-residence_city = { $value }, votre ville
match-reason-remote = possible à distance

feed-opportunities-name = Opportunités diaspora-hub
