/**
 * Amounts in euros, at a stated rate: a fine keeps its original currency in
 * the data, and the chart only adds a euro equivalent so that bars in pounds
 * and kronor can share one axis. The rate, its day and its source travel with
 * the result, so every page that shows a converted amount can say how.
 *
 * Rates are quoted the ECB's way, units of the currency for one euro
 * (1 EUR = 0.84783 GBP), so converting divides.
 *
 * @example
 *   const rates = [{ currency: 'GBP', perEuro: 0.84783, date: '2022-05-23', source: 'ecb-…' }];
 *   toEuros({ value: 7_552_800, currency: 'GBP' }, rates).euros // 8_908_390
 *   toEuros({ value: 20_000_000, currency: 'EUR' }, rates).euros // 20_000_000, no rate
 *   toEuros({ value: 1, currency: 'USD' }, rates) // throws: no rate for USD
 */

export interface Money {
  value: number;
  /** ISO 4217 code. */
  currency: string;
}

export interface ExchangeRate {
  currency: string;
  /** Units of `currency` for one euro. */
  perEuro: number;
  /** The rate's day, YYYY-MM-DD. */
  date: string;
  /** Source id of the published rate. */
  source: string;
}

export interface EuroAmount {
  /** The equivalent in euros, rounded to the whole euro. */
  euros: number;
  /** The rate used; undefined when the amount was in euros already. */
  rate: ExchangeRate | undefined;
}

/** Thrown for a currency with no rate, so a new fine cannot silently get a wrong bar. */
export class UnknownCurrencyError extends Error {
  constructor(readonly currency: string) {
    super(`No exchange rate for ${currency}: add one to the rates of content/charts/fines.yaml`);
    this.name = 'UnknownCurrencyError';
  }
}

/**
 * The euro equivalent of an amount. Rounded to the whole euro: cents would be
 * false precision for a rate given to five significant digits.
 */
export function toEuros(amount: Money, rates: readonly ExchangeRate[]): EuroAmount {
  if (!Number.isFinite(amount.value) || amount.value < 0) throw new RangeError(`Not an amount: ${amount.value}`);
  if (amount.currency === 'EUR') return { euros: Math.round(amount.value), rate: undefined };
  const rate = rates.find((r) => r.currency === amount.currency);
  if (!rate) throw new UnknownCurrencyError(amount.currency);
  if (!(rate.perEuro > 0)) throw new RangeError(`Rate for ${rate.currency} must be positive, not ${rate.perEuro}`);
  return { euros: Math.round(amount.value / rate.perEuro), rate };
}

/**
 * A number rounded to `digits` significant digits, for labels that must not
 * claim more precision than the rate has.
 *
 * @example roundSignificant(8_908_390, 3) // 8_910_000
 */
export function roundSignificant(n: number, digits = 3): number {
  if (n === 0 || !Number.isFinite(n)) return n;
  const magnitude = Math.floor(Math.log10(Math.abs(n)));
  const exponent = magnitude - digits + 1;
  // Divide by a whole power of ten below 1, so 0.1234 → 0.123 and not 0.12300000000000001.
  return exponent >= 0 ? Math.round(n / 10 ** exponent) * 10 ** exponent : Math.round(n * 10 ** -exponent) / 10 ** -exponent;
}
