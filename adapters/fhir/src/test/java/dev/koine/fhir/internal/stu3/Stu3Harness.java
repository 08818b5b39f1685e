package dev.koine.fhir.internal.stu3;

import dev.koine.core.codec.Loss;
import dev.koine.core.message.Message;
import dev.koine.fhir.Limits;
import dev.koine.fhir.internal.map.Dec;
import dev.koine.fhir.internal.map.FhirVersion;
import dev.koine.fhir.internal.map.MessageBundle;
import dev.koine.fhir.internal.tree.Consumption;
import dev.koine.fhir.internal.tree.FhirJsonReader;
import dev.koine.fhir.internal.tree.FhirJsonWriter;
import dev.koine.fhir.internal.tree.FhirNode;
import dev.koine.fhir.internal.tree.FhirStructure;
import dev.koine.fhir.internal.tree.FhirTree;
import dev.koine.fhir.internal.tree.FhirXmlReader;
import dev.koine.fhir.internal.tree.FhirXmlWriter;
import java.util.ArrayList;
import java.util.List;

/** Runs the STU3 mapper through the tree readers and writers (what FhirCodec does). */
final class Stu3Harness {
  static final Stu3Mapper MAPPER = new Stu3Mapper();

  /** A decode result: the message (or null) and the unconsumed leaf paths. */
  record Result(Message message, List<String> unconsumed, int leaves) {}

  private Stu3Harness() {}

  static byte[] encode(Message m, boolean json, List<Loss> losses) {
    FhirNode bundle = MAPPER.encode(m, losses);
    FhirStructure s = FhirStructure.stu3();
    return json
        ? new FhirJsonWriter(s, false).write(bundle)
        : new FhirXmlWriter(s, false).write(bundle);
  }

  static FhirTree read(byte[] bytes, boolean json) {
    FhirStructure s = FhirStructure.stu3();
    return json
        ? new FhirJsonReader(s, Limits.defaults()).read(bytes)
        : new FhirXmlReader(s, Limits.defaults()).read(bytes);
  }

  static Result decode(byte[] bytes, boolean json) {
    FhirTree tree = read(bytes, json);
    Consumption c = tree.newConsumption();
    Dec d = new Dec(FhirVersion.STU3, c);
    Message m = MAPPER.decode(d, MessageBundle.of(tree.root()));
    d.commit();
    List<String> out = new ArrayList<>();
    for (FhirTree.Leaf l : c.unconsumedLeaves()) {
      out.add(l.path());
    }
    return new Result(m, out, tree.leafCount());
  }
}
