package dev.koine.core.message;

import dev.koine.core.internal.Checks;
import dev.koine.core.model.Entities;
import dev.koine.core.model.Patient;
import dev.koine.core.model.Ref;
import java.util.List;

/**
 * Content of no message family Koine maps to a typed payload: a standalone FHIR resource, a {@code
 * collection}, {@code searchset}, {@code transaction} or {@code batch} Bundle, or a message whose
 * event and focus name no payload Koine knows. Its resources are still decoded into the typed model
 * where a mapping exists (patients, organisations, practitioners, observations ...) and carried
 * verbatim as {@link dev.koine.core.model.OtherResource}s where none does, so validation and a
 * round trip see everything.
 *
 * <p>The envelope of a non-message carries the Bundle's id, identifier, meta and timestamp in
 * {@link Envelope#bundle()}, family {@link Family#OTHER} and the event {@link #EVENT_SYSTEM}{@code
 * |<bundleType>} (or {@code |resource}).
 *
 * <p>{@link #toString()} names only which components are present.
 *
 * @param bundleType the FHIR {@code Bundle.type} the content came in ({@code message}, {@code
 *     collection}, {@code searchset} ...), or null for a standalone resource
 * @param patient the patient the content is about (the first Patient resource), or null
 * @param content every other resource; never null
 * @param focus what a message is about ({@code MessageHeader.focus}); empty for a non-message
 */
public record OtherContent(String bundleType, Patient patient, Entities content, List<Ref> focus)
    implements Payload {
  /** The code system of the synthetic envelope event of a non-message. */
  public static final String EVENT_SYSTEM = "https://koine.dev/CodeSystem/fhir-container";

  public OtherContent {
    Checks.optionalText(bundleType, "bundleType");
    content = content == null ? Entities.empty() : content;
    focus = Checks.list(focus, "focus");
  }

  /** Content with no focus. */
  public OtherContent(String bundleType, Patient patient, Entities content) {
    this(bundleType, patient, content, List.of());
  }

  /** Whether the content is a standalone resource (not a Bundle). */
  public boolean isStandalone() {
    return bundleType == null;
  }

  /** The number of resources carried (the patient included). */
  public int resourceCount() {
    return (patient == null ? 0 : 1) + content.size();
  }

  @Override
  public String toString() {
    return "OtherContent[bundleType="
        + (bundleType == null ? "none" : bundleType)
        + (patient == null ? "" : ", patient")
        + ", content="
        + content
        + (focus.isEmpty() ? "" : ", focus=" + focus.size())
        + "]";
  }
}
