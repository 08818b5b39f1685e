package dev.koine.terminology;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik generators for terminology values: codes, displays with commas, quotes, line breaks and
 * non-ASCII text, concept maps of several shapes. Plain arbitraries (no domain context), reusable
 * by other test classes.
 */
public final class TerminologyArbitraries {
  private TerminologyArbitraries() {}

  private static final int[] DISPLAY_CODE_POINTS = {
    ',', '"', '\'', '\n', ';', '|', '\\', ' ', 'é', 'ü', 'ß', '£', '€', 'Ω', '中', '文', 0x00A0,
    0x1F600, 0x1F3E5
  };

  /** A code: 1–12 characters of letters, digits and {@code -._}, sometimes non-ASCII. */
  public static Arbitrary<String> codes() {
    return Arbitraries.oneOf(
        Arbitraries.strings()
            .withCharRange('a', 'z')
            .withCharRange('A', 'Z')
            .withCharRange('0', '9')
            .withChars('-', '.', '_')
            .ofMinLength(1)
            .ofMaxLength(12),
        Arbitraries.strings().withChars('é', 'ß', '中', '1', 'X').ofMinLength(1).ofMaxLength(4));
  }

  /** A SNOMED CT-like concept id (6–18 digits, no leading zero). */
  public static Arbitrary<String> snomedIds() {
    return Arbitraries.longs().between(100_000L, 999_999_999_999_999_999L).map(String::valueOf);
  }

  /** Display text: any mix of ASCII, CSV-special characters and non-ASCII (incl. emoji). */
  public static Arbitrary<String> displays() {
    Arbitrary<Integer> codePoint =
        Arbitraries.oneOf(
            Arbitraries.integers().between(0x20, 0x7E),
            Arbitraries.integers()
                .between(0, DISPLAY_CODE_POINTS.length - 1)
                .map(i -> DISPLAY_CODE_POINTS[i]));
    return codePoint
        .list()
        .ofMinSize(1)
        .ofMaxSize(30)
        .map(
            cps -> {
              StringBuilder sb = new StringBuilder();
              cps.forEach(sb::appendCodePoint);
              return sb.toString();
            });
  }

  private static Arbitrary<String> nullable(Arbitrary<String> a) {
    return a.injectNull(0.3);
  }

  /** A system URI from a small pool (so that groups collide and merge). */
  public static Arbitrary<String> systems() {
    return Arbitraries.of(
        "http://example.org/local/lab",
        "https://trust.example.nhs.uk/CodeSystem/pas-sex",
        "http://snomed.info/sct",
        "https://fhir.hl7.org.uk/CodeSystem/UKCore-EthnicCategoryEngland",
        "urn:oid:1.2.3.4");
  }

  /** A target as the CSV format can carry it. */
  public static Arbitrary<ConceptMap.Target> targets() {
    return Combinators.combine(
            nullable(codes()),
            nullable(displays()),
            Arbitraries.of(Equivalence.class),
            nullable(displays()))
        .as(ConceptMap.Target::new);
  }

  /** Elements with distinct, non-null codes, each with 0–3 targets. */
  public static Arbitrary<List<ConceptMap.Element>> elements() {
    return Combinators.combine(codes(), nullable(displays()), targets().list().ofMaxSize(3))
        .as(ConceptMap.Element::new)
        .list()
        .ofMinSize(1)
        .ofMaxSize(12)
        .uniqueElements(ConceptMap.Element::code);
  }

  /**
   * Maps the CSV format can carry exactly: 1–3 groups with distinct (source, target) system pairs
   * (either may be absent), no group versions, no unmapped fallback, no metadata.
   */
  public static Arbitrary<ConceptMap> csvMaps() {
    Arbitrary<List<String>> pair = nullable(systems()).list().ofSize(2);
    return Combinators.combine(pair.list().ofMinSize(1).ofMaxSize(3), elements().list().ofSize(3))
        .as(
            (pairs, elements) -> {
              Set<List<String>> seen = new LinkedHashSet<>(pairs);
              List<ConceptMap.Group> groups = new ArrayList<>();
              int i = 0;
              for (List<String> p : seen) {
                groups.add(ConceptMap.Group.of(p.get(0), p.get(1), elements.get(i++)));
              }
              return ConceptMap.of("https://trust.example.nhs.uk/maps/local", "3", groups);
            });
  }

  /** Maps with everything FHIR JSON carries: metadata, versions, unmapped, coded-less elements. */
  public static Arbitrary<ConceptMap> fhirMaps() {
    Arbitrary<ConceptMap.Unmapped> unmapped =
        Combinators.combine(
                Arbitraries.of("provided", "fixed", "other-map"),
                nullable(codes()),
                nullable(displays()))
            .as((m, c, d) -> new ConceptMap.Unmapped(m, c, d, null))
            .injectNull(0.5);
    Arbitrary<ConceptMap.Group> group =
        Combinators.combine(
                nullable(systems()),
                nullable(codes()),
                nullable(systems()),
                nullable(codes()),
                elements(),
                unmapped)
            .as(ConceptMap.Group::new);
    return Combinators.combine(
            nullable(codes()),
            nullable(displays().filter(s -> !s.isBlank())),
            Arbitraries.of(PublicationStatus.class),
            group.list().ofMaxSize(3))
        .as(
            (version, title, status, groups) ->
                new ConceptMap(
                    "http://example.org/ConceptMap/generated",
                    version,
                    "Generated",
                    title,
                    status,
                    null,
                    "http://example.org/ValueSet/source",
                    null,
                    groups));
  }

  /** One-to-one {@code equivalent} maps: distinct source codes to distinct target codes. */
  public static Arbitrary<ConceptMap> oneToOneMaps() {
    return Combinators.combine(
            codes().set().ofMinSize(1).ofMaxSize(30),
            codes().set().ofMinSize(30).ofMaxSize(30),
            nullable(displays()).list().ofSize(30))
        .as(
            (sources, targets, displays) -> {
              List<String> t = new ArrayList<>(targets);
              List<ConceptMap.Element> elements = new ArrayList<>();
              int i = 0;
              for (String s : sources) {
                elements.add(
                    ConceptMap.Element.of(
                        s,
                        displays.get(i),
                        ConceptMap.Target.of(
                            t.get(i), displays.get(29 - i), Equivalence.EQUIVALENT)));
                i++;
              }
              return ConceptMap.of(
                  "http://example.org/ConceptMap/one-to-one",
                  null,
                  List.of(
                      ConceptMap.Group.of(
                          "http://example.org/local", "http://snomed.info/sct", elements)));
            });
  }
}
