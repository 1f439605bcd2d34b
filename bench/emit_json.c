/* emit_json.c — the campaign as plain JSON (campaign.json), for engines
 * that cannot read the promo language: the json-rules-engine reference in
 * bench/node builds its rules from it. Money in minor units, rates in ppm,
 * times in epoch seconds. */
#include <stdio.h>
#include "bench/emit.h"

static const char *kind_name(bm_kind_t k)
{
	static const char *names[] = { "percent", "tier", "price", "off_each", "spend_off", "nth", "pick",
				       "addon", "gift", "combo", "order_off", "order_every", "ship_free" };
	return names[k];
}

static const char *target_name(bm_target_t t)
{
	static const char *names[] = { "item", "items", "category", "brand", "combo", "order", "shipping" };
	return names[t];
}

static void put_steps(const bm_act_t *a, FILE *f)
{
	fputs(",\"steps\":[", f);
	for (uint32_t i = 0; i < a->nsteps; i++)
		fprintf(f, "%s[%lld,%lld]", i ? "," : "", (long long)a->step_at[i], (long long)a->step_val[i]);
	fputc(']', f);
}

static void put_scope(const bm_model_t *m, const bm_act_t *a, FILE *f)
{
	char name[24];
	if (a->target == BT_CATEGORY || a->target == BT_BRAND) {
		(a->target == BT_CATEGORY ? bm_cat_name : bm_brand_name)(a->scope, name);
		fprintf(f, ",\"scope\":\"%s\"", name);
	}
	if (a->nskus) {
		fputs(",\"skus\":[", f);
		for (uint32_t i = 0; i < a->nskus; i++)
			bm_sku_name(m->act_skus[a->first_sku + i], name), fprintf(f, "%s\"%s\"", i ? "," : "", name);
		fputc(']', f);
	}
}

static void put_act(const bm_model_t *m, const bm_act_t *a, FILE *f)
{
	char s[24];
	static const char *conds[] = { NULL, "vip", "first_order" };
	fprintf(f, "{\"name\":\"%s\",\"kind\":\"%s\",\"target\":\"%s\"", a->name, kind_name(a->kind),
		target_name(a->target));
	put_scope(m, a, f);
	if (a->cond != BC_NONE)
		fprintf(f, ",\"cond\":\"%s\"", conds[a->cond]);
	if (a->has_window)
		fprintf(f, ",\"window\":[%lld,%lld]", (long long)a->start, (long long)a->end);
	fprintf(f, ",\"a\":%lld,\"b\":%lld,\"c\":%lld", (long long)a->a, (long long)a->b, (long long)a->c);
	if (a->nsteps)
		put_steps(a, f);
	if (a->kind == BK_ADDON || a->kind == BK_GIFT)
		bm_sku_name(a->sku2, s), fprintf(f, ",\"sku2\":\"%s\"", s);
	if (a->group >= 0)
		fprintf(f, ",\"group\":%d", a->group);
	if (a->coupon >= 0)
		bm_coupon_code((uint32_t)a->coupon, s), fprintf(f, ",\"coupon\":\"%s\"", s);
	fputc('}', f);
}

void bm_write_campaign_json(const bm_model_t *m, FILE *f)
{
	fprintf(f, "{\"groups\":%u,\"activities\":[\n", m->ngroups);
	for (uint32_t i = 0; i < m->nacts; i++) {
		put_act(m, &m->acts[i], f);
		fputs(i + 1 < m->nacts ? ",\n" : "\n", f);
	}
	fputs("]}\n", f);
}
