"""PyTorch CPU peer for `repro-bench numerics`: trains the TRAILS MLP on a frappe-shaped stream.

Prints one JSON line: {"samples_per_second": ..., "steps": ..., "threads": ..., "torch": ...}.
The model mirrors Numerics.MLP: Embedding(features, 10) (xavier-uniform) times the
feature value, flattened; per hidden width Linear -> BatchNorm1d -> ReLU; Linear -> 2;
CrossEntropy, Adam(1e-3), clip_grad_value_(1).
"""
import argparse
import json
import time

import torch
import torch.nn as nn


class TabularMLP(nn.Module):
    def __init__(self, fields, features, widths, emb=10):
        super().__init__()
        self.embedding = nn.Embedding(features, emb)
        nn.init.xavier_uniform_(self.embedding.weight)
        layers, width = [], fields * emb
        for w in widths:
            layers += [nn.Linear(width, w), nn.BatchNorm1d(w), nn.ReLU()]
            width = w
        layers.append(nn.Linear(width, 2))
        self.mlp = nn.Sequential(*layers)
        for m in self.mlp:
            if isinstance(m, nn.Linear):
                nn.init.kaiming_uniform_(m.weight, nonlinearity="relu")
                nn.init.zeros_(m.bias)

    def forward(self, ids, values):
        x = self.embedding(ids) * values.unsqueeze(2)
        return self.mlp(x.flatten(1))


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--arch", default="256-256-256-256")
    p.add_argument("--fields", type=int, default=10)
    p.add_argument("--features", type=int, default=5500)
    p.add_argument("--batch", type=int, default=512)
    p.add_argument("--steps", type=int, default=200)
    p.add_argument("--warmup", type=int, default=10)
    a = p.parse_args()
    torch.set_num_threads(a.threads)
    torch.manual_seed(0)
    widths = [int(w) for w in a.arch.split("-")]
    model = TabularMLP(a.fields, a.features, widths)
    model.train()
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    loss_fn = nn.CrossEntropyLoss()
    per_field = a.features // a.fields
    g = torch.Generator().manual_seed(1)
    n_batches = 64
    offsets = torch.arange(a.fields) * per_field
    batches = []
    for _ in range(n_batches):
        ids = torch.randint(0, per_field, (a.batch, a.fields), generator=g) + offsets
        vals = torch.ones(a.batch, a.fields)
        y = torch.randint(0, 2, (a.batch,), generator=g)
        batches.append((ids, vals, y))

    def step(i):
        ids, vals, y = batches[i % n_batches]
        opt.zero_grad()
        loss = loss_fn(model(ids, vals), y)
        loss.backward()
        nn.utils.clip_grad_value_(model.parameters(), 1.0)
        opt.step()

    for i in range(a.warmup):
        step(i)
    start = time.perf_counter()
    for i in range(a.steps):
        step(i)
    elapsed = time.perf_counter() - start
    print(json.dumps({
        "samples_per_second": a.steps * a.batch / elapsed,
        "steps": a.steps, "threads": torch.get_num_threads(), "torch": torch.__version__,
    }))


if __name__ == "__main__":
    main()
