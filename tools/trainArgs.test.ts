import { describe, expect, it } from 'vitest';
import { BOOK_TRAINING_CONFIG } from '../src-core/index.ts';
import { parseTrainArgs } from './trainArgs.ts';

describe('the train command line', () => {
  it("gives the book's run by default and takes decimal values, also as --flag=value", () => {
    expect(parseTrainArgs([]).config).toEqual(BOOK_TRAINING_CONFIG);
    const o = parseTrainArgs(['--seed', '7', '--iters=600', '--lr', '1e-2', '--gradient', 'numerical', '--batch', '+20', '--json']);
    expect(o.config).toMatchObject({ seed: 7, iterations: 600, learningRate: 0.01, gradientMethod: 'numerical', batchSize: 20 });
    expect(o.json).toBe(true);
    expect(o.save).toBeNull();
    expect(parseTrainArgs(['--save', 'out/net.npz']).save).toBe('out/net.npz');
  });

  it.each([
    [['--iters', '0x10'], /--iters must be a decimal number, got "0x10"/],
    [['--seed', '0b11'], /--seed must be a decimal number, got "0b11"/],
    [['--seed', '0o7'], /decimal/],
    [['--lr', 'Infinity'], /decimal/],
    [['--lr', ' '], /decimal/],
    [['--hidden', '2.5'], /hiddenSize must be an integer/],
    [['--iters', '0'], /iterations must be an integer in \[1, /],
    [['--lr', '1000'], /learningRate must be a number in \[0.0001, 100\]/],
    [['--batch'], /--batch needs a value/],
    [['--eval-every', '1.5'], /--eval-every must be an integer/],
    [['--frobnicate', '1'], /unknown flag/],
    [['--train-size', '0'], /trainSize must be an integer in \[1, 60000\]/],
    [['--train-size', '60001'], /trainSize must be an integer in \[1, 60000\]/],
    [['--train-size', '300.5'], /trainSize must be an integer/],
    [['--train-size', 'abc'], /--train-size must be a decimal number/],
    [['--save', 'weights.npy'], /--save needs a file name ending in .npz/],
    [['--save', '--json'], /--save needs a file name ending in .npz/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseTrainArgs(argv)).toThrow(message);
  });
});
