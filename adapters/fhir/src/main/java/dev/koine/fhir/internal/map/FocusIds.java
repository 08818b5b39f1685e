package dev.koine.fhir.internal.map;

import dev.koine.core.message.BookingRequest;
import dev.koine.core.message.LabOrder;
import dev.koine.core.message.LabReport;
import dev.koine.core.message.Message;
import dev.koine.core.message.PatientEvent;
import dev.koine.core.message.Referral;
import dev.koine.core.model.DiagnosticReport;
import dev.koine.core.model.ServiceRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * FHIR messages name their focus resources by reference, so a focus resource needs an id; content
 * from HL7 v2 has none (v2 has no resource ids). This gives each focus resource without an id a
 * stable name-based UUID derived from the message id, the payload type and the position, so the
 * same message always converts to the same Bundle. Resources that have an id keep it.
 */
public final class FocusIds {
  private FocusIds() {}

  /** The message with an id on every focus resource. */
  public static Message ensure(Message m) {
    String base = m.envelope().messageId() == null ? "" : m.envelope().messageId();
    if (m.payload() instanceof LabReport r) {
      List<DiagnosticReport> out = new ArrayList<>();
      boolean changed = false;
      for (int i = 0; i < r.reports().size(); i++) {
        DiagnosticReport d = r.reports().get(i);
        if (d.id() == null) {
          d = d.toBuilder().id(uuid(base, "DiagnosticReport", i)).build();
          changed = true;
        }
        out.add(d);
      }
      return changed ? Message.of(m.envelope(), r.toBuilder().reports(out).build()) : m;
    }
    if (m.payload() instanceof LabOrder o) {
      List<ServiceRequest> out = new ArrayList<>();
      boolean changed = false;
      for (int i = 0; i < o.requests().size(); i++) {
        ServiceRequest s = o.requests().get(i);
        if (s.id() == null) {
          s = s.toBuilder().id(uuid(base, "ServiceRequest", i)).build();
          changed = true;
        }
        out.add(s);
      }
      return changed ? Message.of(m.envelope(), o.toBuilder().requests(out).build()) : m;
    }
    if (m.payload() instanceof PatientEvent e
        && (e.patient().id() == null || (e.encounter() != null && e.encounter().id() == null))) {
      PatientEvent.Builder b = e.toBuilder();
      if (e.patient().id() == null) {
        b.patient(e.patient().toBuilder().id(uuid(base, "Patient", 0)).build());
      }
      if (e.encounter() != null && e.encounter().id() == null) {
        b.encounter(e.encounter().toBuilder().id(uuid(base, "Encounter", 0)).build());
      }
      return Message.of(m.envelope(), b.build());
    }
    if (m.payload() instanceof BookingRequest b && b.appointment().id() == null) {
      return Message.of(
          m.envelope(),
          b.toBuilder()
              .appointment(b.appointment().toBuilder().id(uuid(base, "Appointment", 0)).build())
              .build());
    }
    if (m.payload() instanceof Referral r && r.request().id() == null) {
      ServiceRequest s = r.request().toBuilder().id(uuid(base, "ServiceRequest", 0)).build();
      return Message.of(m.envelope(), r.toBuilder().request(s).build());
    }
    return m;
  }

  /**
   * The name-based (version 3) UUID of {@code messageId/type/index}, as {@link
   * UUID#nameUUIDFromBytes} makes it, but with a digest kept per thread: that method looks up the
   * MD5 provider on every call, which was most of this step's time in a v2 → FHIR conversion.
   */
  static String uuid(String messageId, String type, int index) {
    byte[] md5 =
        MD5.get().digest((messageId + "/" + type + "/" + index).getBytes(StandardCharsets.UTF_8));
    md5[6] &= 0x0f; // version 3
    md5[6] |= 0x30;
    md5[8] &= 0x3f; // IETF variant
    md5[8] |= (byte) 0x80;
    long msb = 0;
    long lsb = 0;
    for (int i = 0; i < 8; i++) {
      msb = (msb << 8) | (md5[i] & 0xff);
      lsb = (lsb << 8) | (md5[i + 8] & 0xff);
    }
    return new UUID(msb, lsb).toString();
  }

  private static final ThreadLocal<MessageDigest> MD5 =
      ThreadLocal.withInitial(
          () -> {
            try {
              return MessageDigest.getInstance("MD5");
            } catch (NoSuchAlgorithmException e) {
              throw new IllegalStateException("MD5 is required of every Java platform", e);
            }
          });
}
