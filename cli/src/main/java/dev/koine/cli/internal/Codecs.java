package dev.koine.cli.internal;

import dev.koine.core.codec.MessageCodec;
import dev.koine.core.codec.WireFormat;
import dev.koine.core.issue.KoineParseException;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The adapters on the class path, found with {@link ServiceLoader}: each adapter module registers
 * its {@link MessageCodec} in {@code META-INF/services}.
 */
final class Codecs {
  private static final List<MessageCodec> ALL =
      ServiceLoader.load(MessageCodec.class, Codecs.class.getClassLoader()).stream()
          .map(ServiceLoader.Provider::get)
          .toList();

  private Codecs() {}

  static List<MessageCodec> all() {
    return ALL;
  }

  /** The codec for a format. */
  static Optional<MessageCodec> forFormat(WireFormat format) {
    return ALL.stream().filter(c -> c.formats().contains(format)).findFirst();
  }

  /**
   * The codec for this content: the one for {@code from} if given, else the first that accepts the
   * content.
   */
  static MessageCodec detect(byte[] content, WireFormat from) {
    if (from != null) {
      return forFormat(from)
          .orElseThrow(
              () ->
                  new KoineParseException(
                      "", "no adapter for " + from.cliName() + " is installed"));
    }
    return ALL.stream()
        .filter(c -> c.accepts(content))
        .findFirst()
        .orElseThrow(
            () ->
                new KoineParseException(
                    "",
                    "not a FHIR (JSON or XML) or HL7 v2 message"
                        + (ALL.isEmpty() ? " (no adapter is installed)" : "")));
  }

  /** The format hint from {@code --from} and {@code --fhir-version}. */
  static WireFormat hint(WireFormat from, String fhirVersion, byte[] content) {
    if (from != null || fhirVersion == null) {
      return from;
    }
    boolean xml = firstNonBlank(content) == '<';
    boolean stu3 = fhirVersion.equalsIgnoreCase("stu3");
    if (stu3) {
      return xml ? WireFormat.FHIR_STU3_XML : WireFormat.FHIR_STU3_JSON;
    }
    return xml ? WireFormat.FHIR_R4_XML : WireFormat.FHIR_R4_JSON;
  }

  private static int firstNonBlank(byte[] content) {
    int i = 0;
    if (content.length >= 3 && (content[0] & 0xFF) == 0xEF) {
      i = 3; // UTF-8 byte order mark
    }
    for (; i < content.length; i++) {
      if (!Character.isWhitespace(content[i])) {
        return content[i];
      }
    }
    return -1;
  }
}
