/**
 * Returns the URL as a string when it is http(s) (absolute, or relative to the page), and
 * undefined otherwise, so `javascript:` and `data:` URLs from feeds or attributes never become links.
 */
export function safeHttpUrl(value: string | null | undefined, base?: string): string | undefined {
  if (!value) return undefined;
  try {
    const baseUrl = base ?? (typeof document === 'undefined' ? 'https://invalid.example/' : document.baseURI);
    const url = new URL(value.trim(), baseUrl);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
