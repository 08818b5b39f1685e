package dev.koine.hl7v2.internal;

import dev.koine.core.code.CodeSystems;
import dev.koine.core.code.Coding;
import dev.koine.core.code.Concept;
import dev.koine.core.message.AckIssue;
import dev.koine.core.message.AckStatus;
import dev.koine.core.message.AckType;
import dev.koine.core.message.Acknowledgement;
import dev.koine.core.message.Correlation;
import dev.koine.core.message.Envelope;
import dev.koine.hl7v2.V2Segment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** ACK (MSA, ERR) to and from {@link Acknowledgement}. */
public final class Ack {
  private Ack() {}

  static final String[][] SEVERITY = {
    {"error", "E"}, {"warning", "W"}, {"information", "I"}, {"fatal", "F"}
  };

  /** Reads an ACK. */
  public static Acknowledgement read(V2In in) {
    Acknowledgement.Builder b = Acknowledgement.builder();
    Optional<V2Segment> msa = in.first("MSA");
    String code = msa.map(s -> in.get(s, 1)).orElse(null);
    b.type(code != null && code.startsWith("C") ? AckType.INFRASTRUCTURE : AckType.BUSINESS);
    b.status(status(code));
    if (code != null) {
      b.responseCode(Coding.of(CodeSystems.V2_ACK_CODE, code));
    }
    msa.ifPresent(s -> b.text(in.get(s, 3)));
    List<AckIssue> issues = new ArrayList<>();
    for (V2Segment err : in.all("ERR")) {
      Concept details = Types.concept(in, err, 3, 1, CodeSystems.V2_ERROR_CODE);
      String severity = Types.fromTable(SEVERITY, in.peek(err, 4, 1, 1));
      if (severity != null) {
        in.get(err, 4);
      }
      issues.add(
          new AckIssue(
              severity == null ? "error" : severity, null, details, in.get(err, 8), List.of()));
    }
    return b.issues(issues).build();
  }

  private static AckStatus status(String code) {
    if (code == null) {
      return AckStatus.OK;
    }
    return switch (code) {
      case "AE", "CE" -> AckStatus.TRANSIENT_ERROR;
      case "AR", "CR" -> AckStatus.FATAL_ERROR;
      default -> AckStatus.OK;
    };
  }

  /** Adds MSA-2 as {@code correlation.inReplyTo}. */
  public static Envelope correlation(V2In in, Envelope e) {
    Optional<V2Segment> msa = in.first("MSA");
    String id = msa.map(s -> in.get(s, 2)).orElse(null);
    return id == null ? e : e.toBuilder().correlation(new Correlation(id, null)).build();
  }

  /** Writes MSA and ERR (after MSH). */
  public static void write(V2Out out, Envelope e, Acknowledgement a) {
    String code =
        a.responseCode() != null
                && a.responseCode().code() != null
                && CodeSystems.V2_ACK_CODE.equals(a.responseCode().system())
            // MSA-1 is table 0008: a response code of another system (a FHIR reply's "ok")
            // gives way to the status, and the difference is a reported loss
            ? a.responseCode().code()
            : (a.type() == AckType.INFRASTRUCTURE ? "C" : "A")
                + switch (a.status()) {
                  case OK -> "A";
                  case TRANSIENT_ERROR -> "E";
                  case FATAL_ERROR -> "R";
                };
    V2Out.Seg msa = out.segment("MSA").set(1, code);
    if (e.correlation() != null) {
      msa.set(2, e.correlation().inReplyTo());
    }
    msa.set(3, a.text());
    for (AckIssue issue : a.issues()) {
      V2Out.Seg err = out.segment("ERR");
      Types.concept(err, 3, 1, issue.details(), CodeSystems.V2_ERROR_CODE);
      err.set(4, Types.toTable(SEVERITY, issue.severity()));
      err.set(8, issue.diagnostics());
    }
  }
}
