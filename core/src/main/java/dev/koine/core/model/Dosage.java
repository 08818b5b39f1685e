package dev.koine.core.model;

import dev.koine.core.code.Concept;
import dev.koine.core.internal.Checks;
import java.util.List;

/**
 * A dosage instruction: the text as written and its structured parts.
 *
 * @param sequence sequence, or null
 * @param text free-text instruction, or null
 * @param additionalInstructions additional instructions
 * @param patientInstruction patient instruction, or null
 * @param timing timing as text (repeat structure code), or null
 * @param asNeeded as needed, or null
 * @param site site, or null
 * @param route route, or null
 * @param method method, or null
 * @param doseQuantity dose, or null
 * @param doseRange dose range, or null
 * @param maxDosePerPeriod maximum dose per period, or null
 */
public record Dosage(
    Integer sequence,
    String text,
    List<Concept> additionalInstructions,
    String patientInstruction,
    String timing,
    Boolean asNeeded,
    Concept site,
    Concept route,
    Concept method,
    Quantity doseQuantity,
    Range doseRange,
    Ratio maxDosePerPeriod) {
  public Dosage {
    Checks.optionalText(text, "text");
    additionalInstructions = Checks.list(additionalInstructions, "additionalInstructions");
    Checks.optionalText(patientInstruction, "patientInstruction");
    Checks.optionalText(timing, "timing");
  }
}
