package dev.koine.hl7v2.internal;

/**
 * Builds the location strings of parse errors: {@code segment 3 (PID), field 5}. Locations name
 * positions and segment ids only, never a value from the input.
 */
public final class Where {
  private Where() {}

  /**
   * The location of a segment.
   *
   * @param context an outer location such as {@code message 4} (empty for none)
   * @param segmentNumber 1-based position of the segment
   * @param id the segment id, or {@code null} when it is not a valid id
   */
  public static String segment(String context, int segmentNumber, String id) {
    String here = "segment " + segmentNumber + (id == null ? "" : " (" + id + ")");
    return join(context, here);
  }

  /** The location of a field of a segment. */
  public static String field(String context, int segmentNumber, String id, int field) {
    return segment(context, segmentNumber, id) + ", field " + field;
  }

  /** Joins an outer and an inner location with a comma. */
  public static String join(String context, String here) {
    if (context == null || context.isEmpty()) {
      return here;
    }
    if (here.isEmpty()) {
      return context;
    }
    return context + ", " + here;
  }
}
