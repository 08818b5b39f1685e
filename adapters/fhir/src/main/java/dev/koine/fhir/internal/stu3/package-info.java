/**
 * FHIR STU3 (3.0.2) ITK3 messaging: the {@code ITK-Message-Bundle-1} message bundle, the {@code
 * ITK-MessageHeader-2} header with the {@code Extension-ITK-MessageHandling-2} handling
 * specification, and the ITK008M response ({@code ITK-Response-OperationOutcome-1}) and ITK012M
 * National Pathology results (a LabReport), to and from the Koine model; and care documents ({@link
 * dev.koine.fhir.internal.stu3.Stu3Document}, {@link
 * dev.koine.fhir.internal.stu3.Stu3Composition}): ITK3 Transfer of Care / Send Document messages
 * (ITK003D, ITK004D, ITK005D, ITK006D, ITK007C) whose focus is an {@code ITK-Document-Bundle-1},
 * and bare document Bundles (STU3, and R4 through the R4 mapper), as {@code CareDocument}s; a bare
 * document's envelope has family OTHER and the event {@code
 * https://koine.dev/CodeSystem/fhir-container|document}. {@link
 * dev.koine.fhir.internal.stu3.Stu3Mapper} is the version mapper the codec loads.
 */
package dev.koine.fhir.internal.stu3;
