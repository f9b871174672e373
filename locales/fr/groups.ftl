# Groups: directory, group pages, forms and membership.

nav-groups = Groupes
nav-my-groups = Mes groupes

topic-culture = Culture
topic-business = Entrepreneuriat et investissement
topic-education = Éducation
topic-health = Santé
topic-youth = Jeunesse
topic-women = Femmes
topic-professionals = Professionnels
topic-students = Étudiants
topic-faith = Religion
topic-sports = Sport
topic-advocacy = Plaidoyer
topic-humanitarian = Humanitaire
topic-development = Développement
topic-arts = Arts
topic-technology = Technologie
topic-families = Familles
topic-seniors = Seniors
topic-legal_support = Aide juridique et migratoire

place-city-country = { $city }, { $country }
language-with-region = { $language } ({ $region })

directory-title = Trouver un groupe de la diaspora
directory-search = Rechercher
directory-heritage = Pays d’origine
directory-residence = Pays de résidence
directory-any-country = Tous les pays
directory-city = Ville
directory-language = Langue parlée
directory-topic = Thème
directory-any-topic = Tous les thèmes
directory-submit = Rechercher des groupes
directory-result-count = { $count ->
    [0] Aucun groupe trouvé
    [one] { $count } groupe trouvé
   *[other] { $count } groupes trouvés
}
directory-empty = Essayez avec moins de filtres, ou créez le groupe que vous cherchez.
directory-next = Page suivante

country-page-title = Diaspora : { $country }
country-page-search = Rechercher parmi ces groupes avec plus de filtres

my-groups-title = Mes groupes
my-groups-empty = Vous n’avez encore rejoint aucun groupe.
membership-pending = Demande en attente

role-owner = Propriétaire
role-organizer = Organisateur
role-member = Membre

group-verified = Vérifié
group-heritage-short = Origine : { $country }
group-member-count = { $count ->
    [one] { $count } membre
   *[other] { $count } membres
}
group-showing-language = Affiché en { $language }.
group-other-languages = Également disponible en :
group-heritage = Pays d’origine
group-based-in = Localisation
group-languages = Langues parlées
group-topics = Thèmes
group-members = Membres
group-website = Site web
group-contact = Adresse e-mail de contact
group-membership = Adhésion
group-login-to-join = Connectez-vous pour rejoindre le groupe
group-you-are-removed = Vous avez été retiré de ce groupe.
group-request-pending = Votre demande d’adhésion attend la validation d’un organisateur.
group-withdraw-request = Annuler ma demande
group-you-are-member = Vous êtes membre de ce groupe.
group-see-members = Voir les membres
group-leave = Quitter ce groupe
group-join-message = Un message pour les organisateurs (facultatif)
group-ask-to-join = Demander à rejoindre le groupe
group-join = Rejoindre ce groupe
group-organizer-tools = Outils des organisateurs
group-edit = Modifier le groupe
group-manage-members = Gérer les membres

members-title = Membres
members-back = Retour au groupe
members-pending = Demandes d’adhésion
members-no-pending = Aucune demande en attente.
members-approve = Accepter
members-reject = Refuser
members-active = Membres
members-promote = Nommer organisateur
members-demote = Rendre simple membre
members-remove = Retirer du groupe
members-make-owner = Transférer la propriété

group-new-title = Créer un groupe
group-edit-title = Modifier le groupe
group-form-texts = Nom et description
group-form-texts-hint = Saisissez le nom et la description dans au moins une langue. Ajoutez d’autres langues dans les emplacements suivants ; laissez un emplacement vide pour l’ignorer.
group-primary-language = Langue principale du groupe
field-language-code-hint = Le nom de la langue, par exemple français, arabe ou wolof.
group-form-translation = Langue { $number }
group-translation-language = Langue
group-name = Nom
group-description = Description
group-form-where = Où et qui
group-residence-country = Pays où le groupe est implanté
group-no-country = Non renseigné
group-city = Ville
group-visibility = Qui peut voir le groupe
visibility-public = Public
visibility-public-hint = affiché dans l’annuaire, visible par tous.
visibility-unlisted = Non répertorié
visibility-unlisted-hint = absent de l’annuaire ; toute personne disposant du lien peut le voir.
visibility-private = Privé
visibility-private-hint = seuls les membres peuvent le voir.
group-join-policy = Comment rejoindre le groupe
join-policy-open = Tout le monde peut rejoindre le groupe immédiatement
join-policy-approval = Un organisateur valide chaque demande
group-form-contact = Contact et adresse
group-slug = Adresse web
group-slug-hint = Lettres minuscules, chiffres et tirets. Si vous la laissez vide, elle est créée à partir du nom.
group-save = Enregistrer le groupe
group-create = Créer le groupe
group-delete-warning = La suppression du groupe l’efface définitivement, ainsi que ses adhésions.
group-delete = Supprimer le groupe
directory-any-language = Toutes les langues

members-invite = Inviter des personnes
invitations-title = Invitations
invitations-intro = Créez un lien à partager, ou envoyez-en un à une adresse e-mail. Toute personne qui ouvre un lien valide peut rejoindre le groupe immédiatement, sans attendre de validation.
invitations-intro-private = Ce groupe est privé : les personnes qui n’en sont pas membres ne peuvent ni le voir ni demander à le rejoindre. Créez un lien à partager, ou envoyez-en un à une adresse e-mail. Toute personne qui ouvre un lien valide voit le nom et la description du groupe, et peut le rejoindre.
invitations-lifetime = Le lien fonctionne pendant
invitation-days = { $count ->
    [one] { $count } jour
   *[other] { $count } jours
}
invitations-max-uses = Combien de personnes peuvent rejoindre le groupe avec ce lien
invitations-max-uses-hint = Laissez vide pour ne fixer aucune limite. Un lien envoyé à une adresse e-mail ne fonctionne qu’une fois, sauf si vous indiquez un nombre.
invitations-email = L’envoyer à une adresse e-mail (facultatif)
invitations-email-hint = Si cette adresse est celle d’un membre, il est prévenu dans l’application ; sinon, la personne reçoit un e-mail pour créer un compte et rejoindre le groupe.
invitations-create = Créer l’invitation
invitations-sent = Invitation envoyée à { $email }.
invitations-new-link = Le lien d’invitation
invitations-new-link-once = Copiez-le maintenant : nous n’en gardons qu’une empreinte, il ne s’affiche donc que cette fois-ci.
invitations-list = Toutes les invitations
invitations-none = Aucune invitation pour l’instant.
invitations-link = Lien à partager
invitations-revoke = Retirer
invitation-status-active = Valide
invitation-status-expired = Expirée
invitation-status-revoked = Retirée
invitation-status-used-up = Épuisée
invitation-expires = jusqu’au { $date }
invitation-uses-left = { $count ->
    [one] { $count } utilisation restante
   *[other] { $count } utilisations restantes
}
invitation-uses-unlimited = nombre d’utilisations illimité
invitation-title = Invitation à rejoindre { $group }
invitation-lead = Vous êtes invité à rejoindre
invitation-join = Rejoindre le groupe
invitation-already-member = Vous êtes déjà membre de ce groupe.
invitation-go-to-group = Aller au groupe
invitation-removed = Vous avez été retiré de ce groupe : cette invitation ne vous permet donc pas d’y revenir.
invitation-account-needed = Pour rejoindre le groupe, créez un compte ou connectez-vous. Vous reviendrez ensuite sur cette page.
invitation-register = Créer un compte
invitation-login = Se connecter
filter-local-only = Seulement les annonces publiées sur ce site (sans les sites partenaires)
