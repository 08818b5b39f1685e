package dev.koine.core.message;

/** ITK3 RecipientType (https://fhir.nhs.uk/STU3/CodeSystem/ITK-RecipientType-1). */
public enum RecipientType {
  /** FA: for action. */
  ACTION("FA"),
  /** FI: for information. */
  INFORMATION("FI");

  private final String itkCode;

  RecipientType(String itkCode) {
    this.itkCode = itkCode;
  }

  /** The ITK3 code (FA, FI). */
  public String itkCode() {
    return itkCode;
  }
}
