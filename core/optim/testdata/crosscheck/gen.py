#!/usr/bin/env python3
"""Independent reference trajectories for descent's optimizers.

This script regenerates cases.json, which crosscheck_test.go (package
optim_test, one directory up) replays through optim.New and core/surface.
It was written from the published update rules below and from the
convention notes in core/optim's doc comments, without reading the Go
optimizers' bodies, so that it is a second, independent implementation.

Regenerate (from the repository root; plain Python 3.8+, standard library
only, no numpy; the output is byte-for-byte deterministic):

    python3 core/optim/testdata/crosscheck/gen.py

It writes core/optim/testdata/crosscheck/cases.json next to itself and
prints two margins for every case, exiting 1 if either is too thin:
  - sensitivity: how far the trajectory would move under a nearby but
    different convention (see "Sensitivity" below); must exceed 1e-6, far
    above the test's tolerance of 1e-9*(1+|want|), or the case could not
    tell the conventions apart;
  - conditioning: how far ~1 ulp of noise per step moves it; must stay
    below 1e-11, so that two correct float64 implementations, which round
    differently here and there, cannot drift apart to the tolerance.

cases.json has the shape of ../trajectories.json: a list of
{name, func, start, opt, steps, points}, where opt is {"kind": ..., then
hyperparameters under descent's snake_case names (switches as JSON
booleans)} and points are [x, y, f(x, y)] from step 0 to `steps`, in
float64 (Python floats, printed with repr: shortest round-trip).

Notation: theta the parameters, g the gradient at theta, t = 1, 2, ... the
step, lam the weight decay, eta the learning rate. All state starts at 0
unless stated. Every rule is applied per coordinate.

Coupled weight decay (every kind but adamw), as PyTorch's weight_decay
argument: g <- g + lam*theta, before anything else in the step.
[PyTorch docs, every torch.optim algorithm box: "if lam != 0: g_t <- g_t +
lam*theta_{t-1}".]

sgd -- PyTorch torch.optim.SGD documentation algorithm:
    if mu != 0:
        b <- g                          (t = 1)
        b <- mu*b + (1 - dampening)*g   (t > 1)
        d <- g + mu*b if nesterov else b
    else d <- g
    theta <- theta - eta*d

adagrad -- descent's stated convention (Keras / TensorFlow.js):
    s starts at initial_accumulator;  s <- s + g^2
    theta <- theta - eta*g/sqrt(s + eps)

rmsprop -- Graves 2013, "Generating Sequences With Recurrent Neural
Networks", eq. 38-41 (with Keras's / TF.js's plain form when not centered),
in descent's stated convention: eps inside the root, eta inside the
momentum buffer:
    v <- rho*v + (1 - rho)*g^2
    a <- sqrt(v + eps)                                  (plain)
    gbar <- rho*gbar + (1 - rho)*g; a <- sqrt(max(v - gbar^2, 0) + eps)  (centered)
    b <- mu*b + eta*g/a;  theta <- theta - b
(v - gbar^2 >= 0 in exact arithmetic, by Cauchy-Schwarz; descent's doc says
it clamps rounding below 0 to 0, and so does this script.)

adadelta -- Zeiler 2012, "ADADELTA: An Adaptive Learning Rate Method",
Algorithm 1, with PyTorch's lr multiplier (torch.optim.Adadelta docs):
    Eg <- rho*Eg + (1 - rho)*g^2
    delta <- sqrt(Ed + eps)/sqrt(Eg + eps) * g          (Ed from the previous step)
    Ed <- rho*Ed + (1 - rho)*delta^2                    (unscaled delta)
    theta <- theta - eta*delta

adam / amsgrad / adamw -- Kingma & Ba 2015 Algorithm 1 and PyTorch's
torch.optim.Adam / AdamW documentation:
    adamw: theta <- theta - eta*lam*theta   (decoupled; g unchanged)
           [PyTorch AdamW docs: theta_t <- theta_{t-1} - gamma*lam*theta_{t-1};
            Loshchilov & Hutter 2019, Algorithm 2, line 12, with the schedule
            multiplier folded into eta as PyTorch does]
    m <- beta1*m + (1 - beta1)*g
    v <- beta2*v + (1 - beta2)*g^2
    amsgrad: vmax <- max(vmax, v) and vmax replaces v below
           [Reddi et al. 2018 Algorithm 2 keeps vhat_t = max(vhat_{t-1}, v_t) of
            the raw v (and has no bias correction); PyTorch's implementation
            keeps the same maximum (torch.maximum(max_exp_avg_sqs,
            exp_avg_sq)) and then divides by sqrt(1 - beta2^t), which is what
            descent's doc states. PyTorch's documentation box up to 2.5 wrote
            the max over the bias-corrected v_hat instead; that was a doc
            error, fixed after pytorch/pytorch issue #142323 by PR #142351
            (Dec 2024). The doc's old form is the "amsgrad-max-of-vhat"
            sensitivity row.]
    mhat = m/(1 - beta1^t);  vhat = v/(1 - beta2^t)
    theta <- theta - eta*mhat/(sqrt(vhat) + eps)

adamax -- descent's stated convention (Keras / TensorFlow.js):
    m <- beta1*m + (1 - beta1)*g;  u <- max(beta2*u, |g|)
    theta <- theta - eta/(1 - beta1^t) * m/(u + eps)

nadam -- PyTorch torch.optim.NAdam documentation algorithm (Dozat 2016 with
the momentum schedule of Sutskever et al. 2013, psi = momentum_decay =
0.004, which descent's New always uses):
    mu_t = beta1*(1 - 0.5*0.96^(t*psi));  mu_{t+1} likewise
    P_t = mu_1*...*mu_t  (kept as a running product)
    m <- beta1*m + (1 - beta1)*g;  v <- beta2*v + (1 - beta2)*g^2
    mhat = mu_{t+1}*m/(1 - P_t*mu_{t+1}) + (1 - mu_t)*g/(1 - P_t)
    vhat = v/(1 - beta2^t)
    theta <- theta - eta*mhat/(sqrt(vhat) + eps)

Surfaces: the formulas and gradients of core/surface/surface.go, written
with the same operation order.

Sensitivity. For each case the script also runs the same case under rules
that a plausible slip (or another framework) would give, and prints the
largest |alt - ref|/(1 + |ref|) over the trajectory:
    no-weight-decay       lam ignored (shows the decay matters in the case)
    l2-keras-2lam         g <- g + 2*lam*theta (Keras's l2(lam) scale)
    amsgrad-as-adam       no max
    amsgrad-max-of-vhat   vmax <- max(vmax, v/(1 - beta2^t)), no further correction
    adamw-coupled         AdamW's decay added to g instead (Adam with L2)
    adamw-unscaled-decay  theta <- theta - lam*theta (decay not times eta)
    adadelta-prev-Eg      TF.js: divide by the previous step's E[g^2]
    rmsprop-eps-outside   PyTorch: a = sqrt(v) + eps (or sqrt(v - gbar^2) + eps)
    rmsprop-uncentered    centered flag ignored
    sgd-damp-first-step   first buffer (1 - dampening)*g instead of g
    sgd-no-dampening      dampening ignored
    nadam-constant-mu     Dozat's simple form, mu_t = beta1 for every t
    nadam-as-adam         NAdam replaced by Adam
"""

import json
import math
import os
import sys

# ---------------------------------------------------------------------------
# Surfaces (core/surface/surface.go)


def quadratic(x, y):
    return 0.1 * x * x + 2 * y * y, (0.2 * x, 4 * y)


def rosenbrock(x, y):
    a, b = 1 - x, y - x * x
    f = a * a + 100 * b * b
    return f, (-2 * (1 - x) - 400 * x * b, 200 * b)


def beale(x, y):
    t1, t2, t3 = 1.5 - x + x * y, 2.25 - x + x * y * y, 2.625 - x + x * y * y * y
    f = t1 * t1 + t2 * t2 + t3 * t3
    gx = 2 * t1 * (y - 1) + 2 * t2 * (y * y - 1) + 2 * t3 * (y * y * y - 1)
    gy = 2 * t1 * x + 2 * t2 * (2 * x * y) + 2 * t3 * (3 * x * y * y)
    return f, (gx, gy)


def himmelblau(x, y):
    a, b = x * x + y - 11, x + y * y - 7
    return a * a + b * b, (4 * x * a + 2 * b, 2 * a + 4 * y * b)


def saddle(x, y):
    return x * x - y * y, (2 * x, -2 * y)


SURFACES = {
    "quadratic": quadratic,
    "rosenbrock": rosenbrock,
    "beale": beale,
    "himmelblau": himmelblau,
    "saddle": saddle,
}

# ---------------------------------------------------------------------------
# Hyperparameters: descent's names, order and defaults (core/optim/params.go).

DEFAULTS = {
    "sgd": [("lr", 0.01), ("momentum", 0.0), ("dampening", 0.0), ("nesterov", False), ("weight_decay", 0.0)],
    "adagrad": [("lr", 0.01), ("initial_accumulator", 0.1), ("eps", 1e-7), ("weight_decay", 0.0)],
    "rmsprop": [("lr", 0.01), ("rho", 0.99), ("eps", 1e-8), ("momentum", 0.0), ("centered", False),
                ("weight_decay", 0.0)],
    "adadelta": [("lr", 1.0), ("rho", 0.9), ("eps", 1e-6), ("weight_decay", 0.0)],
    "adam": [("lr", 0.001), ("beta1", 0.9), ("beta2", 0.999), ("eps", 1e-8), ("weight_decay", 0.0)],
    "amsgrad": [("lr", 0.001), ("beta1", 0.9), ("beta2", 0.999), ("eps", 1e-8), ("weight_decay", 0.0)],
    "adamw": [("lr", 0.001), ("beta1", 0.9), ("beta2", 0.999), ("eps", 1e-8), ("weight_decay", 0.01)],
    "adamax": [("lr", 0.002), ("beta1", 0.9), ("beta2", 0.999), ("eps", 1e-8), ("weight_decay", 0.0)],
    "nadam": [("lr", 0.002), ("beta1", 0.9), ("beta2", 0.999), ("eps", 1e-8), ("weight_decay", 0.0)],
}

PSI = 0.004  # NAdam's momentum_decay; descent's New always uses it.
ULP = 2.0 ** -52  # float64's machine epsilon, for the conditioning check
CONDITION_LIMIT = 1e-11  # 100 times below the test's tolerance of 1e-9


def resolve(opt):
    """Fill in defaults; return a dict in descent's parameter order."""
    kind = opt["kind"]
    names = [n for n, _ in DEFAULTS[kind]]
    for k in opt:
        if k != "kind" and k not in names:
            raise ValueError("%s does not take %s" % (kind, k))
    out = {}
    for n, d in DEFAULTS[kind]:
        out[n] = opt.get(n, d)
    return out


# ---------------------------------------------------------------------------
# Optimizers. Each is a class with step(theta, g) -> new theta (lists of 2).
# `variant` selects a deliberately different convention for the
# sensitivity report; None is the reference rule.


def coupled(g, theta, lam, variant):
    if variant == "no-weight-decay":
        return list(g)
    if variant == "l2-keras-2lam":
        lam = 2 * lam
    if lam == 0:
        return list(g)
    return [gi + lam * ti for gi, ti in zip(g, theta)]


class SGD:
    def __init__(self, h, variant):
        self.h, self.variant, self.t, self.b = h, variant, 0, [0.0, 0.0]

    def step(self, theta, g):
        h, var = self.h, self.variant
        self.t += 1
        g = coupled(g, theta, h["weight_decay"], var)
        mu, damp = h["momentum"], h["dampening"]
        if var == "sgd-no-dampening":
            damp = 0.0
        if mu != 0:
            for i in range(2):
                if self.t == 1 and var != "sgd-damp-first-step":
                    self.b[i] = g[i]
                else:
                    self.b[i] = mu * self.b[i] + (1 - damp) * g[i]
            d = [g[i] + mu * self.b[i] for i in range(2)] if h["nesterov"] else list(self.b)
        else:
            d = g
        return [theta[i] - h["lr"] * d[i] for i in range(2)]


class Adagrad:
    def __init__(self, h, variant):
        self.h, self.variant = h, variant
        self.s = [h["initial_accumulator"]] * 2

    def step(self, theta, g):
        h = self.h
        g = coupled(g, theta, h["weight_decay"], self.variant)
        out = []
        for i in range(2):
            self.s[i] = self.s[i] + g[i] * g[i]
            out.append(theta[i] - h["lr"] * g[i] / math.sqrt(self.s[i] + h["eps"]))
        return out


class RMSprop:
    def __init__(self, h, variant):
        self.h, self.variant = h, variant
        self.v, self.gbar, self.b = [0.0, 0.0], [0.0, 0.0], [0.0, 0.0]

    def step(self, theta, g):
        h, var = self.h, self.variant
        g = coupled(g, theta, h["weight_decay"], var)
        rho, eps = h["rho"], h["eps"]
        centered = h["centered"] and var != "rmsprop-uncentered"
        out = []
        for i in range(2):
            self.v[i] = rho * self.v[i] + (1 - rho) * g[i] * g[i]
            if centered:
                self.gbar[i] = rho * self.gbar[i] + (1 - rho) * g[i]
                s = max(self.v[i] - self.gbar[i] * self.gbar[i], 0.0)
            else:
                s = self.v[i]
            if var == "rmsprop-eps-outside":
                a = math.sqrt(s) + eps
            else:
                a = math.sqrt(s + eps)
            self.b[i] = h["momentum"] * self.b[i] + h["lr"] * g[i] / a
            out.append(theta[i] - self.b[i])
        return out


class Adadelta:
    def __init__(self, h, variant):
        self.h, self.variant = h, variant
        self.eg, self.ed = [0.0, 0.0], [0.0, 0.0]

    def step(self, theta, g):
        h, var = self.h, self.variant
        g = coupled(g, theta, h["weight_decay"], var)
        rho, eps = h["rho"], h["eps"]
        out = []
        for i in range(2):
            prev = self.eg[i]
            self.eg[i] = rho * self.eg[i] + (1 - rho) * g[i] * g[i]
            denom = prev if var == "adadelta-prev-Eg" else self.eg[i]
            delta = math.sqrt(self.ed[i] + eps) / math.sqrt(denom + eps) * g[i]
            self.ed[i] = rho * self.ed[i] + (1 - rho) * delta * delta
            out.append(theta[i] - h["lr"] * delta)
        return out


class Adam:
    """adam, amsgrad and adamw."""

    def __init__(self, kind, h, variant):
        self.kind, self.h, self.variant, self.t = kind, h, variant, 0
        self.m, self.v, self.vmax = [0.0, 0.0], [0.0, 0.0], [0.0, 0.0]

    def step(self, theta, g):
        h, var, kind = self.h, self.variant, self.kind
        self.t += 1
        t, lr, b1, b2, eps, lam = self.t, h["lr"], h["beta1"], h["beta2"], h["eps"], h["weight_decay"]
        if kind == "adamw" and var != "no-weight-decay":
            if var == "adamw-coupled":
                g = [g[i] + lam * theta[i] for i in range(2)]
            elif var == "adamw-unscaled-decay":
                theta = [theta[i] - lam * theta[i] for i in range(2)]
            else:
                theta = [theta[i] - lr * lam * theta[i] for i in range(2)]
        elif kind != "adamw":
            g = coupled(g, theta, lam, var)
        bc1, bc2 = 1 - b1 ** t, 1 - b2 ** t
        out = []
        for i in range(2):
            self.m[i] = b1 * self.m[i] + (1 - b1) * g[i]
            self.v[i] = b2 * self.v[i] + (1 - b2) * g[i] * g[i]
            mhat = self.m[i] / bc1
            if kind == "amsgrad" and var == "amsgrad-max-of-vhat":
                self.vmax[i] = max(self.vmax[i], self.v[i] / bc2)
                vhat = self.vmax[i]
            elif kind == "amsgrad" and var != "amsgrad-as-adam":
                self.vmax[i] = max(self.vmax[i], self.v[i])
                vhat = self.vmax[i] / bc2
            else:
                vhat = self.v[i] / bc2
            out.append(theta[i] - lr * mhat / (math.sqrt(vhat) + eps))
        return out


class Adamax:
    def __init__(self, h, variant):
        self.h, self.variant, self.t = h, variant, 0
        self.m, self.u = [0.0, 0.0], [0.0, 0.0]

    def step(self, theta, g):
        h = self.h
        self.t += 1
        g = coupled(g, theta, h["weight_decay"], self.variant)
        b1, b2 = h["beta1"], h["beta2"]
        out = []
        for i in range(2):
            self.m[i] = b1 * self.m[i] + (1 - b1) * g[i]
            self.u[i] = max(b2 * self.u[i], abs(g[i]))
            out.append(theta[i] - h["lr"] / (1 - b1 ** self.t) * self.m[i] / (self.u[i] + h["eps"]))
        return out


class NAdam:
    def __init__(self, h, variant):
        self.h, self.variant, self.t = h, variant, 0
        self.m, self.v, self.prod = [0.0, 0.0], [0.0, 0.0], 1.0

    def mu(self, t):
        b1 = self.h["beta1"]
        if self.variant == "nadam-constant-mu":
            return b1
        return b1 * (1 - 0.5 * 0.96 ** (t * PSI))

    def step(self, theta, g):
        h, var = self.h, self.variant
        self.t += 1
        t, b1, b2, eps = self.t, h["beta1"], h["beta2"], h["eps"]
        g = coupled(g, theta, h["weight_decay"], var)
        mu_t, mu_next = self.mu(t), self.mu(t + 1)
        self.prod *= mu_t
        bc2 = 1 - b2 ** t
        out = []
        for i in range(2):
            self.m[i] = b1 * self.m[i] + (1 - b1) * g[i]
            self.v[i] = b2 * self.v[i] + (1 - b2) * g[i] * g[i]
            if var == "nadam-constant-mu":
                # Dozat 2016 (simple form): beta1*mhat + (1 - beta1)*g/(1 - beta1^t)
                mhat = b1 * self.m[i] / (1 - b1 ** t) + (1 - b1) * g[i] / (1 - b1 ** t)
            elif var == "nadam-as-adam":
                mhat = self.m[i] / (1 - b1 ** t)
            else:
                mhat = mu_next * self.m[i] / (1 - self.prod * mu_next) + (1 - mu_t) * g[i] / (1 - self.prod)
            vhat = self.v[i] / bc2
            out.append(theta[i] - h["lr"] * mhat / (math.sqrt(vhat) + eps))
        return out


def make(opt, variant=None):
    kind, h = opt["kind"], resolve(opt)
    if kind == "sgd":
        if h["nesterov"] and (h["momentum"] == 0 or h["dampening"] != 0):
            raise ValueError("nesterov needs momentum > 0 and dampening 0")
        return SGD(h, variant)
    if kind == "adagrad":
        return Adagrad(h, variant)
    if kind == "rmsprop":
        return RMSprop(h, variant)
    if kind == "adadelta":
        return Adadelta(h, variant)
    if kind in ("adam", "amsgrad", "adamw"):
        return Adam(kind, h, variant)
    if kind == "adamax":
        return Adamax(h, variant)
    if kind == "nadam":
        return NAdam(h, variant)
    raise ValueError("unknown kind " + kind)


def run(func, start, opt, steps, variant=None, noise=0):
    """The trajectory [[x, y, f], ...] from step 0 to steps. noise = +1 or
    -1 nudges x and y by about one ulp (in opposite directions, alternating
    every step) after each step, to measure how much the case amplifies
    rounding; the reference run has noise = 0."""
    surf, o = SURFACES[func], make(opt, variant)
    theta = [float(start[0]), float(start[1])]
    f, g = surf(*theta)
    points = [[theta[0], theta[1], f]]
    for k in range(steps):
        theta = o.step(theta, g)
        if noise:
            s = noise if k % 2 == 0 else -noise
            theta = [theta[0] * (1 + s * ULP), theta[1] * (1 - s * ULP)]
        f, g = surf(*theta)
        if not all(math.isfinite(v) for v in (theta[0], theta[1], f)):
            raise ValueError("non-finite point in %s %s" % (func, opt))
        points.append([theta[0], theta[1], f])
    return points


# ---------------------------------------------------------------------------
# The cases. Starts and settings are chosen so that the convention each case
# is about changes the path by far more than the test's tolerance (see the
# sensitivity report the script prints), and so that the path does not
# amplify rounding (the conditioning report): two float64 implementations
# of one rule differ by an ulp here and there, and some runs turn that into
# 1e-5 within twenty steps -- Adam with beta1 = 0.5 circling Himmelblau's
# minimum, Adadelta with lr 2 bouncing out of it, Adadelta crossing
# Rosenbrock's valley after step 200, centered RMSprop once the gradient is
# ~1e-13. Such runs are cut short or retuned: a case is kept only if ~1 ulp
# of noise per step moves it by at most CONDITION_LIMIT.

CASES = [
    # NAdam (PyTorch's mu_t schedule, psi = 0.004)
    ("beale-nadam", "beale", [1, 1.5], {"kind": "nadam", "lr": 0.01}, 300),
    ("rosenbrock-nadam", "rosenbrock", [-1.2, 1], {"kind": "nadam", "lr": 0.005}, 300),
    ("himmelblau-nadam-betas", "himmelblau", [0, 0],
     {"kind": "nadam", "lr": 0.05, "beta1": 0.95, "beta2": 0.99, "eps": 1e-6}, 200),
    ("quadratic-nadam-beta1-zero", "quadratic", [-5, -2], {"kind": "nadam", "lr": 0.1, "beta1": 0}, 100),
    ("saddle-nadam", "saddle", [-1, 0.001], {"kind": "nadam", "lr": 0.05}, 100),
    ("himmelblau-nadam-wd", "himmelblau", [-1, -1], {"kind": "nadam", "lr": 0.05, "weight_decay": 0.1}, 200),
    # AMSGrad (max of the raw v, then bias correction)
    ("rosenbrock-amsgrad", "rosenbrock", [-1.2, 1], {"kind": "amsgrad", "lr": 0.01}, 300),
    ("beale-amsgrad-beta2", "beale", [1, 1.5], {"kind": "amsgrad", "lr": 0.01, "beta2": 0.99}, 300),
    ("himmelblau-amsgrad-wd", "himmelblau", [-1, -1],
     {"kind": "amsgrad", "lr": 0.1, "beta1": 0.8, "beta2": 0.9, "weight_decay": 0.01}, 200),
    ("quadratic-amsgrad-eps", "quadratic", [-5, -2], {"kind": "amsgrad", "lr": 0.5, "eps": 0.001}, 100),
    # AdamW (decoupled decay theta <- theta - eta*lam*theta)
    ("rosenbrock-adamw", "rosenbrock", [-1.2, 1], {"kind": "adamw", "lr": 0.01}, 300),
    ("quadratic-adamw-strong", "quadratic", [-5, -2], {"kind": "adamw", "lr": 0.1, "weight_decay": 0.5}, 100),
    ("himmelblau-adamw", "himmelblau", [-4, 4],
     {"kind": "adamw", "lr": 0.05, "beta1": 0.9, "beta2": 0.99, "weight_decay": 0.1}, 200),
    ("saddle-adamw", "saddle", [-1, 0.001], {"kind": "adamw", "lr": 0.05, "weight_decay": 1}, 100),
    # Adadelta (Zeiler Algorithm 1, lr multiplier outside E[delta^2])
    ("rosenbrock-adadelta", "rosenbrock", [-1.2, 1], {"kind": "adadelta"}, 200),
    ("beale-adadelta-rho", "beale", [1, 1.5], {"kind": "adadelta", "rho": 0.95}, 300),
    ("quadratic-adadelta-wd", "quadratic", [-5, -2],
     {"kind": "adadelta", "lr": 0.5, "eps": 0.001, "weight_decay": 0.1}, 200),
    ("himmelblau-adadelta-lr", "himmelblau", [0, 0], {"kind": "adadelta", "lr": 2, "rho": 0.8, "eps": 0.0001}, 60),
    # RMSprop: centered (Graves), momentum (eta in the buffer), eps inside the root
    ("himmelblau-rmsprop-centered", "himmelblau", [0, 0],
     {"kind": "rmsprop", "lr": 0.01, "rho": 0.9, "eps": 0.0001, "centered": True}, 150),
    ("rosenbrock-rmsprop-graves", "rosenbrock", [-1.2, 1],
     {"kind": "rmsprop", "lr": 0.0005, "rho": 0.95, "eps": 0.0001, "momentum": 0.9, "centered": True}, 300),
    ("beale-rmsprop-momentum", "beale", [1, 1.5],
     {"kind": "rmsprop", "lr": 0.001, "rho": 0.9, "eps": 0.0001, "momentum": 0.9}, 300),
    ("himmelblau-rmsprop-momentum-wd", "himmelblau", [-1, -1],
     {"kind": "rmsprop", "lr": 0.01, "eps": 0.0001, "momentum": 0.5, "weight_decay": 0.05}, 150),
    ("saddle-rmsprop-centered", "saddle", [-1, 0.001], {"kind": "rmsprop", "lr": 0.01, "rho": 0.9, "centered": True},
     100),
    # SGD with dampening
    ("rosenbrock-sgd-dampening", "rosenbrock", [-1.2, 1],
     {"kind": "sgd", "lr": 0.001, "momentum": 0.9, "dampening": 0.5}, 300),
    ("quadratic-sgd-dampening", "quadratic", [-5, -2], {"kind": "sgd", "lr": 0.1, "momentum": 0.8, "dampening": 0.9},
     100),
    ("himmelblau-sgd-dampening-one", "himmelblau", [0, 0],
     {"kind": "sgd", "lr": 0.005, "momentum": 0.5, "dampening": 1}, 100),
    # Coupled weight decay on the remaining kinds
    ("quadratic-sgd-wd", "quadratic", [-5, -2], {"kind": "sgd", "lr": 0.1, "weight_decay": 0.5}, 50),
    ("rosenbrock-nesterov-wd", "rosenbrock", [-1.2, 1],
     {"kind": "sgd", "lr": 0.0005, "momentum": 0.9, "nesterov": True, "weight_decay": 0.1}, 300),
    ("beale-adagrad-wd", "beale", [1, 1.5], {"kind": "adagrad", "lr": 0.1, "weight_decay": 0.05}, 200),
    ("himmelblau-adam-wd", "himmelblau", [0, 0], {"kind": "adam", "lr": 0.05, "weight_decay": 0.2}, 200),
    ("rosenbrock-adamax-wd", "rosenbrock", [-1.2, 1], {"kind": "adamax", "lr": 0.01, "weight_decay": 0.05}, 300),
]


def variants_for(opt):
    kind, h = opt["kind"], resolve(opt)
    out = []
    if kind == "nadam" and h["beta1"] == 0:
        # An edge case on purpose: with beta1 = 0 every mu_t and P_t is 0, so
        # NAdam, Dozat's simple form and Adam all reduce to one rule (an
        # RMSprop with bias correction); the case checks 0/(1 - 0) handling.
        return out
    if kind != "adamw" and h.get("weight_decay", 0) != 0:
        out += ["no-weight-decay", "l2-keras-2lam"]
    if kind == "amsgrad":
        out += ["amsgrad-as-adam", "amsgrad-max-of-vhat"]
    if kind == "adamw":
        out += ["no-weight-decay", "adamw-coupled", "adamw-unscaled-decay"]
    if kind == "adadelta":
        out += ["adadelta-prev-Eg"]
    if kind == "rmsprop":
        out += ["rmsprop-eps-outside"]
        if h["centered"]:
            out += ["rmsprop-uncentered"]
    if kind == "sgd" and h["dampening"] != 0:
        out += ["sgd-damp-first-step", "sgd-no-dampening"]
    if kind == "nadam":
        out += ["nadam-constant-mu", "nadam-as-adam"]
    return out


def deviation(ref, alt):
    worst = 0.0
    for p, q in zip(ref, alt):
        for a, b in zip(p, q):
            d = abs(a - b) / (1 + abs(a))
            if not math.isfinite(d):
                return math.inf
            worst = max(worst, d)
    return worst


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    cases, report, conditioning = [], [], []
    for name, func, start, opt, steps in CASES:
        points = run(func, start, opt, steps)
        full = {"kind": opt["kind"]}
        full.update(resolve(opt))
        cases.append({"name": name, "func": func, "start": start, "opt": full, "steps": steps, "points": points})
        cond = max(deviation(points, run(func, start, opt, steps, noise=n)) for n in (1, -1))
        conditioning.append((name, cond))
        for v in variants_for(opt):
            try:
                d = deviation(points, run(func, start, opt, steps, v))
            except (ValueError, OverflowError):
                d = math.inf  # the alternative rule diverges: it certainly differs
            report.append((name, v, d))
    text = "[\n" + ",\n".join(json.dumps(c, separators=(",", ":"), allow_nan=False) for c in cases) + "\n]\n"
    with open(os.path.join(here, "cases.json"), "w") as fh:
        fh.write(text)
    print("wrote %d cases to cases.json" % len(cases))
    print("sensitivity: max |alt - ref|/(1+|ref|) over each trajectory (test tolerance 1e-9)")
    weak = 0
    for name, v, d in report:
        flag = "" if d > 1e-6 else "   <-- too close to tell apart"
        weak += flag != ""
        print("  %-32s %-22s %.3g%s" % (name, v, d, flag))
    print("conditioning: max |noisy - ref|/(1+|ref|) with ~1 ulp of noise per step (limit %g)" % CONDITION_LIMIT)
    ill = 0
    for name, d in conditioning:
        flag = "" if d <= CONDITION_LIMIT else "   <-- amplifies rounding: shorten or retune"
        ill += flag != ""
        print("  %-32s %.3g%s" % (name, d, flag))
    if weak or ill:
        print("%d alternative(s) not discriminated, %d case(s) ill-conditioned" % (weak, ill), file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
