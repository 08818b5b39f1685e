/**
 * The FHIR R4 mappings over the shared infrastructure of {@code internal.map}: the MessageHeader
 * ({@code R4Header}); BaRS referral (servicerequest-request, {@code R4ServiceRequest}) and booking
 * (focus Appointment, {@code R4Booking}: Appointment and Slot); the R4 Acknowledgement Framework
 * and BaRS replies ({@code R4Ack}: {@code MessageHeader.response} and one OperationOutcome, as
 * {@code Replies} builds them); NHS England Pathology (laboratory order, unsolicited observations,
 * {@code R4Pathology}). {@code R4Messages} dispatches on the header. Resources that are otherwise
 * carried verbatim (Appointment, Slot, OperationOutcome) are taken only whole ({@code
 * Dec.attemptWhole}), so typing them never loses leaves. Not mapped yet: BaRS
 * servicerequest-response and booking-response (see docs/messages.md) and UK Core encounter
 * notifications; such messages decode to {@code OtherContent}.
 */
package dev.koine.fhir.internal.r4;
