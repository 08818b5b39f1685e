package dev.koine.fhir.internal.r4;

import dev.koine.core.code.CodeSystems;
import dev.koine.core.code.Coding;
import dev.koine.core.codec.Loss;
import dev.koine.core.message.AckIssue;
import dev.koine.core.message.AckStatus;
import dev.koine.core.message.AckType;
import dev.koine.core.message.Acknowledgement;
import dev.koine.core.message.Envelope;
import dev.koine.core.message.Message;
import dev.koine.fhir.internal.map.Datatypes;
import dev.koine.fhir.internal.map.Dec;
import dev.koine.fhir.internal.map.Enc;
import dev.koine.fhir.internal.map.MessageBundle;
import dev.koine.fhir.internal.tree.FhirNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * R4 Acknowledgement Framework and BaRS replies, as {@code Replies} builds them: {@code
 * MessageHeader.response} (identifier = the envelope correlation, {@code code} = the status's FHIR
 * response code) and, when the acknowledgement has issues, one OperationOutcome whose issues are
 * the acknowledgement issues, named by both {@code response.details} and the header's only {@code
 * focus}. The OperationOutcome has no id in the model: its id is derived from the message id
 * ({@link #outcomeId}).
 *
 * <p>Decode claims a message only when it is exactly that shape (a MessageHeader with a known
 * {@code response.code}, at most an OperationOutcome besides, with the derived id and nothing the
 * model cannot hold), so anything else keeps its typed or verbatim mapping. R4 has no
 * infrastructure/business distinction: decode gives {@link AckType#BUSINESS} (as Replies does for
 * BaRS and UK Core), {@code responseCode} the FHIR response code of the status, no text.
 */
final class R4Ack {
  private R4Ack() {}

  /** The id of the OperationOutcome of the acknowledgement with this message id. */
  static String outcomeId(String messageId) {
    return UUID.nameUUIDFromBytes(
            ("R4 acknowledgement outcome " + messageId).getBytes(StandardCharsets.UTF_8))
        .toString();
  }

  /** Whether the header entry's resource has a {@code response.code}. */
  static boolean isAck(MessageBundle.Entry header) {
    FhirNode response = header.resource().child("response");
    return response != null && response.child("code") != null;
  }

  /** The acknowledgement, or null when the bundle is not exactly the shape above. */
  static Message decode(Dec d, MessageBundle bundle, Envelope env, MessageBundle.Entry header) {
    FhirNode h = header.resource();
    FhirNode response = h.child("response");
    String code = response.child("code").value();
    AckStatus status = null;
    for (AckStatus s : AckStatus.values()) {
      if (s.fhirCode().equals(code)) {
        status = s;
      }
    }
    if (status == null || env.messageId() == null) {
      return null;
    }
    MessageBundle.Entry oo = null;
    for (MessageBundle.Entry e : bundle.entries()) {
      if (e.index() == header.index()) {
        continue;
      }
      if (oo != null || !"OperationOutcome".equals(e.type()) || e.id() == null) {
        return null;
      }
      oo = e;
    }
    int focusCount = h.children("focus").size();
    FhirNode details = response.child("details");
    List<AckIssue> issues = new ArrayList<>();
    if (oo == null) {
      if (focusCount != 0 || details != null) {
        return null;
      }
    } else {
      MessageBundle.Entry outcome = oo;
      FhirNode ref = details == null ? null : details.child("reference");
      FhirNode focus = h.child("focus");
      String target = MessageBundle.referenceTo(outcome.id());
      if (!outcome.id().equals(outcomeId(env.messageId()))
          || focusCount != 1
          || focus.children().size() != 1
          || focus.child("reference") == null
          || !target.equals(focus.child("reference").value())
          || details == null
          || details.children().size() != 1
          || ref == null
          || !target.equals(ref.value())) {
        return null;
      }
      List<AckIssue> read =
          R4Booking.takeWhole(
              d, bundle, outcome, () -> issues(d, outcome.resource()), issues::addAll);
      if (read == null) {
        return null;
      }
      R4Header.focusIs(d, h, outcome.id());
      d.mark(details);
      d.mark(ref);
    }
    d.mark(response);
    d.mark(response.child("code"));
    d.str(response, "identifier");
    return Message.of(
        env,
        new Acknowledgement(
            AckType.BUSINESS,
            status,
            Coding.of(CodeSystems.FHIR_RESPONSE_CODE, code),
            issues,
            null));
  }

  private static List<AckIssue> issues(Dec d, FhirNode oo) {
    List<AckIssue> out = new ArrayList<>();
    for (FhirNode i : oo.children()) {
      if (i.name().equals("id") || i.name().equals("resourceType")) {
        continue;
      }
      if (!i.name().equals("issue")) {
        return null;
      }
      AckIssue a = Datatypes.ackIssue(d, i);
      if (a == null) {
        return null;
      }
      out.add(a);
    }
    return out.isEmpty() ? null : out;
  }

  /**
   * Writes the header and OperationOutcome of an acknowledgement into {@code out}, reporting what
   * R4 does not carry.
   */
  static void encode(Envelope env, Acknowledgement a, List<FhirNode> out, List<Loss> losses) {
    if (a.type() != AckType.BUSINESS) {
      losses.add(new Loss("Acknowledgement.type", "R4 has no infrastructure acknowledgement"));
    }
    if (a.text() != null) {
      losses.add(new Loss("Acknowledgement.text", "no R4 element"));
    }
    Coding rc = a.responseCode();
    if (rc == null
        || !(CodeSystems.FHIR_RESPONSE_CODE.equals(rc.system())
            && a.status().fhirCode().equals(rc.code())
            && rc.display() == null
            && rc.version() == null)) {
      losses.add(
          new Loss(
              "Acknowledgement.responseCode",
              "R4 response.code is the FHIR response code of the status"));
    }
    if (env.correlation() != null && env.correlation().responseCode() != null) {
      losses.add(
          new Loss(
              "Envelope.correlation.responseCode",
              "an acknowledgement's response.code is its status"));
    }
    if (env.correlation() != null && env.correlation().details() != null) {
      losses.add(
          new Loss(
              "Envelope.correlation.details",
              "an acknowledgement's response.details is its own OperationOutcome"));
    }
    if (env.messageId() == null) {
      throw new IllegalArgumentException("an R4 acknowledgement needs a message id");
    }
    String ooId = a.issues().isEmpty() ? null : outcomeId(env.messageId());
    Enc response =
        Enc.element("response")
            .str("identifier", env.correlation() == null ? null : env.correlation().inReplyTo())
            .str("code", a.status().fhirCode());
    if (ooId != null) {
      response.node(
          Enc.element("details").str("reference", MessageBundle.referenceTo(ooId)).build());
    }
    out.add(
        R4Header.encode(env, ooId == null ? List.of() : List.of(ooId), response.build(), losses));
    if (ooId != null) {
      Enc oo = Enc.resource("resource", "OperationOutcome").str("id", ooId);
      a.issues().forEach(i -> oo.node(Datatypes.ackIssue(i)));
      out.add(oo.build());
    }
  }
}
