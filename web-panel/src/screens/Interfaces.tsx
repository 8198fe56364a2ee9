import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Api, InterfaceChanges, WgInterfaceInfo } from '../api';
import { useI18n } from '../i18n';
import { Field } from './Field';
import { CopyButton, errorText, said, Status, useStatus } from './Shared';

/** A port 1..65535, or null. */
function parsePort(text: string): number | null {
  const port = /^\d{1,5}$/.test(text.trim()) ? Number(text) : NaN;
  return port >= 1 && port <= 65535 ? port : null;
}

/** The WireGuard interfaces: list, create, edit, up/down and delete (with the clients on it). */
export function Interfaces({ api }: { api: Api }) {
  const { t } = useI18n();
  const [list, setList] = useState<WgInterfaceInfo[] | null>(null);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<WgInterfaceInfo | null>(null);
  const status = useStatus();

  const load = useCallback(() => api.interfaces().then(setList, (e) => status.setError(errorText(e))), [api]);
  useEffect(() => { load(); }, [load]);

  const toggle = (wg: WgInterfaceInfo) => status.run(async () => {
    const outcome = await api.updateInterface(wg.name, { status: !wg.status });
    await load();
    return said(outcome, t('doneSentence'));
  });

  const remove = (wg: WgInterfaceInfo) => {
    const count = wg.client_count;
    const key = count === 0 ? 'confirmDeleteInterfaceEmpty' : count === 1 ? 'confirmDeleteInterfaceOne' : 'confirmDeleteInterface';
    if (!window.confirm(t(key, { name: wg.name, count }))) return;
    status.run(async () => {
      const outcome = await api.deleteInterface(wg.wg);
      if (editing?.wg === wg.wg) setEditing(null);
      await load();
      return said(outcome, t('doneSentence'));
    });
  };

  return (
    <section aria-labelledby="interfaces-title">
      <div class="heading">
        <h1 id="interfaces-title">{t('navInterfaces')}</h1>
        <button type="button" class="primary" aria-expanded={creating} onClick={() => setCreating(!creating)}>{t('newInterface')}</button>
      </div>
      {creating && (
        <InterfaceForm title={t('newInterface')} submitLabel={t('createInterface')} idPrefix="new-if" withIpv6
                       onCancel={() => setCreating(false)}
                       onSubmit={async (address, port, ipv6) => {
                         const outcome = await api.createInterface(address, port, ipv6);
                         setCreating(false);
                         status.setNote(said(outcome, t('doneSentence')));
                         await load();
                       }} />
      )}
      {editing && (
        <InterfaceForm key={editing.wg} title={t('editInterface', { name: editing.name })} submitLabel={t('saveAction')} idPrefix="edit-if"
                       initial={editing} onCancel={() => setEditing(null)}
                       onSubmit={async (address, port) => {
                         const changes: InterfaceChanges = {};
                         if (address !== editing.address_range) changes.address = address;
                         if (port !== editing.port) changes.port = port;
                         if (!changes.address && !changes.port) {
                           setEditing(null);
                           return;
                         }
                         const outcome = await api.updateInterface(editing.name, changes);
                         setEditing(null);
                         status.setNote(said(outcome, t('doneSentence')));
                         await load();
                       }} />
      )}
      <Status note={status.note} error={status.error} />
      {!list ? (!status.error && <p aria-busy="true">{t('loading')}</p>) : (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('colInterface')}</th>
                <th scope="col">{t('colAddressRange')}</th>
                <th scope="col">{t('colIpv6Range')}</th>
                <th scope="col">{t('colPort')}</th>
                <th scope="col">{t('colPublicKey')}</th>
                <th scope="col">{t('colStatus')}</th>
                <th scope="col">{t('colClients')}</th>
                <th scope="col">{t('colActions')}</th>
              </tr>
            </thead>
            <tbody>
              {list.length === 0 && <tr><td colSpan={8} class="muted">{t('noInterfaces')}</td></tr>}
              {list.map((wg) => (
                <tr key={wg.wg} data-interface={wg.name}>
                  <th scope="row">{wg.name}</th>
                  <td dir="ltr">{wg.address_range}</td>
                  <td dir="ltr">{wg.ipv6_address_range ?? '—'}</td>
                  <td>{wg.port}</td>
                  <td>
                    <span class="key">
                      <code dir="ltr" title={wg.public_key}>{wg.public_key}</code>
                      <CopyButton text={wg.public_key} what={t('publicKeyOf', { name: wg.name })} />
                    </span>
                  </td>
                  <td><span class={wg.status ? 'badge ok' : 'badge off'}>{wg.status ? t('ifUp') : t('ifDown')}</span></td>
                  <td>{wg.client_count}</td>
                  <td class="actions">
                    <button type="button" onClick={() => setEditing(wg)} aria-label={`${t('editAction')} ${wg.name}`}>{t('editAction')}</button>
                    <button type="button" onClick={() => toggle(wg)} aria-label={`${wg.status ? t('takeDown') : t('bringUp')} ${wg.name}`}>
                      {wg.status ? t('takeDown') : t('bringUp')}
                    </button>
                    <button type="button" class="danger" onClick={() => remove(wg)} aria-label={`${t('deleteAction')} ${wg.name}`}>
                      {t('deleteAction')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** Create or edit form; the API's refusal (a sentence naming the rule) is shown inside the form. */
function InterfaceForm({ title, submitLabel, idPrefix, initial, withIpv6, onSubmit, onCancel }: {
  title: string; submitLabel: string; idPrefix: string; initial?: WgInterfaceInfo; withIpv6?: boolean;
  onSubmit: (address: string, port: number, ipv6: string) => Promise<void>; onCancel: () => void;
}) {
  const { t } = useI18n();
  const [address, setAddress] = useState(initial?.address_range ?? '');
  const [port, setPort] = useState(initial ? String(initial.port) : '');
  const [ipv6, setIpv6] = useState('');
  const [errors, setErrors] = useState<{ port?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => form.current?.querySelector('input')?.focus(), []);

  const submit = async (event: Event) => {
    event.preventDefault();
    const number = parsePort(port);
    setErrors(number === null ? { port: t('invalidPort') } : {});
    if (number === null) return;
    setBusy(true);
    try {
      await onSubmit(address.trim(), number, ipv6);
    } catch (e) {
      setErrors({ form: errorText(e) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form ref={form} class="card create" onSubmit={submit} aria-label={title}
          onKeyDown={(e) => { if (e.key === 'Escape') onCancel(); }}>
      <h2>{title}</h2>
      <Field id={idPrefix + '-address'} label={t('addressRange')} value={address} onInput={setAddress} required />
      <Field id={idPrefix + '-port'} label={t('wgPort')} value={port} onInput={setPort} required error={errors.port} />
      {withIpv6 && <Field id={idPrefix + '-ipv6'} label={t('ipv6Range')} value={ipv6} onInput={setIpv6} />}
      {errors.form && <p role="alert" class="error">{errors.form}</p>}
      <div class="buttons">
        <button type="submit" class="primary" disabled={busy}>{submitLabel}</button>
        <button type="button" onClick={onCancel}>{t('cancelAction')}</button>
      </div>
    </form>
  );
}
