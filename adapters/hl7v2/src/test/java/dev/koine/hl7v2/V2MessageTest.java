package dev.koine.hl7v2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.koine.core.issue.KoineParseException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Examples of the ER7 codec's contract, one rule per test. */
class V2MessageTest {

  // An NHS ITK v2.4 style ADT^A01; every field is synthetic.
  private static final String ADT =
      "MSH|^~\\&|PAS|RX1|EPR|RX1|20240305101500||ADT^A01^ADT_A01|MSG0001|P|2.4|||AL|NE||8859/1\r"
          + "EVN|A01|20240305101500\r"
          + "PID|1||9434765919^^^NHS^NH~M123456^^^RX1^MR||SMITH^JANE^^^MS||19800101|2|||"
          + "1 HIGH ST^^LEEDS^^LS1 1AA||\"\"\r"
          + "PV1|1|I|WARD1^BED2||||C1234567^JONES^A|||300\r"
          + "OBX|1|TX|NOTE||line one\\.br\\line two||||||F\r"
          + "OBX|2|NM|8867-4^Heart rate^LN||72|/min^per minute^UCUM|||||F\r"
          + "ZU1|1|x\\F\\y\\S\\z\r";

  @Test
  void reads_values_by_path() {
    V2Message m = V2Message.parse(ADT);
    assertThat(m.get("PID-3[2].1")).isEqualTo("M123456");
    assertThat(m.get("PID-3.4")).isEqualTo("NHS");
    assertThat(m.get("PID-3[1].5")).isEqualTo("NH");
    assertThat(m.get("PID-5")).isEqualTo("SMITH");
    assertThat(m.get("PID-5.2")).isEqualTo("JANE");
    assertThat(m.get("PID-8")).isEqualTo("2");
    assertThat(m.get("OBX[2]-5")).isEqualTo("72");
    assertThat(m.get("OBX[2]-3.3")).isEqualTo("LN");
    assertThat(m.get("MSH-9.2")).isEqualTo("A01");
    assertThat(m.get("PID-99")).isEmpty();
    assertThat(m.get("NK1-2")).isEmpty();
    assertThat(m.find("PID-3[3]")).isEmpty();
    assertThat(m.find("PID-3[2].4")).contains("RX1");
    assertThat(m.getAll("PID-3.1")).containsExactly("9434765919", "M123456");
    assertThat(m.getAll("OBX-2")).containsExactly("TX", "NM");
    assertThat(m.getAll("OBX[2]-6")).containsExactly("/min");
  }

  @Test
  void convenience_accessors_read_msh() {
    V2Message m = V2Message.parse(ADT);
    assertThat(m.messageType()).isEqualTo("ADT");
    assertThat(m.triggerEvent()).isEqualTo("A01");
    assertThat(m.structure()).isEqualTo("ADT_A01");
    assertThat(m.controlId()).isEqualTo("MSG0001");
    assertThat(m.version()).isEqualTo("2.4");
    assertThat(m.segments("OBX")).hasSize(2);
    assertThat(m.segment("OBX[2]").orElseThrow().occurrence()).isEqualTo(2);
    assertThat(m.segment("NK1")).isEmpty();
  }

  @Test
  void msh_1_and_msh_2_are_not_split() {
    V2Message m = V2Message.parse(ADT);
    V2Segment msh = m.segments().get(0);
    assertThat(msh.field(1).value()).isEqualTo("|");
    assertThat(msh.field(2).raw()).isEqualTo("^~\\&");
    assertThat(msh.field(2).value()).isEqualTo("^~\\&");
    assertThat(msh.field(2).repetitions()).hasSize(1);
    assertThat(msh.field(3).value()).isEqualTo("PAS");
    assertThat(msh.fieldCount()).isEqualTo(18);
  }

  @Test
  void escapes_are_decoded_on_read_and_kept_on_the_wire() {
    V2Message m = V2Message.parse(ADT);
    assertThat(m.get("ZU1-2")).isEqualTo("x|y^z");
    assertThat(m.element("ZU1-2").orElseThrow().raw()).isEqualTo("x\\F\\y\\S\\z");
    assertThat(m.get("OBX-5")).isEqualTo("line one\\.br\\line two");
    V2Message hex = V2Message.parse("MSH|^~\\&\rNTE|1||a\\X0D0A\\b\\XE9\\c\\H\\d\r");
    assertThat(hex.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(hex.get("NTE-3")).isEqualTo("a\r\nb\\XE9\\c\\H\\d");
  }

  @Test
  void explicit_null_differs_from_empty() {
    V2Message m = V2Message.parse(ADT);
    V2Element nulled = m.element("PID-13").orElseThrow();
    assertThat(nulled.isExplicitNull()).isTrue();
    assertThat(nulled.isEmpty()).isFalse();
    assertThat(nulled.value()).isEqualTo(V2Message.EXPLICIT_NULL);
    V2Element empty = m.element("PID-12").orElseThrow();
    assertThat(empty.isEmpty()).isTrue();
    assertThat(empty.isExplicitNull()).isFalse();
  }

  @Test
  void custom_delimiters_and_the_truncation_character() {
    String text = "MSH!*%$@#!APP!!!!!!ORU*R01!1!P!2.7\rOBX!1!ST!!!a@b*c%d$P$e!!\r";
    V2Message m = V2Message.parse(text);
    assertThat(m.delimiters()).isEqualTo(new V2Delimiters('!', "*%$@#"));
    assertThat(m.delimiters().truncation()).contains('#');
    assertThat(m.get("OBX-5.1.2")).isEqualTo("b");
    assertThat(m.get("OBX-5.2")).isEqualTo("c");
    assertThat(m.get("OBX-5[2]")).isEqualTo("d#e");
    assertThat(m.messageType()).isEqualTo("ORU");
    assertThat(m.encode()).isEqualTo(text);
    V2Message edited = m.with("OBX-5[2]", "x#y!z");
    assertThat(edited.element("OBX-5[2]").orElseThrow().raw()).isEqualTo("x$P$y$F$z");
  }

  @Test
  void terminators_are_kept_per_segment() {
    String text = "MSH|^~\\&\r\nPID|1\nPV1|1\rZU1\r\n\r\n";
    V2Message m = V2Message.parse(text);
    assertThat(m.segments())
        .extracting(V2Segment::terminator)
        .containsExactly("\r\n", "\n", "\r", "\r\n\r\n");
    assertThat(m.encode()).isEqualTo(text);
    assertThat(V2Message.parse("MSH|^~\\&\rPID|1").segments().get(1).terminator()).isEmpty();
  }

  @Test
  void edits_change_only_the_element() {
    V2Message m = V2Message.parse(ADT);
    V2Message e = m.with("PID-8", "F");
    assertThat(e.get("PID-8")).isEqualTo("F");
    assertThat(e.encode()).isEqualTo(ADT.replace("|19800101|2|", "|19800101|F|"));
    assertThat(m.get("PID-8")).isEqualTo("2");
    V2Message padded = m.with("PV1-3[2].3", "B&C");
    assertThat(padded.get("PV1-3[2].3")).isEqualTo("B&C");
    assertThat(padded.element("PV1-3").orElseThrow().raw()).isEqualTo("WARD1^BED2~^^B\\T\\C");
    V2Message raw = m.withRaw("PID-13", "x^y");
    assertThat(raw.get("PID-13.2")).isEqualTo("y");
    V2Message nulled = m.withRaw("PID-8", V2Message.EXPLICIT_NULL);
    assertThat(nulled.element("PID-8").orElseThrow().isExplicitNull()).isTrue();
  }

  @Test
  void many_raw_edits_at_once_equal_the_same_edits_one_by_one() {
    V2Message m = V2Message.parse(ADT);
    // edits in one segment that build on each other, in another segment, and past the last field
    List<java.util.Map.Entry<String, String>> edits =
        List.of(
            java.util.Map.entry("PID-13", "x^y"),
            java.util.Map.entry("PID-13.3", "z&w"),
            java.util.Map.entry("PV1-3[2].3", "B\\T\\C"),
            java.util.Map.entry("PID-40[2]", "late"),
            java.util.Map.entry("PID-8", V2Message.EXPLICIT_NULL),
            java.util.Map.entry("MSH-10", "NEWID"));
    V2Message oneByOne = m;
    for (var e : edits) {
      oneByOne = oneByOne.withRaw(e.getKey(), e.getValue());
    }
    assertThat(m.withRaw(edits).encode()).isEqualTo(oneByOne.encode());
    assertThat(m.withRaw(List.of())).isSameAs(m);
    // one edit that does not fit refuses them all, as withRaw refuses it alone
    assertThatThrownBy(
            () ->
                m.withRaw(
                    List.of(
                        java.util.Map.entry("PID-13", "x"), java.util.Map.entry("PID-3", "a|b"))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> m.withRaw(List.of(java.util.Map.entry("MSH-2", "^~\\&"))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void edits_refuse_misuse() {
    V2Message m = V2Message.parse(ADT);
    assertThatThrownBy(() -> m.with("MSH-2", "^~\\&")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> m.with("NK1-2", "x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> m.with("PID", "x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> m.withRaw("PID-3[1]", "a~b"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> m.withRaw("PID-3", "a|b"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> m.withSegmentAppended("MSH|^~\\&"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> m.withSegmentAppended("ZU2|a\rPID|1"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> m.withoutSegment(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void segments_are_added_and_removed_with_their_terminators() {
    String text = "MSH|^~\\&\r\nPID|1\r\nOBX|1\r\nOBX|2";
    V2Message m = V2Message.parse(text);
    assertThat(m.withSegmentAppended("ZU1|9").encode())
        .isEqualTo("MSH|^~\\&\r\nPID|1\r\nOBX|1\r\nOBX|2\r\nZU1|9");
    assertThat(m.withSegmentInserted(1, "EVN|A01").encode())
        .isEqualTo("MSH|^~\\&\r\nEVN|A01\r\nPID|1\r\nOBX|1\r\nOBX|2");
    assertThat(m.withoutSegment("OBX[2]").encode()).isEqualTo("MSH|^~\\&\r\nPID|1\r\nOBX|1");
    assertThat(m.withoutSegment("PID").encode()).isEqualTo("MSH|^~\\&\r\nOBX|1\r\nOBX|2");
    assertThat(m.withoutSegments("OBX").encode()).isEqualTo("MSH|^~\\&\r\nPID|1");
    assertThat(m.withoutSegments("NK1")).isSameAs(m);
  }

  @Test
  void to_string_shows_structure_only() {
    V2Message m = V2Message.parse(ADT);
    assertThat(m).hasToString("V2Message[ADT^A01, 7 segments]");
    V2Segment pid = m.segments().get(2);
    assertThat(pid.toString()).isEqualTo("V2Segment[PID, 13 fields]");
    assertThat(pid.field(3).toString()).isEqualTo("V2Field[PID-3, 2 repetitions]");
    assertThat(pid.field(3).repetition(2).component(1).toString())
        .isEqualTo("V2Component[PID-3[2].1, 1 sub-components]");
    String all = m + pid.toString() + pid.fields();
    assertThat(all).doesNotContain("9434765919").doesNotContain("SMITH");
  }

  @Test
  void bad_input_is_a_located_parse_error() {
    assertThatThrownBy(() -> V2Message.parse(""))
        .isInstanceOf(KoineParseException.class)
        .hasMessageContaining("empty input");
    assertThatThrownBy(() -> V2Message.parse("PID|1\r"))
        .isInstanceOf(KoineParseException.class)
        .hasMessageContaining("does not start with an MSH segment");
    assertThatThrownBy(() -> V2Message.parse("FHS|^~\\&\r"))
        .isInstanceOf(KoineParseException.class)
        .hasMessageContaining("V2Batch");
    assertThatThrownBy(() -> V2Message.parse("MSH|^~\r"))
        .isInstanceOfSatisfying(
            KoineParseException.class,
            e -> assertThat(e.location()).isEqualTo("segment 1 (MSH), field 2"));
    assertThatThrownBy(() -> V2Message.parse("MSHA^~\\&\r"))
        .isInstanceOf(KoineParseException.class)
        .hasMessageContaining("field 1");
    assertThatThrownBy(() -> V2Message.parse("MSH|^~\\&\rPID|1\rpv1|2\r"))
        .isInstanceOfSatisfying(
            KoineParseException.class, e -> assertThat(e.location()).isEqualTo("segment 3"));
    assertThatThrownBy(() -> V2Message.parse("MSH|^~\\&\rPID|1|||||\u0001\r"))
        .isInstanceOfSatisfying(
            KoineParseException.class,
            e -> assertThat(e.location()).isEqualTo("segment 2 (PID), field 6"));
  }

  @Test
  void charset_rule_for_bytes() {
    byte[] latin1 =
        "MSH|^~\\&|||||||ADT^A01|1|P|2.4||||||8859/1\rPID|1||||MÜLLER\r"
            .getBytes(StandardCharsets.ISO_8859_1);
    V2Message declared = V2Message.parse(latin1);
    assertThat(declared.get("MSH-18")).isEqualTo("8859/1");
    assertThat(declared.charset()).isEqualTo(StandardCharsets.ISO_8859_1);
    assertThat(declared.get("PID-5")).isEqualTo("MÜLLER");
    assertThat(declared.encodeBytes()).isEqualTo(latin1);

    byte[] undeclared = "MSH|^~\\&\rPID|1||||MÜLLER\r".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(V2Message.parse(undeclared).charset()).isEqualTo(StandardCharsets.ISO_8859_1);
    assertThat(V2Message.parse(undeclared).encodeBytes()).isEqualTo(undeclared);

    byte[] utf8 = "\uFEFFMSH|^~\\&\rPID|1||||MÜLLER\r".getBytes(StandardCharsets.UTF_8);
    V2Message bom = V2Message.parse(utf8);
    assertThat(bom.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(bom.get("PID-5")).isEqualTo("MÜLLER");
    assertThat(bom.encodeBytes()).isEqualTo(utf8);

    byte[] wrong =
        ("MSH|^~\\&" + "|".repeat(16) + "UNICODE UTF-8\rPID|1||||M\u00DCLLER\r")
            .getBytes(StandardCharsets.ISO_8859_1);
    assertThat(V2Message.parse(new String(wrong, StandardCharsets.ISO_8859_1)).get("MSH-18"))
        .isEqualTo("UNICODE UTF-8");
    assertThatThrownBy(() -> V2Message.parse(wrong))
        .isInstanceOf(KoineParseException.class)
        .hasMessageContaining("MSH-18");
    assertThat(V2Message.parse(wrong, StandardCharsets.ISO_8859_1, Limits.defaults()).get("PID-5"))
        .isEqualTo("MÜLLER");
  }

  @Test
  void leaf_count_counts_non_empty_sub_components() {
    V2Message m = V2Message.parse("MSH|^~\\&|A||B\rPID|1||x^^y&&z~||\"\"\r");
    // MSH-1, MSH-2, A, B, 1, x, y, z, ""
    assertThat(m.leafCount()).isEqualTo(9);
  }

  @Test
  void the_tree_can_be_walked() {
    V2Message m = V2Message.parse(ADT);
    V2Field pid3 = m.segment("PID").orElseThrow().field(3);
    List<String> authorities =
        pid3.repetitions().stream().map(r -> r.component(4).value()).toList();
    assertThat(authorities).containsExactly("NHS", "RX1");
    assertThat(pid3.repetition(1).components()).hasSize(5);
    assertThat(pid3.repetition(1).component(1).subComponents()).hasSize(1);
    assertThat(pid3.repetition(2).path().toString()).isEqualTo("PID-3[2]");
    assertThat(pid3.repetition(2).component(4).subComponent(1).path())
        .isEqualTo(V2Path.parse("PID-3[2].4.1"));
    assertThat(m.segment("OBX[2]").orElseThrow().field(5).path().toString()).isEqualTo("OBX[2]-5");
  }
}
