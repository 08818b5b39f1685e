package dev.koine.fhir.internal.stu3;

import dev.koine.core.code.Concept;
import dev.koine.core.model.Attester;
import dev.koine.core.model.Composition;
import dev.koine.core.model.Extension;
import dev.koine.core.model.Extras;
import dev.koine.core.model.RelatesTo;
import dev.koine.core.model.Section;
import dev.koine.fhir.internal.map.Datatypes;
import dev.koine.fhir.internal.map.Dec;
import dev.koine.fhir.internal.map.Enc;
import dev.koine.fhir.internal.map.FhirVersion;
import dev.koine.fhir.internal.map.Values;
import dev.koine.fhir.internal.tree.Consumption;
import dev.koine.fhir.internal.tree.FhirNode;
import dev.koine.fhir.internal.tree.FhirTree;
import java.util.List;
import java.util.Set;

/**
 * The Composition resource of a document Bundle to and from {@link Composition}, for STU3
 * (CareConnect / ITK Transfer of Care profiles) and R4 (UK Core): {@code class} (STU3) or {@code
 * category} (R4) are the categories; STU3 {@code attester.mode} repeats and is kept only when it
 * holds one code; {@code section.author} and {@code section.focus} exist in R4 only. The care
 * setting extension ({@link #CARE_SETTING_STU3} / {@link #CARE_SETTING_R4}) is the typed {@code
 * careSettingType}; any other extension goes to the extras. The resource id is not read here (the
 * bundle entry rule handles it).
 *
 * <p>{@link #consumesAll} tells whether a Composition maps without leaving a single leaf behind; a
 * document mapper uses it to leave a Composition it cannot hold completely to the verbatim carry.
 */
final class Stu3Composition {
  /** The CareConnect care setting type extension, typed in STU3. */
  static final String CARE_SETTING_STU3 = Itk.CARE_SETTING;

  /** The UK Core care setting type extension, typed in R4. */
  static final String CARE_SETTING_R4 =
      "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-CareSettingType";

  private Stu3Composition() {}

  private static String careSettingUrl(FhirVersion v) {
    return v == FhirVersion.STU3 ? CARE_SETTING_STU3 : CARE_SETTING_R4;
  }

  /**
   * Whether {@code resource} (a Composition) maps with every leaf consumed, its id aside: decoded
   * on a scratch copy so that nothing is marked in the real decode.
   */
  static boolean consumesAll(FhirNode resource, FhirVersion v) {
    FhirTree copy = FhirTree.of(resource);
    Consumption c = copy.newConsumption();
    Dec scratch = new Dec(v, c);
    Composition value = scratch.attempt("Composition", () -> decode(scratch, copy.root(), null));
    if (value == null) {
      return false;
    }
    FhirNode id = copy.root().child("id");
    if (id != null) {
      scratch.mark(id);
    }
    scratch.commit();
    return c.unconsumedLeaves().isEmpty();
  }

  /** Decodes a Composition resource (the entity id is given by the entry). */
  static Composition decode(Dec d, FhirNode r, String id) {
    FhirVersion v = d.version();
    String careUrl = careSettingUrl(v);
    Concept careSetting = null;
    for (FhirNode e : Values.extensionsWithUrl(r, careUrl)) {
      FhirNode value = e.child("valueCodeableConcept");
      if (careSetting == null && value != null && e.children().size() == 2) {
        careSetting = Datatypes.concept(d, value);
        if (careSetting != null) {
          d.mark(e);
          d.mark(e.child("url"));
        }
      }
    }
    Set<String> typed = careSetting == null ? Set.of() : Set.of(careUrl);
    Extras extras = Values.extras(d, r, typed);
    Composition.Builder b =
        Composition.builder()
            .id(id)
            .identifier(Datatypes.one(d, r, "identifier", Datatypes::identifier))
            .status(d.str(r, "status"))
            .type(Datatypes.one(d, r, "type", Datatypes::concept))
            .careSettingType(careSetting)
            .categories(
                Datatypes.all(
                    d, r, v == FhirVersion.STU3 ? "class" : "category", Datatypes::concept))
            .subject(Datatypes.one(d, r, "subject", Datatypes::ref))
            .encounter(Datatypes.one(d, r, "encounter", Datatypes::ref))
            .date(d.time(r, "date"))
            .authors(Datatypes.all(d, r, "author", Datatypes::ref))
            .title(d.str(r, "title"))
            .confidentiality(d.str(r, "confidentiality"))
            .attesters(Datatypes.all(d, r, "attester", Stu3Composition::attester))
            .custodian(Datatypes.one(d, r, "custodian", Datatypes::ref))
            .relatesTo(Datatypes.all(d, r, "relatesTo", Stu3Composition::relatesTo))
            .sections(Datatypes.all(d, r, "section", Stu3Composition::section))
            .extras(extras);
    return b.build();
  }

  private static Attester attester(Dec d, FhirNode n) {
    return d.attempt(
        "Composition.attester",
        () -> {
          List<FhirNode> modes = n.children("mode");
          if (modes.size() != 1) {
            return null;
          }
          Attester a =
              new Attester(
                  d.value(modes.get(0)),
                  d.time(n, "time"),
                  Datatypes.one(d, n, "party", Datatypes::ref));
          d.mark(n);
          return a;
        });
  }

  private static RelatesTo relatesTo(Dec d, FhirNode n) {
    return d.attempt(
        "Composition.relatesTo",
        () -> {
          RelatesTo x =
              new RelatesTo(
                  d.str(n, "code"),
                  Datatypes.one(d, n, "targetIdentifier", Datatypes::identifier),
                  Datatypes.one(d, n, "targetReference", Datatypes::ref));
          d.mark(n);
          return x;
        });
  }

  private static Section section(Dec d, FhirNode n) {
    return d.attempt(
        "Composition.section",
        () -> {
          boolean r4 = d.version() == FhirVersion.R4;
          Section s =
              new Section(
                  d.str(n, "title"),
                  Datatypes.one(d, n, "code", Datatypes::concept),
                  r4 ? Datatypes.all(d, n, "author", Datatypes::ref) : List.of(),
                  r4 ? Datatypes.one(d, n, "focus", Datatypes::ref) : null,
                  Datatypes.one(d, n, "text", Values::narrative),
                  d.str(n, "mode"),
                  Datatypes.one(d, n, "orderedBy", Datatypes::concept),
                  Datatypes.all(d, n, "entry", Datatypes::ref),
                  Datatypes.one(d, n, "emptyReason", Datatypes::concept),
                  Datatypes.all(d, n, "section", Stu3Composition::section),
                  Datatypes.all(d, n, "extension", Values::extension));
          d.mark(n);
          return s;
        });
  }

  /** Encodes a Composition as an entry resource. */
  static FhirNode encode(Composition c, FhirVersion v, List<String> losses) {
    Enc e = Enc.resource("resource", "Composition").str("id", c.id());
    Values.extras(e, c.extras(), v);
    if (c.careSettingType() != null) {
      e.node(
          Enc.element("extension")
              .str("url", careSettingUrl(v))
              .node(Datatypes.concept("valueCodeableConcept", c.careSettingType()))
              .build());
    }
    e.node(Datatypes.identifier("identifier", c.identifier()))
        .str("status", c.status())
        .node(Datatypes.concept("type", c.type()))
        .nodes(Datatypes.concepts(v == FhirVersion.STU3 ? "class" : "category", c.categories()))
        .node(Datatypes.ref("subject", c.subject(), v))
        .node(Datatypes.ref("encounter", c.encounter(), v))
        .time("date", c.date())
        .nodes(Datatypes.refs("author", c.authors(), v))
        .str("title", c.title())
        .str("confidentiality", c.confidentiality());
    for (Attester a : c.attesters()) {
      e.node(
          Enc.element("attester")
              .str("mode", a.mode())
              .time("time", a.time())
              .node(Datatypes.ref("party", a.party(), v))
              .build());
    }
    e.node(Datatypes.ref("custodian", c.custodian(), v));
    for (RelatesTo x : c.relatesTo()) {
      if (x.targetIdentifier() != null && x.targetReference() != null) {
        losses.add("Composition.relatesTo: FHIR has one target; the identifier is not written");
      }
      e.node(
          Enc.element("relatesTo")
              .str("code", x.code())
              .node(
                  x.targetReference() != null
                      ? Datatypes.ref("targetReference", x.targetReference(), v)
                      : Datatypes.identifier("targetIdentifier", x.targetIdentifier()))
              .build());
    }
    for (Section s : c.sections()) {
      e.node(section(s, v, losses));
    }
    return e.build();
  }

  private static FhirNode section(Section s, FhirVersion v, List<String> losses) {
    boolean r4 = v == FhirVersion.R4;
    if (!r4 && (!s.authors().isEmpty() || s.focus() != null)) {
      losses.add("Composition.section: STU3 sections have no author or focus");
    }
    Enc e =
        Enc.element("section")
            .str("title", s.title())
            .node(Datatypes.concept("code", s.code()))
            .nodes(r4 ? Datatypes.refs("author", s.authors(), v) : List.of())
            .node(r4 ? Datatypes.ref("focus", s.focus(), v) : null)
            .node(Values.narrative("text", s.text()))
            .str("mode", s.mode())
            .node(Datatypes.concept("orderedBy", s.orderedBy()))
            .nodes(Datatypes.refs("entry", s.entries(), v))
            .node(Datatypes.concept("emptyReason", s.emptyReason()));
    for (Section sub : s.sections()) {
      e.node(section(sub, v, losses));
    }
    for (Extension x : s.extensions()) {
      e.node(Values.extension("extension", x, v));
    }
    return e.build();
  }
}
