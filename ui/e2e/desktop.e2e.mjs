// End-to-end test of the real desktop app: the built Tauri binary (WebKitGTK) on the embedded
// sandbox bank, driven through WebDriver (tauri-driver + WebKitWebDriver). Run by the cargo test
// app-tauri/tests/desktop_e2e.rs (under Xvfb in scripts/test-all.sh), which passes the binary in
// PUHUI_APP_BIN; uses only Node's built-in test runner and fetch.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, mkdirSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createServer } from "node:net";

const root = resolve(import.meta.dirname, "../..");
const app = process.env.PUHUI_APP_BIN ?? join(root, "target/debug/puhui-app");
const shots = join(root, "target/e2e");
const ELEMENT = "element-6066-11e4-a52e-4f735466cecf";

let driver;
let base;
let session;

function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
    s.on("error", fail);
  });
}

async function wd(method, path, body) {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await res.json();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json.value)}`);
  return json.value;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function find(css, timeoutMs = 20000) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    try {
      const el = await wd("POST", `/session/${session}/element`, { using: "css selector", value: css });
      return el[ELEMENT];
    } catch (e) {
      if (Date.now() > end) throw e;
      await sleep(250);
    }
  }
}

const text = async (css) => wd("GET", `/session/${session}/element/${await find(css)}/text`);
const run = (script, ...args) => wd("POST", `/session/${session}/execute/sync`, { script, args });

async function screenshot(name) {
  mkdirSync(shots, { recursive: true });
  const png = await wd("GET", `/session/${session}/screenshot`);
  writeFileSync(join(shots, `${name}.png`), Buffer.from(png, "base64"));
}

before(async () => {
  assert.ok(existsSync(app), `build the app first: ${app}`);
  const port = await freePort();
  const nativePort = await freePort();
  base = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(join(tmpdir(), "puhui-e2e-"));
  driver = spawn(
    "tauri-driver",
    ["--port", String(port), "--native-port", String(nativePort), "--native-driver", "/usr/bin/WebKitWebDriver"],
    { env: { ...process.env, PUHUI_DATA_DIR: dataDir, LANG: "zh_CN.UTF-8" }, stdio: "inherit" },
  );
  const end = Date.now() + 20000;
  for (;;) {
    try {
      await fetch(`${base}/status`);
      break;
    } catch (e) {
      if (Date.now() > end) throw e;
      await sleep(200);
    }
  }
  const created = await wd("POST", "/session", {
    capabilities: { alwaysMatch: { browserName: "wry", "tauri:options": { application: app } } },
  });
  session = created.sessionId;
});

after(async () => {
  if (session) await wd("DELETE", `/session/${session}`).catch(() => {});
  driver?.kill();
});

test("the home screen comes from the core, on the sandbox bank, in Chinese", async () => {
  assert.equal(await text("h1"), "普惠");
  assert.match(await text(".banner"), /演示银行/);
  const tiles = await run("return [...document.querySelectorAll('.tile-title')].map(e => e.textContent)");
  assert.deepEqual(tiles, ["快贷", "贷后服务", "防骗小助手"]);
  await screenshot("home-standard");
});

test("长辈版 switches on in one tap, with large text and large tap targets", async () => {
  await wd("POST", `/session/${session}/element/${await find("#mode-toggle")}/click`, {});
  const end = Date.now() + 10000;
  while ((await run("return document.body.className")) !== "mode-elder") {
    assert.ok(Date.now() < end, "elder mode did not switch on");
    await sleep(200);
  }
  const m = await run(`
    const px = (el, p) => parseFloat(getComputedStyle(el).getPropertyValue(p));
    const body = document.body;
    const targets = [...document.querySelectorAll('button, a, select')].map(e => e.getBoundingClientRect());
    return {
      body: px(body, 'font-size'),
      lineHeight: px(body, 'line-height') / px(body, 'font-size'),
      figure: px(document.querySelector('.tile-title'), 'font-size'),
      smallestTarget: Math.min(...targets.map(r => Math.min(r.width, r.height))),
    };`);
  assert.ok(m.body >= 24, `body text ${m.body}px`);
  assert.ok(m.lineHeight >= 1.3, `line height ${m.lineHeight}`);
  assert.ok(m.figure >= 40, `key figures ${m.figure}px`);
  assert.ok(m.smallestTarget >= 60, `smallest tap target ${m.smallestTarget}px`);
  assert.equal(await text("#mode-toggle"), "切换到标准版");
  // WCAG AAA: every piece of text at least 7:1 against the background behind it.
  const worst = await run(`
    const rgb = (c) => (c.match(/[\\d.]+/g) || []).map(Number);
    const lum = ([r, g, b]) => [r, g, b].map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
      .reduce((a, v, i) => a + v * [0.2126, 0.7152, 0.0722][i], 0);
    const bg = (el) => { for (; el; el = el.parentElement) { const c = rgb(getComputedStyle(el).backgroundColor); if (c.length === 3 || (c[3] ?? 1) > 0) return c; } return [255, 255, 255]; };
    let worst = { ratio: 99, text: '' };
    for (const el of document.querySelectorAll('body *')) {
      const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
      if (!own) continue;
      const a = lum(rgb(getComputedStyle(el).color)), b = lum(bg(el));
      const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      if (ratio < worst.ratio) worst = { ratio, text: el.textContent.trim().slice(0, 30) };
    }
    return worst;`);
  console.log(`elder mode: lowest text contrast ${worst.ratio.toFixed(2)}:1 ("${worst.text}")`);
  assert.ok(worst.ratio >= 7, `contrast ${worst.ratio.toFixed(2)}:1 for "${worst.text}"`);
  await screenshot("home-elder");
});

test("the language switches to Traditional Chinese and English, words from the core", async () => {
  await run("const s = document.getElementById('language'); s.value = 'zh-TW'; s.dispatchEvent(new Event('change'));");
  const end = Date.now() + 10000;
  while ((await run("return document.documentElement.lang")) !== "zh-TW") {
    assert.ok(Date.now() < end, "locale did not switch");
    await sleep(200);
  }
  assert.match(await text(".banner"), /示範銀行/);
  await run("const s = document.getElementById('language'); s.value = 'en'; s.dispatchEvent(new Event('change'));");
  while ((await run("return document.documentElement.lang")) !== "en") {
    assert.ok(Date.now() < end, "locale did not switch to English");
    await sleep(200);
  }
  assert.equal(await text("h1"), "Puhui");
  await screenshot("home-elder-en");
});

test("the scam checker flags a fake-loan message and offers the 96110 call", async () => {
  await wd("POST", `/session/${session}/element/${await find("[data-tile='anti-fraud']")}/click`, {});
  const box = await find("#message-text");
  await wd("POST", `/session/${session}/element/${box}/value`, {
    text: "Your loan is approved, but the card number you gave was wrong and the funds are frozen. Pay an unfreezing fee of 2000 to the account below within 30 minutes.",
  });
  await wd("POST", `/session/${session}/element/${await find("#check-submit")}/click`, {});
  const verdict = await find("#check-result [data-verdict]");
  const got = await wd("GET", `/session/${session}/element/${verdict}/attribute/data-verdict`);
  assert.equal(got, "scam");
  assert.match(await text("#call-96110"), /96110/);
  const href = await wd("GET", `/session/${session}/element/${await find("#call-96110")}/attribute/href`);
  assert.equal(href, "tel:96110");
  await screenshot("checker-scam-en");
  await wd("POST", `/session/${session}/element/${await find("#back")}/click`, {});
  await find("[data-tile='anti-fraud']");
});
