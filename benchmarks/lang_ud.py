"""The German language core on Universal Dependencies: part of speech, lemma and
dependency accuracy on UD German GSD test, words per second, and who-did-what-to-whom
on Universal Propositions German test.

usage: python3 benchmarks/lang_ud.py [--model DIR]
       python3 benchmarks/lang_ud.py --part dev [--errors]   (the roles' tuning part)

The core is trained on GSD dev and PUD (scripts/train_lang.py) and never sees
GSD test, which is the reporting part. Multiword tokens (``im`` = ``in dem``)
are one token, as chronik's tokenizer writes them, in the gold too: the fused
token keeps the first word's tag, lemma, head and relation. Scores are over
all tokens (punctuation included): UPOS, lemma (exact string), UAS and LAS
(head and relation; subtypes count, ``nsubj:pass`` is not ``nsubj``).
Speed: CPU seconds of ``LanguageCore.analyse`` (tags, parse and lemmas) on
the test sentences, one process.

Roles (Universal Propositions German test, the GSD test sentences with PropBank
roles of every verb; UP dev is GSD dev, which the core is trained on): for each
gold verb predicate, ``ArticleView.arguments`` on the predicted parse (the very
function the event extractor uses) against the gold A0 (agent) and A1 (patient)
argument heads. Agent accuracy: gold A0 heads found as the agent; patient
accuracy: gold A1 heads found among the patients; precision: found arguments
whose head is a gold argument with that role. A name counts as found where
any of its words is (UP's older UD heads a name on its last word, the parser
on its first). PropBank's A1 of an intransitive
verb ("der Mann starb") is its subject, which the rules read as the agent: such
cases count as misses.

Tuning (``--part dev``): the same ``roles`` on Universal Propositions German
dev, on predicted parses; with ``--errors`` each predicate with its misses,
its lemma, tag and relation first (to sort them by class). The
core is trained on GSD dev, so its dev parses are better than its test parses:
dev figures run above test ones. UP test is only for the coordinator's
report; its errors are never listed.
"""
from __future__ import annotations

import argparse
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

UD = ROOT.parent / "shared" / "data" / "ud-german"
UP_TEST = ROOT.parent / "shared" / "data" / "up-german" / "de-up-test.conllu"
UP_DEV = ROOT.parent / "shared" / "data" / "up-german" / "de-up-dev.conllu"
TRAIN_FILES = ("de_gsd-ud-dev.conllu", "de_pud-ud-test.conllu")
TEST_FILE = "de_gsd-ud-test.conllu"


@dataclass
class GoldSentence:
    text: str
    words: list[str]
    spaces: list[bool]
    upos: list[str]
    feats: list[str]
    lemmas: list[str]
    heads: list[int]  # 0-based within the sentence; the root points to itself
    deps: list[str]   # the root's relation is "root"


def read_conllu(path: Path) -> list[GoldSentence]:
    """Sentences of a CoNLL-U file with each multiword token fused into one."""
    sentences, block = [], []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if line.strip():
            block.append(line)
        elif block:
            sentences.append(_sentence(block))
            block = []
    return sentences


def _sentence(lines: list[str]) -> GoldSentence:
    text, rows, fused = "", [], {}
    for line in lines:
        if line.startswith("#"):
            text = line[9:] if line.startswith("# text = ") else text
            continue
        cols = line.split("\t")
        if "." in cols[0]:
            continue  # empty nodes
        if "-" in cols[0]:
            first, last = map(int, cols[0].split("-"))
            fused[first] = (last, cols[1], cols[9])
            continue
        rows.append(cols)
    tokens, index = [], {}
    i = 0
    while i < len(rows):
        word_id = int(rows[i][0])
        last, form, misc = fused.get(word_id, (word_id, rows[i][1], rows[i][9]))
        group = [r for r in rows[i:i + last - word_id + 1]]
        for r in group:
            index[int(r[0])] = len(tokens)
        first_row, last_row = group[0], group[-1]
        tokens.append((form, first_row[3], last_row[5], first_row[2], int(first_row[6]), first_row[7], misc))
        i += len(group)
    heads = [index[h] if h else k for k, (_, _, _, _, h, _, _) in enumerate(tokens)]
    return GoldSentence(
        text=text, words=[t[0] for t in tokens], spaces=["SpaceAfter=No" not in t[6] for t in tokens],
        upos=[t[1] for t in tokens], feats=["" if t[2] == "_" else t[2] for t in tokens],
        lemmas=[t[3] for t in tokens], heads=heads, deps=["root" if t[4] == 0 else t[5] for t in tokens])


def as_article(sentences: list[GoldSentence]):
    """The gold tokens as one chronik text with its tokens and sentences."""
    from chronik.records import Sentence, Token

    parts, tokens, spans, pos = [], [], [], 0
    for s in sentences:
        first = len(tokens)
        for word, space in zip(s.words, s.spaces):
            tokens.append(Token(start=pos, end=pos + len(word), text=word))
            parts.append(word + (" " if space else ""))
            pos += len(word) + (1 if space else 0)
        parts.append("\n")
        pos += 1
        spans.append(Sentence(start=tokens[first].start, end=tokens[-1].end, first_token=first,
                              last_token=len(tokens)))
    return "".join(parts), tuple(tokens), tuple(spans)


def evaluate(core, sentences: list[GoldSentence]) -> dict[str, float]:
    text, tokens, spans = as_article(sentences)
    start = time.process_time()
    syntax = core.analyse(text, tokens, spans)
    seconds = time.process_time() - start
    n = pos_ok = lemma_ok = uas = las = 0
    k = 0
    for s in sentences:
        offset = k
        for i in range(len(s.words)):
            n += 1
            pos_ok += syntax.pos[k] == s.upos[i]
            lemma_ok += syntax.lemma[k] == s.lemmas[i]
            head_ok = syntax.head[k] - offset == s.heads[i]
            uas += head_ok
            las += head_ok and syntax.dep[k] == s.deps[i]
            k += 1
    return {"upos": pos_ok / n, "lemma": lemma_ok / n, "uas": uas / n, "las": las / n,
            "words": n, "words_per_s": n / seconds}


def read_up(path: Path) -> list[tuple[GoldSentence, list[tuple[int, dict[int, str]]]]]:
    """UP sentences (multiword tokens fused) with their verb predicates: (token, {argument token: A0/A1})."""
    out, block = [], []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if line.strip():
            block.append(line)
        elif block:
            out.append(_up_sentence(block))
            block = []
    return out


def _up_sentence(lines: list[str]):
    rows = [ln.split("\t") for ln in lines if not ln.startswith("#")]
    words = [r for r in rows if r[0].isdigit()]
    fused = {int(r[0].split("-")[0]): int(r[0].split("-")[1]) for r in rows if "-" in r[0]}
    token_of, k, i = {}, -1, 0
    while i < len(words):
        wid = int(words[i][0])
        k += 1
        last = fused.get(wid, wid)
        while i < len(words) and int(words[i][0]) <= last:
            token_of[int(words[i][0])] = k
            i += 1
    standard = [r[:10] for r in rows]
    gold = _sentence(["\t".join(r) for r in standard])
    predicates = [r for r in words if len(r) > 8 and r[8] == "Y"]
    props = []
    for n, p in enumerate(predicates):
        if p[3] != "VERB":
            continue
        args = {token_of[int(r[0])]: r[10 + n] for r in words if len(r) > 10 + n and r[10 + n] in ("A0", "A1")}
        props.append((token_of[int(p[0])], args))
    return gold, props


def roles(core, items, errors: list | None = None) -> dict[str, float]:
    """Agent and patient accuracy and precision; with ``errors`` (a list) each
    wrong or missed argument is appended to it (for the tuning part only)."""
    from chronik.extract.view import ArticleView
    from chronik.lang.de.grammar import GRAMMAR, SEPARABLE_PARTICLES
    from chronik.lang.de.quotes import QUOTE_LEXICON

    text, tokens, spans = as_article([s for s, _ in items])
    syntax = core.analyse(text, tokens, spans)
    view = ArticleView(text, tokens, spans, syntax, (), (), None, QUOTE_LEXICON.marks, GRAMMAR)
    c = dict(a0=0, a0_ok=0, a1=0, a1_ok=0, found=0, found_ok=0)
    for (sentence, props), span in zip(items, spans):
        for k, args in props:
            v = span.first_token + k
            # the verb's separable particle, as the event extractor passes it ("fand ... statt")
            particles = [c for c in view.deps_of(v, "compound:prt") if view.is_particle_of(c, v, SEPARABLE_PARTICLES)]
            found = view.arguments(v, particles[-1:])
            agents = {t - span.first_token for t, r in found if r == "agent"}
            patients = {t - span.first_token for t, r in found if r == "patient"}
            # UP's older UD heads a name on its last word ("Olaf/name Hildebrandt"), the parse on its
            # first: a name is found where any of its words is
            words = {t: {t} | {j for j, (h, d) in enumerate(zip(sentence.heads, sentence.deps))
                               if h == t and d == "name"} for t in args}
            for t, label in args.items():
                key = "a0" if label == "A0" else "a1"
                c[key] += 1
                c[key + "_ok"] += bool(words[t] & (agents if label == "A0" else patients))
            c["found"] += len(found)
            c["found_ok"] += sum(1 for t, r in found if any(
                t - span.first_token in words[g] and label == ("A0" if r == "agent" else "A1")
                for g, label in args.items()))
            if errors is not None:
                errors.append(_errors(view, sentence, span.first_token, k, args, found, words))
    return {"agent_accuracy": c["a0_ok"] / c["a0"], "patient_accuracy": c["a1_ok"] / c["a1"],
            "role_accuracy": (c["a0_ok"] + c["a1_ok"]) / (c["a0"] + c["a1"]),
            "role_precision": c["found_ok"] / c["found"], "arguments": c["a0"] + c["a1"]}


def _errors(view, sentence, first: int, k: int, args: dict[int, str], found, words) -> dict:
    """One gold predicate with its missed and wrongly found arguments, for listing."""
    syn = view.syntax
    word = lambda t: f"{sentence.words[t]}/{syn.dep[first + t]}"  # noqa: E731
    got = {t - first: r for t, r in found}
    role = {"A0": "agent", "A1": "patient"}
    missed = [(word(t), a) for t, a in args.items() if not any(got.get(j) == role[a] for j in words[t])]
    wrong = [(word(t), r) for t, r in got.items()
             if not any(t in words[g] and role[a] == r for g, a in args.items())]
    text = "".join(w + (" " if sp else "") for w, sp in zip(sentence.words, sentence.spaces))
    return {"text": text, "verb": sentence.words[k], "lemma": syn.lemma[first + k],
            "pos": syn.pos[first + k], "dep": syn.dep[first + k], "passive": view.passive(first + k),
            "missed": missed, "wrong": wrong}


def scores(part: str = "report") -> dict[str, float]:
    """The gate's figures: GSD test is the reporting part (never trained or tuned on)."""
    from chronik.extract.syntax import LanguageCore

    core = LanguageCore()
    result = evaluate(core, read_conllu(UD / TEST_FILE))
    result.update(roles(core, read_up(UP_TEST)))
    return {k: result[k] for k in ("upos", "lemma", "las", "role_accuracy")}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--model", type=Path, default=None, help="a model directory (default: the bundled one)")
    ap.add_argument("--part", choices=("report", "dev"), default="report",
                    help="report: GSD test and UP test; dev: the roles on UP dev (tuning)")
    ap.add_argument("--errors", action="store_true", help="with --part dev: list the misses")
    args = ap.parse_args()
    if args.errors and args.part != "dev":
        ap.error("--errors lists the tuning part's misses only: use it with --part dev")
    from chronik.extract.syntax import MODEL_PATH, LanguageCore

    core = LanguageCore(args.model or MODEL_PATH)
    if args.part == "dev":
        errors: list | None = [] if args.errors else None
        r = roles(core, read_up(UP_DEV), errors)
        for e in errors or ():
            if e["missed"] or e["wrong"]:
                print(f"{e['lemma']}/{e['pos']}/{e['dep']}{' passive' if e['passive'] else ''}  "
                      f"missed {e['missed']}  wrong {e['wrong']}  | {e['text']}")
        print(f"UP dev roles (predicted parses; the core is trained on GSD dev): agent {r['agent_accuracy']:.3f}  "
              f"patient {r['patient_accuracy']:.3f}  agent+patient {r['role_accuracy']:.3f}  "
              f"precision {r['role_precision']:.3f}  ({r['arguments']} arguments)")
        return
    result = evaluate(core, read_conllu(UD / TEST_FILE))
    print(f"GSD test: UPOS {result['upos']:.3f}  lemma {result['lemma']:.3f}  UAS {result['uas']:.3f}  "
          f"LAS {result['las']:.3f}  ({result['words']} words, {result['words_per_s']:,.0f} words/s CPU)")
    r = roles(core, read_up(UP_TEST))
    print(f"UP test roles: agent {r['agent_accuracy']:.3f}  patient {r['patient_accuracy']:.3f}  "
          f"agent+patient {r['role_accuracy']:.3f}  precision {r['role_precision']:.3f}  ({r['arguments']} arguments)")


if __name__ == "__main__":
    main()
