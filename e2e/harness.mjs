// Shared by the browser tests: start the debug binary on a free port with a throwaway SQLite
// database, and launch Debian's Chromium through playwright-core.

import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const binary = process.env.DIASPORA_HUB_BIN ?? new URL('../target/debug/diaspora-hub', import.meta.url).pathname;
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function waitUntilReady(url, deadline) {
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`server did not become ready at ${url}`);
}

/** Starts the service; resolves to `{ base, stop, directory, databaseUrl }` (mail is written
 * as `.eml` files under `directory/mail`). */
export async function startApp() {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const directory = mkdtempSync(join(tmpdir(), 'diaspora-hub-e2e-'));
  const databaseUrl = `sqlite://${join(directory, 'e2e.db')}`;
  const server = spawn(binary, ['serve'], {
    env: { ...process.env, DATABASE_URL: databaseUrl, APP_BIND: `127.0.0.1:${port}`, APP_PUBLIC_URL: base,
      // The journeys publish several listings from accounts made a moment ago.
      APP_NEW_ACCOUNT_HOURS: '0' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  await waitUntilReady(`${base}/readyz`, Date.now() + 30_000);
  return { base, stop: () => server.kill(), directory, databaseUrl };
}

/** Runs the command line against the app's database; resolves to what it printed. */
export function cli(app, args) {
  return execFileSync(binary, args, { env: { ...process.env, DATABASE_URL: app.databaseUrl }, encoding: 'utf8' });
}

/** Launches headless Chromium with the flags this machine needs. */
export function launchBrowser() {
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/** Calls the JSON API; resolves to the parsed body (throws on an error status). */
export async function api(base, method, path, body, token) {
  const response = await fetch(base + path, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return text ? JSON.parse(text) : null;
}
