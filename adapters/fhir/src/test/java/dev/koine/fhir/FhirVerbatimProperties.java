package dev.koine.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import dev.koine.core.codec.Decoded;
import dev.koine.core.codec.MessageCodec.Encoded;
import dev.koine.core.codec.WireFormat;
import dev.koine.core.issue.Issue;
import dev.koine.core.issue.IssueCode;
import dev.koine.core.message.Message;
import dev.koine.fhir.internal.map.FhirVersion;
import dev.koine.fhir.internal.stu3.Stu3DocumentProperties;
import dev.koine.fhir.internal.tree.FhirJsonReader;
import dev.koine.fhir.internal.tree.FhirJsonWriter;
import dev.koine.fhir.internal.tree.FhirNode;
import dev.koine.fhir.internal.tree.FhirStructure;
import dev.koine.fhir.internal.tree.FhirTree;
import dev.koine.fhir.internal.tree.FhirXmlReader;
import dev.koine.fhir.internal.tree.FhirXmlWriter;
import dev.koine.fhir.internal.tree.ValueKind;
import dev.koine.testkit.MessageArbitraries;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * An element nobody anticipated, in a generated message, is not lost: for messages of the typed
 * families from the testkit, written in each FHIR version and format (written, read and written
 * again, a wire fixpoint), an extension with a random URL and a string, decimal or boolean value is
 * put on a random element (a datatype, a backbone element or a primitive) of a resource; then (1)
 * decoding reports no loss; when the extension is carried verbatim it has one {@code
 * CARRIED_VERBATIM} issue at its own path and one more {@code FHIR_VERBATIM} extension on the
 * envelope (else a mapping keeps it typed, or no longer types the element or resource above it,
 * which is then carried whole); (2) encoding in the same version and format loses no more than
 * encoding the message without it, writes the URL, and a carried extension at the same path (in the
 * same entry) with its exact value; (3) decoding that again gives the same message.
 */
class FhirVerbatimProperties {
  private static final FhirCodec CODEC = new FhirCodec();

  /** A message and a format it can be written in. */
  record Case(Message message, WireFormat format) {}

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<Message> r4 =
        Arbitraries.oneOf(
                MessageArbitraries.patientEventMessages(),
                MessageArbitraries.labReportMessages(),
                MessageArbitraries.referralMessages(),
                MessageArbitraries.referralResponseMessages(),
                MessageArbitraries.bookingRequestMessages(),
                MessageArbitraries.careDocumentMessages(),
                MessageArbitraries.labOrderMessages())
            .map(m -> Message.of(FhirR4FamiliesProperties.forR4(m.envelope()), m.payload()));
    return Arbitraries.oneOf(
        Combinators.combine(r4, Arbitraries.of(WireFormat.FHIR_R4_JSON, WireFormat.FHIR_R4_XML))
            .as(Case::new),
        Combinators.combine(
                Stu3DocumentProperties.itk3Documents(),
                Arbitraries.of(WireFormat.FHIR_STU3_JSON, WireFormat.FHIR_STU3_XML))
            .as(Case::new));
  }

  /** An extension with a random URL and a string, decimal or boolean value. */
  @Provide
  Arbitrary<FhirNode> extensions() {
    Arbitrary<String> urls =
        Arbitraries.strings()
            .withCharRange('a', 'z')
            .ofMinLength(3)
            .ofMaxLength(12)
            .map(s -> "https://example.org/fhir/StructureDefinition/unseen-" + s);
    Arbitrary<FhirNode> values =
        Arbitraries.oneOf(
            Arbitraries.strings()
                .withCharRange(' ', '~')
                .withChars('é', '€', '\u00a0', '"', '<', '&')
                .ofMinLength(1)
                .ofMaxLength(20)
                .filter(s -> !s.isBlank() && s.strip().equals(s))
                .map(s -> FhirNode.primitive("valueString", s, ValueKind.STRING)),
            Arbitraries.of("1.50", "0.0010", "-12.300", "7", "1e3")
                .map(s -> FhirNode.primitive("valueDecimal", s, ValueKind.NUMBER)),
            Arbitraries.of("true", "false")
                .map(s -> FhirNode.primitive("valueBoolean", s, ValueKind.BOOLEAN)));
    return Combinators.combine(urls, values)
        .as(
            (url, value) ->
                FhirNode.builder("extension")
                    .array(true)
                    .child(FhirNode.primitive("url", url, ValueKind.STRING))
                    .child(value)
                    .build());
  }

  @Property(tries = 150)
  void anUnknownElementIsCarriedAndWrittenBackAtItsPlace(
      @ForAll("cases") Case c,
      @ForAll @IntRange(min = 0, max = 1_000_000) int pick,
      @ForAll("extensions") FhirNode extension) {
    Message m = c.message();
    WireFormat f = c.format();
    FhirVersion v = FhirVersion.of(f);
    boolean json = FhirVersion.isJson(f);
    byte[] base;
    try {
      // written, read and written again: the ids an encoding gives entities without one (a focus
      // needs an id) are then in the message, so that its wire form is a fixpoint
      Message once = CODEC.decode(CODEC.encode(m, f).content().toArray(), f).value();
      base = CODEC.encode(once, f).content().toArray();
    } catch (IllegalArgumentException notWritable) {
      // a generated message this format cannot hold (a referral response with no request id)
      Assume.that(false);
      return;
    }
    Decoded<Message> d0 = CODEC.decode(base, f);
    Assume.that(d0.losses().isEmpty());
    FhirTree tree = read(base, json, v);
    List<Target> targets = new ArrayList<>();
    targets(tree.root(), tree.root().resourceType(), tree.root().resourceType(), false, v, targets);
    Assume.that(!targets.isEmpty());
    Target t = targets.get(pick % targets.size());
    int k = t.node().children("extension").size();
    String path = t.path() + ".extension[" + k + "]";
    FhirNode injected = inject(tree.root(), t.node(), extension);
    byte[] in =
        json
            ? new FhirJsonWriter(v.structure(), true).write(injected)
            : new FhirXmlWriter(v.structure(), true).write(injected);
    String url = extension.child("url").value();

    Decoded<Message> d1 = CODEC.decode(in, f);
    assertThat(d1.losses()).as(path).isEmpty();
    // carried at its own path; or typed; or with an element or resource above it that the mapping
    // no longer reads (a resource then carried whole), which the checks below cover alike
    java.util.Set<String> before = new java.util.HashSet<>(carriedAt(d0));
    List<String> fresh = new ArrayList<>();
    for (String l : carriedAt(d1)) {
      if (!before.contains(l)) {
        fresh.add(l);
      }
    }
    int moreCarried =
        FhirVerbatimTest.carried(d1.value()).size() - FhirVerbatimTest.carried(d0.value()).size();
    boolean carried = fresh.contains(path);
    // each new extension has its issue; an issue may also be a whole resource carried instead of
    // typed (an ITK3 document Bundle whose Binary the mapping no longer takes whole)
    assertThat(moreCarried).as(path).isBetween(carried ? 1 : 0, fresh.size());
    if (carried) {
      // the injected element once; anything else new is a resource carried whole (an extension on
      // MessageHeader.focus leaves the ITK3 document Bundle it points to untyped)
      assertThat(fresh).as(path).containsOnlyOnce(path);
      for (String l : fresh) {
        if (!l.equals(path)) {
          assertThat(l).as(path).endsWith(".resource");
        }
      }
    }
    Statistics.label("carried verbatim").collect(carried);

    Encoded e1 = CODEC.encode(d1.value(), f);
    assertThat(e1.losses())
        .as(path)
        .containsExactlyInAnyOrderElementsOf(CODEC.encode(d0.value(), f).losses());
    byte[] out = e1.content().toArray();
    assertThat(new String(out, StandardCharsets.UTF_8)).as(path).contains(url);
    if (carried) {
      // at the same place: the same entry (by its fullUrl; entries may come in another order)
      FhirTree written = read(out, json, v);
      String where = byFullUrl(path, tree.root());
      FhirNode value = extension.children().get(1);
      List<String> leaves = new ArrayList<>();
      for (FhirTree.Leaf l : written.leaves()) {
        leaves.add(byFullUrl(l.path(), written.root()) + "=" + l.node().value());
      }
      assertThat(leaves)
          .as(path)
          .contains(where + ".url=" + url, where + "." + value.name() + "=" + value.value());
    }
    Decoded<Message> d2 = CODEC.decode(out, f);
    assertThat(d2.losses()).as(path).isEmpty();
    assertThat(d2.value()).as(path).isEqualTo(d1.value());
  }

  private static List<String> carriedAt(Decoded<Message> d) {
    return d.issues().all().stream()
        .filter(i -> i.code() == IssueCode.CARRIED_VERBATIM)
        .map(Issue::location)
        .toList();
  }

  /** The path with its {@code Bundle.entry[i]} named by that entry's fullUrl. */
  private static String byFullUrl(String path, FhirNode root) {
    String prefix = "Bundle.entry[";
    if (!path.startsWith(prefix)) {
      return path;
    }
    int close = path.indexOf(']');
    int i = Integer.parseInt(path.substring(prefix.length(), close));
    FhirNode full = root.children("entry").get(i).child("fullUrl");
    return full == null ? path : prefix + full.value() + path.substring(close);
  }

  private static FhirTree read(byte[] bytes, boolean json, FhirVersion v) {
    return json
        ? new FhirJsonReader(v.structure(), Limits.defaults()).read(bytes)
        : new FhirXmlReader(v.structure(), Limits.defaults()).read(bytes);
  }

  /** A node that can take an extension, with its path. */
  record Target(FhirNode node, String path) {}

  /**
   * Collects the elements of resources under {@code node} (of FHIR type {@code type}) that can hold
   * an extension: datatypes and backbone elements (not an Extension itself, whose value and
   * sub-extensions exclude each other), and primitives other than an Extension's url and ids (XML
   * attributes) and the narrative div.
   */
  private static void targets(
      FhirNode node,
      String type,
      String path,
      boolean inResource,
      FhirVersion v,
      List<Target> out) {
    FhirStructure s = v.structure();
    Map<String, FhirStructure.Child> known = s.childrenIfKnown(type);
    List<FhirNode> children = node.children();
    java.util.Map<String, Integer> counts = new java.util.HashMap<>();
    for (FhirNode c : children) {
      int index = counts.merge(c.name(), 1, Integer::sum) - 1;
      String p =
          path
              + "."
              + c.name()
              + (c.array() ? "[" + index + "]" : "")
              + (c.isResource() ? ".ofType(" + c.resourceType() + ")" : "");
      if (c.isResource()) {
        targets(c, c.resourceType(), p, !"Bundle".equals(c.resourceType()), v, out);
        continue;
      }
      FhirStructure.Child def = known == null ? null : known.get(c.name());
      if (def == null || def.isXhtml() || "Extension".equals(type)) {
        continue;
      }
      boolean resourceLevel = node.isResource();
      if (inResource && !(resourceLevel && "id".equals(c.name()))) {
        if (c.isPrimitive()) {
          if (c.value() != null) {
            out.add(new Target(c, p));
          }
        } else if (s.childrenIfKnown(def.type()) != null
            && s.childrenIfKnown(def.type()).containsKey("extension")
            && !"Extension".equals(def.type())) {
          out.add(new Target(c, p));
        }
      }
      if (!c.isPrimitive()) {
        targets(c, def.type(), p, inResource, v, out);
      }
    }
  }

  /** {@code root} with {@code extension} appended to the children of {@code target}. */
  @SuppressWarnings("ReferenceEquality") // the target is found by identity
  private static FhirNode inject(FhirNode node, FhirNode target, FhirNode extension) {
    if (node == target) {
      return node.toBuilder().child(extension).build();
    }
    List<FhirNode> kids = new ArrayList<>(node.children().size());
    boolean changed = false;
    for (FhirNode c : node.children()) {
      FhirNode n = inject(c, target, extension);
      changed |= n != c;
      kids.add(n);
    }
    if (!changed) {
      return node;
    }
    FhirNode.Builder b = FhirNode.builder(node.name()).array(node.array());
    if (node.resourceType() != null) {
      b.resourceType(node.resourceType());
    }
    if (node.value() != null) {
      b.value(node.value(), node.kind());
    } else if (node.kind() != null) {
      b.kind(node.kind());
    }
    if (node.elementId() != null) {
      b.elementId(node.elementId());
    }
    return b.children(kids).build();
  }
}
