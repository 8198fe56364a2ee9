import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Api, Backup } from '../api';
import { formatBytes, formatDateTime } from '../format';
import { useI18n } from '../i18n';
import { errorText, said, Status, useStatus } from './Shared';

/** The backups, newest first: create one, restore one (after a confirmation: it replaces the current data). */
export function Backups({ api, onRestored, children }: { api: Api; onRestored: () => void; children?: ComponentChildren }) {
  const { t, lang } = useI18n();
  const [list, setList] = useState<Backup[] | null>(null);
  const [busy, setBusy] = useState(false);
  const status = useStatus();

  const load = useCallback(() => api.backups().then(
    (backups) => setList([...backups].sort((a, b) => Date.parse(b.created_at) - Date.parse(a.created_at))),
    (e) => status.setError(errorText(e))), [api]);
  useEffect(() => { load(); }, [load]);

  const work = async (job: () => Promise<ReturnType<typeof said>>) => {
    setBusy(true);
    await status.run(job);
    setBusy(false);
  };

  const create = () => work(async () => {
    const outcome = await api.createBackup();
    await load();
    return said(outcome, t('doneSentence'));
  });

  const restore = (backup: Backup) => {
    if (!window.confirm(t('confirmRestore', { name: backup.name }))) return;
    work(async () => {
      const outcome = await api.restoreBackup(backup.name);
      onRestored();
      await load();
      return said(outcome, t('doneSentence'));
    });
  };

  return (
    <section class="card" aria-labelledby="backups-title">
      <div class="heading">
        <h2 id="backups-title">{t('sectionBackups')}</h2>
        <button type="button" onClick={create} disabled={busy}>{t('createBackup')}</button>
      </div>
      <Status note={status.note} error={status.error} />
      {!list ? (!status.error && <p aria-busy="true">{t('loading')}</p>) : list.length === 0 ? <p class="muted">{t('noBackups')}</p> : (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('colFile')}</th>
                <th scope="col">{t('colSize')}</th>
                <th scope="col">{t('colCreated')}</th>
                <th scope="col">{t('colActions')}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((backup) => (
                <tr key={backup.name}>
                  <th scope="row" dir="ltr">{backup.name}</th>
                  <td class="nowrap">{formatBytes(backup.size_bytes, lang)}</td>
                  <td class="nowrap">{formatDateTime(backup.created_at, lang)}</td>
                  <td>
                    <button type="button" class="small" disabled={busy} onClick={() => restore(backup)}
                            aria-label={`${t('restoreAction')} ${backup.name}`}>{t('restoreAction')}</button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {children}
    </section>
  );
}
