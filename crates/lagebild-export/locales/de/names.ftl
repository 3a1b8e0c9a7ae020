# Namen von Staaten und Organisationen. Die Staaten sind nach ISO-3166-Code benannt,
# Organisationen nach ihrer Lagebild-Kennung. `.long` ist der volle Name;
# `.article` (die, der, plural) steht bei Staaten, deren Name einen Artikel verlangt.
# Eine Form (`.def`, `.in`, `.to`, `.from`, `.with`, `.of`) ist eine ganze Wendung mit
# Präposition; ein Name ohne sie wird von der `name-*`-Nachricht dieser Form geschrieben.

## Die Formen eines Namens ohne eigenes Attribut. $name ist der Name, $article sein
## `.article` (die, der, plural oder none), $gender sein `.gender` (hier nicht genutzt).

# Der Name im Fließtext: „die Ukraine“, „Kasachstan“.
name-def = { $article ->
        [die] die { $name }
        [der] der { $name }
        [plural] die { $name }
       *[other] { $name }
    }
# Wo etwas ist: „in der Ukraine“, „im Iran“, „in Kasachstan“.
name-in = { $article ->
        [die] in der { $name }
        [der] im { $name }
        [plural] in den { $name }
       *[other] in { $name }
    }
# Wohin Truppen gehen: „in die Ukraine“, „nach Kasachstan“.
name-to = { $article ->
        [die] in die { $name }
        [der] in den { $name }
        [plural] in die { $name }
       *[other] nach { $name }
    }
# Woher Truppen kommen: „aus Russland“, „aus den USA“.
name-from = { $article ->
        [die] aus der { $name }
        [der] aus dem { $name }
        [plural] aus den { $name }
       *[other] aus { $name }
    }
# Wer teilnimmt: „mit Belarus“, „mit den USA“.
name-with = { $article ->
        [die] mit der { $name }
        [der] mit dem { $name }
        [plural] mit den { $name }
       *[other] mit { $name }
    }
# Wessen etwas ist: „der Nato“, „des Iran“, „von Russland“.
name-of = { $article ->
        [die] der { $name }
        [der] des { $name }
        [plural] der { $name }
       *[other] von { $name }
    }

## States

state-AD = Andorra
state-AE = Vereinigte Arabische Emirate
    .article = plural
state-AF = Afghanistan
state-AG = Antigua und Barbuda
state-AL = Albanien
state-AM = Armenien
state-AO = Angola
state-AR = Argentinien
state-AT = Österreich
state-AU = Australien
state-AZ = Aserbaidschan
state-BA = Bosnien und Herzegowina
state-BB = Barbados
state-BD = Bangladesch
state-BE = Belgien
state-BF = Burkina Faso
state-BG = Bulgarien
state-BH = Bahrain
state-BI = Burundi
state-BJ = Benin
state-BN = Brunei Darussalam
state-BO = Bolivien
state-BR = Brasilien
state-BS = Bahamas
    .article = plural
state-BT = Bhutan
state-BW = Botsuana
state-BY = Belarus
state-BZ = Belize
state-CA = Kanada
state-CD = Demokratische Republik Kongo
    .article = die
state-CF = Zentralafrikanische Republik
    .article = die
state-CG = Republik Kongo
    .article = die
state-CH = Schweiz
    .article = die
state-CI = Côte d’Ivoire
    .article = die
state-CL = Chile
state-CM = Kamerun
state-CN = China
state-CO = Kolumbien
state-CR = Costa Rica
state-CU = Kuba
state-CV = Cabo Verde
state-CY = Zypern
state-CZ = Tschechien
state-DE = Deutschland
state-DJ = Dschibuti
state-DK = Dänemark
state-DM = Dominica
state-DO = Dominikanische Republik
    .article = die
state-DZ = Algerien
state-EC = Ecuador
state-EE = Estland
state-EG = Ägypten
state-ER = Eritrea
state-ES = Spanien
state-ET = Äthiopien
state-FI = Finnland
state-FJ = Fidschi
state-FM = Mikronesien
state-FR = Frankreich
state-GA = Gabun
state-GB = Großbritannien
state-GD = Grenada
state-GE = Georgien
state-GH = Ghana
state-GM = Gambia
state-GN = Guinea
state-GQ = Äquatorialguinea
state-GR = Griechenland
state-GT = Guatemala
state-GW = Guinea-Bissau
state-GY = Guyana
state-HN = Honduras
state-HR = Kroatien
state-HT = Haiti
state-HU = Ungarn
state-ID = Indonesien
state-IE = Irland
state-IL = Israel
state-IN = Indien
state-IQ = Irak
    .article = der
state-IR = Iran
    .article = der
state-IS = Island
state-IT = Italien
state-JM = Jamaika
state-JO = Jordanien
state-JP = Japan
state-KE = Kenia
state-KG = Kirgistan
state-KH = Kambodscha
state-KI = Kiribati
state-KM = Komoren
    .article = plural
state-KN = St. Kitts und Nevis
state-KP = Nordkorea
state-KR = Südkorea
state-KW = Kuwait
state-KZ = Kasachstan
state-LA = Laos
state-LB = Libanon
    .article = der
state-LC = St. Lucia
state-LI = Liechtenstein
state-LK = Sri Lanka
state-LR = Liberia
state-LS = Lesotho
state-LT = Litauen
state-LU = Luxemburg
state-LV = Lettland
state-LY = Libyen
state-MA = Marokko
state-MC = Monaco
state-MD = Moldau
state-ME = Montenegro
state-MG = Madagaskar
state-MH = Marshallinseln
    .article = plural
state-MK = Nordmazedonien
state-ML = Mali
state-MM = Myanmar
state-MN = Mongolei
    .article = die
state-MR = Mauretanien
state-MT = Malta
state-MU = Mauritius
state-MV = Malediven
    .article = plural
state-MW = Malawi
state-MX = Mexiko
state-MY = Malaysia
state-MZ = Mosambik
state-NA = Namibia
state-NE = Niger
    .article = der
state-NG = Nigeria
state-NI = Nicaragua
state-NL = Niederlande
    .article = plural
state-NO = Norwegen
state-NP = Nepal
state-NR = Nauru
state-NZ = Neuseeland
state-OM = Oman
state-PA = Panama
state-PE = Peru
state-PG = Papua-Neuguinea
state-PH = Philippinen
    .article = plural
state-PK = Pakistan
state-PL = Polen
state-PS = Palästina
state-PT = Portugal
state-PW = Palau
state-PY = Paraguay
state-QA = Katar
state-RO = Rumänien
state-RS = Serbien
state-RU = Russland
state-RW = Ruanda
state-SA = Saudi-Arabien
state-SB = Salomonen
    .article = plural
state-SC = Seychellen
    .article = plural
state-SD = Sudan
    .article = der
state-SE = Schweden
state-SG = Singapur
state-SI = Slowenien
state-SK = Slowakei
    .article = die
state-SL = Sierra Leone
state-SM = San Marino
state-SN = Senegal
    .article = der
state-SO = Somalia
state-SR = Suriname
state-SS = Südsudan
    .article = der
state-ST = São Tomé und Príncipe
state-SV = El Salvador
state-SY = Syrien
state-SZ = Eswatini
state-TD = Tschad
    .article = der
state-TG = Togo
state-TH = Thailand
state-TJ = Tadschikistan
state-TL = Timor-Leste
state-TM = Turkmenistan
state-TN = Tunesien
state-TO = Tonga
state-TR = Türkei
    .article = die
state-TT = Trinidad und Tobago
state-TV = Tuvalu
state-TW = Taiwan
state-TZ = Tansania
state-UA = Ukraine
    .article = die
state-UG = Uganda
state-US = USA
    .article = plural
state-UY = Uruguay
state-UZ = Usbekistan
state-VA = Vatikan
    .article = der
state-VC = St. Vincent und die Grenadinen
state-VE = Venezuela
state-VN = Vietnam
state-VU = Vanuatu
state-WS = Samoa
state-XK = Kosovo
    .article = der
state-YE = Jemen
    .article = der
state-ZA = Südafrika
state-ZM = Sambia
state-ZW = Simbabwe

## Organisations

org-AES = AES
    .article = die
    .long = Allianz der Sahelstaaten
org-ASEAN = ASEAN
    .article = die
    .long = ASEAN
org-AU = Afrikanische Union
    .article = die
    .long = Afrikanische Union
org-AUKUS = Aukus
    .long = Aukus
org-BRICS = BRICS
    .article = plural
    .long = BRICS
org-CIS = GUS
    .article = die
    .long = GUS
org-CSTO = OVKS
    .article = die
    .long = Organisation des Vertrags über kollektive Sicherheit
org-EAEU = Eurasische Wirtschaftsunion
    .article = die
    .long = Eurasische Wirtschaftsunion
org-ECOWAS = Ecowas
    .article = die
    .long = Wirtschaftsgemeinschaft Westafrikanischer Staaten
org-EU = EU
    .article = die
    .long = EU
org-G7 = G7
    .article = die
    .long = G7
org-GCC = Golf-Kooperationsrat
    .article = der
    .of = des Golf-Kooperationsrats
    .long = Kooperationsrat der Arabischen Staaten des Golfes
org-NATO = Nato
    .article = die
    .long = Nordatlantikpakt
org-OSCE = OSZE
    .article = die
    .long = OSZE
org-SADC = SADC
    .article = die
    .long = Entwicklungsgemeinschaft des Südlichen Afrika
org-SCO = SOZ
    .article = die
    .long = Shanghaier Organisation für Zusammenarbeit
org-UN = UN
    .article = die
    .long = UN
org-WARSAW = Warschauer Pakt
    .article = der
    .of = des Warschauer Pakts
    .long = Warschauer Pakt

## Orte, deren Name eine Präposition verlangt, die die Regel nicht trifft. Die ID ist der
## deutsche Name in ASCII; Orte ohne Nachricht bleiben, wie der Artikel sie schreibt.

place-krim = Krim
    .article = die
    .in = auf der Krim
    .to = auf die Krim
    .from = von der Krim

## Titel, die schon nennen, für wen sie gelten (`.holder = named`): die Organisation
## steht nicht noch einmal dahinter.

role-nato-generalsekretaer = Nato-Generalsekretär
    .holder = named
