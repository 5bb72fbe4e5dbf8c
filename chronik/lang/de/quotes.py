"""German words and patterns for direct quotes and their speakers.

Plain data; the regexes the quote extractor needs are compiled once here, when
the constant is built, so that the extractor holds no German literal.
"""
from __future__ import annotations

from chronik.lang.alternations import by_first_letter
from chronik.lang.de.roles import ROLE_NOUNS, ROLE_SUFFIXES

import re
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True, kw_only=True)
class QuoteLexicon:
    """What the quote extractor needs to know about German."""

    # opening mark -> closing marks it accepts
    marks: tuple[tuple[str, str], ...]
    reporting_verbs: frozenset[str]
    reporting_participles: frozenset[str]
    # words that follow ", " after a quote and are not a frame verb
    not_frame_words: frozenset[str]
    pronouns: frozenset[str]
    role_nouns: frozenset[str]
    role_suffixes: tuple[str, ...]
    prepositions: frozenset[str]
    determiners: frozenset[str]
    subjunctive: frozenset[str]
    object_determiners: frozenset[str]
    relative_pronouns: frozenset[str]
    # "laut X", "X zufolge", "wie X berichtete"
    channel_before: frozenset[str]
    channel_after: frozenset[str]
    channel_wie: str
    # "so genannte", "Zeitung": a quoted word after them is a name or a scare quote
    scare_markers: frozenset[str]
    title_nouns: frozenset[str]
    right_frame_so: str
    naming_words: frozenset[str]
    # words that open a gloss in brackets: "(etwa: „Partei der Volksmacht“, engl. „People's Power Party“)"
    gloss_cues: frozenset[str] = frozenset()
    # "heißt es in X": impersonal frames whose speaker is a document or place
    impersonal_verbs: frozenset[str] = frozenset()
    impersonal_es: str = "es"
    # prepositions that open the source of an impersonal frame ("in", "auf")
    source_prepositions: frozenset[str] = frozenset()
    # passive auxiliaries and the agent prepositions of a passive frame
    passive_auxiliaries: frozenset[str] = frozenset()
    agent_prepositions: frozenset[str] = frozenset()
    # "nach Angaben des X", "nach Ansicht von X", "seiner Meinung nach"
    opinion_nouns: frozenset[str] = frozenset()
    opinion_before: frozenset[str] = frozenset()
    opinion_after: str = "nach"
    possessives: frozenset[str] = frozenset()
    # capitalised sentence adverbs and function words that are never a bare-noun subject
    not_bare_subjects: frozenset[str] = frozenset()
    # a definite article right before a short capitalised quotation makes it a name, verb or not
    # ("von der „Aktion Deutschland hilft“")
    definite_articles: frozenset[str] = frozenset()
    # "..., Premier X fürchtet, dass Migranten „...“": the conjunctions of a content clause, whose
    # frame is the clause before it
    content_conjunctions: frozenset[str] = frozenset()
    # compiled at construction
    verb_re: re.Pattern = field(init=False, repr=False, compare=False)
    role_re: re.Pattern = field(init=False, repr=False, compare=False)
    pronoun_re: re.Pattern = field(init=False, repr=False, compare=False)
    word_re: re.Pattern = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        verbs = sorted(self.reporting_verbs | self.reporting_participles, key=lambda w: (-len(w), w))
        object.__setattr__(self, "verb_re", re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, verbs)) + r")(?![\w-])"))
        suffixes = by_first_letter(sorted(self.role_suffixes, key=lambda w: (-len(w), w)))
        nouns = by_first_letter(sorted(self.role_nouns, key=lambda w: (-len(w), w)))
        # a role noun is a listed word or a capitalised compound ending in a listed head
        object.__setattr__(
            self,
            "role_re",
            re.compile(rf"(?<![\w-])(?:(?i:{nouns})|[A-ZÄÖÜ][\w-]*(?i:{suffixes}))(?:en|n|s)?(?![\w-])"),
        )
        object.__setattr__(
            self, "pronoun_re", re.compile(r"(?<![\w-])(?:" + "|".join(sorted(self.pronouns)) + r")(?![\w-])")
        )
        object.__setattr__(self, "word_re", re.compile(r"[^\W\d_][\w-]*|\d[\w.,]*|[,;:.!?()\[\]–—-]"))


def _words(s: str) -> frozenset[str]:
    return frozenset(s.split())


QUOTE_LEXICON = QuoteLexicon(
    # Quotation marks of German print and web text (Duden: „…“ and »…«; Swiss
    # and Austrian «…»; typewriter "…"; English-style “…” from translated
    # copy; ‚…‘ for quotes inside quotes). Origin: Duden, Satzzeichen.
    marks=(
        ("„", "“”\""),
        ("“", "”“\""),
        ("»", "«"),
        ("«", "»"),
        ("\"", "\"“”"),
        ("‚", "‘’"),
    ),
    # Finite reporting verbs (3rd person, present and past, singular and
    # plural). Particle verbs are listed by their finite part ("hob ...
    # hervor", "fügte ... hinzu"). Origin: hand-made from German news usage
    # (verba dicendi of dpa/AFP copy).
    reporting_verbs=_words(
        """
        sagte sagten sagt sagen erklärte erklärten erklärt erklären schrieb schrieben schreibt schreiben
        betonte betonten betont betonen versicherte versicherten versichert versichern lobte lobten lobt loben
        dankte dankten dankt danken hob hoben hebt heben entgegnete entgegneten entgegnet fügte fügten fügt
        unterstrich unterstrichen unterstreicht sprach sprachen spricht warnte warnten warnt warnen
        kritisierte kritisierten kritisiert kritisieren meinte meinten meint ergänzte ergänzten ergänzt
        teilte teilten teilt betonte bekräftigte bekräftigten bekräftigt berichtete berichteten berichtet
        mahnte mahnten mahnt forderte forderten fordert räumte räumt kündigte kündigt stellte stellt
        verkündete verkündeten verkündet erläuterte erläuterten erläutert bemerkte bemerkt behauptete
        behaupteten behauptet argumentierte argumentiert antwortete antworteten antwortet fragte fragten
        fragt fragen rief riefen ruft appellierte appelliert beklagte beklagten beklagt begrüßte begrüßten begrüßt
        kommentierte kommentierten kommentiert resümierte resümiert urteilte urteilt folgerte schloss
        twitterte twittert postete postet schilderte schilderten schildert äußerte äußerten äußert
        wiederholte wiederholt beteuerte beteuerten beteuert gestand gesteht drohte drohten droht
        versprach versprachen verspricht zitierte zitiert bestätigte bestätigten bestätigt beschrieb
        beschreibt nannte nannten nennt bezeichnete bezeichneten bezeichnet verwies verweist
        prophezeite klagte klagt jubelte jubelt gab gibt hieß heißt erinnerte erinnert
        zeigte zeigt begründete begründet bilanzierte bilanziert würdigte würdigten würdigt konstatierte
        konstatiert bezeichnet wies weist sicherte sichert führte führt mitteilte mitteilten hinzufügte
        hervorhob ankündigte einräumte klarstellte zurückwies bekanntgab äußerte verlautete lobte
        kritisierte monierte monierten moniert bemängelte bemängelt sprach
        """
    ),
    # Participles of reporting verbs for verb-final frames ("hatte ... betont").
    # Origin: as above.
    reporting_participles=_words(
        """
        gesagt erklärt geschrieben betont versichert gelobt gedankt hervorgehoben entgegnet hinzugefügt
        unterstrichen gesprochen gewarnt kritisiert gemeint ergänzt mitgeteilt bekräftigt berichtet
        gemahnt gefordert eingeräumt angekündigt klargestellt verkündet erläutert bemerkt behauptet
        argumentiert geantwortet gefragt gerufen appelliert beklagt begrüßt kommentiert zitiert
        bestätigt beschrieben genannt bezeichnet gewürdigt geäußert wiederholt beteuert versprochen
        zurückgewiesen bekanntgegeben bekannt gegeben ausgeführt zugesichert konstatiert bemängelt
        verurteilt vorgeworfen bestritten dementiert formuliert attestiert kommentiert angemahnt
        verlangt verteidigt gewarnt bedauert
        """
    ),
    # Lower-case words that can follow ", " after a closing quotation mark
    # without being the frame verb. Origin: hand-made (conjunctions,
    # articles, relative pronouns, adverbs).
    not_frame_words=_words(
        """
        und oder aber doch denn sondern dass daß weil wenn als wie ob obwohl damit während bevor nachdem
        der die das den dem des ein eine einen einem einer eines sowie sodass um zu auch noch
        nicht nur sogar also jedoch zumal falls sofern seit indem wobei womit worauf wofür welche welcher
        welches was wer wo
        """
    ),
    # Subject pronouns that can stand for a speaker; "ihm" for "ihm zufolge".
    # Origin: German grammar (3rd person).
    pronouns=frozenset({"er", "Er", "sie", "Sie", "ihm", "Ihm"}),
    role_nouns=ROLE_NOUNS,
    role_suffixes=ROLE_SUFFIXES,
    # Prepositions (and contractions) that put a noun phrase out of subject
    # position. Origin: German grammar.
    prepositions=_words(
        """
        mit bei beim in im an am auf aus für gegenüber nach vor von vom zu zum zur über unter durch
        während wegen seit ohne um gegen hinter neben zwischen trotz ab bis dank samt laut außer
        angesichts aufgrund infolge anlässlich bezüglich hinsichtlich seitens innerhalb außerhalb
        Mit Bei Beim In Im An Am Auf Aus Für Gegenüber Nach Vor Von Vom Zu Zum Zur Über Unter Durch
        Während Wegen Seit Ohne Um Gegen Hinter Neben Zwischen Trotz Ab Bis Dank Laut
        """
    ),
    determiners=_words(
        """
        der die das den dem des ein eine einen einem einer eines sein seine seinen seinem seiner ihr
        ihre ihren ihrem ihrer dieser diese diesen diesem dieses jener jene beide beiden alle viele
        einige mehrere zahlreiche manche
        """
    ),
    # Subjunctive (Konjunktiv I/II) forms that mark reported speech, so that
    # a quoted fragment in such a sentence continues the last speaker.
    # Origin: German grammar (auxiliaries and modals).
    subjunctive=_words(
        """
        sei seien habe hätte hätten werde würde würden könne könnten müsse müssten solle sollten
        wolle wollten dürfe gebe gäbe stehe liege gehe komme soll sollen bleibe fehle drohe gelte
        handele handle brauche wisse sehe lasse halte bestehe zeige trage mache führe stecke
        """
    ),
    # Determiners that cannot open a subject: a prefield starting with them
    # is an object, the subject follows the verb. Origin: German grammar.
    object_determiners=_words("Den Dem Einen Einem Diesem Diesen Seinem Seinen Ihrem Ihren"),
    # Relative pronouns opening a clause after a comma. Origin: German grammar.
    relative_pronouns=_words("der die das welcher welche welches"),
    # "laut der Agentur DPA", "Angaben zufolge"; "wie AFP berichtete".
    # Origin: German news attribution formulas.
    channel_before=frozenset({"laut", "Laut"}),
    channel_after=frozenset({"zufolge"}),
    channel_wie="wie",
    # Words right before a quotation that make it a scare quote or a name.
    # Origin: hand-made (German "so genannt" and naming phrases).
    scare_markers=_words("sogenannte sogenannten sogenannter sogenanntes genannt genannte genannten namens Namen"),
    # Nouns after which a quoted phrase is a title or name, not speech
    # ("die Zeitung «Blick»", "Operation „Adler“"). Origin: hand-made.
    title_nouns=_words(
        """
        Zeitung Tageszeitung Wochenzeitung Magazin Nachrichtenmagazin Blatt Fachblatt Zeitschrift Sender
        Sendung Talkshow Show Serie Buch Roman Film Titel Motto Operation Programm Projekt Initiative
        Kampagne Album Lied Song Schiff Partei Band Gruppe Verein Aktion Plattform Portal Stück Slogan
        Hashtag Kolumne Rubrik Kategorie Mission Festival Ausstellung Podcast Marke Firma Hotel Restaurant
        """
    ),
    right_frame_so="so",
    # Words right after a quoted name ("auch „Apogäum“ genannt"). Origin: hand-made.
    naming_words=_words("genannt genannte genannten heißt hieß heißen hießen lautet lauten lautete nennt nennen"),
    # Words in brackets before a quoted translation or explanation of a name ("(etwa: „...“)",
    # "(übersetzt: „...“)", "(engl. „...“)"). Origin: German news and encyclopedic usage.
    gloss_cues=_words(
        """
        etwa etwa: übersetzt übersetzt: wörtlich wörtlich: sinngemäß deutsch deutsch: Deutsch Deutsch:
        dt. engl. englisch englisch: frz. französisch russ. russisch span. spanisch arab. arabisch
        ital. italienisch lat. lateinisch auf zu für kurz kurz: bzw. oder und
        """
    ),
    # "In der Erklärung heißt es", "so hieß es aus Regierungskreisen". Origin: German grammar.
    impersonal_verbs=_words("heißt hieß"),
    source_prepositions=_words("in im auf aus bei beim In Im Auf Aus Bei Beim"),
    # Passive frame: "wurde von X als ... bezeichnet". Origin: German grammar.
    passive_auxiliaries=_words("wird werden wurde wurden worden ist sind war waren"),
    agent_prepositions=_words("von vom seitens"),
    # Opinion and source nouns of "nach Angaben des X", "nach den Worten von X",
    # "seiner Ansicht nach". Origin: German news attribution formulas.
    opinion_nouns=_words(
        """
        Angaben Ansicht Meinung Worten Auffassung Einschätzung Darstellung Darstellungen Aussage Aussagen
        Informationen Ankündigung Überzeugung Schätzung Schätzungen Erkenntnissen Berechnungen Idee
        Einschätzungen Auskunft Aussagen Beobachtung Überzeugung Sicht Urteil Willen Vorstellung
        """
    ),
    opinion_before=_words("nach Nach"),
    possessives=_words("seiner ihrer Seiner Ihrer deren dessen Deren Dessen"),
    # Capitalised words that open a sentence without being a bare-noun
    # subject. Origin: German grammar (sentence adverbs, pronouns, conjunctions).
    not_bare_subjects=_words(
        """
        Es Man Das Dies Dieses Was Wer Wie Wo Wann Warum Dann Damals Heute Gestern Morgen Jetzt Nun Hier
        Dort Daher Darum Deshalb Deswegen Trotzdem Dennoch Außerdem Zudem Ferner Später Früher Zuvor Danach
        Davor Darauf Daraufhin Dabei Damit Dazu Darin Darüber Daneben Immer Nie Oft Auch Aber Oder Und Doch
        Denn Sondern Sogar Nur Noch Schon Bereits Weiter Wieder Zunächst Zuerst Schließlich Endlich
        Inzwischen Mittlerweile Unterdessen Stattdessen Allerdings Jedoch Insbesondere Vor Allem Etwa
        Vielleicht Wohl Offenbar Tatsächlich Letztlich Zuletzt Erst Gleichzeitig Ebenso Ebenfalls
        Derzeit Bisher Anschließend Insgesamt Übrigens Jeder Jede Alle Viele Einige Beide Keiner Niemand
        Ich Wir Ihr Du Er Sie Sein Seine Ihre Unser Unsere Mein Meine Daß Dass Als Wenn Weil Ob
        """
    ),
    # Origin: German grammar (the definite article's forms): "der „Aktion Deutschland hilft“" names
    # an organisation, a campaign or a work; speech quoted after an article is the rare case.
    definite_articles=_words("der die das den dem des"),
    # Origin: German grammar (the conjunctions of a content clause).
    content_conjunctions=_words("dass daß ob"),
)
