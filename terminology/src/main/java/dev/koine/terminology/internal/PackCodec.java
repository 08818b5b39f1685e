package dev.koine.terminology.internal;

import dev.koine.core.code.Coding;
import dev.koine.terminology.CodeSystem;
import dev.koine.terminology.ConceptDefinition;
import dev.koine.terminology.ConceptMap;
import dev.koine.terminology.Equivalence;
import dev.koine.terminology.PublicationStatus;
import dev.koine.terminology.TerminologyResource;
import dev.koine.terminology.ValueSet;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The compact binary form of the bundled packs ({@code packs.bin}): every resource already parsed
 * and checked, written field by field, so that loading all packs is a short decode instead of
 * parsing megabytes of XML. Strings are UTF-8 with a varint length (0 = absent, n + 1 = n bytes);
 * counts and enums are varints. Not API; the format may change with every release because the file
 * is regenerated from the source packs (see {@code PackIndexTest}).
 */
// Enum ordinals are the compact on-disk form; PackIndexTest fails if packs.bin no longer matches.
@SuppressWarnings("EnumOrdinal")
public final class PackCodec {
  /** Kind tags. */
  static final int CODE_SYSTEM = 1;

  static final int VALUE_SET = 2;
  static final int CONCEPT_MAP = 3;

  private static final PublicationStatus[] STATUSES = PublicationStatus.values();
  private static final CodeSystem.Content[] CONTENTS = CodeSystem.Content.values();
  private static final Equivalence[] EQUIVALENCES = Equivalence.values();

  private PackCodec() {}

  // ---------------------------------------------------------------- writing

  /** Writes one resource. */
  public static byte[] encode(TerminologyResource r) {
    Out out = new Out();
    if (r instanceof CodeSystem cs) {
      out.varint(CODE_SYSTEM);
      meta(out, cs);
      out.varint(cs.content().ordinal());
      out.varint(cs.caseSensitive() ? 1 : 0);
      out.varint(cs.concepts().size());
      for (ConceptDefinition c : cs.concepts()) {
        out.string(c.code());
        out.string(c.display());
        out.string(c.definition());
        out.string(c.parent());
        out.varint(c.properties().size());
        for (ConceptDefinition.Property p : c.properties()) {
          out.string(p.code());
          out.string(p.value());
        }
      }
    } else if (r instanceof ValueSet vs) {
      out.varint(VALUE_SET);
      meta(out, vs);
      includes(out, vs.includes());
      includes(out, vs.excludes());
      out.varint(vs.expansion().size());
      for (Coding c : vs.expansion()) {
        out.string(c.system());
        out.string(c.version());
        out.string(c.code());
        out.string(c.display());
      }
    } else if (r instanceof ConceptMap cm) {
      out.varint(CONCEPT_MAP);
      meta(out, cm);
      out.string(cm.sourceScope());
      out.string(cm.targetScope());
      out.varint(cm.groups().size());
      for (ConceptMap.Group g : cm.groups()) {
        out.string(g.source());
        out.string(g.sourceVersion());
        out.string(g.target());
        out.string(g.targetVersion());
        out.varint(g.elements().size());
        for (ConceptMap.Element e : g.elements()) {
          out.string(e.code());
          out.string(e.display());
          out.varint(e.targets().size());
          for (ConceptMap.Target t : e.targets()) {
            out.string(t.code());
            out.string(t.display());
            out.varint(t.equivalence().ordinal());
            out.string(t.comment());
          }
        }
        ConceptMap.Unmapped u = g.unmapped();
        out.varint(u == null ? 0 : 1);
        if (u != null) {
          out.string(u.mode());
          out.string(u.code());
          out.string(u.display());
          out.string(u.url());
        }
      }
    }
    return out.toByteArray();
  }

  private static void meta(Out out, TerminologyResource r) {
    out.string(r.url());
    out.string(r.version());
    out.string(r.name());
    out.string(r.title());
    out.varint(r.status().ordinal());
    out.string(r.description());
  }

  private static void includes(Out out, List<ValueSet.Include> includes) {
    out.varint(includes.size());
    for (ValueSet.Include inc : includes) {
      out.string(inc.system());
      out.string(inc.version());
      out.varint(inc.concepts().size());
      for (ValueSet.ConceptReference c : inc.concepts()) {
        out.string(c.code());
        out.string(c.display());
      }
      out.varint(inc.filters().size());
      for (ValueSet.Filter f : inc.filters()) {
        out.string(f.property());
        out.string(f.op());
        out.string(f.value());
      }
      out.varint(inc.valueSets().size());
      for (String v : inc.valueSets()) {
        out.string(v);
      }
    }
  }

  /** A growable byte buffer with varint and string writers. */
  static final class Out extends ByteArrayOutputStream {
    void varint(int v) {
      while ((v & ~0x7F) != 0) {
        write((v & 0x7F) | 0x80);
        v >>>= 7;
      }
      write(v);
    }

    void string(String s) {
      if (s == null) {
        varint(0);
        return;
      }
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      varint(b.length + 1);
      write(b, 0, b.length);
    }
  }

  // ---------------------------------------------------------------- reading

  /** Reads one resource from {@code data[from, to)}. */
  public static TerminologyResource decode(byte[] data, int from, int to) {
    In in = new In(data, from);
    int kind = in.varint();
    TerminologyResource r =
        switch (kind) {
          case CODE_SYSTEM -> codeSystem(in);
          case VALUE_SET -> valueSet(in);
          case CONCEPT_MAP -> conceptMap(in);
          default -> throw new IllegalStateException("packs.bin: unknown resource kind " + kind);
        };
    if (in.pos != to) {
      throw new IllegalStateException("packs.bin: resource length mismatch");
    }
    return r;
  }

  private static CodeSystem codeSystem(In in) {
    String url = in.string();
    String version = in.string();
    String name = in.string();
    String title = in.string();
    PublicationStatus status = STATUSES[in.varint()];
    String description = in.string();
    CodeSystem.Content content = CONTENTS[in.varint()];
    boolean caseSensitive = in.varint() == 1;
    int n = in.varint();
    List<ConceptDefinition> concepts = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String code = in.string();
      String display = in.string();
      String definition = in.string();
      String parent = in.string();
      int np = in.varint();
      List<ConceptDefinition.Property> props = new ArrayList<>(np);
      for (int p = 0; p < np; p++) {
        props.add(new ConceptDefinition.Property(in.string(), in.string()));
      }
      concepts.add(new ConceptDefinition(code, display, definition, parent, props));
    }
    return new CodeSystem(
        url, version, name, title, status, content, caseSensitive, description, concepts);
  }

  private static ValueSet valueSet(In in) {
    String url = in.string();
    String version = in.string();
    String name = in.string();
    String title = in.string();
    PublicationStatus status = STATUSES[in.varint()];
    String description = in.string();
    List<ValueSet.Include> includes = includes(in);
    List<ValueSet.Include> excludes = includes(in);
    int n = in.varint();
    List<Coding> expansion = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      expansion.add(new Coding(in.string(), in.string(), in.string(), in.string()));
    }
    return new ValueSet(
        url, version, name, title, status, description, includes, excludes, expansion);
  }

  private static List<ValueSet.Include> includes(In in) {
    int n = in.varint();
    List<ValueSet.Include> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String system = in.string();
      String version = in.string();
      int nc = in.varint();
      List<ValueSet.ConceptReference> concepts = new ArrayList<>(nc);
      for (int c = 0; c < nc; c++) {
        concepts.add(new ValueSet.ConceptReference(in.string(), in.string()));
      }
      int nf = in.varint();
      List<ValueSet.Filter> filters = new ArrayList<>(nf);
      for (int f = 0; f < nf; f++) {
        filters.add(new ValueSet.Filter(in.string(), in.string(), in.string()));
      }
      int nv = in.varint();
      List<String> valueSets = new ArrayList<>(nv);
      for (int v = 0; v < nv; v++) {
        valueSets.add(in.string());
      }
      out.add(new ValueSet.Include(system, version, concepts, filters, valueSets));
    }
    return out;
  }

  private static ConceptMap conceptMap(In in) {
    String url = in.string();
    String version = in.string();
    String name = in.string();
    String title = in.string();
    PublicationStatus status = STATUSES[in.varint()];
    String description = in.string();
    String sourceScope = in.string();
    String targetScope = in.string();
    int ng = in.varint();
    List<ConceptMap.Group> groups = new ArrayList<>(ng);
    for (int g = 0; g < ng; g++) {
      String source = in.string();
      String sourceVersion = in.string();
      String target = in.string();
      String targetVersion = in.string();
      int ne = in.varint();
      ElementTable.Builder b = new ElementTable.Builder(false);
      for (int e = 0; e < ne; e++) {
        int row = b.element(in.string(), in.string());
        int nt = in.varint();
        for (int t = 0; t < nt; t++) {
          String code = in.string();
          String display = in.string();
          Equivalence eq = EQUIVALENCES[in.varint()];
          b.target(row, code, display, eq, in.string());
        }
      }
      ConceptMap.Unmapped unmapped = null;
      if (in.varint() == 1) {
        unmapped = new ConceptMap.Unmapped(in.string(), in.string(), in.string(), in.string());
      }
      groups.add(
          new ConceptMap.Group(source, sourceVersion, target, targetVersion, b.build(), unmapped));
    }
    return new ConceptMap(
        url, version, name, title, status, description, sourceScope, targetScope, groups);
  }

  /** A cursor over the bytes. */
  static final class In {
    private final byte[] data;
    int pos;

    In(byte[] data, int pos) {
      this.data = data;
      this.pos = pos;
    }

    int varint() {
      int v = 0;
      int shift = 0;
      byte b;
      do {
        b = data[pos++];
        v |= (b & 0x7F) << shift;
        shift += 7;
      } while (b < 0);
      return v;
    }

    String string() {
      int n = varint();
      if (n == 0) {
        return null;
      }
      String s = new String(data, pos, n - 1, StandardCharsets.UTF_8);
      pos += n - 1;
      return s;
    }
  }
}
