# Listings imported from partner sites.

imported-title = Des sites partenaires
imported-intro = Annonces publiées par des sites communautaires partenaires, reprises ici telles quelles. Suivez le lien pour participer sur le site d’origine.
imported-empty = Rien des sites partenaires pour l’instant.
imported-origin = Source : { $site }
imported-original = Voir l’original
imported-type-group = Groupe
imported-type-event = Événement
imported-type-opportunity = Opportunité
