package dev.koine.testkit.internal;

import static dev.koine.testkit.internal.Gen.listOf;
import static dev.koine.testkit.internal.Gen.opt;
import static dev.koine.testkit.internal.Gen.rare;
import static dev.koine.testkit.internal.Gen.sparseListOf;

import dev.koine.core.code.CodeSystems;
import dev.koine.core.code.Coding;
import dev.koine.core.code.Concept;
import dev.koine.core.id.Identifier;
import dev.koine.core.message.AckIssue;
import dev.koine.core.message.AckRequest;
import dev.koine.core.message.BundleInfo;
import dev.koine.core.message.Correlation;
import dev.koine.core.message.DocumentKind;
import dev.koine.core.message.Envelope;
import dev.koine.core.message.Family;
import dev.koine.core.message.Party;
import dev.koine.core.message.PatientEventKind;
import dev.koine.core.message.Recipient;
import dev.koine.core.message.RecipientType;
import dev.koine.core.message.ResponseRequest;
import dev.koine.core.message.Source;
import dev.koine.core.model.Ref;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;

/** Arbitraries for envelopes and their parts, generic and per standard family. Not API. */
public final class Envelopes {
  private Envelopes() {}

  // ---------------------------------------------------------------- event codes

  /** BaRS message events. */
  public static final List<Coding> BARS_EVENTS =
      List.of(
          Coding.of(CodeSystems.BARS_MESSAGE_EVENT, "servicerequest-request", "Referral - Request"),
          Coding.of(
              CodeSystems.BARS_MESSAGE_EVENT, "servicerequest-response", "Referral - Response"),
          Coding.of(CodeSystems.BARS_MESSAGE_EVENT, "booking-request", "Booking - Request"),
          Coding.of(CodeSystems.BARS_MESSAGE_EVENT, "booking-response", "Booking - Response"));

  /** ITK3 message events with their displays (NHS-STANDARDS.md §1.1). */
  public static final List<Coding> ITK_EVENTS =
      List.of(
          itk("ITK003D", "ITK eDischarge"),
          itk("ITK004D", "ITK Mental Health eDischarge"),
          itk("ITK005D", "ITK Emergency Care eDischarge"),
          itk("ITK006D", "ITK Outpatient Letter"),
          itk("ITK007C", "ITK GP Connect Send Document"),
          itk("ITK008M", "ITK Response"),
          itk("ITK012M", "ITK National Pathology"),
          itk("ITK014M", "ITK Update Record"));

  /** NHS England message events (R4 pathology, UK Core messaging). */
  public static final List<Coding> NHS_EVENTS =
      List.of(
          Coding.of(
              CodeSystems.NHS_MESSAGE_EVENT,
              "unsolicited-observations",
              "Unsolicited Observations"),
          Coding.of(CodeSystems.NHS_MESSAGE_EVENT, "laboratory-order", "Laboratory Order"),
          Coding.of(CodeSystems.NHS_MESSAGE_EVENT, "document", "Document"),
          Coding.of(CodeSystems.NHS_MESSAGE_EVENT, "encounter", "Encounter"),
          Coding.of(CodeSystems.NHS_MESSAGE_EVENT, "patient", "Patient"),
          Coding.of(CodeSystems.NHS_MESSAGE_EVENT, "notification", "Notification"));

  /** HL7 v2 trigger events (table 0003) of the messages Koine maps. */
  public static final List<Coding> V2_EVENTS;

  static {
    List<Coding> all = new ArrayList<>();
    for (PatientEventKind k : PatientEventKind.values()) {
      k.v2Trigger().ifPresent(t -> all.add(v2(t)));
    }
    for (String t : List.of("R01", "O01", "O21", "I12", "S12", "T02")) {
      all.add(v2(t));
    }
    V2_EVENTS = List.copyOf(all);
  }

  private static Coding itk(String code, String display) {
    return Coding.of(CodeSystems.ITK_MESSAGE_EVENT, code, display);
  }

  /** An HL7 v2 event coding for a trigger. */
  public static Coding v2(String trigger) {
    return Coding.of(CodeSystems.V2_EVENT_TYPE, trigger);
  }

  /** The ITK3 event coding of a code (ITK003D ...). */
  public static Coding itkEvent(String code) {
    return ITK_EVENTS.stream()
        .filter(c -> c.code().equals(code))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown ITK event"));
  }

  /** The BaRS event coding of a code. */
  public static Coding barsEvent(String code) {
    return BARS_EVENTS.stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
  }

  /** The NHS England event coding of a code. */
  public static Coding nhsEvent(String code) {
    return NHS_EVENTS.stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
  }

  /** The ITK3 event of a document kind, if it has one. */
  public static Coding eventOf(DocumentKind kind) {
    return kind.itkEvent().map(Envelopes::itkEvent).orElse(nhsEvent("document"));
  }

  // ---------------------------------------------------------------- parts

  private static Arbitrary<Ref> odsRefs() {
    return Combinators.combine(
            Blocks.odsIdentifiers(), opt(Arbitraries.of(Fixtures.ORGANISATION_NAMES)))
        .as((i, d) -> new Ref(null, "Organization", i, d));
  }

  private static Arbitrary<String> endpoints() {
    return Arbitraries.of(
        "https://sandbox.api.service.nhs.uk/booking-and-referral/FHIR/R4",
        "urn:nhs:addressing:asid:477121000324",
        "urn:nhs-uk:addressing:ods:RR8",
        "mesh:X26HC005");
  }

  /** Senders: an organisation (by ODS code) with an optional person and endpoint. */
  public static Arbitrary<Party> parties() {
    return Gen.memo(
        "Envelopes.parties",
        () -> {
          return Combinators.combine(opt(odsRefs()), rare(Blocks.refs()), opt(endpoints()))
              .as(Party::new);
        });
  }

  /** Sources: the sending software. */
  public static Arbitrary<Source> sources() {
    return Gen.memo(
        "Envelopes.sources",
        () -> {
          return Combinators.combine(
                  opt(Arbitraries.of("PAS", "LIMS", "EPR", "111 Online")),
                  opt(Arbitraries.of("TPP SystmOne", "EMIS Web", "Cerner Millennium")),
                  opt(Arbitraries.of("1.0", "2.4.1", "2024.1")),
                  rare(Blocks.contactPoints()),
                  opt(endpoints()))
              .as(Source::new);
        });
  }

  /** Recipients with action/information type. */
  public static Arbitrary<Recipient> recipients() {
    return Gen.memo(
        "Envelopes.recipients",
        () -> {
          return Combinators.combine(
                  rare(Texts.text()),
                  opt(odsRefs()),
                  rare(Blocks.refs()),
                  opt(endpoints()),
                  opt(Arbitraries.of(RecipientType.class)))
              .as(Recipient::new);
        });
  }

  /** Acknowledgement requests (infrastructure, business). */
  public static Arbitrary<AckRequest> ackRequests() {
    return Gen.memo(
        "Envelopes.ackRequests",
        () -> {
          return Combinators.combine(
                  opt(Arbitraries.of(ResponseRequest.class)),
                  opt(Arbitraries.of(ResponseRequest.class)))
              .as(AckRequest::new);
        });
  }

  /** Correlations to a previous message. */
  public static Arbitrary<Correlation> correlations() {
    return Gen.memo(
        "Envelopes.correlations",
        () -> {
          return Combinators.combine(
                  opt(Texts.uuids()),
                  opt(Texts.uuids()),
                  rare(Arbitraries.of("ok", "transient-error", "fatal-error")))
              .as(Correlation::new);
        });
  }

  /** Outer bundle details. */
  public static Arbitrary<BundleInfo> bundleInfos() {
    return Gen.memo(
        "Envelopes.bundleInfos",
        () -> {
          return Combinators.combine(
                  opt(Texts.uuids()),
                  opt(
                      Texts.uuids()
                          .map(
                              u ->
                                  new Identifier(
                                      "https://tools.ietf.org/html/rfc4122",
                                      u,
                                      null,
                                      null,
                                      null,
                                      null))),
                  rare(Blocks.metas()),
                  opt(External.times()))
              .as(BundleInfo::new);
        });
  }

  /** Acknowledgement issues. */
  public static Arbitrary<AckIssue> ackIssues() {
    return Gen.memo(
        "Envelopes.ackIssues",
        () -> {
          return Combinators.combine(
                  Arbitraries.of("fatal", "error", "warning", "information"),
                  opt(
                      Arbitraries.of(
                          "invalid", "structure", "required", "processing", "duplicate")),
                  opt(Blocks.concepts()),
                  opt(Texts.text()),
                  sparseListOf(Arbitraries.of("Bundle.entry[0]", "MSH-9", "PID-3[1].1")))
              .as(AckIssue::new);
        });
  }

  // ---------------------------------------------------------------- envelopes

  /** Envelopes of any family with any event; every optional part often absent. */
  public static Arbitrary<Envelope> any() {
    return Gen.memo(
        "Envelopes.any",
        () -> {
          return Builders.withBuilder(Envelope::builder)
              .use(opt(Texts.uuids()))
              .in(Envelope.Builder::messageId)
              .use(Blocks.codings())
              .in(Envelope.Builder::event)
              .use(opt(External.times()))
              .in(Envelope.Builder::timestamp)
              .use(Arbitraries.of(Family.class))
              .in(Envelope.Builder::family)
              .use(rare(Arbitraries.of("2.4", "2.5.1", "4.0.1", "3.0.2")))
              .in(Envelope.Builder::standardVersion)
              .use(opt(parties()))
              .in(Envelope.Builder::sender)
              .use(opt(sources()))
              .in(Envelope.Builder::source)
              .use(listOf(recipients()))
              .in(Envelope.Builder::recipients)
              .use(rare(Blocks.refs()))
              .in(Envelope.Builder::enterer)
              .use(rare(Blocks.refs()))
              .in(Envelope.Builder::author)
              .use(rare(Blocks.refs()))
              .in(Envelope.Builder::responsible)
              .use(rare(Blocks.codings()))
              .in(Envelope.Builder::reason)
              .use(opt(ackRequests()))
              .in(Envelope.Builder::ackRequest)
              .use(rare(Texts.tokens()))
              .in(Envelope.Builder::senderReference)
              .use(rare(Texts.text()))
              .in(Envelope.Builder::localExtension)
              .use(rare(Texts.uris()))
              .in(Envelope.Builder::definition)
              .use(rare(correlations()))
              .in(Envelope.Builder::correlation)
              .use(rare(Arbitraries.of("P", "T", "D")))
              .in(Envelope.Builder::processingId)
              .use(sparseListOf(Texts.uris()))
              .in(Envelope.Builder::messageProfiles)
              .use(rare(bundleInfos()))
              .in(Envelope.Builder::bundle)
              .use(Blocks.extras())
              .in(Envelope.Builder::extras)
              .build(Envelope.Builder::build);
        });
  }

  private static final String BARS_DEFINITION_BASE = "https://fhir.nhs.uk/MessageDefinition/";

  /** BaRS envelopes (R4) with the given events. */
  public static Arbitrary<Envelope> bars(Arbitrary<Coding> events) {
    return Combinators.combine(
            any(),
            events,
            Texts.uuids(),
            External.times(),
            Combinators.combine(odsRefs(), rare(Blocks.refs()), opt(endpoints())).as(Party::new),
            Gen.nonEmptyListOf(recipients()),
            // MessageHeader.reason is a CodeableConcept: the BaRS coding, sometimes with text
            Combinators.combine(Arbitraries.of("new", "update", "delete"), rare(Texts.text()))
                .as(
                    (code, text) ->
                        new Concept(
                            List.of(Coding.of(CodeSystems.BARS_MESSAGE_REASON, code)), text)),
            opt(correlations()))
        .as(
            (e, event, id, ts, sender, recipients, reason, corr) ->
                e.toBuilder()
                    .family(Family.BARS)
                    .event(event)
                    .messageId(id)
                    .timestamp(ts)
                    .standardVersion(null)
                    .sender(sender)
                    .recipients(recipients)
                    .reason(reason)
                    .definition(BARS_DEFINITION_BASE + "bars-message-" + event.code())
                    .correlation(corr)
                    .processingId(null)
                    .ackRequest(null)
                    .build());
  }

  /** ITK3 envelopes (STU3) with the given events and both acknowledgement flags stated. */
  public static Arbitrary<Envelope> itk3(Arbitrary<Coding> events) {
    Arbitrary<ResponseRequest> flag = Arbitraries.of(ResponseRequest.ALWAYS, ResponseRequest.NEVER);
    return Combinators.combine(
            any(),
            events,
            Texts.uuids(),
            External.times(),
            parties(),
            Gen.nonEmptyListOf(recipients()),
            Combinators.combine(flag, flag).as(AckRequest::new),
            opt(Texts.tokens()))
        .as(
            (e, event, id, ts, sender, recipients, acks, senderRef) ->
                e.toBuilder()
                    .family(Family.ITK3)
                    .event(event)
                    .messageId(id)
                    .timestamp(ts)
                    .standardVersion("2.5.0")
                    .sender(sender)
                    .recipients(recipients)
                    .ackRequest(
                        event.code().equals("ITK008M")
                            ? new AckRequest(ResponseRequest.NEVER, ResponseRequest.NEVER)
                            : acks)
                    .senderReference(senderRef)
                    .processingId(null)
                    .build());
  }

  /** NHS England Pathology envelopes (R4). */
  public static Arbitrary<Envelope> pathology(Arbitrary<Coding> events) {
    return Combinators.combine(
            any(),
            events,
            Texts.uuids(),
            External.times(),
            parties(),
            Gen.nonEmptyListOf(recipients()))
        .as(
            (e, event, id, ts, sender, recipients) ->
                e.toBuilder()
                    .family(Family.NHSE_PATHOLOGY)
                    .event(event)
                    .messageId(id)
                    .timestamp(ts)
                    .sender(sender)
                    .recipients(recipients)
                    .processingId(null)
                    .build());
  }

  /** UK Core messaging envelopes (R4 acknowledgement framework). */
  public static Arbitrary<Envelope> ukCore(Arbitrary<Coding> events) {
    return Combinators.combine(
            any(),
            events,
            Texts.uuids(),
            External.times(),
            parties(),
            opt(Arbitraries.of(ResponseRequest.class)))
        .as(
            (e, event, id, ts, sender, response) ->
                e.toBuilder()
                    .family(Family.UK_CORE_MESSAGING)
                    .event(event)
                    .messageId(id)
                    .timestamp(ts)
                    .sender(sender)
                    .ackRequest(response == null ? null : new AckRequest(null, response))
                    .processingId(null)
                    .build());
  }

  /** HL7 v2 envelopes (MSH) with the given trigger events. */
  public static Arbitrary<Envelope> hl7v2(Arbitrary<Coding> events) {
    return Combinators.combine(
            any(),
            events,
            Texts.tokens(),
            External.times(),
            odsRefs().map(r -> new Party(r, null, null)),
            sources(),
            Arbitraries.of("2.3", "2.4", "2.5", "2.5.1"),
            Arbitraries.of("P", "T", "D"))
        .as(
            (e, event, id, ts, sender, source, version, processing) ->
                e.toBuilder()
                    .family(Family.HL7V2)
                    .event(event)
                    .messageId(id)
                    .timestamp(ts)
                    .standardVersion(version)
                    .sender(sender)
                    .source(source)
                    .processingId(processing)
                    .definition(null)
                    .bundle(null)
                    .extras(null)
                    .build());
  }
}
