import { applyLanguage, direction, MESSAGES, translate } from './i18n';
import * as clients from './messages/clients';
import * as common from './messages/common';

describe('i18n', () => {
  it('has every English message in Persian too', () => {
    expect(Object.keys(MESSAGES.fa).sort()).toEqual(Object.keys(MESSAGES.en).sort());
    for (const value of Object.values(MESSAGES.fa)) expect(value.trim()).not.toBe('');
  });

  it('defines each key in one bundle only, so no screen silently overrides another', () => {
    const bundles = [common.en, clients.en].map((bundle) => Object.keys(bundle));
    const all = bundles.flat();
    expect(new Set(all).size).toBe(all.length);
  });

  it('uses the same placeholders in both languages', () => {
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort().join(',');
    for (const key of Object.keys(MESSAGES.en) as (keyof typeof MESSAGES.en)[]) {
      expect(placeholders(MESSAGES.fa[key]), key).toBe(placeholders(MESSAGES.en[key]));
    }
  });

  it('fills placeholders', () => {
    expect(translate('en', 'pageOf', { page: 2, pages: 5, total: 120 })).toBe('Page 2 of 5 · 120 clients');
  });

  it('sets lang and dir on the root element', () => {
    const root = document.createElement('html');
    applyLanguage('fa', root);
    expect(root.getAttribute('dir')).toBe('rtl');
    expect(root.getAttribute('lang')).toBe('fa');
    expect(direction('en')).toBe('ltr');
  });
});
