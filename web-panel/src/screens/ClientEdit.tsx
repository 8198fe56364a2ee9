import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Api, Client, ClientChanges, Outcome } from '../api';
import { bytesToQuota, isoToLocalDateTime, localDateTimeToIso, quotaToBytes, type QuotaUnit } from '../format';
import { useI18n } from '../i18n';
import { Field } from './Field';

const UNITS: QuotaUnit[] = ['GB', 'MB'];

/** A quota: a number and its unit (MB or GB); the error is tied to the number as `Field` does. */
export function QuotaField({ id, value, unit, onInput, onUnit, error }: {
  id: string;
  value: string;
  unit: QuotaUnit;
  onInput: (value: string) => void;
  onUnit: (unit: QuotaUnit) => void;
  error?: string;
}) {
  const { t } = useI18n();
  return (
    <div class="field">
      <label for={id}>{t('quota', { unit: t(`unit_${unit}`) })}</label>
      <div class="quota-input">
        <input id={id} name={id} type="text" inputMode="decimal" value={value}
               aria-invalid={error ? 'true' : undefined} aria-describedby={error ? id + '-error' : undefined}
               onInput={(e) => onInput((e.currentTarget as HTMLInputElement).value)} />
        <select id={id + '-unit'} name={id + '-unit'} aria-label={t('quotaUnit')} value={unit}
                onChange={(e) => onUnit((e.currentTarget as HTMLSelectElement).value as QuotaUnit)}>
          {UNITS.map((u) => <option key={u} value={u}>{t(`unit_${u}`)}</option>)}
        </select>
      </div>
      {error && <span id={id + '-error'} class="error">{error}</span>}
    </div>
  );
}

const FOCUSABLE = 'input:not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), [href], [tabindex]:not([tabindex="-1"])';

/**
 * The edit dialog of one client: expiry, quota and note, prefilled; only the fields that changed
 * are sent. `onSaved` gets the server's answer, or null when nothing changed (nothing was sent).
 * Modal: focus starts in the first field, Tab stays inside, Escape closes, focus goes back after.
 */
export function EditClient({ api, client, onSaved, onClose }: {
  api: Api;
  client: Client;
  onSaved: (outcome: Outcome | null) => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const initial = useMemo(() => {
    const bytes = Number(client.traffic) || 0;
    const quota = bytesToQuota(bytes);
    return { expires: isoToLocalDateTime(client.expires), bytes, quota: quota.text, unit: quota.unit, note: client.note ?? '' };
  }, [client]);
  const [expires, setExpires] = useState(initial.expires);
  const [quota, setQuota] = useState(initial.quota);
  const [unit, setUnit] = useState<QuotaUnit>(initial.unit);
  const [note, setNote] = useState(initial.note);
  const [errors, setErrors] = useState<{ expires?: string; quota?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);
  const dialog = useRef<HTMLDivElement>(null);
  const checked = useRef(false);

  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    dialog.current?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
    return () => { if (previous && previous.isConnected) previous.focus(); };
  }, []);

  // After a check that failed, the first invalid field takes the focus (once it is marked invalid).
  useEffect(() => {
    if (!checked.current) return;
    checked.current = false;
    dialog.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
      return;
    }
    if (event.key !== 'Tab' || !dialog.current) return;
    const items = Array.from(dialog.current.querySelectorAll<HTMLElement>(FOCUSABLE));
    if (items.length === 0) return;
    const first = items[0];
    const last = items[items.length - 1];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    const changes: ClientChanges = {};
    const found: { expires?: string; quota?: string } = {};
    if (expires !== initial.expires) {
      const iso = localDateTimeToIso(expires);
      if (iso) changes.expires = iso;
      else found.expires = t('invalidExpiry');
    }
    if (quota !== initial.quota || unit !== initial.unit) {
      const bytes = quotaToBytes(quota, unit);
      if (bytes === null) found.quota = t('invalidQuota', { unit: t(`unitWord_${unit}`) });
      else if (bytes !== initial.bytes) changes.traffic = bytes;
    }
    if (note !== initial.note) changes.note = note;
    const invalid = Boolean(found.expires || found.quota);
    checked.current = invalid;
    setErrors(found);
    if (invalid) return;
    if (Object.keys(changes).length === 0) {
      onSaved(null);
      return;
    }
    setBusy(true);
    try {
      onSaved(await api.updateClient(client.name, changes));
    } catch (e) {
      setErrors({ form: (e as Error).message });
      setBusy(false);
    }
  };

  return (
    <div class="overlay">
      <div ref={dialog} class="card edit-client" role="dialog" aria-modal="true" aria-labelledby="edit-client-title"
           onKeyDown={onKeyDown}>
        <h2 id="edit-client-title">{t('editTitle', { name: client.name })}</h2>
        <form onSubmit={submit} noValidate>
          <Field id="edit-expires" label={t('expires')} value={expires} onInput={setExpires} type="datetime-local" error={errors.expires} />
          <QuotaField id="edit-quota" value={quota} unit={unit} onInput={setQuota} onUnit={setUnit} error={errors.quota} />
          <Field id="edit-note" label={t('note')} value={note} onInput={setNote} />
          {errors.form && <p role="alert" class="error">{errors.form}</p>}
          <div class="buttons">
            <button type="submit" class="primary" disabled={busy}>{t('saveAction')}</button>
            <button type="button" onClick={onClose}>{t('cancelAction')}</button>
          </div>
        </form>
      </div>
    </div>
  );
}
