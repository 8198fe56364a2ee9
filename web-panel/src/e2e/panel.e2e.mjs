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
page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
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
