package dev.koine.fhir.internal.map;

import static dev.koine.fhir.internal.map.Datatypes.all;
import static dev.koine.fhir.internal.map.Datatypes.one;

import dev.koine.core.code.CodeSystems;
import dev.koine.core.code.Coding;
import dev.koine.core.code.Concept;
import dev.koine.core.codec.Loss;
import dev.koine.core.id.Identifier;
import dev.koine.core.issue.IssueCode;
import dev.koine.core.issue.KoineParseException;
import dev.koine.core.model.AdministrativeGender;
import dev.koine.core.model.Communication;
import dev.koine.core.model.Extension;
import dev.koine.core.model.Extras;
import dev.koine.core.model.Patient;
import dev.koine.core.model.PatientContact;
import dev.koine.core.time.PartialDateTime;
import dev.koine.core.time.Precision;
import dev.koine.fhir.internal.tree.FhirNode;
import dev.koine.fhir.internal.tree.ValueKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Patient (UK Core Patient R4, CareConnect-Patient-1 STU3): the NHS number verification status
 * extension on the NHS number identifier and the ethnic category extension become typed fields.
 */
public final class PatientMapper {
  /** The NHS number identifier system. */
  public static final String NHS_NUMBER = "https://fhir.nhs.uk/Id/nhs-number";

  static final String R4_VERIFICATION =
      "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-NHSNumberVerificationStatus";
  static final String STU3_VERIFICATION =
      "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-NHSNumberVerificationStatus-1";
  static final String CONTACT_RANK =
      "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-ContactRank";
  static final String R4_ETHNIC =
      "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-EthnicCategory";
  static final String STU3_ETHNIC =
      "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-EthnicCategory-1";

  /**
   * The NHS number verification status extension as the PDS FHIR API writes it (R4, under {@code
   * https://fhir.nhs.uk/R4/}, with its own code system): read as the verification status when its
   * coding is of {@link #PDS_VERIFICATION_SYSTEM}, and written under this url again for a status of
   * that system, so a PDS patient round-trips.
   */
  static final String PDS_VERIFICATION =
      "https://fhir.nhs.uk/R4/StructureDefinition/Extension-UKCore-NHSNumberVerificationStatus";

  static final String PDS_VERIFICATION_SYSTEM =
      "https://fhir.nhs.uk/R4/CodeSystem/UKCore-NHSNumberVerificationStatus";

  private PatientMapper() {}

  /** The url of the verification status extension for a status of this coding. */
  private static String verificationUrl(FhirVersion v, Coding status) {
    return v == FhirVersion.R4 && PDS_VERIFICATION_SYSTEM.equals(status.system())
        ? PDS_VERIFICATION
        : verificationUrl(v);
  }

  /** The verification status extensions of an identifier, the PDS form included (see above). */
  private static List<FhirNode> verificationExtensions(FhirNode idNode, FhirVersion v) {
    List<FhirNode> exts = Values.extensionsWithUrl(idNode, verificationUrl(v));
    if (exts.isEmpty() && v == FhirVersion.R4) {
      List<FhirNode> pds = Values.extensionsWithUrl(idNode, PDS_VERIFICATION);
      FhirNode cc = pds.isEmpty() ? null : pds.get(0).child("valueCodeableConcept");
      FhirNode coding = cc == null ? null : cc.child("coding");
      FhirNode system = coding == null ? null : coding.child("system");
      if (system != null && PDS_VERIFICATION_SYSTEM.equals(system.value())) {
        return pds;
      }
    }
    return exts;
  }

  static String verificationUrl(FhirVersion v) {
    return v == FhirVersion.R4 ? R4_VERIFICATION : STU3_VERIFICATION;
  }

  static String ethnicUrl(FhirVersion v) {
    return v == FhirVersion.R4 ? R4_ETHNIC : STU3_ETHNIC;
  }

  /** Decodes a Patient resource with the given entity id. */
  public static Patient decode(Dec d, FhirNode r, String id) {
    FhirVersion v = d.version();
    Patient.Builder b = Patient.builder().id(id);
    List<FhirNode> ids = r.children("identifier");
    int carrier = verificationCarrier(ids);
    List<Identifier> identifiers = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      FhirNode idNode = ids.get(i);
      if (i == carrier) {
        List<FhirNode> exts = verificationExtensions(idNode, v);
        if (!exts.isEmpty()) {
          Coding status = singleCoding(d, exts.get(0));
          if (status != null) {
            b.nhsNumberVerificationStatus(status);
            if (CodeSystems.NHS_NUMBER_VERIFICATION_STATUS_STU1_RETIRED.equals(status.system())) {
              d.issue(
                  IssueCode.CODE_RETIRED,
                  "Patient.identifier.extension",
                  "retired UK Core STU1 NHS number verification status code system");
            }
          }
        }
      }
      Identifier ident = Datatypes.identifier(d, idNode);
      if (ident != null) {
        identifiers.add(ident);
      }
    }
    b.identifiers(identifiers);
    FhirNode ethnic = Values.extensionWithUrl(r, Set.of(ethnicUrl(v)));
    if (ethnic != null) {
      FhirNode cc = ethnic.child("valueCodeableConcept");
      Concept c = cc == null ? null : Datatypes.concept(d, cc);
      if (c != null) {
        d.mark(ethnic);
        d.mark(ethnic.child("url"));
        b.ethnicCategory(c);
      }
    }
    b.active(d.bool(r, "active"))
        .names(all(d, r, "name", Datatypes::humanName))
        .telecom(all(d, r, "telecom", Datatypes::contactPoint));
    String gender = r.child("gender") == null ? null : r.child("gender").value();
    if (gender != null && AdministrativeGender.fromFhir(gender).isPresent()) {
      d.str(r, "gender");
      b.gender(AdministrativeGender.fromFhir(gender).get())
          .genderCode(Coding.of(CodeSystems.FHIR_ADMINISTRATIVE_GENDER, gender));
    }
    b.birthDate(birthDate(d, r))
        .deceased(d.bool(r, "deceasedBoolean"))
        .deceasedAt(d.time(r, "deceasedDateTime"))
        .addresses(all(d, r, "address", Datatypes::address))
        .maritalStatus(one(d, r, "maritalStatus", Datatypes::concept))
        .multipleBirth(d.bool(r, "multipleBirthBoolean"))
        .multipleBirthOrder(d.integer(r, "multipleBirthInteger"))
        .communications(all(d, r, "communication", PatientMapper::communication))
        .contacts(all(d, r, "contact", PatientMapper::contact))
        .generalPractitioners(all(d, r, "generalPractitioner", Datatypes::ref))
        .managingOrganisation(one(d, r, "managingOrganization", Datatypes::ref));
    List<FhirNode> links = r.children("link");
    for (FhirNode link : links) {
      FhirNode other = link.child("other");
      FhirNode type = link.child("type");
      if (other != null
          && type != null
          && "seealso".equals(type.value())
          && link.children().size() == 2) {
        var ref = Datatypes.ref(d, other);
        if (ref != null) {
          d.mark(link);
          d.mark(type);
          b.addLink(ref);
        }
      }
    }
    b.extras(Values.extras(d, r, Set.of(ethnicUrl(v))));
    return b.build();
  }

  private static int verificationCarrier(List<FhirNode> ids) {
    for (int i = 0; i < ids.size(); i++) {
      FhirNode s = ids.get(i).child("system");
      if (s != null && NHS_NUMBER.equals(s.value())) {
        return i;
      }
    }
    return ids.isEmpty() ? -1 : 0;
  }

  /** The single coding of an extension's valueCodeableConcept (marking the extension), or null. */
  static Coding singleCoding(Dec d, FhirNode ext) {
    FhirNode cc = ext.child("valueCodeableConcept");
    if (cc == null || cc.children().size() != 1 || cc.child("coding") == null) {
      return null;
    }
    Coding c = Datatypes.coding(d, cc.child("coding"));
    if (c != null) {
      d.mark(ext);
      d.mark(ext.child("url"));
      d.mark(cc);
    }
    return c;
  }

  private static Communication communication(Dec d, FhirNode n) {
    return d.attempt(
        "Patient.communication",
        () -> {
          Communication c =
              new Communication(
                  one(d, n, "language", Datatypes::concept), d.bool(n, "preferred"), null);
          d.mark(n);
          return c;
        });
  }

  private static PatientContact contact(Dec d, FhirNode n) {
    return d.attempt(
        "Patient.contact",
        () -> {
          String gender = n.child("gender") == null ? null : n.child("gender").value();
          AdministrativeGender g = null;
          if (gender != null && AdministrativeGender.fromFhir(gender).isPresent()) {
            d.str(n, "gender");
            g = AdministrativeGender.fromFhir(gender).get();
          }
          Integer rank = null;
          List<FhirNode> exts = n.children("extension");
          // the rank is typed only as the first extension, where it is written back
          FhirNode rankExt = d.version() == FhirVersion.R4 && !exts.isEmpty() ? exts.get(0) : null;
          if (rankExt != null
              && rankExt.child("url") != null
              && CONTACT_RANK.equals(rankExt.child("url").value())
              && rankExt.children().size() == 2
              && rankExt.child("valuePositiveInt") != null) {
            rank = d.integer(rankExt, "valuePositiveInt");
            if (rank != null) {
              d.mark(rankExt);
              d.str(rankExt, "url");
            }
          }
          Integer contactRank = rank;
          List<Extension> extensions = new ArrayList<>();
          for (int i = contactRank == null ? 0 : 1; i < exts.size(); i++) {
            Extension e = Values.extension(d, exts.get(i));
            if (e != null) {
              extensions.add(e);
            }
          }
          PatientContact c =
              new PatientContact(
                  all(d, n, "relationship", Datatypes::concept),
                  one(d, n, "name", Datatypes::humanName),
                  all(d, n, "telecom", Datatypes::contactPoint),
                  one(d, n, "address", Datatypes::address),
                  g,
                  one(d, n, "organization", Datatypes::ref),
                  one(d, n, "period", Datatypes::period),
                  contactRank,
                  extensions);
          d.mark(n);
          return c;
        });
  }

  /** The core extension holding the time of birth on {@code Patient.birthDate} (a date). */
  static final String BIRTH_TIME = "http://hl7.org/fhir/StructureDefinition/patient-birthTime";

  /**
   * The birth date, with its time when {@code birthDate} carries the {@link #BIRTH_TIME} extension
   * (alone) whose dateTime falls on that date: the model holds one time, as HL7 v2 PID-7 does.
   */
  private static PartialDateTime birthDate(Dec d, FhirNode r) {
    FhirNode n = r.child("birthDate");
    PartialDateTime date = d.time(r, "birthDate");
    if (date == null || n == null || n.children().size() != 1) {
      return date;
    }
    FhirNode ext = n.child("extension");
    FhirNode url = ext == null ? null : ext.child("url");
    FhirNode value = ext == null ? null : ext.child("valueDateTime");
    if (url == null
        || !BIRTH_TIME.equals(url.value())
        || value == null
        || ext.children().size() != 2) {
      return date;
    }
    PartialDateTime time;
    try {
      time = value.value() == null ? null : PartialDateTime.parseFhir(value.value());
    } catch (KoineParseException e) {
      time = null;
    }
    if (time == null
        || !time.toFhir().equals(value.value())
        || !time.precision().isAtLeast(Precision.HOUR)
        || !time.withPrecision(Precision.DAY).toFhirRepresentable(null).equals(date)) {
      return date; // left unconsumed: a loss, as before
    }
    d.mark(ext);
    d.mark(url);
    d.mark(value);
    return time;
  }

  /**
   * {@code birthDate} is a FHIR date: a birth date with a time (HL7 v2 PID-7) is written as its
   * date with the time in the {@link #BIRTH_TIME} extension; a time without an offset has no FHIR
   * dateTime, so only the date is written (a reported loss).
   */
  private static FhirNode birthDate(PartialDateTime t) {
    if (t == null) {
      return null;
    }
    if (!t.precision().isAtLeast(Precision.HOUR)) {
      return Enc.timeNode("birthDate", t);
    }
    // the date as written where the time was: an offset on a date is dropped
    PartialDateTime date = t.withPrecision(Precision.DAY).toFhirRepresentable(null);
    FhirNode.Builder b = FhirNode.builder("birthDate").value(date.toFhir(), ValueKind.STRING);
    if (t.toFhirRepresentable(null).precision().isAtLeast(Precision.HOUR)) {
      // with an offset (seconds padded with zeros where v2 sent none, reported by timeNode)
      b.child(
          Enc.element("extension")
              .str("url", BIRTH_TIME)
              .node(Enc.timeNode("valueDateTime", t))
              .build());
      return b.build();
    }
    FhirNode n = b.build();
    EncodeLosses.reportAt(
        n, "", "a time of birth without an offset has no FHIR dateTime: written as its date");
    return n;
  }

  /** Encodes a Patient as an entry resource; model content with no FHIR place goes to losses. */
  public static FhirNode encode(Patient p, FhirVersion v, List<Loss> losses) {
    Enc e = Enc.resource("resource", "Patient").str("id", p.id());
    // the typed ethnic category first, then the other extensions in their order: UK Core examples
    // and profiles list it first, and a round trip then keeps every extension at its index
    Extras x = p.extras();
    Values.extras(e, x.withExtensions(List.of()), v);
    if (p.ethnicCategory() != null) {
      e.node(
          Enc.element("extension")
              .str("url", ethnicUrl(v))
              .node(Datatypes.concept("valueCodeableConcept", p.ethnicCategory()))
              .build());
    }
    for (Extension ext : x.extensions()) {
      e.node(Values.extension("extension", ext, v));
    }
    int carrier = -1;
    for (int i = 0; i < p.identifiers().size() && carrier < 0; i++) {
      if (NHS_NUMBER.equals(p.identifiers().get(i).system())) {
        carrier = i;
      }
    }
    if (carrier < 0 && !p.identifiers().isEmpty()) {
      carrier = 0;
    }
    for (int i = 0; i < p.identifiers().size(); i++) {
      FhirNode idNode = Datatypes.identifier("identifier", p.identifiers().get(i));
      if (i == carrier && p.nhsNumberVerificationStatus() != null) {
        idNode =
            idNode.toBuilder()
                .child(
                    Enc.element("extension")
                        .str("url", verificationUrl(v, p.nhsNumberVerificationStatus()))
                        .node(
                            Enc.element("valueCodeableConcept")
                                .node(Datatypes.coding("coding", p.nhsNumberVerificationStatus()))
                                .build())
                        .build())
                .build();
      }
      e.node(idNode);
    }
    if (p.nhsNumberVerificationStatus() != null && carrier < 0) {
      losses.add(new Loss("Patient.nhsNumberVerificationStatus", "no identifier to carry it"));
    }
    String gender = p.gender() == null ? null : p.gender().fhirCode();
    e.bool("active", p.active())
        .each(p.names(), n -> Datatypes.humanName("name", n))
        .each(p.telecom(), t -> Datatypes.contactPoint("telecom", t))
        .str("gender", gender)
        .node(birthDate(p.birthDate()))
        .bool("deceasedBoolean", p.deceased())
        .time("deceasedDateTime", p.deceasedAt())
        .each(p.addresses(), a -> Datatypes.address("address", a))
        .node(Datatypes.concept("maritalStatus", p.maritalStatus()))
        .bool("multipleBirthBoolean", p.multipleBirth())
        .integer("multipleBirthInteger", p.multipleBirthOrder())
        .each(
            p.contacts(),
            c ->
                Enc.element("contact")
                    .node(
                        c.rank() == null || v != FhirVersion.R4
                            ? null
                            : Enc.element("extension")
                                .str("url", CONTACT_RANK)
                                .integer("valuePositiveInt", c.rank())
                                .build())
                    .each(c.extensions(), ext -> Values.extension("extension", ext, v))
                    .nodes(Datatypes.concepts("relationship", c.relationships()))
                    .node(Datatypes.humanName("name", c.name()))
                    .each(c.telecom(), t -> Datatypes.contactPoint("telecom", t))
                    .node(Datatypes.address("address", c.address()))
                    .str("gender", c.gender() == null ? null : c.gender().fhirCode())
                    .node(Datatypes.ref("organization", c.organisation(), v))
                    .node(Datatypes.period("period", c.period()))
                    .build())
        .each(
            p.communications(),
            c ->
                Enc.element("communication")
                    .node(Datatypes.concept("language", c.language()))
                    .bool("preferred", c.preferred())
                    .build())
        .nodes(Datatypes.refs("generalPractitioner", p.generalPractitioners(), v))
        .node(Datatypes.ref("managingOrganization", p.managingOrganisation(), v))
        .each(
            p.links(),
            l ->
                Enc.element("link")
                    .node(Datatypes.ref("other", l, v))
                    .str("type", "seealso")
                    .build());
    if (p.religion() != null) {
      losses.add(new Loss("Patient.religion", "no place in the FHIR profile"));
    }
    for (PatientContact c : p.contacts()) {
      if (c.rank() != null && v != FhirVersion.R4) {
        losses.add(new Loss("Patient.contacts.rank", "no place in the STU3 profile"));
      }
    }
    for (Communication c : p.communications()) {
      if (c.interpreterRequired() != null) {
        losses.add(new Loss("Patient.communications.interpreterRequired", "not mapped"));
      }
    }
    if (p.gender() == null && p.genderCode() != null) {
      losses.add(new Loss("Patient.genderCode", "no gender to carry it"));
    } else if (p.genderCode() != null
        && !(CodeSystems.FHIR_ADMINISTRATIVE_GENDER.equals(p.genderCode().system())
            && p.gender().fhirCode().equals(p.genderCode().code())
            && p.genderCode().display() == null
            && p.genderCode().version() == null)) {
      losses.add(
          new Loss(
              "Patient.genderCode",
              "FHIR writes the administrative gender; the original code (v2 PID-8, NHS Data"
                  + " Dictionary) has no element"));
    }
    return e.build();
  }
}
