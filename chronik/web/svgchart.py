"""A figure series as an inline SVG chart, drawn on the server (no script).

One mark per figure, i.e. per source that reported it, at its ``as_of`` date;
a range (``low`` < ``high``) is an error bar, an open bound an arrow (up for
"more than", down for "up to"), a figure in a conflict a red ring. Each mark
carries the number of its row in the table beside the chart and links to the
sentence it came from.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from markupsafe import Markup, escape

from chronik.web.views import evidence_url, source_label

WIDTH, HEIGHT = 560, 240
LEFT, RIGHT, TOP, BOTTOM = 64, 16, 14, 34
# Marks reported for the same day are spread this many pixels apart, in
# turns right and left of the date, at most two steps away.
SAME_DAY_SPREAD = 9
SPREAD_STEPS = (0, 1, -1, 2, -2)
# Above this many marks the row numbers beside them would only cover the chart.
MAX_NUMBERED = 30
# Date labels on the time axis stand at least this far apart (a label is ~62 px wide).
MIN_TICK_GAP = 72


@dataclass(frozen=True, slots=True, kw_only=True)
class Mark:
    number: int
    when: date
    low: float
    high: float
    bound: str | None
    conflict: bool
    title: str
    href: str


def series_marks(series: dict, figures: dict, articles: dict) -> list[Mark]:
    """The drawable figures of a series, numbered as in its table (1-based
    position in the series); vague figures and those without a date are left out."""
    conflicted = {f for pair in series["conflicts"] for f in pair}
    marks = []
    for number, fid in enumerate(series["figures"], start=1):
        f = figures[fid]
        if not f["as_of"] or (f["low"] is None and f["high"] is None):
            continue
        low = f["low"] if f["low"] is not None else f["high"]
        high = f["high"] if f["high"] is not None else f["low"]
        article = articles.get(f["article"])
        who = f["attribution"] or "no attribution"
        marks.append(Mark(number=number, when=date.fromisoformat(f["as_of"][:10]), low=float(low), high=float(high),
                          bound=f["bound"], conflict=fid in conflicted,
                          title=f"{number}: {f['text']} ({who}; {source_label(article)})",
                          href=evidence_url(f["article"], f["sentence"])))
    return marks


def _nice_step(span: float) -> float:
    raw = span / 4 or 1
    magnitude = 10 ** (len(str(int(raw))) - 1) if raw >= 1 else 1
    for step in (1, 2, 2.5, 5, 10):
        if step * magnitude >= raw:
            return step * magnitude
    return 10 * magnitude


def _number(value: float) -> str:
    """Short tick labels: 12 000, 1.5 M, 5.6 bn."""
    for size, suffix in ((1e9, " bn"), (1e6, " M")):
        if abs(value) >= size:
            return f"{value / size:.4g}{suffix}"
    return f"{value:,.0f}".replace(",", "\u202f") if abs(value) >= 10 or value == int(value) else f"{value:g}"


def series_svg(series: dict, figures: dict, articles: dict) -> Markup:
    marks = series_marks(series, figures, articles)
    if not marks:
        return Markup('<p class="muted">No dated figure with a value to draw.</p>')
    first, last = min(m.when for m in marks), max(m.when for m in marks)
    days = max((last - first).days, 1)
    top_value = max(m.high for m in marks) * 1.15 or 1
    bottom_value = min(0.0, min(m.low for m in marks))
    step = _nice_step(top_value - bottom_value)
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def x(when: date) -> float:
        if first == last:
            return LEFT + plot_w / 2
        return LEFT + 20 + (plot_w - 40) * (when - first).days / days

    def y(value: float) -> float:
        return TOP + plot_h * (1 - (value - bottom_value) / (top_value - bottom_value))

    out = [f'<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" height="{HEIGHT}" role="img" '
           f'aria-label="{escape(series["label"])}">',
           f'<rect x="{LEFT}" y="{TOP}" width="{plot_w}" height="{plot_h}" class="plot"/>']
    tick = bottom_value
    while tick <= top_value:
        out.append(f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y(tick):.1f}" y2="{y(tick):.1f}" class="grid"/>'
                   f'<text x="{LEFT - 6}" y="{y(tick) + 4:.1f}" class="ytick">{_number(tick)}</text>')
        tick += step
    labelled = -float(MIN_TICK_GAP)
    for when in sorted({m.when for m in marks}):
        if x(when) - labelled >= MIN_TICK_GAP:
            labelled = x(when)
            out.append(f'<text x="{labelled:.1f}" y="{HEIGHT - 12}" class="xtick">{when.isoformat()}</text>')
    seen: dict[date, int] = {}
    numbered = len(marks) <= MAX_NUMBERED
    for m in marks:
        turn = seen.get(m.when, 0)
        seen[m.when] = turn + 1
        cx = x(m.when) + SPREAD_STEPS[turn % len(SPREAD_STEPS)] * SAME_DAY_SPREAD
        out.append(_mark(m, cx, y, y(bottom_value), numbered))
    out.append("</svg>")
    return Markup("".join(out))


def _mark(m: Mark, cx: float, y, floor: float, numbered: bool) -> str:
    mid = y((m.low + m.high) / 2)
    parts = [f'<a href="{escape(m.href)}" class="mark{" conflict" if m.conflict else ""}">'
             f"<title>{escape(m.title)}</title>"]
    if m.high > m.low:
        top, bottom = y(m.high), y(m.low)
        parts.append(f'<line x1="{cx:.1f}" x2="{cx:.1f}" y1="{top:.1f}" y2="{bottom:.1f}" class="bar"/>'
                     f'<line x1="{cx - 4:.1f}" x2="{cx + 4:.1f}" y1="{top:.1f}" y2="{top:.1f}" class="bar"/>'
                     f'<line x1="{cx - 4:.1f}" x2="{cx + 4:.1f}" y1="{bottom:.1f}" y2="{bottom:.1f}" class="bar"/>')
    if m.bound == "lower":
        parts.append(f'<path d="M{cx:.1f} {mid:.1f} V{mid - 22:.1f} M{cx - 4:.1f} {mid - 16:.1f} L{cx:.1f} '
                     f'{mid - 22:.1f} L{cx + 4:.1f} {mid - 16:.1f}" class="bound"/>')
    elif m.bound == "upper":
        down = min(mid + 22, floor)
        parts.append(f'<path d="M{cx:.1f} {mid:.1f} V{down:.1f} M{cx - 4:.1f} {down - 6:.1f} L{cx:.1f} {down:.1f} '
                     f'L{cx + 4:.1f} {down - 6:.1f}" class="bound"/>')
    if m.conflict:
        parts.append(f'<circle cx="{cx:.1f}" cy="{mid:.1f}" r="9" class="ring"/>')
    parts.append(f'<circle cx="{cx:.1f}" cy="{mid:.1f}" r="4.5" class="dot"/>')
    if numbered:
        parts.append(f'<text x="{cx + 7:.1f}" y="{mid - 6:.1f}" class="num">{m.number}</text>')
    parts.append("</a>")
    return "".join(parts)
