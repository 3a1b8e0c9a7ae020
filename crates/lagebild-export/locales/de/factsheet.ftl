# Faktenblatt einer Organisation.

factsheet-title = Faktenblatt: { $org }
factsheet-as-of = Stand: { $date }. Grundlage: { $sources ->
        [one] eine Quelle
       *[other] { $sources } Quellen
    }.
factsheet-full-name = Vollständiger Name: { $name }

section-founded = Gründung
founded-line = Gründung: { $date }

section-members = Mitglieder
members-summary = { $count ->
        [one] Ein Mitgliedstaat
       *[other] { $count } Mitgliedstaaten
    }: { $states }.
members-column-state = Staat
members-column-status = Status
members-column-since = Seit
members-column-sources = Quellen

status-member = Mitglied
status-observer = Beobachter
status-suspended = Mitgliedschaft ausgesetzt
status-former = ehemaliges Mitglied
status-applicant = Beitrittskandidat
status-partner = Partner

section-changes = Veränderungen der Mitgliedschaft
change-line = { $date }: { $state }, { $to } (zuvor: { $from })

section-member-counts = Gemeldete Zahl der Mitglieder
member-count-line = { $count ->
        [one] ein Mitglied
       *[other] { $count } Mitglieder
    } ({ $date })

section-forces = Ständige Truppen
force-rapid_reaction = Schnelle Eingreiftruppe
force-peacekeeping = Friedenstruppe
force-other = Truppe
force-line = { $force }: { $strength }
force-strength-unknown = Stärke nicht gemeldet

section-deployments = Einsätze
deployment-heading = { $host }, { $start_from }
deployment-heading-open = { $host }
deployment-heading-until = { $heading }, { $end_until }
contingents-column-state = Kontingent
contingents-column-troops = Truppenstärke
contingents-column-sources = Quellen
contingents-troops-unknown = ohne Angabe

section-stationed = Im Ausland stationierte Truppen
stationed-line = { $state } { $location_in }: { $troops }

section-people = Personen
# One person and every role the sources give them; $roles is a list of role-item.
person-roles = { $person }: { $roles }
# A role; $of is the state or organisation it is held for.
role-item = { $role }
role-item-of = { $role } ({ $of })

section-events = Ereignisse
section-timeline = Zeitleiste
event-line = { $date }: { $event }
event-participants = { $event }, mit { $states }
section-quotes = Zitate
quote-speaker-unknown = ohne Zuordnung
quote-line = { $speaker }: { $text } (auf { $language })
quote-line-translated = { $speaker }: { $text }
free-text-translated = { $translation } (Übersetzung; Original auf { $language }: { $original })

section-figures = Zahlen
section-conflicts = Widersprüche zwischen Quellen
conflict-founded = Gründungsdatum
conflict-member-count = Zahl der Mitglieder ({ $month })
conflict-force = Stärke: { $force }
conflict-contingent = Kontingent: { $state } { $host_in }
conflict-stationed = Truppen { $state_from } { $location_in }
conflict-line = { $subject }: { $values }
conflict-value = { $value } { $sources }

section-sources = Quellen
source-untitled = Artikel ohne Titel
source-standard-input = Standardeingabe
source-undated = ohne Datum

troops = { $count ->
        [one] ein Soldat
       *[other] { $count } Soldaten
    }

qualifier-exact = { $value }
qualifier-approx = rund { $value }
qualifier-more_than = mehr als { $value }
qualifier-less_than = weniger als { $value }
qualifier-at_least = mindestens { $value }
qualifier-up_to = bis zu { $value }
qualifier-vague = { $value ->
    [24] Dutzende
    [100] mehrere Hundert
    [1000] mehrere Tausend
    [10000] Zehntausende
    [100000] Hunderttausende
   *[other] mehrere { $value }
}

date-season-spring = Frühjahr { $year }
date-season-summer = Sommer { $year }
date-season-autumn = Herbst { $year }
date-season-winter = Winter { $year }
date-decade = die { $decade }er-Jahre
date-range = { $from } bis { $to }

## Ein Datum mit der Präposition, die der Satz verlangt. $precision ist day, month,
## season, year, decade oder range; $date das Datum allein, $year und $decade Jahreszahlen,
## $from und $to die Enden eines Zeitraums.
date-in = { $precision ->
        [day] am { $date }
        [month] im { $date }
        [season] im { $date }
        [year] { $year }
        [decade] in den { $decade }er-Jahren
       *[range] vom { $from } bis { $to }
    }
date-from = { $precision ->
        [decade] ab den { $decade }er-Jahren
        [range] ab { $from }
       *[other] ab { $date }
    }
date-until = { $precision ->
        [decade] bis in die { $decade }er-Jahre
        [range] bis { $to }
       *[other] bis { $date }
    }
date-by = { $precision ->
        [decade] bis in die { $decade }er-Jahre
        [range] bis { $to }
       *[other] bis { $date }
    }
date-unknown = Datum unbekannt

language-de = Deutsch
language-en = Englisch
language-ru = Russisch

magnitude = { $magnitude ->
        [hundred] Hundert
        [thousand] Tausend
        [tenthousand] Zehntausend
       *[other] Hunderttausend
    }
troops-vague = mehrere { magnitude } Soldaten
deployment-contingents = Kontingente: { $states }.

# A state's first status the sources tell of, dated. $status is one of member,
# observer, suspended, former, applicant, partner; $date a date, or "first reported …".
change-new = { $date }: { $state } { $status ->
        [member] trat bei
        [observer] wurde Beobachter
        [suspended] setzte die Mitgliedschaft aus
        [former] trat aus
        [applicant] beantragte die Aufnahme
       *[partner] wurde Partner
    }
# The date of a change no text dates: the day it was first reported.
date-first-reported = erstmals gemeldet { $date_in }
# The members table's "since" cell when no text gives the start of the status.
members-first-reported = erstmals gemeldet { $date_in }
# A conflict about a state's membership status.
conflict-status = Status von { $state }

# Troops that are planned or announced, not there yet; $troops is a troop figure (may be
# empty), $by a date.
troops-planned = geplant: { $troops }
troops-planned-by = geplant: { $troops } { $date_by }

## Anführungszeichen und Trennzeichen um Daten.

quoted = „{ $text }“
join-values = { $before }; { $next }
join-figures = { $before } / { $next }

troops-qualified = { $qualifier ->
        [approx] rund { $count } Soldaten
        [more_than] mehr als { $count } Soldaten
        [less_than] weniger als { $count } Soldaten
        [at_least] mindestens { $count ->
            [one] ein Soldat
           *[other] { $count } Soldaten
        }
       *[up_to] bis zu { $count } Soldaten
    }
