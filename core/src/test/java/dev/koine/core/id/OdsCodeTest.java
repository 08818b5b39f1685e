package dev.koine.core.id;

import static org.assertj.core.api.Assertions.assertThat;

import dev.koine.core.issue.IssueCode;
import java.util.List;
import org.junit.jupiter.api.Test;

class OdsCodeTest {
  @Test
  void examples_of_the_coding_frames_are_plausible_with_their_kinds() {
    assertThat(OdsCode.parse("RH8").kind()).isEqualTo(OdsCodeKind.NHS_TRUST);
    assertThat(OdsCode.parse("R0A").kind()).isEqualTo(OdsCodeKind.NHS_TRUST);
    assertThat(OdsCode.parse("RH802").kind()).isEqualTo(OdsCodeKind.NHS_TRUST_SITE);
    assertThat(OdsCode.parse("A81001").kind()).isEqualTo(OdsCodeKind.GP_PRACTICE);
    assertThat(OdsCode.parse("Y06601").kind()).isEqualTo(OdsCodeKind.GP_PRACTICE);
    assertThat(OdsCode.parse("NV701").kind()).isEqualTo(OdsCodeKind.OTHER);
    assertThat(OdsCode.parse("000AA").kind()).isEqualTo(OdsCodeKind.OTHER);
    assertThat(OdsCode.parse("7A101").kind()).isEqualTo(OdsCodeKind.OTHER);
    assertThat(OdsCode.parse("Q44").kind()).isEqualTo(OdsCodeKind.COMMISSIONER);
    assertThat(OdsCode.parse("X26").kind()).isEqualTo(OdsCodeKind.COMMISSIONER);
    assertThat(OdsCode.parse("00Q").kind()).isEqualTo(OdsCodeKind.COMMISSIONER);
  }

  @Test
  void shape_rules() {
    assertThat(OdsCode.isPlausible("rh8")).isFalse();
    assertThat(OdsCode.isPlausible("RH")).isFalse();
    assertThat(OdsCode.isPlausible("1234567")).isFalse();
    assertThat(OdsCode.isPlausible("RH8 ")).isFalse();
    assertThat(OdsCode.isPlausible("A81001001")).isTrue();
    assertThat(OdsCode.isPlausible("A810010011")).isFalse();
    assertThat(OdsCode.isPlausible(null)).isFalse();
    // format checks cannot tell letter O from digit zero: both are plausible
    assertThat(OdsCode.isPlausible("ROA")).isTrue();
  }

  @Test
  void directory_none_answers_unknown_and_an_authoritative_one_reports_unknown_codes() {
    OdsCode manchester = OdsCode.parse("R0A");
    OdsCode typo = OdsCode.parse("ROA");
    assertThat(OdsDirectory.none().find(manchester)).isEmpty();
    assertThat(OdsDirectory.none().isAuthoritative()).isFalse();
    assertThat(OdsDirectory.none().check(typo, "MSH-4").isEmpty()).isTrue();

    OdsDirectory directory =
        OdsDirectory.of(
            List.of(
                new OdsOrganisation(manchester, "MANCHESTER UNIVERSITY NHS FOUNDATION TRUST", true),
                new OdsOrganisation(OdsCode.parse("RW3"), "CENTRAL MANCHESTER (closed)", false)));
    assertThat(directory.find(manchester).orElseThrow().name()).startsWith("MANCHESTER");
    assertThat(directory.check(manchester, "MSH-4").isEmpty()).isTrue();
    assertThat(directory.check(typo, "MSH-4").withCode(IssueCode.ODS_CODE_UNKNOWN)).hasSize(1);
    assertThat(directory.check(OdsCode.parse("RW3"), "MSH-4").all()).hasSize(1);
  }
}
