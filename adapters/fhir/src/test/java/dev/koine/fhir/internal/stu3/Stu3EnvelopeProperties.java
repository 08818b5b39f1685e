package dev.koine.fhir.internal.stu3;

import static org.assertj.core.api.Assertions.assertThat;

import dev.koine.core.code.CodeSystems;
import dev.koine.core.code.Coding;
import dev.koine.core.code.Concept;
import dev.koine.core.codec.Loss;
import dev.koine.core.id.Identifier;
import dev.koine.core.message.AckIssue;
import dev.koine.core.message.AckRequest;
import dev.koine.core.message.AckStatus;
import dev.koine.core.message.AckType;
import dev.koine.core.message.Acknowledgement;
import dev.koine.core.message.Correlation;
import dev.koine.core.message.Envelope;
import dev.koine.core.message.Family;
import dev.koine.core.message.Message;
import dev.koine.core.message.Party;
import dev.koine.core.message.Recipient;
import dev.koine.core.message.RecipientType;
import dev.koine.core.message.ResponseRequest;
import dev.koine.core.model.Ref;
import dev.koine.core.time.PartialDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * ITK3 envelope and ITK008M acknowledgement: every generated message within what ITK3 carries
 * (flags always/never, one receiver and recipient type on the first recipient, the FHIR response
 * code of the status, the acknowledgement type given by its first ITK code) survives encode then
 * decode, in JSON and XML, with no loss and every input leaf consumed.
 */
class Stu3EnvelopeProperties {
  private static final String ODS = "https://fhir.nhs.uk/Id/ods-organization-code";

  @Property(tries = 200)
  void acknowledgementsRoundTrip(@ForAll("acks") Message m, @ForAll boolean json) {
    List<Loss> losses = new ArrayList<>();
    byte[] bytes = Stu3Harness.encode(m, json, losses);
    assertThat(losses).isEmpty();
    Stu3Harness.Result r = Stu3Harness.decode(bytes, json);
    assertThat(r.unconsumed()).isEmpty();
    assertThat(r.message()).isEqualTo(m);
  }

  @Provide
  Arbitrary<Message> acks() {
    Arbitrary<String> text = Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(12);
    Arbitrary<ResponseRequest> flag =
        Arbitraries.of(ResponseRequest.ALWAYS, ResponseRequest.NEVER).injectNull(0.2);
    Arbitrary<RecipientType> type = Arbitraries.of(RecipientType.class).injectNull(0.3);
    Arbitrary<String> ods = Arbitraries.strings().withCharRange('A', 'Z').ofLength(3);
    Arbitrary<String> code =
        Arbitraries.of("10001", "20009", "20013", "30001", "30002", "30004", "30025");
    Arbitrary<AckStatus> status = Arbitraries.of(AckStatus.class);
    Arbitrary<Envelope> env =
        Combinators.combine(
                Arbitraries.randomValue(r -> new UUID(r.nextLong(), r.nextLong()).toString()),
                flag,
                flag,
                type,
                text.injectNull(0.3),
                text.injectNull(0.5),
                ods,
                ods.injectNull(0.3))
            .as(
                (id, inf, bus, t, senderRef, local, from, to) -> {
                  Envelope.Builder b =
                      Envelope.builder()
                          .messageId(id)
                          .event(Coding.of(Itk.EVENTS, "ITK008M", "ITK Response"))
                          .family(Family.ITK3)
                          .timestamp(PartialDateTime.parseFhir("2026-11-23T09:31:00+00:00"))
                          .sender(new Party(Ref.byIdentifier(Identifier.of(ODS, from)), null, null))
                          .correlation(new Correlation(id + "-request", null))
                          .senderReference(senderRef)
                          .localExtension(local)
                          .definition(
                              "https://fhir.nhs.uk/STU3/MessageDefinition/ITK-Response-MessageDefinition-1");
                  if (inf != null || bus != null) {
                    b.ackRequest(new AckRequest(inf, bus));
                  }
                  if (to != null || t != null) {
                    b.addRecipient(
                        new Recipient(
                            null,
                            to == null ? null : Ref.byIdentifier(Identifier.of(ODS, to)),
                            null,
                            null,
                            t));
                  }
                  return b.build();
                });
    Arbitrary<Acknowledgement> ack =
        Combinators.combine(status, code, text.injectNull(0.5))
            .as(
                (s, c, diag) ->
                    new Acknowledgement(
                        c.startsWith("3") ? AckType.BUSINESS : AckType.INFRASTRUCTURE,
                        s,
                        Coding.of(CodeSystems.FHIR_RESPONSE_CODE, s.fhirCode()),
                        List.of(
                            new AckIssue(
                                s.isPositive() ? "information" : "error",
                                s.isPositive() ? "informational" : "processing",
                                Concept.of(Itk.RESPONSE_CODES, c, null),
                                diag,
                                List.of())),
                        null));
    return Combinators.combine(env, ack).as(Message::of);
  }
}
