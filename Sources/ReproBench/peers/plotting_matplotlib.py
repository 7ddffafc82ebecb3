"""Peer for `repro-bench plotting`: renders the same 4-panel figure with matplotlib.

Usage: plotting_matplotlib.py DATA.json OUTDIR REPEATS
Reads the series written by the Swift bench, renders PDF + SVG REPEATS times and prints
one line: the median seconds per PDF+SVG render (import and data loading excluded).
"""
import json
import os
import statistics
import sys
import time

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

plt.rcParams.update({"font.family": "DejaVu Sans", "font.size": 7.5, "svg.hashsalt": "repro",
                     "pdf.compression": 6})


def render(data, outdir, i):
    fig, axes = plt.subplots(2, 2, figsize=(6.75, 4.2))
    x = data["x"]
    a, b, c, d = axes.flat
    a.plot(x, data["y0"], label="line", linewidth=1.3)
    a.set_title("Line")
    b.scatter(data["sx"], data["sy"], s=4, label="scatter")
    b.set_title("Scatter")
    c.fill_between(x, data["lower"], data["upper"], alpha=0.22)
    c.plot(x, data["mean"], label="band")
    c.set_title("Band")
    d.plot(data["logx"], data["y3"], label="log x")
    d.set_xscale("log")
    d.set_title("Log x")
    for ax in axes.flat:
        ax.set_xlabel("x")
        ax.set_ylabel("y")
        ax.grid(True, linewidth=0.5, color="#e0e0e0")
        ax.legend(loc="best")
    fig.tight_layout()
    fig.savefig(os.path.join(outdir, f"mpl-{i}.pdf"))
    fig.savefig(os.path.join(outdir, f"mpl-{i}.svg"))
    plt.close(fig)


def main():
    path, outdir, repeats = sys.argv[1], sys.argv[2], int(sys.argv[3])
    with open(path) as f:
        data = json.load(f)
    times = []
    for i in range(repeats):
        start = time.perf_counter()
        render(data, outdir, i)
        times.append(time.perf_counter() - start)
    print(f"{statistics.median(times):.6f}")


if __name__ == "__main__":
    main()
