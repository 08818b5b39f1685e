package dev.koine.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import dev.koine.core.code.CodeSystems;
import dev.koine.core.code.Coding;
import dev.koine.core.code.Concept;
import dev.koine.core.codec.Loss;
import dev.koine.core.codec.MessageCodec.Encoded;
import dev.koine.core.codec.WireFormat;
import dev.koine.core.id.Identifier;
import dev.koine.core.id.IdentifierSystems;
import dev.koine.core.issue.Issue;
import dev.koine.core.issue.IssueCode;
import dev.koine.core.message.Envelope;
import dev.koine.core.message.Family;
import dev.koine.core.message.Message;
import dev.koine.core.message.PatientEvent;
import dev.koine.core.message.PatientEventKind;
import dev.koine.core.model.AdministrativeGender;
import dev.koine.core.model.Encounter;
import dev.koine.core.model.Entities;
import dev.koine.core.model.Patient;
import dev.koine.core.time.PartialDateTime;
import dev.koine.fhir.internal.map.Retarget;
import dev.koine.fhir.internal.map.V2Vocabulary;
import dev.koine.terminology.Terminology;
import dev.koine.terminology.Translation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * HL7 v2 table codes translated to FHIR through the bundled v2-to-FHIR concept maps when a v2
 * message is converted ({@link V2Vocabulary}, called by {@link Retarget}), with provenance, and
 * back.
 */
class V2VocabularyProperties {
  private static final FhirCodec CODEC = new FhirCodec();
  private static final Terminology T = Terminology.bundled();
  private static final String V2_0001 = "http://terminology.hl7.org/CodeSystem/v2-0001";
  private static final String V2_0002 = "http://terminology.hl7.org/CodeSystem/v2-0002";
  private static final String V2_0004 = "http://terminology.hl7.org/CodeSystem/v2-0004";
  private static final String V2_0062 = "http://terminology.hl7.org/CodeSystem/v2-0062";
  private static final String CLASS_MAP = V2Vocabulary.MAP_BASE + "PatientClass-EncounterClass";

  /** A patient event as the HL7 v2 decode makes it: v2 table codes. */
  static Message v2Event(
      String sex, String marital, String patientClass, String reason, boolean unmappedMarital) {
    Patient.Builder p =
        Patient.builder()
            .id("p1")
            .identifiers(
                List.of(Identifier.of(IdentifierSystems.NHS_NUMBER.fhirUri(), "9434765919")))
            .birthDate(PartialDateTime.parseV2("19800115"));
    if (sex != null) {
      String system =
          Character.isDigit(sex.charAt(0)) ? CodeSystems.NHS_DD_PERSON_STATED_GENDER : V2_0001;
      p.gender(AdministrativeGender.fromV2(sex).orElse(null)).genderCode(Coding.of(system, sex));
    }
    if (marital != null) {
      p.maritalStatus(Concept.of(V2_0002, unmappedMarital ? "Z" : marital, null));
    }
    Encounter.Builder e = Encounter.builder().id("e1");
    if (patientClass != null) {
      e.encounterClass(Coding.of(V2_0004, patientClass));
    }
    PatientEvent event =
        PatientEvent.builder()
            .kind(PatientEventKind.ADMIT)
            .patient(p.build())
            .encounter(e.build())
            .eventReason(reason == null ? null : Concept.of(V2_0062, reason, null))
            .related(Entities.empty())
            .build();
    Envelope env =
        Envelope.builder()
            .family(Family.HL7V2)
            .event(Coding.of(CodeSystems.V2_EVENT_TYPE, "A01"))
            .messageId("MSG1")
            .build();
    return Message.of(env, event);
  }

  @Provide
  Arbitrary<Message> v2Events() {
    return Combinators.combine(
            Arbitraries.of("F", "M", "O", "U", "A", "N").injectNull(0.1),
            Arbitraries.of("A", "D", "M", "S", "W", "C", "G", "P", "R", "E").injectNull(0.2),
            Arbitraries.of("E", "I", "O", "P", "R", "B", "C", "N", "U").injectNull(0.1),
            Arbitraries.of("01", "02", "03", "O", "U").injectNull(0.5),
            Arbitraries.of(true, false))
        .as(V2VocabularyProperties::v2Event);
  }

  private static long translations(List<Issue> issues) {
    return issues.stream().filter(i -> i.code() == IssueCode.CODE_TRANSLATED).count();
  }

  /** The codings of a message that the map gives a target in another system or code. */
  private static int expectedTranslations(Message m) {
    PatientEvent e = (PatientEvent) m.payload();
    int n = 0;
    List<Object[]> codings = new ArrayList<>();
    if (e.patient().genderCode() != null) {
      codings.add(new Object[] {e.patient().genderCode(), "AdministrativeSex"});
    }
    if (e.patient().maritalStatus() != null) {
      codings.add(new Object[] {e.patient().maritalStatus().codings().get(0), "MaritalStatus"});
    }
    if (e.encounter().encounterClass() != null) {
      codings.add(new Object[] {e.encounter().encounterClass(), "PatientClass-EncounterClass"});
    }
    if (e.eventReason() != null) {
      codings.add(new Object[] {e.eventReason().codings().get(0), "EventReason"});
    }
    for (Object[] c : codings) {
      Coding coding = (Coding) c[0];
      Translation t = T.translate(coding, V2Vocabulary.MAP_BASE + c[1]);
      boolean single =
          coding.equals(e.patient().genderCode()) || coding.equals(e.encounter().encounterClass());
      if (single ? t.status() == Translation.Status.MAPPED : t.isMapped()) {
        Coding target = t.matches().get(0).coding().orElseThrow();
        if (!(target.system().equals(coding.system()) && target.code().equals(coding.code()))) {
          n++;
        }
      }
    }
    return n;
  }

  @Property(tries = 300)
  void mappedV2CodesGainTheirFhirCodeWithExactlyOneProvenanceEach(@ForAll("v2Events") Message m) {
    List<Loss> losses = new ArrayList<>();
    List<Issue> provenance = new ArrayList<>();
    Message out = V2Vocabulary.toFhir(m, losses, provenance);
    assertThat(translations(provenance)).isEqualTo(expectedTranslations(m));
    // a translation is provenance, not a loss; a code with no single target is the loss
    assertThat(provenance).allMatch(i -> i.code() == IssueCode.CODE_TRANSLATED);
    assertThat(losses).allMatch(l -> l.reason().startsWith(IssueCode.CODE_UNMAPPED.name()));
    PatientEvent before = (PatientEvent) m.payload();
    PatientEvent after = (PatientEvent) out.payload();
    if (before.encounter().encounterClass() != null) {
      Translation t = T.translate(before.encounter().encounterClass(), CLASS_MAP);
      Coding target = t.matches().get(0).coding().orElseThrow();
      assertThat(after.encounter().encounterClass().system()).isEqualTo(target.system());
      assertThat(after.encounter().encounterClass().code()).isEqualTo(target.code());
      // only the FHIR-bound system the map names (v3-ActCode, or v2-0004 where the map keeps it)
      assertThat(after.encounter().encounterClass().system())
          .isIn(CodeSystems.V3_ACT_CODE, V2_0004);
    }
    Coding gender = after.patient().genderCode();
    if (gender != null) {
      assertThat(gender.system()).isEqualTo(CodeSystems.FHIR_ADMINISTRATIVE_GENDER);
      assertThat(after.patient().gender())
          .isEqualTo(AdministrativeGender.fromFhir(gender.code()).orElseThrow());
    }
    Concept marital = after.patient().maritalStatus();
    if (marital != null) {
      // the original v2 coding is kept first; a mapped code gains the v3 one
      assertThat(marital.codings().get(0))
          .isEqualTo(before.patient().maritalStatus().codings().get(0));
      boolean mapped =
          T.translate(marital.codings().get(0), V2Vocabulary.MAP_BASE + "MaritalStatus").isMapped();
      assertThat(marital.codings()).hasSize(mapped ? 2 : 1);
      String at = "message.payload.patient.maritalStatus";
      assertThat(provenance).filteredOn(i -> i.location().equals(at)).hasSize(mapped ? 1 : 0);
      assertThat(losses).filteredOn(l -> l.location().equals(at)).hasSize(mapped ? 0 : 1);
    }
    for (Loss l : losses) {
      assertThat(l.reason()).contains(V2Vocabulary.MAP_BASE).doesNotContain("9434765919");
    }
    for (Issue i : provenance) {
      assertThat(i.message()).contains(V2Vocabulary.MAP_BASE).doesNotContain("9434765919");
    }
    // translating twice changes nothing more
    List<Issue> again = new ArrayList<>();
    Message twice = V2Vocabulary.toFhir(out, new ArrayList<>(), again);
    assertThat(twice).isEqualTo(out);
    assertThat(translations(again)).isZero();
  }

  @Provide
  Arbitrary<Message> reversible() {
    return Combinators.combine(
            Arbitraries.of("F", "M", "U"),
            Arbitraries.of("D", "M", "S", "W", "C"),
            Arbitraries.of("E", "I", "O", "P", "R", "B", "C", "N", "U"),
            Arbitraries.of(true, false))
        .as((s, m, c, xml) -> v2Event(s, m, c, null, false));
  }

  @Property(tries = 100)
  void v2ToFhirToV2GivesBackTheOriginalCodes(@ForAll("reversible") Message m) {
    Encoded encoded = CODEC.encode(m, WireFormat.FHIR_R4_JSON);
    String json = new String(encoded.content().toArray(), StandardCharsets.UTF_8);
    assertThat(json).doesNotContain(V2_0001);
    Message fhir = CODEC.decode(encoded.content().toArray(), WireFormat.FHIR_R4_JSON).value();
    List<Loss> losses = new ArrayList<>();
    PatientEvent back = (PatientEvent) Retarget.forV2(fhir, losses, new ArrayList<>()).payload();
    PatientEvent original = (PatientEvent) m.payload();
    assertThat(back.patient().genderCode().system())
        .isEqualTo(original.patient().genderCode().system());
    assertThat(back.patient().genderCode().code())
        .isEqualTo(original.patient().genderCode().code());
    assertThat(back.patient().gender()).isEqualTo(original.patient().gender());
    assertThat(back.encounter().encounterClass().code())
        .isEqualTo(original.encounter().encounterClass().code());
    assertThat(back.encounter().encounterClass().system()).isEqualTo(V2_0004);
    assertThat(back.patient().maritalStatus().codings().get(0).code())
        .isEqualTo(original.patient().maritalStatus().codings().get(0).code());
    assertThat(back.patient().maritalStatus().codings().get(0).system()).isEqualTo(V2_0002);
  }

  @Test
  void anInpatientAdmissionIsWrittenWithTheActCodeAndItsProvenance() {
    Message m = v2Event("F", "M", "I", null, false);
    Encoded encoded = CODEC.encode(m, WireFormat.FHIR_R4_JSON);
    String json = new String(encoded.content().toArray(), StandardCharsets.UTF_8);
    assertThat(json)
        .contains("\"code\": \"IMP\"")
        .contains(CodeSystems.V3_ACT_CODE)
        .doesNotContain(V2_0004)
        .contains("\"gender\": \"female\"");
    String at = "message.payload.encounter.encounterClass";
    assertThat(encoded.losses()).noneMatch(l -> l.location().equals(at));
    assertThat(encoded.issues().all())
        .filteredOn(i -> i.location().equals(at))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.code()).isEqualTo(IssueCode.CODE_TRANSLATED);
              assertThat(i.message())
                  .startsWith("code translated through concept map " + CLASS_MAP + "|")
                  .endsWith(" from " + V2_0004 + " to " + CodeSystems.V3_ACT_CODE);
            });
  }

  @Test
  void aGenderTheMapCannotReverseIsKeptAndReported() {
    List<Loss> losses = new ArrayList<>();
    Message fhir =
        V2Vocabulary.toFhir(v2Event("A", null, null, null, false), losses, new ArrayList<>());
    assertThat(((PatientEvent) fhir.payload()).patient().genderCode().code()).isEqualTo("other");
    List<Loss> back = new ArrayList<>();
    Message v2 = Retarget.forV2(fhir, back, new ArrayList<>());
    assertThat(((PatientEvent) v2.payload()).patient().genderCode().code()).isEqualTo("other");
    assertThat(back)
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.location()).isEqualTo("message.payload.patient.genderCode");
              assertThat(l.reason()).startsWith(IssueCode.CODE_UNMAPPED.name());
            });
  }

  @Test
  void nonV2EnvelopesAndNhsCodesAreLeftAlone() {
    Message m = v2Event("2", null, null, null, false);
    List<Loss> losses = new ArrayList<>();
    List<Issue> issues = new ArrayList<>();
    assertThat(V2Vocabulary.toFhir(m, losses, issues)).isEqualTo(m);
    assertThat(losses).isEmpty();
    assertThat(issues).isEmpty();
    Message notV2 =
        Message.of(
            m.envelope().toBuilder().family(Family.UK_CORE_MESSAGING).build(),
            v2Event("F", "M", "I", null, false).payload());
    List<Loss> none = new ArrayList<>();
    assertThat(
            Retarget.forFhir(
                notV2, dev.koine.fhir.internal.map.FhirVersion.R4, none, new ArrayList<>()))
        .isEqualTo(notV2);
    assertThat(none).isEmpty();
  }
}
