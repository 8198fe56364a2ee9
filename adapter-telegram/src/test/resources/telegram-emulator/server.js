// Launcher for the telegram-test-api Bot API emulator (the npm package has no CLI of its own).
// Usage: node server.js <port> [host]. TelegramEmulator (test sources) copies these files to target/, runs
// `npm ci` there and starts this file; it waits for the "listening on" line below.
const TelegramServer = require('telegram-test-api');

const port = Number(process.argv[2] || process.env.TG_PORT || 9000);
const host = process.argv[3] || process.env.TG_HOST || '127.0.0.1';

// The emulator's client routes call async functions without awaiting them, so one malformed
// request becomes an unhandled rejection, which would end the node process mid-test.
process.on('unhandledRejection', (e) => console.error('unhandledRejection (kept alive):', e && e.message));

const server = new TelegramServer({ port, host, storeTimeout: Number(process.env.TG_STORE_TIMEOUT || 60) });
server.start().then(() => console.log(`telegram-test-api listening on ${server.config.apiURL}`));

const stop = async () => { await server.stop(); process.exit(0); };
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
