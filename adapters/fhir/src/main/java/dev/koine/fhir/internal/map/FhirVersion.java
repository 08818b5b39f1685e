package dev.koine.fhir.internal.map;

import dev.koine.core.codec.WireFormat;
import dev.koine.fhir.internal.tree.FhirStructure;

/** The two FHIR versions Koine maps, with their structure metadata and wire formats. */
public enum FhirVersion {
  /** FHIR R4 (4.0.1): UK Core, BaRS, NHS England Pathology. */
  R4("4.0.1", WireFormat.FHIR_R4_JSON, WireFormat.FHIR_R4_XML),
  /** FHIR STU3 (3.0.2): CareConnect, ITK3. */
  STU3("3.0.2", WireFormat.FHIR_STU3_JSON, WireFormat.FHIR_STU3_XML);

  private final String fhirVersion;
  private final WireFormat json;
  private final WireFormat xml;

  FhirVersion(String fhirVersion, WireFormat json, WireFormat xml) {
    this.fhirVersion = fhirVersion;
    this.json = json;
    this.xml = xml;
  }

  /** The FHIR version string ({@code 4.0.1}, {@code 3.0.2}). */
  public String fhirVersion() {
    return fhirVersion;
  }

  /** The element metadata of this version (shared, immutable). */
  public FhirStructure structure() {
    return this == R4 ? FhirStructure.r4() : FhirStructure.stu3();
  }

  /** The JSON or XML wire format of this version. */
  public WireFormat format(boolean isJson) {
    return isJson ? json : xml;
  }

  /** The version of a FHIR wire format. */
  public static FhirVersion of(WireFormat format) {
    switch (format) {
      case FHIR_R4_JSON:
      case FHIR_R4_XML:
        return R4;
      case FHIR_STU3_JSON:
      case FHIR_STU3_XML:
        return STU3;
      default:
        throw new IllegalArgumentException("not a FHIR format: " + format);
    }
  }

  /** Whether a FHIR wire format is JSON. */
  public static boolean isJson(WireFormat format) {
    return format == WireFormat.FHIR_R4_JSON || format == WireFormat.FHIR_STU3_JSON;
  }
}
