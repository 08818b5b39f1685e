package dev.koine.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads command inputs: a path, or {@code -} for standard input. */
final class Inputs {
  private Inputs() {}

  /** A named input's bytes (the array is owned by the command that read it). */
  @SuppressWarnings("ArrayRecordComponent")
  record Input(String name, byte[] content) {}

  static Input read(String name, InputStream stdin) throws IOException {
    if (name.equals("-")) {
      return new Input("-", stdin.readAllBytes());
    }
    try {
      return new Input(name, Files.readAllBytes(Path.of(name)));
    } catch (NoSuchFileException e) {
      throw new IOException("no such file", e);
    }
  }
}
