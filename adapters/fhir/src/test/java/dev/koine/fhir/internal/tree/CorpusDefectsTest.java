package dev.koine.fhir.internal.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.koine.core.issue.IssueCode;
import dev.koine.core.issue.KoineParseException;
import dev.koine.fhir.Limits;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The known defects of the published examples (corpus README), as expectations. */
class CorpusDefectsTest {
  private static byte[] corpus(String path) throws Exception {
    return Files.readAllBytes(CorpusFile.root().resolve(path));
  }

  private static final String DM = "nhsconnect-itk3-toc/ITK-FHIR-Digital-Medicines-md-extracted/";

  @Test
  void barsGetSuccess_isNotJson_refusedWhereItBreaks() throws Exception {
    for (String version : new String[] {"examples1.2.0", "examples1.3.0"}) {
      byte[] bytes =
          corpus("bars-api/specification/" + version + "/document_reference/GET-success.json");
      assertThatThrownBy(
              () -> new FhirJsonReader(FhirStructure.r4(), Limits.defaults()).read(bytes))
          .isInstanceOf(KoineParseException.class)
          .hasMessage("at /type (line 12, column 11): duplicate property");
    }
  }

  @Test
  void trailingSpaceCodes_keptVerbatimInBothFormats() throws Exception {
    FhirStructure stu3 = FhirStructure.stu3();
    FhirTree tree =
        new FhirXmlReader(stu3, Limits.defaults())
            .read(corpus(DM + "pages__explore__explore_observations-4.xml"));
    assertThat(tree.leaves())
        .filteredOn(l -> "27113001 ".equals(l.node().value()))
        .singleElement()
        .satisfies(l -> assertThat(l.path()).isEqualTo("Observation.code.coding[1].code"));
    String json = new FhirJsonWriter(stu3, false).writeString(tree.root());
    assertThat(json).contains("\"code\":\"27113001 \"");
    String xml = new FhirXmlWriter(stu3, false).writeString(tree.root());
    assertThat(xml).contains("<code value=\"27113001 \"/>");
  }

  @Test
  void stu3SnippetWithoutNamespace_readWithANote() throws Exception {
    byte[] bytes = corpus(DM + "pages__engage__engage_hettie_winters_imms-1.xml");
    assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain("http://hl7.org/fhir\"");
    FhirTree tree = new FhirXmlReader(FhirStructure.stu3(), Limits.defaults()).read(bytes);
    assertThat(tree.root().resourceType()).isEqualTo("Bundle");
    assertThat(tree.issues())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.code()).isEqualTo(IssueCode.NORMALISED);
              assertThat(i.location()).isEqualTo("Bundle");
            });
    // written back with the namespace, it reads without a note
    byte[] fixed = new FhirXmlWriter(FhirStructure.stu3(), true).write(tree.root());
    FhirTree again = new FhirXmlReader(FhirStructure.stu3(), Limits.defaults()).read(fixed);
    assertThat(again.issues()).isEmpty();
    assertThat(again.root()).isEqualTo(Canonical.sorted(FhirStructure.stu3(), tree.root()));
  }

  @Test
  void corpusSourcesAreKeptBesideTheData() {
    for (String folder :
        new String[] {
          "bars-api",
          "ukcore",
          "nhse-simplifier-backup",
          "nhsconnect-itk3-toc",
          "nhsd-lab-results-adaptor",
          "fhir-r4-core-examples"
        }) {
      assertThat(Path.of(CorpusFile.root().toString(), folder, "_SOURCE.txt")).exists();
    }
  }
}
