package dev.koine.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.koine.core.code.CodeSystems;
import dev.koine.core.id.Identifier;
import dev.koine.core.id.IdentifierSystemLint;
import dev.koine.core.id.IdentifierSystems;
import dev.koine.core.id.NhsNumber;
import dev.koine.core.id.OdsCode;
import dev.koine.core.message.Acknowledgement;
import dev.koine.core.message.CareDocument;
import dev.koine.core.message.DocumentKind;
import dev.koine.core.message.Family;
import dev.koine.core.message.LabReport;
import dev.koine.core.message.Message;
import dev.koine.core.message.PatientEvent;
import dev.koine.core.message.Referral;
import dev.koine.core.message.ResponseRequest;
import dev.koine.core.model.Section;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** Near misses are constructible, name their rule, and really break exactly that rule. */
class NearMissProperties {

  @Provide
  Arbitrary<NearMiss<Message>> missing() {
    return NearMisses.messagesMissingRequiredPart();
  }

  @Provide
  Arbitrary<NearMiss<Message>> inconsistent() {
    return NearMisses.messagesWithInconsistentParts();
  }

  private static void assertNamesARule(NearMiss<?> miss) {
    assertThat(miss.value()).isNotNull();
    assertThat(miss.rule()).isNotBlank();
    assertThat(miss.toString()).contains(miss.rule()).startsWith("NearMiss[");
  }

  @Property(tries = 200)
  void messagesMissingARequiredPartAreConstructibleAndNameTheRule(
      @ForAll("missing") NearMiss<Message> miss) {
    assertNamesARule(miss);
    Message m = miss.value();
    String rule = miss.rule();
    Statistics.collect(rule.substring(0, Math.min(40, rule.length())));
    if (rule.contains("ServiceRequest.subject")) {
      assertThat(((Referral) m.payload()).request().subject()).isNull();
    } else if (rule.startsWith("message id")) {
      assertThat(m.envelope().messageId()).isNull();
    } else if (rule.contains("MessageHeader.sender")) {
      assertThat(m.envelope().sender()).isNull();
    } else if (rule.contains("MessageHeader.reason")) {
      assertThat(m.envelope().reason()).isNull();
    } else if (rule.contains("MessageHeader.destination")) {
      assertThat(m.envelope().recipients()).isEmpty();
    } else if (rule.contains("Bundle.timestamp")) {
      assertThat(m.envelope().timestamp()).isNull();
    } else if (rule.startsWith("ITK3: the handling specification")) {
      assertThat(m.envelope().family()).isEqualTo(Family.ITK3);
      assertThat(
              m.envelope().ackRequest() == null
                  || m.envelope().ackRequest().infrastructure() == null)
          .isTrue();
    } else if (rule.contains("Allergies and adverse reactions")) {
      CareDocument doc = (CareDocument) m.payload();
      assertThat(doc.kind()).isEqualTo(DocumentKind.INPATIENT_DISCHARGE);
      assertThat(m.envelope().event().code()).isEqualTo("ITK003D");
      assertThat(hasHeading(doc.composition().sections(), "886921000000105")).isFalse();
    } else if (rule.startsWith("NHS England Pathology")) {
      assertThat(m.envelope().family()).isEqualTo(Family.NHSE_PATHOLOGY);
      assertThat(((LabReport) m.payload()).patient()).isNull();
    } else {
      throw new AssertionError("unexpected rule: " + rule);
    }
  }

  private static boolean hasHeading(List<Section> sections, String code) {
    for (Section s : sections) {
      if ((s.code() != null && s.code().has(CodeSystems.SNOMED_CT, code))
          || hasHeading(s.sections(), code)) {
        return true;
      }
    }
    return false;
  }

  @Property(tries = 200)
  void messagesWithInconsistentPartsAreConstructibleAndNameTheRule(
      @ForAll("inconsistent") NearMiss<Message> miss) {
    assertNamesARule(miss);
    Message m = miss.value();
    String rule = miss.rule();
    if (rule.startsWith("ITK3: the message event")) {
      DocumentKind kind = ((CareDocument) m.payload()).kind();
      assertThat(DocumentKind.fromItkEvent(m.envelope().event().code()))
          .isNotEqualTo(Optional.of(kind));
    } else if (rule.startsWith("HL7 v2: MSH-9.2")) {
      var event = (PatientEvent) m.payload();
      assertThat(event.kind().v2Trigger()).isNotEqualTo(Optional.of(m.envelope().event().code()));
    } else if (rule.startsWith("GP Connect Send Document")) {
      assertThat(m.envelope().event().code()).isEqualTo("ITK007C");
      assertThat(m.envelope().ackRequest().business()).isNotEqualTo(ResponseRequest.ALWAYS);
    } else if (rule.startsWith("ITK3: response code 20013")) {
      var ack = (Acknowledgement) m.payload();
      assertThat(ack.status().isPositive()).isFalse();
      assertThat(ack.responseCode().code()).isEqualTo("20013");
    } else {
      throw new AssertionError("unexpected rule: " + rule);
    }
    Statistics.collect(rule.substring(0, 20));
  }

  @Provide
  Arbitrary<NearMiss<Identifier>> invalidNhs() {
    return NearMisses.invalidNhsNumberIdentifiers();
  }

  @Property
  void invalidNhsNumberIdentifiersAreInTheCanonicalSystemButInvalid(
      @ForAll("invalidNhs") NearMiss<Identifier> miss) {
    assertNamesARule(miss);
    assertThat(miss.value().system()).isEqualTo(IdentifierSystems.NHS_NUMBER.fhirUri());
    assertThat(NhsNumber.isValid(miss.value().value())).isFalse();
    assertThat(miss.rule()).doesNotContain(miss.value().value());
  }

  @Provide
  Arbitrary<NearMiss<Identifier>> malformedOds() {
    return NearMisses.malformedOdsIdentifiers();
  }

  @Property
  void malformedOdsIdentifiersAreImplausibleCodes(
      @ForAll("malformedOds") NearMiss<Identifier> miss) {
    assertNamesARule(miss);
    assertThat(miss.value().system()).isEqualTo(IdentifierSystems.ODS_ORGANISATION.fhirUri());
    assertThat(OdsCode.isPlausible(miss.value().value())).isFalse();
  }

  @Provide
  Arbitrary<NearMiss<String>> uris() {
    return NearMisses.nearMissSystemUris();
  }

  @Property
  void nearMissSystemUrisAreNotRegisteredAndTheLintFindsThem(
      @ForAll("uris") NearMiss<String> miss) {
    assertNamesARule(miss);
    assertThat(IdentifierSystemLint.isRegistered(miss.value())).isFalse();
    assertThat(IdentifierSystemLint.lint(miss.value()).isClean()).isFalse();
    assertThat(miss.rule()).startsWith("system URI is a near miss of ");
  }

  @Provide
  Arbitrary<NearMiss<Identifier>> nearMissIdentifiers() {
    return NearMisses.nearMissSystemIdentifiers();
  }

  @Property
  void nearMissSystemIdentifiersKeepTheirValueButMissTheSystem(
      @ForAll("nearMissIdentifiers") NearMiss<Identifier> miss) {
    assertNamesARule(miss);
    assertThat(IdentifierSystemLint.isRegistered(miss.value().system())).isFalse();
    assertThat(IdentifierSystemLint.lint(miss.value().system()).canonical()).isNotNull();
    assertThat(miss.value().toString()).doesNotContain(miss.value().value());
  }
}
