"""German demonyms: adjectives and person nouns mapped to the place they name.

Origin: the place names are the 193 German short country names of
``shared/data/gazetteer_de/countries_de.csv`` (stefangabos/world_countries,
CC BY-SA 4.0, from Wikipedia's ISO 3166-1 list), with the official long forms
shortened to the name German news uses (``China, Volksrepublik`` -> China,
``Vereinigte Staaten`` -> USA). The adjective, the person noun and the capital
of each are written here by hand from the Duden / Auswärtiges Amt country
list (Verzeichnis der Staatennamen für den amtlichen Gebrauch), plus a few
regions and blocs that news text uses as sources ("westlich" -> Westen).

``DEMONYMS`` maps each base form (lower case) to its place; ``DEMONYM_FORMS``
maps every inflected form (``südkoreanischen``, ``nordkoreanern``, ``russin``)
to its place so that a caller needs only a dict lookup of the lower-cased word;
``DEMONYM_PREFIXES`` covers compounds (``US-Präsident``, ``EU-Kommission``);
``PLACE_FORMS`` maps place names, their genitive (``Nordkoreas``) and capitals
used by metonymy (``Pjöngjang``, ``Moskau``) to the place.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

# place | adjective | person noun (masc. sg.; "-" none) | capital ("-" none)
_TABLE = """
Afghanistan|afghanisch|Afghane|Kabul
Ägypten|ägyptisch|Ägypter|Kairo
Albanien|albanisch|Albaner|Tirana
Algerien|algerisch|Algerier|Algier
Andorra|andorranisch|Andorraner|Andorra la Vella
Angola|angolanisch|Angolaner|Luanda
Antigua und Barbuda|antiguanisch|Antiguaner|Saint John's
Äquatorialguinea|äquatorialguineisch|Äquatorialguineer|Malabo
Argentinien|argentinisch|Argentinier|Buenos Aires
Armenien|armenisch|Armenier|Eriwan
Aserbaidschan|aserbaidschanisch|Aserbaidschaner|Baku
Äthiopien|äthiopisch|Äthiopier|Addis Abeba
Australien|australisch|Australier|Canberra
Bahamas|bahamaisch|Bahamaer|Nassau
Bahrain|bahrainisch|Bahrainer|Manama
Bangladesch|bangladeschisch|Bangladescher|Dhaka
Barbados|barbadisch|Barbadier|Bridgetown
Belarus|belarussisch|Belarusse|Minsk
Belarus|weißrussisch|Weißrusse|-
Belgien|belgisch|Belgier|Brüssel
Belize|belizisch|Belizer|Belmopan
Benin|beninisch|Beniner|Porto-Novo
Bhutan|bhutanisch|Bhutaner|Thimphu
Bolivien|bolivianisch|Bolivianer|Sucre
Bosnien und Herzegowina|bosnisch|Bosnier|Sarajevo
Botswana|botsuanisch|Botsuaner|Gaborone
Brasilien|brasilianisch|Brasilianer|Brasília
Brunei|bruneiisch|Bruneier|Bandar Seri Begawan
Bulgarien|bulgarisch|Bulgare|Sofia
Burkina Faso|burkinisch|Burkiner|Ouagadougou
Burundi|burundisch|Burundier|Gitega
Chile|chilenisch|Chilene|Santiago de Chile
China|chinesisch|Chinese|Peking
Costa Rica|costa-ricanisch|Costa-Ricaner|San José
Dänemark|dänisch|Däne|Kopenhagen
Deutschland|deutsch|-|Berlin
Dominica|dominicanisch|Dominicaner|Roseau
Dominikanische Republik|dominikanisch|Dominikaner|Santo Domingo
Dschibuti|dschibutisch|Dschibutier|Dschibuti
Ecuador|ecuadorianisch|Ecuadorianer|Quito
Elfenbeinküste|ivorisch|Ivorer|Yamoussoukro
El Salvador|salvadorianisch|Salvadorianer|San Salvador
Eritrea|eritreisch|Eritreer|Asmara
Estland|estnisch|Este|Tallinn
Eswatini|eswatinisch|Eswatiner|Mbabane
Fidschi|fidschianisch|Fidschianer|Suva
Finnland|finnisch|Finne|Helsinki
Frankreich|französisch|Franzose|Paris
Gabun|gabunisch|Gabuner|Libreville
Gambia|gambisch|Gambier|Banjul
Georgien|georgisch|Georgier|Tiflis
Ghana|ghanaisch|Ghanaer|Accra
Grenada|grenadisch|Grenader|St. George's
Griechenland|griechisch|Grieche|Athen
Guatemala|guatemaltekisch|Guatemalteke|Guatemala-Stadt
Guinea|guineisch|Guineer|Conakry
Guinea-Bissau|guinea-bissauisch|Guinea-Bissauer|Bissau
Guyana|guyanisch|Guyaner|Georgetown
Haiti|haitianisch|Haitianer|Port-au-Prince
Honduras|honduranisch|Honduraner|Tegucigalpa
Indien|indisch|Inder|Neu-Delhi
Indonesien|indonesisch|Indonesier|Jakarta
Irak|irakisch|Iraker|Bagdad
Iran|iranisch|Iraner|Teheran
Irland|irisch|Ire|Dublin
Island|isländisch|Isländer|Reykjavík
Israel|israelisch|Israeli|Jerusalem
Italien|italienisch|Italiener|Rom
Jamaika|jamaikanisch|Jamaikaner|Kingston
Japan|japanisch|Japaner|Tokio
Jemen|jemenitisch|Jemenit|Sanaa
Jordanien|jordanisch|Jordanier|Amman
Kambodscha|kambodschanisch|Kambodschaner|Phnom Penh
Kamerun|kamerunisch|Kameruner|Jaunde
Kanada|kanadisch|Kanadier|Ottawa
Kap Verde|kap-verdisch|Kap-Verdier|Praia
Kasachstan|kasachisch|Kasache|Astana
Katar|katarisch|Katarer|Doha
Kenia|kenianisch|Kenianer|Nairobi
Kirgisistan|kirgisisch|Kirgise|Bischkek
Kiribati|kiribatisch|Kiribatier|Tarawa
Kolumbien|kolumbianisch|Kolumbianer|Bogotá
Komoren|komorisch|Komorer|Moroni
Demokratische Republik Kongo|kongolesisch|Kongolese|Kinshasa
Republik Kongo|-|-|Brazzaville
Nordkorea|nordkoreanisch|Nordkoreaner|Pjöngjang
Südkorea|südkoreanisch|Südkoreaner|Seoul
Kroatien|kroatisch|Kroate|Zagreb
Kuba|kubanisch|Kubaner|Havanna
Kuwait|kuwaitisch|Kuwaiter|Kuwait-Stadt
Laos|laotisch|Laote|Vientiane
Lesotho|lesothisch|Lesother|Maseru
Lettland|lettisch|Lette|Riga
Libanon|libanesisch|Libanese|Beirut
Liberia|liberianisch|Liberianer|Monrovia
Libyen|libysch|Libyer|Tripolis
Liechtenstein|liechtensteinisch|Liechtensteiner|Vaduz
Litauen|litauisch|Litauer|Vilnius
Luxemburg|luxemburgisch|Luxemburger|-
Madagaskar|madagassisch|Madagasse|Antananarivo
Malawi|malawisch|Malawier|Lilongwe
Malaysia|malaysisch|Malaysier|Kuala Lumpur
Malediven|maledivisch|Malediver|Malé
Mali|malisch|Malier|Bamako
Malta|maltesisch|Malteser|Valletta
Marokko|marokkanisch|Marokkaner|Rabat
Marshallinseln|marshallisch|Marshaller|Majuro
Mauretanien|mauretanisch|Mauretanier|Nouakchott
Mauritius|mauritisch|Mauritier|Port Louis
Mexiko|mexikanisch|Mexikaner|Mexiko-Stadt
Mikronesien|mikronesisch|Mikronesier|Palikir
Moldau|moldauisch|Moldauer|Chișinău
Moldau|moldawisch|Moldawier|Chisinau
Monaco|monegassisch|Monegasse|-
Mongolei|mongolisch|Mongole|Ulan Bator
Montenegro|montenegrinisch|Montenegriner|Podgorica
Mosambik|mosambikanisch|Mosambikaner|Maputo
Myanmar|myanmarisch|Myanmare|Naypyidaw
Namibia|namibisch|Namibier|Windhuk
Nauru|nauruisch|Nauruer|Yaren
Nepal|nepalesisch|Nepalese|Kathmandu
Neuseeland|neuseeländisch|Neuseeländer|Wellington
Nicaragua|nicaraguanisch|Nicaraguaner|Managua
Niederlande|niederländisch|Niederländer|Amsterdam
Niger|nigrisch|Nigrer|Niamey
Nigeria|nigerianisch|Nigerianer|Abuja
Nordmazedonien|nordmazedonisch|Nordmazedonier|Skopje
Nordmazedonien|mazedonisch|Mazedonier|-
Norwegen|norwegisch|Norweger|Oslo
Oman|omanisch|Omaner|Maskat
Österreich|österreichisch|Österreicher|Wien
Osttimor|osttimoresisch|Osttimorese|Dili
Pakistan|pakistanisch|Pakistaner|Islamabad
Palau|palauisch|Palauer|Ngerulmud
Panama|panamaisch|Panamaer|Panama-Stadt
Papua-Neuguinea|papua-neuguineisch|Papua-Neuguineer|Port Moresby
Paraguay|paraguayisch|Paraguayer|Asunción
Peru|peruanisch|Peruaner|Lima
Philippinen|philippinisch|Philippiner|Manila
Polen|polnisch|Pole|Warschau
Portugal|portugiesisch|Portugiese|Lissabon
Ruanda|ruandisch|Ruander|Kigali
Rumänien|rumänisch|Rumäne|Bukarest
Russland|russisch|Russe|Moskau
Salomonen|salomonisch|Salomoner|Honiara
Sambia|sambisch|Sambier|Lusaka
Samoa|samoanisch|Samoaner|Apia
San Marino|san-marinesisch|San-Marinese|-
São Tomé und Príncipe|são-toméisch|São-Toméer|São Tomé
Saudi-Arabien|saudi-arabisch|Saudi-Araber|Riad
Saudi-Arabien|saudisch|Saudi|-
Schweden|schwedisch|Schwede|Stockholm
Schweiz|schweizerisch|Schweizer|Bern
Senegal|senegalesisch|Senegalese|Dakar
Serbien|serbisch|Serbe|Belgrad
Seychellen|seychellisch|Seychelle|Victoria
Sierra Leone|sierra-leonisch|Sierra-Leoner|Freetown
Simbabwe|simbabwisch|Simbabwer|Harare
Singapur|singapurisch|Singapurer|-
Slowakei|slowakisch|Slowake|Bratislava
Slowenien|slowenisch|Slowene|Ljubljana
Somalia|somalisch|Somalier|Mogadischu
Spanien|spanisch|Spanier|Madrid
Sri Lanka|sri-lankisch|Sri-Lanker|Colombo
St. Kitts und Nevis|st.-kitts-nevisisch|-|Basseterre
St. Lucia|lucianisch|Lucianer|Castries
St. Vincent und die Grenadinen|vincentisch|Vincenter|Kingstown
Südafrika|südafrikanisch|Südafrikaner|Pretoria
Sudan|sudanesisch|Sudanese|Khartum
Südsudan|südsudanesisch|Südsudanese|Juba
Suriname|surinamisch|Surinamer|Paramaribo
Syrien|syrisch|Syrer|Damaskus
Tadschikistan|tadschikisch|Tadschike|Duschanbe
Tansania|tansanisch|Tansanier|Dodoma
Thailand|thailändisch|Thailänder|Bangkok
Togo|togoisch|Togoer|Lomé
Tonga|tongaisch|Tongaer|Nukuʻalofa
Trinidad und Tobago|trinidadisch|Trinidader|Port of Spain
Tschad|tschadisch|Tschader|N'Djamena
Tschechien|tschechisch|Tscheche|Prag
Tunesien|tunesisch|Tunesier|Tunis
Türkei|türkisch|Türke|Ankara
Turkmenistan|turkmenisch|Turkmene|Aschgabat
Tuvalu|tuvaluisch|Tuvaluer|Funafuti
Uganda|ugandisch|Ugander|Kampala
Ukraine|ukrainisch|Ukrainer|Kiew
Ungarn|ungarisch|Ungar|Budapest
Uruguay|uruguayisch|Uruguayer|Montevideo
Usbekistan|usbekisch|Usbeke|Taschkent
Vanuatu|vanuatuisch|Vanuatuer|Port Vila
Venezuela|venezolanisch|Venezolaner|Caracas
Vereinigte Arabische Emirate|emiratisch|Emirater|Abu Dhabi
USA|amerikanisch|Amerikaner|Washington
USA|us-amerikanisch|US-Amerikaner|-
Vereinigtes Königreich|britisch|Brite|London
Vietnam|vietnamesisch|Vietnamese|Hanoi
Zentralafrikanische Republik|zentralafrikanisch|Zentralafrikaner|Bangui
Zypern|zyprisch|Zyprer|Nikosia
Kosovo|kosovarisch|Kosovare|Pristina
Taiwan|taiwanisch|Taiwaner|Taipeh
Palästina|palästinensisch|Palästinenser|Ramallah
Vatikanstadt|vatikanisch|-|-
Sowjetunion|sowjetisch|Sowjetbürger|-
Europa|europäisch|Europäer|-
Afrika|afrikanisch|Afrikaner|-
Asien|asiatisch|Asiate|-
Lateinamerika|lateinamerikanisch|Lateinamerikaner|-
Westen|westlich|-|-
Kurdistan|kurdisch|Kurde|-
Tibet|tibetisch|Tibeter|Lhasa
Krim|-|-|Simferopol
Tschetschenien|tschetschenisch|Tschetschene|Grosny
Schottland|schottisch|Schotte|Edinburgh
England|englisch|Engländer|-
Wales|walisisch|Waliser|Cardiff
Katalonien|katalanisch|Katalane|Barcelona
Baden-Württemberg|baden-württembergisch|Baden-Württemberger|Stuttgart
Bayern|bayerisch|Bayer|München
Brandenburg|brandenburgisch|Brandenburger|Potsdam
Bremen|bremisch|Bremer|-
Hamburg|hamburgisch|Hamburger|-
Hessen|hessisch|Hesse|Wiesbaden
Mecklenburg-Vorpommern|mecklenburg-vorpommersch|-|Schwerin
Niedersachsen|niedersächsisch|Niedersachse|Hannover
Nordrhein-Westfalen|nordrhein-westfälisch|Nordrhein-Westfale|Düsseldorf
Rheinland-Pfalz|rheinland-pfälzisch|Rheinland-Pfälzer|Mainz
Saarland|saarländisch|Saarländer|Saarbrücken
Sachsen|sächsisch|Sachse|Dresden
Sachsen-Anhalt|sachsen-anhaltisch|Sachsen-Anhalter|Magdeburg
Schleswig-Holstein|schleswig-holsteinisch|Schleswig-Holsteiner|Kiel
Thüringen|thüringisch|Thüringer|Erfurt
Berlin|-|Berliner|-
Tirol|tirolerisch|Tiroler|Innsbruck
Kärnten|kärntnerisch|Kärntner|Klagenfurt
Steiermark|steirisch|Steirer|Graz
Vorarlberg|vorarlbergerisch|Vorarlberger|Bregenz
Salzburg|salzburgerisch|Salzburger|-
Oberösterreich|oberösterreichisch|Oberösterreicher|Linz
Niederösterreich|niederösterreichisch|Niederösterreicher|St. Pölten
Burgenland|burgenländisch|Burgenländer|Eisenstadt
"""

# Compound prefixes that name a place ("US-Präsident", "EU-Kommission").
# Origin: the usual abbreviations of German news style.
DEMONYM_PREFIXES = MappingProxyType({
    "us": "USA", "eu": "EU", "uno": "UNO", "un": "UNO", "nato": "NATO",
    "uk": "Vereinigtes Königreich", "ddr": "DDR", "brd": "Deutschland",
})

_ADJ_ENDINGS = ("", "e", "en", "er", "es", "em")


def _person_forms(noun: str) -> tuple[str, ...]:
    n = noun.lower()
    if n.endswith("er"):  # Nordkoreaner, Nordkoreanern, Nordkoreanerin(nen)
        return (n, n + "n", n + "in", n + "innen")
    if n.endswith("e"):  # Russe, Russen, Russin, Russinnen
        stem = n[:-1]
        return (n, stem + "en", stem + "in", stem + "innen")
    if n.endswith("i"):  # Israeli(s)
        return (n, n + "s")
    # Ungar, Jemenit: Ungarn, Ungarin(nen)
    return (n, n + "n", n + "en", n + "in", n + "innen")


def _build():
    base: dict[str, str] = {}
    forms: dict[str, str] = {}
    places: dict[str, str] = {}
    for line in _TABLE.strip().splitlines():
        place, adj, person, capital = line.split("|")
        places.setdefault(place.lower(), place)
        if not place.endswith("s"):
            places.setdefault(place.lower() + "s", place)  # genitive: Nordkoreas
        if capital != "-":
            places.setdefault(capital.lower(), place)
            if not capital.endswith("s"):
                places.setdefault(capital.lower() + "s", place)
        if adj != "-":
            base.setdefault(adj, place)
            for ending in _ADJ_ENDINGS:
                forms.setdefault(adj + ending, place)
        if person != "-":
            base.setdefault(person.lower(), place)
            for form in _person_forms(person):
                forms.setdefault(form, place)
    # Short forms news uses for long official names.
    for alias, place in (("vereinigte staaten", "USA"), ("amerika", "USA"), ("großbritannien", "Vereinigtes Königreich"),
                         ("kongo", "Demokratische Republik Kongo"), ("weißrussland", "Belarus"), ("holland", "Niederlande"),
                         ("moldawien", "Moldau"), ("burma", "Myanmar"), ("birma", "Myanmar"), ("ostukraine", "Ukraine")):
        places.setdefault(alias, place)
    return (MappingProxyType(dict(sorted(base.items()))), MappingProxyType(dict(sorted(forms.items()))),
            MappingProxyType(dict(sorted(places.items()))))


# base form (lower case) -> place; every inflected form -> place; place,
# genitive or capital (lower case) -> place.
DEMONYMS, DEMONYM_FORMS, PLACE_FORMS = _build()


@dataclass(frozen=True, slots=True, kw_only=True, eq=False)
class Demonyms:
    """The demonym tables bundled for an extractor argument (``resources.demonyms``)."""

    base: Mapping[str, str]
    forms: Mapping[str, str]
    places: Mapping[str, str]
    prefixes: Mapping[str, str]

    def place_of(self, word: str) -> str | None:
        """The place a word names: demonym form, place/genitive/capital, or compound prefix."""
        w = word.lower()
        hit = self.forms.get(w) or self.places.get(w)
        if hit is None and "-" in w:
            head = w.split("-", 1)[0]
            hit = self.prefixes.get(head) or self.forms.get(head) or self.places.get(head)
        return hit

    def __reduce__(self):
        """Pickled (for a pool or a cluster running link stages) by name when it is
        this module's tables, else by value."""
        if self is DEMONYM_DATA:
            return "DEMONYM_DATA"
        return _demonyms, (dict(self.base), dict(self.forms), dict(self.places), dict(self.prefixes))


def _demonyms(base: dict, forms: dict, places: dict, prefixes: dict) -> Demonyms:
    return Demonyms(base=MappingProxyType(base), forms=MappingProxyType(forms), places=MappingProxyType(places),
                    prefixes=MappingProxyType(prefixes))


DEMONYM_DATA = Demonyms(base=DEMONYMS, forms=DEMONYM_FORMS, places=PLACE_FORMS, prefixes=DEMONYM_PREFIXES)
