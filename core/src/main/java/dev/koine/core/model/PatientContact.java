package dev.koine.core.model;

import dev.koine.core.code.Concept;
import dev.koine.core.internal.Checks;
import dev.koine.core.time.Period;
import java.util.List;

/**
 * A contact of the patient: next of kin, carer (Patient.contact, v2 NK1).
 *
 * <p>{@link #toString()} names only which components are present: never identifiers, names, dates
 * or text.
 *
 * @param relationships relationships
 * @param name name, or null
 * @param telecom contact points
 * @param address address, or null
 * @param gender gender, or null
 * @param organisation organisation, or null
 * @param period period, or null
 * @param rank contact rank (UK Core extension), or null
 * @param extensions extensions with no typed home (UK Core ContactPreference, for example), in the
 *     order received
 */
public record PatientContact(
    List<Concept> relationships,
    HumanName name,
    List<ContactPoint> telecom,
    Address address,
    AdministrativeGender gender,
    Ref organisation,
    Period period,
    Integer rank,
    List<Extension> extensions) {
  public PatientContact {
    relationships = Checks.list(relationships, "relationships");
    telecom = Checks.list(telecom, "telecom");
    extensions = Checks.list(extensions, "extensions");
  }

  /**
   * A contact without untyped extensions.
   *
   * @param relationships relationships
   * @param name name, or null
   * @param telecom contact points
   * @param address address, or null
   * @param gender gender, or null
   * @param organisation organisation, or null
   * @param period period, or null
   * @param rank contact rank, or null
   */
  public PatientContact(
      List<Concept> relationships,
      HumanName name,
      List<ContactPoint> telecom,
      Address address,
      AdministrativeGender gender,
      Ref organisation,
      Period period,
      Integer rank) {
    this(relationships, name, telecom, address, gender, organisation, period, rank, List.of());
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("PatientContact[");
    if (!relationships.isEmpty()) {
      s.append("relationships=").append(relationships.size()).append(", ");
    }
    if (name != null) {
      s.append("name, ");
    }
    if (!telecom.isEmpty()) {
      s.append("telecom=").append(telecom.size()).append(", ");
    }
    if (address != null) {
      s.append("address, ");
    }
    if (gender != null) {
      s.append("gender=").append(gender).append(", ");
    }
    if (organisation != null) {
      s.append("organisation, ");
    }
    if (period != null) {
      s.append("period, ");
    }
    if (rank != null) {
      s.append("rank, ");
    }
    if (!extensions.isEmpty()) {
      s.append("extensions=").append(extensions.size()).append(", ");
    }
    if (s.charAt(s.length() - 1) == ' ') {
      s.setLength(s.length() - 2);
    }
    return s.append(']').toString();
  }
}
