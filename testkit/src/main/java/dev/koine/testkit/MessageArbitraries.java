package dev.koine.testkit;

import dev.koine.core.code.Coding;
import dev.koine.core.message.AckIssue;
import dev.koine.core.message.AckRequest;
import dev.koine.core.message.AckStatus;
import dev.koine.core.message.AckType;
import dev.koine.core.message.Acknowledgement;
import dev.koine.core.message.BookingRequest;
import dev.koine.core.message.BundleEntry;
import dev.koine.core.message.BundleInfo;
import dev.koine.core.message.CareDocument;
import dev.koine.core.message.Correlation;
import dev.koine.core.message.DocumentKind;
import dev.koine.core.message.Envelope;
import dev.koine.core.message.Family;
import dev.koine.core.message.LabOrder;
import dev.koine.core.message.LabReport;
import dev.koine.core.message.Message;
import dev.koine.core.message.OtherContent;
import dev.koine.core.message.Party;
import dev.koine.core.message.PatientEvent;
import dev.koine.core.message.PatientEventKind;
import dev.koine.core.message.Payload;
import dev.koine.core.message.Recipient;
import dev.koine.core.message.RecipientType;
import dev.koine.core.message.Referral;
import dev.koine.core.message.ReferralResponse;
import dev.koine.core.message.ResponseRequest;
import dev.koine.core.message.Source;
import dev.koine.core.model.DocumentAttachment;
import dev.koine.core.model.RawElement;
import dev.koine.testkit.internal.Envelopes;
import dev.koine.testkit.internal.Gen;
import dev.koine.testkit.internal.Payloads;
import dev.koine.testkit.internal.Raw;
import dev.koine.testkit.internal.Texts;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik arbitraries for messages: envelopes (generic and per NHS standard family), the eight
 * payload types and whole messages whose envelope fits their payload.
 *
 * <p>Family envelopes carry what their standard requires: BaRS envelopes have a message id,
 * timestamp, sender organisation, at least one recipient, a {@code message-reason-bars} reason and
 * a MessageDefinition; ITK3 envelopes state both acknowledgement flags (both {@code never} for an
 * ITK008M response) and use the ITK3 event of the document kind; NHS England Pathology envelopes
 * use {@code unsolicited-observations} / {@code laboratory-order}; HL7 v2 envelopes use the trigger
 * event of the payload (an ADT event's trigger is its kind's). See {@link NearMisses} for values
 * that break exactly one such rule.
 */
public final class MessageArbitraries {
  private MessageArbitraries() {}

  // ---------------------------------------------------------------- envelope parts

  /** Senders. */
  public static Arbitrary<Party> parties() {
    return Envelopes.parties();
  }

  /** Sending software. */
  public static Arbitrary<Source> sources() {
    return Envelopes.sources();
  }

  /** Recipients with action/information type. */
  public static Arbitrary<Recipient> recipients() {
    return Envelopes.recipients();
  }

  /** Acknowledgement requests. */
  public static Arbitrary<AckRequest> ackRequests() {
    return Envelopes.ackRequests();
  }

  /** Correlations. */
  public static Arbitrary<Correlation> correlations() {
    return Envelopes.correlations();
  }

  /** Outer bundle details. */
  public static Arbitrary<BundleInfo> bundleInfos() {
    return Envelopes.bundleInfos();
  }

  /** Acknowledgement issues. */
  public static Arbitrary<AckIssue> ackIssues() {
    return Envelopes.ackIssues();
  }

  /** Standard families. */
  public static Arbitrary<Family> families() {
    return Gen.memo(
        "MessageArbitraries.families",
        () -> {
          return Arbitraries.of(Family.class);
        });
  }

  /** Document kinds. */
  public static Arbitrary<DocumentKind> documentKinds() {
    return Gen.memo(
        "MessageArbitraries.documentKinds",
        () -> {
          return Arbitraries.of(DocumentKind.class);
        });
  }

  /** Patient event kinds. */
  public static Arbitrary<PatientEventKind> patientEventKinds() {
    return Gen.memo(
        "MessageArbitraries.patientEventKinds",
        () -> {
          return Arbitraries.of(PatientEventKind.class);
        });
  }

  /** Acknowledgement types. */
  public static Arbitrary<AckType> ackTypes() {
    return Gen.memo(
        "MessageArbitraries.ackTypes",
        () -> {
          return Arbitraries.of(AckType.class);
        });
  }

  /** Acknowledgement statuses. */
  public static Arbitrary<AckStatus> ackStatuses() {
    return Gen.memo(
        "MessageArbitraries.ackStatuses",
        () -> {
          return Arbitraries.of(AckStatus.class);
        });
  }

  /** Recipient types. */
  public static Arbitrary<RecipientType> recipientTypes() {
    return Gen.memo(
        "MessageArbitraries.recipientTypes",
        () -> {
          return Arbitraries.of(RecipientType.class);
        });
  }

  /** Response requests. */
  public static Arbitrary<ResponseRequest> responseRequests() {
    return Gen.memo(
        "MessageArbitraries.responseRequests",
        () -> {
          return Arbitraries.of(ResponseRequest.class);
        });
  }

  // ---------------------------------------------------------------- envelopes

  /** Envelopes of any family and event, every optional part often absent. */
  public static Arbitrary<Envelope> envelopes() {
    return Envelopes.any();
  }

  /** BaRS envelopes (servicerequest-request/-response, booking-request/-response). */
  public static Arbitrary<Envelope> barsEnvelopes() {
    return Gen.memo(
        "MessageArbitraries.barsEnvelopes",
        () -> {
          return Envelopes.bars(Arbitraries.of(Envelopes.BARS_EVENTS));
        });
  }

  /** ITK3 envelopes (ITK003D ... ITK014M) with both acknowledgement flags stated. */
  public static Arbitrary<Envelope> itk3Envelopes() {
    return Gen.memo(
        "MessageArbitraries.itk3Envelopes",
        () -> {
          return Envelopes.itk3(Arbitraries.of(Envelopes.ITK_EVENTS));
        });
  }

  /** NHS England Pathology envelopes. */
  public static Arbitrary<Envelope> pathologyEnvelopes() {
    return Gen.memo(
        "MessageArbitraries.pathologyEnvelopes",
        () -> {
          return Envelopes.pathology(
              Arbitraries.of(
                  Envelopes.nhsEvent("unsolicited-observations"),
                  Envelopes.nhsEvent("laboratory-order")));
        });
  }

  /** UK Core messaging envelopes. */
  public static Arbitrary<Envelope> ukCoreEnvelopes() {
    return Gen.memo(
        "MessageArbitraries.ukCoreEnvelopes",
        () -> {
          return Envelopes.ukCore(Arbitraries.of(Envelopes.NHS_EVENTS));
        });
  }

  /** HL7 v2 envelopes (MSH) with the trigger events Koine maps. */
  public static Arbitrary<Envelope> hl7v2Envelopes() {
    return Gen.memo(
        "MessageArbitraries.hl7v2Envelopes",
        () -> {
          return Envelopes.hl7v2(Arbitraries.of(Envelopes.V2_EVENTS));
        });
  }

  // ---------------------------------------------------------------- payloads

  /** Referrals: the request names the patient as subject, intent {@code plan}. */
  public static Arbitrary<Referral> referrals() {
    return Payloads.referrals();
  }

  /** Referral responses. */
  public static Arbitrary<ReferralResponse> referralResponses() {
    return Payloads.referralResponses();
  }

  /** Booking requests. */
  public static Arbitrary<BookingRequest> bookingRequests() {
    return Payloads.bookingRequests();
  }

  /** Care documents of every kind, with the kind's document type and mandatory PRSB headings. */
  public static Arbitrary<CareDocument> careDocuments() {
    return Payloads.careDocuments();
  }

  /**
   * Care documents carrying one to three PDF attachments (GP Connect Send Document style), each
   * referenced from a section of its own placed first.
   */
  public static Arbitrary<CareDocument> careDocumentsWithPdfs() {
    return Payloads.careDocumentsWithPdfs();
  }

  /**
   * The document with these attachments added to its related documents, each referenced from a
   * section of its own placed first: for properties that shape a document before adding PDFs.
   */
  public static CareDocument withPdfAttachments(CareDocument doc, List<DocumentAttachment> pdfs) {
    return Payloads.withPdfAttachments(doc, pdfs);
  }

  /** Lab orders. */
  public static Arbitrary<LabOrder> labOrders() {
    return Payloads.labOrders();
  }

  /** Lab reports. */
  public static Arbitrary<LabReport> labReports() {
    return Payloads.labReports();
  }

  /** Patient events of every kind. */
  public static Arbitrary<PatientEvent> patientEvents() {
    return Payloads.patientEvents();
  }

  /** Acknowledgements whose response code agrees with their type and status. */
  public static Arbitrary<Acknowledgement> acknowledgements() {
    return Payloads.acknowledgements();
  }

  /**
   * Content of no typed message family: standalone resources, collection/searchset/transaction
   * bundles and messages with an event no payload claims.
   */
  public static Arbitrary<OtherContent> otherContents() {
    return Raw.otherContents();
  }

  /** Bundle entry details: a non-default fullUrl and/or a verbatim search element. */
  public static Arbitrary<BundleEntry> bundleEntries() {
    return Combinators.combine(
            Texts.uuids(), Arbitraries.of(true, false), Arbitraries.of(true, false))
        .as(
            (id, url, search) ->
                new BundleEntry(
                    id,
                    url ? "https://example.org/fhir/Task/" + id : null,
                    search
                        ? List.of(
                            RawElement.complex("search", List.of(RawElement.text("mode", "match"))))
                        : List.of()));
  }

  /** Payloads of every type, each type equally likely. */
  public static Arbitrary<Payload> payloads() {
    return Gen.memo(
        "MessageArbitraries.payloads",
        () -> {
          List<Arbitrary<? extends Payload>> all =
              List.of(
                  referrals(),
                  referralResponses(),
                  bookingRequests(),
                  careDocuments(),
                  labOrders(),
                  labReports(),
                  patientEvents(),
                  acknowledgements(),
                  otherContents());
          return Gen.oneOf(all);
        });
  }

  // ---------------------------------------------------------------- messages

  private static Arbitrary<Message> with(
      Arbitrary<? extends Payload> payloads, List<Arbitrary<Envelope>> envelopes) {
    return Combinators.combine(payloads, Gen.oneOf(envelopes)).as((p, e) -> Message.of(e, p));
  }

  private static Arbitrary<Coding> just(Coding coding) {
    return Arbitraries.just(coding);
  }

  /** Referral messages: BaRS servicerequest-request or HL7 v2 REF^I12. */
  public static Arbitrary<Message> referralMessages() {
    return Gen.memo(
        "MessageArbitraries.referralMessages",
        () -> {
          return with(
              referrals(),
              List.of(
                  Envelopes.bars(just(Envelopes.barsEvent("servicerequest-request"))),
                  Envelopes.hl7v2(just(Envelopes.v2("I12")))));
        });
  }

  /** Referral response messages: BaRS servicerequest-response. */
  public static Arbitrary<Message> referralResponseMessages() {
    return Gen.memo(
        "MessageArbitraries.referralResponseMessages",
        () -> {
          return with(
              referralResponses(),
              List.of(Envelopes.bars(just(Envelopes.barsEvent("servicerequest-response")))));
        });
  }

  /** Booking messages: BaRS booking-request or HL7 v2 SIU^S12. */
  public static Arbitrary<Message> bookingRequestMessages() {
    return Gen.memo(
        "MessageArbitraries.bookingRequestMessages",
        () -> {
          return with(
              bookingRequests(),
              List.of(
                  Envelopes.bars(just(Envelopes.barsEvent("booking-request"))),
                  Envelopes.hl7v2(just(Envelopes.v2("S12")))));
        });
  }

  /**
   * Care document messages: ITK3 with the event of the document kind (ITK003D ...); a document of
   * kind OTHER travels as UK Core {@code document} or HL7 v2 MDM^T02.
   */
  public static Arbitrary<Message> careDocumentMessages() {
    return Gen.memo(
        "MessageArbitraries.careDocumentMessages",
        () -> {
          Arbitrary<Coding> placeholder = just(Envelopes.nhsEvent("document"));
          return Combinators.combine(
                  careDocuments(),
                  Envelopes.itk3(placeholder),
                  Envelopes.ukCore(placeholder),
                  Envelopes.hl7v2(just(Envelopes.v2("T02"))),
                  Arbitraries.of(true, false))
              .as(
                  (doc, itk, ukCore, v2, preferV2) -> {
                    if (doc.kind() != DocumentKind.OTHER) {
                      return Message.of(
                          itk.toBuilder().event(Envelopes.eventOf(doc.kind())).build(), doc);
                    }
                    return Message.of(preferV2 ? v2 : ukCore, doc);
                  });
        });
  }

  /** Lab order messages: NHS England Pathology laboratory-order, HL7 v2 ORM^O01 / OML^O21. */
  public static Arbitrary<Message> labOrderMessages() {
    return Gen.memo(
        "MessageArbitraries.labOrderMessages",
        () -> {
          return with(
              labOrders(),
              List.of(
                  Envelopes.pathology(just(Envelopes.nhsEvent("laboratory-order"))),
                  Envelopes.hl7v2(Arbitraries.of(Envelopes.v2("O01"), Envelopes.v2("O21")))));
        });
  }

  /** Lab report messages: NHS England unsolicited-observations, ITK012M or HL7 v2 ORU^R01. */
  public static Arbitrary<Message> labReportMessages() {
    return Gen.memo(
        "MessageArbitraries.labReportMessages",
        () -> {
          return with(
              labReports(),
              List.of(
                  Envelopes.pathology(just(Envelopes.nhsEvent("unsolicited-observations"))),
                  Envelopes.itk3(just(Envelopes.itkEvent("ITK012M"))),
                  Envelopes.hl7v2(just(Envelopes.v2("R01")))));
        });
  }

  /** Patient event messages: HL7 v2 ADT with the kind's trigger; other kinds as UK Core. */
  public static Arbitrary<Message> patientEventMessages() {
    return Gen.memo(
        "MessageArbitraries.patientEventMessages",
        () -> {
          return Combinators.combine(
                  patientEvents(),
                  Envelopes.hl7v2(just(Envelopes.v2("A08"))),
                  Envelopes.ukCore(
                      Arbitraries.of(
                          Envelopes.nhsEvent("encounter"), Envelopes.nhsEvent("patient"))))
              .as(
                  (event, v2, ukCore) ->
                      event
                          .kind()
                          .v2Trigger()
                          .map(
                              t -> Message.of(v2.toBuilder().event(Envelopes.v2(t)).build(), event))
                          .orElseGet(() -> Message.of(ukCore, event)));
        });
  }

  /** Acknowledgement messages: ITK008M, HL7 v2 ACK or UK Core messaging. */
  public static Arbitrary<Message> acknowledgementMessages() {
    return Gen.memo(
        "MessageArbitraries.acknowledgementMessages",
        () -> {
          return with(
              acknowledgements(),
              List.of(
                  Envelopes.itk3(just(Envelopes.itkEvent("ITK008M"))),
                  Envelopes.hl7v2(Arbitraries.of(Envelopes.V2_EVENTS)),
                  Envelopes.ukCore(just(Envelopes.nhsEvent("notification")))));
        });
  }

  /** OtherContent messages: non-messages with the synthetic envelope, or unclaimed events. */
  public static Arbitrary<Message> otherContentMessages() {
    return Raw.otherContentMessages();
  }

  /** Messages of every payload type, each with an envelope that fits its payload. */
  public static Arbitrary<Message> messages() {
    return Gen.memo(
        "MessageArbitraries.messages",
        () -> {
          return Gen.oneOf(
              List.of(
                  referralMessages(),
                  referralResponseMessages(),
                  bookingRequestMessages(),
                  careDocumentMessages(),
                  labOrderMessages(),
                  labReportMessages(),
                  patientEventMessages(),
                  acknowledgementMessages(),
                  otherContentMessages()));
        });
  }
}
