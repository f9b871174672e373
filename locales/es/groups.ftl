# Groups: directory, group pages, forms and membership.

nav-groups = Grupos
nav-my-groups = Mis grupos

topic-culture = Cultura
topic-business = Negocios e inversión
topic-education = Educación
topic-health = Salud
topic-youth = Juventud
topic-women = Mujeres
topic-professionals = Profesionales
topic-students = Estudiantes
topic-faith = Religión
topic-sports = Deportes
topic-advocacy = Defensa de derechos
topic-humanitarian = Ayuda humanitaria
topic-development = Desarrollo
topic-arts = Artes
topic-technology = Tecnología
topic-families = Familias
topic-seniors = Personas mayores
topic-legal_support = Apoyo legal y migratorio

place-city-country = { $city }, { $country }
language-with-region = { $language } ({ $region })

directory-title = Encuentra un grupo de la diáspora
directory-search = Buscar
directory-heritage = País de origen
directory-residence = País de residencia
directory-any-country = Cualquier país
directory-city = Ciudad
directory-language = Idioma hablado
directory-topic = Tema
directory-any-topic = Cualquier tema
directory-submit = Buscar grupos
directory-result-count = { $count ->
    [0] No se encontraron grupos
    [one] { $count } grupo encontrado
   *[other] { $count } grupos encontrados
}
directory-empty = Prueba con menos filtros o crea el grupo que buscas.
directory-next = Página siguiente

country-page-title = Diáspora de { $country }
country-page-search = Busca entre estos grupos con más filtros

my-groups-title = Mis grupos
my-groups-empty = Todavía no te has unido a ningún grupo.
membership-pending = Solicitud pendiente

role-owner = Propietario
role-organizer = Organizador
role-member = Miembro

group-verified = Verificado
group-heritage-short = Origen: { $country }
group-member-count = { $count ->
    [one] { $count } miembro
   *[other] { $count } miembros
}
group-showing-language = Se muestra en { $language }.
group-other-languages = También disponible en:
group-heritage = País de origen
group-based-in = Ubicación
group-languages = Idiomas hablados
group-topics = Temas
group-members = Miembros
group-website = Sitio web
group-contact = Correo electrónico de contacto
group-membership = Membresía
group-login-to-join = Inicia sesión para unirte
group-you-are-removed = Te han eliminado de este grupo.
group-request-pending = Tu solicitud para unirte está pendiente de la aprobación de un organizador.
group-withdraw-request = Retirar mi solicitud
group-you-are-member = Eres miembro de este grupo.
group-see-members = Ver los miembros
group-leave = Salir de este grupo
group-join-message = Un mensaje para los organizadores (opcional)
group-ask-to-join = Solicitar unirme
group-join = Unirme a este grupo
group-organizer-tools = Herramientas de organización
group-edit = Editar el grupo
group-manage-members = Gestionar los miembros

members-title = Miembros
members-back = Volver al grupo
members-pending = Solicitudes para unirse
members-no-pending = No hay solicitudes pendientes.
members-approve = Aprobar
members-reject = Rechazar
members-active = Miembros
members-promote = Hacer organizador
members-demote = Hacer miembro
members-remove = Quitar del grupo
members-make-owner = Transferir la propiedad

group-new-title = Crear un grupo
group-edit-title = Editar el grupo
group-form-texts = Nombre y descripción
group-form-texts-hint = Escribe el nombre y la descripción en al menos un idioma. Añade más idiomas en los demás espacios; deja un espacio vacío para omitirlo.
group-primary-language = Idioma principal del grupo
field-language-code-hint = El nombre del idioma, por ejemplo francés, árabe o wólof.
group-form-translation = Idioma { $number }
group-translation-language = Idioma
group-name = Nombre
group-description = Descripción
group-form-where = Dónde y quiénes
group-residence-country = País donde tiene su sede el grupo
group-no-country = Sin especificar
group-city = Ciudad
group-visibility = Quién puede ver el grupo
visibility-public = Público
visibility-public-hint = aparece en el directorio y todo el mundo puede verlo.
visibility-unlisted = No listado
visibility-unlisted-hint = no aparece en el directorio; cualquiera con el enlace puede verlo.
visibility-private = Privado
visibility-private-hint = solo los miembros pueden verlo.
group-join-policy = Cómo unirse
join-policy-open = Cualquiera puede unirse al instante
join-policy-approval = Un organizador aprueba cada solicitud
group-form-contact = Contacto y dirección
group-slug = Dirección web
group-slug-hint = Letras minúsculas, números y guiones. Si la dejas vacía, se genera a partir del nombre.
group-save = Guardar el grupo
group-create = Crear el grupo
group-delete-warning = Al eliminar el grupo, se borran definitivamente el grupo y sus membresías.
group-delete = Eliminar el grupo
directory-any-language = Cualquier idioma

members-invite = Invitar a personas
invitations-title = Invitaciones
invitations-intro = Crea un enlace para compartir o envía uno a un correo electrónico. Quien abra un enlace válido puede unirse al instante, sin esperar aprobación.
invitations-intro-private = Este grupo es privado: quienes no son miembros no pueden verlo ni solicitar unirse. Crea un enlace para compartir o envía uno a un correo electrónico. Quien abra un enlace válido verá el nombre y la descripción del grupo, y podrá unirse.
invitations-lifetime = El enlace funciona durante
invitation-days = { $count ->
    [one] { $count } día
   *[other] { $count } días
}
invitations-max-uses = Cuántas personas pueden unirse con él
invitations-max-uses-hint = Déjalo vacío para no poner límite. Un enlace enviado a un correo electrónico funciona una sola vez, salvo que indiques un número.
invitations-email = Enviarlo a un correo electrónico (opcional)
invitations-email-hint = Si este correo es de un miembro, se le avisa en la aplicación; si no, la persona recibe un correo para crear una cuenta y unirse.
invitations-create = Crear la invitación
invitations-sent = Invitación enviada a { $email }.
invitations-new-link = El enlace de invitación
invitations-new-link-once = Cópialo ahora: solo guardamos una huella de él, así que solo se muestra esta vez.
invitations-list = Todas las invitaciones
invitations-none = Todavía no hay invitaciones.
invitations-link = Enlace para compartir
invitations-revoke = Retirar
invitation-status-active = Válida
invitation-status-expired = Caducada
invitation-status-revoked = Retirada
invitation-status-used-up = Agotada
invitation-expires = hasta el { $date }
invitation-uses-left = { $count ->
    [one] queda { $count } uso
   *[other] quedan { $count } usos
}
invitation-uses-unlimited = sin límite de usos
invitation-title = Invitación para unirte a { $group }
invitation-lead = Te han invitado a unirte a
invitation-join = Unirme al grupo
invitation-already-member = Ya eres miembro de este grupo.
invitation-go-to-group = Ir al grupo
invitation-removed = Te han quitado de este grupo, así que esta invitación no te permite volver a entrar.
invitation-account-needed = Para unirte, crea una cuenta o inicia sesión. Después volverás a esta página.
invitation-register = Crear una cuenta
invitation-login = Iniciar sesión
filter-local-only = Solo las publicaciones de este sitio (sin los sitios asociados)
