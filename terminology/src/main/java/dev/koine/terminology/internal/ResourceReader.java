package dev.koine.terminology.internal;

import dev.koine.core.issue.KoineParseException;
import dev.koine.terminology.ConceptMap;
import dev.koine.terminology.ResourceFormat;
import dev.koine.terminology.TerminologyResource;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Reads any terminology resource from a stream in a given format. Not API. */
public final class ResourceReader {
  private ResourceReader() {}

  /** Reads a FHIR JSON or XML resource. */
  public static TerminologyResource readFhir(InputStream in, ResourceFormat format, String source) {
    FhirNode root =
        switch (format) {
          case FHIR_JSON -> JsonTreeReader.read(in, source);
          case FHIR_XML -> XmlTreeReader.read(in, source);
          case CSV -> throw new IllegalArgumentException("CSV is read with readCsv");
        };
    return ResourceMapper.map(root);
  }

  /** A strict UTF-8 reader: malformed bytes fail instead of turning into U+FFFD. */
  public static Reader utf8(InputStream in) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    return new InputStreamReader(in, decoder);
  }

  /**
   * Reads a CSV map; when {@code version} is null it becomes {@code sha256:} and the first 12 hex
   * digits of the SHA-256 of the bytes, so that the provenance names the exact file content.
   */
  public static ConceptMap readCsv(InputStream in, String source, String url, String version) {
    MessageDigest digest = null;
    InputStream stream = in;
    if (version == null) {
      try {
        digest = MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("SHA-256 is required by every Java platform", e);
      }
      stream = new DigestInputStream(in, digest);
    }
    ConceptMap map;
    try {
      map = CsvMaps.read(utf8(stream), source, url, version);
      if (digest != null) {
        // drain anything the parser did not need, so the digest covers the whole file
        byte[] buffer = new byte[8192];
        while (stream.read(buffer) >= 0) {
          // digesting
        }
      }
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof MalformedInputException) {
        throw new KoineParseException(source, "the CSV is not valid UTF-8", e.getCause());
      }
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (digest == null) {
      return map;
    }
    String v = "sha256:" + HexFormat.of().formatHex(digest.digest()).substring(0, 12);
    return new ConceptMap(
        map.url(),
        v,
        map.name(),
        map.title(),
        map.status(),
        map.description(),
        map.sourceScope(),
        map.targetScope(),
        map.groups());
  }
}
