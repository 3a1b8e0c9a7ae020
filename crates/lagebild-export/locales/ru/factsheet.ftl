# Справка об организации.

factsheet-title = Справка: { $org }
factsheet-as-of = По состоянию на { $date }, { $sources ->
        [one] { $sources } источник
        [few] { $sources } источника
        [many] { $sources } источников
       *[other] { $sources } источника
    }.
factsheet-full-name = Полное название: { $name }

section-founded = Основание
founded-line = Дата основания: { $date }

section-members = Члены
members-summary = { $count ->
        [one] { $count } государство-член
        [few] { $count } государства-члена
        [many] { $count } государств-членов
       *[other] { $count } государства-члена
    }: { $states }.
members-column-state = Государство
members-column-status = Статус
members-column-since = С
members-column-sources = Источники

status-member = член
status-observer = наблюдатель
status-suspended = членство приостановлено
status-former = бывший член
status-applicant = кандидат
status-partner = партнёр

section-changes = Изменения в составе
change-line = { $date }: { $state } — { $to } (ранее: { $from })

section-member-counts = Сообщённое число членов
member-count-line = { $count ->
        [one] { $count } член
        [few] { $count } члена
        [many] { $count } членов
       *[other] { $count } члена
    } ({ $date })

section-forces = Постоянные силы
force-rapid_reaction = Силы быстрого реагирования
force-peacekeeping = Миротворческие силы
force-other = Силы
force-line = { $force }: { $strength }
force-strength-unknown = численность не сообщается

section-deployments = Операции
# $start_from — дата с предлогом `с` в родительном падеже (`с января 2022 г.`).
deployment-heading = { $host }, { $start_from }
deployment-heading-open = { $host }
deployment-heading-until = { $heading }, { $end_until }
contingents-column-state = Контингент
contingents-column-troops = Численность
contingents-column-sources = Источники
contingents-troops-unknown = численность не указана

section-stationed = Войска за рубежом
stationed-line = { $state } { $location_in }: { $troops }

section-people = Персоны
# One person and every role the sources give them; $roles is a list of role-item.
person-roles = { $person }: { $roles }
# A role; $of is the state or organisation it is held for.
role-item = { $role }
role-item-of = { $role } ({ $of })

section-events = События
section-timeline = Хронология
event-line = { $date }: { $event }
# $states_of — участники в родительном падеже (`Белоруссии и Казахстана`).
event-participants = { $event } с участием { $states_of }
section-quotes = Цитаты
quote-speaker-unknown = без указания автора
quote-line = { $speaker }: { $text } (язык: { $language })
quote-line-translated = { $speaker }: { $text }
free-text-translated = { $translation } (перевод; оригинал, { $language }: { $original })

section-figures = Цифры
section-conflicts = Расхождения между источниками
conflict-founded = Дата основания
conflict-member-count = Число членов ({ $month })
conflict-force = Численность: { $force }
conflict-contingent = Контингент { $state_of } { $host_in }
conflict-stationed = Войска { $state_of } { $location_in }
conflict-line = { $subject }: { $values }
conflict-value = { $value } { $sources }

section-sources = Источники
source-untitled = статья без заголовка
source-standard-input = стандартный ввод
source-undated = без даты

troops = { $count ->
        [one] { $count } военнослужащий
        [few] { $count } военнослужащих
        [many] { $count } военнослужащих
       *[other] { $count } военнослужащего
    }

qualifier-exact = { $value }
qualifier-approx = около { $value }
qualifier-more_than = более { $value }
qualifier-less_than = менее { $value }
qualifier-at_least = не менее { $value }
qualifier-up_to = до { $value }
qualifier-vague = { $value ->
    [24] десятки
    [100] несколько сотен
    [1000] несколько тысяч
    [10000] десятки тысяч
    [100000] сотни тысяч
   *[other] несколько { $value }
}

date-season-spring = весна { $year }
date-season-summer = лето { $year }
date-season-autumn = осень { $year }
date-season-winter = зима { $year }
date-decade = { $decade }-е годы
date-range = с { $from } по { $to }

## Дата с предлогом, которого требует предложение. $precision: day, month, season, year,
## decade или range; $date — дата отдельно (ICU4X: «6 января 2022 г.», «май 2002 г.»),
## $month — номер месяца (1–12), $year и $decade — числа-метки, $season — spring,
## summer, autumn или winter, $from и $to — концы промежутка. ICU4X даёт месяц только в
## именительном падеже, поэтому падежные формы месяцев записаны здесь.
date-in = { $precision ->
        [day] { $date }
        [month] в { $month ->
            [1] январе
            [2] феврале
            [3] марте
            [4] апреле
            [5] мае
            [6] июне
            [7] июле
            [8] августе
            [9] сентябре
            [10] октябре
            [11] ноябре
           *[12] декабре
        } { $year } г.
        [season] { $season ->
            [spring] весной
            [summer] летом
            [autumn] осенью
           *[winter] зимой
        } { $year } г.
        [year] в { $year } г.
        [decade] в { $decade }-е годы
       *[range] с { $from } по { $to }
    }
date-from = { $precision ->
        [day] с { $date }
        [month] с { $month ->
            [1] января
            [2] февраля
            [3] марта
            [4] апреля
            [5] мая
            [6] июня
            [7] июля
            [8] августа
            [9] сентября
            [10] октября
            [11] ноября
           *[12] декабря
        } { $year } г.
        [season] с { $season ->
            [spring] весны
            [summer] лета
            [autumn] осени
           *[winter] зимы
        } { $year } г.
        [year] с { $year } г.
        [decade] с { $decade }-х годов
       *[range] с { $from }
    }
date-until = { $precision ->
        [day] до { $date }
        [month] до { $month ->
            [1] января
            [2] февраля
            [3] марта
            [4] апреля
            [5] мая
            [6] июня
            [7] июля
            [8] августа
            [9] сентября
            [10] октября
            [11] ноября
           *[12] декабря
        } { $year } г.
        [season] до { $season ->
            [spring] весны
            [summer] лета
            [autumn] осени
           *[winter] зимы
        } { $year } г.
        [year] до { $year } г.
        [decade] до { $decade }-х годов
       *[range] до { $to }
    }
date-by = { $precision ->
        [day] к { $date }
        [month] к { $month ->
            [1] январю
            [2] февралю
            [3] марту
            [4] апрелю
            [5] маю
            [6] июню
            [7] июлю
            [8] августу
            [9] сентябрю
            [10] октябрю
            [11] ноябрю
           *[12] декабрю
        } { $year } г.
        [season] к { $season ->
            [spring] весне
            [summer] лету
            [autumn] осени
           *[winter] зиме
        } { $year } г.
        [year] к { $year } г.
        [decade] к { $decade }-м годам
       *[range] к { $to }
    }
date-unknown = дата неизвестна

language-de = немецкий
language-en = английский
language-ru = русский

magnitude = { $magnitude ->
        [hundred] сотен
        [thousand] тысяч
        [tenthousand] десятков тысяч
       *[other] сотен тысяч
    }
troops-vague = несколько { magnitude } военнослужащих
deployment-contingents = Контингенты: { $states }.

# A state's first status the sources tell of, dated. $status is one of member,
# observer, suspended, former, applicant, partner; $date a date, or "first reported …".
change-new = { $date }: { $state } — { $status ->
        [member] вступление
        [observer] статус наблюдателя
        [suspended] членство приостановлено
        [former] выход
        [applicant] заявка на вступление
       *[partner] статус партнёра
    }
# The date of a change no text dates: the day it was first reported.
date-first-reported = впервые сообщено { $date_in }
# The members table's "since" cell when no text gives the start of the status.
members-first-reported = впервые сообщено { $date_in }
# A conflict about a state's membership status.
conflict-status = Статус: { $state }

# Troops that are planned or announced, not there yet; $troops is a troop figure (may be
# empty), $by a date.
troops-planned = планируется: { $troops }
troops-planned-by = планируется: { $troops } { $date_by }

## Кавычки и разделители вокруг данных.

quoted = «{ $text }»
join-values = { $before }; { $next }
join-figures = { $before } / { $next }

# После «около», «более», «менее», «не менее» и «до» — родительный падеж.
troops-qualified = { $qualifier ->
        [approx] около { $count ->
            [one] { $count } военнослужащего
            [few] { $count } военнослужащих
            [many] { $count } военнослужащих
           *[other] { $count } военнослужащих
        }
        [more_than] более { $count ->
            [one] { $count } военнослужащего
            [few] { $count } военнослужащих
            [many] { $count } военнослужащих
           *[other] { $count } военнослужащих
        }
        [less_than] менее { $count ->
            [one] { $count } военнослужащего
            [few] { $count } военнослужащих
            [many] { $count } военнослужащих
           *[other] { $count } военнослужащих
        }
        [at_least] не менее { $count ->
            [one] { $count } военнослужащего
            [few] { $count } военнослужащих
            [many] { $count } военнослужащих
           *[other] { $count } военнослужащих
        }
       *[up_to] до { $count ->
            [one] { $count } военнослужащего
            [few] { $count } военнослужащих
            [many] { $count } военнослужащих
           *[other] { $count } военнослужащих
        }
    }
