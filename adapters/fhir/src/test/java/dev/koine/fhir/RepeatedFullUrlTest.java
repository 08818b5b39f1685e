package dev.koine.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import dev.koine.core.codec.Decoded;
import dev.koine.core.codec.RoundTrip;
import dev.koine.core.issue.Issue;
import dev.koine.core.issue.IssueCode;
import dev.koine.core.message.Message;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A Bundle that repeats an entry's fullUrl (against FHIR bdl-7; a public CareConnect end-of-life
 * care document repeats its Patient with a later meta.lastUpdated): the repeat is reported where it
 * is, and both entries are read and written back, so the round trip loses nothing.
 */
class RepeatedFullUrlTest {
  private static final FhirCodec CODEC = new FhirCodec();

  private static String patient(String lastUpdated, String family) {
    return "{\"fullUrl\": \"urn:uuid:c7fa6ddf-63d2-42df-abb3-202af094c1a6\", \"resource\": {"
        + "\"resourceType\": \"Patient\", \"id\": \"c7fa6ddf-63d2-42df-abb3-202af094c1a6\","
        + " \"meta\": {\"lastUpdated\": \""
        + lastUpdated
        + "\"}, \"name\": [{\"family\": \""
        + family
        + "\"}]}}";
  }

  private static byte[] bundle(String versionA, String versionB) {
    String a = patient("2018-06-26T12:12:37.251+00:00", "DAWKINS");
    String b = patient("2018-07-10T11:40:31.198+00:00", "DAWKINS-SMITH");
    if (versionA != null) {
      a = a.replace("\"meta\": {", "\"meta\": {\"versionId\": \"" + versionA + "\", ");
      b = b.replace("\"meta\": {", "\"meta\": {\"versionId\": \"" + versionB + "\", ");
    }
    String json =
        "{\"resourceType\": \"Bundle\", \"type\": \"document\", \"entry\": ["
            + "{\"fullUrl\": \"urn:uuid:0d3e8a52-1b9f-4c55-9f58-3c7a2d0e6b11\", \"resource\": {"
            + "\"resourceType\": \"Composition\", \"id\": \"0d3e8a52-1b9f-4c55-9f58-3c7a2d0e6b11\","
            + " \"status\": \"final\", \"type\": {\"text\": \"Care plan\"},"
            + " \"subject\": {\"reference\": \"urn:uuid:c7fa6ddf-63d2-42df-abb3-202af094c1a6\"},"
            + " \"date\": \"2018-08-16T14:10:42+00:00\","
            + " \"author\": [{\"reference\": \"urn:uuid:2eb48e6b-78b3-4ec1-a222-510742e126b7\"}],"
            + " \"title\": \"Care plan\"}}, "
            + "{\"fullUrl\": \"urn:uuid:2eb48e6b-78b3-4ec1-a222-510742e126b7\", \"resource\": {"
            + "\"resourceType\": \"Organization\", \"id\": \"2eb48e6b-78b3-4ec1-a222-510742e126b7\","
            + " \"name\": \"Practice\"}}, "
            + a
            + ", "
            + b
            + "]}";
    return json.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aRepeatedFullUrlIsReportedAndBothEntriesRoundTrip() {
    byte[] in = bundle(null, null);
    Decoded<Message> d = CODEC.decode(in, null);
    assertThat(d.issues().withCode(IssueCode.VALUE_INVALID))
        .extracting(Issue::location)
        .containsExactly("Bundle.entry[3].fullUrl");
    assertThat(d.value().payload()).isInstanceOf(dev.koine.core.message.CareDocument.class);
    RoundTrip rt = CODEC.roundTrip(in, null);
    assertThat(rt.lost()).as("%s", rt.losses()).isZero();
    assertThat(rt.leaves()).isGreaterThan(10);
  }

  @Test
  void entriesOfTheSameFullUrlWithDifferentVersionsAreAllowed() {
    Decoded<Message> d = CODEC.decode(bundle("1", "2"), null);
    assertThat(d.issues().withCode(IssueCode.VALUE_INVALID)).isEmpty();
  }
}
