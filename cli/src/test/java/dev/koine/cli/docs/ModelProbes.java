package dev.koine.cli.docs;

import dev.koine.core.code.Coding;
import dev.koine.core.message.Message;
import dev.koine.core.model.Bytes;
import dev.koine.core.time.PartialDateTime;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Walks a model value by reflection over its record components and makes, for every leaf that has a
 * value, copies of the whole message with only that leaf changed (another string, the next enum
 * constant, +1, a later year) or, where no change is accepted, with the leaf dropped. Copies are
 * built through the canonical constructors, so a change a constructor refuses is never probed.
 */
public final class ModelProbes {
  private ModelProbes() {}

  /**
   * One model leaf of the example and the ways it can be changed.
   *
   * @param path the model path, e.g. {@code LabReport.reports[].code.codings[].code}
   * @param candidates copies of the whole message with the leaf changed, best first; empty when
   *     every change was refused by a constructor
   * @param codeSystem the system of the Coding whose {@code code} this leaf is, or null
   */
  public record Probe(String path, List<Message> candidates, String codeSystem) {}

  /** A leaf below some value: its path and the copies of that value with the leaf changed. */
  private record Variant(String path, List<Object> candidates, String codeSystem) {}

  /** The probes of every leaf with a value: envelope leaves first, then the payload's. */
  public static List<Probe> of(Message message) {
    List<Probe> probes = new ArrayList<>();
    for (Variant v : variants(message.envelope(), "Envelope", null)) {
      List<Message> copies = new ArrayList<>();
      for (Object c : v.candidates()) {
        copies.add(Message.of((dev.koine.core.message.Envelope) c, message.payload()));
      }
      probes.add(new Probe(v.path(), copies, v.codeSystem()));
    }
    for (Variant v : variants(message.payload(), message.payload().typeName(), null)) {
      List<Message> copies = new ArrayList<>();
      for (Object c : v.candidates()) {
        copies.add(Message.of(message.envelope(), (dev.koine.core.message.Payload) c));
      }
      probes.add(new Probe(v.path(), copies, v.codeSystem()));
    }
    return probes;
  }

  private static List<Variant> variants(Object value, String path, String codeSystem) {
    if (value == null) {
      return List.of();
    }
    if (value instanceof List<?> list) {
      if (list.isEmpty()) {
        return List.of();
      }
      List<Variant> out = new ArrayList<>();
      for (Variant v : variants(list.get(0), path + "[]", codeSystem)) {
        List<Object> copies = new ArrayList<>();
        for (Object c : v.candidates()) {
          List<Object> copy = new ArrayList<>(list);
          if (c == null) {
            copy.remove(0);
          } else {
            copy.set(0, c);
          }
          copies.add(copy);
        }
        out.add(new Variant(v.path(), copies, v.codeSystem()));
      }
      return out;
    }
    if (value.getClass().isRecord() && !(value instanceof PartialDateTime)) {
      return recordVariants(value, path);
    }
    return List.of(new Variant(path, leafCandidates(value), codeSystem));
  }

  private static List<Variant> recordVariants(Object value, String path) {
    RecordComponent[] components = value.getClass().getRecordComponents();
    Object[] args = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      args[i] = get(components[i], value);
    }
    List<Variant> out = new ArrayList<>();
    for (int i = 0; i < components.length; i++) {
      String name = components[i].getName();
      String system =
          value instanceof Coding coding && name.equals("code") ? coding.system() : null;
      for (Variant v : variants(args[i], path + "." + name, system)) {
        List<Object> copies = new ArrayList<>();
        for (Object c : v.candidates()) {
          Object[] changed = args.clone();
          changed[i] = c;
          Object copy = construct(value.getClass(), components, changed);
          if (copy != null) {
            copies.add(copy);
          }
        }
        out.add(new Variant(v.path(), copies, v.codeSystem()));
      }
    }
    return out;
  }

  /** Changed values of a leaf, best first; null (dropped) last. */
  private static List<Object> leafCandidates(Object value) {
    List<Object> out = new ArrayList<>();
    if (value instanceof String s) {
      out.add(changed(s));
    } else if (value instanceof Boolean b) {
      out.add(!b);
    } else if (value instanceof Integer n) {
      out.add(n + 1);
    } else if (value instanceof Long n) {
      out.add(n + 1);
    } else if (value instanceof BigDecimal n) {
      out.add(n.add(BigDecimal.ONE));
    } else if (value instanceof Enum<?> e) {
      Object[] constants = e.getDeclaringClass().getEnumConstants();
      out.add(constants[(e.ordinal() + 1) % constants.length]);
    } else if (value instanceof Bytes b) {
      byte[] data = Arrays.copyOf(b.toArray(), b.size() + 1);
      data[data.length - 1] = (byte) 'x';
      out.add(Bytes.of(data));
    } else if (value instanceof PartialDateTime t) {
      for (int years : new int[] {1, 4}) {
        Object later = withYear(t, t.year() + years);
        if (later != null) {
          out.add(later);
          break;
        }
      }
    }
    out.add(null);
    return out;
  }

  /** Another string of the same shape: a character added before a closing tag, else at the end. */
  private static String changed(String s) {
    int close = s.lastIndexOf("</");
    if (close > 0 && s.endsWith(">")) {
      return s.substring(0, close) + "x" + s.substring(close);
    }
    if (s.equals(s.toUpperCase(java.util.Locale.ROOT)) && !s.isEmpty()) {
      return s + "X";
    }
    return s + "x";
  }

  private static Object withYear(PartialDateTime t, int year) {
    RecordComponent[] components = PartialDateTime.class.getRecordComponents();
    Object[] args = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      args[i] = components[i].getName().equals("year") ? year : get(components[i], t);
    }
    return construct(PartialDateTime.class, components, args);
  }

  private static Object get(RecordComponent component, Object record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + component.getName(), e);
    }
  }

  /** A new record of these component values, or null when the constructor refuses them. */
  private static Object construct(Class<?> type, RecordComponent[] components, Object[] args) {
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      if (types[i].isPrimitive() && args[i] == null) {
        return null;
      }
    }
    try {
      Constructor<?> c = type.getDeclaredConstructor(types);
      c.setAccessible(true);
      return c.newInstance(args);
    } catch (InvocationTargetException refused) {
      return null;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("no canonical constructor of " + type.getName(), e);
    }
  }
}
