package dev.koine.core.id;

/**
 * What kind of organisation an ODS code probably names, guessed from its shape alone.
 *
 * <p><b>Heuristic.</b> The NHS Data Dictionary organisation and site coding frames overlap (a
 * five-character code may be a trust site, an independent-sector site, a pharmacy or a Welsh health
 * board site), and prefixes are reused over time. Only ODS reference data ({@link OdsDirectory})
 * can say what a code really is; use this for display, routing hints and tests, never for a
 * decision that matters.
 */
public enum OdsCodeKind {
  /** Three characters starting with {@code R} or {@code T}: an NHS trust or care trust. */
  NHS_TRUST,
  /** Five characters starting with {@code R} or {@code T}: a site of a trust ({@code RH802}). */
  NHS_TRUST_SITE,
  /**
   * One letter and five digits: a GP practice or other prescribing cost centre ({@code A81001}).
   */
  GP_PRACTICE,
  /**
   * A commissioner or region: {@code Q} and two characters (NHS England regions, integrated care
   * boards, e.g. {@code Q44}), two digits and a letter (sub-ICB locations, former CCGs, e.g. {@code
   * 00Q}), and NHS England's {@code X24} and {@code X26}.
   */
  COMMISSIONER,
  /** Any other plausible shape (independent-sector providers, local authorities, pharmacies...). */
  OTHER
}
