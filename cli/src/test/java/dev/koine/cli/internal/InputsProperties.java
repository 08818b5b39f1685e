package dev.koine.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Splitting invariants: every record comes out once, in order, named by its position. */
class InputsProperties {
  @Property(tries = 100)
  void v2Batch_yieldsEveryMessageInOrder(@ForAll @IntRange(min = 2, max = 12) int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 1; i <= n; i++) {
      sb.append(Fixtures.adt("C" + i));
    }
    List<Inputs.Item> items = new ArrayList<>();
    Inputs.split("f.hl7", "f", sb.toString().getBytes(StandardCharsets.UTF_8), false)
        .forEachRemaining(items::add);
    assertThat(items).hasSize(n);
    for (int i = 0; i < n; i++) {
      Inputs.Input input = (Inputs.Input) items.get(i);
      assertThat(input.name()).isEqualTo("f.hl7#" + (i + 1));
      assertThat(new String(input.content(), StandardCharsets.UTF_8))
          .isEqualTo(Fixtures.adt("C" + (i + 1)));
    }
  }

  @Property(tries = 200)
  void ndjson_namesEachRecordByItsLineAndSkipsBlankLines(
      @ForAll @Size(min = 2, max = 20) List<@IntRange(min = 0, max = 2) Integer> blanksBefore,
      @ForAll boolean crlf) {
    String eol = crlf ? "\r\n" : "\n";
    StringBuilder sb = new StringBuilder();
    List<String> expected = new ArrayList<>();
    int line = 1;
    for (int i = 0; i < blanksBefore.size(); i++) {
      int blanks = i == 0 ? 0 : blanksBefore.get(i); // the first line must be a record
      for (int b = 0; b < blanks; b++) {
        sb.append("  ").append(eol);
        line++;
      }
      sb.append("{\"resourceType\":\"Bundle\",\"id\":\"r").append(i).append("\"}").append(eol);
      expected.add("x.ndjson:" + line);
      line++;
    }
    List<String> names = new ArrayList<>();
    Inputs.split("x.ndjson", "x", sb.toString().getBytes(StandardCharsets.UTF_8), false)
        .forEachRemaining(item -> names.add(item.name()));
    assertThat(names).isEqualTo(expected);
  }
}
