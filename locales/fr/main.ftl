# Interface text: layout, home page and account pages.

site-name = diaspora-hub
skip-to-content = Aller au contenu principal
nav-main-label = Navigation principale
nav-home = Accueil
nav-profile = Mon profil
nav-moderation = Modération
nav-logout = Se déconnecter
nav-signed-in-as = Session ouverte : { $name }
nav-login = Se connecter
nav-register = Créer un compte
language-switcher-label = Langue
footer-tagline = Un réseau communautaire ouvert pour les diasporas.
footer-api-docs = Documentation de l’API
form-has-errors = Veuillez corriger les points suivants :
error-back-home = Retour à la page d’accueil

# Each language's name in that language; the same in every locale.
language-autonym-en = English
language-autonym-fr = Français
language-autonym-es = Español
language-autonym-ar = العربية
language-autonym-zh = 中文
language-autonym-ru = Русский
language-autonym-pt = Português

home-heading = Votre communauté, où que vous viviez
home-lead = Trouvez des groupes de la diaspora, des événements et des façons de vous engager, dans votre langue.
home-cta-register = Rejoindre diaspora-hub
home-cta-login = Se connecter
home-features-heading = Ce que vous pouvez faire ici
home-feature-groups-title = Retrouvez les vôtres
home-feature-groups-text = Cherchez des groupes par pays d’origine, lieu de résidence, langue et thème.
home-feature-events-title = Rencontrez-vous
home-feature-events-text = En présentiel, en ligne ou les deux, à l’heure de votre fuseau horaire.
home-feature-opportunities-title = Engagez-vous
home-feature-opportunities-text = Bénévolat, mentorat, transfert de compétences, investissement, emplois et formations.
home-feature-languages-title = Dans votre langue
home-feature-languages-text = Le site et ses annonces parlent plusieurs langues, y compris celles qui s’écrivent de droite à gauche.

register-title = Créer un compte
register-submit = Créer mon compte
register-have-account = Vous avez déjà un compte ?

login-title = Connexion
login-submit = Se connecter
login-no-account = Première visite ?

field-display-name = Votre nom
field-email = Adresse e-mail
field-password = Mot de passe
field-password-hint = Au moins 10 caractères. Évitez les mots de passe courants.
field-locale = Langue de l’interface
field-timezone = Fuseau horaire
field-timezone-hint = Les heures vous sont montrées dans ce fuseau. Ceux de votre pays sont en tête de liste.
field-heritage-country = Pays d’origine
field-residence-country = Pays de résidence
field-country-hint = Code pays à deux lettres, par exemple SN ou FR.
field-residence-city = Ville de résidence
field-languages = Langues parlées
field-languages-hint = Séparées par des virgules, par exemple français, wolof.
field-skills = Compétences à partager
field-skills-hint = Séparées par des virgules, par exemple comptabilité, développement web.
field-current-password = Mot de passe actuel
field-new-password = Nouveau mot de passe

profile-title = Mon profil
profile-saved = Votre profil a été enregistré.
profile-email = Adresse de connexion : { $email }
profile-submit = Enregistrer mon profil
profile-account-heading = Mon compte
profile-export = Télécharger mes données (JSON)

password-title = Changer mon mot de passe
password-explanation = Après le changement, tous les autres appareils connectés à votre compte seront déconnectés.
password-submit = Changer mon mot de passe
password-changed = Votre mot de passe a été changé. Vos autres appareils ont été déconnectés.

delete-title = Supprimer mon compte
delete-warning = Votre compte et vos données personnelles seront supprimés définitivement. Cette action est irréversible.
delete-submit = Supprimer définitivement mon compte
deleted-title = Votre compte a été supprimé
deleted-text = Vos données personnelles ont été effacées. Merci d’avoir fait partie de la communauté.
meta-home = Trouvez des groupes de la diaspora, des événements et des façons de contribuer, près de chez vous et au pays, dans votre langue.
meta-groups = Groupes de la diaspora par pays d'origine, lieu de résidence, langue et thème.
meta-events = Événements à venir des groupes de la diaspora : sur place, en ligne ou hybrides, dans votre fuseau horaire.
meta-opportunities = Bénévolat, mentorat, transfert de compétences, investissement, subventions, emplois et formations proposés par des groupes de la diaspora.
meta-country = Groupes et événements de la diaspora liés à { $country }.
field-timezone-choose = Choisissez un fuseau horaire
welcome-new-member = Bienvenue, { $name } ! Votre compte est prêt.
filters-more = Plus de filtres
filters-apply = Appliquer les filtres
home-member-heading = Votre page
home-my-events = Vos prochains événements
home-my-events-empty = Vous n’avez encore répondu à aucun événement à venir.
home-group-events = Bientôt dans vos groupes
home-group-events-empty = Rien de prévu dans vos groupes pour l’instant. Rejoignez des groupes pour suivre leurs événements.
home-group-opportunities = Vos groupes recherchent
home-matches = Opportunités pour vous
home-matches-profile = Indiquez vos origines, votre lieu de vie, vos langues et vos compétences pour voir les opportunités qui vous correspondent.
home-matches-empty = Aucune opportunité ouverte ne correspond à votre profil pour le moment.
home-see-all = Tout voir
nav-account-menu = Mon compte
nav-account-label = Votre compte
tags-remove = Retirer {"{"}name{"}"}
# Between items of a list (languages, skills, days): keep the space where the language has one.
list-separator = {", "}
