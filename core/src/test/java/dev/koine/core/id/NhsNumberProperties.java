package dev.koine.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.koine.core.issue.Issue;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class NhsNumberProperties {
  @Provide
  Arbitrary<String> valid() {
    return TestArbitraries.validNhsNumbers();
  }

  @Provide
  Arbitrary<String> nineDigits() {
    return TestArbitraries.digitStrings(9, 9);
  }

  @Provide
  Arbitrary<String> anyInput() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(20),
        Arbitraries.strings().withChars("0123456789 -\t").ofMaxLength(16),
        valid(),
        valid().map(n -> new NhsNumber(n).formatted()),
        valid()
            .map(n -> "  " + n.substring(0, 3) + "-" + n.substring(3, 6) + "-" + n.substring(6)));
  }

  @Property
  void every_generated_valid_number_passes_every_check(@ForAll("valid") String n) {
    assertThat(NhsNumber.check(n)).isEqualTo(NhsNumberCheck.VALID);
    assertThat(NhsNumber.isValid(n)).isTrue();
    assertThat(NhsNumber.parse(n).value()).isEqualTo(n);
    assertThat(new NhsNumber(n).region()).isEqualTo(NhsNumberRegion.of(Long.parseLong(n)));
  }

  @Property(tries = 300)
  void every_single_digit_change_of_a_valid_number_fails(@ForAll("valid") String n) {
    int changes = 0;
    for (int position = 0; position < 10; position++) {
      for (char digit = '0'; digit <= '9'; digit++) {
        if (digit == n.charAt(position)) {
          continue;
        }
        String changed = n.substring(0, position) + digit + n.substring(position + 1);
        assertThat(NhsNumber.isValid(changed)).as("position %d", position).isFalse();
        assertThat(NhsNumber.check(changed))
            .isIn(
                NhsNumberCheck.CHECK_DIGIT_MISMATCH,
                NhsNumberCheck.CHECK_DIGIT_TEN,
                NhsNumberCheck.CHI_DATE_IMPOSSIBLE);
        changes++;
      }
    }
    assertThat(changes).isEqualTo(90);
  }

  @Property
  void swapping_two_different_adjacent_digits_of_the_first_nine_fails(
      @ForAll("valid") String n, @ForAll @IntRange(min = 0, max = 7) int i) {
    if (n.charAt(i) == n.charAt(i + 1)) {
      return;
    }
    String swapped = n.substring(0, i) + n.charAt(i + 1) + n.charAt(i) + n.substring(i + 2);
    assertThat(NhsNumber.isValid(swapped)).isFalse();
  }

  @Property
  void standardise_is_idempotent(@ForAll("anyInput") String input) {
    Optional<String> once = NhsNumber.standardise(input);
    once.ifPresent(
        s -> {
          assertThat(s).hasSize(10).containsOnlyDigits();
          assertThat(NhsNumber.standardise(s)).contains(s);
        });
  }

  @Property
  void formatted_and_hyphenated_forms_reparse_to_the_same_number(@ForAll("valid") String n) {
    NhsNumber number = NhsNumber.parse(n);
    assertThat(number.formatted()).matches("[0-9]{3} [0-9]{3} [0-9]{4}");
    assertThat(NhsNumber.parse(number.formatted())).isEqualTo(number);
    assertThat(NhsNumber.parse(number.formatted().replace(' ', '-'))).isEqualTo(number);
    assertThat(NhsNumber.parse("\t " + n + " \n")).isEqualTo(number);
  }

  @Property
  void to_string_and_masked_never_contain_the_number(@ForAll("valid") String n) {
    NhsNumber number = NhsNumber.parse(n);
    assertThat(number.toString()).doesNotContain(n).doesNotContain(number.formatted());
    assertThat(number.masked())
        .doesNotContain(n)
        .hasSize(10)
        .startsWith(n.substring(0, 3))
        .endsWith(n.substring(8))
        .contains("*****");
    assertThat(number.toString()).contains(number.masked());
  }

  @Property
  void region_follows_the_reference_range_table(
      @ForAll @LongRange(min = 0L, max = 9_999_999_999L) long x) {
    NhsNumberRegion expected;
    if (x < 100_000_000L) {
      expected = NhsNumberRegion.UNALLOCATED;
    } else if (x <= 3_112_999_999L) {
      expected = NhsNumberRegion.SCOTLAND_CHI;
    } else if (x < 3_200_000_000L) {
      expected = NhsNumberRegion.UNALLOCATED;
    } else if (x < 4_000_000_000L) {
      expected = NhsNumberRegion.NORTHERN_IRELAND;
    } else if (x < 5_000_000_000L) {
      expected = NhsNumberRegion.ENGLAND_WALES_IOM;
    } else if (x < 6_000_000_000L) {
      expected = NhsNumberRegion.NOT_ISSUED;
    } else if (x < 8_000_000_000L) {
      expected = NhsNumberRegion.ENGLAND_WALES_IOM;
    } else if (x < 8_600_000_000L) {
      expected = NhsNumberRegion.REPUBLIC_OF_IRELAND;
    } else if (x < 9_000_000_000L) {
      expected = NhsNumberRegion.UNALLOCATED;
    } else {
      expected = NhsNumberRegion.SYNTHETIC;
    }
    assertThat(NhsNumberRegion.of(x)).isEqualTo(expected);
    assertThat(NhsNumberRegion.of(String.format(Locale.ROOT, "%010d", x))).isEqualTo(expected);
  }

  @Property(tries = 50)
  void ranges_are_contiguous_and_their_boundaries_belong_to_them(@ForAll NhsNumberRange range) {
    assertThat(NhsNumberRegion.of(range.first())).isEqualTo(range.region());
    assertThat(NhsNumberRegion.of(range.last())).isEqualTo(range.region());
    assertThat(NhsNumberRange.of(range.first())).contains(range);
    assertThat(NhsNumberRange.of(range.last())).contains(range);
    assertThat(range.region().ranges()).contains(range);
    int next = range.ordinal() + 1;
    if (next < NhsNumberRange.values().length) {
      assertThat(NhsNumberRange.values()[next].first()).isEqualTo(range.last() + 1);
    } else {
      assertThat(range.last()).isEqualTo(9_999_999_999L);
    }
  }

  @Property
  void check_digit_completes_exactly_one_number_or_none(@ForAll("nineDigits") String nine) {
    int check = NhsNumber.checkDigit(nine);
    assertThat(check).isBetween(0, 10);
    for (char last = '0'; last <= '9'; last++) {
      NhsNumberCheck result = NhsNumber.check(nine + last);
      if (check == 10) {
        assertThat(result).isEqualTo(NhsNumberCheck.CHECK_DIGIT_TEN);
      } else if (last - '0' == check) {
        assertThat(result).isIn(NhsNumberCheck.VALID, NhsNumberCheck.CHI_DATE_IMPOSSIBLE);
      } else {
        assertThat(result).isEqualTo(NhsNumberCheck.CHECK_DIGIT_MISMATCH);
      }
    }
  }

  @Property
  void checksum_agrees_with_the_modulus_11_congruence(@ForAll("tenDigits") String ten) {
    // independent oracle: a number passes Modulus 11 iff 10*d1 + 9*d2 + ... + 2*d9 + d10 = 0 mod 11
    int sum = 0;
    for (int i = 0; i < 10; i++) {
      sum += (ten.charAt(i) - '0') * (i < 9 ? 10 - i : 1);
    }
    boolean congruent = sum % 11 == 0;
    NhsNumberCheck result = NhsNumber.check(ten);
    assertThat(result == NhsNumberCheck.VALID || result == NhsNumberCheck.CHI_DATE_IMPOSSIBLE)
        .isEqualTo(congruent);
  }

  @Provide
  Arbitrary<String> tenDigits() {
    return Arbitraries.oneOf(valid(), TestArbitraries.digitStrings(10, 10));
  }

  @Property
  void digit_strings_of_another_length_are_wrong_length(@ForAll("digitsNotTen") String digits) {
    assertThat(NhsNumber.check(digits)).isEqualTo(NhsNumberCheck.WRONG_LENGTH);
    assertThat(NhsNumber.tryParse(digits)).isEmpty();
  }

  @Provide
  Arbitrary<String> digitsNotTen() {
    return TestArbitraries.digitStrings(1, 20).filter(s -> s.length() != 10);
  }

  @Property
  void a_letter_anywhere_is_a_non_digit(
      @ForAll("valid") String n,
      @ForAll @IntRange(min = 0, max = 10) int at,
      @ForAll("letters") Character letter) {
    String withLetter = n.substring(0, at) + letter + n.substring(at);
    assertThat(NhsNumber.check(withLetter)).isEqualTo(NhsNumberCheck.NON_DIGIT);
  }

  @Provide
  Arbitrary<Character> letters() {
    return Arbitraries.oneOf(
        Arbitraries.chars().range('A', 'Z'),
        Arbitraries.chars().range('a', 'z'),
        Arbitraries.of('٣', '.', '/', '+'));
  }

  @Property
  void try_parse_is_valid_and_check_agree(@ForAll("anyInput") String input) {
    boolean valid = NhsNumber.check(input).isValid();
    assertThat(NhsNumber.isValid(input)).isEqualTo(valid);
    assertThat(NhsNumber.tryParse(input).isPresent()).isEqualTo(valid);
    if (valid) {
      assertThat(NhsNumber.tryParse(input).orElseThrow().value())
          .isEqualTo(NhsNumber.standardise(input).orElseThrow());
    } else {
      assertThatThrownBy(() -> NhsNumber.parse(input)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Property
  void rejections_never_echo_the_input(@ForAll("nearMisses") String input) {
    assertThatThrownBy(() -> NhsNumber.parse(input))
        .isInstanceOf(IllegalArgumentException.class)
        .message()
        .doesNotContain(input.strip())
        .doesNotContain(input.strip().substring(0, 6));
    assertThatThrownBy(() -> new NhsNumber(input))
        .isInstanceOf(IllegalArgumentException.class)
        .message()
        .doesNotContain(input.strip())
        .doesNotContain(input.strip().substring(0, 6));
    for (Issue issue : NhsNumber.issues(input, "PID-3[1].1").all()) {
      assertThat(issue.message()).doesNotContain(input.strip().substring(0, 6));
      assertThat(issue.severity().isError()).isTrue();
    }
  }

  @Provide
  Arbitrary<String> nearMisses() {
    return Arbitraries.oneOf(
        valid().map(n -> n.substring(0, 9) + (char) ('0' + (n.charAt(9) - '0' + 1) % 10)),
        nineDigits().filter(s -> NhsNumber.checkDigit(s) == 10).map(s -> s + "0"),
        valid().map(n -> n.substring(0, 9)),
        valid().map(n -> n + "1"),
        valid().map(n -> "0113" + n.substring(4)).filter(s -> !NhsNumber.isValid(s)));
  }

  @Property
  void issues_of_valid_numbers_are_never_errors_and_never_echo_the_number(
      @ForAll("valid") String n) {
    for (Issue issue : NhsNumber.issues(n, "Patient.identifier[0].value").all()) {
      assertThat(issue.severity().isError()).isFalse();
      assertThat(issue.message()).doesNotContain(n);
    }
  }

  @Property
  void chi_dates_are_plausible_exactly_when_they_are_real_dates(
      @ForAll @IntRange(min = 0, max = 99) int day,
      @ForAll @IntRange(min = 0, max = 99) int month,
      @ForAll @IntRange(min = 0, max = 99) int yy) {
    String ten = String.format(Locale.ROOT, "%02d%02d%02d0000", day, month, yy);
    boolean real = isRealDate(1900 + yy, month, day) || isRealDate(2000 + yy, month, day);
    assertThat(NhsNumber.isPlausibleChiDate(ten)).isEqualTo(real);
  }

  private static boolean isRealDate(int year, int month, int day) {
    try {
      LocalDate.of(year, month, day);
      return true;
    } catch (java.time.DateTimeException e) {
      return false;
    }
  }

  @Property(tries = 10)
  void repeated_digits_pass_the_checksum_and_are_placeholders(
      @ForAll @IntRange(min = 0, max = 9) int digit) {
    String ten = String.valueOf((char) ('0' + digit)).repeat(10);
    assertThat(NhsNumber.checkDigit(ten.substring(0, 9))).isEqualTo(digit);
    NhsNumber.tryParse(ten).ifPresent(n -> assertThat(n.isPlaceholder()).isTrue());
  }

  @Property
  void only_repeated_digits_are_placeholders(@ForAll("valid") String n) {
    boolean repeated = n.chars().distinct().count() == 1;
    assertThat(NhsNumber.parse(n).isPlaceholder()).isEqualTo(repeated);
  }

  @Property
  void synthetic_exactly_when_it_starts_with_nine(@ForAll("valid") String n) {
    assertThat(NhsNumber.parse(n).isSynthetic()).isEqualTo(n.charAt(0) == '9');
  }
}
