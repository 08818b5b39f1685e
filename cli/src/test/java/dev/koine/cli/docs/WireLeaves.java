package dev.koine.cli.docs;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.koine.hl7v2.V2Component;
import dev.koine.hl7v2.V2Message;
import dev.koine.hl7v2.V2Repetition;
import dev.koine.hl7v2.V2Segment;
import dev.koine.hl7v2.V2SubComponent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An encoded message flattened to its leaves, with the array indices dropped: for each normalised
 * path, the sorted values found there and the profiles of the resources holding it. FHIR paths
 * start at the resource type ({@code Patient.name.family}); a Bundle's own entry fields name the
 * entry's resource type ({@code Bundle.entry(Patient).fullUrl}); a Bundle inside a Bundle is named
 * by its type ({@code Bundle(document).type}). HL7 v2 paths are {@code SEG-field.component}, with
 * {@code .subcomponent} added after the first.
 *
 * @param values per path, the values found there, sorted
 * @param profiles per path, the short names of the {@code meta.profile} of the resources holding it
 */
public record WireLeaves(Map<String, List<String>> values, Map<String, TreeSet<String>> profiles) {
  private static final JsonFactory JSON = new JsonFactory();

  /** The paths whose values differ between this encoding and another. */
  public TreeSet<String> differences(WireLeaves other) {
    TreeSet<String> out = new TreeSet<>();
    for (Map.Entry<String, List<String>> e : values.entrySet()) {
      if (!e.getValue().equals(other.values.get(e.getKey()))) {
        out.add(e.getKey());
      }
    }
    for (String path : other.values.keySet()) {
      if (!values.containsKey(path)) {
        out.add(path);
      }
    }
    return out;
  }

  /** The profiles of a path in this encoding or, when it has none, in the other. */
  public TreeSet<String> profiles(String path, WireLeaves other) {
    TreeSet<String> p = profiles.get(path);
    if (p == null || p.isEmpty()) {
      p = other.profiles.get(path);
    }
    return p == null ? new TreeSet<>() : p;
  }

  /** The leaves of a FHIR JSON encoding. */
  public static WireLeaves fhirJson(byte[] json) {
    Object root;
    try (JsonParser p = JSON.createParser(json)) {
      p.nextToken();
      root = read(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Builder b = new Builder();
    b.resource(root, 0);
    return b.build();
  }

  /** The leaves of an HL7 v2 (ER7) encoding. */
  public static WireLeaves hl7v2(byte[] er7) {
    V2Message m = V2Message.parse(er7);
    Builder b = new Builder();
    for (V2Segment s : m.segments()) {
      int from = 1;
      if (s.id().equals("MSH") || s.id().equals("FHS") || s.id().equals("BHS")) {
        b.add(s.id() + "-1", s.field(1).raw(), null);
        b.add(s.id() + "-2", s.field(2).raw(), null);
        from = 3;
      }
      for (int f = from; f <= s.fieldCount(); f++) {
        for (V2Repetition r : s.field(f).repetitions()) {
          for (V2Component c : r.components()) {
            for (V2SubComponent sc : c.subComponents()) {
              if (!sc.isEmpty()) {
                String path =
                    s.id()
                        + "-"
                        + f
                        + "."
                        + c.number()
                        + (sc.number() > 1 ? "." + sc.number() : "");
                b.add(path, sc.raw(), null);
              }
            }
          }
        }
      }
    }
    return b.build();
  }

  /** A JSON value as maps, lists and scalar texts. */
  private static Object read(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      Map<String, Object> map = new LinkedHashMap<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        map.put(name, read(p));
      }
      return map;
    }
    if (t == JsonToken.START_ARRAY) {
      List<Object> list = new ArrayList<>();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        list.add(read(p));
      }
      return list;
    }
    return p.getText();
  }

  private static final class Builder {
    private final Map<String, List<String>> values = new TreeMap<>();
    private final Map<String, TreeSet<String>> profiles = new TreeMap<>();

    void add(String path, String value, String profile) {
      values.computeIfAbsent(path, k -> new ArrayList<>()).add(value);
      TreeSet<String> p = profiles.computeIfAbsent(path, k -> new TreeSet<>());
      if (profile != null) {
        p.add(profile);
      }
    }

    /** A resource: its path starts again at its type. */
    void resource(Object node, int depth) {
      if (!(node instanceof Map<?, ?> map)) {
        return;
      }
      String type = String.valueOf(map.get("resourceType"));
      String name = type.equals("Bundle") && depth > 0 ? "Bundle(" + map.get("type") + ")" : type;
      String profile = profileOf(map);
      for (Map.Entry<?, ?> e : map.entrySet()) {
        String key = String.valueOf(e.getKey());
        if (key.equals("resourceType")) {
          continue;
        }
        if (type.equals("Bundle") && key.equals("entry") && e.getValue() instanceof List<?> l) {
          for (Object entry : l) {
            entry(name, entry, profile, depth);
          }
          continue;
        }
        element(name + "." + key, e.getValue(), profile, depth);
      }
    }

    private void entry(String bundle, Object entry, String profile, int depth) {
      if (!(entry instanceof Map<?, ?> map)) {
        return;
      }
      Object resource = map.get("resource");
      String type =
          resource instanceof Map<?, ?> r ? String.valueOf(r.get("resourceType")) : "none";
      for (Map.Entry<?, ?> e : map.entrySet()) {
        String key = String.valueOf(e.getKey());
        if (key.equals("resource")) {
          resource(resource, depth + 1);
        } else {
          element(bundle + ".entry(" + type + ")." + key, e.getValue(), profile, depth);
        }
      }
    }

    private void element(String path, Object value, String profile, int depth) {
      if (value instanceof List<?> list) {
        for (Object item : list) {
          element(path, item, profile, depth);
        }
      } else if (value instanceof Map<?, ?> map) {
        if (map.containsKey("resourceType")) {
          resource(map, depth + 1);
          return;
        }
        for (Map.Entry<?, ?> e : map.entrySet()) {
          element(path + "." + e.getKey(), e.getValue(), profile, depth);
        }
      } else if (value != null) {
        add(path, String.valueOf(value), profile);
      }
    }

    private static String profileOf(Map<?, ?> resource) {
      if (resource.get("meta") instanceof Map<?, ?> meta
          && meta.get("profile") instanceof List<?> list
          && !list.isEmpty()) {
        List<String> names = new ArrayList<>();
        for (Object url : list) {
          String s = String.valueOf(url);
          names.add(s.substring(s.lastIndexOf('/') + 1));
        }
        return String.join(", ", names);
      }
      return null;
    }

    WireLeaves build() {
      for (List<String> v : values.values()) {
        v.sort(null);
      }
      return new WireLeaves(values, profiles);
    }
  }
}
