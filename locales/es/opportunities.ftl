# Oportunidades: formas de contribuir, muestras de interés y coincidencias.

nav-opportunities = Oportunidades
nav-my-matches = Recomendadas para mí

opportunity-kind-volunteering = Voluntariado
opportunity-kind-mentoring = Mentoría
opportunity-kind-skills_transfer = Transferencia de conocimientos
opportunity-kind-investment = Inversión
opportunity-kind-grant = Subvención
opportunity-kind-job = Empleo
opportunity-kind-training = Formación
opportunity-kind-consultation = Consulta

opportunities-title = Oportunidades para contribuir
opportunities-intro = Voluntariado, mentoría, transferencia de conocimientos, inversión, subvenciones, empleos, formación y consultas publicados por grupos de la diáspora.
opportunities-any-kind = Cualquier tipo
opportunities-submit = Buscar oportunidades
opportunities-open = Abiertas ahora
opportunities-empty = No hay oportunidades abiertas que coincidan con tu búsqueda.
opportunity-remote-filter = A distancia o presencial
opportunity-remote-any = Cualquiera
opportunity-remote-only = Solo a distancia
opportunity-on-site-only = Solo presencial
opportunity-skill = Habilidad

opportunity-kind = Tipo
opportunity-heritage = Para el país
opportunity-country = País donde se realiza
opportunity-where = Dónde
opportunity-remote = A distancia
opportunity-place-or-remote = { $place }, o a distancia
opportunity-commitment = Dedicación
opportunity-compensation = Remuneración
opportunity-skills = Habilidades buscadas
opportunity-languages = Idiomas
opportunity-expiry = Fecha de cierre
opportunity-open-until = Abierta hasta el { $date }
opportunity-open-until-zone = Abierta hasta el { $date } (hasta el final de ese día, hora de { $zone })
opportunity-status-closed = Cerrada
opportunity-status-filled = Cubierta
opportunity-status-expired = Vencida
opportunity-no-longer-taking = Ya no admite participantes.
listing-also-in = También disponible en:

opportunity-take-part = Cómo participar
opportunity-apply-external = Postularse en el sitio de los organizadores
interest-message = Mensaje para los organizadores (opcional)
interest-message-hint = Cuenta qué puedes ofrecer y cuándo. Los organizadores verán tu nombre, tus habilidades y tus idiomas.
interest-express = Me interesa
interest-login = Inicia sesión para mostrar tu interés
interest-sent-on = Mostraste tu interés el { $date }.
interest-withdraw = Retirar mi interés
interest-list-title = Miembros interesados
interest-new-badge = Nuevo
interest-new-title = Nuevo interés en sus oportunidades
interest-new-count = { $count ->
    [one] Una persona nueva interesada
   *[other] { $count } personas nuevas interesadas
}
interest-none = Todavía nadie ha mostrado interés.

opportunity-edit = Editar la oportunidad
opportunity-close = Cerrar
opportunity-mark-filled = Marcar como cubierta
opportunity-reopen = Reabrir
opportunity-delete = Eliminar la oportunidad

opportunity-new-title = Publicar una oportunidad
opportunity-edit-title = Editar la oportunidad
opportunity-form-what = Qué es
opportunity-form-where = Para quién y dónde
opportunity-choose-kind = Elige un tipo
opportunity-title-field = Título
opportunity-skills-hint = Habilidades separadas por comas, por ejemplo, contabilidad, desarrollo web.
opportunity-commitment-hint = Por ejemplo: 2 horas a la semana durante 3 meses.
opportunity-compensation-hint = Salario, beca o gastos cubiertos, si los hay.
opportunity-remote-field = Se puede hacer a distancia
opportunity-accepts-interest = Los miembros pueden mostrar su interés aquí
opportunity-apply-url = Enlace para postularse en otro sitio
opportunity-apply-url-hint = Una dirección que empiece por https://
opportunity-expires-field = Abierta hasta el
opportunity-expires-hint = El último día para participar, como máximo dentro de un año.
opportunity-timezone-hint = La fecha límite termina a medianoche en esta zona horaria.
opportunity-publish = Publicar
opportunity-save = Guardar la oportunidad

group-opportunities = Oportunidades para contribuir
group-no-opportunities = Todavía no hay oportunidades abiertas.
group-all-opportunities = Todas las oportunidades

my-interests-title = Mis intereses
my-interests-empty = Todavía no has mostrado interés por ninguna oportunidad.

matches-title = Recomendadas para mí
matches-intro = Oportunidades abiertas ordenadas según tus habilidades, tus idiomas, tu país de origen y el lugar donde vives.
matches-edit-profile = Actualizar mi perfil
matches-profile-empty = Añade a tu perfil tus habilidades, idiomas, país de origen o país de residencia para ver recomendaciones.
matches-empty = Todavía no hay oportunidades abiertas que encajen con tu perfil.
match-why = Por qué:
match-reason-skill = habilidad: { $value }
match-reason-language = hablas { $value }
match-reason-heritage = origen: { $value }
match-reason-residence_country = en { $value }, donde vives
match-reason-residence_city = en { $value }, tu ciudad
match-reason-remote = se puede hacer a distancia

feed-opportunities-name = Oportunidades de diaspora-hub
