/**
 * FHIR STU3 (3.0.2) ITK3 messaging: the {@code ITK-Message-Bundle-1} message bundle, the {@code
 * ITK-MessageHeader-2} header with the {@code Extension-ITK-MessageHandling-2} handling
 * specification, and the ITK008M response ({@code ITK-Response-OperationOutcome-1}) and ITK012M
 * National Pathology results (a LabReport), to and from the Koine model. {@link
 * dev.koine.fhir.internal.stu3.Stu3Mapper} is the version mapper the codec loads.
 */
package dev.koine.fhir.internal.stu3;
