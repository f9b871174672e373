# Groups: directory, group pages, forms and membership.

nav-groups = Grupos
nav-my-groups = Meus grupos

topic-culture = Cultura
topic-business = Negócios e investimentos
topic-education = Educação
topic-health = Saúde
topic-youth = Juventude
topic-women = Mulheres
topic-professionals = Profissionais
topic-students = Estudantes
topic-faith = Religião
topic-sports = Esportes
topic-advocacy = Defesa de direitos
topic-humanitarian = Ajuda humanitária
topic-development = Desenvolvimento
topic-arts = Artes
topic-technology = Tecnologia
topic-families = Famílias
topic-seniors = Pessoas idosas
topic-legal_support = Apoio jurídico e migratório

place-city-country = { $city }, { $country }
language-with-region = { $language } ({ $region })

directory-title = Encontre um grupo da diáspora
directory-search = Pesquisar
directory-heritage = País de origem
directory-residence = País de residência
directory-any-country = Qualquer país
directory-city = Cidade
directory-language = Idioma falado
directory-topic = Tema
directory-any-topic = Qualquer tema
directory-submit = Pesquisar grupos
directory-result-count = { $count ->
    [0] Nenhum grupo encontrado
    [one] { $count } grupo encontrado
   *[other] { $count } grupos encontrados
}
directory-empty = Tente usar menos filtros ou crie o grupo que você procura.
directory-next = Próxima página

country-page-title = Diáspora: { $country }
country-page-search = Pesquise estes grupos com mais filtros

my-groups-title = Meus grupos
my-groups-empty = Você ainda não participa de nenhum grupo.
membership-pending = Solicitação pendente

role-owner = Proprietário
role-organizer = Organizador
role-member = Membro

group-verified = Verificado
group-heritage-short = Origem: { $country }
group-member-count = { $count ->
    [one] { $count } membro
   *[other] { $count } membros
}
group-showing-language = Exibido em { $language }.
group-other-languages = Também disponível em:
group-heritage = País de origem
group-based-in = Localização
group-languages = Idiomas falados
group-topics = Temas
group-members = Membros
group-website = Site
group-contact = E-mail de contato
group-membership = Participação
group-login-to-join = Entre para participar
group-you-are-removed = Você foi removido deste grupo.
group-request-pending = Sua solicitação de participação está aguardando a aprovação de um organizador.
group-withdraw-request = Cancelar minha solicitação
group-you-are-member = Você é membro deste grupo.
group-see-members = Ver os membros
group-leave = Sair deste grupo
group-join-message = Uma mensagem para os organizadores (opcional)
group-ask-to-join = Pedir para participar
group-join = Participar deste grupo
group-organizer-tools = Ferramentas de organização
group-edit = Editar o grupo
group-manage-members = Gerenciar os membros

members-title = Membros
members-back = Voltar para o grupo
members-pending = Solicitações de participação
members-no-pending = Nenhuma solicitação pendente.
members-approve = Aprovar
members-reject = Recusar
members-active = Membros
members-promote = Tornar organizador
members-demote = Tornar membro
members-remove = Remover do grupo
members-make-owner = Transferir a propriedade

group-new-title = Criar um grupo
group-edit-title = Editar o grupo
group-form-texts = Nome e descrição
group-form-texts-hint = Escreva o nome e a descrição em pelo menos um idioma. Adicione outros idiomas nos demais espaços; deixe um espaço vazio para ignorá-lo.
group-primary-language = Idioma principal do grupo
field-language-code-hint = O nome do idioma, por exemplo francês, árabe ou uolofe.
group-form-translation = Idioma { $number }
group-translation-language = Idioma
group-name = Nome
group-description = Descrição
group-form-where = Onde e quem
group-residence-country = País onde o grupo está sediado
group-no-country = Não informado
group-city = Cidade
group-visibility = Quem pode ver o grupo
visibility-public = Público
visibility-public-hint = aparece no diretório e fica visível para todos.
visibility-unlisted = Não listado
visibility-unlisted-hint = não aparece no diretório; qualquer pessoa com o link pode vê-lo.
visibility-private = Privado
visibility-private-hint = só os membros podem vê-lo.
group-join-policy = Como participar
join-policy-open = Qualquer pessoa pode participar na hora
join-policy-approval = Um organizador aprova cada solicitação
group-form-contact = Contato e endereço
group-slug = Endereço web
group-slug-hint = Letras minúsculas, números e hifens. Se ficar vazio, será gerado a partir do nome.
group-save = Salvar o grupo
group-create = Criar o grupo
group-delete-warning = Excluir o grupo apaga o grupo e suas participações para sempre.
group-delete = Excluir o grupo
directory-any-language = Qualquer idioma

members-invite = Convidar pessoas
invitations-title = Convites
invitations-intro = Crie um link para compartilhar ou envie um para um e-mail. Quem abrir um link válido pode participar na hora, sem esperar aprovação.
invitations-intro-private = Este grupo é privado: quem não é membro não pode vê-lo nem pedir para participar. Crie um link para compartilhar ou envie um para um e-mail. Quem abrir um link válido vê o nome e a descrição do grupo e pode participar.
invitations-lifetime = O link funciona por
invitation-days = { $count ->
    [one] { $count } dia
   *[other] { $count } dias
}
invitations-max-uses = Quantas pessoas podem participar com ele
invitations-max-uses-hint = Deixe vazio para não ter limite. Um link enviado para um e-mail funciona uma única vez, a menos que você informe um número.
invitations-email = Enviar para um e-mail (opcional)
invitations-email-hint = Se este e-mail for de um membro, ele será avisado no aplicativo; caso contrário, a pessoa recebe um e-mail para criar uma conta e participar.
invitations-create = Criar o convite
invitations-sent = Convite enviado para { $email }.
invitations-new-link = O link do convite
invitations-new-link-once = Copie agora: só guardamos uma impressão digital dele, por isso ele aparece só desta vez.
invitations-list = Todos os convites
invitations-none = Nenhum convite ainda.
invitations-link = Link para compartilhar
invitations-revoke = Cancelar
invitation-status-active = Válido
invitation-status-expired = Expirado
invitation-status-revoked = Cancelado
invitation-status-used-up = Esgotado
invitation-expires = até { $date }
invitation-uses-left = { $count ->
    [one] resta { $count } uso
   *[other] restam { $count } usos
}
invitation-uses-unlimited = sem limite de usos
invitation-title = Convite para participar de { $group }
invitation-lead = Você foi convidado para participar de
invitation-join = Participar do grupo
invitation-already-member = Você já é membro deste grupo.
invitation-go-to-group = Ir para o grupo
invitation-removed = Você foi removido deste grupo, então este convite não permite que você volte.
invitation-account-needed = Para participar, crie uma conta ou entre. Depois você volta para esta página.
invitation-register = Criar uma conta
invitation-login = Entrar
filter-local-only = Somente o que foi publicado neste site (sem os sites parceiros)
