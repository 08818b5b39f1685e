package dev.koine.core.id;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Who issued a ten-digit number, by range (NHS-STANDARDS.md §2.1; {@code uk-fci/nhs-number} {@code
 * constants.py}, whose {@code REGIONS} keys are given by {@link #referenceName()}).
 *
 * <p>The region is decided by the number alone. A number in the Scotland range whose {@code DDMMYY}
 * part is not a real date is still in {@link #SCOTLAND_CHI}; {@link NhsNumber#check(String)}
 * reports it as {@link NhsNumberCheck#CHI_DATE_IMPOSSIBLE}, so no {@link NhsNumber} holds one.
 */
public enum NhsNumberRegion {
  /** Scotland: Community Health Index numbers 0100000000–3112999999 ({@code DDMMYY} + 4). */
  SCOTLAND_CHI("SCOTLAND"),
  /** Northern Ireland Health and Care numbers 3200000000–3999999999. */
  NORTHERN_IRELAND("NORTHERN_IRELAND"),
  /** England, Wales and the Isle of Man: 4000000000–4999999999 and 6000000000–7999999999. */
  ENGLAND_WALES_IOM("ENGLAND_WALES_IOM"),
  /** 5000000000–5999999999: reserved, not to be issued. */
  NOT_ISSUED("RESERVED"),
  /** Republic of Ireland Individual Health Identifier 8000000000–8599999999. */
  REPUBLIC_OF_IRELAND("EIRE"),
  /** 9000000000–9999999999: never issued to a patient; synthetic and test numbers. */
  SYNTHETIC("SYNTHETIC"),
  /**
   * Not allocated to anyone: 0000000000–0099999999, 3113000000–3199999999 and 8600000000–8999999999
   * (the reference leaves 0000000000–0000000009 outside every range).
   */
  UNALLOCATED("UNALLOCATED");

  private final String referenceName;

  NhsNumberRegion(String referenceName) {
    this.referenceName = referenceName;
  }

  /** The key of this region in the reference implementation's {@code REGIONS} dictionary. */
  public String referenceName() {
    return referenceName;
  }

  /** The blocks of numbers of this region, in ascending order. */
  public List<NhsNumberRange> ranges() {
    List<NhsNumberRange> ranges = new ArrayList<>();
    for (NhsNumberRange range : NhsNumberRange.values()) {
      if (range.region() == this) {
        ranges.add(range);
      }
    }
    return Collections.unmodifiableList(ranges);
  }

  /**
   * True for the regions whose numbers are issued to real people (Scotland, Northern Ireland,
   * England/Wales/Isle of Man, Republic of Ireland).
   */
  public boolean isIssued() {
    return this == SCOTLAND_CHI
        || this == NORTHERN_IRELAND
        || this == ENGLAND_WALES_IOM
        || this == REPUBLIC_OF_IRELAND;
  }

  /**
   * The region of a number in {@code 0}–{@code 9999999999}.
   *
   * @throws IllegalArgumentException if the number has more than ten digits or is negative
   */
  public static NhsNumberRegion of(long number) {
    if (number < 0 || number > NhsNumberRange.SYNTHETIC.last()) {
      throw new IllegalArgumentException("an NHS number is between 0 and 9999999999");
    }
    return NhsNumberRange.of(number).map(NhsNumberRange::region).orElse(UNALLOCATED);
  }

  /**
   * The region of a ten-digit string (no separators).
   *
   * @throws IllegalArgumentException if {@code tenDigits} is not exactly ten ASCII digits
   */
  public static NhsNumberRegion of(String tenDigits) {
    if (!NhsNumber.isTenDigits(tenDigits)) {
      throw new IllegalArgumentException("expected exactly ten ASCII digits");
    }
    return of(Long.parseLong(tenDigits));
  }

  /** The region whose {@link #referenceName()} is {@code name}, if any. */
  public static Optional<NhsNumberRegion> byReferenceName(String name) {
    for (NhsNumberRegion region : values()) {
      if (region.referenceName.equals(name)) {
        return Optional.of(region);
      }
    }
    return Optional.empty();
  }
}
