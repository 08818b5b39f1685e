package dev.koine.fhir.internal.map;

import dev.koine.core.codec.Loss;
import dev.koine.core.issue.IssueCode;
import dev.koine.core.issue.KoineParseException;
import dev.koine.core.message.Envelope;
import dev.koine.core.message.Message;
import dev.koine.core.model.Extension;
import dev.koine.core.model.Extras;
import dev.koine.core.model.Value;
import dev.koine.fhir.Limits;
import dev.koine.fhir.internal.tree.Consumption;
import dev.koine.fhir.internal.tree.FhirJsonReader;
import dev.koine.fhir.internal.tree.FhirJsonWriter;
import dev.koine.fhir.internal.tree.FhirNode;
import dev.koine.fhir.internal.tree.FhirStructure;
import dev.koine.fhir.internal.tree.FhirTree;
import dev.koine.fhir.internal.tree.ValueKind;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * FHIR content a typed mapping did not read, carried verbatim on the envelope ({@link
 * Envelope#FHIR_VERBATIM}, whose javadoc gives the form) instead of being lost: the FHIR analogue
 * of the HL7 v2 codec's verbatim carry.
 *
 * <p><b>Decode</b> ({@link #carry}): after mapping, each element of the input of which nothing was
 * consumed, taken at the highest such level under an element that was partly consumed, becomes one
 * extension, is marked consumed and is reported as {@link IssueCode#CARRIED_VERBATIM} at its input
 * path. What stays a loss: an element the version does not define (the encoding could not write
 * it), a resource's {@code id} and an entry's {@code fullUrl} (the encoding writes its own, by the
 * entity id rule of {@link MessageBundle}), and a primitive value whose extensions were read (a
 * value alone has no element of its own to carry).
 *
 * <p><b>Encode</b> ({@link #place}): in the same version, each is put back into the built tree,
 * before the conformance pass, as the item at its index among the same-name children of its parent
 * (clamped to their number), under the entry its anchor names; a loss where the anchor or the
 * parent is not in the output, or where the encoding wrote its own, different, value of a
 * single-valued element. In another version each is a loss ({@link #lose}).
 */
public final class Residue {
  /** Sub-extension: the FHIR version it was read in ({@code R4}, {@code STU3}). */
  public static final String VERSION = "version";

  /** Sub-extension: the anchor (entry fullUrl, resource Type/id, entry index, or root type). */
  public static final String RESOURCE = "resource";

  /** Sub-extension: the path from the anchor. */
  public static final String LOCATION = "location";

  /** Sub-extension: the element as FHIR JSON. */
  public static final String JSON = "json";

  private static final String ENTRY_INDEX = "Bundle.entry[";

  private Residue() {}

  // ------------------------------------------------------------------ decode

  /**
   * Carries what {@code consumption} left unmarked in the tree under {@code root}: returns one
   * {@link Envelope#FHIR_VERBATIM} extension per carried element in document order, marks each
   * consumed and reports it to {@code d}. Call only when some leaf is unconsumed.
   */
  public static List<Extension> carry(
      FhirNode root, Consumption consumption, FhirVersion version, Dec d) {
    BitSet touched = new BitSet(consumption.nodeCount());
    touch(root, consumption, touched);
    Walk w = new Walk(touched, version, d);
    String type = root.resourceType();
    w.visit(root, type, type, type, "", true);
    for (FhirNode c : w.carried) {
      consumption.markSubtree(c);
    }
    return w.out;
  }

  /** Sets the bit of every node that is marked or has a marked node below it. */
  private static boolean touch(FhirNode node, Consumption consumption, BitSet touched) {
    boolean any = consumption.isMarked(node);
    for (FhirNode c : node.children()) {
      any |= touch(c, consumption, touched);
    }
    if (any) {
      touched.set(node.ordinal());
    }
    return any;
  }

  private static final class Walk {
    final BitSet touched;
    final FhirVersion version;
    final FhirStructure structure;
    final Dec d;
    final List<Extension> out = new ArrayList<>();
    final List<FhirNode> carried = new ArrayList<>();

    Walk(BitSet touched, FhirVersion version, Dec d) {
      this.touched = touched;
      this.version = version;
      this.structure = version.structure();
      this.d = d;
    }

    /**
     * Visits the children of a partly consumed node of FHIR type {@code type}, at input path {@code
     * path}, {@code relative} from {@code anchor}; {@code root}: the node is the root resource.
     */
    void visit(
        FhirNode node, String type, String path, String anchor, String relative, boolean root) {
      Map<String, FhirStructure.Child> known = structure.childrenIfKnown(type);
      boolean bundle = root && "Bundle".equals(node.resourceType());
      List<FhirNode> children = node.children();
      Map<String, Integer> anonymous = bundle ? new java.util.HashMap<>() : null;
      for (int i = 0; i < children.size(); i++) {
        FhirNode c = children.get(i);
        String step =
            c.array() ? c.name() + "[" + FhirTree.arrayIndex(children, i) + "]" : c.name();
        String entryAnchor =
            bundle && "entry".equals(c.name()) ? entryAnchor(c, step, touched, anonymous) : null;
        String childPath =
            path + "." + step + (c.isResource() ? ".ofType(" + c.resourceType() + ")" : "");
        FhirStructure.Child def = known == null ? null : known.get(c.name());
        String childType = c.isResource() ? c.resourceType() : def == null ? null : def.type();
        if (touched.get(c.ordinal())) {
          if (entryAnchor != null) {
            visit(c, childType, childPath, entryAnchor, "", false);
          } else {
            String rel = relative.isEmpty() ? step : relative + "." + step;
            visit(c, childType, childPath, anchor, rel, false);
          }
          continue;
        }
        if (known != null && def == null) {
          continue; // not an element of this version: the encoding could not write it
        }
        if ("id".equals(c.name()) && node.isResource()) {
          continue; // written from the entity id
        }
        if ("fullUrl".equals(c.name()) && relative.isEmpty() && !root) {
          continue; // an entry's fullUrl: written by the entity id rule
        }
        String rel = relative.isEmpty() ? step : relative + "." + step;
        out.add(extension(version, anchor, rel, toJson(c)));
        carried.add(c);
        d.issue(
            IssueCode.CARRIED_VERBATIM,
            childPath,
            c.name() + " carried verbatim (no typed home in the model)");
      }
    }
  }

  /**
   * The anchor of an entry: its fullUrl when the decode read it (the encoding then writes it back),
   * else its resource's Type/id, else {@code Type#n} for the n-th (from 1) entry of its resource
   * type with neither (the encoding writes such entries with no id either, in their order; the
   * order of entries of different types may change), else (no resource) its index.
   */
  private static String entryAnchor(
      FhirNode entry, String step, BitSet touched, Map<String, Integer> anonymous) {
    FhirNode full = entry.child("fullUrl");
    if (full != null
        && full.value() != null
        && !full.value().isBlank()
        && touched.get(full.ordinal())) {
      return full.value();
    }
    FhirNode r = entry.child("resource");
    FhirNode id = r == null || !r.isResource() ? null : r.child("id");
    if (id != null && id.value() != null && !id.value().isBlank()) {
      return r.resourceType() + "/" + id.value();
    }
    if (r != null && r.isResource()) {
      return r.resourceType() + "#" + anonymous.merge(r.resourceType(), 1, Integer::sum);
    }
    return "Bundle." + step;
  }

  private static Extension extension(
      FhirVersion version, String anchor, String location, String json) {
    return Envelope.fhirVerbatim(version.name(), anchor, location, json);
  }

  /** The message with these extensions appended to its envelope's extensions. */
  public static Message withCarried(Message message, List<Extension> carried) {
    if (carried.isEmpty()) {
      return message;
    }
    Envelope env = message.envelope();
    Extras x = env.extras();
    List<Extension> all = new ArrayList<>(x.extensions().size() + carried.size());
    all.addAll(x.extensions());
    all.addAll(carried);
    return Message.of(env.toBuilder().extras(x.withExtensions(all)).build(), message.payload());
  }

  // ------------------------------------------------------------------ encode

  /** The reason of the loss of carried content written in another FHIR version. */
  static String otherVersion(String from, FhirVersion to) {
    return "FHIR " + from + " content carried verbatim has no place in FHIR " + to.name();
  }

  /**
   * The parts of a carried element.
   *
   * @param version its FHIR version label
   * @param anchor its anchor
   * @param location its path from the anchor
   * @param json its FHIR JSON
   */
  record Carried(String version, String anchor, String location, String json) {
    /** Where it was, for a loss: {@code Bundle.entry[<anchor>].<location>} or root-relative. */
    String where() {
      return where(anchor, location);
    }

    static String where(String anchor, String location) {
      if (anchor == null) {
        return location == null ? "envelope.extension" : location;
      }
      if (location == null) {
        return anchor;
      }
      if (anchor.startsWith(ENTRY_INDEX) || isTypeName(anchor)) {
        return anchor + "." + location;
      }
      return ENTRY_INDEX + anchor + "]." + location;
    }

    static Carried of(Extension e) {
      String[] parts = new String[4];
      for (Extension p : e.extensions()) {
        if (p.value() instanceof Value.Primitive v) {
          switch (p.url()) {
            case VERSION -> parts[0] = v.text();
            case RESOURCE -> parts[1] = v.text();
            case LOCATION -> parts[2] = v.text();
            case JSON -> parts[3] = v.text();
            default -> {
              // another part: not ours, ignored
            }
          }
        }
      }
      return new Carried(parts[0], parts[1], parts[2], parts[3]);
    }
  }

  /** Where a carried element was, for a loss reported by another codec. */
  public static String where(Extension carried) {
    return Carried.of(carried).where();
  }

  private static boolean isTypeName(String s) {
    if (s.isEmpty() || !Character.isUpperCase(s.charAt(0))) {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      if (!Character.isLetterOrDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Reports each carried element as lost, with this reason. */
  public static void lose(List<Extension> carried, String reason, List<Loss> losses) {
    for (Extension e : carried) {
      losses.add(new Loss(where(e), reason));
    }
  }

  /**
   * {@code root} with each carried element of version {@code v} put back at its place (see the
   * class comment); the others, and each that finds no place, added to {@code losses}.
   */
  public static FhirNode place(
      FhirNode root, List<Extension> carried, FhirVersion v, List<Loss> losses) {
    FhirNode out = root;
    for (Extension e : carried) {
      Carried c = Carried.of(e);
      if (c.version() == null || c.anchor() == null || c.location() == null || c.json() == null) {
        losses.add(new Loss(c.where(), "FHIR content carried verbatim is incomplete"));
        continue;
      }
      if (!v.name().equals(c.version())) {
        losses.add(new Loss(c.where(), otherVersion(c.version(), v)));
        continue;
      }
      List<Step> steps = Step.parse(c.location());
      FhirNode element;
      try {
        element = fromJson(c.json());
      } catch (IllegalArgumentException bad) {
        element = null;
      }
      Step last = steps == null ? null : steps.get(steps.size() - 1);
      if (element == null || last == null || !element.name().equals(last.name)) {
        losses.add(new Loss(c.where(), "FHIR content carried verbatim is not FHIR JSON"));
        continue;
      }
      element = element.withArray(last.index >= 0);
      List<Step> route = new ArrayList<>(steps.size() + 1);
      if (!(isTypeName(c.anchor()) && c.anchor().equals(out.resourceType()))) {
        int entry = entryPosition(out, c.anchor());
        if (entry < 0) {
          FhirNode added = withEntry(out, c.anchor(), steps, element);
          if (added != null) {
            out = added;
          } else {
            losses.add(new Loss(c.where(), "its resource is not in the encoding"));
          }
          continue;
        }
        route.add(new Step(null, -1, entry));
      }
      route.addAll(steps);
      String[] problem = new String[1];
      FhirNode placed = insert(out, route, 0, element, problem);
      if (placed == null) {
        losses.add(new Loss(c.where(), problem[0]));
      } else {
        out = placed;
      }
    }
    return out;
  }

  /**
   * {@code root} with a new last entry holding {@code element} when it is a whole entry resource
   * carried verbatim whose entry the encoding did not write (the resources beside an
   * acknowledgement's OperationOutcome, which has no entities): under the fullUrl its anchor names
   * (or none when the anchor is the resource's Type/id or Type#n); else null.
   */
  private static FhirNode withEntry(
      FhirNode root, String anchor, List<Step> steps, FhirNode element) {
    if (!"Bundle".equals(root.resourceType())
        || steps.size() != 1
        || !"resource".equals(steps.get(0).name)
        || steps.get(0).index >= 0
        || !element.isResource()
        || anchor.startsWith(ENTRY_INDEX)) {
      return null;
    }
    FhirNode.Builder entry = FhirNode.builder("entry").array(true);
    boolean typed = isTypeName(anchor.substring(0, Math.max(0, anchorTypeEnd(anchor))));
    if (!typed) {
      entry.child(FhirNode.primitive("fullUrl", anchor, ValueKind.STRING));
    }
    Conformance.verbatim(element);
    entry.child(element);
    List<FhirNode> children = new ArrayList<>(root.children());
    children.add(entry.build());
    return rebuilt(root, children);
  }

  /** The end of the type name of a Type/id or Type#n anchor, or -1. */
  private static int anchorTypeEnd(String anchor) {
    if (anchor.indexOf(':') >= 0) {
      return -1;
    }
    int slash = anchor.indexOf('/');
    int hash = anchor.indexOf('#');
    return slash > 0 ? slash : hash;
  }

  /** One step of a location: a child by name and index (-1: the single one), or by position. */
  private record Step(String name, int index, int position) {
    static List<Step> parse(String location) {
      if (location.isEmpty()) {
        return null;
      }
      List<Step> out = new ArrayList<>();
      for (String s : location.split("\\.", -1)) {
        int open = s.indexOf('[');
        String name = open < 0 ? s : s.substring(0, open);
        int index = -1;
        if (open >= 0) {
          if (!s.endsWith("]")) {
            return null;
          }
          try {
            index = Integer.parseInt(s.substring(open + 1, s.length() - 1));
          } catch (NumberFormatException e) {
            return null;
          }
          if (index < 0) {
            return null;
          }
        }
        if (name.isEmpty()) {
          return null;
        }
        out.add(new Step(name, index, -1));
      }
      return out;
    }
  }

  /** The position among the root's children of the entry the anchor names, or -1. */
  private static int entryPosition(FhirNode root, String anchor) {
    List<FhirNode> children = root.children();
    if (anchor.startsWith(ENTRY_INDEX) && anchor.endsWith("]")) {
      int wanted;
      try {
        wanted = Integer.parseInt(anchor.substring(ENTRY_INDEX.length(), anchor.length() - 1));
      } catch (NumberFormatException e) {
        return -1;
      }
      for (int i = 0, n = 0; i < children.size(); i++) {
        if ("entry".equals(children.get(i).name()) && n++ == wanted) {
          return i;
        }
      }
      return -1;
    }
    for (int i = 0; i < children.size(); i++) {
      FhirNode e = children.get(i);
      FhirNode full = "entry".equals(e.name()) ? e.child("fullUrl") : null;
      if (full != null && anchor.equals(full.value())) {
        return i;
      }
    }
    int hash = anchor.indexOf('#');
    if (hash > 0 && isTypeName(anchor.substring(0, hash))) {
      String type = anchor.substring(0, hash);
      int wanted;
      try {
        wanted = Integer.parseInt(anchor.substring(hash + 1));
      } catch (NumberFormatException e) {
        return -1;
      }
      for (int i = 0, n = 0; i < children.size(); i++) {
        FhirNode e = children.get(i);
        FhirNode r = "entry".equals(e.name()) ? e.child("resource") : null;
        FhirNode rid = r == null ? null : r.child("id");
        if (r != null
            && type.equals(r.resourceType())
            && (rid == null || rid.value() == null || rid.value().isBlank())
            && ++n == wanted) {
          return i;
        }
      }
      return -1;
    }
    int slash = anchor.indexOf('/');
    if (slash > 0 && anchor.indexOf(':') < 0) {
      String type = anchor.substring(0, slash);
      String id = anchor.substring(slash + 1);
      for (int i = 0; i < children.size(); i++) {
        FhirNode e = children.get(i);
        FhirNode r = "entry".equals(e.name()) ? e.child("resource") : null;
        FhirNode rid = r == null ? null : r.child("id");
        if (r != null && type.equals(r.resourceType()) && rid != null && id.equals(rid.value())) {
          return i;
        }
      }
    }
    return -1;
  }

  /**
   * {@code node} with {@code element} inserted at the end of {@code route} from step {@code at}, or
   * null with the reason in {@code problem[0]}.
   */
  @SuppressWarnings("ReferenceEquality") // identity says whether a subtree was rebuilt
  private static FhirNode insert(
      FhirNode node, List<Step> route, int at, FhirNode element, String[] problem) {
    List<FhirNode> children = node.children();
    Step step = route.get(at);
    if (at == route.size() - 1) {
      List<Integer> same = new ArrayList<>();
      for (int i = 0; i < children.size(); i++) {
        if (children.get(i).name().equals(step.name)) {
          same.add(i);
        }
      }
      for (int i : same) {
        if (children.get(i).equals(element)) {
          return node; // the encoding wrote it itself
        }
      }
      if (step.index < 0 && !same.isEmpty()) {
        problem[0] = "the encoding writes its own " + step.name + " there";
        return null;
      }
      int k = Math.min(Math.max(step.index, 0), same.size());
      int position =
          k < same.size()
              ? same.get(k)
              : same.isEmpty() ? children.size() : same.get(same.size() - 1) + 1;
      List<FhirNode> kids = new ArrayList<>(children.size() + 1);
      kids.addAll(children.subList(0, position));
      kids.add(element);
      kids.addAll(children.subList(position, children.size()));
      return rebuilt(node, kids);
    }
    int position = step.position;
    if (position < 0) {
      int n = 0;
      int wanted = Math.max(step.index, 0);
      for (int i = 0; i < children.size(); i++) {
        if (children.get(i).name().equals(step.name) && n++ == wanted) {
          position = i;
          break;
        }
      }
    }
    if (position < 0) {
      problem[0] = "its place (" + step.name + ") is not in the encoding";
      return null;
    }
    FhirNode child = children.get(position);
    FhirNode changed = insert(child, route, at + 1, element, problem);
    if (changed == null) {
      return null;
    }
    if (changed == child) {
      return node;
    }
    List<FhirNode> kids = new ArrayList<>(children);
    kids.set(position, changed);
    return rebuilt(node, kids);
  }

  /** {@code node} with other children; what the encode registered at the node moves with it. */
  private static FhirNode rebuilt(FhirNode node, List<FhirNode> children) {
    FhirNode out = node.withChildren(children);
    EncodeLosses.moved(node, out);
    if (node.isResource() && Conformance.isVerbatim(node)) {
      Conformance.verbatim(out);
    }
    return out;
  }

  // ------------------------------------------------------------------ JSON form

  /**
   * The element as FHIR JSON: an object holding just this element as its parent would (an array of
   * one for a repeating element's item; a primitive's id and extensions under {@code _name}).
   */
  static String toJson(FhirNode element) {
    return FhirJsonWriter.writeElement(element);
  }

  /** The reader of {@link #fromJson}, made on first use. */
  private static final class Elements {
    static final FhirJsonReader READER = new FhirJsonReader(FhirStructure.r4(), Limits.defaults());
  }

  /** The element {@link #toJson} wrote; {@link IllegalArgumentException} if it is not that. */
  static FhirNode fromJson(String json) {
    List<FhirNode> nodes;
    try {
      nodes = Elements.READER.readElements(json);
    } catch (KoineParseException e) {
      throw new IllegalArgumentException("not the JSON of one element", e);
    }
    if (nodes.size() != 1) {
      throw new IllegalArgumentException("not one element");
    }
    return nodes.get(0);
  }
}
