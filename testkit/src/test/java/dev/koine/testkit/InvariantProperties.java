package dev.koine.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.koine.core.code.Coding;
import dev.koine.core.code.Concept;
import dev.koine.core.id.Identifier;
import dev.koine.core.message.AckIssue;
import dev.koine.core.message.AckStatus;
import dev.koine.core.message.AckType;
import dev.koine.core.message.Acknowledgement;
import dev.koine.core.message.CareDocument;
import dev.koine.core.message.Correlation;
import dev.koine.core.message.DocumentKind;
import dev.koine.core.message.Envelope;
import dev.koine.core.message.Family;
import dev.koine.core.message.LabOrder;
import dev.koine.core.message.LabReport;
import dev.koine.core.message.Message;
import dev.koine.core.message.Party;
import dev.koine.core.message.PatientEvent;
import dev.koine.core.message.PatientEventKind;
import dev.koine.core.message.Recipient;
import dev.koine.core.message.Referral;
import dev.koine.core.message.Source;
import dev.koine.core.model.Address;
import dev.koine.core.model.Attachment;
import dev.koine.core.model.Composition;
import dev.koine.core.model.ContactPoint;
import dev.koine.core.model.DiagnosticReport;
import dev.koine.core.model.Encounter;
import dev.koine.core.model.Extension;
import dev.koine.core.model.Extras;
import dev.koine.core.model.Flag;
import dev.koine.core.model.HumanName;
import dev.koine.core.model.Meta;
import dev.koine.core.model.Narrative;
import dev.koine.core.model.Note;
import dev.koine.core.model.Observation;
import dev.koine.core.model.Organisation;
import dev.koine.core.model.Patient;
import dev.koine.core.model.Performer;
import dev.koine.core.model.Quantity;
import dev.koine.core.model.Ref;
import dev.koine.core.model.Section;
import dev.koine.core.model.ServiceRequest;
import dev.koine.core.model.Value;
import dev.koine.core.time.Period;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Constructors refuse bad structure with a clear message that names the component and never
 * contains the offending value.
 */
class InvariantProperties {

  /** A way to build an invalid value from a marker string planted in it. */
  record Breaker(
      String name,
      Class<? extends RuntimeException> type,
      String messagePart,
      Function<String, Object> build) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static Breaker refuse(
      String name,
      Class<? extends RuntimeException> type,
      String messagePart,
      Function<String, Object> build) {
    return new Breaker(name, type, messagePart, build);
  }

  private static Patient marked(String marker) {
    return Patient.builder()
        .id(marker)
        .addName(new HumanName(null, marker, marker, List.of(marker), null, null, null))
        .addIdentifier(Identifier.of("https://fhir.nhs.uk/Id/nhs-number", marker))
        .build();
  }

  private static final Concept CODE =
      Concept.of("http://snomed.info/sct", "29857009", "Chest pain");

  private static final List<Breaker> BREAKERS =
      List.of(
          refuse(
              "extension with a value and sub-extensions",
              IllegalArgumentException.class,
              "a value or sub-extensions, not both",
              m ->
                  new Extension(
                      "https://example.org/" + m,
                      Value.text(m),
                      List.of(Extension.of("part", Value.text(m))))),
          refuse(
              "primitive of an unknown type",
              IllegalArgumentException.class,
              "unknown primitive type",
              m -> new Value.Primitive(m, m)),
          refuse(
              "boolean primitive that is neither true nor false",
              IllegalArgumentException.class,
              "boolean must be true or false",
              m -> new Value.Primitive("boolean", m)),
          refuse(
              "time value of an unknown type",
              IllegalArgumentException.class,
              "type must be date, dateTime or instant",
              m -> new Value.TimeValue(m, null)),
          refuse(
              "quantity value of an unknown type",
              IllegalArgumentException.class,
              "unknown quantity type",
              m -> new Value.QuantityValue(m, Quantity.ucum(BigDecimal.ONE, m))),
          refuse(
              "lab order without requests",
              IllegalArgumentException.class,
              "at least one request",
              m -> new LabOrder(List.of(), marked(m), null)),
          refuse(
              "lab report without reports",
              IllegalArgumentException.class,
              "at least one diagnostic report",
              m -> new LabReport(List.of(), marked(m), null)),
          refuse(
              "reference with no target, identifier or display",
              IllegalArgumentException.class,
              "a reference needs a target, an identifier or a display",
              m -> new Ref(null, m, null, null)),
          refuse(
              "concept with no coding and no text",
              IllegalArgumentException.class,
              "a concept needs a coding or a text",
              m -> new Concept(List.of(), null)),
          refuse(
              "coding with no code and no display",
              IllegalArgumentException.class,
              "a coding needs a code or a display",
              m -> new Coding("https://example.org/" + m, m, null, null)),
          refuse(
              "period with neither end",
              IllegalArgumentException.class,
              "a period needs a start or an end",
              m -> new Period(null, null)),
          refuse(
              "attachment of negative size",
              IllegalArgumentException.class,
              "size must not be negative",
              m ->
                  new Attachment(
                      m,
                      null,
                      null,
                      null,
                      -(long) (1000 + Math.abs(m.hashCode() % 9000)),
                      null,
                      m,
                      null)),
          refuse(
              "identifier with an empty value",
              IllegalArgumentException.class,
              "value must not be empty",
              m -> new Identifier("https://example.org/" + m, "", null, m, null, m)),
          refuse(
              "observation without a code",
              NullPointerException.class,
              "code must not be null",
              m -> Observation.builder().id(m).subject(Ref.to(m)).build()),
          refuse(
              "diagnostic report without a code",
              NullPointerException.class,
              "code must not be null",
              m -> DiagnosticReport.builder().id(m).conclusion(m).build()),
          refuse(
              "flag without a code",
              NullPointerException.class,
              "code must not be null",
              m -> Flag.builder().id(m).build()),
          refuse(
              "composition without a type",
              NullPointerException.class,
              "type must not be null",
              m -> Composition.builder().id(m).title(m).build()),
          refuse(
              "referral without a request",
              NullPointerException.class,
              "request must not be null",
              m -> Referral.builder().patient(marked(m)).build()),
          refuse(
              "patient event without a patient",
              NullPointerException.class,
              "patient must not be null",
              m ->
                  PatientEvent.builder()
                      .kind(PatientEventKind.ADMIT)
                      .eventReason(Concept.text(m))
                      .build()),
          refuse(
              "patient event without a kind",
              NullPointerException.class,
              "kind must not be null",
              m -> PatientEvent.builder().patient(marked(m)).build()),
          refuse(
              "care document without a composition",
              NullPointerException.class,
              "composition must not be null",
              m -> CareDocument.builder().kind(DocumentKind.OTHER).patient(marked(m)).build()),
          refuse(
              "envelope without an event",
              NullPointerException.class,
              "event must not be null",
              m -> Envelope.builder().messageId(m).family(Family.BARS).build()),
          refuse(
              "envelope without a family",
              NullPointerException.class,
              "family must not be null",
              m ->
                  Envelope.builder()
                      .messageId(m)
                      .event(Coding.of("https://example.org", m))
                      .build()),
          refuse(
              "message without a payload",
              NullPointerException.class,
              "payload must not be null",
              m ->
                  new Message(
                      Envelope.builder()
                          .messageId(m)
                          .family(Family.HL7V2)
                          .event(Coding.of("https://example.org", "A01"))
                          .build(),
                      null)),
          refuse(
              "acknowledgement without a type",
              NullPointerException.class,
              "type must not be null",
              m -> Acknowledgement.builder().text(m).build()),
          refuse(
              "acknowledgement issue without a severity",
              NullPointerException.class,
              "severity must not be null",
              m -> new AckIssue(null, m, null, m, List.of(m))),
          refuse(
              "list holding a null element",
              NullPointerException.class,
              "element of identifiers must not be null",
              m ->
                  Patient.builder()
                      .id(m)
                      .identifiers(
                          Arrays.asList(
                              Identifier.of("https://fhir.nhs.uk/Id/nhs-number", m), null))
                      .build()),
          refuse(
              "narrative without xhtml",
              NullPointerException.class,
              "xhtml must not be null",
              m -> new Narrative("generated", null)),
          refuse(
              "note without text",
              NullPointerException.class,
              "text must not be null",
              m -> new Note(null, m, null, null)),
          refuse(
              "performer without an actor",
              NullPointerException.class,
              "actor must not be null",
              m -> new Performer(Concept.text(m), null, null)),
          refuse(
              "extension with a blank url",
              IllegalArgumentException.class,
              "url must not be blank",
              m -> Extension.of(" ", Value.text(m))));

  @Provide
  Arbitrary<Breaker> breakers() {
    return Arbitraries.of(BREAKERS);
  }

  /** Distinctive marker values: letters and digits no message text contains by chance. */
  @Provide
  Arbitrary<String> markers() {
    return Combinators.combine(
            Arbitraries.strings().withCharRange('A', 'Z').ofLength(6),
            Arbitraries.integers().between(100_000, 999_999))
        .as((letters, digits) -> "Qx" + letters + digits);
  }

  @Property(tries = 500)
  void badStructureIsRefusedWithAMessageThatNamesTheRuleButNotTheValue(
      @ForAll("breakers") Breaker breaker, @ForAll("markers") String marker) {
    Throwable thrown = catchThrowable(() -> breaker.build().apply(marker));
    assertThat(thrown).as(breaker.name()).isInstanceOf(breaker.type());
    assertThat(thrown.getMessage()).contains(breaker.messagePart()).doesNotContain(marker);
    assertThat(thrown.getMessage()).doesNotContain("Qx");
    Statistics.collect(breaker.name());
    Statistics.coverage(
        c -> {
          for (Breaker b : BREAKERS) {
            c.check(b.name()).count(n -> n > 0);
          }
        });
  }

  /** A setter for one optional text component. */
  record Setter(String component, Function<String, Object> build) {
    @Override
    public String toString() {
      return component;
    }
  }

  private static final Concept TEXT = Concept.text("x");

  private static final List<Setter> OPTIONAL_TEXT =
      List.of(
          new Setter("id", s -> Patient.builder().id(s).build()),
          new Setter("system", s -> new Coding(s, null, "c", null)),
          new Setter("version", s -> new Coding(null, s, "c", null)),
          new Setter("use", s -> new Identifier(null, "v", null, s, null, null)),
          new Setter("assigner", s -> new Identifier(null, "v", null, null, null, s)),
          new Setter("family", s -> new HumanName(null, null, s, null, null, null, null)),
          new Setter(
              "postalCode",
              s -> new Address(null, null, null, null, null, null, null, s, null, null)),
          new Setter("value", s -> new ContactPoint("phone", s, null, null, null)),
          new Setter("unit", s -> new Quantity(BigDecimal.ONE, null, s, null, null)),
          new Setter("display", s -> new Ref("x", null, null, s)),
          new Setter("authorName", s -> new Note("t", s, null, null)),
          new Setter("versionId", s -> new Meta(s, null, null, null, null, null)),
          new Setter("language", s -> new Extras(null, null, s, null, null)),
          new Setter("name", s -> Organisation.builder().name(s).build()),
          new Setter("status", s -> Encounter.builder().status(s).build()),
          new Setter("intent", s -> ServiceRequest.builder().intent(s).build()),
          new Setter("title", s -> Composition.builder().type(CODE).title(s).build()),
          new Setter(
              "mode",
              s -> new Section(null, null, null, null, null, s, null, null, null, null, null)),
          new Setter(
              "messageId",
              s ->
                  Envelope.builder()
                      .messageId(s)
                      .event(Coding.of("https://example.org", "e"))
                      .family(Family.OTHER)
                      .build()),
          new Setter("correlationId", s -> new Correlation(null, s)),
          new Setter("software", s -> new Source(null, s, null, null, null)),
          new Setter("endpoint", s -> new Party(null, null, s)),
          new Setter("name", s -> new Recipient(s, null, null, null, null)),
          new Setter("diagnostics", s -> new AckIssue("error", null, TEXT, s, null)),
          new Setter(
              "text",
              s ->
                  Acknowledgement.builder()
                      .type(AckType.BUSINESS)
                      .status(AckStatus.OK)
                      .text(s)
                      .build()),
          new Setter(
              "contentType", s -> new Attachment(s, null, null, null, null, null, null, null)));

  @Provide
  Arbitrary<Setter> optionalText() {
    return Arbitraries.of(OPTIONAL_TEXT);
  }

  @Provide
  Arbitrary<String> blanks() {
    return Arbitraries.strings()
        .withChars(' ', '\t', '\n', '\r', '\u2003', '\u3000', '\u000B', '\f')
        .ofMaxLength(4);
  }

  @Property(tries = 500)
  void blankOptionalTextIsRefusedAndTheMessageNamesTheComponent(
      @ForAll("optionalText") Setter setter, @ForAll("blanks") String blank) {
    Throwable thrown = catchThrowable(() -> setter.build().apply(blank));
    assertThat(thrown).isInstanceOf(IllegalArgumentException.class);
    assertThat(thrown.getMessage())
        .isEqualTo(setter.component() + " must be absent (null) or non-blank");
  }

  @Property(tries = 200)
  void absentOptionalTextIsAcceptedAndStaysNull(@ForAll("optionalText") Setter setter) {
    Object value = setter.build().apply(null);
    boolean[] found = {false};
    Graph.walk(
        value,
        o -> {
          if (o instanceof Record r) {
            List<String> names = Graph.componentNames(r.getClass());
            List<Object> values = Graph.components(r);
            for (int i = 0; i < names.size(); i++) {
              assertThat(values.get(i)).isNotEqualTo("");
              if (names.get(i).equals(setter.component()) && values.get(i) == null) {
                found[0] = true;
              }
            }
          }
        });
    assertThat(found[0]).as(setter.component() + " absent").isTrue();
  }
}
