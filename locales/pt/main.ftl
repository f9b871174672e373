# Interface text: layout, home page and account pages.

site-name = diaspora-hub
skip-to-content = Ir para o conteúdo principal
nav-main-label = Navegação principal
nav-home = Início
nav-profile = Meu perfil
nav-moderation = Moderação
nav-logout = Sair
nav-signed-in-as = Você entrou como { $name }
nav-login = Entrar
nav-register = Criar uma conta
language-switcher-label = Idioma
footer-tagline = Uma rede comunitária aberta para comunidades da diáspora.
footer-api-docs = Documentação da API
form-has-errors = Corrija os seguintes pontos:
error-back-home = Voltar para a página inicial

# Each language's name in that language; the same in every locale.
language-autonym-en = English
language-autonym-fr = Français
language-autonym-es = Español
language-autonym-ar = العربية
language-autonym-zh = 中文
language-autonym-ru = Русский
language-autonym-pt = Português

home-heading = Sua comunidade, onde quer que você more
home-lead = Encontre grupos da diáspora, eventos e formas de contribuir, no seu idioma.
home-cta-register = Junte-se ao diaspora-hub
home-cta-login = Entrar
home-features-heading = O que você pode fazer aqui
home-feature-groups-title = Encontre sua gente
home-feature-groups-text = Pesquise grupos por país de origem, local de residência, idioma e tema.
home-feature-events-title = Marque presença
home-feature-events-text = Presenciais, online ou híbridos, no horário do seu fuso.
home-feature-opportunities-title = Contribua
home-feature-opportunities-text = Voluntariado, mentoria, transferência de competências, investimento, empregos e capacitação.
home-feature-languages-title = No seu idioma
home-feature-languages-text = O site e suas publicações falam vários idiomas, inclusive os escritos da direita para a esquerda.

register-title = Criar uma conta
register-submit = Criar minha conta
register-have-account = Já tem uma conta?

login-title = Entrar
login-submit = Entrar
login-no-account = Primeira vez aqui?

field-display-name = Seu nome
field-email = E-mail
field-password = Senha
field-password-hint = Pelo menos 10 caracteres. Evite senhas comuns.
field-locale = Idioma da interface
field-timezone = Fuso horário
field-timezone-hint = Os horários são mostrados neste fuso. Os do seu país aparecem primeiro.
field-heritage-country = País de origem
field-residence-country = País onde você mora
field-country-hint = Código de país de duas letras, por exemplo, SN ou FR.
field-residence-city = Cidade onde você mora
field-languages = Idiomas que você fala
field-languages-hint = Separados por vírgulas, por exemplo francês, uolofe.
field-skills = Habilidades que você pode compartilhar
field-skills-hint = Separadas por vírgulas, por exemplo, contabilidade, desenvolvimento web.
field-current-password = Senha atual
field-new-password = Nova senha

profile-title = Meu perfil
profile-saved = Seu perfil foi salvo.
profile-email = Você entrou com { $email }
profile-submit = Salvar meu perfil
profile-account-heading = Minha conta
profile-export = Baixar meus dados (JSON)

password-title = Alterar minha senha
password-explanation = Após a alteração, as sessões abertas em todos os seus outros dispositivos serão encerradas.
password-submit = Alterar minha senha
password-changed = Sua senha foi alterada. As sessões nos outros dispositivos foram encerradas.

delete-title = Excluir minha conta
delete-warning = Isso exclui sua conta e seus dados pessoais para sempre. Não é possível desfazer.
delete-submit = Excluir minha conta para sempre
deleted-title = Sua conta foi excluída
deleted-text = Seus dados pessoais foram removidos. Obrigado por fazer parte da comunidade.
meta-home = Encontre grupos da diáspora, eventos e formas de contribuir, perto de você e no país de origem, no seu idioma.
meta-groups = Grupos da diáspora por país de origem, local de residência, idioma e tema.
meta-events = Próximos eventos de grupos da diáspora: presenciais, online e híbridos, no seu fuso horário.
meta-opportunities = Voluntariado, mentoria, transferência de competências, investimento, subsídios, empregos e formação oferecidos por grupos da diáspora.
meta-country = Grupos e eventos da diáspora ligados a { $country }.
field-timezone-choose = Escolha um fuso horário
welcome-new-member = Boas-vindas, { $name }! Sua conta está pronta.
filters-more = Mais filtros
filters-apply = Aplicar filtros
home-member-heading = Sua página
home-my-events = Seus próximos eventos
home-my-events-empty = Você ainda não respondeu a nenhum evento futuro.
home-group-events = Em breve nos seus grupos
home-group-events-empty = Nada planejado nos seus grupos por enquanto. Entre em grupos para saber dos eventos deles.
home-group-opportunities = Seus grupos procuram
home-matches = Oportunidades para você
home-matches-profile = Informe sua origem, onde mora, seus idiomas e habilidades para ver oportunidades que combinam com você.
home-matches-empty = Nenhuma oportunidade aberta combina com seu perfil no momento.
home-see-all = Ver tudo
nav-account-menu = Minha conta
nav-account-label = Sua conta
tags-remove = Remover {"{"}name{"}"}
# Between items of a list (languages, skills, days): keep the space where the language has one.
list-separator = {", "}
