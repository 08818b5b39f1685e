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
import dev.koine.core.message.BundleInfo;
import dev.koine.core.message.Envelope;
import dev.koine.core.message.Message;
import dev.koine.core.message.OtherContent;
import dev.koine.core.model.Bytes;
import dev.koine.core.model.Extension;
import dev.koine.core.model.Extras;
import dev.koine.core.model.OtherResource;
import dev.koine.core.model.Value;
import dev.koine.fhir.internal.map.Conformance;
import dev.koine.fhir.internal.map.Dec;
import dev.koine.fhir.internal.map.EncodeLosses;
import dev.koine.fhir.internal.map.FhirVersion;
import dev.koine.fhir.internal.map.FocusIds;
import dev.koine.fhir.internal.map.Generic;
import dev.koine.fhir.internal.map.LocalZone;
import dev.koine.fhir.internal.map.MessageBundle;
import dev.koine.fhir.internal.map.Payloads;
import dev.koine.fhir.internal.map.Residue;
import dev.koine.fhir.internal.map.Retarget;
import dev.koine.fhir.internal.map.VersionMapper;
import dev.koine.fhir.internal.tree.Consumption;
import dev.koine.fhir.internal.tree.FhirJsonReader;
import dev.koine.fhir.internal.tree.FhirJsonWriter;
import dev.koine.fhir.internal.tree.FhirNode;
import dev.koine.fhir.internal.tree.FhirStructure;
import dev.koine.fhir.internal.tree.FhirTree;
import dev.koine.fhir.internal.tree.FhirXmlReader;
import dev.koine.fhir.internal.tree.FhirXmlWriter;
import dev.koine.fhir.internal.tree.Names;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The FHIR adapter: NHS FHIR R4 and STU3 message (and document) Bundles in JSON and XML, to and
 * from the Koine model. The version is told from the content (STU3 profiles, STU3-only resource
 * types, {@code MessageHeader.event} vs {@code eventCoding}) unless the format says; input content
 * the model has no typed place for is carried verbatim ({@link Envelope#FHIR_VERBATIM}, written
 * back by an encode to the same version) where it can be put back, and every other such leaf is
 * reported as a {@link Loss}. Immutable and thread-safe.
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
  private final boolean pretty;
  private final ZoneId localZone;
  private final Map<FhirVersion, VersionMapper> mappers = new EnumMap<>(FhirVersion.class);
  // Readers are immutable and thread-safe; a JSON reader owns a Jackson factory whose symbol table
  // is what makes field names cheap, so each is built once per version, on first use.
  private volatile FhirJsonReader r4Json;
  private volatile FhirJsonReader stu3Json;
  private volatile FhirXmlReader r4Xml;
  private volatile FhirXmlReader stu3Xml;

  /** A codec with the default {@link Limits}. */
  public FhirCodec() {
    this(Limits.defaults());
  }

  /** A codec with these limits. */
  public FhirCodec(Limits limits) {
    this(limits, true, null);
  }

  private FhirCodec(Limits limits, boolean pretty, ZoneId localZone) {
    this.limits = Checks.notNull(limits, "limits");
    this.pretty = pretty;
    this.localZone = localZone;
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

  /**
   * This codec writing compact FHIR JSON and XML: the same content with no indentation or line
   * breaks, smaller on the wire (about a quarter for JSON). The default is pretty-printed
   * (two-space indent), the form the CLI writes; decoding is the same either way.
   */
  public FhirCodec compact() {
    return pretty ? new FhirCodec(limits, false, localZone) : this;
  }

  /**
   * This codec writing local times — a time of day with no offset, as HL7 v2 feeds send them
   * ({@code MSH-7 20240305101500}) — as times in {@code zone}, with the offset in force there at
   * that date and time (daylight saving included): {@code Europe/London} for a UK trust's feed.
   * FHIR needs an offset with every time, and Koine never invents one, so by default such a time is
   * written as its date (a {@code dateTime}) or left out (an {@code instant} such as {@code
   * Bundle.timestamp}), each reported as a loss. With a zone it is written whole, and each time so
   * written is still reported, naming the zone and the offset used. Decoding is unchanged.
   *
   * @param zone the zone of the sender's local times; null for none (the default)
   */
  public FhirCodec withLocalTimeZone(ZoneId zone) {
    return java.util.Objects.equals(zone, localZone) ? this : new FhirCodec(limits, pretty, zone);
  }

  /** The zone local times are written in ({@link #withLocalTimeZone}), if one was given. */
  public Optional<ZoneId> localTimeZone() {
    return Optional.ofNullable(localZone);
  }

  /** Whether this codec writes pretty-printed (indented) FHIR; see {@link #compact()}. */
  public boolean pretty() {
    return pretty;
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
    // any FHIR resource element: the FHIR namespace on the root (after a prolog or comments)
    return t.startsWith("<") && t.contains("http://hl7.org/fhir");
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
    FhirVersion version = format == null ? detect(tree) : FhirVersion.of(format);
    if (version == FhirVersion.STU3) {
      tree = parse(content, json, FhirVersion.STU3);
    }
    return new Input(tree, version, json);
  }

  private FhirTree parse(byte[] content, boolean json, FhirVersion v) {
    return json ? jsonReader(v).read(content) : xmlReader(v).read(content);
  }

  private FhirJsonReader jsonReader(FhirVersion v) {
    FhirJsonReader r = v == FhirVersion.R4 ? r4Json : stu3Json;
    if (r == null) {
      r = new FhirJsonReader(v.structure(), limits);
      if (v == FhirVersion.R4) {
        r4Json = r;
      } else {
        stu3Json = r;
      }
    }
    return r;
  }

  private FhirXmlReader xmlReader(FhirVersion v) {
    FhirXmlReader r = v == FhirVersion.R4 ? r4Xml : stu3Xml;
    if (r == null) {
      r = new FhirXmlReader(v.structure(), limits);
      if (v == FhirVersion.R4) {
        r4Xml = r;
      } else {
        stu3Xml = r;
      }
    }
    return r;
  }

  /**
   * Tells STU3 from R4 from the content, in this order:
   *
   * <ol>
   *   <li>STU3 markers: an STU3-only resource type, a MessageHeader {@code event} (R4: {@code
   *       eventCoding}), an STU3 profile in {@code meta.profile};
   *   <li>an STU3 canonical URL anywhere (CareConnect and ITK3 extensions and profiles live under
   *       {@code https://fhir.hl7.org.uk/STU3/} and {@code https://fhir.nhs.uk/STU3/}; the walk for
   *       them is skipped when the reader watched every {@code url} and {@code profile} value and
   *       saw none), unless the content has R4 markers: a MessageHeader {@code eventCoding} or
   *       {@code eventUri}, a Bundle {@code timestamp}, a resource type STU3 does not define (an R4
   *       message converted from STU3 keeps the CareConnect extensions R4 has no other form for);
   *   <li>else, when the R4 reading finds elements R4 does not define, the version whose
   *       definitions leave fewer of them undefined (an STU3 resource with no marker at all, such
   *       as an {@code Account} with a {@code period}, is STU3 content, not R4 content with
   *       errors);
   *   <li>else R4.
   * </ol>
   */
  static FhirVersion detect(FhirTree tree) {
    FhirNode root = tree.root();
    if (isStu3(root)) {
      return FhirVersion.STU3;
    }
    if (tree.mayHaveStu3Urls() && hasStu3Url(root)) {
      return hasR4Marker(root) ? FhirVersion.R4 : FhirVersion.STU3;
    }
    long r4Unknown = undefinedElements(tree, FhirVersion.R4);
    if (r4Unknown > 0 && undefinedElements(tree, FhirVersion.STU3) < r4Unknown) {
      return FhirVersion.STU3;
    }
    return FhirVersion.R4;
  }

  /** The number of elements of the tree the version does not define (no walk for a clean tree). */
  private static long undefinedElements(FhirTree tree, FhirVersion v) {
    long n = 0;
    for (Issue i : tree.unknownElements(v.structure())) {
      if (i.code() == IssueCode.ELEMENT_UNKNOWN) {
        n++;
      }
    }
    return n;
  }

  /**
   * Whether a resource of the tree has an R4-only form: a MessageHeader {@code eventCoding} or
   * {@code eventUri}, a Bundle {@code timestamp}, a resource type STU3 does not define.
   */
  private static boolean hasR4Marker(FhirNode node) {
    if (node.isResource()) {
      String type = node.resourceType();
      if ("MessageHeader".equals(type)
          && (node.child("eventCoding") != null || node.child("eventUri") != null)) {
        return true;
      }
      if ("Bundle".equals(type) && node.child("timestamp") != null) {
        return true;
      }
      if (FhirVersion.R4.structure().isResourceType(type)
          && !FhirVersion.STU3.structure().isResourceType(type)) {
        return true;
      }
    }
    for (FhirNode c : node.children()) {
      if ((c.isResource() || "entry".equals(c.name()) || "resource".equals(c.name()))
          && hasR4Marker(c)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasStu3Url(FhirNode node) {
    String v = node.value();
    if (v != null
        && ("url".equals(node.name()) || "profile".equals(node.name()))
        && FhirStructure.isStu3Url(v)) {
      return true;
    }
    for (FhirNode c : node.children()) {
      if (hasStu3Url(c)) {
        return true;
      }
    }
    return false;
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
    VersionMapper mapper = mappers.get(in.version());
    if (mapper == null) {
      throw new KoineParseException(
          root.resourceType(),
          "no mapping for FHIR " + in.version() + " is available in this build");
    }
    Consumption consumption = in.tree().newConsumption();
    Dec d = new Dec(in.version(), consumption);
    Message message = null;
    MessageBundle bundle = null;
    if ("Bundle".equals(root.resourceType())) {
      bundle = MessageBundle.of(root);
      message = mapper.decode(d, bundle);
      if (message != null && !Payloads.carriesEntities(message.payload())) {
        // an acknowledgement has no entities: the resources beside its OperationOutcome (the
        // ITK3 sender's Organization or Practitioner) are carried verbatim whole by Residue below,
        // where they used to be read as verbatim entities and then dropped
        for (MessageBundle.Entry e : bundle.untaken()) {
          if (e.resource() == null) {
            d.issue(
                IssueCode.CARRIED_VERBATIM,
                "Bundle.entry[" + e.index() + "]",
                "entry without a resource carried verbatim");
          }
        }
      } else if (message != null) {
        List<OtherResource> others = Generic.leftovers(d, bundle, in.version());
        message = Payloads.withOthers(message, others);
        for (MessageBundle.Entry e : bundle.untaken()) {
          if (e.resource() == null) {
            continue; // carried whole by MessageBundle.details
          }
          d.issue(
              IssueCode.UNSUPPORTED_CONTENT,
              e.location(),
              (e.type() == null ? "entry" : e.type()) + " has no place in the model");
        }
      }
    }
    if (message == null) {
      // no typed payload claims it: decode it again from scratch as OtherContent
      consumption = in.tree().newConsumption();
      d = new Dec(in.version(), consumption);
      message = Generic.decode(d, root, mapper);
    }
    d.commit();
    if (bundle != null) {
      Envelope env = message.envelope();
      BundleInfo info = MessageBundle.details(bundle, consumption, env.bundle());
      if (!Objects.equals(info, env.bundle())) {
        message = Message.of(env.toBuilder().bundle(info).build(), message.payload());
      }
    }
    List<FhirTree.Leaf> unconsumed = consumption.unconsumedLeaves();
    if (!unconsumed.isEmpty()) {
      // what no mapping read is carried verbatim where it can be written back (Residue)
      List<Extension> carried = Residue.carry(root, consumption, in.version(), d);
      if (!carried.isEmpty()) {
        message = Residue.withCarried(message, carried);
        unconsumed = consumption.unconsumedLeaves();
      }
    }
    List<Loss> losses = new ArrayList<>();
    for (FhirTree.Leaf leaf : unconsumed) {
      losses.add(new Loss(leaf.path(), "no place in the model"));
    }
    List<Issue> issues = new ArrayList<>(in.tree().issues());
    issues.addAll(in.tree().unknownElements(in.version().structure()));
    issues.addAll(d.issues());
    if (bundle != null) {
      repeatedFullUrls(bundle, issues);
    }
    Decoded<Message> decoded =
        new Decoded<>(
            in.version().format(in.json()),
            message,
            new Issues(issues),
            losses,
            in.tree().leafCount());
    return new Result(decoded);
  }

  /**
   * A message decoded from FHIR, with its FHIR codes translated back to the HL7 v2 table codes its
   * v2 fields need (encounter class {@code IMP} to {@code I} ...), through the bundled v2-to-FHIR
   * concept maps read in reverse; each translation is added to {@code translations} and each code
   * with no single v2 target to {@code losses}, with its map as provenance. Call it before writing
   * such a message with an HL7 v2 codec ({@code koine convert --to hl7v2} does).
   *
   * @param message a message decoded from FHIR
   * @param losses where codes with no single v2 target are reported (they are kept as they were)
   * @param translations where translations are reported (information issues naming the map)
   * @return the message with v2 table codes where a reverse mapping exists
   */
  public static Message withHl7v2Vocabulary(
      Message message, List<Loss> losses, List<Issue> translations) {
    return Retarget.forV2(message, losses, translations);
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
    List<Issue> translations = new ArrayList<>();
    List<Extension> carried = new ArrayList<>(0);
    Message fhirContent = withoutVerbatim(message, losses, carried);
    FhirNode built =
        EncodeLosses.collecting(
            losses,
            () ->
                LocalZone.with(
                    localZone, () -> encodeTree(fhirContent, v, mapper, losses, translations)));
    if (!carried.isEmpty()) {
      built = Residue.place(built, carried, v, losses);
    }
    FhirNode bundle = Conformance.prune(built, v.structure(), losses);
    Bytes bytes =
        FhirVersion.isJson(format)
            ? new FhirJsonWriter(v.structure(), pretty).writeBytes(bundle)
            : Bytes.of(new FhirXmlWriter(v.structure(), pretty).write(bundle));
    return new Encoded(bytes, losses, new Issues(translations));
  }

  /** The reason of the loss of HL7 v2 content carried verbatim, on a FHIR encode. */
  public static final String V2_VERBATIM_NOT_FHIR =
      "HL7 v2 content carried verbatim (no typed home in the model) has no FHIR form";

  /**
   * The message without the content its envelope carries verbatim: the HL7 v2 content ({@link
   * Envelope#HL7V2_VERBATIM}; raw ER7 text is not FHIR, so each is left out and reported at its v2
   * location) and the FHIR content ({@link Envelope#FHIR_VERBATIM}), added to {@code fhir} to be
   * written back at its place in the built tree.
   */
  private static Message withoutVerbatim(Message message, List<Loss> losses, List<Extension> fhir) {
    Extras x = message.envelope().extras();
    List<Extension> kept = new ArrayList<>(x.extensions().size());
    for (Extension e : x.extensions()) {
      if (Envelope.HL7V2_VERBATIM.equals(e.url())) {
        if (!isSpelling(e)) {
          losses.add(new Loss(verbatimLocation(e), V2_VERBATIM_NOT_FHIR));
        }
      } else if (Envelope.FHIR_VERBATIM.equals(e.url())) {
        fhir.add(e);
      } else {
        kept.add(e);
      }
    }
    if (kept.size() == x.extensions().size()) {
      return message;
    }
    return Message.of(
        message.envelope().toBuilder().extras(x.withExtensions(kept)).build(), message.payload());
  }

  /**
   * Whether carried HL7 v2 content is only the v2 spelling of typed content (its meaning is in the
   * model and written to FHIR): left out without a loss.
   */
  private static boolean isSpelling(Extension e) {
    for (Extension part : e.extensions()) {
      if ("spelling".equals(part.url())) {
        return true;
      }
    }
    return false;
  }

  private static String verbatimLocation(Extension e) {
    for (Extension part : e.extensions()) {
      if ("location".equals(part.url()) && part.value() instanceof Value.Primitive p) {
        return p.text();
      }
    }
    return "envelope.extension";
  }

  private static final String URN_UUID = "urn:uuid:";

  /**
   * The message with a message id that is not a FHIR id only by its spelling read as the FHIR id it
   * spells, reported as a loss: {@code urn:uuid:<id>} (an HL7 v2 MSH-10 written by a FHIR-aware
   * engine, as in the NW Genomic Medicine Service OML^O21 examples) as the id alone, and an id with
   * white space around it (a padded MSH-10 such as {@code " 48209024 "}) without it.
   * MessageHeader.id is a FHIR id, which has neither, and was written as it was (VALUE_INVALID on
   * every such convert output). The entry's fullUrl is {@code urn:uuid:<id>} again. Ids derived
   * from the message id (focus, outcome) follow the written one. Any other id is written as it is.
   */
  private static Message withFhirMessageId(Message m, List<Loss> losses) {
    String id = m.envelope().messageId();
    if (id == null || Names.isId(id)) {
      return m;
    }
    String bare = id.strip();
    String reason = "a FHIR id has no white space: MessageHeader.id is the id without it";
    if (bare.startsWith(URN_UUID)) {
      bare = bare.substring(URN_UUID.length());
      reason =
          "a FHIR id has no urn:uuid: prefix: MessageHeader.id is the uuid alone (its entry's"
              + " fullUrl is urn:uuid:<id>)";
    }
    if (!Names.isId(bare)) {
      return m;
    }
    losses.add(new Loss("Envelope.messageId", reason));
    return Message.of(m.envelope().toBuilder().messageId(bare).build(), m.payload());
  }

  private static FhirNode encodeTree(
      Message original,
      FhirVersion v,
      VersionMapper mapper,
      List<Loss> losses,
      List<Issue> translations) {
    Message message =
        Retarget.forFhir(
            FocusIds.ensure(withFhirMessageId(original, losses)), v, losses, translations);
    FhirNode bundle;
    if (message.payload() instanceof OtherContent c) {
      bundle = Generic.encode(message.envelope(), c, mapper, losses);
    } else {
      bundle = mapper.encode(message, losses);
      List<OtherResource> others = Payloads.others(message.payload());
      if (!others.isEmpty()) {
        bundle =
            appendEntries(bundle, Generic.others(others, v, losses), message.envelope().bundle());
      }
    }
    return bundle;
  }

  @Override
  public RoundTrip roundTrip(byte[] content, WireFormat format) {
    Input in = read(content, format);
    Result r = decodeTree(in);
    WireFormat f = r.decoded.format();
    Encoded encoded = encode(r.decoded.value(), f);
    FhirTree out = parse(encoded.content().toArray(), in.json(), in.version());
    Map<String, Integer> produced = new HashMap<>();
    Map<String, String> outKeys = entryKeys(out.root());
    Map<String, String> outExtensions = extensionKeys(out.root());
    for (FhirTree.Leaf leaf : out.leaves()) {
      produced.merge(key(leaf, outKeys, outExtensions), 1, Integer::sum);
    }
    Map<String, String> inKeys = entryKeys(in.tree().root());
    Map<String, String> inExtensions = extensionKeys(in.tree().root());
    Set<String> lossPaths = new java.util.HashSet<>();
    for (Loss l : r.decoded.losses()) {
      lossPaths.add(l.location());
    }
    List<Loss> losses = new ArrayList<>();
    List<FhirTree.Leaf> leaves = in.tree().leaves();
    for (FhirTree.Leaf leaf : leaves) {
      String k = key(leaf, inKeys, inExtensions);
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

  /** The bundle with entries appended for these entry resources. */
  private static FhirNode appendEntries(
      FhirNode bundle, List<FhirNode> resources, BundleInfo info) {
    FhirNode.Builder b = bundle.toBuilder();
    for (FhirNode r : resources) {
      b.child(MessageBundle.entry(r, info));
    }
    return b.build();
  }

  /**
   * The comparison key of a leaf: its path with each top-level {@code Bundle.entry[i]} replaced by
   * the entry's identity (its resource type and id, else its fullUrl), then the value and element
   * id. FHIR gives the order of a message's or collection's entries no meaning beyond the first
   * (the MessageHeader or Composition, which Koine always writes first), so an encoding that writes
   * the same entries in another order reproduces every leaf.
   */
  private static String key(
      FhirTree.Leaf leaf, Map<String, String> entryKeys, Map<String, String> extensionKeys) {
    FhirNode n = leaf.node();
    String path = extensionKeyed(leaf.path(), extensionKeys);
    if (path.startsWith(ENTRY)) {
      int close = path.indexOf(']', ENTRY.length());
      if (close > 0) {
        String k = entryKeys.get(path.substring(0, close + 1));
        if (k != null) {
          path = "Bundle.entry[" + k + "]" + path.substring(close + 1);
        }
      }
    }
    return path + '\u0000' + n.value() + '\u0000' + n.elementId();
  }

  private static final String ENTRY = "Bundle.entry[";

  /**
   * The path with each {@code extension[i]} and {@code modifierExtension[i]} whose own path is in
   * {@code keys} replaced by its url key ({@link #extensionKeys}). Extensions are told apart by
   * their url, not their position: an encoding that writes a resource's typed extensions in its own
   * order (a UK Core Patient's EthnicCategory before its BirthSex) reproduces every leaf of them,
   * which an index comparison reported as lost.
   */
  private static String extensionKeyed(String path, Map<String, String> keys) {
    if (keys.isEmpty() || path.indexOf("xtension[") < 0) {
      return path;
    }
    StringBuilder out = new StringBuilder(path.length() + 32);
    int from = 0;
    int at = path.indexOf("xtension[");
    while (at >= 0) {
      int close = path.indexOf(']', at);
      if (close < 0) {
        break;
      }
      String k = keys.get(path.substring(0, close + 1));
      if (k != null) {
        int open = path.indexOf('[', at);
        out.append(path, from, open + 1).append(k).append(']');
        from = close + 1;
      }
      at = path.indexOf("xtension[", close);
    }
    return out.append(path, from, path.length()).toString();
  }

  /**
   * The url key of every extension and modifierExtension item in the tree, by its path: {@code
   * url=<url>#<n>} for the n-th sibling with that url. An item without a url keeps its index.
   */
  private static Map<String, String> extensionKeys(FhirNode root) {
    Map<String, String> out = new HashMap<>();
    extensionKeys(root, root.resourceType(), out);
    return out;
  }

  private static void extensionKeys(FhirNode node, String path, Map<String, String> out) {
    List<FhirNode> children = node.children();
    Map<String, Integer> seen = null;
    for (int i = 0; i < children.size(); i++) {
      FhirNode c = children.get(i);
      String childPath = path + "." + c.name();
      if (c.array()) {
        childPath += "[" + FhirTree.arrayIndex(children, i) + "]";
      }
      if (c.isResource()) {
        childPath += ".ofType(" + c.resourceType() + ")";
      }
      if (c.array()
          && ("extension".equals(c.name()) || "modifierExtension".equals(c.name()))
          && c.child("url") != null
          && c.child("url").value() != null) {
        if (seen == null) {
          seen = new HashMap<>();
        }
        String url = c.child("url").value();
        int n = seen.merge(c.name() + '\u0000' + url, 1, Integer::sum);
        out.put(childPath, "url=" + url + "#" + n);
      }
      if (!c.isLeaf()) {
        extensionKeys(c, childPath, out);
      }
    }
  }

  /**
   * FHIR bdl-7: a fullUrl is unique in a Bundle, unless the entries' meta.versionId differ (and in
   * a history Bundle). Both entries are read and written back; the repeat is an error to report.
   */
  private static void repeatedFullUrls(MessageBundle bundle, List<Issue> issues) {
    List<MessageBundle.Entry> entries = bundle.entries();
    if (entries.size() < 2 || "history".equals(bundle.type())) {
      return;
    }
    Map<String, MessageBundle.Entry> first = new HashMap<>();
    for (MessageBundle.Entry e : entries) {
      FhirNode full = e.node().child("fullUrl");
      if (full == null || full.value() == null) {
        continue;
      }
      MessageBundle.Entry before = first.putIfAbsent(full.value(), e);
      if (before != null && Objects.equals(versionId(before), versionId(e))) {
        issues.add(
            Issue.of(
                IssueCode.VALUE_INVALID,
                ENTRY + e.index() + "].fullUrl",
                "the fullUrl of Bundle.entry["
                    + before.index()
                    + "] again, with the same version (FHIR bdl-7: fullUrl is unique in a Bundle)"));
      }
    }
  }

  private static String versionId(MessageBundle.Entry e) {
    FhirNode meta = e.resource() == null ? null : e.resource().child("meta");
    FhirNode v = meta == null ? null : meta.child("versionId");
    return v == null ? null : v.value();
  }

  /** Entry path prefix ({@code Bundle.entry[3]}) to entry identity, for a parsed Bundle. */
  private static Map<String, String> entryKeys(FhirNode root) {
    Map<String, String> out = new HashMap<>();
    if (!"Bundle".equals(root.resourceType())) {
      return out;
    }
    int i = 0;
    Map<String, Integer> anonymous = new HashMap<>();
    Map<String, Integer> repeats = new HashMap<>();
    for (FhirNode e : root.children("entry")) {
      FhirNode full = e.child("fullUrl");
      FhirNode r = e.child("resource");
      String k = null;
      String id = r != null && r.child("id") != null ? r.child("id").value() : null;
      String url = full == null ? null : full.value();
      if (id == null && url != null && url.startsWith("urn:uuid:")) {
        id = url.substring("urn:uuid:".length()); // MessageBundle's entity id rule
      }
      if (r != null && id != null) {
        k = r.resourceType() + "/" + id;
      } else if (r != null) {
        // no identity: the n-th such entry of its type (decoding may regroup entries by type); a
        // fullUrl other than urn:uuid: is no identity the encoding can write back for a resource
        // without an id (a MessageHeader with no id under a StructureDefinition URL): that fullUrl
        // is reported on its own, the rest of the entry still compared
        k = r.resourceType() + "#" + anonymous.merge(r.resourceType(), 1, Integer::sum);
      } else if (url != null) {
        k = url;
      }
      if (k != null) {
        // entries of the same identity (a Bundle repeating a resource, against bdl-7) are told
        // apart by their order
        int n = repeats.merge(k, 1, Integer::sum);
        out.put(ENTRY + i + "]", n == 1 ? k : k + "~" + n);
      }
      i++;
    }
    return out;
  }
}
