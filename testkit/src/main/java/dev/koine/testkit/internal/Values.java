package dev.koine.testkit.internal;

import dev.koine.core.model.Value;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Arbitraries for every {@link Value} variant, with lexically valid primitive text. Not API. */
public final class Values {
  private Values() {}

  /** Primitive values of every FHIR primitive type, each with a text valid for its type. */
  public static Arbitrary<Value> primitives() {
    return Gen.memo(
        "Values.primitives",
        () -> {
          List<Arbitrary<? extends Value>> all =
              List.of(
                  primitive("string", Texts.text()),
                  primitive("markdown", Texts.text().map(t -> "**" + t + "**")),
                  primitive("code", Arbitraries.of("final", "active", "en-GB", "home", "A")),
                  primitive("uri", Texts.uris()),
                  primitive("url", Texts.uris().filter(u -> u.startsWith("http"))),
                  primitive(
                      "canonical", Arbitraries.of("https://fhir.nhs.uk/MessageDefinition/x|1.0")),
                  primitive("id", Texts.ids()),
                  primitive(
                      "oid", Arbitraries.of("urn:oid:2.16.840.1.113883.2.1.4.1", "urn:oid:1.2.3")),
                  primitive("uuid", Texts.uuids().map(u -> "urn:uuid:" + u)),
                  primitive("boolean", Arbitraries.of("true", "false")),
                  primitive("integer", Arbitraries.integers().map(String::valueOf)),
                  primitive("integer64", Arbitraries.longs().map(String::valueOf)),
                  primitive(
                      "positiveInt",
                      Arbitraries.integers().between(1, 100_000).map(String::valueOf)),
                  primitive(
                      "unsignedInt",
                      Arbitraries.integers().between(0, 100_000).map(String::valueOf)),
                  primitive("decimal", Texts.decimals().map(d -> d.toPlainString())),
                  primitive(
                      "base64Binary",
                      Blocks.bytes().map(b -> Base64.getEncoder().encodeToString(b.toArray()))),
                  primitive(
                      "time",
                      Combinators.combine(
                              Arbitraries.integers().between(0, 23),
                              Arbitraries.integers().between(0, 59),
                              Arbitraries.integers().between(0, 59))
                          .as((h, m, s) -> String.format(Locale.ROOT, "%02d:%02d:%02d", h, m, s))));
          return Gen.oneOf(all);
        });
  }

  private static Arbitrary<Value> primitive(String type, Arbitrary<String> text) {
    return text.map(t -> new Value.Primitive(type, t));
  }

  /** Every variant of {@link Value}, each equally likely. */
  public static Arbitrary<Value> values() {
    return Gen.memo(
        "Values.values",
        () -> {
          List<Arbitrary<? extends Value>> all =
              List.of(
                  primitives(),
                  Gen.oneOf(
                      List.of(
                          External.dates().map(t -> new Value.TimeValue("date", t)),
                          External.times().map(t -> new Value.TimeValue("dateTime", t)),
                          External.instants().map(t -> new Value.TimeValue("instant", t)))),
                  Blocks.codings().map(Value.CodingValue::new),
                  Blocks.concepts().map(Value.ConceptValue::new),
                  Combinators.combine(
                          Arbitraries.of(
                              "Quantity",
                              "SimpleQuantity",
                              "Age",
                              "Duration",
                              "Count",
                              "Distance",
                              "Money"),
                          Blocks.quantities())
                      .as(Value.QuantityValue::new),
                  Blocks.ranges().map(Value.RangeValue::new),
                  Blocks.ratios().map(Value.RatioValue::new),
                  External.periods().map(Value.PeriodValue::new),
                  Blocks.refs().map(Value.ReferenceValue::new),
                  Blocks.identifiers().map(Value.IdentifierValue::new),
                  Blocks.attachments().map(Value.AttachmentValue::new),
                  Blocks.humanNames().map(Value.HumanNameValue::new),
                  Blocks.addresses().map(Value.AddressValue::new),
                  Blocks.contactPoints().map(Value.ContactPointValue::new));
          return Gen.oneOf(all);
        });
  }

  /** Values that suit an onset, occurrence or effective time: dateTime, Period, Age, Range. */
  public static Arbitrary<Value> timing() {
    return Gen.memo(
        "Values.timing",
        () -> {
          List<Arbitrary<? extends Value>> all =
              List.of(
                  External.times().map(t -> new Value.TimeValue("dateTime", t)),
                  External.periods().map(Value.PeriodValue::new),
                  Blocks.quantities().map(q -> new Value.QuantityValue("Age", q)),
                  Texts.text().map(Value::text));
          return Gen.oneOf(all);
        });
  }

  /** Values that suit an observation result: Quantity, CodeableConcept, string, Range, Ratio. */
  public static Arbitrary<Value> results() {
    return Gen.memo(
        "Values.results",
        () -> {
          List<Arbitrary<? extends Value>> all =
              List.of(
                  Blocks.quantities().map(Value::quantity),
                  Blocks.concept(dev.koine.testkit.internal.Fixtures.CONDITIONS)
                      .map(Value::concept),
                  Texts.text().map(Value::text),
                  Blocks.ranges().map(Value.RangeValue::new),
                  Blocks.ratios().map(Value.RatioValue::new),
                  Arbitraries.of(true, false).map(Value::bool));
          return Gen.oneOf(all);
        });
  }
}
