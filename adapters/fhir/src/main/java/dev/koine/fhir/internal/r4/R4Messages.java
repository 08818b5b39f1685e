package dev.koine.fhir.internal.r4;

import dev.koine.core.codec.Loss;
import dev.koine.core.message.Message;
import dev.koine.fhir.internal.map.Dec;
import dev.koine.fhir.internal.map.MessageBundle;
import dev.koine.fhir.internal.tree.FhirNode;
import java.util.List;

/** R4 message bundles: header and payload dispatch. */
final class R4Messages {
  private R4Messages() {}

  static Message decode(Dec d, MessageBundle bundle) {
    return null;
  }

  static FhirNode encode(Message message, List<Loss> losses) {
    throw new IllegalArgumentException("R4 encoding is not available yet");
  }
}
