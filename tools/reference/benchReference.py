#!/usr/bin/env python3
"""numpy timing of the same computation as tools/bench/twoLayerNet.bench.ts, printed as one JSON object.

One training iteration = the book's loop body: choice(60000, 100), gather, backprop gradient, params -= lr*grad,
loss after the update on the same batch. One full evaluation = accuracy over the 60,000 training and the
10,000 test images. Both in float64 (as our reference) and float32 (what numpy does with float32 arrays).
Usage: python3 tools/reference/benchReference.py [--iters 300] [--evals 3]
"""
import argparse
import json
import os
import sys
import time

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from trainReference import TwoLayerNet, load_mnist  # noqa: E402


def median_ms(fn, samples, warmup=3):
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(samples):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    return times[len(times) // 2]


def measure(dtype, data, iters, evals):
    x_train, t_train, x_test, t_test = (a.astype(dtype) for a in data)
    np.random.seed(0)
    net = TwoLayerNet(784, 50, 10)
    for k in net.params:
        net.params[k] = net.params[k].astype(dtype)

    def iteration():
        mask = np.random.choice(60000, 100)
        x, t = x_train[mask], t_train[mask]
        grad = net.gradient(x, t)
        for key in ('W1', 'b1', 'W2', 'b2'):
            net.params[key] -= 0.1 * grad[key]
        return net.loss(x, t)

    def evaluation():
        return net.accuracy(x_train, t_train), net.accuracy(x_test, t_test)

    return median_ms(iteration, iters), median_ms(evaluation, evals, warmup=1)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--iters', type=int, default=300)
    ap.add_argument('--evals', type=int, default=3)
    args = ap.parse_args()
    data = load_mnist()
    out = {'numpy': np.__version__, 'iterSamples': args.iters, 'evalSamples': args.evals}
    for name, dtype in (('float64', np.float64), ('float32', np.float32)):
        it, ev = measure(dtype, data, args.iters, args.evals)
        out[name] = {'iterationMs': it, 'evaluationMs': ev}
    print(json.dumps(out))


if __name__ == '__main__':
    main()
