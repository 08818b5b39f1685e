/**
 * The FHIR R4 mappings: BaRS (referral, referral response, booking), NHS England Pathology
 * (laboratory order, unsolicited observations), UK Core encounter notifications and the R4
 * Acknowledgement Framework, over the shared infrastructure of {@code internal.map}; a bare {@code
 * document} Bundle (UK Core) is handed to the shared document mapping {@code
 * internal.stu3.Stu3Document}, which writes R4 elements ({@code category}, section author and
 * focus) for R4.
 */
package dev.koine.fhir.internal.r4;
