// DOM helpers shared by the browser tests: walking through shadow roots, and reading the colours of
// the current forced-colours theme.

/** Every element under `root`, inside shadow roots too. */
export function* deepElements(root: ParentNode): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* deepElements(el.shadowRoot);
  }
}

/** The computed value (`rgb(…)`) of a CSS system colour such as `CanvasText`, read from a probe. */
export function systemColour(name: string): string {
  const probe = document.createElement('div');
  probe.style.color = name;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}
