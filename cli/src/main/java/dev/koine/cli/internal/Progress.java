package dev.koine.cli.internal;

import java.io.Console;
import java.lang.reflect.Method;
import java.time.Duration;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * A progress bar on standard error (me.tongfei:progressbar), shown only when standard error is a
 * terminal and the work has already taken more than a second; never when output is piped or in
 * tests. The number of inputs is not known in advance (they are read lazily), so the bar counts.
 */
final class Progress implements AutoCloseable {
  private static final long DELAY_NANOS = Duration.ofSeconds(1).toNanos();

  private final String task;
  private final boolean terminal;
  private final long start = System.nanoTime();
  private long done;
  private ProgressBar bar;

  private Progress(String task, boolean terminal) {
    this.task = task;
    this.terminal = terminal;
  }

  /** A progress for this task; shown only if {@code System.console()} is a terminal. */
  static Progress start(String task) {
    return new Progress(task, terminal());
  }

  /**
   * True if the JVM has a console: {@code System.console() != null}, and on JDK 22 and later (where
   * a console is always present) also {@code Console.isTerminal()}, called reflectively as Java 17
   * lacks it.
   */
  @SuppressWarnings("SystemConsoleNull") // handled: isTerminal() is asked where it exists
  private static boolean terminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return Boolean.TRUE.equals(isTerminal.invoke(console));
    } catch (NoSuchMethodException e) {
      return true; // JDK 17 to 21: a console means a terminal
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
  }

  /** True while the bar is drawn (other standard error text then starts on a clean line). */
  boolean visible() {
    return bar != null;
  }

  /** One more input done. */
  void step() {
    done++;
    if (bar != null) {
      bar.step();
      return;
    }
    long elapsed = System.nanoTime() - start;
    if (terminal && elapsed > DELAY_NANOS) {
      bar =
          new ProgressBarBuilder()
              .setTaskName(task)
              .setInitialMax(-1)
              .setConsumer(new ConsoleProgressBarConsumer(System.err))
              .setUpdateIntervalMillis(200)
              .showSpeed()
              .startsFrom(done, Duration.ofNanos(elapsed))
              .clearDisplayOnFinish()
              .build();
    }
  }

  /** Seconds since the start. */
  double seconds() {
    return (System.nanoTime() - start) / 1e9;
  }

  @Override
  public void close() {
    finish();
  }

  /** Removes the bar (before the summary line). */
  void finish() {
    if (bar != null) {
      bar.close();
      bar = null;
    }
  }
}
