package dev.koine.fhir.internal.map;

import dev.koine.core.codec.Loss;
import dev.koine.core.model.Attachment;
import dev.koine.core.model.Bytes;
import dev.koine.core.model.DocumentAttachment;
import dev.koine.core.model.Extras;
import dev.koine.core.model.Meta;
import dev.koine.fhir.internal.tree.FhirNode;
import java.util.List;
import java.util.Set;

/**
 * FHIR Binary to and from {@link DocumentAttachment}: the PDF (or other content) of an ITK3
 * document ({@code ITK-Attachment-Binary-1}, GP Connect Send Document ITK007C) or of an R4
 * document. {@code contentType} and the base64 content (STU3 {@code content}, R4 {@code data}) are
 * the attachment's one {@link Attachment}; {@code id} is the entity id, {@code meta} and {@code
 * language} the extras.
 *
 * <p>A Binary is typed only whole ({@link EntityMapper#takeWhole}): one with a {@code
 * securityContext}, {@code implicitRules} or base64 text not in canonical form (line breaks ...,
 * which writing it again would change) stays carried verbatim, so nothing of it is lost.
 *
 * <p>Profiles: in STU3 a meta that is exactly {@link #STU3_PROFILE} is not kept ({@link
 * #withoutDefault}) and is written when the model has none, so a document converted from R4 (UK
 * Core has no Binary profile) gets the ITK profile and one converted to R4 gets none. Whatever a
 * {@link DocumentAttachment} holds that a Binary has no element for (identifiers, status, type,
 * dates, authors, several contents, an attachment's url, title, size, hash ...) is reported as a
 * loss on encode.
 */
public final class BinaryMapper {
  /** The ITK3 attachment profile, the default of an STU3 Binary. */
  public static final String STU3_PROFILE =
      "https://fhir.nhs.uk/STU3/StructureDefinition/ITK-Attachment-Binary-1";

  private BinaryMapper() {}

  /** The element holding the base64 content in this version. */
  private static String dataElement(FhirVersion v) {
    return v == FhirVersion.STU3 ? "content" : "data";
  }

  /** Decodes a Binary resource (the entity id is given by the entry). */
  public static DocumentAttachment decode(Dec d, FhirNode r, String id) {
    FhirVersion v = d.version();
    Extras extras = Values.extras(d, r, Set.of());
    if (v == FhirVersion.STU3) {
      extras = withoutDefault(extras);
    }
    String contentType = d.str(r, "contentType");
    Bytes data = null;
    FhirNode content = r.child(dataElement(v));
    if (content != null && content.value() != null) {
      Bytes b = base64(content.value());
      // only text that writing it again reproduces is taken (no line breaks, canonical padding)
      if (b != null && b.toBase64().equals(content.value())) {
        d.mark(content);
        data = b;
      }
    }
    DocumentAttachment.Builder b = DocumentAttachment.builder().id(id).extras(extras);
    if (contentType != null || data != null) {
      b.addContent(new Attachment(contentType, null, data, null, null, null, null, null));
    }
    return b.build();
  }

  private static Bytes base64(String text) {
    try {
      return Bytes.fromBase64(text);
    } catch (IllegalArgumentException e) {
      return null; // left unmarked: the Binary stays verbatim
    }
  }

  /** The extras without a meta that is only the STU3 default profile. */
  static Extras withoutDefault(Extras x) {
    Meta m = x.meta();
    if (m != null
        && m.versionId() == null
        && m.lastUpdated() == null
        && m.source() == null
        && m.profiles().equals(List.of(STU3_PROFILE))
        && m.security().isEmpty()
        && m.tags().isEmpty()) {
      return x.withMeta(null);
    }
    return x;
  }

  /** Encodes a document attachment as a Binary entry resource, reporting what has no place. */
  public static FhirNode encode(DocumentAttachment a, FhirVersion v, List<Loss> losses) {
    String at = "DocumentAttachment" + (a.id() == null ? "" : "[" + a.id() + "]");
    Extras x = a.extras();
    Meta meta = x.meta();
    if (v == FhirVersion.STU3) {
      meta = Values.stu3Meta(meta, STU3_PROFILE);
    }
    if (x.narrative() != null) {
      losses.add(new Loss(at + ".extras.narrative", "a Binary has no narrative"));
    }
    if (!x.extensions().isEmpty() || !x.modifierExtensions().isEmpty()) {
      losses.add(new Loss(at + ".extras.extensions", "a Binary has no extensions"));
    }
    lost(losses, at, "identifiers", !a.identifiers().isEmpty());
    lost(losses, at, "status", a.status() != null);
    lost(losses, at, "type", a.type() != null);
    lost(losses, at, "categories", !a.categories().isEmpty());
    lost(losses, at, "subject", a.subject() != null);
    lost(losses, at, "date", a.date() != null);
    lost(losses, at, "authors", !a.authors().isEmpty());
    lost(losses, at, "custodian", a.custodian() != null);
    lost(losses, at, "description", a.description() != null);
    Enc e =
        Enc.resource("resource", "Binary")
            .str("id", a.id())
            .node(Values.meta(meta, v))
            .str("language", x.language());
    if (a.contents().size() > 1) {
      losses.add(
          new Loss(at + ".contents", "a Binary holds one content; only the first is written"));
    }
    if (!a.contents().isEmpty()) {
      Attachment c = a.contents().get(0);
      String ca = at + ".contents[0]";
      lost(losses, ca, "language", c.language() != null);
      lost(losses, ca, "url", c.url() != null);
      lost(losses, ca, "size", c.size() != null);
      lost(losses, ca, "hash", c.hash() != null);
      lost(losses, ca, "title", c.title() != null);
      lost(losses, ca, "creation", c.creation() != null);
      e.str("contentType", c.contentType())
          .str(dataElement(v), c.data() == null ? null : c.data().toBase64());
    }
    return e.build();
  }

  private static void lost(List<Loss> losses, String at, String field, boolean present) {
    if (present) {
      losses.add(new Loss(at + "." + field, "no element of a FHIR Binary"));
    }
  }
}
