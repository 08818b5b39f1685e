package dev.koine.terminology;

import dev.koine.core.code.Coding;
import dev.koine.terminology.internal.CachingServer;
import java.util.Optional;

/**
 * A terminology server that can answer what Koine cannot offline: membership of value sets defined
 * by SNOMED CT or dm+d rules, lookups in SNOMED CT, translations with server-side maps. The NHS
 * England Terminology Server (Ontoserver) is one; an HTTP client for FHIR {@code $validate-code},
 * {@code $lookup} and {@code $translate} implements this interface.
 *
 * <p>Give one to {@link Terminology.Builder#server(TerminologyServer)}: every result that would
 * otherwise be {@link ValidationResult.NotChecked} is then asked of the server. Implementations
 * must be thread-safe. Wrap a remote one in {@link #caching(TerminologyServer, int)}.
 */
public interface TerminologyServer {
  /** A name for messages, such as the server's base URL. */
  String name();

  /**
   * FHIR {@code ValueSet/$validate-code}: is the coding in the value set? A server that cannot tell
   * either answers {@link ValidationResult.NotChecked} with its reason.
   */
  ValidationResult validateCode(Coding coding, String valueSetUrl);

  /** FHIR {@code CodeSystem/$lookup}: the concept, or empty if the server does not know it. */
  Optional<ConceptDefinition> lookup(String system, String code);

  /** FHIR {@code ConceptMap/$translate} with a map the server holds. */
  Translation translate(Coding coding, String conceptMapUrl);

  /**
   * A thread-safe wrapper that remembers up to {@code maxEntries} answers of each kind (least
   * recently used evicted). Exceptions are passed on and not remembered.
   *
   * @throws IllegalArgumentException if {@code maxEntries < 1}
   */
  static TerminologyServer caching(TerminologyServer delegate, int maxEntries) {
    return new CachingServer(delegate, maxEntries);
  }
}
