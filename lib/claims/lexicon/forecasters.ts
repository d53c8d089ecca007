/**
 * Example: "Some desks now see $120,000 for bitcoin", "strategists see the pair at 150": who says
 * where a market will be. "<forecaster> (now) see" puts an expectation after it.
 */
export const FORECASTERS =
  'traders|investors|markets|analysts|economists|officials|official|participants|policymakers|we|desks|strategists|dealers|forecasters|bulls|bears|banks|funds|some|many|most|others';
