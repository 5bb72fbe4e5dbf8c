"""Story clusters: articles about the same developing story.

Articles are joined when they share at least ``MIN_SHARED`` of their salient
entities (those mentioned at least twice in the article); candidates come
from an inverted index from entity to articles, never from all pairs.
Near-duplicates always join their original's story.
"""
from __future__ import annotations

from collections import Counter, defaultdict

from chronik.ids import content_id

# Two articles share a story when they share this many salient entities:
# one shared country is common to unrelated stories, two rarely are.
MIN_SHARED = 2
# Entities in more than this share of all articles (with at least 20
# articles) say nothing about the story ("Deutschland" in German news).
COMMON_SHARE = 0.2


def story_rows(articles: dict, analyses, index, duplicate_of: dict[str, str]):
    salient: dict[str, set[str]] = {}
    for analysis in analyses:
        counts = Counter(index.of_mention[(analysis.article_id, i)]
                         for i in range(len(analysis.mentions)) if (analysis.article_id, i) in index.of_mention)
        salient[analysis.article_id] = {e for e, n in counts.items() if n >= 2}
    df = Counter(e for ents in salient.values() for e in ents)
    if len(salient) >= 20:
        salient = {a: {e for e in ents if df[e] <= COMMON_SHARE * len(salient)} for a, ents in salient.items()}
    postings: dict[str, list[str]] = defaultdict(list)
    for a in sorted(salient):
        for e in sorted(salient[a]):
            postings[e].append(a)

    parent = {a: a for a in articles}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(x: str, y: str) -> None:
        rx, ry = find(x), find(y)
        if rx != ry:
            parent[max(rx, ry)] = min(rx, ry)

    for a in sorted(salient):
        shared = Counter(b for e in salient[a] for b in postings[e] if b > a)
        for b, n in sorted(shared.items()):
            if n >= MIN_SHARED:
                union(a, b)
    for dup, original in sorted(duplicate_of.items()):
        if dup in parent and original in parent:
            union(dup, original)

    members: dict[str, list[str]] = defaultdict(list)
    for a in sorted(articles):
        members[find(a)].append(a)
    names = {e.id: e.name for e in index.entities}
    rows, story_of = [], {}
    for group in members.values():
        if len(group) < 2:
            continue
        counts = Counter(e for a in group for e in salient.get(a, ()))
        top = [e for e, _ in sorted(counts.items(), key=lambda kv: (-kv[1], names.get(kv[0], ""), kv[0]))[:5]]
        dates = sorted(articles[a].published[:10] for a in group if articles[a].published)
        story_id = content_id("story", *group)
        rows.append({
            "id": story_id,
            "label": ", ".join(names[e] for e in top[:3] if e in names) or "story",
            "articles": group,
            "first": dates[0] if dates else None,
            "last": dates[-1] if dates else None,
            "entities": top,
        })
        for a in group:
            story_of[a] = story_id
    rows.sort(key=lambda r: (r["first"] or "9999", r["id"]))
    return rows, story_of
