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
