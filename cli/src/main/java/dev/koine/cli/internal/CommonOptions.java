package dev.koine.cli.internal;

import dev.koine.core.codec.WireFormat;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/** The options every message command shares (docs/cli.md). */
public final class CommonOptions {
  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description =
          "Input files or directories (walked recursively; hidden files and files that are not"
              + " messages are skipped); NDJSON files give one input per line, HL7 v2 batch files"
              + " one per message; - is standard input.")
  List<String> files = new ArrayList<>();

  @Option(
      names = "--from",
      paramLabel = "FORMAT",
      converter = FormatConverter.class,
      description =
          "The input format (fhir-r4-json, fhir-r4-xml, fhir-stu3-json, fhir-stu3-xml,"
              + " hl7v2); told from the content when absent.")
  WireFormat from;

  @Option(
      names = "--fhir-version",
      paramLabel = "VERSION",
      description = "Override the FHIR version told from the content: r4 or stu3.")
  String fhirVersion;

  @Option(names = "--json", description = "One JSON object per input (NDJSON).")
  boolean json;

  /** Converts a command-line format name. */
  public static final class FormatConverter implements ITypeConverter<WireFormat> {
    @Override
    public WireFormat convert(String value) {
      return WireFormat.fromCliName(value)
          .orElseThrow(
              () ->
                  new TypeConversionException(
                      "unknown format '"
                          + value
                          + "' (expected fhir-r4-json, fhir-r4-xml, fhir-stu3-json, fhir-stu3-xml"
                          + " or hl7v2)"));
    }
  }

  void checkFhirVersion() {
    if (fhirVersion != null
        && !fhirVersion.equalsIgnoreCase("r4")
        && !fhirVersion.equalsIgnoreCase("stu3")) {
      throw new picocli.CommandLine.TypeConversionException("--fhir-version must be r4 or stu3");
    }
  }
}
