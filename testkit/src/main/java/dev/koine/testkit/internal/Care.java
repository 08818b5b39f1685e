package dev.koine.testkit.internal;

import static dev.koine.testkit.internal.Actors.code;
import static dev.koine.testkit.internal.Gen.listOf;
import static dev.koine.testkit.internal.Gen.opt;
import static dev.koine.testkit.internal.Gen.rare;
import static dev.koine.testkit.internal.Gen.sparseListOf;

import dev.koine.core.model.Appointment;
import dev.koine.core.model.AppointmentParticipant;
import dev.koine.core.model.Attachment;
import dev.koine.core.model.Attester;
import dev.koine.core.model.Bytes;
import dev.koine.core.model.CarePlan;
import dev.koine.core.model.CarePlanActivity;
import dev.koine.core.model.Composition;
import dev.koine.core.model.Consent;
import dev.koine.core.model.ConsentPolicy;
import dev.koine.core.model.DocumentAttachment;
import dev.koine.core.model.Entities;
import dev.koine.core.model.Extras;
import dev.koine.core.model.Flag;
import dev.koine.core.model.RelatesTo;
import dev.koine.core.model.Section;
import dev.koine.core.model.Slot;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Arbitraries for bookings, plans, consents, flags, documents and the entity set. Not API. */
public final class Care {
  private Care() {}

  /** Appointment participants. */
  public static Arbitrary<AppointmentParticipant> appointmentParticipants() {
    return Gen.memo(
        "Care.appointmentParticipants",
        () -> {
          return Combinators.combine(
                  sparseListOf(Blocks.concept(Fixtures.ROLES)),
                  opt(Blocks.refs()),
                  opt(Arbitraries.of("required", "optional", "information-only")),
                  Arbitraries.of("accepted", "declined", "tentative", "needs-action"),
                  rare(External.periods()))
              .as(AppointmentParticipant::new);
        });
  }

  /** Appointments (BaRS booking, HL7 v2 SIU). */
  public static Arbitrary<Appointment> appointments() {
    return Gen.memo(
        "Care.appointments",
        () -> {
          return Builders.withBuilder(Appointment::builder)
              .use(opt(Texts.ids()))
              .in(Appointment.Builder::id)
              .use(sparseListOf(Blocks.localIdentifiers()))
              .in(Appointment.Builder::identifiers)
              .use(opt(Arbitraries.of("proposed", "pending", "booked", "cancelled", "noshow")))
              .in(Appointment.Builder::status)
              .use(rare(Blocks.concepts()))
              .in(Appointment.Builder::cancelationReason)
              .use(sparseListOf(Blocks.concepts()))
              .in(Appointment.Builder::serviceCategories)
              .use(sparseListOf(Blocks.concepts()))
              .in(Appointment.Builder::serviceTypes)
              .use(sparseListOf(Blocks.concept(Fixtures.SPECIALTIES)))
              .in(Appointment.Builder::specialties)
              .use(rare(code("http://terminology.hl7.org/CodeSystem/v2-0276", "ROUTINE", "WALKIN")))
              .in(Appointment.Builder::appointmentType)
              .use(sparseListOf(Blocks.concept(Fixtures.CONDITIONS)))
              .in(Appointment.Builder::reasonCodes)
              .use(sparseListOf(Blocks.refs()))
              .in(Appointment.Builder::reasonReferences)
              .use(rare(Arbitraries.integers().between(0, 9)))
              .in(Appointment.Builder::priority)
              .use(opt(Texts.text()))
              .in(Appointment.Builder::description)
              .use(sparseListOf(Blocks.refs()))
              .in(Appointment.Builder::supportingInfo)
              .use(opt(External.times()))
              .in(Appointment.Builder::start)
              .use(opt(External.times()))
              .in(Appointment.Builder::end)
              .use(rare(Arbitraries.integers().between(5, 240)))
              .in(Appointment.Builder::minutesDuration)
              .use(sparseListOf(Blocks.refs()))
              .in(Appointment.Builder::slots)
              .use(opt(External.times()))
              .in(Appointment.Builder::created)
              .use(rare(Texts.text()))
              .in(Appointment.Builder::comment)
              .use(rare(Texts.text()))
              .in(Appointment.Builder::patientInstruction)
              .use(sparseListOf(Blocks.refs()))
              .in(Appointment.Builder::basedOn)
              .use(listOf(appointmentParticipants()))
              .in(Appointment.Builder::participants)
              .use(sparseListOf(External.periods()))
              .in(Appointment.Builder::requestedPeriods)
              .use(Blocks.extras())
              .in(Appointment.Builder::extras)
              .build(Appointment.Builder::build);
        });
  }

  /** Slots. */
  public static Arbitrary<Slot> slots() {
    return Gen.memo(
        "Care.slots",
        () -> {
          return Builders.withBuilder(Slot::builder)
              .use(opt(Texts.ids()))
              .in(Slot.Builder::id)
              .use(sparseListOf(Blocks.localIdentifiers()))
              .in(Slot.Builder::identifiers)
              .use(sparseListOf(Blocks.concepts()))
              .in(Slot.Builder::serviceCategories)
              .use(sparseListOf(Blocks.concepts()))
              .in(Slot.Builder::serviceTypes)
              .use(sparseListOf(Blocks.concept(Fixtures.SPECIALTIES)))
              .in(Slot.Builder::specialties)
              .use(rare(Blocks.concepts()))
              .in(Slot.Builder::appointmentType)
              .use(opt(Blocks.refs()))
              .in(Slot.Builder::schedule)
              .use(opt(Arbitraries.of("busy", "free", "busy-unavailable", "busy-tentative")))
              .in(Slot.Builder::status)
              .use(opt(External.times()))
              .in(Slot.Builder::start)
              .use(opt(External.times()))
              .in(Slot.Builder::end)
              .use(rare(Arbitraries.of(true, false)))
              .in(Slot.Builder::overbooked)
              .use(rare(Texts.text()))
              .in(Slot.Builder::comment)
              .use(Blocks.extras())
              .in(Slot.Builder::extras)
              .build(Slot.Builder::build);
        });
  }

  /** Care plan activities (BaRS triage outcomes). */
  public static Arbitrary<CarePlanActivity> carePlanActivities() {
    return Gen.memo(
        "Care.carePlanActivities",
        () -> {
          return Combinators.combine(
                  sparseListOf(Blocks.concepts()),
                  sparseListOf(Blocks.refs()),
                  sparseListOf(Blocks.notes()),
                  opt(Blocks.refs()),
                  opt(Arbitraries.of("not-started", "scheduled", "in-progress", "completed")),
                  rare(Blocks.concepts()),
                  rare(Texts.text()))
              .as(CarePlanActivity::new);
        });
  }

  /** Care plans. */
  public static Arbitrary<CarePlan> carePlans() {
    return Gen.memo(
        "Care.carePlans",
        () -> {
          return Builders.withBuilder(CarePlan::builder)
              .use(opt(Texts.ids()))
              .in(CarePlan.Builder::id)
              .use(sparseListOf(Blocks.localIdentifiers()))
              .in(CarePlan.Builder::identifiers)
              .use(sparseListOf(Blocks.refs()))
              .in(CarePlan.Builder::basedOn)
              .use(opt(Arbitraries.of("draft", "active", "completed", "revoked")))
              .in(CarePlan.Builder::status)
              .use(opt(Arbitraries.of("proposal", "plan", "order", "option")))
              .in(CarePlan.Builder::intent)
              .use(sparseListOf(Blocks.concepts()))
              .in(CarePlan.Builder::categories)
              .use(rare(Texts.text()))
              .in(CarePlan.Builder::title)
              .use(rare(Texts.text()))
              .in(CarePlan.Builder::description)
              .use(opt(Blocks.refs()))
              .in(CarePlan.Builder::subject)
              .use(rare(Blocks.refs()))
              .in(CarePlan.Builder::encounter)
              .use(rare(External.periods()))
              .in(CarePlan.Builder::period)
              .use(opt(External.times()))
              .in(CarePlan.Builder::created)
              .use(rare(Blocks.refs()))
              .in(CarePlan.Builder::author)
              .use(sparseListOf(Blocks.refs()))
              .in(CarePlan.Builder::addresses)
              .use(sparseListOf(Blocks.refs()))
              .in(CarePlan.Builder::supportingInfo)
              .use(listOf(carePlanActivities()))
              .in(CarePlan.Builder::activities)
              .use(sparseListOf(Blocks.notes()))
              .in(CarePlan.Builder::notes)
              .use(Blocks.extras())
              .in(CarePlan.Builder::extras)
              .build(CarePlan.Builder::build);
        });
  }

  /** Consent policies. */
  public static Arbitrary<ConsentPolicy> consentPolicies() {
    return Gen.memo(
        "Care.consentPolicies",
        () -> {
          return Combinators.combine(opt(Texts.uris()), opt(Texts.uris())).as(ConsentPolicy::new);
        });
  }

  /** Consents. */
  public static Arbitrary<Consent> consents() {
    return Gen.memo(
        "Care.consents",
        () -> {
          return Builders.withBuilder(Consent::builder)
              .use(opt(Texts.ids()))
              .in(Consent.Builder::id)
              .use(sparseListOf(Blocks.localIdentifiers()))
              .in(Consent.Builder::identifiers)
              .use(opt(Arbitraries.of("draft", "proposed", "active", "rejected", "inactive")))
              .in(Consent.Builder::status)
              .use(
                  opt(
                      code(
                          "http://terminology.hl7.org/CodeSystem/consentscope",
                          "patient-privacy",
                          "treatment")))
              .in(Consent.Builder::scope)
              .use(sparseListOf(Blocks.concepts()))
              .in(Consent.Builder::categories)
              .use(opt(Blocks.refs()))
              .in(Consent.Builder::patient)
              .use(opt(External.times()))
              .in(Consent.Builder::dateTime)
              .use(sparseListOf(Blocks.refs()))
              .in(Consent.Builder::performers)
              .use(sparseListOf(Blocks.refs()))
              .in(Consent.Builder::organisations)
              .use(rare(Blocks.concepts()))
              .in(Consent.Builder::policyRule)
              .use(sparseListOf(consentPolicies()))
              .in(Consent.Builder::policies)
              .use(opt(Arbitraries.of("deny", "permit")))
              .in(Consent.Builder::provisionType)
              .use(rare(External.periods()))
              .in(Consent.Builder::provisionPeriod)
              .use(Blocks.extras())
              .in(Consent.Builder::extras)
              .build(Consent.Builder::build);
        });
  }

  /** Flags (BaRS scene safety, alerts). */
  public static Arbitrary<Flag> flags() {
    return Gen.memo(
        "Care.flags",
        () -> {
          return Builders.withBuilder(Flag::builder)
              .use(opt(Texts.ids()))
              .in(Flag.Builder::id)
              .use(sparseListOf(Blocks.localIdentifiers()))
              .in(Flag.Builder::identifiers)
              .use(opt(Arbitraries.of("active", "inactive", "entered-in-error")))
              .in(Flag.Builder::status)
              .use(
                  sparseListOf(
                      code(
                          "http://terminology.hl7.org/CodeSystem/flag-category",
                          "safety",
                          "clinical")))
              .in(Flag.Builder::categories)
              .use(Blocks.concepts())
              .in(Flag.Builder::code)
              .use(opt(Blocks.refs()))
              .in(Flag.Builder::subject)
              .use(rare(External.periods()))
              .in(Flag.Builder::period)
              .use(rare(Blocks.refs()))
              .in(Flag.Builder::encounter)
              .use(rare(Blocks.refs()))
              .in(Flag.Builder::author)
              .use(Blocks.extras())
              .in(Flag.Builder::extras)
              .build(Flag.Builder::build);
        });
  }

  /** Documents and binaries. */
  public static Arbitrary<DocumentAttachment> documentAttachments() {
    return Gen.memo(
        "Care.documentAttachments",
        () -> {
          return Builders.withBuilder(DocumentAttachment::builder)
              .use(opt(Texts.ids()))
              .in(DocumentAttachment.Builder::id)
              .use(sparseListOf(Blocks.localIdentifiers()))
              .in(DocumentAttachment.Builder::identifiers)
              .use(opt(Arbitraries.of("current", "superseded", "entered-in-error")))
              .in(DocumentAttachment.Builder::status)
              .use(opt(Blocks.concept(Fixtures.DOCUMENT_TYPES)))
              .in(DocumentAttachment.Builder::type)
              .use(sparseListOf(Blocks.concepts()))
              .in(DocumentAttachment.Builder::categories)
              .use(opt(Blocks.refs()))
              .in(DocumentAttachment.Builder::subject)
              .use(opt(External.times()))
              .in(DocumentAttachment.Builder::date)
              .use(sparseListOf(Blocks.refs()))
              .in(DocumentAttachment.Builder::authors)
              .use(rare(Blocks.refs()))
              .in(DocumentAttachment.Builder::custodian)
              .use(rare(Texts.text()))
              .in(DocumentAttachment.Builder::description)
              .use(listOf(Blocks.attachments()))
              .in(DocumentAttachment.Builder::contents)
              .use(Blocks.extras())
              .in(DocumentAttachment.Builder::extras)
              .build(DocumentAttachment.Builder::build);
        });
  }

  /**
   * PDF attachments as a FHIR Binary (ITK-Attachment-Binary-1, GP Connect Send Document) carries
   * them: a UUID id, one inline {@code application/pdf} content whose bytes are a tiny PDF ({@code
   * %PDF-1.x ... %%EOF}, sometimes with binary bytes in the body), rarely a resource language.
   */
  public static Arbitrary<DocumentAttachment> pdfAttachments() {
    return Gen.memo(
        "Care.pdfAttachments",
        () -> {
          Arbitrary<byte[]> body =
              Arbitraries.bytes().array(byte[].class).ofMinSize(0).ofMaxSize(48);
          return Combinators.combine(
                  Texts.uuids(),
                  Arbitraries.integers().between(3, 7),
                  body,
                  rare(Arbitraries.of("en-GB", "cy-GB")))
              .as(
                  (id, minor, bytes, language) -> {
                    byte[] head = ("%PDF-1." + minor + "\n").getBytes(StandardCharsets.US_ASCII);
                    byte[] tail = "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
                    byte[] pdf = new byte[head.length + bytes.length + tail.length];
                    System.arraycopy(head, 0, pdf, 0, head.length);
                    System.arraycopy(bytes, 0, pdf, head.length, bytes.length);
                    System.arraycopy(tail, 0, pdf, head.length + bytes.length, tail.length);
                    return DocumentAttachment.builder()
                        .id(id)
                        .addContent(Attachment.inline("application/pdf", Bytes.of(pdf)))
                        .extras(
                            language == null
                                ? Extras.NONE
                                : new Extras(null, null, language, List.of(), List.of()))
                        .build();
                  });
        });
  }

  /** Document attesters. */
  public static Arbitrary<Attester> attesters() {
    return Gen.memo(
        "Care.attesters",
        () -> {
          return Combinators.combine(
                  Arbitraries.of("personal", "professional", "legal", "official"),
                  opt(External.times()),
                  opt(Blocks.refs()))
              .as(Attester::new);
        });
  }

  /** Relationships to other documents. */
  public static Arbitrary<RelatesTo> relatesTo() {
    return Gen.memo(
        "Care.relatesTo",
        () -> {
          return Combinators.combine(
                  Arbitraries.of("replaces", "transforms", "signs", "appends"),
                  opt(Blocks.localIdentifiers()),
                  opt(Blocks.refs()))
              .as(RelatesTo::new);
        });
  }

  /** PRSB-headed sections nested at most {@code depth} levels below this one. */
  public static Arbitrary<Section> sections(int depth) {
    return Gen.memo(
        "Care.sections" + depth,
        () -> {
          Arbitrary<List<Section>> children =
              depth <= 0
                  ? Arbitraries.just(List.of())
                  : sparseListOf(Arbitraries.lazy(() -> sections(depth - 1)));
          return Combinators.combine(
                  Combinators.combine(
                          opt(Texts.text()),
                          opt(Blocks.concept(Fixtures.PRSB_HEADINGS)),
                          sparseListOf(Blocks.refs()),
                          rare(Blocks.refs()),
                          opt(Blocks.narratives()),
                          rare(Arbitraries.of("working", "snapshot", "changes")))
                      .as(Tuple::of),
                  rare(Blocks.concepts()),
                  listOf(Blocks.refs()),
                  rare(
                      code(
                          "http://terminology.hl7.org/CodeSystem/list-empty-reason",
                          "nilknown",
                          "notasked",
                          "withheld")),
                  children,
                  sparseListOf(Blocks.extensions(1)))
              .as(
                  (t, orderedBy, entries, emptyReason, subSections, extensions) ->
                      new Section(
                          t.get1(),
                          t.get2(),
                          t.get3(),
                          t.get4(),
                          t.get5(),
                          t.get6(),
                          orderedBy,
                          entries,
                          emptyReason,
                          subSections,
                          extensions));
        });
  }

  /** Compositions with PRSB sections up to three levels deep. */
  public static Arbitrary<Composition> compositions() {
    return Gen.memo(
        "Care.compositions",
        () -> {
          return Builders.withBuilder(Composition::builder)
              .use(opt(Texts.ids()))
              .in(Composition.Builder::id)
              .use(opt(Blocks.localIdentifiers()))
              .in(Composition.Builder::identifier)
              .use(opt(Arbitraries.of("preliminary", "final", "amended")))
              .in(Composition.Builder::status)
              .use(Blocks.concept(Fixtures.DOCUMENT_TYPES))
              .in(Composition.Builder::type)
              .use(opt(Blocks.concept(Fixtures.CARE_SETTINGS)))
              .in(Composition.Builder::careSettingType)
              .use(sparseListOf(Blocks.concepts()))
              .in(Composition.Builder::categories)
              .use(opt(Blocks.refs()))
              .in(Composition.Builder::subject)
              .use(opt(Blocks.refs()))
              .in(Composition.Builder::encounter)
              .use(opt(External.times()))
              .in(Composition.Builder::date)
              .use(listOf(Blocks.refs()))
              .in(Composition.Builder::authors)
              .use(opt(Texts.text()))
              .in(Composition.Builder::title)
              .use(opt(Arbitraries.of("N", "R", "V")))
              .in(Composition.Builder::confidentiality)
              .use(sparseListOf(attesters()))
              .in(Composition.Builder::attesters)
              .use(opt(Blocks.refs()))
              .in(Composition.Builder::custodian)
              .use(sparseListOf(relatesTo()))
              .in(Composition.Builder::relatesTo)
              .use(listOf(sections(2)))
              .in(Composition.Builder::sections)
              .use(Blocks.extras())
              .in(Composition.Builder::extras)
              .build(Composition.Builder::build);
        });
  }

  /** Sets of entities: each kind present one time in ten (at most two), most often none. */
  public static Arbitrary<Entities> entities() {
    return Gen.memo(
        "Care.entities",
        () -> {
          return Builders.withBuilder(Entities::builder)
              .use(Gen.scarceListOf(Clinical.encounters()))
              .in(Entities.Builder::encounters)
              .use(Gen.scarceListOf(Actors.organisations()))
              .in(Entities.Builder::organisations)
              .use(Gen.scarceListOf(Actors.practitioners()))
              .in(Entities.Builder::practitioners)
              .use(Gen.scarceListOf(Actors.practitionerRoles()))
              .in(Entities.Builder::practitionerRoles)
              .use(Gen.scarceListOf(Actors.locations()))
              .in(Entities.Builder::locations)
              .use(Gen.scarceListOf(Actors.healthcareServices()))
              .in(Entities.Builder::services)
              .use(Gen.scarceListOf(Actors.relatedPersons()))
              .in(Entities.Builder::relatedPersons)
              .use(Gen.scarceListOf(Actors.devices()))
              .in(Entities.Builder::devices)
              .use(Gen.scarceListOf(Clinical.conditions()))
              .in(Entities.Builder::conditions)
              .use(Gen.scarceListOf(Clinical.procedures()))
              .in(Entities.Builder::procedures)
              .use(Gen.scarceListOf(Clinical.medicationEntries()))
              .in(Entities.Builder::medications)
              .use(Gen.scarceListOf(Clinical.allergies()))
              .in(Entities.Builder::allergies)
              .use(Gen.scarceListOf(Clinical.observations()))
              .in(Entities.Builder::observations)
              .use(Gen.scarceListOf(Clinical.specimens()))
              .in(Entities.Builder::specimens)
              .use(Gen.scarceListOf(Clinical.diagnosticReports()))
              .in(Entities.Builder::diagnosticReports)
              .use(Gen.scarceListOf(Clinical.serviceRequests()))
              .in(Entities.Builder::serviceRequests)
              .use(Gen.scarceListOf(appointments()))
              .in(Entities.Builder::appointments)
              .use(Gen.scarceListOf(slots()))
              .in(Entities.Builder::slots)
              .use(Gen.scarceListOf(carePlans()))
              .in(Entities.Builder::carePlans)
              .use(Gen.scarceListOf(consents()))
              .in(Entities.Builder::consents)
              .use(Gen.scarceListOf(flags()))
              .in(Entities.Builder::flags)
              .use(Gen.scarceListOf(documentAttachments()))
              .in(Entities.Builder::documents)
              .use(Gen.scarceListOf(Actors.patients()))
              .in(Entities.Builder::otherPatients)
              .build(Entities.Builder::build);
        });
  }
}
