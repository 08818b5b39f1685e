package dev.koine.fhir.internal.map;

import static org.assertj.core.api.Assertions.assertThat;

import dev.koine.core.codec.Loss;
import dev.koine.core.codec.MessageCodec;
import dev.koine.core.codec.WireFormat;
import dev.koine.core.examples.Examples;
import dev.koine.core.message.Message;
import dev.koine.core.time.PartialDateTime;
import dev.koine.fhir.FhirCodec;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Local times (no offset, as HL7 v2 sends them) written to FHIR: left out of an instant or cut to
 * the date by default, each reported; written whole with the offset of a configured zone at that
 * date and time, still reported, naming the zone.
 */
class LocalTimeZoneTest {
  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private static Message withLocalTimestamp(String v2Time) {
    Message m = Examples.labReport();
    return Message.of(
        m.envelope().toBuilder().timestamp(PartialDateTime.parseV2(v2Time)).build(), m.payload());
  }

  private static String json(MessageCodec.Encoded e) {
    return new String(e.content().toArray(), StandardCharsets.UTF_8);
  }

  @Test
  void withoutAZoneALocalTimestampIsLeftOutAndReported() {
    MessageCodec.Encoded e =
        new FhirCodec()
            .compact()
            .encode(withLocalTimestamp("20240712113000"), WireFormat.FHIR_R4_JSON);
    assertThat(json(e)).doesNotContain("\"timestamp\"");
    assertThat(e.losses())
        .extracting(Loss::location, Loss::reason)
        .contains(
            org.assertj.core.groups.Tuple.tuple(
                "Bundle.timestamp",
                "a FHIR instant needs a time-zone offset, which this time has not: left out"));
  }

  @ParameterizedTest
  @CsvSource({
    // British Summer Time
    "20240712113000, 2024-07-12T11:30:00+01:00",
    // Greenwich Mean Time
    "20240112113000, 2024-01-12T11:30:00+00:00",
    // minute precision, padded to seconds (an instant needs them)
    "202401121130, 2024-01-12T11:30:00+00:00",
  })
  void withAZoneALocalTimestampIsWrittenWithItsOffsetThenAndReported(String v2, String fhir) {
    FhirCodec codec = new FhirCodec().compact().withLocalTimeZone(LONDON);
    assertThat(codec.localTimeZone()).contains(LONDON);
    for (WireFormat f : new WireFormat[] {WireFormat.FHIR_R4_JSON, WireFormat.FHIR_STU3_JSON}) {
      MessageCodec.Encoded e = codec.encode(withLocalTimestamp(v2), f);
      assertThat(json(e)).contains("\"timestamp\":\"" + fhir + "\"");
      assertThat(e.losses())
          .anySatisfy(
              l -> {
                // R4: Bundle.timestamp; STU3: the MessageHeader's timestamp
                assertThat(l.location())
                    .isIn("Bundle.timestamp", "Bundle.entry[0].resource.timestamp");
                assertThat(l.reason()).contains("Europe/London").contains(fhir.substring(19));
              });
      // read back, the time is the same instant, now with its offset
      Message back = codec.decode(e.content().toArray(), f).value();
      assertThat(back.envelope().timestamp()).isEqualTo(PartialDateTime.parseFhir(fhir));
    }
  }

  @Test
  void aTimeWithItsOwnOffsetIsNeverChangedByTheZone() {
    MessageCodec.Encoded e =
        new FhirCodec()
            .compact()
            .withLocalTimeZone(ZoneId.of("America/New_York"))
            .encode(withLocalTimestamp("20240712113000+0100"), WireFormat.FHIR_R4_JSON);
    assertThat(json(e)).contains("\"timestamp\":\"2024-07-12T11:30:00+01:00\"");
    assertThat(e.losses()).noneMatch(l -> l.location().equals("Bundle.timestamp"));
  }

  @ParameterizedTest
  @CsvSource({
    // the hour that repeats when the clocks go back: the earlier (summer) offset
    "20241027013000, +01:00",
    // the hour skipped when they go forward: the offset before the change
    "20240331013000, Z",
    "20240331003000, Z",
    "20240331023000, +01:00",
  })
  void aroundTheClockChangesTheOffsetIsTheOneInForceBefore(String v2, String offset) {
    assertThat(LocalZone.offsetAt(LONDON, PartialDateTime.parseV2(v2)))
        .isEqualTo(ZoneOffset.of(offset));
  }

  @Test
  void theZoneIsOnlyInForceDuringTheEncodeThatWasGivenIt() {
    assertThat(LocalZone.current()).isNull();
    assertThat(LocalZone.with(LONDON, LocalZone::current)).isEqualTo(LONDON);
    assertThat(LocalZone.current()).isNull();
    assertThat(new FhirCodec().withLocalTimeZone(null).localTimeZone()).isEmpty();
  }
}
