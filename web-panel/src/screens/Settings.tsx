import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Api, SettingsView } from '../api';
import { useI18n } from '../i18n';
import { Backups } from './Backups';
import { Field } from './Field';
import { CopyButton, errorText, said, type Said, Status, useStatus } from './Shared';

/** How each editable setting is shown; keys the server has but this list lacks (install, status, …) are not shown. */
const KINDS = {
  server_ip: 'text', custom_endpont: 'text', dns: 'text', ipv6_dns: 'text', mtu: 'number', sync_interval_seconds: 'number',
  session_ttl_hours: 'number', reset_time: 'number', traffic_reset_day: 'number',
  bot_default_interface: 'number', reminder_quota_percent: 'number', reminder_days_before_expiry: 'number',
  telegram_bot_status: 'flag', telegram_bot_token: 'secret', telegram_bot_admin_id: 'number', admin_card_number: 'text',
  prices: 'json', alert: 'lines', auto_backup: 'flag',
} as const;

type Key = keyof typeof KINDS;

const SERVER: Key[] = ['server_ip', 'custom_endpont', 'dns', 'ipv6_dns', 'mtu', 'sync_interval_seconds', 'session_ttl_hours',
  'reset_time', 'traffic_reset_day'];
const BOT: Key[] = ['bot_default_interface', 'reminder_quota_percent', 'reminder_days_before_expiry'];
const TELEGRAM: Key[] = ['telegram_bot_status', 'telegram_bot_token', 'telegram_bot_admin_id', 'admin_card_number'];

const GB = 'prices.1GB';
const MONTH = 'prices.1Month';
const PRICE = /^\d+(\.\d+)?$/;

/** {"1GB": n, "1Month": m} (exactly those keys, numbers) as two texts; null for any other shape. */
export function pricePair(json: string | undefined): [string, string] | null {
  try {
    const prices = JSON.parse(json ?? '');
    const keys = Object.keys(prices ?? {}).sort().join();
    return keys === '1GB,1Month' && typeof prices['1GB'] === 'number' && typeof prices['1Month'] === 'number'
      ? [String(prices['1GB']), String(prices['1Month'])] : null;
  } catch {
    return null;
  }
}

/** The text a field starts with, from the server's value. */
function display(key: Key, value: string): string {
  if (KINDS[key] === 'secret') return '';
  if (KINDS[key] === 'lines') {
    try {
      const lines = JSON.parse(value);
      if (Array.isArray(lines)) return lines.join('\n');
    } catch {
      // not a list: edit the raw text
    }
  }
  return value;
}

/** The value to send for a field's text. */
function wire(key: Key, text: string): string {
  return KINDS[key] === 'lines' ? JSON.stringify(text.split('\n').map((line) => line.trim()).filter(Boolean)) : text.trim();
}

/** 32 random bytes, base64url (43 characters). */
export function generateToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * The settings, grouped. Each section's Save sends only its changed keys, one request per key; a key the server
 * refuses keeps its edit and shows the server's sentence under its own field.
 */
export function Settings({ api }: { api: Api }) {
  const { t } = useI18n();
  const [view, setView] = useState<SettingsView | null>(null);
  const [edits, setEdits] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [loadError, setLoadError] = useState('');

  const load = useCallback(() => api.settings().then((v) => { setView(v); setLoadError(''); }, (e) => setLoadError(errorText(e))), [api]);
  useEffect(() => { load(); }, [load]);

  if (!view) return <p aria-busy={!loadError} class={loadError ? 'error' : undefined} role={loadError ? 'alert' : undefined}>{loadError || t('loading')}</p>;
  const values = view.settings;
  const pair = pricePair(values.prices);
  const has = (key: Key) => key in values;
  const text = (key: string) => edits[key] ?? (key === GB ? pair![0] : key === MONTH ? pair![1] : display(key as Key, values[key]));
  const edit = (key: string) => (value: string) => setEdits((current) => ({ ...current, [key]: value }));
  const forget = (keys: string[]) => setEdits((current) => {
    const next = { ...current };
    for (const key of keys) delete next[key];
    return next;
  });

  const save = async (keys: Key[]): Promise<{ note?: Said; error?: string }> => {
    const found: Record<string, string> = {};
    const changes: [Key, string, string[]][] = [];
    for (const key of keys.filter(has)) {
      if (key === 'prices' && pair) {
        if (edits[GB] === undefined && edits[MONTH] === undefined) continue;
        const [gb, month] = [text(GB).trim(), text(MONTH).trim()];
        if (!PRICE.test(gb) || !PRICE.test(month)) found.prices = t('invalidPrice');
        else if (gb !== pair[0] || month !== pair[1]) changes.push([key, JSON.stringify({ '1GB': Number(gb), '1Month': Number(month) }), [GB, MONTH]]);
      } else if (KINDS[key] === 'secret' ? (edits[key] ?? '').trim() !== '' : edits[key] !== undefined && edits[key] !== display(key, values[key])) {
        changes.push([key, wire(key, edits[key]), [key]]);
      }
    }
    const cleared = Object.fromEntries(keys.map((key) => [key, '']));
    setErrors((current) => ({ ...current, ...cleared, ...found }));
    if (Object.keys(found).length) return {};
    if (!changes.length) return { note: { text: t('nothingToSave') } };
    let saved = 0;
    const warnings: string[] = [];
    for (const [key, value, fields] of changes) {
      try {
        const outcome = await api.updateSetting(key, value);
        saved++;
        if (said(outcome, '').warn) warnings.push(outcome.message);
        forget(fields);
        if (KINDS[key] !== 'secret') setView((current) => current && { ...current, settings: { ...current.settings, [key]: value } });
      } catch (e) {
        found[key] = errorText(e);
      }
    }
    setErrors((current) => ({ ...current, ...found }));
    load();
    const failed = changes.length - saved;
    return {
      note: saved ? { text: [t('savedCount', { count: saved }), ...warnings].join(' '), warn: warnings.length > 0 } : undefined,
      error: failed ? t('failedCount', { count: failed }) : undefined,
    };
  };

  const field = (key: Key) => {
    if (!has(key)) return null;
    const id = 'set-' + key;
    const kind = KINDS[key];
    const label = t(`set_${key}`);
    const error = errors[key] || undefined;
    if (kind === 'flag') {
      return (
        <div class="field" key={key}>
          <label class="check">
            <input id={id} type="checkbox" checked={text(key) === '1'} aria-invalid={error ? 'true' : undefined}
                   aria-describedby={error ? id + '-error' : undefined}
                   onChange={(e) => edit(key)((e.currentTarget as HTMLInputElement).checked ? '1' : '0')} />
            {label}
          </label>
          {error && <span id={id + '-error'} class="error">{error}</span>}
        </div>
      );
    }
    if (key === 'prices' && pair) {
      return (
        <div class="pair" key={key}>
          <Input id="set-price-gb" label={t('pricePerGb')} value={text(GB)} onInput={edit(GB)} numeric error={error} errorId={id + '-error'} />
          <Input id="set-price-month" label={t('pricePerMonth')} value={text(MONTH)} onInput={edit(MONTH)} numeric error={error} errorId={id + '-error'} />
          {error && <span id={id + '-error'} class="error">{error}</span>}
        </div>
      );
    }
    const masked = values[key];
    return (
      <Input key={key} id={id} label={label} value={text(key)} onInput={edit(key)} error={error} errorId={id + '-error'} showError
             numeric={kind === 'number'} multiline={kind === 'lines' || kind === 'json'}
             secret={kind === 'secret'} placeholder={kind === 'secret' ? masked || t('notSet') : undefined}
             hint={kind === 'secret' && masked ? t('tokenKept', { masked: '\u2066' + masked + '\u2069' }) : undefined} />
    );
  };

  return (
    <section aria-labelledby="settings-title" class="settings">
      <h1 id="settings-title">{t('navSettings')}</h1>
      <SettingsSection id="server" title={t('sectionServer')} onSave={() => save(SERVER)}>{SERVER.map(field)}</SettingsSection>
      <SettingsSection id="bot" title={t('sectionBot')} onSave={() => save(BOT)}>{BOT.map(field)}</SettingsSection>
      <SettingsSection id="telegram" title={t('sectionTelegram')} onSave={() => save(TELEGRAM)}>{TELEGRAM.map(field)}</SettingsSection>
      <SettingsSection id="prices" title={t('sectionPrices')} onSave={() => save(['prices'])}>{field('prices')}</SettingsSection>
      <SettingsSection id="alerts" title={t('alerts')} onSave={() => save(['alert'])}>{field('alert')}</SettingsSection>
      <PasswordSection api={api} />
      <TokensSection api={api} names={view.api_tokens} onChanged={load} />
      <Backups api={api} onRestored={() => { setEdits({}); setErrors({}); load(); }}>
        {has('auto_backup') && (
          <SettingsSection id="backup-settings" title={t('sectionBackups')} inline onSave={() => save(['auto_backup'])}>
            {field('auto_backup')}
          </SettingsSection>
        )}
      </Backups>
    </section>
  );
}

/** A labelled input or textarea; its error (shown here or by the caller) and hint are tied by aria-describedby. */
function Input({ id, label, value, onInput, error, errorId, showError, hint, numeric, multiline, secret, placeholder }: {
  id: string; label: string; value: string; onInput: (value: string) => void; error?: string; errorId: string; showError?: boolean;
  hint?: string; numeric?: boolean; multiline?: boolean; secret?: boolean; placeholder?: string;
}) {
  const describedBy = [error && errorId, hint && id + '-hint'].filter(Boolean).join(' ') || undefined;
  const props = {
    id, value, placeholder, dir: 'auto', 'aria-invalid': error ? 'true' : undefined, 'aria-describedby': describedBy,
    onInput: (e: Event) => onInput((e.currentTarget as HTMLInputElement).value),
  } as const;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {multiline ? <textarea rows={4} {...props} />
        : <input {...props} type={secret ? 'password' : 'text'} inputMode={numeric ? 'numeric' : undefined}
                 autocomplete={secret ? 'new-password' : 'off'} spellcheck={false} />}
      {hint && <span id={id + '-hint'} class="muted">{hint}</span>}
      {showError && error && <span id={errorId} class="error">{error}</span>}
    </div>
  );
}

/** One group of settings with its own Save and its own notice. `inline`: a form inside another section. */
function SettingsSection({ id, title, inline, onSave, children }: {
  id: string; title: string; inline?: boolean; onSave: () => Promise<{ note?: Said; error?: string }>; children: ComponentChildren;
}) {
  const { t } = useI18n();
  const status = useStatus();
  const [busy, setBusy] = useState(false);
  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    status.setNote(null);
    status.setError('');
    const result = await onSave();
    status.setNote(result.note ?? null);
    status.setError(result.error ?? '');
    setBusy(false);
  };
  const form = (
    <form class="grid" onSubmit={submit} aria-label={title} noValidate>
      {children}
      <div class="buttons">
        <button type="submit" class="primary" disabled={busy} aria-label={t('saveSection', { section: title })}>{t('saveAction')}</button>
      </div>
      <Status note={status.note} error={status.error} />
    </form>
  );
  if (inline) return form;
  return (
    <section class="card" aria-labelledby={id + '-title'}>
      <h2 id={id + '-title'}>{title}</h2>
      {form}
    </section>
  );
}

function PasswordSection({ api }: { api: Api }) {
  const { t } = useI18n();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const status = useStatus();

  const submit = async (event: Event) => {
    event.preventDefault();
    setMismatch(next !== repeat);
    if (next !== repeat) return;
    await status.run(async () => {
      const outcome = await api.changePassword(current, next);
      setCurrent('');
      setNext('');
      setRepeat('');
      return said(outcome, t('doneSentence'));
    });
  };

  return (
    <section class="card" aria-labelledby="password-title">
      <h2 id="password-title">{t('sectionPassword')}</h2>
      <form class="grid" onSubmit={submit} aria-label={t('sectionPassword')}>
        <Field id="pw-current" label={t('currentPassword')} value={current} onInput={setCurrent} type="password" required
               autocomplete="current-password" />
        <Field id="pw-new" label={t('newPassword')} value={next} onInput={setNext} type="password" required autocomplete="new-password" />
        <Field id="pw-repeat" label={t('repeatPassword')} value={repeat} onInput={setRepeat} type="password" required
               autocomplete="new-password" error={mismatch ? t('passwordMismatch') : undefined} />
        <div class="buttons"><button type="submit" class="primary">{t('changePassword')}</button></div>
        <Status note={status.note} error={status.error} />
      </form>
    </section>
  );
}

/** API tokens by name; a new token is shown once, right after saving (the server keeps only its hash). */
function TokensSection({ api, names, onChanged }: { api: Api; names: string[]; onChanged: () => void }) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [token, setToken] = useState('');
  const [tooShort, setTooShort] = useState(false);
  const [shown, setShown] = useState<{ name: string; token: string } | null>(null);
  const status = useStatus();

  const submit = async (event: Event) => {
    event.preventDefault();
    setTooShort(token.length < 32);
    if (token.length < 32) return;
    setShown(null);
    const saved = { name: name.trim(), token };
    if (await status.run(() => api.saveApiToken(saved.name, saved.token).then(() => undefined))) {
      setShown(saved);
      setName('');
      setToken('');
      onChanged();
    }
  };

  const remove = (tokenName: string) => {
    if (!window.confirm(t('confirmDeleteToken', { name: tokenName }))) return;
    status.run(async () => {
      const outcome = await api.deleteApiToken(tokenName);
      onChanged();
      return said(outcome, t('doneSentence'));
    });
  };

  return (
    <section class="card" aria-labelledby="tokens-title">
      <h2 id="tokens-title">{t('sectionTokens')}</h2>
      {names.length === 0 ? <p class="muted">{t('noTokens')}</p> : (
        <ul class="rows">
          {names.map((n) => (
            <li key={n}>
              <bdi>{n}</bdi>
              <button type="button" class="danger small" onClick={() => remove(n)} aria-label={`${t('deleteAction')} ${n}`}>{t('deleteAction')}</button>
            </li>
          ))}
        </ul>
      )}
      {shown && (
        <div class="reveal" role="status">
          <p>{t('tokenShownOnce', { name: shown.name })}</p>
          <span class="key"><code dir="ltr">{shown.token}</code><CopyButton text={shown.token} what={shown.name} /></span>
          <button type="button" class="small" onClick={() => setShown(null)}>{t('dismissAction')}</button>
        </div>
      )}
      <form class="grid" onSubmit={submit} aria-label={t('sectionTokens')}>
        <Field id="token-name" label={t('tokenName')} value={name} onInput={setName} required />
        <div class="field">
          <label for="token-value">{t('tokenValue')}</label>
          <span class="key">
            <input id="token-value" class="mono" dir="ltr" value={token} autocomplete="off" spellcheck={false} required
                   aria-invalid={tooShort ? 'true' : undefined} aria-describedby={tooShort ? 'token-value-error' : undefined}
                   onInput={(e) => setToken((e.currentTarget as HTMLInputElement).value)} />
            <button type="button" class="small" onClick={() => { setToken(generateToken()); setTooShort(false); }}>{t('generateToken')}</button>
          </span>
          {tooShort && <span id="token-value-error" class="error">{t('tokenTooShort')}</span>}
        </div>
        <div class="buttons"><button type="submit" class="primary">{t('saveToken')}</button></div>
        <Status note={status.note} error={status.error} />
      </form>
    </section>
  );
}
