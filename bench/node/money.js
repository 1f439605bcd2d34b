// money.js — money as integers in minor units (CNY 1.00 = 100), the way
// docs/pricing.md does it: no floating point, a pay rate rounded half-up
// once, largest-remainder allocation. Values are safe JS integers; a
// product that could pass 2^53 goes through BigInt.
'use strict';

const RATE_ONE = 1000000n; // rates are ppm of the price paid

// Overflow is an error, never a silently rounded float.
function safe(v) {
  if (!Number.isSafeInteger(v)) throw new RangeError(`money overflow: ${v}`);
  return v;
}

const add = (a, b) => safe(a + b);
const mul = (a, b) => safe(a * b); // exact whenever the result is safe

// "12.3" -> 1230. The carts and promo's results carry at most 2 decimals.
function minor(s) {
  const m = /^(\d+)(?:\.(\d{1,2}))?$/.exec(s);
  if (!m) throw new Error(`not an amount: ${JSON.stringify(s)}`);
  return safe(Number(m[1]) * 100 + Number((m[2] || '').padEnd(2, '0')));
}

// What is left to pay of amount (>= 0) at a pay rate, rounded half-up once.
function pay(amount, rate) {
  const p = BigInt(amount) * BigInt(rate);
  const q = p / RATE_ONE;
  return Number(2n * (p % RATE_ONE) >= RATE_ONE ? q + 1n : q);
}

// total spread in proportion to weights: floor shares, then the leftover
// units one each to the largest remainders (ties: the earlier index). With
// no weight at all, everything goes to index 0 (as promo does).
function allocate(total, weights) {
  const W = weights.reduce((s, w) => s + BigInt(w), 0n);
  const share = weights.map(() => 0);
  if (W === 0n) {
    share[0] = total;
    return share;
  }
  const rem = weights.map((w, i) => {
    const p = BigInt(total) * BigInt(w);
    share[i] = Number(p / W);
    return { r: p % W, i };
  });
  let left = total - share.reduce((s, x) => s + x, 0);
  rem.sort((x, y) => (x.r === y.r ? x.i - y.i : x.r > y.r ? -1 : 1));
  for (let k = 0; left > 0; k++, left--) share[rem[k].i]++;
  return share;
}

module.exports = { add, mul, minor, pay, allocate };
