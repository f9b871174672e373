# Listings imported from partner sites.

imported-title = De sites parceiros
imported-intro = Publicações de sites comunitários parceiros, copiadas aqui como estão. Siga o link para participar no site original.
imported-empty = Ainda não há nada de sites parceiros.
imported-upcoming-title = Em breve nos sites parceiros
imported-origin = Origem: { $site }
imported-original = Ver o original
imported-type-group = Grupo
imported-type-event = Evento
imported-type-opportunity = Oportunidade

moderation-title = Publicações aguardando revisão
moderation-intro = Publicações de sites parceiros adicionados com revisão. Nada aqui é mostrado aos visitantes até você publicar.
moderation-empty = Nada aguardando revisão.
moderation-publish = Publicar
moderation-reject = Rejeitar
moderation-rejected-title = Rejeitadas
moderation-rejected-intro = Rejeitadas por um moderador. Continuam ocultas, mesmo que o site parceiro as atualize, a menos que você as publique assim mesmo.
moderation-publish-anyway = Publicar assim mesmo
