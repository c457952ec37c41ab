/** Defines a custom element once; a second definition (two bundles on one page) is skipped. */
export function define(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
