package dev.koine.cli.internal;

import dev.koine.core.code.Coding;
import dev.koine.core.issue.KoineParseException;
import dev.koine.terminology.ConceptMap;
import dev.koine.terminology.ConceptMaps;
import dev.koine.terminology.Translation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code koine translate}: translates codes with a concept map, with provenance. */
@Command(
    name = "translate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    footerHeading = "%nExamples:%n",
    footer = {
      "  koine translate --map local-to-snomed.csv 'urn:local|M'",
      "  koine translate --map conceptmap.json --reverse --json 'http://snomed.info/sct|248153007'"
    },
    description =
        "Translates codes with a ConceptMap (FHIR JSON or XML, R4 or STU3) or a CSV map. CODE is"
            + " system|code or code. Prints: source -> target (equivalence) [map url|version], or"
            + " source -> UNMAPPED. Exits 1 when any code is unmapped.")
public final class TranslateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--map",
      required = true,
      paramLabel = "MAP",
      description = "The concept map: FHIR JSON/XML or CSV.")
  Path map;

  @Mixin GlobalOptions global;

  @Option(names = "--reverse", description = "Translate from the map's targets to its sources.")
  boolean reverse;

  @Option(names = "--json", description = "One JSON object per code (NDJSON).")
  boolean json;

  @Parameters(arity = "1..*", paramLabel = "CODE", description = "system|code or code.")
  List<String> codes = new ArrayList<>();

  @Override
  public Integer call() {
    if (!Files.isRegularFile(map)) {
      spec.commandLine().getErr().println("koine: " + map + ": cannot read: no such file");
      return ExitCodes.USAGE;
    }
    ConceptMap conceptMap;
    try {
      conceptMap = ConceptMaps.load(map);
    } catch (KoineParseException e) {
      spec.commandLine().getErr().println("koine: " + map + ": " + e.getMessage());
      if (global.debug) {
        e.printStackTrace(spec.commandLine().getErr());
      }
      return ExitCodes.USAGE;
    }
    if (reverse) {
      conceptMap = conceptMap.reverse();
    }
    int exit = ExitCodes.OK;
    for (String token : codes) {
      Coding source;
      try {
        source = ConceptMaps.coding(token);
      } catch (IllegalArgumentException e) {
        spec.commandLine().getErr().println("koine: " + e.getMessage());
        return ExitCodes.USAGE;
      }
      Translation t = conceptMap.translate(source);
      if (!t.isMapped()) {
        exit = ExitCodes.FAILED;
      }
      if (json) {
        spec.commandLine().getOut().println(jsonLine(token, t));
      } else {
        t.lines().forEach(spec.commandLine().getOut()::println);
      }
    }
    return exit;
  }

  private static String jsonLine(String token, Translation t) {
    return Ndjson.line(
        g -> {
          g.writeStringField("source", token);
          g.writeArrayFieldStart("targets");
          for (Translation.Target target : t.targets()) {
            g.writeStartObject();
            g.writeStringField("system", target.system());
            g.writeStringField("code", target.code());
            g.writeStringField("display", target.display());
            g.writeStringField("equivalence", target.equivalence().code());
            g.writeEndObject();
          }
          g.writeEndArray();
          g.writeStringField("map", t.mapUrl());
          g.writeStringField("version", t.mapVersion());
        });
  }
}
