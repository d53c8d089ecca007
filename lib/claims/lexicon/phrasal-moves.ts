/**
 * Example: "the euro gave up 0.66%" fell, though "up" is the word beside the figure.
 *
 * Verbs that turn the particle after them into the opposite move: give up ground, lose out.
 */
const GIVE_UP = new Set(['give', 'gave', 'given', 'gives', 'giving']);

/** Whether `particle`, preceded by `verb`, is a phrasal verb of the opposite direction ("gave up" is down). */
export function reversesParticle(verb: string, particle: string): boolean {
  return particle === 'up' && GIVE_UP.has(verb);
}
