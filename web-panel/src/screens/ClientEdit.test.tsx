import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { type Api, ApiError, type Client, type Outcome } from '../api';
import { I18nContext, type Lang, translate } from '../i18n';
import { EditClient } from './ClientEdit';

const GIB = 1024 ** 3;
const MIB = 1024 ** 2;

function client(overrides: Partial<Client> = {}): Client {
  return {
    name: 'alice', wg: 0, address: '10.0.0.2/32', created_at: '2030-01-01T00:00:00Z',
    expires: new Date(2030, 1, 1, 10, 30).toISOString(), note: 'office',
    traffic: String(2 * GIB), used_trafic: { download: 0, upload: 0 }, connected_now: false, status: true,
    last_handshake: null, disabled_reason: null, share_url: null, ...overrides,
  };
}

function setup(target: Client = client(), lang: Lang = 'en', update?: () => Promise<Outcome>) {
  const api = { updateClient: vi.fn(update ?? (async () => ({ message: 'Client alice updated.', data: null }))) };
  const onSaved = vi.fn();
  const onClose = vi.fn();
  render(
    <I18nContext.Provider value={{ lang, t: (key, vars) => translate(lang, key, vars) }}>
      <button type="button">Edit alice</button>
      <EditClient api={api as unknown as Api} client={target} onSaved={onSaved} onClose={onClose} />
    </I18nContext.Provider>);
  const dialog = screen.getByRole('dialog', { name: translate(lang, 'editTitle', { name: target.name }) });
  return { api, onSaved, onClose, dialog };
}

const input = (dialog: HTMLElement, label: string | RegExp) => within(dialog).getByLabelText(label) as HTMLInputElement;
const save = (dialog: HTMLElement) => fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

afterEach(cleanup);

describe('EditClient', () => {
  it('is a modal dialog prefilled with the expiry in local time, the quota and the note, focus in the first field', () => {
    const { dialog } = setup();
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(input(dialog, 'Expires').value).toBe('2030-02-01T10:30');
    expect(input(dialog, 'Expires').type).toBe('datetime-local');
    expect(input(dialog, 'Quota (GB, 0 = unlimited)').value).toBe('2');
    expect((within(dialog).getByLabelText('Quota unit') as HTMLSelectElement).value).toBe('GB');
    expect(input(dialog, 'Note').value).toBe('office');
    expect(document.activeElement).toBe(input(dialog, 'Expires'));
  });

  it('prefills a quota that is not whole GB in MB, and unlimited as 0', () => {
    const { dialog } = setup(client({ traffic: String(1536 * MIB), note: null }));
    expect(input(dialog, 'Quota (MB, 0 = unlimited)').value).toBe('1536');
    expect((within(dialog).getByLabelText('Quota unit') as HTMLSelectElement).value).toBe('MB');
    expect(input(dialog, 'Note').value).toBe('');
    cleanup();
    const unlimited = setup(client({ traffic: '0' }));
    expect(input(unlimited.dialog, 'Quota (GB, 0 = unlimited)').value).toBe('0');
  });

  it('sends only the note when only the note changed, and hands over the server answer', async () => {
    const { api, dialog, onSaved } = setup();
    fireEvent.input(input(dialog, 'Note'), { target: { value: 'home' } });
    save(dialog);
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith({ message: 'Client alice updated.', data: null }));
    expect(api.updateClient).toHaveBeenCalledTimes(1);
    expect(api.updateClient).toHaveBeenCalledWith('alice', { note: 'home' });
  });

  it('sends the quota in bytes of the chosen unit: MB = n * 1024^2', async () => {
    const { api, dialog } = setup();
    fireEvent.change(within(dialog).getByLabelText('Quota unit'), { target: { value: 'MB' } });
    fireEvent.input(input(dialog, 'Quota (MB, 0 = unlimited)'), { target: { value: '300' } });
    save(dialog);
    await waitFor(() => expect(api.updateClient).toHaveBeenCalledWith('alice', { traffic: 300 * MIB }));
  });

  it('sends a new expiry as an ISO instant and a cleared quota as unlimited', async () => {
    const { api, dialog } = setup();
    fireEvent.input(input(dialog, 'Expires'), { target: { value: '2031-03-04T05:06' } });
    fireEvent.input(input(dialog, 'Quota (GB, 0 = unlimited)'), { target: { value: '0' } });
    save(dialog);
    await waitFor(() => expect(api.updateClient).toHaveBeenCalledWith('alice', {
      expires: new Date(2031, 2, 4, 5, 6).toISOString(), traffic: 0,
    }));
  });

  it('does not send a quota written differently but equal (2 GB = 2048 MB)', async () => {
    const { api, dialog, onSaved } = setup();
    fireEvent.change(within(dialog).getByLabelText('Quota unit'), { target: { value: 'MB' } });
    fireEvent.input(input(dialog, 'Quota (MB, 0 = unlimited)'), { target: { value: '2048' } });
    save(dialog);
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(null));
    expect(api.updateClient).not.toHaveBeenCalled();
  });

  it('catches an invalid quota under the field and sends nothing', async () => {
    const { api, dialog, onSaved } = setup();
    const quota = input(dialog, 'Quota (GB, 0 = unlimited)');
    fireEvent.input(quota, { target: { value: '-5' } });
    save(dialog);
    const message = await within(dialog).findByText('Enter a number of gigabytes, 0 for unlimited.');
    expect(quota.getAttribute('aria-invalid')).toBe('true');
    expect(quota.getAttribute('aria-describedby')).toBe(message.id);
    expect(document.activeElement).toBe(quota);
    fireEvent.change(within(dialog).getByLabelText('Quota unit'), { target: { value: 'MB' } });
    fireEvent.input(quota, { target: { value: 'lots' } });
    save(dialog);
    expect(await within(dialog).findByText('Enter a number of megabytes, 0 for unlimited.')).toBeTruthy();
    expect(api.updateClient).not.toHaveBeenCalled();
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('catches an emptied expiry', async () => {
    const { api, dialog } = setup();
    fireEvent.input(input(dialog, 'Expires'), { target: { value: '' } });
    save(dialog);
    expect(await within(dialog).findByText('Enter a date and time.')).toBeTruthy();
    expect(input(dialog, 'Expires').getAttribute('aria-invalid')).toBe('true');
    expect(api.updateClient).not.toHaveBeenCalled();
  });

  it('keeps the form open with the server sentence when the API refuses', async () => {
    const { api, dialog, onSaved, onClose } = setup(client(), 'en', async () => {
      throw new ApiError(400, 'INVALID_EXPIRY', 'The expiry must be in the future.');
    });
    fireEvent.input(input(dialog, 'Note'), { target: { value: 'home' } });
    save(dialog);
    expect((await within(dialog).findByRole('alert')).textContent).toBe('The expiry must be in the future.');
    expect(api.updateClient).toHaveBeenCalledTimes(1);
    expect(onSaved).not.toHaveBeenCalled();
    expect(onClose).not.toHaveBeenCalled();
    expect(input(dialog, 'Note').value).toBe('home');
    expect((within(dialog).getByRole('button', { name: 'Save' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('closes on Escape and on Cancel without sending anything', () => {
    const { api, dialog, onClose } = setup();
    fireEvent.keyDown(input(dialog, 'Note'), { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(onClose).toHaveBeenCalledTimes(2);
    expect(api.updateClient).not.toHaveBeenCalled();
  });

  it('keeps Tab inside the dialog', () => {
    const { dialog } = setup();
    const cancel = within(dialog).getByRole('button', { name: 'Cancel' });
    cancel.focus();
    fireEvent.keyDown(cancel, { key: 'Tab' });
    expect(document.activeElement).toBe(input(dialog, 'Expires'));
    fireEvent.keyDown(input(dialog, 'Expires'), { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(cancel);
  });

  it('speaks Persian', () => {
    const { dialog } = setup(client(), 'fa');
    expect(within(dialog).getByRole('heading', { name: 'ویرایش alice' })).toBeTruthy();
    expect(within(dialog).getByLabelText('سهمیه (گیگابایت، ۰ = نامحدود)')).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'ذخیره' })).toBeTruthy();
  });
});
