package dev.koine.fhir.internal.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.koine.core.issue.KoineParseException;
import dev.koine.core.issue.LimitExceededException;
import dev.koine.fhir.Limits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Hostile input: every limit triggers exactly at its boundary and names its setting; DTDs, entities
 * and external entities are refused; garbage and damaged documents never raise anything but {@link
 * KoineParseException}.
 */
class HostileInputProperties {
  private static final FhirStructure R4 = FhirStructure.r4();
  private static final FhirJsonReader JSON = new FhirJsonReader(R4, Limits.defaults());
  private static final FhirXmlReader XML = new FhirXmlReader(R4, Limits.defaults());

  private static FhirTree json(byte[] bytes, Limits limits) {
    return new FhirJsonReader(R4, limits).read(bytes);
  }

  private static FhirTree xml(byte[] bytes, Limits limits) {
    return new FhirXmlReader(R4, limits).read(bytes);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** The reader accepts at {@code limit} and refuses at {@code limit - 1}, naming the setting. */
  private static void boundary(
      Function<Limits, FhirTree> read,
      Function<Integer, Limits> limitsAt,
      int limit,
      String setting) {
    assertThatCode(() -> read.apply(limitsAt.apply(limit))).doesNotThrowAnyException();
    Throwable t = catchThrowable(() -> read.apply(limitsAt.apply(limit - 1)));
    assertThat(t).isInstanceOf(LimitExceededException.class);
    LimitExceededException e = (LimitExceededException) t;
    assertThat(e.setting()).isEqualTo(setting);
    assertThat(e.limit()).isEqualTo(limit - 1L);
    assertThat(e.getMessage()).contains(setting);
  }

  // ------------------------------------------------------------------ limits

  @Property(tries = 60)
  void maxDepth_nestedExtensions(@ForAll @IntRange(min = 1, max = 60) int n) {
    StringBuilder j = new StringBuilder("{\"resourceType\":\"Basic\"");
    StringBuilder x = new StringBuilder("<Basic xmlns=\"http://hl7.org/fhir\">");
    for (int i = 0; i < n; i++) {
      j.append(",\"extension\":[{\"url\":\"u\"");
      x.append("<extension url=\"u\">");
    }
    j.append("}]".repeat(n)).append('}');
    x.append("</extension>".repeat(n)).append("</Basic>");
    // Basic, n extensions, and the innermost url
    boundary(
        l -> json(utf8(j.toString()), l),
        Limits.defaults()::withMaxDepth,
        n + 2,
        "Limits.maxDepth");
    boundary(
        l -> xml(utf8(x.toString()), l), Limits.defaults()::withMaxDepth, n + 2, "Limits.maxDepth");
  }

  @Property(tries = 60)
  void maxChildren_repeatingElement(@ForAll @IntRange(min = 2, max = 300) int n) {
    String j =
        "{\"resourceType\":\"Patient\",\"identifier\":["
            + String.join(",", java.util.Collections.nCopies(n, "{\"value\":\"1\"}"))
            + "]}";
    String x =
        "<Patient xmlns=\"http://hl7.org/fhir\">"
            + "<identifier><value value=\"1\"/></identifier>".repeat(n)
            + "</Patient>";
    boundary(l -> json(utf8(j), l), Limits.defaults()::withMaxChildren, n, "Limits.maxChildren");
    boundary(l -> xml(utf8(x), l), Limits.defaults()::withMaxChildren, n, "Limits.maxChildren");
  }

  @Property(tries = 60)
  void maxStringLength_oneValue(@ForAll @IntRange(min = 8, max = 5000) int n) {
    String value = "é".repeat(n);
    String j = "{\"resourceType\":\"Patient\",\"gender\":\"" + value + "\"}";
    String x = "<Patient xmlns=\"http://hl7.org/fhir\"><gender value=\"" + value + "\"/></Patient>";
    boundary(
        l -> json(utf8(j), l), Limits.defaults()::withMaxStringLength, n, "Limits.maxStringLength");
    boundary(
        l -> xml(utf8(x), l), Limits.defaults()::withMaxStringLength, n, "Limits.maxStringLength");
  }

  @Property(tries = 60)
  void maxBytes_wholeInput(@ForAll @IntRange(min = 0, max = 3000) int padding) {
    byte[] j = utf8("{\"resourceType\":\"Patient\"" + " ".repeat(padding) + "}");
    byte[] x = utf8("<Patient xmlns=\"http://hl7.org/fhir\"" + " ".repeat(padding) + "/>");
    boundary(l -> json(j, l), n -> Limits.defaults().withMaxBytes(n), j.length, "Limits.maxBytes");
    boundary(l -> xml(x, l), n -> Limits.defaults().withMaxBytes(n), x.length, "Limits.maxBytes");
    boundary(
        l -> new FhirJsonReader(R4, l).read(new java.io.ByteArrayInputStream(j)),
        n -> Limits.defaults().withMaxBytes(n),
        j.length,
        "Limits.maxBytes");
  }

  @Property(tries = 100)
  void maxNodes_wholeTree(@ForAll("trees") FhirNode tree) {
    byte[] j = new FhirJsonWriter(R4, false).write(tree);
    byte[] x = new FhirXmlWriter(R4, false).write(tree);
    int size = json(j, Limits.defaults()).size();
    Assume.that(size > 1);
    boundary(l -> json(j, l), Limits.defaults()::withMaxNodes, size, "Limits.maxNodes");
    boundary(l -> xml(x, l), Limits.defaults()::withMaxNodes, size, "Limits.maxNodes");
  }

  @Provide
  Arbitrary<FhirNode> trees() {
    return Arbitraries.randomValue(r -> TreeGenerator.fhir(r, 5 + r.nextInt(80)));
  }

  // ------------------------------------------------------------------ XML entities

  @Provide
  Arbitrary<String> doctypes() {
    return Arbitraries.of(
        "<!DOCTYPE Patient>",
        "<!DOCTYPE Patient [<!ENTITY e \"x\">]>",
        "<!DOCTYPE Patient [<!ENTITY e SYSTEM \"%SECRET%\">]>",
        "<!DOCTYPE Patient PUBLIC \"-//x//EN\" \"%SECRET%\">",
        "<!DOCTYPE Patient SYSTEM \"%SECRET%\">",
        "<!DOCTYPE Patient [<!ENTITY % p SYSTEM \"%SECRET%\"> %p;]>",
        "<!DOCTYPE Patient [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">"
            + "<!ENTITY e \"&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>");
  }

  @Property(tries = 100)
  void dtdsAndEntities_alwaysRefused(
      @ForAll("doctypes") String doctype, @ForAll boolean inAttribute, @ForAll boolean declaration)
      throws IOException {
    Path secret = Files.createTempFile("koine-xxe", ".txt");
    try {
      Files.writeString(secret, "TOP-SECRET-CONTENT");
      String prolog = declaration ? "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" : "";
      String body =
          inAttribute
              ? "<Patient xmlns=\"http://hl7.org/fhir\"><gender value=\"&e;\"/></Patient>"
              : "<Patient xmlns=\"http://hl7.org/fhir\"><text><div"
                  + " xmlns=\"http://www.w3.org/1999/xhtml\">&e;</div></text></Patient>";
      String doc = prolog + doctype.replace("%SECRET%", secret.toUri().toString()) + body;
      Throwable t = catchThrowable(() -> xml(utf8(doc), Limits.defaults()));
      assertThat(t).isInstanceOf(KoineParseException.class);
      assertThat(((KoineParseException) t).reason()).contains("DTD");
      assertThat(t.getMessage()).doesNotContain("TOP-SECRET");
    } finally {
      Files.delete(secret);
    }
  }

  @Example
  void undeclaredEntityWithoutDtd_refused() {
    Throwable t =
        catchThrowable(
            () ->
                xml(
                    utf8(
                        "<Patient xmlns=\"http://hl7.org/fhir\"><gender value=\"&e;\"/></Patient>"),
                    Limits.defaults()));
    assertThat(t).isExactlyInstanceOf(KoineParseException.class);
  }

  // ------------------------------------------------------------------ garbage

  @Property(tries = 500)
  void randomBytes_onlyKoineParseException(@ForAll @Size(max = 200) byte[] bytes) {
    onlyParseErrors(bytes);
  }

  @Property(tries = 300)
  void randomText_onlyKoineParseException(@ForAll @Size(max = 200) String text) {
    onlyParseErrors(utf8(text));
    onlyParseErrors(utf8("{\"resourceType\":\"Patient\"," + text));
    onlyParseErrors(utf8("<Patient xmlns=\"http://hl7.org/fhir\">" + text));
  }

  @Property(tries = 600)
  void damagedDocuments_onlyKoineParseException(
      @ForAll("trees") FhirNode tree, @ForAll boolean asJson, @ForAll Random random) {
    byte[] doc =
        asJson
            ? new FhirJsonWriter(R4, random.nextBoolean()).write(tree)
            : new FhirXmlWriter(R4, random.nextBoolean()).write(tree);
    onlyParseErrors(damage(doc, random));
  }

  private static final String[] SPLICES = {
    "\"",
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    "null",
    "<",
    ">",
    "/>",
    "</a>",
    "&",
    "&amp;",
    "]]>",
    "<!DOCTYPE x>",
    "<![CDATA[",
    "\u0000",
    "\uFFFF",
    "_",
    "\"_x\":",
    "\"resourceType\":1",
    "<div>"
  };

  private static byte[] damage(byte[] doc, Random random) {
    byte[] out = doc.clone();
    int edits = 1 + random.nextInt(3);
    for (int e = 0; e < edits && out.length > 0; e++) {
      int at = random.nextInt(out.length);
      switch (random.nextInt(4)) {
        case 0:
          out = java.util.Arrays.copyOf(out, at);
          break;
        case 1:
          out[at] = (byte) random.nextInt(256);
          break;
        case 2:
          {
            byte[] splice = utf8(SPLICES[random.nextInt(SPLICES.length)]);
            byte[] next = new byte[out.length + splice.length];
            System.arraycopy(out, 0, next, 0, at);
            System.arraycopy(splice, 0, next, at, splice.length);
            System.arraycopy(out, at, next, at + splice.length, out.length - at);
            out = next;
            break;
          }
        default:
          {
            int end = Math.min(out.length, at + 1 + random.nextInt(20));
            byte[] next = new byte[out.length - (end - at)];
            System.arraycopy(out, 0, next, 0, at);
            System.arraycopy(out, end, next, at, out.length - end);
            out = next;
          }
      }
    }
    return out;
  }

  private static void onlyParseErrors(byte[] bytes) {
    for (Function<byte[], FhirTree> reader :
        java.util.List.<Function<byte[], FhirTree>>of(JSON::read, XML::read)) {
      try {
        FhirTree tree = reader.apply(bytes);
        assertThat(tree.root().isResource()).isTrue();
      } catch (KoineParseException e) {
        assertThat(e.location()).isNotNull();
        assertThat(e.reason()).isNotBlank();
      } catch (UncheckedIOException e) {
        throw new AssertionError("not a parse error", e);
      }
    }
  }
}
