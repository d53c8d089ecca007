/**
 * Example: "foreign holdings of Treasuries at $9.27 trillion ... Japan cut its stake by $17.2 billion":
 * a total the page names makes its parts the measure a holder's figure speaks of. By catalogue
 * measure (the part of an indicator id after its country): the total's measure, then its parts'.
 */
export const TOTAL_PARTS: Readonly<Record<string, string>> = {
  ust_foreign_total: 'ust_holdings',
};
