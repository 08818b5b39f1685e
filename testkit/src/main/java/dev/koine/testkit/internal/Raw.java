package dev.koine.testkit.internal;

import dev.koine.core.code.Coding;
import dev.koine.core.message.Envelope;
import dev.koine.core.message.Family;
import dev.koine.core.message.Message;
import dev.koine.core.message.OtherContent;
import dev.koine.core.model.Entities;
import dev.koine.core.model.OtherResource;
import dev.koine.core.model.RawElement;
import dev.koine.core.model.Ref;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators of verbatim FHIR content ({@link RawElement}, {@link OtherResource}) and of {@link
 * OtherContent} payloads and messages. Raw resources use real element names of their FHIR types
 * (valid in R4 and STU3), so an adapter can write them in definition order.
 */
public final class Raw {
  private Raw() {}

  /** Resource types with no typed home in the model, and primitive elements each has. */
  private static final List<List<String>> SHAPES =
      List.of(
          List.of("Task", "status", "intent", "description", "authoredOn"),
          List.of("QuestionnaireResponse", "status", "authored"),
          List.of("Basic", "created"),
          List.of("Goal", "statusDate"),
          List.of("Media", "status"));

  /** Resources carried verbatim: an id and some primitive elements of a real type. */
  public static Arbitrary<OtherResource> otherResources() {
    return Gen.memo(
        "Raw.otherResources",
        () -> {
          return Combinators.combine(
                  Arbitraries.of(SHAPES), Gen.opt(Texts.ids()), Texts.tokens().list().ofSize(5))
              .as(
                  (shape, id, values) -> {
                    List<RawElement> children = new ArrayList<>();
                    if (id != null) {
                      children.add(RawElement.text("id", id));
                    }
                    for (int i = 1; i < shape.size(); i++) {
                      String name = shape.get(i);
                      String value =
                          name.endsWith("On") || name.endsWith("ed") || name.endsWith("Date")
                              ? "2024-0" + (1 + (values.get(i - 1).length() % 9)) + "-15"
                              : values.get(i - 1);
                      children.add(RawElement.text(name, value));
                    }
                    return new OtherResource(id, null, RawElement.resource(shape.get(0), children));
                  });
        });
  }

  /** Bundle types of non-message content (null: a standalone resource). */
  private static final List<String> CONTAINERS =
      List.of("collection", "searchset", "transaction", "batch", "message", "resource");

  /**
   * OtherContent payloads: a standalone resource holds exactly one resource (a patient or one
   * verbatim resource); a Bundle any number.
   */
  public static Arbitrary<OtherContent> otherContents() {
    return Gen.memo(
        "Raw.otherContents",
        () -> {
          return Combinators.combine(
                  Arbitraries.of(CONTAINERS),
                  Gen.opt(Actors.patients()),
                  Gen.scarceListOf(otherResources()),
                  otherResources(),
                  Care.entities())
              .as(
                  (container, patient, others, one, entities) -> {
                    if ("resource".equals(container)) {
                      return patient != null
                          ? new OtherContent(null, patient, Entities.empty())
                          : new OtherContent(null, null, Entities.builder().addOther(one).build());
                    }
                    Entities content = entities.toBuilder().others(others).build();
                    List<Ref> focus = new ArrayList<>();
                    if ("message".equals(container)) {
                      for (OtherResource o : others) {
                        if (o.id() != null) {
                          focus.add(Ref.to(o.id()));
                        }
                      }
                    }
                    return new OtherContent(container, patient, content, focus);
                  });
        });
  }

  /**
   * OtherContent messages: a non-message has the synthetic envelope of {@link OtherContent}; a
   * message has a UK Core envelope whose event no payload claims.
   */
  public static Arbitrary<Message> otherContentMessages() {
    return Gen.memo(
        "Raw.otherContentMessages",
        () -> {
          return Combinators.combine(
                  otherContents(),
                  Envelopes.ukCore(
                      Arbitraries.just(
                          Coding.of("https://example.org/fhir/message-event", "local-update"))),
                  Gen.opt(Envelopes.bundleInfos()))
              .as(
                  (content, ukCore, info) -> {
                    if ("message".equals(content.bundleType())) {
                      return Message.of(ukCore.toBuilder().family(Family.OTHER).build(), content);
                    }
                    Envelope env =
                        Envelope.builder()
                            .family(Family.OTHER)
                            .event(
                                Coding.of(
                                    OtherContent.EVENT_SYSTEM,
                                    content.isStandalone() ? "resource" : content.bundleType()))
                            .bundle(content.isStandalone() ? null : info)
                            .build();
                    return Message.of(env, content);
                  });
        });
  }
}
