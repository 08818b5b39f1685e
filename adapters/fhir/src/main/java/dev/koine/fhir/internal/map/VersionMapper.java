package dev.koine.fhir.internal.map;

import dev.koine.core.codec.Loss;
import dev.koine.core.message.Envelope;
import dev.koine.core.message.Message;
import dev.koine.core.model.Entities;
import dev.koine.core.model.Ref;
import dev.koine.fhir.internal.tree.FhirNode;
import java.util.List;

/**
 * The mapping of one FHIR version between a Bundle and a {@link Message}. {@code FhirCodec} finds
 * the R4 mapper ({@code dev.koine.fhir.internal.r4.R4Mapper}) and the STU3 mapper ({@code
 * dev.koine.fhir.internal.stu3.Stu3Mapper}) by class name; each has a public no-argument
 * constructor, is stateless and thread-safe.
 */
public interface VersionMapper {
  /** The version this mapper handles. */
  FhirVersion version();

  /**
   * Maps a Bundle to a message, marking (through {@code d}) every node it consumed.
   *
   * @return the message, or null if the bundle is not a message or document this mapper knows (the
   *     codec then reports a parse error)
   */
  Message decode(Dec d, MessageBundle bundle);

  /**
   * Maps a message to a Bundle resource node (named {@code Bundle}), adding to {@code losses} the
   * model content the version cannot carry.
   *
   * @throws IllegalArgumentException if the message's payload has no form in this version
   */
  FhirNode encode(Message message, List<Loss> losses);

  /**
   * Decodes the MessageHeader (the first entry of a {@code message} Bundle) and the Bundle header
   * into an envelope, taking the header entry; not its {@code focus}, which the caller reads.
   *
   * @return the envelope, or null if the bundle has no usable header
   */
  Envelope decodeHeader(Dec d, MessageBundle bundle);

  /** Decodes every untaken entry of a type this version maps to a typed entity, taking it. */
  void decodeEntities(Dec d, MessageBundle bundle, Entities.Builder out);

  /**
   * Writes a {@code message} Bundle: the MessageHeader of this envelope with these focus references
   * (written whole), then the resources.
   */
  FhirNode encodeMessage(
      Envelope envelope, List<Ref> focus, List<FhirNode> resources, List<Loss> losses);

  /**
   * Writes the typed entities of {@code x} this version maps (not {@link Entities#others()}),
   * adding a loss for the kinds it has no form for.
   */
  void encodeEntities(Entities x, List<FhirNode> out, List<Loss> losses);
}
