package dev.koine.fhir.internal.tree;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FhirStructureDefinitionsTest {
  private final FhirStructure r4 = FhirStructure.r4();
  private final FhirStructure stu3 = FhirStructure.stu3();

  @Test
  void arrays() {
    assertThat(r4.isArray("Patient", "identifier")).isTrue();
    assertThat(r4.isArray("Patient", "birthDate")).isFalse();
    assertThat(r4.isArray("HumanName", "given")).isTrue();
    assertThat(r4.isArray("Bundle", "entry")).isTrue();
    assertThat(r4.isArray("Bundle", "identifier")).isFalse();
    assertThat(r4.isArray("Patient", "contained")).isTrue();
    assertThat(r4.isArray("Nope", "identifier")).isFalse();
  }

  @Test
  void primitiveKinds() {
    assertThat(r4.primitiveKind("Quantity", "value")).isEqualTo(ValueKind.NUMBER);
    assertThat(r4.primitiveKind("Observation", "valueBoolean")).isEqualTo(ValueKind.BOOLEAN);
    assertThat(r4.primitiveKind("Observation", "valueInteger")).isEqualTo(ValueKind.NUMBER);
    assertThat(r4.primitiveKind("Observation", "valueString")).isEqualTo(ValueKind.STRING);
    assertThat(r4.primitiveKind("Observation", "valueQuantity")).isNull();
    assertThat(r4.primitiveKind("Patient", "unknown")).isNull();
    assertThat(r4.kindOfType("positiveInt")).isEqualTo(ValueKind.NUMBER);
    assertThat(r4.kindOfType("Quantity")).isNull();
  }

  @Test
  void choices() {
    FhirStructure.Child c = r4.child("Observation", "valueCodeableConcept");
    assertThat(c.element()).isEqualTo("value[x]");
    assertThat(c.type()).isEqualTo("CodeableConcept");
    assertThat(r4.child("Observation", "valueFoo")).isNull();
    FhirStructure.Child ext = r4.child("Extension", "valueBase64Binary");
    assertThat(ext.type()).isEqualTo("base64Binary");
    assertThat(ext.kind()).isEqualTo(ValueKind.STRING);
    assertThat(r4.child("Patient", "deceasedBoolean").kind()).isEqualTo(ValueKind.BOOLEAN);
  }

  @Test
  void inlineResourcesBlocksAndXhtml() {
    assertThat(r4.child("Bundle", "entry").type()).isEqualTo("Bundle.entry");
    assertThat(r4.child("Bundle.entry", "resource").isResource()).isTrue();
    assertThat(r4.child("Parameters.parameter", "resource").isResource()).isTrue();
    assertThat(r4.child("Parameters.parameter", "part").type()).isEqualTo("Parameters.parameter");
    assertThat(r4.child("Questionnaire.item", "item").type()).isEqualTo("Questionnaire.item");
    assertThat(r4.child("Narrative", "div").isXhtml()).isTrue();
    assertThat(r4.child("string", "extension").type()).isEqualTo("Extension");
  }

  @Test
  void definitionOrder() {
    List<String> names =
        r4.elements("Patient").stream().map(FhirStructure.Element::name).limit(11).toList();
    assertThat(names)
        .containsExactly(
            "id",
            "meta",
            "implicitRules",
            "language",
            "text",
            "contained",
            "extension",
            "modifierExtension",
            "identifier",
            "active",
            "name");
    assertThat(r4.order("Extension", "url")).isLessThan(r4.order("Extension", "valueString"));
    assertThat(r4.order("Observation", "valueQuantity"))
        .isEqualTo(r4.order("Observation", "valueString"));
    assertThat(r4.order("Patient", "unknown")).isEqualTo(-1);
  }

  @Test
  void versionsDiffer() {
    assertThat(r4.isResourceType("ServiceRequest")).isTrue();
    assertThat(stu3.isResourceType("ServiceRequest")).isFalse();
    assertThat(stu3.isResourceType("ReferralRequest")).isTrue();
    assertThat(stu3.isResourceType("Patient.contact")).isFalse();
    assertThat(stu3.isType("Patient.contact")).isTrue();
    assertThat(r4.source()).contains("FHIR 4.0.1");
    assertThat(stu3.source()).contains("FHIR 3.0");
    assertThat(stu3.label()).isEqualTo("STU3");
  }
}
