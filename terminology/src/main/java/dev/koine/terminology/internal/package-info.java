/**
 * Implementation of the terminology module: the FHIR JSON/XML element-tree readers, the mapper to
 * the model, the CSV and v2-to-FHIR sheet readers, the compact concept-map storage, value-set
 * evaluation and the bundled pack registry. Not API: may change without notice.
 */
package dev.koine.terminology.internal;
