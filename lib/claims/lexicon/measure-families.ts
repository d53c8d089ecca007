/**
 * Example: a table of "10-year yield" and "Policy rate" by country (rows "United States", "Japan",
 * "Germany / euro area"): the Treasury, JGB and Bund yields are one measure in three countries, as are
 * the Fed's, BOJ's and ECB's rates, though their ids name them apart (row-owner).
 */
const MEASURE_FAMILY: Readonly<Record<string, string>> = {
  ust_10y_yield: '10y_yield',
  jgb_10y_yield: '10y_yield',
  bund_10y_yield: '10y_yield',
  fed_funds_target_upper: 'policy_rate',
  boj_policy_rate: 'policy_rate',
  ecb_deposit_rate: 'policy_rate',
  boe_bank_rate: 'policy_rate',
  boc_policy_rate: 'policy_rate',
  rba_cash_rate: 'policy_rate',
  snb_policy_rate: 'policy_rate',
};

/** The measure an indicator id names after its country prefix, by family where it has one. */
export function familyOf(measure: string): string {
  return MEASURE_FAMILY[measure] ?? measure;
}
