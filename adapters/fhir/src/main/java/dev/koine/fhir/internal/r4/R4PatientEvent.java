package dev.koine.fhir.internal.r4;

import dev.koine.core.code.CodeSystems;
import dev.koine.core.code.Coding;
import dev.koine.core.codec.Loss;
import dev.koine.core.message.Envelope;
import dev.koine.core.message.Message;
import dev.koine.core.message.PatientEvent;
import dev.koine.core.message.PatientEventKind;
import dev.koine.core.model.Encounter;
import dev.koine.core.model.Entities;
import dev.koine.core.model.Patient;
import dev.koine.fhir.internal.map.Dec;
import dev.koine.fhir.internal.map.EncounterMapper;
import dev.koine.fhir.internal.map.EntityMapper;
import dev.koine.fhir.internal.map.FhirVersion;
import dev.koine.fhir.internal.map.MessageBundle;
import dev.koine.fhir.internal.map.PatientMapper;
import dev.koine.fhir.internal.tree.FhirNode;
import java.util.ArrayList;
import java.util.List;

/**
 * UK Core encounter and patient notifications (R4 message events {@code encounter} and {@code
 * patient}, the FHIR face of HL7 v2 ADT) to and from {@link PatientEvent}. The focus is the
 * Encounter (or the Patient when there is none). The event kind travels as {@code
 * MessageHeader.reason} coded in HL7 table 0003 ({@code A01} admit ...), so an ADT converted to
 * FHIR and back keeps its trigger; the EVN times, reason and operator and the MRG prior identifiers
 * have no R4 notification element and are reported as losses.
 */
final class R4PatientEvent {
  private static final FhirVersion V = FhirVersion.R4;

  private R4PatientEvent() {}

  /** Whether an R4 envelope is a UK Core encounter or patient notification. */
  static boolean isNotification(Envelope env) {
    return CodeSystems.NHS_MESSAGE_EVENT.equals(env.event().system())
        && ("encounter".equals(env.event().code()) || "patient".equals(env.event().code()));
  }

  /** Decodes a notification, or null if it has no patient. */
  static Message decode(Dec d, MessageBundle bundle, Envelope env, MessageBundle.Entry header) {
    PatientEventKind kind = PatientEventKind.OTHER;
    Envelope envelope = env;
    // the trigger written as the reason (one coding, no text: see encode)
    Coding reason =
        env.reason() != null && env.reason().codings().size() == 1 && env.reason().text() == null
            ? env.reason().codings().get(0)
            : null;
    if (reason != null && CodeSystems.V2_EVENT_TYPE.equals(reason.system())) {
      var k = PatientEventKind.fromV2Trigger(reason.code());
      if (k.isPresent() && k.get() != PatientEventKind.OTHER) {
        kind = k.get();
        envelope = env.toBuilder().reason((Coding) null).build();
      }
    }
    String focus = R4Header.firstFocus(header.resource());
    MessageBundle.Entry enc = bundle.byId(focus);
    if (enc == null || !"Encounter".equals(enc.type())) {
      enc = bundle.first("Encounter");
    }
    Encounter encounter = null;
    if (enc != null) {
      MessageBundle.Entry e = enc;
      encounter =
          EntityMapper.take(
              d, bundle, e, () -> EncounterMapper.decode(d, e.resource(), e.id()), null);
      if (encounter != null && e.id() != null && e.id().equals(focus)) {
        R4Header.focusIs(d, header.resource(), e.id());
      }
    }
    MessageBundle.Entry pe = bundle.byId(focus);
    if (pe == null || !"Patient".equals(pe.type())) {
      pe = bundle.first("Patient");
    }
    if (pe == null) {
      return null;
    }
    MessageBundle.Entry p = pe;
    Patient patient =
        EntityMapper.take(d, bundle, p, () -> PatientMapper.decode(d, p.resource(), p.id()), null);
    if (patient == null) {
      return null;
    }
    if (p.id() != null && p.id().equals(focus)) {
      R4Header.focusIs(d, header.resource(), p.id());
    }
    Entities.Builder related = Entities.builder();
    R4Messages.relatedInto(d, bundle, related);
    PatientEvent event =
        PatientEvent.builder()
            .kind(kind)
            .patient(patient)
            .encounter(encounter)
            .related(related.build())
            .build();
    return Message.of(envelope, event);
  }

  /**
   * Encodes a notification: the MessageHeader, the Encounter, the Patient, the related entities.
   */
  static FhirNode encode(Message m, PatientEvent p, List<Loss> losses) {
    Envelope env = m.envelope();
    if (p.kind() != PatientEventKind.OTHER) {
      if (env.reason() == null) {
        env =
            env.toBuilder()
                .reason(Coding.of(CodeSystems.V2_EVENT_TYPE, p.kind().v2Trigger().orElseThrow()))
                .build();
      } else {
        losses.add(new Loss("PatientEvent.kind", "MessageHeader.reason already holds a reason"));
      }
    }
    lose(losses, "recordedAt", p.recordedAt() != null);
    lose(losses, "occurredAt", p.occurredAt() != null);
    lose(losses, "plannedAt", p.plannedAt() != null);
    lose(losses, "eventReason", p.eventReason() != null);
    lose(losses, "operator", p.operator() != null);
    lose(losses, "priorIdentifiers", !p.priorIdentifiers().isEmpty());
    lose(losses, "priorVisit", p.priorVisit() != null);
    List<String> focus = new ArrayList<>();
    List<FhirNode> encounter = new ArrayList<>();
    if (p.encounter() != null) {
      if (p.encounter().id() != null) {
        focus.add(p.encounter().id());
      }
      encounter.add(EncounterMapper.encode(p.encounter(), V, losses));
    }
    if (focus.isEmpty() && p.patient().id() != null) {
      focus.add(p.patient().id());
    }
    return R4Messages.message(env, focus, encounter, p.patient(), p.related(), losses);
  }

  private static void lose(List<Loss> losses, String field, boolean present) {
    if (present) {
      losses.add(new Loss("PatientEvent." + field, "no element in an R4 notification"));
    }
  }
}
