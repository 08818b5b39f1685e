package dev.koine.core.validation;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;

/**
 * Walks a model value depth-first, calling a visitor with every record reached and its path ({@code
 * payload.related.organisations[0].identifiers[1]}). Records, lists and the sealed value variants
 * are followed; strings, numbers, enums and {@code Bytes} are leaves. Not API.
 */
final class ModelWalker {
  private ModelWalker() {}

  /** What to do with each record reached. */
  interface Visitor {
    void visit(Record value, String path);
  }

  static void walk(Object value, String path, Visitor visitor) {
    if (value instanceof Record record) {
      visitor.visit(record, path);
      for (RecordComponent component : record.getClass().getRecordComponents()) {
        Object child = read(component, record);
        if (child != null) {
          walk(
              child,
              path.isEmpty() ? component.getName() : path + "." + component.getName(),
              visitor);
        }
      }
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        walk(list.get(i), path + "[" + i + "]", visitor);
      }
    }
  }

  private static Object read(RecordComponent component, Record record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException(
          "cannot read record component "
              + component.getName()
              + " of "
              + record.getClass().getSimpleName(),
          e);
    }
  }
}
