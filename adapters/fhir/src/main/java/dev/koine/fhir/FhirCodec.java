package dev.koine.fhir;

import dev.koine.core.codec.Decoded;
import dev.koine.core.codec.Loss;
import dev.koine.core.codec.MessageCodec;
import dev.koine.core.codec.RoundTrip;
import dev.koine.core.codec.WireFormat;
import dev.koine.core.internal.Checks;
import dev.koine.core.issue.Issue;
import dev.koine.core.issue.IssueCode;
import dev.koine.core.issue.Issues;
import dev.koine.core.issue.KoineParseException;
import dev.koine.core.message.Message;
import dev.koine.fhir.internal.map.Dec;
import dev.koine.fhir.internal.map.FhirVersion;
import dev.koine.fhir.internal.map.MessageBundle;
import dev.koine.fhir.internal.map.VersionMapper;
import dev.koine.fhir.internal.tree.Consumption;
import dev.koine.fhir.internal.tree.FhirJsonReader;
import dev.koine.fhir.internal.tree.FhirJsonWriter;
import dev.koine.fhir.internal.tree.FhirNode;
import dev.koine.fhir.internal.tree.FhirTree;
import dev.koine.fhir.internal.tree.FhirXmlReader;
import dev.koine.fhir.internal.tree.FhirXmlWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The FHIR adapter: NHS FHIR R4 and STU3 message (and document) Bundles in JSON and XML, to and
 * from the Koine model. The version is told from the content (STU3 profiles, STU3-only resource
 * types, {@code MessageHeader.event} vs {@code eventCoding}) unless the format says; every input
 * leaf the model has no place for is reported as a {@link Loss}. Immutable and thread-safe.
 */
public final class FhirCodec implements MessageCodec {
  private static final Set<WireFormat> FORMATS =
      EnumSet.of(
          WireFormat.FHIR_R4_JSON,
          WireFormat.FHIR_R4_XML,
          WireFormat.FHIR_STU3_JSON,
          WireFormat.FHIR_STU3_XML);
  private static final Map<FhirVersion, String> MAPPERS =
      Map.of(
          FhirVersion.R4, "dev.koine.fhir.internal.r4.R4Mapper",
          FhirVersion.STU3, "dev.koine.fhir.internal.stu3.Stu3Mapper");
  private static final Set<String> STU3_ONLY_TYPES =
      Set.of("ProcedureRequest", "ReferralRequest", "DeviceRequest", "EligibilityRequest");

  private final Limits limits;
  private final Map<FhirVersion, VersionMapper> mappers = new EnumMap<>(FhirVersion.class);

  /** A codec with the default {@link Limits}. */
  public FhirCodec() {
    this(Limits.defaults());
  }

  /** A codec with these limits. */
  public FhirCodec(Limits limits) {
    this.limits = Checks.notNull(limits, "limits");
    for (var e : MAPPERS.entrySet()) {
      VersionMapper m = load(e.getValue());
      if (m != null) {
        mappers.put(e.getKey(), m);
      }
    }
  }

  private static VersionMapper load(String className) {
    try {
      Class<?> c = Class.forName(className);
      return (VersionMapper) c.getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException | LinkageError e) {
      return null;
    }
  }

  /** The limits applied to every input. */
  public Limits limits() {
    return limits;
  }

  @Override
  public Set<WireFormat> formats() {
    return FORMATS;
  }

  @Override
  public boolean accepts(byte[] content) {
    if (content == null) {
      return false;
    }
    String head = new String(content, 0, Math.min(content.length, 2048), StandardCharsets.UTF_8);
    String t = head.strip();
    if (t.startsWith("\uFEFF")) {
      t = t.substring(1).strip();
    }
    if (t.startsWith("{")) {
      return t.contains("\"resourceType\"");
    }
    return t.startsWith("<") && t.contains("<Bundle") && t.contains("http://hl7.org/fhir");
  }

  private static boolean looksJson(byte[] content) {
    for (byte b : content) {
      if (b == '{') {
        return true;
      }
      if (b == '<') {
        return false;
      }
    }
    return false;
  }

  /** A parsed input: its tree, version and whether it was JSON. */
  private record Input(FhirTree tree, FhirVersion version, boolean json) {}

  private Input read(byte[] content, WireFormat format) {
    Checks.notNull(content, "content");
    if (format != null && !FORMATS.contains(format)) {
      throw new IllegalArgumentException("not a FHIR format: " + format);
    }
    boolean json = format == null ? looksJson(content) : FhirVersion.isJson(format);
    FhirTree tree = parse(content, json, FhirVersion.R4);
    FhirVersion version = format == null ? detect(tree.root()) : FhirVersion.of(format);
    if (version == FhirVersion.STU3) {
      tree = parse(content, json, FhirVersion.STU3);
    }
    return new Input(tree, version, json);
  }

  private FhirTree parse(byte[] content, boolean json, FhirVersion v) {
    return json
        ? new FhirJsonReader(v.structure(), limits).read(content)
        : new FhirXmlReader(v.structure(), limits).read(content);
  }

  /** Tells STU3 from R4 by profiles, resource types and the MessageHeader event element. */
  static FhirVersion detect(FhirNode root) {
    return isStu3(root) ? FhirVersion.STU3 : FhirVersion.R4;
  }

  private static boolean isStu3(FhirNode node) {
    if (node.isResource()) {
      if (STU3_ONLY_TYPES.contains(node.resourceType())) {
        return true;
      }
      if ("MessageHeader".equals(node.resourceType())
          && node.child("event") != null
          && node.child("eventCoding") == null) {
        return true;
      }
      FhirNode meta = node.child("meta");
      if (meta != null) {
        for (FhirNode p : meta.children("profile")) {
          String v = p.value();
          if (v != null
              && (v.startsWith("https://fhir.hl7.org.uk/STU3/")
                  || v.startsWith("https://fhir.nhs.uk/STU3/"))) {
            return true;
          }
        }
      }
    }
    if ("entry".equals(node.name()) || node.isResource()) {
      for (FhirNode c : node.children()) {
        if (c.isResource() || "entry".equals(c.name())) {
          if (isStu3(c)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  @Override
  public Decoded<Message> decode(byte[] content, WireFormat format) {
    Input in = read(content, format);
    return decodeTree(in).decoded;
  }

  private static final class Result {
    final Decoded<Message> decoded;

    Result(Decoded<Message> decoded) {
      this.decoded = decoded;
    }
  }

  private Result decodeTree(Input in) {
    FhirNode root = in.tree().root();
    if (!"Bundle".equals(root.resourceType())) {
      throw new KoineParseException(
          root.resourceType(), "not a Bundle: Koine decodes message and document Bundles");
    }
    VersionMapper mapper = mappers.get(in.version());
    if (mapper == null) {
      throw new KoineParseException(
          "Bundle", "no mapping for FHIR " + in.version() + " is available in this build");
    }
    Consumption consumption = in.tree().newConsumption();
    Dec d = new Dec(in.version(), consumption);
    MessageBundle bundle = MessageBundle.of(root);
    Message message = mapper.decode(d, bundle);
    if (message == null) {
      throw new KoineParseException(
          "Bundle", "not a FHIR " + in.version() + " message or document Koine knows");
    }
    d.commit();
    for (MessageBundle.Entry e : bundle.untaken()) {
      d.issue(
          IssueCode.UNSUPPORTED_CONTENT,
          e.location(),
          (e.type() == null ? "entry" : e.type()) + " has no place in the model");
    }
    List<Loss> losses = new ArrayList<>();
    for (FhirTree.Leaf leaf : consumption.unconsumedLeaves()) {
      losses.add(new Loss(leaf.path(), "no place in the model"));
    }
    List<Issue> issues = new ArrayList<>(in.tree().issues());
    issues.addAll(d.issues());
    Decoded<Message> decoded =
        new Decoded<>(
            in.version().format(in.json()),
            message,
            new Issues(issues),
            losses,
            in.tree().leafCount());
    return new Result(decoded);
  }

  @Override
  public Encoded encode(Message message, WireFormat format) {
    Checks.notNull(message, "message");
    Checks.notNull(format, "format");
    if (!FORMATS.contains(format)) {
      throw new IllegalArgumentException("not a FHIR format: " + format);
    }
    FhirVersion v = FhirVersion.of(format);
    VersionMapper mapper = mappers.get(v);
    if (mapper == null) {
      throw new IllegalArgumentException("no mapping for FHIR " + v + " in this build");
    }
    List<Loss> losses = new ArrayList<>();
    FhirNode bundle = mapper.encode(message, losses);
    byte[] bytes =
        FhirVersion.isJson(format)
            ? new FhirJsonWriter(v.structure(), true).write(bundle)
            : new FhirXmlWriter(v.structure(), true).write(bundle);
    return Encoded.of(bytes, losses);
  }

  @Override
  public RoundTrip roundTrip(byte[] content, WireFormat format) {
    Input in = read(content, format);
    Result r = decodeTree(in);
    WireFormat f = r.decoded.format();
    Encoded encoded = encode(r.decoded.value(), f);
    FhirTree out = parse(encoded.content().toArray(), in.json(), in.version());
    Map<String, Integer> produced = new HashMap<>();
    for (FhirTree.Leaf leaf : out.leaves()) {
      produced.merge(key(leaf), 1, Integer::sum);
    }
    Set<String> lossPaths = new java.util.HashSet<>();
    for (Loss l : r.decoded.losses()) {
      lossPaths.add(l.location());
    }
    List<Loss> losses = new ArrayList<>();
    List<FhirTree.Leaf> leaves = in.tree().leaves();
    for (FhirTree.Leaf leaf : leaves) {
      String k = key(leaf);
      Integer n = produced.get(k);
      if (n != null && n > 0) {
        produced.put(k, n - 1);
      } else {
        losses.add(
            new Loss(
                leaf.path(),
                lossPaths.contains(leaf.path())
                    ? "no place in the model"
                    : "not reproduced by the encoding"));
      }
    }
    int lost = losses.size();
    losses.addAll(encoded.losses());
    return new RoundTrip(f, leaves.size(), lost, losses);
  }

  private static String key(FhirTree.Leaf leaf) {
    FhirNode n = leaf.node();
    return leaf.path() + '\u0000' + n.value() + '\u0000' + n.elementId();
  }
}
