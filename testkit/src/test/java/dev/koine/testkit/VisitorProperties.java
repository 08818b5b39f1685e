package dev.koine.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.koine.core.message.Acknowledgement;
import dev.koine.core.message.BookingRequest;
import dev.koine.core.message.CareDocument;
import dev.koine.core.message.LabOrder;
import dev.koine.core.message.LabReport;
import dev.koine.core.message.OtherContent;
import dev.koine.core.message.PatientEvent;
import dev.koine.core.message.Payload;
import dev.koine.core.message.Referral;
import dev.koine.core.message.ReferralResponse;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** The payload visitor calls exactly the method of the payload's type, with the payload itself. */
class VisitorProperties {

  /** Records every call: the method name and the argument. */
  static final class Recorder implements Payload.Visitor<String> {
    final List<Object> arguments = new ArrayList<>();

    private String record(String method, Payload p) {
      arguments.add(p);
      return method;
    }

    @Override
    public String referral(Referral p) {
      return record("Referral", p);
    }

    @Override
    public String referralResponse(ReferralResponse p) {
      return record("ReferralResponse", p);
    }

    @Override
    public String bookingRequest(BookingRequest p) {
      return record("BookingRequest", p);
    }

    @Override
    public String careDocument(CareDocument p) {
      return record("CareDocument", p);
    }

    @Override
    public String labOrder(LabOrder p) {
      return record("LabOrder", p);
    }

    @Override
    public String labReport(LabReport p) {
      return record("LabReport", p);
    }

    @Override
    public String patientEvent(PatientEvent p) {
      return record("PatientEvent", p);
    }

    @Override
    public String acknowledgement(Acknowledgement p) {
      return record("Acknowledgement", p);
    }

    @Override
    public String otherContent(OtherContent p) {
      return record("OtherContent", p);
    }
  }

  @Provide
  Arbitrary<Payload> payloads() {
    return MessageArbitraries.payloads();
  }

  @Property(tries = 300)
  void theVisitorDispatchesToTheMethodOfThePayloadsType(@ForAll("payloads") Payload payload) {
    Recorder recorder = new Recorder();
    String method = payload.accept(recorder);
    assertThat(method).isEqualTo(payload.getClass().getSimpleName()).isEqualTo(payload.typeName());
    assertThat(recorder.arguments).hasSize(1);
    assertThat(recorder.arguments.get(0)).isSameAs(payload);
    Statistics.collect(method);
    Statistics.coverage(
        c -> {
          for (Class<?> type : Payload.class.getPermittedSubclasses()) {
            c.check(type.getSimpleName()).count(n -> n > 0);
          }
        });
  }
}
