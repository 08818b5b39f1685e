package dev.koine.terminology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.koine.core.code.CodeSystems;
import dev.koine.core.code.Coding;
import dev.koine.core.issue.IssueCode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Validation never passes silently: VALID, INVALID with why, or NOT_CHECKED with why. */
class ValidationProperties {
  private static final Terminology T = Terminology.bundled();

  private static final List<ValueSet> UK_CORE =
      T.valueSetUrls().stream()
          .filter(u -> u.startsWith("https://fhir.hl7.org.uk/ValueSet/"))
          .map(u -> T.valueSet(u).orElseThrow())
          .toList();

  private static final List<ValueSet> NEEDS_SERVER =
      UK_CORE.stream()
          .filter(v -> T.classify(v).kind() == ValueSet.Classification.Kind.NEEDS_SERVER)
          .toList();

  private static final List<ValueSet> ENUMERABLE =
      UK_CORE.stream()
          .filter(v -> T.classify(v).kind() == ValueSet.Classification.Kind.ENUMERABLE)
          .toList();

  @Provide
  Arbitrary<ValueSet> needsServer() {
    return Arbitraries.of(NEEDS_SERVER);
  }

  @Provide
  Arbitrary<ValueSet> enumerable() {
    return Arbitraries.of(ENUMERABLE);
  }

  @Provide
  Arbitrary<String> snomedIds() {
    return TerminologyArbitraries.snomedIds();
  }

  @Provide
  Arbitrary<String> codes() {
    return TerminologyArbitraries.codes();
  }

  private static final Pattern PLAIN_LIST =
      Pattern.compile(
          "[\\s(]*\\d{6,18}(\\s*\\|[^|]*\\|)?(\\s+(?i:or)\\s+\\d{6,18}(\\s*\\|[^|]*\\|)?)*[\\s)]*");

  /** The systems whose membership this value set leaves to a server (its intensional parts). */
  private static Set<String> serverSystems(ValueSet vs, int depth) {
    Set<String> out = new HashSet<>();
    for (ValueSet.Include inc : vs.includes()) {
      for (String ref : inc.valueSets()) {
        T.valueSet(ref).ifPresent(v -> out.addAll(serverSystems(v, depth + 1)));
      }
      boolean intensional =
          inc.filters().stream().anyMatch(f -> !PLAIN_LIST.matcher(f.value()).matches())
              || (inc.filters().isEmpty() && inc.concepts().isEmpty());
      if (inc.system() != null
          && intensional
          && (inc.system().equals(CodeSystems.SNOMED_CT)
              || inc.system().equals("https://dmd.nhs.uk"))) {
        out.add(inc.system());
      }
    }
    return out;
  }

  private static Set<String> listed(ValueSet vs) {
    Set<String> out = new HashSet<>();
    for (ValueSet.Include inc : vs.includes()) {
      inc.concepts().forEach(c -> out.add(c.code()));
      for (ValueSet.Filter f : inc.filters()) {
        for (String part : f.value().split("[^0-9]+")) {
          out.add(part);
        }
      }
    }
    return out;
  }

  @Property(tries = 300)
  void anyCodeInAValueSetThatNeedsAServer_isNotChecked_withAReason(
      @ForAll("needsServer") ValueSet vs, @ForAll("snomedIds") String id) {
    Set<String> systems = serverSystems(vs, 0);
    if (listed(vs).contains(id)) {
      return;
    }
    for (String system : systems) {
      ValidationResult r = T.validate(Coding.of(system, id), vs);
      assertThat(r.status())
          .as("%s in %s", system, vs.url())
          .isEqualTo(ValidationResult.Status.NOT_CHECKED);
      String reason = ((ValidationResult.NotChecked) r).reason();
      assertThat(reason).contains("needs a terminology server");
      assertThat(r.toIssue("Observation.code").orElseThrow().code())
          .isEqualTo(IssueCode.CODE_NOT_CHECKED);
    }
  }

  @Test
  void everyNeedsServerValueSet_hasASystemLeftToTheServer_orAMissingPart() {
    for (ValueSet vs : NEEDS_SERVER) {
      String reason = T.classify(vs).reason();
      assertThat(reason).isNotBlank().contains("needs a terminology server");
    }
    assertThat(NEEDS_SERVER).hasSizeGreaterThan(50);
    assertThat(ENUMERABLE).hasSizeGreaterThan(60);
  }

  @Property(tries = 300)
  void enumerableValueSets_acceptTheirMembers_andRejectEverythingElse(
      @ForAll("enumerable") ValueSet vs, @ForAll("codes") String random) {
    List<Coding> members = members(vs);
    assertThat(members).as(vs.url()).isNotEmpty();
    for (Coding member : members) {
      assertThat(T.validate(member, vs).status())
          .as("%s in %s", member.token(), vs.url())
          .isEqualTo(ValidationResult.Status.VALID);
    }
    Set<String> systems = new HashSet<>();
    members.forEach(m -> systems.add(m.system()));
    for (String system : systems) {
      Coding c = Coding.of(system, random);
      if (members.contains(c)) {
        continue;
      }
      ValidationResult r = T.validate(c, vs);
      assertThat(r.status())
          .as("%s in %s", c.token(), vs.url())
          .isEqualTo(ValidationResult.Status.INVALID);
      assertThat(r.toIssue("x").orElseThrow().code()).isEqualTo(IssueCode.CODE_INVALID);
    }
    ValidationResult other = T.validate(Coding.of("http://example.org/other", random), vs);
    assertThat(other.status()).isEqualTo(ValidationResult.Status.INVALID);
  }

  /** The members of an enumerable value set, computed from the model (not the evaluator). */
  static List<Coding> members(ValueSet vs) {
    List<Coding> out = new ArrayList<>();
    for (ValueSet.Include inc : vs.includes()) {
      for (String ref : inc.valueSets()) {
        out.addAll(members(T.valueSet(ref).orElseThrow()));
      }
      if (inc.system() == null) {
        continue;
      }
      if (!inc.concepts().isEmpty()) {
        inc.concepts().forEach(c -> out.add(Coding.of(inc.system(), c.code())));
      } else if (!inc.filters().isEmpty()) {
        for (ValueSet.Filter f : inc.filters()) {
          for (String id : f.value().replaceAll("\\|[^|]*\\|", " ").split("[^0-9]+")) {
            if (!id.isEmpty()) {
              out.add(Coding.of(inc.system(), id));
            }
          }
        }
      } else {
        T.codeSystem(inc.system())
            .orElseThrow()
            .concepts()
            .forEach(c -> out.add(Coding.of(inc.system(), c.code())));
      }
    }
    if (vs.includes().isEmpty()) {
      out.addAll(vs.expansion());
    }
    return out;
  }

  @Test
  void examples() {
    ValueSet ethnic =
        T.valueSet("https://fhir.hl7.org.uk/ValueSet/UKCore-EthnicCategory").orElseThrow();
    assertThat(T.validate(Coding.of(CodeSystems.ETHNIC_CATEGORY_ENGLAND, "A"), ethnic))
        .isEqualTo(ValidationResult.valid());
    assertThat(T.validate(Coding.of(CodeSystems.ETHNIC_CATEGORY_ENGLAND, "CA"), ethnic))
        .isEqualTo(
            ValidationResult.invalid(
                "code is not in value set https://fhir.hl7.org.uk/ValueSet/UKCore-EthnicCategory"));
    // the retired STU1 code system is not in the current value set
    assertThat(
            T.validate(
                    Coding.of("https://fhir.hl7.org.uk/CodeSystem/UKCore-EthnicCategory", "A"),
                    ethnic)
                .status())
        .isEqualTo(ValidationResult.Status.INVALID);
    assertThat(
            T.validate(
                Coding.of(CodeSystems.SNOMED_CT, "22298006"),
                "https://fhir.hl7.org.uk/ValueSet/UKCore-ConditionCode"))
        .isEqualTo(
            ValidationResult.notChecked(
                "SNOMED CT descendantOf 404684003 OR descendantOf 413350009 OR descendantOf"
                    + " 272379006: needs a terminology server"));
    // a plain list of SNOMED CT concepts is checked offline
    ValueSet acvpu = T.valueSet("https://fhir.hl7.org.uk/ValueSet/UKCore-ACVPU").orElseThrow();
    assertThat(T.validate(Coding.of(CodeSystems.SNOMED_CT, "248234008"), acvpu))
        .isEqualTo(ValidationResult.valid());
    assertThat(T.validate(Coding.of(CodeSystems.SNOMED_CT, "22298006"), acvpu).status())
        .isEqualTo(ValidationResult.Status.INVALID);
    assertThat(T.validate(Coding.of(CodeSystems.SNOMED_CT, "1"), "urn:unknown-value-set").status())
        .isEqualTo(ValidationResult.Status.NOT_CHECKED);
    assertThat(T.validate(new Coding(null, null, "A", null), ethnic).status())
        .isEqualTo(ValidationResult.Status.INVALID);
  }

  @Test
  void aServer_answersWhatIsNotCheckedHere() {
    TerminologyServer server =
        new TerminologyServer() {
          @Override
          public String name() {
            return "test server";
          }

          @Override
          public ValidationResult validateCode(Coding coding, String valueSetUrl) {
            return coding.code().equals("22298006")
                ? ValidationResult.valid()
                : ValidationResult.invalid("not a condition");
          }

          @Override
          public Optional<ConceptDefinition> lookup(String system, String code) {
            return Optional.of(ConceptDefinition.of(code, "from the server"));
          }

          @Override
          public Translation translate(Coding coding, String conceptMapUrl) {
            return new Translation(coding, List.of(), conceptMapUrl, null);
          }
        };
    Terminology t = Terminology.builder().server(server).build();
    String conditionCode = "https://fhir.hl7.org.uk/ValueSet/UKCore-ConditionCode";
    assertThat(t.validate(Coding.of(CodeSystems.SNOMED_CT, "22298006"), conditionCode))
        .isEqualTo(ValidationResult.valid());
    assertThat(t.validate(Coding.of(CodeSystems.SNOMED_CT, "1234567"), conditionCode).status())
        .isEqualTo(ValidationResult.Status.INVALID);
    // decidable offline: the server is not asked
    assertThat(
            t.validate(
                    Coding.of(CodeSystems.ETHNIC_CATEGORY_ENGLAND, "A"),
                    "https://fhir.hl7.org.uk/ValueSet/UKCore-EthnicCategory")
                .status())
        .isEqualTo(ValidationResult.Status.VALID);
    assertThat(t.lookup(CodeSystems.SNOMED_CT, "22298006"))
        .get()
        .extracting(ConceptDefinition::display)
        .isEqualTo("from the server");
    // a complete bundled code system answers "no" without the server
    assertThat(t.lookup(CodeSystems.ETHNIC_CATEGORY_ENGLAND, "QQ")).isEmpty();
    assertThat(t.translate(Coding.of("s", "c"), "urn:server-map").mapUrl())
        .isEqualTo("urn:server-map");
  }
}
