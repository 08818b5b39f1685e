package dev.koine.fhir.internal.map;

import static org.assertj.core.api.Assertions.assertThat;

import dev.koine.core.codec.Loss;
import dev.koine.fhir.internal.tree.FhirNode;
import dev.koine.fhir.internal.tree.FhirStructure;
import dev.koine.fhir.internal.tree.ValueKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The last encode step keeps only what the version defines, and says what it left out. */
class ConformanceTest {
  private static FhirNode text(String name, String value) {
    return FhirNode.primitive(name, value, ValueKind.STRING);
  }

  private static FhirNode resource(String type, FhirNode... children) {
    return FhirNode.resource(type, type, List.of(children));
  }

  @Test
  void anElementTheVersionLacksIsLeftOutAndReported() {
    FhirNode report =
        resource(
            "DiagnosticReport",
            text("status", "final"),
            FhirNode.element("effectiveAge", List.of(text("unit", "a"))));
    List<Loss> losses = new ArrayList<>();
    FhirNode out = Conformance.prune(report, FhirStructure.stu3(), losses);
    assertThat(out.child("effectiveAge")).isNull();
    assertThat(out.child("status")).isNotNull();
    assertThat(losses)
        .containsExactly(
            new Loss("DiagnosticReport.effectiveAge", "not an element of STU3 DiagnosticReport"));
  }

  @Test
  void aSecondVariantOfAChoiceIsLeftOut() {
    FhirNode patient =
        resource(
            "Patient",
            FhirNode.primitive("multipleBirthBoolean", "true", ValueKind.BOOLEAN),
            FhirNode.primitive("multipleBirthInteger", "2", ValueKind.NUMBER));
    List<Loss> losses = new ArrayList<>();
    FhirNode out = Conformance.prune(patient, FhirStructure.r4(), losses);
    assertThat(out.children()).extracting(FhirNode::name).containsExactly("multipleBirthBoolean");
    assertThat(losses).extracting(Loss::reason).containsExactly("R4 Patient allows one value");
  }

  @Test
  void aProfileOfTheOtherVersionIsNotClaimed() {
    FhirNode patient =
        resource(
            "Patient",
            FhirNode.element(
                "meta",
                List.of(
                    FhirNode.primitive(
                            "profile",
                            "https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Patient-1",
                            ValueKind.STRING)
                        .withArray(true),
                    FhirNode.primitive(
                            "profile",
                            "https://fhir.hl7.org.uk/StructureDefinition/UKCore-Patient",
                            ValueKind.STRING)
                        .withArray(true))));
    List<Loss> losses = new ArrayList<>();
    FhirNode out = Conformance.prune(patient, FhirStructure.r4(), losses);
    assertThat(out.child("meta").children())
        .extracting(FhirNode::value)
        .containsExactly("https://fhir.hl7.org.uk/StructureDefinition/UKCore-Patient");
    assertThat(losses)
        .containsExactly(
            new Loss(
                "Patient.meta.profile[0]",
                "a profile of the other FHIR version cannot be claimed in R4"));
    // and the other way: a UK Core (R4) profile is not claimed in STU3
    List<Loss> stu3 = new ArrayList<>();
    FhirNode asStu3 = Conformance.prune(patient, FhirStructure.stu3(), stu3);
    assertThat(asStu3.child("meta").children())
        .extracting(FhirNode::value)
        .containsExactly("https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Patient-1");
    assertThat(stu3)
        .containsExactly(
            new Loss(
                "Patient.meta.profile[1]",
                "a profile of the other FHIR version cannot be claimed in STU3"));
  }

  @Test
  void codesR4AddedToRequiredBindingsAreNotWrittenAsStu3() {
    FhirNode patient =
        resource(
            "Patient",
            FhirNode.element("identifier", List.of(text("use", "old"), text("value", "x"))));
    List<Loss> losses = new ArrayList<>();
    FhirNode out = Conformance.prune(patient, FhirStructure.stu3(), losses);
    assertThat(out.child("identifier").child("use")).isNull();
    assertThat(out.child("identifier").child("value")).isNotNull();
    assertThat(losses).extracting(Loss::location).containsExactly("Patient.identifier[0].use");
    List<Loss> r4 = new ArrayList<>();
    assertThat(Conformance.prune(patient, FhirStructure.r4(), r4)).isSameAs(patient);
    assertThat(r4).isEmpty();
  }

  @Test
  void anEmptyElementIsDroppedSilentlyAndVerbatimResourcesAreLeftAlone() {
    FhirNode specimen =
        resource(
            "Specimen", text("status", "available"), FhirNode.element("collection", List.of()));
    List<Loss> losses = new ArrayList<>();
    assertThat(Conformance.prune(specimen, FhirStructure.r4(), losses).child("collection"))
        .isNull();
    assertThat(losses).isEmpty();

    FhirNode odd = resource("Practitioner", FhirNode.element("practitionerRole", List.of()));
    Conformance.verbatim(odd);
    assertThat(Conformance.prune(odd, FhirStructure.r4(), losses)).isSameAs(odd);
    assertThat(losses).isEmpty();
    // the registration lasts one encode
    assertThat(Conformance.isVerbatim(odd)).isFalse();
  }
}
