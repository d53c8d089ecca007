/** Superlatives that rank a figure against others (an alternation): "its highest close", "the worst week". */
export const RANKINGS = 'best|worst|biggest|largest|highest|lowest|strongest|weakest|sharpest|steepest';
