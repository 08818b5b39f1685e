package dev.koine.fhir.internal.tree;

import static org.assertj.core.api.Assertions.assertThat;

import dev.koine.core.issue.KoineParseException;
import dev.koine.fhir.Limits;
import java.util.List;
import org.junit.jupiter.api.Test;

class FhirJsonReaderTest {
  private static final String SECRET = "9434765919";

  private static FhirTree read(String json) {
    return new FhirJsonReader(FhirStructure.r4(), Limits.defaults()).read(json);
  }

  private static KoineParseException failure(String json) {
    try {
      read(json);
    } catch (KoineParseException e) {
      assertThat(e.getMessage()).doesNotContain(SECRET);
      return e;
    }
    throw new AssertionError("expected a KoineParseException");
  }

  @Test
  void read_primitiveWithIdAndExtension_oneNode() {
    FhirNode birthDate =
        read("{\"resourceType\":\"Patient\",\"birthDate\":\"1970-01-01\","
                + "\"_birthDate\":{\"id\":\"b1\",\"extension\":[{\"url\":\"http://x\","
                + "\"valueDateTime\":\"1970-01-01T10:00:00Z\"}]}}")
            .root()
            .child("birthDate");
    assertThat(birthDate.value()).isEqualTo("1970-01-01");
    assertThat(birthDate.kind()).isEqualTo(ValueKind.STRING);
    assertThat(birthDate.elementId()).isEqualTo("b1");
    assertThat(birthDate.array()).isFalse();
    FhirNode ext = birthDate.child("extension");
    assertThat(ext.array()).isTrue();
    assertThat(ext.child("url").value()).isEqualTo("http://x");
    assertThat(ext.child("valueDateTime").value()).isEqualTo("1970-01-01T10:00:00Z");
  }

  @Test
  void read_arrayShapeDefects_areReadAndReportedWithTheirPointer() {
    FhirTree tree =
        read(
            "{\"resourceType\":\"Patient\",\"name\":{\"family\":\"X\"},"
                + "\"gender\":[\"female\"]}");
    assertThat(tree.root().children("name")).hasSize(1);
    assertThat(tree.root().child("gender").value()).isEqualTo("female");
    assertThat(tree.issues())
        .extracting(i -> i.code() + " " + i.location())
        .containsExactly("NORMALISED /name", "NORMALISED /gender/0");
    assertThat(read("{\"resourceType\":\"Patient\",\"name\":[{\"family\":\"X\"}]}").issues())
        .isEmpty();
  }

  @Test
  void read_primitiveArrayWithNulls_alignsValuesAndExtensions() {
    FhirNode name =
        read("{\"resourceType\":\"Patient\",\"name\":[{\"given\":[\"A\",null,\"C\"],"
                + "\"_given\":[null,{\"id\":\"g2\"},{\"extension\":[{\"url\":\"u\","
                + "\"valueBoolean\":true}]}]}]}")
            .root()
            .child("name");
    List<FhirNode> given = name.children("given");
    assertThat(given).hasSize(3).allMatch(FhirNode::array);
    assertThat(given.get(0).value()).isEqualTo("A");
    assertThat(given.get(0).elementId()).isNull();
    assertThat(given.get(1).value()).isNull();
    assertThat(given.get(1).elementId()).isEqualTo("g2");
    assertThat(given.get(1).kind()).isEqualTo(ValueKind.STRING);
    assertThat(given.get(2).value()).isEqualTo("C");
    assertThat(given.get(2).children()).hasSize(1);
  }

  @Test
  void read_valuelessPrimitive_takesItsKindFromTheDefinitions() {
    FhirNode value =
        read("{\"resourceType\":\"Observation\",\"valueQuantity\":{\"_value\":{\"id\":\"v\"}}}")
            .root()
            .child("valueQuantity")
            .child("value");
    assertThat(value.kind()).isEqualTo(ValueKind.NUMBER);
    assertThat(value.value()).isNull();
  }

  @Test
  void read_numbers_keepTheirExactText() {
    FhirNode q =
        read("{\"resourceType\":\"Observation\",\"valueQuantity\":{\"value\":1.50},"
                + "\"component\":[{\"valueInteger\":-0},{\"valueQuantity\":{\"value\":1E+3}},"
                + "{\"valueBoolean\":false}]}")
            .root();
    assertThat(q.child("valueQuantity").child("value").value()).isEqualTo("1.50");
    assertThat(q.child("valueQuantity").child("value").kind()).isEqualTo(ValueKind.NUMBER);
    List<FhirNode> components = q.children("component");
    assertThat(components.get(0).child("valueInteger").value()).isEqualTo("-0");
    assertThat(components.get(1).child("valueQuantity").child("value").value()).isEqualTo("1E+3");
    assertThat(components.get(2).child("valueBoolean").kind()).isEqualTo(ValueKind.BOOLEAN);
  }

  @Test
  void read_inlineResources_areResourceNodes() {
    FhirNode bundle =
        read("{\"resourceType\":\"Bundle\",\"entry\":[{\"resource\":{\"id\":\"p1\","
                + "\"resourceType\":\"Patient\",\"contained\":[{\"resourceType\":\"Organization\","
                + "\"id\":\"o\"}]}}]}")
            .root();
    FhirNode patient = bundle.child("entry").child("resource");
    assertThat(patient.resourceType()).isEqualTo("Patient");
    assertThat(patient.child("id").value()).isEqualTo("p1");
    assertThat(patient.elementId()).isNull();
    FhirNode org = patient.child("contained");
    assertThat(org.isResource()).isTrue();
    assertThat(org.array()).isTrue();
    assertThat(org.child("id").value()).isEqualTo("o");
  }

  @Test
  void read_elementId_isNotAChild() {
    FhirNode code =
        read("{\"resourceType\":\"Observation\",\"code\":{\"id\":\"c1\",\"text\":\"t\"}}")
            .root()
            .child("code");
    assertThat(code.elementId()).isEqualTo("c1");
    assertThat(code.children()).extracting(FhirNode::name).containsExactly("text");
  }

  @Test
  void read_nullsAndEmptyArrays_carryNothing() {
    FhirNode root =
        read("{\"resourceType\":\"Patient\",\"active\":null,\"name\":[],\"_gender\":null}").root();
    assertThat(root.children()).isEmpty();
  }

  @Test
  void read_notAnObject_locatedAtTheRoot() {
    assertThat(failure("[1]").location()).startsWith("/ (line 1");
    assertThat(failure("").reason()).contains("empty");
  }

  @Test
  void read_withoutResourceType_refused() {
    assertThat(failure("{\"id\":\"" + SECRET + "\"}").reason()).contains("resourceType");
  }

  @Test
  void read_duplicateProperty_located() {
    KoineParseException e =
        failure("{\"resourceType\":\"Patient\",\"name\":[{\"family\":\"a\",\"family\":\"b\"}]}");
    assertThat(e.location()).startsWith("/name/0/family (line 1");
    assertThat(e.reason()).isEqualTo("duplicate property");
  }

  @Test
  void read_misalignedUnderscoreArray_located() {
    KoineParseException e =
        failure(
            "{\"resourceType\":\"Patient\",\"name\":[{\"given\":[\"a\",\"b\"],"
                + "\"_given\":[null]}]}");
    assertThat(e.location()).startsWith("/name/0/given");
    assertThat(e.reason()).contains("different lengths");
  }

  @Test
  void read_underscoreOnComplexElement_refused() {
    assertThat(
            failure("{\"resourceType\":\"Patient\",\"name\":[{}],\"_name\":[{\"id\":\"x\"}]}")
                .reason())
        .contains("only allowed for primitive");
  }

  @Test
  void read_nullWithoutExtension_refused() {
    assertThat(failure("{\"resourceType\":\"Patient\",\"name\":[{\"given\":[null]}]}").location())
        .startsWith("/name/0/given/0");
  }

  @Test
  void read_badPropertyName_neverEchoed() {
    KoineParseException e = failure("{\"resourceType\":\"Patient\",\"" + SECRET + "\":1}");
    assertThat(e.location()).startsWith("/<invalid-name> (line");
    assertThat(e.reason()).contains("not a FHIR element name");
  }

  @Test
  void read_truncated_locatedWithLineAndColumn() {
    KoineParseException e =
        failure("{\"resourceType\":\"Patient\",\n\"name\":[{\"family\":\"" + SECRET);
    assertThat(e.reason()).startsWith("truncated JSON");
    assertThat(e.location()).contains("line 2");
    assertThat(e.getCause()).isNotNull();
  }

  @Test
  void read_malformed_wrapsTheParserErrorWithoutTheValue() {
    KoineParseException e = failure("{\"resourceType\":\"Patient\",\"active\":" + SECRET + "x}");
    assertThat(e.reason()).isEqualTo("malformed JSON");
    assertThat(e.getCause().getMessage()).doesNotContain(SECRET);
  }

  @Test
  void read_trailingContent_refused() {
    assertThat(failure("{\"resourceType\":\"Patient\"} {}").reason()).contains("after");
  }

  @Test
  void read_elementIdNotAString_refused() {
    assertThat(failure("{\"resourceType\":\"Patient\",\"name\":[{\"id\":1}]}").location())
        .startsWith("/name/0/id");
  }

  @Test
  void read_assignsDistinctOrdinals() {
    FhirTree tree =
        read("{\"resourceType\":\"Patient\",\"name\":[{\"given\":[\"a\",\"b\"]}],\"active\":true}");
    assertThat(tree.size()).isEqualTo(5);
    assertThat(tree.root().ordinal()).isEqualTo(4);
  }
}
