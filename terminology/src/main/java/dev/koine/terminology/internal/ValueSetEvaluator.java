package dev.koine.terminology.internal;

import dev.koine.core.code.Coding;
import dev.koine.terminology.CodeSystem;
import dev.koine.terminology.ValidationResult;
import dev.koine.terminology.ValueSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Decides value-set membership offline, and classifies value sets as enumerable here or needing a
 * terminology server. Never passes silently: whatever it cannot decide is NOT_CHECKED with the
 * reason. Thread-safe if the resolvers are. Not API.
 */
public final class ValueSetEvaluator {
  private static final int MAX_DEPTH = 16;
  private static final String NEEDS_SERVER = ": needs a terminology server";

  private final Function<String, CodeSystem> codeSystems;
  private final Function<String, ValueSet> valueSets;

  /**
   * @param codeSystems resolves a code system URL to a loaded code system, or null
   * @param valueSets resolves a value set canonical to a loaded value set, or null
   */
  public ValueSetEvaluator(
      Function<String, CodeSystem> codeSystems, Function<String, ValueSet> valueSets) {
    this.codeSystems = codeSystems;
    this.valueSets = valueSets;
  }

  /** The readable name of a code system for reasons. */
  public static String systemName(String system) {
    if (system == null) {
      return "(no system)";
    }
    return switch (system) {
      case "http://snomed.info/sct" -> "SNOMED CT";
      case "https://dmd.nhs.uk", "http://dmd.nhs.uk" -> "dm+d";
      case "http://loinc.org" -> "LOINC";
      default -> system;
    };
  }

  /** Code systems too large to bundle: including all of one needs a server. */
  static boolean external(String system) {
    return switch (system) {
      case "http://snomed.info/sct",
          "https://dmd.nhs.uk",
          "http://dmd.nhs.uk",
          "http://loinc.org",
          "http://unitsofmeasure.org",
          "http://hl7.org/fhir/sid/icd-10",
          "http://hl7.org/fhir/sid/icd-10-uk",
          "http://fhir.nhs.net/Id/opcs-4",
          "urn:ietf:bcp:47",
          "urn:iso:std:iso:3166" ->
          true;
      default -> false;
    };
  }

  private static boolean isSnomed(String system) {
    return "http://snomed.info/sct".equals(system);
  }

  private static String filterReason(String system, ValueSet.Filter f) {
    String value = f.value().length() > 100 ? f.value().substring(0, 100) + "..." : f.value();
    String what =
        switch (f.property()) {
          case "constraint", "expression" -> value;
          case "concept" -> opName(f.op()) + " " + value;
          default -> f.property() + " " + f.op() + " " + value;
        };
    return systemName(system) + " " + what + NEEDS_SERVER;
  }

  private static String opName(String op) {
    return switch (op) {
      case "descendent-of" -> "descendantOf";
      case "is-a" -> "is-a";
      default -> op;
    };
  }

  // ---------------------------------------------------------------- classification

  /** Whether every member of the value set can be decided here, and if not why. */
  public ValueSet.Classification classify(ValueSet vs) {
    String reason = unenumerable(vs, 0);
    return reason == null
        ? ValueSet.Classification.enumerable()
        : ValueSet.Classification.needsServer(reason);
  }

  private String unenumerable(ValueSet vs, int depth) {
    if (depth > MAX_DEPTH) {
      return "value set references nest deeper than " + MAX_DEPTH;
    }
    if (vs.includes().isEmpty()) {
      return vs.expansion().isEmpty()
          ? "value set " + vs.url() + " has neither a compose nor an expansion"
          : null;
    }
    for (ValueSet.Include inc : vs.includes()) {
      String r = unenumerable(inc, depth);
      if (r != null) {
        return r;
      }
    }
    for (ValueSet.Include exc : vs.excludes()) {
      String r = unenumerable(exc, depth);
      if (r != null) {
        return r;
      }
    }
    return null;
  }

  private String unenumerable(ValueSet.Include inc, int depth) {
    for (String ref : inc.valueSets()) {
      ValueSet other = valueSets.apply(ref);
      if (other == null) {
        return "value set " + ref + " is not loaded" + NEEDS_SERVER + " or the value set";
      }
      String r = unenumerable(other, depth + 1);
      if (r != null) {
        return r;
      }
    }
    String system = inc.system();
    if (system == null) {
      return null;
    }
    for (ValueSet.Filter f : inc.filters()) {
      if (simpleList(system, f) == null) {
        return filterReason(system, f);
      }
    }
    if (inc.concepts().isEmpty() && inc.filters().isEmpty()) {
      return wholeSystemReason(system);
    }
    return null;
  }

  private String wholeSystemReason(String system) {
    if (external(system)) {
      return "all of " + systemName(system) + NEEDS_SERVER;
    }
    CodeSystem cs = codeSystems.apply(system);
    if (cs == null) {
      return "code system " + system + " is not loaded" + NEEDS_SERVER + " or the code system";
    }
    if (!cs.isComplete()) {
      return "code system "
          + system
          + " is published with content="
          + cs.content().code()
          + NEEDS_SERVER;
    }
    return null;
  }

  private static Set<String> simpleList(String system, ValueSet.Filter f) {
    if (isSnomed(system) && f.property().equals("constraint") && f.op().equals("=")) {
      return EclDisjunction.parse(f.value());
    }
    return null;
  }

  // ---------------------------------------------------------------- validation

  /** Whether the coding is in the value set: VALID, INVALID or NOT_CHECKED, never a guess. */
  public ValidationResult validate(Coding coding, ValueSet vs) {
    return validate(coding, vs, 0);
  }

  private ValidationResult validate(Coding coding, ValueSet vs, int depth) {
    if (depth > MAX_DEPTH) {
      return ValidationResult.notChecked(
          "value set references nest deeper than " + MAX_DEPTH + " under " + vs.url());
    }
    if (coding.code() == null) {
      return ValidationResult.invalid("the coding has no code");
    }
    if (coding.system() == null) {
      return ValidationResult.invalid(
          "the coding has no system, so it cannot be in value set " + vs.url());
    }
    if (vs.includes().isEmpty()) {
      if (vs.expansion().isEmpty()) {
        return ValidationResult.notChecked(
            "value set " + vs.url() + " has neither a compose nor an expansion");
      }
      for (Coding c : vs.expansion()) {
        if (coding.system().equals(c.system()) && coding.code().equals(c.code())) {
          return ValidationResult.valid();
        }
      }
      return ValidationResult.invalid("code is not in the expansion of value set " + vs.url());
    }
    ValidationResult notChecked = null;
    boolean systemIncluded = false;
    boolean included = false;
    for (ValueSet.Include inc : vs.includes()) {
      systemIncluded |= inc.system() == null || inc.system().equals(coding.system());
      ValidationResult r = include(inc, coding, depth);
      if (r.status() == ValidationResult.Status.VALID) {
        included = true;
        break;
      }
      if (r.status() == ValidationResult.Status.NOT_CHECKED && notChecked == null) {
        notChecked = r;
      }
    }
    if (included) {
      for (ValueSet.Include exc : vs.excludes()) {
        ValidationResult r = include(exc, coding, depth);
        if (r.status() == ValidationResult.Status.VALID) {
          return ValidationResult.invalid("code is excluded from value set " + vs.url());
        }
        if (r.status() == ValidationResult.Status.NOT_CHECKED) {
          return ValidationResult.notChecked(
              "code is included, but whether an exclude of value set "
                  + vs.url()
                  + " removes it is unknown: "
                  + ((ValidationResult.NotChecked) r).reason());
        }
      }
      return ValidationResult.valid();
    }
    if (notChecked != null) {
      return notChecked;
    }
    if (!systemIncluded) {
      return ValidationResult.invalid(
          "code system " + coding.system() + " is not used by value set " + vs.url());
    }
    return ValidationResult.invalid("code is not in value set " + vs.url());
  }

  /** One include: every part (listed codes, filters, whole system, value sets) must hold. */
  private ValidationResult include(ValueSet.Include inc, Coding coding, int depth) {
    String system = inc.system();
    if (system != null && !system.equals(coding.system())) {
      return ValidationResult.invalid("different system");
    }
    ValidationResult notChecked = null;
    if (system != null) {
      CodeSystem cs = null;
      if (!inc.concepts().isEmpty()) {
        cs = codeSystems.apply(system);
        boolean caseSensitive = cs == null || cs.caseSensitive();
        boolean listed = false;
        for (ValueSet.ConceptReference c : inc.concepts()) {
          if (caseSensitive
              ? c.code().equals(coding.code())
              : c.code().toLowerCase(Locale.ROOT).equals(coding.code().toLowerCase(Locale.ROOT))) {
            listed = true;
            break;
          }
        }
        if (!listed) {
          return ValidationResult.invalid("not listed");
        }
      }
      for (ValueSet.Filter f : inc.filters()) {
        Set<String> ids = simpleList(system, f);
        if (ids == null) {
          if (notChecked == null) {
            notChecked = ValidationResult.notChecked(filterReason(system, f));
          }
        } else if (!ids.contains(coding.code())) {
          return ValidationResult.invalid("not in the listed SNOMED CT concepts");
        }
      }
      if (inc.concepts().isEmpty() && inc.filters().isEmpty()) {
        String reason = wholeSystemReason(system);
        if (reason == null || !external(system)) {
          cs = cs == null ? codeSystems.apply(system) : cs;
          if (cs != null && cs.contains(coding.code())) {
            // found, even if the code system is a fragment
          } else if (reason == null) {
            return ValidationResult.invalid("code is not in code system " + system);
          } else if (notChecked == null) {
            notChecked = ValidationResult.notChecked(reason);
          }
        } else if (notChecked == null) {
          notChecked = ValidationResult.notChecked(reason);
        }
      }
    }
    for (String ref : inc.valueSets()) {
      ValueSet other = valueSets.apply(ref);
      if (other == null) {
        if (notChecked == null) {
          notChecked =
              ValidationResult.notChecked(
                  "value set " + ref + " is not loaded" + NEEDS_SERVER + " or the value set");
        }
        continue;
      }
      ValidationResult r = validate(coding, other, depth + 1);
      if (r.status() == ValidationResult.Status.INVALID) {
        return r;
      }
      if (r.status() == ValidationResult.Status.NOT_CHECKED && notChecked == null) {
        notChecked = r;
      }
    }
    return notChecked == null ? ValidationResult.valid() : notChecked;
  }
}
