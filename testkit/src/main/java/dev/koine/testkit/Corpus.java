package dev.koine.testkit;

import dev.koine.core.model.Bytes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Iterates the files of a classpath folder, for example-based tests over a corpus of real messages:
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> decodesEveryBarsExample() {
 *   return Corpus.files("corpus/bars-api", "json")
 *       .map(f -> DynamicTest.dynamicTest(f.name(), () -> decode(f.text())));
 * }
 * }</pre>
 *
 * <p>Works whether the folder is a directory (tests run from {@code target/test-classes}) or inside
 * a jar (a corpus published as a test jar), and merges the folder from every classpath entry that
 * has it. Sub-folders are included. Files whose name starts with {@code _} (provenance notes such
 * as {@code _SOURCE.txt} and {@code _LICENSE.txt}) are skipped. The files are read when listed
 * (corpus folders are small) and come sorted by name, so dynamic tests have a stable order.
 */
public final class Corpus {
  private Corpus() {}

  /**
   * One corpus file.
   *
   * @param name the path below the corpus folder, with {@code /} separators ({@code
   *     OperationOutcome/SEND/401.json})
   * @param resource the classpath resource name ({@code corpus/bars-api/OperationOutcome/...})
   * @param content the bytes of the file
   */
  public record Entry(String name, String resource, Bytes content) {
    public Entry {
      Objects.requireNonNull(name, "name must not be null");
      Objects.requireNonNull(resource, "resource must not be null");
      Objects.requireNonNull(content, "content must not be null");
    }

    /** A copy of the bytes. */
    public byte[] bytes() {
      return content.toArray();
    }

    /** The content decoded as UTF-8. */
    public String text() {
      return new String(content.toArray(), StandardCharsets.UTF_8);
    }

    /** The content as a fresh input stream. */
    public InputStream stream() {
      return new ByteArrayInputStream(content.toArray());
    }

    /** The file name's extension in lower case ({@code json}), or {@code ""}. */
    public String extension() {
      int slash = name.lastIndexOf('/');
      int dot = name.lastIndexOf('.');
      return dot > slash ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }

    /** The name: handy as a dynamic test's display name. */
    @Override
    public String toString() {
      return name;
    }
  }

  /**
   * The files with the given extension (without the dot, any case) in a classpath folder and its
   * sub-folders, looked up through the context class loader (or this class's loader).
   *
   * @param folder the classpath folder, e.g. {@code corpus/bars-api}
   * @param extension the extension to keep ({@code json}); {@code null} or empty for every file
   * @throws IllegalArgumentException if no classpath entry has the folder
   * @throws UncheckedIOException if a file cannot be read
   */
  public static Stream<Entry> files(String folder, String extension) {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    return files(loader == null ? Corpus.class.getClassLoader() : loader, folder, extension);
  }

  /** Every file of a classpath folder and its sub-folders (see {@link #files(String, String)}). */
  public static Stream<Entry> files(String folder) {
    return files(folder, null);
  }

  /** As {@link #files(String, String)}, through the given class loader. */
  public static Stream<Entry> files(ClassLoader loader, String folder, String extension) {
    Objects.requireNonNull(loader, "loader must not be null");
    Objects.requireNonNull(folder, "folder must not be null");
    String base = trimSlashes(folder);
    String suffix =
        extension == null || extension.isEmpty()
            ? null
            : "." + trimDot(extension).toLowerCase(Locale.ROOT);
    List<Entry> found = new ArrayList<>();
    boolean seen = false;
    try {
      Enumeration<URL> roots = loader.getResources(base);
      while (roots.hasMoreElements()) {
        seen = true;
        collect(roots.nextElement(), base, suffix, found);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list classpath folder " + base, e);
    }
    if (!seen) {
      throw new IllegalArgumentException("no classpath folder " + base);
    }
    found.sort(Comparator.comparing(Entry::name).thenComparing(Entry::resource));
    return found.stream();
  }

  private static String trimSlashes(String folder) {
    String f = folder;
    while (f.startsWith("/")) {
      f = f.substring(1);
    }
    while (f.endsWith("/")) {
      f = f.substring(0, f.length() - 1);
    }
    return f;
  }

  private static String trimDot(String extension) {
    return extension.startsWith(".") ? extension.substring(1) : extension;
  }

  private static boolean keep(String name, String suffix) {
    String simple = name.substring(name.lastIndexOf('/') + 1);
    if (simple.isEmpty() || simple.startsWith("_")) {
      return false;
    }
    return suffix == null || simple.toLowerCase(Locale.ROOT).endsWith(suffix);
  }

  private static void collect(URL root, String base, String suffix, List<Entry> out)
      throws IOException {
    switch (root.getProtocol()) {
      case "file" -> collectDirectory(toPath(root), base, suffix, out);
      case "jar" -> collectJar(root, base, suffix, out);
      default ->
          throw new IllegalArgumentException(
              "classpath folder " + base + " is neither a directory nor in a jar");
    }
  }

  private static Path toPath(URL url) {
    try {
      return Paths.get(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("classpath URL is not a valid URI", e);
    }
  }

  private static void collectDirectory(Path dir, String base, String suffix, List<Entry> out)
      throws IOException {
    List<Path> paths;
    try (Stream<Path> walk = Files.walk(dir)) {
      paths = walk.filter(Files::isRegularFile).toList();
    }
    for (Path p : paths) {
      String name = dir.relativize(p).toString().replace(java.io.File.separatorChar, '/');
      if (keep(name, suffix)) {
        out.add(new Entry(name, base + "/" + name, Bytes.of(Files.readAllBytes(p))));
      }
    }
  }

  private static void collectJar(URL root, String base, String suffix, List<Entry> out)
      throws IOException {
    URLConnection connection = root.openConnection();
    if (!(connection instanceof JarURLConnection jarConnection)) {
      throw new IllegalArgumentException("classpath folder " + base + " is not in a readable jar");
    }
    jarConnection.setUseCaches(false);
    String prefix = base + "/";
    try (JarFile jar = jarConnection.getJarFile()) {
      Enumeration<JarEntry> entries = jar.entries();
      while (entries.hasMoreElements()) {
        JarEntry entry = entries.nextElement();
        String entryName = entry.getName();
        if (entry.isDirectory() || !entryName.startsWith(prefix)) {
          continue;
        }
        String name = entryName.substring(prefix.length());
        if (keep(name, suffix)) {
          try (InputStream in = jar.getInputStream(entry)) {
            out.add(new Entry(name, entryName, Bytes.of(in.readAllBytes())));
          }
        }
      }
    }
  }
}
