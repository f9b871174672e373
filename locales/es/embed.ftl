# Los widgets que los sitios asociados colocan en un marco (/embed/events, /embed/groups, /embed/opportunities),
# la página para crear uno (/embed) y el enlace a ella desde los listados.

embed-heading-events = Próximos eventos
embed-heading-groups = Grupos de la diáspora
embed-heading-opportunities = Formas de contribuir
embed-empty = Nada que mostrar por ahora.
embed-more = Ver más en { $site }
embed-theme-light = Claros
embed-theme-dark = Oscuros

embed-offer = Pon esta lista en tu sitio web
embed-builder-title = Pon nuestras listas en tu sitio web
embed-builder-intro = Muestra nuestros eventos, grupos u oportunidades en tu propio sitio web: elige qué mostrar y en qué idioma, revisa la vista previa y luego copia el código en tu página. No hace falta saber programar, la lista se actualiza sola y no usa cookies.
embed-builder-what = Qué mostrar
embed-builder-what-hint = Después de elegir qué mostrar, pulsa «Ver la vista previa»: el formulario te ofrecerá también los filtros propios de esa lista.
embed-builder-heritage = País de origen de la diáspora
embed-builder-country = País donde tiene lugar
embed-builder-language = Escrito en
embed-builder-words = Con las palabras
embed-builder-lang = Idioma del widget
embed-builder-lang-visitor = El idioma de cada visitante
embed-builder-limit = Cuántos mostrar (de 1 a 20)
embed-builder-theme = Colores
embed-builder-show = Ver la vista previa
embed-builder-preview = Vista previa
embed-builder-snippet = El código para tu página
embed-builder-snippet-hint = Cópialo entero y pégalo en el HTML de tu página, donde quieras que aparezca la lista.
embed-builder-oembed-hint = ¿Usas WordPress u otro creador de sitios web que inserta los enlaces? Pega la dirección de una de nuestras páginas de listados (por ejemplo, la página de eventos con tus filtros) sola en una línea: se convertirá en este widget.
