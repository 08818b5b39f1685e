package dev.koine.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IdentifierSystemsTest {
  @Test
  void nhs_number_is_found_by_uri_oid_and_v2() {
    IdentifierSystem nhs = IdentifierSystems.NHS_NUMBER;
    assertThat(IdentifierSystems.byUri("https://fhir.nhs.uk/Id/nhs-number")).contains(nhs);
    assertThat(IdentifierSystems.byOid("2.16.840.1.113883.2.1.4.1")).contains(nhs);
    assertThat(IdentifierSystems.byOid("urn:oid:2.16.840.1.113883.2.1.4.1")).contains(nhs);
    assertThat(IdentifierSystems.byV2("NHS", "NH")).contains(nhs);
    assertThat(IdentifierSystems.byV2("NHS", null)).contains(nhs);
    assertThat(IdentifierSystems.byV2("NHS", "MR")).isEmpty();
    assertThat(nhs.oidUri()).contains("urn:oid:2.16.840.1.113883.2.1.4.1");
  }

  @Test
  void lookups_are_exact() {
    assertThat(IdentifierSystems.byUri("https://fhir.nhs.uk/id/nhs-number")).isEmpty();
    assertThat(IdentifierSystems.byUri(null)).isEmpty();
    assertThat(IdentifierSystems.byOid(null)).isEmpty();
    assertThat(IdentifierSystems.byV2(null, "NH")).isEmpty();
  }

  @Test
  void registry_has_the_systems_of_the_brief_with_unique_uris_and_oids() {
    assertThat(IdentifierSystems.all())
        .extracting(IdentifierSystem::fhirUri)
        .containsExactly(
            "https://fhir.nhs.uk/Id/nhs-number",
            "https://fhir.nhs.uk/Id/ods-organization-code",
            "https://fhir.nhs.uk/Id/ods-site-code",
            "https://fhir.nhs.uk/Id/sds-user-id",
            "https://fhir.nhs.uk/Id/sds-role-profile-id",
            "https://fhir.hl7.org.uk/Id/gmc-number",
            "https://fhir.hl7.org.uk/Id/gmp-number",
            "https://fhir.hl7.org.uk/Id/nmc-number",
            "https://fhir.nhs.uk/Id/dos-service-id",
            "https://fhir.nhs.uk/Id/UBRN",
            "https://fhir.nhs.uk/Id/nhsSpineASID");
    Set<String> oids = new HashSet<>();
    for (IdentifierSystem system : IdentifierSystems.all()) {
      assertThat(IdentifierSystems.byUri(system.fhirUri())).contains(system);
      if (system.oid() != null) {
        assertThat(oids.add(system.oid())).isTrue();
        assertThat(IdentifierSystems.byOid(system.oid())).contains(system);
      }
    }
  }

  @Test
  void local_systems_use_the_ods_code_in_the_host() {
    IdentifierSystem mrn =
        IdentifierSystems.local(OdsCode.parse("RH8"), "local-patient-identifier");
    assertThat(mrn.fhirUri()).isEqualTo("https://fhir.rh8.nhs.uk/Id/local-patient-identifier");
    assertThat(mrn.v2AssigningAuthority()).isEqualTo("RH8");
    assertThat(mrn.v2IdentifierTypeCode()).isEqualTo("MR");
    IdentifierSystem pi =
        IdentifierSystems.local(OdsCode.parse("R0A"), "pas-number", V2IdentifierType.PI);
    assertThat(pi.fhirUri()).isEqualTo("https://fhir.r0a.nhs.uk/Id/pas-number");
    assertThat(pi.identifier("X123").type().primary().orElseThrow().code()).isEqualTo("PI");
    assertThatThrownBy(() -> IdentifierSystems.local(OdsCode.parse("RH8"), "a/b"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> IdentifierSystems.local(OdsCode.parse("RH8"), ""))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void identifier_system_constructor_rejects_bad_components() {
    assertThatThrownBy(() -> new IdentifierSystem("x", "https://a b", null, null, null, "d"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new IdentifierSystem("x", "https://a", "urn:oid:1.2", null, null, "d"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new IdentifierSystem("x", "https://a", null, "", null, "d"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new IdentifierSystem(" ", "https://a", null, null, null, "d"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new IdentifierSystem("x", "https://a", "1.2.3", null, "ZZ", "d").typeConcept())
        .hasValueSatisfying(c -> assertThat(c.primary().orElseThrow().code()).isEqualTo("ZZ"));
  }

  @Test
  void v2_identifier_types_are_codings_in_table_0203() {
    assertThat(V2IdentifierType.of("NH")).contains(V2IdentifierType.NH);
    assertThat(V2IdentifierType.of("nh")).isEmpty();
    assertThat(V2IdentifierType.MR.coding().system())
        .isEqualTo("http://terminology.hl7.org/CodeSystem/v2-0203");
    assertThat(
            V2IdentifierType.MR
                .concept()
                .has("http://terminology.hl7.org/CodeSystem/v2-0203", "MR"))
        .isTrue();
  }
}
