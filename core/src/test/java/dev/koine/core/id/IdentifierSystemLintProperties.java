package dev.koine.core.id;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class IdentifierSystemLintProperties {
  @Provide
  Arbitrary<String> anyUris() {
    return TestArbitraries.anyUris();
  }

  @Provide
  Arbitrary<String> canonical() {
    return TestArbitraries.canonicalUris();
  }

  @Property
  void lint_is_idempotent(@ForAll("anyUris") String uri) {
    UriLint first = IdentifierSystemLint.lint(uri);
    UriLint second = IdentifierSystemLint.lint(first.canonical());
    assertThat(second.isClean()).as(second.toString()).isTrue();
    assertThat(second.canonical()).isEqualTo(first.canonical());
    assertThat(second.kind()).isEqualTo(first.kind());
  }

  @Property(tries = 200)
  void every_canonical_uri_lints_clean(@ForAll("canonical") String uri) {
    UriLint lint = IdentifierSystemLint.lint(uri);
    assertThat(lint.isClean()).as(lint.toString()).isTrue();
    assertThat(lint.canonical()).isEqualTo(uri);
    assertThat(lint.kind()).isNotEqualTo(UriLint.Kind.UNKNOWN);
    assertThat(lint.toIssues("Patient.identifier[0].system").isEmpty()).isTrue();
    assertThat(IdentifierSystemLint.isRegistered(uri)).isTrue();
  }

  @Property
  void near_misses_lint_back_to_their_canonical_uri(
      @ForAll("canonical") String uri, @ForAll("mutations") int how) {
    String miss = TestArbitraries.mutate(uri, how);
    UriLint lint = IdentifierSystemLint.lint(miss);
    assertThat(lint.canonical()).isEqualTo(uri);
    assertThat(lint.isClean()).isFalse();
    UriProblem expected =
        switch (how) {
          case 0 -> UriProblem.TRAILING_SLASH;
          case 1 -> UriProblem.WHITESPACE;
          case 2 ->
              uri.startsWith("https:") ? UriProblem.HTTP_NOT_HTTPS : UriProblem.HTTPS_NOT_HTTP;
          case 3 -> uri.contains("/Id/") ? UriProblem.WRONG_CASE_ID : UriProblem.WRONG_CASE;
          case 4 -> UriProblem.WRONG_CASE;
          default -> UriProblem.TRAILING_SLASH;
        };
    assertThat(lint.problems()).contains(expected);
    assertThat(lint.toIssues("x").all()).hasSize(1);
  }

  @Provide
  Arbitrary<Integer> mutations() {
    return Arbitraries.integers().between(0, 5);
  }

  @Property
  void unknown_well_formed_uris_are_left_alone(@ForAll("unknownUris") String uri) {
    UriLint lint = IdentifierSystemLint.lint(uri);
    assertThat(lint.kind()).isEqualTo(UriLint.Kind.UNKNOWN);
    assertThat(lint.isClean()).isTrue();
    assertThat(lint.canonical()).isEqualTo(uri);
  }

  @Provide
  Arbitrary<String> unknownUris() {
    return Arbitraries.strings()
        .withCharRange('a', 'z')
        .withChars('-', '/')
        .ofMinLength(1)
        .ofMaxLength(20)
        .map(path -> "https://example.org/" + path);
  }

  @Property
  void unrecognised_input_is_only_checked_for_whitespace_and_never_quoted(
      @ForAll("anyUris") String uri) {
    UriLint lint = IdentifierSystemLint.lint(uri);
    if (lint.kind() == UriLint.Kind.UNKNOWN) {
      assertThat(lint.problems()).allMatch(p -> p == UriProblem.WHITESPACE);
      assertThat(lint.canonical().chars().noneMatch(Character::isWhitespace)).isTrue();
      lint.toIssues("x")
          .all()
          .forEach(
              i -> {
                if (uri.strip().length() >= 4) {
                  assertThat(i.message()).doesNotContain(uri.strip());
                }
              });
    }
  }
}
