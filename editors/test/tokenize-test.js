// tokenize-test.js GRAMMAR LEXER-SOURCE... -- FILE.promo... — tokenizes with the VS Code
// TextMate engine and fails (exit 1) when
//   - a keyword of the lexer (grammar/promo.l, compiler/keywords.h) is not scoped as a keyword,
//     at top level and inside a test block,
//   - a literal form or operator gets the wrong scope,
//   - any file holds a token the grammar marks invalid, or a keyword that
//     stays unscoped outside comments, strings and attribute names.
// A keyword counts as scoped when its innermost scope starts with
// "keyword." (true/false: "constant.language.").
'use strict';
const fs = require('fs');
const path = require('path');
const tm = require('vscode-textmate');
const onig = require('vscode-oniguruma');

// Lexer sources come first, separated from the files by "--".
const [grammarPath, ...rest] = process.argv.slice(2);
const sep = rest.indexOf('--');
const lexerPaths = rest.slice(0, sep), files = rest.slice(sep + 1);
let failures = 0;
function fail(msg) { failures++; console.log('FAIL ' + msg); }

// Keywords are the words of the lexer's sources (the keyword table the
// flex file looks words up in, and any word rule of the flex file); the ones inside
// the PROMO_TEST_KEYWORDS table exist only inside test { } blocks.
function lexerKeywords(srcs) {
	// Table rows ROW(TOKEN, "word") and flex rules that start a line with "word".
	const words = (s) => new Set([...s.matchAll(/^[ \t]*[A-Z_]+\([A-Z_0-9]+,\s*"([a-z][a-z_]*)"\)|^"([a-z][a-z_]*)"/gm)]
		.map((m) => m[1] || m[2]));
	const global = new Set(), test = new Set();
	for (const src of srcs) {
		const m = src.match(/#define PROMO_TEST_KEYWORDS\([A-Z]+\)((?:.*\\\n)*.*)/);
		if (m) for (const w of words(m[1])) test.add(w);
		for (const w of words(m ? src.replace(m[0], '') : src)) global.add(w);
	}
	for (const w of test) global.delete(w);
	return { global, test };
}

async function loadGrammar() {
	const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
	await onig.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
	const registry = new tm.Registry({
		onigLib: Promise.resolve({
			createOnigScanner: (p) => new onig.OnigScanner(p),
			createOnigString: (s) => new onig.OnigString(s),
		}),
		loadGrammar: async () => tm.parseRawGrammar(fs.readFileSync(grammarPath, 'utf8'), grammarPath),
	});
	return registry.loadGrammar('source.promo');
}

// Tokens of a text: [{text, scopes, line}], lines tokenized in order.
function tokenize(grammar, text) {
	const out = [];
	let stack = tm.INITIAL;
	text.split('\n').forEach((line, i) => {
		const r = grammar.tokenizeLine(line, stack);
		for (const t of r.tokens)
			out.push({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes, line: i + 1 });
		stack = r.ruleStack;
	});
	return out;
}

const inner = (t) => t.scopes[t.scopes.length - 1];
const isKeywordScope = (s) => s.startsWith('keyword.') || s.startsWith('constant.language.');

function expectKeyword(grammar, text, word, where) {
	const t = tokenize(grammar, text).find((x) => x.text === word);
	if (!t) fail(`${where}: '${word}' is not a token of its own`);
	else if (!isKeywordScope(inner(t))) fail(`${where}: keyword '${word}' scoped ${inner(t)}`);
}

function checkKeywords(grammar, kws) {
	for (const w of kws.global) {
		expectKeyword(grammar, w, w, 'top level');
		expectKeyword(grammar, `test "t" {\n  ${w}\n}`, w, 'test block');
	}
	for (const w of kws.test) expectKeyword(grammar, `test "t" {\n  ${w}\n}`, w, 'test block');
	return kws.global.size + kws.test.size;
}

// Literal forms and operators: snippet, token text, expected scope prefix.
const FORMS = [
	['activity a item SKU-1: 8折', '8折', 'constant.numeric.zhe'],
	['activity a item SKU-1: 9.5折', '9.5折', 'constant.numeric.zhe'],
	['activity a item SKU-1: 87.5%', '87.5%', 'constant.numeric.percent'],
	['activity a item SKU-1: -20%', '-', 'keyword.operator.minus'],
	['activity a item SKU-1: −20%', '−', 'keyword.operator.minus'],
	['activity a item SKU-1: price 9.90', '9.90', 'constant.numeric.money'],
	['activity a item SKU-1001: -5 each', 'SKU-1001', 'constant.other.sku'],
	['window 2026-11-11 00:00 .. 2026-11-12 00:00', '2026-11-11', 'constant.numeric.date'],
	['window 2026-11-11 00:00 .. 2026-11-12 00:00', '..', 'keyword.operator.range'],
	['window 2026-11-11 20:00:30+08:00 .. 2026-11-12 00:00Z', '20:00:30', 'constant.numeric.time'],
	['window 2026-11-11 20:00:30+08:00 .. 2026-11-12 00:00Z', '+08:00', 'constant.numeric.zone'],
	['window 2026-11-11 20:00:30+08:00 .. 2026-11-12 00:00Z', 'Z', 'constant.numeric.zone'],
	['timezone +08:00', '+08:00', 'constant.numeric.zone'],
	['timezone −05:30', '−05:30', 'constant.numeric.zone'],
	['tier 2 -> 95%', '->', 'keyword.operator.arrow'],
	['tier 2 → 95%', '→', 'keyword.operator.arrow'],
	['when order ≥ 99', '≥', 'keyword.operator.comparison'],
	['when qty ≤ 9', '≤', 'keyword.operator.comparison'],
	['when customer.tier ≠ "vip"', '≠', 'keyword.operator.comparison'],
	['when customer.tier != "vip"', '!=', 'keyword.operator.comparison'],
	['when customer.tier == "vip"', '==', 'keyword.operator.comparison'],
	['when customer.tier == "vip"', 'tier', 'variable.other.property'],
	['when cart.channel == "app"', 'channel', 'variable.other.property'],
	['gift SKU-9002 x 2', 'x', 'keyword.operator.times'],
	['activity x item x: gift x', 'x', 'entity.name.function'],
	['gift SKU-9002 × 2', '×', 'keyword.operator.times'],
	['activity 电视秒杀 "电视秒杀" item SKU-2001: price 1999', '电视秒杀', 'entity.name.function'],
	['activity tv "电视\\"秒杀\\"" item SKU-2001: price 1999', '\\"', 'constant.character.escape'],
	['define 第二件半价 = nth 2 -> 50%', '第二件半价', 'entity.name.type'],
	['activity s items (SKU-1, SKU-2): 第二件半价', '第二件半价', 'variable.other.name'],
	['exclusive deals best {', 'deals', 'entity.name.namespace'],
	['## half price on every second unit', '## half price on every second unit', 'comment.line.double-number-sign'],
	['activity a item SKU-1: 8折   # 八折', '# 八折', 'comment.line.number-sign'],
	['rounding half-even', 'half-even', 'variable.other.name'],
	['activity a item SKU-1：8折', '：', 'invalid.illegal.fullwidth'],
];

function checkForms(grammar) {
	for (const [text, word, scope] of FORMS) {
		const t = tokenize(grammar, text).find((x) => x.text === word);
		if (!t) fail(`'${text}': no token '${word}'`);
		else if (!inner(t).startsWith(scope)) fail(`'${text}': '${word}' scoped ${inner(t)}, want ${scope}`);
	}
	return FORMS.length;
}

// Scopes where a keyword's spelling is just text.
const TEXTUAL = /^(comment|string|variable\.other\.property|entity\.name|constant\.character)/;

function checkFile(grammar, kws, file) {
	let n = 0;
	for (const t of tokenize(grammar, fs.readFileSync(file, 'utf8'))) {
		const where = `${file}:${t.line}`;
		if (t.scopes.some((s) => s.startsWith('invalid.'))) fail(`${where}: invalid token '${t.text}'`);
		const word = t.text.trim();
		const inTest = t.scopes.includes('meta.test.promo');
		const isKw = kws.global.has(word) || (inTest && kws.test.has(word));
		if (!isKw || TEXTUAL.test(inner(t))) continue;
		n++;
		if (!isKeywordScope(inner(t))) fail(`${where}: keyword '${word}' scoped ${inner(t)}`);
	}
	return n;
}

(async () => {
	const grammar = await loadGrammar();
	const kws = lexerKeywords(lexerPaths.map((f) => fs.readFileSync(f, 'utf8')));
	if (kws.global.size < 40) fail(`only ${kws.global.size} keywords read from ${lexerPaths.join(', ')}: has the lexer changed shape?`);
	const nk = checkKeywords(grammar, kws);
	const nf = checkForms(grammar);
	let nt = 0;
	for (const f of files) nt += checkFile(grammar, kws, f);
	console.log(`editors: ${nk} keywords, ${nf} literal forms, ${files.length} files (${nt} keyword uses) checked; ` +
		`${failures} failure(s)`);
	process.exit(failures ? 1 : 0);
})().catch((e) => { console.log('FAIL ' + (e.stack || e)); process.exit(1); });
