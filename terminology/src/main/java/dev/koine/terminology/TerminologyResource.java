package dev.koine.terminology;

/**
 * A loaded terminology resource: a {@link CodeSystem}, {@link ValueSet} or {@link ConceptMap}.
 * Every one is identified by its canonical URL and (optionally) version.
 */
public sealed interface TerminologyResource permits CodeSystem, ValueSet, ConceptMap {
  /** The canonical URL; never null. */
  String url();

  /** The business version, or null. */
  String version();

  /** The computer-friendly name, or null. */
  String name();

  /** The human title, or null. */
  String title();

  /** The publication status. */
  PublicationStatus status();

  /** The description (markdown as published), or null. */
  String description();

  /** {@code url|version}, or just the URL when there is no version. */
  default String canonical() {
    return version() == null ? url() : url() + "|" + version();
  }
}
