package dev.koine.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.koine.core.id.Identifier;
import dev.koine.core.message.Envelope;
import dev.koine.core.message.LabOrder;
import dev.koine.core.model.HumanName;
import dev.koine.core.model.Patient;
import dev.koine.core.model.ServiceRequest;
import dev.koine.testkit.internal.Gen;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** Builders: {@code toBuilder().build()} is the identity, and builders never alias their input. */
class BuilderProperties {

  private static final Map<Class<?>, Arbitrary<?>> BUILDER_BEARING = Samples.builderBearing();

  @Provide
  Arbitrary<Object> builderBearing() {
    return Gen.oneOf(Samples.list(BUILDER_BEARING));
  }

  @Property(tries = 600)
  void toBuilderThenBuildIsTheIdentity(@ForAll("builderBearing") Object value) {
    Object rebuilt = Graph.call(Graph.call(value, "toBuilder"), "build");
    assertThat(rebuilt).isEqualTo(value).hasSameHashCodeAs(value).isNotSameAs(value);
    Statistics.collect(value.getClass().getSimpleName());
    Statistics.coverage(
        c -> {
          for (Class<?> type : BUILDER_BEARING.keySet()) {
            c.check(type.getSimpleName()).count(n -> n > 0);
          }
        });
  }

  @Example
  void everyBuilderBearingTypeIsCovered() {
    // 25 model entities and Entities, the envelope and the eight payloads
    assertThat(BUILDER_BEARING).hasSize(34);
  }

  @Property(tries = 300)
  void editsThroughToBuilderLeaveTheOriginalUnchanged(
      @ForAll("patients") Patient patient, @ForAll("names") HumanName name) {
    List<Object> before = Graph.components(patient);
    Patient edited = patient.toBuilder().addName(name).id("edited").active(Boolean.TRUE).build();
    assertThat(Graph.components(patient)).isEqualTo(before);
    assertThat(edited.names()).hasSize(patient.names().size() + 1).endsWith(name);
    assertThat(edited.id()).isEqualTo("edited");
  }

  @Property(tries = 300)
  void buildersCopyTheListsTheyAreGiven(
      @ForAll("requests") List<ServiceRequest> requests,
      @ForAll("identifiers") List<Identifier> identifiers,
      @ForAll("envelopes") Envelope envelope) {
    List<ServiceRequest> mutableRequests = new ArrayList<>(requests);
    LabOrder order = LabOrder.builder().requests(mutableRequests).build();
    List<Identifier> mutableIds = new ArrayList<>(identifiers);
    Patient patient = Patient.builder().identifiers(mutableIds).build();
    List<String> profiles = new ArrayList<>(List.of("https://example.org/p"));
    Envelope withProfiles = envelope.toBuilder().messageProfiles(profiles).build();

    mutableRequests.clear();
    mutableIds.add(identifiers.get(0));
    profiles.add("https://example.org/q");

    assertThat(order.requests()).isEqualTo(requests);
    assertThat(patient.identifiers()).isEqualTo(identifiers);
    assertThat(withProfiles.messageProfiles()).containsExactly("https://example.org/p");
  }

  @Provide
  Arbitrary<Patient> patients() {
    return ModelArbitraries.patients();
  }

  @Provide
  Arbitrary<HumanName> names() {
    return ModelArbitraries.humanNames();
  }

  @Provide
  Arbitrary<List<ServiceRequest>> requests() {
    return ModelArbitraries.serviceRequests().list().ofMinSize(1).ofMaxSize(3);
  }

  @Provide
  Arbitrary<List<Identifier>> identifiers() {
    return ModelArbitraries.identifiers().list().ofMinSize(1).ofMaxSize(3);
  }

  @Provide
  Arbitrary<Envelope> envelopes() {
    return MessageArbitraries.envelopes();
  }
}
