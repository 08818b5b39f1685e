package dev.koine.hl7v2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.koine.core.codec.Loss;
import dev.koine.core.codec.MessageCodec;
import dev.koine.core.codec.WireFormat;
import dev.koine.core.message.Message;
import dev.koine.core.message.PatientEvent;
import dev.koine.core.model.HumanName;
import dev.koine.core.model.Patient;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The round-trip contract of the v2 mappings on generated messages. */
class V2MappingProperties {
  private final Hl7v2Codec codec = new Hl7v2Codec();

  @Provide
  Arbitrary<Message> adt() {
    return V2Representable.patientEventMessage();
  }

  @Property(tries = 150)
  void representablePatientEventsRoundTripWithoutLoss(@ForAll("adt") Message m) {
    MessageCodec.Encoded encoded = codec.encode(m, WireFormat.HL7V2);
    assertThat(encoded.losses()).isEmpty();
    var decoded = codec.decode(encoded.content().toArray(), WireFormat.HL7V2);
    assertThat(decoded.value()).isEqualTo(m);
    assertThat(decoded.losses()).isEmpty();
    assertThat(codec.roundTrip(encoded.content().toArray(), WireFormat.HL7V2).status())
        .isEqualTo("LOSSLESS");
  }

  @Property(tries = 100)
  void encodeLossesAreExactlyWhatDiffers(@ForAll("adt") Message m) {
    PatientEvent e = (PatientEvent) m.payload();
    Patient p = e.patient();
    List<HumanName> names = new ArrayList<>(p.names());
    names.add(
        new HumanName("official", "Dr Jane Smith", "Smith", List.of(), List.of(), List.of(), null));
    Patient changed = p.toBuilder().id("p1").names(names).build();
    Message withExtras = Message.of(m.envelope(), e.toBuilder().patient(changed).build());
    List<Loss> losses = codec.encode(withExtras, WireFormat.HL7V2).losses();
    assertThat(losses)
        .extracting(Loss::location)
        .containsExactly(
            "message.payload.patient.id",
            "message.payload.patient.names[" + p.names().size() + "].text");
    assertThat(losses).allSatisfy(l -> assertThat(l.reason()).isEqualTo(Hl7v2Codec.NO_PLACE_IN_V2));
  }
}
