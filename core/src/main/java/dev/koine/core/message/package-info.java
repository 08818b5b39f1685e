/**
 * Messages: an {@link dev.koine.core.message.Envelope} (id, event, timestamp, sender, recipients
 * with action or information type, acknowledgement requests, sender reference, correlation, family)
 * and a sealed {@link dev.koine.core.message.Payload}: {@link dev.koine.core.message.Referral},
 * {@link dev.koine.core.message.ReferralResponse}, {@link dev.koine.core.message.BookingRequest},
 * {@link dev.koine.core.message.CareDocument}, {@link dev.koine.core.message.LabOrder}, {@link
 * dev.koine.core.message.LabReport}, {@link dev.koine.core.message.PatientEvent} and {@link
 * dev.koine.core.message.Acknowledgement}.
 */
package dev.koine.core.message;
