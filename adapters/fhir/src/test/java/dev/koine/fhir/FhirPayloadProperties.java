package dev.koine.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.koine.core.code.CodeSystems;
import dev.koine.core.code.Coding;
import dev.koine.core.codec.Decoded;
import dev.koine.core.codec.MessageCodec.Encoded;
import dev.koine.core.codec.WireFormat;
import dev.koine.core.message.CareDocument;
import dev.koine.core.message.LabOrder;
import dev.koine.core.message.LabReport;
import dev.koine.core.message.Message;
import dev.koine.core.message.Payload;
import dev.koine.core.message.Referral;
import dev.koine.core.message.ReferralResponse;
import dev.koine.core.model.Attachment;
import dev.koine.core.model.Communication;
import dev.koine.core.model.DiagnosticReport;
import dev.koine.core.model.DocumentAttachment;
import dev.koine.core.model.Entities;
import dev.koine.core.model.Extension;
import dev.koine.core.model.Extras;
import dev.koine.core.model.Meta;
import dev.koine.core.model.Patient;
import dev.koine.core.model.Ref;
import dev.koine.core.model.ServiceRequest;
import dev.koine.core.model.Value;
import dev.koine.fhir.internal.stu3.Stu3DocumentProperties;
import dev.koine.testkit.MessageArbitraries;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The typed R4 families the other properties do not cover (BaRS referral and referral response, NHS
 * England Pathology report and order), ITK012M in STU3 and ITK3 document messages with PDF Binaries
 * (GP Connect Send Document) in STU3 and R4, from the testkit's generators without restriction:
 * whatever the encoder does not report as lost comes back, and HAPI FHIR (the oracle) reads our
 * JSON and XML alike and re-encodes our JSON unchanged.
 *
 * <p>For every generated message {@code m} and format: (1) the encoded bytes decode with no loss
 * and no error to a message of the same payload type, whose re-encoding is byte-identical (the wire
 * form is a fixpoint); (2) when encoding reported no loss, {@code decode(encode(m))} equals {@code
 * m} (at least a fifth of the tries must be such messages, so this is not vacuous); (3) HAPI parses
 * the bytes, and HAPI's JSON of our JSON equals HAPI's JSON of our XML and equals our own compact
 * JSON.
 */
class FhirPayloadProperties {
  private static final FhirCodec CODEC = new FhirCodec();
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
  private static final FhirContext R4 = configure(FhirContext.forR4Cached());
  private static final FhirContext STU3 = configure(FhirContext.forDstu3Cached());

  private static FhirContext configure(FhirContext ctx) {
    // HAPI would otherwise replace a resource id by its urn:uuid fullUrl and strip versions
    ctx.getParserOptions().setOverrideResourceIdWithBundleEntryFullUrl(false);
    ctx.getParserOptions().setStripVersionsFromReferences(false);
    return ctx;
  }

  @Property(tries = 120)
  void referralsR4(@ForAll("referrals") Message m, @ForAll boolean json) throws Exception {
    check(m, json ? WireFormat.FHIR_R4_JSON : WireFormat.FHIR_R4_XML, Referral.class);
  }

  @Property(tries = 120)
  void referralResponsesR4(@ForAll("referralResponses") Message m, @ForAll boolean json)
      throws Exception {
    check(m, json ? WireFormat.FHIR_R4_JSON : WireFormat.FHIR_R4_XML, ReferralResponse.class);
  }

  @Property(tries = 120)
  void labReportsR4(@ForAll("labReports") Message m, @ForAll boolean json) throws Exception {
    check(m, json ? WireFormat.FHIR_R4_JSON : WireFormat.FHIR_R4_XML, LabReport.class);
  }

  @Property(tries = 120)
  void labOrdersR4(@ForAll("labOrders") Message m, @ForAll boolean json) throws Exception {
    check(m, json ? WireFormat.FHIR_R4_JSON : WireFormat.FHIR_R4_XML, LabOrder.class);
  }

  @Property(tries = 120)
  void labReportsStu3(@ForAll("itkLabReports") Message m, @ForAll boolean json) throws Exception {
    // generated reports nearly always hold something STU3 lacks (R4-only choice types, codes):
    // this property checks the fixpoint, the oracle and, when nothing was lost, equality
    check(m, json ? WireFormat.FHIR_STU3_JSON : WireFormat.FHIR_STU3_XML, LabReport.class, 0.0);
  }

  @Property(tries = 120)
  void itkDocumentsStu3(@ForAll("itkDocuments") Message m, @ForAll boolean json) throws Exception {
    // GP Connect Send Document style: PDF Binaries referenced from sections
    check(m, json ? WireFormat.FHIR_STU3_JSON : WireFormat.FHIR_STU3_XML, CareDocument.class);
  }

  @Property(tries = 120)
  void itkDocumentsR4(@ForAll("itkDocumentsInR4") Message m, @ForAll boolean json)
      throws Exception {
    // an ITK3 document message written in R4 (a converted one): the nested document Bundle
    check(m, json ? WireFormat.FHIR_R4_JSON : WireFormat.FHIR_R4_XML, CareDocument.class);
  }

  private static void check(Message generated, WireFormat format, Class<?> payloadType)
      throws Exception {
    check(generated, format, payloadType, 20.0);
  }

  private static void check(
      Message generated, WireFormat format, Class<?> payloadType, double minLossless)
      throws Exception {
    Message m = (Message) portable(generated);
    if (format == WireFormat.FHIR_R4_JSON || format == WireFormat.FHIR_R4_XML) {
      m = (Message) portable(r4(m));
    }
    // generated ids repeat across entities (edge cases such as the all-zero UUID): a bundle whose
    // entries share a fullUrl breaks FHIR's bdl-7 and cannot be read back by id
    boolean stu3 = format == WireFormat.FHIR_STU3_JSON || format == WireFormat.FHIR_STU3_XML;
    Assume.that(
        uniqueFullUrls(
            CODEC
                .encode(m, stu3 ? WireFormat.FHIR_STU3_JSON : WireFormat.FHIR_R4_JSON)
                .content()
                .toArray()));
    Encoded encoded = CODEC.encode(m, format);
    byte[] bytes = encoded.content().toArray();
    Decoded<Message> back = CODEC.decode(bytes, format);
    assertThat(back.losses()).as("our own output decodes whole").isEmpty();
    assertThat(back.value().payload()).isInstanceOf(payloadType);
    Encoded again = CODEC.encode(back.value(), format);
    assertThat(again.losses()).isEmpty();
    assertThat(
            firstDifference(new String(bytes, UTF8), new String(again.content().toArray(), UTF8)))
        .as("the wire form is a fixpoint")
        .isNull();
    boolean lossless = encoded.losses().isEmpty();
    Statistics.label("lossless").collect(lossless);
    Statistics.label("lossless").coverage(c -> c.check(true).percentage(p -> p >= minLossless));
    if (lossless) {
      assertThat(back.value()).usingRecursiveComparison().isEqualTo(m);
      assertThat(back.value()).isEqualTo(m);
    }
    hapiAgrees(back.value(), format);
  }

  /** HAPI reads our JSON and XML alike and re-encodes our JSON exactly as we wrote it. */
  private static final Pattern LEAP_SECOND = Pattern.compile("T\\d\\d:\\d\\d:60");

  private static void hapiAgrees(Message m, WireFormat format) throws Exception {
    boolean stu3 = format == WireFormat.FHIR_STU3_JSON || format == WireFormat.FHIR_STU3_XML;
    FhirContext ctx = stu3 ? STU3 : R4;
    WireFormat jsonFormat = stu3 ? WireFormat.FHIR_STU3_JSON : WireFormat.FHIR_R4_JSON;
    WireFormat xmlFormat = stu3 ? WireFormat.FHIR_STU3_XML : WireFormat.FHIR_R4_XML;
    String ourJson = new String(CODEC.encode(m, jsonFormat).content().toArray(), UTF8);
    String ourXml = new String(CODEC.encode(m, xmlFormat).content().toArray(), UTF8);
    if (LEAP_SECOND.matcher(ourJson).find()) {
      return; // FHIR allows a leap second (ss = 60); HAPI rejects it
    }
    JsonNode fromJson = hapi(ctx, ctx.newJsonParser(), ourJson);
    JsonNode fromXml = hapi(ctx, ctx.newXmlParser(), ourXml);
    assertThat(jsonDifference("", fromJson, fromXml))
        .as("HAPI reads our JSON and our XML alike")
        .isNull();
    assertThat(jsonDifference("", hapiView(MAPPER.readTree(ourJson)), fromJson))
        .as("HAPI re-encodes our JSON unchanged")
        .isNull();
    // compact output: the same content with no layout, read back to the same message
    String compactJson = new String(COMPACT.encode(m, jsonFormat).content().toArray(), UTF8);
    assertThat(compactJson).doesNotContain("\n").hasSizeLessThan(ourJson.length());
    assertThat(MAPPER.readTree(compactJson)).isEqualTo(MAPPER.readTree(ourJson));
    byte[] compactXml = COMPACT.encode(m, xmlFormat).content().toArray();
    assertThat(new String(compactXml, UTF8)).hasSizeLessThan(ourXml.length());
    assertThat(CODEC.decode(compactXml, xmlFormat).value())
        .isEqualTo(CODEC.decode(ourXml.getBytes(UTF8), xmlFormat).value());
    assertThat(CODEC.decode(compactJson.getBytes(UTF8), jsonFormat).value())
        .isEqualTo(CODEC.decode(ourJson.getBytes(UTF8), jsonFormat).value());
  }

  private static final FhirCodec COMPACT = CODEC.compact();

  private static final java.nio.charset.Charset UTF8 = StandardCharsets.UTF_8;

  /**
   * The value with every reference target {@code urn:uuid:x} spelt {@code x}: the R4 and STU3 id
   * rule reads both spellings back as {@code x} (MessageBundle), so a generated {@code urn:uuid:}
   * target comes back in its short form by design.
   */
  static Object portable(Object o) throws ReflectiveOperationException {
    if (o instanceof Value.QuantityValue q
        && (q.quantity() == null
            || isEmpty(q.quantity(), q.quantity().getClass().getRecordComponents()))) {
      return null; // a quantity with nothing in it writes nothing
    }
    if (o instanceof Ref r) {
      return FhirR4FamiliesProperties.portable(r);
    }
    if (o instanceof Patient p && p.gender() != null && p.genderCode() == null) {
      // FHIR decode records the FHIR code of the gender as the patient's gender code
      return portable(
          p.toBuilder()
              .genderCode(Coding.of(CodeSystems.FHIR_ADMINISTRATIVE_GENDER, p.gender().fhirCode()))
              .build());
    }
    if (o instanceof Extras x) {
      // extensions have their own properties (OtherContentProperties, the corpus oracle); HAPI
      // handles generated ones that break ext-1 in ways of its own
      Extras plain = new Extras(x.meta(), x.narrative(), x.language(), List.of(), List.of());
      return portable(plain.meta()) == null && plain.narrative() == null && x.language() == null
          ? Extras.NONE
          : new Extras(
              (Meta) portable(x.meta()), x.narrative(), x.language(), List.of(), List.of());
    }
    if (o instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      for (Object x : l) {
        Object y = portable(x);
        if (y != null) {
          out.add(y);
        }
      }
      return out;
    }
    if (o == null || !o.getClass().isRecord() || !o.getClass().getName().startsWith("dev.koine")) {
      return o;
    }
    RecordComponent[] rc = o.getClass().getRecordComponents();
    Object[] args = new Object[rc.length];
    Class<?>[] types = new Class<?>[rc.length];
    for (int i = 0; i < rc.length; i++) {
      args[i] = portable(rc[i].getAccessor().invoke(o));
      types[i] = rc[i].getType();
    }
    Constructor<?> k = o.getClass().getDeclaredConstructor(types);
    if (o instanceof Value) {
      // a value wrapper (Quantity, Ratio, Period ...) whose content is empty writes nothing
      boolean empty = false;
      for (int i = 0; i < rc.length; i++) {
        if (rc[i].getType() != String.class) {
          empty = args[i] == null;
        }
      }
      if (empty) {
        return null;
      }
    }
    Object rebuilt;
    try {
      rebuilt = k.newInstance(args);
    } catch (java.lang.reflect.InvocationTargetException e) {
      // a component the record requires was empty: keep the value as generated
      return o;
    }
    return isEmpty(rebuilt, rc) ? null : rebuilt;
  }

  /**
   * A value with no content writes nothing, so it reads back as absent: a record whose components
   * are all null or empty (an empty ContactPoint or Party, an empty Meta), and an extension with
   * neither value nor sub-extensions.
   */
  private static boolean isEmpty(Object value, RecordComponent[] rc)
      throws ReflectiveOperationException {
    if (value instanceof Extension e) {
      return e.value() == null && e.extensions().isEmpty();
    }
    if (value instanceof Value.QuantityValue q) {
      return q.quantity() == null
          || isEmpty(q.quantity(), q.quantity().getClass().getRecordComponents());
    }
    if (value instanceof Message || value instanceof Entities) {
      return false;
    }
    for (RecordComponent c : rc) {
      Object v = c.getAccessor().invoke(value);
      if (c.getType().isPrimitive()
          || !(v == null
              || (v instanceof List<?> l && l.isEmpty())
              || (v instanceof Extras x && x.isEmpty()))) {
        return false;
      }
    }
    return true;
  }

  private static boolean uniqueFullUrls(byte[] json) throws Exception {
    java.util.Set<String> seen = new java.util.HashSet<>();
    JsonNode entries = MAPPER.readTree(json).get("entry");
    if (entries != null) {
      for (JsonNode e : entries) {
        if (e.has("fullUrl") && !seen.add(e.get("fullUrl").asText())) {
          return false;
        }
      }
    }
    return true;
  }

  private static final Pattern CHAR_REF = Pattern.compile("&#x([0-9A-Fa-f]+);");

  /**
   * Our JSON as HAPI canonicalises it: an entry whose resource holds nothing and an extension with
   * nothing but its url (FHIR's ext-1 is broken; Koine keeps what it was given, HAPI drops both)
   * are left out, and characters HAPI writes as XHTML character references in a narrative are
   * compared as characters.
   */
  static JsonNode hapiView(JsonNode n) {
    if (n instanceof ObjectNode o && o.get("entry") instanceof ArrayNode entries) {
      // HAPI leaves out an entry whose resource holds nothing but its type (no id, no content)
      for (int i = entries.size() - 1; i >= 0; i--) {
        JsonNode e = entries.get(i);
        if (e.size() == 1 && e.has("resource") && e.get("resource").size() == 1) {
          entries.remove(i);
        }
      }
    }
    if (n instanceof ObjectNode o) {
      for (String name : List.of("extension", "modifierExtension")) {
        if (o.get(name) instanceof ArrayNode a) {
          for (int i = a.size() - 1; i >= 0; i--) {
            if (a.get(i).size() == 1 && a.get(i).has("url")) {
              a.remove(i);
            }
          }
          if (a.isEmpty()) {
            o.remove(name);
          }
        }
      }
      o.properties().forEach(e -> hapiView(e.getValue()));
    } else if (n instanceof ArrayNode a) {
      a.forEach(FhirPayloadProperties::hapiView);
    }
    return n;
  }

  private static JsonNode withCharacters(JsonNode n) {
    if (n instanceof ObjectNode o) {
      JsonNode div = o.get("div");
      if (div != null && div.isTextual()) {
        Matcher m = CHAR_REF.matcher(div.asText());
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
          m.appendReplacement(
              sb, Matcher.quoteReplacement(Character.toString(Integer.parseInt(m.group(1), 16))));
        }
        m.appendTail(sb);
        o.put("div", sb.toString().replace("&quot;", "\"").replace("&apos;", "'"));
      }
      o.properties().forEach(e -> withCharacters(e.getValue()));
    } else if (n instanceof ArrayNode a) {
      a.forEach(FhirPayloadProperties::withCharacters);
    }
    return n;
  }

  /**
   * The value within what R4 carries, so that a good share of tries is lossless: the patient
   * without religion, interpreter flags, a verification status with no identifier to hold it, a
   * second value of a choice (deceased, multiple birth) or a gender code other than the gender's
   * FHIR code; no STU3-only requester.onBehalfOf; only the related entity kinds R4 types.
   */
  static Object r4(Object o) throws ReflectiveOperationException {
    if (o instanceof Patient p) {
      List<Communication> comms = new ArrayList<>();
      p.communications()
          .forEach(c -> comms.add(new Communication(c.language(), c.preferred(), null)));
      Patient.Builder b = p.toBuilder().religion(null).communications(comms);
      if (p.identifiers().isEmpty()) {
        b.nhsNumberVerificationStatus(null);
      }
      if (p.deceased() != null) {
        b.deceasedAt(null);
      }
      if (p.multipleBirth() != null) {
        b.multipleBirthOrder(null);
      }
      b.genderCode(
          p.gender() == null
              ? null
              : Coding.of(CodeSystems.FHIR_ADMINISTRATIVE_GENDER, p.gender().fhirCode()));
      return b.build();
    }
    if (o instanceof ServiceRequest r && r.requesterOnBehalfOf() != null) {
      return r.toBuilder().requesterOnBehalfOf(null).build();
    }
    if (o instanceof Entities x) {
      Entities kept =
          Entities.builder()
              .otherPatients(x.otherPatients())
              .organisations(x.organisations())
              .practitioners(x.practitioners())
              .practitionerRoles(x.practitionerRoles())
              .locations(x.locations())
              .services(x.services())
              .relatedPersons(x.relatedPersons())
              .devices(x.devices())
              .serviceRequests(x.serviceRequests())
              .observations(x.observations())
              .specimens(x.specimens())
              .diagnosticReports(x.diagnosticReports())
              .appointments(x.appointments())
              .slots(x.slots())
              .encounters(x.encounters())
              .documents(x.documents().stream().filter(FhirPayloadProperties::isBinary).toList())
              .build();
      return rebuild(kept, FhirPayloadProperties::r4);
    }
    return rebuild(o, FhirPayloadProperties::r4);
  }

  /** Whether a FHIR Binary holds the whole attachment: an id, one content type and data. */
  private static boolean isBinary(DocumentAttachment d) {
    return d.equals(
            DocumentAttachment.builder()
                .id(d.id())
                .contents(d.contents())
                .extras(new Extras(d.extras().meta(), null, d.extras().language(), null, null))
                .build())
        && d.contents().size() == 1
        && d.contents()
            .get(0)
            .equals(
                new Attachment(
                    d.contents().get(0).contentType(),
                    null,
                    d.contents().get(0).data(),
                    null,
                    null,
                    null,
                    null,
                    null));
  }

  /** A function that may throw reflection errors. */
  interface Step {
    Object apply(Object o) throws ReflectiveOperationException;
  }

  /** The record (or list) with {@code step} applied to each component (or element). */
  static Object rebuild(Object o, Step step) throws ReflectiveOperationException {
    if (o instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      for (Object x : l) {
        out.add(step.apply(x));
      }
      return out;
    }
    if (o == null || !o.getClass().isRecord() || !o.getClass().getName().startsWith("dev.koine")) {
      return o;
    }
    RecordComponent[] rc = o.getClass().getRecordComponents();
    Object[] args = new Object[rc.length];
    Class<?>[] types = new Class<?>[rc.length];
    for (int i = 0; i < rc.length; i++) {
      args[i] = step.apply(rc[i].getAccessor().invoke(o));
      types[i] = rc[i].getType();
    }
    return o.getClass().getDeclaredConstructor(types).newInstance(args);
  }

  /** The path of the first difference between two JSON trees (ours, theirs), or null. */
  static String jsonDifference(String path, JsonNode ours, JsonNode theirs) {
    if (ours == null || theirs == null) {
      return ours == theirs
          ? null
          : path
              + ": "
              + (ours == null ? "absent" : "present")
              + " in ours, "
              + (theirs == null ? "absent" : "present")
              + " in HAPI's";
    }
    if (ours.isObject() && theirs.isObject()) {
      java.util.Set<String> names = new java.util.TreeSet<>();
      ours.fieldNames().forEachRemaining(names::add);
      theirs.fieldNames().forEachRemaining(names::add);
      for (String n : names) {
        String d = jsonDifference(path + "." + n, ours.get(n), theirs.get(n));
        if (d != null) {
          return d;
        }
      }
      List<String> a = new ArrayList<>();
      List<String> b = new ArrayList<>();
      ours.fieldNames().forEachRemaining(a::add);
      theirs.fieldNames().forEachRemaining(b::add);
      return a.equals(b) ? null : path + ": element order " + a + " vs HAPI " + b;
    }
    if (ours.isArray() && theirs.isArray()) {
      for (int i = 0; i < Math.max(ours.size(), theirs.size()); i++) {
        String d = jsonDifference(path + "[" + i + "]", ours.get(i), theirs.get(i));
        if (d != null) {
          return d;
        }
      }
      return null;
    }
    return ours.equals(theirs) ? null : path + ": " + ours + " vs HAPI " + theirs;
  }

  /** The first differing line of two texts with its neighbours, or null if they are equal. */
  static String firstDifference(String a, String b) {
    String[] x = a.split("\n", -1);
    String[] y = b.split("\n", -1);
    for (int i = 0; i < Math.max(x.length, y.length); i++) {
      String l = i < x.length ? x[i] : "<end>";
      String r = i < y.length ? y[i] : "<end>";
      if (!l.equals(r)) {
        StringBuilder s = new StringBuilder("line " + (i + 1) + ":\n");
        for (int j = Math.max(0, i - 6); j < i; j++) {
          s.append("   ").append(x[j]).append('\n');
        }
        s.append(" - ").append(l).append("\n + ").append(r);
        for (int j = i + 1; j < Math.min(i + 12, Math.max(x.length, y.length)); j++) {
          s.append("\n - ")
              .append(j < x.length ? x[j] : "")
              .append("\n + ")
              .append(j < y.length ? y[j] : "");
        }
        return s.toString();
      }
    }
    return null;
  }

  private static JsonNode hapi(FhirContext ctx, IParser parser, String text) throws Exception {
    return withCharacters(
        MAPPER.readTree(ctx.newJsonParser().encodeResourceToString(parser.parseResource(text))));
  }

  @Provide
  Arbitrary<Message> referrals() {
    return MessageArbitraries.referralMessages()
        .filter(m -> m.envelope().event().code().equals("servicerequest-request"))
        .map(
            m -> {
              Referral r = (Referral) m.payload();
              return Message.of(
                  FhirR4FamiliesProperties.forR4(m.envelope()),
                  new Referral(
                      r.request().toBuilder().id("request-" + r.request().hashCode()).build(),
                      r.patient(),
                      r.related()));
            });
  }

  @Provide
  Arbitrary<Message> referralResponses() {
    return MessageArbitraries.referralResponseMessages()
        .map(
            m -> {
              ReferralResponse r = (ReferralResponse) m.payload();
              return Message.of(
                  FhirR4FamiliesProperties.forR4(m.envelope()),
                  r.toBuilder()
                      // with no patient, the decoder takes the first Patient entry as the patient
                      .related(
                          r.patient() != null
                              ? r.related()
                              : r.related().toBuilder().otherPatients(List.of()).build())
                      .request(
                          r.request() == null
                              ? null
                              : r.request().toBuilder()
                                  .id("request-" + r.request().hashCode())
                                  .build())
                      .focus(focusOnRelated(r.related(), r.focus()))
                      .build());
            });
  }

  @Provide
  Arbitrary<Message> labReports() {
    return MessageArbitraries.labReportMessages()
        .filter(m -> m.envelope().event().code().equals("unsolicited-observations"))
        .map(m -> Message.of(FhirR4FamiliesProperties.forR4(m.envelope()), withIds(m.payload())));
  }

  @Provide
  Arbitrary<Message> labOrders() {
    return MessageArbitraries.labOrderMessages()
        .filter(m -> m.envelope().event().code().equals("laboratory-order"))
        .map(m -> Message.of(FhirR4FamiliesProperties.forR4(m.envelope()), withIds(m.payload())));
  }

  @Provide
  Arbitrary<Message> itkDocuments() {
    // restricted as the document round-trip properties restrict them (what FHIR carries), so
    // that they decode typed again; with PDF Binaries referenced from sections
    return Stu3DocumentProperties.itk3Documents();
  }

  @Provide
  Arbitrary<Message> itkDocumentsInR4() {
    // the envelope reduced to what an R4 MessageHeader holds (the ITK3 handling specification
    // has no R4 form; Stu3DocumentProperties checks that those are the only losses)
    return Stu3DocumentProperties.itk3Documents()
        .map(m -> Message.of(FhirR4FamiliesProperties.forR4(m.envelope()), m.payload()));
  }

  @Provide
  Arbitrary<Message> itkLabReports() {
    return MessageArbitraries.labReportMessages()
        .filter(m -> m.envelope().event().code().equals("ITK012M"))
        .map(m -> Message.of(m.envelope(), withIds(m.payload())));
  }

  /**
   * Focus resources with an id of their own: the encoder names one from the message id where a
   * focus resource has none (FocusIds), which then reads back.
   */
  private static Payload withIds(Payload p) {
    if (p instanceof LabReport r) {
      List<DiagnosticReport> out = new ArrayList<>();
      for (int i = 0; i < r.reports().size(); i++) {
        DiagnosticReport x = r.reports().get(i);
        // generated ids repeat across entities; a focus names its report by id
        out.add(x.toBuilder().id("report-" + i + "-" + x.id()).build());
      }
      return new LabReport(out, r.patient(), r.related());
    }
    if (p instanceof LabOrder o) {
      List<ServiceRequest> out = new ArrayList<>();
      for (int i = 0; i < o.requests().size(); i++) {
        ServiceRequest x = o.requests().get(i);
        out.add(x.toBuilder().id("request-" + i + "-" + x.id()).build());
      }
      return new LabOrder(out, o.patient(), o.related());
    }
    return p;
  }

  /**
   * A generated focus points at ids that are rarely in the message: point it at related entities
   * instead (the focus must name entries of the bundle), keeping its length.
   */
  private static List<Ref> focusOnRelated(Entities related, List<Ref> focus) {
    List<String> ids = new ArrayList<>();
    related.encounters().forEach(e -> addId(ids, e.id()));
    related.carePlans().forEach(e -> addId(ids, e.id()));
    List<Ref> out = new ArrayList<>();
    for (int i = 0; i < focus.size() && i < ids.size(); i++) {
      out.add(Ref.to(ids.get(i)));
    }
    return out;
  }

  private static void addId(List<String> ids, String id) {
    if (id != null && !ids.contains(id)) {
      ids.add(id);
    }
  }
}
