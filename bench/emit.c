/* emit.c — the world as files: catalog.csv, the campaign in the promo
 * language (issue 2's syntax), and carts as JSON Lines (issue 3's format,
 * money as decimal strings). */
#include <stdio.h>
#include "bench/emit.h"

void bm_write_catalog(const bm_model_t *m, FILE *f)
{
	char sku[24], cat[24], brand[24];
	fprintf(f, "sku,category,brand,price\n");
	for (uint32_t i = 0; i < m->sz.skus; i++) {
		const bm_sku_t *s = &m->skus[i];
		bm_sku_name(i, sku);
		bm_cat_name(s->cat, cat);
		bm_brand_name(s->brand, brand);
		fprintf(f, "%s,%s,%s,%lld.%02lld\n", sku, cat, brand, (long long)(s->price / 100),
			(long long)(s->price % 100));
	}
}

static void put_time(FILE *f, int64_t epoch, bool iso)
{
	int y, mo, d, h, mi, s;
	bm_civil(epoch, &y, &mo, &d, &h, &mi, &s);
	if (iso)
		fprintf(f, "%04d-%02d-%02dT%02d:%02d:%02d+08:00", y, mo, d, h, mi, s);
	else
		fprintf(f, "%04d-%02d-%02d %02d:%02d", y, mo, d, h, mi);
}

static void put_cart_customer(const bm_cart_t *c, FILE *f)
{
	static const char *tiers[] = { NULL, "normal", "vip", "svip" };
	fprintf(f, "\"customer\":{\"id\":\"u%u\"", c->customer);
	if (c->tier != TIER_NONE)
		fprintf(f, ",\"tier\":\"%s\"", tiers[c->tier]);
	if (c->has_first_order)
		fprintf(f, ",\"first_order\":%s", c->first_order ? "true" : "false");
	fputc('}', f);
}

static void put_cart_line(const bm_model_t *m, const bm_line_t *l, FILE *f)
{
	char sku[24], cat[24], brand[24];
	const bm_sku_t *s = &m->skus[l->sku];
	bm_sku_name(l->sku, sku);
	bm_cat_name(s->cat, cat);
	bm_brand_name(s->brand, brand);
	fprintf(f, "{\"sku\":\"%s\",\"qty\":%lld,\"price\":\"%lld.%02lld\",\"category\":\"%s\",\"brand\":\"%s\"}",
		sku, (long long)l->qty, (long long)(s->price / 100), (long long)(s->price % 100), cat, brand);
}

void bm_write_cart(const bm_model_t *m, const bm_cart_t *c, FILE *f)
{
	char code[24];
	fputs("{\"at\":\"", f);
	put_time(f, c->at, true);
	fputs("\",", f);
	put_cart_customer(c, f);
	if (c->coupon != -1) {
		if (c->coupon >= 0)
			bm_coupon_code((uint32_t)c->coupon, code);
		fprintf(f, ",\"coupons\":[\"%s\"]", c->coupon >= 0 ? code : "NOSUCHCODE");
	}
	fprintf(f, ",\"shipping\":\"%lld.%02lld\",\"channel\":\"%s\",\"lines\":[",
		(long long)(c->shipping / 100), (long long)(c->shipping % 100), bm_channel(c));
	for (uint32_t i = 0; i < c->nlines; i++) {
		if (i)
			fputc(',', f);
		put_cart_line(m, &m->lines[c->first_line + i], f);
	}
	fputs("]}\n", f);
}

void bm_write_carts(const bm_model_t *m, FILE *f)
{
	for (uint32_t i = 0; i < m->sz.carts; i++)
		bm_write_cart(m, &m->carts[i], f);
}

/* ---- the campaign --------------------------------------------------------- */

/* A pay rate as an operator would write it: 8折, 85%, -15%. */
static void put_rate(FILE *f, int64_t rate, unsigned style)
{
	if (style % 3 == 0 && rate % 100000 == 0 && rate > 0)
		fprintf(f, "%lld折", (long long)(rate / 100000));
	else if (style % 3 == 1 && rate % 10000 == 0)
		fprintf(f, "-%lld%%", (long long)((1000000 - rate) / 10000));
	else if (rate % 10000 == 0)
		fprintf(f, "%lld%%", (long long)(rate / 10000));
	else
		fprintf(f, "%lld.%lld%%", (long long)(rate / 10000), (long long)(rate % 10000 / 1000));
}

static void put_money(FILE *f, int64_t v)
{
	char b[24];
	bm_money(v, b);
	fputs(b, f);
}

static void put_skus(const bm_model_t *m, const bm_act_t *a, FILE *f)
{
	char sku[24];
	for (uint32_t i = 0; i < a->nskus; i++) {
		bm_sku_name(m->act_skus[a->first_sku + i], sku);
		fprintf(f, "%s%s", i ? ", " : "", sku);
	}
}

static void put_target(const bm_model_t *m, const bm_act_t *a, FILE *f)
{
	char name[24];
	switch (a->target) {
	case BT_ITEM: fputs("item ", f); put_skus(m, a, f); break;
	case BT_ITEMS: fputs("items (", f); put_skus(m, a, f); fputc(')', f); break;
	case BT_COMBO: fputs("combo (", f); put_skus(m, a, f); fputc(')', f); break;
	case BT_CATEGORY: bm_cat_name(a->scope, name); fprintf(f, "category %s", name); break;
	case BT_BRAND: bm_brand_name(a->scope, name); fprintf(f, "brand %s", name); break;
	case BT_ORDER:
		fputs("order", f);
		if (a->kind == BK_ORDER_OFF)
			fputs(" >= ", f), put_money(f, a->a);
		break;
	case BT_SHIPPING: fputs("shipping", f); break;
	}
}

static void put_steps(const bm_act_t *a, FILE *f, bool money_at)
{
	fputs(money_at ? "spend " : "tier ", f);
	for (uint32_t i = 0; i < a->nsteps; i++) {
		if (i)
			fputs(", ", f);
		if (money_at)
			put_money(f, a->step_at[i]), fputs(" -> -", f), put_money(f, a->step_val[i]);
		else
			fprintf(f, "%lld -> ", (long long)a->step_at[i]), put_rate(f, a->step_val[i], 2);
	}
}

static void put_effect(const bm_model_t *m, const bm_act_t *a, FILE *f, unsigned style)
{
	char sku[24];
	switch (a->kind) {
	case BK_PERCENT: put_rate(f, a->a, style); break;
	case BK_TIER: put_steps(a, f, false); break;
	case BK_SPEND_OFF: put_steps(a, f, true); break;
	case BK_PRICE: fputs("price ", f); put_money(f, a->a); break;
	case BK_OFF_EACH: fputc('-', f); put_money(f, a->a); fputs(" each", f); break;
	case BK_NTH: fprintf(f, "nth %lld -> ", (long long)a->a); put_rate(f, a->b, 1); break;
	case BK_PICK: fprintf(f, "pick %lld for ", (long long)a->a); put_money(f, a->b); break;
	case BK_ADDON:
	case BK_GIFT:
		bm_sku_name(a->sku2, sku);
		fputs("spend ", f), put_money(f, a->a);
		if (a->kind == BK_GIFT)
			fprintf(f, " -> gift %s", sku);
		else
			fprintf(f, " -> addon %s at ", sku), put_money(f, a->b);
		break;
	case BK_COMBO: fputs("spend ", f); put_money(f, a->a); fputs(" -> -", f); put_money(f, a->b); break;
	case BK_ORDER_OFF: fputc('-', f); put_money(f, a->b); break;
	case BK_ORDER_EVERY:
		fputs("every ", f), put_money(f, a->a), fputs(" -> -", f), put_money(f, a->b);
		fputs(" max -", f), put_money(f, a->c);
		break;
	case BK_SHIP_FREE: fputs("free", f); break;
	}
	(void)m;
}

static void put_act(const bm_model_t *m, const bm_act_t *a, FILE *f, const char *indent)
{
	unsigned idx = (unsigned)(a - m->acts);
	char code[24];
	fprintf(f, "%sactivity %s", indent, a->name);
	if (idx % 7 == 3)
		fprintf(f, " \"双十一特惠 %u\"", idx);
	if (a->has_window) {
		fputs(" window ", f), put_time(f, a->start, false);
		fputs(" .. ", f), put_time(f, a->end, false);
	}
	if (a->coupon >= 0)
		bm_coupon_code((uint32_t)a->coupon, code), fprintf(f, " coupon \"%s\"", code);
	fputc(' ', f);
	put_target(m, a, f);
	if (a->kind == BK_SHIP_FREE)
		fputs(" when order >= ", f), put_money(f, a->a);
	if (a->cond == BC_VIP)
		fputs(" when customer.tier in (\"vip\", \"svip\")", f);
	else if (a->cond == BC_FIRST)
		fputs(" when customer.first_order", f);
	fputs(": ", f);
	put_effect(m, a, f, idx);
	fputc('\n', f);
}

static void put_checkout(const bm_model_t *m, FILE *f)
{
	fputs("stack checkout {\n", f);
	for (uint32_t g = 0; g < m->ngroups; g++) {
		fprintf(f, "  exclusive deals_%u best {\n", g);
		for (uint32_t i = 0; i < m->nacts; i++)
			if (m->acts[i].group == (int32_t)g)
				put_act(m, &m->acts[i], f, "    ");
		fputs("  }\n", f);
	}
	for (uint32_t i = 0; i < m->nacts; i++)
		if (m->acts[i].coupon >= 0)
			put_act(m, &m->acts[i], f, "  ");
	fputs("}\n", f);
}

void bm_write_campaign(const bm_model_t *m, FILE *f)
{
	fprintf(f, "# generated by bench/gen --skus %u --activities %u --seed %llu\n", m->sz.skus,
		m->sz.activities, (unsigned long long)m->sz.seed);
	fputs("currency CNY\ntimezone +08:00\nrounding half-up\n\n", f);
	for (uint32_t i = 0; i < m->nacts; i++) {
		const bm_act_t *a = &m->acts[i];
		if (a->target != BT_ORDER && a->target != BT_SHIPPING)
			put_act(m, a, f, "");
	}
	put_checkout(m, f);
	for (uint32_t i = 0; i < m->nacts; i++)
		if (m->acts[i].target == BT_SHIPPING)
			put_act(m, &m->acts[i], f, "");
}
