# Fact sheet of one organisation. Reference locale: every message here must exist in
# every other locale with the same variables.

factsheet-title = Fact sheet: { $org }
factsheet-as-of = As of { $date }. Based on { $sources ->
        [one] one source
       *[other] { $sources } sources
    }.
factsheet-full-name = Full name: { $name }

section-founded = Founded
founded-line = Founded: { $date }

section-members = Members
# $states_def is the list of member states as running text writes them ("the United
# States"); $states the bare names.
members-summary = { $count ->
        [one] One member state
       *[other] { $count } member states
    }: { $states_def }.
members-column-state = State
members-column-status = Status
members-column-since = Since
members-column-sources = Sources

status-member = member
status-observer = observer
status-suspended = membership suspended
status-former = former member
status-applicant = applicant
status-partner = partner

section-changes = Changes in membership
# A change of a state's status; $from and $to are status words (status-*).
change-line = { $date }: { $state }, { $to } (previously { $from })

section-member-counts = Reported number of members
member-count-line = { $count ->
        [one] one member
       *[other] { $count } members
    } ({ $date })

section-forces = Standing forces
force-rapid_reaction = Rapid reaction force
force-peacekeeping = Peacekeeping force
force-other = Force
force-line = { $force }: { $strength }
force-strength-unknown = strength not reported

section-deployments = Deployments
# $start_from is the start date with its preposition ("from January 6, 2022").
deployment-heading = { $host }, { $start_from }
deployment-heading-open = { $host }
# A deployment's heading with its end; $heading is deployment-heading or
# deployment-heading-open, $end a formatted date of any precision.
deployment-heading-until = { $heading }, { $end_until }
contingents-column-state = Contingent
contingents-column-troops = Troops
contingents-column-sources = Sources
contingents-troops-unknown = no figure given

section-stationed = Troops stationed abroad
# $location_in is the place or state with its preposition ("in Dushanbe").
stationed-line = { $state } { $location_in }: { $troops }

section-people = People
# One person and every role the sources give them; $roles is a list of role-item.
person-roles = { $person }: { $roles }
# A role; $of is the state or organisation it is held for.
role-item = { $role }
role-item-of = { $role } ({ $of })

section-events = Events
section-timeline = Timeline
# $date is a formatted date, $event a phrase such as "Summit in Minsk".
event-line = { $date }: { $event }
event-participants = { $event }, with { $states_def }
section-quotes = Quotes
quote-speaker-unknown = unattributed
quote-line = { $speaker }: { $text } (in { $language })
quote-line-translated = { $speaker }: { $text }
# A human translation of an article's own words, with the original beside it.
free-text-translated = { $translation } (translation; original in { $language }: { $original })

section-figures = Figures
section-conflicts = Where sources disagree
conflict-founded = Founding date
conflict-member-count = Number of members ({ $month })
conflict-force = { $force }: strength
conflict-contingent = Contingent of { $state } { $host_in }
conflict-stationed = Troops { $state_from } { $location_in }
conflict-line = { $subject }: { $values }
conflict-value = { $value } { $sources }

section-sources = Sources
source-untitled = untitled article
source-standard-input = standard input
source-undated = undated

troops = { $count ->
        [one] one soldier
       *[other] { $count } soldiers
    }

qualifier-exact = { $value }
qualifier-approx = about { $value }
qualifier-more_than = more than { $value }
qualifier-less_than = fewer than { $value }
qualifier-at_least = at least { $value }
qualifier-up_to = up to { $value }
qualifier-vague = { $value ->
    [24] dozens
    [100] several hundred
    [1000] several thousand
    [10000] tens of thousands
    [100000] hundreds of thousands
   *[other] several { $value }
}

date-season-spring = spring { $year }
date-season-summer = summer { $year }
date-season-autumn = autumn { $year }
date-season-winter = winter { $year }
date-decade = the { $decade }s
date-range = { $from } to { $to }

## A date with the preposition a sentence puts before it. $precision is day, month,
## season, year, decade or range; $date is the date as written alone ("May 2002"),
## $year and $decade are labels ("2002", "1990"), $month the month's number (1 to 12),
## $season spring, summer, autumn or winter, $from and $to a range's ends.
date-in = { $precision ->
        [day] on { $date }
        [year] in { $year }
        [range] from { $from } to { $to }
       *[other] in { $date }
    }
date-from = { $precision ->
        [range] from { $from }
       *[other] from { $date }
    }
date-until = { $precision ->
        [range] until { $to }
       *[other] until { $date }
    }
date-by = { $precision ->
        [range] by { $to }
       *[other] by { $date }
    }
date-unknown = date unknown

language-de = German
language-en = English
language-ru = Russian

# Vague amounts (`mehrere Tausend`): the order of magnitude as a word.
magnitude = { $magnitude ->
        [hundred] several hundred
        [thousand] several thousand
        [tenthousand] tens of thousands of
       *[other] hundreds of thousands of
    }
troops-vague = { magnitude } soldiers
deployment-contingents = Contingents: { $states_def }.

# A state's first status the sources tell of, dated. $status is one of member,
# observer, suspended, former, applicant, partner; $date a date, or "first reported …".
change-new = { $date }: { $state } { $status ->
        [member] joined
        [observer] became an observer
        [suspended] suspended its membership
        [former] left
        [applicant] applied to join
       *[partner] became a partner
    }
# The date of a change no text dates: the day it was first reported; $date_in is that
# date with its preposition ("in February 2024", "on March 3, 2024").
date-first-reported = first reported { $date_in }
# The members table's "since" cell when no text gives the start of the status.
members-first-reported = first reported { $date_in }
# A conflict about a state's membership status.
conflict-status = Status of { $state }

# Troops that are planned or announced, not there yet; $troops is a troop figure (may be
# empty), $by a date.
troops-planned = planned: { $troops }
troops-planned-by = planned: { $troops } { $date_by }

## Quotation marks and separators around data. They are frame text, so each language
## writes its own here; no punctuation around data is added in code.

# Words quoted from an article (a quote in a fact sheet or digest, or its human
# translation); $text is the words as the article gave them.
quoted = “{ $text }”
# Between values that sources give differently (in “Where sources disagree”) and between
# the strengths or troop figures that several sources give (“3,000 soldiers; 2,500
# soldiers”). Applied between each pair: $before holds the values joined so far, $next
# the next one; each may end in footnote markers.
join-values = { $before }; { $next }
# Between the troop figures of one contingent in the contingents table (“3,000 / 2,500”);
# $before and $next as in join-values.
join-figures = { $before } / { $next }

# A troop strength with a qualifier; $qualifier is approx, more_than, less_than,
# at_least or up_to, and $count the number of soldiers.
troops-qualified = { $qualifier ->
        [approx] about { $count } soldiers
        [more_than] more than { $count } soldiers
        [less_than] fewer than { $count ->
            [one] one soldier
           *[other] { $count } soldiers
        }
        [at_least] at least { $count ->
            [one] one soldier
           *[other] { $count } soldiers
        }
       *[up_to] up to { $count } soldiers
    }
