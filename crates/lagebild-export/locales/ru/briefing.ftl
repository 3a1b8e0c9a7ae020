briefing-title = Обзор
# ICU4X gives month-year dates in the nominative (январь 2022 г.); the sentence is built
# so that no preposition has to govern their case.
briefing-period = { $sources ->
        [one] { $sources } статья
        [few] { $sources } статьи
        [many] { $sources } статей
       *[other] { $sources } статьи
    } { $period ->
        [undated] (без даты)
        [single] (дата: { $from })
       *[range] (период: { $from } — { $to })
    }, данные на { $asof }
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
# Heading of the list of fact sheets that cite an article, on the article's own page.
digest-factsheets = Цитируется в справках

# $org_of — название в родительном падеже (names.ftl `.of`).
timeline-founded = Основание { $org_of }
# В хронологии (Mermaid) двоеточие служебное, поэтому статус отделён тире.
timeline-change = { $state } — { $status } ({ $org })
# $host_to — страна с предлогом в винительном падеже (`в Казахстан`).
timeline-deployment = Ввод войск { $org_of } { $host_to }
timeline-event = { $event } ({ $org })

# Глагол согласуется с родом организации ($org_gender: m, f, n, pl).
change-deployment = { $org } { $org_gender ->
        [m] ввёл
        [n] ввело
        [pl] ввели
       *[other] ввела
    } войска { $host_to }

# $date_in — дата с предлогом и в нужном падеже (`в 1949 г.`, `в мае 2002 г.`).
fact-founded = { $org } { $org_gender ->
        [m] основан
        [n] основано
        [pl] основаны
       *[other] основана
    } { $date_in }
fact-membership = { $state }: { $status } ({ $org })
fact-member_count = { $org }: { $count ->
        [one] { $count } член
        [few] { $count } члена
        [many] { $count } членов
       *[other] { $count } члена
    }
fact-force = { $org }: { $force }, { $strength }
fact-deployment = { $actor } { $actor_gender ->
        [m] ввёл
        [n] ввело
        [pl] ввели
       *[other] ввела
    } войска { $host_to }
# $state_of — государство в родительном падеже, $location_in — место с предлогом.
fact-stationed = Войска { $state_of } { $location_in }: { $troops }
fact-role = { $person }: { $role }
fact-quote = { $speaker }: { $text }
fact-figure = { $quantity } { $counts }
# $place_in — место с предлогом в предложном падеже (`в Ереване`).
fact-event = { $event } { $place_in }
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
    .gender = f
    .in = в Москве
    .to = в Москву
    .from = из Москвы
    .with = с Москвой
    .of = Москвы
place-minsk = Минск
    .gender = m
    .in = в Минске
    .to = в Минск
    .from = из Минска
    .with = с Минском
    .of = Минска
place-eriwan = Ереван
    .gender = m
    .in = в Ереване
    .to = в Ереван
    .from = из Еревана
    .with = с Ереваном
    .of = Еревана
place-duschanbe = Душанбе
place-bischkek = Бишкек
    .gender = m
    .in = в Бишкеке
    .to = в Бишкек
    .from = из Бишкека
    .with = с Бишкеком
    .of = Бишкека
place-astana = Астана
    .gender = f
    .in = в Астане
    .to = в Астану
    .from = из Астаны
    .with = с Астаной
    .of = Астаны
place-almaty = Алматы
place-taschkent = Ташкент
    .gender = m
    .in = в Ташкенте
    .to = в Ташкент
    .from = из Ташкента
    .with = с Ташкентом
    .of = Ташкента
place-baku = Баку
place-kiew = Киев
    .gender = m
    .in = в Киеве
    .to = в Киев
    .from = из Киева
    .with = с Киевом
    .of = Киева
place-peking = Пекин
    .gender = m
    .in = в Пекине
    .to = в Пекин
    .from = из Пекина
    .with = с Пекином
    .of = Пекина
place-warschau = Варшава
    .gender = f
    .in = в Варшаве
    .to = в Варшаву
    .from = из Варшавы
    .with = с Варшавой
    .of = Варшавы
place-vilnius = Вильнюс
    .gender = m
    .in = в Вильнюсе
    .to = в Вильнюс
    .from = из Вильнюса
    .with = с Вильнюсом
    .of = Вильнюса
place-riga = Рига
    .gender = f
    .in = в Риге
    .to = в Ригу
    .from = из Риги
    .with = с Ригой
    .of = Риги
place-tallinn = Таллин
    .gender = m
    .in = в Таллине
    .to = в Таллин
    .from = из Таллина
    .with = с Таллином
    .of = Таллина
place-berlin = Берлин
    .gender = m
    .in = в Берлине
    .to = в Берлин
    .from = из Берлина
    .with = с Берлином
    .of = Берлина
place-bruessel = Брюссель
    .gender = m
    .in = в Брюсселе
    .to = в Брюссель
    .from = из Брюсселя
    .with = с Брюсселем
    .of = Брюсселя
place-tiflis = Тбилиси
place-gjumri = Гюмри
place-abchasien = Абхазия
    .gender = f
    .in = в Абхазии
    .to = в Абхазию
    .from = из Абхазии
    .with = с Абхазией
    .of = Абхазии
place-berg-karabach = Нагорный Карабах
    .gender = m
    .in = в Нагорном Карабахе
    .to = в Нагорный Карабах
    .from = из Нагорного Карабаха
    .with = с Нагорным Карабахом
    .of = Нагорного Карабаха
place-donbass = Донбасс
    .gender = m
    .in = в Донбассе
    .to = в Донбасс
    .from = из Донбасса
    .with = с Донбассом
    .of = Донбасса
place-iwanowo = Иваново
    .gender = n
place-kaliningrad = Калининград
    .gender = m
    .in = в Калининграде
    .to = в Калининград
    .from = из Калининграда
    .with = с Калининградом
    .of = Калининграда
place-kant = Кант
    .gender = m
    .in = в Канте
    .to = в Кант
    .from = из Канта
    .with = с Кантом
    .of = Канта
place-krim = Крым
    .gender = m
    .in = в Крыму
    .to = в Крым
    .from = из Крыма
    .with = с Крымом
    .of = Крыма
place-sankt-petersburg = Санкт-Петербург
    .gender = m
    .in = в Санкт-Петербурге
    .to = в Санкт-Петербург
    .from = из Санкт-Петербурга
    .with = с Санкт-Петербургом
    .of = Санкт-Петербурга
place-schanghai = Шанхай
    .gender = m
    .in = в Шанхае
    .to = в Шанхай
    .from = из Шанхая
    .with = с Шанхаем
    .of = Шанхая
place-suedossetien = Южная Осетия
    .gender = f
    .in = в Южной Осетии
    .to = в Южную Осетию
    .from = из Южной Осетии
    .with = с Южной Осетией
    .of = Южной Осетии
place-transnistrien = Приднестровье
    .gender = n
    .in = в Приднестровье
    .to = в Приднестровье
    .from = из Приднестровья
    .with = с Приднестровьем
    .of = Приднестровья
place-nischni-nowgorod = Нижний Новгород
    .gender = m
    .in = в Нижнем Новгороде
    .to = в Нижний Новгород
    .from = из Нижнего Новгорода
    .with = с Нижним Новгородом
    .of = Нижнего Новгорода

# The briefing's section of facts that no article ties to an organisation.
briefing-related = Прочие факты

briefing-change = { $change } ({ $org })
briefing-change-line = { $date }: { $state } — { $to } ({ $org }; ранее: { $from })
briefing-deployment-dated = { $date }: { $deployment }
join-headings = { $before } · { $next }
