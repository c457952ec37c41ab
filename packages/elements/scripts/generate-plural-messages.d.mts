export const PLURAL_FORMS: readonly string[];
export const PLURAL_MESSAGES: readonly {
  readonly name: string;
  readonly id: string;
  readonly one: string;
  readonly other: string;
}[];
export function pluralMessagesSource(): string;
