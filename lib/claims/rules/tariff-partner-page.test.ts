import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

describe('tariff-partner-page', () => {
  const seoul = [
    'Seoul shares rallied on Thursday after the Bank of Korea cut rates.',
    "Korean exporters led the KOSPI higher, and Korea's won firmed.",
    'Korean carmakers, which still face a separate 25% U.S. levy on imported cars, led the gains.',
  ];
  it("a generic name of Japan's car tariff on a page about Korea that never named Japan is not Japan's", () => {
    expect(idsOf(seoul, '2025-05-29')['25%']).toBe('-');
  });
  it('on a page that speaks of Japan it still is', () => {
    const tokyo = [
      "Tokyo shares rallied after Japan's trade talks.",
      'Carmakers still face a 25% U.S. levy on imported cars.',
    ];
    expect(idsOf(tokyo, '2025-05-29')['25%']).toBe('us.tariff_autos_japan');
  });
});
