// The result shape shared by Cohen's kappa and Krippendorff's alpha: the coefficient with the
// observed and expected agreement behind it, or, when it is undefined, the reason why.

/** Why a coefficient has no value. */
export type UndefinedReason =
  /** Fewer than two annotators took part: there is nobody to agree with. */
  | 'tooFewAnnotators'
  /** No item was judged by two annotators (no tokens, or no pairable values). */
  | 'noItems'
  /**
   * Every judgement fell in one and the same category (typically: nobody marked the label at
   * all), so expected agreement is 1 and the coefficient is 0/0. Raw agreement is then perfect,
   * but it demonstrates nothing about reliability, so we report no value rather than 1.
   */
  | 'noVariation';

export interface Coefficient {
  /** κ or α; null when undefined (see `reason`). */
  value: number | null;
  reason: UndefinedReason | null;
  /** Proportion of agreeing judgements (p_o, or 1 − D_o for alpha); null without items. */
  observed: number | null;
  /** Agreement expected by chance (p_e, or 1 − D_e for alpha); null without items. */
  expected: number | null;
  /** Items compared: tokens for kappa, pairable values for alpha. */
  items: number;
}

/** A coefficient that cannot be computed, for `reason`. */
export function undefinedCoefficient(reason: UndefinedReason, items = 0, observed: number | null = null, expected: number | null = null): Coefficient {
  return { value: null, reason, observed, expected, items };
}
