/**
 * Version-neutral FHIR mapping infrastructure shared by the R4 ({@code internal.r4}) and STU3
 * ({@code internal.stu3}) packages.
 *
 * <p><b>How a version package plugs in.</b> It provides one class implementing {@link
 * dev.koine.fhir.internal.map.VersionMapper} with a public no-argument constructor: {@code
 * dev.koine.fhir.internal.r4.R4Mapper} or {@code dev.koine.fhir.internal.stu3.Stu3Mapper}. {@code
 * FhirCodec} reads the bytes into a {@code FhirTree} (JSON or XML), tells the version from the
 * content (or the format argument), wraps the root Bundle in a {@link
 * dev.koine.fhir.internal.map.MessageBundle} and calls {@code decode(Dec, MessageBundle)}; it calls
 * {@code encode(Message, losses)} and writes the returned Bundle node. Inside its mapper a version
 * package dispatches on the event / bundle type to its payload mappers as it likes.
 *
 * <p><b>Consumption.</b> A {@link dev.koine.fhir.internal.map.Dec} is the state of one decode. Read
 * the tree only through its helpers ({@code str}, {@code strs}, {@code bool}, {@code integer},
 * {@code decimal}, {@code time}, {@code child}, {@code children}) and through the datatype decoders
 * in {@link dev.koine.fhir.internal.map.Datatypes} and {@link dev.koine.fhir.internal.map.Values}:
 * they mark what they return. Whatever stays unmarked when the decode ends is reported by the codec
 * as a {@code Loss(path, "no place in the model")}, so never mark a node whose content the model
 * does not hold exactly (so that encode reproduces it). Wrap any step that builds a model record in
 * {@code d.attempt(location, () -> ...)}: if the record's constructor refuses the content, the
 * marks made inside are dropped, null is returned, and the content becomes losses instead of an
 * internal error. For a resource that would otherwise be carried verbatim, {@code
 * d.attemptWhole(location, resource, () -> ...)} also drops the step (silently, returning null)
 * when any leaf of the resource stays unmarked, so the entry can be left untaken and kept whole.
 *
 * <p><b>Entries and references.</b> {@link dev.koine.fhir.internal.map.MessageBundle} lists the
 * entries with their entity ids ({@code resource.id}, else the {@code x} of {@code fullUrl
 * urn:uuid:x}); call {@code bundle.take(d, entry)} when a resource has been mapped (best through
 * {@link dev.koine.fhir.internal.map.EntityMapper#take}), which marks the entry, its id and its
 * fullUrl. References: {@code urn:uuid:x} is the model target {@code x}; other strings are kept
 * verbatim; {@link dev.koine.fhir.internal.map.Datatypes#ref} does both directions. Encoding: build
 * each resource as {@code Enc.resource("resource", type)} with its {@code id}, then {@link
 * dev.koine.fhir.internal.map.MessageBundle#write} makes the entries with {@code fullUrl =
 * urn:uuid:<id>}. The shared actor resources (Patient, Practitioner, PractitionerRole,
 * Organization, Location, HealthcareService, RelatedPerson, Device) are mapped by {@link
 * dev.koine.fhir.internal.map.EntityMapper} / {@link dev.koine.fhir.internal.map.PatientMapper}
 * with the version taken from {@code Dec.version()} or passed as a {@link
 * dev.koine.fhir.internal.map.FhirVersion}.
 *
 * <p><b>Extras.</b> Call {@code Values.extras(d, resource, typedUrls)} last for each resource: it
 * keeps meta, text, language and the extensions not mapped to typed fields (their urls in {@code
 * typedUrls}), so they round-trip; {@code Values.extras(enc, extras, version)} writes them back.
 *
 * <p><b>Losses and issues.</b> Decode losses are automatic (unmarked leaves). Encode losses (model
 * content the version cannot carry) are added by the mapper to the {@code losses} list with a model
 * path ({@code Patient.religion}). Findings (near-miss systems, whitespace in codes, retired codes)
 * go to {@code d.issue(...)}; locations name elements, never values.
 */
package dev.koine.fhir.internal.map;
