# Listings imported from partner sites.

imported-title = De sitios asociados
imported-intro = Publicaciones de sitios comunitarios asociados, copiadas aquí tal cual. Sigue el enlace para participar en el sitio original.
imported-empty = Todavía no hay nada de sitios asociados.
imported-upcoming-title = Próximamente en sitios asociados
imported-origin = Origen: { $site }
imported-original = Ver el original
imported-type-group = Grupo
imported-type-event = Evento
imported-type-opportunity = Oportunidad

moderation-title = Publicaciones por revisar
moderation-intro = Publicaciones de sitios asociados añadidos con revisión. Nada de esto se muestra a los visitantes hasta que lo publiques.
moderation-empty = No hay nada pendiente de revisión.
moderation-publish = Publicar
moderation-reject = Rechazar
moderation-rejected-title = Rechazadas
moderation-rejected-intro = Rechazadas por un moderador. Siguen ocultas, aunque el sitio asociado las actualice, salvo que las publiques de todos modos.
moderation-publish-anyway = Publicar de todos modos
