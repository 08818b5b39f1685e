package dev.koine.fhir.internal.r4;

import dev.koine.core.codec.Loss;
import dev.koine.core.message.CareDocument;
import dev.koine.core.message.Envelope;
import dev.koine.core.message.Message;
import dev.koine.core.model.Entities;
import dev.koine.core.model.Ref;
import dev.koine.fhir.internal.map.Dec;
import dev.koine.fhir.internal.map.FhirVersion;
import dev.koine.fhir.internal.map.MessageBundle;
import dev.koine.fhir.internal.map.VersionMapper;
import dev.koine.fhir.internal.stu3.Stu3Document;
import dev.koine.fhir.internal.tree.FhirNode;
import java.util.List;

/** The FHIR R4 {@link VersionMapper}: dispatches on the MessageHeader event to the payloads. */
public final class R4Mapper implements VersionMapper {
  /** The mapper (stateless). */
  public R4Mapper() {}

  @Override
  public FhirVersion version() {
    return FhirVersion.R4;
  }

  @Override
  public Message decode(Dec d, MessageBundle bundle) {
    if ("document".equals(bundle.type())) {
      return Stu3Document.decodeBare(d, bundle, this);
    }
    return R4Messages.decode(d, bundle);
  }

  @Override
  public FhirNode encode(Message message, List<Loss> losses) {
    if (message.payload() instanceof CareDocument doc && Stu3Document.isBare(message.envelope())) {
      return Stu3Document.encodeBare(message.envelope(), doc, this, losses);
    }
    return R4Messages.encode(message, losses);
  }

  @Override
  public Envelope decodeHeader(Dec d, MessageBundle bundle) {
    if (!"message".equals(bundle.type()) || bundle.entries().isEmpty()) {
      return null;
    }
    MessageBundle.Entry header = bundle.entries().get(0);
    if (!"MessageHeader".equals(header.type())) {
      return null;
    }
    return d.attempt(header.location(), () -> R4Header.decode(d, bundle, header));
  }

  @Override
  public void decodeEntities(Dec d, MessageBundle bundle, Entities.Builder out) {
    R4Messages.relatedInto(d, bundle, out);
  }

  @Override
  public FhirNode encodeMessage(
      Envelope envelope, List<Ref> focus, List<FhirNode> resources, List<Loss> losses) {
    return R4Messages.messageWithFocus(envelope, focus, resources, null, Entities.empty(), losses);
  }

  @Override
  public void encodeEntities(Entities x, List<FhirNode> out, List<Loss> losses) {
    R4Messages.related(x, out, losses);
  }
}
