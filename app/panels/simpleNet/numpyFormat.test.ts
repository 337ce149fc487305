import { describe, expect, it } from 'vitest';
import { numpyArray, numpyMatrix } from './numpyFormat.ts';

describe('numpyMatrix', () => {
  it('prints simpleNet’s dW as numpy does (book p. 134 style)', () => {
    // numpy: print(np.array([[0.44452826, 0.14014461, -0.58467287], [0.66679239, 0.21021692, -0.87700931]]))
    const dW = [0.444528256, 0.140144614, -0.584672868, 0.666792385, 0.210216921, -0.877009305];
    expect(numpyMatrix(dW, 2, 3)).toBe('[[ 0.44452826  0.14014461 -0.58467287]\n [ 0.66679239  0.21021692 -0.8770093 ]]');
    // print(np.random.randn(2, 3)) after np.random.seed(0)
    const w = [1.764052345967664, 0.4001572083672233, 0.9787379841057392, 2.240893199201458, 1.8675579901499675, -0.977277879876411];
    expect(numpyMatrix(w, 2, 3)).toBe('[[ 1.76405235  0.40015721  0.97873798]\n [ 2.2408932   1.86755799 -0.97727788]]');
  });

  it('pads shorter decimals on the right and whole numbers get a point', () => {
    // numpy: np.array([[1.5, 2, -10.25]]) → [[  1.5    2.   -10.25]]
    expect(numpyMatrix([1.5, 2, -10.25], 1, 3)).toBe('[[  1.5    2.   -10.25]]');
  });

  it('switches to scientific notation for tiny entries, like numpy', () => {
    // numpy: print(np.array([[1.23456789e-05, -2.0]])) → [[ 1.23456789e-05 -2.00000000e+00]]
    expect(numpyMatrix([1.23456789e-5, -2], 1, 2)).toBe('[[ 1.23456789e-05 -2.00000000e+00]]');
  });

  it('has no sign column when nothing is negative', () => {
    expect(numpyMatrix([0.5, 0.25], 1, 2)).toBe('[[0.5  0.25]]');
  });
});

describe('numpyArray', () => {
  it('prints a 1-D array as numpy’s repr does', () => {
    // numpy 2.4: repr(np.array(v)) for each v below
    expect(numpyArray([6.00000000000378, 7.999999999999119])).toBe('array([6., 8.])');
    expect(numpyArray([0, 4.000000000004])).toBe('array([0., 4.])');
    expect(numpyArray([0.3, -1.25])).toBe('array([ 0.3 , -1.25])');
  });
});
