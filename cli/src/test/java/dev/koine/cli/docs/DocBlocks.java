package dev.koine.cli.docs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The generated blocks of a markdown document: a marker line {@code <!-- generated:mapping X y
 * -->}, the content, and {@code <!-- /generated -->}. Everything outside the markers is prose and
 * is never touched.
 */
public final class DocBlocks {
  private DocBlocks() {}

  /** The closing marker of every block. */
  public static final String END = "<!-- /generated -->";

  private static final String START = "<!-- generated:mapping ";

  /**
   * A block found in the document.
   *
   * @param marker the opening marker line
   * @param firstLine the 1-based line number of the first content line
   * @param content the lines between the markers, each ending with a newline
   */
  public record Block(String marker, int firstLine, String content) {}

  /** The blocks of a document by marker, in document order. */
  public static Map<String, Block> read(String doc) {
    Map<String, Block> out = new LinkedHashMap<>();
    String[] lines = doc.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (!lines[i].startsWith(START)) {
        continue;
      }
      StringBuilder content = new StringBuilder();
      int j = i + 1;
      while (j < lines.length && !lines[j].equals(END)) {
        content.append(lines[j]).append('\n');
        j++;
      }
      if (j == lines.length) {
        throw new IllegalStateException("line " + (i + 1) + ": block has no " + END);
      }
      if (out.put(lines[i], new Block(lines[i], i + 2, content.toString())) != null) {
        throw new IllegalStateException("line " + (i + 1) + ": block appears twice");
      }
      i = j;
    }
    return out;
  }

  /**
   * The first difference between the document's blocks and the expected ones (marker to content),
   * or empty when they agree: a missing block, a block no longer generated, or the first differing
   * line of a block.
   */
  public static Optional<String> firstDifference(String doc, Map<String, String> expected) {
    Map<String, Block> actual = read(doc);
    for (Map.Entry<String, String> e : expected.entrySet()) {
      Block b = actual.get(e.getKey());
      if (b == null) {
        return Optional.of("block " + e.getKey() + " is missing");
      }
      String[] want = e.getValue().split("\n", -1);
      String[] have = b.content().split("\n", -1);
      for (int i = 0; i < Math.max(want.length, have.length); i++) {
        String w = i < want.length ? want[i] : "(end of block)";
        String h = i < have.length ? have[i] : "(end of block)";
        if (!w.equals(h)) {
          return Optional.of(
              "block "
                  + e.getKey()
                  + " differs at line "
                  + (b.firstLine() + i)
                  + ":\n  expected: "
                  + w
                  + "\n  found:    "
                  + h);
        }
      }
    }
    for (String marker : actual.keySet()) {
      if (!expected.containsKey(marker)) {
        return Optional.of("block " + marker + " is no longer generated");
      }
    }
    return Optional.empty();
  }

  /**
   * The document with every expected block's content replaced, blocks no longer generated removed,
   * and missing blocks added under a heading at the end of their section ({@code ## Payload ...}),
   * or of the document when it has no such section.
   *
   * @param expected marker to content, in the order blocks are added
   * @param sectionOf marker to the section name (the payload type)
   * @param headingOf marker to the heading written above a newly added block
   */
  public static String update(
      String doc,
      Map<String, String> expected,
      Map<String, String> sectionOf,
      Map<String, String> headingOf) {
    List<String> lines = new ArrayList<>(List.of(doc.split("\n", -1)));
    List<String> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (!line.startsWith(START)) {
        out.add(line);
        continue;
      }
      int j = i + 1;
      while (!lines.get(j).equals(END)) {
        j++;
      }
      if (expected.containsKey(line)) {
        out.add(line);
        out.addAll(contentLines(expected.get(line)));
        out.add(END);
      }
      i = j;
    }
    Map<String, Block> present = read(String.join("\n", out));
    for (Map.Entry<String, String> e : expected.entrySet()) {
      if (present.containsKey(e.getKey())) {
        continue;
      }
      List<String> block = new ArrayList<>();
      block.add(headingOf.get(e.getKey()));
      block.add("");
      block.add(e.getKey());
      block.addAll(contentLines(e.getValue()));
      block.add(END);
      int at = sectionEnd(out, sectionOf.get(e.getKey()));
      out.addAll(at, block);
    }
    if (!out.get(out.size() - 1).isEmpty()) {
      out.add("");
    }
    return String.join("\n", out);
  }

  private static List<String> contentLines(String content) {
    String c = content.endsWith("\n") ? content.substring(0, content.length() - 1) : content;
    return List.of(c.split("\n", -1));
  }

  /** The index at which to add to a section: before the next {@code ## } heading or at the end. */
  private static int sectionEnd(List<String> lines, String section) {
    int start = -1;
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      if (l.equals("## " + section) || l.startsWith("## " + section + " ")) {
        start = i;
        break;
      }
    }
    if (start < 0) {
      int end = lines.size();
      while (end > 0 && lines.get(end - 1).isEmpty()) {
        end--;
      }
      lines.subList(end, lines.size()).clear();
      lines.add("");
      lines.add("## " + section);
      lines.add("");
      return lines.size();
    }
    int i = start + 1;
    while (i < lines.size() && !lines.get(i).startsWith("## ")) {
      i++;
    }
    int end = i;
    while (end > start + 1 && lines.get(end - 1).isEmpty()) {
      end--;
    }
    lines.add(end, "");
    return end + 1;
  }
}
