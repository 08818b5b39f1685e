package dev.koine.fhir.internal.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.koine.core.issue.KoineParseException;
import dev.koine.fhir.Limits;
import java.util.List;
import org.junit.jupiter.api.Test;

class FhirWritersTest {
  /** Out of order on purpose: the writers put it in definition order. */
  private static final String INPUT =
      "{\"resourceType\":\"Patient\",\"active\":true,\"extension\":[{\"valueString\":\"v\","
          + "\"url\":\"http://x\"}],\"id\":\"p1\",\"_birthDate\":{\"id\":\"b\"},\"name\":[{\"given\""
          + ":[\"A\",null],\"_given\":[null,{\"extension\":[{\"url\":\"u\",\"valueDecimal\":1.50}]}],"
          + "\"family\":\"F\"}],\"text\":{\"div\":\"<div xmlns=\\\"http://www.w3.org/1999/xhtml\\\">"
          + "Hi &amp; <b>bye</b></div>\",\"status\":\"generated\"}}";

  private static FhirNode patient() {
    return new FhirJsonReader(FhirStructure.r4(), Limits.defaults()).read(INPUT).root();
  }

  @Test
  void json_compact_isCanonical() {
    assertThat(new FhirJsonWriter(FhirStructure.r4(), false).writeString(patient()))
        .isEqualTo(
            "{\"resourceType\":\"Patient\",\"id\":\"p1\",\"text\":{\"status\":\"generated\","
                + "\"div\":\"<div xmlns=\\\"http://www.w3.org/1999/xhtml\\\">Hi &amp; <b>bye</b>"
                + "</div>\"},\"extension\":[{\"url\":\"http://x\",\"valueString\":\"v\"}],"
                + "\"active\":true,\"name\":[{\"family\":\"F\",\"given\":[\"A\",null],\"_given\":"
                + "[null,{\"extension\":[{\"url\":\"u\",\"valueDecimal\":1.50}]}]}],"
                + "\"_birthDate\":{\"id\":\"b\"}}");
  }

  @Test
  void json_pretty_indentsTwoSpaces() {
    String pretty = new FhirJsonWriter(FhirStructure.r4(), true).writeString(patient());
    assertThat(pretty)
        .startsWith("{\n  \"resourceType\": \"Patient\",\n  \"id\": \"p1\",\n  \"text\": {\n")
        .contains("      \"given\": [\n        \"A\",\n        null\n      ],\n")
        .endsWith("  \"_birthDate\": {\n    \"id\": \"b\"\n  }\n}");
  }

  @Test
  @SuppressWarnings("StringConcatToTextBlock") // line-per-element reads better here
  void xml_pretty_isCanonical() {
    assertThat(new FhirXmlWriter(FhirStructure.r4(), true).writeString(patient()))
        .isEqualTo(
            String.join(
                "\n",
                "<Patient xmlns=\"http://hl7.org/fhir\">",
                "  <id value=\"p1\"/>",
                "  <text>",
                "    <status value=\"generated\"/>",
                "    <div xmlns=\"http://www.w3.org/1999/xhtml\">Hi &amp; <b>bye</b></div>",
                "  </text>",
                "  <extension url=\"http://x\">",
                "    <valueString value=\"v\"/>",
                "  </extension>",
                "  <active value=\"true\"/>",
                "  <name>",
                "    <family value=\"F\"/>",
                "    <given value=\"A\"/>",
                "    <given>",
                "      <extension url=\"u\">",
                "        <valueDecimal value=\"1.50\"/>",
                "      </extension>",
                "    </given>",
                "  </name>",
                "  <birthDate id=\"b\"/>",
                "</Patient>",
                ""));
  }

  @Test
  void xml_attributes_keepLineBreaksTabsAndMarkup() {
    FhirNode p =
        FhirNode.resource(
            "Patient",
            "Patient",
            List.of(
                FhirNode.builder("name")
                    .array(true)
                    .child(FhirNode.primitive("text", "a\"b'<c>&\td\r\ne", ValueKind.STRING))
                    .build()));
    String xml = new FhirXmlWriter(FhirStructure.r4(), false).writeString(p);
    assertThat(xml).contains("value=\"a&quot;b'&lt;c&gt;&amp;&#9;d&#13;&#10;e\"");
    FhirTree back = new FhirXmlReader(FhirStructure.r4(), Limits.defaults()).read(xml);
    assertThat(back.root()).isEqualTo(p);
  }

  @Test
  void json_numbersAndBooleans_writtenFromTextOnlyWhenValid() {
    FhirNode p =
        FhirNode.resource(
            "Observation",
            "Observation",
            List.of(
                FhirNode.builder("valueQuantity")
                    .child(FhirNode.primitive("value", "0.000100", ValueKind.NUMBER))
                    .child(FhirNode.primitive("unit", "1.5", ValueKind.STRING))
                    .build(),
                FhirNode.builder("component")
                    .array(true)
                    .child(FhirNode.primitive("valueInteger", "12x", ValueKind.NUMBER))
                    .build(),
                FhirNode.builder("component")
                    .array(true)
                    .child(FhirNode.primitive("valueBoolean", "yes", ValueKind.BOOLEAN))
                    .build()));
    assertThat(new FhirJsonWriter(FhirStructure.r4(), false).writeString(p))
        .isEqualTo(
            "{\"resourceType\":\"Observation\",\"valueQuantity\":{\"value\":0.000100,"
                + "\"unit\":\"1.5\"},\"component\":[{\"valueInteger\":\"12x\"},"
                + "{\"valueBoolean\":\"yes\"}]}");
  }

  @Test
  void json_repeatingElement_alwaysAnArray() {
    FhirNode p =
        FhirNode.resource(
            "Patient",
            "Patient",
            List.of(
                FhirNode.element(
                    "identifier", List.of(FhirNode.primitive("value", "1", ValueKind.STRING)))));
    assertThat(new FhirJsonWriter(FhirStructure.r4(), false).writeString(p))
        .isEqualTo("{\"resourceType\":\"Patient\",\"identifier\":[{\"value\":\"1\"}]}");
  }

  @Test
  void xml_controlCharacter_refusedAtItsPath() {
    FhirNode p =
        FhirNode.resource(
            "Patient",
            "Patient",
            List.of(
                FhirNode.builder("name")
                    .array(true)
                    .child(FhirNode.primitive("family", "a\u0001b", ValueKind.STRING))
                    .build()));
    assertThatThrownBy(() -> new FhirXmlWriter(FhirStructure.r4(), false).writeString(p))
        .isInstanceOf(KoineParseException.class)
        .hasMessage(
            "at Patient.name.family: a value has a character that XML 1.0 cannot represent");
  }

  @Test
  void xml_malformedDiv_refused() {
    FhirNode p =
        FhirNode.resource(
            "Patient",
            "Patient",
            List.of(
                FhirNode.element(
                    "text",
                    List.of(FhirNode.primitive("div", "<div>&nbsp;</div>", ValueKind.STRING)))));
    assertThatThrownBy(() -> new FhirXmlWriter(FhirStructure.r4(), false).writeString(p))
        .isInstanceOf(KoineParseException.class)
        .hasMessageStartingWith("at Patient.text.div: ");
  }

  @Test
  void xml_divWithoutNamespace_getsTheXhtmlNamespace() {
    FhirNode p =
        FhirNode.resource(
            "Patient",
            "Patient",
            List.of(
                FhirNode.element(
                    "text",
                    List.of(FhirNode.primitive("div", "<div><p>x</p></div>", ValueKind.STRING)))));
    assertThat(new FhirXmlWriter(FhirStructure.r4(), false).writeString(p))
        .isEqualTo(
            "<Patient xmlns=\"http://hl7.org/fhir\"><text><div"
                + " xmlns=\"http://www.w3.org/1999/xhtml\"><p>x</p></div></text></Patient>");
  }

  @Test
  void writers_refuseANonResourceRoot() {
    FhirNode element = FhirNode.primitive("active", "true", ValueKind.BOOLEAN);
    assertThatThrownBy(() -> new FhirJsonWriter(FhirStructure.r4(), false).write(element))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new FhirXmlWriter(FhirStructure.r4(), false).write(element))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
