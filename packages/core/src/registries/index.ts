export { tooiCode, type TooiList, type TooiListMember } from './tooi.js';
export * from './categories.js';
export * from './exception-grounds.js';
export * from './document-types.js';
export * from './municipalities.js';
export * from './value-lists.js';
export * from './organisations.js';
