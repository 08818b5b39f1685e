package dev.koine.core.message;

import java.util.Optional;

/** Patient administration events, with their HL7 v2 ADT trigger events (table 0003). */
public enum PatientEventKind {
  ADMIT("A01"),
  TRANSFER("A02"),
  DISCHARGE("A03"),
  REGISTER("A04"),
  PRE_ADMIT("A05"),
  OUTPATIENT_TO_INPATIENT("A06"),
  INPATIENT_TO_OUTPATIENT("A07"),
  UPDATE("A08"),
  CANCEL_ADMIT("A11"),
  CANCEL_TRANSFER("A12"),
  CANCEL_DISCHARGE("A13"),
  PENDING_ADMIT("A14"),
  LEAVE_OF_ABSENCE("A21"),
  RETURN_FROM_LEAVE("A22"),
  DELETE_VISIT("A23"),
  ADD_PERSON("A28"),
  DELETE_PERSON("A29"),
  UPDATE_PERSON("A31"),
  CANCEL_PRE_ADMIT("A38"),
  MERGE("A40"),
  /** An event with no HL7 v2 trigger here (e.g. a FHIR encounter notification of another kind). */
  OTHER(null);

  /** {@link #values()} once: it copies the array on every call. */
  private static final PatientEventKind[] VALUES = values();

  private final String v2Trigger;

  PatientEventKind(String v2Trigger) {
    this.v2Trigger = v2Trigger;
  }

  /** The HL7 v2 trigger event, if any. */
  public Optional<String> v2Trigger() {
    return Optional.ofNullable(v2Trigger);
  }

  /** The kind for an HL7 v2 ADT trigger event. */
  public static Optional<PatientEventKind> fromV2Trigger(String trigger) {
    for (PatientEventKind k : VALUES) {
      if (k.v2Trigger != null && k.v2Trigger.equals(trigger)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
