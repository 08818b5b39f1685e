package dev.koine.hl7v2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.koine.core.codec.WireFormat;
import dev.koine.core.examples.Examples;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Messages shaped as FHIR decodes them (references by bare id) write their referenced entities in
 * v2: a lab report's results become OBX segments after their OBR.
 */
class FhirShapedToV2Test {
  @Test
  void labReportResultsBecomeObxSegments() {
    String er7 =
        new String(
            new Hl7v2Codec().encode(Examples.labReport(), WireFormat.HL7V2).content().toArray(),
            StandardCharsets.UTF_8);
    String obr = er7.substring(er7.indexOf("\rOBR|"));
    assertThat(obr).contains("\rOBX|1|NM|");
  }
}
