// Test commands that work in Chromium, Firefox and WebKit alike (served by scripts/wtr-commands.mjs).
// Use these instead of @web/test-runner-commands' emulateMedia, setViewport and sendKeys.
//
// `emulateMedia` and `setViewport` answer whether the engine could do it. Where it cannot (WebKit over
// WebDriver has no media emulation and no viewport under ≈ 447 px), the test skips itself with
// `this.skip()`; the reason is recorded server-side and listed by engine in the test summary.
import { executeServerCommand } from '@web/test-runner-commands';

export interface Media {
  forcedColors?: 'active' | 'none';
  reducedMotion?: 'reduce' | 'no-preference';
  colorScheme?: 'light' | 'dark';
}

interface Answer {
  supported: boolean;
  reason?: string;
}

/** Emulates media features; resolves to false when this engine cannot. */
export async function emulateMedia(media: Media): Promise<boolean> {
  return ((await executeServerCommand('woo-emulate-media', media)) as Answer).supported;
}

/** Sets the viewport size; resolves to false when this engine cannot make it that size. */
export async function setViewport(size: { width: number; height: number }): Promise<boolean> {
  return ((await executeServerCommand('woo-set-viewport', size)) as Answer).supported;
}

/** Presses a key (`Tab`, `Enter`, `Space`, `ArrowDown`, `Shift+Tab`, …) or types text, as a person would. */
export async function sendKeys(keys: { press: string } | { type: string }): Promise<void> {
  await executeServerCommand('woo-send-keys', keys);
}
