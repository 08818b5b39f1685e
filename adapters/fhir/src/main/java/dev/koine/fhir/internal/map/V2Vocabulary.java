package dev.koine.fhir.internal.map;

import dev.koine.core.code.Coding;
import dev.koine.core.code.Concept;
import dev.koine.core.codec.Loss;
import dev.koine.core.issue.Issue;
import dev.koine.core.issue.IssueCode;
import dev.koine.core.message.Message;
import dev.koine.core.message.Payload;
import dev.koine.core.model.AdministrativeGender;
import dev.koine.core.model.Patient;
import dev.koine.terminology.ConceptMap;
import dev.koine.terminology.Terminology;
import dev.koine.terminology.Translation;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * HL7 v2 table codes in the model translated to and from the codes FHIR binds, through the bundled
 * HL7 v2-to-FHIR concept maps of {@code koine-terminology} ({@link Terminology#bundled()}), with
 * provenance.
 *
 * <p>Each coded model field that an HL7 v2 decode fills from a v2 table is tied to one map ({@link
 * #FIELD_MAPS}: {@code Encounter.encounterClass} to {@code PatientClass[EncounterClass]}, {@code
 * Patient.maritalStatus} to {@code MaritalStatus} ...). A coding is translated only when its system
 * is the source system of one of the map's groups (an NHS Data Dictionary code in the same field is
 * left alone). Toward FHIR, a {@link Concept} keeps the v2 coding and gains every matching target
 * coding; a single {@link Coding} field is replaced by its one target; {@code Patient.genderCode}
 * also sets the typed gender. Toward v2, a FHIR coding is translated backwards ({@link
 * Terminology#reverseTranslate}) and the v2 coding is put first (single codings are replaced).
 *
 * <p>Every translation that changes the model is reported once, as a loss whose reason starts with
 * {@link IssueCode#CODE_TRANSLATED} and names the map URL and version and the source and target
 * systems, located by model path ({@code message.payload.encounter.encounterClass}); a code the map
 * has no single target for is kept and reported with {@link IssueCode#CODE_UNMAPPED}. Messages
 * never name the codes' meaning beyond the systems and never hold identifiers or names.
 */
public final class V2Vocabulary {
  private V2Vocabulary() {}

  /** The URL base of the bundled HL7 v2-to-FHIR concept maps. */
  public static final String MAP_BASE = "https://koine.dev/fhir/ConceptMap/v2-to-fhir-";

  /** The model field ({@code Record.component}) and the name of the map its v2 codes go through. */
  static final Map<String, String> FIELD_MAPS =
      Map.ofEntries(
          Map.entry("Encounter.encounterClass", "PatientClass-EncounterClass"),
          Map.entry("Encounter.admissionMethod", "AdmissionType"),
          Map.entry("Encounter.serviceType", "HospitalService"),
          Map.entry("Encounter.dischargeMethod", "DischargeDisposition"),
          Map.entry("Encounter.dischargeDestination", "DischargedToLocation"),
          Map.entry("PatientEvent.eventReason", "EventReason"),
          Map.entry("Patient.genderCode", "AdministrativeSex"),
          Map.entry("Patient.maritalStatus", "MaritalStatus"),
          Map.entry("Patient.religion", "Religion"),
          Map.entry("PatientContact.relationships", "Relationship"),
          Map.entry("Identifier.type", "IdentifierType"),
          Map.entry("Observation.interpretations", "InterpretationCodes"),
          Map.entry("Specimen.type", "SpecimenType"));

  private static final Terminology TERMINOLOGY = Terminology.bundled();

  /** Per map URL and direction: the map (forward) or its reverse, loaded once. */
  private static final Map<String, ConceptMap> MAPS = new ConcurrentHashMap<>();

  private static Translation translate(Coding c, String url, boolean forward) {
    ConceptMap map =
        MAPS.computeIfAbsent(
            (forward ? "+" : "-") + url,
            k ->
                forward
                    ? TERMINOLOGY.conceptMap(url).orElseThrow()
                    : TERMINOLOGY.conceptMap(url).orElseThrow().reverse());
    return map.translate(c);
  }

  /** Per map URL: the source and the target systems of its groups. */
  private static final Map<String, Systems> SYSTEMS = new ConcurrentHashMap<>();

  /** The source and the target systems of a map's groups. */
  private record Systems(Set<String> sources, Set<String> targets) {}

  private static final ClassValue<Shape> SHAPES =
      new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
          return Shape.of(type);
        }
      };

  /**
   * The message with its v2 table codes translated to FHIR's: each translation is added to {@code
   * translations} (an information issue naming the map), each code with no single target to {@code
   * losses}.
   */
  public static Message toFhir(Message m, List<Loss> losses, List<Issue> translations) {
    return translate(m, new Report(losses, translations), true);
  }

  /** The message with FHIR codes translated back to v2 table codes where a map allows. */
  public static Message toV2(Message m, List<Loss> losses, List<Issue> translations) {
    return translate(m, new Report(losses, translations), false);
  }

  /** Where a translation pass reports: codes left as they were, and translations made. */
  private record Report(List<Loss> losses, List<Issue> translations) {}

  private static Message translate(Message m, Report losses, boolean forward) {
    Object payload =
        walk(m.payload(), new Path(null, "message.payload", -1), null, forward, losses);
    return payload == m.payload() ? m : Message.of(m.envelope(), (Payload) payload);
  }

  /** A model path, turned into text only when a translation is reported. */
  private record Path(Path parent, String name, int index) {
    @Override
    public String toString() {
      String head = parent == null ? "" : parent.toString();
      return index >= 0 ? head + "[" + index + "]" : head.isEmpty() ? name : head + "." + name;
    }
  }

  private static Object walk(
      Object value, Path path, String field, boolean forward, Report losses) {
    if (value instanceof Coding c) {
      return field == null ? c : coding(c, path, field, forward, losses);
    }
    if (value instanceof Concept c) {
      return field == null ? c : concept(c, path, field, forward, losses);
    }
    if (value instanceof List<?> list) {
      List<Object> out = null;
      for (int i = 0; i < list.size(); i++) {
        Object v = list.get(i);
        Object w = walk(v, new Path(path, null, i), field, forward, losses);
        if (w != v && out == null) {
          out = new ArrayList<>(list.subList(0, i));
        }
        if (out != null) {
          out.add(w);
        }
      }
      return out == null ? list : List.copyOf(out);
    }
    if (!(value instanceof Record r)) {
      return value;
    }
    Shape shape = SHAPES.get(r.getClass());
    if (!shape.worthWalking) {
      return r;
    }
    Object[] args = null;
    for (int i = 0; i < shape.components.length; i++) {
      if (!shape.relevant[i]) {
        continue;
      }
      Object v = shape.read(r, i);
      if (v == null) {
        continue;
      }
      Object w = walk(v, new Path(path, shape.names[i], -1), shape.keys[i], forward, losses);
      if (w != v) {
        if (args == null) {
          args = new Object[shape.components.length];
          for (int k = 0; k < args.length; k++) {
            args[k] = shape.read(r, k);
          }
        }
        args[i] = w;
      }
    }
    if (args == null) {
      return r;
    }
    Record rebuilt = shape.make(args);
    if (rebuilt instanceof Patient p && p.genderCode() != null) {
      Optional<AdministrativeGender> g =
          forward
              ? AdministrativeGender.fromFhir(p.genderCode().code())
              : AdministrativeGender.fromV2(p.genderCode().code());
      if (g.isPresent() && g.get() != p.gender()) {
        rebuilt = p.toBuilder().gender(g.get()).build();
      }
    }
    return rebuilt;
  }

  private static Coding coding(Coding c, Path path, String field, boolean forward, Report losses) {
    String url = MAP_BASE + FIELD_MAPS.get(field);
    if (!applies(url, c, forward)) {
      return c;
    }
    Translation t = translate(c, url, forward);
    if (t.status() != Translation.Status.MAPPED) {
      losses.losses().add(unmapped(path, t));
      return c;
    }
    Coding target = t.matches().get(0).coding().orElseThrow();
    if (same(target, c)) {
      return c;
    }
    losses.translations().add(translated(path, t, c, target));
    return target;
  }

  private static Concept concept(
      Concept c, Path path, String field, boolean forward, Report losses) {
    String url = MAP_BASE + FIELD_MAPS.get(field);
    if (!forward && c.codings().stream().anyMatch(x -> applies(url, x, true))) {
      return c;
    }
    Concept out = c;
    for (Coding coding : c.codings()) {
      if (!applies(url, coding, forward)) {
        continue;
      }
      Translation t = translate(coding, url, forward);
      if (forward ? !t.isMapped() : t.status() != Translation.Status.MAPPED) {
        losses.losses().add(unmapped(path, t));
        continue;
      }
      List<Coding> added = new ArrayList<>();
      for (Translation.Target target : t.matches()) {
        Coding tc = target.coding().orElseThrow();
        if (out.codings().stream().noneMatch(x -> same(x, tc)) && !added.contains(tc)) {
          added.add(tc);
        }
      }
      if (added.isEmpty()) {
        continue;
      }
      List<Coding> codings = new ArrayList<>();
      if (forward) {
        codings.addAll(out.codings());
        codings.addAll(added);
      } else {
        codings.addAll(added);
        codings.addAll(out.codings());
      }
      out = new Concept(codings, out.text());
      losses.translations().add(translated(path, t, coding, added.get(0)));
    }
    return out;
  }

  /**
   * Whether the map translates codings of this system in this direction: the system is a group
   * source (forward) or a group target that is not also a source (backward).
   */
  private static boolean applies(String url, Coding c, boolean forward) {
    if (c.system() == null || c.code() == null) {
      return false;
    }
    Systems systems = SYSTEMS.computeIfAbsent(url, V2Vocabulary::systems);
    return forward
        ? systems.sources().contains(c.system())
        : systems.targets().contains(c.system()) && !systems.sources().contains(c.system());
  }

  private static Systems systems(String url) {
    Set<String> sources = new HashSet<>();
    Set<String> targets = new HashSet<>();
    Optional<ConceptMap> map = TERMINOLOGY.conceptMap(url);
    if (map.isPresent()) {
      for (ConceptMap.Group g : map.get().groups()) {
        if (g.source() != null) {
          sources.add(g.source());
        }
        if (g.target() != null) {
          targets.add(g.target());
        }
      }
    }
    return new Systems(Set.copyOf(sources), Set.copyOf(targets));
  }

  private static boolean same(Coding a, Coding b) {
    return java.util.Objects.equals(a.system(), b.system())
        && java.util.Objects.equals(a.code(), b.code());
  }

  private static String provenance(Translation t) {
    return t.mapVersion() == null ? t.mapUrl() : t.mapUrl() + "|" + t.mapVersion();
  }

  private static Issue translated(Path path, Translation t, Coding from, Coding to) {
    return Issue.of(
        IssueCode.CODE_TRANSLATED,
        path.toString(),
        "code translated through concept map "
            + provenance(t)
            + " from "
            + from.system()
            + " to "
            + to.system());
  }

  private static Loss unmapped(Path path, Translation t) {
    return new Loss(
        path.toString(),
        IssueCode.CODE_UNMAPPED.name()
            + ": no single target in concept map "
            + provenance(t)
            + " for a code of "
            + t.source().system()
            + "; the original code is kept");
  }

  /**
   * A record class's components, accessors and canonical constructor, and which components can lead
   * to a field of {@link #FIELD_MAPS} (only those are walked).
   */
  private static final class Shape {
    final String simpleName;
    final RecordComponent[] components;
    final Constructor<?> constructor;
    final boolean[] relevant;
    final Method[] accessors;
    final String[] names;
    final String[] keys;
    final boolean worthWalking;

    private Shape(
        String simpleName,
        RecordComponent[] components,
        Constructor<?> constructor,
        boolean[] relevant) {
      this.simpleName = simpleName;
      this.components = components;
      this.constructor = constructor;
      this.relevant = relevant;
      int n = components == null ? 0 : components.length;
      this.accessors = new Method[n];
      this.names = new String[n];
      this.keys = new String[n];
      for (int i = 0; i < n; i++) {
        accessors[i] = components[i].getAccessor();
        names[i] = components[i].getName();
        String key = simpleName + "." + names[i];
        keys[i] = FIELD_MAPS.containsKey(key) ? key : null;
      }
      boolean any = false;
      for (boolean b : relevant) {
        any |= b;
      }
      this.worthWalking = constructor != null && any;
    }

    static Shape of(Class<?> type) {
      if (!isModel(type)) {
        return new Shape(type.getSimpleName(), null, null, new boolean[0]);
      }
      RecordComponent[] rc = type.getRecordComponents();
      Class<?>[] types = new Class<?>[rc.length];
      boolean[] relevant = new boolean[rc.length];
      for (int i = 0; i < rc.length; i++) {
        types[i] = rc[i].getType();
        relevant[i] =
            FIELD_MAPS.containsKey(type.getSimpleName() + "." + rc[i].getName())
                || reaches(rc[i].getGenericType(), new HashSet<>());
      }
      try {
        return new Shape(type.getSimpleName(), rc, type.getDeclaredConstructor(types), relevant);
      } catch (NoSuchMethodException e) {
        return new Shape(type.getSimpleName(), null, null, new boolean[0]);
      }
    }

    private static boolean isModel(Class<?> type) {
      return type.isRecord() && type.getPackageName().startsWith("dev.koine.core");
    }

    /** Whether a value of this type can hold a field of {@link #FIELD_MAPS}. */
    private static boolean reaches(Type t, Set<Class<?>> seen) {
      if (t instanceof ParameterizedType p) {
        for (Type a : p.getActualTypeArguments()) {
          if (reaches(a, seen)) {
            return true;
          }
        }
        return false;
      }
      if (!(t instanceof Class<?> c) || !seen.add(c)) {
        return false;
      }
      if (c.isSealed()) {
        for (Class<?> sub : c.getPermittedSubclasses()) {
          if (reaches(sub, seen)) {
            return true;
          }
        }
        return false;
      }
      if (!isModel(c) || c == Concept.class || c == Coding.class) {
        return false;
      }
      for (RecordComponent rc : c.getRecordComponents()) {
        if (FIELD_MAPS.containsKey(c.getSimpleName() + "." + rc.getName())
            || reaches(rc.getGenericType(), seen)) {
          return true;
        }
      }
      return false;
    }

    Object read(Record r, int i) {
      try {
        return accessors[i].invoke(r);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException(
            "cannot read " + simpleName + "." + components[i].getName(), e);
      }
    }

    Record make(Object[] args) {
      try {
        return (Record) constructor.newInstance(args);
      } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot rebuild " + simpleName, e);
      }
    }
  }
}
