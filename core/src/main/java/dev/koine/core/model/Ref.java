package dev.koine.core.model;

import dev.koine.core.id.Identifier;
import dev.koine.core.internal.Checks;

/**
 * A reference to another entity: by its id within the message, by business identifier, by absolute
 * URL, or by display only.
 *
 * <p>{@link #toString()} names only which components are present: never identifiers, names, dates
 * or text.
 *
 * @param target the id of an entity in the same message (see Entities), or an absolute URL, or null
 * @param type the target's type (Patient, Organization ...), or null
 * @param identifier logical reference by identifier (e.g. ODS code), or null
 * @param display display text, or null
 */
public record Ref(String target, String type, Identifier identifier, String display) {
  public Ref {
    Checks.optionalText(target, "target");
    Checks.optionalText(type, "type");
    Checks.optionalText(display, "display");
    Checks.require(
        target != null || identifier != null || display != null,
        "a reference needs a target, an identifier or a display");
  }

  /** A reference to the entity with this id in the same message. */
  public static Ref to(String target) {
    return new Ref(target, null, null, null);
  }

  /** A logical reference by identifier. */
  public static Ref byIdentifier(Identifier identifier) {
    return new Ref(null, null, identifier, null);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("Ref[");
    if (target != null) {
      s.append("target, ");
    }
    if (type != null) {
      s.append("type, ");
    }
    if (identifier != null) {
      s.append("identifier, ");
    }
    if (display != null) {
      s.append("display, ");
    }
    if (s.charAt(s.length() - 1) == ' ') {
      s.setLength(s.length() - 2);
    }
    return s.append(']').toString();
  }
}
