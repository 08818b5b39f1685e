package dev.koine.hl7v2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.koine.core.code.CodeSystems;
import dev.koine.core.code.Coding;
import dev.koine.core.codec.MessageCodec;
import dev.koine.core.codec.WireFormat;
import dev.koine.core.message.Message;
import dev.koine.core.message.PatientEvent;
import dev.koine.core.model.AdministrativeGender;
import dev.koine.core.model.Extension;
import dev.koine.core.model.Extras;
import dev.koine.core.model.Patient;
import dev.koine.core.model.Value;
import dev.koine.hl7v2.internal.ZSegments;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of the ADT depth mappings: PID-8 on encode and the ZU segments round trip. */
class AdtDepthProperties {
  private final Hl7v2Codec codec = new Hl7v2Codec();

  /** How the model holds the received gender code. */
  enum Kept {
    NONE,
    FHIR,
    NHS_DD,
    TABLE_0001
  }

  @Property
  void pid8IsTable0001UnlessTheV2CodeWasKept(
      @ForAll AdministrativeGender gender, @ForAll Kept kept) {
    Coding code =
        switch (kept) {
          case NONE -> null;
          case FHIR -> Coding.of(CodeSystems.FHIR_ADMINISTRATIVE_GENDER, gender.fhirCode());
          case NHS_DD ->
              Coding.of(CodeSystems.NHS_DD_PERSON_STATED_GENDER, gender.nhsDataDictionaryCode());
          case TABLE_0001 -> Coding.of(CodeSystems.V2_ADMINISTRATIVE_SEX, gender.v2Code());
        };
    Patient p = Patient.builder().gender(gender).genderCode(code).build();
    byte[] er7 = codec.encode(AdtDepthTest.event(p), WireFormat.HL7V2).content().toArray();
    String expected = kept == Kept.NHS_DD ? gender.nhsDataDictionaryCode() : gender.v2Code();
    assertThat(AdtDepthTest.field(er7, "PID", 8)).isEqualTo(expected);
    Patient back = ((PatientEvent) codec.decode(er7, WireFormat.HL7V2).value().payload()).patient();
    assertThat(back.gender()).isEqualTo(gender);
  }

  @Property
  void aConflictingKeptCodeGivesWayToTheGender(
      @ForAll AdministrativeGender gender, @ForAll AdministrativeGender other) {
    Patient p =
        Patient.builder()
            .gender(gender)
            .genderCode(
                Coding.of(CodeSystems.NHS_DD_PERSON_STATED_GENDER, other.nhsDataDictionaryCode()))
            .build();
    byte[] er7 = codec.encode(AdtDepthTest.event(p), WireFormat.HL7V2).content().toArray();
    assertThat(AdtDepthTest.field(er7, "PID", 8))
        .isEqualTo(gender == other ? other.nhsDataDictionaryCode() : gender.v2Code());
  }

  /** ZU field extensions in segment and field order, with structured ER7 values. */
  static Arbitrary<List<Extension>> zuFields() {
    Arbitrary<String> leaf =
        V2Representable.text().map(v -> dev.koine.hl7v2.V2Delimiters.DEFAULT.escapeValue(v));
    Arbitrary<String> component =
        leaf.list().ofMinSize(1).ofMaxSize(2).map(l -> String.join("&", l));
    Arbitrary<String> repetition =
        component.list().ofMinSize(1).ofMaxSize(3).map(l -> String.join("^", l));
    Arbitrary<String> fieldText =
        repetition.list().ofMinSize(1).ofMaxSize(2).map(l -> String.join("~", l));
    Arbitrary<String> segment =
        Arbitraries.of("ZU1", "ZU2", "ZU3", "ZU4", "ZU5", "ZU6", "ZU7", "ZU8");
    return Combinators.combine(segment, Arbitraries.integers().between(1, 25), fieldText)
        .as((s, f, t) -> new Object[] {s, f, t})
        .list()
        .ofMinSize(1)
        .ofMaxSize(8)
        .map(
            entries -> {
              TreeMap<String, String> sorted = new TreeMap<>();
              for (Object[] e : entries) {
                sorted.put(
                    e[0] + String.format(java.util.Locale.ROOT, "%03d", (Integer) e[1]),
                    (String) e[2]);
              }
              List<Extension> out = new ArrayList<>();
              sorted.forEach(
                  (k, text) ->
                      out.add(
                          Extension.of(
                              ZSegments.url(k.substring(0, 3), Integer.parseInt(k.substring(3))),
                              new Value.Primitive("string", text))));
              return out;
            });
  }

  @Provide
  Arbitrary<Message> adtWithZu() {
    return Combinators.combine(V2Representable.patientEventMessage(), zuFields())
        .as(
            (m, zu) -> {
              PatientEvent e = (PatientEvent) m.payload();
              PatientEvent withZu =
                  e.encounter() != null
                      ? e.toBuilder()
                          .encounter(e.encounter().toBuilder().extras(Extras.of(zu)).build())
                          .build()
                      : e.toBuilder()
                          .patient(e.patient().toBuilder().extras(Extras.of(zu)).build())
                          .build();
              return Message.of(m.envelope(), withZu);
            });
  }

  @Property(tries = 150)
  void messagesWithZuFieldsRoundTripWithoutLoss(@ForAll("adtWithZu") Message m) {
    MessageCodec.Encoded encoded = codec.encode(m, WireFormat.HL7V2);
    assertThat(encoded.losses()).isEmpty();
    var decoded = codec.decode(encoded.content().toArray(), WireFormat.HL7V2);
    assertThat(decoded.losses()).isEmpty();
    assertThat(decoded.value()).isEqualTo(m);
    assertThat(codec.roundTrip(encoded.content().toArray(), WireFormat.HL7V2).status())
        .isEqualTo("LOSSLESS");
  }
}
