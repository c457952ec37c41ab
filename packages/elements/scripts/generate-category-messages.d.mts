export function categoryMessagesSource(): string;
