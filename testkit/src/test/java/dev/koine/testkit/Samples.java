package dev.koine.testkit;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;

/** The public arbitraries of the testkit, by the type they generate, found by reflection. */
final class Samples {
  private Samples() {}

  /** Every public static no-argument method of the arbitraries classes returning Arbitrary<T>. */
  static Map<Class<?>, Arbitrary<?>> byType() {
    Map<Class<?>, Arbitrary<?>> all = new LinkedHashMap<>();
    for (Class<?> holder : List.of(ModelArbitraries.class, MessageArbitraries.class)) {
      for (Method m : holder.getMethods()) {
        if (!Modifier.isStatic(m.getModifiers())
            || m.getParameterCount() != 0
            || m.getReturnType() != Arbitrary.class) {
          continue;
        }
        Type t = m.getGenericReturnType();
        if (t instanceof ParameterizedType p
            && p.getActualTypeArguments()[0] instanceof Class<?> c) {
          try {
            all.putIfAbsent(c, (Arbitrary<?>) m.invoke(null));
          } catch (ReflectiveOperationException e) {
            throw new AssertionError(m.getName(), e);
          }
        }
      }
    }
    return all;
  }

  /** The arbitraries of the record types, keyed by type. */
  static Map<Class<?>, Arbitrary<?>> records() {
    Map<Class<?>, Arbitrary<?>> out = new LinkedHashMap<>();
    byType()
        .forEach(
            (type, arbitrary) -> {
              if (type.isRecord() && type.getPackageName().startsWith("dev.koine.core")) {
                out.put(type, arbitrary);
              }
            });
    return out;
  }

  /** The arbitraries of the types that have {@code toBuilder()}. */
  static Map<Class<?>, Arbitrary<?>> builderBearing() {
    Map<Class<?>, Arbitrary<?>> out = new LinkedHashMap<>();
    records()
        .forEach(
            (type, arbitrary) -> {
              try {
                type.getMethod("toBuilder");
                out.put(type, arbitrary);
              } catch (NoSuchMethodException e) {
                // no builder
              }
            });
    return out;
  }

  /** The values of a map as a list of wildcard arbitraries. */
  static List<Arbitrary<?>> list(Map<Class<?>, Arbitrary<?>> map) {
    return new ArrayList<>(map.values());
  }
}
