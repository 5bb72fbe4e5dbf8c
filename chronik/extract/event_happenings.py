"""Whether a verb reports a happening at all (``chronik.extract.events``): not a description of a group,
not lasting (``jahrelang``), not an intention nor the content of a duty, not a frame of speech, not a
statistic, not a generic sentence, not a perfect of ``sein`` under a copula, not a word the parser only
took for a verb."""
from __future__ import annotations

from chronik.extract.event_labels import _present
from chronik.extract.event_predicates import opening_particles


class HappeningTests:
    """The tests that a clause reports a happening, not a state, a habit or a statistic."""

    def _happens(self, k: int) -> bool:
        """Not negated, hypothetical, modal, conditional, habitual or a purpose."""
        v, lex = self.v, self.lex
        if self._dated_attribute(k):
            return True  # "die am 6. August 1945 abgeworfene Atombombe": told as a fact with its date
        if self._shared_unasserted(k):
            return False
        chain = self._conj_chain(k)
        reported = self._reporting_verb(k) is not None
        for h in chain:
            for c in v.children[h]:
                low, dep = self.low[c], v.dep(c)
                if dep.startswith("advmod") or dep in ("det", "obj", "nsubj", "advmod:neg"):
                    if low in lex.negations and not self._nicht_nur(c):
                        if dep.startswith("advmod") or low.startswith("kein"):
                            return False
                if dep.startswith("aux"):
                    if low in lex.hypothetical_forms and not reported:
                        return False
                    lemma = v.lemma(c).lower()
                    if lemma in lex.modal_verbs and lemma not in lex.schedule_modals \
                            and low not in lex.actual_modal_forms:
                        return False
                    if lemma in lex.schedule_modals and v.dep(h) == "acl:relcl" and not self._dated_sentence(k) \
                            and not any(v.lemma(a).lower() in ("haben", "sein") for a in v.deps_of(h, "aux")):
                        return False  # "die ... aufspüren soll": its purpose ("verübt haben soll": a report)
                if dep == "mark" and (low in lex.condition_marks or low in lex.purpose_marks):
                    return False
                if dep.startswith("advmod") and low in lex.habitual:
                    return False
                if dep.startswith("advmod") and low in lex.once_words and not self._dated_sentence(k):
                    return False  # "duldete einst": long ago, at no time told
                if v.timex_at[c] >= 0 and v.timexes[v.timex_at[c]].type == "SET":
                    return False  # "jedes Jahr", "täglich": a habit, not one happening
            if self.low[h] in lex.hypothetical_forms and not reported:
                return False
            if not reported and v.feature(h, "Mood") == "Sub" and v.feature(h, "VerbForm") == "Fin" \
                    and not self._reported_mood(h) and not self._weak_preterite(h):
                return False  # "käme", "ginge": a hypothetical (Konjunktiv I outside a report is rare)
        head = v.head(k)
        if head != k and head > k and self.low[head] in lex.hypothetical_forms and not reported \
                and v.feature(k, "VerbForm") != "Fin" and self.low[k] == v.lemma(k).lower():
            return False  # "kopieren ließe", the Konjunktiv II the parser made the infinitive's head
        first = self.v.sentences[self.v.sentence_of[k]].first_token
        if self.low[first] in lex.condition_marks or self._generic_sentence(k) or self._conditional_conjunct(k):
            return False
        if self._describes_group(chain[-1]):
            return False
        finite = [h for h in chain[-1:]] + [c for c in v.children[chain[-1]] if v.dep(c).startswith("aux")]
        fronted = first == chain[-1] and self._participle(first) and (
            len(finite) > 1 or self._fronted_participle(first))
        if first in finite and v.tokens[first].text[:1].isupper() and not fronted:
            # verb first: a condition ("Kämen sie dem nicht nach, ..."), a question or an order; not a
            # participle put first with its auxiliary after it ("Abgelöst wird der Hubschrauber")
            return False
        if v.dep(k) == "xcomp" and not self._planned(k) and not self._auxiliary_head(k) \
                and not self._preterite_at_clause_end(k):
            return False
        if any(self.low[j] in lex.neither_words for j in self._clause_span(chain[-1])):
            return False  # "werde weder ein Protokoll geführt noch ...", the parser's "weder" a conjunction
        if self._intention(chain[-1]) or self._statistic(k) or self._tally(k) or self._standing(k) or self._flow(k) or self._speaker_told(chain[-1]):
            return False
        if self._frames_speech(k) or self._anyone_who(k) or self._share_of_people(chain) or self._directive(k, chain):
            return False
        if self._generic_present(k, chain) or self._under_modal(k) or self._condition_consequent(k):
            return False
        if self._negated_clause(k) or self._unasserted(k):
            return False
        if self._absent(k, chain) or self._unreal_comparison(k) or self._conditioned(k, chain):
            return False
        if self._modal_infinitive(k) or self._noun_content(k) or self._modal_perfect(k):
            return False
        if reported and self._reported_wuerde(k, chain):
            return False
        if self._source_clause(k):
            return False
        if any(self.low[j] in lex.hedges for j in self._clause_span(k)):
            return False  # "möglicherweise", "eventuell": a possibility
        if any(self.low[j] in lex.habitual or (self.low[j] in lex.every_words and v.timex_at[j] >= 0
                                               and v.timexes[v.timex_at[j]].type == "SET")
               for j in self._clause_span(k)):
            return False  # "wird damit immer häufiger abgelehnt", "jedes Jahr", however the parser hung them
        if self._durative(k) or self._ongoing(k) or self._describing_relative(k) or self._reflexive_copula(k):
            return False
        if self._development(k) or self._demanded(k) or self._requested(k) or self._obliged(k):
            return False
        if self._state_passive(k, chain):
            return False
        subject = v.subject(k)
        if subject is not None and self.low[subject] in lex.generic_subjects:
            return False  # "wo man sich niederlässt"
        if not any(v.dep(c).startswith("aux") for c in v.children[k]) and v.feature(k, "VerbForm") == "Inf":
            bracket = self._bracket_aux(k)  # "können Nutzer ... beantworten", the modal hung elsewhere
            if bracket and v.lemma(bracket[0]).lower() in lex.modal_verbs - lex.schedule_modals \
                    and self.low[bracket[0]] not in lex.actual_modal_forms:
                return False
        if self._participle(k) and any(v.dep(c) == "aux:pass" for c in v.children[k]) and not any(
                v.dep(c) == "aux" for c in v.children[k]):
            # "darf die GmbH privatisiert werden" with "darf" hung elsewhere: a passive under a modal
            bracket = self._bracket_aux(k)
            if bracket and v.lemma(bracket[0]).lower() in lex.modal_verbs - lex.schedule_modals \
                    and self.low[bracket[0]] not in lex.actual_modal_forms:
                return False
        return True

    def _weak_preterite(self, k: int) -> bool:
        """``rückte``, ``meldeten``, ``arbeitete``: a weak verb's Konjunktiv II
        is spelled as its simple past, so the form tells no mood and news
        narrate in the past (Duden: Konjunktiv II of weak verbs, replaced by
        ``würde`` + infinitive where the mood must show); the tagger's
        ``Mood=Sub`` on such a form is no hypothetical. Strong and mixed verbs
        mark the mood with an umlaut or ``-e`` (``käme``, ``brächte``)."""
        lemma, form = self.v.lemma(k).lower(), self.low[k]
        stem = lemma[:-2] if lemma.endswith("en") else lemma[:-1] if lemma.endswith(("eln", "ern")) else ""
        if not stem:
            return False
        link = "e" if stem.endswith(("t", "d")) else ""  # "arbeit-e-te", "meld-e-te"
        return form in {stem + link + "te" + ending for ending in ("", "n", "st", "t")}

    def _shared_unasserted(self, k: int) -> bool:
        """``könnten ... das Material weggeblasen oder zerstört haben``, ``werde
        weder ein Protokoll geführt noch ... eine Grundsatzerklärung
        veröffentlicht``, ``wollen das Umlagesystem demontieren und die
        Altersversorgung ... ausliefern``: a verb coordinated with an earlier
        one, with no subject or auxiliary of its own, shares its negation,
        modal and mood, wherever its comma sets it apart; not after
        ``sondern``, ``aber``, which set it against the first."""
        v = self.v
        h = v.head(k)
        if v.dep(k) != "conj" or h == k or h > k or v.pos(h) not in ("VERB", "AUX"):
            return False
        if any(v.dep(c).startswith(("nsubj", "aux", "mark")) for c in v.children[k]):
            return False
        cc = v.deps_of(k, "cc")  # a conjunct the parser joined with no conjunction may be a clause of its own
        if not cc or any(self.low[c] in self.lex.contrast_conjunctions for c in cc):
            return False
        return not self._happens(h)

    def _describes_group(self, k: int) -> bool:
        """``jene, die am Sonntag fischen und Pétanque spielen gehen``: a relative
        clause in the present on a demonstrative that stands for a kind of
        people (``jene``, ``diejenigen``, ``alle``) says who they are, what they
        do as a rule, not one happening."""
        v = self.v
        pronouns = [c for c in v.deps_of(k, "nsubj", "nsubj:pass", "obj")
                    if v.pos(c) == "PRON" and self.low[c] in v.grammar.relative_pronouns and c < k]
        if not pronouns:
            return False
        r = pronouns[0]
        if r < 2 or self.low[r - 1] != "," or self.low[r - 2] not in self.lex.kind_antecedents:
            return False
        finite = [k] + v.deps_of(k, "aux", "aux:pass", "cop")
        return any(v.feature(t, "Tense") == "Pres" for t in finite) and not any(
            v.feature(t, "Tense") == "Past" or v.feature(t, "VerbForm") == "Part" for t in finite)

    def _durative(self, k: int) -> bool:
        """``der lange Zeit die Umfragen anführte``, ``soll seit zwei Jahren
        Code lernen``, ``jahrelang``: an adverbial of duration over the verb
        (a span of time with ``seit`` or ``lang``, not a date: ``seit Montag``
        dates a happening) tells a state or a habit that lasts, not one
        happening."""
        v, lex = self.v, self.lex
        span = self._clause_span(k)
        if any(self.low[j] in lex.durative_adverbs or (self.low[j] == "lange" and j + 1 in span
                                                       and self.low[j + 1] == "zeit") for j in span):
            return True
        if self._span_of_years(span):
            return True
        # "seit" and a span up to now: with a present or an infinitive (a past "wurde seit Jahren gesucht"
        # is told as what went on); "erstmals seit 14 Jahren" marks one happening as the first
        if any(v.feature(j, "Tense") == "Past" and v.pos(j) in ("AUX", "VERB") and self._finite(j) for j in span):
            return False
        for j in span:
            if j > span[0] and self.low[j - 1] in lex.first_time_words:
                continue
            if self.low[j] in lex.durative_marks and j + 1 < len(self.low) and v.timex_at[j + 1] >= 0 \
                    and v.timexes[v.timex_at[j + 1]].type == "DURATION":
                return True  # "seit zwei Jahren"
            if v.timex_at[j] >= 0 and v.timexes[v.timex_at[j]].type == "DURATION" and v.timexes[
                    v.timex_at[j]].start == v.tokens[j].start and self.low[j] in lex.durative_marks:
                return True  # "Seit Jahren", the mark inside the time expression
        return False

    def _span_of_years(self, span: range) -> bool:
        """``wickelte von 2009 bis 2013 ihre E-Mail-Kommunikation über einen
        privaten Server ab``: ``von`` one year ``bis`` a later one spans years,
        what went on or was done as a rule over them, not one happening."""
        v = self.v

        def year(j: int) -> int | None:
            t = v.timexes[v.timex_at[j]] if j in span and v.timex_at[j] >= 0 else None
            return int(t.value) if t is not None and (t.value or "").isdigit() and len(t.value) == 4 else None
        for j in span:
            if self.low[j] == "von" and year(j + 1) is not None:
                end = next((i for i in range(j + 2, min(j + 5, span[-1] + 1)) if self.low[i] == "bis"), None)
                if end is not None and (year(end + 1) or 0) > year(j + 1):
                    return True
        return False

    def _ongoing(self, k: int) -> bool:
        """``Von Sid werden Flüchtlinge derzeit ausschließlich mit Zügen ...
        transportiert``, ``Passwörter bestimmen nach wie vor unser
        Online-Leben``, ``wird stetig mit neuen Elementen erweitert``: an adverb
        of the time that is now or that goes on (Duden: "derzeit", "nach wie
        vor", "stetig") with a present tells what is so or keeps being done, not
        one happening; with a past (``wurde derzeit``) or over an adjective
        (``eine weiterhin mangelhafte Umsetzung``) it says nothing of the verb, and with an event noun
        for its subject (``Zurzeit läuft ein Flottenversuch``) the happening is going on."""
        v, lex, span = self.v, self.lex, self._clause_span(k)
        ongoing = [j for j in span if (self.low[j] in lex.ongoing_adverbs or (
            self.low[j] == "wie" and j - 1 in span and j + 1 in span and self.low[j - 1] == "nach"
            and self.low[j + 1] == "vor")) and not (j + 1 in span and v.pos(j + 1) == "ADJ" and v.dep(j + 1) == "amod")]
        if not ongoing or self._past_in(span):
            return False
        # "Zurzeit läuft in London ein Flottenversuch", "derzeit tagt der Rat": what is under way now is a
        # happening itself
        return self.predicate_lemma(k) not in lex.underway_verbs and not any(
            self._event_noun(c) for c in v.deps_of(k, "nsubj", "nsubj:pass"))

    def _anyone_who(self, k: int) -> bool:
        """``Wer sich an Aktivitäten beteiligt, ergreift eher Vorsorgemaßnahmen``, ``Wer einen Anruf
        verpasst, bekommt eine Benachrichtigung``: a sentence (or the part after a headline's colon)
        opened by the free relative ``wer`` tells what holds for anyone who does something, no
        happening (Duden: freier Relativsatz, generalisierend)."""
        v = self.v
        s = v.sentences[v.sentence_of[k]]
        colon = next((j for j in range(k - 1, s.first_token - 1, -1) if v.tokens[j].text == ":"), None)
        first = s.first_token if colon is None else colon + 1
        return first < k and self.low[first] in self.lex.anyone_words

    def _directive(self, k: int, chain: list[int]) -> bool:
        """``Hier anmelden für den täglichen Newsletter``, ``Jetzt weiterlesen und mehr erfahren``, ``Tipp:
        das Bild anklicken um den Code neu zu generieren``, ``Kommentar senden``: a bare infinitive (and the
        infinitives joined to it) heading a stretch with no other verb and no subject, only adverbs, phrases
        with a preposition and objects before it that are singular, is a directive (Duden-Grammatik: der
        Infinitiv als Aufforderung, "Bitte anschnallen!", "Nicht hinauslehnen!", "Bitte Rasen nicht
        betreten!"), never a report: a finite plural of the same form would need a plural subject, and a
        singular noun is none ("Mitarbeiter streiken" stays). Not a form a participle shares (``berufen``,
        ``erfahren``: the perfect of a headline with its auxiliary left out), unless joined to such an
        infinitive; a separable verb's participle has ``ge`` after its particle (``weiterlesen`` is none)."""
        v, lex = self.v, self.lex
        for h in chain:
            form = self.low[h]
            shared = self._participle_shaped(form) and (h == chain[-1] or not self._infinitive_head(chain[-1]))
            if form != v.lemma(h).lower() or not form.endswith("n") or shared \
                    or v.deps_of(h, "aux", "aux:pass", "cop"):
                return False
        span = sorted(set(self._clause_span(chain[-1])) | set(self._clause_span(k)))
        first = v.sentences[v.sentence_of[k]].first_token
        after_label = span[0] != first and v.tokens[span[0] - 1].text == ":"
        if v.dep(chain[-1]) != "root" and not (after_label and v.dep(chain[-1]) == "parataxis"):
            return False  # "will ... Warnstreiks durchführen": the infinitive of a verb the parse hung elsewhere
        if span[0] != first and not after_label:
            return False  # a stretch after a comma: a list or a clause of a sentence told before it
        purpose = {j for c in span if self.low[c] == "zu" and v.dep(c) == "mark" and v.head(c) > max(chain)
                   for j in v.subtree(v.head(c))}  # "um den Code neu zu generieren": what the order is for
        for j in span:
            if j in chain or j in purpose or (v.dep(j) == "conj" and v.head(j) in chain
                                              and self.low[j] == v.lemma(j).lower()):
                continue  # the verb itself, or an infinitive joined to it ("klicken und teilen")
            if v.pos(j) in ("VERB", "AUX") or v.dep(j).startswith(("iobj", "expl")):
                return False
            if v.dep(j).startswith(("nsubj", "obj")) and not (j < chain[0] and self._singular_noun(j)):
                return False  # another verb, or a subject ("alle arbeiten an ...")
            if v.pos(j) in ("NOUN", "PROPN", "PRON", "NUM") and not self._in_prepositional_phrase(j, chain) \
                    and not (j < chain[0] and self._singular_noun(j)):
                return False
        return True

    def _participle_shaped(self, form: str) -> bool:
        """Whether an infinitive's form may also be its participle: only with no ``ge`` added, after an
        inseparable prefix (``erfahren``, ``verlassen``) or ``ge`` itself (``gefallen``), also after a
        separable particle (``zurückerhalten``, ``angefangen``)."""
        starts = ("ge",) + tuple(self.lex.inseparable_prefixes)
        return form.startswith(starts) or any(
            form[len(p):].startswith(starts) for p in opening_particles(form, self.lex.separable_particles))

    def _infinitive_head(self, h: int) -> bool:
        """A verb in its infinitive's form that no participle shares (``weiterlesen``, ``anklicken``)."""
        form = self.low[h]
        return form == self.v.lemma(h).lower() and form.endswith("n") and not self._participle_shaped(form)

    def _singular_noun(self, j: int) -> bool:
        """A common noun in the singular by its form or its article (``das Bild``, ``Kommentar``), which no
        finite verb in ``-en`` takes as its subject; not one of the nouns whose plural may look like it
        (``Mitarbeiter``, ``Treffen``), nor a plural in ``-e``/``-s`` the lemmatizer kept, nor two joined."""
        v, lex = self.v, self.lex
        if v.pos(j) != "NOUN" or v.deps_of(j, "conj") or v.dep(j) == "conj":
            return False
        if any(self.low[d] in lex.singular_articles for d in v.deps_of(j, "det")):
            return True
        return self.low[j] == v.lemma(j).lower() and v.feature(j, "Number") == "Sing" \
            and not self.low[j].endswith(lex.plural_like_singular_endings + lex.unreduced_plural_endings)

    def _in_prepositional_phrase(self, j: int, stop: list[int]) -> bool:
        """Whether ``j`` hangs, below the verbs ``stop``, on a word with a preposition (``für den Newsletter``)."""
        v = self.v
        for _ in range(8):
            if j in stop or v.head(j) == j:
                return False
            if v.deps_of(j, "case"):
                return True
            j = v.head(j)
        return False

    def _share_of_people(self, chain: list[int]) -> bool:
        """``wo bis zu 85 Prozent der Urlauber eine Versicherung abschließen``, ``dass sich 93 Prozent der
        Bewohner gegen ein Abkommen ausgesprochen hätten``: a subject counted as a percentage is a
        statistic of many (a survey's share), not one happening."""
        v = self.v
        # "bis zu 85 Prozent" is a subject the parser may take for an oblique ("bis zu" is no preposition there)
        upto = [c for h in chain for c in v.deps_of(h, "obl")
                if [self.low[m] for m in v.deps_of(c, "case")] == ["bis", "zu"]]
        subjects = [c for h in chain for c in v.deps_of(h, "nsubj", "nsubj:pass")]
        return any(v.lemma(c) in self.lex.percent_nouns or v.tokens[c].text in self.lex.percent_nouns
                   for c in subjects + upto)

    def _describing_relative(self, k: int) -> bool:
        """``das Unternehmen Tactus, das mit einer Polymerschicht arbeitet``,
        ``die Wertschätzung, die er in Maranello erfährt``, ``eine Palette, die
        mit Displaygrößen von zehn bis 12,5 Zoll aufwartet``: a relative clause
        in the plain present with no date of its own says what its noun is or
        does as a rule, also in the lead (whose present tells the news in main
        clauses) and in a sentence dated elsewhere; news tells a happening in a
        relative clause in a past (``der ... gespielt hat``) or with a date."""
        v = self.v
        if v.dep(k) != "acl:relcl" and not self._relative_pronoun_first(k):
            return False
        span = self._clause_span(k)
        if any(v.pos(j) == "AUX" for j in span) or self._past_in(span) or self._weekday(span) or any(
                v.timex_at[j] >= 0 and v.timexes[v.timex_at[j]].type in ("DATE", "TIME")
                and not (v.timexes[v.timex_at[j]].value or "").endswith("_REF") for j in span):
            return False
        # the present by its form, whatever tense the tagger gives ("arbeitet" is often read as a past);
        # a participle without "ge-" has the form of the present as well, but needs an auxiliary
        form, lemma = self.low[k], v.lemma(k).lower()
        if v.pos(k) != "VERB" or form in self.lex.preterite_forms or v.weak_preterite(k) or not self._clause_end(k):
            return False
        return form in (_present(lemma, False, self.lex), _present(lemma, True, self.lex)) and bool(
            v.deps_of(k, "nsubj"))

    def _reflexive_copula(self, k: int) -> bool:
        """``Die Bergung gestaltete sich ... schwierig``, ``Die Auftragseingänge
        entwickelten sich ... schwach``, ``zeigten sich bereit``, ``Obwohl sich der
        Nutzer falsch verhalten hat``: a verb with ``sich`` and a predicative
        adjective is a copula (Duden: "sich gestalten", "sich erweisen" +
        Artangabe): it says how something is or went, not what happened."""
        v, lex = self.v, self.lex
        lemma = self.predicate_lemma(k)
        if lemma not in lex.copula_verbs and lemma not in lex.reflexive_copulas:
            return False
        if not any(self.low[c] == "sich" for c in v.children[k]):
            return False
        # the adjective as the tagger gives it: an adjective, an adverb of manner ("schwach"), or a particle
        # that is none ("zeigten sich ... bereit"); not an adverb of time or degree ("zuletzt", "erneut")
        return any((v.dep(c) in ("advmod", "xcomp", "acomp", "compound:prt", "dep") or (
            v.dep(c) in ("obj", "obl") and v.pos(c) == "ADJ")) and (
            v.pos(c) == "ADJ" or (v.pos(c) in ("ADV", "VERB") and self.low[c] not in lex.separable_particles
                                  and self.low[c] not in lex.not_manner_adverbs and self.low[c].isalpha()))
            for c in v.children[k])

    def _development(self, k: int) -> bool:
        """``Das änderte sich dann nach dem Krieg``, ``Da hat sich ein
        Pragmatisierungsdenken ausgebreitet``: a verb of becoming other by
        degrees with ``sich`` (Duden: "sich ändern" 'anders werden') and no
        date in its sentence after the lead tells a development, a trend; news
        dates the change it reports (``hat sich gestern geändert``)."""
        v = self.v
        if self.predicate_lemma(k) not in self.lex.development_verbs or v.sentence_of[k] in self.lead:
            return False
        return any(self.low[c] == "sich" for c in v.children[k]) and not self._dated_sentence(k)

    def _demanded(self, k: int) -> bool:
        """``Die Türkei muss ... sicherstellen, dass die Menschenrechte eingehalten werden``, ``soll dafür
        sorgen, dass nicht nur CDs abgespielt werden``, ``müssen Wege gefunden werden, wie die Forderungen
        umgesetzt werden``: the content clause of an infinitive under a modal of duty, will or plan is
        what is to be brought about, not what was done; under ``musste``, ``konnte`` (what was done) it
        is told as done."""
        v, lex = self.v, self.lex
        span = self._clause_span(k)
        first = span[0]
        if self.low[first] not in lex.demand_marks or first >= k or first < 2 or v.tokens[first - 1].text != "," \
                or v.sentence_of[first - 2] != v.sentence_of[k]:
            return False
        if self._past_in(span):
            return False  # "..., wie die Bank am Dienstag mitteilte": a source, told as done
        governing = first - 2  # the infinitive that closes the clause before the comma
        if v.pos(governing) not in ("VERB", "AUX") or self.low[governing] != v.lemma(governing).lower() \
                or not self.low[governing].endswith("n"):
            return False
        said = self.predicate_lemma(governing)
        if said in lex.speech_verbs or said in lex.confirm_verbs or said in lex.finding_verbs:
            return False  # "kann bestätigen, dass ...": what is said or found is told as so
        comma = first - 1
        for _ in range(3):  # back to the finite verb of that clause, over a relative clause put in it
            before = self._clause_span(comma - 1)
            finite = [j for j in before if j != governing and (v.pos(j) == "AUX" or (
                v.pos(j) == "VERB" and self._finite(j) and self.low[j] != v.lemma(j).lower()))]
            if finite:
                lemma = v.lemma(finite[0]).lower()
                return lemma in lex.modal_verbs and self.low[finite[0]] not in lex.actual_modal_forms
            inserted = self._inserted_clause(before[0] - 1) if before[0] - 1 > v.sentences[
                v.sentence_of[k]].first_token and v.tokens[before[0] - 1].text == "," else None
            if inserted is None:
                return False
            comma = inserted
        return False

    def _requested(self, k: int) -> bool:
        """``mit der Bitte, ihn ... durchzulesen``, ``mit dem Ziel, eine Terrororganisation zu unterstützen``,
        ``forderte ..., die Waffenruhe wiederzubeleben``, ``fordert, dass die Regierung ... einführt``: an
        infinitive with ``zu`` after a noun of request or aim, or such an infinitive or a ``dass`` clause after
        the clause of a verb of asking, is what someone asks for, not what was done, however the parser hung
        it (Duden: Infinitivgruppe als Attribut; Verben des Aufforderns)."""
        v, lex = self.v, self.lex
        span = self._clause_span(k)
        first = span[0]
        if first < 2 or v.tokens[first - 1].text != "," or v.sentence_of[first - 2] != v.sentence_of[k]:
            return False
        infinitive = self._zu_infinitive(k) and not self._finite(k)
        if infinitive and v.pos(first - 2) == "NOUN" and v.lemma(first - 2) in lex.request_nouns:
            return True
        if not infinitive and not (self.low[first] == "dass" and first < k):
            return False
        return any(v.pos(j) == "VERB" and self._finite(j) and self.predicate_lemma(j) in lex.request_verbs
                   for j in self._clause_span(first - 2))

    def _obliged(self, k: int) -> bool:
        """``Das gehöre intern diskutiert``, ``Der gehört bestraft``: a participle that closes a clause whose
        finite verb is ``gehören`` and which has no auxiliary of tense or passive says what must be done
        (Duden: gehören with the participle, a modal of obligation), not what was done."""
        v, form = self.v, self.low[k]
        # a participle by its form; one of "-ieren" or with an inseparable prefix has no ge- ("diskutiert")
        participle = self._participle(k) or form.endswith("iert") or (
            form.startswith(self.lex.inseparable_prefixes) and form.endswith(("t", "en")))
        if not participle or not self._clause_end(k):
            return False
        span = self._clause_span(k)
        return any(self.low[j] in self.lex.obligation_forms for j in span if j < k) and not any(
            v.lemma(j).lower() in ("haben", "sein", "werden") for j in span)

    def _state_passive(self, k: int, chain: list[int]) -> bool:
        """``Seine Form ist dem menschlichen Körper nachempfunden``, ``Diese ist
        wahrscheinlich im März erreicht``, ``Dani Alves ist gesperrt``: ``sein``
        with the participle of a verb whose perfect takes ``haben`` and no
        ``worden`` is the passive of a state (Duden: Zustandspassiv), how
        something is; with a verb of ``sein`` (``war ... gegangen``) it is a
        perfect, with ``worden`` a passive of what was done; the state a happening of a type leaves
        (``Wegen Raubes sind fünf Norweger angeklagt``) reports that happening, as the Wikinews gold reads it.
        ``sein`` the parser hung as a copula (``DSG Bagdrop ist spezialisiert auf Lösungen``) is the same
        auxiliary: a participle after a copula is a predicative adjective, a state (Duden: Zustandspassiv)."""
        v = self.v
        if not self._participle(k):
            return False
        auxes = [c for h in chain for c in v.children[h] if v.dep(c).startswith("aux")
                 or (v.dep(c) == "cop" and v.lemma(c).lower() == "sein")] or self._bracket_aux(k)
        lemmas = [v.lemma(a).lower() for a in auxes]
        if "sein" not in lemmas or any(x in ("werden", "haben") for x in lemmas):
            return False
        if any(v.lemma(j).lower() == "werden" or self.low[j] == "worden" for j in self._clause_span(k)):
            return False
        lemma = self.predicate_lemma(k)
        if lemma in self.lex.verb_types:
            return False  # "sind fünf Norweger angeklagt", "ist verhaftet": the state a typed happening left
        sein = v.grammar.sein_perfect
        return lemma not in sein and v.lemma(k).lower() not in sein and not self._sein_participle(k)

    def _sein_participle(self, k: int) -> bool:
        """A participle of a verb whose perfect takes ``sein``, read off the word as the dictionary gives it
        and with its particle taken off (``aufgestiegen``: ``steigen``)."""
        v, form, sein = self.v, self.low[k], self.v.grammar.sein_perfect
        if form.startswith("ge") and form[2:] in sein:
            return True  # a strong verb's "ge-" and infinitive: "gefahren", "gekommen", whatever the lemma read
        for p in opening_particles(form, self.lex.separable_particles):
            if form.startswith(p + "ge") and form[len(p) + 2:] in sein:
                return True  # "aufgestiegen" is no infinitive, but "angekommen" is "an" "ge" "kommen"
            if form.startswith(p) and len(form) > len(p) + 4:
                rest = v.lemmatize(form[len(p):], "VERB") if v.lemmatize else None
                if rest and (rest in sein or p + rest in sein):
                    return True
        return False

    def _past_in(self, span: range) -> bool:
        """A past or a perfect in ``span``: an auxiliary in the past (``wurden``,
        ``hatte``), a preterite by its form, or ``haben`` with a participle (``sein`` with one is as
        often a state: ``der Vergangenheit verhaftet ist``)."""
        v, lex = self.v, self.lex
        for j in span:
            if v.pos(j) == "AUX" and v.feature(j, "Tense") == "Past":
                return True
            if v.pos(j) == "VERB" and (self.low[j] in lex.preterite_forms or v.weak_preterite(j)):
                return True
            if v.pos(j) == "AUX" and v.lemma(j).lower() == "haben" and any(
                    self._participle(x) and v.pos(x) == "VERB" for x in span):
                return True
        return False

    def _intention(self, k: int) -> bool:
        """``St. Pölten will den Aufstieg heuer schaffen``, ``will den Umsatz
        verdoppeln``: a verb of attaining or of change under a verb of will is
        a goal, not a happening, unless a month or a day schedules it."""
        v = self.v
        h = v.head(k)
        if v.dep(k) != "xcomp" or h == k or v.lemma(h).lower() not in self.lex.intention_verbs:
            return False
        lemma = self.predicate_lemma(k)
        if lemma not in self.lex.attain_verbs and lemma not in self.lex.change_verbs:
            return False
        return not self._dated_month(k)

    def _dated_month(self, k: int) -> bool:
        """A date of a month or a day in the clause of ``k`` (``im Oktober``,
        ``am 3. Mai``), not a year or a period (``heuer``, ``im dritten Quartal``)."""
        own = self._own_date(k)
        value = self.timex_values[own] if own is not None else None
        return value is not None and len(value) >= 7 and value[5:7].isdigit()

    def _frames_speech(self, k: int) -> bool:
        """``Jaalon verteidigte die Einsatzregeln: Wir werden ...``, ``Hofer
        strahlte: Sechs Monate sei es her``: a main clause that ends in a colon
        before words in the first person or in reported speech introduces
        what someone said (10kGNAD keeps no quotation marks); the saying is no
        happening."""
        v = self.v
        if v.dep(k) != "root":
            return False
        span = self._clause_span(k)
        colon = span[-1] + 1
        s = v.sentences[v.sentence_of[k]]
        if colon >= s.last_token or v.tokens[colon].text != ":":
            return False
        after = range(colon + 1, s.last_token)
        return any(self.low[j] in self.lex.speaker_words and v.dep(j).startswith("nsubj") for j in after) or any(
            v.feature(j, "Mood") == "Sub" and self.low[j] not in self.lex.hypothetical_forms for j in after)

    def _speaker_told(self, k: int) -> bool:
        """``Meine Mannschaft hat gut gearbeitet``, ``wie wir heute gespielt
        haben``: a clause whose subject is the speaker or the one spoken to is
        quoted words (an evaluation, what one keeps doing), no happening
        reported, unless a month or a day dates it."""
        v, words = self.v, self.lex.speaker_words
        # the subject in the verb's stretch of text, wherever the parser hung it ("haben wir uns ... lang bewegt")
        speaker = any(v.dep(j).startswith("nsubj") and (self.low[j] in words or self._polite_you(j) or any(
            self.low[c] in words and v.dep(c).startswith("det") for c in v.children[j])) for j in self._clause_span(k))
        return speaker and not self._dated_month(k)

    def _polite_you(self, j: int) -> bool:
        """``haben Sie vermutlich auch Angebote aus Hollywood bekommen``:
        ``Sie`` written with a capital inside a sentence is the polite form of
        address (Duden: Höflichkeitsform), the one spoken to; at the start of
        a sentence, after a colon or a quotation mark it may be ``sie``."""
        v = self.v
        if v.tokens[j].text != "Sie" or j == v.sentences[v.sentence_of[j]].first_token:
            return False
        return v.tokens[j - 1].text not in (":", "\"", "„", "“", "»", "«", "'", "–", "-", "(")

    def _statistic(self, k: int) -> bool:
        """``Der Umsatz stieg um 5 Prozent``, ``stieg von 37,6 auf 43,7
        Prozent``: a change of quantity by an amount, undated or over a
        reporting period (a quarter, a year), is a statistic, not one
        happening; dated by a month or a day, or over a span of days, it is
        news of its own (``Die Zahl stieg im Oktober auf 40,26 Millionen``)."""
        lemma = self.predicate_lemma(k)
        if (lemma not in self.lex.change_verbs and lemma not in self.lex.quality_change_verbs) \
                or self._dated_month(k):
            return False
        v, span = self.v, self._clause_span(k)
        if lemma not in self.lex.change_verbs:
            return self._trend(k, span)  # "verlor an Zustimmung"
        if any(v.timex_at[j] >= 0 and v.timexes[v.timex_at[j]].type == "DURATION"
               and (v.timexes[v.timex_at[j]].value or "")[-1:] in ("D", "W", "H") for j in span):
            return False  # "in den vergangenen zehn Tagen um zehn Dollar": a move of days, news in itself
        if any(self.low[j] in self.lex.amount_preps and j + 1 in span and self.v.pos(j + 1) == "NUM"
               for j in span):
            return True
        return self._trend(k, span)

    def _flow(self, k: int) -> bool:
        """``Am Wochenende sind rund 13.000 Migranten eingereist``, ``seien im
        April nur mehr 1.000 Menschen über diese Route gekommen``: hundreds or
        thousands who came or went (a verb of ``sein``, of motion) are a count of
        as many journeys, a flow, a statistic; dated by a day (``2.000 gingen
        am Mittwoch von Bord``) it is one happening."""
        v = self.v
        lemma = self.predicate_lemma(k)
        sein = v.grammar.sein_perfect
        if lemma not in sein and v.lemma(k).lower() not in sein and not self._sein_participle(k):
            return False
        span = self._clause_span(k)
        # the count of a plural with no preposition in the verb's stretch (the subject, however the parser
        # hung it: "nach Angaben der Polizei rund 13.000 Migranten eingereist"), not a unit ("Euro")
        counts = [c for c in span if v.pos(c) == "NUM" and v.dep(c) == "nummod" and v.head(c) in span
                  and v.pos(v.head(c)) == "NOUN" and v.feature(v.head(c), "Number") != "Sing"
                  and not v.deps_of(v.head(c), "case") and self.low[v.head(c)] not in self.lex.unit_words]
        if not any(_count(self.low[c]) >= self.lex.flow_count for c in counts):
            return False
        if any(v.lemma(j).lower() in self.lex.modal_verbs for j in span):
            return False  # "sollen ... 1.000 Fahrzeuge fahren": a plan, no count of what happened
        if self._verb_type(k, lemma, v.lemma(k).lower()) in self.lex.harm_types:
            return False  # "300 Menschen starben", "12.000 gingen auf die Straße": one disaster, one protest
        return not self._weekday(span) and not any(
            len(self.timex_values[v.timex_at[j]] or "") >= 10 for j in span if v.timex_at[j] >= 0)

    def _standing(self, k: int) -> bool:
        """``Ö3 kam ... auf eine Reichweite von fast 35 Prozent``, ``landete in
        diesem Ranking an der elften Stelle``, ``pendelte der Stimmenanteil
        zwischen 64 und 50 Prozent``: a verb of where something stands with a
        share or a rank tells a figure, a statistic, unless a month or a day dates it."""
        v, lex = self.v, self.lex
        if self.predicate_lemma(k) not in lex.standing_verbs or self._dated_month(k):
            return False
        span = self._clause_span(k)
        # the share or rank with its number ("35 Prozent", "an der elften Stelle"), not a place of a text
        # ("An dieser Stelle kam es zu einem Unfall")
        return any(self.low[j] in lex.rank_words and any(
            v.pos(i) == "NUM" or (v.pos(i) == "ADJ" and self.low[i].endswith(("te", "ten", "ter")) and
                                  (self.low[i][:1].isdigit() or self.low[i] in lex.ordinal_words))
            for i in range(max(span[0], j - 3), j)) for j in span) and not self._weekday(span)

    def _trend(self, k: int, span: range) -> bool:
        """``sind die Wirtschaftskriminaldelikte zwar leicht gesunken``, ``seien
        zuletzt stärker gestiegen``, ``um fast ein Viertel geschrumpft``, ``Die
        Grünen stagnierten``: a change of quantity by a degree (an adverb of
        degree, a share) or a verb that is a trend in itself tells how a figure
        moved, a statistic; ``verlor an Zustimmung``, ``hat 20 Prozent an Wert
        eingebüßt``: losing or gaining ``an`` a quality is the same."""
        v, lex = self.v, self.lex
        lemma = self.predicate_lemma(k)
        if lemma in lex.trend_verbs:
            return True
        if lemma in lex.change_verbs and lemma not in lex.quality_change_verbs and any(
                (self.low[j] in lex.degree_adverbs and v.head(j) == k) or self.low[j] in lex.share_words
                for j in span):
            return True
        # "an Wert", "an Zustimmung": "an" and a noun with no article
        return lemma in lex.quality_change_verbs and any(
            self.low[j] == "an" and j + 1 in span and v.pos(j + 1) == "NOUN" for j in span)

    def _tally(self, k: int) -> bool:
        """``Rund 3.000 Schüler haben bisher an der Erhebung teilgenommen``,
        ``die bisherigen zwölf Aufeinandertreffen gewonnen``, ``hat schon sechs
        Mal an Olympischen Spielen teilgenommen``, ``stellte ... vergangenes Jahr
        insgesamt 13.846 Straftaten fest``: a count summed up to now
        (``bisher``, ``schon sechs Mal``) or over a reporting year is a running
        tally of many happenings, a statistic, not one; dated by a month or a
        day it is news of its own (``insgesamt fünf Tickets werden am Mittwoch
        vergeben``), and so is a count summed with no period (``Insgesamt
        wurden 1.523 Delikte ausgewertet``: one evaluation) or one planned
        (``sollen insgesamt 1.000 Fahrzeuge fahren``)."""
        v, lex, span = self.v, self.lex, self._clause_span(k)
        counted = [j for j in span if v.pos(j) == "NUM" and v.timex_at[j] < 0]  # a count, not a year
        if not counted or self._dated_month(k) or self._weekday(span):
            return False
        for j in span:
            word = self.low[j]
            if word in lex.tally_words and v.pos(j) == "ADV":
                return True  # "haben bisher ... teilgenommen"
            if word in lex.tally_words and (j + 1 in counted or any(c in counted for c in v.deps_of(v.head(j), "nummod"))):
                return True  # "die bisherigen zwölf Aufeinandertreffen"
            if word in lex.already_words and any(c + 1 in span and self.low[c + 1] == "mal" for c in counted if c > j):
                return True  # "schon sechs Mal"
        # a year, a quarter or a period the text names with no calendar value ("vergangenes Jahr")
        values = [v.timexes[v.timex_at[j]].value or "" for j in span if v.timex_at[j] >= 0
                  and v.timexes[v.timex_at[j]].type == "DATE"]
        yearly = any(x == "" or len(x) == 4 and x.isdigit() or x[4:6] in ("-Q", "-H") for x in values)
        # what lies ahead is no statistic ("Zwischen 2009 und 2010 sollen insgesamt 1.000 Fahrzeuge fahren")
        ahead = any(v.lemma(j).lower() in lex.modal_verbs for j in span)
        return yearly and not ahead and any(self.low[j] in lex.sum_words for j in span)

    def _weekday(self, span: range) -> bool:
        """A weekday or a time of day in ``span`` (``am Mittwoch``, ``um 20.45 Uhr``), which dates one
        happening where the text gives no publication date to resolve it by."""
        v = self.v
        for j in span:
            t = v.timexes[v.timex_at[j]] if v.timex_at[j] >= 0 else None
            if t is not None and (t.type == "TIME" or (t.type == "DATE" and "-W" in (t.value or "")
                                                       and (t.value or "")[-2:-1] == "-")):
                return True
        return False

    def _conditional_conjunct(self, k: int) -> bool:
        """``wenn der Bär stapft und die Schlange zischt``, ``ob die drei
        getötet oder als Geiseln genommen wurden``: a clause joined to a
        condition or to an indirect question shares its ``wenn`` or ``ob``,
        however the parser hung the ``und`` and the auxiliary at the end."""
        v, lex = self.v, self.lex
        if v.dep(k) != "conj" or v.head(k) == k:
            return False
        return any(v.dep(c) == "mark" and (self.low[c] in lex.condition_marks or self.low[c] in lex.question_words)
                   for c in v.children[v.head(k)])

    def _generic_sentence(self, k: int) -> bool:
        """``Wer gegen die Regeln verstößt, wird bestraft``, ``Je länger der
        Streik dauert, desto teurer wird er``: what holds for anyone or in
        proportion, not one happening."""
        s = self.v.sentences[self.v.sentence_of[k]]
        words = self.low[s.first_token:s.last_token]
        if words and words[0] in self.lex.generic_openers:
            return True
        opener, closer = self.lex.proportion_marks
        je = next((i for i, w in enumerate(words) if w in opener), None)
        return je is not None and any(w in closer for w in words[je:])

    def _sein_perfect_under_copula(self, k: int, lemma: str) -> bool:
        """``war ... nach Sardinien gereist`` with ``war`` parsed as a copula and
        the participle as its complement: a verb whose perfect takes ``sein``
        makes it the perfect of a happening, not how someone is."""
        v = self.v
        head = v.head(k)
        return head < k and v.lemma(head).lower() == "sein" and (
            lemma in v.grammar.sein_perfect or v.lemma(k).lower() in v.grammar.sein_perfect) \
            and lemma not in self.lex.adjectival_participles and self.low[k] not in self.lex.adjectival_participles

    def _preterite_at_clause_end(self, k: int) -> bool:
        """A past tense that closes its clause (``nach dessen Tod sie in ihr
        Elternhaus zurückzog``, ``welche ... in ihre Häuser zurückkehrten``),
        which the parser hung as a complement: a finite verb at the end of a
        clause heads a subordinate clause of its own; a complement would be an
        infinitive or a participle, and no participle has the past's form."""
        v, lex = self.v, self.lex
        if v.pos(k) != "VERB" or not self._clause_end(k) or self._participle(k):
            return False
        form = self.low[k]
        if not (v.weak_preterite(k) or form in lex.preterite_forms or any(
                form[len(p):] in lex.preterite_forms for p in opening_particles(form, lex.separable_particles))):
            return False
        return not any(self.low[c] == "zu" for c in v.children[k])

    def _not_a_verb(self, k: int) -> bool:
        """A word the dictionary knows as no verb (``vehement``, ``freiwillig``), whatever the tagger said."""
        known = getattr(self.v.lemmatize, "known", None)
        return known is not None and not known(self.v.lemma(k).lower())

    def _adopted_aux(self, k: int) -> list[int]:
        """The perfect auxiliary of a participle that closes its clause, where
        the parser hung the participle as a complement of an earlier word and
        the auxiliary on that word (``hatten ... die Stadt freiwillig/VERB
        verlassen/xcomp``, ``hat sich ... wie erwartet/VERB zu einem Hurrikan
        entwickelt/xcomp``)."""
        v = self.v
        head = v.head(k)
        form = self.low[k]
        # a participle by its form; one with an inseparable prefix has no ge- ("entwickelt", "verlassen")
        participle = self._participle(k) or (form.startswith(self.lex.inseparable_prefixes)
                                             and form.endswith(("t", "en")))
        if v.dep(k) != "xcomp" or not head < k or not participle or not self._clause_end(k):
            return []
        if any(self.low[c] == "zu" for c in v.children[k]):
            return []
        return [a for a in v.deps_of(head, "aux") if v.lemma(a).lower() in ("haben", "sein") and a < head]

    def _auxiliary_head(self, k: int) -> bool:
        """A participle the parser hung as a complement under its own auxiliary
        (``hatten ... abgeschafft/xcomp``) or that has an auxiliary of its own
        (``20 wurden freigesprochen``): a clause of its own, not a purpose."""
        v = self.v
        if not self._participle(k):
            return bool(self._adopted_aux(k))
        head = v.head(k)
        if v.lemma(head).lower() in self.lex.modal_verbs or self.low[head] in self.lex.hypothetical_forms:
            return False  # "müsste ... organisiert werden": under a modal, not a clause of its own
        return self._has_auxiliary(k)

    def _has_auxiliary(self, k: int) -> bool:
        """Whether the participle ``k`` has an auxiliary: its head, one of its own, or one it adopts."""
        v = self.v
        return v.lemma(v.head(k)).lower() in ("haben", "sein", "werden") or bool(v.deps_of(k, "aux", "aux:pass")) \
            or bool(self._adopted_aux(k))

    def _absolute_participle(self, k: int) -> bool:
        """``Genau genommen, ...``, ``Anders gesagt, ...``: a participle that
        opens the sentence and is set off by a comma is a manner of speaking."""
        v = self.v
        first = v.sentences[v.sentence_of[k]].first_token
        nxt = k + 1
        return (k - first <= 2 and nxt < len(self.low) and (v.tokens[nxt].text in (",", ":") or (
                    v.pos(nxt) in ("VERB", "AUX") and v.feature(nxt, "VerbForm") in ("Fin", None)))
                and (self._participle(k) or self.low[k].endswith("iert"))  # "Anders formuliert:": -ieren has no ge-
                and not v.deps_of(k, "aux", "aux:pass", "nsubj", "nsubj:pass"))

    def _participial_preposition(self, k: int) -> bool:
        """``abgesehen von``, ``verglichen mit dem Rest``, ``die Beamten ausgenommen``: a participle used
        as a preposition, with no auxiliary of its own nor one it hangs on, is no verb of a clause."""
        return self.low[k] in self.lex.participial_preps and not self._has_auxiliary(k)

    def _page_record(self, k: int) -> bool:
        """``Artikel veröffentlicht: Montag, 18.04.2016 18:53 Uhr``, ``10.03.16 | 15:24 Uhr | 1 mal
        gelesen``, ``aktualisiert vor 3 Minuten``, ``verfasst am 12.01.2016``: a participle of
        publishing, editing or reading with no auxiliary, after nothing but the page or its parts and
        before nothing but the time, the one who did it or a date, is what a site records of the text
        itself, a line of the page, no happening told in it; not a headline that names what was
        published (``Liste der ersten 150 Fahrzeuge veröffentlicht``)."""
        v, lex = self.v, self.lex
        if self.low[k] not in lex.page_record_forms:
            return False
        s = v.sentences[v.sentence_of[k]]
        # the field the participle stands in: back to the sentence's start or a separator of fields
        j = k - 1
        while j >= s.first_token and v.pos(j) != "PUNCT" and v.tokens[j].text not in lex.field_separators:
            if self.low[j] not in lex.page_nouns and not v.tokens[j].text.isdigit() and v.pos(j) != "DET":
                return False
            j -= 1
        if k + 1 < s.last_token and self.low[k + 1] not in lex.page_record_after \
                and v.tokens[k + 1].text not in lex.field_separators:
            return False
        return not any(v.pos(c) == "AUX" and v.dep(c).startswith("aux") for c in v.children[k])

    def _form_reply(self, k: int) -> bool:
        """``Ihr Link wurde erfolgreich eingesendet``, ``Ihre Korrektur wurde erfolgreich gesendet``: the
        passive of a verb of sending or saving with ``erfolgreich``, whose subject is the reader's (``Ihr``,
        the polite possessive), is what a web form replies to its reader, a line of the page, no happening."""
        v, lex = self.v, self.lex
        if self.predicate_lemma(k) not in lex.confirmation_verbs or not v.deps_of(k, "aux:pass"):
            return False
        if not any(self.low[c] in lex.success_words for c in v.children[k]):
            return False
        return any(v.tokens[d].text.startswith(lex.reader_possessive) for c in v.deps_of(k, "nsubj:pass", "nsubj")
                   for d in v.deps_of(c, "det:poss", "det"))

    def _additive_frame(self, k: int) -> bool:
        """``Dazu kommt, dass in unseren Breitengraden ...``, ``Dazu kam der kräftige südwestliche Wind``:
        ``kommen`` after ``dazu`` or ``hinzu`` that opens the sentence adds a circumstance or an argument
        (Duden: "hinzukommen", "Hinzu kommt, dass"), no happening; not with ``es`` (``Dazu kam es``)."""
        v = self.v
        first = v.sentences[v.sentence_of[k]].first_token
        verb = self.lex.additive_verb
        if v.lemma(k).lower() != verb or self.predicate_lemma(k) != verb or first != k - 1:
            return False
        return self.low[first] in self.lex.additive_adverbs and not any(
            self.low[c] == "es" for c in v.deps_of(k, "nsubj", "expl")) and self.low[k + 1] != "es"

    def _restated(self, k: int) -> bool:
        """``Aber das geschah nur, weil ...``, ``Dies passierte im Mai``: a verb of happening in general
        whose subject is a demonstrative tells again the happening just told, no happening of its own."""
        v, lex = self.v, self.lex
        if v.lemma(k).lower() not in lex.occurring_verbs:
            return False
        return any(self.low[c] in lex.restating_subjects for c in v.deps_of(k, "nsubj", "nsubj:pass", "expl"))


def _count(word: str) -> float:
    """The value of a cardinal in digits (``13.000``, ``1,5``), else 0."""
    digits = word.replace(".", "").replace(",", ".")
    try:
        return float(digits)
    except ValueError:
        return 0.0
