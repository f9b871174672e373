# Interface text: layout, home page and account pages.

site-name = diaspora-hub
skip-to-content = Ir al contenido principal
nav-main-label = Navegación principal
nav-home = Inicio
nav-profile = Mi perfil
nav-moderation = Moderación
nav-logout = Cerrar sesión
nav-signed-in-as = Sesión iniciada como { $name }
nav-login = Iniciar sesión
nav-register = Crear una cuenta
language-switcher-label = Idioma
footer-tagline = Una red comunitaria abierta para las comunidades de la diáspora.
footer-api-docs = Documentación de la API
form-has-errors = Corrige lo siguiente:
error-back-home = Volver a la página de inicio

# Each language's name in that language; the same in every locale.
language-autonym-en = English
language-autonym-fr = Français
language-autonym-es = Español
language-autonym-ar = العربية
language-autonym-zh = 中文
language-autonym-ru = Русский
language-autonym-pt = Português

home-heading = Tu comunidad, vivas donde vivas
home-lead = Encuentra grupos de la diáspora, eventos y formas de contribuir, en tu idioma.
home-cta-register = Únete a diaspora-hub
home-cta-login = Iniciar sesión
home-features-heading = Qué puedes hacer aquí
home-feature-groups-title = Encuentra a tu gente
home-feature-groups-text = Busca grupos por país de origen, lugar de residencia, idioma y tema.
home-feature-events-title = Reúnete
home-feature-events-text = Presenciales, en línea o híbridos, con la hora de tu zona horaria.
home-feature-opportunities-title = Contribuye
home-feature-opportunities-text = Voluntariado, mentoría, transferencia de conocimientos, inversión, empleo y formación.
home-feature-languages-title = En tu idioma
home-feature-languages-text = El sitio y sus publicaciones hablan varios idiomas, incluidos los que se escriben de derecha a izquierda.

register-title = Crear una cuenta
register-submit = Crear mi cuenta
register-have-account = ¿Ya tienes una cuenta?

login-title = Iniciar sesión
login-submit = Iniciar sesión
login-no-account = ¿Primera vez aquí?

field-display-name = Tu nombre
field-email = Correo electrónico
field-password = Contraseña
field-password-hint = Al menos 10 caracteres. Evita las contraseñas habituales.
field-locale = Idioma de la interfaz
field-timezone = Zona horaria
field-timezone-hint = Las horas se te muestran en esta zona. Las de tu país aparecen primero.
field-heritage-country = País de origen
field-residence-country = País de residencia
field-country-hint = Código de país de dos letras, por ejemplo, SN o FR.
field-residence-city = Ciudad de residencia
field-languages = Idiomas que hablas
field-languages-hint = Separados por comas, por ejemplo francés, wólof.
field-skills = Habilidades que puedes compartir
field-skills-hint = Separadas por comas, por ejemplo, contabilidad, desarrollo web.
field-current-password = Contraseña actual
field-new-password = Nueva contraseña

profile-title = Mi perfil
profile-saved = Tu perfil se ha guardado.
profile-email = Sesión iniciada con { $email }
profile-submit = Guardar mi perfil
profile-account-heading = Mi cuenta
profile-export = Descargar mis datos (JSON)

password-title = Cambiar mi contraseña
password-explanation = Tras el cambio, se cerrará la sesión en todos los demás dispositivos donde la tengas iniciada.
password-submit = Cambiar mi contraseña
password-changed = Tu contraseña se ha cambiado. Se ha cerrado la sesión en los demás dispositivos.

delete-title = Eliminar mi cuenta
delete-warning = Esto elimina tu cuenta y tus datos personales de forma definitiva. No se puede deshacer.
delete-submit = Eliminar mi cuenta definitivamente
deleted-title = Tu cuenta se ha eliminado
deleted-text = Tus datos personales se han borrado. Gracias por formar parte de la comunidad.
meta-home = Encuentra grupos de la diáspora, eventos y formas de contribuir, cerca de ti y en tu país de origen, en tu idioma.
meta-groups = Grupos de la diáspora por país de origen, lugar de residencia, idioma y tema.
meta-events = Próximos eventos de grupos de la diáspora: presenciales, en línea e híbridos, en tu zona horaria.
meta-opportunities = Voluntariado, mentoría, transferencia de conocimientos, inversión, subvenciones, empleos y formación que ofrecen grupos de la diáspora.
meta-country = Grupos y eventos de la diáspora relacionados con { $country }.
field-timezone-choose = Elige una zona horaria
welcome-new-member = ¡Bienvenida/o, { $name }! Tu cuenta está lista.
filters-more = Más filtros
filters-apply = Aplicar filtros
home-member-heading = Tu página
home-my-events = Tus próximos eventos
home-my-events-empty = Todavía no has respondido a ningún evento próximo.
home-group-events = Próximamente en tus grupos
home-group-events-empty = Nada previsto en tus grupos por ahora. Únete a grupos para enterarte de sus eventos.
home-group-opportunities = Tus grupos buscan
home-matches = Oportunidades para ti
home-matches-profile = Indica tu origen, dónde vives, tus idiomas y habilidades para ver las oportunidades que encajan contigo.
home-matches-empty = Ninguna oportunidad abierta encaja con tu perfil por ahora.
home-see-all = Ver todo
nav-account-menu = Mi cuenta
nav-account-label = Tu cuenta
tags-remove = Quitar {"{"}name{"}"}
# Between items of a list (languages, skills, days): keep the space where the language has one.
list-separator = {", "}
