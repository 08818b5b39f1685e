// Where a FHIR JSON decode's time goes, in one JVM: a bare Jackson token loop (nextToken, getText),
// reading the element tree (FhirJsonReader.read) and the whole decode (FhirCodec.decode), each over
// the same bytes in 5-second rounds, microseconds per operation; with jackson-databind on the class
// path (the bench jar has it), also Jackson's own generic tree (ObjectMapper.readTree), the
// cost of a general-purpose JSON tree for comparison. Not part of the build. Usage:
//   java -cp cli/target/koine.jar bench/tools/DecodeSplit.java bench/src/main/resources/dev/koine/bench/nhse-pathology-r4.json
//   java -cp bench/target/benchmarks.jar bench/tools/DecodeSplit.java bench/src/main/resources/dev/koine/bench/nhse-pathology-r4.json
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.nio.file.Files;
import java.nio.file.Path;

/** Token loop, tree read and full decode of one FHIR JSON input, in turn. */
public class DecodeSplit {
  interface Op {
    void run() throws Exception;
  }

  static Object sink;

  static double time(Op o, int seconds) throws Exception {
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    long n = 0;
    long t0 = System.nanoTime();
    while (System.nanoTime() < end) {
      o.run();
      n++;
    }
    return (System.nanoTime() - t0) / 1e3 / n;
  }

  public static void main(String[] a) throws Exception {
    byte[] in = Files.readAllBytes(Path.of(a[0]));
    JsonFactory f = new JsonFactory();
    var reader =
        new dev.koine.fhir.internal.tree.FhirJsonReader(
            dev.koine.fhir.internal.map.FhirVersion.R4.structure(), dev.koine.fhir.Limits.defaults());
    var codec = new dev.koine.fhir.FhirCodec();
    Op tokens =
        () -> {
          try (JsonParser p = f.createParser(in)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
              if (t == JsonToken.FIELD_NAME) {
                sink = p.currentName();
              } else if (t.isScalarValue()) {
                sink = p.getText();
              }
            }
          }
        };
    Op tree = () -> sink = reader.read(in);
    Op decode = () -> sink = codec.decode(in);
    Op jacksonTree = null;
    try {
      Object mapper =
          Class.forName("com.fasterxml.jackson.databind.ObjectMapper")
              .getConstructor()
              .newInstance();
      java.lang.reflect.Method readTree = mapper.getClass().getMethod("readTree", byte[].class);
      jacksonTree = () -> sink = readTree.invoke(mapper, (Object) in);
    } catch (ClassNotFoundException noDatabind) {
      // koine.jar has jackson-core only
    }
    System.out.println("nodes: " + reader.read(in).size());
    for (int r = 0; r < 5; r++) {
      System.out.printf(
          "tokens %.2f us, tree %.2f us, decode %.2f us%s%n",
          time(tokens, 5),
          time(tree, 5),
          time(decode, 5),
          jacksonTree == null ? "" : String.format(", Jackson readTree %.2f us", time(jacksonTree, 5)));
    }
  }
}
