package dev.koine.cli.internal;

import dev.koine.core.id.Identifier;
import dev.koine.core.id.Masking;
import dev.koine.core.message.Acknowledgement;
import dev.koine.core.message.BookingRequest;
import dev.koine.core.message.CareDocument;
import dev.koine.core.message.Envelope;
import dev.koine.core.message.LabOrder;
import dev.koine.core.message.LabReport;
import dev.koine.core.message.Message;
import dev.koine.core.message.OtherContent;
import dev.koine.core.message.PatientEvent;
import dev.koine.core.message.Payload;
import dev.koine.core.message.Recipient;
import dev.koine.core.message.Referral;
import dev.koine.core.message.ReferralResponse;
import dev.koine.core.model.Entities;
import dev.koine.core.model.Patient;
import dev.koine.core.model.Ref;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A readable summary of a message for people: family, event, ids, sender, recipients, payload and
 * what it contains. Patient identifiers are masked unless asked otherwise; names and dates are
 * never printed.
 */
public final class MessageSummary {
  private MessageSummary() {}

  /** The summary lines of a message. */
  public static List<String> lines(Message message, boolean showIdentifiers) {
    Envelope e = message.envelope();
    List<String> lines = new ArrayList<>();
    lines.add("family:     " + e.family());
    lines.add(
        "event:      "
            + e.event().code()
            + (e.event().display() == null ? "" : " (" + e.event().display() + ")"));
    lines.add("message id: " + e.messageId());
    if (e.sender() != null && e.sender().organisation() != null) {
      lines.add("sender:     " + describe(e.sender().organisation()));
    }
    for (Recipient r : e.recipients()) {
      lines.add(
          "recipient:  "
              + (r.receiver() == null ? "-" : describe(r.receiver()))
              + (r.type() == null ? "" : " [" + r.type() + "]"));
    }
    Payload payload = message.payload();
    lines.add("payload:    " + payload.typeName() + " " + contents(payload));
    Patient patient = patientOf(payload);
    if (patient != null) {
      String nhs =
          patient
              .nhsNumber()
              .map(i -> showIdentifiers ? i.value() : Masking.mask(i.value()))
              .orElse("none");
      lines.add("patient:    NHS number " + nhs);
      Identifier nhsNumber = patient.nhsNumber().orElse(null);
      for (Identifier id : patient.identifiers()) {
        if (!id.equals(nhsNumber)) {
          lines.add(
              "identifier: "
                  + (id.system() == null ? "(no system)" : id.system())
                  + " "
                  + (showIdentifiers ? id.value() : Masking.mask(id.value())));
        }
      }
    }
    return lines;
  }

  private static String describe(Ref ref) {
    if (ref.identifier() != null) {
      return ref.identifier().value();
    }
    return ref.target() != null ? ref.target() : "(display only)";
  }

  /** The patient of a payload, or null (acknowledgements carry none). */
  static Patient patientOf(Payload payload) {
    return payload.accept(
        new Payload.Visitor<Patient>() {
          @Override
          public Patient referral(Referral p) {
            return p.patient();
          }

          @Override
          public Patient referralResponse(ReferralResponse p) {
            return p.patient();
          }

          @Override
          public Patient bookingRequest(BookingRequest p) {
            return p.patient();
          }

          @Override
          public Patient careDocument(CareDocument p) {
            return p.patient();
          }

          @Override
          public Patient labOrder(LabOrder p) {
            return p.patient();
          }

          @Override
          public Patient labReport(LabReport p) {
            return p.patient();
          }

          @Override
          public Patient patientEvent(PatientEvent p) {
            return p.patient();
          }

          @Override
          public Patient acknowledgement(Acknowledgement p) {
            return null;
          }

          @Override
          public Patient otherContent(OtherContent p) {
            return p.patient();
          }
        });
  }

  /** Counts of what a payload contains. */
  static String contents(Payload payload) {
    return payload.accept(
        new Payload.Visitor<String>() {
          @Override
          public String referral(Referral p) {
            return "(" + entities(p.related()) + ")";
          }

          @Override
          public String referralResponse(ReferralResponse p) {
            return "(" + entities(p.related()) + ")";
          }

          @Override
          public String bookingRequest(BookingRequest p) {
            return "(appointment " + p.appointment().status() + ", " + entities(p.related()) + ")";
          }

          @Override
          public String careDocument(CareDocument p) {
            return String.format(
                Locale.ROOT,
                "(%s, %d sections, %s)",
                p.kind(),
                p.composition().sections().size(),
                entities(p.related()));
          }

          @Override
          public String labOrder(LabOrder p) {
            return "(" + p.requests().size() + " requests, " + entities(p.related()) + ")";
          }

          @Override
          public String labReport(LabReport p) {
            return "(" + p.reports().size() + " reports, " + entities(p.related()) + ")";
          }

          @Override
          public String patientEvent(PatientEvent p) {
            return "(" + p.kind() + ", " + entities(p.related()) + ")";
          }

          @Override
          public String acknowledgement(Acknowledgement p) {
            return "(" + p.type() + " " + p.status() + ", " + p.issues().size() + " issues)";
          }

          @Override
          public String otherContent(OtherContent p) {
            return "("
                + (p.bundleType() == null ? "standalone resource" : p.bundleType() + " bundle")
                + ", "
                + p.content().others().size()
                + " untyped resources, "
                + entities(p.content())
                + ")";
          }
        });
  }

  private static String entities(Entities e) {
    return e.size() + " related entities";
  }
}
