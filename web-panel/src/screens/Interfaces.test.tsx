import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { type Api, ApiError, type WgInterfaceInfo } from '../api';
import { I18nContext, translate } from '../i18n';
import { Interfaces } from './Interfaces';

function wg(id: number, clients: number, up = true): WgInterfaceInfo {
  return {
    wg: id, name: 'wg' + id, public_key: 'PUBKEY' + id + 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa=', port: 51820 + id,
    address_range: `10.0.${id}.1/24`, ipv6_address_range: id === 1 ? 'fd00:1::1/64' : null, mtu: 1420, status: up, client_count: clients,
  };
}

function fakeApi(list: WgInterfaceInfo[]) {
  return {
    interfaces: vi.fn(async () => list),
    createInterface: vi.fn(async () => ({ message: 'New Interface Created!', data: null })),
    updateInterface: vi.fn(async () => ({
      message: 'Interface wg0 edited successfully. WireGuard did not take it: wg-quick failed.',
      data: { kernel: { applied: false, message: 'wg-quick failed' } },
    })),
    deleteInterface: vi.fn(async () => ({ message: 'Interface wg1 deleted with 12 clients.', data: { clients_removed: 12 } })),
  };
}

function renderInterfaces(api: ReturnType<typeof fakeApi>, lang: 'en' | 'fa' = 'en') {
  return render(
    <I18nContext.Provider value={{ lang, t: (key, vars) => translate(lang, key, vars) }}>
      <Interfaces api={api as unknown as Api} />
    </I18nContext.Provider>);
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('Interfaces', () => {
  it('lists the interfaces with range, IPv6 range, port, key, status and client count', async () => {
    renderInterfaces(fakeApi([wg(0, 3), wg(1, 12, false)]));
    const row = (await screen.findByText('wg1')).closest('tr')!;
    const cells = within(row).getAllByRole('cell').map((c) => c.textContent);
    expect(cells.slice(0, 3)).toEqual(['10.0.1.1/24', 'fd00:1::1/64', '51821']);
    expect(within(row).getByText('Down')).toBeTruthy();
    expect(cells).toContain('12');
    expect(within(row).getByText(wg(1, 0).public_key).tagName).toBe('CODE');
    expect(within(row).getByRole('button', { name: 'Copy public key of wg1' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Bring up wg1' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Take down wg0' })).toBeTruthy();
  });

  it('shows the API refusal inside the create form and keeps the form', async () => {
    const api = fakeApi([wg(0, 0)]);
    api.createInterface.mockRejectedValueOnce(new ApiError(400, 'VALIDATION_FAILED', "'10.0.0.1/24' overlaps wg0's address range."));
    renderInterfaces(api);
    await screen.findByText('wg0');
    fireEvent.click(screen.getByRole('button', { name: 'New interface' }));
    const form = screen.getByRole('form', { name: 'New interface' });
    fireEvent.input(within(form).getByLabelText('Address range (CIDR)'), { target: { value: '10.0.0.1/24' } });
    fireEvent.input(within(form).getByLabelText('WireGuard port'), { target: { value: '70000' } });
    fireEvent.submit(form);
    expect(await within(form).findByText('Enter a port between 1 and 65535.')).toBeTruthy();
    expect(api.createInterface).not.toHaveBeenCalled();
    fireEvent.input(within(form).getByLabelText('WireGuard port'), { target: { value: '51821' } });
    fireEvent.input(within(form).getByLabelText('IPv6 range (optional)'), { target: { value: 'fd00:2::1/64' } });
    fireEvent.submit(form);
    expect(await within(form).findByRole('alert')).toHaveProperty('textContent', "'10.0.0.1/24' overlaps wg0's address range.");
    expect(api.createInterface).toHaveBeenCalledWith('10.0.0.1/24', 51821, 'fd00:2::1/64');
    expect((within(form).getByLabelText('Address range (CIDR)') as HTMLInputElement).value).toBe('10.0.0.1/24');
    fireEvent.input(within(form).getByLabelText('Address range (CIDR)'), { target: { value: '10.0.5.1/24' } });
    fireEvent.submit(form);
    expect(await screen.findByText('New Interface Created!')).toBeTruthy();
    expect(screen.queryByRole('form', { name: 'New interface' })).toBeNull();
  });

  it('states the client count in the delete confirmation and deletes by wg id only when confirmed', async () => {
    const api = fakeApi([wg(0, 3), wg(1, 12)]);
    renderInterfaces(api);
    await screen.findByText('wg1');
    const confirm = vi.fn().mockReturnValueOnce(false).mockReturnValueOnce(true);
    vi.stubGlobal('confirm', confirm);
    fireEvent.click(screen.getByRole('button', { name: 'Delete wg1' }));
    expect(confirm).toHaveBeenLastCalledWith('Delete wg1 and its 12 clients? This cannot be undone.');
    expect(api.deleteInterface).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Delete wg1' }));
    await waitFor(() => expect(api.deleteInterface).toHaveBeenCalledWith(1));
    expect(api.deleteInterface).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('Interface wg1 deleted with 12 clients.')).toBeTruthy();
  });

  it('toggles up/down and edits, showing the kernel warning as a warning', async () => {
    const api = fakeApi([wg(0, 3)]);
    renderInterfaces(api);
    await screen.findByText('wg0');
    fireEvent.click(screen.getByRole('button', { name: 'Take down wg0' }));
    await waitFor(() => expect(api.updateInterface).toHaveBeenCalledWith('wg0', { status: false }));
    const warning = await screen.findByText(/WireGuard did not take it/);
    expect(warning.className).toBe('warning');
    fireEvent.click(screen.getByRole('button', { name: 'Edit wg0' }));
    const form = screen.getByRole('form', { name: 'Edit wg0' });
    expect((within(form).getByLabelText('WireGuard port') as HTMLInputElement).value).toBe('51820');
    fireEvent.input(within(form).getByLabelText('WireGuard port'), { target: { value: '51900' } });
    fireEvent.submit(form);
    await waitFor(() => expect(api.updateInterface).toHaveBeenLastCalledWith('wg0', { port: 51900 }));
  });

  it('speaks Persian', async () => {
    renderInterfaces(fakeApi([wg(0, 3)]), 'fa');
    await screen.findByText('wg0');
    expect(screen.getByRole('heading', { name: 'رابط‌ها' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'حذف wg0' })).toBeTruthy();
  });
});
