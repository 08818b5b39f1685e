package dev.koine.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class OdsCodeProperties {
  @Provide
  Arbitrary<OdsCode> plausible() {
    return TestArbitraries.plausibleOdsCodes();
  }

  @Provide
  Arbitrary<String> malformed() {
    return TestArbitraries.malformedOdsCodes();
  }

  @Property
  void generated_plausible_codes_pass_and_round_trip(@ForAll("plausible") OdsCode code) {
    assertThat(OdsCode.isPlausible(code.value())).isTrue();
    assertThat(OdsCode.parse(code.value())).isEqualTo(code);
    assertThat(OdsCode.tryParse(code.value())).contains(code);
    assertThat(code.toString()).isEqualTo(code.value());
    assertThat(code.kind()).isNotNull();
  }

  @Property
  void generated_malformed_codes_fail_without_echoing_the_input(@ForAll("malformed") String s) {
    assertThat(OdsCode.isPlausible(s)).isFalse();
    assertThat(OdsCode.tryParse(s)).isEmpty();
    assertThatThrownBy(() -> OdsCode.parse(s))
        .isInstanceOf(IllegalArgumentException.class)
        // one fixed text whatever the input: it cannot repeat it (a check that the message does
        // not contain the input fails by chance for inputs like "tte", which "letters" contains)
        .hasMessage(messageFor("-"));
  }

  private static String messageFor(String malformed) {
    try {
      OdsCode.parse(malformed);
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
    throw new AssertionError("not malformed");
  }

  @Property
  void lenient_parsing_repairs_case_and_surrounding_whitespace(@ForAll("plausible") OdsCode code) {
    String sloppy = "  " + code.value().toLowerCase(Locale.ROOT) + "\t";
    assertThat(OdsCode.tryParse(sloppy)).isEmpty();
    assertThat(OdsCode.tryParseLenient(sloppy)).contains(code);
  }

  @Property
  void kind_follows_the_shape(@ForAll("plausible") OdsCode code) {
    String v = code.value();
    switch (code.kind()) {
      case NHS_TRUST:
        assertThat(v).matches("[RT][A-Z0-9]{2}");
        break;
      case NHS_TRUST_SITE:
        assertThat(v).matches("[RT][A-Z0-9]{4}");
        break;
      case GP_PRACTICE:
        assertThat(v).matches("[A-Z][0-9]{5}");
        break;
      case COMMISSIONER:
        assertThat(v).matches("Q[A-Z0-9]{2}|[0-9]{2}[A-Z]|X24|X26");
        break;
      default:
        assertThat(v).doesNotMatch("[RT][A-Z0-9]{2}|[RT][A-Z0-9]{4}|[A-Z][0-9]{5}|Q[A-Z0-9]{2}");
    }
  }

  @Property
  void identifiers_of_codes_are_in_an_ods_system(@ForAll("plausible") OdsCode code) {
    Identifier id = code.toIdentifier();
    assertThat(id.value()).isEqualTo(code.value());
    assertThat(id.system())
        .isIn(IdentifierSystems.ODS_ORGANISATION.fhirUri(), IdentifierSystems.ODS_SITE.fhirUri());
  }
}
