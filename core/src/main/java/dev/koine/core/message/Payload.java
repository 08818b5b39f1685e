package dev.koine.core.message;

import dev.koine.core.model.Entities;

/**
 * What a message carries: a closed family, so adapters switch over it exhaustively.
 *
 * <p>Every payload except {@link Acknowledgement} is about one patient and carries its further
 * entities in an {@link dev.koine.core.model.Entities}.
 */
public sealed interface Payload
    permits Referral,
        ReferralResponse,
        BookingRequest,
        CareDocument,
        LabOrder,
        LabReport,
        PatientEvent,
        Acknowledgement,
        OtherContent {

  /**
   * Calls the visitor method for this payload's type. Java 17 has no pattern matching in {@code
   * switch}; a visitor gives the same compile-time exhaustiveness: adding a payload type breaks
   * every visitor until it handles the new type.
   */
  default <R> R accept(Visitor<R> visitor) {
    if (this instanceof Referral p) {
      return visitor.referral(p);
    }
    if (this instanceof ReferralResponse p) {
      return visitor.referralResponse(p);
    }
    if (this instanceof BookingRequest p) {
      return visitor.bookingRequest(p);
    }
    if (this instanceof CareDocument p) {
      return visitor.careDocument(p);
    }
    if (this instanceof LabOrder p) {
      return visitor.labOrder(p);
    }
    if (this instanceof LabReport p) {
      return visitor.labReport(p);
    }
    if (this instanceof PatientEvent p) {
      return visitor.patientEvent(p);
    }
    if (this instanceof Acknowledgement p) {
      return visitor.acknowledgement(p);
    }
    if (this instanceof OtherContent p) {
      return visitor.otherContent(p);
    }
    throw new AssertionError("unreachable: Payload is sealed");
  }

  /**
   * One method per payload type.
   *
   * @param <R> the result type
   */
  interface Visitor<R> {
    /** Visits a {@link Referral}. */
    R referral(Referral payload);

    /** Visits a {@link ReferralResponse}. */
    R referralResponse(ReferralResponse payload);

    /** Visits a {@link BookingRequest}. */
    R bookingRequest(BookingRequest payload);

    /** Visits a {@link CareDocument}. */
    R careDocument(CareDocument payload);

    /** Visits a {@link LabOrder}. */
    R labOrder(LabOrder payload);

    /** Visits a {@link LabReport}. */
    R labReport(LabReport payload);

    /** Visits a {@link PatientEvent}. */
    R patientEvent(PatientEvent payload);

    /** Visits a {@link Acknowledgement}. */
    R acknowledgement(Acknowledgement payload);

    /** Visits an {@link OtherContent}. */
    R otherContent(OtherContent payload);
  }

  /**
   * The payload's further entities: {@code related()} of a clinical payload, {@code content()} of
   * an {@link OtherContent}, and none for an {@link Acknowledgement} (which carries no entities).
   */
  default Entities entities() {
    return accept(
        new Visitor<Entities>() {
          @Override
          public Entities referral(Referral p) {
            return p.related();
          }

          @Override
          public Entities referralResponse(ReferralResponse p) {
            return p.related();
          }

          @Override
          public Entities bookingRequest(BookingRequest p) {
            return p.related();
          }

          @Override
          public Entities careDocument(CareDocument p) {
            return p.related();
          }

          @Override
          public Entities labOrder(LabOrder p) {
            return p.related();
          }

          @Override
          public Entities labReport(LabReport p) {
            return p.related();
          }

          @Override
          public Entities patientEvent(PatientEvent p) {
            return p.related();
          }

          @Override
          public Entities acknowledgement(Acknowledgement p) {
            return Entities.empty();
          }

          @Override
          public Entities otherContent(OtherContent p) {
            return p.content();
          }
        });
  }

  /** A short name of the payload type (Referral, LabReport ...), for summaries. */
  default String typeName() {
    return getClass().getSimpleName();
  }
}
