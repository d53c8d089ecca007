/**
 * A per-minute allowance of characters a page's own changes may make the content script send to the
 * background. A page that churns its text (a ticker, a live blog re-rendered every second, a hostile
 * page) would otherwise have the background read megabytes a minute; past the allowance, changed
 * containers wait until it refills instead of being dropped.
 */

/** Characters of changed text a page may have analysed per minute (about ten long articles). */
const CHURN_CHARS_PER_MINUTE = 600_000;
const MINUTE_MS = 60_000;

export class CharBudget {
  private tokens: number;
  private at: number;
  constructor(
    readonly capacity = CHURN_CHARS_PER_MINUTE,
    private readonly refillMs = MINUTE_MS,
    now = Date.now(),
  ) {
    this.tokens = capacity;
    this.at = now;
  }

  private refill(now: number) {
    const gained = ((now - this.at) / this.refillMs) * this.capacity;
    this.tokens = Math.min(this.capacity, this.tokens + Math.max(0, gained));
    this.at = now;
  }

  /** Characters that may be sent now. */
  available(now = Date.now()): number {
    this.refill(now);
    return Math.floor(this.tokens);
  }

  /** Spends n characters if the allowance holds them; false (nothing spent) if not. */
  take(n: number, now = Date.now()): boolean {
    this.refill(now);
    // A single request larger than the whole allowance is let through on a full allowance, once.
    const need = Math.min(n, this.capacity);
    if (this.tokens < need) return false;
    this.tokens -= need;
    return true;
  }

  /** Milliseconds until n characters are available. */
  waitMs(n: number, now = Date.now()): number {
    this.refill(now);
    const need = Math.min(n, this.capacity) - this.tokens;
    return need <= 0 ? 0 : Math.ceil((need / this.capacity) * this.refillMs);
  }
}
