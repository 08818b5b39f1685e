package dev.koine.core.internal;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Precondition helpers shared by the model's canonical constructors. Not API. */
public final class Checks {
  private Checks() {}

  /** Throws {@link IllegalArgumentException} with a message formatted in {@link Locale#ROOT}. */
  public static void require(boolean condition, String template, Object... args) {
    if (!condition) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, template, args));
    }
  }

  // The fixed-arity overloads below are what the model's constructors call on every value: they
  // format the same message as the varargs form, but allocate nothing unless the check fails.

  /** {@link #require(boolean, String, Object...)} with no argument. */
  public static void require(boolean condition, String template) {
    if (!condition) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, template));
    }
  }

  /** {@link #require(boolean, String, Object...)} with one argument. */
  public static void require(boolean condition, String template, Object arg) {
    if (!condition) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, template, arg));
    }
  }

  /** {@link #require(boolean, String, Object...)} with one int argument. */
  public static void require(boolean condition, String template, int arg) {
    if (!condition) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, template, arg));
    }
  }

  /**
   * Requires a non-null value, naming the component in the message (a {@link NullPointerException},
   * as {@link Objects#requireNonNull(Object, String)} throws; the message is built only on
   * failure).
   */
  public static <T> T notNull(T value, String name) {
    if (value == null) {
      throw new NullPointerException(name + " must not be null");
    }
    return value;
  }

  /** Requires a non-blank string, naming the component (never the value) in the message. */
  public static String notBlank(String value, String name) {
    notNull(value, name);
    require(!value.isBlank(), "%s must not be blank", name);
    return value;
  }

  /** Null or non-blank: an absent optional string is {@code null}, never {@code ""}. */
  public static @Nullable String optionalText(@Nullable String value, String name) {
    require(value == null || !value.isBlank(), "%s must be absent (null) or non-blank", name);
    return value;
  }

  /** An immutable copy of the list; {@code null} becomes empty; null elements are refused. */
  public static <T> List<T> list(@Nullable List<T> values, String name) {
    if (values == null || values.isEmpty()) {
      // most list components of a model record are empty: no copy (List.copyOf of an empty
      // builder list still made an array and went through the copying path)
      return List.of();
    }
    try {
      // List.copyOf refuses null elements itself and returns an immutable list as it is: one pass
      // (none for a list already copied) and no iterator, where a checking loop first cost both
      return List.copyOf(values);
    } catch (NullPointerException e) {
      throw new NullPointerException("element of " + name + " must not be null");
    }
  }
}
