import { useState } from 'preact/hooks';
import type { Api, Dashboard as DashboardData, SyncReport } from '../api';
import { formatBytes, formatDateTime, formatUptime } from '../format';
import { usePolling } from '../hooks';
import { useI18n } from '../i18n';
import { said, Status, useStatus } from './Shared';

/** Polls GET /api/dashboard (the cheap one) only while this screen is open, every `pollMs` (10 s). */
export function Dashboard({ api, pollMs = 10_000 }: { api: Api; pollMs?: number }) {
  const { t, lang } = useI18n();
  const [data, setData] = useState<DashboardData | null>(null);
  const [loadError, setLoadError] = useState('');
  const [report, setReport] = useState<SyncReport | null>(null);
  const [busy, setBusy] = useState(false);
  const status = useStatus();
  const refresh = () => api.dashboard().then((d) => { setData(d); setLoadError(''); }, (e) => setLoadError(e.message));
  usePolling(refresh, pollMs);

  const sync = async () => {
    setBusy(true);
    setReport(null);
    await status.run(async () => {
      const outcome = await api.syncNow();
      setReport(outcome.data);
      await refresh();
      return said(outcome, t('doneSentence'));
    });
    setBusy(false);
  };

  if (!data) return <p aria-busy={!loadError} class={loadError ? 'error' : undefined}>{loadError || t('loading')}</p>;
  const last = data.last_sync;
  const tiles: [string, string][] = [
    [t('cpu'), data.cpu],
    [t('memory'), `\u2066${data.mem.usage} · ${data.mem.available} / ${data.mem.total}\u2069`],
    [t('download'), data.net.download],
    [t('upload'), data.net.upload],
    [t('clientsTotal'), String(data.clients_count)],
    [t('clientsConnected'), String(data.connected_clients)],
    [t('bandwidth'), formatBytes(data.bandwidth, lang)],
    [t('uptime'), formatUptime(data.uptime)],
    [t('kernelMode'), `${data.wg_mode} (${data.wg_status})`],
    [t('lastSync'), formatDateTime(last?.at ?? null, lang) + (last ? ' · ' + t('lastSyncDetail', { peers: last.peers_read, ms: last.duration_ms }) : '')],
  ];
  return (
    <section aria-labelledby="dashboard-title">
      <div class="heading">
        <h1 id="dashboard-title">{t('navDashboard')}</h1>
        <button type="button" class="primary" onClick={sync} disabled={busy} aria-busy={busy}>{busy ? t('syncing') : t('syncNow')}</button>
      </div>
      {loadError && <p role="alert" class="error">{loadError}</p>}
      <Status note={status.note} error={status.error} />
      {report && (
        <div class="card report">
          <p>{t('syncReport', { ms: report.duration_ms, peers: report.peers_read, updated: report.clients_updated,
            disabled: report.disabled.length, enabled: report.re_enabled })}</p>
          {report.disabled.length > 0 && (
            <>
              <h2>{t('syncDisabledList')}</h2>
              <ul>{report.disabled.map((d) => <li key={d.name}><bdi>{d.name}</bdi>: {d.reason}</li>)}</ul>
            </>
          )}
          {report.kernel_failures.length > 0 && (
            <>
              <h2>{t('kernelFailures')}</h2>
              <ul class="error">{report.kernel_failures.map((f, i) => <li key={i}>{f}</li>)}</ul>
            </>
          )}
        </div>
      )}
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
