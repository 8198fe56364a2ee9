import { applyLanguage, direction, MESSAGES, translate } from './i18n';

describe('i18n', () => {
  it('has every English message in Persian too', () => {
    expect(Object.keys(MESSAGES.fa).sort()).toEqual(Object.keys(MESSAGES.en).sort());
    for (const value of Object.values(MESSAGES.fa)) expect(value.trim()).not.toBe('');
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
