import { describe, expect, it } from 'vitest';
import { longDate, pageText } from './page-text';

describe('pageText', () => {
  it('reads tags, entities and line breaks as one line of text', () => {
    expect(pageText('<p>the &quot;price stability target&quot;\n   at 2&nbsp;percent</p>')).toBe(
      'the "price stability target" at 2 percent',
    );
    expect(pageText('<li><strong>January 25, 2012</strong>: first</li>')).toBe('January 25, 2012 : first');
    expect(pageText('FOMC&#8217;s &#x201C;goal&#x201D; &amp; more')).toBe('FOMC\'s "goal" & more');
  });
  it('drops scripts, styles and comments so their text cannot pass for the page', () => {
    expect(pageText('<script>var x = "2 percent";</script><style>p{}</style><!-- 9 percent --><p>text</p>')).toBe(
      'text',
    );
  });
  it('leaves an unknown entity as written', () => {
    expect(pageText('a &bogus; b')).toBe('a &bogus; b');
  });
});

describe('longDate', () => {
  it('reads "January 25, 2012" and nothing else', () => {
    expect(longDate('January 25, 2012')).toBe('2012-01-25');
    expect(longDate('August 2, 2025')).toBe('2025-08-02');
    expect(longDate('Jan 25, 2012')).toBeNull();
    expect(longDate('25 January 2012')).toBeNull();
  });
});
