package dev.koine.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The LinuxForHealth HL7 v2 to FHIR converter ({@code
 * io.github.linuxforhealth:hl7v2-fhir-converter}, {@code HL7ToFHIRConverter.convert(String)})
 * loaded from its own jars in an isolated class loader: it is built on HAPI FHIR 6.6.2 and HAPI
 * HL7v2 2.3, which cannot share a class path with Koine's HAPI FHIR 8.12.1 and HAPI HL7v2 2.6.0.
 * Its jars are copied by {@code mvn -B -q -f bench/lfh/pom.xml package} to {@code
 * bench/lfh/target/lib}; the system property {@value #LIB_PROPERTY} names another folder.
 */
public final class LfhConverter implements AutoCloseable {
  /** The system property naming the folder of the converter's jars. */
  public static final String LIB_PROPERTY = "koine.bench.lfh.lib";

  /** The default folder of the converter's jars, relative to the repository root. */
  public static final String DEFAULT_LIB = "bench/lfh/target/lib";

  private final URLClassLoader loader;
  private final Object converter;
  private final Method convert;

  /** Loads the converter from the jars in this folder. */
  public LfhConverter(Path lib) {
    List<URL> urls = new ArrayList<>();
    try (Stream<Path> files = Files.list(lib)) {
      for (Path p : (Iterable<Path>) files.sorted()::iterator) {
        if (p.getFileName().toString().endsWith(".jar")) {
          urls.add(p.toUri().toURL());
        }
      }
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the LinuxForHealth jars in " + lib, e);
    }
    if (urls.isEmpty()) {
      throw new IllegalStateException("no LinuxForHealth jars in " + lib);
    }
    loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    Thread t = Thread.currentThread();
    ClassLoader previous = t.getContextClassLoader();
    t.setContextClassLoader(loader);
    try {
      Class<?> c = loader.loadClass("io.github.linuxforhealth.hl7.HL7ToFHIRConverter");
      converter = c.getDeclaredConstructor().newInstance();
      convert = c.getMethod("convert", String.class);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot load the LinuxForHealth converter from " + lib, e);
    } finally {
      t.setContextClassLoader(previous);
    }
  }

  /** Loads the converter from {@value #LIB_PROPERTY}, or {@value #DEFAULT_LIB}. */
  public static LfhConverter fromDefaultLocation() {
    Path lib = Path.of(System.getProperty(LIB_PROPERTY, DEFAULT_LIB));
    if (!Files.isDirectory(lib)) {
      throw new IllegalStateException(
          "the LinuxForHealth converter's jars are not in "
              + lib.toAbsolutePath()
              + ": run mvn -B -q -f bench/lfh/pom.xml package (bench/run does), or set -D"
              + LIB_PROPERTY);
    }
    return new LfhConverter(lib);
  }

  /** Converts one HL7 v2 message to an R4 JSON Bundle. */
  public String convert(String hl7) {
    Thread t = Thread.currentThread();
    ClassLoader previous = t.getContextClassLoader();
    t.setContextClassLoader(loader);
    try {
      return (String) convert.invoke(converter, hl7);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException("the LinuxForHealth converter failed", cause);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    } finally {
      t.setContextClassLoader(previous);
    }
  }

  @Override
  public void close() throws IOException {
    loader.close();
  }
}
