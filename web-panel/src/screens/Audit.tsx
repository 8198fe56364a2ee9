import { useEffect, useRef, useState } from 'preact/hooks';
import type { Api, AuditPage } from '../api';
import { formatDateTime } from '../format';
import { useI18n } from '../i18n';
import { errorText } from './Shared';

const SIZE = 50;

/** The audit log, newest first, 50 entries a page. */
export function Audit({ api }: { api: Api }) {
  const { t, lang } = useI18n();
  const [page, setPage] = useState(1);
  const [data, setData] = useState<AuditPage | null>(null);
  const [error, setError] = useState('');
  const [reloads, setReloads] = useState(0);
  const request = useRef(0);

  useEffect(() => {
    const mine = ++request.current;
    api.auditLog(page, SIZE).then(
      (result) => { if (mine === request.current) { setData(result); setError(''); } },
      (e) => { if (mine === request.current) setError(errorText(e)); });
  }, [api, page, reloads]);

  const pages = data ? Math.max(1, Math.ceil(data.total / SIZE)) : 1;
  return (
    <section aria-labelledby="audit-title">
      <div class="heading">
        <h1 id="audit-title">{t('navAudit')}</h1>
        <button type="button" onClick={() => setReloads(reloads + 1)}>{t('refreshAction')}</button>
      </div>
      <div aria-live="polite">{error && <p role="alert" class="error">{error}</p>}</div>
      {!data ? (!error && <p aria-busy="true">{t('loading')}</p>) : (
        <>
          <div class="table-wrap">
            <table class="audit">
              <thead>
                <tr>
                  <th scope="col">{t('colTime')}</th>
                  <th scope="col">{t('colActor')}</th>
                  <th scope="col">{t('colAction')}</th>
                  <th scope="col">{t('colTarget')}</th>
                  <th scope="col">{t('colDetail')}</th>
                </tr>
              </thead>
              <tbody>
                {data.entries.length === 0 && <tr><td colSpan={5} class="muted">{t('noEntries')}</td></tr>}
                {data.entries.map((entry, i) => (
                  <tr key={entry.at + i}>
                    <td class="nowrap">{formatDateTime(entry.at, lang)}</td>
                    <td><bdi>{entry.actor}</bdi></td>
                    <td><code>{entry.action}</code></td>
                    <td><bdi>{entry.target ?? '—'}</bdi></td>
                    <td class="detail"><bdi>{entry.detail ?? ''}</bdi></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <nav class="pager" aria-label={t('pagination')}>
            <button type="button" disabled={page <= 1} onClick={() => setPage(page - 1)}>{t('prevPage')}</button>
            <span>{t('auditPageOf', { page, pages, total: data.total })}</span>
            <button type="button" disabled={page >= pages} onClick={() => setPage(page + 1)}>{t('nextPage')}</button>
          </nav>
        </>
      )}
    </section>
  );
}
