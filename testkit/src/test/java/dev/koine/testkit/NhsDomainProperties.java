package dev.koine.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.koine.core.code.Coding;
import dev.koine.core.code.Concept;
import dev.koine.core.id.Identifier;
import dev.koine.core.id.NhsNumber;
import dev.koine.core.id.OdsCode;
import dev.koine.core.message.Acknowledgement;
import dev.koine.core.message.BookingRequest;
import dev.koine.core.message.CareDocument;
import dev.koine.core.message.LabOrder;
import dev.koine.core.message.LabReport;
import dev.koine.core.message.Message;
import dev.koine.core.message.PatientEvent;
import dev.koine.core.message.Payload;
import dev.koine.core.message.Referral;
import dev.koine.core.message.ReferralResponse;
import dev.koine.core.model.Patient;
import dev.koine.core.time.PartialDateTime;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.statistics.Statistics;

/** The NHS domain provides every payload type and the NHS value types by type alone. */
@Domain(NhsDomain.class)
class NhsDomainProperties {

  @Property(tries = 50)
  void everyPayloadTypeCanBeAskedForByType(
      @ForAll Referral referral,
      @ForAll ReferralResponse referralResponse,
      @ForAll BookingRequest bookingRequest,
      @ForAll CareDocument careDocument,
      @ForAll LabOrder labOrder,
      @ForAll LabReport labReport,
      @ForAll PatientEvent patientEvent,
      @ForAll Acknowledgement acknowledgement) {
    assertThat(referral.request()).isNotNull();
    assertThat(referralResponse.related()).isNotNull();
    assertThat(bookingRequest.appointment()).isNotNull();
    assertThat(careDocument.composition()).isNotNull();
    assertThat(labOrder.requests()).isNotEmpty();
    assertThat(labReport.reports()).isNotEmpty();
    assertThat(patientEvent.patient()).isNotNull();
    assertThat(acknowledgement.status()).isNotNull();
  }

  @Property(tries = 100)
  void messagesAndPayloadsCanBeAskedForByType(@ForAll Message message, @ForAll Payload payload) {
    assertThat(message.envelope()).isNotNull();
    Statistics.collect(payload.typeName());
    Statistics.coverage(c -> c.check("Referral").count(n -> n > 0));
  }

  @Property
  void nhsValuesCanBeAskedForByType(
      @ForAll NhsNumber nhsNumber,
      @ForAll OdsCode odsCode,
      @ForAll Identifier identifier,
      @ForAll PartialDateTime time,
      @ForAll Coding coding,
      @ForAll Concept concept,
      @ForAll Patient patient,
      @ForAll int plainInt) {
    assertThat(nhsNumber.isSynthetic()).isTrue();
    assertThat(NhsNumber.isValid(nhsNumber.value())).isTrue();
    assertThat(OdsCode.isPlausible(odsCode.value())).isTrue();
    assertThat(identifier.value()).isNotEmpty();
    assertThat(time.year()).isBetween(1, 9999);
    assertThat(coding.code() != null || coding.display() != null).isTrue();
    assertThat(concept.codings().isEmpty() && concept.text() == null).isFalse();
    assertThat(patient.extras()).isNotNull();
    assertThat(Integer.valueOf(plainInt)).isNotNull();
  }
}
