import { useState } from 'preact/hooks';
import type { Api, Dashboard as DashboardData } from '../api';
import { formatBytes, formatDateTime, formatUptime } from '../format';
import { usePolling } from '../hooks';
import { useI18n } from '../i18n';

/** Polls /api/data only while this screen is open, every 10 s. */
export function Dashboard({ api }: { api: Api }) {
  const { t, lang } = useI18n();
  const [data, setData] = useState<DashboardData | null>(null);
  const [error, setError] = useState('');
  usePolling(() => api.dashboard().then((d) => { setData(d); setError(''); }, (e) => setError(e.message)), 10_000);

  if (!data) return <p aria-busy="true">{error || t('loading')}</p>;
  const tiles: [string, string][] = [
    [t('cpu'), data.cpu],
    [t('memory'), `${data.mem.usage} · ${data.mem.available} / ${data.mem.total}`],
    [t('download'), data.net.download],
    [t('upload'), data.net.upload],
    [t('clientsTotal'), String(data.clients_count)],
    [t('clientsConnected'), String(data.connected_clients)],
    [t('bandwidth'), formatBytes(data.bandwidth, lang)],
    [t('uptime'), formatUptime(data.uptime)],
    [t('kernelMode'), `${data.wg_mode} (${data.wg_status})`],
    [t('lastSync'), formatDateTime(data.last_sync?.at ?? null, lang)],
  ];
  return (
    <section aria-labelledby="dashboard-title">
      <h1 id="dashboard-title">{t('navDashboard')}</h1>
      {error && <p role="alert" class="error">{error}</p>}
      <dl class="tiles">
        {tiles.map(([label, value]) => (
          <div class="tile" key={label}><dt>{label}</dt><dd>{value}</dd></div>
        ))}
      </dl>
      <h2>{t('alerts')}</h2>
      {data.alert.length === 0 ? <p class="muted">{t('noAlerts')}</p>
        : <ul class="alerts">{data.alert.map((a) => <li key={a}>{a}</li>)}</ul>}
    </section>
  );
}
