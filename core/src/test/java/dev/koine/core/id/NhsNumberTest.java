package dev.koine.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.koine.core.issue.IssueCode;
import dev.koine.core.issue.Issues;
import org.junit.jupiter.api.Test;

class NhsNumberTest {
  @Test
  void formats_masks_and_never_prints_the_number() {
    NhsNumber n = NhsNumber.parse("943 476 5919");
    assertThat(n.value()).isEqualTo("9434765919");
    assertThat(n.formatted()).isEqualTo("943 476 5919");
    assertThat(n.masked()).isEqualTo("943*****19");
    assertThat(n.toString()).isEqualTo("NhsNumber[943*****19]");
    assertThat(n.region()).isEqualTo(NhsNumberRegion.SYNTHETIC);
    assertThat(n.isSynthetic()).isTrue();
    assertThat(n.isPlaceholder()).isFalse();
  }

  @Test
  void check_names_each_failure() {
    assertThat(NhsNumber.check(null)).isEqualTo(NhsNumberCheck.EMPTY);
    assertThat(NhsNumber.check("   ")).isEqualTo(NhsNumberCheck.EMPTY);
    assertThat(NhsNumber.check("943476591X")).isEqualTo(NhsNumberCheck.NON_DIGIT);
    assertThat(NhsNumber.check("943 476 591")).isEqualTo(NhsNumberCheck.WRONG_LENGTH);
    assertThat(NhsNumber.check("94 34 76 59 19")).isEqualTo(NhsNumberCheck.WRONG_LAYOUT);
    assertThat(NhsNumber.check("943-476 5919")).isEqualTo(NhsNumberCheck.WRONG_LAYOUT);
    assertThat(NhsNumber.check("1234567890")).isEqualTo(NhsNumberCheck.CHECK_DIGIT_TEN);
    assertThat(NhsNumber.check("9434765918")).isEqualTo(NhsNumberCheck.CHECK_DIGIT_MISMATCH);
    assertThat(NhsNumber.check("0113011113")).isEqualTo(NhsNumberCheck.CHI_DATE_IMPOSSIBLE);
    assertThat(NhsNumber.check("9434765919")).isEqualTo(NhsNumberCheck.VALID);
  }

  @Test
  void chi_date_rule_accepts_the_leap_day_of_2000_and_rejects_impossible_dates() {
    assertThat(NhsNumber.isPlausibleChiDate("2902000000")).isTrue();
    assertThat(NhsNumber.isPlausibleChiDate("2902010000")).isFalse();
    assertThat(NhsNumber.isPlausibleChiDate("3102990000")).isFalse();
    assertThat(NhsNumber.isPlausibleChiDate("0013990000")).isFalse();
    assertThat(NhsNumber.isPlausibleChiDate("3112990000")).isTrue();
  }

  @Test
  void regions_of_known_numbers() {
    assertThat(NhsNumber.parse("4000000632").region()).isEqualTo(NhsNumberRegion.ENGLAND_WALES_IOM);
    assertThat(NhsNumber.parse("9000000009").isSynthetic()).isTrue();
    assertThat(NhsNumber.parse("0000000000").region()).isEqualTo(NhsNumberRegion.UNALLOCATED);
    assertThat(NhsNumber.parse("0000000000").isPlaceholder()).isTrue();
    assertThat(NhsNumberRegion.of(5_000_000_000L)).isEqualTo(NhsNumberRegion.NOT_ISSUED);
    assertThat(NhsNumberRegion.ENGLAND_WALES_IOM.ranges())
        .containsExactly(NhsNumberRange.ENGLAND_WALES_IOM_1, NhsNumberRange.ENGLAND_WALES_IOM_2);
    assertThatThrownBy(() -> NhsNumberRegion.of(10_000_000_000L))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> NhsNumberRegion.of("943 476 5919"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("943");
  }

  @Test
  void parse_messages_give_the_reason_not_the_number() {
    assertThatThrownBy(() -> NhsNumber.parse("9434765918"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("check digit")
        .hasMessageNotContaining("943");
    assertThatThrownBy(() -> new NhsNumber("943 476 5919"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("943");
    assertThatThrownBy(() -> NhsNumber.parse(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> NhsNumber.checkDigit("12345"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("12345");
  }

  @Test
  void issues_report_errors_and_notes() {
    Issues bad = NhsNumber.issues("9434765918", "PID-3[1].1");
    assertThat(bad.all())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.code()).isEqualTo(IssueCode.NHS_NUMBER_CHECK_DIGIT);
              assertThat(i.location()).isEqualTo("PID-3[1].1");
            });
    assertThat(NhsNumber.issues("0113011113", "x").withCode(IssueCode.NHS_NUMBER_CHI_DATE))
        .hasSize(1);
    Issues synthetic = NhsNumber.issues("943 476 5919", "x");
    assertThat(synthetic.isValid()).isTrue();
    assertThat(synthetic.all())
        .extracting(i -> i.code())
        .containsExactly(IssueCode.NORMALISED, IssueCode.NHS_NUMBER_SYNTHETIC);
    assertThat(NhsNumber.issues("0000000000", "x").all())
        .extracting(i -> i.code())
        .containsExactly(IssueCode.NHS_NUMBER_PLACEHOLDER, IssueCode.NHS_NUMBER_RANGE);
    assertThat(NhsNumber.issues("4000000632", "x").isEmpty()).isTrue();
  }

  @Test
  void to_identifier_uses_the_nhs_number_system_and_type() {
    Identifier id = NhsNumber.parse("9434765919").toIdentifier();
    assertThat(id.system()).isEqualTo("https://fhir.nhs.uk/Id/nhs-number");
    assertThat(id.value()).isEqualTo("9434765919");
    assertThat(id.type().primary().orElseThrow().code()).isEqualTo("NH");
    assertThat(id.toString()).doesNotContain("9434765919");
  }
}
