package dev.koine.fhir.internal.tree;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link FhirJsonWriter} writes its bytes itself ({@link JsonOut}); they must be exactly those the
 * Jackson generator wrote ({@link JacksonJsonWriter}), compact and pretty, for any tree and any
 * text (control characters, quotes, non-ASCII, paired and lone surrogates; a name with a lone
 * surrogate is refused by both).
 */
class JsonOutProperties {
  private static final FhirStructure R4 = FhirStructure.r4();

  @Provide
  Arbitrary<FhirNode> fhirTrees() {
    return Arbitraries.randomValue(r -> TreeGenerator.fhir(r, 10 + r.nextInt(200)));
  }

  @Provide
  Arbitrary<FhirNode> genericTrees() {
    return Arbitraries.randomValue(r -> TreeGenerator.generic(r, 5 + r.nextInt(80)));
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(40),
        Arbitraries.strings().withCharRange('\u0000', '\u00ff').ofMaxLength(40),
        Arbitraries.strings()
            .withCharRange('\ud7f0', '\ue010')
            .withChars("a\"\\\n\u0001\u007f")
            .ofMaxLength(20));
  }

  @Property(tries = 400)
  void fhirTree_sameBytesAsJackson(@ForAll("fhirTrees") FhirNode tree, @ForAll boolean pretty) {
    assertThat(new FhirJsonWriter(R4, pretty).write(tree))
        .isEqualTo(new JacksonJsonWriter(R4, pretty).write(tree));
  }

  @Property(tries = 400)
  void genericTree_sameBytesAsJackson(
      @ForAll("genericTrees") FhirNode tree, @ForAll boolean pretty) {
    assertThat(new FhirJsonWriter(R4, pretty).write(tree))
        .isEqualTo(new JacksonJsonWriter(R4, pretty).write(tree));
  }

  @Property(tries = 1000)
  void anyText_sameBytesAsJackson(
      @ForAll("texts") String value,
      @ForAll("texts") String id,
      @ForAll("texts") String unknownName,
      @ForAll boolean pretty) {
    FhirNode patient =
        FhirNode.builder("Patient")
            .resourceType("Patient")
            .children(
                java.util.List.of(
                    FhirNode.builder("gender")
                        .value(value, ValueKind.STRING)
                        .elementId(id.isEmpty() ? null : id)
                        .build(),
                    FhirNode.primitive("multipleBirthInteger", value, ValueKind.NUMBER),
                    FhirNode.primitive(
                        unknownName.isBlank() ? "x" : unknownName, value, ValueKind.BOOLEAN)))
            .build();
    // a lone surrogate in a name is refused by both, the same way
    assertThat(outcome(() -> new FhirJsonWriter(R4, pretty).write(patient)))
        .isEqualTo(outcome(() -> new JacksonJsonWriter(R4, pretty).write(patient)));
  }

  /** The bytes written, or the exception thrown (its type and message). */
  private static Object outcome(java.util.function.Supplier<byte[]> write) {
    try {
      return java.util.Arrays.toString(write.get());
    } catch (RuntimeException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }
}
