/**
 * The FHIR R4 mappings: BaRS (referral, referral response, booking), NHS England Pathology
 * (laboratory order, unsolicited observations), UK Core encounter notifications and the R4
 * Acknowledgement Framework, over the shared infrastructure of {@code internal.map}.
 */
package dev.koine.fhir.internal.r4;
