# Les modules que les sites partenaires affichent dans un cadre (/embed/events, /embed/groups, /embed/opportunities),
# la page pour en créer un (/embed) et le lien vers cette page depuis les listes.

embed-heading-events = Événements à venir
embed-heading-groups = Groupes de la diaspora
embed-heading-opportunities = Façons de contribuer
embed-empty = Rien à afficher pour l’instant.
embed-more = Voir plus sur { $site }
embed-theme-light = Claires
embed-theme-dark = Sombres

embed-offer = Mettre cette liste sur votre site
embed-builder-title = Mettre nos listes sur votre site
embed-builder-intro = Affichez nos événements, groupes ou opportunités sur votre propre site web : choisissez ce qui doit apparaître et dans quelle langue, vérifiez l’aperçu, puis copiez le code dans votre page. Aucune connaissance en programmation n’est nécessaire, la liste se met à jour toute seule et n’utilise pas de cookies.
embed-builder-what = Contenu à afficher
embed-builder-what-hint = Après avoir choisi le contenu à afficher, appuyez sur « Voir l’aperçu » : le formulaire propose alors aussi les filtres propres à cette liste.
embed-builder-heritage = Pays d’origine de la diaspora
embed-builder-country = Pays où cela se passe
embed-builder-language = Langue du texte
embed-builder-words = Avec les mots
embed-builder-lang = Langue du module
embed-builder-lang-visitor = La langue de chaque visiteur
embed-builder-limit = Nombre à afficher (de 1 à 20)
embed-builder-theme = Couleurs
embed-builder-show = Voir l’aperçu
embed-builder-preview = Aperçu
embed-builder-snippet = Le code à mettre dans votre page
embed-builder-snippet-hint = Copiez-le en entier et collez-le dans le code HTML de votre page, à l’endroit où la liste doit apparaître.
embed-builder-oembed-hint = Vous utilisez WordPress ou un autre outil de création de sites qui intègre les liens ? Collez l’adresse de l’une de nos pages de liste (par exemple la page des événements avec vos filtres) seule sur une ligne : elle deviendra ce module.
