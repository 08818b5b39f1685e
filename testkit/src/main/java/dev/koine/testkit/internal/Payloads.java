package dev.koine.testkit.internal;

import static dev.koine.testkit.internal.Gen.opt;
import static dev.koine.testkit.internal.Gen.rare;
import static dev.koine.testkit.internal.Gen.sparseListOf;

import dev.koine.core.code.CodeSystems;
import dev.koine.core.code.Coding;
import dev.koine.core.code.Concept;
import dev.koine.core.message.AckStatus;
import dev.koine.core.message.AckType;
import dev.koine.core.message.Acknowledgement;
import dev.koine.core.message.BookingRequest;
import dev.koine.core.message.CareDocument;
import dev.koine.core.message.DocumentKind;
import dev.koine.core.message.LabOrder;
import dev.koine.core.message.LabReport;
import dev.koine.core.message.PatientEvent;
import dev.koine.core.message.PatientEventKind;
import dev.koine.core.message.Referral;
import dev.koine.core.message.ReferralResponse;
import dev.koine.core.model.Composition;
import dev.koine.core.model.DocumentAttachment;
import dev.koine.core.model.Narrative;
import dev.koine.core.model.Patient;
import dev.koine.core.model.Ref;
import dev.koine.core.model.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;

/** Arbitraries for the eight payload types, internally consistent where a standard needs it. */
public final class Payloads {
  private Payloads() {}

  /** A patient that has an id, and a reference to it. */
  public record Subject(Patient patient, Ref ref) {}

  /** Patients with an id (their own or a generated UUID) and a reference to them. */
  public static Arbitrary<Subject> subjects() {
    return Gen.memo(
        "Payloads.subjects",
        () -> {
          return Combinators.combine(Actors.patients(), Texts.uuids())
              .as(
                  (p, u) -> {
                    Patient withId = p.id() == null ? p.toBuilder().id(u).build() : p;
                    return new Subject(withId, new Ref(withId.id(), "Patient", null, null));
                  });
        });
  }

  /** Referrals whose request names the patient as its subject. */
  public static Arbitrary<Referral> referrals() {
    return Gen.memo(
        "Payloads.referrals",
        () -> {
          return Combinators.combine(subjects(), Clinical.serviceRequests(), Care.entities())
              .as(
                  (s, r, related) ->
                      new Referral(
                          r.toBuilder().subject(s.ref()).intent("plan").build(),
                          s.patient(),
                          related));
        });
  }

  /** Referral responses. */
  public static Arbitrary<ReferralResponse> referralResponses() {
    return Gen.memo(
        "Payloads.referralResponses",
        () -> {
          return Combinators.combine(
                  opt(Clinical.serviceRequests()),
                  opt(Blocks.concepts()),
                  opt(Actors.patients()),
                  Care.entities(),
                  Gen.rare(Gen.listOf(Blocks.refs())))
              .as(
                  (request, outcome, patient, related, focus) ->
                      new ReferralResponse(
                          request, outcome, patient, related, focus == null ? List.of() : focus));
        });
  }

  /** Booking requests. */
  public static Arbitrary<BookingRequest> bookingRequests() {
    return Gen.memo(
        "Payloads.bookingRequests",
        () -> {
          return Combinators.combine(
                  Care.appointments(), Gen.nullable(Actors.patients(), 0.2), Care.entities())
              .as(BookingRequest::new);
        });
  }

  /** The mandatory (1..1) PRSB headings of each document kind (NHS-STANDARDS.md §1.2). */
  public static final Map<DocumentKind, List<Coding>> MANDATORY_HEADINGS =
      Map.of(
          DocumentKind.INPATIENT_DISCHARGE,
          Fixtures.PRSB_HEADINGS.stream()
              .filter(
                  c ->
                      List.of(
                              "886921000000105",
                              "887181000000106",
                              "887161000000102",
                              "886711000000101",
                              "886731000000109",
                              "887231000000104")
                          .contains(c.code()))
              .toList());

  /** The document type a document kind carries in Composition.type. */
  public static Concept documentType(DocumentKind kind) {
    return switch (kind) {
      case INPATIENT_DISCHARGE, MENTAL_HEALTH_DISCHARGE, EMERGENCY_CARE_DISCHARGE ->
          Concept.of(Fixtures.DOCUMENT_TYPES.get(0));
      case OUTPATIENT_LETTER, CONSULTATION_REPORT -> Concept.of(Fixtures.DOCUMENT_TYPES.get(1));
      case OTHER -> Concept.of(Fixtures.DOCUMENT_TYPES.get(2));
    };
  }

  /** A section for a PRSB heading, with a narrative. */
  public static Section headingSection(Coding heading, Narrative text) {
    return new Section(
        heading.display(),
        Concept.of(heading),
        List.of(),
        null,
        text,
        null,
        null,
        List.of(),
        null,
        List.of(),
        List.of());
  }

  /** Care documents whose composition type fits the kind and carries its mandatory headings. */
  public static Arbitrary<CareDocument> careDocuments() {
    return Gen.memo(
        "Payloads.careDocuments",
        () -> {
          return Combinators.combine(
                  Arbitraries.of(DocumentKind.class),
                  Care.compositions(),
                  Blocks.narratives(),
                  opt(Envelopes.bundleInfos()),
                  Gen.nullable(subjects(), 0.1),
                  Care.entities())
              .as(
                  (kind, composition, narrative, bundle, subject, related) -> {
                    List<Section> sections = new ArrayList<>();
                    for (Coding heading : MANDATORY_HEADINGS.getOrDefault(kind, List.of())) {
                      sections.add(headingSection(heading, narrative));
                    }
                    sections.addAll(composition.sections());
                    Composition.Builder b =
                        composition.toBuilder().type(documentType(kind)).sections(sections);
                    if (subject != null) {
                      b.subject(subject.ref());
                    }
                    return new CareDocument(
                        kind,
                        b.build(),
                        bundle,
                        subject == null ? null : subject.patient(),
                        related);
                  });
        });
  }

  /**
   * The document with these PDF attachments added to its related documents, each referenced from a
   * section of its own ("one section per Binary", GP Connect Send Document), those sections first.
   */
  public static CareDocument withPdfAttachments(CareDocument doc, List<DocumentAttachment> pdfs) {
    if (pdfs.isEmpty()) {
      return doc;
    }
    List<Section> sections = new ArrayList<>();
    List<DocumentAttachment> documents = new ArrayList<>(doc.related().documents());
    for (DocumentAttachment pdf : pdfs) {
      sections.add(
          new Section(
              "Consultation report",
              null,
              List.of(),
              null,
              null,
              null,
              null,
              List.of(Ref.to(pdf.id())),
              null,
              List.of(),
              List.of()));
      documents.add(pdf);
    }
    sections.addAll(doc.composition().sections());
    return doc.toBuilder()
        .composition(doc.composition().toBuilder().sections(sections).build())
        .related(doc.related().toBuilder().documents(documents).build())
        .build();
  }

  /** Care documents with one to three PDF attachments, each referenced from a section. */
  public static Arbitrary<CareDocument> careDocumentsWithPdfs() {
    return Gen.memo(
        "Payloads.careDocumentsWithPdfs",
        () -> {
          return Combinators.combine(
                  careDocuments(),
                  Care.pdfAttachments()
                      .list()
                      .ofMinSize(1)
                      .ofMaxSize(3)
                      .uniqueElements(DocumentAttachment::id))
              .as(Payloads::withPdfAttachments);
        });
  }

  /** Lab orders of one to three requests about the patient. */
  public static Arbitrary<LabOrder> labOrders() {
    return Gen.memo(
        "Payloads.labOrders",
        () -> {
          return Combinators.combine(
                  subjects(),
                  Clinical.serviceRequests().list().ofMinSize(1).ofMaxSize(3),
                  Care.entities())
              .as(
                  (s, requests, related) ->
                      new LabOrder(
                          requests.stream()
                              .map(r -> r.toBuilder().subject(s.ref()).intent("order").build())
                              .toList(),
                          s.patient(),
                          related));
        });
  }

  /** Lab reports of one to three diagnostic reports about the patient. */
  public static Arbitrary<LabReport> labReports() {
    return Gen.memo(
        "Payloads.labReports",
        () -> {
          return Combinators.combine(
                  subjects(),
                  Clinical.diagnosticReports().list().ofMinSize(1).ofMaxSize(3),
                  Care.entities())
              .as(
                  (s, reports, related) ->
                      new LabReport(
                          reports.stream()
                              .map(r -> r.toBuilder().subject(s.ref()).build())
                              .toList(),
                          s.patient(),
                          related));
        });
  }

  /** Patient events of every kind; merges name the identifiers merged away. */
  public static Arbitrary<PatientEvent> patientEvents() {
    return Gen.memo(
        "Payloads.patientEvents",
        () -> {
          return Builders.withBuilder(PatientEvent::builder)
              .use(Arbitraries.of(PatientEventKind.class))
              .in(PatientEvent.Builder::kind)
              .use(Actors.patients())
              .in(PatientEvent.Builder::patient)
              .use(opt(Clinical.encounters()))
              .in(PatientEvent.Builder::encounter)
              .use(opt(External.times()))
              .in(PatientEvent.Builder::recordedAt)
              .use(opt(External.times()))
              .in(PatientEvent.Builder::occurredAt)
              .use(rare(External.times()))
              .in(PatientEvent.Builder::plannedAt)
              .use(rare(Blocks.concepts()))
              .in(PatientEvent.Builder::eventReason)
              .use(rare(Blocks.refs()))
              .in(PatientEvent.Builder::operator)
              .use(Gen.nonEmptyListOf(Blocks.localIdentifiers()))
              .in((b, ids) -> b.priorIdentifiers(ids))
              .use(rare(Blocks.localIdentifiers()))
              .in(PatientEvent.Builder::priorVisit)
              .use(Care.entities())
              .in(PatientEvent.Builder::related)
              .build(
                  b -> {
                    PatientEvent e = b.build();
                    return e.kind() == PatientEventKind.MERGE
                        ? e
                        : e.toBuilder().priorIdentifiers(List.of()).build();
                  });
        });
  }

  private static Coding responseCode(AckType type, AckStatus status, int family) {
    boolean ok = status == AckStatus.OK;
    return switch (family) {
      case 0 ->
          type == AckType.INFRASTRUCTURE
              ? (ok
                  ? Coding.of(CodeSystems.ITK_RESPONSE_CODES, "20013", "Success")
                  : Coding.of(
                      CodeSystems.ITK_RESPONSE_CODES, "20009", "Payload validation failure"))
              : (ok
                  ? Coding.of(CodeSystems.ITK_RESPONSE_CODES, "30001", "Patient known here")
                  : Coding.of(CodeSystems.ITK_RESPONSE_CODES, "30002", "Patient not known here"));
      case 1 -> {
        String code;
        if (type == AckType.INFRASTRUCTURE) {
          code = ok ? "CA" : status == AckStatus.TRANSIENT_ERROR ? "CE" : "CR";
        } else {
          code = ok ? "AA" : status == AckStatus.TRANSIENT_ERROR ? "AE" : "AR";
        }
        yield Coding.of(CodeSystems.V2_ACK_CODE, code);
      }
      default -> Coding.of(CodeSystems.FHIR_RESPONSE_CODE, status.fhirCode());
    };
  }

  /** Acknowledgements whose response code (ITK3, HL7 v2 or R4) agrees with type and status. */
  public static Arbitrary<Acknowledgement> acknowledgements() {
    return Gen.memo(
        "Payloads.acknowledgements",
        () -> {
          return Combinators.combine(
                  Arbitraries.of(AckType.class),
                  Arbitraries.of(AckStatus.class),
                  Arbitraries.integers().between(0, 3),
                  sparseListOf(Envelopes.ackIssues()),
                  opt(Texts.text()))
              .as(
                  (type, status, family, issues, text) ->
                      new Acknowledgement(
                          type,
                          status,
                          family == 3 ? null : responseCode(type, status, family),
                          issues,
                          text));
        });
  }
}
