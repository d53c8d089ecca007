import { describe, expect, it } from 'vitest';
import { createEngine } from '../engine';
import { loadBundledDatasetFromDisk } from '../../scan/load-dataset';

// Stored S&P 500: 5,872.16 on Wednesday 2024-12-18, 5,930.85 on Friday 2024-12-20; the story runs on Saturday.
const engine = createEngine(loadBundledDatasetFromDisk());
const verdict = (sentence: string, text: string) =>
  engine
    .analyze(['Stocks tumbled on Wednesday after the Fed meeting.', sentence], {
      published: '2024-12-21',
      publishedAt: '2024-12-21T09:00:00-05:00',
    })
    .find((c) => c.text === text)?.judgement?.verdict;

describe('that-session', () => {
  it('"closed the session at" a level of a session named before: any of the week\'s closes', () => {
    expect(verdict('The S&P 500 closed the session at 5,872.16.', '5,872.16')).toBe('matches');
  });
  it('"ended at" with no session pointed to is the latest close', () => {
    expect(verdict('The S&P 500 ended at 5,872.16.', '5,872.16')).toBe('differs');
  });
  it("a level that is none of the week's closes is not agreed with", () => {
    expect(verdict('The S&P 500 closed the session at 5,772.16.', '5,772.16')).not.toBe('matches');
  });
});
