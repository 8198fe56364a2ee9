import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import * as clients from './messages/clients';
import * as common from './messages/common';

export type Lang = 'en' | 'fa';

// Each screen family keeps its own messages; a key is defined once, in English and Persian alike.
const en = { ...common.en, ...clients.en };

export type MessageKey = keyof typeof en;

const fa: Record<MessageKey, string> = { ...common.fa, ...clients.fa };

export const MESSAGES: Record<Lang, Record<MessageKey, string>> = { en, fa };

export function translate(lang: Lang, key: MessageKey, vars: Record<string, string | number> = {}): string {
  return MESSAGES[lang][key].replace(/\{(\w+)\}/g, (whole, name) => (name in vars ? String(vars[name]) : whole));
}

export function direction(lang: Lang): 'ltr' | 'rtl' {
  return lang === 'fa' ? 'rtl' : 'ltr';
}

/** Sets <html lang dir> so the whole page, not only the app root, flips for Persian. */
export function applyLanguage(lang: Lang, root: HTMLElement = document.documentElement): void {
  root.lang = lang;
  root.dir = direction(lang);
}

export interface I18n {
  lang: Lang;
  t: (key: MessageKey, vars?: Record<string, string | number>) => string;
}

export const I18nContext = createContext<I18n>({ lang: 'en', t: (key, vars) => translate('en', key, vars) });

export function useI18n(): I18n {
  return useContext(I18nContext);
}
