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
import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaConversionException;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

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

  /**
   * The map of each field of {@link #FIELD_MAPS}, loaded once, by field: a translation looks its
   * map and systems up through the field's {@link FieldMap} instead of building the URL and hashing
   * it for each coding.
   */
  private static final Map<String, FieldMap> BY_FIELD = byField();

  private static Map<String, FieldMap> byField() {
    Map<String, FieldMap> m = new HashMap<>();
    FIELD_MAPS.forEach((field, name) -> m.put(field, new FieldMap(MAP_BASE + name)));
    return Map.copyOf(m);
  }

  /** A map by URL, each way (the reverse made on first use), and its groups' systems. */
  private static final class FieldMap {
    final Set<String> sources;
    final Set<String> targets;
    private final Optional<ConceptMap> map;
    private final String provenance;

    /**
     * The report text of a forward translation, by source then target system, made once for each
     * group of the map (building it per translation was most of reporting one).
     */
    private final Map<String, Map<String, String>> forwardReports;

    private volatile ConceptMap reverse;

    FieldMap(String url) {
      this.map = TERMINOLOGY.conceptMap(url);
      Set<String> s = new HashSet<>();
      Set<String> t = new HashSet<>();
      if (map.isPresent()) {
        for (ConceptMap.Group g : map.get().groups()) {
          if (g.source() != null) {
            s.add(g.source());
          }
          if (g.target() != null) {
            t.add(g.target());
          }
        }
      }
      this.sources = Set.copyOf(s);
      this.targets = Set.copyOf(t);
      this.provenance =
          map.map(cm -> cm.version() == null ? cm.url() : cm.url() + "|" + cm.version())
              .orElse(null);
      Map<String, Map<String, String>> reports = new HashMap<>();
      if (map.isPresent()) {
        for (ConceptMap.Group g : map.get().groups()) {
          if (g.source() != null && g.target() != null) {
            reports
                .computeIfAbsent(g.source(), k -> new HashMap<>())
                .put(g.target(), V2Vocabulary.translatedReport(provenance, g.source(), g.target()));
          }
        }
      }
      reports.replaceAll((k, v) -> Map.copyOf(v));
      this.forwardReports = Map.copyOf(reports);
    }

    /** The report text of a translation from a coding of one system to one of another. */
    String translatedReport(Translation t, String from, String to) {
      if (isForward(t) && from != null && to != null) {
        Map<String, String> byTarget = forwardReports.get(from);
        String made = byTarget == null ? null : byTarget.get(to);
        if (made != null) {
          return made;
        }
      }
      return V2Vocabulary.translatedReport(provenance(t), from, to);
    }

    /** Whether the translation was made by the forward map (not its reverse). */
    private boolean isForward(Translation t) {
      return map.isPresent()
          && t.mapUrl().equals(map.get().url())
          && java.util.Objects.equals(t.mapVersion(), map.get().version());
    }

    /**
     * {@code url|version} of the translation's map, the forward map's made once: each translation
     * report built it by concatenation.
     */
    String provenance(Translation t) {
      if (isForward(t)) {
        return provenance;
      }
      return V2Vocabulary.provenance(t); // the reverse map's
    }

    Translation translate(Coding c, boolean forward) {
      if (forward) {
        return map.orElseThrow().translate(c);
      }
      ConceptMap r = reverse;
      if (r == null) {
        // racy but safe: each thread makes the same immutable reverse map
        r = map.orElseThrow().reverse();
        reverse = r;
      }
      return r.translate(c);
    }
  }

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
    PathStack path = new PathStack();
    path.push("message.payload", -1);
    Object payload = walk(m.payload(), path, null, forward, losses, null, 0);
    return payload == m.payload() ? m : Message.of(m.envelope(), (Payload) payload);
  }

  /**
   * The value with its codes translated; the value itself when nothing changed. {@code owner} and
   * {@code slot} say which record component (or its list elements) the value was read from, where
   * the shape of the record last found there is kept ({@link Shape#kids}).
   */
  private static Object walk(
      Object value,
      PathStack path,
      FieldMap field,
      boolean forward,
      Report losses,
      Shape owner,
      int slot) {
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
        path.push(null, i);
        Object w = walk(v, path, field, forward, losses, owner, slot);
        path.pop();
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
    Shape shape = shapeOf(r, owner, slot);
    if (!shape.worthWalking) {
      return r;
    }
    Object[] args = null;
    for (int i : shape.walked) {
      Object v = shape.read(r, i);
      if (v == null) {
        continue;
      }
      path.push(shape.names[i], -1);
      Object w = walk(v, path, shape.keys[i], forward, losses, shape, i);
      path.pop();
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

  /**
   * The shape of {@code r}'s class: the one last found in the same component when it is of that
   * class (a component nearly always holds one record type), otherwise looked up in {@link #SHAPES}
   * and kept as the component's hint. The class-value lookup was a sixth of the walk's own time.
   */
  private static Shape shapeOf(Record r, Shape owner, int slot) {
    Class<?> type = r.getClass();
    if (owner != null) {
      Shape last = owner.kids[slot];
      if (last != null && last.type == type) {
        return last;
      }
    }
    Shape shape = SHAPES.get(type);
    if (owner != null) {
      // racy but safe: a Shape is immutable but for these hints, and any shape kept is correct
      owner.kids[slot] = shape;
    }
    return shape;
  }

  private static Coding coding(
      Coding c, PathStack path, FieldMap field, boolean forward, Report losses) {
    if (!applies(field, c, forward)) {
      return c;
    }
    Translation t = field.translate(c, forward);
    if (t.status() != Translation.Status.MAPPED) {
      losses.losses().add(unmapped(path, field, t));
      return c;
    }
    Coding target = t.matches().get(0).coding().orElseThrow();
    if (same(target, c)) {
      return c;
    }
    losses.translations().add(translated(path, field, t, c, target));
    return target;
  }

  private static Concept concept(
      Concept c, PathStack path, FieldMap field, boolean forward, Report losses) {
    if (!forward) {
      for (Coding x : c.codings()) {
        if (applies(field, x, true)) {
          return c;
        }
      }
    }
    Concept out = c;
    for (Coding coding : c.codings()) {
      if (!applies(field, coding, forward)) {
        continue;
      }
      Translation t = field.translate(coding, forward);
      if (forward ? !t.isMapped() : t.status() != Translation.Status.MAPPED) {
        losses.losses().add(unmapped(path, field, t));
        continue;
      }
      List<Coding> added = new ArrayList<>();
      for (Translation.Target target : t.matches()) {
        Coding tc = target.coding().orElseThrow();
        if (!holds(out.codings(), tc) && !added.contains(tc)) {
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
      losses.translations().add(translated(path, field, t, coding, added.get(0)));
    }
    return out;
  }

  /**
   * Whether the map translates codings of this system in this direction: the system is a group
   * source (forward) or a group target that is not also a source (backward).
   */
  private static boolean applies(FieldMap map, Coding c, boolean forward) {
    if (c.system() == null || c.code() == null) {
      return false;
    }
    return forward
        ? map.sources.contains(c.system())
        : map.targets.contains(c.system()) && !map.sources.contains(c.system());
  }

  private static boolean holds(List<Coding> codings, Coding c) {
    for (Coding x : codings) {
      if (same(x, c)) {
        return true;
      }
    }
    return false;
  }

  private static boolean same(Coding a, Coding b) {
    return java.util.Objects.equals(a.system(), b.system())
        && java.util.Objects.equals(a.code(), b.code());
  }

  private static String provenance(Translation t) {
    return t.mapVersion() == null ? t.mapUrl() : t.mapUrl() + "|" + t.mapVersion();
  }

  private static Issue translated(
      PathStack path, FieldMap field, Translation t, Coding from, Coding to) {
    return Issue.of(
        IssueCode.CODE_TRANSLATED,
        path.toString(),
        field.translatedReport(t, from.system(), to.system()));
  }

  private static String translatedReport(String provenance, String from, String to) {
    return "code translated through concept map " + provenance + " from " + from + " to " + to;
  }

  private static Loss unmapped(PathStack path, FieldMap field, Translation t) {
    return new Loss(
        path.toString(),
        IssueCode.CODE_UNMAPPED.name()
            + ": no single target in concept map "
            + field.provenance(t)
            + " for a code of "
            + t.source().system()
            + "; the original code is kept");
  }

  /**
   * A record class's components, accessors and canonical constructor, and which components can lead
   * to a field of {@link #FIELD_MAPS} (only those are walked).
   */
  private static final class Shape {
    final Class<?> type;
    final String simpleName;
    final RecordComponent[] components;
    final String[] names;
    final FieldMap[] keys;

    /** The indexes of the components that can lead to a field of {@link #FIELD_MAPS}. */
    final int[] walked;

    final boolean worthWalking;

    /** Per component, the shape of the record last found there (a hint, see {@link #shapeOf}). */
    final Shape[] kids;

    /**
     * Each accessor as a function, made once per record type: reading a component is then an
     * interface call, where {@code Method.invoke} checked access and allocated an argument array
     * per call (a quarter of the walk's allocation) and a method handle held in an array is not
     * inlined (over a third of the walk's time).
     */
    private final Function<Object, Object>[] accessors;

    /**
     * The canonical constructor, its access check suppressed once. Called through reflection: a
     * spreading method handle that is not a constant runs as an interpreted lambda form, casting
     * each argument through {@code Class.cast} (two thirds of a rebuild's time).
     */
    private final Constructor<?> constructor;

    private Shape(
        Class<?> type,
        String simpleName,
        RecordComponent[] components,
        Constructor<?> constructor,
        boolean[] relevant) {
      this.type = type;
      this.simpleName = simpleName;
      this.components = components;
      int n = components == null ? 0 : components.length;
      this.kids = new Shape[n];
      this.accessors = newFunctions(n);
      this.names = new String[n];
      this.keys = new FieldMap[n];
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      try {
        for (int i = 0; i < n; i++) {
          accessors[i] = function(lookup, components[i].getAccessor());
          names[i] = components[i].getName();
          keys[i] = BY_FIELD.get(simpleName + "." + names[i]);
        }
        if (constructor != null) {
          constructor.setAccessible(true);
        }
        this.constructor = constructor;
      } catch (ReflectiveOperationException | LambdaConversionException e) {
        throw new IllegalStateException("cannot read the components of " + simpleName, e);
      }
      int count = 0;
      for (boolean b : relevant) {
        count += b ? 1 : 0;
      }
      this.walked = new int[count];
      for (int i = 0, k = 0; i < relevant.length; i++) {
        if (relevant[i]) {
          walked[k++] = i;
        }
      }
      this.worthWalking = constructor != null && count > 0;
    }

    static Shape of(Class<?> type) {
      if (!isModel(type)) {
        return new Shape(type, type.getSimpleName(), null, null, new boolean[0]);
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
        return new Shape(
            type, type.getSimpleName(), rc, type.getDeclaredConstructor(types), relevant);
      } catch (NoSuchMethodException e) {
        return new Shape(type, type.getSimpleName(), null, null, new boolean[0]);
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

    @SuppressWarnings({"unchecked", "rawtypes"}) // an array of a generic type
    private static Function<Object, Object>[] newFunctions(int n) {
      return new Function[n];
    }

    /** An accessor of a public record as a function, bound by the lambda metafactory. */
    @SuppressWarnings("unchecked") // the factory makes a Function
    private static Function<Object, Object> function(MethodHandles.Lookup lookup, Method accessor)
        throws IllegalAccessException, LambdaConversionException {
      MethodHandle getter = lookup.unreflect(accessor);
      CallSite site =
          LambdaMetafactory.metafactory(
              lookup,
              "apply",
              MethodType.methodType(Function.class),
              MethodType.methodType(Object.class, Object.class),
              getter,
              MethodType.methodType(Object.class, accessor.getDeclaringClass()));
      try {
        return (Function<Object, Object>) site.getTarget().invoke();
      } catch (Throwable e) {
        throw new IllegalStateException("cannot bind " + accessor.getName(), e);
      }
    }

    Object read(Record r, int i) {
      return accessors[i].apply(r);
    }

    Record make(Object[] args) {
      try {
        return (Record) constructor.newInstance(args);
      } catch (InvocationTargetException e) {
        throw new IllegalStateException("cannot rebuild " + simpleName, e.getCause());
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot rebuild " + simpleName, e);
      }
    }
  }
}
