package dev.koine.testkit.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Text and token generators shared by the model arbitraries. Not API.
 *
 * <p>Free text is drawn from printable code points of many scripts (Latin with diacritics, Greek,
 * Cyrillic, Arabic, Devanagari, CJK, emoji outside the BMP as proper surrogate pairs) plus the HL7
 * v2 and XML delimiter characters. It never contains control characters, never starts or ends with
 * whitespace and is never blank, so every generated value survives FHIR JSON, FHIR XML and HL7 v2
 * (with escaping) unchanged.
 */
public final class Texts {
  private Texts() {}

  /** Code point ranges (inclusive) used for free text: no whitespace, no controls. */
  private static final int[][] RANGES = {
    {0x21, 0x7E}, // ASCII printable incl. | ^ ~ \ & < > " '
    {0xC0, 0xFF}, // Latin-1 letters
    {0x100, 0x17F}, // Latin Extended-A (Welsh ŵ ŷ)
    {0x391, 0x3C9}, // Greek
    {0x410, 0x44F}, // Cyrillic
    {0x621, 0x64A}, // Arabic
    {0x905, 0x939}, // Devanagari
    {0x4E00, 0x4FFF}, // CJK
    {0x1F600, 0x1F64F} // emoticons (supplementary plane)
  };

  private static int codePoint(Random random) {
    // a-z most of the time, otherwise any range (ASCII punctuation and delimiters included)
    if (random.nextInt(10) < 6) {
      return 'a' + random.nextInt(26);
    }
    int[] range = RANGES[random.nextInt(RANGES.length)];
    return range[0] + random.nextInt(range[1] - range[0] + 1);
  }

  private static String word(Random random) {
    StringBuilder s = new StringBuilder();
    int n = 1 + random.nextInt(10);
    for (int i = 0; i < n; i++) {
      s.appendCodePoint(codePoint(random));
    }
    return s.toString();
  }

  /** A word of 1..10 printable, non-whitespace code points from many scripts. */
  public static Arbitrary<String> unicodeWord() {
    return Gen.memo(
        "Texts.unicodeWord",
        () -> {
          return Arbitraries.randomValue(Texts::word);
        });
  }

  /** Free unicode text: 1..4 words joined by single spaces; never blank, never padded. */
  public static Arbitrary<String> unicodeText() {
    return Gen.memo(
        "Texts.unicodeText",
        () -> {
          return Arbitraries.randomValue(
              random -> {
                StringBuilder s = new StringBuilder(word(random));
                int more = random.nextInt(4);
                for (int i = 0; i < more; i++) {
                  s.append(' ').append(word(random));
                }
                return s.toString();
              });
        });
  }

  /** Free text: mostly realistic clinical phrases, often arbitrary unicode. */
  public static Arbitrary<String> text() {
    return Gen.memo(
        "Texts.text",
        () -> {
          return Gen.choose(
              List.of(Gen.w(1, Arbitraries.of(Fixtures.PHRASES)), Gen.w(1, unicodeText())));
        });
  }

  /** A FHIR logical id: [A-Za-z0-9-.]{1,64}; here short, lower case and often a UUID. */
  public static Arbitrary<String> ids() {
    return Gen.memo(
        "Texts.ids",
        () -> {
          Arbitrary<String> simple =
              Combinators.combine(
                      Arbitraries.of(
                          "pat", "enc", "org", "prac", "obs", "sr", "dr", "loc", "cond", "doc"),
                      Arbitraries.integers().between(1, 999))
                  .as((p, n) -> p + "-" + n);
          return Gen.oneOf(List.of(simple, uuids()));
        });
  }

  /** A random UUID in lower case (not a {@code urn:uuid:}). */
  public static Arbitrary<String> uuids() {
    return Gen.memo(
        "Texts.uuids",
        () -> {
          return Arbitraries.longs()
              .tuple2()
              .map(t -> new UUID(t.get1(), t.get2()).toString().toLowerCase(Locale.ROOT));
        });
  }

  /** A short alphanumeric token (local codes, message ids, set ids). */
  public static Arbitrary<String> tokens() {
    return Gen.memo(
        "Texts.tokens",
        () -> {
          return Arbitraries.strings()
              .withCharRange('A', 'Z')
              .withCharRange('0', '9')
              .ofMinLength(1)
              .ofMaxLength(12);
        });
  }

  /** A plausible absolute URI (https, http or urn:uuid). */
  public static Arbitrary<String> uris() {
    return Gen.memo(
        "Texts.uris",
        () -> {
          Arbitrary<String> https =
              Combinators.combine(
                      Arbitraries.of(
                          "https://fhir.example.nhs.uk/",
                          "https://trust.example.org/fhir/",
                          "http://x.y/"),
                      Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(10))
                  .as((base, path) -> base + path);
          return Gen.oneOf(List.of(https, uuids().map(u -> "urn:uuid:" + u)));
        });
  }

  /** A decimal with varied scale (0..4), trailing zeros kept: {@code 1.50}, {@code 0.0}, -3. */
  public static Arbitrary<BigDecimal> decimals() {
    return Gen.memo(
        "Texts.decimals",
        () -> {
          return Combinators.combine(
                  Arbitraries.longs().between(-1_000_000L, 1_000_000L),
                  Arbitraries.integers().between(0, 4))
              .as(BigDecimal::valueOf);
        });
  }
}
