package dev.koine.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.koine.core.message.DocumentKind;
import dev.koine.core.message.Family;
import dev.koine.core.message.Message;
import dev.koine.core.message.Payload;
import dev.koine.core.model.Patient;
import dev.koine.core.model.Quantity;
import dev.koine.core.model.Value;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** The generators reach every variant, every payload type and every family, and leave parts out. */
class CoverageProperties {

  @Provide
  Arbitrary<Value> values() {
    return ModelArbitraries.values();
  }

  @Property(tries = 1000)
  void valuesCoverEveryVariant(@ForAll("values") Value value) {
    Statistics.collect(value.getClass().getSimpleName());
    Statistics.coverage(
        c -> {
          for (Class<?> variant : Value.class.getPermittedSubclasses()) {
            c.check(variant.getSimpleName()).percentage(p -> p > 2);
          }
        });
  }

  @Provide
  Arbitrary<Value> primitives() {
    return ModelArbitraries.primitiveValues();
  }

  @Property(tries = 1000)
  void primitiveValuesCoverEveryPrimitiveType(@ForAll("primitives") Value value) {
    Statistics.collect(value.typeName());
    Statistics.coverage(
        c -> {
          for (String type :
              List.of(
                  "string",
                  "code",
                  "uri",
                  "url",
                  "canonical",
                  "id",
                  "oid",
                  "uuid",
                  "markdown",
                  "boolean",
                  "integer",
                  "integer64",
                  "positiveInt",
                  "unsignedInt",
                  "decimal",
                  "base64Binary",
                  "time")) {
            c.check(type).count(n -> n > 0);
          }
        });
  }

  @Provide
  Arbitrary<Message> messages() {
    return MessageArbitraries.messages();
  }

  @Property(tries = 400)
  void messagesCoverEveryPayloadTypeAndFamily(@ForAll("messages") Message message) {
    Payload payload = message.payload();
    Statistics.label("payload").collect(payload.typeName());
    Statistics.label("family").collect(message.envelope().family());
    Statistics.label("payload")
        .coverage(
            c -> {
              for (Class<?> type : Payload.class.getPermittedSubclasses()) {
                c.check(type.getSimpleName()).percentage(p -> p > 5);
              }
            });
    Statistics.label("family")
        .coverage(
            c -> {
              for (Family f :
                  List.of(Family.BARS, Family.ITK3, Family.NHSE_PATHOLOGY, Family.HL7V2)) {
                c.check(f).count(n -> n > 0);
              }
              c.check(Family.UK_CORE_MESSAGING).count(n -> n > 0);
            });
  }

  @Provide
  Arbitrary<Payload> payloads() {
    return MessageArbitraries.careDocuments().map(Payload.class::cast);
  }

  @Property(tries = 300)
  void careDocumentsCoverEveryKind(@ForAll("payloads") Payload payload) {
    DocumentKind kind = ((dev.koine.core.message.CareDocument) payload).kind();
    Statistics.collect(kind);
    Statistics.coverage(
        c -> {
          for (DocumentKind k : DocumentKind.values()) {
            c.check(k).count(n -> n > 0);
          }
        });
  }

  @Provide
  Arbitrary<Patient> patients() {
    return ModelArbitraries.patients();
  }

  @Property(tries = 500)
  void optionalPartsAreOftenAbsentAndListsOftenEmpty(@ForAll("patients") Patient patient) {
    Statistics.label("birthDate").collect(patient.birthDate() == null ? "absent" : "present");
    Statistics.label("names").collect(patient.names().isEmpty() ? "empty" : "some");
    Statistics.label("nhsNumber").collect(patient.nhsNumber().isPresent() ? "present" : "absent");
    Statistics.label("birthDate")
        .coverage(
            c -> {
              c.check("absent").percentage(p -> p > 25 && p < 75);
              c.check("present").percentage(p -> p > 25);
            });
    Statistics.label("names")
        .coverage(
            c -> {
              c.check("empty").percentage(p -> p > 25 && p < 75);
              c.check("some").percentage(p -> p > 25);
            });
    Statistics.label("nhsNumber").coverage(c -> c.check("present").percentage(p -> p > 50));
  }

  @Provide
  Arbitrary<Quantity> quantities() {
    return ModelArbitraries.quantities();
  }

  @Property(tries = 1000)
  void quantitiesHaveValuesOfVariedScaleIncludingTrailingZeros(
      @ForAll("quantities") Quantity quantity) {
    if (quantity.value() == null) {
      Statistics.label("value").collect("absent");
      return;
    }
    Statistics.label("value").collect("present");
    assertThat(quantity.value().scale()).isBetween(0, 4);
    boolean trailingZero =
        quantity.value().scale() > 0
            && quantity.value().stripTrailingZeros().scale() < quantity.value().scale();
    Statistics.label("scale").collect(quantity.value().scale());
    Statistics.label("trailing zero").collect(trailingZero);
    Statistics.label("scale")
        .coverage(
            c -> {
              for (int s = 0; s <= 4; s++) {
                c.check(s).count(n -> n > 0);
              }
            });
    Statistics.label("trailing zero").coverage(c -> c.check(true).count(n -> n > 0));
  }

  @Provide
  Arbitrary<String> texts() {
    return ModelArbitraries.texts();
  }

  @Property(tries = 1000)
  void textsReachBeyondAsciiAndTheBasicPlane(@ForAll("texts") String text) {
    boolean supplementary = text.codePoints().anyMatch(Character::isSupplementaryCodePoint);
    boolean nonAscii = text.codePoints().anyMatch(cp -> cp > 0x7F);
    boolean delimiter = text.chars().anyMatch(ch -> "|^~\\&<>\"".indexOf(ch) >= 0);
    Statistics.label("supplementary").collect(supplementary);
    Statistics.label("non-ASCII").collect(nonAscii);
    Statistics.label("delimiter").collect(delimiter);
    Statistics.label("supplementary").coverage(c -> c.check(true).count(n -> n > 0));
    Statistics.label("non-ASCII").coverage(c -> c.check(true).percentage(p -> p > 20));
    Statistics.label("delimiter").coverage(c -> c.check(true).count(n -> n > 0));
  }
}
