package dev.koine.fhir.internal.map;

import dev.koine.core.code.CodeSystems;
import dev.koine.core.code.Coding;
import dev.koine.core.codec.Loss;
import dev.koine.core.message.Acknowledgement;
import dev.koine.core.message.BookingRequest;
import dev.koine.core.message.Envelope;
import dev.koine.core.message.Family;
import dev.koine.core.message.LabOrder;
import dev.koine.core.message.LabReport;
import dev.koine.core.message.Message;
import dev.koine.core.message.PatientEvent;
import dev.koine.core.message.Payload;
import dev.koine.core.message.Referral;
import java.util.List;

/**
 * Converting an HL7 v2 message to FHIR through the model: the v2 event (MSH-9) has no FHIR form, so
 * the envelope takes the FHIR family and event of the payload's standard — NHS England Pathology
 * {@code unsolicited-observations} / {@code laboratory-order}, BaRS {@code servicerequest-request}
 * / {@code booking-request} in R4; ITK3 {@code ITK012M} / {@code ITK008M} in STU3 — and the v2
 * event is reported as a loss. Payloads with no such standard keep their envelope.
 */
public final class Retarget {
  private Retarget() {}

  /** The message as the FHIR version's family expects it; v2 envelopes only. */
  public static Message forFhir(Message m, FhirVersion v, List<Loss> losses) {
    Envelope e = m.envelope();
    if (e.family() != Family.HL7V2) {
      return m;
    }
    Payload p = m.payload();
    Family family = null;
    Coding event = null;
    if (v == FhirVersion.R4) {
      if (p instanceof LabReport) {
        family = Family.NHSE_PATHOLOGY;
        event = Coding.of(CodeSystems.NHS_MESSAGE_EVENT, "unsolicited-observations");
      } else if (p instanceof LabOrder) {
        family = Family.NHSE_PATHOLOGY;
        event = Coding.of(CodeSystems.NHS_MESSAGE_EVENT, "laboratory-order");
      } else if (p instanceof Referral) {
        family = Family.BARS;
        event = Coding.of(CodeSystems.BARS_MESSAGE_EVENT, "servicerequest-request");
      } else if (p instanceof BookingRequest) {
        family = Family.BARS;
        event = Coding.of(CodeSystems.BARS_MESSAGE_EVENT, "booking-request");
      } else if (p instanceof PatientEvent pe) {
        family = Family.UK_CORE_MESSAGING;
        event =
            Coding.of(
                CodeSystems.NHS_MESSAGE_EVENT, pe.encounter() != null ? "encounter" : "patient");
      }
    } else {
      if (p instanceof LabReport) {
        family = Family.ITK3;
        event = Coding.of(CodeSystems.ITK_MESSAGE_EVENT, "ITK012M");
      } else if (p instanceof Acknowledgement) {
        family = Family.ITK3;
        event = Coding.of(CodeSystems.ITK_MESSAGE_EVENT, "ITK008M");
      }
    }
    if (family == null) {
      return m;
    }
    losses.add(
        new Loss(
            "Envelope.event",
            "HL7 v2 event "
                + e.event().code()
                + " has no FHIR form; written as "
                + event.system()
                + "|"
                + event.code()));
    if (e.processingId() != null) {
      losses.add(new Loss("Envelope.processingId", "MSH-11 has no FHIR form"));
    }
    if (!e.messageProfiles().isEmpty()) {
      losses.add(new Loss("Envelope.messageProfiles", "MSH-21 has no FHIR form"));
    }
    Envelope.Builder b = e.toBuilder().family(family).event(event).processingId(null);
    b.messageProfiles(List.of());
    return Message.of(b.build(), p);
  }
}
