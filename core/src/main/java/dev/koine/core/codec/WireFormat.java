package dev.koine.core.codec;

import java.util.Optional;

/** The wire formats Koine reads and writes, with their command-line names. */
public enum WireFormat {
  FHIR_R4_JSON("fhir-r4-json"),
  FHIR_R4_XML("fhir-r4-xml"),
  FHIR_STU3_JSON("fhir-stu3-json"),
  FHIR_STU3_XML("fhir-stu3-xml"),
  HL7V2("hl7v2");

  private final String cliName;

  WireFormat(String cliName) {
    this.cliName = cliName;
  }

  /** The name used by {@code koine --from/--to}. */
  public String cliName() {
    return cliName;
  }

  /** True for the four FHIR formats. */
  public boolean isFhir() {
    return this != HL7V2;
  }

  /** The format with this command-line name. */
  public static Optional<WireFormat> fromCliName(String name) {
    for (WireFormat f : values()) {
      if (f.cliName.equals(name)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
