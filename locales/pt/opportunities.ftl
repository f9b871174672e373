# Oportunidades: formas de contribuir, manifestações de interesse e recomendações.

nav-opportunities = Oportunidades
nav-my-matches = Recomendadas para mim

opportunity-kind-volunteering = Voluntariado
opportunity-kind-mentoring = Mentoria
opportunity-kind-skills_transfer = Transferência de competências
opportunity-kind-investment = Investimento
opportunity-kind-grant = Financiamento
opportunity-kind-job = Emprego
opportunity-kind-training = Capacitação
opportunity-kind-consultation = Consultoria

opportunities-title = Oportunidades para contribuir
opportunities-intro = Voluntariado, mentoria, transferência de competências, investimento, financiamentos, empregos, capacitação e consultorias publicados por grupos da diáspora.
opportunities-any-kind = Qualquer tipo
opportunities-submit = Pesquisar oportunidades
opportunities-open = Abertas agora
opportunities-empty = Nenhuma oportunidade aberta corresponde à sua pesquisa.
opportunity-remote-filter = Remoto ou presencial
opportunity-remote-any = Qualquer um
opportunity-remote-only = Somente remoto
opportunity-on-site-only = Somente presencial
opportunity-skill = Habilidade

opportunity-kind = Tipo
opportunity-heritage = Para o país
opportunity-country = País onde acontece
opportunity-where = Onde
opportunity-remote = Remoto
opportunity-place-or-remote = { $place }, ou remoto
opportunity-commitment = Dedicação
opportunity-compensation = Remuneração
opportunity-skills = Habilidades procuradas
opportunity-languages = Idiomas
opportunity-expiry = Data de encerramento
opportunity-open-until = Aberta até { $date }
opportunity-open-until-zone = Aberta até { $date } (até o fim desse dia, horário de { $zone })
opportunity-status-closed = Encerrada
opportunity-status-filled = Preenchida
opportunity-status-expired = Expirada
opportunity-no-longer-taking = Não aceita mais participantes.
listing-also-in = Também disponível em:

opportunity-take-part = Como participar
opportunity-apply-external = Candidatar-se no site dos organizadores
interest-message = Mensagem para os organizadores (opcional)
interest-message-hint = Conte o que você pode oferecer e quando. Os organizadores veem seu nome, suas habilidades e seus idiomas.
interest-express = Tenho interesse
interest-login = Entre para demonstrar interesse
interest-sent-on = Você demonstrou interesse em { $date }.
interest-withdraw = Retirar meu interesse
interest-list-title = Membros interessados
interest-new-badge = Novo
interest-new-title = Novo interesse nas suas oportunidades
interest-new-count = { $count ->
    [one] Uma nova pessoa interessada
   *[other] { $count } novas pessoas interessadas
}
interest-none = Ninguém demonstrou interesse ainda.

opportunity-edit = Editar a oportunidade
opportunity-close = Encerrar
opportunity-mark-filled = Marcar como preenchida
opportunity-reopen = Reabrir
opportunity-delete = Excluir a oportunidade

opportunity-new-title = Publicar uma oportunidade
opportunity-edit-title = Editar a oportunidade
opportunity-form-what = O que é
opportunity-form-where = Para quem e onde
opportunity-choose-kind = Escolha um tipo
opportunity-title-field = Título
opportunity-skills-hint = Habilidades separadas por vírgulas, por exemplo, contabilidade, desenvolvimento web.
opportunity-commitment-hint = Por exemplo: 2 horas por semana durante 3 meses.
opportunity-compensation-hint = Remuneração, bolsa ou despesas cobertas, se houver.
opportunity-remote-field = Pode ser feita remotamente
opportunity-accepts-interest = Os membros podem demonstrar interesse aqui
opportunity-apply-url = Link para se candidatar em outro site
opportunity-apply-url-hint = Um endereço que comece com https://
opportunity-expires-field = Aberta até
opportunity-expires-hint = O último dia para participar, no máximo daqui a um ano.
opportunity-timezone-hint = A data-limite termina à meia-noite neste fuso horário.
opportunity-publish = Publicar
opportunity-save = Salvar a oportunidade

group-opportunities = Oportunidades para contribuir
group-no-opportunities = Ainda não há oportunidades abertas.
group-all-opportunities = Todas as oportunidades

my-interests-title = Meus interesses
my-interests-empty = Você ainda não demonstrou interesse em nenhuma oportunidade.

matches-title = Recomendadas para mim
matches-intro = Oportunidades abertas ordenadas por suas habilidades, seus idiomas, seu país de origem e o lugar onde você mora.
matches-edit-profile = Atualizar meu perfil
matches-profile-empty = Adicione ao seu perfil suas habilidades, idiomas, país de origem ou país onde você mora para ver recomendações.
matches-empty = Ainda não há oportunidades abertas que combinem com seu perfil.
match-why = Por quê:
match-reason-skill = habilidade: { $value }
match-reason-language = você fala { $value }
match-reason-heritage = origem: { $value }
match-reason-residence_country = { $value }, onde você mora
match-reason-residence_city = { $value }, sua cidade
match-reason-remote = pode ser feita remotamente

feed-opportunities-name = Oportunidades do diaspora-hub
