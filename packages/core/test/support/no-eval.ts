// For browser tests: replaces `Function` and `eval` with throwers for the tests of the calling `describe`,
// as a strict Content-Security-Policy (no 'unsafe-eval') would; puts them back afterwards.
export function refuseEvalInThisSuite(): void {
  const original = { Function: globalThis.Function, eval: globalThis.eval };
  before(() => {
    const refuse = () => {
      throw new EvalError('eval and new Function are not allowed by the Content-Security-Policy');
    };
    (globalThis as { Function: unknown }).Function = refuse;
    (globalThis as { eval: unknown }).eval = refuse;
  });
  after(() => {
    (globalThis as { Function: unknown }).Function = original.Function;
    (globalThis as { eval: unknown }).eval = original.eval;
  });
}
