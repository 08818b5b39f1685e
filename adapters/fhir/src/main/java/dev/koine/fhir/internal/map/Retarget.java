package dev.koine.fhir.internal.map;

import dev.koine.core.code.CodeSystems;
import dev.koine.core.code.Coding;
import dev.koine.core.codec.Loss;
import dev.koine.core.issue.Issue;
import dev.koine.core.message.AckRequest;
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
import dev.koine.core.message.ResponseRequest;
import dev.koine.core.model.DocumentAttachment;
import dev.koine.core.model.Encounter;
import dev.koine.core.model.Entities;
import dev.koine.core.model.Extras;
import dev.koine.core.model.OtherResource;
import dev.koine.fhir.internal.stu3.Stu3Document;
import dev.koine.fhir.internal.tree.FhirNode;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
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
 *
 * <p>A FHIR message written in the other FHIR version is retargeted the same way where its family
 * exists in one version only (ITK3 pathology in STU3, NHS England Pathology in R4).
 */
public final class Retarget {
  private Retarget() {}

  /**
   * The message as the FHIR version's family expects it, its HL7 v2 table codes translated to
   * FHIR's ({@link V2Vocabulary#toFhir}); v2 envelopes only.
   */
  public static Message forFhir(
      Message original, FhirVersion v, List<Loss> losses, List<Issue> translations) {
    if (original.envelope().family() != Family.HL7V2) {
      return acrossVersions(original, v, losses);
    }
    Message m = V2Vocabulary.toFhir(original, losses, translations);
    Envelope e = m.envelope();
    Payload p = m.payload();
    if (p instanceof CareDocument) {
      return document(m, v, losses, "HL7 v2 event " + e.event().code() + " has no FHIR form");
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
    if (family == Family.ITK3) {
      itk3(b, e, event.code());
    }
    return Message.of(b.build(), p);
  }

  /** The ITK3 response MessageDefinition (NHS-STANDARDS.md §1.1). */
  static final String ITK_RESPONSE_DEFINITION =
      "https://fhir.nhs.uk/STU3/MessageDefinition/ITK-Response-MessageDefinition-1";

  /**
   * The handling-specification parts that ITK3 itself fixes, for a message that becomes ITK3 by
   * conversion and does not have them: {@code SenderReference} "None" (ITK3's value for an unused
   * reference); acknowledgement flags both true (what ITK3 tells a receiver to assume when it
   * cannot read them), except for an {@code ITK008M} response, which gets the response
   * MessageDefinition and both flags false (responses request no response), as {@link
   * dev.koine.core.message.Replies} builds a response. Nothing is guessed: a MessageDefinition the
   * standard does not name for the event, or a RecipientType, stays absent (and validation says
   * so).
   */
  private static void itk3(Envelope.Builder b, Envelope e, String event) {
    if (e.senderReference() == null) {
      b.senderReference("None");
    }
    if ("ITK008M".equals(event)) {
      if (e.definition() == null) {
        b.definition(ITK_RESPONSE_DEFINITION);
      }
      if (e.ackRequest() == null) {
        b.ackRequest(new AckRequest(ResponseRequest.NEVER, ResponseRequest.NEVER));
      }
    } else if (e.ackRequest() == null) {
      // ITK3: "if the flags cannot be read", receivers "must default to always return a response"
      // (NHS-STANDARDS.md §1.1): the flags a message without them is answered by, written out
      b.ackRequest(new AckRequest(ResponseRequest.ALWAYS, ResponseRequest.ALWAYS));
    }
  }

  /**
   * A FHIR message written in the other FHIR version, where its family exists only in the version
   * it was read in: an ITK3 (STU3) pathology report becomes an NHS England Pathology {@code
   * unsolicited-observations} message in R4 (an ITK3 document message stays one: the R4 mapper
   * reads and writes it); an R4 pathology report (NHS England Pathology, UK Core messaging) becomes
   * an ITK3 {@code ITK012M} message in STU3. The event it had is reported as a loss; the handling
   * specification and other envelope parts the target has no place for are reported by the mappers.
   * Other messages keep their envelope (their event, read back, tells what they were).
   */
  private static Message acrossVersions(Message m, FhirVersion v, List<Loss> losses) {
    Envelope e = m.envelope();
    Payload p = m.payload();
    Family family = null;
    Coding event = null;
    if (v == FhirVersion.R4 && e.family() == Family.ITK3 && p instanceof LabReport) {
      family = Family.NHSE_PATHOLOGY;
      event = Coding.of(CodeSystems.NHS_MESSAGE_EVENT, "unsolicited-observations");
    } else if (v == FhirVersion.STU3
        && (e.family() == Family.NHSE_PATHOLOGY || e.family() == Family.UK_CORE_MESSAGING)
        && p instanceof LabReport) {
      family = Family.ITK3;
      event = Coding.of(CodeSystems.ITK_MESSAGE_EVENT, "ITK012M");
    }
    if (family == null || e.event() == null) {
      return m;
    }
    losses.add(
        new Loss(
            "Envelope.event",
            (v == FhirVersion.R4 ? "STU3 " : "R4 ")
                + "event "
                + e.event().system()
                + "|"
                + e.event().code()
                + " has no FHIR "
                + (v == FhirVersion.R4 ? "R4" : "STU3")
                + " form; written as "
                + event.system()
                + "|"
                + event.code()));
    Envelope.Builder b = e.toBuilder().family(family).event(event);
    if (family == Family.ITK3) {
      itk3(b, e, event.code());
    }
    return Message.of(b.build(), p);
  }

  /**
   * The message as HL7 v2 expects its codes: FHIR codes translated back to v2 table codes where the
   * v2 field needs one ({@link V2Vocabulary#toV2}: class {@code IMP} to {@code I}, gender {@code
   * female} to {@code F} ...). For a message decoded from FHIR that is to be written as HL7 v2.
   */
  public static Message forV2(Message m, List<Loss> losses, List<Issue> translations) {
    return V2Vocabulary.toV2(m, losses, translations);
  }

  /**
   * An HL7 v2 document (MDM) as a bare FHIR document Bundle: the envelope becomes the bare-document
   * envelope (its outer Bundle details kept) and every MSH/EVN value it held is reported, since a
   * document Bundle has no MessageHeader.
   */
  private static Message document(Message m, FhirVersion v, List<Loss> losses, String why) {
    Envelope e = m.envelope();
    losses.add(new Loss("Envelope.event", why + "; written as a document Bundle"));
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
    return Message.of(
        bare, v == FhirVersion.R4 ? carried((CareDocument) m.payload(), losses) : m.payload());
  }

  /**
   * The document with the encounter (PV1) and the ED/RP content (DocumentReference) of an HL7 v2
   * document carried as R4 resources the document Bundle writes as entries (the R4 mapper has no
   * typed home for them in a document).
   */
  private static CareDocument carried(CareDocument doc, List<Loss> losses) {
    Entities related = doc.related();
    if (related.encounters().isEmpty() && related.documents().isEmpty()) {
      return doc;
    }
    List<OtherResource> others = new ArrayList<>(related.others());
    for (Encounter e : related.encounters()) {
      others.add(
          new OtherResource(
              e.id(),
              FhirVersion.R4.fhirVersion(),
              RawMapper.toRawResource(EncounterMapper.encode(e, FhirVersion.R4, losses))));
    }
    for (DocumentAttachment d : related.documents()) {
      others.add(
          new OtherResource(
              d.id(), FhirVersion.R4.fhirVersion(), RawMapper.toRawResource(reference(d, losses))));
    }
    return doc.toBuilder()
        .related(
            related.toBuilder().encounters(List.of()).documents(List.of()).others(others).build())
        .build();
  }

  /** An R4 DocumentReference for an HL7 v2 OBX ED/RP document (status current). */
  private static FhirNode reference(DocumentAttachment d, List<Loss> losses) {
    String at = "DocumentReference" + (d.id() == null ? "" : "[" + d.id() + "]");
    if (!d.identifiers().isEmpty()
        || d.status() != null
        || !d.categories().isEmpty()
        || d.subject() != null
        || d.date() != null
        || !d.authors().isEmpty()
        || d.custodian() != null
        || d.description() != null
        || !d.extras().isEmpty()) {
      losses.add(new Loss(at, "only type and content are written for an HL7 v2 document"));
    }
    return Enc.resource("resource", "DocumentReference")
        .str("id", d.id())
        .str("status", "current")
        .node(Datatypes.concept("type", d.type()))
        .each(
            d.contents(),
            a -> Enc.element("content").node(Datatypes.attachment("attachment", a)).build())
        .build();
  }
}
