package dev.koine.hl7v2.internal;

import dev.koine.core.code.CodeSystems;
import dev.koine.core.code.Coding;
import dev.koine.core.code.Concept;
import dev.koine.core.id.Identifier;
import dev.koine.core.id.IdentifierSystem;
import dev.koine.core.id.IdentifierSystems;
import dev.koine.core.id.NhsNumber;
import dev.koine.core.id.OdsCode;
import dev.koine.core.id.V2IdentifierType;
import dev.koine.core.issue.KoineParseException;
import dev.koine.core.model.Address;
import dev.koine.core.model.ContactPoint;
import dev.koine.core.model.HumanName;
import dev.koine.core.time.PartialDateTime;
import dev.koine.core.time.Period;
import dev.koine.hl7v2.V2Segment;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** HL7 v2 data types (CX, XPN, XAD, XTN, CE/CWE, TS) to and from model values. */
public final class Types {
  private Types() {}

  /** The v2 table system URI, {@code http://terminology.hl7.org/CodeSystem/v2-0001}. */
  public static String table(String number) {
    return "http://terminology.hl7.org/CodeSystem/v2-" + number;
  }

  /** The local kind of record number used for MR/PI identifiers with an ODS authority. */
  public static final String LOCAL_KIND = "local-patient-identifier";

  private static final Map<String, String> SYSTEM_BY_NAME =
      Map.of(
          "SCT", CodeSystems.SNOMED_CT,
          "I10", CodeSystems.ICD_10_UK,
          "LN", CodeSystems.LOINC,
          "OPCS4", CodeSystems.OPCS_4,
          "UCUM", CodeSystems.UCUM,
          "ISO3166_1", "urn:iso:std:iso:3166");

  /** The coding-system URI for a v2 name (table 0396), if known. */
  public static Optional<String> systemOf(String name) {
    String uri = SYSTEM_BY_NAME.get(name);
    if (uri != null) {
      return Optional.of(uri);
    }
    if (name.length() == 7
        && name.startsWith("HL7")
        && name.substring(3).chars().allMatch(Character::isDigit)) {
      return Optional.of(table(name.substring(3)));
    }
    if (name.indexOf(':') > 0) {
      return Optional.of(name);
    }
    return Optional.empty();
  }

  /** The v2 name of a coding-system URI (or the URI itself). */
  public static String nameOf(String uri) {
    for (Map.Entry<String, String> e : SYSTEM_BY_NAME.entrySet()) {
      if (e.getValue().equals(uri)) {
        return e.getKey();
      }
    }
    String prefix = table("");
    if (uri.startsWith(prefix) && uri.length() == prefix.length() + 4) {
      return "HL7" + uri.substring(prefix.length());
    }
    return uri;
  }

  // ------------------------------------------------------------------ CE / CWE

  /**
   * A CE/CWE repetition as a concept, null if empty; {@code dflt} is the system when .3 is empty.
   */
  public static Concept concept(V2In in, V2Segment s, int f, int r, String dflt) {
    return concept(in, s, f, r, dflt, true);
  }

  /**
   * A CE/CWE repetition as a concept, for a field whose encoder writes the name of the default
   * system out ({@code Types.concept(seg, f, r, c, null)}): the name of {@code dflt} in .3 is read
   * as written back.
   */
  public static Concept conceptNamed(V2In in, V2Segment s, int f, int r, String dflt) {
    return concept(in, s, f, r, dflt, false);
  }

  private static Concept concept(
      V2In in, V2Segment s, int f, int r, String dflt, boolean defaultOmitted) {
    List<Coding> codings = new ArrayList<>();
    Coding first = coding(in, s, f, r, 1, dflt, defaultOmitted);
    if (first != null) {
      codings.add(first);
      Coding alt = coding(in, s, f, r, 4, null, true);
      if (alt != null) {
        codings.add(alt);
      }
    }
    // an alternate coding (.4-.6) without a first (.1-.3) is not read: written as the first coding
    // it would move to .1-.3; it is carried verbatim at its place instead
    String text = in.get(s, f, r, 9, 1);
    if (codings.isEmpty() && text == null) {
      return null;
    }
    return new Concept(codings, text);
  }

  private static Coding coding(
      V2In in, V2Segment s, int f, int r, int at, String dflt, boolean defaultOmitted) {
    String code = in.get(s, f, r, at, 1);
    String display = in.get(s, f, r, at + 1, 1);
    if (code == null && display == null) {
      return null;
    }
    String system = dflt;
    String name = in.peek(s, f, r, at + 2);
    if (!name.isEmpty()) {
      Optional<String> known = systemOf(name);
      if (known.isPresent()) {
        // consumed only where the encoder writes the same name back: a default system (HL70078 in
        // OBX-8) or an alias of a known one is carried verbatim instead of being dropped
        boolean omitted = defaultOmitted && at == 1 && known.get().equals(dflt);
        if (!omitted && name.equals(nameOf(known.get()))) {
          in.get(s, f, r, at + 2, 1);
        } else {
          in.spelling(s.field(f).repetition(r).component(at + 2));
        }
        system = known.get();
      } else {
        system = null;
      }
    }
    return new Coding(system, null, code, display);
  }

  /** Writes a concept as CE/CWE (first two codings, text in .9). */
  public static void concept(V2Out.Seg seg, int f, int r, Concept c, String dflt) {
    if (c == null) {
      return;
    }
    int at = 1;
    for (Coding coding : c.codings()) {
      if (at > 4) {
        break;
      }
      seg.set(f, r, at, 1, coding.code());
      seg.set(f, r, at + 1, 1, coding.display());
      String sys = coding.system();
      if (sys != null && !(at == 1 && sys.equals(dflt))) {
        seg.set(f, r, at + 2, 1, nameOf(sys));
      }
      at += 3;
    }
    seg.set(f, r, 9, 1, c.text());
  }

  /** A code of a coded value (IS/ID) as a concept with one coding of {@code system}. */
  public static Concept code(V2In in, V2Segment s, int f, String system) {
    String code = in.get(s, f);
    return code == null ? null : Concept.of(system, code, null);
  }

  /** The code of a concept's first coding. */
  public static String codeOf(Concept c) {
    return c == null || c.codings().isEmpty() ? null : c.codings().get(0).code();
  }

  // ------------------------------------------------------------------ CX

  /**
   * The identifier of a value, an assigning authority and a type code, as the NHS dialect reads it.
   */
  public static Identifier identifier(String value, String authority, String type) {
    if ("NHS".equals(authority) && (type == null || "NH".equals(type))) {
      return Identifier.of(IdentifierSystems.NHS_NUMBER.fhirUri(), value);
    }
    String system = systemOf(authority, type);
    Concept typeConcept =
        type == null ? null : Concept.of(CodeSystems.V2_IDENTIFIER_TYPE, type, null);
    return new Identifier(system, value, typeConcept, null, null, authority);
  }

  /** The FHIR system of a v2 assigning authority and identifier type, or null. */
  private static String systemOf(String authority, String type) {
    if (authority == null) {
      return null; // no registered system and no local one without an authority
    }
    boolean cacheable =
        type != null
            && authority.length() <= SYSTEM_CACHE_LIMIT
            && type.length() <= SYSTEM_CACHE_LIMIT;
    Map<String, String> byType = cacheable ? SYSTEMS.get(authority) : null;
    if (byType != null) {
      String cached = byType.get(type);
      if (cached != null) {
        return cached.isEmpty() ? null : cached;
      }
    }
    String system = null;
    Optional<IdentifierSystem> known = IdentifierSystems.byV2(authority, type);
    if (known.isPresent()) {
      system = known.get().fhirUri();
    } else if (type != null) {
      Optional<OdsCode> ods = OdsCode.tryParse(authority);
      Optional<V2IdentifierType> t = V2IdentifierType.of(type);
      if (ods.isPresent() && t.isPresent()) {
        system = IdentifierSystems.local(ods.get(), localKind(type), t.get()).fhirUri();
      }
    }
    if (cacheable) {
      if (byType == null && SYSTEMS.size() < SYSTEM_CACHE_LIMIT) {
        byType = SYSTEMS.computeIfAbsent(authority, k -> new ConcurrentHashMap<>());
      }
      if (byType != null && byType.size() < SYSTEM_CACHE_LIMIT) {
        byType.putIfAbsent(type, system == null ? "" : system);
      }
    }
    return system;
  }

  /**
   * Systems found per assigning authority and identifier type ("" for none): a pure function of the
   * two, and a feed names the same few many times. Bounded in entries and key length against
   * hostile input; not used without a type.
   */
  private static final Map<String, Map<String, String>> SYSTEMS = new ConcurrentHashMap<>();

  private static final int SYSTEM_CACHE_LIMIT = 256;

  /** The local kind of number for a v2 identifier type: patient numbers, visit numbers, others. */
  public static String localKind(String type) {
    return switch (type) {
      case "MR", "PI" -> LOCAL_KIND;
      case "VN" -> "encounter-number";
      default -> "local-" + type.toLowerCase(Locale.ROOT);
    };
  }

  /** A CX repetition, null if it has no id; consumes .1, .4.1 and .5. */
  public static Identifier cx(V2In in, V2Segment s, int f, int r) {
    return idWith(in, s, f, r, 1, 4, 5);
  }

  /** An identifier from components {@code valueAt}, {@code authAt}.1 and {@code typeAt}. */
  public static Identifier idWith(
      V2In in, V2Segment s, int f, int r, int valueAt, int authAt, int typeAt) {
    String value = in.get(s, f, r, valueAt, 1);
    if (value == null) {
      return null;
    }
    String authority = in.get(s, f, r, authAt, 1);
    if (NHS.equals(authority) && nhsNumberOfAnotherType(in, s, f, r, typeAt, value)) {
      // NHS numbers sent with another type code (UCLH's Epic feed sends `NHS^HN`): the NHS assigns
      // nothing else with a valid check digit, so it is read as the NHS number; the type as sent is
      // carried verbatim (reported as a spelling) so the message is written back as it was
      in.spelling(s.field(f).repetition(r).component(typeAt));
      return Identifier.of(IdentifierSystems.NHS_NUMBER.fhirUri(), value);
    }
    return identifier(value, authority, in.get(s, f, r, typeAt, 1));
  }

  private static final String NHS = "NHS";

  /** Whether a CX with authority NHS has a type other than NH and a valid NHS number. */
  private static boolean nhsNumberOfAnotherType(
      V2In in, V2Segment s, int f, int r, int typeAt, String value) {
    String type = in.peek(s, f, r, typeAt);
    return !type.isEmpty()
        && !"NH".equals(type)
        && !"\"\"".equals(type)
        && in.subComponents(s, f, r, typeAt) <= 1
        && NhsNumber.isValid(value);
  }

  /** Writes an identifier as CX. */
  public static void cx(V2Out.Seg seg, int f, int r, Identifier id) {
    idWith(seg, f, r, id, 1, 4, 5);
  }

  /** Writes an identifier at the given components. */
  public static void idWith(
      V2Out.Seg seg, int f, int r, Identifier id, int valueAt, int authAt, int typeAt) {
    seg.set(f, r, valueAt, 1, id.value());
    if (IdentifierSystems.NHS_NUMBER.fhirUri().equals(id.system())) {
      seg.set(f, r, authAt, 1, "NHS");
      seg.set(f, r, typeAt, 1, "NH");
      return;
    }
    String authority = id.assigner();
    if (authority == null && id.system() != null) {
      authority =
          IdentifierSystems.byUri(id.system())
              .map(IdentifierSystem::v2AssigningAuthority)
              .orElse(null);
    }
    seg.set(f, r, authAt, 1, authority);
    if (id.type() != null) {
      seg.set(
          f,
          r,
          typeAt,
          1,
          id.type().coding(CodeSystems.V2_IDENTIFIER_TYPE).map(Coding::code).orElse(null));
    }
  }

  // ------------------------------------------------------------------ XPN

  private static final String[][] NAME_USE = {
    {"official", "L"}, {"usual", "D"}, {"nickname", "N"}, {"maiden", "M"}, {"anonymous", "S"}
  };

  /** An XPN repetition (family, given, middle, suffix, prefix, type), null if empty. */
  public static HumanName xpn(V2In in, V2Segment s, int f, int r) {
    return name(in, s, f, r, 1);
  }

  /** A name whose family name is at component {@code at} (XPN: 1, XCN: 2). */
  static HumanName name(V2In in, V2Segment s, int f, int r, int at) {
    String family = in.get(s, f, r, at, 1);
    List<String> given = new ArrayList<>();
    add(given, in.get(s, f, r, at + 1, 1));
    if (!given.isEmpty()) {
      // middle names with no first name would move up to the first name when written: they are
      // carried verbatim at their place instead
      add(given, in.get(s, f, r, at + 2, 1));
    }
    List<String> suffixes = new ArrayList<>();
    add(suffixes, in.get(s, f, r, at + 3, 1));
    List<String> prefixes = new ArrayList<>();
    add(prefixes, in.get(s, f, r, at + 4, 1));
    String use = null;
    if (at == 1) {
      String code = in.peek(s, f, r, 7);
      use = fromTable(NAME_USE, code);
      if (use != null) {
        in.get(s, f, r, 7, 1);
      }
    }
    Period period = at == 1 ? period(in, s, f, r, 12, 13) : null;
    if (family == null
        && given.isEmpty()
        && suffixes.isEmpty()
        && prefixes.isEmpty()
        && use == null
        && period == null) {
      return null;
    }
    return new HumanName(use, null, family, given, prefixes, suffixes, period);
  }

  /**
   * The validity period of a datatype from its effective ({@code startAt}) and expiration ({@code
   * endAt}) date components (XPN-12/13, XTN-13/14), null if neither is a v2 date-time.
   */
  static Period period(V2In in, V2Segment s, int f, int r, int startAt, int endAt) {
    PartialDateTime start = dtm(in, s, f, r, startAt);
    PartialDateTime end = dtm(in, s, f, r, endAt);
    if (start == null && end == null) {
      return null;
    }
    return new Period(start, end);
  }

  private static PartialDateTime dtm(V2In in, V2Segment s, int f, int r, int c) {
    String text = in.peek(s, f, r, c);
    if (text.isEmpty()) {
      return null;
    }
    try {
      PartialDateTime t = PartialDateTime.parseV2(text);
      in.get(s, f, r, c, 1);
      return t;
    } catch (KoineParseException e) {
      return null;
    }
  }

  static void period(V2Out.Seg seg, int f, int r, Period p, int startAt, int endAt) {
    if (p == null) {
      return;
    }
    if (p.start() != null && p.start().isV2Representable()) {
      seg.set(f, r, startAt, 1, p.start().toV2());
    }
    if (p.end() != null && p.end().isV2Representable()) {
      seg.set(f, r, endAt, 1, p.end().toV2());
    }
  }

  /** Writes an XPN. */
  public static void xpn(V2Out.Seg seg, int f, int r, HumanName n) {
    name(seg, f, r, n, 1);
    seg.set(f, r, 7, 1, toTable(NAME_USE, n.use()));
    period(seg, f, r, n.period(), 12, 13);
  }

  static void name(V2Out.Seg seg, int f, int r, HumanName n, int at) {
    seg.set(f, r, at, 1, n.family());
    for (int i = 0; i < n.given().size() && i < 2; i++) {
      seg.set(f, r, at + 1 + i, 1, n.given().get(i));
    }
    if (!n.suffixes().isEmpty()) {
      seg.set(f, r, at + 3, 1, n.suffixes().get(0));
    }
    if (!n.prefixes().isEmpty()) {
      seg.set(f, r, at + 4, 1, n.prefixes().get(0));
    }
  }

  // ------------------------------------------------------------------ XAD

  private static final String[][] ADDRESS_USE = {{"home", "H"}, {"work", "B"}, {"temp", "C"}};

  /** HL7 table 0190 {@code M} mailing address. */
  private static final String MAILING = "M";

  /** An XAD repetition, null if empty. */
  public static Address xad(V2In in, V2Segment s, int f, int r) {
    List<String> lines = new ArrayList<>();
    add(lines, in.get(s, f, r, 1, 1));
    add(lines, in.get(s, f, r, 2, 1));
    String city = in.get(s, f, r, 3, 1);
    String state = in.get(s, f, r, 4, 1);
    String postal = in.get(s, f, r, 5, 1);
    String country = in.get(s, f, r, 6, 1);
    String code = in.peek(s, f, r, 7);
    String use = fromTable(ADDRESS_USE, code);
    String type = null;
    if (MAILING.equals(code)) {
      type = "postal"; // table 0190 M mailing: FHIR Address.type postal (v2-to-FHIR IG)
    }
    if (use != null || type != null) {
      in.get(s, f, r, 7, 1);
    }
    String district = in.get(s, f, r, 9, 1);
    if (lines.isEmpty()
        && city == null
        && state == null
        && postal == null
        && country == null
        && use == null
        && type == null
        && district == null) {
      return null;
    }
    return new Address(use, type, null, lines, city, district, state, postal, country, null);
  }

  /** Writes an XAD. */
  public static void xad(V2Out.Seg seg, int f, int r, Address a) {
    for (int i = 0; i < a.lines().size() && i < 2; i++) {
      seg.set(f, r, 1 + i, 1, a.lines().get(i));
    }
    seg.set(f, r, 3, 1, a.city());
    seg.set(f, r, 4, 1, a.state());
    seg.set(f, r, 5, 1, a.postalCode());
    seg.set(f, r, 6, 1, a.country());
    seg.set(
        f,
        r,
        7,
        1,
        a.use() == null && "postal".equals(a.type()) ? MAILING : toTable(ADDRESS_USE, a.use()));
    seg.set(f, r, 9, 1, a.district());
  }

  // ------------------------------------------------------------------ XTN

  private static final String[][] TELECOM_USE = {
    {"home", "PRN"}, {"work", "WPN"}, {"temp", "VHN"}, {"old", "ORN"}
  };
  private static final String[][] TELECOM_SYSTEM = {
    {"phone", "PH"}, {"fax", "FX"}, {"email", "Internet"}, {"pager", "BP"}
  };

  /**
   * The use an XTN repetition reads to (mobile for equipment CP, else from XTN-2), without
   * consuming anything; null if it does not say.
   */
  public static String xtnUse(V2In in, V2Segment s, int f, int r) {
    return "CP".equals(in.peek(s, f, r, 3))
        ? "mobile"
        : fromTable(TELECOM_USE, in.peek(s, f, r, 2));
  }

  /** An XTN repetition, null if empty. */
  public static ContactPoint xtn(V2In in, V2Segment s, int f, int r) {
    String equipment = in.peek(s, f, r, 3);
    String system = fromTable(TELECOM_SYSTEM, equipment);
    String use = null;
    if ("CP".equals(equipment)) {
      system = "phone";
      use = "mobile";
    }
    if (system != null) {
      in.get(s, f, r, 3, 1);
    }
    if (use == null) {
      String code = in.peek(s, f, r, 2);
      use = fromTable(TELECOM_USE, code);
      if (use != null) {
        in.get(s, f, r, 2, 1);
      }
    }
    String value = "email".equals(system) ? in.get(s, f, r, 4, 1) : in.get(s, f, r, 1, 1);
    Period period = period(in, s, f, r, 13, 14);
    Integer rank = null;
    String order = in.peek(s, f, r, 18);
    if (isOrdinal(order, 9)) {
      in.get(s, f, r, 18, 1);
      rank = Integer.valueOf(order); // XTN-18 preference order (v2-to-FHIR IG: rank)
    }
    if (value == null && system == null && use == null && period == null && rank == null) {
      return null;
    }
    return new ContactPoint(system, value, use, rank, period);
  }

  /** Writes an XTN. */
  public static void xtn(V2Out.Seg seg, int f, int r, ContactPoint c) {
    if ("phone".equals(c.system()) && "mobile".equals(c.use())) {
      seg.set(f, r, 3, 1, "CP");
    } else {
      seg.set(f, r, 2, 1, toTable(TELECOM_USE, c.use()));
      seg.set(f, r, 3, 1, toTable(TELECOM_SYSTEM, c.system()));
    }
    seg.set(f, r, "email".equals(c.system()) ? 4 : 1, 1, c.value());
    period(seg, f, r, c.period(), 13, 14);
    if (c.rank() != null && c.rank() > 0) {
      seg.set(f, r, 18, 1, c.rank().toString());
    }
  }

  // ------------------------------------------------------------------ TS / DTM

  /** A TS/DTM at component 1 of a repetition, null if empty or not a v2 date-time. */
  public static PartialDateTime ts(V2In in, V2Segment s, int f, int r) {
    String text = in.peek(s, f, r, 1);
    if (text.isEmpty()) {
      return null;
    }
    try {
      PartialDateTime t = PartialDateTime.parseV2(text);
      in.get(s, f, r, 1, 1);
      return t;
    } catch (KoineParseException e) {
      return null;
    }
  }

  /** A TS/DTM field (repetition 1). */
  public static PartialDateTime ts(V2In in, V2Segment s, int f) {
    return ts(in, s, f, 1);
  }

  /** Writes a date-time (null: nothing). */
  public static void ts(V2Out.Seg seg, int f, PartialDateTime t) {
    if (t != null && t.isV2Representable()) {
      seg.set(f, 1, 1, 1, t.toV2());
    }
  }

  // ------------------------------------------------------------------ helpers

  static String fromTable(String[][] table, String code) {
    for (String[] row : table) {
      if (row[1].equals(code)) {
        return row[0];
      }
    }
    return null;
  }

  static String toTable(String[][] table, String model) {
    for (String[] row : table) {
      if (row[0].equals(model)) {
        return row[1];
      }
    }
    return null;
  }

  private static void add(List<String> list, String value) {
    if (value != null) {
      list.add(value);
    }
  }

  /**
   * Whether the text is a positive decimal of at most {@code maxDigits} digits without a leading
   * zero, as {@code [1-9][0-9]{0,maxDigits-1}} matches (a regular expression compiled per call was
   * 4 % of an ADT decode).
   */
  static boolean isOrdinal(String text, int maxDigits) {
    int n = text.length();
    if (n == 0 || n > maxDigits || text.charAt(0) < '1' || text.charAt(0) > '9') {
      return false;
    }
    for (int i = 1; i < n; i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** Upper-case in the root locale. */
  static String upper(String s) {
    return s.toUpperCase(Locale.ROOT);
  }
}
