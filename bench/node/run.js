// run.js — reference row: the standard campaign in json-rules-engine, the
// way a Node shop would wire it: one rule per activity (conditions on the
// line, the customer, the time, the order), the engine decides which
// activities apply, plain JS computes the money (integers, minor units).
//   node run.js campaign.json carts.jsonl [expected.jsonl] [N]
// expected.jsonl: `promo price --jsonl` output for the same carts; the
// totals are compared cart by cart. Prints one markdown table row.
'use strict';
const fs = require('fs');
const { Engine } = require('json-rules-engine');

const [campaignPath, cartsPath, expectedPath, nArg] = process.argv.slice(2);
const campaign = JSON.parse(fs.readFileSync(campaignPath, 'utf8'));
const N = Number(nArg || 300);
const carts = fs.readFileSync(cartsPath, 'utf8').split('\n').filter(Boolean).slice(0, N).map(JSON.parse);
const expected = expectedPath && fs.existsSync(expectedPath)
  ? fs.readFileSync(expectedPath, 'utf8').split('\n').filter(Boolean).slice(0, N).map(JSON.parse) : null;

const RATE_ONE = 1000000n;
const minor = (s) => { const [u, f = ''] = String(s).split('.'); return Number(u) * 100 + Number((f + '00').slice(0, 2)); };
const pay = (amount, rate) => { // half-up, exact: BigInt
  const p = BigInt(amount) * BigInt(rate); const q = p / RATE_ONE; return Number(q + ((2n * (p % RATE_ONE)) >= RATE_ONE ? 1n : 0n));
};
const acts = campaign.activities;
const byName = new Map(acts.map((a, i) => [a.name, Object.assign(a, { index: i })]));

function commonConditions(a) {
  const c = [];
  if (a.window) {
    c.push({ fact: 'at', operator: 'greaterThanInclusive', value: a.window[0] });
    c.push({ fact: 'at', operator: 'lessThan', value: a.window[1] });
  }
  if (a.cond === 'vip') c.push({ fact: 'tier', operator: 'in', value: ['vip', 'svip'] });
  if (a.cond === 'first_order') c.push({ fact: 'first_order', operator: 'equal', value: true });
  if (a.coupon) c.push({ fact: 'coupons', operator: 'contains', value: a.coupon });
  return c;
}

function lineCondition(a) {
  if (a.target === 'category') return { fact: 'line', path: '$.category', operator: 'equal', value: a.scope };
  if (a.target === 'brand') return { fact: 'line', path: '$.brand', operator: 'equal', value: a.scope };
  return { fact: 'line', path: '$.sku', operator: 'in', value: a.skus };
}

const lineEngine = new Engine([], { allowUndefinedFacts: true });
const orderEngine = new Engine([], { allowUndefinedFacts: true });
for (const a of acts) {
  const all = commonConditions(a);
  const event = { type: a.name };
  if (a.target === 'order' || a.target === 'shipping') {
    if (a.kind === 'order_off' || a.kind === 'ship_free')
      all.push({ fact: 'base', operator: 'greaterThanInclusive', value: a.a });
    orderEngine.addRule({ conditions: { all }, event, priority: 1 });
  } else if (a.target !== 'combo') {
    all.push(lineCondition(a));
    lineEngine.addRule({ conditions: { all }, event, priority: 1 });
  } else {
    orderEngine.addRule({ conditions: { all }, event, priority: 1 });
  }
}

function step(steps, v) { let s = -1; steps.forEach(([at], i) => { if (at <= v) s = i; }); return s; }

function lineDeal(a, l, amount) {
  let s;
  switch (a.kind) {
    case 'percent': return amount - pay(amount, a.a);
    case 'tier': s = step(a.steps, l.qty); return s < 0 ? 0 : amount - pay(amount, a.steps[s][1]);
    case 'price': return l.price > a.a ? (l.price - a.a) * l.qty : 0;
    case 'off_each': return Math.min(a.a, l.price) * l.qty;
    case 'spend_off': s = step(a.steps, amount); return s < 0 ? 0 : Math.min(a.steps[s][1], amount);
    default: return 0;
  }
}

// nth and pick pool the activity's lines; the cheapest units get the deal.
function pooled(a, lines) {
  const units = lines.reduce((n, l) => n + l.qty, 0);
  const sorted = [...lines].sort((x, y) => x.price - y.price); // stable: ties keep cart order
  let d = 0;
  if (a.kind === 'nth') {
    let want = Math.floor(units / a.a);
    for (const l of sorted) { const t = Math.min(want, l.qty); const base = t * l.price; d += base - pay(base, a.b); want -= t; }
    return d;
  }
  let want = Math.floor(units / a.a) * a.a, fill = 0, sum = 0;
  for (const l of sorted) {
    for (let take = Math.min(want, l.qty); take > 0;) {
      const g = Math.min(take, a.a - fill); sum += g * l.price; fill += g; take -= g; want -= g;
      if (fill === a.a) { d += Math.max(0, sum - a.b); fill = 0; sum = 0; }
    }
  }
  return d;
}

async function priceCart(cart) {
  const facts = {
    at: Date.parse(cart.at) / 1000, tier: cart.customer.tier,
    first_order: cart.customer.first_order === true, coupons: cart.coupons || [],
  };
  const lines = cart.lines.map((l) => ({ sku: l.sku, category: l.category, brand: l.brand, qty: l.qty, price: minor(l.price) }));
  const deal = [];
  for (const l of lines) {
    const { events } = await lineEngine.run(Object.assign({ line: l }, facts));
    const first = events.map((e) => byName.get(e.type)).sort((x, y) => x.index - y.index)[0];
    deal.push(first);
  }
  let item = 0; const picks = new Map();
  lines.forEach((l, i) => {
    const a = deal[i]; l.disc = 0; if (!a) return;
    if (a.kind === 'pick' || a.kind === 'nth') { if (!picks.has(a)) picks.set(a, []); picks.get(a).push(l); }
    else l.disc = lineDeal(a, l, l.price * l.qty);
  });
  for (const [a, ls] of picks) item += pooled(a, ls);
  lines.forEach((l, i) => {
    item += l.disc; const a = deal[i];
    if (a && a.kind === 'addon' && l.price * l.qty >= a.a) {
      const add = lines.find((x) => x.sku === a.sku2); if (add && add.price > a.b) item += add.price - a.b;
    }
  });
  const sub = lines.reduce((s, l) => s + l.price * l.qty, 0);
  const { events } = await orderEngine.run(Object.assign({ base: 0 }, facts));
  const on = new Set(events.map((e) => e.type));
  let combo = 0;
  for (const a of acts) {
    if (a.kind !== 'combo' || !on.has(a.name)) continue;
    const ls = lines.filter((l) => a.skus.includes(l.sku));
    const sum = ls.reduce((s, l) => s + l.price * l.qty - l.disc, 0);
    if (ls.length === a.skus.length && sum >= a.a) combo += Math.min(a.b, sum);
  }
  // Order level: every member reads the running subtotal, so the engine
  // runs again at each step of the checkout stack.
  let running = sub - item - combo;
  const open = async () => new Set((await orderEngine.run(Object.assign({}, facts, { base: running }))).events.map((e) => e.type));
  const deal2 = (on, a) => !on.has(a.name) ? 0 : a.kind === 'order_off' ? Math.min(a.b, running)
    : Math.min(Math.floor(running / a.a) * a.b, a.c, running);
  for (let g = 0; g < campaign.groups; g++) {
    const on = await open();
    running -= Math.max(0, ...acts.filter((a) => a.group === g).map((a) => deal2(on, a)));
  }
  for (const a of acts) if (a.coupon) running -= deal2(await open(), a);
  const shipAct = acts.find((a) => a.kind === 'ship_free');
  const shipping = shipAct && (await open()).has(shipAct.name) ? 0 : minor(cart.shipping || '0');
  return running + shipping;
}

(async () => {
  const t0 = process.hrtime.bigint();
  const totals = [];
  for (const c of carts) totals.push(await priceCart(c));
  const ns = Number(process.hrtime.bigint() - t0);
  let agree = '';
  if (expected) {
    const same = totals.filter((t, i) => expected[i].total !== undefined && minor(expected[i].total) === t).length;
    agree = `${same} of ${totals.length} totals equal promo's`;
  }
  console.log('| engine | carts | carts/s | µs/cart | agreement |');
  console.log('|---|---|---|---|---|');
  console.log(`| json-rules-engine ${require('json-rules-engine/package.json').version}, node ${process.version} | ${carts.length} | ${(carts.length * 1e9 / ns).toFixed(0)} | ${(ns / carts.length / 1e3).toFixed(0)} | ${agree} |`);
})();
