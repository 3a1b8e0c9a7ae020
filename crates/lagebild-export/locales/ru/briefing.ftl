briefing-title = Обзор
# ICU4X gives month-year dates in the nominative (январь 2022 г.); the sentence is built
# so that no preposition has to govern their case.
briefing-period = { $sources ->
        [one] { $sources } статья
        [few] { $sources } статьи
        [many] { $sources } статей
       *[other] { $sources } статьи
    } (период: { $from } — { $to }), данные на { $asof }
briefing-changes = Что изменилось
briefing-no-changes = Изменений в составе и новых операций не сообщалось.
briefing-timeline = Хронология
briefing-factsheets = Организации
briefing-digests = Статьи
digest-meta = { $date }, { $source }
digest-lead = Лид (язык: { $language }): { $lead }
digest-headings = Подзаголовки (язык: { $language }): { $headings }
digest-lead-translated = Лид: { $lead }
digest-headings-translated = Подзаголовки: { $headings }
digest-facts = Найденные факты
digest-no-facts = Факты не найдены.

timeline-founded = { $org }: основание
timeline-change = { $state }: { $status } ({ $org })
timeline-deployment = { $org }: ввод войск ({ $host })
timeline-event = { $event } ({ $org })

change-deployment = { $org }: ввод войск, страна пребывания — { $host }

fact-founded = { $org } основана: { $date }
fact-membership = { $state }: { $status } ({ $org })
fact-member_count = { $org }: { $count ->
        [one] { $count } член
        [few] { $count } члена
        [many] { $count } членов
       *[other] { $count } члена
    }
fact-force = { $org }: { $force }, { $strength }
fact-deployment = { $actor }: ввод войск, страна пребывания — { $host }
fact-stationed = Войска, { $state } — { $location }: { $troops }
fact-role = { $person }: { $role }
fact-quote = { $speaker }: { $text }
fact-figure = { $quantity } { $counts }
# Names are in the nominative everywhere: a case after a preposition (в Ереване) would
# need declined forms of every name, so messages put them after a dash or in brackets.
fact-event = { $event } (место: { $place })
fact-event-unplaced = { $event }

event-summit = Саммит
event-meeting = Встреча
event-exercise = Учения
event-agreement = Соглашение
event-other = Событие

## Что считает приведённое число; идентификатор — найденное немецкое существительное
## в ASCII (ä → ae). Существительные без сообщения выводятся как найдены.
counted-menschen = человек
counted-tote = погибших
counted-toten = погибших
counted-todesopfer = жертв
counted-einwohner = жителей
counted-kilometer = километров
counted-euro = евро
counted-dollar = долларов
counted-fluechtlinge = беженцев
counted-festnahmen = задержаний
counted-verletzte = раненых
counted-reservisten = резервистов
counted-panzer = танков
counted-flugzeuge = самолётов
counted-militaerfahrzeuge = единиц военной техники
counted-fahrzeuge = транспортных средств
counted-sender = телеканалов
counted-tv-sender = телеканалов

## Названия мест; идентификатор — немецкое название в ASCII (ü → ue, пробел → -).
## Места без сообщения остаются с немецким названием.
place-moskau = Москва
place-minsk = Минск
place-eriwan = Ереван
place-duschanbe = Душанбе
place-bischkek = Бишкек
place-astana = Астана
place-almaty = Алматы
place-taschkent = Ташкент
place-baku = Баку
place-kiew = Киев
place-peking = Пекин
place-warschau = Варшава
place-vilnius = Вильнюс
place-riga = Рига
place-tallinn = Таллин
place-berlin = Берлин
place-bruessel = Брюссель
place-tiflis = Тбилиси
place-gjumri = Гюмри
place-abchasien = Абхазия
place-berg-karabach = Нагорный Карабах
place-donbass = Донбасс
place-iwanowo = Иваново
place-kaliningrad = Калининград
place-kant = Кант
place-krim = Крым
place-sankt-petersburg = Санкт-Петербург
place-schanghai = Шанхай
place-suedossetien = Южная Осетия
place-transnistrien = Приднестровье
place-nischni-nowgorod = Нижний Новгород

# The briefing's section of facts that no article ties to an organisation.
briefing-related = Прочие факты

briefing-change = { $change } ({ $org })
briefing-deployment-dated = { $date }: { $deployment }
join-headings = { $before } · { $next }
