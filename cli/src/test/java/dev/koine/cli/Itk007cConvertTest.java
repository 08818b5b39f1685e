package dev.koine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 4: {@code koine convert --to fhir-r4-json} on an STU3 GP Connect Send Document (ITK007C)
 * consultation report converts through the model with the losses reported (the ITK3 handling
 * specification has no R4 form) and none for the PDF Binary, which R4 carries as {@code data}; the
 * R4 output converts back to STU3 with the ITK attachment profile and nothing lost.
 */
class Itk007cConvertTest {
  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private static Run koine(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void anStu3ConsultationReportConvertsToR4AndBack() throws IOException {
    Path stu3 = dir.resolve("consultation-report.xml");
    try (InputStream in =
        Itk007cConvertTest.class.getResourceAsStream("/itk007c/consultation-report.xml")) {
      assertThat(in).isNotNull();
      Files.write(stu3, in.readAllBytes());
    }
    Run r4 = koine("convert", "--to", "fhir-r4-json", stu3.toString());
    assertThat(r4.code()).as(r4.err()).isZero();
    assertThat(r4.out())
        .contains("\"code\": \"ITK007C\"")
        .contains("\"resourceType\": \"Binary\"")
        .contains("\"data\": \"JVBERi0xLjQK")
        .doesNotContain("ITK-Attachment-Binary-1")
        .contains("\"type\": \"document\"");
    assertThat(r4.err())
        .contains("LOSS Envelope.senderReference")
        .contains("LOSS Envelope.localExtension")
        .doesNotContain("Binary")
        .doesNotContain("DocumentAttachment")
        .doesNotContain("9990000018");

    Path r4File = dir.resolve("consultation-report.r4.json");
    Files.writeString(r4File, r4.out());
    Run back =
        koine("convert", "--from", "fhir-r4-json", "--to", "fhir-stu3-xml", r4File.toString());
    assertThat(back.code()).as(back.err()).isZero();
    assertThat(back.out())
        .contains("<Binary>")
        .contains("ITK-Attachment-Binary-1")
        .contains("<content value=\"JVBERi0xLjQK")
        .contains("<code value=\"ITK007C\"/>");
    assertThat(back.err()).doesNotContain("LOSS");
  }
}
