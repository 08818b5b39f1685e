package dev.koine.testkit;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Reflection over records for the generic properties: components, copies, deep walks. */
final class Graph {
  private Graph() {}

  /** The component values of a record, in declaration order. */
  static List<Object> components(Record r) {
    List<Object> values = new ArrayList<>();
    for (RecordComponent c : r.getClass().getRecordComponents()) {
      try {
        values.add(c.getAccessor().invoke(r));
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new AssertionError("cannot read " + c.getName(), e);
      }
    }
    return values;
  }

  /** The names of a record's components. */
  static List<String> componentNames(Class<?> type) {
    List<String> names = new ArrayList<>();
    for (RecordComponent c : type.getRecordComponents()) {
      names.add(c.getName());
    }
    return names;
  }

  /** A new record of the same type built by the canonical constructor from these values. */
  static Record construct(Class<?> type, List<Object> values) {
    RecordComponent[] rc = type.getRecordComponents();
    Class<?>[] types = new Class<?>[rc.length];
    for (int i = 0; i < rc.length; i++) {
      types[i] = rc[i].getType();
    }
    try {
      Constructor<?> c = type.getDeclaredConstructor(types);
      return (Record) c.newInstance(values.toArray());
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new AssertionError(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("no canonical constructor for " + type.getSimpleName(), e);
    }
  }

  /** A copy of {@code r} with component {@code index} replaced. */
  static Record with(Record r, int index, Object value) {
    List<Object> values = components(r);
    values.set(index, value);
    return construct(r.getClass(), values);
  }

  /** Calls {@code visit} on every object reachable through record components and collections. */
  static void walk(Object root, Consumer<Object> visit) {
    walk(root, visit, new IdentityHashMap<>());
  }

  private static void walk(Object o, Consumer<Object> visit, Map<Object, Boolean> seen) {
    if (o == null || seen.put(o, Boolean.TRUE) != null) {
      return;
    }
    visit.accept(o);
    if (o instanceof Record r) {
      for (Object c : components(r)) {
        walk(c, visit, seen);
      }
    } else if (o instanceof Collection<?> c) {
      for (Object e : c) {
        walk(e, visit, seen);
      }
    }
  }

  /** Invokes a public no-argument method by name. */
  static Object call(Object target, String method) {
    try {
      return target.getClass().getMethod(method).invoke(target);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new AssertionError(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(
          "no method " + method + " on " + target.getClass().getSimpleName(), e);
    }
  }
}
