package dev.koine.core.id;

import dev.koine.core.internal.Checks;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The registry of well-known identifier systems of NHS messaging (NHS-STANDARDS.md §1.7; HL7 UK
 * {@code HL7-UK/System-Identifiers} registry), with lookups by FHIR URI, OID and HL7 v2 assigning
 * authority.
 *
 * <p>OIDs are given only where established: the NHS number's from its NamingSystem (NHS-STANDARDS
 * §1.7); the ODS organisation code, SDS user, SDS role profile and Spine ASID roots from the NHS
 * Spine HL7 v3 messages (e.g. {@code
 * NHSDigital/electronic-prescription-service-api:packages/models/hl7-v3/codes.ts}, classes {@code
 * SdsOrganizationIdentifier}, {@code SdsUniqueIdentifier}, {@code SdsRoleProfileIdentifier}, {@code
 * AccreditedSystemIdentifier}). The others are null.
 *
 * <p>Lookups are exact: near-miss URIs ({@code /id/} for {@code /Id/}, {@code http} for {@code
 * https}...) are the job of {@link IdentifierSystemLint}.
 */
public final class IdentifierSystems {
  private IdentifierSystems() {}

  /** The NHS number (England, Wales, Isle of Man; also carries CHI and H&amp;C numbers). */
  public static final IdentifierSystem NHS_NUMBER =
      new IdentifierSystem(
          "NHS number",
          "https://fhir.nhs.uk/Id/nhs-number",
          "2.16.840.1.113883.2.1.4.1",
          "NHS",
          "NH",
          "The patient's NHS number: ten digits with a Modulus 11 check digit (NHS Data"
              + " Dictionary NHS NUMBER); HL7 v2 PID-3 as 9434765919^^^NHS^NH");

  /** ODS organisation code. */
  public static final IdentifierSystem ODS_ORGANISATION =
      new IdentifierSystem(
          "ODS organisation code",
          "https://fhir.nhs.uk/Id/ods-organization-code",
          "1.2.826.0.1285.0.1.10",
          null,
          null,
          "Organisation Data Service code of an organisation (trust, GP practice,"
              + " commissioner...); HL7 v2 MSH-4 carries the sending trust's code");

  /** ODS site code. */
  public static final IdentifierSystem ODS_SITE =
      new IdentifierSystem(
          "ODS site code",
          "https://fhir.nhs.uk/Id/ods-site-code",
          null,
          null,
          null,
          "Organisation Data Service code of a site of an organisation (e.g. a hospital of a"
              + " trust)");

  /** SDS user id (Spine Directory Service unique person identifier). */
  public static final IdentifierSystem SDS_USER =
      new IdentifierSystem(
          "SDS user id",
          "https://fhir.nhs.uk/Id/sds-user-id",
          "1.2.826.0.1285.0.2.0.65",
          null,
          null,
          "Spine Directory Service identifier of a person (smartcard holder)");

  /** SDS role profile id. */
  public static final IdentifierSystem SDS_ROLE_PROFILE =
      new IdentifierSystem(
          "SDS role profile id",
          "https://fhir.nhs.uk/Id/sds-role-profile-id",
          "1.2.826.0.1285.0.2.0.67",
          null,
          null,
          "Spine Directory Service identifier of one role of a person in an organisation");

  /** General Medical Council reference number. */
  public static final IdentifierSystem GMC =
      new IdentifierSystem(
          "GMC number",
          "https://fhir.hl7.org.uk/Id/gmc-number",
          null,
          null,
          null,
          "General Medical Council registration number of a doctor (seven digits)");

  /** GP national code (GMP). */
  public static final IdentifierSystem GMP =
      new IdentifierSystem(
          "GMP number",
          "https://fhir.hl7.org.uk/Id/gmp-number",
          null,
          null,
          null,
          "General practitioner national code (G followed by seven digits); HL7 v2 PD1-4");

  /** Nursing and Midwifery Council PIN. */
  public static final IdentifierSystem NMC =
      new IdentifierSystem(
          "NMC number",
          "https://fhir.hl7.org.uk/Id/nmc-number",
          null,
          null,
          null,
          "Nursing and Midwifery Council personal identification number of a nurse or midwife");

  /** Directory of Services service id. */
  public static final IdentifierSystem DOS_SERVICE =
      new IdentifierSystem(
          "DoS service id",
          "https://fhir.nhs.uk/Id/dos-service-id",
          null,
          null,
          null,
          "NHS Directory of Services identifier of a service (BaRS endpoints)");

  /** e-Referral Service unique booking reference number. */
  public static final IdentifierSystem UBRN =
      new IdentifierSystem(
          "UBRN",
          "https://fhir.nhs.uk/Id/UBRN",
          null,
          null,
          null,
          "NHS e-Referral Service unique booking reference number (twelve digits)");

  /** Spine accredited system id. */
  public static final IdentifierSystem SPINE_ASID =
      new IdentifierSystem(
          "Spine ASID",
          "https://fhir.nhs.uk/Id/nhsSpineASID",
          "1.2.826.0.1285.0.2.0.107",
          null,
          null,
          "Accredited System ID of a system connected to the NHS Spine");

  private static final List<IdentifierSystem> ALL =
      List.of(
          NHS_NUMBER,
          ODS_ORGANISATION,
          ODS_SITE,
          SDS_USER,
          SDS_ROLE_PROFILE,
          GMC,
          GMP,
          NMC,
          DOS_SERVICE,
          UBRN,
          SPINE_ASID);

  private static final Pattern KIND = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  /** Every registered system, in a stable order. */
  public static List<IdentifierSystem> all() {
    return ALL;
  }

  /** The registered system with exactly this FHIR URI. */
  public static Optional<IdentifierSystem> byUri(String uri) {
    return ALL.stream().filter(s -> s.fhirUri().equals(uri)).findFirst();
  }

  /** The registered system with this OID, given bare or as {@code urn:oid:...}. */
  public static Optional<IdentifierSystem> byOid(String oid) {
    if (oid == null) {
      return Optional.empty();
    }
    String bare = oid.startsWith("urn:oid:") ? oid.substring("urn:oid:".length()) : oid;
    return ALL.stream().filter(s -> bare.equals(s.oid())).findFirst();
  }

  /**
   * The registered system with this HL7 v2 assigning authority (CX.4) and identifier type (CX.5),
   * compared exactly. A null {@code typeCode} matches on the authority alone.
   */
  public static Optional<IdentifierSystem> byV2(String authority, String typeCode) {
    if (authority == null) {
      return Optional.empty();
    }
    return ALL.stream()
        .filter(s -> authority.equals(s.v2AssigningAuthority()))
        .filter(s -> typeCode == null || typeCode.equals(s.v2IdentifierTypeCode()))
        .findFirst();
  }

  /**
   * A local record-number system of one organisation, with HL7 v2 type {@link V2IdentifierType#MR}.
   * See {@link #local(OdsCode, String, V2IdentifierType)}.
   */
  public static IdentifierSystem local(OdsCode organisation, String kind) {
    return local(organisation, kind, V2IdentifierType.MR);
  }

  /**
   * A local record-number system of one organisation, e.g. a trust's hospital numbers.
   *
   * <p>Koine's convention for the URI is {@code https://fhir.<ods>.nhs.uk/Id/<kind>}, with the ODS
   * code in lower case ({@code https://fhir.rh8.nhs.uk/Id/local-patient-identifier}): it follows
   * the NHS pattern {@code https://fhir.<organisation>.nhs.uk/Id/<type>} for organisation-scoped
   * identifiers and is derived from the ODS code, so it is the same wherever it is built. Trusts
   * that publish their own system URI (often with their web domain instead of the ODS code) should
   * build an {@link IdentifierSystem} with it instead. The HL7 v2 assigning authority is the ODS
   * code.
   *
   * @param organisation the organisation that assigns the numbers
   * @param kind the kind of number, a URI path segment ({@code local-patient-identifier}, {@code
   *     mrn}...)
   * @param type the HL7 v2 identifier type, usually {@link V2IdentifierType#MR} or {@link
   *     V2IdentifierType#PI}
   * @throws IllegalArgumentException if {@code kind} is not a single path segment of letters,
   *     digits, dots, hyphens and underscores
   */
  public static IdentifierSystem local(OdsCode organisation, String kind, V2IdentifierType type) {
    Checks.notNull(organisation, "organisation");
    Checks.notNull(kind, "kind");
    Checks.notNull(type, "type");
    Checks.require(
        KIND.matcher(kind).matches(),
        "kind must be letters, digits, dots, hyphens and underscores, starting with a letter or"
            + " digit");
    String ods = organisation.value();
    return new IdentifierSystem(
        kind + " of " + ods,
        "https://fhir." + ods.toLowerCase(Locale.ROOT) + ".nhs.uk/Id/" + kind,
        null,
        ods,
        type.code(),
        "Local " + kind + " assigned by the organisation with ODS code " + ods);
  }
}
