briefing-title = Lagebild
briefing-period = { $sources ->
        [one] Ein Artikel
       *[other] { $sources } Artikel
    } { $period ->
        [undated] ohne Datum
        [single] { $from_precision ->
            [day] vom { $from }
           *[other] von { $from }
        }
       *[range] { $from_precision ->
            [day] vom { $from }
           *[other] von { $from }
        } bis { $to }
    }, Stand { $asof }.
briefing-changes = Was sich geändert hat
briefing-no-changes = Keine Veränderung der Mitgliedschaft und kein neuer Einsatz gemeldet.
briefing-timeline = Zeitleiste
briefing-factsheets = Organisationen
briefing-digests = Artikel
digest-meta = { $date }, { $source }
digest-lead = Vorspann (auf { $language }): { $lead }
digest-headings = Zwischenüberschriften (auf { $language }): { $headings }
digest-lead-translated = Vorspann: { $lead }
digest-headings-translated = Zwischenüberschriften: { $headings }
digest-facts = Gefundene Fakten
digest-no-facts = Keine Fakten gefunden.
# Heading of the list of fact sheets that cite an article, on the article's own page.
digest-factsheets = Zitiert in den Faktenblättern

timeline-founded = Gründung { $org_of }
# In der Zeitleiste (Mermaid) ist der Doppelpunkt Syntax; der Status folgt auf einen Halbgeviertstrich.
timeline-change = { $state } – { $status } ({ $org })
# Namen mit Artikel (die Ukraine, der Iran, die USA) tragen in names.ftl `.article`;
# $host_to ist das Ziel mit seiner Präposition (`in die Ukraine`, `nach Kasachstan`).
timeline-deployment = { $org_article ->
        [die] Die { $org }
        [der] Der { $org }
        [plural] Die { $org }
       *[none] { $org }
    } entsendet Truppen { $host_to }
timeline-event = { $event } ({ $org })

change-deployment = { $org_article ->
        [die] Die { $org }
        [der] Der { $org }
        [plural] Die { $org }
       *[none] { $org }
    } entsandte Truppen { $host_to }

# $date_in ist das Datum mit seiner Präposition (`1949`, `im Mai 2002`, `am 14. Mai 1955`).
fact-founded = { $org_article ->
        [die] Die { $org }
        [der] Der { $org }
        [plural] Die { $org }
       *[none] { $org }
    } wurde { $date_in } gegründet
fact-membership = { $state }: { $status } ({ $org })
fact-member_count = { $org }: { $count ->
        [one] ein Mitglied
       *[other] { $count } Mitglieder
    }
fact-force = { $org }: { $force }, { $strength }
fact-deployment = { $actor_article ->
        [die] Die { $actor }
        [der] Der { $actor }
        [plural] Die { $actor }
       *[none] { $actor }
    } entsendet Truppen { $host_to }
fact-stationed = Truppen { $state_from } { $location_in }: { $troops }
fact-role = { $person }: { $role }
fact-quote = { $speaker }: { $text }
fact-figure = { $quantity } { $counts }
fact-event = { $event } { $place_in }
fact-event-unplaced = { $event }

event-summit = Gipfel
event-meeting = Treffen
event-exercise = Manöver
event-agreement = Abkommen
event-other = Ereignis

## Was eine gemeldete Zahl zählt; die ID ist das vom Extraktor gefundene Nomen in ASCII
## (ä → ae). Nomen ohne Nachricht erscheinen so, wie sie gefunden wurden.
counted-menschen = Menschen
counted-tote = Tote
counted-toten = Tote
counted-todesopfer = Todesopfer
counted-einwohner = Einwohner
counted-kilometer = Kilometer
counted-euro = Euro
counted-dollar = Dollar
counted-fluechtlinge = Flüchtlinge
counted-festnahmen = Festnahmen
counted-verletzte = Verletzte
counted-reservisten = Reservisten
counted-panzer = Panzer
counted-flugzeuge = Flugzeuge
counted-militaerfahrzeuge = Militärfahrzeuge
counted-fahrzeuge = Fahrzeuge
counted-sender = Sender
counted-tv-sender = TV-Sender

# The briefing's section of facts that no article ties to an organisation.
briefing-related = Weitere Fakten

briefing-change = { $change } ({ $org })
briefing-change-line = { $date }: { $state }, { $to } ({ $org }; zuvor: { $from })
briefing-deployment-dated = { $date }: { $deployment }
join-headings = { $before } · { $next }
