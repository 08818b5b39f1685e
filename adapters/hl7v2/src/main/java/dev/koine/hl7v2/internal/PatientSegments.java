package dev.koine.hl7v2.internal;

import dev.koine.core.code.CodeSystems;
import dev.koine.core.code.Coding;
import dev.koine.core.code.Concept;
import dev.koine.core.id.Identifier;
import dev.koine.core.id.IdentifierSystems;
import dev.koine.core.issue.KoineParseException;
import dev.koine.core.model.Address;
import dev.koine.core.model.AdministrativeGender;
import dev.koine.core.model.Communication;
import dev.koine.core.model.ContactPoint;
import dev.koine.core.model.Entities;
import dev.koine.core.model.Extension;
import dev.koine.core.model.Extras;
import dev.koine.core.model.HumanName;
import dev.koine.core.model.Meta;
import dev.koine.core.model.Patient;
import dev.koine.core.model.PatientContact;
import dev.koine.core.model.Practitioner;
import dev.koine.core.model.Ref;
import dev.koine.core.model.Value;
import dev.koine.core.time.PartialDateTime;
import dev.koine.core.time.Period;
import dev.koine.hl7v2.V2Message;
import dev.koine.hl7v2.V2Segment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** PID, PD1 and NK1 to and from {@link Patient}. */
public final class PatientSegments {
  private PatientSegments() {}

  /** The system of PID-32 identity reliability codes (NSTS01..08 as sent). */
  public static final String IDENTITY_RELIABILITY = Types.table("0445");

  private static final Set<String> NHS_DD_GENDER = Set.of("1", "2", "9", "X", "0");

  /** The identifier type of PID-18 account numbers (HL7 table 0203). */
  static final String ACCOUNT = "AN";

  /** HL7 table 0005 (race), the system of a PID-10 ethnic category. */
  static final String RACE = Types.table("0005");

  /**
   * The use of PID-4 alternate patient identifiers: {@code secondary}, so that they go back to
   * PID-4 (PID-3 identifiers have no use).
   */
  static final String ALTERNATE = "secondary";

  /** The identifier type of a PID-20 driver's license number (HL7 table 0203 {@code DL}). */
  static final Concept DL_TYPE = Concept.of(CodeSystems.V2_IDENTIFIER_TYPE, "DL", null);

  /** The system of a PID-19 social security number (v2-to-FHIR IG). */
  static final String SSN_SYSTEM = "http://hl7.org/fhir/sid/us-ssn";

  /** The identifier type of a PID-19 social security number (HL7 table 0203 {@code SS}). */
  static final Concept SSN_TYPE = Concept.of(CodeSystems.V2_IDENTIFIER_TYPE, "SS", null);

  /** The extension of PID-6 mother's maiden name (v2-to-FHIR IG). */
  static final String MOTHERS_MAIDEN_NAME =
      "http://hl7.org/fhir/StructureDefinition/patient-mothersMaidenName";

  /** The extension of PID-23 birth place (v2-to-FHIR IG, valueAddress.text). */
  static final String BIRTH_PLACE = "http://hl7.org/fhir/StructureDefinition/patient-birthPlace";

  /** The extension of PID-26 citizenship (v2-to-FHIR IG, sub-extension {@code code}). */
  static final String CITIZENSHIP = "http://hl7.org/fhir/StructureDefinition/patient-citizenship";

  /** HL7 table 0296 (primary language), the default system of PID-15. */
  static final String LANGUAGE = Types.table("0296");

  /** Reads the patient of a message (PID, PD1, NK1); an empty patient if there is no PID. */
  public static Patient read(V2In in) {
    return read(in, null);
  }

  /**
   * Reads the patient of a message; {@code gpName}, the GP read by {@link #gp(V2In)} or null, makes
   * the GP reference target that Practitioner.
   */
  public static Patient read(V2In in, Practitioner gpName) {
    Patient.Builder p = Patient.builder();
    Optional<V2Segment> found = in.first("PID");
    if (found.isEmpty()) {
      return p.build();
    }
    V2Segment pid = found.get();
    in.consumeIf(pid, 1, 1, 1, 1, "1");
    List<Identifier> ids = new ArrayList<>();
    for (int r = 1; r <= in.reps(pid, 3); r++) {
      Identifier id = Types.cx(in, pid, 3, r);
      if (id != null) {
        ids.add(id);
      }
    }
    Identifier account = account(in, pid);
    if (account != null) {
      ids.add(account);
    }
    for (int r = 1; r <= in.reps(pid, 4); r++) {
      Identifier id = Types.cx(in, pid, 4, r);
      if (id != null) {
        ids.add(withUse(id, ALTERNATE));
      }
    }
    String ssn = in.get(pid, 19);
    if (ssn != null) {
      ids.add(new Identifier(SSN_SYSTEM, ssn, SSN_TYPE, null, null, null));
    }
    Identifier licence = driversLicence(in, pid);
    if (licence != null) {
      ids.add(licence);
    }
    p.identifiers(ids);
    List<HumanName> names = new ArrayList<>();
    for (int r = 1; r <= in.reps(pid, 5); r++) {
      HumanName n = Types.xpn(in, pid, 5, r);
      if (n == null) {
        // the names after a repetition with no name would move up one place when written: they
        // are carried verbatim at their place instead
        break;
      }
      names.add(n);
    }
    p.names(names);
    p.birthDate(Types.ts(in, pid, 7));
    String sex = in.get(pid, 8);
    if (sex != null) {
      p.gender(AdministrativeGender.fromV2(sex).orElse(null));
      p.genderCode(
          Coding.of(
              NHS_DD_GENDER.contains(sex)
                  ? CodeSystems.NHS_DD_PERSON_STATED_GENDER
                  : CodeSystems.V2_ADMINISTRATIVE_SEX,
              sex));
    }
    List<Address> addresses = new ArrayList<>();
    for (int r = 1; r <= in.reps(pid, 11); r++) {
      Address a = Types.xad(in, pid, 11, r);
      if (a != null) {
        addresses.add(a);
      }
    }
    String county = in.get(pid, 12);
    if (county != null) {
      // PID-12 county code: the district of an address of its own (v2-to-FHIR IG PID-12 when
      // PID-11 repeats or is empty), so that the way back can tell it from XAD-9
      addresses.add(countyOnly(county));
    }
    p.addresses(addresses);
    List<ContactPoint> telecom = new ArrayList<>();
    for (int f = 13; f <= 14; f++) {
      for (int r = 1; r <= in.reps(pid, f); r++) {
        String use = Types.xtnUse(in, pid, f, r);
        if (f == 13 ? "work".equals(use) : use != null && !"work".equals(use)) {
          // written back, a work number goes to PID-14 and any other to PID-13: a number in the
          // other field (a mobile as the business number) and those after it are carried
          // verbatim at their place instead
          break;
        }
        ContactPoint c = Types.xtn(in, pid, f, r);
        if (c != null && f == 14 && c.use() == null) {
          // PID-14 is the business number: use work when XTN-2 does not say (v2-to-FHIR IG)
          c = new ContactPoint(c.system(), c.value(), "work", c.rank(), c.period());
        }
        if (c != null) {
          telecom.add(c);
        }
      }
    }
    p.telecom(telecom);
    p.maritalStatus(Types.concept(in, pid, 16, 1, Types.table("0002")));
    p.religion(Types.concept(in, pid, 17, 1, Types.table("0006")));
    Concept ethnic = Types.concept(in, pid, 22, 1, CodeSystems.ETHNIC_CATEGORY_ENGLAND);
    p.ethnicCategory(ethnic == null ? race(in, pid) : ethnic);
    Concept language = Types.conceptNamed(in, pid, 15, 1, LANGUAGE);
    if (language != null) {
      p.communications(List.of(new Communication(language, true, null)));
    }
    p.multipleBirth(yesNo(in, pid, 24));
    String order = in.peek(pid, 25, 1, 1);
    if (Types.isOrdinal(order, 3)) {
      in.get(pid, 25);
      p.multipleBirthOrder(Integer.valueOf(order));
    }
    p.deceasedAt(Types.ts(in, pid, 29));
    p.deceased(yesNo(in, pid, 30));
    String status = in.get(pid, 32);
    if (status != null) {
      p.nhsNumberVerificationStatus(Coding.of(IDENTITY_RELIABILITY, status));
    }
    p.extras(extras(in, pid));
    List<Ref> gps = new ArrayList<>();
    Optional<V2Segment> pd1 = in.first("PD1");
    if (pd1.isPresent()) {
      V2Segment s = pd1.get();
      String practice = in.get(s, 3, 3);
      if (practice != null) {
        gps.add(
            new Ref(
                null,
                "Organization",
                Identifier.of(IdentifierSystems.ODS_ORGANISATION.fhirUri(), practice),
                in.get(s, 3, 1)));
      }
      String gp = in.get(s, 4, 1);
      if (gp != null || gpName != null) {
        // a named GP (XCN.2 on) is the Practitioner the reference targets
        gps.add(
            new Ref(
                gpName == null ? null : "Practitioner/" + GP_ID,
                "Practitioner",
                gp == null ? null : Identifier.of(IdentifierSystems.GMP.fhirUri(), gp),
                null));
      }
    }
    p.generalPractitioners(gps);
    List<PatientContact> contacts = new ArrayList<>();
    int n = 0;
    for (V2Segment nk1 : in.all("NK1")) {
      n++;
      in.consumeIf(nk1, 1, 1, 1, 1, Integer.toString(n));
      Concept relationship = Types.concept(in, nk1, 3, 1, Types.table("0063"));
      List<ContactPoint> phones = new ArrayList<>();
      for (int r = 1; r <= in.reps(nk1, 5); r++) {
        ContactPoint c = Types.xtn(in, nk1, 5, r);
        if (c != null) {
          phones.add(c);
        }
      }
      contacts.add(
          new PatientContact(
              relationship == null ? List.of() : List.of(relationship),
              Types.xpn(in, nk1, 2, 1),
              phones,
              Types.xad(in, nk1, 4, 1),
              null,
              null,
              null,
              null));
    }
    p.contacts(contacts);
    return p.build();
  }

  /**
   * The PID fields the v2-to-FHIR IG maps to standard Patient extensions (PID-6 mother's maiden
   * name, PID-23 birth place, PID-26 citizenship) and PID-33 last update date/time as {@code
   * meta.lastUpdated}.
   */
  private static Extras extras(V2In in, V2Segment pid) {
    List<Extension> extensions = new ArrayList<>();
    String maiden = in.get(pid, 6);
    if (maiden != null) {
      extensions.add(Extension.of(MOTHERS_MAIDEN_NAME, new Value.Primitive("string", maiden)));
    }
    String birthPlace = in.get(pid, 23);
    if (birthPlace != null) {
      extensions.add(
          Extension.of(
              BIRTH_PLACE,
              new Value.AddressValue(
                  new Address(
                      null, null, birthPlace, List.of(), null, null, null, null, null, null))));
    }
    for (int r = 1; r <= in.reps(pid, 26); r++) {
      Concept c = Types.concept(in, pid, 26, r, null);
      if (c != null) {
        extensions.add(
            Extension.complex(
                CITIZENSHIP, List.of(Extension.of("code", new Value.ConceptValue(c)))));
      }
    }
    PartialDateTime updated = Types.ts(in, pid, 33);
    Meta meta =
        updated == null ? null : new Meta(null, updated, null, List.of(), List.of(), List.of());
    return new Extras(meta, null, null, extensions, List.of());
  }

  /** Writes the extensions and meta of {@link #extras} back; others stay encode losses. */
  private static void writeExtras(V2Out.Seg pid, Extras x) {
    boolean maiden = false;
    boolean birthPlace = false;
    for (Extension e : x.extensions()) {
      if (!maiden
          && MOTHERS_MAIDEN_NAME.equals(e.url())
          && e.value() instanceof Value.Primitive v
          && v.type().equals("string")) {
        pid.set(6, 1, 1, 1, v.text());
        maiden = true;
      } else if (!birthPlace
          && BIRTH_PLACE.equals(e.url())
          && e.value() instanceof Value.AddressValue a
          && a.address().equals(textOnly(a.address().text()))) {
        pid.set(23, 1, 1, 1, a.address().text());
        birthPlace = true;
      } else if (CITIZENSHIP.equals(e.url())
          && e.extensions().size() == 1
          && e.extensions().get(0).url().equals("code")
          && e.extensions().get(0).value() instanceof Value.ConceptValue c) {
        Types.concept(pid, 26, pid.reps(26) + 1, c.concept(), null);
      }
    }
    if (x.meta() != null && x.meta().lastUpdated() != null) {
      Types.ts(pid, 33, x.meta().lastUpdated());
    }
  }

  private static Address textOnly(String text) {
    return new Address(null, null, text, List.of(), null, null, null, null, null, null);
  }

  private static Address countyOnly(String county) {
    return new Address(null, null, null, List.of(), null, county, null, null, null, null);
  }

  /**
   * PID-20 driver's license number (DLN: number, issuing state, expiration date) as an identifier
   * of type {@code DL} (v2-to-FHIR IG) with the state as the assigner and the expiration date as
   * the period end; without a system, which the way back tells it by.
   *
   * <p>A licence with an issuing state and no expiry is the identifier a PID-3 {@code
   * number^^^state^DL} also reads as: the model cannot tell the two apart. Its field is then read
   * without being consumed and marked as a {@linkplain V2In#spelling spelling}, so that it is
   * carried verbatim (no loss in another format: its meaning is typed) and the writer, seeing it,
   * puts the identifier back in PID-20 rather than PID-3.
   */
  private static Identifier driversLicence(V2In in, V2Segment pid) {
    if (in.reps(pid, 20) == 1 && isStateOnly(in, pid)) {
      in.spelling(pid.field(20));
      return new Identifier(
          null, in.peek(pid, 20, 1, 1), DL_TYPE, null, null, in.peek(pid, 20, 1, 2));
    }
    String value = in.get(pid, 20);
    if (value == null) {
      return null;
    }
    String state = in.get(pid, 20, 2);
    PartialDateTime expires = null;
    String text = in.peek(pid, 20, 1, 3);
    if (!text.isEmpty()) {
      try {
        expires = PartialDateTime.parseV2(text);
        in.get(pid, 20, 3);
      } catch (KoineParseException e) {
        expires = null;
      }
    }
    return new Identifier(
        null, value, DL_TYPE, null, expires == null ? null : new Period(null, expires), state);
  }

  /** Whether PID-20 holds a number and an issuing state, with no expiry and nothing else. */
  private static boolean isStateOnly(V2In in, V2Segment pid) {
    return in.components(pid, 20, 1) == 2
        && in.subComponents(pid, 20, 1, 1) <= 1
        && in.subComponents(pid, 20, 1, 2) <= 1
        && isValue(in.peek(pid, 20, 1, 1))
        && isValue(in.peek(pid, 20, 1, 2));
  }

  private static boolean isValue(String text) {
    return !text.isBlank() && !"\"\"".equals(text);
  }

  /**
   * Whether an identifier goes to PID-20: typed DL without a system or use, with an expiry only (a
   * PID-3 identifier never has a period) or without an assigner. A licence with an issuing state
   * but no expiry goes to PID-3 ({@code number^^^state^DL}), which reads back the same, unless the
   * message carries PID-20 as a spelling (it was read from there).
   */
  private static boolean isDriversLicence(Identifier id) {
    if (id.system() != null || !DL_TYPE.equals(id.type()) || id.use() != null) {
      return false;
    }
    return id.period() == null ? id.assigner() == null : id.period().start() == null;
  }

  /** Whether an identifier is a licence with an issuing state and no expiry (see above). */
  private static boolean isStateOnlyLicence(Identifier id) {
    return id.system() == null
        && DL_TYPE.equals(id.type())
        && id.use() == null
        && id.period() == null
        && id.assigner() != null;
  }

  private static Identifier withUse(Identifier id, String use) {
    return new Identifier(id.system(), id.value(), id.type(), use, id.period(), id.assigner());
  }

  /**
   * PID-18 patient account number (CX) as an identifier of type {@code AN} (HL7 table 0203 "account
   * number", the field's definition), when it is sent without a type or typed {@code AN}; an
   * account number typed otherwise stays a loss (it could not be told from a PID-3 identifier on
   * the way back).
   */
  private static Identifier account(V2In in, V2Segment pid) {
    String type = in.peek(pid, 18, 1, 5);
    if (!type.isEmpty() && !type.equals(ACCOUNT)) {
      return null;
    }
    String value = in.get(pid, 18, 1, 1, 1);
    if (value == null) {
      return null;
    }
    in.consumeIf(pid, 18, 1, 5, 1, ACCOUNT);
    String authority = in.get(pid, 18, 1, 4, 1);
    return Types.identifier(value, authority, ACCOUNT);
  }

  /**
   * PID-10 race as the ethnic category when PID-22 is empty (NHS feeds put the ethnic category in
   * either), only when its codes are in HL7 table 0005 (no coding system, or {@code HL70005}), so
   * that the way back can tell it from a PID-22 value.
   */
  private static Concept race(V2In in, V2Segment pid) {
    String name = in.peek(pid, 10, 1, 3);
    if (!name.isEmpty() && !name.equals("HL70005")) {
      return null;
    }
    Concept c = Types.conceptNamed(in, pid, 10, 1, RACE);
    return c != null && !c.codings().isEmpty() && RACE.equals(c.codings().get(0).system())
        ? c
        : null;
  }

  /**
   * The PID-8 code of a patient: the code received from a v2 decode when it is kept (an NHS Data
   * Dictionary person stated gender code {@code 1 2 9 X 0}, or an HL7 table 0001 code) when it
   * agrees with the gender, else the table 0001 code of the gender ({@code F M O U}); never a FHIR
   * code such as {@code female}.
   */
  static String sexCode(Patient p) {
    Coding kept = p.genderCode();
    if (kept != null && kept.code() != null) {
      boolean nhs =
          CodeSystems.NHS_DD_PERSON_STATED_GENDER.equals(kept.system())
              && NHS_DD_GENDER.contains(kept.code());
      boolean v2 = CodeSystems.V2_ADMINISTRATIVE_SEX.equals(kept.system());
      boolean consistent =
          p.gender() == null || AdministrativeGender.fromV2(kept.code()).orElse(null) == p.gender();
      if ((nhs || v2) && consistent) {
        return kept.code();
      }
    }
    return p.gender() == null ? null : p.gender().v2Code();
  }

  private static boolean isSsn(Identifier id) {
    return SSN_SYSTEM.equals(id.system())
        && SSN_TYPE.equals(id.type())
        && id.use() == null
        && id.period() == null
        && id.assigner() == null;
  }

  private static boolean isAccount(Identifier id) {
    return id.type() != null
        && id.type()
            .coding(CodeSystems.V2_IDENTIFIER_TYPE)
            .map(c -> ACCOUNT.equals(c.code()))
            .orElse(false);
  }

  private static Boolean yesNo(V2In in, V2Segment s, int f) {
    String v = in.peek(s, f, 1, 1);
    if (v.equals("Y") || v.equals("N")) {
      in.get(s, f);
      return v.equals("Y");
    }
    return null;
  }

  /** The id of the registered GP's Practitioner read from a named PD1-4. */
  public static final String GP_ID = "pd1-4";

  /**
   * The registered GP named in PD1-4 (XCN: GMP code, family, given, middle, suffix, prefix) as a
   * Practitioner with id {@value #GP_ID}, or null if PD1-4 holds no name. Read it before {@link
   * #read(V2In)}, whose GP reference then targets it; the caller adds it to its related entities.
   */
  public static Practitioner gp(V2In in) {
    Optional<V2Segment> pd1 = in.first("PD1");
    if (pd1.isEmpty()) {
      return null;
    }
    HumanName name = Types.name(in, pd1.get(), 4, 1, 2);
    if (name == null) {
      return null;
    }
    String code = in.peek(pd1.get(), 4, 1, 1);
    return Practitioner.builder()
        .id(GP_ID)
        .identifiers(
            code.isEmpty() || V2Message.EXPLICIT_NULL.equals(code)
                ? List.of()
                : List.of(Identifier.of(IdentifierSystems.GMP.fhirUri(), code)))
        .names(List.of(name))
        .build();
  }

  /** Writes PID, PD1 and NK1 for a patient. */
  public static void write(V2Out out, Patient p) {
    write(out, p, Entities.empty());
  }

  /**
   * Writes PID, PD1 and NK1 for a patient whose GP reference may target a Practitioner of {@code
   * related} (its name goes to PD1-4).
   */
  public static void write(V2Out out, Patient p, Entities related) {
    V2Out.Seg pid = out.segment("PID").set(1, "1");
    Identifier account = null;
    Identifier ssn = null;
    Identifier licence = null;
    for (Identifier id : p.identifiers()) {
      if (account == null && isAccount(id)) {
        account = id;
        Types.cx(pid, 18, 1, id);
      } else if (ALTERNATE.equals(id.use())) {
        Types.cx(pid, 4, pid.reps(4) + 1, id);
      } else if (ssn == null && isSsn(id)) {
        ssn = id;
        pid.set(19, id.value());
      } else if (licence == null
          && (isDriversLicence(id) || (isStateOnlyLicence(id) && out.spelled(pid, 20)))) {
        licence = id;
        pid.set(20, 1, id.value());
        pid.set(20, 2, id.assigner());
        if (id.period() != null && id.period().end().isV2Representable()) {
          pid.set(20, 3, id.period().end().toV2());
        }
      } else {
        Types.cx(pid, 3, pid.reps(3) + 1, id);
      }
    }
    for (int i = 0; i < p.names().size(); i++) {
      Types.xpn(pid, 5, i + 1, p.names().get(i));
    }
    Types.ts(pid, 7, p.birthDate());
    pid.set(8, sexCode(p));
    boolean county = false;
    for (Address a : p.addresses()) {
      if (!county && a.district() != null && a.equals(countyOnly(a.district()))) {
        county = true;
        pid.set(12, a.district());
      } else {
        Types.xad(pid, 11, pid.reps(11) + 1, a);
      }
    }
    for (ContactPoint c : p.telecom()) {
      int f = "work".equals(c.use()) ? 14 : 13;
      Types.xtn(pid, f, pid.reps(f) + 1, c);
    }
    Types.concept(pid, 16, 1, p.maritalStatus(), Types.table("0002"));
    Types.concept(pid, 17, 1, p.religion(), Types.table("0006"));
    Concept ethnic = p.ethnicCategory();
    if (ethnic != null
        && !ethnic.codings().isEmpty()
        && RACE.equals(ethnic.codings().get(0).system())) {
      Types.concept(pid, 10, 1, ethnic, null); // HL70005 written out, as feeds send it
    } else {
      Types.concept(pid, 22, 1, ethnic, CodeSystems.ETHNIC_CATEGORY_ENGLAND);
    }
    for (Communication c : p.communications()) {
      if (Boolean.TRUE.equals(c.preferred()) && c.interpreterRequired() == null) {
        Types.concept(pid, 15, 1, c.language(), null); // HL70296 written out
        break;
      }
    }
    if (p.multipleBirth() != null) {
      pid.set(24, p.multipleBirth() ? "Y" : "N");
    }
    if (p.multipleBirthOrder() != null) {
      pid.set(25, p.multipleBirthOrder().toString());
    }
    Types.ts(pid, 29, p.deceasedAt());
    if (p.deceased() != null) {
      pid.set(30, p.deceased() ? "Y" : "N");
    }
    if (p.nhsNumberVerificationStatus() != null) {
      pid.set(32, p.nhsNumberVerificationStatus().code());
    }
    if (!p.generalPractitioners().isEmpty()) {
      V2Out.Seg pd1 = out.segment("PD1");
      for (Ref ref : p.generalPractitioners()) {
        if (ref.identifier() == null) {
          continue;
        }
        if (IdentifierSystems.ODS_ORGANISATION.fhirUri().equals(ref.identifier().system())) {
          pd1.set(3, 1, ref.display());
          pd1.set(3, 3, ref.identifier().value());
        } else {
          pd1.set(4, 1, ref.identifier().value());
        }
      }
      for (Ref ref : p.generalPractitioners()) {
        Practitioner gp =
            ("Practitioner/" + GP_ID).equals(ref.target()) ? Adt.find(related, ref) : null;
        if (gp != null && !gp.names().isEmpty()) {
          Types.name(pd1, 4, 1, gp.names().get(0), 2);
        }
      }
    }
    writeExtras(pid, p.extras());
    int n = 0;
    for (PatientContact c : p.contacts()) {
      V2Out.Seg nk1 = out.segment("NK1").set(1, Integer.toString(++n));
      if (c.name() != null) {
        Types.xpn(nk1, 2, 1, c.name());
      }
      if (!c.relationships().isEmpty()) {
        Types.concept(nk1, 3, 1, c.relationships().get(0), Types.table("0063"));
      }
      if (c.address() != null) {
        Types.xad(nk1, 4, 1, c.address());
      }
      for (int i = 0; i < c.telecom().size(); i++) {
        Types.xtn(nk1, 5, i + 1, c.telecom().get(i));
      }
    }
  }
}
