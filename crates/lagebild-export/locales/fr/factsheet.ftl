# Fiche d’information d’une organisation. Les noms d’organisations arrivent sans article
# ($org = OTAN, OTSC) : les phrases les placent là où le français n’en demande pas
# (après un deux-points, entre parenthèses).

factsheet-title = Fiche d’information : { $org }
factsheet-as-of = État des informations : { $date }. D’après { $sources ->
        [one] une source
        [many] { $sources } de sources
       *[other] { $sources } sources
    }.
factsheet-full-name = Nom complet : { $name }

section-founded = Fondation
founded-line = Date de fondation : { $date }

section-members = Membres
members-summary = { $count ->
        [one] Un État membre
        [many] { $count } d’États membres
       *[other] { $count } États membres
    } : { $states }.
members-column-state = État
members-column-status = Statut
members-column-since = Depuis
members-column-sources = Sources

status-member = membre
status-observer = observateur
status-suspended = adhésion suspendue
status-former = ancien membre
status-applicant = candidat
status-partner = partenaire

section-changes = Évolution de la composition
change-line = { $date } : { $state }, { $to } (auparavant : { $from })

section-member-counts = Nombre de membres rapporté
member-count-line = { $count ->
        [one] un membre
        [many] { $count } de membres
       *[other] { $count } membres
    } ({ $date })

section-forces = Forces permanentes
force-rapid_reaction = Force de réaction rapide
force-peacekeeping = Force de maintien de la paix
force-other = Force
force-line = { $force } : { $strength }
force-strength-unknown = effectif non communiqué

section-deployments = Déploiements
deployment-heading = { $host }, { $start_from }
deployment-heading-open = { $host }
deployment-heading-until = { $heading }, { $end_until }
contingents-column-state = Contingent
contingents-column-troops = Effectifs
contingents-column-sources = Sources
contingents-troops-unknown = aucun chiffre communiqué

section-stationed = Troupes stationnées à l’étranger
stationed-line = { $state }, { $location_in } : { $troops }

section-people = Personnalités
person-roles = { $person } : { $roles }
role-item = { $role }
role-item-of = { $role } ({ $of })

section-events = Événements
section-timeline = Chronologie
event-line = { $date } : { $event }
event-participants = { $event }, avec { $states_def }
section-quotes = Citations
quote-speaker-unknown = source non précisée
quote-line = { $speaker } : { $text } (en { $language })
quote-line-translated = { $speaker } : { $text }
free-text-translated = { $translation } (traduction ; original en { $language } : { $original })

section-figures = Chiffres
section-conflicts = Divergences entre les sources
conflict-founded = Date de fondation
conflict-member-count = Nombre de membres ({ $month })
conflict-force = { $force } : effectif
conflict-contingent = Contingent : { $state }, { $host_in }
conflict-stationed = Troupes { $state_of } { $location_in }
conflict-line = { $subject } : { $values }
conflict-value = { $value } { $sources }

section-sources = Sources
source-untitled = article sans titre
source-standard-input = entrée standard
source-undated = sans date

troops = { $count ->
        [one] { $count } soldat
        [many] { $count } de soldats
       *[other] { $count } soldats
    }

qualifier-exact = { $value }
qualifier-approx = environ { $value }
qualifier-more_than = plus de { $value }
qualifier-less_than = moins de { $value }
qualifier-at_least = au moins { $value }
qualifier-up_to = jusqu’à { $value }
qualifier-vague = { $value ->
    [24] des dizaines
    [100] plusieurs centaines
    [1000] plusieurs milliers
    [10000] des dizaines de milliers
    [100000] des centaines de milliers
   *[other] plusieurs { $value }
}

date-season-spring = printemps { $year }
date-season-summer = été { $year }
date-season-autumn = automne { $year }
date-season-winter = hiver { $year }
date-decade = les années { $decade }
date-range = { $from } – { $to }

## Une date avec la préposition que la phrase lui donne. $precision vaut day, month,
## season, year, decade ou range ; $date est la date seule, $year et $decade des
## millésimes, $season spring, summer, autumn ou winter, $from et $to les bornes.
date-in = { $precision ->
        [day] le { $date }
        [season] { $season ->
            [spring] au { $date }
           *[other] en { $date }
        }
        [decade] dans { $date }
        [range] du { $from } au { $to }
       *[other] en { $date }
    }
date-from = { $precision ->
        [day] à partir du { $date }
        [season] { $season ->
            [spring] à partir du { $date }
           *[other] à partir de l’{ $date }
        }
        [month] à partir { $month ->
            [4] d’{ $date }
            [8] d’{ $date }
            [10] d’{ $date }
           *[other] de { $date }
        }
        [decade] à partir des années { $decade }
        [range] à partir du { $from }
       *[other] à partir de { $date }
    }
date-until = { $precision ->
        [day] jusqu’au { $date }
        [season] { $season ->
            [spring] jusqu’au { $date }
           *[other] jusqu’à l’{ $date }
        }
        [decade] jusqu’aux années { $decade }
        [range] jusqu’au { $to }
       *[other] jusqu’en { $date }
    }
date-by = { $precision ->
        [day] d’ici le { $date }
        [season] { $season ->
            [spring] d’ici le { $date }
           *[other] d’ici l’{ $date }
        }
        [decade] d’ici les années { $decade }
        [range] d’ici le { $to }
       *[other] d’ici { $date }
    }
date-unknown = date inconnue

language-de = allemand
language-en = anglais
language-ru = russe

# Ordre de grandeur d’un effectif vague (« mehrere Tausend »).
magnitude = { $magnitude ->
        [hundred] plusieurs centaines de
        [thousand] plusieurs milliers de
        [tenthousand] des dizaines de milliers de
       *[other] des centaines de milliers de
    }
troops-vague = { magnitude } soldats
deployment-contingents = Contingents : { $states }.

change-new = { $date } : { $state }, { $status ->
        [member] adhésion
        [observer] statut d’observateur
        [suspended] adhésion suspendue
        [former] retrait
        [applicant] candidature
       *[partner] statut de partenaire
    }
date-first-reported = { $date } (première mention)
members-first-reported = première mention : { $date }
conflict-status = Statut : { $state }

troops-planned = prévus : { $troops }
troops-planned-by = prévus { $date_by } : { $troops }

## Guillemets et séparateurs autour des données.

quoted = « { $text } »
join-values = { $before } ; { $next }
join-figures = { $before } / { $next }

troops-qualified = { $qualifier ->
        [approx] environ { $count ->
            [one] { $count } soldat
            [many] { $count } de soldats
           *[other] { $count } soldats
        }
        [more_than] plus de { $count ->
            [one] { $count } soldat
            [many] { $count } de soldats
           *[other] { $count } soldats
        }
        [less_than] moins de { $count ->
            [one] { $count } soldat
            [many] { $count } de soldats
           *[other] { $count } soldats
        }
        [at_least] au moins { $count ->
            [one] { $count } soldat
            [many] { $count } de soldats
           *[other] { $count } soldats
        }
       *[up_to] jusqu’à { $count ->
            [one] { $count } soldat
            [many] { $count } de soldats
           *[other] { $count } soldats
        }
    }
