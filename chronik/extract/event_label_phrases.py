"""The phrases a label is made of (``chronik.extract.events``): a verb's separable particle, short forms
of names, the object and subject phrases as the text words them (also where the parser joined or split
them wrongly), whether the subject is plural, and lists of names."""
from __future__ import annotations

import re

from chronik.extract.event_labels import _join
from chronik.extract.event_participants import ACTOR_LABELS, CLAUSE_RELATIONS
from chronik.extract.event_predicates import _Event, opening_particles

# The finite forms of "werden" ("wurde", "wird"), one clause's finite verb, as a finite "haben" is.
_FINITE_WERDEN = frozenset({"wird", "wurde", "wurden", "wurdest", "wurdet"})


class LabelPhrases:
    """The words of a label: particles, names, objects and subjects as the text has them."""

    def _particle(self, e: _Event) -> tuple[str, str]:
        """The separable particle of the event's verb: the one the parse split
        off (``gab ... bekannt``), or the one before ``ge``/``zu`` in a
        participle or infinitive (``angegriffen``, ``anzugreifen``)."""
        v, lex = self.v, self.lex
        for c in self._particles(e.k):
            particle = self.low[c]
            if e.lemma.startswith(particle):
                if c + 1 < len(self.low) and v.sentence_of[c + 1] == v.sentence_of[c] and v.pos(c + 1) == "NUM":
                    # a particle closes its clause; one before a number is a preposition ("entschied ... klar
                    # mit 6:1 für sich", "stieg auf 3 Prozent")
                    return "", e.lemma[len(particle):]
                return particle, e.lemma[len(particle):]
        form = self.low[e.k]
        for p in opening_particles(e.lemma, lex.separable_particles + lex.two_way_particles + lex.label_particles):
            if (form.startswith(p + "ge") or form.startswith(p + "zu")) and len(e.lemma) - len(p) >= 3:
                if p in lex.two_way_particles and e.lemma[len(p):].startswith(("ge", "zu")):
                    continue  # "übergeben", "unterzuordnen": the form shows nothing
                return p, e.lemma[len(p):]
            if p in lex.two_way_particles and e.lemma in lex.separable_two_way_verbs:
                return p, e.lemma[len(p):]  # "dass er nochmals durchstartet": "startet ... durch"
        particle, rest = _split_particle(e.lemma, lex)
        known = getattr(v.lemmatize, "known", None)
        if not particle and known is not None:
            # a verb of its own after the particle: "zurücklegen" is "legt ... zurück"
            for p in opening_particles(e.lemma, lex.separable_particles):
                after = e.lemma[len(p):]
                if len(after) >= 4 and after.endswith("n") and known(after):
                    return p, after
        return particle, rest

    def _genitive_stem(self, mention) -> str | None:
        """An organisation named in the genitive after ``des``/``eines`` (``des
        Internationalen Strafgerichtshofs``), its last noun without the genitive
        ending as the lemmatizer reads it: ``Internationalen Strafgerichtshof``."""
        v = self.v
        first, last = v.token_at(mention.start), v.token_at(mention.end) - 1
        if mention.label != "ORG" or first < 1 or last <= first or self.low[first - 1] not in ("des", "eines"):
            return None
        word, lemma = v.tokens[last].text, v.lemma(last)
        if v.pos(last) == "NOUN" and word.endswith("s") and lemma in (word[:-1], word[:-2]) and len(lemma) > 3:
            return mention.text[:len(mention.text) - (len(word) - len(lemma))]
        return None

    def _short(self, name: str) -> str:
        if name in self.short_forms:
            return self.short_forms[name]  # the label keeps the short form the article uses
        if " " not in name and name.lower() in self.lex.first_names and name in self.first_name_fulls:
            name = self.first_name_fulls[name]  # a party named by a first name alone: "Stefan" -> "Kraft"
        short = name if name in self.not_persons else _short(name, self.lex.first_names)
        # a name the recognizer took with its genitive "s" ("Donald Trumps"), where the
        # article names it without: the label's subject or object is in another case
        if short.endswith("s") and len(short) > 3 and any(
                m.endswith(short[:-1]) and not m.endswith(short) for m in self.named):
            return short[:-1]
        return short

    def _object_words(self, objects: list[int], patients: list[str]) -> list[str]:
        """What undergoes an action noun, in its label: a genitive name with its article
        as the text has it (``Zusammenbruch der Union``), else ``von X`` (``Festnahme von
        Moser`` also for ``des Verdächtigen Karl Moser``)."""
        v = self.v
        if len(objects) == 1 and len(patients) == 1 and self._case(objects[0]) is None \
                and (v.pos(objects[0]) == "PROPN" or v.mention_at[objects[0]] >= 0):  # the name is the genitive
            articles = [d for d in v.deps_of(objects[0], "det") if d < objects[0]]
            if articles and v.tokens[articles[0]].text.lower() in self.lex.genitive_articles:
                return [v.tokens[articles[0]].text.lower(), self._short(patients[0])]
        return ["von", _join(self._short(p) for p in patients)]

    def _unparsed_object(self, k: int) -> str:
        """The object of a transitive clause the parser gave another relation:
        a phrase with an article and no preposition hung on the verb as an
        oblique (no date, no measure: ``erzielte den Siegtreffer``), or, before
        the verb at the clause's end, a phrase only an accusative article can
        begin (``hatten die Rebellen den Militärstützpunkt ... überrannt``)."""
        v = self.v
        subject = v.actor_subject(k)
        bare = self._bare_oblique(k)
        if bare is not None:
            return self._short_phrase(bare)
        for c in v.children[k]:  # (for the line only: a noun naming no one adds no party)
            if v.dep(c) == "obl" and v.pos(c) == "NOUN" and c < k and self._case(c) is None and c != subject \
                    and v.feature(c, "Number") == "Plur" and v.timex_at[c] < 0 and self._nominal(c) \
                    and not self._measured(c) and not v.deps_of(k, "obj"):
                return self._short_phrase(c)  # "konnte zudem Beweise/obl vorlegen": a bare plural is the object
        span = self._clause_span(k)
        for j in range(span[0], k):
            noun = v.head(j)
            if v.dep(j) == "det" and self.low[j] in self.lex.plain_articles and v.dep(noun) == "nmod" and j < noun < k \
                    and self._case(noun) is None and self._nominal(noun) and v.pos(v.head(noun)) == "NOUN" \
                    and v.mention_at[noun] < 0 and v.timex_at[noun] < 0:
                # "hat als Ergebnis seiner Arbeit ein Dokument/nmod ausgearbeitet": an article no genitive has
                # ("ein", not "eines") opens a phrase of its own, which before the verb is its object
                return self._short_phrase(noun)
            if self.low[j] not in v.grammar.accusative_determiners or v.dep(j) not in ("det", "det:poss"):
                continue
            # (an object of another verb of the stretch is that verb's; one the parser hung on a verb outside
            # the stretch, "in der Li ihren Mann/obj:fand umbrachte", is this one's)
            owner = v.head(noun)
            if j < noun < k and noun != subject and self._case(noun) is None and self._nominal(noun) \
                    and v.feature(noun, "Number") != "Plur" \
                    and (owner == k or v.pos(owner) not in ("VERB", "AUX") or owner not in span):
                return self._short_phrase(noun)
        heads = [k] + v.deps_of(k, "aux")  # (the time phrase may hang on the auxiliary)
        for c in [c for h in heads for c in v.children[h]]:
            for a in v.deps_of(c, "appos") if v.dep(c) in ("obl", "obl:tmod") and v.timex_at[c] >= 0 else []:
                if c < a < k and v.pos(a) == "NOUN" and self._case(a) is None and self._nominal(a) \
                        and a != subject and not v.deps_of(k, "obj"):
                    # "hatte im Frühjahr Ermittlungen/appos ... abgebrochen": a noun after a time phrase is no
                    # apposition of a date, it is a phrase of its own, before the verb its object
                    return self._short_phrase(a)
        return ""

    def _accusative_recipient(self, c: int) -> bool:
        """``an`` with an accusative is where something goes: a party named
        there receives it (``soll an das Gemeinschaftsunternehmen Diehl/Thales
        verkauft werden``); with a dative (``an der Sitzung``) it is where."""
        v = self.v
        dets = [self.low[d] for d in v.deps_of(c, "det") if d < c]
        return bool(dets) and dets[0] in self.lex.recipient_articles

    def _surface_agent(self, k: int) -> list[str]:
        """The agent of a passive whose ``von``/``durch`` phrase the parser hung
        on another word (``Batterien, die vom US-Elektroautobauer Tesla Motors/nsubj:pass
        geliefert werden``): a name right after the preposition, where the
        preposition follows no noun (``Ausbruch von Feindseligkeiten`` is the
        noun's) and the name is followed by no adjective (``die von der Daimler AG
        geplante Version``: the participle's)."""
        v, preps = self.v, self.v.grammar.agent_preps
        for t in self._clause_tokens(k):
            if self.low[t] not in preps or v.pos(t) != "ADP" or t == 0:
                continue
            if v.pos(t - 1) in ("NOUN", "PROPN") and v.timex_at[t - 1] < 0 and not self._person_before(t, k):
                continue  # ("Radulan Sahiron von der Polizei festgenommen": a person's name takes no "von")
            for j in range(t + 1, min(t + 4, len(self.low))):
                mi = v.mention_at[j]
                if mi >= 0 and v.mentions[mi].label in ACTOR_LABELS and v.token_at(v.mentions[mi].start) == j:
                    after = v.token_at(v.mentions[mi].end)
                    if after < len(self.low) and v.pos(after) == "ADJ":
                        break
                    return [self._actor_name(v.mentions[mi])]
                if v.pos(j) not in ("DET", "ADJ", "NOUN", "PROPN") or (v.pos(j) == "NOUN" and self._plural_noun(j)):
                    break  # ("von den Ermittlern Demjanjuk zugeordnet": the name is the dative object)
        return []

    def _person_after_office(self, c: int) -> int | None:
        """A person's name that the parser hung on the subject when the subject
        is an office (``hat die Polizei/nsubj Michael/nmod Müller festgenommen``):
        an office is not renamed by a person's name, and a genitive would show
        its ending, so the name is a phrase of its own, the object of the
        middle field."""
        v, lex = self.v, self.lex
        lemma = v.lemma(c)
        if v.dep(c) != "nsubj" or v.mention_at[c] >= 0 or self.names(c) or not (
                lemma in lex.institution_nouns or self._compound_head(lemma, lex.institution_nouns)):
            return None
        for d in v.children[c]:
            mi = v.mention_at[d]
            if v.dep(d) in ("nmod", "appos", "flat") and self._case(d) is None and mi >= 0 \
                    and v.mentions[mi].label == "PER" and v.token_at(v.mentions[mi].start) == c + 1 \
                    and not v.mentions[mi].text.endswith(("s", "'", "’")):
                return d
        return None

    def _alliance_formed(self, k: int) -> list[str]:
        """The members of an alliance that a passive of forming says was formed
        (``Am 30. September wurde die Koalition aus CDU und FDP gebildet``): they
        formed it, as in the active ``CDU und FDP bildeten eine Koalition``."""
        v, lex = self.v, self.lex
        if self.as_found or self.predicate_lemma(k) not in lex.forming_verbs or not v.passive(k):
            return []
        out = []
        for s in v.deps_of(k, "nsubj:pass", "nsubj"):
            lemma = v.lemma(s)
            if lemma in lex.alliance_nouns or self._compound_head(lemma, lex.alliance_nouns):
                out += self.names(s)
        return out

    def _office_before(self, c: int) -> int | None:
        """``das Gericht/compound Julia Timoschenko``: an office with its article
        that the parser made a compound of the person's name after it is the
        subject of its own, and the person its object; the office's token."""
        v, lex = self.v, self.lex
        mi = -1 if c is None else v.mention_at[c]
        if mi < 0 or v.mentions[mi].label != "PER" or v.dep(c) not in ("nsubj", "obl", "obj"):
            return None
        j = v.token_at(v.mentions[mi].start) - 1
        lemma = v.lemma(j) if j > 0 else ""
        office = j > 0 and v.head(j) == c and v.dep(j) == "compound" and v.mention_at[j] < 0 \
            and self.low[j - 1] in lex.definite_articles and v.head(j - 1) == j \
            and (lemma in lex.institution_nouns or self._compound_head(lemma, lex.institution_nouns) is not None)
        return j if office else None

    def _person_before(self, t: int, k: int) -> bool:
        """The token before ``t`` ends a person's name, a phrase of the verb ``k``
        itself, that ``t`` is not part of (not "Fraser Kyne von Bromium meint":
        there ``von`` says whom he works for)."""
        v = self.v
        mi = v.mention_at[t - 1]
        if mi < 0 or v.mention_at[t] == mi or v.mentions[mi].label != "PER" or v.token_at(v.mentions[mi].end) != t:
            return False
        inside = range(v.token_at(v.mentions[mi].start), t)
        return any(v.head(j) == k for j in inside)

    def _maker(self, k: int) -> list[str]:
        """``Der elektrische Smart von Daimler soll ... ausgeliefert werden``: the
        organisation a passive subject's ``von`` phrase names, when the subject is
        a thing, made or owned by it, and the passive names no other agent (not
        after a role noun: ``ein Sprecher von Siemens``)."""
        v = self.v
        for s in v.deps_of(k, "nsubj:pass"):
            if v.pos(s) != "NOUN" or v.mention_at[s] >= 0 or self._is_role(v.lemma(s)) or self._event_noun(s):
                continue
            for d in v.deps_of(s, "nmod"):
                mi = v.mention_at[d]
                if d > s and self._case(d) in self.lex.agent_preps and mi >= 0 and v.mentions[mi].label == "ORG":
                    return [self._actor_name(v.mentions[mi])]
        return []

    def _split_subjects(self, k: int, subject: int) -> list[int]:
        """Subjects joined by ``und`` that the parser hung on the verb one by one
        (``Die Behörden/nsubj:pass und das Rote Kreuz/nsubj haben ... eingerichtet``):
        the others, when only ``und``, ``sowie`` or a comma stands between them."""
        v = self.v
        out = []
        last = max(v.subtree(subject, CLAUSE_RELATIONS))
        for d in v.children[k]:
            if d <= last or v.dep(d) not in ("nsubj", "nsubj:pass") or v.timex_at[d] >= 0 or self._case(d):
                continue
            first = min(v.subtree(d, CLAUSE_RELATIONS))
            if first > last + 1 and all(self.low[t] in self.lex.list_joiners for t in range(last + 1, first)):
                out.append(d)
                last = max(v.subtree(d, CLAUSE_RELATIONS))
        return out

    def _preposition_opens(self, c: int) -> bool:
        """The phrase of noun ``c`` opens with a preposition of its own, hung on the noun or on its article
        or adjective (``Für/case die/det Experimente``)."""
        v = self.v
        first = v.subtree(c)[0]
        return first < c and v.pos(first) == "ADP" and v.dep(first) == "case" \
            and (v.head(first) == c or (v.head(v.head(first)) == c and v.dep(v.head(first)) in ("det", "amod")))

    def _active_perfect(self, k: int) -> bool:
        """A clause whose only auxiliary is ``haben``: active, whatever subject
        relation the parser gave (German forms the passive with ``werden``)."""
        v = self.v
        if self._subject_undergoes(k):
            return False
        if v.dep(k) == "compound:prt" and v.lemma(v.head(k)).lower() == "haben" and self._participle(k):
            return True  # "hatten/root ... gelenkt/compound:prt": the participle the parser took for a particle
        helpers = [c for c in v.children[k] if v.pos(c) == "AUX"]
        # an auxiliary the parser hung inside a phrase of the verb ("Wired/nsubj haben/aux Produkte/nsubj:pass
        # ... ausgewählt", "Erdoğan/nsubj hat/det:poss Davutoğlu/nsubj ... beauftragt") is the clause's
        helpers += [a for c in v.children[k] if v.pos(c) in ("NOUN", "PROPN") for a in v.children[c]
                    if a < c and v.pos(a) == "AUX" and v.dep(a) != "cop"]
        haben = [c for c in helpers if v.lemma(c).lower() == "haben"]
        # (a finite "werden" before a finite "haben" closes another clause, as two finite auxiliaries never
        # share one: "Wie am Freitag bekannt wurde/aux:pass hat die Justiz ... ins Visier genommen"; one after
        # it is the passive's own: "hat ... seinen Buchpreis, der ... vorgestellt wurde")
        return bool(haben) and not any(
            v.lemma(c).lower() in v.grammar.passive_aux
            and not (self.low[c] in _FINITE_WERDEN and any(c < h < k for h in haben)) for c in helpers)

    def _bare_oblique(self, k: int) -> int | None:
        """A phrase with an article and no preposition that the parser hung on
        the verb as an oblique: no date, no measure, not the subject; in German
        such a phrase is an object (``hat ... das Wrack des Flugzeugträgers
        entdeckt``)."""
        v = self.v
        subject = v.actor_subject(k)
        for c in v.children[k]:
            if v.dep(c) != "obl" or c == subject or (self._case(c) is not None and not self._stray_fused(c)) \
                    or v.timex_at[c] >= 0:
                continue
            article = v.deps_of(c, "det") or self._article_before_score(c)
            if v.pos(c) == "NOUN" and article and self._nominal(c) and not self._measured(c):
                return c
            if v.pos(c) == "PROPN" and v.mention_at[c] >= 0 and not v.in_dateline(c):
                return c  # "hatte zuvor Österreich/obl besiegt": a bare name
        return None

    def _article_before_score(self, c: int) -> bool:
        """The article the parser hung on a score glued to the noun (``einen knappen 2:1-Sieg``), with no
        preposition before it (not ``bei der 98:112-Pleite``)."""
        v = self.v
        j = self._glued_start(c) - 1
        while j > 0 and v.pos(j) == "ADJ":
            j -= 1
        return j >= 0 and v.pos(j) == "DET" and (j == 0 or v.pos(j - 1) != "ADP")

    def _stray_fused(self, c: int) -> bool:
        """A fused preposition (``zum``, ``im``) the parser hung on a phrase with
        an article of its own after it (``zum 19.01.2006 seinen Betrieb``): the
        fused form holds the article, so it is another phrase's, and this one
        has no preposition."""
        v = self.v
        cases = [t for t in v.deps_of(c, "case")]
        return len(cases) == 1 and self.low[cases[0]] in self.lex.fused_preps \
            and any(cases[0] < d < c and v.pos(d) == "DET" for d in v.deps_of(c, "det"))

    def _singular_finite(self, k: int) -> bool:
        """The clause's finite verb is singular by its form: an auxiliary or
        modal whose plural differs (``die Frau, die ... angeboten hatte``), or,
        with none, a verb in ``-t``/``-te`` that is no participle (``plant der
        Vorstandsvorsitzende``): German's finite verb agrees with its subject,
        however the parser read the subject's phrase."""
        v = self.v
        auxes = v.deps_of(k, "aux", "aux:pass")
        if not auxes and not v.deps_of(k, "nsubj", "nsubj:pass"):  # "wurde festgenommen und verhört"
            auxes = [a for h in v.coordinated_with(k) for a in v.deps_of(h, "aux", "aux:pass")]
        if auxes:
            return any(self.low[a] in self.lex.singular_aux for a in auxes)
        form = self.low[k]
        return v.pos(k) == "VERB" and form.endswith(("t", "te")) and v.dep(k) != "xcomp" and \
            v.feature(k, "VerbForm") not in ("Inf", "Part") and not self._participle(k) and \
            not any(self.low[c] == "zu" for c in v.children[k])

    def _plural_subject(self, k: int) -> bool:
        v = self.v
        if self._singular_finite(k):
            return False
        finite = [f for f in [k] + v.deps_of(k, "aux") if v.feature(f, "VerbForm") == "Fin"]
        s = v.actor_subject(k)
        if s is not None and any(self.low[d] == "der" for d in v.deps_of(s, "det") if d < s):
            return False  # "der" opens no subject in the plural, whatever the tagger says: "Der Abgeordnete"
        if any(v.feature(f, "Number") == "Sing" for f in finite) and (s is None or v.lemma(s).lower() == self.low[s]):
            return False  # a noun alike in both numbers takes the finite verb's: "Treffen ... soll stattfinden"
        if s is not None and any(self._joined(c) for c in v.deps_of(s, "conj")):
            return True
        # "Berufung", "Komet": a noun whose plural differs, in its singular form, whatever the tagger says
        # (after it, for endings a plural the lemmatizer kept may have: "Abgeordnete")
        alike = self.lex.plural_like_singular_endings
        singular = s is not None and v.pos(s) == "NOUN" and self.low[s] == v.lemma(s).lower() \
            and not self.low[s].endswith(alike)
        if singular and not self.low[s].endswith(self.lex.unreduced_plural_endings) \
                and not (v.feature(s, "Number") == "Plur" and self._plural_form(k) and self._active_finite(k)):
            # (but a noun the tagger calls plural with a finite verb plural by its form is one: a noun
            # with no singular, "Seine Eltern feierten", Duden: Pluraletantum)
            return False
        if s is not None and v.feature(s, "Number") == "Plur":
            return True
        if singular:
            return False
        finite = [k] + v.deps_of(k, "aux")
        if any(v.feature(f, "Number") == "Plur" and v.feature(f, "VerbForm") == "Fin" for f in finite):
            return True
        return s is not None and self._nominal(s) and self._plural_form(k)

    def _active_finite(self, k: int) -> bool:
        """The clause has a finite verb and no ``werden`` passive: a weak
        preterite (``feierten``), or an auxiliary of the verb's own or of the
        verb it is listed with (``haben ... zerstört und ... festgenommen``);
        not a bare participle (``Transparenzregeln umgangen``)."""
        v = self.v
        heads = v.coordinated_with(k)
        if any(v.deps_of(h, "aux:pass") for h in heads):
            return False
        return v.weak_preterite(k) or any(v.deps_of(h, "aux") for h in heads)

    def _plural_form(self, k: int) -> bool:
        """A finite verb in the plural by its form, where the tagger gave no
        number: the third person singular never ends in ``-en`` (``hat``/``haben``,
        ``wurde``/``wurden``, ``kam``/``kamen``, ``ist``/``sind``). The finite verb
        is the first auxiliary, or the verb itself when it has none and is no
        participle or ``zu``-infinitive."""
        v = self.v
        if any(self.low[c] == "zu" for c in v.children[k]) or v.dep(k) == "xcomp":
            return False
        if any(v.feature(j, "VerbForm") == "Fin" and v.feature(j, "Number") == "Sing" for j in self._clause_span(k)):
            return False  # "soll ... bestohlen haben": the finite verb is singular, "haben" its infinitive
        auxes = [a for h in v.coordinated_with(k) for a in v.deps_of(h, "aux", "aux:pass") if self.low[a] != "zu"]
        if auxes:
            form = self.low[min(auxes)]
            return form.endswith("en") or form == "sind"
        return self.low[k].endswith("en") and not self._participle(k)

    def _misjoined_object(self, k: int) -> str:
        """The object the parser joined to the subject as a bare conjunct
        (``der Konzern seine Prognose``): German lists its subjects with ``und``
        or commas, so the phrase right after the subject is the verb's object."""
        v = self.v
        s = v.actor_subject(k)
        if s is None:
            return ""
        for c in v.deps_of(s, "conj"):
            if not self._joined(c) and self._nominal(c):
                return self._short_phrase(c)
        for c in v.deps_of(s, "nmod"):
            # "der liberale Politiker seine Anteile/nmod": a phrase after the subject with no preposition and
            # an accusative determiner ("seine", "den", not the genitive "seiner", "des") is no owner
            dets = [self.low[d] for d in v.deps_of(c, "det", "det:poss")]
            if c > s and self._case(c) is None and self._nominal(c) and dets and v.mention_at[c] < 0 \
                    and dets[0] in self.lex.accusative_determiners \
                    and not any(v.pos(j) == "PUNCT" for j in range(s, c)):
                return self._short_phrase(c)
        return ""

    def _conjunct_object(self, k: int) -> str:
        """The object of the second of two joined verbs that the parser made a
        conjunct of the first (``wird nach Österreich kommen und Gespräche/conj
        mit X führen``): a noun right after the ``und`` and before the second
        verb, with no verb between, is the second verb's object."""
        v = self.v
        if v.dep(k) != "conj":
            return ""
        for c in v.deps_of(v.head(k), "conj"):
            if c < k and v.pos(c) == "NOUN" and v.mention_at[c] < 0 and self._case(c) is None and self._nominal(c) \
                    and any(v.dep(d) == "cc" for d in v.children[c]) \
                    and not any(v.pos(j) in ("VERB", "AUX") or self.low[j] in self.lex.list_joiners for j in range(c + 1, k)):
                return self._short_phrase(c)
        return ""

    def _object_after_relative(self, k: int) -> str:
        """The phrase the parser joined to the subject after the comma that
        closes the subject's relative clause (``soll Stefan Fleck, der für den
        Depotbau mitverantwortlich war, erste Kalkulationen angestellt haben``):
        that comma ends the relative clause and lists nothing, so the phrase is
        the verb's object."""
        v = self.v
        s = v.actor_subject(k)
        if s is None:
            return ""
        relative = {t for r in v.deps_of(s, "acl:relcl") for t in v.subtree(r)}
        for c in v.deps_of(s, "conj"):
            start = min([c] + [d for d in v.children[c] if d < c and v.dep(d) in ("det", "amod", "nummod")])
            if relative and self._nominal(c) and not v.deps_of(c, "cc") and start >= 2 \
                    and self.low[start - 1] == "," and start - 2 in relative and v.mention_at[c] < 0:
                return self._short_phrase(c)
        return ""

    def _joined(self, c: int) -> bool:
        """A conjunct with its ``und``/``oder`` or a comma before it: a list of
        subjects; a bare ``conj`` (``der Konzern seine Prognose``) is the
        parser joining the subject to the object."""
        v = self.v
        return any(v.dep(d) in ("cc", "punct") for d in v.children[c] if d < c)

    def _phrase_head(self, k: int, relations: tuple[str, ...]) -> str:
        """A short form of a subject or object phrase: its noun with compounds and names."""
        v = self.v
        if "nsubj" in relations or "nsubj:pass" in relations:
            heads = [v.actor_subject(k)]
            if heads[0] is not None and self._focus_word(heads[0]):  # "Allein ... kamen 14 Menschen"
                heads = [c for c in v.deps_of(k, "nsubj") if c != heads[0]][:1] or heads
            if heads[0] is not None and heads[0] + 1 < len(self.low) \
                    and self.low[heads[0] + 1] in self.lex.postpositions and v.head(heads[0] + 1) <= heads[0] + 1:
                # "Der Liebe wegen gab sie alles auf": a noun with its postposition is no subject (not
                # "ein Mann wegen Hehlerei", where "wegen" opens the phrase after it)
                heads = [c for c in v.deps_of(k, "nsubj") if c != heads[0]][:1]
            elif heads[0] is not None and self._preposition_opens(heads[0]):
                # "Für die ... Experimente haben die Forscher ... hergestellt", the preposition hung on the
                # article: a phrase a preposition opens is no subject, the other one is
                heads = [c for c in v.deps_of(k, "nsubj") if c != heads[0]][:1]
        else:
            heads = v.objects(k, self._particles(k), actor=True)
        for c in heads:
            if c is not None and self.low[c] in self.lex.quantity_words:
                # "Der mehr als ein Vierteljahrhundert andauernde Bürgerkrieg", parsed with "mehr" as
                # the noun: the phrase's noun is the last noun the quantity word heads
                c = next((d for d in sorted(v.subtree(c, CLAUSE_RELATIONS), reverse=True)
                          if d > c and self._nominal(d) and v.dep(d) in ("nmod", "appos", "conj")), None)
            if c is not None and v.pos(c) == "ADJ":
                # "Syrische/nsubj Regierungstruppen/flat:name nahmen": an adjective the parse took for the first
                # word of a name, its noun after it heads the phrase
                c = next((d for d in v.deps_of(c, "flat", "flat:name") if d == c + 1 and v.pos(d) == "NOUN"), c)
            if c is not None and self._nominal(c):
                phrase = self._short_phrase(c)
                if heads and heads[0] is c and "nsubj" in relations:  # "Wired und Reviewed erstellen": every subject
                    more = [self._short_phrase(d) for d in self._listed(c)]
                    phrase = _join([phrase] + [m for m in more if m not in phrase.split(" und ")])
                return phrase
        return ""

    def _unnamed_conjuncts(self, k: int, agents: list[str]) -> list[str]:
        """The nouns listed with the subject that names the agents and that
        name no one themselves (``Wired und Reviewed``, with ``Reviewed`` no
        recognized name): the label's subject lists them too."""
        v = self.v
        c = v.actor_subject(k)
        if c is None or not set(self.names(c)) <= set(agents) or not self.names(c):
            return []
        listed = [d for d in self._listed(c) if d > c]
        if not listed or not all(v.token_at(m.end) <= listed[0] for m in self._mentions_of(c)):
            return []  # (the names are the phrase's own, before the list: not a list the parser hung on a name)
        return [self._short_phrase(d) for d in listed if not self.names(d)]

    def _mentions_of(self, c: int) -> list:
        v = self.v
        return [v.mentions[mi] for mi in v.mentions_in(self._core(c)) if v.mentions[mi].label in ACTOR_LABELS]

    def _listed(self, c: int) -> list[int]:
        """The nouns and names listed with ``c`` by ``und``, ``sowie`` or
        commas, right after its phrase and on the same side of the verb
        (``Wired und Reviewed``); a part after a hyphen (``Forschungs- und
        Entwicklungsabteilung``) is one compound's, and a list that runs past
        other words (``die Lehrer ... und Probleme``) is the parser's guess."""
        v = self.v
        out: list[int] = []
        last = max(v.subtree(c, _LIST_STOP))  # the noun with its articles, adjectives and compounds
        ends_with_and = False
        for d in v.deps_of(c, "conj"):
            own = set(v.subtree(d))
            between = [t for t in range(last + 1, d) if t not in own or v.dep(t) in ("cc", "punct")]
            if not self._nominal(d) or not v.tokens[d].text[:1].isupper() or not between \
                    or not all(self.low[t] in self.lex.list_joiners for t in between) \
                    or (v.feature(d, "Case") and v.feature(c, "Case") and v.feature(d, "Case") != v.feature(c, "Case")):
                break
            out.append(d)
            ends_with_and = any(self.low[t] != "," for t in between)
            last = max(v.subtree(d))
        return out if ends_with_and else []  # ("die Bilder ..., die Werknutzung": a comma joins clauses too)

    def _nominal(self, c: int) -> bool:
        """A noun or name that can stand in a label: no date, no dateline place."""
        v = self.v
        return (v.pos(c) in ("NOUN", "PROPN") or self._noun_as_adjective(c) or self._noun_as_verb(c)) \
            and v.tokens[c].text[:1].isalpha() \
            and not v.in_dateline(c) and v.timex_at[c] < 0 and c not in self.sourced \
            and self.low[c] not in self.lex.quantity_words and not self._web_address(c) and not self._focus_word(c)

    def _focus_word(self, c: int) -> bool:
        """``Allein in der Stadt Azaz kamen ... 14 Menschen ums Leben``,
        ``Unterdessen ging ... die Großfahndung weiter``: a focus particle or a
        linking adverb that opens the sentence, capitalized there and tagged a
        noun or a name, is no phrase of its own."""
        v = self.v
        # (first, or second after a subheading the sentence splitter glued to it: "Großfahndung Unterdessen")
        return self.low[c] in self.lex.focus_words and v.tokens[c].text[:1].isupper() \
            and c - v.sentences[v.sentence_of[c]].first_token <= 1 and not v.deps_of(c, "det")

    def _web_address(self, c: int) -> bool:
        """``https://t.co/...``, ``www.example.org``: an address is no phrase of a label."""
        text = self.low[c]
        return "://" in text or text.startswith(("www.", "http"))

    def _short_phrase(self, c: int) -> str:
        """The phrase's noun with its compounds, or its whole name."""
        v = self.v
        # (not a word of a source phrase the parser hung on it: "laut Rotem Kreuz/compound 32 Menschen")
        parts = [c] + [d for d in v.children[c] if v.dep(d) in ("flat", "flat:name", "compound")
                       and d not in self.sourced]
        parts += [d for d in v.children[c] if v.dep(d) == "appos" and d == max(parts) + 1
                  and v.pos(d) == "PROPN" and v.mention_at[d] < 0]  # "der Play Store": one name split
        mi = v.mention_at[c]
        if mi >= 0 and v.mentions[mi].text.endswith("s"):
            after = v.token_at(v.mentions[mi].end)
            if after < len(self.low) and v.pos(after) == "NOUN" and v.head(after) == c and v.dep(after) == "appos":
                return f"{v.mentions[mi].text} {v.tokens[after].text}"  # "Kims/obj Antwort/appos": whose it is
        glued = {j: self._glued(j) for j in parts}
        glued[c] = glued[c][:len(glued[c]) - len(self.low[c])] + self._without_article(c)
        # (a piece the tokenizer cut off is read once, with its word: "36-Jähriger", not "36 36-Jähriger")
        inside = {d for j in parts for d in parts if d < j and v.tokens[d].start >= v.tokens[j].end - len(glued[j])}
        return self._names_from(min(parts)) or " ".join(glued[j] for j in sorted(parts) if j not in inside)

    def _without_article(self, c: int) -> str:
        """A noun made from an adjective in the form it takes without the definite article the label drops:
        German inflects such a noun as the adjective, strong where no article precedes (Duden, Grammatik:
        substantivierte Adjektive; ``der 16-Jährige``: ``16-Jähriger``, ``die Angestellten``:
        ``Angestellte``, ``die beiden``: ``beide``). Only the masculine singular's ``der`` and the plural's
        ``die``; a noun that only looks like one keeps its form (``der Kunde``, ``der Junge``)."""
        v, word = self.v, self.v.tokens[c].text
        articles = [self.low[d] for d in v.deps_of(c, "det") if d < c]
        if v.pos(c) != "NOUN" or v.lemmatize is None or not articles or self.low[c] in self.lex.noun_like_adjectives:
            return word
        if articles[0] == "der" and word.endswith("e"):  # (only the masculine nominative: "der Deutschen")
            stem, strong = word[:-1], word + "r"
        elif articles[0] == "die" and word.endswith("en") and v.feature(c, "Number") == "Plur":
            stem, strong = word[:-2], word[:-1]
        else:
            return word
        if self.low[c] == "beiden":
            return strong.capitalize()  # (a line's first word: "Beide durch die Luft gewirbelt")
        # the lookup's own reading of the word in lower case (as an adverb: no rule that guesses an
        # adjective's stem): the adjective itself ("jährig") or the noun in its strong form ("Angestellter"),
        # not a noun of its own ("Kunde", "Depression") nor a verb ("zeugen")
        read = v.lemmatize(self.low[c], "ADV")
        return strong if read == stem.lower() or read.lower() == stem.lower() + "er" else word

    def _auxiliary_subject(self, k: int) -> str:
        """The subject the parser hung on the auxiliary of the verb or of the verb
        it is coordinated with (``hatte der Volkskongress ... zweistellig ... erhöht``):
        the clause names its doer, so the label does too."""
        v = self.v
        for h in v.coordinated_with(k):
            for c in v._auxiliary_subjects(h):
                if self._nominal(c):
                    return self._short_phrase(c)
        return ""

    def _bracket_subject(self, k: int) -> str:
        """``musste der Hubschrauber ... nahe Maimana, der Hauptstadt der Provinz
        Faryab, notlanden``, parsed with the auxiliary and the subject hung on
        a noun between them: an infinitive or participle closing the clause
        takes the subject that stands right after the finite auxiliary that
        opens it (German word order: the verb bracket), with no other verb
        between."""
        v = self.v
        if v.pos(k) != "VERB":  # (its form as tagged: "notlanden" read as a finite plural)
            return ""
        first = v.sentences[v.sentence_of[k]].first_token
        for j in range(k - 1, first - 1, -1):
            if v.pos(j) in ("VERB", "SCONJ") or self.low[j] in (";", ":"):
                return ""
            if v.pos(j) == "AUX" and self._finite(j):
                for t in range(j + 1, min(j + 4, k)):
                    if v.dep(t) in ("nsubj", "nsubj:pass") and v.head(t) == v.head(j) and self._nominal(t):
                        return self._short_phrase(t)
                return ""
        return ""

    def _governing_subject(self, k: int) -> int | None:
        """The subject of the finite auxiliary the parser made the head of the
        verb (``xcomp`` of ``hat``), or of the verb it is coordinated with:
        in German the finite verb's subject is the clause's, so the phrase the
        parser gave the participle as subject is its object."""
        v = self.v
        for h in v.coordinated_with(k):
            # (or a participle the parser took for the auxiliary's particle: "hatten die Zustände ... die
            # Aufmerksamkeit ... gelenkt/compound:prt")
            if v.dep(h) not in ("xcomp", "compound:prt") or v.pos(v.head(h)) not in ("AUX", "VERB") \
                    or v.lemma(v.head(h)).lower() not in ("haben", "sein") \
                    or (v.dep(h) == "compound:prt" and not self._participle(h)):
                continue
            own = [c for c in v.children[v.head(h)] if v.dep(c) == "nsubj" and self._nominal(c)]
            if own:
                return own[0]
        return None

    def _verb_complement(self, k: int, governed_only: bool = False) -> list[str]:
        """What the verb needs where the parse gave it no object: its
        prepositional object (``obl:arg``, or an ``obl`` with a preposition that
        heads one: ``protestiert gegen die Reform``, or, after ``sich``, one of
        the prepositions reflexive verbs govern: ``befasst sich mit der Causa``,
        ``distanziert sich von der Demonstration``). Never a date, a name or a
        measure; elsewhere ``mit``, ``auf``, ``über`` mostly say how or where.
        ``governed_only``: only an ``obl:arg`` or a preposition the verb governs (a
        passive's, whose other phrases may be its subject's the parse cut off:
        ``Ein Marsch gegen die Angst wurde abgesagt``)."""
        v, lex = self.v, self.lex
        found: list[tuple[int, list[str]]] = []
        reflexive = self._reflexive(k) is not None
        first_phrase = True  # "reagiert auf die Einsprüche gegen ...": only the first phrase is the verb's
        for c in v.children[k]:
            if v.dep(c) not in ("obl", "obl:arg") or not self._nominal(c) or self._measured(c) \
                    or (v.dep(c) == "obl" and v.pos(c) != "NOUN" and not (v.pos(c) == "PROPN" and v.mention_at[c] < 0)):
                # a name with a preposition is a place or a party, which the roles hold (a "name" the
                # recognizer found no entity in is a noun the tagger misread: "an Maßstäben/PROPN")
                continue
            cases = [d for d in v.children[c] if v.dep(d) == "case"]
            plain = first_phrase and bool(cases) and self.low[cases[0]] in lex.object_preps and not governed_only
            first_phrase = first_phrase and not cases
            if cases and (v.dep(c) == "obl:arg" or plain
                          or (reflexive and self.low[cases[0]] in lex.reflexive_object_preps)
                          or (self.low[cases[0]] in lex.governed_preps.get(self.predicate_lemma(k), ())
                              and not self._dative_place(cases[0], c))):
                found.append((0 if v.dep(c) == "obl:arg" else 1, [self._fused_case(cases[0], c), self._short_phrase(c)]))
        governed = lex.governed_preps.get(self.predicate_lemma(k), ())
        if not found and governed:
            # "hat auf Reddit zu einer Myriade von Anekdoten geführt", parsed with the "zu" phrase on the name
            # before it: a name takes no such phrase, the verb that governs it does
            for c in v.children[k]:
                for d in (v.children[c] if v.dep(c) == "obl" and v.pos(c) == "PROPN" else []):
                    cases = v.deps_of(d, "case")
                    if d > c and v.dep(d) == "nmod" and v.pos(d) == "NOUN" and cases and self.low[cases[0]] in governed:
                        return [self._fused_case(cases[0], d), self._short_phrase(d)]
        if not found and not reflexive and not governed_only:
            return self._direction(k)
        return min(found, key=lambda f: f[0])[1] if found else []

    def _dative_place(self, case: int, c: int) -> bool:
        """An ``auf``/``über`` phrase in the dative, which says where (``auf
        den Packungen``): as a verb's object these take the accusative
        (Duden, Präpositionalobjekt: ``weist auf den Gehalt hin``, ``verzichtet
        auf eine Kandidatur``); "den" with a plural is a dative."""
        v = self.v
        dets = [self.low[d] for d in v.deps_of(c, "det") if d < c]
        if self.low[case] not in ("auf", "über") or not dets:
            return False
        return dets[0] in ("dem", "einem", "der", "einer") or self._dative_den(c, dets)

    def _dative_den(self, c: int, dets: list[str]) -> bool:
        """``in den Golfstaaten``, ``auf den Packungen``: ``den`` before a plural is the dative."""
        v = self.v
        return bool(dets) and dets[0] == "den" and (v.feature(c, "Number") == "Plur" or self.low[c] != v.lemma(c).lower())

    def _reflexive(self, k: int) -> int | None:
        """The ``sich`` of the verb: its own, or the one the parser hung on the
        modal whose infinitive it is (``Indien will sich von einem Anteil
        trennen``): a modal takes no reflexive (Duden, Modalverben), the verb
        it governs does."""
        v = self.v
        own = next((c for c in v.children[k] if self.low[c] == "sich"), None)
        if own is not None or v.dep(k) != "xcomp" or v.lemma(v.head(k)).lower() not in self.lex.modal_verbs:
            return own
        # (between the modal and its infinitive: "will sich ... trennen", not another verb's before them)
        return next((c for c in v.deps_of(v.head(k), "obj") if self.low[c] == "sich" and v.head(k) < c < k), None)

    def _direction(self, k: int, moving: bool = True) -> list[str]:
        """Where a verb of motion goes: a phrase with ``in`` or ``auf`` and an
        accusative article (``kam in eine Klinik``, ``ging ins Altersheim``):
        German marks the direction by the accusative, the place where by the
        dative (``in einer Klinik``). Only for a verb whose perfect takes
        ``sein`` (``kommen``, ``gehen``, ``fliehen``; Duden's grammar), whose
        direction completes it; with ``moving`` false for any verb, as in a
        passive, which tells where the thing was put (``wurde in ein
        Krankenhaus gebracht``). (The accusative articles are the ones an
        ``an`` of a recipient takes.)"""
        v, lex = self.v, self.lex
        lemma = self.predicate_lemma(k)
        particle, base = _split_particle(lemma, lex)
        if moving and (particle or (lemma not in v.grammar.sein_perfect and base not in v.grammar.sein_perfect)):
            return []
        for c in v.children[k]:
            if v.dep(c) != "obl" or v.pos(c) != "NOUN" or not self._nominal(c) or self._measured(c) \
                    or v.mention_at[c] >= 0:
                continue
            cases = v.deps_of(c, "case")
            dets = [self.low[d] for d in v.deps_of(c, "det") if d < c]
            if len(cases) != 1 or cases[0] > c:
                continue
            prep = self.low[cases[0]]
            if self._dative_den(c, dets):
                continue  # "in den Golfstaaten": the dative, where, not where to
            if prep in ("ins", "aufs") or (prep in ("in", "auf") and dets and dets[0] in lex.recipient_articles):
                return [prep, self._short_phrase(c)]
        return []

    def _fused_case(self, case: int, c: int) -> str:
        """The preposition as a label without articles writes it: fused with
        the dative article it had (``zu der Unterbrechung``: ``zur``, ``zu dem
        Anschlag``: ``zum``, ``von dem``: ``vom``), as German writes it."""
        v, prep = self.v, self.low[case]
        dets = [self.low[d] for d in v.deps_of(c, "det") if d == case + 1]
        return self.lex.fused_articles.get((prep, dets[0]), prep) if dets else prep

    def _measured(self, c: int) -> bool:
        """A noun with a number: a measure (``um 10,1 Prozent``), not what the verb needs. A number
        before the phrase's article is another phrase's, which the parser hung on it (``in der Saison
        2016/17 einen kleinen Schwerpunkt``). A number the hyphen glues to the noun is a part of its
        compound (``die dritte 0:1-Niederlage``, ``ein 3:0-Sieg``), not a measure."""
        v = self.v
        near = v.children[c] + [g for d in v.children[c] for g in v.children[d]]
        opens = min((d for d in v.deps_of(c, "det") if d < c), default=-1)
        return v.pos(c) == "NUM" or any(v.pos(d) == "NUM" and d > opens and not self._glued_to(d, c) for d in near)

    def _glued_to(self, d: int, c: int) -> bool:
        """The tokens from ``d`` to ``c`` are one written word, split by the tokenizer, ending in a hyphen
        before the noun (``0:1-Niederlage``)."""
        v = self.v
        return d < c and self.low[c - 1] == "-" \
            and all(v.tokens[t].end == v.tokens[t + 1].start for t in range(d, c))

    def _noun_as_verb(self, k: int) -> bool:
        """A capitalised word inside a sentence that the tagger read as a verb but the parser hung on the
        verb as its object (``fliegt ... Luftangriffe/VERB auf Jihadisten``): in German, a noun."""
        v = self.v
        return v.pos(k) == "VERB" and v.dep(k) == "obj" and v.tokens[k].text[:1].isupper() \
            and k != v.sentences[v.sentence_of[k]].first_token

    def _noun_as_adjective(self, k: int) -> bool:
        """A capitalised word inside a sentence that the tagger read as an
        adjective (``der 39-jährige Schlepper/ADJ``): in German, a noun."""
        v = self.v
        return v.pos(k) == "ADJ" and v.tokens[k].text[:1].isupper() and \
            k != v.sentences[v.sentence_of[k]].first_token

    def _glued(self, k: int) -> str:
        """A word with the pieces the tokenizer cut off before it
        (``53-Jähriger``: ``53``, ``-``, ``Jähriger``; a score before the hyphen: ``0:1-Niederlage``)."""
        v = self.v
        return v.text[v.tokens[self._glued_start(k)].start:v.tokens[k].end]

    def _glued_start(self, k: int) -> int:
        """The first token of the written word that ends with ``k`` (see ``_glued``)."""
        v = self.v
        first = k
        while first > 0 and v.tokens[first - 1].end == v.tokens[first].start and first > k - 4 \
                and (v.tokens[first - 1].text in ("-", ":") or v.tokens[first].text in ("-", ":")) \
                and (first > k - 2 or ":" in (v.tokens[first - 1].text, v.tokens[first].text)):
            first -= 1
        return first

    def _names_from(self, j: int) -> str:
        """The whole name that starts at ``j``, and the names joined to it by
        ``und`` (``Ibrahim El Bakraoui und Najim Laachraoui``, ``Play Store``):
        a label never cuts a name."""
        v = self.v
        names: list[str] = []
        while j < len(self.low) and v.mention_at[j] >= 0 and v.token_at(v.mentions[v.mention_at[j]].start) == j:
            m = v.mentions[v.mention_at[j]]
            names.append(self._short(m.text))
            after = v.token_at(m.end)
            if after + 1 >= len(self.low) or self.low[after] != "und" or v.sentence_of[after] != v.sentence_of[j]:
                break
            j = after + 1
        return _join(names)


# A regnal number (``Abdullah II``, ``Benedikt XVI.``) or an initial standing for a family name the press
# leaves out (``Samy A.``): the part after a first name that is no family name of its own.
_NOT_FAMILY = re.compile(r"(?:[IVX]+\.?|[A-ZÄÖÜ]\.)")


def _short(name: str, first_names: frozenset[str]) -> str:
    """A person's family name for a label when the name is a known first name
    and one more (``Wladimir Putin`` -> ``Putin``; ``Kim Jong Un`` stays whole).
    A ruler's name keeps its number and a name cut to an initial keeps its first
    name (``Abdullah II``, ``Samy A.``): the part alone names no one (Duden,
    Eigennamen: a regnal number belongs to the name; press style abbreviates the
    family name of suspects and victims)."""
    parts = name.split()
    if len(parts) == 2 and _NOT_FAMILY.fullmatch(parts[1]):
        return name
    return parts[-1] if len(parts) == 2 and parts[0].lower() in first_names else name


# what a listed subject's phrase ends before: its genitive or prepositional
# attribute and its clauses ("viele Lehrer über Überlastung und Probleme")
_LIST_STOP = frozenset({"conj", "nmod", "acl", "acl:relcl", "cc", "punct"})


def _split_particle(lemma: str, lexicon) -> tuple[str, str]:
    """``bekanntgeben`` -> (``bekannt``, ``geben``) when the rest is a verb the
    lexicon knows; an inseparable or unknown verb stays whole."""
    for p in opening_particles(lemma, lexicon.separable_particles + lexicon.label_particles):
        rest = lemma[len(p):]
        if _known_verb(rest, lexicon):
            return p, rest
    return "", lemma


def _known_verb(lemma: str, lexicon) -> bool:
    return (lemma in lexicon.verb_types or lemma in lexicon.present_3sg or lemma in lexicon.no_event_verbs
            or lemma in lexicon.speech_verbs)
