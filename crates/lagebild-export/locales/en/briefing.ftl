# The briefing: one document for a corpus.

briefing-title = Briefing
# $period is range (articles of several dates), single (all of one date) or undated;
# $from_from is the first date with its preposition (date-from in factsheet.ftl).
briefing-period = { $sources ->
        [one] One article
       *[other] { $sources } articles
    } { $period ->
        [single] dated { $from }
        [undated] without a date
       *[range] { $from_from } to { $to }
    }, as of { $asof }.
briefing-changes = What changed
briefing-no-changes = No change in membership or new deployment was reported.
briefing-timeline = Timeline
briefing-factsheets = Organisations
briefing-digests = Articles
digest-meta = { $date }, { $source }
digest-lead = Lead (in { $language }): { $lead }
digest-headings = Subheadings (in { $language }): { $headings }
digest-lead-translated = Lead: { $lead }
digest-headings-translated = Subheadings: { $headings }
digest-facts = Facts found
digest-no-facts = No facts found.
# Heading of the list of fact sheets that cite an article, on the article's own page.
digest-factsheets = Cited in the fact sheets

timeline-founded = { $org } founded
# A timeline label: Mermaid reads a colon as syntax, so the status follows an en dash.
timeline-change = { $state } – { $status } ({ $org })
# $org_article is the `.article` of the organisation's name in names.ftl (`the` for the
# CSTO, `none` for NATO); $actor_article likewise for a state or organisation.
# $host_to is the host state with its preposition ("to Kazakhstan", names.ftl name-to).
timeline-deployment = { $org_article ->
        [the] The { $org }
       *[none] { $org }
    } deploys troops { $host_to }
timeline-event = { $event } ({ $org })

change-deployment = { $org_article ->
        [the] The { $org }
       *[none] { $org }
    } deployed troops { $host_to }

# $date_in is the founding date with its preposition ("in 1949", "on May 14, 1955").
fact-founded = { $org_article ->
        [the] The { $org }
       *[none] { $org }
    } was founded { $date_in }
fact-membership = { $state }: { $status } ({ $org })
fact-member_count = { $org }: { $count ->
        [one] one member
       *[other] { $count } members
    }
fact-force = { $org }: { $force }, { $strength }
fact-deployment = { $actor_article ->
        [the] The { $actor }
       *[none] { $actor }
    } deploys troops { $host_to }
# $state_from and $location_in are names with their prepositions ("from Russia",
# "in Dushanbe"); $troops is a troop figure, possibly planned.
fact-stationed = Troops { $state_from } { $location_in }: { $troops }
fact-role = { $person }: { $role }
fact-quote = { $speaker }: { $text }
fact-figure = { $quantity } { $counts }
# $place_in is the place with its preposition ("in Minsk").
fact-event = { $event } { $place_in }
fact-event-unplaced = { $event }

event-summit = Summit
event-meeting = Meeting
event-exercise = Exercise
event-agreement = Agreement
event-other = Event

## What a reported figure counts; the id is the German noun the extractor found,
## folded to ASCII (ä → ae). Nouns without a message are shown as found.
counted-menschen = people
counted-tote = dead
counted-toten = dead
counted-todesopfer = fatalities
counted-einwohner = inhabitants
counted-kilometer = kilometres
counted-euro = euros
counted-dollar = dollars
counted-fluechtlinge = refugees
counted-festnahmen = arrests
counted-verletzte = injured
counted-reservisten = reservists
counted-panzer = tanks
counted-flugzeuge = aircraft
counted-militaerfahrzeuge = military vehicles
counted-fahrzeuge = vehicles
counted-sender = broadcasters
counted-tv-sender = TV channels

## Places whose English name differs from the German one. The id is the German name
## folded to ASCII (ü → ue, spaces → -). Places without a message keep their German name.
place-moskau = Moscow
place-eriwan = Yerevan
place-duschanbe = Dushanbe
place-bischkek = Bishkek
place-taschkent = Tashkent
place-kiew = Kyiv
place-peking = Beijing
place-warschau = Warsaw
place-bruessel = Brussels
place-tiflis = Tbilisi
place-gjumri = Gyumri
place-abchasien = Abkhazia
place-berg-karabach = Nagorno-Karabakh
place-donbass = Donbas
place-iwanowo = Ivanovo
place-kant = Kant
place-krim = Crimea
place-sankt-petersburg = Saint Petersburg
place-schanghai = Shanghai
place-suedossetien = South Ossetia
place-transnistrien = Transnistria
place-nischni-nowgorod = Nizhny Novgorod

# The briefing's section of facts that no article ties to an organisation.
briefing-related = Related facts

# A state's first reported status in the briefing's “What changed”; $change is a
# change-new sentence (it begins with its date) and $org the organisation's short name.
briefing-change = { $change } ({ $org })
# A change from one status to another in "What changed"; $date is a date or "first
# reported …" (date-first-reported), $from and $to status words (status-*), $org the
# organisation's short name.
briefing-change-line = { $date }: { $state }, { $to } ({ $org }; previously { $from })
# A deployment in the briefing's “What changed” when its start is known; $date is a
# formatted date of any precision (day, month, year, season) and $deployment a
# change-deployment sentence.
briefing-deployment-dated = { $date }: { $deployment }
# Between an article's subheadings in its digest (“Lage · Reaktionen”); $before holds
# the subheadings joined so far, $next the next one.
join-headings = { $before } · { $next }
