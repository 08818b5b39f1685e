// A/B harness: two builds of Koine (shaded koine.jar files) in isolated class loaders, alternated in
// short bursts in one JVM, median time per operation of each and of their ratio. Robust to a busy
// machine where JMH is not. Usage:
//   java bench/tools/AB.java OLD.jar NEW.jar INPUT dec|enc|v2dec|v2fhir ROUNDS
// (dec/enc: a FHIR JSON input; v2dec/v2fhir: an HL7 v2 input). Not part of the build.
import java.lang.reflect.*;
import java.net.*;
import java.nio.file.*;
import java.util.*;
/** A/B: two koine jars in isolated class loaders, alternated in short bursts; per-op medians. */
public class AB {
  interface Op { void run() throws Exception; }
  static Op op(String jar, byte[] in, String mode) throws Exception {
    ClassLoader cl = new URLClassLoader(new URL[] {Path.of(jar).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
    Class<?> wf = cl.loadClass("dev.koine.core.codec.WireFormat");
    Object r4json = Enum.valueOf((Class) wf, "FHIR_R4_JSON");
    Object hl7 = Enum.valueOf((Class) wf, "HL7V2");
    Object fhir = cl.loadClass("dev.koine.fhir.FhirCodec").getConstructor().newInstance();
    Class<?> mc = cl.loadClass("dev.koine.core.codec.MessageCodec");
    Method decode = mc.getMethod("decode", byte[].class, wf);
    Method decode1 = fhir.getClass().getMethod("decode", byte[].class);
    Method encode = mc.getMethod("encode", cl.loadClass("dev.koine.core.message.Message"), wf);
    Method value = cl.loadClass("dev.koine.core.codec.Decoded").getMethod("value");
    switch (mode) {
      case "dec": return () -> decode1.invoke(fhir, in);
      case "enc": { Object m = value.invoke(decode1.invoke(fhir, in)); return () -> encode.invoke(fhir, m, r4json); }
      case "v2dec": { Object v2 = cl.loadClass("dev.koine.hl7v2.Hl7v2Codec").getConstructor().newInstance(); return () -> decode.invoke(v2, in, hl7); }
      case "v2fhir": { Object v2 = cl.loadClass("dev.koine.hl7v2.Hl7v2Codec").getConstructor().newInstance();
        return () -> encode.invoke(fhir, value.invoke(decode.invoke(v2, in, hl7)), r4json); }
      default: throw new IllegalArgumentException(mode);
    }
  }
  static double burst(Op o, long nanos) throws Exception {
    long end = System.nanoTime() + nanos; long n = 0; long t0 = System.nanoTime();
    while (System.nanoTime() < end) { o.run(); n++; }
    return (System.nanoTime() - t0) / 1e3 / n;
  }
  public static void main(String[] a) throws Exception {
    byte[] in = Files.readAllBytes(Path.of(a[2]));
    Op A = op(a[0], in, a[3]), B = op(a[1], in, a[3]);
    int rounds = Integer.parseInt(a[4]);
    for (int i = 0; i < 10; i++) { burst(A, 300_000_000L); burst(B, 300_000_000L); }
    double[] ra = new double[rounds], rb = new double[rounds];
    for (int i = 0; i < rounds; i++) { ra[i] = burst(A, 50_000_000L); rb[i] = burst(B, 50_000_000L); }
    double[] ratio = new double[rounds];
    for (int i = 0; i < rounds; i++) ratio[i] = ra[i] / rb[i];
    Arrays.sort(ra); Arrays.sort(rb); Arrays.sort(ratio);
    System.out.printf("%s: A median %.2f us (min %.2f), B median %.2f us (min %.2f); A/B median %.2fx%n", a[3], ra[rounds/2], ra[0], rb[rounds/2], rb[0], ratio[rounds/2]);
  }
}
