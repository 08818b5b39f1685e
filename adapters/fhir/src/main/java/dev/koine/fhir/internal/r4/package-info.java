/**
 * The FHIR R4 mappings over the shared infrastructure of {@code internal.map}: the MessageHeader
 * ({@code R4Header}); BaRS referral (servicerequest-request, {@code R4ServiceRequest}) and booking
 * (focus Appointment, {@code R4Booking}: Appointment and Slot); the R4 Acknowledgement Framework
 * and BaRS replies ({@code R4Ack}: {@code MessageHeader.response} and one OperationOutcome, as
 * {@code Replies} builds them); NHS England Pathology (laboratory order, unsolicited observations,
 * {@code R4Pathology}); UK Core encounter and patient notifications ({@code R4PatientEvent}, the
 * FHIR face of HL7 v2 ADT). {@code R4Messages} dispatches on the header. Resources that are
 * otherwise carried verbatim (Appointment, Slot, OperationOutcome) are taken only whole ({@code
 * Dec.attemptWhole}), so typing them never loses leaves. A bare {@code document} Bundle (UK Core)
 * is handed to the shared document mapping {@code internal.stu3.Stu3Document}, which writes R4
 * elements ({@code category}, section author and focus) for R4. Not mapped yet: BaRS
 * servicerequest-response and booking-response (see docs/messages.md); such messages decode to
 * {@code OtherContent}.
 */
package dev.koine.fhir.internal.r4;
