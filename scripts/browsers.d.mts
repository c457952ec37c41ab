export type Engine = 'chromium' | 'firefox' | 'webkit';
export const ENGINES: Engine[];
export const ENGINE_LABEL: Record<Engine, string>;
export const FILES_PER_BROWSER: Record<string, number>;
export function browserTestFiles(root: string): string[];
export function hasCommand(name: string): boolean;
export function missingSystemPackages(engines: readonly string[]): { what: string; package: string }[];
export function startWebKitDriver(): Promise<{
  options: Record<string, unknown> & { capabilities: Record<string, unknown> };
  stop: () => void;
}>;
export function firefoxLaunchOptions(): Record<string, unknown>;
export function engineLauncher(engine: string): Promise<{ concurrency: number; launcher: unknown }>;
