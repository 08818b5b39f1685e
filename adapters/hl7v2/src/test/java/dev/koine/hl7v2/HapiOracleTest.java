package dev.koine.hl7v2;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.model.Segment;
import ca.uhn.hl7v2.model.Structure;
import ca.uhn.hl7v2.parser.GenericModelClassFactory;
import ca.uhn.hl7v2.parser.PipeParser;
import ca.uhn.hl7v2.util.Terser;
import ca.uhn.hl7v2.validation.impl.NoValidation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * Differential test against HAPI HL7v2 (test scope only): on every corpus message, the decoded
 * value of every sub-component of every segment must equal what HAPI's generic parse gives through
 * {@link Terser}. One known difference is allowed and counted: HAPI trims white space at the end of
 * a segment, which Koine keeps as data (the codec is lossless).
 */
class HapiOracleTest {

  @Test
  void values_agree_with_hapi_on_the_corpus(TestReporter reporter) throws IOException {
    Map<String, String> notEr7 = Corpus.notEr7();
    List<String> hapiFailed = new ArrayList<>();
    Map<String, Integer> mismatches = new TreeMap<>();
    Map<String, Integer> trimmedByHapi = new TreeMap<>();
    int compared = 0;
    long leaves = 0;
    try (HapiContext context = new DefaultHapiContext()) {
      context.setValidationContext(new NoValidation());
      context.setModelClassFactory(new GenericModelClassFactory());
      PipeParser parser = context.getPipeParser();
      for (Path file : Corpus.files()) {
        String name = Corpus.name(file);
        if (notEr7.containsKey(name)) {
          continue;
        }
        V2Message ours = V2Message.parse(Corpus.bytes(file));
        Message theirs;
        try {
          theirs = parser.parse(forHapi(ours.encode()));
        } catch (HL7Exception e) {
          hapiFailed.add(name);
          continue;
        }
        List<Segment> segments = segmentsInOrder(theirs);
        assertThat(segments).as(name).hasSameSizeAs(ours.segments());
        for (int i = 0; i < segments.size(); i++) {
          leaves +=
              compare(name, ours.segments().get(i), segments.get(i), mismatches, trimmedByHapi);
        }
        compared++;
      }
    }
    reporter.publishEntry(
        "hapi-oracle",
        compared
            + " messages and "
            + leaves
            + " sub-components compared; HAPI could not parse "
            + hapiFailed.size()
            + "; segment ends trimmed by HAPI: "
            + trimmedByHapi.keySet());
    assertThat(mismatches).as("paths where values differ from HAPI").isEmpty();
    assertThat(trimmedByHapi).as("segment ends HAPI trims").hasSizeLessThan(10);
    assertThat(hapiFailed).as("messages HAPI cannot parse").hasSizeLessThan(5);
    assertThat(compared).as("messages compared").isGreaterThanOrEqualTo(440);
    assertThat(leaves).as("leaves compared").isGreaterThan(55_000);
  }

  private static String forHapi(String text) {
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    return t.strip().replace("\r\n", "\r").replace('\n', '\r');
  }

  private static List<Segment> segmentsInOrder(Message message) throws IOException {
    List<Segment> segments = new ArrayList<>();
    try {
      for (String name : message.getNames()) {
        for (Structure s : message.getAll(name)) {
          if (s instanceof Segment seg) {
            segments.add(seg);
          }
        }
      }
    } catch (HL7Exception e) {
      throw new IOException(e);
    }
    return segments;
  }

  private static int compare(
      String file,
      V2Segment ours,
      Segment theirs,
      Map<String, Integer> mismatches,
      Map<String, Integer> trimmedByHapi) {
    int leaves = 0;
    for (V2Field field : ours.fields()) {
      for (V2Repetition rep : field.repetitions()) {
        for (V2Component comp : rep.components()) {
          for (V2SubComponent sub : comp.subComponents()) {
            String expected;
            try {
              expected =
                  Terser.get(theirs, field.number(), rep.number() - 1, comp.number(), sub.number());
            } catch (HL7Exception e) {
              expected = "<HAPI error>";
            }
            if (expected == null) {
              expected = "";
            }
            leaves++;
            boolean atSegmentEnd = ours.raw().endsWith(sub.raw());
            if (!expected.equals(sub.value())
                && atSegmentEnd
                && expected.equals(sub.value().stripTrailing())) {
              trimmedByHapi.merge(file + " " + sub.path(), 1, Integer::sum);
            } else if (!expected.equals(sub.value())) {
              mismatches.merge(file + " " + sub.path(), 1, Integer::sum);
            }
          }
        }
      }
    }
    return leaves;
  }
}
