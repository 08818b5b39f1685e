package dev.koine.terminology;

import dev.koine.core.code.Coding;
import dev.koine.core.internal.Checks;
import dev.koine.terminology.internal.PackRegistry;
import dev.koine.terminology.internal.ValueSetEvaluator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Lookup, validation and translation over a set of code systems, value sets and concept maps: the
 * bundled NHS packs (UK Core, ITK3, BaRS, NHS England message events, HL7 v2 tables and v2-to-FHIR
 * maps, FHIR base code systems, Koine's migration maps) and any you add.
 *
 * <p>Thread-safe; one instance is meant to be shared. Bundled resources are parsed on first use and
 * then kept, so {@link #bundled()} costs only reading a small index; {@link #lookup} and {@link
 * ConceptMap#translate} are hash lookups. Resources you add win over bundled ones with the same
 * URL.
 *
 * <p>{@link #validate} answers VALID, INVALID or NOT_CHECKED and never passes silently: value sets
 * defined by SNOMED CT or dm+d rules are NOT_CHECKED with the reason, unless a {@link
 * TerminologyServer} is configured, which is then asked instead.
 */
public final class Terminology {
  private static final String CODE_SYSTEM = "CodeSystem";
  private static final String VALUE_SET = "ValueSet";
  private static final String CONCEPT_MAP = "ConceptMap";

  private final PackRegistry packs;
  private final Map<String, CodeSystem> localCodeSystems;
  private final Map<String, ValueSet> localValueSets;
  private final Map<String, ConceptMap> localConceptMaps;

  /** Resources read from the packs, one map per kind (no key concatenation on the lookup path). */
  private final Map<String, Map<String, Optional<TerminologyResource>>> loaded =
      Map.of(
          CODE_SYSTEM, new ConcurrentHashMap<>(),
          VALUE_SET, new ConcurrentHashMap<>(),
          CONCEPT_MAP, new ConcurrentHashMap<>());

  private final Map<String, ConceptMap> reversed = new ConcurrentHashMap<>();
  private final TerminologyServer server;
  private final ValueSetEvaluator evaluator;
  private final Migration migration;

  private Terminology(Builder b) {
    this.packs = b.bundled ? Holder.PACKS : null;
    Map<String, CodeSystem> cs = new HashMap<>();
    Map<String, ValueSet> vs = new HashMap<>();
    Map<String, ConceptMap> cm = new HashMap<>();
    for (TerminologyResource r : b.resources) {
      if (r instanceof CodeSystem c) {
        cs.put(c.url(), c);
      } else if (r instanceof ValueSet v) {
        vs.put(v.url(), v);
      } else if (r instanceof ConceptMap m) {
        cm.put(m.url(), m);
      }
    }
    this.localCodeSystems = Map.copyOf(cs);
    this.localValueSets = Map.copyOf(vs);
    this.localConceptMaps = Map.copyOf(cm);
    this.server = b.server;
    this.evaluator =
        new ValueSetEvaluator(
            url -> codeSystem(url).orElse(null), url -> valueSet(url).orElse(null));
    this.migration = new Migration(this);
  }

  private static final class Holder {
    static final PackRegistry PACKS = PackRegistry.bundled();
  }

  private static final class Bundled {
    static final Terminology INSTANCE = builder().build();
  }

  /** The shared instance over the bundled packs only, with no terminology server. */
  public static Terminology bundled() {
    return Bundled.INSTANCE;
  }

  /** A builder; it includes the bundled packs unless told otherwise. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Terminology}. Not thread-safe; the result is. */
  public static final class Builder {
    private boolean bundled = true;
    private final List<TerminologyResource> resources = new ArrayList<>();
    private TerminologyServer server;

    private Builder() {}

    /** Leaves the bundled packs out: only the resources added are known. */
    public Builder withoutBundledPacks() {
      this.bundled = false;
      return this;
    }

    /** Adds a resource (a later one with the same URL wins). */
    public Builder add(TerminologyResource resource) {
      resources.add(Checks.notNull(resource, "resource"));
      return this;
    }

    /** Adds resources. */
    public Builder addAll(Collection<? extends TerminologyResource> all) {
      for (TerminologyResource r : Checks.notNull(all, "all")) {
        add(r);
      }
      return this;
    }

    /** The server asked whatever cannot be decided offline (null: none). */
    public Builder server(TerminologyServer terminologyServer) {
      this.server = terminologyServer;
      return this;
    }

    /** The terminology. */
    public Terminology build() {
      return new Terminology(this);
    }
  }

  // ---------------------------------------------------------------- resolution

  private <T extends TerminologyResource> Optional<T> resolve(
      String kind, String canonical, Map<String, T> local, Class<T> type) {
    Checks.notNull(canonical, "url");
    int bar = canonical.indexOf('|');
    String url = bar < 0 ? canonical : canonical.substring(0, bar);
    T found = local.get(url);
    if (found == null && packs != null) {
      Map<String, Optional<TerminologyResource>> ofKind = loaded.get(kind);
      Optional<TerminologyResource> r = ofKind.get(url);
      if (r == null) {
        PackRegistry.Entry e = packs.find(kind, url);
        r =
            e == null
                ? Optional.empty()
                : ofKind.computeIfAbsent(url, k -> Optional.of(packs.load(e)));
      }
      found = r.map(type::cast).orElse(null);
    }
    if (found == null || (bar >= 0 && !canonical.substring(bar + 1).equals(found.version()))) {
      return Optional.empty();
    }
    return Optional.of(found);
  }

  /** The code system with this URL ({@code url} or {@code url|version}), if known. */
  public Optional<CodeSystem> codeSystem(String url) {
    return resolve(CODE_SYSTEM, url, localCodeSystems, CodeSystem.class);
  }

  /** The value set with this URL ({@code url} or {@code url|version}), if known. */
  public Optional<ValueSet> valueSet(String url) {
    return resolve(VALUE_SET, url, localValueSets, ValueSet.class);
  }

  /** The concept map with this URL ({@code url} or {@code url|version}), if known. */
  public Optional<ConceptMap> conceptMap(String url) {
    return resolve(CONCEPT_MAP, url, localConceptMaps, ConceptMap.class);
  }

  private List<String> urls(String kind, Map<String, ?> local) {
    TreeSet<String> all = new TreeSet<>(local.keySet());
    if (packs != null) {
      for (PackRegistry.Entry e : packs.entries()) {
        if (e.kind().equals(kind)) {
          all.add(e.url());
        }
      }
    }
    return List.copyOf(all);
  }

  /** The URLs of every known code system, sorted. */
  public List<String> codeSystemUrls() {
    return urls(CODE_SYSTEM, localCodeSystems);
  }

  /** The URLs of every known value set, sorted. */
  public List<String> valueSetUrls() {
    return urls(VALUE_SET, localValueSets);
  }

  /** The URLs of every known concept map, sorted. */
  public List<String> conceptMapUrls() {
    return urls(CONCEPT_MAP, localConceptMaps);
  }

  /**
   * Parses every bundled resource now rather than on first use (to measure, or to move the cost to
   * start-up). Returns how many resources are known.
   */
  public int loadAll() {
    int n = 0;
    for (String url : codeSystemUrls()) {
      n += codeSystem(url).isPresent() ? 1 : 0;
    }
    for (String url : valueSetUrls()) {
      n += valueSet(url).isPresent() ? 1 : 0;
    }
    for (String url : conceptMapUrls()) {
      n += conceptMap(url).isPresent() ? 1 : 0;
    }
    return n;
  }

  /** The configured terminology server, if any. */
  public Optional<TerminologyServer> server() {
    return Optional.ofNullable(server);
  }

  // ---------------------------------------------------------------- lookup

  /**
   * The concept for {@code system|code}: from a loaded code system, else (if one is configured and
   * the loaded system is missing or incomplete) from the terminology server.
   */
  public Optional<ConceptDefinition> lookup(String system, String code) {
    Checks.notNull(system, "system");
    Checks.notNull(code, "code");
    Optional<CodeSystem> cs = codeSystem(system);
    if (cs.isPresent()) {
      Optional<ConceptDefinition> found = cs.get().concept(code);
      if (found.isPresent() || server == null || cs.get().isComplete()) {
        return found;
      }
    }
    return server == null ? Optional.empty() : server.lookup(system, code);
  }

  /** The concept of a coding (empty if it has no system or code). */
  public Optional<ConceptDefinition> lookup(Coding coding) {
    Checks.notNull(coding, "coding");
    if (coding.system() == null || coding.code() == null) {
      return Optional.empty();
    }
    return lookup(coding.system(), coding.code());
  }

  // ---------------------------------------------------------------- validation

  /**
   * Whether the coding is in the value set with this URL. An unknown value set is NOT_CHECKED (or
   * asked of the server).
   */
  public ValidationResult validate(Coding coding, String valueSetUrl) {
    Checks.notNull(coding, "coding");
    Optional<ValueSet> vs = valueSet(valueSetUrl);
    if (vs.isEmpty()) {
      return server != null
          ? server.validateCode(coding, valueSetUrl)
          : ValidationResult.notChecked(
              "value set "
                  + valueSetUrl
                  + " is not loaded: needs a terminology server or the value set");
    }
    return validate(coding, vs.get());
  }

  /**
   * Whether the coding is in the value set: VALID, INVALID (why) or NOT_CHECKED (why). With a
   * server configured, what is not decidable here is asked of it.
   */
  public ValidationResult validate(Coding coding, ValueSet valueSet) {
    Checks.notNull(coding, "coding");
    Checks.notNull(valueSet, "valueSet");
    ValidationResult r = evaluator.validate(coding, valueSet);
    if (r.status() == ValidationResult.Status.NOT_CHECKED && server != null) {
      return server.validateCode(coding, valueSet.url());
    }
    return r;
  }

  /** Whether the value set can be enumerated here or needs a terminology server, and why. */
  public ValueSet.Classification classify(ValueSet valueSet) {
    return evaluator.classify(Checks.notNull(valueSet, "valueSet"));
  }

  // ---------------------------------------------------------------- translation

  private ConceptMap requireMap(String url, Function<ConceptMap, ConceptMap> view) {
    Optional<ConceptMap> map = conceptMap(url);
    return map.map(view).orElse(null);
  }

  /**
   * Translates a coding with the concept map with this URL (or, if not loaded, with the server).
   *
   * @throws IllegalArgumentException if no such map is loaded and there is no server
   */
  public Translation translate(Coding coding, String conceptMapUrl) {
    Checks.notNull(coding, "coding");
    ConceptMap map = requireMap(conceptMapUrl, m -> m);
    if (map != null) {
      return map.translate(coding);
    }
    if (server != null) {
      return server.translate(coding, conceptMapUrl);
    }
    throw new IllegalArgumentException("no concept map is loaded with URL " + conceptMapUrl);
  }

  /**
   * Translates a coding backwards through the map with this URL (target → source; see {@link
   * ConceptMap#reverse()}). The reversed map is built once and kept.
   *
   * @throws IllegalArgumentException if no such map is loaded
   */
  public Translation reverseTranslate(Coding coding, String conceptMapUrl) {
    Checks.notNull(coding, "coding");
    ConceptMap map =
        requireMap(
            conceptMapUrl,
            m -> reversed.computeIfAbsent(m.url() + "|" + m.version(), k -> m.reverse()));
    if (map == null) {
      throw new IllegalArgumentException("no concept map is loaded with URL " + conceptMapUrl);
    }
    return map.translate(coding);
  }

  /**
   * The coverage of a set of local codes by the map with this URL.
   *
   * @throws IllegalArgumentException if no such map is loaded
   */
  public CoverageReport coverage(Collection<Coding> codings, String conceptMapUrl) {
    ConceptMap map = requireMap(conceptMapUrl, m -> m);
    if (map == null) {
      throw new IllegalArgumentException("no concept map is loaded with URL " + conceptMapUrl);
    }
    return map.coverage(codings);
  }

  /** Retired-code migration through the migration maps this terminology knows. */
  public Migration migration() {
    return migration;
  }
}
