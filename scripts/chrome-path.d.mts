export function chromePath(): { path: string; found: boolean };
export const chromeArgs: string[];
