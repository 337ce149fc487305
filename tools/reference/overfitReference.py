"""The book's train_neuralnet.py loop on only the first N training images (4.1.2: overfitting).

train_size = N: batches are np.random.choice(N, batch_size), iter_per_epoch = max(N / batch_size, 1), and the
train accuracy is measured on those N images, the test accuracy on all 10,000. Seeded like the app.
Usage: python3 tools/reference/overfitReference.py --train-size 300 --epochs 200
"""
import argparse
import json
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))
from trainReference import ROOT, TwoLayerNet, load_mnist  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--seed', type=int, default=0)
    ap.add_argument('--train-size', type=int, default=300)
    ap.add_argument('--batch', type=int, default=100)
    ap.add_argument('--lr', type=float, default=0.1)
    ap.add_argument('--epochs', type=int, default=200)
    ap.add_argument('--out', default=None)
    args = ap.parse_args()

    x_all, t_all, x_test, t_test = load_mnist()
    train_size = args.train_size
    x_train, t_train = x_all[:train_size], t_all[:train_size]
    batch_size = min(args.batch, train_size)
    iter_per_epoch = max(train_size / batch_size, 1)
    iters = int(round(args.epochs * iter_per_epoch))
    np.random.seed(args.seed)
    net = TwoLayerNet(784, 50, 10)
    losses, evals = [], []
    for i in range(iters):
        mask = np.random.choice(train_size, batch_size)
        x, t = x_train[mask], t_train[mask]
        grad = net.gradient(x, t)
        for key in ('W1', 'b1', 'W2', 'b2'):
            net.params[key] -= args.lr * grad[key]
        losses.append(float(net.loss(x, t)))
        if i % iter_per_epoch == 0:
            evals.append([i, net.accuracy(x_train, t_train), net.accuracy(x_test, t_test)])

    out = {
        'about': 'numpy float64 reference, tools/reference/overfitReference.py: the book\'s loop with train_size = %d, '
                 'TwoLayerNet(784, 50, 10), std 0.01, batch %d, lr %g, seed %d, %d iterations; evals are '
                 '[i, accuracy on the %d training images, accuracy on the 10,000 test images]'
                 % (train_size, batch_size, args.lr, args.seed, iters, train_size),
        'trainSize': train_size, 'batchSize': batch_size, 'learningRate': args.lr, 'seed': args.seed,
        'iterations': iters, 'numpy': np.__version__, 'losses': losses, 'evals': evals,
    }
    path = args.out or os.path.join(ROOT, 'src-core', 'train', 'fixtures', 'overfitN%d.json' % train_size)
    with open(path, 'w') as f:
        json.dump(out, f, indent=1)
        f.write('\n')
    last = evals[-1]
    print(f'wrote {path}: {iters} iterations, {len(evals)} evals; last after i = {last[0]}: train {last[1]}, test {last[2]}')


if __name__ == '__main__':
    main()
