"""The status of what a clause tells (``chronik.extract.events``): negated, unasserted (a question, a
condition, Konjunktiv II outside reported speech, an unreal comparison), a modal possibility, a generic or
reported present (its tense read from the form where the tagger gives none or a wrong one), relative and
reporting clauses, a plan or a speech as the occasion of a clause."""
from __future__ import annotations

from chronik.extract.event_labels import _present


class StatusReading:
    """Negation, modality, mood and tense: whether a clause asserts a happening."""

    def _clause_span(self, k: int) -> range:
        """The tokens of the stretch of the sentence around ``k`` between commas,
        semicolons and dashes: the clause as the text sets it off, whatever the parse.
        Read once per token."""
        span = self.clause_spans.get(k)
        if span is None:
            span = self.clause_spans[k] = self._read_clause_span(k)
        return span

    def _read_clause_span(self, k: int) -> range:
        v = self.v
        s = v.sentences[v.sentence_of[k]]
        stops = (",", ";", "–", "-", ":")
        first = next((j + 1 for j in range(k - 1, s.first_token - 1, -1) if v.tokens[j].text in stops), s.first_token)
        last = next((j for j in range(k + 1, s.last_token) if v.tokens[j].text in stops), s.last_token)
        return range(first, last)

    def _negated_clause(self, k: int) -> bool:
        """A negation anywhere in the verb's own stretch of text (``hat bisher
        noch kein Stoke-Profi erreicht``, ``hat sich nicht weiter verbessert``,
        ``hinaus kam sie aber nicht mehr``), not ``nicht nur`` and not one inside a quotation."""
        negations = self.lex.negations
        span = self._clause_span(k)
        # a coordinated clause of its own ("gewannen ... und konnten ... nicht") ends the stretch
        # not "aber", "doch" right after the finite verb, an adverb inside the clause ("fiel aber nicht auf")
        # nor one with no verb after it in the stretch ("hinaus kam sie aber nicht mehr")
        ends = [j for j in span if self.v.pos(j) == "CCONJ" and j > k
                and not (self.low[j] in self.lex.mid_clause_conjunctions and (j == k + 1 or not any(
                    self.v.pos(x) in ("VERB", "AUX") for x in range(j + 1, span[-1] + 1))))]
        before = [j for j in span if self.v.pos(j) == "CCONJ" and j < k]
        for j in range(before[-1] + 1 if before else span[0], ends[0] if ends else span[-1] + 1):
            if self.low[j] in negations and not self._nicht_nur(j) and not self.v.in_quote(self.v.tokens[j].start):
                return True
        return False

    def _unasserted(self, k: int) -> bool:
        """A clause under a verb of belief or expectation (``vermutete, dass
        Eichmann zurückgekehrt war``) or an indirect question (``Wann Pröll sein
        Amt zurücklegt, ist unklar``): not told as having happened."""
        v, lex = self.v, self.lex
        span = self._clause_span(k)
        if self.low[span[0]] in lex.question_words and span[0] < k and span[-1] + 1 < len(self.low) \
                and v.tokens[span[-1] + 1].text == "," and v.sentence_of[span[-1] + 1] == v.sentence_of[k]:
            return True  # "Welche Betreiber es einspeisen, ist nicht zu erfahren", however the parser hung it
        if self.low[span[0]] in lex.open_question_words and span[0] < k and any(
                self.low[j] in lex.unknown_words for j in self._sentence_tokens(k)):
            return True  # "Was dies bewirkte, bleibt unklar", "unklar ist, wie schnell die Arbeiten voranschreiten"
        if self._belief_noun_clause(span):
            return True
        if self._degree_question(k, span) or self._open_to_no_one(k, span):
            return True
        if v.dep(k) in ("root", "conj", "parataxis"):
            return False
        if self.low[span[0]] in lex.question_words and span[0] < k:
            return True
        h = v.head(k)
        for _ in range(2):
            if h == k:
                break
            if v.lemma(h).lower() in lex.belief_verbs or self.predicate_lemma(h) in lex.belief_verbs \
                    or self.low[h] in lex.belief_verbs:  # "überzeugt", whether read as adjective or participle
                return True
            if v.dep(h) not in ("ccomp", "advcl", "xcomp", "csubj"):
                break
            h = v.head(h)
        return False

    def _absent(self, k: int, chain: list[int]) -> bool:
        """``ohne identifiziert, registriert ... zu werden``, ``ohne dass die
        Polizei eingriff``, ``statt die Strafe zu bezahlen``: a clause of
        absence or substitution tells what was not done."""
        v, marks = self.v, self.lex.absence_marks
        end = min(v.sentences[v.sentence_of[k]].last_token - 1, max(chain) + 4)

        def conjunction(m: int) -> bool:
            # the conjunction, not the preposition ("ohne Vorwarnung festgenommen"): "dass" after it or a
            # "zu" before the verb
            return self.low[m + 1] in self.lex.complement_marks or any(
                self.low[j] == "zu" and v.pos(j + 1) in ("VERB", "AUX") for j in range(m + 1, end))
        if any(v.dep(c) == "mark" and self.low[c] in marks and conjunction(c) for h in chain for c in v.children[h]):
            return True
        first = self._clause_span(chain[-1])[0]
        return self.low[first] in marks and first < chain[-1] and conjunction(first)

    def _unreal_comparison(self, k: int) -> bool:
        """``als sei es im Schatten der Berliner Mauer entstanden``, ``als ob
        nichts geschehen wäre``: ``als`` with ``ob``, ``wenn`` or a verb in the
        subjunctive compares with what did not happen."""
        v, lex = self.v, self.lex
        for j in self._clause_span(k):
            if j + 1 >= k:
                break
            if self.low[j] != "als":
                continue
            nxt = j + 1
            if self.low[nxt] in lex.unreal_comparison_marks or (
                    v.pos(nxt) in ("AUX", "VERB") and (v.feature(nxt, "Mood") == "Sub"
                                                       or self.low[nxt] in lex.hypothetical_forms)):
                return True
        return False

    def _conditioned(self, k: int, chain: list[int]) -> bool:
        """``wohin es geführt hat, wenn nicht gesprochen wurde``: a clause with
        a ``wenn`` clause of its own is its consequence, or with a past a
        habit (``wenn`` = whenever; one past happening takes ``als``), unless
        the ``wenn`` concedes (``auch wenn``, ``selbst wenn``); ``sobald sie
        davon erfährt``: a temporal clause in the present sets a condition;
        ``Stichwort Vorratsdatenspeicherung: Sollte die Regierung planen, ...
        zu horten``: a clause after a colon that opens with the verb of a
        condition."""
        v, lex = self.v, self.lex
        # "er werde eine Rückabwicklung vorschreiben, falls Edeka ... nicht erfülle": a future under a condition
        # is a threat or a promise, told as announced
        future = v.feature(k, "VerbForm") == "Inf" or self.low[k] == v.lemma(k).lower()
        future = future and any(v.lemma(c).lower() in lex.future_aux for h in chain for c in v.deps_of(h, "aux"))
        for h in chain if not future else []:
            for c in v.deps_of(h, "advcl"):
                for m in v.deps_of(c, "mark"):
                    # not one after a colon, which opens words of their own ("den Rücken gekehrt: Wenn ...")
                    if self.low[m] in lex.condition_marks and m > h and not (
                            self.low[m - 1] in lex.concessive_words or self.low[m + 1] in lex.concessive_words) \
                            and not any(v.tokens[j].text == ":" for j in range(h, m)):
                        return True
        span = self._clause_span(k)
        if any(self.low[j] in lex.time_condition_marks for j in span if j < k) and not any(
                v.feature(j, "Tense") == "Past" and self._finite(j) for j in span):
            return True
        heads = [chain[-1]] + ([v.head(chain[-1])] if v.dep(chain[-1]) == "xcomp" else [])
        for h in heads:
            first = self._clause_span(h)[0]
            if first > 0 and v.tokens[first - 1].text == ":" and self.low[first] in lex.condition_marks \
                    and v.sentence_of[first - 1] == v.sentence_of[k]:
                return True
        return False

    def _modal_infinitive(self, k: int) -> bool:
        """``Nur so sei eine Verteilung der Flüchtlinge umzusetzen``, ``hat die
        Gebühr zu zahlen``: an infinitive with ``zu`` under ``sein`` or
        ``haben`` says what can or must be done (Duden: modaler Infinitiv),
        not what was done."""
        v = self.v
        if v.pos(k) != "VERB" or self._finite(k) or not self._zu_infinitive(k):
            return False
        # the finite "sein", "haben" with no other verb before the infinitive ("hat angekündigt, die Preise
        # zu erhöhen": "hat" is the perfect of "angekündigt")
        span = self._clause_span(k)
        auxes = v.deps_of(k, "aux", "cop") + [j for j in span if j < k and v.pos(j) == "AUX" and not any(
            v.pos(x) == "VERB" for x in range(j + 1, k))]
        return any(v.lemma(a).lower() in ("sein", "haben") and self._finite(a) for a in auxes)

    def _reported_wuerde(self, k: int, chain: list[int]) -> bool:
        """``Arbeitgebervertreter würden zu sehr darauf schauen, ..., sagte
        Mitterlehner``: in reported speech ``würde`` with a plain infinitive
        stands for the present of what someone says is so (Duden: würde-Form
        for Konjunktiv I); a past is reported with ``habe``/``sei`` or
        ``hätte``/``wäre`` and the participle, and what lies ahead with a date
        of its own (``würde am Montag nach Berlin reisen``)."""
        v = self.v
        if v.pos(k) != "VERB" or self.low[k] != v.lemma(k).lower() or self._participle(k):
            return False
        auxes = [c for h in chain for c in v.children[h] if v.dep(c).startswith("aux")] or self._bracket_aux(k)
        return any(self.low[a] in ("würde", "würden") for a in auxes) and self._own_date(k) is None

    def _source_clause(self, k: int) -> bool:
        """``..., wie die Zeitung berichtete``, ``wie eine Studie der
        IT-Beratungsfirma Crisp Research ergab``: a ``wie`` clause
        with a verb of saying or showing at its end credits the
        source of what the sentence tells (as ``laut X``), no happening; a verb
        of formal announcement (``mitteilen``, ``bestätigen``) stays an
        announcement, as the guideline and the merge judges count it."""
        v, lex = self.v, self.lex
        span = self._clause_span(k)
        if self.low[span[0]] != "wie" or span[0] + 1 >= k or not self._verb_final(k, span):
            return False
        lemma = self.predicate_lemma(k)
        # not a formal announcement ("wie die Bafin mitteilte", "wie die Bank of England am Dienstag
        # mitteilte"): the guideline's announcement by an office, told as one happening across articles
        return (lemma in lex.speech_verbs or lemma in lex.source_clause_verbs) and lemma not in lex.announce_verbs

    def _noun_content(self, k: int) -> bool:
        """``Es gibt keinen Plan, eine EU-Armee aufzustellen``, ``die Absicht,
        das Werk zu schließen``: an infinitive with ``zu`` that completes a
        noun is the content of a plan, a wish, a chance, not told as done."""
        v = self.v
        h = v.head(k)
        return h != k and h < k and v.dep(k) == "acl" and v.pos(h) == "NOUN" and self._zu_infinitive(k) \
            and not self._finite(k)

    def _modal_perfect(self, k: int) -> bool:
        """``Zum einen könnten starke Sternwinde das Material weggeblasen oder
        zerstört haben``, ``dürfte ... gestorben sein``: a modal of
        possibility or necessity with the perfect infinitive is a guess at
        what happened (Duden: epistemischer Gebrauch der Modalverben); with
        ``soll`` or ``will`` (``soll ... verübt haben``) it is a report."""
        v, lex = self.v, self.lex
        if not self._participle(k):
            return False
        span = self._clause_span(k)
        after = [j for j in span if j > k and v.pos(j) == "AUX"]
        if not after or self.low[after[0]] not in ("haben", "sein"):
            return False
        modal = lex.modal_verbs - lex.schedule_modals - lex.plan_verbs
        before = [j for j in span if j < k and v.pos(j) == "AUX"]
        return bool(before) and v.lemma(before[0]).lower() in modal and self.low[before[0]] not in lex.actual_modal_forms

    def _degree_question(self, k: int, span: range) -> bool:
        """``wie viele Überstunden damit tatsächlich abgegolten werden``, ``wie
        schnell die Arbeiten voranschreiten``: ``wie`` with a word of degree
        opening a clause whose verb closes it is an indirect question; ``wie
        viele andere`` compares."""
        first = span[0]
        if self.low[first] != "wie" or first + 2 >= k or self.low[first + 1] not in self.lex.degree_question_words:
            return False
        return self.low[first + 2] not in ("andere", "anderen") and self._verb_final(k, span)

    def _verb_final(self, k: int, span: range) -> bool:
        """``k`` with only its auxiliaries after it in its stretch of text."""
        return all(self.v.pos(j) in ("AUX", "PART", "PUNCT") for j in range(k + 1, span[-1] + 1))

    def _open_to_no_one(self, k: int, span: range) -> bool:
        """``Niemand weiß, was nun mit ihnen geschehen soll``: an indirect
        question after a negated verb of knowing is open."""
        v, lex = self.v, self.lex
        first = span[0]
        if self.low[first] not in lex.open_question_words | lex.question_words or first >= k or first < 2 \
                or v.tokens[first - 1].text != ",":
            return False
        before = self._clause_span(first - 2)
        return any(v.lemma(j).lower() in lex.knowing_verbs for j in before) and any(
            self.low[j] in lex.negations for j in before)

    def _belief_noun_clause(self, span: range) -> bool:
        """``Es besteht kein Zweifel, dass der Kongress ... erlauben wird``, ``die
        Hoffnung, dass ...``: a ``dass`` clause right after a noun of belief,
        hope or fear (the noun's complement clause) is not asserted, as under a
        verb of belief."""
        v = self.v
        first = span[0]
        if self.low[first] not in self.lex.complement_marks or first < 2 or v.tokens[first - 1].text != ",":
            return False
        j = first - 2
        if v.sentence_of[j] != v.sentence_of[first] or v.pos(j) != "NOUN" or v.lemma(j) not in self.lex.belief_nouns:
            return False
        # "bestätigte die Befürchtung, dass ...": a confirmed fear is told as fact
        return not any(self.predicate_lemma(h) in self.lex.confirm_verbs or v.lemma(h).lower() in self.lex.confirm_verbs
                       for h in range(v.sentences[v.sentence_of[j]].first_token, j) if v.pos(h) == "VERB")

    def _sentence_tokens(self, k: int) -> range:
        s = self.v.sentences[self.v.sentence_of[k]]
        return range(s.first_token, s.last_token)

    def _generic_present(self, k: int, chain: list[int]) -> bool:
        """A plain present with no date, outside the teaser and lead: what is
        generally so or keeps happening (``das Smartphone entscheidet selbst``,
        ``die Flüchtlinge gehen ihre eigenen Wege``); news reports a happening
        in a past tense, with a date, or in its lead."""
        v = self.v
        if v.sentence_of[k] in self.lead:
            return False  # headlines and leads tell the news in the present: "Merkel trifft Macron"
        head = chain[-1]
        passive = self._present_passive(k, chain)
        # a present tense alone says finite: a participle is a past, an infinitive has none ("Alles wankt"),
        # unless it has a subject of its own and no auxiliary (the plural present: "während sie steigen")
        if not passive and v.feature(head, "Tense") != "Pres" and not self._plural_present(head) \
                and not self._reported_present(head) and not self._singular_present(head):
            return False
        if self.low[head] in self.lex.preterite_forms or self.v.weak_preterite(head):
            return False  # "Die Deutschen gewannen das Spiel", "ordneten ... an", tagged as a present
        # an auxiliary of the verb, not one after a comma after it ("eintrete, aber nicht klar sei", hung on it)
        if not passive and any(v.dep(c).startswith("aux") and not (c > h and any(
                v.tokens[j].text == "," for j in range(h + 1, c))) for h in chain for c in v.children[h]):
            return False
        if any(v.pos(j) == "AUX" and v.lemma(j).lower() in ("haben", "sein", "werden")
               and not (passive and v.lemma(j).lower() == "werden") for j in self._clause_span(k) if j < k):
            return False  # "hat ... beauftragt" with the auxiliary hung elsewhere: a perfect, not a present
        return not self._dated_sentence(k, colon_side=True)

    def _present_passive(self, k: int, chain: list[int]) -> bool:
        """``werden Wälder vor allem gerodet``, ``da weitere Eier bebrütet
        werden``: a participle whose only auxiliary is ``werden`` in the present
        indicative is a present passive (with an infinitive ``werden`` would be
        a future); told with no date after the lead, what is generally done."""
        v = self.v
        if not self._participle(k):
            return False
        auxes = [c for h in chain for c in v.children[h] if v.dep(c).startswith("aux")] or self._bracket_aux(k)
        if not auxes or not all(
                v.lemma(c).lower() in self.lex.future_aux and v.feature(c, "Tense") == "Pres"
                and v.feature(c, "Mood") != "Sub" and self.low[c] not in self.lex.subjunctive_aux for c in auxes):
            return False
        # what is generally done: a bare noun or one of a kind (``werden Wälder gerodet``, ``werden alle
        # Einstellungen synchronisiert``), none (``Dann wird diskutiert``), an impersonal ``es`` or a relative
        # clause; a present passive of one thing is often what lies ahead (``Die L 35 wird gesperrt``). A
        # passive has no object: the parser's object or "mark" there is its subject
        subjects = [c for h in chain for c in v.deps_of(h, "nsubj:pass", "nsubj", "obj", "mark")
                    if v.pos(c) in ("NOUN", "PROPN", "PRON")]
        if v.dep(chain[-1]) in ("acl:relcl", "acl") or self._relative_pronoun_first(k) or self._relative_span(k):
            return True
        if any(self.low[c] == "es" for c in subjects) or self.low[v.sentences[v.sentence_of[k]].first_token] == "es":
            return True
        span = self._clause_span(k)
        if not subjects:  # a noun with no preposition before the verb, wherever the parser hung it
            subjects = [j for j in span if j < k and v.pos(j) in ("NOUN", "PROPN", "PRON") and not v.deps_of(j, "case")
                        and v.dep(j) not in ("nmod", "compound", "flat", "appos", "conj")]
        first = span[0]
        if v.pos(first) == "DET" and self.low[first] not in self.lex.generic_quantifiers:
            return False  # "Die früheren Angestellten werden ... beschuldigt": the subject first, one thing
        return all(self._kind_phrase(c) for c in subjects)

    def _kind_phrase(self, c: int) -> bool:
        """A noun with no article or with a quantifier of a kind (``Wälder``, ``alle Einstellungen``): what
        is said of it is said of a kind, not of one thing; a name or a pronoun is one, and a noun an
        adjective singles out may be (``Ähnliche Verbrechen werden X zur Last gelegt``)."""
        v = self.v
        if v.pos(c) != "NOUN" or v.mention_at[c] >= 0 or v.deps_of(c, "det:poss", "nummod", "amod"):
            return False
        return all(self.low[d] in self.lex.generic_quantifiers for d in v.deps_of(c, "det"))

    def _plural_present(self, k: int) -> bool:
        """A finite present the tagger read as an infinitive or a participle,
        with no auxiliary in its stretch of text: the infinitive's form with a
        subject of its own or as the main verb (``während sie in Österreich
        steigen``, ``dass Betriebe weniger Menschen anstellen``: the plural
        present; an infinitive needs an auxiliary), or an -ieren verb's form in
        -iert as the main verb (``Er reagiert damit auf ...``: the participle of
        these verbs has no ``ge-`` and needs an auxiliary as well)."""
        v = self.v
        form = self.low[k]
        # the infinitive's form is never a past, whatever the tagger says ("dass Betriebe weniger
        # Menschen anstellen": Mood=Ind|Tense=Past)
        # ... at the end of its clause, where a finite verb stands in a subordinate clause ("entschlossen
        # sich ... zu", before its subject, is a strong past after all)
        misread = form == v.lemma(k).lower() and form.endswith("en") and v.feature(k, "Tense") == "Past" \
            and self._clause_end(k) and not self._strong_preterite(form)
        if v.pos(k) != "VERB" or (v.feature(k, "Mood") is not None and not misread):
            return False
        if form == v.lemma(k).lower() and form.endswith("en") and (v.feature(k, "Tense") is None or misread) \
                and v.feature(k, "VerbForm") in ("Inf", None):
            if not v.deps_of(k, "nsubj") and v.dep(k) != "root":
                return False
        elif not (form.endswith("iert") and v.dep(k) == "root"
                  and v.lemma(k).lower().endswith("ieren") and v.feature(k, "Tense") in ("Past", None)):
            return False
        if k == v.sentences[v.sentence_of[k]].first_token:
            return False  # verb first: a question, an order, a condition
        # an auxiliary or a modal in its stretch, however tagged ("sollen ... Soldaten ... kämpfen"), makes it
        # an infinitive or a participle
        return not any(v.pos(j) == "AUX" or v.lemma(j).lower() in self.lex.modal_verbs
                       for j in self._clause_span(k))

    def _strong_preterite(self, form: str) -> bool:
        """A strong verb's past, alone or after a prefix or particle (``schlossen``, ``entschlossen``)."""
        pret = self.lex.preterite_forms
        stems = [form] + [form[len(p):] for p in self.lex.inseparable_prefixes + self.lex.separable_particles
                          if form.startswith(p)]
        # the plural adds "en" to the singular ("schloss" -> "schlossen")
        return any(x in pret or (x.endswith("en") and x[:-2] in pret) for x in stems)

    def _singular_present(self, k: int) -> bool:
        """``bei dem das Smartphone selbst entscheidet``: the third person
        singular present (``entscheiden`` -> ``entscheidet``) the tagger read
        as a past or a participle, at the end of a subordinate clause with a
        singular subject and no auxiliary in its stretch of text: there a
        participle needs one after it (``dass er verletzt wurde``). In a main
        clause the form of a weak verb without ``ge-`` is a participle as well
        (``verzögert``), so it is left as read."""
        v = self.v
        if v.pos(k) != "VERB" or v.feature(k, "Tense") == "Pres" or self._finite(k) and v.feature(k, "Mood") == "Sub":
            return False
        subordinate = v.pos(self._clause_span(k)[0]) == "SCONJ" or v.dep(k) == "acl:relcl" \
            or self._relative_pronoun_first(k)
        if not self._clause_end(k) or not subordinate:
            return False
        form = self.low[k]
        if form != _present(v.lemma(k).lower(), False, self.lex) or form.startswith("ge"):
            return False
        if form in self.lex.preterite_forms or v.weak_preterite(k):
            return False
        if not any(v.feature(c, "Number") == "Sing" and v.pos(c) in ("NOUN", "PROPN")
                   for c in v.deps_of(k, "nsubj", "nsubj:pass")):
            return False
        return not any(v.pos(j) == "AUX" for j in self._clause_span(k))

    def _reported_present(self, k: int) -> bool:
        """``dass die Veränderung ... seine Rechte verletze``, ``dass DiEM25 für
        Demokratie eintrete``: the Konjunktiv I present of a full verb (the
        stem with ``-e``, the infinitive less its ``n``), with no auxiliary in
        its stretch of text, reports what someone says holds; a happening is
        reported in the perfect (``habe ... verletzt``) or with a date."""
        v = self.v
        lemma = v.lemma(k).lower()
        if v.pos(k) != "VERB" or not lemma.endswith("en") or self.low[k] != lemma[:-1]:
            return False
        return not any(v.pos(j) == "AUX" or v.lemma(j).lower() in self.lex.modal_verbs
                       for j in self._clause_span(k))

    def _under_modal(self, k: int) -> bool:
        """``können Nutzer ... Anrufe annehmen, entgangene Anrufe beantworten``,
        ``deren Benzintanks ... auslaufen und in Brand geraten können``: an
        infinitive with no auxiliary of its own, under the modal that opens its
        clause or closes it (the verbal bracket), however the parser hung it:
        a possibility or a duty, no happening."""
        v, lex = self.v, self.lex
        # the infinitive's form, not finite, whatever else the tagger says ("abrufen": Tense=Past); one
        # joined to an infinitive is one too ("könne man Wasser importieren oder sich die Ozeane erschließen")
        h = v.head(k)
        joined = v.dep(k) == "conj" and h < k and v.feature(h, "VerbForm") == "Inf" and self.low[h] == v.lemma(h).lower()
        if v.pos(k) != "VERB" or (self._finite(k) and not joined) or self.low[k] != v.lemma(k).lower() \
                or any(v.dep(c).startswith("aux") for c in v.children[k]):
            return False
        modal = lex.modal_verbs - lex.schedule_modals - lex.plan_verbs  # "will ... bringen": announced
        s = v.sentences[v.sentence_of[k]]
        j = k
        while j > s.first_token:  # the modal that opens the clause, over listed infinitives
            j -= 1
            if v.pos(j) == "SCONJ" or "Rel" in (v.feature(j, "PronType") or ""):
                break
            if v.tokens[j].text == ",":
                inserted = self._inserted_clause(j)  # "Deutschland müsse die Aufgabe, die sich ... stelle, annehmen"
                if inserted is not None:
                    j = inserted
                continue
            if v.pos(j) == "AUX" or (v.pos(j) == "VERB" and self._finite(j)):
                if v.lemma(j).lower() in modal and self.low[j] not in lex.actual_modal_forms:
                    return True
                break
        for j in range(k + 1, s.last_token):  # the modal that closes a clause with its verb last
            if v.tokens[j].text in (",", ";", ":", "–") or (v.pos(j) == "VERB" and v.feature(j, "VerbForm") == "Fin"):
                break
            if v.pos(j) == "AUX":
                return v.lemma(j).lower() in modal and self.low[j] not in lex.actual_modal_forms
        return False

    def _inserted_clause(self, comma: int) -> int | None:
        """The comma before a relative clause that ends at ``comma`` (``die
        Aufgabe, die sich durch den Flüchtlingszustrom stelle, annehmen``): a
        stretch between two commas that a relative pronoun opens, with its verb
        last, is inserted in the clause around it."""
        v = self.v
        s = v.sentences[v.sentence_of[comma]]
        before = next((j for j in range(comma - 1, s.first_token - 1, -1) if v.tokens[j].text == ","), None)
        if before is None or comma - before < 3 or v.pos(comma - 1) not in ("VERB", "AUX"):
            return None
        opener = before + 2 if v.pos(before + 1) == "ADP" else before + 1
        if v.pos(opener) != "PRON" or self.low[opener] not in v.grammar.relative_pronouns:
            return None
        return before

    def _condition_consequent(self, k: int) -> bool:
        """``etwa wenn Kandidaten in Schulen gehen``, ``wenn es keine Grenze
        gibt, wird der Schengenraum zerfallen``: a clause opened by a
        conjunction of condition however the parser hung it, or the main
        clause that follows one with its finite verb first: a condition and
        its consequence, or with a past a habit (``wenn`` = whenever)."""
        v, lex = self.v, self.lex
        span = self._clause_span(k)
        if any(self.low[j] in lex.condition_marks and v.pos(j) == "SCONJ" for j in span if j < k):
            return True
        before = span[0] - 1
        s = v.sentences[v.sentence_of[k]]
        if before <= s.first_token or v.tokens[before].text != "," or v.pos(span[0]) not in ("AUX", "VERB") \
                or self._dated_sentence(k):
            return False  # "Wenn Grödig und Sturm am Samstag ... eröffnen, steht beiden ... bevor": a time
        prev = self._clause_span(before - 1)
        return any(self.low[j] in lex.condition_marks and v.pos(j) == "SCONJ" for j in prev[:2])

    def _undated_plan(self, k: int, chain: list[int]) -> bool:
        """``Sie sollen den Preis bezahlen``, ``Und dieser wird sich mit Händen
        und Füßen wehren``: an active infinitive under ``sollen`` or the future
        ``werden``, after the lead, with no time in its sentence, tells what
        someone is to do or will do (a demand, a goal, a forecast, a plot),
        no happening told ahead; a plan that is news names its time (``soll am
        16. Dezember stattfinden``, ``in den nächsten Tagen``) or stands in the
        title or lead. Not a passive (``soll ... einem Haftrichter vorgeführt werden``:
        what has been arranged for someone), nor ``soll ... geschossen haben``
        (a report of what happened), nor ``sollen`` in a sentence that names its
        source (``Schätzungen zufolge sollen ... kämpfen``: the reportative
        ``sollen`` of German grammars, what is said to go on)."""
        v, lex = self.v, self.lex
        # the infinitive by its tag or its form ("Davon soll die Wirtschaft profitieren": tagged finite)
        infinitive = self._infinitive(k) or (v.pos(k) == "VERB" and self.low[k] == v.lemma(k).lower()
                                             and self.low[k].endswith("n"))
        if v.sentence_of[k] <= max(self.lead, default=len(v.sentences)) or not infinitive \
                or self._timed_sentence(k):
            return False  # the title and the lead, short lines among them, tell the news ahead
        if any(v.lemma(c).lower() in ("haben", "sein") for h in chain for c in v.deps_of(h, "aux")):
            return False  # a perfect infinitive: "soll ... geschossen haben" reports a past
        # the auxiliary of the first conjunct is shared ("soll er seinen Nachfolger einführen und ... unterstützen")
        auxiliaries = {v.lemma(c).lower() for h in chain if self._infinitive(h) or h == k
                       for c in v.children[h] if v.dep(c) == "aux"}
        if auxiliaries & lex.schedule_modals and not auxiliaries & lex.future_aux:
            s = v.sentences[v.sentence_of[k]]
            if any(t in self.sourced for t in range(s.first_token, s.last_token)):
                return False  # "Schätzungen zufolge sollen ... kämpfen": a source named, what is said to go on
        return bool(auxiliaries & (lex.future_aux | lex.schedule_modals))

    def _timed_sentence(self, k: int) -> bool:
        """A time named anywhere in the sentence of ``k``, a vague one ahead
        too (``in den nächsten Tagen``, ``künftig``), not a vague "now"
        (``derzeit``: PRESENT_REF)."""
        v = self.v
        s = v.sentences[v.sentence_of[k]]
        return any(v.timex_at[t] >= 0 and v.timexes[v.timex_at[t]].type in ("DATE", "TIME", "DURATION")
                   and v.timexes[v.timex_at[t]].value != "PRESENT_REF" for t in range(s.first_token, s.last_token))

    def _finite(self, k: int) -> bool:
        """A finite verb by its tag, or by its mood where the tagger left out
        the verb form (``produzieren``: ``Mood=Ind|Tense=Pres``): only a finite
        verb has a mood."""
        form = self.v.feature(k, "VerbForm")
        return form == "Fin" or (form is None and self.v.feature(k, "Mood") is not None)

    def _dated_sentence(self, k: int, colon_side: bool = False) -> bool:
        """A date or time named anywhere in the sentence of ``k``; not a vague
        "now" or "before" (``aktuell``, ``derzeit``: PRESENT_REF), which dates
        a state as well as a happening. With ``colon_side``, only on the side of a colon that ``k`` is on:
        ``Ankara ereilen schlechte Nachrichten: ... wurde Mittwoch ... verübt`` dates what follows the colon,
        words of their own, not the line that announces them."""
        v = self.v
        s = v.sentences[v.sentence_of[k]]
        first, last = s.first_token, s.last_token
        if colon_side:
            colons = [t for t in range(first, last) if v.tokens[t].text == ":"]
            first = max([t + 1 for t in colons if t < k], default=first)
            last = min([t for t in colons if t > k], default=last)
        return any(v.timex_at[t] >= 0 and v.timexes[v.timex_at[t]].type in ("DATE", "TIME")
                   and not (v.timexes[v.timex_at[t]].value or "").endswith("_REF")
                   for t in range(first, last))

    def _reported_mood(self, k: int) -> bool:
        """Konjunktiv I that continues a report without a new frame (``Er sei
        festgenommen worden``): a sentence of reported speech, not a wish."""
        v = self.v
        si = v.sentence_of[k]
        return si > 0 and any(self._speech(j) for j in range(v.sentences[si - 1].first_token,
                                                              v.sentences[si - 1].last_token))

    def _nicht_nur(self, c: int) -> bool:
        return c + 1 < len(self.low) and self.low[c + 1] in ("nur", "zuletzt", "erst")

    def _conj_chain(self, k: int) -> list[int]:
        """``k`` and the verbs it is coordinated with (by ``und``, ``oder``), up
        to the first (which holds the shared subject and auxiliaries). A clause
        the parser joins without a conjunction is another clause: ``erklärte,
        Putin habe ... telefoniert``."""
        chain = [k]
        v = self.v
        while v.dep(chain[-1]) == "conj" and v.head(chain[-1]) != chain[-1] and len(chain) < 6 \
                and v.deps_of(chain[-1], "cc"):
            h = v.head(chain[-1])
            if v.pos(h) not in ("VERB", "AUX"):
                break
            chain.append(h)
        return chain

    def _reporting_verb(self, k: int) -> int | None:
        """The speech verb whose reported clause holds ``k``, if any: its head
        (``erklärte, Putin habe ...``) or a frame the parser hung below it
        (``..., sagte er``)."""
        v = self.v
        for h in self._conj_chain(k):
            for c in v.deps_of(h, "parataxis"):
                if self._speech(c) and c > h:
                    return c
        j = self._conj_chain(k)[-1]
        for _ in range(4):
            h = v.head(j)
            if h == j:
                return None
            if (v.dep(j) in ("ccomp", "parataxis", "advcl") or (v.dep(j) == "conj" and not v.deps_of(j, "cc"))
                    or (v.dep(j) in ("acl", "acl:relcl") and not self._relative(j))) and self._speech(h):
                return h
            if v.pos(h) in ("VERB", "AUX") and v.dep(j) not in ("conj", "parataxis"):
                return None
            for c in v.deps_of(h, "parataxis"):  # "..., berichtete KCNA" hung on a word above
                if c > k and self._speech(c):
                    return c
            j = h
        return None

    def _letter_written(self, k: int) -> bool:
        """``schrieb einen Brief``, ``schrieb an X``: a letter; ``schreibt, ...`` is a saying."""
        v, lex = self.v, self.lex
        if any(self._event_noun(c) == "letter" for c in v.children[k]):
            return True
        return any(self._case(c) in lex.recipient_preps for c in v.deps_of(k, "obl", "obl:arg"))

    def _relative(self, k: int) -> bool:
        """Whether the clause of ``k`` opens with a relative pronoun (a real relative clause)."""
        v = self.v
        first = min(self._clause_tokens(k))
        return self.low[first] in v.grammar.relative_pronouns or (
            first > 0 and v.pos(first) == "ADP" and self.low[first + 1] in v.grammar.relative_pronouns)

    def _relative_pronoun_first(self, k: int) -> bool:
        """A clause the parser did not mark as relative that opens, right after
        a comma, with a relative pronoun (``, in dem es zu ... kommt``); an
        article (``, den Ausgleich``) is no pronoun."""
        v = self.v
        tokens = [t for t in self._clause_tokens(k) if v.pos(t) != "PUNCT"]
        if not tokens:
            return False
        first = tokens[0]
        pronoun = first + 1 if v.pos(first) == "ADP" else first
        if pronoun >= len(self.low) or v.pos(pronoun) != "PRON" or \
                self.low[pronoun] not in v.grammar.relative_pronouns:
            return False
        return first > 0 and v.tokens[first - 1].text == ","

    def _relative_span(self, k: int) -> bool:
        """The stretch of text around ``k`` opens, right after a comma, with a
        relative pronoun, alone or after a preposition (``, der links oben ...
        angezeigt wird``, ``, aus der Bürger Bücher ausleihen``): a relative
        clause however the parser hung its words."""
        v = self.v
        span = self._clause_span(k)
        first = span[0]
        if first <= v.sentences[v.sentence_of[k]].first_token or v.tokens[first - 1].text != ",":
            return False
        pronoun = first + 1 if v.pos(first) == "ADP" else first
        return pronoun < k and v.pos(pronoun) == "PRON" and self.low[pronoun] in v.grammar.relative_pronouns \
            and "Rel" in (v.feature(pronoun, "PronType") or "")

    def _speech(self, k: int) -> bool:
        lex = self.lex
        return self.v.pos(k) in ("VERB", "AUX", "ADV") and (
            self.predicate_lemma(k) in lex.speech_verbs or self.v.lemma(k).lower() in lex.speech_verbs)

    def _planned(self, k: int) -> bool:
        h = self.v.head(k)
        return self.predicate_lemma(h) in self.lex.plan_verbs

    def _occasion_of(self, k: int) -> int | None:
        """The occasion noun of a saying (``in einer Rede``, ``bei einem Treffen``)
        anywhere in its clause (the parser may hang it on the subject)."""
        v, lex = self.v, self.lex
        for c in self._clause_tokens(k):
            if c != k and v.pos(c) in ("NOUN", "PROPN") and self._case(c) in lex.occasion_preps and (
                    v.lemma(c) in lex.occasion_nouns or self._compound_head(v.lemma(c), lex.occasion_nouns)):
                return c
        return None

    def _to_the_press(self, k: int) -> bool:
        """A saying addressed to the press (``sagte gegenüber der Presse``,
        ``gegenüber einem Nachrichtenportal berichtete``): an interview, news in itself."""
        v, lex = self.v, self.lex
        span = self._clause_span(k)  # read from the words: the parser may make the preposition a head
        for j in span:
            if self.low[j] not in lex.press_preps:
                continue
            for c in range(j + 1, min(j + 4, span[-1] + 1)):
                mi = v.mention_at[c]
                if v.pos(c) in ("NOUN", "PROPN") and (
                        v.lemma(c) in lex.media_nouns or self._compound_head(v.lemma(c), lex.media_nouns)
                        or (mi >= 0 and v.mentions[mi].label in ("ORG", "MISC"))):
                    return True
                if v.pos(c) in ("NOUN", "PROPN", "VERB", "AUX"):
                    break
        return False

    def _governing_clause(self, k: int) -> int | None:
        """The verb whose clause a noun stands in."""
        v = self.v
        j = k
        for _ in range(8):
            h = v.head(j)
            if h == j:
                return j if j != k else None  # the sentence's root, whatever its tag
            if v.pos(h) in ("VERB", "AUX"):
                return h
            j = h
        return None

    def _institution_subject(self, k: int) -> bool:
        v, lex = self.v, self.lex
        subject = v.subject(k)
        if subject is None:
            return False
        if self.low[subject] in lex.place_forms or v.lemma(subject) in lex.institution_nouns:
            return True
        # the subject's own phrase: not a channel hung below it ("Anwältin ... laut der Agentur ČTK")
        return any(v.mentions[mi].label in ("ORG", "LOC") for mi in v.mentions_in(self._core(subject)))
