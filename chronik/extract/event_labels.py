"""The label of an event (``chronik.extract.events``): a short headline-style line built from its clause
(who, what, whom, in the present; a passive whose ``von X`` names the agent told actively), with the
verb's form, its subject when the clause names none, and its complements. The verb's tense and voice
are read in ``event_label_voice``, the clause's subject and object from its word order in
``event_label_clauses``, the phrases a line is made of in ``event_label_phrases``."""
from __future__ import annotations

import re

from collections.abc import Sequence

from chronik.extract.event_label_clauses import LabelClauses
from chronik.extract.event_label_voice import LabelVoice
from chronik.extract.event_participants import ACTOR_LABELS, PARTICIPATION_TYPES
from chronik.extract.event_predicates import _Event

# A year as a date: four digits from 1000 to 2999.
_YEAR = re.compile(r"[12]\d{3}")
# The articles a place keeps in a label ("in der Türkei"), which a cut line never ends on.
_CUT_ARTICLES = frozenset({"der", "dem", "den", "die", "das"})
# The kinds of happening whose noun names its other side with "mit" (Gespräche mit X, Abkommen mit X).
PARTNER_TYPES = frozenset({"meeting", "call", "agreement"})
# The longest label, in words.
MAX_LABEL_WORDS = 9
# The most words a label's list of parties takes before it names two "und weitere" (so that the verb
# and its object stay in the line).
MAX_LISTED_WORDS = 6


class LabelReading(LabelVoice, LabelClauses):
    """The headline-style label of an event: who does what to whom."""

    # -- the label ------------------------------------------------------------------------
    def _place_words(self, e: _Event) -> list[str]:
        """The place of a label with its preposition. A name German writes with the article keeps it as
        the sentence has it before the name (``im besetzten Westjordanland``: ``im Westjordanland``;
        ``in die Türkei gebracht``: the direction's accusative), else after ``in`` the dative and after
        ``nach`` the direction (``in der Türkei``, ``in den Iran``)."""
        name = self._nominative_place(e.place, named=False)
        article = self.lex.article_places.get(name)
        if article is None and e.place_prep in self.lex.bordering_place_preps:
            # "an der Seestraße": a place by what it borders keeps the article it is written with
            written = self._written_article(e, name)
            return written + [name] if written else [e.place_prep, name]
        if article is None:
            return [e.place_prep, name]
        written = self._written_article(e, name)
        if written:
            return written + [name]
        if e.place_prep == "nach":
            return ["ins", name] if article == "das" else ["in", "den" if article == "der" else "die", name]
        if e.place_prep != "in":  # ("auf", "vor", "bei" with a name the parse took for a place: as written)
            return [e.place_prep, name]
        return ["im", name] if article in ("der", "das") else ["in", "der" if article == "die" else "den", name]

    def _written_article(self, e: _Event, name: str) -> list[str]:
        """``in die``, ``im``: the preposition of the event's place and the article that the sentence
        writes before ``name`` (over adjectives), or nothing."""
        v, low = self.v, self.low
        s = v.sentences[v.sentence_of[e.k]]
        for t in range(s.first_token + 1, s.last_token):
            if v.tokens[t].text != name:
                continue
            j = t - 1
            while j > s.first_token and v.pos(j) == "ADJ":
                j -= 1
            if low[j] in _CUT_ARTICLES and j > s.first_token and low[j - 1] == e.place_prep:
                return [e.place_prep, low[j]]
            if v.pos(j) == "ADP" and low[j] != e.place_prep and v.lemma(j).lower() == e.place_prep:
                return [low[j]]  # a preposition fused with the article: "im", "ins", "beim"
        return []

    def _object_partner(self, k: int, obj: str) -> str:
        """The named other side of a talk, a call or an agreement that is the verb's object, in the ``mit``
        phrase right after its noun (``Gespräche mit X führen``, ``ein Abkommen mit X schließen``): German
        joins such a noun's partner with ``mit``, and without it the line leaves out half of who met. Read
        from the words, since the parse often hangs the phrase on the verb."""
        v, low = self.v, self.low
        s = v.sentences[v.sentence_of[k]]
        last = obj.split()[-1]
        for c in range(s.first_token, s.last_token - 1):
            if v.tokens[c].text != last or v.pos(c) != "NOUN" \
                    or self.lex.noun_types.get(v.lemma(c)) not in PARTNER_TYPES or low[c + 1] != "mit":
                continue
            for d in range(c + 2, min(c + 6, s.last_token)):
                if v.mention_at[d] >= 0:
                    return self._short(v.mentions[v.mention_at[d]].text)
                if v.pos(d) not in ("DET", "ADJ", "NOUN"):
                    break
        return ""

    def _announced_content(self, e: _Event, events: Sequence[_Event]) -> str | None:
        """The label of an announcement that names no object but whose own clause says what it made known,
        as a headline gives a source and its news (``Die Frau sei ... aufgegriffen worden, teilte die
        Polizei mit``: ``Polizei: Frau aufgegriffen``), where that clause is an event of the sentence with
        a label of its own; the announcer is the line's subject before its verb."""
        v = self.v
        if e.kind != "verb" or e.lemma not in self.lex.announce_verbs or v.deps_of(e.k, "obj"):
            return None
        clauses = set(v.deps_of(e.k, "ccomp", "parataxis"))
        if v.dep(e.k) == "parataxis":  # "X sei ..., teilte die Polizei mit" parsed the other way round
            clauses.add(v.head(e.k))
        # (a line that names who or what it is about: "Mann festgenommen", not "stellen her")
        content = next((o.label for o in events if o is not e and o.k in clauses and o.kind == "verb"
                        and len(o.label.split()) >= 2 and o.label[:1].isupper()), None)
        words = e.label.split()
        # the verb and its particle close the line ("teilt mit", "gibt bekannt", "bestätigt")
        verb = 2 if len(words) >= 3 and words[-2].islower() and words[-1].islower() else 1
        speaker = words[:-verb]
        if content is None or not speaker or not words[-1].islower() \
                or not all(w[:1].isupper() or w == "und" for w in speaker):
            return None  # (a line with more than its subject before the verb: "teilt in Berlin mit")
        return _trim([" ".join(speaker) + ":", content])

    def _label(self, e: _Event) -> str:
        v, lex = self.v, self.lex
        # (a party read from a common noun is told by the clause's own words: "Rückzug der Luftwaffe",
        # "wurde von der Bundespolizei abgeführt")
        agents = [n for n, r in e.roles if r == "agent" and n not in self.unnamed]
        patients = [n for n, r in e.roles if r == "patient" and n not in self.unnamed]
        if e.kind == "noun":
            # (a lemma in the text's spelling: "Kongress", not the old "Kongreß")
            words = [v.tokens[e.k].text if v.pos(e.k) == "PROPN" else self._text_spelling(v.lemma(e.k), v.tokens[e.k].text)]
            lead: list[str] = []  # "<Party>:" before the noun
            # "Festnahme von Moser durch die Polizei": the object of an action noun takes "von"
            objects = self._object_phrases(e.k)
            undergone = bool(objects)
            if patients and undergone:
                words += self._object_words(objects, patients)
            joining = self._agent_outside(e.k, agents[0]) if len(agents) == 1 and not (undergone and patients) \
                else None
            if agents and len(agents) > 1:
                words += ["zwischen", _join(self._short(a) for a in agents)]
            elif joining is not None:
                if joining:  # "Besuch bei Gao Ying", "Stichwahl gegen Baldizón": the noun's own preposition
                    words += [joining, self._short(agents[0])]
                else:  # "Van der Bellen hat ... gesagt, in einem Interview": the party's, not one done to it
                    lead = [self._short(agents[0]) + ":"]
            elif agents:
                # "Haftbefehl des Internationalen Strafgerichtshofs": a name in the genitive keeps its article
                found = None if undergone and patients else self._genitive_article(e.k, agents[0])
                # (the name as the text has it, with its genitive ending, or its short form: "Urteil des OGH")
                words += [found[0], self.short_forms.get(agents[0], found[1])] if found else \
                    ["durch" if undergone and patients else "von", self._short(agents[0])]
            if patients and not undergone:  # ("Müllers Festnahme": "Festnahme von Müller")
                joiner = "von" if self._genitive_before(e.k) in patients or self._possessive_owner(e.k) in patients \
                    else "an" if e.type == "letter" else "mit"  # ("Seine Festnahme": "Festnahme von Huber")
                words += [joiner, _join(self._short(p) for p in patients)]
            if len(words) == 1 and e.place and self._place_in_genitive(e.k):
                words += self._noun_complement(e.k)  # "Vorlage seines Berichts in Genf": the place is the genitive's
            if e.place and e.place not in agents + patients:
                words += self._place_words(e)
            if not lead and not e.roles and any(w in lex.third_possessives for w in words):
                owner = self._owner_subject(e)
                if owner:  # "kritisierte Wibisono bei der Vorlage seines Berichts": "Wibisono: Vorlage seines Berichts"
                    lead = [owner + ":"]
            if lead:  # (its own noun's genitive would say again who it is: "Klug: Brief des Ministers")
                # a prepositional complement says what it was about: "Putin: Rede zur Lage der Nation"
                about = self._noun_complement(e.k) if len(words) == 1 and self.low[e.k + 1] in lex.complement_preps else []
                if about and (not about[-1][:1].isupper() or len(lead + words + about) > MAX_LABEL_WORDS):
                    about = []  # (only whole: not "Sitzung vor der zunehmend")
                return _trim(lead + words + about)
            if len(words) == 1:
                words += self._noun_complement(e.k)  # "Wahl zum Bundestag", "Referendum über den Austritt"
            if len(words) == 1:
                words += self._year_after(e.k)  # "bei der Landtagswahl 2013": "Landtagswahl 2013"
            others = [n for n, r in e.roles if r == "other"]
            if len(words) == 1 and not agents and not patients and len(others) == 1 \
                    and self._subject_party(e, others[0]):  # "Bei der Parlamentswahl hatte die HDP ...": "HDP: Parlamentswahl"
                return _trim([self._short(others[0]) + ":"] + words)
            if len(words) == 1:
                words = self._noun_with_verb(e.k) or words  # "Sondierungsgespräche beginnen"
            if len(words) == 1 and not e.roles and e.type in PARTICIPATION_TYPES:
                speaker = self._unnamed_clause_subject(e)
                if speaker:  # "In einem Rundschreiben macht das Bildungsministerium ... aufmerksam"
                    return _trim([speaker + ":"] + words)
            return _trim(words)
        def party(name: str) -> str:  # "Rating von Slowenien": an owner keeps the noun it owns
            if name in e.owners and e.owners[name].endswith(tuple(" " + a for a in lex.genitive_articles)):
                # after a genitive article the name keeps its genitive ending: "Helfer des Roten Kreuzes"
                return f"{e.owners[name]} {self.genitive_forms.get(name, self._short(name))}"
            return f"{e.owners[name]} {self._short(name)}" if name in e.owners else self._short(name)

        def parties(names: list[str]) -> str:  # "Kontakte zwischen Daimler AG und Tesla Motors"
            links = {e.owners.get(n) for n in names}
            if len(names) > 1 and len(links) == 1 and None not in links:
                return f"{links.pop()} {_join(self._short(n) for n in names)}"
            listed = _join(party(n) for n in names)
            if len(names) > 2 and len(listed.split()) > MAX_LISTED_WORDS:  # it would push the verb out of the line
                return f"{party(names[0])}, {party(names[1])} und weitere"
            return listed

        # (a clause a finite "haben" or modal opens, with no "werden", is active: "hatten Tausende ... protestiert")
        bracketed = self._bracket_phrases(e.k)[0] is not None and not v.passive(e.k)
        passive = (v.passive(e.k) or self._surface_passive(e.k) or self._joined_passive(e.k)
                   or self._infinitive_passive(e.k) or self._prefixed_participle_passive(e.k)) \
            and not self._active_perfect(e.k) and not self._future(e.k) and not self._active_form(e.k) \
            and not bracketed and not self._coordinated_perfect(e.k)
        if not passive and patients and not agents and (self._subject_undergoes(e.k) or self._harms_itself(e.k)
                                                        or self._named_subject(e.k) == patients[0]):
            agents, patients = patients[:1], patients[1:]  # "Bacca erhält Sperre": the subject leads the line
        # "Die Regierung beschloss, die Steuern zu senken": the infinitive's subject is the verb's it completes
        # ("Regierung senkt Steuern"), and the phrase the parse left it is its object
        controller = None if agents or passive else self._controller(e.k)
        office = None if agents or controller is not None else self._office_before(v.actor_subject(e.k))
        subject = (parties(agents) if agents else self._phrase_head(v.head(e.k), ("nsubj",)) if controller is not None
                   else v.tokens[office].text if office is not None
                   else self._phrase_head(e.k, ("nsubj",)) or self._relative_head(e.k)
                   or self._auxiliary_subject(e.k) or self._bracket_subject(e.k) or self._conjunct_subject(e.k))
        if not subject and not passive and self._active_form(e.k):
            # "nachdem mehrere seiner Gemeinderäte ... geraten sind": a verb of motion or change whose perfect
            # takes "sein" has no object, so the first bare noun of its stretch is its subject, and a phrase the
            # parse made its object is ("ist das aktuelle Album ... erschienen": "Album erscheint"; not where
            # a particle verb of motion takes one: "ist die Reformen angegangen")
            perfect = v.lemma(e.k).lower() in v.grammar.sein_perfect \
                and any(v.lemma(a).lower() == "sein" for a in v.deps_of(e.k, "aux", "cop"))
            subject = (self._phrase_head(e.k, ("obj",)) if perfect else "") or self._bare_noun_before(e.k)
        if not agents and controller is None and subject and not passive:
            subject = self._action_genitive(v.actor_subject(e.k), subject)
        unnamed = self._unnamed_conjuncts(e.k, agents) if agents and not passive else []
        if unnamed:  # "Wired und Reviewed erstellen Liste": a listed subject that names no one stays in the line
            subject = _join([subject] + unnamed)
        given = [p for p in patients if p not in e.recipients]  # (what goes "an" someone follows the object)
        obj = parties(given) if given else self._infinitive_object(e.k) if controller is not None \
            else self._phrase_head(e.k, ("obj",)) or self._relative_object(e.k)
        if not obj and not agents and not passive:
            obj = self._misjoined_object(e.k)  # "der Konzern seine Prognose ... korrigiert"
        if not obj and not passive:
            obj = self._unparsed_object(e.k)  # "hatten die Rebellen den Stützpunkt ... überrannt"
        if not obj and (agents or subject) and not passive:
            obj = self._second_subject(e.k)  # "Guo Jianmei/nsubj habe zudem Beweise/nsubj vorgelegt"
        if not obj and not passive:
            obj = self._object_after_relative(e.k)  # "Stefan Fleck, der ... war, erste Kalkulationen angestellt"
        if not obj and not passive:
            obj = self._conjunct_object(e.k)  # "wird ... kommen und Gespräche/conj mit X führen"
        told = None  # (plural or not) the subject as the finite verb shows it, where the line's subject is not the parse's
        if not subject and obj and not passive and not given and self._no_object(e.k):
            # "als diese Woche/nsubj der reguläre EU-Gipfel/obl stattfindet": a verb that takes no accusative
            # object has its one bare phrase as the subject ("EU-Gipfel findet statt")
            subject, obj = obj, ""
            if v.feature(e.k, "Number") in ("Sing", "Plur"):
                told = v.feature(e.k, "Number") == "Plur"  # it agrees with the verb: "Zerstörung findet statt"
        focus = v.subject(e.k)  # (actor_subject passes over an adverb)
        if not subject and obj and not passive and not given and focus is not None \
                and (self._focus_word(focus) or self.low[focus] in v.grammar.clause_adverbs) \
                and not any(v.dep(c) in ("nsubj", "nsubj:pass") and c != focus for c in v.children[e.k]):
            # "Unterdessen/nsubj ging ... die Großfahndung/obj weiter": the linking adverb was the parser's
            # subject, so the phrase it left as the object is the clause's subject
            subject, obj = obj, ""
        if obj and subject and (obj == subject or obj.startswith(subject + " ")
                                or obj in subject.replace(", ", " und ").split(" und ")):
            # the subject's own phrase read again as the object ("Wired erstellt Wired"): the parsed one
            obj = self._phrase_head(e.k, ("obj",)) if given else ""
            obj = "" if obj == subject else obj
        if not obj and not passive and self._active_perfect(e.k):
            # "haben ... eine Liste/nsubj:pass erstellt": with "haben" no passive, so it is the object
            obj = next((p for c in v.deps_of(e.k, "nsubj:pass") if self._nominal(c)
                        for p in [self._short_phrase(c)] if p != subject and p not in _listed_names(subject)), "")
        governing = None if agents or passive else self._governing_subject(e.k)
        if governing is not None and self._short_phrase(governing) != subject:
            # "Der Stadtrat hat die Gebühren angehoben", parsed with "Gebühren" as the
            # participle's subject: the auxiliary's subject acts, the other phrase is the object
            subject, obj = self._short_phrase(governing), obj or subject
            if not obj:  # (its object the parser hung there too)
                obj = next((self._short_phrase(c) for c in v.deps_of(v.head(governing), "obj")
                            if self._nominal(c)), "")
        closing = ""  # a particle that closes the clause the parse did not join to the verb
        # (plural or not) the subject the verb bracket shows, where the parse gave none or took the object for it
        if not agents and controller is None and not passive:
            said, done, many = self._bracket_phrases(e.k)
            if said is None and not subject:  # "Bereits ... stoppten mehrere Verwaltungsgerichte ..."
                said, done, many, closing = self._verb_second_phrases(e.k)
            said_text, done_text = self._bracket_text(said), self._bracket_text(done)
            if said_text and (not subject or (subject == done_text and said_text != subject)):
                # "Österreich hat eine Obergrenze gesetzt", parsed with no subject or with the object as it
                obj = obj if given and obj not in (said_text, subject) else done_text
                subject, told = said_text, many
                obj = "" if obj == subject else obj
            elif said_text and subject == said_text and not obj and done_text \
                    and not set(done_text.split()) & set(subject.split()):
                obj = done_text  # "Der Vater ... konnte das Kind retten": the object the parse left out
        particle, base = self._particle(e)
        if closing and not particle and told is not None:
            particle = closing
        if not particle and not passive:
            particle = self._closing_particle(e)  # "kamen ... am Westbahnhof an": "kommen ... an"
        if particle and base.startswith("ge") and v.lemma(e.k).lower() == self.low[e.k] and v.lemmatize is not None:
            plain = v.lemmatize(base, "VERB").lower()  # "aufgebrochen" left as it was: "gebrochen" -> "brechen"
            if plain != base and plain.endswith("n") and not plain.startswith("ge"):
                base = plain
        base = self._text_spelling(base, self.low[e.k])  # "erläuterte", lemma "erlautern": "erläutert"
        if passive:
            direct = [p for p in patients if p not in e.recipients]
            target = (parties(direct) if direct
                      else self._joined_target(e.k) or self._phrase_head(e.k, ("nsubj:pass",))
                      or self._relative_head(e.k) or self._shared_subject(e.k) or self._bare_noun_before(e.k)
                      or self._noun_before_participle(e.k) or self._article_phrase_before(e.k)
                      or self._counted_prefield(e.k))
            if len(direct) == 1 and target == parties(direct):
                # "Gegen Faycal C. wurde Haftbefehl erlassen": the party a preposition joins to the verb is
                # not what the passive is done to; the bare noun before the participle is, and the party keeps
                # its preposition ("Haftbefehl gegen Faycal C. erlassen")
                prep, noun = self._verb_preposition(e.k, direct[0]), self._noun_before_participle(e.k)
                if prep and prep != "mit" and noun and self._short(direct[0]) not in noun:
                    # (not "mit", which names the same one: "wurde mit ... Vikander eine Newcomerin geehrt")
                    target = f"{noun} {prep} {target}"
            # (with no target a "von" phrase keeps who did it even where a party was found elsewhere)
            common = self._common_agent(e.k)  # the "von" phrase's party and number, read once for both uses
            maker = None if agents and target else common
            if agents and base.endswith("n") and target not in {party(a) for a in agents} \
                    and (self._agent_phrase(e.k, agents) or set(agents) <= set(self._alliance_formed(e.k))):
                obj = self._as_object(e.k, target) or obj  # "von X vorgestellt": X stellt ... vor
                if common is not None and len(agents) == 1 and self.names(common[0]) == agents \
                        and v.tokens[common[0]].text in party(agents[0]).split():
                    # "von den Grünen beendet": the dative plural says the number of the party it names,
                    # not of one it stands for ("von ukrainischen Truppen besetzt": Ukraine besetzt)
                    told = common[1]
            elif maker is not None and target and base.endswith("n") \
                    and not set(self._bracket_text(maker[0]).split()) & set(target.split()):
                # "wurde von der Polizei festgenommen": the office or person the "von" phrase names acts
                subject, obj, told = self._bracket_text(maker[0]), self._as_object(e.k, target), maker[1]
            else:
                # with its "werden" the verb is the participle, whatever its form ("verglichen")
                shown = self._participle(e.k) or self._joined_passive(e.k) or bool(v.deps_of(e.k, "aux:pass")) \
                    or self._prefixed_participle_passive(e.k)
                words = [target, self._verb_text(e.k) if shown else _participle_hint(e)]
                support = self._support_noun(e.k)
                if len(support) >= 2 and support[-1][:1].isupper() and target and support[-1] not in target.split():
                    words[1:1] = support  # "Menschen in Sicherheit gebracht"
                elif not e.place and not e.recipients and self._participle(e.k) and (self.low[e.k].startswith(
                        ("ge",) + self._particle_ge + tuple(lex.inseparable_prefixes))
                        or self.low[e.k].endswith("iert")):
                    # (a participle by its shape too: "bringt", tagged one, is a present)
                    words[1:1] = self._direction(e.k, moving=False)  # "16-Jähriger in Krankenhaus gebracht"
                if e.place:
                    words[1:1] = self._place_words(e)
                if e.recipients and not direct:  # "Airbus-Werk an Diehl/Thales verkauft"
                    words[1:1] = ["an", _join(self._short(r) for r in e.recipients)]
                if not target and maker is not None:
                    # "wurden sie von der Polizei aufgegriffen", what it was done to only a pronoun: the
                    # passive keeps who did it, as a headline does ("von Polizei aufgegriffen")
                    words[:1] = [self.low[v.deps_of(maker[0], "case")[0]], self._short_phrase(maker[0])]
                elif not target and len([w for w in words if w]) == 1:
                    # "Hier wird auf verschiedene Quellen zugegriffen": an impersonal passive has no subject,
                    # the verb's prepositional object says what it was done to ("auf Quellen zugegriffen")
                    words[:1] = self._verb_complement(e.k, governed_only=True)
                return _trim([w for w in words if w])
        # "Helfer des Roten Kreuzes bauen": with an owner the verb agrees with the noun it owns
        plural = len(agents) > 1 or bool(unnamed) or (
            (not agents or all(a in e.owners for a in agents)) and self._plural_subject(e.k)) \
            or (len(agents) == 1 and not passive and self._plural_name_subject(e.k))
        if governing is not None:
            plural = v.feature(v.head(governing), "Number") == "Plur"  # the auxiliary agrees with it
        if controller is not None and subject:
            plural = " und " in subject or v.feature(controller, "Number") == "Plur"  # it agrees with its own subject
        if told is not None:
            plural = told  # the subject agrees with the finite verb: "Tausende Isländer hatten ... protestiert"
        if base == self.low[e.k]:
            base = self._inseparable_lemma(e.k) or base  # "bestohlen": "bestehlen"
        verb = _present(base, plural, lex) if base.endswith("n") else self._verb_text(e.k)
        unlemmatized = base.endswith("n") and self._unlemmatized_participle(e.k, verb)
        if unlemmatized:
            verb = self._verb_text(e.k)
        partner = self._object_partner(e.k, obj) if obj and not given and not passive else ""
        if partner and partner not in (subject or ""):
            obj = f"{obj} mit {partner}"  # "führt Gespräche mit Oberhauser": the talks' other side
        words = [subject, verb]
        reflexive = self._reflexive(e.k)
        # "hat ... für sich entschieden", "zu sich bestellt": "sich" after a preposition keeps it and
        # follows the object ("entscheidet Kräftevergleich für sich"); a bare "sich" follows the verb
        reflexive_prep = self._case(reflexive) if reflexive is not None else None
        if reflexive is not None and not reflexive_prep:
            words.append("sich")
        if obj:
            prep = self._patient_prep(e.k)
            if not prep and len(given) == 1 and obj == parties(given):
                # "als er vor Severin Freund gewonnen hatte": a party the verb takes with a preposition is
                # no accusative object, and the line keeps the preposition ("gewinnt vor Freund")
                prep = self._verb_preposition(e.k, given[0])
                prep = prep if prep in self.lex.party_preps else None
            gegen = [t for t in self._clause_tokens(e.k) if self.low[t] in self.lex.opponent_preps]
            nouns = [o for o in v.objects(e.k, self._particles(e.k), actor=True)
                     if v.pos(o) == "NOUN" and v.mention_at[o] < 0 and gegen and not any(
                         self.low[j] in self.lex.list_joiners for j in range(gegen[0], o))] \
                if given and not prep else []  # (not a conjunct of the opponent: "gegen A und 13 weitere Beschuldigte")
            thing = v.tokens[nouns[0]].text if nouns else ""  # (its own phrase may hold the opponent)
            opponents = self._opponent_names(e.k) if thing else set()
            gegen = next(iter(self.lex.opponent_preps))
            if thing and thing != subject and set(given) <= opponents and not obj.startswith(thing + " "):
                # "DPV verliert Halbfinale gegen Haute-Savoie": the object stays, the opponent keeps "gegen"
                words += [thing, gegen, obj]
            elif given and not prep and set(given) <= set(self._titled_opponents(e.k)):
                words += [gegen, obj]  # "Damen gewinnen gegen Schweden und Tunesien"
            else:
                words += [prep, obj] if prep and given else [obj]
        elif not e.recipients:
            words += [w for w in self._verb_complement(e.k) if w not in (e.place, subject)] \
                if not passive else []  # "Senat befasst sich mit Causa"
        if e.recipients and not passive:
            words += ["an", _join(self._short(r) for r in e.recipients)]  # "Konzern verkauft Werk an Blackstone"
        if obj and not e.recipients and not passive and self.predicate_lemma(e.k) in lex.giving_verbs:
            # "seine Anteile an seine Frau übertragen": an "an" phrase with an accusative names where it goes,
            # a noun as well as a name ("überträgt Anteile an Frau")
            for c in v.children[e.k]:
                dets = [self.low[d] for d in v.deps_of(c, "det", "det:poss") if d < c]
                if v.dep(c) in ("obl", "obl:arg") and self._case(c) == "an" and v.pos(c) == "NOUN" and dets \
                        and dets[0] in lex.recipient_articles | lex.accusative_determiners:
                    words += ["an", self._short_phrase(c)]
                    break
        if reflexive_prep:
            words += [reflexive_prep, "sich"]
        support = self._support_noun(e.k)
        if support and support[-1] in " ".join(words).split():
            support = []
        if len(support) == 1:
            words += support  # "nimmt Stellung"
        if e.place and e.place not in agents + patients:
            words += self._place_words(e)
        if len(support) == 2 or (len(support) == 3 and len(" ".join(words).split()) + 3 + bool(particle) <= MAX_LABEL_WORDS):
            words += support  # (a phrase the line has no room for stays out whole: not "zwingen ... in die")  # "nehmen Mann in Rotterdam in Gewahrsam": the phrase closes the clause
        # (also after a reflexive verb: "Versicherungen weigern sich, Klagen zu bezahlen")
        content = self._infinitive_content(e.k) if not obj and len([w for w in words if w != "sich"]) == 2 \
            and not reflexive_prep else []
        if content and len(words) + len(content) + (1 if particle else 0) <= MAX_LABEL_WORDS:
            # "Die ÖVP kündigte an, Kahr nicht zu wählen": what was announced or decided is the line's object
            # (German puts the separable particle before the comma: "kündigt an, ...")
            words[-1] = words[-1] + ("" if particle else ",")
            if particle:
                words.append(particle + ",")
            return " ".join(w for w in words + content if w)
        if unlemmatized or ((not base.endswith("n") or not subject) and self._participle(e.k)
                            and not self._ge_infinitive(e.k)):
            words[1] = self._verb_text(e.k)
            words.append(words.pop(1))  # no present form, or nobody to do it: the participle closes the line
            if not subject and len(words) > 2 and words[1] == "sich":
                del words[1]  # nobody for "sich" to stand for: "Handy gekauft", not "sich Handy gekauft"
            return _trim([w for w in words if w])  # its particle is inside it
        return _trim([w for w in words if w], particle)

    def _noun_with_verb(self, k: int) -> list[str]:
        """An event noun that names no party, with the verb it is the subject of
        (``Die Sondierungsgespräche begannen``: ``Sondierungsgespräche
        beginnen``; ``Der Beschluss wurde ... bekannt gegeben``: ``Beschluss
        bekannt gegeben``), or with the participle that is its attribute (``die
        mit Jahresbeginn umgesetzte Steuerreform``: ``Steuerreform umgesetzt``):
        alone the noun says nothing of what happened to it. Not a verb of
        being or of no event (``gilt``, ``ist``), nor a modal's."""
        v, lex = self.v, self.lex
        h = v.head(k)
        if v.dep(k) in ("nsubj", "nsubj:pass") and h != k and v.pos(h) == "VERB" and v.tokens[h].text.isalpha():
            lemma = self.predicate_lemma(h)
            if (lemma in lex.no_event_verbs and lemma not in lex.light_verbs) \
                    or lemma in v.grammar.sein_participles.values() \
                    or any(v.lemma(a).lower() in lex.modal_verbs for a in v.deps_of(h, "aux")):
                return []
            noun = v.tokens[k].text
            if v.dep(k) == "nsubj:pass" or v.passive(h):
                return [noun, self._verb_text(h)] if self._participle(h) else []
            if self._participle(h) or self._infinitive_form(h):
                return []  # (a perfect or a future: the finite form is another verb's)
            from chronik.extract.event_label_phrases import _split_particle
            particle, base = _split_particle(lemma, lex)
            plural = v.feature(k, "Number") == "Plur"
            reflexive = ["sich"] if any(self.low[c] == "sich" for c in v.children[h]) else []  # "ereignet sich"
            return [noun, _present(base, plural, lex)] + reflexive + ([particle] if particle else [])
        for c in v.deps_of(k, "amod"):
            form = self.low[c]
            if c > k or v.pos(c) not in ("VERB", "ADJ"):
                continue
            for ending in ("en", "em", "er", "es", "e"):
                stem = form[:-len(ending)]
                if not form.endswith(ending) or not stem.endswith(("t", "en")):
                    continue
                # a participle by its tag (a verb's attribute in "-t" or "-en"), or by its form ("ge" after a
                # particle or at its start) where the
                # lemmatizer reads it as a verb's ("umgesetzt": "umsetzen"; not "gesamt", "gerecht")
                verb = v.lemmatize(stem, "VERB").lower() if v.lemmatize is not None else stem
                if v.feature(c, "VerbForm") == "Part" or v.pos(c) == "VERB" or (
                        (stem.startswith("ge") or stem.startswith(self._particle_ge))
                        and verb != stem and verb.endswith("en")):
                    return [self._text_spelling(v.lemma(k), v.tokens[k].text), stem]
                break
        return []

    def _shared_subject(self, k: int) -> str:
        """The subject of the verb a passive with none of its own is joined to
        (``Ein Vierjähriger büßte seinen Hotdog ein und musste ... behandelt
        werden``): joined verbs share their subject, so it is what the passive
        is done to."""
        v = self.v
        if v.dep(k) != "conj" or v.deps_of(k, "nsubj", "nsubj:pass"):
            return ""
        # (also a noun the time tagger took for an age: "Vierjähriger")
        own = [c for c in v.deps_of(v.head(k), "nsubj") if self._nominal(c) or (
            v.pos(c) == "NOUN" and c not in self.sourced and not v.in_dateline(c))]
        return self._short_phrase(own[0]) if own else ""

    def _article_phrase_before(self, k: int) -> str:
        """What a passive is done to where the parser hung its phrase inside
        another one: a phrase before the participle opened by an article that
        no genitive has (``ein``, ``eine``, ``das``, ``die``), hung as an
        attribute of a noun (``konnte kurz nach der Rauferei ein
        Tatverdächtiger/nmod ... angehalten werden``): it is a phrase of its own,
        and a passive's one phrase in the nominative is its subject."""
        v = self.v
        for j in range(self._clause_span(k)[0], k):
            noun = v.head(j)
            if v.dep(j) == "det" and self.low[j] in self.lex.plain_articles and v.dep(noun) == "nmod" \
                    and j < noun < k and self._case(noun) is None and self._nominal(noun) \
                    and v.timex_at[noun] < 0 and not v.deps_of(noun, "case"):
                return self._short_phrase(noun)
        return ""

    def _verb_preposition(self, k: int, name: str) -> str:
        """The preposition that joins the phrase naming ``name`` in the verb's
        sentence to the verb (``Gegen Faycal C. wurde ... erlassen``:
        ``gegen``), not ``von`` or ``durch``, which name a passive's doer."""
        v = self.v
        si = v.sentence_of[k]
        found = [m for m in v.mentions if m.sentence == si and name in (m.text, self._actor_name(m))]
        if not found:
            return ""
        return self._joining_preposition(k, v.token_at(found[0].start), found[0])

    def _joining_preposition(self, k: int, first: int, mention) -> str:
        """The preposition of the phrase, hung on ``k``, whose noun is the
        name ``mention`` (its first token ``first``), lower case; ``""`` where
        the name is deeper in another phrase (``Für den Test ... gegen die
        Niederlande``), or its preposition is ``von`` or ``durch`` (a doer's) or
        part of the name (``Pro NRW``). The parser may hang the preposition on a
        title before the name (``gegen Oppositionskandidat Manuel Baldizón``)."""
        v = self.v
        h = first
        while v.head(h) != k and v.head(h) != h:
            h = v.head(h)
        last = v.token_at(mention.end - 1) if mention.end > mention.start else first
        if v.head(h) != k or not first <= h <= last:
            return ""
        opening = v.subtree(h)[0]
        case = self._case(h) or (self.low[opening] if v.pos(opening) == "ADP" and opening < first else "")
        return case if case.isalpha() and case not in self.lex.agent_preps else ""

    def _agent_outside(self, k: int, name: str) -> str | None:
        """Where a noun event's one party stands when its phrase is not the
        noun's ``von`` or genitive attribute, which would make the line read as
        the party's own act (``Interview von Van der Bellen``): ``""`` where the
        sentence names it outside the noun's phrase, as a verb's subject
        (``Van der Bellen hat ... gesagt, in einem Interview``) or only by a
        pronoun (``Er verwies auf den Arbeitsmarktgipfel``), so the line is
        ``<Party>: <Noun>``; the preposition that joins it to the noun
        (``der Besuch bei seiner Mutter Gao Ying``: ``bei``; ``Stichwahl ...
        gegen ... Baldizón``: ``gegen``); ``None`` where the noun's phrase has it
        with ``von``, ``durch`` or in the genitive, or the noun itself holds the
        name (``Cameron-Gipfel``)."""
        v = self.v
        short = self._short(name)
        if short in v.tokens[k].text or name in v.tokens[k].text or self._genitive_before(k) == name:
            return None  # (or in the genitive before it: "Camerons Besuch", "Besuch von Cameron")
        si, inside = v.sentence_of[k], set(v.subtree(k))
        found = [m for m in v.mentions if m.sentence == si and name in (m.text, self._actor_name(m))]
        if not found:
            return ""
        first = v.token_at(found[0].start)
        if first not in inside:
            return ""
        case = self._joining_preposition(k, first, found[0])
        # ("zwischen" takes two: "Auseinandersetzung zwischen Apple" says nothing)
        return None if case in ("", "zwischen") else case

    def _subject_party(self, e: _Event, name: str) -> bool:
        """Whether the one party of a noun event the clause names in a phrase of
        its own (``Bei der Parlamentswahl im Juni hatte die HDP die Hürde
        übersprungen``, ``Griss wird bei der Bundespräsidentenwahl
        kandidieren``) is the clause's subject, a name: the line says it is
        that party's as ``<Party>: <Noun>``. Not a passive's subject, which
        undergoes the verb, nor a name inside the noun (``Cameron-Gipfel``)."""
        v = self.v
        verb = v.head(e.k)  # (the verb the noun's phrase hangs on)
        if v.dep(e.k) != "obl" or v.pos(verb) not in ("VERB", "AUX") \
                or not v.deps_of(e.k, "case") or v.passive(verb):
            return False
        subject = v.actor_subject(verb)
        if subject is None or subject == e.k or v.mention_at[subject] < 0:
            return False
        text, short = v.mentions[v.mention_at[subject]].text, self._short(name)
        return short not in v.tokens[e.k].text and (text == name or text.endswith(" " + short) or text == short)

    def _year_after(self, k: int) -> list[str]:
        """The year that follows an event's noun right after and names which
        one it is, as German headlines write it (``bei der Landtagswahl 2013``,
        ``nach der Pekinger Weltfrauenkonferenz 1995``, ``vor den Wahlen
        2015``): a date of four digits and nothing more, not a count of the
        noun after it (``2000 Stimmen``); ``im Jahr 2010`` is the year too (``bei
        der vergangenen Wahl im Jahr 2010``: ``Wahl 2010``)."""
        v, j = self.v, k + 1
        if self.low[j:j + 2] == ["im", "jahr"]:
            j += 2
        if j >= len(self.low) or v.timex_at[j] < 0 or not _YEAR.fullmatch(self.low[j]) \
                or v.timexes[v.timex_at[j]].text not in (v.tokens[j].text, "Jahr " + v.tokens[j].text,
                                                         "im Jahr " + v.tokens[j].text):
            return []
        if j + 1 < len(self.low) and v.pos(j + 1) in ("NOUN", "PROPN") and v.head(j) == j + 1:
            return []
        return [v.tokens[j].text]

    def _owner_subject(self, e: _Event) -> str:
        """The name that is the subject of the clause a noun event's phrase hangs on, where the noun's line
        holds a possessive of the third person (``kritisierte Makarim Wibisono ... bei der Vorlage seines
        letzten Berichts``): the possessive points to the subject (Duden, Possessivartikel), so the line
        names it before the noun (``Wibisono: Vorlage seines letzten Berichts``)."""
        v = self.v
        verb = v.head(e.k)
        if verb == e.k or v.pos(verb) not in ("VERB", "AUX") or v.passive(verb):
            return ""
        subject = v.actor_subject(verb)
        if subject is None or v.mention_at[subject] < 0 or v.mentions[v.mention_at[subject]].label not in ("PER", "ORG"):
            return ""
        return self._short(v.mentions[v.mention_at[subject]].text)

    def _unnamed_clause_subject(self, e: _Event) -> str:
        """Who takes part in a meeting, a call, a letter, a statement or a
        visit the clause names in a phrase of its own (``In einem Rundschreiben
        macht das Bildungsministerium ... aufmerksam``, ``sagte die Rektorin
        im Interview``), where the clause's subject is a noun that names no one
        (the roles hold only names): the label's ``<Subject>: <Noun>``. Not a
        pronoun, which says nothing in a line, nor the event noun itself, nor
        a noun that names no one who acts."""
        v = self.v
        if e.clause == e.k or v.head(e.k) != e.clause or not v.deps_of(e.k, "case"):
            return ""
        subject = v.actor_subject(e.clause)
        if subject is None or subject == e.k or v.pos(subject) != "NOUN" or v.mention_at[subject] >= 0 \
                or not self._nominal(subject) or v.passive(e.clause):
            return ""
        # (one who acts: a person's or a group's noun, or the subject of a verb of saying; not "Sorge ... gewesen")
        lemma = v.lemma(subject)
        if not (self._is_role(lemma) or self._institution(lemma)
                or self.predicate_lemma(e.clause) in self.lex.speech_verbs):
            return ""
        return self._short_phrase(subject)

    def _institution(self, lemma: str) -> bool:
        """An office's noun, or a compound ending in one (``Bildungsministerium``)."""
        low = lemma.lower()
        # (a suffix only of five letters or more: "Rat" ends "Vorrat")
        return any(low == n.lower() or (len(n) >= 5 and low.endswith(n.lower())) for n in self.lex.institution_nouns)

    def _action_genitive(self, c: int | None, phrase: str) -> str:
        """An action noun as the subject keeps the genitive that says what
        it acts on (``Die Verschärfung der Einwanderungsgesetze trat in
        Kraft``: ``Verschärfung der Einwanderungsgesetze tritt in Kraft``):
        German nouns in ``-ung`` and ``-ion`` name a verb's act, and alone they
        do not say whose; nor does a role with no name, whose genitive names
        an office or a body (``Der Präsident der Wahlkommission gab ...
        bekannt``). Only a genitive right after the noun, opened by
        ``des``/``der`` with no preposition, and only where the subject is that
        noun's phrase as the label has it."""
        v = self.v
        if c is None or phrase != self._short_phrase(c) or not (
                self.low[c].endswith(("ung", "ion", "ungen", "ionen")) or self.low[c] in self.lex.measure_nouns
                or (v.pos(c) == "NOUN" and v.mention_at[c] < 0 and self._is_role(v.lemma(c)))):
            # (a noun of quantity too: "Zahl der Todesopfer steigt"; and a person's role with no name, whose
            # genitive names the body it serves: "Präsident der Wahlkommission gibt Daten bekannt")
            return phrase
        role = not (self.low[c].endswith(("ung", "ion", "ungen", "ionen")) or self.low[c] in self.lex.measure_nouns)
        g = c + 2
        if g >= len(self.low) or self.low[c + 1] not in ("des", "der") or v.dep(c + 1) != "det":
            return phrase
        while g < len(self.low) and v.pos(g) == "ADJ" and v.head(g) == v.head(c + 1):
            g += 1  # "der ungarischen Einwanderungsgesetze"
        if g >= len(self.low) or v.head(c + 1) != g or v.head(g) != c or v.dep(g) != "nmod" \
                or v.deps_of(g, "case") or not self._nominal(g) \
                or (g + 1 < len(self.low) and (v.mention_at[g + 1] >= 0 or (
                    v.pos(g + 1) in ("NOUN", "PROPN") and v.head(g + 1) in (c, g)))):
            return phrase  # (not the first word of a longer name: "des Bremer Zentrums")
        if role and not self._institution(v.lemma(g)):
            return phrase  # "Präsident der Republik": a body, not the state, says whose role it is
        return f"{phrase} {self.low[c + 1]} {self._short_phrase(g)}"

    def _controller(self, k: int) -> int | None:
        """The subject of a ``zu`` infinitive that has none of its own: the
        subject of the verb it completes (subject control, German grammar:
        ``Die Regierung beschloss, die Steuern zu senken``: the government
        lowers them). Not after a verb with an object of its own, whose object
        may be the one who acts (``forderte die Bürger auf, ... zu``), nor
        after a passive."""
        v = self.v
        if v.dep(k) != "xcomp" or v.pos(k) != "VERB" or not self._zu_infinitive(k):
            return None
        h = v.head(k)
        # ("sich" is no object that could act: "weigerten sich, ... zu bezahlen")
        if v.pos(h) != "VERB" or any(self.low[o] not in v.grammar.reflexives for o in v.deps_of(h, "obj", "iobj")) \
                or v.passive(h) \
                or any(self._nominal(c) for c in v.deps_of(k, "nsubj", "nsubj:pass")):
            return None
        own = [c for c in v.deps_of(h, "nsubj") if self._nominal(c)]
        return own[0] if own else None

    def _infinitive_object(self, k: int) -> str:
        """The object of a ``zu`` infinitive with no subject of its own, which
        the view reads as its actor (``die Steuern zu senken``: ``Steuern``)."""
        v = self.v
        return next((self._short_phrase(c) for c in v.deps_of(k, "obj") if self._nominal(c)), "")

    def _infinitive_content(self, k: int) -> list[str]:
        """What a verb with no object of its own announces, decides or plans
        when a ``zu`` infinitive with an object completes it, written as
        German writes it after a comma: the object, ``nicht`` where it is
        negated, and the infinitive with its ``zu`` (``Kahr nicht zu
        wählen``, ``Streik fortzusetzen``). Empty where the infinitive has no
        object: ``HDP kündigt an, zu ziehen`` would say nothing."""
        v = self.v
        for c in v.children[k]:
            if self._controller(c) is None and not self._listed_infinitive(k, c):
                continue
            obj = self._infinitive_object(c)
            # (or the prepositional object it governs: "über eine Rücknahme nachzudenken")
            words = [obj] if obj else [w for w in self._verb_complement(c) if w]
            if not words:
                return []
            if any(self.low[d] == "nicht" for d in v.deps_of(c, "advmod")):
                words.append("nicht")
            marks = [d for d in v.children[c] if self.low[d] == "zu" and v.dep(d) == "mark"]
            particles = [self.low[d] for d in self._particles(c)]
            return words + (["zu"] if marks else []) + [self._verb_text(c)] + particles
        return []

    def _listed_infinitive(self, k: int, c: int) -> bool:
        """A ``zu`` infinitive after the comma that the parser joined to the
        verb as a conjunct (``Athen hatte angekündigt, über eine Rücknahme
        nachzudenken``): with no ``und`` and no subject of its own it completes
        the verb, whose subject it shares (Duden, Infinitivgruppe)."""
        v = self.v
        if v.dep(c) != "conj" or c < k or v.pos(c) != "VERB" or not self._zu_infinitive(c) \
                or self.predicate_lemma(k) not in self.lex.plan_verbs \
                or any(v.dep(d) in ("cc", "nsubj", "nsubj:pass") for d in v.children[c]) \
                or not any(self._nominal(d) for d in v.deps_of(k, "nsubj")):
            return False
        first = min(d for d in v.subtree(c) if v.dep(d) != "punct")
        return first > 0 and self.low[first - 1] == ","

    def _genitive_article(self, k: int, name: str) -> tuple[str, str] | None:
        """The genitive article before ``name`` where an event noun's phrase names
        it in the genitive (``ein Haftbefehl des Internationalen
        Strafgerichtshofs``): the name keeps its case ending, so a label writes
        it with that article, not after ``von`` (German grammar: ``von`` takes the
        dative)."""
        v = self.v
        for c in v.children[k]:
            if v.dep(c) not in ("nmod", "nmod:poss") or self._case(c) is not None or c < k:
                continue
            for mi in v.mentions_in(self._core(c)):
                first = v.token_at(v.mentions[mi].start)
                if name in (v.mentions[mi].text, self._actor_name(v.mentions[mi])) and first > k + 1 \
                        and v.dep(first - 1) == "det" and self.low[first - 1] in self.lex.genitive_articles:
                    return self.low[first - 1], v.mentions[mi].text
        return None

    def _joined_target(self, k: int) -> str:
        """What a joined participle is done to: its own noun between the ``und``
        and it (``Konten beschlagnahmt und Vermögen sichergestellt``), or else
        what the passive it is joined to is done to (``Zwei Menschen wurden
        getötet und drei verletzt``)."""
        v = self.v
        if not self._joined_passive(k):
            return ""
        j = k - 1
        while j > 0 and self.low[j] not in self.lex.list_joiners and v.pos(j) != "ADP":
            if v.pos(j) in ("NOUN", "PROPN") and (self._case(j) or v.dep(j) == "nmod"):
                break  # inside a phrase with a preposition: "zu seinen Verwicklungen in den Skandal verhört"
            if v.pos(j) in ("NOUN", "PROPN") and self._nominal(j):
                return self._short_phrase(j)  # (however the parser hung it: "Vermögen/conj")
            j -= 1
        return self._phrase_head(v.coordinated_with(k)[-1], ("nsubj:pass",))

    def _as_object(self, k: int, phrase: str) -> str:
        """A passive's subject phrase as the object of the active line: a masculine noun made from an
        adjective, strong in the nominative without its article (``der 70-Jährige``: ``70-Jähriger``,
        see ``_without_article``), takes the accusative's ``-en`` (``Polizei führt 70-Jährigen ab``)."""
        v = self.v
        words = phrase.split()
        if not words or not words[-1].endswith("er"):
            return phrase
        s = v.sentences[v.sentence_of[k]]
        weak = words[-1][:-1]
        if any(weak.endswith(v.tokens[t].text) and v.tokens[t].text[:1].isupper()
               and self._without_article(t) != v.tokens[t].text
               for t in range(s.first_token, s.last_token)):
            return " ".join(words[:-1] + [weak + "n"])
        return phrase

    def _named_subject(self, k: int) -> str:
        """The name that is the active verb's subject by the parse, where it follows the verb (``Das zweite
        Saisonduell entschied Rapid klar für sich``): in a main clause the finite verb stands second, so a
        subject after it had another phrase fronted, and whoever the subject names leads the line."""
        v = self.v
        named = [c for c in v.deps_of(k, "nsubj") if c > k and v.mention_at[c] >= 0]
        if len(named) != 1:
            return ""
        m = v.mentions[v.mention_at[named[0]]]
        return self._actor_name(m) or m.text

    def _agent_phrase(self, k: int, agents: list[str]) -> bool:
        """Whether a ``von``/``durch`` phrase of the clause names one of the
        agents: only then is the passive's agent known for the label."""
        v, preps = self.v, self.v.grammar.agent_preps
        return any(v.dep(t) == "case" and self.low[t] in preps and set(self.names(v.head(t))) & set(agents)
                   for t in self._clause_tokens(k)) or bool(set(self._surface_agent(k)) & set(agents))

    def _no_object(self, k: int) -> bool:
        """A verb of happening that takes no accusative object (Duden: intransitive; ``stattfinden``)."""
        return self.predicate_lemma(k) in self.v.grammar.objectless

    def _closing_particle(self, e: _Event) -> str:
        """A separable particle that closes the main clause of a finite verb, which the parse left unjoined
        (``Die Flüchtlinge kamen ... am Westbahnhof an``): German puts a separable verb's particle at the end
        of the verb bracket (Duden, Verbklammer), so a particle word there, with nothing after it in the
        clause, is the verb's, where the two make a verb the lexicon knows (``ankommen``). Not a postposition
        after its noun (``seiner Meinung nach``)."""
        v, low = self.v, self.low
        k = e.k
        if e.kind != "verb" or not self._finite(k) or v.pos(k) != "VERB":
            return ""
        # (the bracket may hold phrases set off by commas: "kamen sichtlich abgekämpft, teilweise mit Kindern
        # im Arm, am Westbahnhof an"; no other verb or clause between)
        s = v.sentences[v.sentence_of[k]]
        end = next((j for j in range(k + 1, s.last_token) if low[j] in (";", ":", "–")), s.last_token)
        last = max((j for j in range(k + 1, end) if v.pos(j) != "PUNCT"), default=None)
        if last is None or low[last] not in self.lex.separable_particles or v.mention_at[last] >= 0:
            return ""
        # (another verb or a conjunction between opens another clause, "fing sich und holte ... auf"; a
        # participle is an attribute: "abgekämpft")
        if any(v.pos(j) in ("AUX", "SCONJ") or (v.pos(j) == "VERB" and not self._participle(j))
               for j in range(k + 1, last)):
            return ""
        if low[last] in self.lex.particle_postpositions and v.pos(last - 1) in ("NOUN", "PROPN"):
            return ""
        from chronik.extract.event_label_phrases import _known_verb
        joined = low[last] + e.lemma
        known = getattr(v.lemmatize, "known", None)
        return low[last] if _known_verb(joined, self.lex) or (known is not None and known(joined)) else ""

    def _bare_noun_before(self, k: int) -> str:
        """The first noun of the verb's stretch of text that no preposition
        governs: what a passive without a parsed subject is about
        (``ARD-Hochrechnungen doch mit Microsoft-Logo ausgestrahlt``)."""
        v = self.v
        span = self._clause_span(k)
        for j in range(span[0], k):
            if v.pos(j) == "ADP":
                return ""  # past a preposition every noun is inside its phrase
            if v.pos(j) in ("NOUN", "PROPN") and v.timex_at[j] < 0:
                # (a title before a name stands for the name: "Sir/NOUN Tim Hunt")
                title = v.pos(j) == "NOUN" and j + 1 < k and v.sentence_of[j + 1] == v.sentence_of[j]
                return self._names_from(j) or (self._names_from(j + 1) if title else "") or self._glued(j)
        return ""

    def _noun_before_participle(self, k: int) -> str:
        """What a passive with no subject the parser found is about: the phrase
        that closes the middle field right before the participle, with no
        preposition, after the clause's source phrase (``ist nach Angaben
        unabhängiger Experten Senfgas eingesetzt worden``, ``wurden den Angaben
        zufolge weitere zwei Krankenhäuser getroffen``)."""
        v = self.v
        j = k - 1
        while j > 0 and v.pos(j) in ("ADV", "PART") and self.low[j] not in self.lex.list_joiners:
            j -= 1
        if j <= 0 or v.pos(j) not in ("NOUN", "PROPN") or v.timex_at[j] >= 0 or j in self.sourced \
                or v.in_dateline(j) or v.sentence_of[j] != v.sentence_of[k] \
                or any(c not in self.sourced and not any(v.timex_at[t] >= 0 for t in range(c + 1, j))
                       for c in v.deps_of(j, "case")):
            # ("zufolge" hung on it is the source's, "am" before "Montag" the date's: "am Montag Haftbefehl")
            return ""
        first = j
        while first > 0 and v.pos(first - 1) in ("ADJ", "NUM", "DET") and first - 1 not in self.sourced:
            first -= 1
        before = first - 1
        if v.pos(before) == "ADP" and before not in self.sourced:
            return ""  # inside a phrase with a preposition: "in der Stadt getroffen"
        # (a date ends its phrase, a number opens one: "am Montag Haftbefehl", "einer Vogelbeobachtung
        # 37 tote Rohrweihen")
        if (v.pos(before) in ("NOUN", "PROPN") or self.low[before] in self.lex.list_joiners) \
                and before not in self.sourced and v.pos(first) != "NUM" \
                and (v.timex_at[before] < 0 or v.pos(before - 1) == "NUM"):  # (not a span: "15 Jahren Arbeitslager")
            return ""  # a genitive or a list ("von SPÖ und ÖVP"): the noun is not a phrase of its own
        if any(v.timex_at[d] >= 0 for d in v.children[j]):
            return self._glued(j)  # (the date the parser made its compound stays out: "Montag Haftbefehl")
        return self._short_phrase(j) if self._nominal(j) else ""

    def _counted_prefield(self, k: int) -> str:
        """A count that stands for the people counted before a plural passive
        auxiliary that opens its clause's second place (``Weitere 64 wurden
        verhaftet``, ``31 weitere wurden verletzt``, ``Zwei wurden verletzt``):
        the number, with ``weitere`` where it stands, is the subject (Duden:
        a numeral used as a noun), whatever the parser made of it."""
        v = self.v
        span = self._clause_span(k)
        aux = next((j for j in span if j < k and v.pos(j) == "AUX"), None)
        if aux is None or aux == span[0] or v.lemma(aux).lower() != "werden" or not self.low[aux].endswith("en"):
            return ""
        words = list(range(span[0], aux))
        if len(words) > 2 or not any(v.pos(j) == "NUM" for j in words) or v.timex_at[words[0]] >= 0 \
                or any(v.pos(j) != "NUM" and self.low[j] not in self.lex.count_companions for j in words):
            return ""
        return " ".join(v.tokens[j].text for j in words)

    def _noun_complement(self, k: int) -> list[str]:
        """The words right after an event noun that say what it was about: a
        genitive or a prepositional phrase of its own (``Wahl zum 16. Deutschen
        Bundestag``, ``Referendum über den Verbleib``), up to its noun."""
        v = self.v
        s = v.sentences[v.sentence_of[k]]
        out: list[str] = []
        j, end = k + 1, min(k + 6, s.last_token)
        while j < end:
            if v.pos(j) in ("VERB", "AUX", "PUNCT", "CCONJ", "SCONJ", "PRON") or v.timex_at[j] >= 0:
                break
            if v.pos(j) == "NOUN" and j + 3 < s.last_token and v.tokens[j + 1].text == "-" \
                    and v.tokens[j].end == v.tokens[j + 1].start and self.low[j + 2] in ("und", "oder") \
                    and v.pos(j + 3) == "NOUN":
                # "des Friedens- und Sicherheitsrats": a cut compound is read with the noun that completes it
                out += [v.tokens[j].text + "-", v.tokens[j + 2].text]
                j, end = j + 3, min(end + 3, s.last_token)
            out.append(v.tokens[j].text)
            if v.pos(j) in ("NOUN", "PROPN") and (j + 1 >= s.last_token or v.pos(j + 1) not in ("NOUN", "PROPN")):
                if v.pos(k + 1) == "ADP" and j + 2 < s.last_token and self.low[j + 1] in self.lex.genitive_articles \
                        and v.pos(j + 2) in ("NOUN", "PROPN") and v.head(j + 2) == j and v.dep(j + 2) == "nmod" \
                        and v.timex_at[j + 2] < 0:
                    # "zur Lage der Nation": the phrase's noun keeps its genitive, without which it says little
                    out += [v.tokens[j + 1].text, v.tokens[j + 2].text]
                # a genitive opens with a genitive article or determiner ("Wahl der Abgeordneten", "Verkauf
                # seiner Sparte", "dieses"), not "eine Koalition", "den Plan"
                opens = v.pos(k + 1) == "ADP" or (v.pos(k + 1) == "DET" and (
                    self.low[k + 1] in self.lex.genitive_articles or self.low[k + 1].endswith(("es", "er"))))
                return out if opens else []
            j += 1
        return []

    def _conjunct_subject(self, k: int) -> str:
        """The subject of the verb that a finite verb right after ``und`` is joined to (``Das Team um
        Kenneth De Baets untersuchte Koprolithen und wertete alle ... Vorkommen aus``): a main clause
        joined by ``und`` with its verb first leaves out the subject it shares with the first (Duden,
        Koordination: Subjektellipse). Its names where it has them (``Team um X``: X)."""
        v = self.v
        chain = v.coordinated_with(k)
        if len(chain) < 2 or not self._finite(k) or not self._finite(chain[1]) or v.dep(k - 1) != "cc" \
                or self.low[k - 1] not in self.lex.list_joiners or v.head(k - 1) != k \
                or any(v.pos(c) in ("NOUN", "PROPN", "PRON") for c in v.deps_of(k, "nsubj", "nsubj:pass", "expl")):
            return ""  # (a determiner the parse took for its subject is its object's: "wertete alle ... Vorkommen")
        # the first verb's, before it: the prefield holds a main clause's subject more often than anything
        # else, and the parse often takes an object after the verb for one ("bugsierte die ... Shanai/nsubj");
        # none followed by a postposition ("Der Liebe wegen gab sie")
        first = chain[-1]
        subjects = [c for c in v.deps_of(first, "nsubj") if self._nominal(c) and c < first
                    and not (c + 1 < len(self.low) and self.low[c + 1] in self.lex.postpositions)]
        if len(subjects) != 1 or len(v.deps_of(first, "nsubj")) > 2:
            return ""
        names = self.names(subjects[0])
        if names:
            return _join(self._short(n) for n in names)
        # (a noun, not a pronoun the tagger took for one: "Die beiden/NOUN")
        return self._short_phrase(subjects[0]) if v.tokens[subjects[0]].text[:1].isupper() else ""

    def _support_noun(self, k: int) -> list[str]:
        """The bare noun that closes a main clause and makes the verb's meaning
        (``nahm ... Stellung``, ``stellte ... in Frage``, ``brachte ... zum
        Ausdruck``), or a phrase of a support-verb construction with its
        article (``nahmen ... unter die Lupe``), however it was parsed: without
        it the label says nothing."""
        v = self.v
        s = v.sentences[v.sentence_of[k]]
        end = next((j for j in range(k + 1, s.last_token) if v.tokens[j].text in (",", ".", ":", ";", "!", "?")
                    or v.pos(j) in ("VERB", "AUX", "SCONJ")), s.last_token)
        last = end - 1
        if last <= k:  # the verb closes the clause itself: "hat ... Stellung genommen"
            last = k - 1
        if last - 2 > s.first_token and v.tokens[last].text in self.lex.support_phrase_nouns \
                and v.pos(last - 2) == "ADP" and self.low[last - 1] in ("die", "das", "den") \
                and v.mention_at[last] < 0:  # "nahmen ... unter die Lupe": the whole phrase is the verb's
            # (an accusative, of direction: not "rangen ... aus der Luft")
            return [self.low[last - 2], self.low[last - 1], v.tokens[last].text]
        if last <= s.first_token or v.pos(last) != "NOUN" or v.mention_at[last] >= 0 or v.timex_at[last] >= 0 \
                or (v.pos(last - 1) == "ADP" and self.low[last].endswith(("em", "es", "en"))
                    and not v.tokens[last].text[:1].isupper()) \
                or v.pos(last - 1) in ("DET", "ADJ", "NUM", "PRON", "CCONJ") or v.feature(last, "Number") == "Plur" \
                or v.tokens[last - 1].end == v.tokens[last].start:
            # a plural, a listed noun or the end of a compound the tokenizer cut is an object ("mit
            # Munition und Raketen", "mit einem 30-Euro-Gutschein"), not part of the verb, nor is a
            # lower-case word after a preposition, a set phrase ("unter anderem", "vor allem")
            return []
        if v.pos(last - 1) == "ADP" or self.low[last - 1] in self.lex.fused_preps:  # "ums/ADV Leben"
            return [self.low[last - 1], v.tokens[last].text]
        return [v.tokens[last].text]

    def _plural_name_subject(self, k: int) -> bool:
        """A name that stands for many, tagged plural, with a finite verb plural by its form (``Die
        Wiener setzten sich durch``, ``Die Grünen haben ... gefordert``): the label's verb agrees."""
        v = self.v
        s = v.actor_subject(k)
        finite = min([a for a in v.deps_of(k, "aux") if self.low[a] != "zu"], default=k)
        return s is not None and v.mention_at[s] >= 0 and v.feature(s, "Number") == "Plur" \
            and self._plural_form(k) and v.feature(finite, "VerbForm") in ("Fin", None) \
            and v.feature(finite, "Number") == "Plur" \
            and not any(v.feature(a, "Number") == "Sing" for a in v.deps_of(k, "aux"))  # ("haben soll")

    def _second_subject(self, k: int) -> str:
        """A second subject that names no one, after the one that names the
        agent and not joined to it (``Guo Jianmei habe zudem Beweise vorgelegt``,
        parsed with two subjects): a clause has one subject, so the phrase
        without a name is the object. The object may open the clause too, its
        subject after the verb (``Das Geld lieferte der Investor Richard
        Chandler``)."""
        v = self.v
        subjects = v.deps_of(k, "nsubj")
        if len(subjects) != 2:
            return ""
        first, second = subjects
        named = bool(self.names(first)), bool(self.names(second))
        if named[0] == named[1] and (named[0] or not first < k < second):
            return ""
        if not named[0] and not named[1] and (self.low[first] in v.grammar.clause_adverbs or v.feature(first, "Number")
                                              not in (None, "", v.feature(k, "Number"))):
            return ""  # (an adverb, or a phrase in another number than the verb's: "Die Millionen veranlagte das Land")
        # (neither named: the one before the verb leads, "Regierungstruppen nahmen IS-Aktivisten unter Beschuss")
        unnamed = second if named[0] or not named[1] else first
        if not self._nominal(unnamed) or v.timex_at[unnamed] >= 0 or any(
                self.low[j] in self.lex.list_joiners or v.pos(j) == "PUNCT" for j in range(first, second)):
            return ""
        if unnamed == first and not first < k < second:
            return ""  # (both before the verb at the clause's end: which one acts the words do not show)
        if any(self.low[d] in ("der", "ein") for d in v.deps_of(unnamed, "det")):
            return ""  # "Argentinien besucht der Papst": an article of the nominative, the true subject
        return self._short_phrase(unnamed)

    def _titled_opponents(self, k: int) -> list[str]:
        """Opponents whose ``gegen`` the parser hung on a title before their
        name (``gewannen gegen Europa-Meister/NUM Schweden und Vize-Weltmeister
        Tunesien``): the names of a run of titles, names, ``und`` and commas right
        after a ``gegen`` of the verb's clause, up to the first other word."""
        v, lex = self.v, self.lex
        tokens = self._clause_tokens(k)
        out: list[str] = []
        for t in tokens:
            if self.low[t] not in lex.opponent_preps or v.dep(t) == "case" or self._after_event_noun(t):
                continue  # (a "gegen" the parser read as a preposition is read with its phrase)
            j, names = t + 1, []
            while j < len(self.low) and (j in tokens or names and v.sentence_of[j] == v.sentence_of[t]):
                mi = v.mention_at[j]
                if mi >= 0 and v.mentions[mi].label in ACTOR_LABELS:
                    names.append(self._actor_name(v.mentions[mi]))
                    j = max(j + 1, v.token_at(v.mentions[mi].end))
                elif self.low[j] in lex.list_joiners or v.pos(j) in ("NOUN", "ADJ", "NUM", "DET"):
                    j += 1  # a title, its article, "und"
                else:
                    break
            out += [n for n in names if n not in out]
        return out

    def _opponent_names(self, k: int) -> set[str]:
        """The names of the clause's ``gegen`` phrases (``verlor das Halbfinale
        gegen die Auswahl Haute-Savoie``)."""
        v = self.v
        return {n for t in self._clause_tokens(k) if self._case(t) in self.lex.opponent_preps
                and v.pos(t) in ("NOUN", "PROPN") for n in self.names(t)} | set(self._titled_opponents(k))

    def _opponent_apposition(self, c: int) -> bool:
        """A name set off by a comma after a ``gegen`` phrase (``setzte sich gegen
        die ehemalige Nummer eins, Viktoria Asarenka, durch``), which the parser
        read as the verb's object: it is the opponent, in apposition."""
        v, lex = self.v, self.lex
        if v.mention_at[c] < 0:
            return False
        first = v.token_at(v.mentions[v.mention_at[c]].start)
        if first < 2 or self.low[first - 1] != ",":
            return False
        for t in range(first - 2, max(first - 8, v.sentences[v.sentence_of[c]].first_token - 1), -1):
            if v.pos(t) == "PUNCT":
                return False
            if self.low[t] in lex.opponent_preps:
                return True
        return False

    def _patient_prep(self, k: int) -> str | None:
        """``mit`` in ``telefoniert mit Kim`` when the patient is a phrase with a preposition."""
        v, lex = self.v, self.lex
        objects = [c for c in v.objects(k, self._particles(k), actor=True) if self.low[c] not in v.grammar.reflexives]
        if len(objects) == 1 and self._opponent_apposition(objects[0]):
            return self._case(objects[0]) or next(iter(lex.opponent_preps))
        if objects:
            return None  # ("sich" is no object that the patient could be)
        for c in v.children[k]:
            if v.dep(c) in ("obl", "obl:arg") and self._case(c) in lex.companion_preps | lex.recipient_preps \
                    and self.names(c):  # ("mit 27:23" names no one)
                return self._case(c)
        for t in self._clause_tokens(k):
            # "setzten sich gegen Mattersburg durch": the opponent keeps its preposition
            if self._case(t) in lex.opponent_preps and v.mention_at[t] >= 0 and not self._after_event_noun(t):
                return self._case(t)
        return None


def _listed_names(line: str) -> list[str]:
    """The parties a label's list names: ``A, B und C`` -> A, B, C."""
    return line.replace(", ", " und ").split(" und ")


def _join(names) -> str:
    names = list(dict.fromkeys(names))
    if not names:
        return ""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " und " + names[-1]


def _trim(words: Sequence[str], particle: str = "") -> str:
    """At most ``MAX_LABEL_WORDS`` words, never ending on a preposition or
    ``und``; a separable verb's particle closes the line."""
    out = " ".join(w for w in words if w).split()
    limit = MAX_LABEL_WORDS - (1 if particle else 0)
    if len(out) > limit and out[limit - 1] in _CUT_ARTICLES:
        del out[limit - 1]  # a cut after a place's article drops it: "in Ostsee", not "in der"
    out = out[:limit]
    while len(out) > 1 and out[-1] in ("in", "an", "mit", "von", "zwischen", "und", "über", "nach", "bei", "auf",
                                        "vor", "per", "für", "gegen", "durch", "zum", "zur", "aus"):
        out.pop()
    return " ".join(out + ([particle] if particle else []))


def _present(lemma: str, plural: bool, lexicon) -> str:
    """Third person present of a verb lemma: ``vertagen`` -> ``vertagt``."""
    if plural:
        return lexicon.present_3pl.get(lemma, lemma)
    if lemma in lexicon.present_3sg:
        return lexicon.present_3sg[lemma]
    for prefix in ("be", "er", "ent", "ver", "zer", "ge", "emp", "miss", "über", "unter", "hinter", "wider"):
        rest = lemma[len(prefix):]
        if lemma.startswith(prefix) and rest in lexicon.present_3sg:
            return prefix + lexicon.present_3sg[rest]
    if lemma.endswith(("eln", "ern")):
        return lemma[:-1] + "t"
    stem = lemma[:-2] if lemma.endswith("en") else lemma[:-1] if lemma.endswith("n") else lemma
    # an "e" after d/t and after a consonant (not l, r, a lengthening h) before m/n ("atmet"),
    # "ch" counting as one ("zeichnet", "rechnet")
    if stem.endswith(("d", "t", "chn", "chm")) or (
            stem.endswith(("m", "n")) and len(stem) > 1 and stem[-2] not in "aeiouäöülrmnh"):
        return stem + "et"
    return stem + "t"


def _participle_hint(e: _Event) -> str:
    return e.lemma
