package dev.koine.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import dev.koine.core.codec.Decoded;
import dev.koine.core.codec.Loss;
import dev.koine.core.codec.MessageCodec;
import dev.koine.core.codec.RoundTrip;
import dev.koine.core.codec.WireFormat;
import dev.koine.core.examples.Examples;
import dev.koine.core.issue.Issue;
import dev.koine.core.issue.IssueCode;
import dev.koine.core.message.Correlation;
import dev.koine.core.message.Message;
import dev.koine.core.message.OtherContent;
import dev.koine.core.model.RawElement;
import dev.koine.core.model.Ref;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Shapes of real NHS FHIR messages nobody had run through Koine (see {@code unseen/}):
 * resource-less batch/transaction entries, the {@code response.details} of a reply that is not
 * Koine's own acknowledgement shape, bare-id references and local references to contained
 * resources.
 */
class UnseenMessagesTest {
  private static final FhirCodec CODEC = new FhirCodec();

  private static byte[] resource(String name) {
    return TestResources.bytes("/unseen/" + name);
  }

  @Test
  void batchEntriesWithoutResourceAreCarriedWhole() {
    byte[] in = resource("derived/batch-resourceless.json");
    RoundTrip rt = CODEC.roundTrip(in, WireFormat.FHIR_R4_JSON);
    assertThat(rt.losses()).isEmpty();
    assertThat(rt.lost()).isZero();
    Decoded<Message> d = CODEC.decode(in, WireFormat.FHIR_R4_JSON);
    List<RawElement> carried = d.value().envelope().bundle().elements();
    assertThat(carried).hasSize(3).allSatisfy(e -> assertThat(e.name()).isEqualTo("entry"));
    assertThat(carried.get(1).child("request").child("url").value())
        .isEqualTo("Condition?patient=example");
    assertThat(d.issues().all())
        .extracting(Issue::code)
        .containsOnly(IssueCode.CARRIED_VERBATIM)
        .hasSize(3);
    // and in the other formats, written after the entries that have a resource
    for (WireFormat f :
        List.of(WireFormat.FHIR_R4_XML, WireFormat.FHIR_STU3_JSON, WireFormat.FHIR_STU3_XML)) {
      byte[] out = CODEC.encode(d.value(), f).content().toArray();
      assertThat(CODEC.roundTrip(out, f).lost()).as(f.name()).isZero();
      assertThat(CODEC.decode(out, f).value().envelope().bundle().elements()).isEqualTo(carried);
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = WireFormat.class,
      names = {"FHIR_R4_JSON", "FHIR_R4_XML"})
  void aTransactionKeepsItsDeleteEntryAfterThePostedResource(WireFormat f) {
    Decoded<Message> d = CODEC.decode(resource("derived/transaction-delete.json"));
    byte[] out = CODEC.encode(d.value(), f).content().toArray();
    RoundTrip rt = CODEC.roundTrip(out, f);
    assertThat(rt.losses()).isEmpty();
    String text = new String(out, StandardCharsets.UTF_8);
    assertThat(text.indexOf("DELETE")).isGreaterThan(text.indexOf("Example Practice"));
    assertThat(
            CODEC
                .roundTrip(resource("derived/transaction-delete.json"), WireFormat.FHIR_R4_JSON)
                .lost())
        .isZero();
  }

  @Test
  void aReplyOfAnotherShapeKeepsItsResponseDetails() {
    byte[] in = resource("derived/af-reply-details.xml");
    RoundTrip rt = CODEC.roundTrip(in, WireFormat.FHIR_R4_XML);
    assertThat(rt.losses()).isEmpty();
    Message m = CODEC.decode(in).value();
    assertThat(m.payload()).isInstanceOf(OtherContent.class);
    Correlation c = m.envelope().correlation();
    assertThat(c.inReplyTo()).isEqualTo("6f4256fa-cd14-4f96-899e-008643d84ff8");
    assertThat(c.responseCode()).isEqualTo("ok");
    assertThat(c.details()).isEqualTo(Ref.to("8283e341-67ae-48e7-b3ae-2c6a0a824b2c"));
    // R4 -> STU3 -> R4 keeps it too
    byte[] stu3 = CODEC.encode(m, WireFormat.FHIR_STU3_XML).content().toArray();
    assertThat(CODEC.decode(stu3).value().envelope().correlation()).isEqualTo(c);
  }

  @Test
  void aBareIdDetailsReferenceIsNormalisedWithAnIssue() {
    byte[] in = resource("derived/af-reply-bare-details.json");
    Decoded<Message> d = CODEC.decode(in);
    assertThat(d.value().envelope().correlation().details())
        .isEqualTo(Ref.to("d9c93f48-abb9-4aa4-aa22-ef2f76485477"));
    assertThat(d.issues().all())
        .filteredOn(i -> i.code() == IssueCode.NORMALISED)
        .extracting(Issue::location)
        .containsExactly("details.reference");
    RoundTrip rt = CODEC.roundTrip(in, WireFormat.FHIR_R4_JSON);
    // the only leaf not reproduced is the normalised reference (now urn:uuid:...)
    assertThat(rt.losses())
        .extracting(Loss::location)
        .containsExactly(
            "Bundle.entry[0].resource.ofType(MessageHeader).response.details.reference");
  }

  @Test
  void bareIdReferencesOfARealBarsMessageAreReportedNormalised() {
    byte[] in = resource("bars-old/POST-111ToEDServiceRequest-excerpt.json");
    Decoded<Message> d = CODEC.decode(in);
    long normalised =
        d.issues().all().stream().filter(i -> i.code() == IssueCode.NORMALISED).count();
    RoundTrip rt = CODEC.roundTrip(in, WireFormat.FHIR_R4_JSON);
    assertThat(rt.lost()).isEqualTo(8);
    assertThat(normalised).isEqualTo(rt.lost());
    assertThat(rt.losses())
        .allSatisfy(
            l -> {
              assertThat(l.location()).endsWith(".reference");
              assertThat(l.reason()).isEqualTo("not reproduced by the encoding");
            });
  }

  @ParameterizedTest
  @EnumSource(
      value = WireFormat.class,
      names = {"FHIR_R4_JSON", "FHIR_R4_XML", "FHIR_STU3_JSON", "FHIR_STU3_XML"})
  void aLocalReferenceToAContainedResourceIsWrittenAsItIs(WireFormat f) {
    Message m = CODEC.decode(resource("derived/contained-reference.json")).value();
    assertThat(((OtherContent) m.payload()).patient().generalPractitioners())
        .containsExactly(Ref.to("#gp"));
    byte[] out = CODEC.encode(m, f).content().toArray();
    assertThat(new String(out, StandardCharsets.UTF_8))
        .contains("#gp")
        .doesNotContain("urn:uuid:#");
    assertThat(CODEC.roundTrip(out, f).lost()).isZero();
    assertThat(CODEC.decode(out, f).issues().all())
        .extracting(Issue::code)
        .doesNotContain(IssueCode.NORMALISED);
  }

  @Test
  void aLowerCaseResourceElementIsAnUnknownElement() {
    Decoded<Message> d = CODEC.decode(resource("derived/lowercase-bundle.xml"));
    assertThat(d.issues().withCode(IssueCode.ELEMENT_UNKNOWN))
        .extracting(Issue::location)
        .containsExactly("Bundle.entry[0].resource");
    assertThat(d.issues().isValid()).isFalse();
  }

  @Test
  void aListEntryHoldingAResourceIsReportedElementByElement() {
    Decoded<Message> d = CODEC.decode(resource("derived/list-entry-resource.json"));
    assertThat(d.issues().withCode(IssueCode.ELEMENT_UNKNOWN))
        .extracting(Issue::location)
        .containsExactly("List.entry[0].status"); // its "id" reads as the element id
    // still carried whole
    assertThat(
            CODEC
                .roundTrip(resource("derived/list-entry-resource.json"), WireFormat.FHIR_R4_JSON)
                .lost())
        .isZero();
  }

  /** What Koine writes for its typed payloads uses only elements the version defines. */
  @ParameterizedTest
  @EnumSource(
      value = WireFormat.class,
      names = {"FHIR_R4_JSON", "FHIR_R4_XML", "FHIR_STU3_JSON", "FHIR_STU3_XML"})
  void theExamplesAsWrittenHaveNoUnknownElement(WireFormat f) {
    for (Message m :
        List.of(
            Examples.referral(),
            Examples.referralResponse(),
            Examples.booking(),
            Examples.dischargeSummary(),
            Examples.labOrder(),
            Examples.labReport(),
            Examples.acknowledgement(),
            Examples.collection())) {
      byte[] out;
      try {
        out = CODEC.encode(m, f).content().toArray();
      } catch (IllegalArgumentException notConvertible) {
        continue; // a payload this version has no form for
      }
      assertThat(CODEC.decode(out, f).issues().withCode(IssueCode.ELEMENT_UNKNOWN))
          .as("%s in %s", m.payload().getClass().getSimpleName(), f)
          .isEmpty();
    }
  }

  @Test
  void aHeaderWithoutIdLosesOnlyItsFullUrl() {
    RoundTrip rt =
        CODEC.roundTrip(resource("derived/header-without-id.xml"), WireFormat.FHIR_R4_XML);
    assertThat(rt.losses())
        .extracting(Loss::location, Loss::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "Bundle.entry[0].fullUrl", "no place in the model"));
  }

  @Test
  void anEmptyValueIsInvalid() {
    Decoded<Message> d = CODEC.decode(resource("derived/empty-display.json"));
    assertThat(d.issues().withCode(IssueCode.VALUE_INVALID))
        .extracting(Issue::location)
        .containsExactly("PractitionerRole.code[0].coding[0].display");
  }

  @Test
  void aResourceIdInFullUrlFormIsInvalid() {
    Decoded<Message> d = CODEC.decode(resource("derived/resource-id-urn.xml"));
    assertThat(d.issues().withCode(IssueCode.VALUE_INVALID))
        .extracting(Issue::location)
        .containsExactly("Bundle.id", "Bundle.entry[0].resource.ofType(OperationOutcome).id");
    assertThat(d.issues().all())
        .extracting(Issue::message)
        .noneMatch(m -> m.contains("8283e341") || m.contains("c96c137d"));
  }

  /**
   * A birth date with a time (HL7 v2 PID-7; the NHS events messages' birthTime): FHIR's birthDate
   * is a date, so the time goes to the core patient-birthTime extension and reads back as one
   * value, in R4 and STU3, JSON and XML; a birthTime on another day stays unread (a loss).
   */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.EnumSource(
      value = WireFormat.class,
      names = {"FHIR_R4_JSON", "FHIR_R4_XML", "FHIR_STU3_JSON", "FHIR_STU3_XML"})
  void aTimeOfBirthIsTheBirthTimeExtension(WireFormat f) {
    dev.koine.core.time.PartialDateTime born =
        dev.koine.core.time.PartialDateTime.parseFhir("2017-10-02T12:00:00+01:00");
    Message m = dev.koine.core.examples.Examples.dischargeSummary();
    dev.koine.core.message.CareDocument doc = (dev.koine.core.message.CareDocument) m.payload();
    Message withTime =
        Message.of(
            m.envelope(),
            doc.toBuilder().patient(doc.patient().toBuilder().birthDate(born).build()).build());
    MessageCodec.Encoded encoded = CODEC.encode(withTime, f);
    String text = new String(encoded.content().toArray(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(text)
        .contains("http://hl7.org/fhir/StructureDefinition/patient-birthTime")
        .contains("2017-10-02T12:00:00+01:00");
    Decoded<Message> back = CODEC.decode(encoded.content().toArray(), f);
    assertThat(((dev.koine.core.message.CareDocument) back.value().payload()).patient().birthDate())
        .isEqualTo(born);
    assertThat(CODEC.roundTrip(encoded.content().toArray(), f).lost()).isZero();

    // a birthTime on another day than birthDate is not the same birth: left unread, so carried
    // verbatim at its place (not typed), and written back there
    String other = text.replace("2017-10-02T12:00:00+01:00", "2013-10-12T12:00:00+01:00");
    byte[] otherBytes = other.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Decoded<Message> o = CODEC.decode(otherBytes, f);
    assertThat(((dev.koine.core.message.CareDocument) o.value().payload()).patient().birthDate())
        .isNotEqualTo(born);
    assertThat(o.losses()).isEmpty();
    assertThat(o.issues().all())
        .filteredOn(i -> i.code() == IssueCode.CARRIED_VERBATIM)
        .extracting(Issue::location)
        .anyMatch(l -> l.endsWith(".birthDate.extension[0]"));
    RoundTrip rt = CODEC.roundTrip(otherBytes, f);
    assertThat(rt.losses()).isEmpty();
    assertThat(
            new String(
                CODEC.encode(o.value(), f).content().toArray(),
                java.nio.charset.StandardCharsets.UTF_8))
        .contains("2013-10-12T12:00:00+01:00");
  }

  /**
   * An NHS national events (NEMS) message is STU3 but not ITK3 (event system EventType-1, no
   * handling specification): it is of no typed family, so the ITK3 rules are not applied to it.
   */
  @Test
  void anStu3EventMessageIsNotAnItk3Message() {
    String nems =
        "{\"resourceType\": \"Bundle\", \"id\": \"b1\", \"meta\": {\"profile\":"
            + " [\"https://fhir.nhs.uk/STU3/StructureDefinition/EMS-Bundle-1\"]}, \"type\": \"message\","
            + " \"entry\": [{\"fullUrl\": \"urn:uuid:3cfdf880-13e9-4f6b-8299-53e96ef5ec02\","
            + " \"resource\": {\"resourceType\": \"MessageHeader\","
            + " \"id\": \"3cfdf880-13e9-4f6b-8299-53e96ef5ec02\", \"meta\": {\"profile\":"
            + " [\"https://fhir.nhs.uk/STU3/StructureDefinition/Event-MessageHeader-1\"]},"
            + " \"event\": {\"system\": \"https://fhir.nhs.uk/STU3/CodeSystem/EventType-1\","
            + " \"code\": \"pds-change-of-gp-1\"}, \"timestamp\": \"2019-11-01T15:00:00+00:00\","
            + " \"source\": {\"endpoint\": \"urn:nhs-uk:addressing:ods:RR8\"}}}]}";
    Decoded<Message> d = CODEC.decode(nems.getBytes(StandardCharsets.UTF_8));
    assertThat(d.format()).isEqualTo(WireFormat.FHIR_STU3_JSON);
    assertThat(d.value().envelope().family()).isEqualTo(dev.koine.core.message.Family.OTHER);
    assertThat(
            d.issues()
                .plus(dev.koine.core.validation.MessageValidator.instance().validate(d.value()))
                .all())
        .extracting(Issue::code)
        .doesNotContain(IssueCode.ITK3_HANDLING_SPEC, IssueCode.EVENT_UNKNOWN);
    assertThat(CODEC.roundTrip(nems.getBytes(StandardCharsets.UTF_8), null).lost()).isZero();
  }

  /**
   * The PDS FHIR API writes the NHS number verification status under its own url and code system
   * ({@code https://fhir.nhs.uk/R4/...}): read as the verification status and written back under
   * that url, so a PDS patient round-trips; the same url with another code system is left unread.
   */
  @Test
  void aPdsPatientKeepsItsVerificationStatus() {
    String pds =
        "{\"resourceType\": \"Patient\", \"id\": \"9000000009\", \"identifier\": [{\"system\":"
            + " \"https://fhir.nhs.uk/Id/nhs-number\", \"value\": \"9000000009\", \"extension\": [{\"url\":"
            + " \"https://fhir.nhs.uk/R4/StructureDefinition/Extension-UKCore-NHSNumberVerificationStatus\","
            + " \"valueCodeableConcept\": {\"coding\": [{\"system\":"
            + " \"https://fhir.nhs.uk/R4/CodeSystem/UKCore-NHSNumberVerificationStatus\", \"version\":"
            + " \"1.0.0\", \"code\": \"01\", \"display\": \"Number present and verified\"}]}}]}],"
            + " \"gender\": \"female\", \"birthDate\": \"2010-10-22\"}";
    Decoded<Message> d = CODEC.decode(pds.getBytes(StandardCharsets.UTF_8));
    dev.koine.core.model.Patient patient = ((OtherContent) d.value().payload()).patient();
    assertThat(patient.nhsNumberVerificationStatus())
        .isEqualTo(
            new dev.koine.core.code.Coding(
                "https://fhir.nhs.uk/R4/CodeSystem/UKCore-NHSNumberVerificationStatus",
                "1.0.0",
                "01",
                "Number present and verified"));
    assertThat(d.losses()).isEmpty();
    assertThat(CODEC.roundTrip(pds.getBytes(StandardCharsets.UTF_8), null).lost()).isZero();

    String other = pds.replace("R4/CodeSystem/UKCore-NHSNumberVerificationStatus", "Id/other");
    Decoded<Message> o = CODEC.decode(other.getBytes(StandardCharsets.UTF_8));
    assertThat(((OtherContent) o.value().payload()).patient().nhsNumberVerificationStatus())
        .isNull();
    // not the verification status: carried verbatim at its place (not typed), not lost
    assertThat(o.losses()).isEmpty();
    assertThat(o.issues().all())
        .filteredOn(i -> i.code() == IssueCode.CARRIED_VERBATIM)
        .extracting(Issue::location)
        .containsExactly("Patient.identifier[0].extension[0]");
    assertThat(CODEC.roundTrip(other.getBytes(StandardCharsets.UTF_8), null).lost()).isZero();
  }

  /**
   * MessageHeader.reason is a CodeableConcept: a reason with text or several codings is carried
   * whole (it was lost unless it was one coding), and a BaRS reason among its codings satisfies the
   * BaRS header rule.
   */
  @Test
  void aMessageReasonWithTextAndCodingsIsCarriedWhole() {
    Message m = FhirCodecR4Test.withoutRecipientTypes(Examples.referral());
    dev.koine.core.code.Concept reason =
        new dev.koine.core.code.Concept(
            List.of(
                dev.koine.core.code.Coding.of(
                    dev.koine.core.code.CodeSystems.BARS_MESSAGE_REASON, "new"),
                dev.koine.core.code.Coding.of("https://example.org/local-reason", "R1")),
            "New referral from the urgent care service");
    Message withReason = Message.of(m.envelope().toBuilder().reason(reason).build(), m.payload());
    MessageCodec.Encoded r4 = CODEC.encode(withReason, WireFormat.FHIR_R4_JSON);
    assertThat(r4.losses()).isEmpty();
    Decoded<Message> back = CODEC.decode(r4.content().toArray(), WireFormat.FHIR_R4_JSON);
    assertThat(back.losses()).isEmpty();
    assertThat(back.value().envelope().reason()).isEqualTo(reason);
    assertThat(
            dev.koine.core.validation.MessageValidator.instance()
                .validate(back.value())
                .withCode(IssueCode.BARS_HEADER))
        .isEmpty();
  }
}
