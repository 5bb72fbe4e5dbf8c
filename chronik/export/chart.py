"""A figure series drawn over time: one mark per source, ranges as error
bars, open bounds as arrows, conflicts circled (matplotlib)."""
from __future__ import annotations

from datetime import date

from chronik.errors import ConfigError


def draw_series(series: list[dict], figures: dict, articles: dict, path: str) -> None:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        raise ConfigError("--chart needs matplotlib: pip install 'chronik[charts]'") from None
    if not path.endswith((".png", ".svg")):
        raise ConfigError(f"cannot draw {path}: the chart file must end in .png or .svg")
    drawable = [s for s in series if any(figures[f]["as_of"] for f in s["figures"])]
    if not drawable:
        raise ConfigError("no series with dated figures to draw; check 'chronik figures' first")
    fig, axes = plt.subplots(len(drawable), 1, figsize=(8, 3.2 * len(drawable)), squeeze=False)
    for ax, s in zip(axes[:, 0], drawable):
        conflicted = {f for pair in s["conflicts"] for f in pair}
        for fid in s["figures"]:
            f = figures[fid]
            if not f["as_of"] or (f["low"] is None and f["high"] is None):
                continue
            when = date.fromisoformat(f["as_of"][:10])
            low = f["low"] if f["low"] is not None else f["high"]
            high = f["high"] if f["high"] is not None else f["low"]
            mid = (low + high) / 2
            article = articles.get(f["article"])
            outlet = (article.outlet or article.source.rsplit("/", 1)[-1]) if article else "unattributed"
            source = f"{f['attribution']} ({outlet})" if f["attribution"] else outlet
            ax.errorbar([when], [mid], yerr=[[mid - low], [high - mid]], fmt="o", capsize=4, label=source)
            if f["bound"] == "lower":
                ax.annotate("", xy=(when, mid * 1.15), xytext=(when, mid), arrowprops={"arrowstyle": "->"})
            if fid in conflicted:
                ax.scatter([when], [mid], s=260, facecolors="none", edgecolors="red", linewidths=1.5)
        ax.set_title(s["label"])
        ax.set_ylabel(s["counted"] or "")
        if ax.get_legend_handles_labels()[1]:
            ax.legend(fontsize=7, loc="best")
        ax.grid(alpha=0.3)
    fig.autofmt_xdate()
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
