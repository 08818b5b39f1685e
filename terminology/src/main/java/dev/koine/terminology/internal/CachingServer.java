package dev.koine.terminology.internal;

import dev.koine.core.code.Coding;
import dev.koine.core.internal.Checks;
import dev.koine.terminology.ConceptDefinition;
import dev.koine.terminology.TerminologyServer;
import dev.koine.terminology.Translation;
import dev.koine.terminology.ValidationResult;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A {@link TerminologyServer} that remembers answers in three bounded LRU maps. The delegate is
 * called outside any lock, so a slow server never blocks cache hits; two threads missing the same
 * key at once may both ask it. Not API: use {@link TerminologyServer#caching}.
 */
public final class CachingServer implements TerminologyServer {
  private final TerminologyServer delegate;
  private final Lru<ValidateKey, ValidationResult> validations;
  private final Lru<LookupKey, Optional<ConceptDefinition>> lookups;
  private final Lru<TranslateKey, Translation> translations;

  private record ValidateKey(Coding coding, String valueSetUrl) {}

  private record LookupKey(String system, String code) {}

  private record TranslateKey(Coding coding, String conceptMapUrl) {}

  /** A cache of up to {@code maxEntries} answers per operation. */
  public CachingServer(TerminologyServer delegate, int maxEntries) {
    this.delegate = Checks.notNull(delegate, "delegate");
    Checks.require(maxEntries >= 1, "maxEntries must be at least 1");
    this.validations = new Lru<>(maxEntries);
    this.lookups = new Lru<>(maxEntries);
    this.translations = new Lru<>(maxEntries);
  }

  @Override
  public String name() {
    return delegate.name();
  }

  @Override
  public ValidationResult validateCode(Coding coding, String valueSetUrl) {
    return validations.get(
        new ValidateKey(coding, valueSetUrl), () -> delegate.validateCode(coding, valueSetUrl));
  }

  @Override
  public Optional<ConceptDefinition> lookup(String system, String code) {
    return lookups.get(new LookupKey(system, code), () -> delegate.lookup(system, code));
  }

  @Override
  public Translation translate(Coding coding, String conceptMapUrl) {
    return translations.get(
        new TranslateKey(coding, conceptMapUrl), () -> delegate.translate(coding, conceptMapUrl));
  }

  private static final class Lru<K, V> {
    private final Map<K, V> map;

    Lru(int max) {
      this.map =
          new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
              return size() > max;
            }
          };
    }

    V get(K key, Supplier<V> compute) {
      synchronized (map) {
        V v = map.get(key);
        if (v != null) {
          return v;
        }
      }
      V v = Checks.notNull(compute.get(), "terminology server answer");
      synchronized (map) {
        map.put(key, v);
      }
      return v;
    }
  }
}
