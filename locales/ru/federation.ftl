# Listings imported from partner sites.

imported-title = С сайтов-партнёров
imported-intro = Публикации сайтов-партнёров, перенесённые сюда без изменений. Чтобы принять участие, перейдите по ссылке на исходный сайт.
imported-empty = С сайтов-партнёров пока ничего нет.
imported-upcoming-title = Скоро на сайтах-партнёрах
imported-origin = Источник: { $site }
imported-original = Открыть оригинал
imported-type-group = Группа
imported-type-event = Мероприятие
imported-type-opportunity = Предложение

moderation-title = Публикации на проверке
moderation-intro = Публикации сайтов-партнёров, добавленных с проверкой. Посетители ничего отсюда не увидят, пока вы не опубликуете.
moderation-empty = На проверке ничего нет.
moderation-publish = Опубликовать
moderation-reject = Отклонить
moderation-rejected-title = Отклонённые
moderation-rejected-intro = Отклонены модератором. Они остаются скрытыми, даже если сайт-партнёр их обновит, пока вы всё же не опубликуете их.
moderation-publish-anyway = Всё равно опубликовать
