import zhCN from './zh-CN.json';
import en from './en.json';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'zh-CN';

/** Every string the console shows, one flat file per language (a unit test keeps their keys equal). */
export const RESOURCES: Record<Language, Record<string, string>> = { 'zh-CN': zhCN, en };
export type MessageKey = keyof typeof zhCN;

export type Vars = Record<string, string | number>;

/**
 * The message for a key in a language, `{name}` placeholders filled. A missing key shows itself in
 * brackets (`⟦key⟧`), so that a browser test notices an untranslated string on any page.
 */
export function translate(language: Language, key: string, vars?: Vars): string {
  const message = RESOURCES[language][key];
  if (message === undefined) return `⟦${key}⟧`;
  return vars ? message.replace(/\{(\w+)\}/g, (all, name: string) => String(vars[name] ?? all)) : message;
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
