import type { ClaimContext, ClaimKind, Direction, NumericExpression } from './types';
import { isSessionSpan } from './dates';
import { isWeekdayLabel, MONTH_WORD, monthIndex, periodFor, periodPhrases } from './periods';
import { MONTH_ANY } from './lexicon/month-patterns';
import { wordCue } from './tokens';
import { isLetterCode, isSpaceCode, isWordCharCode } from './chars';
import { reversesParticle } from './lexicon/phrasal-moves';
import { PATH_BASES, PATH_PARTICIPLES } from './lexicon/path-verbs';
import { FORECAST_NOUNS } from './lexicon/forecast-nouns';
import { FORECAST_VERBS } from './lexicon/forecast-verbs';
import { FORECASTERS } from './lexicon/forecasters';
import { inForecastList } from './rules/forecast-list';
import { isWillFromTo } from './rules/will-from-to';
import { isWillMoveTo } from './rules/will-move-to';
import { MOVE_NOUNS } from './lexicon/move-verbs';
import { namedMoveNoun } from './rules/named-move-noun';
import { figureFirstNoun } from './rules/figure-first-noun';
import { INDICATED_OPEN_REACH, isCalledIndication } from './rules/called-indication';
import { isConversionRate } from './rules/conversion-rate';
import { isIfClauseConsequence } from './rules/if-clause';
import { isPotentialLevel, isPotentialMove } from './rules/potential-move';
import { isShownToBe } from './rules/shown-to-be';
import { isOddsOfMove } from './rules/odds-of-move';
import { keptForTheYear } from './rules/kept-for-the-year';
import { isScenarioLabelled } from './rules/scenario-label';
import { colonEvidence } from './rules/colon-evidence';
import { DOWN_SET, UP_SET, isPastMoveVerb } from './lexicon/move-verbs';
import { RANKING_APPOSITIVE_RE } from './rules/ranking-appositive';
import { isFigureModifier } from './rules/figure-as-modifier';
import { isAtLevelOpinion } from './rules/at-level-opinion';
import { isCallLabelled } from './rules/call-label';

/**
 * Reads what the words around a number say about it: which way it moved, whether it is a level,
 * a change, a share or a target, whether it is only hypothetical, and which period it covers.
 */

/** Nouns after the number that make it a move: "a 12% drop", "a 0.8% gain", "a 2.3% annualized contraction". */
const MOVE_NOUN_AFTER_RE = new RegExp(
  `^[\\s\\u00a0-]*(?:(?:on-)?(?:week|month|day|year|quarter)(?:ly)?[\\s\\u00a0-]+|(?:rate|interest[\\s\\u00a0-]rate|policy)[\\s\\u00a0-]+|of[\\s\\u00a0]+(?:rate[\\s\\u00a0]+)?)?(?:(?:annuali[sz]ed|annual|seasonally[\\s\\u00a0-]+adjusted|year-on-year|quarter-on-quarter|month-on-month)[\\s\\u00a0-]+)?(${MOVE_NOUNS})s?\\b`,
  'i',
);
/** easing-of: "it has now delivered 50 basis points of easing in 2025": cuts; "of tightening": hikes. */
const EASING_OF_AFTER_RE = /^[\s\u00a0]+of[\s\u00a0]+(?:(?:monetary|policy)[\s\u00a0]+)?(easing|tightening)\b/i;
const BY_BEFORE_RE =
  // by-a-combined: "lowered its benchmark rate by a combined 75 basis points".
  /\bby[\s\u00a0]+(?:about[\s\u00a0]+|around[\s\u00a0]+|roughly[\s\u00a0]+|nearly[\s\u00a0]+|some[\s\u00a0]+|a[\s\u00a0]+(?:combined|cumulative|total[\s\u00a0]+of|further)[\s\u00a0]+|another[\s\u00a0]+)?$/i;
const SHARE_RE =
  /^[\s\u00a0]*(?:of[\s\u00a0]+(?:all|total|the|global|world|its|their|overall|japan|china|u\.s\.|us)\b|of[\s\u00a0]+[a-z]+(?:'s|’s)|share\b|of[\s\u00a0]+\w+[\s\u00a0]+(?:gdp|output|exports|imports|debt|holdings|market))/i;
const SHARE_BEFORE_RE =
  /\b(?:accounts?|accounted|accounting)[\s\u00a0]+for[\s\u00a0]+(?:about[\s\u00a0]+|around[\s\u00a0]+|roughly[\s\u00a0]+|nearly[\s\u00a0]+|some[\s\u00a0]+|more than[\s\u00a0]+|less than[\s\u00a0]+)?$|\b(?:share|proportion|portion)[\s\u00a0]+(?:of[\s\u00a0]+[\w\s'’-]{0,40}[\s\u00a0])?(?:is|was|at|to|of|stood at|reached)[\s\u00a0]+(?:about[\s\u00a0]+)?$/i;
// "its 2% target", not "its 4.25%-4.50% target range" (a policy rate).
const TARGET_RE =
  /^[\s\u00a0]*(?:(?:medium|long|longer)[\s\u00a0-]+(?:term|run)[\s\u00a0]+|symmetric(?:al)?[\s\u00a0]+|official[\s\u00a0]+)?(?:inflation[\s\u00a0]+|price[\s\u00a0]+(?:stability[\s\u00a0]+)?)?(?:target|goal|objective|aim|ceiling)\b(?![\s\u00a0-]+range)/i;
/**
 * bank-named-target: "inflation is well above the 2% Bank of Japan target rate": a bank's name between the
 * figure and "target". Followed by "rate", it is the inflation goal only in a clause about inflation (else
 * "the 4.5% Fed target rate" is the policy rate).
 */
const BANK_NAMED_TARGET_AFTER_RE =
  /^[\s\u00a0]+(?:[A-Z][\w.'’-]*[\s\u00a0]+(?:of[\s\u00a0]+)?){1,4}(?:inflation[\s\u00a0]+)?(?:target|goal)\b([\s\u00a0]+rate\b)?/;
const INFLATION_WORD_RE = /\binflation\b|\bprices\b|\bCPI\b/i;
function bankNamedTarget(after: string, before: string): boolean {
  const m = BANK_NAMED_TARGET_AFTER_RE.exec(after);
  return !!m && (!m[1] || INFLATION_WORD_RE.test(before.slice(-100)));
}
/** aims-for-after: "above the 2 percent the European Central Bank aims for": a bank's aim, named after the figure. */
const AIMS_FOR_AFTER_RE =
  /^[\s\u00a0]+(?:that[\s\u00a0]+)?(?:the[\s\u00a0]+)?(?:[A-Z][\w.'’-]*[\s\u00a0]+){1,4}(?:aims|targets|wants|seeks)[\s\u00a0]+(?:for|at)\b/;
/** A span label from a year's or a month's turn: "where it started the year", "since the end of 2025". */
const TURN_LABEL_RE = /\b(?:year|end[\s\u00a0]+of|started|began|finished|ended)\b/i;
/** targets-verb: "the Fed targets annual inflation at 2%": the figure is the target. */
// goal-of: "in line with Beijing's goal of \"around 5%\"": a goal, not the figure.
// inflation-target-range: "inflation runs inside the bank's target range of 1–3%": the range a bank aims
// inflation at, not a policy rate's range.
const TARGETS_BEFORE_RE =
  /\binflation\b[^.;:!?\d]{0,50}?\btarget[\s\u00a0]+range[\s\u00a0]+of[\s\u00a0]+$|\b(?:targets?|aims?|aimed|seeks?)\b[^.;:!?\d]{0,24}?\binflation[\s\u00a0]+(?:rate[\s\u00a0]+)?(?:at|of|near|around)[\s\u00a0]+(?:approximately[\s\u00a0]+|about[\s\u00a0]+|around[\s\u00a0]+)?$|\b(?:goal|target|objective)[\s\u00a0]+of[\s\u00a0]+["“]?(?:approximately[\s\u00a0]+|about[\s\u00a0]+|around[\s\u00a0]+|roughly[\s\u00a0]+)?$/i;
// threatened-rate: "the 25% tariff threatened by Trump", "a 50% levy proposed for August", "the 30% duty the
// President has threatened": a threat or a
// proposal, not a rate in force.
// threat-noun: "Wall Street Shrugs Off 30% EU Tariff Threat": the rate is a threat's.
// never-took-effect: "the 25% levy on Japanese goods posted in July never took effect": never a rate in force;
// nor is "the 15% car rate agreed with Tokyo in July has yet to take effect".
// odds-for-move: "2.5% for a rate cut in December", "85% on a quarter-point cut": a probability, not a rate.
const HYPOTHETICAL_AFTER_RE =
  /^[\s\u00a0]+(?:for|on)[\s\u00a0]+an?[\s\u00a0]+(?:(?!(?:first|second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th)|straight|consecutive|successive|further|back-to-back)\b)[\w-]+[\s\u00a0]+){0,3}?(?:rate[\s\u00a0]+)?(?:cut|hike|reduction|increase)\b|^[^.;:!?]{0,100}?\b(?:never[\s\u00a0]+(?:took|came[\s\u00a0]+into|went[\s\u00a0]+into)|(?:has|have|had)[\s\u00a0]+yet[\s\u00a0]+to[\s\u00a0]+(?:take|come[\s\u00a0]+into))[\s\u00a0]+(?:effect|force)\b|^[\s\u00a0]+(?:[A-Za-z.'’-]+[\s\u00a0]+){0,2}(?:tariffs?|duty|duties|levy|levies)[\s\u00a0]+threats?\b|^(?:(?!\b(?:and|but|said|says|adding|while|as|because|since|after|when)\b)[^.;:!?,]){0,48}?\bwould\b|^[\s\u00a0]+(?:(?:[a-z-]+[\s\u00a0]+)?(?:tariffs?|duty|duties|levy|levies|rate)[\s\u00a0]+)?(?:initially[\s\u00a0]+|first[\s\u00a0]+|previously[\s\u00a0]+)?(?:threatened|proposed|floated|mooted|promised)\b|^[\s\u00a0]+(?:[a-z-]+[\s\u00a0]+)?(?:tariffs?|duty|duties|levy|levies)[\s\u00a0]+(?:on[\s\u00a0]+[^.;:!?,\d]{1,40}?[\s\u00a0]+)?(?:is|are)[\s\u00a0]+(?:still[\s\u00a0]+)?(?:coming|looming|planned|on[\s\u00a0]+the[\s\u00a0]+way)\b|^[\s\u00a0]+(?:(?:[a-z-]+[\s\u00a0]+)?(?:tariffs?|duty|duties|levy|levies)[\s\u00a0]+)(?:that[\s\u00a0]+)?(?:the[\s\u00a0]+)?[A-Z][\w.'’-]*(?:[\s\u00a0]+[A-Z][\w.'’-]*)?[\s\u00a0]+(?:has|had|have)[\s\u00a0]+(?:\w+[\s\u00a0]+)?(?:threatened|proposed|floated|promised)\b/i;
/** The words between the two ends of "from X to Y": the second end shares the first's context. */
const PAIR_END_RE = /^[\s\u00a0]*(?:to|and)[\s\u00a0]+$/;
/** A figure's digits, so that its decimal point ends no clause when words before it are read. */
const FIGURE_DIGITS_RE = /\d+(?:[.,]\d+)*/g;
const CHANCE_LEAD_RE =
  /\b(?:chance|chances|odds|probability|likelihood)[\s\u00a0]+of\b[^.;!?,]{0,80}\bat[\s\u00a0]+(?:(?:about|around|roughly|nearly|almost|some)[\s\u00a0]+)?$/i;
const HYPOTHETICAL_BEFORE_RE = new RegExp(
  String.raw`\b(?:would|could|might)(?:[\s\u00a0]+[^\s,;.!?]+){0,6}[\s\u00a0]*$` +
    // should-be: "rates should be 1.5 points lower", "ought to be near 1%": what someone wants, not a figure.
    // should-see: "Analyst Says BTC Should See $120,000 By End Of Week": what someone expects.
    String.raw`|\b(?:should|ought[\s\u00a0]+to)[\s\u00a0]+(?:be|fall|drop|rise|come|go|sit|stand|see|hit|reach|top|test|touch|get)\b(?:[\s\u00a0]+[^\s,;.!?]+){0,3}[\s\u00a0]*$` +
    // possibly-reaching: "with silver possibly touching $95": a maybe, not a price.
    String.raw`|\b(?:possibly|potentially|perhaps|maybe)[\s\u00a0]+(?:[a-z]+ing|to[\s\u00a0]+[a-z]+)(?:[\s\u00a0]+(?:to|at|toward|towards|near|above|below))?[\s\u00a0]*[$€£¥]?[\s\u00a0]*$` +
    // modal-path: "which would take the policy rate to 1%", "would likely push EUR/USD toward the 1.18 handle".
    String.raw`|\b(?:would|could|might)(?:[\s\u00a0]+(?:likely|probably|then|also|eventually|quickly|soon))?[\s\u00a0]+(?:${PATH_BASES})\b[^.;!?,]{0,60}$` +
    // should-inverted: "Should gold break $4,000 on a closing basis", "Should it reach 4.8%": an "if" clause.
    String.raw`|(?:^[\s\u00a0"“]*|[,;:(\u2014\u2013][\s\u00a0]*)[Ss]hould[\s\u00a0]+(?:[^\s,;.!?]+[\s\u00a0]+){1,5}$` +
    // proposal-before: "Campaign proposals included a universal tariff of 10% to 20% and 60% on Chinese goods".
    String.raw`|\bproposals?\b[^.;!?,]{0,60}$` +
    // chance-that: "swaps price a 95% chance that policymakers lift the deposit rate to 2.25%": what odds are on.
    String.raw`|\b(?:chance|chances|odds|probability|likelihood)[\s\u00a0]+(?:that|of)\b[^.;!?,]{0,70}\b(?:to|at)[\s\u00a0]+$` +
    // or-for-to: "asked to vote on either a 25bps cut or for the rate to remain at 4.25%": one side of a choice.
    String.raw`|\bor[\s\u00a0]+for[\s\u00a0]+(?:the[\s\u00a0]+|its[\s\u00a0]+)?(?:[\w-]+[\s\u00a0]+){0,3}to[\s\u00a0]+(?:remain|stay|be|hold|rise|fall|go)\b[^.;!?]{0,20}$` +
    // not-ruled-out: "makes a half-point cut hard to argue for, but it doesn't stop a quarter point": a move left
    // possible, not one made.
    String.raw`|\b(?:(?:doesn['’]t|does[\s\u00a0]+not|won['’]t|will[\s\u00a0]+not|wouldn['’]t|would[\s\u00a0]+not|can['’]t|cannot)[\s\u00a0]+(?:stop|prevent|preclude|rule[\s\u00a0]+out)|rul(?:e|es|ed|ing)[\s\u00a0]+out)\b[^.;!?,]{0,20}$` +
    // whether-threshold: "whether policymakers tolerate a dollar-yen above 160" asks, it does not state.
    String.raw`|\b(?:if|whether|were to|hypothetical(?:ly)?|scenario|imagine)\b[^.;!?]{0,60}$` +
    // threat-before: "Trump's letter, which threatens a 25% duty on Japanese goods", "the threat of a 50% levy".
    // threat-colon: "a far harsher threat: the 25% levy on Japanese goods".
    String.raw`|\bthreat(?:en(?:s|ed|ing)?|s)?(?:[\s\u00a0]+of|[\s\u00a0]*[:—–])?[\s\u00a0]+(?:(?:a|an|the)[\s\u00a0]+)?(?:(?:new|fresh|additional|extra|further|steep|blanket|sweeping)[\s\u00a0]+)*$` +
    String.raw`|\btowards?[\s\u00a0]+(?:the[\s\u00a0]+)?$|\b(?:heading|headed|head|on track|set)[\s\u00a0]+(?:for|to)[\s\u00a0]+$`,
  'i',
);
/** causative-move: a verb, "the", then a name of up to four words (capitalised or a number), then the figure. */
const CAUSATIVE_BEFORE_RE =
  /\b(lifted|lifts|boosted|boosts|propelled|propels|pushed|drove|carried|dragged|drags|pulled|knocked)[\s\u00a0]+the[\s\u00a0]+(?:(?:benchmark|broader|blue-chip|tech-heavy)[\s\u00a0]+)?(?:(?:[A-Z][\w&.'’-]*|\d+)[\s\u00a0]+){1,4}$/;
const CAUSATIVE_DOWN = new Set(['dragged', 'drags', 'pulled', 'knocked']);
/** "the 12.1% it lost", jobs-lost: "after a revised 4,000 jobs lost the month before": the verb after the number gives the direction. */
const DIRECTION_AFTER_RE =
  /^[\s\u00a0]+(?:that[\s\u00a0]+)?(?:it|they|the index|stocks|shares|the market|jobs)[\s\u00a0]+(?:had[\s\u00a0]+)?([a-z]+)/i;
/** level-it-moved-to: "to" or "at" right after the verb that follows the figure. */
const MOVED_TO_AFTER_RE = /^[\s\u00a0]+(?:to|at)\b/i;
/** take-off: a verb of taking away before the figure, "off" right after it. */
const TAKE_OFF_BEFORE_RE =
  /\b(?:tak(?:e|es|ing|en)|took|shav(?:e|es|ed|ing)|knock(?:s|ed|ing)?|lop(?:s|ped|ping)?|chopp?(?:s|ed|ing)?|slic(?:e|es|ed|ing))\b[^.;!?,\d]{0,30}$/i;
const OFF_AFTER_RE = /^[\s\u00a0]+off\b/i;
/** A bare list join between two figures: ", ", " and ", ", and ". */
// restated-share: "It shed 1.67 points, or 1.6%, for the week": the restated figure shares the period.
const LIST_JOIN_RE = /^[\s\u00a0]*(?:,[\s\u00a0]*(?:and[\s\u00a0]+|or[\s\u00a0]+)?|and[\s\u00a0]+)$/i;
/** named-list-join: "Brent is down 18.2% and WTI 19.0% since the end of last year": the next figure's own name, no verb. */
const NAMED_LIST_JOIN_RE =
  /^[\s\u00a0]*,?[\s\u00a0]*and[\s\u00a0]+(?:the[\s\u00a0]+)?(?:[A-Z][\w&.'’-]*[\s\u00a0]+){1,3}$/;
/** A bare figure of a list: "15.7%", "$2.10", "12 basis points". */
const LIST_FIGURE = String.raw`[$€£¥]?[\d.,]+[\s\u00a0]*(?:%|per[\s\u00a0]?cent|points?|bp|basis[\s\u00a0]+points)?`;
/**
 * The next figure, then words without another figure or a clause break, up to the period phrase.
 * list-of-three: "up 12.3%, 15.7% and 7.6% in 2025, respectively": the list may run on through more bare figures.
 */
const LIST_TAIL_TO_PHRASE_RE = new RegExp(
  String.raw`^(?:${LIST_FIGURE}[\s\u00a0]*(?:,[\s\u00a0]*(?:and[\s\u00a0]+)?|and[\s\u00a0]+))*${LIST_FIGURE}[^\d;:]{0,30}$`,
  'i',
);

const FORECAST_BEFORE_RE = new RegExp(
  // hard-to-see: "it's hard for me to see the Fed delivering the 125 or 150 basis points in cuts": a view.
  // budget-rate: "which budgeted for 140 yen per dollar": a firm's planning assumption, not a market rate.
  // target-for-the-rate: "left its target for the overnight rate at 5%": the rate's official name, no aim.
  // outlook-for: "the BOJ's outlook for fiscal 2026 core CPI: 2.8%": a bank's projection.
  // stress-case: "Her desk's stress case has Brent at $120", like a bear case.
  // call-noun: "cut its third-quarter Brent call to $70", as "raised their core PCE estimate to 2.9%".
  String.raw`\b(?:${FORECAST_VERBS}|budget(?:s|ed|ing)?[\s\u00a0]+(?:for|on|at)|assumed|assumptions?[\s\u00a0]+of|(?:hard|difficult|tough)[\s\u00a0]+(?:for[\s\u00a0]+\w+[\s\u00a0]+)?to[\s\u00a0]+(?:see|imagine|envision)|projections?|outlooks?[\s\u00a0]+for(?=[^.;!?,:]{0,40}:)|estimated|estimates|(?:raised|lowered|lifted|trimmed|cut|revised)\b[^.;!?,]{0,40}\b(?:estimate|call)[\s\u00a0]+(?:to|of)|(?:${FORECASTERS})[\s\u00a0]+(?:now[\s\u00a0]+)?see|(?:is|are|was|were)[\s\u00a0]+seen|(?<!\blast[\s\u00a0]+)seen[\s\u00a0]+(?:at|near|around|ending)|saw\b[^.;!?,]{0,50}\bat|polled|poll|surveys?[\s\u00a0]+of|consensus|economists see|will|guess|bet|reckon|predicts|target for(?![\s\u00a0]+(?:the[\s\u00a0]+)?(?:overnight|federal[\s\u00a0]+funds|fed[\s\u00a0]+funds|cash|policy)[\s\u00a0]+rates?)|(?:central|base|bear|bull|bearish|bullish|worst|best|downside|upside|stress|adverse)[\s\u00a0-]+case|impl(?:y|ies|ying)|could reach|may reach|implied[\s\u00a0]+(?:(?:policy|terminal|neutral)[\s\u00a0]+)?(?:rate|level|path)[\s\u00a0]+of|(?<!(?:\bthe|['’]s|\bits|\btheir|\bspot|\boil|\bgold|\bafternoon|\bmorning|\bauction|\bfixing|\bclosing|\bsettlement|\breference)[\s\u00a0]+)price in|priced in|pricing in|factored in|factoring in|(?:market|futures|swaps?|OIS)[\s\u00a0-]+pricing|(?:markets?|futures|swaps|traders|investors)[\s\u00a0]+(?:now[\s\u00a0]+)?(?:price|priced|are[\s\u00a0]+pricing)|dot[\s\u00a0]+plot|median[\s\u00a0]+(?:dot|path|projection|forecast|estimate)|dots?[\s\u00a0]+show|bets? on|odds (?:of|on)|chance of|probabilit(?:y|ies) of|(?<!\bin[\s\u00a0]+)demand(?:s|ing)?|seek(?:s|ing)?|calls? for|calling for|asks? for|asking for|voted for|votes? for|wanted|wants|sought|favou?r(?:s|ed|ing)|in favou?r of|prefer(?:s|red|ring)?[\s\u00a0]+(?:a|an|to)\b|push(?:ed|es|ing)? for|argu(?:ed|es|ing) for|proposed|proposing|proposals?[\s\u00a0]+to|(?:plans?|planned|planning)[\s\u00a0]+(?:to|an?)\b|(?:goal|aim|ambition|pledge|promise)s?[\s\u00a0]+(?:is[\s\u00a0]+)?to[\s\u00a0]+(?:reach|hit|lift|take|bring|get)|pencil(?:s|l?ed|l?ing)? in|looks? for|looking for|looked for|(?:market|futures|swaps?|OIS)[\s\u00a0-]+implied|terminal[\s\u00a0]+(?:(?:federal[\s\u00a0]+funds|fed[\s\u00a0]+funds|policy|bank)[\s\u00a0]+)?rate)\b[^.;!?,]{0,50}$`,
  'i',
);

/**
 * Cues for the costlier patterns below: each stands for the words one of them needs, so a
 * sentence without any can skip it (see wordCue).
 */
const stems = (list: string[]) => (part: string) => list.some((w) => part.startsWith(w));
const FORECAST_CUE = wordCue(
  stems([
    'hard',
    'budget',
    'difficult',
    'tough',
    'forecast',
    'project',
    'outlook',
    'expect',
    'anticipat',
    'estimat',
    'predict',
    'think',
    'believ',
    'see',
    'saw',
    'dot',
    'median',
    'market',
    'poll',
    'survey',
    'consensus',
    'will',
    'guess',
    'bet',
    'reckon',
    'target',
    'case',
    'price',
    'pricing',
    'reach',
    'odds',
    'probabilit',
    'chance',
    'demand',
    'seek',
    'call',
    'ask',
    'vot',
    'propos',
    'pencil',
    'look',
    'envision',
    'envisage',
    'assum',
    'favo',
    'prefer',
    'push',
    'argu',
    'show',
    'imply',
    'impli',
    'terminal',
    'want',
    'plan',
    'goal',
    'aim',
    'ambition',
    'pledge',
    'sought',
  ]),
);
const HYPOTHETICAL_CUE = wordCue(
  stems([
    'stop',
    'prevent',
    'preclud',
    'rule',
    'would',
    'could',
    'might',
    'should',
    'ought',
    'if',
    'whether',
    'were',
    'hypothetical',
    'scenario',
    'imagin',
    'toward',
    'head',
    'track',
    'set',
    'threat',
    'propos',
    'float',
    'moot',
    'promis',
    'coming',
    'loom',
    'planned',
    'potential',
    'possib',
    'prospective',
    'hypothetical',
    'never',
    'yet',
    'cut',
    'hike',
    'reduction',
    'increase',
    'scope',
    'room',
    'capacity',
    'latitude',
    'chance',
    'odds',
    'probabilit',
    'likelihood',
  ]),
);
const SHARE_CUE = wordCue(stems(['account', 'share', 'proportion', 'portion']));
const MOVE_OF_CUE = wordCue(
  stems([
    'loss',
    'decline',
    'drop',
    'fall',
    'gain',
    'rise',
    'increase',
    'decrease',
    'jump',
    'slide',
    'plunge',
    'contraction',
    'expansion',
    'advance',
    'climb',
    'rally',
    'surge',
    'slump',
    'retreat',
  ]),
);

/**
 * "17.3% above its April 8 close", "449.58 points, or 4.5 per cent, above where it stood": a distance from a past level.
 * list-shares-side: "sit 3.5% and 8.1% below their final closes of 2024": the list's first figure is on the same side.
 * or-restated-side: "129 pips or 0.81% under the previous day's level": past a restatement without commas too.
 */
const FROM_PAST_LEVEL_RE =
  /^(?:[\s\u00a0]*,[\s\u00a0]*or[\s\u00a0]+[^,;]{1,30},|[\s\u00a0]+or[\s\u00a0]+[\d.,]*\d(?:[\s\u00a0]?%|[\s\u00a0]+(?:percent|per[\s\u00a0]+cent|points|pips|bps?))|[\s\u00a0]+and[\s\u00a0]+[\d.,]*\d(?:[\s\u00a0]?%|[\s\u00a0]+(?:percent|per[\s\u00a0]+cent|points|bps?)))?[\s\u00a0]*,?[\s\u00a0]+(above|below|under)[\s\u00a0]+(?:its|the|their|that|this|where|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|last[\s\u00a0]+\w+)['’]s)\b/i;
const ROUGH_BEFORE_RE =
  /\b(?:roughly|about|around|nearly|almost|some|approximately|more[\s\u00a0]+than|less[\s\u00a0]+than|over|under)[\s\u00a0]+$/i;
/** A contraction verb and "at" right before a growth rate: "contracted at a", "Shrinks at". */
// contraction-to: "U.S. GDP Contraction Deepens to 0.5%": a contraction's new size is a fall too.
const CONTRACTED_AT_RE =
  /\b(?:(?:shrank|shrinks|shrinking|shrunk|shrink|contracted|contracts|contracting|contract)[\s\u00a0]+at|contraction[\s\u00a0]+(?:deepens|deepened|deepening|widens|widened|eases|eased|narrows|narrowed|revised|trimmed|cut)[\s\u00a0]+to)[\s\u00a0]+(?:an?[\s\u00a0]+)?(?:annuali[sz]ed[\s\u00a0]+)?$/i;
/** Sides written right after a figure ("0.6% lower", "2.9% stronger") that are a fall. */
const SIDE_DOWN: ReadonlySet<string> = new Set(['lower', 'down', 'weaker', 'softer']);

/**
 * than-past-time: "now yields 19 basis points less than at the end of 2024", "3% higher than a year
 * ago": a side written right after the figure and compared with a past time is the figure's sign.
 * Not "3% more than expected", which compares with a forecast.
 */
const THAN_PAST_RE =
  /^[\s\u00a0]+(less|lower|more|higher|stronger|weaker)[\s\u00a0]+than[\s\u00a0]+(?:at|on|in|before|where|when|it[\s\u00a0]+(?:was|did)|(?:a|one|the)[\s\u00a0]+(?:year|month|week|day|quarter)[\s\u00a0]+(?:ago|earlier|before)|(?:the|its)[\s\u00a0]+(?:end|start|close|level|previous|prior)|last|yesterday|(?:Monday|Tuesday|Wednesday|Thursday|Friday)\b)/i;
/**
 * "shed 29.9% since January 2, when it changed hands near $89,426", "18.3% off its April 7 low": a
 * distance from that day's level, which may be a price during the day rather than its close.
 */
const FROM_A_DAY_RE = new RegExp(
  // since-extreme: "58% since its low on April 7": measured from an hour's price, not a close.
  `^[\\s\\u00a0]+(?:since|off (?:its|the|their)|(?:lower|higher) than on)[\\s\\u00a0]+(?:the end of |${MONTH_WORD}[\\s\\u00a0]+\\d{1,2}\\b|\\d{1,2}[\\s\\u00a0]+${MONTH_WORD}|(?:its|the|their)[\\s\\u00a0]+(?:intraday[\\s\\u00a0]+)?(?:low|high|peak|trough|bottom)\\b)`,
  'i',
);

/** within-of-record: "climbing within 2% of its all-time peak recorded in late 2025": a distance from that peak. */
const OF_ITS_EXTREME_RE =
  /^[\s\u00a0]+of[\s\u00a0]+(?:its|the|their)[\s\u00a0]+(?:[\w-]+[\s\u00a0]+){0,2}(?:peak|high|record|low|top)\b/i;

/** The text after a figure measures it from a past level ("above its April 8 close", "since October 8", "off its April 7 low"). */
export function fromPastLevel(after: string): boolean {
  // than-past-level: "39 basis points higher than its close on decision day" too.
  return (
    FROM_PAST_LEVEL_RE.test(after) ||
    FROM_A_DAY_RE.test(after) ||
    THAN_PAST_RE.test(after) ||
    OF_ITS_EXTREME_RE.test(after)
  );
}
const LEVEL_PREPOSITIONS = new Set([
  'to',
  'at',
  'of',
  'near',
  'around',
  'above',
  'below',
  'over',
  'under',
  'from',
  'past',
  'beyond',
  'through',
]);
const LEVEL_FILLERS = new Set(['about', 'around', 'roughly', 'nearly', 'almost']);
/** to-a-record: "rose to a record $9.36 trillion", "at a fresh record": words between the preposition and its level. */
const RECORD_FILLERS = new Set(['a', 'record', 'new', 'fresh']);
/** The most filler words read back from the figure. */
const MAX_FILLERS = 3;

/** The letters-only word ending at `end` (exclusive) and where it starts, if a word boundary precedes it. */
function wordBefore(s: string, end: number): { word: string; start: number } | null {
  let i = end;
  while (i > 0 && isLetterCode(s.charCodeAt(i - 1))) i--;
  if (i === end || (i > 0 && isWordCharCode(s.charCodeAt(i - 1)))) return null;
  return { word: s.slice(i, end).toLowerCase(), start: i };
}

/**
 * Whether `s` ends with a preposition that puts a level after it, and space: "to ", "at about ",
 * "near ", "a record of ". Read backwards: a pattern anchored at the end would be tried at every
 * position of the text.
 */
/** day-possessive-level: "up from Thursday's 3,344.20", "versus yesterday's 1.1650": a day's level, not a move. */
// month-possessive-level: "down from December's 3.4%", "slowing from the previous month's 2.8%": that period's own
// reading, a level the move started from.
const DAY_POSSESSIVE_LEVEL_RE = new RegExp(
  `\\b(?:from|to|at|versus|vs\\.?|than|against)[\\s\\u00a0]+(?:last[\\s\\u00a0]+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|${MONTH_ANY}|the[\\s\\u00a0]+(?:previous|prior|preceding)[\\s\\u00a0]+(?:month|quarter|week|year))['’]s[\\s\\u00a0]+$`,
  'i',
);

export function endsWithLevelWord(s: string): boolean {
  if (DAY_POSSESSIVE_LEVEL_RE.test(s)) return true;
  let i = s.length;
  while (i > 0 && isSpaceCode(s.charCodeAt(i - 1))) i--;
  if (i === s.length) return false;
  let word = wordBefore(s, i);
  if (!word) return false;
  if (LEVEL_PREPOSITIONS.has(word.word)) return true;
  // "at about", "to a record", "to a fresh record": a few fillers, then the preposition.
  const fillers = LEVEL_FILLERS.has(word.word) ? LEVEL_FILLERS : RECORD_FILLERS.has(word.word) ? RECORD_FILLERS : null;
  if (!fillers || word.word === 'a') return false;
  for (let n = 0; n < MAX_FILLERS; n++) {
    let j = word.start;
    while (j > 0 && isSpaceCode(s.charCodeAt(j - 1))) j--;
    if (j === word.start) return false;
    const prev = wordBefore(s, j);
    if (!prev) return false;
    if (LEVEL_PREPOSITIONS.has(prev.word)) return true;
    if (!fillers.has(prev.word) || fillers === LEVEL_FILLERS) return false;
    word = prev;
  }
  return false;
}

/** Whether `after` names a year later than `year` (YYYY) at all: else no later-year pattern can match. */
function namesYearAfter(after: string, year: string): boolean {
  for (let k = after.indexOf('20'); k >= 0 && k + 4 <= after.length; k = after.indexOf('20', k + 1)) {
    const c2 = after.charCodeAt(k + 2);
    const c3 = after.charCodeAt(k + 3);
    if (c2 >= 48 && c2 <= 57 && c3 >= 48 && c3 <= 57 && after.slice(k, k + 4) > year) return true;
  }
  return false;
}
/** Letters, apostrophes and hyphens: what a word may hold after its first letter. */
const isWordCode = (c: number) => isLetterCode(c) || c === 39 || c === 0x2019 || c === 45;

/**
 * The direction named by one of the last five words of `text` (words as /[A-Za-z][A-Za-z'’-]*\/),
 * the nearest first. Read backwards: the text before a number can be long, its last words are few.
 */
// plural-move-of: "weekly declines of 12.5% and 6.2% respectively": two moves, one noun.
const MOVE_OF_BEFORE_RE =
  /\b(?:loss|losses|decline|drop|fall|gain|gains|rise|increase|decrease|jump|slide|plunge|contraction|expansion|advance|climb|rally|surge|slump|retreat|declines|drops|falls|rises|increases|decreases|jumps|slides|plunges|advances|climbs|rallies|surges|slumps|retreats)[\s\u00a0]+of[\s\u00a0]+(?:about[\s\u00a0]+|around[\s\u00a0]+|roughly[\s\u00a0]+|nearly[\s\u00a0]+|some[\s\u00a0]+)?$/i;
// horizon-target: "Our DAX target for year-end stays at 18,800": a target with a horizon is a forecast, kept or not.
const PROJECTION_NOUN_RE =
  /\b(?:median[\s\u00a0]+(?:dot|path|projection|forecast|estimate)|dot[\s\u00a0]+plot|projections?|targets?[\s\u00a0]+for[\s\u00a0]+(?:year-end|end-|the[\s\u00a0]+(?:end|middle)[\s\u00a0]+of|20\d\d|next)|(?:year-end|end-year|12-month)[\s\u00a0]+targets?)\b/i;
const KEEP_RE =
  /\b(?:keep|keeps|keeping|hold|holds|holding|leave|leaves|leaving|maintain|maintains|maintaining|stay|stays|remain|remains)\b[^.;!?]{0,45}\b(?:at|in)[\s\u00a0]+(?:its[\s\u00a0]+|a[\s\u00a0]+|the[\s\u00a0]+)?(?:[a-z-]+[\s\u00a0]+){0,2}$|\b(?:keep|keeps|hold|holds|leave|leaves|maintain|maintains)\b[^.;!?]{0,45}\b(?:unchanged|steady)\b[^.;!?]{0,20}$/i;
/** what-was-expected: "did what markets expected on Thursday, taking the deposit rate to 2.00%" is done, not forecast. */
/** hedged-participle: "expects two more cuts this year, potentially bringing the rate to 1.5%". */
const HEDGE_ADVERBS = 'potentially|possibly|perhaps|eventually|ultimately';
const PARTICIPLE_TAIL_RE = new RegExp(
  String.raw`,[\s\u00a0]+(?:(?:${HEDGE_ADVERBS})[\s\u00a0]+)?(?:${PATH_PARTICIPLES})\b[^.;!?,]{0,40}$`,
  'i',
);
/** forecast-with: "we would look for a quiet year, with the S&P 500 ending near 2% lower". */
const FORECAST_WITH_RE = new RegExp(
  String.raw`\b(?:${FORECAST_VERBS}|would|could|will)\b[^.;!?,]{0,70},[\s\u00a0]+with[\s\u00a0]+[^.;!?,]{1,40}?[\s\u00a0]+(?:finishing|ending|closing|trading|rising|falling|climbing|sliding|sitting|standing|at)\b[^.;!?,]{0,40}$`,
  'i',
);
const FORECAST_PARTICIPLE_RE = new RegExp(
  String.raw`\b(?<!\bwhat[\s\u00a0]+(?:[\w'’]+[\s\u00a0]+){1,2})(?:${FORECAST_VERBS}|would|could|will)\b[^.;!?,]{0,70},[\s\u00a0]+(?:(?:${HEDGE_ADVERBS})[\s\u00a0]+)?(?:${PATH_PARTICIPLES})\b[^.;!?,]{0,40}$`,
  'i',
);
const BEAT_FORECAST_RE = new RegExp(
  String.raw`\b(?:beat|beats|beating|topped|tops|missed|misses|exceeded|exceeds|surpassed|outpaced|defied|above|below|than|ahead[\s\u00a0]+of|short[\s\u00a0]+of|in[\s\u00a0]+line[\s\u00a0]+with)[\s\u00a0]+(?:the[\s\u00a0]+)?(?:market[\s\u00a0]+|economists'?[\s\u00a0]+|analysts'?[\s\u00a0]+)?(?:${FORECAST_NOUNS})\b[^.;!?,]{0,50}$`,
  'i',
);
const FORECAST_NOUN_OF_RE = new RegExp(
  String.raw`\b(?:${FORECAST_NOUNS})[\s\u00a0]+(?:of|for|at)[\s\u00a0]+(?:about[\s\u00a0]+|around[\s\u00a0]+|roughly[\s\u00a0]+)?[$€£¥]?$`,
  'i',
);
/**
 * ", and the yuan firmed to ": a coordinated clause with a subject of its own, running to the figure.
 * tenor-subject: ", and the 10-year closed at " as well.
 */
/** call-label: how much of the sentence's start holds the label ("  My prediction:"). */
const CALL_LABEL_REACH = 24;
/** at-level-opinion: how far into the sentence its fronted "At" figure may stand (a quote mark and "At about $"). */
const AT_LEVEL_LEAD_MAX = 16;
/** tight-day-and: " and for 2025 to ", " and on the week ": "and" opening another figure's period phrase. */
// tight-day-and-noun: "taking its gain for the week to 1.68% and its advance for 2024 to 25.1%": "and its advance for"
// opens the next figure's phrase as "and for" does.
const AND_PHRASE_AFTER_RE =
  /^[\s\u00a0]*,?[\s\u00a0]+and[\s\u00a0]+(?:(?:its|their|the)[\s\u00a0]+[a-z-]+[\s\u00a0]+)?(?:for|on|over|in|since|this)\b/i;
const AND_NEW_CLAUSE_RE =
  /^[^\d;:]*,[\s\u00a0]+and[\s\u00a0]+(?:the[\s\u00a0]+)?[A-Za-z0-9][\w'’&.-]*(?:[\s\u00a0]+[A-Za-z][\w'’&.-]*){1,4}[\s\u00a0]+(?:to|at|by)[\s\u00a0]+[$€£¥]?[\s\u00a0]*$/;
/**
 * The words before a figure, up to `from`, with runs of spaces read as one: a page's source indent
 * ("sees the benchmark⏎      10-year yield ending the year at") must not push a cue out of a pattern's reach.
 * Where spaces were squeezed, the window is widened by as many characters.
 */
// having-clause: "down 3.5 bps at 2.546%, having risen to a high on Wednesday of 2.632%": the participle's
// clause has its own day.
// which-is-why: "stands at 4.6%, the highest since 2021, which is why markets price more cuts in 2026": the year is
// the clause's, not the figure's.
// and-subject-clause: "fell by 92,000, and December was revised to a loss of 17,000": a clause with a subject of its own
// (a capitalised name and "was").
const CLAUSE_AFTER_RE =
  /,[\s\u00a0]+(?:and(?=[\s\u00a0]+[A-Z][\w'’]*(?:[\s\u00a0]+[\w'’]+)?[\s\u00a0]+(?:was|were|has[\s\u00a0]+been|had[\s\u00a0]+been)\b)|which[\s\u00a0]+(?:is|was)[\s\u00a0]+why|which[\s\u00a0]+(?:means|meant|explains|explained)|as(?![\s\u00a0]+of\b)|after|while|when|with|because|though|although|even[\s\u00a0]+as|giving[\s\u00a0]+back|handing[\s\u00a0]+back|reversing|erasing|paring|recouping|having|bringing|taking[\s\u00a0]+(?:its|their)|lifting[\s\u00a0]+(?:its|their))\b|(?<!\b(?:recently|late|early|ago|back|long|far|much|high|low|soon|well|such|same))[\s\u00a0]as[\s\u00a0]+(?:[A-Z][\w'’]*|the|a|an|investors|traders|markets)\b/;
// topping-clause: "to 6,445.76, topping the closing high it set on July 28": the date is the old high's.
// close-to-clause: "weakened to 158.50 per dollar, close to the zone where Tokyo intervened in 2024": the year is the zone's.
const COMPARED_LEVEL_CLAUSE_RE =
  /,[\s\u00a0]+(?:just[\s\u00a0]+|still[\s\u00a0]+|well[\s\u00a0]+|only[\s\u00a0]+)?(?:shy|short|below|above|under|off|topping|surpassing|eclipsing|exceeding|beating|passing|clearing|bettering|close[\s\u00a0]+to|near|not[\s\u00a0]+far[\s\u00a0]+from)[\s\u00a0]+(?:of[\s\u00a0]+)?(?:its|their|the)\b/i;
const MARKET_VIEW_CLAUSE_RE =
  /,[\s\u00a0]+(?:and|but|while|with)[\s\u00a0]+(?:the[\s\u00a0]+)?(?:swaps|futures|markets?|traders|investors|analysts|economists|money[\s\u00a0]+markets|pricing|odds)\b/i;
// own-move-clause: "has shed 24.4%, and its loss for 2026 has widened to 30.1%": the next clause names its own
// move, and the period in it is that move's.
// the-move-clause: "it has risen 33.9%, and the year-to-date gain is 119.9%": so does "the" and a move noun.
const OWN_MOVE_CLAUSE_RE =
  /,[\s\u00a0]+and[\s\u00a0]+(?:its|their|the)[\s\u00a0]+(?:[a-z-]+[\s\u00a0]+)?(?:loss|losses|gain|gains|drop|decline|fall|rise|advance|slide|rally|move)\b/i;
/** move-to-dated-level: the level's own figure, then the day ("3.59% on Thursday", "$1.2772 on Friday"). */
const DATED_LEVEL_GAP_RE =
  /^[$€£¥]?\d[\d,]*(?:\.\d+)?(?:%|[\s\u00a0]+(?:yen|won|yuan|points))?[\s\u00a0]+(?:on[\s\u00a0]+)?$/i;
/** from-day-after-level: nothing but "from" between a level and the day after it. */
const FROM_DAY_GAP_RE =
  /^[\s\u00a0]*(?:yen|won|yuan|euros?|dollars?|points|per[\s\u00a0]+dollar)?[\s\u00a0]+from[\s\u00a0]+(?:on[\s\u00a0]+)?$/i;
// pronoun-clause: "gained $30.75, and it has come a long way since the last fix of 2023": a clause with its own verb
// dates its own words, not the figure before its comma.
const PRONOUN_CLAUSE_RE =
  /,[\s\u00a0]+(?:and|but)[\s\u00a0]+(?:it|they)[\s\u00a0]+(?:has|have|had|is|are|was|were|remains|remain|sits|stands)\b/i;
// by-clause: "slipped 0.6%, held back by the selloff in chipmakers on Tuesday": a cause's clause that runs to the
// end has its own days; "rose 3%, driven by cars, in March" closes it with a comma, and March is the figure's.
const BY_CLAUSE_RE =
  /,[\s\u00a0]+(?:held|weighed|dragged|pulled|driven|led|helped|boosted|lifted|hit|hurt|supported|pressured)(?:[\s\u00a0]+(?:back|down|up|lower|higher))?[\s\u00a0]+by\b[^,;]*$/i;
// missing-figure-clause: "climbed to 4.6%, and no October rate was ever compiled": the clause names a figure
// that does not exist; its month dates nothing.
const MISSING_FIGURE_CLAUSE_RE = /,[\s\u00a0]+(?:and|but|while|with)[\s\u00a0]+no[\s\u00a0]/i;
// building-on-clause: "the Nasdaq jumped 8.36%, building on big gains in April": the clause past the comma
// speaks of another stretch; its month dates nothing of the figure.
const BUILDING_ON_CLAUSE_RE =
  /,[\s\u00a0]+(?:building[\s\u00a0]+on|adding[\s\u00a0]+to|on[\s\u00a0]+top[\s\u00a0]+of|extending)\b/i;
/** "its historic highs from ": the words before a record's day (record-day-before). */
const RECORD_DAY_BEFORE_RE =
  /\b(?:its|their)[\s\u00a0]+(?:(?:previous|prior|old|former|last)[\s\u00a0]+)?(?:(?:record|all-time|historic)[\s\u00a0]+)?(?:records?|highs?|peaks?)[\s\u00a0]+(?:from|set[\s\u00a0]+on)[\s\u00a0]+$/i;
/** How near after a record's day its own level may stand: "its record from Oct. 9 of 24,771". */
const RECORD_LEVEL_GAP = 12;

/** Whether phrase `f` is a record's day (record-day-before) that does not date a figure at `at` just after it. */
function isRecordDayOf(text: string, f: { start: number; end: number }, at: number): boolean {
  if (f.end <= at && at - f.end <= RECORD_LEVEL_GAP) return false;
  return RECORD_DAY_BEFORE_RE.test(text.slice(Math.max(0, f.start - 60), f.start));
}
const INITIALS_RE = /\b([A-Z])\.([A-Z])\./g;
const DECIMAL_POINT_RE = /(\d)\.(\d)/g;
/** forecast-through-thousands: "had looked for 50,000 jobs and a 4.5% jobless rate": a thousands comma is no clause break. */
const THOUSANDS_COMMA_RE = /(\d),(\d{3})/g;
/**
 * from-end-phrase: "The dollar climbed from 156.90 yen late Thursday to 158.07 yen": a period between
 * "from X" and "to Y" dates X, the move's start, not Y.
 */
const TO_ONLY_RE = /^[\s\u00a0]*to[\s\u00a0]+(?:about[\s\u00a0]+|around[\s\u00a0]+)?[$€£¥]?$/i;
/** The figure before, read back from its end, opened by "from": "from 156.90 yen", "from $1.17". */
const FROM_FIGURE_RE = /\bfrom[\s\u00a0]+[$€£¥]?[\d.,]+(?:[\s\u00a0]*[a-z%]+)?$/i;
function fromEndPhrase(text: string, f: { start: number; end: number }, prevEnd: number, figure: number): boolean {
  return (
    f.start >= prevEnd &&
    f.end <= figure &&
    TO_ONLY_RE.test(text.slice(f.end, figure)) &&
    FROM_FIGURE_RE.test(text.slice(Math.max(0, prevEnd - 40), prevEnd))
  );
}

const ENDED_AT_RE = /^[\s\u00a0]*,[\s\u00a0]*at[\s\u00a0]+$/i;
const AT_RE = /^[\s\u00a0]+at[\s\u00a0]+$/i;
const COMMA_AT_RE = /^,[\s\u00a0]*at[\s\u00a0]+[$€£¥]?$/i;
/** A start level and what may follow it before a period phrase: "$61.35 ", "$61.35 a barrel ". */
const START_LEVEL_THEN_RE = /^[$€£¥]?[\d.,]+%?(?:[\s\u00a0]+(?:a|per)[\s\u00a0]+[a-z]+)?[\s\u00a0]+$/i;
// when-name-reached: "topped out on April 7, when Brent reached $138.21": a name or a level verb does as well.
const WHEN_IT_STOOD_RE =
  /(?:^|,)[\s\u00a0]*when[\s\u00a0]+(?:it|they|the[\s\u00a0]+\w+|[A-Z][\w&'’]*(?:[\s\u00a0]+[A-Z0-9][\w&]*)?)[\s\u00a0]+(?:fetched|stood|traded|was|were|closed|ended|finished|sat|reached|hit|touched|peaked)(?:[\s\u00a0]+at)?[\s\u00a0]*$/;
/** How near before a figure a period phrase binds to it: "finished Monday around $82,700". */
const TIGHT_BEFORE_CHARS = 12;

/**
 * moving-clause: "the single currency eased 0.2% after German factory orders for June dropped 1.5%":
 * a conjunction whose clause has its own move verb starts another clause, comma or not; a period
 * phrase inside it dates that clause's move. The offset of the conjunction in `tail`, or -1.
 */
// and-clause: ", and the metal has more than doubled in 2025": a new clause with its own move.
const CONJUNCTION_RE = /[\s\u00a0](?:after|as|while|when|because)[\s\u00a0]|,[\s\u00a0]+(?:and|but)[\s\u00a0]/gi;
/** doubled-clause: "reached $69.74, and the metal has more than doubled in 2025": a move by a multiple. */
const MULTIPLE_MOVES: ReadonlySet<string> = new Set(['doubled', 'tripled', 'trebled', 'quadrupled', 'halved']);
/**
 * report-clause: "stands at 4.00%-4.25% ahead of the meeting, and the latest price figures, for August,
 * showed ...": a clause whose verb reports a release has its own period.
 */
const REPORT_VERBS: ReadonlySet<string> = new Set(['showed', 'shows', 'revealed', 'printed', 'came']);

function movingClauseAt(tail: string): number {
  CONJUNCTION_RE.lastIndex = 0;
  const m = CONJUNCTION_RE.exec(tail);
  if (!m) return -1;
  for (const w of tail
    .slice(m.index + m[0].length)
    .toLowerCase()
    .split(/[^a-z-]+/))
    if (isPastMoveVerb(w) || MULTIPLE_MOVES.has(w) || REPORT_VERBS.has(w)) return m.index;
  return -1;
}

function squeezed(text: string, from: number, to: number): string {
  const raw = text.slice(from, to);
  if (!raw.includes('  ')) return raw;
  const extra = raw.length - raw.replace(/[\s\u00a0]{2,}/g, ' ').length;
  return text.slice(Math.max(0, from - extra), to).replace(/[\s\u00a0]{2,}/g, ' ');
}

/**
 * genre-label: "USD/JPY Forecast: Yen snaps back to 156.71", "Gold Price Forecast: XAU/USD slips to $2,310": an FX
 * or markets site's standing label for its daily piece opens the headline; the words after the colon say whether
 * a figure is a forecast.
 */
const GENRE_LABEL_RE =
  /^[\s\u00a0]*(?:[A-Z]{3}\/[A-Z]{3}|[A-Z][\w&.'’/-]*(?:[\s\u00a0]+[A-Z0-9][\w&.'’/-]*){0,3})[\s\u00a0]+(?:Price[\s\u00a0]+)?(?:Forecast|Outlook|Prediction)s?[\s\u00a0]*:[\s\u00a0]*/;

/** A forecast cue before the figure, unless what is kept is today's rate or the figure is the outcome. */
/**
 * reading-held: "Forecasters had expected headline inflation to hold at 2.9%": a release's reading expected to hold is
 * the next print's forecast, not a level kept today (as a rate expected "to hold at 0.5%" is).
 */
// expected-it-to-hold: "The unemployment rate rose to 4.1%. Our panel had expected it to hold at 4.0%": an expectation
// of the reading, told of after it came out.
const READING_HELD_RE =
  /\b(?:inflation|CPI|prices|jobless[\s\u00a0]+rate|unemployment(?:[\s\u00a0]+rate)?|growth|PCE)[\s\u00a0]+to[\s\u00a0]+(?:hold|stay|remain)\b|\bhad[\s\u00a0]+(?:expected|forecast|predicted|pencil(?:l)?ed[\s\u00a0]+in)[\s\u00a0]+it[\s\u00a0]+to[\s\u00a0]+(?:hold|stay|remain)\b/i;

function forecastBefore(raw: string): boolean {
  if (raw.includes(':')) raw = raw.replace(GENRE_LABEL_RE, '');
  // forecast-through-figure: "Our base case is a 3.1% print and a quarter-point cut": a figure's
  // decimal point inside the forecast is no sentence end.
  // forecast-through-initials: "Economists expect U.S. employers to have added": "U.S." is no sentence end either.
  const dotted = raw.includes('.') ? raw.replace(DECIMAL_POINT_RE, '$1$2').replace(INITIALS_RE, '$1$2') : raw;
  const lead = dotted.includes(',') ? dotted.replace(THOUSANDS_COMMA_RE, '$1$2') : dotted;
  return (
    FORECAST_BEFORE_RE.test(lead) &&
    // "expected to keep its policy rate at 0.5%": what is kept is the rate today; not so a projection's
    // ("the Fed's median path keeps rates at 3.9% this year").
    (!KEEP_RE.test(lead) || PROJECTION_NOUN_RE.test(lead) || READING_HELD_RE.test(lead)) &&
    // "payrolls beat forecasts as the jobless rate dips to 4.3%": the figure is the outcome; "short of the
    // analysts' consensus of 51.9" (forecast-noun-of) is the forecast itself.
    (!BEAT_FORECAST_RE.test(lead) || FORECAST_NOUN_OF_RE.test(lead)) &&
    !colonEvidence(lead)
  );
}

/** A year that opens a sentence: "For 2026, ...", "By the end of 2027, ...". */
const YEAR_LEAD_RE =
  /^[\s\u00a0]*(?:for|in|by|through)[\s\u00a0]+(?:the[\s\u00a0]+end[\s\u00a0]+of[\s\u00a0]+|end-)?(20\d\d)\b[\s\u00a0]*,/i;
const CHANGE_HEADER_RE = /\b(?:change|chg|net|move)\b[^·]{0,40}·/i;
/** "... by the middle of next year", "in the coming months": a time after the article. */
// by-midyear: "has gold back at $4,500 by midyear": a time to come.
const LATER_AFTER_RE =
  /^[^.;:!?]{0,30}?\b(?:by|in|for|through|until|at|over)[\s\u00a0]+(?:the[\s\u00a0]+(?:end|middle|start|first[\s\u00a0]+half|second[\s\u00a0]+half)[\s\u00a0]+of[\s\u00a0]+)?(?:next[\s\u00a0]+(?:year|quarter|month)|the[\s\u00a0]+coming[\s\u00a0]+(?:months|quarters|year)|mid-?year)\b/i;
/** by-month-end-ahead: "put the Hang Seng at 28,500 by the end of June", written in January: a level to come. */
const BY_MONTH_END_RE = new RegExp(
  String.raw`^[^.;:!?,]{0,40}?\bby[\s\u00a0]+(?:the[\s\u00a0]+end[\s\u00a0]+of[\s\u00a0]+)?${MONTH_WORD}(?![\s\u00a0]*\d)`,
  'i',
);

function byMonthEndAhead(after: string, published: string): boolean {
  const m = BY_MONTH_END_RE.exec(after);
  if (!m) return false;
  return monthIndex(m[1]!) + 1 > Number(published.slice(5, 7));
}

/** by-year-end: "a path that takes the policy rate to 3.6% by year-end": a level to come. */
/** by-season: "4,500 by spring is realistic": a season to come, which no figure of the article's date reaches. */
const BY_SEASON_RE =
  /^[^.;:!?]{0,30}?\bby[\s\u00a0]+(?:next[\s\u00a0]+|the[\s\u00a0]+|this[\s\u00a0]+)?(?:spring|summer|autumn|fall|winter)\b/i;
const BY_YEAR_END_RE =
  /^[^.;:!?]{0,40}?\bby[\s\u00a0]+(?:the[\s\u00a0]+)?(?:year[\s\u00a0-]+end|end[\s\u00a0]+of[\s\u00a0]+(?:the|this)[\s\u00a0]+year)\b/i;
/** "... until at least September", "until the end of the year", "until next spring": a time to come. */
const UNTIL_LATER_RE =
  /^[^.;:!?]{0,30}?\buntil[\s\u00a0]+(?:at[\s\u00a0]+least|the[\s\u00a0]+end[\s\u00a0]+of|next)\b/i;
/**
 * kept-through-year: "our call is that Frankfurt will keep the deposit rate at 2.00% through 2026 and
 * 2027": kept through the end of this year or a later one is a time to come.
 */
const THROUGH_YEAR_RE =
  /^[^.;:!?]{0,30}?\bthrough[\s\u00a0]+(?:both[\s\u00a0]+)?(?:(?:the[\s\u00a0]+)?end[\s\u00a0]+of[\s\u00a0]+)?(20\d\d)\b/i;
const YEAR_AFTER_RE =
  /^[^.;:!?]{0,30}?\b(?:by|in|for|through|until|at)[\s\u00a0]+(?:the[\s\u00a0]+(?:end|middle|start|beginning|first[\s\u00a0]+half|second[\s\u00a0]+half)[\s\u00a0]+of[\s\u00a0]+|end-|late[\s\u00a0-]|early[\s\u00a0-]|mid-)?(20\d\d)\b/i;

const ANNUAL_PACE_RE =
  /\bat[\s\u00a0]+an?[\s\u00a0]+(?:seasonally[\s\u00a0-]+adjusted[\s\u00a0]+)?annual(?:i[sz]ed)?[\s\u00a0]+(?:rate|pace)[\s\u00a0]+of[\s\u00a0]*$/i;
const GIVE_BACK_RE = /\bg[ai]v(?:e|es|en|ing)[\s\u00a0]+$/i;
const PULL_BACK_RE = /\bpull(?:ed|s|ing)?[\s\u00a0]+$/i;
const BY_FILLERS_RE =
  /\bby(?:[\s\u00a0]+(?:a|an|the|full|further|another|total|of))*[\s\u00a0]*$|\bat[\s\u00a0]+an?[\s\u00a0]+(?:seasonally[\s\u00a0-]+adjusted[\s\u00a0]+)?annual(?:i[sz]ed)?[\s\u00a0]+(?:rate|pace)[\s\u00a0]+of[\s\u00a0]*$/i;

/** Which way a move's noun goes: "a 2% drop", "its retreat", "losses" are falls; "a rally", "gains" rises. */
const DOWN_NOUN_RE =
  /drop|decline|slide|slump|plunge|loss|decrease|contraction|drawdown|correction|depreciation|cut|reduction|easing|fall|retreat/;
function nounDirection(noun: string): Direction {
  return DOWN_SET.has(noun) || DOWN_NOUN_RE.test(noun) ? 'down' : 'up';
}

/** "its retreat from the May 19 close of 4.67% to ": a move's noun, where it started, and "to" before its size. */
// span-gain-to: "bringing its gain for 2026 to 77.7%": the move's noun and its span before "to" and its size.
const MOVE_FROM_TO_RE =
  /\b(?:its|the|their)[\s\u00a0]+(?:[a-z-]+[\s\u00a0]+)?(retreat|decline|drop|fall|slide|losses|loss|rise|gain|gains|climb|advance|rally|rebound)[\s\u00a0]+(?:from|for|since|so[\s\u00a0]+far|this|over)[\s\u00a0]+(?:[^.;!?]|\.\d){1,60}?[\s\u00a0]+to[\s\u00a0]+(?:about[\s\u00a0]+|around[\s\u00a0]+|roughly[\s\u00a0]+|nearly[\s\u00a0]+|some[\s\u00a0]+)?$/i;

/** "dips to ", "a break below ", "a daily close above $": a move named as a noun, up to its level. */
const MOVE_NOUN_TO_RE =
  /\b(?:dips|drops|declines|pullbacks|pull-backs|rallies|moves|breaks|spikes|surges|slides|(?:an?|any|the)[\s\u00a0]+(?:(?:daily|weekly|decisive|sustained|further)[\s\u00a0]+)?(?:dip|drop|fall|decline|pullback|pull-back|rally|move|break|push|spike|surge|climb|slide|retreat|close))[\s\u00a0]+(?:back[\s\u00a0]+)?(?:to|below|above|toward|towards|under|over|past|through|beyond|near)[\s\u00a0]+(?:the[\s\u00a0]+)?[$€£¥]?$/i;
/** "a 22% chance of a cut at the March meeting, up from ": the same odds, earlier. */
const ODDS_FROM_RE =
  /\b(?:chance|odds|probability|likelihood)\b(?:[^.;!?]|\.\d){0,100}?\b(?:up|down|rising|falling|higher|lower)[\s\u00a0]+from[\s\u00a0]+(?:about[\s\u00a0]+|around[\s\u00a0]+)?$/i;
/** "... I'd expect", "... we would expect", "... I think": a speaker's view right after the figure, in its clause. */
/**
 * expect-across-whose: "Money markets expect the Bank of Canada, whose overnight rate stands at 4.25%, to deliver a
 * half-point cut": the expectation reaches past the clause about the bank to the move it expects.
 */
const EXPECT_ACROSS_WHOSE_RE =
  /\b(?:expects?|expected|expecting|sees?|bets?|betting|pric(?:e|es|ed|ing)[\s\u00a0]+in)\b(?:[^.;!?]|\.\d){0,60},[\s\u00a0]*(?:whose|which|who)\b(?:[^.;!?]|\.\d){0,80},[\s\u00a0]*to[\s\u00a0]+[a-z]+\b[^.;!?,\d]{0,25}$/i;
const FIRST_PERSON_VIEW_AFTER_RE =
  /^(?:(?!\b(?:and|but|while|as|so|because|though|although)\b)[^.;:!?,]){0,30}?\b(?:I|we)(?:['’]d|[\s\u00a0]+would|[\s\u00a0]+(?:still[\s\u00a0]+)?)?[\s\u00a0]*(?:expect|see|think|reckon|guess|suspect)\b/;
/** A modal soon after the figure, in its clause: "... could trigger renewed buying". */
const MODAL_AFTER_RE = /^[^.;:!?,]{0,30}?\b(?:could|would|might|may|should|will|can)\b/;

/** Words that open a phrase of its own between a verb and a figure (after-phrase). */
const PHRASE_OPENERS: ReadonlySet<string> = new Set(['after', 'following', 'despite', 'amid']);
const CAUSATIVE_PARTICIPLES: ReadonlySet<string> = new Set(['weighing', 'sending', 'pushing', 'driving']);

/** What stands between "off" and a level it is away from: "off the ", "off its ", "off May's ". */
const OFF_THE_LEVEL_RE =
  /^[\s\u00a0]+(?:the|its|their|this|that|last|[A-Z][a-z]+['’]s)[\s\u00a0]+(?:[a-z-]+[\s\u00a0]+)?[$€£¥]?$/;

function directionBefore(text: string, words = 5): Direction | null {
  // by-a-full: "lowered the policy rate by a full 100 basis points": "by" and the small words after it
  // do not use up the reach; nor does "at an annualized rate of" ("shrank at an annualized rate of 1.8%").
  const by = BY_FILLERS_RE.exec(text);
  let i = by ? by.index : text.length;
  for (let seen = 0; seen < words && i > 0; ) {
    while (i > 0 && !isWordCode(text.charCodeAt(i - 1))) i--;
    const end = i;
    while (i > 0 && isWordCode(text.charCodeAt(i - 1))) i--;
    // A word starts at the run's first letter ("-led" is "led").
    let start = i;
    while (start < end && !isLetterCode(text.charCodeAt(start))) start++;
    if (start === end) continue;
    const w = text.slice(start, end).toLowerCase();
    seen++;
    // after-phrase: "Wall Street slides after 143,000 January jobs gain": the verb before "after" moves the
    // main clause's subject, not a figure inside the phrase "after" opens.
    if (PHRASE_OPENERS.has(w)) return null;
    // causative-participle: "Note prices pushed higher, weighing yields to 4.02%": the clause the participle opens
    // moves its object; a direction word before it is another subject's.
    if (CAUSATIVE_PARTICIPLES.has(w)) return null;
    // off-the-level: "a touch below June's 3.5% and well off the 4.2% reached in May": away from a level, no move.
    if (w === 'off' && OFF_THE_LEVEL_RE.test(text.slice(end))) return null;
    if (DOWN_SET.has(w)) return 'down';
    if (w === 'back') {
      const verb = text.slice(Math.max(0, start - 12), start);
      // gives-back: "Silver Gives Back 1%": a rise handed back is a fall.
      if (GIVE_BACK_RE.test(verb)) return 'down';
      // pulled-back: "Brent pulled back $1.20", right before the figure ("pulling back from the 24,120.50" is a level).
      if (seen === 1 && PULL_BACK_RE.test(verb)) return 'down';
    }
    if (UP_SET.has(w)) {
      // Source indents may stand between the verb and its particle: "gave         up 1.3%".
      let gap = start;
      while (gap > 0 && isSpaceCode(text.charCodeAt(gap - 1))) gap--;
      return reversesParticle(wordBefore(text, gap)?.word ?? '', w) ? 'down' : 'up';
    }
  }
  return null;
}

/** Which way a single word says something moved ("raised": up, "cut": down), or null. */
export function wordDirection(word: string): Direction | null {
  const w = word.toLowerCase();
  return DOWN_SET.has(w) ? 'down' : UP_SET.has(w) ? 'up' : null;
}

export interface ContextInput {
  text: string;
  sentenceStart: number;
  sentenceEnd: number;
  expr: NumericExpression;
  prevEnd: number;
  nextStart: number;
  published: string;
  /** The sentence's period phrases, when the caller found them once for all its numbers. */
  phrases?: ReturnType<typeof periodPhrases>;
  /** The cue bits of the sentence's words (Lexeme.cues), when the caller has them: lets patterns whose words are absent be skipped. */
  cues?: number;
}

export function readContext({
  text,
  sentenceStart,
  sentenceEnd,
  expr,
  prevEnd,
  nextStart,
  published,
  phrases: sentencePhrases,
  cues = -1,
}: ContextInput): ClaimContext {
  // The clause around the number, capped: every test below looks at the nearest words only,
  // and end-anchored patterns cost time in proportion to the text they are given.
  const before = text.slice(Math.max(sentenceStart, prevEnd, expr.start - 120), expr.start);
  const after = text.slice(expr.end, Math.min(sentenceEnd, nextStart, expr.end + 120));

  let direction: Direction | null = null;
  let kind: ClaimKind = 'level';
  // span-gain-to: the move's span must be read, or the figure is no move of any known span.
  let spanMove = false;
  const moveNoun =
    MOVE_NOUN_AFTER_RE.exec(after) ?? EASING_OF_AFTER_RE.exec(after) ?? namedMoveNoun(after) ?? figureFirstNoun(after);
  // End-anchored tests see only the last words before the number: a regex tries every start.
  const near = before.slice(-48);
  const levelAfterMove = endsWithLevelWord(near);
  const byBefore = BY_BEFORE_RE.test(near);
  if (moveNoun) {
    const noun = moveNoun[1]!.toLowerCase();
    direction = nounDirection(noun);
    if (noun === 'move' || noun === 'swing') direction = null;
    kind = 'change';
  } else {
    direction = directionBefore(before.slice(-60));
    // causative-move: "the run of highs has lifted the benchmark S&P 500 17.2%": the verb stands before its object.
    if (!direction && (expr.unit === 'percent' || expr.unit === 'points')) {
      const verb = CAUSATIVE_BEFORE_RE.exec(near)?.[1]?.toLowerCase();
      if (verb) direction = CAUSATIVE_DOWN.has(verb) ? 'down' : 'up';
    }
    // "The Fed cut rates for the second time this year, by 25 basis points": the verb stands further back.
    if (!direction && byBefore) direction = directionBefore(before.slice(-120), 12);
    // "closed 0.6% lower", "ended 2% higher": the direction follows the figure.
    // "settled $2.11, or 2.64%, higher at $82.03": the side may follow the restated percentage.
    const sideAfter =
      /^(?:[\s\u00a0]*,[\s\u00a0]*or[\s\u00a0]+[^,;]{1,14},)?[\s\u00a0]+(lower|higher|down|up|stronger|weaker|firmer|softer)\b/i
        .exec(text.slice(expr.end, Math.min(sentenceEnd, expr.end + 40)))?.[1]
        ?.toLowerCase();
    if (sideAfter && !direction) {
      direction = SIDE_DOWN.has(sideAfter) ? 'down' : 'up';
      kind = 'change';
    } else if (sideAfter && sideAfter !== 'down' && sideAfter !== 'up') {
      // side-after-wins: "gave up an early gain to close 0.27% lower": the side written right after the
      // figure is its own, whatever move an earlier clause names.
      direction = SIDE_DOWN.has(sideAfter) ? 'down' : 'up';
      kind = 'change';
    }
    // contracted-at: "Real GDP contracted at a 0.3% annualized rate", "Economy Shrinks at 0.3%": a contraction's rate,
    // told with "at", is a fall all the same.
    if (CONTRACTED_AT_RE.test(before.slice(-48))) {
      direction = 'down';
      kind = 'change';
    }
    // "17.3% above its April 8 close", "19% below its February high": a distance from a past level.
    // Also in points, and past a restatement: "449.58 points, or 4.5 per cent, above where it stood".
    // A sum of money too: "is now $6.03 below that peak", but not "roughly $30 below its late-May levels",
    // a rough gap to a vague past level.
    const fromLevel =
      expr.unit === 'percent' ||
      expr.unit === 'points' ||
      expr.unit === 'bp' ||
      expr.unit === 'pips' ||
      (!!expr.currency && !ROUGH_BEFORE_RE.test(before.slice(-12)))
        ? FROM_PAST_LEVEL_RE.exec(text.slice(expr.end, Math.min(sentenceEnd, expr.end + 80)))?.[1]
        : undefined;
    // The side of the past level is the figure's own sign, whatever verb stands earlier.
    if (fromLevel) {
      direction = fromLevel.toLowerCase() === 'above' ? 'up' : 'down';
      kind = 'change';
    }
    const thanPast =
      expr.unit === 'percent' || expr.unit === 'points' || expr.unit === 'bp' || expr.unit === 'pp'
        ? THAN_PAST_RE.exec(text.slice(expr.end, Math.min(sentenceEnd, expr.end + 60)))?.[1]?.toLowerCase()
        : undefined;
    if (thanPast) {
      direction = thanPast === 'less' || SIDE_DOWN.has(thanPast) ? 'down' : 'up';
      kind = 'change';
    }
    // move-from-to: "bringing its retreat from the May 19 close of 4.67% to 22 basis points": the move's
    // noun stands before the level it started from.
    // (Read past the level's own figure, where `before` stops.)
    const fromTo =
      (!direction || kind === 'level') && expr.unit !== 'number'
        ? MOVE_FROM_TO_RE.exec(text.slice(Math.max(sentenceStart, expr.start - 100), expr.start))
        : null;
    if (fromTo) {
      direction = nounDirection(fromTo[1]!.toLowerCase());
      kind = 'change';
      spanMove = !/\bfrom[\s\u00a0]/i.test(fromTo[0]);
    }
    // take-off: "taking a combined 75 basis points off the target range", "shaved 25 bp off": a cut.
    if (!direction && TAKE_OFF_BEFORE_RE.test(near) && OFF_AFTER_RE.test(after)) {
      direction = 'down';
      kind = 'change';
    }
    const verbAfterM = DIRECTION_AFTER_RE.exec(after);
    const verbAfter = verbAfterM?.[1]?.toLowerCase();
    // level-it-moved-to: "rebounded from the 2,310.40 it sank to in the August rout": the level the move reached.
    const movedTo = !!verbAfterM && MOVED_TO_AFTER_RE.test(after.slice(verbAfterM[0].length));
    if (verbAfter && !movedTo && (DOWN_SET.has(verbAfter) || UP_SET.has(verbAfter))) {
      direction = DOWN_SET.has(verbAfter) ? 'down' : 'up';
      kind = 'change';
    }
    if (direction && !levelAfterMove) kind = 'change';
    // "a loss of 17,000 jobs", "a gain of 0.4%": the move's own size.
    if (direction && cues & MOVE_OF_CUE && MOVE_OF_BEFORE_RE.test(near)) kind = 'change';
    if (byBefore) kind = 'change';
    // annual-pace: "shrank at an annualized rate of 1.8%" is a move of that size, not a level it ended at.
    if (direction && ANNUAL_PACE_RE.test(near)) kind = 'change';
  }
  if (expr.unit === 'bp' || expr.unit === 'pp' || expr.unit === 'pips') kind = 'change';
  if (expr.unit === 'points' && direction && !levelAfterMove) kind = 'change';
  // Shares and targets are percentages.
  if (expr.unit === 'percent') {
    if ((cues & SHARE_CUE && SHARE_BEFORE_RE.test(before.slice(-90))) || SHARE_RE.test(after)) kind = 'share';
    if (
      TARGET_RE.test(after) ||
      TARGETS_BEFORE_RE.test(before.slice(-80)) ||
      AIMS_FOR_AFTER_RE.test(after) ||
      bankNamedTarget(after, before)
    )
      kind = 'target';
  }
  // A signed figure under a "Change" header is a move: "Change · S&P 500 · −0.34".
  if (
    expr.explicitSign &&
    (expr.unit === 'currency' || expr.unit === 'number') &&
    CHANGE_HEADER_RE.test(before.slice(-100))
  ) {
    direction = expr.explicitSign < 0 ? 'down' : 'up';
    kind = 'change';
  }
  // signed-points: "VIX · 15.74 · +0.33" under a "Week" column, "Dow · 48,488.59 · −870.74" under
  // "Points": a sign written on a bare number marks a move, never a level.
  if (expr.explicitSign && expr.unit !== 'currency' && (expr.unit !== 'number' || /^[+\-−]/.test(expr.text))) {
    direction = expr.explicitSign < 0 ? 'down' : 'up';
    if (kind === 'level' && !levelAfterMove) kind = 'change';
  }

  // A year after the article's own is a forecast: "ends 2026 at 3.25%" written in 2025.
  // So is "a policy rate of about 1% by the end of 2026", "peaking at 1.25% in 2027".
  const year = published.slice(0, 4);
  // "For 2026, the Fed saw unemployment at 4.4% and core inflation at 2.5%": a later year that opens
  // the sentence makes all of its list a projection.
  const laterYear =
    (YEAR_LEAD_RE.exec(text.slice(sentenceStart, Math.min(sentenceEnd, sentenceStart + 40)))?.[1] ?? '0') > year ||
    (/\b(20\d\d)\b/.exec(before.slice(-40))?.[1] ?? '0') > year ||
    LATER_AFTER_RE.test(after) ||
    BY_YEAR_END_RE.test(after) ||
    BY_SEASON_RE.test(after) ||
    byMonthEndAhead(after, published) ||
    (namesYearAfter(after, year) && (YEAR_AFTER_RE.exec(after)?.[1] ?? '0') > year);
  // The sentence's last 160 characters before the figure, read by three of the rules below.
  const lead160 = text.slice(Math.max(sentenceStart, expr.start - 160), expr.start);
  const hypothetical =
    laterYear ||
    isFigureModifier(expr, after) ||
    (expr.start - sentenceStart < AT_LEVEL_LEAD_MAX &&
      isAtLevelOpinion(text.slice(sentenceStart, expr.start), after)) ||
    (cues & HYPOTHETICAL_CUE &&
      // hypothetical-through-initials: "100 pct U.S. tariffs on China would be avoided": "U.S." ends no clause.
      (HYPOTHETICAL_AFTER_RE.test(after.includes('.') ? after.replace(INITIALS_RE, '$1$2') : after) ||
        HYPOTHETICAL_BEFORE_RE.test(before.slice(-70)) ||
        // chance-at: "put the chance of a 10 basis point LPR cut at Monday's fixing at about 15%": the odds' words may
        // stand before another figure of the sentence, and a word of size before this one.
        CHANCE_LEAD_RE.test(lead160.replace(FIGURE_DIGITS_RE, '0')) ||
        // pair-end: "would take the rate from 0.25% to 0.75%": the second end reads the words before the first.
        (PAIR_END_RE.test(before) &&
          HYPOTHETICAL_BEFORE_RE.test(lead160.replace(FIGURE_DIGITS_RE, '0').slice(-90))))) ||
    (cues & FORECAST_CUE && forecastBefore(squeezed(text, Math.max(sentenceStart, expr.start - 60), expr.start))) ||
    // forecast-list: "officials now see PCE at 2.7%, with growth of 2.4% and unemployment at 4.4%".
    (cues & FORECAST_CUE &&
      inForecastList(text.slice(Math.max(sentenceStart, expr.start - 200), expr.start)) &&
      // "Traders still see the Fed holding its rate in a range of 4.25%–4.50%": what is held is today's.
      !KEEP_RE.test(before.slice(-70))) ||
    // kept-until-later: "we see the Fed on hold at 3.50%-3.75% until at least September": what is kept
    // is today's level, but kept into a time to come, which is the forecast.
    (cues & FORECAST_CUE &&
      (UNTIL_LATER_RE.test(after) || (THROUGH_YEAR_RE.exec(after)?.[1] ?? '0') >= year) &&
      FORECAST_BEFORE_RE.test(squeezed(text, Math.max(sentenceStart, expr.start - 60), expr.start))) ||
    (cues & FORECAST_CUE && FORECAST_WITH_RE.test(lead160)) ||
    // shown-to-be: "futures ... indicate the BOJ's overnight call rate to be at 0.6275%": a priced level, not one set.
    isShownToBe(before) ||
    // called-indication: "with the DAX called around 17,450": where a market may open, not where it traded.
    isCalledIndication(before, text.slice(Math.max(sentenceStart, expr.start - INDICATED_OPEN_REACH), expr.start)) ||
    // conversion-rate: "At an exchange rate of about 142 yen, that is roughly ¥160 trillion": a sum converted for scale.
    isConversionRate(before) ||
    // if-clause: "If the Dow slips under 39,000, 38,500 is the next stop": what would follow a condition.
    isIfClauseConsequence(text, sentenceStart, expr.start) ||
    // potential-move: "the Fed's potential to slash interest rates by 300 basis points": not made.
    (cues & HYPOTHETICAL_CUE && (isPotentialMove(before) || isPotentialLevel(before))) ||
    // odds-of-move: "the odds of the BoE trimming Bank Rate to 3.5%": a priced move, not one made.
    (cues & HYPOTHETICAL_CUE && isOddsOfMove(lead160)) ||
    // kept-for-the-year: "is projected to stay at 3.1% this year": a projection for the year.
    (cues & FORECAST_CUE &&
      keptForTheYear(after) &&
      FORECAST_BEFORE_RE.test(squeezed(text, Math.max(sentenceStart, expr.start - 60), expr.start))) ||
    // (Read past the figure, to the label's colon: the odds in the label are no claim either.)
    isScenarioLabelled(text.slice(sentenceStart, Math.min(sentenceEnd, expr.end + 3))) ||
    isCallLabelled(text.slice(sentenceStart, Math.min(expr.start, sentenceStart + CALL_LABEL_REACH))) ||
    // move-noun-modal: "dips to $2,800/oz could trigger renewed buying": a move named as a noun, then a modal.
    (MOVE_NOUN_TO_RE.test(before.slice(-40)) && MODAL_AFTER_RE.test(after)) ||
    // odds-from: "futures implied about a 22% chance of a quarter-point cut ..., up from 17% on Monday": the odds before.
    (cues & HYPOTHETICAL_CUE && ODDS_FROM_RE.test(text.slice(Math.max(sentenceStart, expr.start - 140), expr.start))) ||
    // first-person-view-after: "But around $85 for WTI I'd expect refiners to start pushing back": a speaker's view.
    FIRST_PERSON_VIEW_AFTER_RE.test(after) ||
    (cues & FORECAST_CUE && EXPECT_ACROSS_WHOSE_RE.test(lead160)) ||
    // will-from-to: "will reduce its tariffs on Japanese cars from 25% to 15%": 15% is announced for later.
    isWillFromTo(lead160) ||
    isWillMoveTo(lead160) ||
    // "she now expects one more cut this year, taking Bank Rate to 3.5 per cent".
    (cues & (FORECAST_CUE | HYPOTHETICAL_CUE) &&
      PARTICIPLE_TAIL_RE.test(before.slice(-50)) &&
      FORECAST_PARTICIPLE_RE.test(text.slice(Math.max(sentenceStart, expr.start - 130), expr.start)));

  const from = Math.max(sentenceStart, prevEnd);
  const to = Math.min(sentenceEnd, nextStart);
  const phrases = sentencePhrases
    ? sentencePhrases.filter((f) => f.start >= from && f.end <= to)
    : periodPhrases(text, from, to, published);
  // clause-after: "ended Thursday at 1.3919, up 0.1%, as markets priced a cut on Wednesday": a period
  // past a new clause after the figure dates that clause, not the figure.
  const tail = nextStart - expr.end > 12 ? text.slice(expr.end, nextStart) : '';
  const clause = tail ? CLAUSE_AFTER_RE.exec(tail) : null;
  const cut = clause ? clause.index : tail ? movingClauseAt(tail) : -1;
  // market-view-clause: "is 4.75% after the June cut, and swaps give even odds of a move on July 24": a
  // clause on what markets expect has its own dates.
  // compared-level-clause: "to 2,926.38, just shy of its July 11, 2024 closing record": past the comma the
  // date is the record's, not the level's.
  // nearest-clause: "jumped 729.05 points to a record close, topping the high it set on Wednesday, after GDP beat
  // forecasts": the first of these clauses ends the figure's reach, whichever kind it is.
  const view = tail
    ? (MARKET_VIEW_CLAUSE_RE.exec(tail) ??
      COMPARED_LEVEL_CLAUSE_RE.exec(tail) ??
      MISSING_FIGURE_CLAUSE_RE.exec(tail) ??
      BUILDING_ON_CLAUSE_RE.exec(tail) ??
      OWN_MOVE_CLAUSE_RE.exec(tail) ??
      PRONOUN_CLAUSE_RE.exec(tail) ??
      BY_CLAUSE_RE.exec(tail) ??
      RANKING_APPOSITIVE_RE.exec(tail))
    : null;
  let reach = Math.min(cut >= 0 ? expr.end + cut : nextStart, view ? expr.end + view.index : nextStart);
  // tight-day-before: "Bitcoin finished Monday around $82,700, essentially unchanged on the week": a
  // phrase just before the figure is its period; one past a comma after it dates the next clause.
  // tight-day-semicolon: "remains August's 2.9% annual rise; the September report is now due": a semicolon too.
  if (phrases.some((f) => f.end <= expr.start && f.end >= expr.start - TIGHT_BEFORE_CHARS && f.start >= prevEnd)) {
    const comma = text.indexOf(',', expr.end);
    if (comma >= 0 && comma < reach) reach = comma;
    const semicolon = text.indexOf(';', expr.end);
    if (semicolon >= 0 && semicolon < reach) reach = semicolon;
    // tight-day-and: "taking its rise for the week to 2.4% and for 2025 to 8.6%": a phrase past "and" is the next
    // figure's.
    const and = AND_PHRASE_AFTER_RE.exec(text.slice(expr.end, reach));
    if (and) reach = expr.end + and.index;
  }
  // record-day-before: "the DAX is retesting its historic highs from October 9/10, and the E-Stoxx50 (+1.2% at
  // 5,860)": a record's day dates the record, not a figure past it.
  let ownPhrases = phrases.filter((f) => !isRecordDayOf(text, f, expr.start));
  // colon-preamble: "Energy prices have swung hard this year: U.S. crude sank $4.58, or 5.7%, to $79.80 on Tuesday":
  // the year frames the sentence's lead; the clause after the colon dates itself further on.
  if (ownPhrases.some((f) => f.end <= expr.start && text.slice(f.end, expr.start).includes(':'))) {
    const all = sentencePhrases ?? periodPhrases(text, sentenceStart, sentenceEnd, published);
    const later = all.some(
      (f) => f.start >= expr.end && !f.barrier && !f.forward && !text.slice(expr.end, f.start).includes(':'),
    );
    if (later)
      ownPhrases = ownPhrases.filter((f) => !(f.end <= expr.start && text.slice(f.end, expr.start).includes(':')));
  }
  // and-new-clause: "close to the zone where Tokyo intervened in 2024, and the yuan firmed to 6.966": a phrase
  // before ", and" and a new subject dates the clause it ends, not the figure of the next.
  ownPhrases = ownPhrases.filter(
    (f) => !(f.end <= expr.start && AND_NEW_CLAUSE_RE.test(text.slice(f.end, expr.start))),
  );
  // semicolon-month: "keep their eyes on September; the 10-year ended at 4.47%": a month named before a semicolon
  // belongs to its own clause, not to a figure of the clause after it.
  ownPhrases = ownPhrases.filter(
    (f) =>
      !(
        f.end <= expr.start &&
        f.period.type === 'point' &&
        f.period.period.length === 7 &&
        text.slice(f.end, expr.start).includes(';')
      ),
  );
  // semicolon-after: "May consumer prices rose 2.4% from a year earlier; the June figures are due on Tuesday": with a
  // period of its own before it, a figure takes none from the clause past a semicolon.
  if (ownPhrases.some((f) => f.end <= expr.start && f.start >= prevEnd))
    ownPhrases = ownPhrases.filter((f) => !(f.start >= expr.end && text.slice(expr.end, f.start).includes(';')));
  // from-day-after-level: "climbed 0.96 yen to 158.77 from Tuesday": the day after "from" is where the move began, not
  // the day of the level it reached.
  if (kind === 'level' && prevEnd > sentenceStart)
    ownPhrases = ownPhrases.filter(
      (f) => !(f.start >= expr.end && FROM_DAY_GAP_RE.test(text.slice(expr.end, f.start))),
    );
  let period = periodFor(
    prevEnd > sentenceStart ? ownPhrases.filter((f) => !fromEndPhrase(text, f, prevEnd, expr.start)) : ownPhrases,
    expr.start,
    expr.end,
    prevEnd,
    reach,
    prevEnd > sentenceStart,
  );
  // list-shared-period: "up 7.5% and 7.6%, respectively, since the last session of 2025": a figure joined
  // to the next by a bare "and" or comma shares the period written after the list.
  // list-tail-over-lead: "Despite the gains on Friday, the S&P 500 was down 0.1% and the Nasdaq 1.8% for
  // the week": the list's own tail dates it, over a phrase of the clause before.
  const fromBefore = !!period && phrases.some((f) => f.period === period && f.end <= expr.start);
  if (
    (!period || fromBefore) &&
    nextStart < sentenceEnd &&
    (LIST_JOIN_RE.test(text.slice(expr.end, nextStart)) || NAMED_LIST_JOIN_RE.test(text.slice(expr.end, nextStart)))
  ) {
    const all = sentencePhrases ?? periodPhrases(text, sentenceStart, sentenceEnd, published);
    const after = all.find((f) => f.start >= nextStart && !f.barrier && !f.forward);
    // Not past a new clause: "slipped 12.33 points, or 0.05%, as softer April data weighed".
    const tail = after ? text.slice(nextStart, after.start) : '';
    // The phrase's own words count for the clause: "... and Nasdaq Gains 0.54% as September Cut Odds Jump".
    if (after && LIST_TAIL_TO_PHRASE_RE.test(tail) && !CLAUSE_AFTER_RE.test(text.slice(nextStart, after.end)))
      period = after.period;
  }
  // move-to-dated-level: "climbed 2 basis points to 3.59% on Thursday": the day right after the level the move ended at
  // is the move's day too.
  if (
    !period &&
    kind === 'change' &&
    nextStart < sentenceEnd &&
    /^[\s\u00a0]+to[\s\u00a0]+[$€£¥]?$/i.test(text.slice(expr.end, nextStart))
  ) {
    const all = sentencePhrases ?? periodPhrases(text, sentenceStart, sentenceEnd, published);
    const after = all.find((f) => f.start >= nextStart && !f.barrier && !f.forward);
    if (
      after &&
      DATED_LEVEL_GAP_RE.test(text.slice(nextStart, after.start)) &&
      after.period.type === 'span' &&
      isSessionSpan(after.period) &&
      // A day the words name ("Thursday", "Sept. 18"), not "on the day" (the sentence's day, not the level's).
      (isWeekdayLabel(after.period.label) || /\d/.test(after.period.label)) &&
      // A day before the article's: its session is over; on the article's own day the level may be a quote of the
      // session still running ("rose 0.81 percent to 2,739.13 on Friday" on a Friday morning in Tokyo).
      after.period.to < published
    )
      period = after.period;
  }
  // move-from-level-span: "Brent is up 93.5% from $61.35 over the same stretch": a span right after the level a
  // move starts from is the move's as well.
  // Only a move ("rose to 148.75 yen from 147.90 on Thursday" dates the start, not the level), and only a span
  // that runs to the article's day ("from $1,916.04 a day earlier" is the start's own day).
  if (
    !period &&
    kind === 'change' &&
    nextStart < sentenceEnd &&
    /^[\s\u00a0]+from[\s\u00a0]+$/i.test(text.slice(expr.end, nextStart))
  ) {
    const all = sentencePhrases ?? periodPhrases(text, sentenceStart, sentenceEnd, published);
    const after = all.find((f) => f.start >= nextStart && !f.barrier && !f.forward);
    if (
      after?.period.type === 'span' &&
      after.period.to === published &&
      !isSessionSpan(after.period) &&
      START_LEVEL_THEN_RE.test(text.slice(nextStart, after.start))
    )
      period = after.period;
  }
  // when-after-move: "has risen 80 basis points since Sept. 18, when it closed at 3.70%": the phrase that
  // dates the move before also names the day of the level in the "when" clause.
  // span-start-in-brackets: "29 basis points above where it started the year (4.18%)": the level at the
  // span's start, given in brackets right after the phrase.
  const bracketed = /\([\s\u00a0]*$/.test(before);
  // ended-year-at: "0.19 percent below where it ended 2024, at 39,894.54": the level is that year's last close.
  // since-it-ended-at: "has gained 62.5% since it ended 2025 at $57.26": so is a level right after the phrase.
  const endedAt =
    /,[\s\u00a0]*at[\s\u00a0]+$/i.test(before.slice(-8)) ||
    /\b(?:ended|closed|finished)[\s\u00a0]+(?:19|20)\d\d[\s\u00a0]+at[\s\u00a0]+$/i.test(before.slice(-30));
  if (!period && (bracketed || endedAt || WHEN_IT_STOOD_RE.test(before.slice(-40)))) {
    const dating = phrases.findLast(
      (f) =>
        f.end <= expr.start &&
        f.period.type === 'span' &&
        (WHEN_IT_STOOD_RE.test(text.slice(f.end, expr.start)) ||
          /^[\s\u00a0]*\([\s\u00a0]*$/.test(text.slice(f.end, expr.start)) ||
          ENDED_AT_RE.test(text.slice(f.end, expr.start)) ||
          AT_RE.test(text.slice(f.end, expr.start))),
    );
    // In brackets, only a span from a year's or a month's turn ("where it started the year (4.18%)"):
    // after "since Apr. 9 (1,484.1 won)" the bracket may be another market's close that day.
    if (dating?.period.type === 'span' && ((!bracketed && !endedAt) || TURN_LABEL_RE.test(dating.period.label)))
      period = bracketed || endedAt ? { ...dating.period, to: dating.period.from } : dating.period;
  }
  // when-it-stood: "has lost 2.5% against the yuan since the end of 2025, when it fetched 6.9931": the
  // level is the span's starting day's.
  // Not past an extreme: "since its low on April 7, when it stood at 30,793" is the day's low, not its close.
  // Not a session's own span: "first closed above 40,000 only on Tuesday, when it ended at 40,003.60" is
  // Tuesday's close (the span of "Tuesday" starts at Monday's); nor a span named by its end: "lost 7.4% in the five
  // sessions to Friday, when it ended at $79.77" is Friday's close.
  if (
    period?.type === 'span' &&
    period.from < period.to &&
    !isSessionSpan(period) &&
    !period.lastSession &&
    WHEN_IT_STOOD_RE.test(before.slice(-40)) &&
    !/\b(?:low|lows|high|highs|peak|trough|bottom|record)\b/i.test(before.slice(-80))
  )
    period = { type: 'span', from: period.from, to: period.from, label: period.label };
  // since-it-ended-at (level): "since it ended 2025 at C$1.3712" read as the figure's own span: the level is its start's.
  if (period?.type === 'span' && period.from < period.to) {
    const own = period;
    const lead = phrases.find((f) => f.period === own && f.end <= expr.start);
    // from-span-at: "Measured from the last auction of 2023, at $2,078.40, gold has gained 31.7%": the same.
    if (
      lead &&
      !own.lastSession &&
      (/^since\b/i.test(own.label)
        ? AT_RE.test(text.slice(lead.end, expr.start))
        : /^from\b/i.test(own.label) && COMMA_AT_RE.test(text.slice(lead.end, expr.start)))
    )
      period = { type: 'span', from: own.from, to: own.from, label: own.label, lastSession: true };
  }
  // year-end-ahead: "see core PCE ending 2026 at 3.1%" written in June 2026: a year's last session
  // still to come is a forecast.
  const yearEndAhead = period?.type === 'span' && period.lastSession === true && period.to > published;
  if (period?.type === 'window') {
    // "The 2025 sell-off saw the S&P 500 drop 12% in four days": look for the episode in that year.
    const year = /\b((?:19|20)\d\d)\b/.exec(text.slice(sentenceStart, sentenceEnd))?.[1];
    if (year && `${year}-01-01` <= published) {
      period = {
        ...period,
        within: { from: `${year}-01-01`, to: `${year}-12-31` < published ? `${year}-12-31` : published },
      };
    }
    kind = 'change';
  } else if (period?.type === 'span' && direction && !levelAfterMove) {
    kind = 'change';
  }

  if (spanMove && !period) {
    kind = 'level';
    direction = null;
  }
  const out: ClaimContext = { period, direction, kind, hypothetical: !!hypothetical || yearEndAhead };
  if (kind === 'change' && (byBefore || !!moveNoun)) out.moveSize = true;
  return out;
}
