// End-to-end test of the web panel in headless Chromium against a running panel.
// Usage: node src/e2e/panel.e2e.mjs <panel-url> <screenshot-dir> [full|seeded]
//   full (default): a fresh panel, installed through the UI.
//   seeded: a panel already installed with the password below and seeded with SEEDED clients
//   (seed-0 .. seed-N-1); logs in, times the clients screen and searches one client.
// Debian's chromium at /usr/bin/chromium, driven by playwright-core (no browser download).
import { chromium } from 'playwright-core';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [url, outDir, mode = 'full'] = process.argv.slice(2);
if (!url || !outDir || !['full', 'seeded'].includes(mode)) {
  console.error('usage: panel.e2e.mjs <panel-url> <screenshot-dir> [full|seeded]');
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
const profile = mkdtempSync(join(tmpdir(), 'candypanel-chromium-'));
const PASSWORD = 'e2e-admin-password';
const CLIENT = 'e2e-alice';
const SEEDED = Number(process.env.SEEDED_CLIENTS ?? 10_000);
const BOB = 'e2e-bob';
let shareLink = null;

/** Accepts the next confirm() after checking its text. */
function expectConfirm(pattern) {
  return new Promise((resolve, reject) => {
    page.once('dialog', async (dialog) => {
      const text = dialog.message();
      if (!pattern.test(text)) {
        await dialog.dismiss();
        reject(new Error(`confirm said “${text}”, expected ${pattern}`));
        return;
      }
      await dialog.accept();
      resolve(text);
    });
  });
}

/** Nothing wider than the window: the screen is usable on a phone without sideways scrolling. */
async function expectNoSidewaysScroll(what) {
  const [scroll, width] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  if (scroll > width) throw new Error(`${what} is ${scroll} px wide in a ${width} px window`);
}

const context = await chromium.launchPersistentContext(profile, {
  executablePath,
  headless: true,
  acceptDownloads: true,
  viewport: { width: 1280, height: 800 },
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const page = context.pages()[0] ?? await context.newPage();
page.setDefaultTimeout(15_000);
const errors = [];
page.on('pageerror', (e) => errors.push(String(e)));
// A refusal the test provokes on purpose is logged by Chromium as a failed resource: allowed once each.
const expectedRefusals = [];
page.on('console', (m) => {
  if (m.type() !== 'error') return;
  const status = Number(m.text().match(/^Failed to load resource: the server responded with a status of (\d{3})/)?.[1]);
  const expected = expectedRefusals.indexOf(status);
  if (expected >= 0) expectedRefusals.splice(expected, 1);
  else errors.push(m.text());
});
const shot = (name) => page.screenshot({ path: join(outDir, name + '.png'), fullPage: true });
const steps = [];
const step = async (name, body) => {
  const started = Date.now();
  await body();
  steps.push(`${name} (${Date.now() - started} ms)`);
  console.log('ok -', name);
};

async function fullFlow() {
  await step('install wizard', async () => {
    await page.goto(url);
    await page.getByRole('heading', { name: 'Set up the panel' }).waitFor();
    await shot('01-install');
    await page.getByLabel('Server IP or host name').fill('127.0.0.1');
    await page.getByLabel('WireGuard port').fill('51820');
    await page.getByLabel('Admin password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Install' }).click();
    await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
    await page.getByText('Kernel mode').waitFor();
    await shot('02-dashboard');
  });

  await step('log out and log in', async () => {
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.getByRole('heading', { name: 'Log in' }).waitFor();
    await page.getByLabel('User name').fill('admin');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
  });

  await step('create a client', async () => {
    await page.getByRole('link', { name: 'Clients' }).click();
    await page.getByRole('heading', { name: 'Clients' }).waitFor();
    await page.getByRole('button', { name: 'New client' }).click();
    await page.getByLabel('Name', { exact: true }).fill(CLIENT);
    await page.getByLabel('Quota (GB, 0 = unlimited)').fill('5');
    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByText(`Client “${CLIENT}” created.`).waitFor();
  });

  await step('it appears in the list', async () => {
    const row = page.locator(`tr[data-client="${CLIENT}"]`);
    await row.getByText('Enabled').waitFor();
    await row.getByText('5 GB').waitFor();
    await page.getByLabel('Search clients').fill('alice');
    await page.getByText('Page 1 of 1 · 1 clients').waitFor();
    await shot('03-clients');
  });

  await step('download its config', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: `Config ${CLIENT}` }).click(),
    ]);
    if (download.suggestedFilename() !== CLIENT + '.conf') throw new Error('config file name ' + download.suggestedFilename());
    const text = readFileSync(await download.path(), 'utf8');
    if (!text.includes('[Interface]') || !text.includes('[Peer]')) throw new Error('not a WireGuard config:\n' + text);
  });

  await step('open its share page and see the QR', async () => {
    await page.getByRole('button', { name: `Copy share link ${CLIENT}` }).click();
    const notice = page.locator('p.notice').filter({ hasText: '/s/' });
    await notice.waitFor();
    const link = (await notice.textContent()).match(/\/s\/[A-Za-z0-9_-]+/)?.[0];
    if (!link) throw new Error('no share link in: ' + (await notice.textContent()));
    const share = await context.newPage();
    share.on('pageerror', (e) => errors.push('share page: ' + String(e)));
    // Any error on the share page fails the test (it declares an empty icon, so no /favicon.ico 404 either).
    share.on('console', (m) => {
      if (m.type() === 'error') errors.push(`share page: ${m.text()} (${m.location()?.url ?? ''})`);
    });
    try {
      const response = await share.goto(new URL(link, url).toString());
      if (response?.status() !== 200) throw new Error(`share page ${link}: HTTP ${response?.status()}`);
      await share.getByRole('heading', { name: CLIENT }).waitFor();
      const qr = share.getByRole('img', { name: `QR code of the WireGuard config of ${CLIENT}` });
      await qr.waitFor();
      await share.waitForFunction((img) => img.complete && img.naturalWidth > 0, await qr.elementHandle(), { timeout: 10_000 });
      const width = await qr.evaluate((img) => img.naturalWidth);
      console.log(`share page ${link}: QR ${width} px wide`);
      await share.screenshot({ path: join(outDir, '04a-share-page.png'), fullPage: true });
      // The same page in Persian, right to left, in the panel's look.
      await share.getByRole('link', { name: 'فارسی' }).click();
      await share.getByRole('link', { name: 'دریافت پیکربندی' }).waitFor();
      const dir = await share.evaluate(() => document.documentElement.dir);
      if (dir !== 'rtl') throw new Error('Persian share page is ' + dir);
      await share.screenshot({ path: join(outDir, '04b-share-page-persian.png'), fullPage: true });
      shareLink = link;
    } finally {
      await share.close();
    }
  });

  await step('disable it', async () => {
    await page.getByRole('button', { name: `Disable ${CLIENT}` }).click();
    await page.getByRole('button', { name: `Enable ${CLIENT}` }).waitFor();
    await page.locator(`tr[data-client="${CLIENT}"]`).getByText('Disabled').waitFor();
    await shot('04-disabled');
  });

  await step('edit it: quota in MB, a note', async () => {
    await page.getByRole('button', { name: `Edit ${CLIENT}` }).click();
    const dialog = page.getByRole('dialog', { name: `Edit ${CLIENT}` });
    await dialog.waitFor();
    await dialog.getByLabel('Quota unit').selectOption('MB');
    await dialog.getByLabel('Quota (MB, 0 = unlimited)').fill('1536');
    await dialog.getByLabel('Note').fill('edited in the browser');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await page.getByText(`Client '${CLIENT}' edited successfully.`).waitFor();
    await page.locator(`tr[data-client="${CLIENT}"]`).getByText('1.5 GB').waitFor();
  });

  await step('reset its usage and revoke its share link (the old link is gone)', async () => {
    await page.locator(`tr[data-client="${CLIENT}"] summary`).click(); // the row's “More” menu
    const resetConfirmed = expectConfirm(new RegExp(`Reset the used traffic of ${CLIENT}`));
    await page.getByRole('button', { name: `Reset usage ${CLIENT}` }).click();
    await resetConfirmed;
    await page.getByText(`Traffic of client '${CLIENT}' reset successfully.`).waitFor();
    await page.locator(`tr[data-client="${CLIENT}"] summary`).click(); // the row's “More” menu
    const revokeConfirmed = expectConfirm(/The old link stops working/);
    await page.getByRole('button', { name: `Revoke link ${CLIENT}` }).click();
    await revokeConfirmed;
    await page.getByText(`Share link for client '${CLIENT}' revoked.`).waitFor();
    const old = await page.request.get(new URL(shareLink, url).toString());
    if (old.status() !== 404) throw new Error(`revoked share link answers ${old.status()}`);
  });

  await step('dashboard: sync now', async () => {
    await page.getByRole('link', { name: 'Dashboard' }).click();
    await page.getByRole('button', { name: 'Sync now' }).click();
    await page.getByText(/^Sync took \d+ ms/).waitFor();
  });

  await step('interfaces: create wg1, a client on it, take it down, delete it with its client', async () => {
    await page.getByRole('link', { name: 'Interfaces' }).click();
    await page.getByRole('heading', { name: 'Interfaces' }).waitFor();
    await page.getByRole('button', { name: 'New interface' }).click();
    const form = page.getByRole('form', { name: 'New interface' });
    await form.getByLabel('Address range (CIDR)').fill('10.0.1.1/24');
    await form.getByLabel('WireGuard port').fill('51820');
    expectedRefusals.push(409);
    await form.getByRole('button', { name: 'Create interface' }).click();
    await form.getByRole('alert').filter({ hasText: /51820/ }).waitFor(); // the API's refusal, inside the form
    await form.getByLabel('WireGuard port').fill('51821');
    await form.getByRole('button', { name: 'Create interface' }).click();
    await page.getByRole('button', { name: 'Delete wg1' }).waitFor();

    await page.getByRole('link', { name: 'Clients' }).click();
    await page.getByRole('button', { name: 'New client' }).click();
    await page.getByLabel('Name', { exact: true }).fill(BOB);
    await page.getByLabel('Interface', { exact: true }).selectOption({ label: 'wg1 · 10.0.1.1/24' });
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    await page.getByText(`Client “${BOB}” created.`).waitFor();
    await page.locator(`tr[data-client="${BOB}"]`).getByText('10.0.1.2').waitFor();

    await page.getByRole('link', { name: 'Interfaces' }).click();
    await page.getByRole('button', { name: 'Take down wg1' }).click();
    await page.getByRole('button', { name: 'Bring up wg1' }).waitFor();
    await shot('08-interfaces');
    const deleted = expectConfirm(/^Delete wg1 and its 1 client\?/);
    await page.getByRole('button', { name: 'Delete wg1' }).click();
    await deleted;
    await page.getByRole('button', { name: 'Delete wg1' }).waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Delete wg0' }).waitFor();
  });

  await step('settings: a bad value is refused beside its field, a good one is saved', async () => {
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    const server = page.getByRole('form', { name: 'Server' });
    await server.getByLabel('MTU').fill('99999');
    expectedRefusals.push(400);
    await server.getByRole('button', { name: 'Save Server' }).click();
    const mtu = server.getByLabel('MTU');
    await page.waitForFunction((input) => input.getAttribute('aria-invalid') === 'true', await mtu.elementHandle());
    const errorId = await mtu.getAttribute('aria-describedby');
    const error = await page.locator('#' + errorId.split(' ')[0]).textContent();
    if (!/mtu/i.test(error)) throw new Error('MTU error says: ' + error);
    await shot('09-settings-error');
    await mtu.fill('1380');
    await server.getByRole('button', { name: 'Save Server' }).click();
    await server.getByText('Settings saved: 1.').waitFor();
    const settings = await (await page.request.get(new URL('/api/settings', url).toString(), {
      headers: { Authorization: 'Bearer ' + await page.evaluate(() => localStorage.getItem('candypanel.token')) },
    })).json();
    if (settings.data.settings.mtu !== '1380') throw new Error('mtu is ' + settings.data.settings.mtu);
  });

  await step('API token: generated, shown once, and it works', async () => {
    const tokens = page.getByRole('form', { name: 'API tokens' });
    await tokens.getByLabel('Token name').fill('e2e-ci');
    await tokens.getByRole('button', { name: 'Generate' }).click();
    await tokens.getByRole('button', { name: 'Save token' }).click();
    const shown = page.getByRole('status').filter({ hasText: 'Token “e2e-ci” saved.' });
    await shown.waitFor();
    const token = (await shown.locator('code').textContent()).trim();
    if (token.length < 32) throw new Error('token shown: ' + token);
    const response = await page.request.get(new URL('/api/summary', url).toString(), { headers: { Authorization: 'Bearer ' + token } });
    if (response.status() !== 200) throw new Error(`the new token gets ${response.status()}`);
    await page.getByRole('button', { name: 'Delete e2e-ci' }).waitFor();
  });

  await step('backups: create one, restore it after a confirmation', async () => {
    await page.getByRole('button', { name: 'Create backup' }).click();
    const restore = page.getByRole('button', { name: /^Restore / }).first();
    await restore.waitFor();
    const restored = expectConfirm(/will be replaced/);
    await restore.click();
    await restored;
    await page.getByText(/restored\./).waitFor();
    await shot('10-settings-backups');
  });

  await step('the audit log shows what was done', async () => {
    await page.getByRole('link', { name: 'Audit log' }).click();
    for (const action of ['backup.restore', 'api_token.create_or_update', 'setting.update', 'interface.delete', 'client.unshare']) {
      await page.getByRole('cell', { name: action, exact: true }).first().waitFor();
    }
    await shot('11-audit');
  });

  await step('on a phone: no sideways scrolling', async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    for (const [name, heading] of [['Clients', 'Clients'], ['Interfaces', 'Interfaces'], ['Settings', 'Settings'], ['Audit log', 'Audit log']]) {
      await page.getByRole('link', { name }).click();
      await page.getByRole('heading', { name: heading }).waitFor();
      await expectNoSidewaysScroll(name);
    }
    await page.getByRole('link', { name: 'Clients' }).click();
    await page.locator(`tr[data-client="${CLIENT}"]`).waitFor();
    await expectNoSidewaysScroll('Clients');
    await shot('12-phone-clients');
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  await step('keyboard only: Tab to the Interfaces link, Enter opens it', async () => {
    await page.getByRole('link', { name: 'Dashboard' }).click();
    await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
    await page.locator('body').focus();
    let focused = '';
    for (let i = 0; i < 20 && focused !== 'Interfaces'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    }
    if (focused !== 'Interfaces') throw new Error('Tab never reached the Interfaces link');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Interfaces' }).waitFor();
  });

  await step('dark theme when the system is dark', async () => {
    const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const light = await background();
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.getByRole('link', { name: 'Clients' }).click();
    await page.locator(`tr[data-client="${CLIENT}"]`).waitFor();
    const dark = await background();
    const brightness = (rgb) => rgb.match(/\d+/g).slice(0, 3).map(Number).reduce((a, b) => a + b, 0);
    if (!(brightness(dark) < 150 && brightness(light) > 600)) throw new Error(`backgrounds: light ${light}, dark ${dark}`);
    await shot('13-dark-clients');
    await page.emulateMedia({ colorScheme: 'light' });
  });

  await step('Persian, right to left', async () => {
    await page.getByLabel('Language').selectOption('fa');
    await page.getByRole('heading', { name: 'کاربران' }).waitFor();
    await page.waitForFunction(() => document.documentElement.dir === 'rtl', null, { timeout: 5000 });
    await shot('05-persian-rtl');
  });

  await step('reload keeps the session and the language (SPA fallback on a deep link too)', async () => {
    await page.goto(new URL('/some/deep/link', url).toString());
    await page.getByRole('heading', { name: 'داشبورد' }).waitFor();
  });

}

async function seededFlow() {
  await step('log in to a seeded panel', async () => {
    await page.goto(url);
    await page.getByRole('heading', { name: 'Log in' }).waitFor();
    await page.getByLabel('User name').fill('admin');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
  });

  await step(`open the clients screen with ${SEEDED} clients`, async () => {
    const started = Date.now();
    await page.getByRole('link', { name: 'Clients' }).click();
    await page.locator('tbody tr[data-client]').first().waitFor();
    console.log(`first render with ${SEEDED} clients: ${Date.now() - started} ms`);
    await page.getByText(new RegExp(`^Page 1 of \\d+ · ${SEEDED} clients$`)).waitFor();
    await shot('06-seeded-clients');
  });

  await step('find one client by search', async () => {
    const wanted = 'seed-4242';
    await page.getByLabel('Search clients').fill(wanted);
    await page.getByText('Page 1 of 1 · 1 clients').waitFor();
    const names = await page.locator('tbody tr[data-client]').evaluateAll((rows) => rows.map((r) => r.dataset.client));
    if (names.length !== 1 || names[0] !== wanted) throw new Error('search ' + wanted + ' shows ' + JSON.stringify(names));
    await shot('07-seeded-search');
  });
}

try {
  await (mode === 'seeded' ? seededFlow() : fullFlow());

  if (expectedRefusals.length) errors.push('refusals that never came: ' + expectedRefusals.join(', '));
  if (errors.length) throw new Error('browser errors:\n' + errors.join('\n'));
  console.log(JSON.stringify({ ok: true, steps }));
} catch (e) {
  await shot('failure-' + mode).catch(() => {});
  console.error('E2E FAILED:', e?.stack ?? e);
  console.error(JSON.stringify({ ok: false, steps, errors }));
  process.exitCode = 1;
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
