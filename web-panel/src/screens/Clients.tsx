import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Api, Client, ClientPage, ClientQuery, SortField, StatusFilter } from '../api';
import { formatBytes, formatDateTime, gigabytesToBytes, localDateTimeIn, localDateTimeToIso, usagePercent } from '../format';
import { useDebounced, usePolling } from '../hooks';
import { useI18n } from '../i18n';
import { Field } from './Field';

const SORTS: SortField[] = ['name', 'created_at', 'expires', 'usage', 'status'];
const STATUSES: StatusFilter[] = ['all', 'enabled', 'disabled', 'connected', 'expired', 'over_quota'];
const SIZES = [25, 50, 100];

/**
 * Server-side paged list. Live without reloading the list blindly: /api/summary is polled every
 * `pollMs` and the visible page is fetched again only when its `revision` changes.
 */
export function Clients({ api, pollMs = 3000 }: { api: Api; pollMs?: number }) {
  const { t, lang } = useI18n();
  const [search, setSearch] = useState('');
  const q = useDebounced(search, 250);
  const [query, setQuery] = useState<Omit<ClientQuery, 'q'>>({ page: 1, size: 25, sort: 'name', descending: false, status: 'all' });
  const [page, setPage] = useState<ClientPage | null>(null);
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  const [creating, setCreating] = useState(false);
  const [qr, setQr] = useState<{ name: string; url: string } | null>(null);
  const revision = useRef<string | null>(null);
  const request = useRef(0);

  const load = useCallback(async () => {
    const mine = ++request.current;
    try {
      const result = await api.clients({ ...query, q });
      if (mine === request.current) {
        setPage(result);
        setError('');
      }
    } catch (e) {
      if (mine === request.current) setError((e as Error).message);
    }
  }, [api, query, q]);

  useEffect(() => { load(); }, [load]);
  useEffect(() => { setQuery((current) => (current.page === 1 ? current : { ...current, page: 1 })); }, [q]);

  usePolling(async () => {
    const summary = await api.summary();
    if (revision.current !== null && revision.current !== summary.revision) await load();
    revision.current = summary.revision;
  }, pollMs);

  const act = async (work: () => Promise<unknown>, done?: string) => {
    setError('');
    try {
      await work();
      if (done) setMessage(done);
      await load();
    } catch (e) {
      setError((e as Error).message);
    }
  };

  const download = (client: Client) => act(async () => {
    const config = await api.clientConfig(client.name);
    const url = URL.createObjectURL(new Blob([config], { type: 'text/plain' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = client.name + '.conf';
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  });

  const showQr = (client: Client) => act(async () => {
    const blob = await api.clientQr(client.name);
    setQr({ name: client.name, url: URL.createObjectURL(blob) });
  });

  const closeQr = () => {
    if (qr) URL.revokeObjectURL(qr.url);
    setQr(null);
  };

  const share = (client: Client) => act(async () => {
    const path = client.share_url ?? await api.shareClient(client.name);
    const link = location.origin + path;
    try {
      await navigator.clipboard.writeText(link);
      setMessage(t('copied') + ' ' + link);
    } catch {
      setMessage(link);
    }
  });

  const remove = (client: Client) => {
    if (window.confirm(t('confirmDelete', { name: client.name }))) act(() => api.deleteClient(client.name));
  };

  const pages = page ? Math.max(1, Math.ceil(page.total / page.size)) : 1;
  return (
    <section aria-labelledby="clients-title">
      <div class="heading">
        <h1 id="clients-title">{t('navClients')}</h1>
        <button type="button" class="primary" onClick={() => setCreating(!creating)} aria-expanded={creating}>{t('newClient')}</button>
      </div>
      {creating && (
        <CreateClient api={api} onCancel={() => setCreating(false)}
                      onCreated={(name) => { setCreating(false); setMessage(t('created', { name })); load(); }} />
      )}
      <div class="toolbar" role="search">
        <div class="field">
          <label for="client-search">{t('search')}</label>
          <input id="client-search" type="search" value={search} onInput={(e) => setSearch((e.currentTarget as HTMLInputElement).value)} />
        </div>
        <div class="field">
          <label for="client-sort">{t('sortBy')}</label>
          <select id="client-sort" value={query.sort}
                  onChange={(e) => setQuery({ ...query, page: 1, sort: (e.currentTarget as HTMLSelectElement).value as SortField })}>
            {SORTS.map((s) => <option key={s} value={s}>{t(`sort_${s}`)}</option>)}
          </select>
        </div>
        <label class="check">
          <input type="checkbox" checked={query.descending}
                 onChange={(e) => setQuery({ ...query, page: 1, descending: (e.currentTarget as HTMLInputElement).checked })} />
          {t('descending')}
        </label>
        <div class="field">
          <label for="client-status">{t('statusFilter')}</label>
          <select id="client-status" value={query.status}
                  onChange={(e) => setQuery({ ...query, page: 1, status: (e.currentTarget as HTMLSelectElement).value as StatusFilter })}>
            {STATUSES.map((s) => <option key={s} value={s}>{t(`status_${s}`)}</option>)}
          </select>
        </div>
        <div class="field">
          <label for="client-size">{t('pageSize')}</label>
          <select id="client-size" value={String(query.size)}
                  onChange={(e) => setQuery({ ...query, page: 1, size: Number((e.currentTarget as HTMLSelectElement).value) })}>
            {SIZES.map((s) => <option key={s} value={String(s)}>{s}</option>)}
          </select>
        </div>
      </div>
      <div aria-live="polite">
        {message && <p class="notice">{message}</p>}
        {error && <p role="alert" class="error">{error}</p>}
      </div>
      {!page ? <p aria-busy="true">{t('loading')}</p> : (
        <>
          <div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('name')}</th>
                  <th scope="col">{t('address')}</th>
                  <th scope="col">{t('usage')}</th>
                  <th scope="col">{t('expires')}</th>
                  <th scope="col">{t('state')}</th>
                  <th scope="col">{t('actions')}</th>
                </tr>
              </thead>
              <tbody>
                {page.clients.length === 0 && <tr><td colSpan={6} class="muted">{t('noClients')}</td></tr>}
                {page.clients.map((client) => (
                  <ClientRow key={client.name} client={client} lang={lang}
                             onToggle={() => act(() => api.setClientEnabled(client.name, !client.status))}
                             onConfig={() => download(client)} onQr={() => showQr(client)} onShare={() => share(client)}
                             onDelete={() => remove(client)} />
                ))}
              </tbody>
            </table>
          </div>
          <nav class="pager" aria-label="pagination">
            <button type="button" disabled={query.page <= 1} onClick={() => setQuery({ ...query, page: query.page - 1 })}>{t('previous')}</button>
            <span>{t('pageOf', { page: query.page, pages, total: page.total })}</span>
            <button type="button" disabled={query.page >= pages} onClick={() => setQuery({ ...query, page: query.page + 1 })}>{t('next')}</button>
          </nav>
        </>
      )}
      {qr && (
        <div class="overlay" role="dialog" aria-modal="true" aria-label={t('qrOf', { name: qr.name })}
             onKeyDown={(e) => { if (e.key === 'Escape') closeQr(); }}>
          <div class="card">
            <img src={qr.url} alt={t('qrOf', { name: qr.name })} width={256} height={256} />
            <button type="button" autoFocus onClick={closeQr}>{t('close')}</button>
          </div>
        </div>
      )}
    </section>
  );
}

function ClientRow({ client, lang, onToggle, onConfig, onQr, onShare, onDelete }: {
  client: Client; lang: string; onToggle: () => void; onConfig: () => void; onQr: () => void; onShare: () => void; onDelete: () => void;
}) {
  const { t } = useI18n();
  const used = client.used_trafic.download + client.used_trafic.upload;
  const quota = Number(client.traffic);
  const percent = usagePercent(used, quota);
  return (
    <tr data-client={client.name}>
      <th scope="row">
        <span class={client.connected_now ? 'dot on' : 'dot'} title={client.connected_now ? t('connected') : ''} aria-hidden="true" />
        {client.name}
        {client.connected_now && <span class="sr-only"> ({t('connected')})</span>}
      </th>
      <td dir="ltr">{client.address}</td>
      <td>
        {formatBytes(used, lang)} / {quota > 0 ? formatBytes(quota, lang) : t('unlimited')}
        {percent !== null && <progress max={100} value={percent} aria-label={t('usage')}>{percent}%</progress>}
      </td>
      <td>{formatDateTime(client.expires, lang)}</td>
      <td><span class={client.status ? 'badge ok' : 'badge off'}>{client.status ? t('enabled') : t('disabled')}</span></td>
      <td class="actions">
        <button type="button" onClick={onToggle} aria-label={`${client.status ? t('disable') : t('enable')} ${client.name}`}>
          {client.status ? t('disable') : t('enable')}
        </button>
        <button type="button" onClick={onConfig} aria-label={`${t('config')} ${client.name}`}>{t('config')}</button>
        <button type="button" onClick={onQr} aria-label={`${t('qr')} ${client.name}`}>{t('qr')}</button>
        <button type="button" onClick={onShare} aria-label={`${t('shareLink')} ${client.name}`}>{t('shareLink')}</button>
        <button type="button" class="danger" onClick={onDelete} aria-label={`${t('delete')} ${client.name}`}>{t('delete')}</button>
      </td>
    </tr>
  );
}

export function CreateClient({ api, onCreated, onCancel }: { api: Api; onCreated: (name: string) => void; onCancel: () => void }) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [expires, setExpires] = useState(localDateTimeIn(30));
  const [quota, setQuota] = useState('0');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<{ expires?: string; quota?: string; form?: string }>({});

  const submit = async (event: Event) => {
    event.preventDefault();
    const iso = localDateTimeToIso(expires);
    const bytes = gigabytesToBytes(quota);
    const found = { expires: iso ? undefined : t('invalidExpiry'), quota: bytes === null ? t('invalidQuota') : undefined };
    setErrors(found);
    if (!iso || bytes === null) return;
    try {
      await api.createClient(name.trim(), iso, bytes, note);
      onCreated(name.trim());
    } catch (e) {
      setErrors({ form: (e as Error).message });
    }
  };

  return (
    <form class="card create" onSubmit={submit} aria-label={t('newClient')}>
      <Field id="new-name" label={t('clientName')} value={name} onInput={setName} required />
      <Field id="new-expires" label={t('expires')} value={expires} onInput={setExpires} type="datetime-local" required error={errors.expires} />
      <Field id="new-quota" label={t('quotaGb')} value={quota} onInput={setQuota} error={errors.quota} />
      <Field id="new-note" label={t('note')} value={note} onInput={setNote} />
      {errors.form && <p role="alert" class="error">{errors.form}</p>}
      <div class="buttons">
        <button type="submit" class="primary">{t('create')}</button>
        <button type="button" onClick={onCancel}>{t('cancel')}</button>
      </div>
    </form>
  );
}
