package dev.koine.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import dev.koine.core.codec.Decoded;
import dev.koine.core.codec.MessageCodec.Encoded;
import dev.koine.core.codec.RoundTrip;
import dev.koine.core.codec.WireFormat;
import dev.koine.core.message.BundleInfo;
import dev.koine.core.message.Envelope;
import dev.koine.core.message.Message;
import dev.koine.core.message.OtherContent;
import dev.koine.core.model.Entities;
import dev.koine.core.model.Meta;
import dev.koine.core.model.OtherResource;
import dev.koine.core.model.RawElement;
import dev.koine.fhir.internal.map.FhirVersion;
import dev.koine.testkit.MessageArbitraries;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Content of no typed family (standalone resources, collection/searchset/transaction/batch Bundles)
 * round-trips through every FHIR format: {@code decode(encode(m)) == m} with no losses, and the
 * wire round trip reproduces every leaf.
 */
class OtherContentProperties {
  private static final FhirCodec CODEC = new FhirCodec();
  private static final Meta EMPTY_META =
      new Meta(null, null, null, List.of(), List.of(), List.of());

  /**
   * The testkit's OtherContent messages restricted to what the generic FHIR path carries exactly:
   * non-messages whose resources are all verbatim (typed entities have their own properties),
   * written in the version they are encoded to, and bundle info that is absent when empty.
   */
  static Message restrict(Message m, FhirVersion v) {
    OtherContent c = (OtherContent) m.payload();
    List<OtherResource> others = new ArrayList<>();
    for (OtherResource o : c.content().others()) {
      others.add(new OtherResource(o.id(), v.fhirVersion(), o.resource()));
    }
    Envelope e = m.envelope();
    BundleInfo b = e.bundle();
    if (b != null && b.meta() != null) {
      Meta meta = b.meta();
      // STU3 Meta has no source (that loss has its own test below); an STU3 (CareConnect, ITK)
      // profile cannot be claimed in R4, nor a UK Core (R4) profile in STU3 (reported losses, see
      // ConformanceTest)
      Meta shaped =
          new Meta(
              meta.versionId(),
              meta.lastUpdated(),
              v == FhirVersion.STU3 ? null : meta.source(),
              v == FhirVersion.R4
                  ? meta.profiles().stream().filter(p -> !p.contains("/STU3/")).toList()
                  : meta.profiles().stream().filter(p -> !p.contains("/UKCore-")).toList(),
              meta.security(),
              meta.tags());
      b = new BundleInfo(b.id(), b.identifier(), shaped, b.timestamp(), b.elements(), b.entries());
      e = e.toBuilder().bundle(b).build();
    }
    if (b != null && b.timestamp() != null && v == FhirVersion.STU3) {
      // STU3 Bundle has no timestamp (R4 added it): a reported loss
      b = new BundleInfo(b.id(), b.identifier(), b.meta(), null, b.elements(), b.entries());
      e = e.toBuilder().bundle(b).build();
    }
    if (b != null && EMPTY_META.equals(b.meta())) {
      // an empty meta writes nothing: it is absent once read back
      b = new BundleInfo(b.id(), b.identifier(), null, b.timestamp(), b.elements(), b.entries());
      e = e.toBuilder().bundle(b).build();
    }
    if (b != null
        && b.id() == null
        && b.identifier() == null
        && b.meta() == null
        && b.timestamp() == null
        && b.hasNoDetails()) {
      e = e.toBuilder().bundle(null).build();
    }
    if (c.isStandalone() && others.isEmpty()) {
      return null; // a standalone Patient: typed patients have their own properties
    }
    return Message.of(
        e,
        new OtherContent(
            c.bundleType(), null, Entities.builder().others(others).build(), List.of()));
  }

  @Provide
  Arbitrary<Object[]> cases() {
    return net.jqwik.api.Combinators.combine(
            MessageArbitraries.otherContentMessages()
                .filter(m -> !"message".equals(((OtherContent) m.payload()).bundleType())),
            Arbitraries.of(
                WireFormat.FHIR_R4_JSON,
                WireFormat.FHIR_R4_XML,
                WireFormat.FHIR_STU3_JSON,
                WireFormat.FHIR_STU3_XML))
        .as((m, f) -> new Object[] {restrict(m, FhirVersion.of(f)), f})
        .filter(x -> x[0] != null);
  }

  @Property(tries = 300)
  void decodeOfEncodeIsIdentity(@ForAll("cases") Object[] x) {
    Message m = (Message) x[0];
    WireFormat f = (WireFormat) x[1];
    Encoded encoded = CODEC.encode(m, f);
    assertThat(encoded.losses()).isEmpty();
    byte[] bytes = encoded.content().toArray();
    Decoded<Message> back = CODEC.decode(bytes, f);
    assertThat(back.losses()).isEmpty();
    assertThat(back.value()).usingRecursiveComparison().isEqualTo(m);
    assertThat(back.value()).isEqualTo(m);
    RoundTrip rt = CODEC.roundTrip(bytes, f);
    assertThat(rt.lost()).isZero();
  }

  /** A batch/transaction/history entry with no resource: a request (GET, DELETE, HEAD). */
  static Arbitrary<RawElement> resourcelessEntries() {
    Arbitrary<String> urls =
        Arbitraries.of("Patient/example", "Condition?patient=example", "Organization/a-1", "Task");
    return net.jqwik.api.Combinators.combine(Arbitraries.of("GET", "DELETE", "HEAD"), urls)
        .as(
            (method, url) ->
                new RawElement(
                    "entry",
                    null,
                    null,
                    null,
                    null,
                    List.of(
                        RawElement.complex(
                            "request",
                            List.of(
                                RawElement.text("method", method), RawElement.text("url", url)))),
                    true));
  }

  @Provide
  Arbitrary<Object[]> withResourcelessEntries() {
    return net.jqwik.api.Combinators.combine(
            cases().filter(x -> !((OtherContent) ((Message) x[0]).payload()).isStandalone()),
            resourcelessEntries().list().ofMinSize(1).ofMaxSize(3))
        .as(
            (x, entries) -> {
              Message m = (Message) x[0];
              BundleInfo b = m.envelope().bundle();
              BundleInfo with =
                  b == null
                      ? new BundleInfo(null, null, null, null, entries, List.of())
                      : b.with(entries, b.entries());
              return new Object[] {
                Message.of(m.envelope().toBuilder().bundle(with).build(), m.payload()), x[1]
              };
            });
  }

  /**
   * Entries with no resource (a batch of GETs, a transaction's DELETE) are carried whole, after the
   * entries that have one, in every format.
   */
  @Property(tries = 100)
  void resourcelessEntriesRoundTripWhole(@ForAll("withResourcelessEntries") Object[] x) {
    decodeOfEncodeIsIdentity(x);
  }

  @net.jqwik.api.Example
  void stu3ReportsAMetaSourceItCannotCarry() {
    Message m =
        Message.of(
            Envelope.builder()
                .family(dev.koine.core.message.Family.OTHER)
                .event(dev.koine.core.code.Coding.of(OtherContent.EVENT_SYSTEM, "collection"))
                .bundle(
                    new BundleInfo(
                        "b1",
                        null,
                        new Meta(null, null, "urn:uuid:x", List.of(), List.of(), List.of()),
                        null))
                .build(),
            new OtherContent("collection", null, Entities.empty()));
    assertThat(CODEC.encode(m, WireFormat.FHIR_STU3_JSON).losses())
        .extracting(l -> l.location())
        .containsExactly("meta.source");
    assertThat(CODEC.encode(m, WireFormat.FHIR_R4_JSON).losses()).isEmpty();
  }
}
