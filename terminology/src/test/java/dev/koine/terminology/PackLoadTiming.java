package dev.koine.terminology;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * Prints how long the bundled packs take to load in a cold JVM. Run it on its own (not a test):
 *
 * <pre>
 * mvn -q -pl terminology -am test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -cp terminology/target/classes:terminology/target/test-classes:$(cat terminology/cp.txt) \
 *     dev.koine.terminology.PackLoadTiming
 * </pre>
 */
public final class PackLoadTiming {
  private PackLoadTiming() {}

  /** Prints the index and full-load times. */
  public static void main(String[] args) {
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long c0 = cpu.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    Terminology t = Terminology.bundled();
    t.codeSystemUrls();
    long t1 = System.nanoTime();
    boolean found = t.lookup("http://hl7.org/fhir/administrative-gender", "female").isPresent();
    long t2 = System.nanoTime();
    int n = t.loadAll();
    long t3 = System.nanoTime();
    long c3 = cpu.getCurrentThreadCpuTime();
    System.out.printf(
        Locale.ROOT,
        "index %.1f ms; first lookup %.1f ms (%s); all %d resources %.1f ms; cold total %.1f ms"
            + " wall, %.1f ms CPU of the loading thread%n",
        (t1 - t0) / 1e6,
        (t2 - t1) / 1e6,
        found,
        n,
        (t3 - t2) / 1e6,
        (t3 - t0) / 1e6,
        (c3 - c0) / 1e6);
  }
}
