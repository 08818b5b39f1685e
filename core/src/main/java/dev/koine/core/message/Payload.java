package dev.koine.core.message;

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
        Acknowledgement {

  /** A short name of the payload type (Referral, LabReport ...), for summaries. */
  default String typeName() {
    return getClass().getSimpleName();
  }
}
