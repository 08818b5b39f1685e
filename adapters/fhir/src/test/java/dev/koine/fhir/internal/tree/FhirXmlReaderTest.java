package dev.koine.fhir.internal.tree;

import static org.assertj.core.api.Assertions.assertThat;

import dev.koine.core.issue.IssueCode;
import dev.koine.core.issue.KoineParseException;
import dev.koine.fhir.Limits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FhirXmlReaderTest {
  private static final String SECRET = "9434765919";
  private static final String NS = " xmlns=\"http://hl7.org/fhir\"";

  private static FhirTree read(String xml) {
    return new FhirXmlReader(FhirStructure.r4(), Limits.defaults()).read(xml);
  }

  private static KoineParseException failure(String xml) {
    try {
      read(xml);
    } catch (KoineParseException e) {
      assertThat(e.getMessage()).doesNotContain(SECRET);
      return e;
    }
    throw new AssertionError("expected a KoineParseException");
  }

  @Test
  void read_attributes_becomeValuesIdsAndUrls() {
    FhirNode patient =
        read("<Patient"
                + NS
                + "><id value=\"p1\"/><extension url=\"http://x\"><valueString value=\"s\"/>"
                + "</extension><birthDate id=\"b\" value=\"1970\"><extension url=\"u\">"
                + "<valueBoolean value=\"true\"/></extension></birthDate></Patient>")
            .root();
    assertThat(patient.child("id").value()).isEqualTo("p1");
    FhirNode ext = patient.child("extension");
    assertThat(ext.array()).isTrue();
    assertThat(ext.children()).extracting(FhirNode::name).containsExactly("url", "valueString");
    assertThat(ext.child("url").value()).isEqualTo("http://x");
    FhirNode birthDate = patient.child("birthDate");
    assertThat(birthDate.elementId()).isEqualTo("b");
    assertThat(birthDate.value()).isEqualTo("1970");
    assertThat(birthDate.child("extension").child("valueBoolean").kind())
        .isEqualTo(ValueKind.BOOLEAN);
  }

  @Test
  void read_kindsAndArrays_comeFromTheDefinitions() {
    FhirNode obs =
        read("<Observation"
                + NS
                + "><identifier><value value=\"1\"/></identifier>"
                + "<valueQuantity><value value=\"1.50\"/></valueQuantity>"
                + "<component><valueQuantity><value value=\"abc\"/></valueQuantity></component>"
                + "<component><valueQuantity><value id=\"v\"/></valueQuantity></component>"
                + "</Observation>")
            .root();
    assertThat(obs.child("identifier").array()).isTrue();
    assertThat(obs.child("identifier").child("value").kind()).isEqualTo(ValueKind.STRING);
    FhirNode value = obs.child("valueQuantity").child("value");
    assertThat(value.kind()).isEqualTo(ValueKind.NUMBER);
    assertThat(value.value()).isEqualTo("1.50");
    assertThat(obs.child("valueQuantity").array()).isFalse();
    List<FhirNode> components = obs.children("component");
    assertThat(components.get(0).child("valueQuantity").child("value").kind())
        .as("not a number: kept as text")
        .isEqualTo(ValueKind.STRING);
    FhirNode valueless = components.get(1).child("valueQuantity").child("value");
    assertThat(valueless.kind()).isEqualTo(ValueKind.NUMBER);
    assertThat(valueless.value()).isNull();
  }

  @Test
  void read_unknownElements_areKeptAndRepeatedOnesAreArrays() {
    FhirNode patient = read("<Patient" + NS + "><foo value=\"a\"/><bar/><bar/></Patient>").root();
    assertThat(patient.child("foo").array()).isFalse();
    assertThat(patient.children("bar")).hasSize(2).allMatch(FhirNode::array);
  }

  @Test
  void read_resourceWrappers_becomeResourceNodes() {
    FhirNode bundle =
        read("<Bundle"
                + NS
                + "><entry><fullUrl value=\"urn:uuid:1\"/><resource><Patient><id value=\"p\"/>"
                + "<contained><Organization><id value=\"o\"/></Organization></contained>"
                + "</Patient></resource></entry></Bundle>")
            .root();
    FhirNode resource = bundle.child("entry").child("resource");
    assertThat(resource.name()).isEqualTo("resource");
    assertThat(resource.resourceType()).isEqualTo("Patient");
    assertThat(resource.child("contained").resourceType()).isEqualTo("Organization");
    assertThat(resource.child("contained").array()).isTrue();
  }

  @Test
  void read_narrative_isCapturedAsCanonicalXhtml() {
    FhirNode div =
        read("<Patient"
                + NS
                + "><text><status value=\"generated\"/><div xmlns=\"http://www.w3.org/1999/xhtml\""
                + " class='a'>x &lt; y &amp; <b>z</b><br></br><!--c--><![CDATA[<q>]]>"
                + "<p xml:lang=\"en\">&#13;</p></div></text></Patient>")
            .root()
            .child("text")
            .child("div");
    assertThat(div.kind()).isEqualTo(ValueKind.STRING);
    assertThat(div.value())
        .isEqualTo(
            "<div xmlns=\"http://www.w3.org/1999/xhtml\" class=\"a\">x &lt; y &amp; <b>z</b><br/>"
                + "<!--c-->&lt;q&gt;<p xml:lang=\"en\">&#13;</p></div>");
  }

  @Test
  void read_withoutNamespace_readAsFhirWithANote() {
    FhirTree tree =
        read(
            "<Patient><id value=\"p\"/><text><div xmlns=\"http://www.w3.org/1999/xhtml\">t</div>"
                + "</text></Patient>");
    assertThat(tree.root().child("id").value()).isEqualTo("p");
    assertThat(tree.issues())
        .singleElement()
        .satisfies(i -> assertThat(i.code()).isEqualTo(IssueCode.NORMALISED));
  }

  @Test
  void read_otherNamespace_refused() {
    assertThat(failure("<Patient xmlns=\"urn:other\"/>").reason()).contains("FHIR namespace");
    assertThat(failure("<Patient" + NS + "><x:a xmlns:x=\"urn:x\"/></Patient>").location())
        .startsWith("/Patient/a (line 1");
  }

  @Test
  void read_dtd_refused() {
    KoineParseException e =
        failure(
            "<?xml version=\"1.0\"?><!DOCTYPE Patient [<!ELEMENT Patient ANY>]><Patient"
                + NS
                + "/>");
    assertThat(e.reason()).contains("DTD");
  }

  @Test
  void read_billionLaughs_refused() {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol0 \"lol\">");
    for (int i = 1; i < 10; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"");
      for (int j = 0; j < 10; j++) {
        dtd.append("&lol").append(i - 1).append(';');
      }
      dtd.append("\">");
    }
    dtd.append("]>");
    KoineParseException e = failure(dtd + "<Patient" + NS + "><id value=\"&lol9;\"/></Patient>");
    assertThat(e.reason()).contains("DTD");
  }

  @Test
  void read_externalEntity_refusedAndNeverRead(@TempDir Path dir) throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, SECRET);
    String xml =
        "<?xml version=\"1.0\"?><!DOCTYPE p [<!ENTITY xxe SYSTEM \""
            + secret.toUri()
            + "\">]><Patient"
            + NS
            + "><id value=\"&xxe;\"/></Patient>";
    assertThat(failure(xml).reason()).contains("DTD");
    assertThat(failure("<Patient" + NS + "><id value=\"&xxe;\"/></Patient>").reason())
        .isEqualTo("malformed XML");
  }

  @Test
  void read_textContent_refusedWithoutTheText() {
    KoineParseException e = failure("<Patient" + NS + "><active>" + SECRET + "</active></Patient>");
    assertThat(e.reason()).contains("text content");
    assertThat(e.location()).startsWith("/Patient/active (line 1");
  }

  @Test
  void read_unknownAttribute_refused() {
    assertThat(failure("<Patient" + NS + "><active val=\"true\"/></Patient>").reason())
        .contains("unexpected attribute");
    assertThat(failure("<Patient" + NS + " id=\"x\"/>").reason()).contains("resource element");
  }

  @Test
  void read_errorLocation_countsSiblings() {
    KoineParseException e =
        failure(
            "<Bundle"
                + NS
                + ">\n<entry/>\n<entry><resource><Patient><name><given value=\"a\" foo=\"b\"/>"
                + "</name></Patient></resource></entry></Bundle>");
    assertThat(e.location())
        .isEqualTo("/Bundle/entry[2]/resource/Patient/name/given (line 3, column 59)");
  }

  @Test
  void read_truncated_refused() {
    KoineParseException e = failure("<Patient" + NS + "><name><family value=\"" + SECRET);
    assertThat(e.reason()).isEqualTo("malformed XML");
    assertThat(e.location()).contains("line 1");
  }

  @Test
  void read_rootNotAResource_refused() {
    assertThat(failure("<patient" + NS + "/>").reason()).contains("not a FHIR resource");
    assertThat(failure("").reason()).contains("malformed XML");
  }

  @Test
  void read_wrapperWithTwoResources_refused() {
    assertThat(
            failure(
                    "<Bundle"
                        + NS
                        + "><entry><resource><Patient/><Patient/></resource></entry></Bundle>")
                .reason())
        .contains("more than one resource");
  }
}
