package dev.koine.cli.docs;

import dev.koine.core.code.Coding;
import dev.koine.core.codec.MessageCodec;
import dev.koine.core.codec.WireFormat;
import dev.koine.core.examples.Examples;
import dev.koine.core.message.BundleInfo;
import dev.koine.core.message.Envelope;
import dev.koine.core.message.Family;
import dev.koine.core.message.Message;
import dev.koine.core.message.OtherContent;
import dev.koine.core.time.PartialDateTime;
import dev.koine.fhir.FhirCodec;
import dev.koine.hl7v2.Hl7v2Codec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * The mapping tables of docs/messages.md, discovered by differences: for every payload type's
 * example ({@link Examples#all()}, with the additions of {@link DocExamples}) and every form in
 * which its family exists, each model leaf is changed in turn (see {@link ModelProbes}), the
 * message is encoded again, and the wire leaves that differ (see {@link WireLeaves}) are that
 * field's mapping. A leaf whose change alters nothing on the wire is "not carried" by that form.
 */
public final class MappingTables {
  private MappingTables() {}

  private static final FhirCodec FHIR = new FhirCodec();
  private static final Hl7v2Codec V2 = new Hl7v2Codec();

  /** Not carried: the change of this model leaf alters nothing in the encoding. */
  public static final String NOT_CARRIED = "(not carried)";

  /** Not probed: every change of this leaf was refused by a constructor or by the encoder. */
  public static final String NOT_PROBED = "(not probed: every change refused)";

  /** The target forms, with their names in the markers and the tables' column headings. */
  public enum Form {
    /** FHIR R4, written as JSON. */
    FHIR_R4("fhir-r4", "FHIR R4", WireFormat.FHIR_R4_JSON, "FHIR R4 element", "Profile"),
    /** FHIR STU3, written as JSON. */
    FHIR_STU3("fhir-stu3", "FHIR STU3", WireFormat.FHIR_STU3_JSON, "FHIR STU3 element", "Profile"),
    /** HL7 v2 (ER7). */
    HL7V2("hl7v2", "HL7 v2", WireFormat.HL7V2, "HL7 v2 segment-field", "Table / code system");

    private final String marker;
    private final String title;
    private final WireFormat format;
    private final String elementHeading;
    private final String detailHeading;

    Form(
        String marker,
        String title,
        WireFormat format,
        String elementHeading,
        String detailHeading) {
      this.marker = marker;
      this.title = title;
      this.format = format;
      this.elementHeading = elementHeading;
      this.detailHeading = detailHeading;
    }

    /** The form's name in the block markers. */
    public String marker() {
      return marker;
    }

    /** The form's name in headings: FHIR R4, FHIR STU3, HL7 v2. */
    public String title() {
      return title;
    }

    MessageCodec codec() {
      return format == WireFormat.HL7V2 ? V2 : FHIR;
    }

    WireLeaves leaves(byte[] content) {
      return format == WireFormat.HL7V2 ? WireLeaves.hl7v2(content) : WireLeaves.fhirJson(content);
    }
  }

  /**
   * One row: a model field, a wire path it reaches (or {@link #NOT_CARRIED} / {@link #NOT_PROBED})
   * and the profile or code system.
   */
  public record Row(String model, String element, String detail) implements Comparable<Row> {
    @Override
    public int compareTo(Row o) {
      int c = model.compareTo(o.model);
      if (c == 0) {
        c = element.compareTo(o.element);
      }
      return c == 0 ? detail.compareTo(o.detail) : c;
    }

    /** True if the model field reaches an element of the example's encoding in this row. */
    public boolean carried() {
      return !element.startsWith("(");
    }
  }

  /**
   * The table of one payload type in one form.
   *
   * @param payload the payload type's name
   * @param form the form
   * @param message the message encoded: the example, perhaps with another envelope
   * @param example which example was encoded, and with which envelope event
   * @param rows the rows, sorted and distinct
   * @param base the leaves of the example's encoding
   * @param modelLeaves the model leaves of the example that have a value
   */
  public record Table(
      String payload,
      Form form,
      Message message,
      String example,
      List<Row> rows,
      WireLeaves base,
      List<String> modelLeaves) {

    /** The opening marker of this table's block in the document. */
    public String marker() {
      return "<!-- generated:mapping " + payload + " " + form.marker() + " -->";
    }

    /** The block's content between its markers. */
    public String render() {
      long carried = modelLeaves.stream().filter(this::isCarried).count();
      StringBuilder s = new StringBuilder();
      s.append(example)
          .append(": ")
          .append(modelLeaves.size())
          .append(" model leaves, ")
          .append(carried)
          .append(" carried, ")
          .append(modelLeaves.size() - carried)
          .append(" not.\n\n");
      s.append("| Model field | ")
          .append(form.elementHeading)
          .append(" | ")
          .append(form.detailHeading)
          .append(" |\n|---|---|---|\n");
      for (Row r : rows) {
        s.append("| `")
            .append(r.model())
            .append("` | ")
            .append(r.carried() ? "`" + r.element() + "`" : r.element())
            .append(" | ")
            .append(r.detail().replace("|", "\\|"))
            .append(" |\n");
      }
      return s.append('\n').toString();
    }

    /** True if the model leaf reaches at least one wire path. */
    public boolean isCarried(String modelPath) {
      return rows.stream().anyMatch(r -> r.model().equals(modelPath) && r.carried());
    }
  }

  /**
   * Every table: per example in the order of the sealed family, per form where it exists. The
   * tables are made in parallel (the codecs are thread-safe) and returned in that order.
   */
  public static List<Table> all() {
    List<String> names =
        List.of(
            "referral",
            "referralResponse",
            "booking",
            "dischargeSummary",
            "labOrder",
            "labReport",
            "admission",
            "acknowledgement",
            "collection");
    List<Message> examples = Examples.all();
    if (examples.size() != names.size()) {
      throw new IllegalStateException("Examples.all() changed: name its new examples here");
    }
    Form[] forms = Form.values();
    return IntStream.range(0, examples.size() * forms.length)
        .parallel()
        .mapToObj(
            i ->
                table(
                    DocExamples.enrich(examples.get(i / forms.length)),
                    "Examples." + names.get(i / forms.length) + "()` with `DocExamples.enrich",
                    forms[i % forms.length]))
        .flatMap(Optional::stream)
        .toList();
  }

  /** The table of one example in one form, if its family exists in that form. */
  public static Optional<Table> table(Message example, String exampleName, Form form) {
    Optional<Message> chosen = encodable(example, form);
    if (chosen.isEmpty()) {
      return Optional.empty();
    }
    Message m = chosen.get();
    WireLeaves base = form.leaves(encode(m, form));
    TreeSet<Row> rows = new TreeSet<>();
    List<String> modelLeaves = new ArrayList<>();
    for (ModelProbes.Probe probe : ModelProbes.of(m)) {
      modelLeaves.add(probe.path());
      WireLeaves changed = null;
      for (Message candidate : probe.candidates()) {
        try {
          changed = form.leaves(encode(candidate, form));
          break;
        } catch (RuntimeException refused) {
          // the encoder refuses this change: try the next one
        }
      }
      if (changed == null) {
        rows.add(new Row(probe.path(), NOT_PROBED, ""));
        continue;
      }
      TreeSet<String> differences = base.differences(changed);
      if (differences.isEmpty()) {
        rows.add(new Row(probe.path(), NOT_CARRIED, ""));
        continue;
      }
      // The field's elements are those of the example's encoding that change; an element that
      // only the changed copy has is an effect of the change, not where the value is.
      TreeSet<String> elements = new TreeSet<>(differences);
      elements.retainAll(base.values().keySet());
      if (elements.isEmpty()) {
        rows.add(new Row(probe.path(), "(adds `" + differences.first() + "`)", ""));
        continue;
      }
      for (String wire : elements) {
        String detail;
        if (form == Form.HL7V2) {
          detail = probe.codeSystem() == null ? "" : shortSystem(probe.codeSystem());
        } else {
          detail = String.join(", ", base.profiles(wire, changed));
        }
        rows.add(new Row(probe.path(), wire, detail));
      }
    }
    Envelope e = m.envelope();
    String source =
        "`"
            + exampleName
            + "`, envelope "
            + e.family()
            + " `"
            + e.event().system()
            + "|"
            + e.event().code()
            + "`";
    return Optional.of(
        new Table(
            example.payload().typeName(),
            form,
            m,
            source,
            List.copyOf(rows),
            base,
            List.copyOf(modelLeaves)));
  }

  /** The leaves of a message encoded in a form. */
  public static WireLeaves leaves(Message m, Form form) {
    return form.leaves(encode(m, form));
  }

  /** The encoded bytes of a message in a form. */
  public static byte[] encode(Message m, Form form) {
    return form.codec().encode(m, form.format).content().toArray();
  }

  /**
   * The example, or the example with another envelope, that encodes in this form and decodes back
   * to the same payload type; empty when the payload's family does not exist in the form.
   */
  static Optional<Message> encodable(Message example, Form form) {
    List<Envelope> envelopes =
        List.of(
            example.envelope(),
            Examples.admission().envelope(),
            bareDocument(),
            Examples.dischargeSummary().envelope());
    for (Envelope envelope : envelopes) {
      Message m = Message.of(envelope, example.payload());
      try {
        Message back = form.codec().decode(encode(m, form), form.format).value();
        if (back.payload().getClass() == example.payload().getClass()) {
          return Optional.of(m);
        }
      } catch (IllegalArgumentException notInThisForm) {
        // try the next envelope
      }
    }
    return Optional.empty();
  }

  /** The envelope of a bare FHIR document Bundle (no MessageHeader). */
  private static Envelope bareDocument() {
    return Envelope.builder()
        .family(Family.OTHER)
        .event(Coding.of(OtherContent.EVENT_SYSTEM, "document"))
        .bundle(
            new BundleInfo(
                "3b1e3c52-6d2f-4f1a-9b7e-00000000000a",
                null,
                null,
                PartialDateTime.parseFhir("2026-11-23T09:45:00+00:00")))
        .build();
  }

  /** A code system as a table column: the last path segment of a URL, else as it is. */
  static String shortSystem(String system) {
    if (system.startsWith("http://") || system.startsWith("https://")) {
      return system.substring(system.lastIndexOf('/') + 1);
    }
    return system;
  }
}
