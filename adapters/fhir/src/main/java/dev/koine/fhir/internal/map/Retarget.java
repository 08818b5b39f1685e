package dev.koine.fhir.internal.map;

import dev.koine.core.code.CodeSystems;
import dev.koine.core.code.Coding;
import dev.koine.core.codec.Loss;
import dev.koine.core.message.Acknowledgement;
import dev.koine.core.message.BookingRequest;
import dev.koine.core.message.CareDocument;
import dev.koine.core.message.Envelope;
import dev.koine.core.message.Family;
import dev.koine.core.message.LabOrder;
import dev.koine.core.message.LabReport;
import dev.koine.core.message.Message;
import dev.koine.core.message.PatientEvent;
import dev.koine.core.message.Payload;
import dev.koine.core.message.Referral;
import dev.koine.core.model.Extras;
import dev.koine.fhir.internal.stu3.Stu3Document;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;

/**
 * Converting an HL7 v2 message to FHIR through the model: the v2 event (MSH-9) has no FHIR form, so
 * the envelope takes the FHIR family and event of the payload's standard — NHS England Pathology
 * {@code unsolicited-observations} / {@code laboratory-order}, BaRS {@code servicerequest-request}
 * / {@code booking-request} in R4; ITK3 {@code ITK012M} / {@code ITK008M} in STU3 — and the v2
 * event is reported as a loss. An HL7 v2 document (MDM, a {@link CareDocument}) becomes a bare
 * document Bundle. Payloads with no such standard keep their envelope. Before any of this, the HL7
 * v2 table codes of the payload are translated to the codes FHIR binds ({@link V2Vocabulary}), each
 * translation reported with its concept map as provenance; {@link #forV2} translates back.
 */
public final class Retarget {
  private Retarget() {}

  /**
   * The message as the FHIR version's family expects it, its HL7 v2 table codes translated to
   * FHIR's ({@link V2Vocabulary#toFhir}); v2 envelopes only.
   */
  public static Message forFhir(Message original, FhirVersion v, List<Loss> losses) {
    if (original.envelope().family() != Family.HL7V2) {
      return original;
    }
    Message m = V2Vocabulary.toFhir(original, losses);
    Envelope e = m.envelope();
    Payload p = m.payload();
    if (p instanceof CareDocument) {
      return document(m, losses);
    }
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

  /**
   * The message as HL7 v2 expects its codes: FHIR codes translated back to v2 table codes where the
   * v2 field needs one ({@link V2Vocabulary#toV2}: class {@code IMP} to {@code I}, gender {@code
   * female} to {@code F} ...). For a message decoded from FHIR that is to be written as HL7 v2.
   */
  public static Message forV2(Message m, List<Loss> losses) {
    return V2Vocabulary.toV2(m, losses);
  }

  /**
   * An HL7 v2 document (MDM) as a bare FHIR document Bundle: the envelope becomes the bare-document
   * envelope (its outer Bundle details kept) and every MSH/EVN value it held is reported, since a
   * document Bundle has no MessageHeader.
   */
  private static Message document(Message m, List<Loss> losses) {
    Envelope e = m.envelope();
    losses.add(
        new Loss(
            "Envelope.event",
            "HL7 v2 event "
                + e.event().code()
                + " has no FHIR form; written as a document Bundle"));
    for (RecordComponent c : Envelope.class.getRecordComponents()) {
      String name = c.getName();
      if (name.equals("event") || name.equals("family") || name.equals("bundle")) {
        continue;
      }
      Object value;
      try {
        value = c.getAccessor().invoke(e);
      } catch (IllegalAccessException | InvocationTargetException x) {
        throw new IllegalStateException("cannot read Envelope." + name, x);
      }
      if (value != null
          && !(value instanceof List<?> l && l.isEmpty())
          && !(value instanceof Extras x && x.isEmpty())) {
        losses.add(new Loss("Envelope." + name, "a FHIR document Bundle has no MessageHeader"));
      }
    }
    Envelope bare = Stu3Document.bareEnvelope().toBuilder().bundle(e.bundle()).build();
    return Message.of(bare, m.payload());
  }
}
