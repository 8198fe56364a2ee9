import { useState } from 'preact/hooks';
import type { Api, InstallForm } from '../api';
import { useI18n } from '../i18n';
import { Field } from './Field';

export function Install({ api, onInstalled }: { api: Api; onInstalled: () => void }) {
  const { t } = useI18n();
  const [form, setForm] = useState<InstallForm>({
    server_ip: typeof location === 'undefined' ? '' : location.hostname,
    wg_port: '51820',
    wg_address_range: '10.0.0.1/24',
    wg_dns: '8.8.8.8',
    admin_user: 'admin',
    admin_password: '',
  });
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const set = (key: keyof InstallForm) => (value: string) => setForm({ ...form, [key]: value });

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError('');
    try {
      await api.install(form);
      await api.login(form.admin_user, form.admin_password);
      onInstalled();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <main class="card narrow">
      <h1>{t('installTitle')}</h1>
      <p class="muted">{t('installIntro')}</p>
      <form onSubmit={submit}>
        <Field id="server_ip" label={t('serverIp')} value={form.server_ip} onInput={set('server_ip')} required />
        <Field id="wg_port" label={t('wgPort')} value={form.wg_port} onInput={set('wg_port')} type="number" required />
        <Field id="wg_address_range" label={t('addressRange')} value={form.wg_address_range} onInput={set('wg_address_range')} />
        <Field id="wg_dns" label={t('dns')} value={form.wg_dns} onInput={set('wg_dns')} />
        <Field id="admin_user" label={t('adminUser')} value={form.admin_user} onInput={set('admin_user')} required autocomplete="username" />
        <Field id="admin_password" label={t('adminPassword')} value={form.admin_password} onInput={set('admin_password')} type="password"
               required autocomplete="new-password" />
        {error && <p role="alert" class="error">{error}</p>}
        <button type="submit" class="primary" disabled={busy}>{t('install')}</button>
      </form>
    </main>
  );
}
