package dev.koine.cli.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.koine.core.codec.Decoded;
import dev.koine.core.codec.MessageCodec;
import dev.koine.core.issue.KoineParseException;
import dev.koine.core.message.Message;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that processes each input on its own: files, directories (walked), NDJSON records and
 * HL7 v2 batch messages, read lazily. Inputs are processed on a bounded pool of {@link
 * Runtime#availableProcessors()} threads with a bounded window of inputs in flight; each input's
 * output is buffered and printed in input order, so the output does not depend on the thread count.
 * An input that cannot be read or parsed, or that meets a bug, is reported on one line of standard
 * error and the others still run. The exit code is the worst outcome: 3 for an internal error, else
 * 2 if an input could not be read or parsed, else 1 if one failed the command's check, else 0.
 */
public abstract class FileCommand implements Callable<Integer> {
  /** Threads for tests (package-private, not reachable from the command line); 0: one per core. */
  static volatile int threadsOverride;

  @Spec CommandSpec spec;

  @Mixin CommonOptions options;

  @Mixin GlobalOptions global;

  /** True if the whole run has exactly one input (set before the first input is processed). */
  boolean singleInput;

  /**
   * Processes one input, writing to the report's streams; returns {@link ExitCodes#OK} or {@link
   * ExitCodes#FAILED}. Called from several threads at once: keep no per-input state in fields.
   */
  abstract int process(Inputs.Input input, Report report) throws IOException;

  /**
   * The status words of the summary line, the first for an input that passed; the last is {@code
   * failed}. A word followed by losses in the summary is {@code lossy}.
   */
  abstract List<String> statuses();

  /**
   * Called when an input cannot be read or parsed or meets a bug: with {@code --json}, prints the
   * input's JSON line ({@code file} and {@code error}; commands add their own fields), so there is
   * one line per input.
   */
  void unreadable(String file, String reason, Report report) {
    if (options.json) {
      report
          .out()
          .println(
              Ndjson.line(
                  g -> {
                    g.writeStringField("file", file);
                    failedFields(g);
                    g.writeStringField("error", reason);
                  }));
    }
  }

  /**
   * Called in input order before an input is processed: a reason why it cannot be processed after
   * the inputs before it (e.g. its output file would overwrite an earlier one's), or null.
   */
  String clash(Inputs.Input input) {
    return null;
  }

  /** The command's own fields in the JSON line of an input that failed before its check. */
  void failedFields(JsonGenerator g) throws IOException {}

  @Override
  public final Integer call() {
    options.checkFhirVersion();
    Iterator<Inputs.Item> items = Inputs.of(options.files, System.in);
    int threads =
        threadsOverride > 0 ? threadsOverride : Runtime.getRuntime().availableProcessors();
    Map<String, Integer> counts = new LinkedHashMap<>();
    statuses().forEach(s -> counts.put(s, 0));
    int worst = ExitCodes.OK;
    int inputs = 0;
    int skipped = 0;
    long losses = 0;
    ExecutorService pool = threads > 1 ? pool(threads) : null;
    Deque<Future<Report>> window = new ArrayDeque<>();
    try (Progress progress = Progress.start(spec.name())) {
      boolean first = true;
      while (items.hasNext() || !window.isEmpty()) {
        if (items.hasNext() && window.size() < 2 * threads) {
          Inputs.Item item = items.next();
          if (first) {
            singleInput = !items.hasNext();
            first = false;
          }
          if (item instanceof Inputs.Input input) {
            String clash = clash(input);
            if (clash != null) {
              item = new Inputs.Unreadable(input.name(), clash);
            }
          }
          window.add(submit(pool, item));
          continue;
        }
        Report r = await(window.poll());
        if (progress.visible() && !r.errText().isEmpty()) {
          System.err.print("\r\u001b[K");
        }
        out().print(r.outText());
        out().flush();
        err().print(r.errText());
        err().flush();
        if (r.status() == null) {
          skipped++;
        } else {
          inputs++;
          counts.merge(r.status(), 1, Integer::sum);
          losses += r.losses();
          worst = worse(worst, r.code());
          progress.step();
        }
      }
      progress.finish();
      if (inputs + skipped == 0) {
        err().println("koine: no inputs found");
      }
      if (inputs > 1) {
        err().println(summary(inputs, counts, losses, skipped, progress.seconds()));
      }
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
    out().flush();
    return worst;
  }

  private static ExecutorService pool(int threads) {
    return new ThreadPoolExecutor(
        threads,
        threads,
        0,
        TimeUnit.MILLISECONDS,
        new ArrayBlockingQueue<>(2 * threads),
        r -> {
          Thread t = new Thread(r, "koine-worker");
          t.setDaemon(true);
          return t;
        });
  }

  private Future<Report> submit(ExecutorService pool, Inputs.Item item) {
    Callable<Report> task = () -> run(item);
    if (pool == null || !(item instanceof Inputs.Input)) {
      try {
        return CompletableFuture.completedFuture(task.call());
      } catch (Exception e) {
        return CompletableFuture.failedFuture(e);
      }
    }
    return pool.submit(task);
  }

  private static Report await(Future<Report> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }

  private String summary(
      int inputs, Map<String, Integer> counts, long losses, int skipped, double seconds) {
    StringBuilder sb = new StringBuilder("koine: ").append(inputs).append(" inputs: ");
    boolean firstWord = true;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (!firstWord) {
        sb.append(", ");
      }
      firstWord = false;
      sb.append(e.getValue()).append(' ').append(e.getKey());
      if (e.getKey().equals("lossy")) {
        sb.append(" (").append(losses).append(losses == 1 ? " loss)" : " losses)");
      }
    }
    if (skipped > 0) {
      sb.append(", ").append(skipped).append(" skipped");
    }
    return sb.append(String.format(Locale.ROOT, " in %.1f s", seconds)).toString();
  }

  /** Processes one item; never throws for a bad input or a bug met on one input. */
  private Report run(Inputs.Item item) {
    Report r = new Report();
    String failed = statuses().get(statuses().size() - 1);
    if (item instanceof Inputs.Skipped s) {
      r.err().println("koine: skipped " + s.name() + ": not a message");
    } else if (item instanceof Inputs.Unreadable u) {
      r.err().println("koine: " + u.name() + ": " + u.reason());
      unreadable(u.name(), u.reason(), r);
      r.status(failed);
      r.code(ExitCodes.USAGE);
    } else if (item instanceof Inputs.Input input) {
      try {
        r.code(process(input, r));
        if (r.status() == null) {
          r.status(r.code() == ExitCodes.OK ? statuses().get(0) : failed);
        }
      } catch (KoineParseException e) {
        r.err().println("koine: " + input.name() + ": " + e.getMessage());
        trace(e, r);
        unreadable(input.name(), e.getMessage(), r);
        r.status(failed);
        r.code(ExitCodes.USAGE);
      } catch (IOException e) {
        r.err().println("koine: " + input.name() + ": cannot write: " + e.getMessage());
        trace(e, r);
        r.status(failed);
        r.code(ExitCodes.USAGE);
      } catch (RuntimeException | StackOverflowError e) {
        r.err().println(internalError(e, input.name(), global.debug));
        trace(e, r);
        unreadable(input.name(), "internal error (a bug)", r);
        r.status(failed);
        r.code(ExitCodes.INTERNAL);
      }
    }
    return r;
  }

  /** The one line for a bug: {@code koine: internal error (a bug): Class: message (in file)}. */
  public static String internalError(Throwable e, String file, boolean debug) {
    return "koine: internal error (a bug): "
        + e.getClass().getName()
        + ": "
        + e.getMessage()
        + (file == null ? "" : " (in " + file + ")")
        + (debug ? "" : "; run again with --debug for the stack trace");
  }

  private void trace(Throwable e, Report r) {
    if (global.debug) {
      StringWriter w = new StringWriter();
      e.printStackTrace(new PrintWriter(w));
      r.err().print(w);
    }
  }

  static int worse(int a, int b) {
    if (a == ExitCodes.INTERNAL || b == ExitCodes.INTERNAL) {
      return ExitCodes.INTERNAL;
    }
    if (a == ExitCodes.USAGE || b == ExitCodes.USAGE) {
      return ExitCodes.USAGE;
    }
    return Math.max(a, b);
  }

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  MessageCodec codecFor(Inputs.Input input) {
    return Codecs.detect(
        input.content(), Codecs.hint(options.from, options.fhirVersion, input.content()));
  }

  Decoded<Message> decode(Inputs.Input input) {
    return codecFor(input)
        .decode(input.content(), Codecs.hint(options.from, options.fhirVersion, input.content()));
  }
}
