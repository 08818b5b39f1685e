/**
 * The clinical building blocks every wire format maps to and from: patients, practitioners,
 * organisations, locations, encounters, conditions, procedures, medications, allergies,
 * observations, specimens, reports, requests, appointments, documents and flags.
 *
 * <p>All types are immutable records validated in their canonical constructors; the large ones have
 * a {@code builder()} and {@code toBuilder()}. Absent values are {@code null} (never {@code ""}),
 * lists are never null. Entities name each other through {@link dev.koine.core.model.Ref} (by id
 * within the message, by identifier, or by URL), and a message's entities live in {@link
 * dev.koine.core.model.Entities}. What the FHIR standards carry that has no typed field here (meta,
 * narrative, unknown extensions) is kept in {@link dev.koine.core.model.Extras}, so a round trip
 * loses nothing silently. {@code toString()} of anything that may carry patient data names only
 * which components are present. See {@code docs/model.md} for the NHS source of every field.
 */
package dev.koine.core.model;
