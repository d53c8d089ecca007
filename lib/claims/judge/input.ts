import type { Indicator } from '../../dataset/schema';
import type { ClaimPeriod } from '../types';
import type { Measure } from './compare';
import type { NamedBase } from './named-base';
import type { ReleaseWords } from './stale-as-latest';

export interface JudgeInput {
  indicator: Indicator;
  value: number;
  range?: [number, number];
  /** Half the claim's last written digit, in the value's unit. */
  halfStep: number;
  measure: Measure;
  period: ClaimPeriod | null;
  published: string;
  /** The article's publication instant (ISO, with its zone) when the page gives one: after-close.ts. */
  publishedAt?: string | undefined;
  /** When the page was last updated (ISO, with its zone), when it says so: a live blog's entries may be that late. */
  updatedAt?: string | undefined;
  /** market-day.ts: the last day an undated market figure can be of, when that is before the article's date. */
  sessionDay?: string | undefined;
  /** The article's time rules out its own date's session (not merely a page begun before the open). */
  sessionSure?: boolean;
  /** A currency pair's move told as its quote currency's ("the yen fell 0.4%"): judged in that currency's terms. */
  quoteSide?: boolean;
  /** The figure is the starting end of a move: "down from 27.5%", "fell to 15% from 25%". */
  fromEnd?: boolean;
  /** The figure is stated as a close ("closing at", "ended at"): the day's range does not cover it. */
  atClose?: boolean;
  /** The level a stated move ended at: "down 4.6% to 5,611" (endpoints.ts MOVE_END_RE). */
  moveEnd?: boolean;
  /** "as low as 3.86%", "an intraday high of $4,381": the day's extreme, not a close (intraday-extreme.ts); "opened at": its open (opening-level.ts). */
  extreme?: 'low' | 'high' | 'open';
  /** A quote stated at a clock time ("at 5 p.m. Thursday"): an hour's price, not a close or fixing. */
  clockTime?: boolean;
  /** A level set by a decision verb right before it ("kept Bank Rate at", "cut its rate to"): step-level.ts. */
  decisionVerb?: boolean;
  /** A move in a sentence that speaks of a close ("closed", "ended", "settled"): writing-day-move.ts. */
  closeWords?: boolean;
  /** "above 40,000", "more than 800 points": the figure is a bound, not a value. */
  bound?: 'above' | 'below';
  /** The sentence speaks of a rate announced, threatened or paused, not necessarily in force. */
  announced?: boolean;
  /** present-move: the move is told in the present tense ("is up 0.35% today"), one during the session. */
  presentMove?: 'exact' | 'rounded' | null;
  /** perfect-move: "has risen 9.68% so far this year": a move to the hour of writing (span-to-date.ts). */
  perfectMove?: boolean;
  /** off-hours: the sentence quotes trading outside the session ("quoted in after-hours trade"). */
  offHours?: boolean;
  /** week-in-progress: the sentence says the period is still under way ("on track to post its first weekly gain"). */
  inProgress?: boolean;
  /** cumulative-moves: the sentence speaks of a total ("a combined 75 basis points", "since June 2024"). */
  cumulative?: boolean;
  /** "at its last three meetings": how many decisions the total is stated over. */
  cumulativeCount?: number;
  /** "since June 2024": the first day of the month a total is counted from (cumulative-since.ts). */
  cumulativeSince?: string;
  /** A metal's move whose sentence names the London auction ("the afternoon price fell 2%"). */
  auctionNamed?: boolean;
  /** The sentence previews a release ("is forecast to show", "ahead of the report"): release-day-edition.ts. */
  preview?: boolean;
  /** The sentence speaks of a threat: the rate is one held over a partner, not in force. */
  threatened?: boolean;
  /** The sentence says the rate is yet to take effect ("is set to take effect on Monday"): pending-rate.ts. */
  pending?: boolean;
  /** The sentence points back to a session named before ("closed the session at"): quote.ts, that-session. */
  sessionRef?: boolean;
  /** "the 24,580.11 it stood at ...": a past level of the subject, on a day not stated. */
  pastLevel?: boolean;
  /** latest-named-stale: "The latest CPI reading was 2.4%": the words before the figure call it the newest out. */
  calledLatest?: boolean;
  /** past-record.ts dated-record: "its Dec. 6 closing high of 6,090.27": a record the words date to a day of its own. */
  datedRecord?: boolean;
  /** Also compare with this indicator and keep the better verdict ("oil" names neither Brent nor WTI). */
  alsoCompare?: Indicator;
  /** No period was read and the sentence names another time ("since early April, when ..."). */
  otherTime?: boolean;
  /** "27% below its early-October level": a distance from an earlier level, not a move over a period. */
  pastDistance?: boolean;
  /** "still 41.5% below its record", no day named: a distance from the highest close so far (below-record.ts). */
  belowRecord?: boolean;
  /** Closes the sentence names that an undated move may be measured from ("its Oct. 28 record close"): named-base.ts. */
  namedBases?: readonly NamedBase[];
  /** What the sentence of an undated level says of its time ("the latest", months named): stale-as-latest.ts. */
  releaseWords?: ReleaseWords;
  /** "up 1.8% from Tuesday": a move measured from the named day's close to the latest (since-day.ts). */
  sinceDay?: boolean;
  /** "The rate had stood at 0.5%": a level before the article's date, in the past perfect (had-stood.ts). */
  hadStood?: boolean;
  /** "Overnight in New York, the S&P 500 added 0.85%": the market's last final session (after-close.ts). */
  overnight?: boolean;
  /** "(TIC, first release)", "as first reported": the claim quotes a first print (periodic-level.ts). */
  firstRelease?: boolean;
  /** "a trade-weighted average dollar-won rate of 1,417": some average, not the stored rate (average-quote.ts). */
  averageWord?: boolean;
  /** "traded at ¥156.32", "was quoted at": a price during the day, not a day's figure (quote.ts). */
  tradedAt?: boolean;
  /** "the VIX jumped to 20.64": a level the sentence says a move reached (previous-close-exact in quote.ts). */
  movedTo?: boolean;
  /** "$30.835 an ounce at the noon auction": the day's London auction price (fixing.ts). */
  atAuction?: boolean;
  /** "the ECB's reference rate was set at 1.0784": the day's ECB fixing, not a price during the day (fixing.ts). */
  ecbReference?: boolean;
  /** "up by as much as 60% since the strikes": the move's extreme at any hour, not its close-to-close size (as-much-as.ts). */
  extremeMove?: boolean;
  /** "opened 3.47 percent higher", "fell $3,000 in minutes": a move inside one session (within-session-move.ts). */
  withinSession?: boolean;
  /** "dropped nearly 20 basis points": a move said roughly, to a round figure (approx-round-move.ts). */
  approxRound?: boolean;
  /** "from around 24,280 on July 14": a market level said roughly, not as a close (hedged-level.ts). */
  hedged?: boolean;
  /** "up from the initially reported 3.3%": an estimate a later release replaced (earlier-estimate.ts). */
  earlierEstimate?: boolean;
  /** "bullion averaged $4,721 in May": the figure is stated as the period's average (revision-bound.ts). */
  average?: boolean;
  /** "159.06 yen at the New York noon fixing": the day's noon rate, not a price during the day (fixing.ts). */
  atNoonFixing?: boolean;
  /**
   * "the cash rate stands at 4.1%": a level in the present tense, in force on the article's date (present-level.ts);
   * 'snapshot': a cell of a table of where rates stand (rules/snapshot-cell.ts).
   */
  presentLevel?: 'verb' | 'label' | 'possessive' | 'snapshot';
  /** The sentence ties the level to a once-a-day number: a close, a fixing, an auction, a settlement (swapped-close.ts). */
  onceADay?: boolean;
  /** The match record's confidence (0–1); a red verdict needs a confident subject. */
  confidence?: number;
}
