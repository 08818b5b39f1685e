package dev.koine.hl7v2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.koine.core.code.CodeSystems;
import dev.koine.core.code.Coding;
import dev.koine.core.code.Concept;
import dev.koine.core.codec.MessageCodec;
import dev.koine.core.codec.WireFormat;
import dev.koine.core.id.Identifier;
import dev.koine.core.message.BundleInfo;
import dev.koine.core.message.CareDocument;
import dev.koine.core.message.DocumentKind;
import dev.koine.core.message.Message;
import dev.koine.core.model.Attachment;
import dev.koine.core.model.Attester;
import dev.koine.core.model.Bytes;
import dev.koine.core.model.Composition;
import dev.koine.core.model.DocumentAttachment;
import dev.koine.core.model.Encounter;
import dev.koine.core.model.Entities;
import dev.koine.core.model.Narrative;
import dev.koine.core.model.Practitioner;
import dev.koine.core.model.Ref;
import dev.koine.core.model.RelatesTo;
import dev.koine.core.model.Section;
import dev.koine.core.time.PartialDateTime;
import dev.koine.hl7v2.internal.Mdm;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** MDM ⇄ {@link CareDocument} for generated documents that HL7 v2 can represent. */
class MdmProperties {
  private final Hl7v2Codec codec = new Hl7v2Codec();

  private static final String[] FORMATTING = {"H", "N", ".sp2", ".in+4", "X0D", "Zxy"};

  /** ER7 text of a TX/FT value: literals (escaped where needed) and formatting sequences. */
  @Provide
  Arbitrary<String> er7Text() {
    return er7();
  }

  static Arbitrary<String> er7() {
    Arbitrary<String> literal =
        Arbitraries.strings()
            .withCharRange('a', 'z')
            .withChars('A', 'Z', '0', ' ', '|', '^', '&', '~', '\\', '<', '>', 'é', '\n', '\t', ';')
            .ofMinLength(1)
            .ofMaxLength(8)
            .map(MdmProperties::escape);
    Arbitrary<String> formatting = Arbitraries.of(FORMATTING).map(f -> "\\" + f + "\\");
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(4, literal), net.jqwik.api.Tuple.of(1, formatting))
        .list()
        .ofMinSize(1)
        .ofMaxSize(6)
        .map(parts -> String.join("", parts));
  }

  private static String escape(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      switch (c) {
        case '\n' -> sb.append("\\.br\\");
        case '\\' -> sb.append("\\E\\");
        case '|' -> sb.append("\\F\\");
        case '^' -> sb.append("\\S\\");
        case '&' -> sb.append("\\T\\");
        case '~' -> sb.append("\\R\\");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  @Property
  void textValuesAreReadAndWrittenExactly(@ForAll("er7Text") String raw) {
    String body = Mdm.body(raw, V2Delimiters.DEFAULT);
    assertThat(body).isNotNull();
    assertThat(Mdm.raw(body, V2Delimiters.DEFAULT)).isEqualTo(raw);
  }

  @Property
  void anyRawTextIsEitherExactOrRefused(@ForAll String raw) {
    String clean = raw.replace("\r", "").replace("\n", "");
    String body = Mdm.body(clean, V2Delimiters.DEFAULT);
    if (body != null) {
      assertThat(Mdm.raw(body, V2Delimiters.DEFAULT)).isEqualTo(clean);
    }
  }

  private static Arbitrary<Section> textSection() {
    return Combinators.combine(
            Arbitraries.of("TX", "FT", "ST"),
            er7(),
            V2Representable.concept(CodeSystems.LOINC).injectNull(0.3))
        .as(
            (type, raw, code) ->
                new Section(
                    null,
                    code,
                    List.of(),
                    null,
                    new Narrative(
                        "generated", Mdm.narrative(type, Mdm.body(raw, V2Delimiters.DEFAULT))),
                    null,
                    null,
                    List.of(),
                    null,
                    List.of(),
                    List.of()));
  }

  private static Arbitrary<Attachment> content() {
    Arbitrary<Attachment> inline =
        Combinators.combine(
                Arbitraries.of("application/pdf", "image/png", "text/plain").injectNull(0.2),
                Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(40))
            .as(
                (type, data) ->
                    new Attachment(type, null, Bytes.of(data), null, null, null, null, null));
    Arbitrary<Attachment> pointer =
        Combinators.combine(
                Arbitraries.of("application/pdf", "image/jpeg").injectNull(0.3),
                Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(12))
            .as(
                (type, path) ->
                    new Attachment(
                        type,
                        null,
                        null,
                        "https://docs.example.nhs.uk/" + path,
                        null,
                        null,
                        null,
                        null));
    return Arbitraries.oneOf(inline, pointer);
  }

  @Provide
  Arbitrary<Message> documents() {
    Arbitrary<Composition.Builder> head =
        Combinators.combine(
                V2Representable.concept(Mdm.DOCUMENT_TYPE),
                V2Representable.time().injectNull(0.3),
                Arbitraries.of("final", "preliminary").injectNull(0.3),
                Arbitraries.of("N", "R", "V").injectNull(0.5),
                Combinators.combine(V2Representable.text(), V2Representable.code().injectNull(0.5))
                    .as((v, a) -> new Identifier(null, v, null, null, null, a))
                    .injectNull(0.3),
                Combinators.combine(V2Representable.text(), V2Representable.code().injectNull(0.5))
                    .as((v, a) -> new Identifier(null, v, null, null, null, a))
                    .injectNull(0.6))
            .as(
                (type, date, status, confidentiality, id, parent) -> {
                  Composition.Builder c =
                      Composition.builder()
                          .type(type)
                          .date(date)
                          .status(status)
                          .confidentiality(confidentiality)
                          .identifier(id);
                  if (parent != null) {
                    c.addRelatesTo(new RelatesTo("appends", parent, null));
                  }
                  return c;
                });
    Arbitrary<List<Object>> people =
        Combinators.combine(
                V2Representable.practitioner("txa-5-1").injectNull(0.3),
                V2Representable.practitioner("txa-9-1").injectNull(0.5),
                V2Representable.practitioner("txa-22-1").injectNull(0.5),
                V2Representable.time().injectNull(0.5),
                V2Representable.encounter().injectNull(0.4))
            .as((a, o, at, when, enc) -> java.util.Arrays.asList(a, o, at, when, enc));
    Arbitrary<List<Object>> body =
        Combinators.combine(
                Arbitraries.oneOf(
                        textSection().map(s -> (Object) s),
                        Combinators.combine(
                                content(),
                                V2Representable.concept(CodeSystems.LOINC).injectNull(0.3))
                            .as((a, t) -> (Object) List.of(a, t == null ? "" : t)))
                    .list()
                    .ofMaxSize(4),
                V2Representable.patient().injectNull(0.2),
                V2Representable.text().injectNull(0.5),
                V2Representable.time().injectNull(0.5))
            .as(
                (sections, patient, file, stamp) ->
                    java.util.Arrays.asList(sections, patient, file, stamp));
    return Combinators.combine(head, people, body, V2Representable.envelopeParts())
        .as(
            (c, who, what, env) -> {
              List<Practitioner> practitioners = new ArrayList<>();
              List<Encounter> encounters = new ArrayList<>();
              Encounter enc = (Encounter) who.get(4);
              if (enc != null) {
                encounters.add(enc.toBuilder().id("pv1").build());
                c.encounter(Ref.to("Encounter/pv1"));
              }
              for (int i = 0; i < 2; i++) {
                if (who.get(i) instanceof Practitioner p) {
                  practitioners.add(p);
                  c.addAuthor(new Ref("Practitioner/" + p.id(), "Practitioner", null, null));
                }
              }
              if (who.get(2) instanceof Practitioner p) {
                practitioners.add(p);
                c.addAttester(
                    new Attester(
                        "legal",
                        (PartialDateTime) who.get(3),
                        new Ref("Practitioner/" + p.id(), "Practitioner", null, null)));
              }
              List<DocumentAttachment> documents = new ArrayList<>();
              int n = 0;
              for (Object o : (List<?>) what.get(0)) {
                n++;
                if (o instanceof Section s) {
                  c.addSection(s);
                } else {
                  List<?> pair = (List<?>) o;
                  String id = "obx-" + n;
                  documents.add(
                      DocumentAttachment.builder()
                          .id(id)
                          .type(pair.get(1) instanceof Concept t ? t : null)
                          .contents(List.of((Attachment) pair.get(0)))
                          .build());
                  c.addSection(
                      new Section(
                          null,
                          null,
                          List.of(),
                          null,
                          null,
                          null,
                          null,
                          List.of(
                              new Ref("DocumentReference/" + id, "DocumentReference", null, null)),
                          null,
                          List.of(),
                          List.of()));
                }
              }
              if (what.get(1) != null) {
                c.subject(new Ref("Patient/pid", "Patient", null, null));
              }
              String file = (String) what.get(2);
              PartialDateTime stamp = (PartialDateTime) what.get(3);
              CareDocument doc =
                  CareDocument.builder()
                      .kind(DocumentKind.OTHER)
                      .composition(c.build())
                      .documentBundle(
                          file == null && stamp == null
                              ? null
                              : new BundleInfo(
                                  null,
                                  file == null ? null : Identifier.of(null, file),
                                  null,
                                  stamp))
                      .patient(
                          what.get(1) instanceof dev.koine.core.model.Patient p
                              ? p.toBuilder().id("pid").build()
                              : null)
                      .related(
                          Entities.builder()
                              .encounters(encounters)
                              .practitioners(practitioners)
                              .documents(documents)
                              .build())
                      .build();
              return Message.of(
                  env.event(Coding.of(CodeSystems.V2_EVENT_TYPE, "T02")).build(), doc);
            });
  }

  @Property(tries = 200)
  void representableDocumentsRoundTripWithoutLoss(@ForAll("documents") Message m) {
    MessageCodec.Encoded encoded = codec.encode(m, WireFormat.HL7V2);
    assertThat(encoded.losses()).isEmpty();
    var decoded = codec.decode(encoded.content().toArray(), WireFormat.HL7V2);
    assertThat(decoded.value()).isEqualTo(m);
    assertThat(decoded.losses()).isEmpty();
    assertThat(codec.roundTrip(encoded.content().toArray(), WireFormat.HL7V2).status())
        .isEqualTo("LOSSLESS");
  }

  @Property(tries = 100)
  void whatHl7v2CannotHoldIsReportedAtItsPath(@ForAll("documents") Message m) {
    CareDocument doc = (CareDocument) m.payload();
    CareDocument changed =
        doc.toBuilder()
            .composition(doc.composition().toBuilder().title("Discharge summary").build())
            .build();
    assertThat(codec.encode(Message.of(m.envelope(), changed), WireFormat.HL7V2).losses())
        .extracting(l -> l.location())
        .containsExactly("message.payload.composition.title");
  }
}
