# Виджеты, которые сайты-партнёры встраивают во фрейм (/embed/events, /embed/groups, /embed/opportunities),
# страница для их создания (/embed) и ссылка на неё со страниц списков.

embed-heading-events = Предстоящие мероприятия
embed-heading-groups = Группы диаспоры
embed-heading-opportunities = Способы внести вклад
embed-empty = Пока здесь ничего нет.
embed-more = Больше на сайте { $site }
embed-theme-light = Светлые
embed-theme-dark = Тёмные

embed-offer = Разместить этот список на своём сайте
embed-builder-title = Наши списки на вашем сайте
embed-builder-intro = Показывайте наши мероприятия, группы или возможности на своём сайте: выберите, что показывать и на каком языке, проверьте, как это будет выглядеть, и скопируйте код на свою страницу. Программировать не нужно, список обновляется сам и не использует файлы cookie.
embed-builder-what = Что показывать
embed-builder-what-hint = Выбрав, что показывать, нажмите «Показать, как это будет выглядеть»: тогда форма предложит и фильтры, которые есть у этого списка.
embed-builder-heritage = Страна происхождения диаспоры
embed-builder-country = Страна проведения
embed-builder-language = Язык текста
embed-builder-words = Содержит слова
embed-builder-lang = Язык виджета
embed-builder-lang-visitor = Язык каждого посетителя
embed-builder-limit = Сколько показывать (от 1 до 20)
embed-builder-theme = Цвета
embed-builder-show = Показать, как это будет выглядеть
embed-builder-preview = Предварительный просмотр
embed-builder-snippet = Код для вашей страницы
embed-builder-snippet-hint = Скопируйте его целиком и вставьте в HTML-код своей страницы — туда, где должен появиться список.
embed-builder-oembed-hint = Пользуетесь WordPress или другим конструктором сайтов, который встраивает ссылки? Вставьте адрес одной из наших страниц со списками (например, страницы мероприятий с вашими фильтрами) на отдельной строке — он превратится в этот виджет.
