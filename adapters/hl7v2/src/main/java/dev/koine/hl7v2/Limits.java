package dev.koine.hl7v2;

import dev.koine.core.internal.Checks;

/**
 * Hostile-input limits of the ER7 codec, the MLLP frame reader and the batch reader. Passing one
 * throws {@link dev.koine.core.issue.LimitExceededException} naming the setting ({@code
 * Limits.maxSegments}), the limit and the count reached — never input content.
 *
 * <p>An immutable value; build one with {@link #builder()} or {@link #toBuilder()}.
 *
 * @param maxMessageBytes the largest message (and MLLP frame) in bytes; for text input ({@link
 *     V2Message#parse(String)}, batch readers) the number of UTF-16 characters is checked instead
 * @param maxSegments the most segments in one message
 * @param maxFieldsPerSegment the most fields in one segment
 * @param maxRepetitions the most repetitions of one field
 * @param maxComponents the most components in one repetition
 * @param maxSubComponents the most sub-components in one component
 */
public record Limits(
    long maxMessageBytes,
    int maxSegments,
    int maxFieldsPerSegment,
    int maxRepetitions,
    int maxComponents,
    int maxSubComponents) {

  /** 16 MiB: the default {@link #maxMessageBytes()}. */
  public static final long DEFAULT_MAX_MESSAGE_BYTES = 16L * 1024 * 1024;

  private static final Limits DEFAULTS =
      new Limits(DEFAULT_MAX_MESSAGE_BYTES, 100_000, 1_000, 10_000, 1_000, 1_000);

  private static final Limits NONE =
      new Limits(
          Long.MAX_VALUE,
          Integer.MAX_VALUE,
          Integer.MAX_VALUE,
          Integer.MAX_VALUE,
          Integer.MAX_VALUE,
          Integer.MAX_VALUE);

  /**
   * Checks that every limit is positive.
   *
   * @throws IllegalArgumentException if one is zero or negative
   */
  public Limits {
    Checks.require(maxMessageBytes > 0, "maxMessageBytes must be positive");
    Checks.require(maxSegments > 0, "maxSegments must be positive");
    Checks.require(maxFieldsPerSegment > 0, "maxFieldsPerSegment must be positive");
    Checks.require(maxRepetitions > 0, "maxRepetitions must be positive");
    Checks.require(maxComponents > 0, "maxComponents must be positive");
    Checks.require(maxSubComponents > 0, "maxSubComponents must be positive");
  }

  /**
   * The defaults: 16 MiB per message, 100,000 segments, 1,000 fields per segment, 10,000
   * repetitions per field, 1,000 components per repetition and 1,000 sub-components per component.
   */
  public static Limits defaults() {
    return DEFAULTS;
  }

  /** No limit at all (each at its type's maximum): only for input you trust. */
  public static Limits none() {
    return NONE;
  }

  /** A builder starting from the {@linkplain #defaults() defaults}. */
  public static Builder builder() {
    return new Builder(DEFAULTS);
  }

  /** A builder starting from these limits. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Builds {@link Limits}; not thread-safe, use it on one thread. */
  public static final class Builder {
    private long maxMessageBytes;
    private int maxSegments;
    private int maxFieldsPerSegment;
    private int maxRepetitions;
    private int maxComponents;
    private int maxSubComponents;

    private Builder(Limits from) {
      maxMessageBytes = from.maxMessageBytes;
      maxSegments = from.maxSegments;
      maxFieldsPerSegment = from.maxFieldsPerSegment;
      maxRepetitions = from.maxRepetitions;
      maxComponents = from.maxComponents;
      maxSubComponents = from.maxSubComponents;
    }

    /** Sets {@link Limits#maxMessageBytes()}. */
    public Builder maxMessageBytes(long value) {
      maxMessageBytes = value;
      return this;
    }

    /** Sets {@link Limits#maxSegments()}. */
    public Builder maxSegments(int value) {
      maxSegments = value;
      return this;
    }

    /** Sets {@link Limits#maxFieldsPerSegment()}. */
    public Builder maxFieldsPerSegment(int value) {
      maxFieldsPerSegment = value;
      return this;
    }

    /** Sets {@link Limits#maxRepetitions()}. */
    public Builder maxRepetitions(int value) {
      maxRepetitions = value;
      return this;
    }

    /** Sets {@link Limits#maxComponents()}. */
    public Builder maxComponents(int value) {
      maxComponents = value;
      return this;
    }

    /** Sets {@link Limits#maxSubComponents()}. */
    public Builder maxSubComponents(int value) {
      maxSubComponents = value;
      return this;
    }

    /**
     * Builds the limits.
     *
     * @throws IllegalArgumentException if a limit is not positive
     */
    public Limits build() {
      return new Limits(
          maxMessageBytes,
          maxSegments,
          maxFieldsPerSegment,
          maxRepetitions,
          maxComponents,
          maxSubComponents);
    }
  }
}
