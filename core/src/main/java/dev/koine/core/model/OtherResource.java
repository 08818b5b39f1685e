package dev.koine.core.model;

import dev.koine.core.internal.Checks;

/**
 * A resource Koine has no typed home for, carried verbatim so that nothing is lost: decoding then
 * encoding to the same format reproduces it, a {@link Ref} may target it by {@link #id()}, and an
 * adapter that cannot write it (another FHIR version, HL7 v2) reports it as a loss. Adapters report
 * each one they decode as an information issue, so a reader sees what stayed untyped.
 *
 * <p>{@link #toString()} names only the resource type.
 *
 * @param id the entity id (the resource id, or the bundle entry's {@code urn:uuid}), or null
 * @param fhirVersion the FHIR version the content is written in ({@code 4.0.1}, {@code 3.0.2}), or
 *     null if it is valid in every version; an adapter writes it only into that version
 * @param resource the resource element ({@link RawElement#resourceType()} set)
 */
public record OtherResource(String id, String fhirVersion, RawElement resource) {
  public OtherResource {
    Checks.optionalText(id, "id");
    Checks.optionalText(fhirVersion, "fhirVersion");
    Checks.notNull(resource, "resource");
    Checks.require(resource.resourceType() != null, "an OtherResource holds a resource element");
  }

  /** The resource type (Encounter, QuestionnaireResponse ...). */
  public String type() {
    return resource.resourceType();
  }

  @Override
  public String toString() {
    return "OtherResource[type=" + resource.resourceType() + "]";
  }
}
