package dev.koine.core.model;

import dev.koine.core.code.Coding;
import dev.koine.core.code.Concept;
import dev.koine.core.id.Identifier;
import dev.koine.core.internal.Checks;
import dev.koine.core.time.PartialDateTime;
import dev.koine.core.time.Period;
import java.util.Set;

/**
 * A typed value where the standards allow a choice of types: an observation value ({@code
 * value[x]}, OBX-2/OBX-5), an onset, an extension value. The variant keeps the FHIR type name, so
 * {@code valueCode} and {@code valueString} stay apart.
 */
public sealed interface Value
    permits Value.Primitive,
        Value.TimeValue,
        Value.CodingValue,
        Value.ConceptValue,
        Value.QuantityValue,
        Value.RangeValue,
        Value.RatioValue,
        Value.PeriodValue,
        Value.ReferenceValue,
        Value.IdentifierValue,
        Value.AttachmentValue,
        Value.HumanNameValue,
        Value.AddressValue,
        Value.ContactPointValue {

  /** The FHIR type name of this value (string, code, Quantity, CodeableConcept ...). */
  String typeName();

  /** A FHIR {@code string}. */
  static Value text(String text) {
    return new Primitive("string", text);
  }

  /** A FHIR {@code boolean}. */
  static Value bool(boolean value) {
    return new Primitive("boolean", Boolean.toString(value));
  }

  /** A FHIR {@code CodeableConcept}. */
  static Value concept(Concept concept) {
    return new ConceptValue(concept);
  }

  /** A FHIR {@code Quantity}. */
  static Value quantity(Quantity quantity) {
    return new QuantityValue("Quantity", quantity);
  }

  /** A FHIR {@code dateTime}. */
  static Value dateTime(PartialDateTime time) {
    return new TimeValue("dateTime", time);
  }

  /**
   * A primitive other than a date or time, kept as its exact text.
   *
   * @param type the FHIR primitive type: string, code, uri, url, canonical, id, oid, uuid,
   *     markdown, boolean, integer, positiveInt, unsignedInt, decimal, base64Binary, time
   * @param text the lexical value exactly as received
   */
  record Primitive(String type, String text) implements Value {
    private static final Set<String> TYPES =
        Set.of(
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
            "time");

    public Primitive {
      Checks.notNull(type, "type");
      Checks.require(TYPES.contains(type), "unknown primitive type (dates use TimeValue)");
      Checks.notNull(text, "text");
      if (type.equals("boolean")) {
        Checks.require(
            text.equals("true") || text.equals("false"), "boolean must be true or false");
      }
    }

    @Override
    public String typeName() {
      return type;
    }

    @Override
    public String toString() {
      return "Primitive[" + type + "]";
    }
  }

  /**
   * A date, dateTime or instant.
   *
   * @param type date, dateTime or instant
   * @param time the value with its precision
   */
  record TimeValue(String type, PartialDateTime time) implements Value {
    public TimeValue {
      Checks.require(
          "date".equals(type) || "dateTime".equals(type) || "instant".equals(type),
          "type must be date, dateTime or instant");
      Checks.notNull(time, "time");
    }

    @Override
    public String typeName() {
      return type;
    }

    @Override
    public String toString() {
      return "TimeValue[" + type + "]";
    }
  }

  /**
   * A Coding.
   *
   * @param coding the coding
   */
  record CodingValue(Coding coding) implements Value {
    public CodingValue {
      Checks.notNull(coding, "coding");
    }

    @Override
    public String typeName() {
      return "Coding";
    }
  }

  /**
   * A CodeableConcept.
   *
   * @param concept the concept
   */
  record ConceptValue(Concept concept) implements Value {
    public ConceptValue {
      Checks.notNull(concept, "concept");
    }

    @Override
    public String typeName() {
      return "CodeableConcept";
    }
  }

  /**
   * A Quantity or one of its profiles.
   *
   * @param type Quantity, SimpleQuantity, Age, Duration, Count, Distance or Money
   * @param quantity the quantity
   */
  record QuantityValue(String type, Quantity quantity) implements Value {
    private static final Set<String> TYPES =
        Set.of("Quantity", "SimpleQuantity", "Age", "Duration", "Count", "Distance", "Money");

    public QuantityValue {
      Checks.require(type != null && TYPES.contains(type), "unknown quantity type");
      Checks.notNull(quantity, "quantity");
    }

    @Override
    public String typeName() {
      return type;
    }
  }

  /**
   * A Range.
   *
   * @param range the range
   */
  record RangeValue(Range range) implements Value {
    public RangeValue {
      Checks.notNull(range, "range");
    }

    @Override
    public String typeName() {
      return "Range";
    }
  }

  /**
   * A Ratio.
   *
   * @param ratio the ratio
   */
  record RatioValue(Ratio ratio) implements Value {
    public RatioValue {
      Checks.notNull(ratio, "ratio");
    }

    @Override
    public String typeName() {
      return "Ratio";
    }
  }

  /**
   * A Period.
   *
   * @param period the period
   */
  record PeriodValue(Period period) implements Value {
    public PeriodValue {
      Checks.notNull(period, "period");
    }

    @Override
    public String typeName() {
      return "Period";
    }
  }

  /**
   * A Reference.
   *
   * @param ref the reference
   */
  record ReferenceValue(Ref ref) implements Value {
    public ReferenceValue {
      Checks.notNull(ref, "ref");
    }

    @Override
    public String typeName() {
      return "Reference";
    }
  }

  /**
   * An Identifier.
   *
   * @param identifier the identifier
   */
  record IdentifierValue(Identifier identifier) implements Value {
    public IdentifierValue {
      Checks.notNull(identifier, "identifier");
    }

    @Override
    public String typeName() {
      return "Identifier";
    }
  }

  /**
   * An Attachment.
   *
   * @param attachment the attachment
   */
  record AttachmentValue(Attachment attachment) implements Value {
    public AttachmentValue {
      Checks.notNull(attachment, "attachment");
    }

    @Override
    public String typeName() {
      return "Attachment";
    }
  }

  /**
   * A HumanName.
   *
   * @param name the name
   */
  record HumanNameValue(HumanName name) implements Value {
    public HumanNameValue {
      Checks.notNull(name, "name");
    }

    @Override
    public String typeName() {
      return "HumanName";
    }
  }

  /**
   * An Address.
   *
   * @param address the address
   */
  record AddressValue(Address address) implements Value {
    public AddressValue {
      Checks.notNull(address, "address");
    }

    @Override
    public String typeName() {
      return "Address";
    }
  }

  /**
   * A ContactPoint.
   *
   * @param contactPoint the contact point
   */
  record ContactPointValue(ContactPoint contactPoint) implements Value {
    public ContactPointValue {
      Checks.notNull(contactPoint, "contactPoint");
    }

    @Override
    public String typeName() {
      return "ContactPoint";
    }
  }
}
