"""Who made a statement, where the parse leaves it open or misleads.

Every kind of frame needs the same answers (the subject after an inverted verb, the
name before a mis-tagged one, the outlet spoken to that is no speaker, the noun a
relative pronoun stands for, whose report a sentence without a source goes on), so
they live apart from the frames that ask them; a speaker is a tuple
``(name, start, end, basis)`` as ``StatementReader.speaker`` resolves it.
"""
from __future__ import annotations

from chronik.extract.statement_reader import QUOTE_MARKS, StatementReader as _Reader
from chronik.records import Quote

# A speech verb's subject farther than this many tokens is a misparse.
MAX_SPEAKER_DISTANCE = 25


def predicate_judge(r: _Reader, q: Quote, k: int):
    """``Die Bundesregierung hatte den Bericht umgehend als „falsch“ zurückgewiesen``, ``bezeichnet ihre
    Investition als „strategisch“``: a quoted predicate after ``als`` is the judgement of the subject of
    the sentence's speech verb ``k`` (where it can speak), never of the object judged; that subject's
    speaker tuple, else None."""
    v = r.v
    opening = v.token_at(q.start) - 1
    if opening < 1 or v.tokens[opening].text not in QUOTE_MARKS or r.low(opening - 1) not in r.lex.predicative_markers:
        return None
    subj = v.subject(k)
    if subj is None or not r.can_speak(subj):  # ("Ein nicht genannter Vertreter": the parse's first nsubj)
        subj = next((c for c in v.children[k] if v.dep(c) == "nsubj" and r.can_speak(c)), subj)
    if subj is None or r.in_quote(subj) or r.low(subj) in r.lex.not_speakers or not r.can_speak(subj) \
            or (q.speaker_start is not None and v.tokens[subj].start >= q.speaker_start):
        return None  # (the subject stands before the objects: a speaker the quote stage found first stays)
    spk = r.speaker(subj)
    return spk if spk is not None and spk[0] else None


def owner_of(r: _Reader, a: int):
    """``Das Fazit von Sandra Boser ...: „...“``, ``Seine Zuversicht gründet sich auf ...: „...“``: where a
    quote's speaker phrase (from token ``a``) is a noun that cannot speak, whose view, words or feeling it
    names, its owner speaks: a name after ``von`` or in the genitive, or a possessive (resolved like a
    pronoun); None where it has none or the noun can speak."""
    v = r.v
    k = a
    while k + 1 < r.n and v.head(k) != k and v.head(k) > k and v.pos(k) in ("DET", "ADJ"):
        k = v.head(k)
    if v.pos(k) != "NOUN" or v.mention_at[k] >= 0 or r.can_speak(k) or r.in_quote(k):
        return None
    for c in v.children[k]:
        if c > k and v.dep(c) == "nmod" and v.mention_at[c] >= 0 and v.mentions[v.mention_at[c]].label in ("PER", "ORG") \
                and (v.case_marker(c) is None or v.case_marker(c) in r.lex.owner_prepositions):
            return r.speaker(c)
        if c < k and v.dep(c) == "det:poss" and r.low(c) in r.lex.possessive_speakers:
            name = r.last_person(v.tokens[c].start)
            return (name, v.tokens[c].start, v.tokens[c].end, "pronoun") if name else None
    return None


def prefield_name(r: _Reader, k: int, sent: range) -> int | None:
    """The subject of a mis-tagged verb: the last noun or name before it in its clause."""
    v = r.v
    for j in range(k - 1, sent.start - 1, -1):
        if v.tokens[j].text in (",", ";", ":"):
            return None
        h = v.head(j)
        if v.pos(j) in ("NOUN", "PROPN") and v.dep(j) in ("flat", "flat:name") and sent.start <= h < j \
                and _person_name(r, h):
            # ("Hilda Morales Trujillo spricht": the last word of a name the parse split, its first word
            # read as a preposition; the name's head stands for it)
            return h
        if r.in_quote(j):
            continue  # ("X von der „Aktion Deutschland hilft“ sagte": a title's word)
        if v.dep(j) == "nsubj" and r.low(j) in v.grammar.nominative_pronouns and r.low(j) not in r.lex.not_speakers:
            return j  # ("Außerdem hatte er laut „tagesschau.de“ kritisiert": a subject the parse hung elsewhere)
        if v.pos(j) in ("NOUN", "PROPN") and v.case_marker(j) is None:
            return j
    return None


def subject_between(r: _Reader, k: int, sent: range):
    """``wie der Bundeswahlleiter mitteilte``: the noun or name between ``wie`` and the verb."""
    v = r.v
    j = r.wie_of(k, sent)
    if j is None:
        return None
    for t in range(j + 1, k):
        if v.pos(t) in ("NOUN", "PROPN") or r.low(t) in r.lex.speaker_pronouns or (r.in_quote(t) and r.quoted_name(t)):
            return r.speaker(t)
    return None


def named_before_apposition(r: _Reader, subj: int, sent: range) -> int | None:
    """``Elon Musk, der Milliardär hinter der Firma, kündigte ... an``: the parse took the apposition
    set off by commas for the subject; the person named before it, opening the sentence, is the subject
    (the first token of that name), else None."""
    v = r.v
    a = r.noun_phrase(subj)[0]
    if a - 2 < sent.start or v.tokens[a - 1].text != "," or v.mention_at[a - 2] < 0:
        return None
    m = v.mentions[v.mention_at[a - 2]]
    first = v.token_at(m.start)
    return first if m.label == "PER" and first == sent.start else None


def inverted_subject(r: _Reader, k: int, sent: range) -> int | None:
    """``Als Grund nannte die NASA, ...``: the head of the noun phrase right after the finite verb ``k``
    of a verb-second clause, where it can speak and is neither in a prepositional phrase nor a bare
    dative (``sagte dem Magazin``); None where the verb is not finite or no such phrase follows."""
    v = r.v
    if v.feature(k, "Mood") is None or _outlet_at(r, k + 1):
        return None  # (a participle or infinitive: "hatte ... genannt"; "erzählte der Agentur X": its addressee)
    for j in range(k + 1, min(sent.stop, k + 5)):
        if v.pos(j) in ("DET", "ADJ") or v.tokens[j].text in QUOTE_MARKS:
            continue
        if (v.pos(j) in ("NOUN", "PROPN") or _person_name(r, j)) and v.case_marker(j) is None \
                and not bare_dative(r, j) and r.can_speak(j):
            return j
        return None
    return None


def subject_after(r: _Reader, k: int, sent: range):
    """``..., sagte der Minister.``: the first noun or name after the verb; after an active quoting verb
    the one it quotes (``..., zitierte die Sun eine interne Quelle bei Sony Music``: the object spoke,
    the subject passes the words on)."""
    v = r.v
    quoted = quoted_object(r, k, sent)
    if quoted is not None:
        return r.speaker(quoted)
    for j in range(k + 1, min(sent.stop, k + 6)):
        # (a capitalised word the tagger took for an adjective is an unknown name: "sagte Juraczka";
        # a person's name may even be tagged as a preposition: "sagte Nikolic der Zeitung")
        if v.pos(j) in ("NOUN", "PROPN") or (v.pos(j) == "PRON" and r.low(j) in r.lex.speaker_pronouns) or (
                v.pos(j) in ("ADJ", "X", "VERB") and v.tokens[j].text[:1].isupper()) or _person_name(r, j):
            if v.case_marker(j) is not None and not _person_name(r, j):
                return None
            if bare_dative(r, j):
                continue  # "..., sagte er dem Magazin": the one spoken to, never the speaker
            # "Großbritanniens Cheftrainer Heiko Salzwedel": the person among the capitalised words
            run = [j]
            while run[-1] + 1 < sent.stop and v.tokens[run[-1] + 1].text[:1].isupper() \
                    and v.pos(run[-1] + 1) in ("NOUN", "PROPN", "X", "ADJ"):
                run.append(run[-1] + 1)
            person = [t for t in run if v.mention_at[t] >= 0 and v.mentions[v.mention_at[t]].label == "PER"]
            return before_outlet(r, j, sent, r.speaker(person[0] if person else j))
        if v.pos(j) in ("VERB", "AUX", "SCONJ") or v.tokens[j].text in (",", ";"):
            return None
    return None


def quoted_object(r: _Reader, k: int, sent: range) -> int | None:
    """The accusative object after the active quoting verb ``k`` (``zitierte die Zeitung den Minister``,
    ``eine interne Quelle``: whoever or whatever is quoted is the source, whether or not the lexicon
    knows the noun for one that speaks); None for any other verb, a passive (its subject is the one quoted) or no such
    object."""
    v = r.v
    if r.verb_lemma(k) not in r.lex.quoting_verbs or any(v.dep(c) == "aux:pass" for c in v.children[k]):
        return None
    args = [c for c in v.children[k] if v.dep(c) in ("obj", "nsubj") and k < c < sent.stop and not r.in_quote(c)
            and v.case_marker(c) is None and v.pos(c) in ("NOUN", "PROPN")]
    # (the parser may take both phrases for subjects, "zitierte die Sun am Montag eine interne Quelle":
    # the later one is the object)
    return next((c for c in args if v.dep(c) == "obj"), args[-1] if len(args) > 1 else None)


def before_outlet(r: _Reader, j: int, sent: range, spk):
    """``..., sagte ein Sprecher der dpa``, ``sagte der Minister der Zeitung``: after an inverted frame an
    outlet in the dative right after the subject is the one spoken to, not the subject's genitive; the
    speaker's phrase ends before it (a person's name in it is the speaker)."""
    v, lex = r.v, r.lex
    if spk is None or spk[1] is None:
        return spk
    for t in range(j + 1, min(sent.stop - 1, j + 6)):
        if v.tokens[t].start >= spk[2] or v.tokens[t].text in (",", ";", "("):
            break
        if _outlet_at(r, t):
            end = v.tokens[t - 1].end
            person = next((x for x in range(j, t) if v.mention_at[x] >= 0
                           and v.mentions[v.mention_at[x]].label == "PER"), None)
            if person is not None:
                named = r.name_in(person, person)
                if named is not None:
                    return named[0], spk[1], end, "text"
            head = r.speaker(j) if spk[0] and v.tokens[j].start >= spk[1] else None
            if head is not None and head[2] <= end:
                return head
            return v.text[spk[1]:end], spk[1], end, spk[3] or "text"
    return spk


def _outlet_at(r: _Reader, t: int) -> bool:
    """A dative article at ``t`` before an outlet's noun or an agency's name (``der Zeitung``, ``der
    Deutschen Presse-Agentur``, ``der dpa``)."""
    lex = r.lex
    if t + 1 >= r.n or r.low(t) not in lex.dative_determiners:
        return False
    words = [r.low(t + 1)] + ([r.low(t + 2)] if t + 2 < r.n and r.v.pos(t + 1) == "ADJ" else [])
    return any(w in lex.outlet_names or w.endswith(lex.outlet_nouns) for w in words)


def after_dateline(r: _Reader, subj: int, k: int) -> int | None:
    """``Wien – ÖGB-Präsident X nennt ...``: the parser took the dateline's place for the subject; the
    subject is the person (else the first noun) between the dateline and the verb."""
    v = r.v
    words = [t for t in range(subj + 1, k) if t not in r.dateline and v.case_marker(t) is None]
    return next((t for t in words if _person_name(r, t)), None) or next(
        (t for t in words if v.pos(t) in ("NOUN", "PROPN")), None)


def _person_name(r: _Reader, j: int) -> bool:
    """A capitalised word the recogniser found a person's name in, whatever its tag."""
    v = r.v
    m = v.mention_at[j]
    return m >= 0 and v.mentions[m].label == "PER" and v.tokens[j].text[:1].isupper()


def bare_dative(r: _Reader, j: int) -> bool:
    """A noun in the dative with no preposition: the one a speech verb addresses (``sagte der
    Zeitung``, ``dem Magazin``), never its subject."""
    v = r.v
    return v.pos(j) in ("NOUN", "PROPN") and v.feature(j, "Case") == "Dat" and v.case_marker(j) is None \
        and _dative_article(r, j)  # (the tagger's case alone misleads)


def _dative_article(r: _Reader, j: int) -> bool:
    """Whether the words before noun ``j`` (over adjectives and quotation marks) open with a dative
    article, whatever the parser hung it on (``dem "Spiegel"``)."""
    v = r.v
    i = j - 1
    while i >= 0 and (v.pos(i) == "ADJ" or v.tokens[i].text in QUOTE_MARKS):
        i -= 1
    return i >= 0 and r.low(i) in r.lex.dative_determiners


def addressee(r: _Reader, k: int, sent: range, spk) -> str | None:
    """Whom the speech verb ``k`` addresses: its dative (``sagte X der Zeitung Y``), a phrase with
    ``gegenüber``/``an``, or the partner of a conversation the clause names (``im Gespräch mit Y``);
    never the speaker's own phrase (the parse may give it both roles)."""
    v, lex = r.v, r.lex
    heads = [c for c in v.children[k] if v.dep(c) == "iobj" or (
        v.dep(c).startswith("obl") and v.case_marker(c) in lex.addressee_prepositions and v.pos(c) in ("NOUN", "PROPN"))]
    for j in range(k + 1, min(sent.stop, k + 6)):
        if v.tokens[j].text in (",", ";", ":") or v.pos(j) in ("VERB", "AUX", "SCONJ"):
            break
        if bare_dative(r, j):  # (a title in quotation marks included: dem "Spiegel")
            heads.append(j)
        elif spk is not None and spk[2] is not None and v.tokens[j].start > spk[2] and _outlet_at(r, j - 1):
            heads.append(j)  # "sagte X der dpa": the outlet the speaker's phrase was cut before
    for j in sent:
        if v.lemma(j) in lex.conversation_nouns and j + 1 < sent.stop and r.low(j + 1) in lex.conversation_partner:
            heads += [t for t in range(j + 2, min(sent.stop, j + 6)) if v.pos(t) in ("NOUN", "PROPN")][:1]
    for h in heads:
        a, b, text = _phrase(r, h)
        if not r.in_quote(h) or bare_dative(r, h):
            if spk is None or spk[1] is None or not a <= spk[1] < b:  # (the speaker's phrase may run on over it)
                return text
    return None


def _phrase(r: _Reader, k: int) -> tuple[int, int, str]:
    """The character span and text of the noun phrase around ``k`` with the name it runs on into
    (``der Zeitung Danas``, ``dem "Spiegel"``: the parser may hang the name elsewhere)."""
    v = r.v
    a, b = k, max(k, r.noun_phrase(k)[1])  # (its start read off the words: a name recognised across it misleads)
    while a > 0 and (v.pos(a - 1) in ("DET", "ADJ", "NUM") or v.tokens[a - 1].text in QUOTE_MARKS) \
            and v.sentence_of[a - 1] == v.sentence_of[k]:
        a -= 1

    def marks(x: int, y: int) -> int:
        return sum(v.tokens[t].text in QUOTE_MARKS for t in range(x, y + 1))

    while b + 1 < len(v.tokens) and v.sentence_of[b + 1] == v.sentence_of[k] and (
            v.pos(b + 1) in ("PROPN", "NOUN") or v.tokens[b + 1].text in QUOTE_MARKS and (
                marks(a, b) % 2 or b + 2 < len(v.tokens) and v.pos(b + 2) in ("PROPN", "NOUN"))):
        b += 1
    if marks(a, b) % 2:
        b -= 1  # (an opening mark the phrase does not close)
    start, end = v.tokens[a].start, v.tokens[b].end
    return start, end, v.text[start:end]


def is_owner(r: _Reader, c: int) -> bool:
    """Whether the noun ``c`` the parse hung on a source noun says whose account it is: a ``von``
    phrase, a genitive opened by its article or possessive (``nach Angaben der Polizei``) or a bare name
    (``nach Angaben Israels``); not a dative or accusative the parse hung there (``dienten nach
    israelischen Angaben dem Transport``, ``haben Medieninformationen zufolge ... das Gehalt``)."""
    v = r.v
    marker = v.case_marker(c)
    if marker is not None:
        return marker == "von"
    first = min(v.subtree(c))
    # (a possessive the tagger reads as genitive opens one too: "laut Angaben ihrer Witwen")
    return r.low(first) in r.lex.genitive_determiners or (first == c and v.pos(c) == "PROPN") or (
        v.dep(first) == "det:poss" and v.feature(first, "Case") == "Gen")


def phrase_head_after(r: _Reader, k: int, sent: range) -> int | None:
    """The noun that heads the phrase right after preposition ``k`` (over its articles and adjectives)."""
    v = r.v
    for j in range(k + 1, min(sent.stop, k + 5)):
        if v.pos(j) in ("NOUN", "PROPN"):
            return j
        if v.pos(j) not in ("DET", "ADJ", "ADV", "NUM"):
            return None
    return None


def is_person(r: _Reader, spk) -> bool:
    """Whether a resolved speaker is a person: a pronoun or role resolved to one, or a person's name."""
    if spk is None:
        return False
    name, start, end, basis = spk
    if basis == "pronoun":
        return name is not None
    if basis == "role":  # a role resolved to a person, not an organisation noun to its organisation
        return name is not None and r.person_named(name)
    return start is not None and any(m.label == "PER" and m.start < end and m.end > start for m in r.v.mentions)


def relative_speaker(r: _Reader, j: int, k: int):
    """``Ägypten, das vorschlug, ...``, ``ein Prediger, der alle aufforderte, ...``: the subject ``j`` of
    verb ``k`` is a relative pronoun right after a comma; the speaker is the noun before the comma,
    its mention the pronoun (resolved like a personal pronoun)."""
    v, lex = r.v, r.lex
    if j == 0 or v.tokens[j - 1].text != "," or v.pos(j) not in ("PRON", "DET") or j + 4 < k \
            or r.low(j) not in lex.relative_pronouns:
        return None
    nouns = []
    for t in range(j - 2, max(-1, j - 8), -1):
        if v.tokens[t].text in (",", ";", ":", "."):
            break  # (a verb may stand between: "wurde ein Prediger zugeschaltet, der ...")
        if v.pos(t) in ("NOUN", "PROPN"):
            nouns.append(t)
    # the noun the pronoun agrees with in gender ("ein Prediger aus London, der ...", "von Ägypten, das ..."),
    # else the nearest
    gender = {"der": "Masc", "welcher": "Masc", "das": "Neut", "welches": "Neut"}.get(r.low(j))
    agreeing = [t for t in nouns if gender and v.feature(t, "Gender") == gender]
    ante = agreeing[0] if agreeing else (nouns[0] if nouns else None)
    if ante is None or v.timex_at[ante] >= 0 or (v.mention_at[ante] < 0 and (
            r.low(ante) in lex.mute_nouns or r.low(ante).endswith(tuple(lex.document_nouns)))):
        return None  # ("für einen Gesetzesentwurf, der die Vereinbarung ablehnen sollte": a text, no speaker)
    spk = r.speaker(ante)
    if spk is None or not spk[0]:
        return None
    return spk[0], v.tokens[j].start, v.tokens[j].end, "pronoun"


def carried_source(r: _Reader, si: int) -> str | None:
    """Whose report a sentence without a source of its own goes on (``Demnach ...``, ``Als Begründung
    heißt es, ...``): the speaker of a statement of the sentence before, else that sentence's subject where
    it can speak, else the latest speaker."""
    v = r.v
    if si == 0:
        return r.speakers[-1][1] if r.speakers else None
    prev = v.sentences[si - 1]
    recent = [sp for sp in r.speakers if prev.start <= sp[0] < v.sentences[si].start]
    if recent:
        return recent[-1][1]
    subject = previous_subject(r, si)
    if subject is not None:
        return subject[0]
    return r.speakers[-1][1] if r.speakers else None


def previous_subject(r: _Reader, si: int):
    """``Die Kriminalpolizei bittet um Mithilfe. Der Mann sei ...``: with no statement before,
    the subject of the sentence before, where it can speak, is whose report goes on (carried)."""
    v = r.v
    if si == 0:
        return None
    if r.reportive(list(r.sentence_tokens(si - 1))) is not None:
        return None  # ("Die Demonstranten sollen ... geführt haben": hearsay is about its subject, not by it)
    for k in r.sentence_tokens(si - 1):
        if v.head(k) == k and v.pos(k) in ("VERB", "AUX"):
            subj = v.subject(k)
            if any(v.dep(c) == "aux:pass" for c in v.children[k]):
                return None  # ("X war für den Posten gehandelt worden": whom it is about, not who speaks)
            sent = r.sentence_tokens(si - 1)
            if subj is not None and subj < k and r.low(subj) in r.lex.clause_anaphors \
                    and r.verb_lemma(k) in r.lex.speech_verbs:
                # "... . Das erklärte General X am Montag. Der Rat werde ...": the pronoun is what was said, the
                # speaker follows the verb
                spk = subject_after(r, k, sent)
                return (spk[0], spk[1], spk[2], "carried") if spk and spk[0] else None
            if subj is None or not r.can_speak(subj) or r.low(subj) in r.lex.not_speakers \
                    or r.low(subj) in v.grammar.oblique_pronouns:
                return None
            spk = r.speaker(subj)
            return (spk[0], spk[1], spk[2], "carried") if spk and spk[0] else None
    return None
