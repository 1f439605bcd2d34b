// campaign.js — the generator's campaign.json as json-rules-engine rules,
// one rule per activity, the way a Node shop would wire its promotions:
// the rule's conditions say when the activity applies (its SKUs, category
// or brand in the cart, the time window, the customer, the coupon, the
// threshold); an event naming the activity fires when it does. The money
// is computed in plain JS (price.js). The checkout runs in stages, as in
// docs/pricing.md, each stage an engine run on facts of that moment:
//   item    — item, items, category and brand activities; facts: the cart
//   combo   — combos; fact comboBase: the combo lines after the item level
//   groups  — one run per exclusive group; fact order: the running subtotal
//   coupons — one run per order activity outside a group (the coupons), in
//             order, on the running subtotal
//   ship    — free shipping; fact order: the goods total after every discount
'use strict';
const { Engine } = require('json-rules-engine');

// Conditions are evaluated highest priority first, and an `all` stops at
// the first set that fails: the cheap, selective presence test goes first.
const PRESENT = 3, OPEN = 2, THRESHOLD = 1;

// Is the activity open for this cart: its window, customer condition, coupon.
function openConditions(a) {
  const c = [];
  if (a.window) {
    c.push({ fact: 'at', operator: 'greaterThanInclusive', value: a.window[0], priority: OPEN });
    c.push({ fact: 'at', operator: 'lessThan', value: a.window[1], priority: OPEN });
  }
  if (a.cond === 'vip') c.push({ fact: 'tier', operator: 'in', value: ['vip', 'svip'], priority: OPEN });
  if (a.cond === 'first_order') c.push({ fact: 'first_order', operator: 'equal', value: true, priority: OPEN });
  if (a.coupon) c.push({ fact: 'coupons', operator: 'contains', value: a.coupon, priority: OPEN });
  return c;
}

const has = (fact, value) => ({ fact, operator: 'contains', value, priority: PRESENT });

// Does the cart hold what the activity is about.
function presentConditions(a) {
  switch (a.target) {
    case 'category': return [has('categories', a.scope)];
    case 'brand': return [has('brands', a.scope)];
    case 'combo': return a.skus.map((s) => has('skus', s)); // every SKU of the combo
    case 'item': case 'items':
      return a.skus.length === 1 ? [has('skus', a.skus[0])]
        : [{ any: a.skus.map((s) => has('skus', s)), priority: PRESENT }];
    default: return []; // order, shipping
  }
}

function thresholdConditions(a) {
  const at = (fact, extra) => [{ fact, ...extra, operator: 'greaterThanInclusive', value: a.a, priority: THRESHOLD }];
  switch (a.kind) {
    case 'combo': return at('comboBase', { params: { skus: a.skus } });
    case 'order_off': case 'order_every': case 'ship_free': return at('order');
    default: return []; // item-level ladders are steps of the effect (price.js)
  }
}

function rule(a) {
  const all = [...presentConditions(a), ...openConditions(a), ...thresholdConditions(a)];
  return { name: a.name, conditions: { all }, event: { type: 'activity', params: { act: a.index } } };
}

function engine(acts) {
  const e = new Engine([], { allowUndefinedFacts: true }); // a customer without a tier
  for (const a of acts) e.addRule(rule(a));
  // A combo's base: the running totals of its lines after the item level.
  e.addFact('comboBase', (params, almanac) => almanac.factValue('lines').then((lines) =>
    lines.reduce((s, l) => (params.skus.includes(l.sku) ? s + l.run : s), 0)));
  return e;
}

// Loads campaign.json: the activities, the engines of each stage, and the
// catalog-side index a shop keeps anyway to tell which line a fired item
// activity is about (SKU, category, brand -> activity).
function loadCampaign(json) {
  const acts = json.activities.map((a, index) => ({ ...a, index }));
  const itemTargets = new Set(['item', 'items', 'category', 'brand']);
  const item = acts.filter((a) => itemTargets.has(a.target));
  const index = { sku: new Map(), category: new Map(), brand: new Map() };
  for (const a of item) {
    if (a.target === 'category' || a.target === 'brand') index[a.target].set(a.scope, a.index);
    else for (const s of a.skus) index.sku.set(s, a.index);
  }
  const order = acts.filter((a) => a.target === 'order');
  const groups = [];
  for (let g = 0; g < json.groups; g++) groups.push(engine(order.filter((a) => a.group === g)));
  return {
    acts, index,
    item: engine(item),
    combo: engine(acts.filter((a) => a.target === 'combo')),
    groups,
    coupons: order.filter((a) => a.group === undefined).map((a) => engine([a])),
    ship: engine(acts.filter((a) => a.target === 'shipping')),
  };
}

// The activities whose rules fired, as indexes into acts, ascending.
async function fire(eng, facts) {
  const { events } = await eng.run(facts);
  return events.map((e) => e.params.act).sort((x, y) => x - y);
}

module.exports = { loadCampaign, fire };
