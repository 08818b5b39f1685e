package dev.koine.fhir.internal.map;

import dev.koine.core.message.Acknowledgement;
import dev.koine.core.message.BookingRequest;
import dev.koine.core.message.CareDocument;
import dev.koine.core.message.LabOrder;
import dev.koine.core.message.LabReport;
import dev.koine.core.message.Message;
import dev.koine.core.message.OtherContent;
import dev.koine.core.message.PatientEvent;
import dev.koine.core.message.Payload;
import dev.koine.core.message.Referral;
import dev.koine.core.message.ReferralResponse;
import dev.koine.core.model.Entities;
import dev.koine.core.model.OtherResource;
import java.util.ArrayList;
import java.util.List;

/** The verbatim resources of any payload's entities, read and replaced. */
public final class Payloads {
  private Payloads() {}

  /** The verbatim resources of the payload's related entities (none for an acknowledgement). */
  public static List<OtherResource> others(Payload payload) {
    return payload.entities().others();
  }

  /** Whether the payload has related entities (an acknowledgement has none). */
  public static boolean carriesEntities(Payload payload) {
    return !(payload instanceof Acknowledgement);
  }

  /**
   * The message with these verbatim resources added to its payload's related entities; unchanged if
   * there are none or the payload has no related entities (an acknowledgement).
   */
  public static Message withOthers(Message message, List<OtherResource> others) {
    if (others.isEmpty()) {
      return message;
    }
    Payload payload = message.payload();
    if (payload instanceof Acknowledgement) {
      return message; // an acknowledgement carries no entities
    }
    Entities e = payload.entities();
    List<OtherResource> all = new ArrayList<>(e.others());
    all.addAll(others);
    Entities x = e.toBuilder().others(all).build();
    Payload changed =
        payload.accept(
            new Payload.Visitor<Payload>() {
              @Override
              public Payload referral(Referral p) {
                return p.toBuilder().related(x).build();
              }

              @Override
              public Payload referralResponse(ReferralResponse p) {
                return p.toBuilder().related(x).build();
              }

              @Override
              public Payload bookingRequest(BookingRequest p) {
                return p.toBuilder().related(x).build();
              }

              @Override
              public Payload careDocument(CareDocument p) {
                return p.toBuilder().related(x).build();
              }

              @Override
              public Payload labOrder(LabOrder p) {
                return p.toBuilder().related(x).build();
              }

              @Override
              public Payload labReport(LabReport p) {
                return p.toBuilder().related(x).build();
              }

              @Override
              public Payload patientEvent(PatientEvent p) {
                return p.toBuilder().related(x).build();
              }

              @Override
              public Payload acknowledgement(Acknowledgement p) {
                return p;
              }

              @Override
              public Payload otherContent(OtherContent p) {
                return new OtherContent(p.bundleType(), p.patient(), x, p.focus());
              }
            });
    return Message.of(message.envelope(), changed);
  }
}
