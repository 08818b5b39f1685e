package dev.koine.fhir.internal.stu3;

import dev.koine.core.code.CodeSystems;
import dev.koine.core.code.Coding;
import dev.koine.core.code.Concept;
import dev.koine.core.message.AckIssue;
import dev.koine.core.message.AckStatus;
import dev.koine.core.message.AckType;
import dev.koine.core.message.Acknowledgement;
import dev.koine.fhir.internal.map.Datatypes;
import dev.koine.fhir.internal.map.Dec;
import dev.koine.fhir.internal.map.Enc;
import dev.koine.fhir.internal.tree.FhirNode;
import java.util.ArrayList;
import java.util.List;

/**
 * ITK3 responses (ITK008M): {@code MessageHeader.response.code} is the acknowledgement status (and
 * its {@code responseCode}, system {@code http://hl7.org/fhir/response-code}); the {@code
 * ITK-Response-OperationOutcome-1} issues are the acknowledgement issues, with the ITK response
 * code (10001..30025) in {@code issue.details}. The acknowledgement is a business one when its
 * first ITK code is a 3xxxx code, an infrastructure one otherwise. The OperationOutcome's {@code
 * text} narrative is the acknowledgement text's place only when it is a plain string, so it is kept
 * as a loss otherwise.
 */
final class Stu3Ack {
  private Stu3Ack() {}

  /** Decodes the acknowledgement from the response element and the OperationOutcome (or null). */
  static Acknowledgement decode(Dec d, FhirNode response, FhirNode outcome) {
    String code = response == null ? null : d.str(response, "code");
    AckStatus status = AckStatus.OK;
    Coding responseCode = null;
    if (code != null) {
      status = statusOf(code);
      if (status == null) {
        status = AckStatus.FATAL_ERROR;
        d.issue(
            dev.koine.core.issue.IssueCode.CODE_INVALID,
            "MessageHeader.response.code",
            "not a FHIR response code");
      }
      responseCode = Coding.of(CodeSystems.FHIR_RESPONSE_CODE, code);
    }
    List<AckIssue> issues = new ArrayList<>();
    if (outcome != null) {
      for (FhirNode i : outcome.children("issue")) {
        AckIssue a = Datatypes.ackIssue(d, i);
        if (a != null) {
          issues.add(a);
        }
      }
    }
    AckType type = AckType.INFRASTRUCTURE;
    for (AckIssue i : issues) {
      String itk = itkCode(i.details());
      if (itk != null) {
        type = itk.startsWith("3") ? AckType.BUSINESS : AckType.INFRASTRUCTURE;
        break;
      }
    }
    return new Acknowledgement(type, status, responseCode, issues, null);
  }

  private static AckStatus statusOf(String code) {
    for (AckStatus s : AckStatus.values()) {
      if (s.fhirCode().equals(code)) {
        return s;
      }
    }
    return null;
  }

  /** The ITK response code of a details concept, or null. */
  static String itkCode(Concept details) {
    if (details == null) {
      return null;
    }
    for (Coding c : details.codings()) {
      if (Itk.RESPONSE_CODES.equals(c.system())) {
        return c.code();
      }
    }
    return null;
  }

  /** The response code written in MessageHeader.response.code. */
  static String responseCode(Acknowledgement a) {
    return a.status().fhirCode();
  }

  /** Encodes the OperationOutcome resource of an acknowledgement. */
  static Enc outcome(Acknowledgement a, Enc oo) {
    a.issues().forEach(i -> oo.node(Datatypes.ackIssue(i)));
    return oo;
  }

  /** The acknowledgement content STU3 cannot carry, as loss descriptions. */
  static List<String> losses(Acknowledgement a) {
    List<String> lost = new ArrayList<>();
    if (a.text() != null) {
      lost.add("Acknowledgement.text: no ITK3 element");
    }
    Coding rc = a.responseCode();
    if (rc != null
        && !(CodeSystems.FHIR_RESPONSE_CODE.equals(rc.system())
            && a.status().fhirCode().equals(rc.code())
            && rc.display() == null)) {
      lost.add("Acknowledgement.responseCode: ITK3 carries the FHIR response code of the status");
    }
    return lost;
  }
}
