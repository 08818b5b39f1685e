package dev.koine.hl7v2.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The paths at which two model values differ ({@code payload.patient.identifiers[1].type}), walking
 * records and lists; anything else is compared with {@code equals}. Used to report, as encode
 * losses, exactly the model content that does not survive an encoding.
 */
public final class ModelDiff {
  private ModelDiff() {}

  /** The differing paths, under {@code root}. */
  public static List<String> diff(String root, Object a, Object b) {
    List<String> out = new ArrayList<>();
    walk(root, a, b, out);
    return out;
  }

  private static void walk(String path, Object a, Object b, List<String> out) {
    if (Objects.equals(a, b)) {
      return;
    }
    if (a == null || b == null || a.getClass() != b.getClass()) {
      out.add(path);
      return;
    }
    if (a instanceof List<?> la && b instanceof List<?> lb) {
      int n = Math.max(la.size(), lb.size());
      for (int i = 0; i < n; i++) {
        walk(
            path + "[" + i + "]",
            i < la.size() ? la.get(i) : null,
            i < lb.size() ? lb.get(i) : null,
            out);
      }
      return;
    }
    Class<?> type = a.getClass();
    if (type.isRecord()) {
      for (RecordComponent c : type.getRecordComponents()) {
        try {
          walk(path + "." + c.getName(), c.getAccessor().invoke(a), c.getAccessor().invoke(b), out);
        } catch (IllegalAccessException | InvocationTargetException e) {
          out.add(path + "." + c.getName());
        }
      }
      return;
    }
    out.add(path);
  }
}
