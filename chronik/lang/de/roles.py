"""Role and title nouns of persons, shared by every stage that meets them.

A role noun introduces a name ("Kanzler Merz", "Herr Müller"), stands for a
person named before ("der Staatschef") or names a speaker ("der Sprecher").
Origin: hand-made from common German news usage; one list, so that the entity
recognizer, the quote attributor, the event extractor and the entity linker
agree on what a role is.
"""

ROLE_NOUNS = frozenset(
    """
    abgeordnete abgeordneter admiral altkanzler analyst analystin anwalt anwältin autor autorin
    außenminister außenministerin berater beraterin bischof botschafter botschafterin bundeskanzler
    bundeskanzlerin bundespräsident bundespräsidentin bürgermeister bürgermeisterin chef chefdiplomat
    chefdiplomatin chefin diktator direktor direktorin dr dr. ex-kanzler ex-präsident experte expertin
    feldmarschall finanzminister finanzministerin forscher forscherin frau führer führerin fürst fürstin
    general generalin generalsekretär generalsekretärin gesandte gesandter geschäftsführer
    geschäftsführerin gouverneur gouverneurin gründer gründerin hauptmann herr herrn herzog herzogin
    innenminister innenministerin intendant intendantin kaiser kaiserin kanzler kanzlerin kapitän
    kardinal kommandant kommandeur kremlchef könig königin landrat landrätin leutnant machthaber major
    minister ministerin ministerpräsident ministerpräsidentin oberbefehlshaber oberst oppositionsführer
    papst parteichef parteichefin pfarrer politiker politikerin premier premierminister
    premierministerin prinz prinzessin prof prof. professor professorin präsident präsidenten
    präsidentin regierungschef regierungschefin regisseur regisseurin richter richterin schauspieler
    schauspielerin senator senatorin sprecher sprecherin staatsanwalt staatsanwältin staatschef
    staatschefin staatsführer stadtrat sänger sängerin trainer trainerin verteidigungsminister
    verteidigungsministerin vizekanzler vizepräsident vizepräsidentin vorsitzende vorsitzender vorstand
    ökonom ökonomin
    """.split()
)

# Heads of compound role nouns ("Regierungssprecher", "US-Präsident", "Außenminister").
ROLE_SUFFIXES = (
    "berater",
    "beraterin",
    "botschafter",
    "botschafterin",
    "bürgermeister",
    "chef",
    "chefin",
    "diplomat",
    "diplomatin",
    "direktor",
    "direktorin",
    "führer",
    "führerin",
    "gouverneur",
    "kanzler",
    "kanzlerin",
    "kommandeur",
    "machthaber",
    "minister",
    "ministerin",
    "präsident",
    "präsidenten",
    "präsidentin",
    "sekretär",
    "sekretärin",
    "senator",
    "sprecher",
    "sprecherin",
    "trainer",
    "vorsitzende",
    "vorsitzender",
)

# Nouns of an office by its kind, with the offices of that kind they take up ("Premierminister
# David Cameron ... der Regierungschef"). Origin: Duden, "Regierungschef": "Chef einer Regierung"
# (Ministerpräsident, Premierminister, Kanzler); "Staatschef": "Staatsoberhaupt" (Präsident, Monarch).
# The feminine noun takes up the feminine offices only (German role nouns agree in gender: -in).
OFFICE_KINDS: dict[str, frozenset[str]] = {
    "regierungschef": frozenset(("premierminister", "premier", "ministerpräsident", "kanzler", "bundeskanzler")),
    "regierungschefin": frozenset(("premierministerin", "ministerpräsidentin", "kanzlerin", "bundeskanzlerin")),
    "staatschef": frozenset(("präsident", "staatspräsident", "bundespräsident", "könig", "kaiser", "emir")),
    "staatschefin": frozenset(("präsidentin", "staatspräsidentin", "bundespräsidentin", "königin", "kaiserin")),
}

