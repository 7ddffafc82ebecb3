"""Reference TFMEM values for Tests/NumericsTests/TFMEMTests.swift, computed with PyTorch autograd (float64).

Run: .venv-bench/bin/python Sources/ReproBench/peers/numerics_tfmem_reference.py
The small fixed network and batch are defined by formulas that the Swift test repeats:
  fields 3, features 12, embedding 4, hidden widths 6-5-7-4, 2 outputs;
  flat parameter i (Numerics.MLP layout: embedding table, then per layer weight (out x in,
  row-major), bias, and for hidden layers BN gamma, beta) = 0.6*sin(1.3*i + 0.7),
  except BN gamma = 1 + 0.2*sin(i) (so gamma is not near 0), each rounded to float32;
  batch of 8 rows: id(r,f) = 4f + (7r + 5f) % 4, value(r,f) = 0.5 + 0.25*((r+f) % 3), label = r % 2;
  ExpressFlow perturbation delta[k] = 1e-5 * sin(0.37k + 0.2) over the 8 x 12 input.
Definitions follow the doc comments of Numerics.TFMEM; GraSP uses an exact Hessian-vector
product (double backward) where Numerics uses a central difference.
"""
import json
import math

import numpy as np
import torch
import torch.nn as nn

torch.set_default_dtype(torch.float64)
F, V, E, WIDTHS, B = 3, 12, 4, [6, 5, 7, 4], 8


def build():
    emb = nn.Embedding(V, E)
    linears, bns = [], []
    width = F * E
    for w in WIDTHS + [2]:
        linears.append(nn.Linear(width, w))
        width = w
    for w in WIDTHS:
        bns.append(nn.BatchNorm1d(w, eps=1e-5, momentum=0.1))
    i = 0

    def fill(t, gamma=False):
        nonlocal i
        flat = t.data.view(-1)
        for k in range(flat.numel()):
            value = 1 + 0.2 * math.sin(i) if gamma else 0.6 * math.sin(1.3 * i + 0.7)
            flat[k] = float(np.float32(value))  # Numerics stores parameters as Float32
            i += 1

    fill(emb.weight)
    for l, lin in enumerate(linears):
        fill(lin.weight)
        fill(lin.bias)
        if l < len(WIDTHS):
            fill(bns[l].weight, gamma=True)
            fill(bns[l].bias)
    return emb, linears, bns


def batch():
    ids = torch.tensor([[4 * f + (7 * r + 5 * f) % 4 for f in range(F)] for r in range(B)])
    vals = torch.tensor([[0.5 + 0.25 * ((r + f) % 3) for f in range(F)] for r in range(B)])
    y = torch.tensor([r % 2 for r in range(B)])
    return ids, vals, y


def mlp(x, linears, bns, use_bn=True, hooks=None):
    for l, lin in enumerate(linears):
        h = lin(x)
        if hooks is not None:
            hooks.append(h)
            if h.requires_grad:
                h.retain_grad()
        if l == len(linears) - 1:
            return h
        if use_bn:
            h = bns[l](h)
        x = torch.relu(h)
        if hooks is not None:
            hooks.append(("relu", x))


def main():
    emb, linears, bns = build()
    for bn in bns:
        bn.train()
    ids, vals, y = batch()
    params = [emb.weight] + [p for l, lin in enumerate(linears)
                             for p in ([lin.weight, lin.bias] + ([bns[l].weight, bns[l].bias] if l < len(WIDTHS) else []))]
    weights = [lin.weight for lin in linears]
    embed = lambda: (emb(ids) * vals.unsqueeze(2)).flatten(1)
    loss_fn = nn.CrossEntropyLoss()
    out = {}

    def loss():
        return loss_fn(mlp(embed(), linears, bns), y)

    g = torch.autograd.grad(loss(), weights)
    out["grad_norm"] = sum(x.norm().item() for x in g)
    out["snip"] = sum((w * x).abs().sum().item() for w, x in zip(weights, g))
    g = torch.autograd.grad(loss(), weights, create_graph=True)
    z = sum((x * x.detach()).sum() for x in g)
    hg = torch.autograd.grad(z, weights)
    out["grasp"] = -sum((w * h).sum().item() for w, h in zip(weights, hg))
    hooks = []
    l = loss_fn(mlp(embed(), linears, bns, hooks=hooks), y)
    l.backward()
    acts = [h for h in hooks if not isinstance(h, tuple)]
    # Fisher per weight: each channel's value spread over its weight row, so times the fan-in.
    out["fisher"] = sum((0.5 * (a * a.grad).pow(2).mean(0)).sum().item() * lin.in_features
                        for a, lin in zip(acts, linears))
    out["weight_norm"] = sum(w.norm().item() for w in weights)
    gall = torch.autograd.grad(loss(), params)
    out["ntk_trace_approx"] = sum((x * x).sum().item() for x in gall)

    # SynFlow: |theta|, BN removed, all-ones batch of B rows fed to the first Linear.
    with torch.no_grad():
        absw = [lin.weight.abs() for lin in linears]
        absb = [lin.bias.abs() for lin in linears]
    absw = [w.clone().requires_grad_(True) for w in absw]
    x = torch.ones(B, F * E)
    for k, (w, b) in enumerate(zip(absw, absb)):
        x = x @ w.T + b
        if k < len(absw) - 1:
            x = torch.relu(x)
    gw = torch.autograd.grad(x.sum(), absw)
    out["synflow"] = sum((w * gg).sum().item() for w, gg in zip(absw, gw))

    # NASWOT
    with torch.no_grad():
        hooks = []
        mlp(embed(), linears, bns, hooks=hooks)
        codes = torch.cat([(t[1] > 0).double() for t in hooks if isinstance(t, tuple)], dim=1).numpy()
    K = codes @ codes.T + (1 - codes) @ (1 - codes).T
    out["naswot"] = float(np.linalg.slogdet(K)[1])
    out["jacflow"] = abs(out["synflow"] + out["naswot"])

    # jacob_cov
    xin = embed().detach().requires_grad_(True)
    mlp(xin, linears, bns).backward(torch.ones(B, 2))
    J = xin.grad.numpy()
    lam = np.linalg.eigvalsh(np.corrcoef(J))
    out["jacob_cov"] = float(-np.sum(np.log(lam + 1e-5) + 1.0 / (lam + 1e-5)))

    # NTK as TRAILS hooks it: one backward of sum_n f(x_n)[y_n]; row n's per-sample gradient of
    # each Linear is (b_n a_n^T, b_n), b the output gradient and a the input; built explicitly here.
    hooks = []
    xin = embed()
    f = mlp(xin, linears, bns, hooks=hooks)
    f[torch.arange(B), y].sum().backward()
    outs = [h for h in hooks if not isinstance(h, tuple)]
    ins = [xin] + [t[1] for t in hooks if isinstance(t, tuple)]
    G = []
    for n in range(B):
        row = []
        for a, h in zip(ins, outs):
            b = h.grad[n]
            row.append(torch.outer(b, a[n].detach()).reshape(-1))
            row.append(b)
        G.append(torch.cat(row))
    G = torch.stack(G).detach().numpy()
    theta = G @ G.T
    ev = np.linalg.eigvalsh(theta)
    out["ntk_cond"] = float(ev[-1] / ev[0])
    out["ntk_trace"] = float(np.trace(theta))

    # ExpressFlow with the fixed perturbation
    eps = 1e-5
    delta = torch.tensor([eps * math.sin(0.37 * k + 0.2) for k in range(B * F * E)]).view(B, F * E)

    def relu_outputs(inp, keep_grad):
        zs, x = [], inp
        for k, (w, b) in enumerate(zip(absw, absb)):
            x = x @ w.T + b
            if k < len(absw) - 1:
                x = torch.relu(x)
                if keep_grad:
                    x.retain_grad()
                zs.append(x)
        return zs, x

    zs, fout = relu_outputs(torch.ones(B, F * E), True)
    fout.sum().backward()
    sal = [(z * z.grad.abs()).sum().item() for z in zs]
    with torch.no_grad():
        zp, _ = relu_outputs(torch.ones(B, F * E) + delta, False)
    inv = [eps / (a - z).norm().item() for a, z in zip(zp, zs)]
    out["express_flow"] = sum(i / sum(inv) * w * s for i, w, s in zip(inv, WIDTHS, sal))
    print(json.dumps(out, indent=1, sort_keys=True))


if __name__ == "__main__":
    main()
