"""PyTorch cross-check of Numerics training on real frappe (same split and protocol as `repro-bench numerics`).

valid.libsvm = training rows, first half of test.libsvm = validation; TRAILS MLP, batch 512,
Adam 1e-3 cosine to 1e-4 over the epochs, clip_grad_value_(1), one pass per epoch.
Prints the validation AUC after each epoch.
Usage: .venv-bench/bin/python numerics_torch_frappe.py <frappe dir> [epochs] [arch] [threads]
"""
import math
import sys
import time

import numpy as np
import torch
import torch.nn as nn

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from numerics_torch_mlp import TabularMLP  # noqa: E402


def load(path):
    ids, vals, ys = [], [], []
    for line in open(path):
        parts = line.split()
        if not parts:
            continue
        ys.append(1 if float(parts[0]) > 0 else 0)
        pairs = [p.split(":") for p in parts[1:]]
        ids.append([int(i) for i, _ in pairs])
        vals.append([float(v) for _, v in pairs])
    return torch.tensor(ids), torch.tensor(vals, dtype=torch.float32), torch.tensor(ys)


def auc(scores, labels):
    order = np.argsort(scores, kind="mergesort")
    s = scores[order]
    ranks = np.empty(len(s))
    i = 0
    while i < len(s):
        j = i
        while j + 1 < len(s) and s[j + 1] == s[i]:
            j += 1
        ranks[order[i:j + 1]] = (i + j + 2) / 2
        i = j + 1
    pos = labels.sum()
    neg = len(labels) - pos
    return (ranks[labels == 1].sum() - pos * (pos + 1) / 2) / (pos * neg)


def main():
    root = sys.argv[1]
    epochs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    arch = sys.argv[3] if len(sys.argv) > 3 else "256-256-256-256"
    torch.set_num_threads(int(sys.argv[4]) if len(sys.argv) > 4 else 1)
    torch.manual_seed(2024)
    tr = load(f"{root}/valid.libsvm")
    te = load(f"{root}/test.libsvm")
    half = len(te[2]) // 2
    va = tuple(t[:half] for t in te)
    model = TabularMLP(10, 5500, [int(w) for w in arch.split("-")])
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=epochs, eta_min=1e-4)
    loss_fn = nn.CrossEntropyLoss()
    start = time.perf_counter()
    for epoch in range(epochs):
        model.train()
        perm = torch.randperm(len(tr[2]))
        for b in range(0, len(perm), 512):
            idx = perm[b:b + 512]
            if len(idx) < 2:
                continue
            opt.zero_grad()
            loss = loss_fn(model(tr[0][idx], tr[1][idx]), tr[2][idx])
            loss.backward()
            nn.utils.clip_grad_value_(model.parameters(), 1.0)
            opt.step()
        sched.step()
        model.eval()
        with torch.no_grad():
            p = torch.softmax(model(va[0], va[1]), dim=1)[:, 1].numpy()
        print(f"epoch {epoch + 1}  val AUC {auc(p, va[2].numpy()):.4f}  time {time.perf_counter() - start:.2f} s", flush=True)


if __name__ == "__main__":
    main()
