export function hasMessageNotes(path: string): boolean;
export function dropMessageNotes(code: string): string;
