package dev.koine.testkit.internal;

import static dev.koine.testkit.internal.Gen.listOf;
import static dev.koine.testkit.internal.Gen.opt;
import static dev.koine.testkit.internal.Gen.rare;
import static dev.koine.testkit.internal.Gen.sparseListOf;

import dev.koine.core.code.CodeSystems;
import dev.koine.core.code.Coding;
import dev.koine.core.code.Concept;
import dev.koine.core.id.Identifier;
import dev.koine.core.id.IdentifierSystems;
import dev.koine.core.model.Address;
import dev.koine.core.model.Attachment;
import dev.koine.core.model.Bytes;
import dev.koine.core.model.ContactPoint;
import dev.koine.core.model.Extension;
import dev.koine.core.model.Extras;
import dev.koine.core.model.HumanName;
import dev.koine.core.model.Meta;
import dev.koine.core.model.Narrative;
import dev.koine.core.model.Note;
import dev.koine.core.model.Quantity;
import dev.koine.core.model.Range;
import dev.koine.core.model.Ratio;
import dev.koine.core.model.Ref;
import dev.koine.testkit.IdArbitraries;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Arbitraries for the small building blocks: codes, identifiers, names, quantities... Not API. */
public final class Blocks {
  private Blocks() {}

  /** The canonical NHS number identifier system. */
  public static final String NHS_NUMBER_SYSTEM = IdentifierSystems.NHS_NUMBER.fhirUri();

  /** The ODS organisation code identifier system. */
  public static final String ODS_ORGANISATION_SYSTEM =
      "https://fhir.nhs.uk/Id/ods-organization-code";

  /** The ODS site code identifier system. */
  public static final String ODS_SITE_SYSTEM = IdentifierSystems.ODS_SITE.fhirUri();

  // ---------------------------------------------------------------- codes

  /** All fixture codings. */
  static List<Coding> allFixtureCodings() {
    List<Coding> all = new ArrayList<>();
    all.addAll(Fixtures.CONDITIONS);
    all.addAll(Fixtures.PROCEDURES);
    all.addAll(Fixtures.MEDICATIONS);
    all.addAll(Fixtures.ALLERGENS);
    all.addAll(Fixtures.OBSERVATION_CODES);
    all.addAll(Fixtures.DOCUMENT_TYPES);
    all.addAll(Fixtures.PRSB_HEADINGS);
    all.addAll(Fixtures.SPECIALTIES);
    all.addAll(Fixtures.ETHNIC_CATEGORIES);
    all.addAll(Fixtures.ENCOUNTER_CLASSES);
    all.addAll(Fixtures.INTERPRETATIONS);
    return all;
  }

  /** A local (non-standard) coding: any system, a token code, often a unicode display. */
  public static Arbitrary<Coding> localCodings() {
    return Gen.memo(
        "Blocks.localCodings",
        () -> {
          return Combinators.combine(
                  opt(Texts.uris()),
                  rare(Arbitraries.of("1", "2.0", "20240401")),
                  Texts.tokens(),
                  opt(Texts.text()))
              .as(Coding::new);
        });
  }

  /** Any coding: mostly from the fixture value sets, sometimes local or display-only. */
  public static Arbitrary<Coding> codings() {
    return Gen.memo(
        "Blocks.codings",
        () -> {
          return Gen.choose(
              List.of(
                  Gen.w(4, Arbitraries.of(allFixtureCodings())),
                  Gen.w(2, localCodings()),
                  Gen.w(
                      1,
                      Combinators.combine(opt(Texts.uris()), Texts.text())
                          .as((s, d) -> new Coding(s, null, null, d)))));
        });
  }

  /** A concept from one fixture value set: coded, coded with a local translation, or text only. */
  public static Arbitrary<Concept> concept(List<Coding> valueSet) {
    return Gen.memo(
        List.of("Blocks.concept", valueSet),
        () -> {
          Arbitrary<Coding> standard = Arbitraries.of(valueSet);
          return Gen.choose(
              List.of(
                  Gen.w(
                      4,
                      Combinators.combine(standard, opt(Texts.text()))
                          .as((c, t) -> new Concept(List.of(c), t))),
                  Gen.w(
                      1,
                      Combinators.combine(localCodings(), standard, opt(Texts.text()))
                          .as((l, c, t) -> new Concept(List.of(l, c), t))),
                  Gen.w(1, Texts.text().map(Concept::text))));
        });
  }

  /** Any concept. */
  public static Arbitrary<Concept> concepts() {
    return Gen.memo(
        "Blocks.concepts",
        () -> {
          return Gen.choose(
              List.of(
                  Gen.w(3, concept(allFixtureCodings())),
                  Gen.w(
                      1,
                      Combinators.combine(Gen.nonEmptyListOf(codings()), opt(Texts.text()))
                          .as(Concept::new))));
        });
  }

  // ---------------------------------------------------------------- identifiers

  /**
   * NHS number identifiers in the canonical system with valid synthetic (9xx) numbers, with or
   * without the HL7 v2 identifier type NH.
   */
  public static Arbitrary<Identifier> nhsNumberIdentifiers() {
    return Gen.memo(
        "Blocks.nhsNumberIdentifiers",
        () -> {
          return Combinators.combine(External.nhsNumberValues(), Arbitraries.of(true, false))
              .as(
                  (v, typed) ->
                      typed
                          ? IdentifierSystems.NHS_NUMBER.identifier(v)
                          : Identifier.of(IdentifierSystems.NHS_NUMBER.fhirUri(), v));
        });
  }

  /** ODS organisation (or site) code identifiers. */
  public static Arbitrary<Identifier> odsIdentifiers() {
    return Gen.memo(
        "Blocks.odsIdentifiers",
        () -> {
          return Combinators.combine(
                  Arbitraries.of(ODS_ORGANISATION_SYSTEM, ODS_ORGANISATION_SYSTEM, ODS_SITE_SYSTEM),
                  External.odsCodeValues())
              .as(Identifier::of);
        });
  }

  /** Local identifiers (hospital numbers, visit numbers) with every optional part. */
  public static Arbitrary<Identifier> localIdentifiers() {
    return Gen.memo(
        "Blocks.localIdentifiers",
        () -> {
          return Combinators.combine(
                  opt(
                      Arbitraries.of(
                          "https://fhir.example-trust.nhs.uk/Id/mrn",
                          "https://fhir.example-trust.nhs.uk/Id/visit-number",
                          "urn:oid:2.16.840.1.113883.2.1.3.2.4.18.48")),
                  Texts.tokens(),
                  opt(concept(Fixtures.IDENTIFIER_TYPES)),
                  opt(Arbitraries.of("usual", "official", "temp", "secondary", "old")),
                  rare(External.periods()),
                  opt(Arbitraries.of(Fixtures.ODS_ORGANISATIONS)))
              .as(Identifier::new);
        });
  }

  /** Any identifier: NHS number, ODS code, another registered system, or local. */
  public static Arbitrary<Identifier> identifiers() {
    return Gen.memo(
        "Blocks.identifiers",
        () -> {
          return Gen.oneOf(
              List.of(
                  nhsNumberIdentifiers(),
                  odsIdentifiers(),
                  IdArbitraries.identifiers(),
                  localIdentifiers()));
        });
  }

  // ---------------------------------------------------------------- people and places

  /** Names: realistic parts or arbitrary unicode, every part often absent. */
  public static Arbitrary<HumanName> humanNames() {
    return Gen.memo(
        "Blocks.humanNames",
        () -> {
          Arbitrary<String> family =
              Gen.choose(
                  List.of(
                      Gen.w(2, Arbitraries.of(Fixtures.FAMILY_NAMES)),
                      Gen.w(1, Texts.unicodeWord())));
          Arbitrary<String> given =
              Gen.choose(
                  List.of(
                      Gen.w(2, Arbitraries.of(Fixtures.GIVEN_NAMES)),
                      Gen.w(1, Texts.unicodeWord())));
          return Combinators.combine(
                  opt(Arbitraries.of("official", "usual", "nickname", "maiden", "old")),
                  rare(Texts.unicodeText()),
                  opt(family),
                  listOf(given),
                  listOf(Arbitraries.of(Fixtures.PREFIXES)),
                  sparseListOf(Arbitraries.of("MBE", "Jr", "PhD")),
                  rare(External.periods()))
              .as(HumanName::new);
        });
  }

  /** Postal addresses. */
  public static Arbitrary<Address> addresses() {
    return Gen.memo(
        "Blocks.addresses",
        () -> {
          Arbitrary<String> line =
              Gen.choose(
                  List.of(
                      Gen.w(2, Arbitraries.of(Fixtures.STREET_LINES)),
                      Gen.w(1, Texts.unicodeText())));
          return Combinators.combine(
                  Combinators.combine(
                          opt(Arbitraries.of("home", "work", "temp", "old", "billing")),
                          opt(Arbitraries.of("postal", "physical", "both")),
                          rare(Texts.unicodeText()),
                          listOf(line),
                          opt(Arbitraries.of(Fixtures.CITIES)))
                      .as(Tuple::of),
                  opt(Arbitraries.of("West Yorkshire", "Caerdydd", "Greater Manchester")),
                  rare(Texts.unicodeWord()),
                  opt(Arbitraries.of(Fixtures.POSTCODES)),
                  opt(Arbitraries.of("GB", "United Kingdom", "GBR")),
                  rare(External.periods()))
              .as(
                  (t, district, state, postcode, country, period) ->
                      new Address(
                          t.get1(), t.get2(), t.get3(), t.get4(), t.get5(), district, state,
                          postcode, country, period));
        });
  }

  /** Phone numbers, emails and the like. */
  public static Arbitrary<ContactPoint> contactPoints() {
    return Gen.memo(
        "Blocks.contactPoints",
        () -> {
          return Combinators.combine(
                  opt(Arbitraries.of("phone", "email", "fax", "url", "sms", "other")),
                  opt(
                      Arbitraries.of(
                          "0113 496 0000",
                          "+44 29 2018 0000",
                          "07700 900123",
                          "someone@example.nhs.net")),
                  opt(Arbitraries.of("home", "work", "temp", "mobile")),
                  rare(Arbitraries.integers().between(1, 3)),
                  rare(External.periods()))
              .as(ContactPoint::new);
        });
  }

  // ---------------------------------------------------------------- amounts

  /** Quantities: UCUM units mostly, decimals of varied scale incl. trailing zeros. */
  public static Arbitrary<Quantity> quantities() {
    return Gen.memo(
        "Blocks.quantities",
        () -> {
          Arbitrary<Coding> unit = Arbitraries.of(Fixtures.UCUM_UNITS);
          Arbitrary<Quantity> ucum =
              Combinators.combine(
                      opt(Texts.decimals()), rare(Arbitraries.of("<", "<=", ">=", ">")), unit)
                  .as((v, cmp, u) -> new Quantity(v, cmp, u.display(), u.system(), u.code()));
          Arbitrary<Quantity> free =
              Combinators.combine(
                      opt(Texts.decimals()),
                      rare(Arbitraries.of("<", ">")),
                      opt(Texts.unicodeWord()))
                  .as((v, cmp, u) -> new Quantity(v, cmp, u, null, null));
          return Gen.choose(List.of(Gen.w(4, ucum), Gen.w(1, free)));
        });
  }

  /** Ranges, either bound often absent. */
  public static Arbitrary<Range> ranges() {
    return Gen.memo(
        "Blocks.ranges",
        () -> {
          return Combinators.combine(opt(quantities()), opt(quantities())).as(Range::new);
        });
  }

  /** Ratios, either part often absent. */
  public static Arbitrary<Ratio> ratios() {
    return Gen.memo(
        "Blocks.ratios",
        () -> {
          return Combinators.combine(opt(quantities()), opt(quantities())).as(Ratio::new);
        });
  }

  // ---------------------------------------------------------------- references and notes

  /** Entity type names as used in references. */
  public static Arbitrary<String> resourceTypes() {
    return Gen.memo(
        "Blocks.resourceTypes",
        () -> {
          return Arbitraries.of(
              "Patient",
              "Organization",
              "Practitioner",
              "PractitionerRole",
              "Location",
              "Encounter",
              "Observation",
              "HealthcareService",
              "Specimen",
              "ServiceRequest");
        });
  }

  /** References by id, URL, identifier and/or display; never all absent. */
  public static Arbitrary<Ref> refs() {
    return Gen.memo(
        "Blocks.refs",
        () -> {
          Arbitrary<String> targets =
              Gen.oneOf(
                  List.of(
                      Texts.ids(),
                      Texts.uuids().map(u -> "urn:uuid:" + u),
                      Texts.ids().map(i -> "https://fhir.example.nhs.uk/Patient/" + i)));
          return Combinators.combine(
                  opt(targets),
                  opt(resourceTypes()),
                  rare(Gen.oneOf(List.of(odsIdentifiers(), localIdentifiers()))),
                  opt(Texts.text()),
                  Texts.ids())
              .as(
                  (target, type, identifier, display, fallback) ->
                      target == null && identifier == null && display == null
                          ? new Ref(fallback, type, null, null)
                          : new Ref(target, type, identifier, display));
        });
  }

  /** Notes with free text. */
  public static Arbitrary<Note> notes() {
    return Gen.memo(
        "Blocks.notes",
        () -> {
          return Combinators.combine(
                  Texts.text(), rare(Texts.unicodeText()), rare(refs()), opt(External.times()))
              .as(Note::new);
        });
  }

  private static String escapeXml(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** XHTML narratives around free text. */
  public static Arbitrary<Narrative> narratives() {
    return Gen.memo(
        "Blocks.narratives",
        () -> {
          return Combinators.combine(
                  Arbitraries.of("generated", "extensions", "additional", "empty"), Texts.text())
              .as(
                  (status, text) ->
                      new Narrative(
                          status,
                          "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>"
                              + escapeXml(text)
                              + "</p></div>"));
        });
  }

  /** Resource meta: profiles, security labels, tags. */
  public static Arbitrary<Meta> metas() {
    return Gen.memo(
        "Blocks.metas",
        () -> {
          return Combinators.combine(
                  opt(Arbitraries.integers().between(1, 9).map(String::valueOf)),
                  opt(External.times()),
                  rare(Texts.uris()),
                  listOf(
                      Arbitraries.of(
                          "https://fhir.hl7.org.uk/StructureDefinition/UKCore-Patient",
                          "https://fhir.nhs.uk/StructureDefinition/BARSServiceRequest-request-referral",
                          "https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Patient-1")),
                  sparseListOf(
                      Arbitraries.of(
                          Coding.of(CodeSystems.V3_CONFIDENTIALITY, "N", "normal"),
                          Coding.of(CodeSystems.V3_CONFIDENTIALITY, "R", "restricted"))),
                  sparseListOf(localCodings()))
              .as(Meta::new);
        });
  }

  // ---------------------------------------------------------------- content

  /**
   * Byte sequences of 1..64 bytes: a PDF header or random bytes (never empty: FHIR has no empty
   * base64Binary).
   */
  public static Arbitrary<Bytes> bytes() {
    return Gen.memo(
        "Blocks.bytes",
        () -> {
          return Gen.choose(
              List.of(
                  Gen.w(
                      1,
                      Arbitraries.just(
                          Bytes.of(
                              "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n"
                                  .getBytes(StandardCharsets.ISO_8859_1)))),
                  Gen.w(
                      3,
                      Arbitraries.randomValue(
                          random -> {
                            byte[] b = new byte[1 + random.nextInt(64)];
                            random.nextBytes(b);
                            return Bytes.of(b);
                          }))));
        });
  }

  /** Attachments: inline data, URL, or both, every part often absent. */
  public static Arbitrary<Attachment> attachments() {
    return Gen.memo(
        "Blocks.attachments",
        () -> {
          return Combinators.combine(
                  Combinators.combine(
                          opt(
                              Arbitraries.of(
                                  "application/pdf", "text/plain", "image/png", "text/rtf")),
                          rare(Arbitraries.of("en-GB", "cy-GB")),
                          opt(bytes()),
                          opt(Texts.uris()))
                      .as(Tuple::of),
                  rare(Arbitraries.longs().between(0, 5_000_000)),
                  rare(bytes()),
                  opt(Texts.text()),
                  opt(External.times()))
              .as(
                  (t, size, hash, title, creation) ->
                      new Attachment(
                          t.get1(), t.get2(), t.get3(), t.get4(), size, hash, title, creation));
        });
  }

  // ---------------------------------------------------------------- extensions

  private static final List<String> EXTENSION_URLS =
      List.of(
          "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-BirthSex",
          "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-ContactPreference",
          "https://fhir.nhs.uk/StructureDefinition/Extension-Example-Local",
          "http://hl7.org/fhir/StructureDefinition/patient-interpreterRequired");

  /** Extensions nested at most {@code depth} levels below this one. */
  public static Arbitrary<Extension> extensions(int depth) {
    return Gen.memo(
        "Blocks.extensions" + depth,
        () -> {
          Arbitrary<String> url =
              Gen.choose(
                  List.of(
                      Gen.w(3, Arbitraries.of(EXTENSION_URLS)),
                      Gen.w(1, Arbitraries.of("code", "value", "period", "detail"))));
          Arbitrary<Extension> simple = Combinators.combine(url, Values.values()).as(Extension::of);
          if (depth <= 0) {
            return simple;
          }
          Arbitrary<Extension> complex =
              Combinators.combine(url, extensions(depth - 1).list().ofMinSize(1).ofMaxSize(3))
                  .as(Extension::complex);
          return Gen.choose(List.of(Gen.w(2, simple), Gen.w(1, complex)));
        });
  }

  /** Extras: none most of the time, else meta, narrative, language and extensions. */
  public static Arbitrary<Extras> extras() {
    return Gen.memo(
        "Blocks.extras",
        () -> {
          Arbitrary<Extras> some =
              Combinators.combine(
                      opt(metas()),
                      opt(narratives()),
                      rare(Arbitraries.of("en-GB", "cy")),
                      listOf(Arbitraries.lazy(() -> extensions(2))),
                      sparseListOf(Arbitraries.lazy(() -> extensions(1))))
                  .as(Extras::new);
          return Gen.choose(List.of(Gen.w(3, Arbitraries.just(Extras.NONE)), Gen.w(2, some)));
        });
  }
}
