package dev.koine.core.id;

import java.util.Optional;

/**
 * The contiguous blocks of ten-digit numbers, as published by the reference implementation {@code
 * uk-fci/nhs-number} ({@code nhs_number/constants.py}, the {@code RANGE_*} constants, with the
 * Scotland boundary corrected in its issue #59). Bounds are inclusive and given as numbers, so
 * {@code 100000000} is the ten-digit string {@code 0100000000}.
 *
 * <p>The numbers {@code 0000000000}–{@code 0000000009} lie below every range (the reference gives
 * them no region); {@link NhsNumberRegion#of(long)} reports them as {@link
 * NhsNumberRegion#UNALLOCATED}.
 */
public enum NhsNumberRange {
  /** 0000000010–0099999999: not in use. */
  UNALLOCATED_1(10L, 99_999_999L, NhsNumberRegion.UNALLOCATED),
  /** 0100000000–3112999999: Scotland CHI numbers ({@code DDMMYY} + serial + check digit). */
  SCOTLAND(100_000_000L, 3_112_999_999L, NhsNumberRegion.SCOTLAND_CHI),
  /** 3113000000–3199999999: not in use. */
  UNALLOCATED_2(3_113_000_000L, 3_199_999_999L, NhsNumberRegion.UNALLOCATED),
  /** 3200000000–3999999999: Northern Ireland Health and Care numbers. */
  NORTHERN_IRELAND(3_200_000_000L, 3_999_999_999L, NhsNumberRegion.NORTHERN_IRELAND),
  /** 4000000000–4999999999: England, Wales and the Isle of Man, first block. */
  ENGLAND_WALES_IOM_1(4_000_000_000L, 4_999_999_999L, NhsNumberRegion.ENGLAND_WALES_IOM),
  /** 5000000000–5999999999: reserved, not to be issued. */
  RESERVED(5_000_000_000L, 5_999_999_999L, NhsNumberRegion.NOT_ISSUED),
  /** 6000000000–7999999999: England, Wales and the Isle of Man, second block. */
  ENGLAND_WALES_IOM_2(6_000_000_000L, 7_999_999_999L, NhsNumberRegion.ENGLAND_WALES_IOM),
  /** 8000000000–8599999999: Republic of Ireland Individual Health Identifier (IHI). */
  EIRE(8_000_000_000L, 8_599_999_999L, NhsNumberRegion.REPUBLIC_OF_IRELAND),
  /** 8600000000–8999999999: not in use. */
  UNALLOCATED_3(8_600_000_000L, 8_999_999_999L, NhsNumberRegion.UNALLOCATED),
  /** 9000000000–9999999999: never issued; synthetic and test patients (PDS sandboxes). */
  SYNTHETIC(9_000_000_000L, 9_999_999_999L, NhsNumberRegion.SYNTHETIC);

  private final long first;
  private final long last;
  private final NhsNumberRegion region;

  NhsNumberRange(long first, long last, NhsNumberRegion region) {
    this.first = first;
    this.last = last;
    this.region = region;
  }

  /** The first number of the block (inclusive). */
  public long first() {
    return first;
  }

  /** The last number of the block (inclusive). */
  public long last() {
    return last;
  }

  /** The region the block belongs to. */
  public NhsNumberRegion region() {
    return region;
  }

  /** True if {@code number} lies in this block. */
  public boolean contains(long number) {
    return number >= first && number <= last;
  }

  /**
   * The block holding {@code number}; empty for {@code 0}–{@code 9} and for numbers outside {@code
   * 0}–{@code 9999999999}.
   */
  public static Optional<NhsNumberRange> of(long number) {
    for (NhsNumberRange range : values()) {
      if (range.contains(number)) {
        return Optional.of(range);
      }
    }
    return Optional.empty();
  }
}
