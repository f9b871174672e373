# Os widgets que os sites parceiros colocam em um quadro (/embed/events, /embed/groups, /embed/opportunities),
# a página para criar um (/embed) e o link para ela a partir das listas.

embed-heading-events = Próximos eventos
embed-heading-groups = Grupos da diáspora
embed-heading-opportunities = Formas de contribuir
embed-empty = Nada para mostrar por enquanto.
embed-more = Ver mais em { $site }
embed-theme-light = Claras
embed-theme-dark = Escuras

embed-offer = Coloque esta lista no seu site
embed-builder-title = Coloque nossas listas no seu site
embed-builder-intro = Mostre nossos eventos, grupos ou oportunidades no seu próprio site: escolha o que mostrar e em qual idioma, confira a prévia e depois copie o código para a sua página. Não é preciso saber programar, a lista se atualiza sozinha e não usa cookies.
embed-builder-what = O que mostrar
embed-builder-what-hint = Depois de escolher o que mostrar, toque em “Ver a prévia”: o formulário passa a oferecer também os filtros próprios dessa lista.
embed-builder-heritage = País de origem da diáspora
embed-builder-country = País onde acontece
embed-builder-language = Escrito em
embed-builder-words = Com as palavras
embed-builder-lang = Idioma do widget
embed-builder-lang-visitor = O idioma de cada visitante
embed-builder-limit = Quantos mostrar (de 1 a 20)
embed-builder-theme = Cores
embed-builder-show = Ver a prévia
embed-builder-preview = Prévia
embed-builder-snippet = O código para a sua página
embed-builder-snippet-hint = Copie tudo e cole no HTML da sua página, no lugar onde a lista deve aparecer.
embed-builder-oembed-hint = Você usa o WordPress ou outro criador de sites que incorpora links? Cole o endereço de uma das nossas páginas de listas (por exemplo, a página de eventos com os seus filtros) sozinho em uma linha: ele vira este widget.
