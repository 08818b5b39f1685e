package dev.koine.testkit;

import dev.koine.core.code.CodeSystems;
import dev.koine.core.code.Coding;
import dev.koine.core.code.Concept;
import dev.koine.core.id.Identifier;
import dev.koine.core.id.IdentifierSystemLint;
import dev.koine.core.id.IdentifierSystems;
import dev.koine.core.id.UriFinding;
import dev.koine.core.id.UriLint;
import dev.koine.core.message.AckRequest;
import dev.koine.core.message.AckStatus;
import dev.koine.core.message.Acknowledgement;
import dev.koine.core.message.CareDocument;
import dev.koine.core.message.DocumentKind;
import dev.koine.core.message.Family;
import dev.koine.core.message.LabReport;
import dev.koine.core.message.Message;
import dev.koine.core.message.PatientEvent;
import dev.koine.core.message.PatientEventKind;
import dev.koine.core.message.Referral;
import dev.koine.core.message.ResponseRequest;
import dev.koine.core.model.Composition;
import dev.koine.core.model.Section;
import dev.koine.testkit.internal.Envelopes;
import dev.koine.testkit.internal.Gen;
import dev.koine.testkit.internal.Payloads;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Near misses: values that every constructor accepts but that break one rule of an NHS standard,
 * each paired with the rule (see {@link NearMiss}). Use them to check that a validator reports the
 * rule, and that a decoder keeps such input rather than refusing it.
 */
public final class NearMisses {
  private NearMisses() {}

  private static final String ALLERGIES_HEADING = "886921000000105";

  private static <T> NearMiss<T> miss(T value, String rule) {
    return new NearMiss<>(value, rule);
  }

  private static Arbitrary<Message> barsReferralMessages() {
    return MessageArbitraries.referralMessages().filter(m -> m.envelope().family() == Family.BARS);
  }

  private static Arbitrary<Message> itk3DocumentMessages() {
    return MessageArbitraries.careDocumentMessages()
        .filter(m -> m.envelope().family() == Family.ITK3);
  }

  // ---------------------------------------------------------------- missing parts

  /** A BaRS referral whose ServiceRequest has no subject. */
  public static Arbitrary<NearMiss<Message>> referralsWithoutSubject() {
    return Gen.memo(
        "NearMisses.referralsWithoutSubject",
        () -> {
          return barsReferralMessages()
              .map(
                  m -> {
                    Referral r = (Referral) m.payload();
                    Referral broken =
                        r.toBuilder()
                            .request(r.request().toBuilder().subject(null).build())
                            .build();
                    return miss(
                        Message.of(m.envelope(), broken),
                        "BaRS: ServiceRequest.subject is required (1..1): the referral names no patient");
                  });
        });
  }

  /** Messages of any family whose envelope has no message id. */
  public static Arbitrary<NearMiss<Message>> messagesWithoutMessageId() {
    return Gen.memo(
        "NearMisses.messagesWithoutMessageId",
        () -> {
          return MessageArbitraries.messages()
              .map(
                  m ->
                      miss(
                          Message.of(m.envelope().toBuilder().messageId(null).build(), m.payload()),
                          "message id is required: FHIR Bundle.id / MessageHeader id, HL7 v2 MSH-10"));
        });
  }

  /** BaRS messages whose envelope has no sender. */
  public static Arbitrary<NearMiss<Message>> barsMessagesWithoutSender() {
    return Gen.memo(
        "NearMisses.barsMessagesWithoutSender",
        () -> {
          return barsReferralMessages()
              .map(
                  m ->
                      miss(
                          Message.of(m.envelope().toBuilder().sender(null).build(), m.payload()),
                          "BaRS: MessageHeader.sender is required (1..1)"));
        });
  }

  /** BaRS messages whose envelope has no reason. */
  public static Arbitrary<NearMiss<Message>> barsMessagesWithoutReason() {
    return Gen.memo(
        "NearMisses.barsMessagesWithoutReason",
        () -> {
          return barsReferralMessages()
              .map(
                  m ->
                      miss(
                          Message.of(
                              m.envelope().toBuilder().reason((Concept) null).build(), m.payload()),
                          "BaRS: MessageHeader.reason is required (1..1) from "
                              + CodeSystems.BARS_MESSAGE_REASON));
        });
  }

  /** BaRS messages whose envelope has no recipient. */
  public static Arbitrary<NearMiss<Message>> barsMessagesWithoutRecipients() {
    return Gen.memo(
        "NearMisses.barsMessagesWithoutRecipients",
        () -> {
          return barsReferralMessages()
              .map(
                  m ->
                      miss(
                          Message.of(
                              m.envelope().toBuilder().recipients(List.of()).build(), m.payload()),
                          "BaRS: MessageHeader.destination is required (1..*)"));
        });
  }

  /** BaRS messages whose envelope has no timestamp. */
  public static Arbitrary<NearMiss<Message>> barsMessagesWithoutTimestamp() {
    return Gen.memo(
        "NearMisses.barsMessagesWithoutTimestamp",
        () -> {
          return barsReferralMessages()
              .map(
                  m ->
                      miss(
                          Message.of(m.envelope().toBuilder().timestamp(null).build(), m.payload()),
                          "BaRS: Bundle.timestamp is required (BARSBundleMessage, 1..1)"));
        });
  }

  /** ITK3 document messages that do not say which acknowledgements they want. */
  public static Arbitrary<NearMiss<Message>> itk3MessagesWithoutAckRequest() {
    return Gen.memo(
        "NearMisses.itk3MessagesWithoutAckRequest",
        () -> {
          return Combinators.combine(itk3DocumentMessages(), Arbitraries.of(true, false))
              .as(
                  (m, none) ->
                      miss(
                          Message.of(
                              m.envelope().toBuilder()
                                  .ackRequest(
                                      none
                                          ? null
                                          : new AckRequest(
                                              null, m.envelope().ackRequest().business()))
                                  .build(),
                              m.payload()),
                          "ITK3: the handling specification must state InfAckRequested and"
                              + " BusAckRequested (Extension-ITK-MessageHandling-2)"));
        });
  }

  private static List<Section> withoutHeading(List<Section> sections, String code) {
    List<Section> kept = new ArrayList<>();
    for (Section s : sections) {
      if (s.code() != null && s.code().has(CodeSystems.SNOMED_CT, code)) {
        continue;
      }
      kept.add(
          new Section(
              s.title(),
              s.code(),
              s.authors(),
              s.focus(),
              s.text(),
              s.mode(),
              s.orderedBy(),
              s.entries(),
              s.emptyReason(),
              withoutHeading(s.sections(), code),
              s.extensions()));
    }
    return kept;
  }

  /** ITK3 eDischarge documents without the mandatory "Allergies and adverse reactions" heading. */
  public static Arbitrary<NearMiss<Message>> dischargesWithoutAllergiesSection() {
    return Gen.memo(
        "NearMisses.dischargesWithoutAllergiesSection",
        () -> {
          return itk3DocumentMessages()
              .map(
                  m -> {
                    CareDocument doc = (CareDocument) m.payload();
                    Composition c = doc.composition();
                    List<Section> sections = new ArrayList<>();
                    for (Coding heading :
                        Payloads.MANDATORY_HEADINGS.get(DocumentKind.INPATIENT_DISCHARGE)) {
                      if (!heading.code().equals(ALLERGIES_HEADING)) {
                        sections.add(Payloads.headingSection(heading, null));
                      }
                    }
                    sections.addAll(withoutHeading(c.sections(), ALLERGIES_HEADING));
                    CareDocument broken =
                        doc.toBuilder()
                            .kind(DocumentKind.INPATIENT_DISCHARGE)
                            .composition(
                                c.toBuilder()
                                    .type(Payloads.documentType(DocumentKind.INPATIENT_DISCHARGE))
                                    .sections(sections)
                                    .build())
                            .build();
                    return miss(
                        Message.of(
                            m.envelope().toBuilder()
                                .event(Envelopes.eventOf(DocumentKind.INPATIENT_DISCHARGE))
                                .build(),
                            broken),
                        "Transfer of Care eDischarge (ITK003D): PRSB heading 'Allergies and adverse"
                            + " reactions' (SNOMED CT "
                            + ALLERGIES_HEADING
                            + ") is mandatory (1..1)");
                  });
        });
  }

  /** NHS England Pathology report messages that carry no patient. */
  public static Arbitrary<NearMiss<Message>> labReportsWithoutPatient() {
    return Gen.memo(
        "NearMisses.labReportsWithoutPatient",
        () -> {
          return MessageArbitraries.labReportMessages()
              .filter(m -> m.envelope().family() == Family.NHSE_PATHOLOGY)
              .map(
                  m ->
                      miss(
                          Message.of(
                              m.envelope(),
                              ((LabReport) m.payload()).toBuilder().patient(null).build()),
                          "NHS England Pathology: the report message carries the Patient"
                              + " (report bundle = MessageHeader, Patient, ...)"));
        });
  }

  /**
   * Messages missing a part a standard requires: a referral with no subject, an envelope with no
   * message id, sender, reason, recipient or timestamp, an ITK3 message with no acknowledgement
   * request, an eDischarge without its mandatory allergies heading, a pathology report with no
   * patient.
   */
  public static Arbitrary<NearMiss<Message>> messagesMissingRequiredPart() {
    return Gen.memo(
        "NearMisses.messagesMissingRequiredPart",
        () -> {
          return Gen.oneOf(
              List.of(
                  referralsWithoutSubject(),
                  messagesWithoutMessageId(),
                  barsMessagesWithoutSender(),
                  barsMessagesWithoutReason(),
                  barsMessagesWithoutRecipients(),
                  barsMessagesWithoutTimestamp(),
                  itk3MessagesWithoutAckRequest(),
                  dischargesWithoutAllergiesSection(),
                  labReportsWithoutPatient()));
        });
  }

  // ---------------------------------------------------------------- inconsistent parts

  /**
   * Messages whose parts disagree: an ITK3 document under another kind's event, an HL7 v2 ADT
   * message whose trigger is not its event kind's, a GP Connect Send Document that does not ask for
   * both acknowledgements, an acknowledgement whose ITK3 code contradicts its status.
   */
  public static Arbitrary<NearMiss<Message>> messagesWithInconsistentParts() {
    return Gen.memo(
        "NearMisses.messagesWithInconsistentParts",
        () -> {
          Arbitrary<NearMiss<Message>> wrongItkEvent =
              itk3DocumentMessages()
                  .map(
                      m -> {
                        DocumentKind kind = ((CareDocument) m.payload()).kind();
                        String wrong =
                            kind == DocumentKind.INPATIENT_DISCHARGE ? "ITK006D" : "ITK003D";
                        return miss(
                            Message.of(
                                m.envelope().toBuilder().event(Envelopes.itkEvent(wrong)).build(),
                                m.payload()),
                            "ITK3: the message event must be the document kind's ("
                                + kind.itkEvent().orElseThrow()
                                + ")");
                      });
          Arbitrary<NearMiss<Message>> wrongTrigger =
              MessageArbitraries.patientEventMessages()
                  .filter(m -> m.envelope().family() == Family.HL7V2)
                  .map(
                      m -> {
                        PatientEvent e = (PatientEvent) m.payload();
                        String wrong = e.kind() == PatientEventKind.UPDATE ? "A01" : "A08";
                        return miss(
                            Message.of(
                                m.envelope().toBuilder().event(Envelopes.v2(wrong)).build(), e),
                            "HL7 v2: MSH-9.2 trigger event must match the ADT event ("
                                + e.kind().v2Trigger().orElseThrow()
                                + ")");
                      });
          Arbitrary<NearMiss<Message>> sendDocumentWithoutBusAck =
              itk3DocumentMessages()
                  .map(
                      m -> {
                        CareDocument doc =
                            ((CareDocument) m.payload())
                                .toBuilder().kind(DocumentKind.CONSULTATION_REPORT).build();
                        return miss(
                            Message.of(
                                m.envelope().toBuilder()
                                    .event(Envelopes.eventOf(DocumentKind.CONSULTATION_REPORT))
                                    .ackRequest(
                                        new AckRequest(
                                            ResponseRequest.ALWAYS, ResponseRequest.NEVER))
                                    .build(),
                                doc),
                            "GP Connect Send Document (ITK007C): BusAckRequested and InfAckRequested"
                                + " must both be true (GPCM)");
                      });
          Arbitrary<NearMiss<Message>> contradictoryAck =
              MessageArbitraries.acknowledgementMessages()
                  .filter(m -> m.envelope().family() == Family.ITK3)
                  .map(
                      m -> {
                        Acknowledgement a = (Acknowledgement) m.payload();
                        Acknowledgement broken =
                            a.toBuilder()
                                .status(AckStatus.FATAL_ERROR)
                                .responseCode(
                                    Coding.of(CodeSystems.ITK_RESPONSE_CODES, "20013", "Success"))
                                .build();
                        return miss(
                            Message.of(m.envelope(), broken),
                            "ITK3: response code 20013 (Success) is positive but the response is"
                                + " fatal-error");
                      });
          return Gen.oneOf(
              List.of(wrongItkEvent, wrongTrigger, sendDocumentWithoutBusAck, contradictoryAck));
        });
  }

  // ---------------------------------------------------------------- identifiers

  /**
   * NHS number identifiers in the canonical system whose value is not a valid NHS number (wrong
   * check digit, check digit 10, nine or eleven digits, impossible CHI date, letters): {@link
   * IdArbitraries#invalidNhsNumbers()} as identifiers.
   */
  public static Arbitrary<NearMiss<Identifier>> invalidNhsNumberIdentifiers() {
    return Gen.memo(
        "NearMisses.invalidNhsNumberIdentifiers",
        () -> {
          return IdArbitraries.invalidNhsNumbers()
              .map(
                  v ->
                      miss(
                          IdentifierSystems.NHS_NUMBER.identifier(v),
                          "NHS number: not ten digits with a valid Modulus 11 check digit"));
        });
  }

  /**
   * ODS organisation identifiers whose code does not fit the NHS Data Dictionary coding frames:
   * {@link IdArbitraries#malformedOdsCodes()} as identifiers.
   */
  public static Arbitrary<NearMiss<Identifier>> malformedOdsIdentifiers() {
    return Gen.memo(
        "NearMisses.malformedOdsIdentifiers",
        () -> {
          return IdArbitraries.malformedOdsCodes()
              .filter(v -> !v.isEmpty())
              .map(
                  v ->
                      miss(
                          IdentifierSystems.ODS_ORGANISATION.identifier(v),
                          "ODS code: not a plausible code of the NHS Data Dictionary coding frames"));
        });
  }

  private static String lintRule(String uri) {
    UriLint lint = IdentifierSystemLint.lint(uri);
    StringBuilder rule = new StringBuilder("system URI is a near miss");
    if (lint.canonical() != null) {
      rule.append(" of ").append(lint.canonical());
    }
    for (UriFinding f : lint.findings()) {
      rule.append("; ").append(f.problem().summary());
    }
    return rule.toString();
  }

  /**
   * System URIs one slip away from a registered one ({@link IdArbitraries#nearMissSystemUris()}):
   * {@code /id/} for {@code /Id/}, http for https, a trailing slash, whitespace, case, legacy names
   * and the SNOMED CT misspellings seen in NHS examples. Each names the registered URI and the slip
   * as {@link IdentifierSystemLint} reports them.
   */
  public static Arbitrary<NearMiss<String>> nearMissSystemUris() {
    return Gen.memo(
        "NearMisses.nearMissSystemUris",
        () -> {
          return IdArbitraries.nearMissSystemUris().map(u -> miss(u, lintRule(u)));
        });
  }

  /**
   * Identifiers of the registered systems whose system URI is a near miss of the registered one.
   */
  public static Arbitrary<NearMiss<Identifier>> nearMissSystemIdentifiers() {
    return Gen.memo(
        "NearMisses.nearMissSystemIdentifiers",
        () -> {
          return Combinators.combine(
                  IdArbitraries.identifiers(), Arbitraries.integers().between(0, 2))
              .as(
                  (id, how) -> {
                    String system = id.system();
                    String slipped =
                        switch (how) {
                          case 0 -> system.replace("https://", "http://");
                          case 1 -> system + "/";
                          default -> system.replace("/Id/", "/id/");
                        };
                    return slipped.equals(system)
                        ? null
                        : miss(id.withSystem(slipped), lintRule(slipped));
                  })
              .filter(n -> n != null);
        });
  }
}
