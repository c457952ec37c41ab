// The precompiled validators in a real browser with `Function` and `eval` replaced by throwers, as a
// strict Content-Security-Policy (no 'unsafe-eval') would: they must still validate.
import { expect } from '@open-wc/testing';
import {
  exampleWooRequest,
  validateContactPoint,
  validatePublication,
  validateWooRequest,
  examplePublication,
  exampleContactPoint,
} from '../../src/index.js';
import { refuseEvalInThisSuite } from '../support/no-eval.js';

describe('@woo-kit/core validators under a no-eval policy', () => {
  refuseEvalInThisSuite();

  it('accepts the examples', () => {
    expect(validateWooRequest(exampleWooRequest).ok).to.equal(true);
    expect(validatePublication(examplePublication).ok).to.equal(true);
    expect(validateContactPoint(exampleContactPoint).ok).to.equal(true);
  });

  it('reports an impossible date with its path and a Dutch and English message', () => {
    const result = validateWooRequest({ ...exampleWooRequest, receivedOn: '2025-02-30' });
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    const issue = result.errors.find((e) => e.path === '/receivedOn');
    expect(issue?.code).to.equal('invalid-date');
    expect(issue?.message.nl).to.be.a('string').and.not.equal('');
    expect(issue?.message.en).to.be.a('string').and.not.equal('');
  });
});
