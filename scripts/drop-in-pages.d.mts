export interface DropInPage {
  readonly name: string;
  readonly title: string;
  readonly body: string;
  readonly tags: readonly string[];
  readonly budget?: number;
}
export interface LoggedResponse {
  readonly path: string;
  readonly bytes: number;
  readonly kind: 'woo-kit' | 'page' | 'missing';
}
export const DROP_IN_DIR: string;
export const STRICT_CSP: string;
export const DROP_IN_PATH: string;
export function nonceCsp(nonce: string): string;
export const DROP_IN_PAGES: readonly DropInPage[];
export function pageHtml(
  page: DropInPage,
  options?: { lang?: string; errorLog?: boolean; all?: boolean; nonce?: string },
): string;
export function serveDropIn(): Promise<{
  origin: string;
  log: LoggedResponse[];
  quiet(ms?: number): Promise<void>;
  close(): Promise<void>;
}>;
