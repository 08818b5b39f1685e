package dev.koine.fhir.internal.r4;

import dev.koine.core.codec.Loss;
import dev.koine.core.message.Message;
import dev.koine.fhir.internal.map.Dec;
import dev.koine.fhir.internal.map.FhirVersion;
import dev.koine.fhir.internal.map.MessageBundle;
import dev.koine.fhir.internal.map.VersionMapper;
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
    return R4Messages.decode(d, bundle);
  }

  @Override
  public FhirNode encode(Message message, List<Loss> losses) {
    return R4Messages.encode(message, losses);
  }
}
