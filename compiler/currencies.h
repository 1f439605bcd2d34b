/* currencies.h — the one table of currencies: ISO 4217 code and the
 * number of decimals of its minor unit (docs/language.md lists them). */
#ifndef PROMO_CURRENCIES_H
#define PROMO_CURRENCIES_H

#define PROMO_CURRENCIES(X) \
	X(CNY, 2) X(USD, 2) X(EUR, 2) X(GBP, 2) X(HKD, 2) X(MOP, 2) X(TWD, 2) \
	X(SGD, 2) X(AUD, 2) X(CAD, 2) X(NZD, 2) X(CHF, 2) X(SEK, 2) X(NOK, 2) \
	X(DKK, 2) X(INR, 2) X(THB, 2) X(MYR, 2) X(PHP, 2) X(IDR, 2) X(RUB, 2) \
	X(BRL, 2) X(MXN, 2) X(ZAR, 2) X(AED, 2) X(SAR, 2) X(PLN, 2) X(TRY, 2) \
	X(JPY, 0) X(KRW, 0) X(VND, 0) X(CLP, 0) X(ISK, 0) \
	X(KWD, 3) X(BHD, 3) X(OMR, 3) X(JOD, 3) X(TND, 3)

/* Names operators write that are not ISO codes: ROW(written, iso). */
#define PROMO_CURRENCY_ALIASES(ROW) \
	ROW(RMB, CNY) ROW(YUAN, CNY) ROW(YEN, JPY) ROW(NTD, TWD) ROW(WON, KRW)

#endif
