# Noms des États et des organisations. `.article` donne la préposition qu’un nom
# d’État demande devant un lieu : f (en Russie), v (nom à voyelle : en Iran, en
# Ukraine), m (au Mali), p (aux États-Unis) ; sans attribut : à (à Cuba, à Malte).
# `.long` est le nom complet d’une organisation. Une forme (`.def`, `.in`, `.to`,
# `.from`, `.with`, `.of`) est une locution entière, préposition comprise ; un nom qui
# n’en a pas est écrit par le message `name-*` de cette forme.

## Les formes d’un nom sans attribut propre. $name est le nom, $article son `.article`
## (f, v, m, p ou none), $gender son `.gender` (inutilisé ici).

# Le nom dans une phrase : « la Russie », « l’Iran », « le Mali », « les États-Unis ».
name-def = { $article ->
        [f] la { $name }
        [v] l’{ $name }
        [m] le { $name }
        [p] les { $name }
       *[other] { $name }
    }
# Où se trouve quelque chose : « en Russie », « au Mali », « aux États-Unis », « à Cuba ».
name-in = { $article ->
        [f] en { $name }
        [v] en { $name }
        [m] au { $name }
        [p] aux { $name }
       *[other] à { $name }
    }
# Où vont des troupes : les mêmes prépositions que pour le lieu.
name-to = { name-in }
# D’où viennent des troupes : « de Russie », « d’Iran », « du Mali », « des États-Unis ».
name-from = { $article ->
        [f] de { $name }
        [v] d’{ $name }
        [m] du { $name }
        [p] des { $name }
       *[other] de { $name }
    }
# Qui participe : « avec la Biélorussie ».
name-with = avec { name-def }
# À qui appartient quelque chose : « de l’OTAN », « de la Russie », « du Mali ».
name-of = { $article ->
        [f] de la { $name }
        [v] de l’{ $name }
        [m] du { $name }
        [p] des { $name }
       *[other] de { $name }
    }

## États

state-AD = Andorre
    .article = f
state-AE = Émirats arabes unis
    .article = p
state-AF = Afghanistan
    .article = v
state-AG = Antigua-et-Barbuda
state-AL = Albanie
    .article = v
state-AM = Arménie
    .article = v
state-AO = Angola
    .article = v
state-AR = Argentine
    .article = v
state-AT = Autriche
    .article = v
state-AU = Australie
    .article = v
state-AZ = Azerbaïdjan
    .article = v
state-BA = Bosnie-Herzégovine
    .article = f
state-BB = Barbade
    .article = f
state-BD = Bangladesh
    .article = m
state-BE = Belgique
    .article = f
state-BF = Burkina Faso
    .article = m
state-BG = Bulgarie
    .article = f
state-BH = Bahreïn
state-BI = Burundi
    .article = m
state-BJ = Bénin
    .article = m
state-BN = Brunei
state-BO = Bolivie
    .article = f
state-BR = Brésil
    .article = m
state-BS = Bahamas
    .article = p
state-BT = Bhoutan
    .article = m
state-BW = Botswana
    .article = m
state-BY = Biélorussie
    .article = f
state-BZ = Belize
    .article = m
state-CA = Canada
    .article = m
state-CD = République démocratique du Congo
    .article = f
state-CF = République centrafricaine
    .article = f
state-CG = République du Congo
    .article = f
state-CH = Suisse
    .article = f
state-CI = Côte d’Ivoire
    .article = f
state-CL = Chili
    .article = m
state-CM = Cameroun
    .article = m
state-CN = Chine
    .article = f
state-CO = Colombie
    .article = f
state-CR = Costa Rica
    .article = m
state-CU = Cuba
state-CV = Cap-Vert
    .article = m
state-CY = Chypre
state-CZ = Tchéquie
    .article = f
state-DE = Allemagne
    .article = v
state-DJ = Djibouti
state-DK = Danemark
    .article = m
state-DM = Dominique
    .article = f
state-DO = République dominicaine
    .article = f
state-DZ = Algérie
    .article = v
state-EC = Équateur
    .article = v
state-EE = Estonie
    .article = v
state-EG = Égypte
    .article = v
state-ER = Érythrée
    .article = v
state-ES = Espagne
    .article = v
state-ET = Éthiopie
    .article = v
state-FI = Finlande
    .article = f
state-FJ = Fidji
    .article = p
state-FM = Micronésie
    .article = f
state-FR = France
    .article = f
state-GA = Gabon
    .article = m
state-GB = Royaume-Uni
    .article = m
state-GD = Grenade
    .article = f
state-GE = Géorgie
    .article = f
state-GH = Ghana
    .article = m
state-GM = Gambie
    .article = f
state-GN = Guinée
    .article = f
state-GQ = Guinée équatoriale
    .article = f
state-GR = Grèce
    .article = f
state-GT = Guatemala
    .article = m
state-GW = Guinée-Bissau
    .article = f
state-GY = Guyana
    .article = m
state-HN = Honduras
    .article = m
state-HR = Croatie
    .article = f
state-HT = Haïti
state-HU = Hongrie
    .article = f
state-ID = Indonésie
    .article = v
state-IE = Irlande
    .article = v
state-IL = Israël
    .article = v
state-IN = Inde
    .article = v
state-IQ = Irak
    .article = v
state-IR = Iran
    .article = v
state-IS = Islande
    .article = v
state-IT = Italie
    .article = v
state-JM = Jamaïque
    .article = f
state-JO = Jordanie
    .article = f
state-JP = Japon
    .article = m
state-KE = Kenya
    .article = m
state-KG = Kirghizistan
    .article = m
state-KH = Cambodge
    .article = m
state-KI = Kiribati
state-KM = Comores
    .article = p
state-KN = Saint-Christophe-et-Niévès
state-KP = Corée du Nord
    .article = f
state-KR = Corée du Sud
    .article = f
state-KW = Koweït
    .article = m
state-KZ = Kazakhstan
    .article = m
state-LA = Laos
    .article = m
state-LB = Liban
    .article = m
state-LC = Sainte-Lucie
state-LI = Liechtenstein
    .article = m
state-LK = Sri Lanka
    .article = m
state-LR = Liberia
    .article = m
state-LS = Lesotho
    .article = m
state-LT = Lituanie
    .article = f
state-LU = Luxembourg
    .article = m
state-LV = Lettonie
    .article = f
state-LY = Libye
    .article = f
state-MA = Maroc
    .article = m
state-MC = Monaco
state-MD = Moldavie
    .article = f
state-ME = Monténégro
    .article = m
state-MG = Madagascar
state-MH = Îles Marshall
    .article = p
state-MK = Macédoine du Nord
    .article = f
state-ML = Mali
    .article = m
state-MM = Myanmar
    .article = m
state-MN = Mongolie
    .article = f
state-MR = Mauritanie
    .article = f
state-MT = Malte
state-MU = Maurice
state-MV = Maldives
    .article = p
state-MW = Malawi
    .article = m
state-MX = Mexique
    .article = m
state-MY = Malaisie
    .article = f
state-MZ = Mozambique
    .article = m
state-NA = Namibie
    .article = f
state-NE = Niger
    .article = m
state-NG = Nigeria
    .article = m
state-NI = Nicaragua
    .article = m
state-NL = Pays-Bas
    .article = p
state-NO = Norvège
    .article = f
state-NP = Népal
    .article = m
state-NR = Nauru
state-NZ = Nouvelle-Zélande
    .article = f
state-OM = Oman
state-PA = Panama
    .article = m
state-PE = Pérou
    .article = m
state-PG = Papouasie-Nouvelle-Guinée
    .article = f
state-PH = Philippines
    .article = p
state-PK = Pakistan
    .article = m
state-PL = Pologne
    .article = f
state-PS = Palestine
    .article = f
state-PT = Portugal
    .article = m
state-PW = Palaos
    .article = p
state-PY = Paraguay
    .article = m
state-QA = Qatar
    .article = m
state-RO = Roumanie
    .article = f
state-RS = Serbie
    .article = f
state-RU = Russie
    .article = f
state-RW = Rwanda
    .article = m
state-SA = Arabie saoudite
    .article = v
state-SB = Îles Salomon
    .article = p
state-SC = Seychelles
    .article = p
state-SD = Soudan
    .article = m
state-SE = Suède
    .article = f
state-SG = Singapour
state-SI = Slovénie
    .article = f
state-SK = Slovaquie
    .article = f
state-SL = Sierra Leone
    .article = f
state-SM = Saint-Marin
state-SN = Sénégal
    .article = m
state-SO = Somalie
    .article = f
state-SR = Suriname
    .article = m
state-SS = Soudan du Sud
    .article = m
state-ST = Sao Tomé-et-Principe
state-SV = Salvador
    .article = m
state-SY = Syrie
    .article = f
state-SZ = Eswatini
    .article = m
state-TD = Tchad
    .article = m
state-TG = Togo
    .article = m
state-TH = Thaïlande
    .article = f
state-TJ = Tadjikistan
    .article = m
state-TL = Timor oriental
    .article = m
state-TM = Turkménistan
    .article = m
state-TN = Tunisie
    .article = f
state-TO = Tonga
    .article = p
state-TR = Turquie
    .article = f
state-TT = Trinité-et-Tobago
state-TV = Tuvalu
state-TW = Taïwan
state-TZ = Tanzanie
    .article = f
state-UA = Ukraine
    .article = v
state-UG = Ouganda
    .article = v
state-US = États-Unis
    .article = p
state-UY = Uruguay
    .article = v
state-UZ = Ouzbékistan
    .article = v
state-VA = Vatican
    .article = m
state-VC = Saint-Vincent-et-les-Grenadines
state-VE = Venezuela
    .article = m
state-VN = Viêt Nam
    .article = m
state-VU = Vanuatu
    .article = m
state-WS = Samoa
    .article = p
state-XK = Kosovo
    .article = m
state-YE = Yémen
    .article = m
state-ZA = Afrique du Sud
    .article = v
state-ZM = Zambie
    .article = f
state-ZW = Zimbabwe
    .article = m

## Organisations

org-AES = AES
    .article = v
    .long = Alliance des États du Sahel
org-ASEAN = ASEAN
    .article = v
    .long = Association des nations de l’Asie du Sud-Est
org-AU = Union africaine
    .article = v
    .long = Union africaine
org-AUKUS = AUKUS
    .article = m
    .long = AUKUS
org-BRICS = BRICS
    .article = p
    .long = BRICS
org-CIS = CEI
    .article = f
    .long = Communauté des États indépendants
org-CSTO = OTSC
    .article = v
    .long = Organisation du traité de sécurité collective
org-EAEU = Union économique eurasiatique
    .article = v
    .long = Union économique eurasiatique
org-ECOWAS = CEDEAO
    .article = f
    .long = Communauté économique des États de l’Afrique de l’Ouest
org-EU = UE
    .article = v
    .long = Union européenne
org-G7 = G7
    .article = m
    .long = G7
org-GCC = CCG
    .article = m
    .long = Conseil de coopération du Golfe
org-NATO = OTAN
    .article = v
    .long = Organisation du traité de l’Atlantique Nord
org-OSCE = OSCE
    .article = v
    .long = Organisation pour la sécurité et la coopération en Europe
org-SADC = SADC
    .article = f
    .long = Communauté de développement de l’Afrique australe
org-SCO = OCS
    .article = v
    .long = Organisation de coopération de Shanghai
org-UN = ONU
    .article = v
    .long = Organisation des Nations unies
org-WARSAW = Pacte de Varsovie
    .article = m
    .long = Pacte de Varsovie

## Fonctions et titres tels que les articles les écrivent ; l’identifiant est le mot
## allemand ramené à l’ASCII (ä → ae).
role-praesident = président
role-praesidentin = présidente
role-staatschef = chef de l’État
role-staatschefin = cheffe de l’État
role-regierungschef = chef du gouvernement
role-regierungschefin = cheffe du gouvernement
role-ministerpraesident = Premier ministre
role-ministerpraesidentin = Première ministre
role-premierminister = Premier ministre
role-premierministerin = Première ministre
role-premier = Premier ministre
role-kanzler = chancelier
role-bundeskanzler = chancelier fédéral
role-kanzlerin = chancelière
role-aussenminister = ministre des Affaires étrangères
role-aussenministerin = ministre des Affaires étrangères
role-verteidigungsminister = ministre de la Défense
role-verteidigungsministerin = ministre de la Défense
role-generalsekretaer = secrétaire général
role-generalsekretaerin = secrétaire générale
role-generaloberst = colonel général
role-general = général
role-oberbefehlshaber = commandant en chef
role-befehlshaber = commandant
role-kommandeur = commandant
role-kremlsprecher = porte-parole du Kremlin
role-regierungssprecher = porte-parole du gouvernement
role-sprecher = porte-parole
role-sprecherin = porte-parole
role-botschafter = ambassadeur
role-botschafterin = ambassadrice
role-geheimdienstchef = chef du renseignement
role-experte = expert
role-expertin = experte
role-analyst = analyste
role-analystin = analyste
role-politologe = politologue
role-politologin = politologue
role-machthaber = dirigeant
role-vorsitzender = président
role-vorsitzende = présidente

## Personnes dont le nom s’écrit autrement en français qu’en allemand (translittération
## du russe, du kazakh, de l’ukrainien…).
person-alexander-lukaschenko = Alexandre Loukachenko
person-alichan-smajilow = Alikhan Smaïlov
person-andrej-serdjukow = Andreï Serdioukov
person-ararat-mirsojan = Ararat Mirzoyan
person-dmitri-peskow = Dmitri Peskov
person-emomali-rachmon = Emomali Rahmon
person-ilham-alijew = Ilham Aliev
person-imangali-tasmagambetow = Imangali Tasmagambetov
person-kassym-schomart-tokajew = Kassym-Jomart Tokaïev
person-nikol-paschinjan = Nikol Pachinian
person-nursultan-nasarbajew = Noursoultan Nazarbaïev
person-sadyr-schaparow = Sadyr Japarov
person-schawkat-mirsijojew = Chavkat Mirziyoyev
person-sergej-lawrow = Sergueï Lavrov
person-sergej-schoigu = Sergueï Choïgou
person-stanislaw-sas = Stanislav Zas
person-wladimir-putin = Vladimir Poutine
person-wolodymyr-selenskyj = Volodymyr Zelensky

## Titres qui nomment déjà l’organisation pour laquelle ils valent (`.holder = named`).

role-nato-generalsekretaer = secrétaire général de l’OTAN
    .holder = named
