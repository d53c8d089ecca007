import type { Indicator } from '../../dataset/schema';
import { TOLERANCES } from './tolerances';

/**
 * What a claim's own rounding covers, as half a band around its value.
 * Rule whole-percent-rate: "a 1% rate" is 0.875–1.125 (the nearest eighth), not 0.5–1.5.
 */
export function roundingHalfWidth(halfStep: number, indicator: Indicator, isLevel: boolean): number {
  if (isLevel && indicator.unit === 'percent' && halfStep >= 0.5)
    return Math.min(halfStep, TOLERANCES.wholePercentHalfWidth);
  return halfStep;
}

/** Whether `value` can be written exactly with the claim's last digit (`step` in base units). */
export function representableAt(value: number, step: number): boolean {
  if (step <= 0) return true;
  const q = value / step;
  return Math.abs(q - Math.round(q)) <= 1e-6;
}
