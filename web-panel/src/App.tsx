import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { Api } from './api';
import { applyLanguage, I18nContext, type Lang, translate } from './i18n';
import { Audit } from './screens/Audit';
import { Clients } from './screens/Clients';
import { Dashboard } from './screens/Dashboard';
import { Install } from './screens/Install';
import { Interfaces } from './screens/Interfaces';
import { Login } from './screens/Login';
import { Settings } from './screens/Settings';

type Phase = 'loading' | 'install' | 'login' | 'ready';

/** Each screen: its hash route (#/<name>, #/ for the dashboard), its nav label and its component. */
const SCREENS = {
  dashboard: ['navDashboard', Dashboard],
  clients: ['navClients', Clients],
  interfaces: ['navInterfaces', Interfaces],
  settings: ['navSettings', Settings],
  audit: ['navAudit', Audit],
} as const;

type Screen = keyof typeof SCREENS;

const LANG_KEY = 'candypanel.lang';

/** `#/interfaces` (or `#/interfaces?…`, `#/interfaces/…`) → interfaces; anything unknown → the dashboard. */
export function screenFromHash(hash = typeof location === 'undefined' ? '' : location.hash): Screen {
  const name = hash.replace(/^#\/?/, '').split(/[/?]/)[0];
  return Object.prototype.hasOwnProperty.call(SCREENS, name) ? name as Screen : 'dashboard';
}

function storedLang(): Lang {
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(LANG_KEY);
  return stored === 'fa' ? 'fa' : 'en';
}

export function App({ api: given }: { api?: Api }) {
  const [phase, setPhase] = useState<Phase>('loading');
  const [lang, setLang] = useState<Lang>(storedLang);
  const [screen, setScreen] = useState<Screen>(screenFromHash);
  const [error, setError] = useState('');
  const api = useMemo(() => given ?? new Api(undefined, undefined, () => setPhase('login')), [given]);
  const i18n = useMemo(() => ({ lang, t: (key: Parameters<typeof translate>[1], vars?: Record<string, string | number>) =>
    translate(lang, key, vars) }), [lang]);

  // Before paint, so the first Persian frame is already right to left.
  useLayoutEffect(() => {
    applyLanguage(lang);
    localStorage.setItem(LANG_KEY, lang);
  }, [lang]);

  useEffect(() => {
    api.installed().then(
      (installed) => setPhase(!installed ? 'install' : api.loggedIn ? 'ready' : 'login'),
      (e) => setError((e as Error).message));
  }, [api]);

  useEffect(() => {
    const onHash = () => setScreen(screenFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  const t = i18n.t;
  const [label, Screen] = SCREENS[screen];
  useEffect(() => {
    document.title = phase === 'ready' ? `${t(label)} · ${t('appName')}` : t('appName');
  }, [phase, label, t]);

  return (
    <I18nContext.Provider value={i18n}>
      <header class="top">
        <strong class="brand">{t('appName')}</strong>
        {phase === 'ready' && (
          <nav class="main-nav" aria-label={t('mainMenu')}>
            {(Object.keys(SCREENS) as Screen[]).map((name) => (
              <a key={name} href={name === 'dashboard' ? '#/' : '#/' + name} aria-current={screen === name ? 'page' : undefined}>
                {t(SCREENS[name][0])}
              </a>
            ))}
          </nav>
        )}
        <span class="spacer" />
        <label for="lang" class="sr-only">{t('language')}</label>
        <select id="lang" value={lang} onChange={(e) => setLang((e.currentTarget as HTMLSelectElement).value as Lang)}>
          <option value="en">English</option>
          <option value="fa">فارسی</option>
        </select>
        {phase === 'ready' && (
          <button type="button" onClick={() => api.logout().finally(() => setPhase('login'))}>{t('logout')}</button>
        )}
      </header>
      <div class="content">
        {error && <p role="alert" class="error">{error}</p>}
        {phase === 'loading' && !error && <p aria-busy="true">{t('loading')}</p>}
        {phase === 'install' && <Install api={api} onInstalled={() => setPhase('ready')} />}
        {phase === 'login' && <Login api={api} onLoggedIn={() => setPhase('ready')} />}
        {phase === 'ready' && <Screen key={screen} api={api} />}
      </div>
    </I18nContext.Provider>
  );
}
