# Listings imported from partner sites.

imported-title = Des sites partenaires
imported-intro = Annonces publiées par des sites communautaires partenaires, reprises ici telles quelles. Suivez le lien pour participer sur le site d’origine.
imported-empty = Rien des sites partenaires pour l’instant.
imported-upcoming-title = Bientôt sur les sites partenaires
imported-origin = Source : { $site }
imported-original = Voir l’original
imported-type-group = Groupe
imported-type-event = Événement
imported-type-opportunity = Opportunité

moderation-title = Annonces à vérifier
moderation-intro = Annonces de sites partenaires ajoutés avec vérification. Rien ici n’est montré aux visiteurs avant que vous ne le publiiez.
moderation-empty = Rien n’attend de vérification.
moderation-publish = Publier
moderation-reject = Refuser
moderation-rejected-title = Refusées
moderation-rejected-intro = Refusées par un modérateur. Elles restent masquées, même si le site partenaire les modifie, sauf si vous les publiez quand même.
moderation-publish-anyway = Publier quand même
