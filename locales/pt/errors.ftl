# Error messages. Ids in snake_case are the stable error codes of the API.

http-status-400 = Solicitação inválida
http-status-401 = Login necessário
http-status-403 = Acesso não permitido
http-status-404 = Página não encontrada
http-status-409 = Conflito
http-status-413 = Grande demais
http-status-415 = Formato não suportado
http-status-422 = Dados inválidos
http-status-429 = Muitas tentativas
http-status-500 = Algo deu errado
http-status-503 = Temporariamente indisponível

validation_failed = Alguns campos precisam ser corrigidos.
malformed_body = Não foi possível ler a solicitação. Verifique se ela está bem formada.
unsupported_media_type = Este formato não é aceito aqui. Envie JSON com Content-Type: application/json.
payload_too_large = A solicitação é grande demais.
not_authenticated = Entre na sua conta primeiro.
invalid_credentials = O e-mail ou a senha estão incorretos.
forbidden = Você não tem permissão para fazer isso.
csrf_rejected = Este formulário expirou ou não veio deste site. Recarregue a página e tente novamente.
not_found = Não encontramos o que você estava procurando.
rate_limited = Muitas tentativas. Aguarde um momento e tente novamente.
service_unavailable = O serviço está temporariamente indisponível. Tente novamente em instantes.
internal_error = Algo deu errado do nosso lado. Tente novamente mais tarde.

email_taken = Já existe uma conta com este e-mail. Tente entrar.
required = Este campo é obrigatório.
too_long = { $max ->
    [one] Use no máximo { $max } caractere.
   *[other] Use no máximo { $max } caracteres.
}
too_short = { $min ->
    [one] Use pelo menos { $min } caractere.
   *[other] Use pelo menos { $min } caracteres.
}
invalid_characters = Este campo contém caracteres não permitidos.
invalid_email = Digite um e-mail como name@example.org.
password_too_long = { $max ->
    [one] A senha pode ter no máximo { $max } byte.
   *[other] A senha pode ter no máximo { $max } bytes.
}
password_too_common = Esta senha é muito comum. Escolha uma mais difícil de adivinhar.
unknown_locale = Escolha um dos idiomas disponíveis: en, fr, es, ar, zh, ru, pt.
unknown_country = Digite um código de país de duas letras, por exemplo, SN ou FR.
invalid_language = Digite códigos de idioma como fr, wo ou pt-BR.
unknown_timezone = Digite um fuso horário como Europe/Paris ou Africa/Dakar.
too_many_items = { $max ->
    [one] Informe no máximo { $max } item.
   *[other] Informe no máximo { $max } itens.
}
wrong_password = A senha está incorreta.
