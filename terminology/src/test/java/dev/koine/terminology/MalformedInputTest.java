package dev.koine.terminology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.koine.core.issue.KoineParseException;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Malformed files fail with a located {@link KoineParseException} that says what was expected. */
class MalformedInputTest {

  private static TerminologyResource xml(String text) {
    return TerminologyFiles.read(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        ResourceFormat.FHIR_XML,
        "map.xml");
  }

  private static TerminologyResource json(String text) {
    return TerminologyFiles.read(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        ResourceFormat.FHIR_JSON,
        "map.json");
  }

  private static ConceptMap csv(String text) {
    return ConceptMaps.readCsv(new StringReader(text), "local.csv", "urn:local", null);
  }

  // ------------------------------------------------------------------ XXE and DTDs

  @Test
  void xmlWithExternalEntity_isRefused() {
    String xxe =
        "<?xml version=\"1.0\"?>\n"
            + "<!DOCTYPE CodeSystem [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
            + "<CodeSystem xmlns=\"http://hl7.org/fhir\"><url value=\"&xxe;\"/>"
            + "<content value=\"complete\"/></CodeSystem>";
    assertThatThrownBy(() -> xml(xxe))
        .isInstanceOf(KoineParseException.class)
        .hasMessageContaining("map.xml:2")
        .hasMessageContaining("DTD")
        .hasMessageNotContaining("root:");
  }

  @Test
  void xmlWithExternalDtd_isRefused() {
    String dtd =
        "<!DOCTYPE CodeSystem SYSTEM \"http://example.invalid/evil.dtd\">"
            + "<CodeSystem xmlns=\"http://hl7.org/fhir\"/>";
    assertThatThrownBy(() -> xml(dtd))
        .isInstanceOf(KoineParseException.class)
        .hasMessageContaining("not allowed");
  }

  @Test
  void billionLaughs_isRefused() {
    String bomb =
        "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
            + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>"
            + "<CodeSystem xmlns=\"http://hl7.org/fhir\"><url value=\"&lol2;\"/></CodeSystem>";
    assertThatThrownBy(() -> xml(bomb)).isInstanceOf(KoineParseException.class);
  }

  @Test
  void undeclaredEntity_isMalformed() {
    String text = "<CodeSystem xmlns=\"http://hl7.org/fhir\"><url value=\"&xxe;\"/></CodeSystem>";
    assertThatThrownBy(() -> xml(text))
        .isInstanceOf(KoineParseException.class)
        .hasMessageContaining("map.xml:1");
  }

  // ------------------------------------------------------------------ FHIR shapes

  @Test
  void json_missingEquivalence_isLocatedByPointer() {
    String text =
        "{\"resourceType\":\"ConceptMap\",\"url\":\"urn:m\",\"status\":\"active\",\"group\":["
            + "{\"element\":[{\"code\":\"a\",\"target\":[{\"code\":\"b\"}]},"
            + "{\"code\":\"c\",\"target\":[{\"code\":\"d\",\"equivalence\":\"same\"}]}]}]}";
    assertThatThrownBy(
            () -> json(text.replace(",\"equivalence\":\"same\"", ",\"equivalence\":\"equal\"")))
        .isInstanceOf(KoineParseException.class)
        .hasMessage(
            "at map.json#/group/0/element/0/target/0: expected target.equivalence"
                + " (relatedto|equivalent|equal|wider|subsumes|narrower|specializes|inexact|unmatched|disjoint)");
    String second = text.replace("{\"code\":\"b\"}", "{\"code\":\"b\",\"equivalence\":\"equal\"}");
    assertThatThrownBy(() -> json(second))
        .isInstanceOf(KoineParseException.class)
        .hasMessageStartingWith(
            "at map.json#/group/0/element/1/target/0/equivalence: expected one of");
  }

  @Test
  void xml_missingConceptCode_isLocatedByLineAndPath() {
    String text =
        "<CodeSystem xmlns=\"http://hl7.org/fhir\">\n  <url value=\"urn:cs\"/>\n"
            + "  <content value=\"complete\"/>\n  <concept><code value=\"a\"/></concept>\n"
            + "  <concept><display value=\"no code\"/></concept>\n</CodeSystem>";
    assertThatThrownBy(() -> xml(text))
        .isInstanceOf(KoineParseException.class)
        .hasMessage("at map.xml:5:12 CodeSystem.concept[1]: expected concept.code");
  }

  @Test
  void json_malformed_saysWhereWithoutEchoingValues() {
    assertThatThrownBy(() -> json("{\"resourceType\":\"ConceptMap\",\"url\": 9434765919x}"))
        .isInstanceOf(KoineParseException.class)
        .hasMessageContaining("malformed JSON at line 1")
        .hasMessageNotContaining("9434765919");
    assertThatThrownBy(() -> json("[1,2]"))
        .isInstanceOf(KoineParseException.class)
        .hasMessageContaining("expected a JSON object");
  }

  @Test
  void otherResources_andMissingUrl_areRefused() {
    assertThatThrownBy(() -> json("{\"resourceType\":\"Patient\",\"id\":\"x\"}"))
        .isInstanceOf(KoineParseException.class)
        .hasMessageContaining("expected a CodeSystem, ValueSet or ConceptMap resource");
    assertThatThrownBy(() -> json("{\"resourceType\":\"ValueSet\",\"status\":\"active\"}"))
        .isInstanceOf(KoineParseException.class)
        .hasMessageContaining("expected ValueSet.url");
    assertThatThrownBy(() -> json("{\"resourceType\":\"CodeSystem\",\"url\":\"urn:x\"}"))
        .isInstanceOf(KoineParseException.class)
        .hasMessageContaining(
            "expected CodeSystem.content (not-present|example|fragment|complete|supplement)");
    assertThatThrownBy(
            () -> json("{\"resourceType\":\"ConceptMap\",\"url\":\"urn:x\",\"status\":\"live\"}"))
        .isInstanceOf(KoineParseException.class)
        .hasMessage("at map.json#/status: expected one of draft|active|retired|unknown");
  }

  @Test
  void duplicateConceptCodes_areRefused() {
    String text =
        "{\"resourceType\":\"CodeSystem\",\"url\":\"urn:x\",\"content\":\"complete\",\"concept\":"
            + "[{\"code\":\"a\"},{\"code\":\"b\",\"concept\":[{\"code\":\"a\"}]}]}";
    assertThatThrownBy(() -> json(text))
        .isInstanceOf(KoineParseException.class)
        .hasMessage("at map.json#/concept/1/concept/0: duplicate concept code in the code system");
  }

  @Test
  void dstu2ConceptMapShape_isRefusedWithAReason() {
    assertThatThrownBy(
            () ->
                json(
                    "{\"resourceType\":\"ConceptMap\",\"url\":\"urn:x\",\"element\":[{\"code\":\"a\"}]}"))
        .isInstanceOf(KoineParseException.class)
        .hasMessageContaining("DSTU2 shape");
  }

  // ------------------------------------------------------------------ CSV

  private static final String HEADER =
      "source_system,source_code,source_display,target_system,target_code,target_display,equivalence\n";

  @Test
  void csv_missingEquivalence_namesTheLine() {
    assertThatThrownBy(() -> csv(HEADER + "s,a,A,t,b,B,equivalent\ns,c,C,t,d,D,\n"))
        .isInstanceOf(KoineParseException.class)
        .hasMessageStartingWith("at local.csv:3: expected equivalence");
  }

  @Test
  void csv_unknownEquivalence_namesTheLineAndTheChoices() {
    assertThatThrownBy(() -> csv(HEADER + "s,a,A,t,b,B,same\n"))
        .isInstanceOf(KoineParseException.class)
        .hasMessage(
            "at local.csv:2: equivalence must be one of"
                + " relatedto|equivalent|equal|wider|subsumes|narrower|specializes|inexact|unmatched|disjoint");
  }

  @Test
  void csv_whitespaceAroundCodes_isReported() {
    assertThatThrownBy(() -> csv(HEADER + "s,\"a \",A,t,b,B,equivalent\n"))
        .isInstanceOf(KoineParseException.class)
        .hasMessage(
            "at local.csv:2: source_code has leading or trailing whitespace (FHIR codes and URIs have none)");
  }

  @Test
  void csv_conflictingDisplays_nameBothLines() {
    assertThatThrownBy(
            () ->
                csv(
                    HEADER
                        + "s,a,Alpha,t,b,B,equivalent\ns,x,X,t,y,Y,equal\ns,a,Beta,t,c,C,wider\n"))
        .isInstanceOf(KoineParseException.class)
        .hasMessage(
            "at local.csv:4: source_display differs from the one given for the same source code on line 2");
  }

  @Test
  void csv_headerProblems() {
    assertThatThrownBy(() -> csv("source_system,source_code\n"))
        .isInstanceOf(KoineParseException.class)
        .hasMessage("at local.csv:1: missing column source_display");
    assertThatThrownBy(() -> csv(HEADER.replace("equivalence", "equivalence,notes")))
        .isInstanceOf(KoineParseException.class)
        .hasMessageStartingWith("at local.csv:1:8: unexpected column");
    assertThatThrownBy(() -> csv(""))
        .isInstanceOf(KoineParseException.class)
        .hasMessageContaining("expected a header row");
    assertThatThrownBy(() -> csv(HEADER + "s,a,A,t,b,B,equivalent,extra\n"))
        .isInstanceOf(KoineParseException.class)
        .hasMessage("at local.csv:2: row has 8 cells but the header has 7 columns");
  }

  @Test
  void csv_anyColumnOrder_bomAndBlankLines_areAccepted() {
    ConceptMap map =
        csv(
            "\uFEFFequivalence,target_code,source_code,source_system,target_system,source_display,"
                + "target_display,COMMENT\n\nequivalent,F,2,pas,admin-gender,Female,female,\"from PAS, v2\",,\n");
    ConceptMap.Target t = map.groups().get(0).elements().get(0).targets().get(0);
    assertThat(t.code()).isEqualTo("F");
    assertThat(t.comment()).isEqualTo("from PAS, v2");
    assertThat(map.groups().get(0).source()).isEqualTo("pas");
  }

  @Test
  void csv_notUtf8_isRefused(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("latin1.csv");
    Files.write(
        f, (HEADER + "s,a,Caf\u00e9,t,b,B,equivalent\n").getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> ConceptMaps.load(f))
        .isInstanceOf(KoineParseException.class)
        .hasMessageContaining("not valid UTF-8");
  }

  @Test
  void load_detectsTheFormatAndRefusesOtherResourceKinds(@TempDir Path dir) throws Exception {
    Path noExtension = dir.resolve("map");
    Files.writeString(
        noExtension,
        "{\"resourceType\":\"CodeSystem\",\"url\":\"urn:x\",\"content\":\"complete\"}");
    assertThat(TerminologyFiles.load(noExtension)).isInstanceOf(CodeSystem.class);
    assertThatThrownBy(() -> ConceptMaps.load(noExtension))
        .isInstanceOf(KoineParseException.class)
        .hasMessageContaining("expected a ConceptMap, found a CodeSystem");
    Path csvFile = dir.resolve("local.csv");
    Files.writeString(csvFile, HEADER + "s,a,A,t,b,B,equivalent\n");
    ConceptMap m = ConceptMaps.load(csvFile);
    assertThat(m.url()).isEqualTo(csvFile.toUri().toString());
    assertThat(m.version()).matches("sha256:[0-9a-f]{12}");
  }
}
