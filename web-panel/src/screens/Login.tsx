import { useState } from 'preact/hooks';
import type { Api } from '../api';
import { useI18n } from '../i18n';
import { Field } from './Field';

export function Login({ api, onLoggedIn }: { api: Api; onLoggedIn: () => void }) {
  const { t } = useI18n();
  const [username, setUsername] = useState('admin');
  const [password, setPassword] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError('');
    try {
      await api.login(username, password);
      onLoggedIn();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <main class="card narrow">
      <h1>{t('loginTitle')}</h1>
      <form onSubmit={submit}>
        <Field id="username" label={t('username')} value={username} onInput={setUsername} required autocomplete="username" />
        <Field id="password" label={t('password')} value={password} onInput={setPassword} type="password" required
               autocomplete="current-password" />
        {error && <p role="alert" class="error">{error}</p>}
        <button type="submit" class="primary" disabled={busy}>{t('login')}</button>
      </form>
    </main>
  );
}
