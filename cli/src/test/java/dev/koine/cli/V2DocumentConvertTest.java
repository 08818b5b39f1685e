package dev.koine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code koine convert --to fhir-r4-json} of an HL7 v2 MDM^T02 discharge letter: a FHIR document
 * Bundle whose Composition is first, with the letter's text, the patient's NHS number and the
 * encounter class translated to v3-ActCode with its concept map named.
 */
class V2DocumentConvertTest {
  @TempDir Path dir;

  /** A small trust discharge letter (no real patient: 9434765919 is a test NHS number). */
  static final String LETTER =
      String.join(
          "\r",
          "MSH|^~\\&|EDMS|RX1|GPSYS|B86001|20240315143000||MDM^T02^MDM_T02|DOC00001|P|2.4",
          "EVN|T02|20240315142500",
          "PID|1||9434765919^^^NHS^NH||SMITH^JANE^^^MRS^^L||19800115|F",
          "PV1|1|I|WARD 5",
          "TXA|1|DS^Discharge summary^HL70270|TX|20240315140000|C1234567^JONES^DAVID^^^DR"
              + "|||||||RX1DOC0001^RX1||||DS_RX1DOC0001.PDF|AU",
          "OBX|1|FT|DIAG^Diagnoses||Acute myocardial infarction\\.br\\Hypertension||||||F",
          "");

  @Test
  void anMdmDischargeLetterConvertsToAnR4DocumentBundle() throws IOException {
    Path file = dir.resolve("letter.hl7");
    Files.writeString(file, LETTER, StandardCharsets.ISO_8859_1);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.execute(
            new String[] {"convert", "--to", "fhir-r4-json", file.toString()},
            new PrintWriter(out, true),
            new PrintWriter(err, true));
    assertThat(code).as(err.toString()).isZero();
    String json = out.toString();
    assertThat(json)
        .contains("\"type\": \"document\"")
        .contains("\"resourceType\": \"Composition\"")
        .contains("Acute myocardial infarction\\nHypertension")
        .contains("https://fhir.nhs.uk/Id/nhs-number")
        .contains("\"code\": \"IMP\"")
        .doesNotContain("MessageHeader");
    assertThat(json.indexOf("\"resourceType\": \"Composition\""))
        .isLessThan(json.indexOf("\"resourceType\": \"Patient\""));
    // the class translated through the v2-to-FHIR map (I to IMP) is provenance, not a loss
    assertThat(err.toString()).doesNotContain("CODE_TRANSLATED").doesNotContain("9434765919");
  }
}
