"""When and where (``chronik.extract.events``): the place mention in a place phrase of the clause; the
date of a time expression inside the clause (not one that only bounds it), else the date the text ties it
to or, for the news in the lead, the publication date; the status (``announced`` for a future, a
schedule, a plan or a date after publication) and the source the happening is reported by (``via``);
with ``date_range``, the days a TIMEX3 date value covers."""
from __future__ import annotations

from datetime import date as _date
from datetime import timedelta

from chronik.extract.event_labels import _present
from chronik.extract.event_participants import CLAUSE_RELATIONS, PARTICIPATION_TYPES
from chronik.extract.event_predicates import _Event


class TimePlaceReading:
    """The place, date, status and source of an event."""

    def _place(self, e: _Event) -> str | None:
        v, lex = self.v, self.lex
        heads = [e.k] if e.clause == e.k else [e.k, e.clause]
        if e.kind == "verb":  # "gab die Festnahme in Manila bekannt": a phrase the parser hung on the particle
            heads += [p for p in self._particles(e.k) if v.dep(p) not in ("compound:prt", "case")]
        if e.kind == "noun":  # "bei der Vorlage seines Berichts in Genf": a phrase hung on the noun's genitive
            heads += self._bare_genitives(e.k)
        for h in heads:
            for c in v.children[h]:
                if v.dep(c) in ("obl", "nmod", "advmod") and self._case(c) in lex.place_preps \
                        and not self._sequence_phrase(c):
                    for mi in v.mentions_in(self._core(c) + [t for t in v.subtree(c, CLAUSE_RELATIONS)]):
                        if v.mentions[mi].label == "LOC" and not self._prenominal(v.mentions[mi]) \
                                and not self._opponent(v.mentions[mi]):
                            m = v.mentions[mi]
                            # "bei der zweiten Station in Holguin": a place in a phrase of its own inside
                            # the phrase keeps its own preposition ("in Holguin", not "bei Holguin")
                            own = next((self._case(t) for t in range(v.token_at(m.start), v.token_at(m.end))
                                        if t != c and self._case(t) in lex.place_preps), None)
                            prep = own or self._case(c)
                            e.place_prep = self._label_place_prep(prep, m)
                            return self._nominative_place(m.text)
                    town = next((lex.city_adjectives[self.low[a]] for a in v.children[c] if a < c
                                 and v.dep(a) == "amod" and self.low[a] in lex.city_adjectives
                                 and v.tokens[a].text[:1].isupper()), None)
                    if town and self._one_place(c):  # "in der Belgrader Innenstadt": in that town
                        e.place_prep = "in"
                        return town
        if e.kind == "noun":  # "die Pekinger Weltfrauenkonferenz", "bei den französischen Regionalwahlen"
            for c in v.children[e.k]:
                if c < e.k and v.dep(c) == "amod":
                    place = (lex.city_adjectives.get(self.low[c]) if v.tokens[c].text[:1].isupper() else None) or (
                        lex.demonym_forms.get(self.low[c]) if e.type in lex.place_adjective_types else None)
                    if place:
                        e.place_prep = "in"
                        return place
        if e.kind == "verb":  # a place phrase the parser hung on another word of the clause
            nested = {t for c in v.children[e.k] if self._sequence_phrase(c) for t in v.subtree(c)}
            for t in self._clause_tokens(e.k):
                if t in nested:  # "vor einem Treffen ... in Alaska": that meeting's place
                    continue
                if v.pos(t) == "PROPN" and self._case(t) in lex.place_preps and v.mention_at[t] >= 0:
                    m = v.mentions[v.mention_at[t]]
                    if m.label == "LOC" and not self._event_noun(v.head(t)) and not self._prenominal(m):
                        e.place_prep = self._label_place_prep(self._case(t), m)
                        return self._nominative_place(m.text)
            # last, where the thing it was done to lies: "hatten den Stützpunkt im Norden Jemens überrannt"
            for o in v.deps_of(e.k, "obj"):
                for c in v.deps_of(o, "nmod"):
                    if self._case(c) not in lex.place_preps or self._event_noun(o) is not None:
                        continue
                    for mi in v.mentions_in(v.subtree(c, CLAUSE_RELATIONS)):
                        m = v.mentions[mi]
                        if m.label == "LOC" and not self._prenominal(m) and not self._opponent(m):
                            e.place_prep = self._label_place_prep(self._case(c), m)
                            return self._nominative_place(m.text)
        return None

    def _label_place_prep(self, prep: str | None, m) -> str:
        """The preposition a label writes before the place ``m``: the one the text has, one of the lexicon's
        (``nach Syrien``, ``bei Raqqa``), else ``in``; ``an``/``am`` only where it opens the place's own
        phrase (``am Westbahnhof``, ``an der Grenze``, over its article and adjectives), not a phrase the
        place is nested in (``am Rande des Gipfels in Bulgarien``) nor the inside of its name (``Bruck an
        der Leitha``)."""
        v = self.v
        if prep not in self.lex.label_place_preps:
            return "in"
        if prep not in self.lex.bordering_place_preps:
            return prep
        j = v.token_at(m.start) - 1
        while j > 0 and v.pos(j) in ("DET", "ADJ") and v.mention_at[j] < 0:
            j -= 1
        return prep if j >= 0 and self.low[j] == prep else "in"

    def _one_place(self, c: int) -> bool:
        """``in der Belgrader Innenstadt``, ``im Wiener Rathaus``: a phrase with
        the definite article (or a preposition fused with it) names one place;
        ``bei vielen Wiener Sportvereinen`` names a kind."""
        v, lex = self.v, self.lex
        return any(self.low[d] in lex.definite_articles for d in v.deps_of(c, "det")) or any(
            self.low[d] in lex.fused_preps for d in v.deps_of(c, "case"))

    def _bare_genitives(self, k: int) -> list[int]:
        """The genitive nouns after an event noun that name no one (``die
        Vorlage seines Berichts``, ``der Start des Dienstes``)."""
        v = self.v
        return [c for c in v.children[k] if c > k and v.dep(c) == "nmod" and self._case(c) is None
                and v.pos(c) == "NOUN" and v.mention_at[c] < 0]

    def _place_in_genitive(self, k: int) -> bool:
        """Whether the place of an event noun is a phrase on its genitive, no
        phrase of its own (``Start des Dienstes in Australien``)."""
        v, lex = self.v, self.lex
        if any(self._case(c) in lex.place_preps for c in v.children[k]):
            return False
        return any(self._case(c) in lex.place_preps for g in self._bare_genitives(k) for c in v.children[g])

    def _nominative_place(self, text: str, named: bool = True) -> str:
        """A place name in its genitive (``in der Hauptstadt Monacos``,
        ``im Norden Syriens``) as the place: the name without the ending, where
        the lexicon knows it as that place (``Paris`` stays) and, for the place
        itself (``named``), where the article has that name, which the linker
        knows; a label writes it anyway."""
        base = self.lex.place_forms.get(text.lower())
        if base and text.endswith("s") and base.lower() == text[:-1].lower() and (not named or base in self.named):
            return base
        return text

    def _opponent(self, mention) -> bool:
        """``am Samstag gegen Schweden``: a name with a preposition of its own
        that directs the happening at it is a party, not the place."""
        v = self.v
        return any(self._case(t) in self.lex.opponent_preps
                   for t in range(v.token_at(mention.start), v.token_at(mention.end)))

    def _sequence_phrase(self, c: int) -> bool:
        """``vor einem Treffen in Alaska``: another happening before or after
        this one; its place is not this one's (``bei einem Besuch in X`` is)."""
        return self._case(c) in self.lex.sequence_preps and self._event_noun(c) is not None

    def _prenominal(self, mention) -> bool:
        """A name that modifies a noun after it (``Russlands Präsident``,
        ``Nordkoreas Machthaber``): a possessor, not the place of the phrase."""
        v = self.v
        last = v.token_at(mention.end) - 1
        head = v.head(last)
        if head > last and v.pos(head) in ("NOUN", "PROPN") and v.mention_at[head] != v.mention_at[last]:
            return True
        # a genitive "-s" right before a noun, however it was parsed ("Nordkoreas Machthaber")
        nxt = last + 1
        return (self.low[last].endswith("s") and nxt < len(self.low) and v.sentence_of[nxt] == v.sentence_of[last]
                and v.pos(nxt) in ("NOUN", "PROPN") and v.mention_at[nxt] != v.mention_at[last])

    def _clause_tokens(self, k: int) -> list[int]:
        return self.v.subtree(k, CLAUSE_RELATIONS)

    def _own_date(self, k: int, targets: bool = True) -> int | None:
        """The date expression of an event's own clause or phrase: not one that
        only bounds it (``seit 1976``, ``bis März``), not one that dates an
        event noun inside the clause (``die Wiedereinführung 1976``), and none
        when the clause names a span of two dates (``zwischen dem 25. Oktober
        und dem 15. März``). Without ``targets``, not the time a thing set up in
        a past clause is meant for (``hat für Montag zu einer Sitzung geladen``)."""
        v, lex = self.v, self.lex
        found: dict[int, int] = {}
        targets = targets or not self._told_as_past_clause(k)
        tokens = self._clause_tokens(k)
        if v.pos(k) in ("VERB", "AUX"):  # "gab die Festnahme gestern bekannt": a date the parser hung on the particle
            tokens = tokens + self._particle_phrases(k, tokens)
        elif v.pos(k) == "NOUN":  # "nach der Landtagswahl am 31. August", the date parsed as a conjunct
            tokens = sorted(tokens + [t for c in v.deps_of(k, "conj") if v.timex_at[c] >= 0
                                      for t in v.subtree(c, CLAUSE_RELATIONS)])
        later = [x for x in v.deps_of(k, "xcomp", "conj") if x > k and self._zu_infinitive(x)]
        bracket = max([k] + self._particles(k)) if later and v.pos(k) == "VERB" else len(self.low)
        for t in tokens:
            ti = v.timex_at[t]
            if ti < 0 or not self.timex_values[ti] or ti in found:
                continue
            if any(bracket < t < x for x in later):
                continue  # "hat angekündigt, die Preise ab 1. Oktober zu erhöhen": the infinitive's date
            if self._bound(ti, k):
                self.bounded.add(k)
                continue
            if self._dates_other_noun(t, k):
                continue
            if not targets and self._target_date(ti):
                continue
            found[ti] = t
        if not found:
            return None
        if any(self._coordinated_date(ti) for ti in found):
            return None  # "in den Jahren 2009 und 2010", the second date hung elsewhere by the parser
        if len({self.timex_values[ti] for ti in found}) > 1 and any(
                self.low[j] in lex.span_words for j in range(min(found.values()), max(found.values()))):
            return None
        return self._narrowed(min(found, key=lambda ti: (abs(found[ti] - k), ti)), found)

    def _coordinated_date(self, ti: int) -> bool:
        """A date joined to the next one by ``und`` or ``oder`` (``2009 und 2010``, ``Ende 2010 oder
        Anfang 2011``), or by a slash (``im Geschäftsjahr 2010/2011``, the written form of a year that
        runs over two calendar years): two times, or either, no one date."""
        v = self.v
        if self.lex.two_calendar_years and self.lex.two_calendar_years.search(v.timexes[ti].text):
            return True  # "in der Saison 2010/11" read as one time
        nxt = ti + 1
        if nxt < len(v.timexes) and v.text[v.timexes[ti].end:v.timexes[nxt].start] == "/" \
                and self.timex_values[ti] and self.timex_values[nxt]:
            return True
        after = v.token_at(v.timexes[ti].end)
        if after + 1 >= len(self.low) or self.low[after] not in self.lex.span_words or self.low[after] == "bis":
            return False
        tj = v.timex_at[after + 1]
        return tj >= 0 and tj != ti and bool(self.timex_values[tj]) and self.timex_values[tj] != self.timex_values[ti]

    def _target_date(self, ti: int) -> bool:
        """A date after ``für`` (``für Montag``): the time a thing is meant for."""
        first = self.v.token_at(self.v.timexes[ti].start)
        return first > 0 and self.low[first - 1] in self.lex.target_preps or self.low[first] in self.lex.target_preps

    def _told_as_past_clause(self, k: int) -> bool:
        """A verb's clause told in the present perfect or the simple past."""
        v = self.v
        if v.pos(k) not in ("VERB", "AUX"):
            return False
        past = v.feature(k, "Tense") == "Past" or self.low[k] in self.lex.preterite_forms or v.weak_preterite(k)
        return self._told_as_news(k) or (past and not self._participle(k) and not any(
            v.dep(c).startswith("aux") for c in v.children[k]))

    def _look_back_span(self, k: int) -> bool:
        """A clause with a span of days or more counted back from the time of speaking (``in den
        vergangenen zehn Tagen hat der Preis zugelegt``): what went on across it has no one day."""
        v = self.v
        for t in self._clause_tokens(k):
            ti = v.timex_at[t]
            if ti < 0 or v.timexes[ti].type != "DURATION" or v.token_at(v.timexes[ti].start) != t:
                continue
            value = v.timexes[ti].value or ""
            if "T" in value or not value.startswith("P"):
                continue  # "in den letzten Stunden": within the day
            if any(w.lower() in self.lex.look_back_words for w in v.timexes[ti].text.split()):
                return True
        return False

    def _date_of_clause_on_date(self, k: int) -> int | None:
        """The date a ``wenn`` or ``als`` clause follows, after its comma, whatever the parser hung the
        clause on (``größer als am 4. Juli, wenn die Erde den erdfernsten Punkt passiert``)."""
        v = self.v
        marks = [c for c in v.deps_of(k, "mark") if self.low[c] in self.lex.date_clause_marks]
        if not marks or marks[0] < 2 or min(v.subtree(k)) < marks[0] - 1 or self.low[marks[0] - 1] != ",":
            return None
        ti = v.timex_at[marks[0] - 2]
        if ti < 0 or not self.timex_values[ti] or v.sentence_of[marks[0] - 2] != v.sentence_of[k]:
            return None
        return None if self._bound(ti, k) else ti

    def _particle_phrases(self, k: int, tokens: list[int]) -> list[int]:
        """What the parser hung on the separated particle of ``k`` outside its clause tokens (once per verb)."""
        got = self.particle_phrases.get(k)
        if got is None:
            inside = set(tokens)
            got = [t for p in self._particles(k) if p not in inside for t in self._clause_tokens(p)]
            self.particle_phrases[k] = got
        return got

    def _zu_infinitive(self, x: int) -> bool:
        """An infinitive with ``zu`` (``zu erhöhen``, ``anzuheben``)."""
        v = self.v
        return any(self.low[c] == "zu" for c in v.deps_of(x, "mark")) or (
            x > 0 and self.low[x - 1] == "zu") or "zu" in self.low[x][2:-3]

    def _extraposed_date(self, k: int) -> int | None:
        """The date of a ``zu``-infinitive after its verb's closing participle
        (``hat angekündigt, die Preise ab 1. Oktober zu erhöhen``) that the
        parser hung on that verb: what stands between them is the infinitive's."""
        v = self.v
        if v.dep(k) not in ("xcomp", "conj") or not self._zu_infinitive(k):
            return None
        h = v.head(k)
        if not h < k or v.pos(h) != "VERB":
            return None
        bracket = max([h] + self._particles(h))
        own = set(self._clause_tokens(k))
        dated = [(t, v.timex_at[t]) for t in self._clause_tokens(h) if bracket < t < k and t not in own
                 and v.timex_at[t] >= 0 and self.timex_values[v.timex_at[t]]]
        dated = [(t, ti) for t, ti in dated if not self._bound(ti, h)]
        return dated[-1][1] if dated else None

    def _bound(self, ti: int, k: int) -> bool:
        """A date that only bounds the happening: after ``seit``, ``bis`` or
        ``bis zum`` (``noch bis zum 15. März geöffnet``), the start of a span
        (``2003 bis 2008``), or inside a phrase that ``seit`` opens (``seit der
        Wiedereinführung der Todesstrafe 1976``)."""
        v, bound = self.v, self.lex.bound_preps
        first = v.token_at(v.timexes[ti].start)
        after = v.token_at(v.timexes[ti].end)
        before = self.low[max(0, first - 2):first]
        if self.low[first] in bound or (before and before[-1] in bound):
            return True
        outer = self.lex.outer_bound_preps
        if before and before[-1] in outer and v.pos(first - 1) == "ADP" \
                and not (len(before) == 2 and before[0] in self.lex.near_words):
            return True  # "vor 1970 erworben", not "kurz vor Mitternacht"
        if len(before) == 2 and before[0] in outer and v.pos(first - 2) == "ADP" and v.pos(first - 1) == "DET":
            return True  # "nach dem 3. März"
        if len(before) == 2 and before[0] in bound and before[1] in self.lex.fused_preps:
            return True
        if after < len(self.low) and self.low[after] in self.lex.range_marks \
                and v.sentence_of[after] == v.sentence_of[first]:
            return True
        return self._in_bound_phrase(first, k)

    def _in_bound_phrase(self, t: int, k: int) -> bool:
        """Whether a noun phrase between ``t`` and its clause's verb ``k`` opens
        with ``seit``, ``bis``: the date is that happening's bound."""
        v, j = self.v, t
        for _ in range(6):
            h = v.head(j)
            if h == j or h == k:
                return False
            if self._case(h) in self.lex.bound_preps and self.v.timex_at[h] < 0:
                return True  # a happening's phrase, not the date's own ("seit dem 23. März")
            j = h
        return False

    def _narrowed(self, ti: int, found: dict[int, int]) -> int:
        """``letzte Woche am 23.02.2005``: a later date of the clause inside
        the span of the one chosen, in the same stretch of the clause (no verb
        between them), says which day of it."""
        outer = date_range(self.timex_values[ti])
        for tj, t in sorted(found.items(), key=lambda item: item[1]):
            inner = date_range(self.timex_values[tj])
            if t > found[ti] and _inside(inner, outer) and not any(
                    self.v.pos(j) in ("VERB", "AUX") for j in range(found[ti], t)):
                return tj  # not across a verb: "des 1849 verstorbenen ... wird ... am 19. Januar besucht"
        return ti

    def _sentence_date(self, e: _Event, si: int, events: list[_Event]) -> int | None:
        """The one date of a sentence, when the parser left it outside every
        clause of the sentence's events (``Putin und Kim hätten am Dienstag in
        einer "herzlichen Atmosphäre" telefoniert``)."""
        v = self.v
        s = v.sentences[si]
        reporting = self._reporting_verb(e.clause)
        frame = set(self._clause_tokens(reporting)) if reporting is not None else set()
        dated = {v.timex_at[t] for t in range(s.first_token, s.last_token)
                 if v.timex_at[t] >= 0 and self.timex_values[v.timex_at[t]] and t not in frame}
        if len(dated) != 1:
            return None
        ti = next(iter(dated))
        t = v.token_at(v.timexes[ti].start)
        if t > e.k or self._bound(ti, e.clause) or (self._target_date(ti) and self._told_as_past_clause(e.k)):
            return None
        for other in events:
            if other is not e and v.sentence_of[other.k] == si and t in self._clause_tokens(other.clause):
                return None
        return ti

    def _dates_other_noun(self, t: int, k: int) -> bool:
        """Whether the date at ``t`` hangs on an event noun other than ``k``."""
        v = self.v
        j = t
        for _ in range(6):
            h = v.head(j)
            if h == j or h == k:
                return False
            if h != k and v.pos(h) == "NOUN" and self._event_noun(h) and v.timex_at[h] < 0:
                # "Auf der Sitzung am 21. Juni wurde X gewählt": the occasion's date is the clause's
                return not (v.head(h) == k and self._case(h) in self.lex.occasion_date_preps)
            j = h
        return False

    def _date_and_status(self, e: _Event, si: int, events: list[_Event]) -> None:
        v, lex = self.v, self.lex
        ti = self._own_date(e.k, targets=e.kind != "verb")
        if ti is None and e.kind == "verb":
            ti = self._attribute_date(e.k)  # "die 1936 erbaute Villa", the year hung elsewhere by the parser
        if ti is None and e.clause != e.k:
            ti = self._own_date(e.clause)
        if ti is None:
            for h in self._conj_chain(e.clause)[1:]:
                ti = self._own_date(h)
                if ti is not None:
                    break
        if ti is None and e.kind == "noun" and v.dep(e.k) in ("nsubj", "nsubj:pass") and v.head(e.k) != e.k:
            ti = self._own_date(v.head(e.k))  # "Ein Schneesturm hat am 1. Dezember zu Stromausfällen geführt"
        if ti is None and e.kind == "verb":
            ti = self._extraposed_date(e.k)
        if ti is None and e.kind == "verb":
            ti = self._date_of_clause_on_date(e.k)
        if ti is None and e.kind == "verb":
            ti = self._sentence_date(e, si, events)
        if ti is not None:
            e.date, e.date_basis = self.timex_values[ti], "text"
        e.status = "announced" if self._announced(e) else "happened"
        if e.date is None:
            e.date, e.date_basis = self._referred_date(e, si, events)
        if e.date is None:
            first = v.sentences[si].first_token
            if self.low[first] in lex.dabei_words or (first + 1 < len(self.low) and self.low[first + 1] in
                                                      lex.dabei_words and v.pos(first) in ("AUX", "VERB")):
                prev = [x for x in events if v.sentence_of[x.k] < si and x.date]
                if prev:
                    e.date, e.date_basis = prev[-1].date, prev[-1].date_basis
        if e.date is None and e.status == "happened" and self.published and si in self.lead \
                and not self._background(e) and e.k not in self.bounded and e.clause not in self.bounded \
                and not (e.kind == "verb" and self._relative_clause(e.k)) and not self._look_back_span(e.clause) \
                and (self._told_as_news(e.clause) or self._occasion_of_saying(e)):
            e.date, e.date_basis = self.published, "published"
        if e.date and self.published and e.date_basis == "text" and e.date[:10] > self.published \
                and len(e.date) >= 10:
            if ti is not None and self._weekday_only(ti) and e.status == "happened" and self._told_as_past(e):
                # "Am Samstag gewannen die deutschen Damen": a weekday told in the past is the last one
                e.date = (_date.fromisoformat(e.date[:10]) - timedelta(days=7)).isoformat() + e.date[10:]
            else:
                e.status = "announced"

    def _told_as_news(self, k: int) -> bool:
        """A clause told as the news of the day: the present perfect in the
        indicative (``hat ... vorgelegt``, ``ist ... abgesagt worden``), the
        tense German news uses for a fresh report with no time named. A simple
        past (``wurde verurteilt``, ``gründeten``) narrates, a present
        (``stellt``, ``erfolgt``) tells a state or a habit, a Konjunktiv or a
        modal (``habe verwendet``, ``soll ... geführt haben``) reports a claim:
        none of them dates a happening to the publication day."""
        v = self.v
        head = self._conj_chain(k)[-1]
        auxes = v.deps_of(head, "aux", "aux:pass") or self._bracket_aux(head)
        if v.dep(head) == "xcomp" and not v.deps_of(head, "mark") and v.lemma(v.head(head)).lower() == "haben":
            auxes = auxes + [v.head(head)]  # "hat ... angehoben" parsed as "haben" with a complement
        if any(v.lemma(a).lower() not in ("haben", "sein", "werden") for a in auxes):
            return False  # a modal: "soll ... gestellt haben"
        if auxes and all(v.lemma(a).lower() == "sein" for a in auxes) and self._participle(head) and not (
                self.predicate_lemma(head) in v.grammar.sein_perfect or v.lemma(head).lower() in v.grammar.sein_perfect):
            return False  # "Wegen Raubes sind fünf Männer angeklagt": a verb whose perfect takes "haben" is,
            # with "sein", the state passive (Duden: Zustandspassiv), a state, not the news of the day
        subordinate = bool(v.deps_of(head, "mark"))  # "..., nachdem er gestorben ist"
        return any(v.lemma(a).lower() in ("haben", "sein") and v.feature(a, "Tense") == "Pres"
                   and v.feature(a, "Mood") != "Sub" and (a < head or subordinate) for a in auxes)

    def _weekday_only(self, ti: int) -> bool:
        """A time expression that names a weekday and no calendar date (``am Samstag``)."""
        words = [w.strip(".,;:()").lower() for w in self.v.timexes[ti].text.split()]
        return any(w in self.lex.weekdays for w in words) and not any(ch.isdigit() for ch in self.v.timexes[ti].text)

    def _told_as_past(self, e: _Event) -> bool:
        """A verb told in the simple past or the present perfect (``hat ... angekündigt``; ``gewannen``,
        a strong preterite, whatever the tagger says)."""
        if e.kind != "verb":
            return False
        return self._simple_past(e) or self._told_as_news(e.k) or self.low[e.k] in self.lex.preterite_forms

    def _occasion_of_saying(self, e: _Event) -> bool:
        """A meeting, call, letter, visit or statement the lead names as the
        occasion of its clause (``sagte Putin bei einem Treffen mit Kim``, ``In
        einer Neujahrsbotschaft an Putin beschwört Kim ...``): the news the
        article opens with, whatever the tense of the clause."""
        return e.kind == "noun" and e.type in PARTICIPATION_TYPES and (
            (e.clause != e.k and self._speech(e.clause)) or self._case(e.k) in self.lex.occasion_preps)

    def _referred_date(self, e: _Event, si: int, events: list[_Event]) -> tuple[str | None, str | None]:
        """The date of an undated happening that the text ties to one told
        before: ``kurz darauf``, ``anschließend`` (the day of the happening
        before), ``damals`` (the date named in the two sentences before), a
        plain past in the lead that goes on from a dated lead sentence."""
        span = self._clause_span(e.clause)
        before = [x for x in events[:events.index(e)] if x.date] if e in events else []
        if self._past_clause(e.clause) and self._after_sequence_adverb(span) and before:
            return before[-1].date, before[-1].date_basis
        if any(self.low[j] in self.lex.back_references for j in span):
            ti = self._date_named_before(e.k, si)
            return (self.timex_values[ti], "text") if ti is not None else (None, None)
        if si in self.lead and self._simple_past(e):
            dated = [x for x in before if self.v.sentence_of[x.k] < si and self._told_day(x)]
            if dated and self.v.sentence_of[dated[-1].k] in self.lead:
                return dated[-1].date, "text"
        if si in self.lead and self._past_passive(e) and not self._relative_clause(e.k):
            # a passive goes on only from the sentence right before ("explodierte am Samstag ... Zwei
            # Menschen wurden getötet"), as the toll or the outcome of what it told
            dated = [x for x in before if self.v.sentence_of[x.k] == si - 1 and self._told_day(x)]
            if dated:
                return dated[-1].date, "text"
        return None, None

    def _past_passive(self, e: _Event) -> bool:
        """A participle with the simple past of the passive ``werden`` and no other auxiliary (``Zwei
        Menschen wurden getötet und drei verletzt``): narration, as the simple past is (Duden: Passiv,
        Präteritum); not the pluperfect ``waren ... getötet worden``."""
        v = self.v
        if e.kind != "verb" or not self._participle(e.k):
            return False
        head = self._conj_chain(e.k)[-1]
        auxes = v.deps_of(head, "aux", "aux:pass")
        return len(auxes) == 1 and v.dep(auxes[0]) == "aux:pass" and v.lemma(auxes[0]).lower() == "werden" \
            and v.feature(auxes[0], "Tense") == "Past"

    def _past_clause(self, k: int) -> bool:
        """A clause told in a past tense: its auxiliary, or with none the verb
        itself, is a past form (``erlag kurz darauf``; not ``danach werden ... beraten``)."""
        v = self.v
        head = self._conj_chain(k)[-1]
        finite = v.deps_of(head, "aux", "aux:pass") or [head]
        return v.feature(finite[0], "Tense") == "Past"

    @staticmethod
    def _told_day(x: _Event) -> bool:
        """A happening the text dates to a day (not a month, not a plan)."""
        return x.date_basis == "text" and x.status == "happened" and len(x.date or "") >= 10

    def _after_sequence_adverb(self, span: range) -> bool:
        """``kurz darauf``, ``anschließend``: the clause follows the happening before."""
        words = [self.low[j] for j in span]
        return any(tuple(words[i:i + len(p)]) == p for p in self.lex.sequence_adverbs for i in range(len(words)))

    def _date_named_before(self, k: int, si: int) -> int | None:
        """The last date named before ``k`` in its sentence and the two before (``damals``)."""
        v = self.v
        floor = v.sentences[max(0, si - 2)].first_token
        found = [v.timex_at[t] for t in range(floor, k) if v.timex_at[t] >= 0 and self.timex_values[v.timex_at[t]]]
        return found[-1] if found else None

    def _simple_past(self, e: _Event) -> bool:
        """A verb in the simple past with no auxiliary (``erlag``, ``schleuderte``): narration."""
        v = self.v
        if e.kind != "verb" or v.feature(e.k, "Tense") != "Past" or v.feature(e.k, "VerbForm") not in ("Fin", None):
            return False
        return not self._participle(e.k) and not any(v.dep(c).startswith("aux") for c in v.children[e.k])

    def _announced(self, e: _Event) -> bool:
        v, lex = self.v, self.lex
        k = e.clause
        if self._put_ahead(k):
            return True
        if v.dep(k) == "xcomp" and self._planned(k):
            return True
        if v.dep(k) == "ccomp" and self._planned(k) and (self._zu_infinitive(k) or any(
                v.lemma(c).lower() == "lassen" and self._zu_infinitive(c) for c in v.deps_of(k, "xcomp"))):
            return True  # "kündigte an, eine Berufung prüfen zu lassen", the infinitive parsed as a complement
        if e.kind == "verb" and self.predicate_lemma(k) in lex.ahead_verbs and v.feature(k, "Tense") != "Past":
            return True  # "steht beiden ein richtungsweisendes Spiel bevor"
        if e.kind == "noun":
            if any(self.low[c] in lex.announce_words for c in v.children[e.k]):
                return True
            if self._case(e.k) in lex.before_preps:
                return True
            if self._setting_ahead(e.k):
                return True
        return e.kind == "verb" and self._present_with_day_ahead(k)

    def _put_ahead(self, k: int) -> bool:
        """``wird ... reisen``, ``soll ... stattfinden``, ``soll ... verkauft
        werden``: an infinitive under the future ``werden`` or ``sollen``; not
        the perfect infinitive (``soll ... geschossen haben``: the reportative
        ``sollen`` of a past, Duden: Modalverben)."""
        v, lex = self.v, self.lex
        for h in self._conj_chain(k):
            if any(v.dep(c) == "aux" and v.lemma(c).lower() in ("haben", "sein") and c > h for c in v.children[h]):
                return False
            for c in v.children[h]:
                dep = v.dep(c)
                if dep == "aux" and v.lemma(c).lower() in lex.future_aux and self._infinitive(h):
                    return True
                if dep == "aux" and v.lemma(c).lower() in lex.schedule_modals and self._infinitive(h):
                    return True
            if self._passive_infinitive(h) and any(
                    v.dep(c) == "aux" and v.lemma(c).lower() in lex.future_aux | lex.schedule_modals
                    for c in v.children[h]):
                return True  # "soll ... verkauft werden", "wird ... geliefert werden"
        return False

    def _setting_ahead(self, n: int) -> bool:
        """``Die Entscheidung soll im kommenden Jahr fallen``, ``wird bei der
        Bundespräsidentenwahl kandidieren``, ``Ihm steht eine Operation
        bevor``: an event noun that is the subject of an intransitive clause
        put ahead, or the occasion (``bei``, ``in``, ``während``) of one, lies
        ahead with it (``Der Gipfel findet am Donnerstag statt``: a present
        with its day, ``_present_with_day_ahead``); an object or a passive
        subject may be a past happening dealt with later (``wird den Anschlag
        untersuchen``)."""
        v, lex = self.v, self.lex
        h = v.head(n)
        if h == n or v.pos(h) not in ("VERB", "AUX"):
            return False
        subject = v.dep(n) == "nsubj" and not v.deps_of(h, "obj")
        if not (subject or (v.dep(n) == "obl" and self._case(n) in lex.participation_preps)):
            return False
        return self._put_ahead(h) or self._present_with_day_ahead(h) or (
            subject and self.predicate_lemma(h) in lex.ahead_verbs and v.feature(h, "Tense") != "Past")

    def _present_with_day_ahead(self, k: int) -> bool:
        """``Der EU-Gipfel findet am Donnerstag und Freitag statt``, ``Der
        Deutsche startet am Sonntag (14.00 Uhr)``, ``wird am Freitag nach
        Wachstumsimpulsen gesucht``: a clause in the present indicative, active
        or passive, dated by a weekday, a day or an hour that no publication
        date resolves, tells a schedule: German news tells what lies ahead in
        the present with its time, a past happening in a past tense. With a
        publication date the weekday resolves to the coming one and the date
        says so (``_date_and_status``)."""
        v = self.v
        if not any(v.timex_at[t] >= 0 and v.timexes[v.timex_at[t]].type in ("DATE", "TIME")
                   and (v.timexes[v.timex_at[t]].value or "").startswith("XXXX")
                   and not self._bound(v.timex_at[t], k) and not self._dates_other_noun(t, k)
                   for t in self._clause_tokens(k)):
            return False
        return self._told_in_present(k)

    def _told_in_present(self, k: int) -> bool:
        """A verb in the present indicative (``findet``, ``prüft``, whatever
        tense the tagger gives its form) or a present passive (``wird ...
        gesucht``); not a past, a perfect, a modal or a Konjunktiv."""
        v, lex = self.v, self.lex
        head = self._conj_chain(k)[-1]
        auxes = [c for c in v.deps_of(head, "aux", "aux:pass") if v.sentence_of[c] == v.sentence_of[k]]
        if auxes:
            return self._participle(k) and all(
                v.lemma(a).lower() in lex.future_aux and v.feature(a, "Tense") == "Pres"
                and v.feature(a, "Mood") != "Sub" and self.low[a] not in lex.subjunctive_aux for a in auxes)
        if v.pos(k) != "VERB" or v.feature(k, "Mood") == "Sub" or self.low[k] in lex.preterite_forms \
                or v.weak_preterite(k):
            return False
        return v.feature(k, "Tense") == "Pres" or self.low[k] == _present(v.lemma(k).lower(), False, lex)

    def _infinitive(self, h: int) -> bool:
        """An infinitive by its tag, or, where the tagger gave no verb form, by
        its form: the verb's lemma itself (``soll ... erfolgen``, ``wird ...
        spielen``; the callers ask only of a verb with a modal or ``werden``
        before it, which no finite verb has)."""
        v = self.v
        form = v.feature(h, "VerbForm")
        if form is not None:
            return form == "Inf"
        return self.low[h] == self.predicate_lemma(h) and self.low[h].endswith("n")

    def _relative_clause(self, k: int) -> bool:
        """A verb of a relative clause (``ein Vertrag, der mit Norwegen
        abgeschlossen wurde``): it tells what a thing is or went through, not
        the news of the day, so it takes no publication date."""
        v = self.v
        return (v.dep(k) in ("acl:relcl", "acl") and self._relative(k)) or self._relative_pronoun_first(k)

    def _passive_infinitive(self, h: int) -> bool:
        """A participle with the infinitive ``werden`` of the passive (``verkauft
        werden``): what a modal or future auxiliary before it puts ahead."""
        v = self.v
        return self._participle(h) and any(
            self.low[c] in self.lex.future_aux and v.dep(c) == "aux:pass" and v.feature(c, "VerbForm") != "Fin"
            for c in v.children[h])

    def _background(self, e: _Event) -> bool:
        v, lex = self.v, self.lex
        for h in self._conj_chain(e.clause):
            for c in v.children[h]:
                if self.low[c] in lex.background:
                    return True
                if v.dep(c) == "aux" and v.feature(c, "Tense") == "Past" and self._participle(h) \
                        and v.lemma(c).lower() in ("haben", "sein"):
                    return True  # pluperfect: "hatte ... besetzt", the verb form read from the word where untagged
        return False

    def _via(self, e: _Event) -> str | None:
        v, lex = self.v, self.lex
        s = v.sentences[v.sentence_of[e.k]]
        for k in range(s.first_token, s.last_token):
            if k in self.sourced and v.mention_at[k] >= 0:  # "Der Zeitung Haaretz zufolge"
                return v.mentions[v.mention_at[k]].text
            if self.low[k] in lex.source_preps and v.dep(k) == "case":
                names = [v.mentions[mi].text for mi in v.mentions_in(v.subtree(v.head(k), CLAUSE_RELATIONS))]
                if names:
                    return names[0]
            if v.lemma(k) in lex.source_nouns and self._case(k) == "nach":
                names = [v.mentions[mi].text for mi in v.mentions_in(v.subtree(k, CLAUSE_RELATIONS))]
                if names:
                    return names[0]
        speaker_verb = self._reporting_verb(e.clause)
        if speaker_verb is not None:
            subject = self._subject_roles(speaker_verb)
            if subject:
                return subject[0][0]
        return None


def _inside(inner: tuple[str, str] | None, outer: tuple[str, str] | None) -> bool:
    """Whether the day range ``inner`` lies inside ``outer`` and is narrower."""
    return bool(inner and outer and inner != outer and outer[0] <= inner[0] <= inner[1] <= outer[1])


def _day_value(value: str | None) -> str | None:
    """A TIMEX3 date or date-time as an event date (day precision at most)."""
    if not value or "X" in value or not value[:4].isdigit():
        return None
    if "T" in value:
        value = value.split("T", 1)[0]
    return value if date_range(value) else None


# -- dates --------------------------------------------------------------------------------
_PART_MONTHS = {"SP": ("03", "05"), "SU": ("06", "08"), "FA": ("09", "11"), "WI": ("12", "12"),
                "Q1": ("01", "03"), "Q2": ("04", "06"), "Q3": ("07", "09"), "Q4": ("10", "12"),
                "H1": ("01", "06"), "H2": ("07", "12")}


def date_range(value: str) -> tuple[str, str] | None:
    """First and last day (ISO) of a TIMEX3 date value such as ``2025``,
    ``2025-04``, ``2024-FA`` or ``2025-08-12``; None for other values."""
    if not value or len(value) < 4 or not value[:4].isdigit():
        return None
    year, rest = value[:4], value[5:]
    if len(value) > 4 and value[4] != "-":
        return None
    if not rest:
        return f"{year}-01-01", f"{year}-12-31"
    if rest in _PART_MONTHS:
        a, b = _PART_MONTHS[rest]
        return f"{year}-{a}-01", f"{year}-{b}-31"
    if rest.startswith("W") and rest[1:].isdigit():
        try:
            first = _date.fromisocalendar(int(year), int(rest[1:]), 1)
        except ValueError:
            return None
        return first.isoformat(), (first + timedelta(days=6)).isoformat()
    if len(rest) == 2 and rest.isdigit():
        return f"{year}-{rest}-01", f"{year}-{rest}-31"
    if len(rest) == 5 and rest[:2].isdigit() and rest[2] == "-" and rest[3:].isdigit():
        return value, value
    return None
