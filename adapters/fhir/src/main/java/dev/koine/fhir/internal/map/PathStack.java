package dev.koine.fhir.internal.map;

import java.util.Arrays;

/**
 * A path being walked, as a stack of names and repetition indexes: a push is two array stores, and
 * the path text ({@code Bundle.entry[2].resource.code}, {@code
 * message.payload.identifiers[0].type}) is made only when something is reported at it. A frame
 * holds a name, an index (-1: none), or both ({@code entry[2]}); a frame with only an index is
 * printed after the one before ({@code [0]}).
 */
class PathStack {
  private String[] names = new String[16];
  private int[] indexes = new int[16];
  private int depth;

  /** Enters a name ({@code index} -1), a list element ({@code name} null), or both. */
  final void push(String name, int index) {
    if (depth == names.length) {
      names = Arrays.copyOf(names, depth * 2);
      indexes = Arrays.copyOf(indexes, depth * 2);
    }
    names[depth] = name;
    indexes[depth++] = index;
  }

  /** Sets the repetition index of the frame on top. */
  final void index(int index) {
    indexes[depth - 1] = index;
  }

  final void pop() {
    depth--;
  }

  @Override
  public final String toString() {
    StringBuilder sb = new StringBuilder(64);
    for (int i = 0; i < depth; i++) {
      if (names[i] != null) {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(names[i]);
      }
      if (indexes[i] >= 0) {
        sb.append('[').append(indexes[i]).append(']');
      }
    }
    return sb.toString();
  }
}
