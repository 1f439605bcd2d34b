// run.js — the reference row of `make bench` (bench/run.sh, section 6): the
// standard campaign in json-rules-engine, one rule per activity
// (campaign.js), the money in integer JS (price.js), checked against promo
// cart by cart, then timed.
//   node run.js CAMPAIGN.json CARTS.jsonl EXPECTED.jsonl N [PROMO_CARTS_PER_S]
// EXPECTED.jsonl is `promo price --jsonl` on the same carts: each cart's
// subtotal, discount, shipping, total, line totals and gift lines must
// equal promo's, or the differences go to stderr and the exit status is 1
// (2: bad arguments or files). Carts are parsed before any clock starts;
// one untimed pass checks and warms up, then NODE_PASSES (default 5) timed
// passes; the row gives the median pass. PROMO_CARTS_PER_S (the VM's
// carts/s from section 1) gives the ratio column.
'use strict';
const fs = require('fs');
const { loadCampaign } = require('./campaign');
const { priceCart } = require('./price');
const { minor } = require('./money');

const MAX_SHOWN = 10; // differences printed in full

function readJsonl(path, n) {
  return fs.readFileSync(path, 'utf8').split('\n').filter(Boolean).slice(0, n).map((s) => JSON.parse(s));
}

const fmt = (v) => `${Math.floor(v / 100)}.${String(v % 100).padStart(2, '0')}`;

// What differs between our result and promo's, as readable strings.
function differences(got, want) {
  if (want.error || want.total === undefined) return [`promo failed the cart: ${JSON.stringify(want)}`];
  const out = [];
  for (const k of ['subtotal', 'discount', 'shipping', 'total'])
    if (got[k] !== minor(want[k])) out.push(`${k} ${fmt(got[k])}, promo ${want[k]}`);
  got.lines.forEach((t, i) => {
    if (!want.lines[i] || t !== minor(want.lines[i].total)) out.push(`line ${i + 1} total ${fmt(t)}, promo ${want.lines[i] && want.lines[i].total}`);
  });
  const gifts = want.lines.filter((l) => l.gift).length;
  if (gifts !== got.gifts || want.lines.length !== got.lines.length + gifts)
    out.push(`${got.gifts} gift lines, promo ${gifts} of ${want.lines.length} lines`);
  return out;
}

// Prices every cart; returns each cart's result and time in ns.
async function pass(c, carts) {
  const results = [], ns = [];
  for (const cart of carts) {
    const t0 = process.hrtime.bigint();
    results.push(await priceCart(c, cart));
    ns.push(Number(process.hrtime.bigint() - t0));
  }
  return { results, ns, total: ns.reduce((s, x) => s + x, 0) };
}

const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const quantile = (xs, q) => xs.slice().sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))];
const us = (ns) => `${(ns / 1e3).toFixed(0)} µs`;

function row(name, n, cells) {
  console.log('| engine | carts | carts/s | per cart (median pass) | p50/cart | p99/cart | agreement | ratio to promo |');
  console.log('|---|---|---|---|---|---|---|---|');
  console.log(`| ${name} | ${n} | ${cells.join(' | ')} |`);
}

async function main() {
  const [campaignPath, cartsPath, expectedPath, nArg, promoCps] = process.argv.slice(2);
  if (!expectedPath) {
    console.error('usage: node run.js CAMPAIGN.json CARTS.jsonl EXPECTED.jsonl [N] [PROMO_CARTS_PER_S]');
    return 2;
  }
  const n = Number(nArg || 200), passes = Math.max(1, Number(process.env.NODE_PASSES || 5));
  const c = loadCampaign(JSON.parse(fs.readFileSync(campaignPath, 'utf8')));
  const carts = readJsonl(cartsPath, n), expected = readJsonl(expectedPath, n);
  if (expected.length !== carts.length) {
    console.error(`run.js: ${carts.length} carts but ${expected.length} results from promo`);
    return 2;
  }
  const name = `json-rules-engine ${require('json-rules-engine/package.json').version} (node ${process.version})`;
  const check = await pass(c, carts);
  const bad = [];
  check.results.forEach((r, i) => {
    const d = differences(r, expected[i]);
    if (d.length) bad.push(`cart ${i + 1}: ${d.join('; ')}`);
  });
  if (bad.length) {
    bad.slice(0, MAX_SHOWN).forEach((s) => console.error(`run.js: ${s}`));
    if (bad.length > MAX_SHOWN) console.error(`run.js: ... and ${bad.length - MAX_SHOWN} more carts`);
    row(name, carts.length, ['—', '—', '—', '—', `**${bad.length} of ${carts.length} carts DISAGREE with promo**`, '—']);
    return 1;
  }
  const runs = [];
  for (let k = 0; k < passes; k++) runs.push(await pass(c, carts));
  const mid = median(runs.map((r) => r.total)), all = runs.flatMap((r) => r.ns);
  const perCart = mid / carts.length;
  const ratio = promoCps > 0 ? `${Math.round(perCart * promoCps / 1e9)}× VM` : '—';
  row(name, carts.length, [(carts.length * 1e9 / mid).toFixed(0), us(perCart), us(quantile(all, 0.5)),
    us(quantile(all, 0.99)), `${carts.length} of ${carts.length} carts agree`, ratio]);
  return 0;
}

main().then((rc) => { process.exitCode = rc; }, (e) => { console.error(`run.js: ${e.code ? e.message : e.stack}`); process.exitCode = 2; });
