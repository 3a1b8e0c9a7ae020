# Le briefing : un document pour un ensemble d’articles. Les noms d’organisations et
# d’États arrivent sans article ($org = OTAN, $state = Russie) ; les phrases sont donc
# nominales (« Déploiement de troupes au Kazakhstan (OTSC) »). $host_article,
# $location_article et $state_article donnent la classe du nom d’État (.article dans
# names.ftl) : f (en Russie), v (en Iran), m (au Mali), p (aux États-Unis), none (à Cuba).

briefing-title = Briefing
briefing-period = { $sources ->
        [one] Un article
        [many] { $sources } d’articles
       *[other] { $sources } articles
    } { $period ->
        [undated] sans date
        [single] { $from_precision ->
            [day] du { $from }
           *[other] { $from_in }
        }
       *[range] { $from_precision ->
            [day] du { $from } au { $to }
           *[other] { $from_from } { $to_until }
        }
    }, situation { $asof_precision ->
        [day] au { $asof }
       *[other] { $asof_in }
    }.
briefing-changes = Ce qui a changé
briefing-no-changes = Aucun changement de composition ni nouveau déploiement n’a été signalé.
briefing-timeline = Chronologie
briefing-factsheets = Organisations
briefing-digests = Articles
digest-meta = { $date }, { $source }
digest-lead = Chapô (en { $language }) : { $lead }
digest-headings = Intertitres (en { $language }) : { $headings }
digest-lead-translated = Chapô : { $lead }
digest-headings-translated = Intertitres : { $headings }
digest-facts = Faits relevés
digest-no-facts = Aucun fait relevé.
# Heading of the list of fact sheets that cite an article, on the article's own page.
digest-factsheets = Cité dans les fiches d’information

timeline-founded = Création { $org_of }
# Dans la chronologie (Mermaid), le deux-points est de la syntaxe : le statut suit un tiret.
timeline-change = { $state } – { $status } ({ $org })
timeline-deployment = Déploiement { $host_in } ({ $org })
timeline-event = { $event } ({ $org })

change-deployment = { $org_article ->
        [v] L’{ $org }
        [f] La { $org }
        [m] Le { $org }
        [p] Les { $org }
       *[none] { $org }
    } { $org_article ->
        [p] ont
       *[other] a
    } déployé des troupes { $host_to }

fact-founded = Fondation { $org_of } : { $date }
fact-membership = { $state } : { $status } ({ $org })
fact-member_count = { $org } : { $count ->
        [one] un membre
        [many] { $count } de membres
       *[other] { $count } membres
    }
fact-force = { $org } : { $force }, { $strength }
fact-deployment = { $actor_article ->
        [v] L’{ $actor }
        [f] La { $actor }
        [m] Le { $actor }
        [p] Les { $actor }
       *[none] { $actor }
    } { $actor_article ->
        [p] déploient
       *[other] déploie
    } des troupes { $host_to }
# $state_of : « de la Russie » ; $location_in : « en Transnistrie », « à Douchanbé ».
fact-stationed = Troupes { $state_of } stationnées { $location_in } : { $troops }
fact-role = { $person } : { $role }
fact-quote = { $speaker } : { $text }
# $qualifier vaut vague pour un ordre de grandeur (« plusieurs centaines »), qui veut
# « de » devant le nom.
fact-figure = { $qualifier ->
        [vague] { $quantity } de { $counts }
       *[other] { $quantity } { $counts }
    }
fact-event = { $event } { $place_in }
fact-event-unplaced = { $event }

event-summit = Sommet
event-meeting = Réunion
event-exercise = Exercice
event-agreement = Accord
event-other = Événement

## Ce que compte un chiffre ; l’identifiant est le nom allemand relevé, ramené à l’ASCII.
counted-menschen = personnes
counted-tote = morts
counted-toten = morts
counted-todesopfer = victimes
counted-einwohner = habitants
counted-kilometer = kilomètres
counted-euro = euros
counted-dollar = dollars
counted-fluechtlinge = réfugiés
counted-festnahmen = arrestations
counted-verletzte = blessés
counted-reservisten = réservistes
counted-panzer = chars
counted-flugzeuge = avions
counted-militaerfahrzeuge = véhicules militaires
counted-fahrzeuge = véhicules
counted-sender = chaînes
counted-tv-sender = chaînes de télévision

## Lieux dont le nom français diffère du nom allemand.
place-moskau = Moscou
place-eriwan = Erevan
place-duschanbe = Douchanbé
place-bischkek = Bichkek
place-taschkent = Tachkent
place-kiew = Kyiv
place-peking = Pékin
place-warschau = Varsovie
place-bruessel = Bruxelles
place-tiflis = Tbilissi
place-gjumri = Gumri
place-abchasien = Abkhazie
    .article = v
place-berg-karabach = Haut-Karabakh
    .article = m
place-donbass = Donbass
    .article = m
place-iwanowo = Ivanovo
place-kant = Kant
place-krim = Crimée
    .article = f
place-sankt-petersburg = Saint-Pétersbourg
place-schanghai = Shanghai
place-suedossetien = Ossétie du Sud
    .article = v
place-transnistrien = Transnistrie
    .article = f
place-nischni-nowgorod = Nijni Novgorod

briefing-related = Faits connexes

briefing-change = { $change } ({ $org })
briefing-change-line = { $date } : { $state }, { $to } ({ $org } ; auparavant : { $from })
briefing-deployment-dated = { $date } : { $deployment }
join-headings = { $before } · { $next }
