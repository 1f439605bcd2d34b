// price.js — one cart through the stages of campaign.js. The engine says
// which activities apply; this file computes the money with the rules of
// docs/pricing.md (the same ones bench/baseline_price.c follows): one item
// activity per line, nth and pick over the activity's pooled lines
// (cheapest units first), add-ons and gifts, combos on the lines after the
// item level, each exclusive group's best member then each coupon on the
// running subtotal, free shipping on the goods total. Discounts that cover
// several lines are spread by largest remainder, so each line's total is
// known, as a shop needs for invoices and refunds.
'use strict';
const { fire } = require('./campaign');
const { add, mul, minor, pay, allocate } = require('./money');

// The highest step reached by v: [at, value], or undefined.
const step = (steps, v) => steps.filter(([at]) => at <= v).pop();

// Takes d off a line, never below zero.
function give(line, d) {
  line.run -= Math.min(d, line.run);
}

function spread(lines, d) {
  if (d > 0) allocate(d, lines.map((l) => l.run)).forEach((s, i) => give(lines[i], s));
}

// The discount of a one-line deal on the line's running amount.
function lineDeal(a, l) {
  const base = l.run;
  let s;
  switch (a.kind) {
    case 'percent': return base - pay(base, a.a);
    case 'tier': s = step(a.steps, l.qty); return s ? base - pay(base, s[1]) : 0;
    case 'price': return l.price > a.a ? Math.min(mul(l.price - a.a, l.qty), base) : 0;
    case 'off_each': return Math.min(mul(a.a, l.qty), base);
    case 'spend_off': s = step(a.steps, base); return s ? Math.min(s[1], base) : 0;
    default: return 0;
  }
}

// nth K -> P%: floor(units / K) of the cheapest units pay P, rounded once
// per line on those units.
function nth(a, pool) {
  let left = Math.floor(pool.reduce((n, l) => add(n, l.qty), 0) / a.a);
  for (const l of pool) {
    if (left <= 0) break;
    const k = Math.min(l.qty, left), base = Math.min(mul(l.price, k), l.run);
    give(l, base - pay(base, a.b));
    left -= k;
  }
}

// pick N for M: the cheapest floor(units / N) * N units, N at a time in
// price order; a group dearer than M gives its excess, spread over the
// lines in proportion to the prices of their units in those groups.
function pick(a, pool) {
  let want = Math.floor(pool.reduce((n, l) => add(n, l.qty), 0) / a.a) * a.a;
  let fill = 0, full = 0, off = 0, open = [];
  const w = pool.map(() => 0);
  pool.forEach((l, j) => {
    for (let take = Math.min(want, l.qty); take > 0;) {
      const g = Math.min(take, a.a - fill);
      full = add(full, mul(g, l.price));
      open.push([j, g]);
      fill += g, take -= g, want -= g;
      if (fill < a.a) continue;
      if (full > a.b) {
        off += full - a.b;
        for (const [i, u] of open) w[i] = add(w[i], mul(u, pool[i].price));
      }
      fill = 0, full = 0, open = [];
    }
  });
  if (off > 0) allocate(off, w).forEach((s, j) => give(pool[j], s));
}

// addon SKU at P: the first line holding SKU gets one unit at P.
function addon(a, lines) {
  const l = lines.find((x) => x.sku === a.sku2);
  if (l) give(l, Math.max(0, Math.min(l.price, l.run) - a.b));
}

// A pool's lines by unit price; ties keep cart order.
const cheapestFirst = (ls) => ls.slice().sort((x, y) => x.price - y.price || x.at - y.at);

// The item level: the first declared open activity matching the line wins
// it; activities apply in declaration order.
function itemLevel(c, lines, fired) {
  const open = new Set(fired), took = new Map();
  for (const l of lines) {
    const cands = [c.index.sku.get(l.sku), c.index.category.get(l.category), c.index.brand.get(l.brand)];
    const act = Math.min(...cands.filter((i) => open.has(i)));
    if (act === Infinity) continue;
    if (!took.has(act)) took.set(act, []);
    took.get(act).push(l);
  }
  const gifts = [];
  for (const i of [...took.keys()].sort((x, y) => x - y)) {
    const a = c.acts[i], ls = took.get(i);
    if (a.kind === 'nth') nth(a, cheapestFirst(ls));
    else if (a.kind === 'pick') pick(a, cheapestFirst(ls));
    else if (a.kind === 'addon') { if (ls.some((l) => l.run >= a.a)) addon(a, lines); }
    else if (a.kind === 'gift') for (const l of ls) { if (l.run >= a.a) gifts.push(a.sku2); }
    else for (const l of ls) give(l, lineDeal(a, l));
  }
  return gifts;
}

const goods = (lines) => lines.reduce((s, l) => s + l.run, 0);

function orderDeal(a, running) {
  if (a.kind === 'order_off') return Math.min(a.b, running);
  return Math.min(mul(Math.floor(running / a.a), a.b), a.c, running); // order_every
}

// The cart as the engine's facts (lines: for the combo stage's comboBase).
function cartFacts(cart, lines) {
  return {
    at: Date.parse(cart.at) / 1000,
    tier: cart.customer.tier,
    first_order: cart.customer.first_order,
    coupons: cart.coupons || [],
    skus: lines.map((l) => l.sku),
    categories: lines.map((l) => l.category),
    brands: lines.map((l) => l.brand),
    lines,
  };
}

// Combos on the lines after the item level, then the checkout stack: each
// exclusive group's best member (ties give the same money), each coupon.
async function afterItems(c, lines, facts) {
  for (const i of await fire(c.combo, facts)) {
    const a = c.acts[i], ls = lines.filter((l) => a.skus.includes(l.sku));
    spread(ls, Math.min(a.b, goods(ls)));
  }
  for (const g of c.groups) {
    const running = goods(lines);
    let best = 0;
    for (const i of await fire(g, { ...facts, order: running })) best = Math.max(best, orderDeal(c.acts[i], running));
    spread(lines, best);
  }
  for (const e of c.coupons) {
    const running = goods(lines);
    for (const i of await fire(e, { ...facts, order: running })) spread(lines, orderDeal(c.acts[i], running));
  }
}

// Prices one parsed cart: totals and each line's total, in minor units.
async function priceCart(c, cart) {
  const lines = cart.lines.map((l, at) => {
    const price = minor(l.price), amount = mul(price, l.qty);
    return { at, sku: l.sku, category: l.category, brand: l.brand, qty: l.qty, price, amount, run: amount };
  });
  const facts = cartFacts(cart, lines);
  const gifts = itemLevel(c, lines, await fire(c.item, facts));
  await afterItems(c, lines, facts);
  const left = goods(lines), subtotal = lines.reduce((s, l) => add(s, l.amount), 0);
  const free = (await fire(c.ship, { ...facts, order: left })).length > 0;
  const shipping = free ? 0 : minor(cart.shipping || '0');
  return { subtotal, discount: subtotal - left, shipping, total: add(left, shipping),
    lines: lines.map((l) => l.run), gifts: gifts.length };
}

module.exports = { priceCart };
