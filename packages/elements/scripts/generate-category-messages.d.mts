export function categoryMessagesSource(): string;
export function englishCategoryTexts(): Map<string, string>;
